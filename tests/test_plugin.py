"""The plugin loads and unloads through classFactory; the provider lists its algorithms; i18n works."""

import configparser

import pytest
from conftest import REPO_ROOT
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

EXPECTED_ALGORITHMS = {f"strukturbild:{name}" for name in (
    "createstrukturbild", "assemblemap", "flowlines", "functionalregions", "habitatnetwork", "connectivitytables",
    "corridors", "greenconflicts", "traveltime", "servicearea", "degurba", "ruraltypology", "borderzones",
    "borderflows", "borderaccess", "areaprofile", "publishproject", "exportwebmap", "contributionpackage",
    "validatestrukturbild", "mergecontributions",
    "gransbygdsanalys", "funktionellaregioner")}  # the two models (processing_algorithms/models)
# parameter names the issues made public (users' batch scripts and models depend on them): add, never rename
PUBLIC_PARAMETERS = {
    "traveltime": {"NETWORK", "SPEED_FIELD", "DEFAULT_SPEED", "ONEWAY_FIELD", "TOLERANCE", "ORIGINS", "DESTINATIONS",
                   "DESTINATION_WEIGHT_FIELD", "DESTINATION_ID_FIELD", "MEASURE", "THRESHOLD", "BETA",
                   "DEMAND_FIELD", "ACCESS_SPEED", "MAX_SNAP", "DETOUR_FACTOR", "OUTPUT"},
    "servicearea": {"NETWORK", "DESTINATIONS", "BREAKS", "OUTPUT"},
    "degurba": {"INPUT", "POPULATION_FIELD", "LAU", "OUTPUT"},
    "ruraltypology": {"TOWN_SIZE", "MINUTES", "AREAS", "OUTPUT"},
    "borderzones": {"REGIONS", "REGION_ID_FIELD", "SELECTION", "BORDER", "BANDS", "MODE", "NETWORK", "POPULATION",
                    "POPULATION_FIELD", "SERVICES", "TARGET_CRS", "OUTPUT"},
    "borderflows": {"TARGET_CRS", "OUTPUT_TABLE", "OUTPUT_PAIRS", "OUTPUT_LINES"},
    "borderaccess": {"REGIONS", "REGION_ID_FIELD", "SELECTION", "TARGET_CRS", "ORIGINS", "DESTINATIONS", "MEASURE",
                     "THRESHOLD", "ZONES", "OUTPUT", "OUTPUT_ZONES"},
    "areaprofile": {"AREAS", "TARGET_CRS", "OUTPUT", "OUTPUT_REPORT"},
    "publishproject": {"STRUKTURBILD", "LAYERS", "TITLE", "STYLE_LIBRARY", "OUTPUT"},
    "exportwebmap": {"STRUKTURBILD", "LAYERS", "TITLE", "SUBTITLE", "SOURCES", "EXTENT_LAYER", "EXTENT_FILTER",
                     "STYLE_LIBRARY", "LANGUAGE", "BACKGROUND", "PDF", "OUTPUT_FOLDER"},
    "contributionpackage": {"STRUKTURBILD", "ZONES", "ZONE_ID_FIELD", "OUTPUT_FOLDER"},
    "validatestrukturbild": {"INPUT", "AREA", "FAIL_ON_ERROR", "OUTPUT"},
    "mergecontributions": {"CONTRIBUTIONS", "BASE", "OUTPUT", "OUTPUT_REPORT"},
    "gransbygdsanalys": {"REGIONS", "REGION_ID_FIELD", "SELECTION", "BANDS", "MODE", "POPULATION", "DESTINATIONS",
                         "TATORTER", "TATORT_POPULATION_FIELD", "NETWORK", "borderzones:OUTPUT", "areaprofile:OUTPUT",
                         "assemblemap:OUTPUT"},
    "funktionellaregioner": {"ZONES", "ZONE_ID_FIELD", "FLOWS", "ORIGIN_FIELD", "DESTINATION_FIELD", "VALUE_FIELD",
                             "METHOD", "functionalregions:OUTPUT_REGIONS", "flowlines:OUTPUT", "assemblemap:OUTPUT"},
}


def test_metadata_is_complete():
    parser = configparser.ConfigParser()
    parser.read(REPO_ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    for key in ("name", "description", "about", "version", "author", "email", "repository", "tracker",
                "homepage", "tags", "category", "icon", "changelog"):
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general["supportsQt6"] == "True"
    assert general["hasProcessingProvider"] == "yes"
    assert (REPO_ROOT / general["icon"]).is_file()


def test_class_factory_loads_and_unloads(qgis_iface):
    import strukturbild

    removed_docks, removed_menus = [], []
    # pytest-qgis 2.1's iface double lacks these two QgisInterface methods: record the calls instead.
    if not hasattr(qgis_iface, "removeDockWidget"):
        qgis_iface.removeDockWidget = removed_docks.append
    if not hasattr(qgis_iface, "removePluginMenu"):
        qgis_iface.removePluginMenu = lambda name, action: removed_menus.append(action)

    plugin = strukturbild.classFactory(qgis_iface)
    registry = QgsApplication.processingRegistry()
    before = registry.providerById("strukturbild")
    if before is not None:  # registered by another test's fixture: take it out to see ours come and go
        registry.removeProvider(before)
    plugin.initGui()
    provider = registry.providerById("strukturbild")
    assert provider is not None
    assert plugin.action is not None
    plugin.action.setChecked(True)
    assert plugin.dock is not None and plugin.dock.windowTitle() == "Strukturbild"
    dock, action = plugin.dock, plugin.action
    plugin.unload()
    assert registry.providerById("strukturbild") is None
    assert plugin.dock is None and plugin.action is None
    assert removed_docks in ([], [dock])
    assert removed_menus in ([], [action])
    _restore_provider()


def test_init_processing_registers_once(qgis_iface):
    import strukturbild

    plugin = strukturbild.classFactory(qgis_iface)
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("strukturbild")
    if existing is not None:
        registry.removeProvider(existing)
    plugin.initProcessing()
    plugin.initProcessing()  # qgis_process and the GUI may both call it
    assert registry.providerById("strukturbild") is plugin.provider
    plugin.unload()
    assert registry.providerById("strukturbild") is None
    _restore_provider()


_KEEP_ALIVE = []


def _restore_provider():
    """Other tests run algorithms through the registry: put a provider back after unloading ours.

    The Python object must stay referenced, or the registry keeps only the C++ base class.
    """
    from strukturbild.processing_algorithms.provider import StrukturbildProvider

    provider = StrukturbildProvider()
    _KEEP_ALIVE.append(provider)
    QgsApplication.processingRegistry().addProvider(provider)


def test_provider_lists_algorithms(processing_provider):
    provider = QgsApplication.processingRegistry().providerById("strukturbild")
    ids = {algorithm.id() for algorithm in provider.algorithms()}
    assert EXPECTED_ALGORITHMS <= ids
    for name, parameters in PUBLIC_PARAMETERS.items():
        algorithm = provider.algorithm(name)
        defined = {definition.name() for definition in algorithm.parameterDefinitions()}
        assert parameters <= defined, (name, parameters - defined)
    for algorithm in provider.algorithms():
        assert algorithm.displayName()
        assert algorithm.shortHelpString()
        assert algorithm.group()
        assert algorithm.createInstance().name() == algorithm.name()


def test_swedish_translation_is_found_and_used(qgis_app):
    from strukturbild.strukturbild_plugin import i18n

    path = i18n.translation_file("sv_SE")
    assert path is not None and path.name == "strukturbild_sv.qm"
    assert i18n.translation_file("fi_FI") is None
    try:
        assert i18n.install_translator("sv_SE") == path
        assert QCoreApplication.translate("AssembleMap", "Assemble strukturbild map") == "Sätt ihop strukturbildskarta"
        assert QCoreApplication.translate("StrukturbildAlgorithm", "Green infrastructure") == "Grön infrastruktur"
    finally:
        i18n.remove_translators()
    assert QCoreApplication.translate("AssembleMap", "Assemble strukturbild map") == "Assemble strukturbild map"


def test_every_source_string_is_translated():
    """i18n/strukturbild_sv.ts is complete: no unfinished or empty Swedish translation."""
    import xml.etree.ElementTree as ET

    root = ET.parse(REPO_ROOT / "i18n" / "strukturbild_sv.ts").getroot()
    untranslated = [message.findtext("source") for message in root.iter("message")
                    if message.find("translation").get("type") in ("unfinished",)
                    or not (message.findtext("translation") or "").strip()]
    assert untranslated == []
    assert len(list(root.iter("message"))) > 50


def test_the_translation_covers_every_source_string(tmp_path):
    """No string in the sources is missing from i18n/strukturbild_sv.ts (run `make i18n` and translate): pylupdate5,
    as `make i18n` runs it, over the plugin's sources into a scratch file, compared by (context, source)."""
    import shutil
    import subprocess
    import xml.etree.ElementTree as ET

    if shutil.which("pylupdate5") is None:
        pytest.skip("pylupdate5 (pyqt5-dev-tools) is not installed")
    sources = [str(REPO_ROOT / "__init__.py")] + sorted(
        str(path) for folder in ("strukturbild_plugin", "processing_algorithms")
        for path in (REPO_ROOT / folder).rglob("*.py") if not path.name.startswith("build_"))
    scratch = tmp_path / "check.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(scratch)], check=True, capture_output=True)

    def messages(path):
        return {(context.findtext("name"), message.findtext("source"))
                for context in ET.parse(path).getroot().iter("context") for message in context.iter("message")}

    missing = messages(scratch) - messages(REPO_ROOT / "i18n" / "strukturbild_sv.ts")
    assert sorted(missing) == []


def test_no_qt_imports_outside_qgis_pyqt():
    offenders = []
    for path in REPO_ROOT.rglob("*.py"):
        if ".venv" in path.parts or ".pytest-stage" in path.parts or "build" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if path.name == "test_plugin.py":
            continue
        if "from PyQt5" in text or "import PyQt5" in text or "from PyQt6" in text:
            offenders.append(str(path))
    assert offenders == []


def test_inherited_strings_are_translated_under_the_base_class(qgis_app):
    """greenconflicts reuses habitatnetwork's parameters: their Swedish text is found under the base class."""
    from strukturbild.processing_algorithms.green.greenconflicts import GreenConflicts
    from strukturbild.strukturbild_plugin import i18n

    try:
        i18n.install_translator("sv_SE")
        algorithm = GreenConflicts()
        assert algorithm.tr("Habitat patches (polygons)") != "Habitat patches (polygons)"
        assert algorithm.displayName() == "Konflikter mellan exploatering och gröna samband"
    finally:
        i18n.remove_translators()
