"""Stop 31: a date's year or a weekday's direction from the tense of its own clause, not from a
clause beside it, a comparison or a noun read as a verb. Sentences written here (invented
people and firms); the rules are in `temporal/own_clause.py`, `temporal/tense.py`,
`temporal/near_day.py` and `temporal/normalise_relative.py`."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

_NEWS_DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31))


def _values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


def _latest_month_start(month: int, published: date) -> str:
    """The month `month` that began last on or before `published`, as YYYY-MM."""
    year = published.year if month <= published.month else published.year - 1
    return f"{year:04d}-{month:02d}"


def _earliest_month(month: int, published: date) -> str:
    """The month `month` that does not end before `published`, as YYYY-MM."""
    year = published.year if month >= published.month else published.year + 1
    return f"{year:04d}-{month:02d}"


def _weekday_ahead(published: date, weekday: int) -> date:
    return published + timedelta(days=(weekday - published.weekday()) % 7)


def _weekday_back(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


@given(published=_NEWS_DAYS)
def test_a_relative_clause_ends_at_its_comma(published: date) -> None:
    """ "Marlow Textiles, which cut 240 jobs in January, plans to ...": the relative clause is
    past; the main clause's "plans to" is not its tense."""
    text = "Marlow Textiles, which cut 1,240 jobs in January, plans to reopen its dye house."
    assert _values(text, published)["January"] == _latest_month_start(1, published)


@given(published=_NEWS_DAYS)
def test_a_relative_clause_in_the_present_tells_a_timetable(published: date) -> None:
    """ "Grindle Foods, which reports on Tuesday, has warned ...": the relative clause's own
    present looks ahead."""
    text = "Grindle Foods, which reports on Tuesday, has already warned of weaker sales."
    assert _values(text, published)["Tuesday"] == _weekday_ahead(published, 1).isoformat()


@given(published=_NEWS_DAYS)
def test_a_coordinated_plan_is_the_next_clauses_tense(published: date) -> None:
    """ "put 80 weavers on short time in March and plans to return ...": March is past."""
    text = "Pellow Mills put 80 weavers on short time in March and plans to return to full hours."
    assert _values(text, published)["March"] == _latest_month_start(3, published)
    # a past after "and" is the date's clause's own: "received ... in May and funded ..."
    text = "The trust received 212 bids in June and funded 40 of them."
    assert _values(text, published)["June"] == _latest_month_start(6, published)


@given(published=_NEWS_DAYS)
def test_a_limit_said_with_at_least_is_ahead(published: date) -> None:
    """ "was expected ... until at least Thursday": the writer does not know it is over."""
    text = "More snow was expected in the hills until at least Thursday, the weather office said."
    assert _values(text, published)["Thursday"] == _weekday_ahead(published, 3).isoformat()


@given(published=_NEWS_DAYS)
def test_a_plan_with_its_object_and_a_sale_look_ahead(published: date) -> None:
    """ "plans a second sailing on Saturday", "go on sale ... on Monday": arranged, ahead."""
    text = "The ferry company plans a second sailing on Saturday if the sea calms."
    assert _values(text, published)["Saturday"] == _weekday_ahead(published, 5).isoformat()
    text = "Tickets for the final concert go on sale at the library on Monday."
    assert _values(text, published)["Monday"] == _weekday_ahead(published, 0).isoformat()


@given(published=_NEWS_DAYS)
def test_a_plural_noun_after_after_is_no_present(published: date) -> None:
    """ "after retail sales fell less than expected in May": "sales" is no verb, so no "when"
    clause of what is to come; the comparison's "expected" foresees nothing."""
    text = "Shares rose after retail sales fell less than expected in May, easing fears."
    assert _values(text, published)["May"] == _latest_month_start(5, published)
    # a present in such a clause still looks ahead
    text = "Stay indoors once the wind picks up in October."
    assert _values(text, published)["October"] == _earliest_month(10, published)


@given(published=_NEWS_DAYS)
def test_a_timetable_form_after_a_past_form_is_a_state(published: date) -> None:
    """ "had been found open ... in August": no timetable's "open", the past decides."""
    text = "Constable Rourke said the shed had been found open after dark in August."
    assert _values(text, published)["August"] == _latest_month_start(8, published)
    # "opens" still looks ahead
    text = "The new shed opens in August."
    assert _values(text, published)["August"] == _earliest_month(8, published)


def test_a_deadline_before_a_thing_named_then() -> None:
    """ "urged both sides to settle before the depot's centenary in June", written in March:
    this June, though "urged" is past."""
    text = (
        "The mayor toured the depot and urged both sides to settle before the depot's "
        "centenary in June."
    )
    assert _values(text, date(2004, 3, 5))["June"] == "2004-06"
    # a past with no deadline keeps last June
    text = "The mayor said the depot had closed before its centenary in June."
    assert _values(text, date(2004, 3, 5))["June"] == "2003-06"


@given(published=_NEWS_DAYS)
def test_overnight_on_a_weekday_is_that_weekdays_night(published: date) -> None:
    """ "overnight on Monday" is dated by Monday, not by the night before the news day."""
    text = "The river burst its banks overnight on Monday, the council said."
    values = _values(text, published)
    assert "overnight" not in values
    assert values["Monday"] == _weekday_back(published, 0).isoformat()


def test_a_holiday_naming_a_near_thing_is_the_nearest() -> None:
    """ "said all seats for the Bastille Day gala had been sold", written a week before: this
    year's; written in spring, the past still says last year's."""
    text = "The director said all 2,000 seats for the Bastille Day gala had been sold."
    assert _values(text, date(1971, 7, 2))["Bastille Day"] == "1971-07-14"
    assert _values(text, date(1971, 3, 2))["Bastille Day"] == "1970-07-14"
    # the long weekend a holiday makes is not a thing named by it
    text = "Traffic was heavy over the Easter weekend."
    assert _values(text, date(1971, 3, 2))["Easter weekend"].startswith("1970")


@given(published=_NEWS_DAYS)
def test_st_stephens_day_last_year(published: date) -> None:
    """ "on St. Stephen's Day last year" is 26 December of the year before."""
    text = "Mr. Quill said the lane had been blocked with a gate on St. Stephen's Day last year."
    assert _values(text, published)["St. Stephen's Day last year"] == (
        f"{published.year - 1:04d}-12-26"
    )


@given(published=_NEWS_DAYS)
def test_a_lone_dash_closes_the_clause_before_it(published: date) -> None:
    """Stop 31: "... where you are going — on Sunday a man walked ...": the date after a lone
    dash is the next clause's, told in the past, whatever the tense before the dash."""
    text = "Always tell someone where you are going — on Sunday a hiker walked for nine hours."
    sunday = date.fromisoformat(_values(text, published)["Sunday"])
    assert sunday.weekday() == 6 and timedelta(0) <= published - sunday < timedelta(days=7)


@given(published=_NEWS_DAYS)
def test_the_dashes_of_an_aside_leave_its_clause_whole(published: date) -> None:
    """A pair of dashes sets off an aside: the date after it is the main clause's, and a date
    right after a dash is a range's end ("Monday – Friday"), not a clause's start."""
    text = "Brackley Mills — founded by two weavers — will reopen on Monday."
    assert _values(text, published)["Monday"] == _weekday_ahead(published, 0).isoformat()
    text = "Corran Hall said it will reopen on Friday — its roof was mended last week."
    assert _values(text, published)["Friday"] == _weekday_ahead(published, 4).isoformat()
