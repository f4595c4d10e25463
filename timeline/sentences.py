"""Sentences: split a text into paragraphs and sentences by rule, with character offsets.

A rule-based splitter is used instead of spaCy's parser because it is two orders of magnitude
faster and news prose is regular: a line break ends a sentence (headlines, datelines), and
so does `.`, `!` or `?` before a capitalised word (or a brand such as "iCloud"), unless the
period belongs to an abbreviation ("U.S.", "Gen.", "Oct.") or an initial ("J. Smith"); an
initialism or a company suffix still ends its sentence before a word that only opens one
("in the U.S. The company said", "Apple Inc. He said"). A
quote mark written apart from its words (text rebuilt from tokens: `Launchpad. " In his`)
closes the sentence when a quotation is open in it, and opens the next one otherwise.

    >>> [s.text for s in split_sentences("Mr. Blinken spoke. He left.\\n\\nNext.")]
    ['Mr. Blinken spoke.', 'He left.', 'Next.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.wordlists import word_list, word_set

#: Where a sentence or a line opens, right before a word: search it in the few characters
#: before the word ("Cabin" of ". Cabin crew", "\nTurnout").
OPENS_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: `text` is the document's `[start, end)` slice; `paragraph` counts from 0."""

    start: int
    end: int
    text: str
    paragraph: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad sentence offsets {self.start}..{self.end}")


@cache
def abbreviations() -> frozenset[str]:
    """Words whose period does not end a sentence, lower case, without the period."""
    return frozenset(word.lower().rstrip(".") for word in word_list("abbreviations.txt"))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"[^\n]+")
# A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
# The next sentence may open with a brand written "iCloud" or "eBay".
# A quote mark may stand apart from its words (text rebuilt from tokens: `said . " We`).
_CANDIDATE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+(?:[\"'“‘(\[]|\"\s)?(?:[A-Z0-9]|[a-z][A-Z]))")
_SPACED_QUOTE = re.compile(r'\s+"(?=\s)')
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def split_sentences(text: str) -> list[Sentence]:
    """All sentences of `text`, in order; blank lines separate paragraphs.

    >>> [(s.text, s.paragraph) for s in split_sentences("Title\\n\\nOne. Two.")]
    [('Title', 0), ('One.', 1), ('Two.', 1)]
    """
    sentences: list[Sentence] = []
    paragraph = 0
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if _split_block(text, position, match.start(), paragraph, sentences):
            paragraph += 1
        position = match.end()
    _split_block(text, position, len(text), paragraph, sentences)
    return sentences


def _split_block(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> bool:
    added = False
    for line in _LINE.finditer(text, start, end):
        line_start, line_end = line.span()
        piece_start = line_start
        for candidate in _CANDIDATE.finditer(text, line_start, line_end):
            if _is_abbreviation(
                text, line_start, candidate.start(), candidate.group(), candidate.end()
            ):
                continue
            end_of_sentence = candidate.end()
            spaced = _SPACED_QUOTE.match(text, end_of_sentence)
            if spaced is not None and text.count('"', piece_start, candidate.start()) % 2:
                # `"Launchpad. " In his keynote`: a quote is open, so the mark closes it
                end_of_sentence = spaced.end()
            added |= _emit(text, piece_start, end_of_sentence, paragraph, out)
            piece_start = end_of_sentence
        added |= _emit(text, piece_start, line_end, paragraph, out)
    return added


def _is_abbreviation(text: str, line_start: int, dot: int, punctuation: str, end: int) -> bool:
    """Whether the period at `dot` belongs to a word that does not end the sentence: an
    abbreviation ("Gen.", "U.S.") or an initial ("J. Smith"). An initialism or a company suffix
    still ends it before a word that only opens sentences ("... in the U.S. The company said",
    "... for Apple Inc. He said")."""
    if not punctuation.startswith(".") or punctuation.startswith(".."):
        return False
    word = _WORD_BEFORE.search(text, max(line_start, dot - 30), dot)
    if word is None:
        return False
    token = word.group(1)
    if len(token) == 1 and token.isupper():
        return True  # an initial: "J. Smith"
    bare = token.lower().rstrip(".")
    initialism = (
        "." in token
        and len(token) <= 6
        and token.replace(".", "").isalpha()
        and token.replace(".", "").isupper()  # "U.S", "U.N", "E.U"
    )
    if bare not in abbreviations() and not initialism:
        return False
    if not (initialism or bare in _FINAL_ABBREVIATIONS):
        return True
    following = _NEXT_WORD.match(text, end)
    return following is None or following.group(1) not in sentence_openers()


#: Abbreviations that end sentences as often as names: "in the U.S.", "Apple Inc."
_FINAL_ABBREVIATIONS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr"})
_NEXT_WORD = re.compile(r"\s+[\"'“‘(]?\s?([A-Z][a-z]*)\b(?![-.’'])")


@cache
def sentence_openers() -> frozenset[str]:
    """Capitalised words that open sentences and are never names ("The", "He", "In"), from
    `data/function_words.txt`."""
    return word_set("function_words.txt")


def _emit(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> bool:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return False
    out.append(Sentence(start, end, text[start:end], paragraph))
    return True
