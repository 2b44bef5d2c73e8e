"""Where the CPU of a Dask build goes: the extraction tasks, or Dask's own threads.

    .venv/bin/python benchmarks/dask_threads.py [--articles 2000] [--repeat 3]

Builds a synthetic corpus (`scale.make_corpus`) without the cache on a 2-worker LocalCluster,
each build in a fresh process, once with the Dask settings `DaskExecutor` gives its cluster
(`newstables`) and once with Dask's defaults for them (`dask`), alternating; and once with the
process pool, for reference. Prints the seconds from creating the executor to the last result,
and CPU seconds (from /proc, Linux) of: the workers' task threads (extraction; for the pool,
its worker processes), the workers' other threads (Dask's event loop: heartbeats, monitors
and, by default, a statistical profile of the task every 10 ms), and this process's Dask thread
(scheduler and client). On 2 cores, what Dask's own threads use is taken from the extraction.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

VARIANTS = ("newstables", "dask", "process")


def cpu(stat_path: str) -> tuple[str, float]:
    """The name and the CPU seconds (user and system) in a /proc stat file (Linux)."""
    stat = Path(stat_path).read_text()
    fields = stat[stat.rindex(")") + 2:].split()  # utime, stime: fields 14 and 15
    seconds = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return stat[stat.index("(") + 1:stat.rindex(")")], seconds


def thread_cpu() -> dict[str, float]:
    """CPU seconds of each thread of this process, by thread name."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    out: dict[str, float] = {}
    for tid in os.listdir("/proc/self/task"):
        comm, seconds = cpu(f"/proc/self/task/{tid}/stat")
        name = names.get(int(tid), comm)
        out[name] = out.get(name, 0.0) + seconds
    return out


def one(variant: str, raw: Path, build: Path) -> dict[str, float]:
    """One build in this process; its figures."""
    from newstables import corpus, executors

    if variant == "dask":
        executors.LOCAL_CLUSTER_CONFIG = {}
    figures: dict[str, float] = {}
    make = corpus.make_executor

    def timed(*args: object, **kwargs: object) -> executors.Executor:
        start = time.perf_counter()
        executor = make(*args, **kwargs)  # type: ignore[arg-type]
        run = executor.run

        def run_all(fn, tasks):  # type: ignore[no-untyped-def]
            yield from run(fn, tasks)
            figures["seconds"] = time.perf_counter() - start
            pool = getattr(executor, "pool", None)
            if pool is not None:  # the pool's workers: every thread is the task's
                figures["tasks"] = sum(cpu(f"/proc/{pid}/stat")[1] for pid in pool._processes)
                figures["worker_dask"] = figures["main_dask"] = 0.0
            client = getattr(executor, "client", None)
            if client is not None:
                for threads in client.run(thread_cpu).values():
                    for name, seconds in threads.items():
                        key = "tasks" if "Dask-Default-Threads" in name else "worker_dask"
                        figures[key] = figures.get(key, 0.0) + seconds
                figures["main_dask"] = thread_cpu().get("IO loop", 0.0)

        executor.run = run_all  # type: ignore[method-assign]
        return executor

    corpus.make_executor = timed  # type: ignore[assignment]
    options = corpus.Options(executor="process" if variant == "process" else "dask", jobs=2,
                             cache=False, progress=False)
    corpus.build_package(raw, build / "package", build, options)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)  # variant raw build
    args = parser.parse_args()
    if args.one:
        variant, raw, build = args.one
        print(json.dumps(one(variant, Path(raw), Path(build))))
        return
    from scale import make_corpus

    with tempfile.TemporaryDirectory(prefix="newstables-dask-threads-") as tmp:
        raw = Path(tmp) / "raw"
        make_corpus(raw, args.articles)
        print(f"{args.articles:,} articles, 2 workers; seconds to the last result, CPU seconds "
              "of the workers' tasks, of the workers' Dask threads and of this process's")
        print(f"{'settings':>10} {'seconds':>8} {'tasks':>7} {'workers':>8} {'main':>6}")
        for _ in range(args.repeat):
            for variant in VARIANTS:
                done = subprocess.run(
                    [sys.executable, __file__, "--one", variant, str(raw), str(Path(tmp) / "b")],
                    check=True, capture_output=True, text=True)
                f = json.loads(done.stdout.strip().splitlines()[-1])
                print(f"{variant:>10} {f['seconds']:8.2f} {f['tasks']:7.2f} "
                      f"{f['worker_dask']:8.2f} {f['main_dask']:6.2f}", flush=True)


if __name__ == "__main__":
    main()
