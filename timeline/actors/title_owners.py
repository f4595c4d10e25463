"""Organisations around a person's name: the one written before the person's title, which
the model misses or takes for a people, is an actor ("Talvera Chief Executive Nina Osei"
names Talvera too, "Adwu regional secretary Tom Baker" the union Adwu); a party's short tag
in brackets after the name is not ("Cllr Mary Byrne (FF)").

    >>> text = "On Monday, Adwu regional secretary Tom Baker said so."
    >>> [r.text for r in organisations_in_titles(text, [RawSpan(35, 44, "Tom Baker", "PERSON")])]
    ['Adwu']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.acronyms import initials
from timeline.actors.overlapping import Overlapping
from timeline.actors.portfolios import names_a_portfolio
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import (
    calendar_words,
    countries,
    organisation_words,
    prepositions,
    title_at_end,
    titles,
)
from timeline.kinds import PLACE_LABELS
from timeline.sentences import sentence_openers

__all__ = ["organisations_in_titles", "without_party_tags"]


#: Capitalised words, then up to two lower-case words, right before a title: "Talvera" of
#: "Talvera Chief Executive", "Adwu" of "Adwu regional secretary".
_OWNER_BEFORE = re.compile(
    r"(?<![\w'’.-])(?P<owner>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3})"
    r" (?P<modifiers>(?:[a-z]+ ){0,2})$"
)


def organisations_in_titles(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """The organisations written before a person's title, which the model missed or took for
    a people ("Talvera Chief Executive Nina Osei", "Adwu regional secretary Tom Baker"): the
    capitalised words right before the title (and up to two lower-case words), when they are
    an organisation the article names (its name, the first words of its name, its acronym)
    or, before a title in lower case, any name that is no place, country or sentence opener.
    A title in capitals after an unknown word is a title of office ("Culture Minister").

    >>> text = "Talvera Foods grew. Talvera Chief Executive Nina Osei said so."
    >>> raw = [RawSpan(0, 13, "Talvera Foods", "ORG"), RawSpan(44, 53, "Nina Osei", "PERSON")]
    >>> [(r.text, r.label) for r in organisations_in_titles(text, raw)]
    [('Talvera', 'ORG')]
    >>> text = "Then Adwu regional secretary Tom Baker and Health Minister Ana Ruiz spoke."
    >>> raw = [RawSpan(29, 38, "Tom Baker", "PERSON"), RawSpan(59, 67, "Ana Ruiz", "PERSON")]
    >>> [r.text for r in organisations_in_titles(text, raw)]
    ['Adwu']

    Not a time before the title ("in March of Councillor Ruth Abney") nor the portfolio of a
    title that takes one ("Trade and Industry minister Jo Kim", `data/portfolio_titles.txt`).

    >>> text = "It was signed by Trade and Industry minister Jo Kim in March of Cllr Ann Roe."
    >>> raw = [RawSpan(45, 51, "Jo Kim", "PERSON"), RawSpan(69, 76, "Ann Roe", "PERSON")]
    >>> organisations_in_titles(text, raw)
    []
    """
    known = _known_organisations(raw)
    overlapping = Overlapping(raw)
    found: list[RawSpan] = []
    for person in raw:
        if person.label != "PERSON":
            continue
        owner = _owner_of_title(text, person.start)
        if owner is None:
            continue
        start, end, lower_case_title = owner
        name = text[start:end]
        inside = overlapping(start, end)
        cut = _known_head(name, inside, known)
        if cut is not None:  # "NKP State president": the party NKP, a president of its state
            found.append(RawSpan(start, start + len(cut), cut, "ORG"))
            continue
        if any(r.label != "NORP" or r.start < start or r.end > end for r in inside):
            continue  # the model named it (an organisation already, a place), or more
        if name.casefold() in countries() or any(r.label in PLACE_LABELS for r in inside):
            continue
        if name in known or (
            lower_case_title
            and not _opens_sentence(text, start)
            and not names_a_portfolio(text, start, end)  # "Trade and Industry minister"
        ):
            found.append(RawSpan(start, end, name, "ORG"))
    return found


def _known_head(name: str, inside: Sequence[RawSpan], known: dict[str, set[str]]) -> str | None:
    """The first words of `name`, an organisation the model found right before a title, that
    another organisation (`known`, of all the spans) is written with (its acronym, its name),
    when the words left are no organisation words: they belong to the title ("NKP" of "NKP
    State president" beside "Nava Karnataka Party (NKP)").

    >>> raw = [RawSpan(0, 20, "Nava Karnataka Party", "ORG"), RawSpan(30, 39, "NKP State", "ORG")]
    >>> _known_head("NKP State", raw[1:], _known_organisations(raw))
    'NKP'
    """
    if len(inside) != 1 or inside[0].label != "ORG" or inside[0].text != name:
        return None
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        head, rest = " ".join(words[:cut]), words[cut:]
        # written so by an organisation of another name than this one
        if any(written != name for written in known.get(head, ())):
            if any(word.casefold() in organisation_words() for word in rest):
                return None
            return head
    return None


def _owner_of_title(text: str, person_start: int) -> tuple[int, int, bool] | None:
    """(start, end, whether the title is in lower case) of the capitalised words before the
    title written right before `person_start`, if any."""
    window_start = max(0, person_start - 80)
    window = text[window_start:person_start]
    cut = max(window.rfind("\n"), window.rfind(","), window.rfind("("))
    title = _title_at_end(window[cut + 1 :])
    if title is None:
        return None
    title_start = window_start + cut + 1 + title
    before = _OWNER_BEFORE.search(text, max(window_start + cut + 1, title_start - 60), title_start)
    if before is None:
        return None
    if not _owns_the_title(before):
        return None
    words = before.group("owner").split(" ")
    start = before.start("owner")
    while words and (words[0] in sentence_openers() or words[0].casefold() in titles()):
        start += len(words[0]) + 1
        words = words[1:]
    if not words:
        return None
    end = start + len(" ".join(words))
    written_title = text[title_start:person_start]
    return start, end, before.group("modifiers") != "" or written_title[:1].islower()


def _owns_the_title(before: re.Match[str]) -> bool:
    """Whether the words `_OWNER_BEFORE` found before a title may own it: no preposition
    between them and the title, and no month or weekday last ("in March of Councillor Ruth
    Abney", "on Wednesday afternoon by Sir Neil Fenwick": a time, then the person's title).

    >>> def owner(text: str) -> re.Match[str]:
    ...     found = _OWNER_BEFORE.search(text)
    ...     assert found is not None
    ...     return found
    >>> _owns_the_title(owner("Adwu regional ")), _owns_the_title(owner("March of "))
    (True, False)
    >>> _owns_the_title(owner("Wednesday afternoon ")), _owns_the_title(owner("Talvera "))
    (False, True)
    """
    if any(word in prepositions() for word in before.group("modifiers").split()):
        return False
    return before.group("owner").rsplit(" ", 1)[-1].casefold() not in calendar_words()


def _title_at_end(window: str) -> int | None:
    """Where the title ending `window` (before a name) starts, without the words before it."""
    match = title_at_end(window)
    if match is None or not match.group().strip():
        return None
    prefix = match.group(1)
    return match.start() + (len(prefix) + 1 if prefix else 0) + _leading_spaces(match, prefix)


def _leading_spaces(match: re.Match[str], prefix: str | None) -> int:
    """Spaces between the words before a title and the title (beyond the first)."""
    if not prefix:
        return 0
    rest = match.group()[len(prefix) :]
    return len(rest) - len(rest.lstrip()) - 1


def _known_organisations(raw: Sequence[RawSpan]) -> dict[str, set[str]]:
    """The names an organisation span of `raw` is written with, the first words of those
    names and their acronyms, each with the spans' texts that give it: read once, and asked
    without a name's own spans (`_known_head`) rather than read again without them (stop 35).

    >>> _known_organisations([RawSpan(0, 13, "Talvera Foods", "ORG")])
    {'Talvera': {'Talvera Foods'}, 'Talvera Foods': {'Talvera Foods'}, 'TF': {'Talvera Foods'}}
    """
    known: dict[str, set[str]] = {}
    for span in raw:
        if span.label != "ORG":
            continue
        words = span.text.split()
        written = [" ".join(words[:cut]) for cut in range(1, len(words) + 1)]
        acronym = initials(span.text)
        if acronym is not None:
            written.append(acronym)
        for form in written:
            known.setdefault(form, set()).add(span.text)
    return known


def _opens_sentence(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or a line (where any word is capitalised)."""
    before = text[max(0, start - 4) : start].rstrip(" \"“'‘")
    return not before or before[-1] in ".!?:\n"


#: A short tag in brackets: "(FF)", "(Lab)", "(D-Ohio)" after a name.
_TAG = re.compile(r"\s*\(([A-Z][\w.-]{0,7})\)")


def without_party_tags(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted) without the short tags in brackets right after a person's name: the
    party of a councillor or a member ("Cllr Mary Byrne (FF)", "Ann Hale (Lab)"), a label of
    the person, not an actor of the sentence.

    >>> text = "Cllr Mary Byrne (FF) said so."
    >>> raw = [RawSpan(5, 15, "Mary Byrne", "PERSON"), RawSpan(17, 19, "FF", "ORG")]
    >>> [r.text for r in without_party_tags(text, raw)]
    ['Mary Byrne']
    """
    tags: set[tuple[int, int]] = set()
    for span in raw:
        if span.label == "PERSON":
            tag = _TAG.match(text, span.end)
            if tag is not None:
                tags.add(tag.span(1))
    return [span for span in raw if (span.start, span.end) not in tags]
