"""The few differences between QGIS 3.22 (Qt 5) and QGIS 3.3x/4.x (Qt 6) that this plugin meets.

Everything else uses scoped enums that exist from 3.22 on, so this module stays small. Each helper here takes the
newer API where the running QGIS has it (so QGIS 3.40 LTR raises no DeprecationWarning) and the 3.22 one before.
"""

from qgis.core import Qgis, QgsField, QgsRectangle
from qgis.PyQt.QtCore import QMetaType, QVariant

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

# QgsField(name, QMetaType.Type) exists from QGIS 3.38 on; QgsField(name, QVariant.Type) is deprecated there.
FIELD_TYPES_ARE_METATYPES = QGIS_VERSION_INT >= 33800

# A field kind -> the QMetaType.Type member (QVariant spells QString as String).
_FIELD_KINDS = {"text": "QString", "int": "Int", "int64": "LongLong", "real": "Double", "bool": "Bool"}


def field_type(kind):
    """The type to build a QgsField with, for ``kind``: 'text', 'int', 'int64', 'real', 'bool', or a QVariant.Type /
    QMetaType.Type value. QMetaType.Type on QGIS >= 3.38, QVariant.Type before."""
    if isinstance(kind, str):
        name = _FIELD_KINDS[kind]
        if FIELD_TYPES_ARE_METATYPES:
            return getattr(QMetaType.Type, name)
        return getattr(QVariant, "String" if name == "QString" else name)
    if FIELD_TYPES_ARE_METATYPES:
        return kind if isinstance(kind, QMetaType.Type) else QMetaType.Type(int(kind))
    return kind  # pragma: no cover - a QVariant.Type on QGIS < 3.38 is what QgsField takes


def make_field(name, kind, length=0, precision=0):
    """A QgsField ``name`` of ``kind`` (see field_type), built without the constructor QGIS 3.38+ deprecates."""
    return QgsField(name, field_type(kind), "", int(length or 0), int(precision or 0))


def null_rectangle():
    """An empty QgsRectangle to grow with combineExtentWith(): setNull() where it exists (3.34+; setMinimal() is
    deprecated there), the default rectangle before, which 3.22's combineExtentWith() treats as null as well."""
    box = QgsRectangle()
    if hasattr(box, "setNull"):
        box.setNull()
    return box


def save_style_to_database(layer, name, description, use_as_default=True):
    """Store ``layer``'s current style in its data source (a GeoPackage's layer_styles table). Returns the error
    message, or "" when the style was stored. saveStyleToDatabaseV2 where it exists (QGIS 3.42+, which deprecates
    saveStyleToDatabase; 3.22 to 3.40 have only the latter); a failed SLD copy is not an error, as it was not with
    saveStyleToDatabase."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        from qgis.core import QgsMapLayer

        result, message = layer.saveStyleToDatabaseV2(name, description, use_as_default, "")
        flags = QgsMapLayer.SaveStyleResult
        if result & flags.QmlGenerationFailed or result & flags.DatabaseWriteFailed:
            return message or "the style could not be written"
        return ""
    return layer.saveStyleToDatabase(name, description, use_as_default, "") or ""


def wkb_type(geometry_name):
    """QgsWkbTypes value for 'Point', 'MultiLineString' or 'MultiPolygon'."""
    from qgis.core import QgsWkbTypes

    return {
        "Point": QgsWkbTypes.Type.Point,
        "MultiLineString": QgsWkbTypes.Type.MultiLineString,
        "MultiPolygon": QgsWkbTypes.Type.MultiPolygon,
    }[geometry_name]
