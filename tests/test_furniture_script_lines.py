"""A broadcast's, a service's and a print page's furniture, and the days their stamps state (issue
13, stop 37): a script's production fields, a presenter's link to a reporter, the next report
with its owner, a paper's next-week promo, a reader's invitation, a restriction on the copy, a
monitoring service's head note and omission, a masthead in columns, captions of a paper's own or
an earlier picture, a sponsor's line, a profile after its heading and a colon, an exchange
notice's rules, a print-era dateline with a stop and a spaced dash or a source and a colon; and
the days of a bulletin's label with its clock first, a fax's header, a monitor's source line, a
yearless dateline placed by a weekday-bearing date with its year or by its masthead's weekday.
The story's sentences in the same words keep their rows.

Every line here is invented (`tests/furniture_script_forms.py` draws more of each kind)."""

from __future__ import annotations

import datetime
import importlib

import pytest
from hypothesis import given, settings

from timeline.furniture import furniture
from timeline.published import resolve_published

from .furniture_forms import article, covered, sentence_days
from .furniture_script_forms import monitoring_line, print_lead, script_line, service_line

#: The module, not the function `timeline.published` exports under its name.
year_span_module = importlib.import_module("timeline.published.year_span")

_STORY = (
    "The harbour board voted on Monday to close the old pier at Tarrow for repairs.\n\n"
    "Work will begin in June, the board's chairman, Jo Lee, told reporters.\n"
)


def _pieces(text: str) -> list[str]:
    return [text[piece.start : piece.end] for piece in furniture(text)]


@pytest.mark.parametrize(
    "line",
    [
        "WRITER: J. LEE   EDITOR: A. McROE",
        "ITEM 3 OF 9 -- DURATION 1'45\" -- READER: ANA RUIZ -- SUB: K.M.",
        '(INSERT CLIP: LEE AT THE QUAY, 20 SECS -- IN: "We were told..." OUT: "...home.")',
        "From Tarrow, our reporter:",
        "The Farm Editor's next report will appear Thursday, Sept. 26.",
        "Our next bulletin is at two o'clock.",
        "Next week: full report of the harbour board's estimates meeting.",
        "Next report: Friday 24 May. Distribution restricted to clients of Quay Trading; not for "
        "reproduction.",
        "Text of report by Spanish newspaper El Faro website on 9 July",
        "[Passage omitted: arrests of two men in Tarrow last year]",
        "Archive picture from May 2014: an empty platform at Tarrow station.",
        "Our photograph, taken at the opening on May 2, 1956, shows the quay.",
        "The No. 3 crane at Tarrow, photographed when it was commissioned in March, 1951.",
        "THE QUAY HERALD    Tuesday, May 3, 1974    (Mail matter approved, Tarrow P.O.)",
        "This issue is presented by Roe & Co LLP. Counsel to the coast since 1987.",
        "About Quay Energi ASA: a company with interests on the coast, listed in Tarrow.",
        "This information is considered to be inside information pursuant to the EU Market "
        "Abuse Regulation.",
        "Downloaded from the Quay Historical Archive, 03 Feb 2019.",
        "Also on this page: Three held after Tarrow goldsmith raid",
    ],
)
def test_a_line_of_the_page_s_own_is_furniture_and_gives_no_row(line: str) -> None:
    text, _ = article(line, "foot")
    assert covered(line, "foot"), line
    assert not any(line[:30] in sentence for sentence, _ in sentence_days(text))


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("KANDY, Sept. 3. -- ", "KANDY, Sept. 3. -- "),
        ("TARROW, Oct 14 (QPS): ", "TARROW, Oct 14 (QPS): "),
        ("ST. LOUIS, Feb 25 (QPS): ", "ST. LOUIS, Feb 25 (QPS): "),
    ],
)
def test_a_print_era_dateline_run_into_its_story_is_furniture(opening: str, dateline: str) -> None:
    text = f"Pier to close\n\n{opening}{_STORY}"
    assert dateline in _pieces(text)


def test_a_heading_of_fields_under_a_heading_of_fields_is_no_dateline() -> None:
    text = (
        "PIER SHUT: BOTH SIDES CALLED TO THE HARBOUR COURT TONIGHT\n"
        "TOWN SOUND ARCHIVE -- TRANSCRIPT -- Reel 74/311, Side B\n\n" + _STORY
    )
    assert "TOWN SOUND ARCHIVE -- TRANSCRIPT -- Reel 74/311, Side B" in _pieces(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The next report of the inspectors will be read to the board on Monday.",
        "Letters from the front were welcome, the widow told us on Monday.",
        "The minister, pictured at the court on Monday, will appeal the ruling.",
        "Next week: we're live at the Tarrow food fair on Saturday.",
        "The report, not for publication, said 40 jobs would go on Monday.",
    ],
)
def test_a_story_sentence_in_the_same_words_keeps_its_row(sentence: str) -> None:
    text = f"Pier to close\n\n{_STORY}\n{sentence}\n"
    assert any(sentence[:30] in row for row, _ in sentence_days(text))


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Bulletin: 1.30 p.m., Tuesday, 15 October 1974", datetime.date(1974, 10, 15)),
        ("FROM: QUAY TRADING   TEL 32 41 18   17 MAY 91 14:12   P.01", datetime.date(1991, 5, 17)),
    ],
)
def test_a_bulletin_s_or_a_fax_s_stamp_dates_the_page(head: str, day: datetime.date) -> None:
    assert resolve_published(f"Pier to close\n{head}\n\n{_STORY}").date == day


def test_a_monitor_s_source_line_dates_the_page() -> None:
    text = (
        f"Pier to close\nText of report by Spanish newspaper El Faro website on 9 July\n\n{_STORY}"
        "\nSource: El Faro website, Tarrow, in Spanish 9 Jul 03\n"
    )
    assert resolve_published(text).date == datetime.date(2003, 7, 9)


def test_a_yearless_dateline_takes_the_year_of_a_dated_weekday_of_the_story() -> None:
    text = (
        "School to reopen\n\nKANDY, Sept. 3. -- The school, built in 1928, will reopen on "
        "Thursday, the director said today.\n\nForms must reach the office before Monday, "
        "September 30, 1963.\n"
    )
    assert resolve_published(text).date == datetime.date(1963, 9, 3)


def test_a_dated_weekday_of_years_ago_places_no_dateline() -> None:
    text = (
        "Veterans gather\n\nTARROW, Dec. 7. -- Veterans met today, as they have every year "
        "since 1991.\n\nThe base was attacked on Sunday, December 7, 1941.\n"
    )
    assert resolve_published(text).date is None


class _ReadIn2040(datetime.date):
    """A calendar whose today is in 2040: the page is read long after it was written."""

    @classmethod
    def today(cls) -> _ReadIn2040:
        return cls(2040, 1, 1)


class _ReadIn2026(datetime.date):
    """A calendar whose today is in 2026."""

    @classmethod
    def today(cls) -> _ReadIn2026:
        return cls(2026, 12, 7)


def test_a_masthead_s_own_weekday_places_its_yearless_day(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Appeals court tosses conviction\nView this email in your browser\n"
        "THE QUAY BRIEF — Tuesday, March 3 — Issue No. 412\n\n"
        "A court in Tarrow on Monday threw out the conviction of a former mayor who was "
        "convicted in October 2024.\n\nHe was sentenced the following February.\n"
    )
    # 2024 on one side only, read in 2040: Tuesday, March 3 fits 2026 and 2037 (stop 40: no
    # guess); read in 2026, today bounds the years from above and 2026 alone fits (stop 48)
    monkeypatch.setattr(year_span_module, "date", _ReadIn2040)
    assert resolve_published(text).date is None
    monkeypatch.setattr(year_span_module, "date", _ReadIn2026)
    assert resolve_published(text).date == datetime.date(2026, 3, 3)
    bounded = text + "\nA new ethics law will take effect in 2027.\n"
    assert resolve_published(bounded).date == datetime.date(2026, 3, 3)
    assert resolve_published(bounded.replace("Tuesday, ", "")).date is None


@settings(max_examples=40, deadline=None)
@given(script_line())
def test_every_drawn_script_line_is_furniture(line: str) -> None:
    assert covered(line, "between"), line


@settings(max_examples=40, deadline=None)
@given(service_line())
def test_every_drawn_service_line_is_furniture(line: str) -> None:
    assert covered(line, "foot"), line


@settings(max_examples=40, deadline=None)
@given(monitoring_line())
def test_every_drawn_monitoring_line_is_furniture(line: str) -> None:
    assert covered(line, "foot"), line


@settings(max_examples=40, deadline=None)
@given(print_lead())
def test_every_drawn_print_lead_is_furniture(line: str) -> None:
    text, start = article(line, "lead")
    assert any(f.start <= start and f.end >= start + len(line.strip()) for f in furniture(text))
