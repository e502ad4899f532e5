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
