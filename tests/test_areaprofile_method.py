"""Area profiles (methods.areaprofile) by hand, without QGIS: three areas with population units and an empty fourth,
every aggregate worked out in the comments; shares sum to 1; undefined values are NaN, not 0."""

import numpy as np
import pytest
from strukturbild.processing_algorithms.methods import areaprofile

# 11 population units: A holds 0–3, B 4–8, C 9, unit 10 lies in no area; area D is empty.
AREA_OF_UNIT = [0, 0, 0, 0, 1, 1, 1, 1, 1, 2, -1]
POPULATION = [100, 200, 300, 400, 50, 50, 100, 100, 200, 1000, 999]
AREA_KM2 = [10.0, 5.0, 100.0, 2.0]
INSIDE = [True] + [False] * 9 + [True]
# minutes to the nearest tätort > 3000 (NaN: off the network, inf: none reachable) and > 10000
TIME_3000 = [0.5, 10, 40, 60, 20, 50, np.nan, np.inf, 30, 90, 0]
TIME_10000 = [5, 15, 45, 65, 25, 55, 10, 10, 35, np.inf, 0]
SERVICES = [3, 2, 1, 0, 4, 4, 2, 2, 1, 0, 9]
# commuting zones: two in A, one in B (nobody commutes there), one in no area
COMMUTING_AREA = [0, 0, 1, -1]
OUT_TOTAL = [100, 300, 0, 50]
OUT_CROSS = [10, 50, 0, 5]


def hand_case(**extra):
    units, areas = areaprofile.memberships(AREA_OF_UNIT)
    zone_units, zone_areas = areaprofile.memberships(COMMUTING_AREA)
    return areaprofile.profile(AREA_KM2, units, areas, POPULATION, INSIDE, {3000.0: TIME_3000, 10000.0: TIME_10000},
                               minutes=45, services_within=SERVICES,
                               commuting=(zone_units, zone_areas, OUT_TOTAL, OUT_CROSS), **extra)


def test_population_and_density():
    result = hand_case()
    # A 100+200+300+400, B 50+50+100+100+200, C 1000, D nothing (a known zero); unit 10 (999) is in no area
    assert result.population.tolist() == [1000, 500, 1000, 0]
    # per km²: 1000/10, 500/5, 1000/100, 0/2
    assert result.density.tolist() == [100, 100, 10, 0]
    assert result.n_units.tolist() == [4, 5, 1, 0]


def test_typology_shares():
    shares = hand_case().shares
    # A: unit 0 inside a tätort (100); 10 and 40 min ≤ 45 (200 + 300); 60 min (400) → 0.1, 0.5, 0.4
    # B: 20 and 30 min (50 + 200) near; 50 min, NaN and inf (50 + 100 + 100) glesbygd → 0, 0.5, 0.5
    # C: 90 min → glesbygd; D: no population → undefined
    assert shares["tatort"][:3] == pytest.approx([0.1, 0.0, 0.0])
    assert shares["tatortsnara_landsbygd"][:3] == pytest.approx([0.5, 0.5, 0.0])
    assert shares["glesbygd"][:3] == pytest.approx([0.4, 0.5, 1.0])
    assert all(np.isnan(shares[name][3]) for name in shares)


def test_population_weighted_times():
    result = hand_case()
    # A: (100·0.5 + 200·10 + 300·40 + 400·60) / 1000 = 38050 / 1000
    # B: units 6 (NaN) and 7 (inf) left out: (50·20 + 50·50 + 200·30) / 300 = 9500 / 300; 200 inhabitants missing
    # C: 90; D: undefined
    times = result.times[3000.0]
    assert times[:3] == pytest.approx([38.05, 9500 / 300, 90.0])
    assert np.isnan(times[3])
    assert result.time_missing[3000.0].tolist() == [0, 200, 0, 0]
    # > 10000: A (100·5 + 200·15 + 300·45 + 400·65) / 1000 = 43; B (50·25 + 50·55 + 100·10 + 100·10 + 200·35) / 500
    # = 26; C's only unit reaches none (inf): undefined, 1000 missing
    times = result.times[10000.0]
    assert times[:2] == pytest.approx([43.0, 26.0])
    assert np.isnan(times[2]) and np.isnan(times[3])
    assert result.time_missing[10000.0].tolist() == [0, 0, 1000, 0]
    assert list(result.times) == [3000.0, 10000.0]  # the order given


def test_services_and_cross_share():
    result = hand_case()
    # A (100·3 + 200·2 + 300·1 + 400·0) / 1000 = 1; B (50·4 + 50·4 + 100·2 + 100·2 + 200·1) / 500 = 2;
    # C: 0 services is a defined 0; D: undefined
    assert result.services_within[:3] == pytest.approx([1.0, 2.0, 0.0])
    assert np.isnan(result.services_within[3])
    # A (10 + 50) / (100 + 300); B 0 / 0 undefined; C and D hold no zone
    assert result.cross_share[0] == pytest.approx(0.15)
    assert np.isnan(result.cross_share[1:]).all()


def test_optional_parts_are_none():
    units, areas = areaprofile.memberships(AREA_OF_UNIT)
    result = areaprofile.profile(AREA_KM2, units, areas, POPULATION, INSIDE, {3000.0: TIME_3000}, minutes=45)
    assert result.services_within is None and result.cross_share is None


def test_classes_use_the_first_size_and_minutes():
    units, areas = areaprofile.memberships([0, 0, 0])
    # the first size's times decide: 10 min ≤ 15 near, 20 min glesbygd, whatever the second size says
    result = areaprofile.profile([1.0], units, areas, [1, 1, 2], [False] * 3,
                                 {10000.0: [10, 20, 20], 3000.0: [1, 1, 1]}, minutes=15)
    assert result.classes.tolist() == ["tatortsnara_landsbygd", "glesbygd", "glesbygd"]
    assert result.shares["glesbygd"][0] == pytest.approx(0.75)


def test_overlapping_areas_count_a_unit_in_each():
    # unit 0 (10 inhabitants, 6 min) lies in both areas, unit 1 (30, 2 min) only in the second
    units, areas = np.array([0, 0, 1]), np.array([0, 1, 1])
    result = areaprofile.profile([1.0, 2.0], units, areas, [10, 30], [False, False], {0.0: [6.0, 2.0]}, minutes=5)
    assert result.population.tolist() == [10, 40]
    assert result.times[0.0] == pytest.approx([6.0, (60 + 60) / 40])
    assert result.shares["glesbygd"] == pytest.approx([1.0, 0.25])


def test_shares_sum_to_one_on_random_data():
    rng = np.random.default_rng(7)
    n, n_areas = 500, 6
    area_of = rng.integers(-1, n_areas, n)
    population = rng.integers(0, 50, n).astype(float)
    time = np.where(rng.random(n) < 0.1, np.nan, rng.exponential(40, n))
    units, areas = areaprofile.memberships(area_of)
    result = areaprofile.profile(np.ones(n_areas), units, areas, population, rng.random(n) < 0.2, {3000.0: time}, 45)
    total = sum(result.shares[name] for name in result.shares)
    populated = result.population > 0
    assert total[populated] == pytest.approx(np.ones(populated.sum()))
    # brute force: the weighted mean area by area
    for j in range(n_areas):
        mine = (area_of == j) & np.isfinite(time)
        expected = (population[mine] * time[mine]).sum() / population[mine].sum()
        assert result.times[3000.0][j] == pytest.approx(expected)
        assert result.population[j] == population[area_of == j].sum()


def test_zero_population_area_is_undefined_not_zero():
    units, areas = areaprofile.memberships([0, 1])
    result = areaprofile.profile([1.0, 1.0], units, areas, [0, 5], [False, False], {3000.0: [3.0, 4.0]}, 45,
                                 services_within=[1.0, 2.0])
    assert result.population.tolist() == [0, 5]
    assert np.isnan(result.shares["glesbygd"][0]) and np.isnan(result.times[3000.0][0])
    assert np.isnan(result.services_within[0]) and result.services_within[1] == 2.0
    assert np.isnan(areaprofile.densities([5.0], [0.0])[0])  # no area: undefined density


def test_ratios_and_sums():
    units, areas = areaprofile.memberships([0, 1, 1, -1])
    assert areaprofile.sums([1, 2, np.nan, 7], units, areas, 3).tolist() == [1, 2, 0]
    ratio = areaprofile.ratios([1, 2, 3, 9], [4, 0, 10, 9], units, areas, 3)
    assert ratio[0] == 0.25 and ratio[1] == pytest.approx(0.5) and np.isnan(ratio[2])


@pytest.mark.parametrize("text, sizes", [("3000,10000,50000", [3000, 10000, 50000]),
                                         (" 10000 ; 3000, 3000 ", [10000, 3000]), ("0", [0]),
                                         ("2 500", [2500])])
def test_parse_town_sizes(text, sizes):
    assert areaprofile.parse_town_sizes(text) == sizes


@pytest.mark.parametrize("text, reason", [("", "empty"), (" , ", "empty"), ("3000,tio", "not_numbers"),
                                          ("-5", "negative"), ("nan", "negative")])
def test_parse_town_sizes_refuses(text, reason):
    with pytest.raises(areaprofile.TownSizeError) as error:
        areaprofile.parse_town_sizes(text)
    assert error.value.reason == reason


def test_size_labels():
    assert [areaprofile.size_label(s) for s in (3000.0, 50000, 2500.5)] == ["3000", "50000", "2500_5"]


def test_coincident_points():
    towns = [[0.0, 0.0], [100.0, 0.0]]
    found = areaprofile.coincident([[0.4, 0.3], [100.0, 2.0], [np.nan, 0.0], [50.0, 0.0]], towns, 1.0)
    assert found.tolist() == [True, False, False, False]
    assert not areaprofile.coincident([[0.0, 0.0]], np.zeros((0, 2)), 1.0).any()
