"""Tests for timeline/published: a first publication against its update, days that date no
page (chronologies, captions, references), copyright ranges and editors' notes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.published import Published, resolve_published

_LONG_STORY = (
    "Dock workers at Valparen ended their strike after the port authority agreed to a raise. "
    "The union said work would resume at all four terminals, and the authority said the first "
    "ships would be unloaded within a day. The strike had stranded more than forty ships. "
) * 4


_LEAD = (
    "Dock workers ended their strike on Monday after three weeks of talks with the port. "
    "The union said the deal was fair and that its members would return to work."
)
_MORE = "".join(f"\n\nShips waiting offshore numbered {n} by the evening." for n in range(1, 4))


@pytest.mark.parametrize(
    "text",
    [
        # a chronology's entries, at the top or the foot: each line opens with its own day
        f"Key dates\n\n14 February 2024 - Dockers vote\n1 March 2024 - Strike begins\n\n{_LEAD}",
        f"Port strike ends\n\n{_LEAD}{_MORE}\n\nTIMELINE\nJan 4, 2022: Talks open\n"
        "March 9, 2022: Strike called\n\nBoth sides will meet again.",
        f"Ana Ruiz, singer, dies\n\n{_LEAD}\n\nLIFE IN DATES\n1942 — Born in Lima\n"
        "12 May 2003 — Retires\n\nShe leaves two sons.",
        f"Key dates\n\nJan 4, 2022\nTalks open.\n\nMarch 9, 2022\nStrike called.\n\n{_LEAD}",
        # a life's or a festival's first day, not the page's
        f"Ana Ruiz\n\n12 May 1942 – 3 June 2023\n\n{_LEAD}",
        f"Obituary\n\nAna Ruiz (12 May 1942 – 3 June 2023)\n\n{_LEAD}",
        f"Harbour festival\n\n3 June 2023 – 12 June 2023\n\n{_LEAD}",
        # a photo's caption under the headline
        f"Port strike ends\n\nPhoto: Jo Lee, 14 February 2024\n\n{_LEAD}",
        # a pointer to another story under the story's first paragraphs
        f"Port strike ends\n\n{_LEAD}\n\nRelated stories\nDockers vote to strike\n"
        "14 February 2024\nPort fees to rise\n2 January 2024",
    ],
)
def test_a_chronology_a_period_a_caption_or_another_story_s_day_is_no_publication_date(
    text: str,
) -> None:
    assert resolve_published(text).date is None


@pytest.mark.parametrize(
    ("stamps", "expected"),
    [
        ("Updated: 5 May 2022\nFirst published: 3 May 2022", date(2022, 5, 3)),
        ("First published: 3 May 2022\nUpdated: 5 May 2022", date(2022, 5, 3)),
        ("Published 3 May 2022, updated 5 May 2022", date(2022, 5, 3)),
        ("Updated 5 May 2022 · Published 3 May 2022", date(2022, 5, 3)),
        # an update alone is the only day the page states
        ("Updated: 5 May 2022", date(2022, 5, 5)),
        # a day and its clock are no period
        ("Updated: 13/01/2021 - 17:45", date(2021, 1, 13)),
        # a day whose day and month could swap, on a page showing no order: no guess
        ("Updated: 12/01/2021 - 17:45", None),
    ],
)
def test_a_page_first_published_is_dated_by_that_day_not_its_update(
    stamps: str, expected: date | None
) -> None:
    assert resolve_published(f"Port strike ends\n\n{stamps}\n\n{_LEAD}{_MORE}").date == expected


def test_an_update_at_the_top_gives_way_to_the_first_publication_at_the_foot() -> None:
    top = "Port strike ends\n\nUpdated March 23, 2024"
    text = f"{top}\n\n{_LEAD}{_MORE * 3}\n\nPublished March 20, 2024"
    assert resolve_published(text).date == date(2024, 3, 20)


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
    later=st.integers(min_value=8, max_value=30000),
    kind=st.sampled_from(["chronology", "period", "caption", "related"]),
)
@settings(max_examples=60, deadline=None)
def test_a_text_whose_only_days_are_distractors_gets_no_publication_date(
    day: date, later: int, kind: str
) -> None:
    from datetime import timedelta

    other = day + timedelta(days=later)
    first, last = f"{day.day} {day:%B %Y}", f"{other.day} {other:%B %Y}"
    box = {
        "chronology": f"KEY DATES\n{first} - Talks open\n{last} - Strike called",
        "period": f"{first} – {last}",
        "caption": f"Photo: Jo Lee, {first}",
        "related": f"Read more\nDockers vote to strike\n{first}",
    }[kind]
    text = (
        f"Port strike ends\n\n{box}\n\n{_LEAD}"
        if kind != "related"
        else f"Port strike ends\n\n{_LEAD}\n\n{box}"
    )
    assert resolve_published(text).date is None


@given(
    day=st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)),
    later=st.integers(min_value=0, max_value=6),
)
@settings(max_examples=60, deadline=None)
def test_a_weekday_date_in_a_text_that_names_no_year_gives_no_publication_date(
    day: date, later: int
) -> None:
    # the weekday fits a year every few years: an archive's story is as likely as this year's
    from datetime import timedelta

    other = day + timedelta(days=later)
    text = (
        f"Talks end\n\nThe council met on {day:%A}, {day.day} {day:%B}. Members said talks "
        f"would resume on {other:%A}, {other.day} {other:%B}."
    )
    assert resolve_published(text) == Published(None, "none")


@pytest.mark.parametrize(
    "text",
    [
        # a reference's, a document's or an event's day under the headline
        f"Port strike ends\n\nRef: PWU/2023/08/14\n\n{_LEAD}{_MORE}",
        f"Court ruling\n\nFile No. 14/03/2019\n\n{_LEAD}{_MORE}",
        f"Minister's letter\n\nLetter dated 12 January 2020\n\n{_LEAD}{_MORE}",
        f"Audit\n\nSource: Audit Office report, 12 January 2020\n\n{_LEAD}{_MORE}",
        f"Harbour festival\n\nWhen: Saturday, 3 June 2023\nWhere: Harbour front\n\n{_LEAD}",
        # a stamp in another calendar
        f"Port strike ends\n\nPublished 3 March 2564\n\n{_LEAD}{_MORE}",
        f"Port strike ends\n\n1400/02/04\n\n{_LEAD}{_MORE}",
        # a block of other stories or of readers' comments at the foot
        f"Port strike ends\n\n{_LEAD}{_MORE * 3}\n\nRelated stories\nDockers vote to strike\n"
        "Published: 14 February 2024",
        f"Port strike ends\n\n{_LEAD}{_MORE * 3}\n\nComments\nMaria · 12 March 2021\nAbout time.",
        f"Port strike ends\n\n{_LEAD}\n\n12 Comments\nJo Lee, 4 March 2024\nGood news at last.",
    ],
)
def test_a_reference_a_document_an_event_another_calendar_or_a_comment_dates_no_page(
    text: str,
) -> None:
    assert resolve_published(text).date is None


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("© 1998-2024 Valley Media", 2024),
        ("Copyright © 2009–2023 Valley Media Ltd. All rights reserved.", 2023),
        ("Copyright 2021 Valley Media", 2021),
    ],
)
def test_a_copyright_line_with_a_range_of_years_is_of_its_last(line: str, year: int) -> None:
    # its year completes a dateline without one ("LIMA, March 14 (Wire) -")
    published = resolve_published(f"LIMA, March 14 (Wire) - {_LEAD}\n\n{line}")
    assert published == Published(date(year, 3, 14), "dateline")


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        (
            "Editor's note: This analysis was first published on 3 May 2022 and will be "
            "revised after the count.\nMore analysis: What the port deal means",
            date(2022, 5, 3),
        ),
        ("Note: This column was first published on 9 June 2019.", date(2019, 6, 9)),
        # a sentence of the story about a law's publication is no note on the page
        ("The decree was published on 3 May 2021, the minister said.", None),
    ],
)
def test_an_editor_s_note_on_when_the_page_went_out_dates_it(
    foot: str, expected: date | None
) -> None:
    assert resolve_published(f"Port strike ends\n\n{_LEAD}{_MORE}\n\n{foot}").date == expected


@pytest.mark.parametrize(
    "last",
    [
        "The decree was published on 3 May 2021, the minister said.",
        "The audit office released its report on 3 May 2021.",
        "Police said the suspect was released on bail on 3 May 2021.",
    ],
)
def test_a_story_s_last_sentence_on_a_publication_or_a_release_is_no_stamp(last: str) -> None:
    assert resolve_published(f"Port strike ends\n\n{_LEAD}{_MORE}\n\n{last}").date is None


@pytest.mark.parametrize(
    "label",
    [
        "Event date: 3 June 2023",
        "Closing date: 3 June 2023",
        "Effective date: 1 April 2024",
        "Hearing date: 3 March 2024",
        "Born: 12 May 1942 | Died: 3 June 2023",
        "Retrieved 3 March 2024",
        '"3 March 2024 — a day we will remember," said the union.',
        "Listen: The Port Podcast, 3 March 2024 (24 min)",
        "Watch: Dockers march, 3 March 2024 | 2:14",
    ],
)
def test_a_day_labelled_as_another_thing_s_is_no_publication_date(label: str) -> None:
    assert resolve_published(f"Port strike ends\n\n{label}\n\n{_LEAD}{_MORE}").date is None


def test_a_broadcast_s_recording_day_gives_way_to_its_airing_day() -> None:
    text = f"Interview\n\nRecorded: 3 March 2024 · Aired: 5 March 2024\n\n{_LEAD}{_MORE}"
    assert resolve_published(text).date == date(2024, 3, 5)


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
    label=st.sampled_from(
        ["File No.", "Ref:", "Letter dated", "When:", "Closing date:", "Born:", "Hearing date:"]
    ),
    style=st.sampled_from(["%d %B %Y", "%B %d, %Y", "%d/%m/%Y"]),
)
@settings(max_examples=80, deadline=None)
def test_a_text_whose_only_day_is_a_labelled_distractor_gets_no_publication_date(
    day: date, label: str, style: str
) -> None:
    text = f"Port strike ends\n\n{label} {day.strftime(style)}\n\n{_LEAD}{_MORE}"
    assert resolve_published(text).date is None


@pytest.mark.parametrize(
    "stamps",
    [
        "Last modified on Sat 23 Mar 2024 12.00 GMT\nWed 20 Mar 2024 11.00 GMT",
        "By Jo Lee | Updated 23 March 2024, 10:12 | Published 20 March 2024",
        "UPDATED: MAR 23 2024 | PUBLISHED: MAR 20 2024",
    ],
)
def test_an_update_s_stamp_gives_way_to_an_earlier_stamp_beside_it(stamps: str) -> None:
    text = f"Port strike ends\n\n{stamps}\n\n{_LEAD}{_MORE}"
    assert resolve_published(text).date == date(2024, 3, 20)
