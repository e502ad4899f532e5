"""strukturbild:corridors — least-cost links between core areas over a resistance raster, and Linkage Mapper's
normalised least-cost corridor (min over linked pairs of CWD_a + CWD_b − LCD), with corridor polygons ≤ CUTOFF.

A thin adapter: GDAL reads the raster and rasterises the cores, methods.corridors does the cost distances,
GDAL writes the corridor raster and polygonises the corridor.
"""

from pathlib import Path

from qgis.core import (
    QgsColorRampShader,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.library import StyleLibrary
from .. import checks
from ..base import AtomicOutputFile, ProgressRange, StrukturbildAlgorithm, style_on_load
from .raster import rasterise, read_grid

NODATA_OUT = -9999.0


class Corridors(StrukturbildAlgorithm):
    ALGORITHM_ID = "corridors"
    GROUP_ID = "green"

    CORES = "CORES"
    CORE_ID_FIELD = "CORE_ID_FIELD"
    RESISTANCE = "RESISTANCE"
    MAX_COST = "MAX_COST"
    CUTOFF = "CUTOFF"
    NEIGHBOURS = "NEIGHBOURS"
    OUTPUT_LINKS = "OUTPUT_LINKS"
    OUTPUT_CORRIDOR = "OUTPUT_CORRIDOR"
    OUTPUT_POLYGONS = "OUTPUT_POLYGONS"

    def displayName(self):
        return self.tr("Least-cost corridors between core areas")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Least-cost links between core areas (e.g. värdetrakter or protected areas) over a resistance "
                    "raster, and the normalised least-cost corridor of Linkage Mapper: for every linked pair of cores "
                    "a and b, CWD_a + CWD_b − LCD_ab (0 on the least-cost path), mosaicked by the minimum."),
            [(self.CORES, self.tr("polygons, reprojected to the raster's CRS.")),
             (self.CORE_ID_FIELD, self.tr("the core names in from_core and to_core; empty: the feature id.")),
             (self.RESISTANCE, self.tr("the cost of crossing each cell, in a projected CRS in metres. Cells with "
                                       "nodata or a cost of 0 or less are impassable. A step costs as in GRASS "
                                       "r.cost: (c_a + c_b)/2 × the move's length (1 for a rook move, √2 diagonal, "
                                       "√5 knight's move) × the cell size.")),
             (self.MAX_COST, self.tr("pairs whose least-cost distance is larger are not linked (0: no limit).")),
             (self.CUTOFF, self.tr("the corridor polygons cover the cells whose corridor value is at most this "
                                   "cost.")),
             (self.NEIGHBOURS, self.tr("the moves between cells: '8 (rook and diagonal moves)', or '16 (also "
                                       "knight's moves)' for smoother paths.")),
             (self.OUTPUT_LINKS, self.tr("the links as lines along the least-cost paths with from_core, to_core, "
                                         "cost and length_m.")),
             (self.OUTPUT_CORRIDOR, self.tr("the corridor raster (GeoTIFF).")),
             (self.OUTPUT_POLYGONS, self.tr("the corridor as polygons, up to the corridor cost above."))])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CORES, self.tr("Core areas (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.CORE_ID_FIELD, self.tr("Core id field (empty: feature id)"), parentLayerParameterName=self.CORES,
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.RESISTANCE, self.tr("Resistance (cost) raster")))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_COST, self.tr("Link pairs up to this least-cost distance (0: no limit)"),
            QgsProcessingParameterNumber.Type.Double, 0.0, False, 0.0, checks.MAX_COST))
        self.addParameter(QgsProcessingParameterNumber(
            self.CUTOFF, self.tr("Corridor polygons up to this corridor cost"),
            QgsProcessingParameterNumber.Type.Double, 0.0, False, 0.0, checks.MAX_COST))
        self.addParameter(QgsProcessingParameterEnum(
            self.NEIGHBOURS, self.tr("Neighbours"),
            options=[self.tr("8 (rook and diagonal moves)"), self.tr("16 (also knight's moves)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINKS, self.tr("Least-cost links"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_CORRIDOR, self.tr("Corridor raster (CWD_a + CWD_b − LCD)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POLYGONS, self.tr("Corridor polygons"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True, createByDefault=True))
        for name, text in (("N_CORES", self.tr("Core areas")), ("N_LINKS", self.tr("Linked pairs"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def process(self, parameters, context, feedback):
        import numpy as np
        from osgeo import gdal, ogr, osr

        from ..methods import corridors as method

        gdal.UseExceptions()
        cores_source = self.parameterAsSource(parameters, self.CORES, context)
        raster = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context)
        if cores_source is None or raster is None:
            raise QgsProcessingException(self.tr("The core areas or the resistance raster could not be read."))
        checks.require_finite_numbers(self, parameters, context)
        checks.require_polygons(cores_source, cores_source.sourceName(), self.tr("core areas"))
        self.require_projected(raster.crs(), self.tr("The resistance raster '{name}'").format(name=raster.name()))
        grid = read_grid(raster)
        cost, nodata, geo, cell = grid.cost, grid.nodata, grid.geotransform, grid.cell
        rows, cols = cost.shape
        feedback.pushInfo(self.tr("Resistance raster {rows} × {cols} cells of {cell:g} m.").format(
            rows=rows, cols=cols, cell=cell))
        srs = osr.SpatialReference()
        srs.ImportFromWkt(grid.projection)

        # Rasterise the cores (reprojected to the raster's CRS): label k+1 for core k.
        transform = QgsCoordinateTransform(cores_source.sourceCrs(), raster.crs(), context.transformContext())
        id_field = self.parameterAsString(parameters, self.CORE_ID_FIELD, context)
        core_ids, core_geometries = [], []
        for feature in cores_source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                continue
            checks.require_polygon_feature(geometry, cores_source.sourceName(), feature.id(), self.tr("core areas"))
            geometry.transform(transform)
            core_geometries.append(geometry)
            core_ids.append(str(feature[id_field]) if id_field else str(feature.id()))
        if len(core_ids) < 2:
            raise QgsProcessingException(self.tr("At least two core areas are needed; the layer has {n}.")
                                         .format(n=len(core_ids)))
        cores = rasterise(grid, core_geometries)
        missing = sorted(set(range(1, len(core_ids) + 1)) - set(np.unique(cores).tolist()))
        if missing:
            feedback.pushWarning(self.tr("{n} core(s) lie outside the raster or cover no cell: {ids}.").format(
                n=len(missing), ids=", ".join(core_ids[k - 1] for k in missing[:10])))
        on_passable = np.unique(cores[method.passable(cost, nodata) & (cores > 0)])
        if len(on_passable) < 2:
            raise QgsProcessingException(self.tr(
                "{n} of the {total} core areas of '{layer}' cover a passable cell of the resistance raster '{raster}' "
                "(the others lie outside it or on cells with no data or a cost of 0 or less): at least two are needed "
                "for a link.").format(n=len(on_passable), total=len(core_ids), layer=cores_source.sourceName(),
                                      raster=raster.name()))
        feedback.setProgress(10)

        max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context) or np.inf
        neighbours = (8, 16)[self.parameterAsEnum(parameters, self.NEIGHBOURS, context)]
        result = method.corridors(cost, cell, cores, max_cost=max_cost, neighbours=neighbours, nodata=nodata,
                                  feedback=ProgressRange(feedback, 10, 85))

        def centre(r, c):
            return QgsPoint(geo[0] + (c + 0.5) * geo[1], geo[3] + (r + 0.5) * geo[5])

        link_fields = QgsFields()
        for name, kind in (("from_core", QVariant.String), ("to_core", QVariant.String), ("cost", QVariant.Double),
                           ("length_m", QVariant.Double), ("strukturbild_typ", QVariant.String),
                           ("samband_typ", QVariant.String), ("status", QVariant.String)):
            link_fields.append(make_field(name, kind))
        sink, links_id = self.parameterAsSink(parameters, self.OUTPUT_LINKS, context, link_fields,
                                              QgsWkbTypes.Type.LineString, raster.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_LINKS))
        for link in result.links:
            line = QgsLineString([centre(r, c) for r, c in link["path"]])
            feature = QgsFeature(link_fields)
            feature.setGeometry(QgsGeometry(line))
            feature.setAttributes([core_ids[int(link["from_core"]) - 1], core_ids[int(link["to_core"]) - 1],
                                   float(link["cost"]), float(link["length_m"]), "gront_samband", "gront_samband",
                                   "befintlig"])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

        corridor = np.where(np.isfinite(result.corridor), result.corridor, NODATA_OUT).astype(np.float32)
        corridor_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_CORRIDOR, context)
        with AtomicOutputFile(corridor_path) as partial:
            driver = gdal.GetDriverByName("GTiff")
            out = driver.Create(str(partial.partial), cols, rows, 1, gdal.GDT_Float32, options=["COMPRESS=DEFLATE"])
            out.SetGeoTransform(geo)
            out.SetProjection(grid.projection)
            out_band = out.GetRasterBand(1)
            out_band.SetNoDataValue(NODATA_OUT)
            out_band.WriteArray(corridor)
            out_band.FlushCache()
            out = None
            if feedback.isCanceled():
                return {}
            partial.commit()
        feedback.setProgress(90)

        cutoff = self.parameterAsDouble(parameters, self.CUTOFF, context)
        polygon_fields = QgsFields()
        polygon_fields.append(make_field("cutoff", "real"))
        polygon_fields.append(make_field("area_ha", "real"))
        poly_sink, polygons_id = self.optional_sink(parameters, self.OUTPUT_POLYGONS, context, polygon_fields,
                                                    QgsWkbTypes.Type.MultiPolygon, raster.crs())
        mask = (np.isfinite(result.corridor) & (result.corridor <= cutoff)).astype(np.uint8)
        mask_raster = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
        mask_raster.SetGeoTransform(geo)
        mask_raster.SetProjection(grid.projection)
        mask_raster.GetRasterBand(1).WriteArray(mask)
        polygons = ogr.GetDriverByName("Memory").CreateDataSource("corridor")
        polygon_layer = polygons.CreateLayer("corridor", srs, ogr.wkbPolygon)
        polygon_layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
        gdal.Polygonize(mask_raster.GetRasterBand(1), mask_raster.GetRasterBand(1), polygon_layer, 0)
        for ogr_feature in polygon_layer:
            geometry = QgsGeometry()
            geometry.fromWkb(bytes(ogr_feature.GetGeometryRef().ExportToWkb()))
            geometry.convertToMultiType()
            feature = QgsFeature(polygon_fields)
            feature.setGeometry(geometry)
            feature.setAttributes([cutoff, geometry.area() / 10_000.0])
            poly_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        style_on_load(context, links_id, lambda layer: StyleLibrary().apply_style(layer, "gront_samband"))
        style_on_load(context, polygons_id, _style_polygons)
        style_on_load(context, corridor_path, lambda layer: style_corridor_raster(layer, cutoff))
        feedback.pushInfo(self.tr("{n} linked pair(s) among {k} cores; corridor raster {path}.").format(
            n=len(result.links), k=len(core_ids), path=Path(corridor_path).name))
        return {self.OUTPUT_LINKS: links_id, self.OUTPUT_CORRIDOR: corridor_path, self.OUTPUT_POLYGONS: polygons_id,
                "N_CORES": len(core_ids), "N_LINKS": len(result.links)}


def _style_polygons(layer):
    symbol = QgsFillSymbol.createSimple({"color": "61,153,84,90", "outline_color": "35,110,60,200",
                                         "outline_width": "0.3"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_corridor_raster(layer, cutoff):
    """A ramp from dark green on the least-cost paths to transparent at three times the cutoff."""
    top = 3.0 * cutoff if cutoff > 0 else float(layer.dataProvider().bandStatistics(1).maximumValue or 1.0)
    shader_function = QgsColorRampShader(0.0, top)
    shader_function.setColorRampType(QgsColorRampShader.Type.Interpolated)
    shader_function.setColorRampItemList([
        QgsColorRampShader.ColorRampItem(0.0, QColor(0, 90, 50, 230), "0"),
        QgsColorRampShader.ColorRampItem(top / 3.0, QColor(65, 171, 93, 170), f"{top / 3.0:g}"),
        QgsColorRampShader.ColorRampItem(top, QColor(199, 233, 192, 0), f"{top:g}"),
    ])
    shader_function.setClip(True)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_function)
    layer.setRenderer(QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader))
