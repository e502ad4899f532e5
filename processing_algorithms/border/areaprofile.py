"""strukturbild:areaprofile — a profile of chosen areas (border zones, kommuner): population, density, the share in
each rural-typology class, travel time to the nearest tätort of given sizes, services within a time and the
cross-border commuting share; as a layer and an HTML report with charts comparing the areas.

A thin adapter: every layer is read into one projected working CRS (TARGET_CRS, default the first projected CRS of
the inputs: Sweden 3006, Finland 3067 and Norway 25833 combine; nothing is measured in degrees), population units
are placed in areas by their point (a polygon by its point on surface), travel times come from methods.network
(or methods.estimate without a road network) with the road parameters of 'Travel time and accessibility', and the
aggregation is methods.areaprofile. The report is areaprofile_report.

Cancel: every number and the report are computed before any output is opened, so a cancelled run writes nothing.
"""

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPoint,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.i18n import format_number, format_percent
from .. import checks
from ..accessibility.traveltime import TravelTime, _number, _plain
from ..base import (
    AtomicOutputFile,
    ProgressRange,
    error_message,
    graduated_renderer,
    spatial_index,
    step,
    styled_output,
)
from ..methods.progress import Cancelled

SAME_PLACE_M = 1.0  # a population point this close to a tätort point is that tätort (rounding, reprojection)


class AreaProfile(TravelTime):
    ALGORITHM_ID = "areaprofile"
    GROUP_ID = "border"

    AREAS = "AREAS"
    AREA_ID_FIELD = "AREA_ID_FIELD"
    POPULATION = "POPULATION"
    POPULATION_FIELD = "POPULATION_FIELD"
    TATORTER = "TATORTER"
    TATORT_POPULATION_FIELD = "TATORT_POPULATION_FIELD"
    TOWN_SIZES = "TOWN_SIZES"
    MINUTES = "MINUTES"
    SERVICES = "SERVICES"
    COMMUTING = "COMMUTING"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    def displayName(self):
        return self.tr("Area profile")

    def tags(self):
        return self.tr("profile,områdesprofil,population,density,rural typology,landsbygd,glesbygd,tätort,services,"
                       "border,gränsbygd,commuting,report").split(",")

    def shortHelpString(self):
        return self.help_text(
            self.tr("A profile of chosen areas (border zones, kommuner, any polygons) side by side: population, "
                    "density, the share of the population in each rural-typology class, travel time to the nearest "
                    "tätort of given sizes, the number of services within a time, and the cross-border commuting "
                    "share; as a layer and an HTML report with charts comparing the areas."),
            [(self.AREAS, self.tr("the polygons to profile. Features without a geometry are left out with a "
                                  "warning.")),
             (self.AREA_ID_FIELD, self.tr("the label of each area in the output and the report, e.g. the field zon "
                                          "of 'Border zones'; empty: the feature id.")),
             (self.POPULATION, self.tr("points or polygons (grid cells, DeSO, tätort points). A unit counts wholly "
                                       "in the area that contains its point; a polygon is placed by its point on "
                                       "surface, not split by area, so use small units (grid cells) for areas that "
                                       "cut through them. A unit in overlapping areas counts in each; units in no "
                                       "area are left out.")),
             (self.POPULATION_FIELD, self.tr("the inhabitants of each unit; empty: 1 per feature.")),
             (self.TATORTER, self.tr("SCB's tätorter as points or polygons.")),
             (self.TATORT_POPULATION_FIELD, self.tr("the inhabitants of each tätort.")),
             (self.SERVICES, self.tr("points such as shops or schools: services_within is the population-weighted "
                                     "mean number of services within the time below.")),
             (self.COMMUTING, self.tr("zones with the numeric fields out_total and out_cross, e.g. the table of "
                                      "'Border flows and border effect' joined to the zone polygons: cross_share = "
                                      "Σ out_cross / Σ out_total over the zones whose point on surface lies in the "
                                      "area.")),
             (self.NETWORK, self.tr("the roads for every travel time, read as in 'Travel time and accessibility'. "
                                    "Empty: the times are estimated from the straight-line distance (see the detour "
                                    "factor), and access_method and the report say so. Units off the network or "
                                    "that reach no such tätort are left out of the means, with a warning.")),
             (self.TOWN_SIZES, self.tr("tätort sizes in inhabitants, separated by commas (default 3000,10000,50000): "
                                       "per size the population-weighted mean travel time to the nearest tätort "
                                       "larger than that size (time_3000, time_10000, …). The first size is the "
                                       "rural typology's: a unit inside a tätort polygon larger than it (with tätort "
                                       "points: a cell that contains one, or a point at the tätort point) is "
                                       "'tatort', within the time below of one 'tatortsnara_landsbygd', else "
                                       "'glesbygd' (as in 'Rural typology'). A list that cannot be read is refused "
                                       "when the parameters are checked, before the run.")),
             (self.MINUTES, self.tr("the time by car that makes a unit 'tatortsnara_landsbygd'.")),
             (self.THRESHOLD, self.tr("the time within which services are counted.")),
             (self.TARGET_CRS, self.tr("the projected CRS in which everything is measured and the output is "
                                       "written; empty: the first projected CRS of the inputs (layers in Swedish, "
                                       "Finnish and Norwegian CRSs combine). Nothing is measured in degrees.")),
             *[entry for entry in self.road_help() if entry[0] != self.NETWORK],
             (self.OUTPUT, self.tr("the areas with area_id, population, area_km2, density (per km²), "
                                   "share_tatort, share_tatortsnara_landsbygd and share_glesbygd (shares of the "
                                   "area's population), the times, services_within, cross_share and access_method; "
                                   "undefined values (e.g. shares of an area without population) are NULL.")),
             (self.OUTPUT_REPORT, self.tr("an HTML file with the table and bar charts comparing the areas."))])

    def initAlgorithm(self, config=None):
        polygon, point = QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas to profile (polygons: border zones, kommuner)"), [polygon]))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_ID_FIELD, self.tr("Area label field (empty: feature id)"), parentLayerParameterName=self.AREAS,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POPULATION, self.tr("Population (points or polygons: grid cells, tätort points)"), [point, polygon]))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (empty: 1 per feature)"),
            parentLayerParameterName=self.POPULATION, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TATORTER, self.tr("Tätorter (points or polygons)"), [point, polygon]))
        self.addParameter(QgsProcessingParameterField(
            self.TATORT_POPULATION_FIELD, self.tr("Tätort population field"), parentLayerParameterName=self.TATORTER,
            type=QgsProcessingParameterField.DataType.Numeric))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SERVICES, self.tr("Services (points)"), [point], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUTING, self.tr("Commuting zones (with out_total and out_cross)"),
            [QgsProcessing.SourceType.TypeVector], optional=True))
        self.add_network_parameter(self.tr("Road network (lines; empty: straight-line estimate)"), optional=True)
        self.addParameter(QgsProcessingParameterString(
            self.TOWN_SIZES, self.tr("Tätort sizes (comma-separated inhabitants; the first is the typology's)"),
            defaultValue="3000,10000,50000"))
        self.addParameter(QgsProcessingParameterNumber(
            self.MINUTES, self.tr("Tätortsnära within (minutes by car)"), QgsProcessingParameterNumber.Type.Double,
            45.0, False, 0.0, checks.MAX_MINUTES))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr("Services within (minutes)"), QgsProcessingParameterNumber.Type.Double, 30.0,
            False, 0.0, checks.MAX_MINUTES))
        self.addParameter(QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Working CRS (projected; empty: the first projected CRS of the inputs)"),
            optional=True))
        self.add_road_settings(default_speed=70.0)
        self.add_snap_parameters(max_snap=5000.0)
        self.add_detour_parameter()
        self.mark_advanced(self.ONEWAY_FIELD, self.TOLERANCE, self.ACCESS_SPEED, self.MAX_SNAP)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Area profiles"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        for name, text in (("N_AREAS", self.tr("Areas")), ("POPULATION", self.tr("Population in the areas"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    # -- the run ----------------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        import numpy as np

        from ..methods import areaprofile as method

        sizes = self._town_sizes(parameters, context)
        minutes = self.parameterAsDouble(parameters, self.MINUTES, context)
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        areas_source = self._source(parameters, context, self.AREAS)
        population_source = self._source(parameters, context, self.POPULATION)
        tatorter_source = self._source(parameters, context, self.TATORTER)
        services_source = self.parameterAsSource(parameters, self.SERVICES, context)
        commuting_source = self.parameterAsSource(parameters, self.COMMUTING, context)
        network_source = self.parameterAsSource(parameters, self.NETWORK, context)
        id_field = self._field(parameters, context, self.AREA_ID_FIELD, areas_source, self.tr("area label"))
        population_field = self._field(parameters, context, self.POPULATION_FIELD, population_source,
                                       self.tr("population"))
        town_field = self._field(parameters, context, self.TATORT_POPULATION_FIELD, tatorter_source,
                                 self.tr("tätort population"))
        if not town_field:
            raise QgsProcessingException(self.tr("Name the tätort population field (TATORT_POPULATION_FIELD)."))
        if commuting_source is not None:
            self._check_commuting(commuting_source)
        inputs = [areas_source, population_source, tatorter_source, services_source, commuting_source, network_source]
        crs = self.choose_working_crs(parameters, context, inputs, feedback)
        step(feedback, 2)

        labels, area_geometries = self._read_areas(areas_source, id_field, crs, context, feedback)
        area_km2 = np.array([geometry.area() / 1e6 for geometry in area_geometries])
        units, unit_xy = self._points(population_source, crs, context)
        population = self._population_values(units, population_field, population_source, feedback)
        unit_of, area_of = self._memberships(unit_xy, area_geometries, feedback)
        if not len(unit_of):
            raise QgsProcessingException(self.tr(
                "No feature of the population layer '{population}' lies in any area of '{areas}': check that the "
                "layers cover the same place and that their CRSs are set right.").format(
                population=population_source.sourceName(), areas=areas_source.sourceName()))
        placed = np.unique(unit_of)  # the units that lie in some area: the only ones whose times are needed
        outside = len(units) - len(placed)
        if outside:
            feedback.pushInfo(self.tr("{n} of {total} population feature(s) lie in no area and are left out "
                                      "({pop} inhabitants).").format(
                n=outside, total=len(units), pop=format_number(population.sum() - population[placed].sum(), 0)))
        if not population[placed].sum() > 0:
            raise QgsProcessingException(self.tr(
                "The population features inside the areas have no inhabitants in '{field}' (all 0 or empty): "
                "choose the population field.").format(field=population_field or self.tr("(1 per feature)")))
        step(feedback, 15)

        towns, town_xy, town_population = self._read_towns(tatorter_source, town_field, sizes[0], crs, context)
        inside = self._inside_town(population_source, units, unit_xy, placed, towns, town_xy,
                                   town_population > sizes[0], crs, context, feedback)
        step(feedback, 20)
        times, services_within, method_text, no_town = self._accessibility(
            parameters, context, network_source, crs, unit_xy, placed, town_xy, town_population, sizes,
            services_source, threshold, feedback)
        step(feedback, 85)

        commuting = None
        if commuting_source is not None:
            commuting = self._commuting(commuting_source, crs, context, area_geometries, feedback)
        result = method.profile(area_km2, unit_of, area_of, population, inside, times, minutes,
                                services_within=services_within, commuting=commuting)
        for size in sizes:
            missing = float(result.time_missing[size].sum())
            if missing > 0 and size not in no_town:  # a size without any tätort was reported already
                feedback.pushWarning(self.tr("{pop} inhabitants have no travel time to a tätort larger than "
                                             "{size} (off the road network or in a part of it that reaches "
                                             "none): they are left out of time_{label}.").format(
                    pop=format_number(missing, 0), size=format_number(size), label=method.size_label(size)))
        rows = self._rows(labels, result, sizes, method_text)
        columns = [name for name, _ in self._output_fields(sizes, services_source is not None,
                                                            commuting is not None)]
        report_html = None
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report_path:
            report_html = self._report(parameters, context, rows, columns, sizes, threshold, minutes, method_text,
                                       crs, services_source is not None, commuting is not None, outside,
                                       areas_source, population_source, tatorter_source)
        step(feedback, 95)

        # every number and the report are ready: now the outputs are written
        dest_id = self._write(parameters, context, crs, rows, area_geometries, sizes, services_source is not None,
                              commuting is not None)
        results = {self.OUTPUT: dest_id, "N_AREAS": len(rows),
                   "POPULATION": float(population[placed].sum())}
        if report_path:
            with AtomicOutputFile(report_path) as partial:
                partial.partial.write_text(report_html, encoding="utf-8")
                results[self.OUTPUT_REPORT] = partial.commit()
        first = f"time_{method.size_label(sizes[0])}"
        for row in rows:
            feedback.pushInfo(self.tr("{id}: population {pop}, density {density} per km², glesbygd {g}, "
                                      "{time} min to the nearest tätort > {size}.").format(
                id=row["area_id"], pop=format_number(row["population"], 0),
                density=_text(row["density"], lambda v: format_number(v, 1)),
                g=_text(row["share_glesbygd"], lambda v: format_percent(v, 0)),
                time=_text(row[first], lambda v: format_number(v, 1)), size=format_number(sizes[0])))
        feedback.pushInfo(self.tr("{n} area(s), {pop} inhabitants in all ({method}).").format(
            n=len(rows), pop=format_number(results["POPULATION"], 0), method=method_text))
        feedback.setProgress(100)
        return results

    # -- parameters and reading -------------------------------------------------------------------------------

    def checkParameterValues(self, parameters, context):
        """TOWN_SIZES is read as the run reads it, so that a list that cannot be read is refused in the dialog."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self._town_sizes(parameters, context)
        except QgsProcessingException as error:
            return False, error_message(error)
        return True, message

    def _town_sizes(self, parameters, context):
        from ..methods import areaprofile as method

        text = self.parameterAsString(parameters, self.TOWN_SIZES, context)
        try:
            return method.parse_town_sizes(text)
        except method.TownSizeError as error:
            if error.reason == "empty":
                message = self.tr("TOWN_SIZES holds no size: give tätort sizes separated by commas, e.g. "
                                  "3000,10000,50000.")
            elif error.reason == "negative":
                message = self.tr("TOWN_SIZES must be numbers of inhabitants, 0 or more (got '{text}').").format(
                    text=text)
            elif error.reason == "too_large":
                message = self.tr("TOWN_SIZES must be at most {most:,} inhabitants, larger than any city (got "
                                  "'{text}').").format(most=method.MAX_TOWN_SIZE, text=text)
            else:
                message = self.tr("TOWN_SIZES must be numbers separated by commas, e.g. 3000,10000,50000 (got "
                                  "'{text}').").format(text=text)
            raise QgsProcessingException(message)

    def _source(self, parameters, context, name):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def _field(self, parameters, context, name, source, role):
        field = (self.parameterAsString(parameters, name, context) or "").strip()
        if field and source.fields().indexOf(field) < 0:
            raise QgsProcessingException(self.tr(
                "The layer '{layer}' has no field '{field}' for the {role} ({parameter}); its fields are: {fields}.")
                .format(layer=source.sourceName(), field=field, role=role, parameter=name,
                        fields=", ".join(source.fields().names())))
        return field

    def _check_commuting(self, source):
        missing = [name for name in ("out_total", "out_cross") if source.fields().indexOf(name) < 0]
        if missing:
            raise QgsProcessingException(self.tr(
                "The commuting layer '{layer}' has no field {fields}: it needs the numeric fields out_total and "
                "out_cross per zone (as in the table of 'Border flows and border effect'); its fields are: "
                "{names}.").format(layer=source.sourceName(), fields=", ".join(f"'{m}'" for m in missing),
                                   names=", ".join(source.fields().names())))
        if QgsWkbTypes.geometryType(source.wkbType()) in (QgsWkbTypes.GeometryType.NullGeometry,
                                                          QgsWkbTypes.GeometryType.UnknownGeometry):
            raise QgsProcessingException(self.tr(
                "The commuting layer '{layer}' has no geometry, so its zones cannot be placed in the areas. Join it "
                "to the zone polygons first (e.g. 'Join attributes by field value' on the zone id) and run again.")
                .format(layer=source.sourceName()))

    def _transform(self, source, crs, context):
        return QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())

    def _read_areas(self, source, id_field, crs, context, feedback):
        """Labels and polygons (working CRS) of the areas with a geometry; duplicated labels get the feature id."""
        transform = self._transform(source, crs, context)
        labels, geometries, skipped, repaired = [], [], [], []
        for feature in source.getFeatures():
            if feedback.isCanceled():
                raise Cancelled()
            value = feature[id_field] if id_field else feature.id()
            label = str(feature.id()) if value is None or str(value) in ("", "NULL") else str(value)
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                skipped.append(label)
                continue
            try:
                geometry.transform(transform)
            except QgsCsException:
                raise QgsProcessingException(self.tr(
                    "Area {id} (feature {fid} of '{layer}') cannot be transformed to {crs}: choose a TARGET_CRS that "
                    "covers all layers.").format(id=label, fid=feature.id(), layer=source.sourceName(),
                                                 crs=crs.authid()))
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
                repaired.append(label)
            labels.append(label)
            geometries.append(geometry)
        if skipped:
            feedback.pushWarning(self.tr("{n} area(s) of '{layer}' have no geometry and were left out: {list}.")
                                 .format(n=len(skipped), layer=source.sourceName(), list=_examples(skipped)))
        if repaired:
            feedback.pushWarning(self.tr("{n} invalid area geometry(ies) were repaired (makeValid): {list}.")
                                 .format(n=len(repaired), list=_examples(repaired)))
        if not geometries:
            raise QgsProcessingException(self.tr("The areas layer '{layer}' has no features with a geometry: choose "
                                                 "a polygon layer with areas (or remove a filter).").format(
                layer=source.sourceName()))
        repeated = {label for label in labels if labels.count(label) > 1}
        if repeated:
            feedback.pushWarning(self.tr("Area labels occur more than once ({list}): they are told apart by the "
                                         "feature number. Choose a unique AREA_ID_FIELD.").format(
                list=_examples(sorted(repeated))))
            seen = {}
            for k, label in enumerate(labels):
                if label in repeated:
                    seen[label] = seen.get(label, 0) + 1
                    labels[k] = f"{label} ({seen[label]})"
        return labels, geometries

    def _population_values(self, units, field, source, feedback):
        import numpy as np

        if not field:
            return np.ones(len(units))
        values = [feature[field] for feature in units]
        empty = sum(1 for value in values if value is None or str(value) == "NULL")
        if empty:
            feedback.pushWarning(self.tr("{n} population feature(s) have no value in '{field}' and count as 0.")
                                 .format(n=empty, field=field))
        population = np.array([_number(value) for value in values], dtype=float)
        if (population < 0).any():
            raise QgsProcessingException(self.tr(
                "The population layer '{layer}' has negative values in '{field}' ({n} features): a population "
                "cannot be negative.").format(layer=source.sourceName(), field=field,
                                               n=int((population < 0).sum())))
        return population

    def _memberships(self, xy, polygons, feedback):
        """(unit, area) pairs: every area whose polygon contains the unit's point (prepared geometry per area)."""
        import numpy as np

        pairs_unit, pairs_area = [], []
        known = np.isfinite(xy).all(axis=1)
        for j, polygon in enumerate(polygons):
            if feedback.isCanceled():
                raise Cancelled()
            box = polygon.boundingBox()
            candidates = np.flatnonzero(known & (xy[:, 0] >= box.xMinimum()) & (xy[:, 0] <= box.xMaximum())
                                        & (xy[:, 1] >= box.yMinimum()) & (xy[:, 1] <= box.yMaximum()))
            if not len(candidates):
                continue
            engine = QgsGeometry.createGeometryEngine(polygon.constGet())
            engine.prepareGeometry()
            inside = [k for k in candidates if engine.contains(QgsPoint(float(xy[k, 0]), float(xy[k, 1])))]
            pairs_unit += inside
            pairs_area += [j] * len(inside)
        return np.asarray(pairs_unit, dtype=np.int64), np.asarray(pairs_area, dtype=np.int64)

    def _read_towns(self, source, field, first_size, crs, context):
        """Tätort geometries (working CRS), their points (a polygon's point on surface) and populations."""
        import numpy as np

        transform = self._transform(source, crs, context)
        geometries, xy, population = [], [], []
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry.transform(transform)
            anchor = geometry.pointOnSurface() if geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry \
                else QgsGeometry(geometry.vertexAt(0))
            point = anchor.asPoint()
            geometries.append(geometry)
            xy.append((point.x(), point.y()))
            population.append(_number(feature[field]))
        population = np.asarray(population, dtype=float)
        if not (population > first_size).any():
            raise QgsProcessingException(self.tr(
                "No tätort in '{layer}' has more than {n} inhabitants in '{field}' (the first of TOWN_SIZES, "
                "which the rural typology needs).").format(layer=source.sourceName(), n=format_number(first_size),
                                                           field=field))
        return geometries, np.asarray(xy, dtype=float).reshape(-1, 2), population

    def _inside_town(self, source, units, unit_xy, placed, towns, town_xy, large, crs, context, feedback):
        """Per unit: inside a large tätort polygon (by its point), or holding a large tätort point (a cell that
        contains one, or a population point at the same place)."""
        import numpy as np

        from ..methods import areaprofile as method

        inside = np.zeros(len(units), dtype=bool)
        is_point = np.array([g.type() == QgsWkbTypes.GeometryType.PointGeometry for g in towns], dtype=bool)
        polygons = [g for g, keep in zip(towns, large & ~is_point) if keep]
        points = town_xy[large & is_point]
        if polygons:
            index = spatial_index(polygons)
            for k in placed:
                if feedback.isCanceled():
                    raise Cancelled()
                anchor = QgsGeometry.fromPointXY(_point_xy(unit_xy[k]))
                inside[k] = any(polygons[j].contains(anchor) for j in index.intersects(anchor.boundingBox()))
        if len(points):
            unit_is_polygon = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
            if not unit_is_polygon:
                inside[placed] |= method.coincident(unit_xy[placed], points, SAME_PLACE_M)
            else:
                transform = self._transform(source, crs, context)
                point_geometries = [QgsGeometry.fromPointXY(_point_xy(p)) for p in points]
                index = spatial_index(point_geometries)
                for k in placed:
                    if feedback.isCanceled():
                        raise Cancelled()
                    if inside[k]:
                        continue
                    cell = QgsGeometry(units[k].geometry())
                    cell.transform(transform)
                    inside[k] = any(cell.contains(point_geometries[j]) for j in index.intersects(cell.boundingBox()))
        return inside

    # -- travel times -----------------------------------------------------------------------------------------

    def _accessibility(self, parameters, context, network_source, crs, unit_xy, placed, town_xy, town_population,
                       sizes, services_source, threshold, feedback):
        """{size: minutes per unit to the nearest larger tätort}, services within the threshold per unit (or None),
        the access-method text and the sizes without a reachable tätort. Only the units in some area are computed
        (NaN elsewhere)."""
        import numpy as np

        from ..methods import estimate
        from ..methods import network as method

        xy = unit_xy[placed]
        service_xy = None
        if services_source is not None:
            _, service_xy = self._points(services_source, crs, context)
            service_xy = service_xy[np.isfinite(service_xy).all(axis=1)]
            if not len(service_xy):
                feedback.pushWarning(self.tr("The services layer '{layer}' has no features: services_within is 0.")
                                     .format(layer=services_source.sourceName()))
        times = {size: np.full(len(unit_xy), np.nan) for size in sizes}
        services = np.full(len(unit_xy), np.nan) if services_source is not None else None
        steps = len(sizes) + (1 if services is not None else 0)
        no_town = set()
        if network_source is None:
            detour = self.parameterAsDouble(parameters, self.DETOUR_FACTOR, context)
            speed = self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context)
            method_text = self.tr("estimate: straight line × {f} at {v} km/h").format(f=format_number(detour),
                                                                                       v=format_number(speed))
            feedback.pushWarning(self.tr("No road network: travel times are an estimate ({text}).")
                                 .format(text=method_text))
            known = np.isfinite(xy).all(axis=1)
            for number, size in enumerate(sizes):
                step(feedback, 20 + 60 * number / steps)
                keep = town_population > size
                if self._no_town(keep, size, feedback):
                    no_town.add(size)
                    continue
                minutes = np.full(len(xy), np.nan)
                minutes[known], _ = estimate.nearest(xy[known], town_xy[keep], detour, speed)
                times[size][placed] = minutes
            if services is not None:
                within = np.zeros(len(xy))
                if len(service_xy):
                    within[known] = estimate.opportunities(
                        xy[known], service_xy, np.ones(len(service_xy)), threshold, detour, speed,
                        feedback=ProgressRange(feedback, 20 + 60 * len(sizes) / steps, 80))
                within[~known] = np.nan
                services[placed] = within
            return times, services, method_text, no_town

        network = self._network(parameters, context, network_source, crs, feedback)
        max_snap = self.parameterAsDouble(parameters, self.MAX_SNAP, context)
        access = self.parameterAsDouble(parameters, self.ACCESS_SPEED, context)
        origins, towns = self._attach(network, xy, town_xy, max_snap, access, feedback)
        if len(origins.unattached):
            feedback.pushWarning(self.tr("{n} population feature(s) in the areas are farther than {m} m from the "
                                         "road network: they have no travel time (left out of the means) and are "
                                         "glesbygd unless inside a tätort.").format(n=len(origins.unattached),
                                                                                  m=format_number(max_snap)))
        far_towns = int((~towns.attached & (town_population > sizes[0])).sum())
        if far_towns:
            feedback.pushWarning(self.tr("{n} tätort(er) larger than {size} are farther than {m} m from the "
                                         "road network and were left out.").format(
                n=far_towns, size=format_number(sizes[0]), m=format_number(max_snap)))
        for number, size in enumerate(sizes):
            keep = town_population > size
            if self._no_town(keep, size, feedback):
                no_town.add(size)
                continue
            destinations = method.subset(towns, keep)
            if not destinations.attached.any():
                feedback.pushWarning(self.tr("No tätort larger than {size} lies within {m} m of the road "
                                             "network: that time is NULL.").format(size=format_number(size),
                                                                                  m=format_number(max_snap)))
                no_town.add(size)
                continue
            part = ProgressRange(feedback, 20 + 60 * number / steps, 20 + 60 * (number + 1) / steps)
            times[size][placed] = method.travel_times(network, origins, destinations, feedback=part).time_min
        if services is not None:
            within = np.where(origins.attached, 0.0, np.nan)
            if len(service_xy):
                points = method.attach_points(network, service_xy, max_snap, access)
                if len(points.unattached):
                    feedback.pushWarning(self.tr("{n} service(s) are farther than {m} m from the road network and "
                                                 "were left out.").format(n=len(points.unattached),
                                                                          m=format_number(max_snap)))
                within = method.opportunities(network, origins, points, np.ones(len(service_xy)), threshold,
                                              feedback=ProgressRange(feedback, 20 + 60 * len(sizes) / steps, 80))
            services[placed] = within
        return times, services, self.tr("road network"), no_town

    def _no_town(self, keep, size, feedback):
        if keep.any():
            return False
        feedback.pushWarning(self.tr("No tätort has more than {size} inhabitants: that time is NULL.")
                             .format(size=format_number(size)))
        return True

    def _commuting(self, source, crs, context, polygons, feedback):
        import numpy as np

        zones, xy = self._points(source, crs, context)
        out_total = np.array([_number(zone["out_total"]) for zone in zones], dtype=float)
        out_cross = np.array([_number(zone["out_cross"]) for zone in zones], dtype=float)
        zone_of, area_of = self._memberships(xy, polygons, feedback)
        if not len(zone_of):
            feedback.pushWarning(self.tr("No zone of the commuting layer '{layer}' lies in any area: cross_share is "
                                         "NULL.").format(layer=source.sourceName()))
        return zone_of, area_of, out_total, out_cross

    # -- output -----------------------------------------------------------------------------------------------

    @staticmethod
    def _output_fields(sizes, services, commuting):
        from ..methods import areaprofile as method
        from ..methods import typology

        fields = [("area_id", QVariant.String), ("population", QVariant.Double), ("area_km2", QVariant.Double),
                  ("density", QVariant.Double)]
        fields += [(f"share_{name}", QVariant.Double) for name in typology.CLASSES]
        fields += [(f"time_{method.size_label(size)}", QVariant.Double) for size in sizes]
        if services:
            fields.append(("services_within", QVariant.Double))
        if commuting:
            fields.append(("cross_share", QVariant.Double))
        return fields + [("access_method", QVariant.String)]

    @staticmethod
    def _rows(labels, result, sizes, method_text):
        from ..methods import areaprofile as method
        from ..methods import typology

        rows = []
        for j, label in enumerate(labels):
            row = {"area_id": label, "population": float(result.population[j]),
                   "area_km2": float(result.area_km2[j]), "density": _plain(result.density[j])}
            row.update({f"share_{name}": _plain(result.shares[name][j]) for name in typology.CLASSES})
            row.update({f"time_{method.size_label(size)}": _plain(result.times[size][j]) for size in sizes})
            if result.services_within is not None:
                row["services_within"] = _plain(result.services_within[j])
            if result.cross_share is not None:
                row["cross_share"] = _plain(result.cross_share[j])
            row["access_method"] = method_text
            rows.append(row)
        return rows

    def _report(self, parameters, context, rows, columns, sizes, threshold, minutes, method_text, crs, services,
                commuting, outside, areas_source, population_source, tatorter_source):
        from ...strukturbild_plugin.i18n import user_language
        from ..functional.report import parameter_label
        from ..methods import areaprofile as method
        from .areaprofile_report import build_report, chart_pngs

        language = user_language()
        time_fields = [(size, f"time_{method.size_label(size)}") for size in sizes]
        charts = chart_pngs(rows, time_fields, threshold, services=services, commuting=commuting, language=language)
        notes = [self.tr("Travel times: {method}.").format(method=method_text),
                 self.tr("Population units count wholly in the area that contains their point (a polygon's point on "
                         "surface); {n} unit(s) lie in no area.").format(n=format_number(outside, 0, language)),
                 self.tr("Rural typology: tätort = inside a tätort larger than {size}; tätortsnära landsbygd = "
                         "within {minutes} minutes of one; glesbygd = farther.").format(
                     size=format_number(sizes[0], None, language), minutes=format_number(minutes, None, language)),
                 self.tr("Times and services are population-weighted means; empty cells are undefined (no "
                         "population, or none with a travel time).")]
        parameters_table = [
            (parameter_label(self, self.AREAS), areas_source.sourceName()),
            (parameter_label(self, self.POPULATION), population_source.sourceName()),
            (parameter_label(self, self.TATORTER), tatorter_source.sourceName()),
            (parameter_label(self, self.TOWN_SIZES), "; ".join(format_number(s, None, language) for s in sizes)),
            (parameter_label(self, self.MINUTES), format_number(minutes, None, language)),
            (parameter_label(self, self.THRESHOLD), format_number(threshold, None, language) if services else "-"),
            (self.tr("Travel times"), method_text),
            (parameter_label(self, self.TARGET_CRS), f"{crs.authid()} ({crs.description()})")]
        return build_report(self.tr("Area profile"), parameters_table, columns, rows, charts, notes,
                            language=language, threshold=threshold if services else None, sizes=time_fields)

    def _write(self, parameters, context, crs, rows, geometries, sizes, services, commuting):
        fields = QgsFields()
        spec = self._output_fields(sizes, services, commuting)
        for name, kind in spec:
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for row, geometry in zip(rows, geometries):
            geometry = QgsGeometry(geometry)
            geometry.convertToMultiType()
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes([row.get(name) for name, _ in spec])
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
        del sink  # closed, so that its style can be saved with it
        styled_output(context, dest_id, lambda layer: layer.setRenderer(
            graduated_renderer(layer, "share_glesbygd", ("#f7fcf5", "#00441b"))))
        return dest_id


def _point_xy(xy):
    return QgsPointXY(float(xy[0]), float(xy[1]))


def _text(value, write):
    """A value for a log line written by ``write`` (a number format), "-" when undefined."""
    return "-" if value is None else write(value)


def _examples(items, k=5):
    items = list(items)
    return ", ".join(str(item) for item in items[:k]) + (" …" if len(items) > k else "")
