"""Processing algorithms: thin adapters between QGIS layers and the pure methods in `methods/`."""
