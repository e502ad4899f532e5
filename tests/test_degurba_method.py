"""DEGURBA (pure method): designed grids with hand-worked expected arrays.

Separates 4- from 8-connectivity, exercises the majority rule (exactly 5 of 8, iterative, one unique centre)
and hole filling (< 15 km²), thresholds exactly at 1,500 / 300 / 50 / 50,000 / 5,000 / 500, 250 m cells, every
level-2 class and the semi-dense buffer, LAU classes, no data, cancel.
"""

import numpy as np
import pytest
from strukturbild.processing_algorithms.methods import progress
from strukturbild.processing_algorithms.methods.degurba import LEVEL2_CODES, _majority_fill, classify_lau, degurba
from strukturbild.processing_algorithms.methods.errors import MethodError


def grid(rows, cols):
    return np.zeros((rows, cols))


# --- 4- versus 8-connectivity -----------------------------------------------------------------------------


def test_diagonal_blocks_are_two_dense_clusters_but_one_urban_cluster():
    # two 2×2 blocks of 10,000 per cell touching only at a corner: (1,1)–(2,2)
    pop = grid(6, 6)
    pop[0:2, 0:2] = 10000
    pop[2:4, 2:4] = 10000
    r = degurba(pop)
    # 4-connected: two groups of 40,000 < 50,000 → no urban centre
    assert r.n_centres == 0 and not (r.level1 == 3).any()
    # 8-connected: one group of 80,000 ≥ 5,000 → one urban cluster of the 8 cells
    expected = np.ones((6, 6), dtype=int)
    expected[0:2, 0:2] = 2
    expected[2:4, 2:4] = 2
    np.testing.assert_array_equal(r.level1, expected)
    assert r.n_clusters == 1 and r.cluster_population.tolist() == [80000]
    assert len(np.unique(r.cluster_labels[expected == 2])) == 1
    # level 2: each 4-connected block is its own dense urban cluster (5,000 ≤ 40,000 < 50,000)
    l2 = np.full((6, 6), 11)
    l2[0:2, 0:2] = 23
    l2[2:4, 2:4] = 23
    np.testing.assert_array_equal(r.level2, l2)
    assert sorted(r.dense_population.tolist()) == [40000, 40000]
    assert r.dense_labels[0, 0] != r.dense_labels[2, 2]


def test_side_touching_blocks_are_one_urban_centre():
    # same blocks, the second shifted one column left: (1,1)–(2,1) share a side → one group of 80,000
    pop = grid(6, 6)
    pop[0:2, 0:2] = 10000
    pop[2:4, 1:3] = 10000
    r = degurba(pop)
    # majority rule: (2,0) and (1,2) have 4 centre neighbours each, every other cell fewer → nothing added
    expected = np.ones((6, 6), dtype=int)
    expected[0:2, 0:2] = 3
    expected[2:4, 1:3] = 3
    np.testing.assert_array_equal(r.level1, expected)
    assert r.centre_population.tolist() == [80000]
    np.testing.assert_array_equal(r.level2, np.where(expected == 3, 30, 11))


# --- majority rule and holes ------------------------------------------------------------------------------


def test_majority_rule_is_iterative_and_needs_five():
    # block rows 1–4 × cols 1–5 without the notch (1,3),(2,3): 18 cells × 3,000 = 54,000
    pop = grid(7, 7)
    pop[1:5, 1:6] = 3000
    pop[1, 3] = pop[2, 3] = 0
    r = degurba(pop)
    # pass 1: (2,3) has 7 centre neighbours → joins; (1,3) has 4 (not enough)
    # pass 2: (1,3) now has 5 ((1,2),(1,4),(2,2),(2,3),(2,4)) → joins; outside cells have ≤ 3
    expected = np.ones((7, 7), dtype=int)
    expected[1:5, 1:6] = 3
    np.testing.assert_array_equal(r.level1, expected)
    assert r.centre_population.tolist() == [54000]


def test_majority_rule_needs_one_and_the_same_centre():
    # two centres (cols 0–4 and 6–10, rows 0–9, 50 cells × 1,500 each) split by an empty column 5:
    # each cell of column 5 has 3 neighbours in the left centre and 3 in the right one (6 in all) → not added
    pop = grid(10, 11)
    pop[:, 0:5] = 1500
    pop[:, 6:11] = 1500
    r = degurba(pop)
    assert r.n_centres == 2 and r.centre_population.tolist() == [75000, 75000]
    assert (r.level1[:, 5] == 1).all() and (r.centre_labels[:, 5] == 0).all()
    assert (r.level1[:, [0, 4, 6, 10]] == 3).all()
    assert r.centre_labels[0, 0] != r.centre_labels[0, 6]


def test_ring_around_one_empty_cell_is_filled():
    # 3×3 ring of 8 cells × 7,000 = 56,000; the centre cell (2,2) has 8 of 8 centre neighbours
    pop = grid(5, 5)
    pop[1:4, 1:4] = 7000
    pop[2, 2] = 0
    r = degurba(pop)
    expected = np.ones((5, 5), dtype=int)
    expected[1:4, 1:4] = 3
    np.testing.assert_array_equal(r.level1, expected)
    assert r.counts[3] == 9 and r.centre_population.tolist() == [56000]
    # the filled cell has 0 inhabitants: centre, but not part of the ≥ 300 urban cluster
    assert r.cluster_labels[2, 2] == 0 and r.cluster_population.tolist() == [56000]


def octagon_hole(size, block):
    """A square centre `block`×`block` (offset 1) with an octagonal hole `size`×`size` minus its 4 corners."""
    n = block + 2
    pop = grid(n, n)
    pop[1:1 + block, 1:1 + block] = 1500
    a = (n - size) // 2
    pop[a:a + size, a:a + size] = 0
    for r_, c_ in ((a, a), (a, a + size - 1), (a + size - 1, a), (a + size - 1, a + size - 1)):
        pop[r_, c_] = 1500
    return pop


def test_hole_under_15_km2_is_filled_where_the_majority_rule_stops():
    # 8×8 block (1,500 per cell) with an octagonal hole of 4×4 − 4 = 12 cells: every hole cell has ≤ 4 centre
    # neighbours, so the majority rule adds nothing; the hole (12 km² < 15 km²) is filled; 52 × 1,500 = 78,000
    pop = octagon_hole(4, 8)
    np.testing.assert_array_equal(_majority_fill((pop > 0).astype(np.int32)), pop > 0)
    assert (pop == 0).sum() - 36 == 12  # 10×10 grid: 36 border cells + 12 hole cells are empty
    r = degurba(pop)
    expected = np.ones((10, 10), dtype=int)
    expected[1:9, 1:9] = 3
    np.testing.assert_array_equal(r.level1, expected)
    assert r.centre_population.tolist() == [78000]


def test_hole_of_15_km2_or_more_stays():
    # octagon 5×5 − 4 = 21 cells ≥ 15 km²: every hole cell still has ≤ 4 centre neighbours → stays
    pop = octagon_hole(5, 9)
    r = degurba(pop)
    np.testing.assert_array_equal(r.level1 == 3, pop > 0)
    # the same hole on 500 m cells (0.25 km²) is 21 × 0.25 = 5.25 km² < 15 km² → filled (6,000 per cell is
    # 24,000/km²; the 60 ring cells hold 360,000)
    r3 = degurba(pop * 4, cell_area_km2=0.25)
    expected = np.ones_like(r3.level1)
    expected[1:10, 1:10] = 3
    np.testing.assert_array_equal(r3.level1, expected)


def test_region_open_to_the_grid_edge_is_not_a_hole():
    # centre cells on rows 0–3 × cols 0–4 around a 2-cell bay (0,2),(1,2) open at the top edge:
    # pass 1: (1,2) has 7 centre neighbours ((0,1),(0,3),(1,1),(1,3),(2,1),(2,2),(2,3)) → joins;
    # pass 2: (0,2) has (0,1),(0,3),(1,1),(1,2),(1,3) = 5 → joins (the majority rule, not the hole rule)
    pop = grid(5, 5)
    pop[0:4, 0:5] = 3000
    pop[0, 2] = pop[1, 2] = 0
    r = degurba(pop)
    assert r.centre_population.tolist() == [54000]
    assert (r.level1[0:4, :] == 3).all()
    # a bay with only 3 centre neighbours at the edge stays open: a 1-cell notch at a corner
    pop = grid(5, 5)
    pop[0:4, 0:5] = 3000
    pop[0, 0] = 0  # (0,0): neighbours (0,1),(1,0),(1,1) = 3 → not added; touches the edge → not a hole
    r = degurba(pop)
    assert r.level1[0, 0] == 1 and r.counts[3] == 19


# --- thresholds (≥ includes the threshold) -----------------------------------------------------------------


def test_urban_centre_population_threshold_is_inclusive():
    pop = grid(3, 4)
    pop[1, 1] = pop[1, 2] = 25000  # 50,000 exactly
    r = degurba(pop)
    assert r.centre_population.tolist() == [50000] and r.counts[3] == 2
    pop[1, 2] = 24999  # 49,999
    r = degurba(pop)
    assert r.n_centres == 0
    # below the centre size: a dense urban cluster (23) and a level-1 urban cluster
    assert r.level1[1, 1] == 2 and r.level2[1, 1] == 23 and r.level2[1, 2] == 23
    assert r.dense_population.tolist() == [49999]


def test_density_1500_is_inclusive():
    pop = grid(3, 4)
    pop[1, 1] = 48500
    pop[1, 2] = 1500  # exactly 1,500/km² → dense → 4-connected group of 50,000 → centre
    assert degurba(pop).counts[3] == 2
    pop[1, 2] = 1499.99  # not dense: the 48,500 cell alone is < 50,000
    r = degurba(pop)
    assert r.n_centres == 0
    # both are ≥ 300 and 8-connected: urban cluster of 49,999.99
    assert r.level1[1, 1] == 2 and r.level1[1, 2] == 2
    # level 2: the 48,500 cell is a dense cluster (≥ 5,000), its neighbour suburban
    assert r.level2[1, 1] == 23 and r.level2[1, 2] == 21


def test_urban_cluster_thresholds_300_and_5000_are_inclusive():
    pop = grid(4, 4)
    pop[1, 1] = 4700
    pop[2, 2] = 300  # diagonal neighbour at exactly 300/km² → 8-connected group of 5,000
    r = degurba(pop)
    assert r.level1[1, 1] == 2 and r.level1[2, 2] == 2 and r.cluster_population.tolist() == [5000]
    # no centre or dense cluster anywhere: a semi-dense urban cluster
    assert r.level2[1, 1] == 22 and r.level2[2, 2] == 22
    pop[2, 2] = 299.5  # < 300: the 4,700 cell alone is < 5,000 → rural
    r = degurba(pop)
    assert r.n_clusters == 0 and (r.level1 == 1).all()
    # level 2: 4,700 ≥ 500 at ≥ 300 → rural cluster; 299.5 ≥ 50 → low density rural
    assert r.level2[1, 1] == 13 and r.level2[2, 2] == 12


def test_rural_thresholds_500_and_50_are_inclusive():
    pop = grid(3, 6)
    pop[1, 1] = 500  # a rural cluster of exactly 500 at 500/km²
    pop[1, 3] = 499  # ≥ 300 but < 500 → low density
    pop[1, 5] = 50  # exactly 50 → low density
    pop[0, 5] = 49.9  # < 50 → very low density
    r = degurba(pop)
    expected = np.full((3, 6), 11)
    expected[1, 1] = 13
    expected[1, 3] = 12
    expected[1, 5] = 12
    np.testing.assert_array_equal(r.level2, expected)
    assert (r.level1 == 1).all()


# --- cell size --------------------------------------------------------------------------------------------


def test_250_m_cells_use_density_per_km2():
    # 250 m cells (0.0625 km²): 1,500/km² is 93.75 inhabitants per cell; 24×24 cells × 93.75 = 54,000
    pop = grid(26, 26)
    pop[1:25, 1:25] = 93.75
    r = degurba(pop, cell_area_km2=0.0625)
    expected = np.ones((26, 26), dtype=int)
    expected[1:25, 1:25] = 3
    np.testing.assert_array_equal(r.level1, expected)
    assert r.centre_population.tolist() == [54000]
    # one cell just under 93.75 (1,499.84/km²) leaves the group; the rest (53,906.25) is still a centre, and
    # the cell is put back by the majority rule (8 of 8 neighbours) — its population counts in the centre
    pop[12, 12] = 93.74
    r = degurba(pop, cell_area_km2=0.0625)
    np.testing.assert_array_equal(r.level1, expected)
    # the same numbers on 1 km cells are 93.75/km²: no centre, no cluster; ≥ 50 → low density rural
    r = degurba(pop)
    assert (r.level1 == 1).all() and (r.level2[1:25, 1:25] == 12).all()


def test_250_m_semi_dense_buffer_is_12_cells():
    # 3 km on 250 m cells = 12 cells. Dense urban cluster: 2×2 cells × 1,600 = 6,400 (25,600/km²);
    # an urban cluster of 13×13 cells × 30 = 5,070 ≥ 5,000 at 480/km² (not dense), `gap` empty columns away
    def case(gap):
        pop = grid(30, 60)
        pop[0:2, 0:2] = 1600
        c0 = 1 + gap + 1  # first column of the moderate block: Chebyshev distance gap + 1 from column 1
        pop[0:13, c0:c0 + 13] = 30
        return degurba(pop, cell_area_km2=0.0625)

    near = case(11)  # distance 12 ≤ 12 → suburban
    far = case(12)  # distance 13 → semi-dense
    assert (near.level2[0:2, 0:2] == 23).all() and (far.level2[0:2, 0:2] == 23).all()
    assert near.level2[0, 13] == 21 and (near.level2 == 22).sum() == 0
    assert far.level2[0, 14] == 22 and (far.level2 == 22).sum() == 169


# --- level 2, every class ---------------------------------------------------------------------------------


def designed_level2():
    pop = grid(30, 40)
    pop[2:6, 2:7] = 3000  # urban centre: 20 × 3,000 = 60,000                                → 30
    pop[8:10, 2:7] = 600  # urban cluster 10 × 600 = 6,000, 3 rows below the centre (row 5 → 8) → 21
    pop[2:4, 20:22] = 2000  # dense urban cluster 4 × 2,000 = 8,000                           → 23
    pop[4, 20:22] = 400  # its ≥ 300 fringe, same 8-connected urban cluster                  → 21
    pop[20:23, 30:33] = 600  # urban cluster 9 × 600 = 5,400, far from everything dense      → 22
    pop[15:17, 10] = 400  # rural cluster 2 × 400 = 800                                      → 13
    pop[25, 5] = 50  # low density rural                                                     → 12
    pop[25, 7] = 49  # very low density rural                                                → 11
    expected = np.full((30, 40), 11)
    expected[2:6, 2:7] = 30
    expected[8:10, 2:7] = 21
    expected[2:4, 20:22] = 23
    expected[4, 20:22] = 21
    expected[20:23, 30:33] = 22
    expected[15:17, 10] = 13
    expected[25, 5] = 12
    return pop, expected


def test_level2_every_class_on_a_designed_grid():
    pop, expected = designed_level2()
    r = degurba(pop)
    np.testing.assert_array_equal(r.level2, expected)
    level1 = np.select([expected == 30, np.isin(expected, (23, 22, 21))], [3, 2], 1)
    np.testing.assert_array_equal(r.level1, level1)
    assert set(np.unique(r.level2).tolist()) == set(LEVEL2_CODES)
    assert r.counts[30] == 20 and r.counts[23] == 4 and r.counts[22] == 9 and r.counts[21] == 12
    assert r.counts[13] == 2 and r.counts[12] == 1 and r.counts[11] == 1200 - 48
    assert r.population[30] == 60000 and r.population[21] == 6800 and r.population[22] == 5400
    assert r.population[3] == 60000 and r.population[2] == 8000 + 800 + 6000 + 5400
    assert sorted(r.cluster_population.tolist()) == [5400, 6000, 8800, 60000]
    assert r.dense_population.tolist() == [8000]


def test_semi_dense_buffer_is_three_cells():
    pop, expected = designed_level2()
    # move the 6,000 cluster one row further: rows 9–10, 4 rows from the centre's row 5 → semi-dense
    pop[8:10, 2:7] = 0
    pop[9:11, 2:7] = 600
    r = degurba(pop)
    assert (r.level2[9:11, 2:7] == 22).all()
    # a dense urban cluster also repels: a 9 × 600 = 5,400 cluster at columns 24–26, 3 columns from the dense
    # block's column 21 (not 8-connected to it: columns 22–23 are empty) → suburban
    pop, _ = designed_level2()
    pop[2:5, 24:27] = 600
    r = degurba(pop)
    assert (r.level2[2:5, 24:27] == 21).all()


# --- LAU ---------------------------------------------------------------------------------------------------


def test_lau_classes_by_hand():
    # one row per unit; level 1 given by hand: 3 centre, 2 cluster, 1 rural
    pop = np.array(
        [
            [50, 30, 20, 0],  # unit 0: centre 50 % → city (≥ 50 %)
            [49, 1, 50, 0],  # unit 1: centre 49 %, rural 50 % (not > 50 %) → town
            [0, 49, 51, 0],  # unit 2: rural 51 % → rural
            [0, 0, 0, 0],  # unit 3: no population → by area: 2 centre cells, 1 rural, 1 outside → city
            [10, 10, 10, 99],  # unit 4: centre 1/3, rural 1/3 → town (the 99 is in no unit)
        ],
        dtype=float,
    )
    level1 = np.array([[3, 2, 1, 1], [3, 2, 1, 1], [3, 2, 1, 1], [3, 3, 1, 1], [3, 2, 1, 1]])
    labels = np.array([[0, 0, 0, -1], [1, 1, 1, -1], [2, 2, 2, -1], [3, 3, 3, -1], [4, 4, 4, -1]])
    res = classify_lau(pop, level1, labels)
    assert res.labels.tolist() == [0, 1, 2, 3, 4]
    assert res.lau_class.tolist() == [1, 2, 3, 1, 2]
    np.testing.assert_allclose(
        res.shares, [[0.5, 0.3, 0.2], [0.49, 0.01, 0.5], [0, 0.49, 0.51], [2 / 3, 0, 1 / 3], [1 / 3, 1 / 3, 1 / 3]]
    )
    assert res.by_area.tolist() == [False, False, False, True, False]
    assert res.population.tolist() == [100, 100, 100, 0, 30]
    lau_class, shares = res
    assert lau_class is res.lau_class and shares is res.shares


def test_lau_on_the_degurba_result():
    pop, expected = designed_level2()
    r = degurba(pop)
    labels = np.zeros(pop.shape, dtype=int)
    labels[:, 20:] = 1  # right half: dense cluster 8,000 + fringe 800 + semi-dense 5,400 → town
    labels[12:, :20] = 2  # bottom left: rural cluster 800, 50 + 49 → rural
    res = classify_lau(pop, r.level1, labels)
    # unit 0 (top left): centre 60,000 of 66,000 → city
    assert res.lau_class.tolist() == [1, 2, 3]
    assert res.population.tolist() == [66000, 14200, 899]


# --- no data, validation, cancel ----------------------------------------------------------------------------


def test_nan_and_inf_are_zero_population():
    pop, expected = designed_level2()
    dirty = pop.copy()
    dirty[0, 0] = np.nan
    dirty[0, 1] = -np.inf
    dirty[1, 0] = np.inf
    r = degurba(dirty)
    np.testing.assert_array_equal(r.level2, expected)
    assert r.nodata_cells == 3
    # a NaN inside the centre counts as 0: 19 × 3,000 = 57,000, the cell is put back by the majority rule
    dirty[3, 4] = np.nan
    r = degurba(dirty)
    assert r.centre_population.tolist() == [57000] and r.level2[3, 4] == 30
    res = classify_lau(dirty, r.level1, np.zeros(pop.shape, dtype=int))
    assert res.population.tolist() == [57000 + 6000 + 8800 + 5400 + 800 + 99]


def test_bad_arguments():
    with pytest.raises(ValueError):
        degurba(np.zeros(5))
    with pytest.raises(ValueError):
        degurba(np.zeros((2, 2)), cell_area_km2=0)
    with pytest.raises(ValueError):
        classify_lau(np.zeros((2, 2)), np.ones((2, 2)), np.zeros((3, 2), dtype=int))


def test_negative_population_is_refused_naming_the_cell():
    """Issue 10: a negative population (an undeclared no-data value such as -200) was silently read as 0."""
    pop, _ = designed_level2()
    dirty = pop.copy()
    dirty[2, 5] = -200
    with pytest.raises(MethodError, match="row 2, column 5") as error:
        degurba(dirty)
    assert "-200" in str(error.value) and "no-data value" in str(error.value)
    with pytest.raises(MethodError, match="row 2, column 5"):
        classify_lau(dirty, np.ones(pop.shape, dtype=np.int8), np.zeros(pop.shape, dtype=int))


def test_all_nodata_grid_is_refused():
    with pytest.raises(MethodError, match="every cell of the population grid is no data"):
        degurba(np.full((3, 4), np.nan))


def test_empty_grid_is_all_very_low_density():
    r = degurba(np.zeros((4, 3)))
    assert (r.level1 == 1).all() and (r.level2 == 11).all() and r.n_centres == 0 and r.n_clusters == 0


class Feedback:
    def __init__(self, cancel_after=None):
        self.calls = 0
        self.cancel_after = cancel_after
        self.percent = []

    def isCanceled(self):  # noqa: N802 (QgsFeedback API)
        self.calls += 1
        return self.cancel_after is not None and self.calls > self.cancel_after

    def setProgress(self, percent):  # noqa: N802
        self.percent.append(percent)


def test_progress_and_cancel():
    pop, _ = designed_level2()
    fb = Feedback()
    degurba(pop, feedback=fb)
    assert fb.percent[0] == 0 and fb.percent[-1] == 100 and fb.percent == sorted(fb.percent)
    with pytest.raises(progress.Cancelled):
        degurba(pop, feedback=Feedback(cancel_after=0))
    with pytest.raises(progress.Cancelled):
        degurba(pop, feedback=Feedback(cancel_after=2))
