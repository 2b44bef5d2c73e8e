"""spaCy's English stop words, read from spaCy's own module without importing spaCy.

The list lives in `spacy/lang/en/stop_words.py`, a plain module that needs nothing else; but
`import spacy.lang.en.stop_words` first runs spaCy's package `__init__`, which loads the whole
library (about a second, in every process that extracts, for one word list). The module is
therefore loaded from its file on its own.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Final


def _spacy_stop_words() -> frozenset[str]:
    package = importlib.util.find_spec("spacy")  # finds the package without importing it
    if package is None or package.origin is None:
        raise ImportError("spaCy is not installed (newstables uses its English stop words)")
    path = Path(package.origin).parent / "lang" / "en" / "stop_words.py"
    spec = importlib.util.spec_from_file_location("newstables_spacy_en_stop_words", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path}: spaCy's English stop words not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


STOP_WORDS: Final = _spacy_stop_words()
