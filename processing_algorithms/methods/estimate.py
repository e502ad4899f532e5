"""Travel time without a road network: straight-line distance × a detour factor ÷ a speed (pure numpy/scipy).

Used when no NETWORK is given (county-scale work with no road data offline). The outputs say that they are an
estimate. t = d_euclid · detour_factor / (speed_kmh / 60) minutes, d in km.
"""

import numpy as np
from scipy.spatial import cKDTree

from .errors import MethodError
from .progress import report


def _minutes(distance_m, detour_factor, speed_kmh):
    return np.asarray(distance_m, dtype=float) / 1000.0 * detour_factor / speed_kmh * 60.0


def _points(xy, what):
    try:
        xy = np.asarray(xy, dtype=float)
    except (TypeError, ValueError):
        raise MethodError(f"the coordinates of the {what} must be numbers") from None
    if xy.size % 2:
        raise MethodError(f"the {what} must be given as x, y pairs")
    return xy.reshape(-1, 2)


def _speed(detour_factor, speed_kmh):
    try:
        detour_factor, speed_kmh = float(detour_factor), float(speed_kmh)
    except (TypeError, ValueError):
        raise MethodError("the speed and the detour factor must be numbers") from None
    if not (np.isfinite(speed_kmh) and speed_kmh > 0 and np.isfinite(detour_factor) and detour_factor > 0):
        raise MethodError(f"the speed and the detour factor must be finite numbers greater than 0 (positive), not "
                          f"{speed_kmh:g} km/h and {detour_factor:g}")
    return detour_factor, speed_kmh


def nearest(origins, destinations, detour_factor=1.3, speed_kmh=50.0):
    """(minutes, destination index) of the nearest destination for each origin (n, 2) → arrays (n,).

    Destinations without finite coordinates are left out; an origin without them gets NaN minutes and index −1."""
    origins = _points(origins, "origins")
    destinations = _points(destinations, "destinations")
    if len(destinations) == 0:
        raise MethodError("there are no destinations to measure the travel time to")
    detour_factor, speed_kmh = _speed(detour_factor, speed_kmh)
    placed = np.flatnonzero(np.isfinite(destinations).all(axis=1))
    if len(placed) == 0:
        raise MethodError("no destination has coordinates (every one is empty or not a finite number): there are no "
                          "destinations to measure the travel time to")
    minutes = np.full(len(origins), np.nan)
    index = np.full(len(origins), -1, dtype=np.int64)
    known = np.isfinite(origins).all(axis=1)
    if known.any():
        distance, found = cKDTree(destinations[placed]).query(origins[known])
        minutes[known] = _minutes(distance, detour_factor, speed_kmh)
        index[known] = placed[np.asarray(found, dtype=np.int64)]
    return minutes, index


def opportunities(origins, destinations, weights, threshold_minutes, detour_factor=1.3, speed_kmh=50.0,
                  feedback=None, chunk=20_000):
    """Sum of destination weights within the threshold (estimated minutes) for each origin; NaN for an origin without
    finite coordinates (destinations without them are left out)."""
    origins = _points(origins, "origins")
    destinations = _points(destinations, "destinations")
    try:
        weights = np.asarray(weights, dtype=float).reshape(-1)
        threshold_minutes = float(threshold_minutes)
    except (TypeError, ValueError):
        raise MethodError("the destination weights and the threshold must be numbers") from None
    if len(weights) != len(destinations):
        raise MethodError(f"there are {len(weights)} weights for {len(destinations)} destinations: give one weight per "
                          "destination")
    if np.isnan(threshold_minutes) or threshold_minutes < 0:
        raise MethodError(f"the threshold must be 0 minutes or more, not {threshold_minutes:g}")
    detour_factor, speed_kmh = _speed(detour_factor, speed_kmh)
    placed = np.isfinite(destinations).all(axis=1)
    destinations, weights = destinations[placed], weights[placed]
    radius = threshold_minutes / 60.0 * speed_kmh / detour_factor * 1000.0  # metres
    known = np.isfinite(origins).all(axis=1)
    total = np.where(known, 0.0, np.nan)
    if not len(destinations):
        report(feedback, 1.0)
        return total
    if not np.isfinite(radius):  # no limit: every destination counts
        total[known] = weights.sum()
        report(feedback, 1.0)
        return total
    tree = cKDTree(destinations)
    rows = np.flatnonzero(known)
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        for k, found in zip(part, tree.query_ball_point(origins[part], radius)):
            if found:
                total[k] = weights[found].sum()
        report(feedback, min(1.0, (start + chunk) / max(len(rows), 1)))
    return total
