"""strukturbild:validatestrukturbild — check a (contributed) strukturbild GeoPackage against the schema and list every
problem with what to do about it."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ...strukturbild_plugin import schema
from ...strukturbild_plugin.compat import make_field
from ..base import StrukturbildAlgorithm, step
from ..methods import contributions as cm
from .contributions_common import (
    AreaTest,
    expected_crs,
    geometry_facts,
    package_area,
    problem_text,
    read_geopackage,
    require_strukturbild,
    severity_word,
    transformed,
    transformer,
    union_area,
)

#: The problems table's fields.
PROBLEM_FIELDS = (("severity", "text"), ("layer", "text"), ("feature_fid", "int64"), ("feature_id", "text"),
                  ("field", "text"), ("problem", "text"), ("what_to_do", "text"), ("kind", "text"))


def find_problems(data, area=None, transform_context=None):
    """[Problem] of a strukturbild GeoPackage (GeoPackageData) against the schema; ``area``: the contributor's area
    (QgsGeometry in the package's CRS) or None for the package's own 'bidragsomrade'."""
    from qgis.core import QgsCoordinateTransformContext

    transform_context = transform_context or QgsCoordinateTransformContext()
    crs = expected_crs(data)
    problems = cm.file_layer_problems([layer.name for layer in data.layers])
    contributor, state = cm.contributor_of(data.metadata, [
        feature.attributes.get("bidragsgivare") for layer in data.element_layers(False) for feature in layer.features])
    if contributor is None:
        problems.append(cm.Problem("no_contributor", details={"state": state}))
    if data.feature_count() == 0:
        problems.append(cm.Problem("empty"))
    if area is None and crs.isValid():
        area = package_area(data, crs, transform_context)
    if area is None:
        problems.append(cm.Problem("no_area"))
    area_test = AreaTest(area) if area is not None else None
    records = []
    for layer in data.element_layers(False):
        element = schema.element_type(layer.key)
        problems += cm.layer_problems(layer.name, layer.key, layer.fields, layer.crs.isValid(),
                                      not crs.isValid() or layer.crs == crs, crs.authid() or crs.description())
        transform = transformer(layer.crs, crs, transform_context)
        for feature in layer.features:
            _, found = cm.value_problems(layer.key, feature.attributes, layer.name, feature.fid)
            feature_id = "" if feature.attributes.get("id") is None else str(feature.attributes.get("id"))
            geometry = transformed(feature.geometry, transform)
            facts = geometry_facts(geometry, element, area_test if layer.crs.isValid() else None)
            found += cm.geometry_problems(layer.key, facts, layer.name, feature.fid, feature_id)
            problems += found
            records.append((layer.name, feature.fid, feature.attributes.get("id")))
    problems += cm.duplicate_id_problems(records)
    order = {cm.ERROR: 0, cm.WARNING: 1}
    problems.sort(key=lambda p: (order[p.severity], p.layer, -1 if p.fid is None else p.fid, p.field, p.kind))
    return problems


class ValidateStrukturbild(StrukturbildAlgorithm):
    ALGORITHM_ID = "validatestrukturbild"
    GROUP_ID = "maps"

    INPUT = "INPUT"
    AREA = "AREA"
    FAIL_ON_ERROR = "FAIL_ON_ERROR"
    OUTPUT = "OUTPUT"
    N_ERRORS = "N_ERRORS"
    N_WARNINGS = "N_WARNINGS"

    def displayName(self):
        return self.tr("Validate strukturbild")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Checks a strukturbild GeoPackage — typically a contribution sent back by a kommun — against the "
                    "strukturbild schema, and lists every problem with what to do about it."),
            [(self.INPUT, self.tr("the GeoPackage (read only; its saved styles are never loaded).")),
             (self.AREA, self.tr("the contributor's area; empty: the package's own 'bidragsomrade' layer.")),
             (self.FAIL_ON_ERROR, self.tr("make the run fail when there is an error (e.g. in a model or script); off "
                                          "by default.")),
             (self.OUTPUT, self.tr("the problems table (severity, layer, feature_fid, feature_id, field, problem, "
                                   "what_to_do, kind)."))],
            [self.tr("Checked: element layers that are missing or renamed, layers that are not part of the "
                     "strukturbild, fields that are missing, extra or of another type, values that are not numbers "
                     "or not in the field's list of codes, features without a geometry or with an invalid one or one "
                     "of the wrong kind, layers without a CRS or in another CRS than the package, ids used twice, "
                     "features without an id, elements outside (or partly outside) the contributor's area, a file "
                     "that names no contributor or holds no features."),
             self.tr("Severity: an error is what 'Merge contributions' will not take (the feature goes to its "
                     "rejected table, or the file is refused); a warning is merged but worth a look.")])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("Strukturbild GeoPackage to check"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREA, self.tr("Contributor's area (empty: the package's own)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FAIL_ON_ERROR, self.tr("Fail when an error is found"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Problems"), QgsProcessing.SourceType.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(self.N_ERRORS, self.tr("Number of errors")))
        self.addOutput(QgsProcessingOutputNumber(self.N_WARNINGS, self.tr("Number of warnings")))

    def process(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        data = read_geopackage(path, self.tr("The GeoPackage"))
        require_strukturbild(data, self.tr("The GeoPackage"))
        step(feedback, 20)
        crs = expected_crs(data)
        area = None
        source = self.parameterAsSource(parameters, self.AREA, context)
        if source is not None:
            target = crs if crs.isValid() else source.sourceCrs()
            request = QgsFeatureRequest().setDestinationCrs(target, context.transformContext())
            area = union_area(feature.geometry() for feature in source.getFeatures(request))
            if area is None:
                raise QgsProcessingException(self.tr(
                    "The area layer '{layer}' has no polygon: choose the contributor's area (e.g. the kommun's "
                    "polygon) or leave AREA empty.").format(layer=source.sourceName()))
        problems = find_problems(data, area, context.transformContext())
        step(feedback, 80)

        fields = QgsFields()
        for name, kind in PROBLEM_FIELDS:
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        counts = cm.severity_counts(problems)
        for problem in problems:
            text, todo = problem_text(problem)
            feature = QgsFeature(fields)
            feature.setAttributes([severity_word(problem.severity), problem.layer, problem.fid, problem.feature_id,
                                   problem.field, text, todo, problem.kind])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            where = ", ".join(part for part in (
                problem.layer, "" if problem.fid is None else f"fid {problem.fid}", problem.field) if part)
            line = f"{severity_word(problem.severity)}: {where}: {text} {todo}" if where else \
                f"{severity_word(problem.severity)}: {text} {todo}"
            if problem.severity == cm.ERROR:
                feedback.reportError(line)
            else:
                feedback.pushWarning(line)
        del sink
        feedback.pushInfo(self.tr("{path}: {errors} error(s), {warnings} warning(s).").format(
            path=path, errors=counts[cm.ERROR], warnings=counts[cm.WARNING]))
        if counts[cm.ERROR] and self.parameterAsBoolean(parameters, self.FAIL_ON_ERROR, context):
            raise QgsProcessingException(self.tr(
                "{path} has {n} error(s) (listed in the log): fix them and check again. Run without "
                "FAIL_ON_ERROR to get the problems table.").format(path=path, n=counts[cm.ERROR]))
        return {self.OUTPUT: dest_id, self.N_ERRORS: counts[cm.ERROR], self.N_WARNINGS: counts[cm.WARNING]}
