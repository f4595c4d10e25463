"""The scene a date told before sets for what a news story tells after it without a date of its
own: a day counted after a month of another scene is some day of that month.

    >>> from datetime import date
    >>> month_of_another_scene(1983, 4, date(1983, 6, 15), date(1983, 6, 13))
    True
"""

from __future__ import annotations

from datetime import date

__all__ = ["month_of_another_scene"]


def month_of_another_scene(
    year: int, month: int | None, reference: date | None, story_day: date | None
) -> bool:
    """Whether a month told last (`year`, `month`) is a scene away from the news, so that a day
    or a week counted after it ("a week later") is some day of that month, not one counted
    from the news: a month of another year with no recent day told ("in August 2005 ... the
    following day"), or a month gone by of the news's year, neither the month of the news nor
    of the story's day, told after that day ("released on Monday ... found poisoned in April.
    A villager was arrested a week later": April). Not a month still ahead ("runs dry from
    June to September ... will brief Congress the following day", written in August: the
    story's day).

    >>> month_of_another_scene(2005, 8, date(2008, 7, 3), None)
    True
    >>> month_of_another_scene(1983, 6, date(1983, 6, 15), date(1983, 6, 13))
    False
    >>> month_of_another_scene(2007, 9, date(2007, 8, 14), None)
    False
    """
    if month is None or reference is None:
        return False
    if year != reference.year:
        return story_day is None
    day = story_day or reference
    return month < reference.month and (year, month) != (day.year, day.month)
