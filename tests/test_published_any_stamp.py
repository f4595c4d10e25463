"""The publication date, for any form of stamp and no other line: a stated stamp of a valid day
in any supported form, at the head or at the foot, is found; a sentence of the story, a pointer
to another story or a correction is never read as one (a wrong guess is worse than none).

The fixtures are written here, in forms and zones no benchmark article has."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.published import resolve_published
from timeline.wordlists import table

_HEADLINE = "Council backs harbour plan"
_BODY = (
    "The council approved the plan after a long debate that ran late into the evening. "
    "Officials said work would begin soon and last a year.\n\n"
    "The mayor welcomed the vote and thanked residents for their patience during the review.\n"
)
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
#: the months' names in other languages (`data/month_names.csv`), by month
_LOCAL = {
    number: sorted(name for name, month in table("month_names.csv") if int(month) == number)
    for number in range(1, 13)
}

_LABELS = st.sampled_from(
    [
        "",
        "Published ",
        "Published: ",
        "First published ",
        "First published on ",
        "Posted ",
        "Posted on ",
        "Posted: ",
        "Filed ",
        "Filed: ",
        "Issued: ",
        "Date: ",
        "Publication date: ",
        "PUBLISHED: ",
        "Datum: ",
        "Fecha: ",
    ]
)
_CLOCKS = st.sampled_from(
    [
        "",
        " 09:12",
        " at 9:12 am",
        ", 09:12 GMT",
        " 09:12 +0100",
        " 9.12am BST",
        " | 09:12",
        " - 09:12 CET",
        " 09:12 AM ET",
        " - 09h12",  # the hour as French and Portuguese pages write it (stop 49)
    ]
)
_DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2025, 12, 31))


def _in_words(day: date, form: int) -> str:
    month, weekday = _MONTHS[day.month - 1], _WEEKDAYS[day.weekday()]
    short = month if len(month) <= 4 else f"{month[:3]}."  # "May 1", "June 4", "Sept. 9"
    return [
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{short} {day.day}, {day.year}",
        f"{day.day} {month[:3]} {day.year}",
        f"{weekday} {day.day} {month} {day.year}",
        f"{weekday[:3]}, {day.day} {month[:3]} {day.year}",
        f"{weekday}, {month} {day.day}, {day.year}",
        f"{day.isoformat()}",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
    ][form]


def _story(stamp: str, foot: bool) -> str:
    if foot:
        return f"{_HEADLINE}\n\n{_BODY}\n{stamp}\n"
    return f"{_HEADLINE}\n\n{stamp}\n\n{_BODY}"


@settings(max_examples=300, deadline=None)
@given(_DAYS, st.integers(0, 9), _LABELS, _CLOCKS, st.booleans())
@example(date(2000, 1, 1), 9, "", " 09:12 AM ET", False)  # day = month: both orders agree
def test_any_stamp_in_words_or_figures_is_found(
    day: date, form: int, label: str, clock: str, foot: bool
) -> None:
    stamp = label + _in_words(day, form) + clock
    expected: date | None = day
    if form == 9 and clock.endswith(" ET") and day.day <= 12 and day.day != day.month:
        expected = None  # the points show the day first, a zone of the Americas the month
    assert resolve_published(_story(stamp, foot)).date == expected, stamp


@settings(max_examples=200, deadline=None)
@given(_DAYS, st.data(), _LABELS, _CLOCKS, st.booleans())
def test_any_stamp_with_its_month_in_another_language_is_found(
    day: date, data: st.DataObject, label: str, clock: str, foot: bool
) -> None:
    month = data.draw(st.sampled_from(_LOCAL[day.month]))
    written = data.draw(
        st.sampled_from([f"{day.day} {month} {day.year}", f"{day.day} de {month} de {day.year}"])
    )
    stamp = label + written + clock
    assert resolve_published(_story(stamp, foot)).date == day, stamp


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=date(1950, 1, 13), max_value=date(2025, 12, 31)).filter(
        lambda day: day.day > 12
    ),
    st.sampled_from(["/", "-"]),
    st.booleans(),
    _LABELS,
    st.booleans(),
)
def test_an_all_number_stamp_is_found_day_or_month_first(
    day: date, separator: str, day_first: bool, label: str, foot: bool
) -> None:
    parts = (day.day, day.month) if day_first else (day.month, day.day)
    stamp = f"{label}{parts[0]:02d}{separator}{parts[1]:02d}{separator}{day.year}"
    assert resolve_published(_story(stamp, foot)).date == day, stamp


_SUBJECTS = st.sampled_from(
    ["The council", "Police", "The union", "Officials", "The harbour board", "Residents"]
)
_VERBS = st.sampled_from(
    [
        "met on",
        "published its report on",
        "said the hearing resumes on",
        "was last updated on",
        "filed the claim on",
        "posted the notice on",
    ]
)


@settings(max_examples=200, deadline=None)
@given(_SUBJECTS, _VERBS, _DAYS, st.integers(0, 9), st.booleans())
def test_a_sentence_of_the_story_is_never_a_stamp(
    subject: str, verb: str, day: date, form: int, foot: bool
) -> None:
    sentence = f"{subject} {verb} {_in_words(day, form)}, a spokesperson said."
    text = (
        f"{_HEADLINE}\n\n{_BODY}\n{sentence}\n" if foot else f"{_HEADLINE}\n\n{sentence}\n\n{_BODY}"
    )
    assert resolve_published(text).date is None, sentence


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["Related: ", "Read more: ", "See also: ", "READ ALSO: "]),
    _DAYS,
    st.integers(0, 6),
    st.booleans(),
)
def test_a_pointer_to_another_story_never_dates_the_page(
    label: str, day: date, form: int, foot: bool
) -> None:
    line = f"{label}Harbour plan goes to a vote — {_in_words(day, form)}"
    assert resolve_published(_story(line, foot)).date is None, line


def test_a_correction_names_its_own_day_not_the_page_s() -> None:
    for line in (
        "Correction, March 5, 2019: An earlier version misstated the vote.",
        "Correction, 5 March 2019: An earlier version misstated the vote.",
        "Clarification (March 5): The plan covers two harbours.",
    ):
        assert resolve_published(_story(line, foot=False)).date is None, line
        assert resolve_published(_story(line, foot=True)).date is None, line


def test_at_the_foot_a_place_or_another_label_before_a_day_is_no_stamp() -> None:
    for line in ("Funeral, 14 marzo 2019", "Retrieved 14 mars 2019", "Next meeting, 14 März 2019"):
        assert resolve_published(_story(line, foot=True)).date is None, line


@settings(max_examples=200, deadline=None)
@given(
    _DAYS,
    st.data(),
    st.sampled_from(["ROMA", "Jakarta", "BERLIN", "Lisboa", "NAIROBI", "Santiago de Chile"]),
    st.sampled_from(["ANSA", "dpa", "AFP", "Xinhua", "EFE", "Lusa", "Wire Service"]),
    st.sampled_from([" - ", " -- ", " — ", ": ", ".- "]),
)
def test_a_wire_s_dateline_in_its_own_language_is_found(
    day: date, data: st.DataObject, place: str, agency: str, dash: str
) -> None:
    month = data.draw(st.sampled_from([*_LOCAL[day.month], _MONTHS[day.month - 1]]))
    written = data.draw(
        st.sampled_from(
            [
                f"{day.day} {month} {day.year}",
                f"{day.day}. {month} {day.year}",
                f"{day.day} de {month} de {day.year}",
            ]
        )
    )
    line = f"{place}, {written} ({agency}){dash}{_BODY}"
    assert resolve_published(f"{_HEADLINE}\n\n{line}").date == day, line


@settings(max_examples=150, deadline=None)
@given(
    _DAYS,
    st.integers(0, 2),
    st.sampled_from(
        ["Jo Lee/Wire Photo", "Wire Photo/Jo Lee", "Photo: Jo Lee/The Courier", "PHOTO: JO LEE"]
    ),
    st.booleans(),
)
def test_a_photo_s_credit_and_its_day_never_date_the_page(
    day: date, form: int, credit: str, foot: bool
) -> None:
    line = f"{credit}, {_in_words(day, form)}"
    assert resolve_published(_story(line, foot)).date is None, line


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["Hearing", "Election", "Expires", "Match day", "Figures", "Opening night"]),
    _DAYS,
    st.integers(0, 9),
    st.sampled_from(["", ", Court 3", " at 10:00"]),
    st.booleans(),
)
def test_a_field_labelled_as_another_thing_s_never_dates_the_page(
    label: str, day: date, form: int, tail: str, foot: bool
) -> None:
    line = f"{label}: {_in_words(day, form)}{tail}"
    assert resolve_published(_story(line, foot)).date is None, line
