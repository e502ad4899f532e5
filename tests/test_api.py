"""strukturbild.api (notebooks and scripts, no QGIS): the plugin's oracles reached through GeoDataFrames.

SCB LA 2020–2023 on the 290 kommuner, TTWA against Istat's LabourMarketAreas, the habitat network against Conefor
2.7.3's r250 (disc polygons), travel times on a hand-worked road, border zones of two squares; the same numbers
with input in degrees and in feet (reprojected, with a warning). The field names and values against the QGIS
algorithms are in test_api_qgis.py, the installed package in test_api_package.py.
"""

import csv
import math
import re
import subprocess
import sys
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from conftest import DEMO_DATA, REPO_ROOT, STAGE, TEST_DATA
from shapely.geometry import LineString, Point, box
from strukturbild import api
from strukturbild.processing_algorithms.methods.errors import MethodError
from test_connectivitytables import COLUMNS, OVERALL, conefor_importances, conefor_overall
from test_la import EXPECTED_REGIONS, LA, LINKS, _matrix_with_shares, _shares

CONEFOR = TEST_DATA / "connectivity"
LMA = TEST_DATA / "lma"
X0, Y0 = 500_000.0, 6_500_000.0
FEET = "+proj=tmerc +lat_0=0 +lon_0=15 +k=0.9996 +x_0=500000 +y_0=0 +ellps=GRS80 +units=us-ft +no_defs"


def _partition(pairs):
    groups = {}
    for key, label in pairs:
        groups.setdefault(label, set()).add(key)
    return {frozenset(group) for group in groups.values()}


def _kommuner():
    return gpd.read_file(DEMO_DATA / "admin.gpkg", layer="kommuner")


def _od_frame(codes, matrix):
    """An SCB-like OD table as pandas reads it from a CSV: text codes, counts with a decimal comma, a total row."""
    rows = [(codes[i], codes[j], f"{matrix[i, j]:.4f}".replace(".", ",")) for i, j in zip(*np.nonzero(matrix))]
    rows.append(("Totalt", "Totalt", f"{matrix.sum():.4f}".replace(".", ",")))
    return pd.DataFrame(rows, columns=["Bostadskommun", "Arbetsställekommun", "Antal"])


# -- functional regions ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("year", ["2020", "2021", "2022", "2023"])
def test_scb_la_through_the_api_equals_official(year):
    rows, codes, p1, p2, till = _shares(year)
    names = [r["kommun_name"] for r in rows]
    pairs = [(i, int(till[i])) for i, r in enumerate(rows)
             if r["la_name"] == f"{names[i]}-{names[till[i]]}" and rows[till[i]]["la_name"] == r["la_name"]]
    flows = _od_frame(codes, _matrix_with_shares(p1, p2, till, int(year), pairs))
    zones, regions = api.functional_regions(_kommuner(), flows, zone_id="code", zone_name="name",
                                            origin="Bostadskommun", destination="Arbetsställekommun", value="Antal",
                                            method="la", regions=True)
    assert len(regions) == EXPECTED_REGIONS[year] == zones.attrs["strukturbild"]["N_REGIONS"]
    assert len(zones) == 290 and zones.attrs["strukturbild"]["N_UNMATCHED_IDS"] == 0
    official = {r["kommun_code"]: r for r in LA[year]}
    assert _partition(zip(zones["code"], zones["region_id"])) == _partition(
        (code, r["la_code"]) for code, r in official.items())
    for code, region_name, role, links in zip(zones["code"], zones["region_name"], zones["role"], zones["links"]):
        assert region_name == official[code]["la_name"], code
        if year != "2023":  # link_type is empty in SCB's 2023 sheet
            assert links == LINKS[official[code]["link_type"]]
            assert (role == "centre") == (official[code]["link_type"] == "11")
    stockholm = zones.loc[zones["code"] == "0180"].iloc[0]
    assert (stockholm["region_id"], stockholm["region_name"]) == ("0180-0184", "Stockholm-Solna")
    assert isinstance(zones, gpd.GeoDataFrame) and zones.crs == "EPSG:3006"
    assert set(regions.geometry.geom_type) == {"MultiPolygon"}
    assert regions["strukturbild_typ"].eq("funktionell_region").all() and regions["indelning"].eq("LA").all()


def _reference(name):
    with open(LMA / f"{name}_1000_0.6667_10000_0.75_clusterList.csv", encoding="utf-8") as handle:
        return {row["community"]: row["cluster"] for row in csv.DictReader(handle)}


@pytest.mark.parametrize("name,flows_file,origin,destination,value,pad", [
    ("Brindisi", "brindisi_flows.csv", "community_live", "community_work", "amount", 0),
    ("Norway2022", "no_pendling_ssb03321_2022.csv", "residence_code", "workplace_code", "employed", 4),
])
def test_ttwa_through_the_api_equals_istat_lma(name, flows_file, origin, destination, value, pad):
    reference = {code.zfill(pad): cluster for code, cluster in _reference(name).items()}
    codes = sorted(reference)
    zones = gpd.GeoDataFrame({"code": codes}, geometry=[Point(1_000_000 + 1000 * (k % 20), 4_500_000 + 1000 * k)
                                                        for k in range(len(codes))], crs="EPSG:3003")
    flows = pd.read_csv(LMA / flows_file, dtype=str)
    out, regions = api.functional_regions(zones, flows, zone_id="code", origin=origin, destination=destination,
                                          value=value, method="ttwa", min_size=1000, min_sc=0.6667,
                                          target_size=10000, target_sc=0.75, regions=True)
    got = {code: region for code, region in zip(out["code"], out["region_id"]) if region}
    assert _partition(got.items()) == _partition(reference.items())
    assert len(regions) == len(set(reference.values()))
    assert regions["validity"].notna().all() and (regions["validity"] > 0).all()  # TTWA's validity is filled
    assert set(out["role"]) <= {"centre", "member", "reserve", "none"}


def test_functional_regions_bad_input_is_a_clear_error():
    zones = gpd.GeoDataFrame({"code": ["1", "2"]}, geometry=[Point(0, 0), Point(1, 0)], crs=3006)
    flows = pd.DataFrame({"o": ["1", "2"], "d": ["1", "2"], "n": [5, 7]})
    with pytest.raises(MethodError, match="no commuting between different zones"):
        api.functional_regions(zones, flows, zone_id="code", origin="o", destination="d", value="n")
    with pytest.raises(MethodError, match="no column 'kod'"):
        api.functional_regions(zones, flows, zone_id="kod", origin="o", destination="d", value="n")
    with pytest.raises(MethodError, match="duplicated"):
        api.functional_regions(zones.assign(code=["1", "1"]), flows, zone_id="code", origin="o", destination="d",
                               value="n")
    with pytest.raises(MethodError, match="method must be one of"):
        api.functional_regions(zones, flows, zone_id="code", origin="o", destination="d", value="n", method="k")
    with pytest.raises(MethodError, match="min_size < target_size"):
        api.functional_regions(zones, flows, zone_id="code", origin="o", destination="d", value="n", method="ttwa",
                               min_size=5, target_size=4)


def test_flow_lines_shares_and_groups():
    zones = gpd.GeoDataFrame({"code": ["01", "02", "03"], "lan": ["A", "A", "B"]},
                             geometry=[box(0, 0, 10, 10), box(10, 0, 20, 10), box(20, 0, 30, 10)], crs=3006)
    flows = pd.DataFrame({"o": ["1", "1", "2", "3"], "d": ["1", "2", "3", "1"], "n": [60, 40, 30, 10]})
    lines = api.flow_lines(zones, flows, zone_id="code", origin="o", destination="d", value="n", group="lan",
                           curved=False)
    assert list(lines.columns) == list(api.FLOW_LINE_FIELDS) + ["geometry"]
    by_pair = {(o, d): row for o, d, row in zip(lines["origin"], lines["destination"], lines.itertuples())}
    assert set(by_pair) == {("01", "02"), ("02", "03"), ("03", "01")}  # the diagonal is never drawn
    assert by_pair[("01", "02")].share_of_origin == pytest.approx(0.4)  # 40 of 01's 100 employed residents
    assert by_pair[("02", "03")].crosses == "A-B" and by_pair[("01", "02")].crosses == ""
    assert by_pair[("02", "03")].strukturbild_typ == "gransoverskridande_samband"
    assert lines.geometry.iloc[0].coords[0] == (5.0, 5.0)  # from the centroid of 01
    assert lines.attrs["strukturbild"]["SHARE_CROSSING"] == pytest.approx(40 / 80)


# -- habitat network: Conefor r250 ----------------------------------------------------------------------------------

def r250_discs(crs="EPSG:3006"):
    """Conefor's r250 landscape (tests/data/connectivity/SOURCE.md: seed 250, uniform centres in a square of side
    20 km·sqrt(n/40), lognormal areas of median 5 ha), as disc polygons of 256 segments."""
    n = 250
    rng = np.random.default_rng(250)
    xy = rng.uniform(0, 20000 * np.sqrt(n / 40), size=(n, 2)) + (X0, Y0)
    area_ha = rng.lognormal(np.log(5), 1, n)
    radius = np.sqrt(area_ha * 1e4 / np.pi)
    discs = [Point(x, y).buffer(r, quad_segs=64) for (x, y), r in zip(xy, radius)]
    frame = gpd.GeoDataFrame({"patch": [str(k + 1) for k in range(n)], "area_ha": area_ha}, geometry=discs,
                             crs="EPSG:3006")
    return frame if crs == "EPSG:3006" else frame.to_crs(crs)


def _close(got, expected):
    """Polygonised discs shift distances by centimetres: relative 1e-3, or absolute 1e-3 (%) below that."""
    return abs(got - expected) <= 1e-3 * max(abs(expected), 1.0)


def _check_r250(patches):
    expected = conefor_overall(CONEFOR / "r250_le5000_overall_indices.txt")
    overall = patches.attrs["strukturbild"]
    for conefor_name, name in OVERALL.items():
        if conefor_name in expected and overall.get(name) is not None:
            assert _close(overall[name], expected[conefor_name]), (conefor_name, overall[name])
    assert overall["PC_NUM"] == pytest.approx(expected["PCnum"], rel=1e-3)
    rows = patches.set_index("patch")
    for node, values in conefor_importances(CONEFOR / "r250_le5000_node_importances.txt").items():
        for conefor_name, field in COLUMNS.items():
            if conefor_name in values and conefor_name.startswith("dPC"):
                assert _close(rows.loc[node, field], values[conefor_name]), (node, conefor_name)


# Conefor's r250 run links the pairs within 5 km ('notall' with r250_dist_le5000.txt) and keeps every path: the
# polygons lie a few centimetres farther apart than the discs, hence 5000.5 m.
R250 = dict(distance=1000, probability=0.5, min_probability=0, max_distance=5000.5, attribute="area_ha",
            patch_id="patch")


def test_habitat_network_through_the_api_equals_conefor_r250():
    patches, links = api.habitat_network(r250_discs(), links=True, **R250)
    _check_r250(patches)
    assert list(patches.columns[-len(api.IMPORTANCE_FIELDS):]) == list(api.IMPORTANCE_FIELDS)
    pairs = np.loadtxt(CONEFOR / "r250_dist_le5000.txt")
    assert len(links) == len(pairs)
    conefor = {(str(int(a)), str(int(b))): d for a, b, d in pairs}
    for a, b, gap, line in zip(links["from_id"], links["to_id"], links["distance"], links.geometry):
        assert gap == pytest.approx(conefor[(a, b)], abs=0.5)
        assert line.length == pytest.approx(gap, abs=0.01)  # between the patches' nearest points
    assert set(links["samband_typ"]) == {"gront_samband", "svagt_samband"}
    assert patches.crs == "EPSG:3006" and set(patches.geom_type) == {"MultiPolygon"}


def test_habitat_network_in_degrees_is_reprojected_with_the_same_numbers():
    with pytest.warns(api.StrukturbildWarning, match="not in metres: it is reprojected to EPSG:32633"):
        patches = api.habitat_network(r250_discs("EPSG:4326"), **R250)
    _check_r250(patches)
    assert patches.crs == "EPSG:32633"


def test_habitat_network_area_by_default_and_bad_input():
    frame = gpd.GeoDataFrame({"name": ["a", "b"]}, geometry=[box(0, 0, 100, 100), box(300, 0, 400, 200)], crs=3006)
    patches = api.habitat_network(frame, distance=500, patch_id="name")
    assert patches.attrs["strukturbild"]["N_COMPONENTS"] == 1
    assert patches["dPC_intra"].iloc[1] > patches["dPC_intra"].iloc[0]  # 2 ha against 1 ha
    with pytest.raises(MethodError, match="no coordinate reference system"):
        api.habitat_network(frame.set_crs(None, allow_override=True))
    with pytest.raises(MethodError, match="probability"):
        api.habitat_network(frame, probability=1.0)
    with pytest.raises(MethodError, match="must be polygons"):
        api.habitat_network(gpd.GeoDataFrame(geometry=[Point(0, 0)], crs=3006))
    with pytest.raises(MethodError, match="client must be a dask.distributed Client or a scheduler address"):
        api.habitat_network(frame, client=object())


# -- travel time: tests/test_traveltime.py's first road ---------------------------------------------------------------

def _road_frames(crs="EPSG:3006"):
    """A 10 km road at 60 km/h (1 min per km), three origins and two destinations (km from (X0, Y0))."""
    def at(x, y):
        return Point(X0 + x * 1000, Y0 + y * 1000)

    network = gpd.GeoDataFrame({"speed": [60.0, 60.0], "oneway": [None, None]},
                               geometry=[LineString([at(0, 0), at(5, 0)]), LineString([at(5, 0), at(10, 0)])],
                               crs="EPSG:3006")
    origins = gpd.GeoDataFrame({"name": ["on road", "off road", "far"]},
                               geometry=[at(1, 0), at(2, 0.1), at(5, 5)], crs="EPSG:3006")
    destinations = gpd.GeoDataFrame({"name": ["east", "west"], "weight": [1.0, 1.0]},
                                    geometry=[at(7, 0), at(-3, 0)], crs="EPSG:3006")
    return tuple(frame if crs == "EPSG:3006" else frame.to_crs(crs) for frame in (network, origins, destinations))


def _check_road(out):
    rows = out.set_index("name")
    assert rows.loc["on road", "time_min"] == pytest.approx(6.0, rel=1e-6)
    assert rows.loc["on road", "nearest_id"] == "east"
    assert rows.loc["off road", "time_min"] == pytest.approx(1.2 + 5.0, rel=1e-6)  # 100 m at 5 km/h, then 5 km
    assert math.isnan(rows.loc["far", "time_min"]) and rows.loc["far", "nearest_id"] is None
    assert out.attrs["strukturbild"]["N_UNATTACHED"] == 1 and out.attrs["strukturbild"]["N_ORIGINS"] == 3
    assert (out["access_method"] == "road network").all()


def test_travel_time_through_the_api_on_a_hand_worked_road():
    network, origins, destinations = _road_frames()
    with pytest.warns(api.StrukturbildWarning, match="farther than 500 m"):
        out = api.travel_time(network, origins, destinations, speed="speed", destination_id="name",
                              measure="nearest", max_snap=500)
    _check_road(out)
    assert list(out.columns) == ["name", "geometry"] + list(api.TRAVEL_TIME_FIELDS)
    assert out.crs == origins.crs and out.geometry.equals(origins.geometry)
    opportunities = api.travel_time(network, origins, destinations, speed="speed", measure="opportunities",
                                    threshold=5, max_snap=500, destination_weight="weight")
    assert list(opportunities["opportunities"].fillna(-1)) == [0.0, 0.0, -1]  # east is 6 and 6.2 minutes away
    assert api.travel_time(network, origins, destinations, speed="speed", measure="opportunities", threshold=6.5,
                           max_snap=500)["opportunities"].iloc[:2].tolist() == [1.0, 1.0]


@pytest.mark.parametrize("crs,target", [("EPSG:4326", "EPSG:32633"), (FEET, "EPSG:32633")])
def test_travel_time_in_degrees_and_feet_is_reprojected_with_the_same_numbers(crs, target):
    network, origins, destinations = _road_frames(crs)
    with pytest.warns(api.StrukturbildWarning, match=f"reprojected to {target}"):
        out = api.travel_time(network, origins, destinations, speed="speed", destination_id="name", max_snap=500)
    _check_road(out)
    assert out.crs == origins.crs  # the origins come back in their own CRS


def test_travel_time_straight_line_estimate_and_errors():
    _, origins, destinations = _road_frames()
    with pytest.warns(api.StrukturbildWarning, match="estimate"):
        out = api.travel_time(None, origins, destinations, default_speed=50, detour_factor=1.3)
    # on road (1 km) → west (−3 km): 4 km × 1.3 at 50 km/h = 6.24 min
    assert out.set_index("name").loc["on road", "time_min"] == pytest.approx(4 * 1.3 / 50 * 60)
    assert out.set_index("name").loc["on road", "nearest_id"] == "1"  # the destinations' index without an id
    assert "estimate" in out["access_method"].iloc[0]
    network, origins, destinations = _road_frames()
    with pytest.raises(MethodError, match="need a road network"):
        api.travel_time(None, origins, destinations, measure="gravity")
    with pytest.raises(MethodError, match="no column 'speed_kmh'"):
        api.travel_time(network, origins, destinations, speed="speed_kmh")
    with pytest.raises(MethodError, match="already has a column 'time_min'"):
        api.travel_time(network, origins.assign(time_min=1.0), destinations)
    with pytest.raises(MethodError, match="client must be a dask.distributed Client or a scheduler address"):
        api.travel_time(network, origins, destinations, client=object())


def test_travel_time_one_way_codes_from_the_method_layer():
    network, origins, destinations = _road_frames()
    # the road east of x = 5 km is one-way against the digitising direction: 'east' cannot be reached from the west
    network = network.assign(oneway=[None, "-1"])
    out = api.travel_time(network, origins, destinations, speed="speed", oneway="oneway", destination_id="name",
                          max_snap=500)
    assert out["time_min"].isna().all()
    assert out.attrs["strukturbild"]["N_WITHOUT_DESTINATION"] == 2


# -- border zones: two squares ------------------------------------------------------------------------------------

def squares(rows, crs="EPSG:3006"):
    frame = gpd.GeoDataFrame({"code": [code for code, _ in rows]},
                             geometry=[box(X0 + x0 * 1000, Y0 + y0 * 1000, X0 + x1 * 1000, Y0 + y1 * 1000)
                                       for _, (x0, y0, x1, y1) in rows], crs="EPSG:3006")
    return frame if crs == "EPSG:3006" else frame.to_crs(crs)


PAIR = [("A", (0, 0, 100, 100)), ("B", (100, 0, 200, 100))]


def _check_squares(zones, exact=True):
    got = {(r, a, b): row for r, a, b, row in zip(zones["region_id"], zones["band_from"], zones["band_to"],
                                                   zones.itertuples())}
    assert set(got) == {("A", 0, 10), ("A", 10, 25), ("B", 0, 10), ("B", 10, 25)}
    for side in "AB":
        assert got[(side, 0, 10)].area_km2 == pytest.approx(1000.0, rel=1e-9)
        assert got[(side, 10, 25)].area_km2 == pytest.approx(1500.0, rel=1e-9)
        assert got[(side, 0, 10)].geometry.area / 1e6 == pytest.approx(1000.0, rel=1e-9)
    if exact:  # reprojected corners differ by micrometres, and the difference of two bands keeps such slivers
        ring = got[("A", 10, 25)].geometry.bounds
        assert (ring[0] - X0, ring[2] - X0) == pytest.approx((75_000, 90_000))
    assert got[("A", 0, 10)].grans == "A–B" and got[("A", 0, 10)].band_enhet == "km"
    assert zones["population"].isna().all() and zones["services"].isna().all()
    assert zones.attrs["strukturbild"]["BORDER_KM"] == pytest.approx(100.0, rel=1e-9)
    assert zones.attrs["strukturbild"]["BORDER_LENGTHS"] == "A–B: 100.0 km"


def test_border_zones_through_the_api_two_squares_exact_areas():
    zones = api.border_zones(squares(PAIR), region_id="code", bands="10,25")
    _check_squares(zones)
    assert list(zones.columns) == list(api.BORDER_ZONE_FIELDS) + ["geometry"]
    assert zones.crs == "EPSG:3006" and set(zones.geom_type) == {"MultiPolygon"}
    assert (zones["strukturbild_typ"] == "gransbygd").all() and (zones["access_method"] == "distance").all()
    assert api.border_zones(squares(PAIR), region_id="code", bands=[25, 10]).equals(zones)


def test_border_zones_in_degrees_and_feet_are_reprojected_with_the_same_areas():
    with pytest.warns(api.StrukturbildWarning, match="reprojected to EPSG:32633"):
        degrees = api.border_zones(squares(PAIR, "EPSG:4326"), region_id="code", bands=(10, 25))
    assert degrees.crs == "EPSG:32633"
    _check_squares(degrees, exact=False)
    with pytest.warns(api.StrukturbildWarning, match="reprojected to EPSG:32633"):
        _check_squares(api.border_zones(squares(PAIR, FEET), region_id="code", bands=(10, 25)), exact=False)
    # a working CRS in metres given: used as it is, the regions reprojected to it
    with pytest.warns(api.StrukturbildWarning, match="reprojected to EPSG:3006"):
        _check_squares(api.border_zones(squares(PAIR, "EPSG:4326"), region_id="code", target_crs="EPSG:3006"),
                       exact=False)
    with pytest.raises(MethodError, match="in degrees"):
        api.border_zones(squares(PAIR), region_id="code", target_crs="EPSG:4326")


def test_border_zones_population_services_and_time_bands():
    people = gpd.GeoDataFrame({"pop": [10.0, 20.0, 40.0, 80.0, 160.0]},
                              geometry=[Point(X0 + x * 1000, Y0 + y * 1000)
                                        for x, y in ((95, 50), (80, 50), (150, 50), (105, 99), (10, 10))], crs=3006)
    services = gpd.GeoDataFrame(geometry=[Point(X0 + x * 1000, Y0 + y * 1000)
                                          for x, y in ((99, 1), (101, 1), (102, 2), (50, 50))], crs=3006)
    zones = api.border_zones(squares(PAIR), region_id="code", bands=(10, 25), population=people,
                             population_field="pop", services=services)
    got = {(r, b): (p, s) for r, b, p, s in zip(zones["region_id"], zones["band_to"], zones["population"],
                                                zones["services"])}
    assert got == {("A", 10): (10, 1), ("A", 25): (20, 0), ("B", 10): (80, 2), ("B", 25): (0, 0)}
    # 60 km/h with a detour factor of 1.5: 30 and 60 minutes are 20 and 40 km from the border
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", api.StrukturbildWarning)
        timed = api.border_zones(squares(PAIR), region_id="code", bands=(30, 60), mode="time", default_speed=60,
                                 detour_factor=1.5)
    assert timed["area_km2"].tolist() == pytest.approx([2000.0] * 4, rel=1e-9)
    assert (timed["band_enhet"] == "min").all() and timed["access_method"].str.contains("estimate").all()


def test_border_zones_over_a_road_grid():
    # tests/test_borderzones.py's road grid: A = 0–10 km, B = 10–20 km, a road along y = 5 km across the border and
    # one along x = 7 km in A, at 60 km/h; bands 2 and 5 minutes, the reached roads buffered by 100 m
    def road(*points):
        return LineString([(X0 + x * 1000, Y0 + y * 1000) for x, y in points])

    network = gpd.GeoDataFrame({"speed": [60.0, 60.0]}, geometry=[road((0, 5), (7, 5), (10, 5), (20, 5)),
                                                                  road((7, 0), (7, 5), (7, 10))], crs=3006)
    zones = api.border_zones(squares([("A", (0, 0, 10, 10)), ("B", (10, 0, 20, 10))]), region_id="code",
                             bands=(2, 5), mode="time", network=network, speed="speed", road_buffer=100)
    got = {(r, b): area for r, b, area in zip(zones["region_id"], zones["band_to"], zones["area_km2"])}
    half_disc = math.pi * 100.0**2 / 2
    a_fast = 2000 * 200 + half_disc
    a_all = 5000 * 200 + half_disc + 4000 * 200 + 2 * half_disc - 200 * 200
    assert got[("A", 2)] * 1e6 == pytest.approx(a_fast, rel=1e-3)
    assert got[("A", 5)] * 1e6 == pytest.approx(a_all - a_fast, rel=1e-3)
    assert got[("B", 2)] * 1e6 == pytest.approx(2000 * 200 + half_disc, rel=1e-3)
    assert got[("B", 5)] * 1e6 == pytest.approx(3000 * 200, rel=1e-3)
    assert (zones["access_method"] == "road network").all()


def test_border_zones_bad_input():
    with pytest.raises(MethodError, match="share no border"):
        api.border_zones(squares([("A", (0, 0, 10, 10)), ("B", (50, 0, 60, 10))]), region_id="code")
    with pytest.raises(MethodError, match="not found"):
        api.border_zones(squares(PAIR), region_id="code", selection="A,C")
    with pytest.raises(MethodError, match="overlap"):
        api.border_zones(squares([("A", (0, 0, 100, 100)), ("B", (50, 0, 150, 100))]), region_id="code")
    with pytest.raises(MethodError, match="bands"):
        api.border_zones(squares(PAIR), region_id="code", bands="ten")
    with pytest.raises(MethodError, match="no coordinate reference system"):
        api.border_zones(squares(PAIR).set_crs(None, allow_override=True), region_id="code")


# -- the README's notebook session ----------------------------------------------------------------------------------

def test_readme_session_runs_end_to_end(tmp_path):
    """The session in README.md ("Notebooks and scripts: strukturbild.api"), as written, on the demo data."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Notebooks and scripts: strukturbild.api"):]
    section = section[:section.index("\n## ", 5)]
    code = re.findall(r"```python\n(.*?)```", section, re.S)[0]
    check = ("\nprint(len(regioner), regioner.set_index('region_name').loc['Luleå', 'n_zones'], "
             "int(restid['time_min'].notna().sum()), len(lankar), round(omraden['dPC'].max()))\n")
    script = tmp_path / "session.py"
    script.write_text(f"import sys\nsys.path.insert(0, {str(STAGE)!r})\n" + code + check, encoding="utf-8")
    done = subprocess.run([sys.executable, "-W", "ignore", str(script)], cwd=str(REPO_ROOT), capture_output=True,
                          text=True, timeout=300, env={"MPLBACKEND": "Agg", "PATH": "/usr/bin:/bin",
                                                       "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    regions, lulea, timed, links, best = done.stdout.split()[-5:]
    assert (regions, lulea) == ("9", "5")  # SCB's LA 2022 for Norrbotten: Luleå's LA has five kommuner
    assert int(timed) > 300 and int(links) > 0 and int(best) > 90
