"""The Strukturbild Processing provider: the list of algorithms."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .base import ICON_PATH


class StrukturbildProvider(QgsProcessingProvider):
    def id(self):
        return "strukturbild"

    def name(self):
        return QCoreApplication.translate("StrukturbildProvider", "Strukturbild")

    def longName(self):
        return QCoreApplication.translate(
            "StrukturbildProvider", "Strukturbild: regional structure maps and functional geographies")

    def icon(self):
        return QIcon(str(ICON_PATH))

    def load(self):
        from qgis.core import QgsApplication

        from .models import context_menu_actions

        # The shipped models' steps are this provider's algorithms, found in the registry only once the provider
        # is in it: read the models again then (QGIS's own model provider reloads on providerAdded likewise).
        QgsApplication.processingRegistry().providerAdded.connect(self._provider_added)
        self._context_actions = context_menu_actions()
        if self._context_actions:
            from processing.gui.ProviderActions import ProviderContextMenuActions

            ProviderContextMenuActions.registerProviderContextMenuActions(self._context_actions)
        return super().load()

    def unload(self):
        from qgis.core import QgsApplication

        try:
            QgsApplication.processingRegistry().providerAdded.disconnect(self._provider_added)
        except TypeError:  # never connected
            pass
        if getattr(self, "_context_actions", None):
            from processing.gui.ProviderActions import ProviderContextMenuActions

            ProviderContextMenuActions.deregisterProviderContextMenuActions(self._context_actions)
            self._context_actions = []
        super().unload()

    def _provider_added(self, provider_id):
        if provider_id == self.id():
            for model in getattr(self, "_models", []):
                model.reload()

    def loadAlgorithms(self):
        from .models import shipped_models

        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
        self._models = shipped_models()  # kept referenced: the registry holds only the C++ side
        for model in self._models:
            self.addAlgorithm(model)


def algorithm_classes():
    from .accessibility.degurba import Degurba
    from .accessibility.ruraltypology import RuralTypology
    from .accessibility.servicearea import ServiceArea
    from .accessibility.traveltime import TravelTime
    from .border.areaprofile import AreaProfile
    from .border.borderaccess import BorderAccess
    from .border.borderflows import BorderFlows
    from .border.borderzones import BorderZones
    from .functional.flowlines import FlowLines
    from .functional.functionalregions import FunctionalRegions
    from .green.connectivitytables import ConnectivityTables
    from .green.corridors import Corridors
    from .green.greenconflicts import GreenConflicts
    from .green.habitatnetwork import HabitatNetwork
    from .maps.assemblemap import AssembleMap
    from .maps.contributionpackage import ContributionPackage
    from .maps.createstrukturbild import CreateStrukturbild
    from .maps.exportwebmap import ExportWebMap
    from .maps.mergecontributions import MergeContributions
    from .maps.publishproject import PublishProject
    from .maps.validatestrukturbild import ValidateStrukturbild

    return [CreateStrukturbild, AssembleMap, FlowLines, FunctionalRegions, HabitatNetwork, ConnectivityTables,
            Corridors, GreenConflicts, Degurba, TravelTime, ServiceArea, RuralTypology,
            BorderZones, BorderFlows, BorderAccess, AreaProfile, PublishProject,
            ContributionPackage, ValidateStrukturbild, MergeContributions, ExportWebMap]
