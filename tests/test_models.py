"""The models shipped with the plugin (issue 12 §5): Gränsbygdsanalys and Funktionella regioner och karta, in the
provider and through qgis_process on the demo data; border zones carry a unique, readable label ('zon') that the
area profile uses, so it no longer warns that labels occur more than once."""

import os
import shutil
import subprocess
import sys

import pytest
from conftest import DEMO_DATA, QGIS_PROCESS, REPO_ROOT
from qgis.core import Qgis, QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

MODELS = {"strukturbild:gransbygdsanalys": "Gränsbygdsanalys",
          "strukturbild:funktionellaregioner": "Funktionella regioner och karta"}
LAN = f"{DEMO_DATA / 'admin.gpkg'}|layername=lan"
TATORTER = f"{DEMO_DATA / 'tatorter.gpkg'}|layername=tatorter"
SERVICES = TATORTER + '|subset="pop" > 10000'
NORRBOTTEN = f"{DEMO_DATA / 'admin.gpkg'}|layername=kommuner|subset=\"lan_code\" = '25'"
FLOWS = str(DEMO_DATA / "norrbotten_pendling_2022.csv")


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)


def run(algorithm_id, parameters, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm_id, parameters, context=context, feedback=feedback or QgsProcessingFeedback())


def rows(path, *fields):
    layer = QgsVectorLayer(str(path), "t", "ogr")
    assert layer.isValid(), path
    return [tuple(feature[name] for name in fields) for feature in layer.getFeatures()]


def field_names(path):
    return QgsVectorLayer(str(path), "t", "ogr").fields().names()


# -- the label --------------------------------------------------------------------------------------------------

def test_zone_label_is_readable_and_never_rounds_two_bands_together():
    from strukturbild.processing_algorithms.methods import border

    assert border.zone_label("05", 0.0, 10.0, "km") == "05 0–10 km"
    assert border.zone_label("Östergötland", 15, 30, "min") == "Östergötland 15–30 min"
    assert border.zone_label("05", 2.5, 7.25, "km") == "05 2.5–7.25 km"
    assert border.zone_label("05", 0, 1234.567, "km") != border.zone_label("05", 0, 1234.5671, "km")


def test_border_zones_carry_a_unique_readable_label(processing_provider, tmp_path):
    out = tmp_path / "zoner.gpkg"
    run("strukturbild:borderzones", {"REGIONS": [LAN], "REGION_ID_FIELD": "code", "SELECTION": "05,06,08",
                                     "BORDER": 0, "BANDS": "10,25", "MODE": 0, "OUTPUT": str(out)})
    names = field_names(out)
    # added, nothing renamed: the fields that scripts and models use are all still there, in their order
    assert [name for name in names if name != "fid"][:10] == [
        "region_id", "band_from", "band_to", "area_km2", "population", "services", "band_enhet", "grans",
        "strukturbild_typ", "access_method"]
    zones = rows(out, "region_id", "band_from", "band_to", "zon")
    assert len(zones) == 6
    assert sorted(label for *_, label in zones) == ["05 0–10 km", "05 10–25 km", "06 0–10 km", "06 10–25 km",
                                                    "08 0–10 km", "08 10–25 km"]
    for region_id, low, high, label in zones:
        assert label == f"{region_id} {low:g}–{high:g} km"


def test_travel_time_zones_are_labelled_in_minutes(processing_provider, tmp_path):
    out = tmp_path / "zoner_min.gpkg"
    run("strukturbild:borderzones", {"REGIONS": [LAN], "REGION_ID_FIELD": "code", "SELECTION": "05,06",
                                     "BORDER": 0, "BANDS": "15,30", "MODE": 1, "OUTPUT": str(out)})
    labels = [label for (label,) in rows(out, "zon")]
    assert sorted(labels) == ["05 0–15 min", "05 15–30 min", "06 0–15 min", "06 15–30 min"]


def test_area_profile_of_border_zones_by_their_label_warns_of_no_repeated_label(processing_provider, tmp_path):
    zones = tmp_path / "zoner.gpkg"
    run("strukturbild:borderzones", {"REGIONS": [LAN], "REGION_ID_FIELD": "code", "SELECTION": "05,06,08",
                                     "BORDER": 0, "BANDS": "10", "MODE": 0, "OUTPUT": str(zones)})
    feedback = Recorder()
    profile = tmp_path / "profil.gpkg"
    run("strukturbild:areaprofile", {"AREAS": str(zones), "AREA_ID_FIELD": "zon", "POPULATION": TATORTER,
                                     "POPULATION_FIELD": "pop", "TATORTER": TATORTER, "TATORT_POPULATION_FIELD": "pop",
                                     "TOWN_SIZES": "3000,10000", "OUTPUT": str(profile), "OUTPUT_REPORT": None},
        feedback)
    assert not [text for text in feedback.warnings if "more than once" in text]
    assert sorted(area_id for (area_id,) in rows(profile, "area_id")) == ["05 0–10 km", "06 0–10 km", "08 0–10 km"]


# -- the models in the provider -----------------------------------------------------------------------------------

def model(model_id):
    algorithm = QgsApplication.processingRegistry().algorithmById(model_id)
    assert algorithm is not None, model_id
    return algorithm


def test_models_are_listed_under_strukturbild_in_the_group_models(processing_provider):
    from strukturbild.processing_algorithms.models import StrukturbildModel

    provider = QgsApplication.processingRegistry().providerById("strukturbild")
    ids = {algorithm.id() for algorithm in provider.algorithms()}
    assert set(MODELS) <= ids
    for model_id, name in MODELS.items():
        algorithm = model(model_id)
        assert isinstance(algorithm, StrukturbildModel)
        assert algorithm.displayName() == name
        assert algorithm.group() == "Models" and algorithm.groupId() == "models"
        assert algorithm.provider().id() == "strukturbild"
        assert "Model Designer" in algorithm.shortHelpString()
        assert algorithm.canExecute() == (True, "")
        instance = algorithm.create()
        assert instance.id() == model_id and isinstance(instance, StrukturbildModel)
        # a real model: what the Model Designer opens
        assert algorithm.model_file().suffix == ".model3"


def test_a_damaged_model_file_leaves_the_rest_loading(processing_provider, tmp_path, monkeypatch):
    from strukturbild.processing_algorithms import models

    shutil.copy(models.MODELS_DIR / "funktionellaregioner.model3", tmp_path)
    (tmp_path / "gransbygdsanalys.model3").write_text("<!DOCTYPE model><not a model", encoding="utf-8")
    monkeypatch.setattr(models, "MODELS_DIR", tmp_path)
    assert [model.id() for model in models.shipped_models()] == ["funktionellaregioner"]


def _names(algorithm):
    return [definition.name() for definition in algorithm.parameterDefinitions()]


def test_model_parameters_inputs_first_in_order_then_the_outputs(processing_provider):
    granse = model("strukturbild:gransbygdsanalys")
    assert _names(granse) == [
        "REGIONS", "REGION_ID_FIELD", "SELECTION", "BORDER", "BANDS", "MODE", "POPULATION", "POPULATION_FIELD",
        "DESTINATIONS", "TATORTER", "TATORT_POPULATION_FIELD", "TOWN_SIZES", "NETWORK", "STRUKTURBILD", "TEMPLATE",
        "TITLE", "SOURCES", "borderzones:OUTPUT", "borderaccess:OUTPUT", "borderaccess:OUTPUT_ZONES",
        "areaprofile:OUTPUT", "areaprofile:OUTPUT_REPORT", "assemblemap:OUTPUT"]
    assert [output.name() for output in granse.outputDefinitions()] == _names(granse)[-6:]
    assert granse.parameterDefinition("REGIONS").description().startswith("Regions")
    assert granse.parameterDefinition("BORDER").options() == [
        "Internal borders between the selected regions", "All land borders of the selected regions"]
    regions = model("strukturbild:funktionellaregioner")
    assert _names(regions) == [
        "ZONES", "ZONE_ID_FIELD", "ZONE_NAME_FIELD", "FLOWS", "ORIGIN_FIELD", "DESTINATION_FIELD", "VALUE_FIELD",
        "METHOD", "MIN_VALUE", "STRUKTURBILD", "TEMPLATE", "TITLE", "SOURCES",
        "functionalregions:OUTPUT_MEMBERSHIP", "functionalregions:OUTPUT_REGIONS",
        "functionalregions:OUTPUT_REPORT", "flowlines:OUTPUT", "assemblemap:OUTPUT"]
    for algorithm in (granse, regions):
        for definition in algorithm.parameterDefinitions():
            assert definition.description() and definition.description() != definition.name(), definition.name()


def test_the_models_chain_the_algorithms_the_regions_asked_for(processing_provider):
    def chain(algorithm):
        children = algorithm.childAlgorithms()
        return {child_id: child.algorithmId() for child_id, child in children.items()}

    granse = model("strukturbild:gransbygdsanalys")
    assert chain(granse) == {"borderzones": "strukturbild:borderzones", "borderaccess": "strukturbild:borderaccess",
                             "areaprofile": "strukturbild:areaprofile", "assemblemap": "strukturbild:assemblemap"}
    assert granse.dependsOnChildAlgorithms("areaprofile") == {"borderzones", "borderaccess"}
    assert granse.dependsOnChildAlgorithms("assemblemap") == {"borderzones", "borderaccess"}
    profile = granse.childAlgorithm("areaprofile").parameterSources()
    assert profile["AREA_ID_FIELD"][0].staticValue() == "zon"  # the label, no field calculator in between
    regions = model("strukturbild:funktionellaregioner")
    assert chain(regions) == {"functionalregions": "strukturbild:functionalregions",
                              "flowlines": "strukturbild:flowlines", "assemblemap": "strukturbild:assemblemap"}
    assert regions.dependsOnChildAlgorithms("flowlines") == {"functionalregions"}
    assert regions.dependsOnChildAlgorithms("assemblemap") == {"functionalregions", "flowlines"}


def test_model_files_are_what_build_models_writes(tmp_path):
    """The shipped .model3 files are generated: build_models.py writes them unchanged (after changing it or an
    algorithm's parameters, run it and commit the files)."""
    if Qgis.QGIS_VERSION_INT // 100 != 322:  # make test-lts: QGIS 3.40 writes more keys and other output names
        pytest.skip("the .model3 files are written with QGIS 3.22, the version make test installs")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run(["/usr/bin/python3", str(REPO_ROOT / "processing_algorithms" / "models" /
                                                        "build_models.py"), "--out", str(tmp_path)],
                               env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr + completed.stdout
    for name in ("gransbygdsanalys.model3", "funktionellaregioner.model3"):
        shipped = (REPO_ROOT / "processing_algorithms" / "models" / name).read_bytes()
        assert (tmp_path / name).read_bytes() == shipped, f"{name} is out of date: run build_models.py"


def test_the_package_ships_the_models_but_not_their_build_script():
    """`make package` copies git's files of PACKAGE_FILES except build_*.py: the same selection here."""
    import re

    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    folders = re.search(r"^PACKAGE_FILES = (.*)$", makefile, re.M).group(1).split()
    pattern = re.search(r"grep -v -E '([^']*)'", makefile).group(1).replace("$$", "$")
    listed = subprocess.run(["git", "ls-files", *folders], cwd=REPO_ROOT, capture_output=True, text=True,
                            check=True).stdout.split()
    shipped = [path for path in listed if not re.search(pattern, path)]
    assert "processing_algorithms/models/gransbygdsanalys.model3" in shipped
    assert "processing_algorithms/models/funktionellaregioner.model3" in shipped
    assert "processing_algorithms/models/__init__.py" in shipped
    assert "processing_algorithms/models/build_models.py" in listed
    assert "processing_algorithms/models/build_models.py" not in shipped


def test_open_in_model_designer_is_offered_for_the_models_only(processing_provider, qgis_iface, monkeypatch):
    from processing.gui.ProviderActions import ProviderContextMenuActions
    from qgis.PyQt.QtCore import QSize

    # pytest-qgis 2.1's iface double lacks the icon size that the Model Designer asks QGIS's window for
    monkeypatch.setattr(qgis_iface, "iconSize", lambda docked=False: QSize(24, 24), raising=False)
    from strukturbild.processing_algorithms.models import StrukturbildModel

    actions = [action for action in ProviderContextMenuActions.actions
               if type(action).__name__ == "OpenModelAction"]
    assert actions, "no context-menu action registered"
    action = actions[-1]
    action.setData(model("strukturbild:gransbygdsanalys"), None)
    assert action.isEnabled()
    action.setData(QgsApplication.processingRegistry().algorithmById("strukturbild:borderzones"), None)
    assert not action.isEnabled()

    from strukturbild.processing_algorithms.models import open_in_designer

    dialog = open_in_designer(model("strukturbild:funktionellaregioner"))
    try:
        opened = dialog.model()
        assert not isinstance(opened, StrukturbildModel)  # a plain copy: saved as the user's own model
        assert opened.sourceFilePath() == ""  # not the plugin's file: Save asks where (the models folder)
        assert set(opened.childAlgorithms()) == {"functionalregions", "flowlines", "assemblemap"}
    finally:
        dialog.setDirty(False)
        dialog.close()


def test_gransbygdsanalys_with_the_dialogs_temporary_layers_draws_its_map(processing_provider, tmp_path):
    """The dialog's default for a layer output is a temporary layer: the map step still draws the origins with
    their own style (a memory layer could not keep it), named in the legend by the output, not 'OUTPUT'."""
    from qgis.core import QgsProcessing, QgsProcessingOutputLayerDefinition

    granse = model("strukturbild:gransbygdsanalys")
    layers = [definition.name() for definition in granse.destinationParameterDefinitions()
              if definition.type() == "sink"]
    assert len(layers) == 4
    temporary = {name: QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT) for name in layers}
    feedback = Recorder()
    results = run("strukturbild:gransbygdsanalys", {
        "REGIONS": [LAN], "REGION_ID_FIELD": "code", "SELECTION": "05,06", "BANDS": "10",
        "POPULATION": TATORTER, "POPULATION_FIELD": "pop", "DESTINATIONS": SERVICES, "TATORTER": TATORTER,
        "TATORT_POPULATION_FIELD": "pop", "TOWN_SIZES": "3000", "areaprofile:OUTPUT_REPORT": None,
        "assemblemap:OUTPUT": str(tmp_path / "karta.pdf"), **temporary}, feedback)
    assert (tmp_path / "karta.pdf").read_bytes().startswith(b"%PDF")
    origins = results["borderaccess:OUTPUT"]
    assert origins.endswith("Origins with border access.gpkg") and os.path.isfile(origins)
    assert sorted(label for (label,) in rows(results["borderzones:OUTPUT"], "zon")) == ["05 0–10 km", "06 0–10 km"]


# -- through qgis_process on the demo data ------------------------------------------------------------------------

def qgis_process(env, model_id, arguments):
    completed = subprocess.run([QGIS_PROCESS, "run", model_id, "--", *[f"{k}={v}" for k, v in arguments.items()]],
                               env=env, capture_output=True, text=True, timeout=300)
    log = completed.stdout + completed.stderr
    assert completed.returncode == 0, log
    assert "Traceback" not in log
    return log


def pdf_text(path):
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_gransbygdsanalys_through_qgis_process(qgis_process_env, tmp_path):
    out = {name: tmp_path / file for name, file in (
        # named as a user would: a point layer 'gransbygd_…' is still drawn with its own style, not as gränsbygd
        ("borderzones:OUTPUT", "gransbygd_zoner.gpkg"), ("borderaccess:OUTPUT", "gransbygd_ursprung.gpkg"),
        ("borderaccess:OUTPUT_ZONES", "zoner_tillganglighet.gpkg"), ("areaprofile:OUTPUT", "profil.gpkg"),
        ("areaprofile:OUTPUT_REPORT", "profil.html"), ("assemblemap:OUTPUT", "karta.pdf"))}
    log = qgis_process(qgis_process_env, "strukturbild:gransbygdsanalys", {
        "REGIONS": LAN, "REGION_ID_FIELD": "code", "SELECTION": "05,06,08", "BANDS": "10,25",
        "POPULATION": TATORTER, "POPULATION_FIELD": "pop", "DESTINATIONS": SERVICES, "TATORTER": TATORTER,
        "TATORT_POPULATION_FIELD": "pop", "TOWN_SIZES": "3000,10000", **out})
    assert "more than once" not in log
    labels = sorted(label for (label,) in rows(out["borderzones:OUTPUT"], "zon"))
    assert labels == ["05 0–10 km", "05 10–25 km", "06 0–10 km", "06 10–25 km", "08 0–10 km", "08 10–25 km"]
    assert sorted(label for (label,) in rows(out["borderaccess:OUTPUT_ZONES"], "zon")) == labels
    assert {"gain_mean", "n_origins"} <= set(field_names(out["borderaccess:OUTPUT_ZONES"]))
    assert sorted(area_id for (area_id,) in rows(out["areaprofile:OUTPUT"], "area_id")) == labels
    origins = rows(out["borderaccess:OUTPUT"], "region_id", "time_gain")
    assert any(region_id == "05" and gain is not None for region_id, gain in origins)
    report = out["areaprofile:OUTPUT_REPORT"].read_text(encoding="utf-8")
    assert "05 10–25 km" in report and "05 (1)" not in report
    text = pdf_text(out["assemblemap:OUTPUT"])
    if text is not None:
        assert "Gränsbygdsanalys" in text  # the model's default title, although the run left TITLE out


def test_funktionellaregioner_through_qgis_process(qgis_process_env, tmp_path):
    out = {name: tmp_path / file for name, file in (
        ("functionalregions:OUTPUT_MEMBERSHIP", "kommuner.gpkg"), ("functionalregions:OUTPUT_REGIONS", "la.gpkg"),
        ("functionalregions:OUTPUT_REPORT", "la.html"), ("flowlines:OUTPUT", "floden.gpkg"),
        ("assemblemap:OUTPUT", "karta.pdf"))}
    qgis_process(qgis_process_env, "strukturbild:funktionellaregioner", {
        "ZONES": NORRBOTTEN, "ZONE_ID_FIELD": "code", "ZONE_NAME_FIELD": "name", "FLOWS": FLOWS,
        "ORIGIN_FIELD": "residence_code", "DESTINATION_FIELD": "workplace_code", "VALUE_FIELD": "employed", **out})
    membership = rows(out["functionalregions:OUTPUT_MEMBERSHIP"], "code", "region_id")
    assert len(membership) == 14 and all(region_id for _, region_id in membership)
    regions = rows(out["functionalregions:OUTPUT_REGIONS"], "region_id", "region_name")
    assert len(regions) == len({region_id for region_id, _ in regions}) == len({r for _, r in membership}) > 1
    flows = rows(out["flowlines:OUTPUT"], "from_namn", "to_namn", "value")
    assert flows and min(value for *_, value in flows) >= 100  # the model's smallest flow, left out of the run
    assert any(name == "Luleå" for name, *_ in flows)  # names from the zones through the regions' output
    assert "<html" in out["functionalregions:OUTPUT_REPORT"].read_text(encoding="utf-8").lower()
    text = pdf_text(out["assemblemap:OUTPUT"])
    if text is not None:
        assert "Funktionella regioner" in text


def test_a_model_step_that_fails_names_the_step_and_the_problem(qgis_process_env, tmp_path):
    completed = subprocess.run([QGIS_PROCESS, "run", "strukturbild:gransbygdsanalys", "--", f"REGIONS={LAN}",
                                "REGION_ID_FIELD=code", "SELECTION=05,06,08", "BANDS=ten",
                                f"POPULATION={TATORTER}", f"DESTINATIONS={SERVICES}", f"TATORTER={TATORTER}",
                                "TATORT_POPULATION_FIELD=pop",
                                *[f"{name}={tmp_path / file}" for name, file in (
                                    ("borderzones:OUTPUT", "z.gpkg"), ("borderaccess:OUTPUT", "o.gpkg"),
                                    ("areaprofile:OUTPUT", "p.gpkg"), ("assemblemap:OUTPUT", "k.pdf"))]],
                               env=qgis_process_env, capture_output=True, text=True, timeout=300)
    log = completed.stdout + completed.stderr
    assert completed.returncode != 0
    assert "BANDS" in log and "Traceback" not in log
    assert not (tmp_path / "k.pdf").exists()


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
