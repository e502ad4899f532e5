"""The Strukturbild dock widget: a thin view over the map assembler.

It collects the same settings as `strukturbild:assemblemap` (layers, template, title, extent, style
library) and hands them to the same MapAssembler, so a map previewed here and one made in a batch run
are identical.
"""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsMapLayerProxyModel,
    QgsMessageLog,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldExpressionWidget, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import schema
from .assembler import (
    AssemblyError,
    ElementLayer,
    MapAssembler,
    MapSettings,
    element_type_of_layer,
    geopackage_layers,
)
from .library import (
    LibraryError,
    StyleLibrary,
    configured_folder,
    remote_resources_allowed,
    set_configured_folder,
    set_remote_resources_allowed,
)

EXTENT_CANVAS, EXTENT_LAYER, EXTENT_SELECTION, EXTENT_FILTER = range(4)


OWN_STYLE = "own_style"  # the layer-table choice for an analysis layer drawn with its own style


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


class StrukturbildDock(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Strukturbild"), parent)
        self.iface = iface
        self.last_layout = None
        self.last_warnings = []  # what the last map reported: removals from shared templates and styles, ...
        body = QWidget(self)
        column = QVBoxLayout(body)

        # -- what to map
        source_box = QGroupBox(tr("Strukturbild layers"), body)
        source_layout = QVBoxLayout(source_box)
        self.use_gpkg = QRadioButton(tr("Strukturbild GeoPackage"), source_box)
        self.use_layers = QRadioButton(tr("Layers in the project, each mapped to an element type"), source_box)
        self.source_group = QButtonGroup(self)
        self.source_group.addButton(self.use_gpkg)
        self.source_group.addButton(self.use_layers)
        self.use_gpkg.setChecked(True)
        self.gpkg_widget = QgsFileWidget(source_box)
        self.gpkg_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.layer_table = QTableWidget(0, 2, source_box)
        self.layer_table.setHorizontalHeaderLabels([tr("Layer"), tr("Element type")])
        self.layer_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.refresh_button = QPushButton(tr("Refresh layer list"), source_box)
        self.refresh_button.clicked.connect(self.refresh_layers)
        for widget in (self.use_gpkg, self.gpkg_widget, self.use_layers, self.layer_table, self.refresh_button):
            source_layout.addWidget(widget)
        column.addWidget(source_box)

        # -- how it looks
        form_box = QGroupBox(tr("Map"), body)
        form = QFormLayout(form_box)
        self.template_combo = QComboBox(form_box)
        self.template_combo.setEditable(True)
        self.template_combo.setToolTip(tr("A library template or the path of a .qpt file"))
        self.title_edit = QLineEdit(tr("Strukturbild"), form_box)
        self.subtitle_edit = QLineEdit(form_box)
        self.sources_edit = QLineEdit(form_box)
        self.language_combo = QComboBox(form_box)
        self.language_combo.addItem(tr("Swedish"), "sv")
        self.language_combo.addItem(tr("English"), "en")
        self.library_widget = QgsFileWidget(form_box)
        self.library_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.library_widget.setFilePath(configured_folder())
        self.library_widget.setToolTip(tr("A shared folder with the region's styles/ and templates/ "
                                          "(empty: the bundled library)"))
        self.library_widget.fileChanged.connect(self._library_changed)
        self.allow_remote_check = QCheckBox(tr("Allow pictures and symbols from web addresses"), form_box)
        self.allow_remote_check.setToolTip(tr(
            "Off: pictures and symbols in shared templates and styles come only from the style library folder, "
            "the plugin or data embedded in them, and nothing is fetched from the network. Turn on only if the "
            "region's templates use web addresses on purpose. HTML never runs either way."))
        self.allow_remote_check.setChecked(remote_resources_allowed())
        self.allow_remote_check.toggled.connect(set_remote_resources_allowed)
        form.addRow(tr("Template"), self.template_combo)
        form.addRow(tr("Title"), self.title_edit)
        form.addRow(tr("Subtitle"), self.subtitle_edit)
        form.addRow(tr("Sources"), self.sources_edit)
        form.addRow(tr("Legend language"), self.language_combo)
        form.addRow(tr("Style library"), self.library_widget)
        form.addRow("", self.allow_remote_check)
        column.addWidget(form_box)

        # -- extent
        extent_box = QGroupBox(tr("Extent"), body)
        extent_form = QFormLayout(extent_box)
        self.extent_mode = QComboBox(extent_box)
        self.extent_mode.addItem(tr("Map canvas"), EXTENT_CANVAS)
        self.extent_mode.addItem(tr("Whole layer"), EXTENT_LAYER)
        self.extent_mode.addItem(tr("Selected features (e.g. one county)"), EXTENT_SELECTION)
        self.extent_mode.addItem(tr("Features matching an expression"), EXTENT_FILTER)
        self.extent_layer_combo = QgsMapLayerComboBox(extent_box)
        self.extent_layer_combo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.extent_expression = QgsFieldExpressionWidget(extent_box)
        self.extent_layer_combo.layerChanged.connect(self.extent_expression.setLayer)
        self.extent_expression.setLayer(self.extent_layer_combo.currentLayer())
        extent_form.addRow(tr("Extent from"), self.extent_mode)
        extent_form.addRow(tr("Layer"), self.extent_layer_combo)
        extent_form.addRow(tr("Expression"), self.extent_expression)
        column.addWidget(extent_box)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(tr("Open in layout designer"), body)
        self.export_button = QPushButton(tr("Export map…"), body)
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(self.export)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button)
        column.addLayout(buttons)
        column.addStretch(1)
        self.setWidget(body)

        self._library_changed(self.library_widget.filePath(), save=False)
        self.refresh_layers()
        QgsProject.instance().layersAdded.connect(self.refresh_layers)
        QgsProject.instance().layersRemoved.connect(self.refresh_layers)

    # -- settings ----------------------------------------------------------------------------------

    def _library_changed(self, folder, save=True):
        current = self.template_combo.currentText()
        self.template_combo.clear()
        try:
            library = StyleLibrary(folder or None)
        except LibraryError as error:
            self._message(str(error), Qgis.MessageLevel.Warning)
            library = StyleLibrary("")
        else:
            if save:
                set_configured_folder(folder)
        for name in library.templates():
            self.template_combo.addItem(name)
        index = self.template_combo.findText(current or "A3_landscape")
        self.template_combo.setCurrentIndex(max(index, 0))

    def refresh_layers(self, *args):
        self.layer_table.setRowCount(0)
        for layer in QgsProject.instance().mapLayers().values():
            if not isinstance(layer, QgsVectorLayer):
                continue
            row = self.layer_table.rowCount()
            self.layer_table.insertRow(row)
            name_item = QTableWidgetItem(layer.name())
            name_item.setData(Qt.ItemDataRole.UserRole, layer.id())
            name_item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            combo = QComboBox(self.layer_table)
            combo.addItem("—", None)
            for element in schema.ELEMENT_TYPES:
                combo.addItem(element.sv, element.key)
            # an analysis layer (travel times, DEGURBA ...) drawn as it looks in the project, under its own name
            combo.addItem(tr("Own style (analysis layer)"), OWN_STYLE)
            key = element_type_of_layer(layer)
            if key is not None:
                combo.setCurrentIndex(combo.findData(key))
            name_item.setCheckState(Qt.CheckState.Checked if key else Qt.CheckState.Unchecked)
            self.layer_table.setItem(row, 0, name_item)
            self.layer_table.setCellWidget(row, 1, combo)

    def element_layers(self):
        if self.use_gpkg.isChecked():
            return geopackage_layers(self.gpkg_widget.filePath())
        chosen = []
        for row in range(self.layer_table.rowCount()):
            item = self.layer_table.item(row, 0)
            key = self.layer_table.cellWidget(row, 1).currentData()
            layer = QgsProject.instance().mapLayer(item.data(Qt.ItemDataRole.UserRole))
            if item.checkState() == Qt.CheckState.Checked and key and layer is not None:
                chosen.append(ElementLayer(layer, None if key == OWN_STYLE else key))
        if not chosen:
            raise AssemblyError(tr("Tick at least one layer and give it an element type."))
        return chosen

    def map_settings(self):
        settings = MapSettings(
            template=self.template_combo.currentText(),
            title=self.title_edit.text(),
            subtitle=self.subtitle_edit.text(),
            sources=self.sources_edit.text(),
            language=self.language_combo.currentData(),
        )
        mode = self.extent_mode.currentData()
        layer = self.extent_layer_combo.currentLayer()
        if mode == EXTENT_CANVAS:
            canvas = self.iface.mapCanvas() if self.iface is not None else None
            if canvas is not None:
                settings.extent = canvas.extent()
                settings.extent_crs = canvas.mapSettings().destinationCrs()
                settings.margin = 0.0
        elif layer is None:
            raise AssemblyError(tr("Choose the layer that gives the extent."))
        else:
            settings.extent_layer = layer
            if mode == EXTENT_SELECTION:
                ids = layer.selectedFeatureIds()
                if not ids:
                    raise AssemblyError(tr("Select the feature(s) of '{layer}' that give the extent, e.g. one "
                                           "county.").format(layer=layer.name()))
                settings.extent_filter = "$id IN ({ids})".format(ids=", ".join(str(i) for i in ids))
            elif mode == EXTENT_FILTER:
                settings.extent_filter = self.extent_expression.expression()
        return settings

    def library(self):
        return StyleLibrary(self.library_widget.filePath() or None)

    def build_layout(self, project):
        """Build the layout for the current settings in `project` (the same call as the batch algorithm)."""
        assembler = MapAssembler(self.library(), project)
        layout = assembler.build(self.element_layers(), self.map_settings())
        return assembler, layout

    # -- actions -------------------------------------------------------------------------------------

    def _message(self, text, level=Qgis.MessageLevel.Info):
        if self.iface is not None and self.iface.messageBar() is not None:
            self.iface.messageBar().pushMessage(tr("Strukturbild"), text, level, 10)

    def _report(self, assembler):
        """Show the map's warnings (what was removed from shared templates and styles, missing items)."""
        self.last_warnings = list(assembler.warnings)
        for warning in assembler.warnings:
            self._message(warning, Qgis.MessageLevel.Warning)
            QgsMessageLog.logMessage(warning, "Strukturbild", Qgis.MessageLevel.Warning)  # kept after the bar

    def preview(self):
        project = QgsProject.instance()
        try:
            assembler, layout = self.build_layout(project)
        except (AssemblyError, LibraryError) as error:
            self._message(str(error), Qgis.MessageLevel.Critical)
            return None
        group = project.layerTreeRoot().insertGroup(0, tr("Strukturbild map: {title}").format(title=layout.name()))
        for layer in reversed(assembler.map_layers):
            group.addLayer(layer)
        group.setItemVisibilityChecked(False)
        manager = project.layoutManager()
        layout.setName(manager.generateUniqueTitle())
        manager.addLayout(layout)
        self.last_layout = layout
        self._report(assembler)
        open_designer = getattr(self.iface, "openLayoutDesigner", None)  # absent in test doubles of iface
        if open_designer is not None:
            open_designer(layout)
        return layout

    def export(self, path=None):
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export strukturbild map"), str(Path.home()),
                                                  tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"))
        if not path:
            return None
        from ..processing_algorithms.base import AtomicOutputFile

        try:
            assembler, layout = self.build_layout(QgsProject())
            # written beside the destination and moved into place when complete: a failed export never leaves
            # half a file, nor replaces an earlier map
            with AtomicOutputFile(path) as partial:
                assembler.export(layout, partial.partial)
                partial.commit()
        except (AssemblyError, LibraryError) as error:
            self._message(str(error), Qgis.MessageLevel.Critical)
            return None
        except OSError as error:
            self._message(tr("The map could not be written to {path} ({reason}). Choose a folder you can write "
                             "to.").format(path=path, reason=error.strerror or error), Qgis.MessageLevel.Critical)
            return None
        self._report(assembler)
        self._message(tr("Map exported to {path}").format(path=path), Qgis.MessageLevel.Success)
        return path

    def closeEvent(self, event):
        try:
            QgsProject.instance().layersAdded.disconnect(self.refresh_layers)
            QgsProject.instance().layersRemoved.disconnect(self.refresh_layers)
        except TypeError:
            pass
        super().closeEvent(event)
