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

One file per use (the command, the workers' stages, the model, the server's warm-up story)
and per Python build (its version and `re`'s code format), in the user's cache folder
(`$XDG_CACHE_HOME/timeline`, else `~/.cache/timeline`). It is written again, with only that
run's patterns, when enough of them were new (`REWRITE_SHARE`): it follows the code as it
changes, or when the new ones took longer to compile than a rewrite takes
(`REWRITE_SECONDS`): a few rules added since the file was written are then compiled once, not
at every run. A missing, unreadable or unwritable cache, or a Python whose `re` is not laid out
as 3.11 to 3.13's, only means compiling as usual.

Processes and threads may share a cache (the command and its workers run at once, a program
may use it from several threads): a file is written whole, under a temporary name, and then
put in place (`os.replace`), so a reader finds the old file or the new one; a file that is
cut short, damaged or not one of ours (its header, length and checksum do not agree) is
ignored. The threads of one process share one patched compiler: the last to leave puts
Python's back.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
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
#: ones that are quick to compile (a pattern of a library built from a set, in another order
#: each run) cost their compilation, less than writing the cache at every run.
REWRITE_SHARE = 20
#: The cache is written again, too, when its new patterns took more CPU seconds than this to
#: compile: more than writing the file takes (3 MB of the stages' 1,600 patterns: about 5 ms),
#: so that patterns added since it was written, fewer than one in `REWRITE_SHARE` (a stop's
#: rules: 25 to 50 patterns, 20 to 70 ms of every start until then), are compiled once (stop
#: 54). The stages' own alternations list their words in one order every run.
REWRITE_SECONDS = 0.01
_Key = tuple[str | bytes, int]

#: A cache file: this header, the length of the marshalled patterns and their CRC-32 (four
#: bytes each, little-endian), then the patterns. A file without it is not read.
_HEADER = b"timeline-patterns\x00"
_SIZES = 8


def cache_file(use: str) -> Path | None:
    """Where the patterns of `use` are kept for this Python build; None without a home.
    `$XDG_CACHE_HOME` counts when it is an absolute path (the XDG rule), else `~/.cache`.

    >>> cache_file("command").name  # doctest: +SKIP
    'patterns.command.cpython-311.20220423.3.11.7.sealed'
    """
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not Path(base).is_absolute():
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError, OSError):  # no home folder to be found
            return None
    tag = sys.implementation.cache_tag or sys.implementation.name
    code_format = getattr(getattr(re, "_constants", None), "MAGIC", 0)
    version = sys.version.split()[0]
    # ".sealed": files with the header; the bare ".marshal" files of earlier versions are
    # left to those versions, so that two versions in use do not rewrite each other's.
    return Path(base) / "timeline" / f"patterns.{use}.{tag}.{code_format}.{version}.sealed"


def _supported() -> bool:
    return (
        sys.implementation.name == "cpython"
        and sys.version_info[:2] in _SUPPORTED
        and _ENGINE is not None
        and all(hasattr(_COMPILER, name) for name in ("compile", "_code", "_parser"))
    )


def _seal(kept: dict[_Key, _Code]) -> bytes:
    data = marshal.dumps(kept)
    sizes = len(data).to_bytes(4, "little") + zlib.crc32(data).to_bytes(4, "little")
    return _HEADER + sizes + data


def _unseal(sealed: bytes) -> dict[_Key, _Code]:
    """The patterns of a sealed file; {} for one cut short, damaged or not one of ours."""
    if not sealed.startswith(_HEADER):
        return {}
    sizes = sealed[len(_HEADER) : len(_HEADER) + _SIZES]
    data = sealed[len(_HEADER) + _SIZES :]
    if len(sizes) < _SIZES or int.from_bytes(sizes[:4], "little") != len(data):
        return {}
    if int.from_bytes(sizes[4:], "little") != zlib.crc32(data):
        return {}
    try:
        # this user's own cache, as trusted as the bytecode Python keeps beside a module
        kept = marshal.loads(data)  # noqa: S302
    except (EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def _load(path: Path) -> dict[_Key, _Code]:
    try:
        return _unseal(path.read_bytes())
    except (OSError, ValueError):  # missing, unreadable, a folder, a name too long
        return {}


def _save(path: Path, kept: dict[_Key, _Code]) -> None:
    """Write the cache whole or not at all: under a name of its own, then put in place, so
    that a run beside it reads the old file or the new one. A folder that cannot be made or
    written (a read-only home) only means no cache."""
    with contextlib.suppress(OSError, ValueError):
        sealed = _seal(kept)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(sealed)
            Path(temporary).replace(path)  # os.replace: atomic on POSIX
        finally:
            Path(temporary).unlink(missing_ok=True)


def _compile_keeping(pattern: str | bytes, flags: int) -> tuple[Any, _Code]:
    """`re._compiler.compile`, step for step: the pattern, and what `_sre.compile` is given."""
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
    return _ENGINE.compile(pattern, *kept), kept


@dataclass(slots=True)
class _Use:
    """One `cached_patterns` under way: what its file held, what was compiled while it ran,
    and how much of that its file did not hold."""

    known: dict[_Key, _Code]
    used: dict[_Key, _Code] = field(default_factory=dict)
    new: int = 0
    #: CPU seconds spent compiling the patterns its file did not hold
    new_seconds: float = 0.0


#: Held while the uses under way, the compiler in place or a use's patterns change.
_LOCK = threading.RLock()
#: The uses under way, in this process (any thread): each sees every pattern compiled.
_UNDER_WAY: list[_Use] = []
#: Python's own `re._compiler.compile`, while `_compile_from_cache` stands in its place.
_python_compile: Any = None


def _compile_from_cache(pattern: Any, flags: int = 0) -> Any:
    """`re._compiler.compile` while uses are under way: from a use's kept code if one holds
    it, else compiled; the code is given to every use under way."""
    if not isinstance(pattern, str | bytes) or flags & re.DEBUG:
        return _python_compile(pattern, flags)
    key = (pattern, int(flags))
    with _LOCK:
        uses = list(_UNDER_WAY)
    compiled, kept = None, None
    for use in uses:
        candidate = use.known.get(key)
        if candidate is None:
            continue
        try:  # not this engine's code, or not code at all: try the next, else compile
            compiled, kept = _ENGINE.compile(pattern, *candidate), candidate
        except Exception:  # noqa: S112  (whatever a damaged entry makes `_sre` raise)
            continue
        break
    spent = 0.0
    if compiled is None or kept is None:
        started = time.thread_time()  # this thread's: the command reads while one starts
        compiled, kept = _compile_keeping(pattern, int(flags))
        spent = time.thread_time() - started
    with _LOCK:
        for use in uses:
            if use.known.get(key) != kept:
                use.new += 1
                use.new_seconds += spent
            use.used[key] = kept
    return compiled


def _reset_lock_in_child() -> None:
    """A forked child starts with the lock free: the thread that held it is not there."""
    global _LOCK  # noqa: PLW0603
    _LOCK = threading.RLock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_lock_in_child)


@contextlib.contextmanager
def cached_patterns(use: str, path: Path | None = None) -> Iterator[None]:
    """Within it, a pattern compiled by an earlier run of `use` is built from its kept code;
    on leaving, the cache is written again if enough patterns were new. `path`: another
    file than `cache_file(use)`. Uses may be nested and run in several threads at once."""
    global _python_compile  # noqa: PLW0603
    path = path or cache_file(use)
    if path is None or not _supported():
        yield
        return
    this = _Use(_load(path))
    with _LOCK:
        if not _UNDER_WAY:
            _python_compile = _COMPILER.compile
            _COMPILER.compile = _compile_from_cache
        _UNDER_WAY.append(this)
    try:
        yield
    finally:
        with _LOCK:
            _UNDER_WAY.remove(this)
            if not _UNDER_WAY:
                _COMPILER.compile = _python_compile
            used, new, new_seconds = dict(this.used), this.new, this.new_seconds
        if new * REWRITE_SHARE > len(used) or new_seconds > REWRITE_SECONDS:
            _save(path, used)
