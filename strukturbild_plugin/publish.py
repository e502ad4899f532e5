"""Publish a strukturbild as a QGIS project for QGIS Server, Lizmap and QGIS Desktop.

One folder holds everything a region puts on its server: the project file (.qgz, or .qgs for Lizmap) and the data
it reads, referenced by paths relative to the project, so the folder keeps working wherever it is copied. Data
files already inside the project's folder are used where they are; files elsewhere are copied into
``<project name>_data`` beside the project. Pictures of the layouts and symbols (logo, north arrow, a region's
SVG markers) are embedded in the project file.

The project holds the element layers of the strukturbild GeoPackage and any analysis layers, styled as the
printed map (the same MapAssembler builds one print layout per library template from the project's own layers),
grouped by struktur with Swedish names, aliases and value maps (gpkg.configure_form), a map tip with each
feature's name, and the service settings QGIS Server and Lizmap read: title, abstract, contact, published CRSs,
extent, WFS layers and feature info that uses the attribute forms.

Pure QGIS code without GUI: the `strukturbild:publishproject` algorithm calls it, and the panel can.
"""

import base64
import html
import os
import re
import shutil
import sqlite3
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsLayoutItemMap,
    QgsPathResolver,
    QgsProject,
    QgsProviderRegistry,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..processing_algorithms.methods.progress import Cancelled
from . import schema
from .assembler import AssemblyError, MapAssembler, MapSettings, unstyled_layer
from .compat import null_rectangle
from .gpkg import configure_form
from .library import StyleLibrary

#: CRSs every published project offers (WMS) besides its own: SWEREF 99 TM, web maps, WGS 84.
SERVICE_CRS = ("EPSG:3006", "EPSG:3857", "EPSG:4326")
#: Decimals of WFS coordinates: about 0.1 m in degrees, far below a millimetre in metres.
WFS_PRECISION = 6
PROJECT_SUFFIXES = (".qgz", ".qgs")
#: Layer groups besides the three ÖP-modell structures (schema.STRUKTUR): (short name, Swedish, English).
CONTEXT_GROUP = ("underlag", "Underlag", "Background")
ANALYSIS_GROUP = ("analyser", "Analyser", "Analyses")
_IMAGE = re.compile(r"\.(svgz?|png|jpe?g|gif|bmp|tiff?|webp)$", re.IGNORECASE)
_SIDECARS = {".shp": (".shx", ".dbf", ".prj", ".cpg", ".qix"), ".tab": (".dat", ".map", ".id", ".ind")}
_SHORT_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9._-]*$")
# The texts of a map tip are HTML: a feature's name is escaped by the expression that prints it.
_ESCAPE = "replace(coalesce(to_string({expression}), ''), array('&', '<', '>', '\"'), " \
          "array('&amp;', '&lt;', '&gt;', '&quot;'))"


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


class PublishError(AssemblyError):
    """Bad input for a published project; the message names the layer/file and what to do."""


@dataclass
class PublishSettings:
    title: str = "Strukturbild"
    abstract: str = ""
    organization: str = ""
    person: str = ""
    email: str = ""
    online_resource: str = ""  # the address the service will be reached at (optional)
    sources: str = ""  # printed on the layouts as 'Källa: …'
    language: str = "sv"
    templates: Optional[tuple] = None  # layout templates to include (None: every template of the library)


@dataclass
class DataFile:
    """A file the project reads: where the layers read it now, and where the published project finds it."""

    source: Path
    final: Path
    copy: bool  # False: already inside the project's folder, used where it is


@dataclass
class PublishResult:
    path: str
    layers: list = field(default_factory=list)  # published layer names, top first
    layouts: list = field(default_factory=list)
    data: list = field(default_factory=list)  # [DataFile]
    warnings: list = field(default_factory=list)


def data_folder(project_path):
    """The folder beside the project that copies of data kept elsewhere go to."""
    path = Path(project_path)
    return path.parent / f"{path.stem}_data"


def layer_file(layer):
    """The local file a layer reads (absolute), or None when it is not read from a file."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") if parts else None
    if not path:
        return None
    return Path(os.path.abspath(path))


def _family(path):
    return [path] + [path.with_suffix(suffix) for suffix in _SIDECARS.get(path.suffix.lower(), ())
                     if path.with_suffix(suffix).exists()]


def _inside(path, folder):
    try:
        Path(os.path.realpath(path)).relative_to(os.path.realpath(folder))
        return True
    except ValueError:
        return False


def plan_data(layers, final_project):
    """[DataFile] for the files ``layers`` read, as the project at ``final_project`` will find them: in place when
    inside its folder, else copied into data_folder(final_project) under a name of their own."""
    folder = Path(final_project).parent
    target = data_folder(final_project)
    plan, names = {}, set()
    for layer in layers:
        path = layer_file(layer)
        if path is None:
            continue
        key = os.path.realpath(path)
        if key in plan:
            continue
        if _inside(path, folder):
            plan[key] = DataFile(path, path, False)
            continue
        stem, suffix = path.stem, path.suffix
        name, number = path.name, 1
        while name.lower() in names:
            number += 1
            name = f"{stem}_{number}{suffix}"
        names.add(name.lower())
        plan[key] = DataFile(path, target / name, True)
    return list(plan.values())


def copy_data(plan, written_folder, feedback=None):
    """Copy the files of ``plan`` that need a copy into ``written_folder`` (the data folder, or where it is staged).
    A GeoPackage is copied through SQLite's backup (complete even while QGIS holds it open); other files with the
    files that belong to them (a shapefile's .dbf, .shx ...)."""
    for item in plan:
        if not item.copy:
            continue
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
        destination = Path(written_folder) / item.final.name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if item.source.suffix.lower() in (".gpkg", ".sqlite"):
            source = sqlite3.connect(item.source.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                target = sqlite3.connect(str(destination))
                try:
                    source.backup(target)
                finally:
                    target.close()
            except sqlite3.Error as error:
                raise PublishError(tr("{path} could not be copied beside the project ({error}). Check that it is "
                                      "a GeoPackage that can be read.").format(path=item.source, error=error))
            finally:
                source.close()
        else:
            for member in _family(item.source):
                shutil.copy2(str(member), str(destination.with_suffix(member.suffix)))


class _PathWriter:
    """Writes the project's paths as the published project must read them: a data file at the place the project
    finds it relative to where the project file is written now (QGIS then stores it relative, './…'), and a
    local picture or symbol file embedded as base64 data, so that nothing outside the folder is needed."""

    def __init__(self, plan, final_folder, written_folder):
        self.mapping = {}
        # QGIS makes a path relative against the project file's canonical folder: map into that one
        written = Path(os.path.realpath(written_folder))
        for item in plan:
            relative = item.final.relative_to(final_folder) if item.copy else \
                Path(os.path.realpath(item.final)).relative_to(os.path.realpath(final_folder))
            self.mapping[os.path.realpath(item.source)] = (written / relative).as_posix()
        self.embedded = []

    def __call__(self, text):
        try:
            return self._rewrite(text)
        except Exception:  # noqa: BLE001 - QGIS calls this from C++: never let an error escape
            return text

    def _rewrite(self, text):
        if not text or text.startswith(("base64:", "inbuilt:", "localized:")):
            return text
        path, separator, rest = text.partition("|")
        if not os.path.isabs(path):
            return text
        key = os.path.realpath(path)
        if key in self.mapping:
            return self.mapping[key] + separator + rest
        if not separator and _IMAGE.search(path) and os.path.isfile(path):
            data = Path(path).read_bytes()
            self.embedded.append(path)
            return "base64:" + base64.b64encode(data).decode("ascii")
        return text


def name_expression(layer):
    """An expression giving a feature's name (for feature info and map tips)."""
    names = layer.fields().names()
    if "namn" in names:
        return '"namn"'
    if "region_namn" in names:
        return '"region_namn"'
    if "from_namn" in names and "to_namn" in names:
        return "concat(\"from_namn\", ' – ', \"to_namn\")"
    for candidate in ("name", "NAMN", "Name", "region_id", "zon"):
        if candidate in names:
            return f'"{candidate}"'
    if "klass" in names:
        return 'represent_value("klass")'
    for candidate in ("kod", "id"):
        if candidate in names:
            return f'"{candidate}"'
    return "$id"


def map_tip(expression, heading):
    """HTML for feature info and map tips: the feature's name (escaped) and what the layer is."""
    return ('<div class="strukturbild"><strong>[% ' + _ESCAPE.format(expression=expression) + ' %]</strong>'
            f"<br/>{html.escape(heading)}</div>")


def short_name(text, taken):
    """A WMS/WFS name for a layer or group: ASCII, starting with a letter, unique among ``taken``."""
    name = schema.normalise_name(text) or "lager"
    if not _SHORT_NAME.match(name):
        name = "lager_" + name
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name}_{number}"
    taken.add(candidate)
    return candidate


def _group_of(key, language):
    """(short name, title) of the layer group an element key (None: an analysis layer) belongs to."""
    english = language == "en"
    if key is None:
        return ANALYSIS_GROUP[0], ANALYSIS_GROUP[2 if english else 1]
    element = schema.element_type(key)
    for code in schema.STRUKTUR:
        if code.value == element.struktur:
            return code.value, code.en if english else code.sv
    return CONTEXT_GROUP[0], CONTEXT_GROUP[2 if english else 1]


def _refuse_unpublishable(element_layers):
    """Refuse layers that would not work on a server: a temporary (memory) layer."""
    for item in element_layers:
        if item.layer.providerType() == "memory":
            raise PublishError(tr(
                "Layer '{layer}' is a temporary layer (kept in memory): a published project cannot read it. Save it "
                "as a GeoPackage (Export › Save Features As…) and publish that file.").format(layer=item.layer.name()))


def _absolute_sources(element_layers):
    """The layers with their file paths absolute (a path relative to the working folder, as qgis_process may give
    one, would be stored wrongly in the project)."""
    for item in element_layers:
        layer = item.layer
        path = layer_file(layer)
        if path is None or layer.providerType() != "ogr":
            continue
        source = layer.source()
        head, separator, rest = source.partition("|")
        if os.path.isabs(head):
            continue
        item.layer = unstyled_layer(str(path) + separator + rest, layer.name(), layer.providerType())
    return element_layers


def _check_features(element_layers):
    if all(item.layer.featureCount() == 0 for item in element_layers if item.layer.isValid()):
        names = sorted({str(layer_file(item.layer) or item.layer.name()) for item in element_layers})
        raise PublishError(tr("{sources}: no element layer has any features, so there is nothing to publish. Draw "
                              "the strukturbild's elements first (or add analysis layers), then publish.")
                           .format(sources=", ".join(names)))


def _configure_layers(copies, language):
    """Names, titles, short names, aliases and value maps, and feature info of the project's layers; returns
    {layer id: short name}."""
    taken = set()
    names = {}
    for key, layer in copies:
        if key is not None:
            element = schema.element_type(key)
            configure_form(layer, element, language)
            heading = element.title(language)
            abstract = f"{element.sv} / {element.en}"
            wanted = key
        else:
            heading = abstract = layer.name()
            wanted = layer_file(layer).stem if layer_file(layer) is not None else layer.name()
        expression = name_expression(layer)
        layer.setDisplayExpression(expression)
        layer.setMapTipTemplate(map_tip(expression, heading))
        names[layer.id()] = short_name(wanted, taken)
        _server_names(layer, names[layer.id()], heading, abstract)
    return names


def _server_names(layer, short, title, abstract):
    """The layer's WMS/WFS name, title and abstract: on its server properties where QGIS keeps them there (3.38+,
    which deprecates the layer's own setters), else on the layer."""
    properties = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    target = properties if properties is not None and hasattr(properties, "setShortName") else layer
    target.setShortName(short)
    target.setTitle(title)
    target.setAbstract(abstract)


def _layer_tree(project, copies, language, taken):
    """Groups by struktur (the group with the top-most layer first), layers top-down by drawing order, and the
    drawing order of the printed map kept as the project's layer order."""
    root = project.layerTreeRoot()
    top_down = list(reversed(copies))
    groups, order = {}, []
    for key, layer in top_down:
        group_key, title = _group_of(key, language)
        if group_key not in groups:
            groups[group_key] = (title, [])
            order.append(group_key)
        groups[group_key][1].append(layer)
    for group_key in order:
        title, layers = groups[group_key]
        node = root.addGroup(title)
        node.setCustomProperty("wmsShortName", short_name(group_key, taken))
        node.setCustomProperty("wmsTitle", title)
        for layer in layers:
            node.addLayer(layer)
    root.setHasCustomLayerOrder(True)
    root.setCustomLayerOrder([layer for _, layer in top_down])
    return [layer.name() for _, layer in top_down]


def _extent(project, layers, crs):
    box = null_rectangle()
    for layer in layers:
        layer.updateExtents()
        transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
        box.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    return box


def set_service_properties(project, settings, layers, crs, extent):
    """The project properties QGIS Server (WMS, WFS, OGC API Features) and Lizmap read."""
    title = settings.title or "Strukturbild"
    project.setTitle(title)
    metadata = project.metadata()
    metadata.setTitle(title)
    metadata.setAbstract(settings.abstract)
    if settings.person or settings.organization:
        metadata.setAuthor(settings.person or settings.organization)
    project.setMetadata(metadata)
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", title)
    project.writeEntry("WMSServiceAbstract", "/", settings.abstract)
    project.writeEntry("WMSKeywordList", "/", ["strukturbild", "översiktsplanering", "regional planering"])
    project.writeEntry("WMSContactOrganization", "/", settings.organization)
    project.writeEntry("WMSContactPerson", "/", settings.person)
    project.writeEntry("WMSContactMail", "/", settings.email)
    if settings.online_resource:
        project.writeEntry("WMSOnlineResource", "/", settings.online_resource)
    crs_list = list(SERVICE_CRS)
    for candidate in [crs] + [layer.crs() for layer in layers]:
        if candidate.isValid() and candidate.authid() and candidate.authid() not in crs_list:
            crs_list.append(candidate.authid())
    project.writeEntry("WMSCrsList", "/", crs_list)
    project.writeEntry("WMSExtent", "/", [repr(value) for value in (extent.xMinimum(), extent.yMinimum(),
                                                                    extent.xMaximum(), extent.yMaximum())])
    project.writeEntry("WMSUseLayerIDs", "/", False)
    project.writeEntry("WMSAddWktGeometry", "/", True)
    project.writeEntry("WMSFeatureInfoUseAttributeFormSettings", "/", True)
    project.writeEntry("WMSPrecision", "/", str(WFS_PRECISION))
    project.writeEntry("WMSRootName", "/", "strukturbild")
    vector_ids = [layer.id() for layer in layers if isinstance(layer, QgsVectorLayer)]
    project.writeEntry("WFSLayers", "/", vector_ids)
    for layer_id in vector_ids:
        project.writeEntry("WFSLayersPrecision", "/" + layer_id, WFS_PRECISION)


def _write(project, path, writer):
    project.setFilePathStorage(Qgis.FilePathType.Relative)
    writer_id = QgsPathResolver.setPathWriter(writer)
    try:
        ok = project.write(str(path))
    finally:
        QgsPathResolver.removePathWriter(writer_id)
    if not ok:
        raise PublishError(tr("The project could not be written to {path}: {error}").format(
            path=path, error=project.error() or tr("check that the folder can be written to")))


def project_sources(path):
    """The data sources (provider, source) of the layers in a written project file (.qgs or .qgz)."""
    path = Path(path)
    if path.suffix.lower() == ".qgz":
        with zipfile.ZipFile(str(path)) as archive:
            name = next(item for item in archive.namelist() if item.lower().endswith(".qgs"))
            text = archive.read(name)
    else:
        text = path.read_bytes()
    root = ET.fromstring(text)
    found = []
    for element in root.iter("maplayer"):
        provider = element.find("provider")
        source = element.find("datasource")
        found.append((provider.text if provider is not None else "", source.text if source is not None else ""))
    return found


def _check_written(path):
    """Every file the written project reads lies in its folder ('./…' as QGIS writes a relative path): a path
    that climbs out, is absolute or is relative to anything else would not work when the folder is copied to a
    server."""
    for provider, source in project_sources(path):
        if provider not in ("ogr", "gdal"):
            continue
        head = (source or "").split("|")[0]
        if head and (not head.startswith("./") or "/../" in head):
            raise PublishError(tr("The project would read {source} from outside its folder; it was not written.")
                               .format(source=source))


def publish(element_layers, settings, output, final_output=None, data_output=None, library=None, feedback=None):
    """Write the published project.

    element_layers: [ElementLayer] (assembler.geopackage_layers + match_layers).
    output: where the project file is written now; final_output: where it will live (default: output), the folder
    its paths are relative to; data_output: where the copies of data kept elsewhere are written now (default:
    data_folder(final_output)); they must end up in data_folder(final_output).
    Returns a PublishResult.
    """
    output = Path(os.path.abspath(output))  # a path relative to the working folder would be stored as it is
    final_output = Path(os.path.abspath(final_output)) if final_output is not None else output
    if data_output is not None:
        data_output = Path(os.path.abspath(data_output))
    if final_output.suffix.lower() not in PROJECT_SUFFIXES:
        raise PublishError(tr("The project file must end in .qgz (or .qgs for Lizmap): {path}").format(
            path=final_output))
    library = library if library is not None else StyleLibrary()
    feedback = feedback or QgsFeedback()
    language = settings.language
    _refuse_unpublishable(element_layers)
    element_layers = _absolute_sources(element_layers)
    invalid = [item.layer.name() for item in element_layers if not item.layer.isValid()]
    if invalid:
        raise PublishError(tr("Layer '{layer}' is not valid (its source cannot be read).").format(layer=invalid[0]))
    _check_features(element_layers)

    project = QgsProject()
    assembler = MapAssembler(library, project, feedback)
    templates = list(settings.templates) if settings.templates else list(library.templates())
    manager = project.layoutManager()
    layouts = []
    for number, template in enumerate(templates):
        if feedback.isCanceled():
            raise Cancelled()
        layout = assembler.build(element_layers, MapSettings(
            template=template, title=settings.title, sources=settings.sources, language=language))
        layout.setName(manager.generateUniqueTitle() if not settings.title else f"{settings.title} – {template}")
        manager.addLayout(layout)
        layouts.append(layout)
        feedback.setProgress(10 + 50 * (number + 1) / max(1, len(templates)))
    copies = assembler.styled
    layers = [layer for _, layer in copies]
    crs = project.crs()

    taken = set(_configure_layers(copies, language).values())
    names = _layer_tree(project, copies, language, taken)
    main_map = layouts[0].itemById("main_map") if layouts else None
    if isinstance(main_map, QgsLayoutItemMap):
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(main_map.extent(), crs))
    set_service_properties(project, settings, layers, crs, _extent(project, layers, crs))

    plan = plan_data(layers, final_output)
    if any(item.copy for item in plan):
        copy_data(plan, Path(data_output) if data_output is not None else data_folder(final_output), feedback)
    feedback.setProgress(80)
    writer = _PathWriter(plan, final_output.parent, output.parent)
    _write(project, output, writer)
    _check_written(output)
    feedback.setProgress(95)
    return PublishResult(str(final_output), names, [layout.name() for layout in layouts], plan,
                         list(assembler.warnings))
