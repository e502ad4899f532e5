"""The style and template library: the bundled one, or a region's shared folder.

A region points the library setting at a shared (network) folder so that every map it makes uses the
same symbols and layouts. That folder holds `styles/<element>.qml` and `templates/<name>.qpt` (or the QML
and QPT files directly); whatever it lacks falls back to the bundled library.

A style or layout template from a shared folder is someone else's file, so it is checked before QGIS ever
sees it, and the caller is told what was removed:

- code: Python form-init code, Python or shell actions, QML/HTML form widgets with JavaScript;
- HTML: an HTML layout item becomes a plain-text label of its visible text (no JavaScript, no web page mode,
  no frames or pictures), an HTML label becomes a plain label, HTML text formatting is switched off;
- files and addresses (one policy for styles and templates, `ResourcePolicy`): pictures, SVG and raster-image
  symbols, arrow markers and label backgrounds may come only from the library folder, the plugin's own files,
  QGIS's own SVG library or data embedded in the file (`base64:`); `..`, symbolic links and `file://` URLs are
  resolved first, and an SVG that itself draws other files is refused. Web and network addresses (http, https,
  ftp, UNC paths) are refused unless the region allows them on purpose (the setting REMOTE_SETTINGS_KEY).
  Data-defined sources (an expression choosing the file) are removed, and expression functions that read files
  or the environment are disabled.
"""

import base64
import os
import posixpath
import re
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
import zlib
from html.parser import HTMLParser
from pathlib import Path

from qgis.core import QgsApplication, QgsMapLayer, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtXml import QDomDocument

PLUGIN_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_STYLES = PLUGIN_ROOT / "styles"
BUNDLED_TEMPLATES = PLUGIN_ROOT / "templates"
SETTINGS_KEY = "strukturbild/library_folder"
# A region that wants pictures or symbols from web addresses turns this on (QGIS settings, or the panel).
REMOTE_SETTINGS_KEY = "strukturbild/allow_remote_resources"
TEMPLATE_DIR_TOKEN = "{TEMPLATE_DIR}"

# QgsAction types that run code: Generic/Mac/Windows/Unix run shell commands, GenericPython runs Python.
_CODE_ACTION_TYPES = {"0", "1", "2", "3", "4"}

# QgsLayoutItemRegistry types.
_LABEL, _FRAME, _HTML, _PICTURE = "65641", "65647", "65648", "65640"
# Items that draw only what the layout and the project's own layers hold. Not listed, so removed: HTML (handled
# apart), 3D maps (their terrain can come from the web) and items of types this version does not know.
_SAFE_ITEMS = {"65637", "65638", "65639", "65640", "65641", "65642", "65643", "65644", "65645", "65646", "65647",
               "65653"}
_SAFE_MULTIFRAMES = {"65649", "65650", "65652"}  # attribute table, text table, manual table
_ITEM_KINDS = {"65640": "picture", "65641": "label", "65643": "shape", "65644": "polygon", "65645": "arrow",
               "65639": "map", "65642": "legend", "65646": "scale bar", "65653": "marker", "65638": "page"}

# Attribute / option / property names whose value QGIS opens as a file or address.
_RESOURCE_KEYS = {"file", "svgfile", "imagefile", "path", "shapesvgfile", "startmarkerfile", "endmarkerfile"}
# Symbol layer classes whose "name" option is a file (SvgMarker; future raster/picture markers).
_FILE_CLASS = re.compile(r"svg|raster|image|picture", re.IGNORECASE)
# Names of texts: never opened as files (a label may well print a web address).
_TEXT_KEYS = {"labeltext", "title", "text", "label", "description", "id", "name", "unitlabel", "html",
              "expression", "tooltip", "wrapchar", "source", "vectorlayersource", "coveragelayersource",
              "layersource", "datasource", "fieldname"}
# Texts printed or shown as they are (a label may well print a web address) and layer sources (weak references
# to the project's layers, never opened from a template or style): not looked at by the second line of defence.
_PRINTED_KEYS = {"labeltext", "title", "text", "label", "description", "html", "tooltip", "unitlabel", "source",
                 "vectorlayersource", "coveragelayersource", "layersource", "datasource"}
# Elements whose attributes may name files: layout items and multiframes, label backgrounds and text formats.
_RESOURCE_ELEMENTS = {"LayoutItem", "LayoutMultiFrame", "background", "text-style", "text-format", "shadow"}
# Data-defined properties that choose a file or address (a picture's source, an HTML item's URL, a label's
# background SVG, an SVG/raster symbol's file).
_SOURCE_PROPERTIES = {"datadefinedsource", "datadefinedsourceurl", "shapesvgfile", "file"}
_DATA_DEFINED_TAGS = {"dataDefinedProperties", "data_defined_properties", "dd_properties"}
_IMAGE_PATH = re.compile(r"\.(svgz?|png|jpe?g|gif|bmp|tiff?|webp|ico|xpm|pbm|pgm|ppm)\s*$", re.IGNORECASE)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_REMOTE_SCHEMES = {"http", "https", "ftp", "ftps"}
# Expression functions that read files or the environment (or write a database), and eval/eval_template, which
# would run any of them from a string built at run time: disabled in shared files.
_FILE_FUNCTIONS = ("env", "file_exists", "file_name", "file_path", "file_size", "file_suffix", "base_file_name",
                   "is_file", "is_directory", "exif_geotag", "exif", "sqlite_fetch_and_increment", "load_layer",
                   "eval_template", "eval")
# name, then blanks or /* comments */ or -- line comments (QGIS's parser skips them), then "("
_FUNCTION_CALL = re.compile(r"\b(" + "|".join(_FILE_FUNCTIONS) + r")(?:\s|/\*.*?\*/|--[^\n]*(?:\n|$))*\(",
                            re.IGNORECASE | re.DOTALL)
_EXPRESSION_BLOCK = re.compile(r"\[%.*?%\]", re.DOTALL)
_SVG_LIMIT = 20 * 1024 * 1024  # bytes of an SVG read to check what it draws


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


# The bundled templates' names as the panel shows them (the file names stay as they are: A3_landscape.qpt …).
TEMPLATE_LABELS = {
    "A3_landscape": {"en": "A3 landscape", "sv": "A3 liggande"},
    "A4_portrait": {"en": "A4 portrait", "sv": "A4 stående"},
    "presentation_16x9": {"en": "Presentation 16:9", "sv": "Presentation 16:9"},
}


def template_label(name, language=None):
    """A template's name as the user reads it ("A3 liggande" in Swedish for A3_landscape); a region's own
    template keeps its file name. language: 'sv' or 'en' (None: the user's, as the plugin's translation)."""
    from .i18n import user_language

    labels = TEMPLATE_LABELS.get(str(name))
    if labels is None:
        return str(name)
    return labels["sv" if (language or user_language()) == "sv" else "en"]


class LibraryError(Exception):
    """A template or style that cannot be found or read; the message says what to do."""


def configured_folder():
    """The library folder from the settings ('' = the bundled library)."""
    return str(QgsSettings().value(SETTINGS_KEY, "") or "")


def set_configured_folder(folder):
    QgsSettings().setValue(SETTINGS_KEY, str(folder or ""))


def remote_resources_allowed():
    """True if the region allows pictures and symbols from web and network addresses (default: False)."""
    value = QgsSettings().value(REMOTE_SETTINGS_KEY, False)
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def set_remote_resources_allowed(allowed):
    QgsSettings().setValue(REMOTE_SETTINGS_KEY, bool(allowed))


# -- where files may come from ----------------------------------------------------------------------

def qgis_svg_folders():
    """QGIS's own SVG library (not the user's extra SVG paths)."""
    data = QgsApplication.pkgDataPath()
    return [Path(data) / "svg"] if data else []


def default_roots():
    """Folders every style and template may take files from: the plugin's own files and QGIS's SVG library."""
    return [PLUGIN_ROOT] + qgis_svg_folders()


def _real(path):
    try:
        return Path(os.path.abspath(str(path))).resolve()
    except (OSError, RuntimeError, ValueError):  # a symlink loop, an invalid name
        return None


def _inside(path, root):
    try:
        path_text, root_text = os.path.normcase(str(path)), os.path.normcase(str(root))
        return os.path.commonpath([path_text, root_text]) == root_text
    except ValueError:  # different drives
        return False


def _is_unc(text):
    """A network path: \\\\server\\share\\x anywhere, //server/share/x on Windows (on other systems that is a local
    path, /server/share/x)."""
    return text.startswith("\\\\") or (os.name == "nt" and text.startswith("//") and not text.startswith("///"))


def _unc_key(text):
    """A UNC path (\\\\server\\share\\x or //server/share/x) in one comparable form, '..' resolved."""
    normal = posixpath.normpath("/" + text.replace("\\", "/").lstrip("/"))
    return "/" + normal.lower()


def _decode_data(text):
    """The bytes of embedded data (`base64:…` or a `data:` URL), None if it cannot be decoded."""
    try:
        if text[:7].lower() == "base64:":
            return base64.b64decode(text[7:], validate=False)
        header, _, payload = text[5:].partition(",")
        if header.lower().endswith(";base64"):
            return base64.b64decode(payload, validate=False)
        return urllib.parse.unquote_to_bytes(payload)
    except (ValueError, TypeError):
        return None


def svg_draws_other_files(data, depth=0):
    """True if SVG content refers to anything but itself and embedded data (Qt draws an <image> from a local
    file, so a harmless-looking SVG inside the library could print a picture from elsewhere)."""
    if isinstance(data, bytes) and data[:2] == b"\x1f\x8b":  # .svgz: gzip-compressed SVG
        try:
            data = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, _SVG_LIMIT)
        except zlib.error:
            return False
    text = data[:_SVG_LIMIT].decode("utf-8", "replace") if isinstance(data, bytes) else str(data)
    if not re.search(r"<svg\b", text, re.IGNORECASE):
        return False
    if re.search(r"<!ENTITY|@import", text, re.IGNORECASE):
        return True
    for match in re.finditer(r"""\bhref\s*=\s*(["'])(.*?)\1""", text, re.IGNORECASE | re.DOTALL):
        target = match.group(2).strip()
        if not target or target.startswith("#"):
            continue
        if target[:5].lower() == "data:":
            nested = _decode_data(target)
            if nested is not None and depth < 3 and svg_draws_other_files(nested, depth + 1):
                return True
            continue
        return True
    return bool(re.search(r"""url\(\s*['"]?\s*(?!#|data:)[^\s)'"]""", text, re.IGNORECASE))


class ResourcePolicy:
    """Decides, for one file name or address in a shared style or template, whether QGIS may open it.

    roots: the folders files may come from (resolved, so '..' and symbolic links cannot leave them); folder: the
    folder relative names are read from (the style's or template's own); allow_remote: web and network addresses
    are kept (the region's explicit choice, setting REMOTE_SETTINGS_KEY).
    """

    WEB = "web"
    NETWORK = "network"
    OUTSIDE = "outside"
    DRAWS_FILES = "draws_files"
    UNSUPPORTED = "unsupported"

    def __init__(self, roots=(), folder=None, allow_remote=None):
        given = [root for root in list(roots) + default_roots() if root]
        self.roots = [real for real in (_real(root) for root in given) if real is not None]
        self.unc_roots = [_unc_key(str(root)) for root in given + self.roots if _is_unc(str(root))]
        self.folder = Path(folder) if folder else None
        self.allow_remote = remote_resources_allowed() if allow_remote is None else bool(allow_remote)

    @staticmethod
    def reason_text(reason):
        return {
            ResourcePolicy.WEB: tr("a web address"),
            ResourcePolicy.NETWORK: tr("a network path"),
            ResourcePolicy.OUTSIDE: tr("outside the style library folder"),
            ResourcePolicy.DRAWS_FILES: tr("an SVG that draws other files"),
            ResourcePolicy.UNSUPPORTED: tr("an address QGIS would have to fetch"),
        }[reason]

    def inside(self, path):
        return any(_inside(path, root) for root in self.roots)

    def check(self, value):
        """(value to write back, None) if QGIS may open it, else (None, reason)."""
        text = (value or "").strip()
        if not text or text.startswith(":/") or text[:4].lower() == "qrc:":  # nothing, or Qt's built-in resources
            return value, None
        if text[:7].lower() == "base64:" or text[:5].lower() == "data:":
            data = _decode_data(text)
            if data is not None and svg_draws_other_files(data):
                return None, self.DRAWS_FILES
            return value, None
        scheme = _SCHEME.match(text)
        if scheme and len(scheme.group(1)) > 1:  # a URL; one letter is a Windows drive
            name = scheme.group(1).lower()
            if name in _REMOTE_SCHEMES:
                return (value, None) if self.allow_remote else (None, self.WEB)
            if name != "file":
                return None, self.UNSUPPORTED
            parts = urllib.parse.urlsplit(text)
            if parts.netloc and parts.netloc.lower() != "localhost":
                text = "//" + parts.netloc + urllib.parse.unquote(parts.path)
            else:
                text = urllib.request.url2pathname(urllib.parse.unquote(parts.path))
        if _is_unc(text):
            key = _unc_key(text)
            if key.startswith(("//?/", "//./")):  # Windows device and extended paths: local files in disguise
                return None, self.UNSUPPORTED
            if os.name == "nt" and any(key == root or key.startswith(root.rstrip("/") + "/")
                                       for root in self.unc_roots):
                return self._local(Path(text))
            return (value, None) if self.allow_remote else (None, self.NETWORK)
        path = Path(text)
        if path.is_absolute():
            return self._local(path)
        # a relative name: beside the style or template, else in QGIS's own SVG library ("arrows/Arrow_01.svg")
        beside = self._local(self.folder / path) if self.folder is not None else (None, self.OUTSIDE)
        if beside[1] is None and Path(beside[0]).exists():
            return beside
        for svg_folder in qgis_svg_folders():
            candidate = _real(svg_folder / path)
            if candidate is not None and candidate.is_file() and self.inside(candidate):
                return candidate.as_posix(), None
        return beside

    def _local(self, path):
        real = _real(path)
        if real is None or not self.inside(real):
            return None, self.OUTSIDE
        try:
            if real.is_file():
                with open(real, "rb") as handle:
                    head = handle.read(4096)
                    looks_svg = head[:2] == b"\x1f\x8b" or re.search(rb"<(\?xml|svg|!DOCTYPE|!--)", head, re.I)
                    if looks_svg and svg_draws_other_files(head + handle.read(_SVG_LIMIT)):
                        return None, self.DRAWS_FILES
        except OSError:
            return real.as_posix(), None  # unreadable to QGIS as well, which draws the symbol as missing
        return real.as_posix(), None


# -- HTML ----------------------------------------------------------------------------------------------

class _VisibleText(HTMLParser):
    """The text a reader sees in an HTML snippet, without anything that loads or runs."""

    SKIP = {"script", "style", "iframe", "object", "embed", "noscript", "template", "head", "title", "svg", "math",
            "video", "audio", "canvas", "frameset", "select", "textarea", "applet", "button"}
    LOADERS = {"script", "iframe", "frame", "img", "object", "embed", "link", "style", "svg", "video", "audio",
               "source", "base", "meta", "form", "applet", "picture", "image", "input", "track", "portal"}
    BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
              "article", "header", "footer", "blockquote", "pre", "hr", "dt", "dd", "caption", "address"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = []
        self.dropped = []

    def handle_starttag(self, tag, attrs):
        if tag in self.LOADERS and tag not in self.dropped:
            self.dropped.append(tag)
        if tag in self.SKIP:
            self.skipping.append(tag)
        if tag in self.BREAKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in self.LOADERS and tag not in self.dropped:
            self.dropped.append(tag)
        if tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass
        if tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html):
    """(visible text, [tags that would have loaded or run something]) of an HTML snippet."""
    parser = _VisibleText()
    try:
        parser.feed(html or "")
        parser.close()
    except (AssertionError, ValueError):  # malformed markup: keep what was read
        pass
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line), parser.dropped


# -- the sanitisers ----------------------------------------------------------------------------------

def _parse(text):
    # ElementTree keeps no DOCTYPE; QGIS does not need it (and it could declare entities).
    body = re.sub(r"<!DOCTYPE[^>]*>", "", text.lstrip("\ufeff"), count=1)
    return ET.fromstring(body)


def _item_name(element):
    kind = _ITEM_KINDS.get(element.get("type", ""), "")
    item_id = element.get("id", "")
    if kind == "picture":
        return tr("picture item '{id}'").format(id=item_id)
    if kind == "label":
        return tr("label '{id}'").format(id=item_id)
    if kind in ("arrow", "polygon"):
        return tr("arrow/line item '{id}'").format(id=item_id)
    if kind == "shape":
        return tr("shape item '{id}'").format(id=item_id)
    if kind == "page":
        return tr("page background")
    return tr("layout item '{id}'").format(id=item_id)


class _ResourceCheck:
    """Walks a style or template document and applies the resource policy wherever a file can be named."""

    def __init__(self, policy, removed):
        self.policy = policy
        self.removed = removed
        self.functions = []

    def walk(self, element, symbol_class=None, owner=""):
        tag = element.tag
        if tag == "customproperties":  # plugin metadata and variables: never opened, never evaluated
            return
        if tag == "symbol":
            symbol_class = None
        elif tag == "layer" and element.get("class"):
            symbol_class = element.get("class")
        elif tag in ("LayoutItem", "LayoutMultiFrame"):
            owner = _item_name(element)
        self._functions(element)
        self._html_formatting(element, owner)
        if tag in _DATA_DEFINED_TAGS:
            self._data_defined(element, symbol_class, owner)
        if symbol_class is not None or tag in _RESOURCE_ELEMENTS:
            self._attributes(element, symbol_class, owner)
        for child in list(element):
            self.walk(child, symbol_class, owner)

    def _report(self, what, value, reason):
        self.removed.append(tr("{what}: {value} ({reason})").format(
            what=what, value=value, reason=ResourcePolicy.reason_text(reason)))

    def _what(self, owner, symbol_class, key):
        if symbol_class is not None:
            layer = tr("{kind} symbol").format(kind=symbol_class)
            return f"{owner}, {layer}" if owner else layer
        if owner:
            return owner if key.lower() == "file" else f"{owner} ({key})"
        return key

    def _is_resource(self, key, value, symbol_class, option):
        lower = (key or "").lower()
        if not (value or "").strip():
            return False
        if lower in _RESOURCE_KEYS:
            return True
        if option and lower == "name" and symbol_class and _FILE_CLASS.search(symbol_class):
            return True
        if lower in _TEXT_KEYS:
            return False
        text = value.strip()
        scheme = _SCHEME.match(text)
        return bool(_is_unc(text) or (scheme and len(scheme.group(1)) > 1 and "/" in text)
                    or _IMAGE_PATH.search(text))

    def _attributes(self, element, symbol_class, owner):
        if element.tag in ("Option", "prop"):
            key = element.get("name") if element.tag == "Option" else element.get("k")
            attribute = "value" if element.tag == "Option" else "v"
            pairs = [(key, attribute, True)] if key is not None and attribute in element.attrib else []
        else:
            pairs = [(name, name, False) for name in list(element.attrib)]
        for key, attribute, option in pairs:
            value = element.get(attribute)
            if not self._is_resource(key, value, symbol_class, option):
                continue
            kept, reason = self.policy.check(value)
            if reason is not None:
                element.set(attribute, "")
                self._report(self._what(owner, symbol_class, key), value.strip(), reason)
            elif kept != value:
                element.set(attribute, kept)

    def _data_defined(self, container, symbol_class, owner):
        for properties in container.iter("Option"):
            if properties.get("name") != "properties":
                continue
            for prop in list(properties):
                name = (prop.get("name") or "").lower()
                is_source = name in _SOURCE_PROPERTIES or (
                    name == "name" and symbol_class is not None and _FILE_CLASS.search(symbol_class))
                if not is_source:
                    continue
                properties.remove(prop)
                active = any(option.get("name") == "active" and option.get("value", "").lower() == "true"
                             for option in prop)
                if active:
                    source = " ".join(option.get("value", "") for option in prop
                                      if option.get("name") in ("expression", "field")).strip()
                    what = self._what(owner, symbol_class, prop.get("name", ""))
                    self.removed.append(tr("{what}: data-defined source {source} (a file chosen by an expression "
                                           "is never opened)").format(what=what, source=source))

    def _functions(self, element):
        def rename(match):
            name = match.group(1)
            if name.lower() not in self.functions:
                self.functions.append(name.lower())
                self.removed.append(tr("expression function {name}() (reads files or the environment)")
                                   .format(name=name.lower()))
            return "removed_" + name + "("  # an unknown function: QGIS refuses the whole expression

        def drop_block(match):
            block = match.group(0)
            if _FUNCTION_CALL.search(block):
                _FUNCTION_CALL.sub(rename, block)
                return ""
            return block

        for name, value in list(element.attrib.items()):
            if name == "labelText":  # a label: drop the whole [% … %] so no expression text is printed
                value_left = _EXPRESSION_BLOCK.sub(drop_block, value)
                new = _FUNCTION_CALL.sub(rename, value_left)
            else:
                new = _FUNCTION_CALL.sub(rename, value)
            if new != value:
                element.set(name, new)
        if element.text and _FUNCTION_CALL.search(element.text):
            element.text = _FUNCTION_CALL.sub(rename, element.text)

    def _html_formatting(self, element, owner):
        for name in ("allowHtml",):
            if element.get(name, "0").strip().lower() in ("1", "true"):
                element.set(name, "0")
                self.removed.append(tr("{what}: HTML text formatting (it can load pictures)")
                                    .format(what=owner or element.tag))
        if element.tag == "Option" and element.get("name") == "allowHtml" and \
                element.get("value", "").lower() in ("1", "true"):
            element.set("value", "false")
            self.removed.append(tr("{what}: HTML text formatting (it can load pictures)").format(what=owner or "text"))


def _substitute_token(root, folder):
    for element in root.iter():
        for name, value in list(element.attrib.items()):
            if TEMPLATE_DIR_TOKEN in value:
                element.set(name, value.replace(TEMPLATE_DIR_TOKEN, folder))
        if element.text and TEMPLATE_DIR_TOKEN in element.text:
            element.text = element.text.replace(TEMPLATE_DIR_TOKEN, folder)


def _frame_to_label(frame, text):
    """Turn an HTML item's frame into a plain label at the same place."""
    keep = ("uuid", "templateUuid", "id", "groupUuid", "position", "positionOnPage", "size", "zValue", "visibility",
            "opacity", "blendMode", "itemRotation", "referencePoint", "excludeFromExports", "frame", "background",
            "frameJoinStyle", "outlineWidthM", "positionLock")
    attributes = {name: frame.get(name) for name in keep if frame.get(name) is not None}
    frame.attrib.clear()
    frame.attrib.update(attributes)
    frame.attrib.update({"type": _LABEL, "labelText": text, "htmlState": "0", "halign": "1", "valign": "32",
                         "marginX": "1", "marginY": "1"})
    for child in list(frame):
        if child.tag not in ("FrameColor", "BackgroundColor", "LayoutObject"):
            frame.remove(child)


def _neutralise_layout(root, removed):
    """HTML items -> plain labels (or nothing), HTML labels -> plain labels, unknown/3D items removed."""
    parents = {child: parent for parent in root.iter() for child in parent}
    frames = {}
    for item in root.iter("LayoutItem"):
        if item.get("type") == _FRAME:
            frames.setdefault(item.get("multiFrame", ""), []).append(item)
    by_uuid = {item.get("uuid"): item for item in root.iter("LayoutItem") if item.get("uuid")}

    for multi in list(root.iter("LayoutMultiFrame")):
        kind = multi.get("type", "")
        if kind in _SAFE_MULTIFRAMES:
            continue
        own = list(frames.get(multi.get("uuid", ""), []))
        for child in multi.iter("childFrame"):
            frame = by_uuid.get(child.get("uuid"))
            if frame is not None and frame not in own:
                own.append(frame)
        parents[multi].remove(multi)
        name = tr("HTML item '{id}'").format(id=own[0].get("id", "") if own else "")
        if kind != _HTML:
            removed.append(tr("layout element of a type Strukturbild does not print ({type}), removed")
                           .format(type=kind))
        elif multi.get("contentMode", "0") != "1":  # as QGIS reads it: anything but 1 is the web page mode
            removed.append(tr("{what}: web page {url} (an HTML item never loads a page), removed")
                           .format(what=name, url=multi.get("url", "")))
        else:
            text, dropped = html_to_text(multi.get("html", ""))
            if multi.get("stylesheetEnabled", "false").lower() == "true" and multi.get("stylesheet", "").strip():
                dropped.append("stylesheet")
            if text and own:
                _frame_to_label(own.pop(0), text)
            if dropped:
                removed.append(tr("{what}: printed as plain text without JavaScript; removed: {parts}")
                               .format(what=name, parts=", ".join(dropped)))
            else:
                removed.append(tr("{what}: printed as plain text without JavaScript").format(what=name))
        for frame in own:
            if frame in parents:
                parents[frame].remove(frame)

    for item in list(root.iter("LayoutItem")):
        kind = item.get("type", "")
        if kind == _LABEL and item.get("htmlState", "0").strip() not in ("0", ""):
            text, dropped = html_to_text(item.get("labelText", ""))
            item.set("labelText", text)
            item.set("htmlState", "0")
            if dropped:
                removed.append(tr("{what}: HTML label printed as plain text; removed: {parts}")
                               .format(what=_item_name(item), parts=", ".join(dropped)))
            else:
                removed.append(tr("{what}: HTML label printed as plain text").format(what=_item_name(item)))
        elif kind not in _SAFE_ITEMS and item in parents:
            parents[item].remove(item)
            removed.append(tr("layout element of a type Strukturbild does not print ({type}), removed")
                           .format(type=kind))


def sanitise_template(text, folder=None, roots=(), allow_remote=None, template_dir=None):
    """Make a layout template (.qpt text) safe to load: no HTML, no code, no file outside `roots`.

    folder: where relative names are read from; template_dir: what {TEMPLATE_DIR} stands for (default folder).
    Returns (clean_text, removed) where removed lists human-readable descriptions of what was taken out.
    """
    root = _parse(text)
    if root.tag != "Layout":
        raise LibraryError(tr("This is not a QGIS 3 layout template (its root element is <{tag}>). Open it in the "
                              "QGIS 3 layout designer and save it again as a template.").format(tag=root.tag))
    removed = []
    base = template_dir if template_dir is not None else folder
    if base is not None:
        _substitute_token(root, Path(base).as_posix())
    _neutralise_layout(root, removed)
    _ResourceCheck(ResourcePolicy(roots, folder, allow_remote), removed).walk(root)
    return ET.tostring(root, encoding="unicode"), list(dict.fromkeys(removed))


def _sanitise_qml(text, folder=None, roots=(), allow_remote=None):
    """(clean_text, code removed, resources removed)."""
    root = _parse(text)
    removed = []

    for tag in ("editforminitcode", "editforminitfilepath", "editforminit"):
        for element in root.iter(tag):
            if (element.text or "").strip():
                removed.append(tr("form init code ({tag})").format(tag=tag))
            element.text = ""
    for element in root.iter("editforminitcodesource"):
        if (element.text or "0").strip() not in ("0", ""):
            removed.append(tr("form init code source"))
        element.text = "0"
    for element in root.iter("editforminituselayerinit"):
        element.text = "0"

    for actions in root.iter("attributeactions"):
        for action in list(actions.findall("actionsetting")):
            if action.get("type", "") in _CODE_ACTION_TYPES:
                removed.append(tr("action '{name}' (runs code)").format(name=action.get("name", "")))
                actions.remove(action)

    # Form widgets that run QML/JavaScript or HTML with scripts.
    for parent in root.iter():
        for child in list(parent):
            if child.tag in ("attributeEditorQmlElement", "attributeEditorHtmlElement"):
                removed.append(tr("form widget '{name}' ({tag})").format(name=child.get("name", ""),
                                                                         tag=child.tag))
                parent.remove(child)
    for element in root.iter("mapTip"):
        if element.text and re.search(r"<script", element.text, re.IGNORECASE):
            removed.append(tr("script in map tip"))
            element.text = re.sub(r"<script.*?</script>", "", element.text, flags=re.IGNORECASE | re.DOTALL)

    resources = []
    for element in root.iter("mapTip"):  # a map tip is HTML shown in the map window: no pictures, frames, links
        if element.text and html_to_text(element.text)[1]:
            text_only, dropped = html_to_text(element.text)
            resources.append(tr("map tip HTML ({parts})").format(parts=", ".join(dropped)))
            element.text = text_only
    _ResourceCheck(ResourcePolicy(roots, folder, allow_remote), resources).walk(root)
    # a symbol layer names its file twice (<Option> and the older <prop>): report each once
    return ET.tostring(root, encoding="unicode"), list(dict.fromkeys(removed)), list(dict.fromkeys(resources))


def sanitise_qml(text, folder=None, roots=(), allow_remote=None):
    """Remove everything in a QML document that can run code, and every file or address it may not use.

    folder: the QML's own folder (relative names); roots: folders files may come from besides the plugin's own
    and QGIS's SVG library (the style library); allow_remote: None = the setting REMOTE_SETTINGS_KEY.
    Returns (clean_text, removed) where removed lists human-readable descriptions of what was taken out.
    """
    clean, code, resources = _sanitise_qml(text, folder, roots, allow_remote)
    return clean, code + resources


def find_unsafe_references(text, roots=(), allow_remote=None, html=True):
    """Second line of defence: what in a finished layout's (or a layer style's) XML QGIS would still fetch from
    the network (unless allowed) or run as HTML. Returns human-readable descriptions; empty if nothing."""
    root = _parse(text)
    policy = ResourcePolicy(roots, None, allow_remote)
    found = []

    def visit(element):
        if element.tag == "customproperties":
            return
        if html and element.tag == "LayoutMultiFrame" and element.get("type") == _HTML:
            found.append(tr("an HTML item"))
        if html and element.tag == "LayoutItem" and element.get("type") == _LABEL and \
                element.get("htmlState", "0").strip() not in ("0", ""):
            found.append(tr("an HTML label"))
        if not policy.allow_remote:
            if element.tag in ("Option", "prop"):
                key = element.get("name") if element.tag == "Option" else element.get("k")
                values = [(key, element.get("value" if element.tag == "Option" else "v"))]
            else:
                values = list(element.attrib.items())
            for key, value in values:
                if not value or (key or "").lower() in _PRINTED_KEYS:
                    continue
                text = value.strip()
                scheme = _SCHEME.match(text)
                name = scheme.group(1).lower() if scheme else ""
                network = _is_unc(text) or name in _REMOTE_SCHEMES or (
                    name == "file" and urllib.parse.urlsplit(text).netloc.lower() not in ("", "localhost"))
                if network and policy.check(text)[1] is not None:
                    found.append(text)
        for child in element:
            visit(child)

    visit(root)
    return list(dict.fromkeys(found))


class StyleLibrary:
    """Styles and templates from a folder (None: the configured folder, else the bundled library).

    allow_remote: keep web and network addresses in shared files (None: the setting REMOTE_SETTINGS_KEY).
    """

    def __init__(self, folder=None, allow_remote=None):
        folder = configured_folder() if folder is None else str(folder)
        self.folder = Path(folder) if folder else None
        self._allow_remote = allow_remote
        if self.folder is not None and not self.folder.is_dir():
            raise LibraryError(tr("The style library folder {folder} does not exist or cannot be read. "
                                  "Check the path (Strukturbild settings, or the STYLE_LIBRARY parameter).")
                               .format(folder=self.folder))

    @property
    def is_bundled(self):
        return self.folder is None

    @property
    def allow_remote(self):
        return remote_resources_allowed() if self._allow_remote is None else bool(self._allow_remote)

    def roots(self):
        """The folders this library's styles and templates may take files from (besides the default roots)."""
        return [self.folder] if self.folder is not None else []

    def policy(self, folder=None):
        return ResourcePolicy(self.roots(), folder, self.allow_remote)

    def _candidates(self, subfolder, filename, bundled):
        if self.folder is not None:
            yield self.folder / subfolder / filename
            yield self.folder / filename
        yield bundled / filename

    def style_path(self, element_key):
        for path in self._candidates("styles", element_key + ".qml", BUNDLED_STYLES):
            if path.is_file():
                return path
        raise LibraryError(tr("No style for element type '{key}' in the style library.").format(key=element_key))

    def templates(self):
        """Template name -> path; a region's template shadows a bundled one of the same name."""
        found = {path.stem: path for path in sorted(BUNDLED_TEMPLATES.glob("*.qpt"))}
        if self.folder is not None:
            for folder in (self.folder, self.folder / "templates"):
                found.update({path.stem: path for path in sorted(folder.glob("*.qpt"))})
        return found

    def template_path(self, name_or_path):
        """A bundled/library template by name (e.g. 'A3_landscape') or a .qpt path."""
        text = str(name_or_path or "").strip()
        if not text:
            text = "A3_landscape"
        available = self.templates()
        if text in available:
            return available[text]
        by_label = {label: name for name in available for label in TEMPLATE_LABELS.get(name, {}).values()}
        if text in by_label:  # the name as the panel shows it ("A3 liggande")
            return available[by_label[text]]
        if text.lower().endswith(".qpt") and Path(text).stem in available and not Path(text).is_file():
            return available[Path(text).stem]
        path = Path(text)
        if path.is_file():
            if path.suffix.lower() != ".qpt":
                raise LibraryError(tr("The template {path} is not a QGIS layout template (.qpt).").format(path=path))
            return path
        raise LibraryError(tr("Layout template '{name}' not found. Give a .qpt file that exists or one of the "
                              "library's templates: {names}.").format(name=text, names=", ".join(available)))

    def template_document(self, name_or_path, removed=None):
        """The template as a QDomDocument, with {TEMPLATE_DIR} replaced by the template's folder, and made safe
        (sanitise_template): what was taken out is appended to `removed` (a list) when one is given."""
        path = self.template_path(name_or_path)
        try:
            text = path.read_text(encoding="utf-8")
            clean, taken = sanitise_template(text, folder=path.parent, roots=self.roots(),
                                             allow_remote=self.allow_remote)
        except (OSError, UnicodeDecodeError) as error:
            raise LibraryError(tr("Cannot read the layout template {path}: {error}").format(path=path, error=error))
        except ET.ParseError:
            raise LibraryError(tr("The layout template {path} is not valid XML.").format(path=path))
        if removed is not None:
            removed.extend(taken)
        document = QDomDocument()
        result = document.setContent(clean)
        if not (result[0] if isinstance(result, tuple) else result):
            raise LibraryError(tr("The layout template {path} is not valid XML.").format(path=path))
        return document, path

    def fonts(self):
        """Font files shipped with the templates (bundled and the region's), none from outside the library."""
        folders = [BUNDLED_TEMPLATES / "fonts"]
        if self.folder is not None:
            folders += [self.folder / "templates" / "fonts", self.folder / "fonts"]
        policy = self.policy()
        return [path for folder in folders if folder.is_dir()
                for path in sorted(folder.iterdir())
                if path.suffix.lower() in (".ttf", ".otf") and _real(path) is not None and policy.inside(_real(path))]

    def apply_style(self, layer, element_key, categories=None):
        """Apply the element type's style to a layer, made safe first; returns a list of warnings."""
        path = self.style_path(element_key)
        return apply_qml(layer, path, categories, roots=self.roots(), allow_remote=self.allow_remote)


def apply_qml(layer, path, categories=None, roots=None, allow_remote=None):
    """Load a QML onto a layer with every code-carrying part and every file or address it may not use removed
    first (roots: the style library; default the QML's own folder); returns warnings."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LibraryError(tr("The style {path} cannot be read: {error}").format(path=path, error=error))
    return apply_qml_text(layer, text, str(path), path.parent, [path.parent] if roots is None else roots,
                          allow_remote, categories)


def apply_qml_text(layer, text, name, folder=None, roots=(), allow_remote=None, categories=None):
    """Apply QML text (from a file or a layer's saved default style, `name` says which) made safe first, as
    apply_qml does; returns warnings."""
    try:
        clean, code, resources = _sanitise_qml(text, folder, roots, allow_remote)
    except ET.ParseError as error:
        raise LibraryError(tr("The style {path} cannot be read: {error}").format(path=name, error=error))
    document = QDomDocument()
    document.setContent(clean)
    if categories is None:
        categories = QgsMapLayer.StyleCategory.AllStyleCategories
    result = layer.importNamedStyle(document, categories)
    ok, message = result if isinstance(result, tuple) else (result, "")
    if not ok:
        raise LibraryError(tr("The style {path} could not be applied to layer '{layer}': {message}")
                           .format(path=name, layer=layer.name(), message=message))
    warnings = []
    if code:
        warnings.append(tr("Style {path}: removed embedded code that Strukturbild never runs: {parts}.")
                        .format(path=name, parts="; ".join(code)))
    if resources:
        warnings.append(tr("Style {path}: removed files and addresses a shared style may not use: {parts}.")
                        .format(path=name, parts="; ".join(resources)))
    layer.triggerRepaint()
    return warnings
