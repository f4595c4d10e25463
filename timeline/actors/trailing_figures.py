"""What a span of the model's holds after a name and is no word of it, each written with a
figure: a date ("Union Army of the Potomac on July 26"), a share ("Mutai 47.6 per cent"), a
rank ("put NTU 69th"), a score ("Ashdown 402-7", "beat Kelstone 3-0") or a reporting period
("Tarrow Foods Q3"). `spans.clean_span` cuts them off (moved out of `spans.py` to keep it near
450 lines, stop 38, helper `split10`: every output the same).

    >>> surface = "Union Army of the Potomac on July 26"
    >>> surface[: trailing_figure(surface, "ORG")[0]]
    'Union Army of the Potomac'
"""

from __future__ import annotations

import re

__all__ = ["TRAILING_PERIOD", "trailing_figure"]

#: A date after a name, with its preposition: " on July 26" of "Union Army of the Potomac on
#: July 26", " in March 2019" (a figure after at most one capitalised word).
_TRAILING_DATE = re.compile(
    r"\s+(?:on|in|at|by|since|until|from)\s+(?:(?:the\s+)?[A-Z][a-z]+\.?\s+)?\d.*$"
)
#: A score after a team's name: "Ashdown 402-7", "Ridgeway 3-1" (no model number: those hold
#: a letter or a longer second number, "KC-90", "737-800").
_TRAILING_SCORE = re.compile(r"\s+\d{1,3}[-/–]\d{1,2}$")
#: A share after a name: "Mutai 47.6 per cent", "Otieno 12%" (of the vote, of a market).
_TRAILING_SHARE = re.compile(r"\s+\d[\d.,]*\s*(?:%|percent|per\s+cent|pc|points?)$")
#: A rank after a name: "NTU 69th", "Kestrel 3rd".
_TRAILING_RANK = re.compile(r"\s+\d+(?:st|nd|rd|th)$")
#: A game's score the model took for a model number: "Kelstone 3-0" (goals on either side).
_GAME_SCORE = re.compile(r"\s+\d{1,2}[-–]\d{1,2}$")
#: A reporting period after a company's name in a headline: "Tarrow Foods Q3", "Kelp Ltd FY24"
#: (whatever the model took the name for: no person's name ends so).
TRAILING_PERIOD = re.compile(r"\s+(?:Q[1-4]|H[12]|[1-4]Q|FY\s?(?:\d{2}|\d{4}))$")


def trailing_figure(surface: str, label: str) -> tuple[int | None, str]:
    """Where the date, share, rank, score or reporting period after the name in `surface`
    (labelled `label`) starts, None when none ends it; and the label, "ORG" for a team whose
    game's score the model took for a product's model number ("Kelstone 3-0").

    >>> trailing_figure("Union Army of the Potomac on July 26", "ORG")
    (25, 'ORG')
    >>> trailing_figure("Mutai 47.6 per cent", "PERSON"), trailing_figure("NTU 69th", "ORG")
    ((5, 'PERSON'), (3, 'ORG'))
    >>> trailing_figure("Ashdown 402-7", "ORG"), trailing_figure("Kelstone 3-0", "PRODUCT")
    ((7, 'ORG'), (8, 'ORG'))
    >>> trailing_figure("Tarrow Foods Q3", "PERSON")
    (12, 'PERSON')

    A model number keeps its number:

    >>> trailing_figure("Boeing 737-800", "PRODUCT"), trailing_figure("KC-90", "PRODUCT")
    ((None, 'PRODUCT'), (None, 'PRODUCT'))
    """
    trailing = _TRAILING_DATE.search(surface)  # "Union Army of the Potomac on July 26"
    if trailing is None:
        trailing = _TRAILING_SHARE.search(surface)  # "Mutai 47.6 per cent": a name, its share
    if trailing is None:
        trailing = _TRAILING_RANK.search(surface)  # "put NTU 69th": a name, its rank
    if trailing is None and label != "PRODUCT":
        trailing = _TRAILING_SCORE.search(surface)  # "Ashdown 402-7": a team, then its score
    elif trailing is None and _GAME_SCORE.search(surface):
        trailing, label = _GAME_SCORE.search(surface), "ORG"  # "beat Kelstone 3-0": a team
    if trailing is None:
        trailing = TRAILING_PERIOD.search(surface)  # "Tarrow Foods Q3 profit rises"
    return (None if trailing is None else trailing.start()), label
