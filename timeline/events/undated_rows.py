"""The rows of an event sentence with no date of its own: the date it inherits from the
sentence before, the publication day, or no day for a vague one ("recently"). `build` decides
which of the three a sentence is; these say what row each gives (their examples are in
`tests/events/`, through `build.build_events`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline.events.asserted import unasserted
from timeline.events.dates import (
    a_state_on_the_news_day,
    before_the_news,
    done_since,
    news_date,
)
from timeline.events.event import Event, dated_event, news_day_event
from timeline.events.reports import said_in_the_week, speaking
from timeline.events.statement_days import said_at_the_gathering
from timeline.kinds import Anchor
from timeline.syntax import reporting_verbs
from timeline.temporal.habits import habit_cue_before

if TYPE_CHECKING:
    from timeline.documents import Document
    from timeline.events.selection import EventSentence
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate
    from timeline.temporal import Timex


def inheriting_rows(
    doc: Document,
    candidate: EventSentence,
    inherited: Timex,
    verbs: Sequence[Predicate],
    names: list[str],
    types: list[str],
) -> list[Event]:
    """A sentence with no date of its own takes the day before it, unless it names no one or
    asserts nothing that happened (`asserted.unasserted`: what is to come, may be, or was not);
    a statement made then (`candidate.said_then`) takes the date told before it, whatever it is."""
    sentence = candidate.sentence
    if not names or unasserted(sentence.text, verbs):
        return []  # an undated sentence about no one adds nothing to a timeline of actors
    undated = on_no_day(doc, sentence, verbs, names, types)
    if undated is not None:
        return [undated]
    return [_inherited_row(doc, candidate, inherited, verbs, names, types)]


def _inherited_row(
    doc: Document,
    candidate: EventSentence,
    inherited: Timex,
    verbs: Sequence[Predicate],
    names: list[str],
    types: list[str],
) -> Event:
    """The row of `inheriting_rows` once its sentence is known to name someone, to assert
    what happened and to tell of some day (`on_no_day` gave nothing): its checks are not
    run again for a sentence `news_day_rows` has checked already."""
    sentence, news_day = candidate.sentence, candidate.news_day
    main = verbs[0].lemma if verbs else None
    if candidate.said_then:  # "He said then that ...": made at the time told before
        return dated_event(doc, sentence, inherited, Anchor.INHERITED, names, types, main)
    if news_date(doc) is not None and verbs and a_state_on_the_news_day(sentence.text, verbs[0]):
        # "Apple Corps claims that ...", "iPhone 4 has a steel frame", "has been closed since
        # the theft": how things stand on the day of the news, not on the day before it.
        return news_day_event(doc, sentence, names, types, main, day=news_day)
    verb = speaking(sentence, verbs[0]) if verbs else None
    if not said_in_the_week(doc, inherited, verb, said_on_its_day=candidate.said_on_its_day):
        return news_day_event(doc, sentence, names, types, main, day=news_day)
    return dated_event(doc, sentence, inherited, Anchor.INHERITED, names, types, main)


def news_day_rows(
    doc: Document,
    candidate: EventSentence,
    verbs: Sequence[Predicate],
    names: list[str],
    types: list[str],
) -> list[Event]:
    """Undated news that inherits nothing: reported on the publication day, unless the words
    before its verb put it earlier ("He had previously suggested ..."), on no known day; a
    statement after one told on a day before the story's ("Austin confirmed on Sunday that
    ... Austin said ...") goes on on that day (`candidate.reachable`).

    >>> from datetime import date
    >>> from timeline.documents import Document
    >>> from timeline.events.selection import EventSentence
    >>> from timeline.sentences import Sentence
    >>> text = "Lena Moss resigned. Lena Moss had previously warned the board."
    >>> doc = Document("a", text, published=date(2024, 3, 8), published_source="user")
    >>> def row(start, end):
    ...     sentence = EventSentence(Sentence(start, end, text[start:end], 0), on_published=True)
    ...     (event,) = news_day_rows(doc, sentence, [], ["Lena Moss"], ["person"])
    ...     return event.anchor, event.date_start
    >>> row(0, 19)  # news of the day
    ('published', datetime.date(2024, 3, 8))
    >>> row(20, 62)  # "had previously": before the news, on no known day
    ('vague', None)
    >>> news_day_rows(doc, EventSentence(Sentence(0, 19, text[:19], 0), on_published=True),
    ...               [], [], [])  # names no one: no row
    []
    """
    sentence = candidate.sentence
    if not names or unasserted(sentence.text, verbs):
        return []
    main = verbs[0].lemma if verbs else None
    undated = on_no_day(doc, sentence, verbs, names, types)
    if undated is not None:
        return [undated]
    spoken = candidate.reachable
    if spoken is not None and any(
        v.lemma in reporting_verbs() and v.tense == "past" for v in verbs
    ):
        return [dated_event(doc, sentence, spoken, Anchor.INHERITED, names, types, main)]
    verb_end = verbs[0].end if verbs else len(sentence.text)
    anterior = before_the_news(sentence.text, verb_end)
    if candidate.story_day is not None and not anterior and _told_in_the_past(verbs):
        # after a lead that told of yesterday, what happened then, not how things stand by
        # the news ("has offered a reward") nor what someone said to the reporter: on the
        # story's day, as if inherited from it
        return [_inherited_row(doc, candidate, candidate.story_day, verbs, names, types)]
    if candidate.story_day is not None and said_at_the_gathering(sentence.text):
        # "The coach said after the match that ...", "told the meeting that": said at the
        # story's event, on its day, not to the reporter on the news day
        at_the_event = replace(candidate, said_on_its_day=True)
        return [_inherited_row(doc, at_the_event, candidate.story_day, verbs, names, types)]
    if candidate.scene is not None and not anterior and _told_in_the_past(verbs):
        # "On Tuesday evening, rescuers pulled a girl from the mud. She was taken to hospital.":
        # right after, in its paragraph, what happened goes on in the scene the sentence
        # before set, though its day is background to the story's (a statement is still
        # made to the reporter, on the news day)
        return [dated_event(doc, sentence, candidate.scene, Anchor.INHERITED, names, types, main)]
    return [
        news_day_event(
            doc, sentence, names, types, main, dated=not anterior, day=candidate.news_day
        )
    ]


#: Why a sentence that tells what was done since a day told of has no day.
SINCE_REASON = "no date in the sentence, and it tells what was done since a day before: no day"
#: Why a sentence that tells a habit has no day.
HABIT_REASON = "no date in the sentence, and it tells what is done as a rule: no day"


def on_no_day(
    doc: Document,
    sentence: Sentence,
    verbs: Sequence[Predicate],
    names: list[str],
    types: list[str],
) -> Event | None:
    """The row of an undated sentence that tells of no day, whatever day it would take from
    the sentence before or the news: what was done since a day told of (`dates.done_since`:
    "The carrier has since retrained its pilots") or a habit, a present main clause after a
    habit's cue ("The river usually freezes at Orm"); None for any other sentence.

    >>> from datetime import date
    >>> from timeline.documents import Document
    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> text = "Kell Air has since retrained its pilots."
    >>> doc = Document("a", text, published=date(2024, 3, 8), published_source="user")
    >>> verbs = [Predicate(18, 27, "retrain", tense="perfect")]
    >>> row = on_no_day(doc, Sentence(0, len(text), text, 0), verbs, ["Kell Air"], ["company"])
    >>> row.anchor, row.date_start, row.date_reason  # doctest: +ELLIPSIS
    ('vague', None, 'no date in the sentence, and it tells what was done since ...')
    >>> text = "The Orm ferry usually stops at Kell."
    >>> verbs = [Predicate(22, 27, "stop", tense="present")]
    >>> on_no_day(doc, Sentence(0, len(text), text, 0), verbs, ["Kell"], ["location"]).date_value
    'XXXX-XX-XX'
    >>> text = "The Orm ferry stopped at Kell."
    >>> verbs = [Predicate(14, 21, "stop", tense="past")]
    >>> on_no_day(doc, Sentence(0, len(text), text, 0), verbs, ["Kell"], ["location"]) is None
    True
    """
    main = verbs[0] if verbs else None
    reporting = main is not None and main.lemma in reporting_verbs()
    # what a statement reports leaves the saying on its day ("Varga said that since then the
    # company had hired 300 people"); "since" before it is the sentence's own
    if done_since(sentence.text, main.start if main is not None and reporting else None):
        reason, value = SINCE_REASON, "PAST_REF"
    elif (
        main is not None
        and main.tense == "present"
        and not reporting
        and habit_cue_before(sentence.text, main.end)
    ):
        reason, value = HABIT_REASON, "XXXX-XX-XX"
    else:
        return None
    row = news_day_event(doc, sentence, names, types, main.lemma if main else None, dated=False)
    return replace(row, date_value=value, date_reason=reason)


def _told_in_the_past(verbs: Sequence[Predicate]) -> bool:
    """Whether an undated sentence tells in the simple past what happened, its main clause in
    the past, no clause in the present perfect, none reporting a statement: "Striker Tomas
    Vey scored twice", "The judge refused bail, warning that the trial would be long", not
    "The guild has offered a reward", "Wheat is fetching $9 a bushel, the co-operative
    reported" or "The guild said the clocks were insured".

    >>> from timeline.syntax import Predicate
    >>> _told_in_the_past([Predicate(0, 6, "score", tense="past")])
    True
    >>> _told_in_the_past([Predicate(0, 4, "say", tense="past")])
    False
    >>> _told_in_the_past([Predicate(0, 7, "offer", tense="perfect")])
    False
    """
    return (
        bool(verbs)
        and verbs[0].tense == "past"
        and all(verb.tense != "perfect" and verb.lemma not in reporting_verbs() for verb in verbs)
    )


def vague_row(
    doc: Document,
    candidate: EventSentence,
    verbs: Sequence[Predicate],
    names: list[str],
    types: list[str],
) -> Event:
    """A sentence whose only expressions are vague ("recently"): no day, rather than a wrong
    one."""
    sentence = candidate.sentence
    main = verbs[0].lemma if verbs else None
    vague = candidate.expressions[0]
    verbs_before = [p for p in verbs if sentence.start + p.end <= vague.start]
    if news_date(doc) is not None and verbs_before and verbs_before[-1] is not verbs[0]:
        # "The update will be available for what Jobs called a nominal charge, as Apple
        # has done in the past": the vague past is a subordinate clause's; the main
        # clause is news of the day.
        anterior = before_the_news(sentence.text, verbs[0].end)
        return news_day_event(
            doc, sentence, names, types, main, dated=not anterior, day=candidate.news_day
        )
    return dated_event(doc, sentence, vague, Anchor.VAGUE, names, types, main, dated=False)
