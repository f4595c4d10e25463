"""A holiday's name that describes a thing ("a Christmas television special", "the Lunar New
Year holiday") gives way to the sentence's other date (`date_roles.holiday_names_a_kind`); a
holiday's own time ("the Christmas weekend") or a holiday alone in its sentence keeps its day. A
century made an adjective dates nothing, with its article too ("The eighteenth-century
craftsman"). Invented sentences, through the real components."""

from __future__ import annotations

from datetime import date

from tests.events.helpers import news_events

PUBLISHED = date(2019, 9, 24)


def _rows(text: str) -> set[tuple[str, str | None]]:
    return {(e.date_value, e.granularity) for e in news_events(text, PUBLISHED)}


def test_a_holiday_describing_a_thing_gives_way_to_the_sentence_date() -> None:
    assert _rows("The choir will record a Christmas radio show in Galway later this month.") == {
        ("2019-09", "month")
    }
    assert _rows("Two firms plan to list before the Lunar New Year holiday in early February.") == {
        ("2020-02", "month")
    }


def test_a_holiday_alone_or_its_own_time_keeps_its_day() -> None:
    assert _rows("Staff worked long shifts over the Christmas holidays.") == {("2018-12-25", "day")}
    assert _rows("The parish office will be closed on Carnival Monday and Tuesday.") == {
        ("2020-02-24/2020-02-25", "day")
    }


def test_a_century_adjective_with_its_article_dates_nothing() -> None:
    text = (
        "The Harbour Museum said on Monday that it had bought a chest by the "
        "eighteenth-century craftsman Tobias Renn."
    )
    assert _rows(text) == {("2019-09-23", "day")}
    assert _rows("The eighteenth-century craftsman Tobias Renn built the chest, the museum said.")
    assert all(
        granularity != "century"
        for _, granularity in _rows("The eighteenth-century craftsman Tobias Renn built it.")
    )
