"""The value object of the temporal engine: one TIMEX3 expression with its span and interval."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from timeline.kinds import Granularity, TimexType

TIMEX_TYPES = frozenset(TimexType)
GRANULARITIES = frozenset(Granularity)


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression, with offsets into the text it was found in.

    >>> Timex(0, 9, "yesterday", "DATE", "2023-10-22", granularity="day").value
    '2023-10-22'
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    granularity: str | None = None
    date_start: date | None = None
    date_end: date | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end}) for {self.text!r}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text {self.text!r} does not fit span [{self.start}, {self.end})")
        if self.type not in TIMEX_TYPES:
            raise ValueError(f"type {self.type!r} is not one of {sorted(TIMEX_TYPES)}")
        if self.granularity is not None and self.granularity not in GRANULARITIES:
            raise ValueError(f"granularity {self.granularity!r} is not one of {GRANULARITIES}")
        if (
            self.date_start is not None
            and self.date_end is not None
            and self.date_start > self.date_end
        ):
            raise ValueError(f"interval {self.date_start} > {self.date_end} for {self.text!r}")
