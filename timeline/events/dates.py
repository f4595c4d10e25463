"""Which expressions date an event sentence: the news day, the most precise date, and the dates a
later sentence may inherit (dates that date no event of their sentence, such as "the 1991
agreement", are `date_roles`).

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

from timeline.events.done_this_year import done_in_the_period, planned_in_the_period
from timeline.kinds import Granularity, PublishedSource, TimexType
from timeline.temporal.calendar import PART_MODS
from timeline.temporal.genre import is_narrative
from timeline.temporal.vocabulary import VOCABULARY

if TYPE_CHECKING:
    from timeline.documents import Document
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate
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


def several_dates(timexes: Sequence[Timex]) -> bool:
    """Whether `timexes` hold two or more dates: a sentence that names no one is read clause
    by clause then (`build._sentence_events`), so the tagger reads it whole.

    >>> from timeline.temporal import Timex
    >>> may = Timex(0, 3, "May", "DATE", "2020-05", granularity="month",
    ...             date_start=date(2020, 5, 1), date_end=date(2020, 5, 31))
    >>> june = Timex(8, 12, "June", "DATE", "2020-06", granularity="month",
    ...              date_start=date(2020, 6, 1), date_end=date(2020, 6, 30))
    >>> several_dates([may]), several_dates([may, june])
    (False, True)
    """
    return len(dated_expressions(timexes)) >= 2


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
            and not (
                sentence is not None
                and (done_in_the_period(sentence, timex) or planned_in_the_period(sentence, timex))
            )
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


#: "Since" as an adverb: what was done between a day told of and the news, on no known day
#: ("has since fitted cameras", "had since been repaid", "since then", "ever since.").
_DONE_SINCE = re.compile(
    r"\b(?:[Hh]as|[Hh]ave|[Hh]ad|'s|'ve|'d)\s+(?:(?:not|also|only|already|long)\s+)?since\s+"
    r"(?!(?:the|a|an|this|that|its|his|her|their|our|last|early|late|mid|about|around|then)\b)"
    r"[a-z]+\b|\b[Ss]ince\s+then\b|\bever\s+since\s*[.,;]"
)


def done_since(text: str, end: int | None = None) -> bool:
    """Whether an undated sentence tells, before `end` (the whole of it by default), what was
    done since a day before the news, not on it ("The council has since closed the pool").

    >>> done_since("The council has since closed the pool.")
    True
    >>> done_since("Output has risen 4% since then, the ministry said.")
    True
    >>> done_since("The pool has been closed since the flood.")
    False
    >>> done_since("She has lived there since 1998.")
    False
    """
    return _DONE_SINCE.search(text, 0, len(text) if end is None else end) is not None


#: Words that make a present perfect a state lasting up to the news ("has been closed since
#: the theft", "has worked there for 25 years", "have ever been found", "has so far paid"),
#: not an event just reported ("has opened an inquiry"), which happened on the story's day.
_LASTING = re.compile(
    r"(?i)\b(?:ever|never|so\s+far|until\s+now|to\s+date|(?P<since>since)"
    r"|for\s+(?:[\w,.-]+\s+){0,3}?(?:"
    + "|".join(sorted(VOCABULARY.unit_words(counted=True), key=len, reverse=True))
    + r"))\b"
)
#: "first", "lowest": before "since" they measure a thing ("its first loss since 1992").
_RANKED = re.compile(r"(?i)\b(?:first|\w{2,}est)\b[^,;:]*$")


def a_state_on_the_news_day(text: str, main: Predicate) -> bool:
    """Whether an undated sentence whose main verb is `main` tells how things stand on the
    day of the news: in the present ("claims", "has a steel frame"), or in a present perfect
    of a state lasting up to the news, not of an event just reported (on the story's day).

    >>> from timeline.syntax import Predicate
    >>> def perfect(text: str) -> bool:
    ...     return a_state_on_the_news_day(text, Predicate(0, 1, "x", tense="perfect"))
    >>> perfect("The museum has been closed since the theft.")
    True
    >>> perfect("Ada Morrow has worked at the depot for 25 years.")
    True
    >>> perfect("The regulator has opened an inquiry.")
    False
    >>> perfect("Harlow Mills has posted its first loss since 1998.")
    False
    """
    if main.tense != "perfect":
        return main.tense == "present"
    for match in _LASTING.finditer(text):
        if match.group("since") is None or not _RANKED.search(text, 0, match.start()):
            return True
    return False


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
