"""strukturbild:flowlines — commuting flow lines between zones (gross, net or two-way), styled as
strukturbild "funktionellt samband".

The numbers come from methods.flows.flow_table over the matrix that common.read_od builds; this module only reads
the layers, places the lines (centroid or point on surface, optionally curved with methods.flows.curve) and writes
and styles the output.
"""

import math

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ...strukturbild_plugin.compat import make_field, save_style_to_database
from ...strukturbild_plugin.i18n import format_number, format_percent
from .. import checks
from ..base import StrukturbildAlgorithm, load_with_post_processor
from .common import read_od, read_zones

STYLE_KEY = "funktionellt_samband"
CROSS_BORDER_KEY = "gransoverskridande_samband"
BEND = 0.15
CURVE_POINTS = 24


def apply_flow_style(layer, feedback=None):
    """Give a flow-line layer the library style 'funktionellt_samband'; problems become warnings, never errors.

    A GeoPackage output also gets the style stored as its default, so it keeps it when opened later.
    """
    from ...strukturbild_plugin.library import StyleLibrary

    try:
        warnings = StyleLibrary().apply_style(layer, STYLE_KEY)
    except Exception as error:  # noqa: BLE001 - styling must never fail a finished run
        if feedback is not None:
            feedback.pushWarning(QCoreApplication.translate(
                "FlowLines", "The flow lines could not be styled: {error}").format(error=error))
        return False
    for warning in warnings:
        if feedback is not None:
            feedback.pushWarning(warning)
    source = layer.source()
    if layer.providerType() == "ogr" and source.split("|")[0].lower().endswith(".gpkg"):
        message = save_style_to_database(layer, STYLE_KEY, "Strukturbild: Funktionellt samband")
        if message and feedback is not None:
            feedback.pushWarning(QCoreApplication.translate(
                "FlowLines", "The style could not be stored in {path}: {error}").format(
                path=source.split("|")[0], error=message))
    return True


class FlowLinesStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles the output layer when Processing loads it into the project (runs on the main thread)."""

    # Processing does not own post-processors: keep the latest ones alive beyond the algorithm instance, which the
    # GUI may delete before it loads the results.
    _alive = []

    @classmethod
    def create(cls):
        styler = cls()
        cls._alive = cls._alive[-19:] + [styler]
        return styler

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None and layer.type() == layer.VectorLayer:
            apply_flow_style(layer, feedback)


class FlowLines(StrukturbildAlgorithm):
    ALGORITHM_ID = "flowlines"
    GROUP_ID = "functional"

    ZONES = "ZONES"
    ZONE_ID_FIELD = "ZONE_ID_FIELD"
    ZONE_NAME_FIELD = "ZONE_NAME_FIELD"
    GROUP_FIELD = "GROUP_FIELD"
    FLOWS = "FLOWS"
    ORIGIN_FIELD = "ORIGIN_FIELD"
    DESTINATION_FIELD = "DESTINATION_FIELD"
    VALUE_FIELD = "VALUE_FIELD"
    MODE = "MODE"
    MIN_VALUE = "MIN_VALUE"
    TOP_N = "TOP_N"
    CURVED = "CURVED"
    ANCHOR = "ANCHOR"
    OUTPUT = "OUTPUT"

    N_LINES = "N_LINES"
    TOTAL_VALUE = "TOTAL_VALUE"
    N_UNMATCHED_IDS = "N_UNMATCHED_IDS"
    SHARE_CROSSING = "SHARE_CROSSING"

    FIELD_NAMES = ("origin", "destination", "value", "share_of_origin", "share_of_destination", "crosses",
                   "from_id", "to_id", "from_namn", "to_namn", "flode", "andel", "strukturbild_typ")

    def __init__(self):
        super().__init__()
        self._dest_id = None
        self._post_processor = None

    def displayName(self):
        return self.tr("Flow lines (functional connections)")

    def tags(self):
        return self.tr("commuting,pendling,flow,flöde,OD,origin,destination,funktionellt samband,flowmap").split(",")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Draws commuting (or any origin–destination) flows as lines between zones, styled as the "
                    "strukturbild element 'Funktionellt samband' (line width grows with the flow)."),
            [(self.ZONES, self.tr("a polygon or point layer in any CRS (kommuner, DeSO, grid cells).")),
             (self.ZONE_ID_FIELD, self.tr("the zone codes, as in the flow table; each must occur once.")),
             (self.ZONE_NAME_FIELD, self.tr("names for from_namn and to_namn; empty: the ids.")),
             (self.GROUP_FIELD, self.tr("e.g. the county code: a line between zones of different groups gets "
                                        "crosses = 'A-B' (the origin's group, then the destination's; '?' for a zone "
                                        "without a value) and strukturbild_typ = 'gransoverskridande_samband'.")),
             (self.FLOWS, self.tr("any table layer, a CSV file or a GeoPackage table with one row per origin "
                                  "(residence), destination (workplace) and value (count). Ids are matched as text, "
                                  "ignoring leading zeros ('114' = '0114') and accepting 'code name' labels; counts "
                                  "may be text with space thousands separators ('1 234') or a decimal comma. Total "
                                  "rows ('Totalt', 'Riket', …) are dropped, duplicated rows are summed (with a "
                                  "warning), ids not among the zones are reported and left out; negative or "
                                  "non-numeric counts stop the run naming the row. The diagonal (people working in "
                                  "their home zone) counts in the totals but is never drawn.")),
             ((self.ORIGIN_FIELD, self.DESTINATION_FIELD, self.VALUE_FIELD),
              self.tr("the origin and destination codes and the value of each row.")),
             (self.MODE, self.tr("'Gross (one-way flows)': every one-way flow A→B as its own line (opposite "
                                 "directions are separate lines, which curve apart). 'Net (difference between "
                                 "directions)': one line per pair from the larger to the smaller direction with the "
                                 "difference |A→B − B→A|; equal flows give no line. 'Two-way total (both directions "
                                 "summed)': one line per pair with A→B + B→A (its origin is the zone that comes first "
                                 "in the zones layer). Shares: residents of a zone = its row total, jobs = its column "
                                 "total, both including the diagonal. Gross and net: share_of_origin = value / the "
                                 "origin's employed residents, share_of_destination = value / the destination's "
                                 "jobs. Two-way: share_of_origin = value / (the origin's residents + jobs), likewise "
                                 "for the destination: the pair's exchange relative to all the zone's commuting "
                                 "relations (at most 1).")),
             (self.MIN_VALUE, self.tr("lines with a smaller value are left out.")),
             (self.TOP_N, self.tr("keep only the N largest lines of each origin (0: all; ties go to the zone first "
                                  "in the layer).")),
             (self.CURVED, self.tr("quadratic curves bending to the right of the direction of travel (bend 0.15 of "
                                   "the line's length); off: straight lines.")),
             (self.ANCHOR, self.tr("'Centroid', or 'Point on surface' (always inside an odd-shaped zone); point "
                                   "zones are used as they are.")),
             (self.OUTPUT, self.tr("lines with origin, destination, value, share_of_origin, share_of_destination, "
                                   "crosses, and for strukturbild maps from_id, to_id, from_namn, to_namn, flode (= "
                                   "value), andel (= share_of_origin) and strukturbild_typ."))],
            [self.tr("Results: the number of lines (N_LINES), the sum of the drawn values (TOTAL_VALUE), the "
                     "flow-table ids not among the zones (N_UNMATCHED_IDS) and the share of the drawn value on lines "
                     "that cross groups (SHARE_CROSSING; 0 without a group field).")])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (polygons or points)"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_ID_FIELD, self.tr("Zone id field"), parentLayerParameterName=self.ZONES))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_NAME_FIELD, self.tr("Zone name field"), parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.GROUP_FIELD, self.tr("Group field (e.g. county code; marks crossing lines)"),
            parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FLOWS, self.tr("Flow table (OD: origin, destination, value)"),
            [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.ORIGIN_FIELD, self.tr("Origin (residence) field"), parentLayerParameterName=self.FLOWS))
        self.addParameter(QgsProcessingParameterField(
            self.DESTINATION_FIELD, self.tr("Destination (workplace) field"), parentLayerParameterName=self.FLOWS))
        self.addParameter(QgsProcessingParameterField(
            self.VALUE_FIELD, self.tr("Value (count) field"), parentLayerParameterName=self.FLOWS))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Mode"),
            [self.tr("Gross (one-way flows)"), self.tr("Net (difference between directions)"),
             self.tr("Two-way total (both directions summed)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_VALUE, self.tr("Minimum value"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=0, minValue=0, maxValue=checks.MAX_COUNT))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOP_N, self.tr("Largest N lines per origin (0 = all)"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=0, minValue=0, maxValue=checks.MAX_ITEMS))
        self.addParameter(QgsProcessingParameterBoolean(self.CURVED, self.tr("Curved lines"), defaultValue=True))
        anchor = QgsProcessingParameterEnum(
            self.ANCHOR, self.tr("Line ends at the zone's"), [self.tr("Centroid"), self.tr("Point on surface")],
            defaultValue=0)
        anchor.setFlags(anchor.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(anchor)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Flow lines"), QgsProcessing.SourceType.TypeVectorLine))
        self.addOutput(QgsProcessingOutputNumber(self.N_LINES, self.tr("Number of lines")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_VALUE, self.tr("Sum of the drawn values")))
        self.addOutput(QgsProcessingOutputNumber(self.N_UNMATCHED_IDS,
                                                 self.tr("Flow-table ids not among the zones")))
        self.addOutput(QgsProcessingOutputNumber(self.SHARE_CROSSING,
                                                 self.tr("Share of the drawn value crossing groups")))

    # -- running -----------------------------------------------------------------------------------

    @staticmethod
    def _name(source, parameters, name):
        text = source.sourceName() if source is not None else ""
        if not text:
            value = parameters.get(name)
            text = value.name() if hasattr(value, "name") else str(value)
        return text

    def output_fields(self):
        fields = QgsFields()
        for name in self.FIELD_NAMES:
            kind = QVariant.Double if name in ("value", "share_of_origin", "share_of_destination", "flode",
                                               "andel") else QVariant.String
            fields.append(make_field(name, kind))
        return fields

    def process(self, parameters, context, feedback):
        from ..methods import flows

        self._dest_id = None
        checks.require_finite_numbers(self, parameters, context)
        zones_source = self.parameterAsSource(parameters, self.ZONES, context)
        if zones_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        flows_source = self.parameterAsSource(parameters, self.FLOWS, context)
        if flows_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.FLOWS))
        zones_name = self._name(zones_source, parameters, self.ZONES)
        flows_name = self._name(flows_source, parameters, self.FLOWS)
        id_field = self.parameterAsString(parameters, self.ZONE_ID_FIELD, context)
        name_field = self.parameterAsString(parameters, self.ZONE_NAME_FIELD, context)
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        mode = self.parameterAsEnum(parameters, self.MODE, context)
        min_value = self.parameterAsDouble(parameters, self.MIN_VALUE, context)
        top_n = self.parameterAsInt(parameters, self.TOP_N, context)
        curved = self.parameterAsBool(parameters, self.CURVED, context)
        anchor = self.parameterAsEnum(parameters, self.ANCHOR, context)
        zone_fields = zones_source.fields()
        for field_name in (name_field, group_field):
            if field_name and zone_fields.indexOf(field_name) < 0:
                raise QgsProcessingException(self.tr(
                    "The zones layer '{layer}' has no field '{field}'. Available fields: {fields}.").format(
                    layer=zones_name, field=field_name, fields=", ".join(zone_fields.names())))
        if mode not in flows.MODES:
            raise QgsProcessingException(self.tr("MODE must be 0 (gross), 1 (net) or 2 (two-way), not {mode}.")
                                         .format(mode=mode))

        zones = read_zones(zones_source, zones_name, id_field, name_field, feedback)
        feedback.setProgress(5)
        anchors, groups = self._anchors(zones, group_field, anchor, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(15)
        matrix = read_od(flows_source, flows_name, self.parameterAsString(parameters, self.ORIGIN_FIELD, context),
                         self.parameterAsString(parameters, self.DESTINATION_FIELD, context),
                         self.parameterAsString(parameters, self.VALUE_FIELD, context), zones.ids, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(40)

        table = flows.flow_table(matrix.matrix, mode, min_value, top_n)
        located = [anchors[i] is not None and anchors[j] is not None
                   for i, j in zip(table.origin.tolist(), table.destination.tolist())]
        n_unplaced = located.count(False)
        if n_unplaced:
            missing = sorted({zones.ids[k] for i, j in zip(table.origin.tolist(), table.destination.tolist())
                              for k in (i, j) if anchors[k] is None})
            feedback.pushWarning(self.tr(
                "{n} line(s) were left out because zone(s) {examples} of '{layer}' have no geometry.").format(
                n=n_unplaced, examples=", ".join(missing[:10]) + (" …" if len(missing) > 10 else ""),
                layer=zones_name))

        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, self.output_fields(),
                                             QgsWkbTypes.Type.LineString, zones_source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        fields = self.output_fields()
        n_lines, total, crossing = 0, 0.0, 0.0
        count = max(len(table), 1)
        for k in range(len(table)):
            if feedback.isCanceled():
                return {}
            if not located[k]:
                continue
            i, j = int(table.origin[k]), int(table.destination[k])
            value = float(table.value[k])
            share_o, share_d = float(table.share_of_origin[k]), float(table.share_of_destination[k])
            crosses = ""
            if group_field and groups[i] != groups[j]:
                crosses = "{a}-{b}".format(a=groups[i] or "?", b=groups[j] or "?")
            feature = QgsFeature(fields)
            feature.setGeometry(self._line(anchors[i], anchors[j], curved))
            feature.setAttributes([
                zones.ids[i], zones.ids[j], value, share_o, share_d, crosses,
                zones.ids[i], zones.ids[j], zones.names[i], zones.names[j], value, share_o,
                CROSS_BORDER_KEY if crosses else STYLE_KEY])
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            n_lines += 1
            total += value
            if crosses:
                crossing += value
            if k % 200 == 0:
                feedback.setProgress(40 + 60 * k / count)
        feedback.setProgress(100)

        share_crossing = crossing / total if total > 0 and group_field else 0.0
        if n_lines == 0:
            feedback.pushWarning(self.tr("No flow line was drawn: every flow was on the diagonal, zero, below the "
                                         "minimum value {minimum:g} or between zones without geometry.")
                                 .format(minimum=min_value))
        mode_name = [self.tr("gross"), self.tr("net"), self.tr("two-way")][mode]
        feedback.pushInfo(self.tr(
            "Flow lines ({mode}): {n} line(s) with {total} in total between {zones} zone(s); "
            "{unmatched} flow-table id(s) not among the zones; {crossing} of the drawn value crosses groups.")
            .format(mode=mode_name, n=n_lines, total=format_number(total, 0), zones=len(zones.ids),
                    unmatched=len(matrix.unmatched), crossing=format_percent(share_crossing, 1)))
        self._dest_id = dest_id
        return {self.OUTPUT: dest_id, self.N_LINES: n_lines, self.TOTAL_VALUE: total,
                self.N_UNMATCHED_IDS: len(matrix.unmatched), self.SHARE_CROSSING: share_crossing}

    def _anchors(self, zones, group_field, anchor, feedback):
        """Per zone index: the line end point (QgsPoint or None) and the group value as text."""
        from ..methods import od

        index = {fid: k for k, fid in enumerate(zones.feature_ids)}
        anchors = [None] * len(zones.ids)
        groups = [""] * len(zones.ids)
        fields = zones.source.fields()
        request = QgsFeatureRequest().setFilterFids(zones.feature_ids)
        request.setSubsetOfAttributes([group_field] if group_field else [], fields)
        features = zones.source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
        for feature in features:
            if feedback.isCanceled():
                break
            k = index.get(feature.id())
            if k is None:
                continue
            if group_field:
                value = feature[group_field]
                groups[k] = "" if value is None or (isinstance(value, QVariant) and value.isNull()) \
                    else od.normalise_id(value)
            anchors[k] = self._anchor(feature.geometry(), anchor)
        return anchors, groups

    @staticmethod
    def _anchor(geometry, anchor):
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None
        if geometry.type() == QgsWkbTypes.GeometryType.PointGeometry and not geometry.isMultipart():
            point = geometry.constGet()
            return QgsPoint(point.x(), point.y())
        candidates = (geometry.pointOnSurface(), geometry.centroid()) if anchor == 1 else (geometry.centroid(),)
        for candidate in candidates:
            if candidate is not None and not candidate.isNull() and not candidate.isEmpty():
                point = candidate.asPoint()
                if math.isfinite(point.x()) and math.isfinite(point.y()):
                    return QgsPoint(point.x(), point.y())
        return None

    @staticmethod
    def _line(start, end, curved):
        from ..methods import flows

        if curved:
            xs, ys = flows.curve(start.x(), start.y(), end.x(), end.y(), bend=BEND, n=CURVE_POINTS)
            return QgsGeometry(QgsLineString([float(x) for x in xs], [float(y) for y in ys]))
        return QgsGeometry(QgsLineString([start.x(), end.x()], [start.y(), end.y()]))

    def postProcessAlgorithm(self, context, feedback):
        """Style the output (main thread): now for the layer the context holds, and again when it is loaded."""
        self._post_processor = style_flow_lines(self.final_output(self._dest_id), context, feedback)
        return {}


def style_flow_lines(dest_id, context, feedback):
    """Style a flow-line output like 'Flow lines' (main thread): the layer the context holds now, and the layer
    Processing loads later. Returns the post-processor, which the algorithm must keep alive (Processing does not
    own Python post-processors)."""
    if not dest_id:
        return None
    layer = QgsProcessingUtils.mapLayerFromString(dest_id, context)
    if layer is not None:
        apply_flow_style(layer, feedback)
    post_processor = FlowLinesStyler.create()
    return post_processor if load_with_post_processor(context, dest_id, post_processor) else None
