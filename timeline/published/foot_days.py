"""The days a story states at its foot or in a line about the page: a closing stamp or a
wire's slug line among the last lines, a line telling when it was issued, a newsletter's
sending line, a line telling how to cite the page (`datelines` reads the top).

    >>> closing_stamp("Talks ended.\\n\\nPublished 27 December 2017 09:12 CLT")
    datetime.date(2017, 12, 27)

Each reader returns the day it found, or None; `timeline.published` weighs them against the
rest of the evidence.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.furniture import FurnitureKind, blanked, furniture
from timeline.furniture.correspondents import is_place_and_date
from timeline.furniture.dated_lists import (
    BROADCAST_LABEL_WORDS,
    another_days_field,
    entries,
    line_timexes,
    local_stamp_label,
    opens_a_period,
    under_headings,
    update_label_words,
    updated_field,
)
from timeline.furniture.kinds import line_spans
from timeline.furniture.local_datelines import local_dateline_day
from timeline.furniture.page_notes import CORRECT_AT_RE, PREPARED_BY
from timeline.furniture.promo_lines import is_labelled_pointer
from timeline.furniture.wire_stamps import wire_stamp_day
from timeline.published.datelines import (
    CLOSING_LINES,
    in_the_texts_order,
    short_year_day,
    slug_day,
)
from timeline.published.signing_line import signing_day
from timeline.published.stamp_forms import (
    FIELD_SEPARATOR_RE,
    of_month_of_year_day,
    pointed_field_day,
)
from timeline.published.stamp_order import clock_of_a_day
from timeline.published.stamp_spellings import respelled
from timeline.temporal import Timex, tag
from timeline.temporal.date_order import weekday_named
from timeline.temporal.patterns import DAY_FIGURES_RE
from timeline.wordlists import word_set

__all__ = [
    "closing_stamp",
    "day_stamp_line",
    "stamp_field",
]

#: the furniture whose days are a photo's, not the page's
_ELSEWHERE = frozenset({FurnitureKind.CAPTION})
#: how many lines at the very foot a place-and-date line may sign the text from: its last, or
#: the one above a line of rights or credit ("Reproduction permitted with credit.")
_SIGNING_LINES = 2
#: how many paragraphs from the foot a closing stamp may sit, and in how many lines at most
CLOSING_PARAGRAPHS = 3
CLOSING_PARAGRAPH_LINES = 14


#: The verbs of a page's stamp: "Published 27 December 2017", "Last updated ...", "Filed ...".
STAMP_VERBS = ("issued", "published", "posted", "updated", "released", "filed")

#: The last line of a story telling when it was issued, opening with its verb: "Issued in
#: Kathmandu by HimalCare on 8 March 2019.", "Last updated 2023-03-14 16:05 UTC" (a note on the
#: page, "This story was last updated ...", is `_PAGE_NOTE_RE`); a sentence of the story that
#: ends it, "The decree was published on 3 May 2021, the minister said.", is no stamp.
_ISSUED_LINE_RE = re.compile(
    rf"(?i)^(?:(?:first|last|originally)\s+)?(?:{'|'.join(STAMP_VERBS)}|{PREPARED_BY})\b"
    r"[^\n]{0,160}$"
)
#: A note on the page itself telling when it went out, among the last lines (a line of tags may
#: stand under it): "This story was first broadcast on Country Morning on Thursday 28 May 2015.",
#: "Editor's note: This explainer was first published on 26 November 2024."
_PAGE_NOTE_RE = re.compile(
    r"(?i)^(?:(?:editor['’]?s\s+)?note\s*:\s*)?"
    r"this\s+(?:story|article|report|item|page|piece|programme|program|interview|segment"
    r"|explainer|analysis|column|feature|post|episode|edition|obituary|profile|review|essay"
    r"|commentary|guide|fact\s*sheet|live\s+blog|blog\s+post|op-ed)"
    rf"\b[^\n]{{0,80}}\b(?:{'|'.join(STAMP_VERBS)}|broadcast|aired)\b"
    r"[^\n]{0,80}$"
)


def _issued_line_day(text: str) -> date | None:
    """The day the last line of the text says it was issued or updated, with its year: "Issued
    in Kathmandu by HimalCare International on 8 March 2019.", or a note on the page among the
    last lines, "This story was first broadcast on Country Morning on Thursday 28 May 2015."

    >>> _issued_line_day("Aid arrived.\\n\\nIssued in Kathmandu by HimalCare on 8 March 2019.")
    datetime.date(2019, 3, 8)
    """
    spans = line_spans(text)
    pointed = under_headings(text, spans)
    lines = [text[start:end] for start, end in spans if start not in pointed]
    notes = [line for line in lines[-CLOSING_LINES:] if _PAGE_NOTE_RE.match(line)]
    notes += [
        found.group()
        for line in lines[-CLOSING_LINES:]
        if "correct" in line.lower()  # the word every such note holds, in any case
        for found in CORRECT_AT_RE.finditer(line)
    ]
    if lines and spans[-1][0] not in pointed and _ISSUED_LINE_RE.match(lines[-1]) is not None:
        notes.append(lines[-1])
    elif (signed := _issued_over_signature(lines[-CLOSING_LINES:])) is not None:
        notes.append(signed)
    for note in reversed(notes):
        days = [
            timex
            for timex in tag(note, None, narrative=False)
            if timex.granularity in ("day", "time") and DAY_FIGURES_RE.match(timex.value)
        ]
        # "Updated 15 March 2019 · Published 14 March 2019": the day first published (stop 39)
        first = [day for day in days if not _in_an_update(note, day)]
        if days:
            return in_the_texts_order((first or days)[0], text)
    return None


def _in_an_update(line: str, timex: Timex) -> bool:
    """Whether a day of a line of fields is in the field of the page's update, in English or in
    the outlet's language: "Updated 15/03/2019 · Published 14/03/2019" (stop 39).

    >>> line = "Mis à jour le 15/03/2019 · Publié le 14/03/2019"
    >>> [_in_an_update(line, timex) for timex in line_timexes(line)]
    [True, False]
    """
    return updated_field(FIELD_SEPARATOR_RE.split(line[: timex.start])[-1])


#: the most words a line under an issue line may hold: a signature, "Secretary: Jo Lee"
SIGNATURE_WORDS = 8
#: The end of an issue line after its date: a clock, a zone, a full stop.
_AFTER_DATE_RE = re.compile(
    r"[\s,.]*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?)?[\s.]*"
)


def _issued_over_signature(lines: list[str]) -> str | None:
    """An issue line above a signature or a contact line at the foot, its date closing it:
    "Issued at Kilbarra, 3rd May, 1976." over "Secretary: Jo Lee"; every line under it
    short and dateless (a line of the story, or a second day, under it: no stamp).

    >>> _issued_over_signature(["It rained.", "Issued at Kilbarra, 3rd May, 1976.", "Clerk: Jo"])
    'Issued at Kilbarra, 3rd May, 1976.'
    >>> _issued_over_signature(["Released on 3 May 2021, he left the island.", "Clerk: J. Lee"])
    """
    issued = [index for index, line in enumerate(lines[:-1]) if _ISSUED_LINE_RE.match(line)]
    if not issued:
        return None
    line, under = lines[issued[-1]], lines[issued[-1] + 1 :]
    if any(len(below.split()) > SIGNATURE_WORDS for below in under) or any(
        any(True for _ in line_timexes(below)) for below in under
    ):
        return None
    days = [timex for timex in line_timexes(line) if timex.granularity == "day"]
    if len(days) == 1 and _AFTER_DATE_RE.fullmatch(line[days[0].end :]):
        return line
    return None


def closing_stamp(text: str) -> date | None:
    """The date of a stamp or a wire's slug line among the last lines of the text, its first
    date: "Published 27 December 2017 09:12 CLT" at the foot of the story, read before a
    copyright year ("© 2018 ..." is when the page was made, the stamp when the story was). A
    sentence of the story that names a day is no stamp.

    >>> closing_stamp("Talks ended.\\n\\n© 2018 Wire\\n\\nPublished 27 December 2017 09:12 CLT")
    datetime.date(2017, 12, 27)
    >>> closing_stamp("Talks ended.\\n\\nMis à jour le 15/03/2019 · Publié le 14/03/2019")
    datetime.date(2019, 3, 14)
    """
    every = line_spans(text)
    spans = every[-CLOSING_LINES:]
    if not spans:
        return None
    # the last paragraphs, when their lines are few: a block of fields ("[Date ...]") under
    # the story, with a line or two under it
    starts = [
        start
        for (start, _), (_, end) in zip(every[1:], every[:-1], strict=True)
        if "\n\n" in text[end:start].replace(" ", "").replace("\t", "")
    ]
    if len(starts) >= CLOSING_PARAGRAPHS:
        first = starts[-CLOSING_PARAGRAPHS]
        paragraph_lines = [span for span in every if span[0] >= first]
        if len(spans) < len(paragraph_lines) <= CLOSING_PARAGRAPH_LINES:
            spans = paragraph_lines
    foot = text[spans[0][0] :]  # its blank lines kept: a block's heading ends at one
    lines = [text[start:end] for start, end in spans]
    found = furniture(foot)
    under = blanked(foot, found)  # a letter's place and date has only furniture under it
    stamps = {
        foot[f.start : f.end]
        for f in found
        if f.kind is FurnitureKind.BYLINE
        or (is_place_and_date(foot[f.start : f.end]) and not under[f.end :].strip())
    }
    # a photo's caption names the day of the photo, not the page's
    elsewhere = {foot[f.start : f.end] for f in found if f.kind in _ELSEWHERE} - stamps
    # a chronology's entries ("1 March 2024 - Strike begins"), the line above the foot with them;
    # read only once a line may be a stamp (each line is tagged to find them)
    listed: set[int] | None = None
    pointed = under_headings(text, every)
    updated: date | None = None
    for index, whole in enumerate(lines):
        if whole in elsewhere or spans[index][0] in pointed or is_labelled_pointer(whole):
            continue  # a caption's, another story's or a correction's day
        signing = index >= len(lines) - _SIGNING_LINES
        slug = _slug(whole, signing)
        line = whole
        if slug is None and (spelled := respelled(whole)) != whole:
            # "Posted 4. 3. 2019", "Date: 02-Jun-1999, 09:12 GMT" (stop 42)
            line = spelled
            slug = _slug(line, signing)
        if slug is None and whole not in stamps and not day_stamp_line(line):
            # "Page last updated April 4, 2022 · © 2022 Club": its stamp's field alone
            field = stamp_field(line)
            if field is None:
                continue
            line = field
        if listed is None:
            above = [text[start:end] for start, end in every[-len(spans) - 1 : -len(spans)]]
            listed = {index - len(above) for index in entries(above + lines)}
        if index in listed:
            continue
        if slug is not None:
            return slug
        timexes = list(line_timexes(line))
        # "Updated 15/03/2019 · Published 14/03/2019": the next field's day first published
        updated, next_field = None, 0
        for number, timex in enumerate(timexes):
            if timex.start < next_field or clock_of_a_day(timex, timexes[:number]):
                # the update's clock; a clock in a field of its own, "Updated 01/02/2000 |
                # 14h32", is the day's, which the tagger dated month first (stop 49)
                continue
            if timex.granularity in ("day", "time") and DAY_FIGURES_RE.match(timex.value):
                if opens_a_period(line, timex, timexes) or another_days_field(line[: timex.start]):
                    break  # "12 May 1942 – 3 June 2023", "Letter dated 12 January 2020"
                day = in_the_texts_order(timex, text)
                separator = FIELD_SEPARATOR_RE.search(line, timex.end)
                if updated is None and separator is not None and _in_an_update(line, timex):
                    updated, next_field = day, separator.end()
                    continue
                return day if updated is None or day is None or day <= updated else updated
        if updated is not None:
            return updated
    return _issued_line_day(text)


def _slug(line: str, signing: bool) -> date | None:
    """The day of a line at the foot that a reader of its own reads (a wire's slug, a field with
    points ...); a place and its date signing the text only in its last lines (stop 40)."""
    return (
        slug_day(line)
        or wire_stamp_day(line)
        or short_year_day(line)
        or pointed_field_day(line)
        or of_month_of_year_day(line)
        or local_dateline_day(line, place=False)
        or (signing_day(line) if signing else None)
    )


@cache
def _stamp_labels() -> frozenset[str]:
    """The words beside a stamp's date: its verbs, `data/stamp_labels.txt`, an update's
    labels' words (`data/update_labels.txt`) and a broadcast's ("Aired 4 March 2019")."""
    return (
        word_set("stamp_labels.txt")
        | update_label_words()
        | frozenset(STAMP_VERBS)
        | BROADCAST_LABEL_WORDS
    )


#: What a day read without a reference needs to have a year: four figures, or an all-number
#: date's two ("14/03/19"). A line without them is no stamp, and is not tagged to find out (a
#: story's last lines are read for every text).
_WRITTEN_YEAR_RE = re.compile(r"\d{4}|\d{1,2}/\d{1,2}/\d{2}")
#: A clock beside a stamp's date: "09:12", "9.12 am", "09:12:00", as French and African pages
#: write it "09h12", as Indian and military ones "09:12 hrs" (stop 42).
_CLOCK = r"\d{1,2}[:.h]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?|hrs\b|hours\b)?"
_STAMP_CLOCK_RE = re.compile(rf"(?i){_CLOCK}")


#: The most words a day's expression holds that are not a stamp's ("the morning of Friday,
#: the fifteenth of March"): a line with more words than these and a stamp's is no stamp,
#: whatever the tagger would find in it, and is not tagged (a story's last paragraphs are
#: read for every text).
DAY_WORDS_MAX = 12


def _stamp_word(word: str) -> bool:
    """A stamp's label or verb, a weekday ("Thu"), or a short word in capitals (a zone, "GMT")."""
    return (
        word.lower() in _stamp_labels()
        or (word.isupper() and len(word) <= 4)
        or weekday_named(word) is not None
    )


#: A word, in any language's letters: "Veröffentlicht", "às" (stop 39).
_WORD_RE = re.compile(r"[^\W\d_]+")


def _other_words(text: str) -> list[str]:
    """The words of `text`, its clocks aside, that are not a stamp's (`_stamp_word`)."""
    return [w for w in _WORD_RE.findall(_STAMP_CLOCK_RE.sub(" ", text)) if not _stamp_word(w)]


def _more_other_words(text: str, most: int) -> bool:
    """Whether `text` has more than `most` of `_other_words`, read only until it has.

    >>> _more_other_words("Talks end on 14 March 2019.", 2), _more_other_words("Fri 14 Mar GMT", 1)
    (True, False)
    """
    count = 0
    for word in _WORD_RE.findall(_STAMP_CLOCK_RE.sub(" ", text)):
        if not _stamp_word(word):
            count += 1
            if count > most:
                return True
    return False


def day_stamp_line(line: str) -> bool:
    """Whether a line is one day and nothing else but a stamp's words ("Created",
    "Issue of", "(print edition)", `data/stamp_labels.txt`), a clock and a zone: at the foot of
    a story, the day it was published. A line with any other word ("Next meeting: 14 March
    2019") is not. (`furniture.line_shape.date_alone` is a line's shape, any stamp word and
    number; this reads its one day and its year.)

    >>> day_stamp_line("Friday 15 March 2019 (print edition)")
    True
    >>> day_stamp_line("Mar 14 2019 09:12 GMT"), day_stamp_line("Thu, 14 Mar 2019 | 09:12 CET")
    (True, True)
    >>> day_stamp_line("Next meeting: 14 March 2019"), day_stamp_line("Talks end on 14 March 2019.")
    (False, False)
    """
    if _WRITTEN_YEAR_RE.search(line) is None:
        return False  # no day of a known year (read without a reference), and no tagging
    if _more_other_words(line, DAY_WORDS_MAX):
        return False  # a sentence, not a stamp: more words of its own than one day holds
    timexes = [t for t in line_timexes(line) if t.granularity in ("day", "time")]
    if not timexes or not DAY_FIGURES_RE.match(timexes[0].value):
        return False
    # the day's clock in a field of its own: "14 March 2019 | 09:12", "- 09:12 CET"
    day = timexes[0].value[:10]
    if any(
        not t.value.startswith(day) or _CLOCK_ALONE_RE.fullmatch(t.text) is None
        for t in timexes[1:]
    ):
        return False
    ends = [t.end for t in timexes]
    starts = [t.start for t in timexes[1:]] + [len(line)]
    rest = line[: timexes[0].start] + " ".join(line[a:b] for a, b in zip(ends, starts, strict=True))
    return not _other_words(rest)


#: A clock on its own, its zone after it: "09:12", "9.12 am", "09:12 CET".
_CLOCK_ALONE_RE = re.compile(rf"(?i){_CLOCK}(?:\s*[A-Z]{{2,5}})?")


#: A field's figures: its label is what stands before the first.
_FIGURES_RE = re.compile(r"\d+")
#: The page a stamp's field names before its verb: "Page last updated", "This page was ...".
_PAGE_NOUN_RE = re.compile(
    r"(?i)\b(?:this\s+)?(?:page|article|story|post|content|site)\b(?:\s+was)?"
)
_STAMP_VERB_RE = re.compile(rf"(?i)\b(?:{'|'.join(STAMP_VERBS)}|modified)\b")


def stamp_field(line: str) -> str | None:
    """The one field of a line of fields at the foot that is a stamp, a verb of a stamp and a
    day, the page it names aside (`day_stamp_line`): "Page last updated April 4, 2022 · © 2022
    Club" is the day the page was updated; None when no field, or two, are such a stamp, or a
    field names another day ("Next update: 11 April 2022 · © 2022 Club").

    >>> stamp_field("Page last updated April 4, 2022 · © 2022 Club. Site by Bay Web")
    'Page last updated April 4, 2022'
    >>> stamp_field("Next update: 11 April 2022 · © 2022 Club") is None
    True

    Of an update's field and a first-published one, in English or in the outlet's language,
    the first-published one (stop 39):

    >>> stamp_field("Aktualisiert am 5 April 2022 · Veröffentlicht am 4 April 2022")
    'Veröffentlicht am 4 April 2022'
    """
    fields = FIELD_SEPARATOR_RE.split(line)
    if len(fields) < 2:
        return None
    found = [
        field
        for field in fields
        if (_STAMP_VERB_RE.search(field) or local_stamp_label().match(field))
        and day_stamp_line(_PAGE_NOUN_RE.sub(" ", field))
    ]
    if len(found) == 2:  # the label before the field's first figure tells an update's
        found = [field for field in found if not updated_field(_FIGURES_RE.split(field)[0])]
    return found[0].strip() if len(found) == 1 else None
