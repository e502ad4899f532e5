"""strukturbild:connectivitytables — Conefor's connectivity indices from Conefor's own input files.

Conefor users migrate with their node and connection files unchanged; the numbers are Conefor 2.7.3's.
"""

from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...strukturbild_plugin.compat import make_field
from ...strukturbild_plugin.i18n import format_number
from .. import checks
from ..base import StrukturbildAlgorithm

#: Per-node output fields, in order (the same importance fields as strukturbild:habitatnetwork).
IMPORTANCE_FIELDS = ("component", "degree", "dIIC", "dIIC_intra", "dIIC_flux", "dIIC_connector", "dPC", "dPC_intra",
                     "dPC_flux", "dPC_connector", "F")
#: Overall results, by output name and ConnectivityResult attribute.
OVERALL = (("PC_NUM", "pc_num"), ("EC_PC", "ec_pc"), ("IIC_NUM", "iic_num"), ("EC_IIC", "ec_iic"), ("PC", "pc"),
           ("IIC", "iic"), ("N_COMPONENTS", "n_components"), ("PC_INTRA_PCT", "pc_intra_pct"),
           ("PC_DIRECT_PCT", "pc_direct_pct"), ("PC_STEP_PCT", "pc_step_pct"))


def importance_values(result, k):
    """The IMPORTANCE_FIELDS values of node k (None where the result has no such array)."""
    values = []
    for name in IMPORTANCE_FIELDS:
        array = getattr(result, name, None)
        if array is None:
            values.append(None)
        elif name in ("component", "degree"):
            values.append(int(array[k]))
        else:
            values.append(float(array[k]))
    return values


def overall_results(result):
    out = {}
    for name, attribute in OVERALL:
        value = getattr(result, attribute, None)
        out[name] = None if value is None else (int(value) if name == "N_COMPONENTS" else float(value))
    return out


class DispersalParameters:
    """DISTANCE, PROBABILITY and IIC_DISTANCE with their checks, shared by the habitat-network algorithms."""

    DISTANCE = "DISTANCE"
    PROBABILITY = "PROBABILITY"
    IIC_DISTANCE = "IIC_DISTANCE"

    def add_dispersal_parameters(self):
        self.addParameter(QgsProcessingParameterNumber(
            self.DISTANCE, self.tr("Dispersal distance (m)"),
            QgsProcessingParameterNumber.Type.Double, 1000.0, False, 0.0, checks.MAX_DISTANCE))
        self.addParameter(QgsProcessingParameterNumber(
            self.PROBABILITY, self.tr("Probability at that distance"), QgsProcessingParameterNumber.Type.Double, 0.5,
            False, 0.0, 1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.IIC_DISTANCE, self.tr("IIC: link pairs within this distance (m; empty: the dispersal distance)"),
            QgsProcessingParameterNumber.Type.Double, None, True, 0.0, checks.MAX_DISTANCE))

    def dispersal_help(self):
        """Help entries of DISTANCE, PROBABILITY and IIC_DISTANCE."""
        return [
            (self.DISTANCE, self.tr("the distance at which two patches are linked with the probability below; "
                                    "the probability decays exponentially with the distance, p_ij = "
                                    "exp(ln(probability) · d_ij / dispersal distance). There is no agreed table of "
                                    "dispersal distances for Swedish species groups: choose it for the species group "
                                    "studied and say so.")),
            (self.PROBABILITY, self.tr("the link probability at the dispersal distance, between 0 and 1 "
                                       "(exclusive); PC uses the maximum-product path p*_ij.")),
            (self.IIC_DISTANCE, self.tr("IIC links a pair whose distance is at most this and counts the steps; "
                                        "empty: the dispersal distance.")),
        ]

    def dispersal_settings(self, parameters, context):
        """(dispersal distance, probability at it, IIC distance), refusing values that make no kernel."""
        dispersal = self.parameterAsDouble(parameters, self.DISTANCE, context)
        probability = self.parameterAsDouble(parameters, self.PROBABILITY, context)
        if dispersal <= 0:
            raise QgsProcessingException(self.tr("DISTANCE must be greater than 0 m."))
        if not 0 < probability < 1:
            raise QgsProcessingException(self.tr("PROBABILITY must be between 0 and 1 (exclusive)."))
        iic_distance = parameters.get(self.IIC_DISTANCE)
        iic_distance = dispersal if iic_distance in (None, "") else self.parameterAsDouble(
            parameters, self.IIC_DISTANCE, context)
        return dispersal, probability, iic_distance

    def warn_iic_left_out(self, result, feedback):
        """A warning when the method left IIC or dIIC out (their exact search would take hours; fields stay empty)."""
        if getattr(result, "iic_skipped", False):
            feedback.pushWarning(self.tr(
                "IIC and dIIC were not computed: the IIC links join so many patches into one network that counting "
                "every connected pair would take hours. Give a shorter IIC_DISTANCE to get them; PC and dPC are "
                "complete."))
        elif getattr(result, "diic_skipped", False):
            feedback.pushWarning(self.tr(
                "dIIC was not computed: removing each patch in turn would need about {n} path repairs, because "
                "the IIC links join most patches into one network with long chains of links. Give a shorter "
                "IIC_DISTANCE to get dIIC; IIC, PC and dPC are complete.").format(
                n=format_number(result.diic_work, 0)))


class ConnectivityTables(DispersalParameters, StrukturbildAlgorithm):
    ALGORITHM_ID = "connectivitytables"
    GROUP_ID = "green"

    NODES = "NODES"
    CONNECTIONS = "CONNECTIONS"
    ALL_PAIRS = "ALL_PAIRS"
    LANDSCAPE_AREA = "LANDSCAPE_AREA"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Connectivity indices from Conefor files (PC, IIC, EC, dPC)")

    def shortHelpString(self):
        return self.help_text(
            self.tr("Computes the habitat-network connectivity indices of Conefor 2.7.3 from Conefor's own input "
                    "files, so Conefor users migrate with their files unchanged."),
            [(self.NODES, self.tr("a text file of lines 'id attribute' (e.g. the habitat area in ha).")),
             (self.CONNECTIONS, self.tr("a text file of lines 'id1 id2 distance' (m, edge to edge), one per pair.")),
             (self.ALL_PAIRS, self.tr("on: the file lists every pair (Conefor's 'all'); off: a pair that is missing "
                                      "has no direct link (Conefor's 'notall').")),
             *self.dispersal_help(),
             (self.LANDSCAPE_AREA, self.tr("PC and IIC are divided by its square when it is given (in the unit of "
                                           "the attributes); empty: only the numerators and EC = sqrt(numerator).")),
             (self.OUTPUT, self.tr("per node the importance dX = 100·(X − X without the node)/X of PC and IIC, "
                                   "split into intra (the node's own attribute), flux (its flows to and from others) "
                                   "and connector (its role as a stepping stone); F is Graphab's flux Σ a_j "
                                   "p*_ij."))])

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.NODES, self.tr("Conefor node file (id attribute)")))
        self.addParameter(QgsProcessingParameterFile(
            self.CONNECTIONS, self.tr("Conefor connection file (id1 id2 distance)")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ALL_PAIRS, self.tr("The connection file lists all pairs (Conefor 'all')"), defaultValue=False))
        self.add_dispersal_parameters()
        self.addParameter(QgsProcessingParameterNumber(
            self.LANDSCAPE_AREA, self.tr("Landscape area (unit of the attribute; empty: numerators only)"),
            QgsProcessingParameterNumber.Type.Double, None, True, 0.0, checks.MAX_AREA))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Node importances"), QgsProcessing.SourceType.TypeVector))
        for name, _ in OVERALL:
            self.addOutput(QgsProcessingOutputNumber(name, name))

    def process(self, parameters, context, feedback):
        import numpy as np

        from ..methods import conefor_io, connectivity

        checks.require_finite_numbers(self, parameters, context)
        nodes_path = self.parameterAsFile(parameters, self.NODES, context)
        connections_path = self.parameterAsFile(parameters, self.CONNECTIONS, context)
        ids, attributes = conefor_io.read_nodes(nodes_path)
        if not (attributes > 0).any():
            raise QgsProcessingException(self.tr(
                "Every node of '{file}' has the attribute 0, so every connectivity index would be 0: the second column "
                "must hold the nodes' habitat amount (e.g. area in ha).").format(file=Path(nodes_path).name))
        start, end, distance, self_pairs = conefor_io.read_connections(connections_path, ids)
        if self_pairs:
            feedback.pushWarning(self.tr("{n} line(s) of the connection file join a node to itself; they were "
                                         "skipped.").format(n=self_pairs))
        n = len(ids)
        if self.parameterAsBool(parameters, self.ALL_PAIRS, context) and len(start) != n * (n - 1) // 2:
            raise QgsProcessingException(self.tr(
                "ALL_PAIRS is set but the connection file lists {m} of the {total} pairs of {n} nodes. Give every "
                "pair, or clear ALL_PAIRS (a missing pair then has no direct link).").format(
                m=len(start), total=n * (n - 1) // 2, n=n))
        dispersal, probability, iic_distance = self.dispersal_settings(parameters, context)
        area = parameters.get(self.LANDSCAPE_AREA)
        area = None if area in (None, "") else self.parameterAsDouble(parameters, self.LANDSCAPE_AREA, context)
        if area is not None and area <= 0:
            area = None
        feedback.pushInfo(self.tr("{n} nodes, {m} connections read.").format(n=n, m=len(start)))

        # Conefor keeps every link it is given: no minimum probability here.
        result = connectivity.connectivity(attributes, start, end, distance, dispersal, probability,
                                           iic_distance=iic_distance, min_probability=0.0, landscape_area=area,
                                           importances=True, feedback=feedback)
        self.warn_iic_left_out(result, feedback)

        fields = QgsFields()
        fields.append(make_field("node", "text"))
        fields.append(make_field("attribute", "real"))
        for name in IMPORTANCE_FIELDS:
            fields.append(make_field(name, "int" if name in ("component", "degree") else "real"))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for k, node in enumerate(ids):
            feature = QgsFeature(fields)
            feature.setAttributes([node, float(attributes[k])] + importance_values(result, k))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        results = overall_results(result)
        feedback.pushInfo(self.tr("PCnum {pc:.6g}, EC(PC) {ec:.6g}, IICnum {iic}, {c} component(s); most "
                                  "important node by dPC: {best}.").format(
            pc=results["PC_NUM"], ec=results["EC_PC"], c=results["N_COMPONENTS"],
            iic="-" if results["IIC_NUM"] is None else format_number(results["IIC_NUM"]),
            best=ids[int(np.nanargmax(result.dPC))] if result.dPC is not None and n else "-"))
        results[self.OUTPUT] = dest_id
        return results
