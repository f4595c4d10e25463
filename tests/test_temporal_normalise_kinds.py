"""The calendar's normalisers, one module a kind (`normalise_dates`, `normalise_quarters`,
`normalise_holidays`, composed in `normalise_absolute`): each rule's normaliser lives in the
module of its kind, and each kind reads its invented sentences through `tag`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.temporal import tag
from timeline.temporal.normalise import _HANDLERS

#: which module holds the normaliser of each calendar rule
_KIND_MODULES = {
    "timeline.temporal.normalise_dates": (
        "iso", "numeric", "mdy", "dmy", "dmy_caps", "dmy_short", "my", "month", "numeric_dm",
        "month_rel", "week_of_month", "ordinal_day", "range_day", "year", "era_year",
        "apos_year", "decade", "century",
    ),
    "timeline.temporal.normalise_quarters": ("quarter", "month_quarter", "fiscal"),
    "timeline.temporal.normalise_holidays": ("season", "holiday"),
}  # fmt: skip

_PUBLISHED = date(2023, 10, 23)  # a Monday


@pytest.mark.parametrize(
    ("module", "rule"),
    [(module, rule) for module, rules in _KIND_MODULES.items() for rule in rules],
)
def test_each_calendar_rule_is_normalised_in_the_module_of_its_kind(module: str, rule: str) -> None:
    assert _HANDLERS[rule].__module__ == module


@pytest.mark.parametrize("module", [*_KIND_MODULES, "timeline.temporal.normalise_absolute"])
def test_each_normalising_module_is_well_under_the_size_of_a_module(module: str) -> None:
    path = Path(__file__).parent.parent / (module.replace(".", "/") + ".py")
    assert len(path.read_text(encoding="utf-8").splitlines()) < 400


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # days, months, years, decades, centuries
        ("The ferry sank on March 3, 2021, off the cape.", "March 3, 2021", "2021-03-03"),
        ("The mill was built in May 1941 by the town.", "May 1941", "1941-05"),
        ("The choir was founded in the 1990s.", "the 1990s", "199"),
        ("The abbey dates from the 12th century.", "the 12th century", "11"),
        # quarters, halves, fiscal years
        ("Sales of bicycles rose in the third quarter of 2019.", "the third quarter of 2019",
         "2019-Q3"),
        ("The bakery chain lost money in fiscal 2022.", "fiscal 2022", "FY2022"),
        # seasons and holidays
        ("The bridge was closed in summer 1941 for repairs.", "summer 1941", "1941-SU"),
        ("The museum reopened on Christmas Day 2019.", "Christmas Day 2019", "2019-12-25"),
    ],
)  # fmt: skip
def test_each_kind_reads_its_sentence(text: str, expression: str, value: str) -> None:
    found = [(timex.text, timex.value) for timex in tag(text, _PUBLISHED)]
    assert (expression, value) in found
