"""Benchmark: the functional-region methods (SCB LA, Intramax, OD matrix building), no QGIS needed.

- scb_la on a synthetic Sweden-like 290 × 290 gravity-model matrix (fixed seed) and on Norway's full 2022 kommune
  OD (SSB 03321, 356 kommuner) when ../shared/data/no-pendling-ssb is there;
- intramax to 30 regions on Norway (356 zones) and on the Sardinia 1 km grid (3,119 cells with residents; 3,566 ids
  in all, 55k flows) when ../shared/data/it-lma-istat is there;
- baseline: a naive dense O(n³) Intramax (recompute every I_ij at every step, vectorised numpy), for n = 356 only.
Prints best-of-N seconds and the ratio naive / heap. Run: .venv/bin/python bench/bench_functional.py
"""

import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

REPO = Path(__file__).resolve().parent.parent
STAGE = REPO / ".pytest-stage"
STAGE.mkdir(exist_ok=True)
if not (STAGE / "strukturbild").is_symlink():
    (STAGE / "strukturbild").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(STAGE))

from strukturbild.processing_algorithms.methods.intramax import intramax  # noqa: E402
from strukturbild.processing_algorithms.methods.la import scb_la  # noqa: E402
from strukturbild.processing_algorithms.methods.od import build_matrix, read_csv_table, zone_ids_from_od  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
if not SHARED.exists():
    SHARED = Path("/work/shared/data")
NORWAY = SHARED / "no-pendling-ssb" / "no_pendling_ssb03321_2022.csv"
GRID = SHARED / "it-lma-istat" / "sardinia_grid1km_flows_2011.csv"


def best_of(n, function):
    times = []
    result = None
    for _ in range(n):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def gravity_sweden(n=290, seed=2024):
    """Sweden-like: n kommuner in a 400 × 1,500 km strip, lognormal sizes (a few big cities), jobs concentrated in
    the larger ones, exponential distance decay (β = 25 km), 45–85 % working in the home kommun, Poisson counts."""
    rng = np.random.default_rng(seed)
    xy = np.column_stack([rng.uniform(0, 400, n), rng.uniform(0, 1500, n) ** 1.3 / 1500**0.3])
    residents = np.round(np.exp(rng.normal(8.7, 1.0, n)))
    attraction = residents**1.25
    dist = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    w = attraction[None, :] * np.exp(-dist / 25.0)
    np.fill_diagonal(w, 0.0)
    w /= w.sum(axis=1, keepdims=True)
    home = rng.uniform(0.45, 0.85, n)
    expected = residents[:, None] * (1 - home[:, None]) * w
    f = rng.poisson(expected).astype(float)
    f[np.diag_indices(n)] = np.round(residents * home)
    return f


def read_od(path):
    header, rows = read_csv_table(path)
    o, d, v = [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]
    zones = zone_ids_from_od(o, d)
    return build_matrix(o, d, v, zones, first_row_number=2)


def naive_intramax(flows, k):
    t = np.array(flows.toarray() if sp.issparse(flows) else flows, dtype=float)
    groups = [[z] for z in range(len(t))]
    while len(t) > k:
        o, d = t.sum(axis=1), t.sum(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            x = np.where(t > 0, t / np.outer(o, d), 0.0)
        np.fill_diagonal(x, 0.0)
        score = np.triu(x + x.T, 1)
        if score.max() <= 0:
            break
        i, j = np.unravel_index(np.argmax(score), score.shape)
        t[i, :] += t[j, :]
        t[:, i] += t[:, j]
        t = np.delete(np.delete(t, j, axis=0), j, axis=1)
        groups[i] += groups.pop(j)
    return groups


def main():
    f = gravity_sweden()
    nnz = int(np.count_nonzero(f))
    s, r = best_of(5, lambda: scb_la(f, ids=[f"{i:04d}" for i in range(len(f))]))
    print(f"scb_la   synthetic Sweden 290 x 290 dense ({nnz} non-zero): {s:.4f} s, {r.n_regions} LAs")
    s, r = best_of(5, lambda: scb_la(sp.csr_matrix(f)))
    print(f"scb_la   synthetic Sweden 290 x 290 sparse:                 {s:.4f} s, {r.n_regions} LAs")

    if NORWAY.exists():
        s, od = best_of(3, lambda: read_od(NORWAY))
        print(f"od       Norway 2022 read + build_matrix ({od.n_rows} rows, {od.matrix.shape[0]} zones): {s:.3f} s")
        s, r = best_of(5, lambda: scb_la(od.matrix, ids=od.zone_ids))
        print(f"scb_la   Norway 2022 {od.matrix.shape[0]} kommuner: {s:.4f} s, {r.n_regions} LAs, notes {r.notes}")
        s_heap, r = best_of(5, lambda: intramax(od.matrix, 30))
        print(f"intramax Norway 2022 {od.matrix.shape[0]} -> 30: {s_heap:.3f} s ({r.n_regions} regions)")
        s_naive, groups = best_of(1, lambda: naive_intramax(od.matrix, 30))
        same = sorted(map(sorted, groups)) == sorted(
            sorted(np.flatnonzero(r.membership == g).tolist()) for g in range(r.n_regions)
        )
        print(f"baseline naive dense O(n^3) intramax, same input: {s_naive:.3f} s (same partition: {same})")
        print(f"ratio naive / heap: {s_naive / s_heap:.1f}x")
    else:
        print(f"skipped Norway: {NORWAY} not found")

    if GRID.exists():
        s, od = best_of(1, lambda: read_od(GRID))
        print(f"od       Sardinia 1 km grid read + build ({od.n_rows} rows, {od.matrix.shape[0]} zones): {s:.3f} s")
        s, r = best_of(3, lambda: intramax(od.matrix, 30))
        print(f"intramax Sardinia grid {od.matrix.shape[0]} -> 30: {s:.3f} s ({r.n_regions} regions, {r.notes})")
        n = od.matrix.shape[0]
        steps = 3
        s_steps, _ = best_of(1, lambda: naive_intramax(od.matrix, n - steps))
        estimate = s_steps / steps * sum((m / n) ** 2 for m in range(31, n + 1))
        print(
            f"baseline naive dense intramax, extrapolated from {steps} steps (cost ~ m^2 per step): ~{estimate:.0f} s"
            f" (ratio ~{estimate / s:.0f}x)"
        )
        s, r = best_of(3, lambda: scb_la(od.matrix, ids=od.zone_ids))
        print(f"scb_la   Sardinia grid {od.matrix.shape[0]} zones: {s:.4f} s ({r.n_regions} LAs)")
    else:
        print(f"skipped the Sardinia grid: {GRID} not found")


if __name__ == "__main__":
    main()
