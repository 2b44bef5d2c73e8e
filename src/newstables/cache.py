"""Per-article extraction cache: a rebuild re-extracts only the articles whose inputs changed.

An entry is the rows of one article, stored under the extractor's version (a hash of the code and
reference data that extraction depends on) and keyed by everything the rows depend on: the
sha256 of the text, the sidecar's bytes and the article's path. Any change to the extractor's
code or reference data makes a new version, so no stale entry can ever be read.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from .schema import SOURCE

Rows = Any  # what executors.columnar makes of an article's rows

PACKAGE = Path(__file__).resolve().parent
# What the rows of an article depend on besides the article itself.
# The cache holds the rows as columns of the schema (executors.columnar): its code and the
# schema's source are part of the version too.
VERSION_SOURCES = ("extract/**/*.py", "reference/**/*", "ids.py", "raw.py", "executors.py")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """sha256 of the extractor's source and reference files (paths and bytes), 16 hex digits."""
    digest = hashlib.sha256()
    files = sorted({p for pattern in VERSION_SOURCES for p in PACKAGE.glob(pattern)
                    if p.is_file() and "__pycache__" not in p.parts})
    for path in [*files, SOURCE]:
        if path.is_file():
            label = path.name if path == SOURCE else path.relative_to(PACKAGE).as_posix()
            digest.update(label.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def input_key(text_sha256: str, sidecar: bytes | None, rel_path: str) -> str:
    """The cache key of one article: its text's sha256 plus a digest of its sidecar and path."""
    extra = hashlib.sha256(rel_path.encode() + b"\0" + (sidecar if sidecar is not None
                                                        else b"\0no-sidecar")).hexdigest()
    return f"{text_sha256}-{extra[:16]}"


class ArticleCache:
    """Rows of extracted articles on disk, one pickle per article, under `root/<version>/`.

    Workers of a pool (or of a Dask cluster sharing the build folder) read and write entries
    concurrently: an entry is written to a temporary file and renamed, so a reader sees a
    whole entry or none.
    """

    def __init__(self, root: Path, version: str | None = None) -> None:
        self.root = Path(root)
        self.version = version or extractor_version()
        self.folder = self.root / self.version

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Rows | None:
        try:
            blob = self.path(key).read_bytes()
        except FileNotFoundError:
            return None
        try:
            return pickle.loads(blob)  # noqa: S301 - our own build folder, written by put()
        except Exception:  # noqa: BLE001 - a damaged entry is a miss
            return None

    def put(self, key: str, rows: Rows) -> None:
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, target)

    def prune_other_versions(self) -> None:
        """Drop entries of older extractor versions: they can never be read again."""
        if self.root.is_dir():
            for old in self.root.iterdir():
                if old.is_dir() and old.name != self.version:
                    shutil.rmtree(old, ignore_errors=True)
