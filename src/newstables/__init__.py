"""newstables: English news articles turned into a validated Frictionless data package.

`newstables.load(path)` reads a published package (folder or zip) into typed pandas DataFrames.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["load"]

# pip may write a wheel's compiled module a moment before its source
_SKEW = 2.0


def _stale_compiled_module() -> str | None:
    """A compiled module (mypyc, `make`) older than its source, which Python would import in its
    place: the extractor would run the code as it was, not as it is."""
    for compiled in Path(__file__).parent.rglob("*.so"):  # one walk: every suffix ends so
        source = compiled.with_name(compiled.name.split(".", 1)[0] + ".py")
        if source.is_file() and source.stat().st_mtime > compiled.stat().st_mtime + _SKEW:
            return f"{compiled} is older than {source.name}"
    return None


if (_stale := _stale_compiled_module()) is not None:
    raise ImportError(f"{_stale}: run `make` to compile it again, or `make python-extractor` "
                      "to run the extractor as plain Python")


def __getattr__(name: str) -> Any:
    # `load` brings in pandas (most of a second); the command line imports it only if needed.
    if name == "load":
        from .frames import load

        return load
    raise AttributeError(f"module 'newstables' has no attribute {name!r}")
