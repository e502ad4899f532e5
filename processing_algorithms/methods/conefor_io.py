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
        raise MethodError("{file}: cannot be read ({reason})", file=str(path), reason=str(error)) from None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        parts = stripped.split()  # spaces or tabs, as Conefor
        if len(parts) < columns:
            raise MethodError("{file}, line {line}: expected {columns} columns, found {found}: {text}", file=path.name,
                              line=str(number), columns=columns, found=len(parts), text=repr(line))
        yield number, parts[:columns]


def _number(text, path, number, what):
    try:
        value = float(text)
    except ValueError:
        if what == "attribute":
            raise MethodError("{file}, line {line}: the attribute {text} is not a number", file=Path(path).name,
                              line=str(number), text=repr(text)) from None
        raise MethodError("{file}, line {line}: the distance {text} is not a number", file=Path(path).name,
                          line=str(number), text=repr(text)) from None
    if not np.isfinite(value):
        if what == "attribute":
            raise MethodError("{file}, line {line}: the attribute {text} is not a finite number", file=Path(path).name,
                              line=str(number), text=repr(text))
        raise MethodError("{file}, line {line}: the distance {text} is not a finite number", file=Path(path).name,
                          line=str(number), text=repr(text))
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
            raise MethodError("{file}, line {line}: node {node} occurs again (first on line {first})",
                              file=Path(path).name, line=str(number), node=node, first=str(seen[node]))
        value = _number(attribute, path, number, "attribute")
        if value < 0:
            raise MethodError("{file}, line {line}: node {node} has a negative attribute {value}",
                              file=Path(path).name, line=str(number), node=node, value=value)
        seen[node] = number
        ids.append(node)
        attributes.append(value)
    if not ids:
        raise MethodError("{file}: no nodes", file=Path(path).name)
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
                raise MethodError("{file}, line {line}: node {node} is not in the node file", file=Path(path).name,
                                  line=str(number), node=node)
        value = _number(distance, path, number, "distance")
        if value < 0:
            raise MethodError("{file}, line {line}: negative distance {value} between {a} and {b}",
                              file=Path(path).name, line=str(number), value=value, a=a, b=b)
        if a == b:
            self_pairs += 1
            continue
        key = (min(index[a], index[b]), max(index[a], index[b]))
        if key in pairs and pairs[key][0] != value:
            raise MethodError("{file}, line {line}: the pair {a}-{b} occurs again with another distance ({first} on "
                              "line {first_line}, now {value})", file=Path(path).name, line=str(number), a=a, b=b,
                              first=pairs[key][0], first_line=str(pairs[key][1]), value=value)
        pairs[key] = (value, number)
    keys = sorted(pairs)
    start = np.array([k[0] for k in keys], dtype=np.int64)
    end = np.array([k[1] for k in keys], dtype=np.int64)
    distance = np.array([pairs[k][0] for k in keys], dtype=float)
    return start, end, distance, self_pairs
