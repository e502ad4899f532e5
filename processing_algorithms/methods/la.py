"""SCB lokala arbetsmarknader (LA): local labour market areas from a commuting matrix, without qgis.

F is the residence × workplace matrix of employed people, diagonal included (people working in their home zone).
E_i = Σ_j F_ij; p1_i = (E_i − F_ii)/E_i (out-commuting share); p2_i = max_{j≠i} F_ij / E_i;
till_i = argmax_{j≠i} F_ij (the zone receiving i's largest out-flow).

1. i is a **centre** if p1_i < out_share (0.20) and p2_i < single_share (0.075).
2. If till_i = j and till_j = i and neither is a centre, i and j form one **joint centre** (SCB's "A-B" names such as
   Stockholm-Solna). If one of a mutual pair is a centre, the other simply attaches; two mutual centres stay
   separate.
3. Every other zone follows till until it reaches a centre; chains are never cut. `links` is the number of steps.

These rules reproduce SCB's official LA partitions for 2020–2023 from SCB's published p1, p2 and till
(tests/test_la.py).

Choices made here (SCB does not publish them):
- Ties in the argmax are broken by the lowest id: ids compare as numbers when all-digit ("0114" < "0180" < "301"),
  otherwise as text, numbers before text; without ids, by index.
- `pair_test=True` (default off): a mutual pair of non-centres is merged into one unit U = {i, j} with
  E_U = E_i + E_j, out-commuting p1_U = (E_U − F_ii − F_ij − F_ji − F_jj)/E_U (flows between the two count as
  internal) and p2_U = max_{k∉U} (F_ik + F_jk)/E_U. If U passes both tests it is a joint centre. Otherwise the pair
  stays together (one unit, both zones 'member') and follows U's combined largest out-flow
  till_U = argmax_{k∉U} (F_ik + F_jk) like a member; a note names the pair.
- Cycles. Among non-centres, a chain can end in a cycle longer than a mutual pair (argmax pointers of an asymmetric
  matrix allow i→j→k→i), or through a failed pair. The cycle is detected, the unit in it with the most employed
  residents (ties: lowest id) is made a centre, and a note says so.
- A zone with no employed residents (E = 0) has no p1, p2 or till: it becomes a region of its own (role 'centre')
  and a note names it.
- Regions are numbered 0..k−1 in the order of their lowest centre id. `centres[r]` lists the centre zone indices of
  region r, the zone with the most employed residents first (ties and without `residents`: by id). That is SCB's
  naming: the larger kommun first ("Stockholm-Solna", "Skövde-Skara", "Katrineholm-Flen"), so `region_names` gives
  SCB's names when the flows (hence the residents) are known.
"""

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import numpy as np
import scipy.sparse as sp

from .errors import MethodError, MethodNote
from .od import flow_matrix, require_flows_between_zones
from .progress import report


@dataclass
class LAResult:
    """Result of `scb_la` / `scb_la_from_shares` (arrays indexed by zone, in the input order).

    - `region`: int array, region index 0..k−1 of each zone;
    - `centres`: per region, the tuple of its centre zone indices (two for a joint centre), largest first;
    - `centre`: int array, the (first) centre zone index of each zone's region;
    - `role`: str array, 'centre' or 'member';
    - `links`: int array, the number of largest-flow steps from the zone to its region's centre (0 for centres);
    - `p1`, `p2`: float arrays (NaN where E = 0); `till`: int array, index of the largest out-flow's zone (−1: none);
    - `notes`: English messages (cycles broken, pairs that failed the pair test, zones without residents).
    """

    region: np.ndarray
    centres: List[Tuple[int, ...]]
    centre: np.ndarray
    role: np.ndarray
    links: np.ndarray
    p1: np.ndarray
    p2: np.ndarray
    till: np.ndarray
    notes: List[str] = field(default_factory=list)

    @property
    def n_regions(self) -> int:
        return len(self.centres)

    def region_names(self, names: Sequence[str]) -> List[str]:
        """Region names in SCB's style: the centre's name, or "A-B" for a joint centre."""
        return ["-".join(str(names[i]) for i in c) for c in self.centres]


def id_ranks(ids: Optional[Sequence], n: int) -> np.ndarray:
    """Rank of each zone in the tie-breaking order (0 = first). All-digit ids compare as numbers."""
    if ids is None:
        return np.arange(n)
    ids = [str(x).strip() for x in ids]
    if len(ids) != n:
        raise MethodError("there are {ids} zone ids for {n} zones: give one id per zone", ids=len(ids), n=n)

    def key(k):
        s = ids[k]
        return (0, int(s), s) if s.isdigit() else (1, 0, s)

    order = sorted(range(n), key=key)
    ranks = np.empty(n, dtype=np.int64)
    ranks[order] = np.arange(n)
    return ranks


def _as_csr(flows, ids=None) -> sp.csr_matrix:
    return flow_matrix(flows, ids)


def largest_flows(flows, ids=None):
    """(E, F_ii, max off-diagonal flow, till) per zone; till = −1 where a zone has no out-flow; ties → lowest id."""
    m = _as_csr(flows)
    n = m.shape[0]
    ranks = id_ranks(ids, n)
    coo = m.tocoo()
    e = np.asarray(m.sum(axis=1)).ravel()
    diag = m.diagonal()
    off = (coo.row != coo.col) & (coo.data > 0)
    rows, cols, data = coo.row[off], coo.col[off], coo.data[off]
    till = np.full(n, -1, dtype=np.int64)
    top = np.zeros(n)
    if len(rows):
        order = np.lexsort((ranks[cols], -data, rows))
        rows, cols, data = rows[order], cols[order], data[order]
        first = np.ones(len(rows), dtype=bool)
        first[1:] = rows[1:] != rows[:-1]
        till[rows[first]] = cols[first]
        top[rows[first]] = data[first]
    return e, diag, top, till


def scb_la(flows, out_share=0.20, single_share=0.075, pair_test=False, ids=None, feedback=None) -> LAResult:
    """SCB's LA partition from an n × n flow matrix (sparse or dense, residence rows, diagonal included)."""
    m = _as_csr(flows, None if ids is None else list(ids))
    require_flows_between_zones(m, "SCB's LA method")
    e, diag, top, till = largest_flows(m, ids)
    with np.errstate(invalid="ignore", divide="ignore"):
        p1 = np.where(e > 0, (e - diag) / e, np.nan)
        p2 = np.where(e > 0, top / e, np.nan)
    report(feedback, 0.3)
    return scb_la_from_shares(
        p1, p2, till, out_share, single_share, pair_test=pair_test, ids=ids, residents=e, flows=m, feedback=feedback
    )


def scb_la_from_shares(
    p1,
    p2,
    till,
    out_share=0.20,
    single_share=0.075,
    pair_test=False,
    ids=None,
    residents=None,
    flows=None,
    feedback=None,
) -> LAResult:
    """SCB's LA partition from per-zone p1, p2 and the largest-flow pointer `till` (zone indices, −1 = none).

    That is what SCB publishes per kommun. `residents` (employed residents) orders the two centres of a joint centre
    and breaks cycles (without it the lowest id wins); `pair_test=True` needs `flows` (a merged pair's shares cannot
    be derived from the zones' shares).
    """
    try:
        p1 = np.asarray(p1, dtype=float).reshape(-1)
        p2 = np.asarray(p2, dtype=float).reshape(-1)
        till_values = np.asarray(till, dtype=float).reshape(-1)
        out_share, single_share = float(out_share), float(single_share)
    except (TypeError, ValueError):
        raise MethodError("the out-commuting shares (p1, p2), the largest-flow zones (till) and the two thresholds "
                          "must be numbers") from None
    n = len(p1)
    if n == 0:
        raise MethodError("SCB's LA method needs at least one zone, and there is none")
    if not (len(p2) == len(till_values) == n):
        raise MethodError("p1, p2 and till must have one value per zone, but they have {p1}, {p2} and {till}",
                          p1=len(p1), p2=len(p2), till=len(till_values))
    if not (np.isfinite(out_share) and np.isfinite(single_share)):
        raise MethodError("the LA thresholds (out-commuting share and largest single out-flow share) must be numbers "
                          "between 0 and 1")
    bad_share = (np.isfinite(p1) & ((p1 < 0) | (p1 > 1))) | (np.isfinite(p2) & ((p2 < 0) | (p2 > 1))) | \
        np.isinf(p1) | np.isinf(p2)
    if bad_share.any():
        k = int(np.flatnonzero(bad_share)[0])
        raise MethodError("the shares of zone {zone} are not between 0 and 1 (p1 {p1}, p2 {p2})",
                          zone=str(k if ids is None else ids[k]), p1=float(p1[k]), p2=float(p2[k]))
    if not np.all(np.isfinite(till_values) & (till_values == np.round(till_values))):
        raise MethodError("till must hold zone indices (whole numbers), or -1 for a zone without out-flows")
    till = till_values.astype(np.int64)
    if till.max() >= n or till.min() < -1 or np.any(till == np.arange(n)):
        raise MethodError("till must hold zone indices other than the zone itself, or -1 for a zone without "
                          "out-flows")
    if pair_test and flows is None:
        raise MethodError("the pair test needs the flow matrix (flows=...)")
    ranks = id_ranks(ids, n)
    label = [str(x) for x in ids] if ids is not None else [str(i) for i in range(n)]
    weight = np.asarray(residents, dtype=float) if residents is not None else np.zeros(n)
    notes: List[str] = []

    valid = ~np.isnan(p1) & ~np.isnan(p2)
    is_centre_zone = valid & (p1 < out_share) & (p2 < single_share)

    # Units: single zones, joint centres and (pair_test) failed pairs.
    unit_of = np.arange(n)
    members: List[List[int]] = [[i] for i in range(n)]
    unit_centre = is_centre_zone.copy()
    unit_target = till.copy()  # a zone index, or -1
    for i in range(n):
        if not valid[i]:
            unit_centre[i] = True
            unit_target[i] = -1
            notes.append(MethodNote("zone {zone} has no employed residents: a region of its own", zone=label[i]))
    m = _as_csr(flows) if pair_test else None
    for i in np.argsort(ranks):
        j = till[i]
        if j < 0 or is_centre_zone[i] or not valid[i] or is_centre_zone[j] or till[j] != i or ranks[j] < ranks[i]:
            continue
        u = min(i, j, key=lambda z: ranks[z])
        other = j if u == i else i
        unit_of[other] = u
        members[u] = sorted([i, j], key=lambda z: (-weight[z], ranks[z]))
        members[other] = []
        unit_centre[u] = True
        unit_target[u] = -1
        if pair_test:
            passed, t_u = _pair_passes(m, i, j, ranks, out_share, single_share)
            if not passed:
                unit_centre[u] = False
                unit_target[u] = t_u
                notes.append(MethodNote(
                    "mutual pair {pair} fails the pair test; it stays together and follows its largest combined "
                    "out-flow to {zone}", pair=f"{label[members[u][0]]}-{label[members[u][1]]}", zone=label[t_u]))
    report(feedback, 0.6)

    units = [u for u in np.argsort(ranks) if members[u]]

    def next_unit(u):
        return unit_of[unit_target[u]]

    # Pass 1: find cycles among non-centre units and make one unit of each a centre.
    state = np.zeros(n, dtype=np.int8)  # 0 new, 1 on the current path, 2 done
    for start in units:
        path = []
        v = start
        while state[v] == 0:
            state[v] = 1
            path.append(v)
            if unit_centre[v]:
                break
            v = next_unit(v)
        if state[v] == 1 and not unit_centre[v]:
            cycle = path[path.index(v) :]
            best = max(cycle, key=lambda w: (weight[members[w]].sum(), -min(ranks[z] for z in members[w])))
            unit_centre[best] = True
            unit_target[best] = -1
            names = ", ".join("-".join(label[z] for z in members[w]) for w in cycle)
            notes.append(MethodNote("largest flows form a cycle ({cycle}); {centre} (most employed residents) was "
                                    "made a centre", cycle=names, centre="-".join(label[z] for z in members[best])))
        for w in path:
            state[w] = 2

    # Pass 2: links and centre unit of every unit.
    links_u = np.full(n, -1, dtype=np.int64)
    root = np.full(n, -1, dtype=np.int64)
    for start in units:
        path = []
        v = start
        while links_u[v] < 0 and not unit_centre[v]:
            path.append(v)
            v = next_unit(v)
        if unit_centre[v] and links_u[v] < 0:
            links_u[v], root[v] = 0, v
        for w in reversed(path):
            links_u[w] = links_u[v] + 1
            root[w] = root[v]
            v = w

    centre_units = sorted((u for u in units if unit_centre[u]), key=lambda u: min(ranks[z] for z in members[u]))
    region_of_unit = {u: r for r, u in enumerate(centre_units)}
    centres = [tuple(members[u]) for u in centre_units]
    zone_unit = unit_of
    region = np.array([region_of_unit[root[zone_unit[i]]] for i in range(n)], dtype=np.int64)
    centre = np.array([centres[region[i]][0] for i in range(n)], dtype=np.int64)
    links = links_u[zone_unit]
    role = np.where(links == 0, "centre", "member").astype(object)
    report(feedback, 1.0)
    return LAResult(
        region=region,
        centres=centres,
        centre=centre,
        role=role,
        links=links,
        p1=p1,
        p2=p2,
        till=till,
        notes=notes,
    )


def _pair_passes(m: sp.csr_matrix, i: int, j: int, ranks, out_share, single_share):
    """(passes, till_U) for the merged pair U = {i, j} (see the module docstring)."""
    rows = m[[i, j]].toarray()
    e_u = rows.sum()
    internal = rows[0, i] + rows[0, j] + rows[1, i] + rows[1, j]
    out = rows.sum(axis=0)
    out[[i, j]] = 0.0
    if e_u <= 0:
        return True, -1
    top = out.max()
    if top <= 0:
        return True, -1
    candidates = np.flatnonzero(out == top)
    t_u = int(candidates[np.argmin(ranks[candidates])])
    p1_u = (e_u - internal) / e_u
    p2_u = top / e_u
    return bool(p1_u < out_share and p2_u < single_share), t_u
