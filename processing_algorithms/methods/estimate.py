"""Travel time without a road network: straight-line distance × a detour factor ÷ a speed (pure numpy/scipy).

Used when no NETWORK is given (county-scale work with no road data offline). The outputs say that they are an
estimate. t = d_euclid · detour_factor / (speed_kmh / 60) minutes, d in km.
"""

import numpy as np
from scipy.spatial import cKDTree

from .progress import report


def _minutes(distance_m, detour_factor, speed_kmh):
    return np.asarray(distance_m, dtype=float) / 1000.0 * detour_factor / speed_kmh * 60.0


def nearest(origins, destinations, detour_factor=1.3, speed_kmh=50.0):
    """(minutes, destination index) of the nearest destination for each origin (n, 2) → arrays (n,)."""
    origins = np.asarray(origins, dtype=float).reshape(-1, 2)
    destinations = np.asarray(destinations, dtype=float).reshape(-1, 2)
    if len(destinations) == 0:
        raise ValueError("no destinations")
    if speed_kmh <= 0 or detour_factor <= 0:
        raise ValueError("speed and detour factor must be positive")
    distance, index = cKDTree(destinations).query(origins)
    return _minutes(distance, detour_factor, speed_kmh), index.astype(np.int64)


def opportunities(origins, destinations, weights, threshold_minutes, detour_factor=1.3, speed_kmh=50.0,
                  feedback=None, chunk=20_000):
    """Sum of destination weights within the threshold (estimated minutes) for each origin."""
    origins = np.asarray(origins, dtype=float).reshape(-1, 2)
    destinations = np.asarray(destinations, dtype=float).reshape(-1, 2)
    weights = np.asarray(weights, dtype=float)
    radius = threshold_minutes / 60.0 * speed_kmh / detour_factor * 1000.0  # metres
    tree = cKDTree(destinations)
    total = np.zeros(len(origins))
    for start in range(0, len(origins), chunk):
        for k, found in enumerate(tree.query_ball_point(origins[start:start + chunk], radius)):
            if found:
                total[start + k] = weights[found].sum()
        report(feedback, min(1.0, (start + chunk) / max(len(origins), 1)))
    return total
