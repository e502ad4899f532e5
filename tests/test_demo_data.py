"""The demo strukturbild (demo/build_demo.py) against independent facts from the bundled demo data.

The facts are read here with GDAL/OGR straight from demo/data, not through the builder's code.
"""

import csv
import importlib.util
import math
import uuid
from pathlib import Path

import pytest
from conftest import DEMO_DATA  # a copy of demo/data: QGIS may write to GeoPackages it opens
from osgeo import ogr
from strukturbild.strukturbild_plugin import schema

REPO_ROOT = Path(__file__).resolve().parent.parent

COUNTIES = ("05", "06", "08")
#: Number of kommuner per county (SCB kommunindelning, unchanged since 1999 for these three).
KOMMUNER_PER_COUNTY = {"05": 13, "06": 13, "08": 12}

ogr.UseExceptions()


def _load_builder():
    script = REPO_ROOT / "demo" / "build_demo.py"
    spec = importlib.util.spec_from_file_location("strukturbild_build_demo", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(path, layer_name, geometry=False):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    assert layer is not None, f"{path} has no layer {layer_name}"
    rows = []
    for feature in layer:
        row = feature.items()
        if geometry:
            geom = feature.GetGeometryRef()
            row["_wkt"] = geom.ExportToIsoWkt() if geom is not None else None
            row["_geom"] = geom.Clone() if geom is not None else None
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def demo(qgis_app, tmp_path_factory):
    builder = _load_builder()
    path = tmp_path_factory.mktemp("demo") / "strukturbild_demo.gpkg"
    counts = builder.build(path, data_dir=DEMO_DATA, log=None)
    return path, counts


@pytest.fixture(scope="module")
def tatorter():
    return _rows(DEMO_DATA / "tatorter.gpkg", "tatorter", geometry=True)


@pytest.fixture(scope="module")
def la_2022():
    with open(DEMO_DATA / "la_scb_2020_2023.csv", encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["year"] == "2022"]


def test_every_element_layer_exists_and_counts_match(demo):
    path, counts = demo
    ds = ogr.Open(str(path))
    names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
    assert set(schema.element_keys()) <= names
    for key in schema.element_keys():
        assert ds.GetLayerByName(key).GetFeatureCount() == counts[key], key
    filled = {key for key, count in counts.items() if count}
    assert filled == {
        "administrativ_indelning", "nod", "funktionell_region", "funktionellt_samband",
        "gransoverskridande_samband", "utvecklingsstrak", "gronstruktur", "gransbygd", "blastruktur",
    }


def test_administrative_background_has_all_lan_and_kommuner(demo):
    path, _ = demo
    rows = _rows(path, "administrativ_indelning")
    lan = [row for row in rows if row["adm_niva"] == "lan"]
    kommuner = [row for row in rows if row["adm_niva"] == "kommun"]
    assert len(lan) == 21
    assert len(kommuner) == 290
    assert len({row["kod"] for row in kommuner}) == 290
    source = _rows(DEMO_DATA / "admin.gpkg", "kommuner")
    for county, expected in KOMMUNER_PER_COUNTY.items():
        in_source = [row for row in source if row["code"][:2] == county]
        in_demo = [row for row in kommuner if row["kod"][:2] == county]
        assert len(in_source) == expected
        assert len(in_demo) == expected
    assert sum(KOMMUNER_PER_COUNTY.values()) == 38


def test_regional_cores_are_exactly_the_big_tatorter(demo, tatorter):
    path, _ = demo
    nodes = _rows(path, "nod")
    expected = {row["name"] for row in tatorter if row["lan_code"] in COUNTIES and row["pop"] >= 40_000}
    assert expected == {"Linköping", "Norrköping", "Jönköping", "Kalmar"}
    assert {row["namn"] for row in nodes if row["nodniva"] == 1} == expected


def test_node_levels_follow_population(demo, tatorter):
    path, _ = demo
    nodes = _rows(path, "nod")
    in_counties = [row for row in tatorter if row["lan_code"] in COUNTIES and row["pop"] >= 1000]
    assert len(nodes) == len(in_counties)
    for node in nodes:
        assert node["kommunkod"][:2] in COUNTIES
        population = node["befolkning"]
        level = 1 if population >= 40_000 else 2 if population >= 10_000 else 3 if population >= 2_000 else 4
        assert node["nodniva"] == level, node["namn"]
        assert population >= 1000
    counted = {level: sum(1 for node in nodes if node["nodniva"] == level) for level in (1, 2, 3, 4)}
    assert counted[2] == sum(1 for row in in_counties if 10_000 <= row["pop"] < 40_000)


def test_functional_regions_are_the_la_regions_of_the_three_counties(demo, la_2022):
    path, _ = demo
    regions = _rows(path, "funktionell_region")
    expected = {row["la_code"] for row in la_2022 if row["kommun_code"][:2] in COUNTIES}
    assert {row["region_kod"] for row in regions} == expected
    assert all(row["indelning"] == "LA" and row["version"] == "LA2022" for row in regions)


def test_commuting_links_touch_the_three_counties(demo, la_2022, tatorter):
    path, _ = demo
    within = _rows(path, "funktionellt_samband", geometry=True)
    across = _rows(path, "gransoverskridande_samband", geometry=True)
    shares = {(row["kommun_code"], row["largest_flow_to"]): float(row["p2_largest_single_flow_share"])
              for row in la_2022}
    for row in within + across:
        assert row["from_id"][:2] in COUNTIES or row["to_id"][:2] in COUNTIES
        assert row["andel"] == pytest.approx(shares[(row["from_id"], row["to_id"])])
        assert row["flode"] is None
        assert row["ar"] == 2022
    assert all(row["from_id"][:2] == row["to_id"][:2] for row in within)
    assert all(row["samband_typ"] == "arbetspendling" for row in within)
    assert all(row["from_id"][:2] != row["to_id"][:2] for row in across)
    assert all(row["grans_typ"] == "lan" and row["motpart"] for row in across)
    # One link per kommun of the three counties (its largest out-commuting flow).
    from_counties = [row["from_id"] for row in within + across if row["from_id"][:2] in COUNTIES]
    assert sorted(from_counties) == sorted(row["kommun_code"] for row in la_2022
                                           if row["kommun_code"][:2] in COUNTIES)
    # Independent count of links that cross a län border (in 2022 only Ydre -> Tranås).
    crossing = {(row["kommun_code"], row["largest_flow_to"]) for row in la_2022
                if (row["kommun_code"][:2] in COUNTIES or row["largest_flow_to"][:2] in COUNTIES)
                and row["kommun_code"][:2] != row["largest_flow_to"][:2]}
    assert {(row["from_id"], row["to_id"]) for row in across} == crossing


def test_links_run_between_largest_tatorter_as_curves(demo, tatorter):
    path, _ = demo
    within = _rows(path, "funktionellt_samband", geometry=True)
    largest = {}
    for row in tatorter:
        if row["mun_code"] not in largest or row["pop"] > largest[row["mun_code"]]["pop"]:
            largest[row["mun_code"]] = row
    lines = {}
    for row in within:
        line = row["_geom"].GetGeometryRef(0)
        assert line.GetPointCount() == 20
        start, end = largest[row["from_id"]]["_geom"], largest[row["to_id"]]["_geom"]
        assert math.dist(line.GetPoint_2D(0), start.GetPoint_2D(0)) < 1
        assert math.dist(line.GetPoint_2D(19), end.GetPoint_2D(0)) < 1
        lines[(row["from_id"], row["to_id"])] = line
    # Opposite flows (Linköping <-> Norrköping) bend to opposite sides and do not overlap.
    there, back = lines[("0580", "0581")], lines[("0581", "0580")]
    assert math.dist(there.GetPoint_2D(10), back.GetPoint_2D(9)) > 5000
    assert there.Intersection(back).Length() == 0


def test_green_structure(demo):
    path, _ = demo
    rows = _rows(path, "gronstruktur")
    by_type = {}
    for row in rows:
        by_type.setdefault(row["gron_typ"], set()).add(row["namn"])
    assert by_type["nationalpark"] == {"Store Mosse", "Norra Kvill", "Blå Jungfrun"}
    assert "Östra Vätterbranterna" in by_type["biosfaromrade"]
    source = _rows(DEMO_DATA / "natur.gpkg", "naturreservat")
    assert len(by_type["naturreservat"]) == len(source) > 0


def test_border_bands_stay_in_their_county(demo):
    path, _ = demo
    bands = _rows(path, "gransbygd", geometry=True)
    assert len(bands) == 6
    lan = {row["code"]: row["_geom"] for row in _rows(DEMO_DATA / "admin.gpkg", "lan", geometry=True)}
    by_county = {}
    for band in bands:
        assert band["band_enhet"] == "km"
        county = lan[band["region_id"]]
        assert band["_geom"].Difference(county.Buffer(1)).GetArea() < 1e3
        by_county.setdefault(band["region_id"], {})[(band["band_from"], band["band_to"])] = band["_geom"]
    for county, parts in by_county.items():
        assert set(parts) == {(0.0, 10.0), (10.0, 25.0)}, county
        assert parts[(0.0, 10.0)].Intersection(parts[(10.0, 25.0)]).GetArea() < 1e3


def test_corridors_run_through_tatorter(demo, tatorter):
    path, _ = demo
    corridors = _rows(path, "utvecklingsstrak", geometry=True)
    assert len(corridors) >= 5
    points = [row["_geom"].GetPoint_2D(0) for row in tatorter]
    for corridor in corridors:
        assert corridor["strak_typ"] == "utvecklingsstrak"
        assert corridor["prioritet"] in (1, 2)
        assert "llustrativ" in corridor["beskrivning"]
        line = corridor["_geom"].GetGeometryRef(0)
        for i in range(line.GetPointCount()):
            assert min(math.dist(line.GetPoint_2D(i), point) for point in points) < 1, corridor["namn"]


def test_common_fields_and_code_lists(demo):
    path, _ = demo
    for element in schema.ELEMENT_TYPES:
        rows = _rows(path, element.key)
        if not element.context:
            ids = [row["id"] for row in rows]
            assert len(set(ids)) == len(ids), element.key
            for row in rows:
                uuid.UUID(row["id"])
                assert row["plan_id"] == "demo"
                assert row["struktur"] == element.struktur
                assert row["objekttyp"] == element.objekttyp
                assert row["kalla"]
        for spec in element.fields:
            if spec.is_coded:
                allowed = {code.value for code in spec.codes}
                values = {row[spec.name] for row in rows} - {None}
                assert values <= allowed, (element.key, spec.name, values - allowed)


def test_build_is_deterministic(demo, tmp_path):
    path, _ = demo
    again = tmp_path / "again.gpkg"
    _load_builder().build(again, data_dir=DEMO_DATA, log=None)
    for key in schema.element_keys():
        first = [{k: v for k, v in row.items() if k != "_geom"} for row in _rows(path, key, geometry=True)]
        second = [{k: v for k, v in row.items() if k != "_geom"} for row in _rows(again, key, geometry=True)]
        assert first == second, key
