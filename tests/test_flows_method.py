"""Flow lines (pure method): the three modes with hand-worked values and shares, filters, and the curve."""

import numpy as np
import pytest
import scipy.sparse as sp
from strukturbild.processing_algorithms.methods.flows import GROSS, NET, TWO_WAY, curve, flow_table

# residence rows × workplace columns
M = np.array([[10, 4, 1], [2, 20, 0], [3, 5, 30]], dtype=float)
R = [15, 22, 38]  # row totals: employed residents (diagonal included)
W = [15, 29, 31]  # column totals: jobs (diagonal included)


def rows(t):
    return [(int(o), int(d), float(v)) for o, d, v in zip(t.origin, t.destination, t.value)]


def test_gross():
    t = flow_table(M, GROSS)
    assert rows(t) == [(0, 1, 4), (0, 2, 1), (1, 0, 2), (2, 1, 5), (2, 0, 3)]
    np.testing.assert_allclose(t.share_of_origin, [4 / 15, 1 / 15, 2 / 22, 5 / 38, 3 / 38])
    np.testing.assert_allclose(t.share_of_destination, [4 / 29, 1 / 31, 2 / 15, 5 / 29, 3 / 15])
    assert t.mode == GROSS and len(t) == 5


def test_net():
    # (0,1): 4 − 2 = 2, from 0 to 1;  (0,2): 1 − 3 = −2, drawn from 2 to 0;  (1,2): 0 − 5 = −5, from 2 to 1
    t = flow_table(sp.csr_matrix(M), NET)
    assert rows(t) == [(0, 1, 2), (2, 1, 5), (2, 0, 2)]
    np.testing.assert_allclose(t.share_of_origin, [2 / R[0], 5 / R[2], 2 / R[2]])
    np.testing.assert_allclose(t.share_of_destination, [2 / W[1], 5 / W[1], 2 / W[0]])


def test_net_equal_flows_give_no_line():
    assert len(flow_table(np.array([[1, 3], [3, 1]]), NET)) == 0


def test_two_way():
    # (0,1): 4 + 2 = 6;  (0,2): 1 + 3 = 4;  (1,2): 0 + 5 = 5; origin = lower index
    t = flow_table(M, TWO_WAY)
    assert rows(t) == [(0, 1, 6), (0, 2, 4), (1, 2, 5)]
    np.testing.assert_allclose(t.share_of_origin, [6 / (15 + 15), 4 / (15 + 15), 5 / (22 + 29)])
    np.testing.assert_allclose(t.share_of_destination, [6 / (22 + 29), 4 / (38 + 31), 5 / (38 + 31)])
    assert np.all(t.share_of_origin <= 1) and np.all(t.share_of_destination <= 1)


def test_min_value_then_top_n():
    assert rows(flow_table(M, GROSS, min_value=3)) == [(0, 1, 4), (2, 1, 5), (2, 0, 3)]
    assert rows(flow_table(M, GROSS, top_n=1)) == [(0, 1, 4), (1, 0, 2), (2, 1, 5)]
    # min_value first: origin 0 keeps nothing below 3, origin 2 keeps its largest
    assert rows(flow_table(M, GROSS, min_value=3, top_n=1)) == [(0, 1, 4), (2, 1, 5)]


def test_top_n_ties_by_destination():
    f = np.array([[5, 2, 2, 2], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]], dtype=float)
    assert rows(flow_table(f, GROSS, top_n=2)) == [(0, 1, 2), (0, 2, 2)]


def test_bad_mode():
    with pytest.raises(ValueError, match="mode"):
        flow_table(M, 3)


def test_curve_straight_and_bent():
    xs, ys = curve(0, 0, 10, 0, bend=0)
    assert len(xs) == 24
    np.testing.assert_allclose(ys, 0)
    np.testing.assert_allclose(xs, np.linspace(0, 10, 24))
    xs, ys = curve(0, 0, 10, 0, bend=0.2, n=3)
    # travelling east: right is south (negative y); control point (5, −2), apex at bend·L/2 = 1
    np.testing.assert_allclose(xs, [0, 5, 10])
    np.testing.assert_allclose(ys, [0, -1, 0])
    # the opposite direction bulges to the other side, so the two lines separate
    _, back = curve(10, 0, 0, 0, bend=0.2, n=3)
    assert back[1] == pytest.approx(1)
    # end points exact
    xs, ys = curve(1.5, 2.5, -3.0, 7.0)
    assert (xs[0], ys[0], xs[-1], ys[-1]) == (1.5, 2.5, -3.0, 7.0)
