"""A stamp's date in the spellings pages of many countries write that the tagger does not read
(`timeline.published.stamp_spellings`), its clock in the forms they write it, at the head or
at the foot: the day is found, and a sentence of the story in such a spelling is still no
stamp; a stamp's clock is never read as a day of its own (stop 42, helper `pubdate4`).

The fixtures are written here, in forms no benchmark article has."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.furniture.captions import is_caption
from timeline.published import resolve_published
from timeline.published.stamp_spellings import respelled

_HEADLINE = "Council backs harbour plan"
_BODY = (
    "The council approved the plan after a long debate that ran late into the evening. "
    "Officials said work would begin soon and last a year.\n\n"
    "The mayor welcomed the vote and thanked residents for their patience during the review.\n"
)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ABBREVIATIONS = (
    *("Jan", "Feb", "Mar", "Apr", "May", "Jun"),
    *("Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
)
_DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2025, 12, 31))
#: two-digit years within a century before today's
_SHORT_YEAR_DAYS = st.dates(min_value=date(1960, 1, 1), max_value=date(2025, 12, 31))
_LABELS = st.sampled_from(
    ["", "Published ", "Published: ", "Posted on ", "Filed ", "Issued: ", "Date: ", "Dated "]
)
_CLOCKS = st.sampled_from(
    ["", " 09:12", ", 09:12 GMT", " - 09h12", " 09:12 hrs", " @ 9:12am", " | 9:12 AM", " 0912 GMT"]
)


def _spelled(day: date, form: int) -> str:
    month = _ABBREVIATIONS[day.month - 1]
    return [
        f"{day.day}.{_ROMAN[day.month - 1]}.{day.year}",  # Polish, Italian, Hungarian
        f"{day.day}-{_ROMAN[day.month - 1]}-{day.year}",
        f"{day.day}. {day.month}. {day.year}",  # Czech, Slovak, German
        f"{day.year}. {day.month}. {day.day}.",  # Korean
        f"{day.year}年{day.month}月{day.day}日",  # Japanese, Chinese
        f"{day.day:02d}-{month}-{day.year}",  # an exchange's or a registry's
        f"{day.day:02d}-{month.upper()}-{day.year % 100:02d}",  # a machine's
        f"{day.day} {month} {day.year % 100:02d}",  # a wire's or a telex's
        f"{day.day} {month.upper()} {day.year % 100:02d}",
        f"{month} {day.day}, '{day.year % 100:02d}",  # a year cut to an apostrophe
    ][form]


def _story(stamp: str, foot: bool) -> str:
    if foot:
        return f"{_HEADLINE}\n\n{_BODY}\n{stamp}\n"
    return f"{_HEADLINE}\n\n{stamp}\n\n{_BODY}"


@settings(max_examples=300, deadline=None)
@given(_SHORT_YEAR_DAYS, st.integers(0, 9), _LABELS, _CLOCKS, st.booleans())
def test_a_stamp_in_a_spelling_the_tagger_does_not_read_is_found(
    day: date, form: int, label: str, clock: str, foot: bool
) -> None:
    stamp = label + _spelled(day, form) + clock
    if form in (7, 8) and label == "" and clock in ("", " 09:12 hrs"):
        return  # "4 Mar 19" alone, or before a clock only: a day and a count as much as a stamp
    assert resolve_published(_story(stamp, foot)).date == day, stamp


@settings(max_examples=150, deadline=None)
@given(_DAYS, st.integers(0, 5), st.booleans())
def test_a_sentence_in_such_a_spelling_is_no_stamp(day: date, form: int, foot: bool) -> None:
    sentence = f"The council met on {_spelled(day, form)}, a spokesperson said."
    text = (
        f"{_HEADLINE}\n\n{_BODY}\n{sentence}\n" if foot else f"{_HEADLINE}\n\n{sentence}\n\n{_BODY}"
    )
    assert resolve_published(text).date is None, sentence


def test_a_count_after_a_day_is_no_two_digit_year() -> None:
    assert respelled("4 March 12 people died") == "4 March 12 people died"
    assert respelled("On 4 Mar 19 boats sailed") == "On 4 Mar 19 boats sailed"
    assert respelled("Posted 30.II.2019") == "Posted 30.II.2019"  # no such day


@settings(max_examples=200, deadline=None)
@given(
    _DAYS.filter(lambda day: day.day <= 12 and day.day != day.month),
    st.sampled_from(["Updated ", "Published ", "Posted: ", ""]),
    st.sampled_from([" @ 9:12am", " 09:12", ", 9:12 a.m."]),
)
def test_a_stamp_s_clock_is_no_day_of_its_own(day: date, label: str, clock: str) -> None:
    """A weekday-bearing all-number stamp whose weekday picks one reading: its clock, which
    the tagger dates with the other reading, never gives that other day."""
    weekday = day.strftime("%A")
    stamp = f"{label}{weekday}, {day.day:02d}/{day.month:02d}/{day.year}{clock}"
    swapped = date(day.year, day.day, day.month)
    if swapped.weekday() == day.weekday():
        return  # both readings fall on the weekday: either day
    assert resolve_published(_story(stamp, foot=False)).date == day, stamp


def test_a_clock_in_brackets_after_a_stamp_s_year_is_no_running_time() -> None:
    assert not is_caption("Publication date: 4 March 1999 (09:12)")
    assert not is_caption("Date: the 4th of March, 1999 (09:12)")
    assert is_caption("VIDEO: Riders react to the fare rise (1:42)")
    assert is_caption("Watch: The flood at the quay [02:15]")
    for foot in (False, True):
        text = _story("Publication date: 4 March 1999 (09:12)", foot)
        assert resolve_published(text).date == date(1999, 3, 4)


@settings(max_examples=100, deadline=None)
@given(_DAYS, st.sampled_from([" - 09h12", " 09h12", " 09:12 hrs", " 0912 hrs"]))
def test_a_clock_in_hours_at_the_foot_closes_a_stamp(day: date, clock: str) -> None:
    stamp = f"{day.day} {day.strftime('%B')} {day.year}{clock}"
    assert resolve_published(_story(stamp, foot=True)).date == day, stamp


@settings(max_examples=100, deadline=None)
@given(
    _DAYS,
    st.sampled_from(
        [
            "For immediate release: {}",
            "For Immediate Release — {}",
            "For release {}",
            "FOR IMMEDIATE RELEASE: {}",
        ]
    ),
    st.sampled_from(["%d %B %Y", "%B %d, %Y", "%A, %d %B %Y"]),
)
def test_a_press_release_s_release_line_dates_the_page(day: date, line: str, form: str) -> None:
    stamp = line.format(day.strftime(form))
    text = f"PRESS RELEASE\n{stamp}\n{_HEADLINE}\n\n{_BODY}"
    assert resolve_published(text).date == day, stamp


def test_a_gmt_clock_is_no_american_stamp_s_order() -> None:
    """A stamp's all-number day beside a clock in Greenwich time, over a story writing its
    dates month first in words: no American stamp, whose order the story's words tell; the
    page's own day in words still tells it."""
    stamp = "By Jo Lee · 04/03/2026 · 07:45 GMT"
    story = f"{_HEADLINE}\n{stamp}\n\n{_BODY}\nThe board wrote to the council on February 26.\n"
    assert resolve_published(story).date is None
    told = story + "\nPrinted edition of 4 March 2026.\n"
    assert resolve_published(told).date == date(2026, 3, 4)
    american = story.replace("07:45 GMT", "07:45 ET")
    assert resolve_published(american).date == date(2026, 4, 3)


@settings(max_examples=100, deadline=None)
@given(
    _DAYS,
    st.integers(1, 20),
    st.sampled_from(["Correction appended {}", "Corrected: {}", "Clarification added {}"]),
    st.sampled_from(["%A, %d/%m/%Y", "%d %B %Y", "%A, %d %B %Y"]),
)
def test_a_correction_s_day_above_the_stamp_never_dates_the_page(
    day: date, later: int, line: str, form: str
) -> None:
    corrected = date.fromordinal(day.toordinal() + later)
    correction = line.format(corrected.strftime(form))
    stamp = f"Posted: {day.day} {day.strftime('%B').upper()} {day.year}"
    text = f"{_HEADLINE}\n{correction}\n{stamp}\n\n{_BODY}"
    assert resolve_published(text).date == day, correction
    assert resolve_published(f"{_HEADLINE}\n{correction}\n\n{_BODY}").date is None, correction


def test_under_an_update_a_stamp_of_its_own_form_before_it_is_the_first_day() -> None:
    text = f"{_HEADLINE}\nUpdated 30.6.1993\nDate: 21-Jun-1993\n\n{_BODY}"
    assert resolve_published(text).date == date(1993, 6, 21)


def test_a_broadcast_s_day_at_the_foot_dates_the_page() -> None:
    for line in ("Air date: 4 March 2019", "Aired 4 March 2019", "Broadcast 4 March 2019 09:12"):
        assert resolve_published(_story(line, foot=True)).date == date(2019, 3, 4), line
    for line in ("Next broadcast: 11 March 2019", "Recorded 2 March 2019, broadcast 4 March 2019"):
        assert resolve_published(_story(line, foot=True)).date is None, line
