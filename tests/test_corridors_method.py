"""Cost distance and least-cost corridors (`methods/corridors.py`): GRASS r.cost's example, hand-made corridors,
impassable cells, a brute-force Dijkstra and cancel. No qgis import; the oracle files are copies in
tests/data/corridors (see its SOURCE.md).
"""

import heapq
import math
from pathlib import Path

import numpy as np
import pytest
from strukturbild.processing_algorithms.methods.corridors import corridors, cost_distance, grid_graph
from strukturbild.processing_algorithms.methods.progress import Cancelled

DATA = Path(__file__).resolve().parent / "data" / "corridors"
MOVES = {
    4: [(-1, 0), (1, 0), (0, -1), (0, 1)],
    8: [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)],
}
MOVES[16] = MOVES[8] + [(-2, -1), (-2, 1), (-1, -2), (-1, 2), (1, -2), (1, 2), (2, -1), (2, 1)]


def brute_force(cost, cell_size, sources, neighbours=8):
    """Plain heapq Dijkstra on the grid with the r.cost step (c_a + c_b)/2 × move length × cell size."""
    rows, cols = cost.shape
    ok = np.isfinite(cost) & (cost > 0)
    dist = np.full((rows, cols), np.inf)
    heap = []
    for r, c in sources:
        if ok[r, c]:
            dist[r, c] = 0.0
            heap.append((0.0, r, c))
    heapq.heapify(heap)
    while heap:
        d, r, c = heapq.heappop(heap)
        if d > dist[r, c]:
            continue
        for dr, dc in MOVES[neighbours]:
            rr, cc = r + dr, c + dc
            if 0 <= rr < rows and 0 <= cc < cols and ok[rr, cc]:
                nd = d + (cost[r, c] + cost[rr, cc]) / 2 * math.hypot(dr, dc) * cell_size
                if nd < dist[rr, cc]:
                    dist[rr, cc] = nd
                    heapq.heappush(heap, (nd, rr, cc))
    return dist


def grass_example():
    cost = np.loadtxt(DATA / "cost_surface.asc", skiprows=6)
    expected = np.loadtxt(DATA / "expected_cumulative_cost_8neighbours.csv", delimiter=",")
    return cost, expected


# -- (1) GRASS r.cost manual ----------------------------------------------------------------------------------------

def test_grass_rcost_example():
    cost, expected = grass_example()
    assert cost.shape == (6, 7) == expected.shape
    start = 4 * 7 + 5  # row 5, column 6 (1-based)
    dist = cost_distance(grid_graph(cost, 1.0, neighbours=8), [start]).reshape(6, 7)
    np.testing.assert_array_equal(np.floor(dist + 0.5), expected)
    np.testing.assert_allclose(dist[4], [15.78, 12.5, 8, 7, 4, 0, 6], atol=0.01)
    np.testing.assert_allclose(dist[0], [21.78, 21.12, 20.69, 19.69, 16.94, 14.90, 13.66], atol=0.01)


def test_grass_example_via_corridors_cwd_and_cell_size():
    cost, expected = grass_example()
    cores = np.zeros(cost.shape, dtype=int)
    cores[4, 5] = 7
    res = corridors(cost, 25.0, cores)
    assert res.n_cores == 1 and res.links == [] and np.all(np.isnan(res.corridor))
    np.testing.assert_array_equal(np.floor(res.cwd[7] / 25.0 + 0.5), expected)


def test_grid_graph_weights():
    cost = np.array([[1.0, 3.0], [5.0, 7.0]])
    g = grid_graph(cost, 2.0).toarray()
    assert g[0, 1] == g[1, 0] == pytest.approx(4.0)  # (1+3)/2·1·2
    assert g[0, 3] == pytest.approx(8.0 * math.sqrt(2))  # (1+7)/2·√2·2
    assert g[1, 2] == pytest.approx(8.0 * math.sqrt(2))
    np.testing.assert_array_equal(g, g.T)
    assert grid_graph(cost, 1.0, neighbours=4).nnz == 8
    big = grid_graph(np.ones((5, 5)), 1.0, neighbours=16)
    assert big[12, 12 - 5 - 2] == pytest.approx(math.sqrt(5))  # knight's move from the centre
    assert big.nnz == 2 * (2 * 20 + 2 * 16 + 4 * 12)  # rook + diagonal + knight pairs on 5×5
    with pytest.raises(ValueError):
        grid_graph(cost, 1.0, neighbours=6)
    with pytest.raises(ValueError):
        grid_graph(cost, 0.0)


# -- (2) a hand-made two-core corridor ------------------------------------------------------------------------------

def test_two_core_corridor_by_hand():
    cost = np.ones((5, 9))
    cost[2, :] = 0.5  # a cheap row through the middle
    cores = np.zeros((5, 9), dtype=int)
    cores[2, 0] = 1
    cores[2, 8] = 2
    res = corridors(cost, 10.0, cores)
    assert res.n_cores == 2 and len(res.links) == 1
    link = res.links[0]
    assert (link["from_core"], link["to_core"]) == (1, 2)
    assert link["cost"] == pytest.approx(8 * 0.5 * 10.0)  # 8 rook steps of (0.5 + 0.5)/2 × 10
    assert link["path"] == [(2, c) for c in range(9)]
    assert link["length_m"] == pytest.approx(80.0)
    corridor = res.corridor
    assert np.all(corridor[2, :] == 0.0)
    off = np.ones((5, 9), dtype=bool)
    off[2, :] = False
    assert np.all(corridor[off] > 0)
    # (1, 4): from either core 3 cheap steps (15) then a diagonal (0.5+1)/2·√2·10, so 2·(15 + 7.5√2) − 40
    assert corridor[1, 4] == pytest.approx(15 * math.sqrt(2) - 10)
    assert corridor[3, 4] == pytest.approx(corridor[1, 4])
    np.testing.assert_allclose(res.cwd[1] + res.cwd[2] - 40.0, corridor, atol=1e-9)
    assert res.cwd[1][2, 0] == 0 and res.cwd[2][2, 8] == 0


def test_diagonal_path_length_and_multi_cell_cores():
    cost = np.full((6, 6), 4.0)
    np.fill_diagonal(cost, 1.0)
    cores = np.zeros((6, 6), dtype=np.int32)
    cores[0:2, 0] = 5  # (0,0), (1,0)
    cores[5, 4:6] = 9  # (5,4), (5,5)
    res = corridors(cost, 2.0, cores)
    (link,) = res.links
    assert link["path"] == [(i, i) for i in range(6)]
    assert link["length_m"] == pytest.approx(5 * math.sqrt(2) * 2.0)
    assert link["cost"] == pytest.approx(5 * math.sqrt(2) * 2.0)
    assert np.all(res.corridor[np.eye(6, dtype=bool)] == 0)


def test_max_cost_and_drop_indirect():
    cost = np.ones((1, 9))
    cores = np.zeros((1, 9), dtype=int)
    cores[0, 0], cores[0, 4], cores[0, 8] = 1, 2, 3
    res = corridors(cost, 1.0, cores)
    pairs = {(lk["from_core"], lk["to_core"]): lk["cost"] for lk in res.links}
    assert pairs == {(1, 2): 4.0, (1, 3): 8.0, (2, 3): 4.0}
    res = corridors(cost, 1.0, cores, max_cost=4.0)  # LCD ≤ max_cost is linked
    assert {(lk["from_core"], lk["to_core"]) for lk in res.links} == {(1, 2), (2, 3)}
    res = corridors(cost, 1.0, cores, max_cost=3.999)
    assert res.links == [] and np.all(np.isnan(res.corridor))
    res = corridors(cost, 1.0, cores, drop_indirect=True)
    assert {(lk["from_core"], lk["to_core"]) for lk in res.links} == {(1, 2), (2, 3)}
    assert res.indirect == [(1, 3)]


# -- (3) impassable cells -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("wall", [np.nan, 0.0, -1.0, -9999.0, np.inf])
def test_impassable_wall_blocks(wall):
    cost = np.ones((5, 7))
    cost[:, 3] = wall
    cores = np.zeros((5, 7), dtype=int)
    cores[2, 0], cores[2, 6] = 1, 2
    res = corridors(cost, 1.0, cores, nodata=-9999.0)
    assert res.links == []
    assert np.all(np.isinf(res.cwd[1][:, 3:]))
    assert np.all(np.isfinite(res.cwd[1][:, :3]))
    assert np.all(np.isnan(res.corridor))


def test_wall_with_gap_forces_the_path_through_the_gap():
    cost = np.ones((5, 7))
    cost[:, 3] = np.nan
    cost[4, 3] = 1.0  # the only gap, bottom row
    cores = np.zeros((5, 7), dtype=int)
    cores[0, 0], cores[0, 6] = 1, 2
    res = corridors(cost, 1.0, cores)
    (link,) = res.links
    assert (4, 3) in link["path"]
    assert all(not np.isnan(cost[r, c]) for r, c in link["path"])
    assert np.all(np.isnan(res.corridor[:4, 3])) and res.corridor[4, 3] == 0
    brute = brute_force(cost, 1.0, [(0, 0)])
    np.testing.assert_allclose(res.cwd[1], brute)
    assert link["cost"] == pytest.approx(brute[0, 6])


def test_unreachable_pair_is_not_linked_but_others_are():
    cost = np.ones((4, 8))
    cost[:, 4] = 0.0
    cores = np.zeros((4, 8), dtype=int)
    cores[0, 0], cores[3, 2], cores[1, 7] = 1, 2, 3
    res = corridors(cost, 1.0, cores)
    assert [(lk["from_core"], lk["to_core"]) for lk in res.links] == [(1, 2)]
    assert np.all(np.isnan(res.corridor[:, 4:]))
    assert np.all(np.isfinite(res.corridor[:, :4]))
    assert res.n_cores == 3


def test_core_on_impassable_cells_only():
    cost = np.ones((3, 3))
    cost[0, 0] = np.nan
    cores = np.zeros((3, 3), dtype=int)
    cores[0, 0], cores[2, 2] = 1, 2
    res = corridors(cost, 1.0, cores)
    assert res.links == [] and np.all(np.isinf(res.cwd[1]))


def test_bad_shapes():
    with pytest.raises(ValueError):
        corridors(np.ones((3, 3)), 1.0, np.zeros((3, 4), dtype=int))
    with pytest.raises(ValueError):
        corridors(np.ones((3, 3)), 1.0, np.full((3, 3), 0.5))


# -- (4) brute force ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("neighbours", [4, 8, 16])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_cost_distance_matches_brute_force(neighbours, seed):
    rng = np.random.default_rng(seed)
    cost = rng.uniform(0.2, 5.0, (12, 12))
    cost[rng.random((12, 12)) < 0.1] = np.nan
    sources = [(0, 0), (7, 9)] if seed else [(5, 5)]
    graph = grid_graph(cost, 3.0, neighbours=neighbours)
    dist = cost_distance(graph, [r * 12 + c for r, c in sources]).reshape(12, 12)
    np.testing.assert_allclose(dist, brute_force(cost, 3.0, sources, neighbours), rtol=1e-12)
    mask = np.zeros((12, 12), dtype=bool)
    for r, c in sources:
        mask[r, c] = True
    np.testing.assert_array_equal(cost_distance(graph, mask), dist.ravel())
    limited = cost_distance(graph, mask, limit=10.0)
    np.testing.assert_array_equal(limited[dist.ravel() <= 10.0], dist.ravel()[dist.ravel() <= 10.0])
    assert np.all(np.isinf(limited[dist.ravel() > 10.0]))


def test_corridors_match_brute_force_random():
    rng = np.random.default_rng(5)
    cost = rng.uniform(0.5, 3.0, (12, 12))
    cores = np.zeros((12, 12), dtype=int)
    cores[0:2, 0:2] = 1
    cores[10:12, 9:12] = 2
    cores[0, 11] = 3
    res = corridors(cost, 1.0, cores)
    cwd = {lab: brute_force(cost, 1.0, list(zip(*np.nonzero(cores == lab)))) for lab in (1, 2, 3)}
    expected = np.full((12, 12), np.inf)
    for lab in (1, 2, 3):
        np.testing.assert_allclose(res.cwd[lab], cwd[lab], rtol=1e-12)
    assert len(res.links) == 3
    for lk in res.links:
        a, b = lk["from_core"], lk["to_core"]
        lcd = cwd[a][cores == b].min()
        assert lk["cost"] == pytest.approx(lcd, rel=1e-12)
        path = lk["path"]
        assert cores[path[0]] == a and cores[path[-1]] == b
        steps = sum((cost[p] + cost[q]) / 2 * math.hypot(p[0] - q[0], p[1] - q[1]) for p, q in zip(path, path[1:]))
        assert steps == pytest.approx(lcd, rel=1e-12)
        assert lk["length_m"] == pytest.approx(sum(math.hypot(p[0] - q[0], p[1] - q[1])
                                                   for p, q in zip(path, path[1:])))
        assert all(res.corridor[p] == 0 for p in path)
        expected = np.minimum(expected, cwd[a] + cwd[b] - lcd)
    np.testing.assert_allclose(res.corridor, expected, atol=1e-9)


# -- (5) cancel -----------------------------------------------------------------------------------------------------

class Feedback:
    def __init__(self, cancel_after):
        self.calls, self.cancel_after, self.progress = 0, cancel_after, []

    def isCanceled(self):  # noqa: N802 (QgsFeedback's name)
        self.calls += 1
        return self.calls > self.cancel_after

    def setProgress(self, percent):  # noqa: N802
        self.progress.append(percent)


def test_cancel_raises():
    cost = np.ones((10, 10))
    cores = np.zeros((10, 10), dtype=int)
    cores[0, 0], cores[9, 9], cores[0, 9] = 1, 2, 3
    for after in range(4):
        with pytest.raises(Cancelled):
            corridors(cost, 1.0, cores, feedback=Feedback(after))
    fb = Feedback(10 ** 6)
    corridors(cost, 1.0, cores, feedback=fb)
    assert fb.progress[-1] == 100.0 and fb.progress == sorted(fb.progress)
