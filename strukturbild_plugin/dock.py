"""The Strukturbild dock widget: a thin view over the map assembler.

It collects the same settings as `strukturbild:assemblemap` (layers, template, title, extent, style
library) and hands them to the same MapAssembler, so a map previewed here and one made in a batch run
are identical.

The panel follows the open project whenever it is shown: its list of layers, and its settings, which are kept in the
project (scope "strukturbild") and, as defaults for a new project, in the QGIS settings (strukturbild/panel/...).
*Open in layout designer* keeps one layout per title: a second preview replaces the first and its styled layers.
"""

import configparser
import traceback
import uuid
from contextlib import contextmanager
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDataProvider,
    QgsFeature,
    QgsFeedback,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsMessageLog,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsCollapsibleGroupBox,
    QgsFieldExpressionWidget,
    QgsFileWidget,
    QgsMapLayerComboBox,
    QgsMessageBarItem,
)
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
    QMessageBox,
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
# The Processing algorithms the Contributions section opens (their dialog, prefilled from the panel).
PACKAGES_ALGORITHM = "strukturbild:contributionpackage"
VALIDATE_ALGORITHM = "strukturbild:validatestrukturbild"
MERGE_ALGORITHM = "strukturbild:mergecontributions"
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

        # -- publish and contributions: the code of the batch algorithms, with the panel's settings
        self.publish_box = self._section(tr("Publish"), "strukturbildPublishSection", tr(
            "Publish the map as set up above: as a web map anyone opens in a browser, or as a QGIS project for a map "
            "server (QGIS Server, Lizmap)"))
        self.webmap_button = QPushButton(tr("Web map…"), self.publish_box)
        self.webmap_button.setToolTip(tr(
            "Write the map as a web map: a folder with index.html that opens in any browser, from a file share or a "
            "web server, also without internet. The layers, title, subtitle, sources, extent, language and style "
            "library set above are used, as 'Export strukturbild web map' uses them. Needs a strukturbild "
            "GeoPackage or ticked layers"))
        self.webmap_button.clicked.connect(lambda: self.export_web_map())
        self.project_button = QPushButton(tr("QGIS project…"), self.publish_box)
        self.project_button.setToolTip(tr(
            "Write a QGIS project to put on a map server (QGIS Server, Lizmap) or share: the layers set above, styled "
            "and grouped, one print layout per template, the service settings; data kept elsewhere is copied beside "
            "it (as 'Publish strukturbild as QGIS project' does). Needs a strukturbild GeoPackage or ticked layers"))
        self.project_button.clicked.connect(lambda: self.publish_project())
        publish_layout = QVBoxLayout(self.publish_box)
        publish_layout.addWidget(self.webmap_button)
        publish_layout.addWidget(self.project_button)
        column.addWidget(self.publish_box)

        self.contributions_box = self._section(tr("Contributions"), "strukturbildContributionsSection", tr(
            "A contributions round with the kommuner: send each a package of the strukturbild, check what comes "
            "back, merge the contributions into one regional strukturbild. Each button opens the Processing "
            "algorithm, filled in from the panel"))
        self.packages_button = QPushButton(tr("Packages per kommun…"), self.contributions_box)
        self.packages_button.setToolTip(tr(
            "Open 'Contribution packages' with the strukturbild GeoPackage chosen above: one GeoPackage per kommun "
            "(or any zone of a layer) to send out, ready to edit. Needs a strukturbild GeoPackage"))
        self.packages_button.clicked.connect(lambda: self.open_packages())
        self.validate_button = QPushButton(tr("Validate a contribution…"), self.contributions_box)
        self.validate_button.setToolTip(tr(
            "Open 'Validate strukturbild' to check a GeoPackage (e.g. a kommun's returned package) against the "
            "strukturbild schema: a table of problems with what to do. Starts with the GeoPackage chosen above, if "
            "any"))
        self.validate_button.clicked.connect(lambda: self.open_validate())
        self.merge_button = QPushButton(tr("Merge contributions…"), self.contributions_box)
        self.merge_button.setToolTip(tr(
            "Open 'Merge contributions' to merge the returned packages into one regional strukturbild, with a "
            "report; nothing is lost and conflicts are reported. A merged strukturbild chosen above is the previous "
            "round (BASE)"))
        self.merge_button.clicked.connect(lambda: self.open_merge())
        contributions_layout = QVBoxLayout(self.contributions_box)
        for button in (self.packages_button, self.validate_button, self.merge_button):
            contributions_layout.addWidget(button)
        column.addWidget(self.contributions_box)
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

    def _section(self, title, name, tooltip):
        """A collapsible section of the panel (its open/closed state is remembered by QGIS under `name`)."""
        box = QgsCollapsibleGroupBox(title, self.body)
        box.setObjectName(name)
        box.setToolTip(tooltip)
        for toggle in box.findChildren(QToolButton):  # the arrow that opens and closes it
            toggle.setToolTip(tr("Show or hide the section '{title}'").format(title=title))
        return box

    def section_toggles(self):
        """The arrows that open and close the collapsible sections."""
        return [toggle for box in (self.publish_box, self.contributions_box)
                for toggle in box.findChildren(QToolButton) if toggle.parentWidget() is box]

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
        current = self.template_value()
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
        self.select_template(current or "A3_landscape")
        self.template_combo.blockSignals(False)

    def template_value(self):
        """The chosen template as the settings keep it: a library template's file name (A3_landscape), whatever
        language its label is shown in, or the path of a .qpt typed in."""
        text = self.template_combo.currentText()
        index = self.template_combo.currentIndex()
        if index >= 0 and self.template_combo.itemText(index) == text and self.template_combo.itemData(index):
            return self.template_combo.itemData(index)
        return text

    def select_template(self, value):
        """Show a template given by file name, by its label in either language, or as a path."""
        index = self.template_combo.findData(value)
        if index < 0:
            index = self.template_combo.findText(value)
        if index < 0:
            for k in range(self.template_combo.count()):
                name = self.template_combo.itemData(k)
                if value in (template_label(name, "sv"), template_label(name, "en")):
                    index = k
                    break
        if index >= 0:
            self.template_combo.setCurrentIndex(index)
        else:
            self.template_combo.setCurrentText(value)

    def _values(self):
        """The panel's settings as text: {key: str}; paths as written in the project (relative if it says so)."""
        layer = self.extent_layer_combo.currentLayer()
        return {
            "source": "gpkg" if self.use_gpkg.isChecked() else "layers",
            "gpkg": self.gpkg_widget.filePath(),
            "template": self.template_value(),
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
                self.select_template(values["template"])
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
        # Publishing needs something to map; packages are cut from the strukturbild GeoPackage. Validating and
        # merging read the files the user chooses in the algorithm's dialog: always available.
        can_map = self.strukturbild_file() is not None if from_gpkg else self._layers_ticked()
        self.webmap_button.setEnabled(can_map)
        self.project_button.setEnabled(can_map)
        self.packages_button.setEnabled(self.strukturbild_file() is not None)

    def strukturbild_file(self):
        """The strukturbild GeoPackage the panel maps (an existing file), or None (none chosen, or project layers
        are mapped)."""
        path = self.gpkg_widget.filePath()
        if not self.use_gpkg.isChecked() or not path or not Path(path).is_file():
            return None
        return str(Path(path).resolve())

    def _layers_ticked(self):
        """True when a layer of the project is ticked and has an element type (or its own style)."""
        for row in range(self.layer_table.rowCount()):
            item = self.layer_table.item(row, 0)
            combo = self.layer_table.cellWidget(row, 1)
            if (item is not None and combo is not None and item.checkState() == Qt.CheckState.Checked
                    and combo.currentData()):
                return True
        return False

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
        self._update_enabled()

    def controls(self):
        """The panel's own controls (each has a tooltip)."""
        return [self.help_button, self.use_gpkg, self.gpkg_widget, self.use_layers, self.layer_table,
                self.refresh_button, self.template_combo, self.title_edit, self.subtitle_edit, self.sources_edit,
                self.language_combo, self.library_widget, self.allow_remote_check, self.extent_mode,
                self.extent_layer_combo, self.extent_expression, self.load_admin_button, self.preview_button,
                self.export_button, self.webmap_button, self.project_button, self.packages_button,
                self.validate_button, self.merge_button] + self.section_toggles()

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
            template=self.template_value(),
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
        self._show_warnings(assembler.warnings)

    def _action_buttons(self):
        return (self.preview_button, self.export_button, self.webmap_button, self.project_button,
                self.packages_button, self.validate_button, self.merge_button)

    @contextmanager
    def _busy(self):
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        for button in self._action_buttons():
            button.setEnabled(False)
        try:
            yield
        finally:
            self.preview_button.setEnabled(True)
            self.export_button.setEnabled(True)
            self.validate_button.setEnabled(True)
            self.merge_button.setEnabled(True)
            self._update_enabled()  # the publish and package buttons as the settings allow
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

    def _progress_dialog(self, feedback, label=None):
        progress = QProgressDialog(label or tr("Making the map…"), tr("Cancel"), 0, 100, self)
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
        return self._offer(tr("Map exported to {path}").format(path=path), [
            (tr("Open"), tr("Open the map in the program your system opens such files with"), path),
            (tr("Open folder"), tr("Open the folder the map was written to"), Path(path).parent)])

    def _offer(self, text, actions):
        """A success message that stays, with a button per (label, tooltip, file or folder to open)."""
        item = QgsMessageBarItem(tr("Strukturbild"), text, Qgis.MessageLevel.Success, 0)
        buttons = QWidget(item)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for label, tooltip, target in actions:
            button = QPushButton(label, buttons)
            button.setToolTip(tooltip)
            button.clicked.connect(lambda checked=False, target=target: open_url(QUrl.fromLocalFile(str(target))))
            row.addWidget(button)
        item.setWidget(buttons)
        self.last_export_item = item
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None and hasattr(bar, "pushItem"):
            bar.pushItem(item)
        elif bar is not None:  # a test double of iface: the text only
            bar.pushMessage(tr("Strukturbild"), text, Qgis.MessageLevel.Success, 10)
        return item

    def _show_warnings(self, warnings):
        """What a map, web map or project reported, in the message bar and the log (kept after the bar)."""
        self.last_warnings = list(warnings)
        for warning in self.last_warnings:
            self._message(warning, Qgis.MessageLevel.Warning)
            QgsMessageLog.logMessage(warning, "Strukturbild", Qgis.MessageLevel.Warning)

    # -- publish: the web map and the QGIS project --------------------------------------------------------
    #
    # The same code as strukturbild:exportwebmap and strukturbild:publishproject (webmap.py, publish.py), given the
    # panel's layers (with the element types chosen in its table) and settings, and the same output transaction:
    # destinations checked before anything is written, everything written into a staging place beside them and
    # moved into place only when the whole run succeeded.

    def _run_staged(self, label, work):
        """Run ``work(transaction, feedback)`` with a busy cursor and a progress dialog with Cancel; what it writes
        is staged by ``transaction`` and moved into place when it returned. A failure or Cancel writes nothing and
        the message bar says why. Returns what ``work`` returned, or None."""
        from ..processing_algorithms.base import StrukturbildAlgorithm
        from ..processing_algorithms.method_messages import translated
        from ..processing_algorithms.methods.progress import Cancelled
        from ..processing_algorithms.outputs import OutputTransaction

        transaction = OutputTransaction()
        feedback = QgsFeedback()
        message = None
        with self._busy():
            self.progress = self._progress_dialog(feedback, label)
            try:
                result = work(transaction, feedback)
                if feedback.isCanceled() or self.progress.wasCanceled():
                    raise Cancelled()
                transaction.commit()
                return result
            except Cancelled:
                transaction.discard()
                message = tr("The export was cancelled; nothing was written."), Qgis.MessageLevel.Info
            except StrukturbildAlgorithm.user_errors() as error:
                transaction.discard()
                text = translated(error) if hasattr(error, "template") else str(error.args[0]) if error.args \
                    else str(error)
                message = text, Qgis.MessageLevel.Critical
                traceback.clear_frames(error.__traceback__)
            except OSError as error:
                transaction.discard()
                message = tr("A file could not be read or written: {path} ({reason}). Check that you may write to "
                             "the folder, then try again; nothing was written.").format(
                    path=error.filename or "", reason=error.strerror or error), Qgis.MessageLevel.Critical
                traceback.clear_frames(error.__traceback__)
            except Exception as error:  # noqa: BLE001 - an unforeseen failure still reaches the user in plain words
                transaction.discard()
                QgsMessageLog.logMessage(traceback.format_exc(), "Strukturbild", Qgis.MessageLevel.Critical)
                message = tr("The export stopped on an unexpected problem; nothing was written. The details are in "
                             "the log (Strukturbild tab): please report them to the plugin's authors."), \
                    Qgis.MessageLevel.Critical
                traceback.clear_frames(error.__traceback__)
            finally:
                self.progress.close()
                self.progress.deleteLater()
                self.progress = None
        self._message(*message)
        return None

    @staticmethod
    def _input_files(element_layers):
        """[(label, path, layer name)] of the files the layers read: an output never replaces one of them."""
        from ..processing_algorithms.outputs import source_file

        found = []
        for item in element_layers:
            if item.layer.providerType() not in ("ogr", "gdal"):
                continue
            parsed = source_file(item.layer.source())
            if parsed is not None and parsed[0].is_file():
                found.append((item.layer.name(), parsed[0], parsed[1]))
        return found

    def web_map_settings(self):
        """The web map's settings from the panel's: title, subtitle, sources, language and extent (the map canvas's
        extent given as a layer holding that rectangle); the administrative layers as the background, as on the
        printed map."""
        from .webmap import WebMapSettings

        map_settings = self.map_settings()
        settings = WebMapSettings(title=map_settings.title, subtitle=map_settings.subtitle,
                                  sources=map_settings.sources, language=map_settings.language or "sv",
                                  background="admin")
        if map_settings.extent_layer is not None:
            settings.extent_layer = map_settings.extent_layer
            settings.extent_filter = map_settings.extent_filter or ""
        elif (map_settings.extent is not None and not map_settings.extent.isEmpty()
              and map_settings.extent_crs is not None and map_settings.extent_crs.isValid()):
            settings.extent_layer = rectangle_layer(map_settings.extent, map_settings.extent_crs)
        return settings

    def _may_write_web_map(self, folder):
        """An empty or new folder, or an earlier web map's, is written without asking; a folder holding other files
        only when the user says so (files of the same name are replaced there, the others left alone)."""
        if not folder.is_dir():
            return True
        if not [entry for entry in folder.iterdir() if not entry.name.startswith(".")]:
            return True
        if (folder / "index.html").is_file() and (folder / "data" / "config.js").is_file():
            return True  # an earlier web map: brought up to date
        answer = QMessageBox.question(
            self, tr("Strukturbild"),
            tr("{folder} already holds other files. Write the web map into it anyway? Files of the web map's names "
               "(index.html, style.css, app.js, the folders data and vendor …) are replaced there; the others are "
               "left alone. Choose No to pick or make an empty folder.").format(folder=folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def export_web_map(self, folder=None):
        """Write the map as a web map into ``folder`` (asked for when not given); returns its index.html or None."""
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, tr("Folder for the web map"), self._export_folder())
        if not folder:
            return None
        folder = Path(folder)
        if not self._may_write_web_map(folder):
            return None
        from .webmap import WebMapExporter

        def work(transaction, feedback):
            layers = self.element_layers()
            settings = self.web_map_settings()
            WebMapExporter.check_settings(settings)
            transaction.check([], self._input_files(layers), [(tr("Web map folder"), folder)])
            staged = transaction.stage_folder("OUTPUT_FOLDER", folder)
            return WebMapExporter(self.library(), feedback).export(layers, settings, staged.staged_file)

        result = self._run_staged(tr("Making the web map…"), work)
        if result is None:
            return None
        from .i18n import format_number

        QgsSettings().setValue(DEFAULTS_GROUP + "export_folder", str(folder.parent))
        self._show_warnings(result.warnings)
        index = folder / "index.html"
        self._offer(tr("Web map written to {folder} ({size} MB). Copy the whole folder to a file share or a web "
                       "server; index.html is the map.").format(folder=folder,
                                                                 size=format_number(result.size_mb, 1)), [
            (tr("Open in browser"), tr("Open the web map (index.html) in your web browser"), index),
            (tr("Open folder"), tr("Open the folder the web map was written to"), folder)])
        return index

    def publish_project(self, path=None):
        """Write the map's layers as a QGIS project at ``path`` (.qgz, or .qgs for Lizmap; asked for when not
        given); returns its path or None."""
        from .publish import PROJECT_SUFFIXES, PublishError, PublishSettings, data_folder, publish

        if not path:
            path, chosen = QFileDialog.getSaveFileName(
                self, tr("Publish as QGIS project"), self._export_folder(),
                tr("QGIS project (*.qgz);;QGIS project for Lizmap (*.qgs)"))
            if path and Path(path).suffix.lower() not in PROJECT_SUFFIXES:
                path += ".qgs" if "qgs)" in (chosen or "") else ".qgz"
        if not path:
            return None
        path = Path(path).absolute()
        open_project = QgsProject.instance().fileName()
        if open_project and Path(open_project).absolute() == path:
            self._message(tr("{path} is the project open in QGIS: choose another file for the published project.")
                          .format(path=path), Qgis.MessageLevel.Critical)
            return None

        def work(transaction, feedback):
            data = data_folder(path)
            if data.exists() and not data.is_dir():
                raise PublishError(tr("{path} is a file, but the project keeps copies of its data in a folder of "
                                      "that name. Move the file or choose another project name.").format(path=data))
            layers = self.element_layers()
            transaction.check([(tr("QGIS project"), path, None)], self._input_files(layers), [])
            staged = transaction.stage("OUTPUT", path)
            staged_data = transaction.stage_folder("OUTPUT", data)
            settings = PublishSettings(title=self.title_edit.text() or tr("Strukturbild"),
                                       abstract=self.subtitle_edit.text(), sources=self.sources_edit.text(),
                                       language=self.language_combo.currentData() or "sv")
            return publish(layers, settings, staged.staged_file, path, staged_data.staged_file, self.library(),
                           feedback)

        result = self._run_staged(tr("Writing the QGIS project…"), work)
        if result is None:
            return None
        QgsSettings().setValue(DEFAULTS_GROUP + "export_folder", str(path.parent))
        self._show_warnings(result.warnings)
        copied = [item for item in result.data if item.copy]
        text = tr("QGIS project written to {path}: {layers} layers, {layouts} print layouts. Copy its folder to the "
                  "map server as it is.").format(path=path, layers=len(result.layers), layouts=len(result.layouts))
        if copied:
            text += " " + tr("Data kept elsewhere was copied into {folder}.").format(folder=data_folder(path))
        self._offer(text, [(tr("Open folder"), tr("Open the folder the project was written to"), path.parent)])
        return str(path)

    # -- contributions: the Processing algorithms' dialogs, filled in from the panel ------------------------

    def open_algorithm(self, algorithm_id, parameters):
        """Open a Strukturbild algorithm's dialog with ``parameters`` filled in (the user completes and runs it
        there, with its log and results). Returns the dialog's results, or None when the algorithm is missing."""
        if QgsApplication.processingRegistry().algorithmById(algorithm_id) is None:
            self._message(tr("The Strukturbild algorithms are not in the Processing Toolbox: enable the Processing "
                             "plugin (Plugins › Manage and Install Plugins), then try again."),
                          Qgis.MessageLevel.Warning)
            return None
        import processing

        return processing.execAlgorithmDialog(algorithm_id, parameters)

    def _library_parameter(self, parameters):
        folder = self.library_widget.filePath()
        if folder:
            parameters["STYLE_LIBRARY"] = folder
        return parameters

    def open_packages(self):
        """'Contribution packages' with the panel's strukturbild GeoPackage and style library."""
        path = self.strukturbild_file()
        if path is None:
            self._message(tr("Choose a strukturbild GeoPackage."), Qgis.MessageLevel.Warning)
            return None
        return self.open_algorithm(PACKAGES_ALGORITHM, self._library_parameter({"STRUKTURBILD": path}))

    def open_validate(self):
        """'Validate strukturbild', starting with the panel's GeoPackage (any other is chosen in the dialog)."""
        path = self.strukturbild_file()
        return self.open_algorithm(VALIDATE_ALGORITHM, {"INPUT": path} if path else {})

    def open_merge(self):
        """'Merge contributions' with the panel's style library, and the panel's GeoPackage as the previous round
        (BASE) when it is a merged strukturbild. A regional strukturbild that was never merged is not filled in:
        as BASE its elements would all be kept beside the contributors' edited copies of them."""
        from ..processing_algorithms.methods.contributions import AREAS_LAYER
        from ..processing_algorithms.outputs import gpkg_layer_names

        parameters = self._library_parameter({})
        path = self.strukturbild_file()
        if path is not None and AREAS_LAYER in (gpkg_layer_names(path) or []):
            parameters["BASE"] = path
        return self.open_algorithm(MERGE_ALGORITHM, parameters)


def rectangle_layer(rectangle, crs):
    """A memory layer holding one polygon, ``rectangle`` in ``crs``: an extent given as a layer."""
    layer = QgsVectorLayer("Polygon", tr("Map canvas"), "memory")
    layer.setCrs(crs)
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(rectangle))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    return layer
