"""Names that measure rather than act (stop 33): a sum of money written with a currency's
letters glued to its number ("R7.39", "RM6.85", "C412,000" after "£"), and a stage, grade or
rank and its numeral ("a Phase II study", "washed Yirgacheffe Grade 2", "raised to Level 3").
So do a market's sector named alone ("Utilities were firm") and a ship's size class
("Capesize rates"). The model takes them for
persons or organisations; none takes part in anything.

    >>> text = "Kelbrook fell to R7.39 after a Phase II study missed its goal."
    >>> names_a_sum(text, 17, 22), names_a_stage(text, 31, 39)
    (True, True)
"""

from __future__ import annotations

import re

from timeline.actors.vocabulary import after_the
from timeline.sentences import OPENS_BEFORE
from timeline.wordlists import word_set

__all__ = [
    "names_a_lower_case_term",
    "names_a_sector",
    "names_a_stage",
    "names_a_sum",
    "names_a_vessel_class",
]

#: Letters and a number glued, the way a sum is written in a currency's letters: "R7.39",
#: "RM6.85", "Dh4,850", "R36"; a decimal or thousands part at times.
#: A magnitude's letters after the number at times: "R5.9bn", "R310m" (stop 36).
_LETTERS_AND_NUMBER = re.compile(r"([A-Z][A-Za-z]{0,2})\d+(?:[.,]\d+)*(?:bn|mn|m|k|tn)?")
#: A currency's sign, with its country's letters at times, right before a span: "£" of
#: "£C412,000", "NZ$" of "NZ$C40".
_SIGN_BEFORE = re.compile(r"[$€£¥]$")
#: A numeral after a stage's noun: "2", "2b", "II", "IIb", "A".
_NUMERAL = r"(?:\d+[a-z]?|[IVX]+[a-z]?|[A-Z])"
#: A name's last two words, a noun and its numeral: " Phase II", "Grade 2".
_LAST_NOUN_AND_NUMERAL = re.compile(rf"(?:^|\s)([A-Z][a-z]+)\s+{_NUMERAL}$")


def names_a_sum(text: str, start: int, end: int) -> bool:
    """Whether the name `text[start:end]` is a sum of money: a currency's letters glued to a
    number (`data/currency_letters.txt`: "R7.39", "RM6.85", "R36"), or letters and a number
    right after a currency's sign ("£C412,000").

    >>> text = "The rand hit R7.46 and shares traded as low as R36; profit was £C412,000."
    >>> names_a_sum(text, 13, 18), names_a_sum(text, 47, 50), names_a_sum(text, 64, 72)
    (True, True, True)
    >>> names_a_sum("valuing it at R5.9bn.", 14, 20)
    True

    Not a code whose letters are no currency's, nor letters alone:

    >>> text = "Flight CC417 and the K2 expedition met the RM board."
    >>> names_a_sum(text, 7, 12), names_a_sum(text, 21, 23), names_a_sum(text, 43, 45)
    (False, False, False)
    """
    glued = _LETTERS_AND_NUMBER.fullmatch(text, start, end)
    if glued is None:
        return False
    return glued.group(1) in word_set("currency_letters.txt") or bool(
        _SIGN_BEFORE.search(text, max(0, start - 1), start)
    )


def names_a_stage(text: str, start: int, end: int) -> bool:
    """Whether the name ends in a stage's, a grade's or a rank's noun and its numeral
    (`data/stage_nouns.txt`): "a Phase 2b trial", "washed Yirgacheffe Grade 2", "raised to
    Level 3". The stage or the grade is named, no actor.

    >>> text = "After a Phase II study, washed Yirgacheffe Grade 2 rose; Tier 1 banks met."
    >>> names_a_stage(text, 8, 16), names_a_stage(text, 31, 50), names_a_stage(text, 57, 63)
    (True, True, True)

    Not a name whose last word before its number is no stage's, nor a stage's noun alone:

    >>> text = "The Apollo 11 crew met Class officials and the Level Group."
    >>> names_a_stage(text, 4, 13), names_a_stage(text, 23, 28), names_a_stage(text, 47, 58)
    (False, False, False)
    """
    last = _LAST_NOUN_AND_NUMERAL.search(text[start:end])
    return last is not None and last.group(1).casefold() in word_set("stage_nouns.txt")


def names_a_sector(text: str, start: int, end: int) -> bool:
    """Whether the name is one word of a sector alone (`data/industry_words.txt`), not after
    "the": a market's group of shares, capitalised as it opens its sentence ("Utilities were
    firm", "Shipping eased"); a company's name ends in one ("Kestrel Shipping").

    >>> names_a_sector("Utilities were firm, and Telecoms fell.", 0, 9)
    True
    >>> names_a_sector("Kestrel Shipping rose.", 0, 16), names_a_sector("the Utilities said", 4, 13)
    (False, False)
    """
    return text[start:end].casefold() in word_set("industry_words.txt") and not after_the(
        text, start
    )


def names_a_vessel_class(text: str, start: int, end: int) -> bool:
    """Whether the name is a merchant ship's size class (`data/vessel_classes.txt`): "Capesize
    rates", "the Panamax market", "a Supramax vessel" name a class of ships, no actor; an
    index named after one is a longer name ("the Kestrel Capesize Index").

    >>> text = "Capesize rates rose while the Kestrel Capesize Index fell."
    >>> names_a_vessel_class(text, 0, 8), names_a_vessel_class(text, 30, 52)
    (True, False)
    """
    return text[start:end].casefold() in word_set("vessel_classes.txt")


#: The words right before an acronym's bracket: "Net interest income (" of "(NII)".
_WORDS_BEFORE_BRACKET = re.compile(r"((?:[A-Za-z][a-z]*(?:-[a-z]+)* ){1,6})\($")


def names_a_lower_case_term(text: str, start: int, end: int) -> bool:
    """Whether the name is the bracketed initials of the words in lower case right before it
    (a plural's "s" after them at times): a term's short name, "net interest income (NII)",
    "gross non-performing assets (NPAs)" (stop 36, helper `names7`). A body's words are
    capitalised ("the Central Bank (CB)"); only the first may be, where it opens a sentence.

    >>> text = "Net interest income (NII) rose. Non-performing loans (NPLs) fell."
    >>> names_a_lower_case_term(text, 21, 24), names_a_lower_case_term(text, 54, 58)
    (True, True)
    >>> names_a_lower_case_term("The Kelso Water Board (KWB) met.", 23, 26)
    False
    """
    letters = text[start:end]
    if letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    if text[end : end + 1] != ")":
        return False
    words = _WORDS_BEFORE_BRACKET.search(text, max(0, start - 80), start)
    if words is None:
        return False
    parts = [part for word in words.group(1).split() for part in word.split("-")]
    term = parts[-len(letters) :]
    if len(term) < len(letters) or "".join(p[0] for p in term).upper() != letters:
        return False
    opens = len(term) == len(parts) and OPENS_BEFORE.search(
        text, max(0, words.start() - 6), words.start()
    )
    return all(p.islower() for p in term[1:]) and (term[0].islower() or bool(opens))
