"""Habitat-network connectivity: PC, IIC, EC and node importances (dPC, dIIC with intra, flux, connector).

Pure numpy/scipy (no qgis import). The definitions are Conefor 2.7.3's (Saura & Pascual-Hortal 2007, Saura &
Rubio 2010), confirmed against Conefor's own outputs (tests/data/connectivity), and Graphab's flux F.

Definitions
-----------
- Nodes i have attributes a_i (e.g. area in ha). Candidate pairs (i, j) are given once each, unordered, with their
  edge-to-edge distance d_ij (0 for touching patches). A pair that is not given has no direct link (Conefor
  ``notall``); give every pair for Conefor ``all``.
- PC: p_ij = exp(ln(probability)·d_ij/dispersal_distance); p*_ij is the maximum-product path probability
  (Dijkstra on −ln p with scipy.sparse.csgraph), p*_ii = 1. PCnum = Σ_i Σ_j a_i a_j p*_ij, EC(PC) = sqrt(PCnum),
  PC = PCnum/landscape_area² (same units as the attributes, e.g. ha; None without landscape_area).
- ``min_probability`` (default 0.001, 0 keeps everything): links with p < min_probability are dropped, and PC
  counts only the pairs whose maximum-product probability p*_ij is at least min_probability. These two are the
  same thing: a path with p* ≥ min_probability uses only links with p ≥ min_probability, so dropping the weak
  links never changes a counted p*; it is the Dijkstra ``limit`` −ln(min_probability) that makes large networks
  fast. Node importances, F and the overall split use the same truncated p*. ``dropped_pc_share`` is the share of
  the untruncated PCnum (all given pairs, no minimum) that the minimum drops: (PCnum_all − PCnum)/PCnum_all. It is
  exact when the network is small (Σ component sizes² ≤ ``_EXACT_SHARE_WORK``); otherwise the dropped mass
  Σ_s a_s Σ_j a_j p*_sj [p*_sj < min] is estimated from untruncated Dijkstra runs from ``_SHARE_SAMPLE`` sources
  drawn (seeded, with replacement) with probability proportional to a_s (Hansen–Hurwitz, unbiased; within 2 % of the
  exact share itself on the benchmark landscapes of 2 000 and 5 000 patches), and ``dropped_pc_share_exact`` is False.
- IIC: a pair is linked when d_ij ≤ iic_distance (Conefor's ≤; default iic_distance = dispersal_distance; no
  minimum probability applies); nl_ij = fewest links; IICnum = Σ_i Σ_j a_i a_j/(1 + nl_ij) over connected pairs.
  IIC counts every connected pair, however far apart, so in a network that hangs together over thousands of
  patches it is an all-pairs search that PC's limit avoids: ``iic=False`` leaves IIC out (its fields None), and
  by default (``iic=None``) it is left out, with ``iic_skipped`` True, when the IIC links join more than
  ``_IIC_PAIRS`` pairs (Σ component sizes²; a giant component of 22 000 patches).
- Node importance (Conefor): dX_k = 100·(X − X_without_k)/X, where removing k sets a_k = 0 and removes its links;
  intra_k = 100·a_k²/X, flux_k = 100·Σ_{i≠k} 2·a_i a_k f_ik/X (f = p* or 1/(1+nl) in the intact network) and
  connector_k = dX_k − intra_k − flux_k, which is computed directly as the loss of the pairs (i, j ≠ k) whose
  best paths pass through k (≥ 0, no round-off from the subtraction). Every importance is exact (no sampling, no
  bound): the speed-ups below only skip work that cannot change a result. dIIC needs a repair per (source s,
  removed k, node j behind k), Σ over connected pairs of (links on the path − 1) of them (``diic_work``): with the
  short IIC links of a dense landscape (10 000 patches at 1 per km², IIC_DISTANCE 1 km: one component of 9 500
  patches whose best paths run over 70 links) that is 6·10⁹, hours. ``iic_importances=False`` leaves dIIC out
  (its fields None); by default (None) it is left out, with ``diic_skipped`` True, when it is estimated to take
  over ``_IIC_SECONDS`` (per component the cheaper of the repairs and the dense path below).
- F (Graphab flux, beta = 1): F_i = Σ_{j≠i} a_j p*_ij.
- ``component``: connected components of the PC link graph (links with p ≥ min_probability), numbered 0, 1, … by
  decreasing total attribute (ties by lowest node index); an isolated node is its own component. ``degree``: the
  number of PC links of a node.
- ``on_best_path`` (per given pair): the link is kept for PC and lies on at least one maximum-product path between
  some pair of nodes, i.e. −ln p_uv ≤ (1 + 1e-9)·D_uv + 1e-12 where D_uv is the shortest −ln p* distance between
  its endpoints (any link that is itself a best path between its endpoints is on a best path, and every link of a
  best path is the best path between its endpoints).
- Overall split: PCintra% = 100·Σ a_i²/PCnum, PCdirect% = 100·Σ_{i≠j} a_i a_j p_ij/PCnum (kept links) and
  PCstep% = 100·Σ_{i≠j} a_i a_j (p*_ij − p_ij)/PCnum; the same for IIC with 1/(1+nl) (direct: nl = 1).

Speed
-----
Weights are −ln p (IIC: 1 per link); d is the shortest distance, f(d) = p* (0 beyond the limit) or 1/(1 + d).

- Pruning. In a dense landscape most links are never a best path: a path through nearer patches beats them. Links
  are taken in weight bands (the lightest up to a mean degree of about 4, then bands growing by _BAND_RATIO); a
  link is dropped when the links kept from the lighter bands join its ends at no more than its weight (a Dijkstra
  from its end, in its group's region). The last band is tested by the main pass itself: its links that no path
  beats are added, and the sources within reach of them are searched again. Every distance stays exact: a dropped
  link is replaced by a path of kept links that is no longer.
- Groups and regions. The sources are searched in groups of nearby nodes (a greedy cover by direct links); a group's
  searches run on the subgraph of the nodes within the limit of the group (its region), so that no search costs
  the whole network (without a limit the region is the component).
- Importances. Removing k changes the distances from s only in k's subtree T_sk of s's shortest-path tree (k's
  own pairs are intra and flux). For every source and every interior k, the new distances of T_sk are repaired in
  one vectorised pass over all such (s, k) blocks: the neighbours outside T_sk keep their distances and give the
  initial labels; paths inside T_sk follow by a sweep down the tree levels and label-correcting rounds.
  The repair runs on the minimal graph (kept links that are themselves a shortest path), plus, per k, the links
  that k's removal may need: a link e = (i, j) off the minimal graph can be replaced, whatever k is removed, by
  i's tree path to j (when it avoids k) or by i's tree path to a neighbour y of j outside T_ik plus the link
  (y, j) (when that is no longer than e); e is added for k only when neither holds, from either of its ends.
  A component of up to _DENSE_MAX nodes whose repairs would take longer (their number is counted from the trees
  of the main pass) uses a vertex-exclusion Floyd–Warshall on all its links instead (divide and conquer over the
  removed node, O(c³ log c) vectorised min-plus steps, exact for every k).
- Cores. The groups of each phase run here, and, when the first group shows that the rest will take longer than
  _PARALLEL_SECONDS, in spawned worker processes (STRUKTURBILD_WORKERS, see methods.network.default_workers), or,
  with ``engine`` a dask engine (methods.engine.engine_for(client or scheduler address)), as tasks on its cluster:
  the pruning bands, the main pass, the per-node repairs of dPC and dIIC (groups of sources) and the dense
  components, each array sent to the workers once per run. The results are bit-identical to the run here (every
  task is the same numpy/scipy calls on the same arrays, and its results are added in task order).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components, dijkstra

from . import progress
from .errors import MethodError

_TINY = 1e-300  # a zero-length edge (touching patches, p = 1) as a positive weight: exp(-1e-300) == 1.0
_CHUNK_BYTES = 48_000_000  # memory of one chunk of Dijkstra rows (distances + predecessors + tree arrays)
_GROUP = 256  # sources per group
_BAND_RATIO = 1.6  # growth of the weight bands of the pruning
_BLOCK_BUDGET = 300_000  # (source, k, node) triples repaired in one vectorised pass
_REPAIR_SECONDS = 1.5e-6  # about the time of one repaired (source, k, node) triple (for the choice below)
_DENSE_SECONDS = 3e-9  # the vertex-exclusion Floyd–Warshall of a component of c nodes takes about this·c³·log2(c)
_DENSE_MAX = 1200  # largest component for the vertex-exclusion Floyd–Warshall
_METHOD = None  # tests: "dense" or "sparse" forces the importance method where both apply
_PARALLEL_SECONDS = 2.0  # estimated time left below which starting worker processes costs more than it saves
_EXACT_SHARE_WORK = 1e6  # Σ over components of c² up to which dropped_pc_share is computed exactly
_SHARE_SAMPLE = 128  # sources sampled to estimate dropped_pc_share on larger networks
_SHARE_FAR = 40.0  # the sampled searches stop at p* = min_probability·e^-40 (4e-18 of a pair at the minimum)
_IIC_PAIRS = 5e8  # connected pairs (Σ component sizes²) above which iic=None leaves IIC out
_IIC_SECONDS = 200.0  # estimated seconds of dIIC above which iic_importances=None leaves it out
_WORKERS = None  # tests: the number of worker processes (None: methods.network.default_workers())


@dataclass
class ConnectivityResult:
    pc_num: float
    ec_pc: float
    iic_num: Optional[float]  # None with iic=False
    ec_iic: Optional[float]
    pc: Optional[float]
    iic: Optional[float]
    n_components: int
    component: np.ndarray
    degree: np.ndarray
    dPC: Optional[np.ndarray]  # noqa: N815 (Conefor\'s names)
    dPC_intra: Optional[np.ndarray]  # noqa: N815 (Conefor\'s names)
    dPC_flux: Optional[np.ndarray]  # noqa: N815 (Conefor\'s names)
    dPC_connector: Optional[np.ndarray]  # noqa: N815 (Conefor\'s names)
    dIIC: Optional[np.ndarray]  # noqa: N815 (Conefor\'s names)
    dIIC_intra: Optional[np.ndarray]  # noqa: N815 (Conefor\'s names)
    dIIC_flux: Optional[np.ndarray]  # noqa: N815 (Conefor\'s names)
    dIIC_connector: Optional[np.ndarray]  # noqa: N815 (Conefor\'s names)
    F: np.ndarray
    pc_intra_pct: float
    pc_direct_pct: float
    pc_step_pct: float
    dropped_pc_share: float
    link_probability: np.ndarray
    on_best_path: np.ndarray
    iic_intra_pct: Optional[float] = 0.0
    iic_direct_pct: Optional[float] = 0.0
    iic_step_pct: Optional[float] = 0.0
    dropped_pc_share_exact: bool = True
    iic_skipped: bool = False  # iic=None left IIC out: too many connected pairs (see connectivity())
    diic_skipped: bool = False  # iic_importances=None left dIIC out: too many repairs (see connectivity())
    diic_work: Optional[float] = None  # the (source, removed node, node) repairs dIIC needs (None without IIC)


def link_probability(distance, dispersal_distance, probability=0.5):
    """p = exp(ln(probability)·d/dispersal_distance): ``probability`` at ``dispersal_distance`` (vectorised)."""
    dispersal_distance, probability = _number(dispersal_distance, "the dispersal distance"), _number(
        probability, "the probability at the dispersal distance")
    if not (np.isfinite(dispersal_distance) and dispersal_distance > 0):
        raise MethodError(f"the dispersal distance must be a finite number greater than 0, not {dispersal_distance:g}")
    if not 0 < probability < 1:
        raise MethodError(f"the probability at the dispersal distance must lie between 0 and 1 (both excluded), not "
                          f"{probability:g}")
    d = np.asarray(distance, dtype=float)
    return np.exp(np.log(probability) * d / float(dispersal_distance))


# -- the engine: one kind of index (PC or IIC) on one graph --------------------------------------------------


def _f_pc(limit):
    def f(d):
        out = np.exp(-d)
        out[~(d <= limit)] = 0.0
        return out

    return f


def _f_iic(d):
    out = 1.0 / (1.0 + d)
    out[~np.isfinite(d)] = 0.0
    return out


def _kernel(kind, limit):
    return _f_pc(limit) if kind == "pc" else _f_iic


class _Progress:
    def __init__(self, feedback, lo, hi):
        self.feedback, self.lo, self.hi = feedback, lo, hi

    def __call__(self, fraction):
        progress.report(self.feedback, self.lo + (self.hi - self.lo) * fraction)

    def sub(self, a, b):
        return _Progress(self.feedback, self.lo + (self.hi - self.lo) * a, self.lo + (self.hi - self.lo) * b)


def _sym(n, u, v, w):
    """The symmetric CSR matrix of the undirected links (sorted indices)."""
    g = sp.csr_matrix((np.r_[w, w], (np.r_[u, v], np.r_[v, u])), shape=(n, n))
    g.sort_indices()
    return g


def _ranges(starts, counts):
    """Concatenated ranges starts[i] .. starts[i] + counts[i] - 1."""
    total = int(counts.sum())
    return np.repeat(starts - (np.cumsum(counts) - counts), counts) + np.arange(total)


def _segmin(vals, keys):
    """(keys, minimum of vals per key) for keys that come in runs (each key's entries together)."""
    if len(keys) == 0:
        return keys, vals
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return keys[starts], np.minimum.reduceat(vals, starts)


def _groups(n, g, labels, limit):
    """Groups of sources that lie close together, for the per-group regions (nodes without links are left out).

    With a finite limit: a greedy cover, each cell a node and its not yet covered neighbours (every link is within
    the limit, so a cell lies within the limit of its first node); cells are split or merged to about _GROUP
    nodes. Without a limit the region is the whole component: the components' nodes in chunks."""
    indptr, indices = g.indptr, g.indices
    deg = np.diff(indptr)
    if np.isfinite(limit):
        covered = deg == 0
        cells = []
        for s in np.flatnonzero(~covered):
            if covered[s]:
                continue
            nb = indices[indptr[s]:indptr[s + 1]]
            cell = np.r_[s, nb[~covered[nb]]]
            covered[cell] = True
            cells.append(cell)
    else:
        order = np.argsort(labels, kind="stable")
        order = order[deg[order] > 0]
        cells = np.split(order, np.flatnonzero(np.diff(labels[order])) + 1) if len(order) else []
    out, cur, cur_n = [], [], 0
    for cell in cells:
        if len(cell) >= _GROUP:
            out += [cell[c0:c0 + _GROUP] for c0 in range(0, len(cell), _GROUP)]
            continue
        if cur and cur_n + len(cell) > _GROUP:
            out.append(np.concatenate(cur))
            cur, cur_n = [], 0
        cur.append(cell)
        cur_n += len(cell)
    if cur:
        out.append(np.concatenate(cur))
    return out


class _Local:
    """The subgraph of g on the nodes within ``limit`` of ``sources`` (min-only Dijkstra; without a limit, the
    sources' components), in local numbers; paths of length ≤ limit from the sources never leave it."""

    def __init__(self, g, sources, limit, labels):
        n = g.shape[0]
        if np.isfinite(limit):
            d = dijkstra(g, indices=sources, min_only=True, limit=limit)
            nodes = np.flatnonzero(np.isfinite(d))
        else:
            nodes = np.flatnonzero(np.isin(labels, labels[sources]))
        self.nodes = nodes
        self.index = np.full(n, -1, np.int64)
        self.index[nodes] = np.arange(len(nodes))
        self.g = g[nodes][:, nodes].tocsr()
        self.g.sort_indices()
        self.src = self.index[sources]

    def chunks(self, sources):
        """Runs of the sources whose dense distance rows fit _CHUNK_BYTES (about 20 bytes an entry)."""
        step = max(1, int(_CHUNK_BYTES // (20 * max(1, len(self.nodes)))))
        return [slice(c0, min(len(sources), c0 + step)) for c0 in range(0, len(sources), step)]


class _Trees:
    """The shortest-path trees of the rows of D/P (predecessors), flattened: entry q is (row rr[q], node jj[q]) for
    every reached node; par[q] is q's parent entry (-1 at the root), depth, size (of the subtree), tin (preorder
    position within the row's tree), pre2q[rowstart[r] + tin] = q, and tin_flat[r·R + node] = tin (-1 unreached)."""

    def __init__(self, D, P, depth_only=False):
        rr, jj = np.nonzero(np.isfinite(D))
        Q = len(rr)
        R = D.shape[1]
        M = np.full(D.size, -1, np.int64)
        M[rr * R + jj] = np.arange(Q)
        pn = P[rr, jj]
        par = np.where(pn >= 0, M[rr * R + np.maximum(pn, 0)], -1)
        depth = (par >= 0).astype(np.int64)  # pointer jumping
        jump = par.copy()
        act = np.flatnonzero(jump >= 0)
        while len(act):
            j = jump[act]
            dn, jn = depth[act] + depth[j], jump[j]
            depth[act], jump[act] = dn, jn
            act = act[jn >= 0]
        self.rr, self.depth = rr, depth
        if depth_only:
            return
        order = np.argsort(depth, kind="stable")
        lb = np.searchsorted(depth[order], np.arange(int(depth.max()) + 2 if Q else 1))
        size = np.ones(Q, np.int64)
        for level in range(len(lb) - 2, 0, -1):
            lev = order[lb[level]:lb[level + 1]]
            np.add.at(size, par[lev], size[lev])
        # preorder: a parent's children in entry order, each after its earlier siblings' subtrees
        child = np.flatnonzero(par >= 0)
        co = child[np.argsort(par[child], kind="stable")]
        before = np.cumsum(size[co]) - size[co]
        first = np.flatnonzero(np.r_[True, par[co][1:] != par[co][:-1]]) if len(co) else np.zeros(0, np.int64)
        runs = np.diff(np.r_[first, len(co)])
        sib = np.zeros(Q, np.int64)
        sib[co] = before - np.repeat(before[first], runs)
        tin = np.zeros(Q, np.int64)
        for level in range(1, len(lb) - 1):
            lev = order[lb[level]:lb[level + 1]]
            tin[lev] = tin[par[lev]] + 1 + sib[lev]
        rowstart = np.searchsorted(rr, np.arange(D.shape[0] + 1))
        pre2q = np.empty(Q, np.int64)
        pre2q[rowstart[rr] + tin] = np.arange(Q)
        tin_flat = np.full(D.size, -1, np.int64)
        tin_flat[rr * R + jj] = tin
        self.jj, self.M, self.par, self.size = jj, M, par, size
        self.tin, self.pre2q, self.rowstart, self.tin_flat = tin, pre2q, rowstart, tin_flat


def _relax(d, isrc, idst, iw, changed):
    """Label-correcting rounds (d in place) over the edges isrc -> idst, from the nodes ``changed``."""
    by_src = np.argsort(isrc, kind="stable")
    src_ptr = np.searchsorted(isrc[by_src], np.arange(len(d) + 1))
    mark = np.zeros(len(d), bool)
    while len(changed):
        pos = by_src[_ranges(src_ptr[changed], src_ptr[changed + 1] - src_ptr[changed])]
        t_ = idst[pos]
        cand = d[isrc[pos]] + iw[pos]
        better = cand < d[t_]
        if not better.any():
            return
        t_ = t_[better]
        np.minimum.at(d, t_, cand[better])
        mark[t_] = True
        changed = np.flatnonzero(mark)
        mark[changed] = False


def _repair(g, D, T, qks, limit, extra, nodes, n):
    """The new distances, after removing k, of the nodes of k's subtree, for every interior entry q_k in qks.

    Block nodes are the pairs (q_k, q_j) with j in k's subtree, numbered per k in preorder. Their neighbours
    outside the subtree (other than k) keep their distances and give each block node an initial label; paths
    inside the subtree are then followed by a sweep down the tree levels and label-correcting rounds. Neighbours
    are g's links and the extra links (keys k·n + j, local neighbour, weight) that only k's removal may need.
    Returns (bk, bj, new distances), inf beyond the limit."""
    indptr, indices, data = g.indptr, g.indices, g.data
    R = D.shape[1]
    nb = T.size[qks] - 1
    B = int(nb.sum())
    bstart = np.cumsum(nb) - nb
    tk = T.tin[qks]
    bk = np.repeat(qks, nb)
    bj = T.pre2q[_ranges(T.rowstart[T.rr[qks]] + tk + 1, nb)]
    jn = T.jj[bj]
    Dflat = D.ravel()
    b_row = np.repeat(T.rr[qks] * R, nb)
    b_tk = np.repeat(tk, nb)
    b_nb = np.repeat(nb, nb)
    b_base = np.repeat(bstart - 1, nb)
    init = np.full(B, np.inf)
    isrc, idst, iw, ival = [], [], [], []

    def visit(bid, x, xw):
        """The neighbours x (local, -1: outside the region) with weights xw of the block nodes bid: the internal
        edges are kept, the others give candidate labels (returned, inf where none)."""
        flat = b_row[bid] + np.maximum(x, 0)
        rel = T.tin_flat[flat] - b_tk[bid]
        inside = (rel > 0) & (rel <= b_nb[bid]) & (x >= 0)
        val = Dflat[flat] + xw
        ins = np.flatnonzero(inside)
        ival.append(val[ins])
        idst.append(bid[ins])
        isrc.append(b_base[bid[ins]] + rel[ins])
        iw.append(xw[ins])
        val[inside | (rel == 0) | (x < 0)] = np.inf  # rel == 0: k itself
        return val

    # g's links one neighbour slot at a time: the block nodes with more than t neighbours, in ascending order
    deg = indptr[jn + 1] - indptr[jn]
    bid = np.flatnonzero(deg > 0)
    t = 0
    while len(bid):
        idx = indptr[jn[bid]] + t
        val = visit(bid, indices[idx], data[idx])
        np.minimum(init[bid], val, out=val)
        init[bid] = val
        t += 1
        bid = bid[deg[bid] > t]
    if extra is not None:
        keys, enb, ew = extra
        key = nodes[T.jj[bk]] * n + nodes[jn]
        lo = np.searchsorted(keys, key, "left")
        cnt = np.searchsorted(keys, key, "right") - lo
        if cnt.any():
            bid = np.repeat(np.arange(B), cnt)
            pos = _ranges(lo, cnt)
            t_, m_ = _segmin(visit(bid, enb[pos], ew[pos]), bid)
            np.minimum(init[t_], m_, out=m_)
            init[t_] = m_
    isrc, idst, iw, ival = (np.concatenate(x) for x in (isrc, idst, iw, ival))
    init[init > limit] = np.inf
    newd = init
    # an internal edge x -> j can help only if d(x) + w < init(j), since x's new distance is at least d(x)
    useful = np.flatnonzero(ival < init[idst])
    if len(useful):
        isrc, idst, iw = isrc[useful], idst[useful], iw[useful]
        # the edges come in ascending runs of idst (one per slot): a stable sort merges them; then by level
        o = np.argsort(idst, kind="stable")
        isrc, idst, iw = isrc[o], idst[o], iw[o]
        lev = (T.depth[bj] - np.repeat(T.depth[qks], nb)).astype(np.int16 if T.depth.max() < 32000 else np.int64)
        le = lev[idst]
        o = np.argsort(le, kind="stable")
        isrc, idst, iw, le = isrc[o], idst[o], iw[o], le[o]
        bounds = np.searchsorted(le, np.arange(int(le.max()) + 2))
        for level in range(1, len(bounds) - 1):
            a0, a1 = bounds[level], bounds[level + 1]
            if a0 < a1:
                t_, m_ = _segmin(newd[isrc[a0:a1]] + iw[a0:a1], idst[a0:a1])
                np.minimum(newd[t_], m_, out=m_)
                newd[t_] = m_
        # edges that do not run down a level may still improve their ends: correct from there
        back = np.flatnonzero(lev[isrc] >= le)
        viol = back[newd[isrc[back]] + iw[back] < newd[idst[back]]]
        if len(viol):
            _relax(newd, isrc, idst, iw, np.unique(isrc[viol]))
    newd[newd > limit] = np.inf
    return bk, bj, newd


# -- the tasks, one per group of sources (here or in a worker process) ----------------------------------------


def _graph(shared, name):
    """The CSR matrix ``name`` of the shared arrays (built once per shared dict)."""
    key = "_csr_" + name
    if key not in shared:
        n = int(shared["n"])
        shared[key] = sp.csr_matrix((shared[name + "_data"], shared[name + "_indices"], shared[name + "_indptr"]),
                                    shape=(n, n))
    return shared[key]


def _put_graph(shared, name, g):
    shared[name + "_data"], shared[name + "_indices"], shared[name + "_indptr"] = g.data, g.indices, g.indptr
    shared.pop("_csr_" + name, None)
    return shared


def _task_band(part, shared):
    """For the band's links ``part`` (their u ends in one group): True where the lighter links already kept join
    the ends at no more than the link's weight."""
    u, v, w, hi = shared["u"], shared["v"], shared["w"], float(shared["hi"])
    srcs, inv = np.unique(u[part], return_inverse=True)
    loc = _Local(_graph(shared, "h"), srcs, hi, None)
    dist = dijkstra(loc.g, indices=loc.src, limit=hi)
    xl = loc.index[v[part]]
    d = np.where(xl >= 0, dist[inv, np.maximum(xl, 0)], np.inf)
    return d <= w[part]


def _task_main(grp, shared):
    """Per-source sums S for the group's sources and the distances between the ends of the links whose u end is
    in the group, if asked for: (S, link ids, distances, work). work (per source) is the number of (source, removed
    node, node) repairs that the importances would need, Σ_j (links on the tree path to j − 1): from the distances
    with unit weights (IIC), from the shortest-path trees when ``count_hops`` is shared, else 0."""
    n, limit, kind = int(shared["n"]), float(shared["limit"]), str(shared["kind"])
    f = _kernel(kind, limit)
    loc = _Local(_graph(shared, "h"), grp, limit, shared.get("labels"))
    a_loc = shared["a"][loc.nodes]
    S = np.empty(len(grp))
    work = np.zeros(len(grp))
    hops = kind != "iic" and "count_hops" in shared
    ids = np.zeros(0, np.int64)
    dl = np.zeros(0)
    if "home_order" in shared:
        ids = _home_links(grp, shared["home_sorted"], shared["home_order"])
        rowof = np.full(n, -1, np.int64)
        rowof[grp] = np.arange(len(grp))
        xl = loc.index[shared["v"][ids]]
        rows = rowof[shared["u"][ids]]
        dl = np.full(len(ids), np.inf)
    for sl in loc.chunks(grp):
        if hops:
            D, P = dijkstra(loc.g, indices=loc.src[sl], limit=limit, return_predecessors=True)
            T = _Trees(D, P, depth_only=True)
            work[sl] = np.bincount(T.rr, weights=np.maximum(T.depth - 1, 0), minlength=D.shape[0])
        else:
            D = dijkstra(loc.g, indices=loc.src[sl], limit=limit)
        r, c = np.nonzero(np.isfinite(D))
        S[sl] = np.bincount(r, weights=f(D[r, c]) * a_loc[c], minlength=D.shape[0])
        if kind == "iic":
            work[sl] = np.bincount(r, weights=np.maximum(D[r, c] - 1.0, 0.0), minlength=D.shape[0])
        if len(ids):
            pick = np.flatnonzero((rows >= sl.start) & (rows < sl.stop) & (xl >= 0))
            dl[pick] = D[rows[pick] - sl.start, xl[pick]]
    return S, ids, dl, work


def _home_links(grp, home_sorted, home_order):
    """The links whose u end is in grp (home_sorted: the u ends sorted, home_order: their link ids)."""
    lo = np.searchsorted(home_sorted, grp, "left")
    hi = np.searchsorted(home_sorted, grp, "right")
    return home_order[_ranges(lo, hi - lo)]


def _task_candidates(grp, shared):
    """For the links outside the minimal graph with an end s in the group: the (k, link) pairs, as keys k·m + link,
    for which k lies on s's shortest path to the other end x and no neighbour y of x outside k's subtree offers
    d(s, y) + w(y, x) ≤ the link's weight (keys from the u side, keys from the v side)."""
    m, limit = int(shared["m"]), float(shared["limit"])
    ptr, oth, lk, side, w = shared["inc_ptr"], shared["inc_other"], shared["inc_link"], shared["inc_side"], shared["w"]
    loc = _Local(_graph(shared, "hm"), grp, limit, shared.get("labels"))
    out0, out1 = [], []
    for sl in loc.chunks(grp):
        src = grp[sl]
        cnt = ptr[src + 1] - ptr[src]
        if not cnt.any():
            continue
        D, P = dijkstra(loc.g, indices=loc.src[sl], limit=limit, return_predecessors=True)
        T = _Trees(D, P)
        R = D.shape[1]
        pos = _ranges(ptr[src], cnt)
        row = np.repeat(np.arange(len(src)), cnt)
        xl = loc.index[oth[pos]]
        xq = np.where(xl >= 0, T.M[row * R + np.maximum(xl, 0)], -1)
        ok = np.flatnonzero(xq >= 0)
        pos, row, xq = pos[ok], row[ok], xq[ok]
        # (pair, ancestor) with the ancestor strictly between the root and x
        pi, pk = [], []
        idx = np.arange(len(pos))
        cur = T.par[xq]
        while len(idx):
            keep = (cur >= 0) & (T.par[np.maximum(cur, 0)] >= 0)
            idx, cur = idx[keep], cur[keep]
            pi.append(idx)
            pk.append(cur)
            cur = T.par[cur]
        pi, pk = np.concatenate(pi), np.concatenate(pk)
        if not len(pi):
            continue
        xn = T.jj[xq[pi]]
        g = loc.g
        deg = g.indptr[xn + 1] - g.indptr[xn]
        ep = _ranges(g.indptr[xn], deg)
        yn = g.indices[ep]
        flat = np.repeat(row[pi] * R, deg) + yn
        ek = np.repeat(pk, deg)
        rel = T.tin_flat[flat] - T.tin[ek]
        val = D.ravel()[flat] + g.data[ep]
        val[(rel >= 0) & (rel < T.size[ek])] = np.inf  # k and its subtree
        bound = np.minimum.reduceat(val, np.cumsum(deg) - deg)
        link = lk[pos[pi]]
        need = np.flatnonzero(~(bound <= w[link]))
        key = loc.nodes[T.jj[pk[need]]] * m + link[need]
        sd = side[pos[pi[need]]]
        out0.append(key[sd == 0])
        out1.append(key[sd == 1])
    empty = np.zeros(0, np.int64)
    return (np.concatenate(out0) if out0 else empty), (np.concatenate(out1) if out1 else empty)


def _task_connector(grp, shared):
    """The connector masses contributed by the group's sources: (nodes k, Σ_s a_s Σ_j a_j (f(d_sj) − f(d'_sj)))."""
    n, limit, kind = int(shared["n"]), float(shared["limit"]), str(shared["kind"])
    f = _kernel(kind, limit)
    loc = _Local(_graph(shared, "hm"), grp, limit, shared.get("labels"))
    a_loc = shared["a"][loc.nodes]
    extra = None
    if "extra_keys" in shared:
        extra = (shared["extra_keys"], loc.index[shared["extra_other"]], shared["extra_w"])
    conn = np.zeros(len(loc.nodes))
    for sl in loc.chunks(grp):
        D, P = dijkstra(loc.g, indices=loc.src[sl], limit=limit, return_predecessors=True)
        T = _Trees(D, P)
        interior = np.flatnonzero((T.size > 1) & (T.par >= 0))
        csum = np.cumsum(T.size[interior] - 1)
        start = 0
        while start < len(interior):
            stop = max(start + 1, int(np.searchsorted(csum, (csum[start - 1] if start else 0) + _BLOCK_BUDGET,
                                                      "right")))
            qks = interior[start:stop]
            _check(shared)
            bk, bj, newd = _repair(loc.g, D, T, qks, limit, extra, loc.nodes, n)
            loss = a_loc[T.jj[bj]] * (f(D[T.rr[bj], T.jj[bj]]) - f(newd))
            run = np.cumsum(np.r_[True, bk[1:] != bk[:-1]]) - 1  # bk repeats qks in order
            per_k = np.bincount(run, weights=loss, minlength=len(qks))
            conn += np.bincount(T.jj[qks], weights=a_loc[loc.src[sl][T.rr[qks]]] * per_k, minlength=len(conn))
            start = stop
    nz = np.flatnonzero(conn)
    return loc.nodes[nz], conn[nz]


def _task_dense(comp, shared):
    """The connector masses of one component by vertex-exclusion Floyd–Warshall on all its links."""
    n, limit, kind = int(shared["n"]), float(shared["limit"]), str(shared["kind"])
    ids = _home_links(comp, shared["home_sorted"], shared["home_order"])
    index = np.full(n, -1, np.int64)
    index[comp] = np.arange(len(comp))
    W = np.full((len(comp), len(comp)), np.inf)
    iu, iv = index[shared["u"][ids]], index[shared["v"][ids]]
    W[iu, iv] = W[iv, iu] = shared["w"][ids]
    np.fill_diagonal(W, 0.0)
    return _dense_connector(W, shared["a"][comp], _kernel(kind, limit), lambda: _check(shared))


def _check(shared):
    """Cancel check inside a long task run here (a no-op in a worker: the runner checks while it waits)."""
    check = shared.get("_check")
    if check is not None:
        check()


def _dense_connector(W, a, f, check=None):
    """Connector mass per node of one component (dense weights W, inf: no link) by vertex-exclusion
    Floyd–Warshall: divide and conquer over the removed node, O(c³ log c), exact for every k. The connector of k is
    Σ_{i,j≠k} a_i a_j (f(d_ij) − f(d_ij without k)), each term ≥ 0."""
    c = len(a)
    tmp = np.empty_like(W)

    def fw(D, ts):
        for t in ts:
            if check is not None and t % 64 == 0:
                check()
            np.add(D[:, t, None], D[None, t, :], out=tmp)
            np.minimum(D, tmp, out=D)

    D0 = W.copy()
    fw(D0, range(c))
    F0 = f(D0)
    del D0
    out = np.zeros(c)

    def solve(D, lo, hi):
        if hi - lo == 1:
            k = lo
            diff = F0 - f(D)
            diff[k, :] = 0.0
            diff[:, k] = 0.0
            out[k] = float(a @ (diff @ a))
            return
        mid = (lo + hi) // 2
        D1 = D.copy()
        fw(D1, range(mid, hi))
        solve(D1, lo, mid)
        del D1
        fw(D, range(lo, mid))
        solve(D, mid, hi)

    solve(W.copy(), 0, c)
    return out


# -- running the tasks here or in worker processes ------------------------------------------------------------


_WORKER_SHARED = {}  # in a worker process: the shared arrays of the current phase, by folder


def _worker_run(fn, task, folder):
    """In a worker: the task on the phase's shared arrays (memory-mapped .npy files in ``folder``)."""
    if folder not in _WORKER_SHARED:
        _WORKER_SHARED.clear()
        shared = {}
        for path in Path(folder).glob("*.npy"):
            shared[path.stem] = np.load(path, mmap_mode="r", allow_pickle=False)
        _WORKER_SHARED[folder] = shared
    return fn(task, _WORKER_SHARED[folder])


def _cluster_run(item, shared):
    """On a dask worker: the task ``item`` = (function, task) on the run's shared arrays (``shared``: its Futures
    already resolved by the worker; a dict of its own, for the matrices built from them)."""
    fn, task = item
    return fn(task, dict(shared))


class _Runner:
    """Runs the tasks of each phase over the groups: the first here, and, when that one shows the rest will take
    longer than _PARALLEL_SECONDS (counting what the earlier phases took here), the rest in spawned worker processes
    (methods.network's pool: the workers import only the methods) that read the phase's arrays from memory-mapped
    files, or, with a dask engine (methods.engine), as tasks on its cluster: every array is sent to the workers once
    per run (the phases share the links and the areas), a task is retried when its worker is lost, and a cancel
    cancels the run's tasks and arrays on the cluster. Results come in task order, so the sums are the same either
    way (bit-identical); if the local workers cannot run, the rest runs here."""

    def __init__(self, workers=None, engine=None):
        from . import network

        self.network = network
        self.engine = engine if getattr(engine, "distributed", False) else None
        if workers is None and engine is not None:
            workers = getattr(engine, "workers", None)  # a LocalEngine's number of worker processes
        self.workers = network.default_workers() if workers is None else max(1, int(workers))
        self.pool = None
        self.folder = None
        self.phase = 0
        self.spent = 0.0  # seconds of tasks run here
        self.saved = {}  # id -> (array, file) of the large arrays saved for the workers
        self.remote = {}  # id -> (array, Future) of the arrays sent to the dask cluster

    def map(self, fn, tasks, shared, prog, weights=None):
        tasks = list(tasks)
        if not tasks:
            return []
        weights = np.ones(len(tasks)) if weights is None else np.asarray(weights, float)
        total = float(weights.sum()) or 1.0
        state = [0.0]
        shared["_check"] = lambda: prog(state[0] / total)  # long tasks here check cancel through this
        prog(0.0)
        started = time.perf_counter()
        results = [fn(tasks[0], shared)]
        done = state[0] = float(weights[0])
        prog(done / total)
        rest = range(1, len(tasks))
        first = time.perf_counter() - started
        self.spent += first
        expected = first * (total - done) / max(float(weights[0]), 1e-9)
        started_before = self.pool is not None or bool(self.remote)
        worth = expected > _PARALLEL_SECONDS / 10 if started_before else self.spent + expected > _PARALLEL_SECONDS
        if len(rest) > 1 and worth and self.engine is not None:
            return self._on_cluster(fn, tasks, shared, prog, weights, results, done, total)
        if len(rest) > 1 and self.workers > 1 and worth and self._start():
            try:
                folder = self._save(shared)
                futures = {}
                window = 2 * self.workers
                for k in rest:
                    for ahead in range(k, min(k + window, len(tasks))):
                        if ahead not in futures:
                            futures[ahead] = self.pool.submit(_worker_run, fn, tasks[ahead], folder)
                    future = futures.pop(k)
                    while True:
                        try:
                            results.append(future.result(timeout=0.25))
                            break
                        except FutureTimeout:
                            prog(done / total)  # raises Cancelled when the user cancels
                    done += float(weights[k])
                    prog(done / total)
                return results
            except (BrokenProcessPool, OSError, RuntimeError):
                self.close()
                rest = range(len(results), len(tasks))
            except BaseException:
                self.close(stop=True)  # cancelled: stop the workers at once
                raise
        started = time.perf_counter()
        for k in rest:
            results.append(fn(tasks[k], shared))
            done = state[0] = done + float(weights[k])
            prog(done / total)
        self.spent += time.perf_counter() - started
        return results

    def _on_cluster(self, fn, tasks, shared, prog, weights, results, done, total):
        """Tasks 1, 2, … of the phase on the dask cluster, in order (task 0 ran here)."""
        remote = {}
        for name, value in shared.items():
            if name.startswith("_") or value is None:
                continue
            if isinstance(value, np.ndarray) and value.size > 64:
                before = self.remote.get(id(value))
                if before is None or before[0] is not value:
                    before = self.remote[id(value)] = (value, self.engine.share(value))
                value = before[1]
            remote[name] = value
        feedback = getattr(prog, "feedback", None)
        blocks = self.engine.map_in_order(_cluster_run, [(fn, tasks[k]) for k in range(1, len(tasks))], remote,
                                          feedback, scattered=True)
        try:
            for k, result in enumerate(blocks, 1):
                results.append(result)
                done += float(weights[k])
                prog(done / total)  # raises Cancelled when the user cancels (the tasks are cancelled below)
        finally:
            blocks.close()
        return results

    def _start(self):
        if self.pool is not None:
            return True
        executable = self.network._python_executable()
        if executable is None:
            return False
        context = self.network._WorkerContext()
        context.set_executable(executable)
        try:
            self.pool = ProcessPoolExecutor(self.workers, mp_context=context)
            self.folder = tempfile.mkdtemp(prefix="strukturbild-connectivity-")
        except (OSError, ValueError):
            self.pool = None
            return False
        return True

    def _save(self, shared):
        self.phase += 1
        folder = os.path.join(self.folder, str(self.phase))
        os.makedirs(folder)
        for name, value in shared.items():
            if name.startswith("_") or value is None:
                continue
            path = os.path.join(folder, name + ".npy")
            before = self.saved.get(id(value))
            if before is not None and before[0] is value:
                try:
                    os.link(before[1], path)  # the same array as in an earlier phase: no second copy
                    continue
                except OSError:
                    pass
            np.save(path, np.asarray(value), allow_pickle=False)
            if isinstance(value, np.ndarray) and value.size > 100_000:
                self.saved[id(value)] = (value, path)
        return folder

    def close(self, stop=False):
        if self.pool is not None:
            processes = list(getattr(self.pool, "_processes", {}).values()) if stop else []
            self.pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:  # a cancelled run leaves no worker busy with its task
                process.terminate()
            self.pool = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
        self.saved = {}
        if self.remote:  # the run's arrays leave the cluster
            self.engine.release(future for _value, future in self.remote.values())
            self.remote = {}


# -- the network: pruning, sums, connector masses -------------------------------------------------------------


def _bands(w, n):
    """Weight bands (lo, hi]: the lightest links up to a mean degree of about 4 (or 1 % of the heaviest weight)
    form the first band, then each band is _BAND_RATIO times the previous; the last reaches the heaviest link."""
    wmax = float(w.max())
    k = min(len(w), 2 * n) - 1
    t = max(float(np.partition(w, k)[k]), wmax / 100.0)
    bands = [(-np.inf, t)]
    while t < wmax:
        t1 = t * _BAND_RATIO
        if t1 * 1.25 >= wmax:
            t1 = wmax
        bands.append((t, t1))
        t = t1
    return bands


def _network(n, a, u, v, w, kind, limit, importances, prog, runner, seconds_limit=np.inf):
    """Per-source sums S_s = Σ_j a_j f(d_sj), connector masses conn (or None), the distances dlink between every
    link's ends (not with unit weights), the mask of the links kept in the pruned graph (see the module docstring,
    Speed), the number of repairs the importances need, and the connected components of the links (scipy's
    labels). With unit weights, conn is None when the importances are estimated to take over seconds_limit."""
    m = len(u)
    S = a.copy()  # isolated nodes: only i = j
    conn = np.zeros(n) if importances else None
    dlink = np.full(m, np.inf)
    keep = np.ones(m, bool)
    work = np.zeros(n)
    if m == 0:
        return S, conn, dlink, keep, 0.0, np.arange(n)
    g_all = sp.csr_matrix((np.ones(2 * m, np.int8), (np.r_[u, v], np.r_[v, u])), shape=(n, n))
    labels = connected_components(g_all, directed=False)[1]
    groups = _groups(n, g_all, labels, limit)
    del g_all
    # the shared arrays go to the workers through files: node and link numbers in 32 bits where they fit
    small = n < 2**31 and m < 2**31
    if small:
        u, v = u.astype(np.int32), v.astype(np.int32)
    unit = bool(np.all(w == w[0]))
    group_of = np.full(n, -1, np.int64)
    for i, grp in enumerate(groups):
        group_of[grp] = i
    shared = {"n": n, "m": m, "u": u, "v": v, "w": w, "a": a, "limit": limit, "kind": kind}
    if not np.isfinite(limit):
        shared["labels"] = labels
    steps = (0.0, 0.15, 0.3, 0.4, 1.0) if importances and not unit else (0.0, 0.35, 0.7, 0.7, 1.0) \
        if importances else (0.0, 0.5, 1.0, 1.0, 1.0)

    # 1. prune: every band but the last is tested against the links kept from the lighter bands
    bands = [(-np.inf, np.inf)] if unit else _bands(w, n)
    keep = w <= bands[0][1]
    last = np.zeros(m, bool)
    p1 = prog.sub(steps[0], steps[1])
    for b, (lo, hi) in enumerate(bands[1:], 1):
        sel = np.flatnonzero((w > lo) & (w <= hi))
        if b == len(bands) - 1:
            last[sel] = True  # tested by the main pass
            break
        if not len(sel):
            continue
        gs = group_of[u[sel]]
        order = np.argsort(gs, kind="stable")
        parts = np.split(sel[order].astype(np.int32 if small else np.int64),
                         np.flatnonzero(np.diff(gs[order])) + 1)
        band_shared = _put_graph({"n": n, "u": u, "v": v, "w": w, "hi": hi}, "h", _sym(n, u[keep], v[keep],
                                                                                        w[keep]))
        dropped = runner.map(_task_band, parts, band_shared, p1.sub((b - 1) / len(bands), b / len(bands)),
                             [len(x) for x in parts])
        for part, drop in zip(parts, dropped):
            keep[part[~drop]] = True

    # 2. main pass on the kept links: S, dlink; the last band's links that no path beats are kept, and the sources
    # within reach of them are done again
    if not unit:  # with unit weights every link is a shortest path: no distances needed
        home_order = np.argsort(u, kind="stable").astype(np.int32 if small else np.int64)
        shared.update(home_order=home_order, home_sorted=u[home_order])
    if importances and kind != "iic":
        shared["count_hops"] = 1
    _put_graph(shared, "h", _sym(n, u[keep], v[keep], w[keep]))
    p2 = prog.sub(steps[1], steps[2])
    for grp, (s_grp, ids, dl, wk) in zip(groups, runner.map(_task_main, groups, shared, p2.sub(0.0, 0.8))):
        S[grp] = s_grp
        dlink[ids] = dl
        work[grp] = wk
    add = np.flatnonzero(last & ~(dlink <= w))
    if len(add):
        keep[add] = True
        # a source whose paths within the limit can use a new link e = (y, z) is within limit − w_e of y or z
        wv = np.full(n, np.inf)
        np.minimum.at(wv, np.r_[u[add], v[add]], np.r_[w[add], w[add]])
        ends = np.flatnonzero(np.isfinite(wv))
        h = _sym(n + 1, np.r_[u[keep], np.full(len(ends), n)], np.r_[v[keep], ends], np.r_[w[keep], wv[ends]])
        reach = np.isfinite(dijkstra(h, indices=n, limit=limit)[:n])
        redo = [grp[reach[grp]] for grp in groups if reach[grp].any()]
        _put_graph(shared, "h", _sym(n, u[keep], v[keep], w[keep]))
        for grp, (s_grp, ids, dl, wk) in zip(redo, runner.map(_task_main, redo, shared, p2.sub(0.8, 1.0))):
            S[grp] = s_grp
            dlink[ids] = dl
            work[grp] = wk
    total_work = float(work.sum())
    if not importances:
        return S, None, dlink, keep, total_work, labels
    # components of moderate size where the vertex-exclusion Floyd–Warshall costs less than the repairs
    sizes = np.bincount(labels)
    c = sizes.astype(float)
    dense = (sizes >= 2) & (sizes <= _DENSE_MAX)
    fw = _DENSE_SECONDS * c**3 * np.log2(np.maximum(c, 2))
    repair = _REPAIR_SECONDS * np.bincount(labels, weights=work)
    if _METHOD != "dense":
        dense &= (fw < repair) & (_METHOD != "sparse")
    if unit and float(fw[dense].sum() + repair[~dense].sum()) > seconds_limit:
        return S, None, dlink, keep, total_work, labels

    # 3. the minimal graph (links that are themselves a shortest path) and the links outside it that the removal
    # of some k may need; 4. the connector masses
    hmin = keep if unit else keep & (w <= dlink)
    shared = {key: value for key, value in shared.items() if not key.startswith(("h_", "_csr_", "home_"))}
    # progress after the main pass in proportion to the expected seconds: dense components, then the repairs
    split = steps[2] + (1.0 - steps[2]) * float(fw[dense].sum()) / max(float(fw[dense].sum() + repair[~dense].sum()),
                                                                         1e-9)
    steps = (steps[0], steps[1], steps[2], split + 0.1 * (1.0 - split), 1.0)
    if dense.any():
        order = np.argsort(labels, kind="stable")
        bounds = np.searchsorted(labels[order], np.arange(len(sizes) + 1))
        comps = [order[bounds[k]:bounds[k + 1]] for k in np.flatnonzero(dense)]
        home_order = np.argsort(u, kind="stable")
        dense_shared = dict(shared, home_order=home_order, home_sorted=u[home_order])
        for comp, values in zip(comps, runner.map(_task_dense, comps, dense_shared, prog.sub(steps[2], split),
                                                   [len(x) ** 3 for x in comps])):
            conn[comp] = values
        del dense_shared
        groups = [grp[~dense[labels[grp]]] for grp in groups]
        groups = [grp for grp in groups if len(grp)]
    _put_graph(shared, "hm", _sym(n, u[hmin], v[hmin], w[hmin]))
    out = np.flatnonzero(~hmin)
    if len(out) and groups:
        src = np.r_[u[out], v[out]]
        order = np.argsort(src, kind="stable")
        cand = dict(shared, inc_ptr=np.searchsorted(src[order], np.arange(n + 1)),
                    inc_other=np.r_[v[out], u[out]][order], inc_link=np.r_[out, out][order],
                    inc_side=np.r_[np.zeros(len(out), np.int8), np.ones(len(out), np.int8)][order])
        keys = runner.map(_task_candidates, groups, cand, prog.sub(split, steps[3]))
        del cand
        both = np.intersect1d(np.concatenate([k[0] for k in keys]), np.concatenate([k[1] for k in keys]))
        if len(both):
            kk, ll = both // m, both % m
            ekey = np.r_[kk * n + u[ll], kk * n + v[ll]]
            order = np.argsort(ekey, kind="stable")
            shared.update(extra_keys=ekey[order], extra_other=np.r_[v[ll], u[ll]][order],
                          extra_w=np.r_[w[ll], w[ll]][order])
    for nodes, values in runner.map(_task_connector, groups, shared, prog.sub(steps[3], steps[4])):
        conn[nodes] += values
    return S, conn, dlink, keep, total_work, labels


# -- public API ----------------------------------------------------------------------------------------------


def _number(value, what):
    try:
        return float(value)
    except (TypeError, ValueError):
        raise MethodError(f"{what} must be a number, not {value!r}") from None


def _validate(attributes, link_from, link_to, link_distance):
    try:
        a = np.asarray(attributes, dtype=float).ravel()
        u, v = np.asarray(link_from), np.asarray(link_to)
        whole = u.dtype.kind in "iu" and v.dtype.kind in "iu"  # integer link ends need no whole-number check
        u = u.ravel() if whole else np.asarray(u, dtype=float).ravel()
        v = v.ravel() if whole else np.asarray(v, dtype=float).ravel()
        d = np.asarray(link_distance, dtype=float).ravel()
    except (TypeError, ValueError):
        raise MethodError("the node attributes, the link ends and the link distances must be numbers") from None
    n = len(a)
    if n == 0:
        raise MethodError("the habitat network has no nodes (patches): give at least one")
    bad = ~np.isfinite(a) | (a < 0)
    if bad.any():
        k = int(np.flatnonzero(bad)[0])
        raise MethodError(f"node {k} has the attribute {a[k]:g}: every node attribute (e.g. the patch area) must "
                          "be a finite number, 0 or more")
    with np.errstate(over="ignore"):
        total = float(np.sum(a))
    if not np.isfinite(total * total):
        raise MethodError("the node attributes are too large to square and add up (PC multiplies them in pairs): "
                          "give them in a larger unit, e.g. hectares instead of square metres")
    if not (len(u) == len(v) == len(d)):
        raise MethodError(f"every link needs two ends and a distance, but there are {len(u)} start nodes, {len(v)} "
                          f"end nodes and {len(d)} distances")
    if len(u):
        if not whole and not (np.all(np.isfinite(u)) and np.all(np.isfinite(v)) and np.all(np.mod(u, 1) == 0)
                              and np.all(np.mod(v, 1) == 0)):
            raise MethodError("link ends must be node numbers (whole numbers)")
        if u.min() < 0 or v.min() < 0 or u.max() >= n or v.max() >= n:
            raise MethodError(f"a link ends at a node that does not exist: node numbers run from 0 to {n - 1}")
    u = u.astype(np.int64)
    v = v.astype(np.int64)
    if len(u):
        if np.any(u == v):
            k = int(np.flatnonzero(u == v)[0])
            raise MethodError(f"a link joins node {u[k]} to itself: a link needs two different nodes")
        bad = ~np.isfinite(d) | (d < 0)
        if bad.any():
            k = int(np.flatnonzero(bad)[0])
            raise MethodError(f"the link between nodes {u[k]} and {v[k]} has the distance {d[k]:g}: distances must "
                              "be finite numbers, 0 or more")
        key = np.minimum(u, v) * n + np.maximum(u, v)
        key.sort()
        if np.any(key[1:] == key[:-1]):
            raise MethodError("a pair of nodes is given more than once: give each link once")
    return a, u, v, d


def _components(n, u, v):
    g = sp.csr_matrix((np.ones(len(u)), (u, v)), shape=(n, n))
    return connected_components(g, directed=False)


def _dropped_share(n, a, u, v, w, kept, pruned, kept_labels, pc_num, min_probability, runner):
    """(dropped share of the untruncated PCnum, exact?) — see the module docstring. ``kept``: the links with
    p ≥ min_probability; ``pruned``: those of them the PC pruning kept (they keep every distance among them);
    ``kept_labels``: the components of the kept links."""
    if min_probability <= 0 or len(u) == 0:
        return 0.0, True
    ok = np.isfinite(w)
    if not ok.any():
        return 0.0, True
    weak = np.flatnonzero(ok & ~kept)
    labels = kept_labels
    if len(weak):  # join the kept links' components through the weak links (a graph of components)
        k = int(kept_labels.max()) + 1
        labels = _components(k, kept_labels[u[weak]], kept_labels[v[weak]])[1][kept_labels]
    sizes = np.bincount(labels)
    if float(np.sum(sizes.astype(float) ** 2)) <= _EXACT_SHARE_WORK:
        S = _network(n, a, u[ok], v[ok], w[ok], "pc", np.inf, False, _Progress(None, 0, 1), runner)[0]
        full = float(a @ S)
        return max(0.0, (full - pc_num) / full) if full > 0 else 0.0, True
    # the untruncated distances: the pruned PC links and the weak links together keep all of them
    use = ok & ~kept
    use[np.flatnonzero(kept)[pruned]] = True
    g = _sym(n, u[use], v[use], w[use])
    # sources drawn with probability proportional to a_s (with replacement; Hansen–Hurwitz):
    # lost ≈ Σ_s a_s · mean over the sample of L_s, with L_s = Σ_j a_j p*_sj [p*_sj < min_probability]
    cand = np.nonzero((sizes[labels] > 1) & (a > 0))[0]
    if len(cand) == 0:
        return 0.0, True
    limit = -np.log(min_probability) * (1 + 1e-12)
    far = limit + _SHARE_FAR
    rng = np.random.default_rng(0)
    src = rng.choice(cand, size=_SHARE_SAMPLE, replace=True, p=a[cand] / a[cand].sum())
    shared = _put_graph({"n": n, "a": a, "limit": limit, "far": far}, "g", g)
    parts = [src[c0:c0 + 16] for c0 in range(0, len(src), 16)]
    lost = float(sum(runner.map(_task_share, parts, shared, _Progress(None, 0, 1))))
    lost *= a[cand].sum() / len(src)
    full = pc_num + lost
    return (lost / full if full > 0 else 0.0), False


def _task_share(sources, shared):
    """Σ over the sources of Σ_j a_j p*_sj for the j beyond the limit (up to the far limit)."""
    a, limit = shared["a"], float(shared["limit"])
    dist = dijkstra(_graph(shared, "g"), indices=sources, limit=float(shared["far"]))
    rows, cols = np.nonzero(np.isfinite(dist) & (dist > limit))
    return float(np.sum(a[cols] * np.exp(-dist[rows, cols])))


def connectivity(attributes, link_from, link_to, link_distance, dispersal_distance, probability=0.5,
                 iic_distance=None, min_probability=0.001, landscape_area=None, importances=True,
                 feedback=None, iic=None, iic_importances=None, engine=None) -> ConnectivityResult:
    """PC, IIC, EC, node importances, F, components and link roles of a habitat network (see the module doc).

    ``engine``: where the work units run (methods.engine): None or a LocalEngine here and in local worker
    processes, a DaskEngine on its dask cluster (bit-identical results; the engine stays open, it is the caller's);
    a distributed.Client or a scheduler address is turned into one by engine_for (an address is connected for
    this run only).

    ``iic``: True computes IIC, False leaves it out, None (default) computes it unless its all-pairs search would
    cover more than _IIC_PAIRS pairs (then ``iic_skipped``). ``iic_importances``: True computes dIIC (with
    ``importances``), False leaves it out, None (default) computes it unless it is estimated to take over
    _IIC_SECONDS (then ``diic_skipped``; ``diic_work`` is the number of repairs either way)."""
    a, u, v, d = _validate(attributes, link_from, link_to, link_distance)
    n = len(a)
    link_probability(np.zeros(0), dispersal_distance, probability)  # refuses a kernel that makes no sense
    min_probability = _number(min_probability, "the minimum link probability")
    if not 0 <= min_probability < 1:
        raise MethodError(f"the minimum link probability must be 0 or more and less than 1, not {min_probability:g}")
    if landscape_area is not None:
        landscape_area = _number(landscape_area, "the landscape area")
        if not (np.isfinite(landscape_area) and landscape_area > 0):
            raise MethodError(f"the landscape area must be a finite number greater than 0, not {landscape_area:g}")
    if iic_distance is None:
        iic_distance = dispersal_distance
    iic_distance = _number(iic_distance, "the IIC distance")
    if not (np.isfinite(iic_distance) and iic_distance >= 0):
        raise MethodError(f"the IIC distance must be a finite number, 0 or more, not {iic_distance:g}")
    if iic_importances is not None:
        iic_importances = bool(iic_importances) and bool(importances)
    p = link_probability(d, dispersal_distance, probability)
    prog = _Progress(feedback, 0.0, 1.0)
    prog(0.0)
    opened = None
    if engine is not None and not hasattr(engine, "distributed"):
        from .engine import engine_for

        engine = opened = engine_for(engine)  # a Client or an address (anything else: a MethodError)
    runner = _Runner(_WORKERS, engine)
    try:
        # PC
        limit = -np.log(min_probability) * (1 + 1e-12) if min_probability > 0 else np.inf
        with np.errstate(divide="ignore"):
            w_all = np.maximum(-np.log(p), _TINY)  # inf where p underflows to 0
        kept = (p >= min_probability) & (p > 0)
        ku, kv, kw = u[kept], v[kept], w_all[kept]
        S, conn, dlink, pruned, _, kept_labels = _network(n, a, ku, kv, kw, "pc", limit, importances,
                                             prog.sub(0.0, 0.75 if iic is not False else 0.95), runner)
        # IIC: every connected pair, so an all-pairs search per component
        linked = d <= iic_distance
        iu, iv = u[linked], v[linked]
        iic_skipped = False
        if iic is None:
            sizes = np.bincount(_components(n, iu, iv)[1]).astype(float)
            iic_skipped = float(np.sum(sizes[sizes > 1] ** 2)) > _IIC_PAIRS
            iic = not iic_skipped
        diic_skipped, diic_work = False, None
        if iic:
            want = importances if iic_importances is None else iic_importances
            Si, conn_i, _, _, diic_work, _ = _network(n, a, iu, iv, np.ones(len(iu)), "iic", np.inf, want,
                                                   prog.sub(0.75, 0.95), runner,
                                                   _IIC_SECONDS if iic_importances is None else np.inf)
            diic_skipped = bool(want and conn_i is None)
            iic_importances = bool(want and not diic_skipped)
        share, share_exact = _dropped_share(n, a, u, v, w_all, kept, pruned, kept_labels, float(a @ S),
                                            min_probability, runner)
    finally:
        runner.close()
        if opened is not None:
            opened.close()
    pc_num = float(a @ S)
    F = S - a
    on_best = np.zeros(len(u), bool)
    on_best[kept] = kw <= dlink * (1 + 1e-9) + 1e-12
    degree = np.bincount(ku, minlength=n) + np.bincount(kv, minlength=n)
    labels = kept_labels
    ncomp = int(labels.max()) + 1
    tot = np.bincount(labels, weights=a, minlength=ncomp)
    first = np.full(ncomp, n)
    np.minimum.at(first, labels, np.arange(n))
    rank = np.lexsort((first, -tot))
    renum = np.empty(ncomp, np.int64)
    renum[rank] = np.arange(ncomp)
    component = renum[labels]
    intra = float(np.sum(a * a))
    direct = 2.0 * float(np.sum(a[ku] * a[kv] * p[kept]))
    pct = 100.0 / pc_num if pc_num > 0 else 0.0
    prog(1.0)

    def imp(num, Sx, cx, wanted):
        if not wanted:
            return None, None, None, None
        if num <= 0:
            z = np.zeros(n)
            return z, z, z, z
        q = 100.0 / num
        i_ = q * a * a
        fl = q * 2.0 * a * (Sx - a)
        cn = q * cx
        return i_ + fl + cn, i_, fl, cn

    dPC, dPC_i, dPC_f, dPC_c = imp(pc_num, S, conn, importances)
    area2 = None if landscape_area is None else float(landscape_area) ** 2
    out = dict(iic_num=None, ec_iic=None, iic=None, dIIC=None, dIIC_intra=None, dIIC_flux=None, dIIC_connector=None,
               iic_intra_pct=None, iic_direct_pct=None, iic_step_pct=None, iic_skipped=iic_skipped,
               diic_skipped=diic_skipped, diic_work=diic_work)
    if iic:
        iic_num = float(a @ Si)
        ipct = 100.0 / iic_num if iic_num > 0 else 0.0
        idirect = float(np.sum(a[iu] * a[iv]))  # 2 · a_i a_j · 1/2
        dI, dI_i, dI_f, dI_c = imp(iic_num, Si, conn_i, iic_importances)
        out.update(iic_num=iic_num, ec_iic=float(np.sqrt(iic_num)), iic=None if area2 is None else iic_num / area2,
                   dIIC=dI, dIIC_intra=dI_i, dIIC_flux=dI_f, dIIC_connector=dI_c, iic_intra_pct=intra * ipct,
                   iic_direct_pct=idirect * ipct, iic_step_pct=(iic_num - intra - idirect) * ipct)
    return ConnectivityResult(
        pc_num=pc_num, ec_pc=float(np.sqrt(pc_num)),
        pc=None if area2 is None else pc_num / area2,
        n_components=int(ncomp), component=component, degree=degree,
        dPC=dPC, dPC_intra=dPC_i, dPC_flux=dPC_f, dPC_connector=dPC_c, F=F,
        pc_intra_pct=intra * pct, pc_direct_pct=direct * pct, pc_step_pct=(pc_num - intra - direct) * pct,
        dropped_pc_share=share, link_probability=p, on_best_path=on_best,
        dropped_pc_share_exact=share_exact, **out,
    )
