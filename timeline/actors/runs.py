"""Organisations the model missed, known by their shape: a run of capitalised words ending in
an organisation word ("The Icelandic Meteorological Office said ...", "Island Link Ferries
cancelled ..."; the words are in `data/organisation_words.txt`).

    >>> text = "REYKJAVIK (Reuters) - The Icelandic Meteorological Office said so."
    >>> [(r.text, r.label) for r in with_organisation_runs(text, [])]
    [('Icelandic Meteorological Office', 'ORG')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import cache
from itertools import accumulate

from timeline.actors.descriptors import without_descriptor
from timeline.actors.literals import written_apart
from timeline.actors.openings import capital_sweep
from timeline.actors.portfolios import names_a_portfolio
from timeline.actors.possessive_names import naming_owner
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import (
    after_the,
    countries,
    industry_words,
    organisation_words,
    titles,
)
from timeline.sentences import sentence_openers
from timeline.temporal.vocabulary import VOCABULARY
from timeline.wordlists import word_set

__all__ = ["index_names", "with_organisation_runs"]

#: A run of capitalised words on one line, with the small words names are written with
#: ("Bank of England", "Lough Mask Anglers' Association").
_RUN = re.compile(
    r"(?<![\w&'’.-])(?:[A-Z]\.)*[A-Z][\w'’&-]*"
    r"(?:[ ](?:(?:of|and|for|the|de|&)[ ])*(?:[A-Z]\.)*[A-Z][\w'’&-]*)+"
)
#: Labels of the spans a run may take in: a place or a people before the organisation's own
#: words ("Icelandic" of the "Icelandic Meteorological Office").
_DESCRIBING = frozenset({"NORP", "GPE", "LOC"})
#: A number right after a run: an event's edition or year ("Developers Conference 2010").
_NUMBER_AFTER = re.compile(r" \d")


def with_organisation_runs(
    text: str, raw: Sequence[RawSpan], in_headline: Callable[[int], bool] = lambda _: False
) -> list[RawSpan]:
    """`raw` with the runs of two capitalised words or more that end in an organisation word
    and that the model missed, as organisations ("Island Link Ferries"): not in a headline
    (where `in_headline` of its start says so), without the sentence openers, titles and day
    or month names they begin with nor the words before their last "of" or "for", three
    words at least when the run opens its sentence (where any word is capitalised), and
    holding no span of `raw` but its first words or a place or a people that describes them,
    which they replace (`_taken_in`); not before a number (an event's edition or year:
    "Developers Conference 2010").

    >>> text = "Members of the Kaveri Anglers' Association met. Local Government said no."
    >>> [r.text for r in with_organisation_runs(text, [RawSpan(15, 21, "Kaveri", "GPE")])]
    ["Kaveri Anglers' Association"]
    """
    found: list[RawSpan] = []
    inside: set[int] = set()  # ids of the describing spans the runs take in
    ordered = sorted(raw, key=lambda r: r.start)
    ends = list(accumulate((r.end for r in ordered), max, initial=0))[1:]  # the furthest so far
    for match in capital_sweep(_RUN, text):
        words = match.group().split(" ")
        start = match.start()
        for joiner in ("of", "for"):
            # "Members of the Kaveri Anglers' Association": the name of two words or more
            # after the last "of" ("Bank of England" ends in no organisation word) that no
            # organisation word stands before ("Delegates of the National Union of Miners")
            heads = [n for n, w in enumerate(words) if w == joiner and not _body_joiner(words, n)]
            if heads:
                cut = heads[-1] + 1
                cut += 1 if words[cut : cut + 1] == ["the"] else 0
                if len(words) - cut >= 2:
                    start += len(" ".join(words[:cut])) + 1
                    words = words[cut:]
        while words and _not_a_first_word(words[0]):
            start += len(words[0]) + 1
            words = words[1:]
        owner = _owner(text, start, words)  # "the Dáil's Public Accounts Committee"
        if owner is not None:
            start += len(" ".join(words[: len(owner.text.split())])) + 1
            words = words[len(owner.text.split()) :]
        last = words[-1].rstrip("'’") if words else ""
        if len(words) < 2 or not (
            last.casefold() in organisation_words()
            or _head_before_of(words)
            or _body_of_field(words)
        ):
            continue
        if len(words) < 3 and _opens_a_sentence(text, start) and not _sector_name(text, words):
            continue  # "Local Government said": a sentence's capital, maybe no name
        end = start + len(" ".join(words))
        if names_a_portfolio(text, start, end):
            continue  # "The Minister of Local Government, Mrs. ...": a title's portfolio
        # searched, not scanned: a long document has thousands of spans
        first = bisect_right(ends, start)
        overlapping = [
            r for r in ordered[first : bisect_left(ordered, end, key=_start)] if r.end > start
        ]
        if any(not _taken_in(text, r, start, end) for r in overlapping):
            continue  # the model named it, or something else there
        if in_headline(start) or _NUMBER_AFTER.match(text, end):
            continue  # "Developers Conference 2010": an event, its edition or year
        inside.update(id(r) for r in overlapping)
        if owner is not None and not any(r.start < owner.end for r in overlapping):
            found.append(owner)
        # "Rival Tarnow Systems": a word of how it stands to another is no word of the name
        found.append(without_descriptor(text, RawSpan(start, end, text[start:end], "ORG")))
    if not found:
        return list(raw)
    return sorted(
        [*(r for r in raw if id(r) not in inside), *found], key=lambda r: (r.start, r.end)
    )


def _sector_name(text: str, words: list[str]) -> bool:
    """Whether two words opening a sentence are a company's name and its sector ("Kestrel
    Mining fixed ...", "Serendib Telecom, which ..."; `data/industry_words.txt`): the first
    word no demonym nor country and never written in lower case in the text ("Global Energy
    rose" in a text that writes "global" is a sentence's capitals).

    >>> _sector_name("Kestrel Mining fixed a ship.", ["Kestrel", "Mining"])
    True
    >>> _sector_name("Global Energy rose. The global glut eased.", ["Global", "Energy"])
    False
    """
    first = words[0]
    return (
        len(words) == 2
        and words[1].casefold() in industry_words()
        and first.casefold() not in countries()
        and not written_apart(text, first.casefold())
    )


def _head_before_of(words: list[str]) -> bool:
    """Whether a run of three words or more names an organisation by its kind and its field
    after "of": an organisation word right before its one "of", one capitalised word after
    it ("Guayaquil Chamber of Commerce", "Lagos Federation of Traders").

    >>> _head_before_of(["Guayaquil", "Chamber", "of", "Commerce"])
    True
    >>> _head_before_of(["Bank", "of", "Kenya"]), _head_before_of(["Duke", "of", "York"])
    (False, False)
    """
    return (
        len(words) >= 4
        and words.count("of") == 1
        and words[-2] == "of"
        and words[-3].casefold() in organisation_words()
    )


def _body_joiner(words: list[str], number: int) -> bool:
    """Whether the "of" or "for" at `number` of a run joins a body's kind to its field: an
    organisation word right before it ("Union" of "National Union of Miners").

    >>> _body_joiner(["Ministry", "of", "Manpower"], 1)
    True
    >>> _body_joiner(["Members", "of", "the", "Kaveri", "Association"], 1)
    False
    """
    return number > 0 and words[number - 1].casefold() in organisation_words()


def _body_of_field(words: list[str]) -> bool:
    """Whether a run names a body by its kind first and its field after its first "of" or
    "for": capitalised words ending in an organisation word, then the joiner and the field
    ("Secretariat of the Environment", "Ministry of Manpower", "General Secretariat for
    Civil Protection", "League of Rural Municipalities").

    >>> _body_of_field(["Ministry", "of", "Manpower"])
    True
    >>> _body_of_field(["General", "Directorate", "for", "the", "Coast"])
    True
    >>> _body_of_field(["Duke", "of", "York"]), _body_of_field(["Bay", "of", "Bengal"])
    (False, False)
    >>> _body_of_field("University of Kelso and the Ardmore-based".split())
    False
    """
    joiners = [n for n, word in enumerate(words) if word in ("of", "for")]
    return (
        len(words) >= 3
        and bool(joiners)
        and _body_joiner(words, joiners[0])
        and all(word[:1].isupper() for word in words[: joiners[0]])
        and words[-1].rsplit("-", 1)[-1][:1].isupper()  # not "... and the Kyushu-based"
        and "and the" not in " ".join(words)  # "the X of Y and the Z": two names
    )


def _start(span: RawSpan) -> int:
    return span.start


def _owner(text: str, start: int, words: list[str]) -> RawSpan | None:
    """The institution written after "the" with a possessive at the head of a run, before
    two words or more: "the Dáil's Public Accounts Committee" is the Dáil's committee, two
    organisations (a run with no "the" before it may be one name: "Lloyd's Register Group"),
    unless the owner names the body rather than owns it ("the Women's Relief Service":
    `possessive_names.naming_owner`).

    >>> _owner("told the Senate's Armed Services Committee", 9, ["Senate's", "Armed",
    ...     "Services", "Committee"])
    RawSpan(start=9, end=15, text='Senate', label='ORG', role=None)
    >>> _owner("told the Women's Relief Service", 9, ["Women's", "Relief", "Service"]) is None
    True
    """
    if not after_the(text, start):
        return None
    for number, word in enumerate(words[:-2]):
        if word.endswith(("'s", "’s")):
            name = " ".join([*words[:number], word[:-2]])
            if naming_owner(name):
                return None
            return RawSpan(start, start + len(name), name, "ORG")
    return None


def _taken_in(text: str, span: RawSpan, start: int, end: int) -> bool:
    """Whether a span of the model lies inside the run `text[start:end]` as a word of it: a
    place or a people that describes it ("Icelandic"), or the first words the model cut off
    ("Lough" of "Lough Mask Anglers' Association"), not the owner of what follows it ("Apple"
    of "Apple's App Store").

    >>> text = "Lough Mask Anglers' Association"
    >>> _taken_in(text, RawSpan(0, 5, "Lough", "PERSON"), 0, 31)
    True
    >>> _taken_in("Apple's App Store", RawSpan(0, 5, "Apple", "ORG"), 0, 17)
    False
    """
    if span.start < start or span.end > end:
        return False
    if span.label in _DESCRIBING:
        return True
    return span.start == start and span.end < end and text[span.end] == " "


def _not_a_first_word(word: str) -> bool:
    """A sentence opener, "The", a title, a day or month name or a word of time ('"Yesterday
    Harlow Mills signed"', `data/time_adverbs.txt`): no first word of a name.

    >>> [_not_a_first_word(w) for w in ("Yesterday", "Monday", "Harlow")]
    [True, True, False]
    """
    folded = word.casefold()
    return (
        word in sentence_openers()
        or folded == "the"
        or folded in titles()
        or folded.rstrip(".") in _calendar_words()
        or folded in word_set("time_adverbs.txt")
    )


@cache
def _calendar_words() -> frozenset[str]:
    """Month and weekday names and their short forms, case-folded."""
    return frozenset([*VOCABULARY.months, *VOCABULARY.weekdays])


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or a line."""
    before = text[max(0, start - 4) : start].rstrip(" \"“'‘")
    return not before or before[-1] in ".!?:\n-–—"


#: A market index named before "index" or "average" in lower case, after "benchmark", "the"
#: or an owner's possessive: "the benchmark Nikkei average", "the S&P/ASX 200 index", "the
#: Muscat Securities Market's MSM 30 index". Its words: capitalised, in capitals or numbers.
_INDEX_NAME = re.compile(
    r"(?:\bbenchmark|\b[Tt]he|['’]s)[ ]"
    r"(?P<name>[A-Z][\w&/.-]*(?:[ ](?:[A-Z][\w&/.-]*|\d+))*)[ ](?:index|average)\b"
)


def index_names(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Market indexes the model missed or cut, named before "index" or "average" in lower
    case ("The benchmark Nikkei average rose"): an index is an actor, the market's measure.
    Not where the model found a name that starts there or before it and ends inside it,
    nor a price index ("the Consumer Price index").

    >>> text = "The benchmark Nikkei average rose, and the S&P/ASX 200 index fell."
    >>> [(r.text, r.label) for r in index_names(text, [])]
    [('Nikkei', 'ORG'), ('S&P/ASX 200', 'ORG')]
    """
    found: list[RawSpan] = []
    if "index" not in text and "average" not in text:
        return found  # the pattern's last word: most texts name neither
    for match in _INDEX_NAME.finditer(text):
        start, end = match.span("name")
        if match.group("name").split()[-1].casefold() in ("price", "prices"):
            continue
        if any(
            r.start < end and start < r.end and not (r.start >= start and r.end <= end) for r in raw
        ):
            continue  # a name of the model's reaches outside it
        found.append(RawSpan(start, end, match.group("name"), "ORG"))
    return found
