"""Names with lower-case particles: the model often cuts "Vale do Norte" into "Vale" and
"Norte", or "Ursula von der Leyen" into "Ursula von der" and "Leyen". Two spans with only
particles between them (`data/name_particles.txt`) are one name.

    >>> from timeline.actors.spans import RawSpan
    >>> text = "Vale do Norte halted output."
    >>> joined = joined_by_particles(text, [RawSpan(0, 4, "Vale", "PERSON"),
    ...                                     RawSpan(8, 13, "Norte", "ORG")])
    >>> [(r.text, r.label) for r in joined]
    [('Vale do Norte', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.spans import RawSpan
from timeline.wordlists import word_list


@cache
def _particles() -> re.Pattern[str]:
    """Whitespace and particles only: the gap between two pieces of one name."""
    words = "|".join(sorted(word_list("name_particles.txt"), key=len, reverse=True))
    return re.compile(rf"(?:\s+(?:{words}))*\s+")


@cache
def _trailing() -> re.Pattern[str]:
    """Particles a piece ends with ("Ursula von der"): the name goes on in the next piece."""
    words = "|".join(sorted(word_list("name_particles.txt"), key=len, reverse=True))
    return re.compile(rf"\s(?:{words})$")


def _label(first: str, second: str) -> str:
    """An organisation's piece makes the whole an organisation ("Banco do Brasil"), else a
    person's a person ("Ursula von der Leyen")."""
    for label in ("ORG", "PERSON"):
        if label in (first, second):
            return label
    return first


def joined_by_particles(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted by start) with each two pieces of a name that particles join made one."""
    pattern = _particles()
    result: list[RawSpan] = []
    for span in raw:
        last = result[-1] if result else None
        if last is not None and last.end <= span.start:
            gap = text[last.end : span.start]
            if (
                "\n" not in gap
                and pattern.fullmatch(gap) is not None
                and (gap.strip() or _trailing().search(last.text))
            ):
                joined = text[last.start : span.end]
                label = _label(last.label, span.label)
                result[-1] = RawSpan(last.start, span.end, joined, label, last.role)
                continue
        result.append(span)
    return result
