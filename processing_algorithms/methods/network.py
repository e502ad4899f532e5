"""Road-network travel times and accessibility measures (issue 5's network model) in pure numpy/scipy.

No qgis import. A Processing adapter reads a line layer (NVDB, OSM, Lantmäteriet) into arrays, recognises its speed
and one-way fields, reprojects to a projected CRS and writes the outputs; everything here works on arrays.

API
---
- ``build_network(lines, speeds_kmh, oneway=None, tolerance=0.0) -> Network``
- ``attach_points(network, points, max_snap, access_speed_kmh=5.0, reach=None) -> Attachment``;
  ``subset(attachment, keep)``
- ``attach_pair(network, origins, destinations, max_snap, access_speed_kmh=5.0) -> (Attachment, Attachment)``;
  ``attach_among(network, points, max_snap, access_speed_kmh=5.0) -> Attachment``; ``require_edges(network)``
- ``travel_times(network, origins, destinations, limit_minutes=inf, feedback=None) -> TravelTimes``
- ``opportunities(network, origins, destinations, weights, threshold_minutes, feedback=None) -> (n_origins,)``
- ``gravity(network, origins, destinations, weights, beta, limit_minutes=inf, feedback=None) -> (n_origins,)``
- ``two_step_fca(network, origins, destinations, supply, demand, threshold_minutes, feedback=None) -> (n_origins,)``
- ``components(network, origins=None, destinations=None, connection="weak") -> ComponentReport``
- ``service_area(network, destinations, breaks_minutes, direction="from", feedback=None) -> ServiceArea``

Definitions
-----------
- Lines: a list of (k, 2) float arrays of vertex coordinates in a projected CRS (metres), one per line feature
  (extra columns such as z are ignored). Never pass degrees: the adapter reprojects a geographic CRS first.
- Nodes: every distinct vertex is a node. Vertices of different lines (or of the same line) with exactly equal
  coordinates are one node. With ``tolerance > 0`` vertices closer than ``tolerance`` metres are merged as well
  (cKDTree pairs, then connected components = union-find; merging is transitive, so a chain of near vertices
  becomes one node placed at the mean of its members).
- Edges: every segment between consecutive vertices of a line is an edge u→v in digitising order. Its length is the
  segment's planar length (original coordinates, not the snapped ones) and its cost length / speed in minutes
  (length_m · 0.06 / speed_kmh). Dropped and counted: zero-length or non-finite segments and segments whose two
  ends snap to the same node (``Network.dropped_segments``); lines left with no edge, i.e. fewer than 2 distinct
  vertices (``Network.dropped_lines``, indices). Lines whose speed is ≤ 0, NaN or infinite are left out of the
  graph and listed in ``Network.bad_speed_lines``: the adapter decides whether that is an error or whether to call
  again with a default speed for them.
- One-way: per line 0 = both directions, 1 = forwards only (digitising order), -1 = backwards only.
- The graph (``Network.graph``) is a scipy CSR matrix, node × node, directed, with the cheapest of parallel edges.
- Points (origins, destinations) join the network at the nearest point of the nearest edge (exact point-segment
  distance; the candidates come from a cKDTree over points sampled along every edge at a spacing of at most the
  median edge length, searched within best-distance + half the spacing, so the answer is exact). The access leg
  (snap distance) is costed at ``access_speed_kmh``. Points farther than ``max_snap`` metres (or with non-finite
  coordinates, or with an empty network) are unattached. An attached point at fraction f along edge u→v with cost c
  and access a reaches u in a + f·c (if the edge may be driven v→u, or f = 0) and v in a + (1 − f)·c (if it may be
  driven u→v, or f = 1); it is reached from u in f·c + a (u→v allowed or f = 0) and from v in (1 − f)·c + a.
- The attach rule of the measures (``attach_pair``): destinations join their nearest edge; origins the nearest edge
  of a *part* of the network (weakly connected component, one-way streets ignored) that holds an attached
  destination, so a piece of road cut off from every destination never captures them (``reach``). Still within
  ``max_snap``, else unattached. ``Attachment.farther`` lists the points attached farther than their nearest edge,
  ``Attachment.cut_off`` those unattached only because every road within ``max_snap`` is cut off. Zones that are
  origins and destinations at once join a part holding another zone (``attach_among``).
- Travel time from origin i to destination j: the shortest path in the network where both points are inserted as
  nodes on their edges: origin → (u or v of its edge) → network → (u or v of the destination's edge) →
  destination, or directly along the edge when both lie on the same edge and its direction allows it. Times are in
  minutes and include both access legs.
- Unattached origins get NaN; origins that reach no destination (within the limit) get inf and index -1.
  Unattached destinations are ignored.

Algorithms: scipy.sparse.csgraph.dijkstra only. Nodes are numbered along a Z-order (Morton) curve of their
coordinates, so that a search's heap and distance arrays touch nearby memory. Nearest destination: ONE multi-source
Dijkstra on the reversed graph from one virtual node per destination (``min_only=True``, which also returns the
winning source, i.e. the nearest destination). The virtual edges carry the split costs above plus a constant shift
(1 minute, subtracted again) so that no edge weight is zero. When most nodes are shape vertices it runs on the
contracted graph (below; the points joined to their chain's ends, same-chain pairs along the chain), else on every
node. Opportunities, gravity and 2SFCA: on the contracted graph (``contract``: shape vertices and other
pass-through nodes removed, one edge per junction-to-junction chain), the same virtual nodes joined to their chain's
two end junctions, on whichever side is smaller (destinations on the reversed graph, or origins on the forward
graph), Dijkstra with ``limit`` in chunks of sources whose distance rows fit a memory budget (256 MB by default for
all processes together); pairs on the same chain also get the direct time along it. Large runs (sources ×
junctions ≥ 2e8) first contract the junctions that hold no point away (``_core_graph``: rounds of independent sets,
shortcuts kept only where no edge or two-edge path is as short; exact). ``od_blocks`` reduces every search to a
dense origin × destination block; ``od_pairs`` (used with a finite limit) reads only the junctions a search reached
and hands out the pairs within the limit, which is what a national run needs (1 M origins, a few within reach of
each destination).

Speed (bench/bench_network.py, bench_national.py, bench_pandana.py; 2 vCPU): see the README's figures and the closing
notes of issues 5 and 13. The time of the many-source measures scales with (smaller side) × (junctions within the
threshold) ÷ workers; scipy's Dijkstra holds the GIL, hence processes rather than threads.

Progress and cancel: every function that takes ``feedback`` calls ``progress.report`` between chunks and raises
``progress.Cancelled`` when the user cancels (a single scipy call cannot be interrupted).

Engines (``engine.py``): by default the chunks run here, and when the first chunk shows that the rest will take long,
in spawned local worker processes. ``od_blocks``, ``opportunities``, ``gravity`` and ``two_step_fca`` take
``engine=``: a dask engine (``engine.engine_for(client or scheduler address)``) runs every chunk as a task on its
cluster (no first chunk here), gathered in order: the blocks are bit-identical to the local run. The nearest
destination is one search and always runs here.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import sys
import threading
import time
import types
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components, depth_first_order, dijkstra
from scipy.spatial import cKDTree

from . import progress
from .errors import MethodError

_KMH_TO_M_PER_MIN = 1000.0 / 60.0
_SHIFT = 1.0  # minutes added to every virtual source edge, so that no weight is an explicit zero
_MEMORY_BUDGET = 256 * 1024 * 1024  # bytes for the dense distance rows of one chunk of sources (per process)
_PARALLEL_SECONDS = 5.0  # estimated search time left below which starting worker processes costs more than it saves


# -- network ---------------------------------------------------------------------------------------------------
@dataclass
class Network:
    """A directed road graph built by ``build_network``.

    Nodes: ``node_xy`` (n_nodes, 2). Edges (one per kept segment, in the order of the lines and their vertices):
    ``edge_u``, ``edge_v`` (node indices, digitising order), ``edge_line`` (index of the input line),
    ``edge_length`` (metres), ``edge_cost`` (minutes, either direction), ``edge_forward`` (u→v allowed),
    ``edge_backward`` (v→u allowed), ``seg_a``, ``seg_b`` (the segment's original end coordinates).
    ``graph``: CSR node × node, forward direction, cheapest of parallel edges. Reports: ``dropped_segments``
    (count), ``dropped_lines`` and ``bad_speed_lines`` (line indices), ``merged_vertices`` (distinct vertex
    positions merged into another by the tolerance).
    """

    node_xy: np.ndarray
    edge_u: np.ndarray
    edge_v: np.ndarray
    edge_line: np.ndarray
    edge_length: np.ndarray
    edge_cost: np.ndarray
    edge_forward: np.ndarray
    edge_backward: np.ndarray
    seg_a: np.ndarray
    seg_b: np.ndarray
    graph: sp.csr_matrix
    dropped_segments: int = 0
    dropped_lines: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    bad_speed_lines: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    merged_vertices: int = 0
    _reversed: Optional[sp.csr_matrix] = field(default=None, repr=False)
    _samples: Optional[tuple] = field(default=None, repr=False)
    _chains: Optional[Chains] = field(default=None, repr=False)
    _edge_parts: Optional[np.ndarray] = field(default=None, repr=False)
    _reach_samples: Optional[tuple] = field(default=None, repr=False)

    @property
    def n_nodes(self):
        return len(self.node_xy)

    @property
    def n_edges(self):
        return len(self.edge_u)

    @property
    def graph_reversed(self):
        """The transposed graph (edge v→u for every allowed u→v): Dijkstra on it gives times *to* the sources."""
        if self._reversed is None:
            self._reversed = self.graph.transpose().tocsr()
        return self._reversed

    @property
    def chains(self):
        """The degree-2-contracted view (``contract``), built on first use and cached."""
        if self._chains is None:
            self._chains = contract(self)
        return self._chains


def _csr_min(rows, cols, weights, n):
    """CSR matrix n × n keeping the smallest weight of duplicate (row, col) entries (scipy would sum them)."""
    # one int64 key per (row, col): a single sort, several times faster than lexsort over three keys
    key = np.asarray(rows, dtype=np.int64) * max(n, 1) + np.asarray(cols, dtype=np.int64)
    order = np.argsort(key, kind="stable")
    key, weights = key[order], np.asarray(weights, dtype=float)[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    starts = np.flatnonzero(first)
    weights = np.minimum.reduceat(weights, starts) if len(starts) else weights
    key = key[starts]
    rows, cols = key // max(n, 1), key % max(n, 1)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    index_type = np.int32 if max(n, len(cols)) < 2**31 - 1 else np.int64
    return sp.csr_matrix((weights, cols.astype(index_type), indptr.astype(index_type)), shape=(n, n))


def build_network(lines, speeds_kmh, oneway=None, tolerance=0.0):
    """Build the directed road graph from line vertex arrays (see the module docstring for every rule).

    lines: sequence of (k, 2) arrays (metres, projected CRS), one per line feature. speeds_kmh: one speed per line.
    oneway: one int per line (0 both ways, 1 forwards only, -1 backwards only) or None (all two-way).
    tolerance: metres; vertices closer than this are merged (0: only exactly equal coordinates connect).
    Returns a ``Network``; lines with speed ≤ 0 / NaN are left out and listed in ``bad_speed_lines``.
    """
    n_lines = len(lines)
    speeds = np.asarray(speeds_kmh, dtype=float).reshape(-1)
    if len(speeds) != n_lines:
        raise MethodError(f"{len(speeds)} speeds were given for {n_lines} road lines: give one speed per line.")
    if oneway is None:
        oneway = np.zeros(n_lines, dtype=np.int8)
    else:
        oneway = np.asarray(oneway).reshape(-1)
        if len(oneway) != n_lines:
            raise MethodError(f"{len(oneway)} one-way values were given for {n_lines} road lines: give one per line.")
        if not np.isin(oneway, (-1, 0, 1)).all():
            raise MethodError("One-way values must be 0 (both ways), 1 (forwards) or -1 (backwards).")
        oneway = oneway.astype(np.int8)
    if not (tolerance >= 0):
        raise MethodError("The snapping tolerance between line ends must be 0 m or more.")
    bad_speed = ~(np.isfinite(speeds) & (speeds > 0))

    arrays = [np.asarray(line, dtype=float).reshape(len(line), -1)[:, :2] if len(line) else np.zeros((0, 2))
              for line in lines]
    counts = np.array([len(a) for a in arrays], dtype=np.int64)
    counts[bad_speed] = 0
    xy = (np.concatenate([a for a, bad in zip(arrays, bad_speed) if not bad]) if counts.sum()
          else np.zeros((0, 2))) + 0.0  # + 0.0 turns -0.0 into 0.0
    vertex_line = np.repeat(np.arange(n_lines), counts)

    # segments between consecutive vertices of the same line
    start = np.flatnonzero(vertex_line[1:] == vertex_line[:-1]) if len(xy) else np.zeros(0, dtype=np.int64)
    seg_a, seg_b = xy[start], xy[start + 1]
    length = np.hypot(*(seg_b - seg_a).T) if len(start) else np.zeros(0)
    ok = np.isfinite(length) & (length > 0)
    dropped = int((~ok).sum())
    start, seg_a, seg_b, length = start[ok], seg_a[ok], seg_b[ok], length[ok]

    # nodes: distinct vertices (of kept segments), then merged within the tolerance
    used = np.unique(np.concatenate([start, start + 1]))
    node_xy, inverse = _distinct_points(xy[used])
    merged = 0
    if tolerance > 0 and len(node_xy) > 1:
        pairs = cKDTree(node_xy).query_pairs(tolerance, output_type="ndarray")
        if len(pairs):
            m = len(node_xy)
            adjacency = sp.csr_matrix((np.ones(len(pairs), dtype=np.int8), (pairs[:, 0], pairs[:, 1])), shape=(m, m))
            n_groups, group = connected_components(adjacency, directed=False)
            merged = m - n_groups
            size = np.bincount(group, minlength=n_groups)
            node_xy = np.column_stack([np.bincount(group, weights=node_xy[:, k], minlength=n_groups) / size
                                       for k in range(2)])
            inverse = group[inverse]
    node_xy, inverse = _in_curve_order(node_xy, inverse)
    vertex_node = np.full(len(xy), -1, dtype=np.int64)
    vertex_node[used] = inverse
    u, v = vertex_node[start], vertex_node[start + 1]
    distinct = u != v
    dropped += int((~distinct).sum())
    start, seg_a, seg_b, length, u, v = (a[distinct] for a in (start, seg_a, seg_b, length, u, v))
    # nodes only used by collapsed segments would be isolated: keep them (harmless, no edges)

    line = vertex_line[start]
    cost = length * 0.06 / speeds[line]
    forward = oneway[line] >= 0
    backward = oneway[line] <= 0
    has_edge = np.zeros(n_lines, dtype=bool)
    has_edge[line] = True
    dropped_lines = np.flatnonzero(~has_edge & ~bad_speed)
    n = len(node_xy)
    graph = _csr_min(np.concatenate([u[forward], v[backward]]), np.concatenate([v[forward], u[backward]]),
                     np.concatenate([cost[forward], cost[backward]]), n)
    index_type = np.int32 if n < 2**31 - 1 else np.int64
    return Network(node_xy=node_xy, edge_u=u.astype(index_type), edge_v=v.astype(index_type), edge_line=line,
                   edge_length=length, edge_cost=cost, edge_forward=forward, edge_backward=backward,
                   seg_a=seg_a, seg_b=seg_b, graph=graph, dropped_segments=dropped, dropped_lines=dropped_lines,
                   bad_speed_lines=np.flatnonzero(bad_speed), merged_vertices=merged)


def _distinct_points(xy):
    """(distinct rows of xy, index of each row's distinct point). Exact equality; the (x, y) pairs are compared as
    complex numbers, which numpy sorts several times faster than rows (np.unique(axis=0) sorts opaque bytes)."""
    if not len(xy):
        return np.zeros((0, 2)), np.zeros(0, dtype=np.int64)
    pairs = np.ascontiguousarray(xy, dtype=float).view(np.complex128).reshape(-1)
    distinct, inverse = np.unique(pairs, return_inverse=True)
    return np.column_stack([distinct.real, distinct.imag]), inverse.reshape(-1)


def _spread_bits(values):
    """The low 26 bits of each value spread to the even bit positions of a 64-bit integer (for a Morton code)."""
    v = values.astype(np.uint64)
    for shift, mask in ((16, 0x0000FFFF0000FFFF), (8, 0x00FF00FF00FF00FF), (4, 0x0F0F0F0F0F0F0F0F),
                        (2, 0x3333333333333333), (1, 0x5555555555555555)):
        v = (v | (v << np.uint64(shift))) & np.uint64(mask)
    return v


def _in_curve_order(node_xy, inverse):
    """Nodes renumbered along a Z-order (Morton) curve of their coordinates.

    Dijkstra touches the nodes near the ones it has settled; numbered so that near nodes are near in memory, its
    heap and distance arrays stay in cache (a 45-minute search on the 700 × 700 junction grid takes half the time it
    takes with the nodes sorted by x alone). The numbering is internal: at most which of two exactly equal paths
    a search finds depends on it."""
    n = len(node_xy)
    if n < 2:
        return node_xy, inverse
    lo = node_xy.min(axis=0)
    span = max(float(np.ptp(node_xy, axis=0).max()), 1e-9)
    cells = np.minimum((node_xy - lo) * ((2 ** 26 - 1) / span), 2 ** 26 - 1).astype(np.uint64)
    order = np.argsort(_spread_bits(cells[:, 0]) | (_spread_bits(cells[:, 1]) << np.uint64(1)), kind="stable")
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    return node_xy[order], rank[inverse]


# -- degree-2 contraction ------------------------------------------------------------------------------------
@dataclass
class Chains:
    """The network with its pass-through vertices contracted (``contract``), for the many-source searches.

    A *junction* is a node where a route can branch or stop: any node except one with exactly two incident edges
    that lead to two different neighbours and let traffic pass through it the same ways in both (so a one-way
    change or a dead end stays a junction). A *chain* is a maximal path of edges between two junctions (or back to
    the same one); a ring without any junction gets its lowest node as one. Per chain: ``start`` and ``end``
    junction indices (0..n_junctions-1), ``cost`` (minutes), ``forward`` (start→end allowed) and ``backward``.
    Per edge: ``edge_chain`` and ``edge_pos_u`` / ``edge_pos_v``, the positions of its ends along the chain in
    minutes from the chain's start. ``graph``: CSR junction × junction, one edge per drivable chain direction (the
    cheapest of parallel chains; loops left out). Shortest times between junctions are the same as in the full
    graph, and a point on a chain reaches the rest of the network only through the chain's two ends, so searches
    on this graph give exactly the full graph's times with far fewer nodes (a third of them in central
    Linköping's OSM ways; most of NVDB's are shape vertices).
    """

    node_junction: np.ndarray
    n_junctions: int
    edge_chain: np.ndarray
    edge_pos_u: np.ndarray
    edge_pos_v: np.ndarray
    start: np.ndarray
    end: np.ndarray
    cost: np.ndarray
    forward: np.ndarray
    backward: np.ndarray
    graph: sp.csr_matrix
    _reversed: Optional[sp.csr_matrix] = field(default=None, repr=False)

    @property
    def graph_reversed(self):
        if self._reversed is None:
            self._reversed = self.graph.transpose().tocsr()
        return self._reversed


def _pass_through_nodes(network):
    """Mask of nodes with exactly two incident edges to two different neighbours and consistent directions."""
    n, m = network.n_nodes, network.n_edges
    node = np.concatenate([network.edge_u, network.edge_v]).astype(np.int64)
    other = np.concatenate([network.edge_v, network.edge_u]).astype(np.int64)
    # travelling into / out of the node along the edge: at v "in" is u→v (forward), at u it is v→u (backward)
    into = np.concatenate([network.edge_backward, network.edge_forward])
    out = np.concatenate([network.edge_forward, network.edge_backward])
    degree = np.bincount(node, minlength=n)
    order = np.argsort(node, kind="stable")
    first = np.concatenate([[0], np.cumsum(degree)[:-1]])
    candidate = np.flatnonzero(degree == 2)
    a, b = order[first[candidate]], order[first[candidate] + 1]
    ok = (other[a] != other[b]) & (into[a] == out[b]) & (out[a] == into[b])
    mask = np.zeros(n, dtype=bool)
    mask[candidate[ok]] = True
    return mask if m else np.zeros(n, dtype=bool)


def _positions_along_paths(a, b, cost, n_slots, starts, finishes):
    """Minutes from its path's start to every slot, on a graph of disjoint simple paths (edges a–b with ``cost``;
    per path its ``starts`` and ``finishes`` end slot). The paths are strung together, each one's finish to the next
    one's start, into a single path that a depth-first walk from the first start visits end to end (every slot has
    at most two neighbours, so scipy's walk is linear); the positions are running sums of the steps, restarted at
    every start (each the same sequential float64 sum as a walk along its own path). A multi-source
    Dijkstra over the millions of slots of a national network took minutes."""
    if not len(starts):
        return np.full(n_slots, np.inf)
    rows = np.concatenate([a, finishes[:-1]])
    cols = np.concatenate([b, starts[1:]])
    walk = sp.csr_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), shape=(n_slots, n_slots))
    order, predecessor = depth_first_order(walk, starts[0], directed=False, return_predecessors=True)
    step = np.zeros(n_slots)
    into_b = predecessor[b] == a  # the walk went a → b along this edge
    step[b[into_b]] = cost[into_b]
    step[a[~into_b]] = cost[~into_b]
    rank = np.full(n_slots, -1, dtype=np.int64)
    rank[order] = np.arange(len(order))
    is_start = np.zeros(len(order), dtype=bool)
    is_start[rank[starts]] = True
    path = np.cumsum(is_start) - 1
    first = np.flatnonzero(is_start)
    offset = np.arange(len(order)) - first[path]
    length = np.diff(np.append(first, len(order)))
    # running sums per path, in rows of a table per length class (powers of two: at most twice the slots), so that
    # every position is the same sequential sum of float64 steps a walk along the path would add up
    along = np.empty(len(order))
    steps = step[order]
    size_class = np.ceil(np.log2(np.maximum(length, 1))).astype(np.int64)
    for k in np.unique(size_class):
        paths = np.flatnonzero(size_class == k)
        row = np.full(len(length), -1, dtype=np.int64)
        row[paths] = np.arange(len(paths))
        members = np.flatnonzero(row[path] >= 0)
        table = np.zeros((len(paths), 1 << int(k)))
        table[row[path[members]], offset[members]] = steps[members]
        np.cumsum(table, axis=1, out=table)
        along[members] = table[row[path[members]], offset[members]]
    position = np.full(n_slots, np.inf)
    position[order] = along
    return position


def contract(network):
    """Build the ``Chains`` view of the network (cached on it as ``network.chains``)."""
    n, m = network.n_nodes, network.n_edges
    u, v = network.edge_u.astype(np.int64), network.edge_v.astype(np.int64)
    through = _pass_through_nodes(network)
    edge_ids = np.arange(m)
    while True:
        # one slot per pass-through node, and one per edge end at a junction, so that every chain is a separate path
        slot_u = np.where(through[u], u, n + 2 * edge_ids)
        slot_v = np.where(through[v], v, n + 2 * edge_ids + 1)
        n_slots = n + 2 * m
        slots = sp.csr_matrix((np.ones(m, dtype=np.int8), (slot_u, slot_v)), shape=(n_slots, n_slots))
        _, label = connected_components(slots, directed=False)
        has_end = np.zeros(label.max() + 1 if n_slots else 0, dtype=bool)
        has_end[label[n:]] = True
        rings = np.flatnonzero(through & ~has_end[label[:n]])
        if not len(rings):
            break
        # a ring of pass-through nodes: its lowest node becomes a junction
        lowest = np.full(len(has_end), n, dtype=np.int64)
        np.minimum.at(lowest, label[rings], rings)
        through[lowest[lowest < n]] = False
    chain_label, edge_chain = np.unique(label[slot_u], return_inverse=True)
    edge_chain = edge_chain.reshape(-1)
    n_chains = len(chain_label)
    # each chain has exactly two end slots; the lower one is its start
    end_slot = np.concatenate([slot_u[~through[u]], slot_v[~through[v]]])
    end_chain = np.concatenate([edge_chain[~through[u]], edge_chain[~through[v]]])
    order = np.lexsort((end_slot, end_chain))
    start_slot, finish_slot = end_slot[order][0::2], end_slot[order][1::2]
    position = _positions_along_paths(slot_u, slot_v, network.edge_cost, n_slots, start_slot, finish_slot)
    slot_node = np.concatenate([np.arange(n), np.column_stack([u, v]).reshape(-1)])
    node_junction = np.full(n, -1, dtype=np.int64)
    junctions = np.flatnonzero(~through)
    node_junction[junctions] = np.arange(len(junctions))
    start, end = node_junction[slot_node[start_slot]], node_junction[slot_node[finish_slot]]
    pos_u, pos_v = position[slot_u], position[slot_v]
    along = pos_v > pos_u
    edge_fwd = np.where(along, network.edge_forward, network.edge_backward)
    edge_bwd = np.where(along, network.edge_backward, network.edge_forward)
    # pass-through nodes were chosen with consistent directions, so every edge of a chain agrees; AND them anyway
    forward = np.bincount(edge_chain, weights=~edge_fwd, minlength=n_chains) == 0
    backward = np.bincount(edge_chain, weights=~edge_bwd, minlength=n_chains) == 0
    cost = position[finish_slot]
    proper = start != end
    fw, bw = proper & forward, proper & backward
    graph = _csr_min(np.concatenate([start[fw], end[bw]]), np.concatenate([end[fw], start[bw]]),
                     np.concatenate([cost[fw], cost[bw]]), len(junctions))
    return Chains(node_junction=node_junction, n_junctions=len(junctions), edge_chain=edge_chain,
                  edge_pos_u=pos_u, edge_pos_v=pos_v, start=start, end=end, cost=cost, forward=forward,
                  backward=backward, graph=graph)


# -- attaching points ------------------------------------------------------------------------------------------
@dataclass
class Attachment:
    """Points joined to a network by ``attach_points``. Per point (n,): ``edge`` (-1 when unattached),
    ``fraction`` along the edge from u (0..1), ``distance`` (snap distance, metres), ``access`` (access leg,
    minutes), ``snapped_xy`` (n, 2) the point on the edge, and the split costs in minutes (inf where the direction
    is not allowed, NaN when unattached): ``to_u``, ``to_v`` (from the point to the edge's end nodes, access
    included) and ``from_u``, ``from_v`` (from the end nodes to the point). ``attached`` mask, ``unattached``
    indices. ``nearest_distance``: the distance to the nearest edge of the whole network (NaN when none lies within
    the largest snap distance); it differs from ``distance`` only for points attached under a ``reach`` rule, which
    ``farther`` lists, and ``cut_off`` lists the points left unattached only because the roads near them reach
    nothing."""

    edge: np.ndarray
    fraction: np.ndarray
    distance: np.ndarray
    access: np.ndarray
    snapped_xy: np.ndarray
    to_u: np.ndarray
    to_v: np.ndarray
    from_u: np.ndarray
    from_v: np.ndarray
    nearest_distance: Optional[np.ndarray] = None

    def __post_init__(self):
        if self.nearest_distance is None:
            self.nearest_distance = self.distance.copy()

    @property
    def n(self):
        return len(self.edge)

    @property
    def attached(self):
        return self.edge >= 0

    @property
    def unattached(self):
        return np.flatnonzero(self.edge < 0)

    @property
    def farther(self):
        """Indices of the points attached to an edge farther away than their nearest edge (which lies in a part
        of the network that reaches nothing)."""
        with np.errstate(invalid="ignore"):
            return np.flatnonzero(self.attached & (self.distance > self.nearest_distance))

    @property
    def cut_off(self):
        """Indices of the points with a road within the largest snap distance, left unattached because every
        such road lies in a part of the network that reaches nothing."""
        return np.flatnonzero(~self.attached & np.isfinite(self.nearest_distance))


def _sample_tree(network, edges):
    """(cKDTree over points sampled along the given edges at a spacing ≤ their median length, the edge of each
    sample, the largest distance from a point of an edge to its nearest sample)."""
    length = network.edge_length[edges]
    spacing = float(np.median(length))
    per_edge = np.maximum(1, np.ceil(length / spacing)).astype(np.int64)
    position = np.repeat(np.arange(len(edges)), per_edge)
    first = np.concatenate([[0], np.cumsum(per_edge)[:-1]])
    k = np.arange(len(position)) - np.repeat(first, per_edge)
    t = (k + 0.5) / per_edge[position]
    edge = edges[position]
    xy = network.seg_a[edge] + t[:, None] * (network.seg_b[edge] - network.seg_a[edge])
    # every point of an edge lies within half its sample spacing (≤ spacing / 2) of one of its samples
    return cKDTree(xy), edge, 0.5 * spacing * (1 + 1e-9)


def _samples(network):
    """The sample tree over every edge, cached on the network."""
    if network._samples is None:
        network._samples = _sample_tree(network, np.arange(network.n_edges))
    return network._samples


def _reach_samples(network, allowed):
    """The sample tree over the edges of the mask ``allowed``; the last one is cached on the network."""
    key = np.packbits(allowed).tobytes()
    if network._reach_samples is None or network._reach_samples[0] != key:
        network._reach_samples = (key, _sample_tree(network, np.flatnonzero(allowed)))
    return network._reach_samples[1]


def edge_parts(network):
    """Per edge, the weakly connected component of the graph it lies in (one-way streets ignored), cached."""
    if network._edge_parts is None:
        if network.n_edges:
            _, labels = connected_components(network.graph, directed=True, connection="weak")
            network._edge_parts = labels[network.edge_u]
        else:
            network._edge_parts = np.zeros(0, dtype=np.int64)
    return network._edge_parts


def reaching_edges(network, targets):
    """Mask of the edges that lie in a part of the network (a weakly connected component: one-way streets
    ignored) holding at least one attached point of ``targets`` (an Attachment, or a list of them)."""
    parts = edge_parts(network)
    holds = np.zeros(int(parts.max()) + 1 if len(parts) else 0, dtype=bool)
    for attachment in targets if isinstance(targets, (list, tuple)) else [targets]:
        holds[parts[attachment.edge[attachment.attached]]] = True
    return holds[parts]


def _nearest(network, points, todo, samples, max_snap, allowed=None, k_limit=None):
    """For points[todo]: (edge, fraction, distance) of the nearest point of the nearest sampled edge (only edges of
    the mask ``allowed`` when given), exact, or (-1, NaN, inf) where none lies within max_snap. Ties go to the lower
    edge index. With ``k_limit``, points whose search would need more samples than that are given up: their
    positions in ``todo`` come back as a fourth value."""
    tree, sample_edge, half = samples
    m = len(todo)
    edge, fraction, distance = np.full(m, -1, dtype=np.int64), np.full(m, np.nan), np.full(m, np.inf)
    rows_left = np.arange(m)
    given_up = np.zeros(0, dtype=np.int64)
    k = min(8, tree.n)
    while len(rows_left):
        p = points[todo[rows_left]]
        sample_d, sample_i = tree.query(p, k=k)
        sample_d, sample_i = sample_d.reshape(len(rows_left), -1), sample_i.reshape(len(rows_left), -1)
        cand = sample_edge[sample_i]
        dist, t = _project(p[:, None, :], network.seg_a[cand], network.seg_b[cand])
        if allowed is not None:
            dist = np.where(allowed[cand], dist, np.inf)
        # lowest distance, then lowest edge index
        order = np.lexsort((cand, dist), axis=1)[:, 0]
        rows = np.arange(len(rows_left))
        best = dist[rows, order]
        bound = np.minimum(best, max_snap) + half
        complete = (sample_d[:, -1] > bound) | (k >= tree.n)
        done = rows_left[complete]
        edge[done] = cand[rows, order][complete]
        fraction[done] = t[rows, order][complete]
        distance[done] = best[complete]
        rows_left = rows_left[~complete]
        k = min(4 * k, tree.n)
        if k_limit is not None and k > k_limit and len(rows_left):
            given_up, rows_left = rows_left, rows_left[:0]
    far = ~(distance <= max_snap)
    edge[far], fraction[far], distance[far] = -1, np.nan, np.inf
    if k_limit is not None:
        return edge, fraction, distance, given_up
    return edge, fraction, distance


def _project(points, a, b):
    """Exact distance from points (…, 2) to segments a→b (…, 2): returns (distance, fraction from a)."""
    d = b - a
    dd = np.einsum("...k,...k->...", d, d)
    t = np.clip(np.einsum("...k,...k->...", points - a, d) / np.where(dd > 0, dd, 1.0), 0.0, 1.0)
    q = a + t[..., None] * d
    return np.hypot(*np.moveaxis(points - q, -1, 0)), t


def attach_points(network, points, max_snap, access_speed_kmh=5.0, reach=None):
    """Join points (n, 2) to the nearest point of the nearest edge; farther than ``max_snap`` metres: unattached.

    reach: None, or what the points must be able to reach: an Attachment (e.g. the destinations), a list of them,
    or a mask over the edges. Then a point joins the nearest edge of a part of the network (weakly connected
    component) that holds one of them, never a fragment cut off from them; still within ``max_snap``, else it is
    unattached. ``Attachment.farther`` lists the points so attached farther away than their nearest edge, and
    ``Attachment.cut_off`` those left unattached because only such fragments lie within ``max_snap``.

    Returns an ``Attachment`` (module docstring: the access leg and the split costs to and from the edge's ends).
    Ties between equally near edges go to the lower edge index.
    """
    if not (access_speed_kmh > 0):
        raise MethodError("The access speed off the network must be greater than 0 km/h.")
    points = np.asarray(points, dtype=float).reshape(-1, 2) if len(points) else np.zeros((0, 2))
    n = len(points)
    edge = np.full(n, -1, dtype=np.int64)
    fraction = np.full(n, np.nan)
    distance = np.full(n, np.inf)
    finite = np.flatnonzero(np.isfinite(points).all(axis=1))
    if network.n_edges and len(finite):
        edge[finite], fraction[finite], distance[finite] = _nearest(network, points, finite, _samples(network),
                                                                    max_snap)
    nearest_distance = np.where(distance <= max_snap, distance, np.nan)
    if reach is not None and network.n_edges:
        allowed = np.asarray(reach, dtype=bool).reshape(-1) if isinstance(reach, np.ndarray) \
            else reaching_edges(network, reach)
        if len(allowed) != network.n_edges:
            raise MethodError(f"The reach mask has {len(allowed)} values for {network.n_edges} road segments: "
                              "give one per segment.")
        moved = np.flatnonzero((edge >= 0) & ~allowed[np.maximum(edge, 0)])
        if len(moved):
            edge[moved], fraction[moved], distance[moved] = (-1, np.nan, np.inf)
        if len(moved) and allowed.any():
            # usually few points and small fragments: the samples of every edge, skipping the fragments' ones;
            # where a large fragment would need too many samples, a tree of the allowed edges alone
            e, f, dist, hard = _nearest(network, points, moved, _samples(network), max_snap, allowed, k_limit=512)
            edge[moved], fraction[moved], distance[moved] = e, f, dist
            if len(hard):
                hard = moved[hard]
                edge[hard], fraction[hard], distance[hard] = _nearest(network, points, hard,
                                                                      _reach_samples(network, allowed), max_snap)
    attached = distance <= max_snap
    edge[~attached] = -1
    fraction[~attached] = np.nan
    distance[~attached] = np.nan
    access = distance * 0.06 / access_speed_kmh
    e = np.where(attached, edge, 0)
    snapped = np.full((n, 2), np.nan)
    if network.n_edges:
        snapped[attached] = network.seg_a[e[attached]] + fraction[attached, None] * (
            network.seg_b[e[attached]] - network.seg_a[e[attached]])
        cost = network.edge_cost[e]
        fwd, bwd = network.edge_forward[e], network.edge_backward[e]
    else:
        cost, fwd, bwd = np.zeros(n), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    f = fraction
    along_u, along_v = f * cost, (1.0 - f) * cost
    with np.errstate(invalid="ignore"):
        to_u = np.where(bwd | (f == 0), access + along_u, np.inf)
        to_v = np.where(fwd | (f == 1), access + along_v, np.inf)
        from_u = np.where(fwd | (f == 0), access + along_u, np.inf)
        from_v = np.where(bwd | (f == 1), access + along_v, np.inf)
    for a in (to_u, to_v, from_u, from_v):
        a[~attached] = np.nan
    return Attachment(edge=edge, fraction=fraction, distance=distance, access=access, snapped_xy=snapped,
                      to_u=to_u, to_v=to_v, from_u=from_u, from_v=from_v, nearest_distance=nearest_distance)


def subset(attachment, keep):
    """A copy of ``attachment`` in which the points outside the mask ``keep`` are unattached (same length, so
    indices stay valid): e.g. only the destinations of one region."""
    keep = np.asarray(keep, dtype=bool) & attachment.attached
    values = {}
    for name in ("edge", "fraction", "distance", "access", "snapped_xy", "to_u", "to_v", "from_u", "from_v",
                 "nearest_distance"):
        array = getattr(attachment, name).copy()
        array[~keep] = -1 if name == "edge" else np.nan
        values[name] = array
    return Attachment(**values)



def require_edges(network):
    """Raise MethodError when the network has no edge at all (every line empty, of zero length or without a
    usable speed): nothing could be attached or searched."""
    if not network.n_edges:
        raise MethodError("The road network has no usable road: after reading, every line is empty, of zero length "
                          "or without a usable speed. Check the network layer's geometries and speeds.")


def attach_pair(network, origins, destinations, max_snap, access_speed_kmh=5.0):
    """The attach rule of every accessibility measure: destinations join their nearest edge; origins join the
    nearest edge of a part of the network that holds a destination (``attach_points`` with ``reach``), so a
    fragment cut off from the rest never captures them. Returns (origins, destinations) Attachments.

    Raises MethodError when the network has no edge, when no destination lies within ``max_snap`` of it, and when
    there are origins but none can be attached."""
    require_edges(network)
    d = attach_points(network, destinations, max_snap, access_speed_kmh)
    if not d.attached.any():
        raise MethodError(f"No destination lies within {max_snap:g} m of the road network: check that the "
                          "destinations and the network cover the same area, or raise the largest snap distance.")
    o = attach_points(network, origins, max_snap, access_speed_kmh, reach=d)
    if o.n and not o.attached.any():
        raise MethodError(_no_origin_message(o, max_snap))
    return o, d


def _no_origin_message(origins, max_snap):
    cut_off = len(origins.cut_off)
    detail = (f" ({cut_off} of them lie near roads that are cut off from every destination)" if cut_off else "")
    return (f"None of the {origins.n} origins lies within {max_snap:g} m of a road that leads to a destination"
            f"{detail}: check that the origins and the network cover the same area and that the network is "
            "connected, or raise the largest snap distance.")


def attach_among(network, points, max_snap, access_speed_kmh=5.0):
    """The attach rule for points that are origins and destinations at once (zones of a flow matrix): each joins
    the nearest edge of a part of the network that holds another of the points. Raises MethodError when the
    network has no edge."""
    require_edges(network)
    first = attach_points(network, points, max_snap, access_speed_kmh)
    parts = edge_parts(network)
    count = np.bincount(parts[first.edge[first.attached]], minlength=int(parts.max()) + 1)
    allowed = count[parts] >= 2
    if allowed[first.edge[first.attached]].all():
        return first
    return attach_points(network, points, max_snap, access_speed_kmh, reach=allowed)

# -- shortest paths --------------------------------------------------------------------------------------------
def _with_virtual(base, cols, weights):
    """``base`` (CSR) with one virtual node per row of ``cols`` / ``weights`` (m, 2) appended after its nodes, with
    edges virtual → cols[k] costing weights[k] + _SHIFT (non-finite weights left out). Returns (csr, virtual ids)."""
    n, m = base.shape[0], len(cols)
    cols = np.asarray(cols, dtype=np.int64).copy()
    w = np.asarray(weights, dtype=float) + _SHIFT
    ok = np.isfinite(w)
    # CSR rows in column order; the two ends are always different nodes
    swap = cols[:, 0] > cols[:, 1]
    cols[swap] = cols[swap][:, ::-1]
    w[swap] = w[swap][:, ::-1]
    ok[swap] = ok[swap][:, ::-1]
    index_type = np.int32 if n + m < 2**31 - 1 else np.int64
    indptr = np.concatenate([base.indptr.astype(np.int64), base.indptr[-1] + np.cumsum(ok.sum(axis=1))])
    indices = np.concatenate([base.indices.astype(np.int64), cols[ok]])
    data = np.concatenate([base.data, w[ok]])
    graph = sp.csr_matrix((data, indices.astype(index_type), indptr.astype(index_type)), shape=(n + m, n + m))
    return graph, n + np.arange(m)


def _augmented(network, attachment, reverse):
    """The graph (reversed when ``reverse``) with one virtual node per attached point, appended after the nodes.

    Forward (points are origins): virtual → u costs to_u, → v costs to_v. Reversed (points are destinations):
    virtual → u costs from_u (that is u → point in the real direction), → v costs from_v. Every virtual edge is
    shifted by _SHIFT minutes. Returns (csr, virtual node index per attached point, attached point indices).
    """
    points = np.flatnonzero(attachment.attached)
    e = attachment.edge[points]
    cu = (attachment.from_u if reverse else attachment.to_u)[points]
    cv = (attachment.from_v if reverse else attachment.to_v)[points]
    graph, virtual = _with_virtual(network.graph_reversed if reverse else network.graph,
                                   np.column_stack([network.edge_u[e], network.edge_v[e]]), np.column_stack([cu, cv]))
    return graph, virtual, points


_CORE_MIN_WORK = 2e8  # sources × junctions below which contracting the graph costs more than it saves
_CORE_MAX_LEVELS = 6
_CORE_SHORTCUT_RATIO = 2  # a node is contracted only if in × out shortcuts ≤ this × its in + out edges


def _node_hash(n):
    """A fixed pseudo-random order of 0..n-1 (Knuth's multiplicative hash), for tie-breaks that do not depend on
    the run: the same graph is always contracted the same way, so that results are reproducible."""
    return ((np.arange(n, dtype=np.uint64) * np.uint64(2654435761)) % np.uint64(2 ** 32)).astype(float) / 2 ** 32


def _independent_set(u, v, candidate):
    """A maximal set of candidate nodes no two of which share an edge (Luby's rounds; the node whose contraction
    adds the fewest edges wins against its neighbours)."""
    n = len(candidate)
    a, b = np.concatenate([u, v]), np.concatenate([v, u])
    order = np.argsort(a, kind="stable")
    a, b = a[order], b[order]
    starts = np.flatnonzero(np.concatenate([[True], a[1:] != a[:-1]])) if len(a) else np.zeros(0, dtype=np.int64)
    owners = a[starts]
    indeg, outdeg = np.bincount(v, minlength=n), np.bincount(u, minlength=n)
    priority = np.where(candidate, indeg * outdeg - indeg - outdeg + _node_hash(n), np.inf)
    chosen, free = np.zeros(n, dtype=bool), candidate.copy()
    while free.any():
        p = np.where(free, priority, np.inf)
        lowest = np.full(n, np.inf)
        if len(a):
            lowest[owners] = np.minimum.reduceat(p[b], starts)
        new = free & (p < lowest)
        if not new.any():
            break
        chosen |= new
        free &= ~new
        free[b[new[a]]] = False
    return chosen


def _pair_costs(key, cost, n, p, q):
    """The cost of edge p → q from edges sorted by key = row · n + column, inf where there is none."""
    wanted = p.astype(np.int64) * n + q
    pos = np.minimum(np.searchsorted(key, wanted), max(len(key) - 1, 0))
    return np.where(key[pos] == wanted, cost[pos], np.inf) if len(key) else np.full(len(wanted), np.inf)


def _contract_level(u, v, w, alive, keep):
    """One round of contraction: an independent set of nodes (not kept, adding at most as many edges as twice
    their own) is removed, each replaced by shortcuts a → b for its in-edge a → x and out-edge x → b costing both,
    unless the edge a → b or a path a → y → b through a remaining node is no longer. Distances between the
    remaining nodes are unchanged. Returns (u, v, w, alive, number removed)."""
    n = len(alive)
    indeg, outdeg = np.bincount(v, minlength=n), np.bincount(u, minlength=n)
    removed = _independent_set(u, v, alive & ~keep & (indeg * outdeg <= _CORE_SHORTCUT_RATIO * (indeg + outdeg)))
    stays = ~removed[u] & ~removed[v]
    into, out = np.flatnonzero(removed[v]), np.flatnonzero(removed[u])
    into, out = into[np.argsort(v[into], kind="stable")], out[np.argsort(u[out], kind="stable")]
    n_in, n_out = np.bincount(v[into], minlength=n), np.bincount(u[out], minlength=n)
    first_in, first_out = np.cumsum(n_in) - n_in, np.cumsum(n_out) - n_out
    per_node = n_in * n_out
    via = np.repeat(np.arange(n), per_node)
    k = np.arange(per_node.sum()) - np.repeat(np.cumsum(per_node) - per_node, per_node)
    width = np.maximum(n_out[via], 1)
    e_in, e_out = into[first_in[via] + k // width], out[first_out[via] + k % width]
    sa, sb, sw = u[e_in], v[e_out], w[e_in] + w[e_out]
    proper = sa != sb
    sa, sb, sw = sa[proper], sb[proper], sw[proper]
    ku, kv, kw = u[stays], v[stays], w[stays]
    key = ku.astype(np.int64) * n + kv
    by_key = np.argsort(key, kind="stable")
    key, key_cost = key[by_key], kw[by_key]
    witness = _pair_costs(key, key_cost, n, sa, sb)
    # two-edge witnesses a → y → b with y remaining (an edge that stays has both ends remaining)
    by_tail = np.argsort(ku, kind="stable")
    tail_v, tail_w = kv[by_tail], kw[by_tail]
    n_tail = np.bincount(ku, minlength=n)
    first_tail = np.cumsum(n_tail) - n_tail
    reps = n_tail[sa]
    which = np.repeat(np.arange(len(sa)), reps)
    edge = first_tail[sa[which]] + np.arange(reps.sum()) - np.repeat(np.cumsum(reps) - reps, reps)
    if len(which):
        two = tail_w[edge] + _pair_costs(key, key_cost, n, tail_v[edge], sb[which])
        np.minimum.at(witness, which, two)
    needed = sw < witness
    return (np.concatenate([ku, sa[needed]]), np.concatenate([kv, sb[needed]]), np.concatenate([kw, sw[needed]]),
            alive & ~removed, int(removed.sum()))


def _core_graph(graph, keep):
    """The graph with nodes outside ``keep`` contracted away in rounds (``_contract_level``) as long as a round
    removes a useful share of the nodes and the edges do not grow by more than a quarter.

    A search from kept nodes on the core gives exactly the times between kept nodes of the full graph (the
    shortcuts carry the times of the paths they replace), over fewer nodes: on a junction grid about 40 % fewer
    with the same number of edges, which scipy's Dijkstra (a Fibonacci heap, per node) repays ~1.7-fold.
    Returns (core CSR, core index of every node or -1)."""
    coo = graph.tocoo()
    u, v, w = coo.row.astype(np.int64), coo.col.astype(np.int64), coo.data.astype(float)
    n = graph.shape[0]
    alive = np.ones(n, dtype=bool)
    limit = 1.25 * max(len(w), 1)
    for _level in range(_CORE_MAX_LEVELS):
        nu, nv, nw, n_alive, n_removed = _contract_level(u, v, w, alive, keep)
        if n_removed < 0.02 * alive.sum() or len(nw) > limit:
            if n_removed and len(nw) <= limit:
                u, v, w, alive = nu, nv, nw, n_alive
            break
        u, v, w, alive = nu, nv, nw, n_alive
    index = np.full(n, -1, dtype=np.int64)
    index[alive] = np.arange(int(alive.sum()))
    return _csr_min(index[u], index[v], w, int(alive.sum())), index


@dataclass
class _ChainLegs:
    """Attached points placed on chains: ``points`` (their indices), ``ends`` (m, 2) start and end junction of
    their chain, ``leave`` (m, 2) minutes from the point to those junctions and ``enter`` (m, 2) from them to the
    point (access included, inf where the chain's direction forbids it), ``chain`` and ``position`` (minutes from
    the chain's start)."""

    points: np.ndarray
    ends: np.ndarray
    leave: np.ndarray
    enter: np.ndarray
    chain: np.ndarray
    position: np.ndarray


def _chain_legs(chains, attachment):
    points = np.flatnonzero(attachment.attached)
    e, f = attachment.edge[points], attachment.fraction[points]
    c = chains.edge_chain[e]
    pu, pv = chains.edge_pos_u[e], chains.edge_pos_v[e]
    # exact end positions at f = 0 and 1, so that a point on a junction is recognised as being there
    p = np.where(f == 0, pu, np.where(f == 1, pv, pu + f * (pv - pu)))
    cost, a = chains.cost[c], attachment.access[points]
    at_start, at_end = p == 0, p == cost
    leave = np.column_stack([np.where(chains.backward[c] | at_start, a + p, np.inf),
                             np.where(chains.forward[c] | at_end, a + cost - p, np.inf)])
    enter = np.column_stack([np.where(chains.forward[c] | at_start, p + a, np.inf),
                             np.where(chains.backward[c] | at_end, cost - p + a, np.inf)])
    return _ChainLegs(points=points, ends=np.column_stack([chains.start[c], chains.end[c]]), leave=leave,
                      enter=enter, chain=c, position=p)


def _direct_pairs(o, o_track, o_pos, o_access, d, d_track, d_pos, d_access, forward, backward):
    """Pairs (origin, destination) on the same track (an edge, or a chain) with the direct time along it.

    Per attached origin ``o`` and destination ``d``: the track index, the position on it in minutes and the access
    leg; ``forward`` / ``backward`` per track say whether it may be driven towards higher / lower positions.
    Returns (origin indices, destination indices, minutes), drivable pairs only."""
    empty = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    if not len(o) or not len(d):
        return empty
    by_track = np.argsort(d_track, kind="stable")
    lo = np.searchsorted(d_track[by_track], o_track, side="left")
    hi = np.searchsorted(d_track[by_track], o_track, side="right")
    count = hi - lo
    k = np.repeat(np.arange(len(o)), count)
    pos = by_track[np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count) + np.repeat(lo, count)]
    track = o_track[k]
    delta = d_pos[pos] - o_pos[k]
    allowed = np.where(delta > 0, forward[track], np.where(delta < 0, backward[track], True))
    t = np.where(allowed, o_access[k] + d_access[pos] + np.abs(delta), np.inf)
    keep = np.isfinite(t)
    return o[k[keep]], d[pos[keep]], t[keep]


def _same_edge(network, origins, destinations):
    """Pairs (origin, destination) on the same edge with their direct time along it (access legs included)."""
    o = np.flatnonzero(origins.attached)
    d = np.flatnonzero(destinations.attached)
    cost = network.edge_cost
    return _direct_pairs(o, origins.edge[o], origins.fraction[o] * cost[origins.edge[o]], origins.access[o],
                         d, destinations.edge[d], destinations.fraction[d] * cost[destinations.edge[d]],
                         destinations.access[d], network.edge_forward, network.edge_backward)


@dataclass
class TravelTimes:
    """Nearest destination per origin: ``time_min`` (NaN unattached, inf when none within the limit) and
    ``nearest`` (destination index, -1 when none)."""

    time_min: np.ndarray
    nearest: np.ndarray


def travel_times(network, origins, destinations, limit_minutes=np.inf, feedback=None):
    """Time to the nearest destination for every origin: one multi-source Dijkstra (module docstring)."""
    progress.report(feedback, 0.0)
    time = np.full(origins.n, np.nan)
    nearest = np.full(origins.n, -1, dtype=np.int64)
    o = np.flatnonzero(origins.attached)
    time[o] = np.inf
    if not destinations.attached.any() or not len(o):
        progress.report(feedback, 1.0)
        return TravelTimes(time, nearest)
    if _chains_pay(network):
        best, best_dest, (oi, dj, direct) = _nearest_on_chains(network, origins, destinations, o, limit_minutes,
                                                               feedback)
    else:
        best, best_dest, (oi, dj, direct) = _nearest_on_nodes(network, origins, destinations, o, limit_minutes,
                                                              feedback)
    if len(oi):
        # the smallest direct time per origin (ties: lowest destination index)
        order = np.lexsort((dj, direct, oi))
        oi, dj, direct = oi[order], dj[order], direct[order]
        first = np.ones(len(oi), dtype=bool)
        first[1:] = oi[1:] != oi[:-1]
        oi, dj, direct = oi[first], dj[first], direct[first]
        pos = np.searchsorted(o, oi)
        better = direct < best[pos]
        best[pos[better]] = direct[better]
        best_dest[pos[better]] = dj[better]
    reached = np.isfinite(best) & (best <= limit_minutes)
    time[o] = np.where(reached, best, np.inf)
    nearest[o] = np.where(reached, best_dest, -1)
    progress.report(feedback, 1.0)
    return TravelTimes(time, nearest)


def _chains_pay(network):
    """Whether the nearest-destination search should run on the contracted graph: when it is built already, or when
    more than 40 % of the nodes are shape vertices (contracting costs about as much as a search over them saves:
    on NVDB's national network a fifth of the nodes are junctions; on a junction grid nothing contracts)."""
    if network._chains is not None:
        return True
    return network.n_nodes > 0 and _pass_through_nodes(network).sum() > 0.4 * network.n_nodes


def _nearest_on_nodes(network, origins, destinations, o, limit_minutes, feedback):
    """One multi-source Dijkstra on the full graph from a virtual node per destination (module docstring).
    Returns (best time per attached origin, its destination, the same-edge pairs with their direct times)."""
    graph, virtual, points = _augmented(network, destinations, reverse=True)
    progress.report(feedback, 0.1)
    dist, _, source = dijkstra(graph, directed=True, indices=virtual, min_only=True, return_predecessors=True,
                               limit=limit_minutes + _SHIFT)
    progress.report(feedback, 0.9)
    e = origins.edge[o]
    u, v = network.edge_u[e], network.edge_v[e]
    via_u = origins.to_u[o] + dist[u] - _SHIFT
    via_v = origins.to_v[o] + dist[v] - _SHIFT
    pick_v = via_v < via_u
    src = np.where(pick_v, source[v], source[u])
    best_dest = np.where(src >= 0, points[np.clip(src - network.n_nodes, 0, len(points) - 1)], -1)
    return np.where(pick_v, via_v, via_u), best_dest, _same_edge(network, origins, destinations)


def _nearest_on_chains(network, origins, destinations, o, limit_minutes, feedback):
    """As _nearest_on_nodes on the contracted graph (``Chains``): the virtual destination nodes join their chain's
    two end junctions, origins are reached through theirs, and points on the same chain also get the direct time
    along it (as in od_blocks). The same times over a fraction of the nodes."""
    chains = network.chains
    progress.report(feedback, 0.05)
    to, back = _chain_legs(chains, destinations), _chain_legs(chains, origins)
    graph, virtual = _with_virtual(chains.graph_reversed, to.ends, to.enter)
    progress.report(feedback, 0.1)
    dist, _, source = dijkstra(graph, directed=True, indices=virtual, min_only=True, return_predecessors=True,
                               limit=limit_minutes + _SHIFT)
    progress.report(feedback, 0.9)
    via_start = back.leave[:, 0] + dist[back.ends[:, 0]] - _SHIFT
    via_end = back.leave[:, 1] + dist[back.ends[:, 1]] - _SHIFT
    pick_end = via_end < via_start
    src = np.where(pick_end, source[back.ends[:, 1]], source[back.ends[:, 0]])
    best_dest = np.where(src >= 0, to.points[np.clip(src - chains.n_junctions, 0, len(to.points) - 1)], -1)
    d = to.points
    same = _direct_pairs(o, back.chain, back.position, origins.access[o], d, to.chain, to.position,
                         destinations.access[d], chains.forward, chains.backward)
    return np.where(pick_end, via_end, via_start), best_dest, same


def default_workers():
    """Worker processes for the many-source searches: STRUKTURBILD_WORKERS if set, else the CPU count (at most 8).
    scipy's Dijkstra holds the GIL, so threads would not help; processes do."""
    setting = os.environ.get("STRUKTURBILD_WORKERS", "")
    if setting.strip().isdigit():
        return max(1, int(setting))
    return max(1, min(os.cpu_count() or 1, 8))


_WORKER_PYTHON = {}  # interpreter path -> whether it runs this module (checked once per session)


def _python_executable():
    """The interpreter this Python runs in, for spawned workers, or None (then the work stays in this process).

    Inside QGIS sys.executable is QGIS itself, qgis_process, or whatever "python3" comes first on PATH, none of
    which may start a worker: take the interpreter of sys.exec_prefix, the one QGIS embeds, and check once that it
    imports numpy, scipy and this module."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = []
    running = Path(sys.executable)
    if running.name.lower().startswith("python") and _is_within(running, sys.prefix, sys.exec_prefix):
        candidates.append(running)
    for prefix in (Path(sys.exec_prefix), Path(sys.base_exec_prefix)):
        # on Windows pythonw.exe first: python.exe would open a console window per worker beside QGIS
        candidates += [prefix / "bin" / f"python{version}", prefix / "bin" / "python3", prefix / "pythonw.exe",
                       prefix / "python.exe", prefix / "python3.exe"]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK) and _runs_this_module(str(candidate)):
            return str(candidate)
    return None


def _is_within(path, *folders):
    return any(str(path.absolute()).startswith(str(Path(folder).absolute()) + os.sep) for folder in folders)


def _runs_this_module(executable):
    if executable not in _WORKER_PYTHON:
        import subprocess

        module = __name__
        check = (f"import sys; sys.path[:0] = {sys.path!r}; import numpy, scipy.sparse.csgraph, {module}; "
                 f"assert sys.version_info[:2] == {tuple(sys.version_info[:2])!r}")
        try:
            done = subprocess.run([executable, "-c", check], capture_output=True, timeout=60)
            _WORKER_PYTHON[executable] = done.returncode == 0
        except (OSError, subprocess.SubprocessError):
            _WORKER_PYTHON[executable] = False
    return _WORKER_PYTHON[executable]


class _WorkerProcess(multiprocessing.context.SpawnProcess):
    """A spawned process that never re-imports the caller's main module.

    multiprocessing's "spawn" tells the child to run the parent's ``__main__`` (a script's file, or ``-m`` module)
    before it unpickles its work; a plain script without an ``if __name__ == "__main__":`` guard would then run
    again in every worker (printing, calling the methods, starting workers of its own). The workers need only this
    module, so the child is told of no main module: ``__main__`` is hidden while the child is prepared."""

    _lock = threading.Lock()

    @staticmethod
    def _Popen(process_obj):  # noqa: N802 (multiprocessing's name)
        with _WorkerProcess._lock:
            main = sys.modules.get("__main__")
            sys.modules["__main__"] = types.ModuleType("__main__")  # no __file__, no __spec__: nothing to re-run
            try:
                return multiprocessing.context.SpawnProcess._Popen(process_obj)
            finally:
                if main is None:
                    sys.modules.pop("__main__", None)
                else:
                    sys.modules["__main__"] = main


class _WorkerContext(multiprocessing.context.SpawnContext):
    Process = _WorkerProcess


def _process_pool(workers, search):
    """A pool of spawned Python processes (no fork: QGIS is multi-threaded), each given the search (graph, limit,
    targets) once, or None where that is not possible. The workers import only this pure numpy/scipy module, never
    the caller's main script (``_WorkerProcess``): safe from plain scripts without a ``__main__`` guard."""
    executable = _python_executable()
    if workers < 2 or executable is None:
        return None
    context = _WorkerContext()
    context.set_executable(executable)
    try:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_set_search, initargs=(search,))
    except (OSError, ValueError):
        return None


_SEARCH = None  # in a worker process: (graph, limit, target chain ends, target legs), set once by the pool


def _set_search(search):
    global _SEARCH
    _SEARCH = search


def _search_chunk(sources, search=None):
    """Times from each source (a virtual node) to each target through its chain's two ends, shift included."""
    graph, limit, ends, legs = search if search is not None else _SEARCH
    dist = dijkstra(graph, directed=True, indices=sources, limit=limit)
    return np.minimum(dist[:, ends[:, 0]] + legs[:, 0], dist[:, ends[:, 1]] + legs[:, 1])


@dataclass
class _OdPlan:
    """What od_blocks and od_pairs share: which side the searches start from, the searched graph with a virtual
    node per source, the target legs, the same-chain pairs and the chunks of sources."""

    src: _ChainLegs
    tgt: _ChainLegs
    from_destinations: bool
    graph: sp.csr_matrix
    tgt_ends: np.ndarray
    tgt_leg: np.ndarray
    same_src_pos: np.ndarray
    same_tgt_pos: np.ndarray
    direct: np.ndarray
    workers: int
    distributed: bool
    chunk: int
    starts: list
    sources: list

    @property
    def n_src(self):
        return len(self.src.points)


def _od_plan(network, origins, destinations, feedback, memory_bytes, workers, engine, core, target_rows):
    """The searches of od_blocks / od_pairs, or None when there is nothing to search. ``target_rows``: how many
    target-wide float rows a source costs beside its distance row (chunk size)."""
    o = np.flatnonzero(origins.attached)
    d = np.flatnonzero(destinations.attached)
    if not len(o) or not len(d):
        return None
    chains = network.chains
    origin_legs, destination_legs = _chain_legs(chains, origins), _chain_legs(chains, destinations)
    from_destinations = len(d) <= len(o)
    if from_destinations:
        # reversed graph: a destination's virtual node reaches its chain ends at the cost of entering it from them
        src, tgt = destination_legs, origin_legs
        base, src_leg, tgt_leg = chains.graph_reversed, src.enter, tgt.leave
    else:
        src, tgt = origin_legs, destination_legs
        base, src_leg, tgt_leg = chains.graph, src.leave, tgt.enter
    src_ends, tgt_ends = src.ends, tgt.ends
    if core is None:
        core = len(src.points) * chains.n_junctions >= _CORE_MIN_WORK
    if core:
        keep = np.zeros(chains.n_junctions, dtype=bool)
        keep[src.ends.reshape(-1)] = True
        keep[tgt.ends.reshape(-1)] = True
        base, index = _core_graph(base, keep)
        src_ends, tgt_ends = index[src.ends], index[tgt.ends]
        progress.report(feedback, 0.0)
    graph, virtual = _with_virtual(base, src_ends, src_leg)
    oi, dj, direct = _direct_pairs(o, origin_legs.chain, origin_legs.position, origins.access[o],
                                   d, destination_legs.chain, destination_legs.position, destinations.access[d],
                                   chains.forward, chains.backward)
    same_src, same_tgt = (dj, oi) if from_destinations else (oi, dj)
    distributed = engine is not None and engine.distributed
    if distributed:
        workers = engine.n_workers()
    else:
        workers = default_workers() if workers is None else max(1, int(workers))
    n_src = len(src.points)
    # the budget holds for the worker processes and this one together: a chunk of k sources costs k dense
    # distance rows and the target-wide rows; small chunks cost nothing in speed (scipy searches one source at a
    # time). The same chunks on a cluster of as many workers, so that the sums come out bit-identical.
    share = memory_bytes // (workers + 1 if workers > 1 else 1)
    chunk = int(max(1, min(n_src, share // (8 * (graph.shape[0] + target_rows * len(tgt.points))))))
    if workers > 1:
        chunk = max(1, min(chunk, -(-n_src // (4 * workers))))  # several chunks per worker balance the load
    starts = list(range(0, n_src, chunk))
    return _OdPlan(src=src, tgt=tgt, from_destinations=from_destinations, graph=graph, tgt_ends=tgt_ends,
                   tgt_leg=tgt_leg, same_src_pos=np.searchsorted(src.points, same_src),
                   same_tgt_pos=np.searchsorted(tgt.points, same_tgt), direct=direct, workers=workers,
                   distributed=distributed, chunk=chunk, starts=starts,
                   sources=[virtual[begin:min(begin + chunk, n_src)] for begin in starts])


def _run_searches(plan, function, search, engine, feedback):
    if plan.distributed:
        return engine.map_in_order(function, plan.sources, search, feedback, window=2 * plan.workers)
    # a run as large as those that pay for the core graph starts its workers at once (timing a first chunk here
    # first would leave the other core idle meanwhile)
    large = plan.n_src * plan.graph.shape[0] >= _CORE_MIN_WORK
    return _searches(plan.sources, search, plan.workers, function, start_now=large)


def od_blocks(network, origins, destinations, limit_minutes=np.inf, feedback=None, memory_bytes=_MEMORY_BUDGET,
              workers=None, engine=None, core=None):
    """Yield (origin indices, destination indices, times) blocks covering every attached origin × destination.

    ``times`` is a dense (len(origin indices), len(destination indices)) float array in minutes, inf beyond
    ``limit_minutes`` or unreachable. The searches run on the contracted graph (``Chains``) from the smaller side
    (destinations on the reversed graph, or origins on the forward graph) in chunks whose distance rows fit
    ``memory_bytes``; progress is reported and cancel checked between chunks. Large jobs are shared among
    ``workers`` processes (default ``default_workers()``; 1: in this process); the blocks come in order either way.
    ``engine`` (``engine.engine_for``): a dask engine runs every chunk as a task on its cluster instead (bit-identical
    blocks, in the same order); None or a local engine: as above. ``core``: search on the graph with the junctions
    that hold no point contracted away (``_core_graph``): True, False, or None to do so when the searches are large
    enough to repay it (sources × junctions ≥ _CORE_MIN_WORK). With a limit and many targets, ``od_pairs`` hands
    out only the pairs within it, at a fraction of the cost.
    """
    progress.report(feedback, 0.0)
    plan = _od_plan(network, origins, destinations, feedback, memory_bytes, workers, engine, core, 3)
    if plan is None:
        return
    search = (plan.graph, limit_minutes + _SHIFT, plan.tgt_ends, plan.tgt_leg)
    searches = _run_searches(plan, _search_chunk, search, engine, feedback)
    yield from _closing(searches, _block_times(searches, plan, limit_minutes, feedback))
    progress.report(feedback, 1.0)


def od_pairs(network, origins, destinations, limit_minutes, feedback=None, memory_bytes=_MEMORY_BUDGET,
             workers=None, engine=None, core=None):
    """Yield (origin indices, destination indices, times) triplets of 1-D arrays: every attached origin-destination
    pair reached within ``limit_minutes``, each pair once, in chunks of sources as od_blocks (same searches, same
    options, bit-identical on a dask engine). Where od_blocks fills a dense row over every target per source, this
    reads only the junctions each search reached and the targets on their chains: on a national network (1 M
    origins, 30 minutes) a small share of the pairs is within reach and the dense rows cost far more than the
    searches."""
    progress.report(feedback, 0.0)
    # a chunk's rows: the distances, and their columns at the target junctions (counted as one per target)
    plan = _od_plan(network, origins, destinations, feedback, memory_bytes, workers, engine, core, 1)
    if plan is None:
        return
    # the junctions that hold a target, and per end a junction → targets index over them
    target_nodes = np.unique(plan.tgt_ends)
    by_end = []
    for e in (0, 1):
        at = np.searchsorted(target_nodes, plan.tgt_ends[:, e])
        by_end += [np.concatenate([[0], np.cumsum(np.bincount(at, minlength=len(target_nodes)))]),
                   np.argsort(at, kind="stable")]
    base = plan.graph.shape[0] - plan.n_src  # the virtual source nodes come after the graph's own
    search = (plan.graph, limit_minutes, base, target_nodes, plan.tgt_ends, plan.tgt_leg, *by_end,
              plan.same_src_pos, plan.same_tgt_pos, plan.direct)
    searches = _run_searches(plan, _search_pairs, search, engine, feedback)
    yield from _closing(searches, _pair_times(searches, plan, feedback))
    progress.report(feedback, 1.0)


def _closing(searches, results):
    try:
        yield from results
    finally:
        # cancelled or abandoned: stop the searches now (local workers shut down, cluster tasks cancelled), not
        # when the traceback that holds them is dropped
        searches.close()


def _expand(pointer, targets, rows, nodes):
    """(row, target) for every target listed at each reached (row, node), from a node → targets index (nodes as
    positions among the target junctions)."""
    count = pointer[nodes + 1] - pointer[nodes]
    at = np.repeat(pointer[nodes] - (np.cumsum(count) - count), count) + np.arange(int(count.sum()))
    return np.repeat(rows, count), targets[at]


def _search_pairs(sources, search=None):
    """(source row, target, minutes) of every target each source (a virtual node) reaches within the limit,
    through the target's chain ends, with the direct time of a source and target on one chain: only the junctions
    a search reached are read. Every pair once: a target is listed at its first end if that end was reached, else at
    its second."""
    (graph, limit, base, target_nodes, ends, legs, start_pointer, start_targets, end_pointer, end_targets, same_src,
     same_tgt, direct) = search if search is not None else _SEARCH
    dist = dijkstra(graph, directed=True, indices=sources, limit=limit + _SHIFT)
    rows, at = np.nonzero(dist[:, target_nodes] <= limit + _SHIFT)
    r0, t0 = _expand(start_pointer, start_targets, rows, at)
    r1, t1 = _expand(end_pointer, end_targets, rows, at)
    second = ~(dist[r1, ends[t1, 0]] <= limit + _SHIFT)
    row, target = np.concatenate([r0, r1[second]]), np.concatenate([t0, t1[second]])
    times = np.minimum(dist[row, ends[target, 0]] + legs[target, 0],
                       dist[row, ends[target, 1]] + legs[target, 1]) - _SHIFT
    # the same chain: the direct time where it is shorter, and the pairs no search reached
    position = sources - base
    pick = np.isin(same_src, position)
    if pick.any():
        n_targets = len(ends)
        d_row = np.searchsorted(position, same_src[pick])  # sources come in ascending order
        d_key = d_row.astype(np.int64) * n_targets + same_tgt[pick]
        d_time = direct[pick]
        order = np.argsort(d_key)
        d_key, d_row, d_target, d_time = d_key[order], d_row[order], same_tgt[pick][order], d_time[order]
        key = row.astype(np.int64) * n_targets + target
        at = np.minimum(np.searchsorted(d_key, key), len(d_key) - 1)
        hit = d_key[at] == key
        times[hit] = np.minimum(times[hit], d_time[at[hit]])
        missing = np.ones(len(d_key), dtype=bool)
        missing[at[hit]] = False
        row, target = np.concatenate([row, d_row[missing]]), np.concatenate([target, d_target[missing]])
        times = np.concatenate([times, d_time[missing]])
    within = times <= limit
    return row[within], target[within], times[within]


def _pair_times(searches, plan, feedback):
    for begin, (rows, columns, times) in zip(plan.starts, searches):
        progress.report(feedback, begin / plan.n_src)
        sources, targets = plan.src.points[begin + rows], plan.tgt.points[columns]
        if plan.from_destinations:
            yield targets, sources, times
        else:
            yield sources, targets, times


def _searches(sources, search, workers, function=_search_chunk, start_now=False):
    """``function`` (_search_chunk or _search_pairs) over the chunks of sources, in order. The first chunk runs here
    and times the rest: only when that is long (> _PARALLEL_SECONDS) are worker processes started for it; with
    ``start_now`` they take every chunk from the start."""
    if not sources:
        return
    pool = _process_pool(workers, search) if start_now and workers > 1 and len(sources) > 1 else None
    if pool is not None:
        rest = sources
    else:
        started = time.perf_counter()
        yield function(sources[0], search)
        rest = sources[1:]
        expected = (time.perf_counter() - started) * len(rest)
        pool = _process_pool(workers, search) if workers > 1 and len(rest) > 1 and expected > _PARALLEL_SECONDS \
            else None
    if pool is None:
        for part in rest:
            yield function(part, search)
        return
    try:
        # at most two chunks per worker in flight, so that finished blocks do not pile up in memory
        yield from _in_order(pool, rest, 2 * workers, search, function)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _in_order(pool, sources, window, search, function=_search_chunk):
    """Results of ``function`` over the chunks of sources, in order, with at most ``window`` chunks submitted
    ahead (finished blocks do not pile up in memory). If the workers cannot run (no usable interpreter, a worker
    killed), the rest is searched in this process: slower, never wrong."""
    futures = {}
    for k in range(len(sources)):
        try:
            for ahead in range(k, min(k + window, len(sources))):
                if ahead not in futures:
                    futures[ahead] = pool.submit(function, sources[ahead])
            result = futures.pop(k).result()
        except (BrokenProcessPool, OSError, RuntimeError):
            for rest in sources[k:]:
                yield function(rest, search)
            return
        yield result


def _block_times(searches, plan, limit_minutes, feedback):
    for begin, times in zip(plan.starts, searches):
        progress.report(feedback, begin / plan.n_src)
        end = min(begin + plan.chunk, plan.n_src)
        times -= _SHIFT
        pick = (plan.same_src_pos >= begin) & (plan.same_src_pos < end)
        if pick.any():
            r, c = plan.same_src_pos[pick] - begin, plan.same_tgt_pos[pick]
            times[r, c] = np.minimum(times[r, c], plan.direct[pick])
        times[times > limit_minutes] = np.inf
        block = plan.src.points[begin:end]
        if plan.from_destinations:
            yield plan.tgt.points, block, times.T
        else:
            yield block, plan.tgt.points, times


def _weights(values, n, name):
    w = np.asarray(values, dtype=float).reshape(-1)
    if len(w) != n:
        raise MethodError(f"{len(w)} {name} were given for {n} points: give one per point.")
    return np.where(np.isfinite(w), w, 0.0)


def _within(times, threshold_minutes):
    # reached at all (inf marks unreachable, and inf <= inf would count it under an infinite threshold)
    return np.isfinite(times) & (times <= threshold_minutes)


def opportunities(network, origins, destinations, weights, threshold_minutes, feedback=None, engine=None):
    """Per origin the sum of destination weights reachable within ``threshold_minutes`` (NaN for unattached
    origins; non-finite weights count as 0). Chunked multi-source Dijkstra with ``limit``: memory bounded."""
    w = _weights(weights, destinations.n, "weights")
    out = np.where(origins.attached, 0.0, np.nan)
    if not np.isfinite(threshold_minutes):
        for oi, dj, times in od_blocks(network, origins, destinations, threshold_minutes, feedback, engine=engine):
            out[oi] += _within(times, threshold_minutes) @ w[dj]
        return out
    for oi, dj, _times in od_pairs(network, origins, destinations, threshold_minutes, feedback, engine=engine):
        out += np.bincount(oi, weights=w[dj], minlength=origins.n)
    return out


def gravity(network, origins, destinations, weights, beta, limit_minutes=np.inf, feedback=None, engine=None):
    """Per origin Σ_j w_j · exp(−beta · t_ij) over destinations reached within ``limit_minutes`` (NaN unattached)."""
    w = _weights(weights, destinations.n, "weights")
    out = np.where(origins.attached, 0.0, np.nan)
    if not np.isfinite(limit_minutes):
        for oi, dj, times in od_blocks(network, origins, destinations, limit_minutes, feedback, engine=engine):
            out[oi] += np.exp(-beta * times) @ w[dj]  # exp(-beta·inf) = 0
        return out
    for oi, dj, times in od_pairs(network, origins, destinations, limit_minutes, feedback, engine=engine):
        out += np.bincount(oi, weights=np.exp(-beta * times) * w[dj], minlength=origins.n)
    return out


def two_step_fca(network, origins, destinations, supply, demand, threshold_minutes, feedback=None, engine=None):
    """Two-step floating catchment area (Luo & Wang 2003) with a binary catchment t_ij ≤ T.

    Step 1, per destination (supply site) j: R_j = S_j / Σ_{i: t_ij ≤ T} D_i (0 when no demand is within reach).
    Step 2, per origin i: A_i = Σ_{j: t_ij ≤ T} R_j. NaN for unattached origins. The pairs within T are kept
    (12 bytes each) between the two steps.
    """
    s = _weights(supply, destinations.n, "supply values")
    dem = _weights(demand, origins.n, "demand values")
    pairs_o, pairs_d = [], []
    if np.isfinite(threshold_minutes):
        for oi, dj, _times in od_pairs(network, origins, destinations, threshold_minutes, feedback, engine=engine):
            pairs_o.append(oi.astype(np.int32))
            pairs_d.append(dj.astype(np.int32))
    else:
        for oi, dj, times in od_blocks(network, origins, destinations, threshold_minutes, feedback, engine=engine):
            r, c = np.nonzero(_within(times, threshold_minutes))
            pairs_o.append(oi[r].astype(np.int32))
            pairs_d.append(dj[c].astype(np.int32))
    out = np.where(origins.attached, 0.0, np.nan)
    if not pairs_o:
        return out
    pi, pj = np.concatenate(pairs_o), np.concatenate(pairs_d)
    catchment_demand = np.bincount(pj, weights=dem[pi], minlength=destinations.n)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(catchment_demand > 0, s / catchment_demand, 0.0)
    out += np.bincount(pi, weights=ratio[pj], minlength=origins.n)
    return out


# -- components ------------------------------------------------------------------------------------------------
@dataclass
class ComponentReport:
    """``labels`` per node (0 = the largest component), ``sizes`` (nodes per component), and, when origins and
    destinations were given: ``origin_component`` / ``destination_component`` (-1 unattached),
    ``origins_without_destination`` (indices of attached origins whose component holds no attached destination:
    the silent-error case) and ``destinations_without_origin``."""

    labels: np.ndarray
    sizes: np.ndarray
    origin_component: Optional[np.ndarray] = None
    destination_component: Optional[np.ndarray] = None
    origins_without_destination: Optional[np.ndarray] = None
    destinations_without_origin: Optional[np.ndarray] = None

    @property
    def n_components(self):
        return len(self.sizes)


def _point_component(labels, network, attachment):
    comp = np.full(attachment.n, -1, dtype=np.int64)
    a = attachment.attached
    comp[a] = labels[network.edge_u[attachment.edge[a]]]
    return comp


def components(network, origins=None, destinations=None, connection="weak"):
    """Connected components of the graph ("weak": ignoring one-way; "strong": mutually reachable), largest first,
    and which origins / destinations sit in a component without any destination / origin."""
    n_comp, labels = connected_components(network.graph, directed=True, connection=connection)
    sizes = np.bincount(labels, minlength=n_comp)
    order = np.argsort(-sizes, kind="stable")
    rank = np.empty(n_comp, dtype=np.int64)
    rank[order] = np.arange(n_comp)
    labels, sizes = rank[labels], sizes[order]
    report = ComponentReport(labels=labels, sizes=sizes)
    if origins is not None and destinations is not None:
        oc = _point_component(labels, network, origins)
        dc = _point_component(labels, network, destinations)
        has_d = np.zeros(n_comp + 1, dtype=bool)
        has_d[dc[dc >= 0]] = True
        has_o = np.zeros(n_comp + 1, dtype=bool)
        has_o[oc[oc >= 0]] = True
        report.origin_component, report.destination_component = oc, dc
        report.origins_without_destination = np.flatnonzero((oc >= 0) & ~has_d[oc])
        report.destinations_without_origin = np.flatnonzero((dc >= 0) & ~has_o[dc])
    return report


# -- service areas ---------------------------------------------------------------------------------------------
@dataclass
class ServiceArea:
    """Minimum time from (direction "from") or to (direction "to") any destination: ``node_time`` per node
    (inf beyond the largest break), ``edge_time_u`` / ``edge_time_v`` per edge (at its start and end node).

    ``reached(break_minutes)`` gives the parts of edges within a break as intervals (edge, f0, f1) of fractions
    from the edge's start u, merged per edge: so an adapter cuts each edge's geometry at f0 and f1 (and may buffer
    or hull the pieces into isochrone polygons). A node is within a break iff its ``node_time`` ≤ the break."""

    network: Network
    destinations: Attachment
    direction: str
    breaks: np.ndarray
    node_time: np.ndarray
    edge_time_u: np.ndarray
    edge_time_v: np.ndarray

    def reached(self, break_minutes):
        net, b = self.network, float(break_minutes)
        cost = net.edge_cost
        outward = self.direction == "from"
        # from the u side: the edge is driven u→v when going outward, v→u (towards u) when going to the sources
        can_u = net.edge_forward if outward else net.edge_backward
        can_v = net.edge_backward if outward else net.edge_forward
        with np.errstate(invalid="ignore"):
            ru = np.clip((b - self.edge_time_u) / cost, 0.0, 1.0)
            rv = np.clip((b - self.edge_time_v) / cost, 0.0, 1.0)
        at_u = self.edge_time_u <= b
        at_v = self.edge_time_v <= b
        edges = [np.flatnonzero(at_u), np.flatnonzero(at_v)]
        f0 = [np.zeros(int(at_u.sum())), 1.0 - np.where(can_v, rv, 0.0)[at_v]]
        f1 = [np.where(can_u, ru, 0.0)[at_u], np.ones(int(at_v.sum()))]
        d = self.destinations
        p = np.flatnonzero(d.attached & (d.access <= b))
        if len(p):
            e = d.edge[p]
            r = np.clip((b - d.access[p]) / cost[e], 0.0, 1.0)
            fwd_ok = net.edge_forward[e] if outward else net.edge_backward[e]  # towards v
            bwd_ok = net.edge_backward[e] if outward else net.edge_forward[e]  # towards u
            f = d.fraction[p]
            edges.append(e)
            f0.append(np.where(bwd_ok, np.maximum(f - r, 0.0), f))
            f1.append(np.where(fwd_ok, np.minimum(f + r, 1.0), f))
        return _merge_intervals(np.concatenate(edges), np.concatenate(f0), np.concatenate(f1))


def _merge_intervals(edge, f0, f1):
    if not len(edge):
        return edge, f0, f1
    order = np.lexsort((f0, edge))
    edge, f0, f1 = edge[order], f0[order], f1[order]
    start = np.ones(len(edge), dtype=bool)
    start[1:] = edge[1:] != edge[:-1]
    # running maximum of f1 within each edge: offset by the edge index so that accumulate never crosses edges
    reach = np.maximum.accumulate(f1 + 2.0 * np.cumsum(start))
    reach -= 2.0 * np.cumsum(start)
    new = start.copy()
    new[1:] |= f0[1:] > reach[:-1]
    group = np.cumsum(new) - 1
    out_f1 = np.zeros(group[-1] + 1)
    np.maximum.at(out_f1, group, f1)
    return edge[new], f0[new], out_f1


def service_area(network, destinations, breaks_minutes, direction="from", feedback=None):
    """Per node and per edge end the minimum time from ("from", outward from the facilities) or to ("to")
    any attached destination, computed up to the largest break with one multi-source Dijkstra; see ServiceArea."""
    if direction not in ("from", "to"):
        raise MethodError("The service area's direction must be 'from' (outward from the destinations) or 'to'.")
    breaks = np.sort(np.asarray(breaks_minutes, dtype=float).reshape(-1))
    limit = float(breaks[-1]) if len(breaks) else 0.0
    progress.report(feedback, 0.0)
    node_time = np.full(network.n_nodes, np.inf)
    if destinations.attached.any():
        # "from": the point's legs to its edge's ends on the forward graph; "to": the reversed graph
        graph, virtual, _ = _augmented(network, destinations, reverse=(direction == "to"))
        dist = dijkstra(graph, directed=True, indices=virtual, min_only=True, limit=limit + _SHIFT)
        node_time = dist[: network.n_nodes] - _SHIFT
        node_time[node_time > limit] = np.inf
    progress.report(feedback, 1.0)
    return ServiceArea(network=network, destinations=destinations, direction=direction, breaks=breaks,
                       node_time=node_time, edge_time_u=node_time[network.edge_u],
                       edge_time_v=node_time[network.edge_v])
