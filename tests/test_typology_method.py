"""Rural typology classes and population shares, by hand."""

import numpy as np
from strukturbild.processing_algorithms.methods import typology


def test_classes_at_the_thresholds():
    classes = typology.classify([True, False, False, False, False], [0, 45, 45.01, np.inf, np.nan], minutes=45)
    assert list(classes) == ["tatort", "tatortsnara_landsbygd", "glesbygd", "glesbygd", "glesbygd"]


def test_population_shares_per_area():
    classes = ["tatort", "tatortsnara_landsbygd", "glesbygd", "glesbygd"]
    shares = typology.population_shares(classes, [600, 300, 100, 0], ["A", "A", "A", "B"])
    assert shares["A"] == {"tatort": 0.6, "tatortsnara_landsbygd": 0.3, "glesbygd": 0.1}
    assert shares["B"] == {"tatort": 0.0, "tatortsnara_landsbygd": 0.0, "glesbygd": 0.0}
