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
from strukturbild.processing_algorithms.methods import (
    areaprofile,
    border,
    borderaccess,
    borderflows,
    conefor_io,
    connectivity,
    corridors,
    degurba,
    estimate,
    flows,
    intramax,
    la,
    od,
    regions,
    ttwa,
    typology,
)
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


# -- habitat networks: connectivity, Conefor files --------------------------------------------------------------

CONNECTIVITY_CASES = {
    "no nodes": ([], [], [], [], 1000.0),
    "one node": ([3.0], [], [], [], 1000.0),
    "all zero attributes": ([0.0, 0.0], [0], [1], [10.0], 1000.0),
    "NaN attribute": ([np.nan, 1.0], [0], [1], [10.0], 1000.0),
    "negative attribute": ([-1.0, 1.0], [0], [1], [10.0], 1000.0),
    "overflowing attributes": ([1e200, 1e200], [0], [1], [10.0], 1000.0),
    "NaN distance": ([1.0, 1.0], [0], [1], [np.nan], 1000.0),
    "infinite distance": ([1.0, 1.0], [0], [1], [np.inf], 1000.0),
    "NaN dispersal distance": ([1.0, 1.0], [0], [1], [10.0], np.nan),
    "infinite dispersal distance": ([1.0, 1.0], [0], [1], [10.0], np.inf),
    "zero dispersal distance": ([1.0, 1.0], [0], [1], [10.0], 0.0),
    "link to itself": ([1.0, 1.0], [0], [0], [10.0], 1000.0),
    "link to a missing node": ([1.0, 1.0], [0], [7], [10.0], 1000.0),
    "fractional node": ([1.0, 1.0], [0.5], [1], [10.0], 1000.0),
    "NaN node": ([1.0, 1.0], [np.nan], [1], [10.0], 1000.0),
    "ragged links": ([1.0, 1.0], [0], [1, 0], [10.0], 1000.0),
    "pair twice": ([1.0, 1.0], [0, 1], [1, 0], [10.0, 10.0], 1000.0),
    "text attribute": (["x", 1.0], [0], [1], [10.0], 1000.0),
}


@pytest.mark.parametrize("case", sorted(CONNECTIVITY_CASES))
@pytest.mark.parametrize("importances", [True, False])
def test_connectivity_gives_a_result_or_a_method_error(case, importances):
    outcome(connectivity.connectivity, *CONNECTIVITY_CASES[case], importances=importances)


@pytest.mark.parametrize("keyword, value", [("probability", 1.0), ("probability", np.nan), ("probability", 0.0),
                                            ("iic_distance", np.nan), ("iic_distance", -1.0),
                                            ("min_probability", np.nan), ("min_probability", 1.0),
                                            ("landscape_area", np.inf), ("landscape_area", 0.0),
                                            ("landscape_area", "big")])
def test_connectivity_settings_are_refused(keyword, value):
    refused(connectivity.connectivity, [1.0, 1.0], [0], [1], [10.0], 1000.0, **{keyword: value})


def test_connectivity_overflowing_attributes_say_what_to_do():
    """1e200 m² squared overflowed to inf (and PC to NaN) with only a RuntimeWarning."""
    assert "hectares" in refused(connectivity.connectivity, *CONNECTIVITY_CASES["overflowing attributes"])


def test_dispersal_distance_is_named_before_the_iic_distance():
    assert "dispersal distance" in refused(connectivity.connectivity, *CONNECTIVITY_CASES["NaN dispersal distance"])


@pytest.mark.parametrize("nodes, connections", [
    ("", ""), ("# only a comment\n", ""), ("1 2\n1 3\n", ""), ("1 -2\n", ""), ("1 nan\n", ""), ("1 1e400\n", ""),
    ("1\n", ""), ("1 2\n2 2\n", "1 3 5\n"), ("1 2\n2 2\n", "1 2 -5\n"), ("1 2\n2 2\n", "1 2 x\n"),
    ("1 2\n2 2\n", "1 2 5\n2 1 6\n"), ("1 2\n2 2\n", "1 2\n"), ("1 2\n2 2\n", "1 1 5\n")])
def test_conefor_files(tmp_path, nodes, connections):
    node_file, connection_file = tmp_path / "nodes.txt", tmp_path / "connections.txt"
    node_file.write_text(nodes, encoding="utf-8")
    connection_file.write_text(connections, encoding="utf-8")

    def read():
        ids, attributes = conefor_io.read_nodes(node_file)
        return conefor_io.read_connections(connection_file, ids)

    outcome(read)


def test_conefor_missing_file_is_a_method_error(tmp_path):
    assert "cannot be read" in refused(conefor_io.read_nodes, tmp_path / "missing.txt")


# -- resistance rasters: corridors ----------------------------------------------------------------------------------

TWO_CORES = np.array([[1, 0, 0], [0, 0, 0], [0, 0, 2]])
CORRIDOR_CASES = {
    "no cells": (np.zeros((0, 0)), 10.0, np.zeros((0, 0), dtype=int)),
    "all NaN": (np.full((3, 3), np.nan), 10.0, TWO_CORES),
    "all zero": (np.zeros((3, 3)), 10.0, TWO_CORES),
    "all negative": (-np.ones((3, 3)), 10.0, TWO_CORES),
    "all infinite": (np.full((3, 3), np.inf), 10.0, TWO_CORES),
    "no cores": (np.ones((3, 3)), 10.0, np.zeros((3, 3), dtype=int)),
    "one core": (np.ones((3, 3)), 10.0, np.array([[1, 0, 0], [0, 0, 0], [0, 0, 0]])),
    "NaN cell size": (np.ones((3, 3)), np.nan, TWO_CORES),
    "zero cell size": (np.ones((3, 3)), 0.0, TWO_CORES),
    "shapes differ": (np.ones((3, 3)), 10.0, np.zeros((2, 2), dtype=int)),
    "one dimension": (np.ones(3), 10.0, np.zeros(3, dtype=int)),
    "NaN core label": (np.ones((3, 3)), 10.0, np.array([[1, 0, np.nan], [0, 0, 0], [0, 0, 2]])),
    "overflowing costs": (np.full((3, 3), 1e306), 10.0, TWO_CORES),
    "text costs": (np.array([["a"] * 3] * 3), 10.0, TWO_CORES),
}


@pytest.mark.parametrize("case", sorted(CORRIDOR_CASES))
def test_corridors_give_a_result_or_a_method_error(case):
    outcome(corridors.corridors, *CORRIDOR_CASES[case])


@pytest.mark.parametrize("case", ["all NaN", "all zero", "all negative", "all infinite", "no cells"])
def test_resistance_without_a_passable_cell_is_refused(case):
    """Such a raster gave 0 links and an info line; the same for the graph the habitat network builds."""
    cost, cell, cores = CORRIDOR_CASES[case]
    assert "no passable cell" in refused(corridors.corridors, cost, cell, cores)
    assert "no passable cell" in refused(corridors.grid_graph, cost, cell)


def test_resistance_of_nodata_only_is_refused():
    assert "no passable cell" in refused(corridors.grid_graph, np.full((4, 4), -9999.0), 10.0, nodata=-9999.0)
    assert "no passable cell" in refused(corridors.grid_graph, np.full((4, 4), 7.0), 10.0, nodata=7.0)


@pytest.mark.parametrize("max_cost", [np.nan, -1.0, "far"])
def test_corridor_limit_is_checked(max_cost):
    refused(corridors.corridors, np.ones((3, 3)), 1.0, TWO_CORES, max_cost=max_cost)


# -- population grids: degurba, typology, area profiles -------------------------------------------------------------

DEGURBA_CASES = {
    "no cells": np.zeros((0, 0)),
    "all NaN": np.full((3, 3), np.nan),
    "all zero": np.zeros((3, 3)),
    "one cell": np.full((1, 1), 60000.0),
    "negative": np.array([[1.0, -3.0], [2.0, 2.0]]),
    "one dimension": np.ones(4),
    "overflowing": np.full((3, 3), 1e308),
    "text": np.array([["a", "b"], ["c", "d"]]),
}


@pytest.mark.parametrize("case", sorted(DEGURBA_CASES))
def test_degurba_gives_a_result_or_a_method_error(case):
    outcome(degurba.degurba, DEGURBA_CASES[case])


def test_degurba_names_the_negative_cell_and_the_nodata_grid():
    assert "row 0, column 1" in refused(degurba.degurba, DEGURBA_CASES["negative"])
    assert "no data" in refused(degurba.degurba, DEGURBA_CASES["all NaN"])
    assert "no cells" in refused(degurba.degurba, DEGURBA_CASES["no cells"])


@pytest.mark.parametrize("cell_area", [np.nan, np.inf, 0.0, -1.0, "km"])
def test_degurba_cell_area(cell_area):
    refused(degurba.degurba, np.ones((2, 2)), cell_area)


@pytest.mark.parametrize("labels", [np.full((2, 2), np.nan), np.full((2, 2), 0.5), np.zeros((3, 2), dtype=int)])
def test_lau_labels(labels):
    refused(degurba.classify_lau, np.ones((2, 2)), np.ones((2, 2)), labels)


@pytest.mark.parametrize("args", [([True], [10.0, 20.0], 45.0), ([True], [10.0], np.nan), ([True], [10.0], -5),
                                  ([True], ["x"], 45.0), ([], [], 45.0)])
def test_typology_classify(args):
    outcome(typology.classify, *args)


@pytest.mark.parametrize("args", [(["tatort"], [1.0, 2.0], ["a"]), (["tatort"], [-1.0], ["a"]),
                                  ([], [], []), (["tatort"], [np.nan], ["a"]), (["tatort"], ["x"], ["a"])])
def test_typology_population_shares(args):
    outcome(typology.population_shares, *args)


@pytest.mark.parametrize("text", ["", "nan", "inf", "1e400", "1e12", "-3", "3000,x", "100000001", "3000;;"])
def test_town_sizes(text):
    outcome(areaprofile.parse_town_sizes, text)


def test_town_sizes_beyond_any_city_are_refused():
    with pytest.raises(areaprofile.TownSizeError) as error:
        areaprofile.parse_town_sizes("3000,1e12")
    assert error.value.reason == "too_large"
    assert isinstance(error.value, MethodError)


@pytest.mark.parametrize("args", [
    ([1.0], [0], [3], [10.0], [False], {3000: [5.0]}, 45.0),
    ([1.0], [4], [0], [10.0], [False], {3000: [5.0]}, 45.0),
    ([1.0], [0], [0, 0], [10.0], [False], {3000: [5.0]}, 45.0),
    ([1.0], [0], [0], [-10.0], [False], {3000: [5.0]}, 45.0),
    ([1.0], [0], [0], [10.0], [False], {}, 45.0),
    ([], [], [], [], [], {3000: []}, 45.0),
    ([0.0], [0], [0], [np.nan], [False], {3000: [np.nan]}, 45.0)])
def test_area_profile(args):
    outcome(areaprofile.profile, *args)


# -- border zones and border flows ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "nan", "inf", "1e400", "1e300", "0", "-5", "10,x", "10,25"])
def test_bands(text):
    outcome(border.parse_bands, text)


def test_bands_beyond_any_border_zone_are_refused():
    with pytest.raises(border.BandError) as error:
        border.parse_bands("10,1e300")
    assert error.value.reason == "too_large" and isinstance(error.value, MethodError)


@pytest.mark.parametrize("vertices, spacing", [([[0, 0], [1e9, 0]], 1e-3), ([[0, 0], [1, 0]], np.nan),
                                               ([[0, 0], [1, 0]], np.inf), ([[0, 0], [np.nan, 0]], 10.0),
                                               ([[0, 0], [1, 0]], -1.0), (np.zeros((0, 2)), 10.0)])
def test_border_samples(vertices, spacing):
    """A spacing of 1 mm along 1,000 km asked numpy for 7 TiB (MemoryError)."""
    outcome(border.sample_polyline, vertices, spacing)


FOUR = np.array([[50, 10, 4, 1], [12, 60, 2, 3], [3, 1, 40, 9], [2, 4, 11, 55]], dtype=float)
COST = np.array([[0, 5, 20, 25], [5, 0, 18, 22], [20, 18, 0, 6], [25, 22, 6, 0]], dtype=float)
BORDER_CASES = {
    "no zones": (np.zeros((0, 0)), [], np.zeros((0, 0))),
    "one region": (FOUR, ["A"] * 4, COST),
    "self-flows only": (np.diag([5.0, 5, 5, 5]), ["A", "A", "B", "B"], COST),
    "all zero": (np.zeros((4, 4)), ["A", "A", "B", "B"], COST),
    "NaN flow": (np.where(np.eye(4) > 0, np.nan, FOUR), ["A", "A", "B", "B"], COST),
    "negative flow": (-FOUR, ["A", "A", "B", "B"], COST),
    "overflowing flows": (FOUR * 1e300, ["A", "A", "B", "B"], COST),
    "NaN costs": (FOUR, ["A", "A", "B", "B"], np.full((4, 4), np.nan)),
    "overflowing costs": (FOUR, ["A", "A", "B", "B"], COST * 1e300),
    "constant costs": (FOUR, ["A", "A", "B", "B"], np.ones((4, 4))),
    "missing region": (FOUR, ["A", None, "B", "B"], COST),
    "NaN region": (FOUR, [1.0, np.nan, 2.0, 2.0], COST),
    "too few regions": (FOUR, ["A", "B"], COST),
    "mixed region types": (FOUR, [1, "a", 2, 2], COST),
    "wrong cost shape": (FOUR, ["A", "A", "B", "B"], np.ones((3, 3))),
}


@pytest.mark.parametrize("case", sorted(BORDER_CASES))
def test_border_model_gives_a_result_or_a_method_error(case):
    outcome(borderflows.fit_border_model, *BORDER_CASES[case])


@pytest.mark.parametrize("case", ["no zones", "NaN flow", "negative flow", "missing region", "too few regions"])
def test_cross_border_shares(case):
    flows_, regions_, _ = BORDER_CASES[case]
    outcome(borderflows.cross_border_shares, flows_, regions_)


# -- straight-line estimates ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [([[0, 0]], np.zeros((0, 2))), ([[0, 0]], [[np.nan, 0]]), ([[np.nan, 0]], [[1, 1]]),
                                  ([[0, 0]], [[1, 1]], np.nan), ([[0, 0]], [[1, 1]], 1.3, 0.0),
                                  ([[0, 0]], [[1, 1]], 1.3, np.inf), ([[0, 0, 0]], [[1, 1]]), (["x"], [[1, 1]])])
def test_nearest(args):
    outcome(estimate.nearest, *args)


@pytest.mark.parametrize("args", [([[0, 0]], np.zeros((0, 2)), [], 30.0), ([[0, 0]], [[1, 1]], [1.0, 2.0], 30.0),
                                  ([[0, 0]], [[1, 1]], [1.0], np.nan), ([[0, 0]], [[1, 1]], [1.0], np.inf),
                                  ([[0, 0]], [[1, 1]], [1.0], -1.0), ([[0, 0]], [[1, 1]], [1.0], 30.0, 1.3, 0.0),
                                  ([[np.nan, 0]], [[np.nan, 1]], [1.0], 30.0)])
def test_opportunities(args):
    outcome(estimate.opportunities, *args)


def test_unlimited_opportunities_count_every_destination():
    """An infinite threshold made scipy's ball query overflow ("The value of p too large")."""
    total = estimate.opportunities([[0, 0], [np.nan, 0]], [[1, 1], [5e6, 0], [np.nan, 0]], [1.0, 2.0, 4.0], np.inf)
    assert total[0] == 3.0 and np.isnan(total[1])


def test_nearest_leaves_out_destinations_without_coordinates():
    minutes, index = estimate.nearest([[0, 0], [np.nan, 0]], [[np.nan, 0], [3000, 4000]], 1.0, 60.0)
    assert index.tolist() == [1, -1] and minutes[0] == pytest.approx(5.0) and np.isnan(minutes[1])


@pytest.mark.parametrize("kwargs", [dict(measure=7), dict(origin_region=[0]), dict(destination_region=[0, 1, 2])])
def test_border_access_estimate(kwargs):
    arguments = dict(origin_xy=[[0, 0], [10, 0]], destination_xy=[[5, 0]], origin_region=[0, 1],
                     destination_region=[0])
    arguments.update(kwargs)
    refused(borderaccess.estimate, **arguments)
