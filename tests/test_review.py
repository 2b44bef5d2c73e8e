"""The review site: every row drawn at its offsets, safe, self-contained, working in a browser."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newstables import build, review
from newstables.errors import InputError
from newstables.review import spans

from .conftest import RAW, cli, tree_bytes

HOSTILE_TITLE = "Officials <script>window.__pwned=1;document.title='PWNED'</script> Meet In Paris"
HOSTILE_TEXT = (
    f"{HOSTILE_TITLE}\n\n"
    '"We will not back down," said John Smith, the minister, in Paris on Monday. '
    '"><img src=x onerror="document.title=\'PWNED\'"> he added.\r\n\r\n'
    'Police arrested protesters near the <a href="javascript:alert(1)">x</a> embassy in '
    "Paris, according to Reuters.\n"
)


# -- helpers ---------------------------------------------------------------------------------
class Page(HTMLParser):
    """Every element with its attributes and text content; <mark> pieces of the article text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.marks: list[dict[str, str]] = []  # attributes + "text"
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.title = ""
        self._open: list[dict[str, str]] = []
        self._raw: str | None = None  # inside <script>/<style>/<title>
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attributes))
        if tag == "mark":
            attributes = {**attributes, "text": ""}
            self.marks.append(attributes)
            self._open.append(attributes)
        if tag in ("script", "style", "title"):
            self._raw = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._open.pop()
        elif tag in ("script", "style", "title") and self._raw is not None:
            {"script": self.scripts, "style": self.styles}.get(tag, []).append(self._raw)
            if tag == "title" and not self.title:
                self.title = self._raw
            self._raw = None

    def handle_data(self, data: str) -> None:
        if self._raw is not None:
            self._raw += data
        for mark in self._open:
            mark["text"] += data


def read_table(package: Path, table: str) -> list[dict[str, str]]:
    with (package / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def raw_text(raw: Path, package: Path, doc_id: str) -> str:
    doc = next(d for d in read_table(package, "documents") if d["document_id"] == doc_id)
    return (raw / doc["path"]).read_bytes().decode("utf-8-sig")


def pieces(page: Page, layer: str, row_id: str) -> list[dict[str, str]]:
    found = [m for m in page.marks
             if m["data-layer"] == layer and row_id in m["data-ids"].split()]
    return sorted(found, key=lambda m: int(m["data-start"]))


def assert_drawn(page: Page, text: str, layer: str, row_id: str, start: int, end: int) -> None:
    """The row's pieces cover exactly [start, end), each holding the words at its offsets."""
    found = pieces(page, layer, row_id)
    assert found, f"{layer} {row_id} is not drawn"
    assert int(found[0]["data-start"]) == start and int(found[-1]["data-end"]) == end
    for before, after in zip(found, found[1:], strict=False):
        assert before["data-end"] == after["data-start"], f"{row_id}: gap between pieces"
    for piece in found:
        assert piece["text"] == text[int(piece["data-start"]):int(piece["data-end"])]


def csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


@pytest.fixture(scope="module")
def site(fresh_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review") / "site"
    review.run(fresh_build, RAW, out)
    return out


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A package built from one hostile article, its raw folder, and its review site."""
    tmp = tmp_path_factory.mktemp("hostile")
    raw = tmp / "raw"
    (raw / "articles").mkdir(parents=True)
    (raw / "articles" / "hostile.txt").write_bytes(HOSTILE_TEXT.encode("utf-8"))
    paths = build.Paths(raw=raw, build=tmp / "build", out=tmp / "package")
    build.run(paths)
    review.run(paths.out, raw, tmp / "site")
    return paths.out, raw, tmp / "site"


def article_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.glob("*.html") if p.name != "index.html")


# -- the seed package, from the HTML -----------------------------------------------------------
def test_every_quote_mention_and_event_is_drawn_at_its_offsets(fresh_build: Path,
                                                              site: Path) -> None:
    docs = read_table(fresh_build, "documents")
    assert len(article_pages(site)) == len(docs)
    checked = 0
    for doc in docs:
        page = Page((site / f"{doc['document_id']}.html").read_text(encoding="utf-8"))
        text = raw_text(RAW, fresh_build, doc["document_id"])
        for q in read_table(fresh_build, "quotes"):
            if q["document_id"] == doc["document_id"]:
                assert_drawn(page, text, "quote", q["quote_id"], int(q["start"]), int(q["end"]))
                checked += 1
        for m in read_table(fresh_build, "mentions"):
            if m["document_id"] == doc["document_id"]:
                assert_drawn(page, text, "mention", m["mention_id"], int(m["start"]),
                             int(m["end"]))
                entity = m["actor_id"] or m["organisation_id"] or m["place_id"]
                assert all(entity in p["data-entity"].split()
                           for p in pieces(page, "mention", m["mention_id"]))
                checked += 1
        for ev in read_table(fresh_build, "events"):
            if ev["document_id"] == doc["document_id"]:
                assert_drawn(page, text, "trigger", ev["event_id"], int(ev["trigger_start"]),
                             int(ev["trigger_end"]))
                assert_drawn(page, text, "evidence", ev["event_id"],
                             int(ev["evidence_start"]), int(ev["evidence_end"]))
                assert ev["event_type"] in {p.get("data-label") for p in
                                            pieces(page, "trigger", ev["event_id"])}
                checked += 1
    assert checked > 0


def test_every_piece_holds_the_words_at_its_offsets_and_describes_its_rows(
        fresh_build: Path, site: Path) -> None:
    for path in article_pages(site):
        page = Page(path.read_text(encoding="utf-8"))
        text = raw_text(RAW, fresh_build, path.stem)
        ids = {attrs["id"] for _tag, attrs in page.tags if "id" in attrs}
        for mark in page.marks:
            assert mark["text"] == text[int(mark["data-start"]):int(mark["data-end"])]
            assert mark["tabindex"] in ("0", "-1")
            for ref in mark["aria-describedby"].split():
                assert ref in ids


def test_the_side_tables_link_rows_to_their_words(fresh_build: Path, site: Path) -> None:
    doc_id = read_table(fresh_build, "documents")[0]["document_id"]
    page = Page((site / f"{doc_id}.html").read_text(encoding="utf-8"))
    marks_by_id = {m["id"]: m for m in page.marks}
    rows = {a["data-target"] for t, a in page.tags if t == "tr" and "data-target" in a}
    quotes = [q for q in read_table(fresh_build, "quotes") if q["document_id"] == doc_id]
    events = [e for e in read_table(fresh_build, "events") if e["document_id"] == doc_id]
    assert {q["quote_id"] for q in quotes} | {e["event_id"] for e in events} <= rows
    links = [a["href"][1:] for t, a in page.tags
             if t == "a" and a.get("class") == "go"]
    assert links and all(target in marks_by_id for target in links)
    captions = sum(t == "caption" for t, _a in page.tags)
    assert captions >= 5  # quotes, actors, organisations, places, events (+ affiliations)


def test_page_states_package_version_and_validation(fresh_build: Path, site: Path) -> None:
    version = json.loads((fresh_build / "datapackage.json").read_text())["version"]
    report = json.loads((fresh_build / "validation-report.json").read_text())
    checks = sum(t["checks"] for t in report["tables"].values())
    for path in [site / "index.html", *article_pages(site)]:
        html = path.read_text(encoding="utf-8")
        assert f"version <strong>{version}</strong>" in html
        assert f"valid: {checks} table checks, 0 failed" in html


def test_index_lists_every_article_with_its_counts(fresh_build: Path, site: Path) -> None:
    page = Page((site / "index.html").read_text(encoding="utf-8"))
    hrefs = {a["href"] for t, a in page.tags if t == "a" and "href" in a}
    for doc in read_table(fresh_build, "documents"):
        assert f"{doc['document_id']}.html" in hrefs
    html = (site / "index.html").read_text(encoding="utf-8")
    n_quotes = len(read_table(fresh_build, "quotes"))
    assert f'<td class="num">{n_quotes}</td>' in html


def test_pages_are_self_contained_and_locked_down(site: Path) -> None:
    for path in site.glob("*.html"):
        page = Page(path.read_text(encoding="utf-8"))
        csp = next(a["content"] for t, a in page.tags
                   if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
        assert "default-src 'none'" in csp and "img-src data:" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert page.scripts and all(csp_hash(s) in csp for s in page.scripts)
        assert page.styles and all(csp_hash(s) in csp for s in page.styles)
        assert not any(t == "link" for t, _a in page.tags)
        assert not any("src" in a or "style" in a for _t, a in page.tags)
        for _tag, attrs in page.tags:
            href = attrs.get("href")
            if href is not None:
                assert (href.startswith("#") or re.fullmatch(r"[\w-]+\.html", href)
                        or href.startswith("https://www.wikidata.org/wiki/Q")), href


def test_same_package_gives_the_same_bytes(fresh_build: Path, site: Path, tmp_path: Path) -> None:
    review.run(fresh_build, RAW, tmp_path / "again")
    assert tree_bytes(tmp_path / "again") == tree_bytes(site)


def test_cli_writes_the_site_and_refuses_a_folder_it_did_not_write(fresh_build: Path,
                                                                   tmp_path: Path) -> None:
    done = cli("review", str(fresh_build), "--raw", str(RAW), "--out", str(tmp_path / "s"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "s" / "index.html").is_file()
    again = cli("review", str(fresh_build), "--raw", str(RAW), "--out", str(tmp_path / "s"))
    assert again.returncode == 0, again.stderr  # its own previous output is replaced
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("keep me")
    refused = cli("review", str(fresh_build), "--raw", str(RAW), "--out",
                  str(tmp_path / "other"))
    assert refused.returncode == 2 and "not a review site" in refused.stderr
    assert (tmp_path / "other" / "notes.txt").read_text() == "keep me"
    with pytest.raises(InputError):
        review.run(tmp_path / "missing", RAW, tmp_path / "x")


# -- drawing overlapping spans -----------------------------------------------------------------
def test_crossing_and_nested_spans_are_cut_into_pieces_that_keep_their_words() -> None:
    text = 'He said: "Stop it now.\r\nGo home." Then left.'
    sentence_1, sentence_2 = (0, 22), (24, 34)
    quote = (10, 32)  # starts inside sentence 1, ends inside sentence 2
    anns = [spans.Annotation("evidence", *sentence_1, ("e1",)),
            spans.Annotation("evidence", *sentence_2, ("e2",)),
            spans.Annotation("quote", *quote, ("q1",)),
            spans.Annotation("trigger", 3, 7, ("e1",), label="X"),
            spans.Annotation("mention", 10, 14, ("m1",)),
            spans.Annotation("mention", 10, 14, ("m2",))]  # same words, another row
    html, anchors = spans.render(text, anns)
    page = Page(f"<div>{html}</div>")
    assert "\r" not in html and "&#13;" in html  # CR kept as a reference: the DOM keeps it
    for layer, row, (start, end) in (("quote", "q1", quote), ("evidence", "e1", sentence_1),
                                     ("evidence", "e2", sentence_2), ("trigger", "e1", (3, 7)),
                                     ("mention", "m1", (10, 14)), ("mention", "m2", (10, 14))):
        assert_drawn(page, text, layer, row, start, end)
    # The quote is cut where sentence 1 ends; sentence 2, which starts inside the quote's
    # rest, is cut where the quote ends.
    assert [(m["data-start"], m["data-end"]) for m in pieces(page, "quote", "q1")] == [
        ("10", "22"), ("22", "32")]
    assert [(m["data-start"], m["data-end"]) for m in pieces(page, "evidence", "e2")] == [
        ("24", "32"), ("32", "34")]
    assert anchors[("quote", "q1")] == pieces(page, "quote", "q1")[0]["id"]
    assert [m["tabindex"] for m in pieces(page, "quote", "q1")] == ["0", "-1"]


# -- hostile article -------------------------------------------------------------------------
def test_hostile_article_is_escaped_text(hostile: tuple[Path, Path, Path]) -> None:
    package, raw, site = hostile
    (path,) = article_pages(site)
    html = path.read_text(encoding="utf-8")
    page = Page(html)
    assert [t for t, _a in page.tags if t in ("img", "iframe", "object", "embed")] == []
    assert sum(t == "script" for t, _a in page.tags) == 1
    assert not any(a.get("href", "").lower().startswith("javascript") for _t, a in page.tags)
    assert not any(k.startswith("on") for _t, a in page.tags for k in a)
    assert page.title.startswith(HOSTILE_TITLE)  # the markup is text in the title
    assert "&lt;script&gt;window.__pwned" in html and "&lt;img src=x onerror=" in html
    text = raw_text(raw, package, path.stem)
    assert "\r\n" in text
    for mark in page.marks:
        assert mark["text"] == text[int(mark["data-start"]):int(mark["data-end"])]


# -- a real browser --------------------------------------------------------------------------
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing (CI installs it from .ci/debian-packages.txt)")
        pytest.skip("chromium is not installed")
    return found


def browse(page: Path, tmp: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    args = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={tmp / 'profile'}", "--window-size=1400,1000",
            *extra, page.resolve().as_uri()]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def test_browser_draws_the_highlights(site: Path, tmp_path: Path) -> None:
    path = article_pages(site)[0]
    static = Page(path.read_text(encoding="utf-8"))
    shot = tmp_path / "page.png"
    browse(path, tmp_path, f"--screenshot={shot}")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    dom = Page(browse(path, tmp_path, "--dump-dom").stdout)
    body = next(a for t, a in dom.tags if t == "body")
    assert body.get("data-ready") == "1"  # the page's own script ran
    assert int(body["data-marks"]) == len(static.marks) > 0
    assert len(dom.marks) == len(static.marks)
    toggles = next(a for t, a in dom.tags if t == "fieldset")
    assert "hidden" not in toggles  # the script revealed the layer switches


def test_browser_runs_nothing_from_a_hostile_article(hostile: tuple[Path, Path, Path],
                                                     tmp_path: Path) -> None:
    _package, _raw, site = hostile
    (path,) = article_pages(site)
    for page in (path, site / "index.html"):
        dom = Page(browse(page, tmp_path, "--dump-dom").stdout)
        # Unchanged: the hostile code would have set it to 'PWNED'.
        assert dom.title == (f"{HOSTILE_TITLE} · newstables review" if page == path
                             else "newstables review: articles")
        assert [t for t, _a in dom.tags if t in ("img", "iframe")] == []
        assert sum(t == "script" for t, _a in dom.tags) == 1
        assert not any(a.get("href", "").startswith("javascript") for _t, a in dom.tags)
        body = next(a for t, a in dom.tags if t == "body")
        assert body.get("data-ready") == "1"


def test_browser_tooltip_and_row_links_work(site: Path, tmp_path: Path) -> None:
    """Drive the page's script: focus a highlight, then click a table row (a probe script,
    allowed by its own hash, reports what it sees in the title)."""
    path = article_pages(site)[0]
    probe = (
        "document.addEventListener('DOMContentLoaded', function () {"
        " var mark = document.querySelector('mark.ann-quote'); mark.focus();"
        " var tip = document.getElementById('tip');"
        " var shown = !tip.hidden && tip.querySelectorAll('.desc').length;"
        " var row = document.querySelector('tr[data-target][data-kind=row]'); row.click();"
        " var lit = document.querySelectorAll('mark.flash').length;"
        " var ok = document.activeElement.classList.contains('flash');"
        " document.title = 'probe tip=' + shown + ' lit=' + lit + ' focus=' + ok; });")
    html = path.read_text(encoding="utf-8")
    html = html.replace("script-src ", f"script-src {csp_hash(probe)} ", 1)
    html = html.replace("</body>", f"<script>{probe}</script></body>")
    probe_page = tmp_path / path.name
    probe_page.write_text(html, encoding="utf-8")
    title = Page(browse(probe_page, tmp_path, "--dump-dom").stdout).title
    match = re.fullmatch(r"probe tip=(\d+) lit=(\d+) focus=(\w+)", title)
    assert match, title
    assert int(match[1]) >= 1 and int(match[2]) >= 1 and match[3] == "true"
