"""A temporal rule as one declarative unit, with its examples: what ``rules`` is made of.

>>> Rule("x", (Example("in 1998", "1998"),), (2, 8), r"\\d{4}").name
'x'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["EXAMPLE_REFERENCE", "Example", "Rule"]


#: the reference date of an example unless it names one: a Monday
EXAMPLE_REFERENCE = date(2023, 10, 23)


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence a rule finds, and the TIMEX3 value ``tag`` gives its expression.

    >>> Example("Talks ended yesterday.", "2023-10-22").reference
    datetime.date(2023, 10, 23)
    """

    text: str
    value: str
    reference: date | None = EXAMPLE_REFERENCE


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: ``pattern`` is run only in windows of ``window`` (characters left of a
    trigger word's start, right of its end), and only where ``prefilter`` (if any) matches.

    >>> Rule("x", (Example("in 1998", "1998"),), (2, 8), r"\\d{4}").name
    'x'
    """

    name: str
    examples: tuple[Example, ...]
    window: tuple[int, int]
    pattern: str
    prefilter: str | None = None

    def __post_init__(self) -> None:
        if not self.name.isidentifier():
            raise ValueError(f"rule name {self.name!r}: use a Python identifier")
        if not self.examples:
            raise ValueError(f"rule {self.name!r}: give at least one example")
        if min(self.window) < 0:
            raise ValueError(f"rule {self.name!r}: window {self.window} must not be negative")
