"""Text written in capitals (wire, teletype and telex copy; a release's shouting paragraph)
recased for the stages that read names, in place, character for character: every offset
holds. A word English writes in lower case goes to lower case (a capital where a sentence
opens), a word it does not know to title case (a name), a short one it does not know stays in
capitals (an acronym). The model then reads "Stig Lundqvist" where it read "CONVEYOR" and
"MEN" as names (stop 45, helper `caps`).

    >>> words = RecasingWords.of(
    ...     {"noun": {"company", "fire", "mine", "man", "spokesman"}, "verb": {"say", "break"}},
    ...     {"verb": {"said", "broke"}, "noun": {"men"}}, {"noun": [("s", "")]})
    >>> recased("A COMPANY SPOKESMAN, STIG LUNDQVIST, SAID 12 MEN WERE SAFE. FIRE BROKE OUT.", words)
    'A company spokesman, Stig Lundqvist, said 12 men were safe. Fire broke out.'
    >>> text = "Fares rose.\\nTHE OSWU SAID ITS MEN WOULD STAY ASHORE UNTIL MONDAY."
    >>> recased(text, words)
    'Fares rose.\\nThe OSWU said its men would stay ashore until Monday.'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from timeline.actors.vocabulary import place_prepositions
from timeline.actors.recasing_words import MONTHS_NEEDING_A_DAY, RecasingWords, recasing_words
from timeline.temporal.vocabulary import load_vocabulary
from timeline.wordlists import word_list, word_set

__all__ = ["capital_stretches", "carried_over", "recased", "recased_texts"]

#: The fewest words of letters a line in capitals holds to be copy, not a label.
MIN_WORDS = 6
#: The most lower-case letters a line in capitals holds, per capital ("nearly all").
_LOWER_SHARE = 0.05
#: A cheap first look: three words in capitals in a row (none: nothing to recase).
_THREE_CAPITAL_WORDS = re.compile(
    r"\b[A-Z][A-Z'’]+[,;:]?[ \t]+[A-Z][A-Z'’]+[,;:]?[ \t]+[A-Z][A-Z'’]+\b"
)
_LINE = re.compile(r"[^\n]+")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
#: A sentence's end inside or at the end of a line: copy, not a headline or a label.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s|$)")
#: A token: letters with dots ("A.M."), or a word (digits, inner apostrophes and hyphens).
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’-][^\W_]+)*['’]?")
#: A figure with an ordinal's or a plural's letters: "9TH", "1950S".
_FIGURE_SUFFIX = re.compile(r"(\d+)(ST|ND|RD|TH|S)")
#: What ends an apostrophe's word and is written in lower case: "MINE'S", "DON'T".
_CLITICS = frozenset({"s", "t", "ll", "re", "ve", "d", "m"})
#: The small words a name's initials skip ("the Union of Mine Workers (UMW)").
_SKIPPED_BY_INITIALS = frozenset({"of", "and", "for", "the", "on", "in", "de", "&"})
_VOWELS = frozenset("aeiouy")
_LOWER, _TITLE, _UPPER = "lower", "title", "upper"


def capital_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` written in capitals: nearly all its letters
    capitals, `MIN_WORDS` words or more, a sentence's end in it (copy, not a headline, a
    masthead or a label).

    >>> capital_stretches("FIRE TRAPS 41 MINERS\\nTHE FIRE BROKE OUT AT ABOUT 3 A.M. TODAY.")
    [(21, 61)]
    >>> capital_stretches("The NATO and EU leaders met in Oslo on Monday.")
    []
    """
    if _THREE_CAPITAL_WORDS.search(text) is None:
        return []
    stretches = []
    for line in _LINE.finditer(text):
        upper = sum(1 for char in line.group() if char.isupper())
        lower = sum(1 for char in line.group() if char.islower())
        if lower > _LOWER_SHARE * (upper + lower) or upper == 0:
            continue
        if len(_LETTER_WORD.findall(line.group())) >= MIN_WORDS and _SENTENCE_END.search(
            line.group()
        ):
            stretches.append(line.span())
    return stretches


def recased(text: str, words: RecasingWords) -> str:
    """`text` with its stretches in capitals (`capital_stretches`) recased for the stages
    that read names, the same length and letters; `text` itself when it has none, or when
    `words` knows no English (a pipeline without a lemmatizer).

    >>> words = RecasingWords.of({"noun": {"church", "service"}}, {}, {})
    >>> recased("THE CHURCH WILL HOLD A SERVICE IN KIRUNA CHURCH ON SUNDAY.", words)
    'The church will hold a service in Kiruna Church on Sunday.'
    """
    stretches = capital_stretches(text) if words.index else []
    if not stretches:
        return text
    written = _written_case(text, stretches)
    chars = list(text)
    for start, end in stretches:
        for token in _decided(text, start, end, words, written):
            chars[token.start : token.end] = _cased_token(token)
    return "".join(chars)


#: The recasing's words of each lemmatizer's tables, by id, built on first need.
_WORDS: dict[int, RecasingWords] = {}


def recased_texts(
    lookups: Any, texts: Sequence[str], contexts: Sequence[str] | None
) -> tuple[list[str], list[str] | None]:
    """`texts` (each its context with some of it blanked, offsets kept) and `contexts` with
    their stretches in capitals recased, by the words of a lemmatizer's `lookups` (none: the
    texts as they are). A text with no stretch costs one look (`capital_stretches`).

    >>> recased_texts(None, ["FIRE ROSE"], None)
    (['FIRE ROSE'], None)
    """
    wholes = contexts if contexts is not None else texts
    new_texts, new_wholes = list(texts), list(wholes)
    if lookups is None:
        return new_texts, None if contexts is None else new_wholes
    for number, (text, whole) in enumerate(zip(texts, wholes, strict=True)):
        if not capital_stretches(whole):
            continue
        words = _WORDS.get(id(lookups))
        if words is None:
            words = _WORDS[id(lookups)] = recasing_words(lookups)
        new_wholes[number] = recased(whole, words)
        new_texts[number] = carried_over(text, whole, new_wholes[number])
    return new_texts, None if contexts is None else new_wholes


def carried_over(part: str, original: str, recased_text: str) -> str:
    """`part` (`original` with some of it blanked, offsets kept) with the recasing of
    `recased_text` where it keeps `original`'s characters.

    >>> carried_over("    FIRE ROSE", "THE FIRE ROSE", "The fire rose")
    '    fire rose'
    """
    if recased_text is original:
        return part
    return "".join(
        new if kept == old else kept
        for kept, old, new in zip(part, original, recased_text, strict=True)
    )


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    case: str  # _LOWER, _TITLE, _UPPER (as written)
    opens: bool  # opens a sentence
    kind: str  # what it is to a name: "name", "short", "noun", "acronym", "other"
    #: the case of each part after a hyphen, by its own word ("KIRUNA-BASED": lower)
    later: tuple[str, ...] = ()


def _decided(
    text: str, start: int, end: int, words: RecasingWords, written: dict[str, str]
) -> list[_Token]:
    """The tokens of the stretch `text[start:end]`, each with the case it takes."""
    tokens = [
        _first_reading(text, match.start(), match.end(), words, written)
        for match in _TOKEN.finditer(text, start, end)
    ]
    for run in _runs(text, tokens):
        _read_run(run, words, written)
        _body_run(run)
    _places_after_prepositions(text, tokens, words, written)
    _bodies_of_names(text, tokens)
    _initials_in_brackets(text, tokens)
    _months_by_days(text, tokens)
    return tokens


def _first_reading(
    text: str, start: int, end: int, words: RecasingWords, written: dict[str, str]
) -> _Token:
    """A token's case by itself: as the document writes the word elsewhere in lower case
    text, else by what English knows of it."""
    token_text = text[start:end]
    opens = _opens_sentence(text, start)
    token = _Token(start, end, token_text, _UPPER, opens, "other")
    core = re.split(r"['’-]", token_text)[0]
    folded = token_text.casefold()
    if any(char.isdigit() for char in token_text) or "." in token_text:
        token.case = _LOWER if folded in ("a.m.", "p.m.") or _FIGURE_SUFFIX.fullmatch(token_text) else _UPPER
        token.kind = "acronym" if "." in token_text else "other"
        return token
    if folded.rstrip("'’") in written:
        token.case = written[folded.rstrip("'’")]
        token.kind = "name" if token.case == _TITLE else "acronym" if token.case == _UPPER else "noun"
        return token
    if "/" in text[start - 1 : start] + text[end : end + 1] and len(core) == 1:
        return token  # "A/S"
    token.later = tuple(
        _TITLE if words.kind(part) in ("capitalised", "unknown") else _LOWER
        for part in token_text.split("-")[1:]
    )
    kind = words.kind(core)
    if folded in _time_words():
        token.case, token.kind = _LOWER, "other"  # "TONIGHT" ends a name
    elif kind == "closed":
        token.case, token.kind = (_UPPER if core == "I" else _LOWER), "closed"
    elif kind == "capitalised":
        token.case, token.kind = _TITLE, "capitalised"
    elif kind in ("noun", "other"):
        if len(core) == 2 or not _VOWELS & set(core.casefold()):
            token.kind = "acronym"  # "UN", "TV", "GMT"
        else:
            token.case, token.kind = _LOWER, kind
    elif len(core) <= 4 and "-" not in token_text:
        token.kind = "short"  # an acronym, unless a name stands beside it
    else:
        token.case, token.kind = _TITLE, "name"
    return token


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Tokens in a row with only blanks between them (a name's words), a possessive ending
    its run."""
    runs: list[list[_Token]] = []
    for token in tokens:
        previous = runs[-1][-1] if runs else None
        if (
            previous is None
            or text[previous.end : token.start].strip(" \t") != ""
            or previous.text.endswith(("'", "’", "'S", "’S"))
            or {previous.kind, token.kind} & {"closed", "other"}
        ):
            runs.append([token])
        else:
            runs[-1].append(token)
    return runs


def _read_run(run: list[_Token], words: RecasingWords, written: dict[str, str]) -> None:
    """The cases a run of words takes together: a short unknown word beside another unknown
    one is a name ("KARI HOLM"), else an acronym; the nouns after a name are its words
    ("KIRUNA CHURCH", "CALEDON OIL"), and a noun English knows only as a noun right before
    one is its first word ("ROLF AASEN"); a corporate suffix after a name as it is written."""
    for number, token in enumerate(run):
        if token.kind != "short":
            continue
        neighbours = run[max(0, number - 1) : number] + run[number + 1 : number + 2]
        if any(other.kind in ("name", "short") for other in neighbours):
            token.case, token.kind = _TITLE, "name"
    for token in run:
        if token.kind == "short":
            token.kind = "acronym"
    named = [number for number, token in enumerate(run) if token.kind == "name"]
    if not named:
        return
    for token in run[named[0] + 1 :]:
        suffix = _corporate_suffixes().get(token.text.casefold())
        if suffix is not None:
            token.case = _UPPER if suffix.isupper() else _TITLE
        elif token.kind == "noun" and token.text.casefold() not in written:
            token.case = _TITLE
    for token in reversed(run[: named[0]]):
        if token.kind != "noun" or token.text.casefold() in written or not words.noun_only(token.text):
            break
        token.case = _TITLE


#: The fewest words of a body's name English knows all of ("the National Mediation Office").
_BODY_WORDS = 3


def _body_run(run: list[_Token]) -> None:
    """A run of `_BODY_WORDS` nouns or more ending in an organisation's word is a body's
    name: "THE NATIONAL MEDIATION OFFICE" (not "THE MINE OFFICE")."""
    if len(run) < _BODY_WORDS or run[-1].text.casefold() not in _organisation_words():
        return
    if all(token.kind in ("noun", "name", "capitalised") for token in run):
        for token in run:
            token.case = _TITLE


def _bodies_of_names(text: str, tokens: list[_Token]) -> None:
    """An organisation's word before "OF" and a name is the body's first word: "THE BANK OF
    NORWAY", "THE UNIVERSITY OF KIRUNA"."""
    for number, token in enumerate(tokens[:-2]):
        of, name = tokens[number + 1], tokens[number + 2]
        if (
            token.kind == "noun"
            and token.text.casefold() in _organisation_words()
            and of.text.casefold() == "of"
            and name.case == _TITLE
            and text[token.end : name.start].strip() == of.text
        ):
            token.case = _TITLE


def _places_after_prepositions(
    text: str, tokens: list[_Token], words: RecasingWords, written: dict[str, str]
) -> None:
    """A word English knows only as a singular noun right after a preposition of place,
    no noun after it, is a place: "IN STOCKHOLM.", "IN OSLO SINCE 1971" (WordNet's index
    holds towns as nouns); not a time's word ("AT NOON")."""
    for number, token in enumerate(tokens[1:], start=1):
        before = tokens[number - 1]
        after = tokens[number + 1] if number + 1 < len(tokens) else None
        if (
            token.kind != "noun"
            or len(token.text) < 4
            or token.text.casefold() in written
            or before.text.casefold() not in place_prepositions()
            or text[before.end : token.start] != " "
            or not words.noun_only(token.text)
            or token.text.casefold() in _time_words()
        ):
            continue
        if (
            after is not None
            and text[token.end : after.start] == " "
            and (after.kind == "name" or "noun" in words.parts_of(after.text.casefold()))
        ):
            continue  # "IN OFFICE BUILDINGS"
        token.case, token.kind = _TITLE, "name"


@cache
def _organisation_words() -> frozenset[str]:
    """The last words of a body's name (`data/organisation_words.txt`), case-folded."""
    return frozenset(word.casefold() for word in word_set("organisation_words.txt"))


@cache
def _time_words() -> frozenset[str]:
    """Words of time of one word, lower case: the temporal vocabulary's parts of a day,
    units, seasons and vague times, and the adverbs of time (`data/time_adverbs.txt`):
    "TONIGHT" ends a name ("KIRUNA TONIGHT"), "NOON" is no place ("AT NOON")."""
    vocabulary = load_vocabulary()
    words = (
        *vocabulary.day_parts,
        *vocabulary.parts_of_a_day,
        *vocabulary.units,
        *vocabulary.vague_news,
        *vocabulary.seasons,
        *word_set("time_adverbs.txt"),
    )
    return frozenset(word for word in words if " " not in word)


def _initials_in_brackets(text: str, tokens: list[_Token]) -> None:
    """The words before an acronym in brackets whose initials spell it are a name: "THE
    OFFSHORE SERVICE WORKERS' UNION (OSWU)" is "the Offshore Service Workers' Union"."""
    for number, token in enumerate(tokens):
        if token.kind != "acronym" or not 2 <= len(token.text) <= 6 or not token.text.isalpha():
            continue
        if text[token.start - 1 : token.start] != "(" or number == 0:
            continue
        letters = list(token.text.casefold())
        spelled: list[_Token] = []
        for before in reversed(tokens[:number]):
            if before.text.casefold() in _SKIPPED_BY_INITIALS:
                continue
            if not letters or before.text[0].casefold() != letters[-1]:
                break
            letters.pop()
            spelled.append(before)
            if not letters:
                break
        if not letters and len(spelled) == len(token.text):
            for word in spelled:
                if word.kind in ("noun", "other", "acronym"):
                    word.case = _TITLE if word.kind != "acronym" else word.case


def _months_by_days(text: str, tokens: list[_Token]) -> None:
    """A month's name that is an English word too ("MAY", "MARCH") or its abbreviation
    ("FEB.") is the month beside a figure: "MAY 1", "9 MARCH", "FEB. 9"."""
    abbreviations = {month for month in load_vocabulary().months if len(month) <= 4}
    for number, token in enumerate(tokens):
        folded = token.text.casefold()
        if folded not in MONTHS_NEEDING_A_DAY and folded not in abbreviations:
            continue
        after = text[token.end : token.end + 3].lstrip(". ")
        before = tokens[number - 1].text if number else ""
        if after[:1].isdigit() or before.isdigit():
            token.case = _TITLE


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence: the text's or a line's first word, or
    the first after a sentence's stop or a wire's dash ("(NORDWIRE)--FIRE")."""
    position = start - 1
    while position >= 0 and text[position] in " \t\"'“‘(":
        position -= 1
    if position < 0 or text[position] == "\n":
        return True
    if text[position] in ".!?":
        return not text[max(0, position - 3) : position + 1].casefold().endswith(("a.m.", "p.m."))
    return text[max(0, position - 1) : position + 1] == "--"


def _written_case(text: str, stretches: list[tuple[int, int]]) -> dict[str, str]:
    """How the document writes its words outside the stretches, on lines with lower case:
    lower case, capitalised inside a sentence, or in capitals (an acronym), for the words
    written in one way only (case-folded)."""
    seen: dict[str, set[str]] = {}
    position = 0
    for start, end in [*stretches, (len(text), len(text))]:
        for line in _LINE.finditer(text, position, start):
            if not any(char.islower() for char in line.group()):
                continue  # a headline or a label in capitals tells nothing
            for match in _TOKEN.finditer(text, line.start(), line.end()):
                word = match.group()
                if not word.isalpha():
                    continue
                if word.islower():
                    seen.setdefault(word, set()).add(_LOWER)
                elif word.isupper() and len(word) > 1:
                    seen.setdefault(word.casefold(), set()).add(_UPPER)
                elif word[1:].islower() and not _opens_sentence(text, match.start()):
                    seen.setdefault(word.casefold(), set()).add(_TITLE)
        position = end
    return {word: next(iter(cases)) for word, cases in seen.items() if len(cases) == 1}


def _cased(word: str, case: str, opens: bool) -> list[str]:
    """The characters of `word` in `case` (a capital first when it opens a sentence), each
    the same length as before: "O'BRIEN" -> "O'Brien", "MCNALLY" -> "McNally", "MINE'S" ->
    "Mine's" at a sentence's opening.

    >>> "".join(_cased("MCNALLY", _TITLE, False)), "".join(_cased("MINE'S", _LOWER, True))
    ('McNally', "Mine's")
    >>> "".join(_cased("STATE-OWNED", _LOWER, False)), "".join(_cased("O'BRIEN", _TITLE, False))
    ('state-owned', "O'Brien")
    >>> "".join(_cased("ANNA-KARIN", _TITLE, False))
    'Anna-karin'
    """
    if case == _UPPER:
        return list(word)
    chars = [_one(char, char.lower()) for char in word]
    if case == _TITLE:
        starts = [0]
        for position, char in enumerate(word[:-1]):
            after = word[position + 1 :]
            if (
                char in "'’" and position == 1 and word[0] in "ODod" and len(after) > 2
            ):
                starts.append(position + 1)
        if word[:2].casefold() == "mc" and len(word) > 4:
            starts.append(2)
        for position in starts:
            chars[position] = _one(word[position], word[position].upper())
    elif opens:
        chars[0] = _one(word[0], word[0].upper())
    return chars


def _cased_token(token: _Token) -> list[str]:
    """The characters of `token` in its case, each part after a hyphen in its own."""
    if not token.later or token.case == _UPPER:
        return _cased(token.text, token.case, token.opens)
    parts = token.text.split("-")
    chars = _cased(parts[0], token.case, token.opens)
    for part, case in zip(parts[1:], token.later, strict=True):
        chars += ["-", *_cased(part, case, False)]
    return chars


def _one(old: str, new: str) -> str:
    """`new` where it is one character, else `old` ("ß" is upper-cased "SS")."""
    return new if len(new) == 1 else old


_SUFFIXES: dict[str, str] = {}


def _corporate_suffixes() -> dict[str, str]:
    """Corporate suffixes of letters alone (`data/corporate_suffixes.txt`), case-folded ->
    as written ("ab" -> "AB", "ltd" -> "Ltd")."""
    if not _SUFFIXES:
        _SUFFIXES.update(
            {suffix.casefold(): suffix for suffix in word_list("corporate_suffixes.txt") if suffix.isalpha()}
        )
    return _SUFFIXES
