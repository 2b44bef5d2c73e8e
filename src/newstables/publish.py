"""Publishing a validated package: the published folder is swapped whole, never edited in place.

The new package is copied next to the published folder and the two are exchanged atomically
(Linux renameat2 RENAME_EXCHANGE), so a reader, or a build killed at any moment, sees either the
old package or the new one, complete.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import tempfile
from pathlib import Path

from .errors import InputError

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths; False where the system cannot."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _fsync_tree(root: Path) -> None:
    for path in sorted(root.rglob("*")):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())


def check_out(out: Path, raw: Path | None = None) -> None:
    """Refuse an output path that is a file, not writable, or inside the raw folder."""
    if out.exists() and not out.is_dir():
        raise InputError(out, "output path is a file, not a folder")
    if raw is not None and out.resolve().is_relative_to(raw.resolve()):
        raise InputError(out, "output path is inside the raw folder (raw/ is immutable input)")
    parent = out.resolve().parent
    while not parent.exists():
        parent = parent.parent
    if not os.access(parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise InputError(out, "output path is not writable")


def publish(staged: Path, out: Path) -> None:
    """Replace `out` by a copy of `staged` in one atomic step."""
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    for leftover in out.parent.glob(f".{out.name}.new-*"):  # from an interrupted build
        shutil.rmtree(leftover, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        shutil.copytree(staged, tmp, dirs_exist_ok=True)
        os.chmod(tmp, 0o755)
        _fsync_tree(tmp)
        if not out.exists():
            os.rename(tmp, out)
        elif _exchange(tmp, out):
            shutil.rmtree(tmp)  # now the old package
        else:
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rmdir(old)
            os.rename(out, old)
            os.rename(tmp, out)
            shutil.rmtree(old)
    finally:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(tmp)
