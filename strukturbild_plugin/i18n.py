"""Loading the plugin's translation (Swedish) when QGIS runs in Swedish."""

import math
from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"

# Keep a reference: a QTranslator that is garbage-collected silently stops translating.
_installed = []


def user_locale():
    value = QgsSettings().value("locale/userLocale", "") or ""
    return str(value) or QLocale().name()


def user_language(locale=None):
    """'sv' when QGIS runs in Swedish (the locale starts with 'sv', as the translator that is installed), else 'en':
    the language of reports and of the numbers in messages."""
    return "sv" if str(locale or user_locale()).lower().startswith("sv") else "en"


# Swedish numbers: decimal comma and a space between thousands (a no-break space, so that "1 234" never wraps).
SWEDISH_THOUSANDS = "\u00a0"


def format_number(value, decimals=None, language=None, grouping=True):
    """A number as a reader of ``language`` ('sv' or 'en'; None: the user's) writes it: "1 234,5" in Swedish,
    "1,234.5" in English. ``decimals``: the number of decimals; None: as many as needed, at most 6 significant
    digits (as the format "g", but never with an exponent above 0.0001). None and NaN give "", infinity "∞".
    Format a number with this before it goes into a translated message, never with ":," or ":.1f"."""
    if value is None:
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(number):
        return ""
    if math.isinf(number):
        return "∞" if number > 0 else "-∞"
    separator = "," if grouping else ""
    if decimals is None:
        if number == int(number) and abs(number) < 1e15:
            text = f"{int(number):{separator}d}"
        elif abs(number) < 1e-4:  # tiny: "1e-05" as the format "g" writes it, only the decimal sign changes
            text = f"{number:.6g}"
        else:
            digits = math.floor(math.log10(abs(number))) + 1
            text = f"{number:{separator}.{max(0, 6 - digits)}f}"
            if "." in text:
                text = text.rstrip("0").rstrip(".")
    else:
        text = f"{number:{separator}.{int(decimals)}f}"
    if text.startswith("-") and not any(c in "123456789" for c in text):
        text = text[1:]  # "-0.0" reads as 0
    if (language or user_language()) == "sv":
        text = text.replace(",", SWEDISH_THOUSANDS).replace(".", ",")
    return text


def format_percent(share, decimals=0, language=None):
    """A share (0.123) as a percentage: "12,3 %" in Swedish (a space before the sign), "12.3%" in English."""
    if share is None:
        return ""
    try:
        number = 100.0 * float(share)
    except (TypeError, ValueError):
        return str(share)
    if math.isnan(number):
        return ""
    language = language or user_language()
    text = format_number(number, decimals, language)
    return f"{text}\u00a0%" if language == "sv" else f"{text}%"


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
