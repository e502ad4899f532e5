"""Reading zones and OD tables for the functional-connection algorithms (shared by flowlines and
functionalregions): QGIS layers in, a checked zone list and a methods.od.ODMatrix out.

Every problem becomes a QgsProcessingException that names the layer and field and says what to do.
"""

from dataclasses import dataclass, field
from typing import List

from qgis.core import QgsFeatureRequest, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


@dataclass
class Zones:
    """The zones layer read once: ids in feature order, and what the adapters need beside them."""

    source: object  # QgsProcessingFeatureSource
    id_field: str
    ids: List[str]
    feature_ids: List[int]
    names: List[str] = field(default_factory=list)

    def index(self):
        return {zone_id: k for k, zone_id in enumerate(self.ids)}


def read_zones(source, layer_name, id_field, name_field="", feedback=None):
    """Read zone ids (text, normalised) and feature ids; refuse missing fields, NULL and duplicated ids."""
    from ..methods import od

    if source is None:
        raise QgsProcessingException(tr("The zones layer could not be read."))
    fields = source.fields()
    if fields.indexOf(id_field) < 0:
        raise QgsProcessingException(tr("The zones layer '{layer}' has no field '{field}'. Choose the field that "
                                        "holds the zone codes (e.g. kommunkod).").format(layer=layer_name,
                                                                                         field=id_field))
    attributes = [id_field] + ([name_field] if name_field and fields.indexOf(name_field) >= 0 else [])
    request = QgsFeatureRequest().setSubsetOfAttributes(attributes, fields).setFlags(
        QgsFeatureRequest.Flag.NoGeometry)
    ids, feature_ids, names, empty = [], [], [], 0
    for feature in source.getFeatures(request):
        value = feature[id_field]
        text = od.normalise_id(None if value is None or str(value) == "NULL" else value)
        if not text:
            empty += 1
            continue
        ids.append(text)
        feature_ids.append(feature.id())
        names.append(str(feature[name_field]) if len(attributes) > 1 and feature[name_field] is not None else text)
    if not ids:
        raise QgsProcessingException(tr("The zones layer '{layer}' has no features with a value in '{field}'.")
                                     .format(layer=layer_name, field=id_field))
    seen, duplicated = set(), []
    for zone_id in ids:
        if zone_id in seen and zone_id not in duplicated:
            duplicated.append(zone_id)
        seen.add(zone_id)
    if duplicated:
        raise QgsProcessingException(tr(
            "The zones layer '{layer}' has {n} duplicated id(s) in field '{field}' (e.g. {examples}). Each zone must "
            "occur once: dissolve the layer by '{field}' first.").format(
            layer=layer_name, n=len(duplicated), field=id_field, examples=", ".join(duplicated[:5])))
    if empty and feedback is not None:
        feedback.pushWarning(tr("{n} zone(s) of '{layer}' have no value in '{field}' and were left out.")
                             .format(n=empty, layer=layer_name, field=id_field))
    return Zones(source, id_field, ids, feature_ids, names)


def read_od(source, layer_name, origin_field, destination_field, value_field, zone_ids, feedback=None):
    """Read an OD table (any QGIS table/CSV/GeoPackage layer) into a methods.od.ODMatrix over `zone_ids`."""
    from ...strukturbild_plugin.i18n import format_number
    from ..method_messages import translated
    from ..methods import od

    if source is None:
        raise QgsProcessingException(tr("The flow table could not be read."))
    fields = source.fields()
    for role, name in ((tr("origin (residence)"), origin_field), (tr("destination (workplace)"), destination_field),
                       (tr("value (count)"), value_field)):
        if not name or fields.indexOf(name) < 0:
            raise QgsProcessingException(tr("The flow table '{layer}' has no field '{field}' for the {role}. "
                                            "Available fields: {fields}.").format(
                layer=layer_name, field=name, role=role, fields=", ".join(fields.names())))
    request = QgsFeatureRequest().setSubsetOfAttributes([origin_field, destination_field, value_field], fields)
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    origins, destinations, values = [], [], []
    for feature in source.getFeatures(request):
        origins.append(_plain(feature[origin_field]))
        destinations.append(_plain(feature[destination_field]))
        values.append(_plain(feature[value_field]))
        if feedback is not None and feedback.isCanceled():
            break
    try:
        matrix = od.build_matrix(origins, destinations, values, zone_ids, first_row_number=1)
    except od.ODError as error:
        raise QgsProcessingException(tr("Flow table '{layer}' (fields {o}, {d}, {v}): {error}").format(
            layer=layer_name, o=origin_field, d=destination_field, v=value_field, error=translated(error)))
    if feedback is not None:
        feedback.pushInfo(tr("Flow table '{layer}': {rows} rows read, {used} used, {total} commuters in the "
                             "matrix of {n} zones.").format(layer=layer_name, rows=matrix.n_rows, used=matrix.n_used,
                                                            total=format_number(matrix.matrix.sum(), 0),
                                                            n=len(zone_ids)))
        for note in matrix.notes:
            feedback.pushWarning(tr("Flow table '{layer}': {note}").format(layer=layer_name, note=translated(note)))
    return matrix


def _plain(value):
    """QVariant NULL -> None; everything else as Python gives it."""
    if value is None:
        return None
    try:
        from qgis.PyQt.QtCore import QVariant

        if isinstance(value, QVariant) and value.isNull():
            return None
    except ImportError:  # pragma: no cover
        pass
    return value
