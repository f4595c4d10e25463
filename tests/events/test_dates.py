"""Which expressions date a sentence (`timeline.events.dates`): the news day, durations,
inheritance, years that only describe a thing."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.events import modifies_noun, news_date
from timeline.events.dates import anchoring
from timeline.sentences import Sentence
from timeline.temporal import Timex

from .helpers import news_events, timex


def test_durations_never_date_an_event_and_this_year_is_the_news_day() -> None:
    published = date(2005, 6, 6)
    events = news_events(
        "Jobs said Apple sold two million copies in six weeks.\n\n"
        "Apple will hold this year's conference in San Francisco.",
        published,
    )
    assert [(e.anchor, e.date_start) for e in events] == [
        ("published", published),
        ("published", published),
    ]


def test_announced_deadlines_are_not_inherited() -> None:
    published = date(2010, 7, 17)
    events = news_events(
        "Apple will give free cases to buyers until September 30. Jobs also apologised.",
        published,
    )
    deadline, apology = events
    assert deadline.date_start == date(2010, 9, 30)
    assert (apology.anchor, apology.date_start) == ("published", published)


def test_a_year_describing_a_thing_does_not_date_the_clause() -> None:
    published = date(2007, 2, 6)
    events = news_events("Steve Jobs said the settlement replaces the 1991 agreement.", published)
    assert [(e.anchor, e.date_start) for e in events] == [("published", published)]
    events = news_events("Steve Jobs spoke during the 2005 conference.", published)
    assert [(e.date_text, e.date_start) for e in events] == [("2005", date(2005, 1, 1))]
    events = news_events("Steve Jobs praised the plan known as Vision 2030.", published)
    assert [(e.anchor, e.date_start) for e in events] == [("published", published)]


def test_modifies_noun_reads_the_words_around_a_year() -> None:
    def modifies(text: str) -> bool:
        year = timex("1991", text, "1991", date(1991, 1, 1), "year")
        return modifies_noun(Sentence(0, len(text), text, 0), year)

    assert modifies("It breached the 1991 settlement.")
    assert modifies("They signed the Accord 1991 charter.")  # part of a name
    assert not modifies("It was founded in 1991.")
    assert not modifies("It happened during the 1991 season.")
    assert not modifies("Between 1991 and 1995 it grew.")


def test_the_news_date_is_the_publication_date_of_a_dated_article() -> None:
    dated = Document(id="a", text="x", published=date(2023, 10, 23), published_source="user")
    assert news_date(dated) == date(2023, 10, 23)
    assert news_date(Document(id="b", text="x")) is None


def test_the_present_tense_is_the_state_on_the_news_day_not_an_inherited_one() -> None:
    published = date(2010, 6, 8)
    events = news_events(
        "Steve Jobs unveiled the Droid phone yesterday. The Droid phone has a new frame. "
        "Steve Jobs also showed its camera.",
        published,
    )
    assert [(e.action, e.anchor, e.date_start) for e in events] == [
        ("unveil", "explicit", date(2010, 6, 7)),
        ("have", "published", published),
        ("show", "inherited", date(2010, 6, 7)),
    ]


def test_a_present_perfect_state_is_on_the_news_day_and_a_reported_event_on_the_story_day() -> None:
    """ "has been closed since", "for forty years": a state lasting up to the news;
    "has opened an inquiry", "has posted its first loss since 1998": an event the story
    reports, on the day it tells of (as the entity timelines date it)."""
    published = date(2024, 3, 14)  # a Thursday; Tuesday is 12 March
    tuesday = date(2024, 3, 12)
    events = news_events(
        "Brandvik Ferries grounded its fleet on Tuesday. "
        "The Harbour Safety Board has opened an inquiry into the grounding. "
        "The Brandvik Ferries terminal has been closed since the grounding. "
        "Brandvik Ferries has posted its first loss since 1998. "
        "Brandvik Ferries has run the crossing for forty years. "
        "Brandvik Ferries also cancelled its night crossings.",
        published,
    )
    assert [(e.action, e.anchor, e.date_start) for e in events] == [
        ("ground", "explicit", tuesday),
        ("open", "inherited", tuesday),
        ("close", "published", published),
        ("post", "inherited", tuesday),
        ("run", "published", published),
        ("cancel", "inherited", tuesday),
    ]


@settings(max_examples=8, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)))
def test_a_present_perfect_after_a_day_of_the_week_before_is_on_the_news_day(
    published: date,
) -> None:
    """Whatever the publication day: "has worked there for 25 years" after "on <the day
    before>" is how things stand on the news day; the past after it keeps the told day."""
    day_before = published - timedelta(days=1)
    events = news_events(
        f"Mireva Textiles closed its Oskar Street mill on {day_before:%A}. "
        "Weaver Lotte Amsel has worked at the mill for 25 years. "
        "Lotte Amsel wept at the gate.",
        published,
    )
    assert [(e.anchor, e.date_start) for e in events] == [
        ("explicit", day_before),
        ("published", published),
        ("inherited", day_before),
    ]


def test_a_present_tense_in_a_described_noun_is_not_the_main_clause() -> None:
    """ "the service that watches the bay" describes the subject: the main clause is the
    past "closed", which goes on on the day told before, not a state on the news day."""
    published = date(2024, 3, 14)
    events = news_events(
        "Two barges collided off Pellin Point on Tuesday. "
        "Pellin Harbour Control, the service that watches the bay, closed the channel "
        "for five hours.",
        published,
    )
    assert [(e.action, e.anchor, e.date_start) for e in events] == [
        ("collide", "explicit", date(2024, 3, 12)),
        ("close", "inherited", date(2024, 3, 12)),
    ]


def test_a_reporting_verb_before_that_is_still_the_main_clause() -> None:
    from timeline.events.asides import outside_asides
    from timeline.syntax import load_tagger, predicates

    text = "On Monday, the agency said that it would cut jobs, citing costs."
    verbs = [p for p in predicates(load_tagger(), [text])[0] if not p.nominal]
    assert outside_asides(text, verbs)[0].lemma == "say"


def test_now_is_a_state_and_does_not_move_the_story_day() -> None:
    published = date(2010, 10, 23)
    events = news_events(
        "In his keynote address on Wednesday, Steve Jobs unveiled a new iPod.\n\n"
        "Steve Jobs announced an updated MacBook Air, on sale now.\n\n"
        "Steve Jobs said that Apple sold more Macs.",
        published,
    )
    wednesday = date(2010, 10, 20)
    assert [(e.action, e.date_start) for e in events] == [
        ("unveil", wednesday),
        ("announce", wednesday),
        ("say", wednesday),
    ]
    # "now" still dates a sentence in the present tense to the news day.
    events = news_events("Steve Jobs now owns a stake in Disney.", published)
    assert [(e.anchor, e.date_start) for e in events] == [("published", published)]


def test_a_figure_compared_with_an_earlier_one_is_dated_by_the_news() -> None:
    published = date(2016, 3, 9)
    for text in (
        "Harwick Mills said net income was $41 million, compared with $35.9 million a year ago.",
        "Harwick Mills said its profit rose to $41 million from $35.9 million a year ago.",
    ):
        events = news_events(text, published)
        assert [(e.anchor, e.date_start) for e in events] == [("published", published)], text


def test_a_time_compared_with_after_than_and_a_verb_is_a_baseline() -> None:
    published = date(2021, 6, 9)
    events = news_events("Harwick Mills sold more cars than it did in 2019.", published)
    assert [(e.anchor, e.date_start) for e in events] == [("published", published)]


def test_a_peak_or_a_low_a_figure_fell_or_rose_from_is_a_baseline() -> None:
    events = news_events(
        "Inflation at Harwick has fallen to 6% from a peak of nine in August, "
        "the central bank said on Wednesday.",
        date(2022, 11, 3),
    )
    assert [e.date_start for e in events] == [date(2022, 11, 2)]
    events = news_events(
        "Harwick Bank said unemployment rose to 5.1%, up from a low of 3.2% in March.",
        date(2022, 11, 3),
    )
    assert [e.date_start for e in events] == [date(2022, 11, 3)]


def test_earlier_this_month_is_a_day_of_the_month_before_the_news() -> None:
    published = date(2023, 10, 25)
    events = news_events("Earlier this month, Harwick Mills said it would cut jobs.", published)
    assert [(e.date_start, e.granularity, e.anchor) for e in events] == [
        (date(2023, 10, 1), "month", "explicit")
    ]
    # "this year" with a plan is still said on the news day
    events = news_events("Harwick Mills plans to cut 200 jobs this year.", published)
    assert [(e.date_start, e.anchor) for e in events] == [(published, "published")]


def test_a_part_of_a_period_is_a_row_over_the_period_at_its_precision() -> None:
    published = date(2023, 10, 25)
    for sentence, start, end, granularity in [
        ("Jan Novak took office in mid-2021.", date(2021, 1, 1), date(2021, 12, 31), "year"),
        ("The plant closed in late January.", date(2023, 1, 1), date(2023, 1, 31), "month"),
        # the end of the year still to come is not the news day
        (
            "Jan Novak will retire at the end of the year.",
            date(2023, 1, 1),
            date(2023, 12, 31),
            "year",
        ),
    ]:
        events = news_events(sentence, published)
        assert [(e.date_start, e.date_end, e.granularity) for e in events] == [
            (start, end, granularity)
        ], sentence
        assert events[0].date_value.startswith(str(start.year))


def test_a_half_or_quarter_holding_the_news_day_is_the_period_itself() -> None:
    published = date(2012, 4, 13)
    events = news_events(
        "The exchange of Rosario expects soymeal exports to rise in the first half of the year.",
        published,
    )
    assert [(e.date_start, e.date_end, e.granularity, e.date_value) for e in events] == [
        (date(2012, 1, 1), date(2012, 6, 30), "half", "2012-H1")
    ]
    # "this year" is still the news day, and its value says so
    events = news_events("Harwick Mills plans to cut 200 jobs this year.", published)
    assert [(e.date_start, e.granularity, e.date_value) for e in events] == [
        (published, "day", "2012-04-13")
    ]


def test_a_named_month_holding_the_news_day_is_that_month() -> None:
    published = date(2024, 2, 14)
    events = news_events("Harwick Mills said work would start in February.", published)
    start = next(e for e in events if e.date_text == "February")
    assert (start.date_start, start.date_end, start.granularity) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
        "month",
    )


def _day_at(start: int, day: date, granularity: str = "day") -> Timex:
    text = "x" * 6
    return Timex(start, start + 6, text, "DATE", day.isoformat(), None, granularity, day, day)


@given(
    days=st.lists(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)), min_size=1,
                  max_size=5, unique=True),
    order=st.randoms(use_true_random=False),
)  # fmt: skip
def test_a_sentence_is_anchored_on_the_latest_of_its_finest_days(
    days: list[date], order: random.Random
) -> None:
    """Whatever order a sentence tells its days in, the story goes on from the latest of them;
    a coarser expression (a year) never wins over a day."""
    found = [_day_at(10 * n, day) for n, day in enumerate(days)]
    order.shuffle(found)
    year = Timex(
        100, 104, "2200", "DATE", "2200", None, "year", date(2200, 1, 1), date(2200, 12, 31)
    )
    anchor = anchoring([*found, year])
    assert anchor is not None
    assert anchor.date_start == max(days)


def test_the_story_goes_on_from_the_later_of_two_days_told() -> None:
    events = news_events(
        "The board of Harlow Mills met on Sunday and announced the closure on Monday. "
        "Tom Reyes, its chief executive, said the site would be sold.",
        date(2025, 6, 18),
    )
    said = [e.date_value for e in events if e.action == "say"]
    assert said == ["2025-06-16"]
