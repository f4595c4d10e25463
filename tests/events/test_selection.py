"""Which sentences are events (`timeline.events.selection`): boilerplate, headlines, undated
news, descriptions, signatures."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import EventSentence, event_sentences, is_boilerplate
from timeline.sentences import Sentence, split_sentences

from .helpers import example_events, news_events, timex


def test_copyright_line_is_never_an_event() -> None:
    assert is_boilerplate("Copyright 2023 Example News.")
    assert is_boilerplate("© 2023 Reuters")
    assert not is_boilerplate("The copyright case was filed in 2023.")
    assert all("Copyright" not in e.sentence for e in example_events())


def test_event_sentences_say_what_dates_each() -> None:
    text = "Blinken met Sudani on Monday. They talked.\n\nAustin spoke recently. He left."
    monday = timex("Monday", text, "2023-10-23", date(2023, 10, 23))
    recently = timex("recently", text, "PAST_REF", None, None)
    candidates = event_sentences(split_sentences(text), [monday, recently])
    assert all(isinstance(c, EventSentence) for c in candidates)
    assert [(c.sentence.text, c.expressions, c.inherited) for c in candidates] == [
        ("Blinken met Sudani on Monday.", (monday,), None),
        ("They talked.", (), monday),
        ("Austin spoke recently.", (recently,), None),
    ]


def test_undated_news_reports_on_the_publication_day_unless_anterior() -> None:
    published = date(2010, 7, 17)
    events = news_events(
        "Apple CEO Steve Jobs spoke to reporters.\n\nJobs had previously dismissed the reports.",
        published,
    )
    spoke, dismissed = events
    assert (spoke.anchor, spoke.date_start, spoke.action) == ("published", published, "speak")
    assert (dismissed.anchor, dismissed.date_start) == ("vague", None)
    events = news_events("Apple Corps has twice before sued Apple Computer.", published)
    assert [(e.action, e.anchor, e.date_start) for e in events] == [("sue", "vague", None)]


def test_the_headline_restates_the_lead_and_is_not_an_event() -> None:
    headline = "Microsoft Unveils New Tablet"
    text = f"{headline}\n\nMicrosoft unveiled a tablet on Tuesday in New York."
    events = news_events(text, date(2012, 6, 20), title=headline)
    assert [e.sentence for e in events] == ["Microsoft unveiled a tablet on Tuesday in New York."]
    # A first line that reads as prose is the lead, even when a reader took it for the title.
    lead = "Microsoft unveiled a tablet on Tuesday."
    events = news_events(lead + "\n\nIt runs Windows.", date(2012, 6, 20), title=lead)
    assert [e.sentence for e in events][:1] == [lead]


def test_an_undated_description_is_no_event() -> None:
    published = date(2010, 7, 17)
    events = news_events(
        "Steve Jobs spoke on Friday. The return rate of Apple phones is about a third of "
        "the rate of Nokia phones. Nokia is now the biggest phone maker.",
        published,
    )
    assert [e.sentence for e in events] == ["Steve Jobs spoke on Friday."]
    events = news_events("Steve Jobs was in Paris on Monday.", published)
    assert [(e.action, e.date_start) for e in events] == [("be", date(2010, 7, 12))]


def test_a_signature_is_no_event() -> None:
    events = news_events("Steve Jobs wrote to staff on Monday.\n\nSteve", date(2011, 1, 18))
    assert [e.sentence for e in events] == ["Steve Jobs wrote to staff on Monday."]


def test_an_event_sentence_is_dated_one_way() -> None:
    sentence = Sentence(0, 12, "They talked.", 0)
    with pytest.raises(ValueError, match="exactly one"):
        EventSentence(sentence)
    monday = timex("Monday", "on Monday", "2023-10-23", date(2023, 10, 23))
    with pytest.raises(ValueError, match="exactly one"):
        EventSentence(sentence, inherited=monday, on_published=True)
    assert EventSentence(sentence, inherited=monday).inherited == monday
