"""Generate the Strukturbild print-layout templates (.qpt) with the QGIS API.

Run headless from the repository root with QGIS's Python:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 templates/build_templates.py
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 templates/build_templates.py --preview /tmp/preview

It writes A3_landscape.qpt, A4_portrait.qpt and presentation_16x9.qpt next to this file.
Picture paths (north arrow, logo) are written as ``{TEMPLATE_DIR}/<file>.svg``: whoever loads a
template replaces the token with the folder that holds the template (see README.md).
``--preview DIR`` also renders each template with made-up sample layers to DIR/<name>.png.

The generated .qpt files are committed; re-run this script after changing it.
"""

import argparse
import math
import os
import sys
import tempfile
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRendererCategory,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

TEMPLATE_DIR = Path(__file__).resolve().parent
FONT_DIR = TEMPLATE_DIR / "fonts"
TOKEN = "{TEMPLATE_DIR}"
NORTH_ARROW = TEMPLATE_DIR / "north_arrow.svg"
LOGO = TEMPLATE_DIR / "strukturbild_logo.svg"

FONT_FAMILY = "Open Sans"
TEXT_COLOR = QColor("#1f2a30")
MUTED_COLOR = QColor("#55636b")
RULE_COLOR = QColor("#2f5f7a")
FRAME_COLOR = QColor("#3a3a3a")

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
SWEREF99TM = "EPSG:3006"
# Whole Sweden in SWEREF 99 TM, for the locator map.
SWEDEN_EXTENT = (250000.0, 6130000.0, 930000.0, 7700000.0)
# Southern Sweden (Götaland and the south of Svealand), a neutral default for the main map.
SOUTH_SWEDEN_EXTENT = (270000.0, 6130000.0, 720000.0, 6620000.0)

ITEM_IDS = (
    "main_map",
    "overview_map",
    "legend",
    "title",
    "subtitle",
    "scalebar",
    "north_arrow",
    "sources",
    "date",
    "logo",
)

DATE_EXPRESSION = "[% format_date(now(), 'yyyy-MM-dd') %]"
SOURCES_PLACEHOLDER = "Källa: …"
TITLE_PLACEHOLDER = "Strukturbild"
LEGEND_TITLE = "Teckenförklaring"


# --------------------------------------------------------------------------------------------
# fonts


def register_fonts(font_dir=FONT_DIR):
    """Register every .ttf in font_dir with Qt; return the families that were added."""
    families = set()
    for ttf in sorted(Path(font_dir).glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id < 0:
            raise RuntimeError(f"Qt could not load the font {ttf}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return families


def make_font(size_pt, bold=False, italic=False):
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def text_format(size_pt, bold=False, color=TEXT_COLOR):
    fmt = QgsTextFormat()
    fmt.setFont(make_font(size_pt, bold))
    fmt.setSize(size_pt)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(color)
    return fmt


# --------------------------------------------------------------------------------------------
# item helpers


def _place(item, x, y, w, h):
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))


def _frame(item, width_mm, color=FRAME_COLOR):
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(width_mm, MM))
    item.setFrameStrokeColor(color)
    item.setFrameJoinStyle(Qt.PenJoinStyle.MiterJoin)


def add_label(layout, item_id, text, rect, size_pt, bold=False, color=TEXT_COLOR,
              halign=Qt.AlignmentFlag.AlignLeft, valign=Qt.AlignmentFlag.AlignTop):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(make_font(size_pt, bold))
    label.setFontColor(color)
    label.setHAlign(halign)
    label.setVAlign(valign)
    label.setMarginX(0.0)
    label.setMarginY(0.0)
    label.setBackgroundEnabled(False)
    label.setFrameEnabled(False)
    layout.addLayoutItem(label)
    _place(label, *rect)
    return label


def add_rule(layout, item_id, x, y, w, thickness=0.35, color=RULE_COLOR):
    """A thin horizontal line (a filled rectangle shape) used to separate panel sections."""
    rule = QgsLayoutItemShape(layout)
    rule.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    rule.setId(item_id)
    rule.setSymbol(QgsFillSymbol.createSimple(
        {"color": color.name(), "outline_style": "no"}))
    layout.addLayoutItem(rule)
    _place(rule, x, y, w, thickness)
    return rule


def pad_to_ratio(rect, ratio):
    """Grow rect about its centre so that width / height == ratio."""
    w, h = rect.width(), rect.height()
    if w / h < ratio:
        w = h * ratio
    else:
        h = w / ratio
    c = rect.center()
    return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)


def _finite_extent(rect):
    values = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
    return all(math.isfinite(v) for v in values) and rect.width() > 0 and rect.height() > 0


def add_map(layout, item_id, rect, extent, frame_mm):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setCrs(QgsCoordinateReferenceSystem(SWEREF99TM))
    layout.addLayoutItem(item)
    # setExtent() resizes the frame to the extent's ratio and zoomToExtent() on a new, empty map
    # gives NaN: pad the extent to the frame's ratio first, then set it.
    _place(item, *rect)
    item.setExtent(pad_to_ratio(QgsRectangle(*extent), rect[2] / rect[3]))
    _place(item, *rect)
    if not _finite_extent(item.extent()):
        raise RuntimeError(f"{item_id}: the map extent is not finite: {item.extent().toString()}")
    item.setBackgroundColor(QColor("#ffffff"))
    _frame(item, frame_mm)
    return item


def add_overview_map(layout, rect, main_map):
    item = add_map(layout, "overview_map", rect, SWEDEN_EXTENT, 0.2)
    item.setBackgroundColor(QColor("#f3f5f6"))
    overview = item.overview()
    overview.setLinkedMap(main_map)
    overview.setFrameSymbol(QgsFillSymbol.createSimple({
        "color": "200,30,30,40",
        "outline_color": "200,30,30,255",
        "outline_width": "0.4",
        "outline_width_unit": "MM",
    }))
    overview.setEnabled(True)
    return item


def add_legend(layout, rect, main_map, columns, item_pt=8.5, symbol=(7.0, 4.0), row_gap=1.4,
               column_space=6.0):
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle(LEGEND_TITLE)
    legend.setTitleAlignment(Qt.AlignmentFlag.AlignLeft)
    # The assembler fills the legend itself; an auto-updating model would list every project layer.
    legend.setAutoUpdateModel(False)
    legend.model().rootGroup().removeAllChildren()
    legend.setLinkedMap(main_map)
    legend.setLegendFilterByMapEnabled(False)
    legend.setColumnCount(columns)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(True)
    legend.setColumnSpace(column_space)
    legend.setSymbolWidth(symbol[0])
    legend.setSymbolHeight(symbol[1])
    legend.setBoxSpace(0.0)
    legend.setBackgroundEnabled(False)
    legend.setFrameEnabled(False)
    legend.setFontColor(TEXT_COLOR)
    styles = {
        QgsLegendStyle.Style.Title: (item_pt + 3.5, True, 0.0, 3.0),
        QgsLegendStyle.Style.Group: (item_pt + 0.5, True, 3.0, 1.2),
        QgsLegendStyle.Style.Subgroup: (item_pt + 0.5, True, 2.5, 1.0),
        QgsLegendStyle.Style.SymbolLabel: (item_pt, False, row_gap, 0.0),
    }
    for style, (size, bold, top, bottom) in styles.items():
        legend.setStyleFont(style, make_font(size, bold))
        legend.rstyle(style).setMargin(QgsLegendStyle.Side.Top, top)
        legend.rstyle(style).setMargin(QgsLegendStyle.Side.Bottom, bottom)
    legend.rstyle(QgsLegendStyle.Style.SymbolLabel).setMargin(QgsLegendStyle.Side.Left, 2.0)
    legend.rstyle(QgsLegendStyle.Style.Symbol).setMargin(QgsLegendStyle.Side.Top, row_gap)
    legend.setStyleFont(QgsLegendStyle.Style.Symbol, make_font(item_pt))  # unused by QGIS; no stray font
    layout.addLayoutItem(legend)
    # A fixed frame: the assembler decides what goes in; the panel layout must not move.
    legend.setResizeToContents(False)
    _place(legend, *rect)
    return legend


def add_scalebar(layout, rect, main_map, size_pt=7.5, background=False):
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setStyle("Single Box")
    layout.addLayoutItem(bar)
    bar.setLinkedMap(main_map)
    bar.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(4)
    # Fit the segment length to the width: the bar stays readable whatever extent the assembler sets.
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(rect[2] * 0.55)
    bar.setMaximumBarWidth(rect[2] * 0.85)
    bar.setHeight(1.6)
    bar.setLabelBarSpace(1.2)
    bar.setBoxContentSpace(1.0)
    bar.setTextFormat(text_format(size_pt))
    bar.setFillSymbol(QgsFillSymbol.createSimple({"color": "#1f2a30", "outline_style": "no"}))
    bar.setAlternateFillSymbol(QgsFillSymbol.createSimple({"color": "#ffffff", "outline_style": "no"}))
    bar.setLineSymbol(QgsLineSymbol.createSimple(
        {"line_color": "#1f2a30", "line_width": "0.2", "line_width_unit": "MM", "joinstyle": "miter"}))
    bar.setBackgroundEnabled(background)
    if background:
        bar.setBackgroundColor(QColor(255, 255, 255, 215))
    bar.setFrameEnabled(False)
    bar.update()
    _place(bar, *rect)
    return bar


def add_picture(layout, item_id, path, rect, main_map=None):
    picture = QgsLayoutItemPicture(layout)
    picture.setId(item_id)
    layout.addLayoutItem(picture)
    picture.setPicturePath(str(path), QgsLayoutItemPicture.Format.FormatSVG)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    picture.setPictureAnchor(QgsLayoutItem.ReferencePoint.UpperLeft)
    if main_map is not None:
        picture.setLinkedMap(main_map)
        picture.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    picture.setFrameEnabled(False)
    picture.setBackgroundEnabled(False)
    _place(picture, *rect)
    return picture


def new_layout(project, name, width, height):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height, MM))
    page.setPageStyleSymbol(QgsFillSymbol.createSimple({"color": "#ffffff", "outline_style": "no"}))
    return layout


# --------------------------------------------------------------------------------------------
# the three layouts


def build_a3_landscape(project):
    """A3 landscape, 420 x 297 mm: map on the left, a 110 mm panel on the right."""
    layout = new_layout(project, "Strukturbild A3 liggande", 420.0, 297.0)
    m = 10.0                      # page margin
    px, pw = 300.0, 110.0         # panel x and width (right edge at 410)
    main = add_map(layout, "main_map", (m, m, px - m - 8.0, 297.0 - 2 * m), SOUTH_SWEDEN_EXTENT, 0.35)

    # room for two lines of title and of subtitle
    add_label(layout, "title", TITLE_PLACEHOLDER, (px, m, pw, 24.0), 24.0, bold=True)
    add_label(layout, "subtitle", "", (px, 35.0, pw, 12.5), 12.0, color=MUTED_COLOR)
    add_rule(layout, "rule_top", px, 49.5, pw, 0.5)
    add_legend(layout, (px, 54.0, pw, 133.0), main, columns=2, item_pt=8.5)
    add_rule(layout, "rule_bottom", px, 190.0, pw, 0.25)

    # bottom block: tall locator map (Sweden's shape) on the left, map furniture on the right
    top, bottom = 194.0, 297.0 - m
    add_overview_map(layout, (px, top, 42.0, bottom - top), main)
    bx = px + 48.0
    bw = px + pw - bx
    add_picture(layout, "north_arrow", NORTH_ARROW, (bx, top, 11.0, 18.0), main)
    add_scalebar(layout, (bx, top + 22.0, bw, 11.0), main, size_pt=7.5)
    add_label(layout, "sources", SOURCES_PLACEHOLDER, (bx, top + 37.0, bw, 17.0), 7.5, color=MUTED_COLOR)
    add_label(layout, "date", DATE_EXPRESSION, (bx, top + 55.0, bw, 5.0), 7.5, color=MUTED_COLOR)
    add_picture(layout, "logo", LOGO, (bx, bottom - 14.0, bw, 14.0))
    layout.itemById("logo").setPictureAnchor(QgsLayoutItem.ReferencePoint.LowerLeft)
    return layout


def build_a4_portrait(project):
    """A4 portrait, 210 x 297 mm: title block on top, map ~2/3, legend panel below."""
    layout = new_layout(project, "Strukturbild A4 stående", 210.0, 297.0)
    m = 10.0
    right = 210.0 - m
    add_label(layout, "title", TITLE_PLACEHOLDER, (m, m, 145.0, 11.0), 20.0, bold=True)
    add_label(layout, "subtitle", "", (m, 22.0, 145.0, 7.0), 11.0, color=MUTED_COLOR)
    add_picture(layout, "logo", LOGO, (right - 42.0, m, 42.0, 11.0))
    layout.itemById("logo").setPictureAnchor(QgsLayoutItem.ReferencePoint.UpperRight)

    map_top, map_bottom = 32.0, 220.0
    main = add_map(layout, "main_map", (m, map_top, right - m, map_bottom - map_top),
                   SOUTH_SWEDEN_EXTENT, 0.35)
    # map furniture inside the map frame
    add_picture(layout, "north_arrow", NORTH_ARROW, (right - 13.0, map_top + 4.0, 9.0, 15.0), main)
    add_scalebar(layout, (m + 3.0, map_bottom - 12.0, 62.0, 9.0), main, size_pt=7.0, background=True)

    # bottom panel: legend in three columns, locator map at the right
    ptop, pbottom = 225.0, 279.0
    ow = 25.0
    add_legend(layout, (m, ptop, right - m - ow - 6.0, pbottom - ptop), main, columns=3, item_pt=8.0,
               symbol=(6.0, 3.5), row_gap=1.1, column_space=5.0)
    add_overview_map(layout, (right - ow, ptop, ow, pbottom - ptop), main)

    add_rule(layout, "rule_footer", m, 282.0, right - m, 0.25)
    add_label(layout, "sources", SOURCES_PLACEHOLDER, (m, 283.5, 150.0, 5.0), 7.0, color=MUTED_COLOR)
    add_label(layout, "date", DATE_EXPRESSION, (right - 40.0, 283.5, 40.0, 5.0), 7.0, color=MUTED_COLOR,
              halign=Qt.AlignmentFlag.AlignRight)
    return layout


def build_presentation_16x9(project):
    """16:9 slide, 338.67 x 190.5 mm: map left ~70 %, panel right."""
    width, height = 338.67, 190.5
    layout = new_layout(project, "Strukturbild presentation 16:9", width, height)
    m = 8.0
    px = 254.0
    pw = width - m - px
    main = add_map(layout, "main_map", (m, m, px - m - 7.0, height - 2 * m), SOUTH_SWEDEN_EXTENT, 0.35)

    add_label(layout, "title", TITLE_PLACEHOLDER, (px, m, pw, 18.0), 18.0, bold=True)
    add_label(layout, "subtitle", "", (px, 27.0, pw, 10.0), 10.0, color=MUTED_COLOR)
    add_rule(layout, "rule_top", px, 38.5, pw, 0.5)
    add_legend(layout, (px, 42.0, pw, 84.0), main, columns=1, item_pt=7.5, symbol=(6.0, 3.5), row_gap=1.0)
    add_rule(layout, "rule_bottom", px, 128.5, pw, 0.25)

    top, bottom = 131.0, height - m
    add_overview_map(layout, (px, top, 23.0, bottom - top), main)
    bx = px + 28.0
    bw = px + pw - bx
    add_picture(layout, "north_arrow", NORTH_ARROW, (bx, top, 8.0, 13.0), main)
    add_scalebar(layout, (bx, top + 15.0, bw, 9.0), main, size_pt=7.0)
    add_label(layout, "sources", SOURCES_PLACEHOLDER, (bx, top + 27.0, bw, 10.0), 6.5, color=MUTED_COLOR)
    add_label(layout, "date", DATE_EXPRESSION, (bx, top + 38.0, bw, 4.0), 6.5, color=MUTED_COLOR)
    add_picture(layout, "logo", LOGO, (bx, bottom - 8.5, bw, 8.5))
    layout.itemById("logo").setPictureAnchor(QgsLayoutItem.ReferencePoint.LowerLeft)
    return layout


TEMPLATES = {
    "A3_landscape.qpt": build_a3_landscape,
    "A4_portrait.qpt": build_a4_portrait,
    "presentation_16x9.qpt": build_presentation_16x9,
}


# --------------------------------------------------------------------------------------------
# saving and loading


def save_template(layout, path, template_dir=TEMPLATE_DIR):
    """Save layout as .qpt and replace the absolute template folder with the {TEMPLATE_DIR} token."""
    path = Path(path)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp) / path.name
        if not layout.saveAsTemplate(str(tmp_path), QgsReadWriteContext()):
            raise RuntimeError(f"QGIS could not save {path}")
        text = tmp_path.read_text(encoding="utf-8")
    absolute = str(template_dir)
    text = text.replace(absolute + "/", TOKEN + "/").replace(absolute + os.sep, TOKEN + "/")
    if absolute in text:
        raise RuntimeError(f"{path.name} still holds the absolute path {absolute}")
    path.write_text(text, encoding="utf-8")
    return path


def load_template(qpt, project, template_dir=None):
    """Load a .qpt into a new QgsPrintLayout, substituting {TEMPLATE_DIR} as the assembler does."""
    qpt = Path(qpt)
    folder = Path(template_dir) if template_dir else qpt.resolve().parent
    text = qpt.read_text(encoding="utf-8").replace(TOKEN, folder.as_posix())
    doc = QDomDocument()
    if not doc.setContent(text):
        raise RuntimeError(f"{qpt} is not valid XML")
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not ok:
        raise RuntimeError(f"QGIS could not load {qpt}")
    return layout


# --------------------------------------------------------------------------------------------
# preview with made-up layers


def sample_layers():
    """A few memory layers in SWEREF 99 TM that look a little like a regional structure plan."""
    crs = "crs=EPSG:3006"
    areas = QgsVectorLayer(f"Polygon?{crs}&field=typ:string", "Markanvändning", "memory")
    feats = []
    for typ, wkt in [
        ("Tätort", "POLYGON((360000 6390000, 395000 6392000, 398000 6420000, 365000 6425000, "
                   "360000 6390000))"),
        ("Tätort", "POLYGON((520000 6280000, 540000 6282000, 542000 6300000, 521000 6302000, "
                   "520000 6280000))"),
        ("Verksamhetsområde", "POLYGON((430000 6330000, 470000 6330000, 470000 6350000, 430000 6350000, "
                              "430000 6330000))"),
        ("Natur och rekreation", "POLYGON((300000 6480000, 420000 6470000, 450000 6560000, 320000 6590000, "
                                 "300000 6480000))"),
        ("Natur och rekreation", "POLYGON((560000 6380000, 660000 6370000, 690000 6470000, 600000 6500000, "
                                 "560000 6380000))"),
    ]:
        f = QgsFeature(areas.fields())
        f.setAttributes([typ])
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    areas.dataProvider().addFeatures(feats)
    cats = []
    for value, color in [("Tätort", "#e8a07a"), ("Verksamhetsområde", "#b38dbd"),
                         ("Natur och rekreation", "#a9cf9a")]:
        cats.append(QgsRendererCategory(value, QgsFillSymbol.createSimple(
            {"color": color, "outline_color": "#6b6b6b", "outline_width": "0.15"}), value))
    areas.setRenderer(QgsCategorizedSymbolRenderer("typ", cats))

    links = QgsVectorLayer(f"LineString?{crs}&field=typ:string", "Kommunikationer", "memory")
    feats = []
    for typ, wkt in [
        ("Regionalt utvecklingsstråk", "LINESTRING(380000 6405000, 450000 6340000, 530000 6290000)"),
        ("Järnväg", "LINESTRING(300000 6200000, 380000 6405000, 420000 6600000)"),
        ("Viktig väg", "LINESTRING(530000 6290000, 620000 6420000, 700000 6560000)"),
    ]:
        f = QgsFeature(links.fields())
        f.setAttributes([typ])
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    links.dataProvider().addFeatures(feats)
    cats = [
        QgsRendererCategory("Regionalt utvecklingsstråk", QgsLineSymbol.createSimple(
            {"line_color": "#c0392b", "line_width": "1.6"}), "Regionalt utvecklingsstråk"),
        QgsRendererCategory("Järnväg", QgsLineSymbol.createSimple(
            {"line_color": "#333333", "line_width": "0.6", "line_style": "dash"}), "Järnväg"),
        QgsRendererCategory("Viktig väg", QgsLineSymbol.createSimple(
            {"line_color": "#e67e22", "line_width": "0.8"}), "Viktig väg"),
    ]
    links.setRenderer(QgsCategorizedSymbolRenderer("typ", cats))

    nodes = QgsVectorLayer(f"Point?{crs}&field=typ:string", "Noder", "memory")
    feats = []
    for typ, wkt in [("Regional kärna", "POINT(380000 6405000)"),
                     ("Delregional nod", "POINT(530000 6290000)"),
                     ("Delregional nod", "POINT(450000 6340000)"),
                     ("Lokal nod", "POINT(620000 6420000)")]:
        f = QgsFeature(nodes.fields())
        f.setAttributes([typ])
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    nodes.dataProvider().addFeatures(feats)
    cats = [
        QgsRendererCategory(value, QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": color, "size": size, "outline_color": "#ffffff"}), value)
        for value, color, size in [("Regional kärna", "#8e1b1b", "6"), ("Delregional nod", "#c0392b", "4.5"),
                                   ("Lokal nod", "#e07b6b", "3")]
    ]
    nodes.setRenderer(QgsCategorizedSymbolRenderer("typ", cats))

    sweden = QgsVectorLayer(f"Polygon?{crs}", "Sverige (schematisk)", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt(
        "POLYGON((370000 6140000, 450000 6160000, 620000 6300000, 690000 6530000, 640000 6620000, "
        "680000 6800000, 760000 7000000, 920000 7300000, 860000 7600000, 760000 7680000, 660000 7500000, "
        "520000 7250000, 420000 7000000, 330000 6800000, 290000 6500000, 300000 6300000, 370000 6140000))"))
    sweden.dataProvider().addFeatures([f])
    sweden.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "#e4e7e2", "outline_color": "#9aa39b", "outline_width": "0.2"}))
    return [nodes, links, areas, sweden]


def render_preview(qpt, out_png, dpi=110):
    project = QgsProject()
    layers = sample_layers()
    for layer in layers:
        project.addMapLayer(layer)
    layout = load_template(qpt, project, TEMPLATE_DIR)
    main = layout.itemById("main_map")
    main.setLayers(layers)
    main.setKeepLayerSet(True)
    overview = layout.itemById("overview_map")
    overview.setLayers([layers[-1]])
    overview.setKeepLayerSet(True)
    legend = layout.itemById("legend")
    root = legend.model().rootGroup()
    for layer in layers[:3]:
        root.addLayer(layer)
    legend.updateLegend()
    layout.itemById("title").setText("Strukturbild för Exempelregionen 2050")
    layout.itemById("subtitle").setText("Regional utvecklingsplan – samrådsförslag")
    layout.itemById("sources").setText(
        "Källa: Lantmäteriet, Exempelregionen. Schematisk karta, ej skalenlig.")
    layout.refresh()
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    result = QgsLayoutExporter(layout).exportToImage(str(out_png), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise RuntimeError(f"export of {qpt} failed with {result}")
    return out_png


# --------------------------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(TEMPLATE_DIR), help="folder for the .qpt files")
    parser.add_argument("--preview", metavar="DIR", help="also render each template to DIR/<name>.png")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication([], False)
    app.initQgis()
    try:
        families = register_fonts()
        if FONT_FAMILY not in families:
            raise RuntimeError(f"the bundled fonts did not provide {FONT_FAMILY!r}: {families}")
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for name, build in TEMPLATES.items():
            project = QgsProject()
            layout = build(project)
            missing = [i for i in ITEM_IDS if layout.itemById(i) is None]
            if missing:
                raise RuntimeError(f"{name} lacks items {missing}")
            path = save_template(layout, out / name)
            print(f"wrote {path}")
        if args.preview:
            preview = Path(args.preview)
            preview.mkdir(parents=True, exist_ok=True)
            for name in TEMPLATES:
                png = render_preview(out / name, preview / (Path(name).stem + ".png"))
                print(f"preview {png}")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
