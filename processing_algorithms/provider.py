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

    def loadAlgorithms(self):
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())


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
