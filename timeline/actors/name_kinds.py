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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from timeline.actors.mention import ActorMention
from timeline.actors.occurrences import boundary, each_occurrence
from timeline.actors.vocabulary import corporate_suffix, personal_titles
from timeline.kinds import ActorType
from timeline.wordlists import word_list

#: The types the model gives a company it did not read as one (a country is named by its own
#: table and stays one).
MISTYPED = frozenset({ActorType.LOCATION, ActorType.PERSON, ActorType.GROUP})

#: What a company's owners and officers are, after its possessive ("Tarvik's chief
#: executive"); no person's or place's ("his wife", "Ohio's governor", "Musk's shares").
_OFFICERS = (
    r"(?:chief executive|chief financial officer|chairman|chairwoman|managing director"
    r"|board of directors|shareholders|president|purchasing director|finance director"
    r"|annual (?:meeting|report)|net (?:profit|loss))"
)

#: The nouns of a company no place is described by ("Tarvik, the Oslo maker of pumps";
#: "Queensland, the largest exporter of coal" is a place).
_MAKERS = ("company", "firm", "manufacturer", "corporation", "conglomerate", "start-up")


@cache
def _company_nouns(*, place: bool) -> str:
    """The nouns a company is described by ("the Oslo maker of pumps", "the drayage company"):
    `data/organisation_anaphors.txt` and "start-up", as one alternation; for a name the model
    took for a place, only a maker's or a company's."""
    nouns = [*word_list("organisation_anaphors.txt"), "start-up", "startup"]
    if place:
        nouns = [noun for noun in nouns if noun.endswith("maker") or noun in _MAKERS]
    return "|".join(re.escape(noun) for noun in sorted(nouns, key=len, reverse=True))


#: The words between an apposition's article and its company noun: a place, an adjective, a
#: trade ("the Atlanta-based drayage and warehousing company"); no preposition, after which
#: the noun is another's ("Ana Roe, a former manager at a cement maker").
_DESCRIBING = r"(?:(?!(?:at|of|for|in|with|from|by|to|on|as)\b)[\w'’&.-]+[\s-]){0,6}"


#: What stands right after a company's lone name and after no person's or place's: its
#: shares or stock ("Tarvik shares fell"), its officers and owners ("Tarvik's chief executive"),
#: its founding or seat set off after it, its fiscal year ("Tarvik, whose fiscal year ends").
_SHARES_AFTER = r" (?:shares|stock)\b"
_OFFICERS_AFTER = rf"'s? {_OFFICERS}\b"
_FOUNDED_OR_BASED = r"founded in|based in|headquartered in"
_FISCAL_YEAR = r"whose (?:fiscal|financial) year\b"

#: "shares of" / "shares in the" right before a name ("shares of Tarvik").
_SHARES_BEFORE = re.compile(r"\b[Ss]hares (?:of|in) (?:the )?\Z")
#: Right after a name: the end of it, not the first words of a longer name.
_ALONE = re.compile(r"(?![\w-]| [A-Z])")


@cache
def _written_after(*, place: bool) -> re.Pattern[str]:
    """What the article writes right after an organisation's lone name; a place's name
    ("Tokyo shares fell", "Rome, founded in 753 BC") is held to the shapes no place takes.
    One pattern for every name, matched where the name ends (a pattern a name would cost a
    compilation of the company nouns and suffixes for each name of each article)."""
    shapes = [
        _OFFICERS_AFTER,  # "Tarvik's chief executive"
        # "Tarvik, the Oslo maker of pumps," "Tarvik, an Amman-based delivery start-up,"
        rf", (?:an?|the) {_DESCRIBING}(?:{_company_nouns(place=place)})"
        r"(?=[,;.]| (?:of|in|from|with|that|which|whose|based)\b)",
        rf", {_FISCAL_YEAR}",
    ]
    if not place:  # a city is founded, its shares are the market's
        shapes += [_SHARES_AFTER, rf", (?:{_FOUNDED_OR_BASED})\b"]
    return re.compile("|".join(f"(?:{shape})" for shape in shapes))


@cache
def _suffix_after() -> re.Pattern[str]:
    """A corporate suffix right after a name ("Tarvik AB")."""
    return re.compile(rf"{corporate_suffix().pattern.removesuffix('$')}(?!\w)")


def _evidence(text: str, name: str, *, place: bool) -> bool:
    """Whether the article writes of `name` what it writes of an organisation: "shares of
    X", "X's chief executive", "X, the Oslo maker of pumps", "X, whose fiscal year", a
    corporate suffix after it, and for a name not taken for a place "X shares" and "X,
    founded in"."""
    after = _written_after(place=place)
    for start in _occurrences(text, name):
        end = start + len(name)
        if _suffix_after().match(text, end):
            return True
        if not _ALONE.match(text, end):
            continue  # the first words of a longer name
        if after.match(text, end) or _SHARES_BEFORE.search(text[max(0, start - 20) : start]):
            return True
    return False


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where `name` starts in `text` at a word's start (as a regular expression's ``\\b``
    before it would find it, without compiling one for each name).

    >>> list(_occurrences("Tarvik and ATarvik, Tarvik", "Tarvik"))
    [0, 20]
    """
    yield from each_occurrence(text, name, edges=_word_start, overlapping=False)


def _word_start(text: str, start: int, _end: int) -> bool:
    """`re`'s `\\b` before the name: a word's edge between it and the character before."""
    return boundary(text, start)


@lru_cache(maxsize=1024)  # the article's text is its key: a few articles' names
def written_as_organisation(text: str, name: str, kind: str) -> bool:
    """Whether the article writes `name`, which the model typed `kind`, as a company's (see
    `_evidence`): one decision per name and article.

    >>> written_as_organisation("Tarvik shares fell.", "Tarvik", "person")
    True
    >>> written_as_organisation("Tokyo shares fell.", "Tokyo", "location")
    False
    >>> written_as_organisation("Investors sold shares of Tarvik.", "Tarvik", "location")
    True
    >>> written_as_organisation("Tarvik AB rose; Tarvik, a Swede, spoke.", "Tarvik", "person")
    True
    """
    place = kind in (ActorType.LOCATION, ActorType.GROUP)  # "European shares" are a market's
    return _evidence(text, name, place=place)


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
        if mention.type in MISTYPED
        and written_as_organisation(text, mention.name, mention.type)
        and not opens_a_longer_name(text, mention.name)
        else mention
        for mention in mentions
    ]


def opens_a_longer_name(text: str, name: str) -> bool:
    """Whether the article writes `name` with a capitalised word after it somewhere: the
    first words of a longer name ("Tarvik" of "Tarvik Stores Ltd"), which the rules after
    this one name it by (a company's plural-ended name has no short form of its own).

    >>> opens_a_longer_name("Tarvik Stores Ltd rose. Tarvik shares rose.", "Tarvik")
    True
    """
    return re.search(rf"\b{re.escape(name)} [A-Z]", text) is not None


#: What a company named after its family does where its lone name stands ("Hoshino shares
#: fell", "Hoshino, which employs", "Hoshino's chairman"), right after the name.
_COMPANY_AFTER = re.compile(
    rf"{_SHARES_AFTER}|{_OFFICERS_AFTER}|, (?:which|{_FOUNDED_OR_BASED}|{_FISCAL_YEAR})\b"
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


def family_company(
    beginnings: Mapping[str, str], text: str, surface: str, start: int
) -> str | None:
    """The company a person's surname at `start` also opens (`beginnings`: a short form's
    first words -> the one name they begin), where the name's clause writes it as the
    company's (`company_at`); or the one name its longer beginnings stand for ("Hoshino
    Electric" of a headline beside "Hoshino Electric Industries").

    >>> beginnings = {"Hoshino": "Hoshino Optical"}
    >>> family_company(beginnings, "Hoshino shares fell.", "Hoshino", 0)
    'Hoshino Optical'
    >>> family_company(beginnings, "Hoshino said he would stay.", "Hoshino", 0) is None
    True
    """
    companies = (
        {beginnings[surface]}
        if surface in beginnings
        else {name for short, name in beginnings.items() if short.startswith(f"{surface} ")}
    )
    if len(companies) != 1 or not company_at(text, start, start + len(surface)):
        return None
    return next(iter(companies))
