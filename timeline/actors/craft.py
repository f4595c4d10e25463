"""Named craft: a satellite, a rocket, an aircraft or a ship named with a number ("Ikaze-2",
"Halcyon 2") is a product among the actors when a noun of a craft stands beside it ("the
satellite Ikaze-2", "a Halcyon 2 rocket", "Wadjet-1, an Earth observation microsatellite";
`data/craft_nouns.txt`, `data/vessel_nouns.txt`). The model misses most such names, or reads
the maker and the article with them ("a Meridian Launch Systems Halcyon 2" is the maker and
its rocket).

    >>> text = "Its satellite, Ikaze-2, was launched on a Halcyon 2 rocket."
    >>> [(r.text, r.label) for r in with_named_craft(text, [])]
    [('Ikaze-2', 'PRODUCT'), ('Halcyon 2', 'PRODUCT')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.occurrences import occurs, word_edges
from timeline.actors.spans import RawSpan
from timeline.actors.vessels import vessel_nouns
from timeline.actors.vocabulary import countries, organisation_words, titles
from timeline.determiners import ARTICLES, POSSESSIVES
from timeline.sentences import sentence_openers
from timeline.temporal.vocabulary import APPROX_WORDS
from timeline.wordlists import word_list

__all__ = ["craft_names", "with_named_craft"]

#: A name joined to its number by a hyphen: "Ikaze-2", "Wadjet-1", "VX-72" (a capitalised
#: word or up to three capitals; a longer run of capitals is a trial's or a virus's acronym).
_HYPHENED = r"(?:[A-Z][a-z]+|[A-Z]{1,3})-\d+[A-Za-z]?"
#: A capitalised word and its number: "Halcyon 2" (a craft only with its noun right after).
_SPACED = r"[A-Z][a-z]+[ ]\d+[A-Za-z]?"
#: No more of a code around a name: "WX-03-15-86" is a slug, "Tana-7's" still a name.
_EDGE_BEFORE = r"(?<![\w'’-])"
_EDGE_AFTER = r"(?![\w-]|[.,]\d)"
#: Words between a name and its noun: "KC-90 Stratus tankers", "CL-415 water bombers".
_BETWEEN = r"(?:[ ][\w-]+){0,2}?"
#: Words between an article and a noun in an apposition: "an Earth observation microsatellite".
_DESCRIBING = r"(?:[\w-]+[ ]){0,4}?"
#: An article or an owner's possessive before what describes the craft: "an", "its", "our".
_ARTICLE_OR_OWNER = f"(?:{ARTICLES}|{POSSESSIVES})"


@cache
def _nouns() -> str:
    """The craft nouns (a vessel's too) as an alternation, plurals allowed, longest first."""
    nouns = sorted([*word_list("craft_nouns.txt"), *vessel_nouns()], key=len, reverse=True)
    return "|".join(re.escape(noun) + r"(?:e?s)?" for noun in nouns)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """A craft's name beside its noun: after it ("a Halcyon 2 rocket"), right after the noun
    ("the satellite Ikaze-2", "rocket, the Agnishikha-2,") or before an apposition holding it
    ("Wadjet-1, an Earth observation microsatellite")."""
    nouns = _nouns()
    name = rf"{_EDGE_BEFORE}(?P<name>{_HYPHENED}|{_SPACED}){_EDGE_AFTER}"
    hyphened = rf"{_EDGE_BEFORE}(?P<name>{_HYPHENED}){_EDGE_AFTER}"
    return (
        re.compile(rf"{name}{_BETWEEN}[ ](?:{nouns})\b"),
        re.compile(rf"\b(?:{nouns}),?[ ](?:the[ ])?{hyphened}"),
        re.compile(rf"{hyphened},[ ]{_ARTICLE_OR_OWNER}[ ]{_DESCRIBING}(?:{nouns})\b"),
    )


def craft_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names of craft written beside a craft noun, sorted; every other
    mention of a craft so named, and every other number of its line ("Ikaze-1" beside the
    satellite "Ikaze-2"), too. A word the text writes in lower case somewhere is no name
    ("About 300 ships").

    >>> text = "The satellite Ikaze-2 left. Ikaze-1 fell. The ARDENT-2 trial and Route-9 ended."
    >>> [text[start:end] for start, end in craft_names(text)]
    ['Ikaze-2', 'Ikaze-1']
    """
    lines: set[str] = set()
    lower: frozenset[str] | None = None
    # the second and third patterns name a craft by a hyphened name ("Ikaze-2"): without a
    # letter, a hyphen and a figure in the text, neither can match
    patterns = _patterns() if _HYPHENED_FIGURE.search(text) else _patterns()[:1]
    for pattern in patterns:
        for match in pattern.finditer(text):
            line = re.split(r"[- ]\d", match["name"])[0]
            if lower is None:
                lower = frozenset(_LOWER_WORD.findall(text))
            if not _common(line, lower):
                lines.add(line)
    if not lines:
        return []
    stems = "|".join(re.escape(line) for line in sorted(lines, key=len, reverse=True))
    numbered = re.compile(rf"{_EDGE_BEFORE}(?:{stems})[- ]\d+[A-Za-z]?{_EDGE_AFTER}")
    return [match.span() for match in numbered.finditer(text)]


def _common(word: str, lower: frozenset[str]) -> bool:
    """Whether the first word of a craft's name is a common word: one the text writes in
    lower case, a sentence opener or a number's modifier ("About 300 ships")."""
    folded = word.casefold()
    return folded in lower or folded in APPROX_WORDS or word in sentence_openers()


#: What every hyphened name holds: a letter, a hyphen and a figure ("e-2" of "Ikaze-2").
_HYPHENED_FIGURE = re.compile(r"[A-Za-z]-\d")
#: A word in lower case: "about" of "about 300 ships".
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


#: An article or a possessive before a maker the model read with its craft: "a ", "the ".
_ARTICLE = re.compile(r"(?:an?|the)[ ]", re.IGNORECASE)


def with_named_craft(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted) with the names of craft as products: where the model found nothing or
    the name alone, the name, with its maker's one word right before it ("Canadair CL-415");
    where it read a maker ending in an organisation word with the name ("a Meridian Launch
    Systems Halcyon 2"), the maker as an organisation and the name as a product. A span of
    the model that holds the name otherwise ("Corvane KC-90 Stratus") stays, and the name
    written alone elsewhere ("The KC-90") is left to it.

    >>> text = "It flew on a Meridian Launch Systems Halcyon 2 rocket."
    >>> raw = [RawSpan(11, 46, "a Meridian Launch Systems Halcyon 2", "ORG")]
    >>> [(r.text, r.label) for r in with_named_craft(text, raw)]
    [('Meridian Launch Systems', 'ORG'), ('Halcyon 2', 'PRODUCT')]
    """
    names = craft_names(text)
    if not names:
        return list(raw)
    dropped: set[int] = set()
    added: list[RawSpan] = []
    # the names of craft written with more words than the name ("Corvane KC-90 Stratus")
    longer = [
        r.text
        for r in raw
        if any(
            r.start <= start and end <= r.end and r.end - r.start > end - start
            for start, end in names
        )
    ]
    for start, end in names:
        over = [index for index, r in enumerate(raw) if r.start < end and start < r.end]
        if not over:
            if any(text[start:end] in name for name in longer):
                continue  # "The KC-90" after "Corvane KC-90 Stratus tankers"
            first, taken = _maker_word(text, start, raw)
            dropped.update(taken)
            added.append(RawSpan(first, end, text[first:end], "PRODUCT"))
            if first < start:
                longer.append(text[first:end])
            continue
        span = raw[over[0]]
        exact = len(over) == 1 and (span.start, span.end) == (start, end)
        if exact and not any(text[start:end] in name for name in longer):
            dropped.add(over[0])  # the name alone, taken for a body or a person: the craft
            added.append(RawSpan(start, end, text[start:end], "PRODUCT"))
            continue
        maker = _maker(text, span, start, end) if len(over) == 1 else None
        if maker is not None:
            dropped.add(over[0])
            added.extend([maker, RawSpan(start, end, text[start:end], "PRODUCT")])
    kept = [r for index, r in enumerate(raw) if index not in dropped]
    return sorted([*kept, *added], key=lambda r: (r.start, r.end))


#: A capitalised word and one space right before a craft's name: "Canadair " of "Canadair
#: CL-415".
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][A-Za-z]+) $")


def _maker_word(text: str, start: int, raw: Sequence[RawSpan]) -> tuple[int, list[int]]:
    """Where a craft's name starts with its maker's one word before it, and the index of the
    model's span of that word alone if there is one: a capitalised word the text never writes
    in lower case, no sentence opener, country, demonym, title or organisation word ("The
    KC-90", "Egyptian Wadjet-1"), and no word of a longer span."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return start, []
    at = [i for i, r in enumerate(raw) if r.start < start and before.start() < r.end]
    if any((raw[i].start, raw[i].end) != before.span(1) for i in at):
        return start, []
    word = before.group(1)
    folded = word.casefold()
    if (
        word in sentence_openers()
        or folded in countries()
        or folded in titles()
        or folded in organisation_words()
        or occurs(text, folded, edges=word_edges)
    ):
        return start, []
    return before.start(1), at


def _maker(text: str, span: RawSpan, start: int, end: int) -> RawSpan | None:
    """The maker the model read with a craft's name, when its span ends with the name and
    the words before it end in an organisation word; without an article before it."""
    if span.end != end or span.start >= start:
        return None
    words_start = span.start
    article = _ARTICLE.match(text, words_start)
    if article is not None:
        words_start = article.end()
    maker = text[words_start:start].rstrip()
    if not maker or maker.split()[-1].casefold() not in organisation_words():
        return None
    return RawSpan(words_start, words_start + len(maker), maker, "ORG")
