"""Test set-up: a stable import name for the plugin, headless Qt, QGIS's processing on sys.path.

The repository root is the plugin folder and has an __init__.py, so there is deliberately no
tests/__init__.py; instead `.pytest-stage/strukturbild` links to the root and is put first on sys.path,
and tests import `strukturbild.…`.
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QGIS finds its CRS database and resources from the prefix; pytest-qgis does not set it.
os.environ.setdefault("QGIS_PREFIX_PATH", "/usr")
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="xdg-"))

REPO_ROOT = Path(__file__).resolve().parent.parent
STAGE = REPO_ROOT / ".pytest-stage"
STAGE.mkdir(exist_ok=True)
_link = STAGE / "strukturbild"
if not _link.is_symlink():
    _link.symlink_to(REPO_ROOT, target_is_directory=True)
sys.path.insert(0, str(STAGE))
sys.path.insert(1, "/usr/share/qgis/python/plugins")

TEST_DATA = REPO_ROOT / "tests" / "data"
# QGIS's OGR provider opens GeoPackages for update and may write to them (WAL, statistics): tests read a copy
# so that the repository's demo data never change.
DEMO_DATA = Path(tempfile.mkdtemp(prefix="strukturbild-demo-data-")) / "data"
shutil.copytree(REPO_ROOT / "demo" / "data", DEMO_DATA)

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def processing_provider(qgis_app):
    """QGIS Processing initialised with the Strukturbild provider registered."""
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication
    from strukturbild.processing_algorithms.provider import StrukturbildProvider

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("strukturbild")
    if provider is None:
        provider = StrukturbildProvider()
        registry.addProvider(provider)
    yield provider  # test_plugin unloads and re-registers it: look it up in the registry, don't keep it


@pytest.fixture
def run_algorithm(processing_provider):
    """Run a Processing algorithm by id with a fresh context; returns the results dict."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def run(algorithm_id, parameters, feedback=None):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(algorithm_id, parameters, context=context,
                              feedback=feedback or QgsProcessingFeedback())

    return run


@pytest.fixture(scope="session")
def demo_gpkg(qgis_app, tmp_path_factory):
    """The demo strukturbild GeoPackage, built once per session by demo/build_demo.py."""
    import importlib.util

    path = tmp_path_factory.mktemp("demo") / "strukturbild_demo.gpkg"
    spec = importlib.util.spec_from_file_location("build_demo", REPO_ROOT / "demo" / "build_demo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(path, data_dir=DEMO_DATA, log=lambda *args: None)
    return path


@pytest.fixture(autouse=True)
def _collect_qgis_objects():
    """Free QGIS objects held in reference cycles (e.g. an exception's traceback) while QGIS still runs.

    Layers and projects destroyed after QgsApplication.exitQgis() crash the interpreter at exit.
    """
    yield
    import gc
    import types

    sys.last_type = sys.last_value = sys.last_traceback = None
    # A QgsProcessingException raised in a Python processAlgorithm crosses C++; sip (QGIS 3.22) keeps a
    # reference to its traceback for good, and through it every calling frame stays alive: the test's own
    # layers would then be destroyed after exitQgis() and crash the interpreter. Release those frames' locals.
    for obj in gc.get_objects():
        if isinstance(obj, types.FrameType) and obj.f_code.co_name == "processAlgorithm":
            frame = obj
            while frame is not None:
                try:
                    frame.clear()
                except RuntimeError:  # still executing (pytest's own frames)
                    pass
                frame = frame.f_back
    gc.collect()


QGIS_PROCESS = shutil.which("qgis_process.bin")


@pytest.fixture(scope="session")
def qgis_process_env(tmp_path_factory):
    """Environment for qgis_process.bin: an isolated QGIS profile with this checkout enabled as the plugin."""
    import subprocess

    if QGIS_PROCESS is None:
        pytest.fail("qgis_process.bin is missing: make test installs QGIS")
    root = tmp_path_factory.mktemp("qgis-process")
    plugins = root / "plugins"
    plugins.mkdir()
    (plugins / "strukturbild").symlink_to(REPO_ROOT, target_is_directory=True)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(root / "profile"), QGIS_PLUGINPATH=str(plugins),
               QT_QPA_PLATFORM="offscreen")
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "strukturbild"], env=env, capture_output=True, timeout=120)
    return env


@pytest.fixture
def panel(qgis_iface, qgis_app, qtbot):
    """The Strukturbild panel, shown at 360 × 700 in an empty project, without an earlier test's defaults."""
    from qgis.core import QgsProject, QgsSettings
    from strukturbild.strukturbild_plugin import dock as dock_module

    QgsProject.instance().clear()
    QgsSettings().remove("strukturbild/panel")  # the last-used defaults of an earlier test
    widget = dock_module.StrukturbildDock(qgis_iface)
    widget.resize(360, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.disconnect_project()
    widget.close()
    widget.deleteLater()
    QgsProject.instance().clear()


@pytest.fixture
def opened(monkeypatch):
    """The addresses the panel asked the desktop to open (nothing is opened)."""
    from qgis.PyQt.QtCore import QUrl
    from strukturbild.strukturbild_plugin import dock as dock_module

    urls = []
    monkeypatch.setattr(dock_module, "open_url", lambda url: urls.append(QUrl(url)) or True)
    return urls


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of 2 single-threaded worker processes (scipy's Dijkstra holds the GIL) and a client of it."""
    from distributed import Client, LocalCluster

    local = LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                         dashboard_address=None, silence_logs=50)
    client = Client(local, set_as_default=False)
    yield local, client
    client.close()
    local.close()
