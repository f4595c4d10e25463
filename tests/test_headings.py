"""A page's headings: subheadings between the story's paragraphs, a section path."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.furniture import furniture
from timeline.furniture.headings import field_block, is_section_path, subheadings

LEAD = (
    "The council approved the new harbour wall on Tuesday after two years of delays, and work "
    "will start in the spring."
)


def test_a_subheading_needs_the_story_begun_and_prose_after_it() -> None:
    text = f"Wall approved\n\n{LEAD}\n\nWhat it costs\n\nThe wall costs 4 million.\n\nNext steps"
    assert [text[start:end] for start, end in subheadings(text)] == ["What it costs"]


def test_a_subheading_may_end_in_a_bracket() -> None:
    text = f"Wall approved\n\n{LEAD}\n\nTimeline (all times local)\n\nWork starts in spring."
    assert [text[start:end] for start, end in subheadings(text)] == ["Timeline (all times local)"]


def test_no_subheading_in_the_headline_s_block() -> None:
    text = f"Wall approved\n\nCouncil backs plan\n\n{LEAD}"
    assert subheadings(text) == []


def test_a_section_path_under_the_headline_is_furniture_and_further_down_is_not() -> None:
    assert is_section_path("Coast Engineering / Reliability")
    text = f"Wall approved\nCoast Council / Planning news\n\n{LEAD}"
    assert [text[f.start : f.end] for f in furniture(text)] == ["Coast Council / Planning news"]
    later = f"Wall approved\n\nHistory\n\nCoast Doctrine / Wall Plan\n\n{LEAD}"
    assert furniture(later) == []


def test_a_block_of_fields_mostly_furniture_is_furniture_whole_with_its_heading() -> None:
    text = (
        f"Wall approved\n\n{LEAD}\n\nArchive record\nPaper: The Coast Courier (print)\n"
        "Date: Friday, 4 March 1994\nSection: Local, page 2\nWords: 310"
    )
    found = [text[f.start : f.end] for f in furniture(text)]
    assert found[0] == "Archive record"
    assert "Paper: The Coast Courier (print)" in found
    # fields of the story itself, none of them furniture, stay the story's
    story = f"Wall approved\n\n{LEAD}\n\nCost: 4 million\nLength: 300 metres\nStart: spring"
    assert furniture(story) == []


def test_an_organisation_s_tagline_under_the_headline_is_furniture() -> None:
    text = (
        f"Aid reaches valley\n\nCoast Relief Intl. — shelter for flood towns since 2001\n\n{LEAD}"
    )
    assert [text[f.start : f.end] for f in furniture(text)] == [
        "Coast Relief Intl. — shelter for flood towns since 2001"
    ]


@given(st.text(alphabet=st.sampled_from(list("Ab c.:\n ·9—/")), max_size=300))
def test_headings_never_raise_and_stay_on_lines(text: str) -> None:
    taken = [(start, end) for start, end in subheadings(text)]
    for start, end in [*taken, *field_block(text, taken)]:
        assert 0 <= start < end <= len(text)
        assert "\n" not in text[start:end]
