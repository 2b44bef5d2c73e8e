"""Publishing a validated package: the published folder is swapped whole, never edited in place.

The new package is copied next to the published folder and the two are exchanged atomically
(Linux renameat2 RENAME_EXCHANGE), so a reader, or a build killed at any moment, sees either the
old package or the new one, complete. Leftovers of a killed build (`.<name>.new-*` beside the
published folder) are removed by the next publish.
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
DESCRIPTOR = "datapackage.json"


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
    """Flush every file and folder of `root` (folders too: their entries are data)."""
    for path in sorted(root.rglob("*")) + [root]:
        if path.is_symlink():
            continue
        fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _overlap(a: Path, b: Path) -> bool:
    return a.is_relative_to(b) or b.is_relative_to(a)


def check_out(out: Path, raw: Path | None = None, staged: Path | None = None) -> None:
    """Refuse an output path that is a file, not writable, inside (or holding) the raw folder or
    the staging folder, or an existing folder that is not a published package (publishing
    replaces the whole folder, so anything else in it would be lost)."""
    if out.is_symlink() and not out.exists():
        raise InputError(out, "output path is a broken symbolic link")
    if out.exists() and not out.is_dir():
        raise InputError(out, "output path is a file, not a folder")
    target = out.resolve()
    if raw is not None and target.is_relative_to(raw.resolve()):
        raise InputError(out, "output path is inside the raw folder (raw/ is immutable input)")
    if raw is not None and raw.resolve().is_relative_to(target):
        raise InputError(out, "output path holds the raw folder; publishing would replace it")
    if staged is not None and _overlap(target, staged.resolve()):
        raise InputError(out, "output path overlaps the staging folder (--build)")
    if target.exists() and any(target.iterdir()) and not (target / DESCRIPTOR).is_file():
        raise InputError(out, f"output folder is not empty and holds no {DESCRIPTOR}; "
                         "refusing to replace a folder that is not a published package")
    parent = target.parent
    while not parent.exists():
        parent = parent.parent
    if not os.access(parent, os.W_OK | os.X_OK) or \
            (target.exists() and not os.access(target, os.W_OK | os.X_OK)):
        raise InputError(out, "output path is not writable")


def _recover(out: Path) -> None:
    """Undo what a build killed mid-publish left: put back an old package moved aside by the
    fallback swap (if the published folder is missing) and remove half-made copies."""
    if not out.exists():
        moved = sorted(out.parent.glob(f".{out.name}.old-*"))
        if moved and (moved[-1] / DESCRIPTOR).is_file():
            os.rename(moved[-1], out)
    for pattern in (f".{out.name}.new-*", f".{out.name}.old-*"):
        for leftover in out.parent.glob(pattern):
            shutil.rmtree(leftover, ignore_errors=True)


def publish(staged: Path, out: Path) -> None:
    """Replace `out` by a copy of `staged` in one atomic step."""
    out = out.absolute()
    if out.is_symlink():  # publish where the link points; the link itself stays
        out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    _recover(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        shutil.copytree(staged, tmp, dirs_exist_ok=True)
        os.chmod(tmp, 0o755)
        _fsync_tree(tmp)
        if not out.exists():
            os.rename(tmp, out)
        elif _exchange(tmp, out):
            _fsync_dir(out.parent)
            shutil.rmtree(tmp)  # now the old package
        else:
            # No atomic exchange here: two renames. A kill between them leaves the old package
            # in `.<name>.old-*`, which the next publish puts back before anything else.
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rmdir(old)
            os.rename(out, old)
            os.rename(tmp, out)
            shutil.rmtree(old)
        _fsync_dir(out.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(tmp)
