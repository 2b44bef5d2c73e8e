"""Content-derived identifiers: the same words always give the same id, whatever else is built."""

from __future__ import annotations

import unicodedata

try:  # the interpreter's own SHA-256 (`_sha2` from 3.12, `_sha256` before): for the short keys
    # hashed here it takes about half the time of OpenSSL's, whose per-call setup dominates;
    # the digest is the same
    from _sha2 import sha256 as _sha256  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha256 import sha256 as _sha256  # type: ignore[import-not-found,no-redef]
    except ImportError:
        from hashlib import sha256 as _sha256  # type: ignore[assignment]

SEP = "\x1f"


def hash_id(prefix: str, key: str) -> str:
    """`prefix_` + 16 hex digits of the sha256 of `key`: `make_id` with its parts already joined
    by `SEP` (for callers that build the key in one f-string)."""
    return f"{prefix}_{_sha256(key.encode()).digest()[:8].hex()}"  # (= hexdigest()[:16])


def make_id(prefix: str, *parts: object) -> str:
    """`prefix_` + 16 hex digits of the sha256 of the parts (never a row number of the build)."""
    return hash_id(prefix, SEP.join(["" if p is None else str(p) for p in parts]))


def fold(text: str) -> str:
    """Accent- and case-insensitive form of a name: 'Núñez' and 'NUNEZ' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("’", "'").split())
