"""Two organisations the model read as one name across "and": "Ashby Energy and Kestrel
Holdings signed an agreement" names two companies, each of which acts.

A span (whatever the model took it for, but a place) is cut at its "and" only where both sides
are whole organisation names: each of two words or more, each ending in an organisation word
(`data/organisation_words.txt`) or a corporate suffix, and the second opening with a word of
its own (not "Trust Company" of "Harris Bank and Trust Company"). Names that hold an "and" of
their own end before it in another word ("Procter and Gamble", "Ministry of Transport and
Communications", "Department of Fisheries and Oceans") and stay whole.

The other way (`coordinated_joined`, stop 44): one name whose "and" the model cut, each half
an entity ("Pybus" + "Lowther Ltd.", "Ministry of Communication" + "Digital Affairs"), is
joined again where the halves before the last are written nowhere but in the whole name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.acronyms import initials, is_acronym
from timeline.actors.occurrences import (
    each_occurrence,
    occurrences,
    possessive_edges,
    whole_edges,
)
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import corporate_suffix, countries, organisation_words
from timeline.actors.written_places import written_as_a_place

#: The model's labels of a span that may hold two organisations (not a place's).
_NAME_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "FAC", "NORP", "WORK_OF_ART"})
#: A name, " and ", a name: the first "and" of the span.
_AND = re.compile(r"^(?P<first>\S+(?: \S+)+?) and (?P<second>\S+(?: \S+)+)$")
#: What parts the pieces of one name the model cut: "and" or "&" (a list's commas part
#: companies: "Chrysler, Ford, and General Motors").
_LINK = re.compile(r" (?:and|&) ")
#: A body's word and its "of", opening a name whose portfolio is a list: "Ministry of ".
_BODY_OF = re.compile(r"^(?:\S+ )*?(?P<body>\S+) of [A-Z]")
#: A name word's first letter.
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")
#: A capitalised word and a space before a name's word: "Mr. ", "Thomas " of "Thomas Lowther".
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.’'-]* $")


def _whole_name(name: str) -> bool:
    """Whether `name` ends as an organisation's name does: in an organisation word or a
    corporate suffix ("Kestrel Holdings", "Vantor Ltd")."""
    last = name.rsplit(maxsplit=1)[-1].strip(".,").casefold()
    return last in organisation_words() or corporate_suffix().search(name) is not None


def coordinated_apart(raw: Sequence[RawSpan], text: str = "") -> list[RawSpan]:
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
            or _fields_of_a_body(both.group("first"), both.group("second"), text, span.text)
        ):
            result.append(span)
            continue
        first, second = both.group("first"), both.group("second")
        result.append(RawSpan(span.start, span.start + len(first), first, "ORG", span.role))
        start = span.start + both.start("second")
        result.append(RawSpan(start, start + len(second), second, "ORG"))
    return result


def coordinated_joined(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (in text order) with the pieces of one name the model cut at its list's commas
    and "and" joined again: a firm named by its partners ("Pybus and Lowther Ltd.", "Bryce,
    Hadlow and Kemp Ltd."), a body whose fields are a list ("Ministry of Communication and
    Digital Affairs", "Philippine Atmospheric, Geophysical and Astronomical Services
    Administration"). The pieces follow each other parted by a comma or "and", the last "and";
    the last piece holds an organisation word or ends in a corporate suffix, or the first is
    a body "of" its first field; no piece before the last is a whole organisation's name, a
    country or a title's holder, nor is it written in `text` but before the rest of the name
    (so "Apple and Samsung Electronics Co." stays two where Apple is written alone).

    >>> text = "founded the firm of Pybus and Lowther Ltd. in 1919"
    >>> spans = [RawSpan(20, 25, "Pybus", "ORG"), RawSpan(30, 42, "Lowther Ltd.", "ORG")]
    >>> [(s.text, s.label) for s in coordinated_joined(text, spans)]
    [('Pybus and Lowther Ltd.', 'ORG')]
    >>> text = "the Ministry of Trade and Rural Affairs said"
    >>> spans = [RawSpan(4, 21, "Ministry of Trade", "ORG"),
    ...          RawSpan(26, 39, "Rural Affairs", "ORG")]
    >>> [s.text for s in coordinated_joined(text, spans)]
    ['Ministry of Trade and Rural Affairs']
    >>> text = "Pybus said. Pybus and Lowther Ltd. agreed"
    >>> spans = [RawSpan(12, 17, "Pybus", "ORG"), RawSpan(22, 34, "Lowther Ltd.", "ORG")]
    >>> [s.text for s in coordinated_joined(text, spans)]
    ['Pybus', 'Lowther Ltd.']
    >>> text = "the Office of Fair Trading and Vantor Ltd. agreed"
    >>> spans = [RawSpan(4, 27, "Office of Fair Trading", "ORG"),
    ...          RawSpan(32, 42, "Vantor Ltd.", "ORG")]
    >>> [s.text for s in coordinated_joined(text, spans)]
    ['Office of Fair Trading', 'Vantor Ltd.']
    """
    result: list[RawSpan] = []
    index = 0
    while index < len(raw):
        last = _list_end(text, raw, index)
        if last == index:
            result.append(raw[index])
        else:
            first = raw[index]
            end = raw[last].end
            result.append(RawSpan(first.start, end, text[first.start : end], "ORG"))
        index = last + 1
    return result


def _fields_of_a_body(first: str, second: str, text: str = "", name: str = "") -> bool:
    """Whether `first` and `second` are one body "of" two fields, no company after it: "Ministry
    of Government" and "Consumer Services". In `text`, where the whole `name` is written, the
    second's first word is written nowhere else ("Nordvale" of "the Ministry of Health and
    Nordvale Biologics", which "Nordvale's scientists" names again, is a company's).

    >>> _fields_of_a_body("Ministry of Government", "Consumer Services")
    True
    >>> _fields_of_a_body("Ministry of Government", "Kestrel Holdings Ltd")
    False
    >>> text = "the Ministry of Health and Nordvale Biologics. Nordvale's staff"
    >>> _fields_of_a_body("Ministry of Health", "Nordvale Biologics", text, text[4:45])
    False
    """
    body = _BODY_OF.match(first)
    if (
        body is None
        or body.group("body").casefold() not in organisation_words()
        or corporate_suffix().search(second) is not None
    ):
        return False
    if not text:
        return True
    word = second.split(maxsplit=1)[0]
    written = occurrences(text, word, edges=possessive_edges, overlapping=False)
    return len(written) == text.count(name)


def _list_end(text: str, raw: Sequence[RawSpan], index: int) -> int:
    """The index of the last piece of the name that `raw[index]` opens (`index` itself when it
    opens none)."""
    last = index
    while last + 1 < len(raw) and _LINK.fullmatch(text[raw[last].end : raw[last + 1].start]):
        last += 1
    whole = text[raw[index].start : raw[last].end]
    partners = all(" " not in raw[piece].text for piece in range(index, last))
    named = all(raw[piece].label in _PARTNER_LABELS for piece in range(index, last + 1))
    of_a_body = _fields_of_a_body(raw[index].text, raw[last].text, text, whole)
    while last > index:
        if (
            text[raw[last - 1].end : raw[last].start].strip(", ") in ("and", "&")
            and (
                of_a_body
                or (
                    not _BODY_OF.match(raw[index].text)
                    and _closes(text, raw[index].start, raw[last], partners, named=named)
                )
            )
            and all(
                _opens(text, raw[piece], raw[last].start, whole=of_a_body and piece == index)
                for piece in range(index, last)
            )
            and not _acronym_of_another(text, raw[index].start, raw[last].end)
        ):
            return last
        last -= 1
    return index


_BRACKETED = re.compile(r"\s*\(([^()\s]{2,8})\)")


def _acronym_of_another(text: str, start: int, end: int) -> bool:
    """Whether the name `text[start:end]` is followed by a bracketed acronym whose letters are
    not its initials: the acronym defines the last piece alone, or another name, so the
    pieces are two names ("Corvane and Delta Hill Shipping Group (TRX)"; stop 44).

    >>> text = "Shares of Corvane and Delta Hill Shipping Group (TRX) fell."
    >>> _acronym_of_another(text, 10, 47)
    True
    >>> text = "the Ministry of Trade and Rural Affairs (MTRA) said"
    >>> _acronym_of_another(text, 4, 39), _acronym_of_another(text[:39] + " said", 4, 39)
    (False, False)
    """
    bracket = _BRACKETED.match(text, end)
    if bracket is None or not is_acronym(bracket.group(1)):
        return False
    return initials(text[start:end]) != bracket.group(1)


def _closes(
    text: str, start: int, final: RawSpan, partners: bool = True, *, named: bool = False
) -> bool:
    """Whether `final` may end one name opened at `start`: a partner's name and a corporate
    suffix after `partners` of one word each ("Pybus and" + "Lowther Ltd."), or three words or
    more holding an organisation word, no suffix ("Astronomical Services Administration"); and
    its name is written nowhere alone but after a name's word ("Mr. Lowther"). "Microsoft and Apple
    Inc." stays two where Apple is written alone, "Ford and General Motors" (two words, no
    suffix) and "Ford and General Motors Co." (a name of two words) everywhere.

    A firm named for its partners without a suffix ("Marr and Tindle") is one name where the
    text writes the whole of it twice or more and its pieces nowhere apart (the article's own
    evidence: two persons or companies are each named alone somewhere, "Ana Marr" or "Marr
    said"); each piece one word the model took for a person or an organisation (`named`), no
    place ("Renmark and Berri" stay two).

    >>> text = "Marr and Tindle bid. Marr and Tindle, the brewers, won."
    >>> _closes(text, 0, RawSpan(9, 15, "Tindle", "PERSON"), named=True)
    True
    >>> _closes(text[:20], 0, RawSpan(9, 15, "Tindle", "PERSON"), named=True)
    False
    >>> text = "Marr and Tindle bid. Marr and Tindle won. Tindle said so."
    >>> _closes(text, 0, RawSpan(9, 15, "Tindle", "PERSON"), named=True)
    False
    >>> text = "Baths at Marr and Tindle shut. Marr and Tindle reopened them."
    >>> _closes(text, 9, RawSpan(18, 24, "Tindle", "PERSON"), named=True)
    False

    >>> text = "Mr. Lowther said. Pybus and Lowther Ltd. agreed"
    >>> _closes(text, 18, RawSpan(28, 40, "Lowther Ltd.", "ORG"))
    True
    >>> text = "Apple said. Microsoft and Apple Inc. agreed"
    >>> _closes(text, 12, RawSpan(26, 36, "Apple Inc.", "ORG"))
    False
    >>> text = "Ford and General Motors Co. agreed"
    >>> _closes(text, 0, RawSpan(9, 27, "General Motors Co.", "ORG"))
    False
    """
    name = corporate_suffix().sub("", final.text)
    firm = partners and name != final.text and " " not in name
    words = final.text.split()
    body = (
        len(words) >= 3
        and name == final.text
        and any(word.strip(".,").casefold() in organisation_words() for word in words)
    )
    opening = text[start : final.start]
    pair = (
        partners
        and named
        and " " not in final.text
        and name == final.text
        and _partners_never_apart(text, text[start : final.end])
    )
    if not (firm or body or pair):
        return False
    for at in each_occurrence(text, name, edges=possessive_edges, overlapping=False):
        before = text[max(0, at - len(opening) - 30) : at]
        if not before.endswith(opening) and not _CAPITALISED_BEFORE.search(before):
            return False
    return True


def _partners_never_apart(text: str, whole: str) -> bool:
    """Whether `text` writes the firm `whole` ("Marr and Tindle") twice or more, each of its
    partners' names only there (not "Ana Marr", "Tindle said"), never after a preposition of
    place (two towns: "at Renby and Cowra") nor ending a longer list ("Baliau, Renby and
    Cowra": each a name).

    >>> _partners_never_apart("Marr and Tindle bid. Marr and Tindle won.", "Marr and Tindle")
    True
    >>> text = "Ian Marr spoke. Marr and Tindle bid. Marr and Tindle won."
    >>> _partners_never_apart(text, "Marr and Tindle")
    False
    >>> text = "Ash fell on Baliau, Marr and Tindle. Marr and Tindle were evacuated."
    >>> _partners_never_apart(text, "Marr and Tindle")
    False
    """
    pairs = text.count(whole)
    return (
        pairs >= 2
        and all(
            len(occurrences(text, piece, edges=whole_edges, overlapping=False)) == pairs
            for piece in _PARTNERS.split(whole)
        )
        and not written_as_a_place(text, whole)
        and not any(
            _LIST_MEMBER_BEFORE.search(text, max(0, at - 60), at)
            for at in each_occurrence(text, whole)
        )
    )


#: A capitalised name and a comma right before a pair: the pair ends a longer list ("Baliau,
#: Kuluguma and Abaria villages"), whose members are each a name.
_LIST_MEMBER_BEFORE = re.compile(r"[A-Z][\w'’-]*, $")


#: What parts the partners of a firm's name: "Marr and Tindle", "Bryce, Hadlow & Kemp".
_PARTNERS = re.compile(r",? (?:and|&) |, ")
#: What the model may take the pieces of a firm named for its partners for: a person, a body.
_PARTNER_LABELS = frozenset({"PERSON", "ORG"})


def _opens(text: str, piece: RawSpan, rest: int, *, whole: bool = False) -> bool:
    """Whether `piece` may be a part of a name running on to `rest`: a name's words, no whole
    organisation (unless `whole`: "Ministry of Government" of "Ministry of Government and
    Consumer Services"), country or title's holder, written in `text` only before the rest."""
    if (
        not _CAPITAL.match(piece.text)
        or piece.role
        or (_whole_name(piece.text) and not whole)
        or piece.text.removeprefix("the ").casefold() in countries()
    ):
        return False
    alone = len(occurrences(text, piece.text, edges=whole_edges, overlapping=False))
    return alone == text.count(text[piece.start : rest])
