"""Border flows: cross-border commuting shares and the border effect of a doubly-constrained gravity model.

Pure numpy/scipy, no qgis. The Processing adapter (processing_algorithms/border/borderflows.py) reads zones, their
region and the OD table, builds the cost matrix (centroid distance or network time) and writes the outputs.

Notation
--------
T_ij: observed flow from zone i (residence) to zone j (workplace), n × n, diagonal included. r(i): zone i's region.
c_ij: the cost between the zones (km or minutes), g(c) = c for exponential decay f(c) = exp(−β·c) and g(c) = ln c for
power decay f(c) = c^−β.

Cross-border shares (``cross_border_shares``), descriptive, with the diagonal:
    out_total_i = Σ_j T_ij (employed residents),      out_cross_i = Σ_{j: r(j) ≠ r(i)} T_ij,
    in_total_j  = Σ_i T_ij (jobs),                    in_cross_j  = Σ_{i: r(i) ≠ r(j)} T_ij,
    shares = cross / total (NaN where the total is 0).

The model (``fit_border_model``)
--------------------------------
    F_ij = A_i O_i B_j D_j f(c_ij) θ_{r(i) r(j)},   θ_RR = 1,
fitted to the off-diagonal cells: intra-zonal flows (T_ii) are EXCLUDED from the fit. They are most of a commuting
matrix and have no meaningful distance (a made-up intra-zone distance such as 0.5·√(area/π) would dominate β),
and the border question is about commuters between zones. So O_i = Σ_{j≠i} T_ij and D_j = Σ_{i≠j} T_ij are the
zones' out- and in-commuters; changing the diagonal changes neither β nor θ. Cells whose cost is not finite (e.g.
unreachable over the network) are left out of the fit as well (``BorderFit.cells``).

One border factor θ per UNORDERED region pair {R, S}: θ_RS = θ_SR. An ordered factor is not identifiable in a
doubly-constrained model: multiplying A_i by g_R for i in R and B_j by 1/g_R for j in R leaves every flow within R
unchanged and turns θ_RS into θ_RS·g_R/g_S; only θ_RS·θ_SR is determined by the data.

Estimation: Poisson maximum likelihood, a log-linear model
    ln F_ij = u_i + v_j − β·g(c_ij) + φ_{r(i)r(j)}     (u_i = ln A_i O_i, v_j = ln B_j D_j, φ = ln θ, φ_RR = 0).
The log-likelihood ℓ = Σ T_ij ln F_ij − Σ F_ij (over the fitted cells) is concave; its maximum solves
    Σ_j F_ij = O_i,  Σ_i F_ij = D_j   (the balancing factors: Furness/IPF),
    Σ F_ij g(c_ij) = Σ T_ij g(c_ij)   (β: the model reproduces the observed mean (log-)cost),
    Σ_{i∈R, j∈S} F_ij + Σ_{i∈S, j∈R} F_ij = Σ_{i∈R, j∈S} T_ij + Σ_{i∈S, j∈R} T_ij   (θ_RS: the pair's flows).
They are solved by Newton's method on all parameters (u, v, β, φ) with a step-halving line search on ℓ, from
balanced start values (F_ij ∝ O_i D_j); the u block is eliminated exactly (it is diagonal), so each step solves a
dense system of size (zones − 1 + 1 + pairs). Convergence is quadratic: stops when every equation above holds to a
relative ``tol`` (1e-10 by default). A pair with no observed flow in either direction has θ = 0 (the boundary of
the likelihood) and its cells leave the fit; zones with no out- (in-)commuters have A (B) = 0.

Border effect: expected flow without the border E_ij = F_ij / θ_{r(i)r(j)} (same balancing factors and β). For the
pair, (obs R→S + obs S→R) / (E R→S + E S→R) = θ_RS exactly, by the last ML equation. Per direction,
``observed / expected`` (``PairRow.border_effect``) is the directional ratio; it equals θ on data that follow the
model and otherwise shows how much more (or less) commuting goes one way than a symmetric border predicts.

Size: dense n × n arrays (a few dozen at a time, up to ~200·n² bytes). Measured on 2 vCPU, 7 Newton iterations:
300 zones 0.4 s, 1,000 zones 4 s and 0.3 GB, 2,000 zones 23 s and 0.9 GB.

Uncertainty: the inverse Fisher information (the γ = (β, φ) block of the reduced Newton system) gives Poisson
standard errors; ``BorderFit.dispersion`` = Pearson χ² / degrees of freedom (≈ 1 for Poisson counts, usually ≫ 1 for
real commuting data) scales them to quasi-Poisson errors (``beta_se``, ``log_theta_se``); it is never scaled below
the Poisson error. ``BorderFit.deviance`` = 2 Σ [T ln(T/F) − (T − F)] compares decay functions on the same data
(smaller fits better).

Reading θ on real data: θ < 1 is commuting held back by the border. θ > 1 usually means the decay function
underpredicts the (long) distances between the two regions' zones rather than a border that attracts commuters:
compare exponential and power decay by their deviance.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.linalg
import scipy.sparse as sp

from . import progress
from .errors import MethodError, MethodNote

EXPONENTIAL, POWER = 0, 1
DECAYS = {EXPONENTIAL: "exponential", POWER: "power"}
_LOG_THETA_LIMIT = np.log(1e6)  # |ln θ| beyond this is a likelihood without a finite maximum, not a border effect


# -- cross-border shares -----------------------------------------------------------------------------------------
@dataclass
class ZoneShares:
    """Per zone (n,): out_total, out_cross, out_cross_share, in_total, in_cross, in_cross_share."""

    out_total: np.ndarray
    out_cross: np.ndarray
    out_cross_share: np.ndarray
    in_total: np.ndarray
    in_cross: np.ndarray
    in_cross_share: np.ndarray


def _dense(flows):
    try:
        flows = flows.toarray() if sp.issparse(flows) else np.asarray(flows, dtype=float)
        flows = np.array(flows, dtype=float)
    except (TypeError, ValueError):
        raise MethodError("the flow matrix holds values that are not numbers of commuters") from None
    if flows.ndim != 2 or flows.shape[0] != flows.shape[1]:
        raise MethodError("the flow matrix must be square, one row and one column per zone, not {shape}",
                          shape=" × ".join(map(str, flows.shape)))
    if not np.isfinite(flows).all() or (flows < 0).any():
        raise MethodError("the flow matrix holds negative or non-finite values: every count must be a number of "
                          "commuters, 0 or more")
    with np.errstate(over="ignore"):
        total = float(flows.sum())
    if not np.isfinite(total * total):
        raise MethodError("the flow counts are too large to fit a model to (their total is not a finite number when "
                          "squared): check that the counts are numbers of commuters")
    return flows


def _labels(regions, n):
    regions = np.asarray(regions)
    if regions.shape != (n,):
        raise MethodError("{labels} region labels for {n} zones: give one region per zone", labels=regions.size, n=n)
    missing = [k for k, label in enumerate(regions.tolist()) if label is None or
               (isinstance(label, float) and not np.isfinite(label))]
    if missing:
        raise MethodError("zone {zone} has no region ({n} zone(s) in all): give every zone a region",
                          zone=str(missing[0]), n=len(missing))
    try:
        labels, index = np.unique(regions, return_inverse=True)
    except TypeError:
        labels, index = np.unique(regions.astype(str), return_inverse=True)
    return labels, index.astype(np.int64)


def cross_border_shares(flows, regions):
    """Out- and in-commuting across region borders per zone (module docstring); the diagonal counts in the totals."""
    T = _dense(flows)
    _, r = _labels(regions, len(T))
    other = r[:, None] != r[None, :]
    out_total, in_total = T.sum(axis=1), T.sum(axis=0)
    out_cross, in_cross = (T * other).sum(axis=1), (T * other).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        out_share = np.where(out_total > 0, out_cross / out_total, np.nan)
        in_share = np.where(in_total > 0, in_cross / in_total, np.nan)
    return ZoneShares(out_total, out_cross, out_share, in_total, in_cross, in_share)


# -- costs -------------------------------------------------------------------------------------------------------
def centroid_distances_km(xy):
    """Straight-line distances (km) between points (n, 2) in a projected CRS in metres; NaN rows stay NaN."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    return np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1]) / 1000.0


# -- the model ---------------------------------------------------------------------------------------------------
@dataclass
class PairRow:
    """One ordered region pair R → S (R ≠ S): observed and expected flow over the fitted cells, their ratio
    (``border_effect``, the directional border effect), and the pair's fitted θ with its 95 % interval."""

    region_from: object
    region_to: object
    observed: float
    expected: float
    border_effect: float
    theta: float
    theta_low: float
    theta_high: float


@dataclass
class BorderFit:
    """The fitted model. ``regions``: the region labels (sorted); ``pairs``: (R, S) label pairs R < S of the
    border factors; ``theta``: θ per pair (0 for pairs without flows); ``log_theta_se``: quasi-Poisson standard
    error of ln θ (NaN for θ = 0); ``theta_matrix``: K × K, 1 on the diagonal. ``fitted`` F and ``expected``
    E = F/θ are n × n (0 outside the fitted cells); ``cells``: the fitted cells (bool n × n)."""

    decay: int
    beta: float
    beta_se: float
    regions: np.ndarray
    pairs: list
    theta: np.ndarray
    log_theta_se: np.ndarray
    theta_matrix: np.ndarray
    fitted: np.ndarray
    expected: np.ndarray
    cells: np.ndarray
    observed_in_fit: float
    dispersion: float
    deviance: float
    loglik: float
    iterations: int
    zero_pairs: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    def pair_rows(self, flows, regions):
        """Ordered pairs R → S (R ≠ S) with observed or expected flow, in the order of the region labels."""
        T = _dense(flows)
        _, r = _labels(regions, len(T))
        K = len(self.regions)
        M = np.zeros((len(T), K))
        M[np.arange(len(T)), r] = 1.0
        observed = M.T @ (T * self.cells) @ M
        expected = M.T @ self.expected @ M
        index = {(a, b): k for k, (a, b) in enumerate((a, b) for a in range(K) for b in range(a + 1, K))}
        rows = []
        for a in range(K):
            for b in range(K):
                if a == b or (observed[a, b] <= 0 and expected[a, b] <= 0):
                    continue
                theta = self.theta_matrix[a, b]
                se = self.log_theta_se[index[(min(a, b), max(a, b))]]
                low, high = ((theta * np.exp(-1.96 * se), theta * np.exp(1.96 * se)) if np.isfinite(se) and theta > 0
                             else (np.nan, np.nan))
                ratio = observed[a, b] / expected[a, b] if expected[a, b] > 0 else np.nan
                rows.append(PairRow(self.regions[a], self.regions[b], float(observed[a, b]), float(expected[a, b]),
                                    float(ratio), float(theta), float(low), float(high)))
        return rows


def fit_border_model(flows, regions, cost, decay=EXPONENTIAL, tol=1e-10, max_iter=100, feedback=None):
    """Fit F_ij = A_i O_i B_j D_j f(c_ij) θ_{r(i)r(j)} by Poisson ML (module docstring) → ``BorderFit``.

    flows: n × n (dense or scipy sparse), residence × workplace; regions: n labels (any sortable type); cost: n × n
    (km or minutes; NaN/inf = not connected); decay: EXPONENTIAL (exp(−β·c)) or POWER (c^−β, needs c > 0).
    Raises ValueError with a message for the user when the model cannot be fitted.
    """
    T = _dense(flows)
    n = len(T)
    if n == 0:
        raise MethodError("the flow matrix has no zones: a border effect needs zones in at least two regions")
    labels, r = _labels(regions, n)
    K = len(labels)
    if K < 2:
        raise MethodError("all zones are in one region: a border effect needs at least two regions")
    if decay not in DECAYS:
        raise MethodError("decay must be {exponential} (exponential) or {power} (power), not {decay}",
                          exponential=str(EXPONENTIAL), power=str(POWER), decay=str(decay))
    cost = np.asarray(cost, dtype=float)
    if cost.shape != (n, n):
        raise MethodError("the cost matrix must have one row and one column per zone ({n} × {n}), not {shape}", n=n,
                          shape=" × ".join(map(str, cost.shape)))
    notes = []
    cells = ~np.eye(n, dtype=bool) & np.isfinite(cost)
    if (cost[cells] < 0).any():
        raise MethodError("the cost matrix holds negative values: costs are distances (km) or travel times (minutes)")
    with np.errstate(over="ignore"):
        largest = float(np.max(cost[cells], initial=0.0))
        if not np.isfinite(largest * largest * max(float(T.sum()), 1.0) * n * n):
            raise MethodError("the costs are too large to fit a model to: give them in km or minutes")
    if decay == POWER:
        zero = cells & (cost <= 0)
        if zero.any():
            i, j = np.argwhere(zero)[0]
            raise MethodError("{n} pair(s) of different zones have cost 0 (e.g. zones {i} and {j} at the same place): "
                              "power decay c^−β needs costs > 0; use exponential decay", n=int(zero.sum()), i=str(i),
                              j=str(j))
    unreachable = ~np.eye(n, dtype=bool) & ~np.isfinite(cost)
    if unreachable.any() and (T * unreachable).sum() > 0:
        notes.append(MethodNote("{commuters} commuters between {pairs} zone pair(s) without a finite cost were left "
                                "out of the fit", commuters=round(float((T * unreachable).sum())),
                                pairs=int((unreachable & (T > 0)).sum())))

    # unordered pair index per cell: −1 within a region
    lo, hi = np.minimum(r[:, None], r[None, :]), np.maximum(r[:, None], r[None, :])
    pair_of = np.where(lo != hi, lo * K + hi, -1)
    all_pairs = [(a, b) for a in range(K) for b in range(a + 1, K)]
    observed_pair = {p: T[cells & (pair_of == p[0] * K + p[1])].sum() for p in all_pairs}
    zero_pairs = [p for p in all_pairs if observed_pair[p] <= 0]
    for a, b in zero_pairs:
        cells &= pair_of != a * K + b
    pairs = [p for p in all_pairs if observed_pair[p] > 0]
    O_out = (T * cells).sum(axis=1)
    D = (T * cells).sum(axis=0)
    rows, cols = np.flatnonzero(O_out > 0), np.flatnonzero(D > 0)
    cells &= (O_out > 0)[:, None] & (D > 0)[None, :]
    if not pairs:
        raise MethodError("no commuting crosses a region border (between zones with a finite cost): there is no "
                         "border effect to estimate")
    within = (T * cells)[r[:, None] == r[None, :]]
    internal = np.bincount(np.broadcast_to(r[:, None], (n, n))[r[:, None] == r[None, :]], weights=within,
                           minlength=K)
    lonely = [labels[k] for k in range(K) if internal[k] <= 0 and any(k in p for p in pairs)]
    if lonely:
        # θ is measured against commuting inside the regions: without any, it cannot be told apart from the
        # zones' balancing factors (it would grow without bound)
        raise MethodError("no one commutes between two different zones of region(s) {regions} (e.g. a region of a "
                          "single zone): its border factor cannot be estimated; merge it with a neighbouring region "
                          "or use smaller zones", regions=", ".join(str(label) for label in lonely[:10]))
    if len(rows) < 2 or len(cols) < 2:
        raise MethodError("fewer than two zones have commuters to other zones: the model cannot be fitted")

    g = np.zeros((n, n))
    g[cells] = cost[cells] if decay == EXPONENTIAL else np.log(cost[cells])
    m = 1 + len(pairs)  # γ = (β, φ_1 … φ_pairs)
    pair_code = np.array([a * K + b for a, b in pairs])
    pair_index = np.full(n * n, -1, dtype=np.int64).reshape(n, n)
    for k, code in enumerate(pair_code):
        pair_index[cells & (pair_of == code)] = k
    Tc = T * cells
    t_g = (Tc * g).sum()
    t_pair = np.array([observed_pair[p] for p in pairs])
    if np.ptp(g[cells]) <= 0:
        raise MethodError("every pair of zones has the same cost: the distance decay cannot be estimated")

    M = np.zeros((n, K))
    M[np.arange(n), r] = 1.0
    ref = cols[np.argmax(D[cols])]  # v_ref = 0 fixes the one free constant between u and v
    vcols = cols[cols != ref]
    pa = np.array([a for a, _ in pairs])
    pb = np.array([b for _, b in pairs])

    # start: F_ij ∝ O_i D_j (β = 0, θ = 1)
    u = np.zeros(n)
    v = np.zeros(n)
    u[rows] = np.log(O_out[rows])
    v[cols] = np.log(D[cols] / D[ref])
    gamma = np.zeros(m)
    u[rows] += np.log(O_out[rows] / _fitted(u, v, gamma, g, pair_index, cells).sum(axis=1)[rows])

    def loglik(F, eta):
        return float((Tc * np.where(cells, eta, 0.0)).sum() - F.sum())

    F, eta = _fitted(u, v, gamma, g, pair_index, cells, with_eta=True)
    ll = loglik(F, eta)
    iterations, converged = 0, False
    for iterations in range(1, max_iter + 1):
        progress.report(feedback, min(iterations / 15.0, 0.95))
        Fr, Fc = F.sum(axis=1), F.sum(axis=0)
        Fg = F * g
        s_u, s_v = O_out - Fr, D - Fc
        FM, MF, G, Gg = F @ M, M.T @ F, M.T @ F @ M, M.T @ Fg @ M
        fit_pair = G[pa, pb] + G[pb, pa]
        s_gamma = np.concatenate([[-(t_g - Fg.sum())], t_pair - fit_pair])
        residual = max(np.max(np.abs(s_u[rows]) / O_out[rows]), np.max(np.abs(s_v[cols]) / D[cols]),
                       abs(s_gamma[0]) / max(abs(t_g), 1e-300), np.max(np.abs(s_gamma[1:]) / t_pair))
        if residual < tol:
            converged = True
            break
        S, B, W = _reduced_system(F, Fr, Fc, Fg, FM, MF, G, Gg, g, r, pa, pb, rows, vcols)
        rhs = np.concatenate([s_v[vcols], s_gamma]) - B.T @ (W * s_u[rows])
        try:
            factor = scipy.linalg.cho_factor(S)
            step = scipy.linalg.cho_solve(factor, rhs)
        except (np.linalg.LinAlgError, ValueError):
            raise MethodError("the model is not identifiable from these flows (too few zones or flows per region "
                             "pair, or costs that do not vary): use larger regions or more zones") from None
        if not np.isfinite(step).all():
            raise MethodError("the model is not identifiable from these flows")
        d_u = W * (s_u[rows] - B @ step)
        d_v, d_gamma = step[:len(vcols)], step[len(vcols):]
        # step halving on the (concave) log-likelihood; a tiny loss at machine precision is accepted
        t = 1.0
        for _ in range(40):
            u_new, v_new = u.copy(), v.copy()
            u_new[rows] += t * d_u
            v_new[vcols] += t * d_v
            gamma_new = gamma + t * d_gamma
            F_new, eta_new = _fitted(u_new, v_new, gamma_new, g, pair_index, cells, with_eta=True)
            ll_new = loglik(F_new, eta_new)
            if np.isfinite(ll_new) and ll_new >= ll - 1e-12 * max(abs(ll), 1.0):
                break
            t *= 0.5
        else:
            break
        u, v, gamma, F, ll = u_new, v_new, gamma_new, F_new, ll_new
    if not converged:
        raise MethodError("the model did not converge in {n} iterations (relative error {error})", n=max_iter,
                          error=f"{residual:.1e}")
    unbounded = [pairs[k] for k in np.flatnonzero(np.abs(gamma[1:]) > _LOG_THETA_LIMIT)]
    if unbounded:
        # the likelihood has no finite maximum (flows too sparse for a pair): report instead of a huge θ
        raise MethodError("the border factor of {pairs} cannot be estimated (it runs to 0 or to infinity): the "
                          "distance decay predicts almost no commuting between these regions (exponential decay over "
                          "long distances? try power decay), or too few people commute in and between them",
                          pairs=", ".join(f"{labels[a]}-{labels[b]}" for a, b in unbounded))

    # covariance of γ: the γ block of the inverse reduced information
    S, _, _ = _reduced_system(F, F.sum(axis=1), F.sum(axis=0), F * g, F @ M, M.T @ F, M.T @ F @ M,
                              M.T @ (F * g) @ M, g, r, pa, pb, rows, vcols)
    unit = np.zeros((len(S), m))
    unit[len(vcols):, :] = np.eye(m)
    try:
        cov = scipy.linalg.cho_solve(scipy.linalg.cho_factor(S), unit)[len(vcols):, :]
    except (np.linalg.LinAlgError, ValueError):
        cov = np.full((m, m), np.nan)
    n_cells = int(cells.sum())
    df = n_cells - (len(rows) + len(cols) - 1 + m)
    with np.errstate(divide="ignore", invalid="ignore"):
        pearson = float(np.sum(np.where(cells & (F > 0), (Tc - F) ** 2 / np.where(F > 0, F, 1.0), 0.0)))
    dispersion = pearson / df if df > 0 else np.nan
    positive = cells & (Tc > 0)
    deviance = float(2.0 * (np.sum(Tc[positive] * np.log(Tc[positive] / F[positive])) - np.sum(Tc - F)))
    scale = np.sqrt(max(dispersion, 1.0)) if np.isfinite(dispersion) else np.nan  # never below Poisson
    se = np.sqrt(np.clip(np.diag(cov), 0.0, None)) * scale

    theta = np.exp(gamma[1:])
    theta_matrix = np.ones((K, K))
    log_theta_se = np.full(len(all_pairs), np.nan)
    theta_all = np.zeros(len(all_pairs))
    for k, (a, b) in enumerate(pairs):
        theta_matrix[a, b] = theta_matrix[b, a] = theta[k]
        position = all_pairs.index((a, b))
        theta_all[position], log_theta_se[position] = theta[k], se[1 + k]
    for a, b in zero_pairs:
        theta_matrix[a, b] = theta_matrix[b, a] = 0.0
    with np.errstate(divide="ignore", invalid="ignore"):
        divisor = theta_matrix[r[:, None], r[None, :]]
        expected = np.where(cells & (divisor > 0), F / np.where(divisor > 0, divisor, 1.0), 0.0)
    progress.report(feedback, 1.0)
    return BorderFit(decay=decay, beta=float(gamma[0]), beta_se=float(se[0]), regions=labels,
                     pairs=[(labels[a], labels[b]) for a, b in all_pairs], theta=theta_all,
                     log_theta_se=log_theta_se, theta_matrix=theta_matrix, fitted=F, expected=expected, cells=cells,
                     observed_in_fit=float(Tc.sum()), dispersion=float(dispersion), deviance=deviance, loglik=ll,
                     iterations=iterations, zero_pairs=[(labels[a], labels[b]) for a, b in zero_pairs], notes=notes)


def _fitted(u, v, gamma, g, pair_index, cells, with_eta=False):
    """F_ij = exp(u_i + v_j − β g_ij + φ_pair) on the fitted cells, 0 elsewhere."""
    phi = np.concatenate([gamma[1:], [0.0]])  # index −1 (within a region) → φ = 0
    eta = u[:, None] + v[None, :] - gamma[0] * g + phi[pair_index]
    with np.errstate(over="ignore", under="ignore"):
        F = np.where(cells, np.exp(np.where(cells, eta, 0.0)), 0.0)
    return (F, eta) if with_eta else F


def _reduced_system(F, Fr, Fc, Fg, FM, MF, G, Gg, g, r, pa, pb, rows, vcols):
    """The Fisher information of (v without the reference column, β, φ) after eliminating u exactly.

    Returns S = C − Bᵀ diag(W) B, B (the u × (v, γ) block) and W = 1 / Σ_j F_ij over the fitted rows.
    """
    n_pairs = len(pa)
    m = 1 + n_pairs
    ru, rv = r[rows], r[vcols]
    # u × γ: ∂²/∂u_i∂β = −Σ_j F g, ∂²/∂u_i∂φ_RS = flows of i into the other region of the pair
    B_ug = np.zeros((len(rows), m))
    B_ug[:, 0] = -Fg.sum(axis=1)[rows]
    B_ug[:, 1:] = (np.where(ru[:, None] == pa[None, :], FM[rows][:, pb], 0.0)
                   + np.where(ru[:, None] == pb[None, :], FM[rows][:, pa], 0.0))
    C_vg = np.zeros((len(vcols), m))
    C_vg[:, 0] = -Fg.sum(axis=0)[vcols]
    C_vg[:, 1:] = (np.where(rv[:, None] == pb[None, :], MF[:, vcols][pa].T, 0.0)
                   + np.where(rv[:, None] == pa[None, :], MF[:, vcols][pb].T, 0.0))
    C_gg = np.zeros((m, m))
    C_gg[0, 0] = (Fg * g).sum()
    C_gg[0, 1:] = C_gg[1:, 0] = -(Gg[pa, pb] + Gg[pb, pa])
    C_gg[np.arange(1, m), np.arange(1, m)] = G[pa, pb] + G[pb, pa]
    q = len(vcols)
    C = np.zeros((q + m, q + m))
    C[np.arange(q), np.arange(q)] = Fc[vcols]
    C[:q, q:] = C_vg
    C[q:, :q] = C_vg.T
    C[q:, q:] = C_gg
    B = np.hstack([F[np.ix_(rows, vcols)], B_ug])
    W = 1.0 / Fr[rows]
    S = C - B.T @ (W[:, None] * B)
    return 0.5 * (S + S.T), B, W
