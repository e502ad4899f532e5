"""Dense habitat landscapes (issue 13 §1): the pruned, grouped, repaired computation against a brute force.

The brute force here is written independently of the method and of scipy's graph routines: a numpy Floyd–Warshall
on the −ln p link weights of the intact network and again with each node removed, PC summed from the full matrix.
The landscapes are dense (about one patch per km² with a 1 km dispersal distance, so every patch has dozens of
candidate links and most of them are never a best path), with ties (distances rounded to 250 m), touching
patches (distance 0), a patch without area, and links whose probability lies just above or at the minimum.
"""

import numpy as np
import pytest
from strukturbild.processing_algorithms.methods import connectivity as mod
from strukturbild.processing_algorithms.methods.connectivity import connectivity

DISPERSAL, PROB = 1000.0, 0.5


def dense_landscape(seed, n, ties=False, minp=0.001):
    """Discs with lognormal areas (median 5 ha) at about one per km²; every pair with p ≥ minp/2 is given."""
    rng = np.random.default_rng(seed)
    side = 1000.0 * np.sqrt(n)
    xy = rng.uniform(0, side, size=(n, 2))
    area = rng.lognormal(np.log(5), 1, n)
    r = np.sqrt(area * 1e4 / np.pi)
    i, j = np.triu_indices(n, 1)
    d = np.maximum(0.0, np.hypot(*(xy[i] - xy[j]).T) - r[i] - r[j])
    if ties:
        d = np.round(d / 250.0) * 250.0
    dmax = DISPERSAL * np.log(minp) / np.log(PROB)  # p = minp here
    keep = np.flatnonzero(d <= dmax * 1.1)
    i, j, d = i[keep], j[keep], d[keep]
    d[rng.choice(len(d), 3, replace=False)] = 0.0  # touching patches
    near = rng.choice(len(d), 6, replace=False)
    d[near[:2]] = dmax  # p = minp (up to round-off)
    d[near[2:4]] = dmax * (1 - 1e-6)  # just above the minimum
    d[near[4:]] = dmax * (1 + 1e-6)  # just below: dropped
    area[rng.integers(n)] = 0.0
    return area, i, j, d


def floyd_warshall(W):
    D = W.copy()
    for k in range(len(D)):
        np.minimum(D, D[:, k, None] + D[None, k, :], out=D)
    return D


def brute_pc(a, u, v, d, minp):
    """PCnum, dPC, intra, flux, connector (all in %) and F, from scratch for the network and every node removed."""
    n = len(a)
    p = np.exp(np.log(PROB) * d / DISPERSAL)  # the documented kernel, p = PROB at DISPERSAL
    ok = p >= minp
    W = np.full((n, n), np.inf)
    W[u[ok], v[ok]] = W[v[ok], u[ok]] = np.maximum(-np.log(p[ok]), 1e-300)
    np.fill_diagonal(W, 0.0)
    limit = -np.log(minp) * (1 + 1e-12)

    def pc_matrix(D):
        P = np.exp(-D)
        P[~(D <= limit)] = 0.0
        return P

    P = pc_matrix(floyd_warshall(W))
    num = float(a @ P @ a)
    dpc = np.empty(n)
    for k in range(n):
        rest = np.delete(np.arange(n), k)
        Pk = pc_matrix(floyd_warshall(W[np.ix_(rest, rest)]))
        dpc[k] = 100 * (num - float(a[rest] @ Pk @ a[rest])) / num
    intra = 100 * a**2 / num
    flux = 100 * 2 * a * (P @ a - a) / num
    return num, dpc, intra, flux, dpc - intra - flux, P @ a - a


def check(r, ref):
    num, dpc, intra, flux, conn, F = ref
    assert r.pc_num == pytest.approx(num, rel=1e-12)
    # in % of PCnum: 1e-12 relative, and 1e-11 (% ) absolute for values that are round-off sized
    for got, want in ((r.dPC, dpc), (r.dPC_intra, intra), (r.dPC_flux, flux), (r.dPC_connector, conn)):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-11)
    np.testing.assert_allclose(r.F, F, rtol=1e-12, atol=1e-12 * F.max())


@pytest.mark.parametrize("seed,n,ties,minp,method", [
    (1, 50, False, 0.001, "sparse"), (2, 80, True, 0.001, "sparse"), (3, 120, False, 0.01, "sparse"),
    (4, 120, True, 0.05, "sparse"), (5, 200, False, 0.001, "sparse"), (2, 80, True, 0.001, "dense"),
    (3, 120, False, 0.01, None),
])
def test_dense_landscapes_equal_brute_force(seed, n, ties, minp, method, monkeypatch):
    """"sparse": the pruning and the subtree repairs; "dense": the vertex-exclusion Floyd–Warshall on every link;
    None: the cheaper of the two per component (here the dense one)."""
    monkeypatch.setattr(mod, "_METHOD", method)
    a, u, v, d = dense_landscape(seed, n, ties, minp)
    r = connectivity(a, u, v, d, DISPERSAL, PROB, min_probability=minp, iic=False)
    # the landscape is dense: most given links are never a best path
    p = r.link_probability
    assert np.sum(r.on_best_path) < 0.3 * np.sum(p >= minp)
    check(r, brute_pc(a, u, v, d, minp))
    assert r.iic_num is None and r.dIIC is None and not r.iic_skipped


@pytest.mark.parametrize("seed", [6, 7])
def test_small_groups_slices_and_chunks(seed, monkeypatch):
    """Groups of 3 sources, repair slices of 5 triples, distance chunks of a few rows: the same results."""
    a, u, v, d = dense_landscape(seed, 90, ties=seed == 7)
    monkeypatch.setattr(mod, "_METHOD", "sparse")
    monkeypatch.setattr(mod, "_GROUP", 3)
    monkeypatch.setattr(mod, "_BLOCK_BUDGET", 5)
    monkeypatch.setattr(mod, "_CHUNK_BYTES", 20 * 90 * 4)
    r = connectivity(a, u, v, d, DISPERSAL, PROB, iic=False)
    check(r, brute_pc(a, u, v, d, 0.001))


def test_links_that_only_a_removal_needs(monkeypatch):
    """A long link that a path through k beats is needed once k is removed: it is not in the minimal graph of the
    intact network, and the repair must bring it back for k."""
    # a chain 0 - 1 - 2 with short links, and a long direct link 0 - 2 that the chain beats
    a = np.array([10.0, 1.0, 10.0, 5.0])
    u = np.array([0, 1, 0, 2])
    v = np.array([1, 2, 2, 3])
    d = np.array([1000.0, 1000.0, 2500.0, 800.0])
    monkeypatch.setattr(mod, "_METHOD", "sparse")
    r = connectivity(a, u, v, d, DISPERSAL, PROB, iic=False)
    assert not r.on_best_path[2]
    check(r, brute_pc(a, u, v, d, 0.001))
    # node 1's connector: without it, 0 reaches 2 and 3 by the long link (0.5^2.5, 0.5^3.3), not by nothing
    num = r.pc_num
    without_1 = 100 + 25 + 100 + 2 * 100 * 0.5**2.5 + 2 * 50 * 0.5**0.8 + 2 * 50 * 0.5**3.3 + 0  # a_1 = 0 in PC_-1
    assert r.dPC[1] == pytest.approx(100 * (num - without_1) / num, rel=1e-12)


@pytest.mark.parametrize("method", ["sparse", "dense"])
def test_worker_processes_give_the_same(monkeypatch, method):
    """The groups (or the dense components) run in two spawned worker processes (forced): results identical to the
    run in this process. Four landscapes side by side: four components."""
    parts = [dense_landscape(seed, 40) for seed in (8, 9, 10, 11)]
    offset = np.cumsum([0] + [len(part[0]) for part in parts])
    a = np.concatenate([part[0] for part in parts])
    u, v, d = (np.concatenate([part[k] + (offset[i] if k < 3 else 0) for i, part in enumerate(parts)])
               for k in (1, 2, 3))
    monkeypatch.setattr(mod, "_METHOD", method)
    monkeypatch.setattr(mod, "_GROUP", 16)
    monkeypatch.setattr(mod, "_WORKERS", 1)
    here = connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=1500)
    monkeypatch.setattr(mod, "_WORKERS", 2)
    monkeypatch.setattr(mod, "_PARALLEL_SECONDS", 0.0)
    started = []
    start = mod._Runner._start
    monkeypatch.setattr(mod._Runner, "_start", lambda self: started.append(start(self)) or started[-1])
    spawned = connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=1500)
    assert started and all(started)  # the pool did start
    for name in ("dPC", "dPC_connector", "F", "dIIC", "dIIC_connector", "on_best_path"):
        np.testing.assert_array_equal(getattr(spawned, name), getattr(here, name))
    assert spawned.pc_num == here.pc_num and spawned.iic_num == here.iic_num


def test_iic_left_out_when_too_large(monkeypatch):
    """By default IIC is skipped above _IIC_PAIRS connected pairs and dIIC above _IIC_SECONDS, and said so;
    True computes them anyway, False leaves them out."""
    a, u, v, d = dense_landscape(9, 60)
    full = connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=2000)
    assert not full.iic_skipped and not full.diic_skipped and full.diic_work > 0 and full.dIIC is not None
    monkeypatch.setattr(mod, "_IIC_SECONDS", 0.0)
    r = connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=2000)
    assert r.diic_skipped and r.dIIC is None and r.dIIC_connector is None and r.diic_work == full.diic_work
    assert r.iic_num == full.iic_num and r.dPC is not None
    forced = connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=2000, iic_importances=True)
    np.testing.assert_array_equal(forced.dIIC, full.dIIC)
    monkeypatch.setattr(mod, "_IIC_PAIRS", 10)
    r = connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=2000)
    assert r.iic_skipped and r.iic_num is None and r.ec_iic is None and r.dIIC is None
    np.testing.assert_array_equal(r.dPC, full.dPC)
    r = connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=2000, iic=True, iic_importances=False)
    assert r.iic_num == full.iic_num and r.dIIC is None and not r.diic_skipped
