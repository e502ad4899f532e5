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


def run_logged(tmp_path, **parameters):
    """run() with the log's warnings and infos."""
    import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings, self.infos = [], []

        def pushWarning(self, text):
            self.warnings.append(text)
            super().pushWarning(text)

        def pushInfo(self, text):
            self.infos.append(text)
            super().pushInfo(text)

    feedback = Feedback()
    parameters.setdefault("OUTPUT", str(tmp_path / "access.gpkg"))
    result = processing.run("strukturbild:traveltime", parameters, feedback=feedback)
    layer = QgsVectorLayer(f"{tmp_path / 'access.gpkg'}|layername=access", "a", "ogr")
    return result, {f["name"]: f for f in layer.getFeatures()}, feedback


def test_a_fragment_never_captures_an_origin(processing_provider, tmp_path):
    # the main road (10 km, 60 km/h) with the destination at its west end; a 100 m piece of road 50 m north of
    # 'near fragment', touching nothing (as OSM service roads cut off at an extract's edge)
    network = roads([([(0, 0), (10, 0)], [60.0, None]), ([(4.95, 0.2), (5.05, 0.2)], [30.0, None])])
    origins = points("o", [("near fragment", (5, 0.25), 0, 0), ("only fragment", (5, 0.45), 0, 0),
                           ("on road", (3, 0), 0, 0)])
    destinations = points("d", [("west", (0, 0), 1, 0)])
    result, rows, log = run_logged(tmp_path, NETWORK=network, SPEED_FIELD="speed", ORIGINS=origins,
                                   DESTINATIONS=destinations, DESTINATION_ID_FIELD="name", MEASURE=0, MAX_SNAP=300)
    # 50 m to the fragment, 250 m to the road: attached to the road (250 m at 5 km/h = 3 min, then 5 km)
    assert rows["near fragment"]["time_min"] == pytest.approx(3.0 + 5.0)
    assert rows["near fragment"]["nearest_id"] == "west"
    # 250 m to the fragment, 450 m to the road: nothing that reaches a destination within 300 m
    assert str(rows["only fragment"]["time_min"]) == "NULL"
    assert rows["on road"]["time_min"] == pytest.approx(3.0)
    assert result["N_ATTACHED_FARTHER"] == 1 and result["N_WITHOUT_DESTINATION"] == 1
    assert result["N_UNATTACHED"] == 0
    assert any(w.startswith("1 origin(s) lie nearest to a road cut off from every destination") and "200 m" in w
               for w in log.warnings)
    assert any(w.startswith("1 origin(s) have roads within 300 m only in parts of the network cut off")
               for w in log.warnings)


def test_linkoping_demo_grid_every_reachable_cell_gets_a_time(processing_provider, tmp_path):
    """The demo run of the Makefile (demo-linkoping): a 200 m grid over central Linköping's OSM ways, MAX_SNAP 150.
    It gave 23 cells NULL whose nearest road was a fragment cut off from Stora torget; now every cell with a road
    of Stora torget's part within 150 m gets a time, and the log says how many went past a nearer fragment."""
    import numpy as np
    import processing
    from conftest import DEMO_DATA
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
    from test_attach_rule import distances, parts_of, segments

    roads_path = str(DEMO_DATA / "linkoping_osm.gpkg")
    centre = str(DEMO_DATA / "linkoping_centrum.geojson")
    grid = processing.run("native:creategrid", dict(TYPE=2, EXTENT=roads_path, HSPACING=200, VSPACING=200,
                                                    HOVERLAY=0, VOVERLAY=0, CRS="EPSG:3006",
                                                    OUTPUT="TEMPORARY_OUTPUT"))["OUTPUT"]
    cells = [(f["id"], f.geometry().pointOnSurface().asPoint()) for f in grid.getFeatures()]
    assert len(cells) == 580
    out = tmp_path / "restid.gpkg"
    result = processing.run("strukturbild:traveltime", dict(
        NETWORK=roads_path, DEFAULT_SPEED=20, DESTINATIONS=centre, DESTINATION_ID_FIELD="namn", ORIGINS=grid,
        MEASURE=0, MAX_SNAP=150, OUTPUT=str(out)))
    times = {f["id"]: f["time_min"] for f in QgsVectorLayer(str(out), "r", "ogr").getFeatures()}

    # oracle: the road layer's parts (lines sharing a vertex) and brute-force distances from every cell centre
    layer = QgsVectorLayer(roads_path, "roads", "ogr")
    lines = [np.array([(p.x(), p.y()) for p in part]) for f in layer.getFeatures()
             for part in (f.geometry().asMultiPolyline() if f.geometry().isMultipart()
                          else [f.geometry().asPolyline()])]
    a, b, line_of = segments(lines)
    part = np.array(parts_of(lines))[line_of]
    stora_torget = next(QgsVectorLayer(centre, "c", "ogr").getFeatures()).geometry()
    stora_torget.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                                  QgsCoordinateReferenceSystem("EPSG:3006"), QgsProject.instance()))
    destination = np.array([[stora_torget.asPoint().x(), stora_torget.asPoint().y()]])
    reaching = part == part[distances(destination, a, b).argmin()]
    xy = np.array([(p.x(), p.y()) for _, p in cells])
    nearest_any, nearest_reaching = np.empty(len(xy)), np.empty(len(xy))
    for k in range(0, len(xy), 50):
        d = distances(xy[k:k + 50], a, b)
        nearest_any[k:k + 50] = d.min(1)
        nearest_reaching[k:k + 50] = np.where(reaching, d, np.inf).min(1)
    near_road = nearest_any <= 150
    # the 23 cells of the old run: a road within 150 m, the nearest one in a fragment
    fragment_nearest = near_road & (nearest_reaching > nearest_any)
    assert fragment_nearest.sum() == 23
    has_time = np.array([times[cell_id] is not None and str(times[cell_id]) != "NULL" for cell_id, _ in cells])
    np.testing.assert_array_equal(has_time, nearest_reaching <= 150)
    farther = int((fragment_nearest & (nearest_reaching <= 150)).sum())
    assert farther > 0 and result["N_ATTACHED_FARTHER"] == farther
    assert result["N_WITHOUT_DESTINATION"] == int((near_road & (nearest_reaching > 150)).sum())
    assert result["N_UNATTACHED"] == int((~near_road).sum())


def test_bad_networks_and_unreachable_origins_are_explained(processing_provider, tmp_path):
    destinations = points("d", [("x", (1, 0), 1, 0)])
    origins = points("o", [("a", (0, 0), 0, 0)])
    # every line of zero length: no road after reading
    flat = roads([([(0, 0), (0, 0)], [60.0, None]), ([(1, 0), (1, 0)], [60.0, None])])
    # Processing's default stops on the first invalid (zero-length) line, naming it ...
    with pytest.raises(QgsProcessingException, match="Feature 1 of the layer 'roads' .*Too few points"):
        run(tmp_path, NETWORK=flat, SPEED_FIELD="speed", ORIGINS=origins, DESTINATIONS=destinations)
    # ... and with invalid features not checked, the reader finds no road at all
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingFeedback

    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    with pytest.raises(QgsProcessingException, match="has no usable road after reading"):
        processing.run("strukturbild:traveltime", {
            "NETWORK": flat, "SPEED_FIELD": "speed", "ORIGINS": origins, "DESTINATIONS": destinations,
            "OUTPUT": str(tmp_path / "access.gpkg")}, context=context, feedback=QgsProcessingFeedback())
    # every line closed in both directions
    closed = roads([([(0, 0), (2, 0)], [60.0, "N"])])
    with pytest.raises(QgsProcessingException, match="closed in both directions"):
        run(tmp_path, NETWORK=closed, SPEED_FIELD="speed", ORIGINS=origins, DESTINATIONS=destinations)
    network = roads([([(0, 0), (2, 0)], [60.0, None]), ([(0, 5), (2, 5)], [60.0, None])])
    with pytest.raises(QgsProcessingException, match="No destination of 'd' lies within 100 m"):
        run(tmp_path, NETWORK=network, SPEED_FIELD="speed", ORIGINS=origins, MAX_SNAP=100,
            DESTINATIONS=points("d", [("x", (1, 2), 1, 0)]))
    # the only origin sits by a road cut off from the destination
    with pytest.raises(QgsProcessingException, match=r"None of the 1 origins of 'o' .*\(1 of them are near roads "
                                                     r"cut off"):
        run(tmp_path, NETWORK=network, SPEED_FIELD="speed", MAX_SNAP=100, DESTINATIONS=destinations,
            ORIGINS=points("o", [("a", (1, 5.05), 0, 0)]))
