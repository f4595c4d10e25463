"""Text written in capitals (wire, teletype and telex copy; a release's shouting paragraph)
recased for the stages that read names, in place, character for character: every offset
holds. A word English writes in lower case goes to lower case (a capital where a sentence
opens), a word it does not know to title case (a name), a short one it does not know stays in
capitals (an acronym). The model then reads "Stig Lundqvist" where it read "CONVEYOR" and
"MEN" as names (stop 45, helper `caps`).

    >>> words = RecasingWords.of(
    ...     {"noun": {"company", "fire", "man", "spokesman"}, "verb": {"say", "break", "stay"},
    ...      "adj": {"safe"}, "adv": {"ashore"}},
    ...     {"verb": {"said", "broke"}, "noun": {"men"}}, {"noun": [("s", "")]})
    >>> copy = "A COMPANY SPOKESMAN, STIG LUNDQVIST, SAID 12 MEN WERE SAFE. FIRE BROKE OUT."
    >>> recased(copy, words)
    'A company spokesman, Stig Lundqvist, said 12 men were safe. Fire broke out.'
    >>> text = "Fares rose.\\n\\nTHE OSWU SAID ITS MEN WOULD STAY ASHORE UNTIL MONDAY."
    >>> recased(text, words)
    'Fares rose.\\n\\nThe OSWU said its men would stay ashore until Monday.'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from timeline.actors.recasing_runs import (
    LOWER,
    TITLE,
    UPPER,
    Token,
    bodies_of_names,
    body_run,
    dateline_place,
    initials_in_brackets,
    is_time_word,
    months_by_days,
    places_after_prepositions,
    read_run,
)
from timeline.actors.recasing_words import (
    RecasingWords,
    closed_class,
    recasing_words,
)

__all__ = ["capital_stretches", "carried_over", "recased", "recased_texts"]

#: The fewest words of letters a line in capitals holds to be copy, not a label.
MIN_WORDS = 6
#: The most lower-case letters a line in capitals holds, per capital ("nearly all").
_LOWER_SHARE = 0.05
#: Three words in capitals in a row: a paragraph in capitals holds them, and is looked for
#: only around them (one scan of a text without: nothing to recase).
_THREE_CAPITAL_WORDS = re.compile(r"[A-Z][A-Z]+[,;:]?[ \t]+[A-Z][A-Z]+[,;:]?[ \t]+[A-Z][A-Z]")
_LINE = re.compile(r"[^\n]+")
#: A blank line (furniture blanked leaves blanks on it), which parts paragraphs.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: The fewest closed-class words a paragraph in capitals holds to be prose.
MIN_CLOSED_WORDS = 3
#: A paragraph's end as a sentence's: a stop (not a heading's "..."), quoted or not.
_COPY_END = re.compile(r"(?<!\.)[.!?][\"'”’)]*\s*$")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
#: A token: letters with dots ("A.M."), or a word (digits, inner apostrophes and hyphens).
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:['’-][^\W_]+)*['’]?")
#: A figure with an ordinal's or a plural's letters: "9TH", "1950S".
_FIGURE_SUFFIX = re.compile(r"(\d+)(ST|ND|RD|TH|S)")
_VOWELS = frozenset("aeiouy")


def capital_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text` written in capitals: nearly all its letters
    capitals, `MIN_WORDS` words or more, `MIN_CLOSED_WORDS` closed-class words (prose), and a
    sentence's stop at its end (copy, not a headline, a masthead or a label).

    >>> capital_stretches("FIRE TRAPS 41 MINERS\\n\\nTHE FIRE BROKE OUT AT 3 A.M.\\nIN A TUNNEL.")
    [(22, 63)]
    >>> capital_stretches("THE DAILY COURIER, LONDON, MONDAY, MAY 4, 1953. PRICE 2d.")
    []
    >>> capital_stretches("The NATO and EU leaders met in Oslo on Monday.")
    []
    """
    stretches: list[tuple[int, int]] = []
    done = 0
    for match in _THREE_CAPITAL_WORDS.finditer(text):
        if match.start() < done:
            continue
        start, end = _paragraph(text, match.start())
        done = end
        block = text[start:end]
        upper, lower = sum(map(str.isupper, block)), sum(map(str.islower, block))
        if lower > _LOWER_SHARE * (upper + lower) or upper == 0:
            continue
        words = _LETTER_WORD.findall(block)
        if (
            len(words) >= MIN_WORDS
            and _COPY_END.search(block)
            and sum(1 for word in words if word.casefold() in closed_class()) >= MIN_CLOSED_WORDS
        ):
            stretches.append((start, end))
    return stretches


def recased(text: str, words: RecasingWords) -> str:
    """`text` with its stretches in capitals (`capital_stretches`) recased for the stages
    that read names, the same length and letters; `text` itself when it has none, or when
    `words` knows no English (a pipeline without a lemmatizer).

    >>> words = RecasingWords.of({"noun": {"church", "service"}, "verb": {"hold"}}, {}, {})
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


def _paragraph(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the paragraph around `position`: its lines up to a blank line, without
    the blanks around them.

    >>> text = "Head\\n  \\nONE LINE\\nTWO LINE \\n\\nNext"
    >>> text[slice(*_paragraph(text, 12))]
    'ONE LINE\\nTWO LINE'
    """
    start = position
    while start > 0:
        line_start = text.rfind("\n", 0, start - 1) + 1
        if not text[line_start : start - 1].strip(" \t"):
            break  # a blank line above
        start = line_start
    blank = _BLANK_LINE.search(text, position)
    end = blank.start() if blank is not None else len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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


def _decided(
    text: str, start: int, end: int, words: RecasingWords, written: dict[str, str]
) -> list[Token]:
    """The tokens of the stretch `text[start:end]`, each with the case it takes."""
    tokens = [
        _first_reading(text, match.start(), match.end(), words, written)
        for match in _TOKEN.finditer(text, start, end)
    ]
    for run in _runs(text, tokens):
        read_run(run, words, written)
        body_run(run)
    places_after_prepositions(text, tokens, words, written)
    bodies_of_names(text, tokens)
    initials_in_brackets(text, tokens)
    months_by_days(text, tokens)
    dateline_place(text, start, tokens)
    return tokens


def _first_reading(
    text: str, start: int, end: int, words: RecasingWords, written: dict[str, str]
) -> Token:
    """A token's case by itself: as the document writes the word elsewhere in lower case
    text, else by what English knows of it."""
    token_text = text[start:end]
    opens = _opens_sentence(text, start)
    token = Token(start, end, token_text, UPPER, opens, "other")
    core = re.split(r"['’-]", token_text)[0]
    folded = token_text.casefold()
    if any(char.isdigit() for char in token_text) or "." in token_text:
        token.case = (
            LOWER if folded in ("a.m.", "p.m.") or _FIGURE_SUFFIX.fullmatch(token_text) else UPPER
        )
        token.kind = "acronym" if "." in token_text else "other"
        return token
    if folded.rstrip("'’") in written:
        token.case = written[folded.rstrip("'’")]
        token.kind = "name" if token.case == TITLE else "acronym" if token.case == UPPER else "noun"
        return token
    if "/" in text[start - 1 : start] + text[end : end + 1] and len(core) == 1:
        return token  # "A/S"
    token.later = tuple(
        TITLE if words.kind(part) in ("capitalised", "unknown") else LOWER
        for part in token_text.split("-")[1:]
    )
    kind = words.kind(core)
    if is_time_word(folded):
        token.case, token.kind = LOWER, "other"  # "TONIGHT" ends a name
    elif kind == "closed":
        token.case, token.kind = (UPPER if core == "I" else LOWER), "closed"
    elif kind == "capitalised":
        token.case, token.kind = TITLE, "capitalised"
    elif kind in ("noun", "other"):
        if len(core) == 2 or not _VOWELS & set(core.casefold()):
            token.kind = "acronym"  # "UN", "TV", "GMT"
        else:
            token.case, token.kind = LOWER, kind
    elif len(core) <= 4 and "-" not in token_text:
        token.kind = "short"  # an acronym, unless a name stands beside it
    else:
        token.case, token.kind = TITLE, "name"
    return token


def _runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Tokens in a row with only blanks between them (a name's words), none closed-class nor
    a verb's form; a possessive's "'S" ends its run, a plural's apostrophe does not ("THE
    MINEWORKERS' UNION")."""
    runs: list[list[Token]] = []
    for token in tokens:
        previous = runs[-1][-1] if runs else None
        if (
            previous is None
            or text[previous.end : token.start].strip(" \t") != ""
            or previous.text.endswith(("'S", "’S"))
            or {previous.kind, token.kind} & {"closed", "other"}
        ):
            runs.append([token])
        else:
            runs[-1].append(token)
    return runs


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence: the text's or a paragraph's first word,
    or the first after a sentence's stop or a wire's dash ("(NORDWIRE)--FIRE"); not the first
    of a line that goes on a sentence (copy wrapped at its width).

    >>> _opens_sentence("IT FELL.\\nTHE MINE", 9), _opens_sentence("THE MINE\\nFELL", 9)
    (True, False)
    """
    position = start - 1
    while position >= 0 and text[position] in " \t\"'“‘(":
        position -= 1
    if position < 0:
        return True
    if text[position] == "\n":
        before = text[:position].rstrip(" \t")
        if not before or before.endswith("\n"):
            return True  # a paragraph's first word
        position = len(before) - 1
        while position >= 0 and text[position] in "\"'”’)":
            position -= 1
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
                    seen.setdefault(word, set()).add(LOWER)
                elif word.isupper() and len(word) > 1:
                    seen.setdefault(word.casefold(), set()).add(UPPER)
                elif word[1:].islower() and not _opens_sentence(text, match.start()):
                    seen.setdefault(word.casefold(), set()).add(TITLE)
        position = end
    return {word: next(iter(cases)) for word, cases in seen.items() if len(cases) == 1}


def _cased(word: str, case: str, opens: bool) -> list[str]:
    """The characters of `word` in `case` (a capital first when it opens a sentence), each
    the same length as before: "O'BRIEN" -> "O'Brien", "MCNALLY" -> "McNally", "MINE'S" ->
    "Mine's" at a sentence's opening.

    >>> "".join(_cased("MCNALLY", TITLE, False)), "".join(_cased("MINE'S", LOWER, True))
    ('McNally', "Mine's")
    >>> "".join(_cased("STATE-OWNED", LOWER, False)), "".join(_cased("O'BRIEN", TITLE, False))
    ('state-owned', "O'Brien")
    >>> "".join(_cased("ANNA-KARIN", TITLE, False))
    'Anna-karin'
    """
    if case == UPPER:
        return list(word)
    chars = [_one(char, char.lower()) for char in word]
    if case == TITLE:
        starts = [0]
        for position, char in enumerate(word[:-1]):
            after = word[position + 1 :]
            if char in "'’" and position == 1 and word[0] in "ODod" and len(after) > 2:
                starts.append(position + 1)
        if word[:2].casefold() == "mc" and len(word) > 4:
            starts.append(2)
        for position in starts:
            chars[position] = _one(word[position], word[position].upper())
    elif opens:
        chars[0] = _one(word[0], word[0].upper())
    return chars


def _cased_token(token: Token) -> list[str]:
    """The characters of `token` in its case, each part after a hyphen in its own."""
    if not token.later or token.case == UPPER:
        return _cased(token.text, token.case, token.opens)
    parts = token.text.split("-")
    chars = _cased(parts[0], token.case, token.opens)
    for part, case in zip(parts[1:], token.later, strict=True):
        chars += ["-", *_cased(part, case, False)]
    return chars


def _one(old: str, new: str) -> str:
    """`new` where it is one character, else `old` ("ß" is upper-cased "SS")."""
    return new if len(new) == 1 else old
