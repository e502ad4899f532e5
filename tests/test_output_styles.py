"""Analysis outputs carry their style: on load in QGIS, saved with the file for qgis_process users, and drawn in a
strukturbild by strukturbild:assemblemap under their own name (issue 5's "outputs that load styled")."""

import processing
import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)
from test_traveltime import points, roads


def network_case():
    # a 10 km road at 60 km/h with a branch; origins along it; one destination at the west end
    network = roads([([(0, 0), (5, 0), (10, 0)], [60.0, None]), ([(5, 0), (5, 6)], [30.0, None])])
    origins = points("o", [(f"o{k}", (k, 0), 0, 0) for k in range(11)] + [("n", (5, 5), 0, 0)])
    destinations = points("d", [("west", (0, 0), 1, 0)])
    return network, origins, destinations


def reopened_renderer(path):
    """The renderer of the output as a user opens it later: a new layer loads the default style saved in the
    GeoPackage. (A clone: the layer's own renderer goes with the layer.)"""
    layer = QgsVectorLayer(str(path), "reopened", "ogr")
    return layer.renderer().clone()


def test_travel_time_output_is_graduated_in_minutes(processing_provider, tmp_path):
    network, origins, destinations = network_case()
    out = tmp_path / "restid.gpkg"
    processing.run("strukturbild:traveltime", dict(NETWORK=network, SPEED_FIELD="speed", ORIGINS=origins,
                                                   DESTINATIONS=destinations, MEASURE=0, OUTPUT=str(out)))
    renderer = reopened_renderer(out)
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "time_min"
    # the times run 0..15 minutes (the branch at 30 km/h): classes of 5 minutes, the last one open
    assert [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()] == [(0, 5), (5, 10), (10, 15)]
    assert [r.label() for r in renderer.ranges()] == ["0–5 min", "5–10 min", "> 10 min"]


def test_opportunities_output_is_graduated_on_its_field(processing_provider, tmp_path):
    network, origins, destinations = network_case()
    out = tmp_path / "mojligheter.gpkg"
    processing.run("strukturbild:traveltime", dict(NETWORK=network, SPEED_FIELD="speed", ORIGINS=origins,
                                                   DESTINATIONS=destinations, MEASURE=1, THRESHOLD=6,
                                                   OUTPUT=str(out)))
    renderer = reopened_renderer(out)
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "opportunities"


def test_service_areas_classed_by_break(processing_provider, tmp_path):
    network, _, destinations = network_case()
    polygons, edges = tmp_path / "isokroner.gpkg", tmp_path / "vagar.gpkg"
    processing.run("strukturbild:servicearea", dict(NETWORK=network, SPEED_FIELD="speed", DESTINATIONS=destinations,
                                                    BREAKS="2,5,8", BUFFER=100, OUTPUT=str(polygons),
                                                    OUTPUT_EDGES=str(edges)))
    for path in (polygons, edges):
        renderer = reopened_renderer(path)
        assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "break_min"
        assert [(r.lowerValue(), r.upperValue()) for r in renderer.ranges()] == [(0, 2), (2, 5), (5, 8)]
        assert [r.label() for r in renderer.ranges()] == ["≤ 2 min", "≤ 5 min", "≤ 8 min"]
        # each area falls in its own class (a value on a bound belongs to the first range holding it)
        assert sorted(renderer.rangeForValue(f["break_min"]).upperValue()
                      for f in QgsVectorLayer(str(path), "x", "ogr").getFeatures()) == [2, 5, 8]


def test_assemblemap_draws_an_analysis_layer_with_its_own_style(processing_provider, tmp_path, demo_gpkg):
    network, origins, destinations = network_case()
    out = tmp_path / "restid.gpkg"
    processing.run("strukturbild:traveltime", dict(NETWORK=network, SPEED_FIELD="speed", ORIGINS=origins,
                                                   DESTINATIONS=destinations, MEASURE=0, OUTPUT=str(out)))
    pdf = tmp_path / "karta.pdf"
    result = processing.run("strukturbild:assemblemap", dict(LAYERS=[str(out)], TEMPLATE="A4_portrait",
                                                             TITLE="Restid", OUTPUT=str(pdf)))
    assert pdf.stat().st_size > 10_000 and result["OUTPUT"] == str(pdf)

    # a layer with neither an element type nor a style of its own is still refused, with what to do
    plain = points("plain", [("a", (0, 0), 0, 0)])
    plain_path = tmp_path / "plain.gpkg"
    processing.run("native:savefeatures", {"INPUT": plain, "OUTPUT": str(plain_path)})
    with pytest.raises(QgsProcessingException, match="no style of its own"):
        processing.run("strukturbild:assemblemap", dict(LAYERS=[str(plain_path)], TEMPLATE="A4_portrait",
                                                        OUTPUT=str(tmp_path / "x.pdf")))


def test_degurba_cells_and_lau_categorised(processing_provider, tmp_path):
    from test_degurba import designed_population, grid_layer

    lau = QgsVectorLayer("Polygon?crs=EPSG:3006&field=kommun:string", "lau", "memory")
    feature = QgsFeature(lau.fields())
    feature.setAttributes(["all"])
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(500_000, 6_490_000, 510_000, 6_500_000)))
    lau.dataProvider().addFeatures([feature])
    cells, units = tmp_path / "degurba.gpkg", tmp_path / "lau.gpkg"
    processing.run("strukturbild:degurba", dict(INPUT=grid_layer(designed_population()), POPULATION_FIELD="pop",
                                                LAU=lau, OUTPUT=str(cells), OUTPUT_LAU=str(units)))
    for path, field in ((cells, "degurba"), (units, "lau_class")):
        renderer = reopened_renderer(path)
        assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == field
        # every feature finds its category after the style's round trip through the file
        values = [f[field] for f in QgsVectorLayer(str(path), "x", "ogr").getFeatures()]
        assert values and all(renderer.categoryIndexForValue(v) >= 0 for v in values)


# -- degenerate values: one distinct value, all NULL, no features, NaN and infinities (issue 10 §4) ---------------
def value_layer(values, geometry="Point"):
    """A memory layer with one numeric field v holding ``values`` (None for NULL)."""
    from qgis.core import QgsPointXY

    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:3006&field=v:double", "values", "memory")
    features = []
    for k, value in enumerate(values):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([value])
        point = QgsGeometry.fromPointXY(QgsPointXY(500_000 + k, 6_500_000))
        feature.setGeometry(point if geometry == "Point" else point.buffer(0.4, 2))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def saved_and_reopened(tmp_path, layer, style):
    """The layer written to a GeoPackage, styled by ``style`` as styled_output does, and opened again."""
    from qgis.core import QgsProcessingContext
    from strukturbild.processing_algorithms.base import styled_output

    path = tmp_path / f"{layer.name()}_{len(list(tmp_path.iterdir()))}.gpkg"
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": str(path)})
    styled_output(QgsProcessingContext(), str(path), lambda reopened: reopened.setRenderer(style(reopened)))
    return reopened_renderer(path)


def ranges(renderer):
    return [(r.lowerValue(), r.upperValue(), r.label()) for r in renderer.ranges()]


NAN, INF = float("nan"), float("inf")


@pytest.mark.parametrize("values,minutes,graduated", [
    ([0.0, 0.0, 0.0], [(0, 0, "0 min")], [(0, 0, "0")]),  # every origin on its destination
    ([7.5] * 4, [(7.5, 7.5, "7.5 min")], [(7.5, 7.5, "7.5")]),
    ([None, None], [], []),  # all NULL: no class, nothing drawn wrongly
    ([], [], []),  # no features
    ([NAN, 1.0, 2.0], [(0, 1, "0–1 min"), (1, 2, "> 1 min")], None),
    ([INF, 1.0, 3.0], [(0, 1, "0–1 min"), (1, 2, "1–2 min"), (2, 3, "> 2 min")], None),
    ([-INF, 4.0, None], [(4, 4, "4 min")], [(4, 4, "4")]),
    ([NAN, NAN], [], []),
])
def test_renderers_cope_with_degenerate_values(processing_provider, tmp_path, values, minutes, graduated):
    import math

    from strukturbild.processing_algorithms.base import (
        break_renderer,
        categorized_renderer,
        graduated_renderer,
        minutes_renderer,
    )

    for geometry in ("Point", "Polygon"):
        layer = value_layer(values, geometry)
        assert ranges(minutes_renderer(layer, "v")) == minutes
        jenks = graduated_renderer(layer, "v", ("#ffffff", "#000000"))
        if graduated is not None:
            assert ranges(jenks) == graduated
        # classes never carry a NaN or infinite bound, and every finite value finds its class
        assert all(math.isfinite(r.lowerValue()) and math.isfinite(r.upperValue()) for r in jenks.ranges())
        finite = [v for v in values if v is not None and math.isfinite(v)]
        assert all(jenks.rangeForValue(v) is not None for v in finite)
        assert len(break_renderer(layer, "v", [2, 4]).ranges()) == 2
        assert len(categorized_renderer(layer, "v", [(0, "#ff0000", "zero")]).categories()) == 1
        # a field the layer lacks: no class rather than an error
        assert ranges(minutes_renderer(layer, "missing")) == [] and ranges(graduated_renderer(
            layer, "missing", ("#fff", "#000"))) == []
    # saved with a GeoPackage and loaded again (NaN is stored as NULL there)
    layer = value_layer(values)
    renderer = saved_and_reopened(tmp_path, layer, lambda reopened: minutes_renderer(reopened, "v"))
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "v"
    assert ranges(renderer) == minutes


def test_equal_interval_and_breaks_with_one_value(processing_provider):
    from qgis.core import QgsClassificationEqualInterval
    from strukturbild.processing_algorithms.base import graduated_renderer

    layer = value_layer([0.25, 0.25])
    renderer = graduated_renderer(layer, "v", ("#fff", "#000"), 4, QgsClassificationEqualInterval())
    assert ranges(renderer) == [(0.25, 0.25, "0.25")]
    # breaks above every value: one class from the lowest bound to the value
    renderer = graduated_renderer(value_layer([0.5, 1.5]), "v", ("#fff", "#000"), breaks=[2.0, 5.0], unit="km")
    assert ranges(renderer) == [(0.5, 1.5, "0.5–1.5 km")]
    # values below the first break join the first class
    renderer = graduated_renderer(value_layer([-3.0, 1.0, 6.0]), "v", ("#fff", "#000"), breaks=[0.0, 5.0])
    assert ranges(renderer) == [(-3.0, 5.0, "-3–5"), (5.0, 6.0, "> 5")]


def test_travel_time_when_every_origin_sits_on_its_destination(processing_provider, tmp_path):
    # every time is 0: the graduated styling crashed with an IndexError (base.py)
    network, _, _ = network_case()
    origins = points("o", [("a", (0, 0), 0, 0), ("b", (0, 0), 0, 0)])
    destinations = points("d", [("west", (0, 0), 1, 0)])
    out = tmp_path / "restid.gpkg"
    result = processing.run("strukturbild:traveltime", dict(NETWORK=network, SPEED_FIELD="speed", ORIGINS=origins,
                                                            DESTINATIONS=destinations, MEASURE=0, OUTPUT=str(out)))
    assert result["MEDIAN_TIME"] == 0
    renderer = reopened_renderer(out)
    assert renderer.classAttribute() == "time_min" and ranges(renderer) == [(0, 0, "0 min")]
    layer = QgsVectorLayer(str(out), "x", "ogr")
    assert layer.isValid() and layer.featureCount() == 2
    # one distinct number of opportunities: one class
    out = tmp_path / "opp.gpkg"
    processing.run("strukturbild:traveltime", dict(NETWORK=network, SPEED_FIELD="speed", ORIGINS=origins,
                                                   DESTINATIONS=destinations, MEASURE=1, THRESHOLD=5,
                                                   OUTPUT=str(out)))
    assert ranges(reopened_renderer(out)) == [(1, 1, "1")]


def test_outputs_without_features_style_and_load(processing_provider, tmp_path):
    network, _, destinations = network_case()
    out = tmp_path / "restid.gpkg"
    result = processing.run("strukturbild:traveltime", dict(NETWORK=network, SPEED_FIELD="speed",
                                                            ORIGINS=points("o", []), DESTINATIONS=destinations,
                                                            MEASURE=0, OUTPUT=str(out)))
    assert result["N_ORIGINS"] == 0 and result["MEDIAN_TIME"] is None
    layer = QgsVectorLayer(str(out), "x", "ogr")
    assert layer.isValid() and layer.featureCount() == 0
    renderer = reopened_renderer(out)
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.ranges() == []
    # service areas without any polygon (no buffer) and a single break
    polygons, edges = tmp_path / "isokroner.gpkg", tmp_path / "vagar.gpkg"
    processing.run("strukturbild:servicearea", dict(NETWORK=network, SPEED_FIELD="speed", DESTINATIONS=destinations,
                                                    BREAKS="3", BUFFER=0, OUTPUT=str(polygons),
                                                    OUTPUT_EDGES=str(edges)))
    assert QgsVectorLayer(str(polygons), "p", "ogr").featureCount() == 0
    for path in (polygons, edges):
        assert ranges(reopened_renderer(path)) == [(0, 3, "≤ 3 min")]


def test_border_access_with_one_distinct_gain(processing_provider, tmp_path):
    from test_borderaccess import ROAD, regions
    from test_traveltime import roads as road_layer

    # both origins have their nearest destination in their own region: every gain is 0
    out = tmp_path / "access.gpkg"
    processing.run("strukturbild:borderaccess", dict(
        REGIONS=[regions()], REGION_ID_FIELD="kod", NETWORK=road_layer(ROAD), SPEED_FIELD="speed", MEASURE=0,
        ORIGINS=points("o", [("O1", (-3, 0), 0, 1), ("O2", (2, 0), 0, 1)]),
        DESTINATIONS=points("d", [("D0", (-6, 0), 1, 0), ("D1", (1, 0), 1, 0)]), OUTPUT=str(out)))
    assert [f["time_gain"] for f in QgsVectorLayer(str(out), "x", "ogr").getFeatures()] == [0, 0]
    assert ranges(reopened_renderer(out)) == [(0, 0, "0 min")]
