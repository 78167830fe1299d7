"""PyTorch threads for parsing processes: the cores shared out among the workers.

PyTorch's default, a thread per core in every process, collapses when the cores are busy with
anything else, so each parsing process is given its share (see :func:`torch_threads`)."""
from __future__ import annotations

import os
from typing import Mapping


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, which containers and taskset set)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:          # macOS and Windows have no sched_getaffinity
        return os.cpu_count() or 1


def torch_threads(workers: int | None = 1, *, threads: int | None = None, cores: int | None = None,
                  environ: Mapping[str, str] = os.environ) -> int | None:
    """PyTorch threads for each of ``workers`` parsing processes: ``threads`` when given, else
    None (leave PyTorch alone) when ``OMP_NUM_THREADS`` is set, else the cores shared out so that
    workers x threads <= cores. ``workers=None`` is a pool of unknown size (a dask cluster, say),
    taken to fill its machine: one thread each.

    PyTorch's default, a thread per core in every process, collapses when the cores are busy
    with anything else: on 2 cores with another process running, 25,000 characters took 257 s
    with the default against 9.5 s with one thread; and 2 workers with every core each were 3x
    slower than 1 worker."""
    if threads is not None:
        return threads
    if environ.get("OMP_NUM_THREADS"):
        return None
    if workers is None:
        return 1
    return max(1, (cores or available_cores()) // max(1, workers))


def set_torch_threads(threads: int | None) -> None:
    if threads is None:
        return
    import torch

    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


__all__ = ["available_cores", "torch_threads", "set_torch_threads"]
