"""strukturbild:exportwebmap without a browser: the folder, its data and styles, checked against the GeoPackage and
the QML files read independently; bad input refused in words with nothing lost. (The page in a real browser:
test_exportwebmap_browser.py.)"""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsRendererRange,
    QgsSymbol,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

COUNTIES = "\"adm_niva\" = 'lan' AND \"kod\" IN ('05', '06', '08')"
STYLES = Path(__file__).resolve().parent.parent / "styles"


# -- reading the folder --------------------------------------------------------------------------------

def read_call(path, function):
    """The JSON arguments of `strukturbild.<function>(...)` in a data script."""
    text = Path(path).read_text(encoding="utf-8")
    match = re.fullmatch(r"strukturbild\." + function + r"\((.*)\);\n", text, re.DOTALL)
    assert match, f"{path} is not a {function} call"
    return json.loads("[" + match.group(1) + "]")


def read_config(folder):
    return read_call(Path(folder) / "data" / "config.js", "config")[0]


def read_layer(folder, layer_id):
    name, payload = read_call(Path(folder) / "data" / f"{layer_id}.js", "layerData")
    assert name == layer_id
    return payload["features"]


def decode(flat, grid):
    x = y = 0
    out = []
    for i in range(0, len(flat), 2):
        x += flat[i]
        y += flat[i + 1]
        out.append((x * grid, y * grid))
    return out


def expected_classes(gpkg, layer_name, qml_key=None):
    """{rule key: features} of a layer under its bundled QML's rules, evaluated here with QgsExpression on the
    rule filters read with ElementTree (ELSE: no other rule matched), not with the exporter's legend keys."""
    root = ET.fromstring((STYLES / f"{qml_key or layer_name}.qml").read_text(encoding="utf-8"))
    rules = [(r.get("key"), r.get("filter")) for r in root.find("renderer-v2").find("rules").findall("rule")]
    layer = QgsVectorLayer(f"{gpkg}|layername={layer_name}", layer_name, "ogr")
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    counts = {}
    for feature in layer.getFeatures():
        context.setFeature(feature)
        matched = [key for key, text in rules if text != "ELSE" and QgsExpression(text).evaluate(context)]
        if not matched:
            matched = [key for key, text in rules if text == "ELSE"]
        for key in matched:
            counts[key] = counts.get(key, 0) + 1
    return counts


@pytest.fixture(scope="module")
def demo_web(processing_provider, demo_gpkg, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("web") / "strukturbild"
    result = processing.run("strukturbild:exportwebmap", {
        "STRUKTURBILD": str(demo_gpkg),
        "TITLE": "Strukturbild för gränsbygden",
        "SUBTITLE": "Östergötland, Jönköping och Kalmar <i>test</i>",
        "SOURCES": "SCB, Naturvårdsverket",
        "EXTENT_LAYER": f"{demo_gpkg}|layername=administrativ_indelning",
        "EXTENT_FILTER": COUNTIES,
        "OUTPUT_FOLDER": str(folder),
    })
    return folder, result


def test_folder_is_complete_small_and_local(demo_web):
    folder, result = demo_web
    assert Path(result["OUTPUT_FOLDER"]) == folder and Path(result["INDEX"]) == folder / "index.html"
    html = (folder / "index.html").read_text(encoding="utf-8")
    references = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert references, html
    for reference in references:
        assert "://" not in reference and not reference.startswith("/"), reference
        assert (folder / reference).is_file(), reference
    assert "<i>" not in html and "&lt;i&gt;test&lt;/i&gt;" in html  # the subtitle is text, never markup
    for name in ("vendor/ol/ol.js", "vendor/ol/ol.css", "vendor/ol/LICENSE.md", "vendor/ol/SOURCE.md", "app.js",
                 "symbols.js", "style.css", "LASMIG.txt"):
        assert (folder / name).is_file(), name
    assert "BSD 2-Clause" in (folder / "vendor/ol/LICENSE.md").read_text(encoding="utf-8")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert size < 5_000_000
    assert result["SIZE_MB"] == pytest.approx(size / 1e6, abs=0.01)
    assert "sourceMappingURL" not in (folder / "vendor/ol/ol.js").read_text(encoding="utf-8")[-200:]


def test_layers_and_legend_classes_are_those_with_features(demo_web, demo_gpkg):
    folder, result = demo_web
    config = read_config(folder)
    gpkg_layers = {name: QgsVectorLayer(f"{demo_gpkg}|layername={name}", name, "ogr").featureCount()
                   for name in ("administrativ_indelning", "landsbygdstypologi", "funktionell_region", "blastruktur",
                                "gronstruktur", "vardetrakt", "gransbygd", "utvecklingsomrade",
                                "transportinfrastruktur", "gront_samband", "utvecklingsstrak", "funktionellt_samband",
                                "gransoverskridande_samband", "bytespunkt", "nod")}
    assert {layer["id"] for layer in config["layers"]} == {name for name, n in gpkg_layers.items() if n}
    assert result["N_LAYERS"] == len(config["layers"])
    for layer in config["layers"]:
        expected = expected_classes(demo_gpkg, layer["id"])
        got = {cls["key"]: n for cls, n in zip(layer["style"]["classes"], layer["counts"]) if n}
        assert got == expected, layer["id"]
        features = read_layer(folder, layer["id"])
        assert len(features) == gpkg_layers[layer["id"]] == layer["n"]
    order = [layer["id"] for layer in config["layers"]]
    assert order.index("administrativ_indelning") < order.index("gronstruktur") < order.index("nod")
    groups = {layer["id"]: layer["group"] for layer in config["layers"]}
    assert groups["nod"] == "bebyggelse" and groups["funktionellt_samband"] == "kommunikation"
    assert groups["gronstruktur"] == "natur_friluftsliv" and groups["administrativ_indelning"] == "bakgrund"


def test_flow_widths_are_proportional_to_flow(demo_web, demo_gpkg):
    folder, _ = demo_web
    config = read_config(folder)
    layer = next(layer for layer in config["layers"] if layer["id"] == "funktionellt_samband")
    width_index = layer["style"]["classes"][0]["symbol"]["layers"][0]["dd"]["width"]
    source = QgsVectorLayer(f"{demo_gpkg}|layername=funktionellt_samband", "f", "ogr")
    rows = [(f["from_id"], f["to_id"], f["flode"], f["andel"]) for f in source.getFeatures()]
    flows = [flow for _, _, flow, _ in rows if flow is not None and flow != NULL]
    top = max(flows + [1])

    def width(flow, share):  # the style's expression, written out: 0.4-4 mm by flow, else by share, else 0.6 mm
        if flow is not None and flow != NULL:
            return 0.4 + 3.6 * min(max(flow / top, 0), 1)
        if share is not None and share != NULL:
            return 0.4 + 3.6 * min(max(share / 0.5, 0), 1)
        return 0.6

    expected = {(a, b): width(flow, share) for a, b, flow, share in rows}
    features = read_layer(folder, "funktionellt_samband")
    assert len(features) == len(rows)
    for item in features:
        key = (item["a"]["from_id"], item["a"]["to_id"])
        assert item["d"][width_index] == pytest.approx(expected[key], abs=1e-3), key
    # drawn widest first (the style's order-by), so that thin flows stay on top
    drawn = [item["a"].get("flode", item["a"].get("andel", 0)) for item in features]
    assert drawn == sorted(drawn, reverse=True)


def test_flow_widths_follow_a_flow_field(processing_provider, tmp_path):
    import processing

    flows = (2000.0, 100.0, 1000.0, 500.0)
    rows = [(f"LINESTRING({500000 + k * 1000} 6400000, {500000 + k * 1000} 6450000)",
             [f"a{k}", f"b{k}", flow, "arbetspendling"]) for k, flow in enumerate(flows)]
    _gpkg_layer(tmp_path / "funktionellt_samband.gpkg", "funktionellt_samband", "LineString", "EPSG:3006",
                ["from_id:string", "to_id:string", "flode:double", "samband_typ:string"], rows)
    folder = tmp_path / "web"
    processing.run("strukturbild:exportwebmap", {"LAYERS": [str(tmp_path / "funktionellt_samband.gpkg")],
                                                 "BACKGROUND": 0, "OUTPUT_FOLDER": str(folder)})
    (layer,) = read_config(folder)["layers"]
    body, head = layer["style"]["classes"][0]["symbol"]["layers"]
    features = read_layer(folder, layer["id"])
    assert [item["a"]["flode"] for item in features] == sorted(flows, reverse=True)  # widest drawn first
    for item in features:
        assert item["r"] == [0]  # arbetspendling
        assert item["d"][body["dd"]["width"]] == pytest.approx(0.4 + 3.6 * item["a"]["flode"] / 2000, abs=1e-3)
        head_size = item["d"][head["marker"]["layers"][0]["dd"]["size"]]
        assert head_size == pytest.approx(1.8 + 1.4 * item["d"][body["dd"]["width"]], abs=2e-3)


def test_nodes_popups_labels_and_search_fields(demo_web, demo_gpkg):
    folder, _ = demo_web
    config = read_config(folder)
    nod = next(layer for layer in config["layers"] if layer["id"] == "nod")
    fields = {field["name"]: field for field in nod["fields"]}
    assert fields["nodniva"]["title"] == {"sv": "Nodnivå", "en": "Node level"}
    assert [1, "Regional kärna", "Regional core"] in fields["nodniva"]["codes"]
    assert "id" not in fields and "plan_id" not in fields
    assert nod["search"] and nod["nameFields"] == ["namn"] and nod["searchRank"] == 0
    features = read_layer(folder, "nod")
    source = {f["namn"]: f for f in QgsVectorLayer(f"{demo_gpkg}|layername=nod", "n", "ogr").getFeatures()}
    linkoping = next(item for item in features if item["a"]["namn"] == "Linköping")
    assert linkoping["a"]["nodniva"] == source["Linköping"]["nodniva"] == 1
    assert nod["style"]["labels"][linkoping["l"]]["field"] == "namn"  # level 1 is labelled
    rural = next(item for item in features if item["a"].get("nodniva") == 4)
    assert "l" not in rural  # the style labels levels 1-3 only
    # the point, reprojected SWEREF 99 TM -> Web Mercator and rounded to the metre
    point = source["Linköping"].geometry()
    point.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3006"),
                                           QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance()))
    (x, y), = decode(linkoping["g"], config["pointGrid"])
    assert abs(x - point.asPoint().x()) <= 0.5 and abs(y - point.asPoint().y()) <= 0.5
    lon_lat_box = config["extent"]
    assert lon_lat_box[0] < x < lon_lat_box[2] and lon_lat_box[1] < y < lon_lat_box[3]


def test_levels_of_detail(demo_web):
    folder, _ = demo_web
    config = read_config(folder)
    admin = next(layer for layer in config["layers"] if layer["id"] == "administrativ_indelning")
    assert admin["lodCount"] == 3
    counts = [sum(len(part) for item in read_layer(folder, "administrativ_indelning") for poly in item["g"] or []
                  for part in poly)]
    for lod in (1, 2):
        name, level, geometries = read_call(folder / "data" / f"administrativ_indelning.{lod}.js", "lodData")
        assert (name, level) == ("administrativ_indelning", lod) and len(geometries) == admin["n"]
        counts.append(sum(len(part) for geometry in geometries for poly in geometry or [] for part in poly))
    assert counts[0] < counts[1] <= counts[2]
    assert not (folder / "data" / "nod.1.js").exists()  # points have one level


def test_english_page_xyz_background_and_pdf(processing_provider, demo_gpkg, tmp_path):
    import processing

    pdf = tmp_path / "Karta med mellanslag.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    folder = tmp_path / "web"
    processing.run("strukturbild:exportwebmap", {
        "STRUKTURBILD": str(demo_gpkg), "LANGUAGE": 1, "BACKGROUND": 2,
        "XYZ_URL": "https://tiles.example.org/{z}/{x}/{y}.png", "XYZ_ATTRIBUTION": "© Example",
        "PDF": str(pdf), "OUTPUT_FOLDER": str(folder)})
    config = read_config(folder)
    assert config["language"] == "en" and '<html lang="en">' in (folder / "index.html").read_text(encoding="utf-8")
    assert config["background"] == {"type": "xyz", "url": "https://tiles.example.org/{z}/{x}/{y}.png",
                                    "attribution": "© Example"}
    assert config["pdf"] == "Karta_med_mellanslag.pdf"
    assert (folder / config["pdf"]).read_bytes() == pdf.read_bytes()
    admin = next(layer for layer in config["layers"] if layer["id"] == "administrativ_indelning")
    for cls in admin["style"]["classes"]:
        fills = [layer for layer in cls["symbol"]["layers"] if layer["type"] == "fill"]
        assert fills and all(layer["color"] is None for layer in fills)  # boundaries only over the tiles
    assert config["mapBackground"] == "#ffffff"


def test_no_background_leaves_out_administrative_layers(processing_provider, demo_gpkg, tmp_path):
    import processing

    processing.run("strukturbild:exportwebmap", {"STRUKTURBILD": str(demo_gpkg), "BACKGROUND": 0,
                                                 "OUTPUT_FOLDER": str(tmp_path / "web")})
    ids = [layer["id"] for layer in read_config(tmp_path / "web")["layers"]]
    assert "administrativ_indelning" not in ids and "nod" in ids


def _gpkg_layer(path, name, geometry, crs, fields, rows):
    layer = QgsVectorLayer(f"{geometry}?crs={crs}&" + "&".join(f"field={f}" for f in fields), name, "memory")
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(), options)
    return QgsVectorLayer(f"{path}|layername={name}", name, "ogr")


def test_analysis_layer_with_its_own_graduated_style(processing_provider, tmp_path):
    import processing
    from strukturbild.strukturbild_plugin.compat import save_style_to_database

    rows = [(f"POLYGON(({x} 6480000, {x + 1000} 6480000, {x + 1000} 6481000, {x} 6481000, {x} 6480000))", [minutes])
            for x, minutes in ((530000, 3.0), (531000, 12.0), (532000, 14.0), (533000, 40.0))]
    layer = _gpkg_layer(tmp_path / "restid.gpkg", "restid", "Polygon", "EPSG:3006", ["restid_min:double"], rows)
    ranges = []
    for lower, upper, colour in ((0, 10, "#ffffcc"), (10, 20, "#fd8d3c"), (20, 60, "#bd0026")):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(colour))
        ranges.append(QgsRendererRange(lower, upper, symbol, f"{lower}–{upper} min"))
    layer.setRenderer(QgsGraduatedSymbolRenderer("restid_min", ranges))
    assert save_style_to_database(layer, "restid", "test") == ""
    folder = tmp_path / "web"
    processing.run("strukturbild:exportwebmap", {"LAYERS": [str(tmp_path / "restid.gpkg")], "BACKGROUND": 0,
                                                 "OUTPUT_FOLDER": str(folder)})
    config = read_config(folder)
    (entry,) = config["layers"]
    assert entry["group"] == "analys" and entry["key"] is None and entry["style"]["renderer"] == "graduated"
    assert [cls["label"]["sv"] for cls in entry["style"]["classes"]] == ["0–10 min", "10–20 min", "20–60 min"]
    assert entry["style"]["classes"][1]["symbol"]["layers"][0]["color"] == "rgba(253,141,60,1)"
    assert entry["counts"] == [1, 2, 1]
    by_value = {item["a"]["restid_min"]: item["r"] for item in read_layer(folder, entry["id"])}
    assert by_value == {3.0: [0], 12.0: [1], 14.0: [1], 40.0: [2]}


def _styled_points(path, name, renderer):
    from strukturbild.strukturbild_plugin.compat import save_style_to_database

    rows = [(f"POINT({530000 + k * 1000} 6480000)", [k]) for k in range(3)]
    layer = _gpkg_layer(path, name, "Point", "EPSG:3006", ["k:integer"], rows)
    layer.setRenderer(renderer)
    assert save_style_to_database(layer, name, "test") == ""
    return path


def test_svg_markers_embedded_or_replaced_and_unknown_renderers_drawn(processing_provider, tmp_path):
    import base64

    import processing
    from qgis.core import QgsHeatmapRenderer, QgsMarkerSymbol, QgsSingleSymbolRenderer, QgsSvgMarkerSymbolLayer

    def svg_renderer(svg):
        symbol = QgsMarkerSymbol()
        symbol.changeSymbolLayer(0, QgsSvgMarkerSymbolLayer(str(svg), 6))
        symbol.symbolLayer(0).setFillColor(QColor("#123456"))
        return QgsSingleSymbolRenderer(symbol)

    from qgis.core import QgsApplication

    qgis_svg = Path(QgsApplication.pkgDataPath()) / "svg" / "symbol" / "blue-marker.svg"  # QGIS's own SVG library
    outside = tmp_path / "elsewhere.svg"
    outside.write_text('<svg xmlns="http://www.w3.org/2000/svg"><circle r="5" fill="param(fill)"/></svg>',
                       encoding="utf-8")
    layers = [_styled_points(tmp_path / f"{name}.gpkg", name, renderer) for name, renderer in (
        ("skolor", svg_renderer(qgis_svg)), ("vardcentraler", svg_renderer(outside)), ("tathet", QgsHeatmapRenderer()))]
    folder = tmp_path / "web"
    feedback = Recorder()
    processing.run("strukturbild:exportwebmap", {"LAYERS": [str(p) for p in layers], "BACKGROUND": 0,
                                                 "OUTPUT_FOLDER": str(folder)}, feedback=feedback)
    config = {layer["id"]: layer for layer in read_config(folder)["layers"]}
    embedded = config["skolor"]["style"]["classes"][0]["symbol"]["layers"][0]
    assert embedded["type"] == "svg" and "path" not in embedded
    assert embedded["data"].startswith("data:image/svg+xml;base64,")
    assert b"<svg" in base64.b64decode(embedded["data"].split(",", 1)[1])
    replaced = config["vardcentraler"]["style"]["classes"][0]["symbol"]["layers"][0]
    assert replaced["type"] == "marker" and replaced["shape"] == "circle" and "data" not in replaced
    assert any("cannot be used on the web map" in w for w in feedback.warnings)
    heat = config["tathet"]
    assert heat["style"]["renderer"] == "unsupported" and heat["counts"] == [3]
    assert any("heatmapRenderer" in w for w in feedback.warnings)
    text = "".join(p.read_text(encoding="utf-8") for p in (folder / "data").glob("*.js"))
    assert str(tmp_path) not in text and QgsApplication.pkgDataPath() not in text  # no file path reaches the page


class Recorder:
    """A Processing feedback that keeps the warnings."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class _Recorder(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.warnings = []

            def pushWarning(self, text):
                self.warnings.append(text)
                super().pushWarning(text)

        return _Recorder()


@pytest.mark.parametrize("crs", ["EPSG:3067", "EPSG:25833"])
def test_layers_in_other_metric_crss_are_reprojected(processing_provider, demo_gpkg, tmp_path, crs):
    import processing

    source = QgsVectorLayer(f"{demo_gpkg}|layername=nod", "nod", "ogr")
    original = {f["namn"]: QgsGeometry(f.geometry()) for f in source.getFeatures()}
    processing.run("native:reprojectlayer", {"INPUT": source, "TARGET_CRS": crs,
                                             "OUTPUT": str(tmp_path / "nod.gpkg")})
    folder = tmp_path / "web"
    processing.run("strukturbild:exportwebmap", {"LAYERS": [str(tmp_path / "nod.gpkg")], "BACKGROUND": 0,
                                                 "OUTPUT_FOLDER": str(folder)})
    to_mercator = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3006"),
                                         QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())
    features = read_layer(folder, "nod")
    assert len(features) == len(original)
    for item in features[:20]:
        expected = QgsGeometry(original[item["a"]["namn"]])
        expected.transform(to_mercator)
        (x, y), = decode(item["g"], 1.0)
        assert QgsPointXY(x, y).distance(expected.asPoint()) < 2.0


# -- bad input: clear messages, nothing lost ----------------------------------------------------------------

@pytest.fixture
def kept_folder(tmp_path):
    """An output folder that already holds a web map's files: a failed run must leave them as they were."""
    folder = tmp_path / "web"
    (folder / "data").mkdir(parents=True)
    (folder / "index.html").write_text("earlier map", encoding="utf-8")
    (folder / "data" / "nod.js").write_text("earlier data", encoding="utf-8")
    return folder


def _unchanged(folder):
    assert (folder / "index.html").read_text(encoding="utf-8") == "earlier map"
    assert (folder / "data" / "nod.js").read_text(encoding="utf-8") == "earlier data"
    assert sorted(p.name for p in folder.rglob("*")) == ["data", "index.html", "nod.js"]


def test_geopackage_that_is_not_a_strukturbild(processing_provider, tmp_path, kept_folder):
    import processing

    _gpkg_layer(tmp_path / "other.gpkg", "vattenledningar", "LineString", "EPSG:3006", ["dim:int"],
                [("LINESTRING(500000 6400000, 501000 6401000)", [200])])
    with pytest.raises(QgsProcessingException, match="other.gpkg has no strukturbild element layers"):
        processing.run("strukturbild:exportwebmap", {"STRUKTURBILD": str(tmp_path / "other.gpkg"),
                                                     "OUTPUT_FOLDER": str(kept_folder)})
    _unchanged(kept_folder)


def test_empty_strukturbild(processing_provider, tmp_path, kept_folder):
    import processing

    processing.run("strukturbild:createstrukturbild", {"OUTPUT": str(tmp_path / "empty.gpkg")})
    with pytest.raises(QgsProcessingException, match="None of the given layers has any features"):
        processing.run("strukturbild:exportwebmap", {"STRUKTURBILD": str(tmp_path / "empty.gpkg"),
                                                     "OUTPUT_FOLDER": str(kept_folder)})
    _unchanged(kept_folder)


def test_folder_that_cannot_be_written(processing_provider, demo_gpkg, tmp_path):
    import processing

    blocker = tmp_path / "a file.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="is a file, not a folder"):
        processing.run("strukturbild:exportwebmap", {"STRUKTURBILD": str(demo_gpkg),
                                                     "OUTPUT_FOLDER": str(blocker / "web")})
    with pytest.raises(QgsProcessingException, match="which is a file, not a folder"):
        processing.run("strukturbild:exportwebmap", {"STRUKTURBILD": str(demo_gpkg), "OUTPUT_FOLDER": str(blocker)})
    assert blocker.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("url, message", [
    ("", "No XYZ tile address was given"),
    ("tiles.example.org/{z}/{x}/{y}.png", "must start with http:// or https://"),
    ("file:///srv/tiles/{z}/{x}/{y}.png", "must start with http:// or https://"),
    ("https://tiles.example.org/{z}/{y}.png", r"lacks \{x\}"),
])
def test_xyz_url_that_is_not_one(processing_provider, demo_gpkg, kept_folder, url, message):
    import processing

    with pytest.raises(QgsProcessingException, match=message):
        processing.run("strukturbild:exportwebmap", {"STRUKTURBILD": str(demo_gpkg), "BACKGROUND": 2,
                                                     "XYZ_URL": url, "OUTPUT_FOLDER": str(kept_folder)})
    _unchanged(kept_folder)


def test_pdf_that_is_not_a_pdf(processing_provider, demo_gpkg, tmp_path, kept_folder):
    import processing

    fake = tmp_path / "karta.pdf"
    fake.write_text("<html>not a pdf</html>", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="is not a PDF file"):
        processing.run("strukturbild:exportwebmap", {"STRUKTURBILD": str(demo_gpkg), "PDF": str(fake),
                                                     "OUTPUT_FOLDER": str(kept_folder)})
    _unchanged(kept_folder)


def test_nothing_given(processing_provider, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="Nothing to map"):
        processing.run("strukturbild:exportwebmap", {"OUTPUT_FOLDER": str(tmp_path / "web")})
    assert not (tmp_path / "web").exists()


def test_a_successful_run_replaces_only_its_own_files(processing_provider, demo_gpkg, kept_folder):
    import processing

    (kept_folder / "notes.txt").write_text("the region's own file", encoding="utf-8")
    processing.run("strukturbild:exportwebmap", {"STRUKTURBILD": str(demo_gpkg), "OUTPUT_FOLDER": str(kept_folder)})
    assert (kept_folder / "notes.txt").read_text(encoding="utf-8") == "the region's own file"
    assert "earlier map" not in (kept_folder / "index.html").read_text(encoding="utf-8")
    assert read_layer(kept_folder, "nod")
