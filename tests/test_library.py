"""The style library: bundled or shared folder, templates by name, and code in shared styles never runs."""

import os
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


@pytest.mark.parametrize("path", sorted(BUNDLED_STYLES.glob("*.qml")), ids=lambda path: path.stem)
def test_sanitise_reports_nothing_for_a_clean_style(qgis_app, path):
    clean, removed = sanitise_qml(path.read_text(encoding="utf-8"), folder=BUNDLED_STYLES, allow_remote=False)
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


# -- the resource policy shared by styles and templates (issue 10 §2) ------------------------------------

SVG_WITH_IMAGE = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                  'viewBox="0 0 4 4"><image width="4" height="4" xlink:href="{href}"/></svg>')


@pytest.fixture
def folders(tmp_path):
    library = tmp_path / "library"
    (library / "templates").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.png").write_bytes(b"\x89PNG not really")
    (library / "templates" / "logo.png").write_bytes(b"\x89PNG not really")
    return library, outside


def _policy(library, allow_remote=False):
    from strukturbild.strukturbild_plugin.library import ResourcePolicy

    return ResourcePolicy([library], library / "templates", allow_remote)


@pytest.mark.parametrize("allow_remote", [False, True])
def test_policy_never_allows_a_local_file_outside_the_library(qgis_app, folders, allow_remote):
    library, outside = folders
    policy = _policy(library, allow_remote)
    secret = (outside / "secret.png").as_posix()
    os.symlink(outside / "secret.png", library / "templates" / "link.png")
    for value in (secret, "file://" + secret, "file://localhost" + secret, "../../outside/secret.png",
                  "link.png", str(library / "templates" / ".." / ".." / "outside" / "secret.png"),
                  "//" + secret.lstrip("/") if os.name != "nt" else secret, "/etc/passwd",
                  r"\\?\C:\secret.png", "smb://server/share/x.png", "gopher://x/y.png"):
        kept, reason = policy.check(value)
        assert kept is None and reason is not None, value


def test_policy_keeps_the_library_the_plugin_qgis_svgs_and_embedded_data(qgis_app, folders):
    from strukturbild.strukturbild_plugin.library import BUNDLED_TEMPLATES, qgis_svg_folders

    library, _ = folders
    policy = _policy(library)
    logo = (library / "templates" / "logo.png").resolve().as_posix()
    assert policy.check("logo.png") == (logo, None)
    assert policy.check(str(library / "templates" / "logo.png")) == (logo, None)
    assert policy.check("file://" + logo) == (logo, None)
    bundled = (BUNDLED_TEMPLATES / "north_arrow.svg").as_posix()
    assert policy.check(bundled) == (bundled, None)
    assert policy.check("base64:iVBORw0KGgo=") == ("base64:iVBORw0KGgo=", None)
    assert policy.check(":/images/themes/default/north.svg")[1] is None
    if (qgis_svg_folders()[0] / "arrows" / "Arrow_01.svg").is_file():
        kept, reason = policy.check("arrows/Arrow_01.svg")
        assert reason is None and kept.endswith("/svg/arrows/Arrow_01.svg")


def test_policy_refuses_web_and_network_addresses_unless_allowed(qgis_app, folders):
    from strukturbild.strukturbild_plugin.library import ResourcePolicy

    library, _ = folders
    for value in ("http://127.0.0.1:9/x.png", "HTTPS://example.org/x.svg", "ftp://example.org/x.svg",
                  r"\\server\share\x.svg"):
        assert _policy(library).check(value)[1] in (ResourcePolicy.WEB, ResourcePolicy.NETWORK), value
        assert _policy(library, allow_remote=True).check(value) == (value, None), value


@pytest.mark.parametrize("embed", ["file", "base64", "data", "svgz"])
def test_policy_refuses_an_svg_that_draws_other_files(qgis_app, folders, embed):
    import base64
    import gzip

    library, outside = folders
    svg = SVG_WITH_IMAGE.format(href=(outside / "secret.png").as_posix()).encode()
    if embed == "file":
        (library / "templates" / "wrapper.svg").write_bytes(svg)
        value = "wrapper.svg"
    elif embed == "svgz":
        (library / "templates" / "wrapper.svgz").write_bytes(gzip.compress(svg))
        value = "wrapper.svgz"
    elif embed == "base64":
        value = "base64:" + base64.b64encode(svg).decode()
    else:
        value = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
    kept, reason = _policy(library, allow_remote=True).check(value)
    assert kept is None and reason == "draws_files"
    # an SVG whose only image is embedded data is fine
    harmless = SVG_WITH_IMAGE.format(href="data:image/png;base64,iVBORw0KGgo=").encode()
    assert _policy(library).check("base64:" + base64.b64encode(harmless).decode())[1] is None


def _template(items):
    return f'<Layout name="" units="mm">{items}</Layout>'


def test_template_items_that_could_call_out_are_removed(qgis_app, folders):
    from strukturbild.strukturbild_plugin.library import sanitise_template

    library, _ = folders
    text = _template(
        '<LayoutItem type="65651" id="terrain3d" uuid="{a}"/>'  # a 3D map: its terrain may come from the web
        '<LayoutItem type="75650" id="plugin_item" uuid="{b}"/>'  # an item of another plugin
        '<LayoutMultiFrame type="75651" uuid="{c}"><childFrame uuid="{d}"/></LayoutMultiFrame>'
        '<LayoutItem type="65647" id="frame_of_unknown" uuid="{d}" multiFrame="{c}"/>'
        '<LayoutItem type="65646" id="scalebar" uuid="{e}"><text-style allowHtml="1" fontFamily="x">'
        '<background shapeSVGFile="http://127.0.0.1:9/bg.svg" shapeDraw="1"/></text-style></LayoutItem>')
    clean, removed = sanitise_template(text, folder=library / "templates", roots=[library], allow_remote=False)
    for gone in ("terrain3d", "plugin_item", "frame_of_unknown", "75651", "127.0.0.1"):
        assert gone not in clean, gone
    assert 'allowHtml="0"' in clean
    assert 'id="scalebar"' in clean
    assert len(removed) >= 5


def test_template_data_defined_svg_and_label_expressions(qgis_app, folders):
    from strukturbild.strukturbild_plugin.library import sanitise_template

    library, _ = folders
    dd = ('<data_defined_properties><Option type="Map"><Option name="properties" type="Map">'
          '<Option name="name" type="Map"><Option name="active" type="bool" value="true"/>'
          '<Option name="expression" type="QString" value="@project_folder || \'/x.svg\'"/></Option>'
          '<Option name="size" type="Map"><Option name="active" type="bool" value="true"/>'
          '<Option name="expression" type="QString" value="3"/></Option>'
          '</Option></Option></data_defined_properties>')
    marker = ('<LayoutItem type="65653" id="marker" uuid="{m}"><symbol type="marker" name="">'
              f'<layer class="SvgMarker"><Option type="Map"><Option name="name" value="logo.png"/></Option>{dd}'
              '</layer></symbol></LayoutItem>')
    label = ('<LayoutItem type="65641" id="lab" uuid="{l}" htmlState="0" '
             'labelText="Date [% now() %] [% file_size(\'/etc/hostname\') %] [% Exif(\'/x.jpg\', \'a\') %]"/>')
    clean, removed = sanitise_template(_template(marker + label), folder=library / "templates", roots=[library],
                                       allow_remote=False)
    assert "@project_folder" not in clean  # the data-defined file is gone...
    assert 'name="size"' in clean  # ...the data-defined size stays
    assert "file_size" not in clean and "Exif" not in clean and "[% now() %]" in clean
    assert (library / "templates" / "logo.png").resolve().as_posix() in clean
    assert any("file_size" in entry for entry in removed) and any("exif" in entry for entry in removed)


def test_old_composer_templates_are_refused(qgis_app, folders):
    from strukturbild.strukturbild_plugin.library import sanitise_template

    library, _ = folders
    old = ('<Composer><Composition><ComposerHtml url="http://127.0.0.1:9/" contentMode="0"/>'
           '</Composition></Composer>')
    with pytest.raises(LibraryError, match="QGIS 3"):
        sanitise_template(old, folder=library, roots=[library])


def test_html_to_text_keeps_only_what_a_reader_sees():
    from strukturbild.strukturbild_plugin.library import html_to_text

    text, dropped = html_to_text('<h1>Title &amp; more</h1><script>alert("x")</script><p>Body <b>bold</b>'
                                 '<iframe src="file:///etc/passwd">fallback</iframe></p><img src="x.png">'
                                 '<style>p { color: red }</style>')
    assert text == "Title & more\nBody bold"
    assert {"script", "iframe", "img", "style"} <= set(dropped)
