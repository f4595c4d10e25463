"""A page titled as an issue of a series of reports with its day ("Grain market report, Monday
3 May 2004: prices ease") is published that day, as a brief or a bulletin so titled is; a
ruling's, a meeting's or minutes' day in a title, or a report's day below the title, is not
the page's.

The fixtures are written here."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.published import resolve_published

_BODY = (
    "Buyers were cautious at the opening and prices eased through the morning as supplies "
    "from the coast arrived on time.\n\n"
    "Dealers expect a quieter week ahead with the holiday falling on the weekend.\n"
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Grain market report, Monday 3 May 2004: prices ease", date(2004, 5, 3)),
        ("Crop report, 14 June 2011: rain delays planting", date(2011, 6, 14)),
        ("Alpine snow report, Saturday 2 January 2021: fresh powder up high", date(2021, 1, 2)),
        ("Weekly fishing report, August 5, 2018: bass biting early", date(2018, 8, 5)),
        ("Harbour traffic report, 9 October 1996", date(1996, 10, 9)),
    ],
)
def test_a_series_report_s_title_names_its_day(title: str, expected: date) -> None:
    text = f"{title}\nMembers' edition\n\n{_BODY}"
    assert resolve_published(text).date == expected


@pytest.mark.parametrize(
    "text",
    [
        f"Court ruling, 3 March 2019: appeal dismissed\n\n{_BODY}",
        f"Council minutes, 3 March 1952: bridge tender accepted\n\n{_BODY}",
        f"Prices ease at the exchange\nInspection report, 3 March 2019: see page 4\n\n{_BODY}",
        f"Crop report, 14 June 2011 was the wettest on record\n\n{_BODY}",
    ],
)
def test_another_document_s_day_is_not_the_page_s(text: str) -> None:
    assert resolve_published(text).date is None
