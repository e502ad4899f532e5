"""The few differences between QGIS 3.22 (Qt 5) and QGIS 3.3x/4.x (Qt 6) that this plugin meets.

Everything else uses scoped enums that exist from 3.22 on, so this module stays small.
"""

from qgis.core import Qgis
from qgis.PyQt.QtCore import QVariant

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT


def field_variant_type(kind):
    """QVariant type for a schema field kind ('text', 'int', 'real').

    QGIS 4 also accepts QMetaType; QVariant types are still accepted there through the PyQt shim.
    """
    try:
        return {"text": QVariant.String, "int": QVariant.Int, "real": QVariant.Double}[kind]
    except AttributeError:  # pragma: no cover - Qt 6 without QVariant.Type
        from qgis.PyQt.QtCore import QMetaType

        return {"text": QMetaType.Type.QString, "int": QMetaType.Type.Int,
                "real": QMetaType.Type.Double}[kind]


def wkb_type(geometry_name):
    """QgsWkbTypes value for 'Point', 'MultiLineString' or 'MultiPolygon'."""
    from qgis.core import QgsWkbTypes

    return {
        "Point": QgsWkbTypes.Type.Point,
        "MultiLineString": QgsWkbTypes.Type.MultiLineString,
        "MultiPolygon": QgsWkbTypes.Type.MultiPolygon,
    }[geometry_name]
