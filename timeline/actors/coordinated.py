"""Two organisations the model read as one name across "and": "Ashby Energy and Kestrel
Holdings signed an agreement" names two companies, each of which acts.

A span (whatever the model took it for, but a place) is cut at its "and" only where both sides
are whole organisation names: each of two words or more, each ending in an organisation word
(`data/organisation_words.txt`) or a corporate suffix, and the second opening with a word of
its own (not "Trust Company" of "Harris Bank and Trust Company"). Names that hold an "and" of
their own end before it in another word ("Procter and Gamble", "Ministry of Transport and
Communications", "Department of Fisheries and Oceans") and stay whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import corporate_suffix, organisation_words

#: The model's labels of a span that may hold two organisations (not a place's).
_NAME_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "FAC", "NORP", "WORK_OF_ART"})
#: A name, " and ", a name: the first "and" of the span.
_AND = re.compile(r"^(?P<first>\S+(?: \S+)+?) and (?P<second>\S+(?: \S+)+)$")


def _whole_name(name: str) -> bool:
    """Whether `name` ends as an organisation's name does: in an organisation word or a
    corporate suffix ("Kestrel Holdings", "Vantor Ltd")."""
    last = name.rsplit(maxsplit=1)[-1].strip(".,").casefold()
    return last in organisation_words() or corporate_suffix().search(name) is not None


def coordinated_apart(raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` with each organisation span that joins two organisations' names by "and" cut
    into the two.

    >>> text = "Ashby Energy and Kestrel Holdings signed"
    >>> [s.text for s in coordinated_apart([RawSpan(0, 33, text[:33], "ORG")])]
    ['Ashby Energy', 'Kestrel Holdings']
    >>> name = "Harris Bank and Trust Company"
    >>> [s.text for s in coordinated_apart([RawSpan(0, len(name), name, "ORG")])]
    ['Harris Bank and Trust Company']
    >>> name = "Department of Fisheries and Oceans"
    >>> [s.text for s in coordinated_apart([RawSpan(0, len(name), name, "ORG")])]
    ['Department of Fisheries and Oceans']
    """
    result: list[RawSpan] = []
    for span in raw:
        both = _AND.match(span.text) if span.label in _NAME_LABELS else None
        if (
            both is None
            or not _whole_name(both.group("first"))
            or not _whole_name(both.group("second"))
            or both.group("second").split()[0].casefold() in organisation_words()
            or not both.group("second")[:1].isupper()
        ):
            result.append(span)
            continue
        first, second = both.group("first"), both.group("second")
        result.append(RawSpan(span.start, span.start + len(first), first, "ORG", span.role))
        start = span.start + both.start("second")
        result.append(RawSpan(start, start + len(second), second, "ORG"))
    return result
