"""Glesbygdsverket/Tillväxtverket-style rural typology from travel time to tätorter (pure numpy).

Classes: 'tatort' (inside a tätort larger than the town size), 'tatortsnara_landsbygd' (≤ `minutes` by car to such
a tätort), 'glesbygd' (> `minutes`, or unreachable). The thresholds are parameters (3,000 inhabitants and
45 minutes in Glesbygdsverket's definition).
"""

import numpy as np

CLASSES = ("tatort", "tatortsnara_landsbygd", "glesbygd")


def classify(inside_town, minutes_to_town, minutes=45.0):
    """Class per cell/area: inside_town (bool), minutes_to_town (float, inf/NaN = unreachable)."""
    inside = np.asarray(inside_town, dtype=bool)
    time = np.asarray(minutes_to_town, dtype=float)
    near = np.isfinite(time) & (time <= minutes)
    return np.where(inside, CLASSES[0], np.where(near, CLASSES[1], CLASSES[2])).astype(object)


def population_shares(classes, population, area_labels):
    """{area label: {class: share of the area's population}} (areas with no population get all-zero shares)."""
    classes = np.asarray(classes, dtype=object)
    population = np.nan_to_num(np.asarray(population, dtype=float), nan=0.0)
    labels = np.asarray(area_labels, dtype=object)
    shares = {}
    for label in dict.fromkeys(labels.tolist()):
        if label is None:
            continue
        mask = labels == label
        total = population[mask].sum()
        shares[label] = {name: (float(population[mask & (classes == name)].sum() / total) if total > 0 else 0.0)
                         for name in CLASSES}
    return shares
