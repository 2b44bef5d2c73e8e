"""The `newstables` command: a thin layer over the library, one clear line per error.

Exit codes: 0 ok, 1 validation failed, 2 bad input or usage.
"""

from __future__ import annotations

import atexit
import gc
import logging
import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import build
from .errors import InputError, ValidationFailed

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn English news articles into a validated Frictionless data package.")

RawOpt = Annotated[Path, typer.Option("--raw", help="Folder of .txt articles (and sidecars).")]
OutOpt = Annotated[Path, typer.Option("--out", help="Published package folder.")]
BuildOpt = Annotated[Path, typer.Option("--build", help="Staging folder (scratch).")]


def run() -> None:
    """The `newstables` command (console script and `python -m newstables`)."""
    # The collections of Python's oldest generation go over every object alive: the modules
    # imported, during the command; and at exit, the reference data and Arrow and DuckDB
    # objects too, only to free memory the process is about to give back (a quarter of a
    # second after a rebuild at 10,000 articles). Frozen objects are left out: what the imports
    # made is frozen now, and all that is left at exit (this handler, registered first, runs
    # after any other).
    gc.freeze()
    atexit.register(gc.freeze)
    app(prog_name="newstables")


def _fail(code: int, message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _guard(action):
    """Run `action`, turning known errors into one line and an exit code, never a traceback."""
    try:
        return action()
    except InputError as exc:
        _fail(2, str(exc))
    except ValidationFailed as exc:
        typer.echo(exc.summary, err=True)
        _fail(1, "validation failed; nothing was published")
    except OSError as exc:
        _fail(2, f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))


@app.callback()
def main() -> None:
    # The handler, not only the root logger, stops below WARNING: libraries that set their own
    # loggers to INFO (Dask's scheduler and nannies) would otherwise print through it.
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    logging.basicConfig(level=logging.WARNING, format="warning: %(message)s", handlers=[handler])


JobsOpt = Annotated[int | None, typer.Option("--jobs", "-j", min=1,
                                             help="Extraction workers (default: one per core).")]
ExecutorOpt = Annotated[str, typer.Option(
    "--executor", help="process (local process pool), dask (Dask distributed) or serial.")]
SchedulerOpt = Annotated[str | None, typer.Option(
    "--scheduler", help="Address of an existing Dask scheduler (default: a LocalCluster).")]
NoCacheOpt = Annotated[bool, typer.Option(
    "--no-cache", help="Re-extract every article (ignore build/cache and build/state).")]
MEMORY = re.compile(r"\d+(\.\d+)?\s*(K|M|G|T)i?B", re.IGNORECASE)


def _memory(value: str) -> str:
    if not MEMORY.fullmatch(value.strip()):
        raise typer.BadParameter(f"{value!r} is not a size such as 512MB or 2GB")
    return value.strip()


MemoryOpt = Annotated[str, typer.Option(
    "--memory-limit", callback=_memory,
    help="Memory DuckDB may use to merge and sort the corpus; it spills to disk beyond.")]


def _options(jobs: int | None, executor: str, scheduler: str | None, no_cache: bool,
             memory_limit: str = "1GB"):
    from .corpus import Options

    return Options(executor=executor, jobs=jobs, scheduler=scheduler, cache=not no_cache,
                   memory_limit=memory_limit)


@app.command("build")
def build_cmd(raw: RawOpt = Path("raw"), out: OutOpt = Path("datapackage"),
              build_dir: BuildOpt = Path("build"), jobs: JobsOpt = None,
              executor: ExecutorOpt = "process", scheduler: SchedulerOpt = None,
              no_cache: NoCacheOpt = False, memory_limit: MemoryOpt = "1GB") -> None:
    """Extract, validate and publish: the published folder changes only if all checks pass."""
    paths = build.Paths(raw=raw, build=build_dir, out=out)
    options = _options(jobs, executor, scheduler, no_cache, memory_limit)
    report = _guard(lambda: build.run(paths, options))
    typer.echo(report.summary())
    typer.echo(f"published {out}")


@app.command("extract")
def extract_cmd(raw: RawOpt = Path("raw"), build_dir: BuildOpt = Path("build"),
                jobs: JobsOpt = None, executor: ExecutorOpt = "process",
                scheduler: SchedulerOpt = None, no_cache: NoCacheOpt = False,
                memory_limit: MemoryOpt = "1GB") -> None:
    """Extract every article into the staging package (build/package)."""
    options = _options(jobs, executor, scheduler, no_cache, memory_limit)
    staged = _guard(lambda: build.run_extract(build.Paths(raw=raw, build=build_dir), options))
    typer.echo(f"staged {staged}")


@app.command("validate")
def validate_cmd(
    path: Annotated[Path, typer.Argument(help="Package folder or zip.")] = Path("datapackage"),
    raw: Annotated[Path | None, typer.Option("--raw", help="Raw articles, for offset checks.")
                   ] = None,
    report: Annotated[Path, typer.Option("--report", help="Where to write the JSON report.")
                      ] = Path("build/validation-report.json"),
) -> None:
    """Validate a package (build folder, published folder or zip); exit 1 if any check fails."""
    if raw is None and Path("raw").is_dir() and path.is_dir():
        raw = Path("raw")
    result = _guard(lambda: build.run_validate(path, raw, report))
    result.print_summary()  # a rich table on a terminal, plain text when piped
    typer.echo(f"report: {report}")
    if not result.valid:
        raise typer.Exit(1)


@app.command("publish")
def publish_cmd(raw: RawOpt = Path("raw"), out: OutOpt = Path("datapackage"),
                build_dir: BuildOpt = Path("build")) -> None:
    """Validate the staged package and publish it if it passes."""
    paths = build.Paths(raw=raw, build=build_dir, out=out)
    report = _guard(lambda: build.run_publish(paths))
    typer.echo(report.summary())
    typer.echo(f"published {out}")


PackageOpt = Annotated[Path, typer.Option("--package", help="Package folder (or zip).")]
export_app = typer.Typer(no_args_is_help=True, help="Export the package to another format.")
app.add_typer(export_app, name="export")


@export_app.command("duckdb")
def export_duckdb_cmd(
    package: PackageOpt = Path("datapackage"),
    out: Annotated[Path | None, typer.Option("--out", help="Database file to write "
                                             "(default dist/<name>.duckdb).")] = None,
) -> None:
    """One DuckDB database with every table, its types, primary and foreign keys."""
    from .export import export_duckdb

    target = out or Path("dist") / f"{_package_name(package)}.duckdb"
    written = _guard(lambda: export_duckdb(package, target))
    typer.echo(f"wrote {written}")


def _package_name(package: Path) -> str:
    import json

    descriptor = package / "datapackage.json"
    if descriptor.is_file():
        return json.loads(descriptor.read_text(encoding="utf-8")).get("name", "newstables")
    return package.stem


@app.command("release")
def release_cmd(package: PackageOpt = Path("datapackage"),
                dist: Annotated[Path, typer.Option("--dist", help="Where releases go.")
                                ] = Path("dist"),
                raw: Annotated[Path | None, typer.Option(
                    "--raw", help="Raw articles, for offset checks (default raw/ if present).")
                ] = None) -> None:
    """Validate the package and zip it as dist/<name>-<version>.zip, updating SHA256SUMS."""
    from .release import release

    if raw is None and Path("raw").is_dir():
        raw = Path("raw")
    archive = _guard(lambda: release(package, dist, raw))
    typer.echo(f"wrote {archive}")
    typer.echo(f"wrote {dist / 'SHA256SUMS'}")


@app.command("diff")
def diff_cmd(
    old: Annotated[Path, typer.Argument(help="Older package (folder or zip).")],
    new: Annotated[Path, typer.Argument(help="Newer package (folder or zip).")],
    check_version: Annotated[bool, typer.Option(
        "--check-version", help="Exit 1 if NEW's version is lower than its changes require.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON, not Markdown.")] = False,
) -> None:
    """Compare two packages by primary key and say which version bump the changes require."""
    import json

    from .diff import diff

    result = _guard(lambda: diff(old, new))
    typer.echo(json.dumps(result.to_dict(), indent=2) if as_json else result.to_markdown(),
               nl=as_json)
    if check_version and not result.version_ok():
        typer.echo(f"error: version {result.new_version} is lower than the "
                   f"{result.required_bump()} bump the changes require "
                   f"({result.required_version()})", err=True)
        raise typer.Exit(1)


@app.command("review")
def review_cmd(
    package: Annotated[Path, typer.Argument(help="Package folder or zip.")] = Path("datapackage"),
    raw: Annotated[Path, typer.Option("--raw", help="Raw articles (texts to draw on).")
                   ] = Path("raw"),
    out: Annotated[Path, typer.Option("--out", help="Folder of the static review site.")
                   ] = Path("build/review"),
) -> None:
    """Write static review pages: each article with its extraction drawn on the text."""
    from . import review

    pages = _guard(lambda: review.run(package, raw, out))
    typer.echo(f"wrote {len(pages)} pages: {out / 'index.html'}")
