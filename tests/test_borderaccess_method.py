"""What a border costs in accessibility (`methods/borderaccess.py`), no qgis import.

Oracles: a hand-made two-region road (every time worked out by hand, in the docstring of `road_case`), the same case
through the straight-line estimate, and on a random real-shaped network the own-region and all-destination values
recomputed from the full origin × destination matrix (network.od_blocks, itself checked against a heapq Dijkstra).
"""

import numpy as np
import pytest
from strukturbild.processing_algorithms.methods import borderaccess as ba
from strukturbild.processing_algorithms.methods import network as nw

WEIGHTS = np.array([10.0, 20.0, 30.0, 40.0])


def road_case():
    """A straight road y = 0 from x = −10 km to +10 km at 60 km/h (1 minute per km); the border at x = 0 between
    region 0 (west) and region 1 (east). Destinations D0 −6 km (region 0), D1 +1 km, D2 +4 km (region 1), D3 +9 km
    outside both (abroad, region −1); weights 10, 20, 30, 40. Origins O0 −0.5 km, O1 −3 km (region 0), O2 +2 km,
    O3 +8 km (region 1), O4 −9 km outside the studied regions.
    Nearest, own / all (minutes): O0 5.5 (D0) / 1.5 (D1) → gain 4, across; O1 3 / 3 (D0) → 0; O2 1 / 1 (D1) → 0;
    O3 4 (D2) / 1 (D3, abroad) → 3, across; O4 NaN.
    Within 5 minutes, own / all: O0 0 / D1 + D2 = 50; O1 D0 = 10 / D0 + D1 = 30; O2 D1 + D2 = 50 / 50;
    O3 D2 = 30 / D2 + D3 = 70."""
    origins = np.array([[-500.0, 0], [-3000, 0], [2000, 0], [8000, 0], [-9000, 0]])
    destinations = np.array([[-6000.0, 0], [1000, 0], [4000, 0], [9000, 0]])
    return origins, destinations, np.array([0, 0, 1, 1, -1]), np.array([0, 1, 1, -1])


def check_road_case(nearest, opportunities):
    np.testing.assert_allclose(nearest.own[:4], [5.5, 3, 1, 4], rtol=1e-12)
    np.testing.assert_allclose(nearest.all[:4], [1.5, 3, 1, 1], rtol=1e-12)
    np.testing.assert_allclose(nearest.gain[:4], [4, 0, 0, 3], atol=1e-12)
    assert nearest.nearest_own.tolist() == [0, 0, 1, 2, -1]
    assert nearest.nearest_all.tolist() == [1, 0, 1, 3, -1]
    assert nearest.across.tolist() == [True, False, False, True, False]
    assert np.isnan([nearest.own[4], nearest.all[4], nearest.gain[4]]).all()
    np.testing.assert_allclose(opportunities.own[:4], [0, 10, 50, 30])
    np.testing.assert_allclose(opportunities.all[:4], [50, 30, 50, 70])
    np.testing.assert_allclose(opportunities.gain[:4], [50, 20, 0, 40])
    assert np.isnan(opportunities.gain[4])


def test_two_regions_by_hand_over_a_road():
    origins, destinations, o_region, d_region = road_case()
    net = nw.build_network([np.array([[-10000.0, 0], [0, 0], [10000, 0]])], [60.0])
    oa, da = nw.attach_points(net, origins, 10), nw.attach_points(net, destinations, 10)
    check_road_case(ba.over_network(net, oa, da, o_region, d_region, ba.NEAREST),
                    ba.over_network(net, oa, da, o_region, d_region, ba.OPPORTUNITIES, WEIGHTS, 5.0))


def test_two_regions_by_hand_estimated():
    origins, destinations, o_region, d_region = road_case()
    # collinear points, detour 1 at 60 km/h: the straight line is the road
    check_road_case(ba.estimate(origins, destinations, o_region, d_region, ba.NEAREST, detour_factor=1.0,
                                speed_kmh=60.0),
                    ba.estimate(origins, destinations, o_region, d_region, ba.OPPORTUNITIES, WEIGHTS, 5.0,
                                detour_factor=1.0, speed_kmh=60.0))


def test_region_without_destinations_and_nothing_in_reach():
    origins, destinations, o_region, d_region = road_case()
    net = nw.build_network([np.array([[-10000.0, 0], [10000, 0]])], [60.0])
    oa, da = nw.attach_points(net, origins, 10), nw.attach_points(net, destinations, 10)
    d_region = np.array([1, 1, 1, -1])  # region 0 has no destination of its own
    result = ba.over_network(net, oa, da, o_region, d_region, ba.NEAREST)
    assert np.isinf(result.own[:2]).all() and np.isinf(result.gain[:2]).all()
    assert (result.nearest_own[:2] == -1).all()
    # with no destination at all in reach, the gain is unknown rather than inf − inf
    none = nw.subset(da, np.zeros(4, dtype=bool))
    result = ba.over_network(net, oa, none, o_region, d_region, ba.NEAREST)
    assert np.isnan(result.gain).all()


def test_against_the_full_matrix_on_a_shaped_network():
    rng = np.random.default_rng(5)
    xy = np.stack(np.meshgrid(np.arange(8) * 700.0, np.arange(7) * 700.0), axis=-1) + rng.uniform(-150, 150, (7, 8, 2))
    lines = [xy[r] for r in range(7)] + [xy[:, c] for c in range(8)]
    speeds = rng.uniform(30, 90, len(lines))
    oneway = np.where(rng.random(len(lines)) < 0.3, rng.choice([-1, 1], len(lines)), 0)
    net = nw.build_network(lines, speeds, oneway)
    lo, hi = xy.reshape(-1, 2).min(0), xy.reshape(-1, 2).max(0)
    origins, destinations = rng.uniform(lo, hi, (60, 2)), rng.uniform(lo, hi, (15, 2))
    # three regions in vertical strips, and destinations beyond the east edge count as abroad
    strips = np.array([lo[0] + (hi[0] - lo[0]) / 3, lo[0] + 2 * (hi[0] - lo[0]) / 3, hi[0] - 500])
    o_region = np.minimum(np.searchsorted(strips, origins[:, 0]), 2)
    d_region = np.searchsorted(strips, destinations[:, 0])
    d_region[d_region == 3] = -1
    oa, da = nw.attach_points(net, origins, 400), nw.attach_points(net, destinations, 400)
    weights = rng.uniform(1, 5, 15)
    full = np.full((60, 15), np.inf)
    for oi, dj, times in nw.od_blocks(net, oa, da):
        full[np.ix_(oi, dj)] = times
    same = o_region[:, None] == d_region[None, :]
    own_matrix = np.where(same, full, np.inf)

    nearest = ba.over_network(net, oa, da, o_region, d_region, ba.NEAREST)
    placed = oa.attached
    np.testing.assert_allclose(nearest.all[placed], full[placed].min(1), rtol=1e-9)
    np.testing.assert_allclose(nearest.own[placed], own_matrix[placed].min(1), rtol=1e-9)
    assert (nearest.gain[placed & np.isfinite(nearest.own)] >= -1e-9).all()
    assert np.isnan(nearest.own[~placed]).all()
    threshold = float(np.median(full[np.isfinite(full)]))
    opp = ba.over_network(net, oa, da, o_region, d_region, ba.OPPORTUNITIES, weights, threshold)
    within = np.isfinite(full) & (full <= threshold)
    np.testing.assert_allclose(opp.all[placed], (within @ weights)[placed], rtol=1e-12)
    np.testing.assert_allclose(opp.own[placed], ((within & same) @ weights)[placed], rtol=1e-12)
    assert 0 < (opp.gain[placed] > 0).sum() < placed.sum()


def test_bad_arguments():
    origins, destinations, o_region, d_region = road_case()
    with pytest.raises(ValueError, match="one region"):
        ba.estimate(origins, destinations, o_region[:2], d_region)
    with pytest.raises(ValueError, match="measure"):
        ba.estimate(origins, destinations, o_region, d_region, measure=3)
