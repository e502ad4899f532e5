"""strukturbild:areaprofile end to end: a hand-made strip along a straight road with every number worked out below,
the straight-line estimate, areas in other CRSs, the HTML report, a brute-force oracle on a random case, cancel,
and bad input.

The hand case (km from (X0, Y0); a 12 km road along y = 0 at 60 km/h, so 1 minute per km; everything on the road,
so no access legs):

    areas (10 km tall, y −5…5): A x 0–4 (40 km²), B x 4–8 (40 km²), C x 8–12 (40 km²);
                                 D x 0–4, y 10–15 (20 km², nobody lives there)
    tätorter: Stad x 1 (20 000), By x 7 (4 000), Hamlet x 11 (500); TOWN_SIZES 3000,10000; MINUTES 3
    population: P1 x 1 (1 000, at Stad), P2 2.5 (100), P3 3.5 (100) | P4 5 (200), P5 7 (300, at By) |
                P6 9 (100), P7 11 (50, at Hamlet), P8 11.5 (50) | P9 x 20 (999, in no area)
    services: x 2, 6, 10; THRESHOLD 4 minutes

    minutes to a tätort > 3000 (Stad or By): P1 0, P2 1.5, P3 2.5, P4 2, P5 0, P6 2, P7 4, P8 4.5
    minutes to a tätort > 10000 (Stad):      P1 0, P2 1.5, P3 2.5, P4 4, P5 6, P6 8, P7 10, P8 10.5
    classes (MINUTES 3): P1, P5 tatort (at a tätort > 3000); P2, P3, P4, P6 tätortsnära; P7, P8 glesbygd
    services within 4 min: P1 1 (x 2; x 6 is 5 min), P2 2, P3 2, P4 2, P5 2, P6 2, P7 1, P8 1

    A: population 1 200, density 30; tatort 1000/1200, tätortsnära 200/1200, glesbygd 0;
       time_3000 = (1000·0 + 100·1.5 + 100·2.5) / 1200 = 1/3, time_10000 the same;
       services (1000·1 + 100·2 + 100·2) / 1200 = 7/6
    B: population 500, density 12.5; tatort 0.6, tätortsnära 0.4; time_3000 (200·2 + 300·0) / 500 = 0.8;
       time_10000 (200·4 + 300·6) / 500 = 5.2; services 2
    C: population 200, density 5; tätortsnära 0.5, glesbygd 0.5; time_3000 (100·2 + 50·4 + 50·4.5) / 200 = 3.125;
       time_10000 (100·8 + 50·10 + 50·10.5) / 200 = 9.125; services (100·2 + 50 + 50) / 200 = 1.5
    D: population 0, density 0; shares, times and services NULL (undefined)
    commuting zones: two in A (out_total 400 + 600, out_cross 40 + 120), one in B (1000, 300), one in no area:
       cross_share A 160/1000 = 0.16, B 0.3, C and D NULL
"""

import math
import re

import numpy as np
import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsVectorLayer,
)
from test_traveltime import X0, Y0, points, roads

ROAD = [([(0, 0), (12, 0)], [60.0, None])]
AREAS = [("A", (0, -5, 4, 5)), ("B", (4, -5, 8, 5)), ("C", (8, -5, 12, 5)), ("D", (0, 10, 4, 15))]
TOWNS = [("Stad", (1, 0), 0, 20000), ("By", (7, 0), 0, 4000), ("Hamlet", (11, 0), 0, 500)]
PEOPLE = [("P1", (1, 0), 0, 1000), ("P2", (2.5, 0), 0, 100), ("P3", (3.5, 0), 0, 100), ("P4", (5, 0), 0, 200),
          ("P5", (7, 0), 0, 300), ("P6", (9, 0), 0, 100), ("P7", (11, 0), 0, 50), ("P8", (11.5, 0), 0, 50),
          ("P9", (20, 0), 0, 999)]
SERVICES = [("S1", (2, 0), 0, 0), ("S2", (6, 0), 0, 0), ("S3", (10, 0), 0, 0)]
COMMUTING = [("z1", (0, -5, 2, 5), 400, 40), ("z2", (2, -5, 4, 5), 600, 120), ("z3", (4, -5, 8, 5), 1000, 300),
             ("z4", (20, -5, 22, 5), 50, 5)]

EXPECTED = {
    "A": dict(population=1200, area_km2=40, density=30, share_tatort=1000 / 1200,
              share_tatortsnara_landsbygd=200 / 1200, share_glesbygd=0, time_3000=1 / 3, time_10000=1 / 3,
              services_within=7 / 6, cross_share=0.16),
    "B": dict(population=500, area_km2=40, density=12.5, share_tatort=0.6, share_tatortsnara_landsbygd=0.4,
              share_glesbygd=0, time_3000=0.8, time_10000=5.2, services_within=2, cross_share=0.3),
    "C": dict(population=200, area_km2=40, density=5, share_tatort=0, share_tatortsnara_landsbygd=0.5,
              share_glesbygd=0.5, time_3000=3.125, time_10000=9.125, services_within=1.5, cross_share=None),
    "D": dict(population=0, area_km2=20, density=0, share_tatort=None, share_tatortsnara_landsbygd=None,
              share_glesbygd=None, time_3000=None, time_10000=None, services_within=None, cross_share=None),
}


def rectangles(name, rows, fields="kod:string", crs="EPSG:3006"):
    """rows: [(id, (xmin, ymin, xmax, ymax) in km, *more attributes)]"""
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:3006&field={fields}", name, "memory")
    features = []
    for code, (x0, y0, x1, y1), *rest in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, *rest])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + x0 * 1000, Y0 + y0 * 1000, X0 + x1 * 1000,
                                                              Y0 + y1 * 1000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return reproject(layer, crs)


def reproject(layer, crs):
    if crs == "EPSG:3006":
        return layer
    return processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]


def cells(name, rows):
    """1 km square cells centred on the points of `rows` (as for `points`), with the same attributes."""
    return rectangles(name, [(label, (x - 0.5, y - 0.5, x + 0.5, y + 0.5), weight, pop)
                             for label, (x, y), weight, pop in rows],
                      fields="name:string&field=weight:double&field=pop:double")


def run(tmp_path, feedback=None, **parameters):
    parameters.setdefault("AREAS", rectangles("areas", AREAS))
    parameters.setdefault("AREA_ID_FIELD", "kod")
    parameters.setdefault("POPULATION", points("population", PEOPLE))
    parameters.setdefault("POPULATION_FIELD", "pop")
    parameters.setdefault("TATORTER", points("tatorter", TOWNS))
    parameters.setdefault("TATORT_POPULATION_FIELD", "pop")
    parameters.setdefault("TOWN_SIZES", "3000,10000")
    parameters.setdefault("MINUTES", 3)
    parameters.setdefault("OUTPUT", str(tmp_path / "profile.gpkg"))
    parameters.setdefault("OUTPUT_REPORT", str(tmp_path / "profile.html"))
    result = processing.run("strukturbild:areaprofile", parameters, feedback=feedback)
    layer = QgsVectorLayer(str(tmp_path / "profile.gpkg"), "p", "ogr")
    return result, layer, {f["area_id"]: f for f in layer.getFeatures()}


def value(feature, name):
    v = feature[name]
    return None if v is None or str(v) == "NULL" else v


def assert_profile(rows, expected=EXPECTED, rel=1e-6):
    for area, fields in expected.items():
        for name, number in fields.items():
            got = value(rows[area], name)
            if number is None:
                assert got is None, (area, name, got)
            else:
                assert got == pytest.approx(number, rel=rel, abs=1e-9), (area, name)


FULL = dict(SERVICES=points("services", SERVICES), THRESHOLD=4)


@pytest.mark.parametrize("population, tatorter", [("points", "points"), ("cells", "polygons"),
                                                  ("cells", "points")])
def test_hand_case_over_the_road(processing_provider, tmp_path, population, tatorter):
    extra = {}
    if population == "cells":
        extra["POPULATION"] = cells("population", PEOPLE)
    if tatorter == "polygons":
        extra["TATORTER"] = cells("tatorter", TOWNS)
    commuting = rectangles("pendling", COMMUTING, "zone_id:string&field=out_total:double&field=out_cross:double")
    result, layer, rows = run(tmp_path, NETWORK=roads(ROAD), SPEED_FIELD="speed", COMMUTING=commuting,
                              **FULL, **extra)
    assert_profile(rows)
    assert [f["area_id"] for f in layer.getFeatures()] == ["A", "B", "C", "D"]
    assert rows["A"]["access_method"] == "road network"
    assert result["N_AREAS"] == 4 and result["POPULATION"] == pytest.approx(1900)
    assert layer.crs().authid() == "EPSG:3006"


def test_estimate_without_network(processing_provider, tmp_path):
    # everything lies on one line: the straight line × 1.0 at 60 km/h is the road's 1 min per km
    _, _, rows = run(tmp_path, DEFAULT_SPEED=60, DETOUR_FACTOR=1.0, **FULL)
    expected = {area: {k: v for k, v in fields.items() if k != "cross_share"} for area, fields in EXPECTED.items()}
    assert_profile(rows, expected)
    assert "estimate" in rows["A"]["access_method"]
    assert "cross_share" not in rows["A"].fields().names()  # no commuting layer: no field
    html = (tmp_path / "profile.html").read_text(encoding="utf-8")
    assert "estimate" in html


def test_estimate_scales_with_detour_and_speed(processing_provider, tmp_path):
    # × 1.5 at 90 km/h is again 1 minute per km
    _, _, rows = run(tmp_path, DEFAULT_SPEED=90, DETOUR_FACTOR=1.5)
    assert value(rows["C"], "time_10000") == pytest.approx(9.125)
    # at 30 km/h (2 min per km) C's P6 (4 min) and P7, P8 lie beyond 3 minutes: all glesbygd
    _, _, rows = run(tmp_path, DEFAULT_SPEED=30, DETOUR_FACTOR=1.0)
    assert value(rows["C"], "time_3000") == pytest.approx(6.25)
    assert value(rows["C"], "share_glesbygd") == pytest.approx(1.0)


@pytest.mark.parametrize("crs, target", [("EPSG:4326", None), ("EPSG:3067", "EPSG:3006")])
def test_areas_in_another_crs(processing_provider, tmp_path, crs, target):
    extra = {"TARGET_CRS": target} if target else {}
    commuting = rectangles("pendling", COMMUTING, "zone_id:string&field=out_total:double&field=out_cross:double",
                           crs=crs)
    _, layer, rows = run(tmp_path, AREAS=rectangles("areas", AREAS, crs=crs), NETWORK=roads(ROAD),
                         SPEED_FIELD="speed", COMMUTING=commuting, **FULL, **extra)
    assert layer.crs().authid() == "EPSG:3006"  # degrees are never the working CRS; a given target wins
    assert_profile(rows, rel=1e-5)


def test_finnish_areas_set_the_working_crs(processing_provider, tmp_path):
    # areas in EPSG:3067 come first: the work is done in TM35FIN, whose scale 12° east of its central meridian
    # differs from SWEREF 99 TM's by well under 2 % here
    _, layer, rows = run(tmp_path, AREAS=rectangles("areas", AREAS, crs="EPSG:3067"), NETWORK=roads(ROAD),
                         SPEED_FIELD="speed")
    assert layer.crs().authid() == "EPSG:3067"
    assert value(rows["B"], "population") == 500
    assert value(rows["C"], "time_10000") == pytest.approx(9.125, rel=0.02)
    assert value(rows["A"], "area_km2") == pytest.approx(40, rel=0.04)


def test_report(processing_provider, tmp_path):
    result, _, _ = run(tmp_path, NETWORK=roads(ROAD), SPEED_FIELD="speed", **FULL)
    path = tmp_path / "profile.html"
    assert result["OUTPUT_REPORT"] == str(path)
    html = path.read_text(encoding="utf-8")
    for area in ("A", "B", "C", "D"):
        assert f"<td>{area}</td>" in html
    for name in ("share_glesbygd", "time_3000", "time_10000", "services_within", "access_method"):
        assert f'<span class="field">{name}</span></th>' in html  # a readable label, the field name under it
    pytest.importorskip("matplotlib")
    assert len(re.findall(r'<img alt="[^"]*" src="data:image/png;base64,', html)) == 4
    assert "1,200" in html and "83.3%" in html  # A's population and share in tätort (English numbers)
    assert not list(tmp_path.glob(".partial-*"))


def test_report_without_matplotlib(processing_provider, tmp_path, monkeypatch):
    from strukturbild.processing_algorithms.border import areaprofile_report

    monkeypatch.setattr(areaprofile_report, "matplotlib_figure", lambda: None)
    run(tmp_path)
    html = (tmp_path / "profile.html").read_text(encoding="utf-8")
    assert "matplotlib is not installed" in html and "<img" not in html and "<td>C</td>" in html


def test_summary_in_the_log(processing_provider, tmp_path):
    messages = []

    class Collect(QgsProcessingFeedback):
        def pushInfo(self, text):
            messages.append(text)

    run(tmp_path, feedback=Collect(), NETWORK=roads(ROAD), SPEED_FIELD="speed")
    line = next(text for text in messages if text.startswith("B:"))
    assert "500" in line and "12.5" in line and "0%" in line and "0.8 min" in line
    assert any(text.startswith("D:") and "glesbygd -" in text for text in messages)


def test_units_off_the_network_and_sizes_without_a_tatort(processing_provider, tmp_path):
    warnings = []

    class Collect(QgsProcessingFeedback):
        def pushWarning(self, text):
            warnings.append(text)

    # P10 (130 inhabitants) lives 3 km off the road in A, beyond MAX_SNAP: no time (left out of A's mean, still
    # 1/3) and glesbygd (130 of A's 1 330); no tätort has more than 100 000 inhabitants: time_100000 is NULL
    people = points("population", PEOPLE + [("P10", (2, 3), 0, 130)])
    _, _, rows = run(tmp_path, feedback=Collect(), POPULATION=people, NETWORK=roads(ROAD), SPEED_FIELD="speed",
                     MAX_SNAP=500, TOWN_SIZES="3000,100000")
    assert value(rows["A"], "population") == 1330
    assert value(rows["A"], "time_3000") == pytest.approx(1 / 3)
    assert value(rows["A"], "share_glesbygd") == pytest.approx(130 / 1330)
    assert all(value(rows[area], "time_100000") is None for area in "ABCD")
    assert any("farther than 500 m" in text for text in warnings)
    assert any("130 inhabitants have no travel time" in text for text in warnings)
    assert any("more than 100,000" in text for text in warnings)
    assert not any("left out of time_100000" in text for text in warnings)


def test_cancel_writes_nothing(processing_provider, tmp_path):
    class CancelSoon(QgsProcessingFeedback):
        def setProgress(self, progress):
            super().setProgress(progress)
            if progress >= 20:
                self.cancel()

    result = processing.run("strukturbild:areaprofile", {
        "AREAS": rectangles("areas", AREAS), "POPULATION": points("population", PEOPLE), "POPULATION_FIELD": "pop",
        "TATORTER": points("tatorter", TOWNS), "TATORT_POPULATION_FIELD": "pop", "NETWORK": roads(ROAD),
        "OUTPUT": str(tmp_path / "profile.gpkg"), "OUTPUT_REPORT": str(tmp_path / "profile.html")},
        feedback=CancelSoon())
    assert result == {} or result.get("OUTPUT") is None
    assert list(tmp_path.iterdir()) == []


def test_inputs_are_not_modified(processing_provider, tmp_path):
    areas = rectangles("areas", AREAS)
    people = points("population", PEOPLE)
    before = [(f.attributes(), f.geometry().asWkt()) for f in areas.getFeatures()]
    run(tmp_path, AREAS=areas, POPULATION=people)
    assert [(f.attributes(), f.geometry().asWkt()) for f in areas.getFeatures()] == before
    assert areas.fields().names() == ["kod"] and people.fields().names() == ["name", "weight", "pop"]


def test_feature_ids_label_areas_without_a_field(processing_provider, tmp_path):
    _, layer, _ = run(tmp_path, AREA_ID_FIELD="")
    assert sorted(f["area_id"] for f in layer.getFeatures()) == ["1", "2", "3", "4"]


# -- a random case against a brute-force recomputation ----------------------------------------------------------

def inside_polygon(x, y, ring):
    """Even-odd ray casting: plain geometry, no GEOS."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def test_random_case_against_brute_force(processing_provider, tmp_path):
    rng = np.random.default_rng(2024)
    # three areas in km: a pentagon, a triangle and an L-shape, not overlapping
    rings = {"penta": [(0, 0), (10, 0), (12, 6), (5, 11), (-2, 6)],
             "tri": [(12, 0), (24, 0), (18, 10)],
             "ell": [(0, 12), (8, 12), (8, 16), (4, 16), (4, 22), (0, 22)]}
    areas = QgsVectorLayer("Polygon?crs=EPSG:3006&field=kod:string", "areas", "memory")
    features = []
    for code, ring in rings.items():
        feature = QgsFeature(areas.fields())
        feature.setAttributes([code])
        feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(X0 + x * 1000, Y0 + y * 1000)
                                                        for x, y in ring + ring[:1]]]))
        features.append(feature)
    areas.dataProvider().addFeatures(features)
    # plain floats: a numpy float as an attribute makes the memory provider drop the feature
    people_xy = rng.uniform([-3, -1], [25, 23], size=(80, 2))
    people_pop = rng.integers(1, 500, 80).astype(float)
    town_xy = rng.uniform([-5, -5], [30, 30], size=(12, 2))
    town_pop = rng.choice([800.0, 4000.0, 15000.0, 60000.0], 12)
    town_pop[:2] = [4000.0, 60000.0]  # at least one tätort of each size
    service_xy = rng.uniform([-3, -3], [27, 25], size=(25, 2))
    detour, speed, minutes, threshold = 1.3, 70.0, 12.0, 10.0
    _, _, rows = run(
        tmp_path, AREAS=areas,
        POPULATION=points("population", [(f"p{k}", tuple(xy), 0, float(p))
                                        for k, (xy, p) in enumerate(zip(people_xy, people_pop))]),
        TATORTER=points("tatorter", [(f"t{k}", tuple(xy), 0, float(p))
                                     for k, (xy, p) in enumerate(zip(town_xy, town_pop))]),
        SERVICES=points("services", [(f"s{k}", tuple(xy), 0, 0) for k, xy in enumerate(service_xy)]),
        TOWN_SIZES="3000,10000,50000", MINUTES=minutes, THRESHOLD=threshold, DEFAULT_SPEED=speed,
        DETOUR_FACTOR=detour)

    def minutes_to(xy, targets):
        return min(math.dist(xy, t) for t in targets) * detour / speed * 60.0

    for code, ring in rings.items():
        mine = [k for k, (x, y) in enumerate(people_xy) if inside_polygon(x, y, ring)]
        pop = people_pop[mine]
        area = 0.5 * abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1])))
        row = rows[code]
        assert value(row, "population") == pytest.approx(pop.sum())
        assert value(row, "area_km2") == pytest.approx(area)
        assert value(row, "density") == pytest.approx(pop.sum() / area)
        for size in (3000, 10000, 50000):
            towns = town_xy[town_pop > size]
            times = np.array([minutes_to(people_xy[k], towns) for k in mine])
            assert value(row, f"time_{size}") == pytest.approx((pop * times).sum() / pop.sum(), rel=1e-6)
            if size == 3000:
                near = (times <= minutes).astype(float)  # no random point is a tätort point: nobody is 'tatort'
                assert value(row, "share_tatortsnara_landsbygd") == pytest.approx((pop * near).sum() / pop.sum())
                assert value(row, "share_glesbygd") == pytest.approx((pop * (1 - near)).sum() / pop.sum())
                assert value(row, "share_tatort") == 0
        counts = np.array([sum(math.dist(people_xy[k], s) * detour / speed * 60.0 <= threshold for s in service_xy)
                           for k in mine])
        assert value(row, "services_within") == pytest.approx((pop * counts).sum() / pop.sum())


# -- bad input ----------------------------------------------------------------------------------------------------

def refused(tmp_path, pattern, **parameters):
    with pytest.raises(QgsProcessingException, match=pattern):
        run(tmp_path, **parameters)
    assert not (tmp_path / "profile.gpkg").exists() and not (tmp_path / "profile.html").exists()


def test_missing_fields(processing_provider, tmp_path):
    refused(tmp_path, "'population' has no field 'invanare'", POPULATION_FIELD="invanare")
    refused(tmp_path, "'areas' has no field 'kommun'.*kod", AREA_ID_FIELD="kommun")
    refused(tmp_path, "no field 'folkmangd'", TATORT_POPULATION_FIELD="folkmangd")
    refused(tmp_path, "commuting layer 'pendling' has no field 'out_cross'",
            COMMUTING=rectangles("pendling", [("z", (0, 0, 1, 1), 10.0)], "zone_id:string&field=out_total:double"))


def test_commuting_table_without_geometry(processing_provider, tmp_path):
    table = QgsVectorLayer("None?field=zone_id:string&field=out_total:double&field=out_cross:double", "tabell",
                           "memory")
    refused(tmp_path, "'tabell' has no geometry.*Join attributes", COMMUTING=table)


def test_no_population_in_any_area(processing_provider, tmp_path):
    refused(tmp_path, "No feature of the population layer 'population' lies in any area",
            POPULATION=points("population", [("far", (50, 50), 0, 10)]))
    refused(tmp_path, "have no inhabitants", POPULATION=points("population", [("zero", (1, 0), 0, 0)]))


@pytest.mark.parametrize("text, pattern", [("tre tusen", "must be numbers separated by commas"),
                                           ("3000,-1", "0 or more"), (" , ", "holds no size")])
def test_town_sizes_not_numbers(processing_provider, tmp_path, text, pattern):
    refused(tmp_path, pattern, TOWN_SIZES=text)


def test_no_town_larger_than_the_first_size(processing_provider, tmp_path):
    refused(tmp_path, "No tätort in 'tatorter' has more than 100,000 inhabitants", TOWN_SIZES="100000")


def test_areas_without_geometry(processing_provider, tmp_path):
    empty = QgsVectorLayer("Polygon?crs=EPSG:3006&field=kod:string", "tomma", "memory")
    feature = QgsFeature(empty.fields())
    feature.setAttributes(["X"])
    empty.dataProvider().addFeatures([feature])
    refused(tmp_path, "'tomma' has no features with a geometry", AREAS=empty)


def test_areas_without_crs(processing_provider, tmp_path):
    areas = QgsVectorLayer("Polygon?crs=&field=kod:string", "utan_crs", "memory")
    feature = QgsFeature(areas.fields())
    feature.setAttributes(["A"])
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0, Y0 - 5000, X0 + 4000, Y0 + 5000)))
    areas.dataProvider().addFeatures([feature])
    refused(tmp_path, "'utan_crs' has no coordinate reference system", AREAS=areas)


def test_geographic_target_crs(processing_provider, tmp_path):
    refused(tmp_path, "geographic CRS", TARGET_CRS="EPSG:4326")


@pytest.mark.parametrize("text, pattern", [("3000,1e12", "at most 100,000,000 inhabitants"),
                                           ("100000001", "at most 100,000,000 inhabitants"), ("1e400", "0 or more"),
                                           ("nan", "0 or more")])
def test_town_sizes_beyond_any_city(processing_provider, tmp_path, text, pattern):
    """Issue 10: a size that overflows or is larger than any city is refused in words, not used as a number."""
    refused(tmp_path, pattern, TOWN_SIZES=text)
