"""The compiled code of the regular expressions a process compiles while it imports the
stages or loads the model, kept from one run to the next, as Python keeps modules' bytecode.

    >>> with cached_patterns("command"):  # doctest: +SKIP
    ...     from timeline.pipeline import extract

The stages compile about a thousand patterns when imported (and spaCy's tokenizer a few
large ones when the model loads): 0.3 to 0.5 s of CPU in the command, and again in the
server its workers fork from, before they read a document. Nearly all of it is Python's
parser and code generator (`re._parser.parse`, `re._compiler._code`); the last step,
`_sre.compile`, takes the generated code and is quick. Inside `cached_patterns`, a pattern
compiled by an earlier run is built from the code kept then: the very pattern a fresh
compilation gives (`Pattern.__eq__` compares the flags, the pattern and the code, and the
tests check every kept one); the others are compiled as usual and kept for the next run.

One file per use (the command, the workers' stages, the model) and per Python build (its
version and `re`'s code format), in the user's cache folder (`$XDG_CACHE_HOME/timeline`,
else `~/.cache/timeline`). It is written again, with only that run's patterns, when enough
of them were new (`REWRITE_SHARE`): it follows the code as it changes. A missing,
unreadable or unwritable cache, or a Python whose `re` is not laid out as 3.11 to 3.13's,
only means compiling as usual.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["cache_file", "cached_patterns"]

#: CPython's pattern compiler (`re._compiler`) and its C engine (`_sre`)
_COMPILER: Any = getattr(re, "_compiler", None)
_ENGINE: Any = sys.modules.get("_sre")
#: The Pythons whose `re._compiler.compile` is the three steps `_compile_keeping` repeats.
_SUPPORTED = ((3, 11), (3, 12), (3, 13))

#: What `_sre.compile` is given besides the pattern: the flags as compiled, the code, the
#: number of groups, and the maps between group names and numbers.
_Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
#: The cache is written again when more than one pattern in this many was new. A few new
#: ones (a rule added; a pattern of a library built from a set, in another order each run)
#: cost their compilation, less than writing the cache at every run.
REWRITE_SHARE = 20
_Key = tuple[str | bytes, int]


def cache_file(use: str) -> Path | None:
    """Where the patterns of `use` are kept for this Python build; None without a home.

    >>> cache_file("command").name  # doctest: +SKIP
    'patterns.command.cpython-311.20220423.3.11.7.marshal'
    """
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError, OSError):  # no home folder to be found
            return None
    tag = sys.implementation.cache_tag or sys.implementation.name
    code_format = getattr(getattr(re, "_constants", None), "MAGIC", 0)
    version = sys.version.split()[0]
    return Path(base) / "timeline" / f"patterns.{use}.{tag}.{code_format}.{version}.marshal"


def _supported() -> bool:
    return (
        sys.implementation.name == "cpython"
        and sys.version_info[:2] in _SUPPORTED
        and _ENGINE is not None
        and all(hasattr(_COMPILER, name) for name in ("compile", "_code", "_parser"))
    )


def _load(path: Path) -> dict[_Key, _Code]:
    try:
        # this user's own cache, as trusted as the bytecode Python keeps beside a module
        kept = marshal.loads(path.read_bytes())  # noqa: S302
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def _save(path: Path, kept: dict[_Key, _Code]) -> None:
    """Write the cache whole or not at all (a run beside it may be reading it)."""
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                marshal.dump(kept, out)
            Path(temporary).replace(path)
        finally:
            Path(temporary).unlink(missing_ok=True)


def _compile_keeping(pattern: str | bytes, flags: int, into: dict[_Key, _Code]) -> Any:
    """`re._compiler.compile`, step for step, keeping in `into` what `_sre.compile` is given."""
    parsed = _COMPILER._parser.parse(pattern, flags)
    code = _COMPILER._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    kept: _Code = (
        int(flags | parsed.state.flags),
        [int(word) for word in code],  # some words are named constants: plain numbers to keep
        parsed.state.groups - 1,
        dict(groupindex),
        tuple(indexgroup),
    )
    into[(pattern, flags)] = kept
    return _ENGINE.compile(pattern, *kept)


@contextlib.contextmanager
def cached_patterns(use: str, path: Path | None = None) -> Iterator[None]:
    """Within it, a pattern compiled by an earlier run of `use` is built from its kept code;
    on leaving, the cache is written again if enough patterns were new. `path`: another
    file than `cache_file(use)`."""
    path = path or cache_file(use)
    if path is None or not _supported():
        yield
        return
    known = _load(path)
    used: dict[_Key, _Code] = {}
    new = 0
    original = _COMPILER.compile

    def compile_from_cache(pattern: Any, flags: int = 0) -> Any:
        nonlocal new
        if not isinstance(pattern, str | bytes) or flags & re.DEBUG:
            return original(pattern, flags)
        key = (pattern, int(flags))
        kept = known.get(key)
        if kept is not None:
            with contextlib.suppress(Exception):  # not this engine's code: compile it
                compiled = _ENGINE.compile(pattern, *kept)
                used[key] = kept
                return compiled
        new += 1
        return _compile_keeping(pattern, int(flags), used)

    _COMPILER.compile = compile_from_cache
    try:
        yield
    finally:
        _COMPILER.compile = original
        if new * REWRITE_SHARE > len(used):
            _save(path, used)
