"""strukturbild:greenconflicts — where planned development meets the green structure: for every development
polygon the habitat it takes, the links it cuts and the loss of equivalent connectivity EC(PC) if it alone is
built; the loss if all are built; and the patches that lose most.

Built on strukturbild:habitatnetwork's reading of patches and links; EC is recomputed with methods.connectivity.
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
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.i18n import format_number
from .. import checks
from ..base import graduated_renderer, spatial_index, style_on_load
from .habitatnetwork import HabitatNetwork


class GreenConflicts(HabitatNetwork):
    ALGORITHM_ID = "greenconflicts"
    GROUP_ID = "green"

    DEVELOPMENT = "DEVELOPMENT"
    OUTPUT = "OUTPUT"
    OUTPUT_PATCHES = "OUTPUT_PATCHES"

    def displayName(self):
        return self.tr("Conflicts between development and green links")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Where the strukturbild's development areas meet its green structure. For every planned "
                    "development polygon: the habitat area it takes, the links of the habitat network it cuts (a "
                    "link whose nearest-point line crosses the polygon) and the loss of equivalent connectivity "
                    "EC(PC) if that polygon alone is built; also the loss if all are built, and per patch the "
                    "habitat it loses. The network is the one of 'Habitat network' with the same settings."),
            [*self.network_help(),
             (self.DEVELOPMENT, self.tr("the planned development polygons. A developed part of a patch reduces the "
                                        "patch's attribute in proportion to the area taken (a patch taken whole "
                                        "disappears); the distances between the remaining patches are kept.")),
             (self.OUTPUT, self.tr("the development polygons with habitat_ha (taken), patches_hit, links_cut, "
                                   "ec_after and dEC_pct (the loss of EC(PC) in %).")),
             (self.OUTPUT_PATCHES, self.tr("the patches with habitat_ha, taken_ha and taken_pct."))],
            [self.tr("Results: EC(PC) as it is (EC_PC) and if every development is built (EC_ALL_BUILT), the loss "
                     "in % (DEC_ALL_PCT), the habitat taken (HABITAT_TAKEN_HA) and the links cut (LINKS_CUT).")])

    def initAlgorithm(self, config=None):
        self.add_network_parameters(self._add_development)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Development polygons with their conflicts"),
            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PATCHES, self.tr("Patches with the habitat they lose"),
            QgsProcessing.SourceType.TypeVectorPolygon, optional=True, createByDefault=True))
        for name, text in (("EC_PC", self.tr("EC(PC) of the network as it is")),
                           ("EC_ALL_BUILT", self.tr("EC(PC) if every development is built")),
                           ("DEC_ALL_PCT", self.tr("Loss of EC(PC) if every development is built (%)")),
                           ("HABITAT_TAKEN_HA", self.tr("Habitat taken by all developments (ha)")),
                           ("LINKS_CUT", self.tr("Links cut by all developments"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def _add_development(self):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEVELOPMENT, self.tr("Planned development (polygons, e.g. the strukturbild's utvecklingsomraden)"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))

    def process(self, parameters, context, feedback):
        import numpy as np

        from ..methods import connectivity

        development = self.parameterAsSource(parameters, self.DEVELOPMENT, context)
        if development is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.DEVELOPMENT))
        checks.require_polygons(development, development.sourceName(), self.tr("planned developments"))
        network = self.read_network(parameters, context, feedback)
        transform = QgsCoordinateTransform(development.sourceCrs(), network.crs, context.transformContext())
        polygons, polygon_features = [], []
        for feature in development.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                continue
            checks.require_polygon_feature(geometry, development.sourceName(), feature.id(),
                                           self.tr("planned developments"))
            geometry.transform(transform)
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            polygons.append(geometry)
            polygon_features.append(feature)
        if not polygons:
            raise QgsProcessingException(self.tr("The development layer has no polygons."))

        probabilities = connectivity.link_probability(network.distance, network.dispersal, network.probability)
        keep = probabilities >= network.min_probability if network.min_probability > 0 else np.ones(len(probabilities),
                                                                                                      dtype=bool)
        link_lines = [network.geometries[a].shortestLine(network.geometries[b]) if keep[m] else None
                      for m, (a, b) in enumerate(zip(network.start, network.end))]
        patch_areas = np.array([g.area() for g in network.geometries])
        patch_index = spatial_index(network.geometries)
        link_index = spatial_index([line if line is not None else QgsGeometry() for line in link_lines])

        def ec(attributes, cut):
            mask = keep & ~cut
            result = connectivity.connectivity(attributes, network.start[mask], network.end[mask],
                                               network.distance[mask], network.dispersal, network.probability,
                                               iic_distance=network.iic_distance,
                                               min_probability=network.min_probability, importances=False)
            return float(result.ec_pc)

        def effect(geometry):
            """(area taken per patch in m², links cut as a bool mask) for one development geometry."""
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            taken = np.zeros(len(network.geometries))
            for k in patch_index.intersects(geometry.boundingBox()):
                if engine.intersects(network.geometries[k].constGet()):
                    taken[k] = geometry.intersection(network.geometries[k]).area()
            cut = np.zeros(len(link_lines), dtype=bool)
            for m in link_index.intersects(geometry.boundingBox()):
                if link_lines[m] is not None and engine.intersects(link_lines[m].constGet()):
                    cut[m] = True
            return taken, cut

        def remaining(taken):
            share = np.clip(1.0 - taken / np.maximum(patch_areas, 1e-12), 0.0, 1.0)
            return network.attributes * share

        ec_before = ec(network.attributes, np.zeros(len(link_lines), dtype=bool))
        fields = QgsFields(development.fields())
        for name, kind in (("habitat_ha", QVariant.Double), ("patches_hit", QVariant.Int), ("links_cut", QVariant.Int),
                           ("ec_after", QVariant.Double), ("dEC_pct", QVariant.Double)):
            if fields.indexOf(name) >= 0:
                raise QgsProcessingException(self.tr("The development layer already has a field '{field}'; rename "
                                                     "it first.").format(field=name))
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon,
                                             network.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        taken_all = np.zeros(len(network.geometries))
        cut_all = np.zeros(len(link_lines), dtype=bool)
        for number, (feature, geometry) in enumerate(zip(polygon_features, polygons)):
            taken, cut = effect(geometry)
            taken_all += taken
            cut_all |= cut
            ec_after = ec(remaining(taken), cut)
            out = QgsFeature(fields)
            multi = QgsGeometry(geometry)
            multi.convertToMultiType()
            out.setGeometry(multi)
            out.setAttributes(feature.attributes() + [
                float(taken.sum() / 10_000.0), int(np.count_nonzero(taken > 0)), int(cut.sum()), ec_after,
                100.0 * (ec_before - ec_after) / ec_before if ec_before > 0 else 0.0])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(40 + 50 * (number + 1) / len(polygons))
            if feedback.isCanceled():
                return {}
        # Overlapping developments must not count a square metre twice: take the union for "all built".
        union = QgsGeometry.unaryUnion(polygons)
        taken_union, cut_union = effect(union)
        ec_all = ec(remaining(taken_union), cut_union)

        patch_fields = QgsFields(network.source.fields())
        for name, kind in (("habitat_ha", QVariant.Double), ("taken_ha", QVariant.Double),
                           ("taken_pct", QVariant.Double)):
            patch_fields.append(make_field(name, kind))
        patch_sink, patches_id = self.optional_sink(parameters, self.OUTPUT_PATCHES, context, patch_fields,
                                                    QgsWkbTypes.Type.MultiPolygon, network.crs)
        for k, feature in enumerate(network.features):
            out = QgsFeature(patch_fields)
            geometry = QgsGeometry(network.geometries[k])
            geometry.convertToMultiType()
            out.setGeometry(geometry)
            # plain floats: QGIS cannot store numpy scalars
            out.setAttributes(feature.attributes() + [
                float(patch_areas[k] / 10_000.0), float(taken_union[k] / 10_000.0),
                float(100.0 * taken_union[k] / patch_areas[k]) if patch_areas[k] else 0.0])
            patch_sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        style_on_load(context, dest_id, lambda layer: _graduated_if_any(layer, "dEC_pct", ("#fee5d9", "#a50f15")))
        style_on_load(context, patches_id, lambda layer: _graduated_if_any(layer, "taken_pct", ("#edf8e9", "#d94701")))
        dec_all = 100.0 * (ec_before - ec_all) / ec_before if ec_before > 0 else 0.0
        worst = [network.labels[k] for k in np.argsort(-taken_union)[:3] if taken_union[k] > 0]
        feedback.pushInfo(self.tr("EC(PC) {before} now, {after} if all {n} developments are built "
                                  "({loss} % less); {ha} ha of habitat taken, {links} link(s) cut; patches "
                                  "losing most: {worst}.").format(
            before=format_number(ec_before), after=format_number(ec_all), n=len(polygons),
            loss=format_number(dec_all, 2), ha=format_number(taken_union.sum() / 10_000.0, 1),
            links=int(cut_union.sum()), worst=", ".join(worst) or "-"))
        return {self.OUTPUT: dest_id, self.OUTPUT_PATCHES: patches_id, "EC_PC": ec_before, "EC_ALL_BUILT": ec_all,
                "DEC_ALL_PCT": dec_all, "HABITAT_TAKEN_HA": float(taken_union.sum() / 10_000.0),
                "LINKS_CUT": int(cut_union.sum())}


def _graduated_if_any(layer, field, colours):
    if layer.featureCount():
        layer.setRenderer(graduated_renderer(layer, field, colours))
