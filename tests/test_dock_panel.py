"""The Strukturbild panel as a specialist uses it all day (issue 12 §1): previews replace, the panel follows the project
after being closed and reopened, its settings live in the project, it is usable at 300 px, export shows progress and
offers to open the file, controls that do not apply are disabled, every control explains itself."""

from conftest import REPO_ROOT
from qgis.core import QgsLayerTreeGroup, QgsPrintLayout, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
)

TITLE = "Östergötland"


def _add(demo_gpkg, *names):
    layers = [QgsVectorLayer(f"{demo_gpkg}|layername={name}", name, "ogr") for name in names]
    QgsProject.instance().addMapLayers(layers)
    return layers


def _rows(panel):
    return [panel.layer_table.item(row, 0).text() for row in range(panel.layer_table.rowCount())]


def _row(panel, name):
    row = _rows(panel).index(name)
    return panel.layer_table.item(row, 0), panel.layer_table.cellWidget(row, 1)


def _type(edit, text):
    """Replace a line edit's text as typing does (QTest cannot type å, ä, ö)."""
    edit.selectAll()
    edit.insert(text)


def _layers_mode(panel, demo_gpkg, names=("nod", "funktionellt_samband", "administrativ_indelning")):
    from strukturbild.strukturbild_plugin.dock import EXTENT_LAYER

    layers = _add(demo_gpkg, *names)
    panel.use_layers.setChecked(True)
    panel.title_edit.setText(TITLE)
    panel.template_combo.setCurrentText("A4_portrait")
    panel.extent_mode.setCurrentIndex(panel.extent_mode.findData(EXTENT_LAYER))
    panel.extent_layer_combo.setLayer(layers[-1])
    return layers


def test_two_previews_give_one_layout_and_one_legend_entry_per_element(panel, demo_gpkg):
    """The issue's scenario: two previews in layer mode made a second layout whose legend showed every element twice
    (the panel had listed and ticked the first preview's styled copies)."""
    from strukturbild.strukturbild_plugin.dock import PREVIEW_PROPERTY

    originals = _layers_mode(panel, demo_gpkg)
    project = QgsProject.instance()
    first = panel.preview()
    assert first is not None
    second = panel.preview()
    assert second is not None

    layouts = project.layoutManager().printLayouts()
    assert [layout.name() for layout in layouts] == [TITLE]
    assert layouts[0] is second
    legend_names = [layer.name() for layer in second.itemById("legend").model().rootGroup().findLayers()]
    assert sorted(legend_names) == sorted(["Nod", "Funktionellt samband", "Administrativ indelning"])
    assert len(second.itemById("main_map").layers()) == 3

    # no copies in the Layers panel or the panel's list; in the project only the current layout's own layers
    tree = project.layerTreeRoot()
    assert not [node for node in tree.children() if isinstance(node, QgsLayerTreeGroup)]
    assert sorted(layer.layer().id() for layer in tree.findLayers()) == sorted(layer.id() for layer in originals)
    assert sorted(_rows(panel)) == sorted(layer.name() for layer in originals)
    copies = [layer for layer in project.mapLayers().values() if layer.customProperty(PREVIEW_PROPERTY, "")]
    assert len(copies) == 3
    assert {layer.customProperty(PREVIEW_PROPERTY) for layer in copies} == {second.customProperty(PREVIEW_PROPERTY)}
    assert panel.extent_layer_combo.count() == 3  # the copies are no extent layer to choose either


def test_a_layout_the_user_made_under_the_title_is_kept(panel, demo_gpkg):
    _layers_mode(panel, demo_gpkg)
    manager = QgsProject.instance().layoutManager()
    own = QgsPrintLayout(QgsProject.instance())
    own.initializeDefaults()
    own.setName(TITLE)
    manager.addLayout(own)
    panel.preview()
    panel.preview()
    assert sorted(layout.name() for layout in manager.printLayouts()) == [TITLE, f"{TITLE} (2)"]
    assert manager.layoutByName(TITLE) is own


def test_removing_a_preview_layout_removes_its_layers(panel, demo_gpkg):
    from strukturbild.strukturbild_plugin.dock import PREVIEW_PROPERTY

    originals = _layers_mode(panel, demo_gpkg)
    layout = panel.preview()
    project = QgsProject.instance()
    project.layoutManager().removeLayout(layout)
    assert not [layer for layer in project.mapLayers().values() if layer.customProperty(PREVIEW_PROPERTY, "")]
    assert len(project.mapLayers()) == len(originals)


def test_a_preview_layout_survives_saving_and_reopening_the_project(panel, demo_gpkg, tmp_path):
    """The styled layers a preview draws stay with its layout in the project (not in the Layers panel): saved and
    reopened, the layout still draws them, the panel still does not list them, and the next preview replaces them."""
    from strukturbild.strukturbild_plugin.dock import PREVIEW_PROPERTY

    names = sorted(layer.name() for layer in _layers_mode(panel, demo_gpkg))
    panel.preview()
    project = QgsProject.instance()
    path = tmp_path / "med_layout.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.layoutManager().printLayouts() == [] and panel.layer_table.rowCount() == 0
    assert project.read(str(path))
    layout = project.layoutManager().layoutByName(TITLE)
    assert layout is not None
    assert len(layout.itemById("main_map").layers()) == 3
    assert sorted(_rows(panel)) == names
    assert panel.preview() is not None
    assert [layout.name() for layout in project.layoutManager().printLayouts()] == [TITLE]
    assert len([layer for layer in project.mapLayers().values() if layer.customProperty(PREVIEW_PROPERTY, "")]) == 3


def test_the_panel_follows_the_project_after_it_was_closed_and_reopened(panel, demo_gpkg, qtbot):
    panel.close()  # the panel's X
    _add(demo_gpkg, "nod")  # while it is closed
    panel.show()
    qtbot.waitExposed(panel)
    assert _rows(panel) == ["nod"]
    _add(demo_gpkg, "gronstruktur")  # while it is shown again
    assert sorted(_rows(panel)) == ["gronstruktur", "nod"]
    QgsProject.instance().removeMapLayers([QgsProject.instance().mapLayersByName("nod")[0].id()])
    assert _rows(panel) == ["gronstruktur"]


def test_settings_round_trip_through_the_project(panel, demo_gpkg, qtbot, tmp_path):
    from strukturbild.strukturbild_plugin.dock import EXTENT_FILTER, OWN_STYLE

    project = QgsProject.instance()
    nodes, green, admin = _add(demo_gpkg, "nod", "gronstruktur", "administrativ_indelning")
    panel.gpkg_widget.setFilePath(str(demo_gpkg))
    panel.use_layers.setChecked(True)
    item, combo = _row(panel, "nod")
    combo.setCurrentIndex(combo.findData(OWN_STYLE))
    item, _ = _row(panel, "gronstruktur")
    item.setCheckState(Qt.CheckState.Unchecked)
    panel.template_combo.setCurrentText("presentation_16x9")
    for edit, text in ((panel.title_edit, "Kalmar län"), (panel.subtitle_edit, "Noder 2040"),
                       (panel.sources_edit, "SCB, Lantmäteriet")):
        _type(edit, text)
    panel.language_combo.setCurrentIndex(panel.language_combo.findData("en"))
    panel.extent_mode.setCurrentIndex(panel.extent_mode.findData(EXTENT_FILTER))
    panel.extent_layer_combo.setLayer(admin)
    panel.extent_expression.setExpression("\"kod\" = '08'")
    admin_id = admin.id()
    path = tmp_path / "strukturbild.qgz"
    assert project.write(str(path))

    # the user goes on to another map: these become the defaults for a new project
    _type(panel.title_edit, "Jönköpings län")
    panel.language_combo.setCurrentIndex(panel.language_combo.findData("sv"))
    project.clear()
    assert panel.title_edit.text() == "Jönköpings län"
    assert panel.language_combo.currentData() == "sv"
    assert panel.gpkg_widget.filePath() == str(demo_gpkg)
    assert panel.layer_table.rowCount() == 0

    assert project.read(str(path))
    assert panel.use_layers.isChecked()
    assert panel.gpkg_widget.filePath() == str(demo_gpkg)
    assert panel.template_value() == "presentation_16x9"  # the file name kept, shown as its label
    assert panel.template_combo.currentText() == panel.template_combo.itemText(panel.template_combo.currentIndex())
    assert panel.title_edit.text() == "Kalmar län"
    assert panel.subtitle_edit.text() == "Noder 2040"
    assert panel.sources_edit.text() == "SCB, Lantmäteriet"
    assert panel.language_combo.currentData() == "en"
    assert panel.extent_mode.currentData() == EXTENT_FILTER
    assert panel.extent_layer_combo.currentLayer().id() == admin_id
    assert panel.extent_expression.expression() == "\"kod\" = '08'"
    item, combo = _row(panel, "nod")
    assert item.checkState() == Qt.CheckState.Checked and combo.currentData() == OWN_STYLE
    item, combo = _row(panel, "gronstruktur")
    assert item.checkState() == Qt.CheckState.Unchecked and combo.currentData() == "gronstruktur"
    assert not project.isDirty()  # reading a project does not change it


def test_controls_that_do_not_apply_are_disabled(panel):
    from strukturbild.strukturbild_plugin.dock import EXTENT_CANVAS, EXTENT_FILTER, EXTENT_LAYER, EXTENT_SELECTION

    panel.use_gpkg.setChecked(True)
    assert panel.gpkg_widget.isEnabled()
    assert not panel.layer_table.isEnabled() and not panel.refresh_button.isEnabled()
    panel.use_layers.setChecked(True)
    assert not panel.gpkg_widget.isEnabled()
    assert panel.layer_table.isEnabled() and panel.refresh_button.isEnabled()
    expected = {EXTENT_CANVAS: (False, False), EXTENT_LAYER: (True, False), EXTENT_SELECTION: (True, False),
                EXTENT_FILTER: (True, True)}
    for mode, (layer, expression) in expected.items():
        panel.extent_mode.setCurrentIndex(panel.extent_mode.findData(mode))
        assert (panel.extent_layer_combo.isEnabled(), panel.extent_expression.isEnabled()) == (layer, expression)


def test_every_control_has_a_tooltip(panel):
    from qgis.gui import QgsFieldExpressionWidget, QgsFileWidget, QgsMapLayerComboBox

    controls = panel.controls()
    assert all(control.toolTip().strip() for control in controls), [c for c in controls if not c.toolTip()]
    composite = (QgsFileWidget, QgsFieldExpressionWidget, QgsMapLayerComboBox, QTableWidget, QComboBox)
    for widget in panel.body.findChildren((QAbstractButton, QComboBox, QLineEdit)):
        parent, inside = widget.parentWidget(), False
        while parent is not None and parent is not panel.body:
            inside = inside or isinstance(parent, composite)
            parent = parent.parentWidget()
        if not inside:
            assert widget in controls, widget


def test_the_help_button_opens_the_readme_section(panel, opened, qtbot):

    qtbot.mouseClick(panel.help_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert opened[0].toString().endswith("#making-a-strukturbild-in-qgis")
    assert "\n## Making a strukturbild in QGIS\n" in (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def test_selected_county_offers_the_geopackages_administrative_units(panel, demo_gpkg, qtbot):
    from strukturbild.strukturbild_plugin.dock import EXTENT_CANVAS, EXTENT_SELECTION

    messages = []
    panel._message = lambda text, level=None: messages.append(text)
    panel.gpkg_widget.setFilePath(str(demo_gpkg))
    assert not panel.load_admin_button.isVisibleTo(panel)
    panel.extent_mode.setCurrentIndex(panel.extent_mode.findData(EXTENT_SELECTION))
    assert panel.load_admin_button.isVisibleTo(panel)
    assert messages and "administrative units" in messages[-1]

    qtbot.mouseClick(panel.load_admin_button, Qt.MouseButton.LeftButton)
    loaded = [layer for layer in QgsProject.instance().mapLayers().values()
              if layer.source().endswith("layername=administrativ_indelning")]
    assert len(loaded) == 1
    assert panel.extent_layer_combo.currentLayer() is loaded[0]
    assert "Select your county" in messages[-1]
    assert not panel.load_admin_button.isVisibleTo(panel)  # offered once: the project has them now
    panel.extent_mode.setCurrentIndex(panel.extent_mode.findData(EXTENT_CANVAS))
    assert not panel.load_admin_button.isVisibleTo(panel)


def test_usable_at_300_pixels_and_beside_the_toolbox(panel, demo_gpkg, qtbot):
    """300 px wide and short (sharing the side with the Processing Toolbox): the panel scrolls instead of squeezing,
    nothing needs more width than there is, element-type names are whole, the layer table keeps its rows."""
    from strukturbild.strukturbild_plugin.dock import LAYER_COLUMN_MIN, TABLE_ROWS

    _add(demo_gpkg, "nod", "gransoverskridande_samband", "funktionellt_samband", "gronstruktur",
         "administrativ_indelning", "utvecklingsstrak", "transportinfrastruktur")
    panel.use_layers.setChecked(True)
    panel.resize(300, 280)
    qtbot.wait(50)
    assert panel.body.minimumSizeHint().width() <= panel.scroll_area.viewport().width()
    assert panel.scroll_area.verticalScrollBar().maximum() > 0  # scrolls rather than crushing the table
    table = panel.layer_table
    row_height = table.verticalHeader().defaultSectionSize()
    assert table.height() >= TABLE_ROWS * row_height + table.horizontalHeader().height()
    for row in range(table.rowCount()):
        combo = table.cellWidget(row, 1)
        assert combo.width() >= combo.sizeHint().width()  # "Gränsöverskridande samband" is not cut
        assert table.columnWidth(1) >= combo.sizeHint().width()
    assert table.columnWidth(0) >= LAYER_COLUMN_MIN  # and the layer names are not squeezed out


def test_export_shows_progress_and_offers_to_open_the_file(panel, demo_gpkg, opened, monkeypatch, qtbot, tmp_path):
    from strukturbild.strukturbild_plugin import dock as dock_module

    panel.gpkg_widget.setFilePath(str(demo_gpkg))
    panel.use_gpkg.setChecked(True)
    seen = {}
    original = dock_module.MapAssembler.export

    def watched(assembler, layout, path, *args, **kwargs):
        cursor = QApplication.overrideCursor()
        seen["cursor"] = cursor.shape() if cursor is not None else None
        dialogs = [d for d in panel.findChildren(QProgressDialog) if d.isVisible()]
        seen["progress"] = dialogs[0].value() if dialogs else None
        seen["buttons enabled"] = panel.export_button.isEnabled()
        return original(assembler, layout, path, *args, **kwargs)

    monkeypatch.setattr(dock_module.MapAssembler, "export", watched)
    path = tmp_path / "karta.pdf"
    assert panel.export(str(path)) == str(path)
    assert path.is_file()
    assert seen == {"cursor": Qt.CursorShape.WaitCursor, "progress": 60, "buttons enabled": False}
    assert QApplication.overrideCursor() is None
    assert panel.export_button.isEnabled()

    buttons = {button.text(): button for button in panel.last_export_item.findChildren(QPushButton)}
    assert {"Open", "Open folder"} <= set(buttons)
    qtbot.mouseClick(buttons["Open"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["Open folder"], Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(path), str(tmp_path)]


def test_a_cancelled_export_writes_nothing(panel, demo_gpkg, monkeypatch, tmp_path):
    from qgis.PyQt.QtTest import QTest
    from strukturbild.strukturbild_plugin import dock as dock_module

    panel.gpkg_widget.setFilePath(str(demo_gpkg))
    original = dock_module.MapAssembler.build

    def cancelled(assembler, *args, **kwargs):
        layout = original(assembler, *args, **kwargs)
        cancel = panel.progress.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the user presses Cancel while the map is being made
        return layout

    monkeypatch.setattr(dock_module.MapAssembler, "build", cancelled)
    messages = []
    panel._message = lambda text, level=None: messages.append(text)
    assert panel.export(str(tmp_path / "karta.pdf")) is None
    assert list(tmp_path.iterdir()) == []
    assert messages[-1] == "The export was cancelled; nothing was written."


def test_no_geopackage_chosen_says_so(panel, tmp_path):
    messages = []
    panel._message = lambda text, level=None: messages.append(text)
    panel.use_gpkg.setChecked(True)
    panel.gpkg_widget.setFilePath("")
    assert panel.export(str(tmp_path / "karta.pdf")) is None
    assert messages == ["Choose a strukturbild GeoPackage."]


def test_the_readme_shows_the_panel(panel, demo_gpkg, qtbot, tmp_path):
    """The README's screenshot of the panel is this panel (STRUKTURBILD_SCREENSHOT=1 retakes demo/strukturbild_panel.png
    from the demo GeoPackage): a real grab of the widget, offscreen."""
    import os

    from strukturbild.strukturbild_plugin.dock import EXTENT_SELECTION

    names = ("nod", "funktionellt_samband", "gransoverskridande_samband", "utvecklingsstrak", "gronstruktur",
             "blastruktur", "administrativ_indelning")
    layers = _add(demo_gpkg, *names)
    for layer, name in zip(layers, ("Noder", "Pendling", "Över länsgräns", "Stråk", "Grönstruktur", "Blåstruktur",
                                    "Län och kommuner")):
        layer.setName(name)
    panel.refresh_layers()
    panel.use_layers.setChecked(True)
    panel.template_combo.setCurrentText("A3_landscape")
    panel.title_edit.setText("Östergötland, Jönköping och Kalmar")
    panel.subtitle_edit.setText("Strukturbild 2040")
    panel.sources_edit.setText("SCB, Naturvårdsverket")
    panel.extent_mode.setCurrentIndex(panel.extent_mode.findData(EXTENT_SELECTION))
    panel.extent_layer_combo.setLayer(layers[-1])
    panel.title_edit.setCursorPosition(0)
    panel.setFont(QFont(panel.font().family(), 10))  # a desktop's usual size (offscreen Qt defaults to 12 pt)
    panel.resize(430, 900)
    qtbot.wait(50)
    image = panel.grab().toImage()
    assert image.width() == 430 and not image.isNull()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 20
    target = REPO_ROOT / "demo" / "strukturbild_panel.png"
    assert image.save(str(target if os.environ.get("STRUKTURBILD_SCREENSHOT") == "1" else tmp_path / "panel.png"))
    assert target.is_file()
    assert "(demo/strukturbild_panel.png)" in (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def test_the_template_is_kept_by_its_file_name_whatever_the_language(panel):
    """The template is stored as its file name, so a label saved in one language (or an older setting that kept the
    label) selects the same template when the panel shows the other language."""
    panel.select_template("A4_portrait")
    assert panel.template_value() == "A4_portrait" and panel.map_settings().template == "A4_portrait"
    for stored in ("A4 stående", "A4 portrait", "A4_portrait"):
        panel.select_template("A3_landscape")
        panel.select_template(stored)
        assert panel.template_value() == "A4_portrait", stored
    panel.template_combo.setCurrentText("/srv/region/mall.qpt")  # a template file typed in stays a path
    assert panel.template_value() == "/srv/region/mall.qpt"
