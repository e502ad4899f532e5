"""An invalid input geometry stops a run with a message naming the layer and the feature, and the next run works
(issue 10: QGIS 3.22 raises its own stop from inside the feature iterator; across a Python loop that left the
interpreter corrupt and the next algorithm run crashed QGIS)."""

import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

BOWTIE = "POLYGON((2000 0,3000 1000,3000 0,2000 1000,2000 0))"


def patches(with_bowtie=True):
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=patch:string", "fläckar", "memory")
    shapes = ["POLYGON((0 0,1000 0,1000 1000,0 1000,0 0))", "POLYGON((5000 0,6000 0,6000 1000,5000 1000,5000 0))"]
    if with_bowtie:
        shapes.insert(1, BOWTIE)
    features = []
    for k, wkt in enumerate(shapes):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"p{k}"])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run(layer, tmp_path, check=QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(check)
    result = processing.run("strukturbild:habitatnetwork", {
        "PATCHES": layer, "PATCH_ID_FIELD": "patch", "DISTANCE": 2000, "MIN_PROBABILITY": 0.001,
        "OUTPUT_PATCHES": str(tmp_path / "p.gpkg"), "OUTPUT_LINKS": str(tmp_path / "l.gpkg")},
        context=context, feedback=QgsProcessingFeedback())
    return result, context


def test_invalid_geometry_is_named_and_the_next_runs_work(processing_provider, tmp_path):
    for _ in range(3):
        with pytest.raises(QgsProcessingException) as error:
            run(patches(), tmp_path)
        message = str(error.value)
        assert "Feature 2" in message and "fläckar" in message and "PATCHES" in message
        assert "Self-intersection" in message and "Fix Geometries" in message
        assert not (tmp_path / "p.gpkg").exists()
    result, context = run(patches(with_bowtie=False), tmp_path)
    assert QgsVectorLayer(result["OUTPUT_PATCHES"], "p", "ogr").featureCount() == 2
    # the user's setting is as it was after the run
    assert context.invalidGeometryCheck() == QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid


def test_skip_invalid_setting_is_honoured(processing_provider, tmp_path):
    result, _ = run(patches(), tmp_path, check=QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid)
    layer = QgsVectorLayer(str(tmp_path / "p.gpkg"), "p", "ogr")
    assert sorted(f["patch"] for f in layer.getFeatures()) == ["p0", "p2"]


def test_per_source_override_to_abort_is_checked_too(processing_provider, tmp_path):
    layer = patches()
    QgsProject.instance().addMapLayer(layer)
    try:
        definition = QgsProcessingFeatureSourceDefinition(
            layer.id(), False, -1, QgsProcessingFeatureSourceDefinition.Flag.FlagOverrideDefaultGeometryCheck,
            QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid)
        with pytest.raises(QgsProcessingException, match="Feature 2"):
            run(definition, tmp_path, check=QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        result, _ = run(patches(with_bowtie=False), tmp_path)
        assert QgsVectorLayer(result["OUTPUT_PATCHES"], "p", "ogr").featureCount() == 2
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
