"""Dates on a page that look like its stamp and are not the day it was published: the entries
of a chronology ("1994 — Born in Lima", "Jan 4, 2022: Talks open", each line opening with its
date among lines that do the same), the first day of a period ("12 May 1942 – 3 June 2023", a
life or a festival), the day a page says it was updated beside the day it was first
published, a day the words before it give to a reference, a document or an event ("File No.
14/03/2019", "Letter dated 12 January 2020", "When: Saturday, 3 June 2023"), the days in a block
under a heading of other stories or of readers' comments, and a year no Gregorian page of news
bears (a stamp in another calendar: "1400/02/04", "3 March 2564"). Read by
`timeline.published.datelines` and `timeline.published.foot_days`.

    >>> entries(["LIFE IN DATES", "1942 — Born in Lima", "2003 — Retires", "She died."])
    {1, 2}
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from timeline.furniture.boilerplate import is_promo_heading, is_summary_heading
from timeline.furniture.stamp_lines import STAMP_RULE
from timeline.temporal import Timex, tag
from timeline.temporal.vocabulary import WEEKDAYS
from timeline.wordlists import longest_first, word_list, word_set

__all__ = [
    "BROADCAST_LABEL_BEFORE_RE",
    "BROADCAST_LABEL_WORDS",
    "EARLIEST_YEAR",
    "ISSUE_WEEK_DAYS",
    "another_days_field",
    "entries",
    "is_entry",
    "line_timexes",
    "local_stamp_label",
    "names_an_issue",
    "opens_a_period",
    "plausible",
    "published_field",
    "stamp_label",
    "under_headings",
    "update_label_words",
    "updated_field",
]

#: the earliest year a page of news this product reads is dated in; a later one than a few years
#: from now is another calendar's
EARLIEST_YEAR = 1700
LATEST_YEARS_AHEAD = 10

#: the most days a range of an issue's dates spans ("Monday 12 – Sunday 18 June 2010")
ISSUE_WEEK_DAYS = 7
#: An issue's volume or number before its week in a masthead: "Vol. 4", "No. 8", "Issue 12".
_ISSUE_NUMBER_RE = re.compile(r"(?i)\b(?:vol(?:ume)?\.?|no\.|issue)\s*\d")

#: what may stand before an entry's date: a bullet, a dash
_BULLET_RE = re.compile(r"^[\s•·*▪►–—-]*$")
#: what follows an entry's date: its separator, then its words
_ENTRY_TAIL_RE = re.compile(r"^\s*(?:[-–—:|]|\s)\s*\S")
#: what joins a period's first day to its last
_RANGE_JOIN_RE = re.compile(r"(?i)^\s*(?:[-–—]|to|until|till|through)\s*$")
#: a field that says the page was updated, not first published, in English or in the label an
#: outlet sets in its own language ("Mis à jour le ", "Aktualisiert am ": `data/update_labels.txt`)
_UPDATED_RE = re.compile(
    r"(?i)\b(?:(?:last\s+)?updated|modified|revised|edited|amended"
    rf"|{'|'.join(re.escape(label) for label in longest_first('update_labels.txt'))})"
    r"\s*(?:(?!by\b)[^\W\d_]{1,3}\b)?\s*[:\-–—]?\s*(?:[a-z]{3,9}\.?,?\s+)?$"
)
#: a field that says when the page was first published
_PUBLISHED_RE = re.compile(
    r"(?i)\b(?:(?:first\s+)?published|posted|created|issued)\s*(?:on|at)?\s*[:\-–—]?\s*"
    r"(?:[a-z]{3,9}\.?,?\s+)?$"
)


@lru_cache(maxsize=2048)
def line_timexes(line: str) -> tuple[Timex, ...]:
    """The expressions of one line, read without a reference (each line is read two or three
    times: by `entries`, then by the reader of a dateline or a foot's stamp)."""
    return tuple(tag(line, None, narrative=False))


def _opens_with_a_date(line: str) -> bool:
    """Whether `line` opens with a date or a year and goes on after a separator: "1994 — Born"."""
    timexes = line_timexes(line)
    if not timexes:
        return False
    first = timexes[0]
    return (
        first.granularity in ("day", "month", "year", "time")
        and _BULLET_RE.match(line[: first.start]) is not None
        and _ENTRY_TAIL_RE.match(line[first.end :]) is not None
    )


def entries(lines: list[str]) -> set[int]:
    """The indices of `lines` (the non-blank lines of a text, in order) that are entries of a
    chronology: each opens with its date and its words follow, beside a line that does the same.

    >>> entries(["Talks end", "3 March 2021 — The council met.", "It ended."])
    set()
    >>> entries(["TIMELINE", "Jan 4, 2022", "Talks open.", "March 9, 2022", "Strike called."])
    {1, 3}
    """
    opening = [_opens_with_a_date(line) for line in lines]
    listed = {
        index
        for index, opens in enumerate(opening)
        if opens
        and ((index > 0 and opening[index - 1]) or (index + 1 < len(lines) and opening[index + 1]))
    }
    # a chronology of a day alone over each entry's words: "Jan 4, 2022" / "Talks open." / ...
    alone = [_a_date_alone(line) for line in lines]
    return listed | {
        index
        for index, day in enumerate(alone)
        if day
        and any(
            0 <= other < len(lines) and alone[other] and alone[other] != day
            for other in (index - 2, index + 2)
        )
        and not any(0 <= other < len(lines) and alone[other] for other in (index - 1, index + 1))
    }


def is_entry(lines: list[str], index: int) -> bool:
    """Whether `index` is in `entries(lines)`, reading only the lines about it (two each side).

    >>> lines = ["TIMELINE", "Jan 4, 2022", "Talks open.", "March 9, 2022", "Strike called."]
    >>> [is_entry(lines, index) for index in range(len(lines))]
    [False, True, False, True, False]
    """

    def opens(other: int) -> bool:
        return 0 <= other < len(lines) and _opens_with_a_date(lines[other])

    def alone(other: int) -> str | None:
        return _a_date_alone(lines[other]) if 0 <= other < len(lines) else None

    if opens(index) and (opens(index - 1) or opens(index + 1)):
        return True
    day = alone(index)
    return (
        bool(day)
        and any(alone(other) and alone(other) != day for other in (index - 2, index + 2))
        and not any(alone(other) for other in (index - 1, index + 1))
    )


def _a_date_alone(line: str) -> str | None:
    """The value of the day `line` is alone (a bullet or a colon about it), else None."""
    timexes = line_timexes(line)
    if len(timexes) != 1 or timexes[0].granularity != "day":
        return None
    only = timexes[0]
    if _BULLET_RE.match(line[: only.start]) is None or line[only.end :].strip(" :–—-"):
        return None
    return only.value


def opens_a_period(line: str, timex: Timex, timexes: list[Timex]) -> bool:
    """Whether `timex` is the first day of a period `line` names, a life or a festival
    ("12 May 1942 – 3 June 2023"), not a day of publication; an issue's week written with its
    weekdays ("Monday 12 June – Sunday 18 June 2010") is published on its first day.

    >>> line = "Ana Ruiz (12 May 1942 – 3 June 2023)"
    >>> found = tag(line, None, narrative=False)
    >>> opens_a_period(line, found[0], found)
    True
    >>> line = "THE QUAY COURIER • Vol. 4, No. 8 • March 7 - 13, 1996"
    >>> found = tag(line, None, narrative=False)
    >>> opens_a_period(line, found[0], found)
    False
    """
    later = [t for t in timexes if t.start >= timex.end]
    if not later or _RANGE_JOIN_RE.match(line[timex.end : later[0].start]) is None:
        return False
    last = later[0]
    if last.granularity not in ("day", "month", "year") or timex.date_start is None:
        return False  # "12/01/2021 - 17:45": a day and its clock
    if last.date_start is None:
        return True
    span = (last.date_start - timex.date_start).days
    weekday = timex.text.split()[0].strip(",").lower() in WEEKDAYS
    # a weekly's masthead names its issue's number before its week: "Vol. 4, No. 8 • February
    # 22 - 28, 1996" is published on the 22nd (stop 40)
    issue = _ISSUE_NUMBER_RE.search(line, 0, timex.start) is not None
    return not ((weekday or issue) and 0 < span <= ISSUE_WEEK_DAYS)


def names_an_issue(field: str) -> bool:
    """Whether the words before a day name an issue's volume or number, as a weekly's masthead
    does before its week: "Vol. 7, No. 8 — Week of " (stop 45).

    >>> names_an_issue("Vol. 7, No. 8 — Week of "), names_an_issue("The Courier | Week of ")
    (True, False)
    """
    return _ISSUE_NUMBER_RE.search(field) is not None


def updated_field(field: str) -> bool:
    """Whether the words before a stamp's date say it is the day the page was updated.

    >>> updated_field("Last updated: "), updated_field("Published ")
    (True, False)
    """
    return _UPDATED_RE.search(field) is not None


def published_field(field: str) -> bool:
    """Whether the words before a stamp's date say it is the day the page was first published.

    >>> published_field("First published on "), published_field("Updated ")
    (True, False)
    """
    return _PUBLISHED_RE.search(field) is not None


#: The words before a day that give it to a reference, a document or an event, not the page:
#: "Ref: PWU/2023/08/14", "File No. 14/03/2019", "Letter dated 12 January 2020", "When:".
_ANOTHER_DAYS_FIELD_RE = re.compile(
    r"(?i)(?:\b(?:ref(?:erence)?|file|case|docket|claim|invoice|permit|serial|order)\b\.?"
    # up to a long dash between spaces, where a masthead's next field begins ("THE DOCKET — ")
    r"\s*(?:no\.?|number|#)?\s*:?(?:[^\n—]|—(?!\s))*"
    # a pointer to a recording: "Listen: The Port Podcast, 3 March 2024"
    r"|^\s*(?:listen|watch|video|audio|podcast)\s*:[^\n]*"
    r"|\b(?:letter|memo(?:randum)?|report|judg(?:e)?ment|ruling|notice|minutes|agenda|decision"
    r"|filing|circular|directive|resolution|meeting|session|sitting)\b[^\n]{0,40}?"
    r"(?:\bdated\b|,)\s*"
    r"|\b(?:when|starts?|begins?|ends?|closes?|deadline|kick-?off|doors|born|died|recorded"
    r"|filmed|taken|retrieved|accessed|valid(?:\s+until)?|effective)\s*:?\s*"
    r"(?:[A-Za-z]+,?\s+)?"
    # a correction's or a clarification's day, not the page's (stop 42): "Correction appended
    # Friday, ", "Corrected: " (not a page's figures "correct as at")
    r"|\b(?:correct(?:ion|ed)|clarifi(?:cation|ed))s?\b"
    r"(?:\s+(?:appended|added|made|issued|posted|published|on))?\s*:?\s*(?:[A-Za-z]+,?\s+)?"
    # "Event date:", "Closing date:": a day of another thing than the page's publication
    r"|\b(?!(?:publication|publish|publishing|issue|release|post|posting|print|broadcast|air|upload"
    r"|news|story|article|report|filing|edition)\b)[A-Za-z]+\s+date\s*:?\s*"
    # a library's or an archive's line: the day its copy was fetched, after the page's
    # ("Retrieved from the Harbour Archive, 12 March 2020", "Downloaded via Library on"), or
    # took, copied or stamped it ("REC'D 16 NOV 1957", "Scanned from microfilm on 3 March 2011")
    r"|\b(?:retrieved|accessed|downloaded|received|rec['’]?d|digiti[sz]ed|scanned|microfilmed"
    r"|catalogu?ed|accessioned)\b[^\n]{0,60}"
    # a cuttings library's filing day, after the paper's (stop 45): "HERALD LIBRARY — CUTTINGS
    # FILE: DEFENCE — FILED 29 OCT 1979 — DO NOT REMOVE" (its book's month, "[Press cuttings
    # book, August 1947]", is the paper's)
    r"|\b(?:cuttings?|clippings?)\s+(?:file|library|folder|book)s?\b[^\n]*\bfiled\b[^\n]{0,20}"
    # a quotation's own day: '"3 March 2024 — a day we will remember," said ...'
    r"|^\s*[\"“‘]\s*"
    r"|[\w.-]/)$"
)


def another_days_field(field: str) -> bool:
    """Whether the words before a day give it to a reference, a document or an event, or glue it
    into a code ("PWU/2023/08/14"), not to the page.

    >>> another_days_field("File No. "), another_days_field("Letter dated ")
    (True, True)

    A reference's word in a masthead's name is no reference's label when a long dash parts
    the name's field from the date's (stop 39): the day is the issue's.

    >>> another_days_field("THE DOCKET — "), another_days_field("Docket No. 14—")
    (False, True)
    >>> another_days_field("When: "), another_days_field("Published: "), another_days_field("")
    (True, False, False)
    >>> another_days_field("Closing date: "), another_days_field("Publication date: ")
    (True, False)
    >>> another_days_field("No. 7/88 — Week ending "), another_days_field("Quarter ending ")
    (False, True)
    >>> another_days_field("Retrieved from the Town Library's archive, ")
    True
    >>> another_days_field("TOWN LIBRARY — CUTTINGS FILE: PORTS — FILED ")
    True
    >>> another_days_field("Hearing: "), another_days_field("Issued: ")
    (True, False)
    >>> another_days_field("SUMMARY — SPECIAL MEETING OF THE BOARD, TUESDAY EVENING, ")
    True
    >>> another_days_field("Correction appended Friday, "), another_days_field("Correct as at ")
    (True, False)
    """
    return (
        _ANOTHER_DAYS_FIELD_RE.search(field) is not None or _another_label(field)
    ) and not _ISSUE_WEEK_END_RE.search(field)


#: A field opening with its own label and a colon: "Hearing: ", "Source: Harbour Board, ".
_LABEL_RE = re.compile(r"^\s*(?P<label>[^\W\d_][^\W\d_'’ .-]{0,30}?)\s*:\s*[^\n:|·]*$")
#: The words of a page's own stamp's label, beside `data/stamp_labels.txt`: its verbs, the
#: words of an update, of a broadcast and of an embargo, and an archive's source line ("Source:
#: The Paper, Thursday, 20 November 1986, p. 12" names the paper and the day it came out).
#: A broadcast's words beside its day, the page's when it is a programme's: "Aired 4 March
#: 2019", "Air date: 4 March 2019", "Tx 04.03.19" (at the foot too, stop 42).
BROADCAST_LABEL_WORDS = frozenset(["broadcast", "aired", "tx", "air"])
#: Such a label right before a day, as an archive's catalogue writes it: "broadcast 6.4.1968",
#: "Tx: 06.04.68", "Air date 6.4.68" (read by the stamp's year and by a bracketed note's day).
BROADCAST_LABEL_BEFORE_RE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(BROADCAST_LABEL_WORDS))})(?:\s+date)?\s*:?\s*$"
)
_STAMP_LABEL_WORDS = BROADCAST_LABEL_WORDS | frozenset(
    [
        "issued",
        "published",
        "posted",
        "updated",
        "released",
        "filed",
        "modified",
        "revised",
        "edited",
        "amended",
        "sent",
        "printed",
        "uploaded",
        "embargo",
        "embargoed",
        "dateline",
        "time",
        "week",
        "ending",
        "source",
        # a court's or a speaker's day, the page's on a judgment's summary or a speech's text
        # ("Delivered: Tuesday 4 June 2019"), and a broadcast's transcript's header
        # ("TRANSCRIPT: Tuesday 4 June 2019, 8.10 a.m. item", stop 51)
        "delivered",
        "transcript",
    ]
)


@lru_cache(maxsize=1)
def _stamp_label_words() -> frozenset[str]:
    return _STAMP_LABEL_WORDS | word_set("stamp_labels.txt") | update_label_words()


@lru_cache(maxsize=1)
def local_stamp_label() -> re.Pattern[str]:
    """A stamp's label in the outlet's own language (`data/stamp_labels.txt` and
    `data/update_labels.txt`, their entries of five letters or more), a short word after it,
    before the date: "Publicado em ", "Aktualisiert am ", "Mis à jour le ".

    >>> label = local_stamp_label()
    >>> bool(label.fullmatch("Publicado em ")), bool(label.fullmatch("At "))
    (True, False)
    """
    labels = sorted(
        (
            word
            for word in word_list("stamp_labels.txt") + word_list("update_labels.txt")
            if len(word) >= 5
        ),
        key=len,
    )
    alternatives = "|".join(re.escape(label) for label in reversed(labels))
    return re.compile(rf"\s*(?i:{alternatives})(?:\s+[^\W\d_]{{1,3}})?\s*:?\s*")


@lru_cache(maxsize=1)
def update_label_words() -> frozenset[str]:
    """The words of an update's labels in the languages outlets set them in
    (`data/update_labels.txt`): a stamp's label's words, as `data/stamp_labels.txt`'s are.

    >>> sorted(update_label_words() & {"mis", "jour", "aktualisiert", "updated"})
    ['aktualisiert', 'jour', 'mis']
    """
    return frozenset(word for label in word_list("update_labels.txt") for word in label.split())


def _another_label(field: str) -> bool:
    """Whether a field opens with a label of its own that is no stamp's: "Hearing: ", "Expires:
    ", "Election: " name another thing's day; "Published: ", "Last updated: ", "Date of issue: "
    the page's.

    >>> _another_label("Hearing: "), _another_label("Figures: Harbour Board, ")
    (True, True)
    >>> _another_label("Last updated: "), _another_label("Publication date: "), _another_label("")
    (False, False, False)
    """
    found = _LABEL_RE.match(field)
    return found is not None and not stamp_label(found["label"])


def stamp_label(label: str) -> bool:
    """Whether a label names the page's stamp: one of its words is a stamp's, in English or in
    another language an outlet sets its label in (`data/stamp_labels.txt`), or a weekday.

    >>> stamp_label("Datum"), stamp_label("Last updated"), stamp_label("Hearing")
    (True, True, False)
    """
    words = re.findall(r"[^\W\d_]+", label.lower())
    return any(word in _stamp_label_words() or word in WEEKDAYS for word in words)


#: An issue named by the last day of its week, as weeklies and bulletins date themselves: "No.
#: 7/88 — Week ending Friday, 12 February 1988" is the issue's (the page's) day, not an event's.
_ISSUE_WEEK_END_RE = re.compile(r"(?i)\bweek\s+end(?:ing|ed)\s*:?\s*$")


def plausible(day: date, this_year: int) -> bool:
    """Whether `day` can be a page's day in the Gregorian calendar: "3 March 2564" (a Buddhist
    year) and "1400/02/04" (a Persian one) are another calendar's.

    >>> plausible(date(2564, 3, 3), 2026), plausible(date(1974, 8, 9), 2026)
    (False, True)
    """
    return EARLIEST_YEAR <= day.year <= this_year + LATEST_YEARS_AHEAD


#: A heading over readers' comments: "Comments", "12 Comments", "Reader comments (3)".
_COMMENTS_HEADING_RE = re.compile(
    r"(?i)(?:\d[\d,]*\s+)?(?:readers?['’]?\s+)?comments?(?:\s*\(\d[\d,]*\))?\s*:?"
    r"|join\s+the\s+(?:conversation|discussion)|have\s+your\s+say"
)


def under_headings(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The starts of the lines in a block under a heading of other stories, of a summary or of
    readers' comments, up to the next blank line ("Read more" over "Dockers vote to strike" and
    "1 March 2024"): their days are the other stories' or the comments', not the page's
    (`boilerplate.is_promo_heading`). A summary's block ("KEY POINTS") ends at a stamp in it,
    the page's own (stop 35).

    >>> from timeline.furniture.kinds import line_spans
    >>> text = "It ended.\\n\\nRead more\\nDockers vote\\n1 March 2024"
    >>> sorted(under_headings(text, line_spans(text)))
    [21, 34]
    """
    under: set[int] = set()
    heading = summary = False
    for index, (start, end) in enumerate(spans):
        gap = text[spans[index - 1][1] : start] if index else ""
        if "\n\n" in gap.replace(" ", "").replace("\t", ""):
            heading = False
        line = text[start:end]
        if heading and summary and STAMP_RULE.test(line):
            heading = False  # a summary's block names no other story: its stamp is the page's
        elif heading:
            under.add(start)
        elif is_promo_heading(line) or _COMMENTS_HEADING_RE.fullmatch(line):
            heading, summary = True, is_summary_heading(line)
    return under
