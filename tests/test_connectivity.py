"""Habitat-network connectivity (`methods/connectivity.py`): Conefor 2.7.3 and Graphab outputs, a brute force.

The oracle files are copies in tests/data/connectivity (see its SOURCE.md); no qgis import.
"""

import csv
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from scipy.sparse.csgraph import shortest_path
from strukturbild.processing_algorithms.methods.connectivity import connectivity, link_probability
from strukturbild.processing_algorithms.methods.progress import Cancelled

DATA = Path(__file__).resolve().parent / "data" / "connectivity"

# Conefor column -> (result attribute, index kind)
NODE_COLUMNS = {
    "dPC": "dPC", "dPCintra": "dPC_intra", "dPCflux": "dPC_flux", "dPCconnector": "dPC_connector",
    "dIIC": "dIIC", "dIICintra": "dIIC_intra", "dIICflux": "dIIC_flux", "dIICconnector": "dIIC_connector",
}
OVERALL = {
    "PCnum": "pc_num", "EC(PC)": "ec_pc", "PC": "pc", "PCintra(%)": "pc_intra_pct", "PCdirect(%)": "pc_direct_pct",
    "PCstep(%)": "pc_step_pct", "IICnum": "iic_num", "EC(IIC)": "ec_iic", "IIC": "iic",
    "IICintra(%)": "iic_intra_pct", "IICdirect(%)": "iic_direct_pct", "IICstep(%)": "iic_step_pct",
}


def close(actual, expected, connector=False):
    """Conefor prints 6 significant digits: relative 2e-5, or absolute 2e-5 below 1e-3 (its round-off for 0).

    Its connector columns are its own difference dX − intra − flux and carry their round-off (in r40 all, node 38:
    Conefor 0.0011784 against 0.00117836 here, which the brute force below confirms to 1e-14; 4e-8 absolute is
    5e-8 of that node's dPC of 0.725): for them the absolute 2e-5 (in %) applies at any size.
    """
    actual, expected = np.asarray(actual, float), np.asarray(expected, float)
    small = np.abs(expected) < (np.inf if connector else 1e-3)
    diff = np.abs(actual - expected)
    ok = (diff <= 2e-5 * np.abs(expected)) | (small & (diff <= 2e-5))
    return bool(np.all(ok)), np.max(np.abs(actual - expected) / np.maximum(np.abs(expected), 1e-3))


def read_case(nodes_file, dist_file):
    nodes = np.loadtxt(DATA / nodes_file, ndmin=2)
    ids = nodes[:, 0].astype(int)
    index = {v: i for i, v in enumerate(ids)}
    links = np.loadtxt(DATA / dist_file, ndmin=2)
    u = np.array([index[int(x)] for x in links[:, 0]])
    v = np.array([index[int(x)] for x in links[:, 1]])
    return ids, nodes[:, 1], u, v, links[:, 2]


def read_overall(name):
    out = {}
    for line in (DATA / name).read_text().splitlines():
        if line.strip():
            key, value = line.split()
            out[key] = float(value)
    return out


def read_importances(name):
    lines = [line.split() for line in (DATA / name).read_text().splitlines() if line.strip()]
    header = lines[0]
    table = np.array([[float(x) for x in row] for row in lines[1:]])
    return {col: table[:, i] for i, col in enumerate(header)}


def check_case(result, ids, overall_file, importances_file=None):
    for key, value in read_overall(overall_file).items():
        ok, err = close(getattr(result, OVERALL[key]), value)
        assert ok, (key, getattr(result, OVERALL[key]), value, err)
    if importances_file:
        table = read_importances(importances_file)
        np.testing.assert_array_equal(table["Node"].astype(int), ids)
        checked = 0
        for col, attr in NODE_COLUMNS.items():
            if col in table:
                ok, err = close(getattr(result, attr), table[col], connector=col.endswith("connector"))
                assert ok, (col, err)
                checked += 1
        assert checked in (4, 8)


CONEFOR = [
    # nodes, distances, kwargs, overall, importances
    ("toy4_nodes.txt", "toy4_dist.txt", dict(landscape_area=10000), "toy4_overall_indices.txt",
     "toy4_node_importances.txt"),
    ("thr3_nodes.txt", "thr3_dist.txt", dict(), "thr3_overall_indices.txt", None),
    ("r40_nodes.txt", "r40_dist_all.txt", dict(landscape_area=40000), "r40_all_overall_indices.txt",
     "r40_all_node_importances.txt"),
    ("r40_nodes.txt", "r40_dist_le2000.txt", dict(landscape_area=40000), "r40_le2000_overall_indices.txt",
     "r40_le2000_node_importances.txt"),
    ("r40_nodes.txt", "r40_dist_le2000.txt", dict(landscape_area=40000, iic_distance=2500),
     "r40_le2000_iic2500_overall_indices.txt", "r40_le2000_iic2500_node_importances.txt"),
    ("r250_nodes.txt", "r250_dist_le5000.txt", dict(), "r250_le5000_overall_indices.txt",
     "r250_le5000_node_importances.txt"),
]


@pytest.mark.parametrize("case", CONEFOR, ids=lambda c: c[3].replace("_overall_indices.txt", ""))
def test_conefor_outputs(case):
    nodes, dist, kwargs, overall, importances = case
    ids, a, u, v, d = read_case(nodes, dist)
    kwargs = {"iic_distance": 1000, **kwargs}
    r = connectivity(a, u, v, d, 1000, 0.5, min_probability=0, **kwargs)
    check_case(r, ids, overall, importances)
    assert r.dropped_pc_share == 0.0


def test_toy4_by_hand():
    ids, a, u, v, d = read_case("toy4_nodes.txt", "toy4_dist.txt")
    r = connectivity(a, u, v, d, 1000, 0.5, min_probability=0, landscape_area=10000)
    assert r.pc_num == pytest.approx(89747.75, rel=1e-6)
    assert r.ec_pc == pytest.approx(299.579, rel=1e-6)
    assert r.dPC[2] == pytest.approx(77.6063, rel=1e-5)
    assert r.dPC_connector[0] == pytest.approx(0.0, abs=1e-9)  # Conefor prints 1.69846e-07: its round-off
    assert r.n_components == 1 and list(r.degree) == [3, 3, 3, 3]
    # 1–3 (p = 2^-1.5 = 0.354) loses to 1–2–3 (2^-0.5 · 2^-0.8 = 0.406); all other links are best paths
    pairs = {(int(x), int(y)): b for x, y, b in zip(ids[u], ids[v], r.on_best_path)}
    assert not pairs[(1, 3)] and not pairs[(1, 4)] and pairs[(1, 2)] and pairs[(2, 3)] and pairs[(3, 4)]
    np.testing.assert_allclose(r.link_probability, 0.5 ** (d / 1000))


def test_thr3_uses_d_le_threshold():
    ids, a, u, v, d = read_case("thr3_nodes.txt", "thr3_dist.txt")
    r = connectivity(a, u, v, d, 1000, 0.5)
    assert r.iic_num == pytest.approx(566.667, rel=1e-5)
    r2 = connectivity(a, u, v, d, 1000, 0.5, iic_distance=999.9999)
    assert r2.iic_num == pytest.approx(400.0)


def test_graphab_grphb_ex():
    g = DATA / "grphb_ex"
    with open(g / "patches.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    ids = [int(r["Id"]) for r in rows]
    index = {v: i for i, v in enumerate(ids)}
    cap = np.array([float(r["Capacity"]) for r in rows])
    f_ref = np.array([float(r["F_d600_p0.5_beta1_graph"]) for r in rows])
    with open(g / "lkst1-links.csv", newline="") as fh:
        links = list(csv.DictReader(fh))
    u = np.array([index[int(r["ID1"])] for r in links])
    v = np.array([index[int(r["ID2"])] for r in links])
    cost = np.array([float(r["Dist"]) for r in links])
    pc_ref = float((g / "PC.txt").read_text().split()[-1])
    r = connectivity(cap, u, v, cost, 600, 0.5, min_probability=0, landscape_area=60000.0 * 60000.0)
    assert r.pc == pytest.approx(pc_ref, rel=1e-9)
    np.testing.assert_allclose(r.F, f_ref, rtol=1e-9)
    assert r.ec_pc == pytest.approx(56699.096, rel=1e-7)


# -- brute force --------------------------------------------------------------------------------------------


def brute(a, u, v, d, dispersal, prob, iic_distance, min_probability):
    """Dense, full recomputation for every removed node."""
    n = len(a)
    p = link_probability(d, dispersal, prob)
    keep = (p >= min_probability) & (p > 0)
    W = np.zeros((n, n))
    W[u[keep], v[keep]] = W[v[keep], u[keep]] = np.maximum(-np.log(p[keep]), 1e-300)
    H = np.zeros((n, n))
    lk = d <= iic_distance
    H[u[lk], v[lk]] = H[v[lk], u[lk]] = 1
    limit = -np.log(min_probability) if min_probability > 0 else np.inf

    def pcnum(mask):
        idx = np.nonzero(mask)[0]
        # sparse input: a dense one would take the 1e-300 weights of zero distances for "no edge"
        D = shortest_path(sp.csr_matrix(W[np.ix_(idx, idx)]), method="D", directed=False)
        P = np.exp(-D)
        P[D > limit * (1 + 1e-12)] = 0
        return float(a[idx] @ P @ a[idx]), P, idx

    def iicnum(mask):
        idx = np.nonzero(mask)[0]
        D = shortest_path(sp.csr_matrix(H[np.ix_(idx, idx)]), method="D", directed=False, unweighted=True)
        Fm = np.where(np.isfinite(D), 1 / (1 + D), 0)
        return float(a[idx] @ Fm @ a[idx]), Fm, idx

    out = {}
    for name, fn in (("PC", pcnum), ("IIC", iicnum)):
        num, M, _ = fn(np.ones(n, bool))
        dX = np.zeros(n)
        flux = np.zeros(n)
        for k in range(n):
            mask = np.ones(n, bool)
            mask[k] = False
            dX[k] = 100 * (num - fn(mask)[0]) / num
            flux[k] = 100 * (2 * a[k] * (M[k] @ a) - 2 * a[k] ** 2) / num
        intra = 100 * a**2 / num
        out[name] = (num, dX, intra, flux, dX - intra - flux, M @ a - a)
    return out


def random_landscape(seed, n):
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 30000 * np.sqrt(n / 40), size=(n, 2))
    area = rng.lognormal(np.log(5), 1, n)
    r = np.sqrt(area * 1e4 / np.pi)
    i, j = np.triu_indices(n, 1)
    d = np.maximum(0, np.hypot(*(xy[i] - xy[j]).T) - r[i] - r[j])
    keep = np.nonzero(d <= 3500)[0]
    d = d[keep]
    d[:2] = 0.0  # touching patches
    area[rng.integers(n)] = 0.0  # a node with no attribute
    return area, i[keep], j[keep], d


SMALL = {"_GROUP": 3, "_BLOCK_BUDGET": 5, "_CHUNK_BYTES": 2000}  # many groups, chunks and repair slices


def small_settings(monkeypatch):
    from strukturbild.processing_algorithms.methods import connectivity as mod

    for name, value in SMALL.items():
        monkeypatch.setattr(mod, name, value)


def use_method(monkeypatch, method):
    """"sparse": the subtree repairs everywhere; "dense": the vertex-exclusion Floyd–Warshall for every component."""
    from strukturbild.processing_algorithms.methods import connectivity as mod

    monkeypatch.setattr(mod, "_METHOD", method)


@pytest.mark.parametrize("method,small", [("sparse", False), ("sparse", True), ("dense", False)])
@pytest.mark.parametrize("seed,n,minp", [(1, 15, 0.0), (2, 22, 0.0), (3, 30, 0.0), (4, 30, 0.01), (5, 26, 0.05)])
def test_against_brute_force(seed, n, minp, method, small, monkeypatch):
    use_method(monkeypatch, method)
    if small:
        small_settings(monkeypatch)
    a, u, v, d = random_landscape(seed, n)
    r = connectivity(a, u, v, d, 1000, 0.5, iic_distance=1500, min_probability=minp)
    ref = brute(a, u, v, d, 1000, 0.5, 1500, minp)
    assert r.n_components > 1
    assert np.any(r.degree == 0)
    for name in ("PC", "IIC"):
        num, dX, intra, flux, conn, F = ref[name]
        got_num = r.pc_num if name == "PC" else r.iic_num
        assert got_num == pytest.approx(num, rel=1e-12)
        np.testing.assert_allclose(getattr(r, f"d{name}"), dX, rtol=1e-9, atol=1e-9)
        np.testing.assert_allclose(getattr(r, f"d{name}_intra"), intra, rtol=1e-9, atol=1e-9)
        np.testing.assert_allclose(getattr(r, f"d{name}_flux"), flux, rtol=1e-9, atol=1e-9)
        np.testing.assert_allclose(getattr(r, f"d{name}_connector"), conn, rtol=1e-7, atol=1e-9)
        if name == "PC":
            np.testing.assert_allclose(r.F, F, rtol=1e-12, atol=1e-12)


def test_repairs_and_dense_path_agree(monkeypatch):
    """One larger component: the repairs (with many small groups, chunks and repair slices) and the dense
    vertex-exclusion Floyd–Warshall give the same."""
    a, u, v, d = random_landscape(7, 160)
    use_method(monkeypatch, "dense")
    default = connectivity(a, u, v, d, 1500, 0.5, iic_distance=2500, min_probability=0)
    use_method(monkeypatch, "sparse")
    small_settings(monkeypatch)
    small = connectivity(a, u, v, d, 1500, 0.5, iic_distance=2500, min_probability=0)
    for attr in ("dPC", "dPC_connector", "dIIC", "dIIC_connector", "F"):
        np.testing.assert_allclose(getattr(small, attr), getattr(default, attr), rtol=1e-12, atol=1e-12)
    np.testing.assert_array_equal(small.on_best_path, default.on_best_path)


# -- edge cases ---------------------------------------------------------------------------------------------


def test_single_node_and_no_links():
    r = connectivity([4.0], [], [], [], 1000)
    assert r.pc_num == 16 and r.iic_num == 16 and r.ec_pc == 4 and r.n_components == 1
    assert r.dPC[0] == pytest.approx(100) and r.dPC_intra[0] == pytest.approx(100) and r.dPC_connector[0] == 0
    r = connectivity([1.0, 2.0, 3.0], [], [], [], 1000, landscape_area=10)
    assert r.pc_num == 14 and r.pc == pytest.approx(0.14) and r.n_components == 3
    np.testing.assert_allclose(r.dPC, 100 * np.array([1, 4, 9]) / 14)
    np.testing.assert_array_equal(r.F, 0)
    assert r.pc_direct_pct == 0 and r.pc_step_pct == pytest.approx(0)


def test_zero_attributes_and_float_indices():
    r = connectivity([0.0, 0.0], [0.0], [1.0], [10.0], 1000, landscape_area=5)
    assert r.pc_num == 0 and r.pc == 0 and r.ec_iic == 0
    np.testing.assert_array_equal(r.dPC, 0)
    assert r.pc_intra_pct == 0 and r.dropped_pc_share == 0
    r = connectivity([1.0, 3.0], np.array([0.0]), np.array([1.0]), [1000.0], 1000, importances=False)
    assert r.pc_num == pytest.approx(1 + 9 + 2 * 3 * 0.5) and r.dPC is None
    assert r.pc_direct_pct == pytest.approx(100 * 3 / 13) and r.pc_step_pct == pytest.approx(0, abs=1e-12)
    np.testing.assert_allclose(r.F, [1.5, 0.5])


def test_zero_distance_links_have_probability_one():
    r = connectivity([1.0, 1.0, 1.0], [0, 1], [1, 2], [0.0, 0.0], 1000)
    assert r.pc_num == pytest.approx(9.0)
    np.testing.assert_array_equal(r.link_probability, 1.0)
    assert r.on_best_path.all()
    assert r.dPC_connector[1] == pytest.approx(100 * 2 / 9)  # the pair 0–2 passes through 1
    assert r.iic_num == pytest.approx(3 + 4 * 0.5 + 2 / 3)


def test_min_probability():
    a = np.array([1.0, 1.0])
    # p = 2^-20 ≈ 9.5e-7: dropped by default, kept with 0
    r = connectivity(a, [0], [1], [20000.0], 1000)
    assert r.pc_num == 2 and r.n_components == 2 and not r.on_best_path[0] and r.degree.sum() == 0
    assert r.dropped_pc_share == pytest.approx(2 * 2**-20 / (2 + 2 * 2**-20))
    r0 = connectivity(a, [0], [1], [20000.0], 1000, min_probability=0)
    assert r0.pc_num == pytest.approx(2 + 2 * 2**-20) and r0.n_components == 1 and r0.dropped_pc_share == 0
    # a chain whose links pass but whose end-to-end p* = 2^-12 does not: that pair is not counted
    r = connectivity([1.0, 1.0, 1.0], [0, 1], [1, 2], [6000.0, 6000.0], 1000)
    assert r.pc_num == pytest.approx(3 + 4 * 2**-6)
    assert r.dropped_pc_share == pytest.approx(2 * 2**-12 / (3 + 4 * 2**-6 + 2 * 2**-12))


def test_dropped_share_estimate(monkeypatch):
    """Large networks estimate the dropped share from a sample of sources: close to the exact value."""
    from strukturbild.processing_algorithms.methods import connectivity as mod

    ids, a, u, v, d = read_case("r250_nodes.txt", "r250_dist_le5000.txt")
    exact = connectivity(a, u, v, d, 1000, importances=False)
    monkeypatch.setattr(mod, "_EXACT_SHARE_WORK", 0)
    est = connectivity(a, u, v, d, 1000, importances=False)
    assert exact.dropped_pc_share_exact and not est.dropped_pc_share_exact
    assert 0 < exact.dropped_pc_share < 0.01
    assert est.dropped_pc_share == pytest.approx(exact.dropped_pc_share, rel=0.15)
    full = connectivity(a, u, v, d, 1000, importances=False, min_probability=0)
    assert exact.dropped_pc_share == pytest.approx(1 - exact.pc_num / full.pc_num, rel=1e-9)


def test_bad_input():
    with pytest.raises(ValueError):
        connectivity([1.0, 1.0], [0], [1], [-1.0], 1000)
    with pytest.raises(ValueError):
        connectivity([1.0, 1.0], [0, 1], [1, 0], [1.0, 2.0], 1000)
    with pytest.raises(ValueError):
        connectivity([1.0, 1.0], [0], [2], [1.0], 1000)
    with pytest.raises(ValueError):
        connectivity([1.0, np.nan], [0], [1], [1.0], 1000)
    with pytest.raises(ValueError):
        connectivity([1.0, 1.0], [0], [1], [1.0], 0)


def test_without_importances():
    ids, a, u, v, d = read_case("r40_nodes.txt", "r40_dist_all.txt")
    r = connectivity(a, u, v, d, 1000, importances=False, min_probability=0)
    assert r.dPC is None and r.dIIC_connector is None
    assert r.pc_num == pytest.approx(read_overall("r40_all_overall_indices.txt")["PCnum"], rel=2e-5)
    assert r.F is not None and r.on_best_path.shape == u.shape


class _Feedback:
    def __init__(self, cancel_after):
        self.calls = 0
        self.cancel_after = cancel_after

    def isCanceled(self):
        self.calls += 1
        return self.calls > self.cancel_after

    def setProgress(self, percent):
        assert 0 <= percent <= 100


def test_cancel_raises():
    ids, a, u, v, d = read_case("r250_nodes.txt", "r250_dist_le5000.txt")
    for after in (0, 3):
        with pytest.raises(Cancelled):
            connectivity(a, u, v, d, 1000, min_probability=0, feedback=_Feedback(after))
    fb = _Feedback(10**9)
    connectivity(a, u, v, d, 1000, feedback=fb)
    assert fb.calls > 2
