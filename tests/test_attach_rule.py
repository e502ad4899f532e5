"""The attach rule (issue 10 §4): a point joins the nearest road of a part of the network that reaches a
destination, never a fragment cut off from all of them; points so attached farther than their nearest road are
counted (``Attachment.farther``), and points near fragments only stay unattached (``Attachment.cut_off``).

Oracle: parts found by the test itself (union-find over exact vertex coordinates, not the method's graph) and the
nearest segment by brute force over every segment of the allowed parts."""

import numpy as np
import pytest
from strukturbild.processing_algorithms.methods import network as nw
from strukturbild.processing_algorithms.methods.errors import MethodError
from test_network_method import grid_lines, random_points

NUMPY_WORDS = ("array", "ndarray", "axis", "index", "zero-size", "dtype", "broadcast", "numpy", "scipy")


def parts_of(lines):
    """Per line, the id of its connected part: lines sharing an exact vertex coordinate are connected."""
    parent = list(range(len(lines)))

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    owner = {}
    for k, line in enumerate(lines):
        for vertex in map(tuple, np.asarray(line, dtype=float)):
            if vertex in owner:
                parent[find(k)] = find(owner[vertex])
            else:
                owner[vertex] = k
    return [find(k) for k in range(len(lines))]


def segments(lines):
    a, b, line_of = [], [], []
    for k, line in enumerate(lines):
        line = np.asarray(line, dtype=float)
        for p, q in zip(line[:-1], line[1:]):
            if np.hypot(*(q - p)) > 0:
                a.append(p)
                b.append(q)
                line_of.append(k)
    return np.array(a), np.array(b), np.array(line_of)


def distances(points, a, b):
    """(n points, m segments) exact point-segment distances."""
    d = b - a
    t = np.clip(((points[:, None, :] - a) * d).sum(-1) / (d * d).sum(-1), 0, 1)
    return np.hypot(*np.moveaxis(points[:, None, :] - (a + t[..., None] * d), -1, 0))


def network_with_fragments(seed):
    """A perturbed grid (two-way) plus short fragments that touch nothing, some crossing the grid's streets."""
    rng = np.random.default_rng(seed)
    lines, speeds, _, xy = grid_lines(rng, oneway_share=0.0)
    lo, hi = xy.reshape(-1, 2).min(0), xy.reshape(-1, 2).max(0)
    starts = rng.uniform(lo, hi, (40, 2))
    fragments = [np.array([p, p + rng.uniform(-150, 150, 2), p + rng.uniform(-150, 150, 2)]) for p in starts]
    lines = list(lines) + fragments
    speeds = np.concatenate([speeds, rng.uniform(20, 50, len(fragments))])
    return rng, lines, speeds, xy


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_origins_join_the_nearest_road_that_reaches_a_destination(seed):
    rng, lines, speeds, xy = network_with_fragments(seed)
    net = nw.build_network(lines, speeds)
    origins_xy = random_points(rng, xy, 400, on_vertex_share=0.0)
    destinations_xy = random_points(rng, xy, 5, on_vertex_share=0.0)
    max_snap = 200.0
    o, d = nw.attach_pair(net, origins_xy, destinations_xy, max_snap)

    a, b, line_of = segments(lines)
    part = np.array(parts_of(lines))[line_of]
    # destinations: the nearest segment of all
    dd = distances(destinations_xy, a, b)
    d_seg = dd.argmin(1)
    d_ok = dd.min(1) <= max_snap
    np.testing.assert_array_equal(d.attached, d_ok)
    np.testing.assert_allclose(d.distance[d_ok], dd.min(1)[d_ok], atol=1e-9)
    # origins: the nearest segment among the parts holding a destination
    od = distances(origins_xy, a, b)
    nearest_any = od.min(1)
    allowed = np.isin(part, part[d_seg[d_ok]])
    nearest_allowed = np.where(allowed, od, np.inf).min(1)
    want_attached = nearest_allowed <= max_snap
    np.testing.assert_array_equal(o.attached, want_attached)
    np.testing.assert_allclose(o.distance[want_attached], nearest_allowed[want_attached], atol=1e-9)
    assert np.isin(net.edge_line[o.edge[o.attached]], np.flatnonzero(np.isin(np.array(parts_of(lines)),
                                                                             part[d_seg[d_ok]]))).all()
    want_farther = want_attached & (nearest_allowed > nearest_any)
    want_cut_off = ~want_attached & (nearest_any <= max_snap)
    assert list(o.farther) == list(np.flatnonzero(want_farther))
    assert list(o.cut_off) == list(np.flatnonzero(want_cut_off))
    np.testing.assert_allclose(o.nearest_distance[nearest_any <= max_snap], nearest_any[nearest_any <= max_snap],
                               atol=1e-9)
    # the case is not empty: fragments did capture origins under the old rule, and some now go farther
    assert want_farther.sum() > 0
    # every attached origin reaches a destination (the grid is two-way and connected)
    times = nw.travel_times(net, o, d)
    assert np.isfinite(times.time_min[o.attached]).all()
    assert np.isnan(times.time_min[~o.attached]).all()


def test_fragment_nearer_than_the_road_network():
    # a main road y = 0 with the destination; a 40 m fragment at y = 60 above an origin at y = 80
    main = np.array([[0.0, 0], [1000, 0]])
    fragment = np.array([[480.0, 60], [520, 60]])
    net = nw.build_network([main, fragment], [60, 30])
    o, d = nw.attach_pair(net, [[500, 80], [500, 200], [500, 20]], [[0, 0]], max_snap=100)
    # origin 0: 20 m from the fragment, 80 m from the road: it joins the road; origin 1 is 140 m from the fragment
    # and 200 m from the road: simply too far (not cut off: no road at all within 100 m)
    assert o.edge[0] == 0 and o.distance[0] == pytest.approx(80) and o.nearest_distance[0] == pytest.approx(20)
    assert list(o.farther) == [0]
    assert not o.attached[1] and list(o.cut_off) == []
    assert o.edge[2] == 0 and o.distance[2] == pytest.approx(20)
    # with a smaller snap distance the origin near the fragment only is cut off, not attached to the fragment
    o, _ = nw.attach_pair(net, [[500, 80], [500, 20]], [[0, 0]], max_snap=50)
    assert not o.attached[0] and list(o.cut_off) == [0] and list(o.farther) == []
    times = nw.travel_times(net, o, d)
    assert np.isnan(times.time_min[0]) and times.time_min[1] == pytest.approx(20 * 0.06 / 5 + 0.5)


def test_plain_attachment_keeps_the_nearest_road_and_reports_nothing():
    main = np.array([[0.0, 0], [1000, 0]])
    net = nw.build_network([main, np.array([[480.0, 60], [520, 60]])], [60, 30])
    att = nw.attach_points(net, [[500, 80]], 100)
    assert att.edge[0] == 1 and list(att.farther) == [] and list(att.cut_off) == []
    # a mask works as the reach too, and a point whose allowed roads are all too far is cut off
    att = nw.attach_points(net, [[500, 80]], 50, reach=np.array([True, False]))
    assert list(att.cut_off) == [0]
    # subset keeps the report consistent: a point dropped by the subset is not "cut off"
    o, _ = nw.attach_pair(net, [[500, 80], [500, 20]], [[0, 0]], 100)
    sub = nw.subset(o, [False, True])
    assert list(sub.farther) == [] and list(sub.cut_off) == []


def test_zones_join_a_part_with_another_zone():
    # three zones on the main road, one zone whose nearest road is a fragment 30 m away (the road 70 m)
    main = np.array([[0.0, 0], [3000, 0]])
    net = nw.build_network([main, np.array([[1480.0, 100], [1520, 100]])], [60, 30])
    points = nw.attach_among(net, [[0, 0], [1000, 0], [3000, 0], [1500, 70]], 200)
    assert (net.edge_line[points.edge] == 0).all() and list(points.farther) == [3]
    # two zones on the same fragment reach each other: they stay there
    points = nw.attach_among(net, [[0, 0], [3000, 0], [1490, 110], [1510, 110]], 200)
    assert list(net.edge_line[points.edge]) == [0, 0, 1, 1] and list(points.farther) == []


def test_method_errors_in_a_planners_words():
    empty = nw.build_network([np.array([[0.0, 0], [0, 0]])], [50])  # one zero-length line: no edge
    road = nw.build_network([np.array([[0.0, 0], [1000, 0]])], [50])
    cases = [
        (lambda: nw.attach_pair(empty, [[0, 0]], [[0, 0]], 100), "no usable road"),
        (lambda: nw.attach_among(empty, [[0, 0]], 100), "no usable road"),
        (lambda: nw.require_edges(nw.build_network([], [])), "no usable road"),
        (lambda: nw.attach_pair(road, [[0, 0]], [[0, 5000]], 100), "No destination lies within 100 m"),
        (lambda: nw.attach_pair(road, [[0, 5000], [0, 6000]], [[0, 0]], 100), "None of the 2 origins"),
        (lambda: nw.attach_points(road, [[0, 0]], 100, access_speed_kmh=0), "access speed"),
        (lambda: nw.attach_points(road, [[0, 0]], 100, reach=np.array([True, False])), "one per segment"),
        (lambda: nw.build_network([np.array([[0.0, 0], [1, 0]])], [50, 60]), "one speed per line"),
        (lambda: nw.build_network([np.array([[0.0, 0], [1, 0]])], [50], oneway=[2]), "One-way values must be"),
        (lambda: nw.build_network([np.array([[0.0, 0], [1, 0]])], [50], tolerance=-1), "tolerance"),
        (lambda: nw.service_area(road, nw.attach_points(road, [[0, 0]], 10), [5], direction="up"), "direction"),
        (lambda: nw.opportunities(road, nw.attach_points(road, [[0, 0]], 10), nw.attach_points(road, [[9, 0]], 10),
                                  [1, 2], 5), "one per point"),
    ]
    for call, words in cases:
        with pytest.raises(MethodError) as error:
            call()
        message = str(error.value)
        assert words in message
        assert not any(word in message.lower() for word in NUMPY_WORDS), message
    # no origins at all is not an error: an empty result
    o, d = nw.attach_pair(road, np.zeros((0, 2)), [[0, 0]], 100)
    assert o.n == 0 and d.attached.all()


def test_origins_near_fragments_only_are_named_in_the_error():
    road = np.array([[0.0, 0], [1000, 0]])
    net = nw.build_network([road, np.array([[0.0, 500], [100, 500]])], [50, 50])
    with pytest.raises(MethodError, match=r"None of the 1 origins .* \(1 of them lie near roads that are cut off"):
        nw.attach_pair(net, [[50, 520]], [[0, 0]], 100)
