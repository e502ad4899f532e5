"""The map assembler: element layers + style library + layout template -> print layout -> PDF/PNG/SVG.

Pure QGIS code with no GUI, so the dock widget and the `strukturbild:assemblemap` algorithm (and a
qgis_process batch run over all counties) build exactly the same map from the same settings.
"""

import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataProvider,
    QgsExpression,
    QgsFeatureRequest,
    QgsFeedback,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsProviderRegistry,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter
from qgis.PyQt.QtWidgets import QStyleOptionGraphicsItem
from qgis.PyQt.QtXml import QDomDocument

from . import schema
from .compat import null_rectangle
from .library import REMOTE_SETTINGS_KEY, LibraryError, StyleLibrary, apply_qml_text, find_unsafe_references

REQUIRED_ITEMS = ("main_map", "legend", "title")
OPTIONAL_ITEMS = ("overview_map", "subtitle", "scalebar", "north_arrow", "sources", "date", "logo")
EXPORT_FORMATS = (".pdf", ".png", ".svg")
# Behind a land layer (administrativ_indelning) the map background is the sea and the large lakes.
SEA_COLOUR = "#dce8f0"
_NICE_STEPS = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5, 8.0, 10.0)
# A text too long for its box (title, subtitle, sources) is set smaller, down to this share of the template's size
# (and never below MIN_TEXT_POINTS); a legend too large for its box gets more columns, then smaller type and symbols
# down to LEGEND_MIN_SCALE. Whatever still does not fit is reported, never cut off silently.
TEXT_MIN_SCALE = 0.5
POINT_MM = 25.4 / 72.0  # QgsLayoutUtils::pointsToMM
MIN_TEXT_POINTS = 5.0
LEGEND_MIN_SCALE = 0.6
LEGEND_EXTRA_COLUMNS = 2
FITTED_TEXTS = ("title", "subtitle", "sources")


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


class AssemblyError(Exception):
    """Bad input for a map; the message names the layer/setting and what to do."""


@dataclass
class ElementLayer:
    """A layer and the strukturbild element type it is drawn as; key None: an analysis layer (travel times,
    DEGURBA, ...) drawn with its own style under its own name."""

    layer: QgsVectorLayer
    key: Optional[str]


def own_style_draw_order(layer):
    """Where an analysis layer draws among the element types (schema draw_order): areas just above the rural
    typology, lines above transport infrastructure, points below the nodes."""
    kind = layer.geometryType()
    if kind == QgsWkbTypes.GeometryType.PointGeometry:
        return 125
    if kind == QgsWkbTypes.GeometryType.LineGeometry:
        return 75
    return 12


def _is_context(key):
    """Element types that give the map its geographic context (administrative areas); never analysis layers."""
    return key is not None and schema.element_type(key).context


def default_style(layer):
    """(QML text, its .qml file or None) of the layer's saved default style (in its GeoPackage's layer_styles
    table, or a .qml beside the file); (None, None) if it has none. Only read, never applied: applying a style
    creates its symbols, and an SVG symbol at a web address is fetched right then."""
    text = ""
    try:
        text = QgsProviderRegistry.instance().loadStyle(layer.providerType(), layer.source(), "")
    except TypeError:  # a QGIS whose binding returns (style, error)
        text = QgsProviderRegistry.instance().loadStyle(layer.providerType(), layer.source())
    if isinstance(text, tuple):
        text = text[0]
    if text and text.strip():
        return text, None
    uri = layer.styleURI() if layer.providerType() == "ogr" else ""
    try:
        path = Path(uri) if uri else None
        if path is not None and path.suffix.lower() == ".qml" and path.is_file():
            return path.read_text(encoding="utf-8"), path
    except (OSError, UnicodeDecodeError):
        pass
    return None, None


def has_own_style(layer):
    """True if the layer carries a default style of its own (in its GeoPackage or a .qml beside the file): an
    analysis output of a Strukturbild algorithm does. Only read: the input layer is never restyled."""
    return default_style(layer)[0] is not None


def unstyled_layer(source, name, provider="ogr"):
    """A vector layer opened without its saved default style: QGIS applies that style while opening the layer, and
    an SVG symbol at a web address in it is fetched right then. Strukturbild reads the style itself (default_style)
    and makes it safe before applying it."""
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False
    return QgsVectorLayer(source, name, provider, options)


def _in_open_project(layer):
    return QgsProject.instance().mapLayer(layer.id()) is not None


def _unstyled_copy(layer):
    """A copy of a vector layer to style. layer.clone() first loads the layer's saved default style, so it is used
    only for a memory layer (none to load; clone() copies its features) and a layer of the open project (the user
    opened it with that style already, and clone() keeps its virtual fields and joins)."""
    if layer.providerType() == "memory" or _in_open_project(layer):
        return layer.clone()
    copy = unstyled_layer(layer.source(), layer.name(), layer.providerType())
    if copy.crs() != layer.crs():
        copy.setCrs(layer.crs())
    return copy


def _analysis_copy(layer, library):
    """(copy, warnings): the copy an analysis layer is drawn from. A layer of the open project keeps the styling
    the user gave it; any other (a file given to qgis_process, which Processing opens unstyled) gets its saved
    default style, made safe as a shared style is (a GeoPackage may be someone else's file too)."""
    copy = _unstyled_copy(layer)
    if _in_open_project(layer):
        return copy, []
    text, path = default_style(layer)
    if text is None:
        return copy, []
    name = str(path) if path is not None else tr("saved in {source}").format(source=layer.source().split("|")[0])
    try:
        warnings = apply_qml_text(copy, text, name, path.parent if path is not None else None, library.roots(),
                                  library.allow_remote)
    except LibraryError as error:
        raise AssemblyError(str(error))
    return copy, warnings


@dataclass
class MapSettings:
    template: str = "A3_landscape"
    title: str = "Strukturbild"
    subtitle: str = ""
    sources: str = ""
    language: str = "sv"  # legend and fixed texts: "sv" or "en"
    extent: QgsRectangle = None  # in `extent_crs`, used when no extent layer is given
    extent_crs: QgsCoordinateReferenceSystem = None
    extent_layer: QgsVectorLayer = None  # e.g. län; its (filtered) features' bounding box
    extent_filter: str = ""  # expression on extent_layer, e.g. "code" = '05'
    crs: QgsCoordinateReferenceSystem = None  # map CRS; default: the first element layer's
    margin: float = 0.04  # share of the extent added on each side
    nice_scale: bool = True  # round the scale up to 1:1 000 000, 1:1 250 000, ...
    map_date: date = None
    warnings: list = field(default_factory=list)


# -- which layers ------------------------------------------------------------------------------------

def geopackage_layers(path):
    """The element layers of a strukturbild GeoPackage, in drawing order: [ElementLayer]."""
    path = str(path or "").strip()
    if not path:
        raise AssemblyError(tr("Choose a strukturbild GeoPackage."))
    if not Path(path).is_file():
        raise AssemblyError(tr("The strukturbild GeoPackage {path} does not exist. Create one with "
                               "'Create strukturbild GeoPackage' or give its correct path.").format(path=path))
    probe = unstyled_layer(path, "probe")
    if not probe.isValid():
        raise AssemblyError(tr("{path} cannot be opened as a GeoPackage.").format(path=path))
    names = []
    for sublayer in probe.dataProvider().subLayers():
        parts = sublayer.split(QgsDataProvider.SUBLAYER_SEPARATOR)
        if len(parts) > 1:
            names.append(parts[1])
    found = []
    for name in names:
        element = schema.match_element_type(name)
        if element is None:
            continue
        layer = unstyled_layer(f"{path}|layername={name}", element.sv)
        if layer.isValid():
            found.append(ElementLayer(layer, element.key))
    if not found:
        raise AssemblyError(tr("{path} has no strukturbild element layers (layer names such as 'nod', "
                               "'utvecklingsstrak', 'gronstruktur').").format(path=path))
    return found


def element_type_of_layer(layer):
    """The element key a layer is drawn as: its `strukturbild_typ` field, else its name; None if neither."""
    index = layer.fields().indexOf(schema.ELEMENT_TYPE_FIELD)
    if index >= 0:
        for feature in layer.getFeatures(QgsFeatureRequest().setLimit(1)):
            element = schema.match_element_type(feature[index])
            if element is not None:
                return element.key
    names = [layer.name()]
    source = layer.source()
    if "layername=" in source:
        names.append(source.split("layername=")[1].split("|")[0])
    names.append(Path(source.split("|")[0]).stem)
    for name in names:
        element = schema.match_element_type(name)
        if element is not None:
            return element.key
    return None


def _geometry_fits(layer, key):
    """False when the layer's geometry is not the element type's (points named like a polygon element)."""
    kinds = {"Point": QgsWkbTypes.GeometryType.PointGeometry, "MultiLineString": QgsWkbTypes.GeometryType.LineGeometry,
             "MultiPolygon": QgsWkbTypes.GeometryType.PolygonGeometry}
    wanted = kinds.get(schema.element_type(key).geometry)
    return wanted is None or layer.geometryType() == wanted


def match_layers(layers):
    """[ElementLayer] for arbitrary layers: an element type by field or name, else an analysis layer with a default
    style of its own; AssemblyError naming a layer that is neither."""
    matched = []
    for layer in layers:
        key = element_type_of_layer(layer)
        if key is not None and not _geometry_fits(layer, key) and has_own_style(layer):
            key = None  # an analysis output whose name starts with an element key ('gransbygd_ursprung', points)
        if key is None and not has_own_style(layer):
            raise AssemblyError(tr(
                "Layer '{layer}' matches no strukturbild element type and has no style of its own. Rename it to an "
                "element type (e.g. 'nod', 'funktionellt_samband', 'gronstruktur'), add a text field '{field}' "
                "holding one, or save a default style with it (Layer Properties › Style › Save as Default). Known "
                "types: {keys}.").format(layer=layer.name(), field=schema.ELEMENT_TYPE_FIELD,
                                         keys=", ".join(schema.element_keys())))
        matched.append(ElementLayer(layer, key))
    return matched


# -- the assembler ------------------------------------------------------------------------------------

def register_fonts(library):
    for font in library.fonts():
        QFontDatabase.addApplicationFont(str(font))


def nice_scale(scale):
    """Round a scale denominator up to a 'nice' value (1, 1.25, 1.5, 2, 2.5, ... × 10^k)."""
    if scale <= 0 or not math.isfinite(scale):
        return scale
    power = 10 ** math.floor(math.log10(scale))
    for step in _NICE_STEPS:
        if step * power >= scale * 0.999:
            return step * power
    return 10 * power


def _use_language(layer, language):
    """Rule labels are Swedish; rule descriptions carry the English legend text."""
    renderer = layer.renderer()
    if language != "en" or not isinstance(renderer, QgsRuleBasedRenderer):
        return
    for rule in renderer.rootRule().descendants():
        if rule.description():
            rule.setLabel(rule.description())


def _sea_background(map_item):
    """Colour the map background as sea, unless the template chose its own (non-white) background."""
    current = map_item.backgroundColor()
    if map_item.hasBackground() and current.isValid() and current.lightness() < 250 and current.alpha() > 0:
        return
    map_item.setBackgroundEnabled(True)
    map_item.setBackgroundColor(QColor(SEA_COLOUR))


def _label_points(item):
    """(QFont, size in points) of a layout label: its text format where QGIS has one (3.24+), else its font."""
    if hasattr(item, "textFormat"):
        text_format = item.textFormat()
        return QFont(text_format.font()), text_format.size()
    font = item.font()
    return QFont(font), font.pointSizeF()


def _set_label_points(item, points):
    if hasattr(item, "setTextFormat"):
        text_format = item.textFormat()
        text_format.setSize(points)
        item.setTextFormat(text_format)
    else:
        font = item.font()
        font.setPointSizeF(points)
        item.setFont(font)


def _label_box(item):
    """(width, height) in mm of the area a label draws its text in: its box less margins and frame."""
    pen = item.frameStrokeWidth().length() if item.frameEnabled() else 0.0
    size = item.sizeWithUnits()
    return (size.width() - pen - 2 * item.marginX(), size.height() - pen - 2 * item.marginY())


def text_fits(font, points, text, width, height):
    """True if `text` in `font` at `points` fits a box of width x height mm, wrapped at spaces as a layout label
    wraps it (QGIS draws label text at 10 pixels per mm with the font's pixel size rounded)."""
    scaled = QFont(font)
    scaled.setPixelSize(max(1, int(points * POINT_MM * 10 + 0.5)))
    bounds = QFontMetricsF(scaled).boundingRect(QRectF(0, 0, width * 10, height * 10),
                                                int(Qt.TextFlag.TextWordWrap), text)
    return bounds.width() <= width * 10 + 0.5 and bounds.height() <= height * 10 + 0.5


def _fit_label(item, text):
    """Set a label's text smaller until it fits its box (it wraps at spaces as well); False if it does not fit
    even at the smallest size allowed."""
    font, points = _label_points(item)
    if points is None or points <= 0:
        return True
    width, height = _label_box(item)
    smallest = min(points, max(MIN_TEXT_POINTS, points * TEXT_MIN_SCALE))
    size = points
    fits = text_fits(font, size, text, width, height)
    while not fits and size > smallest:
        size = max(smallest, size - 0.5)
        fits = text_fits(font, size, text, width, height)
    if size != points:
        _set_label_points(item, size)  # the smallest allowed when it does not fit at all: the least is cut off
    return fits


def _apply_map_filter(legend):
    """Paint the legend once, off screen: QGIS applies 'only what the map shows' (legend filter by map) while
    painting, and the legend's size can be measured only then. QGIS 3.32+ filters in a background task: wait for it,
    or the legend is measured with every class of every layer."""
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        legend.paint(painter, QStyleOptionGraphicsItem(), None)
    finally:
        painter.end()
    model = legend.model()
    if hasattr(model, "waitForHitTestBlocking"):
        model.waitForHitTestBlocking()


def _legend_content_size(legend):
    """(width, height) in mm the legend's entries need with its current columns and styles."""
    size, position = legend.sizeWithUnits(), legend.positionWithUnits()
    legend.setResizeToContents(True)
    legend.adjustBoxSize()
    needed = legend.sizeWithUnits()
    legend.setResizeToContents(False)
    legend.attemptResize(size)
    legend.attemptMove(position)
    return needed.width(), needed.height()


def _scale_legend(legend, factor):
    """Scale the legend's type, symbols and spacing by `factor`."""
    styles = (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
              QgsLegendStyle.Style.SymbolLabel)
    for kind in styles:
        style = legend.rstyle(kind)
        if hasattr(style, "textFormat"):
            text_format = style.textFormat()
            text_format.setSize(text_format.size() * factor)
            style.setTextFormat(text_format)
        else:
            font = style.font()
            font.setPointSizeF(font.pointSizeF() * factor)
            style.setFont(font)
        for side in (QgsLegendStyle.Side.Top, QgsLegendStyle.Side.Bottom, QgsLegendStyle.Side.Left,
                     QgsLegendStyle.Side.Right):
            style.setMargin(side, style.margin(side) * factor)
    legend.setSymbolWidth(legend.symbolWidth() * factor)
    legend.setSymbolHeight(legend.symbolHeight() * factor)
    legend.setBoxSpace(legend.boxSpace() * factor)
    legend.setColumnSpace(legend.columnSpace() * factor)
    legend.setLineSpacing(legend.lineSpacing() * factor)
    legend.refresh()


class MapAssembler:
    def __init__(self, library=None, project=None, feedback=None):
        self.library = library if library is not None else StyleLibrary()
        self.project = project if project is not None else QgsProject()
        self.feedback = feedback or QgsFeedback()
        self.map_layers = []  # the styled copies drawn in the map (inputs stay untouched)
        self.warnings = []
        self.removed = []  # what was taken out of the shared template and styles (also in warnings)
        # [(element key or None, styled copy)] made by the first build(); a later build() with this assembler
        # reuses them, so that several layouts of one project draw the same layers (publishproject)
        self.styled = None

    def _warn(self, message):
        self.warnings.append(message)
        if hasattr(self.feedback, "pushWarning"):
            self.feedback.pushWarning(message)

    def _removed(self, message):
        """Report something taken out of a shared template or style (the log and the panel show it)."""
        self.removed.append(message)
        self._warn(message)

    # styled copies of the inputs, in drawing order (bottom first), empty layers left out
    def _styled_layers(self, element_layers, language):
        copies = []
        def draw_order(item):
            if item.key is None:
                return own_style_draw_order(item.layer)
            return schema.element_type(item.key).draw_order

        for item in sorted(element_layers, key=draw_order):
            if not item.layer.isValid():
                raise AssemblyError(tr("Layer '{layer}' is not valid (its source cannot be read).")
                                    .format(layer=item.layer.name()))
            if item.layer.featureCount() == 0:
                continue
            if item.key is None:
                copy, warnings = _analysis_copy(item.layer, self.library)
                for warning in warnings:
                    self._removed(warning)
            else:
                copy = _unstyled_copy(item.layer)  # the library's style is applied below
            if item.key is None:
                # an analysis layer: its own style, and its name made readable ("restid_min" → "Restid min")
                name = copy.name().replace("_", " ").strip()
                copy.setName(name[:1].upper() + name[1:])
                copies.append((None, copy))
                continue
            element = schema.element_type(item.key)
            copy.setName(element.title(language))
            try:
                for warning in self.library.apply_style(copy, item.key):
                    self._removed(warning)
            except LibraryError as error:
                raise AssemblyError(str(error))
            _use_language(copy, language)
            copies.append((item.key, copy))
        if not copies:
            raise AssemblyError(tr("None of the given layers has any features: there is nothing to map."))
        return copies

    def _map_crs(self, settings, copies):
        crs = settings.crs
        if crs is None or not crs.isValid():
            crs = next((layer.crs() for key, layer in copies
                        if layer.crs().isValid() and not layer.crs().isGeographic()), None)
        if crs is None:
            crs = QgsCoordinateReferenceSystem("EPSG:3006")
        if crs.isGeographic():
            raise AssemblyError(tr("The map CRS {crs} is geographic (degrees); choose a projected CRS such as "
                                   "SWEREF 99 TM (EPSG:3006).").format(crs=crs.authid()))
        return crs

    def _extent(self, settings, copies, crs):
        transform_context = self.project.transformContext()
        if settings.extent_layer is not None:
            layer = settings.extent_layer
            if not layer.crs().isValid() or layer.crs().isGeographic():
                raise AssemblyError(tr(
                    "The extent layer '{layer}' is in a geographic CRS ({crs}, degrees) or has none. Reproject "
                    "it to a projected CRS such as SWEREF 99 TM (EPSG:3006) with 'Reproject layer' and use "
                    "that.").format(layer=layer.name(), crs=layer.crs().authid() or "?"))
            request = QgsFeatureRequest().setNoAttributes()
            if settings.extent_filter:
                expression = QgsExpression(settings.extent_filter)
                if expression.hasParserError():
                    raise AssemblyError(tr("The extent filter '{filter}' is not a valid expression: {error}")
                                        .format(filter=settings.extent_filter, error=expression.parserErrorString()))
                request = QgsFeatureRequest(expression)
            box = null_rectangle()
            count = 0
            for feature in layer.getFeatures(request):
                if feature.hasGeometry():
                    box.combineExtentWith(feature.geometry().boundingBox())
                    count += 1
            if count == 0:
                raise AssemblyError(tr("No feature of the extent layer '{layer}' matches the filter '{filter}'.")
                                    .format(layer=layer.name(), filter=settings.extent_filter))
            source_crs = layer.crs()
        elif settings.extent is not None and not settings.extent.isEmpty():
            box = QgsRectangle(settings.extent)
            source_crs = settings.extent_crs if settings.extent_crs is not None else crs
        else:
            box = null_rectangle()
            thematic = [(key, layer) for key, layer in copies if not _is_context(key)]
            for _key, layer in thematic or copies:
                layer.updateExtents()
                transform = QgsCoordinateTransform(layer.crs(), crs, transform_context)
                box.combineExtentWith(transform.transformBoundingBox(layer.extent()))
            source_crs = crs
        if source_crs != crs:
            box = QgsCoordinateTransform(source_crs, crs, transform_context).transformBoundingBox(box)
        if box.isEmpty() or not all(math.isfinite(v) for v in (box.xMinimum(), box.yMinimum(),
                                                               box.xMaximum(), box.yMaximum())):
            raise AssemblyError(tr("The map extent is empty; give an extent layer or an extent."))
        dx, dy = box.width() * settings.margin, box.height() * settings.margin
        return QgsRectangle(box.xMinimum() - dx, box.yMinimum() - dy, box.xMaximum() + dx, box.yMaximum() + dy)

    def build(self, element_layers, settings):
        """Build the print layout; returns a QgsPrintLayout that belongs to self.project."""
        register_fonts(self.library)
        try:
            taken = []
            document, template_path = self.library.template_document(settings.template, taken)
        except LibraryError as error:
            raise AssemblyError(str(error))
        for entry in taken:
            self._removed(tr("Layout template {path}: removed {entry}.").format(path=template_path, entry=entry))
        if self.styled is None:
            self.styled = self._styled_layers(element_layers, settings.language)
        copies = self.styled
        self._refuse(self._layer_references([layer for _, layer in copies]))
        crs = self._map_crs(settings, copies)
        extent = self._extent(settings, copies, crs)
        self.feedback.setProgress(20)

        self.project.setCrs(crs)
        self.project.addMapLayers([layer for _, layer in copies], False)
        self.map_layers = [layer for _, layer in copies]

        layout = QgsPrintLayout(self.project)
        layout.initializeDefaults()
        items, ok = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
        if not ok:
            raise AssemblyError(tr("The layout template {path} could not be loaded.").format(path=template_path))
        self._refuse(self._layout_references(layout))
        layout.setName(settings.title or "Strukturbild")
        missing = [item_id for item_id in REQUIRED_ITEMS if layout.itemById(item_id) is None]
        if missing:
            raise AssemblyError(tr("The layout template {path} lacks the item(s) {ids}. A strukturbild template "
                                   "needs items with the ids {required}.").format(
                path=template_path, ids=", ".join(missing), required=", ".join(REQUIRED_ITEMS)))

        top_down = [layer for _, layer in reversed(copies)]
        main_map = layout.itemById("main_map")
        if not isinstance(main_map, QgsLayoutItemMap):
            raise AssemblyError(tr("The item 'main_map' of {path} is not a map item.").format(path=template_path))
        main_map.setCrs(crs)
        main_map.setLayers(top_down)
        main_map.setKeepLayerSet(True)
        main_map.setKeepLayerStyles(False)
        main_map.zoomToExtent(extent)
        has_land = any(_is_context(key) for key, _ in copies)
        if has_land:
            _sea_background(main_map)
        if settings.nice_scale:
            main_map.setScale(nice_scale(main_map.scale()))
        self.feedback.setProgress(40)

        self._overview(layout, main_map, copies, crs)
        self._legend(layout, main_map, top_down, settings.language)
        self._texts(layout, settings)
        scalebar = layout.itemById("scalebar")
        if isinstance(scalebar, QgsLayoutItemScaleBar):
            scalebar.setLinkedMap(main_map)
            scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
            scalebar.setUnitLabel("km")
            scalebar.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceKilometers)
            scalebar.update()
        north = layout.itemById("north_arrow")
        if isinstance(north, QgsLayoutItemPicture):
            north.setLinkedMap(main_map)
        for item_id in OPTIONAL_ITEMS:
            if layout.itemById(item_id) is None:
                self._warn(tr("The template has no '{id}' item; the map is made without it.").format(id=item_id))
        layout.refresh()
        if self.removed:
            self._warn(tr("Shared templates and styles may use pictures and symbols only from the style library "
                          "folder, the plugin's own files or data embedded in them; HTML is printed as plain text, "
                          "and web addresses are fetched only when the QGIS setting {key} is true.")
                       .format(key=REMOTE_SETTINGS_KEY))
        self.feedback.setProgress(60)
        return layout

    # Second line of defence, before anything is drawn: the loaded layout and the styles of every layer in the map
    # may not hold HTML or (unless the region allows it) any web or network address the sanitiser left.

    def _layout_references(self, layout):
        document = QDomDocument()
        document.appendChild(layout.writeXml(document, QgsReadWriteContext()))
        return find_unsafe_references(document.toString(), self.library.roots(), self.library.allow_remote)

    def _layer_references(self, layers):
        found = []
        categories = (QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
                      | QgsMapLayer.StyleCategory.Diagrams)
        for layer in layers:
            style = QDomDocument()
            layer.exportNamedStyle(style, QgsReadWriteContext(), categories)
            for reference in find_unsafe_references(style.toString(), self.library.roots(),
                                                    self.library.allow_remote, html=False):
                found.append(tr("{reference} (style of layer '{layer}')").format(reference=reference,
                                                                                 layer=layer.name()))
        return found

    @staticmethod
    def _refuse(found):
        if found:
            raise AssemblyError(tr(
                "The map was not made: it would still fetch or run {references}. Strukturbild fetches nothing from "
                "the network unless the QGIS setting {key} is true (the panel's 'Allow web pictures'), and "
                "never runs HTML. Remove the reference from the layer style or template, or "
                "allow web addresses on purpose.").format(references=", ".join(found), key=REMOTE_SETTINGS_KEY))

    def _overview(self, layout, main_map, copies, crs):
        overview = layout.itemById("overview_map")
        if not isinstance(overview, QgsLayoutItemMap):
            return
        context = [layer for key, layer in copies if _is_context(key)]
        layers = context or [layer for _, layer in copies]
        overview.setCrs(crs)
        overview.setLayers(list(reversed(layers)))
        overview.setKeepLayerSet(True)
        box = null_rectangle()
        for layer in layers:
            transform = QgsCoordinateTransform(layer.crs(), crs, self.project.transformContext())
            box.combineExtentWith(transform.transformBoundingBox(layer.extent()))
        main_extent = main_map.extent()
        if not context:
            box = QgsRectangle(main_extent)
            box.scale(4.0)
        box.combineExtentWith(main_extent)
        overview.zoomToExtent(box)
        if context:
            _sea_background(overview)
        overview.overview().setLinkedMap(main_map)
        overview.overview().setEnabled(True)

    def _legend(self, layout, main_map, top_down, language):
        legend = layout.itemById("legend")
        if not isinstance(legend, QgsLayoutItemLegend):
            raise AssemblyError(tr("The item 'legend' of the template is not a legend item."))
        legend.setLinkedMap(main_map)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.clear()
        for layer in top_down:
            root.addLayer(layer)
        # Only what the map shows: rules without features in the map extent drop out of the legend.
        legend.setLegendFilterByMapEnabled(True)
        legend.setTitle(tr("Teckenförklaring") if language == "sv" else "Legend")
        legend.updateLegend()
        if not legend.resizeToContents():
            self._fit_legend(legend)

    def _fit_legend(self, legend):
        """Fit the legend's entries into the template's legend box: more columns first (as far as the box is wide
        enough), then smaller type and symbols; a legend that still does not fit is reported, never cut silently."""
        _apply_map_filter(legend)
        width, height = legend.sizeWithUnits().width(), legend.sizeWithUnits().height()
        first = max(1, legend.columnCount())
        best = None
        for columns in range(first, first + LEGEND_EXTRA_COLUMNS + 1):
            legend.setColumnCount(columns)
            need_w, need_h = _legend_content_size(legend)
            share = min(1.0, width / max(need_w, 1e-9), height / max(need_h, 1e-9))
            if best is None or share > best[1] + 1e-6:
                best = (columns, share)
            if share >= 1.0:
                break
        legend.setColumnCount(best[0])
        scale = 1.0
        for _ in range(6):
            need_w, need_h = _legend_content_size(legend)
            share = min(width / max(need_w, 1e-9), height / max(need_h, 1e-9))
            if share >= 0.999 or scale <= LEGEND_MIN_SCALE:
                break
            step = max(LEGEND_MIN_SCALE / scale, min(0.98, share * 0.98))
            _scale_legend(legend, step)
            scale *= step
        if share < 0.999:
            self._warn(tr("The legend does not fit its box in the template even in smaller type and with more "
                          "columns: entries at its end are cut off. Choose a template with more room for the legend "
                          "or map fewer layers."))
        legend.attemptResize(legend.sizeWithUnits())

    def _texts(self, layout, settings):
        english = settings.language == "en"
        values = {
            "title": settings.title,
            "subtitle": settings.subtitle,
            # an empty Sources field prints nothing (not the template's placeholder "Källa: …")
            "sources": (("Source: " if english else "Källa: ") + settings.sources.strip()
                        if (settings.sources or "").strip() else ""),
        }
        when = settings.map_date or date.today()
        values["date"] = ("Map produced " if english else "Kartan framställd ") + when.isoformat()
        for item_id, text in values.items():
            item = layout.itemById(item_id)
            if isinstance(item, QgsLayoutItemLabel):
                item.setText(text or "")
                if item_id in FITTED_TEXTS and text and not _fit_label(item, text):
                    self._warn(tr("'{text}' does not fit its box in the template even in smaller type and is cut "
                                  "off: shorten it or choose another template.").format(text=text))

    # -- export -------------------------------------------------------------------------------------

    def export(self, layout, path, dpi=300):
        """Export by the file's extension (.pdf, .png, .svg); PDF/SVG keep text as text."""
        path = str(path)
        suffix = Path(path).suffix.lower()
        if suffix not in EXPORT_FORMATS:
            raise AssemblyError(tr("Cannot export to '{path}': the output must end in .pdf, .png or .svg.")
                                .format(path=path))
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        exporter = QgsLayoutExporter(layout)
        if suffix == ".pdf":
            options = QgsLayoutExporter.PdfExportSettings()
            options.dpi = dpi
            options.rasterizeWholeImage = False
            options.forceVectorOutput = True
            options.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
            options.exportMetadata = True
            result = exporter.exportToPdf(path, options)
        elif suffix == ".svg":
            options = QgsLayoutExporter.SvgExportSettings()
            options.dpi = dpi
            options.forceVectorOutput = True
            options.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
            options.exportAsLayers = False
            result = exporter.exportToSvg(path, options)
        else:
            options = QgsLayoutExporter.ImageExportSettings()
            options.dpi = min(dpi, 200)
            result = exporter.exportToImage(path, options)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise AssemblyError(tr("Exporting the map to {path} failed (QGIS export result {code}): check that "
                                   "the folder is writable and the file is not open elsewhere.")
                                .format(path=path, code=int(result)))
        self.feedback.setProgress(100)
        return path


def assemble_map(element_layers, settings, output, library=None, project=None, feedback=None):
    """Build and export in one call; returns (output path, layout, warnings)."""
    assembler = MapAssembler(library, project, feedback)
    layout = assembler.build(element_layers, settings)
    assembler.export(layout, output)
    return output, layout, assembler.warnings
