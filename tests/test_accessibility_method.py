"""Aggregations, decay, the k nearest destinations and the junction surface (`methods/accessibility.py`), no qgis
import. The oracle is test_network_method's: a heap Dijkstra per origin over the uncontracted segments with every
point inserted as a node on its segment (brute-force attach), independent of od_blocks and of the contraction; the
aggregations are then plain numpy per origin (np.average, np.quantile ...)."""

import math

import numpy as np
import pytest
from strukturbild.processing_algorithms.methods import accessibility as acc
from strukturbild.processing_algorithms.methods import network as nw
from strukturbild.processing_algorithms.methods.errors import MethodError
from test_network_method import oracle_matrix, shaped_network


def expected_aggregations(times, values, threshold, decay="flat", beta=0.0, q=0.25):
    """Per origin (rows of the oracle matrix) every aggregation, the plain way."""
    out = {name: np.full(len(times), np.nan) for name in ("sum",) + acc.AGGREGATIONS}
    for i, row in enumerate(times):
        if np.isnan(row).all():
            continue
        within = np.isfinite(row) & (row <= threshold)
        with np.errstate(invalid="ignore"):
            g = {"flat": np.ones_like(row), "linear": 1 - row / threshold,
             "exponential": np.exp(-beta * row)}[decay]
        g = np.where(within, g, 0.0)
        has = np.isfinite(values)
        out["sum"][i] = float(np.sum(g * np.where(has, values, 0.0)))
        use = within & has
        out["count"][i] = use.sum()
        if not use.any():
            continue
        v, w = values[use], g[use]
        if w.sum() > 0:
            mean = np.average(v, weights=w)
            out["mean"][i] = mean
            out["std"][i] = math.sqrt(np.average((v - mean) ** 2, weights=w))
        out["min"][i], out["max"][i] = v.min(), v.max()
        out["median"][i], out["quantile"][i] = np.median(v), np.quantile(v, q)
    return out


@pytest.fixture(scope="module", params=[21, 22])
def case(request):
    rng = np.random.default_rng(request.param)
    lines, speeds, oneway, vertices = shaped_network(rng)
    net = nw.build_network(lines, speeds, oneway)
    lo, hi = vertices.min(0), vertices.max(0)
    origins = rng.uniform(lo, hi, (30, 2))
    origins[:6] = vertices[rng.integers(0, len(vertices), 6)]
    destinations = rng.uniform(lo, hi, (12, 2))
    destinations[:3] = vertices[rng.integers(0, len(vertices), 3)]
    destinations[7] = destinations[5]  # two destinations at one place: equal times (a tie)
    max_snap = 200.0
    oa, da = nw.attach_points(net, origins, max_snap), nw.attach_points(net, destinations, max_snap)
    times = oracle_matrix(lines, speeds, oneway, origins, destinations, max_snap)
    times_t = oracle_matrix(lines, speeds, oneway, destinations, origins, max_snap)
    values = rng.uniform(1, 100, len(destinations)).round(1)
    values[4] = np.nan  # a destination without a value (NULL weight)
    return dict(lines=lines, speeds=speeds, oneway=oneway, net=net, origins=origins, destinations=destinations,
                oa=oa, da=da, times=times, times_t=times_t, values=values, max_snap=max_snap)


def _check(got, want, names):
    for name in names:
        np.testing.assert_allclose(got[name], want[name], rtol=1e-9, atol=1e-9, equal_nan=True, err_msg=name)


@pytest.mark.parametrize("decay, beta", [("flat", 0.0), ("linear", 0.0), ("exponential", 0.15)])
@pytest.mark.parametrize("threshold", [3.0, 6.5, 12.0])
def test_aggregations_and_decay_against_the_oracle(case, decay, beta, threshold):
    want = expected_aggregations(case["times"], case["values"], threshold, decay, beta, q=0.3)
    got = acc.aggregate(case["net"], case["oa"], case["da"], case["values"], threshold, decay, beta,
                        acc.AGGREGATIONS, quantile=0.3)
    _check(got, want, ("sum",) + acc.AGGREGATIONS)
    # the same from blocks of one destination each, the order statistics merged from the kept pairs
    blocks = nw.od_blocks(case["net"], case["oa"], case["da"], threshold, memory_bytes=1)
    merged = acc.aggregate_blocks(blocks, case["oa"].n, case["oa"].attached, case["values"], threshold, decay, beta,
                                  acc.AGGREGATIONS, 0.3)
    _check(merged, want, ("sum",) + acc.AGGREGATIONS)
    # more destinations than origins: the search runs from the origins and every block holds complete rows
    values_t = np.arange(case["oa"].n, dtype=float) % 7
    want_t = expected_aggregations(case["times_t"], values_t, threshold, decay, beta, q=0.3)
    got_t = acc.aggregate(case["net"], case["da"], case["oa"], values_t, threshold, decay, beta, acc.AGGREGATIONS,
                          quantile=0.3)
    _check(got_t, want_t, ("sum",) + acc.AGGREGATIONS)
    if decay == "flat":  # the sum is exactly the existing opportunities
        np.testing.assert_array_equal(got["sum"], nw.opportunities(case["net"], case["oa"], case["da"],
                                                                   case["values"], threshold))


def test_aggregations_by_hand_on_a_line():
    """A 10 km road at 60 km/h (1 minute per km); the origin at 0, destinations at 2, 4, 6 and 9 km with values
    10, 40, 20, 30; threshold 7 minutes: 10, 40, 20 within."""
    net = nw.build_network([np.array([[0.0, 0.0], [10_000.0, 0.0]])], [60.0])
    o = nw.attach_points(net, [[0.0, 0.0]], 10)
    d = nw.attach_points(net, [[2000.0, 0], [4000.0, 0], [6000.0, 0], [9000.0, 0]], 10)
    values = np.array([10.0, 40.0, 20.0, 30.0])
    got = acc.aggregate(net, o, d, values, 7.0, "flat", aggregations=acc.AGGREGATIONS, quantile=0.25)
    assert got["sum"][0] == pytest.approx(70) and got["count"][0] == 3
    assert got["mean"][0] == pytest.approx(70 / 3) and got["min"][0] == 10 and got["max"][0] == 40
    assert got["median"][0] == pytest.approx(20) and got["quantile"][0] == pytest.approx(15)  # 10 + 0.5·(20 − 10)
    assert got["std"][0] == pytest.approx(math.sqrt(((10 - 70 / 3) ** 2 + (40 - 70 / 3) ** 2 + (20 - 70 / 3) ** 2) / 3))
    lin = acc.aggregate(net, o, d, values, 7.0, "linear", aggregations=("mean", "count"))
    g = np.array([1 - 2 / 7, 1 - 4 / 7, 1 - 6 / 7])
    assert lin["sum"][0] == pytest.approx(g @ values[:3]) and lin["count"][0] == 3
    assert lin["mean"][0] == pytest.approx(g @ values[:3] / g.sum())
    ex = acc.aggregate(net, o, d, values, 7.0, "exponential", beta=0.1)
    assert ex["sum"][0] == pytest.approx(np.exp(-0.1 * np.array([2, 4, 6])) @ values[:3])
    assert set(ex) == {"sum"}
    # nothing within: 0, count 0, the rest NaN
    none = acc.aggregate(net, o, d, values, 1.0, aggregations=acc.AGGREGATIONS)
    assert none["sum"][0] == 0 and none["count"][0] == 0
    assert all(np.isnan(none[name][0]) for name in ("mean", "min", "max", "std", "median", "quantile"))


def test_bad_options_are_refused():
    net = nw.build_network([np.array([[0.0, 0.0], [1000.0, 0.0]])], [60.0])
    o = nw.attach_points(net, [[0.0, 0.0]], 10)
    with pytest.raises(MethodError, match="linear decay"):
        acc.aggregate(net, o, o, [1.0], 0.0, "linear")
    with pytest.raises(MethodError, match="decay must be one of"):
        acc.aggregate(net, o, o, [1.0], 5.0, "gaussian")
    with pytest.raises(MethodError, match="unknown aggregation"):
        acc.aggregate(net, o, o, [1.0], 5.0, aggregations=("mode",))
    with pytest.raises(MethodError, match="quantile must lie between 0 and 1"):
        acc.aggregate(net, o, o, [1.0], 5.0, aggregations=("quantile",), quantile=25)
    with pytest.raises(MethodError, match="k must be a whole number"):
        acc.k_nearest(net, o, o, 0)
    with pytest.raises(MethodError, match="2 values were given for 1 destinations"):
        acc.aggregate(net, o, o, [1.0, 2.0], 5.0)


def expected_k(times, k, limit):
    t = np.full((len(times), k), np.inf)
    j = np.full((len(times), k), -1)
    for i, row in enumerate(times):
        if np.isnan(row).all():
            t[i], j[i] = np.nan, -1
            continue
        ok = np.flatnonzero(np.isfinite(row) & (row <= limit))
        order = ok[np.lexsort((ok, row[ok]))][:k]
        t[i, :len(order)], j[i, :len(order)] = row[order], order
    return t, j


@pytest.mark.parametrize("k, limit", [(1, np.inf), (3, np.inf), (5, 6.0), (12, 4.0), (20, np.inf)])
def test_k_nearest_against_the_oracle(case, k, limit):
    want_t, want_j = expected_k(case["times"], k, limit)
    for memory in (None, 1):
        if memory is None:
            got_t, got_j = acc.k_nearest(case["net"], case["oa"], case["da"], k, limit)
        else:
            blocks = nw.od_blocks(case["net"], case["oa"], case["da"], limit, memory_bytes=1)
            got_t, got_j = acc.k_nearest_blocks(blocks, case["oa"].n, case["oa"].attached, k, case["da"].n)
        np.testing.assert_allclose(got_t, want_t, rtol=1e-9, equal_nan=True)
        # the same destinations, except where two of them lie equally near up to round-off (not the twins 5 and 7)
        same = got_j == want_j
        close = np.isclose(case["times"][np.arange(len(got_j))[:, None], np.maximum(got_j, 0)], got_t, rtol=1e-9)
        assert (same | close).all()
        twins = (want_j == 5) | (want_j == 7)
        np.testing.assert_array_equal(got_j[twins], want_j[twins])  # the tie goes to the lower index, 5
    # from the origins' side (more destinations than origins): complete rows per block
    want_t, want_j = expected_k(case["times_t"], min(k, 5), limit)
    got_t, got_j = acc.k_nearest(case["net"], case["da"], case["oa"], min(k, 5), limit)
    np.testing.assert_allclose(got_t, want_t, rtol=1e-9, equal_nan=True)


def test_k_nearest_ties_and_fewer_than_k_by_hand():
    """Origin at 0 on a 10 km road at 60 km/h; destinations 0: 3 km, 1: −2 km (the road runs from −5), 2: 3 km
    (a twin of 0), 3: 8 km. k = 3 within 5 minutes: 1 (2 min), then 0 and 2 (3 min, 0 first)."""
    net = nw.build_network([np.array([[-5000.0, 0.0], [10_000.0, 0.0]])], [60.0])
    o = nw.attach_points(net, [[0.0, 0.0], [50_000.0, 0.0]], 10)
    d = nw.attach_points(net, [[3000.0, 0], [-2000.0, 0], [3000.0, 0], [8000.0, 0]], 10)
    t, j = acc.k_nearest(net, o, d, 3, 5.0)
    np.testing.assert_allclose(t[0], [2.0, 3.0, 3.0])
    assert j[0].tolist() == [1, 0, 2]
    assert np.isnan(t[1]).all() and (j[1] == -1).all()  # unattached origin
    t, j = acc.k_nearest(net, o, d, 5, 2.5)  # one within 2.5 minutes
    assert j[0].tolist() == [1, -1, -1, -1, -1] and t[0, 0] == pytest.approx(2.0) and np.isinf(t[0, 1:]).all()
    t, j = acc.k_nearest(net, o, d, 2, np.inf)
    assert j[0].tolist() == [1, 0]


def test_junction_surface_equals_origins_on_the_junctions(case):
    net = case["net"]
    nodes_att, nodes = acc.junction_points(net)
    assert len(nodes) == net.chains.n_junctions and nodes_att.attached.all()
    assert (nodes_att.distance == 0).all() and (nodes_att.access == 0).all()
    # oracle: the junctions as origin points of the brute-force graph
    xy = net.node_xy[nodes]
    times = oracle_matrix(case["lines"], case["speeds"], case["oneway"], xy, case["destinations"],
                           case["max_snap"])
    nearest = nw.travel_times(net, nodes_att, case["da"])
    best = np.min(times, axis=1)
    np.testing.assert_allclose(nearest.time_min, best, rtol=1e-9)
    # origins placed on the junctions through the ordinary attach give the same values
    placed = nw.attach_points(net, xy, 1.0)
    np.testing.assert_allclose(nw.travel_times(net, placed, case["da"]).time_min, nearest.time_min, rtol=1e-12)
    threshold = 6.5
    got = acc.aggregate(net, nodes_att, case["da"], case["values"], threshold, aggregations=acc.AGGREGATIONS)
    _check(got, expected_aggregations(times, case["values"], threshold), ("sum",) + acc.AGGREGATIONS)
    np.testing.assert_allclose(got["sum"], nw.opportunities(net, placed, case["da"], case["values"], threshold),
                               rtol=1e-12)
    kt, _ = acc.k_nearest(net, nodes_att, case["da"], 4, threshold)
    np.testing.assert_allclose(kt, expected_k(times, 4, threshold)[0], rtol=1e-9)
    # one search over origins and junctions together gives each its own values
    both = acc.combine(case["oa"], nodes_att)
    together = acc.aggregate(net, both, case["da"], case["values"], threshold, aggregations=("mean",))
    alone = acc.aggregate(net, case["oa"], case["da"], case["values"], threshold, aggregations=("mean",))
    np.testing.assert_allclose(together["mean"][:case["oa"].n], alone["mean"], rtol=1e-12, equal_nan=True)
    np.testing.assert_allclose(together["mean"][case["oa"].n:], got["mean"], rtol=1e-12, equal_nan=True)


def test_two_step_fca_surface(case):
    net, oa, da = case["net"], case["oa"], case["da"]
    supply = np.nan_to_num(case["values"])
    demand = np.arange(1, oa.n + 1, dtype=float)
    threshold = 6.5
    nodes_att, nodes = acc.junction_points(net)
    at_origins, at_nodes = acc.two_step_fca(net, oa, da, supply, demand, threshold, points=nodes_att)
    np.testing.assert_allclose(at_origins, nw.two_step_fca(net, oa, da, supply, demand, threshold), rtol=1e-12)
    # oracle: R_j from the origins' demand within T, then Σ R_j within T of each junction
    within = np.isfinite(case["times"]) & (case["times"] <= threshold)
    catchment = np.where(oa.attached, demand, 0.0) @ within
    ratio = np.where(catchment > 0, supply / np.where(catchment > 0, catchment, 1), 0.0)
    times = oracle_matrix(case["lines"], case["speeds"], case["oneway"], net.node_xy[nodes], case["destinations"],
                           case["max_snap"])
    np.testing.assert_allclose(at_nodes, (times <= threshold) @ ratio, rtol=1e-9)
    alone, none = acc.two_step_fca(net, oa, da, supply, demand, threshold)
    assert none is None
    np.testing.assert_allclose(alone, at_origins, rtol=1e-12)


def test_junctions_of_a_one_way_dead_end():
    """A one-way road ending at a node with no edge leaving it: the junction is placed at fraction 1."""
    net = nw.build_network([np.array([[0.0, 0.0], [1000.0, 0.0], [2000.0, 0.0]]),
                            np.array([[1000.0, 0.0], [1000.0, 1000.0]])], [60.0, 60.0], [1, 0])
    att, nodes = acc.junction_points(net)
    assert sorted(map(tuple, net.node_xy[nodes])) == [(0, 0), (1000, 0), (1000, 1000), (2000, 0)]
    end = np.flatnonzero((net.node_xy[nodes] == (2000, 0)).all(1))[0]
    assert att.fraction[end] == 1.0
    d = nw.attach_points(net, [[1000.0, 1000.0]], 1)
    t = nw.travel_times(net, att, d).time_min
    by_xy = {tuple(p): v for p, v in zip(net.node_xy[nodes], t)}
    assert by_xy[(0, 0)] == pytest.approx(2.0) and by_xy[(1000, 0)] == pytest.approx(1.0)
    assert by_xy[(1000, 1000)] == pytest.approx(0.0) and np.isinf(by_xy[(2000, 0)])


def test_estimate_blocks_equal_the_estimate():
    from strukturbild.processing_algorithms.methods import estimate

    rng = np.random.default_rng(5)
    o, d = rng.uniform(0, 20_000, (40, 2)), rng.uniform(0, 20_000, (9, 2))
    o[3] = np.nan
    w = rng.uniform(1, 5, 9)
    got = acc.aggregate_blocks(acc.estimate_blocks(o, d, 15.0, 1.3, 50.0, memory_bytes=1), 40,
                               np.isfinite(o).all(1), w, 15.0)
    np.testing.assert_allclose(got["sum"], estimate.opportunities(o, d, w, 15.0, 1.3, 50.0), rtol=1e-12)
    t, j = acc.k_nearest_blocks(acc.estimate_blocks(o, d, np.inf, 1.3, 50.0), 40, np.isfinite(o).all(1), 1, 9)
    minutes, index = estimate.nearest(o, d, 1.3, 50.0)
    np.testing.assert_allclose(t[:, 0], minutes, rtol=1e-12, equal_nan=True)
    assert (j[:, 0] == index).all()
