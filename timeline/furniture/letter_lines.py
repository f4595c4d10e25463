"""The parts of a letter or a notice that are not its news: the greeting and the closing
("Dear parents,", "Yours sincerely,"), the signature under the closing or under a mail's
delimiter ("--" alone on its line) or over a digest's separator ("==== Message 2 of 2 ===="),
and a heading in
capitals standing alone between the paragraphs of a text written in lower case ("NOTICE TO ALL
MEMBERS"). Found by their shape over the whole text (`letter_lines`, read by
`timeline.furniture`); none names a writer or a school.

    >>> text = "Dear members,\\n\\nThe pool opens on Monday.\\n\\nRegards,\\nJo Lee, Secretary"
    >>> [text[start:end] for start, end in letter_lines(text)]
    ['Dear members,', 'Regards,', 'Jo Lee, Secretary']
"""

from __future__ import annotations

import re

from timeline.furniture.kinds import line_spans

__all__ = ["SIGNATURE_LINES", "SIGNATURE_WORDS", "is_salutation", "letter_lines"]

#: A greeting or a closing alone on its line: one to four words from a capital, its comma.
_SALUTATION = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,3},")
#: A heading in capitals: two words at least, capitals and their marks only, no stop.
_CAPS_HEADING = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’&-]*(?:\s+(?:[A-ZÀ-Þ][A-ZÀ-Þ'’&,-]*|&|/)){1,9}")
#: The most words of a line of a signature: "Jo Lee (Mrs.), Head Teacher".
SIGNATURE_WORDS = 8
#: The most lines of a signature: a name, a title, a place.
SIGNATURE_LINES = 3


def is_salutation(line: str) -> bool:
    """A letter's greeting or closing alone on its line, closed by its comma.

    >>> is_salutation("Dear parents,"), is_salutation("Yours sincerely,")
    (True, True)
    >>> is_salutation("However, the pool will stay shut."), is_salutation("In 2019,")
    (False, False)
    >>> is_salutation("Hello everyone, and welcome to the spring newsletter.")
    True
    >>> is_salutation("Residents, thank you for waiting, the mayor said on Monday.")
    False
    """
    if any(c.isdigit() for c in line):
        return False
    return _SALUTATION.fullmatch(line) is not None or _GREETING_THANKS.fullmatch(line) is not None


#: A greeting with its thanks or its welcome, the line's one clause: "Hello everyone, and
#: welcome to the spring newsletter.", "Kia ora koutou, and thank you for your patience."
_GREETING_THANKS = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,3},\s+(?:and\s+)?(?:thank\s+you|thanks|welcome)\b"
    r"[^.!?,;:\n]{0,60}[.!]"
)


def _signature_line(line: str) -> bool:
    return (
        line[:1].isupper()
        and len(line.split()) <= SIGNATURE_WORDS
        and line[-1] not in ".!?:;,\"”'’"
        and not any(c.isdigit() for c in line)
    )


def _paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """The text's paragraphs as the spans of their lines (a blank line sets them apart)."""
    paragraphs: list[list[tuple[int, int]]] = []
    previous_end = -1
    for start, end in line_spans(text):
        if not paragraphs or "\n\n" in text[previous_end:start].replace(" ", "").replace("\t", ""):
            paragraphs.append([])
        paragraphs[-1].append((start, end))
        previous_end = end
    return paragraphs


#: The line a mail or a newsgroup post sets over its writer's signature: two hyphens alone.
_DELIMITER = re.compile(r"--\s?")


def _under_delimiter(text: str) -> list[tuple[int, int]]:
    """The [start, end) of the lines under a signature's delimiter, "--" alone on one of the
    last lines, to the end of the text: the writer's signature, whatever its shape ("Jo Lee |
    'Views are my own'", an address, a number), when `SIGNATURE_LINES` or fewer.

    >>> text = "Ferry late again.\\n\\n--\\nJo Lee   | 'Views are my own'"
    >>> [text[start:end] for start, end in _under_delimiter(text)]
    ["Jo Lee   | 'Views are my own'"]
    """
    lines = line_spans(text)
    for number in range(max(0, len(lines) - SIGNATURE_LINES - 1), len(lines) - 1):
        if _DELIMITER.fullmatch(text[slice(*lines[number])]):
            return lines[number + 1 :]
    return []


#: A line that parts a digest's messages or closes a post: a run of marks opening it, "==== Message
#: 2 of 2 ====", "-----end forwarded text-----", "###".
_SEPARATOR = re.compile(r"(?:={3,}|-{3,}|\*{3,}|_{3,}|#{3,})[^\n]*")


def _over_separator(text: str, paragraphs: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The [start, end) of a writer's signature closing a message of a digest: a paragraph of
    one short line with no sentence ("Jo L., Quay Type, Tarrow"), the separator right under it
    (stop 33).

    >>> text = "Fonts ship in May.\\n\\nJo L., Quay Type, Tarrow\\n==== Message 2 of 2 ====\\nOk."
    >>> [text[start:end] for start, end in _over_separator(text, _paragraphs(text))]
    ['Jo L., Quay Type, Tarrow']
    >>> text = "Fonts ship in May.\\n\\nThe fonts ship in May from Tarrow.\\n==== End ===="
    >>> _over_separator(text, _paragraphs(text))
    []
    """
    spans = []
    for paragraph in paragraphs:
        if len(paragraph) < 2:
            continue
        (start, end), (under_start, under_end) = paragraph[:2]
        if _signature_line(text[start:end]) and _SEPARATOR.fullmatch(text[under_start:under_end]):
            spans.append((start, end))
    return spans


def letter_lines(text: str) -> list[tuple[int, int]]:
    """The [start, end) of a letter's greetings and closings, of the signature under a closing
    (its next lines, or its next paragraph, of short lines with no sentence), and of the
    headings in capitals alone between paragraphs of a text in lower case (the first line, the
    headline, is none).

    >>> text = "Pool reopens\\n\\nNOTICE TO ALL MEMBERS\\n\\nThe pool reopens on Monday."
    >>> [text[start:end] for start, end in letter_lines(text)]
    ['NOTICE TO ALL MEMBERS']
    >>> letter_lines("PORT SHUT\\n\\nTHE PORT SHUT ON MONDAY.\\n\\nNO SHIPS SAILED")
    []
    """
    paragraphs = _paragraphs(text)
    spans: list[tuple[int, int]] = _under_delimiter(text) + _over_separator(text, paragraphs)
    lower_case = sum(any(c.islower() for c in text[s:e]) for p in paragraphs for s, e in p) > (
        sum(len(p) for p in paragraphs) // 2
    )
    for number, paragraph in enumerate(paragraphs):
        lines = [text[start:end] for start, end in paragraph]
        if number and lower_case and len(lines) == 1 and _CAPS_HEADING.fullmatch(lines[0]):
            spans.append(paragraph[0])
            continue
        if not is_salutation(lines[0]):
            continue
        spans.append(paragraph[0])
        signature = paragraph[1:]
        if not signature and number + 1 < len(paragraphs):
            signature = paragraphs[number + 1]
        if 0 < len(signature) <= SIGNATURE_LINES and all(
            _signature_line(text[start:end]) for start, end in signature
        ):
            spans.extend(signature)
    return spans
