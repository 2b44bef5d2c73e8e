"""Extraction: one article in, its rows out. A pure function with no state between articles."""

from __future__ import annotations

from typing import Any

from ..raw import Article
from . import entities, events, quotes
from .model import Extraction
from .rows import to_rows
from .text import Analysis

Rows = dict[str, list[dict[str, Any]]]


def extract(article: Article) -> Rows:
    """Every table's rows for one article; ids depend only on the article's content."""
    analysis = Analysis(article.text)
    found = Extraction()
    doc_id = article.document_id
    entities.find(analysis, found, doc_id)
    quotes.find(analysis, found, doc_id)
    events.find(analysis, found, doc_id, article.meta.get("published_date", ""))
    return to_rows(article, found)
