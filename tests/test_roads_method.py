"""Road layers as they come: NVDB, OSM and osmnx fields → speeds and directions (hand-checked values)."""

import pytest
from strukturbild.processing_algorithms.methods import roads

NVDB = ["Klass_181", "F_Hogst_225", "B_Hogst_225", "F_ForbjudenFardriktning", "B_ForbjudenFardriktning"]
OSMNX = ["u", "v", "key", "osmid", "oneway", "highway", "maxspeed", "maxspeed_kmh", "length"]
OSM = ["osm_id", "highway", "maxspeed", "oneway", "junction"]


def test_schema_detection():
    assert roads.detect_schema(NVDB) == "nvdb"
    assert roads.detect_schema([n.lower() for n in NVDB]) == "nvdb"
    assert roads.detect_schema(OSMNX) == "osmnx"
    assert roads.detect_schema(OSM) == "osm"
    assert roads.detect_schema(["name", "speed"]) is None
    # the Linköping OSM sample: ways with a cleaned speed limit but no highway tag
    assert roads.detect_schema(["osm_way_id", "name", "maxspeed_kmh", "lanes"]) == "osm"
    assert roads.line_speeds("osm", ["maxspeed_kmh"], {"maxspeed_kmh": None}, 45) == (45.0, 45.0)
    assert roads.line_speeds("osm", ["maxspeed_kmh"], {"maxspeed_kmh": 30}, 45) == (30.0, 30.0)


@pytest.mark.parametrize("value,expected", [
    ("50", 50), (50, 50), ("['50', '30']", 30), ("30;50", 30), ("20 mph", 20 * 1.609344), ("SE:urban", 50),
    ("SE:rural", 70), ("none", None), ("", None), (None, None), ("signals", None),
])
def test_parse_maxspeed(value, expected):
    assert roads.parse_maxspeed(value) == (pytest.approx(expected) if expected is not None else None)


def test_nvdb_speeds_per_direction_and_forbidden_direction():
    record = {"Klass_181": 3, "F_Hogst_225": 90, "B_Hogst_225": 70}
    assert roads.line_speeds("nvdb", NVDB, record, 50) == (90.0, 70.0)
    # a missing limit falls back to the other direction, then to the road class default
    assert roads.line_speeds("nvdb", NVDB, {"Klass_181": 3, "B_Hogst_225": 60}, 50) == (60.0, 60.0)
    assert roads.line_speeds("nvdb", NVDB, {"Klass_181": 7}, 50) == (50.0, 50.0)
    assert roads.line_speeds("nvdb", NVDB, {"Klass_181": 1}, 50) == (100.0, 100.0)
    closed = {"Klass_181": 5, "F_Hogst_225": 40, "B_Hogst_225": 40, "F_ForbjudenFardriktning": "true"}
    assert roads.line_speeds("nvdb", NVDB, closed, 50) == (0.0, 40.0)


def test_osm_ways_and_osmnx_edges():
    assert roads.line_speeds("osm", OSM, {"highway": "primary", "maxspeed": "['70', '50']"}, 50) == (50.0, 50.0)
    assert roads.line_speeds("osm", OSM, {"highway": "motorway"}, 50) == (110.0, 110.0)
    assert roads.line_speeds("osm", OSM, {"highway": "residential", "oneway": "yes"}, 50) == (40.0, 0.0)
    assert roads.line_speeds("osm", OSM, {"highway": "residential", "oneway": "-1"}, 50) == (0.0, 40.0)
    assert roads.line_speeds("osm", OSM, {"highway": "tertiary", "junction": "roundabout"}, 50) == (60.0, 0.0)
    assert roads.line_speeds("osm", OSM, {"highway": "unknown_class"}, 45) == (45.0, 45.0)
    # osmnx: each line is one directed edge u → v; maxspeed_kmh (the cleaned smallest number) wins
    edge = {"u": 1, "v": 2, "highway": "['secondary', 'tertiary']", "maxspeed": "['50', '30']", "maxspeed_kmh": 30}
    assert roads.line_speeds("osmnx", OSMNX, edge, 50) == (30.0, 0.0)
    assert roads.line_speeds("osmnx", OSMNX, {"u": 1, "v": 2, "highway": "secondary"}, 50) == (70.0, 0.0)


def test_unknown_schema_uses_the_default_speed_both_ways():
    assert roads.line_speeds(None, ["name"], {"name": "x"}, 50) == (50.0, 50.0)
