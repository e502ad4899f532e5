"""Issue 12 §4: good citizens in someone else's QGIS.

- Loading the plugin and its Processing provider (what QGIS does at start, and the toolbox listing every algorithm
  with its dialog and help) imports neither numpy nor scipy nor matplotlib: they are imported when an algorithm runs.
- A report's charts are drawn with matplotlib's Figure + FigureCanvasAgg: the session's backend stays as it was,
  pyplot is never imported by the plugin, and the figures that others have open in pyplot (another plugin, the
  Python console) stay open.

Each check runs in a fresh Python process, so that what this test session has imported already does not count.
"""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
STAGE = REPO_ROOT / ".pytest-stage"  # holds the link strukturbild -> the repository (tests/conftest.py)

PRELUDE = f"""
import json, os, sys, tempfile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QGIS_PREFIX_PATH", "/usr")
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp())
sys.path.insert(0, {str(STAGE)!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
HEAVY = tuple(name for name in ("numpy", "scipy", "matplotlib") if name not in sys.modules)  # QGIS 3.40's own
# qgis.core imports numpy: what QGIS imports before the plugin loads is not the plugin's doing
"""

# A run of strukturbild:functionalregions with its report and of the areaprofile report's charts, on files made here.
RUN_REPORTS = """
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject
from strukturbild.strukturbild_plugin.plugin import StrukturbildPlugin

plugin = StrukturbildPlugin(None)
plugin.initProcessing()
folder = tempfile.mkdtemp()
zones = os.path.join(folder, "zones.geojson")
with open(zones, "w", encoding="utf-8") as handle:
    json.dump({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": code},
         "geometry": {"type": "Point", "coordinates": [15.0 + 0.1 * k, 58.0]}}
        for k, code in enumerate(["A", "B", "C"])]}, handle)
flows = os.path.join(folder, "flows.csv")
with open(flows, "w", encoding="utf-8") as handle:
    handle.write("o,d,n\\nA,A,900\\nA,B,300\\nB,B,800\\nB,A,50\\nC,C,700\\nC,A,200\\n")
algorithm = plugin.provider.algorithm("functionalregions").create()
context = QgsProcessingContext()
context.setProject(QgsProject.instance())
results, ok = algorithm.run({
    "ZONES": zones, "ZONE_ID_FIELD": "code", "FLOWS": flows, "ORIGIN_FIELD": "o", "DESTINATION_FIELD": "d",
    "VALUE_FIELD": "n", "METHOD": 1, "MIN_SIZE": 100, "MIN_SC": 0.5, "TARGET_SIZE": 1000, "TARGET_SC": 0.6,
    "OUTPUT_MEMBERSHIP": os.path.join(folder, "membership.gpkg"), "OUTPUT_REGIONS": os.path.join(folder, "r.gpkg"),
    "OUTPUT_REPORT": os.path.join(folder, "report.html")}, context, QgsProcessingFeedback())
assert ok, results
report = open(results["OUTPUT_REPORT"], encoding="utf-8").read()
assert "data:image/png;base64," in report, "no chart in the report"

from strukturbild.processing_algorithms.border.areaprofile_report import chart_pngs

rows = [{"area_id": name, "population": 100.0 * (k + 1), "density": 5.0, "share_tatort": 0.5,
         "share_tatortsnara_landsbygd": 0.3, "share_glesbygd": 0.2, "time_3000": 12.0, "services_within": 3.0,
         "cross_share": 0.1} for k, name in enumerate(["A", "B"])]
assert len(chart_pngs(rows, [(3000, "time_3000")], 30, services=True, commuting=True)) == 5
"""


def _python(*pieces):
    """Run the code ``pieces`` in a fresh interpreter (the one running the tests) and return what it printed last,
    as JSON."""
    code = "\n".join(textwrap.dedent(piece) for piece in (PRELUDE, *pieces))
    done = subprocess.run([sys.executable, "-c", code],
                          capture_output=True, text=True, timeout=600, cwd=str(REPO_ROOT))
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_loading_the_plugin_imports_no_numpy_scipy_or_matplotlib():
    found = _python("""
        from strukturbild import classFactory
        from strukturbild.strukturbild_plugin.plugin import StrukturbildPlugin

        plugin = StrukturbildPlugin(None)  # as qgis_process loads it (iface is None there)
        plugin.initProcessing()
        algorithms = plugin.provider.algorithms()
        # what the toolbox and the dialogs ask of every algorithm
        described = [(a.id(), a.displayName(), a.group(), a.shortHelpString(), len(a.parameterDefinitions()),
                      [d.description() for d in a.parameterDefinitions()], a.createInstance().name())
                     for a in algorithms]
        print(json.dumps({"algorithms": len(described), "parameters": sum(d[4] for d in described),
                          "heavy": [name for name in HEAVY if name in sys.modules]}))
    """)
    assert found["algorithms"] >= 21 and found["parameters"] > 100
    assert found["heavy"] == []


def test_a_report_leaves_the_sessions_matplotlib_alone():
    """No pyplot and no backend switch: the backend set before the run is the backend after it."""
    found = _python("""
        import matplotlib

        matplotlib.use("pdf")  # the session's choice, e.g. another plugin's
        before = matplotlib.get_backend()
    """, RUN_REPORTS, """
        print(json.dumps({"before": before, "after": matplotlib.get_backend(),
                          "pyplot": "matplotlib.pyplot" in sys.modules}))
    """)
    assert found["before"] == "pdf"
    assert found["after"] == "pdf"
    assert found["pyplot"] is False


def test_a_report_keeps_the_figures_others_have_open():
    """A figure open in pyplot (the Python console, another plugin) is still open after a report."""
    found = _python("""
        import matplotlib

        matplotlib.use("pdf")
        from matplotlib import pyplot

        console = pyplot.figure()
        console.gca().plot([1, 2, 3])
    """, RUN_REPORTS, """
        print(json.dumps({"figures": pyplot.get_fignums(), "backend": matplotlib.get_backend(),
                          "same": pyplot.gcf() is console}))
    """)
    assert found == {"figures": [1], "backend": "pdf", "same": True}
