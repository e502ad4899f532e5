"""strukturbild:mergecontributions — several contributed strukturbild GeoPackages into one regional strukturbild.

Nothing is lost: every contributed feature ends in the output or in its ``rejected`` table with the reason, and the
counts prove it (in = out + rejected). Every feature carries its provenance (bidragsgivare, bidrag_fil,
bidrag_datum). Conflicts between contributors are reported in the ``conflicts`` layer and the report, never decided.
With BASE (the previous merged strukturbild) the contributors who sent a file this round have all their features
replaced by it; everyone else's are kept as they were.
"""

import html
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsWkbTypes,
)

from ...strukturbild_plugin import schema
from ...strukturbild_plugin.library import StyleLibrary
from ..base import StrukturbildAlgorithm, in_metres, spatial_index, step
from ..methods import contributions as cm
from .contributions_common import (
    POINT,
    POLYGON,
    AreaTest,
    StyleStore,
    conflict_kind_word,
    expected_crs,
    geometry_facts,
    package_area,
    problem_text,
    read_geopackage,
    require_strukturbild,
    transformed,
    transformer,
    unsynced_writes,
    write_element_layer,
    write_layer,
)

REJECTED_FIELDS = (("bidragsgivare", "text"), ("bidrag_fil", "text"), ("bidrag_datum", "text"), ("layer", "text"),
                   ("feature_fid", "int64"), ("feature_id", "text"), ("reason", "text"), ("what_to_do", "text"),
                   ("kinds", "text"), ("attributes", "text"))
CONFLICT_FIELDS = (("kind", "text"), ("layer", "text"), ("feature_ids", "text"), ("bidragsgivare", "text"),
                   ("description", "text"), ("what_to_do", "text"))
AREA_FIELDS = (("bidragsgivare", "text"), ("namn", "text"), ("plan_id", "text"), ("bidrag_fil", "text"),
               ("bidrag_datum", "text"))


@dataclass
class Row:
    """A feature of the merged strukturbild: its element type, values (schema and provenance fields), geometry and
    party (the contributor, '' for the region's own features of BASE)."""

    key: str
    values: dict
    geometry: QgsGeometry
    party: str


@dataclass
class Contribution:
    path: Path
    data: object
    contributor: str
    name: str
    plan_id: str
    date: str
    area: Optional[QgsGeometry] = None


def _text(value):
    return "" if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value).strip()


def _point(geometry):
    """A point to mark a place on the map (a point on the surface of an area)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if geometry.type() == POINT and not geometry.isMultipart():
        return QgsGeometry(geometry)
    return geometry.pointOnSurface()


def _json(attributes):
    return json.dumps({key: value for key, value in attributes.items()}, ensure_ascii=False, default=str,
                      sort_keys=True)


class MergeContributions(StrukturbildAlgorithm):
    ALGORITHM_ID = "mergecontributions"
    GROUP_ID = "maps"

    CONTRIBUTIONS = "CONTRIBUTIONS"
    BASE = "BASE"
    STYLE_LIBRARY = "STYLE_LIBRARY"
    OUTPUT = "OUTPUT"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    N_IN = "N_IN"
    N_OUT = "N_OUT"
    N_REJECTED = "N_REJECTED"
    N_CONFLICTS = "N_CONFLICTS"
    N_BASE_KEPT = "N_BASE_KEPT"
    N_REPLACED = "N_REPLACED"

    def displayName(self):
        return self.tr("Merge contributions")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Merges the contributors' strukturbild GeoPackages (the packages made by 'Contribution packages', "
                    "edited and sent back) into one regional strukturbild."),
            [(self.CONTRIBUTIONS, self.tr("the contributed GeoPackages, one per contributor (read only: their data "
                                          "and nothing else; their saved styles are never loaded).")),
             (self.BASE, self.tr("the previous merged strukturbild. The contributors who sent a file now have all "
                                 "their features of it replaced by the file; all other features are kept. The output "
                                 "cannot be this file: each round writes a new version, and the previous one stays "
                                 "as it was.")),
             (self.STYLE_LIBRARY, self.tr("a folder with the region's shared styles; empty: the library set in the "
                                          "Strukturbild settings, else the bundled one.")),
             (self.OUTPUT, self.tr("the merged strukturbild GeoPackage: the element layers (styled, with forms), "
                                   "'rejected', 'conflicts' and 'bidragsomraden' (the contributors' areas).")),
             (self.OUTPUT_REPORT, self.tr("an HTML report of the round."))],
            [self.tr("Nothing is lost: every contributed feature ends in the output or in its 'rejected' table with "
                     "the reason and what to do (a value outside the field's list, an invalid or missing geometry, an "
                     "element outside the contributor's area, an id used twice in one file ...), with all its "
                     "values; the counts say so: N_IN = N_OUT + N_REJECTED. Every feature carries its provenance: "
                     "bidragsgivare (contributor), bidrag_fil (file) and bidrag_datum (when the file's layers were "
                     "last changed). A layer in another CRS is reprojected to the regional one and the report says "
                     "so."),
             self.tr("Conflicts are reported, not decided (the 'conflicts' layer and the report): the same id in two "
                     "files, overlapping development areas of two contributors, a cross-border connection that meets "
                     "the border of a contributor who has none there, one place (points within 500 m, areas that "
                     "mostly overlap) classified differently by two contributors.")])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CONTRIBUTIONS, self.tr("Contributions (GeoPackages)"), QgsProcessing.SourceType.TypeFile))
        self.addParameter(QgsProcessingParameterFile(
            self.BASE, self.tr("Previous merged strukturbild"), extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.STYLE_LIBRARY, self.tr("Style library folder (empty: configured or bundled)"),
            behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Merged strukturbild"), self.tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        for name, text in ((self.N_IN, self.tr("Contributed features read")),
                           (self.N_OUT, self.tr("Contributed features merged")),
                           (self.N_REJECTED, self.tr("Contributed features rejected")),
                           (self.N_CONFLICTS, self.tr("Conflicts")),
                           (self.N_BASE_KEPT, self.tr("Features of BASE kept")),
                           (self.N_REPLACED, self.tr("Features of BASE replaced"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))
        self.mark_advanced(self.STYLE_LIBRARY)

    # -- reading --------------------------------------------------------------------------------------------------

    def _contribution(self, path):
        what = self.tr("The contribution")
        data = read_geopackage(path, what)
        require_strukturbild(data, what)
        contributor, state = cm.contributor_of(data.metadata, [
            feature.attributes.get("bidragsgivare") for layer in data.element_layers(False)
            for feature in layer.features])
        if contributor is None:
            text, todo = problem_text(cm.Problem("no_contributor", details={"state": state}))
            raise QgsProcessingException(self.tr("The contribution {path}: {problem} {todo}").format(
                path=path, problem=text, todo=todo))
        if data.feature_count() == 0:
            raise QgsProcessingException(self.tr(
                "The contribution {path} (from '{contributor}') holds no features in any element layer. Check that "
                "it is the file the contributor edited and sent back; merged with a previous version as BASE it "
                "would remove all of the contributor's elements. Leave it out of CONTRIBUTIONS to keep them.")
                .format(path=path, contributor=contributor))
        for layer in data.element_layers(False):
            if layer.features and not layer.crs.isValid():
                raise QgsProcessingException(self.tr(
                    "The layer '{layer}' of the contribution {path} has no coordinate reference system, so where its "
                    "elements lie is unknown. Ask the contributor to set the CRS the package was made in (Layer "
                    "Properties › Source), or set it yourself, and merge again.").format(layer=layer.name, path=path))
        metadata = data.metadata or {}
        date = data.latest_change() or datetime.fromtimestamp(Path(path).stat().st_mtime).strftime(
            "%Y-%m-%dT%H:%M:%S")
        return Contribution(Path(path), data, contributor, _text(metadata.get("namn")), _text(metadata.get("plan_id")),
                            date)

    def _files(self, parameters, context):
        files, seen = [], {}
        for item in self.parameterAsFileList(parameters, self.CONTRIBUTIONS, context) or []:
            text = str(item).split("|")[0].strip()
            if not text:
                continue
            path = Path(text)
            key = str(path.resolve()) if path.exists() else str(path)
            if key in seen:
                raise QgsProcessingException(self.tr(
                    "The contribution {path} is given twice in CONTRIBUTIONS: give each file once.").format(path=path))
            seen[key] = path
            files.append(path)
        if not files:
            raise QgsProcessingException(self.tr("Give the contributed GeoPackages in CONTRIBUTIONS."))
        return files

    def _output_crs(self, base, contributions, feedback):
        if base is not None:
            crs = next((layer.crs for layer in base.element_layers() if layer.crs.isValid() and layer.features),
                       expected_crs(base))
            self.require_projected(crs, self.tr("The previous merged strukturbild (BASE)"))
            return crs
        for contribution in contributions:
            crs = expected_crs(contribution.data)
            if in_metres(crs):
                return crs
        crs = QgsCoordinateReferenceSystem("EPSG:3006")
        feedback.pushWarning(self.tr("No contribution names a CRS in metres: the merged strukturbild is in "
                                     "SWEREF 99 TM (EPSG:3006)."))
        return crs

    # -- running ----------------------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        files = self._files(parameters, context)
        base_path = self.parameterAsFile(parameters, self.BASE, context)
        destination = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not destination.lower().endswith(".gpkg"):
            raise QgsProcessingException(self.tr("OUTPUT must be a GeoPackage file ending in .gpkg: {path}")
                                         .format(path=destination))
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else ""
        library = StyleLibrary(self.parameterAsFile(parameters, self.STYLE_LIBRARY, context) or None)

        contributions = []
        for number, path in enumerate(files):
            step(feedback, 20.0 * number / len(files))
            contributions.append(self._contribution(path))
        duplicates = cm.duplicate_contributors([(str(c.path), c.contributor) for c in contributions])
        if duplicates:
            contributor, paths = sorted(duplicates.items())[0]
            raise QgsProcessingException(self.tr(
                "The contributions {files} all come from '{contributor}'. Which one counts cannot be told: merge one "
                "file per contributor (the latest, corrected one), and run again.").format(
                files=", ".join(paths), contributor=contributor))
        contributions.sort(key=lambda c: c.contributor)
        base = None
        if base_path:
            base = read_geopackage(base_path, self.tr("The previous merged strukturbild (BASE)"))
            require_strukturbild(base, self.tr("The previous merged strukturbild (BASE)"))
        crs = self._output_crs(base, contributions, feedback)
        transform_context = context.transformContext()
        for contribution in contributions:
            contribution.area = package_area(contribution.data, crs, transform_context)
        step(feedback, 25)

        labels = {c.contributor: c.contributor + (f" ({c.name})" if c.name else "") for c in contributions}
        region_label = self.tr("the region ({file})").format(file=Path(base_path).name) if base_path else ""
        rows, rejected, notes, areas = [], [], {}, {}
        context_rows, kept_base, replaced_base, carried_rejected = [], 0, 0, 0
        round_contributors = [c.contributor for c in contributions]
        if base is not None:
            kept_rows, replaced_base, context_rows, carried, base_areas = self._base(base, crs, round_contributors,
                                                                                      transform_context)
            kept_base = len(kept_rows)
            rows += kept_rows
            rejected += carried
            carried_rejected = len(carried)
            for party, (values, geometry) in base_areas.items():
                areas[party] = (values, geometry)
                labels.setdefault(party, party + (f" ({values.get('namn')})" if values.get("namn") else ""))
        ledger = cm.MergeLedger()
        for number, contribution in enumerate(contributions):
            step(feedback, 25 + 40.0 * number / len(contributions))
            merged, refused, file_notes = self._merge_one(contribution, crs, ledger, transform_context)
            rows += merged
            rejected += refused
            notes[contribution.contributor] = file_notes
            if contribution.area is not None:
                area = QgsGeometry(contribution.area)
                area.convertToMultiType()
                areas[contribution.contributor] = ({
                    "bidragsgivare": contribution.contributor, "namn": contribution.name,
                    "plan_id": contribution.plan_id, "bidrag_fil": contribution.path.name,
                    "bidrag_datum": contribution.date}, area)
            if base is None:  # the background (administrative units) of every package, each unit once
                seen = {self._context_key(values, geometry) for values, geometry in context_rows}
                for values, geometry in self._context_rows(contribution.data, crs, transform_context):
                    key = self._context_key(values, geometry)
                    if key not in seen:
                        seen.add(key)
                        context_rows.append((values, geometry))
        n_in, n_out, n_rejected = ledger.check()
        step(feedback, 70)
        labels[""] = region_label or self.tr("the region")
        conflicts = self._conflicts(rows, {party: geometry for party, (_, geometry) in areas.items()}, labels)
        step(feedback, 85)

        with unsynced_writes(destination):
            self._write(destination, crs, library, rows, context_rows, rejected, conflicts, areas, feedback)
        step(feedback, 95)
        summary = dict(n_in=n_in, n_out=n_out, n_rejected=n_rejected, kept=kept_base, replaced=replaced_base,
                       carried=carried_rejected, conflicts=len(conflicts))
        feedback.pushInfo(self.tr(
            "{n_in} contributed feature(s) read: {n_out} merged, {n_rejected} rejected ({n_in} = {n_out} + "
            "{n_rejected}); {conflicts} conflict(s).").format(**summary))
        if base is not None:
            feedback.pushInfo(self.tr("Previous version: {kept} feature(s) kept, {replaced} replaced by this round's "
                                      "files.").format(**summary))
        for contribution in contributions:
            for note in notes[contribution.contributor]:
                feedback.pushWarning(f"{labels[contribution.contributor]}: {note}")
        results = {self.OUTPUT: destination, self.N_IN: n_in, self.N_OUT: n_out, self.N_REJECTED: n_rejected,
                   self.N_CONFLICTS: len(conflicts), self.N_BASE_KEPT: kept_base, self.N_REPLACED: replaced_base}
        if report_path:
            Path(report_path).parent.mkdir(parents=True, exist_ok=True)
            Path(report_path).write_text(self._report(
                contributions, ledger, labels, notes, rejected, conflicts, summary, base_path, destination, crs),
                encoding="utf-8")
            results[self.OUTPUT_REPORT] = report_path
        return results

    def _base(self, base, crs, round_contributors, transform_context):
        """(kept rows, number replaced, context rows, carried rejected rows, {contributor: area}) of BASE."""
        candidates = []
        for layer in base.element_layers(False):
            transform = transformer(layer.crs, crs, transform_context)
            for feature in layer.features:
                values, _ = cm.value_problems(layer.key, feature.attributes, layer.name, feature.fid)
                party = _text(feature.attributes.get("bidragsgivare"))
                for name in cm.PROVENANCE_NAMES:
                    values[name] = feature.attributes.get(name)
                values["bidragsgivare"] = party or None
                values["bidrag_fil"] = _text(values.get("bidrag_fil")) or base.path.name
                values["bidrag_datum"] = _text(values.get("bidrag_datum")) or base.latest_change()
                candidates.append(Row(layer.key, values, transformed(feature.geometry, transform), party))
        kept, replaced = cm.split_base([row.party or None for row in candidates], round_contributors)
        sending = set(round_contributors)
        carried = []
        old = base.layer(cm.REJECTED_LAYER)
        if old is not None:
            transform = transformer(old.crs, crs, transform_context)
            for feature in old.features:
                if _text(feature.attributes.get("bidragsgivare")) in sending:
                    continue
                carried.append((dict(feature.attributes), transformed(feature.geometry, transform)))
        areas = {}
        old = base.layer(cm.AREAS_LAYER)
        if old is not None:
            transform = transformer(old.crs, crs, transform_context)
            for feature in old.features:
                party = _text(feature.attributes.get("bidragsgivare"))
                if party and party not in sending and not feature.geometry.isNull():
                    areas[party] = (dict(feature.attributes), transformed(feature.geometry, transform))
        return ([candidates[k] for k in kept], len(replaced), self._context_rows(base, crs, transform_context),
                carried, areas)

    @staticmethod
    def _context_key(values, geometry):
        if values.get("kod"):
            return ("kod", values.get("adm_niva"), values.get("kod"))
        return ("geometry", geometry.asWkt(1) if geometry is not None and not geometry.isNull() else "",
                tuple(sorted((k, str(v)) for k, v in values.items())))

    def _context_rows(self, data, crs, transform_context):
        rows = []
        for layer in data.element_layers(True):
            transform = transformer(layer.crs, crs, transform_context)
            for feature in layer.features:
                values, _ = cm.value_problems(layer.key, feature.attributes, layer.name, feature.fid)
                rows.append((values, transformed(feature.geometry, transform)))
        return rows

    def _merge_one(self, contribution, crs, ledger, transform_context):
        """(merged rows, rejected rows, notes) of one contribution; every feature counted in the ledger."""
        data, contributor, source = contribution.data, contribution.contributor, str(contribution.path)
        area_test = AreaTest(contribution.area) if contribution.area is not None else None
        notes, warnings = [], {}
        if area_test is None:
            notes.append(problem_text(cm.Problem("no_area"))[0])
        for problem in cm.file_layer_problems([layer.name for layer in data.layers]):
            text, todo = problem_text(problem)
            notes.append(f"{text} {todo}")
        records = [(layer.name, feature.fid, feature.attributes.get("id"))
                   for layer in data.element_layers(False) for feature in layer.features]
        duplicates = {(problem.layer, problem.fid): problem for problem in cm.duplicate_id_problems(records)}
        merged, rejected, assigned = [], [], 0
        for layer in data.element_layers(False):
            element = schema.element_type(layer.key)
            for problem in cm.layer_problems(layer.name, layer.key, layer.fields, layer.crs.isValid(),
                                             layer.crs == crs, crs.authid()):
                if problem.kind == "other_crs":
                    notes.append(self.tr("The layer '{layer}' is in {crs}: it was reprojected to {target}.").format(
                        layer=layer.name, crs=layer.crs.authid() or layer.crs.description(), target=crs.authid()))
                else:
                    text, todo = problem_text(problem)
                    notes.append(f"'{layer.name}': {text} {todo}")
            transform = transformer(layer.crs, crs, transform_context)
            for feature in layer.features:
                ledger.read(source)
                values, problems = cm.value_problems(layer.key, feature.attributes, layer.name, feature.fid)
                feature_id = _text(feature.attributes.get("id"))
                geometry = transformed(feature.geometry, transform)
                problems += cm.geometry_problems(layer.key, geometry_facts(geometry, element, area_test), layer.name,
                                                 feature.fid, feature_id)
                if (layer.name, feature.fid) in duplicates:
                    problems.append(duplicates[(layer.name, feature.fid)])
                errors = [problem for problem in problems if problem.severity == cm.ERROR]
                for problem in problems:
                    if problem.severity == cm.WARNING and problem.kind != "missing_id":
                        warnings[problem.kind] = warnings.get(problem.kind, 0) + 1
                if errors:
                    texts = [problem_text(problem) for problem in errors]
                    rejected.append(({
                        "bidragsgivare": contributor, "bidrag_fil": contribution.path.name,
                        "bidrag_datum": contribution.date, "layer": layer.name, "feature_fid": feature.fid,
                        "feature_id": feature_id, "reason": " ".join(text for text, _ in texts),
                        "what_to_do": " ".join(todo for _, todo in texts),
                        "kinds": ", ".join(problem.kind for problem in errors),
                        "attributes": _json(feature.attributes)}, geometry))
                    ledger.reject(source)
                    continue
                if not values.get("id"):
                    values["id"] = cm.assigned_id(contributor, layer.name, feature.fid)
                    assigned += 1
                values.update(bidragsgivare=contributor, ursprung_id=feature.attributes.get("ursprung_id"),
                              bidrag_fil=contribution.path.name, bidrag_datum=contribution.date)
                merged.append(Row(layer.key, values, geometry, contributor))
                ledger.accept(source)
        if assigned:
            notes.append(self.tr("{n} feature(s) without an id were given one.").format(n=assigned))
        if warnings.get("partly_outside_area"):
            notes.append(self.tr("{n} element(s) reach outside the contributor's area (merged as they are).")
                         .format(n=warnings["partly_outside_area"]))
        return merged, rejected, notes

    # -- conflicts --------------------------------------------------------------------------------------------------

    @staticmethod
    def _name(row):
        values = row.values
        if values.get("namn"):
            return str(values["namn"])
        if values.get("from_namn") or values.get("to_namn"):
            return f"{values.get('from_namn') or '?'}–{values.get('to_namn') or '?'}"
        return str(values.get("id") or "")

    def _conflicts(self, rows, areas, labels):
        """[conflict dict] of the merged features: kind, layer, feature_ids, bidragsgivare, description, what_to_do,
        geometry (a point marking the place)."""
        conflicts = []

        def label(party):
            return labels.get(party, party) if party else labels[""]

        def add(kind, layer, members, description, todo, geometry):
            conflicts.append({"kind": kind, "layer": layer, "feature_ids": ", ".join(
                str(row.values.get("id")) for row in members), "bidragsgivare": ", ".join(
                sorted({row.party or labels[""] for row in members})), "description": description,
                "what_to_do": todo, "geometry": geometry})

        groups = cm.same_id_groups([(row.values.get("id"), row.party) for row in rows])
        for feature_id in sorted(groups):
            members = [rows[position] for position in groups[feature_id]]
            parties = []
            for row in members:
                if label(row.party) not in parties:
                    parties.append(label(row.party))
            add("same_id", ", ".join(sorted({row.key for row in members})), members,
                self.tr("The id {id} is used by {parties}.").format(id=feature_id, parties=", ".join(parties)),
                self.tr("Decide whose element it is: the other contributor gives theirs a new id (or deletes it) and "
                        "sends the file again."), _point(members[0].geometry))

        by_key = {}
        for row in rows:
            if row.geometry is not None and not row.geometry.isNull() and not row.geometry.isEmpty():
                by_key.setdefault(row.key, []).append(row)

        items = by_key.get("utvecklingsomrade", [])
        index = spatial_index([row.geometry for row in items])
        for i, a in enumerate(items):
            for j in sorted(index.intersects(a.geometry.boundingBox())):
                b = items[j]
                if j <= i or a.party == b.party or not a.geometry.intersects(b.geometry):
                    continue
                overlap = a.geometry.intersection(b.geometry)
                if overlap.isNull() or overlap.area() <= cm.MIN_OVERLAP_M2:
                    continue
                add("overlapping_development_areas", a.key, [a, b], self.tr(
                    "The development areas '{name_a}' of {a} and '{name_b}' of {b} overlap by {ha} ha.").format(
                    name_a=self._name(a), a=label(a.party), name_b=self._name(b), b=label(b.party),
                    ha=f"{overlap.area() / 10_000:.1f}"),
                    self.tr("Agree with both contributors where the border between the two areas runs."),
                    _point(overlap))

        for key in sorted(by_key):
            element = schema.element_type(key)
            if element.context or key == "utvecklingsomrade" or element.geometry == "MultiLineString":
                continue
            items = by_key[key]
            index = spatial_index([row.geometry for row in items])
            for i, a in enumerate(items):
                box = a.geometry.boundingBox()
                if element.geometry == "Point":
                    box.grow(cm.PLACE_DISTANCE_M)
                for j in sorted(index.intersects(box)):
                    b = items[j]
                    if j <= i or a.party == b.party or not self._same_place(a.geometry, b.geometry, element):
                        continue
                    differences = cm.classification_differences(key, a.values, b.values)
                    if not differences:
                        continue
                    said = "; ".join(f"{name}: {value_a} ({label(a.party)}) / {value_b} ({label(b.party)})"
                                     for name, value_a, value_b in differences)
                    add("classified_differently", key, [a, b], self.tr(
                        "{a} and {b} classify the same {element} ('{name}') differently: {differences}.").format(
                        a=label(a.party), b=label(b.party), element=element.sv.lower(), name=self._name(a),
                        differences=said),
                        self.tr("Agree on one classification; the merged strukturbild keeps both until then."),
                        _point(a.geometry))

        self._unmatched_cross_border(by_key.get("gransoverskridande_samband", []), areas, label, add)
        return conflicts

    @staticmethod
    def _same_place(a, b, element):
        if element.geometry == "Point":
            return a.distance(b) <= cm.PLACE_DISTANCE_M
        if not a.intersects(b):
            return False
        overlap = a.intersection(b)
        smaller = min(a.area(), b.area())
        return smaller > 0 and not overlap.isNull() and overlap.area() >= cm.SAME_PLACE_SHARE * smaller

    def _unmatched_cross_border(self, lines, areas, label, add):
        """A cross-border connection of one contributor that meets the border of another (whose area is known), who
        has no cross-border connection within BORDER_MATCH_M of that place."""
        index = spatial_index([row.geometry for row in lines])
        for row in lines:
            area = areas.get(row.party)
            if area is None:
                continue
            boundary = QgsGeometry(area.constGet().boundary())
            crossing = row.geometry.intersection(boundary) if row.geometry.intersects(boundary) else QgsGeometry()
            # (the geometry is kept in a name while its vertices are read: a temporary one would be freed under them)
            places = [QgsPointXY(vertex.x(), vertex.y()) for vertex in crossing.vertices()] \
                if not crossing.isNull() else []
            for part in row.geometry.constParts():
                for end in (part.startPoint(), part.endPoint()):
                    point = QgsGeometry.fromPointXY(QgsPointXY(end.x(), end.y()))
                    if boundary.distance(point) <= cm.AREA_TOLERANCE_M:
                        places.append(QgsPointXY(end.x(), end.y()))
            reported = set()
            for place in places:
                point = QgsGeometry.fromPointXY(place)
                for party, other in sorted(areas.items()):
                    if party == row.party or party in reported or other.distance(point) > cm.NEIGHBOUR_DISTANCE_M:
                        continue
                    box = point.boundingBox()
                    box.grow(cm.BORDER_MATCH_M)
                    if any(lines[j].party == party and lines[j].geometry.distance(point) <= cm.BORDER_MATCH_M
                           for j in index.intersects(box)):
                        continue
                    reported.add(party)
                    add("unmatched_cross_border", row.key, [row], self.tr(
                        "The cross-border connection '{name}' of {a} meets the border with {b}, who has no "
                        "cross-border connection there.").format(name=self._name(row), a=label(row.party),
                                                                 b=label(party)),
                        self.tr("Ask {b} whether the connection continues on their side, and {a} whether it "
                                "belongs there.").format(a=label(row.party), b=label(party)), point)

    # -- writing ----------------------------------------------------------------------------------------------------

    def _write(self, path, crs, library, rows, context_rows, rejected, conflicts, areas, feedback):
        styles = StyleStore(library)
        first = True
        for element in schema.ELEMENT_TYPES:
            if element.context:
                write_element_layer(path, element, crs, context_rows, styles, first=first)
            else:
                write_element_layer(path, element, crs, [(row.values, row.geometry) for row in rows
                                                         if row.key == element.key], styles, first=first,
                                    extra_fields=cm.PROVENANCE_FIELDS)
            first = False
        write_layer(path, cm.REJECTED_LAYER, REJECTED_FIELDS, QgsWkbTypes.Type.Unknown, crs, rejected,
                    description=self.tr("Contributed features that were not merged, with the reason"))
        write_layer(path, cm.CONFLICTS_LAYER, CONFLICT_FIELDS, QgsWkbTypes.Type.Point, crs,
                    [(conflict, conflict["geometry"]) for conflict in conflicts],
                    description=self.tr("Conflicts between contributors (reported, not decided)"))
        styles.add_simple(cm.CONFLICTS_LAYER, POINT, "#d7191c", crs, CONFLICT_FIELDS)
        write_layer(path, cm.AREAS_LAYER, AREA_FIELDS, QgsWkbTypes.Type.MultiPolygon, crs,
                    [areas[party] for party in sorted(areas)], description=self.tr("The contributors' areas"))
        styles.add_simple(cm.AREAS_LAYER, POLYGON, "#636363", crs, AREA_FIELDS)
        styles.write(path)
        for warning in sorted(styles.warnings):
            feedback.pushWarning(warning)

    # -- the report -----------------------------------------------------------------------------------------------

    def _report(self, contributions, ledger, labels, notes, rejected, conflicts, summary, base_path, destination,
                crs):
        e = html.escape

        def table(header, body):
            head = "".join(f"<th>{e(str(h))}</th>" for h in header)
            lines = "".join("<tr>" + "".join(f"<td>{e(str(cell))}</td>" for cell in row) + "</tr>" for row in body)
            return f"<table><thead><tr>{head}</tr></thead><tbody>{lines}</tbody></table>"

        from ..outputs import active_transaction

        transaction = active_transaction()
        final = transaction.final_path(destination) if transaction is not None else destination
        title = self.tr("Contributions merged")
        when = datetime.now().strftime("%Y-%m-%d %H:%M")
        lead = self.tr("Merged strukturbild: {path} ({crs}), {when}.").format(path=final, crs=crs.authid(), when=when)
        counts = self.tr("{n_in} contributed feature(s) read: {n_out} merged, {n_rejected} rejected ({n_in} = {n_out} "
                         "+ {n_rejected}). {conflicts} conflict(s) between contributors.").format(**summary)
        parts = [
            "<!DOCTYPE html><html><head><meta charset='utf-8'>",
            f"<title>{e(title)}</title>",
            "<style>body{font-family:'Open Sans',Arial,sans-serif;margin:2em;color:#222;max-width:75em}"
            "table{border-collapse:collapse;font-size:0.85em;margin:0.5em 0 1.5em}"
            "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}th{background:#f0f0f0}"
            ".sum{font-size:1.1em}</style></head><body>",
            f"<h1>{e(title)}</h1>", f"<p>{e(lead)}</p>", f"<p class='sum'>{e(counts)}</p>",
        ]
        if base_path:
            previous = self.tr("Previous version {file}: {kept} feature(s) kept, {replaced} replaced by the files of "
                               "this round; {carried} earlier rejected feature(s) of other contributors carried "
                               "over.").format(file=Path(base_path).name, **summary)
            parts.append(f"<p>{e(previous)}</p>")
        parts.append(f"<h2>{e(self.tr('Contributions'))}</h2>")
        body = []
        for contribution in contributions:
            counts = ledger.counts.get(str(contribution.path), {"in": 0, "out": 0, "rejected": 0})
            body.append([labels[contribution.contributor], contribution.path.name, contribution.date,
                         counts["in"], counts["out"], counts["rejected"],
                         " ".join(notes.get(contribution.contributor, [])) or "–"])
        parts.append(table([self.tr("Contributor"), self.tr("File"), self.tr("Last changed"), self.tr("Read"),
                            self.tr("Merged"), self.tr("Rejected"), self.tr("Notes")], body))
        parts.append(f"<h2>{e(self.tr('Conflicts ({n})').format(n=len(conflicts)))}</h2>")
        if conflicts:
            text = self.tr("Conflicts are not decided by the merge: both elements are in the merged strukturbild, "
                           "and its layer 'conflicts' marks each place.")
            parts.append(f"<p>{e(text)}</p>")
            parts.append(table([self.tr("Kind"), self.tr("Contributors"), self.tr("Layer"), self.tr("Ids"),
                                self.tr("What"), self.tr("What to do")],
                               [[conflict_kind_word(c["kind"]), c["bidragsgivare"], c["layer"], c["feature_ids"],
                                 c["description"], c["what_to_do"]] for c in conflicts]))
        else:
            parts.append(f"<p>{e(self.tr('None.'))}</p>")
        sending = {contribution.contributor for contribution in contributions}
        this_round = [values for values, _ in rejected if values.get("bidragsgivare") in sending]
        parts.append(f"<h2>{e(self.tr('Rejected features ({n})').format(n=len(this_round)))}</h2>")
        if this_round:
            parts.append(table([self.tr("Contributor"), self.tr("Layer"), self.tr("fid"), self.tr("Id"),
                                self.tr("Name"), self.tr("Reason"), self.tr("What to do")],
                               [[labels.get(v.get("bidragsgivare"), v.get("bidragsgivare")), v.get("layer"),
                                 v.get("feature_fid"), v.get("feature_id") or "–",
                                 self._attribute_name(v.get("attributes")),
                                 v.get("reason"), v.get("what_to_do")] for v in this_round]))
        else:
            parts.append(f"<p>{e(self.tr('None.'))}</p>")
        parts.append(f"<h2>{e(self.tr('How to go on'))}</h2><ul>")
        for text in (self.tr("Send each contributor the rejected features and conflicts that concern them (the "
                             "tables above; the layers rejected and conflicts of the merged strukturbild show where)."),
                     self.tr("A contributor corrects their own file and sends it back; check it with 'Validate "
                             "strukturbild'."),
                     self.tr("Merge the corrected files with this merged strukturbild as BASE into a new file: only "
                             "those contributors' features are replaced, everyone else's are kept.")):
            parts.append(f"<li>{e(text)}</li>")
        parts.append("</ul></body></html>")
        return "\n".join(parts)

    @staticmethod
    def _attribute_name(text):
        try:
            values = json.loads(text or "{}")
        except ValueError:
            return ""
        return str(values.get("namn") or "") if isinstance(values, dict) else ""
