"""Origin–destination (commuting) tables: robust ids, counts and a sparse residence × workplace matrix.

Pure Python/numpy/scipy, no qgis. Users bring SCB/SSB exports: codes with leading zeros (`0114`), sometimes a code
and a name in one field (`0114 Upplands Väsby`), counts as text with Swedish/Norwegian formatting, a total row and
duplicated OD rows. Messages are English; the Processing adapter wraps them.

Number format (decided here, see `parse_count`):
- spaces are thousands separators: ordinary space, no-break space U+00A0, narrow no-break space U+202F, thin space
  U+2009 and the apostrophe (``1 234``, ``1'234``);
- one comma or one dot is a DECIMAL separator (``12,5`` and ``12.5`` are 12.5; ``1.234`` is 1.234, NOT 1234: SCB and
  SSB group thousands with spaces, never with dots);
- a separator that occurs more than once is a thousands separator, and then the groups must have three digits
  (``1.234.567`` and ``1,234,567`` are 1234567);
- when both occur (``1.234,5`` or ``1,234.5``) the last one is the decimal separator and the other groups thousands.
Negative, non-finite, empty and non-numeric values are errors (SCB's ``..`` "missing" included): the table must be
fixed by the user rather than silently read as zero.
"""

import csv
import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import scipy.sparse as sp

from .errors import MethodError, MethodNote

TOTAL_LABELS = ("totalt", "total", "samtliga", "riket", "summa", "sum", "alla", "hela riket", "i alt", "all")

_SPACES = " \u00a0\u202f\u2009\u2007'\u2019"
_DIGITS = re.compile(r"^\d+$")
_FLOAT_INT = re.compile(r"^(\d+)\.0+$")
_CODE_AND_NAME = re.compile(r"^(\d+)\s+\S")


class ODError(MethodError):
    """The OD table cannot be used as it is; the message names the row and the offending text."""


# ---------------------------------------------------------------------------------------------------------------- ids


def normalise_id(value) -> str:
    """A zone or OD id as text: whitespace stripped, integral floats without ``.0`` (114.0 → "114"), text kept.

    Leading zeros are kept ("0114" stays "0114"); `id_matcher` deals with them. None becomes "".
    """
    if value is None:
        return ""
    if isinstance(value, (bool, np.bool_)):
        return str(value)
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        if math.isfinite(value) and float(value).is_integer():
            return str(int(value))
        return repr(float(value))
    text = str(value).strip().strip("\ufeff").strip()
    m = _FLOAT_INT.match(text)
    if m:
        return m.group(1)
    return text


def _zero_key(text: str) -> Optional[str]:
    """The id with leading zeros removed, for all-digit ids only; None otherwise."""
    if _DIGITS.match(text):
        return text.lstrip("0") or "0"
    return None


def _leading_code(text: str) -> Optional[str]:
    """'0114 Upplands Väsby' → '0114' (SCB's code-and-name labels); None when the text is not of that form."""
    m = _CODE_AND_NAME.match(text)
    return m.group(1) if m else None


class IdMatcher:
    """Maps OD ids to indices into `zone_ids`.

    Order of attempts for an OD id (after `normalise_id`):
    1. exact text match;
    2. match ignoring leading zeros, all-digit ids only (OD "114" ↔ zone "0114", OD "0301" ↔ zone 301);
    3. the leading code of a "code name" label (OD "0114 Upplands Väsby" ↔ zone "0114" or "114"), again exact first,
       then ignoring leading zeros.
    Never ambiguous: if two zone ids collapse to the same key without leading zeros (e.g. zones "0114" and "114"),
    that key is only matched exactly and the collision is listed in `ambiguous` and `notes`.
    Duplicate zone ids raise ODError.

    Call it (``matcher(od_id)``) to get the zone index or None.
    """

    def __init__(self, zone_ids: Sequence):
        self.zone_ids: List[str] = [normalise_id(z) for z in zone_ids]
        self.exact: Dict[str, int] = {}
        for i, z in enumerate(self.zone_ids):
            if z == "":
                raise ODError("zone {zone} has an empty id", zone=str(i + 1))
            if z in self.exact:
                raise ODError("zone id '{id}' occurs more than once among the zones", id=z)
            self.exact[z] = i
        groups: Dict[str, List[int]] = {}
        for i, z in enumerate(self.zone_ids):
            key = _zero_key(z)
            if key is not None:
                groups.setdefault(key, []).append(i)
        self.zero: Dict[str, int] = {key: idx[0] for key, idx in groups.items() if len(idx) == 1}
        collided = {key: [self.zone_ids[i] for i in idx] for key, idx in groups.items() if len(idx) > 1}
        self.ambiguous: Dict[str, List[str]] = collided
        self.notes: List[str] = [
            MethodNote("zone ids {ids} differ only by leading zeros; they are matched exactly only",
                       ids=", ".join(repr(z) for z in ids))
            for ids in collided.values()
        ]
        self._cache: Dict[str, Optional[int]] = {}

    def _lookup(self, text: str) -> Optional[int]:
        if text in self.exact:
            return self.exact[text]
        key = _zero_key(text)
        if key is not None and key in self.zero:
            return self.zero[key]
        return None

    def __call__(self, od_id) -> Optional[int]:
        text = normalise_id(od_id)
        if text in self._cache:
            return self._cache[text]
        index = self._lookup(text)
        if index is None:
            code = _leading_code(text)
            if code is not None:
                index = self._lookup(code)
        self._cache[text] = index
        return index

    match = __call__


def id_matcher(zone_ids: Sequence) -> IdMatcher:
    """An `IdMatcher` for these zones (see its docstring for the rules)."""
    return IdMatcher(zone_ids)


def is_total_label(value, total_labels: Sequence[str] = TOTAL_LABELS) -> bool:
    """True for 'Totalt', 'Samtliga', 'Riket', '00 Riket', 'Total' … (case-insensitive)."""
    text = normalise_id(value).lower()
    if not text:
        return False
    labels = {t.lower() for t in total_labels}
    if text in labels:
        return True
    code = _leading_code(text)
    if code is not None and text[len(code) :].strip() in labels:
        return True
    return False


# ------------------------------------------------------------------------------------------------------------- counts


def parse_count(value) -> float:
    """A non-negative count as float; ValueError naming the offending text otherwise.

    Accepts int/float and text such as "1234", "1 234", "1\\u00a0234", "1\\u202f234", "12,5" (decimal comma),
    "1.234,5"; see the module docstring for the exact rules. Negative values raise ValueError('negative …').
    """
    if isinstance(value, (bool, np.bool_)):
        raise ValueError(MethodNote("not a number: {value}", value=repr(value)))
    if isinstance(value, (int, np.integer, float, np.floating)):
        number = float(value)
        original = repr(value)
    else:
        original = "" if value is None else str(value)
        number = _parse_text(original)
    if not math.isfinite(number):
        raise ValueError(MethodNote("not a finite number: {value}", value=repr(original)))
    if number < 0:
        raise ValueError(MethodNote("negative count: {value}", value=repr(original)))
    return number + 0.0  # -0.0 → 0.0


def _parse_text(original: str) -> float:
    text = original.strip()
    for ch in _SPACES:
        text = text.replace(ch, "")
    text = text.replace("\u2212", "-")  # Unicode minus
    if not text:
        raise ValueError(MethodNote("empty value: {value}", value=repr(original)))
    sign = ""
    if text[0] in "+-":
        sign, text = text[0], text[1:]
    if not re.fullmatch(r"[\d.,]+", text) or not re.search(r"\d", text):
        raise ValueError(MethodNote("not a number: {value}", value=repr(original)))
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if decimal == "," else ","
        if text.count(decimal) > 1:
            raise ValueError(MethodNote("not a number: {value}", value=repr(original)))
        whole, frac = text.split(decimal)
        whole = _ungroup(whole, group, original)
        text = whole + "." + frac
    elif commas > 1 or dots > 1:
        sep = "," if commas else "."
        text = _ungroup(text, sep, original)
    elif commas == 1:
        text = text.replace(",", ".")
    if text.startswith(".") or text.endswith("."):
        raise ValueError(MethodNote("not a number: {value}", value=repr(original)))
    try:
        return float(sign + text)
    except ValueError:
        raise ValueError(MethodNote("not a number: {value}", value=repr(original)))


def _ungroup(text: str, sep: str, original: str) -> str:
    parts = text.split(sep)
    if not parts[0] or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:]):
        raise ValueError(MethodNote("not a number (bad digit grouping): {value}", value=repr(original)))
    return "".join(parts)


# ------------------------------------------------------------------------------------------------------------- matrix


@dataclass
class ODMatrix:
    """A residence × workplace matrix and what happened while building it.

    - `matrix`: scipy.sparse.csr_matrix n × n (float), rows = residence zones, columns = workplace zones, in the
      order of `zone_ids`; the diagonal (people working in their home zone) is kept.
    - `unmatched`: OD id → (number of rows, sum of their values) for ids not among the zones (the rows are dropped;
      a row with both ids unknown is listed under both).
    - `unmatched_total`: sum of the values of dropped rows (each row once).
    - `n_rows`: rows read (total rows included); `n_used`: rows that went into the matrix.
    - `n_duplicates`: OD pairs that occurred more than once (their values were summed).
    - `total_rows_dropped`: rows whose origin or destination is a total label ("Totalt", "Riket", …).
    - `zones_without_flows`: zone ids with no flow at all (row and column both empty).
    - `bad_values`: (row number, text) of rows skipped for a bad value; only with ``on_bad="skip"`` (by default a bad
      value raises ODError, so the list is empty).
    - `notes`: English messages for the user (matcher collisions, the above when non-zero).
    """

    matrix: sp.csr_matrix
    zone_ids: List[str]
    unmatched: Dict[str, Tuple[int, float]] = field(default_factory=dict)
    unmatched_total: float = 0.0
    n_rows: int = 0
    n_used: int = 0
    n_duplicates: int = 0
    total_rows_dropped: int = 0
    zones_without_flows: List[str] = field(default_factory=list)
    bad_values: List[Tuple[int, str]] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)

    @property
    def residents(self) -> np.ndarray:
        """Row totals (employed residents, diagonal included)."""
        return np.asarray(self.matrix.sum(axis=1)).ravel()

    @property
    def jobs(self) -> np.ndarray:
        """Column totals (jobs, diagonal included)."""
        return np.asarray(self.matrix.sum(axis=0)).ravel()


def build_matrix(
    origins: Sequence,
    destinations: Sequence,
    values: Sequence,
    zone_ids: Sequence,
    total_labels: Sequence[str] = TOTAL_LABELS,
    first_row_number: int = 1,
    on_bad: str = "raise",
) -> ODMatrix:
    """Build the sparse OD matrix from three parallel columns.

    Rows whose origin or destination is a total label are dropped (counted in `total_rows_dropped`); ids are matched
    with `id_matcher`; duplicated OD pairs are summed. A bad value (non-numeric, negative, empty) raises ODError naming
    the row (`first_row_number` is the number of the first data row, e.g. 2 for a CSV with a header) and the text;
    with ``on_bad="skip"`` such rows are left out and listed in `bad_values` instead.
    An empty table, or one where no row matches the zones, raises ODError.
    """
    origins, destinations, values = list(origins), list(destinations), list(values)
    if not (len(origins) == len(destinations) == len(values)):
        raise ODError("origins, destinations and values differ in length")
    if not origins:
        raise ODError("empty OD table")
    matcher = IdMatcher(zone_ids)
    n = len(matcher.zone_ids)
    rows: List[int] = []
    cols: List[int] = []
    vals: List[float] = []
    unmatched_rows: Dict[str, int] = {}
    unmatched_sums: Dict[str, float] = {}
    unmatched_total = 0.0
    totals = 0
    bad_values: List[Tuple[int, str]] = []
    if on_bad not in ("raise", "skip"):
        raise ValueError("on_bad must be 'raise' or 'skip'")
    for k, (o, d, v) in enumerate(zip(origins, destinations, values)):
        if is_total_label(o, total_labels) or is_total_label(d, total_labels):
            totals += 1
            continue
        try:
            x = parse_count(v)
        except ValueError as exc:
            if on_bad != "skip":
                raise ODError("row {row}: {problem}", row=str(k + first_row_number), problem=exc.args[0]) from None
            bad_values.append((k + first_row_number, "" if v is None else str(v)))
            continue
        i, j = matcher(o), matcher(d)
        if i is None or j is None:
            for ident, idx in ((o, i), (d, j)):
                if idx is None:
                    key = normalise_id(ident)
                    unmatched_rows[key] = unmatched_rows.get(key, 0) + 1
                    unmatched_sums[key] = unmatched_sums.get(key, 0.0) + x
            unmatched_total += x
            continue
        rows.append(i)
        cols.append(j)
        vals.append(x)
    if not rows:
        if totals == len(origins):
            raise ODError("empty OD table: only total rows")
        raise ODError("no OD row matches the zones (compare the id columns with the zone ids)")
    with np.errstate(over="ignore"):
        total = float(np.sum(np.asarray(vals, dtype=float)))
    if not math.isfinite(total):
        raise ODError("the counts are too large to add up (their total is not a finite number): check that the "
                      "value field holds numbers of commuters")
    r = np.asarray(rows, dtype=np.int64)
    c = np.asarray(cols, dtype=np.int64)
    pair = r * n + c
    _, counts = np.unique(pair, return_counts=True)
    n_duplicates = int(np.count_nonzero(counts > 1))
    m = sp.coo_matrix((np.asarray(vals, dtype=float), (r, c)), shape=(n, n)).tocsr()
    m.sum_duplicates()
    m.eliminate_zeros()
    m.sort_indices()
    nz_rows = np.diff(m.indptr) > 0
    nz_cols = np.bincount(m.indices, minlength=n) > 0
    without = [matcher.zone_ids[i] for i in np.flatnonzero(~(nz_rows | nz_cols))]
    unmatched = {key: (unmatched_rows[key], unmatched_sums[key]) for key in sorted(unmatched_rows)}
    notes = list(matcher.notes)
    if totals:
        notes.append(MethodNote("{n} total row(s) dropped", n=totals))
    if n_duplicates:
        notes.append(MethodNote("{n} OD pair(s) occurred more than once; their values were summed", n=n_duplicates))
    if unmatched:
        shown = ", ".join(list(unmatched)[:10]) + (" …" if len(unmatched) > 10 else "")
        notes.append(MethodNote("{n} OD id(s) are not among the zones ({ids}); {rows} row(s) with {total} in total "
                                "were left out", n=len(unmatched), ids=shown, rows=sum(unmatched_rows.values()),
                                total=unmatched_total))
    if bad_values:
        shown = ", ".join(f"row {r}: {t!r}" for r, t in bad_values[:5]) + (" …" if len(bad_values) > 5 else "")
        notes.append(MethodNote("{n} row(s) with a bad value were left out ({rows})", n=len(bad_values), rows=shown))
    if without:
        shown = ", ".join(without[:10]) + (" …" if len(without) > 10 else "")
        notes.append(MethodNote("{n} zone(s) have no flows at all: {zones}", n=len(without), zones=shown))
    return ODMatrix(
        matrix=m,
        zone_ids=list(matcher.zone_ids),
        unmatched=unmatched,
        unmatched_total=unmatched_total,
        n_rows=len(origins),
        n_used=len(rows),
        n_duplicates=n_duplicates,
        total_rows_dropped=totals,
        zones_without_flows=without,
        bad_values=bad_values,
        notes=notes,
    )


def _zone_name(k: int, ids: Optional[Sequence]) -> str:
    if ids is not None and 0 <= k < len(ids):
        return f"'{ids[k]}'"
    return f"number {k + 1}"


def flow_matrix(flows, ids: Optional[Sequence] = None) -> sp.csr_matrix:
    """A residence × workplace matrix (dense or scipy.sparse) as a csr_matrix of floats, duplicates summed.

    Refuses, with MethodError in a planner's words, what no method can work with: a table that is not square (one row
    and one column per zone), a count that is not a finite number, a negative count, and counts whose total is not a
    finite number. ``ids`` (one per zone) name the zones in the messages.
    """
    try:
        if sp.issparse(flows):
            m = sp.csr_matrix(flows, dtype=float)
        else:
            dense = np.asarray(flows, dtype=float)
            if dense.ndim != 2:
                raise MethodError("the flow matrix must have one row and one column per zone, but it has "
                                  "{n} dimension(s)", n=dense.ndim)
            m = sp.csr_matrix(dense)
    except (TypeError, ValueError) as error:
        if isinstance(error, MethodError):
            raise
        raise MethodError("the flow matrix holds values that are not numbers: the counts must be numbers of "
                          "commuters") from None
    if m.shape[0] != m.shape[1]:
        raise MethodError("the flow matrix must have one row and one column per zone (square), but it is "
                          "{rows} × {columns}", rows=m.shape[0], columns=m.shape[1])
    m.sum_duplicates()
    if m.nnz:
        bad = ~np.isfinite(m.data)
        if bad.any():
            row, col = _cell(m, int(np.flatnonzero(bad)[0]))
            raise MethodError("the flow from zone {origin} to zone {destination} is not a finite number ({value}): "
                              "every count must be a number of commuters", origin=_zone_name(row, ids),
                              destination=_zone_name(col, ids), value=str(m.data[bad][0]))
        negative = m.data < 0
        if negative.any():
            row, col = _cell(m, int(np.flatnonzero(negative)[0]))
            raise MethodError("the flow from zone {origin} to zone {destination} is negative ({value}): commuter "
                              "counts must be 0 or more", origin=_zone_name(row, ids),
                              destination=_zone_name(col, ids), value=float(m.data[negative][0]))
        with np.errstate(over="ignore"):
            total = float(m.data.sum())
        if not math.isfinite(total):
            raise MethodError("the flow counts are too large to add up (their total is not a finite number): check "
                              "that the counts are numbers of commuters")
    return m


def _cell(m: sp.csr_matrix, position: int) -> Tuple[int, int]:
    """(row, column) of the ``position``-th stored entry of a csr_matrix."""
    row = int(np.searchsorted(m.indptr, position, side="right") - 1)
    return row, int(m.indices[position])


def require_flows_between_zones(m: sp.csr_matrix, method: str) -> None:
    """Refuse a flow matrix without any commuting between two different zones: no region can be delineated from it."""
    if m.shape[0] == 0:
        raise MethodError("{method} needs at least one zone, and the flow matrix has none", method=method)
    if not m.nnz or not (m.data > 0).any():
        raise MethodError("the flow table holds no commuters (every count is 0): {method} needs commuting between "
                          "zones", method=method)
    coo = m.tocoo()
    if not ((coo.row != coo.col) & (coo.data > 0)).any():
        raise MethodError("the flow table has no commuting between different zones: every commuter lives and works "
                          "in the same zone. {method} needs flows between zones; check that the residence and "
                          "workplace fields are two different columns", method=method)


def zone_ids_from_od(origins: Sequence, destinations: Sequence, total_labels: Sequence[str] = TOTAL_LABELS):
    """All distinct ids in the OD columns (total labels left out), sorted: zones for a table without a layer."""
    ids = {normalise_id(x) for x in list(origins) + list(destinations)}
    return sorted(x for x in ids if x and not is_total_label(x, total_labels))


# ---------------------------------------------------------------------------------------------------------------- csv


def read_csv_table(path, delimiter: Optional[str] = None, encoding: Optional[str] = None):
    """Read a delimited text file → (header, rows), all cells as stripped text.

    The delimiter is sniffed among ``;`` ``,`` and tab (the one that splits the header into the most fields with
    the same count on the next lines; SCB exports use ``;``, sometimes tab); the encoding is utf-8-sig, then
    cp1252, then latin-1 (which always decodes). Empty lines are skipped. For notebooks and tests.
    """
    with open(path, "rb") as handle:
        raw = handle.read()
    if encoding is None:
        for candidate in ("utf-8-sig", "cp1252", "latin-1"):
            try:
                text = raw.decode(candidate)
                break
            except UnicodeDecodeError:
                continue
    else:
        text = raw.decode(encoding)
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise ODError("{path}: empty file", path=str(path))
    if delimiter is None:
        delimiter = _sniff(lines[:20])
    reader = csv.reader(lines, delimiter=delimiter)
    table = [[cell.strip() for cell in row] for row in reader]
    return table[0], table[1:]


def _sniff(lines: List[str]) -> str:
    best, best_score = ",", (-1, -1)
    for d in (";", "\t", ","):
        counts = [len(row) for row in csv.reader(lines, delimiter=d)]
        if counts[0] < 2:
            continue
        consistent = sum(1 for c in counts if c == counts[0])
        score = (consistent, counts[0])
        if score > best_score:
            best, best_score = d, score
    return best
