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
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

ICON_PATH = Path(__file__).resolve().parent.parent / "strukturbild_plugin" / "icons" / "strukturbild.svg"


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
        return QIcon(str(ICON_PATH))

    def helpUrl(self):
        return "https://github.com/strukturbild/strukturbild#" + self.ALGORITHM_ID

    # -- running -----------------------------------------------------------------------------------

    @staticmethod
    def user_errors():
        """Exceptions whose message is written for the user (bad input, missing files, ...)."""
        from ..strukturbild_plugin.assembler import AssemblyError
        from ..strukturbild_plugin.gpkg import GeoPackageError
        from ..strukturbild_plugin.library import LibraryError

        return (QgsProcessingException, AssemblyError, GeoPackageError, LibraryError, ValueError)

    def processAlgorithm(self, parameters, context, feedback):
        from .methods.progress import Cancelled

        message = None
        try:
            return self.process(parameters, context, feedback)
        except Cancelled:
            feedback.reportError(QCoreApplication.translate("StrukturbildAlgorithm",
                                                            "Cancelled: no output was written."))
            return {}
        except self.user_errors() as error:
            message = str(error.args[0]) if error.args else str(error)
            # Free the layers and projects that process() held: a traceback kept alive elsewhere (sip keeps
            # the last one) would let QGIS objects outlive QGIS and crash the interpreter at exit.
            traceback.clear_frames(error.__traceback__)
        raise QgsProcessingException(message)

    # -- common checks ---------------------------------------------------------------------------

    @staticmethod
    def fail(message):
        raise QgsProcessingException(message)

    def require_projected(self, crs, what):
        """Refuse a geographic (degree) or missing CRS for something that is measured in metres."""
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
        if self.destination.exists():
            self.destination.unlink()
        shutil.move(str(self.partial), str(self.destination))
        return str(self.destination)

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


def style_on_load(context, dest_id, style):
    """Attach style(layer) to an output that Processing will load into the project."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(LayerStyler(style))


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
