"""Area profiles for strukturbild:areaprofile (pure numpy, no qgis): population, density, rural-typology shares,
travel time to the nearest tätort of given sizes, services within a time and the cross-border commuting share,
per chosen area (border zones, kommuner).

Definitions
-----------
- A *population unit* is one feature of the population layer (a grid cell, a DeSO, a tätort point) with its
  population p_i. A unit is placed by one point (a polygon by its point on surface): it counts **wholly** in every
  area that contains that point, and in no area when none does. So a polygon is apportioned by its point on
  surface, not by area: small units (grid cells) make the difference negligible. Overlapping areas each count
  the units inside them.
- Memberships are pairs (unit, area): ``memberships(area_index)`` makes them from one area index per unit
  (-1 = none); the adapter passes all pairs when areas overlap.
- population_a = Σ p_i over the units in a (0 for an area with no unit: the count is known to be zero).
- density_a = population_a / area_km2_a (NaN when the area has no area).
- share_c,a = Σ p_i [class_i = c] / population_a for the classes of methods.typology (NaN when population_a = 0:
  undefined, not 0). The shares of an area sum to 1.
- time_s,a = Σ p_i t_i / Σ p_i over the units in a with a finite time t_i (minutes to the nearest tätort larger
  than s). Units without a time (off the network, or in a part of it that reaches no such tätort) are left out and
  their population is reported (``TimeMean.missing``); NaN when no unit of a has a time or their population is 0.
- services_within_a: the same population-weighted mean of n_i, the number of services within the threshold.
- cross_share_a = Σ out_cross_z / Σ out_total_z over the commuting zones z whose point lies in a (NaN when no zone
  lies in a or Σ out_total = 0).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from . import typology
from .border import list_items
from .errors import MethodError

MAX_TOWN_SIZE = 100_000_000
"""The largest tätort size accepted (inhabitants): above any city, and what the Processing parameters allow."""


class TownSizeError(MethodError):
    """TOWN_SIZES text that cannot be read; ``reason`` ("empty", "not_numbers", "negative" (also not finite),
    "too_large" (above MAX_TOWN_SIZE)) names the problem for a translated message."""

    def __init__(self, reason, text):
        super().__init__(f"{reason}: '{text}'")
        self.reason, self.text = reason, text


def parse_town_sizes(text):
    """Town sizes (inhabitants) from comma- or semicolon-separated numbers, in the order given, repeats dropped.
    The first size is the typology's town size. Raises TownSizeError."""
    try:
        values = [float(part.replace(" ", "")) for part in list_items(text)]
    except ValueError:
        raise TownSizeError("not_numbers", text)
    if not values:
        raise TownSizeError("empty", text)
    if not all(np.isfinite(v) and v >= 0 for v in values):
        raise TownSizeError("negative", text)
    if any(v > MAX_TOWN_SIZE for v in values):
        raise TownSizeError("too_large", text)
    return list(dict.fromkeys(values))


def size_label(size):
    """The field-name part of a town size: 3000 → "3000", 2500.5 → "2500_5"."""
    size = float(size)
    return str(int(size)) if size.is_integer() else f"{size:g}".replace(".", "_").replace("+", "")


def memberships(area_index):
    """(units, areas) pairs from one area index per unit (-1 or negative: in no area)."""
    index = np.asarray(area_index, dtype=np.int64).reshape(-1)
    units = np.flatnonzero(index >= 0)
    return units, index[units]


def sums(values, units, areas, n_areas):
    """Per area the sum of the units' values (non-finite values count as 0)."""
    values = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0, posinf=0.0, neginf=0.0)
    return np.bincount(np.asarray(areas, dtype=np.int64), weights=values[np.asarray(units, dtype=np.int64)],
                       minlength=n_areas).astype(float)


def ratios(numerator, denominator, units, areas, n_areas):
    """Per area Σ numerator / Σ denominator over its units; NaN where the denominator's sum is not > 0."""
    top = sums(numerator, units, areas, n_areas)
    bottom = sums(denominator, units, areas, n_areas)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(bottom > 0, top / bottom, np.nan)


@dataclass
class TimeMean:
    """Population-weighted means per area (``mean``, NaN where undefined) and the population left out because its
    value is not finite (``missing``)."""

    mean: np.ndarray
    missing: np.ndarray


def weighted_means(values, weights, units, areas, n_areas):
    """Per area Σ w_i v_i / Σ w_i over its units with a finite value (see the module docstring)."""
    values = np.asarray(values, dtype=float)
    weights = np.nan_to_num(np.asarray(weights, dtype=float), nan=0.0)
    units = np.asarray(units, dtype=np.int64)
    areas = np.asarray(areas, dtype=np.int64)
    finite = np.isfinite(values)
    known = finite[units]
    with_value = units[known]
    total = np.bincount(areas[known], weights=weights[with_value], minlength=n_areas).astype(float)
    weighted = np.bincount(areas[known], weights=weights[with_value] * values[with_value],
                           minlength=n_areas).astype(float)
    missing = np.bincount(areas[~known], weights=weights[units[~known]], minlength=n_areas).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = np.where(total > 0, weighted / total, np.nan)
    return TimeMean(mean=mean, missing=missing)


def class_shares(classes, population, units, areas, n_areas):
    """{class: share of each area's population in that class} for typology.CLASSES; NaN where the population is 0."""
    classes = np.asarray(classes, dtype=object)
    population = np.nan_to_num(np.asarray(population, dtype=float), nan=0.0)
    units = np.asarray(units, dtype=np.int64)
    total = sums(population, units, areas, n_areas)
    shares = {}
    for name in typology.CLASSES:
        part = sums(np.where(classes == name, population, 0.0), units, areas, n_areas)
        with np.errstate(divide="ignore", invalid="ignore"):
            shares[name] = np.where(total > 0, part / total, np.nan)
    return shares


def densities(population, area_km2):
    """Inhabitants per km²; NaN for an area without area."""
    population = np.asarray(population, dtype=float)
    area_km2 = np.asarray(area_km2, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(area_km2 > 0, population / area_km2, np.nan)


@dataclass
class AreaProfile:
    """One value per area (arrays of length n_areas): see the module docstring. ``times`` and ``time_missing`` are
    keyed by town size in the order given; ``services_within`` and ``cross_share`` are None when not asked for;
    ``classes`` is the typology class of every unit."""

    population: np.ndarray
    area_km2: np.ndarray
    density: np.ndarray
    shares: dict
    times: dict
    time_missing: dict
    classes: np.ndarray
    services_within: Optional[np.ndarray] = None
    services_missing: Optional[np.ndarray] = None
    cross_share: Optional[np.ndarray] = None
    n_units: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


def profile(area_km2, units, areas, population, inside_town, times, minutes, services_within=None, commuting=None):
    """The profile of every area.

    area_km2 (n_areas,); units, areas: membership pairs; population, inside_town (bool) per unit; times: {town
    size: minutes per unit to the nearest tätort larger than that size (NaN unknown, inf unreachable)}, the first
    size being the typology's (a unit inside such a tätort is 'tatort', within ``minutes`` of one
    'tatortsnara_landsbygd', else 'glesbygd': methods.typology.classify); services_within: services within the
    threshold per unit (NaN unknown) or None; commuting: (zone_units, zone_areas, out_total, out_cross) or None.
    """
    area_km2 = np.asarray(area_km2, dtype=float)
    n_areas = len(area_km2)
    units = np.asarray(units, dtype=np.int64)
    areas = np.asarray(areas, dtype=np.int64)
    if len(units) != len(areas):
        raise MethodError("units and areas must be pairs of the same length")
    if not times:
        raise MethodError("at least one town size is needed (the typology's)")
    n_units = len(np.asarray(population).reshape(-1))
    if len(units) and (units.min() < 0 or units.max() >= n_units):
        raise MethodError(f"a membership names population unit {int(units.max())}, but there are {n_units} units")
    if len(areas) and (areas.min() < 0 or areas.max() >= n_areas):
        raise MethodError(f"a membership names area {int(areas.max())}, but there are {n_areas} areas")
    population = np.nan_to_num(np.asarray(population, dtype=float), nan=0.0)
    if (population < 0).any():
        k = int(np.flatnonzero(population < 0)[0])
        raise MethodError(f"population unit {k} has a negative population ({population[k]:g}): populations must be "
                          "0 or more")
    first = next(iter(times))
    classes = typology.classify(inside_town, times[first], minutes)
    total = sums(population, units, areas, n_areas)
    result = AreaProfile(population=total, area_km2=area_km2, density=densities(total, area_km2),
                         shares=class_shares(classes, population, units, areas, n_areas), times={},
                         time_missing={}, classes=classes,
                         n_units=np.bincount(areas, minlength=n_areas).astype(np.int64))
    for size, minutes_to_town in times.items():
        mean = weighted_means(minutes_to_town, population, units, areas, n_areas)
        result.times[size], result.time_missing[size] = mean.mean, mean.missing
    if services_within is not None:
        mean = weighted_means(services_within, population, units, areas, n_areas)
        result.services_within, result.services_missing = mean.mean, mean.missing
    if commuting is not None:
        zone_units, zone_areas, out_total, out_cross = commuting
        result.cross_share = ratios(out_cross, out_total, zone_units, zone_areas, n_areas)
    return result


def coincident(points, others, tolerance):
    """True for each point (n, 2) that lies within ``tolerance`` (metres) of one of ``others`` (m, 2): a population
    point that is a tätort point (the same place, maybe through two reprojections) is inside that tätort."""
    from scipy.spatial import cKDTree

    points = np.asarray(points, dtype=float).reshape(-1, 2)
    others = np.asarray(others, dtype=float).reshape(-1, 2)
    others = others[np.isfinite(others).all(axis=1)]
    found = np.zeros(len(points), dtype=bool)
    known = np.isfinite(points).all(axis=1)
    if not len(others) or not known.any():
        return found
    distance, _ = cKDTree(others).query(points[known], distance_upper_bound=tolerance)
    found[known] = np.isfinite(distance) & (distance <= tolerance)
    return found
