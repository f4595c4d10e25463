"""The day of a dateline or a stamp written in the outlet's own language, its month in words
(`local_dateline_day`: "Asunción, martes 14 de agosto de 2007 – 19:20", "Publié le 14 mars
2019"), which the publication date's readers of `timeline.published` read at a story's top
and foot. Split from `box_lines` (stop 46), whose job is the boxes and notes around a story
(its "local stamp" rule tells such a line is furniture; this module reads its day).

    >>> local_dateline_day("Lisboa, 3 de outubro de 2019")
    datetime.date(2019, 10, 3)
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.furniture.dated_lists import local_stamp_label, stamp_label, updated_field
from timeline.furniture.wire_stamps import month_abbreviations
from timeline.temporal.date_order import weekday_named
from timeline.temporal.vocabulary import MONTHS
from timeline.wordlists import table

__all__ = ["local_dateline_day"]


@cache
def _month_names() -> dict[str, int]:
    """Months' full names in the languages outlets set their stamps in (`data/month_names.csv`)."""
    return {name: int(month) for name, month in table("month_names.csv")}


#: A stamp near the top written in the outlet's own language, its month in words, a place and a
#: weekday before it and a clock after it: "Asunción, martes 14 de agosto de 2007 – 19:20".
@cache
def _local_dateline() -> re.Pattern[str]:
    """`local_dateline_day`'s pattern, with the stamp's labels in the outlet's own language
    (`dated_lists.local_stamp_label`)."""
    return re.compile(
        # its place has no figures: "Published 20 March 2024, updated 23 March 2024" is no place
        # or a stamp's label: "Published: 14 marzo 2019"; a short word may follow the place or
        # the label, as French, Spanish or German write it: "Paris, le 14 mars 2019", "Publié
        # le 14 mars 2019" (stop 39)
        r"(?:(?:(?P<place>[^\W\d_](?:[^\W\d]|[.'’ -]){0,40}),\s*"
        r"|(?P<label>(?i:(?:first\s+)?(?:published|posted|filed|issued|publication\s+date|date)"
        r"(?:\s+on)?\s*:?)\s+|(?P<named>[^\W\d_][^\W\d_ ]{0,30}?)\s*:\s+)"
        rf"|(?P<local>{local_stamp_label().pattern}))"
        r"(?:(?-i:[a-zà-ü]{1,3})\s+)?)?"
        r"(?:(?P<weekday>[^\W\d_]{3,12})\.?,?\s+)?(?P<day>3[01]|[12]\d|0?[1-9])\.?"
        r"\s+(?:de\s+)?(?P<month>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)"
        # its clock, in a field of its own or not, and its zone or offset: "– 19:20", "9.12am
        # BST", "09:12 +0100", "09:12 AM ET", "à 10h32", "um 10:32 Uhr"
        r"(?:,?\s*[-–—|·]?\s*(?:[^\W\d_]{1,4}\.?\s+)?\d{1,2}[:.h]\d\d(?::\d\d)?"
        r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:[^\W\d_]{1,5}\.?|[+-]\d\d:?\d\d))?)?"
        # a place-and-date line closing as a sentence: "Lima, 14 de marzo de 2019."
        r"\.?"
    )


#: A word of a clause, not of a place's name: lower case and five letters or more ("spoke",
#: "mayor"); a place's own small words are shorter ("Rio de Janeiro", "Newcastle upon Tyne").
_CLAUSE_WORD_RE = re.compile(r"(?<![^\W\d_])[a-zß-ÿ]{5,}(?![^\W\d_])")


def _clause_for_a_place(place: str) -> bool:
    """Whether what stands before a line's day as its place is a clause: a word of a clause in
    it, or a weekday it ends on (the weekday belongs to the day: "Blinken spoke on Monday, 23
    Oct 2023." is a story's first sentence, not a place and its date; stop 39).

    >>> _clause_for_a_place("Blinken spoke on Monday"), _clause_for_a_place("The mayor quit")
    (True, True)
    >>> _clause_for_a_place("Rio de Janeiro"), _clause_for_a_place("Newcastle upon Tyne")
    (False, False)
    """
    words = place.split()
    return _CLAUSE_WORD_RE.search(place) is not None or (
        len(words) > 1 and weekday_named(words[-1].strip(".,")) is not None
    )


def local_dateline_day(line: str, *, place: bool = True) -> date | None:
    """The day of a line that is only a stamp in the outlet's own language, its month named in
    full in that language (`data/month_names.csv`: "Jakarta, 17 Agustus 2015"), or in words
    whose first letters are an English month or a stamp's abbreviation in the outlet's
    language (`data/month_abbreviations.csv`): "Asunción, martes 14 de agosto de 2007 – 19:20"
    is 14 August 2007.

    >>> local_dateline_day("Asunción, martes 14 de agosto de 2007 – 19:20")
    datetime.date(2007, 8, 14)
    >>> local_dateline_day("Lisboa, 3 de outubro de 2019"), local_dateline_day("Top 10 eras 1990")
    (datetime.date(2019, 10, 3), None)
    >>> local_dateline_day("Aso Gafua, 3 Novema 2014")
    datetime.date(2014, 11, 3)
    >>> local_dateline_day("Friday, 3 May 2019"), local_dateline_day("Thursday, 3 May 2019")
    (datetime.date(2019, 5, 3), None)
    >>> local_dateline_day("Publié: 14 mars 2019 09:12 +0100")
    datetime.date(2019, 3, 14)
    >>> local_dateline_day("Published: 14 mars 2019 9.12am CET")
    datetime.date(2019, 3, 14)
    >>> local_dateline_day("Datum: 14 März 2019"), local_dateline_day("Hearing: 14 März 2019")
    (datetime.date(2019, 3, 14), None)
    >>> local_dateline_day("Publié le 14 mars 2019"), local_dateline_day("Updated 14 March 2019")
    (datetime.date(2019, 3, 14), None)
    >>> local_dateline_day("Lima, 14 de marzo de 2019."), local_dateline_day(
    ...     "Blinken spoke on Monday, 23 Oct 2023.")
    (datetime.date(2019, 3, 14), None)

    With ``place`` False (at a story's foot), a line with a place, or a word that is no weekday,
    before its day is none: "Funeral, 14 March 2019" may be an event's.

    >>> local_dateline_day("Funeral, 14 March 2019", place=False)
    >>> local_dateline_day("Retrieved 14 March 2019", place=False)
    """
    found = _local_dateline().fullmatch(line.strip())
    if (
        found is not None
        and found["named"]
        and (not stamp_label(found["named"]) or updated_field(found["named"] + ": "))
    ):
        # "Hearing: 14 marzo 2019" is the hearing's day; an update's is weighed by its reader
        return None
    if found is not None and any(
        found[group] and updated_field(found[group].strip(" :") + " ")
        for group in ("local", "weekday")
    ):
        return None  # "Updated 2 January 2000", "Mis à jour le 14 mars 2019" too (stop 39)
    if found is None or (
        not place and (found["place"] or (found["weekday"] and not weekday_named(found["weekday"])))
    ):
        return None  # at the foot, "Retrieved 3 March 2024" names no weekday: another day's
    if found["place"] and _clause_for_a_place(found["place"]):
        return None  # "Blinken spoke on Monday, 23 Oct 2023.": a story's sentence, no dateline
    written = found["month"].lower()
    # a month named by its first letters only in a line that is plainly a stamp in another
    # language, with "de" or a clock ("Top 10 decades 1990" is no stamp)
    local = " de " in found.group() or re.search(r"\d[:.]\d\d", found.group()) is not None
    month = _month_names().get(written) or next(
        (
            known
            for stem in ((written, written[:4], written[:3]) if local else (written,))
            if (known := MONTHS.get(stem) or month_abbreviations().get(stem)) is not None
        ),
        None,
    )
    if month is None:
        return None
    try:
        day = date(int(found["year"]), month, int(found["day"]))
    except ValueError:
        return None
    # a weekday that does not fit its day: the stamp disagrees with itself, no guess
    words = [found[group].strip(" .") for group in ("place", "weekday") if found[group]]
    named = next((n for word in words if (n := weekday_named(word)) is not None), None)
    return None if named is not None and day.isoweekday() != named else day
