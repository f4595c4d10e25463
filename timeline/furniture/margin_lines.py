"""The margins of a story: the lines above its first sentence and below its last, where a page
sets its masthead, its source line, its pointers and its tables. There a line that does not end
as a sentence ends and shows the cues of furniture (`timeline.furniture.line_shape`) is furniture
with two cues fewer than a line among the story's sentences needs: "Original filing (PDF, 6 pages)
↗" under the story, "The Tarrow Courier (Leith), Friday, 9 May, 1958, page 4" over it. A line
that ends with a stop is left to the story (a last line, "Talks resume on Monday.", is short
and has a verb the cues do not know); a chronology's entries ("1998 — Wins the cup") are the
story's events; a line run on into a line in small letters is a paragraph cut by its width.
A line inside a block of furniture (`inside_furniture`) is furniture whatever its shape. Read by
`timeline.furniture`, after every other rule, on the lines no rule took.

    >>> text = "Headline\\nThe Tarrow Courier (Leith), Friday, 9 May, 1958, page 4\\n\\n"
    >>> text += "The council met on Tuesday and voted to close the old quay.\\n\\nTalks go on."
    >>> [text[start:end] for start, end in margin_lines(text, [])]
    ['The Tarrow Courier (Leith), Friday, 9 May, 1958, page 4']
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.dated_lists import is_entry
from timeline.furniture.kinds import line_spans
from timeline.furniture.line_shape import (
    SENTENCE_WORDS,
    SHAPE_POINTS,
    date_alone,
    reads_as_sentence,
    shape_cues,
)
from timeline.furniture.transcript_lines import is_speaker_cue
from timeline.wordlists import word_set

__all__ = [
    "MARGIN_EXAMPLES",
    "MARGIN_POINTS",
    "in_margin_shape",
    "inside_furniture",
    "is_box_item",
    "is_headline_shape",
    "issuing_units",
    "margin_lines",
]

#: The points a line's place in a margin adds to its cues of furniture.
MARGIN_POINTS = 2

#: Lines that `in_margin_shape` must find (each with a story under or over it).
MARGIN_EXAMPLES = (
    "The Tarrow Courier (Leith), Friday, 9 May, 1958, page 4",  # a source line: names, figures
    "Original report (PDF, 12 pages) ↗",  # a pointer to the document
    "4. Harbour Rovers 9 3 2 4 -5 11",  # a table's row
    "Sign up for the Friday letter. Subscribe",  # a call, its button's word after the stop
    "Carla Ruiz in Lima",  # a writer in her place
    "HARBOUR NOTES",  # a column's label
    "Research desk, Quay Street, Leith",  # a desk's address
)


def in_margin_shape(line: str) -> bool:
    """A line that, set in a margin, is furniture by its shape: no sentence's stop at its end,
    and its cues with the margin's points come to `SHAPE_POINTS`; a line of eight words or more
    with a finite verb is prose that lost its stop (a sentence ending in its source's bracket).

    >>> [in_margin_shape(line) for line in MARGIN_EXAMPLES]
    [True, True, True, True, True, True, True]
    >>> in_margin_shape("Talks resume on Monday."), in_margin_shape("Rates cut in a close vote.")
    (False, False)
    """
    if reads_as_sentence(line) or date_alone(line):  # a stamp is left to the reading of dates
        return False
    cues = shape_cues(line)
    if "no verb" not in cues and len(line.split()) >= SENTENCE_WORDS:
        return False  # prose without its stop: "The strike began at 7 a.m., the union said (Wire)"
    return "no stop" in cues and sum(cues.values()) + MARGIN_POINTS >= SHAPE_POINTS


#: The cues a heading shows: no verb the cues know, no stop, perhaps a label.
_HEADING_CUES = frozenset({"no stop", "no verb", "label"})
#: The fewest words of a headline read as one.
HEADLINE_WORDS = 4


def is_headline_shape(line: str) -> bool:
    """A headline's or a heading's shape, left to the story above its first sentence (a masthead
    may stand over it, and its names tell who the story's actors are): no stop, no cue but that,
    a missing verb or a label, and no figure, or four words or more, half of them in small
    letters.

    >>> is_headline_shape("Harbour board backs dredging after a dry year")
    True
    >>> is_headline_shape("Board Backs Dredging"), is_headline_shape("History")
    (True, True)
    >>> is_headline_shape("The Tarrow Courier (Leith), Friday, 9 May, 1958, page 4")
    False
    """
    cues = set(shape_cues(line))
    if "no stop" not in cues or not cues <= _HEADING_CUES:
        return False
    words = [word for word in line.split() if word[:1].isalpha()]
    small = sum(1 for word in words if word[0].islower())
    return not any(c.isdigit() for c in line) or (
        len(words) >= HEADLINE_WORDS and 2 * small >= len(words)
    )


def _of_the_story(line: str) -> bool:
    """A line of the story: a sentence (`reads_as_sentence`), or a short one that ends as a
    sentence ends and has a finite verb ("The board met.")."""
    return reads_as_sentence(line) or not {"no stop", "no verb"} & set(shape_cues(line))


def _run_on(following: str | None) -> bool:
    """A line whose next line, in the same paragraph, goes on in small letters: a paragraph cut
    by its width ("the council\\nmet on Tuesday")."""
    return following is not None and following[:1].islower()


def _in_fields(line: str, beside: list[str | None]) -> bool:
    """A "Label: value" line beside another in its block: the fields are left to the rules of
    fields (`timeline.furniture.headings.field_block`, `header_fields`); the story's own stay."""
    labelled = [other for other in beside if other is not None and "label" in shape_cues(other)]
    return "label" in shape_cues(line) and bool(labelled)


def _in_block(text: str, lines: list[tuple[int, int]], number: int, other: int) -> str | None:
    """Line `other`, when it stands right above or under line `number`, no blank line between."""
    if not 0 <= other < len(lines):
        return None
    first, second = sorted((number, other))
    between = text[lines[first][1] : lines[second][0]]
    return text[slice(*lines[other])] if between.count("\n") == 1 else None


def margin_lines(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The [start, end) of the lines above the story's first line or below its last (a line
    that ends as a sentence ends with a finite verb) that no rule took (`taken`: furniture
    found) and that are furniture by their shape there (`in_margin_shape`); above the story, a
    heading's shape is left (`is_headline_shape`). The first line, the headline, is left to the
    reading of titles; a text with no sentence of the story (`reads_as_sentence`) has no margins.

    >>> story = "Head\\n\\nThe port shut on Monday after a fire in a crane on the quay.\\n\\n"
    >>> text = story + "More port news\\n1998 — Port opens\\n2004 — New quay"
    >>> [text[start:end] for start, end in margin_lines(text, [])]
    ['More port news']

    Under the story, a box's labelled items are furniture with their stops
    (`is_box_item`):

    >>> box = "PORT NEWS\\nArrived: Tarrow Star, from Leith.\\nSailed: Quay Queen, for Lagos."
    >>> text = story + box
    >>> [text[start:end] for start, end in margin_lines(text, [(len(story), len(story) + 9)])]
    ['Arrived: Tarrow Star, from Leith.', 'Sailed: Quay Queen, for Lagos.']

    without a heading of furniture over them, labelled items are the story's own fields:

    >>> text = story + "Cost: 4 million\\nLength: 300 metres"
    >>> margin_lines(text, [])
    []
    """
    lines = line_spans(text)
    written = [text[start:end] for start, end in lines]
    free = [not _touched(span, taken) for span in lines]
    story = [not _covered(span, taken) for span in lines]  # a dateline opens the story's line
    if not any(story[number] and reads_as_sentence(line) for number, line in enumerate(written)):
        return []
    # the story's first and last lines, read from each end (the lines between are not read)
    first = next(n for n, line in enumerate(written) if story[n] and _of_the_story(line))
    last = next(
        n for n in range(len(written) - 1, first - 1, -1) if story[n] and _of_the_story(written[n])
    )
    found: list[tuple[int, int]] = []
    for number, (start, end) in enumerate(lines):
        if not free[number] or number == 0 or first <= number <= last:
            continue
        line = written[number]
        above, below = (_in_block(text, lines, number, other) for other in (number - 1, number + 1))
        if (
            in_margin_shape(line)
            and not (number < first and is_headline_shape(line))
            and not _run_on(below)
            and not _in_fields(line, [above, below])
            and not is_entry(written, number)
        ) or (number > last and _in_a_box(text, lines, written, free, found, number)):
            found.append((start, end))
    return found


def _in_a_box(
    text: str,
    lines: list[tuple[int, int]],
    written: list[str],
    free: list[bool],
    found: list[tuple[int, int]],
    number: int,
) -> bool:
    """A box's labelled item (`is_box_item`) under its heading: the items above it in its
    block, if any, lead up to a line of furniture ("SHIPPING MOVEMENTS"), taken before or in
    this reading of the margins (`found`). Items with no heading
    are the story's own fields ("Cost: 4 million", "Length: 300 metres"); alone, "Next week: we
    sail on Monday." is a sentence whose verb the cues do not know."""
    if not is_box_item(written[number]) or is_entry(written, number):
        return False
    top = number
    while (
        top > 0
        and _in_block(text, lines, top, top - 1) is not None
        and is_box_item(written[top - 1])
    ):
        top -= 1
    if top == 0 or _in_block(text, lines, top, top - 1) is None:
        return False
    return not free[top - 1] or lines[top - 1] in found


#: A box's label: one word of three letters or more, from a capital.
_BOX_LABEL = re.compile(r"[A-Z][A-Za-z'’-]{2,}")
#: The most words of a box's labelled item.
BOX_ITEM_WORDS = 14


def is_box_item(line: str) -> bool:
    """A box's labelled item under the story, a stop after it or none: its label, a colon and
    a value with no finite verb ("Arrived: Tarrow Star, from Leith, 212 passengers.", a paper's
    shipping movements; "Attendance: 12,000."); a labelled sentence, "Note: the board meets
    in May.", is the story's.

    >>> is_box_item("Arrived: Tarrow Star, from Leith, 212 passengers.")
    True
    >>> is_box_item("Note: the board meets again in May."), is_box_item("Talks end.")
    (False, False)
    >>> is_box_item("March 3: Talks collapse."), is_box_item("Friday: Strike ends.")
    (False, False)
    >>> is_box_item("A: Not before 2018."), is_box_item("Q: And for you?")
    (False, False)
    """
    cues = shape_cues(line)
    label = line.partition(":")[0]
    return (
        "label" in cues
        and "no verb" in cues
        # a box's label is a word ("Arrived", "Attendance"); an interview's "Q:" and "A:" open
        # turns, and a question is no box's item
        and _BOX_LABEL.fullmatch(label) is not None
        and not line.endswith("?")
        # a chronology's day is its entry's label: "March 3: Talks collapse." is an event
        and not any(char.isdigit() for char in label)
        and not date_alone(label)
        and len(line.split()) <= BOX_ITEM_WORDS
        and not reads_as_sentence(line)
    )


def inside_furniture(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The [start, end) of the lines inside a block of furniture: the line right above and the
    line right under (no blank line between) are furniture (`taken`), whatever its shape, a
    sentence too ("Text produced by OCR; it may hold errors." between a masthead's source line
    and the byline). A heading's shape (`is_headline_shape`), a date alone (a stamp's, left to
    the reading of dates), the first line and a speaker's turn under its cue stay.

    >>> text = "Head\\nTHE TARROW COURIER\\nText read by a machine; it may hold errors.\\nBY JO LEE"
    >>> [text[start:end] for start, end in inside_furniture(text, [(5, 23), (68, 77)])]
    ['Text read by a machine; it may hold errors.']
    >>> text = "Head\\nJO LEE (Mayor):\\nWe shut the quay on Monday.\\nPRESENTER:"
    >>> inside_furniture(text, [(5, 20), (49, 59)])
    []
    """
    lines = line_spans(text)
    found: list[tuple[int, int]] = []
    for number in range(1, len(lines) - 1):
        start, end = lines[number]
        line = text[start:end]
        if (
            _covered(lines[number - 1], taken)
            and _covered(lines[number + 1], taken)
            and not _touched(lines[number], taken)
            and _in_block(text, lines, number, number - 1) is not None
            and _in_block(text, lines, number, number + 1) is not None
            and not is_headline_shape(line)
            and not date_alone(line)
            # a turn under a speaker's cue ("PRESENTER:") is the story's, the next cue under it
            and not is_speaker_cue(text[slice(*lines[number - 1])])
        ):
            found.append((start, end))
    return found


#: The most words of an issuing unit's name alone on its line.
UNIT_WORDS = 8


@cache
def _unit_nouns() -> frozenset[str]:
    return word_set("unit_nouns.txt")


def issuing_units(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The [start, end) of the name of a body's unit alone on its line above the story, between
    two lines of furniture (no blank line between): the unit that issues a notice under its
    body's masthead ("Disease Surveillance & Response Unit" between "MINISTRY OF HEALTH" and
    "PRESS RELEASE No. 4"); the first line, the headline, stays.

    >>> text = "Shut\\nMINISTRY OF HEALTH\\nDisease Control Unit\\nISSUED 3 MAY 2021\\n\\nIt shut."
    >>> [text[start:end] for start, end in issuing_units(text, [(5, 23), (45, 62)])]
    ['Disease Control Unit']
    """
    lines = line_spans(text)
    found: list[tuple[int, int]] = []
    for number in range(1, len(lines) - 1):
        line = text[slice(*lines[number])]
        if reads_as_sentence(line):
            break  # the story has begun
        words = line.split()
        if (
            len(words) <= UNIT_WORDS
            and line[:1].isupper()
            and words[-1].lower() in _unit_nouns()
            and not any(c.isdigit() for c in line)
            and _touched(lines[number - 1], taken)
            and _touched(lines[number + 1], taken)
            and not _touched(lines[number], taken)
            and _in_block(text, lines, number, number - 1) is not None
            and _in_block(text, lines, number, number + 1) is not None
        ):
            found.append(lines[number])
    return found


def _touched(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Whether the line at `span` holds furniture, whole or in part."""
    return any(a <= span[0] < b or a < span[1] <= b for a, b in taken)


def _covered(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Whether the line at `span` is furniture whole (not a story's line under its dateline)."""
    return any(a <= span[0] and span[1] <= b for a, b in taken)
