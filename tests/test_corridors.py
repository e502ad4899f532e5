"""strukturbild:corridors end to end: GeoTIFF resistance and core polygons in; links, corridor raster, polygons out."""

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsRasterLayer, QgsRectangle, QgsVectorLayer

CELL = 100.0
X0, Y0 = 500_000.0, 6_400_000.0  # top-left corner, SWEREF 99 TM


def write_raster(path, cost, epsg=3006, nodata=-1.0):
    rows, cols = cost.shape
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((X0, CELL, 0, Y0, 0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(cost.astype(np.float32))
    dataset = None
    return str(path)


def cell_square(row, col, crs="EPSG:3006"):
    """A small square inside cell (row, col)."""
    x, y = X0 + col * CELL, Y0 - row * CELL
    return QgsGeometry.fromRect(QgsRectangle(x + 30, y - 70, x + 70, y - 30))


def cores_layer(cells):
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=name:string", "cores", "memory")
    features = []
    for name, (row, col) in cells.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(cell_square(row, col))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run(tmp_path, raster, cores, **extra):
    import processing

    parameters = {"CORES": cores, "CORE_ID_FIELD": "name", "RESISTANCE": raster, "MAX_COST": 0, "CUTOFF": 150,
                  "OUTPUT_LINKS": str(tmp_path / "links.gpkg"), "OUTPUT_CORRIDOR": str(tmp_path / "corridor.tif"),
                  "OUTPUT_POLYGONS": str(tmp_path / "polygons.gpkg")}
    parameters.update(extra)
    return processing.run("strukturbild:corridors", parameters)


def test_two_cores_on_a_uniform_grid(processing_provider, tmp_path):
    cost = np.ones((5, 9))
    cost[0, :] = cost[4, :] = 5.0  # expensive edges: the corridor follows the middle rows
    raster = write_raster(tmp_path / "cost.tif", cost)
    result = run(tmp_path, raster, cores_layer({"west": (2, 0), "east": (2, 8)}))
    assert result["N_CORES"] == 2 and result["N_LINKS"] == 1
    links = list(QgsVectorLayer(f"{tmp_path / 'links.gpkg'}|layername=links", "l", "ogr").getFeatures())
    assert len(links) == 1
    link = links[0]
    # eight rook steps of (1 + 1)/2 × 100 m along row 2
    assert link["cost"] == pytest.approx(800.0)
    assert link["length_m"] == pytest.approx(800.0)
    assert {link["from_core"], link["to_core"]} == {"west", "east"}
    assert link.geometry().length() == pytest.approx(800.0)
    dataset = gdal.Open(str(tmp_path / "corridor.tif"))  # keep the dataset alive while its band is read
    corridor = dataset.GetRasterBand(1).ReadAsArray()
    dataset = None
    assert np.allclose(corridor[2, :], 0.0)  # on the least-cost path
    # one row off the path: a diagonal detour, e.g. cell (1, 4): 2 × (√2·100) + 6 × 100 − 800 = 82.84
    assert corridor[1, 4] == pytest.approx(2 * np.sqrt(2) * 100 + 600 - 800, rel=1e-5)
    assert (corridor[0, :] > corridor[1, :]).all()
    polygons = QgsVectorLayer(f"{tmp_path / 'polygons.gpkg'}|layername=polygons", "p", "ogr")
    total = sum(f["area_ha"] for f in polygons.getFeatures())
    # cutoff 150: rows 1–3 of the middle (corridor value ≤ 150), not the expensive edge rows
    assert 0 < total <= 3 * 9 * 1.0 + 1e-6
    assert total == pytest.approx(np.count_nonzero(corridor <= 150) * CELL * CELL / 10_000)


def test_max_cost_and_impassable_cells(processing_provider, tmp_path):
    cost = np.ones((5, 9))
    cost[:, 4] = -1.0  # a nodata wall
    raster = write_raster(tmp_path / "wall.tif", cost)
    result = run(tmp_path, raster, cores_layer({"west": (2, 0), "east": (2, 8)}))
    assert result["N_LINKS"] == 0
    open_grid = write_raster(tmp_path / "open.tif", np.ones((5, 9)))
    out = tmp_path / "limited"
    out.mkdir()
    assert run(out, open_grid, cores_layer({"west": (2, 0), "east": (2, 8)}), MAX_COST=500)["N_LINKS"] == 0


def test_geographic_raster_is_refused(processing_provider, tmp_path):
    raster = write_raster(tmp_path / "wgs84.tif", np.ones((5, 9)), epsg=4326)
    assert QgsRasterLayer(raster, "r").crs().isGeographic()
    with pytest.raises(QgsProcessingException, match="geographic"):
        run(tmp_path, raster, cores_layer({"west": (2, 0), "east": (2, 8)}))
    assert not (tmp_path / "corridor.tif").exists()


def test_outputs_are_styled(processing_provider, tmp_path):
    from strukturbild.processing_algorithms.green.corridors import _style_polygons, style_corridor_raster
    from strukturbild.strukturbild_plugin.library import StyleLibrary

    raster = write_raster(tmp_path / "cost.tif", np.ones((5, 9)))
    run(tmp_path, raster, cores_layer({"west": (2, 0), "east": (2, 8)}))
    corridor = QgsRasterLayer(str(tmp_path / "corridor.tif"), "corridor")
    style_corridor_raster(corridor, 150)
    assert corridor.renderer().type() == "singlebandpseudocolor"
    items = corridor.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert items[0].value == 0 and items[-1].value == pytest.approx(450) and items[-1].color.alpha() == 0
    links = QgsVectorLayer(f"{tmp_path / 'links.gpkg'}|layername=links", "l", "ogr")
    StyleLibrary("").apply_style(links, "gront_samband")
    polygons = QgsVectorLayer(f"{tmp_path / 'polygons.gpkg'}|layername=polygons", "p", "ogr")
    _style_polygons(polygons)
    assert links.renderer().type() == "RuleRenderer" and polygons.renderer().type() == "singleSymbol"
