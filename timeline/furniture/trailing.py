"""Furniture written at the end of a paragraph of the story: its last sentences, when each is a
line of furniture that never tells the story (a credit, a pointer to other content, a call to
the reader, a programme's cue), set on the paragraph's own line by the page ("... the company
said. Read more: Ferry fares to rise in June"). Read by `timeline.furniture`, which tries it on
a line no rule took whole.

    >>> from timeline.furniture.line_rules import LINE_RULES
    >>> line = "The plant reopened on Monday. Reporting by Ana Ruiz; Editing by Jo Lee"
    >>> start, rule = trailing_furniture(line, LINE_RULES)
    >>> line[start:], rule.kind.value
    ('Reporting by Ana Ruiz; Editing by Jo Lee', 'credit')
    >>> trailing_furniture("The plant reopened on Monday. Sales rose.", LINE_RULES) is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from timeline.furniture.kinds import RECENT_LINES, FurnitureKind, LineRule
from timeline.furniture.line_rules import LINE_RULES

__all__ = ["TRAILING_KINDS", "paragraph_end_furniture", "trailing_furniture"]

#: The kinds of furniture a paragraph may end with: a byline's or a caption's rules read a
#: sentence of the story too readily ("Tomas Berg, golf writer"; "Divers search the harbour in
#: this photo taken by ...") once it is not alone on its line.
TRAILING_KINDS = frozenset({FurnitureKind.CREDIT, FurnitureKind.PROMO})

#: Where a line's sentences part: after a stop and a space, before a capital, a figure, a quote
#: or a bracket.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(*A-Z0-9])")
#: A quotation opens the sentence: a pull quote's rule would take the story's quoted words.
_QUOTED = re.compile(r"[\"“‘']")


def _rule_of(sentence: str, rules: Sequence[LineRule]) -> LineRule | None:
    if _QUOTED.match(sentence):
        return None
    return next(
        (rule for rule in rules if rule.kind in TRAILING_KINDS and rule.test(sentence)), None
    )


def trailing_furniture(line: str, rules: Sequence[LineRule]) -> tuple[int, LineRule] | None:
    """Where the furniture at the end of `line` starts, and the rule of its first sentence: the
    longest run of last sentences that are each furniture, after at least one that is not."""
    breaks = [match.end() for match in _SENTENCE_BREAK.finditer(line)]
    if not breaks:  # one sentence: the line was read whole
        return None
    found: tuple[int, LineRule] | None = None
    ends = [*breaks[1:], len(line)]
    # from the last sentence backwards, while each is furniture
    for start, end in reversed(list(zip(breaks, ends, strict=True))):
        rule = _rule_of(line[start:end].strip(), rules)
        if rule is None:
            break
        found = (start, rule)
    return found


@lru_cache(maxsize=RECENT_LINES)
def paragraph_end_furniture(line: str) -> tuple[int, LineRule] | None:
    """`trailing_furniture` by the line rules (`LINE_RULES`), found once for each of the last
    lines read (stop 43, helper `perf3`): a line is read alone, so its head, its foot and the
    whole text share its reading.

    >>> start, rule = paragraph_end_furniture("Talks ended. Reporting by Ana Ruiz")
    >>> start, rule.kind.value
    (13, 'credit')
    """
    return trailing_furniture(line, LINE_RULES)
