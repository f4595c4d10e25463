"""Names in text written all in capitals (telex and teleprinter copy), where the model takes
the word after a name into it: the closed-class word or the verb after the name is no word
of it ("MALMBERGET AND", "ROLF AASEN TOLD", "MEN HAD"; stop 41, helper `names2`).

    >>> text = "TEAMS FROM MALMBERGET AND FROM NARVIK ARRIVED."
    >>> text[slice(*without_capital_tail(text, 11, 25))]
    'MALMBERGET'
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.vocabulary import prepositions
from timeline.wordlists import word_set

__all__ = ["without_capital_tail"]

#: A lower-case letter: a line that holds one is not written in capitals.
_LOWER = re.compile(r"[a-zß-öø-ÿ]")
#: The end of a line of copy: a sentence's stop, a quotation mark after it or not.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s*$")
#: How far either side of a span the line is read for its case.
_REACH = 40


def without_capital_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the span `text[start:end]` without the words after its name, when the
    span and the text around it (`_REACH` characters either side, on its line) are written in
    capitals and the line ends as a sentence does (copy, not a headline): its last words
    while they are a closed-class word (a preposition, a conjunction, a pronoun, an article:
    `data/prepositions.txt`, `data/function_words.txt`) or a finite verb
    (`data/finite_verbs.txt`: "SAID", "TOLD", "HAD"). A span left with no word is (start,
    start). The span as it is in text with lower case ("Malmberget And Co").

    >>> text = "ROLF AASEN TOLD REPORTERS THE YARD WOULD CLOSE."
    >>> text[slice(*without_capital_tail(text, 0, 15))]
    'ROLF AASEN'
    >>> without_capital_tail("12 MEN HAD BEEN BROUGHT UP.", 3, 10)
    (3, 6)
    >>> without_capital_tail("Rescuers from Malmberget And Co came.", 14, 31)
    (14, 31)
    >>> without_capital_tail("KELSO TO CLOSE PIT\\nThe pit shuts in May.", 0, 8)
    (0, 8)
    """
    if _LOWER.search(text, start, end) or " " not in text[start:end]:
        return start, end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    around = text[max(line_start, start - _REACH) : min(line_end, end + _REACH)]
    if _LOWER.search(around) or not _SENTENCE_END.search(text, line_start, line_end):
        return start, end  # a headline in capitals over a story in lower case is left as it is
    words = text[start:end].split()
    while len(words) > 1 and words[-1].casefold() in _tail_words():
        words.pop()
    if words[-1].casefold() in _tail_words():
        return start, start
    return start, start + text[start:end].index(words[-1], len(" ".join(words[:-1]))) + len(
        words[-1]
    )


@cache
def _tail_words() -> frozenset[str]:
    """Words that end no name, case-folded: prepositions, the closed-class words that open
    sentences and finite verbs."""
    return (
        prepositions()
        | frozenset(word.casefold() for word in word_set("function_words.txt"))
        | word_set("finite_verbs.txt")
    )
