"""The spans that overlap a stretch of the text, found by bisection over their starts rather
than by reading every span for each stretch (stop 35): a span overlapping `start` starts no
further back than the longest span is long. Spans may overlap one another and come in any
order; what overlaps is given in their order.

    >>> from timeline.actors.spans import RawSpan
    >>> raw = [RawSpan(10, 14, "Adwu", "ORG"), RawSpan(0, 4, "Tarn", "GPE")]
    >>> index = Overlapping(raw)
    >>> [r.text for r in index(3, 12)], index.any(4, 10)
    (['Adwu', 'Tarn'], False)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

__all__ = ["Overlapping"]


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


SpanT = TypeVar("SpanT", bound=_Span)


class Overlapping(Generic[SpanT]):
    """The spans of `spans` with `span.start < end and start < span.end`, for any stretch
    [start, end) asked, as a scan of all of them gives."""

    def __init__(self, spans: Sequence[SpanT]) -> None:
        self._spans = spans
        self._by_start = sorted(range(len(spans)), key=lambda index: spans[index].start)
        self._starts = [spans[index].start for index in self._by_start]
        self._longest = max((span.end - span.start for span in spans), default=0)

    def near(self, start: int, end: int) -> list[SpanT]:
        """The spans, in their order, that start from `start` less the longest length up to
        `end`: all that overlap [start, end) or lie within it, and maybe others."""
        low = bisect_left(self._starts, start - self._longest)
        high = bisect_right(self._starts, end)
        return [self._spans[index] for index in sorted(self._by_start[low:high])]

    def __call__(self, start: int, end: int) -> list[SpanT]:
        return [span for span in self.near(start, end) if span.start < end and start < span.end]

    def any(self, start: int, end: int) -> bool:
        """Whether any span overlaps [start, end)."""
        return any(span.start < end and start < span.end for span in self.near(start, end))
