"""spaCy's English stop words read without importing spaCy (`timeline/stop_words.py`): the same
words as spaCy's own module, and the command's process, which runs no model, imports no spaCy."""

from __future__ import annotations

import subprocess
import sys

from timeline.stop_words import stop_words

SCRIPT = """
import sys
from timeline.stop_words import stop_words
read = stop_words()
from timeline.pattern_cache import cached_patterns
with cached_patterns("command"):  # what `timeline extract` imports in its own process
    from timeline.documents import read_documents
    from timeline.export import format_for, write_table
    from timeline.pipeline import extract
from timeline.reading import prepare
from timeline.documents import Document
prepare(Document(id="a", text="Ana Lobo of Kelvale Foods spoke on Monday, 3 May 2021."))
before = "spacy" in sys.modules
from spacy.lang.en.stop_words import STOP_WORDS
print(before, read == frozenset(STOP_WORDS), len(read) > 300)
"""


def test_the_stop_words_are_spacys_and_the_command_imports_no_spacy_for_them() -> None:
    # a process of its own: spaCy is imported here already
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    assert done.stdout.split("\n")[0] == "False True True"


def test_the_stop_words_are_those_of_spacys_imported_module() -> None:
    from spacy.lang.en.stop_words import STOP_WORDS

    assert stop_words() == frozenset(STOP_WORDS)
    assert {"the", "whereas", "n't", "’s"} <= stop_words()
    assert not {"Kelvale", "council", "said"} & stop_words()
