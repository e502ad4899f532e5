"""The distributed engine (`methods/engine.py`): the many-source searches of `methods/network.py` as tasks on a
dask.distributed cluster, here a LocalCluster of 2 worker processes on 127.0.0.1.

Checked: blocks, opportunities, gravity and 2SFCA bit-identical (np.array_equal) to the run in one process; a
cancelled run leaves no task on the cluster; a worker killed mid-run (SIGKILL) is replaced and its blocks run again,
the result still complete and bit-identical; the API's travel_time(client=...) equals client=None for nearest and
opportunities (a Client and a scheduler address); engine_for's local default and its refusals.
"""

import os
import signal

import numpy as np
import pytest

distributed = pytest.importorskip("distributed")

from dask_cluster import wait_until_no_tasks  # noqa: E402
from strukturbild.processing_algorithms.methods import network as nw  # noqa: E402
from strukturbild.processing_algorithms.methods.engine import DaskEngine, LocalEngine, engine_for  # noqa: E402
from strukturbild.processing_algorithms.methods.errors import MethodError  # noqa: E402
from strukturbild.processing_algorithms.methods.progress import Cancelled  # noqa: E402


def grid(rng, n=70, spacing=100.0):
    """A jittered n × n street grid (every vertex a junction, one line per row and per column), random speeds,
    a fifth of the lines one-way."""
    xy = np.stack(np.meshgrid(np.arange(n) * spacing, np.arange(n) * spacing), axis=-1)
    xy = xy + rng.uniform(-30, 30, xy.shape)
    lines = [xy[r] for r in range(n)] + [xy[:, c] for c in range(n)]
    speeds = rng.uniform(30, 90, len(lines))
    oneway = np.where(rng.random(len(lines)) < 0.2, rng.choice([-1, 1], len(lines)), 0)
    return lines, speeds, oneway, xy


@pytest.fixture(scope="module")
def case():
    rng = np.random.default_rng(13)
    lines, speeds, oneway, xy = grid(rng)
    net = nw.build_network(lines, speeds, oneway)
    lo, hi = xy.reshape(-1, 2).min(0), xy.reshape(-1, 2).max(0)
    o = nw.attach_points(net, rng.uniform(lo, hi, (1500, 2)), 300.0)
    d = nw.attach_points(net, rng.uniform(lo, hi, (160, 2)), 300.0)
    return lines, speeds, oneway, net, o, d, rng.integers(1, 50, d.n).astype(float), rng.uniform(0, 100, o.n)


def _matrix(blocks, shape):
    got = np.full(shape, np.nan)
    n_blocks = 0
    for oi, dj, times in blocks:
        got[np.ix_(oi, dj)] = times
        n_blocks += 1
    return got, n_blocks


def test_blocks_and_measures_bit_identical_to_one_process(case, cluster):
    _lines, _speeds, _oneway, net, o, d, w, demand = case
    _local, client = cluster
    engine = engine_for(client)
    assert isinstance(engine, DaskEngine) and engine.n_workers() == 2
    serial, n_serial = _matrix(nw.od_blocks(net, o, d, 6.0, workers=1), (o.n, d.n))
    spread, n_blocks = _matrix(nw.od_blocks(net, o, d, 6.0, engine=engine), (o.n, d.n))
    assert n_blocks >= 8 > n_serial  # several blocks on the cluster (one chunk in one process)
    assert np.array_equal(spread, serial, equal_nan=True)
    assert np.isfinite(serial).sum() > 10_000 and np.isinf(serial).sum() > 10_000  # the threshold matters
    for run in (lambda **kw: nw.opportunities(net, o, d, w, 6.0, **kw),
                lambda **kw: nw.gravity(net, o, d, w, 0.1, 20.0, **kw),
                lambda **kw: nw.two_step_fca(net, o, d, w, demand, 6.0, **kw)):
        assert np.array_equal(run(engine=engine), run(engine=None), equal_nan=True)
    nearest = nw.travel_times(net, o, d)  # one search, here: the same whether or not a cluster is given
    assert np.isfinite(nearest.time_min).all()
    assert wait_until_no_tasks(client) == 0  # nothing of the runs stays on the cluster


class CancelAfter:
    """Progress feedback that asks to stop after ``blocks`` reports beyond 0 (blocks received)."""

    def __init__(self, blocks):
        self.blocks = blocks
        self.seen = 0
        self.cancelled = False

    def isCanceled(self):  # noqa: N802 (QgsFeedback's name)
        return self.cancelled

    def setProgress(self, percent):  # noqa: N802
        if 0 < percent < 100:
            self.seen += 1
            self.cancelled = self.seen >= self.blocks


def test_cancel_stops_the_tasks_on_the_cluster(case, cluster):
    _lines, _speeds, _oneway, net, o, d, w, _demand = case
    _local, client = cluster
    engine = engine_for(client)
    feedback = CancelAfter(2)
    received = 0
    with pytest.raises(Cancelled):
        for _block in nw.od_blocks(net, o, d, 6.0, feedback=feedback, memory_bytes=1, engine=engine):
            received += 1
    assert received < d.n  # stopped early: most of the 160 one-source blocks were never asked for
    # the submitted tasks and the scattered graph are cancelled: nothing runs or waits on the cluster
    assert wait_until_no_tasks(client) == 0
    assert not any(client.processing().values())
    with pytest.raises(Cancelled):
        nw.opportunities(net, o, d, w, 6.0, feedback=CancelAfter(1), engine=engine)
    assert wait_until_no_tasks(client) == 0


def test_api_travel_time_on_the_cluster_equals_the_local_run(case, cluster):
    gpd = pytest.importorskip("geopandas")
    from shapely.geometry import LineString
    from strukturbild import api

    lines, speeds, oneway, _net, o, d, w, _demand = case
    local_cluster, client = cluster
    rng = np.random.default_rng(5)
    xy = np.vstack(lines)
    lo, hi = xy.min(0), xy.max(0)
    network = gpd.GeoDataFrame({"speed": speeds, "oneway": [str(int(v)) for v in oneway]},
                               geometry=[LineString(line) for line in lines], crs=3006)
    origins = gpd.GeoDataFrame(geometry=gpd.points_from_xy(*rng.uniform(lo, hi, (800, 2)).T), crs=3006)
    destinations = gpd.GeoDataFrame({"jobs": rng.integers(1, 50, 120)},
                                    geometry=gpd.points_from_xy(*rng.uniform(lo, hi, (120, 2)).T), crs=3006)
    options = dict(speed="speed", oneway="oneway", max_snap=300)
    for measure, column in (("nearest", "time_min"), ("opportunities", "opportunities")):
        here = api.travel_time(network, origins, destinations, measure=measure, destination_weight="jobs",
                               threshold=6.0, **options)
        there = api.travel_time(network, origins, destinations, measure=measure, destination_weight="jobs",
                                threshold=6.0, client=client, **options)
        assert np.array_equal(there[column].to_numpy(), here[column].to_numpy(), equal_nan=True)
        assert list(there["nearest_id"]) == list(here["nearest_id"])
        assert here[column].notna().sum() > 700
    # a scheduler address: connected for the run, closed after it
    by_address = api.travel_time(network, origins, destinations, measure="opportunities", destination_weight="jobs",
                                 threshold=6.0, client=local_cluster.scheduler_address, **options)
    assert np.array_equal(by_address["opportunities"].to_numpy(), here["opportunities"].to_numpy(), equal_nan=True)
    with pytest.raises(MethodError, match="border_zones has no distributed engine"):
        api.border_zones(origins.buffer(10).to_frame("geometry"), "id", client=client)


def test_engine_for_defaults_and_refusals():
    assert isinstance(engine_for(None), LocalEngine) and not engine_for(None).distributed
    assert isinstance(engine_for("  "), LocalEngine)  # the plugin setting left empty
    with pytest.raises(MethodError, match="client must be a dask.distributed Client"):
        engine_for(42)
    with pytest.raises(MethodError, match="cannot reach the dask scheduler at tcp://127.0.0.1:9"):
        engine_for("tcp://127.0.0.1:9", timeout=1)


class KillOneWorker:
    """Progress feedback that, at the first block received while a worker is running one of the run's tasks, kills
    that worker's process (SIGKILL: no goodbye to the scheduler)."""

    def __init__(self, client):
        self.client = client
        self.killed = None

    def isCanceled(self):  # noqa: N802
        return False

    def setProgress(self, percent):  # noqa: N802
        if self.killed is not None or not 0 < percent < 100:
            return
        busy = [address for address, keys in self.client.processing().items() if keys]
        if busy:
            pid = self.client.run(os.getpid, workers=busy[:1])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            self.killed = pid


def test_a_worker_lost_mid_run_is_retried(case, cluster):
    _lines, _speeds, _oneway, net, o, d, _w, _demand = case
    local_cluster, client = cluster
    engine = engine_for(client)
    serial, _ = _matrix(nw.od_blocks(net, o, d, 6.0, memory_bytes=1, workers=1), (o.n, d.n))
    feedback = KillOneWorker(client)
    spread, n_blocks = _matrix(nw.od_blocks(net, o, d, 6.0, feedback=feedback, memory_bytes=1, engine=engine),
                               (o.n, d.n))
    assert feedback.killed is not None  # a worker did die mid-run, with a task of the run on it
    assert n_blocks == d.n  # every one-source block came back
    assert np.array_equal(spread, serial, equal_nan=True)
    client.wait_for_workers(2, timeout=30)  # the nanny started a new worker in its place
    assert feedback.killed not in client.run(os.getpid).values()
    assert wait_until_no_tasks(client) == 0


def test_the_plugin_setting_points_traveltime_at_the_cluster(processing_provider, case, cluster, tmp_path):
    """strukturbild:traveltime reads the QgsSettings key strukturbild/dask_scheduler: set, opportunities are searched
    on that cluster (said in the log) and equal the local run; an address that cannot be reached ends the run with a
    message; empty, the run is local."""
    import processing
    from feedback import InfoLog
    from qgis.core import (
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsProcessingException,
        QgsSettings,
        QgsVectorLayer,
    )

    lines, speeds, _oneway, _net, _o, _d, _w, _demand = case
    local_cluster, client = cluster
    roads = QgsVectorLayer("LineString?crs=EPSG:3006&field=speed:double", "roads", "memory")
    features = []
    for line, speed in zip(lines, speeds):
        feature = QgsFeature(roads.fields())
        feature.setAttributes([float(speed)])
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in line]))
        features.append(feature)
    roads.dataProvider().addFeatures(features)
    rng = np.random.default_rng(8)
    xy = np.vstack(lines)
    layers = {}
    for name, n in (("o", 600), ("d", 90)):
        layer = QgsVectorLayer("Point?crs=EPSG:3006&field=weight:double", name, "memory")
        points = []
        for x, y in rng.uniform(xy.min(0), xy.max(0), (n, 2)):
            feature = QgsFeature(layer.fields())
            feature.setAttributes([float(rng.integers(1, 50))])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            points.append(feature)
        layer.dataProvider().addFeatures(points)
        layers[name] = layer

    def opportunities(address, folder):
        QgsSettings().setValue("strukturbild/dask_scheduler", address)
        (tmp_path / folder).mkdir()
        log = InfoLog()
        processing.run("strukturbild:traveltime", dict(
            NETWORK=roads, SPEED_FIELD="speed", ORIGINS=layers["o"], DESTINATIONS=layers["d"],
            DESTINATION_WEIGHT_FIELD="weight", MEASURE=1, THRESHOLD=6, MAX_SNAP=300,
            OUTPUT=str(tmp_path / folder / "access.gpkg")), feedback=log)
        out = QgsVectorLayer(f"{tmp_path / folder / 'access.gpkg'}|layername=access", "a", "ogr")
        values = [f["opportunities"] for f in sorted(out.getFeatures(), key=lambda f: f.id())]
        return np.array([np.nan if v is None or str(v) == "NULL" else float(v) for v in values]), log.lines

    try:
        here, log_here = opportunities("", "here")
        there, log_there = opportunities(local_cluster.scheduler_address, "there")
        with pytest.raises(QgsProcessingException, match="cannot reach the dask scheduler at tcp://127.0.0.1:9"):
            opportunities("tcp://127.0.0.1:9", "nowhere")
    finally:
        QgsSettings().remove("strukturbild/dask_scheduler")
    assert np.array_equal(there, here, equal_nan=True) and np.nansum(here) > 0
    assert any("dask cluster at " + local_cluster.scheduler_address in line for line in log_there)
    assert not any("dask" in line for line in log_here)
    assert wait_until_no_tasks(client) == 0


def test_dask_is_imported_only_when_a_cluster_is_given():
    """The local default (engine None, or the empty setting) runs without importing dask: the plugin needs only numpy
    and scipy."""
    import subprocess
    import sys
    from pathlib import Path

    stage = Path(__file__).resolve().parent.parent / ".pytest-stage"
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(stage)!r})\n"
        "import numpy as np\n"
        "from strukturbild.processing_algorithms.methods import network as nw\n"
        "from strukturbild.processing_algorithms.methods.engine import engine_for\n"
        "net = nw.build_network([np.array([[0.0, 0.0], [1000.0, 0.0], [2000.0, 0.0]])], np.array([60.0]))\n"
        "o = nw.attach_points(net, np.array([[0.0, 10.0], [500.0, 0.0]]), 100.0)\n"
        "d = nw.attach_points(net, np.array([[2000.0, 0.0]]), 100.0)\n"
        "value = nw.opportunities(net, o, d, [1.0], 5.0, engine=engine_for(''))\n"
        "assert value.tolist() == [1.0, 1.0], value\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')]\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
