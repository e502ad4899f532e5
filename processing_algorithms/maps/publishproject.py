"""strukturbild:publishproject — the strukturbild as a QGIS project for QGIS Server and Lizmap (publish.py)."""

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ...strukturbild_plugin.assembler import geopackage_layers, match_layers
from ...strukturbild_plugin.library import StyleLibrary
from ...strukturbild_plugin.publish import PROJECT_SUFFIXES, PublishSettings, data_folder, publish
from ..base import StrukturbildAlgorithm, step
from ..outputs import active_transaction


class PublishProject(StrukturbildAlgorithm):
    ALGORITHM_ID = "publishproject"
    GROUP_ID = "maps"

    STRUKTURBILD = "STRUKTURBILD"
    LAYERS = "LAYERS"
    TITLE = "TITLE"
    ABSTRACT = "ABSTRACT"
    ORGANIZATION = "ORGANIZATION"
    PERSON = "PERSON"
    EMAIL = "EMAIL"
    SOURCES = "SOURCES"
    STYLE_LIBRARY = "STYLE_LIBRARY"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Publish strukturbild as QGIS project (QGIS Server, Lizmap)")

    def flags(self):
        # Layouts, fonts and the project's path writer belong on the main thread, as in QGIS's own layout algorithms.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def shortHelpString(self):
        return self.help_text(
            self.tr("Writes a QGIS project that a region puts on its map server (QGIS Server, or Lizmap) or opens in "
                    "QGIS Desktop: the element layers of the strukturbild GeoPackage and the analysis layers, styled "
                    "from the style library as on the printed map, grouped by structure (Bebyggelse, "
                    "Kommunikationer, Natur och friluftsliv, Underlag, Analyser) with Swedish names, field aliases "
                    "and drop-down lists, one print layout per template of the library, and the service settings: "
                    "the CRSs EPSG:3006, 3857 and 4326, every layer published over WMS, WFS and OGC API Features, "
                    "and feature info with each feature's name."),
            [(self.STRUKTURBILD, self.tr("the strukturbild; its empty element layers are left out.")),
             (self.LAYERS, self.tr("analysis layers keep their own style; element layers from elsewhere are "
                                   "matched to an element type as in 'Assemble strukturbild map'.")),
             ((self.TITLE, self.ABSTRACT), self.tr("the service's title and description.")),
             ((self.ORGANIZATION, self.PERSON, self.EMAIL), self.tr("the service's contact.")),
             (self.SOURCES, self.tr("printed on the layouts.")),
             (self.STYLE_LIBRARY, self.tr("a folder with the region's shared styles and templates; empty: the "
                                          "library set in the Strukturbild settings, else the bundled one.")),
             (self.OUTPUT, self.tr("a .qgz project, or a .qgs project for Lizmap (which reads only .qgs; configure "
                                   "it with the Lizmap plugin afterwards)."))],
            [self.tr("The project reads its data by paths relative to itself, so its folder can be copied to the "
                     "server as it is. Data inside the project's folder is used where it is; data kept elsewhere is "
                     "copied into a folder beside the project named after it (strukturbild.qgz: strukturbild_data; "
                     "earlier copies there are replaced). Pictures of the layouts are embedded in the project.")])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.STRUKTURBILD, self.tr("Strukturbild GeoPackage"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Analysis layers (with their own style) or extra element layers"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), defaultValue=self.tr("Strukturbild")))
        self.addParameter(QgsProcessingParameterString(
            self.ABSTRACT, self.tr("Abstract (service description)"), optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterString(
            self.ORGANIZATION, self.tr("Contact organisation"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.PERSON, self.tr("Contact person"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.EMAIL, self.tr("Contact e-mail"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCES, self.tr("Sources (printed on the layouts as 'Källa: …')"), optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterFile(
            self.STYLE_LIBRARY, self.tr("Style library folder (empty: configured or bundled)"),
            behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("QGIS project"),
            self.tr("QGIS project (*.qgz);;QGIS project for Lizmap (*.qgs)"), defaultValue=None))
        self.addOutput(QgsProcessingOutputNumber("N_LAYERS", self.tr("Layers published")))
        self.addOutput(QgsProcessingOutputNumber("N_LAYOUTS", self.tr("Print layouts")))

    def process(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        transaction = active_transaction()
        final = Path(transaction.final_path(output)) if transaction is not None else Path(output)
        if final.suffix.lower() not in PROJECT_SUFFIXES:
            raise QgsProcessingException(self.tr(
                "OUTPUT must be a QGIS project file ending in .qgz (or .qgs for Lizmap): {path}").format(path=final))
        data = data_folder(final)
        if data.exists() and not data.is_dir():
            raise QgsProcessingException(self.tr(
                "{path} is a file, but the project keeps copies of its data in a folder of that name. Move the file "
                "or choose another project name.").format(path=data))
        data_output = transaction.stage_folder(self.OUTPUT, data).staged_file if transaction is not None else None

        library = StyleLibrary(self.parameterAsFile(parameters, self.STYLE_LIBRARY, context) or None)
        gpkg = self.parameterAsFile(parameters, self.STRUKTURBILD, context)
        if not gpkg:
            raise QgsProcessingException(self.tr("Give the strukturbild GeoPackage to publish (STRUKTURBILD)."))
        element_layers = geopackage_layers(Path(gpkg).resolve())
        extra = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if extra:
            element_layers += match_layers(extra)
        step(feedback, 5)

        settings = PublishSettings(
            title=self.parameterAsString(parameters, self.TITLE, context) or self.tr("Strukturbild"),
            abstract=self.parameterAsString(parameters, self.ABSTRACT, context),
            organization=self.parameterAsString(parameters, self.ORGANIZATION, context),
            person=self.parameterAsString(parameters, self.PERSON, context),
            email=self.parameterAsString(parameters, self.EMAIL, context),
            sources=self.parameterAsString(parameters, self.SOURCES, context),
        )
        result = publish(element_layers, settings, output, final, data_output, library, feedback)
        step(feedback, 100)

        for item in result.data:
            if item.copy:
                feedback.pushInfo(self.tr("{source} is copied to {copy}; the project reads the copy.")
                                  .format(source=item.source, copy=item.final))
            else:
                feedback.pushInfo(self.tr("{source} is inside the project's folder and is used where it is.")
                                  .format(source=item.source))
        feedback.pushInfo(self.tr("Project written to {path}: {n} layers ({layers}), layouts {layouts}. Copy its "
                                  "folder to the map server as it is.").format(
            path=final, n=len(result.layers), layers=", ".join(result.layers), layouts=", ".join(result.layouts)))
        return {self.OUTPUT: str(final), "N_LAYERS": len(result.layers), "N_LAYOUTS": len(result.layouts)}
