"""Errors the command line turns into one clear line and an exit code."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input or usage: the file (or option) and the cause. Exit code 2."""

    def __init__(self, path: Path | str | None, cause: str) -> None:
        self.path = str(path) if path is not None else None
        self.cause = cause
        super().__init__(f"{self.path}: {cause}" if self.path else cause)


class ValidationFailed(Exception):
    """The build did not pass validation; nothing was published. Exit code 1."""

    def __init__(self, summary: str) -> None:
        self.summary = summary
        super().__init__(summary)
