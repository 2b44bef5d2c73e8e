"""newstables: English news articles turned into a validated Frictionless data package.

`newstables.load(path)` reads a published package (folder or zip) into typed pandas DataFrames.
"""

from __future__ import annotations

from typing import Any

__all__ = ["load"]


def __getattr__(name: str) -> Any:
    # `load` brings in pandas (most of a second); the command line imports it only if needed.
    if name == "load":
        from .frames import load

        return load
    raise AttributeError(f"module 'newstables' has no attribute {name!r}")
