"""Releases: the published folder as one deterministic zip, with its SHA-256 in SHA256SUMS.

The zip holds the folder's files at its root (so `frictionless validate <zip>` finds
`datapackage.json`), in sorted order, with fixed timestamps and permissions: the same package
gives the same zip bytes, so the checksum identifies the data, not the moment it was zipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import zipfile
from pathlib import Path

from . import validate
from .errors import InputError, ValidationFailed

SUMS_NAME = "SHA256SUMS"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold
SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


def release_name(descriptor: dict) -> str:
    version = str(descriptor.get("version", ""))
    if not SEMVER.fullmatch(version):
        raise InputError(Path("datapackage.json"),
                         f"version '{version}' is not MAJOR.MINOR.PATCH (semantic versioning)")
    return f"{descriptor['name']}-{version}"


def deterministic_zip(folder: Path, archive: Path) -> Path:
    """Zip every file under `folder` (relative paths, sorted, fixed metadata) into `archive`."""
    files = sorted((p for p in folder.rglob("*") if p.is_file()),
                   key=lambda p: p.relative_to(folder).as_posix())
    fd, tmp = tempfile.mkstemp(prefix=f".{archive.name}.", dir=archive.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w") as zf:
            for path in files:
                info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # Unix, so the permission bits below are read
                info.external_attr = 0o100644 << 16
                zf.writestr(info, path.read_bytes(), compresslevel=9)
        os.replace(tmp, archive)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return archive


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_sums(dist: Path) -> Path:
    """SHA256SUMS for every release zip in `dist`, in `sha256sum -c` format."""
    lines = [f"{sha256_file(p)}  {p.name}\n" for p in sorted(dist.glob("*.zip"))]
    path = dist / SUMS_NAME
    path.write_text("".join(lines), encoding="utf-8")
    return path


def release(package: Path, dist: Path, raw: Path | None = None, check: bool = True) -> Path:
    """Zip the package folder into `dist/<name>-<version>.zip` and update SHA256SUMS.

    With `check`, the package must pass validation first (with the text-offset checks when
    `raw` is given): a release is never invalid data.
    """
    package, dist = Path(package), Path(dist)
    if not (package / "datapackage.json").is_file():
        raise InputError(package, "is not a data package folder (no datapackage.json)")
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    name = release_name(descriptor)
    if check:
        report = validate.run(package, raw)
        if not report.valid:
            raise ValidationFailed(report.summary())
    dist.mkdir(parents=True, exist_ok=True)
    archive = deterministic_zip(package, dist / f"{name}.zip")
    write_sums(dist)
    return archive
