"""strukturbild:ruraltypology — Glesbygdsverket/Tillväxtverket-style classes from travel time to tätorter:
'tatort', 'tatortsnara_landsbygd' (≤ MINUTES to a tätort larger than TOWN_SIZE), 'glesbygd' (farther), and the
share of the population in each class per area of an optional AREAS layer.

Reuses strukturbild:traveltime's roads and points (or its straight-line estimate without a network);
the classes are methods.typology.
"""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.i18n import format_number
from ...strukturbild_plugin.library import StyleLibrary
from .. import checks
from ..base import containing_polygon, graduated_renderer, spatial_index, styled_output
from .traveltime import TravelTime, _number


class RuralTypology(TravelTime):
    ALGORITHM_ID = "ruraltypology"
    GROUP_ID = "accessibility"

    INPUT = "INPUT"
    POPULATION_FIELD = "POPULATION_FIELD"
    TATORTER = "TATORTER"
    TATORT_POPULATION_FIELD = "TATORT_POPULATION_FIELD"
    TOWN_SIZE = "TOWN_SIZE"
    MINUTES = "MINUTES"
    AREAS = "AREAS"
    OUTPUT_AREAS = "OUTPUT_AREAS"

    def displayName(self):
        return self.tr("Rural typology (tätort, tätortsnära landsbygd, glesbygd)")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Classes grid cells or areas as Glesbygdsverket and Tillväxtverket do: 'tatort' inside a tätort "
                    "with more than 3,000 inhabitants, 'tatortsnara_landsbygd' within 45 minutes by car of such a "
                    "tätort, 'glesbygd' farther away. Both thresholds can be changed."),
            [(self.INPUT, self.tr("polygons (placed by their point on surface) or points, e.g. a population "
                                  "grid.")),
             (self.POPULATION_FIELD, self.tr("the population of each cell, for the shares per area; empty: each "
                                             "cell counts 1.")),
             (self.TATORTER, self.tr("SCB's tätorter as polygons (a cell is inside when its point on surface is) or "
                                     "as points (the cell or area that contains the point counts as tätort).")),
             (self.TATORT_POPULATION_FIELD, self.tr("the inhabitants of each tätort.")),
             (self.NETWORK, self.tr("the roads for the travel time by car, read as in 'Travel time and "
                                    "accessibility'. Empty: the straight-line estimate (see the detour factor), "
                                    "marked in access_method.")),
             (self.AREAS, self.tr("areas such as kommuner or border zones: the share of the population in each "
                                  "class per area is written to the areas output.")),
             (self.TOWN_SIZE, self.tr("only tätorter larger than this count (3,000 in the national typology).")),
             (self.MINUTES, self.tr("cells within this time by car of such a tätort are 'tatortsnara_landsbygd' (45 "
                                    "in the national typology).")),
             *[entry for entry in self.road_help() if entry[0] != self.NETWORK],
             (self.OUTPUT, self.tr("the cells or areas with klass, time_min (to the nearest tätort large enough), "
                                   "access_method and strukturbild_typ, so that the layer draws as landsbygdstypologi "
                                   "in a strukturbild map.")),
             (self.OUTPUT_AREAS, self.tr("the areas with share_tatort, share_tatortsnara_landsbygd and "
                                         "share_glesbygd."))])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Grid cells or areas to classify (polygons or points)"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (for the shares)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TATORTER, self.tr("Tätorter (polygons or points)"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.TATORT_POPULATION_FIELD, self.tr("Tätort population field"), parentLayerParameterName=self.TATORTER,
            type=QgsProcessingParameterField.DataType.Numeric))
        self.add_network_parameter(self.tr("Road network (lines; empty: straight-line estimate)"), optional=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Areas for population shares (kommuner, border zones)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOWN_SIZE, self.tr("Tätorter larger than (inhabitants)"), QgsProcessingParameterNumber.Type.Integer,
            3000, False, 0, checks.MAX_PEOPLE))
        self.addParameter(QgsProcessingParameterNumber(
            self.MINUTES, self.tr("Tätortsnära within (minutes by car)"), QgsProcessingParameterNumber.Type.Double,
            45.0, False, 0.0, checks.MAX_MINUTES))
        self.add_road_settings(default_speed=70.0)
        self.add_snap_parameters(max_snap=5000.0)
        self.add_detour_parameter()
        self.mark_advanced(self.ONEWAY_FIELD, self.TOLERANCE, self.ACCESS_SPEED, self.MAX_SNAP)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Classified cells or areas")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_AREAS, self.tr("Areas with population shares per class"),
            QgsProcessing.SourceType.TypeVectorPolygon, optional=True, createByDefault=False))

    def process(self, parameters, context, feedback):
        import numpy as np

        from ..methods import estimate, typology
        from ..methods import network as method

        checks.require_finite_numbers(self, parameters, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        tatorter_source = self.parameterAsSource(parameters, self.TATORTER, context)
        network_source = self.parameterAsSource(parameters, self.NETWORK, context)
        town_size = self.parameterAsInt(parameters, self.TOWN_SIZE, context)
        minutes = self.parameterAsDouble(parameters, self.MINUTES, context)
        pop_field = self.parameterAsString(parameters, self.TATORT_POPULATION_FIELD, context)
        reference = network_source if network_source is not None else source
        crs = self.metric_crs(reference, feedback)
        self.require_projected(crs, self.tr("The working CRS"))

        cells, cell_xy = self._points(source, crs, context)
        towns = [f for f in tatorter_source.getFeatures() if _number(f[pop_field]) > town_size]
        if not towns:
            raise QgsProcessingException(self.tr("No tätort in '{layer}' has more than {n} inhabitants in '{field}'.")
                                         .format(layer=tatorter_source.sourceName(), n=town_size, field=pop_field))
        transform = QgsCoordinateTransform(tatorter_source.sourceCrs(), crs, context.transformContext())
        town_geometries = []
        for town in towns:
            geometry = QgsGeometry(town.geometry())
            geometry.transform(transform)
            town_geometries.append(geometry)
        town_xy = np.array([[g.pointOnSurface().asPoint().x(), g.pointOnSurface().asPoint().y()]
                            for g in town_geometries])
        inside = self._inside(source, crs, context, cells, town_geometries)
        feedback.setProgress(20)

        if network_source is None:
            detour = self.parameterAsDouble(parameters, self.DETOUR_FACTOR, context)
            speed = self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context)
            known = np.isfinite(cell_xy).all(axis=1)
            time = np.full(len(cells), np.nan)
            time[known], _ = estimate.nearest(cell_xy[known], town_xy, detour, speed)
            method_text = self.tr("estimate: straight line × {f} at {v} km/h").format(f=format_number(detour),
                                                                                       v=format_number(speed))
            feedback.pushWarning(self.tr("No road network: travel times are an estimate ({text}).")
                                 .format(text=method_text))
        else:
            network = self._network(parameters, context, network_source, crs, feedback)
            max_snap = self.parameterAsDouble(parameters, self.MAX_SNAP, context)
            access = self.parameterAsDouble(parameters, self.ACCESS_SPEED, context)
            origins, destinations = self._attach(network, cell_xy, town_xy, max_snap, access, feedback)
            if not destinations.attached.any():
                raise QgsProcessingException(self.tr("No tätort lies near enough to the road network."))
            times = method.travel_times(network, origins, destinations)
            time = times.time_min
            if len(origins.unattached):
                feedback.pushWarning(self.tr("{n} cell(s) are farther than {m:g} m from the road network: they "
                                             "have no travel time and are classed as glesbygd unless inside a "
                                             "tätort.").format(
                    n=len(origins.unattached), m=max_snap))
            method_text = self.tr("road network")
        classes = typology.classify(inside, time, minutes)
        feedback.setProgress(80)

        fields = QgsFields(source.fields())
        for name, kind in (("klass", QVariant.String), ("time_min", QVariant.Double),
                           ("access_method", QVariant.String), ("strukturbild_typ", QVariant.String)):
            if fields.indexOf(name) >= 0:
                raise QgsProcessingException(self.tr("The input already has a field '{field}'; rename it first.")
                                             .format(field=name))
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for k, feature in enumerate(cells):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + [
                str(classes[k]), float(time[k]) if np.isfinite(time[k]) else None, method_text,
                "landsbygdstypologi"])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink  # closed, so that its style can be saved with it
        styled_output(context, dest_id, lambda layer: StyleLibrary().apply_style(layer, "landsbygdstypologi"))
        results = {self.OUTPUT: dest_id}
        counts = {name: int(np.count_nonzero(classes == name)) for name in typology.CLASSES}
        feedback.pushInfo(self.tr("{cells} cells or areas: tätort {t}, tätortsnära landsbygd {n}, glesbygd {g} "
                                  "({method}).").format(cells=len(cells), t=counts["tatort"],
                                                         n=counts["tatortsnara_landsbygd"], g=counts["glesbygd"],
                                                         method=method_text))
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        if areas is not None and parameters.get(self.OUTPUT_AREAS) is not None:
            population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
            population = np.array([_number(f[population_field]) if population_field else 1.0 for f in cells])
            results[self.OUTPUT_AREAS] = self._area_shares(parameters, context, areas, crs, cell_xy, classes,
                                                           population)
        return results

    def _inside(self, source, crs, context, cells, town_geometries):
        """True for cells inside a tätort polygon, or containing a tätort point."""
        import numpy as np

        inside = np.zeros(len(cells), dtype=bool)
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        points = [g for g in town_geometries if g.type() == QgsWkbTypes.GeometryType.PointGeometry]
        polygons = [g for g in town_geometries if g.type() == QgsWkbTypes.GeometryType.PolygonGeometry]
        polygon_index = spatial_index(polygons)
        point_index = spatial_index(points)
        for k, feature in enumerate(cells):
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry.transform(transform)
            anchor = geometry.pointOnSurface()
            for j in polygon_index.intersects(anchor.boundingBox()):
                if polygons[j].contains(anchor):
                    inside[k] = True
                    break
            if not inside[k] and points and geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
                inside[k] = any(geometry.contains(points[j]) for j in point_index.intersects(geometry.boundingBox()))
        return inside

    def _area_shares(self, parameters, context, areas, crs, cell_xy, classes, population):
        import numpy as np

        from ..methods import typology

        transform = QgsCoordinateTransform(areas.sourceCrs(), crs, context.transformContext())
        units = []
        for feature in areas.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(transform)
            units.append((feature, geometry))
        positions = containing_polygon(cell_xy, [geometry for _, geometry in units])
        labels = np.array([int(j) if j >= 0 else None for j in positions], dtype=object)
        shares = typology.population_shares(classes, population, labels)
        fields = QgsFields(areas.fields())
        for name in typology.CLASSES:
            fields.append(make_field(f"share_{name}", "real"))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_AREAS, context, fields,
                                             QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_AREAS))
        for j, (feature, geometry) in enumerate(units):
            out = QgsFeature(fields)
            geometry.convertToMultiType()
            out.setGeometry(geometry)
            values = shares.get(j)
            out.setAttributes(feature.attributes() + [values[name] if values else None for name in typology.CLASSES])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink
        styled_output(context, dest_id, lambda layer: layer.setRenderer(
            graduated_renderer(layer, "share_glesbygd", ("#f7fcf5", "#00441b"))))
        return dest_id
