"""A magazine's deck: the paragraph of a sentence or two between a feature's headline and the
line naming its writer, under a masthead, a section's label or a tagline ("ONDA MAGAZINE", "The
magazine of Mexican media", "September 2026 · Business"). It sums up the story the writer's line
opens and is no event of it; the standfirst's rule (`bylines.standfirst`) reads one only under a
headline on the text's first line and over a byline of the byline kind. Stop 50.

    >>> text = ("QUAY MONTHLY\\nThe pier that would not close\\n\\nThe ferries left in May. Now "
    ...         "a café wants the pier.\\n\\nWords: Jo Lee | Photographs: Ana Ruiz\\n\\nWhen the "
    ...         "last ferry left, the pier went quiet.")
    >>> credit = text.index("Words")
    >>> taken = [(0, 12), (credit, text.index("\\n", credit))]
    >>> [text[start:end] for start, end in magazine_deck(text, taken)]
    ['The ferries left in May. Now a café wants the pier.']
"""

from __future__ import annotations

import re

from timeline.furniture.bylines import STANDFIRST_CHARS, is_by_line
from timeline.furniture.kinds import line_spans

__all__ = ["magazine_deck"]

#: The lines of the head a deck and its writer's line are looked for in.
DECK_REACH = 12
#: The most words of a headline, or of a masthead's line, over a deck.
HEADING_WORDS = 14
#: A feature's credit of its words, beside its pictures': "Words: Jo Lee | Photographs: Ana
#: Ruiz", "Text by Jo Lee", "Story and photos: Jo Lee".
_WORDS_CREDIT = re.compile(
    r"(?:Words|Text|Story)(?:\s+and\s+(?:photos|photographs|pictures))?\s*(?::|by)\s+[A-Z]"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?$")


def _names_a_writer(line: str) -> bool:
    """A byline, "By Jo Lee", or a credit of the words, "Words: Jo Lee | Photographs: ...": a
    name alone or an "About ..." heading may be another line's (a release's boilerplate)."""
    return is_by_line(line) or _WORDS_CREDIT.match(line) is not None


def _is_heading(line: str) -> bool:
    """A headline's, a masthead's or a label's line: a few words, no sentence's stop."""
    return _SENTENCE_END.search(line) is None and len(line.split()) <= HEADING_WORDS


def magazine_deck(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The deck over the first line of furniture (`taken`) in the head that names its writer:
    the free line right above it, a sentence or two ending on its stop, under a free headline,
    with only headings (no sentence of the story) above, and the story under the writer's line.

    >>> text = "Ferries stop\\n\\nThe council voted to end the service.\\n\\nBy Jo Lee\\n\\nIt did."
    >>> byline = text.index("By")
    >>> [text[start:end] for start, end in magazine_deck(text, [(byline, byline + 9)])]
    ['The council voted to end the service.']
    >>> story = "Ferries stop\\n\\nThe council voted.\\n\\nIt said so.\\n\\nBy Jo Lee\\n\\nIt did."
    >>> byline = story.index("By")
    >>> magazine_deck(story, [(byline, byline + 9)])
    []
    >>> release = "Results\\n\\nHollin Tools said sales rose.\\n\\nAbout Hollin Tools\\n\\nIt is."
    >>> about = release.index("About")
    >>> magazine_deck(release, [(about, about + 18)])
    []
    """

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in taken)

    lines = line_spans(text)[:DECK_REACH]
    writer = next(
        (
            number
            for number, (start, end) in enumerate(lines)
            if not free(start, end) and _names_a_writer(text[start:end].strip())
        ),
        None,
    )
    if writer is None or writer < 2:
        return []
    above = [(start, end) for start, end in lines[:writer] if free(start, end)]
    below = [(start, end) for start, end in line_spans(text)[writer + 1 :] if free(start, end)]
    if len(above) < 2 or not below:
        return []
    deck_start, deck_end = above[-1]
    deck = text[deck_start:deck_end].strip()
    if len(deck) > STANDFIRST_CHARS or _SENTENCE_END.search(deck) is None or len(deck.split()) < 4:
        return []
    if not all(_is_heading(text[start:end].strip()) for start, end in above[:-1]):
        return []  # a sentence of the story above: the line is the story's
    return [(deck_start, deck_end)]
