"""A page's headings that are not the story's sentences: a subheading between the story's
paragraphs ("What happened", "Root cause"), and the path of a blog's or a site's sections
under the headline ("Harbour Engineering / Reliability"). Read by `timeline.furniture`; each
rule is one unit with its examples, none names a site.

    >>> lead = "The port shut on Monday after a fire broke out in a crane on the east quay, and "
    >>> lead += "ships were sent on to other ports."
    >>> text = f"Title\\n\\n{lead}\\n\\nWhat happened\\n\\nA crane caught fire."
    >>> [text[start:end] for start, end in subheadings(text)]
    ['What happened']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache

from timeline.furniture.kinds import line_spans
from timeline.furniture.line_shape import reads_as_sentence, shape_cues
from timeline.temporal.vocabulary import TIME_ZONES
from timeline.wordlists import word_set

__all__ = [
    "SECTION_PATH_EXAMPLES",
    "field_block",
    "header_fields",
    "is_section_path",
    "is_table_note",
    "is_tagline",
    "is_timed_heading",
    "item_headlines",
    "numbered_headings",
    "subheadings",
]

#: A paragraph: text between blank lines.
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*")
#: A heading's shape: from a capital, no figure, no stop, comma, colon or quotation at its end.
_HEADING = re.compile(r"[A-Z][^\n\d|]*(?<![.!?:;,\"”'’\]])")
#: The most words of a subheading.
HEADING_WORDS = 8
#: The fewest words of the story's first paragraph: what a headline's block never holds.
STORY_WORDS = 20


def _is_prose(paragraph: str) -> bool:
    """A paragraph of the story: it ends with a sentence's stop."""
    return paragraph.rstrip()[-1:] in tuple(".!?\"”’'")


def subheadings(text: str) -> list[tuple[int, int]]:
    """The [start, end) of the subheadings between the story's paragraphs: a paragraph of one
    line, of a few words from a capital without a figure or a stop ("Timeline (all times UTC)"),
    after the story's first paragraph of prose and before a paragraph of prose.

    >>> subheadings("Title\\n\\nFares rose.\\n\\nWhy now\\n\\nCosts rose.")  # no story yet
    []
    """
    paragraphs = [
        (match.start(), match.end(), match.group().strip()) for match in _PARAGRAPH.finditer(text)
    ]
    found: list[tuple[int, int]] = []
    started = False
    for number, (start, _, paragraph) in enumerate(paragraphs):
        if not started:
            started = _is_prose(paragraph) and len(paragraph.split()) >= STORY_WORDS
            continue
        following = paragraphs[number + 1][2] if number + 1 < len(paragraphs) else ""
        if (
            "\n" not in paragraph
            and len(paragraph.split()) <= HEADING_WORDS
            and _HEADING.fullmatch(paragraph)
            and _is_prose(following)
        ):
            offset = start + len(text[start:]) - len(text[start:].lstrip())
            found.append((offset, offset + len(paragraph)))
    return found


#: An item's number opening a line: "2. ", "3) ".
_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]\s+[A-Z]")


def numbered_headings(text: str) -> list[tuple[int, int]]:
    """The [start, end) of the numbered headings run into their items: a line that opens with an
    item's number, of a few words (`HEADING_WORDS` or fewer) without a sentence's stop, right over
    a line of the story (a sentence with its verb and its stop: `reads_as_sentence`) that is
    no item of its own ("2. Ferry fares rise" over "The board raised fares on Monday, ...").
    A list whose items are sentences ("1. The board met on Monday.") is the story's.

    >>> text = "Digest\\n\\n2. Ferry fares rise\\nThe board raised fares by a tenth on Monday."
    >>> [text[start:end] for start, end in numbered_headings(text)]
    ['2. Ferry fares rise']
    >>> numbered_headings("Digest\\n\\n1. Fares\\n2. The board raised fares by a tenth on Monday.")
    []
    """
    lines = line_spans(text)
    found: list[tuple[int, int]] = []
    for (start, end), (below, below_end) in itertools.pairwise(lines):
        line, under = text[start:end], text[below:below_end]
        if (
            _ITEM_NUMBER.match(line)
            and len(line.split()) <= HEADING_WORDS
            and not _is_prose(line)
            and text[end:below].count("\n") <= 2  # set apart by a blank line too (stop 46)
            and reads_as_sentence(under)
            and not _ITEM_NUMBER.match(under)
        ):
            found.append((start, end))
    return found


#: A heading in capitals with what it counts or when, in small letters in brackets: "RESULTS BY
#: DISTRICT (seats)", "ROAD CLOSURES (as of 6 p.m.)".
_QUALIFIED_HEADING = re.compile(
    r"[A-ZÀ-Þ][A-ZÀ-Þ'’&-]+(?:\s+(?:[A-ZÀ-Þ][A-ZÀ-Þ'’&-]*|&|/)){1,7}\s*\([a-z][^()\n]{0,40}\)"
)


def is_qualified_heading(line: str) -> bool:
    """A heading in capitals, two words or more, with its qualifier in small letters in brackets
    (a headline's "(UPDATE 2)" is in capitals).

    >>> is_qualified_heading("ROAD CLOSURES (as of 6 p.m.)"), is_qualified_heading("TOLL (NEW)")
    (True, False)
    """
    return _QUALIFIED_HEADING.fullmatch(line.strip()) is not None


#: A live page's entry heading: the clock time of the entry, a dash and a headline of a few words
#: from a capital, no stop at its end ("4:52pm — Shelter at capacity"); the entry's sentences are
#: on the lines under it.
_TIMED_HEADING = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?)"
    r"(?:\s+[A-Z]{2,4})?\s+[-–—]\s+(?P<headline>[A-Z][^\n]*)"
    # or a time zone of the vocabulary and no dash, "11.57 BST Ferries suspended" (stop 42)
    rf"|\d{{1,2}}[:.]\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?\s+(?:{'|'.join(TIME_ZONES)})\s+"
    r"(?P<zoned>[A-Z][^\n]*)"
)
#: The most words of a live page's entry heading.
TIMED_HEADING_WORDS = 10


def is_timed_heading(line: str) -> bool:
    """A live page's entry heading, its clock time and its headline, no sentence: no stop, comma,
    colon or quotation at its end, a few words.

    >>> is_timed_heading("4:52pm — Shelter at capacity"), is_timed_heading("09:10 AEDT - Road shut")
    (True, True)
    >>> is_timed_heading("14:02 – The change is deployed to the cluster.")
    False
    >>> is_timed_heading("11.57 BST Ferries suspended"), is_timed_heading("11.57 Ferries suspended")
    (True, False)
    """
    found = _TIMED_HEADING.fullmatch(line.strip())
    if found is None:
        return False
    headline = found["headline"] or found["zoned"]
    return len(headline.split()) <= TIMED_HEADING_WORDS and headline.rstrip()[-1:] not in tuple(
        ".!?:;,\"”'’"
    )


#: The most words of a listed item's headline.
ITEM_HEADLINE_WORDS = 14


def item_headlines(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The [start, end) of the headlines of a list's items after the story's first sentence: a
    line from a capital with no stop, comma, colon or quotation at its end, a few words, right
    under a line of furniture (`taken`: the item above's source, "via Tarrow Wire · 3h ago") and
    right over a sentence of the item, no blank line between (a digest's, an aggregator's items).

    >>> text = "Digest\\nThe board raised fares on Monday, the clerk said.\\nvia Quay Wire · 2h ago"
    >>> text += "\\nFerry trials to start next month\\nThe first ferry sails on 3 May, it said."
    >>> [text[start:end] for start, end in item_headlines(text, [(57, 79)])]
    ['Ferry trials to start next month']
    """
    lines = line_spans(text)
    found: list[tuple[int, int]] = []
    started = False
    for number in range(1, len(lines) - 1):
        (above_start, above_end), (start, end), (below_start, below_end) = lines[
            number - 1 : number + 2
        ]
        line = text[start:end]
        started = started or reads_as_sentence(text[above_start:above_end])
        if (
            started
            and text[above_end:start].count("\n") == 1
            and text[end:below_start].count("\n") == 1
            and any(a <= above_start and above_end <= b for a, b in taken)
            and not any(a < end and start < b for a, b in taken)
            and _HEADING_LINE.fullmatch(line) is not None
            and len(line.split()) <= ITEM_HEADLINE_WORDS
            and reads_as_sentence(text[below_start:below_end])
        ):
            found.append((start, end))
    return found


#: A headline's line: from a capital, no stop, comma, colon or quotation at its end.
_HEADING_LINE = re.compile(r"[A-Z][^\n]*(?<![.!?:;,\"”'’\]])")


#: An item of a list of codes opening its lines, a letter and its number: "R1 Improve ...".
_CODED_ITEM = re.compile(r"(?P<letter>[A-Z])(?P<number>\d{1,2})\s+[A-Z][^\n]*(?<![.!?])")
#: The most words of a coded item.
CODED_ITEM_WORDS = 20


def coded_items(text: str) -> list[tuple[int, int]]:
    """The [start, end) of the items of a list set out by codes, one a line, a letter and its
    number, the numbers running from 1 ("R1 Raise attendance" over "R2 Strengthen the board"),
    no sentence's stop: a report's recommendations, not the story's events.

    >>> text = "Report\\n\\nR1 Raise attendance\\nR2 Strengthen the board's role\\n\\nIt met."
    >>> [text[start:end] for start, end in coded_items(text)]
    ['R1 Raise attendance', "R2 Strengthen the board's role"]
    >>> coded_items("Report\\n\\nA1 Holdings rose 3% on Monday\\n\\nB2 fell.")
    []
    """
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    letter = ""
    for start, end in [*line_spans(text), (len(text), len(text))]:
        item = _CODED_ITEM.fullmatch(text[start:end])
        if (
            item is not None
            and len(item.group().split()) <= CODED_ITEM_WORDS
            and int(item["number"]) == len(run) + 1
            and (not run or item["letter"] == letter)
        ):
            run.append((start, end))
            letter = item["letter"]
            continue
        if len(run) >= 2:
            found.extend(run)
        run, letter = [], ""
        if item is not None and int(item["number"]) == 1:
            run, letter = [(start, end)], item["letter"]
    return found


#: A part of a section's path: a few words from a capital, no stop ("Product news").
_PATH_PART = r"[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,3}"
_SECTION_PATH = re.compile(rf"{_PATH_PART}(?:\s+/\s+{_PATH_PART}){{1,2}}")

#: Lines `is_section_path` must find.
SECTION_PATH_EXAMPLES = ("Harbour Engineering / Reliability", "Tarrow Journal / Product news")


def is_section_path(line: str) -> bool:
    """The path of a blog's or a site's sections, its parts set apart by spaced slashes, a few
    words each (read on the line right under the headline only: a headline, or a heading
    further down, "Nixon Doctrine / Vietnamization", may hold a slash).

    >>> is_section_path("Harbour Engineering / Reliability")
    True
    >>> is_section_path("The port reopened on Monday / the union said so.")
    False
    """
    return _SECTION_PATH.fullmatch(line) is not None


#: An organisation's name and what it does, set apart by a dash: "Harbour Aid Intl. — relief for
#: fishing towns since 1990".
_TAGLINE = re.compile(
    r"(?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*\s+[–—]\s+[a-z][^\n.!?]{0,100}(?<![.!?:])"
)


def is_tagline(line: str) -> bool:
    """An organisation's tagline (read on the line right under the headline only): its name in
    capitalised words, a dash, what it does in lower case, no sentence's stop.

    >>> is_tagline("Harbour Aid Intl. — relief for fishing towns since 1990")
    True
    >>> is_tagline("Talks collapse — ministers blame each other")
    False
    """
    return _TAGLINE.fullmatch(line) is not None


#: A field of a block: a label of a few words from a capital, a colon, a short value.
_FIELD = re.compile(r"[A-Z][\w'’/-]*(?:\s+[\w'’-]+){0,2}\s*:\s+\S[^\n]{0,100}")
#: The fewest fields of a block.
BLOCK_FIELDS = 3
#: The most words of a block's heading ("Record details").
BLOCK_HEADING_WORDS = 4


def field_block(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The [start, end) of the lines of a block of fields ("Label: value", `BLOCK_FIELDS` or
    more, one under the other) of which most lines are already furniture (`taken`), or one
    line at least when no field's value has a finite verb (a fact box: "Headquarters: ...",
    "Employees: 3,360"), that are not: the rest of its fields, and its heading right above it
    ("Record details").

    >>> text = "Story.\\n\\nDetails\\nPaper: The Courier\\nDate: 3 May 1994\\nWords: 402"
    >>> [text[s:e] for s, e in field_block(text, [(35, 51), (52, 62)])]
    ['Details', 'Paper: The Courier']
    """
    lines = line_spans(text)
    found: list[tuple[int, int]] = []
    for number, run in _field_runs(text, lines, sentences=True):
        block = lines[number:run]
        furnished = sum(span in taken for span in block)
        if len(block) >= BLOCK_FIELDS and (
            2 * furnished > len(block)
            or (furnished and all(_verbless(text[slice(*span)]) for span in block))
        ):
            found.extend(span for span in block if span not in taken)
            if number and text[lines[number - 1][1] : lines[number][0]].count("\n") == 1:
                heading = text[slice(*lines[number - 1])]
                if len(heading.split()) <= BLOCK_HEADING_WORDS and heading[-1] not in ".!?":
                    found.append(lines[number - 1])
    return sorted(found)


#: A remark in brackets after a field's value: "(year ended June 29, 1985)".
_BRACKETED = re.compile(r"\([^()\n]*\)")


def _verbless(field: str) -> bool:
    """A field whose value, its remarks in brackets left out, has no finite verb: a fact box's
    "Headquarters: Tarrow, Ont.", "Sales: $12 million (year ended June 30)", not a story's
    "Monday: Talks resumed in Tarrow.".

    >>> _verbless("Sales: $12 million (year ended June 30, 1985)")
    True
    >>> _verbless("Monday: Talks resumed.")
    False
    """
    return "no verb" in shape_cues(_BRACKETED.sub("", field))


def _field_runs(
    text: str, lines: list[tuple[int, int]], *, sentences: bool
) -> Iterator[tuple[int, int]]:
    """The [first, last) line numbers of each run of "Label: value" lines one under the other
    (no blank line between), and of each other line alone; with `sentences` False, a value
    that ends as a sentence ends ends the run."""
    number = 0
    while number < len(lines):
        run = number
        while (
            run < len(lines)
            and _FIELD.fullmatch(text[slice(*lines[run])])
            and (sentences or text[lines[run][1] - 1] not in ".!?")
            and (run == number or text[lines[run - 1][1] : lines[run][0]].count("\n") == 1)
        ):
            run += 1
        yield number, run
        number = max(run, number + 1)


def header_fields(text: str) -> list[tuple[int, int]]:
    """The [start, end) of the lines of a block of fields (`BLOCK_FIELDS` or more "Label:
    value" lines one under the other, two of its labels at least a record's, from
    `data/record_field_labels.txt`), none of whose values ends as a sentence ends: an
    archive's or a database's fields over a record ("Collection: ...", "Title: ...", "Issue:
    ..."), which tell no news. The story's own fields ("Cost: 4 million") are left.

    >>> text = "Story.\\n\\nCollection: Harbour Archive\\nTitle: The Courier\\nIssue: 3 May 1994"
    >>> [text[s:e] for s, e in header_fields(text)]
    ['Collection: Harbour Archive', 'Title: The Courier', 'Issue: 3 May 1994']
    """
    lines = line_spans(text)
    found: list[tuple[int, int]] = []
    for number, run in _field_runs(text, lines, sentences=False):
        labels = [
            text[slice(*span)].partition(":")[0].strip().lower() for span in lines[number:run]
        ]
        if run - number >= BLOCK_FIELDS and sum(label in _record_labels() for label in labels) >= 2:
            found.extend(lines[number:run])
    return found


@cache
def _record_labels() -> frozenset[str]:
    return word_set("record_field_labels.txt")


#: A table's note on how its figures are written: "Figures in brackets are for 2003-04."
_TABLE_NOTE = re.compile(
    r"(?:Figures|Numbers|Amounts|Prices)\s+in\s+(?:brackets|parentheses|italics|bold)\s[^\n]{1,120}"
)


def is_table_note(line: str) -> bool:
    """A table's note on how its figures are written, no sentence of the story.

    >>> is_table_note("Figures in brackets are for the same period of 2003-04.")
    True
    >>> is_table_note("Figures released on Monday showed a rise.")
    False
    """
    return _TABLE_NOTE.fullmatch(line.strip()) is not None
