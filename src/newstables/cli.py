"""The `newstables` command: a thin layer over the library, one clear line per error.

Exit codes: 0 ok, 1 validation failed, 2 bad input or usage.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import build, validate
from .errors import InputError, ValidationFailed

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn English news articles into a validated Frictionless data package.")

RawOpt = Annotated[Path, typer.Option("--raw", help="Folder of .txt articles (and sidecars).")]
OutOpt = Annotated[Path, typer.Option("--out", help="Published package folder.")]
BuildOpt = Annotated[Path, typer.Option("--build", help="Staging folder (scratch).")]


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
    logging.basicConfig(level=logging.WARNING, format="warning: %(message)s", stream=sys.stderr)


@app.command("build")
def build_cmd(raw: RawOpt = Path("raw"), out: OutOpt = Path("datapackage"),
              build_dir: BuildOpt = Path("build")) -> None:
    """Extract, validate and publish: the published folder changes only if all checks pass."""
    paths = build.Paths(raw=raw, build=build_dir, out=out)
    report = _guard(lambda: build.run(paths))
    typer.echo(report.summary())
    typer.echo(f"published {out}")


@app.command("extract")
def extract_cmd(raw: RawOpt = Path("raw"), build_dir: BuildOpt = Path("build")) -> None:
    """Extract every article into the staging package (build/package)."""
    staged = _guard(lambda: build.run_extract(build.Paths(raw=raw, build=build_dir)))
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
    result: validate.Report = _guard(lambda: build.run_validate(path, raw, report))
    typer.echo(result.summary())
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
