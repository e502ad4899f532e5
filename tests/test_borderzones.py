"""strukturbild:borderzones: hand-made squares with exact areas, the coast, snapping, a road grid with hand-computed
travel times, the real län 05/06/08 against independent OGR computations, mixed CRSs, bad input and cancel."""

import math

import pytest
from conftest import DEMO_DATA
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from test_traveltime import X0, Y0, roads

ogr.UseExceptions()
KM2 = 1e6


def squares(rows, crs="EPSG:3006"):
    """A region layer: rows of (id, (xmin, ymin, xmax, ymax) in km from (X0, Y0))."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=code:string", "regions", "memory")
    features = []
    for code, (x0, y0, x1, y1) in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + x0 * 1000, Y0 + y0 * 1000, X0 + x1 * 1000,
                                                              Y0 + y1 * 1000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def point_layer(rows, geometry="Point", crs="EPSG:3006"):
    """rows: (value, geometry in km from (X0, Y0): (x, y) or a rectangle (xmin, ymin, xmax, ymax))."""
    layer = QgsVectorLayer(f"{geometry}?crs={crs}&field=pop:double", "points", "memory")
    features = []
    for value, where in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([value])
        if len(where) == 2:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + where[0] * 1000, Y0 + where[1] * 1000)))
        else:
            x0, y0, x1, y1 = where
            feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + x0 * 1000, Y0 + y0 * 1000, X0 + x1 * 1000,
                                                                  Y0 + y1 * 1000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run(tmp_path, feedback=None, **parameters):
    import processing

    path = tmp_path / "zones.gpkg"
    parameters.setdefault("OUTPUT", str(path))
    parameters.setdefault("REGION_ID_FIELD", "code")
    result = processing.run("strukturbild:borderzones", parameters, feedback=feedback)
    layer = QgsVectorLayer(str(path), "zones", "ogr")
    zones = {(f["region_id"], f["band_from"], f["band_to"]): f for f in layer.getFeatures()}
    return result, zones, layer


def lan_layer():
    return QgsVectorLayer(f"{DEMO_DATA / 'admin.gpkg'}|layername=lan", "lan", "ogr")


# -- hand-made squares ---------------------------------------------------------------------------------------------

PAIR = [("A", (0, 0, 100, 100)), ("B", (100, 0, 200, 100))]


def test_two_squares_exact_areas(processing_provider, tmp_path):
    result, zones, layer = run(tmp_path, REGIONS=[squares(PAIR)], BANDS="10,25")
    # 100 km of shared edge: each side 100 × 10 km = 1,000 km² in 0–10 and 100 × 15 km = 1,500 km² in 10–25
    assert set(zones) == {("A", 0, 10), ("A", 10, 25), ("B", 0, 10), ("B", 10, 25)}
    for side in "AB":
        assert zones[(side, 0, 10)]["area_km2"] == pytest.approx(1000.0, rel=1e-9)
        assert zones[(side, 10, 25)]["area_km2"] == pytest.approx(1500.0, rel=1e-9)
        assert zones[(side, 0, 10)].geometry().area() / KM2 == pytest.approx(1000.0, rel=1e-9)
    # bands are rings on their own side: 10–25 of A is x in [75, 90] km, and never overlaps 0–10
    ring = zones[("A", 10, 25)].geometry().boundingBox()
    assert (ring.xMinimum() - X0, ring.xMaximum() - X0) == pytest.approx((75_000, 90_000))
    assert zones[("A", 0, 10)].geometry().intersection(zones[("A", 10, 25)].geometry()).area() < 1e-3
    assert zones[("A", 0, 10)]["band_enhet"] == "km" and zones[("A", 0, 10)]["strukturbild_typ"] == "gransbygd"
    assert zones[("A", 0, 10)]["grans"] == "A–B"
    # no population or services layer: unknown (NULL), not 0
    assert zones[("A", 0, 10)]["population"] in (None,) or str(zones[("A", 0, 10)]["population"]) == "NULL"
    assert result["N_ZONES"] == 4 and result["N_BORDERS"] == 1
    assert result["BORDER_KM"] == pytest.approx(100.0, rel=1e-9)  # no stubs along the coast where it ends
    assert result["BORDER_LENGTHS"] == "A–B: 100.0 km"
    assert layer.crs().authid() == "EPSG:3006"


def test_coast_is_no_border(processing_provider, tmp_path):
    # C lies north of A only. BORDER 0 with A and B: A's north side (towards the unselected C) and the three outer
    # sides (coast) give no zone. BORDER 1: A's north side borders C, the coast still does not.
    regions = squares(PAIR + [("C", (0, 100, 100, 200))])
    _, internal, _ = run(tmp_path, REGIONS=[regions], SELECTION="A,B", BORDER=0, BANDS="10", SNAP_TOLERANCE=0)
    box = internal[("A", 0, 10)].geometry().boundingBox()
    assert box.xMinimum() - X0 == pytest.approx(90_000) and box.yMaximum() - Y0 == pytest.approx(100_000)
    assert internal[("A", 0, 10)]["area_km2"] == pytest.approx(1000.0)
    assert ("C", 0, 10) not in internal
    result, land, _ = run(tmp_path, REGIONS=[regions], SELECTION="A", BORDER=1, BANDS="10", SNAP_TOLERANCE=0)
    # the L-shaped band along A's east and north sides: 2 × 1,000 km² minus the 10 × 10 km corner counted twice
    assert land[("A", 0, 10)]["area_km2"] == pytest.approx(1900.0, rel=1e-9)
    assert set(land) == {("A", 0, 10)}  # B and C are not selected: no zones of their own
    assert result["BORDER_KM"] == pytest.approx(200.0)
    assert land[("A", 0, 10)]["grans"] == "A–B, A–C"


def test_boundaries_a_few_metres_apart_are_snapped_into_one_border(processing_provider, tmp_path):
    # B starts 50 m east of A (a generalisation gap): one border line, A's edge, from which both sides measure
    regions = squares([("A", (0, 0, 100, 100)), ("B", (100.05, 0, 200, 100))])
    _, zones, _ = run(tmp_path, REGIONS=[regions], BANDS="10", SNAP_TOLERANCE=250)
    assert zones[("A", 0, 10)]["area_km2"] == pytest.approx(1000.0, rel=1e-9)
    assert zones[("B", 0, 10)]["area_km2"] == pytest.approx(995.0, rel=1e-9)  # 9.95 km of B lies within 10 km
    with pytest.raises(QgsProcessingException, match="share no border"):
        run(tmp_path, REGIONS=[regions], BANDS="10", SNAP_TOLERANCE=10)


def test_population_points_and_polygons_and_services(processing_provider, tmp_path):
    people = point_layer([(10, (95, 50)), (20, (80, 50)), (40, (150, 50)), (80, (105, 99)), (160, (10, 10))])
    cells = point_layer([(100, (85, 0, 95, 10)), (30, (100, 0, 110, 10)), (7, (0, 0, 5, 5))], geometry="Polygon")
    services = point_layer([(0, (99, 1)), (0, (101, 1)), (0, (102, 2)), (0, (50, 50))])
    _, zones, _ = run(tmp_path, REGIONS=[squares(PAIR)], BANDS="10,25", POPULATION=people,
                      POPULATION_FIELD="pop", SERVICES=services)
    assert zones[("A", 0, 10)]["population"] == 10 and zones[("A", 10, 25)]["population"] == 20
    assert zones[("B", 0, 10)]["population"] == 80 and zones[("B", 10, 25)]["population"] == 0
    assert (zones[("A", 0, 10)]["services"], zones[("B", 0, 10)]["services"], zones[("A", 10, 25)]["services"]) \
        == (1, 2, 0)
    # polygons by area share: the cell 85–95 km is half in A's 0–10 km band and half in 10–25
    _, zones, _ = run(tmp_path, REGIONS=[squares(PAIR)], BANDS="10,25", POPULATION=cells, POPULATION_FIELD="pop")
    assert zones[("A", 0, 10)]["population"] == pytest.approx(50.0)
    assert zones[("A", 10, 25)]["population"] == pytest.approx(50.0)
    assert zones[("B", 0, 10)]["population"] == pytest.approx(30.0)
    # no population field: one per feature (point features counted)
    _, zones, _ = run(tmp_path, REGIONS=[squares(PAIR)], BANDS="10,25", POPULATION=people)
    assert zones[("A", 0, 10)]["population"] == 1 and zones[("B", 0, 10)]["population"] == 1


# -- travel time on a hand-made road grid -------------------------------------------------------------------------

def test_travel_time_bands_on_a_road_grid(processing_provider, tmp_path):
    # A = 0–10 km, B = 10–20 km. A road along y = 5 km across the border at x = 10 and a road along x = 7 km in
    # A, all at 60 km/h (1 min per km); they meet at (7, 5). From the border crossing (10, 5): the y = 5 road is
    # reached x km away in x minutes; the x = 7 road from 3 minutes on.
    regions = squares([("A", (0, 0, 10, 10)), ("B", (10, 0, 20, 10))])
    network = roads([([(0, 5), (7, 5), (10, 5), (20, 5)], [60.0, None]), ([(7, 0), (7, 5), (7, 10)], [60.0, None])])
    people = point_layer([(10, (9, 5.05)), (20, (6, 5)), (40, (7, 6.5)), (80, (7, 8)), (160, (3, 3)),
                          (320, (13, 5)), (640, (16, 5))])
    result, zones, _ = run(tmp_path, REGIONS=[regions], BANDS="2,5", MODE=1, NETWORK=network, SPEED_FIELD="speed",
                           ROAD_BUFFER=100, POPULATION=people, POPULATION_FIELD="pop")
    half_disc = math.pi * 100.0**2 / 2
    # A 0–2 min: the y = 5 road from x = 8 to the border, buffered by 100 m, clipped to A (round end at x = 8)
    a_fast = 2000 * 200 + half_disc
    # A 0–5 min: y = 5 from x = 5 (round end), and x = 7 from y = 3 to 7 (two round ends), less their crossing
    a_all = 5000 * 200 + half_disc + 4000 * 200 + 2 * half_disc - 200 * 200
    assert zones[("A", 0, 2)]["area_km2"] * KM2 == pytest.approx(a_fast, rel=1e-3)
    assert zones[("A", 2, 5)]["area_km2"] * KM2 == pytest.approx(a_all - a_fast, rel=1e-3)
    # B has the y = 5 road only: 0–2 from x = 10 to 12, 2–5 from 12 to 15 (round ends cancel)
    assert zones[("B", 0, 2)]["area_km2"] * KM2 == pytest.approx(2000 * 200 + half_disc, rel=1e-3)
    assert zones[("B", 2, 5)]["area_km2"] * KM2 == pytest.approx(3000 * 200, rel=1e-3)
    assert zones[("A", 0, 2)]["band_enhet"] == "min"
    # (9, 5.05): 1 min; (6, 5): 4 min; (7, 6.5): 3 + 1.5 min; (7, 8): 6 min (no band); (3, 3): far from the roads
    assert zones[("A", 0, 2)]["population"] == 10 and zones[("A", 2, 5)]["population"] == 60
    assert zones[("B", 0, 2)]["population"] == 0 and zones[("B", 2, 5)]["population"] == 320
    assert result["N_ZONES"] == 4


def test_travel_time_without_a_network_is_an_estimate(processing_provider, tmp_path):
    # 60 km/h with a detour factor of 1.5: a minute is 2/3 km as the crow flies, so 30 and 60 minutes are 20 and
    # 40 km from the border: 100 × 20 = 2,000 km² and 100 × 20 = 2,000 km² per side, labelled in minutes
    result, zones, _ = run(tmp_path, REGIONS=[squares(PAIR)], MODE=1, BANDS="30,60", DEFAULT_SPEED=60,
                           DETOUR_FACTOR=1.5)
    assert set(zones) == {("A", 0, 30), ("A", 30, 60), ("B", 0, 30), ("B", 30, 60)}
    for side in "AB":
        assert zones[(side, 0, 30)]["area_km2"] == pytest.approx(2000.0, rel=1e-9)
        assert zones[(side, 30, 60)]["area_km2"] == pytest.approx(2000.0, rel=1e-9)
        assert zones[(side, 0, 30)]["band_enhet"] == "min"
        assert "estimate" in zones[(side, 0, 30)]["access_method"]
    (tmp_path / "km").mkdir()
    _, by_distance, _ = run(tmp_path / "km", REGIONS=[squares(PAIR)], BANDS="20,40")
    assert by_distance[("A", 0, 20)]["access_method"] == "distance"


# -- the real län: independent computations with OGR/GEOS on A ∩ B ------------------------------------------------

def _ogr_lan():
    dataset = ogr.Open(str(DEMO_DATA / "admin.gpkg"))
    return {feature["code"]: feature.GetGeometryRef().Clone() for feature in dataset.GetLayer("lan")}


def _add_lines(geometry, out):
    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind == ogr.wkbLineString:
        out.AddGeometry(geometry.Clone())
    elif kind in (ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
        for k in range(geometry.GetGeometryCount()):
            _add_lines(geometry.GetGeometryRef(k).Clone(), out)


def _shared_boundary(lan, region, others):
    """The common boundary as the intersection of two touching polygons (a different path from the algorithm's
    boundary ∩ buffered neighbour)."""
    shared = ogr.Geometry(ogr.wkbMultiLineString)
    for other in others:
        _add_lines(lan[region].Intersection(lan[other]), shared)
    return shared


def _ogr_polygon(feature):
    return ogr.CreateGeometryFromWkb(bytes(feature.geometry().asWkb()))


def test_real_lan_against_independent_buffers(processing_provider, tmp_path):
    tatorter_path = DEMO_DATA / "tatorter.gpkg"
    tatorter = QgsVectorLayer(f"{tatorter_path}|layername=tatorter", "tatorter", "ogr")
    result, zones, _ = run(tmp_path, REGIONS=[lan_layer()], SELECTION="05,06,08", BORDER=0, BANDS="10,25",
                           SNAP_TOLERANCE=1, POPULATION=tatorter, POPULATION_FIELD="pop")
    lan = _ogr_lan()
    selected = ("05", "06", "08")
    for region in selected:
        shared = _shared_boundary(lan, region, [other for other in selected if other != region])
        within_10 = shared.Buffer(10_000, 16).Intersection(lan[region]).GetArea()
        within_25 = shared.Buffer(25_000, 16).Intersection(lan[region]).GetArea()
        assert zones[(region, 0, 10)]["area_km2"] == pytest.approx(within_10 / KM2, rel=1e-3), region
        assert zones[(region, 10, 25)]["area_km2"] == pytest.approx((within_25 - within_10) / KM2, rel=1e-3), region
    for a, b in (("05", "06"), ("05", "08"), ("06", "08")):
        assert f"{a}–{b}: {_shared_boundary(lan, a, [b]).Length() / 1000:.1f} km" in result["BORDER_LENGTHS"]
    # population: a brute-force point-in-polygon count of the tätort points in each output zone
    dataset = ogr.Open(str(tatorter_path))  # kept in a name: OGR frees the layer with its dataset
    points = [(f.GetGeometryRef().Clone(), f["pop"]) for f in dataset.GetLayer("tatorter")]
    for key, zone in zones.items():
        polygon = _ogr_polygon(zone)
        expected = sum(pop for point, pop in points if polygon.Contains(point))
        assert zone["population"] == expected, key
    assert sum(zone["population"] for zone in zones.values()) > 50_000


def test_real_lan_default_tolerance_stays_close(processing_provider, tmp_path):
    # SCB's län share their boundary vertices: the default tolerance (250 m) snaps nothing away and adds nothing
    _, zones, _ = run(tmp_path, REGIONS=[lan_layer()], SELECTION="05,06,08", BANDS="10")
    lan = _ogr_lan()
    for region in ("05", "06", "08"):
        shared = _shared_boundary(lan, region, [other for other in ("05", "06", "08") if other != region])
        assert zones[(region, 0, 10)]["area_km2"] == pytest.approx(
            shared.Buffer(10_000, 16).Intersection(lan[region]).GetArea() / KM2, rel=1e-3)


def test_all_land_borders_leave_out_the_coast(processing_provider, tmp_path):
    # Kalmar (08): land borders with Östergötland, Jönköping, Kronoberg, Blekinge; the long Baltic coast is none
    result, zones, _ = run(tmp_path, REGIONS=[lan_layer()], SELECTION="08", BORDER=1, BANDS="10",
                           SNAP_TOLERANCE=1)
    lan = _ogr_lan()
    neighbours = [code for code in lan if code != "08" and lan["08"].Intersection(lan[code]).Length() > 0]
    assert sorted(neighbours) == ["05", "06", "07", "10"]
    shared = _shared_boundary(lan, "08", neighbours)
    assert result["BORDER_KM"] == pytest.approx(shared.Length() / 1000, rel=1e-3)
    assert result["BORDER_KM"] < 0.5 * lan["08"].Boundary().Length() / 1000
    assert zones[("08", 0, 10)]["area_km2"] == pytest.approx(
        shared.Buffer(10_000, 16).Intersection(lan["08"]).GetArea() / KM2, rel=1e-3)


# -- coordinate reference systems ---------------------------------------------------------------------------------

def _reprojected(layer, authid, codes=None):
    """A memory copy of some län in another CRS."""
    crs = QgsCoordinateReferenceSystem(authid)
    copy = QgsVectorLayer(f"MultiPolygon?crs={authid}&field=code:string", f"lan {authid}", "memory")
    transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    features = []
    for feature in layer.getFeatures():
        if codes is not None and feature["code"] not in codes:
            continue
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        out = QgsFeature(copy.fields())
        out.setAttributes([feature["code"]])
        out.setGeometry(geometry)
        features.append(out)
    copy.dataProvider().addFeatures(features)
    return copy


def _areas(zones):
    return {key: zone["area_km2"] for key, zone in zones.items()}


def test_layers_in_different_crss_combine(processing_provider, tmp_path):
    parameters = dict(SELECTION="05,06,08", BANDS="10,25", SNAP_TOLERANCE=1)
    _, reference, _ = run(tmp_path, REGIONS=[lan_layer()], **parameters)
    reference = _areas(reference)
    # Kalmar in ETRS-TM35FIN (Finland), the others in SWEREF 99 TM: the first projected CRS (3006) is used
    mixed = [_reprojected(lan_layer(), "EPSG:3006", {"05", "06"}), _reprojected(lan_layer(), "EPSG:3067", {"08"})]
    _, zones, layer = run(tmp_path, REGIONS=mixed, **parameters)
    assert layer.crs().authid() == "EPSG:3006"
    assert _areas(zones) == pytest.approx(reference, rel=1e-4)
    # all in 3067, computed in 3006 as asked
    _, zones, layer = run(tmp_path, REGIONS=[_reprojected(lan_layer(), "EPSG:3067")], TARGET_CRS="EPSG:3006",
                          **parameters)
    assert layer.crs().authid() == "EPSG:3006" and _areas(zones) == pytest.approx(reference, rel=1e-4)
    # in its own CRS 3067 (central meridian 27° E, far from these län) areas are up to about 1 % larger
    _, zones, layer = run(tmp_path, REGIONS=[_reprojected(lan_layer(), "EPSG:3067")], **parameters)
    assert layer.crs().authid() == "EPSG:3067"
    assert _areas(zones) == pytest.approx(reference, rel=0.02)


def test_degrees_are_reprojected_never_measured(processing_provider, tmp_path):
    parameters = dict(SELECTION="05,06,08", BANDS="10", SNAP_TOLERANCE=1)
    _, reference, _ = run(tmp_path, REGIONS=[lan_layer()], **parameters)
    # WGS 84 in, the UTM zone of the data (33N, the same central meridian as SWEREF 99 TM) out
    _, zones, layer = run(tmp_path, REGIONS=[_reprojected(lan_layer(), "EPSG:4326")], **parameters)
    assert layer.crs().authid() == "EPSG:32633"
    assert _areas(zones) == pytest.approx(_areas(reference), rel=1e-3)
    with pytest.raises(QgsProcessingException, match="geographic"):
        run(tmp_path, REGIONS=[lan_layer()], TARGET_CRS="EPSG:4326", **parameters)


# -- bad input --------------------------------------------------------------------------------------------------

def _refused(tmp_path, pattern, **parameters):
    with pytest.raises(QgsProcessingException, match=pattern) as caught:
        run(tmp_path, **parameters)
    assert "Traceback" not in str(caught.value)
    assert not (tmp_path / "zones.gpkg").exists()
    return str(caught.value)


def test_ids_not_found(processing_provider, tmp_path):
    message = _refused(tmp_path, "not found", REGIONS=[lan_layer()], SELECTION="05,99,5")
    assert "99, 5" in message and "01" in message  # names the missing ids and shows ids that exist


def test_no_shared_border(processing_provider, tmp_path):
    _refused(tmp_path, "share no border", REGIONS=[lan_layer()], SELECTION="01,08")  # Stockholm and Kalmar
    _refused(tmp_path, "at least two", REGIONS=[lan_layer()], SELECTION="08", BORDER=0)
    island = squares([("A", (0, 0, 10, 10)), ("B", (50, 0, 60, 10))])
    _refused(tmp_path, "no land border", REGIONS=[island], SELECTION="A", BORDER=1)


def test_overlapping_regions(processing_provider, tmp_path):
    kommuner = QgsVectorLayer(f"{DEMO_DATA / 'admin.gpkg'}|layername=kommuner", "kommuner", "ogr")
    # Linköping (0580) lies inside Östergötland (05): län and kommuner mixed
    message = _refused(tmp_path, "overlap", REGIONS=[lan_layer(), kommuner], SELECTION="05,0580")
    assert "0580" in message and "05 " in message


def test_crs_problems(processing_provider, tmp_path):
    no_crs = QgsVectorLayer("Polygon?crs=&field=code:string", "no crs", "memory")  # without crs=: EPSG:4326
    assert not no_crs.crs().isValid()
    feature = QgsFeature(no_crs.fields())
    feature.setAttributes(["Z"])
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 10, 10)))
    no_crs.dataProvider().addFeatures([feature])
    _refused(tmp_path, "no coordinate reference system", REGIONS=[no_crs, squares(PAIR)])
    _refused(tmp_path, "no field 'kod'", REGIONS=[squares(PAIR)], REGION_ID_FIELD="kod")


def test_empty_population_layer(processing_provider, tmp_path):
    empty = point_layer([])
    _refused(tmp_path, "population layer .* has no features", REGIONS=[squares(PAIR)], POPULATION=empty,
             POPULATION_FIELD="pop")
    # an empty services layer is a fact (no services), not an error: zeros and a warning
    warnings = []

    class Collect(QgsProcessingFeedback):
        def pushWarning(self, text):
            warnings.append(text)

    _, zones, _ = run(tmp_path, feedback=Collect(), REGIONS=[squares(PAIR)], BANDS="10", SERVICES=point_layer([]))
    assert all(zone["services"] == 0 for zone in zones.values())
    assert any("services" in text for text in warnings)


def test_bad_bands(processing_provider, tmp_path):
    _refused(tmp_path, "numbers separated by commas", REGIONS=[squares(PAIR)], BANDS="10 km,25")
    _refused(tmp_path, "greater than 0", REGIONS=[squares(PAIR)], BANDS="0,10")


def test_cancel_leaves_no_file(processing_provider, tmp_path):
    import processing

    class CancelSoon(QgsProcessingFeedback):
        def setProgress(self, progress):
            super().setProgress(progress)
            if progress >= 20:
                self.cancel()

    path = tmp_path / "cancelled.gpkg"
    result = processing.run("strukturbild:borderzones", {
        "REGIONS": [lan_layer()], "REGION_ID_FIELD": "code", "SELECTION": "05,06,08", "OUTPUT": str(path)},
        feedback=CancelSoon())
    assert result == {} or result.get("OUTPUT") is None
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("text, pattern", [("10,1e300", "at most 10,000 km or minutes"),
                                           ("10,1e400", "greater than 0"), ("nan", "greater than 0")])
def test_bands_that_overflow_or_are_not_finite(processing_provider, tmp_path, text, pattern):
    """Issue 10: a band of 1e300 km was buffered as it was."""
    _refused(tmp_path, pattern, REGIONS=[squares(PAIR)], BANDS=text)
