"""Events: who did what, when, from a document's sentences, temporal expressions and actors.

An event is a sentence (or a clause of one) anchored to a date:
- `explicit`: a temporal expression of its own resolves to a date or period;
- `published`: its own expression means the publication date ("now", "today's statement");
- `inherited`: it has no date of its own and takes the anchor of the preceding dated
  sentence in its paragraph ("The pair also renewed the agreement" after "on Monday");
- `vague`: only a vague reference ("recently") or a duration: the row keeps no day.

    >>> from datetime import date
    >>> from timeline.actors import ActorMention
    >>> from timeline.documents import Document
    >>> from timeline.sentences import split_sentences
    >>> from timeline.temporal import Timex
    >>> text = "Blinken spoke on Monday."
    >>> monday = Timex(17, 23, "Monday", "DATE", "2023-10-23", granularity="day",
    ...                date_start=date(2023, 10, 23), date_end=date(2023, 10, 23))
    >>> blinken = ActorMention(0, 7, "Blinken", "Antony Blinken", "person")
    >>> events = build_events(Document("a", text), split_sentences(text), [monday], [blinken])
    >>> events[0].anchor, events[0].date_start
    ('explicit', datetime.date(2023, 10, 23))

The stage, one module a part (this file only wires them):
- `event`: the `Event` value, its id, its validation;
- `selection`: which sentences are events (`event_sentences`, `EventSentence`);
- `dates`: the news day, the date that anchors a sentence, what later sentences inherit;
- `clauses`: which date and which actors go with which clause;
- `anaphora`: "he", "the pair" taking earlier persons;
- `reports`: statements and what they report, quotations;
- `build`: one document's events from all of the above (`build_events`);
- `merge`: one name and one type per actor across articles (`merge_names`).
"""

from __future__ import annotations

from timeline.events.anaphora import ANAPHORA_WINDOW, has_anaphor
from timeline.events.build import Analyse, build_events
from timeline.events.date_roles import modifies_noun
from timeline.events.dates import INHERIT_WINDOW, NEWS_INHERIT_DAYS, news_date
from timeline.events.event import ANCHORS, Event, event_id
from timeline.events.merge import merge_names
from timeline.events.selection import EventSentence, event_sentences, is_boilerplate

__all__ = [
    "ANAPHORA_WINDOW",
    "ANCHORS",
    "INHERIT_WINDOW",
    "NEWS_INHERIT_DAYS",
    "Analyse",
    "Event",
    "EventSentence",
    "build_events",
    "event_id",
    "event_sentences",
    "has_anaphor",
    "is_boilerplate",
    "merge_names",
    "modifies_noun",
    "news_date",
]
