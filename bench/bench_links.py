"""Benchmark: habitat-network links for 100,000 patches (make bench).

strukturbild:habitatnetwork finds candidate pairs with a spatial index and measures edge-to-edge distances with
prepared GEOS geometries. Goal (issue 4): links for 100,000 patches in < 60 s. Landscape as the Conefor oracle's
recipe: uniform centres in a square of side 20 km·sqrt(n/40), lognormal areas (median 5 ha, σ = 1), discs.
Baseline: the same pairs by brute force (every pair's GEOS distance) on 2,000 patches, extrapolated by n².
"""

import os
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
STAGE = REPO / ".pytest-stage"
STAGE.mkdir(exist_ok=True)
if not (STAGE / "strukturbild").is_symlink():
    (STAGE / "strukturbild").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(STAGE))

from qgis.core import QgsApplication, QgsFeedback, QgsGeometry, QgsPointXY  # noqa: E402


def landscape(n, seed=100):
    rng = np.random.default_rng(seed)
    side = 20_000.0 * np.sqrt(n / 40.0)
    xy = rng.uniform(0, side, size=(n, 2)) + (500_000.0, 6_400_000.0)
    area_m2 = np.exp(rng.normal(np.log(5.0), 1.0, n)) * 10_000.0
    radius = np.sqrt(area_m2 / np.pi)
    return [QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(r, 4) for (x, y), r in zip(xy, radius)]


def run():
    from strukturbild.processing_algorithms.green.habitatnetwork import HabitatNetwork

    algorithm = HabitatNetwork()
    radius = 1000.0 * np.log(0.001) / np.log(0.5)  # DISTANCE 1000 m, p 0.5, the default MIN_PROBABILITY 0.001
    for n in (10_000, 100_000):
        start = time.perf_counter()
        geometries = landscape(n)
        made = time.perf_counter() - start
        start = time.perf_counter()
        a, b, d = algorithm._candidate_pairs(geometries, radius, QgsFeedback())
        seconds = time.perf_counter() - start
        print(f"links n={n:>7,}: {len(a):>9,} pairs within {radius:,.0f} m in {seconds:6.1f} s "
              f"(goal < 60 s at 100,000; making the polygons took {made:.1f} s)")
    geometries = landscape(2_000)
    start = time.perf_counter()
    count = 0
    for i in range(len(geometries)):
        for j in range(i + 1, len(geometries)):
            if geometries[i].distance(geometries[j]) <= radius:
                count += 1
    brute = time.perf_counter() - start
    start = time.perf_counter()
    a, _, _ = algorithm._candidate_pairs(geometries, radius, QgsFeedback())
    indexed = time.perf_counter() - start
    print(f"baseline n=2,000: brute force {brute:.1f} s ({count:,} pairs), indexed {indexed:.2f} s "
          f"({len(a):,} pairs) -> {brute / indexed:.0f}x; brute force at 100,000 ~ {brute * 2500 / 3600:.0f} h")


def main():
    app = QgsApplication([], False)
    app.initQgis()
    run()
    app.exitQgis()


if __name__ == "__main__":
    main()
