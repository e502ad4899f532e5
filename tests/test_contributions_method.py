"""methods.contributions without QGIS: the rules a contributed strukturbild is checked against (values, codes, ids,
layers, fields, geometry facts), who the contributor is, and the merge's bookkeeping (in = out + rejected, what a
previous version keeps, ids shared by two files, classifications that differ)."""

import pytest
from strukturbild.processing_algorithms.methods import contributions as cm
from strukturbild.processing_algorithms.methods.errors import MethodError
from strukturbild.strukturbild_plugin import schema


def kinds(problems):
    return sorted(problem.kind for problem in problems)


# -- values --------------------------------------------------------------------------------------------------

def test_values_are_converted_to_the_schemas_types():
    node = schema.element_type("nod")
    assert cm.convert_value(node.field("horisont_ar"), "2040") == (2040, None, {})
    assert cm.convert_value(node.field("horisont_ar"), 2040.0) == (2040, None, {})
    assert cm.convert_value(node.field("befolkning"), "12 500") == (12500, None, {})
    assert cm.convert_value(node.field("namn"), 17) == ("17", None, {})
    assert cm.convert_value(node.field("nodniva"), "2") == (2, None, {})
    flow = schema.element_type("funktionellt_samband")
    assert cm.convert_value(flow.field("andel"), "0,25") == (0.25, None, {})
    assert cm.convert_value(node.field("horisont_ar"), None) == (None, None, {})
    assert cm.convert_value(node.field("horisont_ar"), "  ") == (None, None, {})


def test_values_that_are_not_numbers():
    node = schema.element_type("nod")
    assert cm.convert_value(node.field("horisont_ar"), "snart")[1] == "not_a_number"
    assert cm.convert_value(node.field("horisont_ar"), 2040.5)[1] == "not_a_whole_number"
    assert cm.convert_value(node.field("horisont_ar"), float("nan")) == (None, None, {})  # NaN is NULL
    assert cm.convert_value(node.field("befolkning"), float("inf"))[1] == "not_a_number"


def test_codes_outside_the_list_name_the_list_and_a_label_typed_for_its_value():
    node = schema.element_type("nod")
    value, kind, details = cm.convert_value(node.field("nodniva"), 7)
    assert (value, kind) == (7, "code_not_in_list")
    assert details["codes"] == "1, 2, 3, 4" and details["label_of"] == ""
    _, kind, details = cm.convert_value(node.field("vagledning"), "Stärka")
    assert kind == "code_not_in_list" and details["label_of"] == "starka"
    assert cm.convert_value(node.field("vagledning"), "starka") == ("starka", None, {})


def test_feature_values_problems_and_missing_id():
    values, problems = cm.value_problems("nod", {"id": None, "nodniva": 9, "horisont_ar": "2040", "namn": "A"},
                                         "nod", 4)
    assert values["horisont_ar"] == 2040 and values["nodniva"] is None and values["kalla"] is None
    assert kinds(problems) == ["code_not_in_list", "missing_id"]
    code = next(p for p in problems if p.kind == "code_not_in_list")
    assert (code.layer, code.fid, code.field, code.severity) == ("nod", 4, "nodniva", cm.ERROR)
    assert next(p for p in problems if p.kind == "missing_id").severity == cm.WARNING
    # a context layer (administrative units) has no id to miss
    assert cm.value_problems("administrativ_indelning", {"kod": "05"})[1] == []


# -- layers and fields ----------------------------------------------------------------------------------------

def test_layer_problems():
    node = schema.element_type("nod")
    fields = {spec.name: spec.type for spec in node.fields}
    fields.update(bidragsgivare="text", ursprung_id="text")
    assert cm.layer_problems("nod", "nod", fields, True, True) == []
    broken = dict(fields)
    del broken["kalla"]
    broken["horisont_ar"] = "text"
    broken["kommentar"] = "text"
    problems = cm.layer_problems("Noder", "nod", broken, True, False, "EPSG:3006")
    assert kinds(problems) == ["extra_field", "missing_field", "other_crs", "renamed_layer", "wrong_field_type"]
    assert {p.field for p in problems if p.field} == {"kalla", "horisont_ar", "kommentar"}
    assert all(p.severity == cm.WARNING for p in problems)
    assert kinds(cm.layer_problems("nod", "nod", fields, False, False)) == ["no_crs"]
    # an int field holds a real field's values without loss
    flow = schema.element_type("funktionellt_samband")
    as_int = {spec.name: spec.type for spec in flow.fields}
    as_int["flode"] = "int"
    assert cm.layer_problems("funktionellt_samband", "funktionellt_samband", as_int, True, True) == []


def test_missing_and_extra_layers():
    names = [key for key in schema.element_keys() if key != "vardetrakt"]
    names += ["referens_nod", "bidragsomrade", "strukturbild_bidrag", "layer_styles", "anteckningar"]
    problems = cm.file_layer_problems(names)
    assert [(p.kind, p.layer) for p in problems] == [("missing_layer", "vardetrakt"), ("extra_layer", "anteckningar")]
    # the background layer is no contribution: its absence is no problem
    assert cm.file_layer_problems([k for k in schema.element_keys() if k != "administrativ_indelning"]) == []


def test_element_key_of_layer():
    assert cm.element_key_of_layer("nod") == "nod"
    assert cm.element_key_of_layer("Noder") == "nod"
    assert cm.element_key_of_layer("referens_nod") is None
    assert cm.element_key_of_layer("bidragsomrade") is None
    assert cm.element_key_of_layer("rejected") is None


def test_duplicate_ids_the_first_keeps_it():
    records = [("nod", 1, "a"), ("nod", 2, "b"), ("bytespunkt", 1, "a"), ("nod", 3, None), ("nod", 4, None),
               ("nod", 5, "a")]
    problems = cm.duplicate_id_problems(records)
    assert [(p.layer, p.fid, p.feature_id) for p in problems] == [("bytespunkt", 1, "a"), ("nod", 5, "a")]
    assert problems[0].details == {"first_layer": "nod", "first_fid": 1}
    assert all(p.severity == cm.ERROR for p in problems)


def test_geometry_problems():
    facts = cm.GeometryFacts
    assert kinds(cm.geometry_problems("nod", facts(present=False))) == ["no_geometry"]
    assert kinds(cm.geometry_problems("nod", facts(kind_ok=False, kind="LineString"))) == ["wrong_geometry"]
    assert kinds(cm.geometry_problems("utvecklingsomrade", facts(valid=False, reason="Self-intersection"))) == \
        ["invalid_geometry"]
    assert kinds(cm.geometry_problems("nod", facts(outside=True, partly_outside=True))) == ["outside_area"]
    assert kinds(cm.geometry_problems("gronstruktur", facts(outside=False, partly_outside=True))) == \
        ["partly_outside_area"]
    # connections reach over the border by nature; a point is in or out
    assert cm.geometry_problems("gransoverskridande_samband", facts(outside=False, partly_outside=True)) == []
    assert cm.geometry_problems("nod", facts(outside=False, partly_outside=True)) == []
    assert cm.geometry_problems("nod", facts()) == []
    assert {cm.KINDS[k] for k in ("no_geometry", "wrong_geometry", "invalid_geometry", "outside_area")} == {cm.ERROR}


# -- the contributor ------------------------------------------------------------------------------------------

def test_contributor_from_the_metadata_else_one_field_value():
    assert cm.contributor_of({"bidragsgivare": " 0580 "}, ["0581"]) == ("0580", "metadata")
    assert cm.contributor_of(None, ["0580", None, "0580"]) == ("0580", "field")
    assert cm.contributor_of({"bidragsgivare": ""}, ["0580", "0581"]) == (None, "several")
    assert cm.contributor_of(None, [None, ""]) == (None, "none")


def test_duplicate_contributors():
    pairs = [("a.gpkg", "0580"), ("b.gpkg", "0581"), ("c.gpkg", "0580")]
    assert cm.duplicate_contributors(pairs) == {"0580": ["a.gpkg", "c.gpkg"]}
    assert cm.duplicate_contributors(pairs[:2]) == {}


# -- the merge's bookkeeping -------------------------------------------------------------------------------------

def test_ledger_proves_in_equals_out_plus_rejected():
    ledger = cm.MergeLedger()
    for _ in range(5):
        ledger.read("a.gpkg")
    ledger.accept("a.gpkg", 3)
    ledger.reject("a.gpkg", 2)
    ledger.read("b.gpkg", 2)
    ledger.accept("b.gpkg", 2)
    assert ledger.check() == (7, 5, 2)
    ledger.read("b.gpkg")  # read and neither merged nor rejected: lost
    with pytest.raises(MethodError, match="b.gpkg: 3 read, 2 merged and 0 rejected"):
        ledger.check()


def test_a_previous_version_keeps_everyone_but_this_rounds_contributors():
    kept, replaced = cm.split_base(["0580", None, "0581", "0580", "0582"], ["0580", "0583"])
    assert kept == [1, 2, 4] and replaced == [0, 3]
    assert cm.split_base([None, None], ["0580"]) == ([0, 1], [])


def test_same_id_in_two_files():
    records = [("x", "0580"), ("y", "0580"), ("x", "0581"), ("z", "0581"), ("z", "0581"), (None, "0580"),
               (None, "0581")]
    assert cm.same_id_groups(records) == {"x": [0, 2]}


def test_classification_differences():
    a = {"nodniva": 2, "niva": "regional", "vagledning": None, "namn": "A", "status": "befintlig"}
    b = {"nodniva": 3, "niva": "regional", "vagledning": "starka", "namn": "B", "status": "befintlig"}
    assert cm.classification_differences("nod", a, b) == [("nodniva", 2, 3)]  # names are no classification


def test_latest_change_reads_both_stamps():
    assert cm.latest_change(["2026/12/02 01:06:56.608+00", "2026-12-03T08:00:00.000Z", None]) == \
        "2026-12-03T08:00:00Z"
    assert cm.latest_change([None, ""]) == ""


def test_package_file_names_and_ids():
    assert cm.package_file_name("0580") == "strukturbild_bidrag_0580.gpkg"
    assert cm.package_file_name("Norra Ö/län") == "strukturbild_bidrag_Norra_O_lan.gpkg"
    with pytest.raises(MethodError):
        cm.package_file_name(" / ")
    assert cm.piece_id("abc", "0580") == cm.piece_id("abc", "0580") != cm.piece_id("abc", "0581")
    assert cm.assigned_id("0580", "nod", 3) != cm.assigned_id("0580", "nod", 4)


def test_every_problem_kind_has_a_severity():
    assert set(cm.KINDS.values()) == {cm.ERROR, cm.WARNING}
    counts = cm.severity_counts([cm.Problem("outside_area"), cm.Problem("missing_id"), cm.Problem("empty")])
    assert counts == {cm.ERROR: 2, cm.WARNING: 1}
