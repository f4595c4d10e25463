"""Names the model cut at a lower-case particle and found one side of: "Vale do Norte" found as
"Vale" or as "Norte" alone, "Banco del Sur" as "Banco" (stop 34). Where both sides are spans,
`particles.joined_by_particles` joins them; here one side is a span and the other capitalised
words no span holds, which the span takes in across the particles (`data/name_particles.txt`).

    >>> text = "Vale do Norte had led since the 31st minute."
    >>> [(r.text, r.label) for r in with_particle_ends(text, [RawSpan(8, 13, "Norte", "PERSON")])]
    [('Vale do Norte', 'PERSON')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import CAPITAL, SMALL, name_particles_longest_first
from timeline.sentences import sentence_openers

__all__ = ["with_particle_ends"]

#: A capitalised word of a name, of any alphabet ("Sousa", "Jonquière").
_WORD = rf"{CAPITAL}{SMALL}[\w'’-]*"
#: How far before a span its left side is searched for.
_REACH = 80


@cache
def _right_side() -> re.Pattern[str]:
    """Particles and a capitalised word right after a span, once or more: " do Norte", " del
    Mercado de Valores"."""
    particles = "|".join(re.escape(word) for word in name_particles_longest_first())
    return re.compile(rf"(?:(?: (?:{particles}))+ {_WORD}(?![\w'’-]))+")


@cache
def _left_side() -> re.Pattern[str]:
    """One to three capitalised words and particles right before a span: "Vale do " of "Vale
    do Norte"."""
    particles = "|".join(re.escape(word) for word in name_particles_longest_first())
    return re.compile(rf"(?<![\w'’.-])((?:{_WORD} ){{0,2}}{_WORD})(?: (?:{particles}))+ $")


def with_particle_ends(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted by start) with each span taking in the particles and the capitalised
    words on one side of it that no other span holds: "Banco" of "Banco del Sur" goes on to
    "Sur", "Norte" of "Vale do Norte" back to "Vale". The words taken in are no sentence's
    opener ("Why do Britons ..." keeps "Britons"), and a span that already ends or opens in a
    particle is left to `particles.joined_by_particles`.

    >>> text = "They beat Banco del Sur 2-1. Why do Britons care? Avenida 18 de Julio"
    >>> spans = [RawSpan(10, 15, "Banco", "ORG"), RawSpan(36, 43, "Britons", "NORP")]
    >>> [r.text for r in with_particle_ends(text, spans)]
    ['Banco del Sur', 'Britons']
    """
    result: list[RawSpan] = []
    widened: list[int] = []  # the indexes of the spans taken wider
    for index, span in enumerate(raw):
        start, end = span.start, span.end
        after = raw[index + 1].start if index + 1 < len(raw) else len(text)
        right = _right_side().match(text, end)
        if right is not None and right.end() <= after and _named(right.group()):
            end = right.end()
        reached = result[-1].end if result else 0
        left = _left_side().search(text, max(reached, start - _REACH), start)
        if left is not None:
            start = _opening(text, left.start(1), left.end(1), start)
        if (start, end) == (span.start, span.end):
            result.append(span)
        else:
            widened.append(len(result))
            result.append(RawSpan(start, end, text[start:end], span.label, span.role))
    return _as_written_elsewhere(result, widened)


def _as_written_elsewhere(raw: list[RawSpan], widened: list[int]) -> list[RawSpan]:
    """`raw` with each person's span taken wider (at `widened`) labelled as another span
    that holds its words: "Vale do Norte", widened from the surname-like "Norte", is the club
    "Desportivo Vale do Norte" names (a person's "Ana do Norte" stays a person).

    >>> raw = [RawSpan(0, 24, "Desportivo Vale do Norte", "ORG"),
    ...        RawSpan(30, 43, "Vale do Norte", "PERSON")]
    >>> [r.label for r in _as_written_elsewhere(raw, [1])]
    ['ORG', 'ORG']
    """
    if not any(raw[index].label == "PERSON" for index in widened):
        return raw
    # each run of words of the other spans, indexed once: a long text has thousands of spans
    labels: dict[str, str] = {}
    for other in raw:
        if other.label == "PERSON":
            continue
        words = other.text.split()
        for first in range(len(words)):
            for last in range(first + 1, len(words) + 1):
                labels.setdefault(" ".join(words[first:last]), other.label)
    for index in widened:
        span = raw[index]
        if span.label == "PERSON" and " ".join(span.text.split()) in labels:
            label = labels[" ".join(span.text.split())]
            raw[index] = RawSpan(span.start, span.end, span.text, label, span.role)
    return raw


def _opening(text: str, words_start: int, words_end: int, start: int) -> int:
    """Where a span that starts at `start` opens once it takes in the capitalised words
    `text[words_start:words_end]` before its particles: at the first of them after any
    sentence's openers ("The Vale do " opens at "Vale"), or at `start` when only openers are
    there ("Why do ").

    >>> text = "The Vale do Norte"
    >>> _opening(text, 0, 8, 12), _opening("Why do Britons", 0, 3, 7)
    (4, 7)
    """
    openers = sentence_openers()
    words = text[words_start:words_end].split(" ")
    while words and words[0] in openers:
        words_start += len(words[0]) + 1
        words = words[1:]
    return words_start if words and _named(" ".join(words)) else start


def _named(words: str) -> bool:
    """Whether the capitalised words taken across a particle are a name's, none of them a
    sentence's opener ("Why", "The").

    >>> _named("Vale"), _named("Why"), _named(" del Mercado de Valores")
    (True, False, True)
    """
    openers = sentence_openers()
    return not any(word in openers for word in words.split() if word[:1].isupper())
