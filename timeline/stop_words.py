"""spaCy's English stop words (`spacy.lang.en.stop_words.STOP_WORDS`), read without importing
spaCy: the command's own process never runs a model, and `import spacy` (0.5 to 0.7 s of CPU,
its command line with it) was there only for this list.

    >>> {"the", "which", "n't"} <= stop_words() and "Paris" not in stop_words()
    True

The list is spaCy's file itself, run as a module of its own (it imports nothing), or the
module spaCy has already imported: the very same words either way (a test holds them equal).
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

#: The module of spaCy that holds the list, and the name of the list in it.
STOP_WORDS_MODULE = "spacy.lang.en.stop_words"
_LIST_NAME = "STOP_WORDS"


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, spaCy itself not imported for them."""
    imported = sys.modules.get(STOP_WORDS_MODULE)
    if imported is not None:
        return frozenset(getattr(imported, _LIST_NAME))
    package = importlib.util.find_spec("spacy")  # where it is, not imported
    origin = package.origin if package is not None else None
    if origin is None:  # not found as a package here: the usual import says why
        return _imported()
    path = Path(origin).parent.joinpath(*STOP_WORDS_MODULE.split(".")[1:]).with_suffix(".py")
    spec = importlib.util.spec_from_file_location(f"_timeline_{_LIST_NAME.lower()}", path)
    if spec is None or spec.loader is None or not path.is_file():
        return _imported()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(getattr(module, _LIST_NAME))


def _imported() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # noqa: PLC0415  (spaCy, only here)

    return frozenset(STOP_WORDS)
