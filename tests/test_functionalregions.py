"""strukturbild:functionalregions against official partitions, through QGIS layers and the Processing run."""

import csv
import sqlite3
from collections import defaultdict

import numpy as np
import pytest
from conftest import DEMO_DATA, TEST_DATA
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from test_la import LINKS, _matrix_with_shares, _shares

KOMMUNER = f"{DEMO_DATA / 'admin.gpkg'}|layername=kommuner"
LMA = TEST_DATA / "lma"


def _write_od_csv(path, codes, matrix, swedish=True):
    """An SCB-like CSV: ';'-separated, codes with leading zeros, counts with a decimal comma, a total row."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Bostadskommun", "Arbetsställekommun", "Antal"])
        for i, j in zip(*np.nonzero(matrix)):
            value = f"{matrix[i, j]:.4f}"
            writer.writerow([codes[i], codes[j], value.replace(".", ",") if swedish else value])
        writer.writerow(["Totalt", "Totalt", f"{matrix.sum():.4f}".replace(".", ",")])
    return str(path)


def _read(path, layer):
    return QgsVectorLayer(f"{path}|layername={layer}", layer, "ogr")


def _partition(pairs):
    groups = defaultdict(set)
    for key, label in pairs:
        groups[label].add(key)
    return {frozenset(group) for group in groups.values()}


def _run(tmp_path, **parameters):
    import processing

    base = {"ZONE_ID_FIELD": "code", "ORIGIN_FIELD": "Bostadskommun", "DESTINATION_FIELD": "Arbetsställekommun",
            "VALUE_FIELD": "Antal", "OUTPUT_MEMBERSHIP": str(tmp_path / "membership.gpkg"),
            "OUTPUT_REGIONS": str(tmp_path / "regions.gpkg"), "OUTPUT_REPORT": str(tmp_path / "report.html")}
    base.update(parameters)
    return processing.run("strukturbild:functionalregions", base)


@pytest.mark.parametrize("year", ["2021", "2022"])
def test_scb_la_equals_official_partition(processing_provider, tmp_path, year):
    rows, codes, p1, p2, till = _shares(year)
    names = [r["kommun_name"] for r in rows]
    pairs = [(i, int(till[i])) for i, r in enumerate(rows)
             if r["la_name"] == f"{names[i]}-{names[till[i]]}" and rows[till[i]]["la_name"] == r["la_name"]]
    flows = _write_od_csv(tmp_path / "pendling.csv", codes, _matrix_with_shares(p1, p2, till, int(year), pairs))
    result = _run(tmp_path, ZONES=KOMMUNER, ZONE_NAME_FIELD="name", FLOWS=flows, METHOD=0)

    assert result["N_REGIONS"] == 67
    assert result["N_ZONES"] == 290 and result["N_UNMATCHED_IDS"] == 0
    membership = _read(result["OUTPUT_MEMBERSHIP"], "membership")
    got = {f["code"]: (f["region_id"], f["region_name"], f["role"], f["links"]) for f in membership.getFeatures()}
    official = {r["kommun_code"]: r for r in rows}
    assert _partition((code, v[0]) for code, v in got.items()) == _partition(
        (code, r["la_code"]) for code, r in official.items())
    for code, (_, region_name, role, links) in got.items():
        assert region_name.replace("–", "-") == official[code]["la_name"], code
        assert links == LINKS[official[code]["link_type"]]
        assert (role == "centre") == (official[code]["link_type"] == "11")
    assert got["0180"][0] == "0180-0184" and got["0180"][1] == "Stockholm-Solna"


def test_regions_layer_statistics_and_provenance(processing_provider, tmp_path):
    rows, codes, p1, p2, till = _shares("2022")
    matrix = _matrix_with_shares(p1, p2, till, 7)
    flows = _write_od_csv(tmp_path / "pendling.csv", codes, matrix)
    result = _run(tmp_path, ZONES=KOMMUNER, ZONE_NAME_FIELD="name", FLOWS=flows, METHOD=0)
    regions = _read(result["OUTPUT_REGIONS"], "regions")
    assert regions.featureCount() == 67
    by_id = {f["region_id"]: f for f in regions.getFeatures()}
    # an independent sum for Jönköping's LA: the members from SCB's table, the flows from the matrix
    members = [codes.index(r["kommun_code"]) for r in rows if r["la_name"] == "Jönköping"]
    jonkoping = by_id["0680"]
    assert jonkoping["n_zones"] == len(members)
    assert jonkoping["residents"] == pytest.approx(matrix[members].sum(), rel=1e-6)
    assert jonkoping["jobs"] == pytest.approx(matrix[:, members].sum(), rel=1e-6)
    internal = matrix[np.ix_(members, members)].sum()
    assert jonkoping["internal"] == pytest.approx(internal, rel=1e-6)
    assert jonkoping["sc_supply"] == pytest.approx(internal / matrix[members].sum(), rel=1e-6)
    assert jonkoping["strukturbild_typ"] == "funktionell_region" and jonkoping["indelning"] == "LA"
    assert "LA" in jonkoping["method"] and "pendling.csv" in jonkoping["method"]
    assert not jonkoping.geometry().isEmpty()
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in report and "Jönköping" in report
    assert 0.5 < result["MEDIAN_SC"] < 1.0


def _points_layer(ids):
    layer = QgsVectorLayer("Point?crs=EPSG:3003&field=code:string", "zones", "memory")
    features = []
    for k, code in enumerate(ids):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(1_000_000 + 1000 * (k % 20), 4_500_000 + 1000 * k)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _reference(name):
    with open(LMA / f"{name}_1000_0.6667_10000_0.75_clusterList.csv", encoding="utf-8") as handle:
        return {row["community"]: row["cluster"] for row in csv.DictReader(handle)}


@pytest.mark.parametrize("name,flows_file,origin,destination,value,pad", [
    ("Brindisi", "brindisi_flows.csv", "community_live", "community_work", "amount", 0),
    ("Norway2022", "no_pendling_ssb03321_2022.csv", "residence_code", "workplace_code", "employed", 4),
])
def test_ttwa_equals_istat_reference(processing_provider, tmp_path, name, flows_file, origin, destination, value, pad):
    reference = {code.zfill(pad): cluster for code, cluster in _reference(name).items()}
    zones = _points_layer(sorted(reference))
    result = _run(tmp_path, ZONES=zones, FLOWS=str(LMA / flows_file), ORIGIN_FIELD=origin,
                  DESTINATION_FIELD=destination, VALUE_FIELD=value, METHOD=1, MIN_SIZE=1000, MIN_SC=0.6667,
                  TARGET_SIZE=10000, TARGET_SC=0.75)
    membership = _read(result["OUTPUT_MEMBERSHIP"], "membership")
    got = {f["code"]: f["region_id"] for f in membership.getFeatures() if f["region_id"]}
    assert _partition(got.items()) == _partition(reference.items())
    assert result["N_REGIONS"] == len(set(reference.values()))
    regions = _read(result["OUTPUT_REGIONS"], "regions")
    assert all(f["validity"] >= 1.0 - 1e-9 or f["region_id"] for f in regions.getFeatures())


def test_intramax_contiguous_and_k(processing_provider, tmp_path):
    # five squares in a row, A..E; strong flows A<->E would merge them without the contiguity constraint
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=code:string", "row", "memory")
    features = []
    for k, code in enumerate("ABCDE"):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code])
        feature.setGeometry(QgsGeometry.fromRect(
            QgsVectorLayer("Point", "x", "memory").extent().__class__(k * 10, 0, k * 10 + 10, 10)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    table = tmp_path / "od.csv"
    rows = [("A", "A", 100), ("B", "B", 100), ("C", "C", 100), ("D", "D", 100), ("E", "E", 100),
            ("A", "E", 80), ("E", "A", 80), ("A", "B", 10), ("B", "C", 5), ("C", "D", 5), ("D", "E", 10)]
    with open(table, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Bostadskommun", "Arbetsställekommun", "Antal"])
        writer.writerows(rows)
    free = _run(tmp_path, ZONES=layer, FLOWS=str(table), METHOD=2, N_REGIONS=4)
    free_membership = {f["code"]: f["region_id"] for f in _read(free["OUTPUT_MEMBERSHIP"], "membership").getFeatures()}
    assert free_membership["A"] == free_membership["E"]
    out = tmp_path / "contiguous"
    out.mkdir()
    contiguous = _run(out, ZONES=layer, FLOWS=str(table), METHOD=2, N_REGIONS=4, CONTIGUOUS=True)
    membership = {f["code"]: f["region_id"] for f in _read(contiguous["OUTPUT_MEMBERSHIP"], "membership").getFeatures()}
    assert contiguous["N_REGIONS"] == 4
    assert membership["A"] != membership["E"]
    assert membership["A"] == membership["B"] or membership["D"] == membership["E"]


def test_zone_without_flows_and_unmatched_ids(processing_provider, tmp_path):
    zones = _points_layer(["0114", "0115", "0117", "9999"])
    table = tmp_path / "od.csv"
    with open(table, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Bostadskommun", "Arbetsställekommun", "Antal"])
        writer.writerows([("114", "114", "1 200"), ("114", "115", "300"), ("115", "115", "900"),
                          ("117", "117", "2 000"), ("117", "0180", "50"), ("114", "115", "20")])
    result = _run(tmp_path, ZONES=zones, FLOWS=str(table), METHOD=0)
    assert result["N_UNMATCHED_IDS"] == 1
    membership = {f["code"]: (f["region_id"], f["role"]) for f in
                  _read(result["OUTPUT_MEMBERSHIP"], "membership").getFeatures()}
    assert membership["9999"] == (None, "none")
    # 0114: p1 = 320/1520 = 0.21 >= 0.20: not a centre; it follows its largest flow to 0115
    assert membership["0114"][0] == membership["0115"][0] == "0115"


@pytest.mark.parametrize("rows,message", [
    ([("0114", "0114", "-5")], "negative"),
    ([("0114", "0114", "many")], "many"),
    ([], "empty"),
])
def test_bad_flow_tables_are_clear_errors(processing_provider, tmp_path, rows, message):
    zones = _points_layer(["0114", "0115"])
    table = tmp_path / "od.csv"
    with open(table, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Bostadskommun", "Arbetsställekommun", "Antal"])
        writer.writerows(rows)
    with pytest.raises(QgsProcessingException, match=message):
        _run(tmp_path, ZONES=zones, FLOWS=str(table), METHOD=0)


def test_duplicated_zone_ids_and_missing_field(processing_provider, tmp_path):
    zones = _points_layer(["0114", "0114"])
    table = tmp_path / "od.csv"
    table.write_text("Bostadskommun;Arbetsställekommun;Antal\n0114;0114;10\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="duplicated"):
        _run(tmp_path, ZONES=zones, FLOWS=str(table), METHOD=0)
    with pytest.raises(QgsProcessingException, match="Antal2"):
        _run(tmp_path, ZONES=_points_layer(["0114"]), FLOWS=str(table), METHOD=0, VALUE_FIELD="Antal2")


def test_geographic_zones_work(processing_provider, tmp_path):
    zones = QgsVectorLayer(str(TEST_DATA / "lan_wgs84.geojson"), "län", "ogr")
    table = tmp_path / "od.csv"
    table.write_text("o,d,n\n5,5,1000\n6,6,900\n8,8,800\n5,6,50\n6,5,60\n8,6,30\n", encoding="utf-8")
    result = _run(tmp_path, ZONES=zones, ZONE_ID_FIELD="l_id", FLOWS=str(table), ORIGIN_FIELD="o",
                  DESTINATION_FIELD="d", VALUE_FIELD="n", METHOD=0)
    assert result["N_REGIONS"] == 3
    with sqlite3.connect(tmp_path / "regions.gpkg") as connection:
        assert connection.execute("SELECT count(*) FROM regions").fetchone()[0] == 3
