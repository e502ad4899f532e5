"""Worker processes never re-run the caller's script: a plain script without an ``if __name__ == "__main__":``
guard that starts the many-source searches prints once and finishes (multiprocessing's "spawn" would otherwise
re-import the script as ``__mp_main__`` in every worker, which then printed and searched again)."""

import subprocess
import sys
import textwrap

from conftest import STAGE

# The script forces worker processes (the threshold on the expected search time is lowered, STRUKTURBILD_WORKERS=2)
# and records that a pool was really made, so that the test cannot pass by staying in one process.
SPY = """
import sys
sys.path.insert(0, {stage!r})
from strukturbild.processing_algorithms.methods import network as nw

nw._PARALLEL_SECONDS = -1.0
pools = []
_original = nw._process_pool


def _spy(workers, search):
    pool = _original(workers, search)
    pools.append(pool is not None)
    return pool


nw._process_pool = _spy
"""

METHOD_SCRIPT = """
import numpy as np

rng = np.random.default_rng(1)
lines = [np.array([[x, 0.0], [x + 100.0, 0.0]]) for x in range(0, 5000, 100)]
net = nw.build_network(lines, np.full(len(lines), 50.0))
o = nw.attach_points(net, np.column_stack([rng.uniform(0, 5000, 40), np.zeros(40)]), 100)
d = nw.attach_points(net, np.column_stack([rng.uniform(0, 5000, 40), np.zeros(40)]), 100)
reached = sum(int(np.isfinite(t).sum()) for _, _, t in nw.od_blocks(net, o, d, 3.0, memory_bytes=1, workers=2))
print("script ran", pools, reached, flush=True)
"""

API_SCRIPT = """
import geopandas as gpd
from shapely.geometry import LineString, Point
from strukturbild import api

roads = gpd.GeoDataFrame({"speed": [50.0] * 50},
                         geometry=[LineString([(x, 0), (x + 100, 0)]) for x in range(0, 5000, 100)], crs=3006)
origins = gpd.GeoDataFrame({"name": [f"o{k}" for k in range(40)]},
                           geometry=[Point(k * 123 % 5000, 10) for k in range(40)], crs=3006)
destinations = gpd.GeoDataFrame({"jobs": [1.0] * 40}, geometry=[Point(k * 97 % 5000, -10) for k in range(40)],
                                crs=3006)
result = api.travel_time(roads, origins, destinations, speed="speed", measure="opportunities", threshold=3.0)
print("script ran", pools, int(result["opportunities"].sum()), flush=True)
"""


def _run_plain_script(tmp_path, body):
    script = tmp_path / "plain_script.py"  # no __main__ guard, on purpose
    script.write_text(textwrap.dedent(SPY.format(stage=str(STAGE))) + textwrap.dedent(body), encoding="utf-8")
    env = {"STRUKTURBILD_WORKERS": "2", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, str(script)], cwd=str(tmp_path), env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("script ran")]
    return lines, done


def test_plain_script_runs_once_with_worker_processes(tmp_path):
    lines, done = _run_plain_script(tmp_path, METHOD_SCRIPT)
    assert len(lines) == 1, done.stdout + done.stderr
    assert lines[0].startswith("script ran [True]")  # a pool of workers was started
    assert "__mp_main__" not in done.stderr and "bootstrapping phase" not in done.stderr


def test_plain_script_calling_the_api_runs_once(tmp_path):
    lines, done = _run_plain_script(tmp_path, API_SCRIPT)
    assert len(lines) == 1, done.stdout + done.stderr
    assert lines[0].startswith("script ran [True]")
    assert int(lines[0].split()[-1]) > 0
    assert "bootstrapping phase" not in done.stderr
