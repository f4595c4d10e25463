"""A line's shape, scored: furniture of a kind no rule knows still looks like furniture. Each
cue alone is common in a story's sentences ("The index rose 0.6 percent to 1,352.6 points."
has figures; "Prices: up." has a label), so the cues are counted together, and a line that
reads as a sentence of the story (a finite verb, its stop, eight words or more) is never
furniture by its shape.

    >>> furniture_shape("ACME (NYSE) 45.60 ▲ +7.60 (+20.0%) · Vol 1.2m")
    True
    >>> furniture_shape("Shares of Acme jumped 20 percent to 45.60 on Friday, its best day.")
    False

The cues (`shape_cues`), each worth one point unless said:
- fields: the line is cut into fields by separators ("·", "|", "•", "■", "›", "»", "▲",
  "▼"), or into three columns or more by gaps of three spaces, which prose never sets between
  its words (worth two);
- figures: half its words or more are numbers; a signed change ("+7,600", "(-2.1%)"), which
  prose writes "up 7,600", is worth two;
- clock: a clock time ("8pm", "14:30");
- no verb: no word reads as a finite verb (an auxiliary, a modal, a past in "-ed", a common
  irregular past or present: `data/finite_verbs.txt`);
- no stop: it does not end as a sentence ends;
- label: it opens with a label of one to three words and a colon ("Exhibits: ...");
- capitals: else, it opens with two words in capitals ("CLOSING PRICES") or writes no
  small letter ("4. RESPONSE");
- opener: it ends with a colon, opening what follows ("ANA RUIZ, ANCHOR:");
- bracketed: the whole line is in brackets, a transcriber's or an editor's note ("[MUSIC]",
  "(Passage omitted: ...)"), worth two;
- stamp: it ends with a date in brackets ("(10/08/2007)", "(Sept. 10)");
- link: a web address, an e-mail address or a handle (worth two).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from timeline.furniture.kinds import RECENT_LINES, FurnitureKind, LineRule
from timeline.furniture.stamp_lines import TOKEN, stamp_word
from timeline.wordlists import word_set

__all__ = [
    "CLOCK",
    "SHAPE_POINTS",
    "SHAPE_RULE",
    "date_alone",
    "furniture_shape",
    "reads_as_sentence",
    "shape_cues",
]

#: The points from which a line's shape makes it furniture.
SHAPE_POINTS = 4
#: A sentence of the story has this many words or more (with its finite verb and its stop).
SENTENCE_WORDS = 8

_SEPARATOR = re.compile(r"\s[·|•∙⋅‧●■◆▪›»▲▼►]\s|[▲▼►]")
#: A gap of three spaces or more between two fields, as a masthead or a fax's header sets its
#: columns: "THE QUAY HERALD    Tuesday, May 3, 1974    Price 10c" (stop 37).
_COLUMN_GAP = re.compile(r"\S {3,}(?=\S)")
#: The fewest gaps of a line in columns (three columns): one gap may be a typing slip.
COLUMN_GAPS = 2
#: A clock time: "8pm", "7.30 p.m.", "14:30" (read by `column_notices` too).
CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?i:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b")
_WORD = re.compile(r"[^\W_][\w'’.,%+-]*|[+−-]\d[\d.,]*%?")
_NUMBER = re.compile(r"[(+−-]*\d[\d.,:/%)]*(?:st|nd|rd|th|m|bn|k)?\)?[.,]?")
_SIGNED = re.compile(r"(?:^|[\s(])[+−]\d[\d.,]*%?|\([+−-]\d[\d.,]*%?\)")
_CAPITALS = re.compile(r"^[A-Z][A-Z&'’-]+\s+[A-Z][A-Z&'’-]+\b")
_ALL_CAPITALS = re.compile(r"[^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*")
_BRACKETED = re.compile(r"\[[^\[\]\n]+\]|\([^()\n]+\)")
_LABEL = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}(?:\s+\([^()]{1,30}\))?\s*:\s+\S")
_BRACKETED_DATE = re.compile(
    r"\((?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[A-Z][a-z]{2,4}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,4}\.?)\)$"
)
_LINK = re.compile(
    r"https?://|www\.|\b[\w.+-]+@[\w-]+\.\w|(?:^|\s)@\w{2,}|\b\w+\.(?:com|org|net)\b"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")


@cache
def _finite_verbs() -> frozenset[str]:
    return word_set("finite_verbs.txt")


def _has_finite_verb(words: list[str]) -> bool:
    """A word that reads as a finite verb: from `data/finite_verbs.txt`, or a past in "-ed"
    after a word that is no determiner ("the closed market" has none)."""
    verbs = _finite_verbs()
    for index, word in enumerate(words):
        lowered = word.lower().strip(".,;:")
        if lowered in verbs and word[0].islower():  # "May 712", "(AM)": no verb
            return True
        if (
            len(lowered) > 4
            and lowered.endswith("ed")
            and word[0].islower()
            and (index == 0 or words[index - 1].lower() not in {"a", "an", "the"})
        ):
            return True
    return False


def shape_cues(line: str) -> dict[str, int]:
    """The cues of furniture a line shows, with their points.

    >>> sorted(shape_cues("MARKET PRICES: Mar 689 (+18) · Apr 701 (+21)"))
    ['fields', 'figures', 'label', 'no stop', 'no verb']
    """
    words = _WORD.findall(line)
    cues: dict[str, int] = {}
    separators = len(_SEPARATOR.findall(line))
    if separators or len(_COLUMN_GAP.findall(line)) >= COLUMN_GAPS:
        # prose sets no "·" or "|" between its words, nor wide gaps between columns
        cues["fields"] = 2
    numbers = sum(1 for word in words if _NUMBER.fullmatch(word))
    if _SIGNED.search(line):  # prose writes "up 3 percent", a ticker "+3.0%"
        cues["figures"] = 2
    elif words and 2 * numbers >= len(words):
        cues["figures"] = 1
    if CLOCK.search(line):
        cues["clock"] = 1
    if not _has_finite_verb(words):
        cues["no verb"] = 1
    if not _SENTENCE_END.search(line):
        cues["no stop"] = 1
    if _LABEL.match(line):
        cues["label"] = 1
    elif _CAPITALS.match(line) or _ALL_CAPITALS.fullmatch(line):  # a label in capitals is one
        cues["capitals"] = 1
    if line.endswith(":"):
        cues["opener"] = 1
    if _BRACKETED.fullmatch(line):
        cues["bracketed"] = 2
    if _BRACKETED_DATE.search(line):
        cues["stamp"] = 1
    if _LINK.search(line):
        cues["link"] = 2
    return cues


def date_alone(line: str) -> bool:
    """A line of stamp words and numbers only: a date, a weekday, a clock, a zone."""
    tokens = TOKEN.findall(line)
    return bool(tokens) and all(token[0].isdigit() or stamp_word(token) for token in tokens)


@lru_cache(maxsize=RECENT_LINES)
def reads_as_sentence(line: str) -> bool:
    """A sentence of the story: eight words or more, a finite verb, its stop (read once for
    each of the last lines read: stop 43, helper `perf3`)."""
    words = _WORD.findall(line)
    return (
        len(words) >= SENTENCE_WORDS
        and _SENTENCE_END.search(line) is not None
        and _has_finite_verb(words)
    )


def furniture_shape(line: str) -> bool:
    """A line whose cues of furniture come to `SHAPE_POINTS` or more, and that does not read as
    a sentence of the story; a line of a date or a clock alone ("THURSDAY, MARCH 3", "20:15")
    is left to the stamp rules and to the reading of dates: a live page's entries are dated
    by it."""
    if dated_columns(line):
        return True
    if reads_as_sentence(line) or date_alone(line):
        return False
    return sum(shape_cues(line).values()) >= SHAPE_POINTS


def dated_columns(line: str) -> bool:
    """A masthead set in columns, three or more apart by gaps of three spaces, one of them a
    date alone (stop 37): whatever its other columns say, prose is never so set.

    >>> dated_columns("THE QUAY HERALD    Tuesday, May 3, 1974    (Mail matter approved, P.O.)")
    True
    >>> dated_columns("THE QUAY HERALD    Tuesday, May 3, 1974"), dated_columns("It rained.")
    (False, False)
    """
    if len(_COLUMN_GAP.findall(line)) < COLUMN_GAPS:
        return False
    return any(date_alone(column) for column in re.split(r" {3,}", line.strip()))


#: Furniture by its shape alone: the last rule tried on a line no other rule took.
SHAPE_RULE = LineRule(
    "shape",
    FurnitureKind.PROMO,
    furniture_shape,
    (
        "ACME (NYSE) 45.60 ▲ +7.60 (+20.0%) · Vol 1.2m",
        "SPOT PRICES (dollars/tonne): Jan 410 (+3) · Feb 415 (+4)",
        "Harbour Board · 1,204th Sitting (PM)",
        "Attachments: 10.1 Letter dated May 3, 2021 · 10.2 Slides",
        "Otras noticias: Ministros cierran el acuerdo (10/08/2007)",
        "Follow the crew: @harbour_watch",
        "ANA RUIZ, ANCHOR:",
        "[APPLAUSE]",
        "Gold 1,932.40 (-0.3%)",
        "Next match: Tarrow v Leith, Sat 3pm",
        "More stories ■ Ferries ■ Ports",
        "THE QUAY HERALD    Tuesday, May 3, 1974    (Second-class mail approved, Tarrow P.O.)",
    ),
)
