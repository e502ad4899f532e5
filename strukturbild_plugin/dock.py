"""The Strukturbild dock widget: a thin view over the map assembler.

It collects the same settings as `strukturbild:assemblemap` (layers, template, title, extent, style
library) and hands them to the same MapAssembler, so a map previewed here and one made in a batch run
are identical.

The panel follows the open project whenever it is shown: its list of layers, and its settings, which are kept in the
project (scope "strukturbild") and, as defaults for a new project, in the QGIS settings (strukturbild/panel/...).
*Open in layout designer* keeps one layout per title: a second preview replaces the first and its styled layers.
"""

import configparser
import uuid
from contextlib import contextmanager
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDataProvider,
    QgsFeedback,
    QgsMapLayerProxyModel,
    QgsMessageLog,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldExpressionWidget, QgsFileWidget, QgsMapLayerComboBox, QgsMessageBarItem
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtGui import QCursor, QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
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
    unstyled_layer,
)
from .library import (
    LibraryError,
    StyleLibrary,
    configured_folder,
    remote_resources_allowed,
    set_configured_folder,
    set_remote_resources_allowed,
    template_label,
)

EXTENT_CANVAS, EXTENT_LAYER, EXTENT_SELECTION, EXTENT_FILTER = range(4)


OWN_STYLE = "own_style"  # the layer-table choice for an analysis layer drawn with its own style

# The panel's settings: kept in the project under this scope, the last ones used in QGIS's settings as defaults.
PROJECT_SCOPE = "strukturbild"
DEFAULTS_GROUP = "strukturbild/panel/"
# On a layout *Open in layout designer* made, and on the styled layers it draws: which preview they belong to.
PREVIEW_PROPERTY = "strukturbild/preview"
PREVIEW_TITLE_PROPERTY = "strukturbild/preview_title"  # the title a preview layout was made for
ADMIN_KEY = "administrativ_indelning"
LAYER_COLUMN_MIN = 120  # px: the layer table's name column never gets narrower
TABLE_ROWS = 5  # the layer table keeps this many rows when the panel is short (it shares the side with others)
HELP_ANCHOR = "#making-a-strukturbild-in-qgis"
PLUGIN_ROOT = Path(__file__).resolve().parent.parent


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


def open_url(url):
    """Open a file or web address with the desktop (the tests replace this)."""
    return QDesktopServices.openUrl(url)


def help_url():
    """The README's section on the panel, at the plugin's homepage (metadata.txt)."""
    metadata = configparser.ConfigParser(interpolation=None)
    try:
        metadata.read(PLUGIN_ROOT / "metadata.txt", encoding="utf-8")
        homepage = metadata.get("general", "homepage")
    except (configparser.Error, OSError):
        homepage = ""
    if homepage:
        return QUrl(homepage + HELP_ANCHOR)
    return QUrl.fromLocalFile(str(PLUGIN_ROOT / "README.md"))


def is_preview_layer(layer):
    """True for a styled copy that *Open in layout designer* made (it belongs to a layout, not to the user)."""
    return bool(layer.customProperty(PREVIEW_PROPERTY, ""))


def geopackage_admin_layer(path):
    """The name of the administrative units layer in a strukturbild GeoPackage, or None."""
    if not path or not Path(path).is_file():
        return None
    probe = unstyled_layer(str(path), "probe")
    if not probe.isValid():
        return None
    for sublayer in probe.dataProvider().subLayers():
        parts = sublayer.split(QgsDataProvider.SUBLAYER_SEPARATOR)
        if len(parts) > 1:
            element = schema.match_element_type(parts[1])
            if element is not None and element.key == ADMIN_KEY:
                return parts[1]
    return None


class StrukturbildDock(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Strukturbild"), parent)
        self.iface = iface
        self.last_layout = None
        self.last_warnings = []  # what the last map reported: removals from shared templates and styles, ...
        self.last_export_item = None  # the message bar item of the last export, with its Open buttons
        self.progress = None  # the export's progress dialog while it runs
        self._layer_choices = {}  # layer id -> (ticked, element key or OWN_STYLE or None), as the user left them
        self._restoring = False  # settings being put into the widgets: not written back
        self._filling = False  # the layer table being filled: its signals are not the user's choices
        self._building = False  # a preview adds its styled layers to the project: not listed meanwhile
        self._stale = False  # the project changed while the panel was hidden
        self._connected = False
        self._admin_lookup = (None, None)  # ((GeoPackage path, modified), its administrative units layer or None)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        self.scroll_area = scroll
        self.body = body

        header = QHBoxLayout()
        intro = QLabel(tr("Assemble a strukturbild map from the region's styles and templates."), body)
        intro.setWordWrap(True)
        self.help_button = QToolButton(body)
        self.help_button.setIcon(QgsApplication.getThemeIcon("/mActionHelpContents.svg"))
        self.help_button.setText("?")  # shown where the theme has no help icon
        self.help_button.setAutoRaise(True)
        self.help_button.setToolTip(tr("Help: the README's section on making a strukturbild in QGIS"))
        self.help_button.clicked.connect(lambda: open_url(help_url()))
        header.addWidget(intro, 1)
        header.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(header)

        # -- what to map
        source_box = QGroupBox(tr("Strukturbild layers"), body)
        source_layout = QVBoxLayout(source_box)
        self.use_gpkg = QRadioButton(tr("Strukturbild GeoPackage"), source_box)
        self.use_gpkg.setToolTip(tr("Map the element layers of a strukturbild GeoPackage (layers named nod, "
                                    "utvecklingsstrak, gronstruktur …)"))
        self.use_layers = QRadioButton(tr("Layers of the project"), source_box)
        self.use_layers.setToolTip(tr("Map layers of the open project, each mapped to an element type: tick them "
                                      "and choose the element type each is drawn as"))
        self.source_group = QButtonGroup(self)
        self.source_group.addButton(self.use_gpkg)
        self.source_group.addButton(self.use_layers)
        self.use_gpkg.setChecked(True)
        self.gpkg_widget = QgsFileWidget(source_box)
        self.gpkg_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.gpkg_widget.setToolTip(tr("The strukturbild GeoPackage to map (made with 'Create strukturbild "
                                       "GeoPackage')"))
        self.layer_table = QTableWidget(0, 2, source_box)
        self.layer_table.setHorizontalHeaderLabels([tr("Layer"), tr("Element type")])
        self.layer_table.setToolTip(tr("Tick the layers to map and choose the element type each is drawn as; "
                                       "'Own style' draws an analysis layer as it looks in the project"))
        table_header = self.layer_table.horizontalHeader()
        table_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # the layer names keep room to be read; in a narrow panel the table scrolls sideways rather than cut the
        # element types
        table_header.setMinimumSectionSize(LAYER_COLUMN_MIN)
        self.layer_table.verticalHeader().setVisible(False)
        self.layer_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.layer_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.layer_table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows_height = (self.layer_table.verticalHeader().defaultSectionSize() * TABLE_ROWS
                       + table_header.sizeHint().height() + 2 * self.layer_table.frameWidth())
        self.layer_table.setMinimumHeight(rows_height)
        self.layer_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.layer_table.itemChanged.connect(self._layer_row_changed)
        self.refresh_button = QPushButton(tr("Refresh layer list"), source_box)
        self.refresh_button.setToolTip(tr("List the project's vector layers again"))
        self.refresh_button.clicked.connect(self.refresh_layers)
        for widget in (self.use_gpkg, self.gpkg_widget, self.use_layers, self.layer_table, self.refresh_button):
            source_layout.addWidget(widget)
        column.addWidget(source_box, 1)

        # -- how it looks
        form_box = QGroupBox(tr("Map"), body)
        form = QFormLayout(form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.template_combo = QComboBox(form_box)
        self.template_combo.setEditable(True)
        self.template_combo.setToolTip(tr("A library template or the path of a .qpt file"))
        self.template_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_combo.setMinimumContentsLength(12)
        self.title_edit = QLineEdit(tr("Strukturbild"), form_box)
        self.title_edit.setToolTip(tr("The map's title; a long title is set smaller to fit the template's title "
                                      "box. Also the name of the layout 'Open in layout designer' makes"))
        self.subtitle_edit = QLineEdit(form_box)
        self.subtitle_edit.setToolTip(tr("A line under the title (empty: none)"))
        self.sources_edit = QLineEdit(form_box)
        self.sources_edit.setToolTip(tr("The data sources, printed after 'Källa:' / 'Source:' (empty: nothing is "
                                        "printed)"))
        self.language_combo = QComboBox(form_box)
        self.language_combo.addItem(tr("Swedish"), "sv")
        self.language_combo.addItem(tr("English"), "en")
        self.language_combo.setToolTip(tr("The language of the legend and the map's fixed texts"))
        self.library_widget = QgsFileWidget(form_box)
        self.library_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.library_widget.setFilePath(configured_folder())
        self.library_widget.setToolTip(tr("A shared folder with the region's styles/ and templates/ "
                                          "(empty: the bundled library)"))
        self.library_widget.fileChanged.connect(self._library_changed)
        self.allow_remote_check = QCheckBox(tr("Allow web pictures"), form_box)
        self.allow_remote_check.setToolTip(tr(
            "Allow pictures and symbols from web addresses. Off: pictures and symbols in shared templates and styles "
            "come only from the style library folder, the plugin or data embedded in them, and nothing is fetched "
            "from the network. Turn on only if the region's templates use web addresses on purpose. HTML never runs "
            "either way."))
        self.allow_remote_check.setChecked(remote_resources_allowed())
        self.allow_remote_check.toggled.connect(set_remote_resources_allowed)
        form.addRow(tr("Template"), self.template_combo)
        form.addRow(tr("Title"), self.title_edit)
        form.addRow(tr("Subtitle"), self.subtitle_edit)
        form.addRow(tr("Sources"), self.sources_edit)
        form.addRow(tr("Legend language"), self.language_combo)
        form.addRow(tr("Style library"), self.library_widget)
        form.addRow(self.allow_remote_check)
        column.addWidget(form_box)

        # -- extent
        extent_box = QGroupBox(tr("Extent"), body)
        extent_form = QFormLayout(extent_box)
        extent_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        extent_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.extent_mode = QComboBox(extent_box)
        self.extent_mode.addItem(tr("Map canvas"), EXTENT_CANVAS)
        self.extent_mode.addItem(tr("Whole layer"), EXTENT_LAYER)
        self.extent_mode.addItem(tr("Selected features (e.g. one county)"), EXTENT_SELECTION)
        self.extent_mode.addItem(tr("Features matching an expression"), EXTENT_FILTER)
        self.extent_mode.setToolTip(tr("What the map shows: the map canvas as it is, a whole layer, the selected "
                                       "features of a layer (e.g. your county) or the features an expression "
                                       "chooses"))
        self.extent_mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.extent_mode.setMinimumContentsLength(12)
        self.extent_layer_combo = QgsMapLayerComboBox(extent_box)
        self.extent_layer_combo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.extent_layer_combo.setToolTip(tr("The layer whose (selected or chosen) features give the map's extent, "
                                              "e.g. a layer of counties"))
        self.extent_expression = QgsFieldExpressionWidget(extent_box)
        self.extent_expression.setToolTip(tr("An expression choosing the features that give the extent, e.g. "
                                             "\"kod\" = '06'"))
        self.extent_layer_combo.layerChanged.connect(self.extent_expression.setLayer)
        self.extent_expression.setLayer(self.extent_layer_combo.currentLayer())
        self.load_admin_button = QPushButton(tr("Load administrative units"), extent_box)
        self.load_admin_button.setToolTip(tr("Add the GeoPackage's administrative units (län and kommuner) to the "
                                             "project, to select your county in"))
        self.load_admin_button.clicked.connect(self.load_admin_layer)
        self.load_admin_button.setVisible(False)
        extent_form.addRow(tr("Extent from"), self.extent_mode)
        extent_form.addRow(tr("Layer"), self.extent_layer_combo)
        extent_form.addRow(tr("Expression"), self.extent_expression)
        extent_form.addRow(self.load_admin_button)
        column.addWidget(extent_box)

        buttons = QVBoxLayout()  # one under the other: side by side they would not fit a narrow panel
        self.preview_button = QPushButton(tr("Open in layout designer"), body)
        self.preview_button.setToolTip(tr("Build the map as a print layout of this project, named after the title, "
                                          "for final touches; building it again replaces it"))
        self.export_button = QPushButton(tr("Export map…"), body)
        self.export_button.setToolTip(tr("Write the map as PDF, PNG or SVG"))
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(lambda: self.export())
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button)
        column.addLayout(buttons)
        column.addStretch(0)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(260)

        self._library_changed(self.library_widget.filePath(), save=False)
        # The user's changes are kept in the project and as defaults. Only changes the user makes: the extent layer
        # combo also moves by itself when layers come and go (while a project is being read, too), so it saves on
        # 'activated', and the expression only when its text changed.
        self._last_expression = ""
        self.use_gpkg.toggled.connect(self._source_changed)
        self.gpkg_widget.fileChanged.connect(self._gpkg_changed)
        self.template_combo.currentTextChanged.connect(self.save_settings)
        for edit in (self.title_edit, self.subtitle_edit, self.sources_edit):
            edit.textEdited.connect(self.save_settings)
        self.language_combo.currentIndexChanged.connect(self.save_settings)
        self.extent_mode.currentIndexChanged.connect(self._extent_mode_changed)
        self.extent_layer_combo.activated.connect(self.save_settings)
        self.extent_expression.fieldChanged.connect(self._expression_changed)

        self.connect_project()
        self.restore_settings()

    # -- following the project -----------------------------------------------------------------------

    def connect_project(self):
        """Follow QgsProject.instance(): its layers, its settings when a project is read or cleared, and its
        layouts (a preview layout removed takes its styled layers along)."""
        if self._connected:
            return
        project = QgsProject.instance()
        project.layersAdded.connect(self._project_layers_changed)
        project.layersRemoved.connect(self._project_layers_changed)
        project.readProject.connect(self._project_read)
        project.cleared.connect(self._project_cleared)
        project.layoutManager().layoutAboutToBeRemoved.connect(self._layout_about_to_be_removed)
        self._connected = True

    def disconnect_project(self):
        """Stop following the project: only when the plugin unloads (closing the panel with its X keeps it)."""
        if not self._connected:
            return
        project = QgsProject.instance()
        for signal, slot in ((project.layersAdded, self._project_layers_changed),
                             (project.layersRemoved, self._project_layers_changed),
                             (project.readProject, self._project_read),
                             (project.cleared, self._project_cleared),
                             (project.layoutManager().layoutAboutToBeRemoved, self._layout_about_to_be_removed)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._connected = False

    def _project_layers_changed(self, *args):
        if self._building:
            return
        if self.isVisible():
            self.refresh_layers()
        else:
            self._stale = True

    def _project_read(self, *args):
        self.restore_settings()
        self.refresh_layers()

    def _project_cleared(self):
        self.restore_settings()
        self.refresh_layers()

    def showEvent(self, event):
        self.connect_project()
        if self._stale:
            self.refresh_layers()
        super().showEvent(event)

    # -- settings ----------------------------------------------------------------------------------

    def _library_changed(self, folder, save=True):
        current = self.template_combo.currentText()
        self.template_combo.blockSignals(True)
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
            self.template_combo.addItem(template_label(name), name)  # shown translated, the file name as data
        index = self.template_combo.findText(current or template_label("A3_landscape"))
        if index >= 0:
            self.template_combo.setCurrentIndex(index)
        else:
            self.template_combo.setCurrentText(current)
        self.template_combo.blockSignals(False)

    def _values(self):
        """The panel's settings as text: {key: str}; paths as written in the project (relative if it says so)."""
        layer = self.extent_layer_combo.currentLayer()
        return {
            "source": "gpkg" if self.use_gpkg.isChecked() else "layers",
            "gpkg": self.gpkg_widget.filePath(),
            "template": self.template_combo.currentText(),
            "title": self.title_edit.text(),
            "subtitle": self.subtitle_edit.text(),
            "sources": self.sources_edit.text(),
            "language": self.language_combo.currentData() or "sv",
            "extent_mode": str(self.extent_mode.currentData()),
            "extent_layer": layer.id() if layer is not None else "",
            "extent_expression": self.extent_expression.expression(),
        }

    def save_settings(self, *args):
        """Keep the panel's settings in the project (scope 'strukturbild') and as defaults for new projects."""
        if self._restoring:
            return
        project = QgsProject.instance()
        settings = QgsSettings()
        self._last_expression = self.extent_expression.expression()
        for key, value in self._values().items():
            stored = project.writePath(value) if key == "gpkg" and value else value
            project.writeEntry(PROJECT_SCOPE, "/" + key, stored)
            if key != "extent_layer":  # a layer id means nothing in another project
                settings.setValue(DEFAULTS_GROUP + key, value)
        project.writeEntry(PROJECT_SCOPE, "/layers", [
            "{}\t{}\t{}".format(layer_id, key or "", int(ticked))
            for layer_id, (ticked, key) in sorted(self._layer_choices.items())])

    def restore_settings(self):
        """Put the project's settings into the panel; what the project lacks comes from the last ones used."""
        project = QgsProject.instance()
        defaults = QgsSettings()
        values = {}
        for key in ("source", "gpkg", "template", "title", "subtitle", "sources", "language", "extent_mode",
                    "extent_layer", "extent_expression"):
            value, found = project.readEntry(PROJECT_SCOPE, "/" + key, "")
            if found:
                values[key] = project.readPath(value) if key == "gpkg" and value else value
            elif key != "extent_layer":
                values[key] = defaults.value(DEFAULTS_GROUP + key, None)
        rows, found = project.readListEntry(PROJECT_SCOPE, "/layers", [])
        choices = {}
        for row in rows if found else []:
            parts = row.split("\t")
            if len(parts) == 3 and parts[0]:
                choices[parts[0]] = (parts[2] == "1", parts[1] or None)
        self._restoring = True
        try:
            self._layer_choices = choices
            source = values.get("source")
            (self.use_layers if source == "layers" else self.use_gpkg).setChecked(True)
            self.gpkg_widget.setFilePath(values.get("gpkg") or "")
            if values.get("template"):
                index = self.template_combo.findText(values["template"])
                if index >= 0:
                    self.template_combo.setCurrentIndex(index)
                else:
                    self.template_combo.setCurrentText(values["template"])
            title = values.get("title")
            self.title_edit.setText(tr("Strukturbild") if title is None else title)
            self.subtitle_edit.setText(values.get("subtitle") or "")
            self.sources_edit.setText(values.get("sources") or "")
            index = self.language_combo.findData(values.get("language") or "sv")
            self.language_combo.setCurrentIndex(max(index, 0))
            try:
                mode = int(values.get("extent_mode") or EXTENT_CANVAS)
            except ValueError:
                mode = EXTENT_CANVAS
            self.extent_mode.setCurrentIndex(max(self.extent_mode.findData(mode), 0))
            layer = project.mapLayer(values.get("extent_layer") or "")
            if layer is not None:
                self.extent_layer_combo.setLayer(layer)
            self.extent_expression.setExpression(values.get("extent_expression") or "")
            self._last_expression = self.extent_expression.expression()
        finally:
            self._restoring = False
        self._update_enabled()

    def _source_changed(self, *args):
        self._update_enabled()
        self.save_settings()

    def _gpkg_changed(self, *args):
        self._update_enabled()
        self.save_settings()

    def _extent_mode_changed(self, *args):
        self._update_enabled()
        self.save_settings()
        if (not self._restoring and self.extent_mode.currentData() == EXTENT_SELECTION
                and self.load_admin_button.isVisibleTo(self)):
            self._message(tr("To select your county, load the GeoPackage's administrative units with the button "
                             "under Extent, then select the county with the Select Features tool."))

    def _expression_changed(self, *args):
        if self.extent_expression.expression() != self._last_expression:
            self.save_settings()

    def _update_enabled(self):
        """Controls that do not apply are disabled; the button to load the administrative units shows when the
        extent is the selected features and the GeoPackage has them but the project does not."""
        from_gpkg = self.use_gpkg.isChecked()
        self.gpkg_widget.setEnabled(from_gpkg)
        self.layer_table.setEnabled(not from_gpkg)
        self.refresh_button.setEnabled(not from_gpkg)
        mode = self.extent_mode.currentData()
        self.extent_layer_combo.setEnabled(mode != EXTENT_CANVAS)
        self.extent_expression.setEnabled(mode == EXTENT_FILTER)
        self.load_admin_button.setVisible(mode in (EXTENT_SELECTION, EXTENT_FILTER)
                                          and self._admin_layer_to_offer() is not None)

    def _admin_layer_to_offer(self):
        """(GeoPackage path, layer name) of administrative units the project lacks, or None."""
        path = self.gpkg_widget.filePath()
        if not path or not Path(path).is_file():
            return None
        key = (path, Path(path).stat().st_mtime)
        if self._admin_lookup[0] != key:  # opened once per file, not on every change of the project's layers
            self._admin_lookup = (key, geopackage_admin_layer(path))
        name = self._admin_lookup[1]
        if name is None:
            return None
        resolved = str(Path(path).resolve())
        for layer in QgsProject.instance().mapLayers().values():
            source = layer.source().split("|")
            if (not is_preview_layer(layer) and source[0] and Path(source[0]).exists()
                    and str(Path(source[0]).resolve()) == resolved
                    and any(part == f"layername={name}" for part in source[1:])):
                return None
        return path, name

    def load_admin_layer(self):
        """Add the GeoPackage's administrative units to the project (styled by the library) and make them the
        extent layer, ready for selecting the county."""
        offer = self._admin_layer_to_offer()
        if offer is None:
            return None
        path, name = offer
        element = schema.element_type(ADMIN_KEY)
        layer = unstyled_layer(f"{path}|layername={name}", element.title(self.language_combo.currentData() or "sv"))
        if not layer.isValid():
            self._message(tr("{path} cannot be opened as a GeoPackage.").format(path=path),
                          Qgis.MessageLevel.Critical)
            return None
        try:
            self.library().apply_style(layer, ADMIN_KEY)
        except LibraryError as error:
            self._message(str(error), Qgis.MessageLevel.Warning)
        QgsProject.instance().addMapLayer(layer)
        self.extent_layer_combo.setLayer(layer)
        self.save_settings()
        if self.iface is not None and hasattr(self.iface, "setActiveLayer"):
            self.iface.setActiveLayer(layer)
        self._update_enabled()
        self._message(tr("Select your county in '{layer}' with the Select Features tool, then make the map.")
                      .format(layer=layer.name()))
        return layer

    def refresh_layers(self, *args):
        """List the project's vector layers (not the styled copies a preview made) with the choices the user
        made for them, or the element type they match."""
        self._stale = False
        project = QgsProject.instance()
        previews = [layer for layer in project.mapLayers().values() if is_preview_layer(layer)]
        self.extent_layer_combo.setExceptedLayerList(previews)
        self._filling = True
        try:
            self.layer_table.setRowCount(0)
            for layer in project.mapLayers().values():
                if not isinstance(layer, QgsVectorLayer) or is_preview_layer(layer):
                    continue
                row = self.layer_table.rowCount()
                self.layer_table.insertRow(row)
                name_item = QTableWidgetItem(layer.name())
                name_item.setData(Qt.ItemDataRole.UserRole, layer.id())
                name_item.setToolTip(f"{layer.name()}\n{layer.publicSource()}")
                name_item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                combo = QComboBox(self.layer_table)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                combo.setToolTip(tr("The element type '{layer}' is drawn as").format(layer=layer.name()))
                combo.addItem("—", None)
                for element in schema.ELEMENT_TYPES:
                    combo.addItem(element.sv, element.key)
                # an analysis layer (travel times, DEGURBA ...) drawn as it looks in the project, under its own name
                combo.addItem(tr("Own style (analysis layer)"), OWN_STYLE)
                if layer.id() in self._layer_choices:
                    ticked, key = self._layer_choices[layer.id()]
                else:
                    key = element_type_of_layer(layer)
                    ticked = key is not None
                combo.setCurrentIndex(max(combo.findData(key), 0))
                name_item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.layer_table.setItem(row, 0, name_item)
                self.layer_table.setCellWidget(row, 1, combo)
                combo.currentIndexChanged.connect(self._layer_row_changed)
        finally:
            self._filling = False
        self.layer_table.resizeColumnToContents(1)
        self._update_enabled()

    def _layer_row_changed(self, *args):
        if self._filling:
            return
        for row in range(self.layer_table.rowCount()):
            item = self.layer_table.item(row, 0)
            combo = self.layer_table.cellWidget(row, 1)
            if item is None or combo is None:
                continue
            self._layer_choices[item.data(Qt.ItemDataRole.UserRole)] = (
                item.checkState() == Qt.CheckState.Checked, combo.currentData())
        self.save_settings()

    def controls(self):
        """The panel's own controls (each has a tooltip)."""
        return [self.help_button, self.use_gpkg, self.gpkg_widget, self.use_layers, self.layer_table,
                self.refresh_button, self.template_combo, self.title_edit, self.subtitle_edit, self.sources_edit,
                self.language_combo, self.library_widget, self.allow_remote_check, self.extent_mode,
                self.extent_layer_combo, self.extent_expression, self.load_admin_button, self.preview_button,
                self.export_button]

    def element_layers(self):
        if self.use_gpkg.isChecked():
            return geopackage_layers(self.gpkg_widget.filePath())
        chosen = []
        for row in range(self.layer_table.rowCount()):
            item = self.layer_table.item(row, 0)
            key = self.layer_table.cellWidget(row, 1).currentData()
            layer = QgsProject.instance().mapLayer(item.data(Qt.ItemDataRole.UserRole))
            if (item.checkState() == Qt.CheckState.Checked and key and layer is not None
                    and not is_preview_layer(layer)):
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

    def build_layout(self, project, feedback=None):
        """Build the layout for the current settings in `project` (the same call as the batch algorithm)."""
        assembler = MapAssembler(self.library(), project, feedback)
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

    @contextmanager
    def _busy(self):
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        self.preview_button.setEnabled(False)
        self.export_button.setEnabled(False)
        try:
            yield
        finally:
            self.preview_button.setEnabled(True)
            self.export_button.setEnabled(True)
            QApplication.restoreOverrideCursor()

    def preview_layouts(self):
        """The layouts *Open in layout designer* made in the open project."""
        return [layout for layout in QgsProject.instance().layoutManager().printLayouts()
                if layout.customProperty(PREVIEW_PROPERTY, "")]

    def _remove_preview_layers(self, token):
        project = QgsProject.instance()
        ids = [layer.id() for layer in project.mapLayers().values()
               if layer.customProperty(PREVIEW_PROPERTY, "") == token]
        if ids:
            project.removeMapLayers(ids)

    def _layout_about_to_be_removed(self, name):
        """A preview layout removed (by the next preview or by the user) takes its styled layers along."""
        layout = QgsProject.instance().layoutManager().layoutByName(name)
        token = layout.customProperty(PREVIEW_PROPERTY, "") if layout is not None else ""
        if token:
            self._remove_preview_layers(token)

    def preview(self):
        """Build the map as a layout of the open project, named after the title. A layout of that name the panel
        made before is replaced, with its styled layers; a layout of that name the user made is kept and the new
        one gets a numbered name."""
        project = QgsProject.instance()
        with self._busy():
            self._building = True
            try:
                assembler, layout = self.build_layout(project)
            except (AssemblyError, LibraryError) as error:
                self._message(str(error), Qgis.MessageLevel.Critical)
                return None
            finally:
                self._building = False
            token = uuid.uuid4().hex
            for layer in assembler.map_layers:
                layer.setCustomProperty(PREVIEW_PROPERTY, token)
            manager = project.layoutManager()
            title = layout.name()
            for earlier in self.preview_layouts():
                if earlier.customProperty(PREVIEW_TITLE_PROPERTY, "") == title:
                    manager.removeLayout(earlier)  # its styled layers go with it (_layout_about_to_be_removed)
            name, number = title, 1
            while manager.layoutByName(name) is not None:
                number += 1
                name = f"{title} ({number})"
            layout.setName(name)
            layout.setCustomProperty(PREVIEW_PROPERTY, token)
            layout.setCustomProperty(PREVIEW_TITLE_PROPERTY, title)
            manager.addLayout(layout)
            self.last_layout = layout
            self.refresh_layers()
        self._report(assembler)
        open_designer = getattr(self.iface, "openLayoutDesigner", None)  # absent in test doubles of iface
        if open_designer is not None:
            open_designer(layout)
        return layout

    def _progress_dialog(self, feedback):
        progress = QProgressDialog(tr("Making the map…"), tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(tr("Strukturbild"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(feedback.cancel)

        def advance(value):
            progress.setValue(int(value))
            QCoreApplication.processEvents()

        feedback.progressChanged.connect(advance)
        progress.setValue(0)
        progress.show()
        QCoreApplication.processEvents()
        return progress

    def export(self, path=None):
        """Write the map to `path` (asked for when not given): PDF, PNG or SVG by the file's extension."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export strukturbild map"), self._export_folder(),
                                                  tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"))
        if not path:
            return None
        from ..processing_algorithms.base import AtomicOutputFile

        feedback = QgsFeedback()
        with self._busy():
            self.progress = self._progress_dialog(feedback)
            try:
                assembler, layout = self.build_layout(QgsProject(), feedback)
                if feedback.isCanceled() or self.progress.wasCanceled():
                    self._message(tr("The export was cancelled; nothing was written."))
                    return None
                self.progress.setLabelText(tr("Writing {name}…").format(name=Path(path).name))
                QCoreApplication.processEvents()
                # written beside the destination and moved into place when complete: a failed export never leaves
                # half a file, nor replaces an earlier map
                with AtomicOutputFile(path) as partial:
                    assembler.export(layout, partial.partial)
                    partial.commit()
            except (AssemblyError, LibraryError) as error:
                self._message(str(error), Qgis.MessageLevel.Critical)
                return None
            except OSError as error:
                self._message(tr("The map could not be written to {path} ({reason}). Choose a folder you can "
                                 "write to.").format(path=path, reason=error.strerror or error),
                              Qgis.MessageLevel.Critical)
                return None
            finally:
                self.progress.close()
                self.progress.deleteLater()
                self.progress = None
        QgsSettings().setValue(DEFAULTS_GROUP + "export_folder", str(Path(path).parent))
        self._report(assembler)
        self._exported(path)
        return path

    def _export_folder(self):
        folder = QgsSettings().value(DEFAULTS_GROUP + "export_folder", "")
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def _exported(self, path):
        """'Map exported to …' with buttons that open the file and its folder."""
        text = tr("Map exported to {path}").format(path=path)
        item = QgsMessageBarItem(tr("Strukturbild"), text, Qgis.MessageLevel.Success, 0)
        buttons = QWidget(item)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        open_file = QPushButton(tr("Open"), buttons)
        open_file.setToolTip(tr("Open the map in the program your system opens such files with"))
        open_file.clicked.connect(lambda: open_url(QUrl.fromLocalFile(str(path))))
        open_folder = QPushButton(tr("Open folder"), buttons)
        open_folder.setToolTip(tr("Open the folder the map was written to"))
        open_folder.clicked.connect(lambda: open_url(QUrl.fromLocalFile(str(Path(path).parent))))
        row.addWidget(open_file)
        row.addWidget(open_folder)
        item.setWidget(buttons)
        self.last_export_item = item
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None and hasattr(bar, "pushItem"):
            bar.pushItem(item)
        elif bar is not None:  # a test double of iface: the text only
            bar.pushMessage(tr("Strukturbild"), text, Qgis.MessageLevel.Success, 10)
        return item
