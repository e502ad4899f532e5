"""Shared input checks for the Processing adapters (issue 10): the bounds of number parameters, numbers that are not
finite, and layers of the wrong geometry type.

The bounds are what a planner could mean; a value outside is refused by Processing itself (``checkParameterValues``,
qgis_process: "Incorrect parameter value") before the algorithm runs. An Integer parameter never goes beyond
2^31 − 1: QGIS reads it as a 32-bit int, and a larger value silently became 0.
"""

import math

from qgis.core import QgsProcessingException, QgsProcessingParameterNumber, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

#: Minutes (thresholds, time limits, service-area breaks): a day.
MAX_MINUTES = 1440.0
#: Speeds (km/h).
MAX_SPEED_KMH = 300.0
#: Detour factor of the straight-line estimate.
MAX_DETOUR = 10.0
#: Gravity decay per minute.
MAX_BETA = 10.0
#: People (tätort sizes, TTWA sizes): well above any city.
MAX_PEOPLE = 100_000_000
#: Commuter counts (smallest flow drawn).
MAX_COUNT = 1_000_000_000.0
#: Counts of things (regions, lines per origin).
MAX_ITEMS = 100_000
#: Snapping between line ends (m).
MAX_LINE_SNAP_M = 1_000.0
#: Distances to a network, buffers and snapping between boundaries (m).
MAX_SNAP_M = 100_000.0
MAX_BUFFER_M = 10_000.0
#: Spacing of sample points (m).
MAX_SPACING_M = 100_000.0
#: Dispersal distances (m, or cost units over a resistance raster) and least-cost limits (cost units).
MAX_DISTANCE = 1e9
MAX_COST = 1e15
#: Landscape area (ha or the attribute's unit).
MAX_AREA = 1e12
#: Bands of border zones (km or minutes).
MAX_BAND = 10_000.0
#: Integer parameters never beyond this (QGIS reads them as 32-bit ints).
MAX_INT32 = 2**31 - 1

POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
LINE = QgsWkbTypes.GeometryType.LineGeometry
POINT = QgsWkbTypes.GeometryType.PointGeometry


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


def _plain_number(value):
    """100000000 → "100,000,000", 0.5 → "0.5": a bound as a planner reads it."""
    return f"{int(value):,}" if float(value).is_integer() and abs(value) < 1e15 else f"{value:g}"


def require_finite_numbers(algorithm, parameters, context):
    """Refuse a number parameter given as NaN or ±infinity (Processing's bounds let NaN through), naming it."""
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterNumber):
            continue
        name = definition.name()
        value = parameters.get(name)
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            continue  # None, or a property/expression that Processing evaluates and checks
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue  # not a number at all: Processing refuses it
        if not math.isfinite(number):
            raise QgsProcessingException(tr(
                "{name} ('{description}') must be a number, not {value}. Give a value between {low} and "
                "{high}.").format(name=name, description=definition.description(), value=value,
                                  low=_plain_number(definition.minimum()), high=_plain_number(definition.maximum())))


def geometry_kind(source):
    """The geometry type (POINT, LINE, POLYGON, or Null/Unknown) of a feature source or vector layer."""
    return QgsWkbTypes.geometryType(source.wkbType())


def check_parameter_values(algorithm, parameters, context):
    """(ok, message) for ``checkParameterValues``: a number parameter outside its bounds or not finite is named with
    the range it must lie in (QGIS itself only says "Incorrect parameter value for NAME")."""
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterNumber):
            continue
        value = parameters.get(definition.name())
        if isinstance(value, bool) or not isinstance(value, (int, float, str)) or value == "":
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue
        low, high = definition.minimum(), definition.maximum()
        whole = definition.dataType() == QgsProcessingParameterNumber.Type.Integer
        if not math.isfinite(number) or not low <= number <= high or (whole and not number.is_integer()):
            return False, tr("{name} ('{description}') must be {kind} between {low} and {high}, not {value}.").format(
                name=definition.name(), description=definition.description(),
                kind=tr("a whole number") if whole else tr("a number"), low=_plain_number(low),
                high=_plain_number(high), value=value)
    return True, ""


def require_polygons(source, name, what):
    """Refuse a point, line or table layer where polygons are needed, naming the layer and saying what to do.

    ``what`` says what the polygons are, e.g. "habitat patches"; ``name`` is the layer's name. A layer of mixed or
    unknown geometry type passes here: check its features with ``require_polygon_feature``."""
    kind = geometry_kind(source)
    if kind in (POLYGON, QgsWkbTypes.GeometryType.UnknownGeometry):
        return
    if kind == POINT:
        raise QgsProcessingException(tr(
            "The layer '{layer}' holds points, but the {what} must be polygons: a point has no area, so every area "
            "and index would be 0. Buffer the points to their real size (Vector › Geoprocessing › Buffer) or use "
            "the polygon layer, and run again.").format(layer=name, what=what))
    if kind == LINE:
        raise QgsProcessingException(tr(
            "The layer '{layer}' holds lines, but the {what} must be polygons: a line has no area. Buffer the lines "
            "to their real width (Vector › Geoprocessing › Buffer) or use the polygon layer, and run again.")
            .format(layer=name, what=what))
    raise QgsProcessingException(tr(
        "The layer '{layer}' has no geometry, but the {what} must be polygons. Choose a polygon layer and run "
        "again.").format(layer=name, what=what))


def require_polygon_feature(geometry, name, feature_id, what):
    """Refuse one point or line feature in a layer of mixed geometry where polygons are needed."""
    kind = geometry.type()
    if kind in (POINT, LINE):
        raise QgsProcessingException(tr(
            "Feature {fid} of the layer '{layer}' is a {kind}, but the {what} must be polygons: buffer it to its real "
            "size (Vector › Geoprocessing › Buffer) or remove it, and run again.").format(
            fid=feature_id, layer=name, kind=tr("point") if kind == POINT else tr("line"), what=what))
