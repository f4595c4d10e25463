"""Quotations in news: where a sentence quotes (`quoted_spans`), who speaks a quotation that
closes later in its paragraph or ends with its attribution ('"...," said Ruiz.'), and the names
and vague expressions inside one, which are the speaker's words, not the story's.

    >>> from timeline.sentences import Sentence
    >>> quoted_spans(Sentence(0, 28, '"We are wary," said Ann Roe.', 0))
    [(1, 13)]
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from timeline.actors.vocabulary import countries
from timeline.events.event import actors_in
from timeline.kinds import ActorType, TimexType
from timeline.syntax import QUOTATION  # no model is loaded

if TYPE_CHECKING:
    from timeline.actors import ActorMention
    from timeline.sentences import Sentence
    from timeline.temporal import Timex


def vague_in_quotation(sentence: Sentence, timex: Timex, published: date | None) -> bool:
    """In news, a vague expression inside a quotation ("“We think it's the future of
    notebooks,” said Jobs") is the speaker's word, not the story's time: it neither leaves
    the statement undated nor ends the day the story is telling.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = '"It is the future of notebooks," said Jobs.'
    >>> vague_in_quotation(Sentence(0, len(text), text, 0),
    ...     Timex(11, 17, "future", "DATE", "FUTURE_REF"), date(2010, 10, 23))
    True
    """
    if (
        published is None
        or timex.date_start is not None
        or timex.type not in (TimexType.DATE, TimexType.TIME)
    ):
        return False
    return in_quotation(sentence, timex)


def in_quotation(sentence: Sentence, timex: Timex) -> bool:
    """Whether `timex` stands inside a quotation of `sentence`.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = '"We sold it today," she said.'
    >>> in_quotation(Sentence(0, len(text), text, 0), Timex(12, 17, "today", "DATE", "PRESENT_REF"))
    True
    """
    start = timex.start - sentence.start
    return any(
        quote.start(2) <= start < quote.end(2) for quote in QUOTATION.finditer(sentence.text)
    )


def quoted_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Where the words of each quotation of `sentence` stand in the text.

    >>> from timeline.sentences import Sentence
    >>> quoted_spans(Sentence(10, 35, 'He said: "We are wary." Then', 0))
    [(20, 32)]
    """
    return [
        (sentence.start + quote.start(2), sentence.start + quote.end(2))
        for quote in QUOTATION.finditer(sentence.text)
    ]


#: A quotation's closing mark after its last word's comma, then the attribution: `is key,"
#: said Press.`, `is key," the company said.`
_ATTRIBUTION = re.compile(r"[,!?]\s?[\"”]\s+(?P<tail>[^\"“”]{1,80})$")


def said_after_quotation(sentence: Sentence, mentions: Sequence[ActorMention]) -> bool:
    """Whether the sentence ends by saying who spoke the quotation it holds or closes: then the
    words quoted ('The network is key," said Ruiz.') are what was said, and the saying is the
    sentence's event, whatever the quoted verbs tell.

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import Sentence
    >>> text = 'But the network is key," said Ruiz.'
    >>> ruiz = ActorMention(29, 33, "Ruiz", "Dana Ruiz", "person")
    >>> said_after_quotation(Sentence(0, len(text), text, 0), [ruiz])
    True
    >>> said_after_quotation(Sentence(0, 19, "The network is key.", 0), [ruiz])
    False
    """
    attribution = _ATTRIBUTION.search(sentence.text.rstrip())
    if attribution is None:
        return False
    start = sentence.start + attribution.start("tail")
    return any(start <= m.start < sentence.end for m in mentions)


def outside_quotations(
    sentence: Sentence, names: list[str], types: list[str], mentions: Sequence[ActorMention]
) -> tuple[list[str], list[str]]:
    """A name written only inside a quotation is what the speaker speaks of, not who acts,
    when the sentence names someone outside it. A place is not: where the speaker says things
    happen ('"Prices doubled in Ostrava," said Ines Marr') is where the row happens too.

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import Sentence
    >>> text = '"Velgrove let us down," said Ines Marr.'
    >>> mentions = [ActorMention(1, 9, "Velgrove", "Velgrove", "organisation"),
    ...             ActorMention(29, 38, "Ines Marr", "Ines Marr", "person")]
    >>> outside_quotations(Sentence(0, len(text), text, 0), ["Velgrove", "Ines Marr"],
    ...                    ["organisation", "person"], mentions)
    (['Ines Marr'], ['person'])
    >>> text = '"Prices doubled in Ostrava," said Ines Marr.'
    >>> mentions = [ActorMention(19, 26, "Ostrava", "Ostrava", "location"),
    ...             ActorMention(34, 43, "Ines Marr", "Ines Marr", "person")]
    >>> outside_quotations(Sentence(0, len(text), text, 0), ["Ostrava", "Ines Marr"],
    ...                    ["location", "person"], mentions)
    (['Ostrava', 'Ines Marr'], ['location', 'person'])
    """
    quoted = quoted_spans(sentence)
    if not quoted:
        return names, types
    inside: set[str] = set()
    outside: set[str] = set()
    first = bisect_left(mentions, sentence.start, key=lambda mention: mention.start)
    for mention in itertools.islice(mentions, first, None):  # sorted: no scan of the rest
        if mention.start >= sentence.end:
            break
        within = any(a <= mention.start < b for a, b in quoted)
        if within and _named_place(mention):
            continue  # a place is kept, and speaks for no one outside
        (inside if within and not _title_quoted(mention, quoted) else outside).add(mention.name)
    dropped = inside - outside
    if not outside or not dropped:
        return names, types
    kept = [(n, t) for n, t in zip(names, types, strict=True) if n not in dropped]
    return [n for n, _ in kept], [t for _, t in kept]


#: the kinds of name a quotation gives the row: where things happen
_PLACES = frozenset({ActorType.COUNTRY, ActorType.LOCATION})


def _named_place(mention: ActorMention) -> bool:
    """Whether `mention` is a place written by its name, not a people's ("every Rwandan") or a
    short form, which a quotation uses to speak of someone (`data/demonyms.csv`).

    >>> from timeline.actors import ActorMention
    >>> _named_place(ActorMention(0, 7, "Ostrava", "Ostrava", "location"))
    True
    >>> _named_place(ActorMention(0, 6, "Polish", "Poland", "country"))
    False
    """
    if mention.type not in _PLACES:
        return False
    written = mention.text.casefold()
    return written == mention.name.casefold() or written not in countries()


def _title_quoted(mention: ActorMention, quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether `mention` is all a quotation holds, but for its own comma or stop: the title of
    a work in quotation marks ('her first feature, "Salt Season", was shown'), no speech.

    >>> from timeline.actors import ActorMention
    >>> title = ActorMention(10, 21, "Salt Season", "Salt Season", "product")
    >>> _title_quoted(title, [(10, 22)]), _title_quoted(title, [(10, 40)])
    (True, False)
    """
    return any(
        a == mention.start and (b == mention.end or (b == mention.end + 1)) for a, b in quoted
    )


#: A quotation's closing mark, then its speaker and the rest of the sentence:
#: `," Fung told analysts on Tuesday.`
_CLOSING_THEN = re.compile(r"[”\"][^.!?\n]{0,120}")


def open_quotation_speakers(
    text: str, sentence: Sentence, mentions: Sequence[ActorMention]
) -> tuple[list[str], list[str]]:
    """The persons who speak a quotation that opens in `sentence` and closes in a later one
    of its paragraph ('"Spot rates have risen since April. We are cautious," Fung said.'):
    the persons named after its closing mark, in the sentence that closes it; none when the
    sentence closes its own quotation or opens none.

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import Sentence
    >>> text = '"Rates rose in May. We are wary," Ann Roe said.'
    >>> roe = ActorMention(34, 41, "Ann Roe", "Ann Roe", "person")
    >>> open_quotation_speakers(text, Sentence(0, 19, text[:19], 0), [roe])
    (['Ann Roe'], ['person'])
    """
    opened = sentence.text.lstrip()
    if not opened.startswith(("“", '"')) or sum(opened.count(m) for m in '“”"') % 2 == 0:
        return [], []
    line_end = text.find("\n", sentence.end)
    paragraph_end = len(text) if line_end < 0 else line_end
    closing = _CLOSING_THEN.search(text, sentence.end, paragraph_end)
    if closing is None:
        return [], []
    names, types = actors_in(mentions, closing.start(), closing.end())
    persons = [(n, t) for n, t in zip(names, types, strict=True) if t == "person"]
    return [n for n, _ in persons], [t for _, t in persons]
