"""strukturbild.api — Strukturbild's methods for notebooks and scripts, without QGIS.

Install the checkout with its notebook extra and import the API::

    pip install ".[notebook]"          # numpy, scipy, geopandas, shapely, pyproj, pandas
    from strukturbild import api

Five functions take GeoDataFrames (and a DataFrame for the OD table) and return GeoDataFrames with the same fields
as the Processing algorithms of the QGIS plugin, computed by the same methods (``processing_algorithms/methods``):

- ``functional_regions(zones, flows, ...)``: SCB LA, CURDS/TTWA or Intramax regions (strukturbild:functionalregions)
- ``flow_lines(zones, flows, ...)``: commuting flow lines (strukturbild:flowlines)
- ``habitat_network(patches, ...)``: PC, IIC, EC and every patch's dPC/dIIC (strukturbild:habitatnetwork)
- ``travel_time(network, origins, destinations, ...)``: nearest, opportunities (decayed, aggregated), gravity,
  2SFCA, the k nearest destinations, and with ``nodes=True`` the values at every junction (strukturbild:traveltime)
- ``border_zones(regions, region_id, ...)``: gränsbygd bands along land borders (strukturbild:borderzones)

Keyword names are the algorithms' parameter names in lower case, without ``_FIELD`` for a column (``ZONE_ID_FIELD``
is ``zone_id=``, ``SPEED_FIELD`` is ``speed=``). What the plugin writes to its log is here a ``warnings.warn``
(``StrukturbildWarning``), and the run's numbers (``N_REGIONS``, ``PC_NUM`` …) are in the result's
``attrs["strukturbild"]``. Input the methods cannot work with raises ``MethodError`` (a ``ValueError``) with a
message that says what is wrong and what to do.

Coordinates: every distance and area is measured in metres. A frame without a CRS is refused where something is
measured; degrees and feet are reprojected to the UTM zone of the data, with a warning, as in the plugin.

Worker processes: the many-source searches (opportunities, gravity, 2SFCA) may start local worker processes
(``STRUKTURBILD_WORKERS``, default the CPU count up to 8). They never re-run the calling script, so the API is safe
from notebooks and from plain scripts without an ``if __name__ == "__main__":`` guard.

``client``: ``travel_time`` runs the many-source searches of opportunities, gravity and 2SFCA (blocks of origins
or destinations) as tasks on a dask.distributed cluster when given a ``distributed.Client`` or a scheduler address
(``"tcp://host:8786"``); the results are bit-identical to a run without it. dask is imported only then. The nearest
time is one search and runs here. ``habitat_network`` and ``border_zones`` run here only (client must be None).
See ``engine_for``.
"""

import math
import sys
import warnings

import numpy as np

try:
    import geopandas as gpd
    import pandas as pd
    import pyproj
    import shapely
    from shapely.geometry import LineString, MultiPoint, MultiPolygon
except ImportError as _error:  # pragma: no cover - depends on the environment
    raise ImportError(
        f"strukturbild.api needs geopandas, shapely, pyproj and pandas ({_error}). Install them with "
        "pip install \"strukturbild[notebook]\" (or pip install geopandas).") from _error

from .processing_algorithms.methods import accessibility as access_method
from .processing_algorithms.methods import border as border_method
from .processing_algorithms.methods import connectivity as connectivity_method
from .processing_algorithms.methods import engine as engine_method
from .processing_algorithms.methods import estimate as estimate_method
from .processing_algorithms.methods import flows as flows_method
from .processing_algorithms.methods import intramax as intramax_method
from .processing_algorithms.methods import la as la_method
from .processing_algorithms.methods import network as network_method
from .processing_algorithms.methods import od as od_method
from .processing_algorithms.methods import roads as roads_method
from .processing_algorithms.methods import ttwa as ttwa_method
from .processing_algorithms.methods.errors import MethodError
from .processing_algorithms.methods.regions import expand_partition, pick_centres, region_statistics

__all__ = ["functional_regions", "flow_lines", "habitat_network", "travel_time", "border_zones", "engine_for",
           "MethodError", "StrukturbildWarning", "IMPORTANCE_FIELDS", "OVERALL"]

#: Per-patch importance fields of habitat_network, in order (as strukturbild:habitatnetwork).
IMPORTANCE_FIELDS = ("component", "degree", "dIIC", "dIIC_intra", "dIIC_flux", "dIIC_connector", "dPC", "dPC_intra",
                     "dPC_flux", "dPC_connector", "F")
#: The habitat network's overall results (attrs["strukturbild"] keys) and their ConnectivityResult attributes.
OVERALL = (("PC_NUM", "pc_num"), ("EC_PC", "ec_pc"), ("IIC_NUM", "iic_num"), ("EC_IIC", "ec_iic"), ("PC", "pc"),
           ("IIC", "iic"), ("N_COMPONENTS", "n_components"), ("PC_INTRA_PCT", "pc_intra_pct"),
           ("PC_DIRECT_PCT", "pc_direct_pct"), ("PC_STEP_PCT", "pc_step_pct"))
FLOW_LINE_FIELDS = ("origin", "destination", "value", "share_of_origin", "share_of_destination", "crosses",
                    "from_id", "to_id", "from_namn", "to_namn", "flode", "andel", "strukturbild_typ")
TRAVEL_TIME_FIELDS = ("time_min", "nearest_id", "opportunities", "gravity", "fca", "access_method")
BORDER_ZONE_FIELDS = ("region_id", "band_from", "band_to", "area_km2", "population", "services", "band_enhet",
                      "grans", "strukturbild_typ", "access_method", "zon")

_METHODS = {"la": 0, "ttwa": 1, "intramax": 2}
_METHOD_CODES = ("LA", "TTWA", "Intramax")
_MODES = {"gross": 0, "net": 1, "two-way": 2, "two_way": 2, "twoway": 2}
_MEASURES = {"nearest": 0, "opportunities": 1, "gravity": 2, "fca": 3, "2sfca": 3, "k_nearest": 4, "k nearest": 4}
_BORDERS = {"internal": 0, "all": 1}
_BAND_MODES = {"distance": 0, "time": 1, "travel_time": 1}
BAND_SEGMENTS = 16  # as strukturbild:borderzones: segments per quarter circle of a band's buffer
ROAD_SEGMENTS = 8
OVERLAP_SHARE = 0.01
ON_BORDER_M = 1.0


class StrukturbildWarning(UserWarning):
    """What the plugin writes to its log as a warning: rows left out, reprojection, estimates."""


def _warn(message):
    """warnings.warn, attributed to the line that called the API (not to this module)."""
    level, frame = 2, sys._getframe(1)
    while frame is not None and frame.f_code.co_filename == __file__:
        level, frame = level + 1, frame.f_back
    warnings.warn(message, StrukturbildWarning, stacklevel=level)


# -- the hook for a distributed engine ----------------------------------------------------------------------------


def engine_for(client):
    """The engine that runs the many-source searches for ``client``.

    ``client=None`` runs them in this process and, for large jobs, in local worker processes (STRUKTURBILD_WORKERS).
    A dask.distributed ``Client``, or a scheduler address such as ``"tcp://10.0.0.5:8786"`` (connected for the run
    and closed after it), runs every block of origins or destinations as a task on that cluster: results
    bit-identical to the local run, tasks retried when a worker is lost, cancelled when the run is. The cluster's
    workers need numpy, scipy and this version of strukturbild. Anything else is refused with a MethodError. Use it
    as a context manager (``with engine_for(client) as engine:``) so that a connection it opened is closed."""
    return engine_method.engine_for(client)


def _local_only(client, function):
    """border_zones has no distributed engine yet: refuse a client rather than ignore it."""
    if client is not None:
        raise MethodError(f"client={type(client).__name__}: {function} has no distributed engine in this version of "
                          "strukturbild (only travel_time and habitat_network run on a dask cluster); leave "
                          "client=None (it then runs here and in local worker processes)")


# -- input checks ---------------------------------------------------------------------------------------------------


def _frame(value, what, geometry=True):
    if geometry and not isinstance(value, gpd.GeoDataFrame):
        raise MethodError(f"{what} must be a geopandas GeoDataFrame, not {type(value).__name__}: read it with "
                          "geopandas.read_file(...)")
    if not geometry and not isinstance(value, pd.DataFrame):
        raise MethodError(f"{what} must be a pandas DataFrame, not {type(value).__name__}: read it with "
                          "pandas.read_csv(...)")
    return value


def _column(frame, name, what, role):
    if name is None or name == "":
        return None
    if name not in frame.columns:
        raise MethodError(f"{what} has no column '{name}' for the {role}; its columns are: "
                          f"{', '.join(map(str, frame.columns))}")
    return name


def _finite(**numbers):
    for name, value in numbers.items():
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise MethodError(f"{name} must be a number, not {value!r}") from None
        if not math.isfinite(number):
            raise MethodError(f"{name} must be a finite number, not {value!r}")


def _choice(value, choices, name):
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool) and int(value) in choices.values():
        return int(value)
    key = str(value).strip().lower()
    if key not in choices:
        raise MethodError(f"{name} must be one of {', '.join(repr(k) for k in choices)}, not {value!r}")
    return choices[key]


def _plain(value):
    """pandas' missing values (NaN, NaT, NA, None) → None; numpy scalars → Python."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):  # lists and arrays: not a single missing value
        return value
    return value.item() if isinstance(value, np.generic) else value


def _number(value):
    value = _plain(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _new_columns(frame, names, what):
    for name in names:
        if name in frame.columns:
            raise MethodError(f"{what} already has a column '{name}'; rename it first")


# -- coordinate reference systems -----------------------------------------------------------------------------------


def _crs(frame, what):
    if frame.crs is None:
        raise MethodError(f"{what} has no coordinate reference system: set it with .set_crs(...) (e.g. EPSG:3006 for "
                          "SWEREF 99 TM) and run again")
    return pyproj.CRS(frame.crs)


def _in_metres(crs):
    return bool(crs.is_projected) and all(
        axis.unit_name in ("metre", "meter") for axis in crs.axis_info[:2]) and len(crs.axis_info) >= 2


def _unit_name(crs):
    if crs.is_geographic:
        return "degrees"
    units = {axis.unit_name for axis in crs.axis_info[:2]}
    return ", ".join(sorted(units)) or "unknown units"


def _crs_label(crs):
    authority = crs.to_authority()
    return f"{authority[0]}:{authority[1]}" if authority else crs.name


def _utm(crs, bounds):
    """The UTM zone (WGS 84) of the centre of ``bounds`` (in ``crs``)."""
    x, y = (bounds[0] + bounds[2]) / 2.0, (bounds[1] + bounds[3]) / 2.0
    if not crs.is_geographic:
        try:
            x, y = pyproj.Transformer.from_crs(crs, 4326, always_xy=True).transform(x, y)
        except pyproj.exceptions.ProjError:  # a centre outside the CRS's area: fall back to its numbers
            pass
    if not (math.isfinite(x) and math.isfinite(y)):
        raise MethodError("the data have no finite coordinates: check the geometries")
    zone = min(60, max(1, int(math.floor((x + 180.0) / 6.0)) + 1))
    return pyproj.CRS.from_epsg(32600 + zone if y >= 0 else 32700 + zone)


def working_crs(frame, what):
    """The CRS ``frame`` is measured in: its own when projected in metres, else (degrees, feet …) the UTM zone of
    the data's centre, with a warning. A frame without a CRS is refused."""
    crs = _crs(frame, what)
    if _in_metres(crs):
        return crs
    bounds = frame.total_bounds if len(frame) else (0.0, 0.0, 0.0, 0.0)
    target = _utm(crs, bounds)
    _warn(f"{what} is in {_crs_label(crs)} ({_unit_name(crs)}), not in metres: it is reprojected to "
          f"{_crs_label(target)} ({target.name}) for every distance and area.")
    return target


def _to(frame, crs, what):
    """``frame`` in ``crs`` (refusing a frame without a CRS)."""
    own = _crs(frame, what)
    return frame if own == crs else frame.to_crs(crs)


# -- geometry helpers -----------------------------------------------------------------------------------------------


def _polygonal(geometry):
    """The polygon parts of a GEOS result (collections mix polygons, lines and points), or an empty polygon."""
    if geometry is None or geometry.is_empty:
        return MultiPolygon()
    parts = [part for part in shapely.get_parts(geometry) if part.geom_type in ("Polygon", "MultiPolygon")
             and not part.is_empty]
    if not parts:
        return MultiPolygon()
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)


def _linear(geometry):
    if geometry is None or geometry.is_empty:
        return []
    return [part for part in shapely.get_parts(geometry) if part.geom_type in ("LineString", "LinearRing",
                                                                               "MultiLineString")
            and not part.is_empty]


def _multi(geometry):
    if geometry is None or geometry.is_empty:
        return geometry
    if geometry.geom_type == "Polygon":
        return MultiPolygon([geometry])
    if geometry.geom_type == "Point":
        return MultiPoint([geometry])
    if geometry.geom_type == "GeometryCollection":
        polygons = [part for part in shapely.get_parts(geometry) if part.geom_type == "Polygon"]
        return MultiPolygon(polygons) if polygons else geometry
    return geometry


def _point_xy(geometries):
    """(n, 2) points: a point's own coordinates, a point on the surface of anything else (NaN when empty)."""
    xy = np.full((len(geometries), 2), np.nan)
    for k, geometry in enumerate(geometries):
        if geometry is None or geometry.is_empty:
            continue
        point = geometry.centroid if geometry.geom_type in ("Point", "MultiPoint") else geometry.point_on_surface()
        if not point.is_empty:
            xy[k] = (point.x, point.y)
    return xy


# -- zones and OD tables ------------------------------------------------------------------------------------------


def _zones(zones, zone_id, zone_name):
    """(row positions, ids, names) of the zones with an id; duplicated ids refused, zones without one warned."""
    _frame(zones, "zones")
    _column(zones, zone_id, "the zones", "zone id")
    if zone_id is None:
        raise MethodError("name the zones' id column: zone_id='kommunkod'")
    _column(zones, zone_name, "the zones", "zone name")
    rows, ids, names, empty = [], [], [], 0
    for position, value in enumerate(zones[zone_id].tolist()):
        text = od_method.normalise_id(_plain(value))
        if not text:
            empty += 1
            continue
        rows.append(position)
        ids.append(text)
        name = _plain(zones[zone_name].iloc[position]) if zone_name else None
        names.append(str(name) if name is not None else text)
    if not ids:
        raise MethodError(f"the zones have no row with a value in '{zone_id}'")
    seen, duplicated = set(), []
    for text in ids:
        if text in seen and text not in duplicated:
            duplicated.append(text)
        seen.add(text)
    if duplicated:
        raise MethodError(f"the zones have {len(duplicated)} duplicated id(s) in '{zone_id}' (e.g. "
                          f"{', '.join(duplicated[:5])}). Each zone must occur once: dissolve them by '{zone_id}' "
                          f"first (zones.dissolve('{zone_id}'))")
    if empty:
        _warn(f"{empty} zone(s) have no value in '{zone_id}' and were left out.")
    return np.asarray(rows, dtype=np.int64), ids, names


def _od(flows, origin, destination, value, zone_ids):
    _frame(flows, "the flow table", geometry=False)
    for name, role in ((origin, "origin (residence)"), (destination, "destination (workplace)"),
                       (value, "value (count)")):
        if name is None:
            raise MethodError(f"name the flow table's column for the {role}")
        _column(flows, name, "the flow table", role)
    try:
        matrix = od_method.build_matrix([_plain(v) for v in flows[origin].tolist()],
                                        [_plain(v) for v in flows[destination].tolist()],
                                        [_plain(v) for v in flows[value].tolist()], zone_ids, first_row_number=1)
    except od_method.ODError as error:
        raise MethodError(f"flow table (columns {origin}, {destination}, {value}): {error}") from None
    for note in matrix.notes:
        _warn(f"flow table: {note}")
    return matrix


# -- functional regions -------------------------------------------------------------------------------------------


def _compact(flows, membership):
    """Regions renumbered 0..k-1 by position, each with its centre (the zone with most jobs) as a 1-tuple."""
    used = np.unique(membership[membership >= 0])
    remap = {old: new for new, old in enumerate(used)}
    compact = np.array([remap.get(int(m), -1) for m in membership], dtype=np.int64)
    centres = pick_centres(flows, compact, len(used))
    return compact, [(int(c),) for c in centres]


def functional_regions(zones, flows, zone_id, origin, destination, value, method="la", zone_name=None,
                       la_out_share=0.20, la_single_share=0.075, la_pair_test=False, min_size=3500.0, min_sc=0.6667,
                       target_size=25000.0, target_sc=0.75, n_regions=10, contiguous=False, regions=False):
    """Functional (labour-market) regions from a commuting matrix, as strukturbild:functionalregions.

    zones: GeoDataFrame of kommuner, DeSO or grid cells (polygons or points, any CRS) with the id column
    ``zone_id`` (and optionally ``zone_name`` for region names). flows: DataFrame with one row per residence
    (``origin``), workplace (``destination``) and count (``value``), such as SCB's CSV read with
    ``pandas.read_csv(path, sep=";", dtype=str)``; ids are matched robustly (text or integer, leading zeros), a total
    row is dropped, duplicated rows are summed, unmatched ids are reported. The diagonal belongs in the table.

    method: "la" (SCB lokala arbetsmarknader: la_out_share, la_single_share, la_pair_test), "ttwa" (CURDS /
    Coombes–Bond as Istat's LabourMarketAreas: min_size, min_sc, target_size, target_sc) or "intramax"
    (n_regions, contiguous: merge only zones that touch).

    Returns the zones (with an id) and the columns region_id, region_name, role (centre, member, reserve, none),
    links (LA chain length) and method; with ``regions=True`` a tuple (zones, regions) where regions are the
    dissolved regions with n_zones, residents, jobs, internal, sc_supply, sc_demand, validity (TTWA) and the
    strukturbild fields. ``attrs["strukturbild"]`` holds N_REGIONS, MEDIAN_SC, N_RESERVE, N_UNMATCHED_IDS, N_ZONES
    and the notes.
    """
    method_index = _choice(method, _METHODS, "method")
    _finite(la_out_share=la_out_share, la_single_share=la_single_share, min_size=min_size, min_sc=min_sc,
            target_size=target_size, target_sc=target_sc, n_regions=n_regions)
    settings = {"LA_OUT_SHARE": float(la_out_share), "LA_SINGLE_SHARE": float(la_single_share),
                "LA_PAIR_TEST": bool(la_pair_test), "MIN_SIZE": float(min_size), "MIN_SC": float(min_sc),
                "TARGET_SIZE": float(target_size), "TARGET_SC": float(target_sc), "N_REGIONS": int(n_regions),
                "CONTIGUOUS": bool(contiguous)}
    if method_index == 1:
        if not 0 < settings["MIN_SIZE"] < settings["TARGET_SIZE"]:
            raise MethodError(f"TTWA needs 0 < min_size < target_size (got {min_size} and {target_size})")
        if not 0 < settings["MIN_SC"] <= settings["TARGET_SC"] <= 1:
            raise MethodError(f"TTWA needs 0 < min_sc ≤ target_sc ≤ 1 (got {min_sc} and {target_sc})")
    if method_index == 2 and settings["N_REGIONS"] < 1:
        raise MethodError(f"Intramax needs n_regions of 1 or more, not {n_regions}")
    rows, ids, names = _zones(zones, zone_id, zone_name)
    _new_columns(zones, ("region_id", "region_name", "role", "links", "method"), "the zones")
    od = _od(flows, origin, destination, value, ids)
    matrix = od.matrix
    active = np.flatnonzero(od.residents + od.jobs > 0)
    if active.size == 0:
        raise MethodError("no zone has any flow in the flow table: check that its ids are the zones' ids")
    between = matrix.tocoo()
    if not ((between.row != between.col) & (between.data > 0)).any():
        raise MethodError(
            "the flow table has no commuting between different zones: every count is for people who live and work "
            f"in the same zone. Functional regions need flows between zones: check that the residence column "
            f"({origin}) and the workplace column ({destination}) are two different columns")
    sub_flows = matrix[active][:, active]
    sub_ids = [ids[k] for k in active]
    n_active = len(active)
    sub_links = [None] * n_active
    reserve_events = []
    try:
        if method_index == 0:
            result = la_method.scb_la(sub_flows, settings["LA_OUT_SHARE"], settings["LA_SINGLE_SHARE"],
                                      settings["LA_PAIR_TEST"], ids=sub_ids)
            sub_membership = np.asarray(result.region, dtype=np.int64)
            sub_roles = [str(role) for role in result.role]
            sub_links = [int(v) for v in result.links]
            sub_centres, notes = [tuple(c) for c in result.centres], list(result.notes)
        elif method_index == 1:
            result = ttwa_method.ttwa(sub_flows, settings["MIN_SIZE"], settings["MIN_SC"], settings["TARGET_SIZE"],
                                      settings["TARGET_SC"], ids=sub_ids)
            notes = []
            if len(result.zero_list):
                notes.append(f"{len(result.zero_list)} zone(s) have no residents, no jobs or only internal flows and "
                             "belong to no region (TTWA zero list).")
            sub_membership, sub_centres = _compact(sub_flows, np.asarray(result.membership, dtype=np.int64))
            first = {c[0] for c in sub_centres}
            sub_roles = ["centre" if k in first else
                         ("reserve" if result.before_reserve[k] == ttwa_method.RESERVE else "member")
                         if sub_membership[k] >= 0 else "none" for k in range(n_active)]
            sub_links = [0 if role == "centre" else None for role in sub_roles]
            reserve_events = list(result.reserve_events)
        else:
            adjacency = _adjacency(zones.geometry.iloc[rows[active]]) if settings["CONTIGUOUS"] else None
            result = intramax_method.intramax(sub_flows, settings["N_REGIONS"], adjacency=adjacency)
            sub_membership, sub_centres = _compact(sub_flows, np.asarray(result.membership, dtype=np.int64))
            first = {c[0] for c in sub_centres}
            sub_roles = ["centre" if k in first else "member" for k in range(n_active)]
            sub_links = [0 if role == "centre" else None for role in sub_roles]
            notes = list(result.notes)
    except MethodError as error:
        raise MethodError(f"{_METHOD_CODES[method_index]} on the flow table: {error}") from None

    membership, roles, links, centres_of = expand_partition(len(ids), active, sub_membership, sub_roles, sub_links,
                                                            sub_centres)
    notes = list(od.notes) + notes
    k_regions = len(centres_of)
    stats = region_statistics(matrix, membership, k_regions)
    ttwa_params = (settings["MIN_SIZE"], settings["MIN_SC"], settings["TARGET_SIZE"], settings["TARGET_SC"])
    validity = (ttwa_method.validity(stats.residents, stats.jobs, stats.internal, *ttwa_params)
                if method_index == 1 else np.full(k_regions, np.nan))
    region_ids = ["-".join(ids[z] for z in centres) for centres in centres_of]
    region_names = ["-".join(names[z] for z in centres) for centres in centres_of]
    provenance = _provenance(method_index, settings)

    out = zones.iloc[rows].copy()
    out["region_id"] = [region_ids[m] if m >= 0 else None for m in membership]
    out["region_name"] = [region_names[m] if m >= 0 else None for m in membership]
    out["role"] = roles
    out["links"] = pd.array(links, dtype="Int64")
    out["method"] = provenance
    min_sc_values = [min(a, b) for a, b, r in zip(stats.sc_supply, stats.sc_demand, stats.residents) if r > 0]
    out.attrs["strukturbild"] = {
        "N_REGIONS": k_regions, "MEDIAN_SC": float(np.median(min_sc_values)) if min_sc_values else 0.0,
        "N_RESERVE": sum(1 for role in roles if role == "reserve"), "N_UNMATCHED_IDS": len(od.unmatched),
        "N_ZONES": len(ids), "notes": notes, "reserve_events": reserve_events}
    if not regions:
        return out
    geometries = []
    for r in range(k_regions):
        parts = [geometry for geometry, m in zip(out.geometry, membership)
                 if m == r and geometry is not None and not geometry.is_empty]
        geometries.append(_multi(shapely.union_all(parts)) if parts else None)
    region_frame = gpd.GeoDataFrame({
        "region_id": region_ids, "region_name": region_names,
        "n_zones": stats.n_zones.astype(np.int64), "residents": stats.residents.astype(float),
        "jobs": stats.jobs.astype(float), "internal": stats.internal.astype(float),
        "sc_supply": np.asarray(stats.sc_supply, dtype=float), "sc_demand": np.asarray(stats.sc_demand, dtype=float),
        "validity": np.asarray(validity, dtype=float), "region_kod": region_ids, "region_namn": region_names,
        "indelning": _METHOD_CODES[method_index], "strukturbild_typ": "funktionell_region", "method": provenance,
    }, geometry=geometries, crs=zones.crs)
    region_frame.attrs["strukturbild"] = dict(out.attrs["strukturbild"])
    return out, region_frame


def _provenance(method_index, settings):
    if method_index == 0:
        detail = "out {LA_OUT_SHARE:g}, single {LA_SINGLE_SHARE:g}, pair test {LA_PAIR_TEST}".format(**settings)
    elif method_index == 1:
        detail = "{MIN_SIZE:g}/{MIN_SC:g}/{TARGET_SIZE:g}/{TARGET_SC:g}".format(**settings)
    else:
        detail = "k {N_REGIONS}, contiguous {CONTIGUOUS}".format(**settings)
    return f"strukturbild.api functional_regions {_METHOD_CODES[method_index]} ({detail})"


def _adjacency(geometries):
    """Zones that touch or overlap (a sparse n × n matrix), via an STRtree."""
    import scipy.sparse as sp

    geometries = np.asarray(list(geometries), dtype=object)
    usable = np.array([g is not None and not g.is_empty for g in geometries])
    geometries = np.where(usable, geometries, None)
    tree = shapely.STRtree(geometries)
    left, right = tree.query(geometries, predicate="intersects")
    keep = left != right
    n = len(geometries)
    return sp.csr_matrix((np.ones(int(keep.sum())), (left[keep], right[keep])), shape=(n, n))


# -- flow lines ------------------------------------------------------------------------------------------------------


def flow_lines(zones, flows, zone_id, origin, destination, value, zone_name=None, group=None, mode="gross",
               min_value=0.0, top_n=0, curved=True, anchor="centroid"):
    """Commuting (or any OD) flows as lines between zones, as strukturbild:flowlines.

    mode: "gross" (every one-way flow), "net" (|A→B − B→A| from the larger direction) or "two-way" (A→B + B→A).
    min_value: lines with a smaller value are left out; top_n: keep the N largest lines per origin (0 = all);
    curved: quadratic curves bending right of the direction of travel; anchor: "centroid" or "point_on_surface"
    (point zones are used as they are); group: a zone column (e.g. the county code) that marks lines between
    groups in ``crosses``.

    Returns a GeoDataFrame of lines in the zones' CRS with origin, destination, value, share_of_origin,
    share_of_destination, crosses, from_id, to_id, from_namn, to_namn, flode, andel, strukturbild_typ;
    ``attrs["strukturbild"]``: N_LINES, TOTAL_VALUE, N_UNMATCHED_IDS, SHARE_CROSSING.
    """
    mode_index = _choice(mode, _MODES, "mode")
    anchor_index = _choice(anchor, {"centroid": 0, "point_on_surface": 1}, "anchor")
    _finite(min_value=min_value, top_n=top_n)
    rows, ids, names = _zones(zones, zone_id, zone_name)
    _column(zones, group, "the zones", "group")
    groups = [""] * len(ids)
    if group:
        groups = [od_method.normalise_id(_plain(v)) if _plain(v) is not None else ""
                  for v in zones[group].iloc[rows].tolist()]
    anchors = [_anchor(geometry, anchor_index) for geometry in zones.geometry.iloc[rows]]
    matrix = _od(flows, origin, destination, value, ids)
    table = flows_method.flow_table(matrix.matrix, mode_index, min_value, top_n)
    records, geometries, missing = [], [], set()
    total = crossing = 0.0
    for k in range(len(table)):
        i, j = int(table.origin[k]), int(table.destination[k])
        if anchors[i] is None or anchors[j] is None:
            missing.update(ids[z] for z in (i, j) if anchors[z] is None)
            continue
        amount = float(table.value[k])
        share_o, share_d = float(table.share_of_origin[k]), float(table.share_of_destination[k])
        crosses = f"{groups[i] or '?'}-{groups[j] or '?'}" if group and groups[i] != groups[j] else ""
        records.append((ids[i], ids[j], amount, share_o, share_d, crosses, ids[i], ids[j], names[i], names[j], amount,
                        share_o, "gransoverskridande_samband" if crosses else "funktionellt_samband"))
        (x0, y0), (x1, y1) = anchors[i], anchors[j]
        if curved:
            xs, ys = flows_method.curve(x0, y0, x1, y1, bend=0.15, n=24)
            geometries.append(LineString(np.column_stack([xs, ys])))
        else:
            geometries.append(LineString([(x0, y0), (x1, y1)]))
        total += amount
        crossing += amount if crosses else 0.0
    if missing:
        examples = sorted(missing)
        _warn(f"lines were left out because zone(s) {', '.join(examples[:10])}{' …' if len(examples) > 10 else ''} "
              "have no geometry.")
    if not records:
        _warn(f"No flow line was drawn: every flow was on the diagonal, zero, below the minimum value {min_value:g} "
              "or between zones without geometry.")
    frame = pd.DataFrame.from_records(records, columns=list(FLOW_LINE_FIELDS))
    for name in ("value", "share_of_origin", "share_of_destination", "flode", "andel"):
        frame[name] = frame[name].astype(float)
    out = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometries, crs=zones.crs), crs=zones.crs)
    out.attrs["strukturbild"] = {"N_LINES": len(records), "TOTAL_VALUE": total,
                                 "N_UNMATCHED_IDS": len(matrix.unmatched),
                                 "SHARE_CROSSING": crossing / total if total > 0 and group else 0.0}
    return out


def _anchor(geometry, anchor_index):
    if geometry is None or geometry.is_empty:
        return None
    if geometry.geom_type == "Point":
        return (geometry.x, geometry.y)
    candidates = (geometry.point_on_surface(), geometry.centroid) if anchor_index == 1 else (geometry.centroid,)
    for candidate in candidates:
        if candidate is not None and not candidate.is_empty and math.isfinite(candidate.x) and \
                math.isfinite(candidate.y):
            return (candidate.x, candidate.y)
    return None


# -- habitat network ------------------------------------------------------------------------------------------------


def habitat_network(patches, distance=1000.0, probability=0.5, min_probability=0.001, attribute=None, patch_id=None,
                    iic_distance=None, landscape_area=None, max_distance=None, links=False, client=None):
    """A habitat network of patch polygons with Conefor's indices, as strukturbild:habitatnetwork.

    patches: GeoDataFrame of polygons. Distances are edge to edge (0 for touching or overlapping patches) in metres;
    degrees and feet are reprojected to the UTM zone of the data. attribute: a column of habitat amount (default the
    patch area in hectares); patch_id: a column of labels (default the frame's index). The link probability is
    ``probability`` at ``distance`` and decays exponentially; links below ``min_probability`` are dropped (0 keeps
    every pair). IIC links pairs within ``iic_distance`` (default ``distance``). ``landscape_area`` (ha) gives PC and
    IIC as well as their numerators. ``max_distance`` (m; not in the plugin): no pair farther apart is linked at all,
    as Conefor's ``notall`` with a connection file of the pairs within that distance (default: every pair whose
    probability reaches ``min_probability``, or within ``iic_distance``). (The plugin's least-cost distances over a
    resistance raster need QGIS.)

    Returns the patches (in the working CRS, as MultiPolygons) with component, degree, dIIC, dIIC_intra, dIIC_flux,
    dIIC_connector, dPC, dPC_intra, dPC_flux, dPC_connector and F; with ``links=True`` a tuple (patches, links),
    links being lines between the patches' nearest points with from_id, to_id, distance, probability,
    on_best_path, strukturbild_typ, samband_typ and status. ``attrs["strukturbild"]`` holds PC_NUM, EC_PC, IIC_NUM,
    EC_IIC, PC, IIC, N_COMPONENTS, PC_INTRA_PCT, PC_DIRECT_PCT, PC_STEP_PCT and DROPPED_PC_SHARE.

    client: a dask.distributed ``Client`` or a scheduler address: the work units of a large network (the pruning,
    the searches and the per-patch recomputations of dPC and dIIC) run as tasks on that cluster (``engine_for``),
    bit-identical to client=None; a small network that takes under about 2 s runs here all the same.
    """
    if client is not None and not isinstance(client, str):
        engine_for(client)  # neither a Client nor an address: refused before the work (an address connects later)
    _frame(patches, "the patches")
    _finite(distance=distance, probability=probability, min_probability=min_probability)
    if float(distance) <= 0:
        raise MethodError("distance must be greater than 0 m")
    if not 0 < float(probability) < 1:
        raise MethodError("probability must be between 0 and 1 (exclusive)")
    if iic_distance is not None:
        _finite(iic_distance=iic_distance)
    if landscape_area is not None:
        _finite(landscape_area=landscape_area)
    if max_distance is not None:
        _finite(max_distance=max_distance)
        if float(max_distance) < 0:
            raise MethodError("max_distance must be 0 m or more")
    _column(patches, attribute, "the patches", "attribute")
    _column(patches, patch_id, "the patches", "patch id")
    _new_columns(patches, IMPORTANCE_FIELDS, "the patches")
    dispersal, probability = float(distance), float(probability)
    iic_distance = dispersal if iic_distance is None else float(iic_distance)
    min_probability = float(min_probability)
    crs = working_crs(patches, "the patches")
    measured = _to(patches, crs, "the patches")

    keep, geometries, values, labels = [], [], [], []
    skipped_empty, repaired, skipped_null = [], [], []
    for position, (label, geometry) in enumerate(zip(patches.index, measured.geometry)):
        if geometry is None or geometry.is_empty:
            skipped_empty.append(label)
            continue
        if geometry.geom_type not in ("Polygon", "MultiPolygon"):
            raise MethodError(f"patch {label} is a {geometry.geom_type}: habitat patches must be polygons")
        if not geometry.is_valid:
            geometry = _polygonal(shapely.make_valid(geometry))
            repaired.append(label)
            if geometry.is_empty:
                skipped_empty.append(label)
                continue
        if attribute:
            amount = _plain(patches[attribute].iloc[position])
            if amount is None:
                skipped_null.append(label)
                continue
            try:
                amount = float(amount)
            except (TypeError, ValueError):
                raise MethodError(f"patch {label} has {amount!r} in '{attribute}': the attribute must be a number, "
                                  "0 or more") from None
            if amount < 0 or not math.isfinite(amount):
                raise MethodError(f"patch {label} has the value {amount} in '{attribute}': the attribute must be a "
                                  "finite number, 0 or more")
        else:
            amount = geometry.area / 10_000.0
        keep.append(position)
        geometries.append(geometry)
        values.append(amount)
        labels.append(str(_plain(patches[patch_id].iloc[position])) if patch_id else str(label))
    for items, text in ((skipped_empty, "patch(es) without geometry were left out"),
                        (repaired, "invalid geometrie(s) were repaired with make_valid"),
                        (skipped_null, "patch(es) with no value in the attribute column were left out")):
        if items:
            _warn(f"{len(items)} {text} (rows {', '.join(map(str, items[:10]))}).")
    if not geometries:
        raise MethodError("the patches have no usable polygon")
    if not any(v > 0 for v in values):
        if attribute:
            raise MethodError(f"every patch has 0 in '{attribute}', so every connectivity index would be 0: choose "
                              "the column that holds the patches' habitat amount, or leave attribute=None for the "
                              "patch area")
        raise MethodError("the patches have no area (every polygon is degenerate), so every connectivity index "
                          "would be 0: check the geometries")
    values = np.asarray(values, dtype=float)
    pc_radius = math.inf if min_probability <= 0 else dispersal * math.log(min_probability) / math.log(probability)
    radius = max(pc_radius, iic_distance)
    start, end, gap = _candidate_pairs(geometries, radius if max_distance is None else min(radius, max_distance))
    with engine_for(client) as engine:
        result = connectivity_method.connectivity(values, start, end, gap, dispersal, probability,
                                                  iic_distance=iic_distance, min_probability=min_probability,
                                                  landscape_area=landscape_area, importances=True, engine=engine)
    out = patches.iloc[keep].copy()
    out = out.set_geometry(gpd.GeoSeries([_multi(g) for g in geometries], index=out.index, crs=crs))
    if out.geometry.name != patches.geometry.name:  # pragma: no cover - set_geometry keeps the column name
        out = out.rename_geometry(patches.geometry.name)
    for name in IMPORTANCE_FIELDS:
        array = getattr(result, name, None)
        if array is None:
            out[name] = None
        elif name in ("component", "degree"):
            out[name] = np.asarray(array, dtype=np.int64)
        else:
            out[name] = np.asarray(array, dtype=float)
    overall = {}
    for name, attribute_name in OVERALL:
        number = getattr(result, attribute_name, None)
        overall[name] = None if number is None else (int(number) if name == "N_COMPONENTS" else float(number))
    overall["DROPPED_PC_SHARE"] = None if result.dropped_pc_share is None else float(result.dropped_pc_share)
    out.attrs["strukturbild"] = overall
    if not links:
        return out
    chances = np.asarray(result.link_probability, dtype=float)
    on_best = np.asarray(result.on_best_path, dtype=bool) if result.on_best_path is not None else None
    records, lines = [], []
    for m in range(len(start)):
        if chances[m] < min_probability or chances[m] <= 0:
            continue
        a, b = int(start[m]), int(end[m])
        lines.append(shapely.shortest_line(geometries[a], geometries[b]))
        records.append((labels[a], labels[b], float(gap[m]), float(chances[m]),
                        bool(on_best[m]) if on_best is not None else None, "gront_samband",
                        "gront_samband" if chances[m] >= probability else "svagt_samband", "befintlig"))
    link_frame = gpd.GeoDataFrame(
        pd.DataFrame.from_records(records, columns=["from_id", "to_id", "distance", "probability", "on_best_path",
                                                    "strukturbild_typ", "samband_typ", "status"]),
        geometry=gpd.GeoSeries(lines, crs=crs), crs=crs)
    link_frame.attrs["strukturbild"] = dict(overall)
    return out, link_frame


def _candidate_pairs(geometries, radius):
    """Unordered pairs (a < b) with edge-to-edge distance ≤ radius, in (a, b) order, and their distances."""
    geometries = np.asarray(geometries, dtype=object)
    n = len(geometries)
    if math.isinf(radius):
        start, end = np.triu_indices(n, k=1)
    else:
        # candidates by bounding boxes grown by the radius (any GEOS version), then the exact distance below
        bounds = shapely.bounds(geometries)
        grown = shapely.box(bounds[:, 0] - radius, bounds[:, 1] - radius, bounds[:, 2] + radius, bounds[:, 3] + radius)
        left, right = shapely.STRtree(geometries).query(grown)
        keep = left < right
        start, end = left[keep], right[keep]
        order = np.lexsort((end, start))
        start, end = start[order], end[order]
    gap = shapely.distance(geometries[start], geometries[end]) if len(start) else np.zeros(0)
    inside = gap <= radius
    return (np.asarray(start[inside], dtype=np.int64), np.asarray(end[inside], dtype=np.int64),
            np.asarray(gap[inside], dtype=float))


# -- road networks --------------------------------------------------------------------------------------------------


def _read_network(network, crs, speed, default_speed, oneway, tolerance):
    """A methods.network.Network from a GeoDataFrame of lines (speeds and one-way codes read as in the plugin)."""
    _frame(network, "the road network")
    _column(network, speed, "the road network", "speed (km/h)")
    _column(network, oneway, "the road network", "one-way code")
    roads = _to(network, crs, "the road network")
    names = [str(name) for name in network.columns if name != network.geometry.name]

    def distinct(name):
        if name not in network.columns:
            return ()
        return [_plain(v) for v in pd.unique(network[name].dropna())[:1000]]

    reader = roads_method.RoadReader(names, default_speed, speed or None, oneway or None, distinct)
    attributes = network[names].to_dict("records") if names else [{} for _ in range(len(network))]
    lines, speeds, directions = [], [], []
    for record, geometry in zip(attributes, roads.geometry):
        if geometry is None or geometry.is_empty:
            continue
        forward, backward = reader.speeds({key: _plain(v) for key, v in record.items()})
        parts = [part for part in shapely.get_parts(geometry) if part.geom_type in ("LineString", "LinearRing")]
        if not parts:
            raise MethodError(f"the road network has a {geometry.geom_type}: roads must be lines")
        for part in parts:
            vertices = np.asarray(part.coords, dtype=float)[:, :2]
            if forward > 0 and forward == backward:
                pieces = [(forward, 0)]
            else:
                pieces = [(v, direction) for v, direction in ((forward, 1), (backward, -1)) if v > 0]
            for v, direction in pieces:
                lines.append(vertices)
                speeds.append(v)
                directions.append(direction)
    if reader.bad_speeds:
        _warn(f"{reader.bad_speeds} road(s) have no usable speed in '{speed}' (zero, empty or text); they use the "
              f"default speed {default_speed:g} km/h.")
    for field, counts in reader.unrecognised.items():
        _warn(f"{sum(counts.values())} road(s) have a value in '{field}' that is not a recognised one-way code "
              f"({reader.unrecognised_examples(field)}): they are taken as two-way. Recognised: yes/no/-1/reverse, "
              "FT/TF/B/N, 1/-1/0, F/T, true/false.")
    if not lines:
        raise MethodError("the road network has no usable lines: every row is without geometry or closed in both "
                          "directions. Check the frame and its one-way column")
    graph = network_method.build_network(lines, np.asarray(speeds), np.asarray(directions, dtype=np.int8),
                                         float(tolerance))
    if graph.dropped_segments:
        _warn(f"{graph.dropped_segments} zero-length segment(s) of the road network were left out.")
    if not graph.n_edges:
        raise MethodError("the road network has no usable road: every line has fewer than two distinct vertices")
    return graph


# -- travel time ----------------------------------------------------------------------------------------------------


def travel_time(network, origins, destinations, speed=None, default_speed=50.0, oneway=None, tolerance=0.0,
                destination_weight=None, destination_id=None, demand=None, measure="nearest", threshold=45.0,
                beta=0.05, access_speed=5.0, max_snap=2000.0, detour_factor=1.3, client=None, decay="flat",
                aggregations=(), quantile=0.25, k=3, nodes=False):
    """Accessibility of origins to destinations over a road network, as strukturbild:traveltime.

    network: GeoDataFrame of road lines, or None for the straight-line estimate (distance × detour_factor at
    default_speed; measures "nearest", "opportunities" and "k_nearest"). Lines that share a vertex connect
    (``tolerance`` snaps near misses). Speeds from the ``speed`` column (km/h), else recognised NVDB or OSM/osmnx
    columns, else ``default_speed``; one-way codes from the ``oneway`` column, else NVDB's or a column named oneway.
    origins, destinations: GeoDataFrames of points or polygons (a point on the surface). Destinations join the
    nearest road, origins the nearest road of a part of the network that reaches a destination, at ``access_speed``
    up to ``max_snap`` metres.

    measure: "nearest" (time_min, nearest_id from ``destination_id``, else the destinations' index),
    "opportunities" (the sum of ``destination_weight`` within ``threshold`` minutes), "gravity"
    (Σ w·exp(−beta·t)), "fca" (2SFCA with ``demand`` on the origins) or "k_nearest" (the ``k`` nearest
    destinations within ``threshold``, 0: no limit, nearest first, equal times to the lower row: columns time_1 …
    time_k and nearest_1 … nearest_k; time_min and nearest_id are the first of them where one lies within the
    threshold).

    For "opportunities" (ignored with a warning for the other measures):
    decay: "flat" (default: every destination within the threshold counts fully), "linear" (1 − t/threshold) or
    "exponential" (exp(−beta·t)); opportunities is the decayed sum.
    aggregations: any of "count", "mean", "min", "max", "std", "median", "quantile" (a name or a list), each a
    column opp_count, opp_mean, opp_min, opp_max, opp_std, opp_median, opp_q25 (for ``quantile=0.25``; 0.9 gives
    opp_q90) over the destination weights within the threshold: count, min, max, median and the quantile (linear
    interpolation, numpy's default) are not decayed; mean and std (population) are weighted by the decay. A
    destination whose weight is missing counts 0 in opportunities and is left out of these; an origin with none
    within the threshold gets opp_count 0 and NaN in the others.

    Returns the origins (in their own CRS) with time_min, nearest_id, opportunities, gravity, fca and
    access_method (and the columns of ``aggregations`` or ``k_nearest`` after them); ``attrs["strukturbild"]``:
    N_ORIGINS, N_UNATTACHED, N_WITHOUT_DESTINATION, N_ATTACHED_FARTHER, MEDIAN_TIME, N_NODES.

    nodes=True (needs a network): returns ``(origins, junctions)``, the second a GeoDataFrame of points at every
    junction of the road network (where roads meet, branch or end; not shape vertices), in the working CRS (the
    network's, or its UTM zone), with node_id and the same columns as the origins: the values an origin standing
    on that junction would get (for "fca" the ratios come from the origins' demand), a full surface.

    client: a dask.distributed ``Client`` or a scheduler address: opportunities, gravity, 2SFCA and the k nearest
    search on that cluster (``engine_for``), bit-identical to client=None; the nearest time is one search and runs
    here.
    """
    with engine_for(client) as engine:
        return _travel_time(network, origins, destinations, speed, default_speed, oneway, tolerance,
                            destination_weight, destination_id, demand, measure, threshold, beta, access_speed,
                            max_snap, detour_factor, engine, decay, aggregations, quantile, k, nodes)


def _travel_options(measure_index, decay, aggregations, quantile, k, threshold, beta):
    """decay, aggregations (in their order), quantile, k checked as strukturbild:traveltime does."""
    if isinstance(aggregations, str):
        aggregations = [aggregations]
    _finite(quantile=quantile)
    try:
        k_whole = int(k)
    except (TypeError, ValueError):
        raise MethodError(f"k must be a whole number from 1 to {access_method.MAX_K}, not {k!r}") from None
    if k_whole != k or not 1 <= k_whole <= access_method.MAX_K:
        raise MethodError(f"k must be a whole number from 1 to {access_method.MAX_K}, not {k!r}")
    decay, names = access_method.check_options(decay, aggregations, quantile, threshold if measure_index == 1 else 1,
                                               beta)
    if measure_index != 1 and (decay != "flat" or names):
        _warn("decay and aggregations apply to measure='opportunities' only: they are left out of this measure.")
        decay, names = "flat", ()
    return decay, names


def _quantile_column(quantile):
    text = f"{round(float(quantile) * 100, 6):g}".replace(".", "_")
    return f"opp_q{text}"


def _aggregation_columns(result, names, quantile):
    columns = {"count": "opp_count", "mean": "opp_mean", "min": "opp_min", "max": "opp_max", "std": "opp_std",
               "median": "opp_median", "quantile": _quantile_column(quantile)}
    return {columns[name]: np.asarray(result[name], dtype=float) for name in names}


def _k_columns(k_times, k_index, ids, time_min, nearest_id):
    """time_1 … and nearest_1 …; time_min / nearest_id (in place) become rank 1 where it exists."""
    first = np.isfinite(k_times[:, 0])
    time_min[first] = k_times[first, 0]
    for row in np.flatnonzero(first):
        nearest_id[row] = ids[k_index[row, 0]]
    columns = {f"time_{rank + 1}": np.where(np.isfinite(k_times[:, rank]), k_times[:, rank], np.nan)
               for rank in range(k_times.shape[1])}
    for rank in range(k_times.shape[1]):
        columns[f"nearest_{rank + 1}"] = [ids[j] if j >= 0 else None for j in k_index[:, rank]]
    return columns


def _travel_time(network, origins, destinations, speed, default_speed, oneway, tolerance, destination_weight,
                 destination_id, demand, measure, threshold, beta, access_speed, max_snap, detour_factor, engine,
                 decay="flat", aggregations=(), quantile=0.25, k=3, nodes=False):
    measure_index = _choice(measure, _MEASURES, "measure")
    _finite(default_speed=default_speed, tolerance=tolerance, threshold=threshold, beta=beta,
            access_speed=access_speed, max_snap=max_snap, detour_factor=detour_factor)
    decay, names = _travel_options(measure_index, decay, aggregations, quantile, k, threshold, beta)
    extended = measure_index == 1 and (decay != "flat" or bool(names))
    limit = float(threshold) if float(threshold) > 0 else np.inf
    _frame(origins, "the origins")
    _frame(destinations, "the destinations")
    _column(destinations, destination_weight, "the destinations", "weight")
    _column(destinations, destination_id, "the destinations", "id")
    _column(origins, demand, "the origins", "demand")
    _new_columns(origins, TRAVEL_TIME_FIELDS, "the origins")
    if float(default_speed) <= 0:
        raise MethodError("default_speed must be greater than 0 km/h")
    if nodes and network is None:
        raise MethodError("nodes=True (the junctions of the road network) needs a road network")
    reference, what = (network, "the road network") if network is not None else (origins, "the origins")
    if network is not None:
        _frame(network, "the road network")
    crs = working_crs(reference, what)
    origin_xy = _point_xy(list(_to(origins, crs, "the origins").geometry))
    destination_xy = _point_xy(list(_to(destinations, crs, "the destinations").geometry))
    usable = np.isfinite(destination_xy).all(axis=1)
    if not usable.any():
        raise MethodError("the destinations have no row with a geometry")
    weights = np.array([_number(v) for v in destinations[destination_weight].tolist()]) if destination_weight \
        else np.ones(len(destinations))
    values = None
    if extended:
        # a missing or non-numeric weight stays NaN: 0 in the sum, left out of the aggregations
        values = np.array([_number(v) if _is_number(v) else np.nan
                           for v in destinations[destination_weight].tolist()]) if destination_weight \
            else np.ones(len(destinations))
        missing = int((usable & ~np.isfinite(values)).sum())
        if missing and names:
            _warn(f"{missing} destination(s) have no number in '{destination_weight}': they count nothing in "
                  "opportunities and are left out of the aggregations.")
    ids = [str(_plain(v)) for v in destinations[destination_id].tolist()] if destination_id \
        else [str(v) for v in destinations.index]
    n = len(origins)
    values_out = {name: np.full(n, np.nan) for name in ("time_min", "opportunities", "gravity", "fca")}
    nearest_id = [None] * n
    extra, node_frame = {}, None
    n_unattached = n_without = n_farther = 0
    if network is None:
        if measure_index not in (0, 1, 4):
            raise MethodError("gravity and 2SFCA need a road network")
        method_text = f"estimate: straight line × {float(detour_factor):g} at {float(default_speed):g} km/h"
        _warn(f"No road network: travel times are an estimate ({method_text}).")
        known = np.isfinite(origin_xy).all(axis=1)
        keep = np.flatnonzero(usable)
        minutes, index = estimate_method.nearest(origin_xy[known], destination_xy[keep], detour_factor,
                                                 default_speed)
        values_out["time_min"][known] = minutes
        for i, j in zip(np.flatnonzero(known), index):
            nearest_id[i] = ids[keep[j]]
        if measure_index == 1 and not extended:
            values_out["opportunities"][known] = estimate_method.opportunities(
                origin_xy[known], destination_xy[keep], weights[keep], threshold, detour_factor, default_speed)
        elif measure_index == 1:
            blocks = access_method.estimate_blocks(origin_xy, destination_xy, threshold, detour_factor,
                                                   default_speed)
            result = access_method.aggregate_blocks(blocks, n, known, values, threshold, decay, beta, names,
                                                    quantile, n_complete=int(usable.sum()))
            values_out["opportunities"] = result.pop("sum")
            extra.update(_aggregation_columns(result, names, quantile))
        elif measure_index == 4:
            blocks = access_method.estimate_blocks(origin_xy, destination_xy, limit, detour_factor, default_speed)
            k_times, k_index = access_method.k_nearest_blocks(blocks, n, known, int(k), len(destinations))
            extra.update(_k_columns(k_times, k_index, ids, values_out["time_min"], nearest_id))
    else:
        graph = _read_network(network, crs, speed, float(default_speed), oneway, tolerance)
        d = network_method.attach_points(graph, destination_xy, max_snap, access_speed)
        o = network_method.attach_points(graph, origin_xy, max_snap, access_speed, reach=d)
        if len(o.farther):
            gap = float(np.max(o.distance[o.farther] - o.nearest_distance[o.farther]))
            _warn(f"{len(o.farther)} origin(s) lie nearest to a road cut off from every destination (a fragment of "
                  f"the network): they were attached to the nearest road that reaches one, up to {gap:.0f} m "
                  "farther away.")
        if len(o.cut_off):
            _warn(f"{len(o.cut_off)} origin(s) have roads within {max_snap:g} m only in parts of the network cut off "
                  "from every destination: their values are missing.")
        if len(d.unattached):
            _warn(f"{len(d.unattached)} destination(s) are farther than {max_snap:g} m from the network and were "
                  "left out.")
        if not d.attached.any():
            raise MethodError(f"no destination lies within {max_snap:g} m of the road network: check that the "
                              "frames cover the same area, or raise max_snap")
        if o.n and not o.attached.any():
            raise MethodError(f"none of the {o.n} origins lies within {max_snap:g} m of a road that leads to a "
                              f"destination ({len(o.cut_off)} of them are near roads cut off from every destination): "
                              "check that the frames cover the same area and that the network is connected, or "
                              "raise max_snap")
        n_farther = len(o.farther)
        n_unattached = len(o.unattached) - len(o.cut_off)
        times = network_method.travel_times(graph, o, d)
        n_without = len(o.cut_off) + int((o.attached & np.isinf(times.time_min)).sum())
        values_out["time_min"] = np.where(np.isfinite(times.time_min), times.time_min, np.nan)
        for i, j in enumerate(times.nearest):
            nearest_id[i] = ids[j] if j >= 0 else None
        junctions = node_ids = None
        if nodes:
            junctions, node_ids = access_method.junction_points(graph)
            node_times = network_method.travel_times(graph, junctions, d)
            node_values = {name: np.full(junctions.n, np.nan) for name in values_out}
            node_values["time_min"] = np.where(np.isfinite(node_times.time_min), node_times.time_min, np.nan)
            node_nearest = [ids[j] if j >= 0 else None for j in node_times.nearest]
            node_extra = {}
        target = o if junctions is None else access_method.combine(o, junctions)
        n_o = o.n

        def split(name, both):
            values_out[name] = both[:n_o]
            if junctions is not None:
                node_values[name] = both[n_o:]

        if measure_index == 1 and not extended:
            split("opportunities", network_method.opportunities(graph, target, d, weights, threshold, engine=engine))
        elif measure_index == 1:
            result = access_method.aggregate(graph, target, d, values, threshold, decay, beta, names, quantile,
                                             engine=engine)
            split("opportunities", result.pop("sum"))
            extra.update(_aggregation_columns({key: v[:n_o] for key, v in result.items()}, names, quantile))
            if junctions is not None:
                node_extra.update(_aggregation_columns({key: v[n_o:] for key, v in result.items()}, names,
                                                       quantile))
        elif measure_index == 2:
            limit_gravity = math.log(1e6) / beta if beta > 0 else np.inf
            split("gravity", network_method.gravity(graph, target, d, weights, beta, limit_gravity, engine=engine))
        elif measure_index == 3:
            if not demand:
                raise MethodError("2SFCA needs demand= on the origins (e.g. population)")
            amounts = np.array([_number(v) for v in origins[demand].tolist()])
            if junctions is None:
                values_out["fca"] = network_method.two_step_fca(graph, o, d, weights, amounts, threshold,
                                                                engine=engine)
            else:
                values_out["fca"], node_values["fca"] = access_method.two_step_fca(
                    graph, o, d, weights, amounts, threshold, points=junctions, engine=engine)
        elif measure_index == 4:
            k_times, k_index = access_method.k_nearest(graph, target, d, int(k), limit, engine=engine)
            extra.update(_k_columns(k_times[:n_o], k_index[:n_o], ids, values_out["time_min"], nearest_id))
            if junctions is not None:
                node_extra.update(_k_columns(k_times[n_o:], k_index[n_o:], ids, node_values["time_min"],
                                             node_nearest))
        method_text = "road network"
        if junctions is not None:
            node_frame = gpd.GeoDataFrame({"node_id": node_ids.astype(np.int64)},
                                          geometry=gpd.points_from_xy(graph.node_xy[node_ids, 0],
                                                                      graph.node_xy[node_ids, 1]), crs=crs)
            _fill_travel_columns(node_frame, node_values, node_nearest, method_text, node_extra)
    if n_unattached:
        _warn(f"{n_unattached} origin(s) are farther than the largest snap distance from the network: their values "
              "are missing.")
    if n_without:
        _warn(f"{n_without} origin(s) can reach no destination over the network (roads cut off from the rest, or "
              "one-way streets): their time is missing.")
    _new_columns(origins, extra, "the origins")
    out = origins.copy()
    _fill_travel_columns(out, values_out, nearest_id, method_text, extra)
    finite = values_out["time_min"][np.isfinite(values_out["time_min"])]
    out.attrs["strukturbild"] = {"N_ORIGINS": n, "N_UNATTACHED": n_unattached, "N_WITHOUT_DESTINATION": n_without,
                                 "N_ATTACHED_FARTHER": n_farther,
                                 "MEDIAN_TIME": float(np.median(finite)) if len(finite) else None,
                                 "N_NODES": 0 if node_frame is None else len(node_frame)}
    if node_frame is None:
        return out
    node_frame.attrs["strukturbild"] = dict(out.attrs["strukturbild"])
    return out, node_frame


def _is_number(value):
    """True for a value that reads as a finite number (a missing value or text does not)."""
    try:
        return math.isfinite(float(_plain(value)))
    except (TypeError, ValueError):
        return False


def _fill_travel_columns(frame, values, nearest_id, method_text, extra):
    """time_min, nearest_id, opportunities, gravity, fca, access_method and the added columns, in that order."""
    time_min = np.asarray(values["time_min"], dtype=float)
    frame["time_min"] = time_min
    frame["nearest_id"] = [nearest_id[i] if np.isfinite(time_min[i]) else None for i in range(len(time_min))]
    for name in ("opportunities", "gravity", "fca"):
        frame[name] = np.where(np.isfinite(values[name]), values[name], np.nan).astype(float)
    frame["access_method"] = method_text
    for name, column in extra.items():
        frame[name] = np.where(np.isfinite(column), column, np.nan).astype(float) \
            if isinstance(column, np.ndarray) else column


# -- border zones ---------------------------------------------------------------------------------------------------


def border_zones(regions, region_id, selection=None, border="internal", bands=(10, 25), mode="distance",
                 snap_tolerance=250.0, target_crs=None, population=None, population_field=None, services=None,
                 network=None, speed=None, default_speed=70.0, oneway=None, tolerance=0.0, access_speed=5.0,
                 max_snap=500.0, detour_factor=1.3, sample_spacing=250.0, road_buffer=500.0, client=None):
    """Bands along the land borders of regions (gränsbygd), as strukturbild:borderzones.

    regions: a GeoDataFrame of polygons, or a list of them in any CRSs (e.g. län of Sweden and fylker of Norway),
    each with the id column ``region_id``; rows with the same id are one region. selection: ids (a list or
    comma-separated text; None: all). border: "internal" (borders between two selected regions) or "all" (all land
    borders of the selected regions, with any region). bands: upper bounds, e.g. (10, 25) or "10,25", in km
    (mode="distance") or minutes (mode="time": over ``network``, else the straight-line estimate at
    ``default_speed`` × ``detour_factor``). A region's boundary within ``snap_tolerance`` metres of another's is a
    border (one line per pair, on the boundary of the region whose id sorts first; GEOS snapping).
    target_crs: the working CRS (default the first projected CRS in metres of the regions, else the UTM zone of the
    data). population: points or polygons (apportioned by area) with ``population_field`` (None: 1 each);
    services: points, counted.

    Returns the bands (MultiPolygons in the working CRS) with region_id, band_from, band_to, area_km2, population,
    services, band_enhet, grans, strukturbild_typ, access_method and zon (the zone's unique label, "05 0–10 km");
    ``attrs["strukturbild"]``: N_ZONES,
    N_BORDERS, BORDER_KM, BORDER_LENGTHS.
    """
    _local_only(client, "border_zones")
    kind = _choice(border, _BORDERS, "border")
    mode_index = _choice(mode, _BAND_MODES, "mode")
    _finite(snap_tolerance=snap_tolerance, default_speed=default_speed, tolerance=tolerance,
            access_speed=access_speed, max_snap=max_snap, detour_factor=detour_factor,
            sample_spacing=sample_spacing, road_buffer=road_buffer)
    text = bands if isinstance(bands, str) else ",".join(str(b) for b in np.asarray(bands, dtype=object).ravel())
    try:
        intervals = border_method.band_intervals(border_method.parse_bands(text))
    except border_method.BandError as error:
        raise MethodError(f"bands must be numbers greater than 0 and at most {border_method.MAX_BAND:,.0f}, e.g. "
                          f"(10, 25), not {bands!r} ({error.reason})") from None
    frames = list(regions) if isinstance(regions, (list, tuple)) else [regions]
    if not frames:
        raise MethodError("give at least one region frame")
    for k, frame in enumerate(frames):
        _frame(frame, f"region frame {k + 1}")
        _column(frame, region_id, f"region frame {k + 1}", "region id")
    if not region_id:
        raise MethodError("name the region id column: region_id='lan_code'")
    crs = _border_crs(frames, target_crs)
    polygons = _read_regions(frames, region_id, crs)
    chosen = border_method.parse_selection(selection if isinstance(selection, str) or selection is None
                                           else ",".join(str(s) for s in selection))
    chosen = [od_method.normalise_id(s) for s in chosen] or sorted(polygons)
    missing = [s for s in chosen if s not in polygons]
    if missing:
        known = sorted(polygons)
        raise MethodError(f"region id(s) not found in '{region_id}': {', '.join(missing)}. The regions have e.g. "
                          f"{', '.join(known[:12])}{' …' if len(known) > 12 else ''}")
    if kind == 0 and len(chosen) < 2:
        raise MethodError("internal borders need at least two selected regions; for the land borders of one region "
                          "use border='all'")
    _refuse_overlaps(polygons, chosen, kind)
    lines = _border_lines(polygons, chosen, kind, float(snap_tolerance))
    borders = {}
    for rid in chosen:
        pairs = [pair for pair in lines if rid in pair]
        if pairs:
            borders[rid] = (shapely.union_all([lines[pair] for pair in pairs]), pairs)
        else:
            _warn(f"Region {rid} has no "
                  f"{'border with another selected region' if kind == 0 else 'land border'} (within "
                  f"{float(snap_tolerance):g} m): it gets no zones.")
    method_text = "distance"
    if mode_index == 0:
        zones = _distance_zones(polygons, borders, intervals)
    elif network is None:
        method_text = f"estimate: straight line × {float(detour_factor):g} at {float(default_speed):g} km/h"
        _warn(f"No road network: the travel-time bands are an estimate ({method_text}).")
        km_per_minute = float(default_speed) / 60.0 / float(detour_factor)
        zones = _distance_zones(polygons, borders, [(low * km_per_minute, high * km_per_minute)
                                                    for low, high in intervals])
        minutes = {high * km_per_minute: (low, high) for low, high in intervals}
        zones = [(rid, *minutes[high], geometry) for rid, low, high, geometry in zones]
    else:
        method_text = "road network"
        zones = _time_zones(network, crs, polygons, borders, intervals, speed, float(default_speed), oneway,
                            float(tolerance), float(access_speed), float(max_snap), float(sample_spacing),
                            float(road_buffer))
    geometries = [geometry for _, _, _, geometry in zones]
    people = _population(population, population_field, crs, geometries)
    counts = _services(services, crs, geometries)
    unit = "km" if mode_index == 0 else "min"
    out = gpd.GeoDataFrame({
        "region_id": [rid for rid, _, _, _ in zones],
        "band_from": [float(low) for _, low, _, _ in zones], "band_to": [float(high) for _, _, high, _ in zones],
        "area_km2": [geometry.area / 1e6 for geometry in geometries],
        "population": people if people is not None else [None] * len(zones),
        "services": pd.array(counts if counts is not None else [None] * len(zones), dtype="Int64"),
        "band_enhet": unit, "grans": [", ".join(f"{a}–{b}" for a, b in borders[rid][1]) for rid, _, _, _ in zones],
        "strukturbild_typ": "gransbygd", "access_method": method_text,
        "zon": [border_method.zone_label(rid, low, high, unit) for rid, low, high, _ in zones],
    }, geometry=gpd.GeoSeries([_multi(g) for g in geometries], crs=crs), crs=crs)
    if people is None:
        out["population"] = out["population"].astype(object)
    total_km = sum(line.length for line in lines.values()) / 1000.0
    out.attrs["strukturbild"] = {
        "N_ZONES": len(zones), "N_BORDERS": len(lines), "BORDER_KM": total_km,
        "BORDER_LENGTHS": "; ".join(f"{a}–{b}: {line.length / 1000.0:.1f} km" for (a, b), line in lines.items())}
    return out


def _border_crs(frames, target_crs):
    crss = [_crs(frame, f"region frame {k + 1}") for k, frame in enumerate(frames)]
    if target_crs is not None:
        target = pyproj.CRS(target_crs)
    else:
        metric = [crs for crs in crss if _in_metres(crs)]
        target = metric[0] if metric else _utm(crss[0], frames[0].total_bounds)
    if target.is_geographic:
        raise MethodError(f"the working CRS (target_crs) {_crs_label(target)} is in degrees: choose a projected CRS "
                          "in metres such as SWEREF 99 TM (EPSG:3006)")
    if not _in_metres(target):
        raise MethodError(f"the working CRS (target_crs) {_crs_label(target)} is in {_unit_name(target)}: choose a "
                          "projected CRS in metres such as SWEREF 99 TM (EPSG:3006)")
    if any(crs != target for crs in crss):
        _warn(f"Regions in {', '.join(sorted({_crs_label(c) for c in crss}))} are reprojected to {_crs_label(target)} "
              f"({target.name}) for every distance and area.")
    return target


def _read_regions(frames, region_id, crs):
    """{region id: polygon in the working CRS}; rows sharing an id are dissolved into one region."""
    parts, owner, skipped, repaired = {}, {}, 0, []
    for k, frame in enumerate(frames):
        what = f"region frame {k + 1}"
        measured = _to(frame, crs, what)
        for value, geometry in zip(frame[region_id].tolist(), measured.geometry):
            rid = od_method.normalise_id(_plain(value))
            if not rid or geometry is None or geometry.is_empty:
                skipped += 1
                continue
            if geometry.geom_type not in ("Polygon", "MultiPolygon"):
                raise MethodError(f"region {rid} of {what} is a {geometry.geom_type}: regions must be polygons")
            if owner.setdefault(rid, k) != k:
                raise MethodError(f"the id {rid} occurs in region frames {owner[rid] + 1} and {k + 1}: ids must be "
                                  "unique across the frames (e.g. prefix them with a country code)")
            if not np.isfinite(shapely.get_coordinates(geometry)).all():
                raise MethodError(f"region {rid} of {what} cannot be transformed to {_crs_label(crs)}: choose a "
                                  "target_crs that covers all regions")
            if not geometry.is_valid:
                geometry = _polygonal(shapely.make_valid(geometry))
                repaired.append(rid)
            parts.setdefault(rid, []).append(geometry)
    if skipped:
        _warn(f"{skipped} region row(s) without a geometry or without an id in '{region_id}' were left out.")
    if repaired:
        _warn(f"{len(repaired)} invalid region geometry(ies) were repaired (make_valid): {', '.join(repaired[:5])}.")
    if not parts:
        raise MethodError(f"the regions have no row with a geometry and an id in '{region_id}'")
    return {rid: (geometries[0] if len(geometries) == 1 else shapely.union_all(geometries))
            for rid, geometries in parts.items()}


def _candidates(polygons, chosen, kind, tolerance=0.0):
    ids = list(polygons)
    geometries = np.asarray([polygons[rid] for rid in ids], dtype=object)
    tree = shapely.STRtree(geometries)
    selected = set(chosen)
    pairs = []
    for rid in chosen:
        x0, y0, x1, y1 = polygons[rid].bounds
        grow = max(tolerance, 1.0)
        for j in tree.query(shapely.box(x0 - grow, y0 - grow, x1 + grow, y1 + grow)):
            other = ids[int(j)]
            if other == rid or (kind == 0 and other not in selected):
                continue
            pair = tuple(sorted((rid, other)))
            if pair not in pairs:
                pairs.append(pair)
    return sorted(pairs)


def _refuse_overlaps(polygons, chosen, kind):
    for a, b in _candidates(polygons, chosen, kind):
        if not polygons[a].intersects(polygons[b]):
            continue
        overlap = _polygonal(polygons[a].intersection(polygons[b])).area
        smaller = min(polygons[a].area, polygons[b].area)
        if smaller > 0 and overlap > OVERLAP_SHARE * smaller:
            raise MethodError(f"regions {a} and {b} overlap by {overlap / 1e6:,.1f} km² ({overlap / smaller:.0%} of "
                              "the smaller one). Regions must not overlap: are two levels (län and kommuner) or two "
                              "copies of a frame mixed? Remove the overlap and run again")


def _border_lines(polygons, chosen, kind, tolerance):
    """{(a, b): the border line of the pair, on a's boundary}; b is snapped onto a first (GEOS snapping)."""
    lines = {}
    for a, b in _candidates(polygons, chosen, kind, tolerance):
        snapped = shapely.snap(polygons[b], polygons[a], tolerance) if tolerance > 0 else polygons[b]
        common = polygons[a].intersection(snapped)
        pieces = _linear(common)
        overlap = _polygonal(common)
        if not overlap.is_empty:  # a sliver wider than the tolerance: a's boundary through it is the border
            pieces += _linear(polygons[a].boundary.intersection(overlap))
        line = shapely.union_all(pieces) if pieces else None
        if line is not None and not line.is_empty and line.length > 0:
            lines[(a, b)] = shapely.line_merge(line) if line.geom_type == "MultiLineString" else line
    if not lines:
        if kind == 0:
            raise MethodError(f"the selected regions share no border (no boundary within snap_tolerance = "
                              f"{tolerance:g} m of another selected region): select neighbouring regions, raise "
                              "snap_tolerance, or use border='all' for all land borders")
        raise MethodError(f"the selected regions have no land border with any region given (no boundary within "
                          f"snap_tolerance = {tolerance:g} m of another region): add the neighbouring regions or "
                          "raise snap_tolerance")
    return lines


def _rings(rid, within, intervals):
    zones = []
    for low, high in intervals:
        ring = within[high] if low == 0 or within[low].is_empty else _polygonal(within[high].difference(within[low]))
        if not ring.is_empty and ring.area > 0:
            zones.append((rid, low, high, ring))
    return zones


def _distance_zones(polygons, borders, intervals):
    zones = []
    for rid, (line, _) in borders.items():
        within = {high: _polygonal(line.buffer(high * 1000.0, quad_segs=BAND_SEGMENTS).intersection(polygons[rid]))
                  for _, high in intervals}
        zones += _rings(rid, within, intervals)
    return zones


def _time_zones(network, crs, polygons, borders, intervals, speed, default_speed, oneway, tolerance, access_speed,
                max_snap, spacing, road_buffer):
    graph = _read_network(network, crs, speed, default_speed, oneway, tolerance)
    roads = np.asarray(list(_to(network, crs, "the road network").geometry), dtype=object)
    all_borders = shapely.union_all([line for line, _ in borders.values()])
    usable = np.array([g is not None and not g.is_empty for g in roads], dtype=bool)
    meeting = np.zeros(len(roads), dtype=bool)
    meeting[usable] = shapely.intersects(roads[usable], all_borders)
    crossings = [shapely.get_coordinates(road.intersection(all_borders)) for road in roads[meeting]]
    crossings = np.vstack(crossings) if crossings else np.zeros((0, 2))
    breaks = [high for _, high in intervals]
    zones = []
    for rid, (line, _) in borders.items():
        samples = [border_method.sample_polyline(np.asarray(part.coords)[:, :2], spacing)
                   for part in shapely.get_parts(shapely.line_merge(line) if line.geom_type == "MultiLineString"
                                                 else line) if part.geom_type == "LineString"]
        near = shapely.distance(shapely.points(crossings), line) <= ON_BORDER_M if len(crossings) \
            else np.zeros(0, dtype=bool)
        on_border = crossings[near]
        sources = np.vstack(samples + [on_border.reshape(-1, 2)])
        attached = network_method.attach_points(graph, sources, max_snap, access_speed)
        if not attached.attached.any():
            _warn(f"No road lies within {max_snap:g} m (max_snap) of the border of region {rid}: it gets no zones.")
            continue
        area = network_method.service_area(graph, attached, breaks, direction="from")
        within = {}
        for high in breaks:
            edges, f0, f1 = area.reached(high)
            keep = f1 > f0
            edges, f0, f1 = edges[keep], f0[keep], f1[keep]
            a, b = graph.seg_a[edges], graph.seg_b[edges]
            starts, ends = a + (b - a) * f0[:, None], a + (b - a) * f1[:, None]
            pieces = shapely.linestrings(np.stack([starts, ends], axis=1)) if len(edges) else []
            reached = shapely.union_all(shapely.buffer(pieces, road_buffer, quad_segs=ROAD_SEGMENTS)) \
                if len(pieces) else None
            within[high] = _polygonal(reached.intersection(polygons[rid])) if reached is not None \
                else MultiPolygon()
        zones += _rings(rid, within, intervals)
    return zones


def _population(population, field, crs, zones):
    if population is None:
        return None
    _frame(population, "the population")
    _column(population, field, "the population", "population")
    measured = _to(population, crs, "the population")
    geometries, values, unusable = [], [], 0
    for k, geometry in enumerate(measured.geometry):
        if geometry is None or geometry.is_empty:
            continue
        value = _plain(population[field].iloc[k]) if field else 1.0
        if field and value is None:
            unusable += 1
        geometries.append(geometry)
        values.append(_number(value))
    if not geometries:
        raise MethodError("the population frame has no row with a geometry: give population with geometries, or "
                          "leave population=None")
    if unusable:
        _warn(f"{unusable} population row(s) have no value in '{field}' and count as 0.")
    values = np.asarray(values, dtype=float)
    if all(g.geom_type in ("Point", "MultiPoint") for g in geometries):
        return _sum_points(zones, geometries, values)
    geometries = np.asarray(geometries, dtype=object)
    areas = shapely.area(geometries)
    tree = shapely.STRtree(geometries)
    totals = np.zeros(len(zones))
    for k, zone in enumerate(zones):
        candidates = tree.query(zone, predicate="intersects")
        if len(candidates):
            overlap = shapely.area(shapely.intersection(geometries[candidates], zone))
            totals[k] = float(border_method.apportion(values[candidates], overlap, areas[candidates]).sum())
    return totals


def _services(services, crs, zones):
    if services is None:
        return None
    _frame(services, "the services")
    geometries = [g for g in _to(services, crs, "the services").geometry if g is not None and not g.is_empty]
    if not geometries:
        _warn("The services frame has no rows: every zone has 0 services.")
        return np.zeros(len(zones), dtype=np.int64)
    return np.rint(_sum_points(zones, geometries, np.ones(len(geometries)))).astype(np.int64)


def _sum_points(zones, geometries, values):
    """Per zone the sum of the values of the points inside it (a multipoint counts where its first point is)."""
    points = shapely.points(np.asarray([shapely.get_coordinates(g)[0] for g in geometries], dtype=float))
    tree = shapely.STRtree(points)
    totals = np.zeros(len(zones))
    for k, zone in enumerate(zones):
        inside = tree.query(zone, predicate="contains")
        totals[k] = float(values[inside].sum()) if len(inside) else 0.0
    return totals
