"""Create an empty strukturbild GeoPackage: one layer per element type, styled, with friendly forms.

Each layer gets the schema's fields, Swedish aliases, value-map widgets for coded fields, default values
(a uuid id, the element's ÖP-modell struktur/objekttyp) and the library's style stored in the GeoPackage
as the layer's default style, so that opening a layer in QGIS gives the right symbols and drop-downs.
"""

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFeedback,
    QgsFieldConstraints,
    QgsFields,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..processing_algorithms.methods.progress import Cancelled
from . import schema
from .compat import make_field, save_style_to_database, wkb_type
from .library import StyleLibrary


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


class GeoPackageError(Exception):
    pass


def qgs_fields(element):
    fields = QgsFields()
    for spec in element.fields:
        fields.append(make_field(spec.name, spec.type, length=spec.length or 0))
    return fields


def _write_empty_layer(path, element, crs, first):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = element.key
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile if first
                                    else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer)
    options.layerOptions = [f"DESCRIPTION={element.sv} / {element.en}"]
    writer = QgsVectorFileWriter.create(str(path), qgs_fields(element), wkb_type(element.geometry), crs,
                                        QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise GeoPackageError(tr("Cannot create layer '{layer}' in {path}: {error}")
                              .format(layer=element.key, path=path, error=writer.errorMessage()))
    del writer  # closes the layer


def configure_form(layer, element, language="sv"):
    """Aliases, value maps and defaults that make drawing an element pleasant."""
    fields = layer.fields()
    for spec in element.fields:
        index = fields.indexOf(spec.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, spec.sv if language == "sv" else spec.en)
        if spec.is_coded:
            value_map = [{(code.sv if language == "sv" else code.en): code.value} for code in spec.codes]
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": value_map}))
        if spec.name == "id":
            layer.setDefaultValueDefinition(index, QgsDefaultValue("uuid('WithoutBraces')", False))
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False}))
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintUnique,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft)
        elif spec.name == "struktur" and element.struktur:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(f"'{element.struktur}'", False))
        elif spec.name == "objekttyp" and element.objekttyp:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(f"'{element.objekttyp}'", False))
        elif spec.name == "status":
            layer.setDefaultValueDefinition(index, QgsDefaultValue("'befintlig'", False))
        elif spec.name == "beskrivning":
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True}))
    layer.setDisplayExpression('"namn"' if fields.indexOf("namn") >= 0 else '"id"')


def create_strukturbild(path, crs=None, library=None, feedback=None, elements=None):
    """Write an empty strukturbild GeoPackage at `path` (overwritten).

    crs: a projected QgsCoordinateReferenceSystem (default EPSG:3006, SWEREF 99 TM).
    library: a StyleLibrary (default: the configured or bundled one).
    elements: element keys to create (default: all).
    Returns (path, warnings).
    """
    crs = crs if crs is not None else QgsCoordinateReferenceSystem("EPSG:3006")
    if not crs.isValid() or crs.isGeographic():
        raise GeoPackageError(tr("A strukturbild GeoPackage needs a projected CRS in metres, such as SWEREF 99 TM "
                                 "(EPSG:3006); got {crs}.").format(crs=crs.authid() or crs.description()))
    library = library if library is not None else StyleLibrary()
    feedback = feedback or QgsFeedback()
    path = Path(path)
    chosen = [schema.element_type(key) for key in (elements or schema.element_keys())]
    warnings = []
    steps = len(chosen) * 2
    for number, element in enumerate(chosen):
        if feedback.isCanceled():
            raise Cancelled()
        _write_empty_layer(path, element, crs, first=(number == 0))
        feedback.setProgress(100.0 * (number + 1) / steps)

    for number, element in enumerate(chosen):
        if feedback.isCanceled():
            raise Cancelled()
        layer = QgsVectorLayer(f"{path}|layername={element.key}", element.sv, "ogr")
        if not layer.isValid():
            raise GeoPackageError(tr("The new layer '{layer}' in {path} cannot be opened.")
                                  .format(layer=element.key, path=path))
        warnings += library.apply_style(layer, element.key)
        configure_form(layer, element)
        message = save_style_to_database(layer, element.key, f"Strukturbild: {element.sv} / {element.en}")
        if message:
            raise GeoPackageError(tr("Cannot store the style of '{layer}' in {path}: {error}")
                                  .format(layer=element.key, path=path, error=message))
        del layer
        feedback.setProgress(100.0 * (len(chosen) + number + 1) / steps)
    return str(path), warnings
