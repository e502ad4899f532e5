"""Straight-line travel-time estimate, by hand."""

import numpy as np
import pytest
from strukturbild.processing_algorithms.methods import estimate


def test_nearest_by_hand():
    origins = [(0, 0), (10_000, 0)]
    destinations = [(3_000, 4_000), (10_000, 1_000)]
    minutes, index = estimate.nearest(origins, destinations, detour_factor=1.3, speed_kmh=50)
    # 5 km × 1.3 at 50 km/h = 7.8 min; 1 km × 1.3 = 1.56 min
    assert list(index) == [0, 1]
    np.testing.assert_allclose(minutes, [7.8, 1.56])


def test_opportunities_within_threshold():
    origins = [(0, 0)]
    destinations = [(5_000, 0), (7_000, 0), (20_000, 0)]
    # 10 min at 50 km/h with detour 1.25 reaches 10/60·50/1.25 = 6.667 km
    total = estimate.opportunities(origins, destinations, [10, 20, 40], 10, detour_factor=1.25, speed_kmh=50)
    assert total[0] == 10


def test_bad_input():
    with pytest.raises(ValueError, match="no destinations"):
        estimate.nearest([(0, 0)], np.empty((0, 2)))
    with pytest.raises(ValueError, match="positive"):
        estimate.nearest([(0, 0)], [(1, 1)], speed_kmh=0)
