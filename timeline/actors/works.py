"""Titles of works: a film, an album or a novel a story names is a product among the actors.
The model tags few of them; a title in quotation marks ("The Salt Keepers", "Late Light,")
with a noun of a work near it ("album", "drama") is one.

    >>> text = 'Her last album, "Late Light," came out in 2011.'
    >>> [(r.text, r.label) for r in titles_of_works(text, [])]
    [('Late Light', 'PRODUCT')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.spans import RawSpan
from timeline.wordlists import word_list

#: Small words a title keeps in lower case: "Salt on the Bastions", "Harbor Lights at Dawn".
_SMALL = r"(?:a|an|the|of|on|in|at|to|for|and|or|by|with|from)"
_WORD = r"[A-Z][\w'’-]*"
#: A title in title case: capitalised words, small words only between them.
_TITLE = rf"{_WORD}(?:\s+(?:{_SMALL}\s+)*{_WORD}){{0,6}}"
#: A title in quotation marks, its own comma or stop inside them: "Late Light," "Dawn."
_QUOTED = re.compile(rf"[\"“](?P<title>{_TITLE})[,.]?[\"”]")
#: Most words a title in quotation marks may have: more is a quoted sentence.
MAX_TITLE_WORDS = 7


@cache
def _work_noun() -> re.Pattern[str]:
    nouns = "|".join(re.escape(noun) for noun in word_list("work_nouns.txt"))
    return re.compile(rf"\b(?:{nouns})s?\b")


#: How far from a quoted title (characters) the noun of its work may be written.
WORK_NOUN_REACH = 60


def _work_noun_near(text: str, start: int, end: int) -> bool:
    """Whether a noun of a work stands within `WORK_NOUN_REACH` of a quoted title, in its
    sentence: "her album, "Late Light,"", ""The Salt Keepers", Nino Abashidze's drama"."""
    before = text[max(0, start - WORK_NOUN_REACH) : start]
    after = text[end : end + WORK_NOUN_REACH]
    before = re.split(r"[.!?]\s", before)[-1]
    after = re.split(r"[.!?]\s", after)[0]
    return bool(_work_noun().search(before) or _work_noun().search(after))


def titles_of_works(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """The titles of works in `text` in quotation marks, in title case, with a noun of a work
    near them in their sentence ("the film "Dust"", ""Winter Ferry", a co-production"), that
    no span of `raw` holds whole or runs across. A quotation followed by a pronoun and a
    reporting verb is speech ("“Thank You,” she said").

    >>> text = 'The film "The Salt Keepers" won. "Big Deal," she said of the "Way Forward" plan.'
    >>> [r.text for r in titles_of_works(text, [])]
    ['The Salt Keepers']
    """
    found: list[RawSpan] = []
    for match in _QUOTED.finditer(text):
        title = match.group("title")
        words = title.split()
        if len(words) > MAX_TITLE_WORDS or not _work_noun_near(text, match.start(), match.end()):
            continue  # no work named near it: a slogan, a nickname ("the "Big Three"")
        if _SPOKEN_AFTER.match(text, match.end()):
            continue  # "“Thank You,” she said": speech, not a title
        found.append(RawSpan(match.start("title"), match.end("title"), title, "PRODUCT"))
    # a span of the model that holds the title whole, or runs across its quotation mark (a
    # name it read with it: 'a "New GM'), keeps it
    return [f for f in found if not any(_crosses(r, f) for r in raw)]


def _crosses(span: RawSpan, title: RawSpan) -> bool:
    """Whether `span` holds `title` whole or overlaps it past one of its ends."""
    overlaps = span.start < title.end and title.start < span.end
    inside = title.start <= span.start and span.end <= title.end
    return overlaps and not inside


#: A reporting clause right after a quotation: " she said", " he told".
_SPOKEN_AFTER = re.compile(
    r"\s*(?:he|she|they|we|I)\s+(?:said|says|told|tells|added|asked|wrote|replied)\b"
)


def with_titles_of_works(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted) with the titles of works added, and the model's pieces inside a title
    ("Salt" of "Salt on the Bastions") dropped for it."""
    works = titles_of_works(text, raw)
    if not works:
        return list(raw)
    kept = [r for r in raw if not any(w.start <= r.start and r.end <= w.end for w in works)]
    return sorted([*kept, *works], key=lambda r: (r.start, r.end))
