"""Firms named by their partners or their family: "Keain and Sons", "Pollard, Venn and
Company", "Harlan Reed & Co." (stop 53, helper `names`). The model cuts such a name at its
"and" or its comma ("Keain" a place, "Sons" a body; "Pollard" + "Venn and Company"), or
reads only the last word; the words before "and Sons" are the partners' names, and the whole
is one organisation's name, which its short forms and "the firm" then find. On the 151 dev
sets the golds list the whole name 26 times of 27 (`docs/conventions.md`). So are two name
words joined by "and" beside an apposition of a company's noun: "Ashcroft and Penn, the
chair makers,", "the London importers Pell and March": the golds list 12 of the 13 that
no longer name holds. Its kin, `coordinated.coordinated_joined`, joins the pieces of such a name
the model found where the last ends in an organisation word ("Pybus and Lowther Ltd."); this
reads the text itself, since the model often finds no piece of "Keain and Sons" at all.

    >>> text = "Fawcett and Sons closed the mill on Monday."
    >>> [(r.text, r.label) for r in partner_firms(text, [RawSpan(12, 16, "Sons", "ORG")])]
    [('Fawcett and Sons', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.anaphor_chains import reporting_verb_after
from timeline.actors.descriptors import descriptor_nouns
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import countries, titles
from timeline.sentences import sentence_openers
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import longest_alternation, word_list

__all__ = ["partner_firms"]

#: A partner's name word: a capital and more letters ("Keain", "O'Neill", "Brough-Smith").
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"


@cache
def _partner_words() -> str:
    """The words that close a firm named by its partners (`data/partner_words.txt`), as one
    alternation, longest first ("Bros." before "Bros")."""
    return longest_alternation(word_list("partner_words.txt"))


@cache
def _firm() -> re.Pattern[str]:
    """One to five name words, joined by spaces or commas, then "and" or "&" and a partner
    word (`data/partner_words.txt`), the name's last word, where the text read ends (at the
    end of a `_partner_join`)."""
    return re.compile(
        rf"(?<![\w'’&.-]){_NAME_WORD}(?:,? {_NAME_WORD}){{0,4}},? (?:and|&) "
        rf"(?:{_partner_words()})\Z"
    )


#: Two name words joined by "and" or "&": "Ashcroft and Penn", "Pell & March".
_PAIR = re.compile(rf"(?<![\w'’-]){_NAME_WORD} (?:and|&) {_NAME_WORD}(?![\w'’-])")


@cache
def _apposition() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An apposition of a company's noun (`data/organisation_anaphors.txt`, or its plural)
    right after a pair of names ("Ashcroft and Penn, the chair makers,") and right before one
    ("the London importers Pell and March"); not the noun's possessive ("the firm's")."""
    nouns = longest_alternation(descriptor_nouns())
    noun = rf"\b(?:[Tt]he|[Aa]n?) (?:[\w'’-]+ ){{0,3}}(?:{nouns})s?(?![\w'’-])"
    return re.compile(rf",? {noun}"), re.compile(rf"{noun},? $")


def _described_pairs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each pair of names in `text` beside an apposition of a company's
    noun, and no reporting verb after it ("sales in Kent and Essex, the company said": no
    apposition).

    >>> text = "Ashcroft and Penn, the chair makers, and Kent and Essex, the company said"
    >>> _described_pairs(text)
    [(0, 17)]
    """
    after, before = _apposition()
    pairs: list[tuple[int, int]] = []
    for join, join_end in _joins(text):
        pair = _PAIR.search(text, max(0, join - _BEFORE), join_end + _BEFORE)
        if pair is None or not pair.start() < join < pair.end():
            continue
        behind = after.match(text, pair.end())
        if (behind is not None and not reporting_verb_after(text, behind.end())) or (
            before.search(text[max(0, pair.start() - _BEFORE) : pair.start()]) is not None
        ):
            pairs.append(pair.span())
    return pairs


#: How far before a pair of names its apposition may open: "the London importers ".
_BEFORE = 60


def _a_pair_of_names(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, two words and "and", names two partners: no capitalised
    word before it (then the pair is the end of a longer name: "Walter Ashcroft and Penn"),
    no country, weekday, or two months ("December and January").

    >>> text = "Ashcroft and Penn, the chair makers"
    >>> _a_pair_of_names(text, 0, 17), _a_pair_of_names("Spain and Italy", 0, 15)
    (True, False)
    """
    words = text[start:end].replace("&", "and").split(" and ")
    folded = [word.casefold() for word in words]
    before = text[:start].rstrip(" ,").rsplit(None, 1)
    return not (
        (before and before[-1][:1].isupper() and before[-1] not in sentence_openers())
        or any(word in countries() or word in WEEKDAYS for word in folded)
        or all(word in MONTHS for word in folded)
    )


def _first_partner(text: str, start: int, end: int) -> int:
    """Where the partners' names open in `text[start:end]`: after the title or the sentence's
    opening word before them ("Messrs. Greaves, Oldroyd and Partners", "The Tolley & Sons
    shop"), or `end` when no name is left.

    >>> text = "The Tolley & Sons shop"
    >>> text[_first_partner(text, 0, 17):17]
    'Tolley & Sons'
    """
    while start < end:
        word = re.match(r"[^\s,]+", text[start:end])
        if word is None:
            return end
        folded = word.group().casefold()
        if folded not in titles() and word.group() not in sentence_openers():
            return start
        start += len(word.group())
        while start < end and text[start] in " ,":
            start += 1
    return end


#: The ways "and" is written between two names: every name this module finds holds one.
_JOINS = (" and ", " & ")


def _joins(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each " and " or " & " before a capitalised word in `text`, found
    by plain search (no pattern reads the text where none is).

    >>> _joins("salt and pepper, Ruth & Tom")
    [(21, 24)]
    """
    found: list[tuple[int, int]] = []
    for join in _JOINS:
        at = text.find(join)
        while at >= 0:
            end = at + len(join)
            if text[end : end + 1].isupper():
                found.append((at, end))
            at = text.find(join, end - 1)
    return sorted(found)


#: How far before its "and" a firm's partners may reach: five long names.
_REACH = 250


@cache
def _partner_join() -> re.Pattern[str]:
    """ "and" or "&" and a partner word (`data/partner_words.txt`): where a firm's name ends."""
    return re.compile(rf" (?:and|&) (?:{_partner_words()})(?![\w'’-])")


def _firms(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each firm named by its partners in `text`: read back from each
    "and Sons" only (most text holds none).

    >>> _firms("Work by Fawcett and Sons, and by Ruth and Tom.")
    [(8, 24)]
    """
    firms: list[tuple[int, int]] = []
    for start, _ in _joins(text):
        join = _partner_join().match(text, start)
        if join is None:
            continue
        firm = _firm().search(text, max(0, join.start() - _REACH), join.end())
        if firm is not None:
            firms.append(firm.span())
    return firms


def _of_home(text: str, span: RawSpan, end: int) -> bool:
    """Whether `span` runs from inside a firm's name ending at `end` on over "of" and the
    firm's town: "Sons of Salisbury" of "Keain and Sons of Salisbury", a span the firm's
    name replaces (the golds list the firm alone).

    >>> text = "Keain and Sons of Salisbury"
    >>> _of_home(text, RawSpan(10, 27, "Sons of Salisbury", "ORG"), 14)
    True
    """
    return span.start < end < span.end and text.startswith(" of ", end)


def _overlapping(spans: Sequence[RawSpan], start: int, end: int) -> list[RawSpan]:
    """The spans of `spans` that overlap [start, end)."""
    return [span for span in spans if span.start < end and start < span.end]


def _with_firm(
    text: str, spans: Sequence[RawSpan], inside: Sequence[RawSpan], start: int, end: int
) -> list[RawSpan]:
    """`spans` without those `inside` the firm's name and with one organisation's span over
    [start, end)."""
    firm = RawSpan(start, end, text[start:end], "ORG")
    return [span for span in spans if span not in inside] + [firm]


def partner_firms(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` with each firm named by its partners written in `text` one organisation's span
    over the whole name, in place of the spans the model cut out of it; a name a longer span
    holds is left to it ("the Harris Bank and Company Trust"), and a span of the same extent
    only takes the organisation's label.

    >>> text = "The contract went to Pollard, Venn and Company in 1952."
    >>> spans = [RawSpan(21, 28, "Pollard", "PERSON"), RawSpan(30, 46, "Venn and Company", "ORG")]
    >>> [r.text for r in partner_firms(text, spans)]
    ['Pollard, Venn and Company']
    >>> text = "Messrs. Greaves, Oldroyd and Partners handled the account."
    >>> [r.text for r in partner_firms(text, [])]
    ['Greaves, Oldroyd and Partners']
    >>> text = "Shares of Tolley & Sons Ltd rose."
    >>> [r.text for r in partner_firms(text, [RawSpan(10, 27, "Tolley & Sons Ltd", "ORG")])]
    ['Tolley & Sons Ltd']
    >>> [r.text for r in partner_firms("Ruth and Tom met.", [])]
    []
    >>> text = "Dollard and Keane, the Dublin publishers, said so."
    >>> [r.text for r in partner_firms(text, [RawSpan(0, 7, "Dollard", "PERSON")])]
    ['Dollard and Keane']
    """
    if " and " not in text and " & " not in text:
        return list(raw)
    result = list(raw)
    for first, end in _firms(text):
        start = _first_partner(text, first, end)
        if start >= end or not text[start].isupper():
            continue  # no partner's name left before "and": "Mr and Sons"
        inside = _overlapping(result, start, end)
        if any(
            span.start < start or (span.end > end and not _of_home(text, span, end))
            for span in inside
        ):
            continue  # a longer name holds it
        result = _with_firm(text, result, inside, start, end)
    for start, end in _described_pairs(text):
        if not _a_pair_of_names(text, start, end):
            continue
        inside = _overlapping(result, start, end)
        if any(span.start < start or span.end > end for span in inside) or any(
            span.label in ("GPE", "LOC") for span in inside
        ):
            continue  # a longer name holds it ("Van Leer & Kuipers"), or two places
        result = _with_firm(text, result, inside, start, end)
    return sorted(result, key=lambda span: (span.start, span.end))
