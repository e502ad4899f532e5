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
- Node importance (Conefor): dX_k = 100·(X − X_without_k)/X, where removing k sets a_k = 0 and removes its links;
  intra_k = 100·a_k²/X, flux_k = 100·Σ_{i≠k} 2·a_i a_k f_ik/X (f = p* or 1/(1+nl) in the intact network) and
  connector_k = dX_k − intra_k − flux_k, which is computed directly as the loss of the pairs (i, j ≠ k) whose
  best paths pass through k (≥ 0, no round-off from the subtraction).
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
PCnum is a sum over connected components, and removing k changes only k's component. Per source s, a (limited)
Dijkstra gives Σ_j a_j f(d_sj) without an n×n matrix (chunks of sources). For the importances, a source s needs a
new Dijkstra after removing k only when k is an interior node of s's shortest-path tree (from the predecessor
matrix): if k is a leaf, removing it changes no other distance from s. Components of moderate size where that
would cost more use a dense vertex-exclusion Floyd–Warshall instead (divide and conquer over the removed node:
O(c³ log c) vectorised min-plus steps, exact for every k).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components, dijkstra

from . import progress
from .errors import MethodError

_TINY = 1e-300  # a zero-length edge (touching patches, p = 1) as a positive weight: exp(-1e-300) == 1.0
_CHUNK_BYTES = 48_000_000  # memory of one chunk of Dijkstra rows (distances + predecessors)
_BATCH_NODES = 4000  # small components are processed together up to this many nodes
_DENSE_MAX = 1200  # largest component for the dense vertex-exclusion Floyd–Warshall
_EXACT_SHARE_WORK = 1e6  # Σ over components of c² up to which dropped_pc_share is computed exactly
_SHARE_SAMPLE = 128  # sources sampled to estimate dropped_pc_share on larger networks
_METHOD = None  # tests: "dense" or "sparse" forces the importance method where both apply


@dataclass
class ConnectivityResult:
    pc_num: float
    ec_pc: float
    iic_num: float
    ec_iic: float
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
    iic_intra_pct: float = 0.0
    iic_direct_pct: float = 0.0
    iic_step_pct: float = 0.0
    dropped_pc_share_exact: bool = True


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


class _Progress:
    def __init__(self, feedback, lo, hi):
        self.feedback, self.lo, self.hi = feedback, lo, hi

    def __call__(self, fraction):
        progress.report(self.feedback, self.lo + (self.hi - self.lo) * fraction)

    def sub(self, a, b):
        return _Progress(self.feedback, self.lo + (self.hi - self.lo) * a, self.lo + (self.hi - self.lo) * b)


def _row_sums(dist, a, f, counts=None):
    """Σ_j a_j f(dist_sj) for each row, touching only the finite entries (and the reached count per row)."""
    rows, cols = np.nonzero(np.isfinite(dist))
    vals = f(dist[rows, cols]) * a[cols]
    if counts is not None:
        counts += np.bincount(rows, minlength=dist.shape[0])
    return np.bincount(rows, weights=vals, minlength=dist.shape[0])


def _components(n, u, v):
    g = sp.csr_matrix((np.ones(len(u)), (u, v)), shape=(n, n))
    return connected_components(g, directed=False)


def _batches(labels, ncomp):
    """Groups of components (node index arrays): big components alone, small ones together."""
    order = np.argsort(labels, kind="stable")
    sizes = np.bincount(labels, minlength=ncomp)
    starts = np.concatenate([[0], np.cumsum(sizes)])
    comps = [order[starts[c]:starts[c + 1]] for c in range(ncomp) if sizes[c] > 1]
    comps.sort(key=len, reverse=True)
    batches, cur, cur_n = [], [], 0
    for nodes in comps:
        if cur and cur_n + len(nodes) > _BATCH_NODES:
            batches.append(cur)
            cur, cur_n = [], 0
        cur.append(nodes)
        cur_n += len(nodes)
    if cur:
        batches.append(cur)
    return batches


def _network(n, a, u, v, w, f, limit, importances, prog, link_dist=False):
    """Per-source sums S_s = Σ_j a_j f(d_sj), connector masses and (optionally) link endpoint distances.

    u, v, w: undirected links (weights > 0). Returns (S, conn or None, dlink or None) where conn_k is the loss of
    the pairs i, j ≠ k whose best paths pass through k, and dlink the shortest distance between each link's ends.
    """
    S = a.copy()  # isolated nodes: only i = j
    conn = np.zeros(n) if importances else None
    dlink = np.full(len(u), np.inf) if link_dist else None
    if len(u) == 0:
        return S, conn, dlink
    ncomp, labels = _components(n, u, v)
    batches = _batches(labels, ncomp)
    total = float(sum(sum(len(c) ** 2 for c in b) for b in batches)) or 1.0
    done = 0.0
    for comps in batches:
        work = sum(len(c) ** 2 for c in comps)
        sub = prog.sub(done / total, (done + work) / total)
        done += work
        _batch(n, a, u, v, w, f, limit, importances, comps, S, conn, dlink, labels, sub)
    return S, conn, dlink


def _batch(n, a, u, v, w, f, limit, importances, comps, S, conn, dlink, labels, prog):
    nodes = np.concatenate(comps)
    m = len(nodes)
    local = np.full(n, -1, dtype=np.int64)
    local[nodes] = np.arange(m)
    sel = np.nonzero(local[u] >= 0)[0]
    lu, lv, lw = local[u[sel]], local[v[sel]], w[sel]
    g = sp.csr_matrix((np.r_[lw, lw], (np.r_[lu, lv], np.r_[lv, lu])), shape=(m, m))
    g.sort_indices()
    al = a[nodes]
    # link endpoint lookup by source (local u)
    if dlink is not None:
        link_order = np.argsort(lu, kind="stable")
        lu_sorted = lu[link_order]
    chunk = max(1, int(_CHUNK_BYTES // (12 * m)))
    Sl = np.empty(m)
    reach = np.zeros(m, np.int64)
    pair_s, pair_k, pair_f = [], [], []
    lim = limit if np.isfinite(limit) else np.inf
    p1 = prog.sub(0.0, 0.3 if importances else 1.0)
    for c0 in range(0, m, chunk):
        p1(c0 / m)
        src = np.arange(c0, min(m, c0 + chunk))
        if importances:
            dist, pred = dijkstra(g, indices=src, limit=lim, return_predecessors=True)
        else:
            dist = dijkstra(g, indices=src, limit=lim)
        Sl[src] = _row_sums(dist, al, f, reach[src[0]:src[-1] + 1])
        if dlink is not None:
            lo, hi = np.searchsorted(lu_sorted, [src[0], src[-1] + 1])
            ids = link_order[lo:hi]
            dlink[sel[ids]] = dist[lu[ids] - c0, lv[ids]]
        if importances:
            rows, cols = np.nonzero(pred >= 0)
            ks = pred[rows, cols]
            keep = ks != src[rows]
            key = np.unique(rows[keep].astype(np.int64) * m + ks[keep])
            r, k = key // m, key % m
            pair_s.append(r + c0)
            pair_k.append(k)
            pair_f.append(f(dist[r, k]))
    S[nodes] = Sl
    if not importances:
        return
    ps = np.concatenate(pair_s) if pair_s else np.zeros(0, np.int64)
    pk = np.concatenate(pair_k) if pair_k else np.zeros(0, np.int64)
    pf = np.concatenate(pair_f) if pair_f else np.zeros(0)
    # choose, per component, the sparse (re-run Dijkstra from affected sources) or the dense method
    deg = np.diff(g.indptr)
    count_k = np.bincount(pk, minlength=m)
    dense_comps = []
    for comp in comps:
        c = len(comp)
        if (c < 40 and _METHOD != "dense") or c > _DENSE_MAX:
            continue
        lc = local[comp]
        # sparse: a re-run from s visits about s's reached nodes and their edges, plus the O(m) row set-up
        n_src = count_k[lc].sum()
        visits = float(reach[lc].mean()) * float(deg[lc].mean())
        sparse_cost = n_src * (40e-9 * visits + 2e-9 * m + 2e-6)
        dense_cost = 2.5e-9 * c**3 * np.log2(c) + c * (c * c * 12e-9 + 20e-6)
        if (dense_cost < sparse_cost and _METHOD != "sparse") or _METHOD == "dense":
            dense_comps.append(comp)
    dense_set = np.zeros(m, bool)
    for comp in dense_comps:
        dense_set[local[comp]] = True
    keep = ~dense_set[pk]
    ps, pk, pf = ps[keep], pk[keep], pf[keep]
    order = np.argsort(pk, kind="stable")
    ps, pk, pf = ps[order], pk[order], pf[order]
    bounds = np.searchsorted(pk, np.arange(m + 1))
    ks_todo = np.nonzero(np.diff(bounds) > 0)[0]
    total = len(ps) + sum(len(c) ** 3 / 20.0 for c in dense_comps) + 1.0
    done = 0.0
    p2 = prog.sub(0.3, 1.0)
    connl = np.zeros(m)
    data = g.data
    # position of the entry (j, i) for each CSR entry (i, j) of the symmetric g: sorting the entries by (column,
    # row) lists them in the CSR order of the transpose
    rows = np.repeat(np.arange(m), np.diff(g.indptr))
    reverse = np.lexsort((rows, g.indices))
    for i, k in enumerate(ks_todo):
        if i % 16 == 0:
            p2(done / total)
        lo, hi = bounds[k], bounds[k + 1]
        srcs = ps[lo:hi]
        e0, e1 = g.indptr[k], g.indptr[k + 1]
        rev = reverse[e0:e1]  # the entries j -> k of k's edges
        saved = data[e0:e1].copy()
        data[e0:e1] = np.inf
        data[rev] = np.inf
        try:
            dist = dijkstra(g, indices=srcs, limit=lim)
        finally:
            data[e0:e1] = saved
            data[rev] = saved
        dist[:, k] = np.inf
        new = _row_sums(dist, al, f)
        connl[k] = np.sum(al[srcs] * (Sl[srcs] - al[k] * pf[lo:hi] - new))
        done += hi - lo
    for comp in dense_comps:
        lc = local[comp]
        sub = g[lc][:, lc]
        c = len(comp)
        span = c**3 / 20.0
        connl[lc] = _dense_connector(sub, al[lc], Sl[lc], f, p2.sub(done / total, (done + span) / total))
        done += span
    conn[nodes] = connl


def _dense_connector(g, a, S, f, prog):
    """Connector mass per node of one component by vertex-exclusion Floyd–Warshall (exact for every k)."""
    c = g.shape[0]
    D = np.full((c, c), np.inf)
    coo = g.tocoo()
    D[coo.row, coo.col] = coo.data
    np.fill_diagonal(D, 0.0)
    num = float(a @ S)
    out = np.zeros(c)
    tmp = np.empty_like(D)
    state = {"leaves": 0}

    def fw(D, ts):
        for t in ts:
            if t % 64 == 0:
                prog(state["leaves"] / c)  # also lets the user cancel during the long top-level sweeps
            np.add(D[:, t, None], D[None, t, :], out=tmp)
            np.minimum(D, tmp, out=D)

    def solve(D, lo, hi):
        if hi - lo == 1:
            k = lo
            F = f(D)
            F[k, :] = 0.0
            F[:, k] = 0.0
            num_k = float(a @ (F @ a))
            out[k] = (num - num_k) - a[k] ** 2 - 2.0 * a[k] * (S[k] - a[k])
            state["leaves"] += 1
            if state["leaves"] % 8 == 0:
                prog(state["leaves"] / c)
            return
        mid = (lo + hi) // 2
        D1 = D.copy()
        fw(D1, range(mid, hi))
        solve(D1, lo, mid)
        del D1
        fw(D, range(lo, mid))
        solve(D, mid, hi)

    solve(D, 0, c)
    return out


# -- public API ----------------------------------------------------------------------------------------------


def _number(value, what):
    try:
        return float(value)
    except (TypeError, ValueError):
        raise MethodError(f"{what} must be a number, not {value!r}") from None


def _validate(attributes, link_from, link_to, link_distance):
    try:
        a = np.asarray(attributes, dtype=float).ravel()
        u = np.asarray(link_from, dtype=float).ravel()
        v = np.asarray(link_to, dtype=float).ravel()
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
        if not (np.all(np.isfinite(u)) and np.all(np.isfinite(v)) and np.all(np.mod(u, 1) == 0)
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
        lo, hi = np.minimum(u, v), np.maximum(u, v)
        if len(np.unique(lo * n + hi)) != len(u):
            raise MethodError("a pair of nodes is given more than once: give each link once")
    return a, u, v, d


def _dropped_share(n, a, u, v, w, pc_num, min_probability, limit):
    """(dropped share of the untruncated PCnum, exact?) — see the module docstring."""
    if min_probability <= 0 or len(u) == 0:
        return 0.0, True
    ok = np.isfinite(w)
    u, v, w = u[ok], v[ok], w[ok]
    if len(u) == 0:
        return 0.0, True
    ncomp, labels = _components(n, u, v)
    sizes = np.bincount(labels)
    f_all = _f_pc(np.inf)
    if float(np.sum(sizes.astype(float) ** 2)) <= _EXACT_SHARE_WORK:
        S, _, _ = _network(n, a, u, v, w, f_all, np.inf, False, _Progress(None, 0, 1))
        full = float(a @ S)
        return max(0.0, (full - pc_num) / full) if full > 0 else 0.0, True
    g = sp.csr_matrix((np.r_[w, w], (np.r_[u, v], np.r_[v, u])), shape=(n, n))
    # sources drawn with probability proportional to a_s (with replacement; Hansen–Hurwitz):
    # lost ≈ Σ_s a_s · mean over the sample of L_s, with L_s = Σ_j a_j p*_sj [p*_sj < min_probability]
    cand = np.nonzero((sizes[labels] > 1) & (a > 0))[0]
    if len(cand) == 0:
        return 0.0, True
    rng = np.random.default_rng(0)
    src = rng.choice(cand, size=_SHARE_SAMPLE, replace=True, p=a[cand] / a[cand].sum())
    lost = 0.0
    for c0 in range(0, len(src), 16):
        s = src[c0:c0 + 16]
        dist = dijkstra(g, indices=s, limit=np.inf)
        rows, cols = np.nonzero(np.isfinite(dist) & (dist > limit))
        lost += float(np.sum(a[cols] * np.exp(-dist[rows, cols])))
    lost *= a[cand].sum() / len(src)
    full = pc_num + lost
    return (lost / full if full > 0 else 0.0), False


def connectivity(attributes, link_from, link_to, link_distance, dispersal_distance, probability=0.5,
                 iic_distance=None, min_probability=0.001, landscape_area=None, importances=True,
                 feedback=None) -> ConnectivityResult:
    """PC, IIC, EC, node importances, F, components and link roles of a habitat network (see the module doc)."""
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
    p = link_probability(d, dispersal_distance, probability)
    prog = _Progress(feedback, 0.0, 1.0)
    prog(0.0)

    # PC
    limit = -np.log(min_probability) * (1 + 1e-12) if min_probability > 0 else np.inf
    with np.errstate(divide="ignore"):
        w_all = np.maximum(-np.log(p), _TINY)  # inf where p underflows to 0
    kept = (p >= min_probability) & (p > 0)
    ku, kv, kw = u[kept], v[kept], w_all[kept]
    f_pc = _f_pc(limit)
    S, conn, dlink = _network(n, a, ku, kv, kw, f_pc, limit, importances, prog.sub(0.0, 0.75), link_dist=True)
    pc_num = float(a @ S)
    F = S - a
    on_best = np.zeros(len(u), bool)
    on_best[kept] = kw <= dlink * (1 + 1e-9) + 1e-12
    degree = np.bincount(ku, minlength=n) + np.bincount(kv, minlength=n)
    ncomp, labels = _components(n, ku, kv)
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

    # IIC
    linked = d <= iic_distance
    iu, iv = u[linked], v[linked]
    Si, conn_i, _ = _network(n, a, iu, iv, np.ones(len(iu)), _f_iic, np.inf, importances, prog.sub(0.75, 0.95))
    iic_num = float(a @ Si)
    ipct = 100.0 / iic_num if iic_num > 0 else 0.0
    idirect = float(np.sum(a[iu] * a[iv]))  # 2 · a_i a_j · 1/2

    share, share_exact = _dropped_share(n, a, u, v, w_all, pc_num, min_probability, limit)
    prog(1.0)

    def imp(num, Sx, cx):
        if not importances or num <= 0:
            z = np.zeros(n) if importances else None
            return z, z, z, z
        q = 100.0 / num
        i_ = q * a * a
        fl = q * 2.0 * a * (Sx - a)
        cn = q * cx
        return i_ + fl + cn, i_, fl, cn

    dPC, dPC_i, dPC_f, dPC_c = imp(pc_num, S, conn)
    dI, dI_i, dI_f, dI_c = imp(iic_num, Si, conn_i)
    area2 = None if landscape_area is None else float(landscape_area) ** 2
    return ConnectivityResult(
        pc_num=pc_num, ec_pc=float(np.sqrt(pc_num)), iic_num=iic_num, ec_iic=float(np.sqrt(iic_num)),
        pc=None if area2 is None else pc_num / area2, iic=None if area2 is None else iic_num / area2,
        n_components=int(ncomp), component=component, degree=degree,
        dPC=dPC, dPC_intra=dPC_i, dPC_flux=dPC_f, dPC_connector=dPC_c,
        dIIC=dI, dIIC_intra=dI_i, dIIC_flux=dI_f, dIIC_connector=dI_c, F=F,
        pc_intra_pct=intra * pct, pc_direct_pct=direct * pct, pc_step_pct=(pc_num - intra - direct) * pct,
        dropped_pc_share=share, link_probability=p, on_best_path=on_best,
        iic_intra_pct=intra * ipct, iic_direct_pct=idirect * ipct, iic_step_pct=(iic_num - intra - idirect) * ipct,
        dropped_pc_share_exact=share_exact,
    )
