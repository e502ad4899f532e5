"""Nothing a user owns is lost (issue 10 §3): outputs are checked before anything is written, staged, and moved
into place only when the whole run succeeded; a GeoPackage keeps its other layers; secondary outputs are optional.

Every failing case compares every file that existed before, byte for byte, with what is there after."""

import hashlib
import subprocess
from pathlib import Path

import processing
import pytest
from conftest import QGIS_PROCESS
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from strukturbild.strukturbild_plugin.compat import make_field

CODES = ["01", "02", "03", "04"]
# two pairs of zones that commute within the pair: two regions
FLOWS = [("01", "01", 900), ("01", "02", 300), ("02", "02", 800), ("02", "01", 250),
         ("03", "03", 700), ("03", "04", 280), ("04", "04", 900), ("04", "03", 310),
         ("01", "03", 5), ("04", "02", 4)]


def write_zones(path, layer_name="zoner", extra_layer=None):
    """Four 10 km squares in EPSG:3006 in a GeoPackage (optionally with another layer beside them)."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:3006&field=code:string&field=name:string", layer_name, "memory")
    features = []
    for k, code in enumerate(CODES):
        x = 500_000 + 10_000 * k
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(
            f"MULTIPOLYGON((({x} 6500000,{x + 10000} 6500000,{x + 10000} 6510000,{x} 6510000,{x} 6500000)))"))
        feature.setAttributes([code, f"Zon {code}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    _write_layer(layer, path, layer_name, new_file=True)
    if extra_layer:
        other = QgsVectorLayer("Point?crs=EPSG:3006&field=note:string", extra_layer, "memory")
        feature = QgsFeature(other.fields())
        feature.setGeometry(QgsGeometry.fromWkt("POINT(500000 6500000)"))
        feature.setAttributes(["keep me"])
        other.dataProvider().addFeatures([feature])
        _write_layer(other, path, extra_layer, new_file=False)
    return f"{path}|layername={layer_name}"


def _write_layer(layer, path, name, new_file):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if not new_file:
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(),
                                                       options)
    assert result[0] == QgsVectorFileWriter.WriterError.NoError, result


def write_flows(path):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("from;to;n\n")
        for origin, destination, value in FLOWS:
            handle.write(f"{origin};{destination};{value}\n")
    return str(path)


def snapshot(folder):
    """{relative path: sha256} of every file under ``folder``."""
    found = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def staging_left(folder):
    return [p for p in Path(folder).rglob(".strukturbild-*")]


def regions_parameters(tmp_path, **overrides):
    zones = write_zones(tmp_path / "zoner.gpkg")
    parameters = {"ZONES": zones, "ZONE_ID_FIELD": "code", "ZONE_NAME_FIELD": "name",
                  "FLOWS": write_flows(tmp_path / "pendling.csv"), "ORIGIN_FIELD": "from",
                  "DESTINATION_FIELD": "to", "VALUE_FIELD": "n", "METHOD": 0,
                  "OUTPUT_MEMBERSHIP": str(tmp_path / "medlemskap.gpkg"),
                  "OUTPUT_REGIONS": str(tmp_path / "regioner.gpkg"),
                  "OUTPUT_REPORT": str(tmp_path / "rapport.html")}
    parameters.update(overrides)
    return parameters


def run(algorithm, parameters, feedback=None, context=None):
    context = context or QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm, parameters, context=context, feedback=feedback or QgsProcessingFeedback())


def features(path_or_uri):
    layer = QgsVectorLayer(str(path_or_uri), "check", "ogr")
    assert layer.isValid(), path_or_uri
    return [f.attributes() for f in layer.getFeatures()]


# -- refused before anything is written ------------------------------------------------------------------

def test_output_that_is_an_input_file_is_refused(processing_provider, tmp_path):
    parameters = regions_parameters(tmp_path, OUTPUT_MEMBERSHIP=str(tmp_path / "zoner.gpkg"))
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException) as error:
        run("strukturbild:functionalregions", parameters)
    assert "zoner.gpkg" in str(error.value) and "OUTPUT_MEMBERSHIP" in str(error.value)
    assert "ZONES" in str(error.value)
    assert snapshot(tmp_path) == before
    assert not staging_left(tmp_path)


def test_output_that_is_the_input_csv_is_refused(processing_provider, tmp_path):
    parameters = regions_parameters(tmp_path, OUTPUT_REPORT=str(tmp_path / "pendling.csv"))
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException, match="FLOWS"):
        run("strukturbild:functionalregions", parameters)
    assert snapshot(tmp_path) == before


def test_output_through_a_symlink_to_an_input_is_refused(processing_provider, tmp_path):
    parameters = regions_parameters(tmp_path)
    link = tmp_path / "alias.gpkg"
    link.symlink_to(tmp_path / "zoner.gpkg")
    parameters["OUTPUT_MEMBERSHIP"] = str(link)
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException, match="ZONES"):
        run("strukturbild:functionalregions", parameters)
    assert snapshot(tmp_path) == before


def test_two_outputs_in_one_file_are_refused(processing_provider, tmp_path):
    parameters = regions_parameters(tmp_path, OUTPUT_REGIONS=str(tmp_path / "medlemskap.gpkg"))
    with pytest.raises(QgsProcessingException, match="OUTPUT_REGIONS"):
        run("strukturbild:functionalregions", parameters)
    assert not (tmp_path / "medlemskap.gpkg").exists()


def test_later_output_that_cannot_be_created_leaves_earlier_results(processing_provider, tmp_path):
    parameters = regions_parameters(tmp_path)
    run("strukturbild:functionalregions", parameters)  # a first result the user keeps
    (tmp_path / "a_file").write_text("not a folder")
    parameters["OUTPUT_REGIONS"] = str(tmp_path / "a_file" / "sub" / "regioner.gpkg")
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException) as error:
        run("strukturbild:functionalregions", parameters)
    assert "a_file" in str(error.value)
    assert snapshot(tmp_path) == before
    assert len(features(tmp_path / "medlemskap.gpkg")) == 4


def test_read_only_folder_gets_a_message_naming_it(processing_provider, tmp_path):
    read_only = Path("/sys")
    try:
        probe = read_only / ".strukturbild-write-test"
        probe.write_text("")
        probe.unlink()
        pytest.skip("/sys is writable here: no read-only folder to test with")
    except OSError:
        pass
    parameters = regions_parameters(tmp_path, OUTPUT_REPORT=str(read_only / "rapport.html"))
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException) as error:
        run("strukturbild:functionalregions", parameters)
    message = str(error.value)
    assert "/sys" in message and "Traceback" not in message and "Errno" not in message
    assert snapshot(tmp_path) == before


# -- a run that fails or is cancelled after writing part of its outputs ----------------------------------

def _two_sink_algorithm(fail_with=None, cancel=False):
    """A Strukturbild algorithm that writes two outputs and then fails, is cancelled, or succeeds."""
    from strukturbild.processing_algorithms.base import AtomicOutputFile, StrukturbildAlgorithm
    from strukturbild.processing_algorithms.methods.errors import MethodError

    class TwoOutputs(StrukturbildAlgorithm):
        ALGORITHM_ID = "twooutputs"

        def displayName(self):
            return "Two outputs"

        def createInstance(self):
            return type(self)()

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "First"))
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_SECOND", "Second", optional=True,
                                                                createByDefault=True))
            self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_REPORT", "Report", "HTML (*.html)",
                                                                    optional=True))

        def process(self, parameters, context, feedback):
            fields = QgsFields()
            fields.append(make_field("value", "int"))
            results = {}
            for name in ("OUTPUT", "OUTPUT_SECOND"):
                sink, dest = self.optional_sink(parameters, name, context, fields, QgsWkbTypes.Type.Point,
                                                QgsProject.instance().crs())
                for k in range(3):
                    feature = QgsFeature(fields)
                    feature.setGeometry(QgsGeometry.fromWkt(f"POINT({k} {k})"))
                    feature.setAttributes([100 + k])
                    sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
                del sink
                results[name] = dest
            report = self.parameterAsFileOutput(parameters, "OUTPUT_REPORT", context)
            if report:
                with AtomicOutputFile(report) as partial:
                    partial.partial.write_text("<html>new</html>", encoding="utf-8")
                    results["OUTPUT_REPORT"] = partial.commit()
            if cancel:
                feedback.cancel()
            if fail_with == "method":
                raise MethodError("The flows table has no flows between different zones.")
            if fail_with == "internal":
                [].pop()  # an IndexError, as from a bug
            return results

    algorithm = TwoOutputs()
    algorithm.initAlgorithm()
    return algorithm


def _previous_results(tmp_path):
    """Earlier results the user keeps: a GeoPackage, a shapefile and a report."""
    write_zones(tmp_path / "first.gpkg", layer_name="first")
    old = QgsVectorLayer("Point?crs=EPSG:3006&field=value:integer", "second", "memory")
    feature = QgsFeature(old.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POINT(1 1)"))
    feature.setAttributes([7])
    old.dataProvider().addFeatures([feature])
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    QgsVectorFileWriter.writeAsVectorFormatV3(old, str(tmp_path / "second.shp"),
                                              QgsProject.instance().transformContext(), options)
    (tmp_path / "report.html").write_text("<html>old</html>", encoding="utf-8")
    return {"OUTPUT": str(tmp_path / "first.gpkg"), "OUTPUT_SECOND": str(tmp_path / "second.shp"),
            "OUTPUT_REPORT": str(tmp_path / "report.html")}


@pytest.mark.parametrize("fail_with", ["method", "internal"])
def test_failed_run_leaves_every_file_as_it_was(processing_provider, tmp_path, fail_with):
    parameters = _previous_results(tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException) as error:
        run(_two_sink_algorithm(fail_with=fail_with), parameters)
    assert snapshot(tmp_path) == before
    assert not staging_left(tmp_path)
    message = str(error.value)
    if fail_with == "method":
        assert message == "The flows table has no flows between different zones."
    else:  # an unforeseen error: plain words, no Python jargon
        assert "Two outputs" in message and "no output was written" in message
        for jargon in ("IndexError", "pop from empty list", "Traceback"):
            assert jargon not in message


def test_cancelled_run_leaves_every_file_as_it_was(processing_provider, tmp_path):
    parameters = _previous_results(tmp_path)
    before = snapshot(tmp_path)
    feedback = QgsProcessingFeedback()
    result = run(_two_sink_algorithm(cancel=True), parameters, feedback=feedback)
    assert result == {} or all(value is None for value in result.values())
    assert snapshot(tmp_path) == before
    assert not staging_left(tmp_path)


def test_successful_run_replaces_earlier_results_together(processing_provider, tmp_path):
    parameters = _previous_results(tmp_path)
    (tmp_path / "second.qix").write_bytes(b"stale spatial index of the old shapefile")
    result = run(_two_sink_algorithm(), parameters)
    assert [row[0] for row in features(tmp_path / "second.shp")] == [100, 101, 102]
    assert not (tmp_path / "second.qix").exists()
    assert (tmp_path / "report.html").read_text(encoding="utf-8") == "<html>new</html>"
    assert result["OUTPUT_REPORT"] == str(tmp_path / "report.html")
    assert result["OUTPUT_SECOND"] == str(tmp_path / "second.shp")
    assert not staging_left(tmp_path)


def test_missing_output_folders_are_made_and_removed_again_on_failure(processing_provider, tmp_path):
    parameters = {"OUTPUT": str(tmp_path / "new" / "deeper" / "first.gpkg")}
    with pytest.raises(QgsProcessingException):
        run(_two_sink_algorithm(fail_with="method"), parameters)
    assert not (tmp_path / "new").exists()
    result = run(_two_sink_algorithm(), parameters)
    assert Path(result["OUTPUT"]) == tmp_path / "new" / "deeper" / "first.gpkg"
    assert len(features(result["OUTPUT"])) == 3


# -- GeoPackages that hold other layers -------------------------------------------------------------------

def test_output_into_a_geopackage_with_other_layers_keeps_them(processing_provider, tmp_path):
    shared = tmp_path / "region.gpkg"
    write_zones(shared, layer_name="kommuner", extra_layer="noder")
    kept = {name: features(f"{shared}|layername={name}") for name in ("kommuner", "noder")}
    result = run(_two_sink_algorithm(), {"OUTPUT": str(shared), "OUTPUT_SECOND": None})
    assert result["OUTPUT"] == f"{shared}|layername=region"
    assert [row[1] for row in features(result["OUTPUT"])] == [100, 101, 102]
    for name, rows in kept.items():
        assert features(f"{shared}|layername={name}") == rows


def test_new_layer_in_an_existing_geopackage_by_the_ogr_form(processing_provider, tmp_path):
    shared = tmp_path / "region.gpkg"
    write_zones(shared, layer_name="kommuner", extra_layer="noder")
    kept = {name: features(f"{shared}|layername={name}") for name in ("kommuner", "noder")}
    destination = f"ogr:dbname='{shared}' table=\"analys\" (geom)"
    result = run(_two_sink_algorithm(), {"OUTPUT": destination, "OUTPUT_SECOND": None})
    assert result["OUTPUT"] == f"{shared}|layername=analys"
    assert [row[1] for row in features(result["OUTPUT"])] == [100, 101, 102]
    for name, rows in kept.items():
        assert features(f"{shared}|layername={name}") == rows
    # again: only that layer is replaced
    run(_two_sink_algorithm(), {"OUTPUT": destination, "OUTPUT_SECOND": None})
    assert len(features(result["OUTPUT"])) == 3
    for name, rows in kept.items():
        assert features(f"{shared}|layername={name}") == rows


def test_new_layer_in_the_input_geopackage_leaves_the_input_layer(processing_provider, tmp_path):
    parameters = regions_parameters(tmp_path)
    zones_rows = features(parameters["ZONES"])
    parameters["OUTPUT_MEMBERSHIP"] = f"ogr:dbname='{tmp_path / 'zoner.gpkg'}' table=\"medlemskap\" (geom)"
    result = run("strukturbild:functionalregions", parameters)
    assert result["OUTPUT_MEMBERSHIP"].endswith("zoner.gpkg|layername=medlemskap")
    assert features(parameters["ZONES"]) == zones_rows
    assert len(features(result["OUTPUT_MEMBERSHIP"])) == 4
    # the same table as the input layer is refused
    parameters["OUTPUT_MEMBERSHIP"] = f"ogr:dbname='{tmp_path / 'zoner.gpkg'}' table=\"zoner\" (geom)"
    with pytest.raises(QgsProcessingException, match="ZONES"):
        run("strukturbild:functionalregions", parameters)
    assert features(parameters["ZONES"]) == zones_rows


def test_styled_output_keeps_its_style_in_a_shared_geopackage(processing_provider, tmp_path):
    shared = tmp_path / "region.gpkg"
    write_zones(shared, layer_name="kommuner", extra_layer="noder")
    parameters = regions_parameters(tmp_path, OUTPUT_REGIONS=f"ogr:dbname='{shared}' table=\"la\" (geom)")
    result = run("strukturbild:functionalregions", parameters)
    layer = QgsVectorLayer(result["OUTPUT_REGIONS"], "la", "ogr")
    assert layer.isValid() and layer.featureCount() == 2
    assert len(features(f"{shared}|layername=noder")) == 1


def test_loaded_outputs_point_at_their_destination(processing_provider, tmp_path):
    project = QgsProject.instance()
    parameters = regions_parameters(tmp_path)
    parameters["OUTPUT_MEMBERSHIP"] = QgsProcessingOutputLayerDefinition(str(tmp_path / "medlemskap.gpkg"), project)
    context = QgsProcessingContext()
    context.setProject(project)
    result = processing.run("strukturbild:functionalregions", parameters, context=context,
                            feedback=QgsProcessingFeedback())
    to_load = context.layersToLoadOnCompletion()
    assert str(tmp_path / "medlemskap.gpkg") in to_load
    assert to_load[str(tmp_path / "medlemskap.gpkg")].postProcessor() is not None  # loads styled
    assert not any(".strukturbild-" in key for key in to_load)
    assert result["OUTPUT_MEMBERSHIP"] == str(tmp_path / "medlemskap.gpkg")


# -- secondary outputs are optional ------------------------------------------------------------------------

def test_functionalregions_without_secondary_outputs(processing_provider, tmp_path):
    parameters = regions_parameters(tmp_path)
    del parameters["OUTPUT_REGIONS"], parameters["OUTPUT_REPORT"]
    result = run("strukturbild:functionalregions", parameters)
    assert result["N_REGIONS"] == 2
    assert not (tmp_path / "regioner.gpkg").exists() and not (tmp_path / "rapport.html").exists()
    assert len(features(tmp_path / "medlemskap.gpkg")) == 4


def test_secondary_outputs_are_optional_and_created_by_default(processing_provider):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    secondary = {"functionalregions": ["OUTPUT_REGIONS", "OUTPUT_REPORT"],
                 "habitatnetwork": ["OUTPUT_LINKS"], "servicearea": ["OUTPUT_EDGES"],
                 "borderflows": ["OUTPUT_PAIRS", "OUTPUT_LINES"], "greenconflicts": ["OUTPUT_PATCHES"],
                 "corridors": ["OUTPUT_POLYGONS"], "areaprofile": ["OUTPUT_REPORT"]}
    for algorithm_id, names in secondary.items():
        algorithm = registry.algorithmById(f"strukturbild:{algorithm_id}")
        for name in names:
            definition = algorithm.parameterDefinition(name)
            assert definition.flags() & definition.Flag.FlagOptional, (algorithm_id, name)
            assert definition.createByDefault(), (algorithm_id, name)


def test_qgis_process_user_names_only_the_outputs_wanted(qgis_process_env, tmp_path):
    parameters = regions_parameters(tmp_path)
    arguments = [f"{key}={value}" for key, value in parameters.items()
                 if key not in ("OUTPUT_REGIONS", "OUTPUT_REPORT")]
    completed = subprocess.run([QGIS_PROCESS, "run", "strukturbild:functionalregions", "--", *arguments],
                               env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr + completed.stdout
    assert len(features(tmp_path / "medlemskap.gpkg")) == 4
    assert not (tmp_path / "regioner.gpkg").exists()
    assert not staging_left(tmp_path)


def test_qgis_process_refuses_an_output_that_is_an_input(qgis_process_env, tmp_path):
    parameters = regions_parameters(tmp_path, OUTPUT_MEMBERSHIP=str(tmp_path / "zoner.gpkg"))
    before = snapshot(tmp_path)
    arguments = [f"{key}={value}" for key, value in parameters.items()]
    completed = subprocess.run([QGIS_PROCESS, "run", "strukturbild:functionalregions", "--", *arguments],
                               env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert completed.returncode != 0
    assert "OUTPUT_MEMBERSHIP" in completed.stderr + completed.stdout
    assert "Traceback" not in completed.stderr + completed.stdout
    assert snapshot(tmp_path) == before


def test_unicode_and_emoji_folders(processing_provider, tmp_path):
    folder = tmp_path / "Region Östergötland 🌲 o'Brien"
    parameters = regions_parameters(tmp_path, OUTPUT_MEMBERSHIP=str(folder / "medlemskap.gpkg"),
                                    OUTPUT_REGIONS="ogr:dbname='{}' table=\"la\" (geom)".format(
                                        str(folder / "delad.gpkg").replace("'", "\\'")))  # quoted as QGIS does
    result = run("strukturbild:functionalregions", parameters)
    assert len(features(folder / "medlemskap.gpkg")) == 4
    assert result["OUTPUT_REGIONS"] == f"{folder / 'delad.gpkg'}|layername=la"
    assert len(features(result["OUTPUT_REGIONS"])) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["zoner.gpkg", "pendling.csv", "rapport.html",
                                                                  folder.name])
    assert not staging_left(tmp_path)


def test_an_existing_file_that_is_not_a_geopackage_is_left_alone(processing_provider, tmp_path):
    parameters = regions_parameters(tmp_path)
    (tmp_path / "medlemskap.gpkg").write_text("my notes, not a GeoPackage", encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException, match="not a GeoPackage"):
        run("strukturbild:functionalregions", parameters)
    assert snapshot(tmp_path) == before


def _folder_algorithm(fail=False):
    """A Strukturbild algorithm with a folder output (a web map, contribution packages ...)."""
    from qgis.core import QgsProcessingParameterFolderDestination
    from strukturbild.processing_algorithms.base import StrukturbildAlgorithm
    from strukturbild.processing_algorithms.methods.errors import MethodError

    class FolderOutput(StrukturbildAlgorithm):
        ALGORITHM_ID = "folderoutput"

        def displayName(self):
            return "Folder output"

        def createInstance(self):
            return type(self)()

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", "Folder"))

        def process(self, parameters, context, feedback):
            folder = Path(self.parameterAsFileOutput(parameters, "OUTPUT_FOLDER", context))
            (folder / "assets").mkdir(parents=True, exist_ok=True)
            (folder / "index.html").write_text("<html>new</html>", encoding="utf-8")
            (folder / "assets" / "data.js").write_text("var data = 1;", encoding="utf-8")
            if fail:
                raise MethodError("No element to show.")
            return {"OUTPUT_FOLDER": str(folder)}

    algorithm = FolderOutput()
    algorithm.initAlgorithm()
    return algorithm


def test_folder_output_replaces_only_its_own_files(processing_provider, tmp_path):
    web = tmp_path / "web"
    web.mkdir()
    (web / "index.html").write_text("<html>old</html>", encoding="utf-8")
    (web / "notes.txt").write_text("someone else's file", encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException, match="No element"):
        run(_folder_algorithm(fail=True), {"OUTPUT_FOLDER": str(web)})
    assert snapshot(tmp_path) == before and not staging_left(tmp_path)
    result = run(_folder_algorithm(), {"OUTPUT_FOLDER": str(web)})
    assert result["OUTPUT_FOLDER"] == str(web)
    assert (web / "index.html").read_text(encoding="utf-8") == "<html>new</html>"
    assert (web / "assets" / "data.js").exists()
    assert (web / "notes.txt").read_text(encoding="utf-8") == "someone else's file"
    assert not staging_left(tmp_path)


def test_folder_output_that_is_a_file_is_refused(processing_provider, tmp_path):
    (tmp_path / "web").write_text("a file", encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException, match="not a folder"):
        run(_folder_algorithm(), {"OUTPUT_FOLDER": str(tmp_path / "web")})
    assert snapshot(tmp_path) == before


def test_memory_layer_with_a_long_address_is_no_file(processing_provider, tmp_path):
    """A memory layer's address is not a path (one with many fields is longer than a file name may be)."""
    fields = "&".join(f"field=attribut_nummer_{k}:double" for k in range(300))
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:3006&field=patch:string&{fields}", "lång", "memory")
    assert len(layer.source()) > 4096
    patches = []
    for k in range(2):
        feature = QgsFeature(layer.fields())
        feature.setAttribute("patch", f"p{k}")
        x = 3000 * k
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 0,{x + 1000} 0,{x + 1000} 1000,{x} 1000,{x} 0))"))
        patches.append(feature)
    layer.dataProvider().addFeatures(patches)
    result = run("strukturbild:habitatnetwork", {"PATCHES": layer, "PATCH_ID_FIELD": "patch", "DISTANCE": 2000,
                                                 "OUTPUT_PATCHES": str(tmp_path / "p.gpkg")})
    assert len(features(result["OUTPUT_PATCHES"])) == 2


def test_final_ids_also_with_a_layer_name_qgis_added():
    from strukturbild.processing_algorithms.base import final_id

    mapping = {"/d/.strukturbild-staging-x/out.gpkg": "/d/out.gpkg",
               "/d/.strukturbild-staging-y/la.gpkg": "/d/region.gpkg|layername=la"}
    assert final_id(mapping, "/d/.strukturbild-staging-x/out.gpkg") == "/d/out.gpkg"
    assert final_id(mapping, "/d/.strukturbild-staging-x/out.gpkg|layername=out") == "/d/out.gpkg|layername=out"
    assert final_id(mapping, "/d/.strukturbild-staging-y/la.gpkg|layername=la") == "/d/region.gpkg|layername=la"
    assert final_id(mapping, "/elsewhere/a.gpkg") == "/elsewhere/a.gpkg"
    assert final_id({}, None) is None


def test_a_whole_geopackage_output_never_replaces_someone_elses_layers(processing_provider, tmp_path):
    """createstrukturbild writes a GeoPackage of many layers: over its own earlier file it replaces it, over a
    GeoPackage with other layers it is refused and the file is left as it was."""
    target = tmp_path / "region.gpkg"
    write_zones(target, layer_name="kommunernas_egna_data", extra_layer="noder_2019")
    before = snapshot(tmp_path)
    with pytest.raises(QgsProcessingException, match="kommunernas_egna_data"):
        run("strukturbild:createstrukturbild", {"CRS": "EPSG:3006", "OUTPUT": str(target)})
    assert snapshot(tmp_path) == before
    fresh = tmp_path / "ny.gpkg"
    run("strukturbild:createstrukturbild", {"CRS": "EPSG:3006", "OUTPUT": str(fresh)})
    from strukturbild.processing_algorithms.outputs import gpkg_layer_names

    layers = sorted(gpkg_layer_names(fresh))
    assert len(layers) > 10
    run("strukturbild:createstrukturbild", {"CRS": "EPSG:3006", "OUTPUT": str(fresh)})
    assert sorted(gpkg_layer_names(fresh)) == layers
