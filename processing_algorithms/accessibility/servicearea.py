"""strukturbild:servicearea — isochrones: the parts of the road network reached within each time break from the
destinations (all together or each on its own), and polygons around them. No 60-minute cap.

Reuses strukturbild:traveltime's reading of roads and points; the times are methods.network.service_area.
"""

import math

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.i18n import format_number
from .. import checks
from ..base import ProgressRange, break_renderer, error_message, styled_output
from ..methods.progress import Cancelled
from .traveltime import TravelTime


class ServiceArea(TravelTime):
    ALGORITHM_ID = "servicearea"
    GROUP_ID = "accessibility"

    BREAKS = "BREAKS"
    SEPARATE = "SEPARATE"
    BUFFER = "BUFFER"
    OUTPUT_EDGES = "OUTPUT_EDGES"

    def displayName(self):
        return self.tr("Service areas (isochrones)")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Service areas (isochrones): the parts of the road network that can be reached within each time "
                    "break from the destinations, and polygons around them. There is no upper limit of 60 minutes."),
            [(self.DESTINATIONS, self.tr("the places the areas are drawn around (points, or polygons by their "
                                         "point on surface); each joins the nearest road at its nearest point.")),
             (self.DESTINATION_ID_FIELD, self.tr("the name or code written in the field destination when each "
                                                 "destination gets its own areas; empty: the feature id.")),
             (self.BREAKS, self.tr("the times in minutes, separated by commas, e.g. 15,30,45,60,90; at most 1440 "
                                   "minutes. A list that cannot be read is refused when the parameters are "
                                   "checked, before the run.")),
             (self.SEPARATE, self.tr("off: all destinations together give one area per time break; on: one area per "
                                     "destination and time break (field destination).")),
             (self.BUFFER, self.tr("the reached roads, cut exactly where the time runs out, are buffered by this "
                                   "many metres and dissolved per time break.")),
             *self.road_help(),
             (self.OUTPUT, self.tr("one polygon per time break (field break_min), and per destination with the "
                                   "option above.")),
             (self.OUTPUT_EDGES, self.tr("the roads reached within each time break, as lines."))])

    def initAlgorithm(self, config=None):
        self.add_network_parameter(self.tr("Road network (lines)"), optional=False)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DESTINATIONS, self.tr("Destinations (points or polygons)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.DESTINATION_ID_FIELD, self.tr("Destination id field (empty: feature id)"),
            parentLayerParameterName=self.DESTINATIONS, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BREAKS, self.tr("Time breaks (minutes, comma-separated)"), defaultValue="15,30,45,60,90"))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SEPARATE, self.tr("One service area per destination"), defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUFFER, self.tr("Polygon buffer around the reached roads (m)"),
            QgsProcessingParameterNumber.Type.Double, 200.0, False, 0.0, checks.MAX_BUFFER_M))
        self.add_road_settings(default_speed=50.0)
        self.add_snap_parameters(max_snap=2000.0)
        self.mark_advanced(self.ONEWAY_FIELD, self.TOLERANCE, self.ACCESS_SPEED, self.MAX_SNAP)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Service areas (polygons)"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_EDGES, self.tr("Reached roads"), QgsProcessing.SourceType.TypeVectorLine, optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("N_AREAS", self.tr("Service areas")))

    def checkParameterValues(self, parameters, context):
        """BREAKS is read as the run reads it, so that a list that cannot be read is refused in the dialog."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self._breaks(parameters, context)
        except QgsProcessingException as error:
            return False, error_message(error)
        return True, message

    def _breaks(self, parameters, context):
        text = self.parameterAsString(parameters, self.BREAKS, context)
        try:
            breaks = sorted({float(part) for part in text.replace(";", ",").split(",") if part.strip()})
        except ValueError:
            raise QgsProcessingException(self.tr("BREAKS must be numbers of minutes separated by commas, e.g. "
                                                 "15,30,45,60,90 (got '{text}').").format(text=text))
        if not breaks or breaks[0] <= 0:
            raise QgsProcessingException(self.tr("BREAKS must hold at least one time greater than 0 minutes."))
        if not all(math.isfinite(b) and b <= checks.MAX_MINUTES for b in breaks):
            raise QgsProcessingException(self.tr("BREAKS must be times of at most {most:g} minutes (a day), not "
                                                 "'{text}'.").format(most=checks.MAX_MINUTES, text=text))
        return breaks

    def process(self, parameters, context, feedback):
        import numpy as np

        from ..methods import network as method

        breaks = self._breaks(parameters, context)
        network_source = self.parameterAsSource(parameters, self.NETWORK, context)
        destinations_source = self.parameterAsSource(parameters, self.DESTINATIONS, context)
        crs = self.metric_crs(network_source, feedback)
        network = self._network(parameters, context, network_source, crs, feedback)
        destinations, xy = self._points(destinations_source, crs, context)
        attached = method.attach_points(network, xy, self.parameterAsDouble(parameters, self.MAX_SNAP, context),
                                        self.parameterAsDouble(parameters, self.ACCESS_SPEED, context))
        if not attached.attached.any():
            raise QgsProcessingException(self.tr("No destination lies near enough to the road network."))
        if len(attached.unattached):
            feedback.pushWarning(self.tr("{n} destination(s) are too far from the network and were left out.")
                                 .format(n=len(attached.unattached)))
        n_off, km = _off_the_largest_part(method, network, attached)
        if n_off:
            feedback.pushWarning(self.tr(
                "{n} destination(s) lie nearest to a part of the road network cut off from its largest part: their "
                "service areas cover only that part ({km} km of road). Check the network's connectivity "
                "(TOLERANCE joins line ends that nearly meet).").format(n=n_off, km=format_number(km, 1)))
        id_field = self.parameterAsString(parameters, self.DESTINATION_ID_FIELD, context)
        separate = self.parameterAsBool(parameters, self.SEPARATE, context)
        buffer_m = self.parameterAsDouble(parameters, self.BUFFER, context)

        groups = ([(str(destinations[k][id_field]) if id_field else str(destinations[k].id()), [k])
                   for k in np.flatnonzero(attached.attached)] if separate else [("", None)])
        # every area first, the outputs after: a cancelled run writes nothing
        areas = []
        for number, (label, members) in enumerate(groups):
            keep = attached.attached if members is None else np.isin(np.arange(attached.n), members)
            area = method.service_area(network, method.subset(attached, keep), breaks, feedback=ProgressRange(
                feedback, 30 + 60 * number / len(groups), 30 + 60 * (number + 1) / len(groups)))
            for break_min in reversed(breaks):  # largest first, so smaller areas draw on top
                edges, f0, f1 = area.reached(break_min)
                pieces = [QgsGeometry.fromPolylineXY([_at(network, e, a), _at(network, e, b)])
                          for e, a, b in zip(edges, f0, f1) if b > a]
                if not pieces:
                    continue
                polygon = QgsGeometry.unaryUnion([piece.buffer(buffer_m, 4) for piece in pieces]) \
                    if buffer_m > 0 else QgsGeometry()
                areas.append((float(break_min), label or None, QgsGeometry.collectGeometry(pieces), polygon))
            if feedback.isCanceled():
                raise Cancelled()

        polygon_fields, edge_fields = QgsFields(), QgsFields()
        for fields in (polygon_fields, edge_fields):
            fields.append(make_field("break_min", "real"))
            fields.append(make_field("destination", "text"))
        sink, polygons_id = self.parameterAsSink(parameters, self.OUTPUT, context, polygon_fields,
                                                 QgsWkbTypes.Type.MultiPolygon, crs)
        edge_sink, edges_id = self.optional_sink(parameters, self.OUTPUT_EDGES, context, edge_fields,
                                                 QgsWkbTypes.Type.MultiLineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        n_areas = 0
        for break_min, label, lines, polygon in areas:
            line_feature = QgsFeature(edge_fields)
            line_feature.setGeometry(lines)
            line_feature.setAttributes([break_min, label])
            edge_sink.addFeature(line_feature, QgsFeatureSink.Flag.FastInsert)
            if not polygon.isEmpty():
                polygon.convertToMultiType()
                feature = QgsFeature(polygon_fields)
                feature.setGeometry(polygon)
                feature.setAttributes([break_min, label])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
                n_areas += 1
        del sink, edge_sink  # closed, so that their styles can be saved with them
        for output in (polygons_id, edges_id):
            styled_output(context, output, lambda layer: layer.setRenderer(break_renderer(layer, "break_min", breaks)))
        feedback.pushInfo(self.tr("{n} service area(s) for the breaks {breaks} minutes.").format(
            n=n_areas, breaks=", ".join(f"{b:g}" for b in breaks)))
        return {self.OUTPUT: polygons_id, self.OUTPUT_EDGES: edges_id, "N_AREAS": n_areas}


def _off_the_largest_part(method, network, attached):
    """(destinations attached to a part of the network other than the one with the most road, km of road in
    those parts)."""
    import numpy as np

    parts = method.edge_parts(network)
    length = np.bincount(parts, weights=network.edge_length)
    own = parts[attached.edge[attached.attached]]
    off = own != int(np.argmax(length))
    return int(off.sum()), float(length[np.unique(own[off])].sum()) / 1000.0


def _at(network, edge, fraction):
    a, b = network.seg_a[edge], network.seg_b[edge]
    point = a + (b - a) * fraction
    return QgsPointXY(float(point[0]), float(point[1]))
