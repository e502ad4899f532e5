"""Benchmark: habitat-network connectivity (`methods/connectivity.py`) against Conefor 2.7.3's run times.

Run with `.venv/bin/python bench/bench_connectivity.py` (no qgis import). Baselines measured on this kind of
machine (2 vCPU; tests/data/connectivity/SOURCE.md): Conefor 2.7.3 takes 403 s for r500's node importances (dPC)
and grows about as n⁴. Cases:
1. r500 (500 nodes, 2013 pairs ≤ 5000 m): exact dPC with every fraction (min_probability = 0), against 403 s.
2. Synthetic landscapes with the r* recipe (uniform centres in a square of side 20 km·sqrt(n/40), lognormal areas
   with median 5 ha and σ = 1, discs, edge-to-edge distances; candidate pairs from cKDTree.query_pairs within the
   distance where p = min_probability plus the two largest radii): PC + every dPC with the default
   min_probability 0.001 at 2 000, 5 000 and 10 000 patches (goal: 10 000 in < 10 min).
3. Overall PC only (importances=False) for 20 000 patches with the default min_probability (goal: < 10 s).
"""

import sys
import time
from pathlib import Path

import numpy as np
from scipy.spatial import cKDTree

REPO = Path(__file__).resolve().parent.parent
STAGE = REPO / ".pytest-stage"
STAGE.mkdir(exist_ok=True)
if not (STAGE / "strukturbild").is_symlink():
    (STAGE / "strukturbild").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(STAGE))

from strukturbild.processing_algorithms.methods.connectivity import connectivity  # noqa: E402

DATA = REPO / "tests" / "data" / "connectivity"
CONEFOR_R500_S = 403.0
DISPERSAL, PROB, MIN_P = 1000.0, 0.5, 0.001


def read_r500():
    nodes = np.loadtxt(DATA / "r500_nodes.txt")
    index = {int(v): i for i, v in enumerate(nodes[:, 0])}
    links = np.loadtxt(DATA / "r500_dist_le5000.txt")
    u = np.array([index[int(x)] for x in links[:, 0]])
    v = np.array([index[int(x)] for x in links[:, 1]])
    return nodes[:, 1], u, v, links[:, 2]


def synthetic(n, seed=12345):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 20000 * np.sqrt(n / 40), size=(n, 2))
    area_ha = rng.lognormal(np.log(5), 1, n)
    r = np.sqrt(area_ha * 1e4 / np.pi)
    dmax = DISPERSAL * np.log(MIN_P) / np.log(PROB)  # p = MIN_P here
    pairs = cKDTree(xy).query_pairs(dmax + 2 * r.max(), output_type="ndarray")
    i, j = pairs[:, 0], pairs[:, 1]
    d = np.maximum(0.0, np.hypot(*(xy[i] - xy[j]).T) - r[i] - r[j])
    keep = d <= dmax
    return area_ha, i[keep], j[keep], d[keep]


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def main():
    print("connectivity benchmark (Conefor 2.7.3 baselines from tests/data/connectivity/SOURCE.md)")
    a, u, v, d = read_r500()
    r, s = timed(lambda: connectivity(a, u, v, d, DISPERSAL, PROB, min_probability=0, importances=True))
    print(f"r500 exact dPC + intra/flux/connector (and dIIC): {s:.2f} s; Conefor {CONEFOR_R500_S:.0f} s "
          f"-> {CONEFOR_R500_S / s:.0f}x faster (goal >= 50x); PCnum {r.pc_num:.6g} (Conefor 172720)")

    times = {}
    for n in (2000, 5000, 10000):
        a, u, v, d = synthetic(n)
        r, s = timed(lambda a=a, u=u, v=v, d=d: connectivity(a, u, v, d, DISPERSAL, PROB, min_probability=MIN_P))
        times[n] = s
        print(f"synthetic n={n}: {len(u)} pairs, {r.n_components} components, PC + every dPC/dIIC: {s:.1f} s "
              f"(dropped_pc_share {100 * r.dropped_pc_share:.3f} %, {'exact' if r.dropped_pc_share_exact else 'est.'})")
    print(f"  10 000 patches: {times[10000]:.1f} s against the 600 s goal -> {600 / times[10000]:.1f}x margin; "
          f"Conefor's n^4 growth from 403 s at 500 would be ~{CONEFOR_R500_S * 20 ** 4 / 86400:.0f} days")

    a, u, v, d = synthetic(20000)
    r, s = timed(lambda: connectivity(a, u, v, d, DISPERSAL, PROB, min_probability=MIN_P, importances=False))
    print(f"synthetic n=20000: {len(u)} pairs, overall PC only: {s:.2f} s (goal < 10 s); PCnum {r.pc_num:.6g}, "
          f"dropped_pc_share {100 * r.dropped_pc_share:.3f} % ({'exact' if r.dropped_pc_share_exact else 'est.'})")


if __name__ == "__main__":
    main()
