"""strukturbild:contributionpackage — one strukturbild GeoPackage per kommun (or any zone) to send out for a
contributions round: the regional strukturbild cut to the zone, its plan_id and contributor set, the regional elements
around it as reference layers, styled and with forms."""

from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...strukturbild_plugin import schema
from ...strukturbild_plugin.library import StyleLibrary
from ..base import StrukturbildAlgorithm, step
from ..methods import contributions as cm
from ..methods.errors import MethodError
from .contributions_common import (
    POLYGON,
    StyleStore,
    clip,
    read_geopackage,
    require_strukturbild,
    transformed,
    transformer,
    union_area,
    unsynced_writes,
    write_element_layer,
    write_layer,
)


def zone_id_text(value):
    """A zone id as text: 580 and 580.0 -> '580', ' 0580 ' -> '0580'; '' for NULL."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class ContributionPackage(StrukturbildAlgorithm):
    ALGORITHM_ID = "contributionpackage"
    GROUP_ID = "maps"

    STRUKTURBILD = "STRUKTURBILD"
    ZONES = "ZONES"
    ZONE_ID_FIELD = "ZONE_ID_FIELD"
    ZONE_NAME_FIELD = "ZONE_NAME_FIELD"
    PLAN_ID = "PLAN_ID"
    STYLE_LIBRARY = "STYLE_LIBRARY"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    N_PACKAGES = "N_PACKAGES"

    def displayName(self):
        return self.tr("Contribution packages")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Makes one strukturbild GeoPackage per zone (a kommun, a län, any polygon of the zones layer) to "
                    "send to the contributors of a contributions round. Check a returned package with 'Validate "
                    "strukturbild' and merge the packages with 'Merge contributions'."),
            [(self.STRUKTURBILD, self.tr("the regional strukturbild GeoPackage (read only; its own saved styles are "
                                         "not used).")),
             (self.ZONES, self.tr("the contributors' areas; features with the same id make one zone.")),
             (self.ZONE_ID_FIELD, self.tr("the contributor of each zone, e.g. the kommunkod.")),
             (self.ZONE_NAME_FIELD, self.tr("the zones' names.")),
             (self.PLAN_ID, self.tr("the plan the contributions are for; empty: the strukturbild's own plan_id.")),
             (self.STYLE_LIBRARY, self.tr("a folder with the region's shared styles; empty: the library set in the "
                                          "Strukturbild settings, else the bundled one.")),
             (self.OUTPUT_FOLDER, self.tr("where the packages are written; other files in it are left alone. Each "
                                          "package (strukturbild_bidrag_0580.gpkg for the zone 0580) holds every "
                                          "element layer of the strukturbild with the regional elements in the zone: "
                                          "elements outside are left out, lines and areas that cross the zone's border "
                                          "are cut at it (a cut piece gets an id of its own; 'ursprung_id' keeps the "
                                          "regional element's id). Every element gets the package's plan_id and the "
                                          "zone's id as 'bidragsgivare' (contributor), and so does every element the "
                                          "contributor draws (the forms fill them in). The regional elements within 30 "
                                          "km of the zone come along unchanged as reference layers ('referens_…'), the "
                                          "zone itself as 'bidragsomrade', and a table 'strukturbild_bidrag' names the "
                                          "contributor for the merge. The layers carry the style library's styles and "
                                          "forms with drop-down lists, so the package opens ready to edit in QGIS."))])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.STRUKTURBILD, self.tr("Regional strukturbild GeoPackage"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (contributors' areas, e.g. kommuner)"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_ID_FIELD, self.tr("Zone id field (the contributor)"), parentLayerParameterName=self.ZONES))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_NAME_FIELD, self.tr("Zone name field"), parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.PLAN_ID, self.tr("Plan id (empty: the strukturbild's)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.STYLE_LIBRARY, self.tr("Style library folder (empty: configured or bundled)"),
            behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Folder for the packages")))
        self.addOutput(QgsProcessingOutputNumber(self.N_PACKAGES, self.tr("Number of packages")))
        self.mark_advanced(self.STYLE_LIBRARY)

    # -- reading ------------------------------------------------------------------------------------------------

    def _regional_elements(self, data, crs, context, feedback):
        """{element key: [(values, geometry in crs)]} of the strukturbild; features without a geometry are left
        out (said in the log)."""
        elements, without_geometry, bad_values = {}, 0, 0
        for layer in data.element_layers():
            transform = transformer(layer.crs, crs, context.transformContext())
            for feature in layer.features:
                if feature.geometry.isNull():
                    without_geometry += 1
                    continue
                values, problems = cm.value_problems(layer.key, feature.attributes, layer.name, feature.fid)
                bad_values += sum(1 for problem in problems if problem.severity == cm.ERROR)
                geometry = transformed(feature.geometry, transform)
                if geometry.isNull():
                    without_geometry += 1
                    continue
                elements.setdefault(layer.key, []).append((values, geometry))
        if without_geometry:
            feedback.pushWarning(self.tr("{n} element(s) of the strukturbild have no geometry (or none in its CRS) "
                                         "and are in no package.").format(n=without_geometry))
        if bad_values:
            feedback.pushWarning(self.tr("{n} value(s) of the strukturbild are not in the schema's types or code "
                                         "lists and are left empty in the packages; check the strukturbild with "
                                         "'Validate strukturbild'.").format(n=bad_values))
        return elements

    def _zones(self, source, id_index, name_index, crs, context):
        """{zone id: (name, geometry in crs)}, features with one id joined."""
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        geometries, names = {}, {}
        for feature in source.getFeatures(request):
            zone_id = zone_id_text(feature.attribute(id_index))
            if not zone_id:
                raise QgsProcessingException(self.tr(
                    "Feature {fid} of the zones layer '{layer}' has no id in '{field}'. Give every zone an id (the "
                    "contributor's, e.g. its kommunkod) or leave the feature out, and run again.").format(
                    fid=feature.id(), layer=source.sourceName(), field=source.fields().at(id_index).name()))
            geometries.setdefault(zone_id, []).append(feature.geometry())
            if name_index >= 0 and zone_id not in names:
                name = feature.attribute(name_index)
                names[zone_id] = "" if name is None or (hasattr(name, "isNull") and name.isNull()) else str(name)
        zones = {}
        for zone_id, parts in geometries.items():
            area = union_area(parts)
            if area is None:
                raise QgsProcessingException(self.tr(
                    "The zone '{zone}' of the zones layer '{layer}' has no area. Give it a polygon or leave it out, "
                    "and run again.").format(zone=zone_id, layer=source.sourceName()))
            zones[zone_id] = (names.get(zone_id, ""), area)
        if not zones:
            raise QgsProcessingException(self.tr("The zones layer '{layer}' has no features: choose the layer of "
                                                 "the contributors' areas.").format(layer=source.sourceName()))
        return zones

    # -- running -------------------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.STRUKTURBILD, context)
        data = read_geopackage(path, self.tr("The strukturbild"))
        require_strukturbild(data, self.tr("The strukturbild"))
        crs = next((layer.crs for layer in data.element_layers() if layer.crs.isValid() and layer.features),
                   next((layer.crs for layer in data.element_layers() if layer.crs.isValid()),
                        QgsCoordinateReferenceSystem()))
        self.require_projected(crs, self.tr("The strukturbild {path}").format(path=path))
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        id_name = self.parameterAsString(parameters, self.ZONE_ID_FIELD, context)
        id_index = source.fields().lookupField(id_name)
        if id_index < 0:
            raise QgsProcessingException(self.tr("The zones layer '{layer}' has no field '{field}': choose the field "
                                                 "with the contributors' ids.").format(layer=source.sourceName(),
                                                                                      field=id_name))
        name_name = self.parameterAsString(parameters, self.ZONE_NAME_FIELD, context)
        name_index = source.fields().lookupField(name_name) if name_name else -1
        plan_id = (self.parameterAsString(parameters, self.PLAN_ID, context) or "").strip()
        if not plan_id:
            found = Counter(str(feature.attributes.get("plan_id")).strip() for layer in data.element_layers(False)
                            for feature in layer.features
                            if feature.attributes.get("plan_id") not in (None, ""))
            plan_id = found.most_common(1)[0][0] if found else "strukturbild"
        library = StyleLibrary(self.parameterAsFile(parameters, self.STYLE_LIBRARY, context) or None)
        folder = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context))

        zones = self._zones(source, id_index, name_index, crs, context)
        files = {}
        for zone_id in zones:
            try:
                name = cm.package_file_name(zone_id)
            except MethodError:
                raise QgsProcessingException(self.tr(
                    "The zone id '{zone}' gives no usable file name: give the zones ids with letters or digits.")
                    .format(zone=zone_id))
            if name in files:
                raise QgsProcessingException(self.tr(
                    "The zone ids '{a}' and '{b}' give the same file name {name}: give the zones ids that differ in "
                    "their letters or digits.").format(a=files[name], b=zone_id, name=name))
            files[name] = zone_id
        step(feedback, 5)
        elements = self._regional_elements(data, crs, context, feedback)
        made = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        warnings, documents = set(), {}
        folder.mkdir(parents=True, exist_ok=True)
        for number, (name, zone_id) in enumerate(sorted(files.items(), key=lambda item: item[1])):
            step(feedback, 5 + 95.0 * number / len(files))
            zone_name, zone = zones[zone_id]
            counts = self._write_package(folder / name, zone_id, zone_name, zone, elements, crs, plan_id, library,
                                         warnings, documents, metadata={
                                             "plan_id": plan_id, "bidragsgivare": zone_id, "namn": zone_name,
                                             "zonlager": source.sourceName(), "strukturbild": Path(path).name,
                                             "crs": crs.authid(), "skapad": made, "format": cm.PACKAGE_FORMAT})
            feedback.pushInfo(self.tr("{file}: {zone}{name}, {n} element(s) of which {cut} cut at its border, {ref} "
                                      "reference element(s) around it.").format(
                file=name, zone=zone_id, name=f" ({zone_name})" if zone_name else "", n=counts[0], cut=counts[1],
                ref=counts[2]))
        for warning in sorted(warnings):
            feedback.pushWarning(warning)
        feedback.pushInfo(self.tr("{n} package(s) for plan '{plan}' in {folder}.").format(
            n=len(files), plan=plan_id, folder=self.final_folder(folder)))
        return {self.OUTPUT_FOLDER: str(folder), self.N_PACKAGES: len(files)}

    def final_folder(self, staged):
        from ..outputs import active_transaction

        transaction = active_transaction()
        return transaction.final_path(staged) if transaction is not None else str(staged)

    def _write_package(self, target, zone_id, zone_name, zone, elements, crs, plan_id, library, warnings, documents,
                       metadata):
        with unsynced_writes(target):
            return self._write_package_layers(target, zone_id, zone_name, zone, elements, crs, plan_id, library,
                                              warnings, documents, metadata)

    def _write_package_layers(self, target, zone_id, zone_name, zone, elements, crs, plan_id, library, warnings,
                              documents, metadata):
        """Write one package; returns (elements, cut, reference elements)."""
        styles = StyleStore(library, documents)
        engine = QgsGeometry.createGeometryEngine(zone.constGet())
        engine.prepareGeometry()
        near = zone.boundingBox()
        near.grow(cm.REFERENCE_MARGIN_M)
        n_elements = n_cut = n_reference = 0
        first = True
        for element in schema.ELEMENT_TYPES:
            regional = elements.get(element.key, [])
            if element.context:
                rows = [(values, geometry) for values, geometry in regional
                        if geometry.boundingBox().intersects(near)]
                write_element_layer(target, element, crs, rows, styles, first=first)
                first = False
                continue
            rows = []
            for values, geometry in regional:
                piece, cut = clip(geometry, zone, engine, element)
                if piece is None:
                    continue
                new = dict(values)
                original = values.get("id")
                if cut and original:
                    new["id"] = cm.piece_id(original, zone_id)
                new.update(ursprung_id=original, bidragsgivare=zone_id, plan_id=plan_id)
                rows.append((new, piece))
                n_cut += int(cut)
            n_elements += len(rows)
            write_element_layer(target, element, crs, rows, styles, first=first, extra_fields=cm.PACKAGE_FIELDS,
                                defaults={"plan_id": plan_id, "bidragsgivare": zone_id})
            first = False
        for element in schema.ELEMENT_TYPES:
            if element.context:
                continue
            rows = [(values, geometry) for values, geometry in elements.get(element.key, [])
                    if geometry.boundingBox().intersects(near)]
            if not rows:
                continue
            n_reference += len(rows)
            write_element_layer(target, element, crs, rows, styles, name=cm.REFERENCE_PREFIX + element.key,
                                description=self.tr("Reference, not merged: {title}").format(title=element.sv))
        area = QgsGeometry(zone)
        area.convertToMultiType()
        write_layer(target, cm.AREA_LAYER, [("bidragsgivare", "text"), ("namn", "text")],
                    QgsWkbTypes.Type.MultiPolygon, crs, [({"bidragsgivare": zone_id, "namn": zone_name}, area)],
                    description=self.tr("The contributor's area"))
        styles.add_simple(cm.AREA_LAYER, POLYGON, "#d7191c", crs, [("bidragsgivare", "text"), ("namn", "text")])
        write_layer(target, cm.METADATA_TABLE, [(name, "text") for name in cm.METADATA_FIELDS],
                    QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem(), [(metadata, None)],
                    description=self.tr("Who contributes this package (read by 'Merge contributions')"))
        styles.write(target)
        warnings.update(styles.warnings)
        return n_elements, n_cut, n_reference
