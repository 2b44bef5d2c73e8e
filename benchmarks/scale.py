"""Scale benchmark: a synthetic corpus of N articles built with `newstables extract`.

The corpus is made from real openly-licensed text (the Wikinews articles of benchmarks/gold except
the held-out ones, and the seed article of raw/), varied so no two articles are the same:
paragraphs shuffled, a sentence naming a person drawn from a list, and a numbered sentence. For
each N it prints: extraction articles/s per core (in this process, one core; with the targets,
also at the seed's size: characters/s over the seed's length), the staged build's wall time, peak
resident memory of the build's process tree (psutil, sampled every 50 ms), the time of an
incremental rebuild after one article changes, and optionally Dask against the process pool
and the validation time. The rebuild and the Dask/process-pool pair are run `--repeat` times
(another article changed each time; the two executors alternating) and their medians printed:
single runs of a few seconds vary by 20% on a shared machine.

    .venv/bin/python benchmarks/scale.py --quick          # N = 100, 300
    .venv/bin/python benchmarks/scale.py                  # N = 100, 1,000, 10,000
    .venv/bin/python benchmarks/scale.py --full           # ... and 100,000
    .venv/bin/python benchmarks/scale.py --sizes 1000 --dask --validate
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from gold_sets import developed_articles

ROOT = Path(__file__).resolve().parents[1]
# Held-out gold texts are left out explicitly: the corpus (and every benchmark built on it) stays
# made of the same six Wikinews texts and the seed when held-out texts are added.
SOURCES = developed_articles() + sorted((ROOT / "raw" / "articles").glob("*.txt"))
# the seed article (the first of raw/), whose size the speed target is stated for
SEED_PATH = sorted((ROOT / "raw").rglob("*.txt"))[0]
SEED = SEED_PATH.read_text(encoding="utf-8")
FIRST = ["Amara", "Jonas", "Leila", "Tomas", "Priya", "Kwame", "Sofia", "Mateo", "Hana", "Omar"]
LAST = ["Okafor", "Lindqvist", "Haddad", "Novak", "Raman", "Mensah", "Costa", "Ibarra", "Sato"]
EXE = [sys.executable, "-m", "newstables"]


def make_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """n varied articles in sub-folders of 1,000, each with a sidecar."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8").replace("\r\n", "\n") for p in SOURCES]
    written = []
    for i in range(n):
        title, *body = [p for p in texts[i % len(texts)].split("\n\n") if p.strip()]
        rng.shuffle(body)
        person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        body.insert(rng.randrange(len(body) + 1),
                    f"{person}, a spokesperson, said the report was filed as item {i}.")
        path = folder / f"{i // 1000:04d}" / f"article-{i:06d}.txt"
        write_article(path, "\n\n".join([f"{title} ({i})", *body]) + "\n")
        written.append(path)
    return written


def write_article(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    path.with_suffix(".yaml").write_text(
        "publisher: Wikinews (varied for a benchmark)\nlanguage: en\nlicense: CC-BY-2.5\n"
        f"published_date: '2015-05-18'\npublished_date_basis: stated\nsha256: {sha}\n",
        encoding="utf-8")


def run_measured(args: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of the whole process tree of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{proc.stderr.read()[-2000:]}")
    return wall, peak / 2**20


def per_core_rate(paths: list[Path], raw: Path, limit: int = 300) -> tuple[float, float]:
    """Articles/s and characters/s of extract() alone, in this process (one core)."""
    from newstables.extract import extract
    from newstables.raw import read_article

    articles = [read_article(p, raw) for p in paths[:limit]]
    extract(articles[0])  # warm-up (lazy imports, compiled patterns)
    start = time.perf_counter()
    for article in articles:
        extract(article)
    seconds = time.perf_counter() - start
    return len(articles) / seconds, sum(len(a.text) for a in articles) / seconds


def bench(n: int, jobs: int, work: Path, dask: bool, validate: bool, repeat: int
          ) -> dict[str, float]:
    raw, build = work / f"raw-{n}", work / f"build-{n}"
    shutil.rmtree(raw, ignore_errors=True)
    shutil.rmtree(build, ignore_errors=True)
    paths = make_corpus(raw, n)
    rate, chars = per_core_rate(paths, raw)
    # the target is for articles of the seed's size; extraction is linear in length
    # (benchmarks/linearity.py), so characters/s over the seed's length says what that is
    result: dict[str, float] = {"n": n, "per_core": rate, "seed_size": chars / len(SEED)}
    extract_cmd = [*EXE, "extract", "--raw", str(raw), "--build", str(build), "--jobs", str(jobs)]
    result["build_s"], result["peak_mb"] = run_measured(extract_cmd)
    result["build_rate"] = n / result["build_s"] / jobs
    rebuilds = []
    for k in range(repeat):
        changed = paths[(n // 2 + k) % n]
        write_article(changed, changed.read_text(encoding="utf-8") + "\nOne more line was added.\n")
        rebuilds.append(run_measured(extract_cmd)[0])
    result["incremental_s"] = statistics.median(rebuilds)
    if dask:
        pool, dask_runs = [], []
        for _ in range(repeat):
            pool.append(run_measured([*extract_cmd, "--no-cache"])[0])
            dask_runs.append(run_measured([*extract_cmd, "--no-cache", "--executor", "dask"])[0])
        result["process_nocache_s"] = statistics.median(pool)
        result["dask_nocache_s"] = statistics.median(dask_runs)
    if validate:
        result["validate_s"], result["validate_mb"] = run_measured(
            [*EXE, "validate", str(build / "package"), "--raw", str(raw), "--report",
             str(build / "report.json")])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 100 and 300 only")
    parser.add_argument("--full", action="store_true", help="also N = 100,000")
    parser.add_argument("--sizes", type=int, nargs="*", help="explicit corpus sizes")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--dask", action="store_true", help="also time Dask vs process pool")
    parser.add_argument("--validate", action="store_true", help="also time validation")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of the rebuild and of each executor (medians printed)")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temp folder)")
    args = parser.parse_args()
    sizes = args.sizes or ([100, 300] if args.quick else [100, 1_000, 10_000]
                           + ([100_000] if args.full else []))
    work = args.work or Path(tempfile.mkdtemp(prefix="newstables-scale-"))
    mean = sum(len(p.read_text(encoding="utf-8")) for p in SOURCES) / len(SOURCES)
    print(f"sources: {len(SOURCES)} real texts, mean {mean:,.0f} chars; jobs={args.jobs}; "
          f"cores={os.cpu_count()}; rebuild and executor times: median of {args.repeat}; "
          f"scratch {work}")
    header = (f"{'N':>8} {'extract/s/core':>14} {'build s':>8} {'build/s/core':>12} "
              f"{'peak MB':>8} {'incr s':>7} {'incr %':>6}")
    print(header)
    results = []
    for n in sizes:
        r = bench(n, args.jobs, work, args.dask, args.validate, max(1, args.repeat))
        results.append(r)
        print(f"{n:>8,} {r['per_core']:>14.0f} {r['build_s']:>8.1f} {r['build_rate']:>12.0f} "
              f"{r['peak_mb']:>8.0f} {r['incremental_s']:>7.2f} "
              f"{100 * r['incremental_s'] / r['build_s']:>5.1f}%", flush=True)
        if args.dask:
            ratio = r["dask_nocache_s"] / r["process_nocache_s"]
            print(f"{'':>8} no cache: process pool {r['process_nocache_s']:.1f} s, "
                  f"Dask LocalCluster {r['dask_nocache_s']:.1f} s ({ratio:.2f}x)", flush=True)
        if args.validate:
            print(f"{'':>8} validate: {r['validate_s']:.1f} s, peak {r['validate_mb']:.0f} MB",
                  flush=True)
    by_n = {r["n"]: r for r in results}
    print("\ntargets:")
    rates = ", ".join(f"{r['per_core']:.0f}" for r in results)
    seed_rates = ", ".join(f"{r['seed_size']:.0f}" for r in results)
    print(f"  extraction >= 300 articles/s per core: {rates} (these articles); "
          f"{seed_rates} (at the seed's {len(SEED):,} chars)")
    if 1_000 in by_n and 10_000 in by_n:
        print(f"  peak memory 10,000 / 1,000 <= 1.5: "
              f"{by_n[10_000]['peak_mb'] / by_n[1_000]['peak_mb']:.2f}")
        print(f"  incremental at 10,000 < 5% of full: "
              f"{100 * by_n[10_000]['incremental_s'] / by_n[10_000]['build_s']:.1f}%")
    if args.dask:
        ratios = ", ".join(f"{r['dask_nocache_s'] / r['process_nocache_s']:.2f}" for r in results)
        print(f"  Dask / process pool <= 1.3: {ratios}")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
