"""The style library: bundled or shared folder, templates by name, and code in shared styles never runs."""

import shutil

import pytest
from qgis.core import QgsEditFormConfig, QgsVectorLayer
from strukturbild.strukturbild_plugin import schema
from strukturbild.strukturbild_plugin.library import (
    BUNDLED_STYLES,
    LibraryError,
    StyleLibrary,
    sanitise_qml,
)

EVIL_INIT = """
from pathlib import Path
Path({marker!r}).write_text("ran")
def formOpen(dialog, layer, feature):
    Path({marker!r}).write_text("ran")
"""


def _evil_style(folder, marker):
    """A copy of the bundled node style with Python form-init code and a Python action added."""
    text = (BUNDLED_STYLES / "nod.qml").read_text(encoding="utf-8")
    code = EVIL_INIT.format(marker=str(marker))
    extra = (
        "<editform tolerant=\"1\"></editform>"
        "<editforminit>formOpen</editforminit>"
        "<editforminitcodesource>2</editforminitcodesource>"
        "<editforminitfilepath></editforminitfilepath>"
        f"<editforminitcode><![CDATA[{code}]]></editforminitcode>"
        "<editforminituselayerinit>0</editforminituselayerinit>"
        "<attributeactions><defaultAction key=\"Canvas\" value=\"{00000000-0000-0000-0000-000000000000}\"/>"
        "<actionsetting type=\"1\" name=\"evil\" capture=\"0\" shortTitle=\"\" icon=\"\" notificationMessage=\"\" "
        "isEnabledOnlyWhenEditable=\"0\" id=\"{11111111-1111-1111-1111-111111111111}\" "
        f"action=\"open({str(marker)!r}, 'w').write('ran')\"><actionScope id=\"Feature\"/></actionsetting>"
        "</attributeactions>"
    )
    text = text.replace("</qgis>", extra + "</qgis>")
    (folder / "styles").mkdir(parents=True, exist_ok=True)
    (folder / "styles" / "nod.qml").write_text(text, encoding="utf-8")
    return text


def _node_layer():
    fields = "&".join(f"field={f.name}:{'string' if f.type == 'text' else 'integer'}"
                      for f in schema.element_type("nod").fields)
    return QgsVectorLayer(f"Point?crs=EPSG:3006&{fields}", "nod", "memory")


def test_bundled_library_has_every_style_and_template(qgis_app):
    library = StyleLibrary("")
    assert library.is_bundled
    for key in schema.element_keys():
        assert library.style_path(key).is_file()
    assert {"A3_landscape", "A4_portrait", "presentation_16x9"} <= set(library.templates())


def test_shared_folder_overrides_and_falls_back(qgis_app, tmp_path):
    shared = tmp_path / "region"
    (shared / "styles").mkdir(parents=True)
    shutil.copy(BUNDLED_STYLES / "nod.qml", shared / "styles" / "nod.qml")
    library = StyleLibrary(shared)
    assert library.style_path("nod") == shared / "styles" / "nod.qml"
    assert library.style_path("gronstruktur") == BUNDLED_STYLES / "gronstruktur.qml"


def test_missing_library_folder_is_a_clear_error(qgis_app, tmp_path):
    with pytest.raises(LibraryError, match="does not exist"):
        StyleLibrary(tmp_path / "nowhere")


def test_bad_template_name_lists_the_available_ones(qgis_app, tmp_path):
    library = StyleLibrary("")
    with pytest.raises(LibraryError, match="A3_landscape"):
        library.template_path(tmp_path / "missing.qpt")
    not_a_template = tmp_path / "map.txt"
    not_a_template.write_text("x")
    with pytest.raises(LibraryError, match=".qpt"):
        library.template_path(not_a_template)


def test_shared_style_with_python_code_is_loaded_without_the_code(qgis_app, tmp_path):
    marker = tmp_path / "code_ran.txt"
    _evil_style(tmp_path / "shared", marker)
    layer = _node_layer()
    warnings = StyleLibrary(tmp_path / "shared").apply_style(layer, "nod")

    assert warnings and "removed embedded code" in warnings[0]
    assert "evil" in warnings[0]
    config = layer.editFormConfig()
    assert config.initCode() == ""
    assert config.initCodeSource() == QgsEditFormConfig.PythonInitCodeSource.CodeSourceNone
    assert config.initFunction() == ""
    assert len(layer.actions().actions()) == 0
    # the symbology itself did load
    assert layer.renderer() is not None and layer.renderer().type() == "RuleRenderer"
    assert not marker.exists()


def test_sanitise_reports_nothing_for_a_clean_style():
    clean, removed = sanitise_qml((BUNDLED_STYLES / "nod.qml").read_text(encoding="utf-8"))
    assert removed == []
    assert "<renderer-v2" in clean


def test_unsanitised_control_would_have_carried_the_code(qgis_app, tmp_path):
    """Control for the test above: the same QML loaded raw by QGIS keeps the code and the action."""
    marker = tmp_path / "code_ran.txt"
    _evil_style(tmp_path / "shared", marker)
    layer = _node_layer()
    layer.loadNamedStyle(str(tmp_path / "shared" / "styles" / "nod.qml"))
    assert "write_text" in layer.editFormConfig().initCode()
    assert len(layer.actions().actions()) == 1
