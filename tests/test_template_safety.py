"""Shared templates and styles never leak a file or call out (issue 10 §2).

A .qpt or .qml in a region's shared library folder is someone else's file. Each test writes a hostile one into a
temporary library folder, runs `strukturbild:assemblemap` (or the panel) on it and checks three things: nothing
was read (a canary file's text or a magenta "secret" picture outside the library never reaches the map), nothing
was requested (a local HTTP server on 127.0.0.1 records zero requests), and the removal was reported in the run's
log and returned for the panel.
"""

import http.server
import os
import shutil
import subprocess
import threading
import time
import uuid

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsPrintLayout,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterFillSymbolLayer,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSettings,
    QgsSingleSymbolRenderer,
    QgsSvgMarkerSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from qgis.PyQt.QtGui import QColor, QImage
from strukturbild.strukturbild_plugin import schema
from strukturbild.strukturbild_plugin.library import BUNDLED_STYLES, BUNDLED_TEMPLATES

CANARY = "CANARY-5e1f0c7a-never-print-me"
ENV_SECRET = "ENVSECRET-93b1"
MAGENTA = QColor(255, 0, 255)
REMOTE_KEY = "strukturbild/allow_remote_resources"


# -- a local web server that counts requests -----------------------------------------------------------

def _png_bytes(colour, size=32):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(colour)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


SVG_BODY = (b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10">'
            b'<rect width="10" height="10" fill="#ff00ff"/></svg>')


class _Server:
    def __init__(self):
        self.requests = []
        png = _png_bytes(MAGENTA)
        requests = self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                requests.append(self.path)
                if self.path.endswith(".png"):
                    body, kind = png, "image/png"
                elif self.path.endswith(".svg"):
                    body, kind = SVG_BODY, "image/svg+xml"
                else:
                    body, kind = b"<html><body>REMOTE-PAGE</body></html>", "text/html"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            do_GET = do_POST = do_HEAD = _answer  # noqa: N815 - the names http.server calls

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, name):
        # a fresh path per use: QGIS's network cache never answers for the server
        return f"http://127.0.0.1:{self.port}/{uuid.uuid4().hex}/{name}"

    def settle(self):
        """Give late (asynchronous) requests the chance to arrive before the count is read."""
        for _ in range(10):
            QCoreApplication.processEvents()
            time.sleep(0.05)
        return list(self.requests)


@pytest.fixture
def server():
    running = _Server()
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


@pytest.fixture
def library_setting():
    """The panel saves the library folder it is given: restore the setting afterwards."""
    key = "strukturbild/library_folder"
    settings = QgsSettings()
    had, before = settings.contains(key), settings.value(key)
    yield
    if had:
        QgsSettings().setValue(key, before)
    else:
        QgsSettings().remove(key)


@pytest.fixture
def remote_setting():
    """Set the allow-remote setting for one test; the previous value is restored afterwards."""
    settings = QgsSettings()
    had = settings.contains(REMOTE_KEY)
    before = settings.value(REMOTE_KEY)

    def set_to(value):
        QgsSettings().setValue(REMOTE_KEY, value)

    set_to(False)
    yield set_to
    if had:
        QgsSettings().setValue(REMOTE_KEY, before)
    else:
        QgsSettings().remove(REMOTE_KEY)


# -- a shared library with hostile files ------------------------------------------------------------------

class Library:
    """tmp/library/templates/… plus, outside the library, tmp/outside/secret.png (magenta)."""

    def __init__(self, root):
        self.root = root
        self.folder = root / "library"
        self.templates = self.folder / "templates"
        self.styles = self.folder / "styles"
        self.templates.mkdir(parents=True)
        self.styles.mkdir()
        for name in ("north_arrow.svg", "strukturbild_logo.svg"):
            shutil.copy(BUNDLED_TEMPLATES / name, self.templates / name)
        self.canary = self.templates / "canary.txt"  # beside the template
        self.canary.write_text(CANARY, encoding="utf-8")
        self.outside = root / "outside"
        self.outside.mkdir()
        self.secret = self.outside / "secret.png"
        self.secret.write_bytes(_png_bytes(MAGENTA))
        (self.outside / "canary.txt").write_text(CANARY, encoding="utf-8")

    def template(self, name, snippet, base="A4_portrait.qpt"):
        text = (BUNDLED_TEMPLATES / base).read_text(encoding="utf-8")
        closing = text.rindex("</Layout>")
        (self.templates / f"{name}.qpt").write_text(text[:closing] + snippet + text[closing:], encoding="utf-8")
        return name


@pytest.fixture
def library(tmp_path):
    return Library(tmp_path)


def _attrs(**values):
    return " ".join(f'{key}="{value}"' for key, value in values.items())


def _escape(text):
    return (text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "&#10;"))


COMMON = dict(visibility="1", opacity="1", blendMode="0", frame="false", background="false", positionLock="false",
              referencePoint="0", itemRotation="0", excludeFromExports="0", groupUuid="", outlineWidthM="0.3,mm",
              frameJoinStyle="miter")


def _item(kind, position="20,40", size="150,100", children="", **extra):
    uid = "{" + str(uuid.uuid4()) + "}"
    attributes = dict(COMMON, type=str(kind), uuid=uid, templateUuid=uid, zValue="60", id=extra.pop("id", ""),
                      position=f"{position},mm", positionOnPage=f"{position},mm", size=f"{size},mm")
    attributes.update(extra)
    return f"<LayoutItem {_attrs(**attributes)}>{children}</LayoutItem>\n", uid


def html_item(html="", url="", mode=1, stylesheet="", stylesheet_enabled=False, evaluate=True):
    multi = "{" + str(uuid.uuid4()) + "}"
    frame, frame_uid = _item(65647, multiFrame=multi, multiFrameTemplateUuid=multi, sectionX="0", sectionY="0",
                             sectionWidth="150", sectionHeight="100", hideBackgroundIfEmpty="0", hidePageIfEmpty="0")
    attributes = dict(type="65648", uuid=multi, templateUuid=multi, contentMode=str(mode), url=_escape(url),
                      html=_escape(html), evaluateExpressions="true" if evaluate else "false",
                      useSmartBreaks="true", maxBreakDistance="10", stylesheet=_escape(stylesheet),
                      stylesheetEnabled="true" if stylesheet_enabled else "false", resizeMode="0")
    return frame + (f"<LayoutMultiFrame {_attrs(**attributes)}>"
                    f'<childFrame uuid="{frame_uid}" templateUuid="{frame_uid}"/></LayoutMultiFrame>\n')


def label_item(text, html=True, item_id="hostile_label"):
    snippet, _ = _item(65641, id=item_id, labelText=_escape(text), htmlState="1" if html else "0", halign="1",
                       valign="32", marginX="0", marginY="0",
                       children='<LabelFont description="DejaVu Sans,12,-1,5,50,0,0,0,0,0" style=""/>'
                                '<FontColor red="0" green="0" blue="0" alpha="255"/>')
    return snippet


def picture_item(source, item_id="hostile_picture", data_defined=None):
    children = ""
    if data_defined:
        children = ("<LayoutObject><dataDefinedProperties><Option type=\"Map\">"
                    "<Option type=\"QString\" name=\"name\" value=\"\"/><Option type=\"Map\" name=\"properties\">"
                    "<Option type=\"Map\" name=\"dataDefinedSource\">"
                    "<Option type=\"bool\" name=\"active\" value=\"true\"/>"
                    f"<Option type=\"QString\" name=\"expression\" value=\"{_escape(data_defined)}\"/>"
                    "<Option type=\"int\" name=\"type\" value=\"3\"/></Option></Option>"
                    "<Option type=\"QString\" name=\"type\" value=\"collection\"/></Option>"
                    "</dataDefinedProperties></LayoutObject>")
    snippet, _ = _item(65640, id=item_id, file=_escape(source), mode="2", resizeMode="0", pictureWidth="150",
                       pictureHeight="100", pictureRotation="0", anchorPoint="0", northMode="0", northOffset="0",
                       mapUuid="", svgFillColor="255,255,255,255", svgBorderColor="0,0,0,255", svgBorderWidth="0.2",
                       children=children)
    return snippet


def shape_item(layer_class, key, source):
    symbol = (f'<symbol type="fill" name="" alpha="1" clip_to_extent="1" force_rhr="0">'
              f'<layer class="{layer_class}" enabled="1" locked="0" pass="0">'
              f'<Option type="Map"><Option type="QString" name="{key}" value="{_escape(source)}"/>'
              f'<Option type="QString" name="width" value="20"/></Option>'
              f'<prop k="{key}" v="{_escape(source)}"/><prop k="width" v="20"/></layer></symbol>')
    snippet, _ = _item(65643, id="hostile_shape", shapeType="1", cornerRadiusMeasure="0,mm", children=symbol)
    return snippet


def arrow_item(marker):
    nodes = '<nodes><node x="20" y="40"/><node x="150" y="120"/></nodes>'
    symbol = ('<symbol type="line" name="" alpha="1" clip_to_extent="1" force_rhr="0">'
              '<layer class="SimpleLine" enabled="1" locked="0" pass="0"><prop k="line_width" v="1"/></layer>'
              '</symbol>')
    snippet, _ = _item(65645, id="hostile_arrow", markerMode="2", startMarkerMode="2", endMarkerFile=_escape(marker),
                       startMarkerFile=_escape(marker), arrowHeadWidth="20", outlineWidth="1",
                       arrowHeadFillColor="0,0,0,255", arrowHeadOutlineColor="0,0,0,255",
                       children=nodes + symbol)
    return snippet


# -- running the map ---------------------------------------------------------------------------------

class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.messages = []

    def pushWarning(self, message):
        self.messages.append(message)
        super().pushWarning(message)

    def reportError(self, message, fatalError=False):
        self.messages.append(message)
        super().reportError(message, fatalError)

    def pushInfo(self, message):
        self.messages.append(message)
        super().pushInfo(message)

    @property
    def log(self):
        return "\n".join(self.messages)


def _fields(key):
    # a few of the element type's fields: the style's ELSE rule draws the rest (a short memory URI; the
    # Processing base class treats a layer source as a possible file path)
    return "&".join(f"field={f.name}:{'string' if f.type == 'text' else 'integer'}"
                    for f in schema.element_type(key).fields[:3])


def node_layer():
    layer = QgsVectorLayer(f"Point?crs=EPSG:3006&{_fields('nod')}", "nod", "memory")
    features = []
    for x, y in ((500000, 6400000), (560000, 6460000), (530000, 6430000)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def green_layer():
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:3006&{_fields('gronstruktur')}", "gronstruktur", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(505000, 6405000, 555000, 6455000)))
    layer.dataProvider().addFeatures([feature])
    return layer


def run_map(run_algorithm, library, template, output, layers=None):
    feedback = RecordingFeedback()
    result = run_algorithm("strukturbild:assemblemap", {
        "LAYERS": layers or [node_layer()], "TEMPLATE": template, "STYLE_LIBRARY": str(library.folder),
        "OUTPUT": str(output)}, feedback=feedback)
    assert result["OUTPUT"] == str(output)
    return feedback


def pdf_text(path):
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def magenta_pixels(path):
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull()
    pointer = image.constBits()
    pointer.setsize(image.sizeInBytes())
    rows = np.frombuffer(pointer, np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = rows[:, :image.width() * 4].reshape(image.height(), image.width(), 4)  # B, G, R, A
    blue, green, red = pixels[..., 0].astype(int), pixels[..., 1].astype(int), pixels[..., 2].astype(int)
    return int(np.count_nonzero((red > 230) & (blue > 230) & (green < 40)))


def loaded_layout(library, template, allow_remote=False):
    """The template as the assembler loads it (sanitised), in a private project; returns (layout, removed)."""
    from strukturbild.strukturbild_plugin.library import StyleLibrary

    removed = []
    document, _ = StyleLibrary(library.folder, allow_remote=allow_remote).template_document(template, removed)
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.keep_project_alive = project  # a layout outliving its project crashes
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    assert ok
    return layout, removed


# -- HTML items ------------------------------------------------------------------------------------

def test_html_iframe_to_a_local_file_is_not_printed(run_algorithm, library, server, remote_setting, tmp_path):
    html = (f'<h1>Regional note KEEPME</h1><p>Second line &amp; more</p>'
            f'<iframe src="file://{library.canary.as_posix()}" width="500" height="300"></iframe>'
            f'<iframe src="file://{(library.outside / "canary.txt").as_posix()}"></iframe>'
            f'<object data="file://{library.canary.as_posix()}"></object>'
            f'<script>document.write("SCRIPT-RAN");</script>')
    template = library.template("iframe", html_item(html))
    out = tmp_path / "iframe.pdf"
    feedback = run_map(run_algorithm, library, template, out)

    text = pdf_text(out)
    assert CANARY not in text
    assert "SCRIPT-RAN" not in text
    assert "KEEPME" in text  # the HTML's own visible text is kept, as plain text
    assert server.settle() == []
    assert "HTML" in feedback.log and "iframe" in feedback.log


def test_html_javascript_and_stylesheets_make_no_request(run_algorithm, library, server, remote_setting, tmp_path):
    html = (f'<link rel="stylesheet" href="{server.url("linked.css")}">'
            f'<img src="{server.url("img.png")}">'
            f'<div style="background-image: url({server.url("bg.png")})">words</div>'
            f'<script>var x = new XMLHttpRequest(); x.open("GET", "{server.url("xhr")}", false); x.send();'
            f'var i = new Image(); i.src = "{server.url("js-image.png")}";'
            f'fetch && fetch("{server.url("fetch")}");</script>')
    snippet = html_item(html, stylesheet=f'@import url("{server.url("import.css")}"); body {{ color: red; }}',
                        stylesheet_enabled=True)
    template = library.template("javascript", snippet)
    feedback = run_map(run_algorithm, library, template, tmp_path / "js.pdf")
    assert server.settle() == []
    assert "HTML" in feedback.log


def test_url_mode_html_item_is_never_loaded(run_algorithm, library, server, remote_setting, tmp_path):
    remote_setting(True)  # even with remote pictures allowed, an HTML item never loads a web page
    page = server.url("page.html")
    template = library.template("urlmode", html_item(url=page, mode=0))
    out = tmp_path / "url.pdf"
    feedback = run_map(run_algorithm, library, template, out)
    assert server.settle() == []
    assert "REMOTE-PAGE" not in pdf_text(out)
    assert "HTML" in feedback.log and page in feedback.log


def test_html_label_is_printed_as_plain_text(run_algorithm, library, server, remote_setting, tmp_path):
    text = (f'<p>LABELWORDS <b>bold</b></p><img src="{server.url("label.png")}">'
            f'<iframe src="file://{library.canary.as_posix()}"></iframe>'
            f'<script>var x = new XMLHttpRequest(); x.open("GET", "{server.url("lxhr")}", false); x.send();</script>')
    template = library.template("htmllabel", label_item(text))
    out = tmp_path / "label.pdf"
    feedback = run_map(run_algorithm, library, template, out)
    printed = pdf_text(out)
    assert "LABELWORDS" in printed and CANARY not in printed
    assert server.settle() == []
    assert "hostile_label" in feedback.log

    layout, removed = loaded_layout(library, template)
    label = layout.itemById("hostile_label")
    assert label.mode() == label.ModeFont
    assert "<" not in label.text() and "LABELWORDS bold" in label.text()
    assert removed


# -- pictures and symbols --------------------------------------------------------------------------

def test_remote_picture_is_not_fetched(run_algorithm, library, server, remote_setting, tmp_path):
    picture = server.url("picture.png")
    template = library.template("remote_picture", picture_item(picture))
    out = tmp_path / "remote.png"
    feedback = run_map(run_algorithm, library, template, out)
    assert server.settle() == []
    assert magenta_pixels(out) == 0
    assert picture in feedback.log and "hostile_picture" in feedback.log
    assert loaded_layout(library, template)[0].itemById("hostile_picture").picturePath() == ""
    assert server.settle() == []


@pytest.mark.parametrize("case", ["absolute", "file_url", "traversal", "symlink", "svg_embeds_outside"])
def test_picture_outside_the_library_is_not_drawn(run_algorithm, library, server, remote_setting, tmp_path, case):
    if case == "absolute":
        source = library.secret.as_posix()
    elif case == "file_url":
        source = "file://" + library.secret.as_posix()
    elif case == "traversal":
        source = "{TEMPLATE_DIR}/../../outside/secret.png"
    elif case == "symlink":
        os.symlink(library.secret, library.templates / "region_logo.png")
        source = "{TEMPLATE_DIR}/region_logo.png"
    else:  # an SVG inside the library that draws the secret picture outside it
        (library.templates / "wrapper.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" '
            f'height="20" viewBox="0 0 20 20"><image width="20" height="20" xlink:href="{library.secret.as_posix()}"'
            '/></svg>', encoding="utf-8")
        source = "{TEMPLATE_DIR}/wrapper.svg"
    template = library.template(f"outside_{case}", picture_item(source))
    out = tmp_path / f"{case}.png"
    feedback = run_map(run_algorithm, library, template, out)
    assert magenta_pixels(out) == 0
    assert "hostile_picture" in feedback.log
    layout, removed = loaded_layout(library, template)
    assert layout.itemById("hostile_picture").picturePath() == ""
    assert any("hostile_picture" in entry for entry in removed)
    assert server.settle() == []


def test_control_a_picture_inside_the_library_is_drawn(run_algorithm, library, remote_setting, tmp_path):
    """Control for the test above: the same magenta picture, kept inside the library folder, is drawn."""
    shutil.copy(library.secret, library.templates / "region_logo.png")
    template = library.template("inside", picture_item("{TEMPLATE_DIR}/region_logo.png"))
    out = tmp_path / "inside.png"
    feedback = run_map(run_algorithm, library, template, out)
    assert magenta_pixels(out) > 1000
    assert "hostile_picture" not in feedback.log


def test_data_defined_picture_source_is_removed(run_algorithm, library, server, remote_setting, tmp_path):
    expression = f"'{server.url('dd.png')}'"
    template = library.template("dd", picture_item("", data_defined=expression) +
                                picture_item("", item_id="dd_local",
                                             data_defined=f"'{library.secret.as_posix()}'"))
    out = tmp_path / "dd.png"
    feedback = run_map(run_algorithm, library, template, out)
    assert server.settle() == []
    assert magenta_pixels(out) == 0
    assert "hostile_picture" in feedback.log and "dd_local" in feedback.log
    layout, _ = loaded_layout(library, template)
    item = layout.itemById("hostile_picture")
    assert not item.dataDefinedProperties().isActive(item.PictureSource)


@pytest.mark.parametrize("layer_class, key", [("SVGFill", "svgFile"), ("RasterFill", "imageFile")])
def test_layout_symbols_take_no_remote_or_outside_file(run_algorithm, library, server, remote_setting, tmp_path,
                                                       layer_class, key):
    remote = server.url("fill.svg" if layer_class == "SVGFill" else "fill.png")
    template = library.template(f"shape_{layer_class}", shape_item(layer_class, key, remote) +
                                shape_item(layer_class, key, library.secret.as_posix()) +
                                arrow_item(server.url("arrow.svg")))
    out = tmp_path / f"{layer_class}.png"
    feedback = run_map(run_algorithm, library, template, out)
    assert server.settle() == []
    assert magenta_pixels(out) == 0
    assert remote in feedback.log and library.secret.as_posix() in feedback.log
    assert "hostile_arrow" in feedback.log


def test_expressions_that_read_files_or_the_environment_are_disabled(run_algorithm, library, remote_setting,
                                                                     tmp_path, monkeypatch):
    monkeypatch.setenv("STRUKTURBILD_TEST_SECRET", ENV_SECRET)
    text = ("Env [% env('STRUKTURBILD_TEST_SECRET') %] / "
            f"[% ENV ( 'STRUKTURBILD_TEST_SECRET' ) %] exists [% file_exists('{library.canary.as_posix()}') %]")
    template = library.template("expressions", label_item(text, html=False, item_id="expression_label"))
    out = tmp_path / "expressions.pdf"
    feedback = run_map(run_algorithm, library, template, out)
    printed = pdf_text(out)
    assert ENV_SECRET not in printed
    assert "true" not in printed.split("exists")[-1][:20]
    assert "env" in feedback.log and "file_exists" in feedback.log


def marker_item(item_id, layer_class, key, source, data_defined=None):
    dd = ""
    if data_defined:
        dd = ('<data_defined_properties><Option type="Map"><Option type="Map" name="properties">'
              f'<Option type="Map" name="{key}"><Option type="bool" name="active" value="true"/>'
              f'<Option type="QString" name="expression" value="{_escape(data_defined)}"/>'
              '<Option type="int" name="type" value="3"/></Option></Option></Option></data_defined_properties>')
    symbol = (f'<symbol type="marker" name="" alpha="1" clip_to_extent="1" force_rhr="0">'
              f'<layer class="{layer_class}" enabled="1" locked="0" pass="0"><Option type="Map">'
              f'<Option type="QString" name="{key}" value="{_escape(source)}"/>'
              f'<Option type="QString" name="size" value="30"/></Option>{dd}</layer></symbol>')
    snippet, _ = _item(65653, id=item_id, size="40,40", children=symbol)
    return snippet


def test_many_kinds_of_reference_in_one_template(run_algorithm, library, server, remote_setting, tmp_path,
                                                 monkeypatch):
    """Variants of each class at once: every one is removed and reported, nothing is read or requested."""
    monkeypatch.setenv("STRUKTURBILD_TEST_SECRET", ENV_SECRET)
    outside_svg = library.outside / "secret.svg"
    outside_svg.write_bytes(SVG_BODY)
    web = {name: server.url(name) for name in ("background.svg", "marker.svg", "dd_marker.svg", "spaced.png",
                                                "page.html", "label.png", "raster.png")}
    text = (BUNDLED_TEMPLATES / "A4_portrait.qpt").read_text(encoding="utf-8")
    # the scale bar's text background: an SVG at a web address
    text = text.replace('shapeDraw="0"', 'shapeDraw="1"', 1).replace(
        'shapeType="0" shapeSVGFile=""', f'shapeType="5" shapeSVGFile="{web["background.svg"]}"', 1)
    assert web["background.svg"] in text
    snippets = [
        marker_item("svg_marker", "SvgMarker", "name", web["marker.svg"]),
        marker_item("dd_marker", "SvgMarker", "name", "", data_defined=f"'{web['dd_marker.svg']}'"),
        marker_item("raster_marker", "RasterMarker", "imageFile", web["raster.png"]),
        marker_item("outside_marker", "SvgMarker", "name", "../../outside/secret.svg"),
        picture_item("  " + web["spaced.png"], item_id="spaced"),
        picture_item("../../outside/secret.png", item_id="relative"),
        shape_item("RasterFill", "imageFile", "{TEMPLATE_DIR}/../../outside/secret.png"),
        arrow_item(outside_svg.as_posix()),
        label_item(f'<img src="file://{library.secret.as_posix()}"><img src="{web["label.png"]}">'
                   "[% env('STRUKTURBILD_TEST_SECRET') %]", item_id="html_label_2"),
        label_item("A [% eval('en' || 'v(''STRUKTURBILD_TEST_SECRET'')') %] "
                   "B [% env/* c */('STRUKTURBILD_TEST_SECRET') %]", html=False, item_id="eval_label"),
    ]
    # an HTML item without a content mode (QGIS then loads its URL)
    frame = html_item(url=web["page.html"]).replace(' contentMode="1"', "")
    closing = text.rindex("</Layout>")
    (library.templates / "battery.qpt").write_text(text[:closing] + "".join(snippets) + frame + text[closing:],
                                                   encoding="utf-8")
    out = tmp_path / "battery.png"
    feedback = run_map(run_algorithm, library, "battery", out)
    assert server.settle() == []
    assert magenta_pixels(out) == 0
    log = feedback.log
    for item_id in ("svg_marker", "dd_marker", "raster_marker", "outside_marker", "spaced", "relative",
                    "hostile_shape", "hostile_arrow", "html_label_2", web["page.html"], web["background.svg"]):
        assert item_id in log, item_id
    assert "eval" in log and "env" in log
    pdf = tmp_path / "battery.pdf"
    run_map(run_algorithm, library, "battery", pdf)
    assert ENV_SECRET not in pdf_text(pdf)
    assert server.settle() == []


# -- shared styles ----------------------------------------------------------------------------------

def _save_style(layer, path, replace=None):
    message, ok = layer.saveNamedStyle(str(path))
    assert ok, message
    if replace:  # put the hostile reference in by hand: QGIS fetches a remote SVG as soon as it makes the symbol
        text = path.read_text(encoding="utf-8")
        assert replace[0] in text
        path.write_text(text.replace(replace[0], replace[1]), encoding="utf-8")


def test_shared_style_with_remote_svg_and_outside_raster_fill(run_algorithm, library, server, remote_setting,
                                                              tmp_path):
    local = library.styles / "local.svg"
    local.write_bytes(SVG_BODY)
    remote = server.url("marker.svg")
    nodes = node_layer()
    marker = QgsMarkerSymbol()
    marker.changeSymbolLayer(0, QgsSvgMarkerSymbolLayer(local.as_posix(), 8))
    nodes.setRenderer(QgsSingleSymbolRenderer(marker))
    _save_style(nodes, library.styles / "nod.qml", (local.as_posix(), remote))

    green = green_layer()
    fill = QgsFillSymbol()
    fill.changeSymbolLayer(0, QgsRasterFillSymbolLayer(library.secret.as_posix()))
    green.setRenderer(QgsSingleSymbolRenderer(fill))
    _save_style(green, library.styles / "gronstruktur.qml")

    out = tmp_path / "styles.png"
    feedback = run_map(run_algorithm, library, "A4_portrait", out, layers=[node_layer(), green_layer()])
    assert server.settle() == []
    assert magenta_pixels(out) == 0
    assert remote in feedback.log and library.secret.as_posix() in feedback.log


def test_shared_style_labels_fetch_nothing_and_print_no_secret(run_algorithm, library, server, remote_setting,
                                                                tmp_path, monkeypatch):
    monkeypatch.setenv("STRUKTURBILD_TEST_SECRET", ENV_SECRET)
    background = server.url("label_background.svg")
    text = (BUNDLED_STYLES / "nod.qml").read_text(encoding="utf-8")
    text = (text.replace('shapeDraw="0"', 'shapeDraw="1"').replace('shapeType="0"', 'shapeType="5"')
            .replace('shapeSVGFile=""', f'shapeSVGFile="{background}"')
            .replace('fieldName="namn"', "fieldName=\"'Label ' || env('STRUKTURBILD_TEST_SECRET')\"")
            .replace('isExpression="0"', 'isExpression="1"'))
    (library.styles / "nod.qml").write_text(text, encoding="utf-8")
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=nodniva:integer&field=namn:string", "nod", "memory")
    for x, y in ((500000, 6400000), (560000, 6460000)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([1, "Ort"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        layer.dataProvider().addFeatures([feature])
    out = tmp_path / "labels.pdf"
    feedback = run_map(run_algorithm, library, "A4_portrait", out, layers=[layer])
    assert server.settle() == []
    assert ENV_SECRET not in pdf_text(out)
    assert background in feedback.log and "env()" in feedback.log


def test_saved_default_style_of_an_analysis_layer_is_checked_too(run_algorithm, library, server, remote_setting,
                                                                 tmp_path):
    """An analysis layer drawn with the style saved beside it (someone else's file, too) fetches nothing."""
    local = tmp_path / "local.svg"
    local.write_bytes(SVG_BODY)
    remote = server.url("analysis.svg")
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=restid:double", "Restid", "memory")
    for x, y in ((500000, 6400000), (560000, 6460000)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        layer.dataProvider().addFeatures([feature])
    path = tmp_path / "restid.geojson"
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GeoJSON"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    analysis = QgsVectorLayer(str(path), "Restid", "ogr")
    marker = QgsMarkerSymbol()
    marker.changeSymbolLayer(0, QgsSvgMarkerSymbolLayer(local.as_posix(), 6))
    analysis.setRenderer(QgsSingleSymbolRenderer(marker))
    _save_style(analysis, tmp_path / "restid.qml", (local.as_posix(), remote))

    out = tmp_path / "analysis.png"
    unstyled = QgsVectorLayer.LayerOptions()
    unstyled.loadDefaultStyle = False  # as Processing opens a file given to qgis_process
    feedback = run_map(run_algorithm, library, "A4_portrait", out,
                       layers=[node_layer(), QgsVectorLayer(str(path), "Restid", "ogr", unstyled)])
    assert server.settle() == []
    assert remote in feedback.log


def test_sanitise_qml_resource_paths(qgis_app, library, remote_setting):
    from strukturbild.strukturbild_plugin.library import sanitise_qml

    text = (BUNDLED_STYLES / "nod.qml").read_text(encoding="utf-8")
    hostile = []
    for name, value in (("svg", "http://127.0.0.1:9/x.svg"), ("unc", r"\\server\share\x.svg"),
                        ("unc2", "//server/share/x.svg"), ("traversal", "../../outside/secret.png"),
                        ("fileurl", "file://server/share/x.svg"), ("ftp", "ftp://example.org/x.svg")):
        hostile.append((name, value))
    layers = "".join(
        f'<layer class="SvgMarker" enabled="1" locked="0" pass="0"><Option type="Map">'
        f'<Option type="QString" name="name" value="{_escape(value)}"/></Option>'
        f'<prop k="name" v="{_escape(value)}"/></layer>' for _, value in hostile)
    symbol = f'<symbol type="marker" name="hostile" alpha="1" clip_to_extent="1" force_rhr="0">{layers}</symbol>'
    hostile_text = text.replace("<symbols>", "<symbols>" + symbol, 1)
    clean, removed = sanitise_qml(hostile_text, folder=library.styles, roots=[library.folder])
    for _, value in hostile:
        assert _escape(value) not in clean
        assert any(value in entry for entry in removed), value
    # embedded data and the library's own files stay
    (library.styles / "mark.svg").write_text(SVG_BODY.decode(), encoding="utf-8")
    own = text.replace("<symbols>", "<symbols>" + symbol.replace(_escape(hostile[0][1]), "mark.svg"), 1)
    clean, removed = sanitise_qml(own, folder=library.styles, roots=[library.folder])
    assert (library.styles / "mark.svg").resolve().as_posix() in clean


# -- what stays: the bundled library and remote pictures a region allows ----------------------------

@pytest.mark.parametrize("name", ["A3_landscape", "A4_portrait", "presentation_16x9"])
def test_bundled_templates_are_unchanged(qgis_app, name, remote_setting):
    from strukturbild.strukturbild_plugin.library import StyleLibrary

    removed = []
    document, path = StyleLibrary("").template_document(name, removed)
    assert removed == []
    project = QgsProject()
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    assert ok
    for item_id, file_name in (("logo", "strukturbild_logo.svg"), ("north_arrow", "north_arrow.svg")):
        picture = layout.itemById(item_id).picturePath()
        assert os.path.samefile(picture, BUNDLED_TEMPLATES / file_name), (item_id, picture)


def test_remote_picture_is_kept_when_the_region_allows_it(run_algorithm, library, server, remote_setting, tmp_path):
    remote_setting(True)
    picture = server.url("allowed.png")
    template = library.template("allowed", picture_item(picture))
    out = tmp_path / "allowed.png"
    feedback = run_map(run_algorithm, library, template, out)
    assert any(picture.endswith(path) for path in server.settle())
    assert "hostile_picture" not in feedback.log
    assert magenta_pixels(out) > 1000


def test_remote_svg_in_a_layer_style_is_refused_before_export(qgis_app, library, server, remote_setting, tmp_path):
    """Second line: a project layer drawn with the style the user gave it (never sanitised) may not fetch either;
    the map is refused before anything is drawn."""
    from strukturbild.strukturbild_plugin.assembler import AssemblyError, ElementLayer, MapAssembler, MapSettings
    from strukturbild.strukturbild_plugin.library import StyleLibrary

    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=restid:double", "Restid", "memory")
    for x, y in ((500000, 6400000), (560000, 6460000)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        layer.dataProvider().addFeatures([feature])
    marker = QgsMarkerSymbol()
    remote = server.url("own.svg")
    marker.changeSymbolLayer(0, QgsSvgMarkerSymbolLayer(remote, 6))  # QGIS fetches it here, in the user's project
    layer.setRenderer(QgsSingleSymbolRenderer(marker))
    QgsProject.instance().addMapLayer(layer)
    before = server.settle()
    try:
        assembler = MapAssembler(StyleLibrary(library.folder), QgsProject())
        with pytest.raises(AssemblyError, match="own.svg"):
            assembler.build([ElementLayer(node_layer(), "nod"), ElementLayer(layer, None)],
                            MapSettings(template="A4_portrait"))
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert server.settle() == before


# -- the panel -------------------------------------------------------------------------------------

def test_panel_reports_the_removals(qgis_iface, qgis_app, library, server, remote_setting, library_setting, tmp_path,
                                    monkeypatch):
    from strukturbild.strukturbild_plugin.dock import StrukturbildDock

    picture = server.url("panel.png")
    template = library.template("panel", picture_item(picture) + html_item("<p>PANELTEXT</p>"))
    layer = node_layer()
    QgsProject.instance().addMapLayer(layer)
    dock = StrukturbildDock(qgis_iface)
    messages = []
    monkeypatch.setattr(dock, "_message", lambda text, level=None: messages.append(text))
    try:
        dock.library_widget.setFilePath(str(library.folder))
        dock.template_combo.setCurrentText(template)
        dock.use_layers.setChecked(True)
        dock.refresh_layers()
        out = tmp_path / "panel.pdf"
        assert dock.export(str(out)) == str(out)
        assert dock.allow_remote_check.isChecked() is False
    finally:
        dock.close()
        QgsProject.instance().removeAllMapLayers()
    assert server.settle() == []
    shown = "\n".join(messages)
    assert picture in shown and "HTML" in shown
    assert any(picture in warning for warning in dock.last_warnings)


def test_panel_checkbox_is_the_setting(qgis_iface, qgis_app, remote_setting):
    from strukturbild.strukturbild_plugin.dock import StrukturbildDock
    from strukturbild.strukturbild_plugin.library import remote_resources_allowed

    dock = StrukturbildDock(qgis_iface)
    try:
        assert not dock.allow_remote_check.isChecked()
        dock.allow_remote_check.setChecked(True)
        assert remote_resources_allowed()
        dock.allow_remote_check.setChecked(False)
        assert not remote_resources_allowed()
    finally:
        dock.close()
