"""methods.borderflows without QGIS: hand-worked cross-border shares, exact recovery of a known model, Poisson noise
against the reported standard errors, and an independent fit with scipy.optimize.

The 4-zone example (regions A = {a1, a2}, B = {b1, b2}), residence × workplace:

            a1    a2    b1    b2  | out_total  out_cross  out_cross_share
    a1     100    20    10     0  |   130        10        10/130
    a2      30    50     5     5  |    90        10        10/90
    b1       0    10    80    40  |   130        10        10/130
    b2      20     0    60   200  |   280        20        20/280
    in_total 150   80   155   245
    in_cross  20   10    15     5     (b1 ← a1 10, a2 5; b2 ← a2 5; a1 ← b2 20; a2 ← b1 10)
"""

import numpy as np
import pytest
from scipy.optimize import minimize
from strukturbild.processing_algorithms.methods import borderflows as bf
from strukturbild.processing_algorithms.methods import progress

FOUR = np.array([[100, 20, 10, 0], [30, 50, 5, 5], [0, 10, 80, 40], [20, 0, 60, 200]], dtype=float)
FOUR_REGIONS = ["A", "A", "B", "B"]


def test_hand_worked_shares():
    s = bf.cross_border_shares(FOUR, FOUR_REGIONS)
    assert s.out_total.tolist() == [130, 90, 130, 280]
    assert s.out_cross.tolist() == [10, 10, 10, 20]
    assert s.out_cross_share == pytest.approx([10 / 130, 10 / 90, 10 / 130, 20 / 280])
    assert s.in_total.tolist() == [150, 80, 155, 245]
    assert s.in_cross.tolist() == [20, 10, 15, 5]
    assert s.in_cross_share == pytest.approx([20 / 150, 10 / 80, 15 / 155, 5 / 245])


def test_shares_of_an_empty_zone_are_nan():
    flows = np.zeros((3, 3))
    flows[0, 1] = 5
    s = bf.cross_border_shares(flows, [1, 2, 2])
    assert s.out_cross_share[0] == 1.0 and np.isnan(s.out_cross_share[1]) and np.isnan(s.in_cross_share[0])


# -- synthetic matrices from the model ---------------------------------------------------------------------------

def synthetic(n_per_region=(4, 5, 3), beta=0.05, theta=None, decay=bf.EXPONENTIAL, seed=1, scale=5.0):
    """Zones at random places (km), asymmetric u (residents) and v (jobs): T_ij = exp(u_i + v_j − β g + φ)."""
    rng = np.random.default_rng(seed)
    names = "ABCDEFG"
    regions = np.array([names[k] for k, m in enumerate(n_per_region) for _ in range(m)])
    n = len(regions)
    cost = bf.centroid_distances_km(rng.uniform(0, 100_000, (n, 2)))
    theta = theta if theta is not None else {("A", "B"): 0.35, ("A", "C"): 0.6, ("B", "C"): 0.2}
    u, v = rng.normal(scale, 1.0, n), rng.normal(0.0, 1.0, n)
    g = cost if decay == bf.EXPONENTIAL else np.log(np.where(cost > 0, cost, 1.0))
    phi = np.zeros((n, n))
    for (a, b), t in theta.items():
        pair = ((regions[:, None] == a) & (regions[None, :] == b)) | ((regions[:, None] == b) & (regions[None, :] == a))
        phi[pair] = np.log(t)
    flows = np.exp(u[:, None] + v[None, :] - beta * g + phi)
    np.fill_diagonal(flows, rng.uniform(1_000, 50_000, n))  # the diagonal plays no part in the fit
    return flows, regions, cost, theta


def thetas(fit):
    return {pair: t for pair, t in zip(fit.pairs, fit.theta)}


def test_recovers_beta_and_theta_exactly_exponential():
    flows, regions, cost, theta = synthetic()
    fit = bf.fit_border_model(flows, regions, cost, bf.EXPONENTIAL)
    assert fit.beta == pytest.approx(0.05, rel=1e-8)
    for pair, value in thetas(fit).items():
        assert value == pytest.approx(theta[pair], rel=1e-8)
    assert fit.iterations < 20
    # directional observed / expected equals θ as well on model data, both ways
    for row in fit.pair_rows(flows, regions):
        key = tuple(sorted((row.region_from, row.region_to)))
        assert row.border_effect == pytest.approx(theta[key], rel=1e-8)
        assert row.theta == pytest.approx(theta[key], rel=1e-8)


def test_recovers_two_regions_with_theta_035():
    flows, regions, cost, _ = synthetic(n_per_region=(6, 6), beta=0.03, theta={("A", "B"): 0.35}, seed=7)
    fit = bf.fit_border_model(flows, regions, cost)
    assert fit.beta == pytest.approx(0.03, rel=1e-8)
    assert fit.theta[0] == pytest.approx(0.35, rel=1e-8)
    assert fit.theta_matrix[0, 1] == fit.theta_matrix[1, 0] == pytest.approx(0.35, rel=1e-8)


def test_recovers_power_decay():
    flows, regions, cost, theta = synthetic(beta=1.7, decay=bf.POWER, seed=3)
    fit = bf.fit_border_model(flows, regions, cost, bf.POWER)
    assert fit.beta == pytest.approx(1.7, rel=1e-8)
    for pair, value in thetas(fit).items():
        assert value == pytest.approx(theta[pair], rel=1e-8)
    # the same flows under the wrong decay give another β and no exact fit
    wrong = bf.fit_border_model(flows, regions, cost, bf.EXPONENTIAL)
    assert wrong.dispersion > 1e-6


def test_diagonal_is_excluded_from_the_fit():
    flows, regions, cost, _ = synthetic(seed=5)
    fit = bf.fit_border_model(flows, regions, cost)
    other = flows.copy()
    np.fill_diagonal(other, 0.0)
    refit = bf.fit_border_model(other, regions, cost)
    assert refit.beta == pytest.approx(fit.beta, rel=1e-10)
    assert refit.theta == pytest.approx(fit.theta, rel=1e-10)
    assert not fit.cells.diagonal().any()
    assert (fit.fitted.diagonal() == 0).all() and (fit.expected.diagonal() == 0).all()


def test_unreachable_cells_leave_the_fit_and_the_rest_still_recovers():
    flows, regions, cost, theta = synthetic(seed=11)
    cost = cost.copy()
    cost[0, 5] = cost[7, 2] = np.inf
    fit = bf.fit_border_model(flows, regions, cost)
    assert fit.beta == pytest.approx(0.05, rel=1e-8)
    for pair, value in thetas(fit).items():
        assert value == pytest.approx(theta[pair], rel=1e-8)
    assert not fit.cells[0, 5] and not fit.cells[7, 2]
    assert any("without a finite cost" in note for note in fit.notes)


def test_sparse_input_and_integer_region_codes():
    import scipy.sparse as sp

    flows, regions, cost, theta = synthetic(seed=2)
    codes = np.array([{"A": 25, "B": 24, "C": 3}[r] for r in regions])
    fit = bf.fit_border_model(sp.csr_matrix(flows), codes, cost)
    assert list(fit.regions) == [3, 24, 25]
    got = {tuple(sorted(pair)): t for pair, t in zip(fit.pairs, fit.theta)}
    assert got[(24, 25)] == pytest.approx(theta[("A", "B")], rel=1e-8)
    assert got[(3, 25)] == pytest.approx(theta[("A", "C")], rel=1e-8)
    assert got[(3, 24)] == pytest.approx(theta[("B", "C")], rel=1e-8)


# -- Poisson noise -----------------------------------------------------------------------------------------------

def test_poisson_noise_within_the_standard_errors_and_ml_identities():
    mean, regions, cost, theta = synthetic(n_per_region=(8, 10, 6), seed=21, scale=4.0)
    rng = np.random.default_rng(2024)
    counts = rng.poisson(mean).astype(float)
    fit = bf.fit_border_model(counts, regions, cost)
    assert 0.8 < fit.dispersion < 1.25  # Poisson counts: Pearson χ²/df ≈ 1
    assert abs(fit.beta - 0.05) < 4 * fit.beta_se
    for k, (pair, value) in enumerate(zip(fit.pairs, fit.theta)):
        assert abs(np.log(value) - np.log(theta[pair])) < 4 * fit.log_theta_se[k]
    # the ML equations: margins, mean cost, and each pair's two-way flow reproduced exactly
    cells = fit.cells
    observed = counts * cells
    assert fit.fitted.sum(axis=1) == pytest.approx(observed.sum(axis=1), rel=1e-8)
    assert fit.fitted.sum(axis=0) == pytest.approx(observed.sum(axis=0), rel=1e-8)
    assert (fit.fitted * cost * cells).sum() == pytest.approx((observed * cost).sum(), rel=1e-8)
    rows = {(r.region_from, r.region_to): r for r in fit.pair_rows(counts, regions)}
    for (a, b), value in zip(fit.pairs, fit.theta):
        both_observed = rows[(a, b)].observed + rows[(b, a)].observed
        both_expected = rows[(a, b)].expected + rows[(b, a)].expected
        assert both_observed / both_expected == pytest.approx(value, rel=1e-8)
        assert rows[(a, b)].theta_low < value < rows[(a, b)].theta_high


def test_standard_errors_match_the_spread_over_replicates():
    mean, regions, cost, _ = synthetic(n_per_region=(5, 6), beta=0.04, theta={("A", "B"): 0.35}, seed=8, scale=3.5)
    rng = np.random.default_rng(99)
    betas, log_thetas, ses = [], [], []
    for _ in range(60):
        fit = bf.fit_border_model(rng.poisson(mean).astype(float), regions, cost)
        betas.append(fit.beta)
        log_thetas.append(np.log(fit.theta[0]))
        ses.append(fit.log_theta_se[0])
    betas, log_thetas = np.array(betas), np.array(log_thetas)
    # unbiased within 3 standard errors of the mean; the reported se within 35 % of the observed spread
    assert abs(betas.mean() - 0.04) < 3 * betas.std(ddof=1) / np.sqrt(60)
    assert abs(log_thetas.mean() - np.log(0.35)) < 3 * log_thetas.std(ddof=1) / np.sqrt(60)
    assert np.median(ses) == pytest.approx(log_thetas.std(ddof=1), rel=0.35)


def test_agrees_with_scipy_optimize_on_the_poisson_likelihood():
    """A second implementation: minimise the Poisson deviance over (u, v, β, φ) directly with BFGS."""
    mean, regions, cost, _ = synthetic(n_per_region=(4, 3, 3), seed=4, scale=5.0)
    counts = np.random.default_rng(5).poisson(mean).astype(float)
    n = len(counts)
    off = ~np.eye(n, dtype=bool)
    labels = sorted(set(regions))
    pairs = [(a, b) for i, a in enumerate(labels) for b in labels[i + 1:]]
    pair_cells = [off & (((regions[:, None] == a) & (regions[None, :] == b))
                         | ((regions[:, None] == b) & (regions[None, :] == a))) for a, b in pairs]

    def unpack(x):
        u, v = x[:n], np.concatenate([x[n:2 * n - 1], [0.0]])
        beta, phi = x[2 * n - 1], x[2 * n:]
        eta = u[:, None] + v[None, :] - beta * cost
        for k, cells in enumerate(pair_cells):
            eta = eta + phi[k] * cells
        return eta

    def negloglik(x):
        eta = unpack(x)
        F = np.exp(eta) * off
        r = (F - counts * off)  # ∂/∂η of Σ F − T η
        grad = np.concatenate([r.sum(axis=1), r.sum(axis=0)[:-1], [-(r * cost).sum()],
                               [(r * cells).sum() for cells in pair_cells]])
        return float((F - counts * eta * off).sum()), grad

    x0 = np.zeros(2 * n + len(pairs))
    x0[:n] = np.log(np.maximum((counts * off).sum(axis=1), 1.0) / n)
    result = minimize(negloglik, x0, jac=True, method="BFGS", options={"gtol": 1e-9, "maxiter": 20_000})
    fit = bf.fit_border_model(counts, regions, cost)
    assert fit.beta == pytest.approx(result.x[2 * n - 1], rel=1e-5)
    assert fit.theta == pytest.approx(np.exp(result.x[2 * n:]), rel=1e-5)
    assert fit.loglik >= -negloglik(result.x)[0] - 1e-6


# -- special cases and bad input ---------------------------------------------------------------------------------

def test_pair_without_any_flow_gets_theta_zero():
    flows, regions, cost, theta = synthetic(seed=6)
    bc = (((regions[:, None] == "B") & (regions[None, :] == "C"))
          | ((regions[:, None] == "C") & (regions[None, :] == "B")))
    flows = np.where(bc, 0.0, flows)
    fit = bf.fit_border_model(flows, regions, cost)
    got = thetas(fit)
    assert got[("B", "C")] == 0.0
    assert got[("A", "B")] == pytest.approx(theta[("A", "B")], rel=1e-8)
    assert fit.zero_pairs == [("B", "C")]
    assert np.isnan(fit.log_theta_se[2])


def test_region_without_internal_commuting_is_refused():
    # a region of one zone: its θ could be any value, compensated by the zone's A and B
    flows, regions, cost, _ = synthetic(n_per_region=(4, 5, 1), seed=9)
    with pytest.raises(ValueError, match="region\\(s\\) C"):
        bf.fit_border_model(flows, regions, cost)


def test_one_region_is_refused():
    with pytest.raises(ValueError, match="at least two regions"):
        bf.fit_border_model(FOUR, ["A"] * 4, np.ones((4, 4)))


def test_no_cross_border_flow_is_refused():
    flows = np.array([[5, 3, 0, 0], [2, 5, 0, 0], [0, 0, 5, 4], [0, 0, 1, 5]], dtype=float)
    with pytest.raises(ValueError, match="no commuting crosses a region border"):
        bf.fit_border_model(flows, FOUR_REGIONS, bf.centroid_distances_km(np.arange(8.0).reshape(4, 2) * 1000))


def test_power_decay_with_zero_cost_is_refused():
    cost = bf.centroid_distances_km(np.array([[0, 0], [0, 0], [5000, 0], [9000, 0]], dtype=float))
    with pytest.raises(ValueError, match="cost 0"):
        bf.fit_border_model(FOUR, FOUR_REGIONS, cost, bf.POWER)


def test_constant_cost_and_bad_flows_are_refused():
    with pytest.raises(ValueError, match="same cost"):
        bf.fit_border_model(FOUR, FOUR_REGIONS, np.ones((4, 4)))
    with pytest.raises(ValueError, match="negative"):
        bf.fit_border_model(-FOUR, FOUR_REGIONS, np.ones((4, 4)))
    with pytest.raises(ValueError, match="region labels"):
        bf.fit_border_model(FOUR, ["A", "B"], np.ones((4, 4)))


def test_too_few_zones_is_not_identifiable():
    # two zones, one per region: 2 cells cannot determine margins, β and θ
    with pytest.raises(ValueError, match="no one commutes between two different zones of region\\(s\\) A, B"):
        bf.fit_border_model(np.array([[5.0, 2.0], [1.0, 5.0]]), ["A", "B"], np.array([[0, 3.0], [3.0, 0]]))


def test_cancel():
    class Cancel:
        def isCanceled(self):
            return True

        def setProgress(self, percent):
            pass

    flows, regions, cost, _ = synthetic()
    with pytest.raises(progress.Cancelled):
        bf.fit_border_model(flows, regions, cost, feedback=Cancel())


def test_four_zone_example_fits():
    cost = bf.centroid_distances_km(np.array([[0, 0], [10_000, 0], [30_000, 0], [30_000, 20_000]], dtype=float))
    fit = bf.fit_border_model(FOUR, FOUR_REGIONS, cost)
    assert np.isfinite(fit.beta) and fit.theta[0] > 0
    rows = {(r.region_from, r.region_to): r for r in fit.pair_rows(FOUR, FOUR_REGIONS)}
    assert rows[("A", "B")].observed == 20 and rows[("B", "A")].observed == 30
    assert (rows[("A", "B")].observed + rows[("B", "A")].observed) / \
        (rows[("A", "B")].expected + rows[("B", "A")].expected) == pytest.approx(fit.theta[0], rel=1e-8)
