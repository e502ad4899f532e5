"""The Processing models shipped with Strukturbild: the methods chained as the regions asked for them.

Two ``.model3`` files in this folder (written by build_models.py, which is not shipped) are loaded by the provider
as ``strukturbild:gransbygdsanalys`` (borderzones → borderaccess → areaprofile → assemblemap) and
``strukturbild:funktionellaregioner`` (functionalregions → flowlines → assemblemap), in the toolbox group Models.
They are ordinary QGIS models: "Open in Model Designer…" in the toolbox's context menu (or Model Designer › Open
Model… on the file) opens a copy that the user can change and save in their own models folder.

A model's id is its provider's id and its name(); QGIS takes the name from the model's (readable, Swedish) name, so
StrukturbildModel gives it a plain id instead and shows the model's name as its display name. Parameter labels,
enum options and the help are stored in English in the files and shown in the user's language.
"""

from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

MODELS_DIR = Path(__file__).resolve().parent
# model id (the part after "strukturbild:") -> its file in this folder; the display name is the model's own name
MODEL_FILES = {"gransbygdsanalys": "gransbygdsanalys.model3",
               "funktionellaregioner": "funktionellaregioner.model3"}
GROUP_ID = "models"


def group_name():
    return QCoreApplication.translate("StrukturbildModel", "Models")


def model_texts():
    """{model id: {"help": text, parameter or output name: label, "<name>/options": [option, …]}} in the user's
    language (the English texts are what build_models.py writes into the files)."""
    translate = QCoreApplication.translate
    return {
        "gransbygdsanalys": {
            "help": translate(
                "StrukturbildModel",
                "Border-area analysis for sparse geographies, reusable as a model: border zones along the land "
                "borders of the selected regions (Border zones), what the border costs in access to services for the "
                "population (Border access, per origin and per zone), a profile of each zone with rural typology and "
                "travel times to tätorter and an HTML report (Area profile), and a map of the zones and the origins "
                "(Assemble strukturbild map).\n\n"
                "Each zone is labelled by its field 'zon' (region, band and unit, e.g. '05 0–10 km'), which the "
                "profile and the report use. Without a road network, travel times are a straight-line estimate, "
                "which the outputs say. Open the model in the Model Designer (toolbox context menu) to change a "
                "step or a setting and save your own copy."),
            "REGIONS": translate("StrukturbildModel", "Regions (polygon layers: län, kommuner, national units)"),
            "REGION_ID_FIELD": translate("StrukturbildModel", "Region id field (present in every region layer)"),
            "SELECTION": translate("StrukturbildModel", "Selected region ids (comma-separated; empty: all)"),
            "BORDER": translate("StrukturbildModel", "Borders"),
            "BORDER/options": [translate("StrukturbildModel", "Internal borders between the selected regions"),
                               translate("StrukturbildModel", "All land borders of the selected regions")],
            "BANDS": translate("StrukturbildModel", "Band upper bounds (comma-separated, km or minutes)"),
            "MODE": translate("StrukturbildModel", "Bands measured as"),
            "MODE/options": [translate("StrukturbildModel", "Distance (km)"),
                             translate("StrukturbildModel", "Travel time (minutes)")],
            "POPULATION": translate("StrukturbildModel", "Population (points or polygons: grid cells, tätorter)"),
            "POPULATION_FIELD": translate("StrukturbildModel", "Population field (empty: 1 per feature)"),
            "DESTINATIONS": translate("StrukturbildModel", "Services (points: schools, health centres, shops)"),
            "TATORTER": translate("StrukturbildModel", "Tätorter (points or polygons)"),
            "TATORT_POPULATION_FIELD": translate("StrukturbildModel", "Tätort population field"),
            "TOWN_SIZES": translate("StrukturbildModel", "Tätort sizes for the profile (comma-separated "
                                                         "inhabitants)"),
            "NETWORK": translate("StrukturbildModel", "Road network (lines; empty: straight-line estimate)"),
            "STRUKTURBILD": translate("StrukturbildModel", "Strukturbild GeoPackage drawn under the results "
                                                           "(optional)"),
            "TEMPLATE": translate("StrukturbildModel", "Layout template (library name or .qpt file)"),
            "TITLE": translate("StrukturbildModel", "Map title"),
            "SOURCES": translate("StrukturbildModel", "Sources printed on the map"),
            "borderzones:OUTPUT": translate("StrukturbildModel", "Border zones"),
            "borderaccess:OUTPUT": translate("StrukturbildModel", "Origins with border access"),
            "borderaccess:OUTPUT_ZONES": translate("StrukturbildModel", "Border zones with border access"),
            "areaprofile:OUTPUT": translate("StrukturbildModel", "Zone profiles"),
            "areaprofile:OUTPUT_REPORT": translate("StrukturbildModel", "Zone profile report"),
            "assemblemap:OUTPUT": translate("StrukturbildModel", "Map (PDF, PNG or SVG)"),
        },
        "funktionellaregioner": {
            "help": translate(
                "StrukturbildModel",
                "Functional regions and their map from one commuting matrix: the regions (Functional regions: SCB "
                "LA, TTWA or Intramax) with an HTML report, the commuting flows as lines between the zones (Flow "
                "lines), and a map of both (Assemble strukturbild map).\n\n"
                "The flow lines are drawn between the zones of the regions' output, so their ids and names are the "
                "zones'. Open the model in the Model Designer (toolbox context menu) to change a step or a setting "
                "and save your own copy."),
            "ZONES": translate("StrukturbildModel", "Zones (kommuner, DeSO, grid cells)"),
            "ZONE_ID_FIELD": translate("StrukturbildModel", "Zone id field"),
            "ZONE_NAME_FIELD": translate("StrukturbildModel", "Zone name field (for region and line names)"),
            "FLOWS": translate("StrukturbildModel", "Commuting flows (OD table: residence, workplace, count)"),
            "ORIGIN_FIELD": translate("StrukturbildModel", "Residence (origin) id field"),
            "DESTINATION_FIELD": translate("StrukturbildModel", "Workplace (destination) id field"),
            "VALUE_FIELD": translate("StrukturbildModel", "Count field (employed persons)"),
            "METHOD": translate("StrukturbildModel", "Method"),
            "METHOD/options": [translate("StrukturbildModel", "SCB lokala arbetsmarknader (LA)"),
                               translate("StrukturbildModel", "CURDS / Coombes–Bond TTWA"),
                               translate("StrukturbildModel", "Intramax")],
            "MIN_VALUE": translate("StrukturbildModel", "Smallest flow drawn"),
            "STRUKTURBILD": translate("StrukturbildModel", "Strukturbild GeoPackage drawn under the results "
                                                           "(optional)"),
            "TEMPLATE": translate("StrukturbildModel", "Layout template (library name or .qpt file)"),
            "TITLE": translate("StrukturbildModel", "Map title"),
            "SOURCES": translate("StrukturbildModel", "Sources printed on the map"),
            "functionalregions:OUTPUT_MEMBERSHIP": translate("StrukturbildModel", "Zones with their region"),
            "functionalregions:OUTPUT_REGIONS": translate("StrukturbildModel", "Functional regions"),
            "functionalregions:OUTPUT_REPORT": translate("StrukturbildModel", "Functional regions report"),
            "flowlines:OUTPUT": translate("StrukturbildModel", "Flow lines"),
            "assemblemap:OUTPUT": translate("StrukturbildModel", "Map (PDF, PNG or SVG)"),
        },
    }


def model_path(model_id):
    return MODELS_DIR / MODEL_FILES[model_id]


class StrukturbildModel(QgsProcessingModelAlgorithm):
    """A shipped model: the file's model under the id strukturbild:<model_id>, in the group Models, with its labels
    and help in the user's language. Running it runs the model as QGIS does."""

    def __init__(self, model_id):
        super().__init__()
        self._model_id = model_id
        self.reload()

    def reload(self):
        """(Re)read the file: the steps of the model find their algorithms only once the provider is registered."""
        if not self.fromFile(str(model_path(self._model_id))):
            raise OSError(f"cannot read the model {model_path(self._model_id)}")
        self._order_parameters()
        texts = model_texts()[self._model_id]
        for definition in self.parameterDefinitions():
            if definition.name() in texts:
                definition.setDescription(texts[definition.name()])
            if definition.name() + "/options" in texts:
                definition.setOptions(texts[definition.name() + "/options"])
        for definition in self.outputDefinitions():
            if definition.name() in texts:
                definition.setDescription(texts[definition.name()])

    def _order_parameters(self):
        """The dialog's order: the inputs as laid out in the Model Designer (rows from the top), then the outputs
        step by step (QGIS 3.22 lists a model's parameters by name)."""
        def place(definition):
            if definition.isDestination():
                child_id, _, name = definition.name().partition(":")
                child = self.childAlgorithm(child_id)
                return 1, child.position().y(), child.modelOutput(name).position().y()
            position = self.parameterComponent(definition.name()).position()
            return 0, position.y(), position.x()

        ordered = [definition.clone() for definition in sorted(self.parameterDefinitions(), key=place)]
        for definition in ordered:
            self.removeParameter(definition.name())
        for definition in ordered:
            self.addParameter(definition)  # a destination gets its output again

    def model_file(self):
        return model_path(self._model_id)

    def processAlgorithm(self, parameters, context, feedback):
        # A model hands its inputs to the steps as given: an input left out (qgis_process, processing.run) would
        # reach a step as "no value" and take that step's default, not the model's (the map's title, the smallest
        # flow drawn). Fill in the model's defaults first, as the dialog does.
        parameters = dict(parameters)
        for definition in self.parameterDefinitions():
            name = definition.name()
            if definition.isDestination():
                if definition.type() in ("sink", "vectorDestination"):
                    parameters[name] = _named_temporary_file(parameters.get(name), definition.description())
            elif parameters.get(name) is None and definition.defaultValue() is not None:
                parameters[name] = definition.defaultValue()
        return super().processAlgorithm(parameters, context, feedback)

    def createInstance(self):
        return type(self)(self._model_id)

    def name(self):
        return self._model_id

    def displayName(self):
        return QgsProcessingModelAlgorithm.name(self)  # the model's own name, in Swedish: as the regions named it

    def group(self):
        return group_name()

    def groupId(self):
        return GROUP_ID

    def shortHelpString(self):
        return model_texts()[self._model_id]["help"]

    def helpUrl(self):
        return "https://github.com/strukturbild/strukturbild#models"

    def icon(self):
        return QgsApplication.getThemeIcon("/processingModel.svg")

    def svgIconPath(self):
        return QgsApplication.iconPath("processingModel.svg")


def _named_temporary_file(value, description):
    """A temporary layer output ("Create temporary layer", TEMPORARY_OUTPUT) as a GeoPackage in Processing's
    temporary folder named after the output: the style a step saves with its output (a memory layer cannot keep
    one) is what the map step draws it with, and the map's legend names it by that name, not 'OUTPUT'."""
    from qgis.core import QgsProcessing, QgsProcessingOutputLayerDefinition, QgsProcessingUtils, QgsProperty

    def temporary(sink):
        return isinstance(sink, str) and (sink == QgsProcessing.TEMPORARY_OUTPUT or sink.startswith("memory:"))

    sink = value
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        sink = value.sink.staticValue() if value.sink.propertyType() == QgsProperty.Type.StaticProperty else None
    if not temporary(sink):
        return value
    stem = "".join(ch if ch.isalnum() or ch in " -_()" else "_" for ch in description).strip() or "output"
    path = QgsProcessingUtils.generateTempFilename(stem + ".gpkg")
    if not isinstance(value, QgsProcessingOutputLayerDefinition):
        return path
    named = QgsProcessingOutputLayerDefinition(path, value.destinationProject)
    named.destinationName = value.destinationName
    named.createOptions = value.createOptions
    return named


def shipped_models():
    """The shipped models whose files are there (build_models.py writes them; a checkout without them still loads
    every algorithm)."""
    models = []
    for model_id in MODEL_FILES:
        if not model_path(model_id).is_file():
            continue
        try:
            models.append(StrukturbildModel(model_id))
        except OSError:  # a damaged file: the algorithms and the other model still load
            from qgis.core import Qgis, QgsMessageLog

            QgsMessageLog.logMessage(QCoreApplication.translate(
                "StrukturbildModel", "The model {path} could not be read: reinstall the Strukturbild plugin.").format(
                path=model_path(model_id)), "Strukturbild", Qgis.MessageLevel.Warning)
    return models


def open_in_designer(model):
    """Open a copy of a shipped model in QGIS's Model Designer: not tied to the plugin's file, so Save asks where
    (the user's models folder by default) and the copy then appears under Models."""
    from processing.modeler.ModelerDialog import ModelerDialog

    copy = QgsProcessingModelAlgorithm()
    copy.fromFile(str(model.model_file()))
    dialog = ModelerDialog.create(copy)

    def refresh_models():
        provider = QgsApplication.processingRegistry().providerById("model")
        if provider is not None:
            provider.refreshAlgorithms()

    dialog.update_model.connect(refresh_models)
    dialog.show()
    return dialog


def context_menu_actions():
    """The toolbox's context-menu action for the shipped models ([] where Processing's GUI is not available)."""
    try:
        from processing.gui.ContextAction import ContextAction
    except ImportError:  # Processing's Python plugin is not loaded (a bare PyQGIS script)
        return []

    class OpenModelAction(ContextAction):
        def __init__(self):
            super().__init__()
            self.name = QCoreApplication.translate("StrukturbildModel", "Open in Model Designer…")

        def isEnabled(self):
            return isinstance(getattr(self, "itemData", None), StrukturbildModel)

        def execute(self):
            open_in_designer(self.itemData)

    return [OpenModelAction()]
