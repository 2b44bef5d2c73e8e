"""Content-derived identifiers: the same words always give the same id, whatever else is built."""

from __future__ import annotations

import hashlib
import unicodedata

SEP = "\x1f"


def make_id(prefix: str, *parts: object) -> str:
    """`prefix_` + 16 hex digits of the sha256 of the parts (never a row number of the build)."""
    key = SEP.join("" if p is None else str(p) for p in parts)
    return f"{prefix}_{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}"


def fold(text: str) -> str:
    """Accent- and case-insensitive form of a name: 'Guaidó' and 'GUAIDO' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("’", "'").split())
