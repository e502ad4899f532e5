"""The style and template library: the bundled one, or a region's shared folder.

A region points the library setting at a shared (network) folder so that every map it makes uses the
same symbols and layouts. That folder holds `styles/<element>.qml` and `templates/<name>.qpt` (or the QML
and QPT files directly); whatever it lacks falls back to the bundled library.

A QML file can carry code: Python form-init code, Python or shell actions, QML/HTML form widgets with
JavaScript. A style from a shared folder is someone else's file, so code is stripped before QGIS ever
sees the style, and the caller is told what was removed.
"""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from qgis.core import QgsMapLayer, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtXml import QDomDocument

PLUGIN_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_STYLES = PLUGIN_ROOT / "styles"
BUNDLED_TEMPLATES = PLUGIN_ROOT / "templates"
SETTINGS_KEY = "strukturbild/library_folder"
TEMPLATE_DIR_TOKEN = "{TEMPLATE_DIR}"

# QgsAction types that run code: Generic/Mac/Windows/Unix run shell commands, GenericPython runs Python.
_CODE_ACTION_TYPES = {"0", "1", "2", "3", "4"}


def tr(text):
    return QCoreApplication.translate("@default", text)  # pylupdate5 files bare tr() calls under @default


class LibraryError(Exception):
    """A template or style that cannot be found or read; the message says what to do."""


def configured_folder():
    """The library folder from the settings ('' = the bundled library)."""
    return str(QgsSettings().value(SETTINGS_KEY, "") or "")


def set_configured_folder(folder):
    QgsSettings().setValue(SETTINGS_KEY, str(folder or ""))


def sanitise_qml(text):
    """Remove everything in a QML document that can run code.

    Returns (clean_text, removed) where removed lists human-readable descriptions of what was taken out.
    """
    # ElementTree keeps no DOCTYPE; QGIS does not need it.
    body = re.sub(r"<!DOCTYPE[^>]*>", "", text, count=1)
    root = ET.fromstring(body)
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

    return ET.tostring(root, encoding="unicode"), removed


class StyleLibrary:
    """Styles and templates from a folder (None: the configured folder, else the bundled library)."""

    def __init__(self, folder=None):
        folder = configured_folder() if folder is None else str(folder)
        self.folder = Path(folder) if folder else None
        if self.folder is not None and not self.folder.is_dir():
            raise LibraryError(tr("The style library folder {folder} does not exist or cannot be read. "
                                  "Check the path (Strukturbild settings, or the STYLE_LIBRARY parameter).")
                               .format(folder=self.folder))

    @property
    def is_bundled(self):
        return self.folder is None

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
        if text.lower().endswith(".qpt") and Path(text).stem in available and not Path(text).is_file():
            return available[Path(text).stem]
        path = Path(text)
        if path.is_file():
            if path.suffix.lower() != ".qpt":
                raise LibraryError(tr("The template {path} is not a QGIS layout template (.qpt).").format(path=path))
            return path
        raise LibraryError(tr("Layout template '{name}' not found. Give a .qpt file that exists or one of the "
                              "library's templates: {names}.").format(name=text, names=", ".join(available)))

    def template_document(self, name_or_path):
        """The template as a QDomDocument, with {TEMPLATE_DIR} replaced by the template's folder."""
        path = self.template_path(name_or_path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise LibraryError(tr("Cannot read the layout template {path}: {error}").format(path=path, error=error))
        text = text.replace(TEMPLATE_DIR_TOKEN, path.parent.as_posix())
        document = QDomDocument()
        result = document.setContent(text)
        if not (result[0] if isinstance(result, tuple) else result):
            raise LibraryError(tr("The layout template {path} is not valid XML.").format(path=path))
        return document, path

    def fonts(self):
        """Font files shipped with the templates (bundled and the region's)."""
        folders = [BUNDLED_TEMPLATES / "fonts"]
        if self.folder is not None:
            folders += [self.folder / "templates" / "fonts", self.folder / "fonts"]
        return [path for folder in folders if folder.is_dir()
                for path in sorted(folder.iterdir()) if path.suffix.lower() in (".ttf", ".otf")]

    def apply_style(self, layer, element_key, categories=None):
        """Apply the element type's style to a layer, code stripped; returns a list of warnings."""
        path = self.style_path(element_key)
        return apply_qml(layer, path, categories)


def apply_qml(layer, path, categories=None):
    """Load a QML onto a layer with every code-carrying part removed first; returns warnings."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        clean, removed = sanitise_qml(text)
    except (OSError, UnicodeDecodeError, ET.ParseError) as error:
        raise LibraryError(tr("The style {path} cannot be read: {error}").format(path=path, error=error))
    document = QDomDocument()
    document.setContent(clean)
    if categories is None:
        categories = QgsMapLayer.StyleCategory.AllStyleCategories
    result = layer.importNamedStyle(document, categories)
    ok, message = result if isinstance(result, tuple) else (result, "")
    if not ok:
        raise LibraryError(tr("The style {path} could not be applied to layer '{layer}': {message}")
                           .format(path=path, layer=layer.name(), message=message))
    warnings = []
    if removed:
        warnings.append(tr("Style {path}: removed embedded code that Strukturbild never runs: {parts}.")
                        .format(path=path, parts="; ".join(removed)))
    layer.triggerRepaint()
    return warnings
