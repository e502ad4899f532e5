"""strukturbild:exportwebmap — the strukturbild as a self-contained web map folder (index.html), headless."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...strukturbild_plugin.assembler import geopackage_layers, match_layers
from ...strukturbild_plugin.i18n import format_number
from ...strukturbild_plugin.library import StyleLibrary
from ...strukturbild_plugin.webmap import BACKGROUNDS, WebMapExporter, WebMapSettings
from ..base import StrukturbildAlgorithm

LANGUAGES = ("sv", "en")


class ExportWebMap(StrukturbildAlgorithm):
    ALGORITHM_ID = "exportwebmap"
    GROUP_ID = "maps"

    STRUKTURBILD = "STRUKTURBILD"
    LAYERS = "LAYERS"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    SOURCES = "SOURCES"
    EXTENT_LAYER = "EXTENT_LAYER"
    EXTENT_FILTER = "EXTENT_FILTER"
    STYLE_LIBRARY = "STYLE_LIBRARY"
    LANGUAGE = "LANGUAGE"
    BACKGROUND = "BACKGROUND"
    XYZ_URL = "XYZ_URL"
    XYZ_ATTRIBUTION = "XYZ_ATTRIBUTION"
    PDF = "PDF"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    def displayName(self):
        return self.tr("Export strukturbild web map")

    def flags(self):
        # Styles are applied to layer copies and read back, as in assemblemap: on the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def shortHelpString(self):
        return self.tr(
            "Writes the strukturbild as an interactive web map: a folder with index.html that opens by double-click "
            "from a file share and from any static web server, without internet. The map library (OpenLayers) is "
            "part of the folder; nothing is loaded from elsewhere unless you choose a tile background.\n\n"
            "The layers and their cartography are those of 'Assemble strukturbild map': the same style library "
            "(colours, widths by flow, node hierarchy, planned elements dashed or hatched), the same analysis-layer "
            "styles. The page has a legend in Swedish and English listing only what the map shows, layers grouped "
            "by struktur that can be switched off, popups with field names and coded values in words, search over "
            "named nodes and places, a scale bar, sources and date, a link to the PDF map, a link to the current "
            "view in the address bar, and a print layout.\n\n"
            "Geometries are reprojected to Web Mercator, simplified for each zoom band and rounded, so that the "
            "page stays small; the finer levels load only when the user zooms in.\n\n"
            "Background: none; the administrative layers on a sea colour (as in the PDF); or XYZ tiles from a web "
            "address with {z}, {x} and {y} (the page then fetches those tiles, and the administrative layers show "
            "only their boundaries).\n"
            "PDF: a PDF map (e.g. made by 'Assemble strukturbild map') copied into the folder and linked.\n"
            "Publishing: copy the whole folder to a file share or a web server; index.html is the map.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.STRUKTURBILD, self.tr("Strukturbild GeoPackage"), extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Extra element layers (matched by 'strukturbild_typ' field or layer name; analysis "
                                 "layers with their own style)"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), defaultValue=self.tr("Strukturbild")))
        self.addParameter(QgsProcessingParameterString(self.SUBTITLE, self.tr("Subtitle"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCES, self.tr("Sources (shown as 'Källa: …')"), optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.EXTENT_LAYER, self.tr("Extent layer: the map opens on its features (e.g. län or kommuner)"),
            optional=True))
        self.addParameter(QgsProcessingParameterExpression(
            self.EXTENT_FILTER, self.tr("Extent filter expression on the extent layer"),
            parentLayerParameterName=self.EXTENT_LAYER, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.STYLE_LIBRARY, self.tr("Style library folder (empty: configured or bundled)"),
            behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language the page opens in (it can switch)"),
            options=[self.tr("Swedish"), self.tr("English")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.BACKGROUND, self.tr("Background"),
            options=[self.tr("None"), self.tr("Administrative layers (as in the PDF)"),
                     self.tr("XYZ tiles from a web address")], defaultValue=1))
        self.addParameter(QgsProcessingParameterString(
            self.XYZ_URL, self.tr("XYZ tile address, e.g. https://tiles.example.org/{z}/{x}/{y}.png"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.XYZ_ATTRIBUTION, self.tr("Tile attribution (e.g. © OpenStreetMap contributors)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.PDF, self.tr("PDF map to link to (copied into the folder)"), extension="pdf", optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Web map folder")))
        self.mark_advanced(self.STYLE_LIBRARY, self.XYZ_ATTRIBUTION)
        self.addOutput(QgsProcessingOutputString("INDEX", self.tr("index.html of the web map")))
        self.addOutput(QgsProcessingOutputNumber("N_LAYERS", self.tr("Layers on the web map")))
        self.addOutput(QgsProcessingOutputNumber("SIZE_MB", self.tr("Size of the folder (MB)")))

    def process(self, parameters, context, feedback):
        background = BACKGROUNDS[self.parameterAsEnum(parameters, self.BACKGROUND, context)]
        settings = WebMapSettings(
            title=self.parameterAsString(parameters, self.TITLE, context),
            subtitle=self.parameterAsString(parameters, self.SUBTITLE, context),
            sources=self.parameterAsString(parameters, self.SOURCES, context),
            language=LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
            background=background,
            xyz_url=self.parameterAsString(parameters, self.XYZ_URL, context),
            xyz_attribution=self.parameterAsString(parameters, self.XYZ_ATTRIBUTION, context),
            pdf=self.parameterAsFile(parameters, self.PDF, context),
            extent_layer=self.parameterAsVectorLayer(parameters, self.EXTENT_LAYER, context),
            extent_filter=self.parameterAsExpression(parameters, self.EXTENT_FILTER, context),
        )
        if background != "xyz" and settings.xyz_url.strip():
            feedback.pushWarning(self.tr("XYZ_URL is used only with the XYZ tile background; it is ignored."))
        # Checked before any layer is read: a bad tile address or PDF costs nothing.
        WebMapExporter.check_settings(settings)
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
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
        if not folder:
            raise QgsProcessingException(self.tr("Give a folder for the web map (OUTPUT_FOLDER)."))
        result = WebMapExporter(library, feedback).export(element_layers, settings, folder)
        final = self.final_folder(parameters, context, folder)
        feedback.pushInfo(self.tr("Web map written to {folder}: {n} layers ({layers}), {size} MB. Open "
                                  "index.html, or copy the whole folder to a file share or web server.").format(
            folder=final, n=len(result.layers), size=format_number(result.size_mb, 1),
            layers=", ".join(f"{title} ({count})" for _id, title, count in result.layers)))
        return {self.OUTPUT_FOLDER: final, "INDEX": str(self._index_path(final)), "N_LAYERS": len(result.layers),
                "SIZE_MB": round(result.size_mb, 2)}

    def final_folder(self, parameters, context, staged):
        """Where the folder is once the run has succeeded (the user's path; the run writes a staging copy)."""
        text = self._destination_text(parameters, self.OUTPUT_FOLDER, context)
        return text or staged

    @staticmethod
    def _index_path(folder):
        from pathlib import Path

        return Path(folder) / "index.html"
