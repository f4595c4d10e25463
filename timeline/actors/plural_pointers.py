"""Two organisations or countries a plural noun opening a sentence stands for: "Both
companies", "The two sides", "The two countries", "The unions want" after the pair the story
named (stop 49, helper `referents`).

    >>> text = "Orlo Ltd and Vell Inc agreed to merge. Both companies approved it."
    >>> orlo, vell = (ActorMention(0, 8, "Orlo Ltd", "Orlo Ltd", "organisation"),
    ...               ActorMention(13, 21, "Vell Inc", "Vell Inc", "organisation"))
    >>> [(m.text, m.name) for m in plural_pointers(text, [orlo, vell])]
    [('Both', 'Orlo Ltd'), ('companies', 'Vell Inc')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise

from timeline.actors.anaphor_context import OPENING
from timeline.actors.mention import ActorMention
from timeline.actors.referent_kinds import is_body
from timeline.actors.vocabulary import body_words
from timeline.kinds import ActorType
from timeline.syntax import QUOTATION
from timeline.temporal.vocabulary import plural
from timeline.wordlists import longest_alternation, word_list

__all__ = ["plural_pointers"]

#: Which mentions a plural noun's singular may stand for.
Fits = Callable[[ActorMention], bool]


def _organisation(mention: ActorMention) -> bool:
    return mention.type == ActorType.ORGANISATION


def _country(mention: ActorMention) -> bool:
    return mention.type == ActorType.COUNTRY


def _party(mention: ActorMention) -> bool:
    return mention.type in (ActorType.ORGANISATION, ActorType.COUNTRY)


def _company(mention: ActorMention) -> bool:
    return _organisation(mention) and not is_body(mention)


#: The nouns of `data/pair_nouns.txt` that stand for countries only.
_STATE_NOUNS = frozenset({"country", "nation"})


@cache
def _kinds() -> dict[str, Fits]:
    """Each plural noun and what its singular stands for: a company's noun
    (`data/organisation_anaphors.txt`) no public body, market or union; a body's noun
    (`data/body_words.txt`) any organisation ("Both agencies" of two advertising firms);
    "side", "party", "partner" of `data/pair_nouns.txt`
    an organisation or a country, its "country" and "nation" a country only.

    >>> kinds = _kinds()
    >>> [kinds[word].__name__ for word in ("companies", "unions", "sides", "countries")]
    ['_company', '_organisation', '_party', '_country']
    """
    kinds: dict[str, Fits] = {}
    for noun in word_list("organisation_anaphors.txt"):
        kinds[plural(noun)] = _organisation if noun in body_words() else _company
    for noun in body_words():
        if " " not in noun and not noun.endswith("s"):
            kinds[plural(noun)] = _organisation
    for noun in word_list("pair_nouns.txt"):
        kinds[plural(noun)] = _country if noun in _STATE_NOUNS else _party
    return kinds


#: Plurals of a body's noun that are an organisation's own organs, no pair of organisations:
#: "The boards signed the merger agreement" (the golds leave them).
_ORGANS = frozenset({"boards"})


@cache
def _pointer() -> re.Pattern[str]:
    """ "Both", "The two" or "The" and a plural noun opening a sentence, its subject ("Both
    companies will", "The two sides signed", "The unions want"); not before a possessive
    ("Both companies' shares": their things) nor a name ("The two companies, Orlo and Vell,":
    named there). Inside a sentence the golds leave the pair: an object ("invited both sides
    to talks", "of both companies"), a reported clause's subject ("said the two clubs
    would")."""
    nouns = longest_alternation(set(_kinds()) - _ORGANS, escape=False)
    return re.compile(
        rf"{OPENING}[\"“]?(?P<pointer>(?P<both>Both|The\s+two)|The)"
        rf"\s+(?P<noun>{nouns})\b(?!['’-])(?!\s*,?\s*(?:the\s+)?[A-Z])"
    )


#: What joins two names of a pair: "and" or "&", maybe "the" and up to two lower-case words
#: ("Orlo Ltd and the smaller Vell Inc"), maybe a short form in brackets after the first.
_JOINED = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:and|&)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}")


def _joined_pair(
    text: str, candidates: Sequence[ActorMention], fits: Fits
) -> tuple[ActorMention, ActorMention] | None:
    """The last two mentions of `candidates` that fit, named one after the other and joined
    by "and" ("Orlo Ltd and Vell Inc agreed to merge", "Norway and the Faroe Islands").

    >>> text = "Orlo Ltd (OL) and the rival Vell Inc merged."
    >>> pair = [ActorMention(0, 8, "Orlo Ltd", "Orlo Ltd", "organisation"),
    ...         ActorMention(28, 36, "Vell Inc", "Vell Inc", "organisation")]
    >>> [m.name for m in _joined_pair(text, pair, _company)]
    ['Orlo Ltd', 'Vell Inc']
    """
    for first, second in reversed(list(pairwise(candidates))):
        if first.name == second.name or not (fits(first) and fits(second)):
            continue
        joined = _JOINED.match(text, first.end)
        if joined is not None and joined.end() == second.start:
            return first, second
    return None


def _most_named(
    candidates: Sequence[ActorMention], fits: Fits
) -> tuple[ActorMention, ActorMention] | None:
    """The two names of `candidates` that fit and that the text names most often, each twice
    or more and the second more often than any other ("Veltheim Solar ... a settlement with
    the Shareholder Protection Association ... The association ... Veltheim ...").

    >>> def at(start, name):
    ...     return ActorMention(start, start + 4, name, name, "organisation")
    >>> found = [at(0, "Orlo"), at(10, "Vell"), at(20, "Orlo"), at(30, "Vell"), at(40, "Kell")]
    >>> [m.name for m in _most_named(found, _company)]
    ['Orlo', 'Vell']
    >>> print(_most_named([*found, at(50, "Kell")], _company))
    None
    """
    times = Counter(m.name for m in candidates if fits(m))
    ranked = times.most_common(3)
    if len(ranked) < 2 or ranked[1][1] < 2 or (len(ranked) == 3 and ranked[2][1] == ranked[1][1]):
        return None
    first = next(m for m in candidates if m.name == ranked[0][0])
    second = next(m for m in candidates if m.name == ranked[1][0])
    return (first, second) if first.start < second.start else (second, first)


def plural_pointers(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Mentions of the two organisations or countries that "Both companies", "the two sides",
    "The unions" stand for: the last two of the noun's kind the text joined by "and" before
    it, else the two it named most often before it (`_most_named`); "The" and a plural only
    for a pair so joined ("The banks will be closed" may be any banks). Only a pointer
    opening its sentence, the subject (`_pointer`). The pointer is
    written as two mentions side by side, its first word for the first organisation and its
    noun for the second: a row takes both. Not inside a quotation, nor where a name is
    written already.

    >>> text = "Norway and the Faroe Islands met. The two countries agreed."
    >>> states = [ActorMention(0, 6, "Norway", "Norway", "country"),
    ...           ActorMention(15, 28, "Faroe Islands", "Faroe Islands", "country")]
    >>> [m.name for m in plural_pointers(text, states)]
    ['Norway', 'Faroe Islands']
    >>> print(plural_pointers("Norway met. The banks will be closed.", states[:1]))
    []
    """
    if not mentions:
        return []
    quoted = [match.span(2) for match in QUOTATION.finditer(text)]
    found: list[ActorMention] = []
    for match in _pointer().finditer(text):
        start, end = match.span("pointer")
        noun_start, noun_end = match.span("noun")
        if any(a <= start < b for a, b in quoted) or any(
            m.start < noun_end and start < m.end for m in mentions
        ):
            continue
        fits = _kinds()[match.group("noun")]
        candidates = [m for m in mentions if m.end <= start]
        pair = _joined_pair(text, candidates, fits)
        if pair is None and match.group("both"):
            pair = _most_named(candidates, fits)
        if pair is None:
            continue
        first, second = pair
        found.append(ActorMention(start, end, text[start:end], first.name, first.type))
        found.append(
            ActorMention(noun_start, noun_end, text[noun_start:noun_end], second.name, second.type)
        )
    return found
