"""strukturbild:borderaccess — what a border costs in accessibility: for origins in the selected regions, the time
to the nearest destination (or the opportunities within a time) once counting only destinations in the origin's
own region and once counting all of them, and the gain if the border did not matter; per origin and per border
zone.

A thin adapter: regions are read as strukturbild:borderzones reads them (several layers and CRSs, one working CRS),
points are placed in regions with a spatial index, and methods.borderaccess does the rest (over the road network,
or as a straight-line estimate without one).
"""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
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
from ..accessibility.traveltime import _number, _plain
from ..base import ProgressRange, containing_polygon, graduated_renderer, minutes_renderer, styled_output
from .borderzones import ALL_LAND, BorderZones

NEAREST, OPPORTUNITIES = 0, 1
ORIGIN_FIELDS = (("region_id", QVariant.String), ("time_own", QVariant.Double), ("time_all", QVariant.Double),
                 ("time_gain", QVariant.Double), ("nearest_own_id", QVariant.String),
                 ("nearest_all_id", QVariant.String), ("nearest_across", QVariant.Int),
                 ("opp_own", QVariant.Double), ("opp_all", QVariant.Double), ("opp_gain", QVariant.Double),
                 ("access_method", QVariant.String))
ZONE_FIELDS = (("n_origins", QVariant.Int), ("weight", QVariant.Double), ("own_mean", QVariant.Double),
               ("all_mean", QVariant.Double), ("gain_mean", QVariant.Double), ("gain_max", QVariant.Double),
               ("across_share", QVariant.Double), ("n_no_own", QVariant.Int))


class BorderAccess(BorderZones):
    ALGORITHM_ID = "borderaccess"
    GROUP_ID = "border"

    ORIGIN_WEIGHT_FIELD = "ORIGIN_WEIGHT_FIELD"
    ZONES = "ZONES"
    OUTPUT_ZONES = "OUTPUT_ZONES"

    def displayName(self):
        return self.tr("Border access: what the border costs")

    def shortHelpString(self):
        return self.help_text(
            self.tr("For origins in the selected regions (grid cells, addresses, tätorter), accessibility counted "
                    "twice: only destinations in the origin's own region, and all destinations (also across the "
                    "border and outside every region, e.g. abroad). The difference is what the border costs if "
                    "people kept to their own region's services and jobs. Only destinations are restricted: routes "
                    "may use roads on either side of the border in both counts."),
            [*self.region_help(),
             (self.ORIGINS, self.tr("the places whose accessibility is measured; a polygon by its point on "
                                    "surface. Origins outside the selected regions get NULL.")),
             (self.ORIGIN_WEIGHT_FIELD, self.tr("the weight of each origin in the zone means, e.g. its population; "
                                                "empty: 1.")),
             (self.DESTINATIONS, self.tr("the services, jobs or places to reach; a destination belongs to the "
                                         "region that contains it.")),
             (self.DESTINATION_WEIGHT_FIELD, self.tr("what a destination offers (jobs, places); empty: each counts "
                                                     "1.")),
             (self.DESTINATION_ID_FIELD, self.tr("the name or code written as the nearest destination; empty: the "
                                                 "feature id.")),
             (self.ZONES, self.tr("polygons to summarise the origins in, e.g. the output of 'Border zones'.")),
             (self.NETWORK, self.tr("the roads for every travel time, read as in 'Travel time and accessibility'. "
                                    "Empty: the times are estimated from the straight-line distance × the detour "
                                    "factor at the default speed, and the output says so.")),
             (self.MEASURE, self.tr("'Time to the nearest destination': time_own, time_all and time_gain = "
                                    "time_own − time_all (minutes saved), nearest_own_id, nearest_all_id and "
                                    "nearest_across (1 when the nearest destination of all lies in another region). "
                                    "'Opportunities within the threshold': the sum of the destination weights "
                                    "within the threshold, opp_own, opp_all and opp_gain = opp_all − opp_own.")),
             (self.THRESHOLD, self.tr("the time limit of 'Opportunities within the threshold'.")),
             (self.TARGET_CRS, self.tr("the projected CRS everything is measured in; layers in other CRSs are "
                                       "reprojected to it. Empty: the first projected CRS of the region layers.")),
             *[entry for entry in self.road_help() if entry[0] != self.NETWORK],
             (self.OUTPUT, self.tr("the origins with region_id, the fields of the measure and access_method.")),
             (self.OUTPUT_ZONES, self.tr("per zone the number of origins, the mean own, all and gain values "
                                         "(weighted by the origin weight field), the largest gain, the share whose "
                                         "nearest destination lies across the border, and the origins with no "
                                         "destination of their own region within reach (n_no_own; left out of the "
                                         "means)."))])

    def initAlgorithm(self, config=None):
        self.add_region_parameters()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ORIGINS, self.tr("Origins (points or polygons)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.ORIGIN_WEIGHT_FIELD, self.tr("Origin weight field for the zone means (e.g. population; empty: 1)"),
            parentLayerParameterName=self.ORIGINS, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True))
        self.add_destination_parameters()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones to summarise (polygons, e.g. border zones)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.add_network_parameter(self.tr("Road network (lines; empty: straight-line estimate)"), optional=True)
        self.add_selection_parameter()
        self.addParameter(QgsProcessingParameterEnum(
            self.MEASURE, self.tr("Measure"),
            options=[self.tr("Time to the nearest destination"), self.tr("Opportunities within the threshold")],
            defaultValue=NEAREST))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr("Threshold (minutes)"), QgsProcessingParameterNumber.Type.Double, 45.0, False, 0.0,
            checks.MAX_MINUTES))
        self.add_target_crs_parameter()
        self.add_road_settings(default_speed=70.0)
        self.add_snap_parameters(max_snap=2000.0)
        self.add_detour_parameter()
        self.mark_advanced(self.ONEWAY_FIELD, self.TOLERANCE, self.ACCESS_SPEED, self.MAX_SNAP)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Origins with border access")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ZONES, self.tr("Zones with border access"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True, createByDefault=False))
        for name, text in (("N_ORIGINS", self.tr("Origins in the selected regions")),
                           ("N_ACROSS", self.tr("Origins whose nearest destination lies across the border")),
                           ("MEAN_GAIN", self.tr("Mean gain (minutes or opportunities)"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def check_lists(self, parameters, context):
        self.check_selection(parameters, context, ALL_LAND)

    def process(self, parameters, context, feedback):
        import numpy as np

        from ..methods import borderaccess as method

        layers, id_field = self.region_layers(parameters, context)
        measure = self.parameterAsEnum(parameters, self.MEASURE, context)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        crs = self.choose_working_crs(parameters, context, layers, feedback)
        regions = self._read_regions(layers, id_field, crs, context, feedback)
        selection = self._selection(parameters, context, regions, id_field, ALL_LAND)
        region_ids = sorted(regions)
        polygons = [regions[region_id] for region_id in region_ids]
        feedback.setProgress(10)

        origins_source = self.parameterAsSource(parameters, self.ORIGINS, context)
        destinations_source = self.parameterAsSource(parameters, self.DESTINATIONS, context)
        origins, origin_xy = self._points(origins_source, crs, context)
        destinations, destination_xy = self._points(destinations_source, crs, context)
        if not np.isfinite(destination_xy).all(axis=1).any():
            raise QgsProcessingException(self.tr("The destinations layer '{name}' has no features with a "
                                                 "geometry.").format(name=destinations_source.sourceName()))
        origin_region = containing_polygon(origin_xy, polygons)
        selected = np.isin(origin_region, [region_ids.index(region_id) for region_id in selection])
        origin_region = np.where(selected, origin_region, -1)
        if not selected.any():
            raise QgsProcessingException(self.tr(
                "No origin of '{name}' lies in the selected regions ({ids}): check SELECTION and that the layers "
                "cover the same area.").format(name=origins_source.sourceName(), ids=", ".join(selection)))
        if (~selected).any():
            feedback.pushInfo(self.tr("{n} origin(s) lie outside the selected regions: their values are NULL.")
                              .format(n=int((~selected).sum())))
        destination_region = containing_polygon(destination_xy, polygons)
        abroad = int(((destination_region < 0) & np.isfinite(destination_xy).all(axis=1)).sum())
        if abroad:
            feedback.pushInfo(self.tr("{n} destination(s) lie outside every region: they count only when all "
                                      "destinations count.").format(n=abroad))
        weight_field = self.parameterAsString(parameters, self.DESTINATION_WEIGHT_FIELD, context)
        weights = np.array([_number(f[weight_field]) if weight_field else 1.0 for f in destinations])
        id_field_d = self.parameterAsString(parameters, self.DESTINATION_ID_FIELD, context)
        ids = [str(f[id_field_d]) if id_field_d else str(f.id()) for f in destinations]
        feedback.setProgress(20)

        network_source = self.parameterAsSource(parameters, self.NETWORK, context)
        part = ProgressRange(feedback, 30, 90)
        if network_source is None:
            detour = self.parameterAsDouble(parameters, self.DETOUR_FACTOR, context)
            speed = self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context)
            method_text = self.tr("estimate: straight line × {f} at {v} km/h").format(f=format_number(detour),
                                                                                       v=format_number(speed))
            feedback.pushWarning(self.tr("No road network: travel times are an estimate ({text}).")
                                 .format(text=method_text))
            result = method.estimate(origin_xy, destination_xy, origin_region, destination_region, measure, weights,
                                     threshold, detour, speed, feedback=part)
        else:
            network = self._network(parameters, context, network_source, crs, feedback)
            max_snap = self.parameterAsDouble(parameters, self.MAX_SNAP, context)
            access = self.parameterAsDouble(parameters, self.ACCESS_SPEED, context)
            o, d = self._attach(network, origin_xy, destination_xy, max_snap, access, feedback)
            if not d.attached.any():
                raise QgsProcessingException(self.tr("No destination lies within {m:g} m of the road network.")
                                             .format(m=max_snap))
            if not (selected & o.attached).any():
                raise QgsProcessingException(self.tr(
                    "No origin of '{name}' in the selected regions lies within {m:g} m of a road that leads to a "
                    "destination: check that the layers cover the same area and that the network is connected, or "
                    "raise MAX_SNAP.").format(name=origins_source.sourceName(), m=max_snap))
            off = int((selected & ~o.attached).sum())
            if off:
                feedback.pushWarning(self.tr("{n} origin(s) are farther than {m:g} m from the network: their values "
                                             "are NULL.").format(n=off, m=max_snap))
            result = method.over_network(network, o, d, origin_region, destination_region, measure, weights,
                                         threshold, feedback=part)
            method_text = self.tr("road network")

        dest_id = self._write_origins(parameters, context, origins_source, origins, result, measure, origin_region,
                                      region_ids, ids, method_text)
        gain = result.gain[selected]
        known = gain[np.isfinite(gain)]
        mean_gain = float(known.mean()) if len(known) else None
        n_across = int(result.across[selected].sum())
        unit = self.tr("min") if measure == NEAREST else self.tr("opportunities")
        for k in sorted({int(r) for r in origin_region[selected]}):
            mine = origin_region == k
            values = result.gain[mine]
            values = values[np.isfinite(values)]
            feedback.pushInfo(self.tr("{id}: {n} origins, mean gain {gain} {unit}, largest {top} {unit}; nearest "
                                      "across the border for {across}.").format(
                id=region_ids[k], n=int(mine.sum()), gain=format_number(values.mean(), 1) if len(values) else "-",
                top=format_number(values.max(), 1) if len(values) else "-", unit=unit,
                across=int(result.across[mine].sum())))
        results = {self.OUTPUT: dest_id, "N_ORIGINS": int(selected.sum()), "N_ACROSS": n_across,
                   "MEAN_GAIN": mean_gain}
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        if zones is not None and parameters.get(self.OUTPUT_ZONES) is not None:
            origin_weight_field = self.parameterAsString(parameters, self.ORIGIN_WEIGHT_FIELD, context)
            origin_weight = np.array([_number(f[origin_weight_field]) if origin_weight_field else 1.0
                                      for f in origins])
            results[self.OUTPUT_ZONES] = self._write_zones(parameters, context, zones, crs, origin_xy, selected,
                                                           origin_weight, result, measure)
        feedback.setProgress(100)
        return results

    def _write_origins(self, parameters, context, source, origins, result, measure, origin_region, region_ids, ids,
                       method_text):
        fields = QgsFields(source.fields())
        for name, kind in ORIGIN_FIELDS:
            if fields.indexOf(name) >= 0:
                raise QgsProcessingException(self.tr("The origins already have a field '{field}'; rename it first.")
                                             .format(field=name))
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        nearest = measure == NEAREST
        for k, feature in enumerate(origins):
            studied = origin_region[k] >= 0
            own, all_, gain = (_plain(v[k]) for v in (result.own, result.all, result.gain))
            values = [region_ids[origin_region[k]] if studied else None]
            if nearest:
                values += [own, all_, gain,
                           ids[result.nearest_own[k]] if result.nearest_own[k] >= 0 else None,
                           ids[result.nearest_all[k]] if result.nearest_all[k] >= 0 else None,
                           int(result.across[k]) if studied and result.nearest_all[k] >= 0 else None,
                           None, None, None]
            else:
                values += [None] * 6 + [own, all_, gain]
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + values + [method_text])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink  # closed, so that its style can be saved with it
        if nearest:
            styled_output(context, dest_id, lambda layer: layer.setRenderer(minutes_renderer(layer, "time_gain")))
        else:
            styled_output(context, dest_id, lambda layer: layer.setRenderer(
                graduated_renderer(layer, "opp_gain", ("#f7fbff", "#08306b"))))
        return dest_id

    def _write_zones(self, parameters, context, zones, crs, origin_xy, selected, origin_weight, result, measure):
        transform = QgsCoordinateTransform(zones.sourceCrs(), crs, context.transformContext())
        units = []
        for feature in zones.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(transform)
            units.append((feature, geometry))
        position = containing_polygon(origin_xy, [geometry for _, geometry in units])
        fields = QgsFields(zones.fields())
        for name, kind in ZONE_FIELDS:
            if fields.indexOf(name) >= 0:
                raise QgsProcessingException(self.tr("The zones already have a field '{field}'; rename it first.")
                                             .format(field=name))
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_ZONES, context, fields,
                                             QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_ZONES))
        for j, (feature, geometry) in enumerate(units):
            inside = selected & (position == j)
            out = QgsFeature(fields)
            geometry.convertToMultiType()
            out.setGeometry(geometry)
            out.setAttributes(feature.attributes() + zone_summary(inside, origin_weight, result, measure))
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink
        styled_output(context, dest_id, lambda layer: layer.setRenderer(
            graduated_renderer(layer, "gain_mean", ("#fff5eb", "#7f2704"))))
        return dest_id


def zone_summary(inside, weight, result, measure):
    """[n_origins, weight, own_mean, all_mean, gain_mean, gain_max, across_share, n_no_own] for the origins in a
    zone: means weighted, over the origins with a finite own and all value (no own destination in reach: counted in
    n_no_own and left out)."""
    import numpy as np

    n = int(inside.sum())
    if not n:
        return [0, 0.0, None, None, None, None, None, 0]
    own, all_, gain, w = result.own[inside], result.all[inside], result.gain[inside], weight[inside]
    finite = np.isfinite(own) & np.isfinite(all_)
    no_own = int((np.isinf(own) & ~np.isnan(all_)).sum())
    total = float(w[finite].sum())
    values = [n, float(w.sum())]
    if total > 0:
        values += [float(np.average(v[finite], weights=w[finite])) for v in (own, all_, gain)]
        values.append(float(gain[finite].max()))
    else:
        values += [None, None, None, None]
    placed = ~np.isnan(all_)
    across = None
    if measure == NEAREST and float(w[placed].sum()) > 0:
        across = float(w[placed & result.across[inside]].sum() / w[placed].sum())
    return values + [across, no_own]
