"""Statements and what they report, quotations (`timeline.events.reports`)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .helpers import news_events


def test_a_statement_is_dated_apart_from_what_it_reports() -> None:
    published = date(2010, 10, 21)
    events = news_events(
        "Steve Jobs said that Microsoft sold 13 million copies of Windows last year.", published
    )
    statement, reported = events
    assert (statement.action, statement.anchor, statement.date_start) == (
        "say",
        "published",
        published,
    )
    assert (reported.date_text, reported.date_start) == ("last year", date(2009, 1, 1))
    # both rows are the statement's: its speaker and what it names (events/sharing.py)
    assert statement.actors == reported.actors and statement.actors[0] == "Steve Jobs"
    # A statement with a date of its own is one event.
    events = news_events("Steve Jobs said on Monday that sales rose.", published)
    assert [(e.action, e.date_start) for e in events] == [("say", date(2010, 10, 18))]


def test_a_vague_word_inside_a_quotation_does_not_undate_the_statement() -> None:
    published = date(2010, 10, 23)
    events = news_events(
        "Steve Jobs unveiled the MacBook Air on Wednesday.\n\n"
        '" We think it\'s the future of notebooks, " said Steve Jobs.\n\n'
        "Steve Jobs said that Apple sold more Macs.",
        published,
    )
    wednesday = date(2010, 10, 20)
    assert [(e.action, e.anchor, e.date_start) for e in events] == [
        ("unveil", "explicit", wednesday),
        ("say", "inherited", wednesday),
        ("say", "inherited", wednesday),
    ]


def test_a_statement_in_the_present_tense_is_made_on_the_news_day() -> None:
    published = date(2006, 3, 28)
    events = news_events(
        "Harrow Records sued Harrow Computing this week.\n\n"
        "Harrow Records claims that Harrow Computing violates their agreement.",
        published,
    )
    claim = next(e for e in events if e.action == "claim")
    assert (claim.anchor, claim.date_start) == ("published", published)
    # beside what it reports with a date of its own, it only sources it (stop 37)
    events = news_events(
        "Harrow Records sued Harrow Computing this week.\n\n"
        "Harrow Records claims that Harrow Computing broke an agreement in 1991.",
        published,
    )
    assert "claim" not in [e.action for e in events]
    broke = next(e for e in events if e.date_value == "1991")
    assert broke.actors[0] == "Harrow Records"


def test_a_speaker_who_goes_on_as_it_or_he_acts_in_what_was_reported() -> None:
    published = date(2011, 5, 6)
    events = news_events(
        "Vellmar Foods announced it has lost $6 million in the first quarter of 2011.",
        published,
    )
    statement, reported = events
    assert statement.actors == ("Vellmar Foods",)
    assert (reported.date_start, reported.actors) == (date(2011, 1, 1), ("Vellmar Foods",))
    # someone else named as the subject of what was said: both rows are the statement's
    events = news_events("Ada Berg said Vellmar Foods lost $6 million in 2010.", published)
    assert [e.actors for e in events] == [("Ada Berg", "Vellmar Foods")] * 2


def test_a_past_period_before_a_present_statement_dates_what_was_said() -> None:
    published = date(2012, 1, 26)
    events = news_events(
        "For the final quarter of 2011, Vellmar Foods says it made a profit of $8 million.",
        published,
    )
    by_action = {e.action: e for e in events}
    assert (by_action["say"].date_start, by_action["say"].actors) == (
        published,
        ("Vellmar Foods",),
    )
    made = by_action["make"]
    assert (made.granularity, made.date_start, made.date_end) == (
        "quarter",
        date(2011, 10, 1),
        date(2011, 12, 31),
    )


def test_a_present_statement_of_a_coming_date_is_made_on_the_news_day() -> None:
    events = news_events(
        "Kestrel says it could return to profit in two years' time.", date(2009, 2, 18)
    )
    assert [(e.action, e.date_start, e.granularity) for e in events] == [
        ("say", date(2009, 2, 18), "day"),
        ("return", date(2011, 1, 1), "year"),
    ]


def test_what_a_dated_statement_reports_is_about_who_it_names() -> None:
    """ "Berg said on Monday that tariffs would raise costs in 2012": the statement is Berg's,
    on Monday; the rise, dated 2012, names no one: it is the word of the sentence's names (what
    opens with "it", "he", "she" or "they" is theirs too)."""
    published = date(2011, 10, 25)
    events = news_events(
        "Vellmar Foods chief Ada Berg said on Monday that tariffs would raise costs in 2012.",
        published,
    )
    by_date = {e.date_text: e.actors for e in events}
    assert "Ada Berg" in by_date["Monday"]
    assert by_date["2012"] == ("Vellmar Foods", "Ada Berg")
    events = news_events(
        "Vellmar Foods said on Monday that it would close a plant in 2012.", published
    )
    assert {e.date_text: e.actors for e in events}["2012"] == ("Vellmar Foods",)


def test_a_date_inside_what_was_said_does_not_date_the_statement() -> None:
    published = date(2015, 2, 12)
    events = news_events(
        "Harwick Mills warned that the deficit for last year is larger than planned.", published
    )
    statement = next(e for e in events if e.action == "warn")
    assert (statement.anchor, statement.date_start) == ("published", published)
    reported = [e for e in events if e is not statement]
    assert [(e.date_text, e.date_start) for e in reported] == [("last year", date(2014, 1, 1))]


def test_a_name_only_inside_a_quotation_is_spoken_of_not_acting() -> None:
    events = news_events(
        '"Harwick Mills let the town down," said Mayor Jan Novak on Monday.', date(2023, 10, 25)
    )
    assert [e.actors for e in events] == [("Jan Novak",)]


def test_what_was_said_naming_no_one_is_the_speaker_s() -> None:
    events = news_events(
        "Grace Chepkoech said prices had begun to recover in May.", date(2019, 6, 13)
    )
    assert [(e.date_start, e.actors) for e in events] == [
        (date(2019, 6, 13), ("Grace Chepkoech",)),
        (date(2019, 5, 1), ("Grace Chepkoech",)),
    ]


def test_a_speaker_whose_body_goes_on_as_the_board_acts_in_what_was_reported() -> None:
    published = date(2024, 3, 14)
    events = news_events(
        "The Volta Shea Board cut its floor price on Monday.\n\n"
        "Kwame Osei said the board would publish a review of prices by the end of June.\n\n"
        "Kwame Osei said that a rival, Tamale Nut Traders, would cut prices in May.\n\n"
        "Kwame Osei told the board that prices would rise in July.",
        published,
    )
    rows = [(e.action, e.date_value, e.actors) for e in events]
    assert ("publish", "2024-06", ("Kwame Osei", "Volta Shea Board")) in rows
    # the statements, with no day of their own, only source what they report (stop 37)
    assert not {"say", "tell"} & {action for action, _, _ in rows}
    # what was said opens with no word for the speaker's body: the speaker and its own actors
    assert ("cut", "2024-05", ("Kwame Osei", "Tamale Nut Traders")) in rows
    # "told the board that": the speaker; the board told is the object of an irregular past,
    # no actor (`anaphor_context.object_of_a_verb`), nor does the speaker speak for it
    assert ("rise", "2024-07", ("Kwame Osei",)) in rows


def test_a_quotation_that_closes_in_a_later_sentence_is_its_speakers() -> None:
    events = news_events(
        "Freight rates fell again in May.\n\n"
        '"Freight rates have fallen every week since early April. We are cautious," Mei Lam '
        "told analysts on Tuesday.",
        date(2024, 6, 5),
    )
    fall = next(e for e in events if e.date_value == "2024-04")
    assert fall.actors == ("Mei Lam",)


def test_a_speaker_who_goes_on_as_they_before_the_statements_own_date() -> None:
    events = news_events(
        "Analysts at Harlow Bank said they now expected the rate to reach 5 percent by March.",
        date(2007, 10, 25),
    )
    reported = next(e for e in events if e.date_value == "2008-03")
    assert reported.actors == ("Harlow Bank",)


def test_what_a_dated_statement_reports_is_the_speaker_s_when_it_names_no_one() -> None:
    """The sentence names one actor, the speaker: the row of what was said carries them (a
    reader filtering by the speaker finds it); when what was said names its own actors, both
    rows carry the speaker and those."""
    published = date(2025, 6, 18)
    events = news_events("Maria Lopez said on Monday that prices would rise next month.", published)
    assert [(e.date_start, e.actors) for e in events] == [
        (date(2025, 6, 16), ("Maria Lopez",)),
        (date(2025, 7, 1), ("Maria Lopez",)),
    ]
    events = news_events(
        "Maria Lopez said on Monday that the Tarn Bank would raise prices next month.", published
    )
    assert [e.actors for e in events] == [("Maria Lopez", "Tarn Bank")] * 2


def test_a_quoted_title_of_a_work_is_no_speech_and_keeps_its_row() -> None:
    events = news_events(
        'Her second album, "Copper Rain Over Tallis," was recorded by Orla Vennick in 1971.',
        date(2023, 10, 25),
    )
    dated = [e for e in events if e.date_start == date(1971, 1, 1)]
    assert dated
    assert "Copper Rain Over Tallis" in dated[0].actors


def test_a_quoted_description_with_its_speaker_after_it_is_the_speakers_statement() -> None:
    text = (
        "Velmar Motors will close 300 dealers, it said on Thursday. A court hearing is set for "
        "June 3. Most of the dealers sell few cars. Some have been open for decades. Many "
        'owners were angry. "We will lose some sales. But the network is key and it is '
        'strong," said Dana Ruiz.'
    )
    events = news_events(text, date(2022, 10, 23))
    rows = [e for e in events if "network is key" in e.sentence]
    assert [(e.date_value, e.actors) for e in rows] == [("2022-10-23", ("Dana Ruiz",))]
    # without its speaker, the same words describe how things are: no event
    unsaid = text.replace(' "We will lose some sales. But', " But").replace(
        ' strong," said Dana Ruiz.', " strong."
    )
    events = news_events(unsaid, date(2022, 10, 23))
    assert not [e for e in events if "network is key" in e.sentence]


#: A lead before the sentence under test: the story's first sentence keeps its statement.
_LEAD = "Ferry operators met the Tarrow port board. "


def _rows(text: str, published: date) -> list[tuple[str | None, str, tuple[str, ...]]]:
    """The rows of `text` read after a lead of its own (`_LEAD`), not the lead's."""
    events = news_events(_LEAD + text, published)
    return [(e.action, e.date_value, e.actors) for e in events if e.sentence in text]


def test_a_statement_in_the_present_perfect_only_sources_its_dated_report() -> None:
    """Stop 31: "has said" puts the saying on record at no time the text gives: beside what it
    reports with a date of its own it is no row, and the report keeps the speaker."""
    published = date(2021, 9, 14)
    text = "Korvane Shipping has said it lost $4 million in the second quarter."
    assert _rows(text, published) == [("lose", "2021-Q2", ("Korvane Shipping",))]
    # the actors the statement shared with the report stay on it
    text = "Dana Okafor has said the ferry left Tarrow Quay on Sunday."
    assert _rows(text, published) == [("leave", "2021-09-12", ("Dana Okafor", "Tarrow Quay"))]
    # stop 37: said in the past tense, the saying has no day of its own either
    text = "Korvane Shipping said it lost $4 million in the second quarter."
    assert [action for action, _, _ in _rows(text, published)] == ["lose"]
    # in the lead the statement is the news of the day and keeps its row
    rows = [(e.action, e.date_value) for e in news_events(text, published)]
    assert rows == [("say", "2021-09-14"), ("lose", "2021-Q2")]


@settings(max_examples=12, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)))
def test_a_present_perfect_statement_is_never_a_row_beside_its_dated_report(
    published: date,
) -> None:
    """On every publication day: one row, what was said, with its own date."""
    text = "The Harlow Ferry Company has warned that it will cut its timetable next month."
    rows = _rows(text, published)
    assert [action for action, _, _ in rows] == ["cut"]
    following = date(published.year + published.month // 12, published.month % 12 + 1, 1)
    assert rows[0][1] == following.strftime("%Y-%m")


def test_a_present_perfect_statement_with_nothing_dated_keeps_its_row() -> None:
    """With no date in what was said the statement is the sentence's only row: it stays."""
    rows = _rows("Korvane Shipping has said it sold two of its vessels.", date(2021, 9, 14))
    assert [action for action, _, _ in rows] == ["say"]


def test_a_present_perfect_statement_in_the_lead_keeps_its_row() -> None:
    """Stop 31: the story's first sentence tells the news of the day, even in the present
    perfect ("The head of the agency has told members that ..."): its statement is a row of
    the news day beside what it reports."""
    published = date(2021, 9, 14)
    text = (
        "The head of the Brenmoor Water Board has told members that repairs will cost more"
        " next year."
    )
    rows = [(e.action, e.date_value) for e in news_events(text, published)]
    assert rows[0] == ("tell", "2021-09-14") and ("cost", "2022") in rows
    # the same sentence after the lead only sources its report
    assert [action for action, _, _ in _rows(text, published)] == ["cost"]


@settings(max_examples=12, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)))
def test_a_present_perfect_lead_is_a_row_of_every_news_day(published: date) -> None:
    """On every publication day the lead's statement is a row of that day."""
    text = "Carrow Freight has said it lost $2 million in the first quarter. Its shares fell."
    rows = [(e.action, e.date_value) for e in news_events(text, published)]
    assert rows[0] == ("say", published.isoformat())
    assert ("lose", f"{published.year}-Q1") in rows or ("lose", f"{published.year - 1}-Q1") in rows


def test_a_present_perfect_statement_shares_its_actors_with_every_row_it_sources() -> None:
    """Stop 32 (same output): the statement that only sources its report is shared with once,
    beside the sentence's rows (`build.build_events`), then dropped: each of two reported rows,
    and a clause counted from a reported row's day, keeps the sentence's actors."""
    published = date(2021, 9, 14)
    text = (
        "Dana Okafor has said the ferry left Tarrow Quay on Sunday and reached Brenmoor on Monday."
    )
    actors = ("Dana Okafor", "Tarrow Quay", "Brenmoor")
    assert _rows(text, published) == [
        ("leave", "2021-09-12", actors),
        ("reach", "2021-09-13", actors),
    ]
    text = "Kestrel Ferries has said it cut 200 jobs on Monday, a day after Tarn Union struck."
    actors = ("Kestrel Ferries", "Tarn Union")
    assert _rows(text, published) == [
        ("cut", "2021-09-13", actors),
        ("strike", "2021-09-12", actors),
    ]


@settings(max_examples=12, deadline=None)
@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from(["said", "told reporters", "announced", "warned", "says"]),
)
def test_a_statement_with_no_day_of_its_own_only_sources_its_dated_report(
    published: date, verb: str
) -> None:
    """Stop 37: after the lead, a statement whose only date is inside what was said is no row
    of its own, in any tense: its day would be a guess beside the date the sentence states.
    The report keeps the speaker; a statement with a date of its own keeps its row."""
    text = f"Dana Okafor {verb} that the Tarrow depot would reopen next month."
    rows = _rows(text, published)
    following = date(published.year + published.month // 12, published.month % 12 + 1, 1)
    assert [(date_value, actors[0]) for _, date_value, actors in rows] == [
        (following.strftime("%Y-%m"), "Dana Okafor")
    ]
    if verb != "says":  # "said on Monday that ...": the saying is a row of that Monday
        dated = f"Dana Okafor {verb} on Monday that the Tarrow depot would reopen next month."
        assert len(_rows(dated, published)) == 2
