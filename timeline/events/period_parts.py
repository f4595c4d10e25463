"""The first or last months, weeks or days of a period named right after them, as one period:
"sales rose in the first four months of 2019" is January to April 2019, "the final two weeks
of March" the last 14 days of March ("the first four months" alone is a duration). Its value is
an ISO 8601 interval; `periods.periods_ended` asks it of each expression and the one after it.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> text = "Prices fell in the final two weeks of March 2021."
    >>> part = Timex(15, 34, "the final two weeks", "DURATION", "P2W")
    >>> march = Timex(38, 48, "March 2021", "DATE", "2021-03", granularity="month",
    ...               date_start=date(2021, 3, 1), date_end=date(2021, 3, 31))
    >>> found = part_of_period(Sentence(0, len(text), text, 0), part, march)
    >>> found.text, found.value, found.granularity
    ('the final two weeks of March 2021', '2021-03-18/2021-03-31', 'day')
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from timeline.kinds import Granularity, TimexType
from timeline.temporal import Timex
from timeline.temporal.calendar import add_months
from timeline.temporal.vocabulary import NUMBER_WORDS

if TYPE_CHECKING:
    from timeline.sentences import Sentence

__all__ = ["part_of_period"]


#: "the first four months", "the last two weeks", "the final 10 days": the head of a part.
_PART = re.compile(
    r"(?i)the\s+(?P<side>first|last|final|opening|closing)\s+(?P<n>\d{1,2}|[a-z]+)\s+"
    r"(?P<unit>months|weeks|days)"
)
_OF = re.compile(r"(?i)\s+of\s+")
#: the first or last weeks of a period are counted from its first or last day, not ISO weeks
#: ("the first two weeks of December" is 1 to 14 December): a span of days
_PART_GRANULARITY = {
    "months": Granularity.MONTH,
    "weeks": Granularity.DAY,
    "days": Granularity.DAY,
}


def part_of_period(sentence: Sentence, part: Timex, whole: Timex) -> Timex | None:
    """The first or last months, weeks or days of a period named right after them, as one
    period: "sales rose in the first four months of 2019" is January to April 2019 ("the
    first four months" alone is a duration). Its value is an ISO 8601 interval.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> text = "Sales rose in the first four months of 2019."
    >>> part = Timex(14, 35, "the first four months", "DURATION", "P4M")
    >>> year = Timex(39, 43, "2019", "DATE", "2019", granularity="year",
    ...              date_start=date(2019, 1, 1), date_end=date(2019, 12, 31))
    >>> found = part_of_period(Sentence(0, len(text), text, 0), part, year)
    >>> found.text, found.value, found.date_start, found.date_end
    ('the first four months of 2019', '2019-01/2019-04', datetime.date(2019, 1, 1), \
datetime.date(2019, 4, 30))
    """
    match = _PART.fullmatch(part.text)
    if (
        match is None
        or whole.date_start is None
        or whole.date_end is None
        or _OF.fullmatch(sentence.text, part.end - sentence.start, whole.start - sentence.start)
        is None
    ):
        return None
    written = match["n"].lower()
    count = int(written) if written.isdigit() else NUMBER_WORDS.get(written)
    if count is None or count != int(count) or count < 1:
        return None
    unit, count = match["unit"].lower(), int(count)
    first_side = match["side"].lower() in ("first", "opening")
    if unit == "months":
        if first_side:
            first, last = whole.date_start, add_months(whole.date_start, count) - timedelta(days=1)
        else:
            first, last = add_months(whole.date_end + timedelta(days=1), -count), whole.date_end
        value = f"{first.isoformat()[:7]}/{last.isoformat()[:7]}"
    else:
        days = count * (7 if unit == "weeks" else 1)
        if first_side:
            first, last = whole.date_start, whole.date_start + timedelta(days=days - 1)
        else:
            first, last = whole.date_end - timedelta(days=days - 1), whole.date_end
        value = f"{first.isoformat()}/{last.isoformat()}"
    if first < whole.date_start or last > whole.date_end or first > last:
        return None  # "the first 14 months of 2019": more than the period holds
    return Timex(
        start=part.start,
        end=whole.end,
        text=sentence.text[part.start - sentence.start : whole.end - sentence.start],
        type=TimexType.DATE.value,
        value=value,
        mod=None,
        granularity=_PART_GRANULARITY[unit].value,
        date_start=first,
        date_end=last,
    )
