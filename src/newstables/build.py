"""The pipeline: raw/ -> extract -> build/ (staging) -> validate -> datapackage/ (published)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import corpus, publish
from .errors import ValidationFailed

if TYPE_CHECKING:  # validation brings in pandas and Great Expectations: imported when used,
    from . import validate  # so that `extract` (an incremental rebuild) starts quickly


@dataclass(frozen=True)
class Paths:
    raw: Path = Path("raw")
    build: Path = Path("build")
    out: Path = Path("datapackage")

    @property
    def staged(self) -> Path:
        return self.build / "package"


def run_extract(paths: Paths, options: corpus.Options | None = None) -> Path:
    """Extract every article of raw/ (in parallel, from the cache where unchanged) and stage
    the package in build/; return its folder. `options`: executor, workers, cache (corpus.py)."""
    corpus.build_package(paths.raw, paths.staged, paths.build, options)
    return paths.staged


def run_validate(package_dir: Path, raw: Path | None, report_path: Path | None
                 ) -> validate.Report:
    """Validate a package; write the machine-readable report to `report_path` if given."""
    from . import validate

    report = validate.run(package_dir, raw)
    if report_path is not None:
        report_path.parent.mkdir(parents=True, exist_ok=True)
        report_path.write_text(report.to_json(), encoding="utf-8")
    return report


def run_publish(paths: Paths) -> validate.Report:
    """Validate the staged package and, only if it passes, swap it into the published folder."""
    from . import review, validate

    publish.check_out(paths.out, paths.raw, paths.staged)
    # The published package carries the report of the run that published it.
    report = run_validate(paths.staged, paths.raw, paths.staged / validate.REPORT_NAME)
    if not report.valid:
        raise ValidationFailed(report.summary())
    # The review pages ship with the dataset and state the validation result just written.
    review.run(paths.staged, paths.raw, paths.staged / review.FOLDER)
    publish.publish(paths.staged, paths.out)
    return report


def run(paths: Paths, options: corpus.Options | None = None) -> validate.Report:
    """extract -> validate -> publish; raises before publishing anything that fails."""
    publish.check_out(paths.out, paths.raw, paths.staged)
    run_extract(paths, options)
    return run_publish(paths)
