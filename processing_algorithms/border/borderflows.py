"""strukturbild:borderflows — cross-border commuting: per zone the share of out- and in-commuting that crosses a
region border, per region pair the border effect of a doubly-constrained gravity model, and flow lines for the
cross-border flows.

A thin adapter. The maths (shares, the Poisson ML fit, θ, β) is methods.borderflows; OD tables are read by
functional.common.read_od (SCB/SSB formats); network times come from methods.network.od_blocks with the road
parameters of 'Travel time and accessibility'; the lines look like strukturbild:flowlines' output.

Zones may come from several layers in different CRSs (Sweden EPSG:3006, Finland 3067, Norway 25833): every
coordinate is transformed to one projected working CRS (TARGET_CRS, default the first projected CRS of the zone
layers) before anything is measured. Nothing is measured in degrees.

Cancel: everything is computed before the outputs are opened, so a cancelled run writes no output.
"""

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsMapLayerType,
    QgsPoint,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.i18n import format_number, format_percent
from .. import checks
from ..accessibility.traveltime import TravelTime, _plain
from ..base import ProgressRange, graduated_renderer, step, styled_output
from ..functional.common import read_od
from ..functional.flowlines import CROSS_BORDER_KEY, FlowLines, style_flow_lines
from ..methods.progress import Cancelled

CENTROID_DISTANCE, NETWORK_TIME = 0, 1
LARGE_ZONES = 2000  # more zones than this: warn about memory (dense n × n arrays)

ZONE_FIELDS = (("zone_id", QVariant.String), ("zone_name", QVariant.String), ("region_id", QVariant.String),
               ("out_total", QVariant.Double), ("out_cross", QVariant.Double), ("out_cross_share", QVariant.Double),
               ("in_total", QVariant.Double), ("in_cross", QVariant.Double), ("in_cross_share", QVariant.Double),
               ("out_cross_expected", QVariant.Double), ("in_cross_expected", QVariant.Double))
PAIR_FIELDS = (("region_from", QVariant.String), ("region_to", QVariant.String), ("observed", QVariant.Double),
               ("expected", QVariant.Double), ("border_effect", QVariant.Double), ("theta", QVariant.Double),
               ("theta_low", QVariant.Double), ("theta_high", QVariant.Double), ("beta", QVariant.Double),
               ("decay", QVariant.String), ("cost", QVariant.String))
LINE_EXTRA_FIELDS = (("region_from", QVariant.String), ("region_to", QVariant.String),
                     ("expected", QVariant.Double))


class BorderFlows(TravelTime):
    ALGORITHM_ID = "borderflows"
    GROUP_ID = "border"

    ZONES = "ZONES"
    ZONE_ID_FIELD = "ZONE_ID_FIELD"
    ZONE_NAME_FIELD = "ZONE_NAME_FIELD"
    REGION_FIELD = "REGION_FIELD"
    FLOWS = "FLOWS"
    ORIGIN_FIELD = "ORIGIN_FIELD"
    DESTINATION_FIELD = "DESTINATION_FIELD"
    VALUE_FIELD = "VALUE_FIELD"
    DISTANCE = "DISTANCE"
    DECAY = "DECAY"
    TARGET_CRS = "TARGET_CRS"
    ANCHOR = "ANCHOR"
    MIN_VALUE = "MIN_VALUE"
    CURVED = "CURVED"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_PAIRS = "OUTPUT_PAIRS"
    OUTPUT_LINES = "OUTPUT_LINES"

    def __init__(self):
        super().__init__()
        self._lines_id = None
        self._post_processor = None

    def displayName(self):
        return self.tr("Border flows and border effect")

    def tags(self):
        return self.tr("commuting,pendling,border,gräns,cross-border,gränsöverskridande,border effect,gravity,"
                       "OD").split(",")

    def shortHelpString(self):
        return self.help_text(
            self.tr("How much commuting crosses region borders, and how much less than it would without the border: "
                    "cross-border shares per zone, and the border effect θ per pair of regions from a gravity model "
                    "fitted to the flows."),
            [(self.ZONES, self.tr("one or more polygon or point layers, e.g. kommuner of several countries in "
                                  "layers of different CRSs. Every zone needs a region; ids must be unique across "
                                  "the layers.")),
             (self.ZONE_ID_FIELD, self.tr("the zone codes, as in the flow table; the field must be in every zone "
                                          "layer (the list shows the fields they share).")),
             (self.ZONE_NAME_FIELD, self.tr("the zone names for the outputs; empty: the ids.")),
             (self.REGION_FIELD, self.tr("the region each zone belongs to: län, LA region, country …")),
             (self.FLOWS, self.tr("an OD table (residence, workplace, count) read as in 'Flow lines': SCB/SSB CSVs "
                                  "with leading zeros, Swedish number formats, total rows and duplicated rows; ids "
                                  "not among the zones are reported and left out.")),
             ((self.ORIGIN_FIELD, self.DESTINATION_FIELD, self.VALUE_FIELD),
              self.tr("the residence and workplace codes and the number of commuters of each row.")),
             (self.NETWORK, self.tr("the roads for 'Travel time over the road network', read as in 'Travel time "
                                    "and accessibility'.")),
             (self.DISTANCE, self.tr("the cost c of the model: 'Distance between zone centroids (km)' (straight "
                                     "lines), or 'Travel time over the road network (minutes)' (needs the road "
                                     "network).")),
             (self.DECAY, self.tr("how the flows fall with the cost: 'Exponential exp(−β·c)' or 'Power c^−β'. The "
                                  "model is a doubly-constrained gravity model F_ij = A_i O_i B_j D_j f(c_ij) θ_RS "
                                  "fitted by Poisson maximum likelihood to all flows between different zones (people "
                                  "working in their home zone have no distance and are left out of the fit). θ is "
                                  "one factor per pair of regions, the same both ways, and 1 within a region: the "
                                  "observed flow between the two regions ÷ the flow the same model predicts without "
                                  "the border. 1 = no border effect, 0.3 = 70 % fewer commuters across the border "
                                  "than the distances predict.")),
             (self.TARGET_CRS, self.tr("the projected CRS in which distances are measured and the lines are written; "
                                       "empty: the first projected CRS of the zone layers (all geographic: the UTM "
                                       "zone of the data).")),
             *[entry for entry in self.road_help() if entry[0] != self.NETWORK],
             (self.ANCHOR, self.tr("where a zone's lines start and end: 'Centroid', or 'Point on surface' (always "
                                   "inside an odd-shaped zone).")),
             (self.MIN_VALUE, self.tr("smaller cross-border flows get no line.")),
             (self.CURVED, self.tr("draw the lines as curves, so that the two directions of a pair are apart.")),
             (self.OUTPUT_TABLE, self.tr("one row per zone: out_total = employed residents, out_cross = those "
                                         "working in another region, out_cross_share = out_cross / out_total; "
                                         "in_total, in_cross and in_cross_share likewise for the jobs (the diagonal "
                                         "included); and the cross-border flows the model expects without the "
                                         "border. With the zones' shapes when they are all areas or all points: a "
                                         "map of the shares, and the commuting zones of 'Area profile' as it is.")),
             (self.OUTPUT_PAIRS, self.tr("one row per ordered region pair with region_from, region_to, observed, "
                                         "expected (the model without θ), border_effect = observed / expected in "
                                         "that direction, theta with its 95 % interval (quasi-Poisson), beta.")),
             (self.OUTPUT_LINES, self.tr("the cross-border flows as lines with the fields of 'Flow lines' and the "
                                         "expected flow, drawn as strukturbild 'funktionellt samband'."))],
            [self.tr("Refused with a message: a zone without a region, a single region, duplicated zone ids, a flow "
                     "table whose ids match no zone, a geographic working CRS, a zone layer without a CRS, no "
                     "commuting across any border.")])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.ZONES, self.tr("Zones (polygon or point layers; any CRS)"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_ID_FIELD, self.tr("Zone id field (in every zone layer)"), parentLayerParameterName=self.ZONES))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_NAME_FIELD, self.tr("Zone name field"), parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.REGION_FIELD, self.tr("Region field (län, LA region, country …)"),
            parentLayerParameterName=self.ZONES))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FLOWS, self.tr("Flow table (OD: origin, destination, value)"),
            [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.ORIGIN_FIELD, self.tr("Origin (residence) field"), parentLayerParameterName=self.FLOWS))
        self.addParameter(QgsProcessingParameterField(
            self.DESTINATION_FIELD, self.tr("Destination (workplace) field"), parentLayerParameterName=self.FLOWS))
        self.addParameter(QgsProcessingParameterField(
            self.VALUE_FIELD, self.tr("Value (count) field"), parentLayerParameterName=self.FLOWS))
        self.add_network_parameter(self.tr("Road network (lines; travel time only)"), optional=True)
        self.addParameter(QgsProcessingParameterEnum(
            self.DISTANCE, self.tr("Cost"), [self.tr("Distance between zone centroids (km)"),
                                             self.tr("Travel time over the road network (minutes)")],
            defaultValue=CENTROID_DISTANCE))
        self.addParameter(QgsProcessingParameterEnum(
            self.DECAY, self.tr("Distance decay"), [self.tr("Exponential exp(−β·c)"), self.tr("Power c^−β")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Working CRS (projected; empty: the first projected CRS of the zones)"),
            optional=True))
        self.add_road_settings(default_speed=70.0)
        self.add_snap_parameters(max_snap=5000.0)
        anchor = QgsProcessingParameterEnum(
            self.ANCHOR, self.tr("Zone point"), [self.tr("Centroid"), self.tr("Point on surface")], defaultValue=0)
        self.addParameter(anchor)
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_VALUE, self.tr("Smallest cross-border flow drawn as a line"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0, minValue=0, maxValue=checks.MAX_COUNT))
        self.addParameter(QgsProcessingParameterBoolean(self.CURVED, self.tr("Curved lines"), defaultValue=True))
        self.mark_advanced(self.ONEWAY_FIELD, self.TOLERANCE, self.ACCESS_SPEED, self.MAX_SNAP, self.ANCHOR)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Cross-border shares per zone"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PAIRS, self.tr("Border effect per region pair"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINES, self.tr("Cross-border flow lines"), QgsProcessing.SourceType.TypeVectorLine,
            optional=True, createByDefault=True))
        for name, text in (("BETA", self.tr("Distance decay β")), ("BETA_SE", self.tr("Standard error of β")),
                           ("CROSS_SHARE", self.tr("Share of all commuters who cross a region border")),
                           ("DISPERSION", self.tr("Dispersion (Pearson χ² / degrees of freedom)")),
                           ("DEVIANCE", self.tr("Poisson deviance of the model (compare decays)")),
                           ("N_ZONES", self.tr("Zones")), ("N_PAIRS", self.tr("Region pairs with a border factor")),
                           ("N_LINES", self.tr("Cross-border flow lines")),
                           ("N_UNMATCHED_IDS", self.tr("Flow-table ids not among the zones"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))
        self.addOutput(QgsProcessingOutputString("BORDER_EFFECTS", self.tr("Border effect θ per region pair")))

    # -- the run ----------------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        import numpy as np

        from ..method_messages import translated
        from ..methods import borderflows as method

        self._lines_id = None
        layers = self.parameterAsLayerList(parameters, self.ZONES, context)
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one zone layer (ZONES)."))
        id_field = (self.parameterAsString(parameters, self.ZONE_ID_FIELD, context) or "").strip()
        region_field = (self.parameterAsString(parameters, self.REGION_FIELD, context) or "").strip()
        name_field = (self.parameterAsString(parameters, self.ZONE_NAME_FIELD, context) or "").strip()
        if not id_field:
            raise QgsProcessingException(self.tr("Name the zone id field (ZONE_ID_FIELD), e.g. the kommun code."))
        if not region_field:
            raise QgsProcessingException(self.tr("Name the region field (REGION_FIELD), e.g. the län code."))
        flows_source = self.parameterAsSource(parameters, self.FLOWS, context)
        if flows_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.FLOWS))
        distance = self.parameterAsEnum(parameters, self.DISTANCE, context)
        decay = self.parameterAsEnum(parameters, self.DECAY, context)
        anchor = self.parameterAsEnum(parameters, self.ANCHOR, context)
        network_source = self.parameterAsSource(parameters, self.NETWORK, context)
        if distance == NETWORK_TIME and network_source is None:
            raise QgsProcessingException(self.tr("Travel time (DISTANCE 1) needs a road network (NETWORK)."))

        crs = self._target_crs(parameters, context, layers, feedback)
        zones = self._read_zones(layers, id_field, name_field, region_field, anchor, crs, context, feedback)
        n = len(zones["ids"])
        if n > LARGE_ZONES:
            # the model holds a dozen dense zone × zone arrays
            feedback.pushWarning(self.tr("{n} zones: the model needs about {gb} GB of memory. Kommuner or "
                                         "similar zones are the intended size.").format(
                n=n, gb=format_number(200 * n * n / 1e9, 1)))
        step(feedback, 10)
        flows_name = flows_source.sourceName() or str(parameters.get(self.FLOWS))
        matrix = read_od(flows_source, flows_name, self.parameterAsString(parameters, self.ORIGIN_FIELD, context),
                         self.parameterAsString(parameters, self.DESTINATION_FIELD, context),
                         self.parameterAsString(parameters, self.VALUE_FIELD, context), zones["ids"], feedback)
        step(feedback, 20)
        T = matrix.matrix.toarray()
        if T.sum() <= 0:
            raise QgsProcessingException(self.tr(
                "No flow of '{layer}' is between the zones: check that ORIGIN_FIELD and DESTINATION_FIELD hold the "
                "same codes as '{field}' in the zone layers.").format(layer=flows_name, field=id_field))
        regions = zones["regions"]
        if len(set(regions)) < 2:
            raise QgsProcessingException(self.tr(
                "All zones are in one region ({region}): a border effect needs zones in at least two regions of "
                "'{field}'.").format(region=regions[0], field=region_field))

        xy = zones["xy"]
        if distance == CENTROID_DISTANCE:
            cost = method.centroid_distances_km(xy)
            cost_text = self.tr("centroid distance (km)")
        else:
            cost = self._network_times(parameters, context, network_source, crs, xy, zones["ids"], feedback)
            cost_text = self.tr("travel time (minutes)")
        missing = [zones["ids"][k] for k in np.flatnonzero(~np.isfinite(xy).all(axis=1))]
        if missing:
            feedback.pushWarning(self.tr("{n} zone(s) have no geometry ({examples}): their flows count in the shares "
                                         "but not in the model.").format(n=len(missing), examples=_examples(missing)))
        step(feedback, 60)

        shares = method.cross_border_shares(T, regions)
        try:
            fit = method.fit_border_model(T, regions, cost, decay, feedback=ProgressRange(feedback, 60, 90))
        except ValueError as error:
            raise QgsProcessingException(self.tr("The border model cannot be fitted: {error}.").format(error=error))
        for note in fit.notes:
            feedback.pushWarning(translated(note))
        pair_rows = fit.pair_rows(T, regions)
        step(feedback, 90)

        # every number is known: now the outputs are written (no cancel from here, so none is half-written)
        table_id = self._write_table(parameters, context, zones, shares, fit, regions, crs)
        pairs_id = self._write_pairs(parameters, context, fit, pair_rows, decay, cost_text)
        lines_id, n_lines = self._write_lines(parameters, context, zones, T, fit, crs)
        self._lines_id = lines_id
        feedback.setProgress(100)

        total = float(T.sum())
        cross = float(shares.out_cross.sum())
        cross_share = cross / total if total > 0 else 0.0
        unit = " " + (self.tr("per km") if distance == CENTROID_DISTANCE else self.tr("per minute"))
        feedback.pushInfo(self.tr(
            "Model: {decay} decay of {cost}, β = {beta} ± {se}{unit}; fitted on {fitted} commuters "
            "between different zones in {n} cells; deviance {deviance}, dispersion {dispersion}; "
            "{iterations} Newton iterations.")
            .format(decay=self.tr("exponential") if decay == method.EXPONENTIAL else self.tr("power"),
                    cost=cost_text, beta=format_number(float(f"{fit.beta:.4g}")),
                    se=format_number(float(f"{fit.beta_se:.2g}")),
                    unit=unit if decay == method.EXPONENTIAL else "", fitted=format_number(fit.observed_in_fit, 0),
                    n=int(fit.cells.sum()), deviance=format_number(fit.deviance, 0),
                    dispersion=format_number(float(f"{fit.dispersion:.3g}")), iterations=fit.iterations))
        effects = []
        for (a, b), theta, se in zip(fit.pairs, fit.theta, fit.log_theta_se):
            if theta > 0:
                low, high = theta * math.exp(-1.96 * se), theta * math.exp(1.96 * se)
                effects.append(f"{a}-{b}: {format_number(theta, 3)} ({format_number(low, 3)}–"
                               f"{format_number(high, 3)})")
            else:
                effects.append(f"{a}-{b}: 0")
        feedback.pushInfo(self.tr("Border effect θ per region pair (95 % interval): {list}.").format(
            list="; ".join(effects)))
        for row in pair_rows:
            feedback.pushInfo(self.tr("{a} → {b}: observed {obs}, expected without the border {exp}, "
                                      "ratio {ratio}.").format(a=row.region_from, b=row.region_to,
                                                               obs=format_number(row.observed, 0),
                                                               exp=format_number(row.expected, 0),
                                                               ratio=format_number(row.border_effect, 3)))
        above = [f"{a}-{b}" for (a, b), theta in zip(fit.pairs, fit.theta) if theta > 1]
        if above:
            feedback.pushWarning(self.tr(
                "θ > 1 for {list}: more commuting between these regions than the model expects without a border. "
                "This usually means the distance decay underpredicts long distances; compare DECAY 0 and 1 by their "
                "deviance (smaller fits better).").format(list=", ".join(above)))
        if fit.zero_pairs:
            feedback.pushInfo(self.tr("No commuting at all between {list}: θ = 0.").format(
                list=", ".join(f"{a}-{b}" for a, b in fit.zero_pairs)))
        feedback.pushInfo(self.tr("{cross} of {total} commuters ({share}) cross a region border; "
                                  "{n} cross-border flow line(s).").format(
            cross=format_number(cross, 0), total=format_number(total, 0), share=format_percent(cross_share, 1),
            n=n_lines))
        return {self.OUTPUT_TABLE: table_id, self.OUTPUT_PAIRS: pairs_id, self.OUTPUT_LINES: lines_id,
                "BETA": fit.beta, "BETA_SE": fit.beta_se, "CROSS_SHARE": cross_share,
                "DISPERSION": fit.dispersion, "DEVIANCE": fit.deviance, "N_ZONES": len(zones["ids"]),
                "N_PAIRS": int((fit.theta > 0).sum()), "N_LINES": n_lines,
                "N_UNMATCHED_IDS": len(matrix.unmatched), "BORDER_EFFECTS": "; ".join(effects)}

    # -- reading ----------------------------------------------------------------------------------------------

    def _target_crs(self, parameters, context, layers, feedback):
        """The working CRS (base class) once every zone layer is known to be a vector layer."""
        for layer in layers:
            if layer.type() != QgsMapLayerType.VectorLayer:
                raise QgsProcessingException(self.tr("The zone layer '{name}' is not a vector layer.")
                                             .format(name=layer.name()))
        return self.choose_working_crs(parameters, context, layers, feedback)

    def _read_zones(self, layers, id_field, name_field, region_field, anchor, crs, context, feedback):
        """Zone ids, names, regions (text) and anchor points (n, 2) in the working CRS, over all zone layers."""
        import numpy as np

        from ..methods import od

        ids, names, regions, xy, geometries, owner, no_region = [], [], [], [], [], {}, []
        for layer in layers:
            fields = layer.fields()
            for role, name in ((self.tr("zone id (ZONE_ID_FIELD)"), id_field),
                               (self.tr("region (REGION_FIELD)"), region_field)) + \
                    (((self.tr("zone name (ZONE_NAME_FIELD)"), name_field),) if name_field else ()):
                if fields.indexOf(name) < 0:
                    raise QgsProcessingException(self.tr(
                        "The zone layer '{layer}' has no field '{field}' for the {role}; its fields are: {fields}.")
                        .format(layer=layer.name(), field=name, role=role, fields=", ".join(fields.names())))
            transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
            empty = 0
            for feature in layer.getFeatures():
                if feedback.isCanceled():
                    raise Cancelled()
                zone_id = od.normalise_id(_value(feature[id_field]))
                if not zone_id:
                    empty += 1
                    continue
                if zone_id in owner:
                    raise QgsProcessingException(self.tr(
                        "The zone id {id} occurs twice (in '{a}' and '{b}'). Each zone must occur once: dissolve "
                        "the layer by '{field}', or prefix the ids of different countries.").format(
                        id=zone_id, a=owner[zone_id], b=layer.name(), field=id_field))
                owner[zone_id] = layer.name()
                region = od.normalise_id(_value(feature[region_field]))
                if not region:
                    no_region.append(zone_id)
                name = _value(feature[name_field]) if name_field else None
                point = self._anchor(feature.geometry(), anchor, transform, zone_id, layer.name(), crs)
                # the zone's own shape for the table layer (the anchor proved that it transforms)
                shape = QgsGeometry(feature.geometry())
                if not shape.isNull():
                    shape.transform(transform)
                geometries.append(shape)
                ids.append(zone_id)
                names.append(str(name) if name is not None else zone_id)
                regions.append(region)
                xy.append(point)
            if empty:
                feedback.pushWarning(self.tr("{n} zone(s) of '{layer}' have no value in '{field}' and were left out.")
                                     .format(n=empty, layer=layer.name(), field=id_field))
        if not ids:
            raise QgsProcessingException(self.tr("The zone layers have no feature with a value in '{field}'.")
                                         .format(field=id_field))
        if no_region:
            raise QgsProcessingException(self.tr(
                "{n} zone(s) have no value in the region field '{field}' (e.g. {examples}): give every zone a "
                "region.").format(n=len(no_region), field=region_field, examples=_examples(no_region)))
        return {"ids": ids, "names": names, "regions": np.array(regions, dtype=object),
                "xy": np.asarray(xy, dtype=float).reshape(-1, 2), "geometries": geometries}

    def _anchor(self, geometry, anchor, transform, zone_id, layer_name, crs):
        import numpy as np

        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return (np.nan, np.nan)
        if geometry.type() == QgsWkbTypes.GeometryType.PointGeometry and not geometry.isMultipart():
            point = geometry
        else:
            point = geometry.pointOnSurface() if anchor == 1 else geometry.centroid()
            if point is None or point.isNull() or point.isEmpty():
                return (np.nan, np.nan)
        try:
            point.transform(transform)
        except QgsCsException:
            raise QgsProcessingException(self.tr(
                "Zone {id} of '{layer}' cannot be transformed to {crs}: choose a TARGET_CRS that covers all zones.")
                .format(id=zone_id, layer=layer_name, crs=crs.authid()))
        p = point.asPoint()
        return (p.x(), p.y()) if math.isfinite(p.x()) and math.isfinite(p.y()) else (np.nan, np.nan)

    def _network_times(self, parameters, context, network_source, crs, xy, ids, feedback):
        """Zone × zone travel times (minutes) over the road network; inf where a zone is off the network."""
        import numpy as np

        from ..methods import network as method

        network = self._network(parameters, context, network_source, crs, feedback)
        step(feedback, 30)
        max_snap = self.parameterAsDouble(parameters, self.MAX_SNAP, context)
        access = self.parameterAsDouble(parameters, self.ACCESS_SPEED, context)
        points = method.attach_among(network, xy, max_snap, access)
        off = [ids[k] for k in points.unattached if np.isfinite(xy[k]).all()]
        if off:
            feedback.pushWarning(self.tr("{n} zone point(s) are farther than {m:g} m from the road network "
                                         "({examples}): their flows count in the shares but not in the model.")
                                 .format(n=len(off), m=max_snap, examples=_examples(off)))
        if points.attached.sum() < 2:
            raise QgsProcessingException(self.tr("Fewer than two zones lie within {m:g} m of the road network.")
                                         .format(m=max_snap))
        times = np.full((len(ids), len(ids)), np.inf)
        for oi, dj, block in method.od_blocks(network, points, points, feedback=ProgressRange(feedback, 30, 60)):
            times[np.ix_(oi, dj)] = block
        unreachable = np.isinf(times) & ~np.eye(len(ids), dtype=bool)
        unreachable &= points.attached[:, None] & points.attached[None, :]
        if unreachable.any():
            feedback.pushWarning(self.tr("{n} pair(s) of zones cannot reach each other over the network (a "
                                         "disconnected network?): they are left out of the model.")
                                 .format(n=int(unreachable.sum())))
        return times

    # -- writing ----------------------------------------------------------------------------------------------

    @staticmethod
    def _fields(spec):
        fields = QgsFields()
        for name, kind in spec:
            fields.append(make_field(name, kind))
        return fields

    def _sink(self, parameters, context, name, fields, wkb_type, crs):
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        return sink, dest_id

    def _write_table(self, parameters, context, zones, shares, fit, regions, crs):
        fields = self._fields(ZONE_FIELDS)
        # with the zones' own shapes when they are all areas or all points: a map of the shares, and a COMMUTING
        # layer for areaprofile as it is
        kinds = {geometry.type() for geometry in zones["geometries"] if not geometry.isNull()}
        has_shapes = len(kinds) == 1 and all(not geometry.isNull() for geometry in zones["geometries"])
        polygons = has_shapes and kinds == {QgsWkbTypes.GeometryType.PolygonGeometry}
        points = has_shapes and kinds == {QgsWkbTypes.GeometryType.PointGeometry}
        wkb_type = (QgsWkbTypes.Type.MultiPolygon if polygons else QgsWkbTypes.Type.MultiPoint if points
                    else QgsWkbTypes.Type.NoGeometry)
        sink, dest_id = self._sink(parameters, context, self.OUTPUT_TABLE, fields, wkb_type,
                                   crs if wkb_type != QgsWkbTypes.Type.NoGeometry else QgsCoordinateReferenceSystem())
        other = regions[:, None] != regions[None, :]
        out_expected = (fit.expected * other).sum(axis=1)
        in_expected = (fit.expected * other).sum(axis=0)
        for k, zone_id in enumerate(zones["ids"]):
            feature = QgsFeature(fields)
            if wkb_type != QgsWkbTypes.Type.NoGeometry:
                shape = QgsGeometry(zones["geometries"][k])
                shape.convertToMultiType()
                feature.setGeometry(shape)
            feature.setAttributes([zone_id, zones["names"][k], str(regions[k]),
                                   _plain(shares.out_total[k]), _plain(shares.out_cross[k]),
                                   _plain(shares.out_cross_share[k]), _plain(shares.in_total[k]),
                                   _plain(shares.in_cross[k]), _plain(shares.in_cross_share[k]),
                                   _plain(out_expected[k]), _plain(in_expected[k])])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        del sink  # closed, so that its style can be saved with it
        if wkb_type != QgsWkbTypes.Type.NoGeometry:
            styled_output(context, dest_id, lambda layer: layer.setRenderer(
                graduated_renderer(layer, "out_cross_share", ("#fff5eb", "#7f2704"))))
        return dest_id

    def _write_pairs(self, parameters, context, fit, pair_rows, decay, cost_text):
        from ..methods import borderflows as method

        fields = self._fields(PAIR_FIELDS)
        sink, dest_id = self.optional_sink(parameters, self.OUTPUT_PAIRS, context, fields,
                                           QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem())
        for row in pair_rows:
            feature = QgsFeature(fields)
            feature.setAttributes([str(row.region_from), str(row.region_to), _plain(row.observed),
                                   _plain(row.expected), _plain(row.border_effect), _plain(row.theta),
                                   _plain(row.theta_low), _plain(row.theta_high), _plain(fit.beta),
                                   method.DECAYS[decay], cost_text])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id

    def _write_lines(self, parameters, context, zones, T, fit, crs):
        import numpy as np

        fields = self._fields([(name, QVariant.Double if name in ("value", "share_of_origin",
                                                                  "share_of_destination", "flode", "andel")
                                else QVariant.String) for name in FlowLines.FIELD_NAMES] + list(LINE_EXTRA_FIELDS))
        sink, dest_id = self.optional_sink(parameters, self.OUTPUT_LINES, context, fields, QgsWkbTypes.Type.LineString,
                                           crs)
        min_value = self.parameterAsDouble(parameters, self.MIN_VALUE, context)
        curved = self.parameterAsBool(parameters, self.CURVED, context)
        regions, xy, ids, names = zones["regions"], zones["xy"], zones["ids"], zones["names"]
        residents, jobs = T.sum(axis=1), T.sum(axis=0)
        cross = (regions[:, None] != regions[None, :]) & (T > 0) & (T >= min_value)
        cross &= np.isfinite(xy).all(axis=1)[:, None] & np.isfinite(xy).all(axis=1)[None, :]
        n_lines = 0
        # largest first, so that thin lines draw on top of thick ones in a plain renderer
        for i, j in sorted(zip(*np.nonzero(cross)), key=lambda ij: -T[ij[0], ij[1]]):
            value = float(T[i, j])
            share_o, share_d = float(value / residents[i]), float(value / jobs[j])
            crosses = f"{regions[i]}-{regions[j]}"
            feature = QgsFeature(fields)
            start, end = QgsPoint(float(xy[i, 0]), float(xy[i, 1])), QgsPoint(float(xy[j, 0]), float(xy[j, 1]))
            feature.setGeometry(FlowLines._line(start, end, curved))
            feature.setAttributes([ids[i], ids[j], value, share_o, share_d, crosses, ids[i], ids[j], names[i],
                                   names[j], value, share_o, CROSS_BORDER_KEY, str(regions[i]), str(regions[j]),
                                   _plain(fit.expected[i, j]) if fit.cells[i, j] else None])
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT_LINES))
            n_lines += 1
        return dest_id, n_lines

    def postProcessAlgorithm(self, context, feedback):
        """Style the lines like 'Flow lines' (main thread): now, and again when Processing loads the layer."""
        self._post_processor = style_flow_lines(self.final_output(self._lines_id), context, feedback)
        return {}


def _value(value):
    """QVariant NULL → None."""
    if value is None or (isinstance(value, QVariant) and value.isNull()) or str(value) == "NULL":
        return None
    return value


def _examples(items, k=5):
    return ", ".join(str(item) for item in items[:k]) + (" …" if len(items) > k else "")
