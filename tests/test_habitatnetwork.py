"""strukturbild:habitatnetwork end to end: disc patches as polygons against Conefor 2.7.3's r40 outputs."""

import csv

import numpy as np
import pytest
from conftest import TEST_DATA
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsRectangle, QgsVectorLayer
from test_connectivitytables import COLUMNS, OVERALL, conefor_importances, conefor_overall

CONEFOR = TEST_DATA / "connectivity"


def close(got, expected):
    """Polygonised circles (256 segments) shift distances by centimetres: relative 1e-3, absolute 1e-3 % below."""
    if abs(expected) < 1e-3:
        return abs(got - expected) <= 1e-3
    return abs(got - expected) <= 1e-3 * abs(expected)


def r40_patches(crs="EPSG:3006"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=patch:string&field=area_ha:double", "r40", "memory")
    features = []
    with open(TEST_DATA / "habitat" / "r40_patches.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([row["id"], float(row["area_m2"]) / 10_000])
            centre = QgsGeometry.fromPointXY(QgsPointXY(float(row["x"]), float(row["y"])))
            feature.setGeometry(centre.buffer(float(row["radius_m"]), 64))
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run(tmp_path, patches, **extra):
    import processing

    parameters = {"PATCHES": patches, "ATTRIBUTE_FIELD": "area_ha", "PATCH_ID_FIELD": "patch", "DISTANCE": 1000,
                  "PROBABILITY": 0.5, "IIC_DISTANCE": 1000, "MIN_PROBABILITY": 0, "LANDSCAPE_AREA": 40000,
                  "OUTPUT_PATCHES": str(tmp_path / "patches.gpkg"), "OUTPUT_LINKS": str(tmp_path / "links.gpkg")}
    parameters.update(extra)
    result = processing.run("strukturbild:habitatnetwork", parameters)
    patches_out = QgsVectorLayer(f"{tmp_path / 'patches.gpkg'}|layername=patches", "p", "ogr")
    links_out = QgsVectorLayer(f"{tmp_path / 'links.gpkg'}|layername=links", "l", "ogr")
    key = parameters["PATCH_ID_FIELD"]
    return result, {f[key]: f for f in patches_out.getFeatures()}, list(links_out.getFeatures())


def test_r40_polygons_equal_conefor_all_pairs(processing_provider, tmp_path):
    result, patches, links = run(tmp_path, r40_patches())
    expected = conefor_overall(CONEFOR / "r40_all_overall_indices.txt")
    for conefor_name, name in OVERALL.items():
        if conefor_name in expected:
            assert close(result[name], expected[conefor_name]), (conefor_name, result[name], expected[conefor_name])
    importances = conefor_importances(CONEFOR / "r40_all_node_importances.txt")
    for node, values in importances.items():
        for conefor_name, field in COLUMNS.items():
            if conefor_name in values:
                assert close(patches[node][field], values[conefor_name]), (node, conefor_name)
    assert len(links) == 40 * 39 // 2  # MIN_PROBABILITY 0 keeps every pair
    assert any(link["on_best_path"] for link in links) and not all(link["on_best_path"] for link in links)
    assert result["DROPPED_PC_SHARE"] == pytest.approx(0.0, abs=1e-12)


def test_link_geometry_joins_nearest_points(processing_provider, tmp_path):
    _, patches, links = run(tmp_path, r40_patches(), MIN_PROBABILITY=0.25)
    assert links, "pairs within 2 km exist in r40"
    for link in links:
        line = link.geometry()
        assert line.length() == pytest.approx(link["distance"], abs=0.01)
        assert link["probability"] == pytest.approx(0.5 ** (link["distance"] / 1000), rel=1e-9)
        assert link["probability"] >= 0.25
        assert link["strukturbild_typ"] == "gront_samband" and link["status"] == "befintlig"
        assert link["samband_typ"] == ("gront_samband" if link["distance"] <= 1000 else "svagt_samband")


def test_area_in_ha_by_default_and_geographic_input(processing_provider, tmp_path):
    layer = r40_patches()
    result_m, patches_m, _ = run(tmp_path, layer, ATTRIBUTE_FIELD=None)
    # polygon area, not the CSV's circle area: within the polygonisation error
    first = next(iter(patches_m.values()))
    assert first.geometry().area() / 10_000 == pytest.approx(first["area_ha"], rel=1e-3)
    wgs84 = QgsVectorLayer(str(TEST_DATA / "lan_wgs84.geojson"), "län", "ogr")
    out = tmp_path / "geo"
    out.mkdir()
    result, patches, _ = run(out, wgs84, ATTRIBUTE_FIELD=None, PATCH_ID_FIELD="name", DISTANCE=20000,
                             LANDSCAPE_AREA=None)
    assert result["N_COMPONENTS"] == 1  # the three neighbouring counties touch: distance 0
    lan = next(iter(patches.values()))
    assert lan.geometry().area() > 1e9  # metres after reprojection, not square degrees


def test_bad_parameters_are_clear_errors(processing_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="DISTANCE"):
        run(tmp_path, r40_patches(), DISTANCE=0)
    with pytest.raises(QgsProcessingException, match="PROBABILITY"):
        run(tmp_path, r40_patches(), PROBABILITY=1.0)


def test_outputs_are_styled(processing_provider, tmp_path):
    from qgis.core import QgsProcessingFeedback
    from strukturbild.processing_algorithms.green.habitatnetwork import _Styler

    run(tmp_path, r40_patches(), MIN_PROBABILITY=0.25)
    patches = QgsVectorLayer(f"{tmp_path / 'patches.gpkg'}|layername=patches", "p", "ogr")
    links = QgsVectorLayer(f"{tmp_path / 'links.gpkg'}|layername=links", "l", "ogr")
    _Styler("patches").postProcessLayer(patches, None, QgsProcessingFeedback())
    _Styler("links").postProcessLayer(links, None, QgsProcessingFeedback())
    assert patches.renderer().type() == "graduatedSymbol" and patches.renderer().classAttribute() == "dPC"
    assert links.renderer().type() == "graduatedSymbol" and links.renderer().classAttribute() == "probability"
    widths = [item.symbol().width() for item in links.renderer().ranges()]
    assert widths == sorted(widths) and widths[0] < widths[-1]


def test_least_cost_links_over_a_resistance_raster(processing_provider, tmp_path):
    """Three 100 m squares on a 100 m grid: A–B over cheap cells, A–C across an expensive band."""
    from osgeo import gdal, osr

    cost = np.ones((3, 15))
    cost[:, 10:12] = 50.0  # an expensive band between B and C
    raster_path = tmp_path / "resistance.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(raster_path), 15, 3, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((500_000, 100, 0, 6_400_300, 0, -100))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(cost.astype(np.float32))
    dataset = None

    def square(col):  # a square inside the middle-row cell of column col
        x, y = 500_000 + col * 100, 6_400_200
        return QgsGeometry.fromRect(QgsRectangle(x + 20, y - 80, x + 80, y - 20))

    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=patch:string", "patches", "memory")
    features = []
    for name, col in (("A", 0), ("B", 5), ("C", 14)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(square(col))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    _, patches, links = run(tmp_path, layer, ATTRIBUTE_FIELD=None, RESISTANCE=str(raster_path), DISTANCE=1000,
                            MIN_PROBABILITY=0, LANDSCAPE_AREA=None)
    by_pair = {(link["from_id"], link["to_id"]): link for link in links}
    # A (col 0) to B (col 5): five rook steps of (1 + 1)/2 × 100
    assert by_pair[("A", "B")]["distance"] == pytest.approx(500.0)
    # B (col 5) to C (col 14): cols 6–9 cheap, 10–11 at 50, 12–13 cheap: steps 5→6…9 = 4×100,
    # 9→10 = 25.5×100, 10→11 = 50×100, 11→12 = 25.5×100, 12→13, 13→14 = 2×100
    assert by_pair[("B", "C")]["distance"] == pytest.approx(400 + 2550 + 5000 + 2550 + 200)
    assert by_pair[("A", "C")]["distance"] == pytest.approx(500 + by_pair[("B", "C")]["distance"])
    assert by_pair[("A", "B")]["probability"] == pytest.approx(0.5 ** 0.5)
