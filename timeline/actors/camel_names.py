"""Names written in camel case that the model misses or cuts (stop 50, helper `unfound`): a
brand or a body whose capitals run inside one word ("NorthFile says", "Rival platform
HelpKaro said"), or whose first letter is small ("the eThekwini Municipality"); a camel-case
word before the model's span is its first word ("eThekwini" of "eThekwini Metropolitan
Municipality"), and a capitalised word no span holds before a span opening with one is the
name's own first word ("Jutland" of "Jutland BioPharm A/S", which the model read as a number).
English writes no word so: the shape is the article's evidence of a name.

    >>> text = "Tax software maker NorthFile says its servers held."
    >>> [(r.text, r.label) for r in with_camel_names(text, [])]
    [('NorthFile', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.headlines import Headlines
from timeline.actors.not_actors import names_no_actor
from timeline.actors.particle_runs import before_calendar_words
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import calendar_words, titles
from timeline.sentences import sentence_openers

__all__ = ["camel_words", "with_camel_names"]

#: A word with a capital inside it after lower-case letters: "NorthFile", "DepEd",
#: "eThekwini", "iGaming"; not a hyphened or dotted piece, a web address or a handle.
_CAMEL_WORD = r"(?<![\w'’@/.-])((?:[A-Z][a-z]+|[a-z]{1,2})[A-Z][a-z][A-Za-z]*)"
_CAMEL = re.compile(_CAMEL_WORD + r"(?![\w'’@/-]|\.\w)")
#: A camel-case word before a model's number ("iPhone 4", "eReader 2s"), or a year.
_NUMBERED = re.compile(_CAMEL_WORD + r" (\d{1,4})(?:[a-zA-Z]{0,2})\b")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
#: Surnames' own inner capitals: "McAlpine", "MacArthur", "DeVito", "LeBlanc", "DiMaggio".
_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)[A-Z]")
#: Capitalised words right after a position, or in capitals: the rest of a camel-case word's
#: name ("eThekwini Metro", "HelpKaro Technologies", "GridCo SA").
_CAPITALISED_AFTER = re.compile(r"(?: [A-Z][\w'’&]*(?![\w'’-]))+")
#: The capitalised word right before a span, one space apart: "Jutland " of "Jutland BioPharm".
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")


def camel_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each camel-case word of `text`, no surname's ("McAlpine"), not on a
    headline's line.

    >>> text = "The eThekwini unit and NorthFile met Robert McAlpine at www.NetShout.com today."
    >>> [text[s:e] for s, e in camel_words(text)]
    ['eThekwini', 'NorthFile']
    """
    headlines = Headlines(text)
    return [
        match.span(1)
        for match in _CAMEL.finditer(text)
        if not _SURNAME_PREFIX.match(match.group(1)) and not headlines(match.start(1))
    ]


def with_camel_names(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted by start) with each camel-case word that no span holds made a name, or
    the first word of the span right after it ("eThekwini" + "Metropolitan Municipality");
    a span that opens with one takes in the capitalised word right before it that no span
    holds, no sentence opener, title or calendar word, where the text writes the two words
    together twice or more ("Consultancy AgroSafra", written once, is a description and
    its name). A new name takes
    in the capitalised words right after it ("eThekwini Metro", "GridCo SA") and is an
    organisation where `not_actors.names_no_actor` finds it one.

    >>> text = "The eThekwini Metropolitan Municipality paid. Jutland BioPharm A/S filed."
    >>> text += " Jutland BioPharm grew."
    >>> spans = [RawSpan(14, 39, "Metropolitan Municipality", "ORG"),
    ...          RawSpan(54, 66, "BioPharm A/S", "ORG")]
    >>> [r.text for r in with_camel_names(text, spans)]
    ['eThekwini Metropolitan Municipality', 'Jutland BioPharm A/S', 'Jutland BioPharm']
    """
    result = sorted(raw, key=lambda r: (r.start, r.end))
    lines = _model_lines(text)
    for start, end in camel_words(text):
        if any(span.start < end and start < span.end for span in result):
            continue
        if text[start:end] in lines:
            continue  # a product line's word ("the original iPhone" after "iPhone 4")
        after = next((s for s in result if s.start == end + 1 and text[end] == " "), None)
        if after is not None:
            widened = RawSpan(start, after.end, text[start : after.end], after.label, after.role)
            result = [widened if s is after else s for s in result]
            continue
        more = _CAPITALISED_AFTER.match(text, end)
        stop = before_calendar_words(text, end, more.end()) if more is not None else end
        if any(s.start < stop and end < s.end for s in result):
            stop = end  # the words after it are another span's
        if not names_no_actor(text, start, stop, "ORG"):
            result.append(RawSpan(start, stop, text[start:stop], "ORG"))
    return [_with_word_before(text, span, result) for span in sorted(result, key=_position)]


def _model_lines(text: str) -> set[str]:
    """The camel-case words the text writes before a model's number somewhere ("iPhone 4",
    "eReader 2s"): a product line, found by the product rules with its number, whose bare
    word elsewhere is that product's, not a new organisation.

    >>> sorted(_model_lines("It sold the iPhone 4 and the iPhone. NorthFile 2024 grew."))
    ['iPhone']
    >>> text = "The new iPhone 4 sold and the original iPhone did not."
    >>> [r.text for r in with_camel_names(text, [])]
    []
    """
    return {m.group(1) for m in _NUMBERED.finditer(text) if not _YEAR.fullmatch(m.group(2))}


def _with_word_before(text: str, span: RawSpan, spans: Sequence[RawSpan]) -> RawSpan:
    """`span` taking in the capitalised word right before it when its own first word is
    camel case and no span holds that word, a sentence opener, a title or a calendar word,
    and the text writes the two words together twice or more: the name's own first word
    ("Jutland BioPharm" throughout), not a description written once before it
    ("Consultancy AgroSafra").

    >>> text = "Jutland BioPharm A/S filed. Jutland BioPharm grew."
    >>> _with_word_before(text, RawSpan(8, 20, "BioPharm A/S", "ORG"), []).text
    'Jutland BioPharm A/S'
    >>> _with_word_before("The BioPharm unit", RawSpan(4, 12, "BioPharm", "ORG"), []).text
    'BioPharm'
    >>> text = "Consultancy AgroSafra said so. AgroSafra grew."
    >>> _with_word_before(text, RawSpan(12, 21, "AgroSafra", "ORG"), []).text
    'AgroSafra'
    """
    first = text[span.start : span.end].split(" ", 1)[0]
    if not _CAMEL.fullmatch(first) or _SURNAME_PREFIX.match(first):
        return span
    before = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
    if before is None:
        return span
    word = before.group(1)
    if (
        word in sentence_openers()
        or word.casefold() in titles()
        or word.casefold() in calendar_words()
        or text.count(f"{word} {first}") < 2
        or any(s.start < span.start and before.start(1) < s.end for s in spans if s is not span)
    ):
        return span
    start = before.start(1)
    return RawSpan(start, span.end, text[start : span.end], span.label, span.role)


def _position(span: RawSpan) -> tuple[int, int]:
    return span.start, span.end
