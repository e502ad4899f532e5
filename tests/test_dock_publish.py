"""The Strukturbild panel's Publish and Contributions sections (issue 11 §3): the web map and the QGIS project are
written by the batch algorithms' code (webmap.py, publish.py) from the panel's settings, through the same output
transaction (nothing half-written, nothing replaced by mistake); the contributions buttons open the Processing
algorithms' dialogs filled in from the panel."""

import json
import re
import shutil

import pytest
from conftest import REPO_ROOT
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

TITLE = "Östergötland, Jönköping och Kalmar"


@pytest.fixture
def messages(panel):
    said = []
    panel._message = lambda text, level=None: said.append(text)
    return said


@pytest.fixture
def dialogs(monkeypatch, qgis_iface, processing_provider):
    """The algorithm dialogs the panel opened: (id, the values the real dialog's widgets show). The dialog is built
    as processing.execAlgorithmDialog builds it, read, and closed without running."""
    import processing

    if not hasattr(qgis_iface, "browserModel"):  # pytest-qgis's iface lacks what the dialog asks QGIS's for
        monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)
    seen = []

    def exec_dialog(algorithm_id, parameters={}):  # noqa: B006 - processing's own signature
        dialog = processing.createAlgorithmDialog(algorithm_id, parameters)
        shown = {name: wrapper.parameterValue() for name, wrapper in dialog.mainWidget().wrappers.items()}
        dialog.close()
        dialog.deleteLater()
        seen.append((algorithm_id, dict(parameters), shown))
        return {}

    monkeypatch.setattr(processing, "execAlgorithmDialog", exec_dialog)
    return seen


def _gpkg_mode(panel, path):
    panel.use_gpkg.setChecked(True)
    panel.gpkg_widget.setFilePath(str(path))
    panel.title_edit.setText(TITLE)
    panel.subtitle_edit.setText("Strukturbild 2040")
    panel.sources_edit.setText("SCB, Lantmäteriet")


def _config(folder):
    text = (folder / "data" / "config.js").read_text(encoding="utf-8")
    return json.loads(re.search(r"strukturbild\.config\((.*)\);\s*$", text, re.S).group(1))


def _buttons(panel):
    return {button.text(): button for button in panel.last_export_item.findChildren(QPushButton)}


def test_web_map_button_writes_index_html_with_the_panels_settings(panel, demo_gpkg, opened, monkeypatch, qtbot,
                                                                   tmp_path):
    from strukturbild.strukturbild_plugin import dock as dock_module

    _gpkg_mode(panel, demo_gpkg)
    panel.language_combo.setCurrentIndex(panel.language_combo.findData("en"))
    canvas = panel.iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3006"))
    canvas.setExtent(QgsRectangle(480000, 6380000, 600000, 6500000))  # Östergötland's middle, SWEREF 99 TM
    shown = canvas.extent()
    folder = tmp_path / "webbkarta"
    folder.mkdir()
    asked = []
    monkeypatch.setattr(dock_module.QFileDialog, "getExistingDirectory",
                        lambda *args, **kwargs: asked.append(args) or str(folder))
    qtbot.mouseClick(panel.webmap_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1
    index = folder / "index.html"
    assert TITLE in index.read_text(encoding="utf-8")
    config = _config(folder)
    assert (config["title"], config["subtitle"], config["sources"], config["language"]) == (
        TITLE, "Strukturbild 2040", "SCB, Lantmäteriet", "en")
    assert {layer["id"] for layer in config["layers"]} >= {"nod", "funktionellt_samband"}
    # the map opens on the canvas's extent (in Web Mercator, with the web map's margin)
    from qgis.core import QgsCoordinateTransform

    expected = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3006"),
                                      QgsCoordinateReferenceSystem("EPSG:3857"),
                                      QgsProject.instance()).transformBoundingBox(shown)
    west, south, east, north = config["extent"]
    assert west < expected.xMinimum() < west + 0.1 * expected.width()
    assert east - 0.1 * expected.width() < expected.xMaximum() < east
    assert south < expected.yMinimum() < south + 0.1 * expected.height()
    assert [path.name for path in tmp_path.iterdir()] == ["webbkarta"]  # no staging folder left behind
    assert QgsSettings().value("strukturbild/panel/export_folder") == str(tmp_path)

    buttons = _buttons(panel)
    assert {"Open in browser", "Open folder"} <= set(buttons)
    assert all(button.toolTip() for button in buttons.values())
    qtbot.mouseClick(buttons["Open in browser"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["Open folder"], Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(index), str(folder)]


def test_web_map_of_project_layers_keeps_the_element_types_chosen_in_the_table(panel, demo_gpkg, messages, tmp_path):
    """A layer whose name says nothing ('Mina noder') is drawn as the element type the user chose for it; the map
    opens on the county selected in the extent layer."""
    from osgeo import gdal
    from strukturbild.strukturbild_plugin.dock import EXTENT_SELECTION

    # the demo's nodes in a file whose names and fields say nothing of their element type
    fields = QgsVectorLayer(f"{demo_gpkg}|layername=nod", "nod", "ogr").fields().names()
    points = tmp_path / "punkter.gpkg"
    gdal.VectorTranslate(str(points), str(demo_gpkg), layers=["nod"], layerName="punkter",
                         selectFields=[name for name in fields if name not in ("fid", "strukturbild_typ")])
    nodes = QgsVectorLayer(f"{points}|layername=punkter", "Mina noder", "ogr")
    counties = QgsVectorLayer(f"{demo_gpkg}|layername=administrativ_indelning", "Län", "ogr")
    QgsProject.instance().addMapLayers([nodes, counties])
    panel.use_layers.setChecked(True)
    panel.title_edit.setText(TITLE)
    rows = {panel.layer_table.item(row, 0).text(): row for row in range(panel.layer_table.rowCount())}
    panel.layer_table.item(rows["Län"], 0).setCheckState(Qt.CheckState.Unchecked)
    item = panel.layer_table.item(rows["Mina noder"], 0)
    combo = panel.layer_table.cellWidget(rows["Mina noder"], 1)
    assert combo.currentData() is None  # the name matches no element type
    assert not panel.webmap_button.isEnabled()
    combo.setCurrentIndex(combo.findData("nod"))
    item.setCheckState(Qt.CheckState.Checked)
    assert panel.webmap_button.isEnabled()
    panel.extent_mode.setCurrentIndex(panel.extent_mode.findData(EXTENT_SELECTION))
    panel.extent_layer_combo.setLayer(counties)
    county = next(f for f in counties.getFeatures() if f["adm_niva"] == "lan")
    counties.selectByIds([county.id()])

    index = panel.export_web_map(str(tmp_path / "noder"))
    assert index == tmp_path / "noder" / "index.html", messages
    config = _config(tmp_path / "noder")
    assert [layer["id"] for layer in config["layers"]] == ["nod"]
    assert config["layers"][0]["n"] == nodes.featureCount()
    from qgis.core import QgsCoordinateTransform

    box = QgsCoordinateTransform(counties.crs(), QgsCoordinateReferenceSystem("EPSG:3857"),
                                 QgsProject.instance()).transformBoundingBox(county.geometry().boundingBox())
    west, south, east, north = config["extent"]
    assert west < box.xMinimum() and box.xMaximum() < east and south < box.yMinimum() and box.yMaximum() < north
    assert east - west < 1.2 * box.width()  # the county, not all three län


def test_a_cancelled_web_map_writes_nothing_and_keeps_the_earlier_one(panel, demo_gpkg, messages, monkeypatch,
                                                                      tmp_path):
    from qgis.PyQt.QtTest import QTest
    from strukturbild.strukturbild_plugin import webmap

    _gpkg_mode(panel, demo_gpkg)
    folder = tmp_path / "webbkarta"
    assert panel.export_web_map(str(folder)) is not None
    before = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    original = webmap.WebMapExporter._export_layer

    def cancelled(exporter, *args, **kwargs):
        cancel = panel.progress.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the user presses Cancel while the layers are written
        return original(exporter, *args, **kwargs)

    monkeypatch.setattr(webmap.WebMapExporter, "_export_layer", cancelled)
    panel.title_edit.setText("Ny titel")
    assert panel.export_web_map(str(folder)) is None
    assert messages[-1] == "The export was cancelled; nothing was written."
    assert {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()} == before
    assert [path.name for path in tmp_path.iterdir()] == ["webbkarta"]
    assert panel.webmap_button.isEnabled() and panel.export_button.isEnabled()


def test_a_folder_of_other_files_is_written_only_when_the_user_says_so(panel, demo_gpkg, monkeypatch, tmp_path):
    from strukturbild.strukturbild_plugin import dock as dock_module

    _gpkg_mode(panel, demo_gpkg)
    folder = tmp_path / "Dokument"
    folder.mkdir()
    (folder / "anteckningar.txt").write_text("mina anteckningar", encoding="utf-8")
    answers = [QMessageBox.StandardButton.No]
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(dock_module.QMessageBox, "question", question)
    assert panel.export_web_map(str(folder)) is None
    assert [path.name for path in folder.iterdir()] == ["anteckningar.txt"]
    assert "already holds other files" in asked[0]

    answers.append(QMessageBox.StandardButton.Yes)
    assert panel.export_web_map(str(folder)) == folder / "index.html"
    assert (folder / "anteckningar.txt").read_text(encoding="utf-8") == "mina anteckningar"
    assert len(asked) == 2
    assert panel.export_web_map(str(folder)) is not None  # an earlier web map is brought up to date unasked
    assert len(asked) == 2


def test_project_button_writes_a_qgz_that_opens_with_valid_layers(panel, demo_gpkg, opened, monkeypatch, qtbot,
                                                                  tmp_path):
    from strukturbild.strukturbild_plugin import dock as dock_module

    _gpkg_mode(panel, demo_gpkg)
    (tmp_path / "server").mkdir()
    # a name typed without its extension, with the .qgz filter chosen
    monkeypatch.setattr(dock_module.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "server" / "strukturbild"), "QGIS project (*.qgz)"))
    qtbot.mouseClick(panel.project_button, Qt.MouseButton.LeftButton)

    path = tmp_path / "server" / "strukturbild.qgz"
    assert path.is_file()
    assert sorted(p.name for p in (tmp_path / "server").iterdir()) == ["strukturbild.qgz", "strukturbild_data"]
    assert [p.name for p in (tmp_path / "server" / "strukturbild_data").iterdir()] == [demo_gpkg.name]
    published = QgsProject()
    assert published.read(str(path))
    layers = list(published.mapLayers().values())
    assert len(layers) >= 5
    assert all(layer.isValid() for layer in layers), [layer.name() for layer in layers if not layer.isValid()]
    assert all("strukturbild_data" in layer.source() for layer in layers)
    assert published.readEntry("WMSServiceTitle", "/")[0] == TITLE
    assert published.layoutManager().printLayouts()
    del published

    buttons = _buttons(panel)
    assert list(buttons) == ["Open folder"] and buttons["Open folder"].toolTip()
    qtbot.mouseClick(buttons["Open folder"], Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "server")]


def test_the_project_open_in_qgis_is_never_replaced(panel, demo_gpkg, messages, tmp_path):
    project = QgsProject.instance()
    path = tmp_path / "mitt.qgz"
    assert project.write(str(path))
    before = path.read_bytes()
    _gpkg_mode(panel, demo_gpkg)
    assert panel.publish_project(str(path)) is None
    assert "is the project open in QGIS" in messages[-1]
    assert path.read_bytes() == before


def test_contributions_buttons_open_their_algorithm_filled_in_from_the_panel(panel, demo_gpkg, dialogs, qtbot,
                                                                             tmp_path):
    _gpkg_mode(panel, demo_gpkg)
    panel.library_widget.setFilePath(str(REPO_ROOT))  # a library folder (styles/ and templates/)
    try:
        qtbot.mouseClick(panel.packages_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.validate_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    finally:
        panel.library_widget.setFilePath("")  # the configured library is a QGIS setting: back to the bundled one
    assert [algorithm for algorithm, _, _ in dialogs] == [
        "strukturbild:contributionpackage", "strukturbild:validatestrukturbild", "strukturbild:mergecontributions"]
    packages, validate, merge = (shown for _, _, shown in dialogs)
    assert packages["STRUKTURBILD"] == str(demo_gpkg) and packages["STYLE_LIBRARY"] == str(REPO_ROOT)
    assert validate["INPUT"] == str(demo_gpkg)
    assert merge["STYLE_LIBRARY"] == str(REPO_ROOT)
    # a regional strukturbild that was never merged is no previous round: as BASE it would keep its elements
    # beside the kommuner's edited copies of them
    assert "BASE" not in dialogs[2][1] and not merge["BASE"]

    from osgeo import ogr, osr

    merged = tmp_path / "strukturbild_omgang1.gpkg"
    shutil.copyfile(demo_gpkg, merged)
    source = ogr.Open(str(merged), 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    source.CreateLayer("bidragsomraden", srs, ogr.wkbMultiPolygon)
    source = None
    panel.gpkg_widget.setFilePath(str(merged))
    panel.open_merge()
    assert dialogs[-1][0] == "strukturbild:mergecontributions" and dialogs[-1][2]["BASE"] == str(merged)


def test_sections_apply_only_with_something_to_publish(panel, demo_gpkg, dialogs, messages, qtbot):
    publish = (panel.webmap_button, panel.project_button)
    panel.use_gpkg.setChecked(True)
    panel.gpkg_widget.setFilePath("")
    assert not any(button.isEnabled() for button in publish + (panel.packages_button,))
    assert panel.validate_button.isEnabled() and panel.merge_button.isEnabled()  # their dialogs ask for files
    qtbot.mouseClick(panel.validate_button, Qt.MouseButton.LeftButton)
    assert dialogs[-1][0] == "strukturbild:validatestrukturbild" and not dialogs[-1][2]["INPUT"]
    panel.gpkg_widget.setFilePath(str(demo_gpkg.parent / "saknas.gpkg"))
    assert not any(button.isEnabled() for button in publish + (panel.packages_button,))
    panel.gpkg_widget.setFilePath(str(demo_gpkg))
    assert all(button.isEnabled() for button in publish + (panel.packages_button,))

    # project layers: publishing needs a ticked layer with an element type; packages need the GeoPackage
    QgsProject.instance().addMapLayer(QgsVectorLayer(f"{demo_gpkg}|layername=nod", "nod", "ogr"))
    panel.use_layers.setChecked(True)
    assert all(button.isEnabled() for button in publish) and not panel.packages_button.isEnabled()
    panel.layer_table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not any(button.isEnabled() for button in publish)
    assert panel.open_packages() is None and messages[-1] == "Choose a strukturbild GeoPackage."


def test_new_controls_have_tooltips_and_sections_open(panel):
    from qgis.gui import QgsCollapsibleGroupBox

    new = [panel.webmap_button, panel.project_button, panel.packages_button, panel.validate_button,
           panel.merge_button]
    toggles = panel.section_toggles()
    assert len(toggles) == 2
    for control in new + toggles + [panel.publish_box, panel.contributions_box]:
        assert control.toolTip().strip(), control
    assert set(new + toggles) <= set(panel.controls())
    for box in (panel.publish_box, panel.contributions_box):
        assert isinstance(box, QgsCollapsibleGroupBox) and not box.isCollapsed()
    assert [b.text() for b in new] == ["Web map…", "QGIS project…", "Packages per kommun…",
                                       "Validate a contribution…", "Merge contributions…"]


def test_usable_at_300_pixels_with_the_sections(panel, demo_gpkg, qtbot):
    _gpkg_mode(panel, demo_gpkg)
    panel.resize(300, 280)
    qtbot.wait(50)
    assert panel.body.minimumSizeHint().width() <= panel.scroll_area.viewport().width()
    for button in (panel.webmap_button, panel.project_button, panel.packages_button, panel.validate_button,
                   panel.merge_button):
        assert button.width() >= button.sizeHint().width(), button.text()  # no text cut
        assert button.mapTo(panel.body, button.rect().topRight()).x() <= panel.scroll_area.viewport().width()
