"""Cost distance and least-cost corridors between habitat cores (Linkage Mapper's definitions, GRASS r.cost's step).

Pure numpy/scipy (no qgis import). A Processing adapter rasterises the core polygons and reads the resistance
raster; everything here works on arrays.

Definitions
-----------
- Grid graph: one node per cell, numbered row-major (node = row·cols + col, row 0 at the top). A move from cell a
  to a neighbour b costs (c_a + c_b)/2 × step × cell_size with step = 1 for a rook move, √2 for a diagonal and √5
  for a knight's move (only with ``neighbours=16``; ``neighbours=4`` gives rook moves only). This is GRASS r.cost's
  and ArcGIS Cost Distance's rule (gdistance ``transition(x, mean, 8)``), checked against the r.cost manual's 6×7
  example (tests/data/corridors). The knight's move uses the same two-cell mean (GRASS averages more cells there;
  its manual's -k table is not an oracle).
- Impassable cells: NaN, ``nodata`` (when given), infinite, zero or negative costs. They have no edges: no path
  enters or leaves them, their cumulative cost is inf and the corridor there is NaN. A diagonal or knight's move
  between two passable cells is allowed even when the cells beside it are impassable (GRASS and ArcGIS do the same).
- Cumulative cost distance (CWD) from a set of source cells: multi-source Dijkstra (scipy.sparse.csgraph.dijkstra,
  ``min_only=True``), 0 on the sources, inf where unreachable (or beyond ``limit``).
- Cores: an integer label raster, 0 = not a core; every distinct non-zero label is one core (cells need not be
  contiguous). CWD_a is the cost distance from all passable cells of core a.
- Least-cost distance LCD_ab = min over the cells of core b of CWD_a (= min over a's cells of CWD_b: the graph is
  symmetric). The least-cost path runs from a cell of a to the first cell of b with that minimum (lowest node index on
  ties), following the Dijkstra predecessors; it enters b only at its last cell and leaves a at its first.
  ``length_m`` sums the step lengths along it (rook = cell_size, diagonal = √2·cell_size, knight = √5·cell_size).
- Linked pairs: every pair of cores with a finite LCD ≤ ``max_cost``. With ``drop_indirect=True`` a pair whose
  least-cost path passes through a cell of a third core is dropped as well (Linkage Mapper's "drop corridors that
  intersect core areas"); such pairs are listed in ``CorridorResult.indirect``.
- Normalised least-cost corridor (Linkage Mapper's NLCC), mosaicked by minimum: corridor = min over linked pairs of
  CWD_a + CWD_b − LCD_ab. It is 0 on every least-cost path (values within 1e-9·LCD of 0, round-off from the
  different summation orders, are set to exactly 0) and NaN where no linked pair reaches (impassable cells, cells
  not connected to any linked pair, or no links at all). Truncating at a cutoff is left to the caller.

Speed (bench/bench_corridors.py, 2 vCPU): 4 million cells, 8 neighbours: grid_graph 1.5 s (30 million edges,
380 MB), one cost distance 3.2 s, corridors() with 10 cores (45 links) 32 s, peak memory about 1.1 GB; the time is
one scipy Dijkstra per core. Memory: the graph holds about 8 (or 16) float64 weights and int32 column indices per
cell (about 400 MB for 4 million cells and 8 neighbours), filled in chunks of rows without a COO intermediate; each
core keeps one float64 CWD raster (32 MB per core at 4 million cells).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

from . import progress
from .errors import MethodError

_ROOK = [(-1, 0), (0, -1), (0, 1), (1, 0)]
_DIAGONAL = [(-1, -1), (-1, 1), (1, -1), (1, 1)]
_KNIGHT = [(-2, -1), (-2, 1), (-1, -2), (-1, 2), (1, -2), (1, 2), (2, -1), (2, 1)]
_CHUNK_ENTRIES = 1 << 22  # graph entries built per chunk of rows
_ZERO_SNAP = 1e-9


def _moves(neighbours):
    if neighbours == 4:
        moves = _ROOK
    elif neighbours == 8:
        moves = _ROOK + _DIAGONAL
    elif neighbours == 16:
        moves = _ROOK + _DIAGONAL + _KNIGHT
    else:
        raise MethodError(f"the number of neighbours must be 4, 8 or 16, not {neighbours!r}")
    return moves


def _step(dr, dc):
    return float(np.sqrt(dr * dr + dc * dc))


def passable(cost, nodata=None):
    """Boolean raster: True where the cost is finite and > 0 and not nodata."""
    cost = np.asarray(cost, dtype=np.float64)
    ok = np.isfinite(cost) & (cost > 0)
    if nodata is not None and not np.isnan(nodata):
        ok &= cost != nodata
    return ok


def grid_graph(cost, cell_size, neighbours=8, nodata=None):
    """Sparse directed (symmetric) graph of cost steps between neighbouring cells.

    ``cost``: 2-D array (rows, cols); impassable cells (NaN, nodata, ±inf, ≤ 0) get no edges. ``cell_size``: the
    cell side in map units (> 0). Returns a canonical ``csr_matrix`` of shape (rows·cols, rows·cols), float64 weights
    and int32 indices, with edge a→b = (c_a + c_b)/2 × (1 | √2 | √5) × cell_size.
    """
    cost = _cost_array(cost)
    try:
        cell_size = float(cell_size)
    except (TypeError, ValueError):
        raise MethodError(f"the cell size of the resistance raster must be a number, not {cell_size!r}") from None
    if not (np.isfinite(cell_size) and cell_size > 0):
        raise MethodError(f"the cell size of the resistance raster must be a finite number greater than 0, not "
                          f"{cell_size:g}")
    rows, cols = cost.shape
    n = rows * cols
    if n >= np.iinfo(np.int32).max // 2:
        raise MethodError(f"the resistance raster is too large ({rows} × {cols} cells): clip it to the study area or "
                          "resample it to larger cells")
    moves = _moves(neighbours)
    ok = passable(cost, nodata)
    if not ok.any():
        raise MethodError("the resistance raster has no passable cell: every cell is no data, NaN, infinite, 0 or "
                          "negative. Give the cells a cost greater than 0")
    with np.errstate(over="ignore"):
        largest = float(np.max(cost[ok])) * cell_size * 3.0 * max(n, 1)  # a path has fewer than n steps
    if not np.isfinite(largest):
        raise MethodError("the costs of the resistance raster are too large to add up along a path: rescale the "
                          "raster (e.g. divide it by 1000)")
    # columns ascend with the offset dr·cols + dc, so this order gives sorted indices per row
    moves = sorted(moves, key=lambda m: m[0] * cols + m[1])
    pad = 2
    padded = np.full((rows + 2 * pad, cols + 2 * pad), np.nan)
    padded[pad:pad + rows, pad:pad + cols] = np.where(ok, cost, np.nan)
    centre = padded[pad:pad + rows, pad:pad + cols]

    def neighbour(r0, r1, dr, dc):
        return padded[pad + r0 + dr:pad + r1 + dr, pad + dc:pad + dc + cols]

    counts = np.zeros((rows, cols), dtype=np.int32)
    for dr, dc in moves:
        counts += np.isfinite(neighbour(0, rows, dr, dc)) & np.isfinite(centre)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts.ravel(), out=indptr[1:])
    nnz = int(indptr[-1])
    if nnz >= np.iinfo(np.int32).max:
        raise MethodError(f"the resistance raster is too large ({rows} × {cols} cells): clip it to the study area or "
                          "resample it to larger cells")
    indptr = indptr.astype(np.int32)
    data = np.empty(nnz, dtype=np.float64)
    indices = np.empty(nnz, dtype=np.int32)

    k = len(moves)
    factors = np.array([0.5 * _step(dr, dc) * cell_size for dr, dc in moves])
    offsets = np.array([dr * cols + dc for dr, dc in moves], dtype=np.int64)
    chunk = max(1, _CHUNK_ENTRIES // max(1, k * cols))
    for r0 in range(0, rows, chunk):
        r1 = min(rows, r0 + chunk)
        m = (r1 - r0) * cols
        here = centre[r0:r1].reshape(m)
        weights = np.empty((m, k))
        for j, (dr, dc) in enumerate(moves):
            weights[:, j] = (here + neighbour(r0, r1, dr, dc).reshape(m)) * factors[j]
        mask = np.isfinite(weights)
        lo, hi = indptr[r0 * cols], indptr[r1 * cols]
        data[lo:hi] = weights[mask]
        nodes = np.arange(r0 * cols, r1 * cols, dtype=np.int64)
        indices[lo:hi] = (nodes[:, None] + offsets[None, :])[mask]
    graph = sp.csr_matrix((data, indices, indptr), shape=(n, n))
    graph.has_sorted_indices = True
    return graph


def _cost_array(cost):
    try:
        cost = np.asarray(cost, dtype=np.float64)
    except (TypeError, ValueError):
        raise MethodError("the resistance raster must hold numbers (costs)") from None
    if cost.ndim != 2:
        raise MethodError(f"the resistance raster must be a grid of rows and columns, not an array of {cost.ndim} "
                          "dimension(s)")
    return cost


def _source_nodes(sources, n):
    src = np.asarray(sources)
    if src.dtype == bool:
        if src.size != n:
            raise MethodError(f"the source mask must have one value per cell ({n}), not {src.size}")
        return np.flatnonzero(src.ravel())
    src = src.ravel().astype(np.int64)
    if src.size and (src.min() < 0 or src.max() >= n):
        raise MethodError(f"a source cell lies outside the raster: cell numbers run from 0 to {n - 1}")
    return np.unique(src)


def cost_distance(graph, sources, limit=np.inf, return_predecessors=False):
    """Cumulative cost from a set of source nodes (multi-source Dijkstra): shape (n,), 0 on the sources, inf where
    unreachable or beyond ``limit``.

    ``sources``: node indices (row·cols + col) or a boolean mask with one value per node. No sources → all inf.
    With ``return_predecessors`` also the predecessor of each node on its least-cost path (−9999 at the sources and
    unreached nodes).
    """
    n = graph.shape[0]
    src = _source_nodes(sources, n)
    if src.size == 0:
        dist = np.full(n, np.inf)
        return (dist, np.full(n, -9999, dtype=np.int32)) if return_predecessors else dist
    out = dijkstra(graph, directed=True, indices=src, limit=limit, min_only=True,
                   return_predecessors=return_predecessors)
    if return_predecessors:
        dist, pred, _ = out
        return dist, pred
    return out


@dataclass
class CorridorResult:
    """``cwd``: core label → cumulative cost raster (rows, cols) from all of that core's passable cells.
    ``links``: one dict per linked pair (from_core < to_core): ``from_core``, ``to_core``, ``cost`` (LCD),
    ``path`` (list of (row, col) from a cell of from_core to a cell of to_core), ``length_m``.
    ``corridor``: the normalised least-cost corridor raster (NaN where no linked pair reaches).
    ``n_cores``: number of distinct non-zero labels. ``indirect``: pairs (from_core, to_core) with LCD ≤ max_cost
    dropped because their path crosses a third core (only with drop_indirect=True)."""

    cwd: dict
    links: list
    corridor: np.ndarray
    n_cores: int
    indirect: list = field(default_factory=list)


def _path(pred, target, cols):
    nodes = [int(target)]
    while True:
        p = int(pred[nodes[-1]])
        if p < 0:
            break
        nodes.append(p)
    nodes.reverse()
    return [divmod(v, cols) for v in nodes]


def _length(path, cell_size):
    if len(path) < 2:
        return 0.0
    p = np.asarray(path, dtype=np.float64)
    d = np.diff(p, axis=0)
    return float(np.sum(np.sqrt(d[:, 0] ** 2 + d[:, 1] ** 2)) * cell_size)


def corridors(cost, cell_size, cores, max_cost=np.inf, neighbours=8, nodata=None, feedback=None,
              drop_indirect=False):
    """Cost distances from each core, least-cost links between cores and the normalised corridor raster.

    ``cost``: resistance raster (rows, cols); ``cores``: integer labels of the same shape, 0 = no core. Pairs with
    LCD ≤ ``max_cost`` are linked (see the module docstring). ``feedback``: duck-typed QgsFeedback or None; raises
    ``progress.Cancelled`` when cancelled. Returns a ``CorridorResult``.
    """
    cost = _cost_array(cost)
    cores = np.asarray(cores)
    if cores.shape != cost.shape:
        raise MethodError(f"the core raster ({' × '.join(map(str, cores.shape))} cells) and the resistance raster "
                          f"({' × '.join(map(str, cost.shape))} cells) must have the same rows and columns")
    if cores.dtype.kind not in "iub":
        try:
            whole = np.all(np.isfinite(cores)) and np.all(cores == np.round(cores))
        except TypeError:
            whole = False
        if not whole:
            raise MethodError("the core raster must hold whole-number core labels (0 = no core)")
        cores = cores.astype(np.int64)
    if max_cost is None:
        max_cost = np.inf
    try:
        max_cost = float(max_cost)
    except (TypeError, ValueError):
        raise MethodError(f"the largest linked cost must be a number, not {max_cost!r}") from None
    if np.isnan(max_cost) or max_cost < 0:
        raise MethodError(f"the largest linked cost must be 0 or more, not {max_cost:g}")
    rows, cols = cost.shape
    progress.report(feedback, 0.0)
    graph = grid_graph(cost, cell_size, neighbours, nodata)
    ok = passable(cost, nodata).ravel()
    flat = cores.ravel()
    inside = np.flatnonzero(flat != 0)
    order = inside[np.argsort(flat[inside], kind="stable")]
    values, starts = np.unique(flat[order], return_index=True)
    labels = [int(v) for v in values]
    cells = {}
    for lab, group in zip(labels, np.split(order, starts[1:])):
        cells[lab] = group[ok[group]]  # ascending node order (stable sort)
    core_cell = flat != 0
    n_steps = len(labels) + 1
    progress.report(feedback, 0.5 / n_steps)

    cwd, links, indirect = {}, [], []
    for i, a in enumerate(labels):
        dist, pred = cost_distance(graph, cells[a], return_predecessors=True)
        cwd[a] = dist.reshape(rows, cols)
        for b in labels[i + 1:]:
            if cells[a].size == 0 or cells[b].size == 0:
                continue
            vals = dist[cells[b]]
            j = int(np.argmin(vals))
            lcd = float(vals[j])
            if not (np.isfinite(lcd) and lcd <= max_cost):
                continue
            path = _path(pred, cells[b][j], cols)
            if drop_indirect:
                inner = np.array([r * cols + c for r, c in path[1:-1]], dtype=np.int64)
                if inner.size and np.any(core_cell[inner] & (flat[inner] != a) & (flat[inner] != b)):
                    indirect.append((a, b))
                    continue
            links.append({"from_core": a, "to_core": b, "cost": lcd, "path": path,
                          "length_m": _length(path, cell_size)})
        progress.report(feedback, (i + 1) / n_steps)

    corridor = np.full((rows, cols), np.inf)
    for k, link in enumerate(links):
        lcd = link["cost"]
        value = cwd[link["from_core"]] + cwd[link["to_core"]] - lcd
        value[np.abs(value) <= _ZERO_SNAP * max(lcd, 1.0)] = 0.0
        np.minimum(corridor, value, out=corridor)
        if k % 16 == 15:
            progress.report(feedback, (len(labels) + (k + 1) / len(links)) / n_steps)
    np.maximum(corridor, 0.0, out=corridor)
    corridor[~np.isfinite(corridor)] = np.nan
    progress.report(feedback, 1.0)
    return CorridorResult(cwd=cwd, links=links, corridor=corridor, n_cores=len(labels), indirect=indirect)
