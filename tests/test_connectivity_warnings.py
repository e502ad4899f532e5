"""strukturbild:habitatnetwork and strukturbild:connectivitytables say so when the method left IIC or dIIC out.

The method leaves dIIC out by default above _IIC_SECONDS (estimated) and IIC above _IIC_PAIRS connected pairs (a dense
landscape: hours of work); the limits are lowered here so that Conefor's r40 landscape crosses them.
"""

import pytest
from conftest import TEST_DATA
from qgis.core import NULL, QgsProcessingFeedback, QgsVectorLayer
from test_habitatnetwork import r40_patches

DATA = TEST_DATA / "connectivity"


class Collect(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 (QGIS's name)
        self.warnings.append(text)
        super().pushWarning(text)


def habitatnetwork(tmp_path, feedback):
    import processing

    parameters = {"PATCHES": r40_patches(), "ATTRIBUTE_FIELD": "area_ha", "PATCH_ID_FIELD": "patch",
                  "DISTANCE": 1000, "PROBABILITY": 0.5, "IIC_DISTANCE": 2000, "MIN_PROBABILITY": 0,
                  "OUTPUT_PATCHES": str(tmp_path / "patches.gpkg")}
    result = processing.run("strukturbild:habitatnetwork", parameters, feedback=feedback)
    layer = QgsVectorLayer(f"{tmp_path / 'patches.gpkg'}|layername=patches", "p", "ogr")
    return result, list(layer.getFeatures())


def test_habitatnetwork_warns_when_diic_is_left_out(processing_provider, tmp_path, monkeypatch):
    from strukturbild.processing_algorithms.methods import connectivity as mod

    feedback = Collect()
    (tmp_path / "full").mkdir()
    result, patches = habitatnetwork(tmp_path / "full", feedback)
    assert not any("IIC" in w for w in feedback.warnings)
    assert all(p["dIIC"] != NULL for p in patches)
    monkeypatch.setattr(mod, "_IIC_SECONDS", 0.0)
    feedback = Collect()
    (tmp_path / "skipped").mkdir()
    result, patches = habitatnetwork(tmp_path / "skipped", feedback)
    assert any(w.startswith("dIIC was not computed") and "IIC_DISTANCE" in w for w in feedback.warnings)
    assert result["IIC_NUM"] is not None and result["PC_NUM"] > 0
    assert all(p["dIIC"] == NULL and p["dPC"] != NULL for p in patches)


def test_habitatnetwork_warns_when_iic_is_left_out(processing_provider, tmp_path, monkeypatch):
    from strukturbild.processing_algorithms.methods import connectivity as mod

    monkeypatch.setattr(mod, "_IIC_PAIRS", 10)
    feedback = Collect()
    (tmp_path / "out").mkdir()
    result, patches = habitatnetwork(tmp_path / "out", feedback)
    assert any(w.startswith("IIC and dIIC were not computed") for w in feedback.warnings)
    assert result["IIC_NUM"] is None and result["EC_IIC"] is None and result["PC_NUM"] > 0
    assert all(p["dIIC"] == NULL and p["dPC"] != NULL for p in patches)


@pytest.mark.parametrize("limit", ["_IIC_SECONDS", "_IIC_PAIRS"])
def test_connectivitytables_warns(processing_provider, tmp_path, monkeypatch, limit):
    import processing
    from strukturbild.processing_algorithms.methods import connectivity as mod

    monkeypatch.setattr(mod, limit, 0)
    feedback = Collect()
    parameters = {"NODES": str(DATA / "r40_nodes.txt"), "CONNECTIONS": str(DATA / "r40_dist_le2000.txt"),
                  "DISTANCE": 1000, "PROBABILITY": 0.5, "IIC_DISTANCE": 2000, "OUTPUT": str(tmp_path / "t.gpkg")}
    processing.run("strukturbild:connectivitytables", parameters, feedback=feedback)
    start = "dIIC was not computed" if limit == "_IIC_SECONDS" else "IIC and dIIC were not computed"
    assert any(w.startswith(start) for w in feedback.warnings)
