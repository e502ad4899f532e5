#!/usr/bin/python3
"""Generate the Strukturbild style library: one QML per element type of schema.ELEMENT_TYPES.

Run from the repository root with the system Python that has PyQGIS:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 styles/build_styles.py            # writes styles/*.qml
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 styles/build_styles.py --preview out/styles.png

Every style is a rule-based renderer.  Each rule carries the Swedish legend text as its label and the
exact English text as its description, so the map assembler can switch legend language; a rule that
stands for a code of the schema uses that code's `sv` / `en`.  Each renderer ends with an ELSE rule so
that no feature is ever invisible.  Sizes are in millimetres (font sizes in points) and chosen for print
at 1:500 000 – 1:2 000 000.

Only the Symbology, Labeling, Rendering and Legend style categories are written, so applying a QML to
a GeoPackage layer never touches its fields, forms, widgets or actions.

The generated QML files are committed: they are the library that a region copies and edits in QGIS.
Re-running this script overwrites such edits, so a region edits its own copy, not this script's output.
"""

import argparse
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCHEMA_PATH = ROOT / "strukturbild_plugin" / "schema.py"
FONT_DIR = ROOT / "templates" / "fonts"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"  # stable XML attribute order, so regenerated QML files diff cleanly

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsHashedLineSymbolLayer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSymbolLayer,
    QgsTemplatedLineSymbolLayerBase,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPointF, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase  # noqa: E402

MM = QgsUnitTypes.RenderUnit.RenderMillimeters
PT = QgsUnitTypes.RenderUnit.RenderPoints
Shape = QgsSimpleMarkerSymbolLayerBase.Shape
Placement = QgsTemplatedLineSymbolLayerBase.Placement
Prop = QgsSymbolLayer.Property

#: The style categories written to (and meant to be read from) the QML files: never fields or forms.
STYLE_CATEGORIES = (QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
                    | QgsMapLayer.StyleCategory.Rendering | QgsMapLayer.StyleCategory.Legend)

FONT_FAMILY = "Open Sans"
FONT_FALLBACKS = ["Open Sans", "DejaVu Sans", "Arial"]


def load_schema():
    """schema.py by path (the plugin package has no stable import name outside QGIS)."""
    spec = importlib.util.spec_from_file_location("strukturbild_schema", SCHEMA_PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is created
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------------------------------
# Palette: one restrained, print-friendly set.  Warm reds/oranges = settlement, greens = nature,
# blues = water, greys = infrastructure and background, violets = flows, plum = border areas.
# --------------------------------------------------------------------------------------------------
PALETTE = {
    # settlement
    "core": "#a3161c",
    "node": "#d7301f",
    "local": "#ef8a2c",
    "corridor": "#f28e2b",
    "corridor_pt": "#e0592f",
    "corridor_pt_line": "#a8321f",
    "corridor_freight": "#8c7b6b",
    "housing": "#e07b24",
    "business": "#9c5b2e",
    "mixed": "#d4572a",
    "transform": "#b8432f",
    "rural_dev": "#c49a2c",
    "other_node": "#8c8c8c",
    # nature
    "green_dark": "#2f6b2e",
    "green": "#4f8f4a",
    "green_link": "#3f8f3f",
    "green_link_planned": "#7dbb6f",
    "wedge": "#8cc084",
    "green_area": "#b7d9a3",
    "recreation": "#d3e9bf",
    "reserve": "#a9d39a",
    "park": "#6fae69",
    "biosphere": "#e3f1d8",
    "weak": "#d7301f",
    # water
    "water_line": "#3a78b5",
    "water_dark": "#2f6fa8",
    "coast": "#d4e6f4",
    "archipelago": "#c2dbef",
    "lake": "#a9cce8",
    "water_other": "#bcd7ec",
    # infrastructure and background
    "road": "#7d7d7d",
    "rail": "#1f1f1f",
    "land": "#f2efe6",
    "lan_line": "#8a8780",
    "kommun_line": "#c9c5bb",
    "country_line": "#5f5c56",
    "region_line": "#4d4d4d",
    "text": "#262626",
    # flows and borders
    "commute": "#6a51a3",
    "study": "#9e7bc4",
    "service": "#b5527d",
    "freight": "#6b6b6b",
    "flow_other": "#9a9a9a",
    "border_band": "#6f4a8e",
    # typology, sequential beige -> green
    "typ1": "#f0dfb8",
    "typ2": "#d5e0a8",
    "typ3": "#9cc68a",
}


def color(key_or_hex, alpha=1.0):
    value = QColor(PALETTE.get(key_or_hex, key_or_hex))
    value.setAlphaF(alpha)
    return value


# --------------------------------------------------------------------------------------------------
# Symbol building blocks (all sizes in mm)
# --------------------------------------------------------------------------------------------------
DASH = [3.0, 1.5]
LONG_DASH = [4.0, 2.0]
DOT = [0.6, 1.0]


def line_layer(colour, width, dash=None, alpha=1.0, cap=Qt.PenCapStyle.FlatCap, width_expr=None, offset=0.0):
    layer = QgsSimpleLineSymbolLayer(color(colour, alpha), width)
    layer.setWidthUnit(MM)
    layer.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    layer.setPenCapStyle(cap)
    if dash:
        layer.setUseCustomDashPattern(True)
        layer.setCustomDashVector(list(dash))
        layer.setCustomDashPatternUnit(MM)
    if width_expr:
        layer.setDataDefinedProperty(Prop.PropertyStrokeWidth, QgsProperty.fromExpression(width_expr))
    if offset:
        layer.setOffset(offset)
        layer.setOffsetUnit(MM)
    return layer


def _symbol(cls, layers):
    # Built empty and filled with appendSymbolLayer(), which takes ownership; the list constructor does
    # not in PyQGIS 3.22 (the layers die with their Python wrappers and saving the style crashes).
    symbol = cls()
    while symbol.symbolLayerCount():
        symbol.deleteSymbolLayer(0)
    for layer in layers:
        symbol.appendSymbolLayer(layer)
    return symbol


def line_symbol(*layers):
    return _symbol(QgsLineSymbol, layers)


def marker_layer(shape, size, fill, stroke="#ffffff", stroke_width=0.3, stroke_style=Qt.PenStyle.SolidLine,
                 fill_alpha=1.0, size_expr=None):
    layer = QgsSimpleMarkerSymbolLayer(shape, size)
    layer.setSizeUnit(MM)
    layer.setColor(color(fill, fill_alpha))
    layer.setStrokeColor(color(stroke))
    layer.setStrokeWidth(stroke_width)
    layer.setStrokeWidthUnit(MM)
    layer.setStrokeStyle(stroke_style)
    layer.setPenJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if size_expr:
        layer.setDataDefinedProperty(Prop.PropertySize, QgsProperty.fromExpression(size_expr))
    return layer


def marker_symbol(*layers):
    return _symbol(QgsMarkerSymbol, layers)


def hash_layer(colour, interval, length, width, alpha=1.0):
    """Ticks across a line (railway sleepers, 'weak link' bars)."""
    layer = QgsHashedLineSymbolLayer(True, interval)
    layer.setIntervalUnit(MM)
    layer.setHashLength(length)
    layer.setHashLengthUnit(MM)
    layer.setHashAngle(0)  # 0 = perpendicular to the line
    layer.setSubSymbol(line_symbol(line_layer(colour, width, alpha=alpha)))
    return layer


def fill_layer(colour, alpha=1.0, stroke="#000000", stroke_width=0.0, stroke_style=Qt.PenStyle.NoPen,
               brush=Qt.BrushStyle.SolidPattern):
    layer = QgsSimpleFillSymbolLayer(color(colour, alpha), brush, color(stroke), stroke_style, stroke_width)
    layer.setStrokeWidthUnit(MM)
    layer.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return layer


def hatch_layer(colour, angle=45.0, distance=2.0, width=0.25, alpha=1.0, distance_expr=None):
    layer = QgsLinePatternFillSymbolLayer()
    layer.setLineAngle(angle)
    layer.setDistance(distance)
    layer.setDistanceUnit(MM)
    layer.setSubSymbol(line_symbol(line_layer(colour, width, alpha=alpha)))
    layer.setLineWidth(width)
    layer.setLineWidthUnit(MM)
    layer.setColor(color(colour, alpha))
    if distance_expr:
        layer.setDataDefinedProperty(Prop.PropertyLineDistance, QgsProperty.fromExpression(distance_expr))
    return layer


def outline_layer(colour, width, dash=None, alpha=1.0):
    """A line layer used as a polygon outline (gives dashed outlines in mm)."""
    return line_layer(colour, width, dash=dash, alpha=alpha, cap=Qt.PenCapStyle.FlatCap)


def fill_symbol(*layers):
    return _symbol(QgsFillSymbol, layers)


# --------------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------------
class Rule:
    """One legend entry: filter, Swedish label, English description, symbol."""

    def __init__(self, expression, sv, en, symbol, is_else=False):
        self.expression, self.sv, self.en, self.symbol, self.is_else = expression, sv, en, symbol, is_else


def q(value):
    """A code value as an expression literal."""
    if isinstance(value, (int, float)):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def eq(field_name, value):
    return f'"{field_name}" = {q(value)}'


STATUS_EXISTING = "coalesce(\"status\", 'befintlig') = 'befintlig'"
STATUS_PLANNED = "\"status\" = 'planerad'"
STATUS_STUDY = "\"status\" = 'utredning'"


def lower_first(text):
    return text[:1].lower() + text[1:]


def status_rules(base_filter, sv, en, make_symbol, gender="utr", style="prefix"):
    """Three rules for one class: existing (or no status), planned, under study.

    make_symbol(status) builds the symbol; status is 'befintlig', 'planerad' or 'utredning'.
    gender: Swedish grammatical gender of the noun ('utr' -> planerad, 'neutr' -> planerat).
    style 'prefix' gives 'Planerad regional nod'; 'suffix' gives 'Bostäder (planerat)'.
    """
    planned_sv = "Planerad" if gender == "utr" else "Planerat"
    if style == "prefix":
        planned = (f"{planned_sv} {lower_first(sv)}", f"Planned {lower_first(en)}")
    else:
        planned = (f"{sv} ({planned_sv.lower()})", f"{en} (planned)")
    study = (f"{sv} under utredning", f"{en} under study")
    return [
        Rule(f"{base_filter} AND {STATUS_EXISTING}", sv, en, make_symbol("befintlig")),
        Rule(f"{base_filter} AND {STATUS_PLANNED}", *planned, make_symbol("planerad")),
        Rule(f"{base_filter} AND {STATUS_STUDY}", *study, make_symbol("utredning")),
    ]


def build_renderer(key, rules, symbol_levels=False):
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey(f"{key}_root")
    for index, rule in enumerate(rules, start=1):
        child = QgsRuleBasedRenderer.Rule(rule.symbol, 0, 0, "ELSE" if rule.is_else else rule.expression,
                                          rule.sv, rule.en, rule.is_else)
        child.setRuleKey(f"{key}_{index:02d}")
        root.appendChild(child)
    renderer = QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(symbol_levels)
    return renderer


def text_format(size, colour="text", bold=False, italic=False, buffer=0.8):
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    font.setItalic(italic)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setFamilies(FONT_FALLBACKS)
    fmt.setNamedStyle("Bold Italic" if bold and italic else "Bold" if bold else "Italic" if italic else "Regular")
    fmt.setSize(size)
    fmt.setSizeUnit(PT)
    fmt.setColor(color(colour))
    if buffer:
        settings = QgsTextBufferSettings()
        settings.setEnabled(True)
        settings.setSize(buffer)
        settings.setSizeUnit(MM)
        settings.setColor(QColor("#ffffff"))
        settings.setOpacity(0.85)
        fmt.setBuffer(settings)
    return fmt


def label_settings(field_name, fmt, placement, distance=0.0, priority=5):
    settings = QgsPalLayerSettings()
    settings.fieldName = field_name
    settings.isExpression = False
    settings.setFormat(fmt)
    settings.placement = placement
    settings.dist = distance
    settings.distUnits = MM
    settings.priority = priority
    settings.displayAll = False
    return settings


def build_labeling(key, entries):
    """entries: (filter, description, QgsPalLayerSettings)."""
    root = QgsRuleBasedLabeling.Rule(None)
    root.setRuleKey(f"{key}_label_root")
    for index, (expression, description, settings) in enumerate(entries, start=1):
        rule = QgsRuleBasedLabeling.Rule(settings, 0, 0, expression, description)
        rule.setRuleKey(f"{key}_label_{index:02d}")
        root.appendChild(rule)
    return QgsRuleBasedLabeling(root)


# --------------------------------------------------------------------------------------------------
# One function per element type: returns (renderer, labeling or None, order-by or None)
# --------------------------------------------------------------------------------------------------
def status_stroke(status, dash_planned=DASH, dash_study=DOT):
    return {"planerad": dash_planned, "utredning": dash_study}.get(status)


def style_administrativ_indelning(element):
    # Fills first (pass 0), then kommun, län and country boundaries on top of every fill.
    def unit(line_key, width, rendering_pass, dash=None):
        fill = fill_layer("land")
        fill.setRenderingPass(0)
        line = outline_layer(line_key, width, dash=dash)
        line.setRenderingPass(rendering_pass)
        return fill_symbol(fill, line)

    codes = {code.value: code for code in element.field("adm_niva").codes}
    rules = [
        Rule(eq("adm_niva", "land"), codes["land"].sv, codes["land"].en, unit("country_line", 0.5, 3)),
        Rule(eq("adm_niva", "lan"), codes["lan"].sv, codes["lan"].en, unit("lan_line", 0.6, 2)),
        Rule(eq("adm_niva", "kommun"), codes["kommun"].sv, codes["kommun"].en, unit("kommun_line", 0.15, 1)),
        Rule("", "Övrig indelning", "Other unit", unit("kommun_line", 0.15, 1), is_else=True),
    ]
    return build_renderer(element.key, rules, symbol_levels=True), None, None


def style_landsbygdstypologi(element):
    colours = {
        "tatort": "typ1", "tatortsnara_landsbygd": "typ2", "glesbygd": "typ3",
        "stad": "#eed3a8", "mindre_stad": "#e2dfae", "landsbygd": "#b3d49a",
    }
    rules = [Rule(eq("klass", code.value), code.sv, code.en, fill_symbol(fill_layer(colours[code.value])))
             for code in element.field("klass").codes]
    rules.append(Rule("", "Övrig klass", "Other class", fill_symbol(fill_layer("#e6e2d6")), is_else=True))
    return build_renderer(element.key, rules), None, None


def style_funktionell_region(element):
    patterns = {"LA": [4.0, 1.5], "FA": [6.0, 1.5, 1.0, 1.5], "TTWA": [2.5, 1.5], "Intramax": [1.0, 1.0],
                "annan": [4.0, 1.5]}
    rules = [Rule(eq("indelning", code.value), code.sv, code.en,
                  fill_symbol(outline_layer("region_line", 0.5, dash=patterns.get(code.value, LONG_DASH))))
             for code in element.field("indelning").codes]
    rules.append(Rule("", "Funktionell region", "Functional region",
                      fill_symbol(outline_layer("region_line", 0.5, dash=LONG_DASH)), is_else=True))
    settings = label_settings("region_namn", text_format(8, "region_line", italic=True, buffer=0.6),
                              QgsPalLayerSettings.Placement.Horizontal, priority=3)
    labeling = build_labeling(element.key, [("", "Region name", settings)])
    return build_renderer(element.key, rules), labeling, None


def style_blastruktur(element):
    symbols = {
        "kustzon": fill_symbol(fill_layer("coast", 0.8), outline_layer("#6f9fcb", 0.3, dash=DASH)),
        "skargard": fill_symbol(fill_layer("archipelago", 0.85), outline_layer("water_line", 0.2)),
        "sjo": fill_symbol(fill_layer("lake"), outline_layer("water_line", 0.2)),
        "vattendrag": fill_symbol(fill_layer("lake"), outline_layer("water_line", 0.2)),
        "vattenskydd": fill_symbol(hatch_layer("water_dark", -45, 2.0, 0.2),
                                   outline_layer("water_dark", 0.35, dash=DASH)),
    }
    rules = [Rule(eq("bla_typ", code.value), code.sv, code.en, symbols[code.value])
             for code in element.field("bla_typ").codes]
    rules.append(Rule("", "Övrig blåstruktur", "Other blue structure",
                      fill_symbol(fill_layer("water_other", 0.85), outline_layer("water_line", 0.2)), is_else=True))
    return build_renderer(element.key, rules), None, None


def style_gronstruktur(element):
    symbols = {
        "gron_kil": fill_symbol(fill_layer("wedge", 0.85), outline_layer("green", 0.3)),
        "gronomrade": fill_symbol(fill_layer("green_area", 0.85), outline_layer("#6aa85f", 0.2)),
        "friluftsomrade": fill_symbol(fill_layer("recreation", 0.85), outline_layer("#6aa85f", 0.3, dash=DASH)),
        "naturreservat": fill_symbol(fill_layer("reserve", 0.85), hatch_layer("green_dark", 45, 2.5, 0.2),
                                     outline_layer("green_dark", 0.3)),
        "nationalpark": fill_symbol(fill_layer("park", 0.9), outline_layer("green_dark", 0.5)),
        "biosfaromrade": fill_symbol(fill_layer("biosphere", 0.5), outline_layer("green_dark", 0.6, dash=DASH)),
    }
    rules = [Rule(eq("gron_typ", code.value), code.sv, code.en, symbols[code.value])
             for code in element.field("gron_typ").codes]
    rules.append(Rule("", "Övrig grönstruktur", "Other green structure",
                      fill_symbol(fill_layer("#c5e0b4", 0.85), outline_layer("#6aa85f", 0.2)), is_else=True))
    return build_renderer(element.key, rules), None, None


def style_vardetrakt(element):
    colours = {"skog": "green_dark", "odlingslandskap": "#7f8f2f", "vatmark": "#3a8a7a",
               "sotvatten": "water_line", "kust": "#2f7f9f", "fjall": "#6f7f5f", "ovrigt": "green"}

    def symbol(colour):
        return fill_symbol(fill_layer(colour, 0.08), hatch_layer(colour, 45, 2.2, 0.25, alpha=0.9),
                           outline_layer(colour, 0.45))

    rules = [Rule(eq("naturtyp", code.value), code.sv, code.en, symbol(colours[code.value]))
             for code in element.field("naturtyp").codes]
    rules.append(Rule("", "Övrig värdetrakt", "Other GI value area", symbol("green"), is_else=True))
    return build_renderer(element.key, rules), None, None


def style_gransbygd(element):
    # Inner bands densest; class by the band's outer limit, separately for minutes and kilometres.
    classes = {
        "min": [(None, 15), (15, 30), (30, 45), (45, None)],
        "km": [(None, 10), (10, 25), (25, 50), (50, None)],
    }
    units = {code.value: code for code in element.field("band_enhet").codes}
    looks = [(1.4, 0.30), (2.0, 0.20), (2.8, 0.12), (3.6, 0.06)]  # hatch distance, fill alpha
    rules = []
    for unit, bands in classes.items():
        for (low, high), (distance, alpha) in zip(bands, looks):
            parts = [eq("band_enhet", unit)]
            if low is not None:
                parts.append(f'"band_to" > {low}')
            if high is not None:
                parts.append(f'"band_to" <= {high}')
            else:
                parts.append('"band_to" IS NOT NULL')
            if low is None:
                sv, en = f"inom {high}", f"within {high}"
            elif high is None:
                sv, en = f"över {low}", f"beyond {low}"
            else:
                sv, en = f"{low}–{high}", f"{low}–{high}"
            symbol = fill_symbol(fill_layer("border_band", alpha), hatch_layer("border_band", 45, distance, 0.3, 0.8),
                                 outline_layer("border_band", 0.2, alpha=0.6))
            rules.append(Rule(" AND ".join(parts), f"Gränsbygd {sv} {units[unit].sv}",
                              f"Border band {en} {units[unit].en}", symbol))
    rules.append(Rule("", "Gränsbygd", "Border band",
                      fill_symbol(fill_layer("border_band", 0.12), hatch_layer("border_band", 45, 2.4, 0.3, 0.8),
                                  outline_layer("border_band", 0.2, alpha=0.6)), is_else=True))
    return build_renderer(element.key, rules), None, None


def style_utvecklingsomrade(element):
    looks = {  # colour, hatch angles
        "bostader": ("housing", (45,)),
        "verksamheter": ("business", (-45,)),
        "blandad": ("mixed", (45, -45)),
        "omvandling": ("transform", (0,)),
        "landsbygd": ("rural_dev", (90,)),
    }
    # Density thins the hatch: hög 1.3 mm, medel 2 mm, låg 3 mm between lines.
    distance_expr = "CASE WHEN \"tathet\" = 'hog' THEN 1.3 WHEN \"tathet\" = 'lag' THEN 3.0 ELSE 2.0 END"

    def maker(colour, angles):
        def make(status):
            alpha = 1.0 if status == "befintlig" else 0.7
            layers = [fill_layer(colour, 0.18 if status == "befintlig" else 0.1)]
            layers += [hatch_layer(colour, angle, 2.0, 0.3, alpha, distance_expr) for angle in angles]
            layers.append(outline_layer(colour, 0.45, dash=status_stroke(status), alpha=alpha))
            return fill_symbol(*layers)
        return make

    rules = []
    for code in element.field("kategori").codes:
        colour, angles = looks[code.value]
        rules += status_rules(eq("kategori", code.value), code.sv, code.en, maker(colour, angles), style="suffix")
    rules.append(Rule("", "Övrigt utvecklingsområde", "Other development area",
                      maker("housing", (45,))("befintlig"), is_else=True))
    return build_renderer(element.key, rules), None, None


def style_transportinfrastruktur(element):
    road_width = ("CASE WHEN \"niva\" = 'nationell' THEN 0.8 WHEN \"niva\" = 'regional' THEN 0.6 "
                  "ELSE 0.45 END")

    def road(status):
        alpha = 1.0 if status == "befintlig" else 0.8
        return line_symbol(line_layer("road", 0.6, dash=status_stroke(status), alpha=alpha, width_expr=road_width))

    def rail(status):
        colour = "rail" if status == "befintlig" else "#4a4a4a"
        return line_symbol(line_layer(colour, 0.4, dash=status_stroke(status, LONG_DASH, [1.0, 1.0])),
                           hash_layer(colour, 3.0 if status != "utredning" else 5.0, 1.6, 0.3))

    def ferry(status):
        dash = {"befintlig": [2.0, 1.2], "planerad": [4.0, 2.5], "utredning": DOT}[status]
        return line_symbol(line_layer("water_line", 0.45, dash=dash, alpha=1.0 if status == "befintlig" else 0.7))

    makers = {"vag": road, "jarnvag": rail, "farja": ferry}
    rules = []
    for code in element.field("trafikslag").codes:
        rules += status_rules(eq("trafikslag", code.value), code.sv, code.en, makers[code.value])
    rules.append(Rule("", "Övrig transportled", "Other transport link",
                      line_symbol(line_layer("#9a9a9a", 0.3)), is_else=True))
    return build_renderer(element.key, rules), None, None


def style_gront_samband(element):
    def link(weak):
        def make(status):
            colour = "green_link" if status != "planerad" else "green_link_planned"
            dash = {"befintlig": DASH, "planerad": [2.0, 2.0], "utredning": DOT}[status]
            layers = [line_layer(colour, 1.1, dash=dash)]
            if weak:
                layers.append(hash_layer("weak", 4.0, 3.2, 0.9, alpha=1.0 if status == "befintlig" else 0.6))
            return line_symbol(*layers)
        return make

    rules = []
    for code in element.field("samband_typ").codes:
        rules += status_rules(eq("samband_typ", code.value), code.sv, code.en,
                              link(code.value == "svagt_samband"), gender="neutr")
    rules.append(Rule("", "Övrigt grönt samband", "Other green link", link(False)("befintlig"), is_else=True))
    return build_renderer(element.key, rules), None, None


def style_utvecklingsstrak(element):
    band_width = "CASE WHEN \"prioritet\" = 1 THEN 7.0 WHEN \"prioritet\" = 3 THEN 3.5 ELSE 5.0 END"
    looks = {"utvecklingsstrak": ("corridor", None), "kollektivtrafikstrak": ("corridor_pt", "corridor_pt_line"),
             "godsstrak": ("corridor_freight", None)}

    def maker(colour, centre):
        def make(status):
            alpha = {"befintlig": 0.38, "planerad": 0.22, "utredning": 0.15}[status]
            layers = [line_layer(colour, 5.0, alpha=alpha, cap=Qt.PenCapStyle.RoundCap, width_expr=band_width)]
            if status != "befintlig":
                layers.append(line_layer(centre or colour, 0.5, dash=status_stroke(status)))
            elif centre:
                layers.append(line_layer(centre, 0.4))
            return line_symbol(*layers)
        return make

    rules = []
    for code in element.field("strak_typ").codes:
        colour, centre = looks[code.value]
        rules += status_rules(eq("strak_typ", code.value), code.sv, code.en, maker(colour, centre), gender="neutr")
    rules.append(Rule("", "Övrigt stråk", "Other corridor", maker("corridor", None)("befintlig"), is_else=True))
    return build_renderer(element.key, rules), None, None


#: Width in mm of a flow line: proportional to "flode" (0 .. layer maximum -> 0.4 .. 4 mm) where it is
#: given, else to the share "andel" (0 .. 0.5 -> 0.4 .. 4 mm); 0.6 mm if neither is known.
FLOW_WIDTH = ('coalesce(CASE WHEN "flode" IS NOT NULL '
              'THEN scale_linear("flode", 0, max(maximum("flode"), 1), 0.4, 4.0) '
              'ELSE scale_linear("andel", 0, 0.5, 0.4, 4.0) END, 0.6)')
FLOW_HEAD = f"1.8 + 1.4 * ({FLOW_WIDTH})"
FLOW_GAP = 2.2  # mm kept free at both ends so that arrows stop short of the node symbols


def flow_symbol(colour, dash=None, tick=False, alpha=0.85):
    """A line of data-defined width ending in an arrowhead scaled with it.

    The line is trimmed and the arrowhead pulled back (marker offset, which turns with the line) by
    FLOW_GAP so that the arrow stops short of the node it points at.  A dashed line's dashes grow with
    the width (dash = 1.8 × width, gap = 0.8 × width, at least `dash`).
    """
    body = line_layer(colour, 0.6, dash=dash, alpha=alpha, width_expr=FLOW_WIDTH)
    body.setTrimDistanceStart(FLOW_GAP)
    body.setTrimDistanceStartUnit(MM)
    body.setTrimDistanceEnd(FLOW_GAP + 1.0)
    body.setTrimDistanceEndUnit(MM)
    body.setDataDefinedProperty(Prop.PropertyTrimEnd, QgsProperty.fromExpression(f"{FLOW_GAP} + 0.4 * ({FLOW_HEAD})"))
    if dash:
        body.setDataDefinedProperty(Prop.PropertyCustomDash, QgsProperty.fromExpression(
            f"concat(to_string(max({dash[0]}, 1.8 * ({FLOW_WIDTH}))), ';', "
            f"to_string(max({dash[1]}, 0.8 * ({FLOW_WIDTH}))))"))
    arrow = marker_layer(Shape.ArrowHeadFilled, 3.0, colour, stroke=colour, stroke_width=0,
                         stroke_style=Qt.PenStyle.NoPen, fill_alpha=alpha, size_expr=FLOW_HEAD)
    arrow.setOffset(QPointF(-FLOW_GAP, 0))
    arrow.setOffsetUnit(MM)
    head = QgsMarkerLineSymbolLayer(True)
    head.setPlacement(Placement.LastVertex)
    head.setSubSymbol(marker_symbol(arrow))
    layers = [body, head]
    if tick:
        # A bar across the middle of the line marks the border being crossed.
        bar = QgsMarkerLineSymbolLayer(True)
        bar.setPlacement(Placement.CentralPoint)
        bar.setSubSymbol(marker_symbol(marker_layer(Shape.Line, 3.0, colour, stroke="text", stroke_width=0.5,
                                                    size_expr=f"2.4 + ({FLOW_WIDTH})")))
        layers.append(bar)
    return line_symbol(*layers)


def flow_order():
    # Widest flows first so that thin ones stay visible on top.
    return QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause('coalesce("flode", "andel", 0)', False)])


def style_funktionellt_samband(element):
    colours = {"arbetspendling": "commute", "studiependling": "study", "service": "service",
               "gods": "freight", "ovrigt": "flow_other"}
    rules = [Rule(eq("samband_typ", code.value), code.sv, code.en, flow_symbol(colours[code.value]))
             for code in element.field("samband_typ").codes]
    rules.append(Rule("", "Funktionellt samband", "Functional connection", flow_symbol("commute"), is_else=True))
    return build_renderer(element.key, rules), None, flow_order()


def style_gransoverskridande_samband(element):
    looks = {"kommun": ("study", [3.0, 1.5]), "lan": ("commute", [4.0, 2.0]), "nation": ("#3f2a78", [6.0, 2.0])}
    rules = []
    for code in element.field("grans_typ").codes:
        colour, dash = looks[code.value]
        rules.append(Rule(eq("grans_typ", code.value), code.sv, code.en, flow_symbol(colour, dash=dash, tick=True)))
    rules.append(Rule("", "Gränsöverskridande samband", "Cross-border connection",
                      flow_symbol("commute", dash=LONG_DASH, tick=True), is_else=True))
    return build_renderer(element.key, rules), None, flow_order()


def style_bytespunkt(element):
    size_expr = 'CASE WHEN "avgangar" >= 200 THEN 3.2 WHEN "avgangar" >= 50 THEN 2.7 ELSE 2.3 END'

    def make(status):
        style = {"befintlig": Qt.PenStyle.SolidLine, "planerad": Qt.PenStyle.DashLine,
                 "utredning": Qt.PenStyle.DotLine}[status]
        return marker_symbol(marker_layer(Shape.Square, 2.7, "#ffffff", stroke="text", stroke_width=0.45,
                                          stroke_style=style, size_expr=size_expr))

    rules = status_rules("TRUE", element.sv, element.en, make)
    rules[0].expression = STATUS_EXISTING
    rules[1].expression = STATUS_PLANNED
    rules[2].expression = STATUS_STUDY
    rules.append(Rule("", "Övrig bytespunkt", "Other interchange", make("befintlig"), is_else=True))
    return build_renderer(element.key, rules), None, None


def style_nod(element):
    looks = {  # fill, size, white outline width
        1: ("core", 5.0, 0.5),
        2: ("node", 3.8, 0.4),
        3: ("local", 2.6, 0.3),
    }

    def maker(level):
        def make(status):
            if level == 4:
                fill, size = "local", 2.1
                style = {"befintlig": Qt.PenStyle.SolidLine, "planerad": Qt.PenStyle.DashLine,
                         "utredning": Qt.PenStyle.DotLine}[status]
                # An orange ring on a white disc, so it reads on any background.
                return marker_symbol(marker_layer(Shape.Circle, size, "#ffffff", stroke=fill, stroke_width=0.5,
                                                  stroke_style=style))
            fill, size, halo = looks[level]
            if status == "befintlig":
                return marker_symbol(marker_layer(Shape.Circle, size, fill, stroke="#ffffff", stroke_width=halo))
            # Planned / under study: hollow, dashed or dotted ring in the level's colour.
            style = Qt.PenStyle.DashLine if status == "planerad" else Qt.PenStyle.DotLine
            return marker_symbol(marker_layer(Shape.Circle, size, "#ffffff", stroke=fill,
                                              stroke_width=0.7 if level < 3 else 0.55, stroke_style=style))
        return make

    rules = []
    for code in element.field("nodniva").codes:
        rules += status_rules(eq("nodniva", code.value), code.sv, code.en, maker(code.value))
    rules.append(Rule("", "Övrig nod", "Other node",
                      marker_symbol(marker_layer(Shape.Circle, 2.0, "other_node", stroke="#ffffff", stroke_width=0.3)),
                      is_else=True))

    around = QgsPalLayerSettings.Placement.AroundPoint
    labeling = build_labeling(element.key, [
        ('"nodniva" = 1', "Regional core", label_settings("namn", text_format(10, bold=True), around, 1.0, 9)),
        ('"nodniva" = 2', "Regional node", label_settings("namn", text_format(8.5, bold=True), around, 0.8, 7)),
        ('"nodniva" = 3', "Local node", label_settings("namn", text_format(7, buffer=0.6), around, 0.6, 4)),
    ])
    order = QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause('coalesce("nodniva", 5)', False)])
    return build_renderer(element.key, rules), labeling, order


STYLE_FUNCTIONS = {name[len("style_"):]: function for name, function in globals().items()
                   if name.startswith("style_")}


# --------------------------------------------------------------------------------------------------
# Layers and files
# --------------------------------------------------------------------------------------------------
_TYPES = {"text": "string", "int": "integer", "real": "double"}


def memory_layer(element, crs="EPSG:3006"):
    """An empty memory layer with the element type's geometry and fields."""
    fields = "&".join(f"field={f.name}:{_TYPES[f.type]}" for f in element.fields)
    layer = QgsVectorLayer(f"{element.geometry}?crs={crs}&{fields}", element.key, "memory")
    if not layer.isValid():
        raise RuntimeError(f"cannot create a memory layer for {element.key}")
    return layer


def apply_style(layer, element):
    try:
        function = STYLE_FUNCTIONS[element.key]
    except KeyError:
        raise KeyError(f"build_styles.py has no style for element type {element.key!r}: add style_{element.key}()")
    renderer, labeling, order = function(element)
    if order is not None:
        renderer.setOrderBy(order)
        renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    if labeling is not None:
        layer.setLabeling(labeling)
        layer.setLabelsEnabled(True)
    else:
        layer.setLabelsEnabled(False)
    return layer


def register_fonts():
    if FONT_DIR.is_dir():
        for path in sorted(FONT_DIR.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))


def build(out_dir=HERE, schema=None):
    schema = schema or load_schema()
    written = []
    for element in schema.ELEMENT_TYPES:
        layer = apply_style(memory_layer(element), element)
        path = Path(out_dir) / element.style_file
        message, ok = layer.saveNamedStyle(str(path), STYLE_CATEGORIES)
        if not ok:
            raise RuntimeError(f"could not write {path}: {message}")
        written.append(path)
    return written


# --------------------------------------------------------------------------------------------------
# Preview: every style side by side, one panel per element type (for looking, not for the plugin)
# --------------------------------------------------------------------------------------------------
CELL = 30000.0  # metres per sample cell; at 1:1 000 000 that is 30 mm on paper
PREVIEW_SCALE = 1_000_000
PREVIEW_DPI = 120


def sample_rows(element):
    """(row label, attribute dict) per sample row: one row per code of the element's main coded field."""
    own_coded = [f for f in element.own_fields if f.is_coded]
    if element.key == "gransbygd":
        return [(f"{unit} ≤ {to}", {"band_enhet": unit, "band_from": 0, "band_to": to})
                for unit in ("min", "km") for to in ((15, 30, 45, 90) if unit == "min" else (10, 25, 50, 80))]
    if element.key in ("funktionellt_samband", "gransoverskridande_samband"):
        main = own_coded[0]
        rows = [(str(code.value), {main.name: code.value, "flode": flow})
                for code, flow in zip(main.codes, (12000, 6000, 2500, 800, 200))]
        rows.append(("andel 0.3", {main.name: main.codes[0].value, "andel": 0.3}))
        return rows
    if not own_coded:
        return [(element.key, {})]
    main = own_coded[0]
    return [(str(code.value), {main.name: code.value}) for code in main.codes] + [("NULL", {})]


def sample_geometry(element, x, y):
    from qgis.core import QgsGeometry, QgsPointXY

    cx, cy = x + CELL / 2, y + CELL / 2
    if element.geometry == "Point":
        return QgsGeometry.fromPointXY(QgsPointXY(cx, cy))
    if "Line" in element.geometry:
        points = [QgsPointXY(x + 0.1 * CELL, y + 0.3 * CELL), QgsPointXY(cx, y + 0.6 * CELL),
                  QgsPointXY(x + 0.9 * CELL, y + 0.55 * CELL)]
        return QgsGeometry.fromMultiPolylineXY([points])
    points = [QgsPointXY(x + 0.1 * CELL, y + 0.15 * CELL), QgsPointXY(x + 0.85 * CELL, y + 0.1 * CELL),
              QgsPointXY(x + 0.9 * CELL, y + 0.8 * CELL), QgsPointXY(x + 0.3 * CELL, y + 0.9 * CELL),
              QgsPointXY(x + 0.1 * CELL, y + 0.15 * CELL)]
    return QgsGeometry.fromMultiPolygonXY([[points]])


def render_preview(schema, style_dir, out_path):
    from qgis.core import (
        QgsFeature,
        QgsMapRendererCustomPainterJob,
        QgsMapSettings,
        QgsRectangle,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QImage, QPainter

    statuses = ("befintlig", "planerad", "utredning")
    panels = []
    for element in schema.ELEMENT_TYPES:
        layer = memory_layer(element)
        layer.loadNamedStyle(str(style_dir / element.style_file), STYLE_CATEGORIES)
        rows = sample_rows(element)
        columns = statuses if not element.context else ("",)
        features = []
        for r, (_label, values) in enumerate(rows):
            for c, status in enumerate(columns):
                feature = QgsFeature(layer.fields())
                for name, value in values.items():
                    feature[name] = value
                if status:
                    feature["status"] = status
                if "namn" in layer.fields().names():
                    feature["namn"] = f"Ort {r + 1}{'abc'[c]}"
                if element.key == "funktionell_region":
                    feature["region_namn"] = f"Region {r + 1}"
                if element.key == "administrativ_indelning":
                    feature["adm_niva"] = ("land", "lan", "kommun", None)[r % 4]
                feature.setGeometry(sample_geometry(element, c * CELL, -(r + 1) * CELL))
                features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        panels.append((element, layer, rows, columns))

    px_per_m = PREVIEW_DPI / 25.4 / PREVIEW_SCALE * 1000.0
    cell_px = int(CELL * px_per_m)
    label_w, head_h, pad = 150, 40, 20
    per_row = 5
    panel_w = label_w + 3 * cell_px + pad
    panel_h = head_h + max(len(p[2]) for p in panels) * cell_px + pad
    n_rows = (len(panels) + per_row - 1) // per_row
    image = QImage(panel_w * per_row, panel_h * n_rows, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    background = memory_layer(schema.element_type("administrativ_indelning"))
    background.loadNamedStyle(str(style_dir / "administrativ_indelning.qml"), STYLE_CATEGORIES)
    for index, (element, layer, rows, columns) in enumerate(panels):
        ox, oy = (index % per_row) * panel_w, (index // per_row) * panel_h
        painter.setPen(QColor("#000000"))
        painter.setFont(QFont("DejaVu Sans", 10, QFont.Weight.Bold))
        painter.drawText(ox + 5, oy + 16, element.sv)
        painter.setFont(QFont("DejaVu Sans", 7))
        for c, status in enumerate(columns):
            painter.drawText(ox + label_w + c * cell_px + 5, oy + head_h - 6, status)
        for r, (label, _values) in enumerate(rows):
            painter.drawText(ox + 5, oy + head_h + r * cell_px + cell_px // 2, label[:24])
        width, height = len(columns) * cell_px, len(rows) * cell_px
        settings = QgsMapSettings()
        settings.setDestinationCrs(layer.crs())
        settings.setOutputDpi(PREVIEW_DPI)
        settings.setOutputSize(QSize(width, height))
        settings.setExtent(QgsRectangle(0, -len(rows) * CELL, len(columns) * CELL, 0))
        settings.setLayers([layer] if element.context else [layer])
        settings.setBackgroundColor(QColor(PALETTE["land"]))
        painter.save()
        painter.translate(ox + label_w, oy + head_h)
        job = QgsMapRendererCustomPainterJob(settings, painter)
        job.start()
        job.waitForFinished()
        painter.restore()
    painter.end()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out_path))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(HERE), help="folder for the QML files (default: styles/)")
    parser.add_argument("--preview", help="also render all styles side by side to this PNG")
    args = parser.parse_args(argv)
    os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="xdg-"))
    app = QgsApplication([], False)
    app.initQgis()
    try:
        register_fonts()
        schema = load_schema()
        for path in build(args.out, schema):
            print(path)
        if args.preview:
            render_preview(schema, Path(args.out), Path(args.preview))
            print(args.preview)
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
