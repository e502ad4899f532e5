"""Loading the plugin's translation (Swedish) when QGIS runs in Swedish."""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"

# Keep a reference: a QTranslator that is garbage-collected silently stops translating.
_installed = []


def user_locale():
    value = QgsSettings().value("locale/userLocale", "") or ""
    return str(value) or QLocale().name()


def translation_file(locale=None):
    """The .qm file for the locale (tries 'sv_SE', then 'sv'), or None."""
    locale = locale or user_locale()
    for candidate in (locale, locale.split("_")[0]):
        path = I18N_DIR / f"strukturbild_{candidate}.qm"
        if path.exists():
            return path
    return None


def install_translator(locale=None):
    """Install the translator for the locale once; returns the .qm path used, or None."""
    path = translation_file(locale)
    if path is None:
        return None
    for _translator, loaded in _installed:
        if loaded == path:
            return path
    translator = QTranslator()
    if translator.load(str(path)):
        QCoreApplication.installTranslator(translator)
        _installed.append((translator, path))
        return path
    return None


def remove_translators():
    while _installed:
        translator, _ = _installed.pop()
        QCoreApplication.removeTranslator(translator)
