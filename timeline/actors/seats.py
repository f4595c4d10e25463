"""The place a body is based, registered or listed in, said of it in passing, is no actor:
"Lumo, based in Tampere, makes boots", "crew based in Ostra and Vell", "the firms, registered
in Tarvik and the Orrin Islands, had", "Norvald, which is listed in Oslo, has".

    >>> text = "Delta Vane, which is based in Tarvik, La., reported a loss."
    >>> locates_an_organisation(text, 30, 36, "GPE"), locates_an_organisation(text, 38, 41, "GPE")
    (True, True)
"""

from __future__ import annotations

import re

from timeline.kinds import PLACE_LABELS

__all__ = ["locates_an_organisation"]

#: The verbs that say where a body sits, as a participle after its name or noun: "based in",
#: "headquartered in", "registered in", "incorporated in", "domiciled in".
_SEAT_WORDS = "based|headquartered|registered|incorporated|domiciled"
#: The words one of which every match of `_SEAT_BEFORE` holds: a seat's participle, or
#: "listed" of "which is listed in".
_SEAT_TESTED = (*_SEAT_WORDS.split("|"), "listed")
#: What stands before the participle so that it describes a name or a noun: a name and a
#: comma, a description between at times ("Lumo Oy, the boot maker based in"), a plural or a
#: noun right before it ("crew based in", "foreign sites based in"; "based" and
#: "headquartered" only, as "the firm registered in Delaware in 2019" is an act), or "which
#: is" ("Delta Vane, which is based in"; "which is listed in" too: a listing without a date).
#: Not "and" nor an auxiliary: "Founded in 1990 and based in Tampere, Lumo", "the firm is
#: based in Tampere" say it of the sentence's subject, where the golds name the place.
_SEAT_BEFORE = re.compile(
    r"(?:[\w.)],\s+(?:(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,3})?"
    + f"(?:{_SEAT_WORDS})"
    + r"|(?<![\w-])(?!(?:and|or|is|are|was|were|be|been|being|not|now|also)\s)[a-z][\w-]*\s+"
    r"(?:based|headquartered)"
    rf"|,\s+which\s+is\s+(?:{_SEAT_WORDS}|listed))\s+in\s+(?:the\s+)?"
)
#: The places of a list or a town's state written between the participle and a later place:
#: "Malta and ", "Ostra, Vell and ", "Tarvik, " (of "Tarvik, La."), "Hong Kong and the ".
_PLACES_BETWEEN = re.compile(
    r"(?:(?:[A-Z][\w'’.-]*|de|do|da|del|la)(?:\s+(?:[A-Z][\w'’.-]*|de|do|da|del|la))*"
    r"(?:,\s+and\s+|,\s+|\s+and\s+)(?:the\s+)?)*"
)
#: How far before a place the participle may stand (a list of three places and their states).
_WINDOW = 90


def locates_an_organisation(text: str, start: int, end: int, label: str) -> bool:
    """Whether a place follows a participle that says where a body or its people are based,
    registered or listed, set after a name, a noun or "which is": it says where they are, and
    acts in nothing; so do the places listed after it and a town's state. Not where the
    clause opens the sentence or follows "and" ("Headquartered in Tampere, Lumo ...",
    "Founded in 1990 and based in Tampere, Lumo"): the place is its subject's.

    >>> locates_an_organisation("Lumo, based in Tampere, makes boots.", 15, 22, "GPE")
    True
    >>> locates_an_organisation("Founded in 1990 and based in Tampere, Lumo", 29, 36, "GPE")
    False
    >>> text = "Lumo Oy, the boot maker based in Tampere, said"
    >>> locates_an_organisation(text, 33, 40, "GPE")
    True
    >>> text = "contracts for crew based in Ostra, Vell and Pardo, who"
    >>> [locates_an_organisation(text, s, e, "GPE") for s, e in ((28, 33), (35, 39), (44, 49))]
    [True, True, True]
    >>> locates_an_organisation("Lumo is based in Tampere.", 17, 24, "GPE")
    False
    >>> locates_an_organisation("The firm registered in Tarvik in 2019.", 23, 29, "GPE")
    False
    """
    if label not in PLACE_LABELS and label not in ("PERSON", "ORG"):
        return False  # a town the model took for a person or a body is as much a seat
    window = max(0, start - _WINDOW)
    before = text[window:start]
    if not any(word in before for word in _SEAT_TESTED):
        return False  # every match holds one of them: seldom written
    for seat in _SEAT_BEFORE.finditer(text, window, start):
        between = _PLACES_BETWEEN.fullmatch(text, seat.end(), start)
        if between is not None:
            return True
    return False
