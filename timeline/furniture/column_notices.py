"""Small notices in a paper's or a parish's columns, not the story: an event's notice with its
place, its day, its clock and its price of entry ("Whist Drive in the Drill Hall, Saturday next,
7.30 p.m. Admission 1s."), with the heading in capitals run into it ("ST. MARY'S GUILD. Whist
..."), and a standing timetable under its label ("Masses: Sundays 8.30 and 11 a.m.; weekdays 9
a.m."). Their days are the notice's, never an event the story reports (stop 35). A small ad
under its label in capitals ("WANTED, reliable girl ...") and a travel page's practical box
under its label ("Getting there: Quay Air flies daily ...") are the columns' too (stop 43).
`COLUMN_RULES` is read by `timeline.furniture.line_rules`; the words are in `timeline/data/`, and
none names a paper, a parish or a place.

    >>> is_event_notice("Jumble Sale, Church Hall, Saturday, 2.30 p.m. Admission 3d.")
    True
    >>> is_timetable("Confessions: Saturdays 7 to 8.30 p.m.")
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.kinds import FurnitureKind, LineRule
from timeline.furniture.line_shape import CLOCK, shape_cues
from timeline.temporal.vocabulary import DAY_PARTS, SET_WORDS, WEEKDAYS
from timeline.wordlists import word_list, word_set

__all__ = ["COLUMN_RULES", "is_event_notice", "is_practical_box", "is_timetable"]

#: The longest notice: a few short sentences.
NOTICE_CHARS = 300


@cache
def _admission() -> re.Pattern[str]:
    """A notice's price of entry: its label (`data/admission_labels.txt`), then an amount with a
    figure in it ("1s.", "2s. 6d.", "2/6", "£3", "Rs. 10") or "free"."""
    labels = alternatives(word_list("admission_labels.txt"))
    amount = r"(?:(?i:free)\b|(?:[A-Z][a-z]{0,2}\.?\s*)?[£$€₹]?\d[\w./-]*(?:\s+\d[\w./-]*)?)"
    return re.compile(rf"\b(?i:{labels})\s*:?\s+{amount}")


def is_event_notice(line: str) -> bool:
    """An event's notice in a paper's columns: its clock and its price of entry, no finite
    verb (a run-in heading in capitals before it is the notice's).

    >>> is_event_notice("ST. MARY'S GUILD. Whist Drive in the Parish Hall, Friday, 8 p.m. "
    ...                 "Admission 2s. 6d.")
    True
    >>> is_event_notice("Concert in the Town Hall, Sunday at 8 p.m. Tickets: £3.")
    True
    >>> is_event_notice("The whist drive on Friday at 8 p.m. raised £40 for the hospital.")
    False
    >>> is_event_notice("Admission will be free on Sunday from 10 a.m., the museum said.")
    False

    Its day may stand for its clock, "Sunday night", "Saturday next" (stop 36):

    >>> is_event_notice("DANCING at the Quay Pavilion, Sunday night, to Al Roy and his Band. "
    ...                 "Admission 3/6.")
    True
    """
    if len(line) > NOTICE_CHARS:
        return False
    if CLOCK.search(line) is None and _WEEKDAY.search(line) is None:
        return False
    return _admission().search(line) is not None and "no verb" in shape_cues(line)


#: A weekday's name, the day a notice's event is held on when it gives no clock.
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(day.title() for day in WEEKDAYS)})\b")


@cache
def _timetable_days() -> frozenset[str]:
    """The words of days and times a timetable holds beside its clocks: the weekdays, alone or
    many ("Sundays"), the parts of a day, "daily", and `data/timetable_words.txt`."""
    days = [*WEEKDAYS, *DAY_PARTS, *SET_WORDS]
    return frozenset({*days, *(f"{day}s" for day in days), *word_set("timetable_words.txt")})


@cache
def _timetable_joins() -> frozenset[str]:
    """The words that join a timetable's days and clocks: "and", "to", "from", "except"."""
    words = word_list("prepositions.txt") + word_list("function_words.txt")
    return frozenset(word.lower() for word in words)


#: A timetable's label, one to three words and a colon: "Masses:", "Opening hours:".
_TIMETABLE_LABEL = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s+")
#: A timetable's words and figures, each read in turn.
_TIMETABLE_TOKEN = re.compile(r"\d[\d.:]*|[^\W\d_][\w.'’]*|&")


def is_timetable(line: str) -> bool:
    """A standing timetable under its label: days that come back ("Sundays", "weekdays",
    "daily") and their clocks, and the words that join them, nothing else.

    >>> is_timetable("Masses: Sundays 8.30 and 11 a.m.; weekdays 9 a.m.")
    True
    >>> is_timetable("Opening hours: Mondays to Fridays 9 a.m. to 5 p.m.; Saturdays 10 a.m.")
    True
    >>> is_timetable("Masses: the bishop will say Mass on Sunday at 11 a.m.")
    False
    >>> is_timetable("Results: Sundays 3, weekdays 9")
    False
    >>> is_timetable("Information line: 555-0190 (7 a.m.–9 p.m.)")
    False
    >>> is_timetable("Choir practice: Thursdays, 7.30 p.m., Room 4, Quay Hall. Everyone welcome.")
    True
    >>> is_timetable("Meetings: Mondays, 5 p.m., when the council chose to close the Quay Hall.")
    False
    """
    label = _TIMETABLE_LABEL.match(line)
    if label is None or len(line) > NOTICE_CHARS or CLOCK.search(line) is None:
        return False
    # a welcome closing it is the notice's: "... Everyone welcome." (stop 36)
    body = _WELCOME.sub("", line[label.end() :])
    fields = CLOCK.sub(" ", body)
    # its clocks read, the rest is days and the words that join them; the room it meets in may
    # follow in fields of its own, "Mondays, 5:30 p.m., Room 105, Student Centre." (stop 36)
    fields = _ROOM_FIELDS.sub("", fields)
    tokens = _TIMETABLE_TOKEN.findall(fields)
    words = [token.lower() for token in tokens if not token[0].isdigit()]
    return any(word in _timetable_days() for word in words) and all(
        word in _timetable_days() or word in _timetable_joins() for word in words
    )


#: A notice's closing welcome: "Everyone welcome.", "All are welcome, especially newcomers."
_WELCOME = re.compile(
    r"(?<=[.;])\s+(?:Everyone|Everybody|All|Newcomers|Visitors|New\s+members)\s+(?:are\s+|is\s+)?"
    r"(?:very\s+)?welcome\b[^\n.!]{0,60}[.!]?\s*$"
)
#: The fields after a timetable's clocks that name where it is held, each from a capital
#: after a comma: ", Room 105, Student Centre.", ", the Parish Hall".
_ROOM_FIELDS = re.compile(
    r"(?:,\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|\d[\w-]*|of|and|&)){0,4})+"
    r"\s*\.?\s*$"
)


#: A small ad under its label in capitals, what is wanted or offered in small words after it
#: (stop 43): "WANTED, reliable girl for light housework, sleep in.", "FOR SALE: pram, as new."
#: (a headline in capitals, "WANTED: A NEW HARBOUR", has no small words after the label).
_SMALL_AD = re.compile(
    r"(?:WANTED|FOR\s+SALE|TO\s+LET|LOST|FOUND|SITUATION\s+VACANT)\s*[,:.—–-]\s+"
    r"[a-z][^\n.!?]{1,120}[.!]?"
)


@cache
def _practical_box() -> re.Pattern[str]:
    """A travel or visitor page's practical box: its label (`data/practical_labels.txt`), a
    colon and its advice."""
    labels = alternatives(word_list("practical_labels.txt"))
    return re.compile(rf"(?i:{labels})\s*:\s+\S[^\n]{{0,400}}")


def is_practical_box(line: str) -> bool:
    """A travel or visitor page's box of practical facts under its label, whatever its advice
    says (stop 43): its flights and places are no actors of the story.

    >>> is_practical_box("Getting there: Quay Air flies daily to Tarrow from Leith and Kestrel.")
    True
    >>> is_practical_box("Getting there was hard, the climbers said on Monday.")
    False
    """
    return _practical_box().fullmatch(line) is not None


COLUMN_RULES: tuple[LineRule, ...] = (
    LineRule(
        "event notice",
        FurnitureKind.PROMO,
        is_event_notice,
        (
            "ST. MARY'S GUILD. Whist Drive in the Parish Hall, Friday, 8 p.m. Admission 2s. 6d.",
            "Jumble Sale, Church Hall, Saturday, 2.30 p.m. Admission 3d.",
            "Concert in the Town Hall, Sunday at 8 p.m. Tickets: £3.",
            "TARROW ROWING CLUB. Dance, Harbour Rooms, Saturday next, 9 p.m. Admission free.",
            "DANCING at the Quay Pavilion, Sunday night, to Al Roy and his Band. Admission 3/6.",
        ),
    ),
    LineRule(
        "timetable",
        FurnitureKind.PROMO,
        is_timetable,
        (
            "Masses: Sundays 8.30 and 11 a.m.; weekdays 9 a.m.",
            "Confessions: Saturdays 7 to 8.30 p.m.",
            "Opening hours: Mondays to Fridays 9 a.m. to 5 p.m.; Saturdays 10 a.m. to 1 p.m.",
            "Surgery hours: daily 9 to 11 a.m. and 5 to 7 p.m.",
            "Choir practice: Thursdays, 7.30 p.m., Room 4, Quay Hall. Everyone welcome.",
        ),
    ),
    LineRule(
        "small ad",
        FurnitureKind.PROMO,
        lambda line: _SMALL_AD.fullmatch(line) is not None,
        ("WANTED, reliable girl for light housework, sleep in.", "FOR SALE: pram, as new."),
    ),
    LineRule(
        "practical box",
        FurnitureKind.PROMO,
        is_practical_box,
        (
            "Getting there: Quay Air flies daily to Tarrow from Leith and Kestrel.",
            "Where to stay: the Harbour Inn has rooms from $80 a night.",
        ),
    ),
)
