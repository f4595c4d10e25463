"""Persons' names within an article: the full names a lone surname or first name may shorten,
which of two namesakes it stands for, and the full names the model found once, found again.

    >>> names = PersonNames.of([("Elena Vargas Rojo", 0), ("Tomás Ibáñez Vargas", 40)], "")
    >>> names.lone("Vargas", 80), names.longest["Vargas Rojo"]
    ('Elena Vargas Rojo', 'Elena Vargas Rojo')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from timeline.actors.literals import literal_matches, set_apart
from timeline.actors.mention import ActorMention
from timeline.actors.occasions import names_an_occasion
from timeline.actors.occurrences import occurrences, word_edges
from timeline.actors.sweeps import free_position
from timeline.actors.vocabulary import titles
from timeline.kinds import ActorType
from timeline.sentences import abbreviations, sentence_openers
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import word_set

__all__ = ["DOMINANCE", "PersonNames", "WordCounts", "dominant", "full_name_sweep"]

#: A lone "Steve" is the Steve of the article when his other names are written this many
#: times as often as every other Steve's together (an obituary of Jobs quoting Ballmer).
DOMINANCE = 3

_WORD_CHARS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class PersonNames:
    """The full names of an article's persons, and what a lone name of them stands for."""

    #: first name, surname or first of two surnames, case-folded -> the full names it shortens
    short_to_full: dict[str, set[str]]
    #: an ending of two words or more of a full name -> the longest full name ending in it
    #: ("Shia Al-Sudani" -> "Mohammed Shia Al-Sudani", "Vargas Rojo" -> "Elena Vargas Rojo")
    longest: dict[str, str]
    #: full name -> the sorted offsets where the article writes it
    written_at: dict[str, list[int]]
    word_counts: WordCounts

    @classmethod
    def of(cls, written: Sequence[tuple[str, int]], text: str) -> PersonNames:
        """The names of the full names `written` (name, offset), counted in `text`."""
        longest = _longest([name for name, _ in written])
        written_at: dict[str, list[int]] = {}
        for name, start in written:
            written_at.setdefault(longest.get(name, name), []).append(start)
        for starts in written_at.values():
            starts.sort()
        return cls(_short_to_full(written_at), longest, written_at, WordCounts(text))

    def lone(self, word: str, start: int) -> str | None:
        """The full name a lone first name or surname written at `start` stands for, or None.

        Namesakes who share a surname: the one whose first of two surnames it is (the lone
        "Vargas" is Elena Vargas Rojo, not her son Tomás Ibáñez Vargas), else the one named
        last before it; a shared first name: the one the article is about (`dominant`).

        >>> names = PersonNames.of([("John Smith", 0), ("Mary Smith", 20)], "")
        >>> names.lone("Smith", 40), names.lone("Smith", 10), names.lone("Smith", 0)
        ('Mary Smith', 'John Smith', None)
        """
        folded = word.casefold()
        fulls = self.short_to_full.get(folded, set())
        if len(fulls) <= 1:
            return next(iter(fulls), None)
        if all(full.split()[0].casefold() != folded for full in fulls):  # namesakes
            firsts = {full for full in fulls if _first_of_two_surnames(full) == folded}
            if len(firsts) == 1:
                return next(iter(firsts))
            recent = self._named_last(firsts or fulls, start)
            if recent is not None:
                return recent
        chosen = dominant(fulls, self.word_counts)
        return next(iter(chosen)) if len(chosen) == 1 else None

    def _named_last(self, fulls: set[str], start: int) -> str | None:
        """Of `fulls`, the one written last before `start`."""
        last: dict[str, int] = {}
        for full in fulls:
            starts = self.written_at.get(full, [])
            before = bisect_left(starts, start)
            if before:
                last[full] = starts[before - 1]
        return max(last, key=lambda full: last[full]) if last else None


def _first_of_two_surnames(full: str) -> str | None:
    """The case-folded first of two surnames of a name of three words or more: its word
    before the last, when capitalised and no initial ("Vargas" of "Elena Vargas Rojo").

    >>> _first_of_two_surnames("Elena Vargas Rojo"), _first_of_two_surnames("George W. Bush")
    ('vargas', None)
    """
    words = full.split()
    if len(words) < 3 or not words[-2][:1].isupper() or words[-2].endswith("."):
        return None
    return words[-2].casefold()


def _short_to_full(fulls: dict[str, list[int]]) -> dict[str, set[str]]:
    """Surname, first of two surnames and first name, case-folded -> the full names they may
    shorten.

    >>> sorted(_short_to_full({"Elena Vargas Rojo": [0]}))
    ['elena', 'rojo', 'vargas']
    """
    short_to_full: dict[str, set[str]] = {}
    for full in fulls:
        words = full.split()
        first_surname = _first_of_two_surnames(full)
        keys = {words[0].casefold(), words[-1].casefold()}
        for key in keys if first_surname is None else {*keys, first_surname}:
            short_to_full.setdefault(key, set()).add(full)
    return short_to_full


def _longest(persons_full: list[str]) -> dict[str, str]:
    """An ending of two words or more of a full name -> the one full name ending in it (an
    ending two names share is neither's).

    >>> _longest(["Shia Al-Sudani", "Mohammed Shia Al-Sudani", "Ana María Ruiz"])
    {'Shia Al-Sudani': 'Mohammed Shia Al-Sudani', 'María Ruiz': 'Ana María Ruiz'}
    """
    endings: dict[str, set[str]] = {}
    # each name once; its endings looked up, not every pair compared (a long document names
    # thousands of people)
    for full in dict.fromkeys(persons_full):
        words = full.split(" ")
        for cut in range(1, len(words) - 1):
            endings.setdefault(" ".join(words[cut:]), set()).add(full)
    return {ending: next(iter(fulls)) for ending, fulls in endings.items() if len(fulls) == 1}


def full_name_sweep(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The full names of the article's persons written where the model missed them (a
    dateline's "Elena Vargas Rojo" after the headline's); not where the name is an
    occasion's (a headline's "Harvest Bumper" in "the Harvest Bumper draw": `occasions`).

    >>> elena = ActorMention(0, 10, "Elena Ruiz", "Elena Ruiz", "person")
    >>> [(m.start, m.name) for m in full_name_sweep("Elena Ruiz died. Elena Ruiz, 88.", [elena])]
    [(17, 'Elena Ruiz')]
    """
    fulls = {m.name for m in mentions if m.type == ActorType.PERSON and " " in m.name}
    if not fulls:
        return []
    # what `re.finditer` finds for rf"(?<![\w-])(?:{alternatives})(?![\w-])", the names
    # escaped, longest first (`literals`: no pattern compiled for each document's names)
    alternatives = sorted(fulls, key=len, reverse=True)
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[ActorMention] = []
    for start, end, _ in literal_matches(text, alternatives, partial(set_apart, text)):
        position = free_position(taken, start, end)
        if position is not None and not names_an_occasion(text, start, end):
            taken.insert(position, (start, end))
            written = text[start:end]
            found.append(ActorMention(start, end, written, written, ActorType.PERSON))
    return found


#: A capitalised word right before a surname, on its line: the surname is a word of that
#: longer name.
_NAME_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*\.?)[^\S\n]+$")


def in_another_name(text: str, start: int) -> bool:
    """Whether the surname at `start` follows a capitalised word that is no title or sentence
    opener: it is then a word of another person's name ("Soto" of "Ana Ruiz Soto"). Not a
    word ending the sentence before ("... in Cluj next Sunday. Soto won"), nor one on the
    line before: a full stop after a word longer than an initial ("J. Soto") ends a sentence.

    >>> in_another_name("Ana Ruiz Soto spoke.", 9), in_another_name("Mr. Soto spoke.", 4)
    (True, False)
    >>> in_another_name("It ends on Sunday. Soto won.", 19), in_another_name("Ana J. Soto", 7)
    (False, True)
    >>> in_another_name("It ends in Cluj\\n\\nSoto won.", 17)
    False
    >>> in_another_name("It told the Vale Council. Soto spoke.", 26)
    False
    """
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    bare = word.rstrip(".")
    return not (
        word.casefold() in titles()
        or bare.casefold() in abbreviations()
        or word in sentence_openers()
        or (word.endswith(".") and len(bare) > 1)
    )


def full_names_in(context: str, lone: set[str], known: Sequence[str]) -> list[str]:
    """Full names ("John Pope") of the lone surnames the model found (`lone`: "Pope"), written
    in `context` (the whole text) where the model did not read: capitalised words before the
    surname that are neither titles, sentence openers nor words of time ('"Today Pope is
    ..."', `data/time_adverbs.txt`).

    >>> full_names_in("Mr. John Pope came. Pope left.", {"Pope"}, [])
    ['John Pope']
    >>> full_names_in('She said: "Today Pope is here." Pope left.', {"Pope"}, [])
    []
    >>> full_names_in("Last November Kessel bought it. Kessel grew.", {"Kessel"}, [])
    []
    """
    lone = lone - {full.split()[-1] for full in known}
    if not lone:
        return []
    surnames = "|".join(re.escape(s) for s in sorted(lone, key=len, reverse=True))
    names: dict[str, set[str]] = {}
    # one pass over the text for all of them, however long it is
    for match in re.finditer(rf"((?:[A-Z][a-z]+ |[A-Z]\. ?)+)({surnames})\b", context):
        words = match.group(1).split()
        while words and (
            words[0].casefold() in titles()
            or words[0] in sentence_openers()
            or words[0].rstrip(".").casefold() in abbreviations()
            or words[0].casefold() in word_set("time_adverbs.txt")
        ):
            words = words[1:]
        words = words[_time_words(words) :]
        if words:
            names.setdefault(match.group(2), set()).add(" ".join([*words, match.group(2)]))
    return [next(iter(full)) for full in names.values() if len(full) == 1]


#: Words that make the month or weekday after them a time told from today: "Last November".
_RELATIVE = frozenset({"Last", "Next", "This"})
_MONTHS_AND_WEEKDAYS = frozenset({*MONTHS, *WEEKDAYS})


def _time_words(words: list[str]) -> int:
    """How many of the first words taken for a name's are a time fronted before it: a
    weekday ("Monday Kessel"), or "Last", "Next" or "This" and a month or a weekday ("Last
    November Kessel"); a month alone may be a given name ("May", "August").

    >>> _time_words(["Last", "November"]), _time_words(["Monday"]), _time_words(["May"])
    (2, 1, 0)
    """
    if words and words[0].casefold() in WEEKDAYS:
        return 1
    if len(words) > 1 and words[0] in _RELATIVE and words[1].casefold() in _MONTHS_AND_WEEKDAYS:
        return 2
    return 0


class WordCounts:
    """How often each word is written in a text, the text read once however many are asked.

    >>> WordCounts("Jobs met Ballmer. Jobs left.")("Jobs")
    2
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: Counter[str] | None = None
        self._others: dict[str, int] = {}

    def __call__(self, word: str) -> int:
        if _WORD_CHARS.fullmatch(word):
            if self._words is None:
                self._words = Counter(_WORD_CHARS.findall(self._text))
            return self._words[word]
        if word not in self._others:  # "O'Brien", "Jean-Luc": a word with other characters
            written = occurrences(self._text, word, edges=word_edges, overlapping=False)
            self._others[word] = len(written)
        return self._others[word]


def dominant(fulls: set[str], count: WordCounts) -> set[str]:
    """Of several full names a lone name may shorten, the one the text is about, if any: each
    is counted by the words only it has ("Jobs" against "Ballmer" for "Steve").

    >>> count = WordCounts("Steve Jobs met Steve Ballmer. Jobs left. Jobs won.")
    >>> dominant({"Steve Jobs", "Steve Ballmer"}, count)
    {'Steve Jobs'}
    """
    counts: dict[str, int] = {}
    for full in fulls:
        own = [w for w in full.split() if not any(w in other.split() for other in fulls - {full})]
        counts[full] = sum(count(w) for w in own)
    top = max(counts, key=lambda full: counts[full])
    rest = sum(counts.values()) - counts[top]
    return {top} if counts[top] >= DOMINANCE * max(rest, 1) else fulls
