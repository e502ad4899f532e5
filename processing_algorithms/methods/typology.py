"""Glesbygdsverket/Tillväxtverket-style rural typology from travel time to tätorter (pure numpy).

Classes: 'tatort' (inside a tätort larger than the town size), 'tatortsnara_landsbygd' (≤ `minutes` by car to such
a tätort), 'glesbygd' (> `minutes`, or unreachable). The thresholds are parameters (3,000 inhabitants and
45 minutes in Glesbygdsverket's definition).
"""

import numpy as np

from .errors import MethodError

CLASSES = ("tatort", "tatortsnara_landsbygd", "glesbygd")


def classify(inside_town, minutes_to_town, minutes=45.0):
    """Class per cell/area: inside_town (bool), minutes_to_town (float, inf/NaN = unreachable)."""
    inside = np.asarray(inside_town, dtype=bool).reshape(-1)
    try:
        time = np.asarray(minutes_to_town, dtype=float).reshape(-1)
        minutes = float(minutes)
    except (TypeError, ValueError):
        raise MethodError("the travel times and the tätortsnära limit must be numbers of minutes") from None
    if np.isnan(minutes) or minutes < 0:
        raise MethodError(f"the tätortsnära limit must be 0 minutes or more, not {minutes:g}")
    if len(inside) != len(time):
        raise MethodError(f"give one travel time per cell or area: there are {len(time)} times for {len(inside)} "
                          "cells")
    near = np.isfinite(time) & (time <= minutes)
    return np.where(inside, CLASSES[0], np.where(near, CLASSES[1], CLASSES[2])).astype(object)


def population_shares(classes, population, area_labels):
    """{area label: {class: share of the area's population}} (areas with no population get all-zero shares)."""
    classes = np.asarray(classes, dtype=object).reshape(-1)
    try:
        population = np.asarray(population, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        raise MethodError("the population must be numbers of inhabitants") from None
    labels = np.asarray(area_labels, dtype=object).reshape(-1)
    if not len(classes) == len(population) == len(labels):
        raise MethodError(f"give one class, one population and one area per cell: there are {len(classes)} classes, "
                          f"{len(population)} populations and {len(labels)} areas")
    population = np.where(np.isfinite(population), population, 0.0)  # no data: no inhabitants
    if (population < 0).any():
        k = int(np.flatnonzero(population < 0)[0])
        raise MethodError(f"cell {k} has a negative population ({population[k]:g}): populations must be 0 or more")
    shares = {}
    for label in dict.fromkeys(labels.tolist()):
        if label is None:
            continue
        mask = labels == label
        total = population[mask].sum()
        shares[label] = {name: (float(population[mask & (classes == name)].sum() / total) if total > 0 else 0.0)
                         for name in CLASSES}
    return shares
