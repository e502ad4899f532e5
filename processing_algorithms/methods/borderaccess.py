"""What a border costs in accessibility (issue 6, ``strukturbild:borderaccess``), pure numpy/scipy.

Per origin two accessibilities: *own*, counting only destinations in the origin's own region, and *all*, counting
every destination whatever its region (destinations outside every region, e.g. abroad, count only in *all*).
Only the destinations are restricted: routes may cross the border in both, because the question is where people
could go if the border did not matter, not which roads they may use.

- Nearest destination (minutes): ``gain = own − all`` ≥ 0, the minutes saved; ``across`` marks origins whose
  nearest destination of all lies outside their region. No destination in reach: inf (gain inf when only the
  other side has one; NaN when neither has).
- Opportunities within T minutes (sum of destination weights): ``gain = all − own`` ≥ 0, the opportunities the
  border keeps out of the count.
Origins with region −1 (outside the studied regions) and origins that cannot be placed get NaN.

Over a road network (``over_network``): the nearest destination of all is one multi-source Dijkstra
(``network.travel_times``) and the own-region one a further Dijkstra per region from that region's destinations;
opportunities are one pass of ``network.od_blocks`` counting each pair once for *all* and, if the regions match,
for *own*. Without a network (``estimate``): straight-line distance × detour factor at a speed, as
``methods.estimate``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import estimate as straight
from . import network as nw
from . import progress
from .errors import MethodError

NEAREST, OPPORTUNITIES = 0, 1


@dataclass
class BorderAccess:
    """Per origin: ``own``, ``all``, ``gain`` (see the module docstring), ``nearest_own`` / ``nearest_all``
    (destination index, −1 none; nearest measure only) and ``across`` (the nearest of all is in another region)."""

    own: np.ndarray
    all: np.ndarray
    gain: np.ndarray
    nearest_own: np.ndarray
    nearest_all: np.ndarray
    across: np.ndarray


def _regions(origin_region, destination_region, n_origins, n_destinations):
    origin_region = np.asarray(origin_region, dtype=np.int64).reshape(-1)
    destination_region = np.asarray(destination_region, dtype=np.int64).reshape(-1)
    if len(origin_region) != n_origins or len(destination_region) != n_destinations:
        raise MethodError(f"give one region per origin and one per destination: there are {len(origin_region)} regions "
                          f"for {n_origins} origins and {len(destination_region)} for {n_destinations} destinations")
    return origin_region, destination_region


def _finish(measure, own, all_, nearest_own, nearest_all, origin_region, destination_region):
    studied = origin_region >= 0
    own[~studied] = np.nan
    all_[~studied] = np.nan
    with np.errstate(invalid="ignore"):
        gain = own - all_ if measure == NEAREST else all_ - own
    if measure == NEAREST:
        # inf − inf: nothing in reach either way
        gain[np.isinf(own) & np.isinf(all_)] = np.nan
    nearest_own[~studied] = -1
    nearest_all[~studied] = -1
    across = np.zeros(len(own), dtype=bool)
    has = nearest_all >= 0
    across[has] = destination_region[nearest_all[has]] != origin_region[has]
    return BorderAccess(own=own, all=all_, gain=gain, nearest_own=nearest_own, nearest_all=nearest_all,
                        across=across)


def over_network(network, origins, destinations, origin_region, destination_region, measure=NEAREST, weights=None,
                 threshold_minutes=np.inf, feedback=None):
    """Own-region and all-destination accessibility over a road network (``Attachment``s from the network module).

    origin_region / destination_region: integer region per point (−1: outside every region). weights: per
    destination (opportunities; default 1). Returns ``BorderAccess``.
    """
    origin_region, destination_region = _regions(origin_region, destination_region, origins.n, destinations.n)
    n = origins.n
    nearest_own = np.full(n, -1, dtype=np.int64)
    nearest_all = np.full(n, -1, dtype=np.int64)
    studied = origins.attached & (origin_region >= 0)
    placed = nw.subset(origins, studied)
    if measure == NEAREST:
        every = nw.travel_times(network, placed, destinations)
        all_, nearest_all = every.time_min.copy(), every.nearest.copy()
        own = np.where(studied, np.inf, np.nan)
        regions = np.unique(origin_region[studied])
        for k, region in enumerate(regions):
            progress.report(feedback, (k + 1) / (len(regions) + 1))
            mine = destinations.attached & (destination_region == region)
            if not mine.any():
                continue
            here = studied & (origin_region == region)
            result = nw.travel_times(network, nw.subset(origins, here), nw.subset(destinations, mine))
            own[here] = result.time_min[here]
            nearest_own[here] = result.nearest[here]
        progress.report(feedback, 1.0)
    elif measure == OPPORTUNITIES:
        w = np.ones(destinations.n) if weights is None else np.asarray(weights, dtype=float).reshape(-1)
        if len(w) != destinations.n:
            raise MethodError("give one weight per destination")
        w = np.where(np.isfinite(w), w, 0.0)
        own = np.where(studied, 0.0, np.nan)
        all_ = own.copy()
        for oi, dj, times in nw.od_blocks(network, placed, destinations, threshold_minutes, feedback):
            within = np.isfinite(times) & (times <= threshold_minutes)
            all_[oi] += within @ w[dj]
            same = origin_region[oi][:, None] == destination_region[dj][None, :]
            own[oi] += (within & same) @ w[dj]
    else:
        raise MethodError("the measure must be NEAREST (0, minutes to the nearest destination) or OPPORTUNITIES (1, "
                          "destinations within the time)")
    return _finish(measure, own, all_, nearest_own, nearest_all, origin_region, destination_region)


def estimate(origin_xy, destination_xy, origin_region, destination_region, measure=NEAREST, weights=None,
             threshold_minutes=np.inf, detour_factor=1.3, speed_kmh=50.0, feedback=None):
    """The same without a network: straight-line distance × ``detour_factor`` at ``speed_kmh`` (metres in, minutes
    out). Points with non-finite coordinates get NaN."""
    origin_xy = np.asarray(origin_xy, dtype=float).reshape(-1, 2)
    destination_xy = np.asarray(destination_xy, dtype=float).reshape(-1, 2)
    origin_region, destination_region = _regions(origin_region, destination_region, len(origin_xy),
                                                 len(destination_xy))
    n = len(origin_xy)
    studied = np.isfinite(origin_xy).all(axis=1) & (origin_region >= 0)
    usable = np.isfinite(destination_xy).all(axis=1)
    if measure not in (NEAREST, OPPORTUNITIES):
        raise MethodError("the measure must be NEAREST (0, minutes to the nearest destination) or OPPORTUNITIES (1, "
                          "destinations within the time)")
    w = np.ones(len(destination_xy)) if weights is None else np.asarray(weights, dtype=float).reshape(-1)
    w = np.where(np.isfinite(w), w, 0.0)
    nearest_own = np.full(n, -1, dtype=np.int64)
    nearest_all = np.full(n, -1, dtype=np.int64)
    empty = 0.0 if measure == OPPORTUNITIES else np.inf
    own = np.where(studied, empty, np.nan)
    all_ = own.copy()

    def measure_between(origin_mask, destination_mask, values, nearest):
        o, d = np.flatnonzero(origin_mask), np.flatnonzero(destination_mask)
        if not len(o) or not len(d):
            return
        if measure == NEAREST:
            minutes, index = straight.nearest(origin_xy[o], destination_xy[d], detour_factor, speed_kmh)
            values[o], nearest[o] = minutes, d[index]
        else:
            values[o] = straight.opportunities(origin_xy[o], destination_xy[d], w[d], threshold_minutes,
                                               detour_factor, speed_kmh)

    measure_between(studied, usable, all_, nearest_all)
    regions = np.unique(origin_region[studied])
    for k, region in enumerate(regions):
        progress.report(feedback, (k + 1) / (len(regions) + 1))
        measure_between(studied & (origin_region == region), usable & (destination_region == region), own,
                        nearest_own)
    progress.report(feedback, 1.0)
    return _finish(measure, own, all_, nearest_own, nearest_all, origin_region, destination_region)
