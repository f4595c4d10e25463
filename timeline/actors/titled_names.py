"""A title and a family name the model took for an organisation or a place ("Magistrate Borg"
of "Magistrate Borg Cardona", "Justice Marwick"): a person, when the article writes that
family name elsewhere after a title and a given name ("Magistrate Anna Borg Cardona",
"Justice Helen Marwick"); the rest of the name written there follows here too and is taken.

    >>> text = "fined by Magistrate Lia Borg Cardona. Remanded by Magistrate Borg Cardona."
    >>> end = titled_family_name(text, 50, 65)
    >>> text[50:end]
    'Magistrate Borg Cardona'
"""

from __future__ import annotations

import re

from timeline.actors.vocabulary import (
    countries,
    organisation_words,
    place_words,
    titles,
)

__all__ = ["titled_family_name"]

#: The word right before a name written in full: "Magistrate " of "Magistrate Lia Borg".
_TITLE_BEFORE = re.compile(r"([A-Z][\w.]*)\s+$")
#: A word's character: the name written elsewhere goes on here only to a word's end.
_WORD_GOES_ON = re.compile(r"[\w'’-]")
#: A capitalised word of a person's name: "Borg", "Ó", "Al-Sudani" (no possessive's "'s").
_NAME = r"[A-ZÀ-ÖØ-ÞŁŌŠŽ][a-zß-öø-ÿ]+(?:['’-](?!s\b)[A-Za-zß-öø-ÿ]+)?"


def titled_family_name(text: str, start: int, end: int) -> int | None:
    """The end of a person's name in `text[start:end]`, a one-word title and one or two words
    of a family name, when the text writes those words elsewhere after a title and a given
    name, itself no title, organisation's or place's word, nor a country or a people: the end
    of the span, or past the rest of the name written there when the same words follow the
    span. None otherwise ("General Motors": "Motors" follows no given name; "General Motor's
    chief" beside "Ford Motor": no title before "Ford"; "Judge Business School": an
    organisation's word).

    >>> text = "Justice Helen Marwick ruled. In her judgment, Justice Marwick said so."
    >>> text[46:titled_family_name(text, 46, 61)]
    'Justice Marwick'
    >>> text = "General Motors cut jobs. General Motors said so."
    >>> titled_family_name(text, 25, 39) is None
    True
    >>> text = "Ford Motor fell. General Motor's chief left."
    >>> titled_family_name(text, 17, 30) is None
    True
    >>> text = "Ana Lake spoke at Judge Lake School. Judge Lake School opened."
    >>> titled_family_name(text, 37, 53) is None
    True
    >>> text = "Judge Lake ruled. Governor Lake said."
    >>> titled_family_name(text, 0, 10) is None  # "Governor": a title, no given name
    True
    """
    words = text[start:end].split()
    if len(words) not in (2, 3) or words[0].casefold() not in titles():
        return None
    family = words[1:]
    for word in family:
        folded = word.casefold()
        if (
            re.fullmatch(_NAME, word) is None
            or folded in titles()
            or folded in organisation_words()
            or folded in place_words()
        ):
            return None
    for found_start, found_end, rest in _written_after_a_title(text, " ".join(family)):
        if found_start < end and start < found_end:
            continue  # the span itself
        if rest and text.startswith(rest, end) and not _WORD_GOES_ON.match(text, end + len(rest)):
            return end + len(rest)
        return end
    return None


#: The text `_written_after_a_title` last read, and what it found there per family name: the
#: spans of one text are asked in turn, and each family name is read once (stop 34).
_LAST_TEXT: list[str] = [""]
_FOUND: dict[str, tuple[tuple[int, int, str], ...]] = {}


def _written_after_a_title(text: str, family: str) -> tuple[tuple[int, int, str], ...]:
    """Where `family` is written after a given name and a title ("Justice Helen Marwick"),
    each (start, end, the rest of the name written after it); the given name no title,
    organisation's or place's word, nor a country or a people.

    >>> _written_after_a_title("Judge Ana Lake ruled. Ana Lake and Judge Lake left.", "Lake")
    ((6, 14, ''),)
    """
    if _LAST_TEXT[0] is not text:
        _LAST_TEXT[0] = text
        _FOUND.clear()
    found = _FOUND.get(family)
    if found is None:
        found = _FOUND[family] = tuple(_read(text, family))
    return found


def _read(text: str, family: str) -> list[tuple[int, int, str]]:
    """`_written_after_a_title`, read from the whole text."""
    written = re.compile(rf"(?<![\w'’.-])({_NAME}) {re.escape(family)}((?: {_NAME})*)(?![\w'’-])")
    peoples = countries()
    found: list[tuple[int, int, str]] = []
    for match in written.finditer(text):
        given = match.group(1).casefold()
        if (
            given in titles()
            or given in organisation_words()
            or given in place_words()
            or given in peoples
        ):
            continue
        title = _TITLE_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if title is None or title.group(1).casefold() not in titles():
            continue  # "Ford Motor": no title before it, no person's name
        found.append((match.start(), match.end(), match.group(2)))
    return found
