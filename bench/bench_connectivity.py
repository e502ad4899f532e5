"""Benchmark: habitat-network connectivity (`methods/connectivity.py`) against Conefor 2.7.3's run times and against
the previous implementation of the method (git a45b800, before issue 13's dense-landscape work).

Run with `.venv/bin/python bench/bench_connectivity.py` (no qgis import; about 8 minutes on 2 cores, most of it the
previous implementation's runs). Baselines measured on this kind of machine (2 vCPU; tests/data/connectivity/
SOURCE.md): Conefor 2.7.3 takes 403 s for r500's node importances (dPC) and grows about as n⁴; its overall PC takes
8.2 s at 1 000 nodes and 66 s at 2 000 (about n³). Cases:
1. r500 (500 nodes, 2013 pairs ≤ 5000 m): exact dPC with every fraction (min_probability = 0), against 403 s.
2. Synthetic landscapes with the r* recipe (uniform centres in a square of side 20 km·sqrt(n/40), lognormal areas
   with median 5 ha and σ = 1, discs, edge-to-edge distances; candidate pairs from cKDTree.query_pairs within the
   distance where p = min_probability plus the two largest radii): PC + every dPC with the default
   min_probability 0.001 at 2 000, 5 000 and 10 000 patches (goal: 10 000 in < 10 min).
3. Overall PC only (importances=False) for 20 000 r* patches with the default min_probability (goal: < 10 s).
4. Dense landscapes (issue 13 §1): the same patches at one per km² (a square of side sqrt(n) km; e.g. old-forest
   patches from NMD), 1 km dispersal with p = 0.5, min_probability 0.001: one component, about 300 candidate links
   per patch. (a) 10 000 patches, PC + every dPC fraction, as strukturbild:habitatnetwork runs it (IIC computed,
   dIIC left out by the default because its exact repairs number 6·10⁹): goal < 600 s; (b) 100 000 patches,
   overall PC only (importances=False, iic=False): goal < 60 s. The previous implementation is timed on the dense
   recipe at 500 and 1 000 patches (every output) and extrapolated with the measured growth; Conefor's figures are
   extrapolated from its measured growth (it cannot be run here at these sizes).
Every line gives the load average (other work on the same cores slows every figure).
"""

import importlib.util
import os
import subprocess
import sys
import tempfile
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
CONEFOR_PC_1000_S = 8.2
PREVIOUS = "a45b800"  # the last commit of methods/connectivity.py before the dense-landscape engine
DISPERSAL, PROB, MIN_P = 1000.0, 0.5, 0.001


def read_r500():
    nodes = np.loadtxt(DATA / "r500_nodes.txt")
    index = {int(v): i for i, v in enumerate(nodes[:, 0])}
    links = np.loadtxt(DATA / "r500_dist_le5000.txt")
    u = np.array([index[int(x)] for x in links[:, 0]])
    v = np.array([index[int(x)] for x in links[:, 1]])
    return nodes[:, 1], u, v, links[:, 2]


def synthetic(n, seed=12345, side=None):
    """The r* recipe (side 20 km·sqrt(n/40)), or the dense one with side = sqrt(n) km."""
    rng = np.random.default_rng(seed)
    side = 20000 * np.sqrt(n / 40) if side is None else side
    xy = rng.uniform(0, side, size=(n, 2))
    area_ha = rng.lognormal(np.log(5), 1, n)
    r = np.sqrt(area_ha * 1e4 / np.pi)
    dmax = DISPERSAL * np.log(MIN_P) / np.log(PROB)  # p = MIN_P here
    pairs = cKDTree(xy).query_pairs(dmax + 2 * r.max(), output_type="ndarray")
    i, j = pairs[:, 0], pairs[:, 1]
    d = np.maximum(0.0, np.hypot(*(xy[i] - xy[j]).T) - r[i] - r[j])
    keep = d <= dmax
    return area_ha, i[keep], j[keep], d[keep]


def dense(n, seed=2024):
    return synthetic(n, seed, side=1000.0 * np.sqrt(n))


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def load():
    return f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def previous_implementation():
    """methods/connectivity.py as of PREVIOUS, imported beside the current one (None without git)."""
    try:
        text = subprocess.run(["git", "-C", str(REPO), "show", f"{PREVIOUS}:processing_algorithms/methods/"
                               "connectivity.py"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    name = "strukturbild.processing_algorithms.methods.connectivity_previous"
    with tempfile.TemporaryDirectory(prefix="strukturbild-bench-") as folder:
        path = Path(folder) / "connectivity_previous.py"
        path.write_text(text)
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return module


def main():
    print(f"connectivity benchmark (Conefor 2.7.3 baselines from tests/data/connectivity/SOURCE.md); {load()}")
    a, u, v, d = read_r500()
    r, s = timed(lambda: connectivity(a, u, v, d, DISPERSAL, PROB, min_probability=0, importances=True))
    print(f"r500 exact dPC + intra/flux/connector (and dIIC): {s:.2f} s; Conefor {CONEFOR_R500_S:.0f} s "
          f"-> {CONEFOR_R500_S / s:.0f}x faster (goal >= 50x); PCnum {r.pc_num:.6g} (Conefor 172720); {load()}")

    times = {}
    for n in (2000, 5000, 10000):
        a, u, v, d = synthetic(n)
        r, s = timed(lambda a=a, u=u, v=v, d=d: connectivity(a, u, v, d, DISPERSAL, PROB, min_probability=MIN_P))
        times[n] = s
        print(f"synthetic n={n}: {len(u)} pairs, {r.n_components} components, PC + every dPC/dIIC: {s:.1f} s "
              f"(dropped_pc_share {100 * r.dropped_pc_share:.3f} %, "
              f"{'exact' if r.dropped_pc_share_exact else 'est.'}); {load()}")
    print(f"  10 000 patches: {times[10000]:.1f} s against the 600 s goal -> {600 / times[10000]:.1f}x margin; "
          f"Conefor's n^4 growth from 403 s at 500 would be ~{CONEFOR_R500_S * 20 ** 4 / 86400:.0f} days")

    a, u, v, d = synthetic(20000)
    r, s = timed(lambda: connectivity(a, u, v, d, DISPERSAL, PROB, min_probability=MIN_P, importances=False))
    print(f"synthetic n=20000: {len(u)} pairs, overall PC only: {s:.2f} s (goal < 10 s); PCnum {r.pc_num:.6g}, "
          f"dropped_pc_share {100 * r.dropped_pc_share:.3f} % ({'exact' if r.dropped_pc_share_exact else 'est.'}); "
          f"{load()}")

    print("dense landscapes (one patch per km², 1 km dispersal, p = 0.5, min_probability 0.001; issue 13 §1):")
    previous = previous_implementation()
    now, before = {}, {}
    for n in (500, 1000):
        a, u, v, d = dense(n)
        r, now[n] = timed(lambda a=a, u=u, v=v, d=d: connectivity(a, u, v, d, DISPERSAL, PROB, iic_importances=True))
        line = f"  n={n}: {len(u)} pairs, every output (PC, dPC, IIC, dIIC): {now[n]:.2f} s"
        if previous is not None:
            r0, before[n] = timed(lambda a=a, u=u, v=v, d=d: previous.connectivity(a, u, v, d, DISPERSAL, PROB))
            err = max(float(np.max(np.abs(r.dPC - r0.dPC))), float(np.max(np.abs(r.dIIC - r0.dIIC))))
            line += (f"; previous implementation {before[n]:.1f} s -> {before[n] / now[n]:.1f}x faster "
                     f"(largest dPC/dIIC difference {err:.1e} %)")
        print(line + f"; {load()}")
    a, u, v, d = dense(10000)
    r, s = timed(lambda: connectivity(a, u, v, d, DISPERSAL, PROB))
    peer = ""
    if len(before) == 2:
        growth = np.log(before[1000] / before[500]) / np.log(2.0)
        extrapolated = before[1000] * 10.0 ** growth
        peer = (f"; the previous implementation grew as n^{growth:.1f} from 500 to 1 000 patches: "
                f"~{extrapolated / 3600:.0f} h at 10 000 (extrapolated)")
    print(f"  n=10000 as habitatnetwork runs it: {len(u)} pairs, {r.n_components} component(s), PC + every dPC "
          f"fraction + IIC: {s:.1f} s against the 600 s goal -> {600 / s:.1f}x margin; exact (no bound: "
          f"pruning and repair skip only work that cannot change a result); dIIC "
          f"{'left out' if r.diic_skipped else 'computed'} ({r.diic_work:.2g} repairs){peer}; Conefor's n^4 from "
          f"403 s at 500: ~{CONEFOR_R500_S * 20 ** 4 / 86400:.0f} days; {load()}")
    peer = ""
    if previous is not None:
        # the previous implementation's PC searches alone (its _network: one limited Dijkstra per source on every
        # candidate link), which grow linearly with n at a fixed density
        p = np.exp(np.log(PROB) * d / DISPERSAL)
        kept = p >= MIN_P
        limit = -np.log(MIN_P) * (1 + 1e-12)
        _, s0 = timed(lambda: previous._network(len(a), a, u[kept], v[kept], np.maximum(-np.log(p[kept]), 1e-300),
                                                previous._f_pc(limit),
                                                limit, False, previous._Progress(None, 0, 1), link_dist=True))
        peer = (f"; the previous implementation's PC searches took {s0:.0f} s at 10 000 (IIC not counted): "
                f"~{10 * s0:.0f} s at 100 000 (linear)")
    del a, u, v, d, r
    a, u, v, d = dense(100000)
    r, s = timed(lambda: connectivity(a, u, v, d, DISPERSAL, PROB, importances=False, iic=False))
    print(f"  n=100000 overall PC (importances=False, iic=False): {len(u)} pairs: {s:.1f} s against the 60 s goal "
          f"-> {60 / s:.1f}x margin; PCnum {r.pc_num:.6g}, dropped_pc_share {100 * r.dropped_pc_share:.3f} % "
          f"({'exact' if r.dropped_pc_share_exact else 'est.'}){peer}; Conefor's n^3 overall PC from 8.2 s at "
          f"1 000: ~{CONEFOR_PC_1000_S * 100 ** 3 / 86400:.0f} days (extrapolated); {load()}")


if __name__ == "__main__":
    main()
