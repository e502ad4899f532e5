"""Benchmark: nearest destination with `methods/network.py` against a loop of QGIS's own Dijkstra (issue 5).

Run with `.venv/bin/python bench/bench_network_qgis.py` (headless, QT_QPA_PLATFORM=offscreen). The network, the
100,000 origins and the 2,000 destinations are exactly those of bench/bench_network.py's "junction grid" (its
``grid()`` with seed 2024, the points drawn in the same order from seed 7): a 700 × 700 perturbed grid, 978,600
edges, 490,000 nodes, 30–110 km/h per line, 10 % one-way lines. The sampled origins are drawn after them.

1. Ours, as bench_network.py does it: ``build_network`` (reported, not counted), then ``attach_points`` for
   both point sets + ``travel_times`` (one multi-source Dijkstra) for 100,000 origins × 2,000 destinations.
2. QGIS: the lines in a memory layer (LineString, EPSG:3006, fields ``speed`` km/h and ``oneway`` 0 both ways,
   1 forwards, -1 backwards, read by QgsVectorLayerDirector as the strings "0", "1", "-1"); the graph from
   QgsVectorLayerDirector + QgsNetworkSpeedStrategy(speed, factor 1000/60, so the cost is length / (km/h · 1000/60
   m/min) = minutes, our unit) + QgsGraphBuilder(EPSG:3006, topology tolerance 0, ellipsoid "NONE" so that edge
   lengths are planar like ours; the default "WGS84" measures on the ellipsoid, 3–4e-4 longer here). The graph
   build is timed and reported separately (not in the ratio, like ours).
   Points: no tie points (makeGraph's tie-point snapping scans every segment per point: hopeless for 100,000
   points). Every origin and destination is mapped to the NEAREST GRAPH VERTEX by coordinates (cKDTree over the
   QgsGraph vertex points; not timed). So the QGIS loop answers vertex → vertex without access legs or edge
   splitting: less work than ours, which makes the ratio conservative.
   Baseline loop: for a random sample of the origins (as many as fit about 30 s after one first call, 10 to 40),
   per origin ``QgsGraphAnalyzer.dijkstra(graph, vertex, 0)``, the cost list to numpy (a user's loop must do this
   too) and the minimum over the 2,000 destination vertices, all timed; extrapolated to 100,000 origins. Ratios:
   QGIS loop / ours (attach + Dijkstra) and / ours (Dijkstra alone). Goal ≥ 50×.
3. Check: the QGIS vertex set must be our node set (every QGIS vertex at distance 0 from a node). For each sampled
   origin a scipy Dijkstra on our ``net.graph`` from the same vertex (untimed) must give the same nearest
   destination-vertex time to 1e-6 relative; the whole cost vectors (all 490,000 vertices) are compared too.
Prints seconds, ratios, the peak resident memory (resource.getrusage) and the load average. About 2 minutes on 2
idle vCPUs, most of it QGIS's graph build (~50 s) and the loop.
"""

import gc
import importlib.util
import os
import time
from pathlib import Path

import numpy as np
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "XDG_RUNTIME_DIR" not in os.environ:
    os.environ["XDG_RUNTIME_DIR"] = str(REPO / "build" / "xdg")
    (REPO / "build" / "xdg").mkdir(parents=True, exist_ok=True)

from qgis.analysis import (  # noqa: E402
    QgsGraphAnalyzer,
    QgsGraphBuilder,
    QgsNetworkSpeedStrategy,
    QgsVectorLayerDirector,
)
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsLineString, QgsVectorLayer  # noqa: E402

# bench_network.py: grid(), SIDE, SPACING, peak_mb() and `nw` (it stages the plugin package on import)
_spec = importlib.util.spec_from_file_location("bench_network", Path(__file__).resolve().parent / "bench_network.py")
bn = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bn)
nw = bn.nw
peak_mb = bn.peak_mb

N_ORIGINS, N_DESTINATIONS = 100_000, 2_000
LOOP_BUDGET_S, MAX_SAMPLE, MIN_SAMPLE = 30.0, 40, 10


def main():
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    run()
    # the graph, director, builder and layer must be gone before QGIS shuts down, or the interpreter crashes at exit
    gc.collect()
    app.exitQgis()


def qgis_graph(lines, speeds, oneway):
    """Memory layer + QgsVectorLayerDirector/QgsNetworkSpeedStrategy/QgsGraphBuilder → (QgsGraph, fill s, build s)."""
    t0 = time.perf_counter()
    layer = QgsVectorLayer("LineString?crs=EPSG:3006&field=speed:double&field=oneway:integer", "roads", "memory")
    features = []
    for line, speed, way in zip(lines, speeds, oneway):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry(QgsLineString(line[:, 0].tolist(), line[:, 1].tolist())))
        feature.setAttributes([float(speed), int(way)])
        features.append(feature)
    ok, _ = layer.dataProvider().addFeatures(features)
    assert ok and layer.featureCount() == len(lines) and layer.crs().authid() == "EPSG:3006"
    del features
    t_fill = time.perf_counter() - t0

    t0 = time.perf_counter()
    fields = layer.fields()
    director = QgsVectorLayerDirector(layer, fields.indexOf("oneway"), "1", "-1", "0",
                                      QgsVectorLayerDirector.DirectionBoth)
    # cost = length_m / (speed_kmh · 1000/60) = minutes; the default speed (1 km/h) is never used here
    director.addStrategy(QgsNetworkSpeedStrategy(fields.indexOf("speed"), 1.0, 1000.0 / 60.0))
    builder = QgsGraphBuilder(layer.crs(), True, 0.0, "NONE")
    director.makeGraph(builder, [])
    graph = builder.takeGraph()  # 3.22: graph() stays owned by the builder and dies with it
    t_build = time.perf_counter() - t0
    del builder, director, layer
    return graph, t_fill, t_build


def run():
    # as bench_network.py's "junction grid" scenario: the network from seed 2024, the points from seed 7
    lines, speeds, oneway, xy = bn.grid(np.random.default_rng(2024))
    rng = np.random.default_rng(7)
    lo, hi = xy.min(0), xy.max(0)

    # -- ours, exactly as bench_network.py --------------------------------------------------------------------
    t0 = time.perf_counter()
    net = nw.build_network(lines, speeds, oneway)
    t_build = time.perf_counter() - t0
    origins_xy = rng.uniform(lo, hi, (N_ORIGINS, 2))
    dest_xy = rng.uniform(lo, hi, (N_DESTINATIONS, 2))
    t0 = time.perf_counter()
    origins = nw.attach_points(net, origins_xy, 500.0)
    destinations = nw.attach_points(net, dest_xy, 500.0)
    t_attach = time.perf_counter() - t0
    t0 = time.perf_counter()
    nearest = nw.travel_times(net, origins, destinations)
    t_nearest = time.perf_counter() - t0
    ours = t_attach + t_nearest
    n_directed = int(net.edge_forward.sum() + net.edge_backward.sum())
    print(f"ours: build_network {net.n_edges:,} edges ({n_directed:,} directed), {net.n_nodes:,} nodes in "
          f"{t_build:.1f} s; nearest destination 100,000 → 2,000: attach {t_attach:.1f} s + Dijkstra "
          f"{t_nearest:.1f} s = {ours:.1f} s (goal < 10 s); median {np.nanmedian(nearest.time_min):.1f} min "
          f"(peak {peak_mb():,.0f} MB)")

    # -- QGIS graph ---------------------------------------------------------------------------------------------
    graph, t_fill, t_qbuild = qgis_graph(lines, speeds, oneway)
    n_vertices, n_edges = graph.vertexCount(), graph.edgeCount()
    t0 = time.perf_counter()
    vertex_xy = np.array([(p.x(), p.y()) for p in (graph.vertex(i).point() for i in range(n_vertices))])
    t_points = time.perf_counter() - t0
    print(f"QGIS: memory layer {len(lines):,} lines in {t_fill:.1f} s; QgsGraphBuilder + QgsVectorLayerDirector "
          f"graph {n_vertices:,} vertices, {n_edges:,} directed edges in {t_qbuild:.1f} s (build not in the ratio); "
          f"vertex points read in {t_points:.1f} s (peak {peak_mb():,.0f} MB)")

    # QGIS vertex → our node (must be exact), and points → nearest QGIS vertex
    snap, to_node = cKDTree(net.node_xy).query(vertex_xy)
    vertices = cKDTree(vertex_xy)
    sample = rng.choice(N_ORIGINS, MAX_SAMPLE, replace=False)
    o_dist, o_vertex = vertices.query(origins_xy[sample])
    d_dist, d_vertex = vertices.query(dest_xy)
    d_node = to_node[d_vertex]
    same = n_vertices == net.n_nodes == len(np.unique(to_node)) and snap.max() == 0.0
    print(f"same vertex set: {same} (one-to-one, largest QGIS vertex → node "
          f"distance {snap.max():g} m); points → nearest graph vertex: median {np.median(d_dist):.0f} m, "
          f"max {max(o_dist.max(), d_dist.max()):.0f} m")

    # -- QGIS loop ------------------------------------------------------------------------------------------------
    t0 = time.perf_counter()
    _, cost = QgsGraphAnalyzer.dijkstra(graph, int(o_vertex[0]), 0)
    one = np.asarray(cost)[d_vertex].min()
    t_one = time.perf_counter() - t0
    del cost
    n_sample = int(np.clip(LOOP_BUDGET_S // t_one, MIN_SAMPLE, MAX_SAMPLE))
    loop, check, worst = np.empty(n_sample), np.empty(n_sample), 0.0
    t_loop = 0.0
    same_reach = True
    for k in range(n_sample):
        start = int(o_vertex[k])
        t0 = time.perf_counter()
        _, cost = QgsGraphAnalyzer.dijkstra(graph, start, 0)
        cost = np.asarray(cost)
        loop[k] = cost[d_vertex].min()
        t_loop += time.perf_counter() - t0
        # untimed check against scipy on our graph, vertex to vertex
        ref = dijkstra(net.graph, directed=True, indices=int(to_node[start]))
        check[k] = ref[d_node].min()
        ref = ref[to_node]  # in QGIS vertex order
        finite = np.isfinite(ref)
        same_reach &= bool(np.array_equal(finite, np.isfinite(cost)))
        worst = max(worst, float(np.max(np.abs(cost[finite] - ref[finite]) / np.maximum(ref[finite], 1e-12))))
    per = t_loop / n_sample
    qgis = per * N_ORIGINS
    agree = np.isclose(loop, check, rtol=1e-6, atol=0.0)
    print(f"QGIS loop, QgsGraphAnalyzer.dijkstra per origin + cost list to numpy + min over 2,000 destination "
          f"vertices: first call {t_one:.2f} s (vertex-to-vertex nearest {one:.1f} min); {n_sample} origins in "
          f"{t_loop:.1f} s = {per:.2f} s each → {qgis:,.0f} s for 100,000 ({qgis / 3600:.1f} h)")
    print(f"ratio QGIS loop / ours: {qgis / ours:,.0f}× (attach + Dijkstra {ours:.1f} s), {qgis / t_nearest:,.0f}× "
          f"(Dijkstra alone {t_nearest:.1f} s); goal ≥ 50×")
    print(f"answers: QGIS vertex-to-vertex nearest time = scipy on net.graph (rtol 1e-6) for {agree.sum()}/"
          f"{n_sample} origins (median {np.median(loop):.2f} min); whole cost vectors: same reachable set "
          f"{same_reach}, max relative difference {worst:.1e}")
    print(f"peak memory {peak_mb():,.0f} MB; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(timings are comparable only on an otherwise idle machine)")
    del graph


if __name__ == "__main__":
    main()
