"""CURDS / Coombes–Bond travel-to-work areas (TTWA), exactly as Istat's LabourMarketAreas 3.4 `findClusters`.

Pure numpy/scipy (no qgis). The algorithm (Coombes & Bond 2008; Franconi et al. 2016 for the reserve list):

For an area A with R employed residents, W jobs and T flows internal to A::

    msc = min(T/R, T/W);  Y = min(msc/tarSC, 1);  s = max((tarSZ - R)/(tarSZ - minSZ), 0)
    Z = 1 - (1 - minSC/tarSC)*s;  validity = Y*Z*tarSC/minSC   (validity = 1 exactly when msc == 1)

A is valid iff validity >= 1. Smart's cohesion between A and B: L = T_AB²/(R_A W_B) + T_BA²/(R_B W_A).

1. Zero list: drop zones with no residents, no jobs or only internal flows, repeatedly (dropping a zone removes
   its flows, which can empty another zone). They get membership -1.
2. Each remaining zone starts as its own cluster. Repeat: take the cluster of lowest validity; stop when it is
   >= 1. Dissolve it and move its members one at a time to the cluster of maximum cohesion L; a move is kept only
   if the receiving cluster's validity does not drop, otherwise the zone goes to the reserve list.
3. At the end every reserve zone joins its maximum-L cluster, without any validity check.

Order of zones (ties). The R package reads community ids as integers and sorts them; its cluster ids are the
ranks of the founding zone in that order, and every tie is decided by that order. Either pass `flows` with the
zones already in that order (ascending integer id, e.g. Norwegian `0301` as 301, Italian `090001` as 90001; for
non-numeric ids ascending string order, which is what the package's `idcom_type` recoding does), or pass `ids`
(one per row of `flows`, in the caller's order): they are then sorted internally (numerically when every id is an
integer or a string of digits, otherwise as strings) and all results are given back in the caller's order.

The R order of operations reproduced here (R/LabourMarketAreas.R, CRAN 3.4):

- Least valid cluster: first minimum in cluster-id order (lowest founder rank wins a tie).
- A dissolved cluster with one member is moved (or reserved) in one iteration: case A (move would lower the
  receiving cluster's validity), case B (no flows to any cluster outside the reserve list).
- A cluster with several members: members are ordered by descending (in-flow from outside the cluster + residents
  - self flow), ties by ascending id. Only the FIRST member is handled in this iteration: moved, or reserved as
  case C (validity would drop). The other members are put back together as the old cluster, and the next
  iteration starts again from the least valid cluster. The package does not re-aggregate its tables at that point,
  so in the next iteration that cluster's validity is evaluated over the cartesian product of its remaining
  members' own marginals × the internal pair flows among them; the minimum of that product is what the next
  iteration sees (and what the reserve list reports, e.g. 0.004 in Sardinia), and a move INTO that cluster in
  that iteration must beat its maximum. This is reproduced (`_stale_extremes`).
- If the first member has no flows to any other cluster (case D), it is reserved and the remaining members each
  become a cluster of their own (negative ids in R, so first on ties, the highest-id member first); n-1 more steps
  follow, each taking the least valid cluster over all clusters and moving it (case E when the validity check
  fails, F when it has no links). R records the n-th member of the ordered list in the event, not necessarily the
  zone moved; this is reproduced in `ReserveEvent.community`.
- Target of a move: maximum L over clusters with a flow to or from the zone; ties go to the last cluster in R's
  table order (clusters with a flow towards the zone by ascending id, then those with only a flow from it).
- Final assignment: reserve zones in descending id order, each joining its maximum-L cluster with the marginals
  updated after every join; passes repeat while anything moved. Zones with no flows to any cluster stay unassigned.

Deviation only in cases the reference data never reach: if, in the case D steps, a normal cluster is less valid
than every remaining member, R merges member clusters through recycled vectors; here every linked member is
merged. Members left over from such steps become ordinary singleton clusters here (R keeps negative ids).

Speed: cluster marginals (residents, jobs, internal flow) and validities are updated incrementally; each move
only reads the moving zone's row and column of the sparse matrix.
"""

from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np

from . import progress
from .errors import MethodError
from .od import flow_matrix, require_flows_between_zones

ZERO_LIST = -1
"""Membership code of a zone on the zero list (no residents, no jobs, or only internal flows)."""
RESERVE = -2
"""`before_reserve` code of a zone on the reserve list; in `membership`, a reserve zone that could not be assigned
(no flows to any cluster)."""
_MOVING = -3  # internal: a zone of the cluster being dissolved


def validity(residents, jobs, internal, min_size, min_sc, target_size, target_sc):
    """Validity of areas (vectorised): >= 1 means valid. Same floating-point operations as the R package.

    msc = min(T/R, T/W); Y = min(msc/target_sc, 1); s = max((target_size - R)/(target_size - min_size), 0);
    Z = 1 - (1 - min_sc/target_sc)*s; validity = Y*Z*target_sc/min_sc, and exactly 1 where msc == 1.
    """
    r = np.asarray(residents, dtype=float)
    w = np.asarray(jobs, dtype=float)
    t = np.asarray(internal, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        msc = np.minimum(t / r, t / w)
        y = msc / target_sc
        y = np.where(y > 1, 1.0, y)
        s = (target_size - r) / (target_size - min_size)
        s = np.where(s < 0, 0.0, s)
        z = 1 - ((1 - (min_sc / target_sc)) * s)
        v = y * z * (target_sc / min_sc)
    v = np.where(msc == 1, 1.0, v)
    return v if v.ndim else float(v)


def self_containment(residents, jobs, internal):
    """Supply-side (T/R) and demand-side (T/W) self-containment."""
    r = np.asarray(residents, dtype=float)
    w = np.asarray(jobs, dtype=float)
    t = np.asarray(internal, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return t / r, t / w


def cohesion(t_ab, t_ba, residents_a, jobs_a, residents_b, jobs_b):
    """Smart's cohesion L_AB = T_AB²/(R_A W_B) + T_BA²/(R_B W_A) (vectorised), evaluated as the R package does."""
    t_ab = np.asarray(t_ab, dtype=float)
    t_ba = np.asarray(t_ba, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = (t_ab / residents_a) * t_ab / jobs_b
        back = (t_ba / residents_b) * t_ba / jobs_a
    out = np.where(np.asarray(residents_a) * np.asarray(jobs_b) == 0, 0.0, out)
    back = np.where(np.asarray(residents_b) * np.asarray(jobs_a) == 0, 0.0, back)
    return out + back


@dataclass
class ReserveEvent:
    """One entry of the package's reserve list (cases A–F, Franconi et al. 2016).

    `case`: A/B single-member cluster (validity would drop / no links); C/D first member of a larger cluster
    (validity / no links); E/F later members after D (validity / no links). `iteration`: the package's counter
    (1-based). `dissolved_cluster`: the package's cluster id (rank + 1 of the founding zone among the zones not on
    the zero list; negative for the temporary member clusters of E/F; 0 for the reserve row), `dissolved_zone`:
    caller index of that founding zone (-1 for E/F/0). `validity`: the minimum validity that selected it.
    `community`, `community2`: caller zone indices as the package records them (`community2` only for C/D).
    """

    case: str
    iteration: int
    dissolved_cluster: int
    dissolved_zone: int
    validity: float
    community: int
    community2: Optional[int] = None


@dataclass
class TTWAResult:
    """Result of `ttwa`. Zone arrays are in the caller's order, cluster arrays indexed by cluster 0..k-1.

    Clusters are numbered by the package's cluster-id order (rank of the founding zone). The same numbering is
    used before and after the reserve assignment, which only adds zones to existing clusters.
    `membership`: final cluster, -1 zero list, -2 reserve zone with no flows to any cluster.
    `before_reserve`: cluster before the final reserve assignment, -2 reserve list, -1 zero list.
    `residents`, `jobs`, `internal` (flows internal to the cluster), `sc_supply` = internal/residents,
    `sc_demand` = internal/jobs, `validity`: final clusters. `founder`: caller index of the zone whose
    singleton cluster became the cluster. Counts exclude flows to and from zero-list zones, as in the package.
    """

    membership: np.ndarray
    before_reserve: np.ndarray
    reserve_events: List[ReserveEvent]
    residents: np.ndarray
    jobs: np.ndarray
    internal: np.ndarray
    sc_supply: np.ndarray
    sc_demand: np.ndarray
    validity: np.ndarray
    founder: np.ndarray
    zero_list: np.ndarray
    n_iterations: int
    params: tuple = field(default=())

    @property
    def n_clusters(self):
        return len(self.residents)


def _int_key(i):
    if isinstance(i, (bool, np.bool_)):
        raise ValueError
    if isinstance(i, (int, np.integer)):
        return int(i)
    if isinstance(i, (float, np.floating)):
        if float(i).is_integer():
            return int(i)
        raise ValueError
    return int(str(i).strip())


def r_order(ids):
    """Permutation putting `ids` in the R package's order: numeric when all are integers (or digit strings, so
    `0301` sorts as 301), otherwise as strings (the package's `idcom_type` recoding)."""
    ids = list(ids)
    try:
        keys = [_int_key(i) for i in ids]
    except (TypeError, ValueError):
        keys = [str(i) for i in ids]
    if len(set(keys)) != len(keys):
        seen = set()
        twice = next(ids[i] for i in range(len(ids)) if keys[i] in seen or seen.add(keys[i]))
        raise MethodError("zone ids must be unique, but '{id}' occurs more than once (ids are compared as numbers "
                          "when all of them are whole numbers, so '0301' and 301 are the same zone)", id=str(twice))
    return np.array(sorted(range(len(ids)), key=lambda i: keys[i]), dtype=np.int64)


def _as_csr(flows, ids=None):
    return flow_matrix(flows, ids)


def _zero_list(f):
    """Active-zone mask after the package's iterative zero-list rule."""
    n = f.shape[0]
    active = np.ones(n, dtype=bool)
    diag = f.diagonal()
    while True:
        a = active.astype(float)
        res = np.asarray(f @ a).ravel() * a
        job = np.asarray(f.T @ a).ravel() * a
        drop = active & ((res == 0) | (job == 0) | ((diag == res) & (diag == job)))
        if not drop.any():
            return active
        active &= ~drop


class _Run:
    def __init__(self, g, params, feedback):
        self.params = params
        self.feedback = feedback
        self.g = g.tocsr()
        self.gc = g.tocsc()
        m = g.shape[0]
        self.m = m
        self.res = np.asarray(g.sum(axis=1)).ravel()
        self.job = np.asarray(g.sum(axis=0)).ravel()
        self.diag = g.diagonal()
        self.label = np.arange(m)
        self.members = [[i] for i in range(m)]
        self.rc = self.res.copy()
        self.wc = self.job.copy()
        self.tc = self.diag.astype(float).copy()
        self.alive = np.ones(m, dtype=bool)
        self.v = self._validity(self.rc, self.wc, self.tc)
        self.events = []
        self.iteration = 1

    # --- helpers -------------------------------------------------------------------------------------------
    def _validity(self, r, w, t):
        return validity(r, w, t, *self.params)

    def _v1(self, r, w, t):
        min_sz, min_sc, tar_sz, tar_sc = self.params
        r, w, t = float(r), float(w), float(t)
        msc = min(t / r, t / w)
        if msc == 1:
            return 1.0
        y = msc / tar_sc
        if y > 1:
            y = 1.0
        s = (tar_sz - r) / (tar_sz - min_sz)
        if s < 0:
            s = 0.0
        z = 1 - ((1 - (min_sc / tar_sc)) * s)
        return y * z * (tar_sc / min_sc)

    def _links(self, z):
        """Flows from and to zone z aggregated by ordinary cluster: (labels, out, in, has_in)."""
        g, gc, lab = self.g, self.gc, self.label
        s, e = g.indptr[z], g.indptr[z + 1]
        ol = lab[g.indices[s:e]]
        ok = ol >= 0
        ol, ov = ol[ok], g.data[s:e][ok]
        s, e = gc.indptr[z], gc.indptr[z + 1]
        il = lab[gc.indices[s:e]]
        ok = il >= 0
        il, iv = il[ok], gc.data[s:e][ok]
        if not len(ol) and not len(il):
            return None
        labs = np.union1d(ol, il)
        t_out = np.zeros(len(labs))
        t_in = np.zeros(len(labs))
        has_in = np.zeros(len(labs), dtype=bool)
        has_out = np.zeros(len(labs), dtype=bool)
        if len(ol):
            k = np.searchsorted(labs, ol)
            np.add.at(t_out, k, ov)
            has_out[k] = True
        if len(il):
            k = np.searchsorted(labs, il)
            np.add.at(t_in, k, iv)
            has_in[k] = True
        return labs, t_out, t_in, has_in, has_out

    def _best(self, z):
        """Cluster of maximum cohesion with zone z (R's tie order), or None: (X, T_zX, T_Xz)."""
        links = self._links(z)
        if links is None:
            return None
        labs, t_out, t_in, has_in, has_out = links
        rz, wz = self.res[z], self.job[z]
        ry, wy = self.rc[labs], self.wc[labs]
        term_in = np.where(has_in, (t_in / ry) * t_in / wz, 0.0)
        term_out = np.where(has_out, (t_out / rz) * t_out / wy, 0.0)
        strength = term_in + term_out
        best = np.flatnonzero(strength == strength.max())
        if len(best) > 1:
            only_out = best[~has_in[best]]
            best = only_out if len(only_out) else best
        i = best[-1]
        return int(labs[i]), float(t_out[i]), float(t_in[i])

    def _merged_validity(self, x, z, t_zx, t_xz):
        return self._v1(self.rc[x] + self.res[z], self.wc[x] + self.job[z],
                        self.tc[x] + self.diag[z] + t_zx + t_xz)

    def _join(self, z, x, t_zx, t_xz):
        self.rc[x] += self.res[z]
        self.wc[x] += self.job[z]
        self.tc[x] += self.diag[z] + t_zx + t_xz
        self.members[x].append(z)
        self.label[z] = x
        self.v[x] = self._v1(self.rc[x], self.wc[x], self.tc[x])

    def _kill(self, c):
        self.alive[c] = False
        self.v[c] = np.inf
        self.members[c] = []

    def _event(self, case, cluster, zone, value, community, community2=None):
        self.events.append((case, self.iteration, cluster, zone, float(value), community, community2))

    def _stale_extremes(self, rem):
        """Min and max validity over R's unaggregated rows of a cluster put back together (see module doc)."""
        idx = np.asarray(rem)
        vals = self.g[idx][:, idx].data
        r, w = self.res[idx], self.job[idx]
        if not len(vals):
            v = self._validity(r, w, np.zeros(len(idx)))
            return float(v.min()), float(v.max())
        cands = [np.full(len(idx), vals.min()), np.full(len(idx), vals.max())]
        star = np.maximum(r, w)
        has_star = np.isin(star, vals)
        if has_star.any():
            cands.append(np.where(has_star, star, vals.min()))
        v = np.concatenate([self._validity(r, w, t) for t in cands])
        return float(v.min()), float(v.max())

    def _order(self, mem):
        """R's order for moving the members of a dissolved cluster."""
        idx = np.asarray(mem)
        inside = np.asarray(self.g[idx][:, idx].sum(axis=0)).ravel()
        key = (self.job[idx] - inside) + self.res[idx] - self.diag[idx]
        return [mem[i] for i in sorted(range(len(mem)), key=lambda i: (-key[i], mem[i]))]

    # --- main loop -------------------------------------------------------------------------------------------
    def run(self):
        stale = None
        n_invalid0 = max(int((self.v < 1).sum()), 1)
        done = 0.0
        while True:
            if self.iteration % 8 == 1:
                done = max(done, 0.9 * (1 - int((self.v < 1).sum()) / n_invalid0))
                progress.report(self.feedback, done)
            vsel = self.v
            old_stale = None
            if stale is not None:
                c, rem = stale
                smin, smax = self._stale_extremes(rem)
                vsel = self.v.copy()
                vsel[c] = smin
                old_stale = (c, smax)
                stale = None
            c = int(np.argmin(vsel))
            vmin = float(vsel[c])
            if not vmin < 1:
                break

            def old_v(x, old_stale=old_stale):
                return old_stale[1] if old_stale is not None and x == old_stale[0] else self.v[x]

            mem = sorted(self.members[c])
            if len(mem) == 1:
                z = mem[0]
                self._kill(c)
                self.label[z] = _MOVING
                target = self._best(z)
                if target is None:
                    self.label[z] = RESERVE
                    self._event("B", c + 1, c, vmin, z)
                else:
                    x, t_zx, t_xz = target
                    if self._merged_validity(x, z, t_zx, t_xz) >= old_v(x):
                        self._join(z, x, t_zx, t_xz)
                    else:
                        self.label[z] = RESERVE
                        self._event("A", c + 1, c, vmin, z)
            else:
                order = self._order(mem)
                z = order[0]
                rest = [q for q in mem if q != z]
                t_old = self.tc[c]
                s, e = self.g.indptr[z], self.g.indptr[z + 1]
                cols = self.g.indices[s:e]
                t_zc = self.g.data[s:e][(self.label[cols] == c) & (cols != z)].sum()
                s, e = self.gc.indptr[z], self.gc.indptr[z + 1]
                rows = self.gc.indices[s:e]
                t_zc += self.gc.data[s:e][(self.label[rows] == c) & (rows != z)].sum()
                self._kill(c)
                self.label[mem] = _MOVING
                target = self._best(z)
                if target is not None:
                    x, t_zx, t_xz = target
                    if self._merged_validity(x, z, t_zx, t_xz) >= old_v(x):
                        self._join(z, x, t_zx, t_xz)
                    else:
                        self.label[z] = RESERVE
                        self._event("C", c + 1, c, vmin, z, order[1])
                    # the rest is put back together as cluster c
                    self.alive[c] = True
                    self.members[c] = rest
                    self.label[rest] = c
                    self.rc[c] = self.res[rest].sum()
                    self.wc[c] = self.job[rest].sum()
                    self.tc[c] = t_old - self.diag[z] - t_zc
                    self.v[c] = self._v1(self.rc[c], self.wc[c], self.tc[c])
                    stale = (c, rest)
                else:
                    self.label[z] = RESERVE
                    self._event("D", c + 1, c, vmin, z, order[1])
                    self._members_one_by_one(mem, order)
            self.iteration += 1
        n_iterations = self.iteration - 1
        before = self.label.copy()
        self._assign_reserve()
        progress.report(self.feedback, 1.0)
        return before, n_iterations

    def _members_one_by_one(self, mem, order):
        """After case D: the other members are clusters of their own; n-1 steps of least-valid-first."""
        rank = {q: i + 1 for i, q in enumerate(mem)}  # R gives member i (in id order) the cluster id -i
        temps = [q for q in mem if q != order[0]]
        tval = {q: self._v1(self.res[q], self.job[q], self.diag[q]) for q in temps}
        for step in range(1, len(order)):
            community = order[step]
            tmin = min(tval.values()) if tval else np.inf
            c = int(np.argmin(self.v))
            pmin = float(self.v[c])
            lowest = min(tmin, pmin, 1.0)
            if tval and tmin == lowest:
                t = max((q for q in tval if tval[q] == tmin), key=lambda q: rank[q])
                del tval[t]
                target = self._best(t)
                if target is None:
                    self.label[t] = RESERVE
                    self._event("F", -rank[t], -1, tmin, community)
                    continue
                x, t_zx, t_xz = target
                if self._merged_validity(x, t, t_zx, t_xz) >= self.v[x]:
                    self._join(t, x, t_zx, t_xz)
                else:
                    self.label[t] = RESERVE
                    self._event("E", -rank[t], -1, tmin, community)
            elif pmin == lowest:
                self._ordinary_cluster_least_valid(c, pmin, tval, community)
            else:
                self._event("F", 0, -1, 1.0, community)
        for q in tval:  # left over (see module doc): ordinary singleton clusters
            self.alive[q] = True
            self.members[q] = [q]
            self.label[q] = q
            self.rc[q], self.wc[q], self.tc[q] = self.res[q], self.job[q], self.diag[q]
            self.v[q] = self._v1(self.rc[q], self.wc[q], self.tc[q])

    def _ordinary_cluster_least_valid(self, c, vmin, tval, community):
        """Case-D steps where an ordinary cluster is less valid than every remaining member (not in the data)."""
        linked = []
        for t in list(tval):
            links = self._links(t)
            if links is not None and c in links[0]:
                i = int(np.searchsorted(links[0], c))
                linked.append((t, float(links[1][i]), float(links[2][i])))
        if not linked:
            for q in self.members[c]:
                self.label[q] = RESERVE
            self._kill(c)
            self._event("F", c + 1, c, vmin, community)
            return
        r = self.rc[c] + sum(self.res[t] for t, _, _ in linked)
        w = self.wc[c] + sum(self.job[t] for t, _, _ in linked)
        idx = np.asarray(self.members[c] + [t for t, _, _ in linked])
        internal = self.g[idx][:, idx].sum()
        if self._v1(r, w, internal) >= self.v[c]:
            for t, _, _ in linked:
                del tval[t]
                self.members[c].append(t)
                self.label[t] = c
            self.rc[c], self.wc[c], self.tc[c] = r, w, internal
            self.v[c] = self._v1(r, w, internal)
        else:
            for q in self.members[c]:
                self.label[q] = RESERVE
            self._kill(c)
            self._event("E", c + 1, c, vmin, community)

    def _assign_reserve(self):
        pending = sorted(np.flatnonzero(self.label == RESERVE).tolist(), reverse=True)
        moved = True
        while moved and pending:
            moved = False
            for z in pending:
                target = self._best(z)
                if target is not None:
                    self._join(z, *target)
                    moved = True
            pending = [z for z in pending if self.label[z] == RESERVE]


def ttwa(flows, min_size=3500, min_sc=0.6667, target_size=25000, target_sc=0.75, feedback=None, ids=None):
    """Travel-to-work areas by the CURDS algorithm as in Istat's LabourMarketAreas 3.4 `findClusters`.

    flows: n×n residence (rows) × workplace (columns) counts including the diagonal; scipy.sparse or dense.
        Stored entries of a sparse matrix count as "a flow exists" when ties are broken (as rows of the package's
        flow table do), so pass only the flows that exist.
    min_size, min_sc, target_size, target_sc: minSZ, minSC, tarSZ, tarSC (employed residents and
        self-containment). Istat's example: 1000 / 0.6667 / 10000 / 0.75; ONS TTWA 2011: 3500 / 0.667 / 25000 / 0.75.
    feedback: anything with setProgress/isCanceled (see progress.py); cancelling raises progress.Cancelled.
    ids: optional zone ids in the caller's order. Without them the caller must give the zones in the package's
        order (ascending integer id); with them the zones are sorted internally as the package would (see the
        module docstring) and the results come back in the caller's order.

    Returns a TTWAResult (see there).
    """
    try:
        params = (float(min_size), float(min_sc), float(target_size), float(target_sc))
    except (TypeError, ValueError):
        raise MethodError("TTWA's minimum size, minimum self-containment, target size and target self-containment "
                          "must be numbers") from None
    if not all(np.isfinite(params)) or not min(params) > 0:
        raise MethodError("TTWA's minimum size, minimum self-containment, target size and target self-containment "
                          "must be positive numbers (got {values})", values=", ".join(f"{p:g}" for p in params))
    if params[2] == params[0]:
        raise MethodError("TTWA's target size must differ from its minimum size (both are {size})",
                          size=float(params[0]))
    f = _as_csr(flows, None if ids is None else list(ids))
    n = f.shape[0]
    if ids is not None and len(ids) != n:
        raise MethodError("there are {ids} zone ids for {n} zones in the flow matrix: give one id per zone",
                          ids=len(ids), n=n)
    perm = np.arange(n) if ids is None else r_order(ids)
    require_flows_between_zones(f, "TTWA")
    f = f[perm][:, perm]
    active = _zero_list(f)
    if not active.any():
        raise MethodError("no zone can take part in TTWA: once zones without employed residents, without jobs or "
                          "with only flows within the zone are set aside (the zero list), none is left. TTWA needs "
                          "zones that both send commuters to and receive commuters from other zones")
    pos = np.flatnonzero(active)  # position in R order of each active zone
    caller = perm[pos]  # caller index of each active zone
    g = f[pos][:, pos]
    progress.report(feedback, 0.0)

    run = _Run(g, params, feedback)
    before_label, n_iterations = run.run()

    founders = np.flatnonzero(run.alive)  # ascending = the package's cluster-id order
    index = np.full(len(pos), RESERVE, dtype=np.int64)
    lut = np.full(len(pos), RESERVE, dtype=np.int64)
    lut[founders] = np.arange(len(founders))

    def to_caller(labels):
        out = np.full(n, ZERO_LIST, dtype=np.int64)
        ok = labels >= 0
        index[:] = RESERVE
        index[ok] = lut[labels[ok]]
        out[caller] = index
        return out

    membership = to_caller(run.label)
    before = to_caller(before_label)
    r, w, t = run.rc[founders], run.wc[founders], run.tc[founders]
    sc_s, sc_d = self_containment(r, w, t)
    events = [
        ReserveEvent(case=case, iteration=it, dissolved_cluster=int(cl), dissolved_zone=int(caller[zn]) if zn >= 0
                     else -1, validity=val, community=int(caller[c1]),
                     community2=None if c2 is None else int(caller[c2]))
        for case, it, cl, zn, val, c1, c2 in run.events
    ]
    return TTWAResult(
        membership=membership,
        before_reserve=before,
        reserve_events=events,
        residents=r,
        jobs=w,
        internal=t,
        sc_supply=sc_s,
        sc_demand=sc_d,
        validity=validity(r, w, t, *params),
        founder=caller[founders],
        zero_list=np.sort(perm[~active]),
        n_iterations=n_iterations,
        params=params,
    )
