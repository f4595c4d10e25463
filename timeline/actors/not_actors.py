"""Capitalised words the model takes for names that are no actor in their sentence: a
holiday, a place that names a time zone, the grade of a traded good, the place an
organisation is based in, the bracketed short name of a statistic, the label of an
interview's turn, an adverb, a kind of people opening a sentence.

    >>> text = "Markets shut for Valentine's Day at 5 p.m. Lisbon time."
    >>> names_no_actor(text, 17, 26, "PERSON"), names_no_actor(text, 43, 49, "GPE")
    (True, True)
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from timeline.actors.ailments import names_a_disease, names_a_journey_code
from timeline.actors.asides import describes_in_an_aside
from timeline.actors.clock_places import names_a_time_zone
from timeline.actors.common_nouns import names_units_in_general
from timeline.actors.counted_people import counts_people, counts_things_of_a_place
from timeline.actors.measures import (
    names_a_lower_case_term,
    names_a_sector,
    names_a_stage,
    names_a_sum,
    names_a_vessel_class,
)
from timeline.actors.member_letters import letters_of_an_office, qualifies_a_name
from timeline.actors.occasions import (
    a_period_word,
    names_a_day_of_observance,
    names_a_holiday,
    names_a_rite,
    names_an_apposed_occasion,
    names_an_occasion,
    names_an_occasion_taking_place,
)
from timeline.actors.offices import (
    abbreviates_a_title,
    addresses_someone,
    names_an_office_beside_its_holder,
)
from timeline.actors.origins import names_where_people_are_from
from timeline.actors.portfolios import coded_sum
from timeline.actors.prizes import names_a_prize_won
from timeline.actors.report_titles import names_a_documents_place, names_a_report
from timeline.actors.routes import names_a_route_end
from timeline.actors.seats import locates_an_organisation
from timeline.actors.technologies import names_a_technology
from timeline.actors.tickers import names_a_ticker
from timeline.actors.townsfolk import describes_a_townsperson
from timeline.actors.vaccines import names_a_vaccine
from timeline.actors.vocabulary import after_the, document_words, titles
from timeline.temporal.vocabulary import WEEKDAYS
from timeline.wordlists import word_list, word_set

#: A lower-case word and an opening bracket right before a name: "inflation figures (".
_NOUN_AND_BRACKET = re.compile(r"\b([a-z]+)\s+\(\s*$")
#: The rest of a bracketed short name after the model's span, and its closing bracket.
_REST_OF_BRACKET = re.compile(r"[\w-]*\s*\)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*")
#: The lower-case word after a name.
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
#: A sentence's end: a stop before a space or the end of what is read, or a line break; a stop
#: with a closing quote ('."') ends none here, as it does in `acting_letters` and `parties`
#: (near-twins kept apart: one definition would move the sentence these rules read).
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")

#: A turn's label opening a line of an interview: "Q:", "A:", "Q.", "Question:", "ANSWER:".
TURN_LABEL = re.compile(
    r"^[ \t]*(Q|A|Question|Answer|QUESTION|ANSWER)[ \t]*[:.][ \t]", re.MULTILINE
)


#: How many questions `names_no_actor` remembers: a span is asked again as the sweeps, the place
#: lists, the runs and the opening's names find it after the model's span is cleaned (a third
#: of the questions of an article), with the very text, offsets and label.
RECENT_QUESTIONS = 4096


@lru_cache(maxsize=RECENT_QUESTIONS)
def names_no_actor(text: str, start: int, end: int, label: str) -> bool:
    """Whether the name `text[start:end]` (labelled `label` by the model) names no actor where
    it stands (`occasions.names_a_holiday`, `names_a_time_zone`, `names_a_grade`,
    `locates_an_organisation`, `asides.describes_in_an_aside`, `names_a_statistic`,
    `measures.names_a_lower_case_term`, `labels_a_turn`, `names_a_ticker`,
    `is_an_adverb`, `names_a_kind_of_people`, `names_an_office`, `names_a_day`,
    `member_letters.qualifies_a_name`, `occasions.names_an_occasion`,
    `occasions.names_an_apposed_occasion`, `occasions.names_an_occasion_taking_place`,
    `occasions.names_a_day_of_observance`, `counted_people.counts_people`,
    `counted_people.counts_things_of_a_place`, `portfolios.coded_sum`,
    `measures.names_a_sum`, `measures.names_a_stage`, `measures.names_a_sector`,
    `measures.names_a_vessel_class`, `names_a_document`, `vaccines.names_a_vaccine`,
    `routes.names_a_route_end`, `townsfolk.describes_a_townsperson`,
    `occasions.names_a_rite`, `technologies.names_a_technology`, `ailments.names_a_disease`,
    `ailments.names_a_journey_code`, `offices.names_an_office_beside_its_holder`,
    `offices.addresses_someone`, `offices.abbreviates_a_title`,
    `common_nouns.names_units_in_general`, `origins.names_where_people_are_from`,
    `prizes.names_a_prize_won`, `report_titles.names_a_documents_place` and, but for a person,
    `report_titles.names_a_report`). Each test reads only its arguments and fixed word lists,
    so an answer is remembered for the same text, offsets and label (`RECENT_QUESTIONS`)."""
    return (
        is_an_adverb(text, start, end)
        or names_an_office(text, start, end)
        or names_an_office_beside_its_holder(text, start, end)
        or addresses_someone(text, start, end)
        or abbreviates_a_title(text, start, end)
        or names_a_kind_of_people(text, start, end)
        or counts_people(text, start, end)
        or counts_things_of_a_place(text, start, end, label)
        or names_a_sum(text, start, end)
        or coded_sum(text, start)  # "DKK 1,862m": a currency's code and its sum (stop 47)
        or names_a_stage(text, start, end)
        or names_a_sector(text, start, end)
        or names_a_vessel_class(text, start, end)
        or names_a_document(text, start, end)
        or names_a_vaccine(text, start, end)
        or names_a_holiday(text, start, end)
        or names_a_day(text, start, end)
        or names_a_festival(text, start, end)
        or names_an_occasion(text, start, end)
        or names_an_apposed_occasion(text, start, end)
        or names_an_occasion_taking_place(text, start, end)
        or names_a_day_of_observance(text, start, end, label)
        or names_a_time_zone(text, start, end)
        or names_a_grade(text, start, end)
        or locates_an_organisation(text, start, end, label)
        or describes_in_an_aside(text, start, end, label)  # "which runs mills in X" (stop 53)
        or names_a_statistic(text, start, end)
        or names_a_lower_case_term(text, start, end)
        or labels_a_turn(text, start, end)
        or names_a_ticker(text, start, end)
        or qualifies_a_name(text, start, end)
        or names_a_route_end(text, start, end, label)
        or describes_a_townsperson(text, start, end, label)
        or names_a_rite(text, start, end, label)
        or names_a_technology(text, start, end)
        or names_a_disease(text, start, end)
        or names_a_journey_code(text, start, end)
        or names_units_in_general(text, start, end)
        or names_where_people_are_from(text, start, end, label)
        or names_a_prize_won(text, start, end)
        or (label != "PERSON" and names_a_report(text, start, end))
        or names_a_documents_place(text, start, end, label)
    )


#: One capitalised word of eight letters or more shaped like an adverb ("Nationally",
#: "Separately", "Similarly", "Reportedly"): no name ends so.
_ADVERB = re.compile(r"[A-Z][a-z]{3,}(?:ally|ately|ously|ively|ingly|edly|ically|arly)")


def is_an_adverb(text: str, start: int, end: int) -> bool:
    """Whether the name is one word shaped like an adverb, capitalised as it opens a sentence.

    >>> is_an_adverb("Nationally, sales fell.", 0, 10), is_an_adverb("Separately, it said", 0, 10)
    (True, True)
    >>> is_an_adverb("Kelly Rowe said", 0, 5), is_an_adverb("Beverly said", 0, 7)
    (False, False)
    """
    return _ADVERB.fullmatch(text, start, end) is not None


#: One capitalised plural; then its possessive's apostrophe and a lower-case word.
_PLURAL = re.compile(r"[A-Z][a-z]+s")
_APOSTROPHE_AND_NOUN = re.compile(r"['’]\s+[a-z]")
#: A sentence's or a line's opening right before a position.
_OPENING = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)$")


def names_a_kind_of_people(text: str, start: int, end: int) -> bool:
    """Whether the name is one plural opening a sentence before its possessive's apostrophe and
    a lower-case noun: a kind of people, capitalised as it opens the sentence ("Ranchers'
    associations welcomed it", "Pilots' union leaders met").

    >>> names_a_kind_of_people("Ranchers' associations met.", 0, 8)
    True
    >>> names_a_kind_of_people("Ana met. Growers' groups left.", 9, 16)
    True
    >>> names_a_kind_of_people("Ranchers met.", 0, 8), names_a_kind_of_people("Ana's dog", 0, 3)
    (False, False)
    """
    return (
        _PLURAL.fullmatch(text, start, end) is not None
        and _APOSTROPHE_AND_NOUN.match(text, end) is not None
        and _OPENING.search(text, max(0, start - 4), start) is not None
    )


#: A possessive's ending: "the Registrar's office".
_POSSESSIVE = re.compile(r"['’]s?$")


def names_an_office(text: str, start: int, end: int) -> bool:
    """Whether the name is an office after "the", with no name of its holder: a title
    (`data/titles.txt`), alone or after a word of a kind of unit ("the Clerk", "the Town
    Engineer", "the Registrar's office"): the role, not an actor (a name after it is its
    holder, found on its own).

    >>> text = "The Clerk read a letter. It went to the Town Engineer and the Registrar's desk."
    >>> names_an_office(text, 4, 9), names_an_office(text, 40, 53), names_an_office(text, 62, 73)
    (True, True, True)

    Not without "the", nor a name that only ends in a title ("the Stephen King novel"):

    >>> text = "Clerk Ana Ruiz read it to the Stephen King fans."
    >>> names_an_office(text, 0, 5), names_an_office(text, 30, 42)  # no "the"; not an office
    (False, False)

    So are a member's letters (`data/post_nominals.txt`) after "the" and a word describing the
    seat, or written with their points after "the" ("in place of the local T.D.", "the T.D.
    spoke"; stop 33); not letters alone after "the", which may be a body's ("the SC ruled"):

    >>> text = "It went to the local T.D. and the T.D. spoke, as the SC ruled."
    >>> names_an_office(text, 21, 25), names_an_office(text, 34, 38), names_an_office(text, 51, 53)
    (True, True, False)
    """
    if letters_of_an_office(text, start, end):
        return True
    if not after_the(text, start):
        return False
    words = _POSSESSIVE.sub("", text[start:end]).casefold().split()
    if not words:
        return False
    office = titles()
    if " ".join(words) in office:
        return True
    return (
        len(words) == 2 and words[1] in office and words[0] in word_list("administrative_units.txt")
    )


#: What stands right before a document's word that is no first name: "a ", "the ", or a
#: bracket closing the words of its title ("(Amendment) ").
_DOCUMENT_BEFORE = re.compile(r"(?:\b[Aa]n?|\b[Tt]he|\))\s+$")


def names_a_document(text: str, start: int, end: int) -> bool:
    """Whether the name is one word of a document (`data/document_words.txt`) after "a",
    "the" or a bracket closing its title's words: "a Bill on rural electrification", "the
    Mines (Amendment) Bill", a law the model took for a person named "Bill" (stop 33); Bill
    written alone stays a person.

    >>> text = "Ana brought in a Bill; the Mines (Amendment) Bill passed, and Bill Rix voted."
    >>> names_a_document(text, 17, 21), names_a_document(text, 45, 49)
    (True, True)
    >>> names_a_document(text, 62, 66)
    False
    """
    return (
        text[start:end].casefold() in document_words()
        and _DOCUMENT_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def names_a_day(text: str, start: int, end: int) -> bool:
    """Whether the name ends in a weekday after another capitalised word: a day, named by its
    feast or told from today ("Carnival Monday", "Palm Sunday", "Last Friday" opening a
    sentence), no actor; not one word alone, nor a name after "on" ("the Mail on Sunday").

    >>> names_a_day("The office closes on Carnival Monday and Tuesday.", 21, 36)
    True
    >>> names_a_day("Last Friday the council met.", 0, 11)
    True
    >>> names_a_day("Sunday was wet.", 0, 6), names_a_day("the Mail on Sunday said", 4, 18)
    (False, False)
    """
    words = text[start:end].split()
    return (
        len(words) > 1
        and words[-1].casefold() in WEEKDAYS
        and words[-2][:1].isupper()
        and words[-2].casefold() not in _DAY_JOINING
    )


#: Words before a weekday inside a name that make it no day: "the Mail on Sunday".
_DAY_JOINING = frozenset({"on", "of", "and"})


#: A preposition of time and "the" at times right before a name: "before ", "in time for the ".
_TIME_PREPOSITION_BEFORE = re.compile(r"\b([a-z]+)\s+(?:the\s+)?$")


#: The word right before a name: "Eid " of "Eid al-Fitr".
_WORD_BEFORE = re.compile(r"\b(\w+)\s+$")
#: What a feast does on its day, after its name: " falls on", " fell in" ("Tet falls on
#: Saturday").
_FEAST_AFTER = re.compile(r"\s+(?:falls?|fell)\s+(?:on|in|this|next|at|around)\b")
#: Words in brackets after a name: " (Eid al-Adha)", " (CCL)".
_BRACKETED_AFTER = re.compile(r"\s+\(([^()\n]{1,30})\)")


def names_a_festival(text: str, start: int, end: int) -> bool:
    """Whether the name is a feast, a fast or a festival whose day the temporal vocabulary does
    not date (`data/festival_names.txt`), written after a preposition of time
    (`data/time_prepositions.txt`, and "of"): it tells when ("before Tet", "for Carnival",
    "at Evensong", "the water games of Carnival"), no actor. Alone, the same word may be a
    company's name ("Carnival said profits rose").

    >>> text = "Prices rose before Tet, and banks shut for Carnival at Evensong."
    >>> names_a_festival(text, 19, 22), names_a_festival(text, 43, 51)
    (True, True)
    >>> names_a_festival(text, 55, 63)
    True
    >>> names_a_festival("Carnival said profits rose.", 0, 8)
    False
    >>> names_a_festival("shipped before Tetra Pak", 15, 24)
    False

    A feast's name of two words or more ("Eid al-Fitr", "Hari Raya") is no company's: no actor
    wherever it stands. Nor is the rest of one the model cut after its first word ("al-Fitr" of
    "Eid al-Fitr"), nor a feast that falls on its day or has its other name in brackets after
    it ("Tet falls on Saturday", "Tabaski (Eid al-Adha) is expected").

    >>> names_a_festival("Hari Raya falls on Saturday.", 0, 9)
    True
    >>> names_a_festival("kaftans for Eid al-Fitr will follow", 16, 23)
    True
    >>> names_a_festival("Tet falls on Saturday.", 0, 3)
    True
    >>> names_a_festival("Tabaski (Eid al-Adha) is expected", 0, 7)
    True
    >>> names_a_festival("Carnival fell 3% on Friday.", 0, 8)
    False
    >>> names_a_festival("Carnival (CCL) said profits rose.", 0, 8)
    False

    Nor a feast before a weekday or a stretch of time that it names ("from Carnival Monday",
    "over last year's Carnival weekend"; stop 33):

    >>> text = "Leave is off from Carnival Monday, as over last year's Carnival weekend."
    >>> names_a_festival(text, 18, 26), names_a_festival(text, 55, 63)
    (True, True)
    >>> names_a_festival("Carnival ships sail on Monday.", 0, 8)
    False
    """
    name = " ".join(text[start:end].split()).casefold()
    festivals = _festival_names()
    if name not in festivals:
        if name not in _festival_rests():  # no feast's name is a word and then this
            return False
        first = _WORD_BEFORE.search(text, max(0, start - 24), start)  # "Eid" of "Eid al-Fitr"
        return first is not None and f"{first.group(1).casefold()} {name}" in festivals
    if " " in name or _FEAST_AFTER.match(text, end) or _feast_time_after(text, end):
        return True
    other = _BRACKETED_AFTER.match(text, end)  # "Tabaski (Eid al-Adha)", not "Carnival (CCL)"
    if other is not None and other.group(1).casefold() in festivals:
        return True
    before = _TIME_PREPOSITION_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and (before.group(1) in _time_prepositions() or before[1] == "of")


#: The word after a name: " Monday", " weekend".
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def _feast_time_after(text: str, end: int) -> bool:
    """Whether a weekday or a stretch of time (`data/period_nouns.txt`, "weekend") follows."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1).casefold()
    return word in WEEKDAYS or a_period_word(word)


@cache
def _festival_names() -> frozenset[str]:
    return frozenset(name.casefold() for name in word_list("festival_names.txt"))


@cache
def _festival_rests() -> frozenset[str]:
    """What follows the first word of a feast's name of two words or more ("al-fitr" of "eid
    al-fitr"): the only names the model may have cut a feast's first word from."""
    return frozenset(name.split(" ", 1)[1] for name in _festival_names() if " " in name)


@cache
def _time_prepositions() -> frozenset[str]:
    return word_set("time_prepositions.txt")


def names_a_grade(text: str, start: int, end: int) -> bool:
    """Whether the name is the grade or benchmark of a traded good in market copy: a
    commodity word after it (`data/commodity_words.txt`) and a market's measure in its
    sentence (`data/market_measures.txt`).

    >>> names_a_grade("Robusta coffee for May delivery fell 2%.", 0, 7)
    True
    >>> names_a_grade("Northsea crude rose to $80 a barrel.", 0, 8)
    True
    >>> names_a_grade("Kesh Oil said profits rose.", 0, 4)
    False
    >>> names_a_grade("Texas oil workers went on strike.", 0, 5)
    False

    So is a grade before "futures", the contracts it trades in ("Robusta futures hit a high";
    stop 32):

    >>> names_a_grade("Liberica futures in London rose.", 0, 8)
    True
    """
    after = _WORD_AFTER.match(text, end)
    if after is None or after.group(1) not in _traded_words():
        return False
    sentence_start = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)),
        default=max(0, start - 300),
    )
    ends = _SENTENCE_END.search(text, after.end())
    sentence = text[sentence_start : ends.start() if ends else len(text)]
    return any(word in _market_measures() for word in re.findall(r"[a-z]+", sentence))


def names_a_statistic(text: str, start: int, end: int) -> bool:
    """Whether an acronym stands in brackets after a noun of a published figure
    (`data/statistic_nouns.txt`): the figure's short name, not an organisation.

    >>> names_a_statistic("mid-month inflation figures (ABCD-15) are due", 29, 33)
    True
    >>> names_a_statistic("the Central Bank (CBX) said", 18, 21)
    False
    """
    rest = _REST_OF_BRACKET.match(text, end)  # the closing bracket first: seldom there
    if rest is None:
        return False
    before = _NOUN_AND_BRACKET.search(text, max(0, start - 40), start)
    if before is None or before.group(1) not in _statistic_nouns():
        return False
    return _ACRONYM.fullmatch(text[start : rest.end()].rstrip(") ")) is not None


def labels_a_turn(text: str, start: int, end: int) -> bool:
    """Whether the name is the label of an interview's turn ("QUESTION: Why now?"): the
    interviewer's or the answer's, no one named.

    >>> labels_a_turn("Intro.\\nQUESTION: Why now?", 7, 15)
    True
    >>> labels_a_turn("Intro.\\nQUESTION TIME: Why now?", 7, 15)
    False
    """
    turn = TURN_LABEL.match(text, text.rfind("\n", 0, start) + 1)
    return turn is not None and turn.span(1) == (start, end)


@cache
def _commodity_words() -> frozenset[str]:
    return word_set("commodity_words.txt")


@cache
def _traded_words() -> frozenset[str]:
    """The words after a grade: a commodity's, and "futures", the contracts it trades in."""
    return _commodity_words() | {"futures"}


@cache
def _market_measures() -> frozenset[str]:
    return word_set("market_measures.txt")


@cache
def _statistic_nouns() -> frozenset[str]:
    return word_set("statistic_nouns.txt")
