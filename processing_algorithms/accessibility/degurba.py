"""strukturbild:degurba — Eurostat/GHSL degree of urbanisation on a population grid (polygon cells or a raster),
and optionally the classification of LAU units (kommuner) by population shares.

A thin adapter: the grid is read into an array (cells of a polygon grid are placed by their bounding boxes),
methods.degurba classifies it, and the classes are written back to the cells.
"""

import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMapLayer,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.i18n import format_number, format_percent
from .. import checks
from ..base import ProgressRange, StrukturbildAlgorithm, categorized_renderer, containing_polygon, styled_output

LEVEL1_NAMES = {3: "urban centre", 2: "urban cluster", 1: "rural"}


class Degurba(StrukturbildAlgorithm):
    ALGORITHM_ID = "degurba"
    GROUP_ID = "accessibility"

    INPUT = "INPUT"
    POPULATION_FIELD = "POPULATION_FIELD"
    BAND = "BAND"
    LAU = "LAU"
    OUTPUT = "OUTPUT"
    OUTPUT_LAU = "OUTPUT_LAU"

    def displayName(self):
        return self.tr("Degree of urbanisation (DEGURBA)")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Classifies a population grid by Eurostat's and GHSL's degree of urbanisation (2021 manual), and "
                    "optionally the LAU units (kommuner) by the population in each class."),
            [(self.INPUT, self.tr("grid cells as polygons with a population field, or a population raster (any "
                                  "cell size; 1 km is the standard), in a projected CRS. A raster gives one output "
                                  "polygon per populated cell.")),
             (self.POPULATION_FIELD, self.tr("the population of each cell of a polygon grid.")),
             (self.BAND, self.tr("the band of a population raster that holds the population.")),
             (self.LAU, self.tr("polygons such as kommuner, classed 1 city (at least 50 % of the population in "
                                "urban centres), 2 towns and suburbs, or 3 rural area (more than 50 % in rural "
                                "cells), written to the LAU output.")),
             (self.OUTPUT, self.tr("the cells with their own fields (cells of a raster with population) and two class "
                                   "codes. Level 1 in the field degurba: 3 urban centre (cells of at least 1,500 "
                                   "inhabitants per km², contiguous without diagonals, at least 50,000 inhabitants, "
                                   "gaps filled where at least 5 of 8 neighbours belong, holes under 15 km² filled), 2 "
                                   "urban cluster (at least 300 per km², with diagonals, at least 5,000 inhabitants), "
                                   "1 rural. Level 2 in degurba_l2: 30 urban centre, 23 dense urban cluster, 22 "
                                   "semi-dense urban cluster, 21 suburban or peri-urban, 13 rural cluster, 12 low "
                                   "density rural, 11 very low density rural.")),
             (self.OUTPUT_LAU, self.tr("the LAU units with lau_class, share_centre, share_cluster, share_rural and "
                                       "population."))])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMapLayer(
            self.INPUT, self.tr("Population grid (polygon cells or raster)")))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (polygon grid)"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterBand(
            self.BAND, self.tr("Population band (raster)"), 1, parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LAU, self.tr("LAU units to classify (e.g. kommuner)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Grid cells with their degree of urbanisation"),
            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LAU, self.tr("LAU units with their class"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True, createByDefault=False))
        for name, text in (("N_URBAN_CENTRES", self.tr("Urban centres")),
                           ("N_URBAN_CLUSTERS", self.tr("Urban clusters")),
                           ("SHARE_CENTRE", self.tr("Share of the population in urban centres")),
                           ("SHARE_CLUSTER", self.tr("Share of the population in urban clusters")),
                           ("SHARE_RURAL", self.tr("Share of the population in rural cells"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def process(self, parameters, context, feedback):
        import numpy as np

        from ..methods import degurba as method

        layer = self.parameterAsLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("The population grid could not be read."))
        self.require_projected(layer.crs(), self.tr("The population grid '{name}'").format(name=layer.name()))
        if isinstance(layer, QgsRasterLayer):
            band = self._band(parameters, layer)
            grid = _raster_grid(layer, band)
            self._check_raster_population(grid, layer, band)
        elif isinstance(layer, QgsVectorLayer):
            checks.require_polygons(layer, layer.name(), self.tr("grid cells"))
            field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
            if not field or layer.fields().indexOf(field) < 0:
                raise QgsProcessingException(self.tr("Choose the population field of the grid layer '{name}'.")
                                             .format(name=layer.name()))
            grid = self._vector_grid(layer, field)
            if not np.isfinite(grid.population).any():
                raise QgsProcessingException(self.tr(
                    "No cell of the grid layer '{name}' has a value in '{field}': choose the field that holds the "
                    "population.").format(name=layer.name(), field=field))
        else:
            raise QgsProcessingException(self.tr("The population grid must be a polygon layer or a raster."))
        feedback.pushInfo(self.tr("Grid of {rows} × {cols} cells of {size} m, {pop} inhabitants.").format(
            rows=grid.population.shape[0], cols=grid.population.shape[1], size=format_number(grid.size),
            pop=format_number(np.nansum(np.clip(grid.population, 0, None)), 0)))
        result = method.degurba(grid.population, grid.size * grid.size / 1e6,
                                feedback=ProgressRange(feedback, 10, 70))

        fields = QgsFields(layer.fields()) if isinstance(layer, QgsVectorLayer) else QgsFields()
        if isinstance(layer, QgsRasterLayer):
            fields.append(make_field("population", "real"))
        for name in ("degurba", "degurba_l2"):
            if fields.indexOf(name) >= 0:
                raise QgsProcessingException(self.tr("The grid already has a field '{field}'; rename it first.")
                                             .format(field=name))
            fields.append(make_field(name, "int"))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Polygon,
                                             layer.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for attributes, geometry, (row, col) in grid.cells():
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes(attributes + [int(result.level1[row, col]), int(result.level2[row, col])])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        classes = [(3, "#d7301f", self.tr("Urban centre")), (2, "#fdae61", self.tr("Urban cluster")),
                   (1, "#c7e9c0", self.tr("Rural grid cell"))]
        del sink  # closed, so that its style can be saved with it
        styled_output(context, dest_id, lambda layer: layer.setRenderer(categorized_renderer(layer, "degurba",
                                                                                            classes)))
        total = float(sum(result.population.get(code, 0.0) for code in (1, 2, 3)))
        shares = {code: (float(result.population.get(code, 0.0)) / total if total > 0 else 0.0) for code in (1, 2, 3)}
        results = {self.OUTPUT: dest_id, "N_URBAN_CENTRES": int(result.n_centres),
                   "N_URBAN_CLUSTERS": int(result.n_clusters), "SHARE_CENTRE": shares[3],
                   "SHARE_CLUSTER": shares[2], "SHARE_RURAL": shares[1]}
        lau = self.parameterAsSource(parameters, self.LAU, context)
        if lau is not None and self.OUTPUT_LAU in parameters and parameters[self.OUTPUT_LAU] is not None:
            results[self.OUTPUT_LAU] = self._classify_lau(parameters, context, lau, grid, result, layer.crs(), method)
            lau_classes = [(1, "#d7301f", self.tr("Cities")), (2, "#fdae61", self.tr("Towns and suburbs")),
                           (3, "#c7e9c0", self.tr("Rural areas"))]
            styled_output(context, results[self.OUTPUT_LAU], lambda layer: layer.setRenderer(
                categorized_renderer(layer, "lau_class", lau_classes)))
        feedback.pushInfo(self.tr("{centres} urban centre(s), {clusters} urban cluster(s); population shares: "
                                  "centres {c}, clusters {u}, rural {r}.").format(
            centres=result.n_centres, clusters=result.n_clusters, c=format_percent(shares[3], 1),
            u=format_percent(shares[2], 1), r=format_percent(shares[1], 1)))
        return results

    def _band(self, parameters, layer):
        """The population band of a raster, 1 when none is chosen; a band the raster does not have is refused (a
        number beyond 32 bits used to become 0 and then band 1)."""
        value = parameters.get(self.BAND)
        if value is None or value == "":
            return 1
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = math.nan
        if not (math.isfinite(number) and number.is_integer() and 1 <= number <= layer.bandCount()):
            raise QgsProcessingException(self.tr(
                "The raster '{name}' has no band {band}: choose a band from 1 to {count}.").format(
                name=layer.name(), band=value, count=layer.bandCount()))
        return int(number)

    def _check_raster_population(self, grid, layer, band):
        """Refuse a raster band with no population value, and a negative population, naming the cell."""
        import numpy as np

        population = grid.population
        if not np.isfinite(population).any():
            raise QgsProcessingException(self.tr(
                "Every cell of band {band} of the population raster '{name}' is no data: choose the band that holds "
                "the population, or check the band's no-data value.").format(band=band, name=layer.name()))
        negative = np.isfinite(population) & (population < 0)
        if negative.any():
            row, col = (int(k) for k in np.argwhere(negative)[0])
            x, y = grid.x0 + (col + 0.5) * grid.size, grid.y0 - (row + 0.5) * grid.size
            raise QgsProcessingException(self.tr(
                "The population raster '{name}' has a negative population ({value:g}) in the cell at row {row}, "
                "column {col} (centre x {x:.0f}, y {y:.0f}){more}. If it marks missing data, make it the band's "
                "no-data value (e.g. gdal_translate -a_nodata {value:g}); otherwise correct the cell.").format(
                name=layer.name(), value=float(population[row, col]), row=row, col=col, x=x, y=y,
                more=self.tr(", and {n} other cell(s) are negative too").format(n=int(negative.sum()) - 1)
                if negative.sum() > 1 else ""))

    def _vector_grid(self, layer, field):
        import numpy as np

        rects, attributes, geometries, values = [], [], [], []
        for feature in layer.getFeatures():
            if not feature.hasGeometry():
                continue
            rects.append(feature.geometry().boundingBox())
            attributes.append(feature.attributes())
            geometries.append(feature.geometry())
            value = feature[field]
            value = float(value) if value is not None and str(value) != "NULL" else np.nan
            if value < 0:
                centre = rects[-1].center()
                raise QgsProcessingException(self.tr(
                    "Cell {fid} of the grid layer '{name}' has a negative population ({value:g}) in '{field}' (centre "
                    "x {x:.0f}, y {y:.0f}): correct it, or make it NULL if the population is unknown.").format(
                    fid=feature.id(), name=layer.name(), value=value, field=field, x=centre.x(), y=centre.y()))
            values.append(value)
        if not rects:
            raise QgsProcessingException(self.tr("The grid layer '{name}' has no cells.").format(name=layer.name()))
        widths = np.array([r.width() for r in rects])
        heights = np.array([r.height() for r in rects])
        size = float(np.median(widths))
        if size <= 0 or np.any(np.abs(widths - size) > 0.01 * size) or np.any(np.abs(heights - size) > 0.01 * size):
            raise QgsProcessingException(self.tr(
                "The cells of '{name}' are not squares of one size (widths {a:g}–{b:g} m): DEGURBA needs a regular "
                "grid, e.g. SCB's 1 km population grid.").format(name=layer.name(), a=widths.min(), b=widths.max()))
        x0 = min(r.xMinimum() for r in rects)
        y0 = max(r.yMaximum() for r in rects)
        cols = np.rint((np.array([r.xMinimum() for r in rects]) - x0) / size).astype(int)
        rows = np.rint((y0 - np.array([r.yMaximum() for r in rects])) / size).astype(int)
        population = np.zeros((rows.max() + 1, cols.max() + 1))
        seen = np.zeros(population.shape, dtype=bool)
        for r, c, v in zip(rows, cols, values):
            if seen[r, c]:
                raise QgsProcessingException(self.tr("Two cells of '{name}' occupy the same grid position; "
                                                     "remove the duplicates.").format(name=layer.name()))
            seen[r, c] = True
            population[r, c] = v
        return _Grid(population, size, x0, y0, list(zip(attributes, geometries, zip(rows, cols))))

    def _classify_lau(self, parameters, context, lau, grid, result, crs, method):
        import numpy as np

        transform = QgsCoordinateTransform(lau.sourceCrs(), crs, context.transformContext())
        units = []
        for feature in lau.getFeatures(QgsFeatureRequest()):
            geometry = QgsGeometry(feature.geometry())
            geometry.transform(transform)
            units.append((feature, geometry))
        rows, cols = np.nonzero(np.isfinite(grid.population))
        centres = np.column_stack([grid.x0 + (cols + 0.5) * grid.size, grid.y0 - (rows + 0.5) * grid.size])
        labels = np.full(grid.population.shape, -1, dtype=np.int64)
        labels[rows, cols] = containing_polygon(centres, [geometry for _, geometry in units])
        lau_result = method.classify_lau(grid.population, result.level1, labels)
        by_label = {int(label): k for k, label in enumerate(lau_result.labels)}
        fields = QgsFields(lau.fields())
        for name, kind in (("lau_class", QVariant.Int), ("share_centre", QVariant.Double),
                           ("share_cluster", QVariant.Double), ("share_rural", QVariant.Double),
                           ("population", QVariant.Double)):
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_LAU, context, fields,
                                             QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_LAU))
        for k, (feature, geometry) in enumerate(units):
            out = QgsFeature(fields)
            geometry.convertToMultiType()
            out.setGeometry(geometry)
            position = by_label.get(k)
            if position is None:
                extra = [None, None, None, None, 0.0]
            else:
                s = lau_result.shares[position]
                extra = [int(lau_result.lau_class[position]), float(s[0]), float(s[1]), float(s[2]),
                         float(lau_result.population[position])]
            out.setAttributes(feature.attributes() + extra)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest_id


class _Grid:
    def __init__(self, population, size, x0, y0, cells=None):
        self.population, self.size, self.x0, self.y0 = population, size, x0, y0
        self._cells = cells

    def cells(self):
        """(attributes, geometry, (row, col)) per output cell: the input cells, or a raster's populated cells."""
        import numpy as np

        if self._cells is not None:
            yield from ((list(a), g, rc) for a, g, rc in self._cells)
            return
        for row, col in zip(*np.nonzero(np.nan_to_num(self.population) > 0)):
            x, y = self.x0 + col * self.size, self.y0 - row * self.size
            geometry = QgsGeometry.fromRect(QgsRectangle(x, y - self.size, x + self.size, y))
            yield [float(self.population[row, col])], geometry, (row, col)


def _raster_grid(layer, band):
    import numpy as np
    from osgeo import gdal

    gdal.UseExceptions()
    try:
        dataset = gdal.Open(layer.source())
    except RuntimeError as error:
        raise QgsProcessingException(QCoreApplication.translate(
            "@default", "The population raster '{name}' could not be read as a file ({error}): save it as a GeoTIFF "
            "first.").format(name=layer.name(), error=error)) from None
    geo = dataset.GetGeoTransform()
    if abs(geo[2]) > 1e-12 or abs(geo[4]) > 1e-12 or abs(abs(geo[1]) - abs(geo[5])) > 1e-6 * abs(geo[1]):
        raise QgsProcessingException(QCoreApplication.translate(
            "@default", "The population raster must be north-up with square cells; warp or resample it first."))
    raster_band = dataset.GetRasterBand(band)
    population = raster_band.ReadAsArray().astype(float)
    nodata = raster_band.GetNoDataValue()
    if nodata is not None:
        population[population == nodata] = np.nan
    grid = _Grid(population, abs(geo[1]), geo[0], geo[3])
    dataset = None
    return grid
