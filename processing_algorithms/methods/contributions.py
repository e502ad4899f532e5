"""A contributions round on plain data: the rules a contributed strukturbild is checked against, and the bookkeeping
of a merge (every contributed feature ends in the output or among the rejected, with its reason).

Pure Python (no qgis import): the Processing adapters (strukturbild:contributionpackage, validatestrukturbild,
mergecontributions) read the GeoPackages, work out the geometry facts (empty, valid, inside the contributor's area)
with QGIS and hand plain values to these functions; a notebook can use them on its own data.

Severities: an *error* is what the merge will not take (the feature goes to the ``rejected`` table with its
reason, or the whole file is refused); a *warning* is merged but worth a look (a missing field is left empty, a
value is converted, a layer in another CRS is reprojected).
"""

import dataclasses
import math
import re
import unicodedata
import uuid
from dataclasses import dataclass
from typing import Optional

from ...strukturbild_plugin import schema
from .errors import MethodError

ERROR = "error"
WARNING = "warning"

#: Fields every element layer of a contribution package carries besides the schema's (added, never renamed):
#: who contributes the feature, and the regional element it was cut from (a clipped piece gets an id of its own).
PACKAGE_FIELDS = (
    schema.Field("bidragsgivare", "text", "Bidragsgivare", "Contributor"),
    schema.Field("ursprung_id", "text", "Ursprungligt id", "Original id"),
)
#: ... and the merged regional strukturbild besides those: the file a feature came from and that file's date.
PROVENANCE_FIELDS = PACKAGE_FIELDS + (
    schema.Field("bidrag_fil", "text", "Bidragsfil", "Contribution file"),
    schema.Field("bidrag_datum", "text", "Bidragets datum", "Contribution date"),
)
PROVENANCE_NAMES = tuple(spec.name for spec in PROVENANCE_FIELDS)

#: The table a contribution package names its contributor in (one row).
METADATA_TABLE = "strukturbild_bidrag"
METADATA_FIELDS = ("plan_id", "bidragsgivare", "namn", "zonlager", "strukturbild", "crs", "skapad", "format")
PACKAGE_FORMAT = "strukturbild-bidrag 1"
#: The contributor's area in a package (one polygon), and the contributors' areas in a merged strukturbild.
AREA_LAYER = "bidragsomrade"
AREAS_LAYER = "bidragsomraden"
#: Reference layers in a package: the regional elements around the contributor's area, not merged.
REFERENCE_PREFIX = "referens_"
REJECTED_LAYER = "rejected"
CONFLICTS_LAYER = "conflicts"
#: Layers of a package or a merged strukturbild that are not element layers and are no problem.
KNOWN_OTHER_LAYERS = (METADATA_TABLE, AREA_LAYER, AREAS_LAYER, REJECTED_LAYER, CONFLICTS_LAYER, "layer_styles")

#: Distances of the rules (metres): a feature within this distance of its contributor's area counts as inside
#: (generalised boundaries, a node drawn on the border); two points of one element type this close are one place;
#: two cross-border connections that meet a border this close to each other are one connection.
AREA_TOLERANCE_M = 100.0
PLACE_DISTANCE_M = 500.0
BORDER_MATCH_M = 1000.0
#: A contributor's area this close to where a cross-border connection meets the border is the neighbour there
#: (neighbouring areas from generalised boundaries leave gaps and overlaps of a few hundred metres).
NEIGHBOUR_DISTANCE_M = 500.0
#: A package's reference layers hold the regional elements within this distance of the contributor's area (m).
REFERENCE_MARGIN_M = 30_000.0
#: Overlap of two development areas below this is a sliver of generalised boundaries, not a conflict (m²).
MIN_OVERLAP_M2 = 100.0
#: Two areas of one element type are one place when they overlap by at least this share of the smaller one.
SAME_PLACE_SHARE = 0.5

#: Problem kinds and their severity (see the module's docstring).
KINDS = {
    # the file
    "empty": ERROR,
    "no_contributor": ERROR,
    "no_area": WARNING,
    # a layer
    "missing_layer": WARNING,
    "renamed_layer": WARNING,
    "extra_layer": WARNING,
    "no_crs": ERROR,
    "other_crs": WARNING,
    "missing_field": WARNING,
    "extra_field": WARNING,
    "wrong_field_type": WARNING,
    # a feature
    "no_geometry": ERROR,
    "invalid_geometry": ERROR,
    "wrong_geometry": ERROR,
    "not_a_number": ERROR,
    "not_a_whole_number": ERROR,
    "code_not_in_list": ERROR,
    "missing_id": WARNING,
    "duplicate_id": ERROR,
    "outside_area": ERROR,
    "partly_outside_area": WARNING,
}

#: Conflict kinds between contributors (reported, never decided by the merge).
CONFLICT_KINDS = ("same_id", "overlapping_development_areas", "unmatched_cross_border", "classified_differently")

#: Element types whose lines naturally cross the contributor's border: only wholly outside is a problem.
CROSSING_TYPES = ("funktionellt_samband", "gransoverskridande_samband")

_NAMESPACE = uuid.UUID("0b4e8f2a-7c1d-4e55-9a3b-2f6d8c1e5a70")


@dataclass
class Problem:
    """One finding: its kind (a key of KINDS), where it is, and the values its message is made from."""

    kind: str
    layer: str = ""
    fid: Optional[int] = None
    feature_id: str = ""
    field: str = ""
    details: dict = dataclasses.field(default_factory=dict)

    @property
    def severity(self):
        return KINDS[self.kind]


def severity_counts(problems):
    """{"error": n, "warning": m} over ``problems``."""
    counts = {ERROR: 0, WARNING: 0}
    for problem in problems:
        counts[problem.severity] += 1
    return counts


# -- names -------------------------------------------------------------------------------------------------

def element_key_of_layer(name):
    """The element type key a contribution's layer is read as, or None (reference layers, the package's own tables,
    anything else). A reference layer ('referens_nod') is never an element layer."""
    if not name or name.lower().startswith(REFERENCE_PREFIX) or name.lower() in KNOWN_OTHER_LAYERS:
        return None
    element = schema.match_element_type(name)
    return element.key if element is not None else None


def package_file_name(zone_id):
    """'0580' -> 'strukturbild_bidrag_0580.gpkg': a file name safe on every system ('Ö' becomes 'O', other characters
    '_')."""
    text = str(zone_id).strip()
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")  # Ö -> O
    cleaned = re.sub(r"[^0-9A-Za-z_.-]+", "_", ascii_text).strip("._")
    if not cleaned:
        raise MethodError(f"The zone id {text!r} gives no usable file name: give the zones ids with letters or digits.")
    return f"strukturbild_bidrag_{cleaned}.gpkg"


def piece_id(original_id, contributor):
    """The id of a piece of a regional element cut at a contributor's border: stable for the same element and
    contributor (a package made again gives the same ids)."""
    return str(uuid.uuid5(_NAMESPACE, f"piece/{original_id}/{contributor}"))


def assigned_id(contributor, layer, fid):
    """The id the merge gives a contributed feature without one: stable for the same file's feature."""
    return str(uuid.uuid5(_NAMESPACE, f"assigned/{contributor}/{layer}/{fid}"))


# -- the schema: layers and fields ------------------------------------------------------------------------

def _field_kind_matches(expected, actual):
    """A field of type ``actual`` ('text', 'int', 'real', 'other') holds what the schema's ``expected`` needs
    without loss: an int field may hold a real schema field's values, nothing else differs."""
    return expected == actual or (expected == "real" and actual == "int")


def layer_problems(layer_name, key, fields, crs_ok, crs_matches, expected_crs=""):
    """Problems of one element layer. ``fields``: {name: 'text' | 'int' | 'real' | 'other'} (the fid column left
    out); ``crs_ok``: the layer has a CRS; ``crs_matches``: it is the expected one (``expected_crs`` names it)."""
    element = schema.element_type(key)
    problems = []
    if layer_name != key:
        problems.append(Problem("renamed_layer", layer_name, details={"key": key}))
    if not crs_ok:
        problems.append(Problem("no_crs", layer_name))
    elif not crs_matches:
        problems.append(Problem("other_crs", layer_name, details={"expected": expected_crs}))
    allowed = {spec.name for spec in element.fields} | set(PROVENANCE_NAMES)
    for spec in element.fields:
        actual = fields.get(spec.name)
        if actual is None:
            problems.append(Problem("missing_field", layer_name, field=spec.name))
        elif not _field_kind_matches(spec.type, actual):
            problems.append(Problem("wrong_field_type", layer_name, field=spec.name,
                                    details={"expected": spec.type, "actual": actual}))
    for name in fields:
        if name not in allowed and name.lower() != "fid":
            problems.append(Problem("extra_field", layer_name, field=name))
    return problems


def file_layer_problems(layer_names):
    """Element layers missing from a contribution and layers that are neither element, reference nor package
    layers (left out of the merge)."""
    present = {element_key_of_layer(name) for name in layer_names}
    problems = [Problem("missing_layer", key, details={"key": key})
                for key in schema.element_keys() if key not in present and not schema.element_type(key).context]
    for name in layer_names:
        if element_key_of_layer(name) is None and not name.lower().startswith(REFERENCE_PREFIX) \
                and name.lower() not in KNOWN_OTHER_LAYERS:
            problems.append(Problem("extra_layer", name))
    return problems


# -- values ----------------------------------------------------------------------------------------------

def _is_null(value):
    return value is None or (isinstance(value, float) and math.isnan(value)) or \
        (hasattr(value, "isNull") and value.isNull())


def convert_value(spec, value):
    """(value in the schema's type, problem kind or None, details). NULL stays NULL; '2040' in an int field is
    2040; a value that is not a number where one is needed, or a code outside the field's list, is a problem (the
    value is then returned as it was)."""
    if _is_null(value):
        return None, None, {}
    converted = value
    if spec.type == "text":
        converted = value if isinstance(value, str) else str(value)
    elif spec.type in ("int", "real"):
        number = value
        if isinstance(value, bool):
            number = int(value)
        elif isinstance(value, str):
            text = value.strip().replace("\u00a0", "").replace(" ", "")
            if text == "":
                return None, None, {}
            try:
                number = float(text.replace(",", ".")) if spec.type == "real" or not re.fullmatch(r"[-+]?\d+", text) \
                    else int(text)
            except ValueError:
                return value, "not_a_number", {"value": value}
        if not isinstance(number, (int, float)) or (isinstance(number, float) and not math.isfinite(number)):
            return value, "not_a_number", {"value": value}
        if spec.type == "int":
            if isinstance(number, float):
                if number != math.floor(number):
                    return value, "not_a_whole_number", {"value": value}
                number = int(number)
            converted = int(number)
        else:
            converted = float(number)
    if spec.is_coded and converted not in [code.value for code in spec.codes]:
        label = next((code.value for code in spec.codes
                      if str(converted).strip().lower() in (code.sv.lower(), code.en.lower())), None)
        return value, "code_not_in_list", {
            "value": value, "codes": ", ".join(str(code.value) for code in spec.codes),
            "label_of": "" if label is None else str(label)}
    return converted, None, {}


def value_problems(key, attributes, layer="", fid=None):
    """(converted attributes of the schema's fields, problems) of one feature of element type ``key``;
    ``attributes``: {field name: value} as read (fields the layer lacks are simply absent)."""
    element = schema.element_type(key)
    converted, problems = {}, []
    feature_id = "" if _is_null(attributes.get("id")) else str(attributes.get("id"))
    for spec in element.fields:
        if spec.name not in attributes:
            converted[spec.name] = None
            continue
        value, kind, details = convert_value(spec, attributes[spec.name])
        converted[spec.name] = value if kind is None else None
        if kind is not None:
            problems.append(Problem(kind, layer or key, fid, feature_id, spec.name, details))
    if not element.context and "id" in {spec.name for spec in element.fields} and \
            (converted.get("id") is None or not str(converted.get("id")).strip()):
        problems.append(Problem("missing_id", layer or key, fid, "", "id"))
    return converted, problems


@dataclass
class GeometryFacts:
    """What the adapter found out about a feature's geometry (with QGIS): missing or empty, valid (and why not),
    of the element type's kind, and where it lies against the contributor's area (None: no area known)."""

    present: bool = True
    valid: bool = True
    reason: str = ""
    kind_ok: bool = True
    kind: str = ""
    outside: Optional[bool] = None
    partly_outside: Optional[bool] = None


def geometry_problems(key, facts, layer="", fid=None, feature_id=""):
    """Problems of one feature's geometry (element type ``key``)."""
    element = schema.element_type(key)
    where = dict(layer=layer or key, fid=fid, feature_id=feature_id)
    if not facts.present:
        return [Problem("no_geometry", **where)]
    if not facts.kind_ok:
        return [Problem("wrong_geometry", **where, details={"expected": element.geometry, "actual": facts.kind})]
    problems = []
    if not facts.valid:
        problems.append(Problem("invalid_geometry", **where, details={"reason": facts.reason}))
    if facts.outside:
        problems.append(Problem("outside_area", **where))
    elif facts.partly_outside and key not in CROSSING_TYPES and element.geometry != "Point":
        problems.append(Problem("partly_outside_area", **where))
    return problems


def duplicate_id_problems(records):
    """``records``: [(layer, fid, id)] in reading order. The second and later features with an id already seen
    (in any element layer of the file) are problems; the first keeps it."""
    seen, problems = {}, []
    for layer, fid, feature_id in records:
        if _is_null(feature_id) or not str(feature_id).strip():
            continue
        text = str(feature_id)
        if text in seen:
            first_layer, first_fid = seen[text]
            problems.append(Problem("duplicate_id", layer, fid, text, "id",
                                    {"first_layer": first_layer, "first_fid": first_fid}))
        else:
            seen[text] = (layer, fid)
    return problems


# -- the contributor ---------------------------------------------------------------------------------------

def contributor_of(metadata, field_values):
    """(contributor, source) of a contribution: the package's metadata table (``metadata``: its first row as a dict,
    or None), else the one value its features' ``bidragsgivare`` field holds (``field_values``: every non-NULL
    value); (None, reason) when neither names one contributor: 'none' or 'several'."""
    if metadata:
        value = metadata.get("bidragsgivare")
        if not _is_null(value) and str(value).strip():
            return str(value).strip(), "metadata"
    values = sorted({str(value).strip() for value in field_values if not _is_null(value) and str(value).strip()})
    if len(values) == 1:
        return values[0], "field"
    return None, "several" if values else "none"


def duplicate_contributors(pairs):
    """{contributor: [files]} of every contributor that more than one of ``pairs`` [(file, contributor)] names."""
    by_contributor = {}
    for path, contributor in pairs:
        by_contributor.setdefault(contributor, []).append(path)
    return {contributor: files for contributor, files in by_contributor.items() if len(files) > 1}


# -- the merge ---------------------------------------------------------------------------------------------

class MergeLedger:
    """Counts of a merge per contribution file: every feature read is counted in, and out or rejected exactly once.
    ``check()`` proves in = out + rejected for every file and in all."""

    def __init__(self):
        self.counts = {}

    def _row(self, source):
        return self.counts.setdefault(source, {"in": 0, "out": 0, "rejected": 0})

    def read(self, source, n=1):
        self._row(source)["in"] += n

    def accept(self, source, n=1):
        self._row(source)["out"] += n

    def reject(self, source, n=1):
        self._row(source)["rejected"] += n

    def total(self, what):
        return sum(row[what] for row in self.counts.values())

    def check(self):
        for source, row in self.counts.items():
            if row["in"] != row["out"] + row["rejected"]:
                raise MethodError(f"The merge lost track of features of {source}: {row['in']} read, {row['out']} "
                                  f"merged and {row['rejected']} rejected. Nothing was written; please report this.")
        return self.total("in"), self.total("out"), self.total("rejected")


def split_base(base_contributors, round_contributors):
    """Which features of the previous merged strukturbild stay: ``base_contributors`` the contributor of each base
    feature in order (None: the region's own); a feature stays unless its contributor sent a file this round (that
    file replaces all of that contributor's features). Returns (kept positions, replaced positions)."""
    sending = set(round_contributors)
    kept, replaced = [], []
    for position, contributor in enumerate(base_contributors):
        (replaced if contributor is not None and contributor in sending else kept).append(position)
    return kept, replaced


def same_id_groups(records):
    """``records``: [(id, source)] of the merged features (source: the file or contributor they came from). Ids
    that more than one source uses: {id: [positions]} (the features of each such id, in order)."""
    by_id = {}
    for position, (feature_id, source) in enumerate(records):
        if _is_null(feature_id) or not str(feature_id).strip():
            continue
        by_id.setdefault(str(feature_id), []).append((position, source))
    return {feature_id: [position for position, _ in items] for feature_id, items in by_id.items()
            if len({source for _, source in items}) > 1}


def classification_differences(key, attributes_a, attributes_b):
    """[(field, value a, value b)] of the coded fields (the element's classification: nodnivå, kategori, vägledning,
    nivå, status ...) where both features say something and they say different things."""
    element = schema.element_type(key)
    differences = []
    for spec in element.fields:
        if not spec.is_coded:
            continue
        a, b = attributes_a.get(spec.name), attributes_b.get(spec.name)
        if _is_null(a) or _is_null(b) or a == b:
            continue
        differences.append((spec.name, a, b))
    return differences


def latest_change(values):
    """The latest of GeoPackage last_change stamps ('2026-03-01T10:15:00.000Z' as stored, '2026/03/01 10:15:00.000+00'
    as OGR reads it; UTC), as 'YYYY-MM-DDTHH:MM:SSZ'; '' if there is none."""
    stamps = []
    for value in values:
        if _is_null(value):
            continue
        match = re.match(r"(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}:\d{2}:\d{2})", str(value))
        if match:
            stamps.append(f"{match.group(1)}-{match.group(2)}-{match.group(3)}T{match.group(4)}Z")
    return max(stamps) if stamps else ""
