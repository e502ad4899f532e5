"""strukturbild:assemblemap — the strukturbild map as PDF/PNG/SVG, headless (qgis_process, models)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)

from ...strukturbild_plugin.assembler import (
    MapAssembler,
    MapSettings,
    geopackage_layers,
    match_layers,
)
from ...strukturbild_plugin.i18n import format_number
from ...strukturbild_plugin.library import StyleLibrary
from ..base import AtomicOutputFile, StrukturbildAlgorithm

LANGUAGES = ("sv", "en")


class AssembleMap(StrukturbildAlgorithm):
    ALGORITHM_ID = "assemblemap"
    GROUP_ID = "maps"

    STRUKTURBILD = "STRUKTURBILD"
    LAYERS = "LAYERS"
    TEMPLATE = "TEMPLATE"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    SOURCES = "SOURCES"
    EXTENT_LAYER = "EXTENT_LAYER"
    EXTENT_FILTER = "EXTENT_FILTER"
    EXTENT = "EXTENT"
    STYLE_LIBRARY = "STYLE_LIBRARY"
    LANGUAGE = "LANGUAGE"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Assemble strukturbild map")

    def flags(self):
        # Layout rendering and font registration belong on the main thread, as in QGIS's own
        # layout-export algorithms.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def shortHelpString(self):
        return self.help_text(
            self.tr("Builds a print-ready strukturbild map from a strukturbild GeoPackage and/or extra layers, with "
                    "the region's shared styles and a layout template, and exports it as PDF, PNG or SVG. The same "
                    "code builds the map in the Strukturbild panel."),
            [(self.STRUKTURBILD, self.tr("every layer named as an element type (nod, utvecklingsstrak, "
                                         "funktionellt_samband, gronstruktur, ...) is drawn; empty layers are left "
                                         "out of map and legend.")),
             (self.LAYERS, self.tr("each is matched to an element type by a text field 'strukturbild_typ' or by its "
                                   "layer name.")),
             (self.TEMPLATE, self.tr("a library template name (A3_landscape, A4_portrait, presentation_16x9) or a "
                                     ".qpt file with the items main_map, legend and title (and overview_map, "
                                     "subtitle, scalebar, north_arrow, sources, date, logo).")),
             ((self.TITLE, self.SUBTITLE), self.tr("printed in the template's title and subtitle.")),
             (self.SOURCES, self.tr("printed in the template's sources item.")),
             (self.EXTENT_LAYER, self.tr("the map shows the bounding box of its features (it must be in a "
                                         "projected CRS); without it the extent below, else all thematic layers.")),
             (self.EXTENT_FILTER, self.tr("only the extent layer's features that match, e.g. \"code\" = '05' for one "
                                          "county.")),
             (self.EXTENT, self.tr("the map's extent when no extent layer is given.")),
             (self.STYLE_LIBRARY, self.tr("a folder with the region's shared styles and templates; empty: the "
                                          "library set in the Strukturbild settings, else the bundled one.")),
             (self.LANGUAGE, self.tr("'Swedish' or 'English' names of the element types in the legend.")),
             (self.OUTPUT, self.tr("the file's extension chooses PDF, PNG or SVG. PDF and SVG keep text as text with "
                                   "embedded fonts, so the map is searchable and accessible."))],
            [self.tr("Templates and styles are someone else's files and are checked before use: HTML items are "
                     "printed as plain text without JavaScript; pictures and symbols outside the style library "
                     "folder, at web addresses or chosen by expressions are left out; each removal is reported in "
                     "this log. Web addresses are used only when the QGIS setting "
                     "strukturbild/allow_remote_resources is true.")])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.STRUKTURBILD, self.tr("Strukturbild GeoPackage"), extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Extra element layers (matched by 'strukturbild_typ' field or layer name)"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.EXTENT_LAYER, self.tr("Extent layer (e.g. län or kommuner)"), optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            self.EXTENT_FILTER, self.tr("Extent filter expression on the extent layer"),
            parentLayerParameterName=self.EXTENT_LAYER, optional=True))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Extent (used when no extent layer is given)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TEMPLATE, self.tr("Layout template (library name or .qpt file)"), defaultValue="A3_landscape"))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), defaultValue=self.tr("Strukturbild")))
        self.addParameter(QgsProcessingParameterString(
            self.SUBTITLE, self.tr("Subtitle"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCES, self.tr("Sources (printed as 'Källa: …')"), optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterFile(
            self.STYLE_LIBRARY, self.tr("Style library folder (empty: configured or bundled)"),
            behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Legend language"), options=[self.tr("Swedish"), self.tr("English")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Map (PDF, PNG or SVG)"),
            self.tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"), defaultValue=None))
        self.addOutput(QgsProcessingOutputNumber("N_LAYERS", self.tr("Element layers drawn")))
        self.addOutput(QgsProcessingOutputString("SCALE", self.tr("Map scale")))

    def process(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith((".pdf", ".png", ".svg")):
            raise QgsProcessingException(self.tr("OUTPUT must end in .pdf, .png or .svg: {path}").format(path=output))
        library = StyleLibrary(self.parameterAsFile(parameters, self.STYLE_LIBRARY, context) or None)
        element_layers = []
        gpkg = self.parameterAsFile(parameters, self.STRUKTURBILD, context)
        if gpkg:
            element_layers += geopackage_layers(gpkg)
        extra = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if extra:
            element_layers += match_layers(extra)
        if not element_layers:
            raise QgsProcessingException(self.tr(
                "Nothing to map: give a strukturbild GeoPackage (STRUKTURBILD) or element layers (LAYERS)."))

        settings = MapSettings(
            template=self.parameterAsString(parameters, self.TEMPLATE, context) or "A3_landscape",
            title=self.parameterAsString(parameters, self.TITLE, context),
            subtitle=self.parameterAsString(parameters, self.SUBTITLE, context),
            sources=self.parameterAsString(parameters, self.SOURCES, context),
            language=LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
            extent_layer=self.parameterAsVectorLayer(parameters, self.EXTENT_LAYER, context),
            extent_filter=self.parameterAsExpression(parameters, self.EXTENT_FILTER, context),
        )
        if settings.extent_layer is None and parameters.get(self.EXTENT):
            settings.extent = self.parameterAsExtent(parameters, self.EXTENT, context)
            settings.extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
            if settings.extent_crs is not None and settings.extent_crs.isGeographic():
                self.require_projected(settings.extent_crs, self.tr("The extent"))

        # A private project: batch runs never touch the GUI's project or canvas.
        project = QgsProject()
        assembler = MapAssembler(library, project, feedback)
        layout = assembler.build(element_layers, settings)
        if feedback.isCanceled():
            return {}
        with AtomicOutputFile(output) as partial:
            assembler.export(layout, partial.partial)
            if feedback.isCanceled():
                return {}
            path = partial.commit()

        scale = layout.itemById("main_map").scale()
        drawn = [layer.name() for layer in assembler.map_layers]
        feedback.pushInfo(
            self.tr("Map written to {path}: template {template}, scale 1:{scale}, {n} element layers ({layers}).")
            .format(path=path, template=settings.template, scale=format_number(scale, 0), n=len(drawn),
                    layers=", ".join(drawn)))
        return {self.OUTPUT: path, "N_LAYERS": len(drawn), "SCALE": f"1:{scale:.0f}"}
