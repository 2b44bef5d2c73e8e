"""The dataset card: `README.md` inside the package, generated from its descriptor and its data.

Written by `package.write` right after the descriptor, so it describes exactly the rows shipped
and, like every other file of the package, is a pure function of them (byte-deterministic).
It is not a resource: Frictionless ignores it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from .arrays import scalar

CARD_NAME = "README.md"
EXAMPLE_WIDTH = 60
HEAD_ROWS = 200  # documents listed one by one
COUNTED = {"license"}  # columns whose distinct values the card counts, besides enum columns
_EMPTY, _FALSE, _TRUE = scalar(""), scalar(False), scalar(True)  # literals made without pandas

# The R loader shown in the card and in the repository's README (tests run the README's copy).
R_LOADER = """\
library(jsonlite)
library(readr)

# Every CSV table of a newstables package, typed from its datapackage.json: integers as
# integer, dates as Date, enum columns as factors. Only empty cells are missing (na = ""),
# so the string "NA" (Namibia, or a quoted word) stays a string; spaces are kept.
read_newstables <- function(dir) {
  descriptor <- fromJSON(file.path(dir, "datapackage.json"), simplifyVector = FALSE)
  abbreviations <- c(string = "c", integer = "i", number = "d", boolean = "l", date = "D")
  tables <- list()
  for (resource in descriptor$resources) {
    if (!identical(resource$format, "csv")) next
    types <- lapply(resource$schema$fields, function(field) {
      levels <- unlist(field$constraints$enum)
      if (!is.null(levels)) col_factor(levels = levels) else abbreviations[[field$type]]
    })
    names(types) <- vapply(resource$schema$fields, function(field) field$name, "")
    tables[[resource$name]] <- read_csv(file.path(dir, resource$path),
                                        col_types = do.call(cols, types), na = "",
                                        trim_ws = FALSE, progress = FALSE)
  }
  tables
}
"""


@dataclass
class Facts:
    """What the card says about one table, gathered a batch of rows at a time (any size): as the
    package is written (package.TableSink) or by reading a written CSV back (`scan`)."""

    counted: list[str] = field(default_factory=list)  # columns whose values are counted
    rows: int = 0
    examples: dict[str, str] = field(default_factory=dict)  # first non-empty value per column
    head: list[dict[str, str]] = field(default_factory=list)  # the first HEAD_ROWS rows
    counts: dict[str, Counter] = field(default_factory=dict)  # value counts of counted columns
    empty: Counter = field(default_factory=Counter)  # empty cells per column

    @classmethod
    def for_fields(cls, fields: list[dict[str, Any]]) -> Facts:
        counted = [f["name"] for f in fields
                   if f.get("constraints", {}).get("enum") or f["name"] in COUNTED]
        return cls(counted=counted, counts={name: Counter() for name in counted})

    def add(self, table: pa.Table) -> None:
        """The next rows of the table, in order; a cell is empty when missing or ""."""
        if len(self.head) < HEAD_ROWS:
            self.head += [{k: _text(v) for k, v in row.items()}
                          for row in table.slice(0, HEAD_ROWS - len(self.head)).to_pylist()]
        for name in table.column_names:
            column = table.column(name)
            filled = (pc.and_kleene(pc.is_valid(column), pc.not_equal(column, _EMPTY))
                      .fill_null(_FALSE) if pa.types.is_string(column.type)
                      else pc.is_valid(column))
            self.empty[name] += len(column) - pc.sum(filled, min_count=0).as_py()
            if name not in self.examples:
                first = pc.index(filled, _TRUE).as_py()
                if first >= 0:
                    self.examples[name] = _text(column[first].as_py())
            if name in self.counts:
                for item in pc.value_counts(column).to_pylist():
                    self.counts[name][_text(item["values"])] += item["counts"]
        self.rows += len(table)


def _text(value: Any) -> str:
    """A value as its CSV cell reads."""
    return "" if value is None else str(value)


def scan(root: Path, resource: dict[str, Any]) -> Facts:
    """The facts of a written CSV table, read back a block at a time (as strings)."""
    fields = resource["schema"]["fields"]
    facts = Facts.for_fields(fields)
    options = pacsv.ConvertOptions(column_types={f["name"]: pa.string() for f in fields},
                                   strings_can_be_null=False)
    with pacsv.open_csv(root / resource["path"], convert_options=options,
                        parse_options=pacsv.ParseOptions(newlines_in_values=True)) as reader:
        for batch in reader:
            facts.add(pa.Table.from_batches([batch]))
    return facts


def _cell(value: Any, width: int = EXAMPLE_WIDTH) -> str:
    """A value made safe for one Markdown table cell: one line, no pipes, at most `width`."""
    text = " ".join(str(value).split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "'")


def render(root: Path, facts: dict[str, Facts] | None = None) -> str:
    """The card of the package in `root` (a folder holding datapackage.json and its data);
    `facts`: those gathered while writing the tables, else they are read from the CSVs."""
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    resources = [r for r in descriptor["resources"] if r.get("format") == "csv"]
    data = {r["name"]: (facts or {}).get(r["name"]) or scan(root, r) for r in resources}
    parts = [_header(descriptor), _contents(resources, data), _sources(descriptor, data),
             _dictionary(resources, data), _rights(descriptor, data), _citation(descriptor),
             _loading(descriptor), _review(descriptor, data), _method(), _limitations(data),
             _spreadsheets()]
    return "\n".join(p.rstrip("\n") + "\n" for p in parts)


def write(root: Path, facts: dict[str, Facts] | None = None) -> Path:
    path = root / CARD_NAME
    path.write_text(render(root, facts), encoding="utf-8")
    return path


def _review(d: dict[str, Any], data: dict[str, Facts]) -> str:
    return ("## See the extraction on the text\n\n"
            "[`review/index.html`](review/index.html) opens offline in any browser (no server, "
            "nothing loaded from the network): one page per article with every quote, mention "
            "and event drawn on the article's own words, the rows behind each highlight, and a "
            "graph of who quotes and acts on whom. Each page states the package version and the "
            "validation result it was built from. `newstables review` rebuilds the pages.\n")


def _header(d: dict[str, Any]) -> str:
    licences = ", ".join(lic.get("name", lic.get("title", "")) for lic in d.get("licenses", []))
    return (f"# {d.get('title', d['name'])}\n\n"
            f"Version **{d.get('version', 'unversioned')}** · data licence {licences} · "
            f"[Frictionless data package](https://datapackage.org) (`datapackage.json`) of CSV "
            f"tables with Parquet copies.\n\n{d.get('description', '')}\n\n"
            "This card is generated from `datapackage.json` and the data by `newstables build`; "
            "every number in it is counted from the files next to it.\n")


def _contents(resources: list[dict[str, Any]], data: dict[str, Facts]) -> str:
    lines = ["## What is in it", "", "| table | rows | one row per / contents | primary key |",
             "|---|---:|---|---|"]
    for r in resources:
        key = ", ".join(r["schema"].get("primaryKey", []))
        lines.append(f"| [{r['name']}](#{r['name']}) | {data[r['name']].rows} | "
                     f"{_cell(r.get('description', ''), 200)} | `{key}` |")
    lines += ["", "Each table is `data/<table>.csv` (UTF-8, comma-separated, RFC 4180 quoting, "
              "LF line ends, header row; an empty cell is a missing value) and the same rows in "
              "`data/<table>.parquet`. `validation-report.json` is the report of the checks "
              "this exact package passed before it was published."]
    return "\n".join(lines)


def _sources(d: dict[str, Any], data: dict[str, Facts]) -> str:
    lines = ["## Sources and publication dates", ""]
    lines += [f"- {_cell(s.get('title', ''), 400)}" + (f" (`{s['path']}`)" if s.get("path")
                                                          else "") for s in d.get("sources", [])]
    facts = data.get("documents")
    if facts is None or not facts.rows:
        return "\n".join(lines)
    documents = facts.head
    basis = facts.counts.get("published_date_basis", Counter())
    lines += ["", f"{facts.rows} document(s). How each publication date is known: "
              + ", ".join(f"{n} {b}" for b, n in sorted(basis.items()) if n) + " (stated: the "
              "source gives it; inferred: reasoned from the text's own references; unknown: "
              "left empty).", "",
              "| document | title | publisher | attribution | published | date basis |",
              "|---|---|---|---|---|---|"]
    for doc in documents:
        lines.append(f"| `{doc['document_id']}` | {_cell(doc.get('title', ''), 90)} | "
                     f"{_cell(doc.get('publisher', ''), 90)} | "
                     f"{_cell(doc.get('attribution', ''), 90)} | "
                     f"{doc.get('published_date') or '(unknown)'} | "
                     f"{doc.get('published_date_basis', '')} |")
    notes = [doc for doc in documents if doc.get("published_date_note")]
    if notes:
        lines += ["", "How each date is known (`documents.published_date_note`):", ""]
        lines += [f"- `{doc['document_id']}` ({doc.get('published_date_basis', '')}): "
                  f"{' '.join(doc['published_date_note'].split())}" for doc in notes]
    if facts.rows > len(documents):
        lines += ["", f"The first {len(documents)} of {facts.rows} documents are listed; the "
                  "documents "
                  "table has them all."]
    return "\n".join(lines)


def _dictionary(resources: list[dict[str, Any]], data: dict[str, Facts]) -> str:
    lines = ["## Data dictionary", "", "Types are Table Schema types: `string`, `integer`, "
             "`date` (ISO 8601, YYYY-MM-DD). Offsets are Python `str` indices (Unicode code "
             "points) into the article text decoded as UTF-8, BOM excluded, half-open "
             "`[start, end)`: `raw_text[start:end]` is the row's text, with the article's own "
             "spacing and line breaks (a name written across a line break keeps it in `text`; "
             "the entity's `name` has single spaces). Examples are the first non-empty value "
             "in the table."]
    for r in resources:
        schema, name = r["schema"], r["name"]
        rows = data[name].rows
        lines += ["", f"### {name}", "", f"{r.get('description', '')} {rows} "
                  f"row{'' if rows == 1 else 's'}. "
                  f"Primary key: `{', '.join(schema.get('primaryKey', []))}`."]
        if schema.get("foreignKeys"):
            lines.append("")
        for fk in schema.get("foreignKeys", []):
            ref = fk["reference"]
            lines.append(f"- `{', '.join(fk['fields'])}` refers to "
                         f"`{ref['resource']}.{', '.join(ref['fields'])}`")
        lines += ["", "| column | type | required | description | example |",
                  "|---|---|---|---|---|"]
        for column in schema["fields"]:
            constraints = column.get("constraints", {})
            about = column.get("description", "")
            if constraints.get("enum"):
                about += " One of: " + ", ".join(map(str, constraints["enum"])) + "."
            about = _cell(about, 1000)
            if constraints.get("pattern"):
                about += f" Pattern: `{_cell(constraints['pattern'], 200)}`."
            example = data[name].examples.get(column["name"], "")
            lines.append(f"| `{column['name']}` | {column['type']} | "
                         f"{'yes' if constraints.get('required') else 'no'} | "
                         f"{about} | {_cell(example) if example else ''} |")
    return "\n".join(lines)


def _rights(d: dict[str, Any], data: dict[str, Facts]) -> str:
    lines = ["## Licence and rights", ""]
    for lic in d.get("licenses", []):
        lines.append(f"- Tables: **{lic.get('name', '')}** ({lic.get('path', '')}): "
                     f"{lic.get('title', '')}")
    rights: Counter = Counter()
    for text, n in data.get("documents", Facts()).counts.get("license", Counter()).items():
        if text:
            rights[" ".join(text.split())] += n
    if rights:
        lines += ["", "Rights of the source texts (`documents.license`), which the tables quote "
                  "in part:", ""]
        lines += [f"- {text} ({n} document{'s' if n > 1 else ''})"
                  for text, n in sorted(rights.items())]
    lines += ["", "Quotations are short extracts kept as evidence for each row; they remain "
              "their speakers' and publishers' words. The article texts themselves are not in "
              "this package: `documents.sha256` and `documents.path` identify them."]
    return "\n".join(lines)


def _citation(d: dict[str, Any]) -> str:
    who = "; ".join(c.get("title", "") for c in d.get("contributors", [])) or d["name"]
    where = f" {d['homepage']}" if d.get("homepage") else ""
    return ("## How to cite\n\n"
            f"> {who}. *{d.get('title', d['name'])}*, version {d.get('version', '')} "
            f"[data set].{where}\n\n"
            "Cite the version you used: each release is a zip named `<name>-<version>.zip` "
            "with its SHA-256 in `SHA256SUMS`, and `CHANGELOG.md` in the repository says "
            "what changed. The repository's `CITATION.cff` has the same citation in machine-"
            "readable form.")


def _loading(d: dict[str, Any]) -> str:
    zip_name = f"{d['name']}-{d.get('version', '0')}.zip"
    return f"""## How to load

The snippets run from the folder that holds this file (or give its path, or the release zip's).

pandas, with the schema's types (nullable `Int64` integers, `datetime64` dates, categoricals
for enum columns, "NA" kept as a string), with the repository's Python package installed
(`pip install .` in a clone):

```python
import newstables

tables = newstables.load(".")  # or "{zip_name}", or format="parquet"
print(tables["quotes"].merge(tables["actors"], left_on="speaker_id", right_on="actor_id"))
```

Frictionless (Python), which applies the schema and checks it:

```python
from frictionless import Package

quotes = Package("datapackage.json").get_table_resource("quotes").to_pandas()
```

pandas alone: `pd.read_parquet("data/quotes.parquet")`, or
`pd.read_csv("data/quotes.csv", keep_default_na=False, na_values=[""])` so that only empty
cells are missing.

R (readr and jsonlite; the R `frictionless` package's `read_resource()` also reads the CSV
resources):

```r
{R_LOADER}
tables <- read_newstables(".")
said <- merge(tables$quotes, tables$actors, by.x = "speaker_id", by.y = "actor_id")
```

DuckDB: `newstables export duckdb --package . --out newstables.duckdb` writes one database
with every table, its types, primary keys and foreign keys; or query a CSV directly with
`SELECT * FROM read_csv('data/quotes.csv', all_varchar = true)`.
"""


def _method() -> str:
    return """## How it was extracted and validated

Rule-based code (no statistical model, no manual edits of the tables) reads each article
verbatim from the source folder, splits paragraphs and sentences, finds names of people,
organisations and places against a reference list of general knowledge (countries,
well-known people, organisations and places with Wikidata ids), attributes quotations to
speakers by their cues ("said", "told", "according to") and nearby names or pronouns, and codes
political events to PLOVER types and CAMEO codes from trigger words. Ids are content-derived
(a prefix and 16 hex digits of a sha256), so the same sources give the same ids and adding an
article changes no existing id; two builds of the same sources are byte-identical.

Before publication, each table passes a Great Expectations suite derived from the schema
(types, required values, uniqueness, enums, patterns) and from semantic checks (offsets inside
the document, `raw_text[start:end]` equal to each row's text, foreign keys, plausible row
counts); Frictionless validates the whole package (types, keys, foreign keys, bytes and
SHA-256 of each CSV); and each Parquet file must hold exactly its CSV's rows. A package that
fails any check is not published. The results are in `validation-report.json`.
"""


def _limitations(data: dict[str, Facts]) -> str:
    lines = ["## Known limitations", "",
             "- Extraction is rule-based and makes mistakes: a quote can be given the wrong "
             "speaker (especially through pronouns), entities outside the reference list are "
             "not linked to Wikidata, and event coding follows trigger words, not a reading of "
             "the whole story. Check a row against its offsets in the source text before "
             "relying on it.",
             "- Coverage is what the source texts say: an actor's country, role or title is "
             "empty when the text and the reference list do not give it.",
             "- Publication dates marked `inferred` are reasoned from the text (see the notes "
             "above); event dates are resolved against them and inherit their uncertainty."]
    quotes, events = data.get("quotes", Facts()), data.get("events", Facts())
    if quotes.rows and "speaker_method" in quotes.counts:
        none = quotes.counts["speaker_method"]["none"]
        lines.append(f"- {none} of {quotes.rows} quotes have no speaker found "
                     "(`speaker_method` = none).")
    if events.rows and "date" in events.head[0]:
        undated = events.empty["date"]
        lines.append(f"- {undated} of {events.rows} events have no date: the text gives "
                     "no time for them (the publication date is never used as a default).")
    documents = data.get("documents", Facts()).rows
    if documents < 100:
        lines.append(f"- The corpus is small ({documents} document(s)): counts in these "
                     "tables describe these texts, not the news at large.")
    return "\n".join(lines)


def _spreadsheets() -> str:
    return """## Opening the CSV files in a spreadsheet

The files are UTF-8. Import them as text (Excel: Data > From Text/CSV, file origin UTF-8, and
set every column to Text; LibreOffice: character set UTF-8 and column type Text) rather than
double-clicking them. A cell that begins with `=`, `+`, `-` or `@` is data, a word someone
wrote, not a formula: opened as a formula it would be evaluated (CSV injection). Importing as
text also keeps ids, codes such as `NA` (Namibia) and CAMEO codes such as `020` exactly as
written instead of turning them into numbers, dates or blanks.
"""
