"""What the dask tests share beside conftest's ``cluster`` fixture: a look at the cluster's scheduler."""

import time


def scheduler_tasks(client):
    return client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks))


def wait_until_no_tasks(client, seconds=15.0):
    """The number of tasks the scheduler still holds once it holds none, or after ``seconds``."""
    deadline = time.monotonic() + seconds
    while scheduler_tasks(client) and time.monotonic() < deadline:
        time.sleep(0.1)
    return scheduler_tasks(client)
