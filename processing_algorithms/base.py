"""StrukturbildAlgorithm: what every Strukturbild Processing algorithm shares.

Translation (class-name context, as QGIS core does, so pylupdate5 files each string under its class),
groups, icon, help text, createInstance, and the common input checks that turn bad input into a clear
QgsProcessingException instead of a traceback or a silently wrong answer.
"""

import os
import shutil
import tempfile
import traceback
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

ICON_PATH = Path(__file__).resolve().parent.parent / "strukturbild_plugin" / "icons" / "strukturbild.svg"
# Data providers whose layers are files on disk (an output must never replace one of them).
FILE_PROVIDERS = ("ogr", "gdal", "delimitedtext", "spatialite", "mdal", "pdal")
# QgsSettings key: a dask scheduler address ("tcp://host:8786") for the algorithms' chunked work; empty = local
DASK_SCHEDULER_SETTING = "strukturbild/dask_scheduler"


def final_id(mapping, dest_id):
    """``dest_id`` pointed from its staging place to its destination (also with a "|layername=…" QGIS added)."""
    if not dest_id or not mapping:
        return dest_id
    if dest_id in mapping:
        return mapping[dest_id]
    staged, _, suffix = str(dest_id).partition("|")
    if staged in mapping:
        final = mapping[staged]
        return final if "|" in final else f"{final}|{suffix}"
    return dest_id


def _is_file(path):
    """Path.is_file() that says False for text that cannot be a path at all (too long, invalid characters)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def group_icon_path(group_id):
    """The icon of an algorithm group (icons/group_<id>.svg); the plugin's own icon for a group without one."""
    path = ICON_PATH.parent / f"group_{group_id}.svg"
    return path if path.is_file() else ICON_PATH


def short_label(description):
    """A parameter's label without its hints in brackets: "Origin (residence) field" → "Origin field"."""
    import re

    text = description
    while True:
        shorter = re.sub(r"\s*\([^()]*\)", "", text)
        if shorter == text:
            break
        text = shorter
    return re.sub(r"\s+", " ", text).strip() or description.strip()


def error_message(error):
    """The message of an exception raised for the user (a QgsProcessingException's text), for checkParameterValues."""
    return str(error.args[0]) if error.args else str(error)


def group_names():
    """Group id -> translated group name (literal context and text so that pylupdate5 finds them)."""
    translate = QCoreApplication.translate
    return {
        "maps": translate("StrukturbildAlgorithm", "Strukturbild maps"),
        "functional": translate("StrukturbildAlgorithm", "Functional connections"),
        "accessibility": translate("StrukturbildAlgorithm", "Accessibility"),
        "border": translate("StrukturbildAlgorithm", "Border areas"),
        "green": translate("StrukturbildAlgorithm", "Green infrastructure"),
    }


def in_metres(crs):
    """True for a valid projected CRS whose unit is the metre (not degrees, not US survey or international feet)."""
    from qgis.core import QgsUnitTypes

    return crs.isValid() and not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceUnit.DistanceMeters


def unit_name(crs):
    """The CRS's unit in words ('degrees', 'US survey feet' ...), for messages."""
    from qgis.core import QgsUnitTypes

    return QgsUnitTypes.toString(crs.mapUnits())


def working_crs(source_crs, extent):
    """A projected CRS in metres: the source's own when it is one, else (degrees, feet ...) the UTM zone of the
    data's centre (``extent`` in the source CRS)."""
    import math

    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    if in_metres(source_crs):
        return source_crs
    centre = QgsPointXY(extent.center())
    if source_crs.isValid() and not source_crs.isGeographic():
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        try:
            centre = QgsCoordinateTransform(source_crs, wgs84, QgsProject.instance().transformContext()) \
                .transform(centre)
        except Exception:  # noqa: BLE001 - a centre outside the CRS's area: fall back to its numbers
            pass
    zone = min(60, max(1, int(math.floor((centre.x() + 180.0) / 6.0)) + 1))
    return QgsCoordinateReferenceSystem(f"EPSG:{32600 + zone if centre.y() >= 0 else 32700 + zone}")


class StrukturbildAlgorithm(QgsProcessingAlgorithm):
    """Base class; subclasses set ALGORITHM_ID and GROUP_ID, implement the QGIS hooks, and do their work in
    process(parameters, context, feedback), raising any of user_errors() for bad input."""

    ALGORITHM_ID = ""
    GROUP_ID = "maps"

    def tr(self, text):
        # pylupdate5 files a string under the class that contains it: an inherited method's strings live under
        # the base class's context, so look there too.
        for cls in type(self).__mro__:
            if cls is StrukturbildAlgorithm:
                break
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return text

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.ALGORITHM_ID

    def group(self):
        return group_names()[self.GROUP_ID]

    def groupId(self):
        return self.GROUP_ID

    def icon(self):
        return QIcon(str(group_icon_path(self.GROUP_ID)))

    def svgIconPath(self):
        return str(group_icon_path(self.GROUP_ID))

    def help_text(self, summary, parameters=(), notes=()):
        """The help in one layout for every algorithm, written for the planner in the dialog: ``summary`` (what the
        algorithm does), then one paragraph per entry of ``parameters`` in the dialog's order, each opening with the
        parameters' labels as the dialog shows them (without the hints in brackets) and their qgis_process names in
        brackets, then ``notes``.

        ``parameters``: (name or tuple of names, text) pairs. Every text is translated by the caller with a literal
        in its own module (``self.tr("…")``), so that pylupdate5 finds it."""
        order = {definition.name(): position for position, definition in enumerate(self.parameterDefinitions())}
        entries = []
        for names, text in parameters:
            names = (names,) if isinstance(names, str) else tuple(names)
            labels = ", ".join(f"{self.parameter_label(name)} ({name})" for name in names)
            entries.append((min(order.get(name, len(order)) for name in names), f"{labels}: {text}"))
        entries.sort(key=lambda entry: entry[0])
        parts = [summary.strip(), "\n".join(text for _, text in entries), "\n".join(notes)]
        return "\n\n".join(part for part in parts if part)

    def parameter_label(self, name):
        """A parameter's label as the dialog shows it, without the hints in brackets: "Speed field (km/h; empty: …)"
        → "Speed field"; its name when the algorithm has no such parameter (yet)."""
        definition = self.parameterDefinition(name)
        return short_label(definition.description()) if definition is not None else name

    def helpUrl(self):
        return "https://github.com/strukturbild/strukturbild#" + self.ALGORITHM_ID

    # -- running -----------------------------------------------------------------------------------

    @staticmethod
    def user_errors():
        """Exceptions whose message is written for the user (bad input, missing files, ...)."""
        from ..strukturbild_plugin.assembler import AssemblyError
        from ..strukturbild_plugin.gpkg import GeoPackageError
        from ..strukturbild_plugin.library import LibraryError
        from .methods.errors import MethodError
        from .outputs import OutputError

        # Not ValueError as such: numpy's and scipy's ValueErrors are in their words, and reach the user as an
        # unexpected problem; the methods say what is wrong with the data in a MethodError.
        return (QgsProcessingException, AssemblyError, GeoPackageError, LibraryError, OutputError, MethodError)

    def checkParameterValues(self, parameters, context):
        """Processing's own check, with a number outside its bounds named with the range it must lie in (QGIS
        itself says only "Incorrect parameter value")."""
        from .checks import check_parameter_values

        ok, message = check_parameter_values(self, parameters, context)
        if not ok:
            return False, message
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        """Run process() inside an output transaction: every destination is checked before anything is written,
        every output is staged and moved into place only when the whole run succeeded; a failed or cancelled run
        leaves every file as it was. Any error reaches the user as a QgsProcessingException in plain words."""
        from .methods.progress import Cancelled
        from .outputs import OutputTransaction, set_active_transaction

        translate = QCoreApplication.translate
        transaction = OutputTransaction()
        message = None
        checked_geometries = None
        try:
            from .checks import require_finite_numbers

            require_finite_numbers(self, parameters, context)  # Processing's bounds let NaN through
            checked_geometries = self._check_input_geometries(parameters, context, feedback)
            transaction.check(self._destinations(parameters, context), self._input_files(parameters, context),
                              self._destination_folders(parameters, context))
            self._transaction = transaction
            set_active_transaction(transaction)
            results = self.process(parameters, context, feedback)
            if feedback.isCanceled():
                raise Cancelled()
            mapping = transaction.commit()
            self._output_mapping = mapping
            return self._final_results(results or {}, transaction, mapping, context)
        except Cancelled:
            transaction.discard()
            feedback.reportError(translate("StrukturbildAlgorithm", "Cancelled: no output was written."))
            return {}
        except self.user_errors() as error:
            transaction.discard()
            from .method_messages import translated  # a method's MethodError is English: the user's language

            message = translated(error) if hasattr(error, "template") else str(error.args[0]) if error.args \
                else str(error)
            # Free the layers and projects that process() held: a traceback kept alive elsewhere (sip keeps
            # the last one) would let QGIS objects outlive QGIS and crash the interpreter at exit.
            traceback.clear_frames(error.__traceback__)
        except OSError as error:
            transaction.discard()
            where = error.filename or ""
            message = translate("StrukturbildAlgorithm", "A file could not be read or written: {path} ({reason}). "
                                "Check that the file exists and that you may write to its folder, then run again; "
                                "no output was written.").format(path=where, reason=error.strerror or error)
            traceback.clear_frames(error.__traceback__)
        except Exception as error:  # noqa: BLE001 - an unforeseen failure still reaches the user in plain words
            transaction.discard()
            feedback.pushDebugInfo(traceback.format_exc())
            message = translate("StrukturbildAlgorithm", "{algorithm} stopped on an unexpected problem; no "
                                "output was written. Please report it to the plugin's authors with the log of "
                                "this run.").format(algorithm=self.displayName())
            traceback.clear_frames(error.__traceback__)
        finally:
            set_active_transaction(None)
            self._transaction = None
            if checked_geometries is not None:
                context.setInvalidGeometryCheck(checked_geometries)
        raise QgsProcessingException(message)

    def _check_input_geometries(self, parameters, context, feedback):
        """Processing's "stop on an invalid geometry" done before the run, naming the layer and the feature.

        QGIS 3.22 raises that stop from inside the C++ feature iterator; crossing a Python ``for`` loop it leaves
        the interpreter corrupt, and the next algorithm run crashes QGIS. So every input source is checked here, the
        same way (GEOS validity), and the run then reads without the check. Returns the context's setting to
        restore afterwards, or None when nothing was changed."""
        from qgis.core import (
            QgsFeatureRequest,
            QgsProcessingFeatureSource,
            QgsProcessingFeatureSourceDefinition,
            QgsProcessingParameterFeatureSource,
        )

        abort = QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid
        default = context.invalidGeometryCheck()
        for definition in self.parameterDefinitions():
            if not isinstance(definition, QgsProcessingParameterFeatureSource):
                continue
            value = parameters.get(definition.name())
            if value is None or value == "":
                continue
            check = default
            if isinstance(value, QgsProcessingFeatureSourceDefinition) and \
                    value.flags & QgsProcessingFeatureSourceDefinition.Flag.FlagOverrideDefaultGeometryCheck:
                check = value.geometryCheck
            if check != abort:
                continue
            source = QgsProcessingAlgorithm.parameterAsSource(self, parameters, definition.name(), context)
            if source is None:
                continue
            request = QgsFeatureRequest().setNoAttributes()
            for feature in source.getFeatures(request,
                                              QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks):
                if feedback.isCanceled():
                    break
                geometry = feature.geometry()
                if not geometry.isNull() and not geometry.isGeosValid():
                    self.fail(QCoreApplication.translate(
                        "StrukturbildAlgorithm", "Feature {fid} of the layer '{layer}' ({name}) has an invalid "
                        "geometry: {reason}. Fix it (Vector › Geometry Tools › Fix Geometries) or set Processing's "
                        "'Invalid features filtering' to skip invalid features, and run again.").format(
                        fid=feature.id(), layer=source.sourceName(), name=definition.name(),
                        reason=geometry.lastError() or QCoreApplication.translate("StrukturbildAlgorithm",
                                                                                  "not valid")))
        if default == abort:
            context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
            return default
        return None

    # -- outputs: checked, staged, moved into place together (see outputs.py) ----------------------------

    def _destination_text(self, parameters, name, context):
        """Where the user asked an output to go, without staging and without registering it for loading."""
        from qgis.core import (
            QgsProcessingOutputLayerDefinition,
            QgsProcessingParameterFileDestination,
            QgsProcessingParameterFolderDestination,
        )

        definition = self.parameterDefinition(name)
        value = parameters.get(name)
        if value is None or value == "":
            return ""
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = QgsProcessingOutputLayerDefinition(value)
            value.destinationProject = None
        unregistered = dict(parameters)
        unregistered[name] = value
        if isinstance(definition, (QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination)):
            return QgsProcessingAlgorithm.parameterAsFileOutput(self, unregistered, name, context)
        return QgsProcessingAlgorithm.parameterAsOutputLayer(self, unregistered, name, context)

    def _destinations(self, parameters, context):
        """[(label, path, table)] of every file output of this run."""
        from .outputs import parse_destination

        found = []
        for definition in self.destinationParameterDefinitions():
            if definition.type() == "folderDestination":
                continue
            parsed = parse_destination(self._destination_text(parameters, definition.name(), context))
            if parsed is not None:
                label = f"{definition.description()} ({definition.name()})"
                found.append((label, parsed[0], parsed[1]))
        return found

    def _destination_folders(self, parameters, context):
        """[(label, path)] of every folder output of this run."""
        found = []
        for definition in self.destinationParameterDefinitions():
            if definition.type() != "folderDestination":
                continue
            text = self._destination_text(parameters, definition.name(), context)
            if text:
                found.append((f"{definition.description()} ({definition.name()})", Path(text)))
        return found

    def _input_files(self, parameters, context):
        """[(label, path, layer name)] of the files this run reads (layers, tables, files)."""
        from qgis.core import QgsMapLayer, QgsProcessingFeatureSourceDefinition, QgsProcessingUtils, QgsProperty

        from .outputs import source_file

        found = []
        for definition in self.parameterDefinitions():
            if definition.isDestination():
                continue
            value = parameters.get(definition.name())
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if isinstance(item, QgsProcessingFeatureSourceDefinition):
                    item = item.source
                if isinstance(item, QgsProperty):
                    item = item.staticValue()
                if isinstance(item, str) and item:
                    item = QgsProcessingUtils.mapLayerFromString(item, context, False) or item
                if isinstance(item, QgsMapLayer):
                    if item.providerType() not in FILE_PROVIDERS:
                        continue  # a memory layer, a database table ...: not a file of the user's
                    item = item.source()
                if not isinstance(item, str):
                    continue
                parsed = source_file(item)
                if parsed is not None and _is_file(parsed[0]):
                    label = f"{definition.description()} ({definition.name()})"
                    found.append((label, parsed[0], parsed[1]))
        return found

    def _staged_value(self, parameters, name, context):
        """``parameters`` with output ``name`` pointed at its staging place (a copy), or None when not staged."""
        from qgis.core import QgsProcessingOutputLayerDefinition, QgsProperty

        from .outputs import parse_destination

        transaction = getattr(self, "_transaction", None)
        if transaction is None:
            return None
        if self.parameterDefinition(name).type() == "folderDestination":
            text = self._destination_text(parameters, name, context)
            if not text:
                return None
            staged_parameters = dict(parameters)
            staged_parameters[name] = transaction.stage_folder(name, Path(text)).staged_id
            return staged_parameters
        parsed = parse_destination(self._destination_text(parameters, name, context))
        if parsed is None:
            return None
        staged = transaction.stage(name, parsed[0], parsed[1])
        value = parameters.get(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            # Processing is asked to load the output: that is done for its destination once it is in place (a
            # staging place registered for loading could not be renamed without losing its post-processor)
            if value.destinationProject is not None:
                staged.load = (value.destinationName or self.parameterDefinition(name).description(),
                               value.destinationProject)
            value = QgsProcessingOutputLayerDefinition(value)
            value.sink = QgsProperty.fromValue(staged.staged_id)
            value.destinationProject = None
        else:
            value = staged.staged_id
        staged_parameters = dict(parameters)
        staged_parameters[name] = value
        return staged_parameters

    def parameterAsSink(self, parameters, name, context, *args, **kwargs):
        staged = self._staged_value(parameters, name, context)
        return super().parameterAsSink(staged if staged is not None else parameters, name, context, *args, **kwargs)

    def parameterAsOutputLayer(self, parameters, name, context):
        staged = self._staged_value(parameters, name, context)
        return super().parameterAsOutputLayer(staged if staged is not None else parameters, name, context)

    def parameterAsFileOutput(self, parameters, name, context):
        staged = self._staged_value(parameters, name, context)
        return super().parameterAsFileOutput(staged if staged is not None else parameters, name, context)

    def optional_sink(self, parameters, name, context, fields, geometry_type, crs):
        """A secondary output that a qgis_process or model user may leave out (the dialog still creates it by
        default): (sink, id) when asked for, else a sink that drops what it is given and None."""
        value = parameters.get(name)
        if value is None or value == "":
            return DiscardingSink(), None
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, geometry_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        return sink, dest_id

    def final_output(self, dest_id):
        """Where an output written during process() is once the run has succeeded (for postProcessAlgorithm)."""
        return final_id(getattr(self, "_output_mapping", {}), dest_id)

    @staticmethod
    def _final_results(results, transaction, mapping, context):
        """Results pointed from the staging places to the outputs' own, and the outputs the user asked to have
        loaded registered for loading (with their style) under their own paths."""
        from qgis.core import QgsProcessingContext

        for staged in transaction.committed:
            if staged.load is None:
                continue
            name, project = staged.load
            context.addLayerToLoadOnCompletion(staged.final_id, QgsProcessingContext.LayerDetails(
                name, project, staged.name))
            if staged.post_processor is not None:
                context.layerToLoadOnCompletionDetails(staged.final_id).setPostProcessor(staged.post_processor)
        return {key: final_id(mapping, value) if isinstance(value, str) else value for key, value in results.items()}

    def mark_advanced(self, *names):
        """Move parameters into the dialog's advanced section (rarely changed: snapping, access speed ...)."""
        from qgis.core import QgsProcessingParameterDefinition

        for name in names:
            definition = self.parameterDefinition(name)
            definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)

    # -- common checks ---------------------------------------------------------------------------

    @staticmethod
    def fail(message):
        raise QgsProcessingException(message)

    def metric_crs(self, source, feedback, what=None):
        """The CRS a feature source is measured in: its own when in metres, else (degrees, feet ...) a UTM zone,
        which the run then says in its log."""
        crs = working_crs(source.sourceCrs(), source.sourceExtent())
        if crs != source.sourceCrs():
            feedback.pushInfo(QCoreApplication.translate(
                "StrukturbildAlgorithm", "{what} is in {crs} ({unit}), not in metres: it is reprojected to {target} "
                "({name}) for every distance and area.").format(
                what=what or f"'{source.sourceName()}'", crs=source.sourceCrs().authid() or "?",
                unit=unit_name(source.sourceCrs()), target=crs.authid(), name=crs.description()))
        return crs

    def require_projected(self, crs, what):
        """Refuse a geographic (degree), non-metre (feet) or missing CRS for something that is measured in
        metres where reprojecting is not possible (a raster's cells, a CRS the user chose)."""
        if not crs.isValid():
            self.fail(QCoreApplication.translate(
                "StrukturbildAlgorithm", "{what} has no coordinate reference system. Set its CRS "
                "(Layer Properties › Source) and run again.").format(what=what))
        if crs.isGeographic():
            self.fail(QCoreApplication.translate(
                "StrukturbildAlgorithm",
                "{what} is in a geographic CRS ({crs}, degrees). Strukturbild measures in metres: "
                "reproject it to a projected CRS such as SWEREF 99 TM (EPSG:3006) with "
                "'Reproject layer' and run again.").format(what=what, crs=crs.authid() or crs.description()))
        if not in_metres(crs):
            self.fail(QCoreApplication.translate(
                "StrukturbildAlgorithm",
                "{what} is in {crs}, whose unit is {unit}. Strukturbild measures in metres: reproject it to a CRS "
                "in metres such as SWEREF 99 TM (EPSG:3006) and run again.").format(
                what=what, crs=crs.authid() or crs.description(), unit=unit_name(crs)))


    def choose_working_crs(self, parameters, context, layers, feedback):
        """The one projected CRS everything is measured in: TARGET_CRS, else the first projected CRS among
        ``layers`` (map layers or feature sources, in order; None and geometryless ones skipped), else the UTM zone
        of the first one's data. Refuses a layer without a CRS and a geographic TARGET_CRS; says what it chose."""
        translate = QCoreApplication.translate
        crss, first = [], None
        for layer in layers:
            if layer is None:
                continue
            crs, name = (layer.crs(), layer.name()) if hasattr(layer, "crs") else (layer.sourceCrs(),
                                                                                  layer.sourceName())
            if hasattr(layer, "wkbType") and QgsWkbTypes.geometryType(layer.wkbType()) == \
                    QgsWkbTypes.GeometryType.NullGeometry:
                continue
            if not crs.isValid():
                self.fail(translate("StrukturbildAlgorithm", "The layer '{name}' has no coordinate reference system. "
                                    "Set its CRS (Layer Properties › Source) and run again.").format(name=name))
            if first is None:
                first = (crs, layer.extent() if hasattr(layer, "extent") else layer.sourceExtent())
            if crs not in crss:
                crss.append(crs)
        target = self.parameterAsCrs(parameters, "TARGET_CRS", context)
        if not target.isValid():
            projected = [crs for crs in crss if in_metres(crs)]
            target = projected[0] if projected else working_crs(*first)
        self.require_projected(target, translate("StrukturbildAlgorithm", "The working CRS (TARGET_CRS)"))
        if crss != [target]:
            feedback.pushInfo(translate("StrukturbildAlgorithm", "Layers in {crss} are reprojected to {target} "
                                        "({name}) for every distance and area.").format(
                crss=", ".join(c.authid() or c.description() for c in crss), target=target.authid(),
                name=target.description()))
        else:
            feedback.pushInfo(translate("StrukturbildAlgorithm", "Working CRS: {target} ({name}).").format(
                target=target.authid(), name=target.description()))
        return target

    def engine_for_run(self, feedback):
        """Where the run's chunked work runs (methods.engine): the dask scheduler of the setting
        strukturbild/dask_scheduler (Settings ▸ Options ▸ Advanced, or QgsSettings), said in the log, else here and
        in local worker processes (empty, the default). dask is imported only when an address is set; a scheduler
        that cannot be reached ends the run with a MethodError. Close the engine at the end of the run."""
        from qgis.core import QgsSettings

        from .methods.engine import engine_for

        address = str(QgsSettings().value(DASK_SCHEDULER_SETTING, "") or "").strip()
        engine = engine_for(address)
        if engine.distributed:
            feedback.pushInfo(QCoreApplication.translate(
                "StrukturbildAlgorithm", "The larger parts of the work run on the dask cluster at {address} ({n} "
                "worker threads; setting {key}).").format(address=address, n=engine.n_workers(),
                                                          key=DASK_SCHEDULER_SETTING))
        return engine


class DiscardingSink:
    """Stands in for an optional output the user did not ask for: accepts features and keeps none."""

    def addFeature(self, feature, flags=None):
        return True

    def addFeatures(self, features, flags=None):
        return True

    def lastError(self):
        return ""


class AtomicOutputFile:
    """Write an output file beside its destination and move it into place only on success.

    A cancelled or failed run then leaves no half-written file (and never clobbers an older result).
    """

    def __init__(self, destination):
        self.destination = Path(destination)
        self.destination.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".partial-", suffix=self.destination.suffix,
                                        dir=str(self.destination.parent))
        os.close(handle)
        os.unlink(name)
        self.partial = Path(name)

    def commit(self):
        """Move the finished file into place; returns the path the user will find it at (inside an algorithm run
        that is its final destination, where the run's transaction moves it when the whole run succeeded)."""
        from .outputs import active_transaction

        if self.destination.exists():
            self.destination.unlink()
        shutil.move(str(self.partial), str(self.destination))
        transaction = active_transaction()
        return transaction.final_path(self.destination) if transaction is not None else str(self.destination)

    def discard(self):
        for path in (self.partial, Path(str(self.partial) + "-journal"), Path(str(self.partial) + "-wal"),
                     Path(str(self.partial) + "-shm")):
            if path.exists():
                path.unlink()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None or self.partial.exists():
            self.discard()
        return False


def step(feedback, percent):
    """Stop here if the user cancelled, else move the progress bar: between the steps of a run."""
    from .methods.progress import Cancelled

    if feedback.isCanceled():
        raise Cancelled()
    feedback.setProgress(percent)


class ProgressRange:
    """Map a method's 0..100 progress into a part [start, end] of an algorithm's progress bar (duck-typed feedback)."""

    def __init__(self, feedback, start, end):
        self.feedback, self.start, self.end = feedback, start, end

    def isCanceled(self):
        return self.feedback.isCanceled()

    def setProgress(self, percent):
        self.feedback.setProgress(self.start + (self.end - self.start) * percent / 100.0)


class LayerStyler(QgsProcessingLayerPostProcessorInterface):
    """Style an output layer when Processing loads it (main thread), with a function style(layer)."""

    _alive = []  # Processing does not own Python post-processors: keep the recent ones referenced

    def __init__(self, style):
        super().__init__()
        self.style = style
        LayerStyler._alive = LayerStyler._alive[-40:] + [self]

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None and layer.isValid():
            self.style(layer)
            layer.triggerRepaint()


def load_with_post_processor(context, dest_id, processor):
    """Attach a post-processor to an output that Processing will load into the project, also while the output is
    still staged (it is attached when the output is in place). True when it will run."""
    from .outputs import active_transaction

    transaction = active_transaction()
    staged = transaction.find(dest_id) if transaction is not None and dest_id else None
    if staged is not None:
        staged.post_processor = processor
        return staged.load is not None
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
        return True
    return False


def style_on_load(context, dest_id, style):
    """Attach style(layer) to an output that Processing will load into the project."""
    load_with_post_processor(context, dest_id, LayerStyler(style))


def styled_output(context, dest_id, style):
    """Give an output its style wherever it is opened: when Processing loads it (``style_on_load``) and, for a file
    output, saved with it as its default style (in the GeoPackage, else a .qml beside the file), so that
    qgis_process users, other projects and strukturbild:assemblemap see it styled too.

    Call after the sink is closed (``del sink``): the file must be complete before its style is added."""
    from qgis.core import QgsVectorLayer

    from ..strukturbild_plugin.compat import save_style_to_database

    style_on_load(context, dest_id, style)
    path = str(dest_id or "").split("|")[0]
    if not path or not os.path.isfile(path):
        return  # a memory layer (TEMPORARY_OUTPUT in the GUI): styled on load only
    layer = QgsVectorLayer(str(dest_id), Path(path).stem, "ogr")
    if not layer.isValid():
        return
    style(layer)
    if path.lower().endswith(".gpkg"):
        save_style_to_database(layer, layer.name(), "Strukturbild")
    else:
        layer.saveNamedStyle(str(Path(path).with_suffix(".qml")))


def graduated_renderer(layer, field, colours, classes=5, method=None, breaks=None, unit=""):
    """A graduated renderer on ``field`` from colours[0] to colours[1]: ``breaks`` (class bounds, ascending; the
    last class runs to the data's maximum; labelled with ``unit``) or ``classes`` classes by ``method`` (default
    Jenks natural breaks).

    Classes come from the field's finite values only (NULL, text, NaN and ±inf are left out, so they never stretch
    a class): a single distinct value gets one class labelled with it, and a field without any finite value (an
    empty layer, all NULL) a renderer without classes, which still saves, loads and draws nothing wrong."""
    import math

    from qgis.core import (
        QgsClassificationJenks,
        QgsGradientColorRamp,
        QgsGraduatedSymbolRenderer,
        QgsRendererRange,
        QgsSymbol,
    )
    from qgis.PyQt.QtGui import QColor

    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(QgsSymbol.defaultSymbol(layer.geometryType()))
    ramp = QgsGradientColorRamp(QColor(colours[0]), QColor(colours[1]))
    suffix = f" {unit}" if unit else ""
    values = _finite_values(layer, field)
    distinct = sorted(set(values))
    if breaks is None:
        classification = method or QgsClassificationJenks()
        renderer.setClassificationMethod(classification)
    if len(distinct) == 1:
        value = distinct[0]
        renderer.addClassRange(QgsRendererRange(value, value, class_symbol(layer, ramp.color(0.0)),
                                                f"{value:g}{suffix}"))
        return renderer
    if not distinct:
        return renderer
    if breaks is None:
        seen = set()
        for item in classification.classes(values, max(1, min(int(classes), len(distinct)))):
            bounds = (item.lowerBound(), item.upperBound())
            if bounds in seen or not all(math.isfinite(b) for b in bounds):
                continue
            seen.add(bounds)
            label = f"{bounds[0]:g}" if bounds[0] == bounds[1] else item.label()
            renderer.addClassRange(QgsRendererRange(bounds[0], bounds[1], renderer.sourceSymbol().clone(), label))
        renderer.updateColorRamp(ramp)
        return renderer
    low, top = distinct[0], distinct[-1]
    bounds = sorted({float(b) for b in breaks if math.isfinite(float(b)) and float(b) < top})
    if not bounds:  # every value at or below the first break: one class
        bounds = [min([low] + [float(b) for b in breaks if math.isfinite(float(b))])]
    lower = [min(bounds[0], low), *bounds[1:]]  # values below the first break fall in the first class
    upper = [*bounds[1:], top if top > bounds[-1] else bounds[-1]]
    for k, (a, b) in enumerate(zip(lower, upper)):
        symbol = class_symbol(layer, ramp.color(k / max(1, len(bounds) - 1)))
        label = (f"{a:g}–{b:g}" if k < len(bounds) - 1 or len(bounds) == 1 else f"> {bounds[k]:g}") + suffix
        renderer.addClassRange(QgsRendererRange(a, b, symbol, label))
    return renderer


def _finite_values(layer, field):
    """The finite numeric values of ``field`` over the layer's features (NULL, text, NaN and ±inf left out; [] when
    the layer has no such field)."""
    import math

    from qgis.core import QgsFeatureRequest

    index = layer.fields().indexOf(field)
    if index < 0:
        return []
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
    values = []
    for feature in layer.getFeatures(request):
        try:
            number = float(feature.attribute(index))
        except (TypeError, ValueError):
            continue
        if math.isfinite(number):
            values.append(number)
    return values


def class_symbol(layer, colour):
    """A class's symbol: the layer's default symbol in ``colour``; areas without an outline, so that grid cells
    and nested isochrones read as one surface."""
    from qgis.core import QgsSymbol, QgsWkbTypes
    from qgis.PyQt.QtCore import Qt

    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(colour)
    if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
        symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.NoPen)
    return symbol


MINUTE_STEPS = (1, 2, 5, 10, 15, 20, 30, 60, 120)


def minute_breaks(maximum, classes=6):
    """Class bounds in whole, familiar minute steps (2, 5, 15, 30 ...) giving at most about ``classes`` classes up
    to ``maximum``: 0, 2, 4, 6, 8 for a city's 9 minutes, 0, 15, ... 75 for a county's 90."""
    if maximum is None or not maximum > 0:
        return [0.0]
    step = next((s for s in MINUTE_STEPS if maximum / s <= classes), MINUTE_STEPS[-1])
    return [float(step * k) for k in range(int(maximum // step) + 1)]


def minutes_renderer(layer, field, colours=("#ffffcc", "#bd0026")):
    """Travel times in minute classes (``minute_breaks``), light for near and dark for far."""
    return graduated_renderer(layer, field, colours, breaks=minute_breaks(_maximum(layer, field)), unit="min")


def break_renderer(layer, field, breaks, colours=("#08519c", "#c6dbef")):
    """One class per break (service areas at 15, 30, 45 ... minutes): the range up to each break, labelled
    "≤ b min", dark for the shortest. Ranges rather than categories: a category saved in a style comes back as
    text and would no longer match the numbers."""
    from qgis.core import QgsGradientColorRamp, QgsGraduatedSymbolRenderer, QgsRendererRange
    from qgis.PyQt.QtGui import QColor

    renderer = QgsGraduatedSymbolRenderer(field)
    ramp = QgsGradientColorRamp(QColor(colours[0]), QColor(colours[1]))
    lower = 0.0
    for k, upper in enumerate(breaks):
        symbol = class_symbol(layer, ramp.color(k / max(1, len(breaks) - 1)))
        renderer.addClassRange(QgsRendererRange(lower, float(upper), symbol, f"≤ {upper:g} min"))
        lower = float(upper)
    return renderer


def _maximum(layer, field):
    """The largest finite value of a numeric field as a float; None when the field is missing, the layer empty or
    every value NULL, NaN or infinite (a provider's maximumValue would give -DBL_MAX or inf there)."""
    values = _finite_values(layer, field)
    return max(values) if values else None


def categorized_renderer(layer, field, categories):
    """A categorized renderer on ``field`` from (value, colour, label) triples."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory
    from qgis.PyQt.QtGui import QColor

    items = [QgsRendererCategory(value, class_symbol(layer, QColor(colour)), label)
             for value, colour, label in categories]
    return QgsCategorizedSymbolRenderer(field, items)


def spatial_index(geometries):
    """A QgsSpatialIndex over a list of QgsGeometry; its ids are the list positions (None/null skipped)."""
    from qgis.core import QgsFeature, QgsSpatialIndex

    index = QgsSpatialIndex()
    for position, geometry in enumerate(geometries):
        if geometry is None or geometry.isNull():
            continue
        item = QgsFeature(position)
        item.setGeometry(geometry)
        index.addFeature(item)
    return index


def containing_polygon(xy, polygons):
    """For points (n, 2), the position in `polygons` (QgsGeometry list) of the polygon containing each, else -1."""
    import numpy as np
    from qgis.core import QgsGeometry, QgsPointXY

    index = spatial_index(polygons)
    found = np.full(len(xy), -1, dtype=np.int64)
    for k, (x, y) in enumerate(xy):
        if not (np.isfinite(x) and np.isfinite(y)):
            continue
        point = QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y)))
        for j in index.intersects(point.boundingBox()):
            if polygons[j].contains(point):
                found[k] = j
                break
    return found
