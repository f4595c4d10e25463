"""The dateline that opens the story ("LIMA, Peru (AP) — "), found in the head outside the
lines of furniture found before it, with what it brings: the datelines of a wire's later
sections, a summary's bullets over it and a photo's caption credited to its source; or, when
the first match is a heading of fields set apart by dashes, that heading, and no dateline.

    >>> text = "LIMA, Peru (AP) — Floods hit the coast.\\n\\nCUSCO, Peru (AP) — Rain fell."
    >>> sorted({(f.kind.value, text[f.start:f.end]) for f in dateline_furniture(text, [])})
    [('dateline', 'CUSCO, Peru (AP) — '), ('dateline', 'LIMA, Peru (AP) — ')]

(two of the patterns may find the same later dateline: `timeline.furniture` keeps one.)
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.vocabulary import place_prepositions
from timeline.furniture.bylines import DATELINE_PATTERNS
from timeline.furniture.captions import sourced
from timeline.furniture.dateline_search import first_outside
from timeline.furniture.dateline_shapes import DASHED_DATELINE_PATTERNS
from timeline.furniture.kinds import Furniture, FurnitureKind
from timeline.furniture.line_shape import shape_cues
from timeline.furniture.site_lines import summary_bullets
from timeline.wordlists import longest_alternation, word_set

__all__ = ["DATELINE_REACH", "dateline_furniture"]

#: A dateline opens one of the first paragraphs only.
DATELINE_REACH = 1200


def dateline_furniture(text: str, found: list[Furniture]) -> list[Furniture]:
    """The dateline of `text` and what it brings, or the heading of fields read in its place,
    searched outside the pieces of furniture `found` before it (`dateline_search.first_outside`).

    >>> text = "MINISTRY OF HEALTH — SERVICE OF EDUCATION — Bulletin No. 31\\n\\nIt rained."
    >>> [(f.kind.value, text[f.start:f.end]) for f in dateline_furniture(text, [])]
    [('promo', 'MINISTRY OF HEALTH — SERVICE OF EDUCATION — Bulletin No. 31')]
    >>> text = "PIER SHUT: BOTH SIDES CALLED TO THE HARBOUR COURT TONIGHT\\nTOWN SOUND ARCHIVE -- "
    >>> text += "TRANSCRIPT -- Reel 74/311, Side B\\n\\nNo ferries ran in Tarrow this morning."
    >>> [text[f.start:f.end] for f in dateline_furniture(text, [])][1]
    'TOWN SOUND ARCHIVE -- TRANSCRIPT -- Reel 74/311, Side B'
    """
    lines = list(found)
    head = text[:DATELINE_REACH]
    patterns = (*DATELINE_PATTERNS, *_bylined_place(text, found), *_named_place(text))
    datelines = [
        match for pattern in patterns if (match := first_outside(pattern, head, lines)) is not None
    ]
    if not datelines:
        return []
    first = min(datelines, key=lambda match: match.start())
    # the first is a heading of fields, not a dateline: only a dateline on the line right under
    # it is read (a label's colon or a dash further down would be taken for one)
    heading = _heading_of_fields(head, first)
    if heading is not None:
        under = _dateline_under(head, _past_furniture(head, heading[1], lines))
        fields = None if under is None else _heading_of_fields(head, under)
        if fields is not None:
            # a second heading of fields under the first, "CITY SOUND ARCHIVE -- TRANSCRIPT --
            # Reel 74/311, Side B" under the headline: no dateline either (stop 37)
            return [
                Furniture(*heading, FurnitureKind.PROMO),
                Furniture(*fields, FurnitureKind.PROMO),
            ]
        pieces = [] if under is None else _with_dateline(text, under)
        return [Furniture(*heading, FurnitureKind.PROMO), *pieces]
    return _with_dateline(text, first)


def _with_dateline(text: str, first: re.Match[str]) -> list[Furniture]:
    """The dateline `first` and what it brings: the datelines of a wire's later sections, a
    summary's bullets over it, a photo's caption credited to its source."""
    start = first.start() + len(first.group()) - len(first.group().lstrip())
    pieces = [Furniture(start, first.end(), FurnitureKind.DATELINE)]
    pieces.extend(
        Furniture(*span, FurnitureKind.DATELINE) for span in _section_datelines(text, first)
    )
    pieces.extend(Furniture(*span, FurnitureKind.PROMO) for span in summary_bullets(text, start))
    pieces.extend(Furniture(*span, FurnitureKind.CAPTION) for span in sourced(text, first))
    return pieces


#: The place a byline gives after the writer's name, before a bar or the line's end: "Jo Lee,
#: Tarrow | Jan 14, 2010".
_BYLINE_PLACE = re.compile(r",\s+(?P<place>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2})\s*(?:\||$)")


def _bylined_place(text: str, found: list[Furniture]) -> list[re.Pattern[str]]:
    """The dateline of a place in ordinary case and a colon, "Tarrow: The council ...", when a
    byline above names that place after its writer ("Jo Lee, Tarrow | Jan 14, 2010"): a word
    before a colon is a label otherwise ("Revenue: ..."). Stop 33.

    >>> head = "Pier to close\\nJo Lee, Tarrow | Jan 14, 2010\\n\\n"
    >>> byline = Furniture(14, 43, FurnitureKind.BYLINE)
    >>> text = f"{head}Tarrow: The council voted on Monday to close the old pier."
    >>> [text[f.start : f.end] for f in dateline_furniture(text, [byline])]
    ['Tarrow: ']
    >>> dateline_furniture(text.replace("Tarrow:", "Revenue:"), [byline])
    []
    """
    places = {
        match["place"]
        for piece in found
        if piece.kind is FurnitureKind.BYLINE and piece.start < DATELINE_REACH
        for match in _BYLINE_PLACE.finditer(text[piece.start : piece.end])
    }
    return [
        re.compile(rf"^[ \t]*{re.escape(place)}:[ \t]+(?=[\"“‘A-Z][^\n]{{40}})", re.MULTILINE)
        for place in sorted(places)
    ]


#: A colon's label in ordinary case opening one of the first paragraphs, its paragraph a sentence
#: from a capital: "Pune: The state government on Monday ...".
_COLON_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):[ \t]+(?=[\"“‘A-Z][^\n]{40})",
    re.MULTILINE,
)
#: Where a story writes a place as a place: after a preposition of place or "from", "to", or as
#: a company's seat ("the Pune-based maker"), or before an administrative unit's noun ("the
#: Pune district").
_AS_A_PLACE = (
    r"(?:\b(?:{prepositions}|from|to)\s+{place}\b|\b{place}-based\b|\b{place}\s+(?:{units})\b)"
)


@cache
def _place_words() -> tuple[str, str]:
    """The prepositions of place and the administrative units' nouns of `_AS_A_PLACE`, each
    as an alternation's branches, built once."""
    return (
        longest_alternation(place_prepositions()),
        longest_alternation(word_set("administrative_units.txt")),
    )


def _named_place(text: str) -> list[re.Pattern[str]]:
    """The dateline of a place in ordinary case and a colon, "Pune: The state government ...",
    when the story writes that word as a place elsewhere: after a preposition of place
    (`data/place_prepositions.txt`), "from" or "to", before "-based" ("a Pune-based maker") or
    an administrative unit's noun ("the Pune district", `data/administrative_units.txt`).
    A label's word is written so nowhere ("Update: ...", "Operator: ..."). Stop 50.

    >>> text = "Dams fill\\n\\nPune: The state said on Monday that the dams were full.\\n\\n"
    >>> [text[f.start : f.end] for f in dateline_furniture(text + "Rain fell in Pune.", [])]
    ['Pune: ']
    >>> dateline_furniture(text + "Rain fell in the hills.", [])
    []
    >>> headline = "Pune: The state fills its dams as the rains go on\\n\\nRain fell in Pune."
    >>> dateline_furniture(headline, [])
    []
    >>> note = "Dams fill\\n\\nUpdate: The state said on Monday that the dams were full.\\n\\n"
    >>> dateline_furniture(note + "An update came in May.", [])
    []
    """
    head = text[:DATELINE_REACH]
    patterns: list[re.Pattern[str]] = []
    for match in _COLON_LABEL.finditer(head):
        label = match["label"]
        prepositions, units = _place_words()
        written = re.compile(
            _AS_A_PLACE.format(prepositions=prepositions, units=units, place=re.escape(label))
        )
        elsewhere = text[: match.start()] + text[match.end() :]
        paragraph = head[match.end() :].split("\n", 1)[0].rstrip()
        # a paragraph of the story ends on its stop; a headline "Pune: Dams fill" has none
        if paragraph[-1:] in '.!?"”’' and written.search(elsewhere) is not None:
            patterns.append(
                re.compile(
                    rf"^[ \t]*{re.escape(label)}:[ \t]+(?=[\"“‘A-Z][^\n]{{40}})", re.MULTILINE
                )
            )
    return patterns


#: A dateline's source: "(Wire)" or "/Wire/".
_DATELINE_SOURCE = re.compile(r"\([^()\n]{2,40}\)|/[^/\n]{2,40}/")


def _section_datelines(text: str, first: re.Match[str]) -> list[tuple[int, int]]:
    """The datelines of a wire's later sections, each opening a line with the first dateline's
    source ("HAVANA, Nov 15 (Wire) - " under "BOGOTA, Nov 15 (Wire) - "): filed from another
    place, they are furniture as the first is. A dateline with no source has none."""
    source = _DATELINE_SOURCE.search(first.group())
    if source is None:
        return []
    spans: list[tuple[int, int]] = []
    for pattern in DATELINE_PATTERNS:
        for match in pattern.finditer(text, first.end()):
            if source.group() in match.group():
                written = match.group()
                spans.append((match.start() + len(written) - len(written.lstrip()), match.end()))
    return spans


def _past_furniture(head: str, end: int, found: list[Furniture]) -> int:
    """Where the lines under a heading that ends at `end` stop being furniture already `found`
    (a byline, a stamp): the dateline under the heading opens the first line after them (stop
    43, "DIGEST — Vol. 7, No. 41 — Politics" over "From a Correspondent" over "ACCRA, Oct. 14 —
    ...").

    >>> head = "DIGEST — No. 4 — Politics\\nFrom a Correspondent\\nTARROW, Oct. 4 — It rained."
    >>> _past_furniture(head, 25, [Furniture(26, 46, FurnitureKind.BYLINE)])
    46
    """
    starts = {piece.start: piece.end for piece in found}
    skipped = 0
    while (line := _NEXT_LINE.match(head, end)) is not None:
        if line.end() in starts:
            end = starts[line.end()]
        elif skipped < HEADING_LINES and _is_heading_line(head, line.end()):
            # a section's label or the headline between the heading and the dateline, not yet
            # read as furniture (stop 46): "DOMESTIC", "Regulator orders checks at all plants"
            end, skipped = _line_end(head, line.end()), skipped + 1
        else:
            break
    return end


#: The most lines of a section's label or a headline read past under a heading of fields.
HEADING_LINES = 3
#: The most words of such a line.
HEADING_LINE_WORDS = 12


def _line_end(head: str, start: int) -> int:
    end = head.find("\n", start)
    return len(head) if end == -1 else end


def _is_heading_line(head: str, start: int) -> bool:
    """Whether the line at `start` reads as a label or a headline: a few words, no stop, colon
    or dash at its end, and no dateline opening it.

    >>> _is_heading_line("DOMESTIC\\n", 0), _is_heading_line("Fares rise at Tarrow\\n", 0)
    (True, True)
    >>> _is_heading_line("TARROW — Fares rose on Monday at the quay.", 0)
    False
    """
    line = head[start : _line_end(head, start)].strip()
    return (
        0 < len(line.split()) <= HEADING_LINE_WORDS
        and line[-1] not in ".!?:;,-–—"
        and not any(pattern.match(head, start) for pattern in DASHED_DATELINE_PATTERNS)
    )


#: The line break and the blanks between a heading's end and the next line's first word.
_NEXT_LINE = re.compile(r"\s*\n\s*")


def _dateline_under(head: str, end: int) -> re.Match[str] | None:
    """A dateline with a dash opening the first line under a heading of fields that ends at
    `end`, and running into the story: "MEDIA RELEASE — 61 Quay Street, Tarrow" over "Tarrow,
    4 June 1991 – The two banks today ..." (stop 36; a colon's dateline there may be a label).

    >>> head = "MEDIA RELEASE — 61 Quay Street, Tarrow\\nTarrow, 4 June 1991 – The banks merged."
    >>> _dateline_under(head, 38).group()
    'Tarrow, 4 June 1991 – '
    >>> _dateline_under("NOTICE — Ward 4\\nRevenue: the council raised rates.", 15) is None
    True
    """
    line = _NEXT_LINE.match(head, end)
    if line is None:
        return None
    matches = (pattern.match(head, line.end()) for pattern in DASHED_DATELINE_PATTERNS)
    return next(
        (match for match in matches if match is not None and _runs_on(head, match.end())), None
    )


def _runs_on(head: str, end: int) -> bool:
    """Whether the line goes on after `end` in words with small letters, as a sentence does."""
    line_end = head.find("\n", end)
    rest = head[end : line_end if line_end >= 0 else len(head)]
    return any(c.islower() for c in rest)


def _heading_of_fields(head: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The [start, end) of the line a dateline's match opens when the rest of that line is no
    sentence (no verb the cues know, no stop at its end) and the next line does not go on in
    small letters: a heading of fields set apart by dashes, "MINISTRY OF HEALTH — SERVICE OF
    EDUCATION — Weekly Bulletin No. 31/61", "SUMMARY OF PROCEEDINGS — REGULAR MEETING OF
    COUNCIL, MONDAY EVENING, JANUARY 13TH, 1958", not a dateline over the story's sentence.

    >>> text = "MINISTRY OF HEALTH — SERVICE OF EDUCATION — Bulletin No. 31\\n\\nIt rained."
    >>> _heading_of_fields(text, DATELINE_PATTERNS[0].match(text))
    (0, 59)
    >>> text = "NEW YORK — Stocks fell on Monday as oil rose."
    >>> _heading_of_fields(text, DATELINE_PATTERNS[0].match(text)) is None
    True
    """
    end = head.find("\n", match.end())
    end = len(head) if end == -1 else end
    rest = head[match.end() : end].strip()
    following = head[end + 1 :].lstrip(" \t")
    if not rest or rest[-1] in ".!?:\"”’'" or following[:1].islower():
        return None
    if "no verb" not in shape_cues(rest):
        return None
    start = head.rfind("\n", 0, match.start()) + 1
    start += len(head[start:end]) - len(head[start:end].lstrip())
    return start, end
