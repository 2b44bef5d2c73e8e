"""Reading raw articles and their provenance sidecars, refusing anything that is not clean text.

An article is `<name>.txt` (UTF-8, an optional BOM is dropped) with an optional sidecar
`<name>.yaml` beside it. Offsets everywhere are indices into the decoded text, so the text is
never normalised: CRLF, tabs and odd spaces are kept exactly as they are in the file.
Every refusal is an `InputError` naming the file and the cause, which the CLI prints as one line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError

log = logging.getLogger(__name__)

BOM = b"\xef\xbb\xbf"
MAX_ARTICLE_BYTES = 64 * 1024**2  # far above any news article; refuses a stray dump or image
MAX_SIDECAR_BYTES = 1024**2
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
# Control characters a text file has no business holding (tab and line/page breaks are fine);
# C1 controls in decoded UTF-8 are the trace of text decoded twice or binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]")
# White space for "is there any text here": str.isspace() misses the zero-width characters.
_BLANK = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]*")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class _StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """SafeLoader (libyaml's parser where installed: a sidecar parses in a tenth of the time)
    that keeps dates and YAML 1.1 yes/no/on/off as strings (YAML 1.2 style) and refuses a key
    given twice (PyYAML would silently keep the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        keys: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                duplicate = key in keys
            except TypeError:  # an unhashable key: let SafeLoader report it
                break
            if duplicate:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key '{key}' appears twice", key_node.start_mark)
            keys.add(key)
        return super().construct_mapping(node, deep=deep)


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


def is_blank(text: str) -> bool:
    """True when `text` holds nothing but white space, including NBSP and zero-width spaces."""
    return _BLANK.fullmatch(text) is not None


def decode(data: bytes, path: Path | str) -> str:
    """UTF-8 text or a clear InputError; a UTF-8 BOM is not part of the text."""
    if data.startswith(_UTF32_BOMS):
        raise InputError(path, "is UTF-32 (byte-order mark found); save it as UTF-8")
    if data.startswith(_UTF16_BOMS):
        raise InputError(path, "is UTF-16 (byte-order mark found); save it as UTF-8")
    if data.startswith(BOM):
        data = data[len(BOM):]
    if b"\x00" in data:
        raise InputError(path, f"contains NUL bytes (binary content, or UTF-16 without a "
                         f"byte-order mark?) at byte {data.index(0)}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                         f"{exc.start}{_guess_encoding(data)}); re-encode it as UTF-8") from None
    bad = _CONTROL.search(text)
    if bad is not None:
        raise InputError(path, f"contains control character U+{ord(bad.group()):04X} at "
                         f"character {bad.start()} (binary content?)")
    if not text:
        raise InputError(path, "is empty (no text)")
    if is_blank(text):
        raise InputError(path, "holds only white space (no text)")
    lines = [ln for ln in text.splitlines() if not is_blank(ln)]
    if len(lines) < 2:
        raise InputError(path, "has a title but no body (only one line of text)")
    return text


def _guess_encoding(data: bytes) -> str:
    """A hint for the usual culprits: text saved as Windows-1252 or Latin-1."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return ", or binary content"
    return "; it looks like Windows-1252 or Latin-1 text"


def read_sidecar(path: Path, root: Path | None = None) -> dict[str, Any]:
    """The sidecar's fields, checked for unknown keys, types and dates."""
    _check_inside(path, root)
    if path.stat().st_size > MAX_SIDECAR_BYTES:
        raise InputError(path, f"sidecar is larger than {MAX_SIDECAR_BYTES // 1024} KiB")
    try:
        data = load_yaml(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(path, "sidecar is not valid UTF-8") from None
    except yaml.YAMLError as exc:
        raise InputError(path, _yaml_problem(exc)) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(path, "sidecar must be a YAML mapping of keys to values")
    unknown = sorted(str(k) for k in data if k not in SIDECAR_KEYS)
    if unknown:
        raise InputError(path, f"sidecar has unknown key(s): {', '.join(unknown)} "
                         f"(known: {', '.join(SIDECAR_KEYS)})")
    for key, value in data.items():
        if value is not None and not isinstance(value, SIDECAR_KEYS[key]):
            raise InputError(path, f"sidecar key '{key}' must be {_type_name(SIDECAR_KEYS[key])}"
                             f", not {_type_name(type(value))}")
    if isinstance(data.get("attribution"), list):
        if not all(isinstance(a, str) for a in data["attribution"]):
            raise InputError(path, "sidecar key 'attribution' must be a list of strings")
        data["attribution"] = "; ".join(data["attribution"])
    date = data.get("published_date")
    if date:
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                raise ValueError(date)
            dt.date.fromisoformat(date)
        except ValueError:
            raise InputError(path, f"sidecar published_date '{date}' is not a real date "
                             "(YYYY-MM-DD)") from None
    basis = data.get("published_date_basis")
    if basis is not None and basis not in DATE_BASES:
        raise InputError(path, f"sidecar published_date_basis must be one of {DATE_BASES}")
    sha = data.get("sha256")
    if sha is not None and not re.fullmatch(r"[0-9a-f]{64}", sha):
        raise InputError(path, "sidecar sha256 must be 64 lowercase hex digits")
    return data


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """One line for a YAML error: where, and what (tags that construct objects named as such)."""
    mark = getattr(exc, "problem_mark", None)
    at = f" at line {mark.line + 1}" if mark else ""
    problem = str(getattr(exc, "problem", "") or "").replace("\n", " ")
    if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in problem:
        return f"sidecar uses a YAML tag{at} that is not plain data ({problem}); refused"
    return f"sidecar is not valid YAML{at}" + (f": {problem}" if problem else "")


def _type_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "a string", list: "a list", int: "an integer", bool: "true/false",
             float: "a number", dict: "a mapping"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _check_inside(path: Path, root: Path | None) -> None:
    """Refuse a path that resolves (through links or '..') outside the raw folder."""
    if root is not None and not path.resolve().is_relative_to(root.resolve()):
        raise InputError(path, "is a link that points outside the raw folder")


def read_article(path: Path, root: Path) -> Article:
    """Read one article and its sidecar; refuse a text whose sha256 differs from the sidecar's."""
    _check_inside(path, root)
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise InputError(path, f"is larger than {MAX_ARTICLE_BYTES // 1024**2} MiB "
                         f"({size} bytes); not a news article")
    data = path.read_bytes()
    text = decode(data, path)
    sha = hashlib.sha256(data).hexdigest()
    sidecar = path.with_suffix(".yaml")
    if sidecar.exists() or sidecar.is_symlink():
        meta = read_sidecar(sidecar, root)
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
    title = next(line.strip() for line in text.splitlines() if not is_blank(line))
    return {"title": title, "publisher": "", "attribution": "", "source_url": "",
            "published_date": "", "published_date_basis": "unknown", "published_date_note": "",
            "language": "en", "license": "unknown"}


def discover(raw: Path) -> list[Path]:
    """Every `.txt` article under raw/, sorted (see `discover_names`)."""
    return [raw / rel for rel in discover_names(raw)]


def discover_names(raw: Path) -> list[str]:
    """The path in raw/ (with "/") of every `.txt` article, sorted by path parts; refuses links
    out of raw/, skips hidden files.

    Folders are walked without following links (a linked folder inside raw/ is skipped with a
    warning, one pointing outside is refused), so no path found can lie outside raw/. Names are
    strings and a folder's entries are read once (os.scandir): at a million articles, pathlib
    objects made per file would cost more than the walk.
    """
    if not raw.exists():
        raise InputError(raw, "raw folder does not exist")
    if not raw.is_dir():
        raise InputError(raw, "raw path is not a folder")
    root = raw.resolve()
    found: list[tuple[str, ...]] = []
    folders: list[tuple[str, ...]] = [()]
    while folders:
        parts = folders.pop()
        with os.scandir(os.path.join(raw, *parts)) as listing:
            entries = sorted(listing, key=lambda e: e.name)
        inner: list[tuple[str, ...]] = []
        for entry in entries:
            if entry.is_dir():  # a link to a folder too, as os.walk lists it
                if entry.is_symlink():
                    _check_inside(Path(entry.path), root)
                    log.warning("%s: linked folder skipped (links to folders are not followed)",
                                entry.path)
                elif entry.name.startswith("."):
                    log.warning("%s: hidden folder skipped", entry.path)
                else:
                    inner.append((*parts, entry.name))
            elif (entry.name.endswith(".txt")
                  and _article_file(entry, root, "/".join((*parts, entry.name)))):
                found.append((*parts, entry.name))
        folders.extend(reversed(inner))  # depth first, in name order
    if not found:
        raise InputError(raw, "no .txt articles found")
    return ["/".join(parts) for parts in sorted(found)]


def _article_file(entry: os.DirEntry[str], root: Path, rel: str) -> bool:
    """Whether a `.txt` entry is an article; refuses what may not be published or read."""
    if entry.name.startswith("."):
        log.warning("%s: hidden file skipped", entry.path)
        return False
    if entry.is_symlink():  # only a link can lead out of a folder walked without links
        _check_inside(Path(entry.path), root)
    if _UNSAFE_NAME.search(rel):  # it is published in documents.path
        raise InputError(Path(entry.path), "file name has a control character or bytes that "
                         "are not UTF-8; rename it")
    if not entry.is_file():
        log.warning("%s: not a regular file (a broken link?); skipped", entry.path)
        return False
    return True


def read_all(raw: Path) -> list[Article]:
    """All articles of a folder; the same text under two names is reported and kept once."""
    articles: list[Article] = []
    seen: dict[str, Path] = {}
    for path in discover(raw):
        article = read_article(path, raw)
        if article.sha256 in seen:
            log.warning("%s: same text as %s; kept once, as the latter", path,
                        seen[article.sha256])
            continue
        seen[article.sha256] = path
        articles.append(article)
    return articles
