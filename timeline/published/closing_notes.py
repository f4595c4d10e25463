"""The notes at a page's foot that name the day it was published: a line telling how to cite
the page ("Cite this article: ..., 4 August 2016."), a newsletter's sending line ("This issue was
sent on Friday 10 June 2022."), and a wire's sign-off whose day completes a yearless dateline
("HW 12-10-77 1840 GMT ok/rs", or a date-time group, "HW 171412 GMT MAR 64"). Read by
`timeline.published` after the foot's stamps (`published.foot_days`).

    >>> sending_day("Nurses strike.\\n\\nThis issue was sent on Friday 10 June 2022.")
    datetime.date(2022, 6, 10)
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.furniture.newsletter_lines import is_mail_footer, sending_sentence
from timeline.furniture.notice_lines import citation_label
from timeline.published.datelines import CLOSING_LINES, in_the_texts_order
from timeline.published.stamp_years import DESK_CLOCK_RE
from timeline.temporal import tag
from timeline.temporal.date_order import full_year
from timeline.temporal.patterns import DAY_FIGURES_RE
from timeline.temporal.vocabulary import MONTHS, VOCABULARY

__all__ = ["citation_day", "sending_day", "sign_off_year"]


@cache
def _citation_label() -> re.Pattern[str]:
    """The opening of a line telling how to cite the page (`notice_lines.citation_label`)."""
    return re.compile(rf"(?m)^[ \t]*{citation_label()}")


#: A title in quotation marks, whose own dates are the story's, not the page's
_QUOTED_RE = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»")


def citation_day(text: str) -> date | None:
    """The day a line telling how to cite the page gives, its first outside the quoted title
    (a later one is the day it was read, "Accessed 5 May 2020"): 'Cite this article: Name,
    "Title", Site, 4 August 2016.' names the day the page was published, wherever it stands.

    >>> citation_day('Talks end.\\n\\nCite this article: A. Rao, "Talks end on 2 May", '
    ...              'The Desk, 4 August 2016. Accessed 5 May 2020.')
    datetime.date(2016, 8, 4)
    """
    label = _citation_label().search(text)
    if label is None:
        return None
    line_end = text.find("\n", label.end())
    line = text[label.end() : len(text) if line_end < 0 else line_end]
    unquoted = _QUOTED_RE.sub(lambda quoted: " " * len(quoted.group()), line)
    for timex in tag(unquoted, None, narrative=False):
        if timex.granularity in ("day", "time") and DAY_FIGURES_RE.match(timex.value):
            return in_the_texts_order(timex, text)
    return None


def sending_day(text: str) -> date | None:
    """The day a newsletter's footer says it was sent, among the last lines: "This issue was
    sent on Friday 10 June 2022." (`newsletter_lines.sending_sentence`) is the day it was published.

    >>> sending_day("Nurses strike.\\n\\nThis issue was sent on Friday 10 June 2022.")
    datetime.date(2022, 6, 10)
    >>> sending_day("The email was sent on 3 May 2021, the court heard.") is None
    True
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()][-CLOSING_LINES:]
    for line in lines:
        sent = sending_sentence().search(line)
        if sent is None or not is_mail_footer(line):
            continue  # "This letter was sent on 3 May 2021, the mayor said." is the story's
        for timex in tag(sent["when"], None, narrative=False):
            if timex.granularity in ("day", "time") and DAY_FIGURES_RE.match(timex.value):
                return in_the_texts_order(timex, text)
    return None


#: A day all in numbers on a wire's sign-off line, in the wire's own order: "12-10-77", "2/9/67".
_SIGN_OFF_DAY_RE = re.compile(
    r"(?<![\d/.-])(?P<first>\d{1,2})(?P<mark>[-/.])(?P<second>\d{1,2})(?P=mark)"
    r"(?P<year>\d{4}|\d{2})(?![\d/.-])"
)
#: The most words of a wire's sign-off line: its code, its clock, its zone, its day, initials.
SIGN_OFF_WORDS = 8
#: A date-time group, as wires and signals stamp a message: the day, the hour and the minute in
#: six figures, the zone, the month's name and the year, "171412 GMT MAR 64", "221530Z JAN 76".
_DATE_TIME_GROUP_RE = re.compile(
    r"(?<![\d/.-])(?P<day>3[01]|[12]\d|0[1-9])(?:[01]\d|2[0-3])[0-5]\d\s*"
    r"(?:Z|(?i:gmt|utc))\s+(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>\d{4}|\d\d)(?![\d/.-])"
)


def sign_off_year(text: str, month_day: tuple[int, int]) -> int | None:
    """The year of a dateline's day written without it ("TARROW, Oct. 12 (Wire) -"), from the
    wire's sign-off among the last lines, a short line of its code, its clock and zone and its
    day all in numbers, when that day, read either way, is the dateline's: "HW 12-10-77 1840 GMT
    ok/rs" is 1977 (its order alone is the wire's own, and is not guessed).

    >>> sign_off_year("TARROW, Oct. 12 (HW) - It rained.\\n\\nHW 12-10-77 1840 GMT ok/rs", (10, 12))
    1977
    >>> sign_off_year("TARROW, Feb. 9 (HW) - It rained.\\n\\nHW 1121A CET 2/9/67", (2, 9))
    1967
    >>> sign_off_year("TARROW, Feb. 9 (HW) - It rained.\\n\\nHW 1121A CET 3/9/67", (2, 9)) is None
    True

    A date-time group naming the dateline's day and month gives its year (stop 45):

    >>> sign_off_year("TARROW, March 17 (HW) - It rained.\\n\\nHW/jk 171412 GMT MAR 64", (3, 17))
    1964
    >>> sign_off_year("TARROW, March 17 (HW) - It rained.\\n\\nHW 181412Z MAR 64", (3, 17)) is None
    True
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()][-CLOSING_LINES:]
    for line in reversed(lines):
        words = line.split()
        if len(words) > SIGN_OFF_WORDS:
            continue
        group = _DATE_TIME_GROUP_RE.search(line)
        if group is not None and month_day == (
            MONTHS.get(group["month"].lower()),
            int(group["day"]),
        ):
            year = int(group["year"])
            return full_year(year) if len(group["year"]) == 2 else year
        if not any(word.upper() in VOCABULARY.time_zones for word in words):
            continue
        for found in _SIGN_OFF_DAY_RE.finditer(line):
            rest = line[: found.start()] + " " + line[found.end() :]
            first, second = int(found["first"]), int(found["second"])
            if DESK_CLOCK_RE.search(rest) and month_day in ((first, second), (second, first)):
                year = int(found["year"])
                return full_year(year) if len(found["year"]) == 2 else year
    return None
