"""Border zones (issue 6): the array maths of strukturbild:borderzones, in pure numpy. No qgis import.

The geometry (border lines, buffers, clipping, dissolving) stays in the Processing adapter, which uses QGIS/GEOS;
what is here is the part that is plain numbers:

- ``parse_bands(text) -> (k,) float``: the band upper bounds from "10,25" (km or minutes), ascending.
- ``band_intervals(uppers) -> [(lower, upper), …]``: consecutive rings 0–u1, u1–u2, …
- ``parse_selection(text) -> [id, …]``: region ids from "05, 06,08" in the order given, without repeats.
- ``sample_polyline(vertices, spacing) -> (n, 2)``: points every ``spacing`` metres along a polyline, both ends
  included (the travel-time sources along a border).
- ``apportion(values, overlap_area, feature_area) -> (n,)``: a polygon's value shared by area (the population of
  a grid cell or DeSO area that lies partly in a zone: value × overlap / area).
- ``zone_label(region_id, low, high, unit) -> str``: a zone's readable label, unique per region and band
  ("05 0–10 km", "05 15–30 min"): the ``zon`` field that other algorithms and models use as the zone's name.
"""

import numpy as np

from .errors import MethodError

MAX_BAND = 10_000.0
"""The largest band upper bound accepted (km or minutes): beyond any border zone, and what keeps buffers finite."""
MAX_SAMPLES = 10_000_000
"""The most sample points one border line may get (more is a spacing far too fine for the line's length)."""


class BandError(MethodError):
    """BANDS or SELECTION text that cannot be read; ``reason`` ("not_numbers", "empty", "not_positive" (also not
    finite), "too_large" (above MAX_BAND)) names the problem for a translated message."""

    def __init__(self, reason, text):
        super().__init__(f"{reason}: '{text}'")
        self.reason, self.text = reason, text


def list_items(text):
    """The non-empty, stripped items of comma (or semicolon) separated text, in order."""
    return [part.strip() for part in str(text or "").replace(";", ",").split(",") if part.strip()]


def parse_bands(text):
    """Upper bounds of the bands, ascending and distinct, from comma (or semicolon) separated numbers.

    Raises BandError("not_numbers" | "empty" | "not_positive") for text that is not such a list.
    """
    try:
        values = np.array([float(part) for part in list_items(text)], dtype=float)
    except ValueError:
        raise BandError("not_numbers", text)
    if not len(values):
        raise BandError("empty", text)
    if not (np.isfinite(values).all() and (values > 0).all()):
        raise BandError("not_positive", text)
    if (values > MAX_BAND).any():
        raise BandError("too_large", text)
    return np.unique(values)  # sorted, repeats dropped: "25,10,10" is the same two bands as "10,25"


def band_intervals(uppers):
    """Rings between consecutive bounds, starting at 0: [10, 25] → [(0, 10), (10, 25)]."""
    uppers = [float(u) for u in np.sort(np.asarray(uppers, dtype=float).reshape(-1))]
    return list(zip([0.0] + uppers[:-1], uppers))


def parse_selection(text):
    """Region ids from comma (or semicolon) separated text, stripped, in the order given, repeats dropped;
    empty text gives [] (meaning: all regions)."""
    return list(dict.fromkeys(list_items(text)))


def sample_polyline(vertices, spacing):
    """Points along a polyline (k, 2) at every ``spacing`` metres of its length from the first vertex, plus the last
    vertex, so that no point of the line is farther than spacing / 2 along it from a sample."""
    vertices = np.asarray(vertices, dtype=float).reshape(-1, 2)
    if not (spacing > 0 and np.isfinite(spacing)):
        raise MethodError(f"the spacing of the points along a border must be a finite number of metres greater than 0, "
                          f"not {spacing:g}")
    if len(vertices) == 0:
        return np.zeros((0, 2))
    if not np.isfinite(vertices).all():
        raise MethodError("a border line has a vertex without finite coordinates: repair the geometry of the regions")
    step = np.hypot(*np.diff(vertices, axis=0).T) if len(vertices) > 1 else np.zeros(0)
    along = np.concatenate([[0.0], np.cumsum(step)])
    total = along[-1]
    if total <= 0:
        return vertices[:1].copy()
    if total / spacing > MAX_SAMPLES:
        raise MethodError(f"a border line of {total:,.0f} m would get more than {MAX_SAMPLES:,} points at a spacing of "
                          f"{spacing:g} m: choose a larger spacing")
    at = np.arange(0.0, total, spacing)
    if total - at[-1] > 1e-9 * max(total, 1.0):
        at = np.append(at, total)
    x = np.interp(at, along, vertices[:, 0])
    y = np.interp(at, along, vertices[:, 1])
    return np.column_stack([x, y])


def apportion(values, overlap_area, feature_area):
    """Each polygon's value × the share of its area inside a zone; a polygon without area contributes 0."""
    values = np.asarray(values, dtype=float)
    overlap_area = np.asarray(overlap_area, dtype=float)
    feature_area = np.asarray(feature_area, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(feature_area > 0, np.clip(overlap_area / feature_area, 0.0, 1.0), 0.0)
    return values * share


def band_number(value):
    """A band bound as short text: 10.0 → "10", 2.5 → "2.5"; never rounded (two bands never get the same text)."""
    value = float(value)
    text = f"{value:.6g}"
    return text if float(text) == value else repr(value)


def zone_label(region_id, low, high, unit):
    """The label of a border zone: region id, band and unit ("05 0–10 km"); unique for each region and band."""
    return f"{region_id} {band_number(low)}–{band_number(high)} {unit}"
