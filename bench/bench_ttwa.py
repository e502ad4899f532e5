"""Benchmark: CURDS / Coombes–Bond TTWA (`methods/ttwa.py`) against the R package's run times.

Run with `/usr/bin/python3 bench/bench_ttwa.py` (no qgis import). Times `ttwa` (best of 3) on Brindisi, Sardinia
2001 and Norway 2022 from tests/data/lma, and on Sardinia's 1 km grid (tests/data/lma/*.csv.gz, else the shared
data folder, else skipped). The R baseline is LabourMarketAreas 3.4 `findClusters` as recorded in
tests/data/lma's source (../shared/data/lma-reference-outputs/SOURCE.md); the grid has no R figure.
"""

import csv
import gzip
import sys
import time
from pathlib import Path

import numpy as np
import scipy
import scipy.sparse as sp

REPO = Path(__file__).resolve().parent.parent
STAGE = REPO / ".pytest-stage"
STAGE.mkdir(exist_ok=True)
if not (STAGE / "strukturbild").is_symlink():
    (STAGE / "strukturbild").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(STAGE))

from strukturbild.processing_algorithms.methods.ttwa import ttwa  # noqa: E402

DATA = REPO / "tests" / "data" / "lma"
GRID = [DATA / "sardinia_grid1km_flows_2011.csv.gz",
        REPO.parent / "shared" / "data" / "it-lma-istat" / "sardinia_grid1km_flows_2011.csv"]
ISTAT = (1000, 0.6667, 10000, 0.75)
ONS = (3500, 0.6667, 25000, 0.75)
COLS = ("community_live", "community_work", "amount")
NO_COLS = ("residence_code", "workplace_code", "employed")
# dataset, file, columns, params, R seconds (SOURCE.md of the reference outputs)
CASES = [
    ("Brindisi", DATA / "brindisi_flows.csv", COLS, ISTAT, 2),
    ("Sardinia 2001", DATA / "sardinia_flows_2001.csv", COLS, ISTAT, 41),
    ("Sardinia 2001", DATA / "sardinia_flows_2001.csv", COLS, ONS, 48),
    ("Norway 2022", DATA / "no_pendling_ssb03321_2022.csv", NO_COLS, ISTAT, 25),
    ("Norway 2022", DATA / "no_pendling_ssb03321_2022.csv", NO_COLS, ONS, 35),
]


def load(path, columns):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    live, work, amount = columns
    ids = sorted({r[live] for r in rows} | {r[work] for r in rows})
    ix = {c: i for i, c in enumerate(ids)}
    f = sp.coo_matrix(
        ([float(r[amount]) for r in rows], ([ix[r[live]] for r in rows], [ix[r[work]] for r in rows])),
        shape=(len(ids), len(ids)),
    ).tocsr()
    return f, ids


def best_of(n, function):
    times = []
    for _ in range(n):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def main():
    cases = list(CASES)
    grid = next((p for p in GRID if p.exists()), None)
    if grid is not None:
        cases += [("Sardinia 1 km grid 2011", grid, COLS, params, None) for params in (ISTAT, ONS)]
    header = (f"{'dataset':<24} {'params':<24} {'zones':>6} {'flows':>7} {'TTWAs':>6} {'seconds':>8} {'R s':>5} "
              f"{'R/ours':>8}")
    print(header)
    print("-" * len(header))
    for name, path, columns, params, r_seconds in cases:
        f, ids = load(path, columns)
        seconds, res = best_of(3, lambda f=f, ids=ids, params=params: ttwa(f, *params, ids=ids))
        ratio = f"{r_seconds / seconds:8.0f}" if r_seconds else f"{'-':>8}"
        print(f"{name:<24} {'/'.join(str(p) for p in params):<24} {f.shape[0]:>6} {f.nnz:>7} {res.n_clusters:>6} "
              f"{seconds:8.3f} {r_seconds or '-':>5} {ratio}")
    if grid is None:
        print("Sardinia 1 km grid: skipped (sardinia_grid1km_flows_2011.csv not found)")
    print(f"best of 3; numpy {np.__version__}, scipy {scipy.__version__}")


if __name__ == "__main__":
    main()
