"""Flow lines from a commuting matrix, in pure numpy: which flows to draw, their shares, and curved line geometry.

The matrix F is residence (rows) × workplace (columns), diagonal included. R_i = Σ_j F_ij are zone i's employed
residents and W_j = Σ_i F_ij zone j's jobs, both with the diagonal. The diagonal itself is never drawn.

Modes (`flow_table`):
- 0 GROSS: every one-way flow F_ij, i ≠ j, as its own line (opposite directions are two lines; draw them with
  `curve` so they separate). share_of_origin = F_ij / R_i (share of i's employed residents who work in j),
  share_of_destination = F_ij / W_j (share of j's jobs held by residents of i).
- 1 NET: for each unordered pair, |F_ij − F_ji| drawn from the larger to the smaller direction (origin i when
  F_ij > F_ji); equal flows give no line. Shares relative to the direction drawn: net / R_origin and
  net / W_destination (both ≤ 1, since net ≤ F_origin,destination).
- 2 TWO_WAY: F_ij + F_ji once per unordered pair, origin = the lower index, destination = the higher.
  share_of_origin = (F_ij + F_ji) / (R_origin + W_origin) and likewise for the destination: the pair's exchange
  relative to all the zone's commuting relations (its residents plus its jobs); bounded by 1, because F_ij ≤ R_i and
  F_ji ≤ W_i.

Filters, in this order: zero values are dropped; `min_value` keeps value ≥ min_value; `top_n` > 0 keeps the top_n
largest lines per origin (ties: lowest destination index; for TWO_WAY the origin is the lower index of the pair).
Output order: origin ascending, value descending, destination ascending.
"""

import math
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from .errors import MethodError
from .od import flow_matrix

GROSS, NET, TWO_WAY = 0, 1, 2
MODES = {GROSS: "gross", NET: "net", TWO_WAY: "two-way"}


@dataclass
class FlowTable:
    """Parallel arrays, one element per line: zone indices `origin`, `destination` (int), `value`,
    `share_of_origin`, `share_of_destination` (float); `mode` as given."""

    origin: np.ndarray
    destination: np.ndarray
    value: np.ndarray
    share_of_origin: np.ndarray
    share_of_destination: np.ndarray
    mode: int

    def __len__(self):
        return len(self.value)


def flow_table(matrix, mode: int, min_value: float = 0, top_n: int = 0) -> FlowTable:
    """The lines to draw for `mode` (0 gross, 1 net, 2 two-way); see the module docstring."""
    if mode not in MODES:
        raise MethodError(f"the flow-line mode must be 0 (gross), 1 (net) or 2 (two-way), not {mode!r}")
    try:
        min_value = float(min_value)
        top_n_whole = float(top_n).is_integer()
    except (TypeError, ValueError, OverflowError):
        raise MethodError("the minimum value and the number of lines per origin must be numbers") from None
    if math.isnan(min_value):
        raise MethodError("the minimum value of a drawn flow must be a number")
    if not top_n_whole or top_n < 0:
        raise MethodError(f"the number of lines per origin must be a whole number, 0 or more, not {top_n!r}")
    top_n = int(top_n)
    m = flow_matrix(matrix)
    residents = np.asarray(m.sum(axis=1)).ravel()
    jobs = np.asarray(m.sum(axis=0)).ravel()

    if mode == GROSS:
        c = m.tocoo()
        keep = c.row != c.col
        origin, destination, value = c.row[keep], c.col[keep], c.data[keep]
    else:
        pair = (m - m.T) if mode == NET else (m + m.T)
        c = sp.triu(pair, k=1).tocoo()
        origin, destination, value = c.row, c.col, c.data
        if mode == NET:
            backwards = value < 0
            origin, destination = np.where(backwards, destination, origin), np.where(backwards, origin, destination)
            value = np.abs(value)
    origin = origin.astype(np.int64)
    destination = destination.astype(np.int64)
    keep = (value > 0) & (value >= min_value)
    origin, destination, value = origin[keep], destination[keep], value[keep]

    order = np.lexsort((destination, -value, origin))
    origin, destination, value = origin[order], destination[order], value[order]
    if top_n and top_n > 0 and len(origin):
        start = np.ones(len(origin), dtype=bool)
        start[1:] = origin[1:] != origin[:-1]
        group_start = np.maximum.accumulate(np.where(start, np.arange(len(origin)), 0))
        keep = (np.arange(len(origin)) - group_start) < top_n
        origin, destination, value = origin[keep], destination[keep], value[keep]

    if mode == TWO_WAY:
        share_o = value / (residents[origin] + jobs[origin])
        share_d = value / (residents[destination] + jobs[destination])
    else:
        share_o = value / residents[origin]
        share_d = value / jobs[destination]
    return FlowTable(origin, destination, value.astype(float), share_o, share_d, mode)


def curve(x0, y0, x1, y1, bend: float = 0.15, n: int = 24):
    """A quadratic Bézier from (x0, y0) to (x1, y1) → (xs, ys), n points including both ends.

    The control point is the chord's midpoint moved bend · L to the RIGHT of the direction of travel (L = chord
    length, y axis up as in projected CRSs), so the curve's furthest point lies bend · L / 2 from the chord, and the
    lines of two opposite flows bulge to opposite sides. bend = 0 gives a straight line; a negative bend bulges left.
    """
    if n < 2:
        raise ValueError("n must be at least 2")
    t = np.linspace(0.0, 1.0, int(n))
    dx, dy = x1 - x0, y1 - y0
    cx = (x0 + x1) / 2.0 + bend * dy
    cy = (y0 + y1) / 2.0 - bend * dx
    a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t**2
    return a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1
