"""strukturbild:habitatnetwork — a habitat network from patch polygons: connectivity indices (PC, IIC, EC),
every patch's importance (dPC, dIIC and their fractions, Graphab's flux F) and the links between patches.

A thin adapter: patches in, edge-to-edge distances between candidate pairs (spatial index + GEOS), then
methods.connectivity, patches and link lines out.
"""

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qgis.core import (
    QgsClassificationEqualInterval,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.i18n import format_number
from .. import checks
from ..base import (
    LayerStyler,
    ProgressRange,
    StrukturbildAlgorithm,
    graduated_renderer,
    in_metres,
    spatial_index,
    style_on_load,
    unit_name,
    working_crs,
)
from .connectivitytables import IMPORTANCE_FIELDS, OVERALL, DispersalParameters, importance_values, overall_results
from .raster import rasterise, read_grid

if TYPE_CHECKING:  # numpy is imported where an algorithm runs, not when QGIS loads the plugin
    import numpy as np


def _Styler(kind):  # noqa: N802 (kept name: a post-processor for "patches" or "links")
    return LayerStyler(style_patches if kind == "patches" else style_links)


@dataclass
class Network:
    """What strukturbild:habitatnetwork reads before the indices: patches in the working CRS and candidate pairs."""

    source: object
    crs: object
    features: list
    geometries: list
    attributes: "np.ndarray"
    labels: list
    start: "np.ndarray"
    end: "np.ndarray"
    distance: "np.ndarray"
    dispersal: float
    probability: float
    iic_distance: float
    min_probability: float
    landscape_area: object

    def astuple(self):
        return tuple(getattr(self, name) for name in self.__dataclass_fields__)


def style_patches(layer):
    """Patches graduated by dPC (light to dark green)."""
    if layer.featureCount():
        layer.setRenderer(graduated_renderer(layer, "dPC", ("#e5f5e0", "#00441b")))


def style_links(layer):
    """Links graduated by probability: wider and darker for likelier links."""
    if not layer.featureCount():
        return
    renderer = graduated_renderer(layer, "probability", ("#c7e9c0", "#238b45"), 4,
                                  QgsClassificationEqualInterval())
    for k, item in enumerate(renderer.ranges()):
        symbol = item.symbol().clone()
        symbol.setWidth(0.2 + 0.35 * k)
        renderer.updateRangeSymbol(k, symbol)
    layer.setRenderer(renderer)


class HabitatNetwork(DispersalParameters, StrukturbildAlgorithm):
    ALGORITHM_ID = "habitatnetwork"
    GROUP_ID = "green"

    PATCHES = "PATCHES"
    ATTRIBUTE_FIELD = "ATTRIBUTE_FIELD"
    PATCH_ID_FIELD = "PATCH_ID_FIELD"
    MIN_PROBABILITY = "MIN_PROBABILITY"
    LANDSCAPE_AREA = "LANDSCAPE_AREA"
    RESISTANCE = "RESISTANCE"
    OUTPUT_PATCHES = "OUTPUT_PATCHES"
    OUTPUT_LINKS = "OUTPUT_LINKS"

    def displayName(self):
        return self.tr("Habitat network (PC, IIC, EC, patch importance)")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Builds a habitat network from patch polygons (e.g. protected areas or habitat patches) and "
                    "computes the connectivity indices of Conefor: PC and IIC (with a landscape area), their "
                    "numerators and the equivalent connectivity EC, and every patch's importance dPC and dIIC split "
                    "into intra, flux and connector, plus Graphab's flux F."),
            [*self.network_help(),
             (self.OUTPUT_PATCHES, self.tr("the patches with component, degree and the importance fields.")),
             (self.OUTPUT_LINKS, self.tr("the links as lines between the patches' nearest points with distance, "
                                         "probability and on_best_path (the link lies on a best path between some "
                                         "pair of patches)."))])

    def network_help(self):
        """Help entries of the patch and dispersal parameters (shared with strukturbild:greenconflicts)."""
        return [
            (self.PATCHES, self.tr("polygons; distances are edge to edge (0 for touching or overlapping patches) "
                                   "in metres, and a layer in degrees is reprojected to its UTM zone.")),
            (self.ATTRIBUTE_FIELD, self.tr("the habitat value of each patch, e.g. its quality-weighted area; empty: "
                                           "the patch area in hectares.")),
            (self.PATCH_ID_FIELD, self.tr("the patch names in the outputs; empty: the feature id.")),
            (self.RESISTANCE, self.tr("a cost raster in a projected CRS: the distances between patches become "
                                      "least-cost distances over it, in cost units, and so do the dispersal "
                                      "distances below. Empty: straight edge-to-edge distances in metres.")),
            *self.dispersal_help(),
            (self.MIN_PROBABILITY, self.tr("links with a lower probability are dropped (0 keeps every pair); the "
                                           "share of PC this drops is reported.")),
            (self.LANDSCAPE_AREA, self.tr("PC and IIC are divided by its square; empty: only the numerators and "
                                          "EC.")),
        ]

    def initAlgorithm(self, config=None):
        self.add_network_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PATCHES, self.tr("Patches with importance"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINKS, self.tr("Links"), QgsProcessing.SourceType.TypeVectorLine, optional=True,
            createByDefault=True))
        for name, _ in OVERALL:
            self.addOutput(QgsProcessingOutputNumber(name, name))
        self.addOutput(QgsProcessingOutputNumber("DROPPED_PC_SHARE", self.tr("Share of PC dropped by MIN_PROBABILITY")))

    def add_network_parameters(self, *inputs):
        """The patch and dispersal parameters (shared with strukturbild:greenconflicts): the input layers first,
        then ``inputs`` (functions that add more input layers), then the settings."""
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PATCHES, self.tr("Habitat patches (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.ATTRIBUTE_FIELD, self.tr("Attribute field (empty: patch area in ha)"),
            parentLayerParameterName=self.PATCHES, type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.PATCH_ID_FIELD, self.tr("Patch id field (empty: feature id)"), parentLayerParameterName=self.PATCHES,
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RESISTANCE, self.tr("Resistance raster (least-cost distances in cost units instead of metres)"),
            optional=True))
        for add in inputs:
            add()
        self.add_dispersal_parameters()
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_PROBABILITY, self.tr("Drop links with a probability below (0 keeps every pair)"),
            QgsProcessingParameterNumber.Type.Double, 0.001, False, 0.0, 1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.LANDSCAPE_AREA, self.tr("Landscape area (ha; empty: numerators and EC only)"),
            QgsProcessingParameterNumber.Type.Double, None, True, 0.0, checks.MAX_AREA))

    def read_network(self, parameters, context, feedback):
        """Patches, settings and candidate pairs, as a Network (shared with strukturbild:greenconflicts)."""
        source = self.parameterAsSource(parameters, self.PATCHES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PATCHES))
        checks.require_finite_numbers(self, parameters, context)
        checks.require_polygons(source, source.sourceName(), self.tr("habitat patches"))
        attribute_field = self.parameterAsString(parameters, self.ATTRIBUTE_FIELD, context)
        id_field = self.parameterAsString(parameters, self.PATCH_ID_FIELD, context)
        dispersal, probability, iic_distance = self.dispersal_settings(parameters, context)
        min_probability = self.parameterAsDouble(parameters, self.MIN_PROBABILITY, context)
        area = parameters.get(self.LANDSCAPE_AREA)
        area = None if area in (None, "") else self.parameterAsDouble(parameters, self.LANDSCAPE_AREA, context)

        resistance = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context)
        if resistance is not None:
            self.require_projected(resistance.crs(), self.tr("The resistance raster '{name}'").format(
                name=resistance.name()))
            crs = resistance.crs()  # least-cost distances are computed on the raster's grid
        else:
            crs = working_crs(source.sourceCrs(), source.sourceExtent())
        if crs != source.sourceCrs() and not in_metres(source.sourceCrs()):
            feedback.pushWarning(self.tr("The patches are in {crs}, whose unit is {unit}, not metres; distances and "
                                         "areas are computed in {target}, and the outputs are in that CRS.")
                                 .format(crs=source.sourceCrs().authid(), unit=unit_name(source.sourceCrs()),
                                         target=crs.authid()))
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())

        patches = self._read_patches(source, transform, attribute_field, id_field, feedback)
        features, geometries, attributes, labels = patches
        n = len(features)
        # Pairs farther apart than this have p < MIN_PROBABILITY and are not links for PC; IIC needs its own radius.
        pc_radius = math.inf if min_probability <= 0 else dispersal * math.log(min_probability) / math.log(probability)
        radius = max(pc_radius, iic_distance)
        if resistance is not None:
            start, end, distance = self._least_cost_pairs(resistance, geometries, radius, feedback)
            feedback.pushInfo(self.tr("{n} patches, {m} pairs within the cost distance {r} (least-cost distances "
                                      "over '{raster}'; DISTANCE and IIC_DISTANCE are in cost units).").format(
                n=n, m=len(start), r=format_number(radius, 0), raster=resistance.name()))
        else:
            start, end, distance = self._candidate_pairs(geometries, radius, feedback)
            feedback.pushInfo(self.tr("{n} patches, {m} pairs within {r} m.").format(
                n=n, m=len(start), r=format_number(radius, 0)))
        feedback.setProgress(40)
        return Network(source, crs, features, geometries, attributes, labels, start, end, distance, dispersal,
                       probability, iic_distance, min_probability, area)

    def process(self, parameters, context, feedback):
        import numpy as np

        from ..methods import connectivity

        network = self.read_network(parameters, context, feedback)
        (source, crs, features, geometries, attributes, labels, start, end, distance, dispersal, probability,
         iic_distance, min_probability, area) = network.astuple()
        n = len(features)
        with self.engine_for_run(feedback) as engine:  # the setting strukturbild/dask_scheduler, else local
            result = connectivity.connectivity(attributes, start, end, distance, dispersal, probability,
                                               iic_distance=iic_distance, min_probability=min_probability,
                                               landscape_area=area, importances=True,
                                               feedback=ProgressRange(feedback, 40, 85), engine=engine)
        self.warn_iic_left_out(result, feedback)

        patch_fields = QgsFields(source.fields())
        for name in IMPORTANCE_FIELDS:
            if patch_fields.indexOf(name) >= 0:
                raise QgsProcessingException(self.tr("The patch layer already has a field '{field}'; rename it first.")
                                             .format(field=name))
            patch_fields.append(make_field(name, "int" if name in ("component", "degree") else "real"))
        sink, patches_id = self.parameterAsSink(parameters, self.OUTPUT_PATCHES, context, patch_fields,
                                                QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_PATCHES))
        for k, feature in enumerate(features):
            out = QgsFeature(patch_fields)
            geometry = QgsGeometry(geometries[k])
            geometry.convertToMultiType()
            out.setGeometry(geometry)
            out.setAttributes(feature.attributes() + importance_values(result, k))
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        link_fields = QgsFields()
        # strukturbild_typ/samband_typ let the links drop into a strukturbild map as green links: a link longer than
        # the dispersal distance (probability below PROBABILITY) is drawn as a weak green link.
        for name, kind in (("from_id", QVariant.String), ("to_id", QVariant.String), ("distance", QVariant.Double),
                           ("probability", QVariant.Double), ("on_best_path", QVariant.Bool),
                           ("strukturbild_typ", QVariant.String), ("samband_typ", QVariant.String),
                           ("status", QVariant.String)):
            link_fields.append(make_field(name, kind))
        link_sink, links_id = self.optional_sink(parameters, self.OUTPUT_LINKS, context, link_fields,
                                                 QgsWkbTypes.Type.LineString, crs)
        probabilities = np.asarray(result.link_probability, dtype=float)
        on_best = np.asarray(result.on_best_path, dtype=bool) if result.on_best_path is not None else None
        written = 0
        for m in range(len(start)):
            if probabilities[m] < min_probability or probabilities[m] <= 0:
                continue
            if links_id is None:  # counted, but no shapes for links that were not asked for
                written += 1
                continue
            a, b = int(start[m]), int(end[m])
            line = geometries[a].shortestLine(geometries[b])
            out = QgsFeature(link_fields)
            out.setGeometry(line)
            out.setAttributes([labels[a], labels[b], float(distance[m]), float(probabilities[m]),
                               bool(on_best[m]) if on_best is not None else None, "gront_samband",
                               "gront_samband" if probabilities[m] >= probability else "svagt_samband", "befintlig"])
            link_sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            written += 1
            if feedback.isCanceled():
                return {}
        style_on_load(context, patches_id, style_patches)
        style_on_load(context, links_id, style_links)

        results = overall_results(result)
        results["DROPPED_PC_SHARE"] = float(result.dropped_pc_share) if result.dropped_pc_share is not None else None
        results[self.OUTPUT_PATCHES] = patches_id
        results[self.OUTPUT_LINKS] = links_id
        best = labels[int(np.nanargmax(result.dPC))] if result.dPC is not None and n else "-"
        feedback.pushInfo(self.tr("PCnum {pc:.6g}, EC(PC) {ec:.6g} ha, {c} component(s), {links} links; the most "
                                  "important patch by dPC is {best}.").format(
            pc=results["PC_NUM"], ec=results["EC_PC"], c=results["N_COMPONENTS"], links=written, best=best))
        return results

    def _read_patches(self, source, transform, attribute_field, id_field, feedback):
        import numpy as np

        fields = source.fields()
        if attribute_field and fields.indexOf(attribute_field) < 0:
            raise QgsProcessingException(
                self.tr("The patch layer has no field '{field}'.").format(field=attribute_field))
        features, geometries, attributes, labels = [], [], [], []
        skipped_empty, repaired, skipped_null = [], [], []
        for feature in source.getFeatures(QgsFeatureRequest()):
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                skipped_empty.append(feature.id())
                continue
            checks.require_polygon_feature(geometry, source.sourceName(), feature.id(), self.tr("habitat patches"))
            geometry.transform(transform)
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
                repaired.append(feature.id())
                if geometry.isEmpty():
                    skipped_empty.append(feature.id())
                    continue
            if attribute_field:
                value = feature[attribute_field]
                if value is None or str(value) == "NULL":
                    skipped_null.append(feature.id())
                    continue
                value = float(value)
                if value < 0:
                    raise QgsProcessingException(self.tr("Patch {fid} has a negative value {value} in '{field}'.")
                                                 .format(fid=feature.id(), value=value, field=attribute_field))
                if not math.isfinite(value):
                    raise QgsProcessingException(self.tr(
                        "Patch {fid} of '{layer}' has the value {value} in '{field}': the attribute must be a finite "
                        "number, 0 or more.").format(fid=feature.id(), layer=source.sourceName(), value=value,
                                                     field=attribute_field))
            else:
                value = geometry.area() / 10_000.0
            features.append(feature)
            geometries.append(geometry)
            attributes.append(value)
            labels.append(str(feature[id_field]) if id_field else str(feature.id()))
            if feedback.isCanceled():
                break
        for items, text in ((skipped_empty, self.tr("{n} patch(es) without geometry were left out (feature ids "
                                                      "{ids}).")),
                            (repaired, self.tr("{n} invalid geometrie(s) were repaired with makeValid (feature ids "
                                               "{ids}).")),
                            (skipped_null, self.tr("{n} patch(es) with no value in the attribute field were left out "
                                                   "(feature ids {ids})."))):
            if items:
                feedback.pushWarning(text.format(n=len(items), ids=", ".join(map(str, items[:10]))))
        if not features:
            raise QgsProcessingException(self.tr("The patch layer has no usable patches."))
        if not any(value > 0 for value in attributes):
            if attribute_field:
                message = self.tr("Every patch of '{layer}' has 0 in '{field}', so every connectivity index would be "
                                  "0. Choose the field that holds the patches' habitat amount (e.g. area in ha), or "
                                  "leave it empty to use the patch area.")
            else:
                message = self.tr("The patches of '{layer}' have no area (every polygon is degenerate), so every "
                                  "connectivity index would be 0. Check the layer's geometries.")
            raise QgsProcessingException(message.format(layer=source.sourceName(), field=attribute_field))
        return features, geometries, np.asarray(attributes, dtype=float), labels

    def _least_cost_pairs(self, resistance, geometries, radius, feedback):
        """Unordered pairs with their least-cost edge-to-edge distance ≤ radius over the resistance raster.

        Cost step as GRASS r.cost (8 neighbours); from every cell of patch a (rasterised, all touched cells) to the
        nearest cell of patch b. Touching or overlapping patches are at 0.
        """
        import numpy as np

        from ..methods import corridors as method

        grid = read_grid(resistance)
        graph = method.grid_graph(grid.cost, grid.cell, 8, grid.nodata)
        labels = rasterise(grid, geometries).ravel()
        order = np.argsort(labels, kind="stable")
        bounds = np.searchsorted(labels[order], np.arange(len(geometries) + 2))
        n = len(geometries)
        outside = [k for k in range(n) if bounds[k + 2] == bounds[k + 1]]
        if outside:
            feedback.pushWarning(self.tr("{n} patch(es) lie outside the resistance raster and get no links.")
                                 .format(n=len(outside)))
        pairs = {}
        for a in range(n):
            cells = order[bounds[a + 1]:bounds[a + 2]]
            if cells.size == 0:
                continue
            cwd = method.cost_distance(graph, cells, limit=radius)
            reached = np.isfinite(cwd) & (labels > a + 1)
            nearest = np.full(n + 1, np.inf)
            np.minimum.at(nearest, labels[reached], cwd[reached])
            for b in np.flatnonzero(np.isfinite(nearest)):
                pairs[(a, int(b) - 1)] = float(nearest[b])
            feedback.setProgress(40.0 * (a + 1) / n)
            if feedback.isCanceled():
                break
        for (a, b), cost in list(pairs.items()):  # touching/overlapping patches may not share a rasterised cell
            if cost > 0 and geometries[a].intersects(geometries[b]):
                pairs[(a, b)] = 0.0
        keys = sorted(pairs)
        return (np.array([k[0] for k in keys], dtype=np.int64), np.array([k[1] for k in keys], dtype=np.int64),
                np.array([pairs[k] for k in keys], dtype=float))

    def _candidate_pairs(self, geometries, radius, feedback):
        """Unordered pairs with edge-to-edge distance ≤ radius (GEOS distance after a spatial-index query)."""
        import numpy as np

        index = spatial_index(geometries)
        start, end, distance = [], [], []
        n = len(geometries)
        for a, geometry in enumerate(geometries):
            box = geometry.boundingBox()
            if math.isinf(radius):
                candidates = range(a + 1, n)
            else:
                box.grow(radius)
                candidates = [b for b in index.intersects(box) if b > a]
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            for b in sorted(candidates):
                d = engine.distance(geometries[b].constGet())
                if d <= radius:
                    start.append(a)
                    end.append(b)
                    distance.append(d)
            if a % 50 == 0:
                feedback.setProgress(40.0 * a / max(n, 1))
                if feedback.isCanceled():
                    break
        return (np.asarray(start, dtype=np.int64), np.asarray(end, dtype=np.int64),
                np.asarray(distance, dtype=float))
