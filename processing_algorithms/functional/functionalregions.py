"""strukturbild:functionalregions — functional (labour-market) regions from commuting: SCB LA, CURDS/TTWA,
Intramax. A thin adapter: zones and OD table in, methods.la / methods.ttwa / methods.intramax, zones with their
region and dissolved regions out, plus an HTML report.
"""

import statistics
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsRendererCategory,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.i18n import format_number
from ...strukturbild_plugin.library import StyleLibrary
from .. import checks
from ..base import ProgressRange, StrukturbildAlgorithm, load_with_post_processor, spatial_index
from .common import Zones, read_od, read_zones

METHOD_LA, METHOD_TTWA, METHOD_INTRAMAX = 0, 1, 2
METHOD_CODES = ("LA", "TTWA", "Intramax")
# A muted qualitative palette for the zones-by-region map (repeats for more regions).
_PALETTE = ("#8dd3c7", "#fdb462", "#bebada", "#fb8072", "#80b1d3", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd",
            "#ccebc5", "#ffed6f", "#a6cee3", "#e5c494", "#b2df8a", "#fdbf6f", "#cab2d6")


class _StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Style an output layer once Processing has loaded it (on the main thread)."""

    def __init__(self, kind):
        super().__init__()
        self.kind = kind

    def postProcessLayer(self, layer, context, feedback):
        if layer is None or not layer.isValid():
            return
        if self.kind == "regions":
            for warning in StyleLibrary().apply_style(layer, "funktionell_region"):
                feedback.pushWarning(warning)
        else:
            index = layer.fields().indexOf("region_id")
            values = sorted({str(v) for v in layer.uniqueValues(index) if v is not None and str(v) != "NULL"})
            categories = []
            for k, value in enumerate(values):
                symbol = QgsSymbol.defaultSymbol(layer.geometryType())
                symbol.setColor(QColor(_PALETTE[k % len(_PALETTE)]))
                categories.append(QgsRendererCategory(value, symbol, value))
            layer.setRenderer(QgsCategorizedSymbolRenderer("region_id", categories))
        layer.triggerRepaint()


class FunctionalRegions(StrukturbildAlgorithm):
    ALGORITHM_ID = "functionalregions"
    GROUP_ID = "functional"

    ZONES = "ZONES"
    ZONE_ID_FIELD = "ZONE_ID_FIELD"
    ZONE_NAME_FIELD = "ZONE_NAME_FIELD"
    FLOWS = "FLOWS"
    ORIGIN_FIELD = "ORIGIN_FIELD"
    DESTINATION_FIELD = "DESTINATION_FIELD"
    VALUE_FIELD = "VALUE_FIELD"
    METHOD = "METHOD"
    LA_OUT_SHARE = "LA_OUT_SHARE"
    LA_SINGLE_SHARE = "LA_SINGLE_SHARE"
    LA_PAIR_TEST = "LA_PAIR_TEST"
    MIN_SIZE = "MIN_SIZE"
    MIN_SC = "MIN_SC"
    TARGET_SIZE = "TARGET_SIZE"
    TARGET_SC = "TARGET_SC"
    N_REGIONS = "N_REGIONS"
    CONTIGUOUS = "CONTIGUOUS"
    OUTPUT_MEMBERSHIP = "OUTPUT_MEMBERSHIP"
    OUTPUT_REGIONS = "OUTPUT_REGIONS"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    def displayName(self):
        return self.tr("Functional regions (SCB LA, TTWA, Intramax)")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Delineates functional (labour-market) regions from a commuting matrix, as SCB's lokala "
                    "arbetsmarknader, as travel-to-work areas (TTWA) or by Intramax. Region ids are named after their "
                    "centre zones, so they stay stable between runs."),
            [(self.ZONES, self.tr("kommuner, DeSO or grid cells (polygons or points, any CRS).")),
             (self.ZONE_ID_FIELD, self.tr("the zone codes, as in the flow table.")),
             (self.ZONE_NAME_FIELD, self.tr("names for the regions (their centre zones); empty: the ids.")),
             (self.FLOWS, self.tr("an OD table (residence, workplace, count) such as SCB's or SSB's CSV; ids are "
                                  "matched robustly (text or integer, leading zeros), a total row is dropped, "
                                  "duplicated rows are summed, unmatched ids are reported. The diagonal (people "
                                  "working in their home zone) belongs in the table.")),
             ((self.ORIGIN_FIELD, self.DESTINATION_FIELD, self.VALUE_FIELD),
              self.tr("the residence and workplace codes and the number of employed persons of each row.")),
             (self.METHOD, self.tr("'SCB lokala arbetsmarknader (LA)': a zone is a centre if its out-commuting "
                                   "share and its largest single out-flow are below the two LA shares; two "
                                   "non-centres whose largest flows go to each other form a joint centre ('A-B'); "
                                   "every other zone follows its largest out-flow until it reaches a centre. 'CURDS / "
                                   "Coombes–Bond TTWA' (Coombes & Bond 2008, as Istat's LabourMarketAreas 3.4): "
                                   "clusters are dissolved until every region is valid for the four TTWA settings; "
                                   "size counts employed residents. 'Intramax' (Masser & Brown 1975): merges the pair "
                                   "of maximum interaction until the number of regions remains. Only the settings "
                                   "starting with the method's name are used.")),
             (self.LA_OUT_SHARE, self.tr("LA: a centre sends less than this share of its employed residents to "
                                         "other zones (SCB: 0.20).")),
             (self.LA_SINGLE_SHARE, self.tr("LA: a centre's largest flow to a single zone is below this share of "
                                            "its employed residents (SCB: 0.075).")),
             (self.LA_PAIR_TEST, self.tr("LA: a joint centre pair must also pass both shares.")),
             ((self.MIN_SIZE, self.MIN_SC, self.TARGET_SIZE, self.TARGET_SC),
              self.tr("TTWA: the validity of a region, between a minimum and a target size (employed residents) and "
                      "self-containment (ONS 2011: 3500, 0.6667, 25000, 0.75).")),
             (self.N_REGIONS, self.tr("Intramax: merging stops at this number of regions.")),
             (self.CONTIGUOUS, self.tr("Intramax: merge only zones that touch.")),
             (self.OUTPUT_MEMBERSHIP, self.tr("every zone with region_id, region_name (its centre or centres), role "
                                              "(centre, member, reserve) and links (the LA chain length).")),
             (self.OUTPUT_REGIONS, self.tr("the dissolved regions with n_zones, residents, jobs, internal, "
                                           "sc_supply, sc_demand and validity (TTWA).")),
             (self.OUTPUT_REPORT, self.tr("an HTML report with a chart of self-containment against size."))])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (kommuner, DeSO, grid cells)"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_ID_FIELD, self.tr("Zone id field"), parentLayerParameterName=self.ZONES))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_NAME_FIELD, self.tr("Zone name field (for region names)"), parentLayerParameterName=self.ZONES,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FLOWS, self.tr("Commuting flows (OD table: residence, workplace, count)"),
            [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.ORIGIN_FIELD, self.tr("Residence (origin) id field"), parentLayerParameterName=self.FLOWS))
        self.addParameter(QgsProcessingParameterField(
            self.DESTINATION_FIELD, self.tr("Workplace (destination) id field"), parentLayerParameterName=self.FLOWS))
        self.addParameter(QgsProcessingParameterField(
            self.VALUE_FIELD, self.tr("Count field (employed persons)"), parentLayerParameterName=self.FLOWS))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Method"),
            options=[self.tr("SCB lokala arbetsmarknader (LA)"), self.tr("CURDS / Coombes–Bond TTWA"),
                     self.tr("Intramax")], defaultValue=METHOD_LA))

        def number(name, text, default, kind=QgsProcessingParameterNumber.Type.Double, minimum=0.0, maximum=None):
            parameter = QgsProcessingParameterNumber(name, text, kind, default, False, minimum)
            if maximum is not None:
                parameter.setMaximum(maximum)
            self.addParameter(parameter)

        number(self.LA_OUT_SHARE, self.tr("LA: centre if out-commuting share below"), 0.20, maximum=1.0)
        number(self.LA_SINGLE_SHARE, self.tr("LA: centre if largest single out-flow share below"), 0.075, maximum=1.0)
        self.addParameter(QgsProcessingParameterBoolean(
            self.LA_PAIR_TEST, self.tr("LA: test a joint centre pair against the thresholds"), defaultValue=False))
        number(self.MIN_SIZE, self.tr("TTWA: minimum size (employed residents)"), 3500.0, maximum=checks.MAX_PEOPLE)
        number(self.MIN_SC, self.tr("TTWA: minimum self-containment"), 0.6667, maximum=1.0)
        number(self.TARGET_SIZE, self.tr("TTWA: target size (employed residents)"), 25000.0,
               maximum=checks.MAX_PEOPLE)
        number(self.TARGET_SC, self.tr("TTWA: target self-containment"), 0.75, maximum=1.0)
        number(self.N_REGIONS, self.tr("Intramax: number of regions"), 10,
               kind=QgsProcessingParameterNumber.Type.Integer, minimum=1, maximum=checks.MAX_ITEMS)
        self.addParameter(QgsProcessingParameterBoolean(
            self.CONTIGUOUS, self.tr("Intramax: merge only neighbouring zones"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_MEMBERSHIP, self.tr("Zones with their region")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_REGIONS, self.tr("Functional regions"), QgsProcessing.SourceType.TypeVectorAnyGeometry,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        for name, text in (("N_REGIONS", self.tr("Number of regions")),
                           ("MEDIAN_SC", self.tr("Median self-containment (min of supply and demand)")),
                           ("N_RESERVE", self.tr("Zones that came from the TTWA reserve list")),
                           ("N_UNMATCHED_IDS", self.tr("OD ids not among the zones")),
                           ("N_ZONES", self.tr("Zones"))):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    # -- the run -------------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        import numpy as np

        from ..method_messages import translated
        from ..methods import ttwa as ttwa_method
        from ..methods.errors import MethodError
        from ..methods.regions import expand_partition, region_statistics
        from .report import write_report

        checks.require_finite_numbers(self, parameters, context)
        zones_source = self.parameterAsSource(parameters, self.ZONES, context)
        flows_source = self.parameterAsSource(parameters, self.FLOWS, context)
        zones_name = self._layer_name(parameters, self.ZONES, context)
        flows_name = self._layer_name(parameters, self.FLOWS, context)
        id_field = self.parameterAsString(parameters, self.ZONE_ID_FIELD, context)
        name_field = self.parameterAsString(parameters, self.ZONE_NAME_FIELD, context)
        zones = read_zones(zones_source, zones_name, id_field, name_field, feedback)
        od = read_od(flows_source, flows_name, self.parameterAsString(parameters, self.ORIGIN_FIELD, context),
                     self.parameterAsString(parameters, self.DESTINATION_FIELD, context),
                     self.parameterAsString(parameters, self.VALUE_FIELD, context), zones.ids, feedback)
        flows = od.matrix
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        settings = self._settings(parameters, context, method)
        feedback.setProgress(10)

        # Zones without any flow belong to no region (they would otherwise each become a region of their own).
        active = np.flatnonzero(od.residents + od.jobs > 0)
        if active.size == 0:
            raise QgsProcessingException(self.tr("No zone of '{zones}' has any flow in '{flows}'.")
                                         .format(zones=zones_name, flows=flows_name))
        between = flows.tocoo()
        if not ((between.row != between.col) & (between.data > 0)).any():
            raise QgsProcessingException(self.tr(
                "The flow table '{flows}' has no commuting between different zones of '{zones}': every count is for "
                "people who live and work in the same zone. Functional regions need flows between zones: check that "
                "the residence field ({origin}) and the workplace field ({destination}) are two different columns.")
                .format(flows=flows_name, zones=zones_name,
                        origin=self.parameterAsString(parameters, self.ORIGIN_FIELD, context),
                        destination=self.parameterAsString(parameters, self.DESTINATION_FIELD, context)))
        active_zones = Zones(zones.source, zones.id_field, [zones.ids[k] for k in active],
                             [zones.feature_ids[k] for k in active], [zones.names[k] for k in active])
        sub = ProgressRange(feedback, 10, 70)
        try:
            sub_membership, sub_roles, sub_links, sub_centres, notes, reserve_events = self._run_method(
                method, settings, flows[active][:, active], active_zones, zones_source, sub)
        except MethodError as error:
            raise QgsProcessingException(self.tr("{method} on the flow table '{flows}': {error}").format(
                method=self.method_name(method), flows=flows_name, error=translated(error))) from None
        membership, roles, links, centres_of = expand_partition(len(zones.ids), active, sub_membership, sub_roles,
                                                                sub_links, sub_centres)
        notes = list(od.notes) + notes
        n_regions = len(centres_of)
        stats = region_statistics(flows, membership, n_regions)
        ttwa_params = (settings["MIN_SIZE"], settings["MIN_SC"], settings["TARGET_SIZE"], settings["TARGET_SC"])
        region_validity = (ttwa_method.validity(stats.residents, stats.jobs, stats.internal, *ttwa_params)
                           if method == METHOD_TTWA else np.full(n_regions, np.nan))
        region_ids = ["-".join(zones.ids[z] for z in centres) for centres in centres_of]
        region_names = ["-".join(zones.names[z] for z in centres) for centres in centres_of]
        provenance = self._provenance(method, settings, zones_name, flows_name)
        feedback.setProgress(75)

        membership_id = self._write_membership(parameters, context, zones, membership, roles, links, region_ids,
                                               region_names, provenance, feedback)
        regions = [dict(region_id=region_ids[r], region_name=region_names[r], n_zones=int(stats.n_zones[r]),
                        residents=float(stats.residents[r]), jobs=float(stats.jobs[r]),
                        internal=float(stats.internal[r]), sc_supply=float(stats.sc_supply[r]),
                        sc_demand=float(stats.sc_demand[r]), validity=float(region_validity[r]))
                   for r in range(n_regions)]
        regions_id = self._write_regions(parameters, context, zones, membership, regions, provenance, method,
                                         feedback)
        feedback.setProgress(95)

        notes = [translated(note) for note in notes]
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report_path:
            write_report(report_path, self.tr("Functional regions: {method}").format(method=self.method_name(method)),
                         self._report_parameters(method, settings, zones_name, flows_name, len(zones.ids),
                                                 float(flows.sum())),
                         regions, reserve_events, notes, ttwa_params if method == METHOD_TTWA else None)
        min_sc = [min(r["sc_supply"], r["sc_demand"]) for r in regions if r["residents"] > 0]
        median_sc = statistics.median(min_sc) if min_sc else 0.0
        n_reserve = sum(1 for role in roles if role == "reserve")
        feedback.pushInfo(self.tr("{method}: {n} regions from {zones} zones; median self-containment {sc}; "
                                  "{reserve} zones from the reserve list.").format(
            method=self.method_name(method), n=n_regions, zones=len(zones.ids), sc=format_number(median_sc, 3),
            reserve=n_reserve))
        for note in notes:
            feedback.pushInfo(note)
        results = {self.OUTPUT_MEMBERSHIP: membership_id, self.OUTPUT_REGIONS: regions_id,
                   "N_REGIONS": n_regions, "MEDIAN_SC": median_sc, "N_RESERVE": n_reserve,
                   "N_UNMATCHED_IDS": len(od.unmatched), "N_ZONES": len(zones.ids)}
        if report_path:
            results[self.OUTPUT_REPORT] = report_path
        return results

    def method_name(self, method):
        """The method's name in the user's language, as the dialog's METHOD lists it (METHOD_CODES are the codes
        written into the layers)."""
        return (self.tr("SCB lokala arbetsmarknader (LA)"), self.tr("CURDS / Coombes–Bond TTWA"),
                self.tr("Intramax"))[method]

    def _report_parameters(self, method, settings, zones_name, flows_name, n_zones, commuters):
        """[(label, value)] of the report's parameter table: the method's own settings, as the dialog names them."""
        from ...strukturbild_plugin.i18n import user_language
        from .report import parameter_label

        language = user_language()
        names = {METHOD_LA: (self.LA_OUT_SHARE, self.LA_SINGLE_SHARE, self.LA_PAIR_TEST),
                 METHOD_TTWA: (self.MIN_SIZE, self.MIN_SC, self.TARGET_SIZE, self.TARGET_SC),
                 METHOD_INTRAMAX: (self.N_REGIONS, self.CONTIGUOUS)}[method]
        rows = [(parameter_label(self, self.METHOD), self.method_name(method))]
        for name in names:
            value = settings[name]
            rows.append((parameter_label(self, name),
                         (self.tr("yes") if value else self.tr("no")) if isinstance(value, bool)
                         else format_number(value, None, language)))
        return rows + [(parameter_label(self, self.ZONES), zones_name), (parameter_label(self, self.FLOWS), flows_name),
                       (self.tr("Zones"), format_number(n_zones, 0, language)),
                       (self.tr("Commuters in the matrix"), format_number(commuters, 0, language))]

    def _layer_name(self, parameters, name, context):
        """A name users recognise: the layer's name, or for a file its file name (and layer)."""
        value = parameters.get(name)
        value = getattr(value, "source", value)  # QgsProcessingFeatureSourceDefinition
        if hasattr(value, "staticValue"):
            value = value.staticValue()
        if isinstance(value, str):
            layer = context.project().mapLayer(value) if context.project() is not None else None
            if layer is not None:
                return layer.name()
            path, _, rest = value.partition("|")
            label = Path(path).name or path
            if "layername=" in rest:
                label += ":" + rest.split("layername=")[1].split("|")[0]
            return label
        if hasattr(value, "name"):
            return value.name()
        return str(value)

    def _settings(self, parameters, context, method):
        settings = {
            "LA_OUT_SHARE": self.parameterAsDouble(parameters, self.LA_OUT_SHARE, context),
            "LA_SINGLE_SHARE": self.parameterAsDouble(parameters, self.LA_SINGLE_SHARE, context),
            "LA_PAIR_TEST": self.parameterAsBool(parameters, self.LA_PAIR_TEST, context),
            "MIN_SIZE": self.parameterAsDouble(parameters, self.MIN_SIZE, context),
            "MIN_SC": self.parameterAsDouble(parameters, self.MIN_SC, context),
            "TARGET_SIZE": self.parameterAsDouble(parameters, self.TARGET_SIZE, context),
            "TARGET_SC": self.parameterAsDouble(parameters, self.TARGET_SC, context),
            "N_REGIONS": self.parameterAsInt(parameters, self.N_REGIONS, context),
            "CONTIGUOUS": self.parameterAsBool(parameters, self.CONTIGUOUS, context),
        }
        if method == METHOD_TTWA:
            if not 0 < settings["MIN_SIZE"] < settings["TARGET_SIZE"]:
                raise QgsProcessingException(self.tr("TTWA needs 0 < MIN_SIZE < TARGET_SIZE (got {a} and {b}).")
                                             .format(a=settings["MIN_SIZE"], b=settings["TARGET_SIZE"]))
            if not 0 < settings["MIN_SC"] <= settings["TARGET_SC"] <= 1:
                raise QgsProcessingException(self.tr("TTWA needs 0 < MIN_SC ≤ TARGET_SC ≤ 1 (got {a} and {b}).")
                                             .format(a=settings["MIN_SC"], b=settings["TARGET_SC"]))
        return settings

    def _provenance(self, method, settings, zones_name, flows_name):
        if method == METHOD_LA:
            detail = "out {LA_OUT_SHARE:g}, single {LA_SINGLE_SHARE:g}, pair test {LA_PAIR_TEST}".format(**settings)
        elif method == METHOD_TTWA:
            detail = "{MIN_SIZE:g}/{MIN_SC:g}/{TARGET_SIZE:g}/{TARGET_SC:g}".format(**settings)
        else:
            detail = "k {N_REGIONS}, contiguous {CONTIGUOUS}".format(**settings)
        return (f"strukturbild:functionalregions {METHOD_CODES[method]} ({detail}); "
                f"zones {zones_name}; flows {flows_name}")

    def _run_method(self, method, settings, flows, zones, zones_source, feedback):
        """-> membership, roles, links, centres per region (tuples of zone indices), notes, reserve events."""
        import numpy as np

        from ..methods import intramax as intramax_method
        from ..methods import la as la_method
        from ..methods import ttwa as ttwa_method

        n = len(zones.ids)
        links = [None] * n
        reserve_events = []
        if method == METHOD_LA:
            result = la_method.scb_la(flows, settings["LA_OUT_SHARE"], settings["LA_SINGLE_SHARE"],
                                      settings["LA_PAIR_TEST"], ids=zones.ids, feedback=feedback)
            membership = np.asarray(result.region, dtype=np.int64)
            roles = [str(role) for role in result.role]
            links = [int(v) for v in result.links]
            return membership, roles, links, [tuple(c) for c in result.centres], list(result.notes), reserve_events
        if method == METHOD_TTWA:
            result = ttwa_method.ttwa(flows, settings["MIN_SIZE"], settings["MIN_SC"], settings["TARGET_SIZE"],
                                      settings["TARGET_SC"], feedback=feedback, ids=zones.ids)
            membership = np.asarray(result.membership, dtype=np.int64)
            notes = []
            if len(result.zero_list):
                notes.append(self.tr("{n} zone(s) have no residents, no jobs or only internal flows and belong to "
                                     "no region (TTWA zero list).").format(n=len(result.zero_list)))
            membership, centres_of = _compact(flows, membership)
            roles = ["centre" if k in {c[0] for c in centres_of} else
                     ("reserve" if result.before_reserve[k] == ttwa_method.RESERVE else "member")
                     if membership[k] >= 0 else "none" for k in range(n)]
            links = [0 if role == "centre" else None for role in roles]
            reserve_events = [(e.case, e.iteration, e.dissolved_cluster, e.validity,
                               zones.ids[e.community] if isinstance(e.community, (int, np.integer)) and
                               0 <= e.community < n else e.community,
                               zones.ids[e.community2] if isinstance(e.community2, (int, np.integer)) and
                               0 <= e.community2 < n else e.community2)
                              for e in result.reserve_events]
            return membership, roles, links, centres_of, notes, reserve_events
        adjacency = self._adjacency(zones, zones_source, feedback) if settings["CONTIGUOUS"] else None
        result = intramax_method.intramax(flows, settings["N_REGIONS"], adjacency=adjacency, feedback=feedback)
        membership, centres_of = _compact(flows, np.asarray(result.membership, dtype=np.int64))
        roles = ["centre" if k in {c[0] for c in centres_of} else "member" for k in range(n)]
        links = [0 if role == "centre" else None for role in roles]
        return membership, roles, links, centres_of, list(result.notes), reserve_events

    def _adjacency(self, zones, source, feedback):
        """Zones that share a boundary (touch or overlap), via a spatial index."""
        import numpy as np
        import scipy.sparse as sp

        # geometries in zone order, so that index ids, positions and matrix rows coincide
        by_fid = {}
        request = QgsFeatureRequest().setFilterFids(zones.feature_ids).setNoAttributes()
        for feature in source.getFeatures(request):
            by_fid[feature.id()] = feature.geometry()
        geometries = [by_fid.get(fid) for fid in zones.feature_ids]
        index = spatial_index(geometries)
        rows, cols = [], []
        for k, geometry in enumerate(geometries):
            if geometry is None or geometry.isEmpty():
                continue
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            for other in index.intersects(geometry.boundingBox()):
                if other != k and engine.intersects(geometries[other].constGet()):
                    rows.append(k)
                    cols.append(other)
            if feedback.isCanceled():
                break
        n = len(zones.ids)
        return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))

    # -- outputs ------------------------------------------------------------------------------------------

    def _write_membership(self, parameters, context, zones, membership, roles, links, region_ids, region_names,
                          provenance, feedback):
        fields = QgsFields(zones.source.fields())
        for name, kind in (("region_id", QVariant.String), ("region_name", QVariant.String),
                           ("role", QVariant.String), ("links", QVariant.Int), ("method", QVariant.String)):
            if fields.indexOf(name) >= 0:
                raise QgsProcessingException(self.tr("The zones layer already has a field '{field}'; rename it "
                                                     "first.").format(field=name))
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_MEMBERSHIP, context, fields,
                                             zones.source.wkbType(), zones.source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_MEMBERSHIP))
        position = {fid: k for k, fid in enumerate(zones.feature_ids)}
        for feature in zones.source.getFeatures():
            k = position.get(feature.id())
            if k is None:
                continue
            region = membership[k]
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + [
                region_ids[region] if region >= 0 else None, region_names[region] if region >= 0 else None,
                roles[k], links[k], provenance])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            if feedback.isCanceled():
                return None
        self._style(context, dest_id, "membership")
        return dest_id

    def _write_regions(self, parameters, context, zones, membership, regions, provenance, method, feedback):
        import numpy as np

        fields = QgsFields()
        for name, kind in (("region_id", QVariant.String), ("region_name", QVariant.String),
                           ("n_zones", QVariant.Int), ("residents", QVariant.Double), ("jobs", QVariant.Double),
                           ("internal", QVariant.Double), ("sc_supply", QVariant.Double),
                           ("sc_demand", QVariant.Double), ("validity", QVariant.Double),
                           # strukturbild element fields, so the layer can go straight into a map
                           ("region_kod", QVariant.String), ("region_namn", QVariant.String),
                           ("indelning", QVariant.String), ("strukturbild_typ", QVariant.String),
                           ("method", QVariant.String)):
            fields.append(make_field(name, kind))
        geometry_type = QgsWkbTypes.Type.MultiPolygon if zones.source.wkbType() != QgsWkbTypes.Type.Point and \
            QgsWkbTypes.geometryType(zones.source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry \
            else QgsWkbTypes.Type.MultiPoint
        sink, dest_id = self.optional_sink(parameters, self.OUTPUT_REGIONS, context, fields, geometry_type,
                                           zones.source.sourceCrs())
        if dest_id is None:
            return None
        parts = {r: [] for r in range(len(regions))}
        position = {fid: k for k, fid in enumerate(zones.feature_ids)}
        for feature in zones.source.getFeatures(QgsFeatureRequest().setNoAttributes()):
            k = position.get(feature.id())
            if k is not None and membership[k] >= 0 and feature.hasGeometry():
                parts[int(membership[k])].append(feature.geometry())
        for r, region in enumerate(regions):
            geometry = QgsGeometry.unaryUnion(parts[r]) if parts[r] else QgsGeometry()
            if not geometry.isNull():
                geometry.convertToMultiType()
            out = QgsFeature(fields)
            out.setGeometry(geometry)
            validity = region["validity"]
            out.setAttributes([region["region_id"], region["region_name"], region["n_zones"], region["residents"],
                               region["jobs"], region["internal"], _float(region["sc_supply"]),
                               _float(region["sc_demand"]), None if np.isnan(validity) else float(validity),
                               region["region_id"], region["region_name"], METHOD_CODES[method],
                               "funktionell_region", provenance])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            if feedback.isCanceled():
                return None
        self._style(context, dest_id, "regions")
        return dest_id

    def _style(self, context, dest_id, kind):
        processor = _StylePostProcessor(kind)
        if load_with_post_processor(context, dest_id, processor):
            # Keep a reference: Processing does not own Python post-processors.
            self._post_processors = getattr(self, "_post_processors", []) + [processor]


def _float(value):
    import numpy as np

    return None if value is None or np.isnan(value) else float(value)


def _compact(flows, membership):
    """Renumber regions 0..k-1 by their centre's position and return (membership, centres as 1-tuples)."""
    import numpy as np

    from ..methods.regions import pick_centres

    used = np.unique(membership[membership >= 0])
    remap = {old: new for new, old in enumerate(used)}
    compact = np.array([remap.get(int(m), -1) for m in membership], dtype=np.int64)
    centres = pick_centres(flows, compact, len(used))
    return compact, [(int(c),) for c in centres]
