"""strukturbild:degurba end to end on designed 1 km grids (polygon cells and raster), with LAU classes."""

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsRectangle, QgsVectorLayer

X0, Y0, SIZE = 500_000.0, 6_500_000.0, 1000.0


def designed_population():
    """10 × 10 km: a 6 × 6 block at 1,500/km² (54,000: an urban centre), six cells at 600/km² joined to it only
    through diagonal steps (urban-cluster cells of the centre's 8-connected cluster), and 20 inhabitants elsewhere."""
    population = np.full((10, 10), 20.0)
    population[0:6, 0:6] = 1500.0
    population[7:9, 7:9] = 600.0
    population[9, 9] = 600.0  # touches the 2 × 2 block only diagonally
    population[6, 6] = 600.0  # likewise, on the other side
    return population


def grid_layer(population):
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=cell:string&field=pop:double", "grid", "memory")
    features = []
    for row in range(population.shape[0]):
        for col in range(population.shape[1]):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([f"{row}_{col}", float(population[row, col])])
            x, y = X0 + col * SIZE, Y0 - row * SIZE
            feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y - SIZE, x + SIZE, y)))
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def expected_level1(population):
    level = np.ones(population.shape, dtype=int)
    level[0:6, 0:6] = 3
    level[6, 6] = level[9, 9] = 2
    level[7:9, 7:9] = 2
    return level


def run(tmp_path, **parameters):
    import processing

    parameters.setdefault("OUTPUT", str(tmp_path / "degurba.gpkg"))
    return processing.run("strukturbild:degurba", parameters)


def test_polygon_grid(processing_provider, tmp_path):
    population = designed_population()
    lau = QgsVectorLayer("Polygon?crs=EPSG:3006&field=kommun:string", "lau", "memory")
    features = []
    for name, rect in (("west", (X0, Y0 - 10 * SIZE, X0 + 5 * SIZE, Y0)),
                       ("east", (X0 + 5 * SIZE, Y0 - 10 * SIZE, X0 + 10 * SIZE, Y0))):
        feature = QgsFeature(lau.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*rect)))
        features.append(feature)
    lau.dataProvider().addFeatures(features)
    result = run(tmp_path, INPUT=grid_layer(population), POPULATION_FIELD="pop", LAU=lau,
                 OUTPUT_LAU=str(tmp_path / "lau.gpkg"))
    # (6, 6) touches the centre's corner cell (5, 5) diagonally: the 600-cells join the centre's 8-connected cluster
    assert result["N_URBAN_CENTRES"] == 1 and result["N_URBAN_CLUSTERS"] == 1
    cells = {f["cell"]: f for f in QgsVectorLayer(f"{tmp_path / 'degurba.gpkg'}|layername=degurba", "d",
                                                   "ogr").getFeatures()}
    expected = expected_level1(population)
    for row in range(10):
        for col in range(10):
            assert cells[f"{row}_{col}"]["degurba"] == expected[row, col], (row, col)
    assert cells["0_0"]["degurba_l2"] == 30
    total = population.sum()
    assert result["SHARE_CENTRE"] == pytest.approx(54_000 / total)
    assert result["SHARE_CLUSTER"] == pytest.approx(6 * 600 / total)
    units = {f["kommun"]: f for f in QgsVectorLayer(f"{tmp_path / 'lau.gpkg'}|layername=lau", "l",
                                                     "ogr").getFeatures()}
    # west: columns 0–4 hold 30 of the centre's cells (45,000) and 20 × 20 rural: city
    assert units["west"]["lau_class"] == 1
    assert units["west"]["share_centre"] == pytest.approx(45_000 / (45_000 + 20 * 20))
    # east: 6 centre cells (9,000), 6 cluster cells (3,600), 38 rural cells (760): city too (67 % in the centre)
    assert units["east"]["population"] == pytest.approx(9_000 + 3_600 + 760)
    assert units["east"]["lau_class"] == 1


def test_raster_grid_gives_the_same_classes(processing_provider, tmp_path):
    population = designed_population()
    path = tmp_path / "pop.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 10, 10, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((X0, SIZE, 0, Y0, 0, -SIZE))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(population.astype(np.float32))
    dataset = None
    result = run(tmp_path, INPUT=str(path))
    assert result["N_URBAN_CENTRES"] == 1
    layer = QgsVectorLayer(f"{tmp_path / 'degurba.gpkg'}|layername=degurba", "d", "ogr")
    assert layer.featureCount() == 100  # every cell is populated
    expected = expected_level1(population)
    for feature in layer.getFeatures():
        centre = feature.geometry().centroid().asPoint()
        row, col = int((Y0 - centre.y()) // SIZE), int((centre.x() - X0) // SIZE)
        assert feature["degurba"] == expected[row, col]
        assert feature["population"] == pytest.approx(population[row, col])


def test_irregular_grid_and_geographic_crs_are_refused(processing_provider, tmp_path):
    layer = grid_layer(designed_population())
    layer.startEditing()
    first = next(layer.getFeatures())
    layer.changeGeometry(first.id(), QgsGeometry.fromRect(QgsRectangle(X0, Y0 - 500, X0 + 500, Y0)))
    layer.commitChanges()
    with pytest.raises(QgsProcessingException, match="regular grid"):
        run(tmp_path, INPUT=layer, POPULATION_FIELD="pop")
    geographic = QgsVectorLayer("Polygon?crs=EPSG:4326&field=pop:double", "wgs", "memory")
    with pytest.raises(QgsProcessingException, match="geographic"):
        run(tmp_path, INPUT=geographic, POPULATION_FIELD="pop")
