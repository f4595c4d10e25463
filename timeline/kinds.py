"""The core vocabulary, named once: every stage, the table's schema, the views and the exports
use these names, and a value outside them is an error where it is made.

    >>> Granularity.DAY == "day", Anchor("vague") is Anchor.VAGUE
    (True, True)

Each is a `StrEnum`: a member is the string it names, so it goes into a pandas column, a CSV
cell or a URL as that string, and compares equal to it.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "PLACE_LABELS",
    "PLACE_OR_BODY_LABELS",
    "ActorType",
    "Anchor",
    "Granularity",
    "PublishedSource",
    "TimexType",
    "describe",
]


class Granularity(StrEnum):
    """How precise a date is: the span of days it covers, finest first."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class Anchor(StrEnum):
    """How an event got its date."""

    EXPLICIT = "explicit"  # its clause has a temporal expression of its own
    INHERITED = "inherited"  # it takes the day of a sentence before it
    PUBLISHED = "published"  # it reports what happened by the news day
    VAGUE = "vague"  # "recently", "in the past": no day rather than a wrong one


class ActorType(StrEnum):
    """What kind of actor a name is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    LOCATION = "location"
    GROUP = "group"
    PRODUCT = "product"


#: The spaCy labels of a place, each read as an `ActorType.LOCATION`: a country, city or state
#: (GPE), a region, sea or range (LOC), a building, road or airport (FAC).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: The labels of a place or a body (ORG): what a body is "of" ("the Central Bank of Kelso"),
#: what a noun may follow after "'s" ("Winnipeg's Health Sciences Centre").
PLACE_OR_BODY_LABELS = PLACE_LABELS | {"ORG"}


class TimexType(StrEnum):
    """The TIMEX3 type of a temporal expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class PublishedSource(StrEnum):
    """Where an article's publication date came from."""

    METADATA = "metadata"  # the file's own field (published, date, pubDate ...)
    DATELINE = "dateline"  # a dateline at the top of the text
    INFERRED = "inferred"  # dates in the text whose weekday fixes the year
    COPYRIGHT = "copyright"  # an older table's: only a copyright year was known (no longer given)
    WRITTEN = "written"  # the text's own "today", days before its metadata date (late upload)
    NONE = "none"  # not known: relative dates keep X's
    USER = "user"  # given by the user (--published, or corrected in the dashboard)


def describe(kind: type[StrEnum]) -> str:
    """The members of a vocabulary as a reader sees them listed.

    >>> describe(Anchor)
    'explicit, inherited, published, vague'
    """
    return ", ".join(member.value for member in kind)
