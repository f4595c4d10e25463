"""Which hemisphere a text is written from, and the seasons there: in the south summer runs
from December to February ("this summer" written in April in Santiago is the summer just
ended) and winter from June to August.

    >>> writes_from_south("Growers in Chile said Chilean exports to Brazil fell.")
    True
    >>> writes_from_south("Observers in New Zealand saw the probe pass over Europe.")
    False
    >>> season_days(2023, "SU", southern=True)
    (datetime.date(2022, 12, 1), datetime.date(2023, 2, 28))

A southern season keeps the value of its year ("2023-SU" is the summer that ends in February
2023, the one most of whose days fall in 2023); only its days move.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from timeline.temporal.calendar import SEASON_MONTHS, interval_of, month_end
from timeline.wordlists import longest_alternation, table, word_set

__all__ = ["named_hemisphere", "season_days", "season_interval", "writes_from_south"]

#: the northern season whose months a southern one has ("SU" of the south is the north's "WI")
_OPPOSITE = {"SU": "WI", "WI": "SU", "SP": "FA", "FA": "SP"}
#: fewest mentions of southern countries that make a text southern
_FEWEST = 3
_SEASON_VALUE_RE = re.compile(r"^(?P<year>\d{4})-(?P<season>SP|SU|FA|WI)$")
#: A hemisphere named right before a season, and whether it is the southern one: "during the
#: southern winter", "ahead of the northern spring".
_HEMISPHERES = {"northern": False, "southern": True}
_NAMED_RE = re.compile(r"(?i)\b(" + "|".join(_HEMISPHERES) + r")\s+$")


@cache
def _places() -> tuple[re.Pattern[str], frozenset[str]]:
    """One pattern for every country name and demonym (`demonyms.csv` and
    `southern_places.txt`), and the southern ones."""
    southern = word_set("southern_places.txt")
    names = {alias for alias, _ in table("demonyms.csv")} | southern
    # a match opens with a name's first letter: the search skips to those (the same matches)
    first = "".join(sorted({re.escape(name[0]) for name in names}))
    pattern = re.compile(
        rf"(?=[{first}])(?<![\w-])(?:" + longest_alternation(names) + r")(?![\w-])"
    )
    return pattern, southern


def writes_from_south(text: str) -> bool:
    """Whether `text` names southern-hemisphere countries (`data/southern_places.txt`) at
    least three times and more often than the others."""
    pattern, southern = _places()
    south = north = 0
    for match in pattern.finditer(text):
        if match.group() in southern:
            south += 1
        else:
            north += 1
    return south >= _FEWEST and south > north


def named_hemisphere(text: str, start: int) -> bool | None:
    """Whether the season at `start` of `text` is named as the southern hemisphere's (True),
    the northern's (False), or neither (None: the text's hemisphere decides, stop 39).

    >>> text = "It spent six weeks in dry dock during the southern winter."
    >>> named_hemisphere(text, text.index("winter")), named_hemisphere(text, text.index("dock"))
    (True, None)
    """
    match = _NAMED_RE.search(text, max(0, start - 12), start)
    return None if match is None else _HEMISPHERES[match[1].lower()]


def _northern(year: int, season: str) -> tuple[int, str]:
    """The northern season with a southern one's months, and its year: the southern summer of
    2023 is the northern winter that begins in December 2022."""
    season = _OPPOSITE[season]
    return (year - 1 if season == "WI" else year), season


def season_days(year: int, season: str, *, southern: bool) -> tuple[date, date]:
    """The first and last days of the season `season` ("SU") of `year`.

    >>> season_days(2023, "WI", southern=False)
    (datetime.date(2023, 12, 1), datetime.date(2024, 2, 29))
    >>> season_days(2023, "WI", southern=True)
    (datetime.date(2023, 6, 1), datetime.date(2023, 8, 31))
    """
    if southern:
        northern_year, season = _northern(year, season)
        year = northern_year if northern_year >= 1 else year
    first, last = SEASON_MONTHS[season]
    return date(year, first, 1), month_end(year + 1 if last < first else year, last)


def season_interval(
    value: str, mod: str | None
) -> tuple[date | None, date | None, str | None] | None:
    """The days of a season's value ("2023-SU") in the south, a part of it with `mod`; None
    for any other value.

    >>> season_interval("2023-SU", None)
    (datetime.date(2022, 12, 1), datetime.date(2023, 2, 28), 'season')
    """
    match = _SEASON_VALUE_RE.match(value)
    if match is None:
        return None
    year, season = _northern(int(match["year"]), match["season"])
    return interval_of(f"{year:04d}-{season}", mod) if year > 0 else None
