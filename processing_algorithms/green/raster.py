"""Resistance rasters for the green-infrastructure adapters: GDAL reads the grid and rasterises polygons.

Shared by strukturbild:corridors (core areas) and strukturbild:habitatnetwork (least-cost links between
patches). Everything here is I/O; the cost distances are methods.corridors.
"""

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

if TYPE_CHECKING:  # numpy is imported where an algorithm runs, not when QGIS loads the plugin
    import numpy as np


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


@dataclass
class Grid:
    """A north-up raster: cost array (rows, cols), square cells, GDAL geotransform and projection."""

    cost: "np.ndarray"
    nodata: object
    geotransform: tuple
    projection: str
    cell: float

    @property
    def shape(self):
        return self.cost.shape

    def centre(self, row, col):
        g = self.geotransform
        return g[0] + (col + 0.5) * g[1], g[3] + (row + 0.5) * g[5]


def read_grid(raster_layer):
    """Read band 1 of a QGIS raster layer with GDAL; refuse rotated grids and rectangular cells."""
    from osgeo import gdal

    gdal.UseExceptions()
    try:
        dataset = gdal.Open(raster_layer.source())
    except RuntimeError as error:
        raise QgsProcessingException(tr("The resistance raster '{name}' could not be read as a file ({error}): save it "
                                        "as a GeoTIFF first.").format(name=raster_layer.name(), error=error)) from None
    geo = dataset.GetGeoTransform()
    if abs(geo[2]) > 1e-12 or abs(geo[4]) > 1e-12:
        raise QgsProcessingException(tr("The resistance raster '{name}' is rotated; warp it to a north-up grid "
                                        "first.").format(name=raster_layer.name()))
    if not math.isclose(abs(geo[1]), abs(geo[5]), rel_tol=1e-6):
        raise QgsProcessingException(tr("The resistance raster '{name}' has rectangular cells ({w} × {h}); "
                                        "resample it to square cells first.").format(
            name=raster_layer.name(), w=abs(geo[1]), h=abs(geo[5])))
    band = dataset.GetRasterBand(1)
    cost = band.ReadAsArray().astype(float)
    grid = Grid(cost, band.GetNoDataValue(), geo, dataset.GetProjection(), abs(geo[1]))
    dataset = None
    require_passable_cells(grid, raster_layer.name())
    return grid


def require_passable_cells(grid, name):
    """Refuse a resistance raster without a single cell that a path may cross (it gave 0 links and an info line)."""
    import numpy as np

    from ..methods.corridors import passable

    ok = passable(grid.cost, grid.nodata)
    if ok.any():
        return
    finite = grid.cost[np.isfinite(grid.cost)]
    if grid.cost.size == 0:
        detail = tr("it has no cells")
    elif not finite.size or (grid.nodata is not None and np.all((grid.cost == grid.nodata) | ~np.isfinite(grid.cost))):
        detail = tr("every cell is no data or not a finite number")
    else:
        detail = tr("every cost is 0 or negative (the largest is {value:g})").format(value=float(finite.max()))
    raise QgsProcessingException(tr(
        "The resistance raster '{name}' has no passable cell: {detail}. Cells with no data, a cost of 0 or less are "
        "impassable; check the band, its no-data value and the costs, and give passable cells a cost greater than "
        "0.").format(name=name, detail=detail))


def rasterise(grid, geometries):
    """Label raster (int32, 0 = none) with label k+1 for geometries[k] (QgsGeometry in the grid's CRS);
    ALL_TOUCHED so that a polygon smaller than a cell still gets its cell."""
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
    rows, cols = grid.shape
    memory = ogr.GetDriverByName("Memory").CreateDataSource("polygons")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.projection)
    layer = memory.CreateLayer("polygons", srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    for k, geometry in enumerate(geometries):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("label", k + 1)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        layer.CreateFeature(feature)
    target = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Int32)
    target.SetGeoTransform(grid.geotransform)
    target.SetProjection(grid.projection)
    gdal.RasterizeLayer(target, [1], layer, options=["ATTRIBUTE=label", "ALL_TOUCHED=TRUE"])
    labels = target.GetRasterBand(1).ReadAsArray()
    target = None
    return labels
