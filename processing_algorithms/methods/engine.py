"""Where the many-source searches run: here and in local worker processes (the default), or on a dask cluster.

No qgis import, and dask is imported only when a scheduler address or a ``distributed.Client`` is given, so the
plugin keeps needing only numpy and scipy.

- ``engine_for(target)``: ``None`` or ``""`` → ``LocalEngine`` (this process, and for large jobs the spawned local
  worker processes of ``network.od_blocks``, ``STRUKTURBILD_WORKERS``); a scheduler address such as
  ``"tcp://10.0.0.5:8786"`` → a ``DaskEngine`` with a Client of its own (closed by ``close()`` or at the end of a
  ``with`` block); a ``distributed.Client`` → a ``DaskEngine`` on it (left open: it is the caller's); an engine →
  itself.
- ``DaskEngine.map_in_order(function, items, shared, feedback)``: ``function(item, shared)`` for every item as tasks
  on the cluster, the results yielded in the order of the items, so that the caller's blocks come out exactly as
  in one process (bit-identical: the same numpy/scipy calls on the same arrays). ``shared`` (the graph and the
  targets) is scattered to every worker once. At most ``window`` tasks are submitted ahead, so finished blocks do
  not pile up in memory. Tasks are pure and submitted with ``retries``; a task whose worker is lost is run again
  on another worker by the scheduler. When ``feedback.isCanceled()`` becomes true (checked while waiting), every
  submitted task and the shared data are cancelled on the cluster and ``progress.Cancelled`` is raised.
- ``DaskEngine.share(value)``: ``value`` sent once to every worker, for data that several ``map_in_order`` calls of
  one run use (``connectivity``'s phases share the links and the patch areas): the returned Future goes into a
  small ``shared`` (e.g. a dict of such Futures and numbers) given with ``scattered=True``, which is then sent with
  every task as it is, each Future resolved to its value on the worker, and not cancelled at the end of the call;
  ``release(futures)`` cancels them when the run ends.
"""

from __future__ import annotations

import time

from . import progress
from .errors import MethodError

RETRIES = 2  # extra attempts for a task that raised (a worker lost is rescheduled by the scheduler in any case)
_POLL_SECONDS = 0.05  # how often cancel is checked while a block is awaited
_CONNECT_SECONDS = 10


class LocalEngine:
    """This process, and for large jobs spawned local worker processes (``network.od_blocks``): the default."""

    distributed = False

    def __init__(self, workers=None):
        self.workers = workers

    def describe(self):
        return "local worker processes"

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *_exc):
        self.close()


class DaskEngine:
    """Tasks on a dask.distributed cluster through ``client`` (see the module docstring)."""

    distributed = True

    def __init__(self, client, owned=False, retries=RETRIES):
        self.client = client
        self.owned = owned
        self.retries = retries

    @property
    def address(self):
        return getattr(getattr(self.client, "scheduler", None), "address", None) or "?"

    def n_workers(self):
        """Threads on the cluster's workers (at least 1): the number of blocks that can run at once."""
        try:
            return max(1, int(sum(self.client.nthreads().values())))
        except Exception:  # noqa: BLE001 - a cluster that cannot say: one at a time is still right
            return 1

    def describe(self):
        return f"dask cluster {self.address}"

    def share(self, value):
        """``value`` on every worker, sent once: a Future for the ``shared`` of ``map_in_order(..., scattered=True)``
        (release it with ``release``)."""
        # a list of one: scatter would otherwise send a tuple's or dict's elements as separate pieces of data
        (future,) = self.client.scatter([value], broadcast=True, hash=False)
        return future

    def release(self, futures):
        """Cancels Futures of ``share`` on the cluster (the end of a run)."""
        futures = list(futures)
        if futures:
            try:
                self.client.cancel(futures, force=True)
            except Exception:  # noqa: BLE001 - a client already closed holds nothing either
                pass

    def map_in_order(self, function, items, shared, feedback=None, window=None, scattered=False):
        items = list(items)
        if not items:
            return
        client = self.client
        window = max(1, int(window) if window else 2 * self.n_workers())
        # scattered: ``shared`` is small and holds Futures of share(), resolved on the workers; it stays the caller's
        data = shared if scattered else self.share(shared)
        futures = {}
        try:
            for k in range(len(items)):
                for ahead in range(k, min(k + window, len(items))):
                    if ahead not in futures:
                        futures[ahead] = client.submit(function, items[ahead], data, pure=True,
                                                       retries=self.retries)
                yield self._result(futures.pop(k), feedback)
        finally:
            # cancelled, failed or abandoned by the caller: nothing of this run stays on the cluster
            try:
                client.cancel(list(futures.values()) + ([] if scattered else [data]), force=True)
            except Exception:  # noqa: BLE001 - a client already closed holds nothing either
                pass

    def _result(self, future, feedback):
        while not future.done():
            if feedback is not None and feedback.isCanceled():
                raise progress.Cancelled()
            time.sleep(_POLL_SECONDS)
        if future.status == "error":
            error = future.exception()
            if isinstance(error, MethodError):
                raise error
            raise MethodError("the dask cluster at {address} could not finish a block of the searches "
                              "({error}); check that its workers have numpy, scipy and this version of strukturbild, "
                              "or clear the scheduler setting to run here",
                              address=self.address, error=f"{type(error).__name__}: {error}")
        if future.status == "cancelled":
            raise MethodError("the dask cluster at {address} cancelled a block of the searches (the scheduler or "
                              "its workers were stopped); run again, or clear the scheduler setting to run here",
                              address=self.address)
        return future.result()

    def close(self):
        if self.owned:
            self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *_exc):
        self.close()


def _is_client(target):
    return all(callable(getattr(target, name, None)) for name in ("submit", "scatter", "cancel", "nthreads"))


def engine_for(target=None, timeout=_CONNECT_SECONDS):
    """The engine for ``target``: None or "" → local; a scheduler address or a distributed.Client → dask."""
    if target is None or isinstance(target, (LocalEngine, DaskEngine)):
        return target if target is not None else LocalEngine()
    if isinstance(target, str):
        address = target.strip()
        return _connect(address, timeout) if address else LocalEngine()
    if _is_client(target):
        return DaskEngine(target)
    raise MethodError("client must be a dask.distributed Client or a scheduler address such as tcp://host:8786, "
                      "not {kind}", kind=type(target).__name__)


def _connect(address, timeout):
    try:
        from distributed import Client
    except ImportError:
        raise MethodError("a dask scheduler ({address}) was given, but this Python has no dask.distributed: "
                          "install it (pip install \"dask[distributed]\") or clear the scheduler setting to run "
                          "here", address=address) from None
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except Exception as error:  # noqa: BLE001 - OSError, TimeoutError or a bad address: all mean "cannot reach"
        raise MethodError("cannot reach the dask scheduler at {address} ({error}): check the address and that the "
                          "scheduler runs, or clear the scheduler setting to run here",
                          address=address, error=str(error) or type(error).__name__) from None
    return DaskEngine(client, owned=True)
