"""Corpus builds: the same bytes from any executor, incremental rebuilds, one id across workers."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import itertools
import json
import os
import pty
import select
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from newstables import package, schema
from newstables.combine import combine
from newstables.corpus import SERIAL_MISSES, Options, _meanwhile, build_package, extract_to_spill
from newstables.extract import extract
from newstables.raw import read_all

from .conftest import cli, tree_bytes

FIRST = ("Farmers protest new water rules\n\nMaria Okafor said on Tuesday that the rules would "
         "hurt small farms in Kenya. \"We will fight this in court,\" Okafor said.\n\n"
         "The ministry declined to comment.\n")
SECOND = ("Water rules vote delayed\n\nThe committee met in Nairobi on Monday. Maria Okafor told "
          "reporters the vote was delayed. \"Nothing is settled,\" said Maria Okafor.\n")
MORE = ("Police arrest {n} protesters in {city}\n\nPolice in {city} arrested {n} protesters on "
        "Friday, the Kenya Red Cross said. \"The situation is calm,\" said police chief David "
        "Mwangi.\r\n\r\nThe United Nations called for restraint.\n")


def _article(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    (folder / f"{name}.yaml").write_text(
        f"title: {name}\npublisher: test\nlanguage: en\nlicense: CC-BY-4.0\nsha256: {sha}\n",
        encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two short articles naming the same person, in sub-folders, and three more."""
    raw = tmp_path_factory.mktemp("corpus") / "raw"
    _article(raw / "a", "first", FIRST)
    _article(raw / "b" / "deeper", "second", SECOND)
    for n, city in enumerate(("Mombasa", "Kisumu", "Nakuru")):
        _article(raw / "more", f"report-{n}", MORE.format(city=city, n=n + 2))
    return raw


def _build(raw: Path, where: Path, **options: object) -> dict[str, bytes]:
    build_package(raw, where / "package", where / "build", Options(**options))
    return tree_bytes(where / "package")


@pytest.fixture(scope="module")
def serial(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return _build(corpus, tmp_path_factory.mktemp("serial"), executor="serial", cache=False)


def test_streamed_build_equals_writing_the_combined_tables(corpus: Path, serial, tmp_path: Path
                                                           ) -> None:
    tables = combine(extract(article) for article in read_all(corpus))
    package.write(tables, tmp_path / "inmemory")
    assert serial == tree_bytes(tmp_path / "inmemory")


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The kinds of executor the test's builds start, each the one asked for however few the
    articles (the short-cut that extracts a handful of articles in this process is off)."""
    from newstables import corpus as corpus_module

    kinds: list[str] = []
    real = corpus_module.make_executor
    monkeypatch.setattr(corpus_module, "SERIAL_MISSES", 0)
    monkeypatch.setattr(corpus_module, "make_executor",
                        lambda kind, *args: kinds.append(kind) or real(kind, *args))
    return kinds


def test_process_pool_gives_the_same_bytes_as_one_process(corpus: Path, serial, tmp_path: Path,
                                                          started: list[str]) -> None:
    assert _build(corpus, tmp_path, executor="process", jobs=2, cache=False) == serial
    assert started == ["process"]


def test_dask_gives_the_same_bytes_as_one_process(corpus: Path, serial, tmp_path: Path,
                                                  started: list[str]) -> None:
    assert _build(corpus, tmp_path, executor="dask", jobs=2, cache=False) == serial
    assert started == ["dask"]


def test_same_person_in_articles_of_different_workers_is_one_actor(serial) -> None:
    rows = list(csv.DictReader(serial["data/actors.csv"].decode().splitlines()))
    okafor = [r for r in rows if r["name"] == "Maria Okafor"]
    assert len(okafor) == 1
    mentions = list(csv.DictReader(serial["data/mentions.csv"].decode().splitlines()))
    named = [m for m in mentions if m["actor_id"] == okafor[0]["actor_id"]]
    assert len({m["document_id"] for m in named}) == 2  # both articles point at the one row
    assert int(okafor[0]["mention_count"]) == len(named)


def test_rebuild_after_one_change_extracts_only_that_article(corpus: Path, tmp_path: Path
                                                             ) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    first = build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(jobs=2))
    assert (first.extracted, first.cached, first.patched) == (5, 0, False)
    again = build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(jobs=2))
    assert (again.extracted, again.cached, again.patched) == (0, 5, True)
    _article(raw / "a", "first", FIRST.replace("Tuesday", "Wednesday"))
    changed = build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(jobs=2))
    assert (changed.extracted, changed.cached, changed.patched) == (1, 4, True)
    full = build_package(raw, tmp_path / "full", tmp_path / "nocache",
                         Options(executor="serial", cache=False))
    assert full.extracted == 5
    assert tree_bytes(tmp_path / "pkg") == tree_bytes(tmp_path / "full")


def test_a_patched_rebuild_with_tables_no_article_has_rows_of_equals_a_full_build(
        tmp_path: Path) -> None:
    """Articles that name no one and quote no one: every table but documents is empty, and
    those empty tables, patched in threads of their own, are written as a full build writes
    them."""
    raw = tmp_path / "raw"
    _article(raw, "rain", "Quiet day\n\nIt rained in the hills for most of the day.\n")
    _article(raw, "wind", "Calm night\n\nThe wind dropped after dark.\n")
    build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(jobs=2))
    _article(raw, "wind", "Calm night\n\nThe wind dropped after midnight.\n")
    changed = build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(jobs=2))
    assert (changed.extracted, changed.patched) == (1, True)
    build_package(raw, tmp_path / "full", tmp_path / "nocache",
                  Options(executor="serial", cache=False))
    rows = {name: blob.count(b"\n") - 1 for name, blob in tree_bytes(tmp_path / "pkg").items()
            if name.endswith(".csv")}
    assert rows["data/documents.csv"] == 2 and rows["data/mentions.csv"] == 0
    assert tree_bytes(tmp_path / "pkg") == tree_bytes(tmp_path / "full")


def test_rebuild_copies_unchanged_rows_and_equals_a_full_build_after_moves(
        corpus: Path, tmp_path: Path) -> None:
    """Articles removed, added before others (every position shifts), renamed, and a copy of a
    text under a second name: the rebuild extracts only the new names and equals a full one."""
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(executor="serial"))
    shutil.rmtree(tmp_path / "build" / "cache")  # only the last build's rows can serve now
    (raw / "more" / "report-1.txt").unlink()
    (raw / "more" / "report-1.yaml").unlink()
    _article(raw / "0-first-folder", "new", MORE.format(city="Eldoret", n=7))
    for suffix in (".txt", ".yaml"):
        (raw / "more" / f"report-2{suffix}").rename(raw / "more" / f"renamed{suffix}")
    shutil.copy(raw / "a" / "first.txt", raw / "a" / "copy.txt")
    again = build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(executor="serial"))
    assert (again.extracted, again.cached) == (3, 3)  # new, renamed, copy; the rest copied
    assert not again.patched  # a text kept once of two copies: every table sorted again
    build_package(raw, tmp_path / "full", tmp_path / "nocache",
                  Options(executor="serial", cache=False))
    assert tree_bytes(tmp_path / "pkg") == tree_bytes(tmp_path / "full")
    (raw / "a" / "copy.txt").unlink()  # the copy gone: patched from the first build's index
    last = build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(executor="serial"))
    build_package(raw, tmp_path / "full", tmp_path / "nocache",
                  Options(executor="serial", cache=False))
    assert last.patched and tree_bytes(tmp_path / "pkg") == tree_bytes(tmp_path / "full")


def test_a_patched_rebuild_equals_a_full_build_across_many_batches(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The last build's tables in batches of two rows; an article changed so that a person
    leaves the corpus and another comes, one removed, one added, one renamed: the tables are
    patched (rows dropped and merged in between batches, entity rows made again) and equal a
    full build, and so does the next rebuild, patched from the patched tables."""
    from newstables import corpus as corpus_module

    monkeypatch.setattr(corpus_module, "FETCH_ROWS", 2)
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(executor="serial"))
    _article(raw / "a", "first", FIRST.replace("Maria Okafor", "Wanjiru Kamau").replace(
        "Okafor said", "Kamau said"))
    (raw / "more" / "report-1.txt").unlink()
    (raw / "more" / "report-1.yaml").unlink()
    _article(raw / "0-first-folder", "new", MORE.format(city="Eldoret", n=7))
    for suffix in (".txt", ".yaml"):
        (raw / "more" / f"report-2{suffix}").rename(raw / "more" / f"renamed{suffix}")
    for attempt in range(2):
        again = build_package(raw, tmp_path / "pkg", tmp_path / "build",
                              Options(executor="serial"))
        assert again.patched
        full = tmp_path / f"full-{attempt}"
        build_package(raw, full, tmp_path / f"nocache-{attempt}",
                      Options(executor="serial", cache=False))
        assert tree_bytes(tmp_path / "pkg") == tree_bytes(full)
        _article(raw / "b" / "deeper", "second", SECOND.replace("Monday", "Sunday"))
    actors = (tmp_path / "pkg" / "data" / "actors.csv").read_text(encoding="utf-8")
    assert "Wanjiru Kamau" in actors and ",Maria Okafor," in actors  # one article each now


def test_rebuilds_sort_everything_again_past_the_patch_limit_or_for_another_writer(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """More articles new or gone since the last full build than PATCH_ARTICLES: a full build,
    whose index the next rebuild patches; an index made by another version of the writer (its
    CSV lines could differ): a full build. Every package equals a build from scratch."""
    from newstables import package, patch

    monkeypatch.setattr(patch, "PATCH_ARTICLES", 2)
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)

    def rebuild() -> bool:
        done = build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(executor="serial"))
        full = tmp_path / f"full-{len(list(tmp_path.glob('full-*')))}"
        build_package(raw, full, tmp_path / "scratch", Options(executor="serial", cache=False))
        assert tree_bytes(tmp_path / "pkg") == tree_bytes(full)
        return done.patched

    assert not rebuild()
    _article(raw / "a", "first", FIRST.replace("Tuesday", "Wednesday"))
    assert rebuild()  # its new version and its old one: two articles
    _article(raw / "more", "report-9", MORE.format(city="Voi", n=4))
    assert not rebuild()  # three since the full build
    _article(raw / "more", "report-8", MORE.format(city="Lamu", n=3))
    assert rebuild()  # one since the full build just made
    monkeypatch.setattr(package, "writer_version", lambda: "another-writer")
    _article(raw / "more", "report-7", MORE.format(city="Thika", n=9))
    assert not rebuild()


def test_a_damaged_or_foreign_state_is_not_used(corpus: Path, tmp_path: Path) -> None:
    from newstables import state
    from newstables.cache import extractor_version

    build_package(corpus, tmp_path / "pkg", tmp_path / "build", Options(executor="serial"))
    folder = tmp_path / "build" / state.FOLDER
    assert len(state.State.open(folder, extractor_version()).articles) == 5
    assert state.State.open(folder, "another-extractor-version").articles == {}
    (folder / state.STATE_FILE).write_text("{not json", encoding="utf-8")
    assert state.State.open(folder, extractor_version()).articles == {}
    shutil.rmtree(tmp_path / "build" / "cache")
    rebuilt = build_package(corpus, tmp_path / "pkg", tmp_path / "build",
                            Options(executor="serial"))
    assert (rebuilt.extracted, rebuilt.cached) == (5, 0)


def test_many_rebuilds_keep_few_segments_and_equal_a_full_build(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each rebuild adds the changed article's rows as a segment; past MAX_SEGMENTS a table's
    live rows are rewritten as one, and files a stopped build left are removed."""
    from newstables import state

    monkeypatch.setattr(state, "MAX_SEGMENTS", 2)
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    for n in range(4):
        _article(raw / "a", "first", FIRST.replace("Tuesday", f"Tuesday ({n})"))
        build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(executor="serial"))
    folder = tmp_path / "build" / state.FOLDER
    stray = state.table_files(folder, "mentions") / "segment-left-by-a-stopped-build.parquet"
    stray.write_bytes(b"")
    build_package(raw, tmp_path / "full", tmp_path / "nocache",
                  Options(executor="serial", cache=False))
    assert tree_bytes(tmp_path / "pkg") == tree_bytes(tmp_path / "full")
    again = build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(executor="serial"))
    assert (again.extracted, again.cached) == (0, 5)
    assert not stray.exists()
    assert len(list(state.table_files(folder, "mentions").glob("*.parquet"))) <= 2
    assert tree_bytes(tmp_path / "pkg") == tree_bytes(tmp_path / "full")


def test_compaction_leaves_the_largest_segment_until_enough_of_it_is_unused(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Crowded tables merge their small segments and keep the largest (the first build's)
    while few of its rows are unused; once more are, it is rewritten too."""
    from newstables import state

    monkeypatch.setattr(state, "MAX_SEGMENTS", 2)
    monkeypatch.setattr(state, "DEAD_SHARE", 0.99)
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    folder = tmp_path / "build" / state.FOLDER

    def rebuild(n: int) -> list[str]:
        _article(raw / "a", "first", FIRST.replace("Tuesday", f"Tuesday ({n})"))
        build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(executor="serial"))
        build_package(raw, tmp_path / f"full-{n}", tmp_path / "nocache",
                      Options(executor="serial", cache=False))
        assert tree_bytes(tmp_path / "pkg") == tree_bytes(tmp_path / f"full-{n}")
        return json.loads((folder / state.STATE_FILE).read_text())["segments"]["mentions"]

    first = rebuild(0)
    assert len(first) == 1
    for n in range(1, 4):
        segments = rebuild(n)
        assert segments[0] == first[0] and len(segments) <= 2  # the small ones merged
    monkeypatch.setattr(state, "DEAD_SHARE", 0.0)  # any unused row is enough
    for n in range(4, 6):
        segments = rebuild(n)
    assert first[0] not in segments and len(segments) <= 2


def test_unchanged_files_are_not_hashed_again_and_a_same_size_edit_is_seen(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files whose stamp (size, times, inode) is unchanged keep their key unread; an edit that
    keeps the size and sets the modification time back still changes the change time."""
    import os

    from newstables import corpus as corpus_module
    from newstables import state

    monkeypatch.setattr(state, "RACY_NS", 0)  # files written just now count as settled
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(executor="serial"))
    hashed: list[str] = []
    real = corpus_module.article_key
    monkeypatch.setattr(corpus_module, "article_key",
                        lambda where, rel: hashed.append(rel) or real(where, rel))
    again = build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(executor="serial"))
    assert hashed == [] and (again.extracted, again.cached) == (0, 5)
    text, sidecar = raw / "a" / "first.txt", raw / "a" / "first.yaml"
    before = [p.stat() for p in (text, sidecar)]
    _article(raw / "a", "first", FIRST.replace("hurt", "harm"))  # same sizes
    for path, st in zip((text, sidecar), before, strict=True):
        assert path.stat().st_size == st.st_size
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    changed = build_package(raw, tmp_path / "pkg", tmp_path / "build", Options(executor="serial"))
    assert hashed == ["a/first.txt"] and changed.extracted == 1
    build_package(raw, tmp_path / "full", tmp_path / "nocache",
                  Options(executor="serial", cache=False))
    assert tree_bytes(tmp_path / "pkg") == tree_bytes(tmp_path / "full")


def test_large_corpus_parquet_is_a_partitioned_dataset_with_the_csv_rows(corpus: Path,
                                                                         tmp_path: Path) -> None:
    build_package(corpus, tmp_path / "pkg", tmp_path / "build",
                  Options(executor="serial", cache=False, partition_above=1))
    descriptor = (tmp_path / "pkg" / "datapackage.json").read_text()
    assert '"data/mentions/part-00000.parquet"' in descriptor
    assert not (tmp_path / "pkg" / "data" / "mentions.parquet").exists()
    columns = next(csv.reader([(tmp_path / "pkg/data/mentions.csv").read_text().split("\n")[0]]))
    rows = pq.read_table(tmp_path / "pkg" / "data" / "mentions").to_pylist()
    assert package.csv_bytes(columns, rows) == (tmp_path / "pkg/data/mentions.csv").read_bytes()


def test_progress_bar_is_quiet_when_stderr_is_not_a_terminal(corpus: Path, tmp_path: Path
                                                              ) -> None:
    done = cli("extract", "--raw", str(corpus), "--build", str(tmp_path / "b"), "--jobs", "2")
    assert done.returncode == 0, done.stderr
    assert "\x1b[" not in done.stderr and "articles/s" not in done.stderr


@pytest.mark.parametrize("articles", [SERIAL_MISSES, SERIAL_MISSES + 1])
def test_progress_bar_on_a_terminal_is_drawn_only_for_more_than_a_few_articles(
        articles: int, tmp_path: Path) -> None:
    """On a terminal (a pseudo-terminal here), a build with more than SERIAL_MISSES articles to
    extract draws its bar; one with fewer, over in a moment, draws none."""
    raw = tmp_path / "raw"
    for n in range(articles):
        _article(raw, f"report-{n}", MORE.format(city=f"Town {n}", n=n + 2))
    leader, follower = pty.openpty()
    drawn = b""
    try:
        done = subprocess.Popen([sys.executable, "-m", "newstables", "extract", "--raw", str(raw),
                                 "--build", str(tmp_path / "b"), "--jobs", "1", "--no-cache"],
                                stderr=follower, stdout=subprocess.DEVNULL,
                                env={**os.environ, "TERM": "xterm", "COLUMNS": "120"})
        os.close(follower)
        # read while it runs, so that a full terminal buffer never holds the command up
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if select.select([leader], [], [], 0.1)[0]:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the terminal's other end is closed: all was read
                    chunk = b""
                drawn += chunk
                if chunk:
                    continue
            if done.poll() is not None:
                break
        done.wait(timeout=600)
    finally:
        os.close(leader)
    assert done.returncode == 0, drawn
    assert (b"articles/s" in drawn) is (articles > SERIAL_MISSES)


def test_a_dask_build_prints_nothing_but_its_own_warnings(tmp_path: Path) -> None:
    for n in range(SERIAL_MISSES + 1):  # enough articles to start a cluster
        _article(tmp_path / "raw", f"report-{n}", MORE.format(city="Garissa", n=n + 2))
    # Dask's default HTTP port taken, as by another cluster on the machine: the build must not
    # warn about it (it does not use that port)
    with socket.socket() as taken:
        with contextlib.suppress(OSError):  # (already taken by something else: as good)
            taken.bind(("127.0.0.1", 8787))
            taken.listen()
        done = cli("extract", "--raw", str(tmp_path / "raw"), "--build", str(tmp_path / "b"),
                   "--jobs", "2", "--executor", "dask", "--no-cache")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no scheduler, nanny or worker chatter


def test_a_dask_cluster_has_stopped_before_the_merge_imports_anything(tmp_path: Path) -> None:
    """Dask's scheduler and nannies put a scratch folder first on `sys.path` and take it out as
    they stop. Stopped alongside the merge, they changed the list while an import walked it and
    the import missed site-packages; so the cluster has stopped, and `sys.path` is as it was,
    when the extraction returns."""
    for n in range(SERIAL_MISSES + 1):  # enough articles to start a cluster
        _article(tmp_path / "raw", f"report-{n}", MORE.format(city="Garissa", n=n + 2))
    before = list(sys.path)
    with _meanwhile() as close:
        extract_to_spill(tmp_path / "raw", tmp_path / "spill", None,
                         Options(executor="dask", jobs=2, cache=False), None, close)
        during = list(sys.path)
    assert during == before


@pytest.mark.skipif(sys.platform != "linux", reason="the forkserver is used on Linux only")
def test_a_local_cluster_forks_its_workers_from_a_forkserver_that_has_the_extractor() -> None:
    import dask

    from newstables.executors import METHOD_KEY, DaskExecutor, _local_start_method

    executor = DaskExecutor(2)
    try:  # a spawned worker would import the extractor only with its first task
        imported = executor.client.run(eval, "'newstables.extract' in __import__('sys').modules")
        parents = executor.client.run(os.getppid)
    finally:
        executor.close()
    assert list(imported.values()) == [True, True]
    # not forked from this process, which runs threads, but both from one forkserver
    assert os.getpid() not in parents.values() and len(set(parents.values())) == 1
    assert dask.config.get(METHOD_KEY) == "spawn"  # Dask's own setting is left as it was
    assert _local_start_method("forkserver") == "forkserver"  # one the user chose is kept


def _worker_logs() -> str:
    """What a worker's 'distributed.worker' logger passes on of the heartbeat race's message and
    of another error."""
    import io
    import logging

    logger = logging.getLogger("distributed.worker")
    handler = logging.StreamHandler(out := io.StringIO())
    logger.addHandler(handler)
    try:
        logger.error("Failed to communicate with scheduler during heartbeat.")
        logger.error("Another error")
    finally:
        logger.removeHandler(handler)
    return out.getvalue()


def test_the_workers_drop_only_the_heartbeat_message_of_a_closing_scheduler() -> None:
    from newstables.executors import DaskExecutor

    executor = DaskExecutor(2)
    try:
        logs = executor.client.run(_worker_logs)
    finally:
        executor.close()
    assert list(logs.values()) == ["Another error\n", "Another error\n"]


def _profiles(dask_worker: Any) -> bool:
    return "profile" in dask_worker.periodic_callbacks


def test_the_workers_of_a_local_cluster_do_not_sample_their_tasks_for_dask_profiles() -> None:
    from newstables.executors import DaskExecutor

    executor = DaskExecutor(2)
    try:
        profiling = executor.client.run(_profiles)
    finally:
        executor.close()
    assert list(profiling.values()) == [False, False]


_FORKSERVER_ORDER = """
import sys
from newstables import executors
started = []
start = executors._start_forkserver
def record():
    started.append("distributed" in sys.modules)
    start()
executors._start_forkserver = record
executors.DaskExecutor(1).close()
print(started)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the forkserver is used on Linux only")
@pytest.mark.parametrize(("configured", "started"), [(None, "[False]"), ("forkserver", "[]")])
def test_a_local_cluster_starts_the_forkserver_before_this_process_imports_dask_distributed(
        configured: str | None, started: str) -> None:
    """The server imports Dask while the command does (they overlap); a start method the user
    configured (here in the environment, read before Dask's defaults are) is kept."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DASK_")}
    if configured:
        env["DASK_DISTRIBUTED__WORKER__MULTIPROCESSING_METHOD"] = configured
    done = subprocess.run([sys.executable, "-c", _FORKSERVER_ORDER], capture_output=True,
                          text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == started


def test_corpus_checks_find_no_fault_in_a_partitioned_package_and_find_a_broken_key(
        corpus: Path, tmp_path: Path) -> None:
    from newstables import validate
    from newstables.validate.corpus import key_checks

    build_package(corpus, tmp_path / "pkg", tmp_path / "build",
                  Options(executor="serial", cache=False, partition_above=1))
    assert isinstance(json.loads((tmp_path / "pkg" / "datapackage.json").read_text())
                      ["resources"][-1]["path"], list)  # the Parquet copies are partitioned
    report = validate.run(tmp_path / "pkg", corpus)
    assert report.valid, report.failures()
    mentions = tmp_path / "pkg" / "data" / "mentions.csv"
    lines = mentions.read_text(encoding="utf-8").splitlines(keepends=True)
    mentions.write_text("".join(lines + [lines[1]]), encoding="utf-8")  # a duplicated row
    found = {f["check"] for f in key_checks(tmp_path / "pkg")}
    assert "primary key unique" in found
    report = validate.run(tmp_path / "pkg", corpus)
    assert {"parquet_matches_csv", "primary key unique"} <= {
        f["check"] for f in report.failed_checks() if f["table"] == "mentions"}


def test_dask_on_an_existing_scheduler_gives_the_same_bytes(corpus: Path, serial, tmp_path: Path
                                                            ) -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster:  # (not 8787)
        got = _build(corpus, tmp_path, executor="dask", scheduler=cluster.scheduler_address,
                     cache=False)
    assert got == serial


def test_a_bad_article_in_a_worker_is_one_error_line_and_exit_2(corpus: Path, tmp_path: Path
                                                                ) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    (raw / "b" / "broken.txt").write_bytes("\ufeffTitle\n\nBody".encode("utf-16"))
    done = cli("extract", "--raw", str(raw), "--build", str(tmp_path / "b"), "--jobs", "2",
               "--no-cache")
    assert done.returncode == 2
    assert "broken.txt" in done.stderr and "UTF-16" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_unknown_executor_is_refused(corpus: Path, tmp_path: Path) -> None:
    done = cli("extract", "--raw", str(corpus), "--build", str(tmp_path / "b"),
               "--executor", "spark")
    assert done.returncode == 2 and "unknown executor 'spark'" in done.stderr


def test_row_groups_and_parts_depend_on_the_rows_not_on_how_they_arrive(
        serial, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow as pa

    monkeypatch.setattr(package, "ROW_GROUP_ROWS", 4)
    monkeypatch.setattr(package, "PART_ROWS", 8)
    mentions = pq.read_table(pa.BufferReader(serial["data/mentions.parquet"]))
    assert len(mentions) > 8
    whole = {"mentions": [mentions]}
    pieces = {"mentions": [mentions.slice(0, 3), mentions.slice(3, 1), mentions.slice(4)]}
    package.write_streams(whole, tmp_path / "whole", partitioned=True)
    package.write_streams(pieces, tmp_path / "pieces", partitioned=True)
    assert tree_bytes(tmp_path / "whole") == tree_bytes(tmp_path / "pieces")
    parts = sorted((tmp_path / "whole" / "data" / "mentions").glob("*.parquet"))
    assert len(parts) == -(-len(mentions) // 8)
    assert pq.ParquetFile(parts[0]).num_row_groups == 2
    assert pq.read_table(tmp_path / "whole" / "data" / "mentions").to_pylist() == \
        mentions.to_pylist()
    assert (tmp_path / "whole/data/mentions.csv").read_bytes() == serial["data/mentions.csv"]


def test_memory_limit_is_passed_to_the_merge_and_a_bad_one_is_refused(corpus: Path, serial,
                                                                      tmp_path: Path) -> None:
    done = cli("extract", "--raw", str(corpus), "--build", str(tmp_path / "b"), "--no-cache",
               "--memory-limit", "64MB", "--executor", "serial")
    assert done.returncode == 0, done.stderr
    assert tree_bytes(tmp_path / "b" / "package") == serial
    bad = cli("extract", "--raw", str(corpus), "--build", str(tmp_path / "c"),
              "--memory-limit", "lots")
    assert bad.returncode == 2 and "'lots' is not a size" in bad.stderr
    assert not (tmp_path / "c").exists()


def test_tables_written_in_threads_keep_their_bytes_and_the_memory_budget(
        serial, tmp_path: Path) -> None:
    """Threads write tables at once, but never more input than the largest table in flight
    (the peak memory of a build is that of writing the largest table alone)."""
    import threading

    import pyarrow as pa

    tables = {name: pq.read_table(pa.BufferReader(serial[f"data/{name}.parquet"]))
              for name in schema.table_names()}
    sizes = {name: len(table) for name, table in tables.items()}
    lock, flight = threading.Lock(), {"now": 0, "most": 0}

    def stream(name: str):  # the table's rows, counted in flight while they are being written
        with lock:
            flight["now"] += sizes[name]
            flight["most"] = max(flight["most"], flight["now"])
        yield tables[name]
        with lock:
            flight["now"] -= sizes[name]

    package.write_streams({n: [t] for n, t in tables.items()}, tmp_path / "one", threads=1)
    package.write_streams({n: stream(n) for n in tables}, tmp_path / "four", threads=4,
                          sizes=sizes)
    assert tree_bytes(tmp_path / "four") == tree_bytes(tmp_path / "one")
    assert tree_bytes(tmp_path / "one") == {k: v for k, v in serial.items()
                                           if k.startswith("data/") or k == "datapackage.json"
                                           or k == "README.md"}
    assert 0 < flight["most"] <= max(sizes.values())
    assert flight["now"] == 0
    # What each table holds at once, where given, is the budget: here one table at a time.
    sizes, flight["most"] = dict.fromkeys(tables, 1), 0  # now `stream` counts tables
    package.write_streams({n: stream(n) for n in tables}, tmp_path / "held", threads=4,
                          sizes={n: len(t) for n, t in tables.items()}, held=sizes)
    assert tree_bytes(tmp_path / "held") == tree_bytes(tmp_path / "one")
    assert flight["most"] == 1 and flight["now"] == 0


def test_a_rebuild_after_one_change_does_not_import_pandas(corpus: Path, tmp_path: Path) -> None:
    """pandas (a third of a second to import) is not needed to patch the last build's tables:
    their published schemas are kept with the index, and arrays are made without pa.array."""
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    code = ("import sys\nfrom newstables.cli import app\n"
            "try:\n    app(sys.argv[1:])\nexcept SystemExit as exit:\n    assert not exit.code\n"
            "print('pandas' in sys.modules, 'pyarrow.pandas_compat' in sys.modules)\n")
    command = [sys.executable, "-c", code, "extract", "--raw", str(raw), "--build",
               str(tmp_path / "build"), "--jobs", "1"]
    subprocess.run(command, check=True, capture_output=True)  # the full build (and its index)
    _article(raw / "a", "first", FIRST.replace("Tuesday", "Wednesday"))
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    assert out.stdout.split()[-2:] == ["False", "False"]
    full = tmp_path / "full"
    build_package(raw, full, tmp_path / "scratch", Options(executor="serial", cache=False))
    assert tree_bytes(tmp_path / "build" / "package") == tree_bytes(full)


def test_csv_lines_made_in_slices_give_the_same_package_and_index(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables written with their CSV lines made two rows at a time (as large tables are, in
    slices of CSV_SLICE_ROWS), and a rebuild patched from the index so written, equal a build
    that makes each table's lines at once."""
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    whole = _build(raw, tmp_path / "whole", executor="serial", cache=False)
    monkeypatch.setattr(package, "CSV_SLICE_ROWS", 2)
    assert _build(raw, tmp_path / "sliced", executor="serial") == whole
    _article(raw / "a", "first", FIRST.replace("Tuesday", "Wednesday"))
    again = build_package(raw, tmp_path / "sliced" / "package", tmp_path / "sliced" / "build",
                          Options(executor="serial"))
    assert again.patched
    monkeypatch.undo()  # lines made at once again
    assert tree_bytes(tmp_path / "sliced" / "package") == _build(
        raw, tmp_path / "after", executor="serial", cache=False)


@pytest.fixture
def cuts(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[list[str], int, int]]:
    """Each table's key ranges as a build's merge cuts them: (cuts, bytes a sort holds, size)."""
    from newstables.corpus import Merge

    seen: dict[str, tuple[list[str], int, int]] = {}
    ranges = Merge.ranges

    def spy(self: Merge, name: str) -> list[str]:
        values = ranges(self, name)
        seen[name] = (values, self.held(name), self.size(name))
        return values

    monkeypatch.setattr(Merge, "ranges", spy)
    return seen


def test_tables_sorted_a_key_range_at_a_time_give_the_same_bytes(
        corpus: Path, serial, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cuts) -> None:
    """A table larger than SORT_BYTES is sorted and merged one range of its first key at a
    time (so a sort holds about SORT_BYTES however large the corpus): the same package, entity
    rows of several articles included (one actor, counts summed)."""
    from newstables import corpus as corpus_module

    monkeypatch.setattr(corpus_module, "SORT_BYTES", 2_000)
    assert _build(corpus, tmp_path, executor="serial", cache=False) == serial
    assert len(cuts["mentions"][0]) >= 2 and len(cuts["actors"][0]) >= 1
    assert all(a < b for values, _, _ in cuts.values() for a, b in itertools.pairwise(values))


def test_a_table_is_cut_into_at_most_max_ranges(corpus: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, cuts) -> None:
    """Each range is a scan of the whole table: past MAX_RANGES ranges grow instead of
    multiplying, so the merge's time stays linear in the corpus (and the write budget counts
    the larger ranges)."""
    from newstables import corpus as corpus_module

    monkeypatch.setattr(corpus_module, "SORT_BYTES", 1)
    monkeypatch.setattr(corpus_module, "MAX_RANGES", 3)
    _build(corpus, tmp_path, executor="serial", cache=False)
    assert len(cuts["mentions"][0]) == 2 and max(len(v) for v, _, _ in cuts.values()) == 2
    # what a sort of a table holds (its write budget): a third of it
    assert all(held == -(-size // 3) for _, held, size in cuts.values())
