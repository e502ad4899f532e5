"""strukturbild:greenconflicts on a hand-made landscape, against an independent max-product path computation."""

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsRectangle, QgsVectorLayer


def pc_num(attributes, links):
    """PCnum by Floyd–Warshall on path products (independent of methods.connectivity)."""
    n = len(attributes)
    best = np.eye(n)
    for (i, j), p in links.items():
        best[i, j] = best[j, i] = max(best[i, j], p)
    for k in range(n):
        best = np.maximum(best, np.outer(best[:, k], best[k, :]))
    a = np.asarray(attributes, dtype=float)
    return float(a @ best @ a)


def polygons(name, rectangles, fields="name:string"):
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:3006&field={fields}", name, "memory")
    features = []
    for label, rect in rectangles.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([label])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*rect)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


# Three 1-ha squares in a row with 500 m gaps: A, B, C.
PATCHES = {"A": (0, 0, 100, 100), "B": (600, 0, 700, 100), "C": (1200, 0, 1300, 100)}
P_AB = P_BC = 0.5 ** (500 / 1000)
P_AC = 0.5 ** (1100 / 1000)
DEVELOPMENT = {
    "inside B": (620, 10, 680, 90),  # takes 0.48 ha of B, cuts nothing
    "across A-B": (300, -50, 350, 150),  # cuts the A-B and A-C links
}


def run(tmp_path, development=DEVELOPMENT, **extra):
    import processing

    parameters = {"PATCHES": polygons("patches", PATCHES), "PATCH_ID_FIELD": "name", "DISTANCE": 1000,
                  "PROBABILITY": 0.5, "MIN_PROBABILITY": 0, "DEVELOPMENT": polygons("dev", development),
                  "OUTPUT": str(tmp_path / "conflicts.gpkg"), "OUTPUT_PATCHES": str(tmp_path / "patches.gpkg")}
    parameters.update(extra)
    result = processing.run("strukturbild:greenconflicts", parameters)
    rows = {f["name"]: f for f in QgsVectorLayer(f"{tmp_path / 'conflicts.gpkg'}|layername=conflicts", "c",
                                                  "ogr").getFeatures()}
    patches = {f["name"]: f for f in QgsVectorLayer(f"{tmp_path / 'patches.gpkg'}|layername=patches", "p",
                                                     "ogr").getFeatures()}
    return result, rows, patches


def test_conflicts_equal_hand_computation(processing_provider, tmp_path):
    result, rows, patches = run(tmp_path)
    intact = {(0, 1): P_AB, (1, 2): P_BC, (0, 2): P_AC}
    ec_before = np.sqrt(pc_num([1, 1, 1], intact))
    assert result["EC_PC"] == pytest.approx(ec_before, rel=1e-9)

    inside = rows["inside B"]
    assert inside["habitat_ha"] == pytest.approx(0.48)
    assert inside["links_cut"] == 0 and inside["patches_hit"] == 1
    ec_inside = np.sqrt(pc_num([1, 0.52, 1], intact))
    assert inside["dEC_pct"] == pytest.approx(100 * (ec_before - ec_inside) / ec_before, rel=1e-9)

    across = rows["across A-B"]
    assert across["habitat_ha"] == 0 and across["links_cut"] == 2
    ec_across = np.sqrt(pc_num([1, 1, 1], {(1, 2): P_BC}))
    assert across["dEC_pct"] == pytest.approx(100 * (ec_before - ec_across) / ec_before, rel=1e-9)

    ec_all = np.sqrt(pc_num([1, 0.52, 1], {(1, 2): P_BC}))
    assert result["EC_ALL_BUILT"] == pytest.approx(ec_all, rel=1e-9)
    assert result["DEC_ALL_PCT"] == pytest.approx(100 * (ec_before - ec_all) / ec_before, rel=1e-9)
    assert result["HABITAT_TAKEN_HA"] == pytest.approx(0.48) and result["LINKS_CUT"] == 2
    assert patches["B"]["taken_pct"] == pytest.approx(48.0) and patches["A"]["taken_ha"] == 0


def test_overlapping_developments_count_once(processing_provider, tmp_path):
    overlapping = {"one": (600, 0, 650, 100), "two": (620, 0, 660, 100)}
    result, rows, _ = run(tmp_path, development=overlapping)
    assert rows["one"]["habitat_ha"] + rows["two"]["habitat_ha"] == pytest.approx(0.9)
    assert result["HABITAT_TAKEN_HA"] == pytest.approx(0.6)  # the union: x 600–660


def test_no_development_polygons_is_a_clear_error(processing_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="no polygons"):
        run(tmp_path, development={})
