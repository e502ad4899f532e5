"""A contributions round: strukturbild:contributionpackage, validatestrukturbild and mergecontributions on packages
made from the demo strukturbild for two neighbouring kommuner, Mönsterås (0861) and Oskarshamn (0882), edited here
with GDAL as a kommun's QGIS would write them."""

import json
import re
import shutil
import sqlite3

import pytest
from conftest import DEMO_DATA
from osgeo import gdal, ogr, osr
from qgis.core import QgsGeometry, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from strukturbild.processing_algorithms.methods import contributions as cm
from strukturbild.processing_algorithms.outputs import gpkg_layer_names
from strukturbild.strukturbild_plugin import schema

A, B = "0861", "0882"  # Mönsterås, Oskarshamn
PLAN = "regionplan-2026"
ELEMENT_KEYS = [element.key for element in schema.ELEMENT_TYPES if not element.context]


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):
        self.lines.append(text)

    def pushWarning(self, text):
        self.lines.append(text)

    def reportError(self, text, fatalError=False):
        self.lines.append(text)


def run(algorithm, parameters, feedback=None):
    import processing

    return processing.run(f"strukturbild:{algorithm}", parameters, feedback=feedback or QgsProcessingFeedback())


def kommuner(codes):
    subset = '"code" IN (' + ", ".join(f"'{code}'" for code in codes) + ")"
    return QgsVectorLayer(f"{DEMO_DATA / 'admin.gpkg'}|layername=kommuner|subset={subset}", "kommuner", "ogr")


# -- GDAL helpers: a contributor's edits -----------------------------------------------------------------------------

def rows(path, layer_name):
    """[(fid, attributes, WKT or None)] of a layer, read-only."""
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    layer = dataset.GetLayerByName(layer_name)
    found = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        found.append((feature.GetFID(), feature.items(), geometry.ExportToWkt() if geometry else None))
    dataset = None
    return found


def element_count(path):
    return sum(len(rows(path, key)) for key in ELEMENT_KEYS if key in (gpkg_layer_names(path) or []))


def area(path):
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    union = None
    for feature in dataset.GetLayerByName("bidragsomrade"):
        geometry = feature.GetGeometryRef().Clone()
        union = geometry if union is None else union.Union(geometry)
    dataset = None
    return union


def add(path, layer_name, wkt, **values):
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    layer = dataset.GetLayerByName(layer_name)
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, value in values.items():
        feature.SetField(name, value)
    if wkt:
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    assert layer.CreateFeature(feature) == 0
    fid = feature.GetFID()
    dataset = None
    return fid


def update(path, layer_name, fid, **values):
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    layer = dataset.GetLayerByName(layer_name)
    feature = layer.GetFeature(fid)
    for name, value in values.items():
        feature.SetField(name, value)
    assert layer.SetFeature(feature) == 0
    dataset = None


def border_point(own, other):
    shared = own.Boundary().Intersection(other.Buffer(300))
    parts = [shared.GetGeometryRef(k) for k in range(shared.GetGeometryCount())] or [shared]
    longest = max(parts, key=lambda part: part.Length())
    n = longest.GetPointCount()
    return longest.GetX(n // 2), longest.GetY(n // 2)


def square(x, y, half):
    return (f"MULTIPOLYGON((({x - half} {y - half},{x + half} {y - half},{x + half} {y + half},{x - half} {y + half},"
            f"{x - half} {y - half})))")


def new(name, key, contributor, **values):
    element = schema.element_type(key)
    base = {"id": name, "plan_id": PLAN, "struktur": element.struktur, "objekttyp": element.objekttyp,
            "status": "planerad", "bidragsgivare": contributor}
    base.update(values)
    return base


# -- packages ----------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def packages(processing_provider, demo_gpkg, tmp_path_factory):
    folder = tmp_path_factory.mktemp("round") / "paket"
    zones = kommuner([A, B])
    result = run("contributionpackage", {"STRUKTURBILD": str(demo_gpkg), "ZONES": zones, "ZONE_ID_FIELD": "code",
                                         "ZONE_NAME_FIELD": "name", "PLAN_ID": PLAN, "OUTPUT_FOLDER": str(folder)})
    return folder, result


def package(packages, code):
    return packages[0] / f"strukturbild_bidrag_{code}.gpkg"


def test_one_package_per_zone_with_every_layer(packages):
    folder, result = packages
    assert result["N_PACKAGES"] == 2 and result["OUTPUT_FOLDER"] == str(folder)
    assert sorted(path.name for path in folder.iterdir()) == ["strukturbild_bidrag_0861.gpkg",
                                                               "strukturbild_bidrag_0882.gpkg"]
    names = gpkg_layer_names(package(packages, A))
    assert set(schema.element_keys()) <= set(names)
    assert {"bidragsomrade", "strukturbild_bidrag", "referens_nod", "referens_utvecklingsstrak"} <= set(names)
    assert not [name for name in names if name.startswith("referens_") and name[9:] not in ELEMENT_KEYS]


def test_features_outside_the_zone_are_left_out(packages, demo_gpkg):
    zone = QgsGeometry.fromWkt(area(package(packages, A)).ExportToWkt())
    regional = QgsVectorLayer(f"{demo_gpkg}|layername=nod", "nod", "ogr")
    inside = {f["id"] for f in regional.getFeatures() if zone.intersects(f.geometry())}
    assert 0 < len(inside) < regional.featureCount()
    assert {values["id"] for _, values, _ in rows(package(packages, A), "nod")} == inside
    grown = zone.buffer(1, 8)
    for key in ELEMENT_KEYS:
        for _, _, wkt in rows(package(packages, A), key):
            assert grown.contains(QgsGeometry.fromWkt(wkt)), key


def test_crossing_features_are_cut_at_the_border(packages, demo_gpkg):
    regional = QgsVectorLayer(f"{demo_gpkg}|layername=utvecklingsstrak", "strak", "ogr")
    e22 = next(f for f in regional.getFeatures() if f["namn"].startswith("E22-stråket Kalmar–Oskarshamn"))
    pieces = {}
    for code in (A, B):
        found = [(values, wkt) for _, values, wkt in rows(package(packages, code), "utvecklingsstrak")
                 if values["ursprung_id"] == e22["id"]]
        assert len(found) == 1, code
        pieces[code] = found[0]
    assert pieces[A][0]["id"] != e22["id"] != pieces[B][0]["id"] != pieces[A][0]["id"]  # cut pieces: own ids
    lengths = [QgsGeometry.fromWkt(wkt).length() for _, wkt in pieces.values()]
    assert all(0 < length < e22.geometry().length() for length in lengths)
    assert pieces[A][0]["namn"] == e22["namn"] and pieces[A][0]["prioritet"] == e22["prioritet"]


def test_plan_id_and_contributor_are_set_and_new_features_get_them(packages):
    path = package(packages, A)
    for key in ELEMENT_KEYS:
        for _, values, _ in rows(path, key):
            assert (values["plan_id"], values["bidragsgivare"]) == (PLAN, A), key
    (_, metadata, _), = rows(path, "strukturbild_bidrag")
    assert metadata["bidragsgivare"] == A and metadata["plan_id"] == PLAN and metadata["namn"] == "Mönsterås"
    assert metadata["crs"] == "EPSG:3006" and metadata["format"] == cm.PACKAGE_FORMAT
    layer = QgsVectorLayer(f"{path}|layername=nod", "nod", "ogr")  # our own package: its stored style and form
    fields = layer.fields()
    assert layer.renderer().type() == "RuleRenderer"
    assert layer.editorWidgetSetup(fields.indexOf("nodniva")).type() == "ValueMap"
    assert layer.defaultValueDefinition(fields.indexOf("bidragsgivare")).expression() == f"'{A}'"
    assert layer.defaultValueDefinition(fields.indexOf("plan_id")).expression() == f"'{PLAN}'"
    assert "uuid" in layer.defaultValueDefinition(fields.indexOf("id")).expression()


def test_reference_layers_hold_the_regional_elements_around_the_zone(packages, demo_gpkg):
    path = package(packages, A)
    reference = {values["id"] for _, values, _ in rows(path, "referens_nod")}
    own = {values["id"] for _, values, _ in rows(path, "nod")}
    assert own < reference  # the zone's own nodes and the neighbours' around them, unchanged
    regional = {f["id"]: f for f in QgsVectorLayer(f"{demo_gpkg}|layername=nod", "nod", "ogr").getFeatures()}
    assert reference <= set(regional)
    layer = QgsVectorLayer(f"{path}|layername=referens_nod", "r", "ogr")
    assert layer.renderer().type() == "RuleRenderer"


def test_package_bad_input(processing_provider, demo_gpkg, tmp_path):
    with pytest.raises(QgsProcessingException, match="is not a strukturbild"):
        run("contributionpackage", {"STRUKTURBILD": str(DEMO_DATA / "admin.gpkg"), "ZONES": kommuner([A]),
                                    "ZONE_ID_FIELD": "code", "OUTPUT_FOLDER": str(tmp_path / "out")})
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="not a folder"):
        run("contributionpackage", {"STRUKTURBILD": str(demo_gpkg), "ZONES": kommuner([A]),
                                    "ZONE_ID_FIELD": "code", "OUTPUT_FOLDER": str(blocker / "paket")})
    zones = QgsVectorLayer("Polygon?crs=EPSG:3006&field=code:string", "zoner", "memory")
    from qgis.core import QgsFeature

    feature = QgsFeature(zones.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((590000 6350000,600000 6350000,600000 6360000,590000 6350000))"))
    zones.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="has no id in 'code'"):
        run("contributionpackage", {"STRUKTURBILD": str(demo_gpkg), "ZONES": zones, "ZONE_ID_FIELD": "code",
                                    "OUTPUT_FOLDER": str(tmp_path / "out")})
    assert not (tmp_path / "out").exists()


# -- validation --------------------------------------------------------------------------------------------------------

def problems(path):
    return [values for _, values, _ in rows(path, path.stem)]  # a sink's layer is named after its file


def test_a_clean_package_has_no_problems(packages, tmp_path):
    result = run("validatestrukturbild", {"INPUT": str(package(packages, A)),
                                          "OUTPUT": str(tmp_path / "problems.gpkg")})
    assert (result["N_ERRORS"], result["N_WARNINGS"]) == (0, 0)
    assert problems(tmp_path / "problems.gpkg") == []


@pytest.fixture(scope="module")
def planted(packages, tmp_path_factory):
    """A's package with one problem of each kind."""
    folder = tmp_path_factory.mktemp("planted")
    path = folder / "bidrag.gpkg"
    shutil.copyfile(package(packages, A), path)
    own, other = area(path), area(package(packages, B))
    inside = own.PointOnSurface()
    cx, cy = inside.GetX(), inside.GetY()
    nodes = rows(path, "nod")
    update(path, "nod", nodes[0][0], nodniva=9)
    add(path, "utvecklingsomrade", f"MULTIPOLYGON((({cx} {cy},{cx + 500} {cy + 500},{cx + 500} {cy},{cx} {cy + 500},"
        f"{cx} {cy})))", **new("bow-tie", "utvecklingsomrade", A))
    far = other.PointOnSurface()
    add(path, "bytespunkt", f"POINT({far.GetX()} {far.GetY()})", **new("far", "bytespunkt", A))
    add(path, "nod", f"POINT({cx + 10} {cy})", **dict(nodes[1][1], namn="Kopia"))
    add(path, "bytespunkt", f"POINT({cx} {cy + 10})", **dict(new(None, "bytespunkt", A), id=None))
    x, y = border_point(own, other)
    add(path, "gronstruktur", square(x, y, 1000), **new("over-the-border", "gronstruktur", A))
    add(path, "nod", None, **new("no-geometry", "nod", A))
    add(path, "bytespunkt", f"LINESTRING({cx} {cy},{cx + 100} {cy})", **new("a-line", "bytespunkt", A))
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.DeleteLayer([dataset.GetLayerByIndex(k).GetName() for k in range(dataset.GetLayerCount())]
                        .index("vardetrakt"))
    notes = dataset.CreateLayer("anteckningar", geom_type=ogr.wkbNone)
    notes.CreateField(ogr.FieldDefn("text", ogr.OFTString))
    dataset.GetLayerByName("nod").CreateField(ogr.FieldDefn("kommentar", ogr.OFTString))
    gransbygd = dataset.GetLayerByName("gransbygd")
    gransbygd.DeleteField(gransbygd.GetLayerDefn().GetFieldIndex("grans"))
    dataset = None
    # transportinfrastruktur in SWEREF 99 15 00 with its year as text (as another GIS might write it back)
    gdal.VectorTranslate(str(path), str(package(packages, A)), options=gdal.VectorTranslateOptions(
        options=["-fieldTypeToString", "Integer"], layers=["transportinfrastruktur"], dstSRS="EPSG:3010",
        accessMode="overwrite"))
    transform_point = ogr.CreateGeometryFromWkt(f"POINT({cx} {cy})")
    sweref = osr.SpatialReference()
    sweref.ImportFromEPSG(3006)
    local = osr.SpatialReference()
    local.ImportFromEPSG(3010)
    for srs in (sweref, local):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform_point.AssignSpatialReference(sweref)
    transform_point.TransformTo(local)
    px, py = transform_point.GetX(), transform_point.GetY()
    add(path, "transportinfrastruktur", f"MULTILINESTRING(({px} {py},{px + 200} {py}))",
        **dict(new("snart", "transportinfrastruktur", A), horisont_ar="snart"))
    return path


EXPECTED = {  # kind: (layer, severity, a phrase of what to do)
    "code_not_in_list": ("nod", cm.ERROR, "Choose one of the values"),
    "invalid_geometry": ("utvecklingsomrade", cm.ERROR, "Fix Geometries"),
    "outside_area": ("bytespunkt", cm.ERROR, "Move it into the area"),
    "duplicate_id": ("nod", cm.ERROR, "Give this feature a new id"),
    "missing_id": ("bytespunkt", cm.WARNING, "The merge gives it one"),
    "partly_outside_area": ("gronstruktur", cm.WARNING, "ends at the border"),
    "no_geometry": ("nod", cm.ERROR, "Draw it or delete"),
    "wrong_geometry": ("bytespunkt", cm.ERROR, "Move it to the element layer of its kind"),
    "missing_layer": ("vardetrakt", cm.WARNING, "copy the layer back"),
    "extra_layer": ("anteckningar", cm.WARNING, "leaves it out"),
    "extra_field": ("nod", cm.WARNING, "leaves its values out"),
    "missing_field": ("gransbygd", cm.WARNING, "empty (NULL)"),
    "wrong_field_type": ("transportinfrastruktur", cm.WARNING, "converts each value"),
    "other_crs": ("transportinfrastruktur", cm.WARNING, "reprojects it"),
    "not_a_number": ("transportinfrastruktur", cm.ERROR, "Enter a number"),
}


def test_validation_finds_each_kind_of_problem_once(planted, tmp_path):
    log = Log()
    result = run("validatestrukturbild", {"INPUT": str(planted), "OUTPUT": str(tmp_path / "problems.gpkg")}, log)
    found = problems(tmp_path / "problems.gpkg")
    assert sorted(row["kind"] for row in found) == sorted(EXPECTED)
    for row in found:
        layer, severity, todo = EXPECTED[row["kind"]]
        assert row["layer"] == layer, row
        assert row["severity"] == severity, row
        assert todo in row["what_to_do"] and row["problem"], row
    assert result["N_ERRORS"] == sum(1 for _, s, _ in EXPECTED.values() if s == cm.ERROR) == 7
    assert result["N_WARNINGS"] == 8
    by_kind = {row["kind"]: row for row in found}
    assert by_kind["code_not_in_list"]["field"] == "nodniva" and "'9'" in by_kind["code_not_in_list"]["problem"]
    assert by_kind["duplicate_id"]["feature_id"] == rows(planted, "nod")[1][1]["id"]
    assert by_kind["invalid_geometry"]["feature_id"] == "bow-tie"
    assert "Self-intersection" in by_kind["invalid_geometry"]["problem"]
    assert any("7 error(s), 8 warning(s)" in line for line in log.lines)


def test_fail_on_error_fails_the_run(planted, tmp_path):
    with pytest.raises(QgsProcessingException, match="7 error"):
        run("validatestrukturbild", {"INPUT": str(planted), "FAIL_ON_ERROR": True,
                                     "OUTPUT": str(tmp_path / "problems.gpkg")})
    assert not (tmp_path / "problems.gpkg").exists()
    result = run("validatestrukturbild", {"INPUT": str(planted), "FAIL_ON_ERROR": False,
                                          "OUTPUT": str(tmp_path / "problems.gpkg")})
    assert result["N_ERRORS"] == 7


def test_validation_against_another_area(packages, tmp_path):
    result = run("validatestrukturbild", {"INPUT": str(package(packages, A)), "AREA": kommuner([B]),
                                          "OUTPUT": str(tmp_path / "problems.gpkg")})
    errors = [row for row in problems(tmp_path / "problems.gpkg") if row["severity"] == cm.ERROR]
    assert result["N_ERRORS"] == len(errors) > 0
    assert {row["kind"] for row in errors} == {"outside_area"}


@pytest.fixture(scope="module")
def blank(processing_provider, tmp_path_factory):
    """An empty strukturbild as 'Create strukturbild GeoPackage' makes it (no contributor, no area)."""
    path = tmp_path_factory.mktemp("blank") / "tom.gpkg"
    run("createstrukturbild", {"OUTPUT": str(path)})
    return path


def test_validation_of_files_that_are_no_contribution(blank, tmp_path):
    with pytest.raises(QgsProcessingException, match="is not a strukturbild"):
        run("validatestrukturbild", {"INPUT": str(DEMO_DATA / "admin.gpkg"), "OUTPUT": str(tmp_path / "p.gpkg")})
    broken = tmp_path / "broken.gpkg"
    broken.write_text("this is no GeoPackage")
    with pytest.raises(QgsProcessingException, match="not a GeoPackage that can be opened"):
        run("validatestrukturbild", {"INPUT": str(broken), "OUTPUT": str(tmp_path / "p.gpkg")})
    result = run("validatestrukturbild", {"INPUT": str(blank), "OUTPUT": str(tmp_path / "p.gpkg")})
    found = {row["kind"]: row["severity"] for row in problems(tmp_path / "p.gpkg")}
    assert found == {"empty": cm.ERROR, "no_contributor": cm.ERROR, "no_area": cm.WARNING}
    assert (result["N_ERRORS"], result["N_WARNINGS"]) == (2, 1)


# -- merging -----------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def contributions(packages, tmp_path_factory):
    """A carefully edited, B with mistakes, B corrected; the border edits of both make one conflict of each kind."""
    folder = tmp_path_factory.mktemp("inkommet")
    a, b, b_fixed = folder / "bidrag_a.gpkg", folder / "bidrag_b.gpkg", folder / "bidrag_b_rattad.gpkg"
    shutil.copyfile(package(packages, A), a)
    for path in (b, b_fixed):
        shutil.copyfile(package(packages, B), path)
    area_a, area_b = area(a), area(b)
    x, y = border_point(area_a, area_b)
    piece = ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(square(x, y, 2000)).Intersection(area_a))
    add(a, "utvecklingsomrade", piece.ExportToWkt(), **new("omr-a", "utvecklingsomrade", A, namn="Norra gränsen",
                                                          kategori="bostader"))
    add(a, "bytespunkt", f"POINT({x} {y})", **new("byte-a", "bytespunkt", A, niva="regional", namn="Gränsbyte"))
    start = QgsGeometry.fromWkt(area_a.PointOnSurface().ExportToWkt()).asPoint()
    add(a, "gransoverskridande_samband", f"MULTILINESTRING(({start.x()} {start.y()},{x} {y}))",
        **new("samband-a", "gransoverskridande_samband", A, from_namn="Mönsterås", to_namn="Oskarshamn",
              grans_typ="kommun"))
    near = area_b.Intersection(ogr.CreateGeometryFromWkt(f"POINT({x} {y})").Buffer(300)).PointOnSurface()
    a_node = rows(a, "nod")[0][1]
    inside_b = area_b.PointOnSurface()
    bx, by = inside_b.GetX(), inside_b.GetY()
    for path in (b, b_fixed):
        add(path, "utvecklingsomrade", square(x, y, 1500), **new("omr-b", "utvecklingsomrade", B, namn="Södra gränsen",
                                                                 kategori="verksamheter"))
        add(path, "bytespunkt", f"POINT({near.GetX()} {near.GetY()})",
            **new("byte-b", "bytespunkt", B, niva="delregional", namn="Gränsbyte syd"))
    add(b_fixed, "nod", f"POINT({bx + 300} {by})", **new("ny-nod-b", "nod", B, namn="Ny nod", nodniva=4))
    # B's mistakes, and a node that took A's id
    b_nodes = rows(b, "nod")
    update(b, "nod", b_nodes[0][0], nodniva=9)
    add(b, "utvecklingsomrade", f"MULTIPOLYGON((({bx} {by},{bx + 500} {by + 500},{bx + 500} {by},{bx} {by + 500},"
        f"{bx} {by})))", **new("bow-tie-b", "utvecklingsomrade", B))
    far = area_a.PointOnSurface()
    add(b, "bytespunkt", f"POINT({far.GetX()} {far.GetY()})",
        **new("far-b", "bytespunkt", B, namn="<script>alert('x')</script>"))
    add(b, "nod", f"POINT({bx + 10} {by})", **dict(b_nodes[1][1], namn="Kopia"))
    add(b, "nod", f"POINT({bx + 200} {by})", **dict(a_node, bidragsgivare=B, namn="Lånad"))
    return a, b, b_fixed


@pytest.fixture(scope="module")
def round_one(contributions, tmp_path_factory):
    a, b, _ = contributions
    folder = tmp_path_factory.mktemp("round1")
    log = Log()
    result = run("mergecontributions", {"CONTRIBUTIONS": [str(a), str(b)], "OUTPUT": str(folder / "omgang1.gpkg"),
                                        "OUTPUT_REPORT": str(folder / "omgang1.html")}, log)
    return folder / "omgang1.gpkg", folder / "omgang1.html", result, log


def output_rows(path):
    return {key: rows(path, key) for key in ELEMENT_KEYS}


def test_merge_loses_nothing(contributions, round_one):
    a, b, _ = contributions
    path, _, result, _ = round_one
    assert result["N_IN"] == element_count(a) + element_count(b)
    assert result["N_IN"] == result["N_OUT"] + result["N_REJECTED"]
    assert result["N_REJECTED"] == 4
    assert sum(len(found) for found in output_rows(path).values()) == result["N_OUT"]
    rejected = [values for _, values, _ in rows(path, "rejected")]
    assert sorted(values["kinds"] for values in rejected) == ["code_not_in_list", "duplicate_id", "invalid_geometry",
                                                              "outside_area"]
    assert all(values["bidragsgivare"] == B and values["reason"] and values["what_to_do"] for values in rejected)
    code = next(values for values in rejected if values["kinds"] == "code_not_in_list")
    assert json.loads(code["attributes"])["nodniva"] == 9  # every value kept
    invalid = next(wkt for _, values, wkt in rows(path, "rejected") if values["kinds"] == "invalid_geometry")
    assert invalid.startswith("MULTIPOLYGON")  # the geometry too, invalid as it was


def test_merged_features_carry_their_provenance(contributions, round_one):
    a, b, _ = contributions
    path, _, _, _ = round_one
    files = {A: a.name, B: b.name}
    for key, found in output_rows(path).items():
        for _, values, _ in found:
            assert values["bidragsgivare"] in files, key
            assert values["bidrag_fil"] == files[values["bidragsgivare"]]
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", values["bidrag_datum"])
    areas = {values["bidragsgivare"]: values for _, values, _ in rows(path, "bidragsomraden")}
    assert set(areas) == {A, B} and areas[A]["namn"] == "Mönsterås"
    layer = QgsVectorLayer(f"{path}|layername=nod", "nod", "ogr")
    assert layer.renderer().type() == "RuleRenderer"  # the library's style and form
    assert layer.editorWidgetSetup(layer.fields().indexOf("nodniva")).type() == "ValueMap"


def test_the_background_of_every_package_each_unit_once(contributions, round_one):
    a, b, _ = contributions
    merged = [values["kod"] for _, values, _ in rows(round_one[0], "administrativ_indelning")]
    own = {code: {values["kod"] for _, values, _ in rows(path, "administrativ_indelning")} for code, path in
           ((A, a), (B, b))}
    assert own[B] - own[A]  # B's surroundings reach farther than A's
    assert sorted(merged) == sorted(own[A] | own[B])


def test_each_kind_of_conflict_is_reported_once(round_one):
    path, _, result, _ = round_one
    conflicts = [values for _, values, _ in rows(path, "conflicts")]
    assert sorted(c["kind"] for c in conflicts) == sorted(cm.CONFLICT_KINDS)
    assert result["N_CONFLICTS"] == 4
    by_kind = {c["kind"]: c for c in conflicts}
    assert by_kind["overlapping_development_areas"]["feature_ids"] == "omr-a, omr-b"
    assert by_kind["classified_differently"]["bidragsgivare"] == f"{A}, {B}"
    assert "niva: regional" in by_kind["classified_differently"]["description"]
    assert by_kind["unmatched_cross_border"]["feature_ids"] == "samband-a"
    assert by_kind["same_id"]["layer"] == "nod" and by_kind["same_id"]["bidragsgivare"] == f"{A}, {B}"
    assert all(wkt.startswith("POINT") for _, _, wkt in rows(path, "conflicts"))


def test_report_counts_and_escapes_the_contributors_text(round_one):
    _, report, result, log = round_one
    text = report.read_text(encoding="utf-8")
    assert f"{result['N_IN']} = {result['N_OUT']} + 4" in text
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert str(report.parent / "omgang1.gpkg") in text  # the final path, not the staging place
    assert any(f"{result['N_IN']} contributed feature(s) read" in line for line in log.lines)


def test_a_corrected_file_replaces_only_its_contributors_features(contributions, round_one, tmp_path):
    _, _, b_fixed = contributions
    first, _, first_result, _ = round_one
    before = output_rows(first)
    by_party = {A: set(), B: set()}
    for found in before.values():
        for _, values, _ in found:
            by_party[values["bidragsgivare"]].add(values["id"])
    result = run("mergecontributions", {"CONTRIBUTIONS": [str(b_fixed)], "BASE": str(first),
                                        "OUTPUT": str(tmp_path / "omgang2.gpkg")})
    assert result["N_BASE_KEPT"] == len(by_party[A]) and result["N_REPLACED"] == len(by_party[B])
    assert result["N_IN"] == result["N_OUT"] == element_count(b_fixed) and result["N_REJECTED"] == 0
    after = {A: {}, B: {}}
    for key, found in output_rows(tmp_path / "omgang2.gpkg").items():
        for _, values, wkt in found:
            after[values["bidragsgivare"]][values["id"]] = (key, values, wkt)
    assert set(after[A]) == by_party[A]
    old = {values["id"]: (key, values, wkt) for key, found in before.items() for _, values, wkt in found
           if values["bidragsgivare"] == A}
    assert all(after[A][fid] == old[fid] for fid in after[A])  # kept as they were, provenance included
    assert "ny-nod-b" in after[B] and all(values["bidrag_fil"] == b_fixed.name for _, values, _ in after[B].values())
    assert rows(tmp_path / "omgang2.gpkg", "rejected") == []  # B's mistakes were corrected
    kinds = sorted(values["kind"] for _, values, _ in rows(tmp_path / "omgang2.gpkg", "conflicts"))
    assert kinds == ["classified_differently", "overlapping_development_areas", "unmatched_cross_border"]
    assert first_result["N_OUT"] - len(by_party[B]) + result["N_OUT"] == sum(
        len(found) for found in output_rows(tmp_path / "omgang2.gpkg").values())


def test_the_previous_version_is_never_the_output(contributions, round_one):
    _, _, b_fixed = contributions
    first = round_one[0]
    size = first.stat().st_size
    with pytest.raises(QgsProcessingException, match="which is the input"):
        run("mergecontributions", {"CONTRIBUTIONS": [str(b_fixed)], "BASE": str(first), "OUTPUT": str(first)})
    assert first.stat().st_size == size


def test_two_files_of_one_contributor_are_refused(contributions, tmp_path):
    a, _, _ = contributions
    again = tmp_path / "bidrag_a_igen.gpkg"
    shutil.copyfile(a, again)
    with pytest.raises(QgsProcessingException, match=f"all come from '{A}'") as caught:
        run("mergecontributions", {"CONTRIBUTIONS": [str(a), str(again)], "OUTPUT": str(tmp_path / "m.gpkg")})
    assert a.name in str(caught.value) and again.name in str(caught.value)
    assert not (tmp_path / "m.gpkg").exists()


def test_a_contribution_in_another_crs_is_reprojected(contributions, tmp_path):
    a, _, _ = contributions
    local = tmp_path / "bidrag_a_3010.gpkg"
    gdal.VectorTranslate(str(local), str(a), options=gdal.VectorTranslateOptions(dstSRS="EPSG:3010"))
    log = Log()
    result = run("mergecontributions", {"CONTRIBUTIONS": [str(local)], "OUTPUT": str(tmp_path / "m.gpkg")}, log)
    assert result["N_OUT"] == element_count(a) and result["N_REJECTED"] == 0
    original = {values["id"]: QgsGeometry.fromWkt(wkt) for _, values, wkt in rows(a, "nod")}
    merged = {values["id"]: QgsGeometry.fromWkt(wkt) for _, values, wkt in rows(tmp_path / "m.gpkg", "nod")}
    assert set(merged) == set(original)
    assert all(merged[fid].distance(original[fid]) < 0.01 for fid in merged)
    assert QgsVectorLayer(f"{tmp_path / 'm.gpkg'}|layername=nod", "n", "ogr").crs().authid() == "EPSG:3006"
    assert any("EPSG:3010" in line and "reprojected" in line for line in log.lines)


def test_merge_bad_input(packages, contributions, blank, tmp_path):
    a, _, _ = contributions
    with pytest.raises(QgsProcessingException, match="is not a strukturbild"):
        run("mergecontributions", {"CONTRIBUTIONS": [str(DEMO_DATA / "admin.gpkg")],
                                   "OUTPUT": str(tmp_path / "m.gpkg")})
    empty = tmp_path / "tom.gpkg"
    shutil.copyfile(package(packages, A), empty)
    dataset = gdal.OpenEx(str(empty), gdal.OF_VECTOR | gdal.OF_UPDATE)
    for key in ELEMENT_KEYS:
        dataset.ExecuteSQL(f'DELETE FROM "{key}"')
    dataset = None
    with pytest.raises(QgsProcessingException, match="holds no features"):
        run("mergecontributions", {"CONTRIBUTIONS": [str(a), str(empty)], "OUTPUT": str(tmp_path / "m.gpkg")})
    shutil.copyfile(blank, tmp_path / "anonym.gpkg")
    add(tmp_path / "anonym.gpkg", "nod", "POINT(600000 6400000)", id="x")
    with pytest.raises(QgsProcessingException, match="Who contributed this file cannot be told"):
        run("mergecontributions", {"CONTRIBUTIONS": [str(tmp_path / "anonym.gpkg")],
                                   "OUTPUT": str(tmp_path / "m.gpkg")})
    assert not (tmp_path / "m.gpkg").exists()


def test_contributed_styles_are_never_used_and_a_rerun_replaces_the_whole_file(contributions, tmp_path):
    a, _, _ = contributions
    own_style = tmp_path / "med_stil.gpkg"
    shutil.copyfile(a, own_style)
    with sqlite3.connect(own_style) as connection:  # the contributor's own default style for 'nod'
        connection.execute("UPDATE layer_styles SET styleQML = replace(styleQML, 'RuleRenderer', 'singleSymbol') "
                           "WHERE f_table_name = 'nod'")
    output = tmp_path / "m.gpkg"
    for _ in range(2):
        result = run("mergecontributions", {"CONTRIBUTIONS": [str(own_style)], "OUTPUT": str(output)})
    assert QgsVectorLayer(f"{output}|layername=nod", "nod", "ogr").renderer().type() == "RuleRenderer"
    assert set(gpkg_layer_names(output)) == set(schema.element_keys()) | {"rejected", "conflicts", "bidragsomraden"}
    assert sum(len(found) for found in output_rows(output).values()) == result["N_OUT"]
