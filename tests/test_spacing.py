"""Irregular spacing (two spaces, tabs, no-break and zero-width spaces) gives the rows that
regular spacing gives, with every offset still pointing into the article's own text
(`extract.spacing`)."""

from __future__ import annotations

import hashlib
import re
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from newstables import build
from newstables.extract import extract
from newstables.extract.spacing import regular
from newstables.raw import Article

ARTICLE = (
    "Ana Lucía Ferreira Prado, the foreign minister of Peru, met Prime Minister Marek Olszewski in "
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
    # paragraphs between blank lines, each wrapped by a program at 60 characters a line
    "hard-wrapped lines": lambda t: "\n\n".join(textwrap.fill(p, 60) for p in t.split("\n\n")),
    "hard-wrapped lines ending in CRLF and spaces": lambda t: "\r\n\r\n".join(
        textwrap.fill(p, 60).replace("\n", " \r\n") for p in t.split("\n\n")),
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


@pytest.mark.parametrize("text", [
    # a heading and a byline: short lines, each a paragraph of its own
    "Talks in Warsaw\nBy Jonas Brekke\nStaff reporter\n\nThe talks began on Monday.\n",
    # one paragraph a line, however short its paragraphs, when they end their sentences
    "The minister arrived in Warsaw on Monday for two days of talks on trade.\n"
    "Police arrested two protesters outside the embassy on the same evening.\n"
    "The talks are to resume in Lima in the spring of next year, officials said.\n",
    # long lines: paragraphs, not a wrapped one
    ("Ana Lucía Ferreira Prado met President Marek Olszewski in Warsaw on Monday, and " * 2
     + "\n") * 3,
])
def test_lines_that_are_not_hard_wrapped_stay_paragraphs(text: str) -> None:
    copy, spacing = regular(text)
    assert copy.count("\n") == text.count("\n")


def test_a_hard_wrapped_paragraph_is_one_line_of_the_copy() -> None:
    paragraph = ("Jonas Brekke, a spokesman for the United Nations, said on Tuesday that the "
                 "talks between the two governments had gone well and would resume in June.")
    text = f"Talks resume\n\n{textwrap.fill(paragraph, 64)}\n"
    assert text.count("\n") > 4
    copy, spacing = regular(text)
    assert copy == f"Talks resume\n\n{paragraph}\n"


def test_a_hard_wrapped_article_with_two_spaces_builds_and_validates(tmp_path: Path) -> None:
    """Row texts taken from such an article hold line breaks and runs of spaces, and the
    published CSV files quote them; validation reads them whole (its DuckDB facts included)."""
    text = "Talks resume\n\n" + "\n\n".join(
        textwrap.fill(p.replace(" ", "  "), 60) for p in ARTICLE.strip().split("\n\n")) + "\n"
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "talks.txt").write_text(text, encoding="utf-8", newline="")
    (raw / "talks.yaml").write_text(
        "title: Talks resume\npublisher: test\nlanguage: en\nlicense: CC-BY-4.0\n"
        f"sha256: {hashlib.sha256(text.encode()).hexdigest()}\n", encoding="utf-8")
    report = build.run(build.Paths(raw=raw, build=tmp_path / "build", out=tmp_path / "out"))
    assert report.valid, report.to_json()
    mentions = pd.read_csv(tmp_path / "out" / "data" / "mentions.csv", keep_default_na=False)
    assert any("\n" in t for t in mentions["text"])  # a name across a line break
    assert all(text[s:e] == t for s, e, t in mentions[["start", "end", "text"]].itertuples(
        index=False))
