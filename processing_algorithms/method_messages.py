"""Every message of the methods layer, for Qt's translation, and the translation of a method's error or note.

The methods (methods/*.py) write plain English and never import qgis. Their MethodError messages and notes reach
the user through the Processing adapters, which translate them with ``translated()``: the run's own error handling
(StrukturbildAlgorithm.processAlgorithm) for a MethodError that ends a run, the adapters for the notes they log and
for an error they put into a message of their own. A message with values (``MethodError("zone {zone} …",
zone=z)``) is translated as its template, then filled in, numbers written as the user's language writes them.

pylupdate5 finds the templates below (context "MethodError"). The list is generated from the methods' sources: run
``python3 processing_algorithms/method_messages.py`` after adding or changing a message (a test fails while one is
missing). Messages built as f-strings cannot be looked up and stay English; give them a template instead.
"""

import ast
import numbers
from pathlib import Path

CONTEXT = "MethodError"
METHODS_DIR = Path(__file__).resolve().parent / "methods"
# the error classes whose first argument is the message (TownSizeError and BandError take a reason code instead,
# which the adapters turn into messages of their own)
MESSAGE_CLASSES = ("MethodError", "MethodNote", "ODError", "StyleSpecError")


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 (Qt's name, which pylupdate5 looks for)
    return text


MESSAGES = (
    # BEGIN generated
    QT_TRANSLATE_NOOP("MethodError", "the decay must be one of {choices}, not {decay}"),
    QT_TRANSLATE_NOOP("MethodError", "unknown aggregation(s) {unknown}: choose among {choices}"),
    QT_TRANSLATE_NOOP("MethodError", "the quantile must lie between 0 and 1 (0.25 is the lower quartile), not "
                                     "{quantile}"),
    QT_TRANSLATE_NOOP("MethodError", "the threshold must be 0 minutes or more, not {threshold}"),
    QT_TRANSLATE_NOOP("MethodError", "linear decay 1 − t/T needs a finite threshold T greater than 0 minutes"),
    QT_TRANSLATE_NOOP("MethodError", "exponential decay needs a finite β of 0 or more, not {beta}"),
    QT_TRANSLATE_NOOP("MethodError", "{given} values were given for {n} destinations: give one per destination."),
    QT_TRANSLATE_NOOP("MethodError", "k must be a whole number from 1 to {most}, not {k}"),
    QT_TRANSLATE_NOOP("MethodError", "the time limit must be 0 minutes or more, not {limit}"),
    QT_TRANSLATE_NOOP("MethodError", "the destination values must be numbers (or NaN where a destination has none)"),
    QT_TRANSLATE_NOOP("MethodError", "units and areas must be pairs of the same length"),
    QT_TRANSLATE_NOOP("MethodError", "at least one town size is needed (the typology's)"),
    QT_TRANSLATE_NOOP("MethodError", "a border line has a vertex without finite coordinates: repair the geometry of "
                                     "the regions"),
    QT_TRANSLATE_NOOP("MethodError", "the measure must be NEAREST (0, minutes to the nearest destination) or "
                                     "OPPORTUNITIES (1, destinations within the time)"),
    QT_TRANSLATE_NOOP("MethodError", "give one weight per destination"),
    QT_TRANSLATE_NOOP("MethodError", "the flow matrix must be square, one row and one column per zone, not {shape}"),
    QT_TRANSLATE_NOOP("MethodError", "the flow matrix holds negative or non-finite values: every count must be a "
                                     "number of commuters, 0 or more"),
    QT_TRANSLATE_NOOP("MethodError", "the flow counts are too large to fit a model to (their total is not a finite "
                                     "number when squared): check that the counts are numbers of commuters"),
    QT_TRANSLATE_NOOP("MethodError", "{labels} region labels for {n} zones: give one region per zone"),
    QT_TRANSLATE_NOOP("MethodError", "zone {zone} has no region ({n} zone(s) in all): give every zone a region"),
    QT_TRANSLATE_NOOP("MethodError", "the flow matrix has no zones: a border effect needs zones in at least two "
                                     "regions"),
    QT_TRANSLATE_NOOP("MethodError", "all zones are in one region: a border effect needs at least two regions"),
    QT_TRANSLATE_NOOP("MethodError", "decay must be {exponential} (exponential) or {power} (power), not {decay}"),
    QT_TRANSLATE_NOOP("MethodError", "the cost matrix must have one row and one column per zone ({n} × {n}), not "
                                     "{shape}"),
    QT_TRANSLATE_NOOP("MethodError", "the cost matrix holds negative values: costs are distances (km) or travel "
                                     "times (minutes)"),
    QT_TRANSLATE_NOOP("MethodError", "no commuting crosses a region border (between zones with a finite cost): there "
                                     "is no border effect to estimate"),
    QT_TRANSLATE_NOOP("MethodError", "no one commutes between two different zones of region(s) {regions} (e.g. a "
                                     "region of a single zone): its border factor cannot be estimated; merge it with "
                                     "a neighbouring region or use smaller zones"),
    QT_TRANSLATE_NOOP("MethodError", "fewer than two zones have commuters to other zones: the model cannot be fitted"),
    QT_TRANSLATE_NOOP("MethodError", "every pair of zones has the same cost: the distance decay cannot be estimated"),
    QT_TRANSLATE_NOOP("MethodError", "the model did not converge in {n} iterations (relative error {error})"),
    QT_TRANSLATE_NOOP("MethodError", "the border factor of {pairs} cannot be estimated (it runs to 0 or to "
                                     "infinity): the distance decay predicts almost no commuting between these "
                                     "regions (exponential decay over long distances? try power decay), or too few "
                                     "people commute in and between them"),
    QT_TRANSLATE_NOOP("MethodError", "the flow matrix holds values that are not numbers of commuters"),
    QT_TRANSLATE_NOOP("MethodError", "the costs are too large to fit a model to: give them in km or minutes"),
    QT_TRANSLATE_NOOP("MethodError", "{n} pair(s) of different zones have cost 0 (e.g. zones {i} and {j} at the same "
                                     "place): power decay c^−β needs costs > 0; use exponential decay"),
    QT_TRANSLATE_NOOP("MethodError", "{commuters} commuters between {pairs} zone pair(s) without a finite cost were "
                                     "left out of the fit"),
    QT_TRANSLATE_NOOP("MethodError", "the model is not identifiable from these flows"),
    QT_TRANSLATE_NOOP("MethodError", "the model is not identifiable from these flows (too few zones or flows per "
                                     "region pair, or costs that do not vary): use larger regions or more zones"),
    QT_TRANSLATE_NOOP("MethodError", "{file}, line {line}: the distance {text} is not a finite number"),
    QT_TRANSLATE_NOOP("MethodError", "{file}: no nodes"),
    QT_TRANSLATE_NOOP("MethodError", "{file}: cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("MethodError", "{file}, line {line}: expected {columns} columns, found {found}: {text}"),
    QT_TRANSLATE_NOOP("MethodError", "{file}, line {line}: the distance {text} is not a number"),
    QT_TRANSLATE_NOOP("MethodError", "{file}, line {line}: the attribute {text} is not a finite number"),
    QT_TRANSLATE_NOOP("MethodError", "{file}, line {line}: node {node} occurs again (first on line {first})"),
    QT_TRANSLATE_NOOP("MethodError", "{file}, line {line}: node {node} has a negative attribute {value}"),
    QT_TRANSLATE_NOOP("MethodError", "{file}, line {line}: negative distance {value} between {a} and {b}"),
    QT_TRANSLATE_NOOP("MethodError", "{file}, line {line}: the pair {a}-{b} occurs again with another distance "
                                     "({first} on line {first_line}, now {value})"),
    QT_TRANSLATE_NOOP("MethodError", "{file}, line {line}: the attribute {text} is not a number"),
    QT_TRANSLATE_NOOP("MethodError", "{file}, line {line}: node {node} is not in the node file"),
    QT_TRANSLATE_NOOP("MethodError", "the habitat network has no nodes (patches): give at least one"),
    QT_TRANSLATE_NOOP("MethodError", "the node attributes are too large to square and add up (PC multiplies them in "
                                     "pairs): give them in a larger unit, e.g. hectares instead of square metres"),
    QT_TRANSLATE_NOOP("MethodError", "the node attributes, the link ends and the link distances must be numbers"),
    QT_TRANSLATE_NOOP("MethodError", "link ends must be node numbers (whole numbers)"),
    QT_TRANSLATE_NOOP("MethodError", "a pair of nodes is given more than once: give each link once"),
    QT_TRANSLATE_NOOP("MethodError", "the resistance raster has no passable cell: every cell is no data, NaN, "
                                     "infinite, 0 or negative. Give the cells a cost greater than 0"),
    QT_TRANSLATE_NOOP("MethodError", "the costs of the resistance raster are too large to add up along a path: "
                                     "rescale the raster (e.g. divide it by 1000)"),
    QT_TRANSLATE_NOOP("MethodError", "the resistance raster must hold numbers (costs)"),
    QT_TRANSLATE_NOOP("MethodError", "the core raster must hold whole-number core labels (0 = no core)"),
    QT_TRANSLATE_NOOP("MethodError", "the population grid has no cells"),
    QT_TRANSLATE_NOOP("MethodError", "every cell of the population grid is no data: choose the band or field that "
                                     "holds the population"),
    QT_TRANSLATE_NOOP("MethodError", "the populations of the grid are too large to add up (their total is not a "
                                     "finite number): check that the cells hold numbers of inhabitants"),
    QT_TRANSLATE_NOOP("MethodError", "the population grid, its classes (level1) and the unit labels must have the "
                                     "same rows and columns"),
    QT_TRANSLATE_NOOP("MethodError", "the population grid must hold numbers of inhabitants"),
    QT_TRANSLATE_NOOP("MethodError", "the unit labels must be whole numbers (negative: in no unit)"),
    QT_TRANSLATE_NOOP("MethodError", "client must be a dask.distributed Client or a scheduler address such as "
                                     "tcp://host:8786, not {kind}"),
    QT_TRANSLATE_NOOP("MethodError", "the dask cluster at {address} could not finish a block of the searches "
                                     "({error}); check that its workers have numpy, scipy and this version of "
                                     "strukturbild, or clear the scheduler setting to run here"),
    QT_TRANSLATE_NOOP("MethodError", "the dask cluster at {address} cancelled a block of the searches (the scheduler "
                                     "or its workers were stopped); run again, or clear the scheduler setting to run "
                                     "here"),
    QT_TRANSLATE_NOOP("MethodError", "a dask scheduler ({address}) was given, but this Python has no "
                                     "dask.distributed: install it (pip install \"dask[distributed]\") or clear the "
                                     "scheduler setting to run here"),
    QT_TRANSLATE_NOOP("MethodError", "cannot reach the dask scheduler at {address} ({error}): check the address and "
                                     "that the scheduler runs, or clear the scheduler setting to run here"),
    QT_TRANSLATE_NOOP("MethodError", "there are no destinations to measure the travel time to"),
    QT_TRANSLATE_NOOP("MethodError", "no destination has coordinates (every one is empty or not a finite number): "
                                     "there are no destinations to measure the travel time to"),
    QT_TRANSLATE_NOOP("MethodError", "the speed and the detour factor must be numbers"),
    QT_TRANSLATE_NOOP("MethodError", "the destination weights and the threshold must be numbers"),
    QT_TRANSLATE_NOOP("MethodError", "the minimum value of a drawn flow must be a number"),
    QT_TRANSLATE_NOOP("MethodError", "the minimum value and the number of lines per origin must be numbers"),
    QT_TRANSLATE_NOOP("MethodError", "the neighbour matrix (adjacency) must be {n} × {n}, one row and column per "
                                     "zone, not {rows} × {columns}"),
    QT_TRANSLATE_NOOP("MethodError", "the number of Intramax regions must be a whole number of at least 1, not "
                                     "{value}"),
    QT_TRANSLATE_NOOP("MethodError", "the neighbour matrix (adjacency) must be a table of zones × zones"),
    QT_TRANSLATE_NOOP("MethodError", "{k} regions requested but there are only {n} zones: no merge"),
    QT_TRANSLATE_NOOP("MethodError", "no admissible pair left (no flows between the remaining units that are "
                                     "neighbours): stopped at {units} regions instead of {k}"),
    QT_TRANSLATE_NOOP("MethodError", "no admissible pair left (no flows between the remaining units): stopped at "
                                     "{units} regions instead of {k}"),
    QT_TRANSLATE_NOOP("MethodError", "there are {ids} zone ids for {n} zones: give one id per zone"),
    QT_TRANSLATE_NOOP("MethodError", "SCB's LA method needs at least one zone, and there is none"),
    QT_TRANSLATE_NOOP("MethodError", "p1, p2 and till must have one value per zone, but they have {p1}, {p2} and "
                                     "{till}"),
    QT_TRANSLATE_NOOP("MethodError", "the LA thresholds (out-commuting share and largest single out-flow share) must "
                                     "be numbers between 0 and 1"),
    QT_TRANSLATE_NOOP("MethodError", "the shares of zone {zone} are not between 0 and 1 (p1 {p1}, p2 {p2})"),
    QT_TRANSLATE_NOOP("MethodError", "till must hold zone indices (whole numbers), or -1 for a zone without "
                                     "out-flows"),
    QT_TRANSLATE_NOOP("MethodError", "till must hold zone indices other than the zone itself, or -1 for a zone "
                                     "without out-flows"),
    QT_TRANSLATE_NOOP("MethodError", "the pair test needs the flow matrix (flows=...)"),
    QT_TRANSLATE_NOOP("MethodError", "the out-commuting shares (p1, p2), the largest-flow zones (till) and the two "
                                     "thresholds must be numbers"),
    QT_TRANSLATE_NOOP("MethodError", "zone {zone} has no employed residents: a region of its own"),
    QT_TRANSLATE_NOOP("MethodError", "largest flows form a cycle ({cycle}); {centre} (most employed residents) was "
                                     "made a centre"),
    QT_TRANSLATE_NOOP("MethodError", "mutual pair {pair} fails the pair test; it stays together and follows its "
                                     "largest combined out-flow to {zone}"),
    QT_TRANSLATE_NOOP("MethodError", "The snapping tolerance between line ends must be 0 m or more."),
    QT_TRANSLATE_NOOP("MethodError", "The access speed off the network must be greater than 0 km/h."),
    QT_TRANSLATE_NOOP("MethodError", "The road network has no usable road: after reading, every line is empty, of "
                                     "zero length or without a usable speed. Check the network layer's geometries "
                                     "and speeds."),
    QT_TRANSLATE_NOOP("MethodError", "The service area's direction must be 'from' (outward from the destinations) or "
                                     "'to'."),
    QT_TRANSLATE_NOOP("MethodError", "One-way values must be 0 (both ways), 1 (forwards) or -1 (backwards)."),
    QT_TRANSLATE_NOOP("MethodError", "origins, destinations and values differ in length"),
    QT_TRANSLATE_NOOP("MethodError", "empty OD table"),
    QT_TRANSLATE_NOOP("MethodError", "no OD row matches the zones (compare the id columns with the zone ids)"),
    QT_TRANSLATE_NOOP("MethodError", "the counts are too large to add up (their total is not a finite number): check "
                                     "that the value field holds numbers of commuters"),
    QT_TRANSLATE_NOOP("MethodError", "the flow matrix must have one row and one column per zone (square), but it is "
                                     "{rows} × {columns}"),
    QT_TRANSLATE_NOOP("MethodError", "{method} needs at least one zone, and the flow matrix has none"),
    QT_TRANSLATE_NOOP("MethodError", "the flow table holds no commuters (every count is 0): {method} needs commuting "
                                     "between zones"),
    QT_TRANSLATE_NOOP("MethodError", "the flow table has no commuting between different zones: every commuter lives "
                                     "and works in the same zone. {method} needs flows between zones; check that the "
                                     "residence and workplace fields are two different columns"),
    QT_TRANSLATE_NOOP("MethodError", "{path}: empty file"),
    QT_TRANSLATE_NOOP("MethodError", "zone ids {ids} differ only by leading zeros; they are matched exactly only"),
    QT_TRANSLATE_NOOP("MethodError", "not a number: {value}"),
    QT_TRANSLATE_NOOP("MethodError", "not a finite number: {value}"),
    QT_TRANSLATE_NOOP("MethodError", "negative count: {value}"),
    QT_TRANSLATE_NOOP("MethodError", "empty value: {value}"),
    QT_TRANSLATE_NOOP("MethodError", "not a number (bad digit grouping): {value}"),
    QT_TRANSLATE_NOOP("MethodError", "empty OD table: only total rows"),
    QT_TRANSLATE_NOOP("MethodError", "{n} total row(s) dropped"),
    QT_TRANSLATE_NOOP("MethodError", "{n} OD pair(s) occurred more than once; their values were summed"),
    QT_TRANSLATE_NOOP("MethodError", "{n} OD id(s) are not among the zones ({ids}); {rows} row(s) with {total} in "
                                     "total were left out"),
    QT_TRANSLATE_NOOP("MethodError", "{n} row(s) with a bad value were left out ({rows})"),
    QT_TRANSLATE_NOOP("MethodError", "{n} zone(s) have no flows at all: {zones}"),
    QT_TRANSLATE_NOOP("MethodError", "the flow matrix holds values that are not numbers: the counts must be numbers "
                                     "of commuters"),
    QT_TRANSLATE_NOOP("MethodError", "the flow from zone {origin} to zone {destination} is not a finite number "
                                     "({value}): every count must be a number of commuters"),
    QT_TRANSLATE_NOOP("MethodError", "the flow from zone {origin} to zone {destination} is negative ({value}): "
                                     "commuter counts must be 0 or more"),
    QT_TRANSLATE_NOOP("MethodError", "the flow counts are too large to add up (their total is not a finite number): "
                                     "check that the counts are numbers of commuters"),
    QT_TRANSLATE_NOOP("MethodError", "zone {zone} has an empty id"),
    QT_TRANSLATE_NOOP("MethodError", "zone id '{id}' occurs more than once among the zones"),
    QT_TRANSLATE_NOOP("MethodError", "the flow matrix must have one row and one column per zone, but it has {n} "
                                     "dimension(s)"),
    QT_TRANSLATE_NOOP("MethodError", "row {row}: {problem}"),
    QT_TRANSLATE_NOOP("MethodError", "there are regions for {regions} zones but {n} zones in the flow matrix: give "
                                     "one region per zone"),
    QT_TRANSLATE_NOOP("MethodError", "a zone is in region {region}, but there are only {k} regions"),
    QT_TRANSLATE_NOOP("MethodError", "the region of every zone must be a whole number (negative: in no region)"),
    QT_TRANSLATE_NOOP("MethodError", "zone ids must be unique, but '{id}' occurs more than once (ids are compared as "
                                     "numbers when all of them are whole numbers, so '0301' and 301 are the same "
                                     "zone)"),
    QT_TRANSLATE_NOOP("MethodError", "TTWA's minimum size, minimum self-containment, target size and target "
                                     "self-containment must be positive numbers (got {values})"),
    QT_TRANSLATE_NOOP("MethodError", "TTWA's target size must differ from its minimum size (both are {size})"),
    QT_TRANSLATE_NOOP("MethodError", "there are {ids} zone ids for {n} zones in the flow matrix: give one id per "
                                     "zone"),
    QT_TRANSLATE_NOOP("MethodError", "no zone can take part in TTWA: once zones without employed residents, without "
                                     "jobs or with only flows within the zone are set aside (the zero list), none is "
                                     "left. TTWA needs zones that both send commuters to and receive commuters from "
                                     "other zones"),
    QT_TRANSLATE_NOOP("MethodError", "TTWA's minimum size, minimum self-containment, target size and target "
                                     "self-containment must be numbers"),
    QT_TRANSLATE_NOOP("MethodError", "the travel times and the tätortsnära limit must be numbers of minutes"),
    QT_TRANSLATE_NOOP("MethodError", "the population must be numbers of inhabitants"),
    QT_TRANSLATE_NOOP("MethodError", "A geometry has a coordinate that is not a number (NaN or infinite) after "
                                     "reprojection to Web Mercator; check the layer's coordinate reference system."),
    QT_TRANSLATE_NOOP("MethodError", "A point has a coordinate that is not a number (NaN or infinite) after "
                                     "reprojection to Web Mercator; check the layer's coordinate reference system."),
    QT_TRANSLATE_NOOP("MethodError", "The style has no renderer (no <renderer-v2> element): it is not a vector layer "
                                     "style."),
    QT_TRANSLATE_NOOP("MethodError", "No XYZ tile address was given. Give one such as "
                                     "https://tiles.example.org/{z}/{x}/{y}.png, or choose another background."),
    # END generated
)


def translated(message, language=None):
    """A MethodError or a method's note (or any text) in the user's language; the English when there is no
    translation."""
    from qgis.PyQt.QtCore import QCoreApplication

    from ..strukturbild_plugin.i18n import format_number, user_language

    template = getattr(message, "template", None)
    values = getattr(message, "values", None) or {}
    if template is None:
        template = str(message.args[0]) if isinstance(message, BaseException) and message.args else str(message)
    text = QCoreApplication.translate(CONTEXT, template)
    if not values:
        return text
    language = language or user_language()
    shown = {name: translated(value, language) if hasattr(value, "template")  # a note inside a message
             else format_number(value, None, language) if isinstance(value, numbers.Number)
             and not isinstance(value, bool) else str(value)
             for name, value in values.items()}
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation whose placeholders do not match: the English
        return str(message)


# -- the list, from the methods' sources ---------------------------------------------------------------------------

def _called_name(node):
    function = node.func
    return function.id if isinstance(function, ast.Name) else getattr(function, "attr", None)


def collect_messages(folder=METHODS_DIR):
    """(templates, f-strings): the literal messages of every MethodError (and subclass) and MethodNote in the methods'
    sources, in order and once each, and the places [(file, line)] of messages that are built (f-strings,
    .format) and so cannot be translated."""
    found, built = [], []
    for path in sorted(Path(folder).glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called_name(node) in MESSAGE_CLASSES and node.args):
                continue
            first = node.args[0]
            # a literal, or a choice between two literals ("… neighbours …" if contiguous else "…")
            choices = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            if all(isinstance(choice, ast.Constant) and isinstance(choice.value, str) for choice in choices):
                found.extend(choice.value for choice in choices if choice.value not in found)
            else:
                built.append((path.name, node.lineno))
    return found, sorted(built)


def _literal(text, indent, width=120):
    """``text`` as Python string literals that fit lines of ``width`` characters after ``indent``, split at
    spaces."""
    pieces, current = [], ""
    for word in text.split(" "):
        candidate = word if not current else current + " " + word
        if current and len(_quoted(candidate + " ")) + indent > width:
            pieces.append(current + " ")
            current = word
        else:
            current = candidate
    pieces.append(current)
    return [_quoted(piece) for piece in pieces]


def _quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def generated_block(messages):
    lines = []
    first = f'    QT_TRANSLATE_NOOP("{CONTEXT}", '
    for message in messages:
        parts = _literal(message, len(first) + 2)
        for k, part in enumerate(parts):
            end = ")," if k == len(parts) - 1 else ""
            lines.append((first if k == 0 else " " * len(first)) + part + end)
    return "\n".join(lines)


def regenerate(path=Path(__file__)):
    """Rewrite the list between the BEGIN/END markers from the methods' sources."""
    text = Path(path).read_text(encoding="utf-8")
    begin, end = "    # BEGIN generated\n", "    # END generated\n"
    head, rest = text.split(begin, 1)
    _old, tail = rest.split(end, 1)
    block = generated_block(collect_messages()[0])
    Path(path).write_text(head + begin + (block + "\n" if block else "") + end + tail, encoding="utf-8")


if __name__ == "__main__":
    regenerate()
    templates, built = collect_messages()
    print(f"{len(templates)} messages listed; {len(built)} built messages cannot be translated:")
    for name, line in built:
        print(f"  {name}:{line}")
