"""strukturbild:connectivitytables against Conefor 2.7.3's own outputs, from Conefor's unchanged input files."""

import pytest
from conftest import TEST_DATA
from qgis.core import QgsProcessingException

DATA = TEST_DATA / "connectivity"
COLUMNS = {"dIIC": "dIIC", "dIICintra": "dIIC_intra", "dIICflux": "dIIC_flux", "dIICconnector": "dIIC_connector",
           "dPC": "dPC", "dPCintra": "dPC_intra", "dPCflux": "dPC_flux", "dPCconnector": "dPC_connector"}
OVERALL = {"PCnum": "PC_NUM", "EC(PC)": "EC_PC", "PC": "PC", "IICnum": "IIC_NUM", "EC(IIC)": "EC_IIC", "IIC": "IIC",
           "PCintra(%)": "PC_INTRA_PCT", "PCdirect(%)": "PC_DIRECT_PCT", "PCstep(%)": "PC_STEP_PCT"}


def close(got, expected, connector=False):
    """Conefor prints 6 significant digits: relative 2e-5, or absolute 2e-5 (%) below 1e-3.

    Its connector columns are its own difference dX − intra − flux of rounded values: absolute 2e-5 at any size.
    """
    difference = abs(got - expected)
    small = abs(expected) < 1e-3 or connector
    return difference <= 2e-5 * abs(expected) or (small and difference <= 2e-5)


def conefor_importances(path):
    lines = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    header = [h for h in lines[0] if h]
    return {row[0]: {h: float(v) for h, v in zip(header[1:], row[1:]) if v} for row in lines[1:]}


def conefor_overall(path):
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].strip():
            values[parts[0].strip()] = float(parts[1])
    return values


def run(tmp_path, nodes, connections, **extra):
    import processing
    from qgis.core import QgsVectorLayer

    output = tmp_path / "importances.gpkg"
    parameters = {"NODES": str(DATA / nodes), "CONNECTIONS": str(DATA / connections), "OUTPUT": str(output)}
    parameters.update(extra)
    result = processing.run("strukturbild:connectivitytables", parameters)
    layer = QgsVectorLayer(f"{output}|layername=importances", "importances", "ogr")
    rows = {f["node"]: f for f in layer.getFeatures()}
    return result, rows


@pytest.mark.parametrize("case,nodes,connections,extra", [
    ("toy4", "toy4_nodes.txt", "toy4_dist.txt",
     dict(ALL_PAIRS=True, DISTANCE=1000, PROBABILITY=0.5, IIC_DISTANCE=1000, LANDSCAPE_AREA=10000)),
    ("r40_all", "r40_nodes.txt", "r40_dist_all.txt",
     dict(ALL_PAIRS=True, DISTANCE=1000, PROBABILITY=0.5, IIC_DISTANCE=1000, LANDSCAPE_AREA=40000)),
    ("r40_le2000", "r40_nodes.txt", "r40_dist_le2000.txt",
     dict(DISTANCE=1000, PROBABILITY=0.5, IIC_DISTANCE=1000, LANDSCAPE_AREA=40000)),
    ("r250_le5000", "r250_nodes.txt", "r250_dist_le5000.txt", dict(DISTANCE=1000, PROBABILITY=0.5)),
])
def test_equals_conefor(processing_provider, tmp_path, case, nodes, connections, extra):
    result, rows = run(tmp_path, nodes, connections, **extra)
    expected = conefor_overall(DATA / f"{case}_overall_indices.txt")
    for conefor_name, name in OVERALL.items():
        if conefor_name in expected:
            assert close(result[name], expected[conefor_name]), (conefor_name, result[name], expected[conefor_name])
    importances = conefor_importances(DATA / f"{case}_node_importances.txt")
    assert set(importances) == set(rows)
    for node, values in importances.items():
        for conefor_name, field in COLUMNS.items():
            if conefor_name in values:
                assert close(rows[node][field], values[conefor_name], conefor_name.endswith("connector")), (
                    node, conefor_name)


def test_iic_threshold_is_inclusive(processing_provider, tmp_path):
    result, _ = run(tmp_path, "thr3_nodes.txt", "thr3_dist.txt", ALL_PAIRS=True, DISTANCE=1000, IIC_DISTANCE=1000)
    assert result["IIC_NUM"] == pytest.approx(conefor_overall(DATA / "thr3_overall_indices.txt")["IICnum"], rel=2e-5)


def test_bad_files_are_clear_errors(processing_provider, tmp_path):
    import processing

    nodes = tmp_path / "nodes.txt"
    nodes.write_text("1 10\n2 20\n3 5\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    for text, message in (("1 2 100\n1 9 50\n", "node 9"), ("1 2 -5\n", "negative"), ("1 2 abc\n", "abc")):
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(QgsProcessingException, match=message):
            processing.run("strukturbild:connectivitytables", {"NODES": str(nodes), "CONNECTIONS": str(bad),
                                                               "OUTPUT": str(tmp_path / "x.gpkg")})
    bad.write_text("1 2 100\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="ALL_PAIRS"):
        processing.run("strukturbild:connectivitytables", {"NODES": str(nodes), "CONNECTIONS": str(bad),
                                                           "ALL_PAIRS": True, "OUTPUT": str(tmp_path / "x.gpkg")})
