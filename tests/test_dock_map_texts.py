"""Texts and legend of the map the panel and assemblemap make (issue 12 §1): an empty Sources field prints nothing, a
long title fits its box on every bundled template, the legend fits its box or says that it does not, and no chosen
GeoPackage is asked for by name."""

import pytest
from conftest import REPO_ROOT
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QFont, QFontMetricsF

TEMPLATES = ("A3_landscape", "A4_portrait", "presentation_16x9")
LONG_TITLE = "Strukturbild för Östergötlands, Jönköpings och Kalmar läns gemensamma gränsbygd 2040"


def _build(demo_gpkg, layers=None, **settings):
    from strukturbild.strukturbild_plugin.assembler import MapAssembler, MapSettings, geopackage_layers

    assembler = MapAssembler(project=QgsProject())
    layout = assembler.build(layers or geopackage_layers(demo_gpkg), MapSettings(**settings))
    return assembler, layout


def _label_font(item):
    if hasattr(item, "textFormat"):
        text_format = item.textFormat()
        font = QFont(text_format.font())
        font.setPointSizeF(text_format.size())
        return font
    return item.font()


def _text_height_mm(item):
    """Height in mm that the label's text needs in its box, wrapped at spaces by Qt as a layout label draws it."""
    font = QFont(_label_font(item))
    font.setPixelSize(round(font.pointSizeF() * 25.4 / 72 * 10))  # QGIS draws label text at 10 px per mm
    width = item.sizeWithUnits().width() - 2 * item.marginX()
    bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, width * 10, 10_000), int(Qt.TextFlag.TextWordWrap),
                                              item.text())
    assert bounds.width() <= width * 10 + 0.5, "a word is wider than the box"
    return bounds.height() / 10


def _legend_needs(legend):
    """(width, height) in mm the legend's entries need, measured by QGIS itself (resize to contents)."""
    from strukturbild.strukturbild_plugin.assembler import _apply_map_filter

    _apply_map_filter(legend)
    legend.setResizeToContents(True)
    legend.adjustBoxSize()
    return legend.sizeWithUnits().width(), legend.sizeWithUnits().height()


def test_no_geopackage_chosen_asks_for_one(qgis_app):
    from strukturbild.strukturbild_plugin.assembler import AssemblyError, geopackage_layers

    for path in ("", None, "  "):
        with pytest.raises(AssemblyError) as raised:
            geopackage_layers(path)
        assert str(raised.value) == "Choose a strukturbild GeoPackage."


@pytest.mark.parametrize("sources", ["", "   "])
def test_an_empty_sources_field_prints_nothing(demo_gpkg, sources):
    _, layout = _build(demo_gpkg, template="A4_portrait", sources=sources)
    assert layout.itemById("sources").text() == ""  # the template's placeholder was "Källa: …"


def test_sources_are_printed_with_their_prefix(demo_gpkg):
    _, layout = _build(demo_gpkg, template="A4_portrait", sources="SCB", language="en")
    assert layout.itemById("sources").text() == "Source: SCB"


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_long_title_fits_its_box(demo_gpkg, template):
    _, short = _build(demo_gpkg, template=template, title="Östergötland")
    assembler, layout = _build(demo_gpkg, template=template, title=LONG_TITLE)
    title = layout.itemById("title")
    assert title.text() == LONG_TITLE
    assert _text_height_mm(title) <= title.sizeWithUnits().height() - 2 * title.marginY() + 0.05
    # made smaller only as far as needed: a short title keeps the template's size, a long one is smaller
    assert _label_font(title).pointSizeF() < _label_font(short.itemById("title")).pointSizeF()
    assert not [w for w in assembler.warnings if "does not fit" in w]


def test_a_short_title_keeps_the_template_size(demo_gpkg):
    from qgis.core import QgsPrintLayout, QgsReadWriteContext
    from strukturbild.strukturbild_plugin.library import StyleLibrary

    document, _ = StyleLibrary().template_document("A3_landscape", [])
    project = QgsProject()  # kept: a layout outliving its project crashes
    template = QgsPrintLayout(project)
    template.loadFromTemplate(document, QgsReadWriteContext(), True)
    _, layout = _build(demo_gpkg, template="A3_landscape", title="Östergötland")
    assert _label_font(layout.itemById("title")).pointSizeF() == _label_font(template.itemById("title")).pointSizeF()


def test_a_title_too_long_for_any_size_is_reported(demo_gpkg):
    title = " ".join(["Gränsbygdsanalys"] * 40)
    assembler, layout = _build(demo_gpkg, template="A4_portrait", title=title)
    assert any("does not fit its box" in warning and "Gränsbygdsanalys" in warning
               for warning in assembler.warnings)
    # set as small as allowed, so that as little as possible is cut off
    from strukturbild.strukturbild_plugin.assembler import MIN_TEXT_POINTS, TEXT_MIN_SCALE

    _, short = _build(demo_gpkg, template="A4_portrait", title="Östergötland")
    template_size = _label_font(short.itemById("title")).pointSizeF()
    assert _label_font(layout.itemById("title")).pointSizeF() == max(MIN_TEXT_POINTS, template_size * TEXT_MIN_SCALE)


def test_the_demo_sources_fit_the_a3_sources_box(demo_gpkg):
    """`make demo`'s long sources line (data, caveats) was cut after five lines; it is set smaller and fits."""
    import re

    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    sources = re.search(r'SOURCES="(SCB \(kommuner[^"]+)"', makefile).group(1)
    assembler, layout = _build(demo_gpkg, template="A3_landscape", sources=sources)
    label = layout.itemById("sources")
    assert _text_height_mm(label) <= label.sizeWithUnits().height() + 0.05
    assert not [w for w in assembler.warnings if "does not fit" in w]


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_legend_fits_its_box(demo_gpkg, template):
    """The demo's legend is taller than the 16:9 template's legend box: it gets another column and smaller type
    instead of losing its last entries (Biosfärområde, Blåstruktur, ...) at the box's edge."""
    assembler, layout = _build(demo_gpkg, template=template)
    legend = layout.itemById("legend")
    width, height = legend.sizeWithUnits().width(), legend.sizeWithUnits().height()
    need_width, need_height = _legend_needs(legend)
    assert need_width <= width + 0.1 and need_height <= height + 0.1
    assert not [w for w in assembler.warnings if "legend" in w.lower()]


def test_a_legend_that_cannot_fit_is_reported(demo_gpkg):
    """Forty analysis layers cannot fit the 16:9 legend box even in small type: the map says so."""
    from strukturbild.strukturbild_plugin.assembler import ElementLayer, geopackage_layers

    layers = geopackage_layers(demo_gpkg)
    nodes = next(item.layer for item in layers if item.key == "nod")
    centre = nodes.extent().center()
    extra = []
    for number in range(40):
        layer = QgsVectorLayer(f"Point?crs={nodes.crs().authid()}", f"Analys {number:02d}", "memory")
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(centre.x() + number * 500, centre.y())))
        layer.dataProvider().addFeatures([feature])
        extra.append(ElementLayer(layer, None))
    assembler, _ = _build(demo_gpkg, layers=layers + extra, template="presentation_16x9")
    assert any("legend does not fit" in warning for warning in assembler.warnings)
