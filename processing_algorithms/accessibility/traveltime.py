"""strukturbild:traveltime — accessibility of origins over a road network (or a straight-line estimate):
nearest destination, opportunities within a time (decayed, with aggregations), gravity, 2SFCA, the k nearest
destinations, and optionally the same values at every junction of the network (a full surface).

A thin adapter: road lines (NVDB, OSM and osmnx fields recognised) → methods.network, one multi-source Dijkstra
for the nearest destination and chunked ones for the rest.
"""

import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.i18n import format_number
from .. import checks
from ..base import ProgressRange, StrukturbildAlgorithm, graduated_renderer, minutes_renderer, styled_output
from ..methods import roads

NEAREST, OPPORTUNITIES, GRAVITY, FCA, K_NEAREST = range(5)
OUTPUT_FIELDS = ("time_min", "nearest_id", "opportunities", "gravity", "fca")
# the fields every output of the measure gets, in their order
MEASURE_FIELD_TYPES = (("time_min", QVariant.Double), ("nearest_id", QVariant.String),
                       ("opportunities", QVariant.Double), ("gravity", QVariant.Double), ("fca", QVariant.Double),
                       ("access_method", QVariant.String))
# DECAY and AGGREGATIONS choices, in their order (methods.accessibility's names)
DECAYS = ("flat", "linear", "exponential")
AGGREGATIONS = ("count", "mean", "min", "max", "std", "median", "quantile")


class TravelTime(StrukturbildAlgorithm):
    ALGORITHM_ID = "traveltime"
    GROUP_ID = "accessibility"

    NETWORK = "NETWORK"
    SPEED_FIELD = "SPEED_FIELD"
    DEFAULT_SPEED = "DEFAULT_SPEED"
    ONEWAY_FIELD = "ONEWAY_FIELD"
    TOLERANCE = "TOLERANCE"
    ORIGINS = "ORIGINS"
    DESTINATIONS = "DESTINATIONS"
    DESTINATION_WEIGHT_FIELD = "DESTINATION_WEIGHT_FIELD"
    DESTINATION_ID_FIELD = "DESTINATION_ID_FIELD"
    DEMAND_FIELD = "DEMAND_FIELD"
    MEASURE = "MEASURE"
    THRESHOLD = "THRESHOLD"
    BETA = "BETA"
    ACCESS_SPEED = "ACCESS_SPEED"
    MAX_SNAP = "MAX_SNAP"
    DETOUR_FACTOR = "DETOUR_FACTOR"
    DECAY = "DECAY"
    AGGREGATIONS = "AGGREGATIONS"
    QUANTILE = "QUANTILE"
    K = "K"
    OUTPUT = "OUTPUT"
    OUTPUT_NODES = "OUTPUT_NODES"

    def displayName(self):
        return self.tr("Travel time and accessibility")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Accessibility of origins to destinations over a road network, offline: the time to the nearest "
                    "destination, the opportunities within a time, a gravity measure or 2SFCA. Without a road "
                    "network the times are an estimate from the straight-line distance, and the output says so.")
            + " " + self.tr("Beyond the sum within a time: a decay, the count, mean, extremes, spread, median or a "
                            "quantile of what lies within it, the k nearest destinations, and the same values at "
                            "every junction of the road network (a full surface)."),

            [(self.ORIGINS, self.tr("the places whose accessibility is measured (grid cells, addresses, tätorter); "
                                    "a polygon by its point on surface.")),
             (self.DESTINATIONS, self.tr("the services, jobs or places to reach (points, or polygons by their point "
                                         "on surface).")),
             (self.DESTINATION_WEIGHT_FIELD, self.tr("what a destination offers (jobs, places in school); empty: "
                                                     "each counts 1.")),
             (self.DESTINATION_ID_FIELD, self.tr("the name or code written as the nearest destination; empty: the "
                                                 "feature id.")),
             (self.MEASURE, self.tr("'Time to the nearest destination' writes the minutes (time_min) and the "
                                    "nearest destination (nearest_id). 'Opportunities within the threshold' writes the "
                                    "sum of the destination weights within the threshold (opportunities). 'Gravity' "
                                    "writes Σ weight · exp(−β · minutes) over all destinations (gravity). '2SFCA' "
                                    "writes the two-step floating catchment ratio (fca): the destination weights as "
                                    "supply, the demand field of the origins as demand, within the threshold. "
                                    "'Gravity' and '2SFCA' need a road network.") + " " + self.tr(
                 "'k nearest destinations' writes the nearest destinations within the threshold, nearest first: "
                 "their minutes (time_1, time_2 …) and ids (nearest_1, nearest_2 …); time_min and nearest_id are "
                 "the first of them, or the nearest beyond the threshold when none lies within it.")),
             (self.THRESHOLD, self.tr("the time limit of 'Opportunities within the threshold' and '2SFCA'.") + " " +
              self.tr("For 'k nearest destinations' only destinations within it are listed; 0: no limit.")),
             (self.BETA, self.tr("how fast a destination's weight fades with the minutes in 'Gravity' (0.05: "
                                 "halved after about 14 minutes).")),
             (self.DEMAND_FIELD, self.tr("the demand of each origin in '2SFCA', e.g. its population.")),
             (self.DECAY, self.tr(
                 "how a destination counts in 'Opportunities within the threshold' by its minutes t within the "
                 "threshold T: 'Flat' fully (the plain sum of the weights), 'Linear 1 − t/T' from fully at no time "
                 "to nothing at the threshold, 'Exponential exp(−β·t)' with the gravity decay β. Beyond the "
                 "threshold a destination never counts. opportunities is the decayed sum.")),
             (self.AGGREGATIONS, self.tr(
                 "more fields of 'Opportunities within the threshold', over the destination weights within the "
                 "threshold: 'Count' (opp_count: how many destinations, not decayed), 'Mean' (opp_mean) and "
                 "'Standard deviation' (opp_std, of the population), both weighted by the decay (with 'Flat' the "
                 "plain mean and standard deviation), and 'Minimum' (opp_min), 'Maximum' (opp_max), 'Median' "
                 "(opp_median) and 'Quantile' (opp_q25 for a quarter …), which are not decayed. A destination whose "
                 "weight is NULL or not a number counts nothing in opportunities and is left out of these fields. An "
                 "origin with no destination within the threshold gets opp_count 0 and NULL in the others.")),
             (self.QUANTILE, self.tr(
                 "the fraction that 'Quantile' writes, from 0 to 1: a quarter (0.25) is the lower quartile, field "
                 "opp_q25; 0.9 gives opp_q90. Linear interpolation between the two nearest values (as numpy and "
                 "R's default).")),
             (self.K, self.tr("how many destinations 'k nearest destinations' lists, up to 50. Equal times go to "
                              "the destination that comes first in its layer; where fewer lie within the "
                              "threshold, the remaining fields are NULL.")),
             *self.road_help(self.tr("Empty: the straight-line estimate (see the detour factor).")),
             (self.OUTPUT, self.tr("the origins with their own fields and time_min, nearest_id, the measure's "
                                   "field and access_method (road network, or the estimate and its settings).")),
             (self.OUTPUT_NODES, self.tr(
                 "a point at every junction of the road network (where roads meet, branch or end; not the shape "
                 "vertices along a road) with node_id and the same fields as the origins: a full accessibility "
                 "surface, wherever the origins lie, as if an origin stood on each junction. Needs a road "
                 "network; not created unless asked for, since a county network has hundreds of thousands of "
                 "junctions."))],
            [self.tr("Destinations join the network at the nearest point on the nearest road; origins at the nearest "
                     "road of a part of the network that reaches a destination, never a piece of road cut off from "
                     "them. Origins farther than the largest distance to the network get NULL and are counted in a "
                     "warning, as are origins attached past a nearer cut-off road (N_ATTACHED_FARTHER).")])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ORIGINS, self.tr("Origins (points or polygons)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.add_destination_parameters()
        self.add_network_parameter(self.tr("Road network (lines; empty: straight-line estimate)"), optional=True)
        self.addParameter(QgsProcessingParameterEnum(
            self.MEASURE, self.tr("Measure"),
            options=[self.tr("Time to the nearest destination"), self.tr("Opportunities within the threshold"),
                     self.tr("Gravity"), self.tr("2SFCA"), self.tr("k nearest destinations")], defaultValue=NEAREST))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr("Threshold (minutes)"), QgsProcessingParameterNumber.Type.Double, 45.0, False, 0.0,
            checks.MAX_MINUTES))
        self.addParameter(QgsProcessingParameterNumber(
            self.BETA, self.tr("Gravity decay β (per minute)"), QgsProcessingParameterNumber.Type.Double, 0.05,
            False, 0.0, checks.MAX_BETA))
        self.addParameter(QgsProcessingParameterField(
            self.DEMAND_FIELD, self.tr("Demand field on the origins (2SFCA)"), parentLayerParameterName=self.ORIGINS,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.DECAY, self.tr("Decay within the threshold (opportunities)"),
            options=[self.tr("Flat"), self.tr("Linear 1 − t/T"), self.tr("Exponential exp(−β·t)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.AGGREGATIONS, self.tr("Aggregations of the weights within the threshold (opportunities)"),
            options=[self.tr("Count"), self.tr("Mean"), self.tr("Minimum"), self.tr("Maximum"),
                     self.tr("Standard deviation"), self.tr("Median"), self.tr("Quantile")], allowMultiple=True,
            optional=True, defaultValue=[]))
        self.addParameter(QgsProcessingParameterNumber(
            self.QUANTILE, self.tr("Quantile (fraction)"), QgsProcessingParameterNumber.Type.Double, 0.25, False,
            0.0, 1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.K, self.tr("Number of nearest destinations (k nearest)"), QgsProcessingParameterNumber.Type.Integer,
            3, False, 1, 50))
        self.add_road_settings(default_speed=50.0)
        self.add_snap_parameters(max_snap=2000.0)
        self.add_detour_parameter()
        self.mark_advanced(self.ONEWAY_FIELD, self.TOLERANCE, self.ACCESS_SPEED, self.MAX_SNAP)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Origins with accessibility")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_NODES, self.tr("Network junctions with accessibility"),
            QgsProcessing.SourceType.TypeVectorPoint, optional=True, createByDefault=False))
        for name, text in (("N_ORIGINS", self.tr("Origins")), ("N_UNATTACHED", self.tr("Origins off the network")),
                           ("N_WITHOUT_DESTINATION", self.tr("Origins that can reach no destination")),
                           ("N_ATTACHED_FARTHER", self.tr("Origins attached farther than their nearest road (it was "
                                                          "cut off from every destination)")),
                           ("MEDIAN_TIME", self.tr("Median time to the nearest destination (minutes)")),
                           ("N_NODES", self.tr("Network junctions with accessibility (0 when not asked for)"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    # -- parameters shared with servicearea and ruraltypology ---------------------------------------------------

    def add_road_parameters(self, network_label, optional, default_speed):
        """NETWORK, SPEED_FIELD, DEFAULT_SPEED, ONEWAY_FIELD, TOLERANCE."""
        self.add_network_parameter(network_label, optional)
        self.add_road_settings(default_speed)

    def add_network_parameter(self, network_label, optional):
        """NETWORK: an input layer, among the other inputs of the dialog."""
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, network_label, [QgsProcessing.SourceType.TypeVectorLine], optional=optional))

    def add_road_settings(self, default_speed):
        """SPEED_FIELD, DEFAULT_SPEED, ONEWAY_FIELD, TOLERANCE: how the roads are read, after the inputs."""
        self.addParameter(QgsProcessingParameterField(
            self.SPEED_FIELD, self.tr("Speed field (km/h; empty: NVDB/OSM fields or the default speed)"),
            parentLayerParameterName=self.NETWORK, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEFAULT_SPEED, self.tr("Default speed (km/h)"), QgsProcessingParameterNumber.Type.Double,
            default_speed, False, 1.0, checks.MAX_SPEED_KMH))
        self.addParameter(QgsProcessingParameterField(
            self.ONEWAY_FIELD, self.tr("One-way field"), parentLayerParameterName=self.NETWORK,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOLERANCE, self.tr("Snapping tolerance between line ends (m)"),
            QgsProcessingParameterNumber.Type.Double, 0.0, False, 0.0, checks.MAX_LINE_SNAP_M))

    def road_help(self, network_text=""):
        """Help entries of the road parameters (add_road_parameters, add_snap_parameters, add_detour_parameter)
        this algorithm has; ``network_text`` says what an empty road network means here."""
        entries = [
            (self.NETWORK, " ".join(part for part in (self.tr(
                "any line layer, e.g. NVDB or OpenStreetMap roads. Lines that share a vertex connect; a road takes "
                "its length at its speed. A layer in degrees is reprojected to its UTM zone."), network_text) if part)),
            (self.SPEED_FIELD, self.tr("the roads' speed in km/h. Empty: the fields of NVDB (Klass_181, "
                                       "F_/B_Hogst_225) or OpenStreetMap and osmnx (highway, maxspeed) are recognised, "
                                       "else the default speed is used; a road without a limit gets a default for "
                                       "its road class.")),
            (self.DEFAULT_SPEED, self.tr("the speed of roads without a known speed (km/h), and of the straight-line "
                                         "estimate without a road network.") if self.parameterDefinition(
                self.DETOUR_FACTOR) is not None else self.tr("the speed of roads without a known speed (km/h).")),
            (self.ONEWAY_FIELD, self.tr("the direction each road may be driven. Empty: NVDB's "
                                        "F_/B_ForbjudenFardriktning or a field named oneway. The codes yes/no/-1/"
                                        "reverse, FT/TF/B/N (N: closed), 1/-1/0, F/T and true/false are read in any "
                                        "case, as text or numbers; other values are counted in a warning and taken as "
                                        "two-way.")),
            (self.TOLERANCE, self.tr("line ends closer than this (m) are joined; 0: only lines that share a vertex "
                                     "connect.")),
            (self.ACCESS_SPEED, self.tr("the speed of the leg between a point and its nearest road (km/h), e.g. "
                                        "walking.")),
            (self.MAX_SNAP, self.tr("a point farther than this (m) from every road is not reached over the roads "
                                    "and is counted in a warning.")),
            (self.DETOUR_FACTOR, self.tr("without a road network the time is the straight-line distance × this "
                                         "factor at the default speed.")),
        ]
        present = {definition.name() for definition in self.parameterDefinitions()}
        return [(name, text) for name, text in entries if not present or name in present]

    def add_destination_parameters(self):
        """DESTINATIONS, DESTINATION_WEIGHT_FIELD, DESTINATION_ID_FIELD."""
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DESTINATIONS, self.tr("Destinations (points or polygons)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.DESTINATION_WEIGHT_FIELD, self.tr("Destination weight field (jobs, places; empty: 1 each)"),
            parentLayerParameterName=self.DESTINATIONS, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DESTINATION_ID_FIELD, self.tr("Destination id field (empty: feature id)"),
            parentLayerParameterName=self.DESTINATIONS, optional=True))

    def add_snap_parameters(self, max_snap):
        """ACCESS_SPEED, MAX_SNAP: how points join the network."""
        self.addParameter(QgsProcessingParameterNumber(
            self.ACCESS_SPEED, self.tr("Access speed off the network (km/h)"),
            QgsProcessingParameterNumber.Type.Double, 5.0, False, 0.1, checks.MAX_SPEED_KMH))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_SNAP, self.tr("Largest distance to the network (m)"),
            QgsProcessingParameterNumber.Type.Double, max_snap, False, 0.0, checks.MAX_SNAP_M))

    def add_detour_parameter(self):
        self.addParameter(QgsProcessingParameterNumber(
            self.DETOUR_FACTOR, self.tr("Detour factor for the straight-line estimate"),
            QgsProcessingParameterNumber.Type.Double, 1.3, False, 1.0, checks.MAX_DETOUR))

    # -- reading ----------------------------------------------------------------------------------------------

    @staticmethod
    def _points(source, crs, context):
        import numpy as np

        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        features, xy = [], []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                point = None
            else:
                point = geometry.pointOnSurface() if geometry.type() != 0 else geometry.centroid()
                point.transform(transform)
                point = point.asPoint()
            features.append(feature)
            xy.append((point.x(), point.y()) if point is not None else (np.nan, np.nan))
        return features, np.asarray(xy, dtype=float).reshape(-1, 2)

    def _network(self, parameters, context, network_source, crs, feedback):
        import numpy as np

        from ..methods import network as method

        speed_field = self.parameterAsString(parameters, self.SPEED_FIELD, context)
        oneway_field = self.parameterAsString(parameters, self.ONEWAY_FIELD, context)
        default_speed = self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context)
        layer_fields = network_source.fields()
        names = layer_fields.names()

        def distinct(name):
            index = layer_fields.lookupField(name)
            return network_source.uniqueValues(index, 1000) if index >= 0 else ()

        reader = roads.RoadReader(names, default_speed, speed_field or None, oneway_field or None, distinct)
        if reader.schema:
            feedback.pushInfo(self.tr("Road layer recognised as {schema}: speeds and directions from its fields.")
                              .format(schema=reader.schema.upper()))
        self._report_directions(reader, feedback)
        transform = QgsCoordinateTransform(network_source.sourceCrs(), crs, context.transformContext())
        lines, speeds, directions = [], [], []
        # degenerate lines (zero length, one vertex) are left out and counted by build_network; QGIS's validity
        # check would stop the run on them instead, and its exception thrown inside this loop leaves the Python
        # interpreter of QGIS 3.22 broken for the next run
        request, skip_checks = QgsFeatureRequest(), QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        for feature in network_source.getFeatures(request, skip_checks):
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry.transform(transform)
            forward, backward = reader.speeds(dict(zip(names, feature.attributes())))
            parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
            for part in parts:
                vertices = np.array([(p.x(), p.y()) for p in part], dtype=float)
                # Different speeds per direction: two one-way lines; one closed direction: a one-way line.
                if forward > 0 and forward == backward:
                    pieces = [(forward, 0)]
                else:
                    pieces = [(speed, direction) for speed, direction in ((forward, 1), (backward, -1)) if speed > 0]
                for speed, direction in pieces:
                    lines.append(vertices)
                    speeds.append(speed)
                    directions.append(direction)
        if reader.bad_speeds:
            feedback.pushWarning(self.tr("{n} road(s) have no usable speed in '{field}' (zero, empty or text); "
                                         "they use the default speed {speed:g} km/h.").format(
                n=reader.bad_speeds, field=speed_field, speed=default_speed))
        for field, counts in reader.unrecognised.items():
            feedback.pushWarning(self.tr(
                "{n} road(s) have a value in '{field}' that is not a recognised one-way code ({examples}): they are "
                "taken as two-way. Recognised: yes/no/-1/reverse, FT/TF/B/N, 1/-1/0, F/T, true/false.").format(
                n=sum(counts.values()), field=field, examples=reader.unrecognised_examples(field)))
        if reader.closed:
            feedback.pushInfo(self.tr("{n} road(s) are closed in both directions (one-way code N, or both directions "
                                      "forbidden) and were left out.").format(n=reader.closed))
        name = network_source.sourceName()
        if not lines:
            raise QgsProcessingException(self.tr(
                "The road network '{name}' has no usable lines: every feature is without geometry or closed in "
                "both directions. Check the layer and its one-way field.").format(name=name))
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        network = method.build_network(lines, np.asarray(speeds), np.asarray(directions, dtype=np.int8), tolerance)
        if network.dropped_segments:
            feedback.pushWarning(self.tr("{n} zero-length segment(s) of the road network were left out.")
                                 .format(n=network.dropped_segments))
        if not network.n_edges:
            raise QgsProcessingException(self.tr(
                "The road network '{name}' has no usable road after reading: every line has fewer than two distinct "
                "vertices (zero length). Check the layer's geometries.").format(name=name))
        feedback.pushInfo(self.tr("Road network: {nodes} nodes, {edges} edges.").format(
            nodes=network.n_nodes, edges=network.n_edges))
        return network

    def _report_directions(self, reader, feedback):
        """Say where the one-way directions come from (shared by every algorithm that reads roads)."""
        if reader.direction_source == "field" and reader.oneway_reading == "boolean":
            feedback.pushInfo(self.tr("One-way directions from the field '{field}': yes/1/true/T forwards, "
                                      "-1/reverse backwards, no/0/false/F/N/empty both ways.").format(
                field=reader.oneway_field))
        elif reader.direction_source == "field":
            feedback.pushInfo(self.tr("One-way directions from the field '{field}': yes/1/FT/F forwards, "
                                      "-1/reverse/TF/T backwards, no/0/B/empty both ways, N closed.").format(
                field=reader.oneway_field))
        elif reader.direction_source == "nvdb":
            feedback.pushInfo(self.tr("One-way directions from NVDB's {fields} (true closes that direction).")
                              .format(fields=", ".join(f for f in reader.nvdb_flags if f)))
        elif reader.direction_source == "osmnx":
            feedback.pushInfo(self.tr("Each line is one directed osmnx edge (u → v), driven in its digitising "
                                      "direction only."))
        else:
            feedback.pushInfo(self.tr("No one-way field: every road is two-way (set ONEWAY_FIELD if the layer has "
                                      "one)."))

    def _attach(self, network, origin_xy, destination_xy, max_snap, access, feedback):
        """The attach rule shared by every algorithm that measures from origins to destinations: destinations join
        their nearest road, origins the nearest road of a part of the network that reaches a destination (never a
        fragment cut off from them). Reports how many origins were attached farther than their nearest road and
        how many stay NULL because only such fragments lie near them. Returns (origins, destinations)."""
        import numpy as np

        from ..methods import network as method

        d = method.attach_points(network, destination_xy, max_snap, access)
        o = method.attach_points(network, origin_xy, max_snap, access, reach=d)
        farther = o.farther
        if len(farther):
            gap = float(np.max(o.distance[farther] - o.nearest_distance[farther]))
            feedback.pushWarning(self.tr(
                "{n} origin(s) lie nearest to a road cut off from every destination (a fragment of the network): "
                "they were attached to the nearest road that reaches one, up to {m} m farther away.").format(
                n=len(farther), m=format_number(gap, 0)))
        if len(o.cut_off):
            feedback.pushWarning(self.tr(
                "{n} origin(s) have roads within {m:g} m only in parts of the network cut off from every "
                "destination: their values are NULL.").format(n=len(o.cut_off), m=max_snap))
        return o, d

    # -- the run ----------------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        import numpy as np

        from ..methods import accessibility as acc
        from ..methods import estimate
        from ..methods import network as method

        origins_source = self.parameterAsSource(parameters, self.ORIGINS, context)
        destinations_source = self.parameterAsSource(parameters, self.DESTINATIONS, context)
        network_source = self.parameterAsSource(parameters, self.NETWORK, context)
        measure = self.parameterAsEnum(parameters, self.MEASURE, context)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        beta = self.parameterAsDouble(parameters, self.BETA, context)
        default_speed = self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context)
        options = self._options(parameters, context, measure, threshold, feedback)
        want_nodes = self._wants(parameters, self.OUTPUT_NODES)
        if want_nodes and network_source is None:
            raise QgsProcessingException(self.tr(
                "The network junctions with accessibility (OUTPUT_NODES) need a road network (NETWORK)."))
        reference = network_source if network_source is not None else origins_source
        crs = self.metric_crs(reference, feedback)

        origins, origin_xy = self._points(origins_source, crs, context)
        destinations, destination_xy = self._points(destinations_source, crs, context)
        usable = np.isfinite(destination_xy).all(axis=1)
        if not usable.any():
            raise QgsProcessingException(self.tr("The destinations layer has no features with a geometry."))
        weight_field = self.parameterAsString(parameters, self.DESTINATION_WEIGHT_FIELD, context)
        weights = np.array([_number(f[weight_field]) if weight_field else 1.0 for f in destinations])
        values = None
        if options.extended:
            # NULL and text stay NaN here: 0 in the sum, left out of the aggregations
            values = np.array([_value(f[weight_field]) if weight_field else 1.0 for f in destinations], dtype=float)
            missing = int((usable & ~np.isfinite(values)).sum())
            if missing and options.aggregations:
                feedback.pushWarning(self.tr(
                    "{n} destination(s) have no number in '{field}' (NULL or text): they count nothing in "
                    "opportunities and are left out of the aggregations.").format(n=missing, field=weight_field))
        id_field = self.parameterAsString(parameters, self.DESTINATION_ID_FIELD, context)
        ids = [str(f[id_field]) if id_field else str(f.id()) for f in destinations]
        feedback.setProgress(5)

        values_out = {name: np.full(len(origins), np.nan) for name in OUTPUT_FIELDS if name != "nearest_id"}
        nearest_id = [None] * len(origins)
        extra = {}  # the added fields' arrays: aggregations, k nearest
        node_values = None
        n_unattached = n_without = n_farther = 0
        if network_source is None:
            if measure not in (NEAREST, OPPORTUNITIES, K_NEAREST):
                raise QgsProcessingException(self.tr("Gravity and 2SFCA need a road network (NETWORK)."))
            detour = self.parameterAsDouble(parameters, self.DETOUR_FACTOR, context)
            known = np.isfinite(origin_xy).all(axis=1)
            method_text = self.tr("estimate: straight line × {f} at {v} km/h").format(
                f=format_number(detour), v=format_number(default_speed))
            feedback.pushWarning(self.tr("No road network: travel times are an estimate ({text}).")
                                 .format(text=method_text))
            keep = np.flatnonzero(usable)
            minutes, index = estimate.nearest(origin_xy[known], destination_xy[keep], detour, default_speed)
            values_out["time_min"][known] = minutes
            for k, j in zip(np.flatnonzero(known), index):
                nearest_id[k] = ids[keep[j]]
            part = ProgressRange(feedback, 20, 90)
            if measure == OPPORTUNITIES and not options.extended:
                values_out["opportunities"][known] = estimate.opportunities(
                    origin_xy[known], destination_xy[keep], weights[keep], threshold, detour, default_speed,
                    feedback=part)
            elif measure == OPPORTUNITIES:
                blocks = acc.estimate_blocks(origin_xy, destination_xy, threshold, detour, default_speed, part)
                result = acc.aggregate_blocks(blocks, len(origins), known, values, threshold, options.decay, beta,
                                              options.aggregations, options.quantile, n_complete=int(usable.sum()))
                values_out["opportunities"] = result.pop("sum")
                extra.update(self._aggregation_fields(result, options))
            elif measure == K_NEAREST:
                blocks = acc.estimate_blocks(origin_xy, destination_xy, options.limit, detour, default_speed, part)
                k_times, k_index = acc.k_nearest_blocks(blocks, len(origins), known, options.k, len(destinations))
                extra.update(self._k_fields(k_times, k_index, ids, values_out["time_min"], nearest_id))
        else:
            self.require_projected(crs, self.tr("The working CRS"))
            network = self._network(parameters, context, network_source, crs, feedback)
            feedback.setProgress(30)
            max_snap = self.parameterAsDouble(parameters, self.MAX_SNAP, context)
            access = self.parameterAsDouble(parameters, self.ACCESS_SPEED, context)
            o, d = self._attach(network, origin_xy, destination_xy, max_snap, access, feedback)
            if len(d.unattached):
                feedback.pushWarning(self.tr("{n} destination(s) are farther than {m:g} m from the network and were "
                                             "left out.").format(n=len(d.unattached), m=max_snap))
            if not d.attached.any():
                raise QgsProcessingException(self.tr(
                    "No destination of '{name}' lies within {m:g} m of the road network: check that the layers "
                    "cover the same area, or raise MAX_SNAP.").format(name=destinations_source.sourceName(),
                                                                     m=max_snap))
            if o.n and not o.attached.any():
                raise QgsProcessingException(self.tr(
                    "None of the {n} origins of '{name}' lies within {m:g} m of a road that leads to a destination "
                    "({cut} of them are near roads cut off from every destination): check that the layers cover the "
                    "same area and that the network is connected, or raise MAX_SNAP.").format(
                    n=o.n, name=origins_source.sourceName(), m=max_snap, cut=len(o.cut_off)))
            n_farther = len(o.farther)
            n_unattached = len(o.unattached) - len(o.cut_off)
            part = ProgressRange(feedback, 40, 90)
            times = method.travel_times(network, o, d, feedback=part if measure == NEAREST else None)
            # cut off from every destination, or attached where one-way streets lead to none
            n_without = len(o.cut_off) + int((o.attached & np.isinf(times.time_min)).sum())
            values_out["time_min"] = np.where(np.isfinite(times.time_min), times.time_min, np.nan)
            for k, j in enumerate(times.nearest):
                nearest_id[k] = ids[j] if j >= 0 else None
            nodes = None
            if want_nodes:
                nodes, node_ids = acc.junction_points(network)
                feedback.pushInfo(self.tr("The surface: {n} junctions of the road network.").format(n=nodes.n))
                node_times = method.travel_times(network, nodes, d)
                node_values = {name: np.full(nodes.n, np.nan) for name in OUTPUT_FIELDS if name != "nearest_id"}
                node_values["time_min"] = np.where(np.isfinite(node_times.time_min), node_times.time_min, np.nan)
                node_nearest = [ids[j] if j >= 0 else None for j in node_times.nearest]
                node_extra = {}
            # one search for the origins and the junctions together
            target = o if nodes is None else acc.combine(o, nodes)
            n_o = o.n
            engine = self.engine_for_run(feedback) if measure != NEAREST else None
            try:
                if measure == OPPORTUNITIES and not options.extended:
                    both = method.opportunities(network, target, d, weights, threshold, feedback=part, engine=engine)
                    values_out["opportunities"] = both[:n_o]
                    if nodes is not None:
                        node_values["opportunities"] = both[n_o:]
                elif measure == OPPORTUNITIES:
                    result = acc.aggregate(network, target, d, values, threshold, options.decay, beta,
                                           options.aggregations, options.quantile, feedback=part, engine=engine)
                    both = result.pop("sum")
                    values_out["opportunities"] = both[:n_o]
                    extra.update(self._aggregation_fields({k: v[:n_o] for k, v in result.items()}, options))
                    if nodes is not None:
                        node_values["opportunities"] = both[n_o:]
                        node_extra.update(self._aggregation_fields({k: v[n_o:] for k, v in result.items()},
                                                                   options))
                elif measure == GRAVITY:
                    limit = math.log(1e6) / beta if beta > 0 else np.inf  # beyond this exp(−βt) < 1e-6
                    both = method.gravity(network, target, d, weights, beta, limit, feedback=part, engine=engine)
                    values_out["gravity"] = both[:n_o]
                    if nodes is not None:
                        node_values["gravity"] = both[n_o:]
                elif measure == FCA:
                    demand_field = self.parameterAsString(parameters, self.DEMAND_FIELD, context)
                    if not demand_field:
                        raise QgsProcessingException(
                            self.tr("2SFCA needs DEMAND_FIELD on the origins (e.g. population)."))
                    demand = np.array([_number(f[demand_field]) for f in origins])
                    if nodes is None:
                        values_out["fca"] = method.two_step_fca(network, o, d, weights, demand, threshold,
                                                                feedback=part, engine=engine)
                    else:
                        values_out["fca"], node_values["fca"] = acc.two_step_fca(
                            network, o, d, weights, demand, threshold, points=nodes, feedback=part, engine=engine)
                elif measure == K_NEAREST:
                    k_times, k_index = acc.k_nearest(network, target, d, options.k, options.limit, feedback=part,
                                                     engine=engine)
                    extra.update(self._k_fields(k_times[:n_o], k_index[:n_o], ids, values_out["time_min"],
                                                nearest_id))
                    if nodes is not None:
                        node_extra.update(self._k_fields(k_times[n_o:], k_index[n_o:], ids, node_values["time_min"],
                                                         node_nearest))
            finally:
                if engine is not None:
                    engine.close()
            method_text = self.tr("road network")
        if n_unattached:
            feedback.pushWarning(self.tr("{n} origin(s) are farther than the largest snap distance from the network: "
                                         "their values are NULL.").format(n=n_unattached))
        if n_without:
            feedback.pushWarning(self.tr("{n} origin(s) can reach no destination over the network (roads cut off "
                                         "from the rest, or one-way streets): their time is NULL.").format(n=n_without))

        fields = QgsFields(origins_source.fields())
        for name, kind in (*MEASURE_FIELD_TYPES, *((name, kind) for name, (kind, _) in extra.items())):
            if fields.indexOf(name) >= 0:
                raise QgsProcessingException(self.tr("The origins already have a field '{field}'; rename it first.")
                                             .format(field=name))
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, origins_source.wkbType(),
                                             origins_source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for k, feature in enumerate(origins):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + [
                _plain(values_out["time_min"][k]),
                nearest_id[k] if np.isfinite(values_out["time_min"][k]) else None,
                _plain(values_out["opportunities"][k]), _plain(values_out["gravity"][k]),
                _plain(values_out["fca"][k]), method_text] + [_cell(column[k]) for _, column in extra.values()])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink  # closed, so that its style can be saved with it
        style = self._style(measure)
        styled_output(context, dest_id, style)
        results = {}
        n_nodes = 0
        if node_values is not None:
            n_nodes = nodes.n
            results[self.OUTPUT_NODES] = self._write_nodes(parameters, context, crs, network, node_ids, node_values,
                                                           node_nearest, node_extra, method_text, style)
        finite = values_out["time_min"][np.isfinite(values_out["time_min"])]
        median = float(np.median(finite)) if len(finite) else None
        feedback.pushInfo(self.tr("{n} origins; median time to the nearest destination {t} min ({method}).").format(
            n=len(origins), t="-" if median is None else format_number(median, 1), method=method_text))
        results.update({self.OUTPUT: dest_id, "N_ORIGINS": len(origins), "N_UNATTACHED": n_unattached,
                        "N_WITHOUT_DESTINATION": n_without, "MEDIAN_TIME": median,
                        "N_ATTACHED_FARTHER": n_farther, "N_NODES": n_nodes})
        return results

    # -- the options of issue 13 --------------------------------------------------------------------------------

    @staticmethod
    def _wants(parameters, name):
        value = parameters.get(name)
        return value is not None and value != ""

    def _options(self, parameters, context, measure, threshold, feedback):
        """DECAY, AGGREGATIONS, QUANTILE and K read and checked against the measure."""
        from types import SimpleNamespace

        decay = DECAYS[self.parameterAsEnum(parameters, self.DECAY, context)]
        aggregations = tuple(AGGREGATIONS[k] for k in sorted(set(self.parameterAsEnums(
            parameters, self.AGGREGATIONS, context))))
        quantile = self.parameterAsDouble(parameters, self.QUANTILE, context)
        k = self.parameterAsInt(parameters, self.K, context)
        if measure != OPPORTUNITIES and (decay != "flat" or aggregations):
            feedback.pushWarning(self.tr("The decay and the aggregations apply to 'Opportunities within the "
                                         "threshold' only: they are left out of this measure."))
            decay, aggregations = "flat", ()
        if decay == "linear" and not threshold > 0:
            raise QgsProcessingException(self.tr(
                "Linear decay 1 − t/T needs a threshold (THRESHOLD) greater than 0 minutes."))
        return SimpleNamespace(decay=decay, aggregations=aggregations, quantile=quantile, k=k,
                               extended=measure == OPPORTUNITIES and (decay != "flat" or bool(aggregations)),
                               limit=threshold if threshold > 0 else math.inf)

    @staticmethod
    def quantile_field(quantile):
        """opp_q25 for 0.25, opp_q12_5 for 0.125, opp_q0 and opp_q100 at the ends."""
        text = f"{round(quantile * 100, 6):g}".replace(".", "_")
        return f"opp_q{text}"

    def _aggregation_fields(self, result, options):
        names = {"count": "opp_count", "mean": "opp_mean", "min": "opp_min", "max": "opp_max", "std": "opp_std",
                 "median": "opp_median", "quantile": self.quantile_field(options.quantile)}
        return {names[name]: (QVariant.Double, result[name]) for name in options.aggregations}

    @staticmethod
    def _k_fields(k_times, k_index, ids, time_min, nearest_id):
        """time_1..time_k and nearest_1..nearest_k; time_min / nearest_id (changed in place) become rank 1 where
        a destination lies within the limit (the same time, and equal times go to the lower index)."""
        import numpy as np

        first = np.isfinite(k_times[:, 0])
        time_min[first] = k_times[first, 0]
        for row in np.flatnonzero(first):
            nearest_id[row] = ids[k_index[row, 0]]
        columns = {}
        k = k_times.shape[1]
        for rank in range(k):
            columns[f"time_{rank + 1}"] = (QVariant.Double, k_times[:, rank])
        for rank in range(k):
            columns[f"nearest_{rank + 1}"] = (QVariant.String, [ids[j] if j >= 0 else None
                                                                for j in k_index[:, rank]])
        return columns

    def _style(self, measure):
        if measure in (NEAREST, K_NEAREST):
            return lambda layer: layer.setRenderer(minutes_renderer(layer, "time_min"))
        field = {OPPORTUNITIES: "opportunities", GRAVITY: "gravity", FCA: "fca"}[measure]
        return lambda layer: layer.setRenderer(graduated_renderer(layer, field, ("#f7fbff", "#08306b")))

    def _write_nodes(self, parameters, context, crs, network, node_ids, node_values, node_nearest, node_extra,
                     method_text, style):
        """OUTPUT_NODES: a point per junction (in the working CRS) with node_id and the measure fields."""
        import numpy as np
        from qgis.core import QgsGeometry, QgsPointXY

        fields = QgsFields()
        for name, kind in (("node_id", QVariant.Int), *MEASURE_FIELD_TYPES,
                           *((name, kind) for name, (kind, _) in node_extra.items())):
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_NODES, context, fields,
                                             QgsWkbTypes.Type.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_NODES))
        xy = network.node_xy[node_ids]
        for k, node in enumerate(node_ids):
            out = QgsFeature(fields)
            out.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(xy[k, 0]), float(xy[k, 1]))))
            time_min = node_values["time_min"][k]
            out.setAttributes([int(node), _plain(time_min), node_nearest[k] if np.isfinite(time_min) else None,
                               _plain(node_values["opportunities"][k]), _plain(node_values["gravity"][k]),
                               _plain(node_values["fca"][k]), method_text]
                              + [_cell(column[k]) for _, column in node_extra.values()])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink
        styled_output(context, dest_id, style)
        return dest_id


def _value(value):
    """A destination weight as a number for the aggregations: NaN when NULL, text or not finite."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number if math.isfinite(number) else math.nan


def _cell(value):
    """An added field's value: a float (None when not finite), or text as it is."""
    if value is None or isinstance(value, str):
        return value
    return _plain(value)


def _number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _plain(value):
    import numpy as np

    return float(value) if value is not None and np.isfinite(value) else None

