"""A place or a people named as a word of a person's title is the title, no actor beside the
person: the "Iraqi" of "Iraqi Prime Minister Ali Hassan", the "Florida" of "Florida Governor
Ana Ruiz" (`outside_titles`).
"""

from __future__ import annotations

import sys
from bisect import bisect_right

from timeline.actors.mention import ActorMention
from timeline.kinds import ActorType

__all__ = ["outside_titles"]


def outside_titles(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions that are not words of a person's title: the "Iraqi" of "Iraqi Prime
    Minister Mohammed Shia Al-Sudani" and the "Florida" of "Florida Governor Ana Ruiz" are
    their roles, not actors beside them. An organisation named in a title stays ("UAW
    President Ron Gettelfinger": the union acts too).

    >>> text = "Iraqi Prime Minister Ali Hassan spoke."
    >>> iraq = ActorMention(0, 5, "Iraqi", "Iraq", "country")
    >>> ali = ActorMention(21, 31, "Ali Hassan", "Ali Hassan", "person", "Iraqi Prime Minister")
    >>> [m.name for m in outside_titles(text, [iraq, ali])]
    ['Ali Hassan']
    """
    titles: list[tuple[int, int]] = []
    for mention in mentions:
        if mention.role:
            reach = max(0, mention.start - len(mention.role) - 3)
            at = text.rfind(mention.role, reach, mention.start)
            if at >= 0:
                titles.append((at, at + len(mention.role)))
    if not titles:
        return mentions
    titles.sort()
    title_starts = {start for start, _ in titles}
    return [
        m
        for m in mentions
        if not (
            m.type in (ActorType.COUNTRY, ActorType.GROUP, ActorType.LOCATION)
            and (  # a demonym or a place, not "UAW President"
                _within(titles, m.start, m.end)
                or _next_word_start(text, m.end) in title_starts  # "Florida Governor"
            )
        )
    ]


def _next_word_start(text: str, end: int) -> int:
    """Where the word after `end` starts, across spaces only."""
    while end < len(text) and text[end] in " \t":
        end += 1
    return end


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted `spans`: searched, not scanned (a
    long document has thousands of names); titles are short, so only the last few spans
    that start at or before `start` can hold it."""
    index = bisect_right(spans, (start, sys.maxsize))
    return any(stop >= end for _, stop in spans[max(0, index - 8) : index])
