"""Names written with a corporate suffix the model did not find: "Selat Merdeka Terminals Sdn
Bhd, which handles ..." opening a sentence, "Kestrel Pump Co., Ltd. said": the capitalised
words before the suffix are a company's name, which its short forms and "the company" then
find.

    >>> text = "Tarrow Reef Holdings Sdn Bhd, which runs the port, said so."
    >>> [(r.text, r.label) for r in suffixed_names(text, [])]
    [('Tarrow Reef Holdings Sdn Bhd', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.descriptors import descriptor_nouns
from timeline.actors.spans import RawSpan
from timeline.actors.sweeps import free_position
from timeline.actors.vocabulary import corporate_suffix
from timeline.sentences import sentence_openers
from timeline.wordlists import longest_first

__all__ = ["suffixed_names"]

#: A word written as a name in a company's name: "Selat", "A&B", "O'Neill"; not "May."
#: ending the sentence before.
_NAME_WORD = r"[A-Z][\w&'’-]*"


@cache
def _suffixed() -> re.Pattern[str]:
    """Two to five name words, then one or two corporate suffixes ("Sdn Bhd", "Co., Ltd.")."""
    suffix = "|".join(re.escape(word) for word in longest_first("corporate_suffixes.txt"))
    return re.compile(
        rf"(?<![\w'’&.-])(?:{_NAME_WORD}\s){{1,4}}{_NAME_WORD}(?:,?\s(?:{suffix})){{1,2}}(?![\w&-])"
    )


def suffixed_names(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Spans of the names written with a corporate suffix that overlap no span found: the run
    of name words before the suffix, less a sentence's first function word ("The") and a
    descriptor noun opening the sentence ("Exporter"), when two name words at least are left (a lone
    word before "Ltd" may be the end of a longer name).

    >>> [r.text for r in suffixed_names("In June The Harbour Line Ltd. sold.", [])]
    ['Harbour Line Ltd.']
    >>> [r.text for r in suffixed_names("Orders at Kestrel Pump Co., Ltd. rose.", [])]
    ['Kestrel Pump Co., Ltd.']
    >>> [r.text for r in suffixed_names("Exporter Tana Bean Trading PLC said so.", [])]
    ['Tana Bean Trading PLC']
    >>> suffixed_names("Harbour Line Ltd sold.", [RawSpan(0, 12, "Harbour Line", "ORG")])
    []
    """
    taken = sorted((r.start, r.end) for r in raw)
    found: list[RawSpan] = []
    for match in _suffixed().finditer(text):
        start, end = match.span()
        for word in re.finditer(r"\S+", match.group()):
            if word.group() in sentence_openers():  # "In June The Harbour Line": after the last
                start = match.start() + word.end() + 1
        first = text[start:end].split(" ", 1)[0]
        opens = not text[:start].rstrip(' \t"“') or text[:start].rstrip(' \t"“')[-1] in ".!?\n"
        if opens and first.casefold() in descriptor_nouns():  # "Exporter Abebe Tessema PLC"
            start += len(first) + 1
        name = text[start:end]
        if len(corporate_suffix().sub("", name).split()) < 2:
            continue
        if free_position(taken, start, end) is None:
            continue  # it overlaps a span the model found
        found.append(RawSpan(start, end, name, "ORG"))
    return found
