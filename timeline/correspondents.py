"""The bylines of a correspondent that name no "By": "From Jo Lee, Lima" (the writer and where
the story was filed), "Jo Lee, tennis writer" (the writer and their beat). Read by
`timeline.furniture`'s byline rule; none names an outlet or a person.

    >>> is_correspondent_line("From Ama Mensah, Kumasi")
    True
    >>> is_correspondent_line("Jo Lee, golf writer")
    True
    >>> is_correspondent_line("From Monday, March 3, fares will rise.")
    False
"""

from __future__ import annotations

import re
from functools import cache

from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import word_list

__all__ = ["is_correspondent_line"]

#: A personal name: two to four words from a capital ("Ama Mensah", "Nguyễn Thu Hà").
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}"
#: Where the story was filed: one to three words from a capital.
_PLACE = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2}"
_FROM = re.compile(rf"From\s+(?P<name>{_NAME})(?:,\s+|\s+in\s+)(?P<place>{_PLACE})")
#: A name, a comma and a beat: a few words and a role of `data/byline_roles.txt`.
_BEAT = re.compile(rf"(?P<name>{_NAME}),\s+(?P<beat>(?:[\w'’&-]+\s+){{0,3}}(?P<role>[a-z]+))")


@cache
def _roles() -> frozenset[str]:
    return frozenset(word_list("byline_roles.txt"))


@cache
def _openers() -> frozenset[str]:
    return frozenset(word.lower() for word in word_list("function_words.txt"))


def _calendar_word(words: str) -> bool:
    return any(
        word.lower().rstrip(".,") in MONTHS or word.lower() in WEEKDAYS for word in words.split()
    )


def is_correspondent_line(line: str) -> bool:
    """A correspondent's byline alone on its line: "From <name>, <place>", "From <name> in
    <place>", or "<name>, <beat> <role>" ("tennis writer", "health correspondent").

    >>> is_correspondent_line("Ines Varga, health correspondent")
    True
    >>> is_correspondent_line("Ines Varga, a former reporter")
    False
    """
    match = _FROM.fullmatch(line)
    if match is not None:
        return not _calendar_word(line)
    match = _BEAT.fullmatch(line)
    if match is None or _calendar_word(match["name"]):
        return False
    first = match["beat"].split()[0].lower()
    return (
        match["role"] in _roles()
        and first not in _openers()
        and first not in ("a", "an", "the", "former", "who", "whose", "our")
    )
