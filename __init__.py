"""Strukturbild: QGIS plugin entry point.

QGIS calls classFactory(iface) when it loads the plugin; the import stays inside the function so that
nothing heavy is imported until QGIS actually asks for the plugin.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    from .strukturbild_plugin.plugin import StrukturbildPlugin

    return StrukturbildPlugin(iface)
