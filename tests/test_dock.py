"""The Strukturbild dock builds the same map as strukturbild:assemblemap for the same settings."""

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage

COUNTY = "\"adm_niva\" = 'lan' AND \"kod\" = '06'"


@pytest.fixture
def dock(qgis_iface, qgis_app):
    from strukturbild.strukturbild_plugin.dock import StrukturbildDock

    widget = StrukturbildDock(qgis_iface)
    yield widget
    widget.disconnect_project()
    widget.close()
    QgsProject.instance().removeAllMapLayers()


def _configure(dock, demo_gpkg, extent_layer):
    from strukturbild.strukturbild_plugin.dock import EXTENT_FILTER

    dock.use_gpkg.setChecked(True)
    dock.gpkg_widget.setFilePath(str(demo_gpkg))
    dock.template_combo.setCurrentText("A4_portrait")
    dock.title_edit.setText("Jönköpings län")
    dock.subtitle_edit.setText("Noder och samband")
    dock.sources_edit.setText("SCB")
    dock.extent_mode.setCurrentIndex(dock.extent_mode.findData(EXTENT_FILTER))
    dock.extent_layer_combo.setLayer(extent_layer)
    dock.extent_expression.setExpression(COUNTY)


def _difference(a, b):
    assert a.size() == b.size()
    differing = total = 0
    for y in range(0, a.height(), 3):
        for x in range(0, a.width(), 3):
            total += 1
            if a.pixel(x, y) != b.pixel(x, y):
                differing += 1
    return differing / total


def test_dock_and_batch_make_the_same_map(dock, demo_gpkg, processing_provider, tmp_path):
    import processing

    admin = QgsVectorLayer(f"{demo_gpkg}|layername=administrativ_indelning", "admin", "ogr")
    QgsProject.instance().addMapLayer(admin)
    _configure(dock, demo_gpkg, admin)

    from_dock = dock.export(str(tmp_path / "dock.png"))
    assert from_dock == str(tmp_path / "dock.png")
    processing.run("strukturbild:assemblemap", {
        "STRUKTURBILD": str(demo_gpkg), "TEMPLATE": "A4_portrait", "TITLE": "Jönköpings län",
        "SUBTITLE": "Noder och samband", "SOURCES": "SCB", "EXTENT_LAYER": admin, "EXTENT_FILTER": COUNTY,
        "OUTPUT": str(tmp_path / "batch.png")})
    # identical but for label placement, which the labelling engine may settle differently between runs
    assert _difference(QImage(str(tmp_path / "dock.png")), QImage(str(tmp_path / "batch.png"))) < 0.01

    _, layout = dock.build_layout(QgsProject())
    assert layout.itemById("title").text() == "Jönköpings län"
    assert 250_000 <= layout.itemById("main_map").scale() <= 1_500_000


def test_preview_adds_layout_without_touching_inputs(dock, demo_gpkg, qgis_iface):
    admin = QgsVectorLayer(f"{demo_gpkg}|layername=administrativ_indelning", "admin", "ogr")
    QgsProject.instance().addMapLayer(admin)
    before = admin.renderer().dump()
    _configure(dock, demo_gpkg, admin)
    layout = dock.preview()
    assert layout is not None
    assert layout in QgsProject.instance().layoutManager().printLayouts()
    assert admin.renderer().dump() == before
    QgsProject.instance().layoutManager().removeLayout(layout)


def test_layers_from_the_project_are_matched_to_element_types(dock, demo_gpkg):
    nodes = QgsVectorLayer(f"{demo_gpkg}|layername=nod", "Noder", "ogr")
    other = QgsVectorLayer("Point?crs=EPSG:3006", "unrelated points", "memory")
    QgsProject.instance().addMapLayers([nodes, other])
    dock.refresh_layers()
    dock.use_layers.setChecked(True)
    chosen = dock.element_layers()
    assert [(item.layer.name(), item.key) for item in chosen] == [("Noder", "nod")]


def test_an_analysis_layer_is_drawn_with_its_own_style(dock, demo_gpkg, tmp_path):
    from strukturbild.strukturbild_plugin.dock import OWN_STYLE

    nodes = QgsVectorLayer(f"{demo_gpkg}|layername=nod", "Noder", "ogr")
    times = QgsVectorLayer("Point?crs=EPSG:3006&field=time_min:double", "Restid", "memory")
    QgsProject.instance().addMapLayers([nodes, times])
    dock.refresh_layers()
    dock.use_layers.setChecked(True)
    for row in range(dock.layer_table.rowCount()):
        if dock.layer_table.item(row, 0).text() == "Restid":
            combo = dock.layer_table.cellWidget(row, 1)
            combo.setCurrentIndex(combo.findData(OWN_STYLE))
            dock.layer_table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    chosen = sorted((item.layer.name(), item.key) for item in dock.element_layers())
    assert chosen == [("Noder", "nod"), ("Restid", None)]


def test_dock_reports_errors_instead_of_raising(dock, tmp_path):
    dock.use_gpkg.setChecked(True)
    dock.gpkg_widget.setFilePath(str(tmp_path / "missing.gpkg"))
    assert dock.export(str(tmp_path / "x.pdf")) is None
    assert not (tmp_path / "x.pdf").exists()


def test_dock_export_to_a_folder_it_cannot_write(dock, demo_gpkg, tmp_path):
    """A read-only folder (or one under a file) is a message in the panel, not a traceback; nothing is left."""
    admin = QgsVectorLayer(f"{demo_gpkg}|layername=administrativ_indelning", "admin", "ogr")
    QgsProject.instance().addMapLayer(admin)
    _configure(dock, demo_gpkg, admin)
    (tmp_path / "a_file").write_text("not a folder")
    messages = []
    dock._message = lambda text, level=None: messages.append(text)
    assert dock.export(str(tmp_path / "a_file" / "karta.pdf")) is None
    assert messages and "a_file" in messages[-1] and "Traceback" not in messages[-1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a_file"]


def test_dock_export_keeps_an_earlier_map_when_it_fails(dock, demo_gpkg, tmp_path):
    earlier = tmp_path / "karta.pdf"
    earlier.write_bytes(b"%PDF-1.4 an earlier map")
    dock.use_gpkg.setChecked(True)
    dock.gpkg_widget.setFilePath(str(tmp_path / "missing.gpkg"))
    assert dock.export(str(earlier)) is None
    assert earlier.read_bytes() == b"%PDF-1.4 an earlier map"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["karta.pdf"]
