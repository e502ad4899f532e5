"""Accessibility surfaces beyond the sum (issue 13 §2): aggregations and distance decay within a threshold, the k
nearest destinations, and a value for every junction of the network, in pure numpy/scipy (no qgis import).

Everything many-to-many streams over ``network.od_blocks`` (exact origin × destination times in blocks whose memory
is bounded), so progress, cancel, the worker processes and a dask engine work as for the other measures.

API
---
- ``junction_points(network) -> (Attachment, node indices)``: every junction of the network as a point on it
- ``combine(a, b) -> Attachment``: two attachments as one (the points of ``a`` first), for one search over both
- ``aggregate(network, origins, destinations, values, threshold_minutes, decay="flat", beta=0.0, aggregations=(),
  quantile=0.25, feedback=None, engine=None) -> dict``: ``"sum"`` and each requested aggregation, per origin
- ``k_nearest(network, origins, destinations, k, limit_minutes=inf, feedback=None, engine=None) -> (times, index)``
- ``fca_ratios`` / ``two_step_fca(network, origins, destinations, supply, demand, threshold_minutes, points=None,
  ...)``: 2SFCA at the origins and, exactly as if they were origins without demand, at extra ``points``
- block-level pieces for any source of exact (origin indices, destination indices, dense times) blocks
  (``estimate_blocks`` for the straight-line estimate): ``aggregate_blocks``, ``k_nearest_blocks``

Definitions
-----------
Origin i reaches destination j within the threshold T when t_ij ≤ T (t_ij finite). J_i is that set.

- Decay (a weight g(t) for t ≤ T, 0 beyond): ``flat`` g = 1; ``linear`` g = 1 − t/T (needs T > 0); ``exponential``
  g = exp(−β·t).
- ``sum`` = Σ_{j∈J_i} g(t_ij)·v_j (the opportunities; non-finite values count 0; with flat decay exactly
  ``network.opportunities``).
- The other aggregations use the destinations of J_i that have a value (finite v_j), J'_i:
  ``count`` = |J'_i| (not decayed); ``mean`` = Σ g·v / Σ g and ``std`` = sqrt(Σ g·(v − mean)² / Σ g) over J'_i
  (decay-weighted; with flat decay the plain mean and the population standard deviation, ddof 0); ``min``,
  ``max``, ``median`` and ``quantile`` q are order statistics of the values of J'_i, not decayed (the quantile with
  linear interpolation between the closest ranks, numpy's default: the value at rank q·(|J'_i| − 1) from 0).
  An origin with J'_i empty (or Σ g = 0, possible with linear decay when every destination lies exactly at T) gets
  NaN for them; unattached origins get NaN everywhere.
- k nearest: per origin the k smallest t_ij ≤ limit, ordered by time and ties by the lower destination index;
  fewer than k reached: the rest inf / -1.
- Junction points: the nodes of the contracted graph (``network.contract``: every node where a route can branch
  or stop, and one node of a ring without any), each attached at fraction 0 or 1 of an incident edge with no
  access leg, so its times are exactly the network's times from that node.

Memory: count, sums, min and max are running arrays (n origins each). The median and a quantile need the values
per origin: when a block holds complete rows (the search ran from the origins, more destinations than origins)
they are taken from the block at once; otherwise the (origin, destination rank) pairs within T are kept as one
int64 each (8 bytes per pair, as ``two_step_fca`` keeps its pairs) and sorted at the end. The k nearest keep
(n origins, k) times and indices and merge each block's k best into them.
"""

from __future__ import annotations

import numpy as np

from . import network as network_method
from . import progress
from .errors import MethodError

AGGREGATIONS = ("count", "mean", "min", "max", "std", "median", "quantile")
DECAYS = ("flat", "linear", "exponential")
MAX_K = 50
_ESTIMATE_BLOCK_BYTES = 64 * 1024 * 1024


# -- points at the junctions ---------------------------------------------------------------------------------------
def junction_nodes(network):
    """Indices of the junction nodes (``Chains``: nodes where a route can branch or stop), ascending."""
    return np.flatnonzero(network.chains.node_junction >= 0)


def junction_points(network, nodes=None):
    """Every junction (or the given ``nodes``) as an attached point: (Attachment, node indices).

    Each node is placed at fraction 0 of an edge leaving it (u) or else at fraction 1 of an edge ending there (v),
    with distance and access 0, so that to_u/from_u (or to_v/from_v) are 0 and the other end costs the edge's cost
    where its direction allows it (the rule of ``attach_points`` for f = 0 and 1)."""
    nodes = junction_nodes(network) if nodes is None else np.asarray(nodes, dtype=np.int64).reshape(-1)
    n = len(nodes)
    m = network.n_edges
    edge = np.full(n, -1, dtype=np.int64)
    fraction = np.full(n, np.nan)
    if m and n:
        # the lowest edge index at u, else at v
        at_u = np.full(network.n_nodes, m, dtype=np.int64)
        np.minimum.at(at_u, network.edge_u, np.arange(m))
        at_v = np.full(network.n_nodes, m, dtype=np.int64)
        np.minimum.at(at_v, network.edge_v, np.arange(m))
        use_u = at_u[nodes] < m
        edge = np.where(use_u, at_u[nodes], at_v[nodes])
        fraction = np.where(use_u, 0.0, 1.0)
        found = edge < m
        edge = np.where(found, edge, -1)
        fraction = np.where(found, fraction, np.nan)
    attached = edge >= 0
    e = np.where(attached, edge, 0)
    zero = np.where(attached, 0.0, np.nan)
    if m:
        cost = network.edge_cost[e]
        fwd, bwd = network.edge_forward[e], network.edge_backward[e]
    else:
        cost, fwd, bwd = np.zeros(n), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    f = fraction
    with np.errstate(invalid="ignore"):
        to_u = np.where(bwd | (f == 0), f * cost, np.inf)
        to_v = np.where(fwd | (f == 1), (1.0 - f) * cost, np.inf)
        from_u = np.where(fwd | (f == 0), f * cost, np.inf)
        from_v = np.where(bwd | (f == 1), (1.0 - f) * cost, np.inf)
    for a in (to_u, to_v, from_u, from_v):
        a[~attached] = np.nan
    snapped = np.where(attached[:, None], network.node_xy[nodes], np.nan) if n else np.zeros((0, 2))
    attachment = network_method.Attachment(edge=edge, fraction=fraction, distance=zero.copy(), access=zero.copy(),
                                           snapped_xy=snapped, to_u=to_u, to_v=to_v, from_u=from_u, from_v=from_v)
    return attachment, nodes


def combine(a, b):
    """One Attachment with the points of ``a`` then those of ``b`` (indices of b shifted by a.n): a single search
    for origins and extra points together."""
    values = {}
    for name in ("edge", "fraction", "distance", "access", "snapped_xy", "to_u", "to_v", "from_u", "from_v",
                 "nearest_distance"):
        values[name] = np.concatenate([getattr(a, name), getattr(b, name)])
    return network_method.Attachment(**values)


# -- checks --------------------------------------------------------------------------------------------------------
def check_options(decay, aggregations, quantile, threshold_minutes, beta=0.0):
    """The decay name and the aggregation names as given, validated: (decay, aggregations in AGGREGATIONS order)."""
    decay = str(decay).lower()
    if decay not in DECAYS:
        raise MethodError("the decay must be one of {choices}, not {decay}", choices=", ".join(DECAYS),
                          decay=repr(decay))
    names = [str(a).lower() for a in (aggregations or ())]
    unknown = [a for a in names if a not in AGGREGATIONS]
    if unknown:
        raise MethodError("unknown aggregation(s) {unknown}: choose among {choices}", unknown=", ".join(unknown),
                          choices=", ".join(AGGREGATIONS))
    if "quantile" in names and not (0.0 <= float(quantile) <= 1.0):
        raise MethodError("the quantile must lie between 0 and 1 (0.25 is the lower quartile), not {quantile}",
                          quantile=float(quantile))
    threshold = float(threshold_minutes)
    if np.isnan(threshold) or threshold < 0:
        raise MethodError("the threshold must be 0 minutes or more, not {threshold}", threshold=float(threshold))
    if decay == "linear" and not (0 < threshold < np.inf):
        raise MethodError("linear decay 1 − t/T needs a finite threshold T greater than 0 minutes")
    if decay == "exponential" and not (float(beta) >= 0 and np.isfinite(float(beta))):
        raise MethodError("exponential decay needs a finite β of 0 or more, not {beta}", beta=float(beta))
    return decay, tuple(a for a in AGGREGATIONS if a in names)


def decay_weights(times, threshold_minutes, decay="flat", beta=0.0):
    """g(t) within the threshold, 0 beyond it or where t is not finite (module docstring)."""
    times = np.asarray(times, dtype=float)
    within = np.isfinite(times) & (times <= threshold_minutes)
    if decay == "flat":
        return within.astype(float)
    with np.errstate(invalid="ignore", over="ignore"):
        if decay == "linear":
            g = 1.0 - times / threshold_minutes
        else:
            g = np.exp(-beta * times)
    return np.where(within, np.maximum(g, 0.0), 0.0)


# -- aggregations --------------------------------------------------------------------------------------------------
class _Aggregator:
    """Running state of ``aggregate_blocks`` (module docstring: what is kept)."""

    def __init__(self, n, attached, values, threshold, decay, beta, aggregations, quantile, n_complete):
        self.n, self.threshold, self.decay, self.beta = n, threshold, decay, beta
        self.aggregations, self.quantile, self.n_complete = aggregations, float(quantile), n_complete
        self.values = np.asarray(values, dtype=float)
        self.has = np.isfinite(self.values)
        self.v0 = np.where(self.has, self.values, 0.0)
        start = np.where(attached, 0.0, np.nan)
        self.sum = start.copy()
        self.count = start.copy()
        # decay-weighted moments merged block by block (Chan et al.'s pairwise update: no cancellation)
        self.gsum = start.copy()
        self.mean = start.copy()
        self.m2 = start.copy()
        self.min = np.where(attached, np.inf, np.nan)
        self.max = np.where(attached, -np.inf, np.nan)
        self.orders = [q for name, q in (("median", 0.5), ("quantile", self.quantile)) if name in aggregations]
        self.order_values = {q: np.full(n, np.nan) for q in self.orders}
        self.keys = []
        if self.orders:
            order = np.argsort(np.where(self.has, self.values, np.inf), kind="stable")
            self.rank = np.empty(len(self.values), dtype=np.int64)
            self.rank[order] = np.arange(len(self.values))
            self.sorted_values = self.values[order]
            self.n_rank = max(1, len(self.values))

    def add(self, oi, dj, times):
        within = np.isfinite(times) & (times <= self.threshold)
        g = within.astype(float) if self.decay == "flat" else decay_weights(times, self.threshold, self.decay,
                                                                            self.beta)
        self.sum[oi] += g @ self.v0[dj]
        if not self.aggregations:
            return
        has = self.has[dj]
        valid = within & has[None, :]
        self.count[oi] += valid.sum(axis=1)
        v = self.values[dj]
        if "mean" in self.aggregations or "std" in self.aggregations:
            self._moments(oi, g * has[None, :], self.v0[dj])
        if "min" in self.aggregations and len(dj):
            self.min[oi] = np.minimum(self.min[oi], np.where(valid, v[None, :], np.inf).min(axis=1))
        if "max" in self.aggregations and len(dj):
            self.max[oi] = np.maximum(self.max[oi], np.where(valid, v[None, :], -np.inf).max(axis=1))
        if not self.orders:
            return
        if len(dj) == self.n_complete:
            # complete rows: the order statistics at once, nothing kept
            rows = np.sort(np.where(valid, v[None, :], np.inf), axis=1)
            counts = valid.sum(axis=1)
            for q in self.orders:
                self.order_values[q][oi] = _order_statistic(rows, counts, q)
            return
        r, c = np.nonzero(valid)
        if len(r):
            self.keys.append(oi[r].astype(np.int64) * self.n_rank + self.rank[dj[c]])

    def add_pairs(self, oi, dj, times):
        """The same for (origin, destination, minutes) pairs, each at most once, all within the threshold
        (network.od_pairs): per-origin sums by bincount instead of dense rows."""
        n = self.n
        g = np.ones(len(times)) if self.decay == "flat" else decay_weights(times, self.threshold, self.decay,
                                                                            self.beta)
        self.sum += np.bincount(oi, weights=g * self.v0[dj], minlength=n)
        if not self.aggregations:
            return
        has = self.has[dj]
        oi, dj, g = oi[has], dj[has], g[has]
        v = self.values[dj]
        self.count += np.bincount(oi, minlength=n)
        if ("mean" in self.aggregations or "std" in self.aggregations) and len(oi):
            w_b = np.bincount(oi, weights=g, minlength=n)
            some = np.flatnonzero(w_b > 0)
            mean_b = np.zeros(n)
            mean_b[some] = np.bincount(oi, weights=g * v, minlength=n)[some] / w_b[some]
            m2_b = np.bincount(oi, weights=g * (v - mean_b[oi]) ** 2, minlength=n)
            self._merge(some, w_b[some], mean_b[some], m2_b[some])
        if "min" in self.aggregations:
            np.minimum.at(self.min, oi, v)
        if "max" in self.aggregations:
            np.maximum.at(self.max, oi, v)
        if self.orders and len(oi):
            self.keys.append(oi.astype(np.int64) * self.n_rank + self.rank[dj])

    def _moments(self, oi, g, v):
        """Merge a block's weighted mean and sum of squared deviations (weights g, rows × columns) into the
        running ones of its origins."""
        w_b = g.sum(axis=1)
        some = w_b > 0
        if not some.any():
            return
        oi, g, w_b = oi[some], g[some], w_b[some]
        mean_b = (g @ v) / w_b
        self._merge(oi, w_b, mean_b, (g * (v[None, :] - mean_b[:, None]) ** 2).sum(axis=1))

    def _merge(self, oi, w_b, mean_b, m2_b):
        """Chan et al.'s pairwise update of the running weight, mean and squared deviations of origins ``oi``
        (distinct) with a part's (no cancellation)."""
        w_a, mean_a = self.gsum[oi], self.mean[oi]
        w = w_a + w_b
        delta = mean_b - mean_a
        self.mean[oi] = mean_a + delta * (w_b / w)
        self.m2[oi] += m2_b + delta * delta * (w_a * w_b / w)
        self.gsum[oi] = w

    def result(self):
        out = {"sum": self.sum}
        a = self.aggregations
        empty = ~(self.count > 0)
        if "count" in a:
            out["count"] = self.count
        weighted = self.gsum > 0
        if "mean" in a:
            out["mean"] = np.where(weighted, self.mean, np.nan)
        if "std" in a:
            out["std"] = np.where(weighted, np.sqrt(np.maximum(self.m2, 0.0) / np.where(weighted, self.gsum, 1.0)),
                                  np.nan)
        if "min" in a:
            out["min"] = np.where(empty, np.nan, self.min)
        if "max" in a:
            out["max"] = np.where(empty, np.nan, self.max)
        if self.orders and self.keys:
            keys = np.concatenate(self.keys)
            self.keys = []
            keys.sort()
            origin = keys // self.n_rank
            values = self.sorted_values[keys % self.n_rank]
            del keys
            starts = np.flatnonzero(np.concatenate([[True], origin[1:] != origin[:-1]]))
            counts = np.diff(np.concatenate([starts, [len(origin)]]))
            for q in self.orders:
                h = q * (counts - 1)
                lo = np.floor(h).astype(np.int64)
                hi = np.minimum(lo + 1, counts - 1)
                a_lo, a_hi = values[starts + lo], values[starts + hi]
                self.order_values[q][origin[starts]] = a_lo + (h - lo) * (a_hi - a_lo)
        for name, q in (("median", 0.5), ("quantile", self.quantile)):
            if name in a:
                out[name] = np.where(empty, np.nan, self.order_values[q])
        return out


def _order_statistic(rows, counts, q):
    """The q-quantile (linear interpolation) of the first counts[r] values of each sorted row; NaN where none."""
    out = np.full(len(rows), np.nan)
    some = np.flatnonzero(counts > 0)
    if not len(some):
        return out
    c = counts[some]
    h = q * (c - 1)
    lo = np.floor(h).astype(np.int64)
    hi = np.minimum(lo + 1, c - 1)
    a_lo, a_hi = rows[some, lo], rows[some, hi]
    out[some] = a_lo + (h - lo) * (a_hi - a_lo)
    return out


def aggregate_blocks(blocks, n_origins, attached, values, threshold_minutes, decay="flat", beta=0.0,
                     aggregations=(), quantile=0.25, n_complete=None):
    """The aggregations (module docstring) over a stream of exact (origin indices, destination indices, times)
    blocks. ``attached``: mask of origins that get values (0 / NaN start), ``values`` one per destination.
    ``n_complete``: the number of destinations a block with complete rows holds (None: never complete)."""
    decay, aggregations = check_options(decay, aggregations, quantile, threshold_minutes, beta)
    state = _Aggregator(n_origins, np.asarray(attached, dtype=bool), values, float(threshold_minutes), decay,
                        float(beta), aggregations, quantile, -1 if n_complete is None else n_complete)
    for oi, dj, times in blocks:
        state.add(oi, dj, times)
    return state.result()


def aggregate(network, origins, destinations, values, threshold_minutes, decay="flat", beta=0.0, aggregations=(),
              quantile=0.25, feedback=None, engine=None):
    """Per origin: ``"sum"`` (the decayed opportunities) and every requested aggregation of the destination
    values within ``threshold_minutes`` over the road network (module docstring). Returns a dict of (n,) arrays."""
    values = _values(values, destinations.n)
    checked_decay, checked_aggregations = check_options(decay, aggregations, quantile, threshold_minutes, beta)
    if np.isfinite(threshold_minutes):  # only the pairs within reach, never a dense row over every origin
        state = _Aggregator(origins.n, np.asarray(origins.attached, dtype=bool), values, float(threshold_minutes),
                            checked_decay, float(beta), checked_aggregations, quantile, -1)
        for oi, dj, times in network_method.od_pairs(network, origins, destinations, threshold_minutes, feedback,
                                                     engine=engine):
            state.add_pairs(oi, dj, times)
        return state.result()
    blocks = network_method.od_blocks(network, origins, destinations, threshold_minutes, feedback, engine=engine)
    return aggregate_blocks(blocks, origins.n, origins.attached, values, threshold_minutes, decay, beta,
                            aggregations, quantile, n_complete=int(destinations.attached.sum()))


def _values(values, n):
    try:
        v = np.asarray(values, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        raise MethodError("the destination values must be numbers (or NaN where a destination has none)") from None
    if len(v) != n:
        raise MethodError("{given} values were given for {n} destinations: give one per destination.",
                          given=len(v), n=n)
    return v


# -- k nearest -----------------------------------------------------------------------------------------------------
def _block_best(dj, times, k):
    """Per row of a block its k best (time, destination) by time, ties by the lower destination index: (t, j),
    shape (rows, min(k, columns)). ``dj`` must be ascending (od_blocks' destinations are)."""
    rows, cols = times.shape
    m = min(k, cols)
    if m == cols:
        order = np.argsort(times, axis=1, kind="stable")
    else:
        part = np.argpartition(times, m - 1, axis=1)[:, :m]
        picked = np.take_along_axis(times, part, axis=1)
        # the m smallest by time; the lower column wins among equal times at the cut
        cut = picked.max(axis=1)
        ties = (times == cut[:, None]).sum(axis=1) > (picked == cut[:, None]).sum(axis=1)
        inner = np.lexsort((part, picked), axis=-1)
        order = np.take_along_axis(part, inner, axis=1)
        hard = np.flatnonzero(ties & np.isfinite(cut))
        if len(hard):
            order[hard] = np.argsort(times[hard], axis=1, kind="stable")[:, :m]
    t = np.take_along_axis(times, order, axis=1)
    j = np.asarray(dj, dtype=np.int64)[order]
    return t, j


def k_nearest_blocks(blocks, n_origins, attached, k, n_destinations):
    """The k nearest destinations per origin over a stream of exact blocks: (times (n, k), indices (n, k)); NaN /
    -1 for unattached origins, inf / -1 beyond the limit."""
    k = int(k)
    if not 1 <= k <= MAX_K:
        raise MethodError("k must be a whole number from 1 to {most}, not {k}", most=MAX_K, k=k)
    attached = np.asarray(attached, dtype=bool)
    best_t = np.full((n_origins, k), np.inf)
    sentinel = int(n_destinations)
    best_j = np.full((n_origins, k), sentinel, dtype=np.int64)
    for oi, dj, times in blocks:
        if not len(oi) or not len(dj):
            continue
        t, j = _block_best(dj, times, k)
        j = np.where(np.isfinite(t), j, sentinel)
        all_t = np.concatenate([best_t[oi], t], axis=1)
        all_j = np.concatenate([best_j[oi], j], axis=1)
        order = np.lexsort((all_j, all_t), axis=-1)[:, :k]
        best_t[oi] = np.take_along_axis(all_t, order, axis=1)
        best_j[oi] = np.take_along_axis(all_j, order, axis=1)
    best_j[best_j == sentinel] = -1
    best_t[~attached] = np.nan
    best_j[~attached] = -1
    return best_t, best_j


def k_nearest(network, origins, destinations, k, limit_minutes=np.inf, feedback=None, engine=None):
    """The k nearest destinations of every origin over the road network within ``limit_minutes`` (inf: no limit):
    (times (n, k) in minutes, destination indices (n, k)), ordered by time, ties by the lower destination index;
    inf / -1 where fewer than k are reached, NaN / -1 for unattached origins."""
    limit = float(limit_minutes)
    if np.isnan(limit) or limit < 0:
        raise MethodError("the time limit must be 0 minutes or more, not {limit}", limit=float(limit))
    blocks = network_method.od_blocks(network, origins, destinations, limit, feedback, engine=engine)
    return k_nearest_blocks(blocks, origins.n, origins.attached, k, destinations.n)


# -- 2SFCA at extra points -------------------------------------------------------------------------------------------
def two_step_fca(network, origins, destinations, supply, demand, threshold_minutes, points=None, feedback=None,
                 engine=None):
    """2SFCA as ``network.two_step_fca`` (R_j = S_j / Σ_{i: t_ij ≤ T} D_i, A_i = Σ_{j: t_ij ≤ T} R_j), and with
    ``points`` (an Attachment, e.g. ``junction_points``) also A at those points, which add no demand: the surface
    of the ratios that the origins' demand gives. One search over origins and points together.
    Returns (A per origin, A per point or None)."""
    from .network import _weights

    s = _weights(supply, destinations.n, "supply values")
    dem = _weights(demand, origins.n, "demand values")
    n_o = origins.n
    both = combine(origins, points) if points is not None else origins
    pairs_o, pairs_d = [], []
    if np.isfinite(threshold_minutes):  # only the pairs within reach (network.od_pairs)
        for oi, dj, _times in network_method.od_pairs(network, both, destinations, threshold_minutes, feedback,
                                                      engine=engine):
            pairs_o.append(oi.astype(np.int64))
            pairs_d.append(dj.astype(np.int64))
    else:
        for oi, dj, times in network_method.od_blocks(network, both, destinations, threshold_minutes, feedback,
                                                      engine=engine):
            r, c = np.nonzero(np.isfinite(times) & (times <= threshold_minutes))
            pairs_o.append(oi[r].astype(np.int64))
            pairs_d.append(dj[c].astype(np.int64))
    out = np.where(both.attached, 0.0, np.nan)
    if pairs_o:
        pi, pj = np.concatenate(pairs_o), np.concatenate(pairs_d)
        real = pi < n_o
        catchment = np.bincount(pj[real], weights=dem[pi[real]], minlength=destinations.n)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(catchment > 0, s / catchment, 0.0)
        out += np.bincount(pi, weights=ratio[pj], minlength=both.n)
    return out[:n_o], (out[n_o:] if points is not None else None)


# -- the straight-line estimate as blocks ----------------------------------------------------------------------------
def estimate_blocks(origin_xy, destination_xy, limit_minutes, detour_factor, speed_kmh, feedback=None,
                    memory_bytes=_ESTIMATE_BLOCK_BYTES):
    """Exact blocks of estimated times (straight line × detour ÷ speed, as ``estimate``) for the origins and
    destinations with finite coordinates, inf beyond ``limit_minutes``: every pair is computed (rows of origins
    sized to ``memory_bytes``)."""
    o = np.flatnonzero(np.isfinite(origin_xy).all(axis=1))
    d = np.flatnonzero(np.isfinite(destination_xy).all(axis=1))
    progress.report(feedback, 0.0)
    if not len(o) or not len(d):
        return
    rows = int(max(1, memory_bytes // (8 * 3 * len(d))))
    target = destination_xy[d]
    for begin in range(0, len(o), rows):
        part = o[begin:begin + rows]
        delta = origin_xy[part, None, :] - target[None, :, :]
        times = np.hypot(delta[..., 0], delta[..., 1]) / 1000.0 * float(detour_factor) / float(speed_kmh) * 60.0
        times[times > limit_minutes] = np.inf
        yield part, d, times
        progress.report(feedback, min(1.0, (begin + rows) / len(o)))
