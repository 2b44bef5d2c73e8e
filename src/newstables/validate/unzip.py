"""Opening a downloaded package zip without letting it write outside a temporary folder."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import InputError

MAX_TOTAL = 2 * 1024**3  # uncompressed bytes
MAX_FILES = 10_000
MAX_DEPTH = 8
MAX_RATIO = 200  # uncompressed / compressed, per member: a zip bomb goes far beyond


def safe_extract(archive: Path, dest: Path) -> Path:
    """Extract `archive` into `dest` and return the folder holding datapackage.json."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(archive, f"is not a readable zip ({exc})") from None
    with zf:
        members = zf.infolist()
        if len(members) > MAX_FILES:
            raise InputError(archive, f"holds {len(members)} files (more than {MAX_FILES})")
        if sum(m.file_size for m in members) > MAX_TOTAL:
            raise InputError(archive, "would unpack to more than 2 GiB")
        root = dest.resolve()
        for member in members:
            name = member.filename
            target = (root / name).resolve()
            if name.startswith(("/", "\\")) or ".." in Path(name).parts or \
                    not target.is_relative_to(root):
                raise InputError(archive, f"member '{name}' would be written outside the folder")
            if len(Path(name).parts) > MAX_DEPTH:
                raise InputError(archive, f"member '{name}' is nested too deeply")
            if member.external_attr >> 28 == 0o12:  # a symbolic link
                raise InputError(archive, f"member '{name}' is a symbolic link")
            if member.compress_size and member.file_size / member.compress_size > MAX_RATIO \
                    and member.file_size > 1024**2:
                raise InputError(archive, f"member '{name}' is a compression bomb")
            if name.lower().endswith(".zip"):
                raise InputError(archive, f"member '{name}' is a nested zip")
        try:
            zf.extractall(root)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
            raise InputError(archive, f"is a corrupt zip ({exc})") from None
    found = sorted(root.rglob("datapackage.json"), key=lambda p: len(p.parts))
    if not found:
        raise InputError(archive, "holds no datapackage.json")
    return found[0].parent
