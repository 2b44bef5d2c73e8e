"""spaCy's English stop words are used without importing spaCy (a second per process)."""

from __future__ import annotations

import subprocess
import sys


def test_stop_words_are_spacys_list() -> None:
    from spacy.lang.en.stop_words import STOP_WORDS as SPACY

    from newstables.extract.stopwords import STOP_WORDS

    assert STOP_WORDS == SPACY and "the" in STOP_WORDS


def test_extraction_does_not_import_spacy() -> None:
    code = ("import sys, newstables.extract; "
            "sys.exit(1 if any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules) "
            "else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
