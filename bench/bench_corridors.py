"""Benchmark: cost distance and least-cost corridors (`methods/corridors.py`).

Run with `.venv/bin/python bench/bench_corridors.py` (no qgis import). Cases:
1. A 2000×2000 smooth random cost grid (Gaussian-filtered noise scaled to 1…100, 5 % impassable cells in blobs,
   cell size 10 m) with 10 round cores: time grid_graph, one multi-source cost_distance and the full corridors()
   (10 Dijkstra runs, 45 links, the corridor mosaic).
2. Baseline: the plain heapq Dijkstra of the tests (tests/test_corridors_method.py) against grid_graph +
   cost_distance on a 300×300 grid from the same source: seconds, the ratio, and the largest difference.
"""

import sys
import time
from pathlib import Path

import numpy as np
from scipy.ndimage import gaussian_filter

REPO = Path(__file__).resolve().parent.parent
STAGE = REPO / ".pytest-stage"
STAGE.mkdir(exist_ok=True)
if not (STAGE / "strukturbild").is_symlink():
    (STAGE / "strukturbild").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(STAGE))
sys.path.insert(1, str(REPO / "tests"))

from strukturbild.processing_algorithms.methods.corridors import (  # noqa: E402
    corridors,
    cost_distance,
    grid_graph,
)
from test_corridors_method import brute_force  # noqa: E402


def smooth_cost(size, seed):
    rng = np.random.default_rng(seed)
    field = gaussian_filter(rng.standard_normal((size, size)), sigma=size / 100)
    field = (field - field.min()) / (field.max() - field.min())
    cost = 1.0 + 99.0 * field ** 2
    blobs = gaussian_filter(rng.standard_normal((size, size)), sigma=size / 200)
    cost[blobs > np.quantile(blobs, 0.95)] = np.nan
    return cost


def round_cores(size, count, radius, seed):
    rng = np.random.default_rng(seed)
    cores = np.zeros((size, size), dtype=np.int32)
    rr, cc = np.ogrid[:size, :size]
    for label in range(1, count + 1):
        r, c = rng.integers(radius, size - radius, 2)
        cores[(rr - r) ** 2 + (cc - c) ** 2 <= radius ** 2] = label
    return cores


def timed(label, fn):
    t = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t
    print(f"  {label}: {dt:.2f} s")
    return out, dt


def single_runs(cost, cell, cores):
    graph, _ = timed("grid_graph", lambda: grid_graph(cost, cell))
    mb = (graph.data.nbytes + graph.indices.nbytes + graph.indptr.nbytes) / 1e6
    print(f"     {graph.nnz:,} edges, {mb:.0f} MB")
    dist, _ = timed("cost_distance (one core, multi-source)", lambda: cost_distance(graph, (cores == 1).ravel()))
    print(f"     reachable cells {np.isfinite(dist).mean():.1%}")


def main():
    size, cell = 2000, 10.0
    print(f"1. {size}×{size} = {size * size:,} cells, 10 cores, 8 neighbours")
    cost = smooth_cost(size, 1)
    cores = round_cores(size, 10, 15, 2)
    single_runs(cost, cell, cores)
    res, total = timed("corridors() total", lambda: corridors(cost, cell, cores))
    print(f"     {res.n_cores} cores, {len(res.links)} links, corridor cells ≤ 1000 cost units: "
          f"{np.count_nonzero(res.corridor <= 1000):,}")
    del res

    size = 300
    print(f"2. baseline: plain heapq Dijkstra vs scipy on {size}×{size}, 8 neighbours, one source")
    cost = smooth_cost(size, 3)
    src = (size // 2, size // 2)
    cost[src] = 1.0
    brute, t_brute = timed("heapq Dijkstra (tests)", lambda: brute_force(cost, cell, [src]))

    def scipy_run():
        return cost_distance(grid_graph(cost, cell), [src[0] * size + src[1]]).reshape(size, size)

    fast, t_fast = timed("grid_graph + cost_distance", scipy_run)
    both = np.isfinite(brute)
    assert np.array_equal(both, np.isfinite(fast))
    print(f"  ratio {t_brute / t_fast:.0f}×, max |difference| {np.max(np.abs(brute[both] - fast[both])):.2e}")


if __name__ == "__main__":
    main()
