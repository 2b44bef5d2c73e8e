"""Bad and hostile input: a correct result, or one line naming the file and the cause, exit
code 2, no traceback, and the published folder byte-for-byte as it was.

Every case runs the real command in a subprocess against a private raw/, out/ and build/.
"""

from __future__ import annotations

import codecs
import csv
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from newstables.raw import decode

from .conftest import ROOT, SPANS, cli, tree_bytes

# Small texts of our own. Two paragraphs, a named speaker, a quotation, an event verb.
BODY = ("The foreign minister, Anna Berg, said on Monday that \"the talks will go on next "
        "week.\" Police arrested two protesters outside the hall in Oslo.")
TEXT = f"Talks to resume in Oslo\n\n{BODY}\n"
SIDECAR_OK = "title: Talks to resume in Oslo\npublisher: Example Wire\nlanguage: en\n"



def write_raw(folder: Path, files: dict[str, str | bytes]) -> Path:
    """A raw folder holding `files` (text is written as UTF-8, bytes as they are)."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return folder


def build(raw: Path, out: Path, scratch: Path) -> subprocess.CompletedProcess[str]:
    return cli("build", "--raw", str(raw), "--out", str(out), "--build", str(scratch / "build"))


def read_csv(package: Path, table: str) -> list[dict[str, str]]:
    with open(package / "data" / f"{table}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def assert_refused(result: subprocess.CompletedProcess[str], names: str, cause: str,
                   out: Path, before: dict[str, bytes]) -> None:
    """Exit 2, exactly one error line naming the file and the cause, no traceback, out as it was."""
    assert result.returncode == 2, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = error_lines(result)
    assert len(lines) == 1, result.stderr
    assert names in lines[0] and cause in lines[0], lines[0]
    assert tree_bytes(out) == before


@pytest.fixture(scope="module")
def accepted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """One build of a raw folder of awkward but valid articles: (raw, out, stderr)."""
    tmp = tmp_path_factory.mktemp("accepted")
    nested = ("He said: \"She told me 'we leave at dawn' and left,\" then walked out. It's the "
              "1990s' style: a 5′11″ man, the ‘Iron Lady’ and «les Bleus».\n")
    files: dict[str, str | bytes] = {
        "crlf.txt": f"Talks to resume in Oslo\r\n\r\n{BODY}\r\n\r\n\"We are not giving up,\" "
                    "Berg told reporters.\r\n",
        "cr.txt": f"Talks stall in Bergen\r\r{BODY.replace('Oslo', 'Bergen')}\r\r\"We wait,\" "
                  "Berg said.\r",
        "bom.txt": codecs.BOM_UTF8 + f"Talks open in Paris\n\n{BODY}\n".encode(),
        "spaces.txt": "Odd\u00a0spaces in Rome\n\n\tThe prime\u00a0minister, Marco Rossi, said "
                      "that \"the\u200b vote is final.\"\u00a0 Police\tarrested two men.\n",
        "long line.txt": "A very long line\n\n" + " ".join([BODY] * 2000) + "\n",
        "quotes.txt": "Quotes everywhere\n\nThe mayor said \"this never ends. Then she "
                      "left.\n\nA stray ” mark and a \" lone one, said Berg.\n\n" + nested,
        "naïve café.txt": "Café owners protest in Lyon\n\n" + BODY + "\n",
        "v2..final.txt": "Two dots in a name\n\n" + BODY.replace("Monday", "Friday") + "\n",
        "formula.txt": "Spreadsheet trouble\n\n\"=SUM(A1:A9) is not a policy,\" the minister "
                       "said on Monday.\n\n\"+1 for the plan,\" Berg "
                       "said. \"-5 degrees tonight,\" Rossi said. \"@everyone listen,\" Berg "
                       "told reporters.\n",
        "formula.yaml": "title: \"=cmd|' /C calc'!A0\"\npublisher: \"@SUM(1+1)\"\n"
                        "attribution: [\"+wire\", \"-desk\"]\n",
        "same text.txt": TEXT,
        "twin/copy.txt": TEXT,
        ".hidden.txt": "Hidden\n\n" + BODY + "\n",
    }
    raw = write_raw(tmp / "raw", files)
    result = build(raw, tmp / "out", tmp)
    assert result.returncode == 0, result.stderr[-3000:]
    return raw, tmp / "out", result.stderr


@pytest.fixture
def published(accepted: tuple[Path, Path, str], tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A private copy of a published package and its bytes, to compare after a refused build."""
    out = tmp_path / "published"
    shutil.copytree(accepted[1], out)
    return out, tree_bytes(out)


def texts_by_document(raw: Path, package: Path) -> dict[str, tuple[str, str]]:
    """document_id -> (path, text) for every published document."""
    return {row["document_id"]: (row["path"], decode((raw / row["path"]).read_bytes(), row["path"]))
            for row in read_csv(package, "documents")}


# --- inputs that are refused -------------------------------------------------------------------

REFUSED_TEXT = {
    "empty": (b"", "is empty"),
    "whitespace": (b" \n\t\r\n  \n", "only white space"),
    "nbsp-and-zero-width": ("\u00a0\u200b\n\u200b\n".encode(), "only white space"),
    "title-only": (b"A title and nothing else\n\n   \n", "title but no body"),
    "title-no-newline": (b"A title and nothing else", "title but no body"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "NUL bytes"),
    "nul-in-text": (TEXT.encode().replace(b"minister", b"mini\x00ster"), "NUL bytes"),
    "control-char": (TEXT.encode().replace(b"Monday", b"\x1b[31mMonday"), "control character"),
    "latin-1": (TEXT.replace("Oslo", "Zürich café").encode("latin-1"), "Latin-1"),
    "windows-1252": (f"Title\n\n{BODY.replace(chr(34), '“')}".encode("cp1252"),
                     "Windows-1252"),
    "utf-16-bom": (TEXT.encode("utf-16"), "UTF-16"),
    "utf-16-no-bom": (TEXT.encode("utf-16-le"), "NUL bytes"),
    "utf-32-bom": (TEXT.encode("utf-32"), "UTF-32"),
    "invalid-utf-8": (TEXT.encode().replace(b"Monday", b"Mon\xc3\x28day"), "not valid UTF-8"),
    "truncated-utf-8": (TEXT.encode() + "é".encode()[:1], "not valid UTF-8"),
}


@pytest.mark.parametrize("case", sorted(REFUSED_TEXT))
def test_bad_text_is_refused_naming_the_file(case: str, tmp_path: Path,
                                             published: tuple[Path, dict[str, bytes]]) -> None:
    content, cause = REFUSED_TEXT[case]
    raw = write_raw(tmp_path / "raw", {"good.txt": TEXT.replace("Oslo", "Rome"),
                                       f"{case}.txt": content})
    out, before = published
    assert_refused(build(raw, out, tmp_path), f"{case}.txt", cause, out, before)


SIDECARS = {
    "malformed": ("title: [unclosed\npublisher: x\n", "not valid YAML"),
    "not-a-mapping": ("- just\n- a list\n", "must be a YAML mapping"),
    "unknown-key": ("title: T\nauthor: Somebody\n", "unknown key(s): author"),
    "duplicate-key": ("title: T\ntitle: U\n", "appears twice"),
    "wrong-type-number": ("title: 12\n", "'title' must be a string"),
    "wrong-type-bool": ("language: true\n", "'language' must be a string"),
    "wrong-type-list": ("attribution: [1, 2]\n", "list of strings"),
    "impossible-date": ("published_date: 2019-02-30\n", "not a real date"),
    "not-iso-date": ("published_date: '20190228'\n", "not a real date"),
    "bad-basis": ("published_date_basis: guessed\n", "published_date_basis must be"),
    "sha256-mismatch": (f"sha256: '{'0' * 64}'\n", "differs from its sidecar"),
    "sha256-not-hex": ("sha256: abc\n", "64 lowercase hex"),
    "python-object": ("title: !!python/object/apply:os.system [\"touch {pwned}\"]\n",
                      "YAML tag"),
    "python-name": ("title: !!python/name:os.system\n", "YAML tag"),
    "custom-tag": ("title: !shout hello\n", "YAML tag"),
    "not-utf-8": ("title: caf\udce9\n", "not valid UTF-8"),
}


@pytest.mark.parametrize("case", sorted(SIDECARS))
def test_bad_sidecar_is_refused_naming_it(case: str, tmp_path: Path,
                                          published: tuple[Path, dict[str, bytes]]) -> None:
    sidecar, cause = SIDECARS[case]
    pwned = tmp_path / "PWNED"
    sidecar = sidecar.format(pwned=pwned)
    raw = write_raw(tmp_path / "raw", {
        "story.txt": TEXT,
        "story.yaml": sidecar.encode("utf-8", "surrogateescape")})
    out, before = published
    name = "story.txt" if case == "sha256-mismatch" else "story.yaml"
    assert_refused(build(raw, out, tmp_path), name, cause, out, before)
    assert not pwned.exists()  # no code ran


def test_symlink_out_of_raw_is_refused(tmp_path: Path,
                                       published: tuple[Path, dict[str, bytes]]) -> None:
    secret = write_raw(tmp_path / "outside", {"secret.txt": "Secret\n\nDo not publish.\n"})
    raw = write_raw(tmp_path / "raw", {"good.txt": TEXT})
    (raw / "leak.txt").symlink_to(secret / "secret.txt")
    out, before = published
    assert_refused(build(raw, out, tmp_path), "leak.txt", "outside the raw folder", out, before)


def test_sidecar_symlink_out_of_raw_is_refused(tmp_path: Path,
                                               published: tuple[Path, dict[str, bytes]]) -> None:
    secret = write_raw(tmp_path / "outside", {"secret.yaml": "title: from elsewhere\n"})
    raw = write_raw(tmp_path / "raw", {"good.txt": TEXT})
    (raw / "good.yaml").symlink_to(secret / "secret.yaml")
    out, before = published
    assert_refused(build(raw, out, tmp_path), "good.yaml", "outside the raw folder", out, before)


def test_linked_folder_out_of_raw_is_refused(tmp_path: Path,
                                             published: tuple[Path, dict[str, bytes]]) -> None:
    outside = write_raw(tmp_path / "outside", {"other.txt": TEXT.replace("Oslo", "Rome")})
    raw = write_raw(tmp_path / "raw", {"good.txt": TEXT})
    (raw / "more").symlink_to(outside, target_is_directory=True)
    out, before = published
    assert_refused(build(raw, out, tmp_path), "more", "outside the raw folder", out, before)


def test_file_name_with_control_characters_is_refused(
        tmp_path: Path, published: tuple[Path, dict[str, bytes]]) -> None:
    raw = write_raw(tmp_path / "raw", {"good.txt": TEXT, "evil\nname.txt": TEXT + "More.\n"})
    out, before = published
    # The name is shown escaped, so the error stays one line.
    assert_refused(build(raw, out, tmp_path), "evil\\nname.txt", "file name", out, before)


def test_file_name_not_utf8_is_refused(tmp_path: Path,
                                       published: tuple[Path, dict[str, bytes]]) -> None:
    raw = write_raw(tmp_path / "raw", {"good.txt": TEXT})
    try:
        (raw / os.fsdecode(b"caf\xe9.txt")).write_text(TEXT + "More.\n", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this filesystem refuses file names that are not UTF-8")
    out, before = published
    assert_refused(build(raw, out, tmp_path), "caf\\udce9.txt", "not UTF-8", out, before)


def test_empty_raw_folder_is_refused(tmp_path: Path,
                                     published: tuple[Path, dict[str, bytes]]) -> None:
    raw = write_raw(tmp_path / "raw", {"notes.md": "no articles here"})
    out, before = published
    assert_refused(build(raw, out, tmp_path), "raw", "no .txt articles", out, before)


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_raw_that_is_not_a_folder_is_refused(kind: str, tmp_path: Path,
                                             published: tuple[Path, dict[str, bytes]]) -> None:
    raw = tmp_path / "raw"
    if kind == "file":
        raw.write_text(TEXT)
    out, before = published
    cause = "does not exist" if kind == "missing" else "not a folder"
    assert_refused(build(raw, out, tmp_path), str(raw), cause, out, before)


# --- the --out folder --------------------------------------------------------------------------

def test_out_that_is_a_file_is_refused(tmp_path: Path) -> None:
    raw = write_raw(tmp_path / "raw", {"good.txt": TEXT})
    out = tmp_path / "out.csv"
    out.write_text("keep me\n")
    result = build(raw, out, tmp_path)
    assert result.returncode == 2 and error_lines(result) == [
        f"error: {out}: output path is a file, not a folder"]
    assert out.read_text() == "keep me\n"


def test_out_inside_raw_is_refused(tmp_path: Path) -> None:
    raw = write_raw(tmp_path / "raw", {"good.txt": TEXT})
    before = tree_bytes(raw)
    result = build(raw, raw / "package", tmp_path)
    assert_refused(result, str(raw / "package"), "inside the raw folder", raw, before)


def test_out_holding_raw_is_refused(tmp_path: Path) -> None:
    raw = write_raw(tmp_path / "project" / "raw", {"good.txt": TEXT})
    before = tree_bytes(tmp_path / "project")
    result = build(raw, tmp_path / "project", tmp_path)
    assert_refused(result, "project", "holds the raw folder", tmp_path / "project", before)


def test_out_that_is_some_other_folder_is_not_replaced(tmp_path: Path) -> None:
    raw = write_raw(tmp_path / "raw", {"good.txt": TEXT})
    home = write_raw(tmp_path / "home", {"thesis.tex": "years of work"})
    before = tree_bytes(home)
    result = build(raw, home, tmp_path)
    assert_refused(result, "home", "not a published package", home, before)


def test_out_not_writable_is_refused(tmp_path: Path,
                                     published: tuple[Path, dict[str, bytes]]) -> None:
    """A read-only parent: chmod for a normal user; root ignores modes, so an immutable folder
    (chattr +i, which binds root too) stands in for it."""
    out, before = published
    locked = out.parent
    raw = write_raw(tmp_path / "elsewhere" / "raw", {"good.txt": TEXT})
    scratch = tmp_path / "elsewhere"
    if os.geteuid() != 0:
        locked.chmod(0o555)
        unlock = lambda: locked.chmod(0o755)  # noqa: E731
    else:
        chattr = shutil.which("chattr")
        if chattr is None or subprocess.run([chattr, "+i", str(locked)]).returncode != 0:
            pytest.skip("running as root, and this filesystem has no immutable flag (chattr +i)")
        unlock = lambda: subprocess.run([chattr, "-i", str(locked)], check=True)  # noqa: E731
    try:
        result = build(raw, out, scratch)
    finally:
        unlock()
    assert_refused(result, str(out), "not writable", out, before)


# --- inputs that are accepted, with exact offsets ----------------------------------------------

def test_awkward_but_valid_articles_build(accepted: tuple[Path, Path, str]) -> None:
    raw, out, _ = accepted
    paths = sorted(row["path"] for row in read_csv(out, "documents"))
    assert paths == sorted(["bom.txt", "cr.txt", "crlf.txt", "formula.txt", "long line.txt",
                            "naïve café.txt", "quotes.txt", "same text.txt", "spaces.txt",
                            "v2..final.txt"])


@pytest.mark.parametrize("name", ["crlf.txt", "cr.txt", "bom.txt", "spaces.txt", "long line.txt",
                                  "quotes.txt", "naïve café.txt", "formula.txt"])
def test_every_span_is_exact(name: str, accepted: tuple[Path, Path, str]) -> None:
    raw, out, _ = accepted
    texts = texts_by_document(raw, out)
    doc_id = next(d for d, (path, _) in texts.items() if path == name)
    text = texts[doc_id][1]
    checked = 0
    for table, triples in SPANS.items():
        for row in read_csv(out, table):
            if row["document_id"] != doc_id:
                continue
            for start, end, column in triples:
                if row[start] != "":
                    assert text[int(row[start]):int(row[end])] == row[column], (table, row)
                    checked += 1
    assert checked > 0  # the article did yield spans to check


@pytest.mark.parametrize("name", ["crlf.txt", "cr.txt"])
def test_line_endings_are_kept_and_counted(name: str, accepted: tuple[Path, Path, str]) -> None:
    raw, out, _ = accepted
    row = next(r for r in read_csv(out, "documents") if r["path"] == name)
    text = (raw / name).read_bytes().decode("utf-8")
    assert int(row["char_count"]) == len(text)
    # Spans after the first line break still match: nothing was normalised away.
    mentions = [m for m in read_csv(out, "mentions") if m["document_id"] == row["document_id"]]
    late = [m for m in mentions if int(m["start"]) > text.index("\r")]
    assert late and all(text[int(m["start"]):int(m["end"])] == m["text"] for m in late)


def test_bom_is_not_part_of_the_text(accepted: tuple[Path, Path, str]) -> None:
    raw, out, _ = accepted
    row = next(r for r in read_csv(out, "documents") if r["path"] == "bom.txt")
    text = (raw / "bom.txt").read_bytes()[3:].decode("utf-8")
    assert int(row["char_count"]) == len(text) and row["title"] == "Talks open in Paris"
    mention = next(m for m in read_csv(out, "mentions") if m["document_id"] == row["document_id"]
                   and m["text"] == "Paris")
    assert text[int(mention["start"]):int(mention["end"])] == "Paris"


def test_same_text_twice_is_kept_once_with_a_warning(accepted: tuple[Path, Path, str]) -> None:
    _, out, stderr = accepted
    paths = [r["path"] for r in read_csv(out, "documents")]
    assert ("same text.txt" in paths) != ("twin/copy.txt" in paths)
    warning = next(line for line in stderr.splitlines() if "same text as" in line)
    assert warning.startswith("warning:")
    assert "same text.txt" in warning and "copy.txt" in warning


def test_hidden_file_is_skipped_with_a_warning(accepted: tuple[Path, Path, str]) -> None:
    _, out, stderr = accepted
    assert ".hidden.txt" not in {r["path"] for r in read_csv(out, "documents")}
    assert any(".hidden.txt" in line and "skipped" in line for line in stderr.splitlines())


def test_formula_like_cells_are_published_unchanged(accepted: tuple[Path, Path, str]) -> None:
    raw, out, _ = accepted
    doc = next(r for r in read_csv(out, "documents") if r["path"] == "formula.txt")
    assert doc["title"] == "=cmd|' /C calc'!A0" and doc["publisher"] == "@SUM(1+1)"
    assert doc["attribution"] == "+wire; -desk"
    quotes = {q["text"] for q in read_csv(out, "quotes") if q["document_id"] == doc["document_id"]}
    for prefix in ("=SUM(A1:A9)", "+1 for", "-5 degrees", "@everyone"):
        assert any(q.startswith(prefix) for q in quotes), (prefix, quotes)
    # Parquet holds the same strings: nothing escaped or prefixed with an apostrophe.
    import pyarrow.parquet as pq

    titles = pq.read_table(out / "data" / "documents.parquet").column("title").to_pylist()
    assert "=cmd|' /C calc'!A0" in titles


# --- scale -------------------------------------------------------------------------------------

def ten_megabytes(newline: str = "\n") -> str:
    """About 10 MB of news-like text: names, quotes, speech and event verbs in every paragraph."""
    paragraph = ("Officials in Caracas said on Tuesday that \"the border will stay open,\" while "
                 "Maria Lopez, a spokeswoman, warned of new sanctions. ")
    lines, size, i = ["A very large article"], 0, 0
    while size < 10 * 1024**2:
        line = f"{paragraph * 4}Item {i}."
        lines.append(line)
        size += len(line) + 2
        i += 1
    return (newline * 2).join(lines) + newline


def test_reading_and_segmenting_ten_megabytes_is_fast(tmp_path: Path) -> None:
    """raw.py and extract/text.py on 10 MB: exact offsets whatever the line endings."""
    from newstables.extract.text import Analysis
    from newstables.raw import read_all

    text = ten_megabytes("\r\n")
    raw = write_raw(tmp_path / "raw", {"huge.txt": text})
    [article] = read_all(raw)
    analysis = Analysis(article.text)
    assert article.text == text and len(analysis.paragraphs) == text.count("\r\n\r\n") + 1
    assert all(text[a:b].strip() == text[a:b] for a, b in analysis.sentences[:1000])


def test_a_ten_megabyte_article_builds(tmp_path: Path) -> None:
    text = ten_megabytes()
    raw = write_raw(tmp_path / "raw", {"huge.txt": text})
    result = build(raw, tmp_path / "out", tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert read_csv(tmp_path / "out", "documents")[0]["char_count"] == str(len(text))


def test_a_thousand_small_articles_build(tmp_path: Path) -> None:
    files = {f"batch/{i:04d}.txt": f"Report number {i}\n\n{BODY} The count was {i}.\n"
             for i in range(1000)}
    raw = write_raw(tmp_path / "raw", files)
    result = build(raw, tmp_path / "out", tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(read_csv(tmp_path / "out", "documents")) == 1000


# --- a build killed while publishing -----------------------------------------------------------

# Runs the real publish step with a pause at one chosen moment, announced on stdout, so the test
# can SIGKILL it exactly there. Only the pauses are added; every file operation is the real one.
_PAUSED_PUBLISH = r"""
import os, shutil, sys, time
from pathlib import Path
from newstables import publish

staged, out, moment = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]

def hold(name):
    if name == moment:
        print(name, flush=True)
        time.sleep(300)

real_copy, real_copytree, real_fsync = shutil.copy2, shutil.copytree, os.fsync
real_exchange, real_rmtree = publish._exchange, shutil.rmtree
copied = []

def copy(src, dst, *, follow_symlinks=True):
    copied.append(src)
    if len(copied) == 3:
        hold("copy")
    return real_copy(src, dst, follow_symlinks=follow_symlinks)

def fsync(fd):
    real_fsync(fd)
    hold("fsync")

def exchange(a, b):
    hold("before-exchange")
    done = real_exchange(a, b)
    hold("after-exchange")
    return done

def rmtree(path, *args, **kwargs):
    files = [p for p in sorted(Path(path).rglob("*")) if p.is_file()]
    if files:
        files[0].unlink()  # half-removed
        hold("rmtree")
    return real_rmtree(path, *args, **kwargs)

def copytree(src, dst, symlinks=False, ignore=None, copy_function=None, *args, **kwargs):
    return real_copytree(src, dst, symlinks, ignore, copy, *args, **kwargs)

real_rename = os.rename

def rename(src, dst):  # the fallback's first rename moves the published folder aside
    real_rename(src, dst)
    if Path(src) == out.absolute():
        hold("between-renames")

shutil.copytree = copytree
os.fsync, publish._exchange, shutil.rmtree = fsync, exchange, rmtree
if moment == "between-renames":  # a system without renameat2 RENAME_EXCHANGE
    publish._exchange, os.rename = (lambda a, b: False), rename
publish.publish(staged, out)
print("done", flush=True)
"""


@pytest.mark.parametrize("moment", ["copy", "fsync", "before-exchange", "after-exchange",
                                    "rmtree", "done"])
def test_publish_killed_at_any_moment_leaves_old_or_new_whole(
        moment: str, tmp_path: Path, published: tuple[Path, dict[str, bytes]]) -> None:
    out, old = published
    staged = tmp_path / "staged"
    shutil.copytree(out, staged)
    (staged / "data" / "documents.csv").write_bytes(b"document_id\nnew\n")
    (staged / "NEW").write_text("a file only the new package has\n")
    new = tree_bytes(staged)
    proc = subprocess.Popen([sys.executable, "-c", _PAUSED_PUBLISH, str(staged), str(out),
                             moment], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        announced = proc.stdout.readline().strip()
        assert announced == moment
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    after = tree_bytes(out)
    assert after in (old, new)
    assert after == (old if moment in ("copy", "fsync", "before-exchange") else new)
    # The next publish cleans up what the killed one left and publishes whole.
    from newstables import publish

    publish.publish(staged, out)
    assert tree_bytes(out) == new
    assert sorted(p.name for p in out.parent.iterdir()) == sorted([out.name, "staged"])


def test_publish_without_atomic_exchange_killed_between_renames_is_recovered(
        tmp_path: Path, published: tuple[Path, dict[str, bytes]]) -> None:
    """Without RENAME_EXCHANGE the swap is two renames; a kill between them leaves the old
    package moved aside, and the next publish (or any reader's recovery) puts it back."""
    from newstables import publish

    out, old = published
    staged = tmp_path / "staged"
    shutil.copytree(out, staged)
    (staged / "NEW").write_text("new\n")
    proc = subprocess.Popen([sys.executable, "-c", _PAUSED_PUBLISH, str(staged), str(out),
                             "between-renames"], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == "between-renames"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert not out.exists()  # the window this fallback has
    publish._recover(out)
    assert tree_bytes(out) == old
    assert sorted(p.name for p in out.parent.iterdir()) == sorted([out.name, "staged"])


def test_real_build_killed_mid_publish_leaves_old_or_new(
        tmp_path: Path, published: tuple[Path, dict[str, bytes]]) -> None:
    """The real command, killed the moment its new copy appears beside the published folder."""
    out, old = published
    raw = write_raw(tmp_path / "raw", {"story.txt": TEXT})
    args = [sys.executable, "-m", "newstables", "build", "--raw", str(raw), "--out", str(out),
            "--build", str(tmp_path / "build")]
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if any(out.parent.glob(f".{out.name}.new-*")):
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.001)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL  # killed while publishing, not after
    after = tree_bytes(out)
    finished = build(raw, out, tmp_path)  # a clean run afterwards gives the new package
    assert finished.returncode == 0, finished.stderr[-3000:]
    new = tree_bytes(out)
    assert old != new and after in (old, new)


# --- downloaded zips passed to `validate` ------------------------------------------------------

def _zip(path: Path, members: dict[str, bytes], symlink: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("datapackage.json", b"{}")
        for name, data in members.items():
            zf.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (0o120777 << 16)
            zf.writestr(info, "/etc/passwd")
    return path


def _validate_zip(archive: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`newstables validate` with its temporary folder under tmp_path/tmp, so escapes show."""
    (tmp_path / "tmp").mkdir(exist_ok=True)
    env = {**os.environ, "TMPDIR": str(tmp_path / "tmp")}
    return subprocess.run([sys.executable, "-m", "newstables", "validate", str(archive),
                           "--report", str(tmp_path / "report.json")], cwd=tmp_path,
                          capture_output=True, text=True, timeout=600, env=env)


ZIPS = {
    "parent": ({"../../escaped.txt": b"x"}, "outside the folder"),
    "deep-parent": ({"data/../../../escaped.txt": b"x"}, "outside the folder"),
    "absolute": ({"/tmp/escaped.txt": b"x"}, "outside the folder"),
    "nested": ({"/".join(["d"] * 30) + "/x.csv": b"x"}, "nested too deeply"),
    "inner-zip": ({"inner.zip": b"PK\x05\x06" + b"\x00" * 18}, "nested zip"),
    "bomb": ({"data/quotes.csv": b"\x00" * (20 * 1024**2)}, "compression bomb"),
}


@pytest.mark.parametrize("case", sorted(ZIPS))
def test_hostile_zip_is_refused_and_writes_nothing_outside(case: str, tmp_path: Path) -> None:
    members, cause = ZIPS[case]
    archive = _zip(tmp_path / f"{case}.zip", members)
    result = _validate_zip(archive, tmp_path)
    assert result.returncode == 2, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert len(error_lines(result)) == 1 and f"{case}.zip" in error_lines(result)[0]
    assert cause in error_lines(result)[0]
    assert not list(tmp_path.rglob("escaped.txt")) and not Path("/tmp/escaped.txt").exists()
    assert not list((tmp_path / "tmp").iterdir())  # the temporary folder is gone too


def test_zip_with_symlink_member_is_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "link.zip", {}, symlink="data/passwd.csv")
    result = _validate_zip(archive, tmp_path)
    assert result.returncode == 2 and "symbolic link" in error_lines(result)[0]


def test_zip_claiming_a_huge_size_is_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "huge.zip", {"data/a.csv": b"a\n1\n"})
    blob = bytearray(archive.read_bytes())
    # Claim 3.5 GiB uncompressed in the central directory entry of data/a.csv.
    entry = blob.index(b"PK\x01\x02", blob.index(b"PK\x01\x02") + 4)
    blob[entry + 24:entry + 28] = (3_500_000_000).to_bytes(4, "little")
    archive.write_bytes(bytes(blob))
    result = _validate_zip(archive, tmp_path)
    assert result.returncode == 2 and "more than 2 GiB" in error_lines(result)[0]


def test_corrupt_zip_member_is_refused_in_one_line(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "corrupt.zip", {"data/a.csv": b"a\n" + b"1\n" * 1000})
    blob = bytearray(archive.read_bytes())
    name_end = blob.index(b"data/a.csv") + len("data/a.csv")
    blob[name_end + 3] ^= 0xFF  # a byte of the compressed data
    archive.write_bytes(bytes(blob))
    result = _validate_zip(archive, tmp_path)
    assert "Traceback" not in result.stderr
    assert result.returncode == 2 and "corrupt.zip" in error_lines(result)[0]
