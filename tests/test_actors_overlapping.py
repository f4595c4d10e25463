"""The spans overlapping a stretch, found by bisection (`timeline/actors/overlapping.py`, stop
35): the spans, in their order, that reading every span for the stretch finds, for spans of
any length, order and overlap."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors.overlapping import Overlapping
from timeline.actors.spans import RawSpan

_SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 15)).map(
        lambda at: RawSpan(at[0], at[0] + at[1], "x" * at[1], "ORG")
    ),
    max_size=25,
)


@settings(max_examples=500)
@given(_SPANS, st.lists(st.tuples(st.integers(-5, 80), st.integers(0, 20)), max_size=10))
def test_the_spans_found_by_bisection_are_the_ones_a_scan_finds(
    spans: list[RawSpan], stretches: list[tuple[int, int]]
) -> None:
    index = Overlapping(spans)
    for start, length in stretches:
        end = start + length
        scanned = [span for span in spans if span.start < end and start < span.end]
        assert index(start, end) == scanned
        assert index.any(start, end) == bool(scanned)
        within = [span for span in spans if start <= span.start and span.end <= end]
        near = index.near(start, end)
        assert all(any(span is other for other in near) for span in scanned + within)


def test_a_long_span_far_back_still_overlaps() -> None:
    spans = [RawSpan(0, 50, "x" * 50, "ORG"), *(RawSpan(n, n + 1, "x", "ORG") for n in range(60))]
    assert Overlapping(spans)(40, 41) == [spans[0], spans[41]]
