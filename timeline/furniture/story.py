"""The furniture the stages leave out of the story: the rules' (`timeline.furniture`, which
the publication date reads alone) backed by the learned model's lines
(`timeline.furniture.learned`, kind `learned`). `timeline.reading` blanks it.
"""

from __future__ import annotations

from functools import lru_cache

from timeline.furniture import RECENT_FURNISHED, Furniture, blanked, furniture
from timeline.furniture.learned import learned_furniture

__all__ = ["story_furniture", "without_story_furniture"]


@lru_cache(maxsize=RECENT_FURNISHED)
def _story_furniture(text: str) -> tuple[Furniture, ...]:
    """`story_furniture`, found once for each of the last texts read."""
    rules = tuple(furniture(text))
    learned = learned_furniture(text, rules)
    if not learned:
        return rules
    return tuple(sorted((*rules, *learned), key=lambda piece: piece.start))


def story_furniture(text: str) -> list[Furniture]:
    """The furniture the stages leave out: the rules' (`furniture`, which the publication date
    reads) backed by the learned model's lines (`timeline.furniture.learned`, kind `learned`),
    sorted, not overlapping. A story's sentence stays content.

    >>> text = "Talks resumed on Monday.\\n\\nConference call details"
    >>> [(f.kind.value, text[f.start : f.end]) for f in story_furniture(text)]
    [('learned', 'Conference call details')]
    """
    return list(_story_furniture(text))


@lru_cache(maxsize=RECENT_FURNISHED)
def without_story_furniture(text: str) -> str:
    """`text` with its `story_furniture` blanked (spaces; line ends kept), offsets unchanged:
    the story the stages read.

    >>> without_story_furniture("Talks resumed on Monday.\\nSign up for our daily newsletter")
    'Talks resumed on Monday.\\n                                '
    """
    return blanked(text, list(_story_furniture(text)))
