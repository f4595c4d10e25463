"""A standfirst under a headline, over the byline and the page's first stamp: the page's
deck, not the story's first sentence, so the stamp under it is still the page's (stop 45).

Read by `timeline.published.datelines.read_dateline`, where a day under the story's sentences
is another story's (helper `pubdate`).

    >>> deck = "Fewer nests and colder springs: can the old heronry on the marsh hold on?"
    >>> is_standfirst(["Herons", deck, "By Jo Lee | Photographs by Al Roe", "Posted 4 May 2004"],
    ...               1, 2, 3)
    True
"""

from __future__ import annotations

import re

__all__ = ["STORY_LINE_RE", "first_stamp_line", "is_standfirst"]

#: A paragraph of the story: a dozen words or more, ending as a sentence ends.
STORY_LINE_RE = re.compile(r"^\s*(?:\S+\s+){11,}\S*[.!?\"”’]\s*$")
#: The last line a standfirst may sit on: under the headline, or under a kicker and the headline.
_STANDFIRST_LINE = 4
#: A byline's "By" opening its line or one of its fields: "By Jo Lee | Photographs by Al Roe",
#: "Tarrow News Arts / By arts reporter Ana Ruiz".
_BYLINE_FIELD_RE = re.compile(r"(?:^|[/|·•]\s*)By\s+\S")


def first_stamp_line(lines: list[str], stamps: set[str]) -> int:
    """The index of the first of `lines` that is a byline or a stamp; `len(lines)`, past them all,
    without one.

    >>> first_stamp_line(["Title", "A sentence.", "Posted 4 March 2019"], {"Posted 4 March 2019"})
    2
    """
    return next((index for index, line in enumerate(lines) if line.strip() in stamps), len(lines))


def is_standfirst(lines: list[str], sentence: int, index: int, first_stamp: int) -> bool:
    """Whether the line `sentence`, written as a sentence right under the headline, is its
    standfirst, not the story's first (stop 45): a byline follows it, the page's first stamp
    comes at or after `index`, and no sentence stands above it. "Seismic lines and a shrinking
    herd: can the caribou hold on?" over "By Jo Lee | Photographs by Al Roe" and "Posted June
    16, 2004" is a magazine's deck; the story begins under the stamp.

    >>> deck = "Seismic lines, wolves and a shrinking herd: can the woodland caribou hold on?"
    >>> lines = ["Caribou", deck, "By Jo Lee | Photographs by Al Roe", "Posted June 16, 2004"]
    >>> is_standfirst(lines, 1, 2, 3), is_standfirst(lines, 1, 2, 1)
    (True, False)
    >>> is_standfirst(["Caribou", deck, "Tarrow, 1 de janeiro de 2000."], 1, 2, 2)
    False
    """
    return (
        sentence <= _STANDFIRST_LINE
        # the page's first stamp under it, or in the masthead above its headline ("September
        # 2026 · Business" over the headline, the deck and "By Jo Lee · Published 15 September
        # 2026"; stop 48)
        and (index <= first_stamp or first_stamp < sentence - 1)
        and _BYLINE_FIELD_RE.search(lines[sentence + 1].strip()) is not None
        and not (sentence > 0 and STORY_LINE_RE.match(lines[sentence - 1]))
    )
