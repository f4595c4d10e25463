"""The day a text signs itself with in its last lines, as a bulletin, a release or a letter
closes: a place and a full date with its year in the outlet's own language, "São Paulo, 14 de
junho de 1996.", "Paris, le 14 mars 2019" (stop 40, helper `pubdate3`; read by
`timeline.published.foot_days.closing_stamp` in the last two lines only: above them, or in
another form, a place's day may be an event's, "Funeral, 14 marzo 2019").

    >>> signing_day("São Paulo, 14 de junho de 1996.")
    datetime.date(1996, 6, 14)
"""

from __future__ import annotations

import re
from datetime import date

from timeline.furniture.dated_lists import another_days_field
from timeline.furniture.local_datelines import local_dateline_day

__all__ = ["signing_day"]

#: A signing line's own form: its place's short word before the day ("Paris, le 14 mars"),
#: its month between "de" ("14 de junho de 1996"), or its closing full stop.
_SIGNING_FORM_RE = re.compile(r",\s+[a-zà-ü]{1,3}\s+\d|\d\s+de\s+[^\W\d_]+\s+de\s|\.\s*$")


def signing_day(line: str) -> date | None:
    """The day of a place-and-date line written as a text is signed: a place, then a full date
    with its year, in a signing line's own form (`_SIGNING_FORM_RE`); none for a label's or an
    event's day ("Downloaded from Town Records, 4 April 2021", "Funeral, 14 marzo 2019").

    >>> signing_day("Paris, le 14 mars 2019"), signing_day("Lima, 14 de marzo de 2019.")
    (datetime.date(2019, 3, 14), datetime.date(2019, 3, 14))
    >>> signing_day("Funeral, 14 marzo 2019") is None
    True
    >>> signing_day("Downloaded from Town Records, 4 April 2021.") is None
    True
    """
    stripped = line.strip()
    place = stripped.split(",", 1)[0]
    if "," not in stripped or another_days_field(place + ", "):
        return None
    if _SIGNING_FORM_RE.search(stripped) is None:
        return None
    return local_dateline_day(stripped)
