"""The values the furniture rules are written in: what a piece of furniture is (its kind), where
it sits (a span) and a rule for a whole line with its examples. Defined apart from
`timeline.furniture`, which holds the main table of rules and finds the furniture, so that the
modules with further rules (`timeline.furniture.page_notes`) can write theirs as units too.

    >>> rule = LineRule("ads", FurnitureKind.PROMO, matches(r"ADVERTISEMENT"), ("ADVERTISEMENT",))
    >>> rule.test("ADVERTISEMENT"), rule.test("An advertisement ran on Monday.")
    (True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

#: How many lines' readings each rule remembers (a line's rule, its trailing furniture, its
#: reading as a sentence): a text's first and last lines are read alone for its dates
#: (`timeline.published.datelines`) before the whole text is, and outlets repeat theirs.
RECENT_LINES = 4096

__all__ = [
    "RECENT_SPANNED",
    "SAID",
    "SAID_OR_ACCORDING",
    "Furniture",
    "FurnitureKind",
    "LineRule",
    "line_sentences",
    "line_spans",
    "matches",
    "unsaid_whole",
]

#: A line of a text (a run of anything but a line break).
_LINE = re.compile(r"[^\n]+")

#: The forms of "say" and "tell" that mark a line as someone's reported words (a regex
#: alternation), which the line rules widen each with the verbs of their own lines: "urged" of
#: a contact line, "found" of a credit. Not `timeline.syntax.reporting_forms`: its whole list
#: ("announced", "noted", "tells" ...) is also written by headlines and notices.
SAID = r"said|says|told"
#: `SAID` or "according to" anywhere in a line: the line reports someone's words, so it is a
#: story's sentence and no page's own line (newsletter footers, a page's own voice, imprints).
SAID_OR_ACCORDING = re.compile(rf"\b(?:{SAID}|according\s+to)\b")


#: The space after a sentence's stop inside a line; the same before a capital.
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")
_SENTENCE_GAP_BEFORE_CAPITAL = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def line_sentences(line: str, *, capital_next: bool = False) -> list[str]:
    """The sentences of a line of furniture, split at the space after each stop (only where a
    capital follows, with `capital_next`: "No. 4 of ..." stays whole), none empty; the line
    as given, its edges' space kept.

    >>> line_sentences("Rights reserved. For research use only.")
    ['Rights reserved.', 'For research use only.']
    >>> line_sentences("Posted once approved. see p. 4. Not official.", capital_next=True)
    ['Posted once approved. see p. 4.', 'Not official.']
    """
    gap = _SENTENCE_GAP_BEFORE_CAPITAL if capital_next else _SENTENCE_GAP
    return [part for part in gap.split(line) if part]


class FurnitureKind(StrEnum):
    """What a piece of furniture is."""

    DATELINE = "dateline"  # "WASHINGTON, Oct 23 (Reuters) - " before the first sentence
    BYLINE = "byline"  # "By Jane Doe, Staff Writer", "Published 10:15 a.m. ET Oct. 23, 2023"
    CREDIT = "credit"  # "Reporting by ...; Editing by ...", "... contributed to this report."
    CAPTION = "caption"  # "FILE - ...", a photo credit "(Name via Agency)", "Photograph: ..."
    PROMO = "promo"  # "Read more: ...", "KEY POINTS" and its lines, "ADVERTISEMENT"
    LEARNED = "learned"  # a line no rule took that the learned model calls furniture


@dataclass(frozen=True, slots=True)
class Furniture:
    """A span of furniture in a text: [start, end) and its kind."""

    start: int
    end: int
    kind: FurnitureKind


@dataclass(frozen=True, slots=True)
class LineRule:
    """One shape of a line of furniture: a whole line (stripped) that `test` accepts is
    furniture of `kind`. `examples` are lines it must find."""

    name: str
    kind: FurnitureKind
    test: Callable[[str], bool]
    examples: tuple[str, ...]


def matches(pattern: str, flags: int = 0) -> Callable[[str], bool]:
    """A rule's test: the whole line matches `pattern`."""
    compiled = re.compile(pattern, flags)
    return lambda line: compiled.fullmatch(line) is not None


def unsaid_whole(pattern: re.Pattern[str], line: str) -> bool:
    """Whether the whole of `line` matches `pattern` and it reports no one's words
    (`SAID_OR_ACCORDING`): a page's own line, not a story's sentence quoting one.

    >>> offer = re.compile(r"[A-Z][^\\n]* is available for comment\\.")
    >>> unsaid_whole(offer, "The mayor is available for comment.")
    True
    >>> unsaid_whole(offer, "The mayor is available for comment, aides said.")
    False
    """
    return pattern.fullmatch(line) is not None and SAID_OR_ACCORDING.search(line) is None


#: The last texts whose lines `line_spans` read: the rules of one text's furniture (its head,
#: its foot, the whole) each read its lines, a dozen times a text.
RECENT_SPANNED = 8


def line_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each line's text, its surrounding spaces left out; blank lines none.

    >>> line_spans("  Headline \\n\\n   \\nBody.")
    [(2, 10), (17, 22)]
    """
    return list(_line_spans(text))


@lru_cache(maxsize=RECENT_SPANNED)
def _line_spans(text: str) -> tuple[tuple[int, int], ...]:
    """`line_spans`, found once for each of the last texts read."""
    spans = []
    for match in _LINE.finditer(text):
        line = match.group()
        start = match.start() + len(line) - len(line.lstrip())
        end = match.start() + len(line.rstrip())
        if end > start:
            spans.append((start, end))
    return tuple(spans)
