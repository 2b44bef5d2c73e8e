"""Property: extraction never raises on any text, and every span it emits is exact.

Texts mix arbitrary Unicode with the things that break offset bookkeeping: every kind of
quotation mark, the three line endings, NBSP and zero-width spaces, and words that make the
extractors fire (capitalised names, speech and event verbs, countries).
"""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstables.extract import extract
from newstables.raw import Article

from .conftest import SPANS

QUOTES = ['"', "“", "”", "‘", "’", "«", "»", "'", "″", "′"]
BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]
SPACES = [" ", " ", "  ", "\u00a0", "\u200b", "\t", "\u202f"]
WORDS = ["said", "says", "told", "warned", "according to", "arrested", "met", "President",
         "Minister", "the", "a", "of", "in", "that", "he", "she", "they", "Mr.", "Dr.", "Gen.",
         "Anna Berg", "Marco Rossi", "José Núñez", "O'Brien", "Venezuela", "France", "Oslo",
         "United Nations", "U.S.", "police", "spokeswoman", "former", "Reuters", ".", ",", ":",
         ";", "!", "?", "…", "(", ")", "—", "-", "1990s", "5", "January"]

PHRASES = ["Anna Berg, a spokeswoman for the United Nations, said", "said Marco Rossi, the "
           "foreign minister of France", "the former head of the army, Gen. José Núñez,",
           "police arrested", "Venezuela warned France", "according to Reuters", "he told CNN"]

words = st.sampled_from(WORDS + PHRASES)
pieces = st.one_of(
    words, words, words, st.sampled_from(QUOTES), st.sampled_from(BREAKS),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=4))
texts = st.lists(st.tuples(pieces, st.sampled_from(SPACES + ["", " "])), max_size=80).map(
    lambda parts: "".join(piece + space for piece, space in parts))

META = {"title": "T", "publisher": "", "attribution": "", "source_url": "",
        "published_date": "2020-05-04", "published_date_basis": "stated",
        "published_date_note": "", "language": "en", "license": "unknown"}


def article(text: str) -> Article:
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Article(path="p.txt", text=text, sha256=sha, meta=META)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_never_raises_and_spans_are_exact(text: str) -> None:
    rows = extract(article(text))
    assert rows["documents"][0]["char_count"] == len(text)
    for table, columns in SPANS.items():
        for row in rows.get(table, []):
            for start, end, column in columns:
                if row.get(start) is None and row.get(column) is None:
                    continue  # an optional span that is absent (a quote without a cue)
                lo, hi = row[start], row[end]
                assert isinstance(lo, int) and isinstance(hi, int), (table, row)
                assert 0 <= lo < hi <= len(text), (table, column, row)
                assert text[lo:hi] == row[column], (table, column, row)
                assert text[lo:hi].strip(" \t\r\n\u00a0\u200b\u202f"), (table, column, row)



@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), st.text(st.characters(exclude_categories=("Cs",)),
                                                        max_size=12)),
                          st.one_of(st.none(), st.integers(-10**12, 10**12))), max_size=30))
def test_vectorised_csv_lines_are_the_csv_modules_bytes(rows: list[tuple[str | None, int | None]]
                                                        ) -> None:
    """The package writes CSV lines column by column with Arrow compute: for any cells (quotes,
    commas, every line break, missing values) they are what Python's csv writer makes, whether
    they are made at once or in slices of a few rows."""
    from unittest import mock

    import pyarrow as pa

    from newstables import package

    table = pa.table({"text": pa.array([t for t, _ in rows], pa.string()),
                      "number": pa.array([n for _, n in rows], pa.int64()),
                      "more": pa.array([t and t[::-1] for t, _ in rows], pa.string())})
    dicts = [{"text": t, "number": n, "more": t and t[::-1]} for t, n in rows]
    expected = package.csv_bytes(["text", "number", "more"], dicts).split(b"\n", 1)[1]
    assert package.csv_rows_bytes(table, ["text", "number", "more"]) == expected
    with mock.patch.object(package, "CSV_SLICE_ROWS", 4):
        assert package.csv_rows_bytes(table, ["text", "number", "more"]) == expected
