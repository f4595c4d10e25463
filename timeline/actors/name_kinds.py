"""The kind of a name by what the article itself says of it: a company the model typed as a
place, a person or a people is typed an organisation for the whole article when the article
writes it as one (`organisations_by_evidence`: "shares of Tarvik", "Tarvik, the Oslo maker of
pumps,", "Tarvik's chief executive", "Tarvik, whose fiscal year ends ..."); and a lone word
that is both a person's surname and the first word of a company named after the family is
the company where its sentence says so (`company_at`: "Hoshino shares fell", "Hoshino, which
employs 900 people", "Hoshino now expects its profit to ...").

    >>> text = "Shares of Tarvik rose. The company said so."
    >>> tarvik = ActorMention(10, 16, "Tarvik", "Tarvik", "location")
    >>> organisations_by_evidence(text, [tarvik])[0].type
    'organisation'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import corporate_suffix, personal_titles
from timeline.kinds import ActorType
from timeline.wordlists import word_list

#: The types the model gives a company it did not read as one (a country is named by its own
#: table and stays one).
MISTYPED = frozenset({ActorType.LOCATION, ActorType.PERSON, ActorType.GROUP})

#: What a company's owners and officers are, after its possessive ("Tarvik's chief
#: executive"); no person's or place's ("his wife", "Ohio's governor").
_OFFICERS = (
    r"(?:chief executive|chief financial officer|chairman|chairwoman|managing director"
    r"|board(?: of directors)?|shareholders|(?:share|stock) price|shares|stock|president"
    r"|purchasing director|finance director|annual (?:meeting|report)|net (?:profit|loss))"
)


@cache
def _company_nouns() -> str:
    """The nouns a company is described by ("the Oslo maker of pumps", "the drayage company"):
    `data/organisation_anaphors.txt`, as one alternation."""
    nouns = sorted(word_list("organisation_anaphors.txt"), key=len, reverse=True)
    return "|".join(re.escape(noun) for noun in [*nouns, "start-up", "startup"])


def _evidence(name: str, *, place: bool) -> re.Pattern[str]:
    """What the article writes of an organisation named `name`; a place's name ("Tokyo
    shares fell", "Rome, founded in 753 BC") is held to the shapes no place takes."""
    escaped = re.escape(name)
    shapes = [
        rf"\b[Ss]hares (?:of|in) (?:the )?{escaped}\b",  # "shares of Tarvik"
        rf"\b{escaped}'s? {_OFFICERS}\b",  # "Tarvik's chief executive"
        # "Tarvik, the Oslo maker of pumps," "Tarvik, an Amman-based delivery start-up,"
        rf"\b{escaped}, (?:an?|the) (?:[^,.;()]{{0,60}}?[\s-])?(?:{_company_nouns()})"
        r"(?=[,;.]| (?:of|in|from|with|that|which|whose|based)\b)",
        rf"\b{escaped}, whose (?:fiscal|financial) year\b",
        rf"\b{escaped}{corporate_suffix().pattern.removesuffix('$')}\b",  # "Tarvik AB"
    ]
    if not place:  # a city is founded, its shares are the market's
        shapes += [
            rf"\b{escaped}(?:'s)? (?:shares|stock)\b",
            rf"\b{escaped}, (?:which|founded in|based in|headquartered in)\b",
        ]
    return re.compile("|".join(f"(?:{shape})" for shape in shapes))


@lru_cache(maxsize=1024)  # the article's text is its key: a few articles' names
def written_as_organisation(text: str, name: str, kind: str) -> bool:
    """Whether the article writes `name`, which the model typed `kind`, as a company's (see
    `_evidence`): one decision per name and article.

    >>> written_as_organisation("Tarvik shares fell.", "Tarvik", "person")
    True
    >>> written_as_organisation("Tokyo shares fell.", "Tokyo", "location")
    False
    """
    return _evidence(name, place=kind == ActorType.LOCATION).search(text) is not None


def organisations_by_evidence(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions, each of a name the model typed a place, a person or a people typed an
    organisation wherever the article writes that name as a company's (see `_evidence`): one
    decision per name, for all its mentions, so "the company" can stand for it.

    >>> text = "Harbolt Logistics, the Atlanta-based drayage company, rose. Harbolt fell."
    >>> people = ActorMention(0, 17, "Harbolt Logistics", "Harbolt Logistics", "person")
    >>> [m.type for m in organisations_by_evidence(text, [people])]
    ['organisation']
    >>> text = "Vela Ortiz, the Lima-based lawyer, spoke. Tokyo shares fell."
    >>> lawyer = ActorMention(0, 10, "Vela Ortiz", "Vela Ortiz", "person")
    >>> tokyo = ActorMention(42, 47, "Tokyo", "Tokyo", "location")
    >>> [m.type for m in organisations_by_evidence(text, [lawyer, tokyo])]
    ['person', 'location']
    """
    return [
        replace(mention, type=ActorType.ORGANISATION)
        if mention.type in MISTYPED and written_as_organisation(text, mention.name, mention.type)
        else mention
        for mention in mentions
    ]


#: What a company named after its family does where its lone name stands ("Hoshino shares
#: fell", "Hoshino, which employs", "Hoshino's chairman"), right after the name.
_COMPANY_AFTER = re.compile(
    rf"(?:'s?)? (?:shares|stock)\b|'s? {_OFFICERS}\b"
    r"|, (?:which|founded in|based in|headquartered in|whose (?:fiscal|financial) year)\b"
)

#: A person's relative clause after the name.
_WHO = re.compile(r",? (?:who|whom)\b")

#: A person's pronoun in the rest of the clause: the lone name is the person's.
_PERSONAL = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)

#: The company's own pronoun in the rest of the clause ("Hoshino now expects its profit").
_ITS = re.compile(r"\b(?:its|it)\b")


def company_at(text: str, start: int, end: int) -> bool:
    """Whether the lone name at `start`..`end` is a company's (shared with a person's
    surname) by what follows it in its clause: a company's shares, officers or relative
    clause, or "its" with no person's pronoun before the clause ends; never after a
    person's title ("Mr. Hoshino") nor before "who".

    >>> company_at("Hoshino shares fell.", 0, 7)
    True
    >>> company_at("Hoshino now expects its profit to fall.", 0, 7)
    True
    >>> company_at("Hoshino said his firm would sell it.", 0, 7)
    False
    >>> company_at("Hoshino, who founded it, retired.", 0, 7)
    False
    >>> company_at("Mr. Hoshino's shares", 4, 11)
    False
    """
    before = text[max(0, start - 12) : start].split()
    if (before and before[-1].casefold() in personal_titles()) or _WHO.match(text, end):
        return False
    if _COMPANY_AFTER.match(text, end):
        return True
    clause = re.split(r"[.;:!?\n]", text[end : end + 200], maxsplit=1)[0]
    return _ITS.search(clause) is not None and _PERSONAL.search(clause) is None
