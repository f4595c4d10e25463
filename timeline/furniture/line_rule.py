"""The rule of one line of furniture: the first of `LINE_RULES` its whole reads as, else the
first its sentences read as when each sentence is furniture on its own (`sentence_by_sentence`:
"Stay with Harbour FM for updates all night. Share this story: Email | X"), a maker's credit
with its terms after it ("Printed by the Union's Press. Reproduce freely."). Each line is
judged once (`RECENT_LINES`); `timeline.furniture` reads a text line by line with it.

    >>> line_rule("Reporting by Ana Ruiz").kind.value
    'credit'
    >>> line_rule("Floods hit the coast on Tuesday.") is None
    True
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.furniture.kinds import RECENT_LINES, LineRule
from timeline.furniture.line_rules import LINE_RULES

__all__ = ["MAKERS_CREDITS", "SENTENCE_BREAK", "first_rule", "line_rule", "sentence_by_sentence"]


@lru_cache(maxsize=RECENT_LINES)
def line_rule(line: str) -> LineRule | None:
    """The rule of a whole line (its first in `LINE_RULES`), else of its sentences
    (`sentence_by_sentence`): a rule reads the line alone, so a line is judged once."""
    return first_rule(line) or sentence_by_sentence(line)


def first_rule(line: str) -> LineRule | None:
    return next((rule for rule in LINE_RULES if rule.test(line)), None)


#: Where a line's sentences part: after a stop and a space, before a capital or a figure (not
#: after a month's or a number's abbreviation before its figure: "Thursday, Sept. 26", "No. 4").
SENTENCE_BREAK = re.compile(
    # not after an initial (stop 41): "Translated by O. Fedorova.", "P.O. Box 3317, Nakuru."
    # nor after a title (stop 43): "Apply Mrs. Roe, Quay Avenue."; a copyright's sign opens a
    # sentence: "Sign up at quay.example. © 2023 The Quay Institute."
    r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\bMrs\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)"
    r"\s+(?=[\"“‘'(*A-Z©ⓒⒸ])"
    r"|(?<=[.!?])(?<!\bp\.)(?<!\bpp\.)(?<!\bJan\.)(?<!\bFeb\.)(?<!\bMar\.)(?<!\bApr\.)(?<!\bJun\.)(?<!\bJul\.)"
    r"(?<!\bAug\.)(?<!\bSep\.)(?<!\bSept\.)(?<!\bOct\.)(?<!\bNov\.)(?<!\bDec\.)(?<!\bNo\.)"
    r"\s+(?=[0-9])"
)


def sentence_by_sentence(line: str) -> LineRule | None:
    """The rule of a line's first sentence, when each of its sentences is a line of furniture on
    its own: "Stay with Harbour FM for updates all night. Share this story: Email | X"."""
    sentences = SENTENCE_BREAK.split(line)
    if len(sentences) < 2:  # one sentence: the whole line was read
        return None
    rules: list[LineRule] = []
    for number, sentence in enumerate(sentences):
        rule = first_rule(sentence)
        if rule is not None:
            rules.append(rule)
            continue
        # "Printed by the Union's Press. Reproduce freely.": a maker's credit's terms; "Source:
        # El Faro, p. 2. Translated by Jo Lee. Abridged." (stop 41): a credit after other
        # furniture has its terms too. A sentence of the story ends the reading: the rest need
        # not be tried (most lines)
        made = any(rule.name in MAKERS_CREDITS for rule in rules)
        return rules[0] if made and _terms_of_use(sentences[number:]) else None
    return rules[0]


#: The rules of a credit naming who made, printed or published the page: the short sentences
#: after it on its line are its terms ("Reproduce and distribute freely.").
MAKERS_CREDITS = frozenset(
    {"credit", "production", "publisher", "translation credit", "maker credit", "transcription"}
    | {"hosts"}  # a programme's makers: "Presented by Jo Lee. Not for resale." (stop 43)
)
#: The most words of a maker's credit's terms after it.
TERMS_WORDS = 16


def _terms_of_use(sentences: list[str]) -> bool:
    """Whether the sentences after a maker's credit are its terms: few words, no figure (no day,
    no sum of the story).

    >>> _terms_of_use(["Reproduce and distribute freely."])
    True
    >>> _terms_of_use(["The strike began on 3 May and 400 workers joined it."])
    False
    """
    words = " ".join(sentences).split()
    return len(words) <= TERMS_WORDS and not any(char.isdigit() for char in "".join(sentences))
