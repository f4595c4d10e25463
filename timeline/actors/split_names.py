"""Names the model cut in two at an inner "'s" or "and", where the second piece is an English
common noun alone: a place or a house named for a person ("Corran's Bay", "King's Lodge": the
model took the owner for a person and the noun for a place), and an organisation whose name
ends in "and" and a plural noun ("the Eastern Canals and Docks board": the model took the
plural for a person). Two actors joined by "and" or "'s" stay two: "Britain and France",
"Ford and GM", "Kenya's Police", "Ethiopia's Abebe Tola".

    >>> text = "Roads into Corran's Bay were shut."
    >>> raw = [RawSpan(11, 17, "Corran", "PERSON"), RawSpan(20, 23, "Bay", "LOC")]
    >>> [(r.text, r.label) for r in split_names(text, raw, frozenset({"bay"}))]
    [("Corran's Bay", 'LOC')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.common_nouns import singulars
from timeline.actors.occurrences import alnum_edges, each_occurrence
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import (
    after_the,
    body_words,
    countries,
    industry_words,
    organisation_words,
    titles,
)
from timeline.kinds import PLACE_OR_BODY_LABELS
from timeline.sentences import sentence_openers

__all__ = ["owners_apart", "seats_apart", "split_names"]

#: The possessive's mark between an owner and a place's or a house's noun: "'s " of "King's
#: Lodge".
_POSSESSIVE = re.compile(r"['’]s ")
#: The "and" between an organisation's words and the plural noun that ends its name.
_AND = re.compile(r" (?:and|&) ")
#: What a name's last word may not be followed by to end there: another capitalised word or
#: "of" (then the noun opens a name of its own: "Kenya's Ministry of Mines").
_GOES_ON = re.compile(r" (?:[A-Z]|of\b)")
#: An owner's possessive inside one span before a capitalised word: "'s " of "Winnipeg's
#: Health Sciences Centre", "' " of "Lumo Devices' Slate Fold".
_OWNERS_MARK = re.compile(r"(?:['’]s|(?<=s)['’]) (?=[A-Z])")
#: Labels an owner written alone elsewhere has: a body or a place.
_OWNER_LABELS = frozenset({"ORG", "GPE"})


def split_names(text: str, raw: Sequence[RawSpan], nouns: frozenset[str]) -> list[RawSpan]:
    """`raw` (in text order) with each name cut in two at "'s" or "and" made whole again:

    - a person's one word, "'s" and one capitalised word the model took for a place, a
      facility or a body that English knows as a common noun (`nouns`, the model's noun
      index): a place or a house named for its owner, which keeps the noun's label;
    - an organisation, "and" (or "&") and one capitalised plural common noun the model took
      for a person: the organisation's name goes on to its last noun.

    The owner may not be a surname the text writes after a given name ("Dana Corran" makes
    "Corran's Bay" Corran and a bay of theirs), and no piece may go on into another name.

    >>> text = "The Eastern Canals and Docks board met."
    >>> raw = [RawSpan(4, 18, "Eastern Canals", "ORG"), RawSpan(23, 28, "Docks", "PERSON")]
    >>> [r.text for r in split_names(text, raw, frozenset({"dock"}))]
    ['Eastern Canals and Docks']
    >>> text = "Ford and GM cut prices."
    >>> raw = [RawSpan(0, 4, "Ford", "ORG"), RawSpan(9, 11, "GM", "ORG")]
    >>> [r.text for r in split_names(text, raw, frozenset({"ford"}))]
    ['Ford', 'GM']
    """
    if not nouns:
        return list(raw)
    result: list[RawSpan] = []
    index = 0
    while index < len(raw):
        span = raw[index]
        after = raw[index + 1] if index + 1 < len(raw) else None
        if after is not None and _joins(text, span, after, nouns):
            label = after.label if span.label == "PERSON" else span.label
            joined = text[span.start : after.end]
            result.append(RawSpan(span.start, after.end, joined, label, span.role))
            index += 2
            continue
        result.append(span)
        index += 1
    return result


def _joins(text: str, first: RawSpan, second: RawSpan, nouns: frozenset[str]) -> bool:
    """Whether `first` and `second` are one name cut at "'s" or "and" (`split_names`).

    >>> nouns = frozenset({"bay", "lodge"})
    >>> text = "Ana Corran sailed to Corran's Bay."
    >>> _joins(text, RawSpan(21, 27, "Corran", "PERSON"), RawSpan(30, 33, "Bay", "LOC"), nouns)
    False
    """
    between = text[first.end : second.start]
    word = second.text
    if " " in word or not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    if _GOES_ON.match(text, second.end):
        return False
    folded = word.casefold()
    if _POSSESSIVE.fullmatch(between):
        return (
            first.label == "PERSON"
            and " " not in first.text
            and first.role is None
            and second.label in PLACE_OR_BODY_LABELS
            and folded in nouns
            and not _a_surname(text, first.text)
        )
    if _AND.fullmatch(between):
        return (
            first.label == "ORG"
            and second.label == "PERSON"
            and folded.endswith("s")
            and folded[:-1] in nouns
            and not _a_surname(text, word)
        )
    return False


def _a_surname(text: str, word: str) -> bool:
    """Whether `text` writes `word` after another capitalised word, no sentence's opener
    ("The", "At"), as a person's surname.

    >>> text = "Ana Corran left. At Corran's Bay"
    >>> _a_surname(text, "Corran"), _a_surname("At Corran's Bay", "Corran")
    (True, False)
    """
    openers = sentence_openers()
    return any(
        given.group(1) not in openers
        for given in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}\b", text)
    )


def owners_apart(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` with each span of an owner, its possessive and a name cut in two, when the
    text writes the owner alone as a name the model took for a body or a place: "Lumo
    Devices' Slate Fold" after "Lumo Devices", "Winnipeg's Health Sciences Centre" after
    "Winnipeg" are the owner and what it owns, two actors. A possessive whose owner is
    never written alone stays a word of the name ("Moody's Investors Service"), and so does
    one before a title ("Kestrel Bank's Chief Executive": the title rules read it).

    >>> text = "Lumo Devices' Slate Fold sold out. Lumo Devices fell."
    >>> raw = [RawSpan(0, 24, "Lumo Devices' Slate Fold", "ORG"),
    ...        RawSpan(35, 47, "Lumo Devices", "ORG")]
    >>> [(r.text, r.label) for r in owners_apart(text, raw)]
    [('Lumo Devices', 'ORG'), ('Slate Fold', 'ORG'), ('Lumo Devices', 'ORG')]
    >>> text = "Moody's Investors Service cut it. Moody's said so."
    >>> raw = [RawSpan(0, 25, "Moody's Investors Service", "ORG"),
    ...        RawSpan(34, 41, "Moody's", "ORG")]
    >>> [r.text for r in owners_apart(text, raw)]
    ["Moody's Investors Service", "Moody's"]
    """
    alone = {r.text: r.label for r in raw if r.label in _OWNER_LABELS}
    if not alone:
        return list(raw)
    result: list[RawSpan] = []
    for span in raw:
        mark = _OWNERS_MARK.search(span.text)
        owner = span.text[: mark.start()] if mark is not None else ""
        rest = span.text[mark.end() :] if mark is not None else ""
        if mark is None or owner not in alone or len(rest) < 2 or _opens_with_a_title(rest):
            result.append(span)
            continue
        result.append(RawSpan(span.start, span.start + len(owner), owner, alone[owner]))
        rest_start = span.start + mark.end()
        result.append(RawSpan(rest_start, span.end, rest, span.label, span.role))
    return result


#: The labels of a span a company and its seat may be: the model's organisation or facility,
#: and a company it took for a person or a place ("Tarvik Automobiles of Lund").
_SEATED_LABELS = frozenset({"ORG", "FAC", "PERSON", "GPE", "LOC"})
#: "of" and the one to three capitalised words of a seat ending a span: " of Toulouse".
_OF_SEAT = re.compile(r" of ((?:[A-Z][\w'’-]+ ?){1,3})$")


def seats_apart(
    text: str, raw: Sequence[RawSpan], nouns: frozenset[str] = frozenset()
) -> list[RawSpan]:
    """`raw` with each span of a company and the place it is "of" cut in two, when the text
    writes the company's name alone as a body's: "Vantor Industries of Lyon" beside
    "Vantor Industries" is the firm and its town. The name before "of" is two words or
    more ending in an organisation's word that is no public body's ("Metro Council of
    Lagos", "Electricity Board of Malta" stay whole: `data/body_words.txt`), the text after
    it a place's capitalised words and no country's (a national body's or bank's name, "the
    Central Bank of Freedonia", stays whole); a name never written alone (nor before another
    capitalised word or "of") stays whole ("Kelso Motors of Derby").

    >>> text = "Ozonos was built by Vantor Industries of Lyon. Vantor Industries said so."
    >>> raw = [RawSpan(20, 45, "Vantor Industries of Lyon", "ORG"),
    ...        RawSpan(47, 64, "Vantor Industries", "ORG")]
    >>> [(r.text, r.label) for r in seats_apart(text, raw)]
    [('Vantor Industries', 'ORG'), ('Lyon', 'GPE'), ('Vantor Industries', 'ORG')]

    A company written once, with no "the", is cut from its seat too when its name ends in
    what names a trading company and no institution (`_a_trading_name`): a sector
    ("Kelstone Engineering of Perth") or a plural of goods or services, which an
    institution's name never ends in ("Bay Ridge Processors of Regina", `nouns` telling the
    plural's noun); a college, a museum or a chamber "of" a field stays whole ("Norbury
    College of Technology", "Halden Chamber of Commerce").

    >>> text = "It bought Bay Ridge Processors of Regina."
    >>> raw = [RawSpan(10, 39, "Bay Ridge Processors of Regina", "ORG")]
    >>> [r.text for r in seats_apart(text, raw, frozenset({"processor"}))]
    ['Bay Ridge Processors', 'Regina']
    >>> [r.text for r in seats_apart(text, raw)]
    ['Bay Ridge Processors of Regina']

    A company the model took for a person or a place is cut when its name ends in an
    organisation's word or a sector, never in a plural alone ("Ana Banks of Lund" is hers):

    >>> text = "It sold pumps to Tarvik Automobiles of Lund."
    >>> raw = [RawSpan(17, 43, "Tarvik Automobiles of Lund", "PERSON")]
    >>> [(r.text, r.label) for r in seats_apart(text, raw, frozenset({"automobile"}))]
    [('Tarvik Automobiles', 'ORG'), ('Lund', 'GPE')]
    """
    result: list[RawSpan] = []
    for span in raw:
        seat = _OF_SEAT.search(span.text) if span.label in _SEATED_LABELS else None
        firm = span.text[: seat.start()] if seat is not None else ""
        place = seat.group(1).rstrip() if seat is not None else ""
        # a company the model took for a person or a place ends in an organisation's word
        # or a sector ("Tarvik Automobiles of Lund"), not in any plural ("Ana Banks of Lund")
        known = nouns if span.label in ("ORG", "FAC") else frozenset()
        if (
            seat is None
            or place.casefold() in countries()
            or not (
                (span.label in ("ORG", "FAC") and _a_company(firm) and _written_alone(text, firm))
                or (_a_trading_name(firm, known) and not after_the(text, span.start))
            )
        ):
            result.append(span)
            continue
        result.append(RawSpan(span.start, span.start + len(firm), firm, "ORG", span.role))
        place_start = span.start + seat.start(1)
        result.append(RawSpan(place_start, place_start + len(place), place, "GPE"))
    return result


def _written_alone(text: str, name: str) -> bool:
    """Whether `text` writes `name` as a whole name without "of" after it.

    >>> _written_alone("Vantor Industries of Lyon. Vantor Industries said", "Vantor Industries")
    True
    >>> _written_alone("Vantor Industries of Lyon said", "Vantor Industries")
    False
    """
    return any(
        not _GOES_ON.match(text, at + len(name))
        for at in each_occurrence(text, name, edges=alnum_edges, overlapping=False)
    )


def _a_company(name: str) -> bool:
    """Whether `name` is two words or more ending in an organisation's word that names no
    public body ("Vantor Industries"; not "Electricity Board").

    >>> _a_company("Vantor Industries"), _a_company("Electricity Board"), _a_company("Motors")
    (True, False, False)
    """
    words = name.split()
    last = words[-1].casefold()
    return (
        len(words) >= 2
        and " of " not in name
        and last in organisation_words()
        and last not in body_words()
    )


def _a_trading_name(name: str, nouns: frozenset[str]) -> bool:
    """Whether `name` is two words or more ending in what names a trading company, no
    institution: a sector (`industry_words`: "Kelstone Engineering") or a capitalised plural
    of an organisation's word or of an English noun (`nouns`: "Processors", "Holidays",
    "Technologies"), no public body's ("Workers", `data/body_words.txt`). An institution's
    name ends in a singular ("College", "Museum", "Chamber", "Bank"), which a field may
    follow ("of Technology", "of Commerce").

    >>> nouns = frozenset({"processor", "holiday", "son"})
    >>> _a_trading_name("Bay Ridge Processors", nouns), _a_trading_name("Tarn Holidays", nouns)
    (True, True)
    >>> _a_trading_name("Norbury College", nouns), _a_trading_name("Processors", nouns)
    (False, False)
    >>> _a_trading_name("Kelstone Engineering", nouns), _a_trading_name("Cole and Sons", nouns)
    (True, True)
    """
    words = name.split()
    last = words[-1].casefold()
    if len(words) < 2 or " of " in name or last in body_words() or not words[-1][0].isupper():
        return False
    if last in industry_words():
        return True
    return (
        last.endswith("s")
        and not last.endswith("ss")
        and (last in organisation_words() or any(s in nouns for s in singulars(last)))
    )


def _opens_with_a_title(name: str) -> bool:
    """Whether the first one to three words of `name` are a title ("Chief Executive").

    >>> _opens_with_a_title("Chief Executive Ana Roe"), _opens_with_a_title("Slate Fold")
    (True, False)
    """
    words = name.casefold().split()
    return any(" ".join(words[:count]) in titles() for count in range(1, min(3, len(words)) + 1))
