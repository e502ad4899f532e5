"""Benchmark: DEGURBA (`methods/degurba.py`) on a Sweden-sized 1 km grid.

Run with `.venv/bin/python bench/bench_degurba.py` (no qgis import). A synthetic population grid of 1,600 × 800
cells (Sweden's extent at 1 km is about 1,570 × 500 km; 1.28 M cells), fixed seed: 40 urban peaks (Gaussian,
30 % of them 3,000–30,000 inhabitants/km² at the centre, the rest 500–4,000) over log-normal rural noise with
many empty cells. Times `degurba` (best of 3) and `classify_lau` on 800 units. Baseline: 4-connected labelling
of the ≥ 300/km² cells by a pure-Python BFS against scipy.ndimage.label (which `degurba` uses), on a 200 × 200
subset around the densest area and once on the whole grid, where one pure-Python labelling pass is set against
all of `degurba`.
"""

import sys
import time
from collections import deque
from pathlib import Path

import numpy as np
from scipy import ndimage

REPO = Path(__file__).resolve().parent.parent
STAGE = REPO / ".pytest-stage"
STAGE.mkdir(exist_ok=True)
if not (STAGE / "strukturbild").is_symlink():
    (STAGE / "strukturbild").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(STAGE))

from strukturbild.processing_algorithms.methods.degurba import classify_lau, degurba  # noqa: E402

ROWS, COLS = 1600, 800


def synthetic(seed=20240501):
    rng = np.random.default_rng(seed)
    pop = rng.lognormal(mean=1.0, sigma=1.5, size=(ROWS, COLS))
    pop[rng.random((ROWS, COLS)) < 0.6] = 0.0
    rr, cc = np.mgrid[0:ROWS, 0:COLS]
    for _ in range(40):
        r0, c0 = rng.uniform(0, ROWS), rng.uniform(0, COLS)
        peak = rng.uniform(3000, 30000) if rng.random() < 0.3 else rng.uniform(500, 4000)
        sigma = rng.uniform(1.5, 4.0)
        window = (slice(max(0, int(r0 - 5 * sigma)), int(r0 + 5 * sigma) + 1),
                  slice(max(0, int(c0 - 5 * sigma)), int(c0 + 5 * sigma) + 1))
        d2 = (rr[window] - r0) ** 2 + (cc[window] - c0) ** 2
        pop[window] += peak * np.exp(-d2 / (2 * sigma ** 2)) * rng.uniform(0.7, 1.3, d2.shape)
    return pop


def bfs_label(mask):
    """Pure-Python 4-connected labelling (the baseline)."""
    rows, cols = mask.shape
    labels = [[0] * cols for _ in range(rows)]
    m = mask.tolist()
    n = 0
    for r in range(rows):
        for c in range(cols):
            if m[r][c] and not labels[r][c]:
                n += 1
                labels[r][c] = n
                queue = deque([(r, c)])
                while queue:
                    y, x = queue.popleft()
                    for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        v, u = y + dy, x + dx
                        if 0 <= v < rows and 0 <= u < cols and m[v][u] and not labels[v][u]:
                            labels[v][u] = n
                            queue.append((v, u))
    return np.array(labels), n


def best_of(n, function):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        out = function()
        times.append(time.perf_counter() - t)
    return min(times), out


def main():
    pop = synthetic()
    print(f"grid {ROWS} x {COLS} = {pop.size:,} cells, {pop.sum():,.0f} inhabitants")
    seconds, r = best_of(3, lambda: degurba(pop))
    print(f"degurba: {seconds:.3f} s  ({r.n_centres} urban centres, {r.n_clusters} urban clusters)")
    print("  level 1 cells:", {k: r.counts[k] for k in (3, 2, 1)})
    print("  level 2 cells:", {k: r.counts[k] for k in (30, 23, 22, 21, 13, 12, 11)})
    units = (np.arange(ROWS)[:, None] // 40) * 100 + np.arange(COLS)[None, :] // 40  # 40 × 20 = 800 units
    seconds_lau, lau = best_of(3, lambda: classify_lau(pop, r.level1, units))
    print(f"classify_lau ({len(lau.labels)} units): {seconds_lau:.3f} s; classes",
          {k: int((lau.lau_class == k).sum()) for k in (1, 2, 3)})

    # baseline: labelling on a 200 x 200 subset holding an urban peak
    centre = np.unravel_index(np.argmax(ndimage.uniform_filter(pop, 50)), pop.shape)
    r0 = min(max(centre[0] - 100, 0), ROWS - 200)
    c0 = min(max(centre[1] - 100, 0), COLS - 200)
    mask = pop[r0:r0 + 200, c0:c0 + 200] >= 300
    t_bfs, (lab_bfs, n_bfs) = best_of(3, lambda: bfs_label(mask))
    t_nd, (lab_nd, n_nd) = best_of(3, lambda: ndimage.label(mask))
    assert n_bfs == n_nd and np.array_equal(lab_bfs > 0, lab_nd > 0)
    print(f"labelling 200 x 200 ({n_nd} groups): pure-Python BFS {t_bfs * 1000:.1f} ms, "
          f"scipy.ndimage.label {t_nd * 1000:.2f} ms, ratio {t_bfs / t_nd:.0f}x")
    full = pop >= 300
    t_full_bfs, _ = best_of(1, lambda: bfs_label(full))
    t_full_nd, _ = best_of(3, lambda: ndimage.label(full))
    print(f"labelling the whole grid: pure-Python BFS {t_full_bfs:.2f} s, "
          f"scipy.ndimage.label {t_full_nd * 1000:.1f} ms "
          f"(ratio {t_full_bfs / t_full_nd:.0f}x); one BFS pass / all of degurba = {t_full_bfs / seconds:.1f}x")

if __name__ == "__main__":
    main()
