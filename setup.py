"""The setuptools hook of an optional compiled build: with NEWSTABLES_COMPILE=1 in the
environment, the modules listed in pyproject.toml ([tool.newstables] compiled) are compiled to
C extensions with mypyc (mypy, pinned in the test extra, must be importable: install with
`--no-build-isolation`). Without it, nothing is compiled and the package is pure Python.
tests/test_compiled.py checks that the compiled extractor gives the same rows.
"""

import os
import tomllib
from pathlib import Path

from setuptools import setup


def extensions() -> list:
    if os.environ.get("NEWSTABLES_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    here = Path(__file__).parent
    config = tomllib.loads((here / "pyproject.toml").read_text(encoding="utf-8"))
    return mypycify([f"src/{path}" for path in config["tool"]["newstables"]["compiled"]],
                    opt_level="3", target_dir="build/mypyc")


# setuptools' and mypyc's files under their own folders of build/ (the builds' scratch space)
setup(ext_modules=extensions(), options={"build": {"build_base": "build/setuptools"}})
