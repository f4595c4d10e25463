"""An "It" that goes on with an anaphor: where the sentence before opens with "The company",
"The carrier" or another "It" standing for an organisation, the "It" opening the next
sentence stands for that organisation too ("The company was formed in 1993. It will report
results in February."). The model names no subject there, so the rule of the subject named
before (`anaphora`) finds none. And the topic an anaphor far from any name goes on with: the
organisation the anaphor before stood for, or the one organisation named within reach.

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Orlo Ltd grew. Then Ana spoke. The company was formed in 1993. It will report."
    >>> company = ActorMention(31, 42, "The company", "Orlo Ltd", "organisation")
    >>> [(m.text, m.name) for m in it_after_anaphor(text, [], [company])]
    [('It', 'Orlo Ltd')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from timeline.actors.anaphor_context import (
    EXPLETIVE_IT,
    FRONTED_IT,
    IT_OR_THE_AHEAD,
    OPENING,
    SUBJECT_REACH,
    THING_REACH,
    sentence_start,
)
from timeline.actors.descriptors import descriptor_nouns
from timeline.actors.mention import ActorMention
from timeline.actors.openings import capital_sweep
from timeline.actors.referents import mention_gender
from timeline.kinds import ActorType
from timeline.syntax import reporting_forms
from timeline.wordlists import longest_alternation, word_list

#: "It" opening a sentence, not "Its" (the thing of an organisation, "Its manager, X," or "Its
#: financial year", is what the sentence tells of), nor "It is" or "It was" (the thing the
#: sentence before told of: "It was the agency's third failed auction", "It is burning").
_IT_OPENING = re.compile(
    IT_OR_THE_AHEAD
    + OPENING
    + rf"(?:{FRONTED_IT}|(?P<it>It))"
    + r"\b(?!['’-])(?!\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\b)"
)


def it_after_anaphor(
    text: str, mentions: Sequence[ActorMention], anaphora: Sequence[ActorMention]
) -> list[ActorMention]:
    """Mentions of the organisations that the "It"s opening a sentence stand for, where the
    sentence before opens (within `SUBJECT_REACH` characters) with an anaphor of `anaphora`
    standing for an organisation, before any name of `mentions`, or names the organisation
    that reported it (`reporting_organisation`: "..., the company estimated. It will"); an
    "It" found so goes on to the next. Not an empty "It is expected that", nor an "It" a
    mention or an anaphor already covers."""
    taken = sorted([*mentions, *anaphora], key=lambda m: (m.start, m.end))
    anaphor_spans = {(m.start, m.end) for m in anaphora}
    found: list[ActorMention] = []
    for match in capital_sweep(_IT_OPENING, text):
        opens = match.start()  # the sentence's, before a phrase set in front ("In 2007 it")
        start, end = match.span("low") if match.group("low") else match.span("it")
        if any(m.start < end and opens < m.end for m in taken):
            continue  # named there already, or a name in the phrase in front
        if EXPLETIVE_IT.match("It" + text[end : end + 80]):
            continue
        previous = sentence_start(text, opens)
        opening = next((m for m in taken if previous <= m.start < opens), None)
        if (
            opening is None
            or opening.start - previous > SUBJECT_REACH
            or opening.type != ActorType.ORGANISATION
            or (opening.start, opening.end) not in anaphor_spans
        ):
            opening = reporting_organisation(text, previous, opens, taken)
            if opening is None:
                continue
        mention = ActorMention(start, end, text[start:end], opening.name, opening.type)
        found.append(mention)
        anaphor_spans.add((start, end))
        taken = sorted([*taken, mention], key=lambda m: (m.start, m.end))
    return found


@cache
def _reported() -> re.Pattern[str]:
    """A reporting verb in the past or present after its subject (" said", " estimated",
    " adds"), from the lemmas of `data/reporting_verbs.txt`."""
    forms = reporting_forms()
    return re.compile(r"\s+(?:" + longest_alternation(forms, escape=False) + r")\b")


def reporting_verb_after(text: str, end: int) -> bool:
    """Whether a reporting verb in the past or present follows `end` ("the judge wrote").

    >>> reporting_verb_after("the judge wrote", 9), reporting_verb_after("the judge's", 9)
    (True, False)
    """
    return _reported().match(text, end) is not None


def reporting_organisation(
    text: str, previous: int, opens: int, taken: Sequence[ActorMention]
) -> ActorMention | None:
    """The organisation the sentence from `previous` to `opens` reports as saying it, that an
    "It" opening the next sentence goes on with: written just before a reporting verb ("...,
    the company estimated.", "For the quarter, Orlo said it expects ..."), one organisation
    only, after no person (whose words the sentence may tell: "Ana Roe said ...").

    >>> text = "The recall will cost $9 million, the company estimated. It will cut jobs."
    >>> company = ActorMention(33, 44, "the company", "Orlo Ltd", "organisation")
    >>> reporting_organisation(text, 0, 56, [company]).name
    'Orlo Ltd'
    >>> ana = ActorMention(0, 7, "Ana Roe", "Ana Roe", "person")
    >>> reporting_organisation("Ana Roe left, the company said.", 0, 31, [ana]) is None
    True
    """
    inside = [m for m in taken if previous <= m.start < opens]
    speakers = [
        m for m in inside if m.type == ActorType.ORGANISATION and reporting_verb_after(text, m.end)
    ]
    if len({m.name for m in speakers}) != 1:
        return None
    speaker = speakers[0]
    if any(m.type == ActorType.PERSON and m.start < speaker.start for m in inside):
        return None
    return speaker


def named_organisations(
    mentions: Sequence[ActorMention], text: str | None = None
) -> list[ActorMention]:
    """The mentions the model took for a person or a product under a name of two words or
    more that it takes for an organisation elsewhere in the text ("Brindle Kids said it ..."
    where "Brindle Kids president Ana Soto" is an organisation), or that `text` writes
    before "said it" (`says_it`), before an apposition of its kind (`_apposed_kind`) or
    before its possessive and its sales or profit (`reports_results`) or after "Shares in"
    (`has_shares`), retyped: one name,
    one actor, which "the company" and "It" after it can stand for.

    >>> from timeline.actors.mention import ActorMention
    >>> kids = ActorMention(0, 12, "Brindle Kids", "Brindle Kids", "person")
    >>> again = ActorMention(30, 42, "Brindle Kids", "Brindle Kids", "organisation")
    >>> [(m.start, m.type) for m in named_organisations([kids, again])]
    [(0, 'organisation')]
    """
    names = {m.name for m in mentions if m.type == ActorType.ORGANISATION and " " in m.name.strip()}
    if text is not None:
        words = {w for m in mentions if m.type == ActorType.PERSON for w in m.name.split()[1:]}
        # a title or a word of a person's sex with any mention says it is a person ("Adwu
        # regional secretary Tom Baker said it would go on": "it" is the strike)
        persons = {
            m.name
            for m in mentions
            if m.type == ActorType.PERSON and (m.role or mention_gender(text, m) is not None)
        }
        names |= {
            m.name
            for m in mentions
            if m.type == ActorType.PERSON
            and m.name not in words | persons
            and (
                says_it(text, m)
                or _apposed_kind(text, m)
                or reports_results(text, m)
                or has_shares(text, m)
                or takes_which(text, m)
            )
        }  # not "Orvane" where "Ana Orvane Duarte" is named: it may be her
    return [
        replace(m, type=ActorType.ORGANISATION)
        for m in mentions
        if m.type in (ActorType.PERSON, ActorType.PRODUCT) and m.name in names
    ]


#: How far back (characters) an anaphor still goes on with the organisation the one before
#: it stood for, when no other organisation was named between them.
TOPIC_REACH = 3 * THING_REACH


def alone_in_reach(
    named: ActorMention | None, organisations: list[ActorMention], start: int
) -> ActorMention | None:
    """`named`, the organisation named last, when it is within `TOPIC_REACH` of `start` and
    no other organisation is named there: a story of one organisation goes on with it past a
    quotation or a paragraph of figures ("Balgownie said sales rose. ... The company kept
    its forecast").

    >>> shop = ActorMention(0, 9, "Balgownie", "Balgownie", "organisation")
    >>> alone_in_reach(shop, [shop], 900).name
    'Balgownie'
    """
    if named is None or start - named.end > TOPIC_REACH:
        return None
    near = {o.name for o in organisations if start - o.end <= TOPIC_REACH}
    return named if near == {named.name} else None


def topic(chain: list[ActorMention], named: ActorMention | None, start: int) -> ActorMention | None:
    """The last anaphor of `chain` before `start`, within `TOPIC_REACH`, when the organisation
    named last (`named`) comes before it: the story still tells of the one it stood for."""
    previous = [m for m in chain if m.end <= start]
    if not previous:
        return None
    last = previous[-1]
    if start - last.end > TOPIC_REACH or (named is not None and named.start > last.start):
        return None
    return last


#: A name's verb of saying and "it", the subject of what it said: "Bakwena Chrome Mines said
#: on Thursday it had halted ...", "announced that it would"; not "it was" nor "it is" (what
#: a person said of a thing: "Judge Ana Roe said it was a grave breach").
_SAID_IT = re.compile(
    r"\s+(?:said|says|announced|reported)"
    r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today)|\s+in\s+a\s+statement)?"
    r"(?:\s+that)?\s+it\s+(?!is\b|was\b|['’]s\b)[a-z]"
)


def says_it(text: str, mention: ActorMention) -> bool:
    """Whether `mention`, a name as written (no surname of a longer name: "Priya Raman ...
    Raman said it would be revised" speaks of a thing), says "it" of itself: a thing, not a
    person, whatever the model took it for.

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Bakwena Chrome Mines said on Thursday it had halted two shafts."
    >>> says_it(text, ActorMention(0, 20, "Bakwena Chrome Mines", "Bakwena Chrome Mines", "person"))
    True
    >>> text = "Judge Ana Roe said it was a grave breach."
    >>> says_it(text, ActorMention(6, 13, "Ana Roe", "Ana Roe", "person"))
    False
    """
    return mention.name == mention.text and _SAID_IT.match(text, mention.end) is not None


@cache
def _results_after() -> re.Pattern[str]:
    """A name's possessive before its own results (`data/result_nouns.txt`, singular or
    plural, up to two words before the noun): "'s sales rose", "'s pre-tax profit"."""
    nouns = "|".join(re.escape(noun) for noun in word_list("result_nouns.txt"))
    return re.compile(rf"['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{nouns})s?\b(?!['’-])")


def reports_results(text: str, mention: ActorMention) -> bool:
    """Whether `mention`, a name as written, is followed by its possessive and its own sales
    or profit ("Kestrel Seiko Kogyo's sales rose 18 percent"): a company's results, whatever
    the model took the name for.

    >>> text = "Tarlo Kogyo's first-half sales rose. Ana Roe's goal won."
    >>> reports_results(text, ActorMention(0, 11, "Tarlo Kogyo", "Tarlo Kogyo", "person"))
    True
    >>> reports_results(text, ActorMention(37, 44, "Ana Roe", "Ana Roe", "person"))
    False
    """
    return mention.name == mention.text and _results_after().match(text, mention.end) is not None


#: "Shares in" or "shares of" right before a name, maybe with the town it is based in:
#: "Shares in Munich-based Helmbrecht Software more than doubled".
_SHARES_IN = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+(?:[A-Z][\w-]*-based\s+)?$")


def has_shares(text: str, mention: ActorMention) -> bool:
    """Whether `mention`, a name as written, is one whose shares the text tells of ("Shares
    in Munich-based Helmbrecht Software more than doubled"): a company, whatever the model
    took the name for (stop 37, helper `referents7`).

    >>> text = "Shares in Munich-based Kessel Software rose. Ana Roe left."
    >>> has_shares(text, ActorMention(23, 38, "Kessel Software", "Kessel Software", "person"))
    True
    >>> has_shares(text, ActorMention(44, 51, "Ana Roe", "Ana Roe", "person"))
    False
    """
    window = max(0, mention.start - 40)
    return (
        mention.name == mention.text and _SHARES_IN.search(text, window, mention.start) is not None
    )


#: A relative clause of a thing right after a name: ", which is owned by", ", which".
_WHICH_AFTER = re.compile(r",\s+which\s+[a-z]")


def takes_which(text: str, mention: ActorMention) -> bool:
    """Whether `mention`, a name as written, opens a relative clause with "which" ("Tarvo Media,
    which is owned by the publisher Hessel Gruppe, said"): a thing, not a person (who takes
    "who"), whatever the model took it for; as written or as its first word, a name's
    short form that no person's is (stop 44, helper `anaphora`).

    >>> text = "Tarvo Media, which is owned by Orlo, said so. Ana Roe, who owns it, left."
    >>> takes_which(text, ActorMention(0, 11, "Tarvo Media", "Tarvo Media", "person"))
    True
    >>> takes_which(text, ActorMention(46, 53, "Ana Roe", "Ana Roe", "person"))
    False
    >>> short = ActorMention(0, 5, "Tarvo", "Tarvo Media", "person")
    >>> takes_which("Tarvo, which is owned by Orlo, said so.", short)
    True
    """
    written = mention.name == mention.text or mention.name.startswith(f"{mention.text} ")
    return written and _WHICH_AFTER.match(text, mention.end) is not None


#: Nouns of `data/organisation_anaphors.txt` that also name a person's trade ("Ana Roe, a
#: veteran broadcaster,", "a film maker"): no kind of organisation in an apposition.
_TRADES = frozenset(
    {"broadcaster", "brewer", "carrier", "developer", "exporter", "importer", "maker"}
    | {"manufacturer", "miner", "operator", "publisher", "refiner", "regulator", "supplier"}
)
#: An apposition right after a name: a comma, an article, up to three words and its noun,
#: closed by a comma or a preposition ("Kredo Kaunas, a consumer lender, closed ...").
_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z]+)"
    r"(?=,|\s+(?:with|of|in|for|based|which|that)\b)"
)


def _apposed_kind(text: str, mention: ActorMention) -> bool:
    """Whether an apposition right after `mention` gives it a kind of organisation: "Kredo
    Kaunas, a consumer lender, closed a round" is a company, whatever the model took it for.

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Kredo Kaunas, a consumer lender, raised money. Ana Roe, a broadcaster, spoke."
    >>> _apposed_kind(text, ActorMention(0, 12, "Kredo Kaunas", "Kredo Kaunas", "person"))
    True
    >>> _apposed_kind(text, ActorMention(47, 54, "Ana Roe", "Ana Roe", "person"))
    False
    """
    match = _APPOSITION.match(text, mention.end)
    return (
        match is not None
        and match.group("noun") in descriptor_nouns()
        and match.group("noun") not in _TRADES
    )
