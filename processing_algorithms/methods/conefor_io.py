"""Conefor's text formats (pure Python): node files "id attribute" and connection files "id1 id2 distance".

Whitespace- or tab-separated, one record a line; blank lines and lines starting with '#' are skipped. Errors are
MethodError (a ValueError) with the file name and line number, so users migrating from Conefor see exactly what to
fix.
"""

from pathlib import Path

import numpy as np

from .errors import MethodError


def _records(path, columns):
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="latin-1")
    except OSError as error:
        raise MethodError(f"{path}: cannot be read ({error})") from None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        parts = stripped.split()  # spaces or tabs, as Conefor
        if len(parts) < columns:
            raise MethodError(f"{path.name}, line {number}: expected {columns} columns, found {len(parts)}: {line!r}")
        yield number, parts[:columns]


def _number(text, path, number, what):
    try:
        value = float(text)
    except ValueError:
        raise MethodError(f"{Path(path).name}, line {number}: the {what} {text!r} is not a number") from None
    if not np.isfinite(value):
        raise MethodError(f"{Path(path).name}, line {number}: the {what} {text!r} is not a finite number")
    return value


def _node_id(text):
    """'1', '1.0' -> '1' (Conefor writes integer ids); other text as is."""
    try:
        number = float(text)
        if number.is_integer():
            return str(int(number))
    except ValueError:
        pass
    return text


def read_nodes(path):
    """-> (ids as text, attributes as float array). Duplicated ids and negative attributes are errors."""
    ids, attributes, seen = [], [], {}
    for number, (node, attribute) in _records(path, 2):
        node = _node_id(node)
        if node in seen:
            raise MethodError(f"{Path(path).name}, line {number}: node {node} occurs again (first on line "
                              f"{seen[node]})")
        value = _number(attribute, path, number, "attribute")
        if value < 0:
            raise MethodError(f"{Path(path).name}, line {number}: node {node} has a negative attribute {value:g}")
        seen[node] = number
        ids.append(node)
        attributes.append(value)
    if not ids:
        raise MethodError(f"{Path(path).name}: no nodes")
    return ids, np.asarray(attributes, dtype=float)


def read_connections(path, ids):
    """-> (from index, to index, distance) arrays over unordered pairs of the given node ids.

    A pair listed twice must have the same distance (else an error); self-pairs are skipped and counted;
    unknown ids and negative distances are errors. Returns also the number of skipped self-pairs.
    """
    index = {node: k for k, node in enumerate(ids)}
    pairs = {}
    self_pairs = 0
    for number, (a, b, distance) in _records(path, 3):
        a, b = _node_id(a), _node_id(b)
        for node in (a, b):
            if node not in index:
                raise MethodError(f"{Path(path).name}, line {number}: node {node} is not in the node file")
        value = _number(distance, path, number, "distance")
        if value < 0:
            raise MethodError(f"{Path(path).name}, line {number}: negative distance {value:g} between {a} and {b}")
        if a == b:
            self_pairs += 1
            continue
        key = (min(index[a], index[b]), max(index[a], index[b]))
        if key in pairs and pairs[key][0] != value:
            raise MethodError(f"{Path(path).name}, line {number}: the pair {a}-{b} occurs again with another distance "
                             f"({pairs[key][0]:g} on line {pairs[key][1]}, now {value:g})")
        pairs[key] = (value, number)
    keys = sorted(pairs)
    start = np.array([k[0] for k in keys], dtype=np.int64)
    end = np.array([k[1] for k in keys], dtype=np.int64)
    distance = np.array([pairs[k][0] for k in keys], dtype=float)
    return start, end, distance, self_pairs
