"""strukturbild:borderaccess end to end on a hand-made two-region case (the numbers are worked out in
tests/test_borderaccess_method.py's road_case): over a road, estimated without one, with regions in degrees, with
zone summaries, and bad input."""

import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)
from test_traveltime import X0, Y0, points, roads

ROAD = [([(-10, 0), (10, 0)], [60.0, None])]
# D3 at +9 km lies outside both regions (abroad); O4 at −9 km outside the selection
DESTINATIONS = [("D0", (-6, 0), 10, 0), ("D1", (1, 0), 20, 0), ("D2", (4, 0), 30, 0), ("D3", (9, 0), 40, 0)]
ORIGINS = [("O0", (-0.5, 0), 0, 1), ("O1", (-3, 0), 0, 1), ("O2", (2, 0), 0, 100), ("O3", (8, 0), 0, 300),
           ("O4", (-9, 0), 0, 1)]


def polygons(name, rows, crs="EPSG:3006"):
    """rows: [(id, (xmin, xmax) in km)], 10 km tall around the road."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=kod:string", name, "memory")
    features = []
    for code, (x0, x1) in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + x0 * 1000, Y0 - 5000, X0 + x1 * 1000, Y0 + 5000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    if crs != "EPSG:3006":
        layer = processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs,
                                                         "OUTPUT": "memory:"})["OUTPUT"]
    return layer


def regions(crs="EPSG:3006"):
    return polygons("regions", [("W", (-8, 0)), ("E", (0, 8.5))], crs)


def run(tmp_path, **parameters):
    parameters.setdefault("REGIONS", [regions()])
    parameters.setdefault("REGION_ID_FIELD", "kod")
    parameters.setdefault("ORIGINS", points("o", ORIGINS))
    parameters.setdefault("DESTINATIONS", points("d", DESTINATIONS))
    parameters.setdefault("DESTINATION_ID_FIELD", "name")
    parameters.setdefault("OUTPUT", str(tmp_path / "access.gpkg"))
    result = processing.run("strukturbild:borderaccess", parameters)
    layer = QgsVectorLayer(str(tmp_path / "access.gpkg"), "a", "ogr")
    return result, {f["name"]: f for f in layer.getFeatures()}


def values(rows, field, names=("O0", "O1", "O2", "O3")):
    return [rows[name][field] for name in names]


@pytest.mark.parametrize("how", ["network", "estimate", "regions in degrees"])
def test_nearest_own_and_all(processing_provider, tmp_path, how):
    extra = dict(NETWORK=roads(ROAD), SPEED_FIELD="speed", MAX_SNAP=50)
    if how == "estimate":
        extra = dict(DEFAULT_SPEED=60, DETOUR_FACTOR=1.0)
    elif how == "regions in degrees":
        extra["REGIONS"] = [regions("EPSG:4326")]
    result, rows = run(tmp_path, MEASURE=0, **extra)
    assert values(rows, "region_id") == ["W", "W", "E", "E"]
    assert values(rows, "time_own") == pytest.approx([5.5, 3, 1, 4], rel=1e-6)
    assert values(rows, "time_all") == pytest.approx([1.5, 3, 1, 1], rel=1e-6)
    assert values(rows, "time_gain") == pytest.approx([4, 0, 0, 3], abs=1e-5)
    assert values(rows, "nearest_own_id") == ["D0", "D0", "D1", "D2"]
    assert values(rows, "nearest_all_id") == ["D1", "D0", "D1", "D3"]
    assert values(rows, "nearest_across") == [1, 0, 0, 1]
    assert rows["O4"]["region_id"] is None or str(rows["O4"]["region_id"]) == "NULL"
    assert str(rows["O4"]["time_gain"]) == "NULL"
    assert result["N_ORIGINS"] == 4 and result["N_ACROSS"] == 2
    assert result["MEAN_GAIN"] == pytest.approx(7 / 4, rel=1e-6)
    method = rows["O0"]["access_method"]
    assert ("estimate" in method) == (how == "estimate")


def test_opportunities_and_zone_summaries(processing_provider, tmp_path):
    zones = polygons("zones", [("band", (-1, 1)), ("east", (1, 8.5))])
    result, rows = run(tmp_path, NETWORK=roads(ROAD), SPEED_FIELD="speed", MEASURE=1, THRESHOLD=5,
                       DESTINATION_WEIGHT_FIELD="weight", ORIGIN_WEIGHT_FIELD="pop", ZONES=zones,
                       OUTPUT_ZONES=str(tmp_path / "zones.gpkg"))
    assert values(rows, "opp_own") == pytest.approx([0, 10, 50, 30])
    assert values(rows, "opp_all") == pytest.approx([50, 30, 50, 70])
    assert values(rows, "opp_gain") == pytest.approx([50, 20, 0, 40])
    summary = {f["kod"]: f for f in QgsVectorLayer(str(tmp_path / "zones.gpkg"), "z", "ogr").getFeatures()}
    assert summary["band"]["n_origins"] == 1 and summary["band"]["gain_mean"] == pytest.approx(50)
    # east: O2 (weight 100, gain 0) and O3 (300, gain 40)
    east = summary["east"]
    assert east["n_origins"] == 2 and east["weight"] == 400
    assert east["own_mean"] == pytest.approx((50 * 100 + 30 * 300) / 400)
    assert east["all_mean"] == pytest.approx((50 * 100 + 70 * 300) / 400)
    assert east["gain_mean"] == pytest.approx(30) and east["gain_max"] == pytest.approx(40)
    assert str(east["across_share"]) == "NULL"  # a nearest-destination figure only


def test_zone_summary_of_nearest_times(processing_provider, tmp_path):
    zones = polygons("zones", [("band", (-1, 1)), ("east", (1, 8.5))])
    run(tmp_path, NETWORK=roads(ROAD), SPEED_FIELD="speed", MEASURE=0, ORIGIN_WEIGHT_FIELD="pop", ZONES=zones,
        OUTPUT_ZONES=str(tmp_path / "zones.gpkg"))
    east = {f["kod"]: f for f in QgsVectorLayer(str(tmp_path / "zones.gpkg"), "z", "ogr").getFeatures()}["east"]
    assert east["own_mean"] == pytest.approx(3.25) and east["all_mean"] == pytest.approx(1.0)
    assert east["gain_mean"] == pytest.approx(2.25) and east["across_share"] == pytest.approx(0.75)


def test_bad_input(processing_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="not found"):
        run(tmp_path, SELECTION="W,X")
    with pytest.raises(QgsProcessingException, match="No origin"):
        run(tmp_path, ORIGINS=points("o", [("far", (50, 0), 0, 0)]))
    with pytest.raises(QgsProcessingException, match="no features with a geometry"):
        run(tmp_path, DESTINATIONS=points("d", []))
    with pytest.raises(QgsProcessingException, match="REGION_ID_FIELD"):
        run(tmp_path, REGION_ID_FIELD="namn")


def test_one_way_codes_and_cut_off_roads(processing_provider, tmp_path):
    """The same one-way reading and attach rule as traveltime: the road coded TF may only be driven westwards,
    and a piece of road cut off from the rest never captures an origin."""
    # the road is digitised west → east and coded TF: every destination east of an origin is out of reach
    road = [([(-10, 0), (10, 0)], [60.0, "TF"]), ([(-0.55, 0.3), (-0.45, 0.3)], [60.0, None])]
    result, rows = run(tmp_path, NETWORK=roads(road), SPEED_FIELD="speed", MEASURE=0, MAX_SNAP=400,
                       ORIGINS=points("o", [("O0", (-0.5, 0.35), 0, 1), ("O2", (2, 0), 0, 1)]))
    # O0: 50 m from the cut-off piece, 350 m from the road: attached to the road (4.2 min on foot), then west to
    # D0 at −6 km (5.5 min); D1 at +1 km lies eastwards, against the one-way direction
    assert rows["O0"]["time_all"] == pytest.approx(350 * 0.06 / 5 + 5.5, rel=1e-6)
    assert rows["O0"]["nearest_all_id"] == "D0"
    # O2 (E): its own region's destinations D1 (west of it, 1 min) and D2 (east, unreachable)
    assert rows["O2"]["time_own"] == pytest.approx(1.0, rel=1e-6) and rows["O2"]["nearest_own_id"] == "D1"
