"""Processing feedback objects that tests read back."""

from qgis.core import QgsProcessingFeedback


class InfoLog(QgsProcessingFeedback):
    """Keeps every info line of a run (its log) in ``lines``, and passes it on."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 (QGIS's name)
        self.lines.append(info)
        super().pushInfo(info)
