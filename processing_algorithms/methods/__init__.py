"""Methods: pure numpy/scipy, no qgis import.

Tested and benchmarked without QGIS, callable from a notebook (e.g. with geopandas), and the layer that can
be mapped over partitions later. Progress and cancel use a duck-typed `feedback` (anything with
`setProgress(percent)` and `isCanceled()`, such as a QgsFeedback); see `progress.py`.
"""
