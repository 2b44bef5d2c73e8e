"""The `newstables` command itself, as its console script and `python -m newstables` run it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


@pytest.mark.parametrize(("entry", "collected"), [("run", False), ("app", True)])
def test_the_command_leaves_what_is_alive_at_exit_out_of_the_last_garbage_collections(
        entry: str, collected: bool) -> None:
    """An object in a reference cycle, alive until the interpreter shuts down, is not collected
    by the shutdown's collections after `cli.run` (its finalizer never runs); the bare Typer
    app, which the console script used to be, leaves it to them."""
    program = textwrap.dedent(f"""
        import os, sys
        class Cycle:
            def __init__(self):
                self.me = self
            def __del__(self, write=os.write):
                write(1, b"collected at exit\\n")
        kept = Cycle()
        from newstables.cli import {entry}
        sys.argv = ["newstables", "--help"]
        {entry}()
    """)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert ("collected at exit" in done.stdout) is collected


def test_the_command_runs_with_what_its_imports_made_frozen() -> None:
    """The modules imported before the command starts are out of its garbage collections."""
    program = textwrap.dedent("""
        import gc
        from newstables import cli
        cli.app = lambda **_: print("frozen:", gc.get_freeze_count())
        cli.run()
    """)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    frozen = int(done.stdout.split("frozen:")[1])
    assert frozen > 10_000  # the objects of the package and the libraries it imports
