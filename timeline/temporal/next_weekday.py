"""A weekday after "next" that is still to come in the week of writing: "will list next
Thursday", written on a Wednesday, is the Thursday of the week after, not tomorrow ("this
Thursday" or "on Thursday" would name tomorrow).

    >>> from timeline.temporal import tag
    >>> [t.value for t in tag("The shares will list next Thursday.", date(2015, 11, 11))]
    ['2015-11-19']
"""

from __future__ import annotations

from datetime import date


def weeks_after_next(relation: str, weekday: int, reference: date | None, narrative: bool) -> int:
    """The weeks to add to the nearest `weekday` after `reference` that "next" names: one when
    that weekday is still to come in the reference's week (Monday to Sunday), so that "next
    Thursday" written on a Tuesday or a Wednesday is the Thursday of the week after; none for
    a weekday the week has had ("next Monday" written on a Wednesday is five days on), for
    another word ("coming", "this") and in narrative, which counts from its own days.

    >>> wednesday = date(2015, 11, 11)
    >>> weeks_after_next("next", 4, wednesday, False), weeks_after_next("next", 1, wednesday, False)
    (1, 0)
    >>> weeks_after_next("coming", 4, wednesday, False), weeks_after_next("next", 4, None, False)
    (0, 0)
    """
    if relation != "next" or reference is None or narrative:
        return 0
    return 1 if weekday > reference.isoweekday() else 0
