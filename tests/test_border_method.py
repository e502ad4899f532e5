"""methods.border without QGIS: BANDS and SELECTION parsing, band rings, border sampling, area apportioning."""

import numpy as np
import pytest
from strukturbild.processing_algorithms.methods import border


def test_bands_are_sorted_distinct_upper_bounds():
    assert border.parse_bands("10,25").tolist() == [10.0, 25.0]
    assert border.parse_bands(" 25 ; 10, 10 ,2.5").tolist() == [2.5, 10.0, 25.0]
    assert border.band_intervals(border.parse_bands("25,10")) == [(0.0, 10.0), (10.0, 25.0)]
    assert border.band_intervals([45]) == [(0.0, 45.0)]


@pytest.mark.parametrize("text, reason", [("", "empty"), (" , ", "empty"), (None, "empty"),
                                          ("10,abc", "not_numbers"), ("10 km", "not_numbers"),
                                          ("0,10", "not_positive"), ("-5", "not_positive"),
                                          ("10,inf", "not_positive"), ("nan", "not_positive")])
def test_bad_bands_name_the_problem(text, reason):
    with pytest.raises(border.BandError) as caught:
        border.parse_bands(text)
    assert caught.value.reason == reason
    assert isinstance(caught.value, ValueError)  # a user error for the adapters' common handling


def test_selection_keeps_order_and_drops_repeats():
    assert border.parse_selection("05, 06,08;05") == ["05", "06", "08"]
    assert border.parse_selection("") == [] and border.parse_selection(None) == []
    assert border.parse_selection("0580") == ["0580"]  # leading zeros are part of the code


def test_sampling_along_a_polyline():
    # an L: 1,000 m east then 600 m north, sampled every 250 m
    line = np.array([[0.0, 0.0], [1000.0, 0.0], [1000.0, 600.0]])
    samples = border.sample_polyline(line, 250.0)
    expected = [(0, 0), (250, 0), (500, 0), (750, 0), (1000, 0), (1000, 250), (1000, 500), (1000, 600)]
    np.testing.assert_allclose(samples, expected, atol=1e-9)
    # brute force: every point of the line lies within spacing / 2 (along the line) of a sample
    along_samples = np.array([0, 250, 500, 750, 1000, 1250, 1500, 1600])
    for position in np.linspace(0, 1600, 321):
        assert np.min(np.abs(along_samples - position)) <= 125.0 + 1e-9


def test_sampling_edge_cases():
    np.testing.assert_allclose(border.sample_polyline([[5.0, 5.0], [5.0, 5.0]], 100.0), [[5.0, 5.0]])
    assert border.sample_polyline(np.zeros((0, 2)), 100.0).shape == (0, 2)
    # a line shorter than the spacing: both ends
    np.testing.assert_allclose(border.sample_polyline([[0, 0], [30, 40]], 100.0), [[0, 0], [30, 40]])
    # a length that is a multiple of the spacing: the end is not repeated
    assert len(border.sample_polyline([[0, 0], [1000, 0]], 250.0)) == 5
    with pytest.raises(ValueError):
        border.sample_polyline([[0, 0], [1, 0]], 0.0)


def test_apportion_by_area_share():
    values = np.array([100.0, 40.0, 7.0, 9.0])
    overlap = np.array([50.0, 10.0, 0.0, 3.0])
    area = np.array([100.0, 10.0, 20.0, 0.0])  # the last polygon has no area: it contributes nothing
    np.testing.assert_allclose(border.apportion(values, overlap, area), [50.0, 40.0, 0.0, 0.0])
    # an overlap a little larger than the area (rounding in GEOS) never gives more than the value
    assert border.apportion([10.0], [10.000001], [10.0])[0] == pytest.approx(10.0)
