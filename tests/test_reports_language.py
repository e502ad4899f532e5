"""Issue 12 §3: one language at a time. The HTML reports (functionalregions, areaprofile) and the logs are in the
user's language: ``lang``, every heading, table header, chart title and axis through Qt's translation, numbers as the
language writes them ("× 1,3", "1 234,5" in Swedish); template names shown translated with the file names kept;
method names in the user's language; the methods layer's messages translated where they reach the user.

The Swedish texts themselves come from i18n/strukturbild_sv.ts, which is translated last; so the words are checked
with a test translator that marks every string it is asked for («…»): a visible text without the mark did not go
through the translation. Numbers and ``lang`` follow the locale alone.
"""

import csv
import html.parser
import pickle
import re
import shutil
import subprocess
from pathlib import Path

import processing
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

REPO_ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"


class Marker(QTranslator):
    """Translates every string into itself between « and »."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»"

    def isEmpty(self):
        return False


class Dictionary(QTranslator):
    """Translates the (context, source) pairs it is given, and nothing else."""

    def __init__(self, table):
        super().__init__()
        self.table = table

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.table.get((context, source))  # None: not translated here

    def isEmpty(self):
        return False


def _set_locale(value):
    settings = QgsSettings()
    old = settings.value("locale/userLocale", None)
    settings.setValue("locale/userLocale", value)
    return old


def _restore_locale(old):
    settings = QgsSettings()
    if old is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", old)


@pytest.fixture
def swedish(qgis_app):
    old = _set_locale("sv_SE")
    yield
    _restore_locale(old)


@pytest.fixture
def english(qgis_app):
    old = _set_locale("en_GB")
    yield
    _restore_locale(old)


@pytest.fixture
def marked(qgis_app):
    translator = Marker()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _install(table):
    translator = Dictionary(table)
    QCoreApplication.installTranslator(translator)
    return translator


class VisibleText(html.parser.HTMLParser):
    """The texts a reader sees as words: the title, headings, table headers (without the field names under them),
    paragraphs, list items, image descriptions and the parameter table's first column."""

    WORDS = {"title", "h1", "h2", "th", "p", "li"}

    def __init__(self):
        super().__init__()
        self.texts, self.cells, self.open = [], [], []
        self.in_field = False
        self.tables, self.row = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "span" and attrs.get("class") == "field":
            self.in_field = True
        if tag == "img" and attrs.get("alt"):
            self.texts.append(("img", attrs["alt"]))
        if tag == "table":
            self.tables.append([])
        if tag == "tr":
            self.row = []
            self.tables[-1].append(self.row)
        if tag in self.WORDS or tag == "td":
            self.open.append([tag, ""])

    def handle_endtag(self, tag):
        if tag == "span":
            self.in_field = False
        if self.open and self.open[-1][0] == tag:
            name, text = self.open.pop()
            if name == "td":
                self.row.append(text.strip())
            elif text.strip():
                self.texts.append((name, text.strip()))

    def handle_data(self, data):
        if self.open and not self.in_field:
            self.open[-1][1] += data


def _visible(html_text):
    parser = VisibleText()
    parser.feed(html_text)
    return parser


def _unmarked(texts):
    return [(tag, text) for tag, text in texts if not text.startswith("«")]


# -- numbers --------------------------------------------------------------------------------------------------------

def test_numbers_as_each_language_writes_them(qgis_app):
    from strukturbild.strukturbild_plugin.i18n import format_number, format_percent, user_language

    assert format_number(1234.5, 1, "sv") == f"1{NBSP}234,5"
    assert format_number(1234.5, 1, "en") == "1,234.5"
    assert format_number(1.3, None, "sv") == "1,3" and format_number(1.3, None, "en") == "1.3"
    assert format_number(1234567, None, "sv") == f"1{NBSP}234{NBSP}567"
    assert format_number(0.6667, None, "sv") == "0,6667" and format_number(3500.0, None, "en") == "3,500"
    assert format_number(-0.0001, 1, "sv") == "0,0"
    assert format_number(float("nan"), 1, "sv") == "" and format_number(None, 1, "en") == ""
    assert format_number(float("inf"), 0, "sv") == "∞"
    assert format_percent(0.123, 1, "sv") == f"12,3{NBSP}%" and format_percent(0.123, 1, "en") == "12.3%"
    assert user_language("sv_SE") == "sv" and user_language("sv") == "sv" and user_language("en_US") == "en"
    assert user_language("fi_FI") == "en"


def test_the_language_follows_the_user_locale(swedish):
    from strukturbild.strukturbild_plugin.i18n import format_number, user_language

    assert user_language() == "sv" and format_number(2.5) == "2,5"


# -- functionalregions -----------------------------------------------------------------------------------------------

def _zones():
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=code:string", "zones", "memory")
    features = []
    for k, code in enumerate(["0114", "0115", "0117", "9999"]):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(500_000 + 1000 * k, 6_500_000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _flow_table(path, rows=None):
    """4 420 commuters between the zones; 0180 is no zone, 9999 has no flows, 0114→0115 occurs twice."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Bostadskommun", "Arbetsställekommun", "Antal"])
        writer.writerows(rows if rows is not None else
                         [("114", "114", "1 200"), ("114", "115", "300"), ("115", "115", "900"),
                          ("117", "117", "2 000"), ("117", "0180", "50"), ("114", "115", "20")])
    return str(path)


def _functional_regions(tmp_path, feedback=None, **parameters):
    values = {"ZONES": _zones(), "ZONE_ID_FIELD": "code", "FLOWS": _flow_table(tmp_path / "od.csv"),
              "ORIGIN_FIELD": "Bostadskommun", "DESTINATION_FIELD": "Arbetsställekommun", "VALUE_FIELD": "Antal",
              "METHOD": 0, "OUTPUT_MEMBERSHIP": str(tmp_path / "membership.gpkg"),
              "OUTPUT_REGIONS": str(tmp_path / "regions.gpkg"), "OUTPUT_REPORT": str(tmp_path / "report.html")}
    values.update(parameters)
    result = processing.run("strukturbild:functionalregions", values, feedback=feedback)
    return result, (tmp_path / "report.html").read_text(encoding="utf-8")


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):
        self.lines.append(text)

    def pushWarning(self, text):
        self.lines.append(text)


def test_functionalregions_report_in_swedish(processing_provider, tmp_path, swedish, marked):
    log = Log()
    _, report = _functional_regions(tmp_path, feedback=log)
    assert "<html lang='sv'>" in report
    page = _visible(report)
    assert len(page.texts) >= 15  # title, headings, headers, notes, the chart's description
    assert _unmarked(page.texts) == []
    parameters = page.tables[0]
    assert [row[0] for row in parameters[1:] if not row[0].startswith("«")] == []  # every parameter's label
    assert any(row[0].endswith("(METHOD)") and row[1].startswith("«") for row in parameters[1:])  # the method's name
    # Swedish numbers: 4 420 commuters, the self-containment with a decimal comma, never a decimal point
    assert f"<td>4{NBSP}420</td>" in report
    assert re.search(r"<td>0,\d{3}</td>", report)
    assert not re.search(r"<td>-?\d[\d,]*\.\d+</td>", report)
    # the methods' notes (od: an unknown id, a zone without flows, a repeated pair) in the report and the log
    notes = [text for tag, text in page.texts if tag == "li"]
    assert len(notes) >= 3 and all(note.startswith("«") for note in notes)
    assert all(line.startswith("«") or "«" in line for line in log.lines)
    summary = next(line for line in log.lines if "self-containment" in line)
    assert re.search(r"self-containment [01],\d{3};", summary)  # the median, with a decimal comma


def test_functionalregions_report_in_english(processing_provider, tmp_path, english):
    _, report = _functional_regions(tmp_path)
    assert "<html lang='en'>" in report
    assert "<td>4,420</td>" in report and re.search(r"<td>0\.\d{3}</td>", report)
    assert "Commuters in the matrix" in report and "SCB lokala arbetsmarknader (LA)" in report
    assert '<span class="field">residents</span>' in report  # the layer's field under its readable label


def test_the_validity_chart_speaks_the_language(swedish, marked):
    pytest.importorskip("matplotlib")
    from strukturbild.processing_algorithms.functional.report import chart_figure

    figure = chart_figure([4000, 20000, 60000], [0.6, 0.7, 0.8], ["A", "B", "C"], (3500, 0.6667, 25000, 0.75),
                          [False, True, True])
    axes = figure.axes[0]
    assert axes.get_xlabel().startswith("«") and axes.get_ylabel().startswith("«")
    assert [text.get_text() for text in axes.get_legend().get_texts()][0].startswith("«")
    assert axes.yaxis.get_major_formatter()(0.5, 0) == "0,5"
    assert axes.xaxis.get_major_formatter()(10000, 0) == f"10{NBSP}000"


# -- areaprofile -----------------------------------------------------------------------------------------------------

@pytest.fixture
def charts(monkeypatch):
    """The report's matplotlib figures, kept instead of drawn."""
    pytest.importorskip("matplotlib")
    from strukturbild.processing_algorithms.border import areaprofile_report

    figures = []

    def keep(figure, canvas_class, **savefig):
        figures.append(figure)
        return b"png"

    monkeypatch.setattr(areaprofile_report, "png_bytes", keep)
    return figures


def test_areaprofile_report_in_swedish(processing_provider, tmp_path, swedish, marked, charts):
    from test_areaprofile import FULL, ROAD, roads, run

    run(tmp_path, NETWORK=roads(ROAD), SPEED_FIELD="speed", **FULL)
    report = (tmp_path / "profile.html").read_text(encoding="utf-8")
    assert "<html lang='sv'>" in report
    page = _visible(report)
    assert len(page.texts) >= 20
    assert _unmarked(page.texts) == []
    assert [row[0] for row in page.tables[-1][1:] if not row[0].startswith("«")] == []  # the parameters' labels
    # A: 1 200 inhabitants, 83,3 % in tätort; no number with a decimal point
    assert f"<td>1{NBSP}200</td>" in report and f"<td>83,3{NBSP}%</td>" in report
    assert not re.search(r"<td>-?\d[\d,]*\.\d+", report)
    # every chart: its title, axis labels and legend through the translation, its ticks in Swedish
    assert len(charts) == 4
    for figure in charts:
        for axes in figure.axes:
            assert axes.get_xlabel().startswith("«")
            legend = axes.get_legend()
            if legend is not None:
                assert all(text.get_text().startswith("«") for text in legend.get_texts())
            tick = axes.xaxis.get_major_formatter()(2.5, 0)
            assert tick in ("2,5", f"250{NBSP}%")  # a number or a share, as Swedish writes it
    assert re.search(r"<h2>«Population and density»</h2>", report)


def test_areaprofile_log_in_swedish(processing_provider, tmp_path, swedish):
    from test_areaprofile import run

    log = Log()
    run(tmp_path, feedback=log, DETOUR_FACTOR=1.3, DEFAULT_SPEED=70)
    assert any("× 1,3 " in line for line in log.lines)  # the detour factor of the straight-line estimate
    line = next(text for text in log.lines if text.startswith("B:"))
    assert "density 12,5 per km²" in line and re.search(r", \d,\d min to", line)  # B's density and minutes
    assert any(f"1{NBSP}900" in text for text in log.lines)  # the inhabitants of the areas in all


# -- template and method names ---------------------------------------------------------------------------------------

def test_template_names_translated_file_names_kept(qgis_app, tmp_path):
    from strukturbild.strukturbild_plugin.library import StyleLibrary, template_label

    assert template_label("A3_landscape", "sv") == "A3 liggande" and template_label("A3_landscape", "en") == \
        "A3 landscape"
    assert template_label("A4_portrait", "sv") == "A4 stående"
    assert template_label("presentation_16x9", "en") == "Presentation 16:9"
    assert template_label("region_A2", "sv") == "region_A2"  # a region's own template keeps its file name
    library = StyleLibrary()
    assert set(library.templates()) >= {"A3_landscape", "A4_portrait", "presentation_16x9"}  # the file names
    for name, path in library.templates().items():
        for language in ("sv", "en"):
            assert library.template_path(template_label(name, language)) == path


def test_the_panel_shows_template_names_in_swedish(qgis_iface, swedish):
    from qgis.core import QgsProject
    from strukturbild.strukturbild_plugin.dock import StrukturbildDock
    from strukturbild.strukturbild_plugin.library import StyleLibrary

    dock = StrukturbildDock(qgis_iface)
    try:
        combo = dock.template_combo
        items = {combo.itemText(k): combo.itemData(k) for k in range(combo.count())}
        assert items["A3 liggande"] == "A3_landscape" and items["A4 stående"] == "A4_portrait"
        assert combo.currentText() == "A3 liggande"
        assert StyleLibrary().template_path(combo.currentText()).name == "A3_landscape.qpt"
    finally:
        dock.close()
        QgsProject.instance().removeAllMapLayers()


def test_method_names_in_the_users_language(processing_provider, marked):
    from strukturbild.processing_algorithms.functional.functionalregions import FunctionalRegions

    algorithm = FunctionalRegions()
    algorithm.initAlgorithm()
    names = [algorithm.method_name(k) for k in range(3)]
    assert names == ["«SCB lokala arbetsmarknader (LA)»", "«CURDS / Coombes–Bond TTWA»", "«Intramax»"]
    assert names == algorithm.parameterDefinition("METHOD").options()  # the report names it as the dialog does


# -- the methods' messages ---------------------------------------------------------------------------------------------

def test_every_method_message_is_listed_for_translation():
    """method_messages.py lists every literal MethodError/MethodNote message of methods/*.py (regenerate it with
    `python3 processing_algorithms/method_messages.py`)."""
    from strukturbild.processing_algorithms import method_messages

    found, _built = method_messages.collect_messages()
    assert len(found) > 60
    assert sorted(set(found) - set(method_messages.MESSAGES)) == []


def test_pylupdate_finds_the_method_messages(tmp_path):
    import xml.etree.ElementTree as ET

    from strukturbild.processing_algorithms import method_messages

    if shutil.which("pylupdate5") is None:
        pytest.skip("pylupdate5 (pyqt5-dev-tools) is not installed")
    scratch = tmp_path / "messages.ts"
    subprocess.run(["pylupdate5", "-noobsolete", str(REPO_ROOT / "processing_algorithms" / "method_messages.py"),
                    "-ts", str(scratch)], check=True, capture_output=True)
    found = {message.findtext("source") for context in ET.parse(scratch).getroot().iter("context")
             if context.findtext("name") == "MethodError" for message in context.iter("message")}
    assert found == set(method_messages.MESSAGES)


def test_a_method_message_keeps_its_template_and_values():
    from strukturbild.processing_algorithms.methods.errors import MethodError, MethodNote

    error = MethodError("the flow from zone {origin} is negative ({value})", origin="0114", value=-5.5)
    assert str(error) == "the flow from zone 0114 is negative (-5.5)"
    assert isinstance(error, ValueError) and error.template.startswith("the flow from zone {origin}")
    again = pickle.loads(pickle.dumps(error))  # as from a worker process
    assert again.template == error.template and again.values == error.values and str(again) == str(error)
    note = MethodNote("{n} total row(s) dropped", n=2)
    assert note == "2 total row(s) dropped" and note.template == "{n} total row(s) dropped"
    assert pickle.loads(pickle.dumps(note)).values == {"n": 2}
    assert str(MethodError("plain")) == "plain"


def test_a_methods_error_reaches_the_user_translated(qgis_app, swedish):
    """StrukturbildAlgorithm.processAlgorithm shows a MethodError in the user's language, numbers in Swedish."""
    from strukturbild.processing_algorithms.base import StrukturbildAlgorithm
    from strukturbild.processing_algorithms.methods.errors import MethodError

    class Raiser(StrukturbildAlgorithm):
        ALGORITHM_ID = "raiser"

        def displayName(self):
            return "raiser"

        def initAlgorithm(self, config=None):
            pass

        def process(self, parameters, context, feedback):
            raise MethodError("TTWA's target size must differ from its minimum size (both are {size})", size=3500.5)

    translator = _install({("MethodError", "TTWA's target size must differ from its minimum size (both are "
                                           "{size})"): "TTWA:s målstorlek måste skilja sig från minsta storlek "
                                                       "(båda är {size})"})
    try:
        algorithm = Raiser()
        algorithm.initAlgorithm()
        with pytest.raises(QgsProcessingException) as raised:
            algorithm.processAlgorithm({}, QgsProcessingContext(), QgsProcessingFeedback())
        assert str(raised.value) == f"TTWA:s målstorlek måste skilja sig från minsta storlek (båda är 3{NBSP}500,5)"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_bad_flow_table_is_named_in_the_users_language(processing_provider, tmp_path, swedish):
    """od's "row {row}: {problem}" with its "negative count: {value}" inside, translated at the adapter."""
    translator = _install({("MethodError", "row {row}: {problem}"): "rad {row}: {problem}",
                           ("MethodError", "negative count: {value}"): "negativt antal: {value}"})
    try:
        with pytest.raises(QgsProcessingException, match="rad 1: negativt antal: '-5'"):
            _functional_regions(tmp_path, FLOWS=_flow_table(tmp_path / "bad.csv", [("0114", "0114", "-5")]))
    finally:
        QCoreApplication.removeTranslator(translator)
