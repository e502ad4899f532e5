"""The habitat network's work units (`methods/connectivity.py`: pruning bands, main pass, the per-node repairs of dPC
and dIIC, the dense components' Floyd–Warshall) as tasks on a dask.distributed LocalCluster of 2 worker processes.

Checked, for the repairs and for the dense path: dPC, dIIC (every fraction), F, the overall indices and the link
roles bit-identical (np.array_equal) to the run without a cluster; the per-node phases of PC and IIC ran on the
cluster, on both workers; every array was sent to the cluster once per run; a cancelled run leaves no task or data
on the cluster; a worker killed (SIGKILL) during the per-node phase is replaced and its tasks run again, the result
still bit-identical; api.habitat_network(client=...) (a Client and a scheduler address) and strukturbild:habitatnetwork
with the setting strukturbild/dask_scheduler equal the local run. The phases are sent to the cluster whatever their
expected time (_PARALLEL_SECONDS = 0) and the groups are small (_GROUP = 16), so that a small landscape has many tasks.
"""

import os
import signal

import numpy as np
import pytest

distributed = pytest.importorskip("distributed")

from dask_cluster import wait_until_no_tasks  # noqa: E402
from strukturbild.processing_algorithms.methods import connectivity as mod  # noqa: E402
from strukturbild.processing_algorithms.methods.engine import engine_for  # noqa: E402
from strukturbild.processing_algorithms.methods.errors import MethodError  # noqa: E402
from strukturbild.processing_algorithms.methods.progress import Cancelled  # noqa: E402

DISPERSAL, PROB = 1000.0, 0.5
FIELDS = ("dPC", "dPC_intra", "dPC_flux", "dPC_connector", "dIIC", "dIIC_intra", "dIIC_flux", "dIIC_connector", "F",
          "component", "degree", "on_best_path", "link_probability")
NUMBERS = ("pc_num", "iic_num", "ec_pc", "pc_intra_pct", "pc_direct_pct", "pc_step_pct", "dropped_pc_share")


def discs(seed=4, parts=4, n=80):
    """``parts`` dense landscapes of n discs (one per km², lognormal areas, median 5 ha) 40 km apart: ``parts``
    components. Returns centres, radii (m) and areas (ha)."""
    rng = np.random.default_rng(seed)
    side = 1000.0 * np.sqrt(n)
    xy = np.vstack([rng.uniform(0, side, (n, 2)) + [40_000.0 * k, 0.0] for k in range(parts)])
    area = rng.lognormal(np.log(5), 1, len(xy))
    return xy, np.sqrt(area * 1e4 / np.pi), area


def landscape():
    xy, r, area = discs()
    i, j = np.triu_indices(len(xy), 1)
    d = np.maximum(0.0, np.hypot(*(xy[i] - xy[j]).T) - r[i] - r[j])
    keep = d <= 11_000.0  # p ≥ 0.0005
    return area, i[keep], j[keep], d[keep]


@pytest.fixture
def everything_on_the_cluster(monkeypatch):
    monkeypatch.setattr(mod, "_GROUP", 16)
    monkeypatch.setattr(mod, "_PARALLEL_SECONDS", 0.0)
    monkeypatch.setattr(mod, "_WORKERS", 1)  # the local reference runs in this process


def _same(there, here):
    for name in FIELDS:
        assert np.array_equal(getattr(there, name), getattr(here, name)), name
    for name in NUMBERS:
        assert getattr(there, name) == getattr(here, name), name


class Spy:
    """A DaskEngine whose phases (task function, kind) and shared arrays are recorded, and an optional hook called
    whenever cancel is checked (``on_check(spy)``; True cancels)."""

    def __init__(self, client, on_check=None):
        self.engine = engine_for(client)
        self.client = client
        self.phases = []
        self.shared_ids = []
        self.on_check = on_check
        share, map_in_order = self.engine.share, self.engine.map_in_order

        def spy_share(value):
            self.shared_ids.append(id(value))
            return share(value)

        def spy_map(function, items, shared, feedback=None, window=None, scattered=False):
            items = list(items)
            self.phases.append((items[0][0].__name__, shared.get("kind"), len(items)))
            return map_in_order(function, items, shared, self if self.on_check else feedback, window, scattered)

        self.engine.share, self.engine.map_in_order = spy_share, spy_map

    def isCanceled(self):  # noqa: N802 (QgsFeedback's name)
        return bool(self.on_check(self))

    def setProgress(self, percent):  # noqa: N802
        pass


@pytest.mark.parametrize("method,task", [("sparse", "_task_connector"), ("dense", "_task_dense")])
def test_dpc_and_diic_on_the_cluster_bit_identical(cluster, everything_on_the_cluster, monkeypatch, method, task):
    from distributed import get_task_stream

    _local, client = cluster
    monkeypatch.setattr(mod, "_METHOD", method)
    a, u, v, d = landscape()
    here = mod.connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=1500, iic_importances=True)
    spy = Spy(client)
    with get_task_stream(client=client) as stream:
        there = mod.connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=1500, iic_importances=True,
                                 engine=spy.engine)
    _same(there, here)
    assert np.isfinite(here.dIIC).all() and here.dPC_connector.max() > 0 and here.dIIC_connector.max() > 0
    # the per-node phases of PC and of IIC ran on the cluster, as many tasks, on both workers
    assert {(task, "pc"), (task, "iic")} <= {phase[:2] for phase in spy.phases}
    assert all(n >= (3 if task == "_task_dense" else 10) for name, _, n in spy.phases if name == task)
    workers = {record["worker"] for record in stream.data if "_cluster_run" in str(record["key"])}
    assert len(workers) == 2
    assert len(spy.shared_ids) == len(set(spy.shared_ids))  # every array sent once in the run
    assert wait_until_no_tasks(client) == 0  # the run's tasks and arrays left the cluster
    if method == "dense":  # a Client itself (or an address) is turned into an engine; anything else is refused
        _same(mod.connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=1500, iic_importances=True, engine=client),
              here)
        with pytest.raises(MethodError, match="client must be a dask.distributed Client"):
            mod.connectivity(a, u, v, d, DISPERSAL, PROB, engine=42)
        assert wait_until_no_tasks(client) == 0


def test_cancel_stops_the_tasks_on_the_cluster(cluster, everything_on_the_cluster, monkeypatch):
    """Cancel asked while a per-node task runs on the cluster: Cancelled, and nothing of the run stays there."""
    _local, client = cluster
    monkeypatch.setattr(mod, "_METHOD", "sparse")
    a, u, v, d = landscape()
    asked = []

    def cancel_in_the_repairs(spy):
        if not asked and spy.phases and spy.phases[-1][0] == "_task_connector" \
                and any(client.processing().values()):
            asked.append(len(spy.phases))
        return bool(asked)

    spy = Spy(client, cancel_in_the_repairs)
    with pytest.raises(Cancelled):
        mod.connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=1500, iic_importances=True, engine=spy.engine,
                         feedback=spy)
    assert asked
    assert wait_until_no_tasks(client) == 0
    assert not any(client.processing().values())


def test_a_worker_lost_mid_run_is_retried(cluster, everything_on_the_cluster, monkeypatch):
    """A worker killed (SIGKILL) while it runs a task of the per-node phase: the run completes, bit-identical."""
    _local, client = cluster
    monkeypatch.setattr(mod, "_METHOD", "sparse")
    a, u, v, d = landscape()
    here = mod.connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=1500, iic_importances=True)
    killed = []

    def kill_in_the_repairs(spy):
        if not killed and spy.phases and spy.phases[-1][:2] == ("_task_connector", "pc"):
            busy = [address for address, keys in client.processing().items() if keys]
            if busy:
                pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
        return False

    spy = Spy(client, kill_in_the_repairs)
    there = mod.connectivity(a, u, v, d, DISPERSAL, PROB, iic_distance=1500, iic_importances=True,
                             engine=spy.engine, feedback=spy)
    assert killed  # a worker did die in the per-node phase, with a task of the run on it
    _same(there, here)
    client.wait_for_workers(2, timeout=30)  # the nanny started a new worker in its place
    assert killed[0] not in client.run(os.getpid).values()
    assert wait_until_no_tasks(client) == 0


def test_api_habitat_network_on_the_cluster_equals_the_local_run(cluster, everything_on_the_cluster):
    gpd = pytest.importorskip("geopandas")
    from distributed import get_task_stream
    from shapely.geometry import Point
    from strukturbild import api

    local_cluster, client = cluster
    xy, r, _area = discs(seed=5, parts=3, n=60)
    patches = gpd.GeoDataFrame({"name": [f"p{k}" for k in range(len(xy))]},
                               geometry=[Point(x, y).buffer(radius, 16) for (x, y), radius in zip(xy, r)], crs=3006)
    options = dict(distance=1000, iic_distance=1500, patch_id="name")
    here = api.habitat_network(patches, **options)
    with get_task_stream(client=client) as stream:
        there = api.habitat_network(patches, client=client, **options)
    by_address = api.habitat_network(patches, client=local_cluster.scheduler_address, **options)
    assert any("_cluster_run" in str(record["key"]) for record in stream.data)
    for name in ("dPC", "dPC_connector", "dIIC", "dIIC_connector", "F", "component"):
        assert np.array_equal(there[name].to_numpy(), here[name].to_numpy()), name
        assert np.array_equal(by_address[name].to_numpy(), here[name].to_numpy()), name
    assert there.attrs["strukturbild"] == here.attrs["strukturbild"] == by_address.attrs["strukturbild"]
    assert here["dPC_connector"].max() > 0
    with pytest.raises(MethodError, match="client must be a dask.distributed Client"):
        api.habitat_network(patches, client=42, **options)
    assert wait_until_no_tasks(client) == 0


def test_the_plugin_setting_points_habitatnetwork_at_the_cluster(processing_provider, cluster,
                                                                 everything_on_the_cluster, tmp_path):
    """strukturbild:habitatnetwork reads the QgsSettings key strukturbild/dask_scheduler (base class
    engine_for_run): set, the work runs on that cluster (said in the log) and every field equals the local run; an
    address that cannot be reached ends the run with a message; empty, the run is local."""
    import processing
    from distributed import get_task_stream
    from feedback import InfoLog
    from qgis.core import (
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsProcessingException,
        QgsSettings,
        QgsVectorLayer,
    )

    local_cluster, client = cluster
    xy, r, _area = discs(seed=6, parts=3, n=60)
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=patch:string", "patches", "memory")
    features = []
    for k, ((x, y), radius) in enumerate(zip(xy, r)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"p{k}"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))).buffer(float(radius), 16))
        features.append(feature)
    layer.dataProvider().addFeatures(features)

    def importances(address, folder):
        QgsSettings().setValue("strukturbild/dask_scheduler", address)
        (tmp_path / folder).mkdir()
        log = InfoLog()
        processing.run("strukturbild:habitatnetwork", dict(
            PATCHES=layer, PATCH_ID_FIELD="patch", DISTANCE=1000, PROBABILITY=0.5, IIC_DISTANCE=1500,
            OUTPUT_PATCHES=str(tmp_path / folder / "patches.gpkg")), feedback=log)
        out = QgsVectorLayer(f"{tmp_path / folder / 'patches.gpkg'}|layername=patches", "p", "ogr")
        rows = {f["patch"]: [f[name] for name in ("dPC", "dPC_connector", "dIIC", "dIIC_connector", "F")]
                for f in out.getFeatures()}
        return np.array([rows[f"p{k}"] for k in range(len(xy))], dtype=float), log.lines

    try:
        here, log_here = importances("", "here")
        with get_task_stream(client=client) as stream:
            there, log_there = importances(local_cluster.scheduler_address, "there")
        with pytest.raises(QgsProcessingException, match="cannot reach the dask scheduler at tcp://127.0.0.1:9"):
            importances("tcp://127.0.0.1:9", "nowhere")
    finally:
        QgsSettings().remove("strukturbild/dask_scheduler")
    assert np.array_equal(there, here) and np.isfinite(here).all() and here[:, 1].max() > 0
    assert any("_cluster_run" in str(record["key"]) for record in stream.data)
    assert any("dask cluster at " + local_cluster.scheduler_address in line for line in log_there)
    assert not any("dask" in line for line in log_here)
    assert wait_until_no_tasks(client) == 0
