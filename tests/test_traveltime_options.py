"""strukturbild:traveltime's options of issue 13 §2 (what pandana offers): DECAY, AGGREGATIONS, QUANTILE, the
measure 'k nearest destinations' with K, and OUTPUT_NODES (a value at every junction). Hand-worked roads at 60 km/h
(1 minute per km), so every number is checked by hand; the junction surface against origins placed on the
junctions; and the defaults give exactly the output of before."""

import math
import subprocess

import pytest
from conftest import QGIS_PROCESS
from qgis.core import QgsProcessingException, QgsVectorLayer
from test_traveltime import points, roads, run, run_logged


def null(value):
    return value is None or str(value) == "NULL"


def line_case():
    """A 10 km road from (0, 0) east at 60 km/h; origin 'o' at 0 and 'far' at 10; destinations at 2, 4, 6, 9 km with
    weights 10, 40, 20, 30 and one at 5 km without a weight."""
    network = roads([([(0, 0), (10, 0)], [60.0, None])])
    origins = points("o", [("o", (0, 0), 0, 0), ("far", (10, 0), 0, 0)])
    destinations = points("d", [("a", (2, 0), 10, 0), ("b", (4, 0), 40, 0), ("c", (6, 0), 20, 0),
                                ("d", (9, 0), 30, 0), ("n", (5, 0), None, 0)])
    return dict(NETWORK=network, SPEED_FIELD="speed", ORIGINS=origins, DESTINATIONS=destinations,
                DESTINATION_WEIGHT_FIELD="weight", DESTINATION_ID_FIELD="name")


def fields_of(tmp_path, name="access.gpkg"):
    layer = QgsVectorLayer(f"{tmp_path / name}|layername={name[:-5]}", "a", "ogr")
    return layer.fields().names()


def test_the_defaults_give_the_output_of_before(processing_provider, tmp_path):
    common = line_case()
    for measure in (0, 1):
        out = tmp_path / f"m{measure}"
        out.mkdir()
        result, rows = run(out, MEASURE=measure, THRESHOLD=7, **common)
        names = fields_of(out)
        assert names[-6:] == ["time_min", "nearest_id", "opportunities", "gravity", "fca", "access_method"]
        assert "N_NODES" in result and result["N_NODES"] == 0 and result.get("OUTPUT_NODES") is None
        explicit = tmp_path / f"e{measure}"
        explicit.mkdir()
        _, same = run(explicit, MEASURE=measure, THRESHOLD=7, DECAY=0, AGGREGATIONS=[], QUANTILE=0.25, K=3,
                      **common)
        assert fields_of(explicit) == names
        for name in rows:
            assert rows[name].attributes() == same[name].attributes()
    assert rows["o"]["opportunities"] == 70  # the weightless destination counts nothing, as before


def test_aggregations_of_the_weights_within_the_threshold(processing_provider, tmp_path):
    result, rows, log = run_logged(tmp_path, MEASURE=1, THRESHOLD=7, AGGREGATIONS=list(range(7)), QUANTILE=0.25,
                                   **line_case())
    o = rows["o"]
    assert o["opportunities"] == 70 and o["opp_count"] == 3
    assert o["opp_mean"] == pytest.approx(70 / 3) and o["opp_min"] == 10 and o["opp_max"] == 40
    assert o["opp_std"] == pytest.approx(math.sqrt(((10 - 70 / 3) ** 2 + (40 - 70 / 3) ** 2 + (20 - 70 / 3) ** 2) / 3))
    assert o["opp_median"] == pytest.approx(20) and o["opp_q25"] == pytest.approx(15)
    # 'far' at 10 km: d (1 min), c (4 min) within 7; b at 6 min too; a at 8 min is not
    far = rows["far"]
    assert far["opportunities"] == 90 and far["opp_count"] == 3 and far["opp_median"] == pytest.approx(30)
    assert any("1 destination(s) have no number in 'weight'" in w for w in log.warnings)
    names = fields_of(tmp_path)
    assert names[-7:] == ["opp_count", "opp_mean", "opp_min", "opp_max", "opp_std", "opp_median", "opp_q25"]
    # nothing within: count 0, the others NULL
    out = tmp_path / "none"
    out.mkdir()
    _, rows = run(out, MEASURE=1, THRESHOLD=1, AGGREGATIONS=[0, 1, 6], QUANTILE=0.9, **line_case())
    assert rows["o"]["opportunities"] == 0 and rows["o"]["opp_count"] == 0
    assert null(rows["o"]["opp_mean"]) and null(rows["o"]["opp_q90"])


@pytest.mark.parametrize("decay", [1, 2])
def test_linear_and_exponential_decay(processing_provider, tmp_path, decay):
    _, rows = run(tmp_path, MEASURE=1, THRESHOLD=7, DECAY=decay, BETA=0.1, AGGREGATIONS=[0, 1, 2], **line_case())
    t = [2.0, 4.0, 6.0]
    g = [1 - x / 7 for x in t] if decay == 1 else [math.exp(-0.1 * x) for x in t]
    w = [10, 40, 20]
    o = rows["o"]
    assert o["opportunities"] == pytest.approx(sum(a * b for a, b in zip(g, w)))
    assert o["opp_mean"] == pytest.approx(sum(a * b for a, b in zip(g, w)) / sum(g))
    assert o["opp_count"] == 3 and o["opp_min"] == 10  # not decayed


def test_options_of_another_measure_are_left_out_with_a_warning(processing_provider, tmp_path):
    _, rows, log = run_logged(tmp_path, MEASURE=0, DECAY=1, AGGREGATIONS=[0], **line_case())
    assert "opp_count" not in fields_of(tmp_path)
    assert any("apply to 'Opportunities within the threshold' only" in w for w in log.warnings)
    with pytest.raises(QgsProcessingException, match=r"Linear decay .*THRESHOLD"):
        run(tmp_path, MEASURE=1, DECAY=1, THRESHOLD=0, **line_case())


def test_k_nearest_destinations(processing_provider, tmp_path):
    common = line_case()
    # a twin of 'b' at the same place, after it in the layer: the tie goes to 'b'
    common["DESTINATIONS"] = points("d", [("a", (2, 0), 10, 0), ("b", (4, 0), 40, 0), ("c", (6, 0), 20, 0),
                                          ("d", (9, 0), 30, 0), ("b2", (4, 0), 5, 0)])
    result, rows = run(tmp_path, MEASURE=4, K=3, THRESHOLD=5, **common)
    names = fields_of(tmp_path)
    assert names[-6:] == ["time_1", "time_2", "time_3", "nearest_1", "nearest_2", "nearest_3"]
    o = rows["o"]
    assert [o["nearest_1"], o["nearest_2"], o["nearest_3"]] == ["a", "b", "b2"]
    assert [o["time_1"], o["time_2"], o["time_3"]] == pytest.approx([2.0, 4.0, 4.0])
    assert o["time_min"] == pytest.approx(2.0) and o["nearest_id"] == "a"
    # from 10 km: d (1), c (4) within 5 minutes; the third is NULL
    far = rows["far"]
    assert [far["nearest_1"], far["nearest_2"]] == ["d", "c"] and null(far["nearest_3"]) and null(far["time_3"])
    # THRESHOLD 0: no limit
    out = tmp_path / "all"
    out.mkdir()
    _, rows = run(out, MEASURE=4, K=5, THRESHOLD=0, **common)
    assert [rows["far"][f"nearest_{k}"] for k in range(1, 6)] == ["d", "c", "b", "b2", "a"]
    assert rows["far"]["time_5"] == pytest.approx(8.0)
    # nothing within the threshold: time_1 NULL, time_min the nearest all the same
    out = tmp_path / "none"
    out.mkdir()
    _, rows = run(out, MEASURE=4, K=2, THRESHOLD=0.5, **common)
    assert null(rows["o"]["time_1"]) and rows["o"]["time_min"] == pytest.approx(2.0)


def test_k_nearest_and_aggregations_with_the_straight_line_estimate(processing_provider, tmp_path):
    origins = points("o", [("o", (0, 0), 0, 0)])
    destinations = points("d", [("a", (3, 4), 10, 0), ("b", (0, 1), 20, 0), ("c", (30, 0), 5, 0)])
    common = dict(ORIGINS=origins, DESTINATIONS=destinations, DESTINATION_ID_FIELD="name", DETOUR_FACTOR=1.0,
                  DEFAULT_SPEED=60, DESTINATION_WEIGHT_FIELD="weight")
    _, rows = run(tmp_path, MEASURE=4, K=2, THRESHOLD=10, **common)
    assert [rows["o"]["nearest_1"], rows["o"]["nearest_2"]] == ["b", "a"]
    assert [rows["o"]["time_1"], rows["o"]["time_2"]] == pytest.approx([1.0, 5.0])
    assert "estimate" in rows["o"]["access_method"]
    out = tmp_path / "agg"
    out.mkdir()
    _, rows = run(out, MEASURE=1, THRESHOLD=10, AGGREGATIONS=[1], DECAY=1, **common)
    g = [1 - 5 / 10, 1 - 1 / 10]
    assert rows["o"]["opportunities"] == pytest.approx(g[0] * 10 + g[1] * 20)
    assert rows["o"]["opp_mean"] == pytest.approx((g[0] * 10 + g[1] * 20) / sum(g))
    with pytest.raises(QgsProcessingException, match=r"OUTPUT_NODES.*NETWORK"):
        run(tmp_path, MEASURE=0, OUTPUT_NODES=str(tmp_path / "nodes.gpkg"), **common)


def grid_network():
    """A 3 × 3 km grid of roads (lines along every row and column through 1 km vertices) at 60 km/h, a one-way
    row, and a road with a shape vertex (not a junction) to the east."""
    rows = []
    for k in range(4):
        rows.append(([(0, k), (1, k), (2, k), (3, k)], [60.0, "yes" if k == 2 else None]))
        rows.append(([(k, 0), (k, 1), (k, 2), (k, 3)], [60.0, None]))
    rows.append(([(3, 0), (4, 0.5), (5, 0)], [60.0, None]))
    return roads(rows)


def test_junction_surface_equals_origins_on_the_junctions(processing_provider, tmp_path):
    network = grid_network()
    destinations = points("d", [("x", (0.5, 0), 10, 0), ("y", (2, 2.5), 30, 0), ("z", (5, 0), 20, 0)])
    # the corners (0, 0), (0, 3) and (3, 3) are bends (two roads, two-way), not junctions; (5, 0) is a dead end
    corners = [(0, 0), (0, 3), (3, 3)]
    junctions = [(x, y) for x in range(4) for y in range(4) if (x, y) not in corners] + [(5, 0)]
    origins = points("o", [(f"{x},{y}", (x, y), 0, 1) for x, y in junctions + corners] + [("mid", (4, 0.5), 0, 1)])
    common = dict(NETWORK=network, SPEED_FIELD="speed", ONEWAY_FIELD="oneway", ORIGINS=origins,
                  DESTINATIONS=destinations, DESTINATION_ID_FIELD="name", DESTINATION_WEIGHT_FIELD="weight",
                  MAX_SNAP=10)
    from test_traveltime import X0, Y0

    for measure, extra, check in ((0, {}, ("time_min", "nearest_id")),
                                  (1, dict(THRESHOLD=2.5, AGGREGATIONS=[0, 1, 5], DECAY=2, BETA=0.2),
                                   ("opportunities", "opp_count", "opp_mean", "opp_median")),
                                  (2, dict(BETA=0.3), ("gravity",)),
                                  (3, dict(THRESHOLD=2.5, DEMAND_FIELD="pop"), ("fca",)),
                                  (4, dict(K=2, THRESHOLD=3), ("time_1", "time_2", "nearest_1", "nearest_2"))):
        out = tmp_path / f"m{measure}"
        out.mkdir()
        nodes_path = out / "nodes.gpkg"
        result, rows = run(out, MEASURE=measure, OUTPUT_NODES=str(nodes_path), **common, **extra)
        assert result["N_NODES"] == len(junctions)
        layer = QgsVectorLayer(f"{nodes_path}|layername=nodes", "n", "ogr")
        assert layer.featureCount() == len(junctions)
        assert layer.renderer().type() == "graduatedSymbol"  # styled, saved with the file
        seen = set()
        for feature in layer.getFeatures():
            p = feature.geometry().asPoint()
            key = (round((p.x() - X0) / 1000, 6), round((p.y() - Y0) / 1000, 6))
            name = f"{key[0]:g},{key[1]:g}"
            seen.add(name)
            for field in check:
                want, got = rows[name][field], feature[field]
                if isinstance(want, float):
                    assert got == pytest.approx(want, rel=1e-9, abs=1e-12), (measure, name, field)
                else:
                    assert (null(got) and null(want)) or got == want, (measure, name, field)
        assert seen == {f"{x:g},{y:g}" for x, y in junctions}  # the shape vertex (4, 0.5) is not a junction


def test_new_parameters_are_checked(processing_provider, tmp_path):
    common = line_case()
    for name, value in (("K", 0), ("K", 51), ("QUANTILE", 1.5), ("QUANTILE", -0.1)):
        with pytest.raises(QgsProcessingException, match=name):
            run(tmp_path, MEASURE=4, **{name: value}, **common)
    with pytest.raises(QgsProcessingException):
        run(tmp_path, MEASURE=1, AGGREGATIONS=[7], **common)
    origins = points("o", [("o", (0, 0), 0, 0)], fields="name:string&field=weight:double&field=opp_count:double")
    with pytest.raises(QgsProcessingException, match="already have a field 'opp_count'"):
        run(tmp_path, MEASURE=1, AGGREGATIONS=[0], **{**common, "ORIGINS": origins})


def test_new_options_through_qgis_process(processing_provider, qgis_process_env, tmp_path):
    """qgis_process takes AGGREGATIONS as a comma list, K and DECAY as numbers, OUTPUT_NODES as a file."""
    from qgis.core import QgsVectorFileWriter

    common = line_case()
    paths = {}
    for key in ("NETWORK", "ORIGINS", "DESTINATIONS"):
        layer = common[key]
        path = str(tmp_path / f"{key.lower()}.gpkg")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, layer.transformContext(), options)
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
        paths[key] = path
    output, nodes = tmp_path / "access.gpkg", tmp_path / "nodes.gpkg"
    completed = subprocess.run(
        [QGIS_PROCESS, "run", "strukturbild:traveltime", "--", f"NETWORK={paths['NETWORK']}",
         f"ORIGINS={paths['ORIGINS']}", f"DESTINATIONS={paths['DESTINATIONS']}", "SPEED_FIELD=speed",
         "DESTINATION_WEIGHT_FIELD=weight", "DESTINATION_ID_FIELD=name", "MEASURE=1", "THRESHOLD=7",
         "DECAY=0", "AGGREGATIONS=0,5,6", "QUANTILE=0.75", f"OUTPUT={output}", f"OUTPUT_NODES={nodes}"],
        env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "N_NODES:\t2" in completed.stdout
    rows = {f["name"]: f for f in QgsVectorLayer(str(output), "a", "ogr").getFeatures()}
    assert rows["o"]["opp_count"] == 3 and rows["o"]["opp_median"] == 20 and rows["o"]["opp_q75"] == 30
    assert QgsVectorLayer(str(nodes), "n", "ogr").featureCount() == 2
    completed = subprocess.run(
        [QGIS_PROCESS, "run", "strukturbild:traveltime", "--", f"NETWORK={paths['NETWORK']}",
         f"ORIGINS={paths['ORIGINS']}", f"DESTINATIONS={paths['DESTINATIONS']}", "SPEED_FIELD=speed",
         "DESTINATION_ID_FIELD=name", "MEASURE=4", "K=60", f"OUTPUT={tmp_path / 'k.gpkg'}"],
        env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 1 and "K (" in completed.stdout + completed.stderr


# -- the notebook API ------------------------------------------------------------------------------------------------


def _frames():
    """line_case() as GeoDataFrames."""
    import geopandas as gpd
    from shapely.geometry import LineString, Point
    from test_traveltime import X0, Y0

    def at(x, y):
        return Point(X0 + x * 1000, Y0 + y * 1000)

    network = gpd.GeoDataFrame({"speed": [60.0]}, geometry=[LineString([at(0, 0), at(10, 0)])], crs="EPSG:3006")
    origins = gpd.GeoDataFrame({"name": ["o", "far"]}, geometry=[at(0, 0), at(10, 0)], crs="EPSG:3006")
    destinations = gpd.GeoDataFrame({"name": list("abcdn"), "weight": [10, 40, 20, 30, None]},
                                    geometry=[at(2, 0), at(4, 0), at(6, 0), at(9, 0), at(5, 0)], crs="EPSG:3006")
    return network, origins, destinations


def test_api_aggregations_decay_k_nearest_and_nodes():
    from strukturbild import api
    from strukturbild.processing_algorithms.methods.errors import MethodError

    network, origins, destinations = _frames()
    common = dict(speed="speed", destination_weight="weight", destination_id="name")
    with pytest.warns(api.StrukturbildWarning, match="1 destination.s. have no number in 'weight'"):
        out = api.travel_time(network, origins, destinations, measure="opportunities", threshold=7,
                              aggregations=["count", "mean", "median", "quantile"], quantile=0.25, **common)
    o = out.set_index("name").loc["o"]
    assert list(out.columns)[-4:] == ["opp_count", "opp_mean", "opp_median", "opp_q25"]
    assert o["opportunities"] == 70 and o["opp_count"] == 3 and o["opp_mean"] == pytest.approx(70 / 3)
    assert o["opp_median"] == pytest.approx(20) and o["opp_q25"] == pytest.approx(15)
    lin = api.travel_time(network, origins, destinations, measure="opportunities", threshold=7, decay="linear",
                          **common)
    assert lin["opportunities"].iloc[0] == pytest.approx(10 * (5 / 7) + 40 * (3 / 7) + 20 * (1 / 7))
    assert list(lin.columns) == ["name", "geometry"] + list(api.TRAVEL_TIME_FIELDS)
    near, junctions = api.travel_time(network, origins, destinations, measure="k_nearest", k=2, threshold=5,
                                      nodes=True, **common)
    assert near.set_index("name").loc["far", ["nearest_1", "nearest_2"]].tolist() == ["d", "c"]
    assert near.set_index("name").loc["far", "time_2"] == pytest.approx(4.0)
    assert len(junctions) == 2 and junctions.crs == network.crs and near.attrs["strukturbild"]["N_NODES"] == 2
    assert list(junctions.columns[:2]) == ["node_id", "geometry"]
    # the junctions are the two ends of the road, where the origins stand
    by_x = junctions.assign(x=junctions.geometry.x).sort_values("x")
    assert by_x["time_1"].tolist() == pytest.approx(near["time_1"].tolist())
    assert by_x["nearest_1"].tolist() == near["nearest_1"].tolist()
    with pytest.raises(MethodError, match="k must be a whole number from 1 to 50"):
        api.travel_time(network, origins, destinations, measure="k_nearest", k=51, **common)
    with pytest.raises(MethodError, match="unknown aggregation"):
        api.travel_time(network, origins, destinations, measure="opportunities", aggregations="mode", **common)
    with pytest.raises(MethodError, match="linear decay"):
        api.travel_time(network, origins, destinations, measure="opportunities", decay="linear", threshold=0,
                        **common)
    with pytest.raises(MethodError, match="nodes=True .* needs a road network"):
        api.travel_time(None, origins, destinations, nodes=True)
    with pytest.warns(api.StrukturbildWarning, match="apply to measure='opportunities' only"):
        api.travel_time(network, origins, destinations, aggregations="count", **common)


@pytest.mark.parametrize("measure, number, options, parameters", [
    ("opportunities", 1, dict(decay="exponential", aggregations=["count", "mean", "min", "max", "std", "median",
                                                                 "quantile"], quantile=0.75),
     dict(DECAY=2, AGGREGATIONS=list(range(7)), QUANTILE=0.75)),
    ("k_nearest", 4, dict(k=4), dict(K=4)),
    ("fca", 3, {}, {}),
    ("gravity", 2, {}, {}),
])
def test_api_same_as_the_algorithm_with_the_new_options(run_algorithm, tmp_path, measure, number, options,
                                                        parameters):
    import geopandas as gpd
    import numpy as np
    from shapely.geometry import LineString, Point
    from strukturbild import api
    from test_api_qgis import _same, _write
    from test_traveltime import X0, Y0

    rng = np.random.default_rng(8)
    # lines connect where they share a vertex: one at every crossing
    grid = [LineString([(X0 + 1000 * i, Y0 + 1000 * j) for j in range(7)]) for i in range(7)] + \
        [LineString([(X0 + 1000 * i, Y0 + 1000 * j) for i in range(7)]) for j in range(7)]
    network = gpd.GeoDataFrame({"speed": rng.choice([30.0, 50.0, 70.0], len(grid)),
                                "oneway": [("yes" if k % 4 == 0 else None) for k in range(len(grid))]},
                               geometry=grid, crs="EPSG:3006")
    origins = gpd.GeoDataFrame({"name": [f"o{k}" for k in range(20)], "pop": rng.uniform(10, 100, 20)},
                               geometry=[Point(x, y) for x, y in rng.uniform(0, 6000, (20, 2)) + (X0, Y0)],
                               crs="EPSG:3006")
    destinations = gpd.GeoDataFrame({"name": [f"d{k}" for k in range(8)], "jobs": rng.uniform(5, 50, 8).round(1)},
                                    geometry=[Point(x, y) for x, y in rng.uniform(0, 6000, (8, 2)) + (X0, Y0)],
                                    crs="EPSG:3006")
    sources = {"NETWORK": _write(network, tmp_path / "network.gpkg", "roads"),
               "ORIGINS": _write(origins, tmp_path / "origins.gpkg", "origins"),
               "DESTINATIONS": _write(destinations, tmp_path / "destinations.gpkg", "destinations")}
    mine, my_nodes = api.travel_time(network, origins, destinations, speed="speed", oneway="oneway",
                                     destination_weight="jobs", destination_id="name", demand="pop",
                                     measure=measure, threshold=6, beta=0.1, nodes=True, **options)
    result = run_algorithm("strukturbild:traveltime", {
        **sources, "SPEED_FIELD": "speed", "ONEWAY_FIELD": "oneway", "DESTINATION_WEIGHT_FIELD": "jobs",
        "DESTINATION_ID_FIELD": "name", "DEMAND_FIELD": "pop", "MEASURE": number, "THRESHOLD": 6, "BETA": 0.1,
        "OUTPUT": str(tmp_path / "access.gpkg"), "OUTPUT_NODES": str(tmp_path / "nodes.gpkg"), **parameters})
    _same(mine, gpd.read_file(tmp_path / "access.gpkg", layer="access"), "name")
    theirs = gpd.read_file(tmp_path / "nodes.gpkg", layer="nodes")
    _same(my_nodes, theirs, "node_id")
    # the corners at x = 6 km are bends; those at x = 0 join a one-way column to two-way rows: junctions
    assert len(my_nodes) == result["N_NODES"] == 7 * 7 - 2
    assert mine["time_min"].notna().all()
    where = theirs.set_index("node_id").geometry
    assert all(a.equals(where[k]) for k, a in zip(my_nodes["node_id"], my_nodes.geometry))
