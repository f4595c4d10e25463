"""Which expressions date an event sentence: the news day, the most precise date, the dates a
later sentence may inherit, and years that only describe a thing ("the 1991 agreement").

    >>> from timeline.temporal import Timex
    >>> year = Timex(3, 7, "1976", "DATE", "1976", granularity="year",
    ...              date_start=date(1976, 1, 1), date_end=date(1976, 12, 31))
    >>> anchoring([year]) is year, inheritable(year, None)
    (True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from timeline.events.done_this_year import done_in_the_period
from timeline.kinds import Granularity, PublishedSource, TimexType
from timeline.temporal.calendar import PART_MODS
from timeline.temporal.genre import is_narrative
from timeline.temporal.vocabulary import NUMBER_WORDS, VOCABULARY
from timeline.wordlists import word_list

if TYPE_CHECKING:
    from timeline.documents import Document
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

#: Precisions an undated sentence inherits; coarser dates date only their own sentence. A
#: week ("last week") is the background of the day's news, not the day the story goes on
#: telling: "The Air Force grounded its tankers. One caught fire last week. The Air Force
#: said ..." is said on the news day.
_INHERITABLE = frozenset({Granularity.TIME, Granularity.DAY})
#: Sentences back (across one-sentence paragraphs) an undated sentence may inherit from.
INHERIT_WINDOW = 3
#: In news, dates this many days before publication still carry over to the next sentences.
NEWS_INHERIT_DAYS = 31
#: Values of expressions that mean "now" ("now", "currently", "today's").
PRESENT_VALUES = frozenset({"PRESENT_REF"})
#: Precisions around the publication that, in news, say how things stand on the news day.
_COARSE = frozenset(
    {
        Granularity.MONTH,
        Granularity.QUARTER,
        Granularity.SEASON,
        Granularity.HALF,
        Granularity.YEAR,
    }
)
#: Finest first: the most precise expression of a sentence dates it.
_GRANULARITY_RANK: dict[str, int] = {
    Granularity.TIME: 0,
    Granularity.DAY: 1,
    Granularity.WEEK: 2,
    Granularity.MONTH: 3,
    Granularity.SEASON: 4,
    Granularity.QUARTER: 4,
    Granularity.HALF: 5,
    Granularity.YEAR: 6,
    Granularity.DECADE: 7,
    Granularity.CENTURY: 8,
}
_DATING_TYPES = (TimexType.DATE, TimexType.TIME)


def news_date(doc: Document) -> date | None:
    """The publication date of a dated article (None for undated, narrative text).

    >>> from timeline.documents import Document
    >>> news_date(Document("a", "Text.", published=date(2023, 10, 23), published_source="user"))
    datetime.date(2023, 10, 23)
    >>> news_date(Document("a", "Text.")) is None
    True
    """
    return doc.published if doc.published_source != PublishedSource.NONE else None


def undated_news(doc: Document) -> bool:
    """A news story without its publication date (it counts from the day it was written:
    "yesterday", "last week"): its undated sentences are still events, on no known day.

    >>> from timeline.documents import Document
    >>> undated_news(Document("a", "The firm cut jobs last week. Its chief apologised."))
    True
    >>> undated_news(Document("a", "In 1941 the war spread. The army moved east."))
    False
    """
    return news_date(doc) is None and not is_narrative(doc.text, None)


def dated_expressions(timexes: Sequence[Timex]) -> list[Timex]:
    """The dates and times among `timexes` that resolve to a period of days."""
    return [t for t in timexes if t.type in _DATING_TYPES and t.date_start is not None]


def precision(timex: Timex) -> int:
    """The rank of an expression's granularity, finest (a time) first; 9 without one."""
    return _GRANULARITY_RANK.get(timex.granularity or "", 9)


def anchoring(timexes: Sequence[Timex]) -> Timex | None:
    """The expression that dates a sentence: the most precise one that resolves to a period,
    the latest of them ("met on Sunday and announced on Monday": the story goes on on Monday)."""
    dated = sorted(dated_expressions(timexes), key=lambda t: (t.date_start or date.min, -t.start))
    return min(reversed(dated), key=precision, default=None)


def news_dates(
    timexes: Sequence[Timex], published: date | None, sentence: Sentence | None = None
) -> tuple[list[Timex], frozenset[int]]:
    """Drop durations and sets; in news, date "now" and "this year" to the publication day.

    Returns the expressions kept and the starts of those that now mean the news day.

    >>> from timeline.temporal import Timex
    >>> now = Timex(0, 3, "now", "DATE", "PRESENT_REF")
    >>> kept, on_publication = news_dates([now], date(2010, 6, 8))
    >>> kept[0].date_start, sorted(on_publication)
    (datetime.date(2010, 6, 8), [0])
    """
    kept: list[Timex] = []
    on_publication: set[int] = set()
    precise = any(
        t.date_start is not None and t.granularity not in _COARSE and t.type in _DATING_TYPES
        for t in timexes
    )
    for timex in timexes:
        if timex.type in (TimexType.DURATION, TimexType.SET):
            continue
        if (
            published is not None
            and not precise
            and _around(timex, published)
            and not (sentence is not None and done_in_the_period(sentence, timex))
        ):
            on_publication.add(timex.start)
            kept.append(
                replace(
                    timex,
                    # the value says the day too ("this year" -> the news day), but "now"
                    # keeps PRESENT_REF, which tells it from a period
                    value=timex.value if timex.date_start is None else published.isoformat(),
                    date_start=published,
                    date_end=published,
                    granularity=Granularity.DAY.value,
                )
            )
            continue
        kept.append(timex)
    return kept, frozenset(on_publication)


#: A part of the period before or after the news: "earlier this month", "later this year".
_EARLIER_IN = re.compile(r"(?i)(?:earlier|later)\b")
#: Words that make a period the one holding the news day: "this year", "the current quarter".
_DEICTIC = re.compile(r"(?i)\b(?:this|current|present|these)\b")


def _around(timex: Timex, published: date) -> bool:
    """ "Now", or a month or year that holds the publication day ("this year's conference": a
    half, a quarter or a season is the period a forecast or a result is for);
    not the part of it before or after the news ("earlier this month": some day of the month;
    "later this year": the rest of the year).

    >>> from timeline.temporal import Timex
    >>> month = [Timex(0, len(text), text, "DATE", "2023-10", granularity="month",
    ...                date_start=date(2023, 10, 1), date_end=date(2023, 10, 31))
    ...          for text in ("this month", "Earlier this month")]
    >>> [_around(t, date(2023, 10, 25)) for t in month]
    [True, False]
    """
    if _EARLIER_IN.match(timex.text) or timex.mod in PART_MODS:
        return False  # nor a part of it ("at the end of the year" is not the news day)
    if timex.date_start is not None and not _DEICTIC.search(timex.text):
        return False  # a month or year named ("in February", "in 2024") is that period
    return (timex.value in PRESENT_VALUES and timex.date_start is None) or (
        timex.granularity in (Granularity.MONTH, Granularity.YEAR)
        and timex.date_start is not None
        and timex.date_end is not None
        and timex.date_start <= published <= timex.date_end
    )


def inheritable(timex: Timex, published: date | None) -> bool:
    """Whether the sentences after the one `timex` dates may take its date: a day (in news,
    of the month before publication), with no modifier ("early", "about")."""
    if timex.mod is not None or timex.granularity not in _INHERITABLE:
        return False
    if timex.date_start != timex.date_end:
        return False  # a span of days ("the first nine days of November") is no day to go on
    if published is None or timex.date_start is None:
        return True
    return 0 <= (published - timex.date_start).days <= NEWS_INHERIT_DAYS


def may_inherit(sentences: Sequence[Sentence], anchor_number: int, number: int) -> bool:
    """Whether sentence `number` is near enough to the dated sentence `anchor_number` to take
    its date: in its paragraph, or a few sentences after a dated one-sentence paragraph."""
    if number - anchor_number > INHERIT_WINDOW:
        return False
    if sentences[anchor_number].paragraph == sentences[number].paragraph:
        return True
    # Web news writes one sentence a paragraph: a dated one-sentence paragraph then carries
    # its date over the next few sentences.
    paragraph = sentences[anchor_number].paragraph
    return (
        sum(
            1
            for s in sentences[max(0, anchor_number - 1) : anchor_number + 2]
            if s.paragraph == paragraph
        )
        == 1
    )


_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|its|their|his|her|our|this|that|these|those|[a-z]+['’]s)\s+$"
)
_WORDS = re.compile(r"[A-Za-z]+")
_WORD_AFTER = re.compile(r"[ -]?[A-Za-z]")
#: A century made an adjective, and the noun it describes: "a 15th-century town house".
_CENTURY_ADJECTIVE = re.compile(r"(?i)\d{1,2}(?:st|nd|rd|th)-century")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_NAME_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<!^)\b([A-Z][A-Za-z]+)\s+$")
#: Prepositions that make "the 2008 season" a time of the clause ("during the 2008 season").
_TIME_PREPOSITIONS = frozenset(word_list("time_prepositions.txt"))
#: Capitalised words before a year that make it no name: "In 2008", "Between 2001 and 2005".
_NOT_NAMES = _TIME_PREPOSITIONS | frozenset(word_list("year_name_exceptions.txt"))


def modifies_noun(sentence: Sentence, timex: Timex) -> bool:
    """A bare year that describes a thing rather than dating the clause: "replaces the 1991
    agreement", "a breach of the 1991 settlement". After a preposition of time it dates the
    clause ("during the 2008 season"). So does a century made an adjective ("a 15th-century
    town house").

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> modifies_noun(Sentence(0, 31, "It replaced the 1991 agreement.", 0),
    ...               Timex(16, 20, "1991", "DATE", "1991", granularity="year"))
    True
    >>> modifies_noun(Sentence(0, 32, "It spoke during the 2008 season.", 0),
    ...               Timex(20, 24, "2008", "DATE", "2008", granularity="year"))
    False
    """
    if _CENTURY_ADJECTIVE.fullmatch(timex.text):
        # "a 15th-century town house", "a 16th-century panel": the thing's age, no time
        return _NOUN_AFTER.match(sentence.text, timex.end - sentence.start) is not None
    if not timex.text.isdigit() or len(timex.text) != 4:
        return False
    start = timex.start - sentence.start
    end = timex.end - sentence.start
    window = sentence.text[max(0, start - 40) : start]
    preceding = [word.lower() for word in _WORDS.findall(window)[-4:-1]]
    after_time_preposition = any(word in _TIME_PREPOSITIONS for word in preceding)
    name = _NAME_BEFORE.search(sentence.text, 0, start)
    if name is not None and name.group(1).lower() not in _NOT_NAMES:
        # "known as Vision 2030": the year is part of a name; "at WWDC 2005" is a time
        return not after_time_preposition
    if not _WORD_AFTER.match(sentence.text, end):
        return False
    if _DETERMINER_BEFORE.search(window) is None:
        return False
    return not after_time_preposition


#: Words before an expression that make it the point a figure is compared with, not the time of
#: the clause: "up 43% compared with the same period last year", "more than in 2008", "down
#: from a year earlier", "its first annual loss since 1992", "the most for an IPO since 2018",
#: "the lowest level since March", "his first goals since he returned from injury in March" (a
#: clause after "since").
#: A figure between the comparison and the expression: "compared with $35.9 million a year
#: earlier", "from 14 cents a share a year ago", "up from 41% in 2008".
_FIGURE = (
    r"(?:\s+(?:(?:a|its|the|their)\s+(?:peak|high|low|record|level)\s+of\s+)?"
    # an amount in any currency: "$35.9 million", "Sh665 million", "Rs4.34", "HK$7.12", "₹12"
    r"(?:(?:[A-Z][A-Za-z]{0,2}\$?|[$€£¥₹₦₱₩₪])?\d[\d.,]*%?|"
    + "|".join(
        sorted(
            (w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an")),
            key=len,
            reverse=True,
        )
    )
    + r")"
    # what the figure was, and where or when: "down from seven at the last election in"
    r"(?:\s+(?:[a-z]+|per\s+cent)){0,6}?)?"
)
_COMPARED_WITH = re.compile(
    r"(?i)(?:(?:\bcompared\s+(?:to|with)|\bversus|\bvs\.?|"
    r"\b(?:up|down|rose|risen|fell|fallen|increased|decreased|declined|dropped|climbed|"
    r"slipped|eased|jumped|slid|grew|grown|shrank|gained|lost)\s+(?:\S+\s+){0,3}?from)"
    + _FIGURE
    + r"|"
    r"\bthan(?:\s+(?:\w+\s+){0,2}?(?:did|was|were|had|does|do|is|are))?(?:\s+(?:in|on|at|during))?|"
    # a figure of another time named after "than the": "than the 2.6 per cent rise in the"
    r"\bthan\s+(?:the|a|an|its|their)\s(?:[^.;:!?,]|(?<=\d)[.,](?=\d)){0,40}?"
    r"\b(?:in|on|at|during)(?:\s+the)?|"
    # when someone else foresaw it: "faster than we expected in the summer" (not "more than
    # expected in March", when the thing itself happened)
    r"\bthan\s+(?:\w+\s+){1,2}?(?:had\s+)?(?:expected|forecast|predicted|thought|estimated|"
    r"anticipated|feared|planned|hoped)\s+(?:in|on|at|during)(?:\s+the)?|"
    # the time a thing last went as far: "not even in 1958"
    r"\bnot\s+even(?:\s+(?:in|on|at|during))?|"
    r"\b(?:first|last|only|most|fewest|\w{3,}est)\b[^.;:!?]{0,60}?\bsince"
    r"(?:\s+(?:he|she|it|they|we|the|its|his|her|their)\b[^.;:!?,]{0,50}?)?)\s+$"
)
#: "a year earlier", "a year ago", "the year before": after a plain "from", a baseline.
_EARLIER = re.compile(r"(?i)\b(?:earlier|ago|before|previous(?:ly)?|prior)$")
_FROM = re.compile(r"(?i)\bfrom" + _FIGURE + r"\s+$")
#: A hyphenated period written before a noun: "third-quarter results", "first-half profit".
_PERIOD_ADJECTIVE = re.compile(r"(?i)\w+-(?:quarter|half|year|month|week|day)$")
_NOUN_AFTER = re.compile(r"\s+[A-Za-z]")


def compared_with(sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression is what a figure is compared with, or the last time something
    happened before now ("the first loss since 1992"): no time of the clause.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Sales rose 9% compared with March."
    >>> compared_with(Sentence(0, 34, text, 0), Timex(28, 33, "March", "DATE", "2009-03"))
    True
    >>> text = "Net income was $41 million, compared with $35.9 million a year earlier."
    >>> compared_with(Sentence(0, 71, text, 0), Timex(56, 70, "a year earlier", "DATE", "2015"))
    True
    >>> text = "Sales rose 9% in March."
    >>> compared_with(Sentence(0, 23, text, 0), Timex(17, 22, "March", "DATE", "2009-03"))
    False
    """
    start = timex.start - sentence.start
    before = sentence.text[max(0, start - 90) : start]
    if _COMPARED_WITH.search(before):
        return True
    return _FROM.search(before) is not None and _EARLIER.search(timex.text) is not None


#: A period named before a relative clause that gives its bounds: "the fiscal year that begins
#: July 1", "fiscal 2026, which ends in May", "the season, which runs until Nov. 30".
_PERIOD_BOUND = re.compile(
    r"(?i)\b(?:"
    + "|".join([*VOCABULARY.units, *VOCABULARY.seasons, "half", "term", "period", "season"])
    + r"|(?:19|20)\d\d)(?:,?\s+(?:which|that)\s+(?:"
    + "|".join(word_list("period_bounds.txt"))
    + r")\s+(?:[a-z]+\s+){0,2}|,\s+(?:ending|beginning|starting)\s+(?:on\s+)?)$"
)


def bounds_a_period(sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression gives where a period named before it begins or ends, in a
    relative clause ("a budget for the fiscal year that begins July 1"): it describes the
    period and dates no event.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It passed a budget for the year that begins July 1."
    >>> bounds_a_period(Sentence(0, 51, text, 0), Timex(44, 50, "July 1", "DATE", "2025-07-01"))
    True
    >>> text = "Its first quarter of fiscal 2026, ending Sept. 27, 2025, was strong."
    >>> end = Timex(41, 55, "Sept. 27, 2025", "DATE", "2025-09-27")
    >>> bounds_a_period(Sentence(0, 68, text, 0), end)
    True
    >>> text = "The strike, which began on June 1, goes on."
    >>> bounds_a_period(Sentence(0, 43, text, 0), Timex(27, 33, "June 1", "DATE", "2025-06-01"))
    False
    """
    start = timex.start - sentence.start
    return _PERIOD_BOUND.search(sentence.text[max(0, start - 80) : start]) is not None


#: A figure foreseen for a period: "its forecast for fiscal 2026", "the budget for the year".
_FORESEEN_FOR = re.compile(
    r"(?i)\b(?:" + "|".join(word_list("outlook_nouns.txt")) + r")s?\s+for\s+(?:the\s+)?$"
)


def foreseen_for(sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression is the period a forecast, an outlook or a budget is for ("raised
    its forecast for fiscal 2026"): what the figure covers, not when the clause happened.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It raised its forecast for 2026."
    >>> foreseen_for(Sentence(0, 32, text, 0), Timex(27, 31, "2026", "DATE", "2026"))
    True
    """
    start = timex.start - sentence.start
    return _FORESEEN_FOR.search(sentence.text[max(0, start - 40) : start]) is not None


#: "postponed the vote until their July 10 meeting", "until the June 30 deadline".
_UNTIL = re.compile(r"(?i)\b(?:until|till)\s+(?:the|its|his|her|their|our|a)\s+$")


def until_then(sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression names, after "until", the occasion a state lasts to: in news,
    not when the clause happened ("voted to postpone a decision until their July 10 meeting"
    is a vote of the day). A bare "until September 30" is an announced deadline, and dates
    its clause; so does a narrative's "held the city until 1945".

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "They postponed it until their July 10 meeting."
    >>> until_then(Sentence(0, 46, text, 0), Timex(30, 37, "July 10", "DATE", "2025-07-10"))
    True
    """
    start = timex.start - sentence.start
    return _UNTIL.search(sentence.text[max(0, start - 20) : start]) is not None


#: Adjectives the tagger marks as times ("the recent downturn"): they only describe a thing.
_TIME_ADJECTIVES = frozenset({"recent", "current"})


def describes_noun(sentence: Sentence, timex: Timex) -> bool:
    """A hyphenated period before a noun describes the thing, not when the clause happened:
    "Our third-quarter results show progress" is said on the news day.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Its third-quarter results show progress."
    >>> describes_noun(Sentence(0, 40, text, 0), Timex(4, 17, "third-quarter", "DATE", "2009-Q3"))
    True
    >>> text = "The current board met."
    >>> describes_noun(Sentence(0, 22, text, 0), Timex(4, 11, "current", "DATE", "PRESENT_REF"))
    True
    """
    if timex.text.lower() in _TIME_ADJECTIVES:
        return True  # "the recent downturn", "the current government": the thing, not the event
    if _PERIOD_ADJECTIVE.search(timex.text) is None:
        return False
    return _NOUN_AFTER.match(sentence.text, timex.end - sentence.start) is not None


#: Words before the main verb that put an undated news event before the news: past perfect,
#: "previously", "has twice before sued".
_ANTERIOR = re.compile(
    r"\b(?:had|previously|formerly|once|earlier|(?:has|have)\s+(?:\w+\s+)?before)\b",
    re.IGNORECASE,
)


def before_the_news(text: str, verb_end: int) -> bool:
    """Whether the words up to the main verb's end put an undated news event before the
    publication day, on no known day.

    >>> before_the_news("Jobs had previously dismissed the reports.", 25)
    True
    >>> before_the_news("Jobs dismissed the reports.", 14)
    False
    """
    return _ANTERIOR.search(text, 0, verb_end) is not None


#: A year written out: the expression's day does not depend on the publication day.
_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")
_MONTH_NAMED = re.compile(r"(?i)\b(?:" + "|".join(VOCABULARY.months) + r")\b")
#: Words that count from a day the text told of, not from the day it was written: "that
#: winter", "the following spring", "two years later", "the same year".
_ANAPHORIC = re.compile(
    r"(?i)^(?:that|those|then|the\s+(?:following|next|previous|same))\b"
    r"|\b(?:later|earlier|afterwards|after|before)$"
)


def counts_from_the_news_day(
    sentence: Sentence, timex: Timex, others: Sequence[Timex] = ()
) -> bool:
    """In news without its publication date, whether an expression counts from the day the
    story was written ("next year", "the end of the summer", "in May"): a sentence that
    writes no year, and words that point back to no day the text told of, in it or in the
    sentence's `others` ("that winter", "the following spring", "two years later, ... for a
    whole season" count from the text's own dates).

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "The trust will fit collars by the end of the summer."
    >>> summer = Timex(30, 51, "the end of the summer", "DATE", "2012-SU")
    >>> counts_from_the_news_day(Sentence(0, len(text), text, 0), summer)
    True
    >>> text = "That winter, snow killed a third of the herd."
    >>> winter = Timex(0, 11, "That winter", "DATE", "1994-WI")
    >>> counts_from_the_news_day(Sentence(0, len(text), text, 0), winter)
    False
    """
    if _YEAR_WRITTEN.search(sentence.text):
        return False
    if any(_ANAPHORIC.search(t.text.strip()) for t in (timex, *others)):
        return False
    if timex.granularity in _INHERITABLE and not _MONTH_NAMED.search(timex.text):
        return False  # a weekday or a time resolved by the caller: its day is its own
    return timex.value[:4].isdigit()


def on_an_unknown_day(timex: Timex) -> Timex:
    """`timex` with its day unknown, as it reads without the publication date ("2013-05" ->
    "XXXX-05", no day)."""
    value = "XXXX" + timex.value[4:] if timex.value[:4].isdigit() else timex.value
    return replace(timex, value=value, date_start=None, date_end=None)
