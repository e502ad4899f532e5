"""strukturbild:publishproject: the demo strukturbild as a QGIS project that QGIS Server serves (issue 11 §2).

The project is published from the demo GeoPackage and an analysis layer kept in other folders (both copied
beside the project), reopened in a fresh QgsProject, reopened again after its folder was copied elsewhere, and
served by Debian's qgis_mapserver on 127.0.0.1: WMS, WFS and OGC API Features answer with the published layers.
"""

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsLayerTreeGroup,
    QgsLayoutItemMap,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

TITLE = "Strukturbild för gränsbygden"
GROUPS = ["Bebyggelse", "Kommunikationer", "Natur och friluftsliv", "Analyser", "Underlag"]


def run(parameters):
    import processing

    return processing.run("strukturbild:publishproject", parameters)


def snapshot(folder):
    """{relative path: bytes} of every file under ``folder``."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(Path(folder).rglob("*"))
            if path.is_file()}


def feature_counts(gpkg):
    from osgeo import ogr

    dataset = ogr.Open(str(gpkg))
    counts = {dataset.GetLayerByIndex(k).GetName(): dataset.GetLayerByIndex(k).GetFeatureCount()
              for k in range(dataset.GetLayerCount())}
    dataset = None
    return counts


def write_analysis_layer(path):
    """A small analysis output with a saved default style of its own (as every Strukturbild algorithm's output
    has): three travel-time cells."""
    from strukturbild.processing_algorithms.base import minutes_renderer
    from strukturbild.strukturbild_plugin.compat import make_field, save_style_to_database

    memory = QgsVectorLayer("Polygon?crs=EPSG:3006", "restid", "memory")
    memory.dataProvider().addAttributes([make_field("cell", "text"), make_field("minutes", "real")])
    memory.updateFields()
    features = []
    for k, minutes in enumerate((5.0, 20.0, 50.0)):
        feature = QgsFeature(memory.fields())
        x, y = 530000 + k * 5000, 6470000
        feature.setGeometry(QgsGeometry.fromRect(QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(2000, 1)
                                                 .boundingBox()))
        feature.setAttributes([f"ruta {k}", minutes])
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "restid"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    layer = QgsVectorLayer(str(path), "restid", "ogr")
    layer.setRenderer(minutes_renderer(layer, "minutes"))
    assert save_style_to_database(layer, "restid", "Strukturbild") == ""
    del layer
    return path


@pytest.fixture(scope="module")
def published(processing_provider, demo_gpkg, tmp_path_factory):
    analysis = write_analysis_layer(tmp_path_factory.mktemp("analys") / "restid.gpkg")
    site = tmp_path_factory.mktemp("site")
    (site / "anteckningar.txt").write_text("the region's own notes", encoding="utf-8")
    output = site / "strukturbild_demo.qgz"
    result = run({"STRUKTURBILD": str(demo_gpkg), "LAYERS": [str(analysis)], "TITLE": TITLE,
                  "ABSTRACT": "Noder, stråk och samband i tre län.", "ORGANIZATION": "Region Demo",
                  "PERSON": "Planeraren", "EMAIL": "plan@example.org", "SOURCES": "SCB", "OUTPUT": str(output)})
    return output, result, analysis


def server_names(layer):
    """(short name, title) of a layer: on its server properties from QGIS 3.38 on, on the layer before."""
    properties = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    source = properties if properties is not None and hasattr(properties, "shortName") else layer
    return source.shortName(), source.title()


def read_project(path):
    project = QgsProject()
    assert project.read(str(path)), project.error()
    return project


def test_project_and_data_are_written_beside_each_other(published, demo_gpkg):
    output, result, analysis = published
    assert result["OUTPUT"] == str(output)
    data = output.parent / "strukturbild_demo_data"
    assert sorted(path.name for path in data.iterdir()) == ["restid.gpkg", "strukturbild_demo.gpkg"]
    assert feature_counts(data / "strukturbild_demo.gpkg") == feature_counts(demo_gpkg)
    assert (output.parent / "anteckningar.txt").read_text(encoding="utf-8") == "the region's own notes"
    assert not [path for path in output.parent.iterdir() if path.name.startswith(".")]  # no staging left
    from strukturbild.strukturbild_plugin.publish import project_sources

    sources = [source for provider, source in project_sources(output) if provider == "ogr"]
    assert sources and all(source.startswith("./strukturbild_demo_data/") for source in sources), sources


def test_reopened_project_has_valid_grouped_swedish_layers(published, demo_gpkg):
    output, result, _ = published
    project = read_project(output)
    layers = list(project.mapLayers().values())
    non_empty = {name for name, count in feature_counts(demo_gpkg).items() if count and name != "layer_styles"}
    assert len(layers) == len(non_empty) + 1 == result["N_LAYERS"]
    assert all(layer.isValid() for layer in layers)
    for layer in layers:  # read from the copies beside the project
        assert Path(layer.source().split("|")[0]).resolve().parent == (output.parent / "strukturbild_demo_data")
    root = project.layerTreeRoot()
    groups = [node.name() for node in root.children() if isinstance(node, QgsLayerTreeGroup)]
    assert groups == GROUPS
    names = {layer.name() for layer in layers}
    assert {"Nod", "Funktionellt samband", "Utvecklingsstråk", "Grönstruktur", "Administrativ indelning"} <= names
    assert [node.layer().name() for node in root.findGroup("Underlag").findLayers()] == ["Administrativ indelning"]
    assert [node.layer().name() for node in root.findGroup("Analyser").findLayers()] == ["Restid"]
    order = [layer.name() for layer in root.customLayerOrder()]
    assert order.index("Nod") < order.index("Funktionellt samband") < order.index("Administrativ indelning")


def test_reopened_project_has_aliases_value_maps_and_feature_info(published):
    output, _, _ = published
    project = read_project(output)
    nod = project.mapLayersByName("Nod")[0]
    index = nod.fields().indexOf("nodniva")
    assert nod.attributeAlias(index) == "Nodnivå"
    setup = nod.editorWidgetSetup(index)
    assert setup.type() == "ValueMap"
    assert {"Regional kärna": 1} in setup.config()["map"]
    assert nod.attributeAlias(nod.fields().indexOf("vagledning")) == "Vägledning"
    assert nod.displayExpression() == '"namn"'
    assert server_names(nod) == ("nod", "Nod")
    assert "[%" in nod.mapTipTemplate() and "namn" in nod.mapTipTemplate()
    samband = project.mapLayersByName("Funktionellt samband")[0]
    assert "from_namn" in samband.displayExpression() and "to_namn" in samband.displayExpression()


def test_reopened_project_has_layouts_drawing_its_own_layers(published):
    from strukturbild.strukturbild_plugin.library import StyleLibrary

    output, result, _ = published
    project = read_project(output)
    layouts = project.layoutManager().printLayouts()
    templates = set(StyleLibrary(None).templates())
    assert result["N_LAYOUTS"] == len(layouts) == len(templates)
    assert {layout.name() for layout in layouts} == {f"{TITLE} – {name}" for name in templates}
    own = set(project.mapLayers())
    for layout in layouts:
        main_map = layout.itemById("main_map")
        assert isinstance(main_map, QgsLayoutItemMap)
        drawn = [layer.id() for layer in main_map.layers()]
        assert drawn and set(drawn) <= own, layout.name()
        assert layout.itemById("title").text() == TITLE
        legend = layout.itemById("legend")
        assert {node.layerId() for node in legend.model().rootGroup().findLayers()} <= own
        picture = layout.itemById("north_arrow")
        assert picture.picturePath().startswith("base64:")  # embedded: nothing outside the folder


def test_reopened_project_has_service_settings(published):
    output, _, _ = published
    project = read_project(output)
    assert project.readEntry("WMSServiceTitle", "/")[0] == TITLE
    assert project.readEntry("WMSServiceAbstract", "/")[0] == "Noder, stråk och samband i tre län."
    assert project.readEntry("WMSContactOrganization", "/")[0] == "Region Demo"
    assert project.readEntry("WMSContactPerson", "/")[0] == "Planeraren"
    assert project.readEntry("WMSContactMail", "/")[0] == "plan@example.org"
    assert project.readBoolEntry("WMSServiceCapabilities", "/")[0]
    crs_list = project.readListEntry("WMSCrsList", "/")[0]
    assert {"EPSG:3006", "EPSG:3857", "EPSG:4326"} <= set(crs_list)
    extent = [float(value) for value in project.readListEntry("WMSExtent", "/")[0]]
    assert len(extent) == 4 and extent[0] < extent[2] and extent[1] < extent[3]
    assert set(project.readListEntry("WFSLayers", "/")[0]) == set(project.mapLayers())
    assert project.readBoolEntry("WMSFeatureInfoUseAttributeFormSettings", "/")[0]
    assert project.readBoolEntry("WMSAddWktGeometry", "/")[0]
    assert project.crs().authid() == "EPSG:3006"


def test_copied_folder_still_opens_every_layer(published, tmp_path):
    output, _, _ = published
    elsewhere = tmp_path / "server" / "strukturbild"
    shutil.copytree(output.parent, elsewhere)
    project = read_project(elsewhere / output.name)
    layers = list(project.mapLayers().values())
    assert layers and all(layer.isValid() for layer in layers)
    for layer in layers:
        assert Path(layer.source().split("|")[0]).resolve().is_relative_to(elsewhere.resolve())


def test_data_inside_the_folder_is_used_where_it_is(processing_provider, demo_gpkg, tmp_path):
    shutil.copy2(demo_gpkg, tmp_path / "strukturbild.gpkg")
    result = run({"STRUKTURBILD": str(tmp_path / "strukturbild.gpkg"), "OUTPUT": str(tmp_path / "plan.qgs")})
    assert result["OUTPUT"] == str(tmp_path / "plan.qgs")
    assert not (tmp_path / "plan_data").exists()
    from strukturbild.strukturbild_plugin.publish import project_sources

    assert all(source.startswith("./strukturbild.gpkg|") for provider, source in project_sources(tmp_path / "plan.qgs")
               if provider == "ogr")
    project = read_project(tmp_path / "plan.qgs")
    assert all(layer.isValid() for layer in project.mapLayers().values())


def test_paths_relative_to_the_working_folder(processing_provider, demo_gpkg, tmp_path, monkeypatch):
    """qgis_process passes paths as typed: relative to the folder it runs in."""
    (tmp_path / "in").mkdir()
    shutil.copy2(demo_gpkg, tmp_path / "in" / "strukturbild.gpkg")
    monkeypatch.chdir(tmp_path)
    run({"STRUKTURBILD": "in/strukturbild.gpkg", "OUTPUT": "ut/plan.qgz"})
    monkeypatch.chdir("/")
    project = read_project(tmp_path / "ut" / "plan.qgz")
    layers = list(project.mapLayers().values())
    assert layers and all(layer.isValid() for layer in layers)
    for layer in layers:
        assert Path(layer.source().split("|")[0]).resolve() == (tmp_path / "ut" / "plan_data" / "strukturbild.gpkg")


def test_output_through_a_symbolic_link(processing_provider, demo_gpkg, tmp_path):
    """QGIS makes paths relative to the project's canonical folder: a linked folder must give './…' paths too."""
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    run({"STRUKTURBILD": str(demo_gpkg), "OUTPUT": str(tmp_path / "link" / "plan.qgz")})
    from strukturbild.strukturbild_plugin.publish import project_sources

    assert all(source.startswith("./plan_data/strukturbild_demo.gpkg|")
               for _, source in project_sources(tmp_path / "real" / "plan.qgz"))
    project = read_project(tmp_path / "real" / "plan.qgz")
    assert all(layer.isValid() for layer in project.mapLayers().values())


def test_map_tip_escapes_names():
    from qgis.core import QgsExpressionContext, QgsExpressionContextScope, QgsExpressionContextUtils
    from strukturbild.strukturbild_plugin.publish import map_tip

    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=namn:string", "nod", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(['<script>alert("x")</script> & Co'])
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    scope = QgsExpressionContextScope()
    scope.setFeature(feature)
    context.appendScope(scope)
    from qgis.core import QgsExpression

    text = QgsExpression.replaceExpressionText(map_tip('"namn"', "Nod <1>"), context)
    assert "<script>" not in text and "Nod <1>" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in text and "Nod &lt;1&gt;" in text


# -- bad input: clear messages, nothing written or lost ------------------------------------------------------

def test_not_a_strukturbild_is_refused(processing_provider, tmp_path):
    other = QgsVectorLayer("Point?crs=EPSG:3006&field=fastighet:string", "fastigheter", "memory")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "fastigheter"
    QgsVectorFileWriter.writeAsVectorFormatV3(other, str(tmp_path / "fastigheter.gpkg"),
                                              QgsProject.instance().transformContext(), options)
    (tmp_path / "text.gpkg").write_text("not a GeoPackage", encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException) as error:
        run({"STRUKTURBILD": str(tmp_path / "fastigheter.gpkg"), "OUTPUT": str(tmp_path / "out" / "p.qgz")})
    assert "fastigheter.gpkg" in str(error.value) and "no strukturbild element layers" in str(error.value)
    with pytest.raises(QgsProcessingException) as error:
        run({"STRUKTURBILD": str(tmp_path / "text.gpkg"), "OUTPUT": str(tmp_path / "out" / "p.qgz")})
    assert "text.gpkg" in str(error.value) and "cannot be opened" in str(error.value)
    assert snapshot(tmp_path) == before and not (tmp_path / "out").exists()


def test_empty_strukturbild_is_refused_and_an_older_project_kept(processing_provider, tmp_path):
    import processing

    processing.run("strukturbild:createstrukturbild", {"OUTPUT": str(tmp_path / "tom.gpkg")})
    (tmp_path / "p.qgz").write_bytes(b"an older project")
    counts = feature_counts(tmp_path / "tom.gpkg")
    with pytest.raises(QgsProcessingException) as error:
        run({"STRUKTURBILD": str(tmp_path / "tom.gpkg"), "OUTPUT": str(tmp_path / "p.qgz")})
    message = str(error.value)
    assert "tom.gpkg" in message and "nothing to publish" in message and "Traceback" not in message
    assert (tmp_path / "p.qgz").read_bytes() == b"an older project"
    # QGIS's OGR provider may switch a GeoPackage it reads to WAL mode (header bytes): compare what it holds
    assert sorted(path.name for path in tmp_path.iterdir() if not path.name.endswith(("-wal", "-shm"))) == \
        ["p.qgz", "tom.gpkg"]
    assert feature_counts(tmp_path / "tom.gpkg") == counts


def test_folder_that_cannot_be_written_is_named(processing_provider, demo_gpkg, tmp_path):
    (tmp_path / "a_file").write_text("not a folder")
    with pytest.raises(QgsProcessingException) as error:
        run({"STRUKTURBILD": str(demo_gpkg), "OUTPUT": str(tmp_path / "a_file" / "p.qgz")})
    assert "a_file" in str(error.value) and "Traceback" not in str(error.value)
    read_only = Path("/sys")  # sysfs: not even root may create a file there
    try:
        (read_only / ".strukturbild-write-test").write_text("")
        (read_only / ".strukturbild-write-test").unlink()
        pytest.skip("/sys is writable here: no read-only folder to test with")
    except OSError:
        pass
    with pytest.raises(QgsProcessingException) as error:
        run({"STRUKTURBILD": str(demo_gpkg), "OUTPUT": str(read_only / "p.qgz")})
    assert "/sys" in str(error.value) and "Errno" not in str(error.value)


def test_temporary_layer_is_refused(processing_provider, demo_gpkg, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=namn:string", "nod_skiss", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(530000, 6470000)))
    feature.setAttributes(["Skiss"])
    layer.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException) as error:
        run({"STRUKTURBILD": str(demo_gpkg), "LAYERS": [layer], "OUTPUT": str(tmp_path / "p.qgz")})
    assert "nod_skiss" in str(error.value) and "temporary layer" in str(error.value)
    assert list(tmp_path.iterdir()) == []


def test_data_folder_name_taken_by_a_file_is_refused(processing_provider, demo_gpkg, tmp_path):
    (tmp_path / "p_data").write_text("my notes")
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException) as error:
        run({"STRUKTURBILD": str(demo_gpkg), "OUTPUT": str(tmp_path / "p.qgz")})
    assert "p_data" in str(error.value)
    assert snapshot(tmp_path) == before


def test_wrong_extension_is_refused(processing_provider, demo_gpkg, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        run({"STRUKTURBILD": str(demo_gpkg), "OUTPUT": str(tmp_path / "p.pdf")})
    assert ".qgz" in str(error.value)
    assert list(tmp_path.iterdir()) == []


# -- QGIS Server ----------------------------------------------------------------------------------------------

def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url, timeout=30):
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - a local test server
        return response.status, response.headers.get("Content-Type", ""), response.read()


@pytest.fixture(scope="module")
def server(published, tmp_path_factory):
    """Debian's qgis_mapserver serving the published project on 127.0.0.1 at a free port."""
    binary = shutil.which("qgis_mapserver")
    assert binary, "qgis_mapserver is missing: install Debian's qgis-server package (make deps does)"
    output, _, _ = published
    work = tmp_path_factory.mktemp("qgis-server")
    port = _free_port()
    environment = {key: value for key, value in os.environ.items() if not key.startswith("QGIS_")}
    environment.update({"QT_QPA_PLATFORM": "offscreen", "QGIS_CUSTOM_CONFIG_PATH": str(work / "profile"),
                        "QGIS_PROJECT_FILE": str(output), "QGIS_SERVER_LOG_LEVEL": "1",
                        "XDG_RUNTIME_DIR": environment.get("XDG_RUNTIME_DIR", str(work))})
    log = open(work / "server.log", "wb")
    process = subprocess.Popen([binary, f"127.0.0.1:{port}"], env=environment, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail("qgis_mapserver stopped: " + (work / "server.log").read_text(errors="replace")[-2000:])
            try:
                _get(base + "?SERVICE=WMS&REQUEST=GetCapabilities", timeout=5)
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("qgis_mapserver did not answer: "
                                + (work / "server.log").read_text(errors="replace")[-2000:])
                time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def served(published):
    """{short name: (title, feature count in its GeoPackage)} of the published project's layers."""
    output, _, _ = published
    project = read_project(output)
    found = {}
    for layer in project.mapLayers().values():
        path, _, rest = layer.source().partition("|layername=")
        counts = {name: count for name, count in feature_counts(path).items() if name != "layer_styles"}
        short, title = server_names(layer)
        found[short] = (title, counts[rest.split("|")[0] or next(iter(counts))])
    return found


def test_server_capabilities_list_the_layers(server, served):
    status, _, body = _get(server + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities")
    text = body.decode("utf-8")
    assert status == 200
    assert len(served) == 10
    for short, (title, _) in served.items():
        assert f"<Name>{short}</Name>" in text and f"<Title>{title}</Title>" in text
    assert f"<Title>{TITLE}</Title>" in text
    for crs in ("EPSG:3006", "EPSG:3857", "EPSG:4326"):
        assert f"<CRS>{crs}</CRS>" in text
    assert "Region Demo" in text


def _ink(png):
    from qgis.PyQt.QtGui import QImage

    image = QImage.fromData(png)
    assert not image.isNull()
    inked = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            total += 1
            colour = image.pixelColor(x, y)
            if colour.alpha() > 0 and colour.lightness() < 245:
                inked += 1
    return inked / total


def test_server_draws_the_map_and_legend(server):
    query = urllib.parse.urlencode({
        "SERVICE": "WMS", "VERSION": "1.3.0", "REQUEST": "GetMap", "LAYERS": "strukturbild", "STYLES": "",
        "CRS": "EPSG:3006", "BBOX": "6250000,400000,6550000,700000", "WIDTH": 300, "HEIGHT": 300,
        "FORMAT": "image/png", "TRANSPARENT": "true"})
    status, content_type, body = _get(server + "?" + query)
    assert status == 200 and content_type.startswith("image/png"), body[:300]
    assert _ink(body) > 0.3
    status, content_type, body = _get(server + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=nod"
                                      "&FORMAT=image/png")
    assert status == 200 and content_type.startswith("image/png"), body[:300]
    assert _ink(body) > 0.01


def test_server_feature_info_names_the_node(server, published):
    output, _, _ = published
    nod = QgsVectorLayer(f"{output.parent / 'strukturbild_demo_data' / 'strukturbild_demo.gpkg'}|layername=nod")
    feature = next(f for f in nod.getFeatures() if f["namn"] == "Linköping")
    point = feature.geometry().asPoint()
    # WMS 1.3.0 with EPSG:3006: the axis order is northing, easting
    bbox = f"{point.y() - 2000},{point.x() - 2000},{point.y() + 2000},{point.x() + 2000}"
    query = urllib.parse.urlencode({
        "SERVICE": "WMS", "VERSION": "1.3.0", "REQUEST": "GetFeatureInfo", "LAYERS": "nod", "QUERY_LAYERS": "nod",
        "STYLES": "", "CRS": "EPSG:3006", "BBOX": bbox, "WIDTH": 101, "HEIGHT": 101, "I": 50, "J": 50,
        "INFO_FORMAT": "text/html", "FI_POINT_TOLERANCE": 10, "WITH_MAPTIP": "true"})
    status, content_type, body = _get(server + "?" + query)
    text = body.decode("utf-8")
    assert status == 200 and "text/html" in content_type
    assert "Linköping" in text
    assert "Nodnivå" in text and "Regional" in text  # aliases and value-map labels of the attribute form


def test_server_wfs_counts_equal_the_geopackages(server, served):
    for short, (_, expected) in served.items():
        query = urllib.parse.urlencode({"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetFeature",
                                        "TYPENAME": short, "RESULTTYPE": "hits"})
        status, _, body = _get(server + "?" + query)
        text = body.decode("utf-8")
        assert status == 200 and f'numberOfFeatures="{expected}"' in text, (short, text[-400:])


def test_server_ogc_api_features_answers(server, served):
    status, _, body = _get(server + "wfs3/collections.json")
    collections = {item["id"] for item in json.loads(body)["collections"]}
    assert set(served) <= collections
    status, content_type, body = _get(server + "wfs3/collections/nod/items.json?limit=500")
    answer = json.loads(body)
    assert status == 200 and "json" in content_type
    assert answer["numberMatched"] == served["nod"][1] == len(answer["features"])
    assert any(feature["properties"].get("Namn") == "Linköping" for feature in answer["features"])
