"""Hostile input to the algorithms (issue 10 §4): parameter bounds, numbers that are not finite, habitat patches that
are points or lines, rasters without a valid cell, a negative population in degurba. Each is refused with a
QgsProcessingException that names the parameter, layer or cell, never a traceback or a silently wrong answer."""

import math

import numpy as np
import pytest
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterNumber,
)

INT32_MAX = 2**31 - 1


def number_parameters(provider):
    for algorithm in provider.algorithms():
        for definition in algorithm.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterNumber):
                yield algorithm, definition


def test_every_number_parameter_has_bounds(processing_provider):
    """Integer parameters stay within 32 bits (TOWN_SIZE = 1e12 silently became 0) and no number parameter is
    unbounded: a value outside what a planner could mean is refused by Processing itself."""
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("strukturbild")
    seen = 0
    for algorithm, definition in number_parameters(provider):
        seen += 1
        where = f"{algorithm.id()} {definition.name()}"
        assert math.isfinite(definition.minimum()) and definition.minimum() > -1e300, where
        assert definition.maximum() < 1e300, where  # QGIS's default maximum is DBL_MAX
        if definition.dataType() == QgsProcessingParameterNumber.Type.Integer:
            assert definition.maximum() <= INT32_MAX, where
        default = definition.defaultValue()
        if default is not None:
            assert definition.minimum() <= float(default) <= definition.maximum(), where
    assert seen > 30


# -- running algorithms ----------------------------------------------------------------------------------------


def _refused(run, pattern, *args, **kwargs):
    with pytest.raises(QgsProcessingException, match=pattern) as caught:
        run(*args, **kwargs)
    assert "Traceback" not in str(caught.value)
    return str(caught.value)


def _typology(tmp_path, **parameters):
    from test_ruraltypology import cells
    from test_ruraltypology import run as run_typology
    from test_traveltime import points

    towns = points("tatorter", [("Stad", (0.5, 0), 5000, 0)], fields="name:string&field=pop:double&field=u:double")
    parameters = {**dict(INPUT=cells(4), TATORTER=towns, TATORT_POPULATION_FIELD="pop", MINUTES=2,
                         DEFAULT_SPEED=60, DETOUR_FACTOR=1.0), **parameters}
    return run_typology(tmp_path, **parameters)


@pytest.mark.parametrize("town_size", [1e12, "1e12", INT32_MAX + 1, 100_000_001, -1])
def test_town_size_beyond_bounds_is_refused(processing_provider, tmp_path, town_size):
    """TOWN_SIZE = 1e12 was read as 0: every tätort counted and no word said."""
    _refused(_typology, "TOWN_SIZE", tmp_path, TOWN_SIZE=town_size)
    assert not (tmp_path / "typology.gpkg").exists()


def test_largest_town_size_passes_the_bounds(processing_provider, tmp_path):
    _refused(_typology, "No tätort in 'tatorter' has more than 100000000 inhabitants", tmp_path,
             TOWN_SIZE=100_000_000)


@pytest.mark.parametrize("name, value", [("MINUTES", float("nan")), ("MINUTES", "nan"), ("DEFAULT_SPEED", "inf"),
                                         ("DETOUR_FACTOR", float("nan"))])
def test_numbers_that_are_not_finite_are_refused(processing_provider, tmp_path, name, value):
    message = _refused(_typology, name, tmp_path, **{name: value})
    assert "Traceback" not in message


@pytest.mark.parametrize("breaks", ["15,inf", "nan", "15,1e300", "15,1441"])
def test_service_area_breaks_that_overflow_or_are_not_finite(processing_provider, tmp_path, breaks):
    """BREAKS of 'inf' or 'nan' passed the parser (float() reads them) and reached the network search."""
    from test_servicearea import run as run_servicearea
    from test_traveltime import points, roads

    network = roads([([(0, 0), (10, 0)], [60.0, None])])
    destinations = points("d", [("x", (2, 0), 1, 0)])
    _refused(run_servicearea, "BREAKS must be times of at most 1440 minutes", tmp_path, NETWORK=network,
             DESTINATIONS=destinations, BREAKS=breaks)


# -- habitat patches, cores and developments must be polygons -------------------------------------------------------


def _layer(kind, name, geometries, fields="name:string&field=area_ha:double"):
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer(f"{kind}?crs=EPSG:3006&field={fields}", name, "memory")
    features = []
    for k, geometry in enumerate(geometries):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"p{k}", 5.0][:layer.fields().count()])
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _points_and_lines():
    from qgis.core import QgsGeometry, QgsPointXY

    points = [QgsGeometry.fromPointXY(QgsPointXY(500_000 + 300 * k, 6_400_000)) for k in range(3)]
    lines = [QgsGeometry.fromPolylineXY([QgsPointXY(500_000 + 300 * k, 6_400_000),
                                         QgsPointXY(500_100 + 300 * k, 6_400_000)]) for k in range(3)]
    return {"Point": points, "LineString": lines}


def _squares(n=3, size=100.0):
    from qgis.core import QgsGeometry, QgsRectangle

    return [QgsGeometry.fromRect(QgsRectangle(500_000 + 300 * k, 6_400_000, 500_000 + 300 * k + size,
                                              6_400_000 + size)) for k in range(n)]


@pytest.mark.parametrize("kind, word", [("Point", "points"), ("LineString", "lines")])
@pytest.mark.parametrize("field", ["", "area_ha"])
def test_habitat_patches_must_be_polygons(processing_provider, tmp_path, kind, word, field):
    """Points as habitat patches gave all-zero indices without a word (with or without an attribute field)."""
    from test_habitatnetwork import run as run_network

    patches = _layer(kind, "skyddsvärda träd", _points_and_lines()[kind])
    message = _refused(run_network, f"'skyddsvärda träd' holds {word}", tmp_path, patches, ATTRIBUTE_FIELD=field,
                       PATCH_ID_FIELD="name")
    assert "habitat patches must be polygons" in message and "Buffer" in message
    assert not (tmp_path / "patches.gpkg").exists()


def test_point_development_is_refused(processing_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    from test_greenconflicts import PATCHES, polygons

    development = _layer("Point", "nya bostäder", _points_and_lines()["Point"], fields="name:string")
    parameters = {"PATCHES": polygons("patches", PATCHES), "PATCH_ID_FIELD": "name", "DISTANCE": 1000,
                  "PROBABILITY": 0.5, "MIN_PROBABILITY": 0, "DEVELOPMENT": development,
                  "OUTPUT": str(tmp_path / "conflicts.gpkg"), "OUTPUT_PATCHES": str(tmp_path / "patches.gpkg")}
    with pytest.raises(QgsProcessingException, match="'nya bostäder' holds points.*planned developments"):
        processing.run("strukturbild:greenconflicts", parameters)


def test_point_cores_are_refused(processing_provider, tmp_path):
    from test_corridors import run as run_corridors
    from test_corridors import write_raster

    raster = write_raster(tmp_path / "cost.tif", np.ones((5, 9)))
    cores = _layer("Point", "kärnområden", _points_and_lines()["Point"], fields="name:string")
    _refused(run_corridors, "'kärnområden' holds points.*core areas must be polygons", tmp_path, raster, cores)


def test_patches_without_habitat_are_refused(processing_provider, tmp_path):
    from test_habitatnetwork import run as run_network

    patches = _layer("Polygon", "patches", _squares())
    patches.dataProvider().changeAttributeValues({fid: {1: 0.0} for fid in patches.allFeatureIds()})
    _refused(run_network, "Every patch of 'patches' has 0 in 'area_ha'", tmp_path, patches, PATCH_ID_FIELD="name")


@pytest.mark.parametrize("name, value", [("DISTANCE", float("nan")), ("IIC_DISTANCE", "nan"),
                                         ("LANDSCAPE_AREA", float("inf")), ("DISTANCE", 1e10)])
def test_dispersal_numbers_that_are_not_finite_or_too_large(processing_provider, tmp_path, name, value):
    from test_habitatnetwork import run as run_network

    _refused(run_network, name, tmp_path, _layer("Polygon", "patches", _squares()), PATCH_ID_FIELD="name",
             **{name: value})


def test_conefor_nodes_without_habitat_are_refused(processing_provider, tmp_path):
    from test_connectivitytables import run as run_tables

    nodes, connections = tmp_path / "nodes.txt", tmp_path / "distances.txt"
    nodes.write_text("1 0\n2 0\n3 0\n", encoding="utf-8")
    connections.write_text("1 2 100\n2 3 100\n", encoding="utf-8")
    _refused(run_tables, "Every node of 'nodes.txt' has the attribute 0", tmp_path, str(nodes), str(connections),
             DISTANCE=1000, PROBABILITY=0.5)


# -- resistance rasters without a passable cell ---------------------------------------------------------------------


@pytest.mark.parametrize("cost, nodata, detail", [(np.full((5, 9), -1.0), -1.0, "every cell is no data"),
                                                  (np.full((5, 9), np.nan), -1.0, "every cell is no data"),
                                                  (np.zeros((5, 9)), -1.0, "every cost is 0 or negative"),
                                                  (np.full((5, 9), -5.0), -9999.0, "every cost is 0 or negative")])
def test_resistance_without_a_passable_cell(processing_provider, tmp_path, cost, nodata, detail):
    """Such a raster gave 0 links and an info line."""
    from test_corridors import cores_layer, write_raster
    from test_corridors import run as run_corridors

    raster = write_raster(tmp_path / "motstånd.tif", cost, nodata=nodata)
    message = _refused(run_corridors, "resistance raster 'motstånd' has no passable cell", tmp_path, raster,
                       cores_layer({"west": (2, 0), "east": (2, 8)}))
    assert detail in message
    assert not (tmp_path / "corridor.tif").exists()


def test_habitat_network_over_a_resistance_without_a_passable_cell(processing_provider, tmp_path):
    from test_corridors import write_raster
    from test_habitatnetwork import run as run_network

    raster = write_raster(tmp_path / "motstånd.tif", np.full((5, 9), -1.0), nodata=-1.0)
    patches = _layer("Polygon", "patches", _squares())
    _refused(run_network, "resistance raster 'motstånd' has no passable cell", tmp_path, patches,
             PATCH_ID_FIELD="name", RESISTANCE=raster)


def test_cores_on_impassable_cells_only(processing_provider, tmp_path):
    from test_corridors import cores_layer, write_raster
    from test_corridors import run as run_corridors

    cost = np.ones((5, 9))
    cost[:, :2] = -1.0  # the west core lies on no-data cells
    raster = write_raster(tmp_path / "cost.tif", cost, nodata=-1.0)
    _refused(run_corridors, "1 of the 2 core areas of 'cores' cover a passable cell", tmp_path, raster,
             cores_layer({"west": (2, 0), "east": (2, 8)}))


# -- degurba: population rasters and grids ---------------------------------------------------------------------------


def _population_raster(path, population, nodata=None, bands=1):
    from osgeo import gdal, osr
    from test_degurba import SIZE, X0, Y0

    rows, cols = population.shape
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, bands, gdal.GDT_Float32)
    dataset.SetGeoTransform((X0, SIZE, 0, Y0, 0, -SIZE))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    dataset.SetProjection(srs.ExportToWkt())
    for band in range(1, bands + 1):
        if nodata is not None:
            dataset.GetRasterBand(band).SetNoDataValue(nodata)
        dataset.GetRasterBand(band).WriteArray(population.astype(np.float32))
    dataset = None
    return str(path)


def test_degurba_negative_raster_cell_is_named(processing_provider, tmp_path):
    """A negative population (an undeclared no-data value such as GHSL's -200) was read as 0 without a word."""
    from test_degurba import designed_population
    from test_degurba import run as run_degurba

    population = designed_population()
    population[3, 7] = -200.0
    raster = _population_raster(tmp_path / "befolkning.tif", population)
    message = _refused(run_degurba, "'befolkning' has a negative population \\(-200\\) in the cell at row 3, column 7",
                       tmp_path, INPUT=raster)
    assert "x 507500, y 6496500" in message and "no-data value" in message
    assert not (tmp_path / "degurba.gpkg").exists()


def test_degurba_declared_nodata_is_not_negative(processing_provider, tmp_path):
    from test_degurba import designed_population
    from test_degurba import run as run_degurba

    population = designed_population()
    population[3, 7] = -200.0
    result = run_degurba(tmp_path, INPUT=_population_raster(tmp_path / "befolkning.tif", population, nodata=-200.0))
    assert result["N_URBAN_CENTRES"] == 1


def test_degurba_negative_grid_cell_is_named(processing_provider, tmp_path):
    from test_degurba import designed_population, grid_layer
    from test_degurba import run as run_degurba

    layer = grid_layer(designed_population())
    target = next(f for f in layer.getFeatures() if f["cell"] == "2_4")
    layer.dataProvider().changeAttributeValues({target.id(): {1: -5.0}})
    _refused(run_degurba, f"Cell {target.id()} of the grid layer 'grid' has a negative population \\(-5\\) in 'pop' "
             "\\(centre x 504500, y 6497500\\)", tmp_path, INPUT=layer, POPULATION_FIELD="pop")


@pytest.mark.parametrize("nodata", [-1.0, None])
def test_degurba_all_nodata_raster(processing_provider, tmp_path, nodata):
    from test_degurba import run as run_degurba

    population = np.full((4, 5), -1.0 if nodata is not None else np.nan)
    raster = _population_raster(tmp_path / "tom.tif", population, nodata=nodata)
    _refused(run_degurba, "Every cell of band 1 of the population raster 'tom' is no data", tmp_path, INPUT=raster)


def test_degurba_grid_without_population_values(processing_provider, tmp_path):
    from test_degurba import designed_population, grid_layer
    from test_degurba import run as run_degurba

    layer = grid_layer(designed_population())
    layer.dataProvider().changeAttributeValues({fid: {1: None} for fid in layer.allFeatureIds()})
    _refused(run_degurba, "No cell of the grid layer 'grid' has a value in 'pop'", tmp_path, INPUT=layer,
             POPULATION_FIELD="pop")


@pytest.mark.parametrize("band", [3, 0, 1e12, "x"])
def test_degurba_band_the_raster_lacks(processing_provider, tmp_path, band):
    """BAND = 1e12 was read as 0 and then silently as band 1."""
    from test_degurba import designed_population
    from test_degurba import run as run_degurba

    raster = _population_raster(tmp_path / "pop.tif", designed_population(), bands=2)
    with pytest.raises(QgsProcessingException, match="has no band .*choose a band from 1 to 2"):
        run_degurba(tmp_path, INPUT=raster, BAND=band)


def test_degurba_point_grid_is_refused(processing_provider, tmp_path):
    from test_degurba import run as run_degurba

    points = _layer("Point", "rutor", _points_and_lines()["Point"], fields="name:string&field=pop:double")
    _refused(run_degurba, "'rutor' holds points, but the grid cells must be polygons", tmp_path, INPUT=points,
             POPULATION_FIELD="pop")


# -- functional regions: OD tables the methods cannot work with -------------------------------------------------------


def _od_table(path, rows):
    import csv

    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Bostadskommun", "Arbetsställekommun", "Antal"])
        writer.writerows(rows)
    return str(path)


@pytest.mark.parametrize("method", [0, 1, 2])
def test_regions_from_self_flows_only(processing_provider, tmp_path, method):
    """A table of self-flows only: TTWA said "attempt to get argmin of an empty sequence" (numpy's words), LA and
    Intramax made every zone a region of its own without a word."""
    from test_functionalregions import _points_layer
    from test_functionalregions import _run as run_regions

    zones = _points_layer(["0114", "0115", "0117"])
    table = _od_table(tmp_path / "pendling.csv", [("0114", "0114", "1200"), ("0115", "0115", "900"),
                                                   ("0117", "0117", "2000")])
    message = _refused(run_regions, "'pendling.csv' has no commuting between different zones", tmp_path, ZONES=zones,
                       FLOWS=table, METHOD=method, N_REGIONS=1)
    assert "argmin" not in message and "Bostadskommun" in message


def test_ttwa_when_every_zone_lands_on_the_zero_list(processing_provider, tmp_path):
    """Zone 0114 only sends and 0115 only receives: the zero list takes both and TTWA has nothing to cluster."""
    from test_functionalregions import _points_layer
    from test_functionalregions import _run as run_regions

    zones = _points_layer(["0114", "0115"])
    table = _od_table(tmp_path / "pendling.csv", [("0114", "0115", "300")])
    message = _refused(run_regions, "CURDS / Coombes–Bond TTWA on the flow table 'pendling.csv': no zone can take "
                       "part in TTWA", tmp_path, ZONES=zones, FLOWS=table, METHOD=1)
    assert "zero list" in message


@pytest.mark.parametrize("name, value", [("MIN_SC", "nan"), ("TARGET_SIZE", float("nan")), ("N_REGIONS", 1e12),
                                         ("MIN_SIZE", 1e9)])
def test_region_parameters_not_finite_or_too_large(processing_provider, tmp_path, name, value):
    from test_functionalregions import _points_layer
    from test_functionalregions import _run as run_regions

    zones = _points_layer(["0114", "0115"])
    table = _od_table(tmp_path / "pendling.csv", [("0114", "0115", "300"), ("0114", "0114", "900"),
                                                   ("0115", "0115", "900")])
    _refused(run_regions, name, tmp_path, ZONES=zones, FLOWS=table, METHOD=1, **{name: value})


def test_flow_line_minimum_not_finite(processing_provider, tmp_path):
    import processing
    from test_functionalregions import _points_layer

    zones = _points_layer(["0114", "0115"])
    table = _od_table(tmp_path / "pendling.csv", [("0114", "0115", "300")])
    with pytest.raises(QgsProcessingException, match="MIN_VALUE"):
        processing.run("strukturbild:flowlines", {
            "ZONES": zones, "ZONE_ID_FIELD": "code", "FLOWS": table, "ORIGIN_FIELD": "Bostadskommun",
            "DESTINATION_FIELD": "Arbetsställekommun", "VALUE_FIELD": "Antal", "MIN_VALUE": "nan",
            "OUTPUT": str(tmp_path / "lines.gpkg")})


# -- qgis_process: a parameter beyond its bounds is a clear error, not 0 ---------------------------------------------


def test_qgis_process_refuses_a_town_size_beyond_32_bits(processing_provider, qgis_process_env, tmp_path):
    """qgis_process 3.22 checks the bounds before the run: TOWN_SIZE=1e12 exits with 'Incorrect parameter value for
    TOWN_SIZE' (it was read as 0), a NaN is refused with the parameter's name and range, and nothing is written."""
    import subprocess

    from conftest import QGIS_PROCESS
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter
    from test_ruraltypology import cells
    from test_traveltime import points

    executable, env = QGIS_PROCESS, qgis_process_env
    towns = points("tatorter", [("Stad", (0.5, 0), 5000, 0)], fields="name:string&field=pop:double&field=u:double")
    for layer, path in ((cells(4), tmp_path / "rutor.gpkg"), (towns, tmp_path / "tatorter.gpkg")):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(),
                                                          options)
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    for value, expected in (("1e12", "TOWN_SIZE ('Tätorter larger than (inhabitants)') must be a whole number "
                                     "between 0 and 100,000,000, not 1e12."),
                            ("nan", "TOWN_SIZE ('Tätorter larger than (inhabitants)') must be a whole number "
                                    "between 0 and 100,000,000, not nan.")):
        output = tmp_path / f"typologi_{value}.gpkg"
        completed = subprocess.run(
            [executable, "run", "strukturbild:ruraltypology", "--", f"INPUT={tmp_path / 'rutor.gpkg'}",
             f"TATORTER={tmp_path / 'tatorter.gpkg'}", "TATORT_POPULATION_FIELD=pop", f"TOWN_SIZE={value}",
             f"OUTPUT={output}"], env=env, capture_output=True, text=True, timeout=300)
        text = completed.stdout + completed.stderr
        assert completed.returncode == 1, text
        assert expected in text and "Traceback" not in text
        assert not output.exists()


def test_parameter_check_names_the_range(processing_provider):
    """checks.check_parameter_values says what range a number must lie in (QGIS says only 'Incorrect parameter
    value'); for the base class's checkParameterValues."""
    from qgis.core import QgsApplication, QgsProcessingContext
    from strukturbild.processing_algorithms import checks

    algorithm = QgsApplication.processingRegistry().algorithmById("strukturbild:ruraltypology")
    context = QgsProcessingContext()
    assert checks.check_parameter_values(algorithm, {"TOWN_SIZE": 3000, "MINUTES": 45}, context) == (True, "")
    for parameters, expected in (({"TOWN_SIZE": 1e12}, "TOWN_SIZE ('Tätorter larger than (inhabitants)') must be a "
                                                       "whole number between 0 and 100,000,000, not 1000000000000.0."),
                                 ({"TOWN_SIZE": 2.5}, "whole number"), ({"MINUTES": "nan"}, "MINUTES"),
                                 ({"MINUTES": 1441}, "a number between 0 and 1,440, not 1441.")):
        ok, message = checks.check_parameter_values(algorithm, parameters, context)
        assert not ok and expected in message, message


@pytest.mark.parametrize("name, value", [("THRESHOLD", "nan"), ("DEFAULT_SPEED", float("nan")),
                                         ("DETOUR_FACTOR", float("inf"))])
def test_numbers_that_are_not_finite_are_refused_by_every_algorithm(processing_provider, tmp_path, name, value):
    """The base class refuses NaN/inf in any algorithm (traveltime gave 0 opportunities for THRESHOLD=nan)."""
    import processing
    from test_traveltime import points

    origins = points("o", [("a", (0, 0), 0, 0)])
    destinations = points("d", [("b", (1, 0), 1, 0)])
    parameters = {"ORIGINS": origins, "DESTINATIONS": destinations, "DESTINATION_ID_FIELD": "name", "MEASURE": 1,
                  "THRESHOLD": 30, "OUTPUT": str(tmp_path / "t.gpkg"), name: value}
    with pytest.raises(QgsProcessingException, match=name):
        processing.run("strukturbild:traveltime", parameters)
    assert not (tmp_path / "t.gpkg").exists()


def test_a_numpy_error_reaches_the_user_in_plain_words(processing_provider, tmp_path, monkeypatch):
    """A ValueError from numpy (not a MethodError) is an unexpected problem: no numpy words, nothing written."""
    import processing
    from strukturbild.processing_algorithms.methods import estimate
    from test_traveltime import points

    def broken(*args, **kwargs):
        return np.argmin(np.array([]))  # "attempt to get argmin of an empty sequence"

    for name in dir(estimate):
        if not name.startswith("_") and callable(getattr(estimate, name)) and name != "np":
            monkeypatch.setattr(estimate, name, broken, raising=False)
    origins = points("o", [("a", (0, 0), 0, 0)])
    destinations = points("d", [("b", (1, 0), 1, 0)])
    with pytest.raises(QgsProcessingException) as error:
        processing.run("strukturbild:traveltime", {"ORIGINS": origins, "DESTINATIONS": destinations,
                                                   "DESTINATION_ID_FIELD": "name", "MEASURE": 0,
                                                   "OUTPUT": str(tmp_path / "t.gpkg")})
    assert "argmin" not in str(error.value) and "empty sequence" not in str(error.value)
    assert "unexpected problem" in str(error.value)
    assert not (tmp_path / "t.gpkg").exists()
