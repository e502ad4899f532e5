"""strukturbild:flowlines against numbers worked out by hand (and, for Norrbotten, with the csv module).

The hand-worked case: four square zones in SWEREF 99 TM (ids with leading zeros, counties 01 and 03), the OD table
as an SCB-like CSV (';', counts as text with space thousands separators, a total row, an unknown id, a duplicated
row, an id without its leading zero). Zone 0360 has no flows at all.

    residence \\ workplace   0114    0115    0305  | residents R
    0114                    1234     300    1000  | 2534
    0115                     200     800      50  | 1050
    0305                     100      50    2000  | 2150   (0305→0115 is given as two rows of 25)
    jobs W                  1534    1150    3050
"""

import csv
import math

import pytest
from conftest import DEMO_DATA, TEST_DATA
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
from strukturbild.strukturbild_plugin.compat import make_field

# zone id -> (name, county, lower-left corner of a 10 km square)
ZONES = {
    "0114": ("Upplands Väsby", "01", (0, 0)),
    "0115": ("Vallentuna", "01", (20000, 0)),
    "0305": ("Håbo", "03", (0, 20000)),
    "0360": ("Tierp", "03", (40000, 40000)),
}
CENTROIDS = {code: (x + 5000.0, y + 5000.0) for code, (_, _, (x, y)) in ZONES.items()}

CSV_TEXT = """\
bostad;arbetsstalle;antal
0114;0114;1 234
0114;0115;300
0114;0305;1 000
115;0114;200
0115;0115;800
0115;0305;50
0305;0114;100
0305;0115;25
0305;0305;2 000
0305;0115;25
Totalt;Totalt;6 934
9999;0114;7
"""

R = {"0114": 2534.0, "0115": 1050.0, "0305": 2150.0}
W = {"0114": 1534.0, "0115": 1150.0, "0305": 3050.0}
GROSS = {("0114", "0115"): 300.0, ("0114", "0305"): 1000.0, ("0115", "0114"): 200.0,
         ("0115", "0305"): 50.0, ("0305", "0114"): 100.0, ("0305", "0115"): 50.0}


def square(x, y, size=10000):
    return QgsGeometry.fromPolygonXY([[QgsPointXY(x, y), QgsPointXY(x + size, y), QgsPointXY(x + size, y + size),
                                       QgsPointXY(x, y + size), QgsPointXY(x, y)]])


def zones_layer(zones=ZONES, crs="EPSG:3006"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "testkommuner", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([make_field("kod", "text"), make_field("namn", "text"),
                            make_field("lan", "text")])
    layer.updateFields()
    features = []
    for code, (name, county, (x, y)) in zones.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, name, county])
        feature.setGeometry(square(x, y))
        features.append(feature)
    provider.addFeatures(features)
    return layer


@pytest.fixture
def flows_csv(tmp_path):
    path = tmp_path / "pendling.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def run(processing_provider):
    """Run a FlowLines instance through processing.run with a fresh context → (results, context, feedback)."""
    import processing
    from strukturbild.processing_algorithms.functional.flowlines import FlowLines

    def run_flowlines(parameters, feedback=None):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = feedback or QgsProcessingFeedback()
        parameters = {"OUTPUT": "TEMPORARY_OUTPUT", **parameters}
        algorithm = FlowLines()
        algorithm.initAlgorithm()  # processing.run turns output ids into layers from the definitions it finds here
        results = processing.run(algorithm, parameters, context=context, feedback=feedback)
        return results, context, feedback

    return run_flowlines


def parameters(zones, flows, **extra):
    base = {"ZONES": zones, "ZONE_ID_FIELD": "kod", "FLOWS": str(flows), "ORIGIN_FIELD": "bostad",
            "DESTINATION_FIELD": "arbetsstalle", "VALUE_FIELD": "antal", "MODE": 0, "MIN_VALUE": 0, "TOP_N": 0,
            "CURVED": False}
    base.update(extra)
    return base


def rows(layer):
    return {(f["origin"], f["destination"]): f for f in layer.getFeatures()}


def check_lines(layer, expected):
    """expected: (origin, destination) -> (value, share_of_origin, share_of_destination)."""
    got = rows(layer)
    assert set(got) == set(expected)
    for key, (value, share_o, share_d) in expected.items():
        feature = got[key]
        assert feature["value"] == pytest.approx(value)
        assert feature["share_of_origin"] == pytest.approx(share_o)
        assert feature["share_of_destination"] == pytest.approx(share_d)
        assert feature["flode"] == pytest.approx(value)
        assert feature["andel"] == pytest.approx(share_o)


def test_output_fields(run, flows_csv):
    zones = zones_layer()
    results, _, _ = run(parameters(zones, flows_csv))
    names = results["OUTPUT"].fields().names()
    assert names[:6] == ["origin", "destination", "value", "share_of_origin", "share_of_destination", "crosses"]
    for name in ("flode", "andel", "from_namn", "to_namn", "strukturbild_typ"):
        assert name in names


def test_gross(run, flows_csv):
    zones = zones_layer()
    results, _, feedback = run(parameters(zones, flows_csv, MODE=0))
    expected = {(o, d): (v, v / R[o], v / W[d]) for (o, d), v in GROSS.items()}
    check_lines(results["OUTPUT"], expected)
    assert results["N_LINES"] == 6
    assert results["TOTAL_VALUE"] == pytest.approx(1700.0)
    assert results["N_UNMATCHED_IDS"] == 1
    assert results["SHARE_CROSSING"] == 0
    for feature in results["OUTPUT"].getFeatures():
        assert feature["crosses"] == ""
        assert feature["strukturbild_typ"] == "funktionellt_samband"
        assert feature["from_namn"] == feature["origin"]  # no name field: the ids


def test_net(run, flows_csv):
    zones = zones_layer()
    results, _, _ = run(parameters(zones, flows_csv, MODE=1))
    # 0114↔0115: 300 − 200 = 100 towards 0115; 0114↔0305: 1000 − 100 = 900 towards 0305; 0115↔0305: 50 − 50 = 0
    expected = {("0114", "0115"): (100.0, 100 / 2534, 100 / 1150),
                ("0114", "0305"): (900.0, 900 / 2534, 900 / 3050)}
    check_lines(results["OUTPUT"], expected)
    assert results["N_LINES"] == 2
    assert results["TOTAL_VALUE"] == pytest.approx(1000.0)


def test_two_way(run, flows_csv):
    zones = zones_layer()
    results, _, _ = run(parameters(zones, flows_csv, MODE=2))
    # the pair's exchange relative to the zone's residents + jobs
    relations = {code: R[code] + W[code] for code in R}
    expected = {("0114", "0115"): (500.0, 500 / relations["0114"], 500 / relations["0115"]),
                ("0114", "0305"): (1100.0, 1100 / relations["0114"], 1100 / relations["0305"]),
                ("0115", "0305"): (100.0, 100 / relations["0115"], 100 / relations["0305"])}
    check_lines(results["OUTPUT"], expected)
    assert results["N_LINES"] == 3
    assert results["TOTAL_VALUE"] == pytest.approx(1700.0)


def test_top_n_and_min_value(run, flows_csv):
    zones = zones_layer()
    results, _, _ = run(parameters(zones, flows_csv, TOP_N=1))
    assert set(rows(results["OUTPUT"])) == {("0114", "0305"), ("0115", "0114"), ("0305", "0114")}
    assert results["TOTAL_VALUE"] == pytest.approx(1300.0)

    results, _, _ = run(parameters(zones, flows_csv, MIN_VALUE=100))
    assert set(rows(results["OUTPUT"])) == {("0114", "0115"), ("0114", "0305"), ("0115", "0114"), ("0305", "0114")}
    assert results["N_LINES"] == 4
    assert results["TOTAL_VALUE"] == pytest.approx(1600.0)

    results, _, _ = run(parameters(zones, flows_csv, MIN_VALUE=100, TOP_N=1, MODE=2))
    assert set(rows(results["OUTPUT"])) == {("0114", "0305"), ("0115", "0305")}


def test_crosses_with_group_field_and_names(run, flows_csv):
    zones = zones_layer()
    results, _, _ = run(parameters(zones, flows_csv, GROUP_FIELD="lan", ZONE_NAME_FIELD="namn"))
    got = rows(results["OUTPUT"])
    expected = {("0114", "0305"): "01-03", ("0115", "0305"): "01-03", ("0305", "0114"): "03-01",
                ("0305", "0115"): "03-01", ("0114", "0115"): "", ("0115", "0114"): ""}
    assert {key: feature["crosses"] for key, feature in got.items()} == expected
    for key, feature in got.items():
        assert feature["strukturbild_typ"] == ("gransoverskridande_samband" if expected[key]
                                               else "funktionellt_samband")
        assert feature["from_namn"] == ZONES[key[0]][0]
        assert feature["to_namn"] == ZONES[key[1]][0]
    assert results["SHARE_CROSSING"] == pytest.approx((1000 + 50 + 100 + 50) / 1700)


def test_geometry_straight_and_curved(run, flows_csv):
    zones = zones_layer()
    results, _, _ = run(parameters(zones, flows_csv, CURVED=False))
    layer = results["OUTPUT"]
    assert layer.crs().authid() == "EPSG:3006"
    for feature in layer.getFeatures():
        line = feature.geometry().asPolyline()
        assert len(line) == 2
        assert (line[0].x(), line[0].y()) == pytest.approx(CENTROIDS[feature["origin"]])
        assert (line[-1].x(), line[-1].y()) == pytest.approx(CENTROIDS[feature["destination"]])

    results, _, _ = run(parameters(zones, flows_csv, CURVED=True))
    lines = {}
    for feature in results["OUTPUT"].getFeatures():
        line = feature.geometry().asPolyline()
        assert len(line) > 2
        assert (line[0].x(), line[0].y()) == pytest.approx(CENTROIDS[feature["origin"]])
        assert (line[-1].x(), line[-1].y()) == pytest.approx(CENTROIDS[feature["destination"]])
        lines[(feature["origin"], feature["destination"])] = line
    # 0114 (5000, 5000) → 0115 (25000, 5000): travelling east, the curve bulges to the right (south) by
    # 0.15 · 20000 / 2 = 1500 m at its middle; the opposite flow bulges north.
    assert min(p.y() for p in lines[("0114", "0115")]) == pytest.approx(5000 - 1500, abs=30)
    assert max(p.y() for p in lines[("0115", "0114")]) == pytest.approx(5000 + 1500, abs=30)


def test_point_on_surface_anchor(run, tmp_path):
    # a U-shaped zone whose centroid lies outside it, and a square
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006", "u", "memory")
    layer.dataProvider().addAttributes([make_field("kod", "text")])
    layer.updateFields()
    u_shape = QgsGeometry.fromWkt("POLYGON((0 0, 30000 0, 30000 30000, 20000 30000, 20000 10000, 10000 10000, "
                                  "10000 30000, 0 30000, 0 0))")
    features = []
    for code, geometry in (("1", u_shape), ("2", square(100000, 0))):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code])
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    flows = tmp_path / "u.csv"
    flows.write_text("bostad;arbetsstalle;antal\n1;2;10\n2;1;5\n", encoding="utf-8")

    results, _, _ = run(parameters(layer, flows, ANCHOR=0))
    start = rows(results["OUTPUT"])[("1", "2")].geometry().asPolyline()[0]
    assert not u_shape.contains(QgsGeometry.fromPointXY(start))

    results, _, _ = run(parameters(layer, flows, ANCHOR=1))
    start = rows(results["OUTPUT"])[("1", "2")].geometry().asPolyline()[0]
    assert u_shape.contains(QgsGeometry.fromPointXY(start))


def test_geographic_crs_zones(run, tmp_path):
    lan = QgsVectorLayer(str(TEST_DATA / "lan_wgs84.geojson"), "lan_wgs84", "ogr")
    assert lan.isValid()
    centroids = {str(f["l_id"]): f.geometry().centroid().asPoint() for f in lan.getFeatures()}
    flows = tmp_path / "lan.csv"
    # integer ids in the layer (5, 6, 8), codes with leading zeros in the table
    flows.write_text("bostad;arbetsstalle;antal\n05;05;900\n05;06;100\n06;05;40\n06;06;500\n08;06;60\n08;08;300\n",
                     encoding="utf-8")
    results, _, _ = run({"ZONES": lan, "ZONE_ID_FIELD": "l_id", "FLOWS": str(flows), "ORIGIN_FIELD": "bostad",
                         "DESTINATION_FIELD": "arbetsstalle", "VALUE_FIELD": "antal", "MODE": 0, "CURVED": False,
                         "ZONE_NAME_FIELD": "name"})
    layer = results["OUTPUT"]
    assert layer.crs().authid() == "EPSG:4326"
    got = rows(layer)
    assert set(got) == {("5", "6"), ("6", "5"), ("8", "6")}
    assert got[("5", "6")]["share_of_origin"] == pytest.approx(100 / 1000)
    assert got[("8", "6")]["share_of_destination"] == pytest.approx(60 / 660)
    assert got[("8", "6")]["from_namn"] == "Kalmar"
    for (origin, destination), feature in got.items():
        line = feature.geometry().asPolyline()
        assert (line[0].x(), line[0].y()) == pytest.approx((centroids[origin].x(), centroids[origin].y()))
        assert (line[-1].x(), line[-1].y()) == pytest.approx((centroids[destination].x(), centroids[destination].y()))
    assert results["TOTAL_VALUE"] == pytest.approx(200.0)


def test_point_zones_and_a_table_layer_with_integer_codes(run):
    points = QgsVectorLayer("Point?crs=EPSG:3006&field=kod:string", "punkter", "memory")
    features = []
    for code, (x, y) in CENTROIDS.items():
        feature = QgsFeature(points.fields())
        feature.setAttributes([code])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    points.dataProvider().addFeatures(features)
    table = QgsVectorLayer("None?field=fran:integer&field=till:integer&field=n:double", "od", "memory")
    rows_in = [(114, 114, 1234), (114, 115, 300), (115, 114, 200), (305, 114, 100.0)]
    od_features = []
    for row in rows_in:
        feature = QgsFeature(table.fields())
        feature.setAttributes(list(row))
        od_features.append(feature)
    table.dataProvider().addFeatures(od_features)
    results, _, _ = run({"ZONES": points, "ZONE_ID_FIELD": "kod", "FLOWS": table, "ORIGIN_FIELD": "fran",
                         "DESTINATION_FIELD": "till", "VALUE_FIELD": "n", "MODE": 0, "CURVED": False})
    got = rows(results["OUTPUT"])
    assert set(got) == {("0114", "0115"), ("0115", "0114"), ("0305", "0114")}
    assert got[("0114", "0115")]["share_of_origin"] == pytest.approx(300 / 1534)
    assert got[("0115", "0114")]["share_of_destination"] == pytest.approx(200 / 1534)
    for (origin, destination), feature in got.items():
        line = feature.geometry().asPolyline()
        assert (line[0].x(), line[0].y()) == pytest.approx(CENTROIDS[origin])
        assert (line[1].x(), line[1].y()) == pytest.approx(CENTROIDS[destination])


# -- styling -----------------------------------------------------------------------------------------

def assert_flow_style(layer):
    renderer = layer.renderer()
    assert renderer.type() == "RuleRenderer"
    labels = [rule.label() for rule in renderer.rootRule().children()]
    assert "Funktionellt samband" in labels
    assert "Arbetspendling" in labels


def test_memory_output_is_styled(run, flows_csv):
    zones = zones_layer()
    results, _, _ = run(parameters(zones, flows_csv))
    assert_flow_style(results["OUTPUT"])


def test_geopackage_output_is_styled_and_keeps_the_style(run, flows_csv, tmp_path):
    zones = zones_layer()
    path = tmp_path / "flodeslinjer.gpkg"
    results, context, _ = run(parameters(zones, flows_csv, OUTPUT=str(path)))
    assert results["OUTPUT"] == str(path)
    assert results["N_LINES"] == 6
    assert_flow_style(QgsProcessingUtils.mapLayerFromString(str(path), context))
    reopened = QgsVectorLayer(str(path), "reopened", "ogr")
    assert reopened.isValid() and reopened.featureCount() == 6
    assert_flow_style(reopened)  # the style stored in the GeoPackage as default


def test_post_processor_styles_the_loaded_layer(processing_provider, flows_csv):
    """When Processing loads the output into a project (the GUI), the post-processor styles it."""
    from strukturbild.processing_algorithms.functional.flowlines import FlowLines

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    algorithm = FlowLines()
    algorithm.initAlgorithm()
    zones = zones_layer()
    output = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project)
    results, ok = algorithm.run(parameters(zones, flows_csv, OUTPUT=output), context, feedback)
    assert ok
    dest_id = results["OUTPUT"]
    assert context.willLoadLayerOnCompletion(dest_id)
    processor = context.layerToLoadOnCompletionDetails(dest_id).postProcessor()
    assert processor is not None
    plain = QgsVectorLayer("LineString?crs=EPSG:3006&field=flode:double&field=andel:double", "plain", "memory")
    assert plain.renderer().type() != "RuleRenderer"
    processor.postProcessLayer(plain, context, feedback)
    assert_flow_style(plain)
    del project


# -- bad input ---------------------------------------------------------------------------------------

def test_unknown_value_field(run, flows_csv):
    zones = zones_layer()
    with pytest.raises(QgsProcessingException, match=r"pendling.*'antal_x'|'antal_x'.*pendling"):
        run(parameters(zones, flows_csv, VALUE_FIELD="antal_x"))


def test_duplicated_zone_ids(run, flows_csv):
    zones = zones_layer({**ZONES})
    extra = QgsFeature(zones.fields())
    extra.setAttributes(["0115", "Vallentuna igen", "01"])
    extra.setGeometry(square(60000, 0))
    zones.dataProvider().addFeatures([extra])
    with pytest.raises(QgsProcessingException, match=r"testkommuner.*duplicated.*0115"):
        run(parameters(zones, flows_csv))


def test_negative_count_names_the_row(run, tmp_path):
    zones = zones_layer()
    flows = tmp_path / "negativ.csv"
    flows.write_text("bostad;arbetsstalle;antal\n0114;0115;10\n0115;0114;-5\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"row 2.*negative"):
        run(parameters(zones, flows))


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, text):
        self.warnings.append(text)

    def pushInfo(self, text):
        self.infos.append(text)


def test_unknown_ids_and_zones_without_flows_are_reported(run, flows_csv):
    zones = zones_layer()
    feedback = RecordingFeedback()
    results, _, _ = run(parameters(zones, flows_csv), feedback=feedback)
    assert results["N_UNMATCHED_IDS"] == 1
    assert any("1 OD id(s) are not among the zones (9999)" in text for text in feedback.warnings)
    assert any("no flows at all: 0360" in text for text in feedback.warnings)
    assert any("summed" in text for text in feedback.warnings)  # the duplicated 0305;0115 row
    assert any(text.startswith("Flow lines (gross): 6 line(s)") for text in feedback.infos)


def test_zone_without_geometry_is_skipped_with_a_warning(run, flows_csv):
    zones = zones_layer()
    zones.dataProvider().changeGeometryValues({next(f.id() for f in zones.getFeatures() if f["kod"] == "0115"):
                                               QgsGeometry()})
    feedback = RecordingFeedback()
    results, _, _ = run(parameters(zones, flows_csv), feedback=feedback)
    assert set(rows(results["OUTPUT"])) == {("0114", "0305"), ("0305", "0114")}
    assert results["TOTAL_VALUE"] == pytest.approx(1100.0)
    assert any("4 line(s) were left out" in text and "0115" in text for text in feedback.warnings)


def test_cancelled_run_writes_nothing(run, flows_csv):
    zones = zones_layer()
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    results, _, _ = run(parameters(zones, flows_csv), feedback=feedback)
    assert "N_LINES" not in results


# -- real data: SCB BAS commuting, Norrbotten 2022 ---------------------------------------------------

def test_norrbotten_bas_2022(run, tmp_path):
    source = TEST_DATA / "functional" / "norrbotten_pendling_bas_totalt_2020_2022.csv"
    with open(source, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames
        selected = [row for row in reader if row["year"] == "2022"]
    flows = tmp_path / "norrbotten_2022.csv"
    with open(flows, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header)
        writer.writeheader()
        writer.writerows(selected)
    matrix = {(row["residence_code"], row["workplace_code"]): float(row["employed"]) for row in selected}
    residents, jobs = {}, {}
    for (o, d), value in matrix.items():
        residents[o] = residents.get(o, 0.0) + value
        jobs[d] = jobs.get(d, 0.0) + value
    gross = {key: value for key, value in matrix.items() if key[0] != key[1] and value > 0}
    pairs = {}
    for (o, d), value in matrix.items():
        if o < d:
            pairs[(o, d)] = value - matrix.get((d, o), 0.0)
    net = [abs(v) for v in pairs.values() if v != 0]

    kommuner = QgsVectorLayer(f"{DEMO_DATA / 'admin.gpkg'}|layername=kommuner", "kommuner", "ogr")
    assert kommuner.isValid()
    kommuner.setSubsetString("\"code\" LIKE '25%'")
    assert kommuner.featureCount() == 14
    common = {"ZONES": kommuner, "ZONE_ID_FIELD": "code", "ZONE_NAME_FIELD": "name", "GROUP_FIELD": "lan_code",
              "FLOWS": str(flows), "ORIGIN_FIELD": "residence_code", "DESTINATION_FIELD": "workplace_code",
              "VALUE_FIELD": "employed", "CURVED": True}

    results, _, _ = run({**common, "MODE": 0})
    assert results["N_LINES"] == len(gross)
    assert results["TOTAL_VALUE"] == pytest.approx(sum(gross.values()))
    assert results["N_UNMATCHED_IDS"] == 0
    assert results["SHARE_CROSSING"] == 0
    got = rows(results["OUTPUT"])
    luleå_boden = got[("2580", "2582")]
    assert luleå_boden["value"] == gross[("2580", "2582")]
    assert luleå_boden["share_of_origin"] == pytest.approx(gross[("2580", "2582")] / residents["2580"])
    assert luleå_boden["share_of_destination"] == pytest.approx(gross[("2580", "2582")] / jobs["2582"])
    assert luleå_boden["from_namn"] == "Luleå" and luleå_boden["to_namn"] == "Boden"
    assert all(math.isfinite(f["share_of_origin"]) and 0 < f["share_of_origin"] <= 1 for f in got.values())

    results, _, _ = run({**common, "MODE": 1})
    assert results["N_LINES"] == len(net)
    assert results["TOTAL_VALUE"] == pytest.approx(sum(net))

    results, _, _ = run({**common, "MODE": 0, "TOP_N": 3, "MIN_VALUE": 20})
    expected = 0
    for origin in residents:
        out = sorted((v for (o, _), v in gross.items() if o == origin and v >= 20), reverse=True)
        expected += len(out[:3])
    assert results["N_LINES"] == expected
