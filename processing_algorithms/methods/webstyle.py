"""QGIS styles (QML) as web map styles: one converter for the web map, from the same style library as the PDF.

Pure Python (xml.etree only, no qgis import), so that it can be tested on the QML files themselves.

``convert_style(qml_text)`` reads a layer style (a .qml file, or what ``exportNamedStyle`` writes) and returns a
*style spec*, a plain dict that json.dumps writes and the web page's symbol code (strukturbild_plugin/web/
symbols.js) draws:

- ``classes``: one entry per legend class, in the renderer's order: a rule of a rule-based renderer (nested rules
  flattened, scale ranges intersected), a category, a graduated range or the single symbol. Each has its legend key
  (the key QGIS's ``legendKeysForFeature`` returns, so the exporter can tell which classes a feature belongs to
  with QGIS's own evaluation of filters, ELSE rules, categories and ranges), its legend text in Swedish and
  English (a rule's label is Swedish, its description English: the convention of styles/build_styles.py) and its
  symbol.
- ``expressions``: the data-defined properties (widths by flow, sizes by departures, dash patterns, hatch
  distances by density ...), each an expression for the exporter to evaluate per feature; symbol layers refer to
  them by index under ``dd``.
- ``labels``: label classes (text field or expression, font, buffer, distance); their filters too are evaluated
  per feature by the exporter.

Lengths are in millimetres (points, inches and pixels converted; pixels at 96 dpi) or, for map units,
``{"m": metres}``. Colours are CSS ``rgba()`` strings. Symbol layer types: fill, line, hatch (line pattern fill and
the brush patterns of a simple fill), points (point pattern fill), centroid, marker (simple, ellipse, filled and
font markers), svg, markerline and hashline. Anything else is drawn as the nearest of these, or left out, and
``warnings`` says so: an export never stops on a symbol type.
"""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from .errors import MethodError

MM_PER_POINT = 25.4 / 72.0
MM_PER_PIXEL = 25.4 / 96.0

#: Qt pen styles as dash patterns in multiples of the line width (what Qt draws).
PEN_DASHES = {
    "dash": [4.0, 2.0],
    "dot": [1.0, 2.0],
    "dash dot": [4.0, 2.0, 1.0, 2.0],
    "dash dot dot": [4.0, 2.0, 1.0, 2.0, 1.0, 2.0],
}
#: Qt brush patterns of a simple fill as hatches: (angles in degrees, counter-clockwise from east).
BRUSH_HATCHES = {
    "horizontal": (0.0,),
    "vertical": (90.0,),
    "cross": (0.0, 90.0),
    "b_diagonal": (45.0,),
    "f_diagonal": (-45.0,),
    "diagonal_x": (45.0, -45.0),
}
BRUSH_DENSE = {"dense1": 0.94, "dense2": 0.88, "dense3": 0.63, "dense4": 0.5, "dense5": 0.37, "dense6": 0.12,
               "dense7": 0.06}
BRUSH_SPACING_MM = 8 * MM_PER_PIXEL  # Qt's hatch brushes repeat every 8 pixels

MARKER_SHAPES = {"circle", "square", "diamond", "pentagon", "hexagon", "octagon", "triangle",
                 "equilateral_triangle", "star", "arrow", "arrowhead", "filled_arrowhead", "cross", "cross2",
                 "cross_fill", "x", "line", "half_square", "diagonal_half_square", "right_half_triangle",
                 "left_half_triangle", "semi_circle", "third_circle", "quarter_circle", "quarter_square",
                 "half_arc", "third_arc", "quarter_arc", "rounded_square", "square_with_corners", "shield",
                 "trapezoid", "parallelogram_left", "parallelogram_right", "asterisk_fill", "heart", "decagon",
                 "star_diamond", "crescent"}
# Marker shapes the page draws as they are; others as the nearest of them.
_NEAREST_SHAPE = {"octagon": "hexagon", "decagon": "circle", "rounded_square": "square",
                  "square_with_corners": "square", "shield": "square", "trapezoid": "square",
                  "parallelogram_left": "square", "parallelogram_right": "square", "half_square": "square",
                  "diagonal_half_square": "triangle", "right_half_triangle": "triangle",
                  "left_half_triangle": "triangle", "semi_circle": "circle", "third_circle": "circle",
                  "quarter_circle": "circle", "quarter_square": "square", "half_arc": "circle", "third_arc": "circle",
                  "quarter_arc": "circle", "cross_fill": "cross", "asterisk_fill": "star", "heart": "circle",
                  "star_diamond": "star", "crescent": "circle", "equilateral_triangle": "triangle"}
DRAWN_SHAPES = {"circle", "square", "diamond", "pentagon", "hexagon", "triangle", "star", "arrow", "arrowhead",
                "filled_arrowhead", "cross", "cross2", "x", "line"}

MARKER_LINE_PLACEMENTS = {"interval", "vertex", "lastvertex", "firstvertex", "centralpoint", "curvepoint",
                          "segmentcenter", "innervertices"}

# Data-defined property names (QgsSymbolLayer::Property) -> (spec key, kind) for each symbol layer type.
_DD = {
    "line": {"outlineWidth": ("width", "number"), "outlineColor": ("color", "color"),
             "strokeColor": ("color", "color"), "customDash": ("dash", "dash"), "trimStart": ("trimStart", "number"),
             "trimEnd": ("trimEnd", "number"), "offset": ("offset", "number")},
    "fill": {"fillColor": ("color", "color"), "outlineColor": ("strokeColor", "color"),
             "outlineWidth": ("strokeWidth", "number")},
    "marker": {"size": ("size", "number"), "fillColor": ("color", "color"), "outlineColor": ("strokeColor", "color"),
               "outlineWidth": ("strokeWidth", "number"), "angle": ("angle", "number"), "width": ("size", "number")},
    "svg": {"size": ("size", "number"), "fillColor": ("fill", "color"), "outlineColor": ("stroke", "color"),
            "angle": ("angle", "number")},
    "hatch": {"lineDistance": ("distance", "number"), "lineAngle": ("angle", "number")},
    "points": {"distanceX": ("dx", "number"), "distanceY": ("dy", "number")},
    "markerline": {"interval": ("interval", "number"), "offsetAlongLine": ("offsetAlong", "number"),
                   "offset": ("offset", "number")},
    "hashline": {"interval": ("interval", "number"), "offsetAlongLine": ("offsetAlong", "number"),
                 "lineLength": ("length", "number"), "lineAngle": ("angle", "number")},
    "centroid": {},
}
# Data-defined properties that only switch something QGIS-internal or that the page leaves as drawn.
_DD_IGNORED = {"layerEnabled"}

_NUMBER = re.compile(r"^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$")


class StyleSpecError(MethodError):
    """A style that cannot be read at all (not XML, no renderer)."""


# -- small readers ------------------------------------------------------------------------------------

def number(text, default=0.0):
    """A float from QML text ('0.80000000000000004', '' -> default)."""
    if text is None:
        return default
    text = str(text).strip()
    if not _NUMBER.match(text):
        return default
    return float(text)


def clean_number(value, digits=4):
    """A float rounded for JSON (0.80000000000000004 -> 0.8)."""
    value = round(float(value), digits)
    return int(value) if value == int(value) and abs(value) < 1e15 else value


def css_colour(text, default=None):
    """'163,22,28,255' (also with QGIS 3.28's ',rgb:…' suffix), '#a3161c', '#80a3161c' (Qt's #AARRGGBB) or a
    CSS colour name -> 'rgba(163,22,28,1)'; None/'' -> default."""
    if text is None:
        return default
    text = str(text).strip()
    if not text:
        return default
    if text.startswith("#"):
        digits = text[1:]
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        try:
            if len(digits) == 6:
                r, g, b, a = int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16), 255
            elif len(digits) == 8:  # Qt writes #AARRGGBB
                a, r, g, b = (int(digits[i:i + 2], 16) for i in (0, 2, 4, 6))
            else:
                return default
        except ValueError:
            return default
        return rgba(r, g, b, a)
    parts = [part.strip() for part in text.split(",")]
    if len(parts) >= 3 and all(_NUMBER.match(p) for p in parts[:3]):
        values = [number(p) for p in parts[:4]]
        alpha = values[3] if len(values) > 3 and _NUMBER.match(parts[3]) else 255
        return rgba(values[0], values[1], values[2], alpha)
    if re.match(r"^[a-zA-Z]+$", text):
        return text.lower()
    return default


def rgba(r, g, b, a=255):
    clamp = lambda v: max(0, min(255, int(round(float(v)))))  # noqa: E731
    alpha = max(0.0, min(1.0, float(a) / 255.0))
    return f"rgba({clamp(r)},{clamp(g)},{clamp(b)},{clean_number(alpha, 3)})"


def colour_alpha(css):
    """The alpha of an 'rgba(...)' colour (1 for others)."""
    match = re.match(r"rgba\(\s*[^,]+,[^,]+,[^,]+,\s*([^)]+)\)", css or "")
    return float(match.group(1)) if match else (0.0 if css in (None, "transparent") else 1.0)


def length(value, unit, map_unit_scale=None):
    """A length in mm, or {'m': metres} for map units."""
    value = number(value)
    unit = (unit or "MM").strip()
    if unit in ("MM", "RenderMillimeters", "Millimeter"):
        return clean_number(value)
    if unit in ("Point", "RenderPoints"):
        return clean_number(value * MM_PER_POINT)
    if unit in ("Pixel", "RenderPixels"):
        return clean_number(value * MM_PER_PIXEL)
    if unit in ("Inch", "RenderInches"):
        return clean_number(value * 25.4)
    if unit in ("MapUnit", "RenderMapUnits", "RenderMetersInMapUnits", "MetersInMapUnits"):
        return {"m": clean_number(value)}
    return clean_number(value)


def _options(element):
    """The symbol layer's properties: the <Option type="Map"> child (QGIS 3.x), else the older <prop k v>."""
    found = {}
    for prop in element.findall("prop"):
        found[prop.get("k", "")] = prop.get("v", "")
    mapping = element.find("Option")
    if mapping is not None and mapping.get("type") == "Map":
        for option in mapping.findall("Option"):
            if option.get("name") is not None and option.get("value") is not None:
                found[option.get("name")] = option.get("value")
    return found


def _map_options(element):
    """{name: Option element} of an <Option type="Map">."""
    return {child.get("name"): child for child in element.findall("Option") if child.get("name") is not None}


def data_defined(element):
    """{property name: ('expression', text) | ('static', value)} of the active data-defined properties of a symbol
    layer (or symbol) element."""
    found = {}
    block = element.find("data_defined_properties")
    if block is None:
        return found
    collection = block.find("Option")
    if collection is None:
        return found
    properties = _map_options(collection).get("properties")
    if properties is None:
        return found
    for name, prop in _map_options(properties).items():
        values = {key: (child.get("value") or "") for key, child in _map_options(prop).items()}
        if values.get("active", "false").lower() != "true":
            continue
        kind = values.get("type", "0")
        if kind == "3" and values.get("expression", "").strip():
            found[name] = ("expression", values["expression"])
        elif kind == "2" and values.get("field", "").strip():
            found[name] = ("expression", '"' + values["field"].replace('"', '""') + '"')
        elif kind == "1":
            found[name] = ("static", values.get("val", ""))
    return found


class _Converter:
    def __init__(self):
        self.expressions = []  # [{"expr": text, "kind": "number"|"color"|"dash"|"text"}]
        self.warnings = []

    def warn(self, message):
        if message not in self.warnings:
            self.warnings.append(message)

    def expression(self, text, kind):
        entry = {"expr": text.strip(), "kind": kind}
        if entry not in self.expressions:
            self.expressions.append(entry)
        return self.expressions.index(entry)

    # -- symbols -----------------------------------------------------------------------------------

    def symbol(self, element):
        """<symbol> -> {"type", "opacity", "layers"}."""
        kind = element.get("type", "fill")
        layers = []
        for layer in element.findall("layer"):
            if layer.get("enabled", "1") == "0":
                continue
            layers.extend(self.symbol_layer(layer, kind))
        spec = {"type": kind, "opacity": clean_number(number(element.get("alpha"), 1.0), 3), "layers": layers}
        if not layers:
            self.warn("a symbol without any drawable layer is drawn as nothing")
        return spec

    def _apply_dd(self, element, spec, table_key, class_name):
        table = _DD.get(table_key, {})
        for name, (how, value) in data_defined(element).items():
            if name in _DD_IGNORED:
                continue
            if name not in table:
                self.warn(f"data-defined '{name}' of a {class_name} symbol layer is not drawn on the web map; "
                          f"its fixed value is used")
                continue
            key, kind = table[name]
            if how == "static":
                if kind == "number":
                    spec[key] = clean_number(number(value, 0.0))
                elif kind == "color":
                    spec[key] = css_colour(value, spec.get(key))
                continue
            spec.setdefault("dd", {})[key] = self.expression(value, kind)

    def symbol_layer(self, element, symbol_type):
        """One <layer> -> a list of layer specs (usually one)."""
        cls = element.get("class", "")
        options = _options(element)
        rendering_pass = int(number(element.get("pass"), 0))
        method = getattr(self, "_layer_" + cls, None)
        if method is None:
            specs = self._unknown(cls, options, symbol_type, element)
        else:
            specs = method(options, element)
        for spec in specs:
            spec["pass"] = rendering_pass
        return specs

    # fills

    def _layer_SimpleFill(self, o, element):
        style = o.get("style", "solid")
        colour = css_colour(o.get("color"), "rgba(0,0,0,0)")
        spec = {"type": "fill", "color": colour if style == "solid" else None}
        if style in BRUSH_DENSE:
            r, g, b, a = self._rgba_parts(colour)
            spec["color"] = rgba(r, g, b, a * BRUSH_DENSE[style] * 255)
        self._stroke_into(spec, o.get("outline_style", "solid"), o.get("outline_color"),
                          length(o.get("outline_width", "0.26"), o.get("outline_width_unit")), o.get("joinstyle"))
        self._apply_dd(element, spec, "fill", "SimpleFill")
        specs = [spec]
        for angle in BRUSH_HATCHES.get(style, ()):
            specs.insert(0, {"type": "hatch", "angle": angle, "distance": clean_number(BRUSH_SPACING_MM),
                             "offset": 0, "line": {"type": "line", "opacity": 1,
                                                   "layers": [{"type": "line", "color": colour,
                                                               "width": clean_number(MM_PER_PIXEL)}]}})
        offset = self._point(o.get("offset"), o.get("offset_unit"))
        if offset != [0, 0]:
            spec["offset"] = offset
        return specs

    def _stroke_into(self, spec, style, colour, width, join=None):
        if style == "no":
            spec["strokeColor"] = None
            return
        spec["strokeColor"] = css_colour(colour, "rgba(0,0,0,1)")
        spec["strokeWidth"] = width
        if style in PEN_DASHES:
            spec["strokeDash"] = {"rel": PEN_DASHES[style]}
        if join:
            spec["join"] = join

    @staticmethod
    def _rgba_parts(css):
        match = re.match(r"rgba\(([^,]+),([^,]+),([^,]+),([^)]+)\)", css or "")
        if not match:
            return 0, 0, 0, 1.0
        return (float(match.group(1)), float(match.group(2)), float(match.group(3)), float(match.group(4)))

    def _sub_symbol(self, element, kind):
        child = element.find("symbol")
        if child is None:
            return None
        spec = self.symbol(child)
        if spec["type"] != kind:
            spec["type"] = kind
        return spec

    def _layer_LinePatternFill(self, o, element):
        line = self._sub_symbol(element, "line")
        if line is None or not line["layers"]:
            line = {"type": "line", "opacity": 1, "layers": [{
                "type": "line", "color": css_colour(o.get("color"), "rgba(0,0,0,1)"),
                "width": length(o.get("line_width", "0.26"), o.get("line_width_unit"))}]}
        spec = {"type": "hatch", "angle": clean_number(number(o.get("angle", o.get("lineangle")), 45.0)),
                "distance": length(o.get("distance", "5"), o.get("distance_unit")),
                "offset": length(o.get("offset", "0"), o.get("offset_unit")), "line": line}
        self._apply_dd(element, spec, "hatch", "LinePatternFill")
        return [spec]

    def _layer_PointPatternFill(self, o, element):
        marker = self._sub_symbol(element, "marker")
        spec = {"type": "points", "dx": length(o.get("distance_x", "15"), o.get("distance_x_unit")),
                "dy": length(o.get("distance_y", "15"), o.get("distance_y_unit")),
                "displaceX": length(o.get("displacement_x", "0"), o.get("displacement_x_unit")),
                "displaceY": length(o.get("displacement_y", "0"), o.get("displacement_y_unit")),
                "marker": marker or self._default_marker()}
        self._apply_dd(element, spec, "points", "PointPatternFill")
        return [spec]

    def _layer_CentroidFill(self, o, element):
        marker = self._sub_symbol(element, "marker")
        return [{"type": "centroid", "marker": marker or self._default_marker()}]

    def _layer_GradientFill(self, o, element):
        self.warn("a gradient fill is drawn as a plain fill in its first colour on the web map")
        return [{"type": "fill", "color": css_colour(o.get("color"), "rgba(128,128,128,1)"), "strokeColor": None}]

    def _layer_ShapeburstFill(self, o, element):
        self.warn("a shapeburst fill is drawn as a plain fill in its colour on the web map")
        return [{"type": "fill", "color": css_colour(o.get("color"), "rgba(128,128,128,1)"), "strokeColor": None}]

    def _layer_RasterFill(self, o, element):
        self.warn("a raster image fill is not drawn on the web map")
        return []

    # lines

    def _layer_SimpleLine(self, o, element):
        style = o.get("line_style", "solid")
        if style == "no":
            return []
        spec = {"type": "line", "color": css_colour(o.get("line_color", o.get("color")), "rgba(0,0,0,1)"),
                "width": length(o.get("line_width", "0.26"), o.get("line_width_unit")),
                "cap": o.get("capstyle", "square"), "join": o.get("joinstyle", "bevel")}
        if o.get("use_custom_dash", "0") == "1":
            dashes = [number(part) for part in o.get("customdash", "").split(";") if part.strip()]
            if dashes:
                unit = o.get("customdash_unit")
                spec["dash"] = [length(d, unit) for d in dashes]
        elif style in PEN_DASHES:
            spec["dash"] = {"rel": PEN_DASHES[style]}
        for key, option, unit in (("offset", "offset", "offset_unit"),
                                  ("trimStart", "trim_distance_start", "trim_distance_start_unit"),
                                  ("trimEnd", "trim_distance_end", "trim_distance_end_unit")):
            value = length(o.get(option, "0"), o.get(unit))
            if value not in (0, {"m": 0}):
                spec[key] = value
        self._apply_dd(element, spec, "line", "SimpleLine")
        return [spec]

    def _placement(self, o):
        placement = (o.get("placement") or "").strip().lower()
        if placement in MARKER_LINE_PLACEMENTS:
            return placement
        flags = (o.get("placements") or "").lower()  # QGIS 3.24+: "LastVertex|FirstVertex"
        for name in ("interval", "vertex", "lastvertex", "firstvertex", "centralpoint", "curvepoint",
                     "segmentcenter", "innervertices"):
            if name in flags.replace("|", " ").split():
                return name
        return "interval"

    def _line_markers_common(self, o):
        return {"placement": self._placement(o),
                "interval": length(o.get("interval", "3"), o.get("interval_unit")),
                "offsetAlong": length(o.get("offset_along_line", "0"), o.get("offset_along_line_unit")),
                "offset": length(o.get("offset", "0"), o.get("offset_unit")),
                "rotate": o.get("rotate", "1") != "0"}

    def _layer_MarkerLine(self, o, element):
        spec = {"type": "markerline", **self._line_markers_common(o),
                "marker": self._sub_symbol(element, "marker") or self._default_marker()}
        self._apply_dd(element, spec, "markerline", "MarkerLine")
        return [spec]

    def _layer_HashLine(self, o, element):
        line = self._sub_symbol(element, "line") or {"type": "line", "opacity": 1, "layers": [
            {"type": "line", "color": "rgba(0,0,0,1)", "width": 0.26}]}
        spec = {"type": "hashline", **self._line_markers_common(o),
                "length": length(o.get("hash_length", "3"), o.get("hash_length_unit")),
                "angle": clean_number(number(o.get("hash_angle"), 0.0)), "line": line}
        self._apply_dd(element, spec, "hashline", "HashLine")
        return [spec]

    def _layer_ArrowLine(self, o, element):
        self.warn("an arrow line is drawn as a line with an arrowhead on the web map")
        fill = self._sub_symbol(element, "fill")
        colour = "rgba(0,0,0,1)"
        if fill and fill["layers"]:
            colour = fill["layers"][-1].get("color") or colour
        width = length(o.get("arrow_width", "1"), o.get("arrow_width_unit"))
        head = length(o.get("head_length", "1.5"), o.get("head_length_unit"))
        head_size = clean_number(max(number(head if not isinstance(head, dict) else 1.5), 1.0) * 2)
        return [{"type": "line", "color": colour, "width": width, "cap": "flat", "join": "round"},
                {"type": "markerline", "placement": "lastvertex", "interval": 3, "offsetAlong": 0, "offset": 0,
                 "rotate": True, "marker": {"type": "marker", "opacity": 1, "layers": [
                     {"type": "marker", "shape": "filled_arrowhead", "size": head_size, "color": colour,
                      "strokeColor": None, "strokeWidth": 0, "angle": 0, "offset": [0, 0], "pass": 0}]}}]

    def _line_fallback(self, cls, o):
        colour = css_colour(o.get("line_color") or o.get("color"), None)
        if colour is None:
            self.warn(f"a symbol layer of type {cls} is not drawn on the web map")
            return []
        self.warn(f"a symbol layer of type {cls} is drawn as a plain line on the web map")
        return [{"type": "line", "color": colour, "width": length(o.get("line_width", o.get("width", "0.26")),
                                                                  o.get("line_width_unit", o.get("width_unit")))}]

    def _layer_InterpolatedLine(self, o, element):
        return self._line_fallback("InterpolatedLine", o)

    def _layer_Lineburst(self, o, element):
        return self._line_fallback("Lineburst", {"color": o.get("color"), "line_width": o.get("line_width")})

    def _layer_RasterLine(self, o, element):
        return self._line_fallback("RasterLine", o)

    # markers

    def _marker_common(self, o, default_size="2"):
        return {"size": length(o.get("size", default_size), o.get("size_unit")),
                "angle": clean_number(number(o.get("angle"), 0.0)),
                "offset": self._point(o.get("offset"), o.get("offset_unit"))}

    def _point(self, text, unit):
        parts = (text or "0,0").split(",")
        if len(parts) != 2:
            return [0, 0]
        x, y = length(parts[0], unit), length(parts[1], unit)
        if isinstance(x, dict) or isinstance(y, dict):
            return [0, 0]  # offsets in map units: left out (none in the library)
        return [x, y]

    def _layer_SimpleMarker(self, o, element):
        shape = o.get("name", "circle")
        if shape not in DRAWN_SHAPES:
            nearest = _NEAREST_SHAPE.get(shape, "circle")
            self.warn(f"the marker shape '{shape}' is drawn as a {nearest} on the web map")
            shape = nearest
        spec = {"type": "marker", "shape": shape, "color": css_colour(o.get("color"), "rgba(255,0,0,1)"),
                **self._marker_common(o)}
        self._stroke_into(spec, o.get("outline_style", "solid"), o.get("outline_color"),
                          length(o.get("outline_width", "0"), o.get("outline_width_unit")))
        if shape in ("cross", "cross2", "x", "line", "arrow") and spec.get("strokeColor") is None:
            spec["strokeColor"] = spec["color"]  # outline-only shapes draw with their outline
        self._apply_dd(element, spec, "marker", "SimpleMarker")
        return [spec]

    def _layer_EllipseMarker(self, o, element):
        name = o.get("symbol_name", "circle")
        shape = {"circle": "circle", "rectangle": "square", "diamond": "diamond", "cross": "cross",
                 "triangle": "triangle", "right_half_triangle": "triangle", "left_half_triangle": "triangle",
                 "semi_circle": "circle", "arrow": "arrow"}.get(name, "circle")
        width = length(o.get("symbol_width", "1"), o.get("symbol_width_unit"))
        height = length(o.get("symbol_height", "1"), o.get("symbol_height_unit"))
        spec = {"type": "marker", "shape": shape, "color": css_colour(o.get("fill_color", o.get("color")),
                                                                      "rgba(255,0,0,1)"),
                "size": width if not isinstance(width, dict) else 2, "angle": clean_number(number(o.get("angle"))),
                "offset": self._point(o.get("offset"), o.get("offset_unit"))}
        if not isinstance(width, dict) and not isinstance(height, dict) and width and height != width:
            spec["aspect"] = clean_number(height / width)
        self._stroke_into(spec, o.get("outline_style", "solid"), o.get("outline_color"),
                          length(o.get("outline_width", "0"), o.get("outline_width_unit")))
        self._apply_dd(element, spec, "marker", "EllipseMarker")
        return [spec]

    def _layer_FilledMarker(self, o, element):
        fill = self._sub_symbol(element, "fill")
        shape = o.get("name", "circle")
        spec = {"type": "marker", "shape": shape if shape in DRAWN_SHAPES else _NEAREST_SHAPE.get(shape, "circle"),
                "color": "rgba(255,0,0,1)", "strokeColor": None, "strokeWidth": 0, **self._marker_common(o)}
        for layer in (fill or {}).get("layers", []):
            if layer.get("type") == "fill":
                spec["color"] = layer.get("color") or spec["color"]
                spec["strokeColor"] = layer.get("strokeColor")
                spec["strokeWidth"] = layer.get("strokeWidth", 0)
                break
        self._apply_dd(element, spec, "marker", "FilledMarker")
        return [spec]

    def _layer_FontMarker(self, o, element):
        spec = {"type": "marker", "shape": "font", "chr": o.get("chr", "A"), "font": o.get("font", "sans-serif"),
                "color": css_colour(o.get("color"), "rgba(0,0,0,1)"), **self._marker_common(o)}
        self._stroke_into(spec, "solid" if number(o.get("outline_width"), 0) > 0 else "no", o.get("outline_color"),
                          length(o.get("outline_width", "0"), o.get("outline_width_unit")))
        self._apply_dd(element, spec, "marker", "FontMarker")
        return [spec]

    def _layer_SvgMarker(self, o, element):
        spec = {"type": "svg", "path": o.get("name", ""), "fill": css_colour(o.get("color"), "rgba(0,0,0,1)"),
                "stroke": css_colour(o.get("outline_color"), "rgba(0,0,0,1)"),
                "strokeWidth": length(o.get("outline_width", "0.2"), o.get("outline_width_unit")),
                **self._marker_common(o, "4")}
        self._apply_dd(element, spec, "svg", "SvgMarker")
        return [spec]

    def _layer_RasterMarker(self, o, element):
        self.warn("a raster image marker is drawn as a grey circle on the web map")
        return [{"type": "marker", "shape": "circle", "color": "rgba(128,128,128,1)", "strokeColor": None,
                 "strokeWidth": 0, **self._marker_common(o, "4")}]

    def _layer_GeometryGenerator(self, o, element):
        self.warn("a geometry generator symbol layer is not drawn on the web map")
        return []

    def _unknown(self, cls, o, symbol_type, element):
        colour = css_colour(o.get("color") or o.get("line_color") or o.get("fill_color"), None)
        if colour is None:
            self.warn(f"a symbol layer of type {cls or '?'} is not drawn on the web map")
            return []
        self.warn(f"a symbol layer of type {cls or '?'} is drawn as a plain {symbol_type} on the web map")
        if symbol_type == "line":
            return [{"type": "line", "color": colour, "width": 0.5}]
        if symbol_type == "marker":
            return [{"type": "marker", "shape": "circle", "color": colour, "strokeColor": None, "strokeWidth": 0,
                     "size": 2.5, "angle": 0, "offset": [0, 0]}]
        return [{"type": "fill", "color": colour, "strokeColor": None}]

    @staticmethod
    def _default_marker():
        return {"type": "marker", "opacity": 1, "layers": [
            {"type": "marker", "shape": "circle", "color": "rgba(128,128,128,1)", "strokeColor": None,
             "strokeWidth": 0, "size": 2, "angle": 0, "offset": [0, 0], "pass": 0}]}

    # -- renderers ------------------------------------------------------------------------------------

    def renderer(self, element, classes):
        kind = element.get("type", "")
        symbols = {}
        block = element.find("symbols")
        if block is not None:
            for symbol in block.findall("symbol"):
                symbols[symbol.get("name")] = symbol
        if kind == "RuleRenderer":
            rules = element.find("rules")
            if rules is not None:
                for rule in rules.findall("rule"):
                    self._rule(rule, symbols, classes, None, None)
            return "rule"
        if kind == "categorizedSymbol":
            block = element.find("categories")
            for index, category in enumerate(block.findall("category") if block is not None else []):
                if category.get("render", "true") == "false":
                    continue
                symbol = symbols.get(category.get("symbol"))
                if symbol is None:
                    continue
                label = category.get("label") or category.get("value") or ""
                classes.append({"key": category.get("uuid") or str(index), "label": {"sv": label, "en": label},
                                "symbol": self.symbol(symbol)})
            return "categorized"
        if kind == "graduatedSymbol":
            block = element.find("ranges")
            for index, item in enumerate(block.findall("range") if block is not None else []):
                if item.get("render", "true") == "false":
                    continue
                symbol = symbols.get(item.get("symbol"))
                if symbol is None:
                    continue
                label = item.get("label") or f"{number(item.get('lower')):g} – {number(item.get('upper')):g}"
                classes.append({"key": item.get("uuid") or str(index), "label": {"sv": label, "en": label},
                                "symbol": self.symbol(symbol)})
            return "graduated"
        if kind == "singleSymbol":
            symbol = symbols.get("0") if "0" in symbols else next(iter(symbols.values()), None)
            if symbol is not None:
                classes.append({"key": "0", "label": {"sv": "", "en": ""}, "symbol": self.symbol(symbol)})
            return "single"
        if kind == "nullSymbol":
            return "null"
        inner = element.find("renderer-v2")
        if inner is not None:  # point displacement/cluster, inverted polygons: the renderer they wrap
            self.warn(f"the {kind} renderer is drawn as the renderer it wraps on the web map")
            return self.renderer(inner, classes)
        self.warn(f"the {kind or 'unknown'} renderer is not supported on the web map; every feature is drawn "
                  f"with one plain symbol")
        return "unsupported"

    def _rule(self, rule, symbols, classes, min_scale, max_scale):
        if rule.get("checkstate", "1") == "0":
            return
        # QGIS: scalemaxdenom = the largest scale denominator (most zoomed out) the rule draws at.
        lo = number(rule.get("scalemindenom"), 0.0) or None
        hi = number(rule.get("scalemaxdenom"), 0.0) or None
        lo = max(v for v in (lo, min_scale) if v) if (lo or min_scale) else None
        hi = min(v for v in (hi, max_scale) if v) if (hi or max_scale) else None
        symbol = symbols.get(rule.get("symbol")) if rule.get("symbol") is not None else None
        if symbol is not None:
            label = rule.get("label") or rule.get("filter") or ""
            entry = {"key": rule.get("key") or str(len(classes)),
                     "label": {"sv": label, "en": rule.get("description") or label},
                     "symbol": self.symbol(symbol)}
            if lo:
                entry["minScale"] = clean_number(lo)
            if hi:
                entry["maxScale"] = clean_number(hi)
            if (rule.get("filter") or "").strip().upper() == "ELSE":
                entry["else"] = True
            classes.append(entry)
        for child in rule.findall("rule"):
            self._rule(child, symbols, classes, lo, hi)

    # -- labels ---------------------------------------------------------------------------------------

    def labeling(self, root):
        labeling = root.find("labeling")
        labels = []
        if labeling is None or root.get("labelsEnabled", "1") == "0":
            return labels
        kind = labeling.get("type", "")
        if kind == "simple":
            settings = labeling.find("settings")
            if settings is not None:
                label = self._label(settings)
                if label is not None:
                    label["key"] = ""
                    labels.append(label)
        elif kind == "rule-based":
            rules = labeling.find("rules")

            def visit(rule):
                if rule.get("active", "1") == "0":
                    return
                settings = rule.find("settings")
                if settings is not None:
                    label = self._label(settings)
                    if label is not None:
                        label["key"] = rule.get("key", "")
                        label["filter"] = rule.get("filter", "")
                        labels.append(label)
                for child in rule.findall("rule"):
                    visit(child)

            for rule in (rules.findall("rule") if rules is not None else []):
                visit(rule)
        elif kind:
            self.warn(f"labels of type {kind} are not shown on the web map")
        return labels

    def _label(self, settings):
        text = settings.find("text-style")
        if text is None:
            return None
        field = text.get("fieldName", "")
        if not field.strip():
            return None
        size = number(text.get("fontSize"), 10.0)
        unit = text.get("fontSizeUnit", "Point")
        size_mm = length(size, unit)
        if isinstance(size_mm, dict):
            size_mm = clean_number(10 * MM_PER_POINT)
        weight = number(text.get("fontWeight"), 50)
        named = (text.get("namedStyle") or "").lower()
        families = [family.get("name") for family in text.iter("family") if family.get("name")]
        label = {"size": size_mm, "bold": weight >= 63 or "bold" in named,
                 "italic": text.get("fontItalic", "0") == "1" or "italic" in named,
                 "color": css_colour(text.get("textColor"), "rgba(0,0,0,1)"),
                 "opacity": clean_number(number(text.get("textOpacity"), 1.0), 3),
                 "family": families or [text.get("fontFamily") or "sans-serif"]}
        if text.get("isExpression", "0") == "1":
            label["expr"] = self.expression(field, "text")
        else:
            label["field"] = field
        buffer = text.find("text-buffer")
        if buffer is not None and buffer.get("bufferDraw", "0") == "1":
            label["buffer"] = {"size": length(buffer.get("bufferSize", "1"), buffer.get("bufferSizeUnits")),
                               "color": css_colour(buffer.get("bufferColor"), "rgba(255,255,255,1)"),
                               "opacity": clean_number(number(buffer.get("bufferOpacity"), 1.0), 3)}
        placement = settings.find("placement")
        if placement is not None:
            label["dist"] = length(placement.get("dist", "0"), placement.get("distUnits"))
            label["priority"] = int(number(placement.get("priority"), 5))
            label["placement"] = placement.get("placement", "0")
        return label


def convert_style(qml_text):
    """A QGIS layer style (QML text) as a web style spec (see the module's docstring).

    Raises StyleSpecError for text that is not a QGIS style."""
    try:
        root = ET.fromstring(qml_text)
    except ET.ParseError as error:
        raise StyleSpecError(f"The style is not valid XML ({error}).") from None
    renderer = root.find("renderer-v2") if root.tag != "renderer-v2" else root
    if renderer is None:
        raise StyleSpecError("The style has no renderer (no <renderer-v2> element): it is not a vector layer "
                             "style.")
    converter = _Converter()
    classes = []
    kind = converter.renderer(renderer, classes)
    if kind == "unsupported":
        classes = [{"key": "*", "fallback": True, "label": {"sv": "", "en": ""},
                    "symbol": {"type": "fill", "opacity": 1, "layers": [
                        {"type": "fill", "color": "rgba(160,160,160,0.6)", "strokeColor": "rgba(80,80,80,1)",
                         "strokeWidth": 0.26, "pass": 0},
                        {"type": "line", "color": "rgba(80,80,80,1)", "width": 0.4, "pass": 0},
                        {"type": "marker", "shape": "circle", "color": "rgba(160,160,160,1)",
                         "strokeColor": "rgba(80,80,80,1)", "strokeWidth": 0.2, "size": 2.5, "angle": 0,
                         "offset": [0, 0], "pass": 0}]}}]
    opacity = root.findtext("layerOpacity")
    return {
        "renderer": kind,
        "attribute": renderer.get("attr"),
        "symbolLevels": renderer.get("symbollevels", "0") == "1",
        "classes": classes,
        "labels": converter.labeling(root) if root.tag == "qgis" else [],
        "expressions": converter.expressions,
        "opacity": clean_number(number(opacity, 1.0), 3) if opacity is not None else 1,
        "warnings": converter.warnings,
    }


def iter_symbol_layers(symbol):
    """Every symbol layer spec of a symbol spec, sub-symbols included (depth first)."""
    for layer in symbol.get("layers", []):
        yield layer
        for key in ("line", "marker"):
            if isinstance(layer.get(key), dict) and "layers" in layer[key]:
                yield from iter_symbol_layers(layer[key])


def strip_fills(spec):
    """The spec with every area fill made transparent (outlines, hatches and markers kept): the administrative
    areas over a tile background show only their boundaries."""
    for entry in spec["classes"]:
        for layer in iter_symbol_layers(entry["symbol"]):
            if layer.get("type") == "fill":
                layer["color"] = None
                layer.get("dd", {}).pop("color", None)
    return spec


# -- an XYZ tile address --------------------------------------------------------------------------------

def check_xyz_url(url):
    """The XYZ tile URL, trimmed, if it is one: http(s), a host, and {z}, {x} and {y} (or {-y}); else MethodError
    saying what is wrong."""
    text = (url or "").strip()
    if not text:
        raise MethodError("No XYZ tile address was given. Give one such as "
                          "https://tiles.example.org/{z}/{x}/{y}.png, or choose another background.")
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        raise MethodError(f"The XYZ tile address '{text}' must start with http:// or https:// (a web map can only "
                          f"fetch tiles from a web server).")
    if not parts.netloc:
        raise MethodError(f"The XYZ tile address '{text}' has no server name.")
    if re.search(r"\s", text) or any(c in text for c in "\"'<>\\`"):
        raise MethodError(f"The XYZ tile address '{text}' contains spaces, quotes or angle brackets; give the "
                          f"address exactly as the tile service documents it.")
    missing = [name for name in ("{z}", "{x}") if name not in text]
    if "{y}" not in text and "{-y}" not in text:
        missing.append("{y}")
    if missing:
        raise MethodError(f"The XYZ tile address '{text}' lacks {', '.join(missing)}: an XYZ address names the "
                          f"zoom level, column and row as {{z}}, {{x}} and {{y}}, e.g. "
                          f"https://tiles.example.org/{{z}}/{{x}}/{{y}}.png.")
    return text


def svg_with_parameters(text, fill, stroke, stroke_width_mm):
    """An SVG with QGIS's parameters (param(fill), param(outline), param(outline-width), their opacities) replaced
    as QGIS does when it draws an SVG marker."""

    def parts(css):
        match = re.match(r"rgba\(([^,]+),([^,]+),([^,]+),([^)]+)\)", css or "")
        if not match:
            return "#000000", "1"
        r, g, b = (int(float(match.group(i))) for i in (1, 2, 3))
        return f"#{r:02x}{g:02x}{b:02x}", match.group(4).strip()

    fill_hex, fill_alpha = parts(fill)
    stroke_hex, stroke_alpha = parts(stroke)
    values = {"fill": fill_hex, "fill-opacity": fill_alpha, "outline": stroke_hex, "outline-opacity": stroke_alpha,
              "outline-width": f"{float(stroke_width_mm or 0) * 96 / 25.4:.3g}"}

    def replace(match):
        name = match.group(1).strip()
        return values.get(name, match.group(0))

    return re.sub(r"param\(\s*([a-z\-]+)\s*\)(?:\s+[^\"';]*)?", replace, text)
