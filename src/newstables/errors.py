"""Errors the command line turns into one clear line and an exit code."""

from __future__ import annotations

import re
from pathlib import Path

# Control characters (a newline in a file name, say) and undecodable bytes of a file name
# (kept by Python as lone surrogates) are shown escaped, so the message stays one printable line.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with control characters and undecodable bytes escaped (\\n, \\x1b, \\udce9)."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class InputError(Exception):
    """Bad input or usage: the file (or option) and the cause. Exit code 2."""

    def __init__(self, path: Path | str | None, cause: str) -> None:
        self.path = str(path) if path is not None else None
        self.cause = cause
        where = printable(self.path) if self.path else ""
        super().__init__(f"{where}: {printable(cause)}" if where else printable(cause))


class ValidationFailed(Exception):
    """The build did not pass validation; nothing was published. Exit code 1."""

    def __init__(self, summary: str) -> None:
        self.summary = summary
        super().__init__(summary)
