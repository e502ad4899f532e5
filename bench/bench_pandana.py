"""Benchmark: the plugin's network measures against pandana (contraction hierarchies) on the same networks.

Run with `.venv/bin/python bench/bench_pandana.py [--national-scale S]` (`make bench` installs pandana 0.7: see the
Makefile). No qgis import. Networks: the junction grid and the shaped grid of bench_network.py (its generators,
same seed), and the national network of bench_national.py at ``--national-scale`` (default 0.2, a fifth of Sweden:
1 M segments; 0 leaves it out; 1 is the full 5 M-segment case, which takes pandana many minutes).

Both engines get the same edges and weights: the plugin's directed graph (``Network.graph``: one edge per drivable
direction, the cheapest of parallel segments, minutes), given to pandana with twoway=False. The points sit exactly
on nodes for both, so that the answers are comparable: for the plugin an ``Attachment`` at the node (fraction 0 or 1
of an incident edge, no access leg), for pandana the node itself (set_pois maps the node's own coordinates to it).
County networks: 100,000 origins and 2,000 destinations on random nodes; national: the nodes nearest the generated
250 m cells and tätort centres (along the edge each one attaches to).

Measured (each with the load average):
- pandana's build: ``pandana.Network`` (copies the edges in, contracts the graph (its CH preprocessing, OpenMP on
  every core) and builds a KDTree of the nodes), and per query the POI index (``set_pois``); the plugin's
  ``build_network`` is not included on its side either (the same graph is the input of both).
- nearest destination: the plugin's ``travel_times`` for the origins (no bound), then pandana's
  ``nearest_pois(num_pois=1)``, which answers for every node of the network, bounded at the plugin's largest answer
  rounded up to 5 minutes (pandana needs a bound; its query time grows with it).
- opportunities (destinations summed within T): pandana ``aggregate(T, "sum", decay="flat")``, which answers for
  every node, against the plugin's ``opportunities`` for the origins (6,000 on the county networks as in
  bench_network.py, every distinct origin node nationally). At T = 5 min both run in full; at T = 45 min (30
  nationally) pandana's full run would take hours, so its time is estimated (marked "est."): range queries from 300
  of the origin nodes (``nodes_in_range``, which also give the sums compared), per node, scaled by the ratio of
  aggregate to nodes_in_range per node measured at 5 min (nodes_in_range returns Python lists and is several times
  slower per node; the ratio grows with T, 0.05 at 2 min to 0.43 at 10 min on a small grid, so the estimate is a
  lower bound of pandana's time, and the unscaled one an upper bound), times the nodes aggregate answers.
- origin-destination pairs (50 origins × every destination), where a contraction hierarchy is at its best:
  pandana ``shortest_path_lengths`` (one CH query per pair) against the plugin's ``od_blocks`` (one search per
  origin).
- agreement: the origins whose answers differ and by how much. pandana stores every edge weight as an unsigned
  integer of weight × 1000 (truncated: ``DISTANCEMULTFACT``), so its times are shorter by up to 0.001 min per edge
  of the path; the error on the given weights is printed.

Prints the timings side by side with the ratio (pandana ÷ plugin). About 25 minutes on 2 vCPUs with the default
national scale (pandana's contraction and its full aggregate runs take most of it), 2.1 GB at most.

Measured 2026-12-02 (commit 96da579, 2 vCPUs shared, load average 1.5–5 during the run; seconds, pandana ÷ plugin):
junction grid: preparation 2.9 vs 157.9 (54×), nearest 1.1 vs 28.5 (27×), opportunities 5 min 9.9 vs 131 (13×),
45 min 158 vs ≥ 2,338 est. (≥ 15×), 100,000 OD pairs 14.9 vs 16.6 (1.1×); shaped grid: 0.8 vs 55.5 (66×), 0.3 vs
23.5 (83×), 5.4 vs 225 (42×), 34 vs ≥ 2,306 est. (≥ 67×), 4.8 vs 5.3 (1.1×); national × 0.2: 1.2 vs 25.4, 0.2 vs
14.4 (95×), 0.8 vs 176 (209×), 1.1 vs ≥ 252 est., 20,000 OD pairs 3.2 vs 0.5 (pandana 6× ahead). pandana's times
are shorter by the truncation (nearest: mean 0.005–0.04 min, up to 0.7 min on 3-hour paths; OD pairs up to 3.4
min), so it counts more destinations within T (45 min on the junction grid: 99 % of the origins, +5.5 on average).
Where pandana is ahead: single origin-destination pairs (one CH query, 24–170 µs, no search per origin), and per
answered node at short T (0.2–0.3 ms per node at 5 min): a question about a few nodes' ranges, or about every node
at once where the plugin's cost per origin would not be shared. Where the plugin is ahead: everything that
searches from the smaller side (2,000 destinations) and needs no preprocessing: nearest, opportunities at any T
(pandana's range queries grow with T², the plugin's searches with the junctions within T), and exact times.
"""

import argparse
import contextlib
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import bench_network  # noqa: E402 (sets up the strukturbild import path)
import national_network  # noqa: E402
import pandana  # noqa: E402
import pandas as pd  # noqa: E402
from strukturbild.processing_algorithms.methods import network as nw  # noqa: E402

N_ORIGINS, N_DEST, N_OPP = 100_000, 2_000, 6_000
PAIR_ORIGINS = 50  # origins whose times to every destination are asked pair by pair
SAMPLE = 300  # origin nodes whose range queries time pandana's aggregate when a full run would take too long


def load():
    return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


@contextlib.contextmanager
def quiet():
    """pandana's C++ part prints progress to the process's stdout: send it to /dev/null meanwhile."""
    sys.stdout.flush()
    saved = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(devnull)
        os.close(saved)


def timed(function, *args, **kwargs):
    t0 = time.perf_counter()
    with quiet():
        result = function(*args, **kwargs)
    return result, time.perf_counter() - t0, load()


def node_attachment(net, nodes):
    """Points exactly at the given nodes: an incident edge (the lowest-numbered leaving it, else entering it) at
    fraction 0 or 1, no access leg; split costs as attach_points computes them."""
    m = net.n_edges
    first_u = np.full(net.n_nodes, -1, dtype=np.int64)
    first_v = np.full(net.n_nodes, -1, dtype=np.int64)
    first_u[net.edge_u[::-1]] = np.arange(m)[::-1]
    first_v[net.edge_v[::-1]] = np.arange(m)[::-1]
    at_u = first_u[nodes] >= 0
    edge = np.where(at_u, first_u[nodes], first_v[nodes])
    f = np.where(at_u, 0.0, 1.0)
    cost, fwd, bwd = net.edge_cost[edge], net.edge_forward[edge], net.edge_backward[edge]
    zero = np.zeros(len(nodes))
    return nw.Attachment(edge=edge, fraction=f, distance=zero.copy(), access=zero.copy(),
                         snapped_xy=net.node_xy[nodes].copy(),
                         to_u=np.where(bwd | (f == 0), f * cost, np.inf),
                         to_v=np.where(fwd | (f == 1), (1 - f) * cost, np.inf),
                         from_u=np.where(fwd | (f == 0), f * cost, np.inf),
                         from_v=np.where(bwd | (f == 1), (1 - f) * cost, np.inf))


def pandana_network(net):
    g = net.graph.tocoo()
    xy = net.node_xy
    return timed(pandana.Network, pd.Series(xy[:, 0]), pd.Series(xy[:, 1]), pd.Series(g.row.astype(np.int64)),
                 pd.Series(g.col.astype(np.int64)), pd.DataFrame({"minutes": g.data}), twoway=False)


def truncation(net):
    w = net.graph.data
    stored = np.floor(w * 1000.0) / 1000.0
    err = w - stored
    return (f"pandana's stored weights (⌊minutes × 1000⌋ / 1000): truncation error mean {err.mean() * 60_000:.0f} "
            f"ms, max {err.max() * 60_000:.0f} ms per edge ({np.mean(err / w) * 100:.3f} % of the weight on "
            f"average); {int((stored == 0).sum()):,} of {len(w):,} edges become 0")


def agreement(ours, theirs, what):
    both = np.isfinite(ours) & np.isfinite(theirs)
    diff = theirs[both] - ours[both]
    reach = int((np.isfinite(ours) != np.isfinite(theirs)).sum())
    tol = 1e-6 * np.maximum(1.0, np.abs(ours[both]))
    n_diff = int((np.abs(diff) > tol).sum())
    text = (f"{what}: {n_diff:,} of {len(ours):,} differ beyond round-off ({np.mean(diff < -tol) * 100:.1f} % "
            f"lower in pandana, {np.mean(diff > tol) * 100:.1f} % higher)")
    if len(diff):
        text += f", mean {diff.mean():+.4f}, largest {diff[np.argmax(np.abs(diff))]:+.4f}"
    if reach:
        text += f"; {reach} reached by one engine only"
    return text


def compare(rows, name, net, origin_nodes, dest_nodes, opp_nodes, thresholds):
    """Run both engines on one network; append (query, plugin s, pandana s, note) rows."""
    print(f"[{name}] {net.n_edges:,} segments → {net.graph.nnz:,} directed edges on {net.n_nodes:,} nodes; "
          f"{len(origin_nodes):,} origins, {len(dest_nodes):,} destinations on nodes [{load()}]")
    print(f"[{name}] {truncation(net)}")
    origins, dests = node_attachment(net, origin_nodes), node_attachment(net, dest_nodes)
    opp_origins = node_attachment(net, opp_nodes)
    t0 = time.perf_counter()
    _ = net.graph_reversed
    prep_plugin = time.perf_counter() - t0
    t0 = time.perf_counter()
    _ = net.chains
    prep_chains = time.perf_counter() - t0
    pnet, t_build, ld = pandana_network(net)
    print(f"[{name}] preparation: pandana.Network {t_build:.1f} s [{ld}] (contraction hierarchy, KDTree; peak "
          f"{peak_mb():,.0f} MB in this process) vs the plugin's transposed graph {prep_plugin:.1f} s and "
          f"degree-2 contraction {prep_chains:.1f} s")
    rows.append((name, "preparation (pandana.Network vs transpose + contract)", prep_plugin + prep_chains, t_build,
                 "", ""))

    # nearest destination: the plugin first, unbounded; pandana's bound is its largest answer rounded up to 5 min
    t0 = time.perf_counter()
    ours = nw.travel_times(net, origins, dests)
    t_near = time.perf_counter() - t0
    ld_o = load()
    finite = ours.time_min[np.isfinite(ours.time_min)]
    near_limit = 5.0 * np.ceil(finite.max() / 5.0 + 1e-9) if len(finite) else 60.0
    xy = net.node_xy
    _, t_poi, ld_poi = timed(pnet.set_pois, "d", near_limit, 1, pd.Series(xy[dest_nodes, 0]),
                             pd.Series(xy[dest_nodes, 1]))
    theirs, t_near_p, ld_p = timed(pnet.nearest_pois, near_limit, "d", num_pois=1, max_distance=np.inf)
    theirs = theirs[1].to_numpy()
    print(f"[{name}] nearest destination: plugin travel_times {t_near:.1f} s for {len(origin_nodes):,} origins "
          f"[{ld_o}]; pandana within {near_limit:g} min (the plugin's largest answer rounded up): set_pois "
          f"{t_poi:.1f} s [{ld_poi}] + nearest_pois {t_near_p:.1f} s for all {net.n_nodes:,} nodes [{ld_p}]; "
          f"{agreement(ours.time_min, theirs[origin_nodes], 'times')}")
    rows.append((name, f"nearest (pandana bounded at {near_limit:g} min)", t_near, t_poi + t_near_p,
                 f"pandana answers all {net.n_nodes:,} nodes", ""))

    weights = np.ones(len(dest_nodes))
    with quiet():
        pnet.set(pd.Series(dest_nodes), pd.Series(weights), name="w")
    ext_ids = pnet.node_idx.index.values
    at_node = np.zeros(net.n_nodes)
    np.add.at(at_node, dest_nodes, weights)
    # opp_nodes are sorted and distinct
    sample = opp_nodes[np.linspace(0, len(opp_nodes) - 1, min(SAMPLE, len(opp_nodes))).astype(np.int64)]
    factor = None
    for threshold in thresholds:
        t0 = time.perf_counter()
        ours = nw.opportunities(net, opp_origins, dests, weights, threshold)
        t_opp = time.perf_counter() - t0
        ld_o = load()
        sums, per_range = range_sums(pnet, sample, threshold, at_node, ext_ids)
        if factor is None:
            # the first (short) threshold: pandana's real aggregate over every node, which also calibrates the
            # sampled range queries (nodes_in_range returns Python lists: far slower per node than aggregate)
            theirs, t_agg, ld_p = timed(pnet.aggregate, threshold, type="sum", decay="flat", name="w")
            theirs = theirs.to_numpy()[opp_nodes]
            per_node = t_agg / net.n_nodes
            factor = per_node / per_range
            compared = agreement(ours, theirs, "sums")
            how = (f"aggregate {t_agg:.1f} s for all {net.n_nodes:,} nodes [{ld_p}] ({per_node * 1000:.2f} ms per "
                   f"node; nodes_in_range takes {1 / factor:.1f}× that)")
            mark = ""
        else:
            per_node = per_range * factor
            t_agg = per_node * net.n_nodes
            compared = agreement(ours[np.searchsorted(opp_nodes, sample)], sums,
                                 f"sums on the {len(sample)} sampled origins")
            how = (f"aggregate est. ≥ {t_agg:,.0f} s for all {net.n_nodes:,} nodes ({per_node * 1000:.1f} ms per "
                   f"node: {len(sample)} nodes_in_range queries, {per_range * 1000:.1f} ms each, × {factor:.3f} "
                   f"as measured at {thresholds[0]:g} min; that ratio grows with T, so this is a lower bound, and "
                   f"{per_range * net.n_nodes:,.0f} s unscaled an upper one)")
            mark = "≥"
        print(f"[{name}] opportunities within {threshold:g} min: plugin opportunities {t_opp:.1f} s for "
              f"{len(opp_nodes):,} origins [{ld_o}]; pandana {how}; {compared}")
        rows.append((name, f"opportunities within {threshold:g} min", t_opp, t_agg,
                     ("pandana's time estimated, a lower bound; " if mark else "")
                     + f"pandana answers all {net.n_nodes:,} nodes; per origin (pandana per node) "
                     f"{t_opp / len(opp_nodes) * 1e6:,.0f} µs vs {per_node * 1e6:,.0f} µs", mark))

    # point-to-point: PAIR_ORIGINS × all destinations, pandana one CH query per pair, the plugin's od_blocks (one
    # unbounded search per origin on the contracted graph, shared among its workers)
    pick = opp_nodes[np.linspace(0, len(opp_nodes) - 1, PAIR_ORIGINS).astype(np.int64)]
    o_ids, d_ids = np.repeat(pick, len(dest_nodes)), np.tile(dest_nodes, len(pick))
    theirs, t_pairs_p, ld_p = timed(pnet.shortest_path_lengths, o_ids, d_ids)
    theirs = np.asarray(theirs, dtype=float).reshape(len(pick), len(dest_nodes))
    theirs[theirs > 4e6] = np.inf  # unreachable: pandana returns the largest unsigned int / 1000
    t0 = time.perf_counter()
    ours = np.full((len(pick), len(dest_nodes)), np.inf)
    for oi, dj, times in nw.od_blocks(net, node_attachment(net, pick), dests):
        ours[np.ix_(oi, dj)] = times
    t_pairs = time.perf_counter() - t0
    ld_o = load()
    print(f"[{name}] {len(o_ids):,} origin-destination pairs ({len(pick)} origins × {len(dest_nodes):,} "
          f"destinations): plugin od_blocks {t_pairs:.1f} s [{ld_o}]; pandana shortest_path_lengths "
          f"{t_pairs_p:.1f} s ({t_pairs_p / len(o_ids) * 1e6:.0f} µs per pair) [{ld_p}]; "
          f"{agreement(ours.ravel(), theirs.ravel(), 'times')}")
    rows.append((name, f"{len(o_ids):,} OD pairs ({len(pick)} origins × all destinations)", t_pairs, t_pairs_p,
                 "pandana: one CH query per pair", ""))
    del pnet


def range_sums(pnet, sample, threshold, at_node, ext_ids):
    """pandana's range query (nodes_in_range) from each sampled node, reduced to the sum of at_node within the
    threshold as aggregate forms it; returns (sums, seconds per node). In batches, each reduced at once: a 45-minute
    range holds hundreds of thousands of nodes, which pandana returns as Python lists (300 at once took 9 GB)."""
    sums, seconds = [], 0.0
    for batch in np.array_split(sample, max(1, len(sample) // 20)):
        ranges, t, _ = timed(pnet.net.nodes_in_range, batch, threshold, 0, ext_ids)
        seconds += t
        for r in ranges:
            r = np.asarray(r)
            sums.append(at_node[r[:, 0].astype(np.int64)][r[:, 1] <= threshold].sum())
        del ranges
    return np.array(sums), seconds / len(sample)


def county(rows, name, make):
    lines, speeds, oneway, _ = make(np.random.default_rng(2024))
    net = nw.build_network(lines, speeds, oneway)
    rng = np.random.default_rng(7)
    origin_nodes = rng.choice(net.n_nodes, N_ORIGINS, replace=False)
    dest_nodes = rng.choice(net.n_nodes, N_DEST, replace=False)
    opp_nodes = np.sort(origin_nodes[:N_OPP])
    compare(rows, name, net, origin_nodes, dest_nodes, opp_nodes, (5.0, 45.0))


def national(rows, scale):
    case = national_network.generate(scale)
    net = nw.build_network(case.lines(), case.speeds, case.oneway)
    origins, dests = nw.attach_pair(net, case.origins, case.destinations, 1000.0)

    def nodes(att):
        a = att.attached
        e = att.edge[a]
        return np.where(att.fraction[a] < 0.5, net.edge_u[e], net.edge_v[e]).astype(np.int64)

    origin_nodes, dest_nodes = nodes(origins), np.unique(nodes(dests))
    compare(rows, f"national × {scale:g}", net, origin_nodes, dest_nodes, np.unique(origin_nodes), (5.0, 30.0))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--national-scale", type=float, default=0.2)
    args = parser.parse_args()
    print(f"pandana {pandana.__version__}, OpenMP threads: {os.cpu_count()} cores; plugin workers "
          f"{nw.default_workers()}")
    rows = []
    county(rows, "junction grid", bench_network.grid)
    county(rows, "shaped grid", bench_network.shaped_grid)
    if args.national_scale > 0:
        national(rows, args.national_scale)
    print(f"\n{'network':18s} {'query':56s} {'plugin s':>9s} {'pandana s':>10s} {'pandana ÷ plugin':>17s}  note")
    for name, query, ours, theirs, note, mark in rows:
        ratio = f"{mark}{theirs / max(ours, 1e-9):.1f}×"
        print(f"{name:18s} {query:56s} {ours:9.1f} {mark:>1s}{theirs:9.1f} {ratio:>17s}  {note}")
    print(f"[{load()}]; peak memory {peak_mb():,.0f} MB in this process")


if __name__ == "__main__":
    main()
