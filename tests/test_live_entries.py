"""A live page's entries are dated by their own stamps, not by the day the page was posted."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.furniture import without_furniture
from timeline.reading import prepare
from timeline.temporal import tag
from timeline.temporal.live_entries import entry_day_at, entry_days

POSTED = date(2031, 3, 4)  # a Tuesday
PAGE = (
    "LIVE: Storm closes harbour at Westhaven\n\n"
    "Tue 4 Mar · 19:10\n"
    "The coastguard closed the harbour to small boats.\n\n"
    "Tue 4 Mar · 23:50\n"
    "Winds reached 120km/h at the pier.\n\n"
    "Wed 5 Mar · 03:20\n"
    "The sea wall at Marlow Point gave way shortly before 3am.\n\n"
    "Wed 5 Mar · 08:00\n"
    "Westhaven Council remains on alert, a spokesman for Westhaven Council said.\n\n"
    "The ferry company cancelled all sailings this morning.\n"
)
HEADED = (
    "LIVE: Count goes on in Eastmoor\n\n"
    "Thursday 6 March\n\n"
    "21:30\n"
    "The Eastmoor Electoral Office declared the last results.\n\n"
    "Wednesday 5 March\n\n"
    "07:00\n"
    "Polling stations opened across Eastmoor.\n"
)


def test_stamps_give_the_day_of_each_entry() -> None:
    days = entry_days(PAGE, POSTED)
    assert [day for _, day in days] == [POSTED, POSTED, date(2031, 3, 5), date(2031, 3, 5)]
    at = PAGE.index("The sea wall")
    assert entry_day_at(days, at) == date(2031, 3, 5)
    assert entry_day_at(days, PAGE.index("The coastguard")) == POSTED


def test_day_headings_over_clock_entries() -> None:
    days = entry_days(HEADED, date(2031, 3, 5))
    assert [day for _, day in days] == [date(2031, 3, 6), date(2031, 3, 5)]


def test_one_stamp_is_no_live_page() -> None:
    assert entry_days("Tue 4 Mar · 19:10\nThe harbour closed.\n", POSTED) == []


def test_a_stamp_with_prose_on_its_line_is_none() -> None:
    text = "The harbour closed on Tue 4 Mar · 19:10 after\nTue 4 Mar · 23:50\nRain.\n"
    assert entry_days(text, POSTED) == []  # one stamp alone on its line: no live page


def test_clock_and_this_morning_count_from_the_entry() -> None:
    story = without_furniture(PAGE)  # the stamps blanked, their days still read
    assert "Wed 5 Mar" not in story
    found = {t.text: t for t in tag(story, POSTED, entries=entry_days(PAGE, POSTED))}
    assert found["3am"].date_start == date(2031, 3, 5)
    assert found["this morning"].date_start == date(2031, 3, 5)
    alone = {t.text: t for t in tag(story, POSTED)}
    assert alone["3am"].date_start == POSTED  # what the page's posting day alone would give


def test_undated_sentence_of_an_entry_takes_its_day() -> None:
    doc = Document("live", PAGE, published=POSTED, published_source="user")
    read = prepare(doc)
    by_text = {c.sentence.text: c for c in read.candidates}
    council = by_text["Westhaven Council remains on alert, a spokesman for Westhaven Council said."]
    assert council.on_published and council.news_day == date(2031, 3, 5)
    first = by_text["The coastguard closed the harbour to small boats."]
    assert first.news_day is None  # the entry of the day the page was posted


def test_stamps_are_no_sentence() -> None:
    read = prepare(Document("live", PAGE, published=POSTED, published_source="user"))
    assert not any("·" in c.sentence.text for c in read.candidates)


@given(st.lists(st.sampled_from(["Mon 3 Mar · 09:15", "Wed 5 Mar · 21:40", "Rain fell."])))
def test_no_publication_date_no_entry_day(lines: list[str]) -> None:
    """Without the publication date a stamp's year is not known: never a guessed day."""
    assert entry_days("\n".join(lines), None) == []


@given(st.lists(st.sampled_from(["Mon 3 Mar · 09:15", "Wed 5 Mar · 21:40", "Rain fell."])))
def test_every_entry_day_is_a_stamped_day(lines: list[str]) -> None:
    days = {day for _, day in entry_days("\n".join(lines), POSTED)}
    assert days <= {date(2031, 3, 3), date(2031, 3, 5)}


INHERITING = (
    "LIVE: Storm over Westhaven\n\n"
    "Wed 5 Mar · 02:10\n"
    "The harbour master closed the port overnight.\n\n"
    "Westhaven Council opened two shelters.\n\n"
    "Wed 5 Mar · 09:40\n"
    "Marlow Rescue has sent three boats to the pier.\n"
)


def test_an_entry_inherits_nothing_from_the_entry_before() -> None:
    read = prepare(Document("live", INHERITING, published=POSTED, published_source="user"))
    by_text = {c.sentence.text: c for c in read.candidates}
    same_entry = by_text["Westhaven Council opened two shelters."]
    assert same_entry.inherited is not None  # within its entry, the day before it goes on
    next_entry = by_text["Marlow Rescue has sent three boats to the pier."]
    assert next_entry.inherited is None
    assert next_entry.on_published and next_entry.news_day == date(2031, 3, 5)


def test_every_sentence_of_a_later_entry_has_its_day() -> None:
    """A statement or a dated sentence of an entry, not only undated news, carries the entry's
    day: what it reports, it reports on that day (the speaker's 'she said')."""
    text = INHERITING + '\n"We saw the wall move at about 9am," she said.\n'
    read = prepare(Document("live", text, published=POSTED, published_source="user"))
    quoted = next(c for c in read.candidates if c.sentence.text.startswith('"We saw'))
    assert quoted.news_day == date(2031, 3, 5)
    first = next(c for c in read.candidates if c.sentence.text.startswith("The harbour master"))
    assert first.news_day == date(2031, 3, 5)


def test_no_entries_no_news_day() -> None:
    read = prepare(
        Document(
            "plain",
            "Westhaven Council opened two shelters.",
            published=POSTED,
            published_source="user",
        )
    )
    assert all(c.news_day is None for c in read.candidates)


def test_the_pages_own_update_stamps_head_no_entries() -> None:
    text = "Updated 4 Mar · 19:10\nThe harbour closed.\n\nUpdated 5 Mar · 08:00\nIt reopened.\n"
    assert entry_days(text, POSTED) == []
