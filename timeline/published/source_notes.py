"""The day a translation's note gives the paper or the edition it was translated from, in the
head or at the foot: "[Translated from the Portuguese edition of 14 March 2019]", "Translated
from the French. Original: Le Courrier du Lac, 14 mars 2019, p. 7." (stop 39, helper
`pubdate2`), or a cutting's line, "From THE QUAY WEEKLY, August 14, 1973, page 22"
(`furniture.provenance_lines.CUTTING_RE`, stop 50; a digest's head for one of its sources,
"From the Harbour Post, 06.11.2013:", names no page: another paper's day, not the page's). A
translated story is dated by its source's day, as a cutting by its paper's;
read by `timeline.published` after the head's and the foot's own stamps, which win.

    >>> source_day("Rates held\\n\\n[Translated from the Portuguese edition of 14 March 2019]")
    datetime.date(2019, 3, 14)

A note naming two days, a document's day ("Translation of a letter dated 3 May 2021"), or no
day gives none; so does a sentence of the story that tells of a translation.

A wire's note to editors over its story names the day its story is of ("Eds: Fight held
Saturday, March 18."): `editors_notes` gives those lines.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.furniture.dated_lists import another_days_field, line_timexes
from timeline.furniture.local_datelines import local_dateline_day
from timeline.furniture.provenance_lines import CUTTING_RE
from timeline.published.datelines import DATELINE_LINES, in_the_texts_order
from timeline.temporal.patterns import DAY_FIGURES_RE

__all__ = ["SOURCE_NOTE_LINES", "editors_notes", "source_day"]

#: The lines of the head, and of the foot, a translation's note may sit among.
SOURCE_NOTE_LINES = 8
#: A line that opens as a translation's note, in brackets or not: "[Translated from the
#: Portuguese", "(Translation of an article in", "Translated and abridged from", "Translated by
#: the desk from"; a sentence of the story that tells of one ("The ministry's translation of
#: the treaty ...") opens otherwise.
_NOTE_OPENING_RE = re.compile(
    r"^\s*[(\[]?\s*(?:English\s+)?(?:Translated|Translation|Adapted|Rewritten)\b"
    r"(?:\s+and\s+[a-z]+)?(?:\s+by\s+[^\n]{1,60}?)?\s+(?:from|of|in)\b"
)
#: A day with its month in words and its year, in English or in the source's language: "14
#: mars 2019", "14 de marzo de 2019" (`local_datelines.local_dateline_day` reads it).
_WORDED_DAY_RE = re.compile(
    r"\b(?:3[01]|[12]\d|0?[1-9])\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?(?:19|20)\d\d\b"
)
#: The longest line a note is read in: a note, not a paragraph of the story.
NOTE_CHARS = 240


def source_day(text: str) -> date | None:
    """The day the translation's note among the first or the last lines gives its source, when
    it gives one day with its year and no other.

    >>> source_day("Rates held\\n\\nTranslated from the French. Original: Le Courrier, 14 mars "
    ...            "2019, p. 7.\\n\\nThe bank held its rates.")
    datetime.date(2019, 3, 14)
    >>> source_day("Rates\\n\\n(Translation of a letter dated 3 May 2021)\\n\\nIt held.") is None
    True
    >>> source_day("Rates\\n\\n(Translated from the German, 3 to 5 May 2021)\\n\\nIt held.") is None
    True
    >>> source_day("Rates\\n\\nFrom THE QUAY WEEKLY, August 14, 1973, page 22\\n\\nIt held.")
    datetime.date(1973, 8, 14)
    >>> source_day("Rates\\n\\nFrom the Harbour Post, 06.11.2013:\\n\\nIt held.") is None
    True
    """
    lines = [line for line in text.split("\n") if line.strip()]
    notes = [
        line
        for line in lines[:SOURCE_NOTE_LINES] + lines[-SOURCE_NOTE_LINES:]
        if len(line) <= NOTE_CHARS and (_NOTE_OPENING_RE.match(line) or CUTTING_RE.fullmatch(line))
    ]
    for note in dict.fromkeys(notes):
        days = _note_days(note, text)
        if len(days) == 1:
            return days.pop()
    return None


def _note_days(note: str, text: str) -> set[date | None]:
    """The days a note names with their year (a document's day is None: it spoils the note)."""
    days: set[date | None] = set()
    for timex in line_timexes(note):
        if timex.granularity not in ("day", "time") or not DAY_FIGURES_RE.match(timex.value):
            continue
        if another_days_field(note[: timex.start]):
            days.add(None)  # "a letter dated 3 May 2021": the letter's day, not a paper's
            continue
        days.add(in_the_texts_order(timex, text))
    if not days:
        days = {local_dateline_day(found.group()) for found in _WORDED_DAY_RE.finditer(note)}
    return days


#: A wire's note to editors over its story: "Eds: Fight held Saturday, March 18. UPDATES ...".
_EDITORS_NOTE_RE = re.compile(
    r"(?im)^[ \t]*(?:eds?|editors?['’]?\s+notes?|note\s+to\s+editors)\s*:[^\n]*"
)


def editors_notes(text: str) -> str:
    """The notes to editors among the first lines, one a line: a wire's note names the day its
    story is of, "Eds: Fight held Saturday, March 18." (its year in the copyright line).

    >>> editors_notes("Title\\n\\nEds: Fight held Saturday, March 18. No pickup.\\n\\nIt ended.")
    'Eds: Fight held Saturday, March 18. No pickup.'
    """
    head = "\n".join([line for line in text.split("\n") if line.strip()][:DATELINE_LINES])
    return "\n".join(note.group().strip() for note in _EDITORS_NOTE_RE.finditer(head))
