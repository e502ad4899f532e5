"""strukturbild:borderzones — gränsbygd: bands along the land borders of regions (län, kommuner, or national units
of several countries), by distance (km) or by travel time over a road network (minutes), with the population and
the number of services in each band.

A thin adapter. The geometry (border lines, buffers, clipping) is QGIS/GEOS in one projected CRS; parsing BANDS and
SELECTION, sampling the borders and apportioning population are methods.border; travel times are
methods.network.service_area (one multi-source Dijkstra per region from its border).

Border lines: region a borders region b where their boundaries come within SNAP_TOLERANCE metres. The border of
a pair is ONE line on the boundary of the region whose id sorts first (a): b is snapped onto a (QgsGeometrySnapper)
and the border is a ∩ snapped b. Both regions measure their bands from that same line, so generalised boundaries that
differ by metres give one border, with no stubs where it meets a coast. A boundary near no other region (coast, lake
shore) is no border.

Cancel: every zone is computed before the output is opened, so a cancelled run leaves no file.
"""

from qgis.analysis import QgsGeometrySnapper
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsMapLayerType,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.i18n import format_number
from ...strukturbild_plugin.library import StyleLibrary
from .. import checks
from ..accessibility.traveltime import TravelTime, _number
from ..base import error_message, spatial_index, step, style_on_load
from ..methods.progress import Cancelled

INTERNAL, ALL_LAND = 0, 1
DISTANCE, TRAVEL_TIME = 0, 1
BAND_SEGMENTS = 16  # segments per quarter circle of a band's buffer: a round end within 0.2 % of a true circle
ROAD_SEGMENTS = 8  # the road buffers of MODE 1 are many and narrow: coarser arcs keep GEOS fast
OVERLAP_SHARE = 0.01  # regions overlapping by more than this share of the smaller are refused, not snapped
ON_BORDER_M = 1.0  # a road crossing belongs to a region's border when it lies this close to it


class BorderZones(TravelTime):
    ALGORITHM_ID = "borderzones"
    GROUP_ID = "border"

    REGIONS = "REGIONS"
    REGION_ID_FIELD = "REGION_ID_FIELD"
    SELECTION = "SELECTION"
    BORDER = "BORDER"
    BANDS = "BANDS"
    MODE = "MODE"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    TARGET_CRS = "TARGET_CRS"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    SERVICES = "SERVICES"
    SAMPLE_SPACING = "SAMPLE_SPACING"
    ROAD_BUFFER = "ROAD_BUFFER"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Border zones (gränsbygd)")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Bands along the land borders of regions: län, kommuner, or national units of several countries. "
                    "Each selected region gets its own bands on its side of the border, as rings (10–25 excludes "
                    "0–10) clipped to the region, with their area, population and number of services."),
            [*self.region_help(),
             (self.POPULATION, self.tr("points are summed when inside a band; polygons (grid cells, DeSO) are "
                                       "apportioned by the share of their area inside the band. An empty population "
                                       "layer is refused (zero inhabitants would be wrong, not unknown); without a "
                                       "layer the population field of the output is NULL.")),
             (self.POPULATION_FIELD, self.tr("the inhabitants of each feature; empty: 1 per feature.")),
             (self.SERVICES, self.tr("points counted in each band; an empty layer gives 0 with a warning.")),
             (self.NETWORK, self.tr("the roads for 'Travel time over the road network', read as in 'Travel time "
                                    "and accessibility'. Empty: the straight-line distance × the detour factor at "
                                    "the default speed, said in access_method.")),
             (self.BORDER, self.tr("a region's boundary within the snapping tolerance of another region is a "
                                   "border. 'Internal borders between the selected regions': only the borders "
                                   "between two selected regions (at least two must be selected). 'All land borders "
                                   "of the selected regions': also the borders with every other region of the "
                                   "region layers. A boundary near no other region (the coast, a lake outside every "
                                   "region) is no border.")),
             (self.BANDS, self.tr("the upper bounds of the bands, separated by commas, e.g. 10,25, in km or "
                                  "minutes (see the measure). A list that cannot be read is refused when the "
                                  "parameters are checked, before the run.")),
             (self.MODE, self.tr("'Distance (km)': bands by the distance from the border. 'Travel time over the "
                                 "road network (minutes)': the sources are points along the region's border (see "
                                 "the spacing) and every road crossing of it, joined to the nearest road; a band is "
                                 "the roads reached within its time (cut where the time runs out), buffered and "
                                 "clipped to the region, minus the faster bands. Land farther than the buffer from "
                                 "a reached road is in no band.")),
             (self.SNAP_TOLERANCE, self.tr("boundaries of two regions closer than this are one border (taken from "
                                           "the region whose id sorts first), so generalised boundaries that differ "
                                           "by metres are snapped together.")),
             (self.TARGET_CRS, self.tr("the projected CRS everything is measured in; layers in different CRSs (e.g. "
                                       "Sweden EPSG:3006, Finland EPSG:3067, Norway EPSG:25833) are reprojected to "
                                       "it. Empty: the first projected CRS of the region layers (all in degrees: "
                                       "the UTM zone of the data). Nothing is measured in degrees.")),
             *[entry for entry in self.road_help() if entry[0] != self.NETWORK],
             (self.SAMPLE_SPACING, self.tr("travel time only: the distance between the source points along the "
                                           "border.")),
             (self.ROAD_BUFFER, self.tr("travel time only: the width of the band polygon around the reached "
                                        "roads.")),
             (self.OUTPUT, self.tr("one polygon per region and band with region_id, band_from, band_to (km or "
                                   "minutes), area_km2, population, services, access_method, zon (a unique label "
                                   "such as '05 0–10 km', e.g. for 'Area profile'), and band_enhet, grans and "
                                   "strukturbild_typ, so that the layer draws as gränsbygd in a strukturbild "
                                   "map."))],
            [self.tr("Refused with a message: region ids not found, no shared border, overlapping regions (more "
                     "than 1 % of the smaller: e.g. län and kommuner mixed), a region layer without a CRS, a "
                     "geographic working CRS.")])

    def region_help(self):
        """Help entries of REGIONS, REGION_ID_FIELD and SELECTION (shared with borderaccess)."""
        return [
            (self.REGIONS, self.tr("one or more polygon layers, in any CRS. Features with the same id are one "
                                   "region.")),
            (self.REGION_ID_FIELD, self.tr("the field of the region ids; it must be in every region layer (the "
                                           "list shows the fields they share). Ids must be unique across the "
                                           "layers.")),
            (self.SELECTION, self.tr("the ids of the regions to work on, separated by commas, e.g. 05,06,08; empty: "
                                     "all. Ids that are not in the region layers are refused when the parameters "
                                     "are checked, before the run.")),
        ]

    def add_region_parameters(self):
        """REGIONS, REGION_ID_FIELD: shared with borderaccess (SELECTION follows the other inputs)."""
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.REGIONS, self.tr("Regions (polygon layers: län, kommuner, national units; any CRS)"),
            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterField(
            self.REGION_ID_FIELD, self.tr("Region id field (present in every region layer)"),
            parentLayerParameterName=self.REGIONS))

    def add_selection_parameter(self):
        self.addParameter(QgsProcessingParameterString(
            self.SELECTION, self.tr("Selected region ids (comma-separated; empty: all)"), defaultValue="",
            optional=True))

    def checkParameterValues(self, parameters, context):
        """BANDS and SELECTION are read as the run reads them, so that a list that cannot be used is refused in the
        dialog, not first when the run gets to it."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self.check_lists(parameters, context)
        except QgsProcessingException as error:
            return False, error_message(error)
        return True, message

    def check_lists(self, parameters, context):
        self._bands(parameters, context)
        self.check_selection(parameters, context, self.parameterAsEnum(parameters, self.BORDER, context))

    def check_selection(self, parameters, context, kind):
        """SELECTION against the ids of the region layers, read as the run reads them; raises its message."""
        from ..methods import od

        layers = self.parameterAsLayerList(parameters, self.REGIONS, context)
        id_field = (self.parameterAsString(parameters, self.REGION_ID_FIELD, context) or "").strip()
        if not layers or not id_field:
            return  # Processing itself refuses a missing layer or field
        ids = set()
        for layer in layers:
            if layer.type() != QgsMapLayerType.VectorLayer:
                return  # refused by the run, with its own message
            index = layer.fields().indexOf(id_field)
            if index < 0:
                raise QgsProcessingException(self.tr(
                    "The region layer '{name}' has no field '{field}' (REGION_ID_FIELD); its fields are: {fields}.")
                    .format(name=layer.name(), field=id_field, fields=", ".join(layer.fields().names())))
            for value in layer.uniqueValues(index):
                region_id = od.normalise_id(None if value is None or str(value) == "NULL" else value)
                if region_id:
                    ids.add(region_id)
        if ids:
            self._selection(parameters, context, ids, id_field, kind)

    def add_target_crs_parameter(self):
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Working CRS (projected; empty: the first projected CRS of the regions)"),
            optional=True))

    def region_layers(self, parameters, context):
        """The REGIONS layers and REGION_ID_FIELD, or a message saying what is missing."""
        layers = self.parameterAsLayerList(parameters, self.REGIONS, context)
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one region layer (REGIONS)."))
        id_field = (self.parameterAsString(parameters, self.REGION_ID_FIELD, context) or "").strip()
        if not id_field:
            raise QgsProcessingException(self.tr("Name the region id field (REGION_ID_FIELD), e.g. the län or "
                                                 "kommun code."))
        return layers, id_field

    def initAlgorithm(self, config=None):
        self.add_region_parameters()
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POPULATION, self.tr("Population (points or polygons)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (empty: 1 per feature)"),
            parentLayerParameterName=self.POPULATION, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SERVICES, self.tr("Services (points)"), [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True))
        self.add_network_parameter(self.tr("Road network (lines; travel time only)"), optional=True)
        self.add_selection_parameter()
        self.addParameter(QgsProcessingParameterEnum(
            self.BORDER, self.tr("Borders"),
            options=[self.tr("Internal borders between the selected regions"),
                     self.tr("All land borders of the selected regions")], defaultValue=INTERNAL))
        self.addParameter(QgsProcessingParameterString(
            self.BANDS, self.tr("Band upper bounds (comma-separated, km or minutes)"), defaultValue="10,25"))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Measure"),
            options=[self.tr("Distance (km)"), self.tr("Travel time over the road network (minutes)")],
            defaultValue=DISTANCE))
        self.addParameter(QgsProcessingParameterNumber(
            self.SNAP_TOLERANCE, self.tr("Snapping tolerance between neighbouring boundaries (m)"),
            QgsProcessingParameterNumber.Type.Double, 250.0, False, 0.0, checks.MAX_BUFFER_M))
        self.add_target_crs_parameter()
        self.add_road_settings(default_speed=70.0)
        self.add_snap_parameters(max_snap=500.0)
        self.add_detour_parameter()
        self.addParameter(QgsProcessingParameterNumber(
            self.SAMPLE_SPACING, self.tr("Spacing of the travel-time sources along the border (m)"),
            QgsProcessingParameterNumber.Type.Double, 250.0, False, 1.0, checks.MAX_SPACING_M))
        self.addParameter(QgsProcessingParameterNumber(
            self.ROAD_BUFFER, self.tr("Band polygon around the reached roads (m; travel time only)"),
            QgsProcessingParameterNumber.Type.Double, 500.0, False, 1.0, checks.MAX_BUFFER_M))
        self.mark_advanced(self.ONEWAY_FIELD, self.TOLERANCE, self.ACCESS_SPEED, self.MAX_SNAP, self.SAMPLE_SPACING)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Border zones"), QgsProcessing.SourceType.TypeVectorPolygon))
        for name, text in (("N_ZONES", self.tr("Zones")), ("N_BORDERS", self.tr("Borders (region pairs)")),
                           ("BORDER_KM", self.tr("Border length (km)"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))
        self.addOutput(QgsProcessingOutputString("BORDER_LENGTHS", self.tr("Border length per region pair")))

    # -- the run ----------------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        from ..methods import border as method

        bands = method.band_intervals(self._bands(parameters, context))
        mode = self.parameterAsEnum(parameters, self.MODE, context)
        kind = self.parameterAsEnum(parameters, self.BORDER, context)
        tolerance = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
        layers, id_field = self.region_layers(parameters, context)
        network_source = self.parameterAsSource(parameters, self.NETWORK, context)
        method_text = self.tr("distance")
        if mode == TRAVEL_TIME:
            method_text = self.tr("road network")
            if network_source is None:
                # no road data (county scale offline): minutes become straight-line km, said in the output
                speed = self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context)
                detour = self.parameterAsDouble(parameters, self.DETOUR_FACTOR, context)
                method_text = self.tr("estimate: straight line × {f} at {v} km/h").format(f=format_number(detour),
                                                                                           v=format_number(speed))
                feedback.pushWarning(self.tr("No road network: the travel-time bands are an estimate ({text}).")
                                     .format(text=method_text))

        crs = self.choose_working_crs(parameters, context, layers, feedback)
        regions = self._read_regions(layers, id_field, crs, context, feedback)
        selection = self._selection(parameters, context, regions, id_field, kind)
        step(feedback, 10)
        self._refuse_overlaps(regions, selection, kind, feedback)
        step(feedback, 20)
        lines = self._border_lines(regions, selection, kind, tolerance, feedback)
        borders = _region_borders(lines, selection)
        for region_id in selection:
            if region_id not in borders:
                feedback.pushWarning(self.tr("Region {id} has no {what} (within {tol:g} m): it gets no zones.")
                                     .format(id=region_id, tol=tolerance,
                                             what=self.tr("border with another selected region") if kind == INTERNAL
                                             else self.tr("land border")))
        for (a, b), line in lines.items():
            feedback.pushInfo(self.tr("Border {a}–{b}: {km} km.").format(a=a, b=b,
                                                                         km=format_number(line.length() / 1000.0, 1)))
        step(feedback, 30)

        if mode == DISTANCE:
            zones = self._distance_zones(regions, borders, bands, feedback)
        elif network_source is None:
            km_per_minute = speed / 60.0 / detour
            zones = self._distance_zones(regions, borders, [(low * km_per_minute, high * km_per_minute)
                                                            for low, high in bands], feedback)
            minutes = {high * km_per_minute: (low, high) for low, high in bands}
            for zone in zones:
                zone.low, zone.high = minutes[zone.high]
        else:
            zones = self._time_zones(parameters, context, network_source, crs, regions, borders, bands, feedback)
        step(feedback, 80)
        population = self._population(parameters, context, crs, zones, feedback)
        step(feedback, 90)
        services = self._services(parameters, context, crs, zones, feedback)
        step(feedback, 95)

        dest_id = self._write(parameters, context, crs, zones, borders, population, services, mode, method_text)
        unit = "km" if mode == DISTANCE else "min"
        for k, zone in enumerate(zones):
            feedback.pushInfo(self.tr("{id} {low}–{high} {unit}: {area} km², population {pop}, services "
                                      "{services}.").format(
                id=zone.region_id, low=format_number(zone.low), high=format_number(zone.high), unit=unit,
                area=format_number(zone.geometry.area() / 1e6, 1),
                pop="-" if population is None else format_number(population[k], 0),
                services="-" if services is None else int(services[k])))
        total_km = sum(line.length() for line in lines.values()) / 1000.0
        lengths = "; ".join(f"{a}–{b}: {format_number(line.length() / 1000.0, 1)} km"
                            for (a, b), line in lines.items())
        feedback.pushInfo(self.tr("{n} zone(s) for {k} region(s) along {m} border(s), {km} km in all.").format(
            n=len(zones), k=len({zone.region_id for zone in zones}), m=len(lines), km=format_number(total_km, 1)))
        style_on_load(context, dest_id, lambda layer: StyleLibrary().apply_style(layer, "gransbygd"))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, "N_ZONES": len(zones), "N_BORDERS": len(lines), "BORDER_KM": total_km,
                "BORDER_LENGTHS": lengths}

    # -- parameters ---------------------------------------------------------------------------------------------

    def _bands(self, parameters, context):
        from ..methods import border as method

        text = self.parameterAsString(parameters, self.BANDS, context)
        try:
            return method.parse_bands(text)
        except method.BandError as error:
            if error.reason == "empty":
                message = self.tr("BANDS holds no band: give upper bounds separated by commas, e.g. 10,25.")
            elif error.reason == "not_positive":
                message = self.tr("BANDS must be numbers greater than 0 (got '{text}').").format(text=text)
            elif error.reason == "too_large":
                message = self.tr("BANDS must be at most {most:,.0f} km or minutes, wider than any border zone (got "
                                  "'{text}').").format(most=method.MAX_BAND, text=text)
            else:
                message = self.tr("BANDS must be numbers separated by commas, e.g. 10,25 (got '{text}').").format(
                    text=text)
            raise QgsProcessingException(message)

    def _read_regions(self, layers, id_field, crs, context, feedback):
        """{region id: polygon in the working CRS}; features sharing an id are dissolved into one region."""
        from ..methods import od

        parts, owner, skipped, repaired = {}, {}, 0, []
        for layer in layers:
            if layer.type() != QgsMapLayerType.VectorLayer or \
                    layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
                raise QgsProcessingException(self.tr("The region layer '{name}' is not a polygon layer.")
                                             .format(name=layer.name()))
            if layer.fields().indexOf(id_field) < 0:
                raise QgsProcessingException(self.tr(
                    "The region layer '{name}' has no field '{field}' (REGION_ID_FIELD); its fields are: {fields}.")
                    .format(name=layer.name(), field=id_field, fields=", ".join(layer.fields().names())))
            transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
            for feature in layer.getFeatures():
                if feedback.isCanceled():
                    raise Cancelled()
                value = feature[id_field]
                region_id = od.normalise_id(None if value is None or str(value) == "NULL" else value)
                geometry = QgsGeometry(feature.geometry())
                if not region_id or geometry.isNull() or geometry.isEmpty():
                    skipped += 1
                    continue
                if owner.setdefault(region_id, layer.name()) != layer.name():
                    raise QgsProcessingException(self.tr(
                        "The id {id} occurs in the region layers '{a}' and '{b}': ids must be unique across the "
                        "layers (e.g. prefix them with a country code).").format(
                        id=region_id, a=owner[region_id], b=layer.name()))
                try:
                    geometry.transform(transform)
                except QgsCsException:
                    raise QgsProcessingException(self.tr(
                        "Region {id} (feature {fid} of '{name}') cannot be transformed to {crs}: choose a TARGET_CRS "
                        "that covers all regions.").format(id=region_id, fid=feature.id(), name=layer.name(),
                                                          crs=crs.authid()))
                if not geometry.isGeosValid():
                    geometry = _polygonal(geometry.makeValid())
                    repaired.append(f"{region_id} ({layer.name()}, feature {feature.id()})")
                parts.setdefault(region_id, []).append(geometry)
        if skipped:
            feedback.pushWarning(self.tr("{n} region feature(s) without a geometry or without an id in '{field}' "
                                         "were left out.").format(n=skipped, field=id_field))
        if repaired:
            feedback.pushWarning(self.tr("{n} invalid region geometry(ies) were repaired (makeValid): {list}.")
                                 .format(n=len(repaired), list=", ".join(repaired[:5])
                                         + (" …" if len(repaired) > 5 else "")))
        if not parts:
            raise QgsProcessingException(self.tr("The region layers have no feature with a geometry and an id in "
                                                 "'{field}'.").format(field=id_field))
        return {region_id: (geometries[0] if len(geometries) == 1 else QgsGeometry.unaryUnion(geometries))
                for region_id, geometries in parts.items()}

    def _selection(self, parameters, context, regions, id_field, kind):
        from ..methods import border as method

        selection = method.parse_selection(self.parameterAsString(parameters, self.SELECTION, context))
        if not selection:
            selection = sorted(regions)
        missing = [region_id for region_id in selection if region_id not in regions]
        if missing:
            known = sorted(regions)
            raise QgsProcessingException(self.tr(
                "Region id(s) not found in '{field}': {missing}. The regions have e.g. {known}.").format(
                field=id_field, missing=", ".join(missing),
                known=", ".join(known[:12]) + (" …" if len(known) > 12 else "")))
        if kind == INTERNAL and len(selection) < 2:
            raise QgsProcessingException(self.tr(
                "Borders 'Internal borders between the selected regions' (BORDER=0) need at least two selected "
                "regions; for the land borders of one region choose 'All land borders of the selected regions' "
                "(BORDER=1)."))
        return selection

    # -- geometry -------------------------------------------------------------------------------------------

    def _candidates(self, regions, selection, kind, tolerance=0.0):
        """Unordered pairs (selected region, other region) whose bounding boxes come within the tolerance, each
        once, in id order."""
        ids = list(regions)
        index = spatial_index([regions[region_id] for region_id in ids])
        chosen = set(selection)
        pairs = []
        for region_id in selection:
            box = regions[region_id].boundingBox()
            box.grow(max(tolerance, 1.0))
            for j in index.intersects(box):
                other = ids[j]
                if other == region_id or (kind == INTERNAL and other not in chosen):
                    continue
                pair = tuple(sorted((region_id, other)))
                if pair not in pairs:
                    pairs.append(pair)
        return sorted(pairs)

    def _refuse_overlaps(self, regions, selection, kind, feedback):
        for a, b in self._candidates(regions, selection, kind):
            if feedback.isCanceled():
                raise Cancelled()
            if not regions[a].intersects(regions[b]):
                continue
            overlap = _polygonal(regions[a].intersection(regions[b])).area()
            smaller = min(regions[a].area(), regions[b].area())
            if smaller > 0 and overlap > OVERLAP_SHARE * smaller:
                raise QgsProcessingException(self.tr(
                    "Regions {a} and {b} overlap by {km2:,.1f} km² ({share:.0%} of the smaller one). Regions must not "
                    "overlap: are two levels (län and kommuner) or two copies of a layer mixed? Remove the overlap "
                    "and run again.").format(a=a, b=b, km2=overlap / 1e6, share=overlap / smaller))

    def _border_lines(self, regions, selection, kind, tolerance, feedback):
        """{(a, b): the one border line of the pair, on a's boundary}, a < b; pairs without a border left out.

        b is snapped onto a (vertices within the tolerance move onto a, a's vertices near b are inserted), so that
        the two boundaries coincide where they are neighbours and a ∩ b is exactly their common line: no stubs
        along a coast where the border ends."""
        pairs = self._candidates(regions, selection, kind, tolerance)
        lines = {}
        for number, (a, b) in enumerate(pairs):
            if feedback.isCanceled():
                raise Cancelled()
            snapped = QgsGeometrySnapper.snapGeometry(regions[b], tolerance, [regions[a]],
                                                      QgsGeometrySnapper.SnapMode.PreferNodes) \
                if tolerance > 0 else regions[b]
            common = regions[a].intersection(snapped)
            pieces = _parts_of(_linear(common), QgsWkbTypes.GeometryType.LineGeometry)
            overlap = _polygonal(common)
            if not overlap.isEmpty():  # a sliver wider than the tolerance: a's boundary through it is the border
                pieces += _parts_of(_boundary(regions[a]).intersection(overlap), QgsWkbTypes.GeometryType.LineGeometry)
            line = QgsGeometry.unaryUnion(pieces) if pieces else QgsGeometry()
            if not line.isEmpty() and line.length() > 0:
                lines[(a, b)] = line.mergeLines()
            feedback.setProgress(20 + 10 * (number + 1) / len(pairs))
        if not lines:
            if kind == INTERNAL:
                message = self.tr("The selected regions share no border (no boundary within SNAP_TOLERANCE = {tol:g} m "
                                  "of another selected region). Select neighbouring regions, raise SNAP_TOLERANCE, or "
                                  "use BORDER 1 for all land borders.")
            else:
                message = self.tr("The selected regions have no land border with any region in REGIONS (no boundary "
                                  "within SNAP_TOLERANCE = {tol:g} m of another region): add the neighbouring regions "
                                  "to REGIONS or raise SNAP_TOLERANCE.")
            raise QgsProcessingException(message.format(tol=tolerance))
        return lines

    def _distance_zones(self, regions, borders, bands, feedback):
        """Rings of distance from each region's border, clipped to the region (band bounds in km)."""
        zones = []
        for number, (region_id, (border, _)) in enumerate(borders.items()):
            within = {}
            for _, high in bands:
                if feedback.isCanceled():
                    raise Cancelled()
                within[high] = _polygonal(border.buffer(high * 1000.0, BAND_SEGMENTS).intersection(regions[region_id]))
            zones += _rings(region_id, within, bands)
            feedback.setProgress(30 + 50 * (number + 1) / len(borders))
        return zones

    def _time_zones(self, parameters, context, network_source, crs, regions, borders, bands, feedback):
        """Rings of travel time from each region's border over the roads (band bounds in minutes)."""
        import numpy as np

        from ..methods import border as method
        from ..methods import network as network_method

        network = self._network(parameters, context, network_source, crs, feedback)
        step(feedback, 35)
        crossings = self._road_crossings(network_source, crs, context,
                                         QgsGeometry.unaryUnion([border for border, _ in borders.values()]), feedback)
        spacing = self.parameterAsDouble(parameters, self.SAMPLE_SPACING, context)
        max_snap = self.parameterAsDouble(parameters, self.MAX_SNAP, context)
        access = self.parameterAsDouble(parameters, self.ACCESS_SPEED, context)
        road_buffer = self.parameterAsDouble(parameters, self.ROAD_BUFFER, context)
        breaks = [high for _, high in bands]
        zones = []
        for number, (region_id, (border, _)) in enumerate(borders.items()):
            step(feedback, 40 + 40 * number / len(borders))
            samples = [method.sample_polyline(np.array([(p.x(), p.y()) for p in part]), spacing)
                       for part in _polylines(border)]
            on_border = [xy for xy in crossings if border.distance(QgsGeometry.fromPointXY(QgsPointXY(*xy)))
                         <= ON_BORDER_M]
            sources = np.vstack(samples + [np.asarray(on_border, dtype=float).reshape(-1, 2)])
            attached = network_method.attach_points(network, sources, max_snap, access)
            if not attached.attached.any():
                feedback.pushWarning(self.tr("No road lies within {m:g} m (MAX_SNAP) of the border of region {id}: it "
                                             "gets no zones.").format(m=max_snap, id=region_id))
                continue
            feedback.pushInfo(self.tr("Region {id}: {n} source point(s) on its border ({c} road crossing(s)), {a} "
                                      "joined to the roads.").format(id=region_id, n=len(sources), c=len(on_border),
                                                                     a=int(attached.attached.sum())))
            area = network_method.service_area(network, attached, breaks, direction="from")
            within = {}
            for high in breaks:
                if feedback.isCanceled():
                    raise Cancelled()
                edges, f0, f1 = area.reached(high)
                pieces = [QgsGeometry.fromPolylineXY([_on_edge(network, e, a), _on_edge(network, e, b)])
                          for e, a, b in zip(edges, f0, f1) if b > a]
                # each piece buffered, then one cascaded union: GEOS is far faster this way than buffering the
                # collected lines at once (20,000 street segments: 4 s against minutes)
                reached = QgsGeometry.unaryUnion([piece.buffer(road_buffer, ROAD_SEGMENTS) for piece in pieces]) \
                    if pieces else QgsGeometry()
                within[high] = _polygonal(reached.intersection(regions[region_id])) if not reached.isEmpty() \
                    else QgsGeometry()
            zones += _rings(region_id, within, bands)
        return zones

    def _road_crossings(self, network_source, crs, context, all_borders, feedback):
        """Points where a road meets a border line: sources with no access leg (a sample may miss them by up to half
        the spacing)."""
        transform = QgsCoordinateTransform(network_source.sourceCrs(), crs, context.transformContext())
        engine = QgsGeometry.createGeometryEngine(all_borders.constGet())
        engine.prepareGeometry()
        box = all_borders.boundingBox()
        points = []
        for feature in network_source.getFeatures():
            if feedback.isCanceled():
                raise Cancelled()
            road = QgsGeometry(feature.geometry())
            if road.isNull() or road.isEmpty():
                continue
            road.transform(transform)
            if not road.boundingBox().intersects(box) or not engine.intersects(road.constGet()):
                continue
            # a road along the border (a shared stretch) gives lines: their vertices are sources as well
            meeting = road.intersection(all_borders)  # kept in a name: vertices() iterates over it
            points += [(vertex.x(), vertex.y()) for vertex in meeting.vertices()]
        return points

    # -- contents -------------------------------------------------------------------------------------------

    def _population(self, parameters, context, crs, zones, feedback):
        import numpy as np

        from ..methods import border as method

        source = self.parameterAsSource(parameters, self.POPULATION, context)
        if source is None:
            return None
        field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        name = source.sourceName()
        if field and source.fields().indexOf(field) < 0:
            raise QgsProcessingException(self.tr("The population layer '{layer}' has no field '{field}'.")
                                         .format(layer=name, field=field))
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        geometries, values, unusable = [], [], 0
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry.transform(transform)
            value = feature[field] if field else 1.0
            if field and (value is None or str(value) == "NULL"):
                unusable += 1
            geometries.append(geometry)
            values.append(_number(value))
        if not geometries:
            raise QgsProcessingException(self.tr(
                "The population layer '{layer}' has no features with a geometry: choose a layer with population (or "
                "remove a filter), or leave POPULATION empty.").format(layer=name))
        if unusable:
            feedback.pushWarning(self.tr("{n} population feature(s) have no value in '{field}' and count as 0.")
                                 .format(n=unusable, field=field))
        values = np.asarray(values, dtype=float)
        if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry:
            return self._sum_points(zones, geometries, values, feedback)
        areas = np.array([geometry.area() for geometry in geometries])
        index = spatial_index(geometries)
        totals = np.zeros(len(zones))
        for k, zone in enumerate(zones):
            if feedback.isCanceled():
                raise Cancelled()
            engine = _prepared(zone.geometry)
            candidates = [j for j in index.intersects(zone.geometry.boundingBox())
                          if engine.intersects(geometries[j].constGet())]
            overlap = [zone.geometry.intersection(geometries[j]).area() for j in candidates]
            totals[k] = float(method.apportion(values[candidates], overlap, areas[candidates]).sum()) \
                if candidates else 0.0
        return totals

    def _services(self, parameters, context, crs, zones, feedback):
        import numpy as np

        source = self.parameterAsSource(parameters, self.SERVICES, context)
        if source is None:
            return None
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        geometries = []
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if not (geometry.isNull() or geometry.isEmpty()):
                geometry.transform(transform)
                geometries.append(geometry)
        if not geometries:
            feedback.pushWarning(self.tr("The services layer '{layer}' has no features: every zone has 0 services.")
                                 .format(layer=source.sourceName()))
            return np.zeros(len(zones), dtype=np.int64)
        return np.rint(self._sum_points(zones, geometries, np.ones(len(geometries)), feedback)).astype(np.int64)

    @staticmethod
    def _sum_points(zones, geometries, values, feedback):
        """Per zone the sum of the values of the points inside it (a multipoint counts where its first point is)."""
        import numpy as np

        points = [QgsGeometry(geometry.vertexAt(0)) for geometry in geometries]
        index = spatial_index(points)
        totals = np.zeros(len(zones))
        for k, zone in enumerate(zones):
            if feedback.isCanceled():
                raise Cancelled()
            engine = _prepared(zone.geometry)
            inside = [j for j in index.intersects(zone.geometry.boundingBox())
                      if engine.contains(points[j].constGet())]
            totals[k] = float(values[inside].sum()) if inside else 0.0
        return totals

    # -- output ---------------------------------------------------------------------------------------------

    def _write(self, parameters, context, crs, zones, borders, population, services, mode, method_text):
        from ..methods import border as method

        fields = QgsFields()
        for name, kind in (("region_id", QVariant.String), ("band_from", QVariant.Double),
                           ("band_to", QVariant.Double), ("area_km2", QVariant.Double),
                           ("population", QVariant.Double), ("services", QVariant.Int),
                           # strukturbild element fields: the layer draws as gränsbygd in a map and in the style
                           ("band_enhet", QVariant.String), ("grans", QVariant.String),
                           ("strukturbild_typ", QVariant.String), ("access_method", QVariant.String),
                           # a unique, readable label per zone ("05 0–10 km"): areaprofile's AREA_ID_FIELD, models
                           ("zon", QVariant.String)):
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        unit = "km" if mode == DISTANCE else "min"
        for k, zone in enumerate(zones):
            geometry = QgsGeometry(zone.geometry)
            geometry.convertToMultiType()
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes([
                zone.region_id, float(zone.low), float(zone.high), zone.geometry.area() / 1e6,
                None if population is None else float(population[k]),
                None if services is None else int(services[k]), unit,
                ", ".join(f"{a}–{b}" for a, b in borders[zone.region_id][1]), "gransbygd", method_text,
                method.zone_label(zone.region_id, zone.low, zone.high, unit)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id


class _Zone:
    def __init__(self, region_id, low, high, geometry):
        self.region_id, self.low, self.high, self.geometry = region_id, low, high, geometry


def _rings(region_id, within, bands):
    """Zones low–high = (within high) minus (within low); empty rings are left out."""
    zones = []
    for low, high in bands:
        ring = within[high] if low == 0 or within[low].isEmpty() else _polygonal(within[high].difference(within[low]))
        if not ring.isEmpty() and ring.area() > 0:
            zones.append(_Zone(region_id, low, high, ring))
    return zones


def _region_borders(lines, selection):
    """{selected region: (its border lines dissolved, [its pairs])} for the regions that have a border."""
    borders = {}
    for region_id in selection:
        pairs = [pair for pair in lines if region_id in pair]
        if pairs:
            borders[region_id] = (QgsGeometry.unaryUnion([lines[pair] for pair in pairs]), pairs)
    return borders


def _boundary(polygon):
    return QgsGeometry(polygon.constGet().boundary())


def _parts_of(geometry, geometry_type):
    """The parts of a geometry of one type (GEOS returns collections that mix polygons, lines and points)."""
    if geometry.isNull() or geometry.isEmpty():
        return []
    return [part for part in geometry.asGeometryCollection() if part.type() == geometry_type and not part.isEmpty()]


def _polygonal(geometry):
    parts = _parts_of(geometry, QgsWkbTypes.GeometryType.PolygonGeometry)
    return QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()


def _linear(geometry):
    parts = _parts_of(geometry, QgsWkbTypes.GeometryType.LineGeometry)
    return QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()


def _polylines(geometry):
    """The vertex lists of a (multi)line geometry."""
    return [part.asPolyline() for part in _parts_of(geometry, QgsWkbTypes.GeometryType.LineGeometry)]


def _prepared(geometry):
    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    return engine


def _on_edge(network, edge, fraction):
    a, b = network.seg_a[edge], network.seg_b[edge]
    point = a + (b - a) * fraction
    return QgsPointXY(float(point[0]), float(point[1]))

