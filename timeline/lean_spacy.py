"""Imported first in the server the worker processes of `timeline extract` fork from
(`timeline.workers.start_forkserver`): spaCy, without its command line.

`import spacy` imports `spacy.cli` for the one name `spacy.info`, and with it typer, weasel,
requests and jinja2: a third of spaCy's import time (0.15 to 0.3 s of CPU here), which every
worker waits for and no stage uses. Here `spacy.cli` is a stand-in while spaCy imports, and
is gone from `sys.modules` after, so a later `import spacy.cli` (or `spacy.info()`) imports
the real one. Should spaCy ever need more of its command line, it is imported the usual way.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from timeline.blas import start_numpy_on_one_thread

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`: the real one, imported when called."""
    from spacy.cli.info import info  # noqa: PLC0415  (the real command line, only now)

    return info(*args, **kwargs)


def import_spacy() -> None:
    """Import spaCy without its command line (once per process), and NumPy's OpenBLAS with
    it on one thread (`timeline.blas`)."""
    if "spacy" in sys.modules:
        return
    start_numpy_on_one_thread()
    package = types.ModuleType("spacy.cli")
    package.__path__ = []
    module = types.ModuleType("spacy.cli.info")
    module.info = _info  # type: ignore[attr-defined]
    package.info = module  # type: ignore[attr-defined]
    sys.modules.update(zip(_STAND_INS, (package, module), strict=True))
    try:
        import spacy  # noqa: PLC0415
    except Exception:  # its command line is needed after all: the usual import
        for name in ("spacy", *_STAND_INS):
            sys.modules.pop(name, None)
        import spacy  # noqa: F401, PLC0415
    finally:
        for name in _STAND_INS:
            if sys.modules.get(name) in (package, module):
                del sys.modules[name]


import_spacy()
