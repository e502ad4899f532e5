"""Benchmark: assembling and exporting the demo strukturbild (make bench).

Times MapAssembler.build + export for each bundled template and output format on the demo GeoPackage
(99 nodes, 311 administrative polygons, 37 curved connections, ...), best of 3, and prints the ratio against a
baseline: exporting the already-built layout again with QgsLayoutExporter alone (the rendering QGIS must do
anyway). The ratio shows what the assembler adds on top of QGIS's own rendering.
"""

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
STAGE = REPO / ".pytest-stage"
STAGE.mkdir(exist_ok=True)
if not (STAGE / "strukturbild").is_symlink():
    (STAGE / "strukturbild").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(STAGE))

from qgis.core import QgsApplication, QgsLayoutExporter, QgsProject  # noqa: E402


def best_of(n, function):
    times = []
    for _ in range(n):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    run()
    # Layouts, projects and layers must be gone before QGIS shuts down, or the interpreter crashes at exit.
    gc.collect()
    app.exitQgis()


def run():
    import importlib.util

    from strukturbild.strukturbild_plugin.assembler import MapAssembler, MapSettings, geopackage_layers

    spec = importlib.util.spec_from_file_location("build_demo", REPO / "demo" / "build_demo.py")
    build_demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_demo)
    work = Path(tempfile.mkdtemp(prefix="bench-assemble-"))
    gpkg = work / "demo.gpkg"
    seconds_build_gpkg = best_of(1, lambda: build_demo.build(gpkg, log=lambda *a: None))
    print(f"demo GeoPackage built in {seconds_build_gpkg:.2f} s")
    print(f"{'template':<20}{'format':<8}{'assemble+export s':>20}{'export only s':>16}{'ratio':>8}")
    for template in ("A3_landscape", "A4_portrait", "presentation_16x9"):
        for suffix in (".pdf", ".png"):
            out = work / f"{template}{suffix}"

            def assemble(template=template, out=out):
                assembler = MapAssembler(project=QgsProject())
                layout = assembler.build(geopackage_layers(gpkg), MapSettings(template=template, title="Bench"))
                assembler.export(layout, out)
                return layout

            total = best_of(3, assemble)
            assembler = MapAssembler(project=QgsProject())
            layout = assembler.build(geopackage_layers(gpkg), MapSettings(template=template, title="Bench"))

            def export_only(layout=layout, suffix=suffix, out=out):
                exporter = QgsLayoutExporter(layout)
                if suffix == ".pdf":
                    exporter.exportToPdf(str(out), QgsLayoutExporter.PdfExportSettings())
                else:
                    settings = QgsLayoutExporter.ImageExportSettings()
                    settings.dpi = 200
                    exporter.exportToImage(str(out), settings)

            baseline = best_of(3, export_only)
            print(f"{template:<20}{suffix:<8}{total:>20.2f}{baseline:>16.2f}{total / baseline:>8.2f}")
            del layout, assembler


if __name__ == "__main__":
    main()
