"""strukturbild:borderflows through Processing: hand-worked shares, a known model recovered through the adapter
(centroid distance, several CRSs, network time), Norwegian SSB data, outputs and bad input.

The hand-worked case: four 10 km squares in SWEREF 99 TM, regions 01 = {0114, 0115} and 03 = {0305, 0360}; the OD
table as an SCB-like CSV (';', a total row, an id without its leading zero, an unknown id):

    residence \\ workplace   0114   0115   0305   0360 | out_total  out_cross
    0114                     100     20     10      0  |   130        10
    0115                      30     50      5      5  |    90        10
    0305                       0     10     80     40  |   130        10
    0360                      20      0     60    200  |   280        20
    in_total                 150     80    155    245
    in_cross                  20     10     15      5
"""

import csv
import math

import numpy as np
import pytest
from conftest import TEST_DATA
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from strukturbild.processing_algorithms.methods import borderflows as bf

ALG = "strukturbild:borderflows"
BORDER_DATA = TEST_DATA / "border"

FOUR = {"0114": ("01", (0, 0)), "0115": ("01", (20000, 0)), "0305": ("03", (0, 20000)),
        "0360": ("03", (30000, 30000))}
FOUR_CSV = """\
bostad;arbetsstalle;antal
0114;0114;100
0114;0115;20
0114;0305;10
115;0114;30
0115;0115;50
0115;0305;5
0115;0360;5
0305;0115;10
0305;0305;80
0305;0360;40
0360;0114;20
0360;0305;60
0360;0360;200
Totalt;Totalt;630
9999;0114;7
"""


def square(x, y, size=10000):
    return QgsGeometry.fromPolygonXY([[QgsPointXY(x, y), QgsPointXY(x + size, y), QgsPointXY(x + size, y + size),
                                       QgsPointXY(x, y + size), QgsPointXY(x, y)]])


def polygon_zones(zones=FOUR, crs="EPSG:3006", name="testkommuner"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=kod:string&field=namn:string&field=region:string", name,
                           "memory")
    features = []
    for code, (region, (x, y)) in zones.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, f"Kommun {code}", region])
        feature.setGeometry(square(x, y))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def point_zones(ids, regions, xy, crs="EPSG:3006", name="punkter", transform_from=None):
    """Point zones; with transform_from, xy are in that CRS and are transformed into `crs`."""
    layer = QgsVectorLayer(f"Point?crs={crs}&field=kod:string&field=region:string", name, "memory")
    transform = None
    if transform_from:
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(transform_from),
                                           QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    features = []
    for code, region, (x, y) in zip(ids, regions, xy):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([str(code), str(region)])
        geometry = QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y)))
        if transform is not None:
            geometry.transform(transform)
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def write_flows(path, ids, flows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["fran", "till", "antal"])
        for i, a in enumerate(ids):
            for j, b in enumerate(ids):
                if flows[i, j] > 0:
                    writer.writerow([a, b, repr(float(flows[i, j]))])
    return path


def params(zones, flows, **extra):
    base = {"ZONES": zones if isinstance(zones, list) else [zones], "ZONE_ID_FIELD": "kod", "REGION_FIELD": "region",
            "FLOWS": str(flows), "ORIGIN_FIELD": "fran", "DESTINATION_FIELD": "till", "VALUE_FIELD": "antal",
            "DISTANCE": 0, "DECAY": 0, "CURVED": False, "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
            "OUTPUT_PAIRS": "TEMPORARY_OUTPUT", "OUTPUT_LINES": "TEMPORARY_OUTPUT"}
    base.update(extra)
    return base


@pytest.fixture
def four_csv(tmp_path):
    path = tmp_path / "pendling.csv"
    path.write_text(FOUR_CSV, encoding="utf-8")
    return path


def four_params(flows, **extra):
    return params(polygon_zones(), flows, ORIGIN_FIELD="bostad", DESTINATION_FIELD="arbetsstalle", **extra)


def by(layer, *keys):
    return {tuple(f[k] for k in keys) if len(keys) > 1 else f[keys[0]]: f for f in layer.getFeatures()}


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self, cancel_at=None):
        super().__init__()
        self.warnings, self.infos, self.cancel_at = [], [], cancel_at

    def pushWarning(self, text):
        self.warnings.append(text)

    def pushInfo(self, text):
        self.infos.append(text)

    def setProgress(self, percent):
        if self.cancel_at is not None and percent >= self.cancel_at:
            self.cancel()
        super().setProgress(percent)


# -- hand-worked shares ------------------------------------------------------------------------------------------

def test_hand_worked_shares(run_algorithm, four_csv):
    feedback = RecordingFeedback()
    results = run_algorithm(ALG, four_params(four_csv, ZONE_NAME_FIELD="namn"), feedback)
    table = by(results["OUTPUT_TABLE"], "zone_id")
    expected = {"0114": (130, 10, 150, 20), "0115": (90, 10, 80, 10), "0305": (130, 10, 155, 15),
                "0360": (280, 20, 245, 5)}
    assert set(table) == set(expected)
    for code, (out_total, out_cross, in_total, in_cross) in expected.items():
        row = table[code]
        assert row["region_id"] == FOUR[code][0]
        assert row["zone_name"] == f"Kommun {code}"
        assert (row["out_total"], row["out_cross"], row["in_total"], row["in_cross"]) == \
            (out_total, out_cross, in_total, in_cross)
        assert row["out_cross_share"] == pytest.approx(out_cross / out_total)
        assert row["in_cross_share"] == pytest.approx(in_cross / in_total)
    assert results["CROSS_SHARE"] == pytest.approx(50 / 630)
    assert results["N_UNMATCHED_IDS"] == 1
    assert results["N_ZONES"] == 4
    assert any("9999" in text for text in feedback.warnings)
    # pair rows: observed flows by direction, θ the same both ways, the ML identity for the pair
    pairs = by(results["OUTPUT_PAIRS"], "region_from", "region_to")
    assert set(pairs) == {("01", "03"), ("03", "01")}
    assert pairs[("01", "03")]["observed"] == 20 and pairs[("03", "01")]["observed"] == 30
    theta = pairs[("01", "03")]["theta"]
    assert pairs[("03", "01")]["theta"] == theta
    assert 50 / (pairs[("01", "03")]["expected"] + pairs[("03", "01")]["expected"]) == pytest.approx(theta)
    for row in pairs.values():
        assert row["border_effect"] == pytest.approx(row["observed"] / row["expected"])
        assert row["beta"] == pytest.approx(results["BETA"])
    assert results["BORDER_EFFECTS"].startswith(f"01-03: {theta:.3f}")
    assert any(text.startswith("Border effect θ per region pair") for text in feedback.infos)
    assert any("50 of 630 commuters (7.9%) cross a region border" in text for text in feedback.infos)


def test_lines_are_the_cross_border_flows_styled_as_flow_lines(run_algorithm, four_csv):
    results = run_algorithm(ALG, four_params(four_csv, MIN_VALUE=6))
    layer = results["OUTPUT_LINES"]
    lines = by(layer, "origin", "destination")
    assert set(lines) == {("0114", "0305"), ("0305", "0115"), ("0360", "0114")}  # 0115→0305/0360 (5) < 6
    assert results["N_LINES"] == 3
    line = lines[("0360", "0114")]
    assert line["value"] == line["flode"] == 20
    assert line["share_of_origin"] == pytest.approx(20 / 280) and line["andel"] == pytest.approx(20 / 280)
    assert line["share_of_destination"] == pytest.approx(20 / 150)
    assert line["crosses"] == "03-01" and line["strukturbild_typ"] == "gransoverskridande_samband"
    assert line["region_from"] == "03" and line["region_to"] == "01" and line["expected"] > 0
    polyline = line.geometry().asPolyline()
    assert (polyline[0].x(), polyline[0].y()) == pytest.approx((35000, 35000))
    assert (polyline[-1].x(), polyline[-1].y()) == pytest.approx((5000, 5000))
    assert layer.crs().authid() == "EPSG:3006"
    renderer = layer.renderer()
    assert renderer.type() == "RuleRenderer"
    assert "Funktionellt samband" in [rule.label() for rule in renderer.rootRule().children()]


# -- a known model, recovered through the adapter -----------------------------------------------------------------

def model_flows(xy, regions, beta, theta, seed=3, cost=None):
    rng = np.random.default_rng(seed)
    n = len(regions)
    cost = bf.centroid_distances_km(xy) if cost is None else cost
    u, v = rng.normal(6.0, 1.0, n), rng.normal(0.0, 1.0, n)
    phi = np.where(regions[:, None] != regions[None, :], np.log(theta), 0.0)
    flows = np.exp(u[:, None] + v[None, :] - beta * cost + phi)
    np.fill_diagonal(flows, rng.uniform(1000, 9000, n))
    return flows


@pytest.fixture
def known_model(tmp_path):
    rng = np.random.default_rng(17)
    regions = np.array(["SE"] * 6 + ["NO"] * 5)
    ids = [f"{k:04d}" for k in range(1, 12)]
    xy = np.column_stack([rng.uniform(400_000, 600_000, 11), rng.uniform(7_000_000, 7_200_000, 11)])
    flows = model_flows(xy, regions, 0.04, 0.35)
    return ids, regions, xy, write_flows(tmp_path / "model.csv", ids, flows)


def test_recovers_a_known_model(run_algorithm, known_model):
    ids, regions, xy, flows = known_model
    results = run_algorithm(ALG, params(point_zones(ids, regions, xy), flows))
    assert results["BETA"] == pytest.approx(0.04, rel=1e-6)
    pairs = by(results["OUTPUT_PAIRS"], "region_from", "region_to")
    for key in (("NO", "SE"), ("SE", "NO")):
        assert pairs[key]["theta"] == pytest.approx(0.35, rel=1e-6)
        assert pairs[key]["border_effect"] == pytest.approx(0.35, rel=1e-6)
    assert results["N_PAIRS"] == 1
    table = by(results["OUTPUT_TABLE"], "zone_id")
    for row in table.values():  # without the border the model expects cross flows / θ
        assert row["out_cross_expected"] == pytest.approx(row["out_cross"] / 0.35, rel=1e-6)


def test_zones_from_layers_in_different_crss(run_algorithm, known_model):
    """Zones in EPSG:3006 and in EPSG:3067 (Finland) give the same answer as one layer in 3006."""
    ids, regions, xy, flows = known_model
    se = point_zones(ids[:6], regions[:6], xy[:6], name="se")
    fi = point_zones(ids[6:], regions[6:], xy[6:], crs="EPSG:3067", name="fi", transform_from="EPSG:3006")
    feedback = RecordingFeedback()
    results = run_algorithm(ALG, params([se, fi], flows), feedback)
    assert results["BETA"] == pytest.approx(0.04, rel=1e-6)
    assert by(results["OUTPUT_PAIRS"], "region_from")["SE"]["theta"] == pytest.approx(0.35, rel=1e-6)
    assert results["OUTPUT_LINES"].crs().authid() == "EPSG:3006"
    assert any("EPSG:3006, EPSG:3067" in text and "reprojected to EPSG:3006" in text for text in feedback.infos)
    # the Finnish layer first: distances in ETRS-TM35FIN, 12° from its central meridian, are ~0.5 % longer
    results = run_algorithm(ALG, params([fi, se], flows))
    assert results["OUTPUT_LINES"].crs().authid() == "EPSG:3067"
    assert results["BETA"] == pytest.approx(0.04, rel=2e-2) and results["BETA"] != pytest.approx(0.04, rel=1e-4)
    # TARGET_CRS chooses
    results = run_algorithm(ALG, params([fi, se], flows, TARGET_CRS="EPSG:3006"))
    assert results["BETA"] == pytest.approx(0.04, rel=1e-6)
    assert results["OUTPUT_LINES"].crs().authid() == "EPSG:3006"


def test_network_time(run_algorithm, tmp_path):
    """Zones on one straight road at 60 km/h: the time in minutes equals the distance in km."""
    x = np.array([0.0, 3000, 7000, 12000, 20000, 26000, 31000, 40000, 47000])
    regions = np.array(["A"] * 4 + ["B"] * 5)
    ids = [f"z{k}" for k in range(len(x))]
    xy = np.column_stack([x + 500_000, np.full(len(x), 6_500_000.0)])
    minutes = np.abs(x[:, None] - x[None, :]) / 1000.0
    flows = write_flows(tmp_path / "road.csv", ids, model_flows(xy, regions, 0.08, 0.5, cost=minutes))
    road = QgsVectorLayer("LineString?crs=EPSG:3006&field=speed:double", "road", "memory")
    feature = QgsFeature(road.fields())
    feature.setAttributes([60.0])
    feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(499_000, 6_500_000), QgsPointXY(548_000, 6_500_000)]))
    road.dataProvider().addFeatures([feature])
    zones = point_zones(ids, regions, xy)
    results = run_algorithm(ALG, params(zones, flows, DISTANCE=1, NETWORK=road, SPEED_FIELD="speed"))
    assert results["BETA"] == pytest.approx(0.08, rel=1e-6)
    assert by(results["OUTPUT_PAIRS"], "region_from")["A"]["theta"] == pytest.approx(0.5, rel=1e-6)
    assert by(results["OUTPUT_PAIRS"], "region_from")["A"]["cost"] == "travel time (minutes)"
    # a zone far from the road stays in the shares but leaves the model, with a warning
    far = point_zones(ids + ["z9"], np.append(regions, "B"), np.vstack([xy, [[520_000, 6_600_000]]]))
    feedback = RecordingFeedback()
    results = run_algorithm(ALG, params(far, flows, DISTANCE=1, NETWORK=road, SPEED_FIELD="speed", MAX_SNAP=1000),
                            feedback)
    assert any("farther than 1000 m" in text and "z9" in text for text in feedback.warnings)
    assert results["BETA"] == pytest.approx(0.08, rel=1e-6)


def test_power_decay_and_geopackage_outputs(run_algorithm, known_model, tmp_path):
    ids, regions, xy, flows = known_model
    outputs = {name: str(tmp_path / f"{name.lower()}.gpkg") for name in ("OUTPUT_TABLE", "OUTPUT_PAIRS",
                                                                          "OUTPUT_LINES")}
    results = run_algorithm(ALG, params(point_zones(ids, regions, xy), flows, DECAY=1, **outputs))
    for name, path in outputs.items():
        assert results[name] == path
        assert QgsVectorLayer(path, name, "ogr").featureCount() > 0
    reopened = QgsVectorLayer(outputs["OUTPUT_LINES"], "lines", "ogr")
    assert reopened.renderer().type() == "RuleRenderer"  # the style is stored in the GeoPackage
    pairs = QgsVectorLayer(outputs["OUTPUT_PAIRS"], "pairs", "ogr")
    assert {f["decay"] for f in pairs.getFeatures()} == {"power"}
    assert math.isfinite(results["BETA"]) and results["BETA"] > 0


def test_geographic_zones_are_measured_in_utm(run_algorithm, known_model):
    ids, regions, xy, flows = known_model
    wgs84 = point_zones(ids, regions, xy, crs="EPSG:4326", name="wgs84", transform_from="EPSG:3006")
    results = run_algorithm(ALG, params(wgs84, flows))
    assert results["OUTPUT_LINES"].crs().authid() == "EPSG:32633"
    # SWEREF 99 TM is the transverse Mercator of UTM zone 33: the same distances
    assert results["BETA"] == pytest.approx(0.04, rel=1e-5)


# -- real data: SSB commuting 2022, Møre og Romsdal (15), Nordland (18), Trøndelag (50) ---------------------------

def test_norway_three_fylker(run_algorithm):
    zones_csv = BORDER_DATA / "no_kommuner_2022_15_18_50.csv"
    od_csv = BORDER_DATA / "no_pendling_2022_15_18_50.csv"
    uri = (f"file://{zones_csv}?type=csv&delimiter=,&xField=lng&yField=lat&crs=EPSG:4326&detectTypes=no"
           "&geomType=point")
    zones = QgsVectorLayer(uri, "no_kommuner", "delimitedtext")
    assert zones.isValid() and zones.featureCount() == 105
    with open(zones_csv, encoding="utf-8") as handle:
        fylke = {row["kommune_code"]: row["fylke"] for row in csv.DictReader(handle)}
    with open(od_csv, encoding="utf-8") as handle:
        flows = [(row["residence_code"], row["workplace_code"], float(row["employed"]))
                 for row in csv.DictReader(handle)]
    total = sum(value for _, _, value in flows)
    cross = sum(value for o, d, value in flows if fylke[o] != fylke[d])
    observed = {}
    for o, d, value in flows:
        if fylke[o] != fylke[d]:
            observed[(fylke[o], fylke[d])] = observed.get((fylke[o], fylke[d]), 0.0) + value

    common = {"ZONES": [zones], "ZONE_ID_FIELD": "kommune_code", "ZONE_NAME_FIELD": "kommune_name",
              "REGION_FIELD": "fylke", "FLOWS": str(od_csv), "ORIGIN_FIELD": "residence_code",
              "DESTINATION_FIELD": "workplace_code", "VALUE_FIELD": "employed", "DISTANCE": 0,
              "TARGET_CRS": "EPSG:25833", "MIN_VALUE": 50, "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
              "OUTPUT_PAIRS": "TEMPORARY_OUTPUT", "OUTPUT_LINES": "TEMPORARY_OUTPUT"}
    exponential = run_algorithm(ALG, {**common, "DECAY": 0})
    feedback = RecordingFeedback()
    results = run_algorithm(ALG, {**common, "DECAY": 1}, feedback)
    # real commuting has a long tail: power decay fits far better than exponential decay
    assert results["DEVIANCE"] < 0.7 * exponential["DEVIANCE"]
    assert results["DISPERSION"] < 0.05 * exponential["DISPERSION"]
    assert 1.0 < results["BETA"] < 4.0  # the usual range of a commuting distance exponent
    assert results["CROSS_SHARE"] == pytest.approx(cross / total)
    assert results["N_UNMATCHED_IDS"] == 0
    pairs = by(results["OUTPUT_PAIRS"], "region_from", "region_to")
    assert set(pairs) == set(observed)
    for key, value in observed.items():
        assert pairs[key]["observed"] == pytest.approx(value)
    # the ML identity per pair, and finite factors with their intervals
    for a, b in (("15", "18"), ("15", "50"), ("18", "50")):
        theta = pairs[(a, b)]["theta"]
        both = (observed[(a, b)] + observed[(b, a)]) / (pairs[(a, b)]["expected"] + pairs[(b, a)]["expected"])
        assert both == pytest.approx(theta, rel=1e-8)
        assert 0 < pairs[(a, b)]["theta_low"] < theta < pairs[(a, b)]["theta_high"]
    # Møre og Romsdal–Trøndelag, neighbours along their whole border: commuting held back by the fylke border
    assert pairs[("15", "50")]["theta_high"] < 1
    table = by(results["OUTPUT_TABLE"], "zone_id")
    trondheim = table["5001"]
    assert trondheim["out_total"] == pytest.approx(sum(value for o, _, value in flows if o == "5001"))
    assert trondheim["in_cross"] == pytest.approx(sum(value for o, d, value in flows
                                                      if d == "5001" and fylke[o] != "50"))
    assert trondheim["region_id"] == "50" and trondheim["zone_name"] == "Trondheim"
    lines = list(results["OUTPUT_LINES"].getFeatures())
    assert results["N_LINES"] == len(lines) == sum(1 for o, d, v in flows if fylke[o] != fylke[d] and v >= 50)
    assert results["OUTPUT_LINES"].crs().authid() == "EPSG:25833"
    assert any(text.startswith("Border effect θ per region pair") for text in feedback.infos)


# -- outputs and cancel -------------------------------------------------------------------------------------------

def test_post_processor_styles_the_loaded_lines(processing_provider, four_csv):
    from strukturbild.processing_algorithms.border.borderflows import BorderFlows

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    algorithm = BorderFlows()
    algorithm.initAlgorithm()
    parameters = four_params(four_csv, OUTPUT_LINES=QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project))
    results, ok = algorithm.run(parameters, context, QgsProcessingFeedback())
    assert ok
    processor = context.layerToLoadOnCompletionDetails(results["OUTPUT_LINES"]).postProcessor()
    plain = QgsVectorLayer("LineString?crs=EPSG:3006&field=flode:double&field=andel:double", "plain", "memory")
    processor.postProcessLayer(plain, context, QgsProcessingFeedback())
    assert plain.renderer().type() == "RuleRenderer"
    del project


@pytest.mark.parametrize("cancel_at", [0, 15, 70])
def test_cancelled_run_writes_no_output(run_algorithm, known_model, tmp_path, cancel_at):
    ids, regions, xy, flows = known_model
    outputs = {name: str(tmp_path / f"{name.lower()}.gpkg") for name in ("OUTPUT_TABLE", "OUTPUT_PAIRS",
                                                                          "OUTPUT_LINES")}
    feedback = RecordingFeedback(cancel_at=cancel_at)
    if cancel_at == 0:
        feedback.cancel()
    results = run_algorithm(ALG, params(point_zones(ids, regions, xy), flows, **outputs), feedback)
    assert "BETA" not in results
    assert not list(tmp_path.glob("*.gpkg"))


# -- bad input: clear messages, never a traceback ------------------------------------------------------------------

def refused(run_algorithm, parameters, pattern):
    with pytest.raises(QgsProcessingException, match=pattern) as error:
        run_algorithm(ALG, parameters)
    assert "Traceback" not in str(error.value)


def test_bad_fields_are_named(run_algorithm, four_csv):
    refused(run_algorithm, four_params(four_csv, REGION_FIELD="lan"), r"'testkommuner' has no field 'lan'.*region")
    refused(run_algorithm, four_params(four_csv, ZONE_ID_FIELD="code"), r"no field 'code'.*kod, namn, region")
    refused(run_algorithm, four_params(four_csv, VALUE_FIELD="n"), r"pendling.*'n'")


def test_zone_without_region(run_algorithm, four_csv):
    zones = polygon_zones({**FOUR, "0380": ("", (60000, 0))})
    refused(run_algorithm, four_params(four_csv, ZONES=[zones]), r"1 zone\(s\) have no value in the region field "
                                                                 r"'region' \(e.g. 0380\)")


def test_duplicated_ids_across_layers(run_algorithm, four_csv):
    other = polygon_zones({"0114": ("01", (90000, 0))}, crs="EPSG:3006", name="andra")
    refused(run_algorithm, four_params(four_csv, ZONES=[polygon_zones(), other]),
            r"zone id 0114 occurs twice \(in 'testkommuner' and 'andra'\)")


def test_one_region(run_algorithm, four_csv):
    zones = polygon_zones({code: ("01", xy) for code, (_, xy) in FOUR.items()})
    refused(run_algorithm, four_params(four_csv, ZONES=[zones]), r"All zones are in one region \(01\)")


def test_ids_not_found(run_algorithm, tmp_path):
    flows = tmp_path / "other.csv"
    flows.write_text("bostad;arbetsstalle;antal\n1280;1281;10\n1281;1280;5\n", encoding="utf-8")
    refused(run_algorithm, four_params(flows), r"Flow table 'other'.*no OD row matches the zones")


def test_crs_problems(run_algorithm, four_csv):
    refused(run_algorithm, four_params(four_csv, TARGET_CRS="EPSG:4326"), r"TARGET_CRS.*geographic CRS")
    no_crs = polygon_zones(name="utan_crs")
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    refused(run_algorithm, four_params(four_csv, ZONES=[no_crs]), r"'utan_crs' has no coordinate reference system")


def test_network_time_without_network(run_algorithm, four_csv):
    refused(run_algorithm, four_params(four_csv, DISTANCE=1), r"needs a road network \(NETWORK\)")


def test_region_of_a_single_zone_is_explained(run_algorithm, four_csv):
    zones = polygon_zones({"0114": ("01", (0, 0)), "0115": ("01", (20000, 0)), "0305": ("03", (0, 20000)),
                           "0360": ("04", (30000, 30000))})
    refused(run_algorithm, four_params(four_csv, ZONES=[zones]),
            r"cannot be fitted: no one commutes between two different zones of region\(s\) 03, 04")


def test_the_zone_table_carries_the_zone_shapes_for_maps_and_area_profiles(run_algorithm, four_csv, tmp_path):
    """With polygon zones the table is a polygon layer, styled on the out-commuting share, and areaprofile takes it
    as its COMMUTING layer as it is: an area holding zones 0114 and 0115 gets (10 + 10) / (130 + 90)."""
    table_path = str(tmp_path / "table.gpkg")
    run_algorithm(ALG, four_params(four_csv, OUTPUT_TABLE=table_path))
    table = QgsVectorLayer(table_path, "table", "ogr")
    assert table.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry and table.featureCount() == 4
    renderer = table.renderer().clone()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "out_cross_share"
    zones = polygon_zones()
    area = QgsVectorLayer("Polygon?crs=EPSG:3006&field=namn:string", "area", "memory")
    feature = QgsFeature(area.fields())
    feature.setAttributes(["01"])
    feature.setGeometry(QgsGeometry.unaryUnion([f.geometry() for f in zones.getFeatures()
                                                if f["kod"] in ("0114", "0115")]).buffer(1, 4))
    area.dataProvider().addFeatures([feature])
    people = QgsVectorLayer("Point?crs=EPSG:3006&field=pop:double", "people", "memory")
    for zone in zones.getFeatures():
        person = QgsFeature(people.fields())
        person.setAttributes([100.0])
        person.setGeometry(zone.geometry().pointOnSurface())
        people.dataProvider().addFeatures([person])
    profile = run_algorithm("strukturbild:areaprofile", {
        "AREAS": area, "AREA_ID_FIELD": "namn", "POPULATION": people, "POPULATION_FIELD": "pop", "TATORTER": people,
        "TATORT_POPULATION_FIELD": "pop", "TOWN_SIZES": "50", "COMMUTING": table_path, "OUTPUT": "TEMPORARY_OUTPUT"})
    row = next(profile["OUTPUT"].getFeatures())
    assert row["cross_share"] == pytest.approx(20 / 220)
