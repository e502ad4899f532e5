"""The QGIS plugin object: registers the Processing provider and the Strukturbild dock widget."""

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .i18n import install_translator, remove_translators

ICON_PATH = Path(__file__).resolve().parent / "icons" / "strukturbild.svg"


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


class StrukturbildPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.action = None
        install_translator()

    def initProcessing(self):
        # Imported here: the provider pulls in every algorithm module, and QGIS may load the plugin
        # without ever opening the toolbox.
        from ..processing_algorithms.provider import StrukturbildProvider

        if self.provider is not None:  # qgis_process calls this, the GUI calls initGui: register once
            return
        self.provider = StrukturbildProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()
        self.action = QAction(QIcon(str(ICON_PATH)), tr("Strukturbild"), self.iface.mainWindow())
        self.action.setObjectName("strukturbildDockAction")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Show the Strukturbild panel: assemble and export strukturbild maps"))
        self.action.toggled.connect(self._toggle_dock)
        self.iface.addPluginToMenu(tr("&Strukturbild"), self.action)
        self.iface.addToolBarIcon(self.action)

    def _ensure_dock(self):
        if self.dock is None:
            from .dock import StrukturbildDock

            self.dock = StrukturbildDock(self.iface, self.iface.mainWindow())
            self.dock.setObjectName("StrukturbildDock")
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._dock_visibility_changed)
        return self.dock

    def _toggle_dock(self, checked):
        if checked:
            self._ensure_dock().show()
        elif self.dock is not None:
            self.dock.hide()

    def _dock_visibility_changed(self, visible):
        if self.action is not None and self.action.isChecked() != visible:
            self.action.setChecked(visible)

    def unload(self):
        if self.dock is not None:
            self.dock.disconnect_project()  # closing the panel keeps it following the project; unloading does not
            self.iface.removeDockWidget(self.dock)
            self.dock.close()
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removePluginMenu(tr("&Strukturbild"), self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translators()
