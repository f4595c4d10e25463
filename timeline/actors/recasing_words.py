"""What the recasing of text in capitals knows of a word (`actors/recasing.py`): whether
English writes it in lower case (the model's own lemmatizer tables, WordNet's index with its
rules and exceptions, and the closed-class lists the rules already read), and the words English
capitalises though it knows them (countries and peoples, months, weekdays, feasts).

    >>> words = RecasingWords.of({"noun": {"mine", "man"}, "verb": {"produce"}}, {},
    ...                          {"noun": [("s", "")], "verb": [("ed", "e")]})
    >>> words.kind("MINES"), words.kind("PRODUCED"), words.kind("KIRUNA"), words.kind("THE")
    ('noun', 'other', 'unknown', 'closed')
    >>> words.kind("SWEDISH"), words.kind("NOVEMBER"), words.kind("SUNDAY")
    ('capitalised', 'capitalised', 'capitalised')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from timeline.actors.vocabulary import countries, finite_verbs, prepositions
from timeline.stop_words import stop_words
from timeline.temporal.vocabulary import load_vocabulary
from timeline.wordlists import word_set

__all__ = ["MONTHS_NEEDING_A_DAY", "RecasingWords", "WordKind", "closed_class", "recasing_words"]

#: What a word in capitals is to the recasing: a closed-class word, a noun or adjective
#: English knows in lower case, another word it knows (a verb's form, an adverb), a word it
#: capitalises ("Swedish", "November"), or a word it does not know (a name, an acronym).
WordKind = Literal["closed", "noun", "other", "capitalised", "unknown"]

#: The months whose names are English words too ("MAY", "MARCH"): a month beside a number
#: or after a preposition only.
MONTHS_NEEDING_A_DAY = frozenset({"may", "march"})
#: The parts of speech of the lemmatizer's tables that a name's word may be.
_NAMING_PARTS = ("noun", "adj")


@dataclass(frozen=True, slots=True)
class RecasingWords:
    """The lemmatizer's tables (part of speech -> lemmas, its exceptions and suffix rules)
    and the word lists the recasing reads, lower case."""

    index: Mapping[str, frozenset[str]]
    exceptions: Mapping[str, frozenset[str]]
    rules: Mapping[str, tuple[tuple[str, str], ...]]

    @classmethod
    def of(
        cls,
        index: Mapping[str, Iterable[str]],
        exceptions: Mapping[str, Iterable[str]],
        rules: Mapping[str, Iterable[tuple[str, str]]],
    ) -> RecasingWords:
        """From plain tables (the lemmatizer's, or a test's)."""
        return cls(
            {part: frozenset(words) for part, words in index.items()},
            {part: frozenset(words) for part, words in exceptions.items()},
            {part: tuple((old, new) for old, new in pairs) for part, pairs in rules.items()},
        )

    def parts_of(self, folded: str) -> frozenset[str]:
        """The parts of speech English knows `folded` as (itself, an exception's form, or by
        a suffix rule: "mines" a noun, "produced" a verb).

        >>> words = RecasingWords.of({"noun": {"man"}}, {"noun": {"men"}}, {})
        >>> sorted(words.parts_of("men")), sorted(words.parts_of("lundqvist"))
        (['noun'], [])
        >>> RecasingWords.of({"verb": {"stop"}}, {}, {"verb": [("ed", "")]}).parts_of("stopped")
        frozenset({'verb'})
        """
        found = set()
        for part, lemmas in self.index.items():
            if folded in lemmas or folded in self.exceptions.get(part, ()):
                found.add(part)
                continue
            for old, new in self.rules.get(part, ()):
                stem = folded[: -len(old)] if old and folded.endswith(old) else ""
                # a doubled consonant before the ending: "stopped", "planning", "bigger"
                undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""
                if stem and (stem + new in lemmas or (undoubled and undoubled in lemmas)):
                    found.add(part)
                    break
        return frozenset(found)

    def kind(self, word: str) -> WordKind:
        """What `word` (of letters, any case) is to the recasing."""
        folded = word.casefold()
        if folded in _capitalised():
            return "capitalised"
        if folded in closed_class():
            return "closed"
        parts = self.parts_of(folded)
        if not parts:
            return "unknown"
        if "verb" in parts and folded.endswith("ed"):
            return "other"  # a past form: "STOPPED" ("stopped" is an adjective too)
        return "noun" if parts & set(_NAMING_PARTS) else "other"

    def noun_only(self, word: str) -> bool:
        """Whether English knows `word` as a singular noun and as nothing else ("rolf",
        "oslo"; not "minister", also a verb): a word a name's first word may be.

        >>> words = RecasingWords.of({"noun": {"rolf", "group"}, "verb": {"group"}}, {}, {})
        >>> words.noun_only("ROLF"), words.noun_only("GROUP")
        (True, False)
        """
        folded = word.casefold()
        return all(
            (folded in lemmas) == (part == "noun") for part, lemmas in self.index.items()
        ) and folded in self.index.get("noun", ())


def recasing_words(lookups: Any) -> RecasingWords:
    """The recasing's words from a spaCy lemmatizer's `lookups` (none without them: every
    word unknown but the closed-class lists')."""
    index: dict[str, Iterable[str]] = {}
    exceptions: dict[str, Iterable[str]] = {}
    rules: dict[str, Iterable[tuple[str, str]]] = {}
    try:
        index_table = lookups.get_table("lemma_index")
        exception_table = lookups.get_table("lemma_exc")
        rule_table = lookups.get_table("lemma_rules")
    except (AttributeError, KeyError, ValueError):
        return RecasingWords.of({}, {}, {})
    for part in ("noun", "verb", "adj", "adv"):
        if part in index_table:
            index[part] = index_table[part]
        if part in exception_table:
            exceptions[part] = exception_table[part].keys()
        if part in rule_table:
            rules[part] = [(old, new) for old, new in rule_table[part]]
    return RecasingWords.of(index, exceptions, rules)


@cache
def closed_class() -> frozenset[str]:
    """Closed-class words, lower case: spaCy's stop words, the prepositions, the finite verbs
    and the function words the rules read."""
    return (
        frozenset(
            word.casefold()
            for word in (
                *stop_words(),
                *prepositions(),
                *finite_verbs(),
                *word_set("function_words.txt"),
                *word_set("auxiliaries.txt"),
            )
        )
        - _capitalised()
    )


@cache
def _capitalised() -> frozenset[str]:
    """Words English capitalises though it knows them, lower case and of one word: countries
    and peoples (`data/demonyms.csv`), months (full names; "may" and "march" apart), weekdays
    and feasts (the temporal vocabulary, `data/festival_names.txt`); never a stop word ("us")."""
    vocabulary = load_vocabulary()
    feasts = (
        *vocabulary.fixed_holidays,
        *vocabulary.floating_holidays,
        *vocabulary.easter_holidays,
        *(word.casefold() for word in word_set("festival_names.txt")),
    )
    months = (month for month in vocabulary.months if len(month) > 3 and month != "sept")
    return frozenset(
        word
        for word in (*countries(), *months, *vocabulary.weekdays, *feasts)
        if word.isalpha() and word not in MONTHS_NEEDING_A_DAY and word not in stop_words()
    )
