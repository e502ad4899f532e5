"""strukturbild:traveltime — accessibility of origins over a road network (or a straight-line estimate):
nearest destination, opportunities within a time, gravity, 2SFCA.

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
)
from qgis.PyQt.QtCore import QVariant

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.i18n import format_number
from .. import checks
from ..base import ProgressRange, StrukturbildAlgorithm, graduated_renderer, minutes_renderer, styled_output
from ..methods import roads

NEAREST, OPPORTUNITIES, GRAVITY, FCA = range(4)
OUTPUT_FIELDS = ("time_min", "nearest_id", "opportunities", "gravity", "fca")
# QgsSettings key: a dask scheduler address ("tcp://host:8786") for the many-source searches; empty = local
DASK_SCHEDULER_SETTING = "strukturbild/dask_scheduler"


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
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Travel time and accessibility")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Accessibility of origins to destinations over a road network, offline: the time to the nearest "
                    "destination, the opportunities within a time, a gravity measure or 2SFCA. Without a road "
                    "network the times are an estimate from the straight-line distance, and the output says so."),
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
                                    "'Gravity' and '2SFCA' need a road network.")),
             (self.THRESHOLD, self.tr("the time limit of 'Opportunities within the threshold' and '2SFCA'.")),
             (self.BETA, self.tr("how fast a destination's weight fades with the minutes in 'Gravity' (0.05: "
                                 "halved after about 14 minutes).")),
             (self.DEMAND_FIELD, self.tr("the demand of each origin in '2SFCA', e.g. its population.")),
             *self.road_help(self.tr("Empty: the straight-line estimate (see the detour factor).")),
             (self.OUTPUT, self.tr("the origins with their own fields and time_min, nearest_id, the measure's "
                                   "field and access_method (road network, or the estimate and its settings)."))],
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
                     self.tr("Gravity"), self.tr("2SFCA")], defaultValue=NEAREST))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr("Threshold (minutes)"), QgsProcessingParameterNumber.Type.Double, 45.0, False, 0.0,
            checks.MAX_MINUTES))
        self.addParameter(QgsProcessingParameterNumber(
            self.BETA, self.tr("Gravity decay β (per minute)"), QgsProcessingParameterNumber.Type.Double, 0.05,
            False, 0.0, checks.MAX_BETA))
        self.addParameter(QgsProcessingParameterField(
            self.DEMAND_FIELD, self.tr("Demand field on the origins (2SFCA)"), parentLayerParameterName=self.ORIGINS,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.add_road_settings(default_speed=50.0)
        self.add_snap_parameters(max_snap=2000.0)
        self.add_detour_parameter()
        self.mark_advanced(self.ONEWAY_FIELD, self.TOLERANCE, self.ACCESS_SPEED, self.MAX_SNAP)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Origins with accessibility")))
        for name, text in (("N_ORIGINS", self.tr("Origins")), ("N_UNATTACHED", self.tr("Origins off the network")),
                           ("N_WITHOUT_DESTINATION", self.tr("Origins that can reach no destination")),
                           ("N_ATTACHED_FARTHER", self.tr("Origins attached farther than their nearest road (it was "
                                                          "cut off from every destination)")),
                           ("MEDIAN_TIME", self.tr("Median time to the nearest destination (minutes)"))):
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

    def _engine(self, feedback):
        """Where the many-source searches run: the dask scheduler of the setting strukturbild/dask_scheduler
        (Settings ▸ Options ▸ Advanced, or QgsSettings), else here and in local worker processes (empty, the
        default). dask is imported only when an address is set."""
        from qgis.core import QgsSettings

        from ..methods.engine import engine_for

        address = str(QgsSettings().value(DASK_SCHEDULER_SETTING, "") or "").strip()
        engine = engine_for(address)  # a scheduler that cannot be reached: a MethodError that ends the run
        if engine.distributed:
            feedback.pushInfo(self.tr("The searches run on the dask cluster at {address} ({n} worker threads; "
                                      "setting {key}).").format(address=address, n=engine.n_workers(),
                                                                key=DASK_SCHEDULER_SETTING))
        return engine

    def process(self, parameters, context, feedback):
        import numpy as np

        from ..methods import estimate
        from ..methods import network as method

        origins_source = self.parameterAsSource(parameters, self.ORIGINS, context)
        destinations_source = self.parameterAsSource(parameters, self.DESTINATIONS, context)
        network_source = self.parameterAsSource(parameters, self.NETWORK, context)
        measure = self.parameterAsEnum(parameters, self.MEASURE, context)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        beta = self.parameterAsDouble(parameters, self.BETA, context)
        default_speed = self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context)
        reference = network_source if network_source is not None else origins_source
        crs = self.metric_crs(reference, feedback)

        origins, origin_xy = self._points(origins_source, crs, context)
        destinations, destination_xy = self._points(destinations_source, crs, context)
        usable = np.isfinite(destination_xy).all(axis=1)
        if not usable.any():
            raise QgsProcessingException(self.tr("The destinations layer has no features with a geometry."))
        weight_field = self.parameterAsString(parameters, self.DESTINATION_WEIGHT_FIELD, context)
        weights = np.array([_number(f[weight_field]) if weight_field else 1.0 for f in destinations])
        id_field = self.parameterAsString(parameters, self.DESTINATION_ID_FIELD, context)
        ids = [str(f[id_field]) if id_field else str(f.id()) for f in destinations]
        feedback.setProgress(5)

        values = {name: np.full(len(origins), np.nan) for name in OUTPUT_FIELDS if name != "nearest_id"}
        nearest_id = [None] * len(origins)
        n_unattached = n_without = n_farther = 0
        if network_source is None:
            if measure not in (NEAREST, OPPORTUNITIES):
                raise QgsProcessingException(self.tr("Gravity and 2SFCA need a road network (NETWORK)."))
            detour = self.parameterAsDouble(parameters, self.DETOUR_FACTOR, context)
            known = np.isfinite(origin_xy).all(axis=1)
            method_text = self.tr("estimate: straight line × {f} at {v} km/h").format(
                f=format_number(detour), v=format_number(default_speed))
            feedback.pushWarning(self.tr("No road network: travel times are an estimate ({text}).")
                                 .format(text=method_text))
            keep = np.flatnonzero(usable)
            minutes, index = estimate.nearest(origin_xy[known], destination_xy[keep], detour, default_speed)
            values["time_min"][known] = minutes
            for k, j in zip(np.flatnonzero(known), index):
                nearest_id[k] = ids[keep[j]]
            if measure == OPPORTUNITIES:
                values["opportunities"][known] = estimate.opportunities(
                    origin_xy[known], destination_xy[keep], weights[keep], threshold, detour, default_speed,
                    feedback=ProgressRange(feedback, 20, 90))
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
            values["time_min"] = np.where(np.isfinite(times.time_min), times.time_min, np.nan)
            for k, j in enumerate(times.nearest):
                nearest_id[k] = ids[j] if j >= 0 else None
            engine = self._engine(feedback) if measure != NEAREST else None
            try:
                if measure == OPPORTUNITIES:
                    values["opportunities"] = method.opportunities(network, o, d, weights, threshold, feedback=part,
                                                                   engine=engine)
                elif measure == GRAVITY:
                    limit = math.log(1e6) / beta if beta > 0 else np.inf  # beyond this exp(−βt) < 1e-6
                    values["gravity"] = method.gravity(network, o, d, weights, beta, limit, feedback=part,
                                                       engine=engine)
                elif measure == FCA:
                    demand_field = self.parameterAsString(parameters, self.DEMAND_FIELD, context)
                    if not demand_field:
                        raise QgsProcessingException(
                            self.tr("2SFCA needs DEMAND_FIELD on the origins (e.g. population)."))
                    demand = np.array([_number(f[demand_field]) for f in origins])
                    values["fca"] = method.two_step_fca(network, o, d, weights, demand, threshold, feedback=part,
                                                        engine=engine)
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
        for name, kind in (("time_min", QVariant.Double), ("nearest_id", QVariant.String),
                           ("opportunities", QVariant.Double), ("gravity", QVariant.Double),
                           ("fca", QVariant.Double), ("access_method", QVariant.String)):
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
                _plain(values["time_min"][k]), nearest_id[k] if np.isfinite(values["time_min"][k]) else None,
                _plain(values["opportunities"][k]), _plain(values["gravity"][k]), _plain(values["fca"][k]),
                method_text])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink  # closed, so that its style can be saved with it
        if measure == NEAREST:
            styled_output(context, dest_id, lambda layer: layer.setRenderer(minutes_renderer(layer, "time_min")))
        else:
            field = {OPPORTUNITIES: "opportunities", GRAVITY: "gravity", FCA: "fca"}[measure]
            styled_output(context, dest_id, lambda layer: layer.setRenderer(
                graduated_renderer(layer, field, ("#f7fbff", "#08306b"))))
        finite = values["time_min"][np.isfinite(values["time_min"])]
        median = float(np.median(finite)) if len(finite) else None
        feedback.pushInfo(self.tr("{n} origins; median time to the nearest destination {t} min ({method}).").format(
            n=len(origins), t="-" if median is None else format_number(median, 1), method=method_text))
        return {self.OUTPUT: dest_id, "N_ORIGINS": len(origins), "N_UNATTACHED": n_unattached,
                "N_WITHOUT_DESTINATION": n_without, "MEDIAN_TIME": median, "N_ATTACHED_FARTHER": n_farther}


def _number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _plain(value):
    import numpy as np

    return float(value) if value is not None and np.isfinite(value) else None

