"""Geometries for a web map: simplified per zoom band, rounded to a grid, and written compactly.

Pure numpy (no qgis). Coordinates are Web Mercator metres (EPSG:3857, what the page shows). Every geometry is
written once per *level of detail* (``LODS``): the page loads the coarsest with the page and the finer ones only
when the user zooms in, so that a county's municipalities do not load at full detail to be drawn at 1:2 000 000.

A level is (first zoom level it is used at, simplification tolerance in metres, grid in metres): the tolerance is
about half a screen pixel at the deepest zoom of its band and the grid a fraction of that, so that nothing visible
changes; coordinates become integers in grid units, and each part is written as its first point followed by the
differences to the previous point (small numbers, a few characters each).

Encoded forms (one JSON list per feature): points ``[x0, y0, dx1, dy1, ...]``; lines ``[[part], [part], ...]``
with each part in the same delta form; polygons ``[[[ring], [hole], ...], ...]``. ``None`` for a geometry that
vanishes at a level (smaller than its grid, so less than a pixel there): it is drawn from the levels that have it.
"""

import math

import numpy as np

from .errors import MethodError

#: Web Mercator metres per pixel at zoom 0 (256-pixel tiles).
RESOLUTION_Z0 = 2 * math.pi * 6378137.0 / 256.0


def resolution(zoom):
    return RESOLUTION_Z0 / (2.0 ** zoom)


#: (first zoom, tolerance m, grid m). Zoom < 9 (whole counties), 9–11 (municipalities), ≥ 12 (towns).
LODS = (
    (0, round(0.5 * resolution(8)), 25.0),
    (9, round(0.5 * resolution(11)), 5.0),
    (12, 1.0, 1.0),
)


def lod_for_zoom(zoom, lods=LODS):
    """Index of the level of detail used at a zoom level."""
    index = 0
    for k, (first, _tolerance, _grid) in enumerate(lods):
        if zoom >= first:
            index = k
    return index


def simplify(points, tolerance):
    """Douglas–Peucker simplification of an (n, 2) array; keeps the first and last point."""
    points = np.asarray(points, dtype=float)
    n = len(points)
    if n <= 2 or tolerance <= 0:
        return points
    keep = np.zeros(n, dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        first, last = stack.pop()
        if last <= first + 1:
            continue
        a, b = points[first], points[last]
        inner = points[first + 1:last]
        dx, dy = b[0] - a[0], b[1] - a[1]
        norm = math.hypot(dx, dy)
        if norm == 0.0:
            distances = np.hypot(inner[:, 0] - a[0], inner[:, 1] - a[1])
        else:
            distances = np.abs(dy * (inner[:, 0] - a[0]) - dx * (inner[:, 1] - a[1])) / norm
        k = int(np.argmax(distances))
        if distances[k] > tolerance:
            index = first + 1 + k
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return points[keep]


def quantise(points, grid):
    """Points rounded to the grid, as integer grid units, with repeated points dropped."""
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    if not np.all(np.isfinite(points)):
        raise MethodError("A geometry has a coordinate that is not a number (NaN or infinite) after reprojection "
                          "to Web Mercator; check the layer's coordinate reference system.")
    units = np.rint(points / grid).astype(np.int64)
    if len(units) > 1:
        moved = np.any(units[1:] != units[:-1], axis=1)
        units = np.concatenate([units[:1], units[1:][moved]])
    return units


def delta_encode(units):
    """[x0, y0, dx1, dy1, ...] of integer points."""
    if len(units) == 0:
        return []
    deltas = np.empty_like(units)
    deltas[0] = units[0]
    deltas[1:] = units[1:] - units[:-1]
    return deltas.reshape(-1).tolist()


def delta_decode(values):
    """The inverse of delta_encode: an (n, 2) integer array."""
    array = np.asarray(values, dtype=np.int64).reshape(-1, 2)
    return np.cumsum(array, axis=0)


def _ring_area(units):
    x, y = units[:, 0].astype(float), units[:, 1].astype(float)
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def encode_points(points, grid):
    units = np.rint(np.asarray(points, dtype=float).reshape(-1, 2) / grid).astype(np.int64)
    if not np.all(np.isfinite(np.asarray(points, dtype=float))):
        raise MethodError("A point has a coordinate that is not a number (NaN or infinite) after reprojection to "
                          "Web Mercator; check the layer's coordinate reference system.")
    return delta_encode(units) or None


def encode_lines(parts, tolerance, grid):
    encoded = []
    for part in parts:
        if len(part) < 2:
            continue
        units = quantise(simplify(part, tolerance), grid)
        if len(units) >= 2:
            encoded.append(delta_encode(units))
    return encoded or None


def encode_polygons(polygons, tolerance, grid):
    """polygons: [[exterior, hole, ...], ...], each ring an (n, 2) array (closed or not)."""
    encoded = []
    for rings in polygons:
        out = []
        for index, ring in enumerate(rings):
            ring = np.asarray(ring, dtype=float).reshape(-1, 2)
            if len(ring) > 1 and np.array_equal(ring[0], ring[-1]):
                ring = ring[:-1]
            if len(ring) < 3:
                if index == 0:
                    break
                continue
            # simplify the closed ring as a line from its first point back to it
            closed = np.vstack([ring, ring[:1]])
            units = quantise(simplify(closed, tolerance), grid)
            if len(units) > 1 and np.array_equal(units[0], units[-1]):
                units = units[:-1]
            if len(units) < 3 or _ring_area(units) == 0.0:
                if index == 0:
                    break  # the exterior vanished at this level: so does the polygon
                continue
            out.append(delta_encode(units))
        if out:
            encoded.append(out)
    return encoded or None


def encode(kind, parts, lod, lods=LODS):
    """A geometry (kind 'point', 'line' or 'polygon'; parts as for encode_points/_lines/_polygons) at a level of
    detail; None when nothing is left at that level."""
    _first, tolerance, grid = lods[lod]
    if kind == "point":
        return encode_points(parts, grid)
    if kind == "line":
        return encode_lines(parts, tolerance, grid)
    if kind == "polygon":
        return encode_polygons(parts, tolerance, grid)
    raise MethodError(f"Unknown geometry kind {kind!r} for the web map.")


def vertex_count(encoded):
    """Vertices in an encoded geometry (for sizes and tests)."""
    if encoded is None:
        return 0
    if encoded and isinstance(encoded[0], (int, float)):
        return len(encoded) // 2
    return sum(vertex_count(part) for part in encoded)
