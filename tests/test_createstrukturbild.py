"""strukturbild:createstrukturbild makes every element layer with its fields, stored style and forms."""

import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes
from strukturbild.strukturbild_plugin import schema


@pytest.fixture(scope="module")
def created(processing_provider, tmp_path_factory):
    import processing

    path = tmp_path_factory.mktemp("create") / "strukturbild.gpkg"
    result = processing.run("strukturbild:createstrukturbild", {"OUTPUT": str(path)})
    return path, result


def test_every_element_layer_with_its_fields(created):
    path, result = created
    assert result["OUTPUT"] == str(path)
    assert result["N_LAYERS"] == len(schema.ELEMENT_TYPES)
    for element in schema.ELEMENT_TYPES:
        layer = QgsVectorLayer(f"{path}|layername={element.key}", element.key, "ogr")
        assert layer.isValid(), element.key
        names = layer.fields().names()
        assert names[0] == "fid"
        assert names[1:] == [spec.name for spec in element.fields], element.key
        assert layer.crs().authid() == "EPSG:3006"
        expected = {"Point": QgsWkbTypes.Type.Point, "MultiLineString": QgsWkbTypes.Type.MultiLineString,
                    "MultiPolygon": QgsWkbTypes.Type.MultiPolygon}[element.geometry]
        assert layer.wkbType() == expected, element.key


def test_styles_are_stored_as_defaults(created):
    path, _ = created
    with sqlite3.connect(path) as connection:
        rows = dict(connection.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall())
    assert set(rows) == set(schema.element_keys())
    assert all(value == 1 for value in rows.values())
    for element in schema.ELEMENT_TYPES:
        layer = QgsVectorLayer(f"{path}|layername={element.key}", element.key, "ogr")  # loads the default style
        assert layer.renderer().type() == "RuleRenderer", element.key


def test_coded_fields_get_value_maps_and_defaults(created):
    path, _ = created
    layer = QgsVectorLayer(f"{path}|layername=nod", "nod", "ogr")
    setup = layer.editorWidgetSetup(layer.fields().indexOf("nodniva"))
    assert setup.type() == "ValueMap"
    labels = {next(iter(entry)): next(iter(entry.values())) for entry in setup.config()["map"]}
    assert labels["Regional kärna"] == 1 and labels["Landsbygdsnod"] == 4
    status = layer.editorWidgetSetup(layer.fields().indexOf("status"))
    assert status.type() == "ValueMap"
    assert layer.attributeAlias(layer.fields().indexOf("horisont_ar")) == "Tidshorisont (år)"
    assert layer.defaultValueDefinition(layer.fields().indexOf("struktur")).expression() == "'bebyggelse'"
    assert "uuid" in layer.defaultValueDefinition(layer.fields().indexOf("id")).expression()


def test_chosen_projected_crs(processing_provider, tmp_path):
    import processing

    path = tmp_path / "fi.gpkg"
    processing.run("strukturbild:createstrukturbild", {"CRS": "EPSG:3067", "OUTPUT": str(path)})
    layer = QgsVectorLayer(f"{path}|layername=nod", "nod", "ogr")
    assert layer.crs().authid() == "EPSG:3067"


def test_geographic_crs_is_refused(processing_provider, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="geographic"):
        processing.run("strukturbild:createstrukturbild", {"CRS": "EPSG:4326", "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()


def test_cancel_leaves_no_file(processing_provider, tmp_path):
    import processing

    class CancelSoon(QgsProcessingFeedback):
        def setProgress(self, progress):
            super().setProgress(progress)
            if progress > 10:
                self.cancel()

    path = tmp_path / "cancelled.gpkg"
    processing.run("strukturbild:createstrukturbild", {"OUTPUT": str(path)}, feedback=CancelSoon())
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []
