"""The rest of a name the model cut short, where the article writes it: an organisation word
("Harvest Table" found, "Harvest Table Foods" written), capitalised words ("Dow" found, "the
Dow Jones Industrial Average" written) or lower-case words of a longer name ("the Orlo
rankings" of the "Orlo World Cycling Rankings"). The short form then joins the longer name
(`short_forms`).

    >>> text = "Harvest Table Foods rose. Harvest Table said so."
    >>> [r.text for r in with_organisation_word(text, [RawSpan(26, 39, "Harvest Table", "ORG")])]
    ['Harvest Table Foods']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from timeline.actors.literals import literal_matches
from timeline.actors.mention import ActorMention
from timeline.actors.occurrences import is_word, occurs, word_edges
from timeline.actors.spans import RawSpan
from timeline.actors.sweeps import free_position
from timeline.actors.vocabulary import countries, organisation_words, titles
from timeline.kinds import ActorType
from timeline.sentences import sentence_openers
from timeline.wordlists import letters_ahead, longest_alternation

__all__ = [
    "organisation_short_forms",
    "with_capitalised_rest",
    "with_lower_case_rest",
    "with_organisation_word",
]


def with_organisation_word(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Where the text writes an organisation's name the model found followed by an
    organisation word it left out ("Harvest Table" found, "Harvest Table Foods" written), that
    fuller name, at each free place it is written: the short form then joins it.

    >>> text = "Harvest Table Foods rose. Harvest Table said so."
    >>> [r.text for r in with_organisation_word(text, [RawSpan(26, 39, "Harvest Table", "ORG")])]
    ['Harvest Table Foods']
    """
    names = {r.text for r in raw if r.label == "ORG" and len(r.text) >= 3}
    if not names:
        return []
    # each organisation word written after a space, then the longest name right before it
    # (one pattern for every text, rather than one of each text's names)
    candidates: dict[int, int] = {}  # start -> end, the longest name at each start
    for word in _organisation_word_after_space().finditer(text):
        before = word.start() - 1
        for name in names:
            start = before - len(name)
            if (
                start >= 0
                and text.startswith(name, start)
                and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-"))
                and (start not in candidates or candidates[start] < word.end())
            ):
                candidates[start] = word.end()
    taken = sorted((r.start, r.end) for r in raw)
    found: list[RawSpan] = []
    last_end = -1
    for start in sorted(candidates):
        end = candidates[start]
        if start < last_end:
            continue  # the pattern's matches do not overlap
        last_end = end
        if free_position(taken, start, end) is None:
            continue  # it overlaps a span the model found
        found.append(RawSpan(start, end, text[start:end], "ORG"))
    return found


@cache
def _organisation_word_after_space() -> re.Pattern[str]:
    """A capitalised organisation word after a space: "Foods" of "Harvest Table Foods"."""
    capitalised = [w.capitalize() for w in organisation_words()]
    words = longest_alternation(capitalised)  # no word runs on into another past a boundary
    return re.compile(rf"(?<= ){letters_ahead(capitalised)}(?:{words})\b")


#: Capitalised words right after a name: "Dow" + " Jones Industrial Average".
_CAPITALISED_REST = re.compile(r"(?: [A-Z][a-z]+\b(?![-'’]))+")


def with_capitalised_rest(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Where the text writes a one-word organisation's name the model found followed by two
    capitalised words or more it left out, free of other names and titles ("Dow" found, "the
    Dow Jones Industrial Average" written), that longer name: the short form then joins it.
    Only a name the text writes after "the" somewhere: a thing named so ("the Dow"), not a
    company ("Intel" is no short form of its "Intel Core Duo" chips); and not when the model
    found a longer name it begins ("Ford Motor Company" and "the Ford Five Hundred": "Ford" is
    the company).

    >>> text = "The Dow Jones Industrial Average fell. The Dow rose."
    >>> [r.text for r in with_capitalised_rest(text, [RawSpan(42, 45, "Dow", "ORG")])]
    ['Dow Jones Industrial Average']
    """
    found_longer = {r.text.split()[0] for r in raw if r.label == "ORG" and " " in r.text}
    names = {
        r.text for r in raw if r.label == "ORG" and len(r.text) >= 3 and " " not in r.text
    } - found_longer  # "Ford" of a "Ford Motor Company" the model found keeps it
    # a thing named with "the" ("the Dow", "the Fed"), not a company ("Intel" of the "Intel
    # Core Duo" chips)
    names = {name for name in names if _after_the(text, name)}
    if not names:
        return []
    taken = sorted((r.start, r.end) for r in raw)
    found: list[RawSpan] = []

    def end_of(start: int, end: int) -> int | None:  # (?<![\w-])(?:names)(?=[ ])
        before = text[start - 1 : start]
        ok = not (before and (is_word(before) or before == "-")) and text[end : end + 1] == " "
        return end if ok else None

    longest_first = sorted(names, key=len, reverse=True)
    for match_start, match_end, _ in literal_matches(text, longest_first, end_of):
        rest = _CAPITALISED_REST.match(text, match_end)
        if rest is None:
            continue
        words = rest.group().split()
        cut = next((i for i, w in enumerate(words) if _not_a_name_word(w)), len(words))
        if cut < 2:
            continue
        start = match_start
        end = match_end + len(" ".join(["", *words[:cut]]))
        if free_position(taken, start, end) is None:
            continue  # the model found a name there
        found.append(RawSpan(start, end, text[start:end], "ORG"))
    return found


def _after_the(text: str, name: str) -> bool:
    """Whether `text` writes `name` after "the" or "The": `\\b[Tt]he name\\b`."""
    return any(occurs(text, the + name, edges=word_edges) for the in ("The ", "the "))


def _not_a_name_word(word: str) -> bool:
    """A title, a sentence opener or a country: no word of an organisation's longer name."""
    folded = word.casefold()
    return folded in titles() or word in sentence_openers() or folded in countries()


#: Lower-case words right after a name: " world rankings" of "the Lyceum world rankings".
_LOWER_WORDS_AFTER = re.compile(r"(?: [a-z]+)+\b(?![-'’])")


def with_lower_case_rest(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions of a name followed by lower-case words that, with it, shorten one longer
    organisation name of the article, its first and last words kept, the rest in order ("the
    Lyceum rankings", "the Lyceum world rankings" of the "Lyceum World University Rankings"),
    renamed to that name; the one such name, or none.

    >>> text = "The Orlo World Cycling Rankings came out. The Orlo rankings put her first."
    >>> full = ActorMention(4, 31, "Orlo World Cycling Rankings", "Orlo World Cycling Rankings",
    ...                     "organisation")
    >>> short = ActorMention(46, 50, "Orlo", "Orlo", "location")
    >>> [(m.text, m.name) for m in with_lower_case_rest(text, [full, short])]
    [('Orlo', 'Orlo World Cycling Rankings')]
    """
    longer = {
        m.name for m in mentions if m.type == ActorType.ORGANISATION and len(m.name.split()) > 2
    }
    if not longer:
        return []
    # each longer name once, under its first word (`_shortens` needs it first), not every
    # name read again for each mention (stop 35)
    by_first_word: dict[str, list[str]] = {}
    for name in longer:
        by_first_word.setdefault(name.split()[0].casefold(), []).append(name)
    found: list[ActorMention] = []
    for mention in mentions:
        if mention.name != mention.text or mention.name in longer:
            continue
        after = _LOWER_WORDS_AFTER.match(text, mention.end)
        if after is None:
            continue
        rest = after.group().split()
        written = [*mention.text.split(), *rest]
        names = {
            name
            for name in by_first_word.get(written[0].casefold(), ())
            for cut in range(1, len(rest) + 1)
            if _shortens([*mention.text.split(), *rest[:cut]], name.split())
        }
        if len(names) == 1:
            name = next(iter(names))
            found.append(replace(mention, name=name, type=ActorType.ORGANISATION))
    return found


def _shortens(words: list[str], name: list[str]) -> bool:
    """Whether `words` are `name`'s first and last words with some of those between, in order,
    in any case ("Lyceum world rankings" of "Lyceum World University Rankings")."""
    folded, full = [w.casefold() for w in words], [w.casefold() for w in name]
    if len(folded) < 2 or len(folded) >= len(full) or folded[0] != full[0]:
        return False
    if folded[-1] != full[-1]:
        return False
    inner = iter(full[1:-1])
    return all(word in inner for word in folded[1:-1])


def organisation_short_forms(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Where the text writes alone the first words of an organisation's name the model found,
    three words or more ending in an organisation word, without that word ("Eko Sound" of
    "Eko Sound Records", "Eko Sound's founder said"), and the model missed them there: the
    short form, which then joins the name. Two words at least, and no capitalised word, hyphen
    or other span joined to them ("Eko Sound Studios", "Eko Sound-backed").

    >>> text = "Eko Sound Records signed. Eko Sound's founder said so."
    >>> found = [RawSpan(0, 17, "Eko Sound Records", "ORG")]
    >>> [r.text for r in organisation_short_forms(text, found)]
    ['Eko Sound']
    """
    shorts = {
        " ".join(words[:-1])
        for r in raw
        if r.label == "ORG"
        and len(words := r.text.split()) >= 3
        and words[-1].casefold() in organisation_words()
        and all(word[:1].isupper() for word in words)
    }
    if not shorts:
        return []

    def end_of(start: int, end: int) -> int | None:
        before, after = text[start - 1 : start], text[end : end + 2]
        joined = after[:1] == "-" or (after[:1] == " " and after[1:2].isupper())
        ok = not (before and (is_word(before) or before == "-")) and not joined
        return end if ok and not (after[:1] and is_word(after[:1])) else None

    taken = sorted((r.start, r.end) for r in raw)
    found: list[RawSpan] = []
    for start, end, _ in literal_matches(text, sorted(shorts, key=len, reverse=True), end_of):
        if free_position(taken, start, end) is not None:
            found.append(RawSpan(start, end, text[start:end], "ORG"))
    return found
