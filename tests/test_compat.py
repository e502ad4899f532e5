"""strukturbild_plugin/compat.py: one code path for QGIS 3.22 and the current LTR (3.40), without the calls 3.40
deprecates; and the plugin stays importable on Python 3.9 (issue 10 §1)."""

import ast
import glob
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest
from py39_check import check_source
from py39_check import main as py39_check
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant
from qgis.PyQt.QtGui import QColor
from strukturbild.strukturbild_plugin.compat import (
    QGIS_VERSION_INT,
    field_type,
    make_field,
    null_rectangle,
    save_style_to_database,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
SHIPPED = [REPO_ROOT / "__init__.py", REPO_ROOT / "strukturbild_plugin", REPO_ROOT / "processing_algorithms"]


def shipped_modules():
    for path in SHIPPED:
        yield from ([path] if path.is_file() else sorted(path.rglob("*.py")))


@pytest.mark.parametrize("kind, expected", [("text", QVariant.String), ("int", QVariant.Int),
                                            ("int64", QVariant.LongLong), ("real", QVariant.Double),
                                            ("bool", QVariant.Bool), (QVariant.Double, QVariant.Double),
                                            (QVariant.String, QVariant.String)])
def test_make_field_gives_the_kind_asked_for(kind, expected):
    field = make_field("namn", kind, length=40, precision=3)
    assert (field.name(), field.type(), field.length(), field.precision()) == ("namn", expected, 40, 3)


def test_field_type_is_a_qmetatype_where_qgis_deprecates_qvariant_types():
    expected = QMetaType.Type if QGIS_VERSION_INT >= 33800 else QVariant.Type
    for kind in ("text", "int", "int64", "real", "bool", QVariant.Int):
        assert isinstance(field_type(kind), expected), kind


def test_null_rectangle_grows_to_exactly_what_is_combined_into_it():
    box = null_rectangle()
    assert box.isNull()
    box.combineExtentWith(QgsRectangle(10, 20, 30, 40))
    box.combineExtentWith(QgsRectangle(-5, 25, 12, 41))
    assert (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) == (-5, 20, 30, 41)


def _gpkg_layer(path):
    memory = QgsVectorLayer("Point?crs=EPSG:3006&field=namn:string", "punkter", "memory")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "punkter"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    layer = QgsVectorLayer(f"{path}|layername=punkter", "punkter", "ogr")
    assert layer.isValid()
    return layer


def test_save_style_to_database_stores_the_style_as_the_default(tmp_path):
    layer = _gpkg_layer(tmp_path / "punkter.gpkg")
    symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.GeometryType.PointGeometry)
    symbol.setColor(QColor("#123456"))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))

    assert save_style_to_database(layer, "strukturbild_punkt", "Strukturbild: punkt") == ""

    names = layer.listStylesInDatabase()[2]
    assert names == ["strukturbild_punkt"]
    reopened = QgsVectorLayer(f"{tmp_path / 'punkter.gpkg'}|layername=punkter", "igen", "ogr")
    assert reopened.renderer().symbol().color().name() == "#123456"


def test_save_style_to_database_returns_the_reason_when_it_cannot_store():
    layer = QgsVectorLayer("Point?crs=EPSG:3006", "minne", "memory")  # the memory provider stores no styles
    message = save_style_to_database(layer, "stil", "")
    assert isinstance(message, str) and message


def test_the_helpers_raise_no_deprecation_warning(tmp_path):
    """On QGIS 3.40 QgsField(name, QVariant.X), saveStyleToDatabase and setMinimal warn; the helpers must not."""
    layer = _gpkg_layer(tmp_path / "punkter.gpkg")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        for kind in ("text", "int", "int64", "real", "bool", QVariant.Double):
            make_field("f", kind, length=10)
        null_rectangle().combineExtentWith(QgsRectangle(0, 0, 1, 1))
        assert save_style_to_database(layer, "stil", "") == ""


def _deprecated_calls(source):
    """(line, what) for calls QGIS 3.40 deprecates: QgsField(…, QVariant.X…), saveStyleToDatabase(), setMinimal()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name == "QgsField" and any(isinstance(part, ast.Name) and part.id == "QVariant"
                                      for argument in node.args[1:] for part in ast.walk(argument)):
            found.append((node.lineno, "QgsField(name, QVariant.X)"))
        elif name in ("saveStyleToDatabase", "setMinimal"):
            found.append((node.lineno, name))
    return found


def test_no_module_calls_what_qgis_3_40_deprecates_except_through_compat():
    modules = [*shipped_modules(), *sorted((REPO_ROOT / "tests").glob("*.py"))]
    offenders = [f"{path.relative_to(REPO_ROOT)}:{line}: {what}" for path in modules
                 if path.name != "compat.py" for line, what in _deprecated_calls(path.read_text(encoding="utf-8"))]
    assert offenders == []
    # the scan finds what it looks for
    assert [what for _, what in _deprecated_calls(
        "f = QgsField('a', QVariant.Double)\nlayer.saveStyleToDatabase('s', '', True, '')\nbox.setMinimal()\n"
    )] == ["QgsField(name, QVariant.X)", "saveStyleToDatabase", "setMinimal"]


OLD_ASSEMBLER_ELEMENT = '''
from dataclasses import dataclass


@dataclass
class LayerEntry:
    layer: object
    key: str | None
'''


def test_py39_check_finds_a_pep604_union_in_a_dataclass_field():
    """assembler.py had `key: str | None` in a dataclass: on Python 3.9 the plugin failed to load."""
    findings = check_source(OLD_ASSEMBLER_ELEMENT, "assembler.py")
    assert len(findings) == 1 and findings[0].startswith("assembler.py:8: `X | Y` union in an annotation")
    # also with the __future__ import (typing.get_type_hints still evaluates it), in a signature and in a string
    assert check_source("from __future__ import annotations\nx: 'int | None' = None\n"
                        "def f(a: int | None) -> None: ...\n")
    assert check_source("ok = isinstance(1, int | float)\n")
    # flags are not unions
    assert check_source("flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable\n"
                        "def f(a: Optional[int] = None) -> Dict[str, int]: ...\n") == []


def test_every_shipped_module_passes_the_py39_check(capsys):
    assert py39_check([str(path) for path in SHIPPED] + [str(REPO_ROOT / "tests")]) == 0, capsys.readouterr().out


def _python39():
    """A Python 3.9 that runs (a pyenv shim on PATH may not), or None."""
    for candidate in [*sorted(glob.glob("/root/.pyenv/versions/3.9*/bin/python3.9")), shutil.which("python3.9")]:
        if candidate and subprocess.run([candidate, "-c", "import ast"], capture_output=True).returncode == 0:
            return candidate
    return None


@pytest.mark.skipif(_python39() is None, reason="no Python 3.9 on this machine")
def test_a_real_python_3_9_parses_every_module():
    """The same check run by Python 3.9 itself: its own parser, so syntax vermin might miss fails here too."""
    result = subprocess.run([_python39(), str(REPO_ROOT / "tests" / "py39_check.py"), *map(str, SHIPPED),
                             str(REPO_ROOT / "tests")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
