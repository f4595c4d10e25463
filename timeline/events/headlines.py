"""Which opening lines are titles, not events: the headline (the text's title, or a teletype's
caret line) and a standfirst under it (a second headline, or a summary the lead repeats with
its day).

    >>> from timeline.sentences import split_sentences
    >>> headline_number(split_sentences("^Jury Convicts Two<\\n\\nA jury convicted two."), "")
    0
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from timeline.temporal import tag
from timeline.wordlists import word_set

if TYPE_CHECKING:
    from timeline.sentences import Sentence

__all__ = ["STANDFIRST_WORDS", "ends_as_prose", "headline_number", "standfirst_number"]

#: A headline has no full stop; a first line that ends like prose is the lead, not a title.
_PROSE_END = (".", "!", "?")
_QUOTES = "\"”’'"


def ends_as_prose(text: str) -> bool:
    """Whether a line ends as a sentence does: at a stop, inside quotation marks or not ('He
    said "We will."'); a headline ending on a quoted phrase ('... its test "next summer"')
    does not."""
    return text.rstrip().rstrip(_QUOTES).endswith(_PROSE_END)


def headline_number(sentences: Sequence[Sentence], title: str) -> int | None:
    """The number of the sentence that is the document's headline, if it opens the text.

    The headline is not an event: it restates the lead in the headline's present tense
    ("Apple unveils iPod nano" over "Apple today unveiled ..."), and counting both would show
    every story twice. Its names still serve the actors stage. A teletype marks its headline
    with a caret, whatever the title: "^Jury Convicts Two in Fraud Case<".

    >>> from timeline.sentences import split_sentences
    >>> headline_number(split_sentences("^Jury Convicts Two<\\n\\nA jury convicted two."), "")
    0
    """
    title = " ".join(title.split())
    for number, sentence in enumerate(sentences[:2]):
        if title and not ends_as_prose(title) and " ".join(sentence.text.split()) == title:
            return number
    for number, sentence in enumerate(sentences[:3]):
        if _TELETYPE_HEADLINE.fullmatch(sentence.text.strip()):
            return number
    if title and _headline_under_furniture(sentences):
        return 0
    return None


#: The fewest and the most words of a headline under the page's furniture.
HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 20


def _headline_under_furniture(sentences: Sequence[Sentence]) -> bool:
    """Whether the first sentence is the headline when the title line is not one of the
    sentences (a masthead, a section's label or a release's label over the headline, all
    furniture: "BUSINESS DAILY | Monday, August 16, 2004" over "Ports sign pact ahead of
    customs union"): a line of its own with a headline's shape, a few words, some in small
    letters, no sentence's stop, and the story after it (stop 34).

    >>> from timeline.sentences import split_sentences
    >>> _headline_under_furniture(split_sentences("Ports sign pact ahead of union\\n\\nIt was."))
    True
    >>> _headline_under_furniture(split_sentences("Ports signed a pact on Monday.\\n\\nIt was."))
    False
    """
    if len(sentences) < 2:
        return False
    first = " ".join(sentences[0].text.split())
    words = first.split()
    return (
        not ends_as_prose(first)
        and _SENTENCE_STOP.search(first) is None
        and HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS
        and any(word.islower() for word in words)
        and not first.endswith((":", ",", ";"))
    )


#: A teletype's headline, after a caret, often closed by a less-than sign: "^Jury Convicts Two<".
_TELETYPE_HEADLINE = re.compile(r"\^[^\n^<]{3,200}<?")


#: The fewest words of a standfirst: a line of three is a date line or a byline.
STANDFIRST_WORDS = 5
#: The most: a longer line is the lead, written as one paragraph.
STANDFIRST_MAX_WORDS = 40
#: The short lines (a date line, a label) that may stand between the headline and it.
STANDFIRST_SKIPS = 2
#: The share of a standfirst's words that the lead repeats, and the fewest of them.
STANDFIRST_REPEATED = 0.4
STANDFIRST_REPEATED_WORDS = 3


def standfirst_number(sentences: Sequence[Sentence], headline: int | None) -> int | None:
    """The number of the sentence that is a second headline (a standfirst) under the headline,
    past a date line or a label: a paragraph of its own, of a few words with no full stop
    ("Rate cut was widely expected after inflation fell below 2% target in September"), or a
    sentence with its full stop that the lead repeats (`_repeats_the_lead`). It sums up the
    story as the headline does, and is no event either; a date line ("May 07, 2009") is none.

    >>> from timeline.sentences import split_sentences
    >>> text = "Bank cuts\\n\\nThe cut was expected after inflation fell\\n\\nThe bank cut."
    >>> standfirst_number(split_sentences(text), 0)
    1
    >>> text = ("Jury convicts two\\n\\nMay 7, 2009\\n\\nTwo former managers face prison after a "
    ...         "jury found them guilty of fraud.\\n\\nA jury on Thursday convicted two former "
    ...         "managers of fraud.")
    >>> standfirst_number(split_sentences(text), 0)
    2
    """
    if headline is None:
        return None
    number = headline + 1
    while (
        number < min(len(sentences), headline + 1 + STANDFIRST_SKIPS)
        and len(sentences[number].text.split()) < STANDFIRST_WORDS
        and _alone(sentences, number)
    ):
        number += 1  # a date line ("May 07, 2009") or a label ("Synopsis")
    if number >= len(sentences):
        return None
    line = sentences[number]
    words = line.text.split()
    if (
        not _alone(sentences, number)
        or line.paragraph == sentences[headline].paragraph
        or not STANDFIRST_WORDS <= len(words) <= STANDFIRST_MAX_WORDS
    ):
        return None
    if (
        (
            not ends_as_prose(line.text)
            and _SENTENCE_STOP.search(line.text) is None  # one line, no sentence ended in it
            and any(word.islower() for word in words)
        )
        or _repeats_the_lead(line, sentences[number + 1 : number + 2])
    ):
        return number
    return None


def _alone(sentences: Sequence[Sentence], number: int) -> bool:
    """The sentence is the only one of its paragraph."""
    paragraph = sentences[number].paragraph
    return all(
        s.paragraph != paragraph
        for s in (*sentences[number - 1 : number], *sentences[number + 1 : number + 2])
    )


_SENTENCE_STOP = re.compile(r"[.!?][\"”’')]?\s")
#: A day in a value the engine writes without a reference: "XXXX-WXX-4", "XXXX-05-03".
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-(?:(?:\d\d|XX)-(?:\d\d|XX)|W(?:\d\d|XX)-\d)")


def _repeats_the_lead(summary: Sentence, lead: Sequence[Sentence]) -> bool:
    """A sentence that sums up the story in other words than the lead's, and without its day:
    the lead, the next paragraph, tells the same event on a day ("on Thursday") and repeats at
    least two in five of its words (`data/common_words.txt` and names left out): "Two former
    managers face prison after a jury found them guilty of fraud." over "A jury on Thursday
    convicted two former managers of fraud." A lead with its day is never taken for one.
    """
    if not lead or lead[0].paragraph == summary.paragraph:
        return False
    if _states_a_day(summary.text) or not _states_a_day(lead[0].text):
        return False
    words = _content_stems(summary.text)
    repeated = len(words & _content_stems(lead[0].text))
    return repeated >= max(STANDFIRST_REPEATED_WORDS, STANDFIRST_REPEATED * len(words))


def _states_a_day(text: str) -> bool:
    return any(_DAY_VALUE.match(timex.value) for timex in tag(text, None, narrative=False))


def _content_stems(text: str) -> set[str]:
    """The first five letters of each word in lower case of four letters or more, common
    words left out: "convicts" and "convicted" are both "convi"."""
    common = _common_words()
    return {word[:5] for word in re.findall(r"\b[a-z]{4,}\b", text) if word not in common}


@cache
def _common_words() -> frozenset[str]:
    return word_set("common_words.txt")
