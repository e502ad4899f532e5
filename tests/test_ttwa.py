"""CURDS / Coombes–Bond TTWA: oracle tests against Istat's LabourMarketAreas 3.4 `findClusters`, and hand cases.

Reference outputs and inputs are in tests/data/lma (see SOURCE.md there). No qgis import.
"""

import csv
from collections import Counter

import numpy as np
import pytest
import scipy.sparse as sp
from conftest import TEST_DATA
from strukturbild.processing_algorithms.methods import progress
from strukturbild.processing_algorithms.methods.ttwa import RESERVE, ZERO_LIST, cohesion, r_order, ttwa, validity

DATA = TEST_DATA / "lma"
ISTAT = (1000, 0.6667, 10000, 0.75)
DATASETS = {
    # name: (flow file, live column, work column, amount column, year filter, reference prefix)
    "Brindisi": ("brindisi_flows.csv", "community_live", "community_work", "amount", None, "Brindisi"),
    "Sardinia": ("sardinia_flows_2001.csv", "community_live", "community_work", "amount", None, "Sardinia"),
    "Norway2022": ("no_pendling_ssb03321_2022.csv", "residence_code", "workplace_code", "employed", None,
                   "Norway2022"),
    "Norrbotten2022": ("norrbotten_pendling_bas_totalt_2020_2022.csv", "residence_code", "workplace_code",
                       "employed", "2022", "Norrbotten2022"),
}


def _rows(name):
    with open(DATA / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def load_flows(name, live, work, amount, year=None, shuffle=False):
    """Sparse matrix and string ids; zones in ascending integer order unless shuffled."""
    rows = [r for r in _rows(name) if year is None or r["year"] == year]
    ids = sorted({r[live] for r in rows} | {r[work] for r in rows}, key=int)
    if shuffle:
        ids = list(np.random.default_rng(7).permutation(ids))
    ix = {c: i for i, c in enumerate(ids)}
    f = sp.coo_matrix(
        ([float(r[amount]) for r in rows], ([ix[r[live]] for r in rows], [ix[r[work]] for r in rows])),
        shape=(len(ids), len(ids)),
    ).tocsr()
    return f, ids


def reference(prefix, part):
    path = DATA / f"{prefix}_{'_'.join(str(p) for p in ISTAT)}_{part}.csv"
    return _rows(path.name) if path.exists() else []


def partition(labels, ids, skip=()):
    """Partition as a set of frozensets of integer ids (labels in `skip` are left out)."""
    groups = {}
    for lab, i in zip(labels, ids):
        if lab not in skip:
            groups.setdefault(lab, set()).add(int(i))
    return {frozenset(g) for g in groups.values()}


def adjusted_rand_index(a, b):
    a = np.unique(np.asarray(a), return_inverse=True)[1]
    b = np.unique(np.asarray(b), return_inverse=True)[1]
    table = np.zeros((a.max() + 1, b.max() + 1))
    np.add.at(table, (a, b), 1)
    pairs = lambda x: (x * (x - 1) / 2).sum()  # noqa: E731
    index, rows, cols, total = pairs(table), pairs(table.sum(1)), pairs(table.sum(0)), pairs(np.array([len(a)]))
    expected = rows * cols / total
    if (rows + cols) / 2 == expected:  # both partitions trivial (all singletons or one block)
        return 1.0 if rows == cols == index else 0.0
    return (index - expected) / ((rows + cols) / 2 - expected)


@pytest.fixture(scope="module", params=list(DATASETS))
def case(request):
    name = request.param
    file, live, work, amount, year, prefix = DATASETS[name]
    f, ids = load_flows(file, live, work, amount, year)
    return name, ids, ttwa(f, *ISTAT), prefix


def test_final_partition_equals_reference(case):
    name, ids, res, prefix = case
    ref = reference(prefix, "clusterList")
    ref_ids = [int(r["community"]) for r in ref]
    ref_labels = [int(r["cluster"]) for r in ref]
    assert sorted(ref_ids) == sorted(int(i) for i in ids)
    mine = dict(zip((int(i) for i in ids), res.membership))
    assert partition(res.membership, ids) == partition(ref_labels, ref_ids)
    assert adjusted_rand_index([mine[i] for i in ref_ids], ref_labels) == pytest.approx(1.0)
    assert res.n_clusters == len(set(ref_labels))
    assert (res.membership >= 0).all() and len(res.zero_list) == 0
    # per-community residents as the package reports them
    residents = {int(r["community"]): float(r["residents"]) for r in ref}
    row_sums = {int(i): s for i, s in zip(ids, np.asarray(load_flows(*DATASETS[name][:5])[0].sum(1)).ravel())}
    assert all(row_sums[i] == residents[i] for i in residents)


def test_cluster_numbering_is_the_packages(case):
    """Clusters are numbered in the package's cluster-id order; the founder's rank is the package's id."""
    name, ids, res, prefix = case
    ref = {int(r["community"]): int(r["cluster"]) for r in reference(prefix, "clusterList")}
    int_ids = [int(i) for i in ids]
    for k, founder in enumerate(res.founder):
        members = [int_ids[z] for z in np.flatnonzero(res.membership == k)]
        assert {ref[c] for c in members} == {founder + 1}


def test_before_reserve_partition_equals_reference(case):
    name, ids, res, prefix = case
    ref = reference(prefix, "before0_clusterList")
    ref_ids = [int(r["community"]) for r in ref]
    ref_labels = [int(r["cluster"]) for r in ref]
    assert partition(res.before_reserve, ids, skip=(RESERVE,)) == partition(ref_labels, ref_ids, skip=(0,))
    reserve = {int(i) for i, lab in zip(ids, res.before_reserve) if lab == RESERVE}
    assert reserve == {c for c, lab in zip(ref_ids, ref_labels) if lab == 0}


def test_reserve_list_equals_reference(case):
    name, ids, res, prefix = case
    ref = reference(prefix, "reserve_list")
    mine = [(e.case, e.iteration, e.dissolved_cluster, int(ids[e.community]),
             None if e.community2 is None else int(ids[e.community2])) for e in res.reserve_events]
    theirs = [(r["case"], int(r["iteration"]), int(r["dissolved_cluster"]), int(r["community"]),
               int(r["community2"]) if r["community2"] else None) for r in ref]
    assert mine == theirs
    assert [e.validity for e in res.reserve_events] == pytest.approx([float(r["validity"]) for r in ref], rel=1e-12)


def test_marginals_equal_reference(case):
    name, ids, res, prefix = case
    cluster_of = {int(r["community"]): int(r["cluster"]) for r in reference(prefix, "clusterList")}
    ref = {int(r["cluster"]): (float(r["amount_live"]), float(r["amount_work"]))
           for r in reference(prefix, "marginals")}
    mine = {}
    for i, k in zip(ids, res.membership):
        mine[cluster_of[int(i)]] = (res.residents[k], res.jobs[k])
    assert mine == ref
    assert res.sc_supply == pytest.approx(res.internal / res.residents)
    assert res.sc_demand == pytest.approx(res.internal / res.jobs)
    assert res.validity == pytest.approx(validity(res.residents, res.jobs, res.internal, *ISTAT))


def test_reference_event_counts():
    """The numbers of SOURCE.md: LMAs and reserve-list events."""
    expected = {"Brindisi": (9, 0), "Sardinia": (36, 80), "Norway2022": (129, 11), "Norrbotten2022": (14, 0)}
    for name, (k, events) in expected.items():
        f, _ = load_flows(*DATASETS[name][:5])
        res = ttwa(f, *ISTAT)
        assert (res.n_clusters, len(res.reserve_events)) == (k, events)
    res = ttwa(load_flows(*DATASETS["Sardinia"][:5])[0], *ISTAT)
    assert Counter(e.case for e in res.reserve_events) == {"A": 59, "C": 21}


def test_ons_parameters_match_source_table():
    """3500 / 0.6667 / 25000 / 0.75: only counts are recorded (lma-reference-outputs/SOURCE.md), no partitions."""
    for name, k, events in (("Sardinia", 20, 80), ("Norway2022", 89, 14)):
        res = ttwa(load_flows(*DATASETS[name][:5])[0], 3500, 0.6667, 25000, 0.75)
        assert (res.n_clusters, len(res.reserve_events)) == (k, events)


def test_norrbotten_every_kommun_valid_alone():
    f, ids = load_flows(*DATASETS["Norrbotten2022"][:5])
    res = ttwa(f, *ISTAT)
    assert res.n_clusters == 14 and sorted(res.membership) == list(range(14))
    assert (res.validity >= 1).all() and res.n_iterations == 0 and not res.reserve_events


def test_ids_sorted_internally_give_the_same_result():
    """Zones in any order plus `ids` (Norwegian codes as text, 0301 first numerically) = the package's result."""
    f, ids = load_flows(*DATASETS["Norway2022"][:5], shuffle=True)
    res = ttwa(f, *ISTAT, ids=ids)
    ref = reference("Norway2022", "clusterList")
    assert partition(res.membership, ids) == partition([r["cluster"] for r in ref], [r["community"] for r in ref])
    events = [(e.case, e.iteration, int(ids[e.community])) for e in res.reserve_events]
    assert events == [(r["case"], int(r["iteration"]), int(r["community"])) for r in reference("Norway2022",
                                                                                              "reserve_list")]
    f0, ids0 = load_flows(*DATASETS["Norway2022"][:5])
    assert [ids[z] for z in res.founder] == [ids0[z] for z in ttwa(f0, *ISTAT).founder]


def test_validity_formula_by_hand():
    # R = 5000, W = 4000, T = 3000: msc = min(0.6, 0.75) = 0.6, Y = 0.6/0.75 = 0.8,
    # s = (10000 - 5000)/(10000 - 1000) = 5/9, Z = 1 - (1 - 0.6667/0.75)*5/9, validity = Y*Z*0.75/0.6667
    z = 1 - (1 - 0.6667 / 0.75) * 5 / 9
    assert validity(5000, 4000, 3000, *ISTAT) == pytest.approx(0.8 * z * 0.75 / 0.6667)
    assert validity(5000, 4000, 3000, *ISTAT) == pytest.approx(0.8444, abs=1e-4)
    # large and self-contained: Y = 1, s = 0, validity = tarSC/minSC
    assert validity(20000, 20000, 18000, *ISTAT) == pytest.approx(0.75 / 0.6667)
    # the validity curve passes through (minimum size, target SC) and (target size, minimum SC)
    assert validity(1000, 1000, 750, *ISTAT) == pytest.approx(1.0)
    assert validity(10000, 10000, 6667, *ISTAT) == pytest.approx(1.0)
    assert validity(1000, 1000, 666.7, *ISTAT) == pytest.approx(0.6667 / 0.75)
    # msc == 1 counts as exactly valid
    assert validity(50, 50, 50, *ISTAT) == 1.0
    # below the minimum size s > 1: not capped
    assert validity(100, 100, 75, *ISTAT) == pytest.approx((1 - (1 - 0.6667 / 0.75) * 9900 / 9000) * 0.75 / 0.6667)
    v = validity([5000, 20000], [4000, 20000], [3000, 18000], *ISTAT)
    assert v.shape == (2,) and v[1] > 1 > v[0]
    assert cohesion(400, 50, 800, 390, 8050, 8400) == pytest.approx(400**2 / (800 * 8400) + 50**2 / (8050 * 390))


def test_one_dissolution_by_hand():
    # zones a, b, c; rows live, columns work
    flows = np.array([[8000, 0, 50], [0, 6000, 40], [400, 100, 300]], dtype=float)
    # a: R 8050, W 8400, msc 8000/8400 > 0.75 -> Y 1, s = 1950/9000 -> validity ~ 1.098 (valid)
    # b: R 6040, W 6100 -> validity ~ 1.070 (valid); c: R 800, W 390, msc 300/800 -> validity ~ 0.499
    v = validity([8050, 6040, 800], [8400, 6100, 390], [8000, 6000, 300], *ISTAT)
    assert v[0] > 1 and v[1] > 1
    assert v[2] == pytest.approx(0.5 * (1 - (1 - 0.6667 / 0.75) * 9200 / 9000) * 0.75 / 0.6667)
    # c dissolves; L(c, a) = 400²/(800·8400) + 50²/(8050·390) = 0.0246 > L(c, b) = 100²/(800·6100) + 40²/(6040·390)
    assert cohesion(400, 50, 800, 390, 8050, 8400) > cohesion(100, 40, 800, 390, 6040, 6100)
    # a ∪ c: R 8850, W 8790, T 8750 -> validity ~ 1.109 >= 1.098: the move is kept
    res = ttwa(flows, *ISTAT)
    assert list(res.membership) == [0, 1, 0] and list(res.before_reserve) == [0, 1, 0]
    assert list(res.residents) == [8850, 6040] and list(res.jobs) == [8790, 6100] and list(res.internal) == [8750, 6000]
    assert res.validity[0] == pytest.approx(validity(8850, 8790, 8750, *ISTAT))
    assert res.n_iterations == 1 and res.reserve_events == [] and list(res.founder) == [0, 1]


def test_zero_list():
    flows = np.zeros((5, 5))
    flows[0, 0], flows[0, 1], flows[1, 1], flows[1, 0] = 5000, 100, 4000, 200
    flows[2, 2] = 300  # only internal flows
    flows[3, 0] = 50  # residents but no jobs
    flows[4, 3] = 20  # zone 3's only job; once 3 is dropped, 4 has no destination left
    flows[4, 4] = 0
    res = ttwa(sp.csr_matrix(flows), *ISTAT)
    assert list(res.zero_list) == [2, 3, 4]
    assert list(res.membership[2:]) == [ZERO_LIST] * 3 and list(res.before_reserve[2:]) == [ZERO_LIST] * 3
    # flows from dropped zones do not count: zone 0 has 5000 + 200 jobs, not 5250
    assert sorted(res.jobs.tolist()) == [4100, 5200]


def test_progress_and_cancel():
    f, _ = load_flows(*DATASETS["Sardinia"][:5])

    class Feedback:
        def __init__(self, cancel_after=None):
            self.values, self.cancel_after = [], cancel_after

        def setProgress(self, percent):
            self.values.append(percent)

        def isCanceled(self):
            return self.cancel_after is not None and len(self.values) >= self.cancel_after

    fb = Feedback()
    ttwa(f, *ISTAT, feedback=fb)
    assert len(fb.values) > 3 and fb.values[-1] == 100 and fb.values == sorted(fb.values)
    with pytest.raises(progress.Cancelled):
        ttwa(f, *ISTAT, feedback=Feedback(cancel_after=3))


def test_r_order():
    """R reads ids as integers: '0301' sorts as 301, before '1101' and after 5; non-numeric ids sort as text."""
    assert list(r_order(["1101", "0301", 5])) == [2, 1, 0]
    assert list(r_order(["1kmN2E1", "1kmN1E2", "1kmN1E1"])) == [2, 1, 0]
    with pytest.raises(ValueError):
        r_order(["0301", 301])


def test_rejects_bad_input():
    with pytest.raises(ValueError):
        ttwa(np.ones((2, 3)), *ISTAT)
    with pytest.raises(ValueError):
        ttwa(-np.ones((2, 2)), *ISTAT)
    with pytest.raises(ValueError):
        ttwa(np.ones((2, 2)), 0, 0.6, 1000, 0.7)
