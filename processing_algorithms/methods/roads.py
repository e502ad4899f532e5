"""Road layers as they come: recognise NVDB (Lastkajen), OSM and osmnx exports and derive per-line speeds and
directions without the user mapping fields (pure Python; used by the accessibility adapters).

Each line gets a forward and a backward speed in km/h; 0 means that direction may not be driven. Missing speed
limits fall back to a default per road class (documented below), and the caller's default speed last of all.
"""

import math
import re

#: OSM `highway` class → km/h where `maxspeed` is missing (Swedish general limits and typical rural speeds).
OSM_DEFAULT_SPEEDS = {
    "motorway": 110, "motorway_link": 70, "trunk": 90, "trunk_link": 60, "primary": 80, "primary_link": 50,
    "secondary": 70, "secondary_link": 50, "tertiary": 60, "tertiary_link": 40, "unclassified": 50,
    "residential": 40, "living_street": 10, "service": 20, "road": 50, "track": 30,
}
#: NVDB funktionell vägklass (`Klass_181`, 0 = the most important roads … 9 = the least) → km/h where no speed limit
#: is recorded.
NVDB_DEFAULT_SPEEDS = {0: 110, 1: 100, 2: 90, 3: 80, 4: 70, 5: 70, 6: 60, 7: 50, 8: 40, 9: 30}
#: OSM's implicit Swedish limits (maxspeed=SE:…).
_OSM_IMPLICIT = {"se:urban": 50, "se:rural": 70, "se:motorway": 110, "se:trunk": 90, "walk": 7, "none": None}

NVDB_FIELDS = ("Klass_181", "F_Hogst_225", "B_Hogst_225")
_TRUE = {"1", "true", "yes", "t", "y", "sant", "ja"}


def _lower_names(field_names):
    return {str(name).lower(): name for name in field_names}


def detect_schema(field_names):
    """'nvdb', 'osmnx' (one directed edge per line, u → v), 'osm' (ways with highway and/or maxspeed, oneway) or
    None."""
    names = _lower_names(field_names)
    if all(field.lower() in names for field in NVDB_FIELDS):
        return "nvdb"
    if {"u", "v", "highway"} <= set(names):
        return "osmnx"
    if "highway" in names or "maxspeed" in names or "maxspeed_kmh" in names:
        return "osm"
    return None


def _number(value):
    if value is None:
        return None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def parse_maxspeed(value):
    """OSM maxspeed → km/h or None: '50', '50 mph', "['50', '30']" (the smallest), 'SE:urban', 'none'."""
    if value is None:
        return None
    text = str(value).strip().lower()
    if not text or text == "null":
        return None
    if text in _OSM_IMPLICIT:
        return _OSM_IMPLICIT[text]
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)]
    if not numbers:
        return None
    speed = min(numbers)
    return speed * 1.609344 if "mph" in text else speed


def osm_direction(oneway, junction=None):
    """OSM oneway (+ junction=roundabout) → 1 forwards only, -1 backwards only, 0 both ways."""
    text = "" if oneway is None else str(oneway).strip().lower()
    if text in ("-1", "reverse"):
        return -1
    if text in _TRUE:
        return 1
    if junction is not None and str(junction).strip().lower() in ("roundabout", "circular"):
        return 1
    return 0


def _value(record, names, field):
    key = names.get(field.lower())
    return None if key is None else record.get(key)


def line_speeds(schema, field_names, record, default_speed):
    """(forward km/h, backward km/h) for one line; 0 = that direction is closed.

    record: {field name: value}. For 'nvdb': F_/B_Hogst_225 speed limits per direction, else the Klass_181
    default; F_/B_ForbjudenFardriktning true closes that direction. For 'osm': maxspeed, else the highway class
    default; oneway/junction. For 'osmnx': every line is a directed edge (forward only). Otherwise the default speed
    both ways.
    """
    names = _lower_names(field_names)
    if schema == "nvdb":
        klass = _number(_value(record, names, "Klass_181"))
        fallback = NVDB_DEFAULT_SPEEDS.get(int(klass), default_speed) if klass is not None else default_speed
        forward = _number(_value(record, names, "F_Hogst_225")) or None
        backward = _number(_value(record, names, "B_Hogst_225")) or None
        forward = forward or backward or fallback
        backward = backward or forward
        if str(_value(record, names, "F_ForbjudenFardriktning") or "").strip().lower() in _TRUE:
            forward = 0.0
        if str(_value(record, names, "B_ForbjudenFardriktning") or "").strip().lower() in _TRUE:
            backward = 0.0
        return float(forward), float(backward)
    if schema in ("osm", "osmnx"):
        highway = str(_value(record, names, "highway") or "").strip().lower()
        # osmnx may store a list of classes for merged ways: take the first that we know
        classes = re.findall(r"[a-z_]+", highway) or [highway]
        fallback = next((OSM_DEFAULT_SPEEDS[c] for c in classes if c in OSM_DEFAULT_SPEEDS), default_speed)
        speed = None
        for field in ("maxspeed_kmh", "maxspeed"):
            speed = parse_maxspeed(_value(record, names, field)) if field.lower() in names else None
            if speed:
                break
        speed = float(speed or fallback)
        if schema == "osmnx":
            return speed, 0.0
        direction = osm_direction(_value(record, names, "oneway"), _value(record, names, "junction"))
        return (speed if direction >= 0 else 0.0), (speed if direction <= 0 else 0.0)
    return float(default_speed), float(default_speed)
