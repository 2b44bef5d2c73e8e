"""Merging per-article rows into corpus tables: one row per entity across all articles.

Articles are merged in document-id order, so the result does not depend on which worker
extracted which article, or in what order they finished.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from .extract.rows import ENTITY_TABLE, ID_COLUMN

Rows = dict[str, list[dict[str, Any]]]
ENTITY_TABLES = {table: ID_COLUMN[kind] for kind, table in ENTITY_TABLE.items()}


def _merge_entities(rows: list[dict[str, Any]], id_column: str) -> list[dict[str, Any]]:
    """Rows of one entity table grouped by id: counts summed, the fullest name kept."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row[id_column]].append(row)
    merged = []
    for group in groups.values():
        row = dict(group[0])
        names = Counter(r["name"] for r in group)
        row["name"] = max(names, key=lambda n: (len(n), names[n], n))
        for column in row:
            if row[column] in (None, ""):
                row[column] = next((r[column] for r in group if r[column] not in (None, "")),
                                   row[column])
        row["mention_count"] = sum(r["mention_count"] for r in group)
        merged.append(row)
    return merged


def combine(per_article: Iterable[Rows]) -> Rows:
    """Corpus tables from the rows of each article."""
    ordered = sorted(per_article, key=lambda r: r["documents"][0]["document_id"])
    tables: Rows = defaultdict(list)
    for rows in ordered:
        for name, table_rows in rows.items():
            tables[name].extend(table_rows)
    for table, id_column in ENTITY_TABLES.items():
        tables[table] = _merge_entities(tables[table], id_column)
    return dict(tables)
