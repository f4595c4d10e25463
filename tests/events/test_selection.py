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


@pytest.mark.parametrize(
    "sentence",
    [
        "Vellmar Foods said its sales rose 12% compared with March of last year.",
        "Vellmar Foods sold more tins than in 2004.",
        "Vellmar Foods reported a 30% drop in sales from a year earlier.",
        "Vellmar Foods posted its first annual loss since 1998.",
        "Vellmar Foods shares closed at their lowest level since March.",
        "Ada Berg scored twice, her first goals since she returned from injury in March.",
        # an amount in a currency written with letters
        "Vellmar Foods said profit fell to Rs412 million from Rs665 million a year earlier.",
        # the figure's own place and time after it: "down from seven at the last vote in 2009"
        "The Green Union won four seats, down from seven at the last vote in 2009.",
        "Vellmar Foods said turnout was 61 percent, up from 58 percent in town at the 2009 poll.",
        # a figure of another time after "than the"
        "Vellmar Foods said the rise was higher than the 2.6 per cent gain in the spring of 2009.",
        # when someone foresaw it
        '"Costs are rising faster than we expected in the spring," Ada Berg said.',
        # the last time a thing went as far
        '"We have never seen prices fall this fast, not even in 1998," Ada Berg said.',
    ],
)
def test_a_date_a_figure_is_compared_with_is_not_when_it_happened(sentence: str) -> None:
    published = date(2011, 4, 12)
    events = news_events(sentence, published)
    assert events, sentence
    assert all(e.date_start == published and e.anchor == "published" for e in events), [
        (e.date_text, e.date_start) for e in events
    ]


def test_a_date_the_clause_happened_on_still_dates_it() -> None:
    published = date(2011, 4, 12)
    for sentence, day in [
        ("Vellmar Foods sold more tins in 2004.", date(2004, 1, 1)),
        ("Vellmar Foods has made tins since 1998.", date(1998, 1, 1)),
    ]:
        events = news_events(sentence, published)
        assert [e.date_start for e in events] == [day], sentence


def test_a_hyphenated_period_before_a_noun_describes_it() -> None:
    published = date(2011, 11, 3)
    events = news_events(
        '"Our third-quarter results show real progress," said Vellmar Foods chief Ada Berg.',
        published,
    )
    assert events
    assert all(e.date_start == published for e in events)
    events = news_events("Vellmar Foods lost $2 million in the third quarter.", published)
    assert [e.date_start for e in events] == [date(2011, 7, 1)]


def test_news_without_its_date_keeps_its_rows_on_no_known_day() -> None:
    """A news story pasted without its date: its undated statements and its "last week" are
    still rows, with no day and a reason that says why, never a day borrowed from 2014."""
    from timeline.documents import Document
    from timeline.pipeline import extract

    text = (
        "Mill to close\n\nNorthfield Paper said on Monday it would close its mill, which opened "
        "in 2014. Chief Executive Dana Price apologised to workers. The board approved the "
        "plan last week."
    )
    table = extract([Document(id="mill", text=text, title="Mill to close")], workers=1).table
    rows = {(row.sentence.split()[0], row.date_text): row for row in table.itertuples()}
    monday, chief, last_week = (
        rows[("Northfield", "Monday")],
        rows[("Chief", "")],
        rows[("The", "last week")],
    )
    assert [str(row.date_start) for row in (monday, chief, last_week)] == ["NaT"] * 3
    assert chief.anchor == "published"
    assert "not known" in chief.date_reason and "not known" in last_week.date_reason
    assert str(rows[("Northfield", "2014")].date_start) == "2014-01-01 00:00:00"  # as written


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Linda Park signed a budget for the fiscal year that begins July 1.",
        "Vellmar Foods cut its forecast for fiscal 2012, which ends in May.",
        "The National Weather Office said the storm season, which runs until Nov. 30, was busy.",
    ],
)
def test_a_date_that_bounds_a_period_describes_it(sentence: str) -> None:
    """Where a period begins or ends, said in a relative clause, is no event's date."""
    published = date(2011, 4, 12)
    events = news_events(sentence, published)
    assert events, sentence
    assert all(e.date_text not in ("July 1", "May", "Nov. 30") for e in events), [
        (e.date_text, e.date_start) for e in events
    ]


@pytest.mark.parametrize(
    ("sentence", "bound", "granularity"),
    [
        (
            "The council spent $2 million on roads in the fiscal year that began July 1.",
            "July 1",
            "year",
        ),
        (
            "Harlow Mills earned $8 million in fiscal 2010, which ended June 30, 2010.",
            "June 30, 2010",
            "year",
        ),
        (
            "The college set aside $40,000 in its 2010/11 financial year, which started 1 April.",
            "1 April",
            "year",
        ),
        (
            "Lindell schools hired 40 teachers in the 2010-11 school year, which ended June 30.",
            "June 30",
            "year",
        ),
    ],
)
def test_a_date_that_bounded_a_period_describes_it_too(
    sentence: str, bound: str, granularity: str
) -> None:
    """The past of the verbs that bound a period ("began", "ended", stop 42): the period, not
    its first or last day, is when the clause happened."""
    events = news_events(sentence, date(2011, 9, 14))
    assert events, sentence
    assert all(e.date_text != bound for e in events), [(e.date_text, e.date_start) for e in events]
    assert granularity in {e.granularity for e in events}


def test_a_relative_clause_that_tells_an_event_still_dates_it() -> None:
    events = news_events("The strike, which began on June 1, spread to Lindell.", date(2011, 6, 9))
    assert date(2011, 6, 1) in [e.date_start for e in events]


def test_a_week_dates_its_sentence_and_the_next_ones_go_on_with_the_news_day() -> None:
    published = date(2025, 3, 5)
    events = news_events(
        "The Lindell Air Corps on Wednesday grounded its tankers. One of them caught fire over "
        "Kansas last week. The Lindell Air Corps said it would inspect all of them.",
        published,
    )
    by_start = {e.sentence.split()[0]: e for e in events}
    assert by_start["One"].granularity == "week"
    assert (by_start["The"].date_start, by_start["The"].granularity) == (published, "day")


def test_the_period_a_forecast_is_for_is_no_date_of_the_clause() -> None:
    published = date(2025, 9, 23)
    events = news_events("Vellmar Foods raised its forecast for fiscal 2026 on Tuesday.", published)
    assert [(e.date_text, e.date_start) for e in events] == [("Tuesday", published)]
    events = news_events("Vellmar Foods earned $4 million in fiscal 2025.", published)
    assert [e.date_text for e in events] == ["fiscal 2025"]


def test_in_news_a_date_after_until_is_no_date_of_the_clause() -> None:
    """ "voted to postpone a decision until their July 10 meeting": a vote of the day."""
    published = date(2025, 6, 13)
    events = news_events(
        "Mayor Linda Park voted on Thursday to postpone a decision until their July 10 meeting.",
        published,
    )
    assert [(e.date_text, e.date_start) for e in events] == [("Thursday", date(2025, 6, 12))]


def test_a_second_headline_under_the_headline_is_no_event() -> None:
    """A standfirst sums up the story as the headline does: "Rate cut was widely expected
    after inflation fell in September" gives no row, its lead does."""
    text = (
        "Castell Bank cuts rates\n\n"
        "Rate cut was widely expected after inflation fell below target in September\n\n"
        "Castell Bank cut its main rate on Thursday."
    )
    events = news_events(text, date(2024, 11, 7), title="Castell Bank cuts rates")
    assert [e.sentence for e in events] == ["Castell Bank cut its main rate on Thursday."]


def test_a_date_in_a_relative_clause_is_not_the_day_later_sentences_take() -> None:
    published = date(2019, 8, 17)  # a Saturday
    events = news_events(
        "Harwick beat Fenmoor on Saturday. "
        "Fenmoor captain Jack Pryor, who was fined by the league on 6 August, was dropped. "
        "Harwick signed the bowler Sam Wexley for the rest of the season.",
        published,
    )
    signed = [e for e in events if e.sentence.startswith("Harwick signed")]
    assert [e.date_start for e in signed] == [date(2019, 8, 17)]


def test_a_headline_ending_on_a_quoted_phrase_is_no_event() -> None:
    from timeline.events.headlines import ends_as_prose

    assert not ends_as_prose('Minister says the deal will face its test "next summer"')
    assert ends_as_prose('He said "We will."')
    assert ends_as_prose("The vote passed.")


def test_a_month_that_names_a_figure_is_not_when_the_day_s_deed_happens() -> None:
    published = date(2011, 4, 12)
    events = news_events(
        "The statistics office will publish March inflation data on April 20.", published
    )
    assert [e.date_start for e in events] == [date(2011, 4, 20)]
    # a month that names no figure stays a time of its clause
    events = news_events(
        "Vellmar Foods opened a plant in March and said on April 11 it grew.", published
    )
    assert date(2011, 3, 1) in [e.date_start for e in events]
