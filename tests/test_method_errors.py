"""Degenerate input to the methods (issue 10 §5): each method either gives a valid result or raises MethodError with a
planner's message, never numpy's or scipy's words and never another exception type.

Each family gets a handful of hostile inputs of the kinds users bring (empty tables, only self-flows, all-zero,
all-NaN/nodata, negative or non-finite values, a single zone, values that overflow); the named cases pin the fixes.
No qgis import.
"""

import warnings

import numpy as np
import pytest
import scipy.sparse as sp
from strukturbild.processing_algorithms.methods import flows, intramax, la, od, regions, ttwa
from strukturbild.processing_algorithms.methods.errors import MethodError

#: Words of numpy/scipy/Python internals that must never reach a planner.
INTERNAL_WORDS = ("argmin", "argmax", "sequence", "index", "axis", "dimension mismatch", "broadcast", "dtype",
                  "ndarray", "out of bounds", "unpack", "NoneType", "object has no attribute", "float()", "int()")


def outcome(function, *args, **kwargs):
    """Run a method on hostile input: a valid result (returned), or MethodError (returned as the error); any other
    exception fails the test. RuntimeWarnings (overflow, 0/0) are not allowed to pass silently either."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        try:
            return function(*args, **kwargs)
        except MethodError as error:
            message = str(error)
            assert message and not any(word in message for word in INTERNAL_WORDS), message
            return error


def refused(function, *args, **kwargs):
    """The input must be refused with MethodError; returns its message."""
    result = outcome(function, *args, **kwargs)
    assert isinstance(result, MethodError), f"not refused: {result!r}"
    return str(result)


# -- commuting matrices: TTWA, LA, Intramax, flow lines, region statistics --------------------------------------

FLOW_CASES = {
    "empty": np.zeros((0, 0)),
    "one zone, no flow": np.zeros((1, 1)),
    "one zone, self-flow": np.array([[5.0]]),
    "self-flows only": np.diag([120.0, 40.0, 7.0]),
    "all zero": np.zeros((3, 3)),
    "sparse self-flows only": sp.csr_matrix(np.diag([3.0, 4.0])),
    "NaN": np.array([[10.0, np.nan], [2.0, 10.0]]),
    "infinite": np.array([[10.0, np.inf], [2.0, 10.0]]),
    "negative": np.array([[10.0, -1.0], [2.0, 10.0]]),
    "not square": np.ones((2, 3)),
    "one dimension": np.ones(3),
    "text": np.array([["a", "b"], ["c", "d"]]),
    "overflowing total": np.array([[1e308, 1e308], [1e308, 1e308]]),
    "one-way flow only": np.array([[0.0, 5.0], [0.0, 0.0]]),
    "two zones": np.array([[10.0, 5.0], [3.0, 10.0]]),
}

FLOW_METHODS = {
    "ttwa": lambda f: ttwa.ttwa(f, 10, 0.5, 100, 0.7),
    "ttwa with ids": lambda f: ttwa.ttwa(f, 10, 0.5, 100, 0.7, ids=[str(k) for k in range(_zones(f))]),
    "la": lambda f: la.scb_la(f),
    "la pair test": lambda f: la.scb_la(f, pair_test=True, ids=[f"z{k}" for k in range(_zones(f))]),
    "intramax": lambda f: intramax.intramax(f, 1),
    "flow lines gross": lambda f: flows.flow_table(f, flows.GROSS),
    "flow lines net": lambda f: flows.flow_table(f, flows.NET),
    "flow lines two-way": lambda f: flows.flow_table(f, flows.TWO_WAY),
    "region statistics": lambda f: regions.region_statistics(f, np.zeros(_zones(f), dtype=int)),
    "centres": lambda f: regions.pick_centres(f, np.zeros(_zones(f), dtype=int)),
}


def _zones(f):
    shape = np.shape(f)
    return shape[0] if len(shape) == 2 else 1


@pytest.mark.parametrize("case", sorted(FLOW_CASES))
@pytest.mark.parametrize("method", sorted(FLOW_METHODS))
def test_flow_methods_give_a_result_or_a_method_error(method, case):
    outcome(FLOW_METHODS[method], FLOW_CASES[case])


@pytest.mark.parametrize("method", ["ttwa", "ttwa with ids", "la", "la pair test", "intramax"])
@pytest.mark.parametrize("case", ["self-flows only", "one zone, self-flow", "sparse self-flows only"])
def test_regions_need_flows_between_zones(method, case):
    """A table of self-flows only: TTWA said 'attempt to get argmin of an empty sequence', LA and Intramax made every
    zone a region of its own without a word."""
    message = refused(FLOW_METHODS[method], FLOW_CASES[case])
    assert "between different zones" in message


@pytest.mark.parametrize("method", ["ttwa", "la", "intramax"])
def test_regions_need_commuters(method):
    assert "no commuters" in refused(FLOW_METHODS[method], np.zeros((3, 3)))
    assert "at least one zone" in refused(FLOW_METHODS[method], np.zeros((0, 0)))


@pytest.mark.parametrize("method", sorted(FLOW_METHODS))
def test_bad_counts_are_named(method):
    assert "not a finite number" in refused(FLOW_METHODS[method], FLOW_CASES["infinite"])
    assert "not a finite number" in refused(FLOW_METHODS[method], FLOW_CASES["NaN"])
    assert "negative" in refused(FLOW_METHODS[method], FLOW_CASES["negative"])
    assert "too large" in refused(FLOW_METHODS[method], FLOW_CASES["overflowing total"])
    assert "one row and one column per zone" in refused(FLOW_METHODS[method], FLOW_CASES["not square"])


def test_bad_count_names_the_zones_by_id():
    message = refused(ttwa.ttwa, np.array([[5.0, 1.0], [np.inf, 5.0]]), ids=["0114", "0180"])
    assert "'0180'" in message and "'0114'" in message


def test_ttwa_zero_list_swallowing_every_zone_is_refused():
    """One zone sends, the other receives: both go to the zero list and nothing was left to cluster."""
    assert "zero list" in refused(ttwa.ttwa, FLOW_CASES["one-way flow only"])


@pytest.mark.parametrize("params", [(np.nan, 0.6, 100, 0.7), (10, 0.6, np.inf, 0.7), (10, "x", 100, 0.7),
                                    (10, 0.6, 10, 0.7), (-1, 0.6, 100, 0.7)])
def test_ttwa_parameters(params):
    refused(ttwa.ttwa, FLOW_CASES["two zones"], *params)


def test_ttwa_duplicate_and_missing_ids():
    assert "'301'" in refused(ttwa.ttwa, FLOW_CASES["two zones"], ids=["0301", 301])
    assert "more than once" in refused(ttwa.r_order, ["0301", 301])
    assert "one id per zone" in refused(ttwa.ttwa, FLOW_CASES["two zones"], ids=["a"])


@pytest.mark.parametrize("n_regions", [0, -3, 1.5, np.nan, "two", None])
def test_intramax_number_of_regions(n_regions):
    assert "whole number" in refused(intramax.intramax, FLOW_CASES["two zones"], n_regions)


def test_intramax_adjacency_of_the_wrong_size():
    assert "neighbour matrix" in refused(intramax.intramax, FLOW_CASES["two zones"], 1, adjacency=np.ones((3, 3)))


@pytest.mark.parametrize("shares", [([0.1, np.inf], [0.0, 0.0], [1, 0]), ([0.1, 0.1], [0.0], [1, 0]),
                                    ([0.1, 0.1], [0.0, 0.0], [1.5, 0]), ([0.1, 0.1], [0.0, 0.0], [5, 0]),
                                    ([], [], []), ([2.0, 0.1], [0.0, 0.0], [1, 0])])
def test_la_from_shares(shares):
    refused(la.scb_la_from_shares, *shares)


def test_la_thresholds_must_be_numbers():
    refused(la.scb_la, FLOW_CASES["two zones"], np.nan)


@pytest.mark.parametrize("args", [(np.nan, 0), (0, -1), (0, 1.5), ("x", 0)])
def test_flow_lines_filters(args):
    refused(flows.flow_table, FLOW_CASES["two zones"], flows.GROSS, *args)


def test_region_statistics_membership_must_fit():
    assert "one region per zone" in refused(regions.region_statistics, FLOW_CASES["two zones"], [0, 0, 0])
    assert "only 1 regions" in refused(regions.region_statistics, FLOW_CASES["two zones"], [0, 1], 1)


def test_od_table_with_overflowing_counts_is_refused():
    with pytest.raises(od.ODError, match="too large"):
        od.build_matrix(["a", "b"], ["b", "a"], [1e308, 1e308], ["a", "b"])
    assert issubclass(od.ODError, MethodError)
