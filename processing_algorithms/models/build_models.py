#!/usr/bin/python3
"""Write the Processing models shipped with Strukturbild (gransbygdsanalys.model3, funktionellaregioner.model3).

Run from the repository root with the system Python that has PyQGIS:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 processing_algorithms/models/build_models.py            # writes
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 processing_algorithms/models/build_models.py --out DIR  # elsewhere

The models are ordinary QGIS models (QgsProcessingModelAlgorithm.toFile): a region opens one in the Model Designer,
changes it and saves its own copy. Labels and help are written in English (from models/__init__.py's texts) and
shown translated by the provider. The generated files are committed; tests/test_models.py checks that this script
still writes them unchanged. Not shipped in the plugin zip (build_*.py).
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"  # stable XML attribute order, so regenerated models diff cleanly

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF  # noqa: E402

POINT, POLYGON, LINE = (QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon,
                        QgsProcessing.SourceType.TypeVectorLine)
NUMERIC = QgsProcessingParameterField.DataType.Numeric
# the Model Designer's canvas: inputs in rows at the top, the steps below them one under the other, each step's
# outputs to its right (component centres, in pixels; a component is 200 × 30)
COLUMNS, INPUT_X, INPUT_Y, INPUT_DX, INPUT_DY = 5, 120.0, 60.0, 230.0, 75.0
STEP_X, STEP_GAP, OUTPUT_DX, OUTPUT_DY = 400.0, 90.0, 330.0, 60.0


def param(name):
    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def value(static):
    return QgsProcessingModelChildParameterSource.fromStaticValue(static)


def output(child_id, name):
    return QgsProcessingModelChildParameterSource.fromChildOutput(child_id, name)


class ModelWriter:
    """A QgsProcessingModelAlgorithm built step by step, laid out for the Model Designer."""

    def __init__(self, name, texts):
        self.model = QgsProcessingModelAlgorithm(name, "Strukturbild", "strukturbild")
        self.texts = texts
        self.n_inputs = 0
        self.steps = []
        self.next_y = None

    def text(self, name):
        return self.texts[name]

    def add_input(self, definition):
        definition.setDescription(self.text(definition.name()))
        if definition.name() + "/options" in self.texts:
            definition.setOptions(self.texts[definition.name() + "/options"])
        component = QgsProcessingModelParameter(definition.name())
        row, column = divmod(self.n_inputs, COLUMNS)
        component.setPosition(QPointF(INPUT_X + column * INPUT_DX, INPUT_Y + row * INPUT_DY))
        self.n_inputs += 1
        self.model.addModelParameter(definition, component)

    def add_step(self, child_id, algorithm_id, description, sources, outputs=(), needed=()):
        """sources: {parameter: a source or a list of sources}; outputs: the child's outputs that are the model's;
        needed: those of them that a later step reads. An optional output that the user leaves empty is not made at
        all (QGIS 3.22), so a needed one is mandatory: the dialog offers a temporary layer."""
        rows = -(-self.n_inputs // COLUMNS)
        k = len(self.steps)
        child = QgsProcessingModelChildAlgorithm(algorithm_id)
        if child.algorithm() is None:
            raise SystemExit(f"{algorithm_id} is not registered: is the Strukturbild provider loaded?")
        child.setChildId(child_id)
        child.setDescription(description)
        if self.next_y is None:
            self.next_y = INPUT_Y + rows * INPUT_DY + 80.0
        x, y = STEP_X + (k % 2) * 60.0, self.next_y  # a small stagger keeps the wires between steps apart
        self.next_y += max(1, len(outputs)) * OUTPUT_DY + STEP_GAP
        child.setPosition(QPointF(x, y))
        for name, source in sources.items():
            if child.algorithm().parameterDefinition(name) is None:
                raise SystemExit(f"{algorithm_id} has no parameter {name}")
            child.addParameterSources(name, source if isinstance(source, list) else [source])
        for definition in child.algorithm().parameterDefinitions():
            # the other mandatory ones at the algorithm's default, as the Model Designer sets them (the optional
            # ones are left out: the step uses its own default)
            if definition.name() not in sources and not definition.isDestination() \
                    and not definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional \
                    and definition.defaultValue() is not None:
                child.addParameterSources(definition.name(), [value(definition.defaultValue())])
        model_outputs = {}
        for j, name in enumerate(outputs):
            out = QgsProcessingModelOutput(name, self.text(f"{child_id}:{name}"))
            out.setChildId(child_id)
            out.setChildOutputName(name)
            out.setMandatory(name in needed)
            out.setPosition(QPointF(x + OUTPUT_DX, y + OUTPUT_DY * j))
            model_outputs[name] = out
        child.setModelOutputs(model_outputs)
        self.model.addChildAlgorithm(child)
        self.steps.append(child_id)

    def finish(self, path):
        self.model.setHelpContent({"ALG_DESC": self.text("help"), "ALG_CREATOR": "Strukturbild",
                                   "ALG_HELP_CREATOR": "Strukturbild"})
        ok, problems = self.model.validate()
        if not ok:
            raise SystemExit(f"{path.name}: {'; '.join(problems)}")
        if not self.model.toFile(str(path)):
            raise SystemExit(f"cannot write {path}")
        return path


def gransbygdsanalys(texts, path):
    """borderzones → borderaccess → areaprofile, and a map of the zones and the origins."""
    w = ModelWriter("Gränsbygdsanalys", texts)
    w.add_input(QgsProcessingParameterMultipleLayers("REGIONS", "", POLYGON))
    w.add_input(QgsProcessingParameterField("REGION_ID_FIELD", "", parentLayerParameterName="REGIONS"))
    w.add_input(QgsProcessingParameterString("SELECTION", "", defaultValue="", optional=True))
    w.add_input(QgsProcessingParameterEnum("BORDER", "", options=["", ""], defaultValue=0))
    w.add_input(QgsProcessingParameterString("BANDS", "", defaultValue="10,25"))
    w.add_input(QgsProcessingParameterEnum("MODE", "", options=["", ""], defaultValue=0))
    w.add_input(QgsProcessingParameterFeatureSource("POPULATION", "", [POINT, POLYGON]))
    w.add_input(QgsProcessingParameterField("POPULATION_FIELD", "", parentLayerParameterName="POPULATION",
                                            type=NUMERIC, optional=True))
    w.add_input(QgsProcessingParameterFeatureSource("DESTINATIONS", "", [POINT]))
    w.add_input(QgsProcessingParameterFeatureSource("TATORTER", "", [POINT, POLYGON]))
    w.add_input(QgsProcessingParameterField("TATORT_POPULATION_FIELD", "", parentLayerParameterName="TATORTER",
                                            type=NUMERIC))
    w.add_input(QgsProcessingParameterString("TOWN_SIZES", "", defaultValue="3000,10000,50000"))
    w.add_input(QgsProcessingParameterFeatureSource("NETWORK", "", [LINE], optional=True))
    w.add_input(QgsProcessingParameterFile("STRUKTURBILD", "", extension="gpkg", optional=True))
    w.add_input(QgsProcessingParameterString("TEMPLATE", "", defaultValue="A3_landscape"))
    w.add_input(QgsProcessingParameterString("TITLE", "", defaultValue="Gränsbygdsanalys"))
    w.add_input(QgsProcessingParameterString("SOURCES", "", optional=True, multiLine=True))
    regions = {name: param(name) for name in ("REGIONS", "REGION_ID_FIELD", "SELECTION")}
    w.add_step("borderzones", "strukturbild:borderzones", "Gränszoner (Border zones)", dict(
        regions, BORDER=param("BORDER"), BANDS=param("BANDS"), MODE=param("MODE"), POPULATION=param("POPULATION"),
        POPULATION_FIELD=param("POPULATION_FIELD"), SERVICES=param("DESTINATIONS"), NETWORK=param("NETWORK")),
        outputs=["OUTPUT"])
    w.add_step("borderaccess", "strukturbild:borderaccess", "Gränsens kostnad (Border access)", dict(
        regions, ORIGINS=param("POPULATION"), ORIGIN_WEIGHT_FIELD=param("POPULATION_FIELD"),
        DESTINATIONS=param("DESTINATIONS"), MEASURE=value(0), NETWORK=param("NETWORK"),
        ZONES=output("borderzones", "OUTPUT")), outputs=["OUTPUT", "OUTPUT_ZONES"], needed=["OUTPUT_ZONES"])
    w.add_step("areaprofile", "strukturbild:areaprofile", "Zonprofil (Area profile)", dict(
        AREAS=output("borderaccess", "OUTPUT_ZONES"), AREA_ID_FIELD=value("zon"), POPULATION=param("POPULATION"),
        POPULATION_FIELD=param("POPULATION_FIELD"), TATORTER=param("TATORTER"),
        TATORT_POPULATION_FIELD=param("TATORT_POPULATION_FIELD"), TOWN_SIZES=param("TOWN_SIZES"),
        SERVICES=param("DESTINATIONS"), NETWORK=param("NETWORK")), outputs=["OUTPUT", "OUTPUT_REPORT"])
    w.add_step("assemblemap", "strukturbild:assemblemap", "Karta (Assemble strukturbild map)", dict(
        STRUKTURBILD=param("STRUKTURBILD"), LAYERS=[output("borderzones", "OUTPUT"), output("borderaccess", "OUTPUT")],
        EXTENT_LAYER=output("borderzones", "OUTPUT"), TEMPLATE=param("TEMPLATE"), TITLE=param("TITLE"),
        SOURCES=param("SOURCES")), outputs=["OUTPUT"])
    return w.finish(path)


def funktionellaregioner(texts, path):
    """functionalregions → flowlines (between the regions' zones) → a map of regions and flows."""
    w = ModelWriter("Funktionella regioner och karta", texts)
    w.add_input(QgsProcessingParameterFeatureSource("ZONES", "", [POLYGON, POINT]))
    w.add_input(QgsProcessingParameterField("ZONE_ID_FIELD", "", parentLayerParameterName="ZONES"))
    w.add_input(QgsProcessingParameterField("ZONE_NAME_FIELD", "", parentLayerParameterName="ZONES", optional=True))
    w.add_input(QgsProcessingParameterFeatureSource("FLOWS", "", [QgsProcessing.SourceType.TypeVector]))
    w.add_input(QgsProcessingParameterField("ORIGIN_FIELD", "", parentLayerParameterName="FLOWS"))
    w.add_input(QgsProcessingParameterField("DESTINATION_FIELD", "", parentLayerParameterName="FLOWS"))
    w.add_input(QgsProcessingParameterField("VALUE_FIELD", "", parentLayerParameterName="FLOWS"))
    w.add_input(QgsProcessingParameterEnum("METHOD", "", options=["", "", ""], defaultValue=0))
    w.add_input(QgsProcessingParameterNumber("MIN_VALUE", "", QgsProcessingParameterNumber.Type.Double,
                                             defaultValue=100.0, minValue=0.0, maxValue=1_000_000_000.0))
    w.add_input(QgsProcessingParameterFile("STRUKTURBILD", "", extension="gpkg", optional=True))
    w.add_input(QgsProcessingParameterString("TEMPLATE", "", defaultValue="A3_landscape"))
    w.add_input(QgsProcessingParameterString("TITLE", "", defaultValue="Funktionella regioner"))
    w.add_input(QgsProcessingParameterString("SOURCES", "", optional=True, multiLine=True))
    flows = {name: param(name) for name in ("ZONE_ID_FIELD", "ZONE_NAME_FIELD", "FLOWS", "ORIGIN_FIELD",
                                            "DESTINATION_FIELD", "VALUE_FIELD")}
    w.add_step("functionalregions", "strukturbild:functionalregions", "Funktionella regioner (Functional regions)",
               dict(flows, ZONES=param("ZONES"), METHOD=param("METHOD")),
               outputs=["OUTPUT_MEMBERSHIP", "OUTPUT_REGIONS", "OUTPUT_REPORT"], needed=["OUTPUT_REGIONS"])
    w.add_step("flowlines", "strukturbild:flowlines", "Pendlingsflöden (Flow lines)", dict(
        flows, ZONES=output("functionalregions", "OUTPUT_MEMBERSHIP"), MODE=value(0), MIN_VALUE=param("MIN_VALUE"),
        CURVED=value(True)), outputs=["OUTPUT"])
    w.add_step("assemblemap", "strukturbild:assemblemap", "Karta (Assemble strukturbild map)", dict(
        STRUKTURBILD=param("STRUKTURBILD"),
        LAYERS=[output("functionalregions", "OUTPUT_REGIONS"), output("flowlines", "OUTPUT")],
        TEMPLATE=param("TEMPLATE"), TITLE=param("TITLE"), SOURCES=param("SOURCES")), outputs=["OUTPUT"])
    return w.finish(path)


BUILDERS = {"gransbygdsanalys": gransbygdsanalys, "funktionellaregioner": funktionellaregioner}


def build(out_dir):
    """Write every model into out_dir; needs a running QgsApplication with the Strukturbild provider registered."""
    from strukturbild.processing_algorithms.models import MODEL_FILES, model_texts

    texts = model_texts()
    return [BUILDERS[model_id](texts[model_id], Path(out_dir) / file_name)
            for model_id, file_name in MODEL_FILES.items()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the .model3 files (default: this one)")
    arguments = parser.parse_args()
    stage = Path(tempfile.mkdtemp(prefix="strukturbild-models-"))
    (stage / "strukturbild").symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(stage))
    sys.path.insert(1, "/usr/share/qgis/python/plugins")
    app = QgsApplication([], False)
    app.initQgis()
    try:
        from strukturbild.processing_algorithms.provider import StrukturbildProvider

        provider = StrukturbildProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        arguments.out.mkdir(parents=True, exist_ok=True)
        for path in build(arguments.out):
            print(path)
    finally:
        app.exitQgis()


if __name__ == "__main__":
    main()
