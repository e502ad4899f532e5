"""strukturbild:createstrukturbild — an empty strukturbild GeoPackage with every element layer."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ...strukturbild_plugin import schema
from ...strukturbild_plugin.gpkg import create_strukturbild
from ...strukturbild_plugin.library import StyleLibrary
from ..base import AtomicOutputFile, StrukturbildAlgorithm


class CreateStrukturbild(StrukturbildAlgorithm):
    ALGORITHM_ID = "createstrukturbild"
    GROUP_ID = "maps"

    CRS = "CRS"
    STYLE_LIBRARY = "STYLE_LIBRARY"
    OUTPUT = "OUTPUT"
    N_LAYERS = "N_LAYERS"

    def displayName(self):
        return self.tr("Create strukturbild GeoPackage")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Creates an empty strukturbild GeoPackage with one layer per element type of the strukturbild "
                    "data model (an extension of Boverket's ÖP-modell): nodes, interchanges, development corridors, "
                    "transport infrastructure, functional and cross-border connections, green structure and green "
                    "links, blue structure, development areas, rural typology, border bands, functional regions, "
                    "GI value areas and administrative units."),
            [(self.CRS, self.tr("a projected CRS in metres; empty: SWEREF 99 TM (EPSG:3006).")),
             (self.STYLE_LIBRARY, self.tr("a folder with the region's shared styles; empty: the library set in the "
                                          "Strukturbild settings, else the bundled one.")),
             (self.OUTPUT, self.tr("the GeoPackage. Every layer has the common fields id, plan_id, struktur, "
                                   "objekttyp, niva, vagledning, status, horisont_ar, kalla, beskrivning and its own "
                                   "fields. The style from the style library is stored in the GeoPackage as each "
                                   "layer's default style, and coded fields get drop-down lists, so the layers can "
                                   "be drawn in directly."))])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("Coordinate reference system (projected, metres)"),
            defaultValue="EPSG:3006", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.STYLE_LIBRARY, self.tr("Style library folder (empty: configured or bundled)"),
            behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Strukturbild GeoPackage"), self.tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber(self.N_LAYERS, self.tr("Number of element layers")))

    def process(self, parameters, context, feedback):
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:3006")
        self.require_projected(crs, self.tr("The chosen CRS"))
        destination = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not destination.lower().endswith(".gpkg"):
            raise QgsProcessingException(self.tr("OUTPUT must be a GeoPackage file ending in .gpkg: {path}")
                                         .format(path=destination))
        library = StyleLibrary(self.parameterAsFile(parameters, self.STYLE_LIBRARY, context) or None)

        with AtomicOutputFile(destination) as output:
            _, warnings = create_strukturbild(output.partial, crs, library, feedback)
            for warning in warnings:
                feedback.pushWarning(warning)
            path = output.commit()

        n_layers = len(schema.element_keys())
        feedback.pushInfo(self.tr("Created {path} with {n} element layers in {crs}: {layers}.")
                          .format(path=path, n=n_layers, crs=crs.authid(),
                                  layers=", ".join(schema.element_keys())))
        return {self.OUTPUT: path, self.N_LAYERS: n_layers}
