"""Irregular spacing (two spaces, tabs, no-break and zero-width spaces) gives the rows that
regular spacing gives, with every offset still pointing into the article's own text
(`extract.spacing`)."""

from __future__ import annotations

import hashlib
import re

import pytest

from newstables.extract import extract
from newstables.extract.spacing import regular
from newstables.raw import Article

ARTICLE = (
    "Ana Lucía Ferreira Prado, the foreign minister of Peru, met President Marek Olszewski in "
    "Warsaw on Monday.\n\n"
    '"We agreed to work together on trade," Ferreira Prado said after the meeting.\n\n'
    "Jonas Brekke, a spokesman for the United Nations, said the talks had gone well. Police "
    "arrested two protesters outside the embassy.\n"
)
META = {"title": "T", "publisher": "", "attribution": "", "source_url": "",
        "published_date": "2024-03-05", "published_date_basis": "stated",
        "published_date_note": "", "language": "en", "license": ""}
# every column that holds an offset, an id made from offsets, or the text at offsets
_PLACED = re.compile(r"start|end|^text$|trigger|evidence|mention_id|quote_id|event_id|"
                     r"affiliation_id|participant_id|char_count|sha256|document_id")

IRREGULAR = {
    "two spaces": lambda t: re.sub(r"(?<=\S) (?=\S)", "  ", t),
    "tabs": lambda t: re.sub(r"(?<=\w) (?=[A-Z])", "\t", t),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "space and no-break space": lambda t: t.replace(" ", " \u00a0"),
    "zero-width spaces in words": lambda t: re.sub(r"(?<=[a-z]{2})(?=[a-z]{3})", "\u200b", t),
}


def _rows(text: str) -> dict:
    # one document id for every spacing of the article: ids scoped to a document compare equal
    return extract(Article("a.txt", text, hashlib.sha256(ARTICLE.encode()).hexdigest(), META))


def _unplaced(rows: dict) -> dict:
    return {table: [{k: v for k, v in row.items() if not _PLACED.search(k)} for row in table_rows]
            for table, table_rows in rows.items() if table != "documents"}


def test_the_article_gives_names_quotes_and_events_to_compare() -> None:
    rows = _rows(ARTICLE)
    assert {"Ana Lucía Ferreira Prado", "Marek Olszewski", "Jonas Brekke"} <= {
        a["name"] for a in rows["actors"]}
    assert rows["quotes"] and rows["events"] and rows["affiliations"]


@pytest.mark.parametrize("how", sorted(IRREGULAR))
def test_irregular_spacing_gives_the_same_rows_at_the_article_s_own_offsets(how: str) -> None:
    text = IRREGULAR[how](ARTICLE)
    assert text != ARTICLE
    rows = _rows(text)
    assert _unplaced(rows) == _unplaced(_rows(ARTICLE))
    for table, ends, text_column in [("mentions", ("start", "end"), "text"),
                                     ("quotes", ("start", "end"), "text"),
                                     ("events", ("trigger_start", "trigger_end"), "trigger"),
                                     ("events", ("evidence_start", "evidence_end"), "evidence"),
                                     ("affiliations", ("evidence_start", "evidence_end"),
                                      "evidence")]:
        for row in rows[table]:
            start, end = row[ends[0]], row[ends[1]]
            assert text[start:end] == row[text_column]
            assert not text[start:end][:1].isspace() and not text[start:end][-1:].isspace()


def test_offsets_lead_back_to_the_same_characters() -> None:
    text = "A  b\tc\u00a0\u00a0d e\u200bf \u200b g\n\n  h  i"
    copy, spacing = regular(text)
    assert copy == "A b c d ef g\n\n h i"
    assert spacing is not None
    kept = [i for i, ch in enumerate(copy) if not ch.isspace()]
    assert [text[spacing.start(i)] for i in kept] == [copy[i] for i in kept]
    # a span ends after its last character, before the white space the copy took out
    assert spacing.end(0, 3) == 4 and text[0:spacing.end(0, 3)] == "A  b"
    assert spacing.end(8, 10) == 13 and text[spacing.start(8):13] == "e\u200bf"
    assert spacing.start(len(copy)) == len(text)


@pytest.mark.parametrize("text", ["Plain text, one space apart.\nA line.",
                                  "Señor Núñez met Zoë in Łódź.", ""])
def test_regular_text_is_read_as_it_is(text: str) -> None:
    copy, spacing = regular(text)
    assert copy is text and spacing is None
