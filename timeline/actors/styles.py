"""A style of address standing for the person it styles: "His Lordship the Most Rev. Dr. Ana
Roe, Bishop of Tarsk, will bless the church ... His Lordship will confirm 130 children" is
Ana Roe both times, not a name "Lordship"; "Sir Huw" is the "Sir Huw Bevan" named before
(stop 37, helper `referents7`).

    >>> from timeline.actors.mention import ActorMention
    >>> text = "His Grace Dr. Ana Roe arrived. His Grace will preach."
    >>> roe = ActorMention(14, 21, "Ana Roe", "Ana Roe", "person", role="Dr.")
    >>> [(m.text, m.name) for m in style_anaphora(text, [roe]) if m.name == "Ana Roe"]
    [('Ana Roe', 'Ana Roe'), ('His Grace', 'Ana Roe')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from timeline.actors.anaphor_context import OPENING, acting
from timeline.actors.mention import ActorMention
from timeline.kinds import ActorType
from timeline.wordlists import word_list

__all__ = ["knights_by_given_name", "style_anaphora"]


@cache
def _style() -> re.Pattern[str]:
    """ "His" or "Her" and a style of `data/styles.txt`: the third person singular's, who was
    told of before (not `offices._ADDRESSING`'s "Your" or "Their", one spoken to or several),
    in either case ("his Lordship said")."""
    styles = "|".join(sorted(word_list("styles.txt"), key=len, reverse=True))
    return re.compile(rf"\b(?:[Hh]is|[Hh]er)\s+(?P<style>{styles})\b")


#: Between a style and the name it introduces: "the", then the titles before the name
#: ("the Most Rev. Dr. ", "Dr. "; "the Bishop of Tarsk, Dr. " is no such run: a comma).
_TO_THE_NAME = re.compile(r"\s+(?:the\s+)?(?:[A-Z][a-z]*\.?\s+){0,4}")
_SENTENCE_OPENING = re.compile(OPENING)


def _introduced(text: str, end: int, persons: Sequence[ActorMention]) -> ActorMention | None:
    """The person whose name the style ending at `end` introduces, with only "the" and titles
    between: "His Lordship the Most Rev. Dr. Ana Roe" -> Ana Roe."""
    index = bisect_left([p.start for p in persons], end)
    if index < len(persons) and _TO_THE_NAME.fullmatch(text, end, persons[index].start):
        return persons[index]
    return None


def style_anaphora(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """`mentions` with each style of address read as the person it styles: a style before a
    person's name is one of that name's titles (no mention of its own: the model's
    "Lordship" is dropped); a style alone as a subject (opening a sentence, or acting: "his
    Lordship said") is the one person the text styled so before. Two persons styled alike,
    or none: the style names no one.

    >>> from timeline.actors.mention import ActorMention
    >>> text = "His Excellency will arrive on Monday."
    >>> style_anaphora(text, [])
    []
    >>> text = "His Excellency Ana Roe and His Excellency Tom Bell met. His Excellency left."
    >>> envoys = [ActorMention(15, 22, "Ana Roe", "Ana Roe", "person"),
    ...           ActorMention(42, 50, "Tom Bell", "Tom Bell", "person")]
    >>> [m.name for m in style_anaphora(text, envoys)]
    ['Ana Roe', 'Tom Bell']
    """
    matches = list(_style().finditer(text))
    if not matches:
        return list(mentions)
    persons = [m for m in mentions if m.type == ActorType.PERSON]
    holders: dict[str, set[str]] = {}
    styles: list[tuple[int, int]] = []
    found: list[ActorMention] = []
    for match in matches:
        start, end = match.span()
        styles.append((start, end))
        style = match.group("style")
        person = _introduced(text, end, persons)
        if person is not None:
            holders.setdefault(style, set()).add(person.name)
            continue
        named = holders.get(style, set())
        if len(named) != 1:
            continue
        if not (_SENTENCE_OPENING.match(text, start) or acting(text, start, end)):
            continue
        name = next(iter(named))
        found.append(ActorMention(start, end, text[start:end], name, ActorType.PERSON))
    kept = [
        m for m in mentions if not any(start <= m.start and m.end <= end for start, end in styles)
    ]  # the model's "Lordship", "His Grace": the style's own words name no one
    return sorted([*kept, *found], key=lambda m: (m.start, m.end))


@cache
def _knight_given() -> re.Pattern[str]:
    """A title of `data/knight_titles.txt` and a given name alone: "Sir Huw has said", not
    "Sir Huw Bevan" nor "Sir Huw's"."""
    knighted = "|".join(word_list("knight_titles.txt"))
    return re.compile(rf"\b(?:{knighted})\s+(?P<given>[A-Z][a-z]+)\b(?![ \t]*[A-Z'’-])")


def knights_by_given_name(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Mentions of "Sir Huw", "Dame Ana" where the text named a knight or a dame by the full
    name before ("Sir Huw Bevan"), and no other person so titled has that given name: the
    style's own short form, which the model may not find alone.

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Sir Huw Bevan chaired it. Sir Huw has said he will report."
    >>> bevan = ActorMention(4, 13, "Huw Bevan", "Huw Bevan", "person", role="Sir")
    >>> [(m.text, m.name) for m in knights_by_given_name(text, [bevan])]
    [('Sir Huw', 'Huw Bevan')]
    """
    given: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for mention in mentions:
        words = mention.name.split()
        role = (mention.role or "").rstrip(".")
        knighted = role in word_list("knight_titles.txt")
        if mention.type == ActorType.PERSON and knighted and len(words) > 1:
            given.setdefault(words[0], set()).add(mention.name)
            first.setdefault(mention.name, mention.start)
    if not given:
        return []
    found: list[ActorMention] = []
    for match in _knight_given().finditer(text):
        named = given.get(match.group("given"), set())
        if len(named) != 1:
            continue
        name = next(iter(named))
        start, end = match.span()
        if start < first[name] or any(m.start < end and start < m.end for m in mentions):
            continue
        found.append(ActorMention(start, end, text[start:end], name, ActorType.PERSON))
    return found
