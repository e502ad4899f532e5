"""Strukturbild works in metres always (issue 10 §4): a projected CRS in feet (EPSG:2263, New York Long Island,
US survey feet) is reprojected to metres like a geographic one, and said so; where reprojecting is not possible
(a grid's cells, a CRS the user chose) it is refused with a message naming the unit.

Oracle: the same data in metres (UTM 18N, EPSG:32618, the zone the plugin picks for New York) give the numbers; the
feet copy is made by QGIS's own reprojection, so a bug that took feet as metres would be off by 3.28 (distances)
or 10.76 (areas)."""

import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

FEET = QgsCoordinateReferenceSystem("EPSG:2263")
UTM = "EPSG:32618"
X0, Y0 = 585_000.0, 4_511_000.0  # Manhattan in UTM 18N


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):
        self.lines.append(warning)
        super().pushWarning(warning)


def layer_in_metres(kind, fields, rows):
    """rows: (attributes, geometry WKT in km from (X0, Y0) as a function of the origin)."""
    layer = QgsVectorLayer(f"{kind}?crs={UTM}&{fields}", "metres", "memory")
    features = []
    for attributes, geometry in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(attributes))
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def in_feet(layer):
    """A copy of ``layer`` reprojected to EPSG:2263 (US survey feet) by QGIS."""
    uri = {0: "Point", 1: "LineString", 2: "Polygon"}[int(layer.geometryType())]
    fields = "&".join(f"field={f.name()}:{'double' if f.isNumeric() else 'string'}" for f in layer.fields())
    copy = QgsVectorLayer(f"{uri}?crs=EPSG:2263&{fields}", "feet", "memory")
    transform = QgsCoordinateTransform(layer.crs(), FEET, QgsProject.instance())
    features = []
    for feature in layer.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        out = QgsFeature(copy.fields())
        out.setAttributes(feature.attributes())
        out.setGeometry(geometry)
        features.append(out)
    copy.dataProvider().addFeatures(features)
    assert copy.crs().mapUnits() != layer.crs().mapUnits()
    return copy


def square(x_km, y_km, size_km):
    return QgsGeometry.fromRect(QgsRectangle(X0 + x_km * 1000, Y0 + y_km * 1000, X0 + (x_km + size_km) * 1000,
                                             Y0 + (y_km + size_km) * 1000))


def point(x_km, y_km):
    return QgsGeometry.fromPointXY(QgsPointXY(X0 + x_km * 1000, Y0 + y_km * 1000))


def test_habitat_network_in_feet_equals_metres(processing_provider, tmp_path):
    patches = layer_in_metres("Polygon", "field=patch:string", [
        (["a"], square(0, 0, 1)), (["b"], square(3, 0, 1)), (["c"], square(0, 4, 2)), (["d"], square(9, 9, 0.5))])
    results = {}
    for name, layer in (("m", patches), ("ft", in_feet(patches))):
        log = Log()
        result = processing.run("strukturbild:habitatnetwork", {
            "PATCHES": layer, "PATCH_ID_FIELD": "patch", "DISTANCE": 2000, "PROBABILITY": 0.5,
            "MIN_PROBABILITY": 0.0001, "OUTPUT_PATCHES": str(tmp_path / f"patches_{name}.gpkg"),
            "OUTPUT_LINKS": str(tmp_path / f"links_{name}.gpkg")}, feedback=log)
        links = QgsVectorLayer(str(tmp_path / f"links_{name}.gpkg"), "l", "ogr")
        distances = {(f["from_id"], f["to_id"]): f["distance"] for f in links.getFeatures()}
        results[name] = (result, distances, log.lines)
    metres, feet = results["m"], results["ft"]
    # hand-worked: a and b are 2 km apart edge to edge, a and c 3 km
    assert metres[1][("a", "b")] == pytest.approx(2000.0, abs=1e-6)
    assert feet[1][("a", "b")] == pytest.approx(2000.0, rel=1e-6)
    assert feet[1][("a", "c")] == pytest.approx(metres[1][("a", "c")], rel=1e-6)
    assert feet[0]["PC_NUM"] == pytest.approx(metres[0]["PC_NUM"], rel=1e-5)
    assert feet[0]["EC_PC"] == pytest.approx(metres[0]["EC_PC"], rel=1e-5)
    assert any("EPSG:2263" in line and "feet" in line.lower() for line in feet[2]), feet[2]


def test_travel_time_estimate_in_feet_equals_metres(processing_provider, tmp_path):
    origins = layer_in_metres("Point", "field=name:string", [(["o1"], point(0, 0)), (["o2"], point(7, 0))])
    destinations = layer_in_metres("Point", "field=name:string", [(["d"], point(0, 10))])
    times = {}
    for name, (o, d) in (("m", (origins, destinations)), ("ft", (in_feet(origins), in_feet(destinations)))):
        log = Log()
        processing.run("strukturbild:traveltime", {
            "ORIGINS": o, "DESTINATIONS": d, "DESTINATION_ID_FIELD": "name", "MEASURE": 0, "DEFAULT_SPEED": 60,
            "DETOUR_FACTOR": 1.0, "OUTPUT": str(tmp_path / f"time_{name}.gpkg")}, feedback=log)
        layer = QgsVectorLayer(str(tmp_path / f"time_{name}.gpkg"), "t", "ogr")
        times[name] = {f["name"]: f["time_min"] for f in layer.getFeatures()}
        if name == "ft":
            assert any("feet" in line.lower() for line in log.lines), log.lines
    # hand-worked: 10 km at 60 km/h is 10 minutes; (7, 0) to (0, 10) is √149 km
    assert times["m"]["o1"] == pytest.approx(10.0, rel=1e-9)
    assert times["ft"]["o1"] == pytest.approx(10.0, rel=1e-6)
    assert times["ft"]["o2"] == pytest.approx(149 ** 0.5, rel=1e-6)


def test_border_zones_in_feet_have_areas_in_square_metres(processing_provider, tmp_path):
    regions = layer_in_metres("Polygon", "field=code:string", [(["A"], square(0, 0, 50)), (["B"], square(50, 0, 50))])
    log = Log()
    processing.run("strukturbild:borderzones", {
        "REGIONS": [in_feet(regions)], "REGION_ID_FIELD": "code", "BANDS": "10",
        "OUTPUT": str(tmp_path / "zones.gpkg")}, feedback=log)
    layer = QgsVectorLayer(str(tmp_path / "zones.gpkg"), "z", "ogr")
    areas = {f["region_id"]: f["area_km2"] for f in layer.getFeatures()}
    # 50 km of shared border × 10 km on each side: 500 km² (not 500 / 10.76)
    assert areas["A"] == pytest.approx(500.0, rel=1e-4)
    assert areas["B"] == pytest.approx(500.0, rel=1e-4)
    assert layer.crs().mapUnits() == QgsCoordinateReferenceSystem(UTM).mapUnits()
    assert any("EPSG:2263" in line for line in log.lines), log.lines


def test_a_chosen_crs_in_feet_is_refused(processing_provider, tmp_path):
    regions = layer_in_metres("Polygon", "field=code:string", [(["A"], square(0, 0, 50)), (["B"], square(50, 0, 50))])
    with pytest.raises(QgsProcessingException, match="(?i)feet"):
        processing.run("strukturbild:borderzones", {
            "REGIONS": [regions], "REGION_ID_FIELD": "code", "BANDS": "10", "TARGET_CRS": "EPSG:2263",
            "OUTPUT": str(tmp_path / "zones.gpkg")})
    with pytest.raises(QgsProcessingException, match="(?i)feet"):
        processing.run("strukturbild:createstrukturbild", {"CRS": "EPSG:2263",
                                                            "OUTPUT": str(tmp_path / "sb.gpkg")})
    assert not (tmp_path / "zones.gpkg").exists() and not (tmp_path / "sb.gpkg").exists()


def test_a_population_grid_in_feet_is_refused(processing_provider, tmp_path):
    grid = QgsVectorLayer("Polygon?crs=EPSG:2263&field=pop:double", "grid", "memory")
    feature = QgsFeature(grid.fields())
    feature.setAttributes([100.0])
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 3280.8, 3280.8)))
    grid.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="(?i)feet"):
        processing.run("strukturbild:degurba", {"INPUT": grid, "POPULATION_FIELD": "pop",
                                                 "OUTPUT": str(tmp_path / "d.gpkg")})
