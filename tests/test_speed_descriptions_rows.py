"""Fast paths of `descriptions` and `rows` answer as their plain forms do."""

from __future__ import annotations

import hashlib

from newstables.extract import descriptions
from newstables.extract.names import Words
from newstables.ids import hash_id

TEXT = ("Two soldiers, a MAN and the Women met one official; officials' aides, SOLDIERS "
        "and men-at-arms said the spokesman. Ünïcode workers, militias and the unit left.")


def test_head_indices_are_the_words_among_the_heads() -> None:
    for text in (TEXT, "", "no heads here", "soldier", TEXT.lower(), TEXT.upper()):
        words = Words(text)
        assert descriptions._head_indices(words) == words.among(descriptions.HEADS)


def test_remembered_precedence_is_the_test_itself() -> None:
    for chunk in ["the", "The", "soldiers", "12", "Ünï", "(two", "former", "said", "x"] * 2:
        assert descriptions._PRECEDES[chunk] == descriptions._may_precede_head(chunk)


def test_hash_id_is_sixteen_hex_digits_of_the_keys_sha256() -> None:
    for key in ["doc_0123456789abcdef\x1f12\x1f40\x1factor", "", "Niño\x1f" * 20]:
        assert hash_id("men", key) == f"men_{hashlib.sha256(key.encode()).hexdigest()[:16]}"
