"""strukturbild.api against the QGIS algorithms: the same small inputs through both, the same columns and values.

Each input is written to a GeoPackage with geopandas, the algorithm reads it, and its output is read back with
geopandas; the API gets the same frames.
"""

import math
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box
from strukturbild import api
from test_api import PAIR, X0, Y0, _kommuner, _od_frame, squares
from test_la import _matrix_with_shares, _shares


def _write(frame, path, layer):
    frame.to_file(path, layer=layer, driver="GPKG")
    return f"{path}|layername={layer}"


def _same(api_frame, qgis_frame, key, skip=()):
    """Equal columns (in order) and equal values row by row, matched on ``key``."""
    assert list(api_frame.columns.drop(api_frame.geometry.name)) == \
        list(qgis_frame.columns.drop(qgis_frame.geometry.name))
    left = api_frame.set_index(key, drop=False).sort_index()
    right = qgis_frame.set_index(key, drop=False).sort_index()
    assert list(left.index) == list(right.index)
    for column in api_frame.columns:
        if column == api_frame.geometry.name or column in skip:
            continue
        for k, (a, b) in enumerate(zip(left[column].tolist(), right[column].tolist())):
            a, b = api._plain(a), api._plain(b)
            if isinstance(a, float) or isinstance(b, float):
                assert a is not None and b is not None and a == pytest.approx(b, rel=1e-7, abs=1e-9), \
                    (column, left.index[k], a, b)
            else:
                assert a == b, (column, left.index[k], a, b)


def test_functional_regions_same_as_the_algorithm(run_algorithm, tmp_path):
    rows, codes, p1, p2, till = _shares("2022")
    matrix = _matrix_with_shares(p1, p2, till, 7)
    flows = _od_frame(codes, matrix)
    flows_path = tmp_path / "pendling.csv"
    flows.to_csv(flows_path, sep=";", index=False)
    kommuner = _kommuner()
    zones_source = _write(kommuner, tmp_path / "zones.gpkg", "kommuner")
    for method, number in (("la", 0), ("ttwa", 1), ("intramax", 2)):
        options = dict(min_size=20000, target_size=60000) if method == "ttwa" else {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", api.StrukturbildWarning)
            zones, regions = api.functional_regions(
                kommuner, pd.read_csv(flows_path, sep=";", dtype=str), zone_id="code", zone_name="name",
                origin="Bostadskommun", destination="Arbetsställekommun", value="Antal", method=method,
                n_regions=20, contiguous=method == "intramax", regions=True, **options)
        out = tmp_path / method
        out.mkdir()
        result = run_algorithm("strukturbild:functionalregions", {
            "ZONES": zones_source, "ZONE_ID_FIELD": "code", "ZONE_NAME_FIELD": "name", "FLOWS": str(flows_path),
            "ORIGIN_FIELD": "Bostadskommun", "DESTINATION_FIELD": "Arbetsställekommun", "VALUE_FIELD": "Antal",
            "METHOD": number, "MIN_SIZE": options.get("min_size", 3500), "TARGET_SIZE": options.get("target_size",
                                                                                                  25000),
            "N_REGIONS": 20, "CONTIGUOUS": method == "intramax",
            "OUTPUT_MEMBERSHIP": str(out / "membership.gpkg"), "OUTPUT_REGIONS": str(out / "regions.gpkg"),
            "OUTPUT_REPORT": str(out / "report.html")})
        qgis_zones = gpd.read_file(out / "membership.gpkg")
        qgis_regions = gpd.read_file(out / "regions.gpkg")
        _same(zones, qgis_zones, "code", skip=("method",))
        _same(regions, qgis_regions, "region_id", skip=("method",))
        # the provenance names the same method and settings (the layer names are the plugin's own)
        assert qgis_zones["method"].iloc[0].split(" (")[1].split(")")[0] == \
            zones["method"].iloc[0].split(" (")[1].split(")")[0]
        assert zones.attrs["strukturbild"]["N_REGIONS"] == result["N_REGIONS"]
        assert zones.attrs["strukturbild"]["MEDIAN_SC"] == pytest.approx(result["MEDIAN_SC"])
        for region_id, geometry in zip(regions["region_id"], regions.geometry):
            other = qgis_regions.loc[qgis_regions["region_id"] == region_id].geometry.iloc[0]
            assert geometry.symmetric_difference(other).area <= 1e-6 * geometry.area


def test_flow_lines_same_as_the_algorithm(run_algorithm, tmp_path):
    rows, codes, p1, p2, till = _shares("2022")
    matrix = _matrix_with_shares(p1, p2, till, 7)
    flows_path = tmp_path / "pendling.csv"
    _od_frame(codes, matrix).to_csv(flows_path, sep=";", index=False)
    kommuner = _kommuner()
    zones_source = _write(kommuner, tmp_path / "zones.gpkg", "kommuner")
    for mode, number in (("gross", 0), ("net", 1), ("two-way", 2)):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", api.StrukturbildWarning)
            lines = api.flow_lines(kommuner, pd.read_csv(flows_path, sep=";", dtype=str), zone_id="code",
                                   zone_name="name", group="lan_code", origin="Bostadskommun",
                                   destination="Arbetsställekommun", value="Antal", mode=mode, min_value=2000,
                                   top_n=3, anchor="point_on_surface")
        path = tmp_path / f"lines_{number}.gpkg"
        result = run_algorithm("strukturbild:flowlines", {
            "ZONES": zones_source, "ZONE_ID_FIELD": "code", "ZONE_NAME_FIELD": "name", "GROUP_FIELD": "lan_code",
            "FLOWS": str(flows_path), "ORIGIN_FIELD": "Bostadskommun", "DESTINATION_FIELD": "Arbetsställekommun",
            "VALUE_FIELD": "Antal", "MODE": number, "MIN_VALUE": 2000, "TOP_N": 3, "ANCHOR": 1, "OUTPUT": str(path)})
        qgis_lines = gpd.read_file(path)
        assert len(lines) == result["N_LINES"] > 50
        lines["pair"] = lines["origin"] + ">" + lines["destination"]
        qgis_lines["pair"] = qgis_lines["origin"] + ">" + qgis_lines["destination"]
        _same(lines, qgis_lines, "pair")
        assert lines.attrs["strukturbild"]["SHARE_CROSSING"] == pytest.approx(result["SHARE_CROSSING"])
        mine = lines.set_index("pair").geometry
        theirs = qgis_lines.set_index("pair").geometry
        for pair, line in mine.items():
            assert np.allclose(np.asarray(line.coords), np.asarray(theirs[pair].coords), atol=1e-6), pair


def test_habitat_network_same_as_the_algorithm(run_algorithm, tmp_path):
    rng = np.random.default_rng(40)
    centres = rng.uniform(0, 12000, (30, 2)) + (X0, Y0)
    patches = gpd.GeoDataFrame({"patch": [f"p{k}" for k in range(30)]},
                               geometry=[box(x, y, x + w, y + h) for (x, y), w, h in
                                         zip(centres, rng.uniform(100, 900, 30), rng.uniform(100, 900, 30))],
                               crs="EPSG:3006")
    patches_degrees = patches.to_crs("EPSG:4326")
    source = _write(patches_degrees, tmp_path / "patches.gpkg", "patches")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", api.StrukturbildWarning)
        mine, my_links = api.habitat_network(patches_degrees, distance=1500, probability=0.5, min_probability=0.05,
                                             patch_id="patch", landscape_area=20000, links=True)
    result = run_algorithm("strukturbild:habitatnetwork", {
        "PATCHES": source, "PATCH_ID_FIELD": "patch", "DISTANCE": 1500, "PROBABILITY": 0.5, "MIN_PROBABILITY": 0.05,
        "LANDSCAPE_AREA": 20000, "OUTPUT_PATCHES": str(tmp_path / "out.gpkg"),
        "OUTPUT_LINKS": str(tmp_path / "links.gpkg")})
    theirs = gpd.read_file(tmp_path / "out.gpkg")
    their_links = gpd.read_file(tmp_path / "links.gpkg")
    assert mine.crs == theirs.crs == "EPSG:32633"  # degrees: both measure in the UTM zone of the data
    _same(mine, theirs, "patch")
    for name, value in mine.attrs["strukturbild"].items():
        if value is not None:
            assert value == pytest.approx(result[name], rel=1e-7, abs=1e-12), name
    my_links["pair"] = my_links["from_id"] + "-" + my_links["to_id"]
    their_links["pair"] = their_links["from_id"] + "-" + their_links["to_id"]
    _same(my_links, their_links, "pair")
    assert len(my_links) > 10


def test_travel_time_same_as_the_algorithm(run_algorithm, tmp_path):
    rng = np.random.default_rng(5)
    grid = [LineString([(X0 + 1000 * i, Y0), (X0 + 1000 * i, Y0 + 8000)]) for i in range(9)] + \
        [LineString([(X0, Y0 + 1000 * j), (X0 + 8000, Y0 + 1000 * j)]) for j in range(9)]
    speeds = rng.choice([30.0, 50.0, 70.0], len(grid))
    network = gpd.GeoDataFrame({"speed": speeds, "oneway": [("yes" if k % 5 == 0 else None) for k in
                                                            range(len(grid))]}, geometry=grid, crs="EPSG:3006")
    origins = gpd.GeoDataFrame({"name": [f"o{k}" for k in range(25)], "pop": rng.uniform(10, 100, 25)},
                               geometry=[Point(x, y) for x, y in rng.uniform(0, 8000, (25, 2)) + (X0, Y0)],
                               crs="EPSG:3006")
    destinations = gpd.GeoDataFrame({"name": [f"d{k}" for k in range(6)], "jobs": rng.uniform(5, 50, 6)},
                                    geometry=[Point(x, y) for x, y in rng.uniform(0, 8000, (6, 2)) + (X0, Y0)],
                                    crs="EPSG:3006")
    sources = {"NETWORK": _write(network, tmp_path / "network.gpkg", "roads"),
               "ORIGINS": _write(origins, tmp_path / "origins.gpkg", "origins"),
               "DESTINATIONS": _write(destinations, tmp_path / "destinations.gpkg", "destinations")}
    for measure, number in (("nearest", 0), ("opportunities", 1), ("gravity", 2), ("fca", 3)):
        mine = api.travel_time(network, origins, destinations, speed="speed", oneway="oneway",
                               destination_weight="jobs", destination_id="name", demand="pop", measure=measure,
                               threshold=8, beta=0.1)
        path = tmp_path / f"access_{number}.gpkg"
        result = run_algorithm("strukturbild:traveltime", {
            **sources, "SPEED_FIELD": "speed", "ONEWAY_FIELD": "oneway", "DESTINATION_WEIGHT_FIELD": "jobs",
            "DESTINATION_ID_FIELD": "name", "DEMAND_FIELD": "pop", "MEASURE": number, "THRESHOLD": 8, "BETA": 0.1,
            "OUTPUT": str(path)})
        theirs = gpd.read_file(path)
        _same(mine, theirs, "name")
        assert mine.attrs["strukturbild"]["MEDIAN_TIME"] == pytest.approx(result["MEDIAN_TIME"])
        assert mine[{"nearest": "time_min", "opportunities": "opportunities", "gravity": "gravity",
                     "fca": "fca"}[measure]].notna().sum() > 20


def test_border_zones_same_as_the_algorithm(run_algorithm, tmp_path):
    regions = squares(PAIR + [("C", (0, 100, 100, 200))])
    people = gpd.GeoDataFrame({"pop": [10.0, 20.0, 40.0, 80.0]},
                              geometry=[box(X0 + x * 1000, Y0 + y * 1000, X0 + x * 1000 + 5000, Y0 + y * 1000 + 5000)
                                        for x, y in ((85, 50), (80, 95), (150, 50), (105, 90))], crs="EPSG:3006")
    services = gpd.GeoDataFrame(geometry=[Point(X0 + x * 1000, Y0 + y * 1000)
                                          for x, y in ((99, 1), (101, 1), (50, 95))], crs="EPSG:3006")
    mine = api.border_zones(regions, region_id="code", selection="A,B", border="all", bands="10,25",
                            population=people, population_field="pop", services=services)
    path = tmp_path / "zones.gpkg"
    result = run_algorithm("strukturbild:borderzones", {
        "REGIONS": [_write(regions, tmp_path / "regions.gpkg", "regions")], "REGION_ID_FIELD": "code",
        "SELECTION": "A,B", "BORDER": 1, "BANDS": "10,25",
        "POPULATION": _write(people, tmp_path / "people.gpkg", "people"), "POPULATION_FIELD": "pop",
        "SERVICES": _write(services, tmp_path / "services.gpkg", "services"), "OUTPUT": str(path)})
    theirs = gpd.read_file(path)
    for frame in (mine, theirs):
        frame["key"] = frame["region_id"] + ":" + frame["band_to"].map(str)
    _same(mine, theirs, "key")
    assert len(mine) == result["N_ZONES"] == 4
    assert mine.attrs["strukturbild"]["BORDER_KM"] == pytest.approx(result["BORDER_KM"])
    assert mine.attrs["strukturbild"]["BORDER_LENGTHS"] == result["BORDER_LENGTHS"]
    for key, geometry in zip(mine["key"], mine.geometry):
        other = theirs.loc[theirs["key"] == key].geometry.iloc[0]
        assert math.isclose(geometry.area, other.area, rel_tol=1e-9)
        assert geometry.symmetric_difference(other).area <= 1e-6 * geometry.area
