"""News furniture: the parts of an article that are not its story (datelines, bylines and their
timestamps, credit lines, photo captions and credits, pointers to other content), found as
spans so that the stages can leave them out without moving an offset.

    >>> text = "LIMA, Peru (AP) — Floods hit the coast on Tuesday.\\n\\nReporting by Ana Ruiz"
    >>> [(f.kind.value, text[f.start:f.end]) for f in furniture(text)]
    [('dateline', 'LIMA, Peru (AP) — '), ('credit', 'Reporting by Ana Ruiz')]

A dateline's or a stamp's date still tells when the story was filed (`timeline.published` reads
it); its city and agency are no actors and it is no event. A caption's date is the photo's, not
the story's: a later sentence must not inherit it. Each rule is one unit with its examples
(`LINE_RULES`, ordered in `timeline.furniture.line_rules`; `tests/test_furniture.py` runs every
example); none names an outlet or an agency: they are recognised by their shape, and their words
are in `timeline/data/`. This module finds them: line by line, then the blocks and the dateline
(`timeline.furniture.datelines`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.actors.not_actors import TURN_LABEL
from timeline.furniture.boilerplate import (
    BOILERPLATE_CHARS,
    boilerplate_paragraphs,
    is_about_heading,
    is_other_items_heading,
    is_promo_heading,
    is_summary_heading,
    is_undated,
)
from timeline.furniture.box_lines import update_labels
from timeline.furniture.bylines import (
    TOKEN,
    is_by_line,
    is_for_paper_line,
    is_name_alone,
    is_name_with_outlet,
    is_story_sentence,
    name_token,
    names_above,
    names_its_writer,
    standfirst,
)
from timeline.furniture.captions import is_credit_only
from timeline.furniture.contact_lines import is_contact_heading
from timeline.furniture.correspondents import beside_stamp, is_beat_byline
from timeline.furniture.datelines import dateline_furniture
from timeline.furniture.decks import magazine_deck
from timeline.furniture.desk_lines import translator_notes
from timeline.furniture.headings import (
    SECTION_PATH_EXAMPLES,
    coded_items,
    field_block,
    header_fields,
    is_section_path,
    is_tagline,
    item_headlines,
    numbered_headings,
    subheadings,
)
from timeline.furniture.issue_lines import jump_heads
from timeline.furniture.kinds import RECENT_LINES, Furniture, FurnitureKind, LineRule, line_spans
from timeline.furniture.letter_lines import letter_lines
from timeline.furniture.line_rule import line_rule
from timeline.furniture.line_rules import LINE_RULES
from timeline.furniture.line_shape import SHAPE_RULE
from timeline.furniture.margin_lines import inside_furniture, issuing_units, margin_lines
from timeline.furniture.name_lines import is_title_name
from timeline.furniture.release_lines import note_lines
from timeline.furniture.stamp_lines import STAMP_RULE
from timeline.furniture.trailing import paragraph_end_furniture
from timeline.furniture.transcript_lines import bracket_labels, inline_cue, opening_courtesy

__all__ = [
    "LINE_RULES",
    "Furniture",
    "FurnitureKind",
    "LineRule",
    "blank",
    "blanked",
    "furniture",
    "without_furniture",
]


#: The longest line of furniture: a longer one is a paragraph of the story.
LINE_CHARS = 400
#: The longest line a caption above its credit line may be.
CAPTION_CHARS = 300


def _line_furniture(text: str) -> list[Furniture]:
    found: list[Furniture] = []
    lines = line_spans(text)
    # the lines under a promo heading or a contact heading, up to the next blank line (a blank
    # line right under the heading goes on to headlines, no sentence: "RELATED\n\nX"; or to
    # a newsletter's first other item, even a sentence: "ALSO THIS WEEK\n\nTalks resume.")
    block: FurnitureKind | None = None
    headed = False  # the block's heading is the line above
    spaced = False  # the block's lines are set apart by blank lines, all of them headlines
    previous_end = -1
    above_the_story = True  # no sentence of the story yet: the headline's block
    profile = False  # the block is a company's profile under its "About ..." heading
    other_items = False  # the block is a newsletter's other items
    summary = False  # the block sums up the story: a stamp in it is the page's
    for number, (start, end) in enumerate(lines):
        line = _without_teletype_marks(text[start:end])  # "^By JANE DOE<" is "By JANE DOE"
        if block and "\n\n" in text[previous_end:start].replace(" ", "").replace("\t", ""):
            # a blank line ends the block, unless the block's lines are headlines set apart by
            # blank lines ("RELATED\n\nFares rise (Oct 30)\n\nFerries cut"): a headline goes on
            if (headed or spaced) and _is_headline(line):
                spaced = True
            elif not (headed and other_items):  # a newsletter's first other item goes on
                block, spaced = None, False
        previous_end, headed = end, False
        if end - start > LINE_CHARS and not (
            block and profile and end - start <= BOILERPLATE_CHARS
        ):
            block, above_the_story = None, False
            found.extend(_bracket_labels(start, line))  # "... (Passage omitted) He told ..."
            continue  # a paragraph of the story (not a company's profile under its heading)
        heading = _block_heading(line)
        if heading is not None:
            profile, other_items = is_about_heading(line), is_other_items_heading(line)
            summary = is_summary_heading(line)
            found.append(Furniture(start, end, heading))
            block, headed, spaced = heading, True, False
            continue
        if block is not None and profile and not is_undated(line):
            # a company's profile that dates an event ("It was founded in 2009 ...") is read
            # as the story is: its sentence before tells who "It" is
            block = None
        if block is not None and summary and STAMP_RULE.test(line):
            # the page's stamp under a summary's bullets and its byline, no blank line between
            # ("KEY POINTS" ... "Jo Lee" "@jolee" "Published Thu, Feb 26 2015 7:41 AM EST"):
            # it closes the block and is read as a stamp (stop 35)
            block = None
        if block is not None:
            found.append(Furniture(start, end, block))
            continue
        rule = line_rule(line)
        if rule is None and _continues_byline(text, found, start, line):
            found.append(Furniture(start, end, FurnitureKind.BYLINE))  # "By JANE DOE\nWire"
            continue
        if rule is None and is_for_paper_line(line) and names_above(text, lines, number):
            rule = _PAPER_UNDER_A_NAME  # "Jo Lee" over "For Coastline News"
        if (
            rule is None
            and above_the_story
            and number
            and (is_name_alone(line) or is_name_with_outlet(line))
        ):
            rule = _NAME_UNDER_THE_HEADLINE  # "Headline\n\nJo Lee\n\n12 May 2024 09:10"
        if rule is None and above_the_story and number:
            rule = _beside_stamp(text, lines, number, found)
        if rule is None and number == 1 and (is_section_path(line) or is_tagline(line)):
            rule = _SECTION_PATH  # "Harbour Engineering / Reliability" right under the headline
        if rule is None and above_the_story and is_title_name(line, number):
            rule = _SECTION_PATH  # "Quay Voices: stories from the coast" in the headline's block
        if rule is None and number == 1 and _is_deck(text, lines, line):
            rule = _DECK  # "Sales up 9%; margins steady" right under a release's headline
        if rule is None and above_the_story and number and line == _headline(text, lines):
            rule = _HEADLINE_AGAIN  # a teletype's "^Headline^" under the page's headline
        if rule is None and number and SHAPE_RULE.test(line):
            # furniture of a kind no rule knows, by its shape; the headline ("Budget | What it
            # means") is left to the reading of titles
            rule = SHAPE_RULE
        if rule is None:
            above_the_story = above_the_story and not is_story_sentence(line)
            if (trailing := paragraph_end_furniture(line)) is not None:
                found.append(Furniture(start + trailing[0], end, trailing[1].kind))
            if (thanks := opening_courtesy(line)) is not None:  # "Q: Thank you, Jo. We ..."
                found.append(Furniture(start + thanks[0], start + thanks[1], FurnitureKind.PROMO))
            found.extend(_bracket_labels(start, line))  # "[Presenter] Ferries stay ..."
            continue
        if (
            rule.kind is FurnitureKind.BYLINE
            and not is_by_line(line)  # a "By" line names its writer itself
            and names_above(text, lines, number)
        ):
            if found and (found[-1].start, found[-1].end) == lines[number - 1]:
                found.pop()  # a name found by its shape is the writer's, over the stamp
            found.append(Furniture(*lines[number - 1], FurnitureKind.BYLINE))
        if rule.kind is FurnitureKind.CAPTION and is_credit_only(line) and number:
            above_start, above_end = lines[number - 1]
            if (
                text[above_end:start].strip(" \t") == "\n"
                and above_end - above_start <= CAPTION_CHARS
            ):
                found.append(Furniture(above_start, above_end, FurnitureKind.CAPTION))
        found.append(Furniture(start, end, rule.kind))
    return found + _standfirst(text, lines, found)


def _speaker_cues(text: str, taken: list[tuple[int, int]]) -> list[Furniture]:
    """The speakers' cues opening lines of the story below its first line, "JO LEE: Ferries stay
    in port.", and the greeting or the thanks opening the turn after each ("PRESENTER (JO LEE):
    Good evening. Ferries ..."): a line no furniture touches, not an interview's "Q:" and "A:",
    which `events.interviews` reads in the story, in a text with two such turns at least (stop
    46).

    >>> text = "Ferry strike\\nJO LEE: Good evening. Ferries stay in port.\\nANA RUIZ: They do."
    >>> [text[f.start : f.end] for f in _speaker_cues(text, [])]
    ['JO LEE: ', 'Good evening.', 'ANA RUIZ: ']
    >>> _speaker_cues("Scores\\nSTOP PRESS: Rovers 2, Albion 1 at half-time.", [])
    []
    """
    cues = [
        (start, end, cue, {(a, b) for a, b in taken if a < end and start < b})
        for start, end in line_spans(text)[1:]
        if not TURN_LABEL.match(text, start) and (cue := inline_cue(text[start:end])) is not None
    ]
    # no furniture on the line, or only its cue, read as another kind ("PRESENTER (JO LEE): " as
    # a dateline's place and source): its greeting is read all the same
    cues = [(start, end, cue, on) for start, end, cue, on in cues if on <= {(start, start + cue)}]
    if sum(not on for *_, on in cues) < TURNS:  # "STOP PRESS: Rovers 2, Albion 1." is no turn
        return []
    found: list[Furniture] = []
    for start, end, cue, on in cues:
        if not on:
            found.append(Furniture(start, start + cue, FurnitureKind.CREDIT))
        if (thanks := opening_courtesy(text[start + cue : end], greeting=True)) is not None:
            found.append(
                Furniture(start + cue + thanks[0], start + cue + thanks[1], FurnitureKind.PROMO)
            )
    return found


#: The fewest turns opened by a speaker's cue on their lines that make a text a transcript.
TURNS = 2


def _bracket_labels(start: int, line: str) -> list[Furniture]:
    """A transcript's labels in brackets before the sentences of the line at `start`, and a
    translator's notes in brackets after them."""
    return [
        Furniture(start + begin, start + end, FurnitureKind.CREDIT)
        for begin, end in (*bracket_labels(line), *translator_notes(line))
    ]


#: The most words of a headline in a block of other stories.
HEADLINE_WORDS = 20


def _is_headline(line: str) -> bool:
    """A line that reads as a headline: a few words without a sentence's stop."""
    return line[-1] not in ".!?\"”’'" and len(line.split()) <= HEADLINE_WORDS


def _standfirst(text: str, lines: list[tuple[int, int]], found: list[Furniture]) -> list[Furniture]:
    """The standfirst over the first byline, when that byline, or a line right under it in its
    block, names its writer ("Date 06.03.2023" over "Author Jo Lee"; "Jo Lee, golf writer"; a
    stamp or a statement's signature alone anchors none: the lines above may be the story's)."""
    bylines = [piece for piece in found if piece.kind is FurnitureKind.BYLINE]
    if not bylines:
        return []
    first, block = bylines[0], bylines[:1]
    for piece in bylines[1:]:
        if text[block[-1].end : piece.start].strip(" \t") != "\n":
            break
        block.append(piece)
    writers = (text[piece.start : piece.end] for piece in block)
    if not any(names_its_writer(line) or is_beat_byline(line) for line in writers):
        return []
    taken = [(piece.start, piece.end) for piece in found]
    return [Furniture(*span, FurnitureKind.PROMO) for span in standfirst(lines, taken, first.start)]


#: A teletype's marks around a line: a caret before it, a less-than or an equals sign or a
#: caret after it.
_TELETYPE_MARKS = re.compile(r"^\^|[<=^]$")


def _without_teletype_marks(line: str) -> str:
    """`line` without a teletype's marks (a line without any of their signs is left as it
    is, not searched position by position).

    >>> _without_teletype_marks("^By JANE DOE<"), _without_teletype_marks("By Jane Doe")
    ('By JANE DOE', 'By Jane Doe')
    """
    if "^" in line or "<" in line or "=" in line:
        return _TELETYPE_MARKS.sub("", line)
    return line


@lru_cache(maxsize=RECENT_LINES)
def _block_heading(line: str) -> FurnitureKind | None:
    """The kind of the block a heading opens: "KEY POINTS" (a summary or other stories),
    "Media contact:" (a release's contact lines), "About Hollin Tools" (a company's profile
    right under it)."""
    if is_promo_heading(line):
        return FurnitureKind.PROMO
    if is_contact_heading(line) or is_about_heading(line):
        return FurnitureKind.CREDIT
    return None


_PAPER_UNDER_A_NAME = LineRule("paper", FurnitureKind.BYLINE, is_for_paper_line, ())
_HEADLINE_AGAIN = LineRule("headline again", FurnitureKind.PROMO, bool, ())


_DECK = LineRule("deck", FurnitureKind.PROMO, bool, ())


def _is_deck(text: str, lines: list[tuple[int, int]], line: str) -> bool:
    """Whether the second line, `line`, is a deck: right under the headline in its block, a
    headline's shape with a figure or a semicolon (a release's results in brief), a blank line
    after it (stop 33).

    >>> text = "Tarrow Tools reports results\\nSales up 9%; margins steady\\n\\nSales rose."
    >>> _is_deck(text, line_spans(text), "Sales up 9%; margins steady")
    True
    >>> text = "Tarrow Tools reports results\\nSales up 9%\\nMargins steady\\n\\nSales rose."
    >>> _is_deck(text, line_spans(text), "Sales up 9%")
    False
    >>> text = "Tarrow Tools reports results\\nPor / Por: Redacción Lima\\n\\nSales rose."
    >>> _is_deck(text, line_spans(text), "Por / Por: Redacción Lima")
    False
    """
    if len(lines) < 3:
        return False
    (_, title_end), (start, end), (after, _) = lines[:3]
    return (
        text[title_end:start].strip(" \t") == "\n"
        and text[end:after].count("\n") >= 2
        and _is_headline(line)
        and (";" in line or any(c.isdigit() for c in line))
    )


def _headline(text: str, lines: list[tuple[int, int]]) -> str:
    """The text's first line, its teletype's marks left out: the headline."""
    return _TELETYPE_MARKS.sub("", text[lines[0][0] : lines[0][1]])


_NAME_UNDER_THE_HEADLINE = LineRule("name", FurnitureKind.BYLINE, is_name_alone, ())


def _beside_stamp(
    text: str, lines: list[tuple[int, int]], number: int, found: list[Furniture]
) -> LineRule | None:
    """A writer in their place, or a section's label, beside the story's stamp
    (`correspondents.beside_stamp`); the line above counts when it is furniture."""
    furniture_above = bool(found) and found[-1].start == lines[number - 1][0]
    kind = beside_stamp(
        text[slice(*lines[number])],
        text[slice(*lines[number - 1])] if furniture_above else None,
        text[slice(*lines[number + 1])] if number + 1 < len(lines) else "",
    )
    if kind is None:
        return None
    return _NAME_UNDER_THE_HEADLINE if kind is FurnitureKind.BYLINE else _SECTION_OVER_STAMP


_SECTION_OVER_STAMP = LineRule("section", FurnitureKind.PROMO, bool, ())
_SECTION_PATH = LineRule(
    "section path", FurnitureKind.PROMO, is_section_path, SECTION_PATH_EXAMPLES
)


def _continues_byline(text: str, found: list[Furniture], start: int, line: str) -> bool:
    """A line right under a byline, of names and roles only, is the byline's: its agency or
    its writer's role ("By JANE DOE" over "Associated Press")."""
    if not found or found[-1].kind is not FurnitureKind.BYLINE or line.endswith("."):
        return False
    if text[found[-1].end : start].strip(" \t") != "\n":
        return False
    tokens = TOKEN.findall(line)
    return 0 < len(tokens) <= 8 and all(name_token(token) for token in tokens)


def furniture(text: str) -> list[Furniture]:
    """The furniture of `text`, sorted, not overlapping.

    >>> text = "By Jane Doe, Staff Writer\\n\\nNEW YORK — Stocks fell on Monday."
    >>> [(f.kind.value, text[f.start:f.end]) for f in furniture(text)]
    [('byline', 'By Jane Doe, Staff Writer'), ('dateline', 'NEW YORK — ')]
    >>> furniture("U.S. - China talks resumed on Monday, officials said.")
    []
    """
    return list(_furniture(text))


#: The last texts `furniture` read: dating a document reads its head, its foot and the whole
#: text, and a short text is all three (its head and foot the very string).
RECENT_FURNISHED = 24


@lru_cache(maxsize=RECENT_FURNISHED)
def _furniture(text: str) -> tuple[Furniture, ...]:
    """`furniture`, found once for each of the last texts read."""
    found = _line_furniture(text)
    found.extend(Furniture(*span, FurnitureKind.CREDIT) for span in boilerplate_paragraphs(text))
    found.extend(Furniture(*span, FurnitureKind.CREDIT) for span in letter_lines(text))
    found.extend(Furniture(*span, FurnitureKind.PROMO) for span in subheadings(text))
    found.extend(Furniture(*span, FurnitureKind.PROMO) for span in numbered_headings(text))
    found.extend(Furniture(*span, FurnitureKind.PROMO) for span in coded_items(text))
    found.extend(Furniture(*span, FurnitureKind.PROMO) for span in update_labels(text))
    found.extend(Furniture(*span, FurnitureKind.PROMO) for span in jump_heads(text))
    fields = field_block(text, [(piece.start, piece.end) for piece in found])
    fields.extend(header_fields(text))  # a record's fields, no sentence among them
    found.extend(Furniture(*span, FurnitureKind.CREDIT) for span in fields)
    taken = [(piece.start, piece.end) for piece in found]  # a stamp keeps its kind
    found.extend(
        Furniture(start, end, FurnitureKind.CREDIT)
        for start, end in note_lines(text)
        if not any(a <= start < b for a, b in taken)
    )
    found.extend(dateline_furniture(text, found))
    taken = [(piece.start, piece.end) for piece in found]  # the story's margins: the rest
    found.extend(Furniture(*span, FurnitureKind.PROMO) for span in margin_lines(text, taken))
    taken = [(piece.start, piece.end) for piece in found]  # a line inside a block of furniture
    found.extend(Furniture(*span, FurnitureKind.PROMO) for span in inside_furniture(text, taken))
    found.extend(Furniture(*span, FurnitureKind.PROMO) for span in issuing_units(text, taken))
    taken = [(piece.start, piece.end) for piece in found]  # a listed item's headline
    found.extend(Furniture(*span, FurnitureKind.PROMO) for span in item_headlines(text, taken))
    taken = [(piece.start, piece.end) for piece in found]  # a magazine's deck over its writer
    found.extend(Furniture(*span, FurnitureKind.PROMO) for span in magazine_deck(text, taken))
    taken = [(piece.start, piece.end) for piece in found]  # a turn's cue on a line of the story
    found.extend(_speaker_cues(text, taken))
    kept: list[Furniture] = []
    for piece in sorted(found, key=lambda f: (f.start, -f.end)):
        if not kept or piece.start >= kept[-1].end:
            kept.append(piece)
    return tuple(kept)


def blank(text: str) -> str:
    """`text` as spaces of the same length, its line ends kept (offsets never move).

    >>> blank("By Jo\\nLee")
    '     \\n   '
    """
    return "".join(c if c == "\n" else " " for c in text)


#: The last texts `without_furniture` read: a document is dated (`published`), then read
#: (`reading.prepare`), in the same process, chunk by chunk; its furniture is found once.
RECENT_TEXTS = 8


@lru_cache(maxsize=RECENT_TEXTS)
def without_furniture(text: str) -> str:
    """`text` with its furniture blanked (spaces; line ends kept), every offset unchanged.

    >>> without_furniture("FILE - A photo on May 2, 2019.\\nTalks ended.")
    '                              \\nTalks ended.'
    """
    return blanked(text, furniture(text))


def blanked(text: str, pieces: list[Furniture]) -> str:
    """`text` with `pieces` (its furniture, sorted, not overlapping) blanked: `without_furniture`
    when the pieces are already found.

    >>> blanked("By Jo\\nIt shut.", furniture("By Jo\\nIt shut."))
    '     \\nIt shut.'
    """
    if not pieces:
        return text
    parts: list[str] = []
    position = 0
    for piece in pieces:
        parts.append(text[position : piece.start])
        parts.append(blank(text[piece.start : piece.end]))
        position = piece.end
    parts.append(text[position:])
    return "".join(parts)
