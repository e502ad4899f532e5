"""Progress and cancel for long-running methods, without importing qgis.

`feedback` is duck-typed: any object with `setProgress(percent)` and `isCanceled()` (a QgsFeedback or
QgsProcessingFeedback in QGIS, or None in a notebook).
"""


class Cancelled(Exception):
    """The user cancelled; the caller discards partial results."""


def report(feedback, fraction):
    """Report progress (0..1) and raise Cancelled if the user asked to stop."""
    if feedback is None:
        return
    if feedback.isCanceled():
        raise Cancelled()
    feedback.setProgress(100.0 * min(max(fraction, 0.0), 1.0))
