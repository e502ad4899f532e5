"""strukturbild:traveltime on hand-made road networks, and the straight-line estimate."""

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

X0, Y0 = 500_000.0, 6_500_000.0


def roads(rows, fields="speed:double&field=oneway:string"):
    """rows: [(vertices in km from (X0, Y0), attributes)]"""
    layer = QgsVectorLayer(f"LineString?crs=EPSG:3006&field={fields}", "roads", "memory")
    features = []
    for vertices, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(attributes))
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x * 1000, Y0 + y * 1000)
                                                        for x, y in vertices]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def points(name, coordinates, fields="name:string&field=weight:double&field=pop:double"):
    layer = QgsVectorLayer(f"Point?crs=EPSG:3006&field={fields}", name, "memory")
    features = []
    for label, (x, y), weight, pop in coordinates:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([label, weight, pop])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + x * 1000, Y0 + y * 1000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run(tmp_path, **parameters):
    import processing

    parameters.setdefault("OUTPUT", str(tmp_path / "access.gpkg"))
    result = processing.run("strukturbild:traveltime", parameters)
    layer = QgsVectorLayer(f"{tmp_path / 'access.gpkg'}|layername=access", "a", "ogr")
    return result, {f["name"]: f for f in layer.getFeatures()}


def test_nearest_on_a_straight_road(processing_provider, tmp_path):
    # a 10 km road at 60 km/h (1 min per km)
    network = roads([([(0, 0), (5, 0)], [60.0, None]), ([(5, 0), (10, 0)], [60.0, None])])
    origins = points("o", [("on road", (1, 0), 0, 0), ("off road", (2, 0.1), 0, 0), ("far", (5, 5), 0, 0)])
    destinations = points("d", [("east", (7, 0), 1, 0), ("west", (-3, 0), 1, 0)])
    result, rows = run(tmp_path, NETWORK=network, SPEED_FIELD="speed", ORIGINS=origins, DESTINATIONS=destinations,
                       DESTINATION_ID_FIELD="name", MEASURE=0, MAX_SNAP=500)
    assert rows["on road"]["time_min"] == pytest.approx(6.0)
    assert rows["on road"]["nearest_id"] == "east"
    # 100 m access at 5 km/h = 1.2 min, then 5 km to 'east'
    assert rows["off road"]["time_min"] == pytest.approx(1.2 + 5.0)
    assert rows["far"]["time_min"] is None or str(rows["far"]["time_min"]) == "NULL"
    # 'west' is 3 km off the road's end: farther than MAX_SNAP, left out
    assert result["N_UNATTACHED"] == 1 and result["N_ORIGINS"] == 3
    assert rows["on road"]["access_method"] == "road network"


def test_oneway_forces_the_long_way_round(processing_provider, tmp_path):
    # a triangle: the direct edge A→B is one-way B→A, so A→B goes round via C (2 + 2 km at 60 km/h)
    network = roads([([(0, 0), (2, 0)], [60.0, "-1"]), ([(2, 0), (1, 1.7320508)], [60.0, None]),
                     ([(1, 1.7320508), (0, 0)], [60.0, None])])
    origins = points("o", [("A", (0, 0), 0, 0)])
    destinations = points("d", [("B", (2, 0), 1, 0)])
    _, rows = run(tmp_path, NETWORK=network, SPEED_FIELD="speed", ONEWAY_FIELD="oneway", ORIGINS=origins,
                  DESTINATIONS=destinations, MEASURE=0)
    assert rows["A"]["time_min"] == pytest.approx(4.0, rel=1e-6)


def test_opportunities_gravity_and_2sfca(processing_provider, tmp_path):
    network = roads([([(0, 0), (10, 0)], [60.0, None])])
    origins = points("o", [("a", (0, 0), 0, 100), ("b", (10, 0), 0, 300)])
    destinations = points("d", [("near a", (2, 0), 10, 0), ("mid", (6, 0), 20, 0)])
    common = dict(NETWORK=network, SPEED_FIELD="speed", ORIGINS=origins, DESTINATIONS=destinations,
                  DESTINATION_WEIGHT_FIELD="weight")
    _, rows = run(tmp_path, MEASURE=1, THRESHOLD=5, **common)
    assert rows["a"]["opportunities"] == 10 and rows["b"]["opportunities"] == 20
    out = tmp_path / "g"
    out.mkdir()
    _, rows = run(out, MEASURE=2, BETA=0.1, **common)
    import math

    assert rows["a"]["gravity"] == pytest.approx(10 * math.exp(-0.2) + 20 * math.exp(-0.6))
    out = tmp_path / "f"
    out.mkdir()
    _, rows = run(out, MEASURE=3, THRESHOLD=5, DEMAND_FIELD="pop", **common)
    # 'near a' serves a only: R = 10 / 100; 'mid' (4 min from b, 6 from a) serves b only: R = 20 / 300
    assert rows["a"]["fca"] == pytest.approx(0.1) and rows["b"]["fca"] == pytest.approx(20 / 300)


def test_straight_line_estimate_without_network(processing_provider, tmp_path):
    origins = points("o", [("a", (0, 0), 0, 0)])
    destinations = points("d", [("x", (3, 4), 1, 0)])
    _, rows = run(tmp_path, ORIGINS=origins, DESTINATIONS=destinations, MEASURE=0, DETOUR_FACTOR=1.3,
                  DEFAULT_SPEED=50)
    assert rows["a"]["time_min"] == pytest.approx(7.8)
    assert "estimate" in rows["a"]["access_method"]
    with pytest.raises(QgsProcessingException, match="NETWORK"):
        run(tmp_path, ORIGINS=origins, DESTINATIONS=destinations, MEASURE=2)


def test_bad_speeds_fall_back_and_empty_destinations_are_refused(processing_provider, tmp_path):
    network = roads([([(0, 0), (10, 0)], [0.0, None])])
    origins = points("o", [("a", (0, 0), 0, 0)])
    destinations = points("d", [("x", (6, 0), 1, 0)])
    _, rows = run(tmp_path, NETWORK=network, SPEED_FIELD="speed", DEFAULT_SPEED=30, ORIGINS=origins,
                  DESTINATIONS=destinations)
    assert rows["a"]["time_min"] == pytest.approx(12.0)  # 6 km at the default 30 km/h
    with pytest.raises(QgsProcessingException, match="destinations"):
        run(tmp_path, NETWORK=network, ORIGINS=origins, DESTINATIONS=points("d", []))
