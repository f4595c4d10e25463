"""Events: who did what, when, from a document's sentences, temporal expressions and actors.

An event is a sentence (or a clause of one) anchored to a date:
- `explicit`: a temporal expression of its own resolves to a date or period;
- `published`: its own expression means the publication date ("now", "today's statement");
- `inherited`: it has no date of its own and takes the anchor of the preceding dated
  sentence in its paragraph ("The pair also renewed the agreement" after "on Monday");
- `vague`: only a vague reference ("recently") or a duration: the row keeps no day.

    >>> events = build_events(doc, sentences, timexes, mentions)  # doctest: +SKIP
    >>> events[0].anchor, events[0].date_start
    ('explicit', datetime.date(2023, 10, 23))
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only types: events need no model and no parser to be built or read
    from timeline.actors import ActorMention
    from timeline.documents import Document
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

ANCHORS = ("explicit", "published", "inherited", "vague")
_GRANULARITY_RANK = {
    "time": 0,
    "day": 1,
    "week": 2,
    "month": 3,
    "season": 4,
    "quarter": 4,
    "half": 5,
    "year": 6,
    "decade": 7,
    "century": 8,
}
_PRESENT_VALUES = frozenset({"PRESENT_REF"})
# Boilerplate sentences are never events, whatever dates they carry.
_BOILERPLATE_PREFIXES = ("copyright", "©", "(c) ", "all rights reserved")


@dataclass(frozen=True, slots=True)
class Event:
    """One row of the event table, with its evidence (offsets into the document text)."""

    event_id: str
    doc_id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    paragraph: int
    anchor: str
    date_start: date | None
    date_end: date | None
    granularity: str | None
    date_text: str
    date_value: str
    date_text_start: int | None
    date_text_end: int | None
    actors: tuple[str, ...] = field(default_factory=tuple)
    actor_types: tuple[str, ...] = field(default_factory=tuple)
    action: str | None = None

    def __post_init__(self) -> None:
        if self.anchor not in ANCHORS:
            raise ValueError(f"anchor {self.anchor!r} is not one of {ANCHORS}")
        if (
            self.date_start is not None
            and self.date_end is not None
            and self.date_start > self.date_end
        ):
            raise ValueError(f"date_start {self.date_start} is after date_end {self.date_end}")
        if len(self.actors) != len(self.actor_types):
            raise ValueError("actors and actor_types must have the same length")


def event_id(doc_id: str, sentence_start: int, sentence_end: int, date_offset: int | None) -> str:
    """A stable id: the same document and offsets give the same id in every run.

    >>> event_id("blinken", 0, 10, 3)
    'ev-...'  # doctest: +SKIP
    """
    key = f"{doc_id}\x1f{sentence_start}\x1f{sentence_end}\x1f{date_offset}"
    return "ev-" + hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest()


def is_boilerplate(sentence: str) -> bool:
    """Copyright lines and the like are never events.

    >>> is_boilerplate("Copyright 2023,")
    True
    """
    return sentence.strip().lower().startswith(_BOILERPLATE_PREFIXES)


def _actors_in(
    mentions: Sequence[ActorMention], start: int, end: int
) -> tuple[list[str], list[str]]:
    """Canonical names (and types) of the mentions inside [start, end), first mention first."""
    first = bisect_left(mentions, start, key=lambda mention: mention.start)
    names: list[str] = []
    types: list[str] = []
    for mention in mentions[first:]:
        if mention.start >= end:
            break
        if mention.end <= end and mention.name not in names:
            names.append(mention.name)
            types.append(mention.type)
    return names, types


def _anchoring(timexes: Sequence[Timex]) -> Timex | None:
    """The expression that dates a sentence: the most precise one that resolves to a period."""
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and t.date_start is not None]
    if not dated:
        return None
    return min(dated, key=lambda t: (_GRANULARITY_RANK.get(t.granularity or "", 9), t.start))


def build_events(
    doc: Document,
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    mentions: Sequence[ActorMention],
) -> list[Event]:
    """The events of one document, in text order.

    `timexes` and `mentions` are sorted by start offset, as `timeline.temporal.tag` and
    `timeline.actors.find_actors` return them.
    """
    events: list[Event] = []
    previous: tuple[int, Timex, str] | None = None  # (paragraph, anchoring timex, anchor kind)
    index = 0
    for sentence in sentences:
        own: list[Timex] = []
        while index < len(timexes) and timexes[index].start < sentence.end:
            if timexes[index].start >= sentence.start:
                own.append(timexes[index])
            index += 1
        if is_boilerplate(sentence.text):
            continue
        names, types = _actors_in(mentions, sentence.start, sentence.end)
        anchor_timex = _anchoring(own)
        if anchor_timex is not None:
            kind = "published" if anchor_timex.value in _PRESENT_VALUES else "explicit"
            previous = (sentence.paragraph, anchor_timex, kind)
            events.append(_event(doc, sentence, anchor_timex, kind, names, types))
        elif own:
            vague = own[0]
            events.append(_event(doc, sentence, vague, "vague", names, types, dated=False))
        elif previous is not None and previous[0] == sentence.paragraph and names:
            events.append(_event(doc, sentence, previous[1], "inherited", names, types))
    return events


def _event(
    doc: Document,
    sentence: Sentence,
    timex: Timex,
    anchor: str,
    names: Sequence[str],
    types: Sequence[str],
    *,
    dated: bool = True,
) -> Event:
    return Event(
        event_id=event_id(doc.id, sentence.start, sentence.end, timex.start),
        doc_id=doc.id,
        sentence=sentence.text,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        paragraph=sentence.paragraph,
        anchor=anchor,
        date_start=timex.date_start if dated else None,
        date_end=timex.date_end if dated else None,
        granularity=timex.granularity if dated else None,
        date_text=timex.text,
        date_value=timex.value,
        date_text_start=timex.start,
        date_text_end=timex.end,
        actors=tuple(names),
        actor_types=tuple(types),
    )
