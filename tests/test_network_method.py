"""Road-network travel times and accessibility (`methods/network.py`), no qgis import.

Oracle (issue 5): a plain heapq Dijkstra, one origin at a time, on a graph the test builds itself from the lines
(nodes keyed by exact coordinates, every point inserted as a node on its nearest segment found by brute force over
all segments, access legs as terminal edges), on random perturbed grids with random speeds and one-way lines and
points on and off vertices, and on real OSM ways of central Linköping (tests/data/network, ODbL). Gravity and
2SFCA against hand computations; one-way ring; snapping tolerance; degenerate lines; far points; components;
service areas; cancel.
"""

import heapq
import math
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
from scipy.sparse.csgraph import dijkstra
from strukturbild.processing_algorithms.methods import network as nw
from strukturbild.processing_algorithms.methods.progress import Cancelled

DATA = Path(__file__).resolve().parent / "data" / "network"


# -- oracle ----------------------------------------------------------------------------------------------------
def segments_of(lines, speeds, oneway):
    """(a, b, cost, forward, backward) per non-degenerate segment, in line and vertex order."""
    segs = []
    for line, speed, ow in zip(lines, speeds, oneway):
        line = np.asarray(line, dtype=float)
        for a, b in zip(line[:-1], line[1:]):
            length = math.hypot(*(b - a))
            if length > 0:
                ends = tuple(map(float, a + 0.0)), tuple(map(float, b + 0.0))
                segs.append((*ends, length * 0.06 / speed, ow >= 0, ow <= 0))
    return segs


def brute_attach(segs, points, max_snap):
    """Nearest segment by brute force: (segment index, fraction, distance) or None per point."""
    a = np.array([s[0] for s in segs])
    b = np.array([s[1] for s in segs])
    out = []
    for p in np.asarray(points, dtype=float):
        d = b - a
        t = np.clip(((p - a) * d).sum(1) / (d * d).sum(1), 0, 1)
        dist = np.hypot(*(a + t[:, None] * d - p).T)
        k = int(np.argmin(dist))
        out.append((k, float(t[k]), float(dist[k])) if dist[k] <= max_snap else None)
    return out


def oracle_graph(segs, origins, destinations, access_speed=5.0):
    """Adjacency {node: [(next, cost)]}: vertices, point nodes on their segments, terminals ('o', i) → point and
    point → ('d', j)."""
    adj = defaultdict(list)
    on_seg = defaultdict(list)
    for kind, att in (("o", origins), ("d", destinations)):
        for i, hit in enumerate(att):
            if hit is None:
                continue
            k, t, dist = hit
            on_seg[k].append((t, (kind, i), dist * 0.06 / access_speed))
    for k, (a, b, cost, fwd, bwd) in enumerate(segs):
        stops = [(0.0, a)] + sorted((t, ("p",) + term) for t, term, _ in on_seg[k]) + [(1.0, b)]
        for (t0, n0), (t1, n1) in zip(stops[:-1], stops[1:]):
            if fwd:
                adj[n0].append((n1, (t1 - t0) * cost))
            if bwd:
                adj[n1].append((n0, (t1 - t0) * cost))
        for t, term, access in on_seg[k]:
            if t in (0.0, 1.0):  # a point at a vertex is at that node whatever the edge's direction
                end = a if t == 0.0 else b
                adj[end].append((("p",) + term, 0.0))
                adj[("p",) + term].append((end, 0.0))
            if term[0] == "o":
                adj[term].append((("p",) + term, access))
            else:
                adj[("p",) + term].append((term, access))
    return adj


def heap_dijkstra(adj, sources):
    dist = {s: 0.0 for s in sources}
    heap = [(0.0, k, s) for k, s in enumerate(sources)]
    count = len(heap)
    while heap:
        d, _, node = heapq.heappop(heap)
        if d > dist.get(node, math.inf):
            continue
        for nxt, w in adj.get(node, ()):
            nd = d + w
            if nd < dist.get(nxt, math.inf):
                dist[nxt] = nd
                count += 1
                heapq.heappush(heap, (nd, count, nxt))
    return dist


def oracle_matrix(lines, speeds, oneway, origins, destinations, max_snap):
    """Origin × destination times (inf unreachable, NaN rows for unattached origins)."""
    segs = segments_of(lines, speeds, oneway)
    oa, da = brute_attach(segs, origins, max_snap), brute_attach(segs, destinations, max_snap)
    adj = oracle_graph(segs, oa, da)
    times = np.full((len(origins), len(destinations)), np.inf)
    for i, hit in enumerate(oa):
        if hit is None:
            times[i] = np.nan
            continue
        dist = heap_dijkstra(adj, [("o", i)])
        for j in range(len(destinations)):
            times[i, j] = dist.get(("d", j), math.inf)
    return times


# -- random networks -------------------------------------------------------------------------------------------
def grid_lines(rng, nx=9, ny=8, spacing=500.0, jitter=120.0, oneway_share=0.3):
    """Perturbed grid: one line per row and per column through shared jittered vertices; random speeds and
    one-way lines; one row and one column broken into two lines."""
    xy = np.stack(np.meshgrid(np.arange(nx) * spacing, np.arange(ny) * spacing), axis=-1)
    xy = xy + rng.uniform(-jitter, jitter, xy.shape)
    lines = [xy[r] for r in range(ny)] + [xy[:, c] for c in range(nx)]
    lines = lines[:1] + [lines[1][:4], lines[1][3:]] + lines[2:]
    lines = [line[::-1] if rng.random() < 0.5 else line for line in lines]
    speeds = rng.uniform(30, 110, len(lines))
    oneway = np.where(rng.random(len(lines)) < oneway_share, rng.choice([-1, 1], len(lines)), 0)
    return lines, speeds, oneway, xy


def random_points(rng, xy, n, on_vertex_share=0.3):
    lo, hi = xy.reshape(-1, 2).min(0), xy.reshape(-1, 2).max(0)
    pts = rng.uniform(lo, hi, (n, 2))
    on = rng.random(n) < on_vertex_share
    pts[on] = xy.reshape(-1, 2)[rng.integers(0, xy.size // 2, on.sum())]
    return pts


@pytest.fixture(params=["full graph", "core graph"])
def searched_graph(request, monkeypatch):
    """The many-source searches run on the junction graph as it is, and on its core (junctions without points
    contracted away, which large runs choose by themselves); the nearest destination on every node, and on the
    junctions (the contracted graph, chosen when most nodes are shape vertices)."""
    full = request.param == "full graph"
    monkeypatch.setattr(nw, "_CORE_MIN_WORK", np.inf if full else 0.0)
    monkeypatch.setattr(nw, "_chains_pay", lambda network: not full)
    return request.param


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_nearest_time_and_opportunities_against_brute_force(seed, searched_graph):
    rng = np.random.default_rng(seed)
    lines, speeds, oneway, xy = grid_lines(rng)
    origins = random_points(rng, xy, 40)
    destinations = random_points(rng, xy, 7)
    origins[0] = destinations[0] + 1.0  # same edge as a destination (in general)
    max_snap = 150.0
    net = nw.build_network(lines, speeds, oneway)
    assert net.dropped_segments == 0 and len(net.dropped_lines) == 0
    oa = nw.attach_points(net, origins, max_snap)
    da = nw.attach_points(net, destinations, max_snap)
    expected = oracle_matrix(lines, speeds, oneway, origins, destinations, max_snap)
    attached = ~np.isnan(expected[:, 0])
    assert (oa.attached == attached).all()

    result = nw.travel_times(net, oa, da)
    best = np.min(expected, axis=1)
    np.testing.assert_allclose(result.time_min[attached], best[attached], rtol=1e-9, atol=1e-9)
    assert np.isnan(result.time_min[~attached]).all()
    reach = attached & np.isfinite(best)
    np.testing.assert_allclose(expected[reach, result.nearest[reach]], best[reach], rtol=1e-9)
    assert (result.nearest[attached & ~np.isfinite(best)] == -1).all()

    # limit: nearest only within it
    limit = float(np.nanmedian(best[reach])) + 1e-7  # not exactly on a time (round-off)
    limited = nw.travel_times(net, oa, da, limit_minutes=limit)
    inside = attached & (best <= limit)
    np.testing.assert_allclose(limited.time_min[inside], best[inside], rtol=1e-9)
    assert np.isinf(limited.time_min[attached & (best > limit)]).all()

    weights = rng.uniform(1, 10, len(destinations))
    # times destination → origin differ from origin → destination on one-way lines: the transposed oracle
    expected_t = oracle_matrix(lines, speeds, oneway, destinations, origins, max_snap)
    for threshold in (3.7, 6.1, 11.3):
        want = np.where(attached, (expected <= threshold) @ weights, np.nan)
        got = nw.opportunities(net, oa, da, weights, threshold)
        np.testing.assert_allclose(got, want, rtol=1e-12)
        # the other side as Dijkstra sources: more destinations than origins
        got_t = nw.opportunities(net, da, oa, np.ones(len(origins)), threshold)
        want_t = np.where(da.attached, (expected_t <= threshold) @ np.ones(len(origins)), np.nan)
        np.testing.assert_allclose(got_t, want_t, rtol=1e-12)


def test_linkoping_osm_against_brute_force():
    data = np.load(DATA / "linkoping_ways.npz")
    xy, off = data["xy"], data["offsets"]
    lines = [xy[a:b] for a, b in zip(off[:-1], off[1:])]
    speeds = np.where(np.isfinite(data["maxspeed_kmh"]), data["maxspeed_kmh"], 50.0)
    oneway = np.zeros(len(lines), dtype=int)
    net = nw.build_network(lines, speeds, oneway)
    assert len(lines) == 2977 and net.n_edges > 12_000
    assert abs(net.edge_length.sum() / 1000 - 285) < 10  # SOURCE.md: 285 km
    report = nw.components(net)
    assert report.sizes[0] > 0.9 * net.n_nodes  # one main component
    rng = np.random.default_rng(7)
    lo, hi = xy.min(0), xy.max(0)
    origins = rng.uniform(lo, hi, (25, 2))
    origins[:5] = xy[rng.integers(0, len(xy), 5)]
    destinations = rng.uniform(lo, hi, (6, 2))
    oa, da = nw.attach_points(net, origins, 300.0), nw.attach_points(net, destinations, 300.0)
    expected = oracle_matrix(lines, speeds, oneway, origins, destinations, 300.0)
    got = nw.travel_times(net, oa, da).time_min
    np.testing.assert_allclose(got, np.min(expected, axis=1), rtol=1e-9)
    want = np.where(oa.attached, (expected <= 5.0).sum(1), np.nan)
    np.testing.assert_allclose(nw.opportunities(net, oa, da, np.ones(6), 5.0), want, rtol=0)


def shaped_network(rng, pieces=4):
    """A perturbed grid whose links carry shape vertices (``pieces`` segments each, like real road data), plus
    what makes degree-2 contraction delicate: a dead-end spur, a line split into two features at a shape vertex
    (same direction: contractible) and one split where one-way changes (must stay a junction), and a separate
    island ring without any junction."""
    lines, speeds, oneway, xy = grid_lines(rng, nx=6, ny=5, spacing=600.0, jitter=100.0, oneway_share=0.3)
    shaped = []
    for line in lines:
        vertices = [line[0]]
        for a, b in zip(line[:-1], line[1:]):
            for k in range(1, pieces):
                vertices.append(a + (b - a) * k / pieces + rng.normal(0, 20, 2))
            vertices.append(b)
        shaped.append(np.array(vertices))
    speeds, oneway = list(speeds), list(oneway)
    corner = xy[0, 0]
    spur = np.array([corner, corner + (-150, -40), corner + (-300, -60), corner + (-420, -200)])
    island = np.array([[5000, 0], [5300, 100], [5500, 400], [5200, 600], [4900, 300], [5000, 0]], dtype=float)
    far = xy[-1, -1] + (300, 300)
    split_same = [np.array([xy[-1, -1], xy[-1, -1] + (100, 120), far - (80, 20)]), np.array([far - (80, 20), far])]
    tail = [far, far + (200, -50), far + (400, -30)]
    split_oneway = [np.array(tail[:2]), np.array(tail[1:])]
    shaped += [spur, island] + split_same + split_oneway
    speeds += [30.0, 50.0, 70.0, 40.0, 60.0, 60.0]
    oneway += [0, 1, 0, 0, 0, -1]
    return shaped, np.array(speeds), np.array(oneway), np.concatenate([ln for ln in shaped])


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_contracted_searches_against_brute_force(seed, searched_graph):
    rng = np.random.default_rng(seed)
    lines, speeds, oneway, vertices = shaped_network(rng)
    net = nw.build_network(lines, speeds, oneway)
    chains = nw.contract(net)
    assert chains.n_junctions < net.n_nodes / 2  # the shape vertices are contracted away
    # junction-to-junction times on the contracted graph equal those on the full graph (scipy both, no points)
    junctions = np.flatnonzero(chains.node_junction >= 0)
    full = dijkstra(net.graph, directed=True, indices=junctions)[:, junctions]
    small = dijkstra(chains.graph, directed=True, indices=np.arange(chains.n_junctions))
    np.testing.assert_allclose(small, full, rtol=1e-12)
    # the split with a one-way change stays a junction; the island ring gets exactly one
    island = np.all(np.abs(net.node_xy - (5200, 300)) < 400, axis=1)
    assert (chains.node_junction[island] >= 0).sum() == 1

    lo, hi = vertices.min(0), vertices.max(0)
    origins = rng.uniform(lo, hi, (45, 2))
    origins[:12] = vertices[rng.integers(0, len(vertices), 12)]  # on shape vertices and junctions
    destinations = rng.uniform(lo, hi, (9, 2))
    destinations[:3] = vertices[rng.integers(0, len(vertices), 3)]
    # the same chain as a destination but on another of its edges, on both sides
    origins[12:16] = destinations[3] + rng.normal(0, 120, (4, 2))
    origins[16:18] = [[5250, 70], [5350, 520]]  # on the island ring
    destinations[4] = [5450, 330]
    max_snap = 200.0
    oa, da = nw.attach_points(net, origins, max_snap), nw.attach_points(net, destinations, max_snap)
    expected = oracle_matrix(lines, speeds, oneway, origins, destinations, max_snap)
    expected_t = oracle_matrix(lines, speeds, oneway, destinations, origins, max_snap)
    attached = ~np.isnan(expected[:, 0])
    weights = rng.uniform(1, 10, len(destinations))
    for threshold in (2.5, 4.0, 7.5, np.inf):
        within, within_t = np.isfinite(expected) & (expected <= threshold), expected_t <= threshold
        want = np.where(attached, within @ weights, np.nan)
        np.testing.assert_allclose(nw.opportunities(net, oa, da, weights, threshold), want, rtol=1e-12)
        # more destinations than origins: the searches start from the origins on the forward graph
        got_t = nw.opportunities(net, da, oa, np.ones(len(origins)), threshold)
        want_t = np.where(da.attached, (np.isfinite(expected_t) & within_t).sum(1), np.nan)
        np.testing.assert_allclose(got_t, want_t, rtol=1e-12)
    best = np.min(expected, axis=1)
    nearest = nw.travel_times(net, oa, da)
    np.testing.assert_allclose(nearest.time_min[attached], best[attached], rtol=1e-9)
    reach = attached & np.isfinite(best)
    np.testing.assert_allclose(expected[reach, nearest.nearest[reach]], best[reach], rtol=1e-9)
    limited = nw.travel_times(net, oa, da, limit_minutes=3.0)
    np.testing.assert_allclose(limited.time_min[attached & (best <= 3.0)], best[attached & (best <= 3.0)], rtol=1e-9)
    assert np.isinf(limited.time_min[attached & (best > 3.0)]).all()
    with np.errstate(over="ignore"):
        want_gravity = np.where(attached, np.exp(-0.2 * expected) @ weights, np.nan)
    np.testing.assert_allclose(nw.gravity(net, oa, da, weights, 0.2), want_gravity, rtol=1e-9)
    # every pair, as od_blocks hands them out
    got = np.full(expected.shape, np.nan)
    for oi, dj, times in nw.od_blocks(net, oa, da, memory_bytes=1):  # one source per chunk
        got[np.ix_(oi, dj)] = times
    reached = np.ix_(attached, da.attached)
    np.testing.assert_allclose(got[reached], expected[reached], rtol=1e-9)
    assert np.isnan(got[:, ~da.attached]).all()


def test_core_graph_keeps_the_times_between_kept_junctions():
    """_core_graph on a junction grid (every vertex a junction, one-way lines): fewer nodes, and the times between
    the kept junctions (scipy on the full graph) unchanged; od_blocks on the core gives the full graph's blocks."""
    rng = np.random.default_rng(5)
    lines, speeds, oneway, xy = grid_lines(rng, nx=30, ny=28, spacing=300.0, jitter=90.0, oneway_share=0.2)
    net = nw.build_network(lines, speeds, oneway)
    chains = net.chains
    keep = np.zeros(chains.n_junctions, dtype=bool)
    keep[rng.choice(chains.n_junctions, 60, replace=False)] = True
    for graph in (chains.graph, chains.graph_reversed):
        core, index = nw._core_graph(graph, keep)
        assert (index[keep] >= 0).all()
        assert core.shape[0] < 0.75 * chains.n_junctions  # a useful share contracted away
        kept = np.flatnonzero(keep)
        full = dijkstra(graph, directed=True, indices=kept)[:, kept]
        small = dijkstra(core, directed=True, indices=index[kept])[:, index[kept]]
        np.testing.assert_allclose(small, full, rtol=1e-12)
        assert np.isinf(full).any() == np.isinf(small).any()
    oa = nw.attach_points(net, random_points(rng, xy, 150), 200.0)
    da = nw.attach_points(net, random_points(rng, xy, 40), 200.0)
    for limit in (4.0, np.inf):
        plain, cored = (np.full((oa.n, da.n), np.nan) for _ in range(2))
        for target, core in ((plain, False), (cored, True)):
            for oi, dj, times in nw.od_blocks(net, oa, da, limit, memory_bytes=4096, core=core):
                target[np.ix_(oi, dj)] = times
        np.testing.assert_allclose(cored, plain, rtol=1e-12)
        assert np.isfinite(plain).sum() > 500


# -- hand cases ------------------------------------------------------------------------------------------------
def ring(oneway):
    """Square ring A(0,0) → B(1000,0) → C(1000,1000) → D(0,1000) → A at 60 km/h: 1 minute per side."""
    line = np.array([[0, 0], [1000, 0], [1000, 1000], [0, 1000], [0, 0]], dtype=float)
    return nw.build_network([line], [60.0], [oneway])


@pytest.mark.parametrize("oneway, a_to_b, b_to_a, same_edge", [(1, 1.0, 3.0, 3.5), (-1, 3.0, 1.0, 0.5),
                                                                (0, 1.0, 1.0, 0.5)])
def test_oneway_ring(oneway, a_to_b, b_to_a, same_edge):
    net = ring(oneway)
    assert net.n_nodes == 4 and net.n_edges == 4
    a, b = nw.attach_points(net, [[0, 0]], 1), nw.attach_points(net, [[1000, 0]], 1)
    assert nw.travel_times(net, a, b).time_min[0] == pytest.approx(a_to_b)
    assert nw.travel_times(net, b, a).time_min[0] == pytest.approx(b_to_a)
    # origin at 750 m on A→B, destination at 250 m: backwards along the edge (0.5 min) or, forwards only,
    # 0.25 to B + 3 round the ring + 0.25 from A
    o, d = nw.attach_points(net, [[750, 0]], 1), nw.attach_points(net, [[250, 0]], 1)
    assert nw.travel_times(net, o, d).time_min[0] == pytest.approx(same_edge)
    assert nw.opportunities(net, o, d, [1.0], same_edge + 1e-9)[0] == 1.0
    assert nw.opportunities(net, o, d, [1.0], same_edge - 1e-6)[0] == 0.0


def test_snapping_tolerance():
    lines = [np.array([[-1000.0, 0], [0, 0]]), np.array([[0.3, 0], [1000, 0]])]
    o, d = [[-1000.0, 0]], [[1000.0, 0]]
    apart = nw.build_network(lines, [60, 60])
    assert apart.n_nodes == 4 and nw.components(apart).n_components == 2
    assert np.isinf(nw.travel_times(apart, nw.attach_points(apart, o, 1), nw.attach_points(apart, d, 1)).time_min[0])
    joined = nw.build_network(lines, [60, 60], tolerance=0.5)
    assert joined.n_nodes == 3 and joined.merged_vertices == 1 and nw.components(joined).n_components == 1
    t = nw.travel_times(joined, nw.attach_points(joined, o, 1), nw.attach_points(joined, d, 1)).time_min[0]
    assert t == pytest.approx((1000 + 999.7) * 0.06 / 60)  # segment lengths from the original coordinates
    assert nw.build_network(lines, [60, 60], tolerance=0.2).n_nodes == 4


def test_degenerate_lines_and_bad_speeds():
    lines = [
        np.array([[0.0, 0], [100, 0]]),             # fine
        np.array([[5.0, 5]]),                       # one vertex: dropped line
        np.array([[7.0, 7], [7, 7], [7, 7]]),       # no distinct vertices: 2 zero-length segments, dropped line
        np.array([[100.0, 0], [100, 0], [200, 0]]),  # one zero-length segment, the line is kept
        np.zeros((0, 2)),                           # empty: dropped line
        np.array([[200.0, 0], [300, 0]]),           # speed 0
        np.array([[300.0, 0], [400, 0]]),           # speed NaN
    ]
    net = nw.build_network(lines, [50, 50, 50, 50, 50, 0, np.nan])
    assert net.dropped_segments == 3
    assert list(net.dropped_lines) == [1, 2, 4]
    assert list(net.bad_speed_lines) == [5, 6]
    assert net.n_edges == 2 and net.n_nodes == 3
    with pytest.raises(ValueError):
        nw.build_network(lines[:1], [50], oneway=[2])


def test_far_points_unattached_and_access_leg():
    net = nw.build_network([np.array([[0.0, 0], [1000, 0]])], [60])
    att = nw.attach_points(net, [[500, 50], [500, 150], [np.nan, 0], [1100, 0]], max_snap=100)
    assert list(att.unattached) == [1, 2]
    assert att.distance[0] == pytest.approx(50) and att.fraction[0] == pytest.approx(0.5)
    assert att.access[0] == pytest.approx(50 * 0.06 / 5)  # 0.6 min at 5 km/h
    assert att.to_u[0] == pytest.approx(0.6 + 0.5) and att.to_v[0] == pytest.approx(0.6 + 0.5)
    assert att.distance[3] == pytest.approx(100) and att.fraction[3] == 1.0  # beyond the end: the end vertex
    dest = nw.attach_points(net, [[0, 0]], 1)
    res = nw.travel_times(net, att, dest)
    assert res.time_min[0] == pytest.approx(1.1) and np.isnan(res.time_min[1]) and res.nearest[1] == -1
    assert res.time_min[3] == pytest.approx(1.2 + 1.0)  # 100 m at 5 km/h = 1.2 min, then 1 km at 60 km/h
    empty = nw.build_network([], [])
    assert empty.n_edges == 0 and list(nw.attach_points(empty, [[0, 0]], 10).unattached) == [0]


def line_case():
    """Straight road x = 0 … 3000 m at 60 km/h (1 min per km), vertices every 1000 m."""
    net = nw.build_network([np.array([[0.0, 0], [1000, 0], [2000, 0], [3000, 0]])], [60])
    origins = nw.attach_points(net, [[0, 0], [1000, 0], [3000, 0], [500, 50]], 100)
    destinations = nw.attach_points(net, [[0, 0], [2000, 0]], 100)
    return net, origins, destinations


def test_gravity_hand_computed():
    # times (min): o0 → d0 0, d1 2; o1 → 1, 1; o2 → 3, 1; o3 (50 m off the road at 500 m: access 0.6) → 1.1, 2.1
    net, o, d = line_case()
    w, beta = np.array([10.0, 6.0]), 0.5
    want = [10 * math.exp(-0.5 * 0) + 6 * math.exp(-0.5 * 2),
            10 * math.exp(-0.5 * 1) + 6 * math.exp(-0.5 * 1),
            10 * math.exp(-0.5 * 3) + 6 * math.exp(-0.5 * 1),
            10 * math.exp(-0.5 * 1.1) + 6 * math.exp(-0.5 * 2.1)]
    np.testing.assert_allclose(nw.gravity(net, o, d, w, beta), want, rtol=1e-12)
    # limit 1.5 min: only the pairs within it count
    want_limited = [10.0, 10 * math.exp(-0.5) + 6 * math.exp(-0.5), 6 * math.exp(-0.5), 10 * math.exp(-0.55)]
    np.testing.assert_allclose(nw.gravity(net, o, d, w, beta, limit_minutes=1.5), want_limited, rtol=1e-12)


def test_two_step_fca_hand_computed():
    # supply S = (10, 6) at d0, d1; demand D = (100, 200, 50, 40) at o0..o3; T = 1.5 min.
    # catchment of d0: o0 (0), o1 (1), o3 (1.1) → demand 340 → R0 = 10/340; d1: o1 (1), o2 (1) → 250 → R1 = 6/250
    # A = (R0, R0 + R1, R1, R0)
    net, o, d = line_case()
    r0, r1 = 10 / 340, 6 / 250
    got = nw.two_step_fca(net, o, d, supply=[10, 6], demand=[100, 200, 50, 40], threshold_minutes=1.5)
    np.testing.assert_allclose(got, [r0, r0 + r1, r1, r0], rtol=1e-12)
    # every supply is shared out: Σ_i D_i A_i = Σ_j S_j when every site has demand in reach
    assert (np.array([100, 200, 50, 40]) * got).sum() == pytest.approx(16)
    np.testing.assert_allclose(nw.opportunities(net, o, d, [10, 6], 1.5), [10, 16, 6, 10])


def test_two_step_fca_against_pysal_access():
    """PySAL `access` 2SFCA (Access.two_stage_fca, max_cost 5 min) on central Linköping's OSM ways, recorded by
    tests/data/network/make_pysal_access.py from the same times: the same scores to round-off."""
    data = np.load(DATA / "linkoping_ways.npz")
    xy, off = data["xy"], data["offsets"]
    lines = [xy[a:b] for a, b in zip(off[:-1], off[1:])]
    speeds = np.where(np.isfinite(data["maxspeed_kmh"]), data["maxspeed_kmh"], 50.0)
    table = np.genfromtxt(DATA / "pysal_access_2sfca.csv", delimiter=",", names=True, dtype=None, encoding="utf-8")
    origin, site = table[table["kind"] == "origin"], table[table["kind"] == "site"]
    net = nw.build_network(lines, speeds)
    oa = nw.attach_points(net, np.column_stack([origin["x"], origin["y"]]), 300.0)
    da = nw.attach_points(net, np.column_stack([site["x"], site["y"]]), 300.0)
    assert oa.attached.all() and da.attached.sum() == 4  # two sites lie over 300 m from any road: left out by both
    got = nw.two_step_fca(net, oa, da, supply=site["value"], demand=origin["value"], threshold_minutes=5.0)
    np.testing.assert_allclose(got, origin["pysal_2sfca"], rtol=1e-9, atol=1e-15)
    assert (got > 0).sum() >= 20 and (got == 0).sum() >= 3  # scores shared between sites, and some out of reach


def test_components_report():
    lines = [np.array([[0.0, 0], [1000, 0]]), np.array([[1000.0, 0], [2000, 0]]),
             np.array([[0.0, 5000], [1000, 5000]])]  # an island
    net = nw.build_network(lines, [50, 50, 50])
    o = nw.attach_points(net, [[10, 0], [10, 5000], [1500, 0], [9999, 9999]], 100)
    d = nw.attach_points(net, [[2000, 0]], 100)
    rep = nw.components(net, o, d)
    assert rep.n_components == 2 and list(rep.sizes) == [3, 2]
    assert list(rep.origin_component) == [0, 1, 0, -1]
    assert list(rep.origins_without_destination) == [1]
    assert list(rep.destinations_without_origin) == []
    assert np.isinf(nw.travel_times(net, o, d).time_min[1])
    # strong components: a one-way line splits its ends
    one = nw.build_network(lines[:1], [50], oneway=[1])
    assert nw.components(one, connection="strong").n_components == 2
    assert nw.components(one).n_components == 1


@pytest.mark.parametrize("direction", ["from", "to"])
def test_service_area_nodes_within_breaks(direction):
    rng = np.random.default_rng(11)
    lines, speeds, oneway, xy = grid_lines(rng)
    dest_pts = random_points(rng, xy, 3)
    net = nw.build_network(lines, speeds, oneway)
    da = nw.attach_points(net, dest_pts, 200)
    breaks = [0.5, 1.0, 1.5]
    sa = nw.service_area(net, da, breaks, direction=direction)
    # oracle: multi-source heapq from the destinations' terminals, outward ("from") or on the reversed graph
    segs = segments_of(lines, speeds, oneway)
    hits = brute_attach(segs, dest_pts, 200)
    adj = oracle_graph(segs, hits, [])  # destinations as "origins": terminal → point edges
    if direction == "to":
        rev = defaultdict(list)
        for a, outs in adj.items():
            for b, w in outs:
                rev[b].append((a, w))
        # in the reversed graph the terminal → point leg is point → terminal: re-add it forwards
        for i in range(len(dest_pts)):
            rev[("o", i)].append((("p", "o", i), hits[i][2] * 0.06 / 5))
        adj = rev
    dist = heap_dijkstra(adj, [("o", i) for i in range(len(dest_pts))])
    truth = np.array([dist.get(tuple(map(float, p)), math.inf) for p in net.node_xy])
    for b in breaks:
        inside = truth <= b
        assert inside.any() and (~inside).any()
        assert (sa.node_time[inside] <= b).all(), "a node within the break is not reached"
        assert not (sa.node_time[~inside] <= b).any(), "a node beyond the break is reached"
    finite = np.isfinite(sa.node_time)
    np.testing.assert_allclose(sa.node_time[finite], truth[finite], rtol=1e-9)
    assert np.all(truth[~finite] > breaks[-1])
    e, f0, f1 = sa.reached(breaks[1])
    assert (f0 <= f1).all() and (np.diff(e) >= 0).all()
    ends_in = (sa.edge_time_u <= breaks[1]) | (sa.edge_time_v <= breaks[1])
    assert set(np.flatnonzero(ends_in)) <= set(e.tolist())


def test_service_area_intervals_on_ring():
    # one-way ring, a facility at 500 m on A→B, outward: 2 min reach B (0.5) + all of B→C (1) + half of C→D
    net = ring(1)
    d = nw.attach_points(net, [[500, 0]], 1)
    sa = nw.service_area(net, d, [2.0])
    e, f0, f1 = sa.reached(2.0)
    got = {(int(k), round(a, 9), round(b, 9)) for k, a, b in zip(e, f0, f1)}
    assert got == {(0, 0.5, 1.0), (1, 0.0, 1.0), (2, 0.0, 0.5)}
    times = {tuple(p): t for p, t in zip(net.node_xy, sa.node_time)}
    assert times == {(0.0, 0.0): np.inf, (1000.0, 0.0): 0.5, (1000.0, 1000.0): 1.5, (0.0, 1000.0): np.inf}


class CancelAt:
    def __init__(self, calls):
        self.calls, self.progress = calls, []

    def isCanceled(self):
        self.calls -= 1
        return self.calls < 0

    def setProgress(self, percent):
        self.progress.append(percent)


def test_cancel_raises():
    rng = np.random.default_rng(5)
    lines, speeds, oneway, xy = grid_lines(rng)
    net = nw.build_network(lines, speeds, oneway)
    o, d = nw.attach_points(net, random_points(rng, xy, 30), 200), nw.attach_points(net, random_points(rng, xy, 20),
                                                                                     200)
    with pytest.raises(Cancelled):
        nw.travel_times(net, o, d, feedback=CancelAt(0))
    with pytest.raises(Cancelled):
        list(nw.od_blocks(net, o, d, 5.0, feedback=CancelAt(2), memory_bytes=1))
    with pytest.raises(Cancelled):
        nw.opportunities(net, o, d, np.ones(20), 5.0, feedback=CancelAt(1))
    fb = CancelAt(10**6)
    nw.gravity(net, o, d, np.ones(20), 0.1, 30.0, feedback=fb)
    assert fb.progress[-1] == 100.0


def _all_blocks(net, oa, da, **options):
    got = np.full((oa.n, da.n), np.nan)
    for oi, dj, times in nw.od_blocks(net, oa, da, 6.0, memory_bytes=1, **options):
        got[np.ix_(oi, dj)] = times
    return got


def test_worker_processes_give_the_same_blocks(monkeypatch):
    """The searches shared among spawned worker processes (each chunk one source here) come back in order and
    equal the searches in this process; an interpreter that cannot start falls back to this process."""
    rng = np.random.default_rng(21)
    lines, speeds, oneway, vertices = shaped_network(rng)
    net = nw.build_network(lines, speeds, oneway)
    lo, hi = vertices.min(0), vertices.max(0)
    oa = nw.attach_points(net, rng.uniform(lo, hi, (30, 2)), 200.0)
    da = nw.attach_points(net, rng.uniform(lo, hi, (12, 2)), 200.0)
    serial = _all_blocks(net, oa, da, workers=1)
    monkeypatch.setattr(nw, "_PARALLEL_SECONDS", -1.0)  # start workers even for this small network
    np.testing.assert_array_equal(_all_blocks(net, oa, da, workers=2), serial)
    monkeypatch.setattr(nw, "_python_executable", lambda: "/nonexistent/python3")
    np.testing.assert_array_equal(_all_blocks(net, oa, da, workers=2), serial)
    assert np.isfinite(serial).sum() > 50  # the threshold keeps many pairs, and drops others
    assert np.isinf(serial).sum() > 10


def _pairs_as_matrix(net, oa, da, limit, **options):
    got = np.full((oa.n, da.n), np.inf)
    seen = set()
    for oi, dj, times in nw.od_pairs(net, oa, da, limit, **options):
        for pair in zip(oi.tolist(), dj.tolist()):
            assert pair not in seen  # each pair once
            seen.add(pair)
        got[oi, dj] = times
        assert (times <= limit).all()
    return got


@pytest.mark.parametrize("n_origins, n_destinations", [(40, 9), (9, 40)])  # searches from either side
def test_od_pairs_are_the_blocks_within_the_limit(monkeypatch, n_origins, n_destinations):
    """od_pairs hands out exactly the pairs od_blocks has within the limit, with the same times: one source per
    chunk and one chunk, on the junction graph and its core, and from worker processes."""
    rng = np.random.default_rng(31)
    lines, speeds, oneway, vertices = shaped_network(rng)
    net = nw.build_network(lines, speeds, oneway)
    lo, hi = vertices.min(0), vertices.max(0)
    origins = rng.uniform(lo, hi, (n_origins, 2))
    destinations = rng.uniform(lo, hi, (n_destinations, 2))
    origins[0] = destinations[0] + 30.0  # the same chain as a destination: the direct time along it
    oa, da = nw.attach_points(net, origins, 600.0), nw.attach_points(net, destinations, 600.0)
    every = np.full((oa.n, da.n), np.inf)
    for oi, dj, times in nw.od_blocks(net, oa, da):
        every[np.ix_(oi, dj)] = times
    reached = every[np.isfinite(every)]
    for limit in np.quantile(reached, [0.3, 0.7]) + 1e-7:  # not exactly on a time (round-off)
        blocks = np.where(every <= limit, every, np.inf)
        assert 10 < np.isfinite(blocks).sum() < 0.9 * np.isfinite(every).sum()
        for options in (dict(memory_bytes=1), dict(), dict(core=True, memory_bytes=1)):
            np.testing.assert_allclose(_pairs_as_matrix(net, oa, da, limit, **options), blocks, rtol=1e-12)
        monkeypatch.setattr(nw, "_PARALLEL_SECONDS", -1.0)
        np.testing.assert_array_equal(_pairs_as_matrix(net, oa, da, limit, memory_bytes=1, workers=2),
                                      _pairs_as_matrix(net, oa, da, limit, memory_bytes=1, workers=1))
        monkeypatch.undo()


def test_default_workers_from_the_environment(monkeypatch):
    monkeypatch.setenv("STRUKTURBILD_WORKERS", "3")
    assert nw.default_workers() == 3
    monkeypatch.setenv("STRUKTURBILD_WORKERS", "")
    assert 1 <= nw.default_workers() <= 8
