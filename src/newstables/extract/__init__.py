"""Extraction: one article in, its rows out. A pure function with no state between articles."""

from __future__ import annotations

from typing import Any

from ..raw import Article
from . import entities, events, quotes
from .model import Extraction
from .rows import to_rows
from .spacing import regular
from .text import Analysis

Rows = dict[str, list[dict[str, Any]]]


def find(text: str, document_id: str, published: str = "") -> Extraction:
    """Everything found in one article's text (`published`: its ISO date, which dates such
    words as 'on Monday'), at offsets into `text` itself."""
    regular_text, spacing = regular(text)  # the rules read words one space apart
    analysis = Analysis(regular_text)
    found = Extraction()
    entities.find(analysis, found, document_id)
    quotes.find(analysis, found, document_id)
    events.find(analysis, found, document_id, published)
    if spacing is not None:
        spacing.restore(found)  # rows quote the article's own text
    return found


def extract(article: Article) -> Rows:
    """Every table's rows for one article; ids depend only on the article's content."""
    found = find(article.text, article.document_id, article.meta.get("published_date", ""))
    return to_rows(article, found)
