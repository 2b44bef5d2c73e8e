"""How long a 2-worker Dask `LocalCluster` takes to start, by the way its workers are started.

Run: `.venv/bin/python benchmarks/dask_start.py [--repeat 3]`. Each measurement runs in a fresh
process that has imported what `newstables extract` imports (not `distributed`, which the
command imports only when it makes the cluster, so its import is timed too), creates the
cluster as `--executor dask` does and runs four tasks that each load the reference data (what a
worker's first article needs). Methods: `fork` (from the main process), `spawn` (Dask's default),
`forkserver` (Dask's own, which preloads every package it knows of) and `newstables` (what
`DaskExecutor` does with Dask's default configured: a forkserver that has Dask and the
extractor imported). Prints seconds to create the cluster, to run the tasks, and both.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

METHODS = ("fork", "spawn", "forkserver", "newstables")


def _load_reference(_: int) -> int:
    from newstables.extract import reference

    reference.load()
    return 1


def measure(method: str) -> tuple[float, float]:
    """(cluster creation, four first tasks) in seconds, in this process."""
    import dask

    from newstables import cli, executors  # noqa: F401 (what the command has imported)

    start = time.perf_counter()
    if method == "newstables":  # Dask's default configured: the method newstables then picks
        executor = executors.DaskExecutor(2)
    else:  # the method as given; distributed first, so that `dask.config.set` keeps its defaults
        import distributed  # noqa: F401

        executors._local_start_method = lambda configured: configured
        with dask.config.set({executors.METHOD_KEY: method}):
            executor = executors.DaskExecutor(2)
    created = time.perf_counter()
    list(executor.run(_load_reference, [1, 2, 3, 4]))
    ran = time.perf_counter()
    executor.close()
    return created - start, ran - created


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", choices=METHODS, help=argparse.SUPPRESS)  # a child's task
    args = parser.parse_args()
    if args.one:
        print(*measure(args.one))
        return
    print(f"{'method':>10} {'cluster s':>9} {'tasks s':>7} {'total s':>7}")
    for _ in range(args.repeat):
        for method in METHODS:  # alternating, each in a fresh process
            done = subprocess.run([sys.executable, __file__, "--one", method], check=True,
                                  capture_output=True, text=True)
            cluster, tasks = map(float, done.stdout.split())
            print(f"{method:>10} {cluster:9.2f} {tasks:7.2f} {cluster + tasks:7.2f}")


if __name__ == "__main__":
    main()
