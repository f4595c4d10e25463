"""One document's events (`timeline.events.build`): anchors, and the main clause against a
subordinate one."""

from __future__ import annotations

from datetime import date

from .helpers import example_events, news_events


def test_explicit_inherited_and_vague_anchors() -> None:
    events = example_events()
    assert [(e.sentence, e.anchor) for e in events] == [
        ("Blinken met Sudani on Monday 23 October.", "explicit"),
        ("The pair renewed a pact.", "inherited"),
        ("Austin spoke recently.", "vague"),
    ]
    met, renewed, spoke = events
    assert met.actors == ("Antony Blinken", "Mohammed Shia Al-Sudani")
    assert met.date_start == met.date_end == date(2023, 10, 23)
    assert renewed.date_start == date(2023, 10, 23)
    assert renewed.date_text == "Monday"
    assert spoke.date_start is None and spoke.granularity is None
    assert spoke.date_value == "PAST_REF"


def test_a_vague_past_in_a_subordinate_clause_leaves_the_main_clause_news() -> None:
    published = date(2008, 3, 6)
    events = news_events(
        "The update will be sold to users for what Steve Jobs described as a small charge, "
        "as Apple have done in the past.",
        published,
    )
    assert [(e.anchor, e.date_start) for e in events] == [("published", published)]
    events = news_events("Steve Jobs has recently completed a tour.", published)
    assert [(e.anchor, e.date_start) for e in events] == [("vague", None)]


def test_an_undated_sentence_of_what_is_to_come_is_no_event_on_the_day_it_was_said() -> None:
    published = date(2021, 5, 14)
    events = news_events(
        "Northwind Freight filed for bankruptcy on Thursday. "
        "Its chief executive Dana Whitfield will step down when the sale is closed. "
        "Whitfield will stay on as an adviser, the company said.",
        published,
    )
    assert [(e.sentence.split()[0], e.date_start) for e in events] == [
        ("Northwind", date(2021, 5, 13)),
        ("Whitfield", date(2021, 5, 13)),  # the saying is the day's event
    ]
    # with a day of its own, what is to come keeps its day
    events = news_events("Dana Whitfield will step down on Friday.", published)
    assert [e.date_start for e in events] == [date(2021, 5, 14)]


def test_a_relative_clause_between_commas_is_not_the_main_clause() -> None:
    published = date(2023, 3, 15)
    events = news_events(
        "Harwick Mills said on Tuesday it would close two plants. "
        "A former owner, Ada Brennan, who founded the firm, said the plants would close.",
        published,
    )
    owner = [e for e in events if e.sentence.startswith("A former owner")]
    # another speaker than Tuesday's, with no date of her own: said to the reporter, on the
    # news day (`reports.said_in_the_week`)
    assert [(e.action, e.date_start) for e in owner] == [("say", published)]
    events = news_events(
        "Harwick Mills said on Tuesday it would close two plants. "
        "Harwick Mills, which employs 4,000 people, later said the plants would close.",
        published,
    )
    company = [e for e in events if "employs" in e.sentence]
    assert [(e.action, e.date_start) for e in company] == [("say", date(2023, 3, 14))]
