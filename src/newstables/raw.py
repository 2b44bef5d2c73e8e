"""Reading raw articles and their provenance sidecars, refusing anything that is not clean text.

An article is `<name>.txt` (UTF-8, an optional BOM is dropped) with an optional sidecar
`<name>.yaml` beside it. Offsets everywhere are indices into the decoded text, so the text is
never normalised: CRLF, tabs and odd spaces are kept exactly as they are in the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError

log = logging.getLogger(__name__)

BOM = b"\xef\xbb\xbf"
SIDECAR_KEYS: dict[str, type | tuple[type, ...]] = {
    "title": str,
    "publisher": str,
    "attribution": (list, str),
    "source_url": str,
    "published_date": str,
    "published_date_basis": str,
    "published_date_note": str,
    "language": str,
    "license": str,
    "sha256": str,
}
DATE_BASES = ("stated", "inferred", "unknown")


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates and YAML 1.1 yes/no/on/off as strings (YAML 1.2 style)."""


_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in (
        "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load_yaml(text: str) -> Any:
    """Parse YAML safely: no object construction, dates and 'NO' stay strings."""
    return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass


@dataclass(frozen=True)
class Article:
    """One article as read from disk: its exact text and provenance."""

    path: str  # relative to the raw folder, POSIX separators
    text: str
    sha256: str
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def document_id(self) -> str:
        return f"doc_{self.sha256[:16]}"


def decode(data: bytes, path: Path | str) -> str:
    """UTF-8 text or a clear InputError; a UTF-8 BOM is not part of the text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "is UTF-16 (byte-order mark found); save it as UTF-8")
    if data.startswith(BOM):
        data = data[len(BOM):]
    if b"\x00" in data:
        raise InputError(path, f"contains NUL bytes (binary content at byte {data.index(0)})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            path, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-encode it as UTF-8") from None
    bad = next((c for c in text if ord(c) < 32 and c not in "\t\n\r\f\v"), None)
    if bad is not None:
        raise InputError(path, f"contains control character U+{ord(bad):04X} (binary content?)")
    if not text.strip():
        raise InputError(path, "is empty (no text)")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 2:
        raise InputError(path, "has a title but no body")
    return text


def read_sidecar(path: Path) -> dict[str, Any]:
    """The sidecar's fields, checked for unknown keys, types and dates."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(path, "sidecar is not valid UTF-8") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}" if where else ""
        raise InputError(path, f"sidecar is not valid YAML{at}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(path, "sidecar must be a YAML mapping of keys to values")
    unknown = sorted(str(k) for k in data if k not in SIDECAR_KEYS)
    if unknown:
        raise InputError(path, f"sidecar has unknown key(s): {', '.join(unknown)}")
    for key, value in data.items():
        if value is not None and not isinstance(value, SIDECAR_KEYS[key]):
            raise InputError(path, f"sidecar key '{key}' must be {_type_name(SIDECAR_KEYS[key])}")
    if isinstance(data.get("attribution"), list):
        if not all(isinstance(a, str) for a in data["attribution"]):
            raise InputError(path, "sidecar key 'attribution' must be a list of strings")
        data["attribution"] = "; ".join(data["attribution"])
    if data.get("published_date"):
        try:
            dt.date.fromisoformat(data["published_date"])
        except ValueError:
            raise InputError(
                path, f"sidecar published_date '{data['published_date']}' is not a real "
                "date (YYYY-MM-DD)") from None
    basis = data.get("published_date_basis")
    if basis is not None and basis not in DATE_BASES:
        raise InputError(path, f"sidecar published_date_basis must be one of {DATE_BASES}")
    sha = data.get("sha256")
    if sha is not None and not re.fullmatch(r"[0-9a-f]{64}", sha):
        raise InputError(path, "sidecar sha256 must be 64 lowercase hex digits")
    return data


def _type_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "a string", list: "a list", int: "an integer"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def read_article(path: Path, root: Path) -> Article:
    """Read one article and its sidecar; refuse a text whose sha256 differs from the sidecar's."""
    data = path.read_bytes()
    text = decode(data, path)
    sha = hashlib.sha256(data).hexdigest()
    sidecar = path.with_suffix(".yaml")
    if sidecar.exists():
        meta = read_sidecar(sidecar)
        if meta.get("sha256") and meta["sha256"] != sha:
            raise InputError(
                path, f"sha256 {sha[:12]}... differs from its sidecar's {meta['sha256'][:12]}... "
                "(the text changed; raw/ is immutable)")
    else:
        log.warning("%s: no sidecar %s; using defaults (date unknown)", path, sidecar.name)
        meta = {}
    meta = {**default_meta(text), **{k: v for k, v in meta.items() if v is not None}}
    return Article(path=path.relative_to(root).as_posix(), text=text, sha256=sha, meta=meta)


def default_meta(text: str) -> dict[str, Any]:
    title = next(line.strip() for line in text.splitlines() if line.strip())
    return {"title": title, "publisher": "", "attribution": "", "source_url": "",
            "published_date": "", "published_date_basis": "unknown", "published_date_note": "",
            "language": "en", "license": "unknown"}


def discover(raw: Path) -> list[Path]:
    """Every `.txt` article under raw/, sorted; refuses links out of raw/, skips hidden files."""
    if not raw.exists():
        raise InputError(raw, "raw folder does not exist")
    if not raw.is_dir():
        raise InputError(raw, "raw path is not a folder")
    root = raw.resolve()
    found: list[Path] = []
    for path in sorted(raw.rglob("*.txt")):
        rel = path.relative_to(raw)
        if any(part.startswith(".") for part in rel.parts):
            log.warning("%s: hidden file skipped", path)
            continue
        if not path.resolve().is_relative_to(root):
            raise InputError(path, "is a link that points outside the raw folder")
        if not path.is_file():
            continue
        found.append(path)
    if not found:
        raise InputError(raw, "no .txt articles found")
    return found


def read_all(raw: Path) -> list[Article]:
    """All articles of a folder; the same text under two names is reported and kept once."""
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for path in discover(raw):
        article = read_article(path, raw)
        if article.sha256 in seen:
            log.warning("%s: same text as %s; kept once", path, seen[article.sha256])
            continue
        seen[article.sha256] = article.path
        articles.append(article)
    return articles
