"""strukturbild:ruraltypology on a hand-made strip: tätort, tätortsnära landsbygd and glesbygd by travel time."""

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer
from test_traveltime import X0, Y0, points, roads


def cells(n=12):
    """1 km cells along a road from (0, 0) to (n, 0) km, with 100 inhabitants each."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=cell:integer&field=pop:double", "cells", "memory")
    features = []
    for k in range(n):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([k, 100.0])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + k * 1000, Y0 - 500, X0 + (k + 1) * 1000, Y0 + 500)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run(tmp_path, **parameters):
    import processing

    parameters.setdefault("OUTPUT", str(tmp_path / "typology.gpkg"))
    result = processing.run("strukturbild:ruraltypology", parameters)
    rows = {f["cell"]: f for f in QgsVectorLayer(f"{tmp_path / 'typology.gpkg'}|layername=typology", "t",
                                                  "ogr").getFeatures()}
    return result, rows


def test_classes_by_network_time(processing_provider, tmp_path):
    # a 12 km road at 60 km/h (1 min per km); a town of 5,000 at x = 0.5 km and a village of 800 at x = 9.5 km
    network = roads([([(0, 0), (12, 0)], [60.0, None])])
    towns = points("tatorter", [("Stad", (0.5, 0), 5000, 0), ("By", (9.5, 0), 800, 0)],
                   fields="name:string&field=pop:double&field=unused:double")
    areas = QgsVectorLayer("Polygon?crs=EPSG:3006&field=kommun:string", "kommuner", "memory")
    west, east = QgsFeature(areas.fields()), QgsFeature(areas.fields())
    west.setAttributes(["west"])
    west.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0, Y0 - 500, X0 + 6000, Y0 + 500)))
    east.setAttributes(["east"])
    east.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + 6000, Y0 - 500, X0 + 12000, Y0 + 500)))
    areas.dataProvider().addFeatures([west, east])
    _, rows = run(tmp_path, INPUT=cells(), POPULATION_FIELD="pop", TATORTER=towns, TATORT_POPULATION_FIELD="pop",
                  TOWN_SIZE=3000, MINUTES=5, NETWORK=network, SPEED_FIELD="speed", AREAS=areas,
                  OUTPUT_AREAS=str(tmp_path / "areas.gpkg"))
    # cell 0 holds the town; cells whose centre is ≤ 5 min (5 km) from x = 0.5: centres 1.5 … 5.5 → cells 1–5
    assert rows[0]["klass"] == "tatort"
    assert [rows[k]["klass"] for k in range(1, 6)] == ["tatortsnara_landsbygd"] * 5
    assert [rows[k]["klass"] for k in range(6, 12)] == ["glesbygd"] * 6  # the village is below TOWN_SIZE
    assert rows[3]["time_min"] == pytest.approx(3.0)
    shares = {f["kommun"]: f for f in QgsVectorLayer(f"{tmp_path / 'areas.gpkg'}|layername=areas", "a",
                                                      "ogr").getFeatures()}
    assert shares["west"]["share_tatort"] == pytest.approx(1 / 6)
    assert shares["west"]["share_tatortsnara_landsbygd"] == pytest.approx(5 / 6)
    assert shares["east"]["share_glesbygd"] == pytest.approx(1.0)


def test_estimate_without_network(processing_provider, tmp_path):
    towns = points("tatorter", [("Stad", (0.5, 0), 5000, 0)], fields="name:string&field=pop:double&field=u:double")
    _, rows = run(tmp_path, INPUT=cells(4), TATORTER=towns, TATORT_POPULATION_FIELD="pop", MINUTES=2,
                  DEFAULT_SPEED=60, DETOUR_FACTOR=1.0)
    assert rows[0]["klass"] == "tatort"
    assert rows[2]["klass"] == "tatortsnara_landsbygd" and rows[3]["klass"] == "glesbygd"  # 2 km vs 3 km
    assert "estimate" in rows[1]["access_method"]
