"""News furniture in any form, through the whole pipeline: a line of any kind, composed from its
parts (`tests/furniture_forms.py`: datelines, bylines, stamps, archive fields, calls to
subscribe, captions and credits, pointers, copyright and share lines, live clocks), set at the
head, the foot or between the paragraphs of a short story, gives no event row and no actor the
story does not name, and the story keeps its sentences and their days. A story sentence built
from furniture's words ("Copyright lawyers said on Monday ...") stays an event.

`benchmarks/bench_furniture_forms.py` counts the misses per kind over many more lines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.furniture import furniture
from timeline.pipeline import extract

from .furniture_forms import FORMS, PLACES, PUBLISHED, STORY, article, leaks, near_misses

#: examples per kind: enough to draw each of its forms, few enough for a quick suite
EXAMPLES = 25


def _table(text: str):  # type: ignore[no-untyped-def]
    document = Document(id="a", text=text, title=text.split("\n", 1)[0], published_given=PUBLISHED)
    return extract([document], workers=1, merge=False).table


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_a_furniture_line_gives_no_row_and_no_actor_and_leaves_the_story(kind: str) -> None:
    @settings(max_examples=EXAMPLES, deadline=None)
    @given(line=FORMS[kind], place=st.sampled_from(PLACES[kind]))
    def check(line: str, place: str) -> None:
        text, start = article(line, place)
        end = start + len(line.strip())
        assert leaks(text, start, end, _table(text)) == [], (kind, place, line)

    check()


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_a_furniture_line_is_found_as_furniture(kind: str) -> None:
    @settings(max_examples=EXAMPLES * 2, deadline=None)
    @given(line=FORMS[kind], place=st.sampled_from(PLACES[kind]))
    def check(line: str, place: str) -> None:
        text, start = article(line, place)
        end = start + len(line.strip())
        assert any(f.start <= start and f.end >= end for f in furniture(text)), (place, line)

    check()


@settings(max_examples=60, deadline=None)
@given(near=near_misses(), place=st.sampled_from(["head", "between", "foot"]))
def test_a_story_sentence_in_furniture_words_stays_an_event(
    near: tuple[str, str], place: str
) -> None:
    sentence, day = near
    text, start = article(sentence, place)
    assert not any(f.start < start + len(sentence) and f.end > start for f in furniture(text))
    table = _table(text)
    rows = [(row.sentence, str(row.date_start)[:10]) for row in table.itertuples()]
    assert (sentence, day) in rows, rows
    for story_sentence, story_day in STORY:
        assert (story_sentence, story_day) in rows, rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks in Lima, March 4 – The date was set by the council on Monday.",
        "Share prices fell on Monday after the report.",
        "Two hours ago the council voted to close the pier on Monday.",
        "15:46 was the time the ferry left the quay on Monday.",
        "Ana Ruiz, who led the talks, said on Monday that the pier would close.",
        "Updated tide tables were published on Monday.",
        "The copyright case was filed on Monday.",
        "Subscribers were told on Monday that prices would rise.",
    ],
)
def test_a_story_sentence_like_furniture_keeps_its_row(sentence: str) -> None:
    for place in ("head", "between"):
        text, start = article(sentence, place)
        assert not any(f.start < start + len(sentence) and f.end > start for f in furniture(text))
        rows = [(row.sentence, str(row.date_start)[:10]) for row in _table(text).itertuples()]
        assert any(row_sentence == sentence for row_sentence, _ in rows), (place, rows)
