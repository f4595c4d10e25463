"""Which sentences are events: dated, vague, inheriting a date, or (in news) reported, and
which are not (the headline, boilerplate; a description of how things are is
`standing_states`').

    >>> is_boilerplate("© 2023 Reuters"), is_boilerplate("The copyright case was filed.")
    (True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from timeline.events.ages import ages_a_thing
from timeline.events.asides import in_appositive, in_aside
from timeline.events.calendar_statements import states_a_calendar
from timeline.events.clock import on_the_day_ahead, on_the_story_day
from timeline.events.date_roles import (
    bounds_a_period,
    compared_with,
    describes_noun,
    foreseen_for,
    holiday_names_a_kind,
    modifies_noun,
    until_then,
)
from timeline.events.dates import (
    anchoring,
    inheritable,
    may_inherit,
    news_date,
    news_dates,
    undated_news,
)
from timeline.events.figures import figure_of_month, figures_to_come
from timeline.events.headlines import headline_number, standfirst_number
from timeline.events.judged_seasons import judged_season
from timeline.events.leads import Lead, lead_said_on, names_a_day, scene_told_before
from timeline.events.named_periods import periods_named
from timeline.events.offsets import counted_from_event
from timeline.events.quotations import vague_in_quotation
from timeline.events.season_kinds import season_names_a_kind
from timeline.events.statement_days import (
    dates_a_statement,
    heading_day,
    names_gathering,
    quoted_today_of_the_story,
    said_at_that_time,
    said_on_its_day,
)
from timeline.events.written_days import holiday_beside_written_day
from timeline.events.year_labels import names_a_thing
from timeline.kinds import Granularity
from timeline.temporal.live_page import entry_at, entry_day_at

if TYPE_CHECKING:
    from timeline.documents import Document
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

# Boilerplate sentences are never events, whatever dates they carry. Kept here, not in a word
# list of `timeline/data/`: the trailing space of "(c) " matters, and the reader strips lines.
_BOILERPLATE_PREFIXES = ("copyright", "©", "(c) ", "all rights reserved")


@dataclass(frozen=True, slots=True)
class EventSentence:
    """A sentence that gives at least one event, before its clauses are known: what
    `event_sentences` returns and `build_events` turns into rows.

    Exactly one of these holds: it has `expressions` of its own (dated or vague); it
    `inherited` the date of a sentence before it; or it is undated news reported
    `on_published` (the publication day).

    >>> from timeline.sentences import Sentence
    >>> EventSentence(Sentence(0, 11, "Jobs spoke.", 0), on_published=True).expressions
    ()
    """

    sentence: Sentence
    #: its own temporal expressions, durations and sets left out; "now" and "this year" in
    #: news already dated to the publication day
    expressions: tuple[Timex, ...] = ()
    #: the date it takes when it has none of its own
    inherited: Timex | None = None
    #: the date a clause without one of its own would take (the day the story is telling)
    reachable: Timex | None = None
    #: undated news: the event is reported on the publication day
    on_published: bool = False
    #: starts of the expressions that mean "the news day" ("now", "this year's")
    published_dates: frozenset[int] = frozenset()
    #: in a live page's entry, the entry's day, when not the publication day: the day its
    #: undated news and its statements are reported on
    news_day: date | None = None
    #: the day it takes (`inherited` or `reachable`) is one its undated statement was made on:
    #: the story told of a gathering on it (a meeting, a ceremony) or the sentence names one,
    #: or the day heads the section the sentence stands in ("TUESDAY")
    said_on_its_day: bool = False
    #: where the sentence the day it takes was told in starts: its speaker, when one of that
    #: sentence's actors, goes on on that day
    day_told_at: int | None = None
    #: its statement was made at the time the sentence before told of ("He said then that"):
    #: it takes that date, whatever its precision and however long before the news
    said_then: bool = False
    #: undated news after a lead that told of a day shortly before the news (`Lead.story_day`):
    #: the day it goes on on, rather than the publication day
    story_day: Timex | None = None
    #: undated news right after a sentence of its paragraph that told of a background day
    #: (`scene_told_before`): the scene that sentence set, which a past clause goes on in
    scene: Timex | None = None
    #: the story's lead, its first sentence of prose (`leads.Lead`): its statement is the
    #: news of the day, even in the present perfect ("The head of the agency has told ...")
    lead: bool = False

    def __post_init__(self) -> None:
        dated_by = [bool(self.expressions), self.inherited is not None, self.on_published]
        if dated_by.count(True) != 1:
            raise ValueError(
                "an event sentence has expressions of its own, an inherited date, or is "
                f"reported on the news day: exactly one of them, not {dated_by.count(True)}"
            )


def _told_then(
    sentence: Sentence, told: tuple[int, Timex] | None, number: int, published: date | None
) -> tuple[int, Timex] | None:
    """The date of the sentence right before sentence `number` (`told`), when this one, with
    no date of its own, tells a statement made then ("... returned to the stage in 1996.
    'I was terrified,' she told a reporter at the time": 1996), and that date is not after
    the news (`statement_days.said_at_that_time`)."""
    if told is None or told[0] != number - 1 or not said_at_that_time(sentence.text):
        return None
    end = told[1].date_end
    if end is None or (published is not None and end > published):
        return None
    return told


def is_boilerplate(sentence: str) -> bool:
    """Copyright lines and the like are never events; a sentence about copyright, its word
    before one in small letters, is ("Copyright lawyers said ...").

    >>> is_boilerplate("Copyright 2023,"), is_boilerplate("Copyright lawyers said on Monday.")
    (True, False)
    """
    sentence = sentence.strip()
    return sentence.lower().startswith(_BOILERPLATE_PREFIXES) and not re.match(
        r"(?i:copyright)\s+[a-z]", sentence
    )


def event_sentences(
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    *,
    published: date | None = None,
    title: str = "",
    undated_news: bool = False,
    entries: Sequence[tuple[int, date]] = (),
) -> list[EventSentence]:
    """The sentences that give events: dated, vague, inheriting a date, or (in news) reported.

    An undated sentence inherits the anchor of the preceding sentence dated to the day or week
    in its paragraph; where the article writes one sentence a paragraph (as web news does), of
    such a sentence up to `INHERIT_WINDOW` sentences back. Coarser dates (a year, a decade)
    date their own sentence only: background history does not spread. A sentence with only a
    vague expression ("recently") ends the inheritance. Durations and sets ("six weeks",
    "weekly") never date an event.

    In news (`published` given): an undated sentence that inherits nothing reports what
    happened by the publication day (anchor `published`), and so does one whose only date is
    "now" or a coarse period around the publication ("this year's conference"); only dates
    of the month before publication are inherited (background history and announced
    deadlines date their own sentence only). A day told after the lead from before the lead's
    day is background (see `leads.Lead`): no undated sentence inherits it; but an undated lead
    takes the day a statement right after it names ("... announced the cuts on Wednesday":
    `leads.lead_said_on`). Undated news after a lead of a day just before the news carries
    that day (`EventSentence.story_day`, `leads.Lead.story_day`): what happened then goes on on
    the story's day, not the publication day (`undated_rows.news_day_rows`).

    News without its publication date (`undated_news`): an undated sentence that inherits
    nothing is still reported, on the news day, which is not known: no day.

    A live page's `entries` (`live_entries.entry_days`): an undated sentence of an entry is
    reported on the entry's day (`EventSentence.news_day`), not the day the page was posted,
    and inherits no date from another entry.

    The headline (`title`, when the text opens with it) is not an event, nor is a second
    headline under it (`headlines`). A year that only describes a thing ("replaces the 1991
    agreement", "known as Vision 2030") dates nothing: see `modifies_noun`.

    >>> from timeline.sentences import split_sentences
    >>> text = "Blinken spoke. Austin left."
    >>> [(c.sentence.text, c.on_published) for c in event_sentences(
    ...     split_sentences(text), [], published=date(2023, 10, 23))]
    [('Blinken spoke.', True), ('Austin left.', True)]
    """
    candidates: list[EventSentence] = []
    headline = headline_number(sentences, title)
    standfirst = standfirst_number(sentences, headline)
    anchor: tuple[int, Timex] | None = None  # the sentence number and date to inherit
    periods: dict[str, Timex] = {}  # the reporting periods named last, by unit
    fiscal: Timex | None = None  # the company's own year, where the article says it ends
    lead = Lead()
    background = False  # the anchor is a day before the lead's, told after it
    said_on = False  # the anchor is the day of a statement ("confirmed on Sunday that")
    ahead: Timex | None = None  # a day after the news the sentence before told of
    told_last: tuple[int, Timex] | None = None  # the sentence before and its date, when dated
    # the days the story told of a gathering on (`gatherings`) or headed a section with
    gathered: set[date] = set()
    for number, sentence, written in _with_expressions(sentences, timexes):
        if number in (headline, standfirst) or is_boilerplate(sentence.text):
            continue
        found = written
        if written and anchor is not None and anchor[1].granularity == "day":
            found = counted_from_event(sentence, written, anchor[1].date_start)
        expressions, fiscal = periods_named(sentence, found, periods, fiscal, published)
        near = (
            anchor is not None
            and (published is not None or may_inherit(sentences, anchor[0], number))
            # a live entry does not go on with the one before it
            and entry_at(entries, sentences[anchor[0]].start) == entry_at(entries, sentence.start)
        )
        reachable = anchor[1] if anchor is not None and near else None
        reachable_at = sentences[anchor[0]].start if anchor is not None and near else None
        story = None if background else reachable
        expressions = [on_the_story_day(sentence, t, story, published) for t in expressions]
        expressions = [on_the_day_ahead(sentence, t, ahead, published) for t in expressions]
        story_day = lead.day if background else _day_of(story)
        expressions = quoted_today_of_the_story(sentence, expressions, story_day, published)
        own, on_publication = _sentence_dates(sentence, expressions, published)
        ahead = _day_ahead(sentence, own, published)
        dating = anchoring(own)
        then = _told_then(sentence, told_last, number, published)
        told_last = (
            (number, dating) if dating is not None and not in_aside(sentence, dating) else None
        )
        if dating is not None:
            # "now" and "this year" say how things stand on the news day, not when the story's
            # events happened: the day the article was narrating stays the one to inherit.
            lead.read(
                number, sentence, dating.date_start if names_a_day(dating) else None, own, dating
            )
            own_day = dating.start not in on_publication and not in_aside(sentence, dating)
            if (
                names_a_day(dating)
                and dating.date_start is not None
                and (names_gathering(sentence.text) or heading_day(sentence, dating))
            ):
                gathered.add(dating.date_start)
            if own_day and inheritable(dating, published):
                anchor = (number, dating)
                background = lead.told_before(number, own)
                said_on = dates_a_statement(sentence, dating)
            elif own_day and background:
                anchor = None
            # a background day reaches the undated clauses of a dated sentence no more than
            # an undated sentence, but for the statements after one told on it
            spoken = reachable if not background or said_on else None
            if then is not None:  # "He said then that it would ... in 2018"
                spoken, reachable_at = then[1], sentences[then[0]].start
            candidates.append(
                EventSentence(
                    sentence,
                    tuple(own),
                    reachable=spoken,
                    day_told_at=None if spoken is None else reachable_at,
                    published_dates=on_publication,
                    said_on_its_day=said_on_its_day(sentence, spoken, gathered),
                    said_then=then is not None,
                )
            )
        elif own:
            anchor = None
            candidates.append(EventSentence(sentence, tuple(own)))
        elif then is not None:
            lead.read(number, sentence, then[1].date_start)
            at = sentences[then[0]].start
            candidates.append(
                EventSentence(sentence, inherited=then[1], said_then=True, day_told_at=at)
            )
        elif anchor is not None and near and not background:
            lead.read(number, sentence, anchor[1].date_start, dated_by=anchor[1])
            at_gathering = said_on_its_day(sentence, anchor[1], gathered)
            if at_gathering and anchor[1].date_start is not None:
                gathered.add(anchor[1].date_start)
            candidates.append(
                EventSentence(
                    sentence,
                    inherited=anchor[1],
                    said_on_its_day=at_gathering,
                    day_told_at=sentences[anchor[0]].start,
                )
            )
        elif published is not None or undated_news:
            lead.read(number, sentence, published)
            # a statement told on a background day ("Austin confirmed on Sunday that ...")
            # goes on in the statements after it ("Austin said ...")
            spoken = anchor[1] if anchor is not None and background and said_on else None
            story = lead.story_day(number, published) if spoken is None else None
            scene = (
                scene_told_before(sentences, anchor, number, published)
                if background and near
                else None
            )
            candidates.append(
                EventSentence(
                    sentence, on_published=True, reachable=spoken, story_day=story, scene=scene
                )
            )
    told = [
        n
        for n, c in enumerate(candidates)
        if lead.number is not None and c.sentence is sentences[lead.number]
    ]
    said = lead_said_on(candidates, told[0] if told else None, published)
    if told:
        said[told[0]] = replace(said[told[0]], lead=True)
    return [_on_entry_day(c, entries, published) for c in said] if entries else said


def _day_of(timex: Timex | None) -> date | None:
    """The day `timex` names, when it names one day."""
    if timex is None or timex.date_start is None or timex.date_start != timex.date_end:
        return None
    return timex.date_start


def _on_entry_day(
    candidate: EventSentence, entries: Sequence[tuple[int, date]], published: date | None
) -> EventSentence:
    """`candidate` with the day of the live entry it stands in as its news day, when that is
    not the publication day: what the entry reports, it reports on its own day."""
    day = entry_day_at(entries, candidate.sentence.start)
    return replace(candidate, news_day=day) if day != published else candidate


def _day_ahead(sentence: Sentence, own: Sequence[Timex], published: date | None) -> Timex | None:
    """The last day after the news a sentence tells of ("will reopen on Monday 1 February"), for
    the clocks of the sentence after it (`clock.on_the_day_ahead`); not a day that describes a
    thing ("Friday's departures"), nor a day something is due by ("the ash is expected to reach
    the coast by Sunday morning": the news conference "at 4 p.m." after it is today's)."""
    if published is None:
        return None
    days = [
        t
        for t in own
        if t.granularity == Granularity.DAY
        and not _POSSESSIVE_AFTER.match(sentence.text, t.end - sentence.start)
        and not _BOUND_BEFORE.search(sentence.text, 0, t.start - sentence.start)
        and t.date_start is not None
        and t.date_start == t.date_end
        and t.date_start > published
    ]
    return max(days, key=lambda t: t.start) if days else None


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
#: Right before a day, words that make it a bound, not the day of a plan: "by Sunday".
_BOUND_BEFORE = re.compile(r"(?i)\b(?:by|until|till|before)\s+(?:the\s+)?$")


def document_event_sentences(
    doc: Document,
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    entries: Sequence[tuple[int, date]] = (),
) -> list[EventSentence]:
    """`event_sentences` of a document: its publication date, headline, kind of news and a
    live page's entries."""
    return event_sentences(
        sentences,
        timexes,
        published=news_date(doc),
        title=doc.title,
        undated_news=undated_news(doc),
        entries=entries,
    )


def _with_expressions(
    sentences: Sequence[Sentence], timexes: Sequence[Timex]
) -> Iterator[tuple[int, Sentence, list[Timex]]]:
    """Each sentence with its number and the expressions that start inside it (both sorted)."""
    index = 0
    for number, sentence in enumerate(sentences):
        own: list[Timex] = []
        while index < len(timexes) and timexes[index].start < sentence.end:
            if timexes[index].start >= sentence.start:
                own.append(timexes[index])
            index += 1
        yield number, sentence, own


def _sentence_dates(
    sentence: Sentence, found: Sequence[Timex], published: date | None
) -> tuple[list[Timex], frozenset[int]]:
    """The expressions that date a sentence or leave it vague (see `dates.news_dates`), and
    the starts of those that mean the news day."""
    own = [
        t
        for t in found
        if not modifies_noun(sentence, t)
        and not names_a_thing(sentence, t)
        and not describes_noun(sentence, t)
        and not ages_a_thing(sentence, t)
        and not compared_with(sentence, t)
        and not in_appositive(sentence, t)
        and not bounds_a_period(sentence, t)
        and not foreseen_for(sentence, t)
        and not (published is not None and until_then(sentence, t))
        and not vague_in_quotation(sentence, t, published)
        and not figure_of_month(sentence, t, found)
        and not figures_to_come(sentence, t, found)
        and not judged_season(sentence, t)
        and not season_names_a_kind(sentence, t)
        and not holiday_names_a_kind(sentence, t, found)
        and not holiday_beside_written_day(sentence, t, found)
        and not states_a_calendar(sentence, t, found)
    ]
    return news_dates(own, published, sentence)
