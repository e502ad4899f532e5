"""One-way codes as road layers store them (issue 10 §4): one decoder (methods/roads.py) for every layer and every
network algorithm; unrecognised values are counted, reported and taken as two-way.

The first half is pure Python (the decoder and RoadReader), the second runs the algorithms on small road layers
whose one-way field holds the codes as text, integers, reals or booleans."""

import pytest
from strukturbild.processing_algorithms.methods import roads
from strukturbild.processing_algorithms.methods.roads import BACKWARD, BOTH, CLOSED, FORWARD


class FakeNull:
    """Stands in for QGIS's NULL (a null QVariant) without importing qgis."""

    def isNull(self):
        return True


@pytest.mark.parametrize("value,expected", [
    # OSM
    ("yes", FORWARD), ("no", BOTH), ("-1", BACKWARD), ("reverse", BACKWARD), ("alternating", BOTH),
    ("reversible", BOTH),
    # ESRI / NVDB exports
    ("FT", FORWARD), ("TF", BACKWARD), ("B", BOTH), ("N", CLOSED),
    # numbers as text, integer and real, with a sign
    ("1", FORWARD), ("0", BOTH), (1, FORWARD), (-1, BACKWARD), (0, BOTH), (1.0, FORWARD), (-1.0, BACKWARD),
    (0.0, BOTH), ("1.0", FORWARD), ("-1.0", BACKWARD), ("+1", FORWARD), ("-1,0", BACKWARD),
    # booleans
    (True, FORWARD), (False, BOTH), ("true", FORWARD), ("False", BOTH),
    # odd case and whitespace, quotes
    ("  Yes ", FORWARD), ("tF", BACKWARD), (" ft\t", FORWARD), ("'-1'", BACKWARD), ("REVERSE", BACKWARD),
    # missing: two-way, not an unknown code
    (None, BOTH), ("", BOTH), ("  ", BOTH), ("NULL", BOTH), (float("nan"), BOTH), (FakeNull(), BOTH),
    # Swedish
    ("ja", FORWARD), ("Nej", BOTH),
])
def test_codes_on_their_own(value, expected):
    assert roads.decode_oneway(value) == expected


@pytest.mark.parametrize("value", ["2", 2, 0.5, "x", "yes;-1", "oneway?", "inf"])
def test_unknown_codes_are_not_recognised(value):
    assert roads.decode_oneway(value) is None


def test_single_letters_read_by_the_column():
    # ESRI / HERE: F and T are the short forms of FT and TF, N closes the line
    esri = roads.OnewayCodes(["F", "T", "B", "N", None])
    assert esri.reading == "direction"
    assert [esri.decode(v) for v in ("F", "t", "N", "b")] == [FORWARD, BACKWARD, CLOSED, BOTH]
    # a column of F and T alone is read the same way (the F/T coding)
    assert roads.OnewayCodes(["F", "T"]).decode("T") == BACKWARD
    # a yes/no column: T is true (one-way forwards), F and N are false (both ways)
    yes_no = roads.OnewayCodes(["Y", "N", "T", "F"])
    assert yes_no.reading == "boolean"
    assert [yes_no.decode(v) for v in ("Y", "N", "T", "F", "-1")] == [FORWARD, BOTH, FORWARD, BOTH, BACKWARD]
    assert roads.OnewayCodes(["yes", "no", "n"]).decode("n") == BOTH
    # FT/TF in the column settle it for the letters even with yes/no words present
    assert roads.OnewayCodes(["FT", "TF", "yes", "T"]).decode("T") == BACKWARD


NVDB = ["Klass_181", "F_Hogst_225", "B_Hogst_225", "F_ForbjudenFardriktning", "B_ForbjudenFardriktning"]


@pytest.mark.parametrize("flag", [1, -1, "1", "-1", "true", "TRUE ", True, "ja", "Yes", 1.0, -1.0])
def test_nvdb_forbidden_direction_true_in_every_coding(flag):
    # -1 is true in Esri file geodatabases (Lastkajen's FileGDB export)
    record = {"Klass_181": 5, "F_Hogst_225": 40, "B_Hogst_225": 40, "F_ForbjudenFardriktning": flag}
    assert roads.line_speeds("nvdb", NVDB, record, 50) == (0.0, 40.0)
    record = {"Klass_181": 5, "F_Hogst_225": 40, "B_Hogst_225": 40, "B_ForbjudenFardriktning": flag}
    assert roads.line_speeds("nvdb", NVDB, record, 50) == (40.0, 0.0)


@pytest.mark.parametrize("flag", [0, "0", "false", False, None, "", "nej", 0.0, FakeNull()])
def test_nvdb_forbidden_direction_false(flag):
    record = {"Klass_181": 5, "F_Hogst_225": 40, "B_Hogst_225": 40, "F_ForbjudenFardriktning": flag,
              "B_ForbjudenFardriktning": flag}
    assert roads.line_speeds("nvdb", NVDB, record, 50) == (40.0, 40.0)


def test_nvdb_long_and_lower_case_names_and_unknown_flags():
    long_names = ["Funktionell vägklass/Klass", "Hastighetsgräns/Högsta tillåtna hastighet(F)",
                  "Hastighetsgräns/Högsta tillåtna hastighet(B)", "Förbjuden färdriktning(F)",
                  "Förbjuden färdriktning(B)"]
    assert roads.detect_schema(long_names) == "nvdb"
    reader = roads.RoadReader(long_names, 50)
    record = dict(zip(long_names, [3, 90, 70, None, "-1"]))
    assert reader.speeds(record) == (90.0, 0.0) and reader.direction_source == "nvdb"
    lower = [name.lower() for name in NVDB]
    reader = roads.RoadReader(lower, 50)
    assert reader.speeds(dict(zip(lower, [5, 40, 40, "maybe", 0]))) == (40.0, 40.0)
    assert reader.unrecognised == {"f_forbjudenfardriktning": {"maybe": 1}}


def test_reader_counts_unknown_codes_and_closed_lines():
    names = ["speed", "ONEWAY"]
    values = ["FT", "TF", " tf ", "N", "B", None, "2", "2", "x"]
    reader = roads.RoadReader(names, 50, speed_field="speed", distinct_values=lambda field: values)
    # the one-way field is recognised by its name although a speed field was chosen
    assert reader.oneway_field == "ONEWAY" and reader.oneway_reading == "direction"
    got = [reader.speeds({"speed": 60, "ONEWAY": v}) for v in values]
    assert got == [(60.0, 0.0), (0.0, 60.0), (0.0, 60.0), (0.0, 0.0), (60.0, 60.0), (60.0, 60.0),
                   (60.0, 60.0), (60.0, 60.0), (60.0, 60.0)]
    assert reader.closed == 1
    assert dict(reader.unrecognised["ONEWAY"]) == {"2": 2, "x": 1}
    assert reader.unrecognised_examples("ONEWAY") == "'2' ×2, 'x' ×1"


def test_osm_roundabout_and_explicit_field():
    osm = ["highway", "oneway", "junction"]
    reader = roads.RoadReader(osm, 50)
    assert reader.speeds({"highway": "primary", "junction": "roundabout"}) == (80.0, 0.0)
    # an explicit two-way value wins over the roundabout
    assert reader.speeds({"highway": "primary", "junction": "roundabout", "oneway": "no"}) == (80.0, 80.0)
    assert reader.speeds({"highway": "primary", "oneway": "-1.0"}) == (0.0, 80.0)
    # ONEWAY_FIELD chosen by the user overrides NVDB's own fields
    reader = roads.RoadReader(NVDB + ["dir"], 50, oneway_field="dir")
    record = {"Klass_181": 5, "F_Hogst_225": 40, "B_Hogst_225": 40, "F_ForbjudenFardriktning": 1, "dir": "TF"}
    assert reader.speeds(record) == (0.0, 40.0)


# -- through the algorithms ------------------------------------------------------------------------------------
X0, Y0 = 500_000.0, 6_500_000.0


def triangle(field_type, direct_code):
    """A triangle A (0, 0) – B (2 km, 0) – C: the direct edge A–B carries ``direct_code`` in the one-way field;
    at 60 km/h A→B takes 2 min directly and 4 min round via C."""
    from test_traveltime import roads as road_layer

    return road_layer([([(0, 0), (2, 0)], [60.0, direct_code]), ([(2, 0), (1, 1.7320508)], [60.0, None]),
                       ([(1, 1.7320508), (0, 0)], [60.0, None])], fields=f"speed:double&field=oneway:{field_type}")


def time_a_to_b(tmp_path, network, algorithm="strukturbild:traveltime", feedback=None, **extra):
    import processing
    from test_traveltime import points

    out = tmp_path / "tt.gpkg"
    parameters = dict(NETWORK=network, SPEED_FIELD="speed", ORIGINS=points("o", [("A", (0, 0), 0, 0)]),
                      DESTINATIONS=points("d", [("B", (2, 0), 1, 0)]), MEASURE=0, OUTPUT=str(out))
    parameters.update(extra)
    result = processing.run(algorithm, parameters, feedback=feedback)
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(out), "tt", "ogr")
    return result, next(layer.getFeatures())["time_min"]


@pytest.mark.parametrize("field_type,code,minutes", [
    ("string", "TF", 4.0), ("string", " tf ", 4.0), ("string", "FT", 2.0), ("string", "T", 4.0),
    ("string", "-1", 4.0), ("string", "reverse", 4.0), ("string", "yes", 2.0), ("string", "B", 2.0),
    ("double", -1.0, 4.0), ("double", 1.0, 2.0), ("double", 0.0, 2.0), ("integer", -1, 4.0),
    ("boolean", True, 2.0), ("boolean", False, 2.0), ("string", None, 2.0),
])
def test_traveltime_reads_every_coding(processing_provider, tmp_path, field_type, code, minutes):
    # the issue: TF was taken as two-way (2 min); against the digitising direction A→B is closed (4 min round)
    network = triangle(field_type, code)
    _, time = time_a_to_b(tmp_path, network, ONEWAY_FIELD="oneway")
    assert time == pytest.approx(minutes, rel=1e-6)
    # a field named oneway is recognised without being chosen
    out = tmp_path / "auto"
    out.mkdir()
    _, time = time_a_to_b(out, network)
    assert time == pytest.approx(minutes, rel=1e-6)


class Log:
    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def pushWarning(inner, text):  # noqa: N805
                self.warnings.append(text)
                super().pushWarning(text)

            def pushInfo(inner, text):  # noqa: N805
                self.infos.append(text)
                super().pushInfo(text)

        self.warnings, self.infos = [], []
        self.feedback = Feedback()


def test_unknown_codes_warned_and_two_way(processing_provider, tmp_path):
    log = Log()
    _, time = time_a_to_b(tmp_path, triangle("string", "sometimes"), feedback=log.feedback, ONEWAY_FIELD="oneway")
    assert time == pytest.approx(2.0)
    warning = next(w for w in log.warnings if "not a recognised one-way code" in w)
    assert warning.startswith("1 road(s)") and "'sometimes' ×1" in warning and "two-way" in warning
    assert any("One-way directions from the field 'oneway'" in text for text in log.infos)


def test_closed_code_removes_the_line(processing_provider, tmp_path):
    log = Log()
    _, time = time_a_to_b(tmp_path, triangle("string", "N"), feedback=log.feedback)
    assert time == pytest.approx(4.0, rel=1e-6)
    assert any(text.startswith("1 road(s) are closed in both directions") for text in log.infos)


def test_nvdb_layer_with_esri_true(processing_provider, tmp_path):
    # NVDB fields, speeds per direction, the forward direction of A–B forbidden with -1 (Esri's true)
    from test_traveltime import roads as road_layer

    fields = ("Klass_181:integer&field=F_Hogst_225:integer&field=B_Hogst_225:integer"
              "&field=F_ForbjudenFardriktning:integer&field=B_ForbjudenFardriktning:integer")
    network = road_layer([([(0, 0), (2, 0)], [5, 60, 60, -1, 0]), ([(2, 0), (1, 1.7320508)], [5, 60, 60, 0, 0]),
                          ([(1, 1.7320508), (0, 0)], [5, 60, 60, None, None])], fields=fields)
    log = Log()
    _, time = time_a_to_b(tmp_path, network, feedback=log.feedback, SPEED_FIELD=None)
    assert time == pytest.approx(4.0, rel=1e-6)
    assert any("NVDB" in text and "F_ForbjudenFardriktning" in text for text in log.infos)


def test_servicearea_reads_the_same_codes(processing_provider, tmp_path):
    # one road 0 … 10 km at 60 km/h digitised west → east, coded TF: from a destination at 2 km only westwards
    import processing
    from qgis.core import QgsVectorLayer
    from test_traveltime import points
    from test_traveltime import roads as road_layer

    network = road_layer([([(0, 0), (10, 0)], [60.0, "TF"])])
    processing.run("strukturbild:servicearea", dict(
        NETWORK=network, SPEED_FIELD="speed", DESTINATIONS=points("d", [("x", (2, 0), 1, 0)]), BREAKS="5",
        BUFFER=0, OUTPUT=str(tmp_path / "a.gpkg"), OUTPUT_EDGES=str(tmp_path / "e.gpkg")))
    edges = list(QgsVectorLayer(str(tmp_path / "e.gpkg"), "e", "ogr").getFeatures())
    assert sum(f.geometry().length() for f in edges) == pytest.approx(2000)


def test_every_network_algorithm_reads_roads_the_same_way(processing_provider):
    """One road reader and one attach rule: no algorithm that takes a road network overrides them."""
    from qgis.core import QgsApplication
    from strukturbild.processing_algorithms.accessibility.traveltime import TravelTime

    with_network = [alg for alg in QgsApplication.processingRegistry().providerById("strukturbild").algorithms()
                    if alg.parameterDefinition("NETWORK") is not None
                    and alg.parameterDefinition("ONEWAY_FIELD") is not None]
    assert {alg.name() for alg in with_network} >= {"traveltime", "servicearea", "borderaccess", "borderzones",
                                                     "borderflows", "areaprofile", "ruraltypology"}
    for alg in with_network:
        assert isinstance(alg, TravelTime)
        for name in ("_network", "_attach", "_report_directions"):
            assert getattr(type(alg), name) is getattr(TravelTime, name), (alg.name(), name)
