"""Names the model read as titles of works (stop 39, helper `actors10m`). spaCy's model
tags some bodies and towns WORK_OF_ART, which no actor is read from, when a story writes them
in an unusual place or case: "The Gasolene Retailers Association's president", "The
Westmeath Farmers' Association will hold", "visit Ahmedabad on Monday", "closed the road
between Portalegre and Marvão". A title is written in quotation marks in news text
(`works.py` reads those); one without them is a body when it ends in an organisation word or
a corporate suffix, and a place when a preposition of place or of a journey's end stands right
before it and it is one or two capitalised words (two joined by "and" are two places). A
place's name it tags a date, a law or a language ("in Tarnbury on Thursday", "at the
Hallerton Rooms") is read so too (stop 44, helper `unlabelled`: `_read_as_place`).

    >>> text = "The Kelvin Boilerworks Company's cashier said so."
    >>> read_as_work(text, 0, 32, "WORK_OF_ART")
    'ORG'
    >>> read_as_work('the song "Harbor Lights at Dawn"', 10, 31, "WORK_OF_ART")
    'WORK_OF_ART'
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from timeline.actors.anaphor_chains import reporting_verb_after
from timeline.actors.vocabulary import (
    corporate_suffix,
    document_words,
    nationality,
    organisation_words,
    place_prepositions,
)
from timeline.wordlists import word_set

__all__ = ["after_a_journeys_end", "read_as_work"]

#: A quotation mark or an apostrophe used as one, right before or after a span.
_QUOTES = frozenset("\"“”‘’'«»")
#: A possessive ending a name: "'s", "’s", "s'".
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
#: One or two capitalised words, or two such joined by "and": "Ahmedabad", "Portalegre and
#: Marvão"; no "The".
_PLACE_NAME = re.compile(
    r"(?!The\b)[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*)?(?: and [A-ZÀ-Þ][\w'’-]*)?"
)
#: The noun right before a name, "the" between at times: "operator ", "the broadcaster ".
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)\s+(?:the\s+)?$")
#: A possessive's ending right after a span the model left it out of.
_POSSESSIVE_AFTER = re.compile(r"['’]s?")
#: A clause describing a body right after its name: ", which", ", who".
_WHICH_OR_WHO = re.compile(r",\s+(?:which|who)\b")
#: A verb of telling right before a span: what is told something is a listener, no title
#: ("told The Harbour Ledger at the time": a newspaper).
_TOLD_BEFORE = re.compile(r"(?<![\w'’-])(?:told|tells?|telling)\s+$")
#: The word right before a span, after one space.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+) $")


@cache
def _place_words_before() -> frozenset[str]:
    """Prepositions a place follows: `data/place_prepositions.txt`, the ends of a journey
    (`data/destination_prepositions.txt`) and where it arrives (`data/arrival_prepositions.txt`)."""
    return (
        place_prepositions()
        | word_set("destination_prepositions.txt")
        | word_set("arrival_prepositions.txt")
    )


def read_as_work(text: str, start: int, end: int, label: str) -> str:
    """The label an entity `text[start:end]` the model tagged `label` is read with: "ORG" or
    "GPE" for a title of a work written without quotation marks that names a body or a place
    (see the module), `label` otherwise.

    >>> read_as_work("They will visit Ahmedabad on Monday.", 16, 25, "WORK_OF_ART")
    'GPE'
    >>> read_as_work("won the Grand Prix at the festival", 4, 18, "WORK_OF_ART")
    'WORK_OF_ART'
    >>> read_as_work("The Ledger Co. said", 0, 14, "ORG")
    'ORG'
    """
    if label in _MISREAD_LABELS and end > start:
        return _read_as_place(text, start, end, label)
    if label != "WORK_OF_ART" or end <= start:
        return label
    if _quoted(text, start, end):
        return label  # '"Harbor Lights at Dawn"': a title
    surface = _POSSESSIVE.sub("", text[start:end].strip())
    words = surface.split()
    if not words or "\n" in surface:
        return label
    if words[-1].casefold() in organisation_words() or corporate_suffix().search(surface):
        return "ORG"  # "The Westmeath Farmers' Association"
    if _acts_as_a_body(text, start, end, words):
        return "ORG"  # "feeder operator Straits Link said", "The Brotherhood of St Xenia, which"
    if _after_a_place_word(text, start) and _PLACE_NAME.fullmatch(surface):
        return "GPE"  # "visit Ahmedabad", "between Portalegre and Marvão"
    return label


#: Labels of no actor the model gives a place's name where it reads it badly: "in Tarnbury on
#: Thursday" a DATE, "at the Hallerton Rooms" a LAW, "the Kelso wharf" a LANGUAGE.
_MISREAD_LABELS = frozenset({"DATE", "LAW", "LANGUAGE"})
#: One to three capitalised words, a possessive's "s'" inside ("Oddfellows' Hall"); no digit.
_CAPITALISED_WORDS = re.compile(r"[A-ZÀ-Þ][^\W\d_]*['’]?(?: [A-ZÀ-Þ][^\W\d_]*['’]?){0,2}")
#: "the" opening a span, or right before one.
_THE = re.compile(r"[Tt]he ")


def _read_as_place(text: str, start: int, end: int, label: str) -> str:
    """The label of a span the model tagged a date, a law or a language (`_MISREAD_LABELS`):
    a place's ("GPE"), or a body's ("ORG") when its last word is an organisation's, where a
    preposition of place or of a journey's end stands right before it, "the" between or not,
    and it is one to three capitalised words without quotation marks, none a month's, a
    weekday's, a feast's, an event's or a stretch of time's ("before Holy Week"), nor a
    nationality ("in English": a language), nor a document's last word ("at the Hall Act");
    `label` otherwise (a date the tagger reads is cut from any name: `time_edges.outside_times`).

    >>> _read_as_place("released in Tarnbury on Thursday", 12, 20, "DATE")
    'GPE'
    >>> _read_as_place("a dinner at the Hallerton Rooms tonight", 12, 31, "LAW")
    'GPE'
    >>> _read_as_place("fasting in Ramadan ended", 11, 18, "DATE")
    'DATE'
    >>> _read_as_place("as set out in the Water Act", 14, 27, "LAW")
    'LAW'
    >>> _read_as_place("tours in English every day", 9, 16, "LANGUAGE")
    'LANGUAGE'
    """
    if _quoted(text, start, end):
        return label
    the = _THE.match(text, start)
    first = the.end() if the is not None else start
    surface = _POSSESSIVE.sub("", text[first:end])
    if not _CAPITALISED_WORDS.fullmatch(surface):
        return label
    words = [word.casefold().rstrip("'’") for word in surface.split()]
    if any(word in _calendar_words() for word in words) or words[-1] in document_words():
        return label
    if any(nationality(word) for word in surface.split()):
        return label  # "in English and German": a language, "the Catalan" a people's
    if the is None and text[max(0, start - 4) : start] in ("the ", "The "):
        start -= 4
    if not _after_a_place_word(text, start):
        return label
    return "ORG" if words[-1] in organisation_words() else "GPE"


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether a quotation mark stands right before or right after `text[start:end]`."""
    return text[max(0, start - 1) : start] in _QUOTES or text[end : end + 1] in _QUOTES


def _after_a_place_word(text: str, start: int) -> bool:
    """Whether the word right before `start` is a preposition of place or of a journey's end
    (`_place_words_before`).

    >>> _after_a_place_word("a dinner at the Rooms", 12), _after_a_place_word("set the Act", 8)
    (True, False)
    """
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1) in _place_words_before()


@cache
def _calendar_words() -> frozenset[str]:
    """Months, weekdays, the last words of events and feasts (`_event_words`) and the nouns of
    a stretch of time (`data/period_nouns.txt`: "Holy Week"), folded."""
    names = [*calendar.month_name[1:], *calendar.day_name]
    folded = frozenset(name.casefold() for name in names)
    return folded | _event_words() | word_set("period_nouns.txt")


@cache
def _event_words() -> frozenset[str]:
    """Last words of an event's or a feast's name (`data/event_words.txt`,
    `data/event_nouns.txt`, `data/festival_names.txt`)."""
    lists = ("event_words.txt", "event_nouns.txt", "festival_names.txt")
    return frozenset().union(*(word_set(name) for name in lists))


def _acts_as_a_body(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a title without quotation marks is a body's name by what the sentence does with
    it (stop 42): a noun of a kind of body stands right before it ("feeder operator Straits
    Link", "the broadcaster Radyo Dicle Sesi": `data/organisation_anaphors.txt`); or, with
    "the" before its first word (no person's name takes one), it says something or a "which"
    or "who" describes it ("the Fuel Retailers' Forum said", "The Brotherhood of St Xenia,
    which opened a soup kitchen"); or someone tells it something ("told The Kelvedon Courier":
    a newspaper, a station, a podcast that listens). Not an event's or a feast's name ("The
    Harvest Fair, which returns": `data/event_words.txt`, `data/event_nouns.txt`,
    `data/festival_names.txt`).

    >>> text = "Shipping line operator Kestrel Link said it would stop calling at the port."
    >>> _acts_as_a_body(text, 23, 35, ["Kestrel", "Link"])
    True
    >>> text = "The Friends of the Harbour, who paid for it, met."
    >>> _acts_as_a_body(text, 0, 26, ["The", "Friends", "of", "the", "Harbour"])
    True
    >>> text = "She told The Kelvedon Courier at the time."
    >>> _acts_as_a_body(text, 9, 30, ["The", "Kelvedon", "Courier"])
    True
    >>> text = "The Lisdoon Fair, which returns in May, drew 4,000."
    >>> _acts_as_a_body(text, 0, 16, ["The", "Lisdoon", "Fair"])
    False
    """
    last = words[-1].casefold()
    if last in _event_words():
        return False
    noun_before = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    if noun_before is not None and noun_before.group(1) in word_set("organisation_anaphors.txt"):
        return True
    if _TOLD_BEFORE.search(text, max(0, start - 10), start):
        return True  # "she told The Evening Ledger", "Several told Winnipeg Now": who listens
    with_the = words[0] in ("The", "the") or text[max(0, start - 4) : start] == "the "
    if not with_the:
        return False
    after = _POSSESSIVE_AFTER.match(text, end)
    at = after.end() if after is not None else end
    return reporting_verb_after(text, at) or _WHICH_OR_WHO.match(text, at) is not None


def after_a_journeys_end(text: str, start: int) -> bool:
    """Whether a preposition of where a journey arrives (`data/arrival_prepositions.txt`: "to",
    "via") stands right before `start`: "flown to Patna" names the town, beside the "Patna
    Medical College" the article names too (read by `article_names` for a one-word name that
    begins a body's of three words or more; "new programs from Ford" is the company).

    >>> after_a_journeys_end("were flown to Patna on Tuesday", 14)
    True
    >>> after_a_journeys_end("the Patna Medical College", 4)
    False
    >>> after_a_journeys_end("new programs from Ford", 18)
    False
    """
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1) in word_set("arrival_prepositions.txt")
