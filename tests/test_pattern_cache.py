"""Patterns built from the kept code are the patterns a fresh compilation gives
(`timeline.pattern_cache`)."""

from __future__ import annotations

import marshal
import multiprocessing
import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from timeline import pattern_cache
from timeline.pattern_cache import cache_file, cached_patterns

ROOT = Path(__file__).resolve().parent.parent

#: Invented patterns of every kind the stages write: groups named and not, flags inline and
#: given, look-arounds, classes, bytes, verbose, a long alternation of escaped words.
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?i)\b(?:Quillon|Varnestead)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b", 0),
    (r"(?<=[.!?])\s+(?=[A-Z])", 0),
    (r"^(?P<label>[A-Z][A-Za-z ]{2,30}):\s*(?P<rest>.+)$", re.MULTILINE),
    (r"[“\"]([^“”\"\n]{1,600})[”\"]", 0),
    (r"""(?x) \b (?: mid | early | late ) - (?: \d{4} s? ) \b  # a part of a period""", 0),
    (rb"[\x80-\xff]+", 0),
    (r"\b(?:" + "|".join(re.escape(f"Ostrel {n}.") for n in range(300)) + r")", re.IGNORECASE),
    (r"(a)(b)?(?(2)c|d)", re.ASCII),
]


def _fresh(pattern: str | bytes, flags: int) -> re.Pattern[str] | re.Pattern[bytes]:
    return pattern_cache._COMPILER.compile(pattern, flags)  # type: ignore[no-any-return]


def _compile_all(path: Path, marker: str) -> list[re.Pattern[str] | re.Pattern[bytes]]:
    re.purge()  # past `re`'s own cache, to the compiler
    with cached_patterns("test", path):
        return [re.compile(_marked(pattern, marker), flags) for pattern, flags in PATTERNS]


def _marked(pattern: str | bytes, marker: str) -> str | bytes:
    if isinstance(pattern, bytes):
        return pattern + b"|" + re.escape(marker).encode()
    return pattern + "|" + re.escape(marker)


def test_a_pattern_built_from_the_cache_is_the_one_compiled_afresh(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    first = _compile_all(path, "first run")
    assert path.is_file()
    kept = pattern_cache._load(path)
    assert len(kept) == len(PATTERNS)
    second = _compile_all(path, "first run")
    for (pattern, flags), compiled, built in zip(PATTERNS, first, second, strict=True):
        fresh = _fresh(_marked(pattern, "first run"), flags)
        assert compiled == fresh  # flags, pattern and code
        assert built == fresh
        assert built.groupindex == fresh.groupindex and built.groups == fresh.groups


def test_a_pattern_from_the_cache_matches_as_the_fresh_one(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    _compile_all(path, "matching")
    built = _compile_all(path, "matching")[0]
    text = "They met on quillon 3rd and on Varnestead 14 in Ostrel."
    assert [m.groupdict() for m in built.finditer(text)] == [{"day": "3"}, {"day": "14"}]


def test_a_broken_or_unwritable_cache_only_means_compiling(tmp_path: Path) -> None:
    broken = tmp_path / "broken.marshal"
    broken.write_bytes(b"\x00not marshal data")
    assert _compile_all(broken, "broken") == [
        _fresh(_marked(pattern, "broken"), flags) for pattern, flags in PATTERNS
    ]
    wrong_shape = tmp_path / "list.marshal"
    wrong_shape.write_bytes(marshal.dumps([1, 2, 3]))
    assert len(_compile_all(wrong_shape, "wrong shape")) == len(PATTERNS)
    blocked = tmp_path / "a file" / "patterns.marshal"
    (tmp_path / "a file").write_text("not a folder")
    assert len(_compile_all(blocked, "blocked")) == len(PATTERNS)


def test_code_of_another_engine_is_compiled_instead(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    pattern = r"\bKettrin\b|" + re.escape("foreign code")
    path.write_bytes(pattern_cache._seal({(pattern, 0): (0, [999, 1, 2], 0, {}, (None,))}))
    re.purge()
    with cached_patterns("test", path):
        compiled = re.compile(pattern)
    assert compiled == _fresh(pattern, 0)


def _aged_cache(tmp_path: Path) -> tuple[Path, list[str], int]:
    """A cache file of 40 patterns (five markers' eight each), its time set a second back: the
    file, the markers, and that time."""
    path = tmp_path / "patterns.marshal"
    markers = [f"kept {number}" for number in range(5)]  # 40 patterns
    re.purge()
    with cached_patterns("test", path):
        for marker in markers:
            _compile_all_here(marker)
    earlier = path.stat().st_mtime_ns - 10**9
    os.utime(path, ns=(earlier, earlier))
    return path, markers, earlier


def test_the_cache_is_written_again_only_when_enough_is_new(tmp_path: Path) -> None:
    path, markers, earlier = _aged_cache(tmp_path)
    re.purge()
    with cached_patterns("test", path):  # one new pattern beside 40 kept ones: not written
        for marker in markers:
            _compile_all_here(marker)
        re.compile(r"\bone new pattern, Brantley\b")
    assert path.stat().st_mtime_ns == earlier
    re.purge()
    with cached_patterns("test", path):  # three new ones beside 40: written
        for marker in [*markers, "new 1", "new 2", "new 3"]:
            (_compile_all_here if marker.startswith("kept") else _compile_one)(marker)
    assert path.stat().st_mtime_ns != earlier


def test_a_few_new_patterns_slow_to_compile_are_written_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fewer new patterns than one in `REWRITE_SHARE`, but longer to compile than a rewrite
    takes (a rule added since the file was written): the file is written again, and the next
    run builds them from it."""
    path, markers, earlier = _aged_cache(tmp_path)
    monkeypatch.setattr(pattern_cache, "REWRITE_SECONDS", -1.0)  # any compilation is longer
    re.purge()
    with cached_patterns("test", path):  # one new pattern beside 40 kept ones: written
        for marker in markers:
            _compile_all_here(marker)
        re.compile(r"\bone new rule's pattern, Quorrel\b")
    assert path.stat().st_mtime_ns != earlier
    assert (r"\bone new rule's pattern, Quorrel\b", 0) in pattern_cache._load(path)


def test_the_stages_compile_the_same_patterns_whatever_the_hash_seed() -> None:
    """The patterns the workers' server compiles (the stages, the model, the warm-up and the
    tables built once) are written alike in every run, whatever order Python's string hashing
    gives a set: an alternation built from a set in another order at each run would never be
    found in the cache (stop 54: eight were)."""
    script = (
        "import re, sys\n"
        "seen = set()\n"
        "python_compile = re._compile\n"
        "def spy(pattern, flags=0):\n"
        "    frame = sys._getframe(1)\n"
        "    while frame is not None and '/timeline/' not in frame.f_code.co_filename:\n"
        "        frame = frame.f_back\n"
        "    if frame is not None and isinstance(pattern, str):\n"
        "        seen.add((pattern, int(flags)))\n"
        "    return python_compile(pattern, flags)\n"
        "re._compile = spy\n"
        "import timeline.worker_stages, timeline.preload\n"
        "print(len(seen))\n"
        "for pattern in sorted(seen): print(repr(pattern))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script],
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1]
    assert int(runs[0].split("\n", 1)[0]) > 1000


def _compile_all_here(marker: str) -> None:
    for pattern, flags in PATTERNS:
        re.compile(_marked(pattern, marker), flags)


def _compile_one(marker: str) -> None:
    re.compile(_marked(PATTERNS[0][0], marker), PATTERNS[0][1])


def test_the_cache_file_names_the_use_and_the_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    path = cache_file("workers")
    assert path is not None
    assert path.parent == Path("/somewhere/timeline")
    assert path.name.startswith("patterns.workers.")
    assert sys.version.split()[0] in path.name


def test_without_a_home_the_patterns_are_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert cache_file("command") is None
    re.purge()
    with cached_patterns("command"):
        compiled = re.compile(r"\bno home for Dellamy\b")
    assert compiled == _fresh(r"\bno home for Dellamy\b", 0)


def test_every_pattern_the_stages_keep_is_the_fresh_one(tmp_path: Path) -> None:
    """The stages' own patterns, kept by one process and built by another: each is equal to
    a fresh compilation (flags, pattern and code)."""
    path = tmp_path / "stages.marshal"
    script = (
        "import sys; from pathlib import Path; "
        "from timeline.pattern_cache import cached_patterns\n"
        "with cached_patterns('test', Path(sys.argv[1])):\n"
        "    import timeline.pipeline, timeline.documents, timeline.export\n"
    )
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(2):  # the second run builds them from the cache
        subprocess.run([sys.executable, "-c", script, str(path)], check=True, env=environment)
    kept = pattern_cache._load(path)
    assert len(kept) > 500
    engine = pattern_cache._ENGINE
    for (pattern, flags), code in kept.items():
        assert engine.compile(pattern, *code) == _fresh(pattern, flags), pattern


def test_the_patterns_read_ahead_are_kept_for_the_next_run(tmp_path: Path) -> None:
    """The patterns the stages build on first use, compiled by the command's process while it
    reads documents ahead of its workers, are kept (`pipeline.READ_AHEAD_PATTERNS`), each
    the fresh compilation; the next run builds them from there and finds the same events."""
    script = (
        "import sys\n"
        "from timeline.documents import Document\n"
        "from timeline.pipeline import extract\n"
        "text = ('By Ana Lobo\\n\\nTARROW, March 3, 2021 - The Tarrow Harbour Board said on '\n"
        "        'Monday that it had approved a ferry terminal.\\n\\nFollow us on Twitter')\n"
        "docs = [Document(id=str(n), text=text) for n in range(6)]\n"
        "result = extract(docs, workers=2, timeout=60, start_method='forkserver')\n"
        "print(len(result.table), sorted(set(result.table['date_start'].astype(str))))\n"
    )
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], check=True, env=environment, capture_output=True
        ).stdout
        for _ in range(2)  # the second run builds them from the cache
    ]
    assert runs[0] == runs[1] == b"1 ['2021-03-01']\n"  # six reports of one event, on Monday
    path = tmp_path / "timeline" / cache_file("read-ahead").name  # type: ignore[union-attr]
    kept = pattern_cache._load(path)
    assert len(kept) > 10
    engine = pattern_cache._ENGINE
    for (pattern, flags), code in kept.items():
        assert engine.compile(pattern, *code) == _fresh(pattern, flags), pattern


def _sealed_cache(tmp_path: Path, marker: str) -> tuple[Path, bytes]:
    path = tmp_path / f"{marker}.sealed"
    _compile_all(path, marker)
    return path, path.read_bytes()


def test_a_cut_damaged_or_foreign_file_is_not_read(tmp_path: Path) -> None:
    path, sealed = _sealed_cache(tmp_path, "damaged")
    assert len(pattern_cache._load(path)) == len(PATTERNS)
    header = len(pattern_cache._HEADER) + pattern_cache._SIZES
    flipped = bytearray(sealed)
    flipped[header + len(sealed[header:]) // 2] ^= 0x20  # a byte of the code, in the middle
    old_style = marshal.dumps(pattern_cache._load(path))  # the bare marshal of earlier versions
    for broken in (
        sealed[: len(sealed) // 2],  # a copy cut short
        sealed[:header],  # the header alone
        b"",
        bytes(flipped),
        old_style,
        b"\x89PNG\r\n\x1a\n" + sealed,  # another program's file
        sealed + b"more",
    ):
        path.write_bytes(broken)
        assert pattern_cache._load(path) == {}
        assert _compile_all(path, "damaged") == [
            _fresh(_marked(pattern, "damaged"), flags) for pattern, flags in PATTERNS
        ]


def test_an_entry_of_the_wrong_shape_is_compiled(tmp_path: Path) -> None:
    path = tmp_path / "shapes.sealed"
    pattern = r"\bOrvanne\b"
    for entry in (7, (), ("code",), (0, "not code", 0, {}, (None,)), None):
        path.write_bytes(pattern_cache._seal({(pattern, 0): entry}))  # type: ignore[dict-item]
        re.purge()
        with cached_patterns("test", path):
            compiled = re.compile(pattern)
        assert compiled == _fresh(pattern, 0)


class _Turns:
    """Threads that enter in one order and leave in another, every one inside at once."""

    def __init__(self, entering: list[int], leaving: list[int]) -> None:
        self.entering, self.leaving = entering, leaving
        self.entered = {number: threading.Event() for number in entering}
        self.left = {number: threading.Event() for number in leaving}
        self.all_inside = threading.Barrier(len(entering))

    def wait_for(self, order: list[int], done: dict[int, threading.Event], number: int) -> None:
        place = order.index(number)
        if place:
            done[order[place - 1]].wait()


def _compile_in_thread(path: Path, number: int, turns: _Turns, out: dict[int, list[Any]]) -> None:
    turns.wait_for(turns.entering, turns.entered, number)
    with cached_patterns("test", path):
        turns.entered[number].set()
        turns.all_inside.wait()  # every thread inside at once, compiling at once
        marker = f"thread {number}"
        out[number] = [re.compile(_marked(pattern, marker), flags) for pattern, flags in PATTERNS]
        turns.all_inside.wait()
        turns.wait_for(turns.leaving, turns.left, number)
    turns.left[number].set()


def test_threads_under_way_at_once_leave_python_s_compiler_in_place(tmp_path: Path) -> None:
    """Eight threads inside at once, three files between them; they leave in the order they
    came (the order in which each putting back what it found would leave a stand-in), in
    the opposite order, and interleaved."""
    python_compile = pattern_cache._COMPILER.compile
    threads = list(range(8))
    for leaving in (threads, threads[::-1], [*threads[::2], *threads[1::2]]):
        turns = _Turns(threads, leaving)
        out: dict[int, list[Any]] = {}
        re.purge()
        workers = [
            threading.Thread(
                target=_compile_in_thread,
                args=(tmp_path / f"{number % 3}.sealed", number, turns, out),
            )
            for number in threads
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
        assert pattern_cache._COMPILER.compile is python_compile, leaving
        assert pattern_cache._UNDER_WAY == []
        for number in threads:
            marker = f"thread {number}"
            assert out[number] == [
                _fresh(_marked(pattern, marker), flags) for pattern, flags in PATTERNS
            ]
    for file in range(3):  # each file holds at least its own threads' patterns
        kept = pattern_cache._load(tmp_path / f"{file}.sealed")
        own = {_marked(p, f"thread {n}") for n in threads[file::3] for p, _ in PATTERNS}
        assert own <= {pattern for pattern, _ in kept}


def _write_rounds(path: str, writer: int, rounds: int) -> None:
    for round_ in range(rounds):
        re.purge()
        with cached_patterns("test", Path(path)):  # every pattern new: written each time
            _compile_all_here(f"writer {writer} round {round_}")


def _read_rounds(path: str, reads: int, torn: Any) -> None:
    for _ in range(reads):
        try:
            sealed = Path(path).read_bytes()
        except FileNotFoundError:
            continue
        if not pattern_cache._unseal(sealed):
            torn.value += 1


def test_processes_writing_one_cache_at_once_leave_it_whole(tmp_path: Path) -> None:
    """Four processes write the same file over and over while two read it: no reader ever
    finds it half written, and the file left is one writer's whole cache."""
    context = multiprocessing.get_context("fork")
    path = tmp_path / "shared.sealed"
    torn = context.Value("i", 0)
    writers = [
        context.Process(target=_write_rounds, args=(str(path), number, 15)) for number in range(4)
    ]
    readers = [context.Process(target=_read_rounds, args=(str(path), 400, torn)) for _ in range(2)]
    for process in [*writers, *readers]:
        process.start()
    for process in [*writers, *readers]:
        process.join(120)
        assert process.exitcode == 0
    assert torn.value == 0
    assert [name.name for name in tmp_path.iterdir()] == ["shared.sealed"]  # no temporary left
    kept = pattern_cache._load(path)
    assert len(kept) == len(PATTERNS)
    engine = pattern_cache._ENGINE
    for (pattern, flags), code in kept.items():
        assert engine.compile(pattern, *code) == _fresh(pattern, flags)


def test_an_unwritable_cache_folder_only_means_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only home (the folder cannot be made) or a full disk (the file cannot be
    written): the patterns are compiled, nothing is raised, nothing is left."""
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    blocker = tmp_path / "home"
    blocker.write_text("a file where the home folder should be")
    monkeypatch.setattr(Path, "home", staticmethod(lambda: blocker))
    re.purge()
    with cached_patterns("read-only"):
        compiled = re.compile(r"\bno room for Tessaly\b")
    assert compiled == _fresh(r"\bno room for Tessaly\b", 0)

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pattern_cache.tempfile, "mkstemp", refused)
    assert len(_compile_all(tmp_path / "cache" / "patterns.sealed", "refused")) == len(PATTERNS)
    assert list((tmp_path / "cache").iterdir()) == []


@pytest.mark.parametrize("value", ["", "relative/cache", "~/cache"])
def test_a_cache_home_that_is_not_absolute_is_ignored(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", value)
    monkeypatch.setattr(Path, "home", staticmethod(lambda: tmp_path))
    assert cache_file("command") == tmp_path / ".cache" / "timeline" / cache_file("command").name  # type: ignore[union-attr]


def test_the_cache_home_is_where_the_file_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    re.purge()
    with cached_patterns("test"):
        _compile_all_here("xdg")
    path = cache_file("test")
    assert path is not None and path.parent == tmp_path / "xdg" / "timeline"
    assert len(pattern_cache._load(path)) == len(PATTERNS)
