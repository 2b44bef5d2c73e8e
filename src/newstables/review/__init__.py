"""`newstables review`: a static site showing the extraction drawn on each article's text.

`run(package, raw, out)` writes `index.html` (articles with their rows per table) and one
`<document_id>.html` per article into `out`. Pages are self-contained (inline CSS and script,
allowed by hash in a strict Content-Security-Policy), work from file://, and are byte-identical
for the same package and raw texts.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ..errors import InputError
from ..validate.unzip import safe_extract
from . import data
from .article import ArticleView, Entities
from .pages import Site, article_page, index_page, page_name

FOLDER = "review"  # where `newstables build` puts the pages inside the published package
GENERATOR_MARK = '<meta name="generator" content="newstables review">'


def run(package: Path, raw: Path | None = Path("raw"), out: Path = Path("build/review")
        ) -> list[Path]:
    """Write the review site for `package` (folder or zip) into `out`; return the pages."""
    package = Path(package)
    if package.is_file() and package.suffix == ".zip":
        with tempfile.TemporaryDirectory(prefix="newstables-review-") as tmp:
            return _run_folder(safe_extract(package, Path(tmp)), raw, Path(out))
    if not package.is_dir():
        raise InputError(package, "package folder does not exist")
    return _run_folder(package, raw, Path(out))


def _run_folder(root: Path, raw: Path | None, out: Path) -> list[Path]:
    pkg = data.load(root, Path(raw) if raw is not None else None)
    _prepare(out)
    site = Site.of(pkg)
    entities = Entities.of(pkg)
    docs = sorted(pkg.rows("documents"),
                  key=lambda d: (d.get("title", "").casefold(), d.get("document_id", "")))
    written = []
    for doc in docs:
        view = ArticleView.of(pkg, doc, entities)
        path = out / page_name(doc.get("document_id", ""))
        path.write_text(article_page(site, view), encoding="utf-8", newline="\n")
        written.append(path)
    index = out / "index.html"
    index.write_text(index_page(site, docs), encoding="utf-8", newline="\n")
    return [index, *written]


def _prepare(out: Path) -> None:
    """An empty `out`: a previous review site there is replaced; anything else is refused."""
    if out.exists():
        index = out / "index.html"
        ours = index.is_file() and GENERATOR_MARK in index.read_text(encoding="utf-8",
                                                                     errors="replace")
        if not out.is_dir() or (any(out.iterdir()) and not ours):
            raise InputError(out, "exists and is not a review site; choose another --out")
        shutil.rmtree(out)
    out.mkdir(parents=True)
