"""Benchmark: road-network travel times (`methods/network.py`, issue 5), no qgis import.

Run with `.venv/bin/python bench/bench_network.py`. Two networks of about a million edges (road segments), both
about 140 × 140 km (a county), random speeds 30–110 km/h per line, 10 % one-way lines, points uniform over the extent
(access speed 5 km/h, MAX_SNAP 500 m):
- "junction grid" (worst case): a 700 × 700 perturbed grid (vertices jittered by ±30 % of the 200 m spacing), one
  line per row and per column through the shared vertices: 978,600 edges, 490,000 nodes, every vertex a junction.
- "shaped grid" (real-shaped): a 438 × 438 grid of junctions (320 m apart) whose links carry shape vertices, 2.6
  segments per link on average as measured on the OSM ways of central Linköping (tests/data/network: 13,049 segments
  on 5,005 junction-to-junction links; rural NVDB roads have far more shape vertices per link): about 1.0 M edges,
  0.8 M nodes, 192,000 junctions.

1. Nearest destination for 100,000 origins to 2,000 destinations: attach both + one multi-source Dijkstra
   (goal < 10 s in total).
2. Opportunities within 45 minutes from 6,000 origins to the 2,000 destinations (goal < 2 min), the degree-2
   contraction included in the time, the searches shared among default_workers() processes (STRUKTURBILD_WORKERS=1
   for one).
3. Baseline (junction grid): a per-origin loop of scipy Dijkstra (one source at a time, the origin's split legs as
   a virtual node, no limit) for 50 origins, extrapolated to 100,000, and the ratio to 1.; the 50 loop answers are
   checked against 1. QGIS's own QgsGraphAnalyzer loop is measured by bench_network_qgis.py.
Prints seconds, ratios and the peak resident memory (resource.getrusage).
"""

import resource
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse.csgraph import dijkstra

REPO = Path(__file__).resolve().parent.parent
STAGE = REPO / ".pytest-stage"
STAGE.mkdir(exist_ok=True)
if not (STAGE / "strukturbild").is_symlink():
    (STAGE / "strukturbild").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(STAGE))

from strukturbild.processing_algorithms.methods import network as nw  # noqa: E402

SIDE, SPACING = 700, 200.0


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def grid(rng):
    xy = np.stack(np.meshgrid(np.arange(SIDE) * SPACING, np.arange(SIDE) * SPACING), axis=-1)
    xy = xy + rng.uniform(-0.3 * SPACING, 0.3 * SPACING, xy.shape) + (400_000.0, 6_400_000.0)
    lines = [xy[r] for r in range(SIDE)] + [xy[:, c] for c in range(SIDE)]
    speeds = rng.uniform(30, 110, len(lines))
    oneway = np.where(rng.random(len(lines)) < 0.1, rng.choice([-1, 1], len(lines)), 0)
    return lines, speeds, oneway, xy.reshape(-1, 2)


SHAPED_SIDE, SHAPED_SPACING, SEGMENTS_PER_LINK = 438, 320.0, 2.6


def shaped_grid(rng):
    """Junction grid whose links carry 2 or 3 segments (2.6 on average), shape vertices jittered off the line."""
    xy = np.stack(np.meshgrid(np.arange(SHAPED_SIDE) * SHAPED_SPACING, np.arange(SHAPED_SIDE) * SHAPED_SPACING),
                  axis=-1)
    xy = xy + rng.uniform(-0.3 * SHAPED_SPACING, 0.3 * SHAPED_SPACING, xy.shape) + (400_000.0, 6_400_000.0)
    lines = []
    for junctions in [xy[r] for r in range(SHAPED_SIDE)] + [xy[:, c] for c in range(SHAPED_SIDE)]:
        pieces = np.where(rng.random(len(junctions) - 1) < SEGMENTS_PER_LINK - 2, 3, 2)
        vertices = [junctions[:1]]
        for a, b, k in zip(junctions[:-1], junctions[1:], pieces):
            t = np.arange(1, k + 1)[:, None] / k
            shape = a + t * (b - a)
            shape[:-1] += rng.normal(0, 0.05 * SHAPED_SPACING, (k - 1, 2))
            vertices.append(shape)
        lines.append(np.concatenate(vertices))
    speeds = rng.uniform(30, 110, len(lines))
    oneway = np.where(rng.random(len(lines)) < 0.1, rng.choice([-1, 1], len(lines)), 0)
    return lines, speeds, oneway, xy.reshape(-1, 2)


def main():
    for name, make in (("junction grid", grid), ("shaped grid", shaped_grid)):
        scenario(name, *make(np.random.default_rng(2024)), baseline=(make is grid))
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    print(f"peak memory {peak_mb():,.0f} MB in this process, {workers:,.0f} MB in the largest worker process; "
          f"at most {peak_mb() + nw.default_workers() * workers:,.0f} MB together (goal < 4 GB)")


def scenario(name, lines, speeds, oneway, xy, baseline):
    rng = np.random.default_rng(7)
    lo, hi = xy.min(0), xy.max(0)
    t0 = time.perf_counter()
    net = nw.build_network(lines, speeds, oneway)
    t_build = time.perf_counter() - t0
    print(f"[{name}] build_network: {net.n_edges:,} edges, {net.n_nodes:,} nodes in {t_build:.1f} s "
          f"(peak {peak_mb():,.0f} MB)")

    origins_xy = rng.uniform(lo, hi, (100_000, 2))
    dest_xy = rng.uniform(lo, hi, (2_000, 2))
    t0 = time.perf_counter()
    origins = nw.attach_points(net, origins_xy, 500.0)
    destinations = nw.attach_points(net, dest_xy, 500.0)
    t_attach = time.perf_counter() - t0
    t0 = time.perf_counter()
    nearest = nw.travel_times(net, origins, destinations)
    t_nearest = time.perf_counter() - t0
    total = t_attach + t_nearest
    print(f"[{name}] nearest destination, 100,000 origins → 2,000 destinations: attach {t_attach:.1f} s + Dijkstra "
          f"{t_nearest:.1f} s = {total:.1f} s (goal < 10 s; build not included: {t_build:.1f} s); median "
          f"{np.nanmedian(nearest.time_min):.1f} min, max {np.nanmax(nearest.time_min):.1f} min; "
          f"unattached {len(origins.unattached)} (peak {peak_mb():,.0f} MB)")

    sample = rng.choice(100_000, 6_000, replace=False)
    sub = nw.attach_points(net, origins_xy[sample], 500.0)
    t0 = time.perf_counter()
    opp = nw.opportunities(net, sub, destinations, np.ones(2_000), 45.0)
    t_opp = time.perf_counter() - t0
    print(f"[{name}] opportunities within 45 min, 6,000 origins × 2,000 destinations: {t_opp:.1f} s (goal < 120 s; "
          f"{net.chains.n_junctions:,} junctions after contraction, {nw.default_workers()} worker process(es)); "
          f"median {np.nanmedian(opp):.0f} destinations reachable (peak {peak_mb():,.0f} MB)")
    if not baseline:
        return

    # baseline: one Dijkstra per origin (scipy, one source at a time), nearest destination by scanning them all
    graph, virtual, points = nw._augmented(net, origins, reverse=False)
    e = destinations.edge[destinations.attached]
    du, dv = net.edge_u[e], net.edge_v[e]
    fu, fv = destinations.from_u[destinations.attached], destinations.from_v[destinations.attached]
    picks = rng.choice(len(points), 50, replace=False)
    t0 = time.perf_counter()
    loop = []
    for k in picks:
        dist = dijkstra(graph, directed=True, indices=virtual[k])
        loop.append(np.min(np.minimum(dist[du] + fu, dist[dv] + fv)) - nw._SHIFT)
    t_loop = (time.perf_counter() - t0) / len(picks) * 100_000
    # the loop ignores the rare origin and destination on the same edge; compare where that cannot matter
    ours = nearest.time_min[points[picks]]
    agree = np.isclose(np.array(loop), ours, rtol=1e-9) | (ours < np.array(loop))
    print(f"[{name}] baseline per-origin scipy Dijkstra loop: 50 origins in {t_loop / 2000:.1f} s → "
          f"{t_loop:,.0f} s for "
          f"100,000 ({t_loop / 3600:.1f} h); ratio to the multi-source run {t_loop / total:,.0f}× "
          f"(Dijkstra alone {t_loop / t_nearest:,.0f}×); answers agree for {agree.sum()}/50")


if __name__ == "__main__":
    main()
