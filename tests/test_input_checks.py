"""Hostile input to the algorithms (issue 10 §4): parameter bounds, numbers that are not finite, habitat patches that
are points or lines, rasters without a valid cell, a negative population in degurba. Each is refused with a
QgsProcessingException that names the parameter, layer or cell, never a traceback or a silently wrong answer."""

import math

import pytest
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterNumber,
)

INT32_MAX = 2**31 - 1


def number_parameters(provider):
    for algorithm in provider.algorithms():
        for definition in algorithm.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterNumber):
                yield algorithm, definition


def test_every_number_parameter_has_bounds(processing_provider):
    """Integer parameters stay within 32 bits (TOWN_SIZE = 1e12 silently became 0) and no number parameter is
    unbounded: a value outside what a planner could mean is refused by Processing itself."""
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("strukturbild")
    seen = 0
    for algorithm, definition in number_parameters(provider):
        seen += 1
        where = f"{algorithm.id()} {definition.name()}"
        assert math.isfinite(definition.minimum()) and definition.minimum() > -1e300, where
        assert definition.maximum() < 1e300, where  # QGIS's default maximum is DBL_MAX
        if definition.dataType() == QgsProcessingParameterNumber.Type.Integer:
            assert definition.maximum() <= INT32_MAX, where
        default = definition.defaultValue()
        if default is not None:
            assert definition.minimum() <= float(default) <= definition.maximum(), where
    assert seen > 30


# -- running algorithms ----------------------------------------------------------------------------------------


def _refused(run, pattern, *args, **kwargs):
    with pytest.raises(QgsProcessingException, match=pattern) as caught:
        run(*args, **kwargs)
    assert "Traceback" not in str(caught.value)
    return str(caught.value)


def _typology(tmp_path, **parameters):
    from test_ruraltypology import cells
    from test_ruraltypology import run as run_typology
    from test_traveltime import points

    towns = points("tatorter", [("Stad", (0.5, 0), 5000, 0)], fields="name:string&field=pop:double&field=u:double")
    parameters = {**dict(INPUT=cells(4), TATORTER=towns, TATORT_POPULATION_FIELD="pop", MINUTES=2,
                         DEFAULT_SPEED=60, DETOUR_FACTOR=1.0), **parameters}
    return run_typology(tmp_path, **parameters)


@pytest.mark.parametrize("town_size", [1e12, "1e12", INT32_MAX + 1, 100_000_001, -1])
def test_town_size_beyond_bounds_is_refused(processing_provider, tmp_path, town_size):
    """TOWN_SIZE = 1e12 was read as 0: every tätort counted and no word said."""
    _refused(_typology, "TOWN_SIZE", tmp_path, TOWN_SIZE=town_size)
    assert not (tmp_path / "typology.gpkg").exists()


def test_largest_town_size_passes_the_bounds(processing_provider, tmp_path):
    _refused(_typology, "No tätort in 'tatorter' has more than 100000000 inhabitants", tmp_path,
             TOWN_SIZE=100_000_000)


@pytest.mark.parametrize("name, value", [("MINUTES", float("nan")), ("MINUTES", "nan"), ("DEFAULT_SPEED", "inf"),
                                         ("DETOUR_FACTOR", float("nan"))])
def test_numbers_that_are_not_finite_are_refused(processing_provider, tmp_path, name, value):
    message = _refused(_typology, name, tmp_path, **{name: value})
    assert "Traceback" not in message


@pytest.mark.parametrize("breaks", ["15,inf", "nan", "15,1e300", "15,1441"])
def test_service_area_breaks_that_overflow_or_are_not_finite(processing_provider, tmp_path, breaks):
    """BREAKS of 'inf' or 'nan' passed the parser (float() reads them) and reached the network search."""
    from test_servicearea import run as run_servicearea
    from test_traveltime import points, roads

    network = roads([([(0, 0), (10, 0)], [60.0, None])])
    destinations = points("d", [("x", (2, 0), 1, 0)])
    _refused(run_servicearea, "BREAKS must be times of at most 1440 minutes", tmp_path, NETWORK=network,
             DESTINATIONS=destinations, BREAKS=breaks)
