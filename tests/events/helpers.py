"""Builders shared by the tests of `timeline.events`: expressions and mentions by hand, and
events found by the real components (the temporal engine, the NER model and the tagger)."""

from __future__ import annotations

from datetime import date

from timeline.actors import ActorMention
from timeline.documents import Document
from timeline.events import Event, build_events, event_id
from timeline.events.date_roles import compared_with
from timeline.sentences import Sentence, split_sentences
from timeline.temporal import Timex


def timex(
    text: str,
    full: str,
    value: str,
    day: date | None,
    granularity: str | None = "day",
    type_: str = "DATE",
) -> Timex:
    """The expression `text`, found at its first place in `full`."""
    start = full.index(text)
    return Timex(
        start=start,
        end=start + len(text),
        text=text,
        type=type_,
        value=value,
        granularity=granularity,
        date_start=day,
        date_end=day,
    )


def day_at(full: str, text: str, day: date) -> Timex:
    """The expression `text` of the one day `day`, found at its first place in `full`."""
    return timex(text, full, day.isoformat(), day)


def mention(
    name: str, full: str, surface: str | None = None, type_: str = "person"
) -> ActorMention:
    """A mention of `name`, written `surface` (or the name) at its first place in `full`."""
    surface = surface or name
    start = full.index(surface)
    return ActorMention(start=start, end=start + len(surface), text=surface, name=name, type=type_)


TEXT = (
    "Blinken met Sudani on Monday 23 October. The pair renewed a pact.\n\n"
    "Austin spoke recently. He left.\n\n"
    "Copyright 2023 Example News."
)
DOC = Document(id="doc", text=TEXT)


def example_events() -> list[Event]:
    """The events of `TEXT`, with its expressions and mentions given by hand."""
    timexes = [
        timex("Monday", TEXT, "2023-10-23", date(2023, 10, 23)),
        timex("recently", TEXT, "PAST_REF", None, None),
        timex("2023", TEXT, "2023", date(2023, 1, 1), "year"),
    ]
    mentions = [
        mention("Antony Blinken", TEXT, "Blinken"),
        mention("Mohammed Shia Al-Sudani", TEXT, "Sudani"),
        mention("Lloyd Austin", TEXT, "Austin"),
    ]
    return build_events(DOC, split_sentences(TEXT), timexes, mentions)


def news_events(text: str, published: date, title: str = "") -> list[Event]:
    """The events of a news article, found by the real components."""
    from timeline.actors import find_actors
    from timeline.syntax import load_tagger, predicates
    from timeline.temporal import tag

    doc = Document(id="n", text=text, title=title, published=published, published_source="metadata")
    tagger = load_tagger()
    return build_events(
        doc,
        split_sentences(text),
        tag(text, published),
        find_actors([text])[0],
        lambda texts: predicates(tagger, texts),
    )


def organisations_row(
    doc: str, *actors: str, day: date | None = None, roles: tuple[str, ...] = ()
) -> Event:
    """A bare row of document `doc` naming the organisations `actors`, on `day` (published)
    or undated (vague): for the steps across articles, which read only names and days."""
    return Event(
        event_id=event_id(doc, 0, 1, None),
        doc_id=doc,
        sentence="s",
        sentence_start=0,
        sentence_end=1,
        paragraph=0,
        anchor="vague" if day is None else "published",
        date_start=day,
        date_end=day,
        granularity=None if day is None else "day",
        date_text="",
        date_value="" if day is None else day.isoformat(),
        date_text_start=None,
        date_text_end=None,
        actors=actors,
        actor_types=("organisation",) * len(actors),
        actor_roles=roles,
    )


def compared(text: str, written: str) -> bool:
    """Whether the expression `written`, at its first place in the one-sentence `text`, is the
    baseline of a comparison there (`date_roles.compared_with`)."""
    at = text.index(written)
    expression = Timex(at, at + len(written), written, "DATE", written)
    return compared_with(Sentence(0, len(text), text, 0), expression)
