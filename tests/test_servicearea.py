"""strukturbild:servicearea: reached roads end exactly where the time runs out."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from test_traveltime import points, roads


def run(tmp_path, **parameters):
    import processing

    parameters.setdefault("OUTPUT", str(tmp_path / "areas.gpkg"))
    parameters.setdefault("OUTPUT_EDGES", str(tmp_path / "edges.gpkg"))
    result = processing.run("strukturbild:servicearea", parameters)
    areas = list(QgsVectorLayer(f"{tmp_path / 'areas.gpkg'}|layername=areas", "a", "ogr").getFeatures())
    edges = list(QgsVectorLayer(f"{tmp_path / 'edges.gpkg'}|layername=edges", "e", "ogr").getFeatures())
    return result, areas, edges


def test_reached_length_per_break(processing_provider, tmp_path):
    # 10 km at 60 km/h (1 min per km) with a destination 2 km from the west end
    network = roads([([(0, 0), (10, 0)], [60.0, None])])
    destinations = points("d", [("x", (2, 0), 1, 0)])
    result, areas, edges = run(tmp_path, NETWORK=network, SPEED_FIELD="speed", DESTINATIONS=destinations,
                               BREAKS="3, 100", BUFFER=100)
    lengths = {f["break_min"]: f.geometry().length() for f in edges}
    assert lengths[3.0] == pytest.approx(2000 + 3000)  # 2 km west to the end, 3 km east
    assert lengths[100.0] == pytest.approx(10_000)  # no cap: the whole road
    assert result["N_AREAS"] == 2
    area_3 = next(f for f in areas if f["break_min"] == 3.0).geometry().area()
    assert area_3 == pytest.approx(5000 * 200 + 3.06 * 100 ** 2, rel=0.02)  # buffered line: 2 × 100 m wide + ends


def test_separate_areas_and_oneway(processing_provider, tmp_path):
    network = roads([([(0, 0), (10, 0)], [60.0, "yes"])])
    destinations = points("d", [("a", (2, 0), 1, 0), ("b", (8, 0), 1, 0)])
    _, _, edges = run(tmp_path, NETWORK=network, SPEED_FIELD="speed", ONEWAY_FIELD="oneway",
                      DESTINATIONS=destinations, DESTINATION_ID_FIELD="name", BREAKS="5", SEPARATE=True)
    lengths = {f["destination"]: f.geometry().length() for f in edges}
    # one-way eastwards: from a 5 km east; from b only the 2 km to the end
    assert lengths["a"] == pytest.approx(5000) and lengths["b"] == pytest.approx(2000)


def test_bad_breaks(processing_provider, tmp_path):
    network = roads([([(0, 0), (10, 0)], [60.0, None])])
    destinations = points("d", [("x", (2, 0), 1, 0)])
    with pytest.raises(QgsProcessingException, match="BREAKS"):
        run(tmp_path, NETWORK=network, DESTINATIONS=destinations, BREAKS="15,x")


def test_destination_on_a_cut_off_piece_of_road_is_reported(processing_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)
            super().pushWarning(text)

    # the main road and a 100 m piece of road touching nothing; one destination lies nearest to the piece
    network = roads([([(0, 0), (10, 0)], [60.0, None]), ([(5, 0.2), (5.1, 0.2)], [60.0, None])])
    destinations = points("d", [("main", (2, 0), 1, 0), ("piece", (5.05, 0.25), 1, 0)])
    feedback = Feedback()
    processing.run("strukturbild:servicearea", dict(
        NETWORK=network, SPEED_FIELD="speed", DESTINATIONS=destinations, BREAKS="1", BUFFER=0,
        OUTPUT=str(tmp_path / "a.gpkg"), OUTPUT_EDGES=str(tmp_path / "e.gpkg")), feedback=feedback)
    assert any(w.startswith("1 destination(s) lie nearest to a part of the road network cut off from its largest "
                            "part") and "(0.1 km of road)" in w for w in feedback.warnings)
