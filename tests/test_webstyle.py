"""The QML -> web style converter and the web geometry helpers (pure Python: no QGIS, no browser).

Each bundled style is read here a second time, independently, with ElementTree, and the converter's classes,
colours, widths, sizes, dashes and hatches are compared with what the QML says."""

import math
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from strukturbild.processing_algorithms.methods import webgeom, webstyle
from strukturbild.processing_algorithms.methods.errors import MethodError
from strukturbild.strukturbild_plugin import schema

STYLES = Path(__file__).resolve().parent.parent / "styles"


def qml(key):
    return (STYLES / f"{key}.qml").read_text(encoding="utf-8")


def convert(key):
    return webstyle.convert_style(qml(key))


# -- an independent reading of a QML ----------------------------------------------------------------------

def props(layer):
    """name -> value of a <layer>'s properties (the <prop> elements, the older form QGIS 3.22 still writes)."""
    found = {p.get("k"): p.get("v") for p in layer.findall("prop")}
    mapping = layer.find("Option")
    if mapping is not None:
        found.update({o.get("name"): o.get("value") for o in mapping.findall("Option") if o.get("value") is not None})
    return found


def rgba(text):
    r, g, b, a = (int(v) for v in text.split(",")[:4])
    return f"rgba({r},{g},{b},{round(a / 255, 3) if a not in (0, 255) else a // 255})"


def rules(key):
    """[(key, label, description, filter, <symbol>)] of the rules with a symbol, depth first."""
    root = ET.fromstring(qml(key))
    renderer = root.find("renderer-v2")
    symbols = {s.get("name"): s for s in renderer.find("symbols").findall("symbol")}
    out = []

    def visit(rule):
        if rule.get("symbol") is not None:
            out.append((rule.get("key"), rule.get("label"), rule.get("description"), rule.get("filter"),
                        symbols[rule.get("symbol")]))
        for child in rule.findall("rule"):
            visit(child)

    for rule in renderer.find("rules").findall("rule"):
        visit(rule)
    return out


def dd_expressions(layer):
    found = {}
    for prop in layer.iter("Option"):
        if prop.get("type") == "Map" and prop.find("Option[@name='expression']") is not None:
            active = prop.find("Option[@name='active']")
            if active is not None and active.get("value") == "true":
                found[prop.get("name")] = prop.find("Option[@name='expression']").get("value")
    return found


def check_layer(spec, layer, converted, key):
    """One QML symbol layer against the converter's layer spec."""
    p = props(layer)
    cls = layer.get("class")
    own_dd = {}
    block = layer.find("data_defined_properties")
    if block is not None:
        own_dd = dd_expressions(block)
    if cls == "SimpleMarker":
        assert converted["type"] == "marker"
        assert converted["shape"] == p["name"]
        assert converted["color"] == rgba(p["color"])
        assert converted["size"] == pytest.approx(float(p["size"]))
        if p["outline_style"] == "no":
            assert converted["strokeColor"] is None
        else:
            assert converted["strokeColor"] == rgba(p["outline_color"])
            assert converted["strokeWidth"] == pytest.approx(float(p["outline_width"]))
            expected = {"solid": None, "dash": [4.0, 2.0], "dot": [1.0, 2.0]}[p["outline_style"]]
            assert (converted.get("strokeDash") or {}).get("rel") == expected
        if "size" in own_dd:
            assert spec["expressions"][converted["dd"]["size"]]["expr"] == own_dd["size"]
    elif cls == "SimpleLine":
        assert converted["type"] == "line"
        assert converted["color"] == rgba(p["line_color"])
        assert converted["width"] == pytest.approx(float(p["line_width"]))
        if p.get("use_custom_dash") == "1":
            assert converted["dash"] == [pytest.approx(float(v)) for v in p["customdash"].split(";")]
        else:
            assert "dash" not in converted or isinstance(converted["dash"], dict)
        if "outlineWidth" in own_dd:
            assert spec["expressions"][converted["dd"]["width"]]["expr"] == own_dd["outlineWidth"]
        if "customDash" in own_dd:
            assert spec["expressions"][converted["dd"]["dash"]] == {"expr": own_dd["customDash"], "kind": "dash"}
    elif cls == "SimpleFill":
        assert converted["type"] == "fill"
        assert converted["color"] == (rgba(p["color"]) if p["style"] == "solid" else None)
        if p["outline_style"] == "no":
            assert converted["strokeColor"] is None
        else:
            assert converted["strokeColor"] == rgba(p["outline_color"])
    elif cls == "LinePatternFill":
        assert converted["type"] == "hatch"
        assert converted["angle"] == pytest.approx(float(p["angle"]))
        assert converted["distance"] == pytest.approx(float(p["distance"]))
        sub = layer.find("symbol").find("layer")
        assert converted["line"]["layers"][0]["color"] == rgba(props(sub)["line_color"])
        assert converted["line"]["layers"][0]["width"] == pytest.approx(float(props(sub)["line_width"]))
        if "lineDistance" in own_dd:
            assert spec["expressions"][converted["dd"]["distance"]]["expr"] == own_dd["lineDistance"]
    elif cls in ("MarkerLine", "HashLine"):
        assert converted["type"] == cls.lower()
        assert converted["placement"] == p["placement"]
        assert converted["interval"] == pytest.approx(float(p["interval"]))
        sub = layer.find("symbol")
        sub_layers = [item for item in sub.findall("layer") if item.get("enabled", "1") == "1"]
        inner = converted["marker"] if cls == "MarkerLine" else converted["line"]
        assert len(inner["layers"]) == len(sub_layers)
        for item, sub_converted in zip(sub_layers, inner["layers"]):
            check_layer(spec, item, sub_converted, key)
        if cls == "HashLine":
            assert converted["length"] == pytest.approx(float(p["hash_length"]))
    else:  # pragma: no cover - a symbol layer type the bundled library does not use
        pytest.fail(f"{key}: the test does not know the symbol layer type {cls}")


@pytest.mark.parametrize("key", schema.element_keys())
def test_every_bundled_style_converts_class_by_class(key):
    spec = convert(key)
    expected = rules(key)
    assert spec["renderer"] == "rule"
    assert spec["warnings"] == []
    assert [c["key"] for c in spec["classes"]] == [r[0] for r in expected]
    for entry, (_rule_key, label, description, rule_filter, symbol) in zip(spec["classes"], expected):
        assert entry["label"] == {"sv": label, "en": description or label}
        assert entry.get("else", False) == (rule_filter == "ELSE")
        assert entry["symbol"]["type"] == symbol.get("type")
        assert entry["symbol"]["opacity"] == pytest.approx(float(symbol.get("alpha")))
        layers = [layer for layer in symbol.findall("layer") if layer.get("enabled", "1") == "1"]
        assert len(entry["symbol"]["layers"]) == len(layers), entry["key"]
        for layer, converted in zip(layers, entry["symbol"]["layers"]):
            assert converted["pass"] == int(layer.get("pass", "0"))
            check_layer(spec, layer, converted, key)


def by_label(spec):
    return {entry["label"]["sv"]: entry for entry in spec["classes"]}


def test_node_hierarchy_and_status():
    classes = by_label(convert("nod"))
    sizes = [classes[name]["symbol"]["layers"][0]["size"]
             for name in ("Regional kärna", "Regional nod", "Lokal nod", "Landsbygdsnod")]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) == 4
    existing = classes["Regional nod"]["symbol"]["layers"][0]
    planned = classes["Planerad regional nod"]["symbol"]["layers"][0]
    study = classes["Regional nod under utredning"]["symbol"]["layers"][0]
    assert "strokeDash" not in existing and existing["color"] != "rgba(255,255,255,1)"
    assert planned["strokeDash"] == {"rel": [4.0, 2.0]} and planned["color"] == "rgba(255,255,255,1)"
    assert study["strokeDash"] == {"rel": [1.0, 2.0]}
    labels = convert("nod")["labels"]
    assert [label["field"] for label in labels] == ["namn"] * 3
    assert [label["size"] for label in labels] == pytest.approx([10 * 25.4 / 72, 8.5 * 25.4 / 72, 7 * 25.4 / 72],
                                                                abs=1e-4)
    assert labels[0]["bold"] and labels[0]["buffer"]["color"] == "rgba(255,255,255,1)"


def test_flow_width_is_data_defined_by_flow():
    spec = convert("funktionellt_samband")
    for entry in spec["classes"]:
        body, head = entry["symbol"]["layers"]
        width = spec["expressions"][body["dd"]["width"]]
        assert width["kind"] == "number"
        assert 'scale_linear("flode", 0, max(maximum("flode"), 1), 0.4, 4.0)' in width["expr"]
        arrow = head["marker"]["layers"][0]
        assert head["placement"] == "lastvertex" and arrow["shape"] == "filled_arrowhead"
        assert width["expr"] in spec["expressions"][arrow["dd"]["size"]]["expr"]
        assert body["trimStart"] == pytest.approx(2.2)


def test_planned_is_dashed_and_hatches_follow_category():
    roads = by_label(convert("transportinfrastruktur"))
    assert "dash" not in roads["Väg"]["symbol"]["layers"][0]
    assert roads["Planerad väg"]["symbol"]["layers"][0]["dash"] == [3.0, 1.5]
    assert roads["Järnväg"]["symbol"]["layers"][1]["type"] == "hashline"
    areas = by_label(convert("utvecklingsomrade"))
    angles = {name: [layer["angle"] for layer in areas[name]["symbol"]["layers"] if layer["type"] == "hatch"]
              for name in ("Bostäder", "Verksamheter", "Blandad bebyggelse")}
    assert angles == {"Bostäder": [45], "Verksamheter": [-45], "Blandad bebyggelse": [45, -45]}
    outline = areas["Bostäder (planerad)"]["symbol"]["layers"][-1]
    assert outline["type"] == "line" and outline["dash"] == [3.0, 1.5]
    spec = convert("utvecklingsomrade")
    hatch = areas["Bostäder"]["symbol"]["layers"][1]
    assert "tathet" in spec["expressions"][hatch["dd"]["distance"]]["expr"]


def test_symbol_levels_and_weak_green_links():
    admin = convert("administrativ_indelning")
    assert admin["symbolLevels"] is True
    passes = [layer["pass"] for layer in by_label(admin)["Län"]["symbol"]["layers"]]
    assert passes == [0, 2]
    weak = by_label(convert("gront_samband"))["Svagt grönt samband"]["symbol"]["layers"]
    assert [layer["type"] for layer in weak] == ["line", "hashline"]
    assert weak[1]["line"]["layers"][0]["color"] == "rgba(215,48,31,1)"


# -- renderers and symbol layers the library does not use (a region's own styles, analysis layers) -----------

CATEGORIZED = """<qgis><renderer-v2 type="categorizedSymbol" attr="klass" symbollevels="0">
<categories>
 <category value="a" symbol="0" label="Klass A" render="true"/>
 <category value="b" symbol="1" label="Klass B" render="false"/>
 <category value="c" symbol="2" label="Klass C" render="true" uuid="{u-c}"/>
</categories>
<symbols>
 <symbol type="fill" name="0" alpha="0.5"><layer class="SimpleFill" enabled="1" pass="0">
  <prop k="color" v="255,0,0,255"/><prop k="style" v="b_diagonal"/><prop k="outline_style" v="dash"/>
  <prop k="outline_color" v="0,0,255,128"/><prop k="outline_width" v="2"/><prop k="outline_width_unit" v="Point"/>
 </layer></symbol>
 <symbol type="fill" name="1"><layer class="SimpleFill" enabled="1"><prop k="color" v="0,255,0,255"/></layer></symbol>
 <symbol type="fill" name="2"><layer class="ShapeburstFill" enabled="1"><prop k="color" v="1,2,3,255"/></layer>
  <layer class="SomeFutureFill" enabled="1"><prop k="color" v="#ff8000"/></layer>
  <layer class="GeometryGenerator" enabled="1"/></symbol>
</symbols></renderer-v2></qgis>"""

GRADUATED = """<qgis><renderer-v2 type="graduatedSymbol" attr="restid_min">
<ranges><range lower="0" upper="15" symbol="0" label="0–15 min" render="true"/>
<range lower="15" upper="30" symbol="1" label="" render="true"/></ranges>
<symbols>
 <symbol type="marker" name="0"><layer class="SvgMarker" enabled="1"><prop k="name" v="/x/a.svg"/>
  <prop k="size" v="12"/><prop k="size_unit" v="Pixel"/><prop k="color" v="#112233"/></layer></symbol>
 <symbol type="marker" name="1"><layer class="SimpleMarker" enabled="1"><prop k="name" v="octagon"/>
  <prop k="size" v="100"/><prop k="size_unit" v="MapUnit"/><prop k="color" v="10,20,30,255,rgb:0.1,0.2,0.3,1"/>
  <data_defined_properties><Option type="Map"><Option name="properties" type="Map">
   <Option name="size" type="Map"><Option name="active" type="bool" value="true"/>
    <Option name="field" type="QString" value="pop"/><Option name="type" type="int" value="2"/></Option>
   <Option name="offset" type="Map"><Option name="active" type="bool" value="true"/>
    <Option name="expression" type="QString" value="'1,1'"/><Option name="type" type="int" value="3"/></Option>
  </Option></Option></data_defined_properties></layer></symbol>
</symbols></renderer-v2></qgis>"""


def test_categorized_renderer_keys_labels_and_approximations():
    spec = webstyle.convert_style(CATEGORIZED)
    assert spec["renderer"] == "categorized" and spec["attribute"] == "klass"
    # QGIS's legend keys: the category's index, or its uuid where QGIS (3.28+) writes one; unrendered ones left out
    assert [(c["key"], c["label"]["sv"]) for c in spec["classes"]] == [("0", "Klass A"), ("{u-c}", "Klass C")]
    first = spec["classes"][0]["symbol"]
    assert first["opacity"] == 0.5
    hatch, fill = first["layers"]
    assert hatch["type"] == "hatch" and hatch["angle"] == 45
    assert hatch["line"]["layers"][0]["color"] == "rgba(255,0,0,1)"
    assert fill["color"] is None and fill["strokeColor"] == "rgba(0,0,255,0.502)"
    assert fill["strokeWidth"] == pytest.approx(2 * 25.4 / 72, abs=1e-4) and fill["strokeDash"] == {"rel": [4.0, 2.0]}
    third = spec["classes"][1]["symbol"]["layers"]
    assert [layer["type"] for layer in third] == ["fill", "fill"]
    assert third[0]["color"] == "rgba(1,2,3,1)" and third[1]["color"] == "rgba(255,128,0,1)"
    assert any("shapeburst" in w for w in spec["warnings"])
    assert any("SomeFutureFill" in w for w in spec["warnings"])
    assert any("geometry generator" in w for w in spec["warnings"])


def test_graduated_renderer_units_and_data_defined_fields():
    spec = webstyle.convert_style(GRADUATED)
    assert spec["renderer"] == "graduated"
    assert [c["key"] for c in spec["classes"]] == ["0", "1"]
    assert spec["classes"][1]["label"]["sv"] == "15 – 30"
    svg = spec["classes"][0]["symbol"]["layers"][0]
    assert svg["type"] == "svg" and svg["path"] == "/x/a.svg" and svg["size"] == pytest.approx(12 * 25.4 / 96, abs=1e-4)
    marker = spec["classes"][1]["symbol"]["layers"][0]
    assert marker["shape"] == "hexagon" and marker["size"] == {"m": 100}
    assert marker["color"] == "rgba(10,20,30,1)"
    assert spec["expressions"][marker["dd"]["size"]] == {"expr": '"pop"', "kind": "number"}
    assert any("octagon" in w for w in spec["warnings"]) and any("'offset'" in w for w in spec["warnings"])


def test_unsupported_renderer_falls_back_and_bad_style_is_refused():
    spec = webstyle.convert_style('<qgis><renderer-v2 type="heatmapRenderer"/></qgis>')
    assert spec["renderer"] == "unsupported" and spec["classes"][0]["fallback"]
    wrapped = webstyle.convert_style(
        '<qgis><renderer-v2 type="pointDisplacement"><renderer-v2 type="singleSymbol"><symbols>'
        '<symbol type="marker" name="0"><layer class="SimpleMarker"><prop k="color" v="1,1,1,255"/></layer></symbol>'
        '</symbols></renderer-v2></renderer-v2></qgis>')
    assert wrapped["renderer"] == "single" and wrapped["classes"][0]["key"] == "0"
    with pytest.raises(MethodError, match="not valid XML"):
        webstyle.convert_style("<qgis><renderer-v2")
    with pytest.raises(MethodError, match="no renderer"):
        webstyle.convert_style("<qgis><labeling/></qgis>")


def test_colours_lengths_and_fills_stripped():
    assert webstyle.css_colour("#80ff0000") == "rgba(255,0,0,0.502)"  # Qt's #AARRGGBB
    assert webstyle.css_colour("#abc") == "rgba(170,187,204,1)"
    assert webstyle.css_colour("") is None and webstyle.css_colour("junk(") is None
    assert webstyle.length("10", "Point") == pytest.approx(3.5278)
    assert webstyle.length("2", "Inch") == pytest.approx(50.8)
    assert webstyle.length("5", "RenderMetersInMapUnits") == {"m": 5}
    spec = webstyle.strip_fills(convert("administrativ_indelning"))
    for entry in spec["classes"]:
        types = [(layer["type"], layer.get("color")) for layer in entry["symbol"]["layers"]]
        assert ("fill", None) in types and any(t == "line" for t, _ in types)


@pytest.mark.parametrize("url, message", [
    ("", "No XYZ tile address"),
    ("ftp://tiles.example.org/{z}/{x}/{y}.png", "must start with http"),
    ("javascript:alert(1)//{z}{x}{y}", "must start with http"),
    ("https:///{z}/{x}/{y}.png", "no server name"),
    ("https://tiles.example.org/{z}/{x}.png", r"lacks \{y\}"),
    ("https://tiles.example.org/tile.png", r"lacks \{z\}, \{x\}, \{y\}"),
    ('https://t.example.org/{z}/{x}/{y}.png"><script>', "quotes or angle brackets"),
])
def test_xyz_urls_that_are_not_xyz_urls(url, message):
    with pytest.raises(MethodError, match=message):
        webstyle.check_xyz_url(url)


def test_xyz_urls_accepted():
    assert webstyle.check_xyz_url(" https://a.tile.example.org/{z}/{x}/{y}.png ") == \
        "https://a.tile.example.org/{z}/{x}/{y}.png"
    assert webstyle.check_xyz_url("http://t.example.org/wmts/{z}/{x}/{-y}.jpg?key=1")


def test_svg_parameters_replaced():
    svg = '<svg><path fill="param(fill) #000" stroke="param(outline)" stroke-width="param(outline-width) 1"/></svg>'
    out = webstyle.svg_with_parameters(svg, "rgba(255,0,0,1)", "rgba(0,0,255,0.5)", 0.5)
    assert 'fill="#ff0000"' in out and 'stroke="#0000ff"' in out and 'stroke-width="1.89"' in out


# -- geometry ----------------------------------------------------------------------------------------

def test_douglas_peucker_keeps_corners_and_drops_noise():
    x = np.linspace(0, 1000, 101)
    line = np.column_stack([x, np.where(x < 500, 0.0, x - 500) + np.sin(x) * 0.3])
    kept = webgeom.simplify(line, 2.0)
    assert len(kept) < 10
    assert kept[0].tolist() == line[0].tolist() and kept[-1].tolist() == line[-1].tolist()
    assert any(abs(p[0] - 500) <= 10 for p in kept)  # the bend survives


def test_quantise_and_delta_round_trip():
    points = np.array([[1000.4, 2000.6], [1000.2, 2000.9], [1010.0, 2003.0], [1020.0, 1990.0]])
    units = webgeom.quantise(points, 1.0)
    assert units.tolist() == [[1000, 2001], [1010, 2003], [1020, 1990]]  # the repeated point dropped
    encoded = webgeom.delta_encode(units)
    assert encoded == [1000, 2001, 10, 2, 10, -13]
    assert webgeom.delta_decode(encoded).tolist() == units.tolist()
    with pytest.raises(MethodError, match="not a number"):
        webgeom.quantise([[0, math.nan]], 1.0)


def test_levels_of_detail_shrink_and_tiny_polygons_vanish_only_when_coarse():
    angles = np.linspace(0, 2 * math.pi, 2000, endpoint=False)
    circle = np.column_stack([np.cos(angles), np.sin(angles)]) * 20000 + [1.7e6, 8.0e6]
    big = [[circle]]
    counts = [webgeom.vertex_count(webgeom.encode("polygon", big, lod)) for lod in range(len(webgeom.LODS))]
    assert counts[0] < counts[1] < counts[2] <= 2000
    tiny = [[np.array([[0, 0], [10, 0], [10, 10], [0, 10]]) + 1.7e6]]
    assert webgeom.encode("polygon", tiny, 0) is None
    assert webgeom.vertex_count(webgeom.encode("polygon", tiny, 2)) == 4
    # a hole that collapses goes; the exterior stays
    hole = np.array([[0, 0], [3, 0], [3, 3]]) + [1.7e6, 8.0e6]
    assert len(webgeom.encode("polygon", [[circle, hole]], 0)[0]) == 1
    line = [np.column_stack([np.linspace(0, 50000, 500), np.zeros(500)])]
    assert webgeom.vertex_count(webgeom.encode("line", line, 0)) == 2
    assert webgeom.lod_for_zoom(5) == 0 and webgeom.lod_for_zoom(10) == 1 and webgeom.lod_for_zoom(15) == 2
