"""Patterns built from the kept code are the patterns a fresh compilation gives
(`timeline.pattern_cache`)."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

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
    path.write_bytes(marshal.dumps({(pattern, 0): (0, [999, 1, 2], 0, {}, (None,))}))
    re.purge()
    with cached_patterns("test", path):
        compiled = re.compile(pattern)
    assert compiled == _fresh(pattern, 0)


def test_the_cache_is_written_again_only_when_enough_is_new(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    markers = [f"kept {number}" for number in range(5)]  # 40 patterns
    re.purge()
    with cached_patterns("test", path):
        for marker in markers:
            _compile_all_here(marker)
    earlier = path.stat().st_mtime_ns - 10**9
    os.utime(path, ns=(earlier, earlier))
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
