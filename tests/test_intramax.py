"""Intramax (Masser & Brown 1975): a hand-worked case, contiguity, k = 1, and a dense naive cross-check."""

import numpy as np
import pytest
import scipy.sparse as sp
from strukturbild.processing_algorithms.methods.intramax import intramax
from strukturbild.processing_algorithms.methods.progress import Cancelled

#             A   B   C   D   E      (rows: residence, columns: workplace)
T5 = np.array(
    [
        [50, 10, 0, 0, 0],  # A   O_A = 60
        [20, 40, 5, 0, 0],  # B   O_B = 65
        [0, 5, 30, 2, 0],  # C   O_C = 37
        [0, 0, 8, 60, 12],  # D   O_D = 80
        [0, 0, 0, 6, 20],  # E   O_E = 26
    ],
    dtype=float,
)  # column totals: D_A = 70, D_B = 55, D_C = 43, D_D = 68, D_E = 32
A, B, C, D, E = range(5)


def test_hand_worked_five_zones():
    # Step 1, the pairs with interaction:
    #   I_AB = 10/(60·55) + 20/(65·70) = 10/3300 + 20/4550 = 0.0030303 + 0.0043956 = 0.0074259
    #   I_BC =  5/(65·43) +  5/(37·55) =  5/2795 +  5/2035 = 0.0017889 + 0.0024570 = 0.0042459
    #   I_CD =  2/(37·68) +  8/(80·43) =  2/2516 +  8/3440 = 0.0007949 + 0.0023256 = 0.0031205
    #   I_DE = 12/(80·32) +  6/(26·68) = 12/2560 +  6/1768 = 0.0046875 + 0.0033937 = 0.0080812  ← max: merge D, E
    # DE: O = 80 + 26 = 106, D = 68 + 32 = 100; T_C,DE = 2, T_DE,C = 8.
    # Step 2:
    #   I_C,DE = 2/(37·100) + 8/(106·43) = 0.0005405 + 0.0017552 = 0.0022957
    #   I_AB = 0.0074259 (unchanged) ← max: merge A, B
    # AB: O = 125, D = 125; T_AB,C = 5, T_C,AB = 5.
    # Step 3:
    #   I_AB,C = 5/(125·43) + 5/(37·125) = 0.0009302 + 0.0010811 = 0.0020113
    #   I_C,DE = 0.0022957 ← max: merge C, DE  → two regions {A, B}, {C, D, E}
    r = intramax(T5, 2)
    assert [m[:3] for m in r.merges] == [(1, D, E), (2, A, B), (3, C, D)]
    assert r.merges[0][3] == pytest.approx(12 / 2560 + 6 / 1768)
    assert r.merges[0][3] == pytest.approx(0.0080812, abs=1e-7)
    assert r.merges[1][3] == pytest.approx(10 / 3300 + 20 / 4550)
    assert r.merges[1][3] == pytest.approx(0.0074259, abs=1e-7)
    assert r.merges[2][3] == pytest.approx(2 / 3700 + 8 / (106 * 43))
    assert list(r.membership) == [0, 0, 1, 1, 1]
    assert r.n_regions == 2 and r.notes == []
    r3 = intramax(sp.csr_matrix(T5), 3)
    assert list(r3.membership) == [0, 0, 1, 2, 2]


def test_k_equal_one_gives_one_region():
    r = intramax(T5, 1)
    assert list(r.membership) == [0] * 5 and r.n_regions == 1 and len(r.merges) == 4
    # the last merge joins {A, B} with {C, D, E}
    assert r.merges[-1][:3] == (4, A, C)


def test_contiguity_is_respected():
    # neighbours A-B, B-C, C-D, C-E: D and E (the best pair) are not neighbours
    adj = np.zeros((5, 5), dtype=bool)
    for i, j in [(A, B), (B, C), (C, D), (C, E)]:
        adj[i, j] = True
    r = intramax(T5, 2, adjacency=sp.csr_matrix(adj))
    # step 1: A-B (0.0074259); step 2: C-D (0.0031205 > I_AB,C); C-E has no flow, so not admissible
    assert [m[:3] for m in r.merges] == [(1, A, B), (2, C, D), (3, C, E)]
    # step 3: CD and E are neighbours through C (the union of neighbours), T_CD,E = 12, T_E,CD = 6
    assert list(r.membership) == [0, 0, 1, 1, 1]
    neighbours = {frozenset(p) for p in [(A, B), (B, C), (C, D), (C, E)]}
    groups = [{A}, {B}, {C}, {D}, {E}]
    for _, a, b, _ in r.merges:  # every merge joins two units that touch
        ga = next(g for g in groups if a in g)
        gb = next(g for g in groups if b in g)
        assert any(frozenset((x, y)) in neighbours for x in ga for y in gb)
        groups.remove(gb)
        ga |= gb


def test_stops_when_no_admissible_pair():
    r = intramax(T5, 1, adjacency=np.eye(5, dtype=bool))
    assert r.n_regions == 5 and r.merges == [] and "no admissible pair" in r.notes[0]
    two_islands = np.array([[5, 1, 0, 0], [1, 5, 0, 0], [0, 0, 5, 1], [0, 0, 1, 5]], dtype=float)
    r = intramax(two_islands, 1)
    assert r.n_regions == 2 and list(r.membership) == [0, 0, 1, 1] and r.notes


def test_more_regions_than_zones():
    r = intramax(T5, 9)
    assert list(r.membership) == [0, 1, 2, 3, 4] and r.merges == [] and r.notes


def test_ties_lowest_pair():
    sym = np.array([[9, 1, 0, 0], [1, 9, 0, 0], [0, 0, 9, 1], [0, 0, 1, 9]], dtype=float)
    r = intramax(sym, 3)
    assert r.merges[0][:3] == (1, 0, 1)


def naive_intramax(flows, k):
    """Dense O(n³) reference: recompute every I at every step."""
    t = np.array(flows, dtype=float)
    labels = list(range(len(t)))
    merges = []
    while len(t) > k:
        o, d = t.sum(axis=1), t.sum(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            x = np.where(t > 0, t / np.outer(o, d), 0.0)
        np.fill_diagonal(x, 0.0)
        score = np.triu(x + x.T, 1)
        if score.max() <= 0:
            break
        i, j = np.unravel_index(np.argmax(score), score.shape)  # row-major: lowest (i, j) on ties
        merges.append((labels[i], labels[j]))
        t[i, :] += t[j, :]
        t[:, i] += t[:, j]
        t = np.delete(np.delete(t, j, axis=0), j, axis=1)
        del labels[j]
    return merges


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_matches_naive_dense_implementation(seed):
    rng = np.random.default_rng(seed)
    n = 40
    f = rng.integers(0, 50, (n, n)) * (rng.random((n, n)) < 0.15)
    f = f + np.diag(rng.integers(50, 500, n))
    expected = naive_intramax(f, 3)
    r = intramax(sp.csr_matrix(f), 3)
    assert [m[1:3] for m in r.merges] == [tuple(map(int, p)) for p in expected]


def test_feedback_progress_and_cancel():
    class Feedback:
        def __init__(self, cancel_after):
            self.calls, self.cancel_after = [], cancel_after

        def setProgress(self, percent):
            self.calls.append(percent)

        def isCanceled(self):
            return len(self.calls) >= self.cancel_after

    fb = Feedback(99)
    intramax(T5, 1, feedback=fb)
    assert fb.calls[-1] == 100.0
    with pytest.raises(Cancelled):
        intramax(T5, 1, feedback=Feedback(2))
