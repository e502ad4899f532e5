"""The web map exporter: element layers + style library -> a self-contained folder with index.html.

Shared by the `strukturbild:exportwebmap` algorithm and (later) the panel, as the assembler is shared by
assemblemap and the panel. The layers are styled exactly as for the PDF (MapAssembler's styled copies: the same
style library, sanitised the same way, the same analysis-layer styles), and each style is converted to a web style
by processing_algorithms/methods/webstyle.py. Which legend classes a feature belongs to is decided by QGIS itself
(``legendKeysForFeature``: rule filters, ELSE rules, categories and ranges as the PDF draws them), and the
data-defined values (width by flow, size by departures, hatch density ...) are evaluated by QGIS per feature, so the
page draws what the PDF draws.

The folder holds index.html, style.css, app.js and symbols.js (strukturbild_plugin/web/), the vendored OpenLayers
build with its licence (web/vendor/ol/), data/config.js and one data/<layer>.js per layer plus its finer levels of
detail data/<layer>.<n>.js (processing_algorithms/methods/webgeom.py), and the PDF map when one is given. Every
file is a plain script or stylesheet: it opens from a file share (file://) and from any static web server, and asks
for nothing outside its folder unless a tile background was chosen.
"""

import html
import json
import math
import re
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsFeedback,
    QgsGeometry,
    QgsMapLayer,
    QgsProject,
    QgsReadWriteContext,
    QgsRenderContext,
    QgsSymbolLayerUtils,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ..processing_algorithms.methods import webstyle
from ..processing_algorithms.methods.errors import MethodError
from ..processing_algorithms.methods.progress import Cancelled
from . import schema
from .assembler import SEA_COLOUR, AssemblyError, MapAssembler
from .compat import null_rectangle
from .library import StyleLibrary

WEB_DIR = Path(__file__).resolve().parent / "web"
ICON = Path(__file__).resolve().parent / "icons" / "strukturbild.svg"
STATIC_FILES = ("app.js", "symbols.js", "style.css")
VENDOR_FILES = ("vendor/ol/ol.js", "vendor/ol/ol.css", "vendor/ol/LICENSE.md", "vendor/ol/THIRD-PARTY-LICENSES.txt",
                "vendor/ol/SOURCE.md")
BACKGROUNDS = ("none", "admin", "xyz")
WEB_MERCATOR = "EPSG:3857"
# Fields never shown in a popup: identifiers and bookkeeping.
HIDDEN_FIELDS = {"fid", "id", "plan_id", "uuid", schema.ELEMENT_TYPE_FIELD}
NAME_FIELDS = ("namn", "region_namn", "name", "namn_sv")
GROUP_ORDER = ("bebyggelse", "kommunikation", "natur_friluftsliv", "analys", "bakgrund")
MARGIN = 0.04
# Numbers shown as they are, without thousands separators: years and codes.
PLAIN_NUMBER = re.compile(r"(^|_)(ar|year|kod|code|nummer|id)$|^(ar|year)_", re.IGNORECASE)


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


class WebMapError(AssemblyError):
    """Bad input for a web map; the message names the layer/setting and what to do."""


@dataclass
class WebMapSettings:
    title: str = "Strukturbild"
    subtitle: str = ""
    sources: str = ""
    language: str = "sv"  # the page opens in this language; it can switch
    background: str = "admin"  # "none", "admin" (the administrative layers on a sea colour) or "xyz"
    xyz_url: str = ""
    xyz_attribution: str = ""
    pdf: str = ""  # a PDF map to copy into the folder and link to
    extent_layer: QgsVectorLayer = None
    extent_filter: str = ""
    map_date: date = None


@dataclass
class WebMapResult:
    folder: Path
    index: Path
    size_bytes: int
    layers: list  # [(id, title, feature count)]
    warnings: list = field(default_factory=list)

    @property
    def size_mb(self):
        return self.size_bytes / 1e6


# -- values -------------------------------------------------------------------------------------------

def json_value(value):
    """An attribute value as JSON can hold it (NULL -> None, dates as ISO text, big integers as text)."""
    if value is None or value == NULL:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if abs(value) < 2 ** 53 else str(value)
    if isinstance(value, float):
        return round(value, 6) if math.isfinite(value) else None
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
    if isinstance(value, (bytes, bytearray)) or type(value).__name__ == "QByteArray":
        return None
    return str(value)


def _number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return round(number, 3) if math.isfinite(number) else None


def _css(value):
    if value is None or value == NULL:
        return None
    colour = value if isinstance(value, QColor) else QgsSymbolLayerUtils.decodeColor(str(value))
    if not colour.isValid():
        return None
    return webstyle.rgba(colour.red(), colour.green(), colour.blue(), colour.alpha())


def _dash(value):
    if value is None or value == NULL:
        return None
    parts = [_number(part) for part in re.split(r"[;,\s]+", str(value).strip()) if part]
    parts = [p for p in parts if p is not None and p >= 0]
    return parts or None


_CONVERT = {"number": _number, "color": _css, "dash": _dash,
            "text": lambda v: None if v is None or v == NULL else str(v)}


def _slug(text):
    return schema.normalise_name(text)[:40] or "lager"


def _script(text):
    """JSON for a <script> file: '</' cannot end anything."""
    return text.replace("</", "<\\/")


def _dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def folder_size(path):
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


# -- geometry -----------------------------------------------------------------------------------------

def _kind(layer):
    geometry_type = layer.geometryType()
    if geometry_type == QgsWkbTypes.GeometryType.PointGeometry:
        return "point"
    if geometry_type == QgsWkbTypes.GeometryType.LineGeometry:
        return "line"
    if geometry_type == QgsWkbTypes.GeometryType.PolygonGeometry:
        return "polygon"
    return None


def _xy(points):
    import numpy as np

    return np.array([(p.x(), p.y()) for p in points], dtype=float).reshape(-1, 2)


def geometry_parts(geometry, kind):
    """A QgsGeometry (in Web Mercator) as plain coordinate arrays for webgeom.encode; None when empty."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    geometry = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry.convertToStraightSegment()
    geometry.convertToMultiType()
    if kind == "point":
        points = geometry.asMultiPoint()
        return _xy(points) if points else None
    if kind == "line":
        lines = [_xy(line) for line in geometry.asMultiPolyline() if len(line) >= 2]
        return lines or None
    polygons = [[_xy(ring) for ring in polygon] for polygon in geometry.asMultiPolygon() if polygon]
    return polygons or None


# -- the exporter -------------------------------------------------------------------------------------

class WebMapExporter:
    def __init__(self, library=None, feedback=None):
        self.library = library if library is not None else StyleLibrary()
        self.feedback = feedback or QgsFeedback()
        self.warnings = []

    def _warn(self, message):
        if message not in self.warnings:
            self.warnings.append(message)
            if hasattr(self.feedback, "pushWarning"):
                self.feedback.pushWarning(message)

    def _progress(self, percent):
        if self.feedback.isCanceled():
            raise Cancelled()
        self.feedback.setProgress(percent)

    # -- checks before anything is read --------------------------------------------------------------

    @staticmethod
    def check_settings(settings):
        if settings.background not in BACKGROUNDS:
            raise WebMapError(tr("Unknown background '{value}': choose none, the administrative layers or XYZ tiles.")
                              .format(value=settings.background))
        if settings.background == "xyz":
            try:
                settings.xyz_url = webstyle.check_xyz_url(settings.xyz_url)
            except MethodError as error:
                raise WebMapError(str(error))
        if settings.pdf:
            path = Path(settings.pdf)
            if not path.is_file():
                raise WebMapError(tr("The PDF map {path} does not exist. Give the PDF made by 'Assemble strukturbild "
                                     "map', or leave PDF empty.").format(path=path))
            try:
                with open(path, "rb") as handle:
                    head = handle.read(1024)
            except OSError as error:
                raise WebMapError(tr("The PDF map {path} cannot be read ({reason}).").format(
                    path=path, reason=error.strerror or error))
            if b"%PDF-" not in head:
                raise WebMapError(tr("{path} is not a PDF file. Give the PDF map to link to, or leave PDF empty.")
                                  .format(path=path))

    # -- the export ----------------------------------------------------------------------------------

    def export(self, element_layers, settings, folder):
        """Write the web map into ``folder`` (made if missing; files of the same name are replaced)."""
        from ..processing_algorithms.methods import webgeom

        self.check_settings(settings)
        folder = Path(folder)
        if settings.background == "none":
            element_layers = [item for item in element_layers
                              if item.key is None or not schema.element_type(item.key).context]
            if not element_layers:
                raise WebMapError(tr("With no background there is nothing to map: the only layers given are "
                                     "administrative ones. Give element layers, or choose a background."))
        project = QgsProject()
        assembler = MapAssembler(self.library, project, self.feedback)
        copies = assembler._styled_layers(element_layers, "sv")
        assembler._refuse(assembler._layer_references([layer for _, layer in copies]))
        for message in assembler.warnings:
            self._warn(message)
        self._progress(10)

        target = QgsCoordinateReferenceSystem(WEB_MERCATOR)
        used_ids, layer_configs, layer_files, thematic_box, all_box = set(), [], [], null_rectangle(), null_rectangle()
        n = len(copies)
        for index, (key, layer) in enumerate(copies):
            kind = _kind(layer)
            if kind is None:
                self._warn(tr("Layer '{layer}' has no geometries and is left out of the web map.")
                           .format(layer=layer.name()))
                continue
            layer_id = key or _slug(layer.name())
            base, k = layer_id, 2
            while layer_id in used_ids:
                layer_id, k = f"{base}_{k}", k + 1
            used_ids.add(layer_id)
            config, files, box = self._export_layer(layer_id, key, layer, kind, settings, target, project,
                                                    10 + 75 * index / max(n, 1), 10 + 75 * (index + 1) / max(n, 1))
            if config is None:
                continue
            layer_configs.append(config)
            layer_files.append(files)
            if box is not None:
                all_box.combineExtentWith(box)
                if key is None or not schema.element_type(key).context:
                    thematic_box.combineExtentWith(box)
        if not layer_configs:
            raise WebMapError(tr("None of the given layers has a feature the style draws: there is nothing to map."))
        self._progress(88)

        extent = self._extent(settings, thematic_box if not thematic_box.isEmpty() else all_box, target, project)
        has_land = any(c["context"] for c in layer_configs)
        config = {
            "title": settings.title or "Strukturbild",
            "subtitle": settings.subtitle or "",
            "sources": settings.sources or "",
            "date": (settings.map_date or date.today()).isoformat(),
            "language": settings.language if settings.language in ("sv", "en") else "sv",
            "pdf": None,
            "background": {"type": settings.background, "url": settings.xyz_url if settings.background == "xyz"
                           else None, "attribution": settings.xyz_attribution or None},
            "mapBackground": SEA_COLOUR if (settings.background == "admin" and has_land) else "#ffffff",
            "extent": extent,
            "lods": [list(lod) for lod in webgeom.LODS],
            "pointGrid": 1.0,
            "groups": self._groups(),
            "layers": layer_configs,
        }
        folder.mkdir(parents=True, exist_ok=True)
        data_dir = folder / "data"
        data_dir.mkdir(exist_ok=True)
        if settings.pdf:
            pdf_name = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(settings.pdf).stem).strip("._") or "karta"
            pdf_name += ".pdf"
            shutil.copyfile(settings.pdf, folder / pdf_name)
            config["pdf"] = pdf_name
        for files in layer_files:
            for name, text in files:
                (data_dir / name).write_text(text, encoding="utf-8")
        (data_dir / "config.js").write_text(_script("strukturbild.config(" + _dumps(config) + ");\n"),
                                            encoding="utf-8")
        for name in STATIC_FILES + VENDOR_FILES:
            destination = folder / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(WEB_DIR / name, destination)
        shutil.copyfile(ICON, folder / "favicon.svg")  # a browser asks for an icon: one from the folder
        index = folder / "index.html"
        index.write_text(self._index_html(config), encoding="utf-8")
        (folder / "LASMIG.txt").write_text(self._readme(config), encoding="utf-8")
        self._progress(98)
        return WebMapResult(folder, index, folder_size(folder),
                            [(c["id"], c["title"]["sv"], c["n"]) for c in layer_configs],
                            list(self.warnings))

    # -- one layer -----------------------------------------------------------------------------------

    def _style_spec(self, layer, key, settings):
        document = QDomDocument()
        categories = (QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
                      | QgsMapLayer.StyleCategory.Rendering)
        layer.exportNamedStyle(document, QgsReadWriteContext(), categories)
        try:
            spec = webstyle.convert_style(document.toString())
        except MethodError as error:
            raise WebMapError(tr("The style of layer '{layer}' cannot be read for the web map: {error}")
                              .format(layer=layer.name(), error=error))
        if key is not None and schema.element_type(key).context and settings.background == "xyz":
            webstyle.strip_fills(spec)
        for message in spec.pop("warnings"):
            self._warn(tr("Layer '{layer}': {message}.").format(layer=layer.name(), message=message))
        self._embed_svgs(spec, layer)
        return spec

    def _embed_svgs(self, spec, layer):
        """SVG markers become data: URIs (the page may load nothing from elsewhere); an SVG the library may not use
        or cannot read becomes a circle in its fill colour."""
        policy = self.library.policy()
        for entry in spec["classes"]:
            for item in webstyle.iter_symbol_layers(entry["symbol"]):
                if item.get("type") != "svg":
                    continue
                path = item.pop("path", "")
                data = None
                checked, reason = policy.check(path)
                if reason is None and checked and not str(checked).startswith(("base64:", "data:")):
                    try:
                        text = Path(checked).read_text(encoding="utf-8")
                        text = webstyle.svg_with_parameters(text, item.get("fill"), item.get("stroke"),
                                                            item.get("strokeWidth") or 0)
                        import base64

                        data = "data:image/svg+xml;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")
                    except (OSError, UnicodeDecodeError):
                        data = None
                elif reason is None and str(checked).startswith("data:"):
                    data = str(checked)
                if data is None:
                    self._warn(tr("Layer '{layer}': the SVG symbol {path} cannot be used on the web map; a circle is "
                                  "drawn instead.").format(layer=layer.name(), path=path or "?"))
                    item.update({"type": "marker", "shape": "circle", "color": item.get("fill"),
                                 "strokeColor": item.get("stroke"), "strokeWidth": item.get("strokeWidth", 0.2)})
                else:
                    item["data"] = data

    def _fields(self, layer, key):
        """[{name, title: {sv, en}, codes?}] of the fields a popup shows, in the schema's order."""
        names = layer.fields().names()
        out = []
        element = schema.element_type(key) if key is not None else None
        known = set()
        if element is not None:
            for item in element.fields:
                if item.name in names and item.name not in HIDDEN_FIELDS:
                    entry = {"name": item.name, "title": {"sv": item.sv, "en": item.en}}
                    if item.codes:
                        entry["codes"] = [[json_value(code.value), code.sv, code.en] for code in item.codes]
                    if PLAIN_NUMBER.search(item.name):
                        entry["plain"] = True
                    out.append(entry)
                    known.add(item.name)
        for index, name in enumerate(names):
            if name in known or name.lower() in HIDDEN_FIELDS:
                continue
            alias = layer.attributeAlias(index) or name
            entry = {"name": name, "title": {"sv": alias, "en": alias}}
            if PLAIN_NUMBER.search(name):
                entry["plain"] = True
            out.append(entry)
        return out

    def _export_layer(self, layer_id, key, layer, kind, settings, target, project, start, end):
        """(config, [(file name, text)], extent in Web Mercator) of one layer; (None, None, None) if nothing is
        drawn."""
        from ..processing_algorithms.methods import webgeom

        if not layer.crs().isValid():
            raise WebMapError(tr("Layer '{layer}' has no coordinate reference system, so it cannot be placed on a web "
                                 "map. Set its CRS (Layer Properties › Source) and run again.")
                              .format(layer=layer.name()))
        spec = self._style_spec(layer, key, settings)
        renderer = layer.renderer()
        transform = QgsCoordinateTransform(layer.crs(), target, project)
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        render_context = QgsRenderContext()
        render_context.setExpressionContext(context)
        renderer.startRender(render_context, layer.fields())
        try:
            features = self._features(layer, layer_id, kind, spec, renderer, render_context, transform, start, end)
        finally:
            renderer.stopRender(render_context)
        drawn, lods, box = features
        if not drawn:
            self._warn(tr("Layer '{layer}': no feature matches a class of its style, so it is left out of the web "
                          "map.").format(layer=layer.name()))
            return None, None, None
        counts = [0] * len(spec["classes"])
        for item in drawn:
            for c in item["r"]:
                counts[c] += 1
        element = schema.element_type(key) if key is not None else None
        if element is None:
            title, group = {"sv": layer.name(), "en": layer.name()}, "analys"
        else:
            title = {"sv": element.sv, "en": element.en}
            group = "bakgrund" if element.context else (element.struktur or "analys")
        fields = self._fields(layer, key)
        names = [name for name in NAME_FIELDS if name in layer.fields().names()]
        rank = {"nod": 0, "bytespunkt": 1}.get(key, 3 if element is not None and element.context else
                                               (4 if element is None else 2))
        config = {
            "id": layer_id, "file": layer_id, "key": key, "kind": kind, "title": title, "group": group,
            "context": bool(element is not None and element.context), "style": spec, "counts": counts, "n": len(drawn),
            "fields": fields, "nameFields": names, "search": bool(names), "searchRank": rank,
            "lodCount": 1 if kind == "point" else len(webgeom.LODS),
        }
        files = [(f"{layer_id}.js", _script(f"strukturbild.layerData({_dumps(layer_id)},"
                                            + _dumps({"features": drawn}) + ");\n"))]
        for lod, geometries in enumerate(lods):
            if lod == 0:
                continue
            files.append((f"{layer_id}.{lod}.js", _script(f"strukturbild.lodData({_dumps(layer_id)},{lod},"
                                                          + _dumps(geometries) + ");\n")))
        return config, files, box

    def _features(self, layer, layer_id, kind, spec, renderer, render_context, transform, start, end):
        from ..processing_algorithms.methods import webgeom

        context = render_context.expressionContext()
        key_to_class = {entry["key"]: index for index, entry in enumerate(spec["classes"])}
        fallback = spec["renderer"] == "unsupported"
        expressions = []
        for item in spec["expressions"]:
            expression = QgsExpression(item["expr"])
            expression.prepare(context)
            expressions.append((expression, _CONVERT[item["kind"]]))
        # the expressions each class's symbol uses
        used = []
        for entry in spec["classes"]:
            indices = set()
            for symbol_layer in webstyle.iter_symbol_layers(entry["symbol"]):
                indices.update(symbol_layer.get("dd", {}).values())
            used.append(sorted(indices))
        labels = []
        for label in spec["labels"]:
            text = (label.get("filter") or "").strip()
            if text.upper() == "ELSE":
                labels.append("else")
            elif text:
                expression = QgsExpression(text)
                expression.prepare(context)
                labels.append(expression)
            else:
                labels.append(None)
        for label in spec["labels"]:
            label.pop("filter", None)
        field_names = layer.fields().names()
        field_names_kept = [name for name in field_names if name.lower() not in HIDDEN_FIELDS]

        request = QgsFeatureRequest()
        if renderer.orderByEnabled() and renderer.orderBy().list():
            request.setOrderBy(renderer.orderBy())
        total = max(layer.featureCount(), 1)
        drawn, box = [], null_rectangle()
        lods = [[] for _ in (webgeom.LODS if kind != "point" else (0,))]
        skipped_transform, skipped_geometry = [], 0
        for n, feature in enumerate(layer.getFeatures(request)):
            if n % 200 == 0:
                self._progress(start + (end - start) * n / total)
            context.setFeature(feature)
            if fallback:
                classes = [0]
            else:
                classes = sorted(key_to_class[k] for k in renderer.legendKeysForFeature(feature, render_context)
                                 if k in key_to_class)
            if not classes:
                continue
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                skipped_geometry += 1
                continue
            try:
                geometry.transform(transform)
            except QgsCsException:
                skipped_transform.append(str(feature.id()))
                continue
            parts = geometry_parts(geometry, kind)
            if parts is None:
                skipped_geometry += 1
                continue
            encoded = []
            try:
                if kind == "point":
                    encoded.append(webgeom.encode_points(parts, 1.0))
                else:
                    for lod in range(len(webgeom.LODS)):
                        encoded.append(webgeom.encode(kind, parts, lod))
            except MethodError as error:
                raise WebMapError(tr("Layer '{layer}', feature {fid}: {error}").format(
                    layer=layer.name(), fid=feature.id(), error=error))
            if all(item is None for item in encoded):
                skipped_geometry += 1
                continue
            box.combineExtentWith(geometry.boundingBox())
            item = {"a": {}, "r": classes}
            for name in field_names_kept:
                value = json_value(feature[name])
                if value is not None:
                    item["a"][name] = value
            needed = sorted({i for c in classes for i in used[c]})
            if needed:
                values = [None] * len(expressions)
                for i in needed:
                    expression, convert = expressions[i]
                    values[i] = convert(expression.evaluate(context))
                item["d"] = values
            label_index, label_text = self._label(spec, labels, expressions, context, item["a"])
            if label_index is not None:
                item["l"] = label_index
                if label_text is not None:
                    item["t"] = label_text
            item["g"] = encoded[0]
            drawn.append(item)
            for lod in range(1, len(encoded)):
                lods[lod].append(encoded[lod])
        if skipped_transform:
            self._warn(tr("Layer '{layer}': {n} feature(s) could not be placed on the web map (their coordinates lie "
                          "outside what {crs} can show; ids {ids}) and are left out.").format(
                layer=layer.name(), n=len(skipped_transform), crs=WEB_MERCATOR, ids=", ".join(skipped_transform[:10])))
        if skipped_geometry:
            self._warn(tr("Layer '{layer}': {n} feature(s) without a geometry are left out of the web map.")
                       .format(layer=layer.name(), n=skipped_geometry))
        return drawn, lods, (box if drawn else None)

    @staticmethod
    def _label(spec, filters, expressions, context, attributes):
        """(label class index, text or None when the page reads the field itself) of the first label class whose
        filter matches; (None, None) when none does or the text is empty."""
        matched = None
        for index, condition in enumerate(filters):
            if condition == "else":
                continue
            if condition is None or bool(condition.evaluate(context)) and not condition.hasEvalError():
                matched = index
                break
        if matched is None:
            matched = next((i for i, c in enumerate(filters) if c == "else"), None)
        if matched is None:
            return None, None
        label = spec["labels"][matched]
        if "expr" in label:
            expression, convert = expressions[label["expr"]]
            text = convert(expression.evaluate(context))
            return (matched, text) if text else (None, None)
        value = attributes.get(label.get("field"))
        return (matched, None) if value not in (None, "") else (None, None)

    # -- the rest of the page ----------------------------------------------------------------------------

    @staticmethod
    def _groups():
        titles = {code.value: {"sv": code.sv, "en": code.en} for code in schema.STRUKTUR}
        titles["analys"] = {"sv": "Analyser", "en": "Analyses"}
        titles["bakgrund"] = {"sv": "Bakgrund", "en": "Background"}
        return [{"id": group, "title": titles[group]} for group in GROUP_ORDER]

    def _extent(self, settings, data_box, target, project):
        """[minx, miny, maxx, maxy] in Web Mercator: the extent layer's (filtered) features, else the data."""
        box = null_rectangle()
        if settings.extent_layer is not None:
            layer = settings.extent_layer
            request = QgsFeatureRequest().setNoAttributes()
            if settings.extent_filter:
                expression = QgsExpression(settings.extent_filter)
                if expression.hasParserError():
                    raise WebMapError(tr("The extent filter '{filter}' is not a valid expression: {error}")
                                      .format(filter=settings.extent_filter, error=expression.parserErrorString()))
                request = QgsFeatureRequest(expression)
            found = null_rectangle()
            for feature in layer.getFeatures(request):
                if feature.hasGeometry():
                    found.combineExtentWith(feature.geometry().boundingBox())
            if found.isEmpty():
                raise WebMapError(tr("No feature of the extent layer '{layer}' matches the filter '{filter}'.")
                                  .format(layer=layer.name(), filter=settings.extent_filter))
            if not layer.crs().isValid():
                raise WebMapError(tr("The extent layer '{layer}' has no coordinate reference system.")
                                  .format(layer=layer.name()))
            try:
                box = QgsCoordinateTransform(layer.crs(), target, project).transformBoundingBox(found)
            except QgsCsException:
                raise WebMapError(tr("The extent layer '{layer}' lies outside what a web map can show.")
                                  .format(layer=layer.name()))
        else:
            box = data_box
        values = [box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()]
        if box.isEmpty() or not all(math.isfinite(v) for v in values):
            if box.width() == 0 and box.height() == 0 and all(math.isfinite(v) for v in values):
                values = [values[0] - 5000, values[1] - 5000, values[2] + 5000, values[3] + 5000]  # one point
            else:
                raise WebMapError(tr("The map extent is empty; give an extent layer."))
        dx, dy = (values[2] - values[0]) * MARGIN, (values[3] - values[1]) * MARGIN
        return [round(values[0] - dx), round(values[1] - dy), round(values[2] + dx), round(values[3] + dy)]

    @staticmethod
    def _index_html(config):
        template = (WEB_DIR / "index.html").read_text(encoding="utf-8")
        scripts = ["data/config.js"] + [f"data/{layer['file']}.js" for layer in config["layers"]]
        noscript = ("Kartan behöver JavaScript." if config["language"] == "sv" else "The map needs JavaScript.")
        values = {
            "{{LANG}}": config["language"],
            "{{TITLE}}": html.escape(config["title"]),
            "{{SUBTITLE}}": html.escape(config["subtitle"]),
            "{{NOSCRIPT}}": html.escape(noscript),
            "{{DATA_SCRIPTS}}": "\n".join(f'<script src="{html.escape(src)}"></script>' for src in scripts),
        }
        for placeholder, value in values.items():
            template = template.replace(placeholder, value)
        return template

    @staticmethod
    def _readme(config):
        return (
            f"{config['title']}\n\n"
            "Öppna index.html i en webbläsare: direkt från en filserver (dubbelklick) eller från valfri statisk "
            "webbserver. Kopiera hela mappen; sidan hämtar inget utanför den"
            + (" utom bakgrundskartans rutor" if config["background"]["type"] == "xyz" else "") + ".\n\n"
            "Open index.html in a web browser: straight from a file share (double-click) or from any static web "
            "server. Copy the whole folder; the page loads nothing from outside it"
            + (" except the background map's tiles" if config["background"]["type"] == "xyz" else "") + ".\n\n"
            "Made with the Strukturbild QGIS plugin (strukturbild:exportwebmap). The map library is OpenLayers "
            "(BSD-2-Clause), see vendor/ol/LICENSE.md.\n")


def export_web_map(element_layers, settings, folder, library=None, feedback=None):
    """Export in one call; returns a WebMapResult."""
    return WebMapExporter(library, feedback).export(element_layers, settings, folder)
