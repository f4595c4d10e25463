"""What the NER model reads of a text: only the words near capitalised ones (`compact`,
within `FOCUS_REACH` words: names are capitalised), in pieces of at most `NER_PIECE_CHARS`
(`ner_pieces`), and the way back from an offset of that focused text to the original
(`original_offset`); ``ner`` runs the model over it.

    >>> compact("we all met Tim Cook in a room at noon today")
    ('all met Tim Cook in a', [(0, 3)])
"""

from __future__ import annotations

import re
from bisect import bisect_right

from timeline.actors.spans import EDGE_PUNCTUATION
from timeline.sentences import sentence_openers

#: The most characters the NER model reads as one doc: a long feature's focused text.
NER_PIECE_CHARS = 20_000
#: Words kept on each side of a capitalised word when the model reads a focused text.
FOCUS_REACH = 2
_WORD_RUN = re.compile(r"\S+")
_GAP = " ; "
#: A run of two blanks or more, or of blanks around a line break.
_BLANK_RUN = re.compile(
    r"(?<=\S)[ \t]+(?=\n)|(?<=\n)[ \t]+(?=\S)|(?<=\S)(?P<inside>[ \t]{2,})(?=\S)"
)
#: A capital anywhere in a word. (Searching the text for `\S*[A-Z]\S*` instead costs the
#: square of a long lower-case token's length: each position rescans to its end.)
_CAPITAL = re.compile(r"[A-Z]")


def ner_pieces(text: str, limit: int = NER_PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of `text`, none longer than `limit`, cut at a
    paragraph break, else a line break, else a gap between focused stretches, else a space.

    >>> ner_pieces("One two.\\n\\nThree four.", limit=12)
    [(0, 10), (10, 21)]
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window_start, window_end = start + limit // 2, start + limit
        for separator in ("\n\n", "\n", _GAP, " "):
            cut = text.rfind(separator, window_start, window_end)
            if cut >= 0:
                cut += len(separator)
                break
        else:
            cut = window_end  # one long token: cut it anywhere
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def compact(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The words near capitalised words, and (offset in the short text, offset in `text`)
    for each kept stretch. The blanks furniture or a sentence left out leaves beside a word, at
    the start or the end of its line, are dropped, and a run of them between two words is one
    space (a line of blanks alone stays): the words after them are a stretch of their own.

    >>> compact("we all met Tim Cook in a room at noon today")
    ('all met Tim Cook in a', [(0, 3)])
    >>> compact("Ann Roe    \\n      \\n\\n          Lee Kim   met   Tim")
    ('Ann Roe\\n      \\n\\nLee Kim met Tim', [(0, 0), (7, 11), (16, 30), (24, 40), (28, 46)])
    """
    starts: list[int] = []
    ends: list[int] = []
    capitalised: list[int] = []  # indices of the words with a capital letter
    function_words = sentence_openers()  # never names: no reason to read around them
    for index, match in enumerate(_WORD_RUN.finditer(text)):
        starts.append(match.start())
        ends.append(match.end())
        word = match.group()
        if _CAPITAL.search(word) and word.strip(EDGE_PUNCTUATION) not in function_words:
            capitalised.append(index)
    stretches: list[list[int]] = []  # [first word, last word], merged as they come
    for index in capitalised:
        first = max(0, index - FOCUS_REACH)
        last = min(len(starts) - 1, index + FOCUS_REACH)
        if stretches and first <= stretches[-1][1] + 1:
            stretches[-1][1] = max(stretches[-1][1], last)
        else:
            stretches.append([first, last])
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    for first, last in stretches:
        if pieces:
            pieces.append(_GAP)
            length += len(_GAP)
        position = starts[first]
        # a run of blanks (a line of furniture or a sentence left out, blanked) reads as the
        # break it stands for: the model, reading the spaces as a word, loses a name near them
        for run in _BLANK_RUN.finditer(text, starts[first], ends[last]):
            offsets.append((length, position))
            pieces.append(text[position : run.start()])
            length += run.start() - position
            between = " " if run["inside"] else ""
            pieces.append(between)
            length += len(between)
            position = run.end()
        offsets.append((length, position))
        pieces.append(text[position : ends[last]])
        length += ends[last] - position
    return "".join(pieces), offsets or [(0, 0)]


def original_offset(offsets: list[tuple[int, int]], position: int) -> int:
    """An offset of the focused text mapped back to the original text, through the offsets
    `compact` gave with it.

    >>> short, offsets = compact("we all met Tim Cook in a room at noon today")
    >>> original_offset(offsets, short.index("Tim"))
    11
    """
    index = bisect_right(offsets, (position, 1 << 62)) - 1
    short, original = offsets[max(0, index)]
    return original + (position - short)
