"""Road layers as they come: recognise NVDB (Lastkajen), OSM and osmnx exports and derive per-line speeds and
directions without the user mapping fields (pure Python; used by the accessibility adapters).

Each line gets a forward and a backward speed in km/h; 0 means that direction may not be driven. Missing speed
limits fall back to a default per road class (documented below), and the caller's default speed last of all.

One-way values (``OnewayCodes``): one decoder for every layer and every algorithm. Case, surrounding whitespace and
quotes are ignored, and numbers count by value whether stored as text, integer or real ("1", 1, 1.0, "1.0", "+1").

- forwards only (digitising direction): ``yes``, ``true``, ``1``, ``FT``, ``y``, ``ja``, ``sant``, ``forward``,
  boolean true;
- backwards only: ``-1``, ``reverse``, ``TF``, ``backward``;
- both ways: ``no``, ``false``, ``0``, ``B``, ``both``, ``nej``, ``falskt``, OSM's ``alternating`` and
  ``reversible`` (directions that change over the day), boolean false, and a missing value (NULL, empty);
- closed both ways: ``N`` (ESRI's code for a line that may not be driven at all);
- single letters ``F`` and ``T``: ESRI's and HERE's short forms of FT and TF (F forwards, T backwards), except in a
  column of yes/no words (Y/N, yes/no, true/false; no FT/TF/B), where T is true (forwards) and F and N are false
  (both ways). The reading is chosen once per column from its distinct values (``OnewayCodes(distinct)``).

Anything else (``2``, ``x``, ``0.5`` ...) is not recognised: the line is taken as two-way and the value counted, so
that the adapter can warn about it (``RoadReader.unrecognised``).

NVDB: ``F_ForbjudenFardriktning`` / ``B_ForbjudenFardriktning`` (or the long names ``Förbjuden färdriktning(F)`` /
``(B)``) close the forward / backward direction when true: ``1``, ``-1`` (true in Esri file geodatabases), ``true``,
``ja``, ``yes``, ``t``, ``y``, boolean true; false: ``0``, ``false``, ``nej``, ``no``, ``f``, ``n``, missing.
"""

import math
import re
from collections import Counter

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
#: NVDB's short field names (Lastkajen) and the long names of its readable exports.
_NVDB_NAMES = {
    "Klass_181": ("Klass_181", "Funktionell vägklass/Klass"),
    "F_Hogst_225": ("F_Hogst_225", "Hastighetsgräns/Högsta tillåtna hastighet(F)"),
    "B_Hogst_225": ("B_Hogst_225", "Hastighetsgräns/Högsta tillåtna hastighet(B)"),
    "F_ForbjudenFardriktning": ("F_ForbjudenFardriktning", "Förbjuden färdriktning(F)"),
    "B_ForbjudenFardriktning": ("B_ForbjudenFardriktning", "Förbjuden färdriktning(B)"),
}
#: Fields recognised as one-way fields without being named (OSM, ESRI, HERE's DIR_TRAVEL).
ONEWAY_FIELD_NAMES = ("oneway", "one_way", "dir_travel")

FORWARD, BACKWARD, BOTH, CLOSED = (True, False), (False, True), (True, True), (False, False)

_MISSING = {"", "null", "none", "nan", "<null>", "nil"}
_WORDS = {
    "1": FORWARD, "yes": FORWARD, "true": FORWARD, "ft": FORWARD, "y": FORWARD, "j": FORWARD, "ja": FORWARD,
    "sant": FORWARD, "forward": FORWARD, "forwards": FORWARD,
    "-1": BACKWARD, "reverse": BACKWARD, "tf": BACKWARD, "backward": BACKWARD, "backwards": BACKWARD,
    "0": BOTH, "no": BOTH, "false": BOTH, "b": BOTH, "both": BOTH, "nej": BOTH, "falskt": BOTH,
    "alternating": BOTH, "reversible": BOTH,
}
_LETTERS = {
    "direction": {"f": FORWARD, "t": BACKWARD, "n": CLOSED},
    "boolean": {"t": FORWARD, "f": BOTH, "n": BOTH},
}
_YES_NO_WORDS = {"y", "j", "yes", "no", "true", "false", "ja", "nej", "sant", "falskt"}
_DIRECTION_WORDS = {"ft", "tf", "b"}
_FLAG_TRUE = {"1", "-1", "true", "yes", "y", "j", "ja", "sant", "t"}
_FLAG_FALSE = {"0", "false", "no", "n", "nej", "falskt", "f"}


def _lower_names(field_names):
    return {str(name).lower(): name for name in field_names}


def _find(names, *candidates):
    """The layer's own spelling of the first candidate field it has (case-insensitive), else None."""
    for candidate in candidates:
        if candidate.lower() in names:
            return names[candidate.lower()]
    return None


def detect_schema(field_names):
    """'nvdb', 'osmnx' (one directed edge per line, u → v), 'osm' (ways with highway and/or maxspeed, oneway) or
    None."""
    names = _lower_names(field_names)
    if _find(names, *_NVDB_NAMES["F_Hogst_225"]) and _find(names, *_NVDB_NAMES["B_Hogst_225"]):
        return "nvdb"
    if {"u", "v", "highway"} <= set(names):
        return "osmnx"
    if "highway" in names or "maxspeed" in names or "maxspeed_kmh" in names:
        return "osm"
    return None


def _is_missing(value):
    # QGIS's NULL is a null QVariant: recognised by duck typing (no qgis import here)
    return value is None or (hasattr(value, "isNull") and callable(value.isNull) and value.isNull())


def oneway_key(value):
    """A one-way (or yes/no) value in a normal form: lower case, trimmed, numbers by value ('1.0', 1.0 → '1');
    None for a missing value (None, NULL, '', 'null', NaN)."""
    if _is_missing(value):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)) or type(value).__name__.startswith(("int", "float", "uint")):
        try:
            number = float(value)
        except (TypeError, ValueError):
            return str(value)
        if math.isnan(number):
            return None
        return str(int(number)) if number.is_integer() else repr(number)
    text = str(value).strip().strip("'\"").strip().lower()
    if text in _MISSING:
        return None
    if re.fullmatch(r"[+-]?\d+(?:[.,]\d*)?(?:e[+-]?\d+)?", text):
        number = float(text.replace(",", "."))
        if number.is_integer():
            return str(int(number))
    return text


def _number(value):
    if _is_missing(value) or isinstance(value, bool):
        return None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def parse_maxspeed(value):
    """OSM maxspeed → km/h or None: '50', '50 mph', "['50', '30']" (the smallest), 'SE:urban', 'none'."""
    if _is_missing(value):
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


class OnewayCodes:
    """The one-way decoder for one column (module docstring). ``distinct``: the column's distinct values, which
    decide how single letters F/T/N read: ``reading`` is "direction" (F forwards, T backwards, N closed) or
    "boolean" (T true = forwards, F/N false = both ways)."""

    def __init__(self, distinct=()):
        keys = {oneway_key(value) for value in distinct} - {None}
        yes_no = bool(keys & _YES_NO_WORDS) and not keys & _DIRECTION_WORDS
        self.reading = "boolean" if yes_no else "direction"
        self._letters = _LETTERS[self.reading]

    def decode(self, value):
        """(forward allowed, backward allowed), or None when the value is not recognised."""
        key = oneway_key(value)
        if key is None:
            return BOTH
        return _WORDS.get(key) or self._letters.get(key)


def decode_oneway(value, distinct=()):
    """One value: (forward allowed, backward allowed), or None when not recognised (see OnewayCodes)."""
    return OnewayCodes(distinct or (value,)).decode(value)


def decode_flag(value):
    """A yes/no flag such as NVDB's ForbjudenFardriktning: True, False (also when missing), None unrecognised."""
    key = oneway_key(value)
    if key is None or key in _FLAG_FALSE:
        return False
    if key in _FLAG_TRUE:
        return True
    return None


class RoadReader:
    """Per-line forward and backward speeds (km/h, 0 = closed) for one road layer, with what it could not read.

    field_names: the layer's fields. speed_field: km/h for both directions (else the recognised schema's speeds,
    else ``default_speed``). oneway_field: the one-way field (else NVDB's ForbjudenFardriktning fields, an osmnx
    layer's directed edges, or a field named oneway / one_way / dir_travel; OSM's junction=roundabout makes a line
    without a one-way value one-way). distinct_values: field name → that column's distinct values, used to choose
    how single letters read (``OnewayCodes``); without it every value is read on its own.

    After reading: ``unrecognised`` {field: Counter(value text → lines)} (taken as two-way), ``bad_speeds`` (lines
    whose speed_field value was unusable: the default speed), ``closed`` (lines closed both ways), ``lines``.
    ``schema``, ``direction_source`` ("field", "nvdb", "osmnx" or None), ``oneway_field`` and ``oneway_reading``
    say what was used.
    """

    def __init__(self, field_names, default_speed, speed_field=None, oneway_field=None, distinct_values=None,
                 schema="detect"):
        self.field_names = list(field_names)
        self.names = _lower_names(self.field_names)
        self.default_speed = float(default_speed)
        self.speed_field = speed_field or None
        self.schema = (None if self.speed_field else detect_schema(self.field_names)) if schema == "detect" \
            else schema
        self.unrecognised = {}
        self.bad_speeds = 0
        self.closed = 0
        self.lines = 0
        self.oneway_field = None
        self.oneway_reading = None
        self.junction_field = _find(self.names, "junction")
        self.nvdb_flags = (_find(self.names, *_NVDB_NAMES["F_ForbjudenFardriktning"]),
                           _find(self.names, *_NVDB_NAMES["B_ForbjudenFardriktning"]))
        if oneway_field:
            self.direction_source, self.oneway_field = "field", _find(self.names, oneway_field) or oneway_field
        elif self.schema == "osmnx":
            self.direction_source = "osmnx"
        elif any(self.nvdb_flags):
            self.direction_source = "nvdb"
        else:
            self.oneway_field = _find(self.names, *ONEWAY_FIELD_NAMES)
            self.direction_source = "field" if self.oneway_field else None
        self.codes = OnewayCodes()
        if self.oneway_field is not None:
            distinct = distinct_values(self.oneway_field) if distinct_values is not None else ()
            self.codes = OnewayCodes(distinct or ())
            self.oneway_reading = self.codes.reading

    def _value(self, record, field):
        key = self.names.get(str(field).lower())
        return None if key is None else record.get(key)

    def _count(self, field, value):
        self.unrecognised.setdefault(field, Counter())[str(value).strip()] += 1

    def base_speeds(self, record):
        """(forward, backward) km/h before any direction is closed."""
        if self.speed_field:
            speed = _number(self._value(record, self.speed_field))
            if speed is None or speed <= 0:
                self.bad_speeds += 1
                speed = self.default_speed
            return speed, speed
        if self.schema == "nvdb":
            klass = _number(self._value(record, _find(self.names, *_NVDB_NAMES["Klass_181"]) or "Klass_181"))
            fallback = NVDB_DEFAULT_SPEEDS.get(int(klass), self.default_speed) if klass is not None \
                else self.default_speed
            forward = _number(self._value(record, _find(self.names, *_NVDB_NAMES["F_Hogst_225"]))) or None
            backward = _number(self._value(record, _find(self.names, *_NVDB_NAMES["B_Hogst_225"]))) or None
            forward = forward if forward and forward > 0 else None
            backward = backward if backward and backward > 0 else None
            forward = forward or backward or fallback
            return float(forward), float(backward or forward)
        if self.schema in ("osm", "osmnx"):
            value = self._value(record, "highway")
            highway = "" if _is_missing(value) else str(value).strip().lower()
            # osmnx may store a list of classes for merged ways: take the first that we know
            classes = re.findall(r"[a-z_]+", highway) or [highway]
            fallback = next((OSM_DEFAULT_SPEEDS[c] for c in classes if c in OSM_DEFAULT_SPEEDS), self.default_speed)
            speed = None
            for field in ("maxspeed_kmh", "maxspeed"):
                speed = parse_maxspeed(self._value(record, field)) if field in self.names else None
                if speed:
                    break
            speed = float(speed or fallback)
            return speed, speed
        return self.default_speed, self.default_speed

    def directions(self, record):
        """(forward allowed, backward allowed) for one line."""
        if self.direction_source == "osmnx":
            return FORWARD
        if self.direction_source == "nvdb":
            allowed = []
            for field in self.nvdb_flags:
                value = self._value(record, field) if field else None
                flag = decode_flag(value)
                if flag is None:
                    self._count(field, value)
                allowed.append(not flag)
            return tuple(allowed)
        if self.direction_source == "field":
            value = self._value(record, self.oneway_field)
            if oneway_key(value) is None and self.junction_field is not None:
                junction = self._value(record, self.junction_field)
                if not _is_missing(junction) and str(junction).strip().lower() in ("roundabout", "circular"):
                    return FORWARD
            allowed = self.codes.decode(value)
            if allowed is None:
                self._count(self.oneway_field, value)
                return BOTH
            return allowed
        if self.junction_field is not None:
            junction = self._value(record, self.junction_field)
            if not _is_missing(junction) and str(junction).strip().lower() in ("roundabout", "circular"):
                return FORWARD
        return BOTH

    def speeds(self, record):
        """(forward km/h, backward km/h) for one line; 0 = that direction is closed. record: {field: value}."""
        self.lines += 1
        forward, backward = self.base_speeds(record)
        can_forward, can_backward = self.directions(record)
        if not can_forward and not can_backward:
            self.closed += 1
        return (float(forward) if can_forward else 0.0), (float(backward) if can_backward else 0.0)

    def unrecognised_examples(self, field, limit=5):
        """'value' ×n, … for the most frequent unrecognised values of a field."""
        counts = self.unrecognised.get(field, Counter())
        return ", ".join(f"'{value}' ×{n}" for value, n in counts.most_common(limit))


def line_speeds(schema, field_names, record, default_speed):
    """(forward km/h, backward km/h) for one line; 0 = that direction is closed.

    record: {field name: value}. For 'nvdb': F_/B_Hogst_225 speed limits per direction, else the Klass_181
    default; F_/B_ForbjudenFardriktning true closes that direction. For 'osm': maxspeed, else the highway class
    default; oneway/junction. For 'osmnx': every line is a directed edge (forward only). Otherwise the default speed
    both ways. One record on its own: use ``RoadReader`` for a layer (column-wise one-way reading, counts).
    """
    return RoadReader(field_names, default_speed, schema=schema).speeds(record)
