"""The day a weekly's issue was published when its head names the issue's week and year and its
dateline the weekday the story was filed on: "Issue 19/94 | Week 41, 1994" over "TARROW,
Wednesday -- ..." is Wednesday of that ISO week, 12 October 1994 (stop 36). A week alone is no
day, and neither is a weekday alone.

    >>> issue_week_day("LETTER\\nIssue 19/94 | Week 41, 1994\\n\\nTARROW, Wednesday -- It sailed.")
    datetime.date(1994, 10, 12)
    >>> issue_week_day("LETTER\\nIssue 19/94 | Week 41, 1994\\n\\nThe ferry sailed.") is None
    True
"""

from __future__ import annotations

import re
from datetime import date

from timeline.published.writing_day import dateline_weekday

__all__ = ["issue_week_day"]

#: The lines of the head an issue's week is read in.
ISSUE_LINES = 8
#: An issue's week and its year, on one line: "Week 41, 1994", "Week 41 · 1994", "Wk 41/1994".
_ISSUE_WEEK = re.compile(
    r"\b(?:Week|WEEK|Wk\.?)\s+(?P<week>[1-9]|[1-4]\d|5[0-3])\s*(?:[,/·|]\s*|\s+)"
    r"(?P<year>1[6-9]\d\d|20\d\d)\b"
)


def issue_week_day(text: str) -> date | None:
    """The day of the ISO week the head's issue line names, on the weekday its dateline
    names; None without both."""
    head = "\n".join(text.split("\n", ISSUE_LINES)[:ISSUE_LINES])
    weeks = {(int(m["year"]), int(m["week"])) for m in _ISSUE_WEEK.finditer(head)}
    if len(weeks) != 1:
        return None
    weekday = dateline_weekday(text)
    if weekday is None:
        return None
    year, week = weeks.pop()
    try:
        return date.fromisocalendar(year, week, weekday)
    except ValueError:
        return None
