"""What the three contribution algorithms share (strukturbild:contributionpackage, validatestrukturbild,
mergecontributions): reading a GeoPackage, the geometry facts of a feature, writing styled element layers, and the
texts of the problems and conflicts.

A contribution is someone else's file. It is read with GDAL/OGR, read-only: its data and nothing else. Its saved
styles (which may carry code or addresses of remote resources) are never loaded — the layers written here get the
style library's styles — and its text is only ever shown escaped.
"""

import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDefaultValue,
    QgsExpression,
    QgsFeature,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsProcessingException,
    QgsSingleSymbolRenderer,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtXml import QDomDocument

from ...strukturbild_plugin import schema
from ...strukturbild_plugin.compat import make_field, save_style_to_database, wkb_type
from ...strukturbild_plugin.gpkg import configure_form, qgs_fields
from ..methods import contributions as cm

POINT = QgsWkbTypes.GeometryType.PointGeometry
LINE = QgsWkbTypes.GeometryType.LineGeometry
POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
_KIND_OF = {"Point": POINT, "MultiLineString": LINE, "MultiPolygon": POLYGON}


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


# -- reading ------------------------------------------------------------------------------------------------

@dataclass
class FeatureData:
    fid: int
    attributes: dict
    geometry: QgsGeometry  # null when the feature has none (or an empty one)


@dataclass
class LayerData:
    name: str
    key: Optional[str]  # the element type it is read as, or None
    crs: QgsCoordinateReferenceSystem
    fields: dict  # name -> 'text' | 'int' | 'real' | 'other'
    has_geometry: bool
    features: list = field(default_factory=list)
    last_change: str = ""


@dataclass
class GeoPackageData:
    path: Path
    layers: list
    metadata: Optional[dict] = None

    def element_layers(self, context=None):
        """Layers read as element types; context=False leaves out the background (administrative units)."""
        return [layer for layer in self.layers if layer.key is not None and
                (context is None or schema.element_type(layer.key).context == context)]

    def layer(self, name):
        return next((layer for layer in self.layers if layer.name == name), None)

    def feature_count(self):
        return sum(len(layer.features) for layer in self.element_layers(context=False))

    def latest_change(self):
        return cm.latest_change(layer.last_change for layer in self.element_layers(context=False))


def _field_kind(ogr, field_type):
    if field_type == ogr.OFTString:
        return "text"
    if field_type in (ogr.OFTInteger, ogr.OFTInteger64):
        return "int"
    if field_type == ogr.OFTReal:
        return "real"
    return "other"


def _crs_of(ogr_layer):
    srs = ogr_layer.GetSpatialRef()
    if srs is None:
        return QgsCoordinateReferenceSystem()
    authority, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    if authority and code:
        crs = QgsCoordinateReferenceSystem(f"{authority}:{code}")
        if crs.isValid():
            return crs
    return QgsCoordinateReferenceSystem.fromWkt(srs.ExportToWkt())


def _open_read_only(path):
    from osgeo import gdal

    try:
        return gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])
    except RuntimeError:  # GDAL with exceptions on
        return None


def read_geopackage(path, what, with_features=True):
    """Every layer of the GeoPackage at ``path`` with its fields, CRS and features, read-only (GDAL/OGR): nothing in
    the file is run or applied. ``what`` names the file in messages ("The contribution", ...)."""
    from osgeo import ogr

    path = Path(path)
    if not path.is_file():
        raise QgsProcessingException(tr("{what} {path} does not exist. Check the path and run again.")
                                     .format(what=what, path=path))
    dataset = _open_read_only(path)
    if dataset is None:
        raise QgsProcessingException(tr(
            "{what} {path} is not a GeoPackage that can be opened (a damaged file, or another format). Ask for the "
            "GeoPackage (.gpkg) again, as made by 'Contribution packages' and edited in QGIS.").format(
            what=what, path=path))
    changes = {}
    try:
        result = dataset.ExecuteSQL("SELECT table_name, last_change FROM gpkg_contents")
        if result is not None:
            for row in result:
                changes[row.GetField(0)] = row.GetField(1)
            dataset.ReleaseResultSet(result)
    except RuntimeError:
        pass
    layers, metadata = [], None
    for index in range(dataset.GetLayerCount()):
        ogr_layer = dataset.GetLayerByIndex(index)
        name = ogr_layer.GetName()
        if name.lower() == "layer_styles":
            continue  # never read a contributor's styles
        definition = ogr_layer.GetLayerDefn()
        names = [definition.GetFieldDefn(k).GetName() for k in range(definition.GetFieldCount())]
        kinds = {names[k]: _field_kind(ogr, definition.GetFieldDefn(k).GetType()) for k in range(len(names))}
        has_geometry = ogr.GT_Flatten(ogr_layer.GetGeomType()) != ogr.wkbNone
        layer = LayerData(name, cm.element_key_of_layer(name), _crs_of(ogr_layer) if has_geometry else
                          QgsCoordinateReferenceSystem(), kinds, has_geometry, last_change=changes.get(name) or "")
        if with_features or name == cm.METADATA_TABLE:
            ogr_layer.ResetReading()
            for ogr_feature in ogr_layer:
                attributes = {names[k]: ogr_feature.GetField(k) for k in range(len(names))}
                geometry = QgsGeometry()
                ogr_geometry = ogr_feature.GetGeometryRef()
                if ogr_geometry is not None and not ogr_geometry.IsEmpty():
                    geometry.fromWkb(bytes(ogr_geometry.ExportToIsoWkb()))
                layer.features.append(FeatureData(ogr_feature.GetFID(), attributes, geometry))
        if name == cm.METADATA_TABLE and layer.features:
            metadata = dict(layer.features[0].attributes)
        layers.append(layer)
    dataset = None
    return GeoPackageData(path, layers, metadata)


def require_strukturbild(data, what):
    """Refuse a GeoPackage without any strukturbild element layer (administrative units alone are no strukturbild)."""
    if not data.element_layers(context=False):
        names = ", ".join(layer.name for layer in data.layers) or tr("no layers at all")
        raise QgsProcessingException(tr(
            "{what} {path} is not a strukturbild: none of its layers ({names}) is a strukturbild element layer such as "
            "'nod', 'utvecklingsstrak' or 'gronstruktur'. Choose the strukturbild GeoPackage (one made by 'Create "
            "strukturbild GeoPackage' or 'Contribution packages').").format(what=what, path=data.path, names=names))


def expected_crs(data):
    """The CRS a package was made in: named in its metadata, else its contributor's area's, else the first element
    layer's; an invalid CRS when none is known."""
    text = (data.metadata or {}).get("crs")
    if text:
        crs = QgsCoordinateReferenceSystem(str(text))
        if crs.isValid():
            return crs
    area = data.layer(cm.AREA_LAYER)
    if area is not None and area.crs.isValid():
        return area.crs
    for layer in data.element_layers():
        if layer.crs.isValid():
            return layer.crs
    return QgsCoordinateReferenceSystem()


def union_area(geometries):
    """One valid polygon geometry from several (None and empty left out); None when nothing is left."""
    parts = []
    for geometry in geometries:
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        if geometry.type() == POLYGON:
            parts.append(geometry)
    if not parts:
        return None
    area = QgsGeometry.unaryUnion(parts) if len(parts) > 1 else QgsGeometry(parts[0])
    return None if area.isNull() or area.isEmpty() else area


def package_area(data, crs, transform_context):
    """The contributor's area a package carries (its 'bidragsomrade' layer) in ``crs``, or None."""
    layer = data.layer(cm.AREA_LAYER)
    if layer is None or not layer.crs.isValid():
        return None
    transform = transformer(layer.crs, crs, transform_context)
    return union_area(transformed(feature.geometry, transform) for feature in layer.features)


# -- geometry -------------------------------------------------------------------------------------------------

def transformer(source, target, transform_context):
    """A QgsCoordinateTransform, or None when the CRSs are the same (or either is unknown)."""
    if not source.isValid() or not target.isValid() or source == target:
        return None
    return QgsCoordinateTransform(source, target, transform_context)


def transformed(geometry, transform):
    """A transformed copy (the geometry itself without a transform); a null geometry when it cannot be."""
    if geometry is None or geometry.isNull() or transform is None:
        return geometry
    copy = QgsGeometry(geometry)
    try:
        copy.transform(transform)
    except Exception:  # noqa: BLE001 - QgsCsException: coordinates outside the CRS's area
        return QgsGeometry()
    return copy


class AreaTest:
    """Where geometries lie against a contributor's area (grown by the tolerance): prepared once, asked often."""

    def __init__(self, area, tolerance=cm.AREA_TOLERANCE_M):
        self.area = area.buffer(tolerance, 8) if tolerance else QgsGeometry(area)
        self.engine = QgsGeometry.createGeometryEngine(self.area.constGet())
        self.engine.prepareGeometry()

    def where(self, geometry):
        """(wholly outside, partly outside)."""
        if not self.engine.intersects(geometry.constGet()):
            return True, True
        return False, not self.engine.contains(geometry.constGet())


def geometry_facts(geometry, element, area_test=None):
    """GeometryFacts of a feature's geometry (in the area's CRS) for the element type's rules."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return cm.GeometryFacts(present=False)
    expected = _KIND_OF[element.geometry]
    kind_ok = geometry.type() == expected
    if kind_ok and expected == POINT and geometry.isMultipart() and geometry.constGet().partCount() > 1:
        kind_ok = False
    facts = cm.GeometryFacts(kind_ok=kind_ok, kind=QgsWkbTypes.displayString(geometry.wkbType()))
    if not kind_ok:
        return facts
    facts.valid = geometry.isGeosValid()
    if not facts.valid:
        facts.reason = geometry.lastError() or tr("not valid")
    elif area_test is not None:
        facts.outside, facts.partly_outside = area_test.where(geometry)
    return facts


def layer_geometry(geometry, element):
    """A copy fit for the element's layer: straight segments, 2D, multi-part for lines and areas, a single point."""
    copy = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(copy.wkbType()):
        copy = QgsGeometry(copy.constGet().segmentize())
    if QgsWkbTypes.hasZ(copy.wkbType()) or QgsWkbTypes.hasM(copy.wkbType()):
        inner = copy.constGet().clone()
        inner.dropZValue()
        inner.dropMValue()
        copy = QgsGeometry(inner)
    if element.geometry.startswith("Multi"):
        copy.convertToMultiType()
    elif copy.isMultipart():
        copy.convertToSingleType()
    return copy


def clip(geometry, zone, zone_engine, element):
    """(geometry cut to the zone, cut?) of a regional element, or (None, False) when nothing of it lies in the zone.
    A point in the zone (or on its border) is kept as it is; a line or area that reaches out is cut at the border,
    keeping only parts of its own kind."""
    if not zone_engine.intersects(geometry.constGet()):
        return None, False
    if element.geometry == "Point" or zone_engine.contains(geometry.constGet()):
        return geometry, False
    source = geometry if geometry.isGeosValid() else geometry.makeValid()
    piece = source.intersection(zone)
    if piece.isNull() or piece.isEmpty():
        return None, False
    wanted = _KIND_OF[element.geometry]
    if piece.type() != wanted:
        parts = [QgsGeometry(part.clone()) for part in piece.constParts()]
        parts = [part for part in parts if part.type() == wanted]
        if not parts:
            return None, False
        piece = QgsGeometry.collectGeometry(parts)
    if (wanted == POLYGON and piece.area() <= 0) or (wanted == LINE and piece.length() <= 0):
        return None, False
    return layer_geometry(piece, element), True


# -- writing --------------------------------------------------------------------------------------------------

@contextmanager
def unsynced_writes(path):
    """Write a new GeoPackage (a staged output) without SQLite's sync after every layer, and sync it once at the
    end: a package of 30 layers took seconds of waiting for the disk. Only this thread is affected."""
    from osgeo import gdal

    previous = gdal.GetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", None)
    gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", previous)
    if os.path.isfile(str(path)):
        with open(str(path), "rb+") as handle:
            os.fsync(handle.fileno())


def _writer(path, name, fields, geometry_type, crs, first, description=""):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile if first
                                    else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer)
    if description:
        options.layerOptions = [f"DESCRIPTION={description}"]
    writer = QgsVectorFileWriter.create(str(path), fields, geometry_type, crs, QgsCoordinateTransformContext(),
                                        options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise QgsProcessingException(tr("Cannot create layer '{layer}' in {path}: {error}")
                                     .format(layer=name, path=path, error=writer.errorMessage()))
    return writer


def write_layer(path, name, specs, geometry_type, crs, rows, first=False, description=""):
    """Write a layer of ``rows`` [(values dict, geometry or None)] with fields ``specs`` [(name, kind)]."""
    fields = QgsFields()
    for field_name, kind in specs:
        fields.append(make_field(field_name, kind))
    writer = _writer(path, name, fields, geometry_type, crs, first, description)
    names = [field_name for field_name, _ in specs]
    for values, geometry in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([values.get(field_name) for field_name in names])
        if geometry is not None and not geometry.isNull():
            feature.setGeometry(geometry)
        if not writer.addFeature(feature):
            raise QgsProcessingException(tr("Cannot write to layer '{layer}' in {path}: {error}")
                                         .format(layer=name, path=path, error=writer.errorMessage()))
    del writer


def write_element_layer(path, element, crs, rows, styles, first=False, extra_fields=(), defaults=None, name=None,
                        description=None):
    """Write an element layer (or a reference layer ``name``) with the schema's fields and ``extra_fields``, and
    register its style with ``styles`` (a StyleStore): the library's style, the schema's form (aliases, value maps,
    defaults) and ``defaults`` {field: value} for the features a contributor draws."""
    name = name or element.key
    fields = qgs_fields(element)
    for spec in extra_fields:
        fields.append(make_field(spec.name, spec.type))
    writer = _writer(path, name, fields, wkb_type(element.geometry), crs, first,
                     description or f"{element.sv} / {element.en}")
    names = fields.names()
    for values, geometry in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([values.get(field_name) for field_name in names])
        if geometry is not None and not geometry.isNull():
            feature.setGeometry(layer_geometry(geometry, element))
        if not writer.addFeature(feature):
            raise QgsProcessingException(tr("Cannot write to layer '{layer}' in {path}: {error}")
                                         .format(layer=name, path=path, error=writer.errorMessage()))
    del writer
    styles.add_element(name, element, crs, extra_fields, defaults)


class StyleStore:
    """The default styles of the layers of one new GeoPackage, stored together when it is complete.

    Each element type's style comes from the style library, made safe once per run (``library.apply_style``) and
    reused; the form (aliases, value maps, defaults) is the schema's (``configure_form``). The styles are made on
    memory layers with the same fields and stored in the GeoPackage's layer_styles table in one transaction: the
    first through QGIS (which creates the table as the running QGIS reads it), the others as rows of that table.
    Opening and saving each layer through QGIS took most of a package's time."""

    def __init__(self, library, documents=None):
        self.library = library
        self.documents = {} if documents is None else documents  # element key -> its style made safe (shareable)
        self.rows = []  # (table, style name, QML, description)
        self.warnings = set()

    def _memory_layer(self, geometry, crs, fields):
        layer = QgsVectorLayer(f"{geometry}?crs={crs.authid() or 'EPSG:3006'}", "style", "memory")
        layer.dataProvider().addAttributes(fields.toList())
        layer.updateFields()
        return layer

    def add_element(self, table, element, crs, extra_fields=(), defaults=None):
        fields = qgs_fields(element)
        for spec in extra_fields:
            fields.append(make_field(spec.name, spec.type))
        layer = self._memory_layer(element.geometry, crs, fields)
        if element.key in self.documents:
            layer.importNamedStyle(self.documents[element.key])
        else:
            self.warnings.update(self.library.apply_style(layer, element.key))
            document = QDomDocument()
            layer.exportNamedStyle(document)
            self.documents[element.key] = document
        configure_form(layer, element)
        layer_fields = layer.fields()
        for spec in extra_fields:
            index = layer_fields.indexOf(spec.name)
            if index >= 0:
                layer.setFieldAlias(index, spec.sv)
        for field_name, value in (defaults or {}).items():
            index = layer_fields.indexOf(field_name)
            if index >= 0:
                layer.setDefaultValueDefinition(index, QgsDefaultValue(QgsExpression.quotedValue(value), False))
        # a GeoPackage's style names hold 30 characters: the element key, for an element and a reference layer alike
        self._add(table, element.key, layer, f"Strukturbild: {element.sv} / {element.en}")

    def add_simple(self, table, kind, colour, crs, specs=()):
        """A plain outline (areas) or marker (points) style."""
        fields = QgsFields()
        for field_name, field_kind in specs:
            fields.append(make_field(field_name, field_kind))
        layer = self._memory_layer("MultiPolygon" if kind == POLYGON else "Point", crs, fields)
        if kind == POLYGON:
            symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": colour, "outline_width": "0.8"})
        else:
            symbol = QgsMarkerSymbol.createSimple({"name": "diamond", "color": colour, "size": "4",
                                                   "outline_color": "#ffffff"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        self._add(table, table[:30], layer, "Strukturbild")

    def _add(self, table, style_name, layer, description):
        document = QDomDocument()
        layer.exportNamedStyle(document)
        self.rows.append((table, style_name, document.toString(), description))

    def write(self, path):
        """Store every style registered so far in the GeoPackage at ``path`` as its layer's default."""
        from osgeo import gdal, ogr

        if not self.rows:
            return
        table, style_name, qml, description = self.rows[0]
        options = QgsVectorLayer.LayerOptions()
        options.loadDefaultStyle = False
        layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr", options)
        document = QDomDocument()
        document.setContent(qml)
        layer.importNamedStyle(document)
        message = save_style_to_database(layer, style_name, description) if layer.isValid() else \
            tr("the layer cannot be opened")
        del layer
        if message:
            raise QgsProcessingException(tr("Cannot store the style of '{layer}' in {path}: {error}")
                                         .format(layer=table, path=path, error=message))
        rest, self.rows = self.rows[1:], []
        if not rest:
            return
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
        styles = dataset.GetLayerByName("layer_styles") if dataset is not None else None
        if styles is None:
            raise QgsProcessingException(tr("Cannot store the styles in {path}: its style table cannot be opened.")
                                         .format(path=path))
        definition = styles.GetLayerDefn()
        columns = {definition.GetFieldDefn(k).GetName() for k in range(definition.GetFieldCount())}
        dataset.StartTransaction()
        for table, style_name, qml, description in rest:
            data_layer = dataset.GetLayerByName(table)
            values = {"f_table_catalog": "", "f_table_schema": "", "f_table_name": table,
                      "f_geometry_column": data_layer.GetGeometryColumn() if data_layer is not None else "",
                      "styleName": style_name, "styleQML": qml, "styleSLD": "", "useAsDefault": 1,
                      "description": description, "owner": ""}
            feature = ogr.Feature(definition)
            for column, value in values.items():
                if column in columns:
                    feature.SetField(column, value)
            if styles.CreateFeature(feature) != 0:
                dataset.RollbackTransaction()
                raise QgsProcessingException(tr("Cannot store the style of '{layer}' in {path}.")
                                             .format(layer=table, path=path))
        dataset.CommitTransaction()
        dataset = None


# -- texts ------------------------------------------------------------------------------------------------------

def kind_word(kind):
    return {"text": tr("text"), "int": tr("whole-number"), "real": tr("decimal-number"), "other": tr("other"),
            "Point": tr("point"), "MultiLineString": tr("line"), "MultiPolygon": tr("area")}.get(kind, kind)


def severity_word(severity):
    return {cm.ERROR: tr("error"), cm.WARNING: tr("warning")}.get(severity, severity)


def problem_text(problem):
    """(problem, what to do) of a Problem, in the user's language."""
    d = dict(problem.details)
    d.update(layer=problem.layer, field=problem.field, id=problem.feature_id, fid=problem.fid)
    kind = problem.kind
    if kind == "empty":
        return (tr("The strukturbild holds no features in any element layer."),
                tr("Check that this is the file the contributor edited and sent back: merged with a previous version "
                   "as BASE, an empty file would remove all of the contributor's elements. The merge refuses it."))
    if kind == "no_contributor":
        state = tr("empty") if d.get("state") == "none" else tr("not one and the same value")
        return (tr("Who contributed this file cannot be told: it has no '{table}' table and the field "
                   "'bidragsgivare' of its features is {state}.").format(table=cm.METADATA_TABLE, state=state),
                tr("Use the package made by 'Contribution packages', which names its contributor, or fill "
                   "'bidragsgivare' with the contributor's id in every feature. The merge refuses the file."))
    if kind == "no_area":
        return (tr("The file has no contributor's area (layer '{layer}') and no AREA layer was given: elements "
                   "outside the area were not looked for.").format(layer=cm.AREA_LAYER),
                tr("Give the contributor's area (e.g. the kommun's polygon) as AREA to check where the elements "
                   "lie."))
    if kind == "missing_layer":
        return (tr("The element layer '{key}' is missing.").format(**d),
                tr("The merge reads it as empty: merged with a previous version as BASE, the contributor's earlier "
                   "elements of this type are replaced by none. If it was deleted by mistake, copy the layer back "
                   "from the package."))
    if kind == "renamed_layer":
        return (tr("The layer '{layer}' is read as the element layer '{key}'.").format(**d),
                tr("Give it its schema name '{key}' (or keep the package's layers) so that every tool finds it.")
                .format(**d))
    if kind == "extra_layer":
        return (tr("The layer '{layer}' is not part of the strukturbild.").format(**d),
                tr("The merge leaves it out. Copy its features into the matching element layer if they belong in "
                   "the strukturbild."))
    if kind == "no_crs":
        return (tr("The layer '{layer}' has no coordinate reference system.").format(**d),
                tr("Set the CRS the package was made in (Layer Properties › Source) and save. The merge refuses the "
                   "file until then."))
    if kind == "other_crs":
        return (tr("The layer '{layer}' is in another CRS than the package ({expected}).").format(**d),
                tr("The merge reprojects it to the regional strukturbild's CRS: nothing to do if the elements lie "
                   "where they should."))
    if kind == "missing_field":
        return (tr("The field '{field}' is missing.").format(**d),
                tr("The merge leaves it empty (NULL) in every feature of this layer. Keep the package's layers and "
                   "fields when editing."))
    if kind == "extra_field":
        return (tr("The field '{field}' is not part of the strukturbild schema.").format(**d),
                tr("The merge leaves its values out: move what matters into a schema field such as 'beskrivning'."))
    if kind == "wrong_field_type":
        return (tr("The field '{field}' is a {actual} field; the schema's is a {expected} field.").format(
                    field=d["field"], actual=kind_word(d.get("actual")), expected=kind_word(d.get("expected"))),
                tr("The merge converts each value; a value that cannot be converted is reported with its feature. "
                   "Keep the package's fields when editing."))
    if kind == "no_geometry":
        return (tr("The feature has no geometry."),
                tr("Draw it or delete the feature; the merge rejects it."))
    if kind == "invalid_geometry":
        return (tr("The geometry is not valid: {reason}.").format(reason=d.get("reason") or tr("not valid")),
                tr("Fix it (Vector › Geometry Tools › Fix Geometries, or the Vertex Tool) and send the file again; "
                   "the merge rejects it."))
    if kind == "wrong_geometry":
        return (tr("The geometry is a {actual}; a '{layer}' element is a {expected}.").format(
                    actual=d.get("actual"), layer=d["layer"], expected=kind_word(d.get("expected"))),
                tr("Move it to the element layer of its kind or redraw it; the merge rejects it."))
    if kind == "not_a_number":
        return (tr("'{value}' in '{field}' is not a number.").format(**d),
                tr("Enter a number or leave the field empty; the merge rejects the feature."))
    if kind == "not_a_whole_number":
        return (tr("'{value}' in '{field}' is not a whole number.").format(**d),
                tr("Enter a whole number or leave the field empty; the merge rejects the feature."))
    if kind == "code_not_in_list":
        text = tr("'{value}' is not one of the values of '{field}' ({codes}).").format(**d)
        if d.get("label_of"):
            return text, tr("'{value}' is the label of the value '{label_of}': store '{label_of}' (choose it in "
                            "the form's list). The merge rejects the feature as it is.").format(**d)
        return text, tr("Choose one of the values in the form's list; the merge rejects the feature.")
    if kind == "missing_id":
        return (tr("The feature has no id."),
                tr("The merge gives it one. Draw new elements in the package's layers: their form fills in the id."))
    if kind == "duplicate_id":
        return (tr("The id {id} is also the id of feature {first_fid} in '{first_layer}'.").format(**d),
                tr("Give this feature a new id (e.g. with uuid()) or delete the copy; the merge keeps the first and "
                   "rejects this one."))
    if kind == "outside_area":
        return (tr("The element lies outside the contributor's area."),
                tr("Move it into the area, or leave it to the contributor whose area it lies in; the merge rejects "
                   "it."))
    if kind == "partly_outside_area":
        return (tr("The element reaches outside the contributor's area."),
                tr("Check that it ends at the border; the merge takes it as it is and reports an overlap with a "
                   "neighbour's element as a conflict."))
    return kind, ""


def conflict_kind_word(kind):
    return {"same_id": tr("same id in two files"),
            "overlapping_development_areas": tr("overlapping development areas"),
            "unmatched_cross_border": tr("cross-border connection without a counterpart"),
            "classified_differently": tr("one place classified differently")}.get(kind, kind)
