"""Degree of Urbanisation (DEGURBA) on a population grid, and its classification of local units (LAU).

Pure numpy/scipy (no qgis). Sources: Eurostat et al., *Applying the Degree of Urbanisation — A methodological
manual to define cities, towns and rural areas for international comparisons*, 2021 edition ("the manual"); the
GHSL Data Package 2022 (GHS-SMOD R2022A, level 2 codes 30/23/22/21/13/12/11); cross-checked against the flexurba
R package (Van Migerode et al. 2024), which reproduces the GHSL grids.

Level 1 per cell (`level1`)
---------------------------
density = population / `cell_area_km2` (inhabitants per km²); every threshold below is "at least" (≥), compared
with a relative tolerance of 1e-9 so that e.g. 93.75 inhabitants on a 250 m cell (0.0625 km²) count as 1,500/km².

- 3 urban centre: cells with density ≥ 1,500 grouped with 4-connectivity (no diagonals); a group is an urban
  centre if its population is ≥ 50,000. Then, as in the manual / GHSL R2022A:
  1. Edge smoothing by the iterative majority rule: a cell not in an urban centre whose 8 surrounding cells
     include at least 5 of one and the same urban centre joins that centre; all cells are tested on the same
     state, and the passes repeat until no cell is added. Cells outside the grid belong to no centre.
  2. Gap filling: holes in an urban centre smaller than 15 km² are filled (after smoothing, the order flexurba
     uses). A hole is a group of non-centre cells, 8-connected (the complement topology of a 4-connected
     foreground), that touches neither the grid edge nor any cell other than the cells of ONE urban centre, with
     an area (cells × `cell_area_km2`) < 15 km². A region open to the grid edge is never a hole (the grid may be
     clipped there).
  Centres keep their own ids even if smoothing makes two of them touch. Population of a centre includes its
  smoothed and filled cells.
  Out of scope (documented deviations): the GHSL option to also count cells with ≥ 50 % built-up (R2022A) or
  above the "optimal" built-up share (R2023A, "reduce fragmentation") as dense, and the R2023A majority rule
  that ignores water/unpopulated cells and never adds permanent water; no built-up or land layer is read here.
  Density is per km² of cell, not per km² of permanent land.
- 2 urban cluster: cells with density ≥ 300 grouped with 8-connectivity (diagonals included); a group is an urban
  cluster if its population is ≥ 5,000. Its cells that are not urban centre are level 1 = 2.
- 1 rural grid cell: everything else.

Level 2 per cell (`level2`, GHS-SMOD codes; the manual's 2021 rules)
--------------------------------------------------------------------
- 30 urban centre: level 1 = 3.
- 23 dense urban cluster: cells with density ≥ 1,500, 4-connected, group population ≥ 5,000 (and < 50,000:
  larger groups are urban centres), not urban centre.
- 22 semi-dense urban cluster: an urban cluster (≥ 300, 8-connected, ≥ 5,000) that contains no urban-centre or
  dense-cluster cell and lies at least 2 km away from every urban centre and dense urban cluster, "measured as
  outside a buffer of three grid cells" (manual): no cell of it within 3 cells (Chebyshev distance, i.e. a 3-fold
  8-neighbour dilation, flexurba's `SDUC_buffer_size = 3` for the 2021 rules) of an urban-centre or
  dense-cluster cell. With other cell sizes the buffer is round(3 km / cell side) cells.
- 21 suburban or peri-urban: the remaining urban-cluster cells (level 1 = 2, not 23 or 22).
- 13 rural cluster: rural cells (level 1 = 1) with density ≥ 300, 8-connected, group population ≥ 500 (and
  < 5,000: larger groups are urban clusters).
- 12 low density rural: other rural cells with density ≥ 50.
- 11 very low density rural: rural cells with density < 50 (including no-data cells).
Not implemented: the July 2024 revision of the manual (semi-dense clusters at ≥ 900/km², 4-connected, ≥ 2,500,
2 km buffer) and the GHSL water class 10.

No data: NaN and ±inf are treated as 0 inhabitants (the cell stays in the grid, with density 0).
`DegurbaResult.nodata_cells` counts them. A negative population is refused (MethodError naming the cell's row and
column): it is a no-data value the raster does not declare, or an error in the data. So is a grid without cells, one
where every cell is no data and one whose total population is not a finite number (a grid of zeros is valid: all
very low density rural).

Cell size: any `cell_area_km2` works (density per km²); the manual is defined on 1 km² cells, and the 3×3
majority rule, the contiguity rules and the hole test then apply to the given cells as they are; only the hole
size (15 km²) and the semi-dense buffer (3 km) are converted to cells.

LAU (local units), `classify_lau` — the manual's level 1 rules for spatial units:
- 1 city: ≥ 50 % of the unit's population in urban-centre cells;
- 2 town and semi-dense area ("towns and suburbs" in EU statistics): < 50 % in urban centres and ≤ 50 % in rural
  grid cells (i.e. ≥ 50 % in urban centres + urban clusters);
- 3 rural area: > 50 % of the population in rural grid cells.
A unit without population is classified by the same rules on the shares of its cells (area), as GHSL does.
Each grid cell belongs wholly to one unit (rasterised units); splitting a cell's population between units by
area is the caller's job.
"""

from dataclasses import dataclass, field
from typing import Dict

import numpy as np
from scipy import ndimage

from . import progress
from .errors import MethodError

URBAN_CENTRE, URBAN_CLUSTER, RURAL = 3, 2, 1
L2_URBAN_CENTRE, L2_DENSE, L2_SEMI_DENSE, L2_SUBURBAN = 30, 23, 22, 21
L2_RURAL_CLUSTER, L2_LOW_DENSITY, L2_VERY_LOW_DENSITY = 13, 12, 11
LEVEL2_CODES = (30, 23, 22, 21, 13, 12, 11)
CITY, TOWN, RURAL_AREA = 1, 2, 3

CENTRE_DENSITY = 1500.0
CENTRE_POPULATION = 50000.0
CLUSTER_DENSITY = 300.0
CLUSTER_POPULATION = 5000.0
DENSE_POPULATION = 5000.0
RURAL_CLUSTER_POPULATION = 500.0
LOW_DENSITY = 50.0
MAJORITY = 5
MAX_HOLE_KM2 = 15.0
SEMI_DENSE_BUFFER_KM = 3.0

_TOL = 1e-9
_FOUR = ndimage.generate_binary_structure(2, 1)
_EIGHT = np.ones((3, 3), dtype=bool)
_SHIFTS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


@dataclass
class DegurbaResult:
    """Result of `degurba`.

    level1, level2: int8 arrays like the population (codes above).
    centre_labels: 1..n_centres per urban-centre cell (after smoothing and gap filling), 0 elsewhere;
    centre_population[i - 1] is the population of centre i.
    cluster_labels: 1..n_clusters per cell of an urban cluster (the ≥ 300/km², 8-connected, ≥ 5,000 group,
    including the urban-centre cells inside it; centre cells added by smoothing/filling with density < 300 are
    not in it), 0 elsewhere; cluster_population likewise.
    dense_labels / dense_population: dense urban clusters (level 2 code 23), same convention.
    counts: cells per level 1 code and per level 2 code; population: inhabitants per code (keys are the codes).
    """

    level1: np.ndarray
    level2: np.ndarray
    centre_labels: np.ndarray
    centre_population: np.ndarray
    cluster_labels: np.ndarray
    cluster_population: np.ndarray
    dense_labels: np.ndarray
    dense_population: np.ndarray
    cell_area_km2: float = 1.0
    nodata_cells: int = 0
    counts: Dict[int, int] = field(default_factory=dict)
    population: Dict[int, float] = field(default_factory=dict)

    @property
    def n_centres(self):
        return len(self.centre_population)

    @property
    def n_clusters(self):
        return len(self.cluster_population)


@dataclass
class LauResult:
    """Result of `classify_lau`, one row per unit label (ascending).

    lau_class: 1 city, 2 town and semi-dense area (towns and suburbs), 3 rural area.
    shares: (n, 3) population shares in urban centres, urban clusters (level 1 = 2) and rural cells; for units
    without population, area (cell) shares, flagged in `by_area`.
    Unpacks as `lau_class, shares = classify_lau(...)`.
    """

    labels: np.ndarray
    lau_class: np.ndarray
    shares: np.ndarray
    population: np.ndarray
    by_area: np.ndarray

    def __iter__(self):
        return iter((self.lau_class, self.shares))


def _at_least(values, threshold):
    return values >= threshold * (1.0 - _TOL)


def _clean(population):
    """(population with no data as 0, number of no-data cells); refuses a negative population, naming the cell."""
    try:
        pop = np.array(population, dtype=float, copy=True)
    except (TypeError, ValueError):
        raise MethodError("the population grid must hold numbers of inhabitants") from None
    if pop.ndim != 2:
        raise MethodError(f"the population grid must have rows and columns, not {pop.ndim} dimension(s)")
    negative = np.isfinite(pop) & (pop < 0)
    if negative.any():
        row, col = (int(k) for k in np.argwhere(negative)[0])
        raise MethodError(f"the population grid has a negative population ({pop[row, col]:g}) in the cell at row "
                          f"{row}, column {col} (counted from 0 at the top left){_more(int(negative.sum()))}. If it "
                          "marks missing data, declare it as the raster's no-data value; otherwise correct the cell")
    bad = ~np.isfinite(pop)
    pop[bad] = 0.0
    return pop, int(bad.sum())


def _more(count):
    return f" and {count - 1} other cell(s) are negative too" if count > 1 else ""


def _groups(mask, pop, structure, min_population, max_population=None):
    """Label `mask` with `structure`; keep groups with population ≥ min (and < max). Returns labels 1..k, pops."""
    labels, n = ndimage.label(mask, structure=structure)
    if n == 0:
        return np.zeros(mask.shape, dtype=np.int32), np.zeros(0)
    sums = np.bincount(labels.ravel(), weights=pop.ravel(), minlength=n + 1)[1:]
    keep = _at_least(sums, min_population)
    if max_population is not None:
        keep &= ~_at_least(sums, max_population)
    remap = np.zeros(n + 1, dtype=np.int32)
    remap[1:][keep] = np.arange(1, int(keep.sum()) + 1, dtype=np.int32)
    return remap[labels], sums[keep]


def _shifted(a, dr, dc, fill=0):
    """b[r, c] = a[r + dr, c + dc], `fill` outside the grid."""
    out = np.full_like(a, fill)
    rows, cols = a.shape
    rs, re = max(0, -dr), min(rows, rows - dr)
    cs, ce = max(0, -dc), min(cols, cols - dc)
    if rs < re and cs < ce:
        out[rs:re, cs:ce] = a[rs + dr:re + dr, cs + dc:ce + dc]
    return out


def _majority_fill(labels, feedback=None, base=0.3, span=0.2):
    """Iterative majority rule: a non-centre cell with ≥ 5 of its 8 neighbours in one centre joins it."""
    labels = labels.copy()
    kernel = np.ones((3, 3), dtype=np.int16)
    kernel[1, 1] = 0
    passes = 0
    while True:
        inside = labels > 0
        count = ndimage.convolve(inside.astype(np.int16), kernel, mode="constant", cval=0)
        rows, cols = np.nonzero(~inside & (count >= MAJORITY))
        if rows.size == 0:
            return labels
        padded = np.pad(labels, 1)
        neigh = np.stack([padded[rows + 1 + dr, cols + 1 + dc] for dr, dc in _SHIFTS], axis=1)
        neigh.sort(axis=1)
        # a label held by ≥ 5 of 8 sorted values occupies positions 3 and 4
        candidate = neigh[:, 3]
        same = (neigh == candidate[:, None]).sum(axis=1)
        ok = (candidate > 0) & (same >= MAJORITY)
        if not ok.any():
            return labels
        labels[rows[ok], cols[ok]] = candidate[ok]
        passes += 1
        progress.report(feedback, base + span * (1.0 - 1.0 / (passes + 1)))


def _fill_holes(labels, max_cells):
    """Fill 8-connected non-centre regions enclosed by a single centre, away from the grid edge, < max_cells."""
    background, n = ndimage.label(labels == 0, structure=_EIGHT)
    if n == 0:
        return labels
    sizes = np.bincount(background.ravel(), minlength=n + 1)
    edge = np.zeros(n + 1, dtype=bool)
    for side in (background[0, :], background[-1, :], background[:, 0], background[:, -1]):
        edge[side] = True
    small = (sizes < max_cells) & ~edge
    small[0] = False
    if not small.any():
        return labels
    # the centres around each candidate hole: pairs (hole id, neighbouring centre id) over the 8 shifts
    owner = np.zeros(n + 1, dtype=np.int64)  # 0 none yet, -1 several
    for dr, dc in _SHIFTS:
        nb = _shifted(labels, dr, dc)
        sel = small[background] & (nb > 0)
        if not sel.any():
            continue
        pairs = np.unique(np.stack([background[sel], nb[sel]], axis=1), axis=0)
        for hole, centre in pairs:
            if owner[hole] == 0:
                owner[hole] = centre
            elif owner[hole] != centre:
                owner[hole] = -1
    fill = small & (owner > 0)
    out = labels.copy()
    cells = fill[background]
    out[cells] = owner[background[cells]]
    return out


def degurba(population, cell_area_km2=1.0, feedback=None):
    """Degree of Urbanisation level 1 and 2 of a population grid (rows × cols, inhabitants per cell).

    See the module docstring for every rule and its source. Raises `progress.Cancelled` if `feedback` cancels.
    """
    try:
        cell_area = float(cell_area_km2)
    except (TypeError, ValueError):
        raise MethodError(f"the cell area must be a number of km², not {cell_area_km2!r}") from None
    if not np.isfinite(cell_area) or cell_area <= 0:
        raise MethodError(f"the cell area must be a finite number of km² greater than 0, not {cell_area:g}")
    pop, nodata = _clean(population)
    if pop.size == 0:
        raise MethodError("the population grid has no cells")
    if nodata == pop.size:
        raise MethodError("every cell of the population grid is no data: choose the band or field that holds the "
                          "population")
    with np.errstate(over="ignore"):
        total = float(pop.sum())
    if not np.isfinite(total):
        raise MethodError("the populations of the grid are too large to add up (their total is not a finite "
                          "number): check that the cells hold numbers of inhabitants")
    density = pop / cell_area
    progress.report(feedback, 0.0)

    # urban centres: ≥ 1,500, 4-connected, ≥ 50,000; majority smoothing, then holes < 15 km² filled
    dense = _at_least(density, CENTRE_DENSITY)
    centres, _ = _groups(dense, pop, _FOUR, CENTRE_POPULATION)
    progress.report(feedback, 0.3)
    centres = _majority_fill(centres, feedback)
    progress.report(feedback, 0.5)
    max_hole_cells = MAX_HOLE_KM2 / cell_area
    centres = _fill_holes(centres, max_hole_cells * (1.0 - _TOL))
    n_centres = int(centres.max()) if centres.size else 0
    centre_pop = np.bincount(centres.ravel(), weights=pop.ravel(), minlength=n_centres + 1)[1:]
    progress.report(feedback, 0.6)

    # urban clusters: ≥ 300, 8-connected, ≥ 5,000
    moderate = _at_least(density, CLUSTER_DENSITY)
    clusters, cluster_pop = _groups(moderate, pop, _EIGHT, CLUSTER_POPULATION)
    is_centre = centres > 0
    level1 = np.full(pop.shape, RURAL, dtype=np.int8)
    level1[clusters > 0] = URBAN_CLUSTER
    level1[is_centre] = URBAN_CENTRE
    progress.report(feedback, 0.7)

    # level 2
    dense_clusters, dense_pop = _groups(dense, pop, _FOUR, DENSE_POPULATION, CENTRE_POPULATION)
    is_dense = (dense_clusters > 0) & ~is_centre
    if ((dense_clusters > 0) & is_centre).any():
        # a dense cluster partly absorbed by a centre's smoothing keeps only its other cells
        dense_clusters = np.where(is_dense, dense_clusters, 0)
        dense_pop = np.bincount(dense_clusters.ravel(), weights=pop.ravel(), minlength=len(dense_pop) + 1)[1:]
    level2 = np.full(pop.shape, L2_VERY_LOW_DENSITY, dtype=np.int8)
    rural = level1 == RURAL
    level2[rural & _at_least(density, LOW_DENSITY)] = L2_LOW_DENSITY
    rural_clusters, _ = _groups(rural & moderate, pop, _EIGHT, RURAL_CLUSTER_POPULATION, CLUSTER_POPULATION)
    level2[rural_clusters > 0] = L2_RURAL_CLUSTER
    in_cluster = level1 == URBAN_CLUSTER
    level2[in_cluster] = L2_SUBURBAN
    near = is_centre | is_dense
    if near.any() and cluster_pop.size:
        side = np.sqrt(cell_area)
        buffer_cells = max(1, int(round(SEMI_DENSE_BUFFER_KM / side)))
        near = ndimage.maximum_filter(near.astype(np.uint8), size=2 * buffer_cells + 1, mode="constant") > 0
    touched = np.zeros(len(cluster_pop) + 1, dtype=bool)
    touched[clusters[near]] = True
    semi = (clusters > 0) & ~touched[clusters] & in_cluster
    level2[semi] = L2_SEMI_DENSE
    level2[is_dense] = L2_DENSE
    level2[is_centre] = L2_URBAN_CENTRE
    progress.report(feedback, 0.95)

    counts, totals = {}, {}
    for code in (URBAN_CENTRE, URBAN_CLUSTER, RURAL):
        sel = level1 == code
        counts[code] = int(sel.sum())
        totals[code] = float(pop[sel].sum())
    for code in LEVEL2_CODES:
        sel = level2 == code
        counts[code] = int(sel.sum())
        totals[code] = float(pop[sel].sum())
    progress.report(feedback, 1.0)
    return DegurbaResult(
        level1=level1,
        level2=level2,
        centre_labels=centres,
        centre_population=centre_pop,
        cluster_labels=clusters,
        cluster_population=cluster_pop,
        dense_labels=dense_clusters,
        dense_population=dense_pop,
        cell_area_km2=cell_area,
        nodata_cells=nodata,
        counts=counts,
        population=totals,
    )


def classify_lau(population, level1, lau_labels):
    """Classify local units by the population shares of their cells (manual, level 1 for spatial units).

    population: the grid given to `degurba` (no data → 0 as there); level1: `DegurbaResult.level1`;
    lau_labels: int array of the same shape, the unit of each cell; cells with a negative label belong to no unit.
    Returns a `LauResult` (unpacks as `lau_class, shares`).
    """
    pop, _ = _clean(population)
    level1 = np.asarray(level1)
    lab = np.asarray(lau_labels)
    if pop.shape != level1.shape or pop.shape != lab.shape:
        raise MethodError("the population grid, its classes (level1) and the unit labels must have the same rows and "
                          "columns")
    if not np.issubdtype(lab.dtype, np.integer):
        try:
            whole = bool(np.all(np.isfinite(lab)) and np.all(np.equal(np.mod(lab, 1), 0)))
        except TypeError:
            whole = False
        if not whole:
            raise MethodError("the unit labels must be whole numbers (negative: in no unit)")
        lab = lab.astype(np.int64)
    inside = lab >= 0
    labels, inverse = np.unique(lab[inside], return_inverse=True)
    n = len(labels)
    p = pop[inside]
    l1 = level1[inside]
    by_pop = np.zeros((n, 3))
    by_cells = np.zeros((n, 3))
    for j, code in enumerate((URBAN_CENTRE, URBAN_CLUSTER, RURAL)):
        sel = l1 == code
        by_pop[:, j] = np.bincount(inverse[sel], weights=p[sel], minlength=n)
        by_cells[:, j] = np.bincount(inverse[sel], minlength=n)
    total_pop = by_pop.sum(axis=1)
    by_area = total_pop <= 0
    amounts = np.where(by_area[:, None], by_cells, by_pop)
    totals = amounts.sum(axis=1)
    centre, rural = amounts[:, 0], amounts[:, 2]
    lau_class = np.where(2 * centre >= totals, CITY, np.where(2 * rural > totals, RURAL_AREA, TOWN)).astype(np.int8)
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = amounts / totals[:, None]
    return LauResult(labels=labels, lau_class=lau_class, shares=shares, population=total_pop, by_area=by_area)
