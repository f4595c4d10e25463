"""The one reader of `timeline/data/`: word lists, tables and the temporal vocabulary.

Every stage reads its words through here, so a list is defined once, in one file, and a file
that is missing or malformed fails with the file's name at import, not deep in a rule.

    >>> "mr" in word_list("abbreviations.txt")
    True
    >>> table("demonyms.csv")[0]
    ('United States', 'United States')

Formats: a `.txt` list has one entry a line (`#` starts a comment line); a `.csv` table has a header
row, then one row a line (`#` comment lines allowed), every row as wide as the header; a
`.json` file holds one object.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any, Literal

__all__ = [
    "DataFileError",
    "alternation",
    "json_object",
    "letters_ahead",
    "longest_alternation",
    "longest_first",
    "prefix_tree",
    "pronouns",
    "table",
    "word_list",
]


class DataFileError(ValueError):
    """A file of `timeline/data/` is missing or malformed: a packaging or editing mistake."""


def _text(name: str) -> str:
    try:
        return resources.files("timeline").joinpath(f"data/{name}").read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(f"timeline/data/{name}: cannot be read ({error})") from None


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of `timeline/data/<name>`, stripped, in file order."""
    text = _text(name)
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of `timeline/data/<name>` as a set, built once.

    >>> "monday" in word_set("actors_stoplist.txt")
    True
    """
    return frozenset(word_list(name))


@cache
def longest_first(name: str) -> tuple[str, ...]:
    """The entries of `timeline/data/<name>`, longest first (of equal length, in file order):
    an alternation of them matches the longest entry a text writes ("Prime Minister" before
    "Minister").

    >>> titles = longest_first("titles.txt")
    >>> len(titles[0]) >= len(titles[-1])
    True
    """
    return tuple(sorted(word_list(name), key=len, reverse=True))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of the CSV table `timeline/data/<name>` after its header, cells stripped."""
    lines = [line for line in _text(name).splitlines() if line.strip() and line[0] != "#"]
    header, *rows = (tuple(cell.strip() for cell in row) for row in csv.reader(lines))
    for number, row in enumerate(rows, start=2):
        if len(row) != len(header):
            raise DataFileError(
                f"timeline/data/{name}: row {number} has {len(row)} cells, the header {len(header)}"
            )
    return tuple(rows)


@cache
def pronouns(
    case: str,
    *,
    person: str = "first second third",
    number: str = "singular plural",
    personal: bool = False,
) -> tuple[str, ...]:
    """The personal pronouns of `data/pronouns.csv` in `case` ("subject" or "object") of any
    of the persons and numbers named (words parted by spaces), only those that stand for a
    person when `personal` (not "it"); as a sentence writes them, in the table's order.

    >>> pronouns("subject")
    ('I', 'we', 'you', 'he', 'she', 'it', 'they')
    >>> pronouns("subject", person="third", number="singular", personal=True)
    ('he', 'she')
    >>> pronouns("object", person="first second")
    ('me', 'us', 'you')
    """
    persons, numbers = set(person.split()), set(number.split())
    return tuple(
        word
        for word, persons_of, cases, numbers_of, gender in table("pronouns.csv")
        if case in cases.split()
        and persons & set(persons_of.split())
        and numbers & set(numbers_of.split())
        and not (personal and gender == "neuter")
    )


def alternation(
    words: Iterable[str], letters: Literal["as written", "capitalised", "either"] = "as written"
) -> str:
    """`words` as one non-capturing alternation, each as written, capitalised (opening a
    sentence), or either (its first letter in both cases), with no boundaries: the rule puts
    its own around it.

    >>> alternation(pronouns("subject", person="third", personal=True))
    '(?:he|she|they)'
    >>> alternation(["he", "she"], "capitalised"), alternation(["he", "she"], "either")
    ('(?:He|She)', '(?:[Hh]e|[Ss]he)')
    """
    if letters == "capitalised":
        written = [re.escape(word[:1].upper() + word[1:]) for word in words]
    elif letters == "either":
        written = [f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}" for word in words]
    else:
        written = [re.escape(word) for word in words]
    return "(?:" + "|".join(written) + ")"


def longest_alternation(words: Iterable[str], *, escape: bool = True) -> str:
    """`words` as the branches of an alternation, longest first (so a search takes "Sept"
    before "Sep"), each once, escaped unless `escape` is False; no group around them: the
    pattern puts its own.

    >>> longest_alternation(["Sep", "Sept", "Sep", "May"])
    'Sept|May|Sep'
    >>> longest_alternation(["[0-9]+", "a"], escape=False)
    '[0-9]+|a'
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) if escape else w for w in ordered)


def prefix_tree(words: Iterable[str]) -> str:
    """`words` as one non-capturing alternation that matches what the alternation of them
    longest first matches, written as a tree of their common beginnings: the engine tries a
    word's next letter among a few, not every word in turn (stop 44). A word and a longer one
    it begins are the only two that can match at one place, and the longer is tried first, as
    longest first does; no word holds a group, so the match and its groups are the same. A
    search that ignores case is given the words in one case ("Ba" and "b" begin each other
    then, and the tree would try them apart).

    >>> prefix_tree(["minister", "mayor", "premier", "min"])
    '(?:m(?:in(?:ister|)|ayor)|premier)'
    >>> prefix_tree(["a"]), prefix_tree([])
    ('(?:a)', '(?!)')
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here

    def branches(node: dict[str, Any]) -> list[str]:
        written = [
            re.escape(letter) + _grouped(branches(rest)) for letter, rest in node.items() if letter
        ]
        if "" in node and written:
            written.append("")  # the word that ends here, after the longer ones
        return written

    return "(?:" + "|".join(branches(tree)) + ")" if tree else "(?!)"


def _grouped(branches: list[str]) -> str:
    if len(branches) <= 1:
        return "".join(branches)  # one way on, or none: the word ends
    return "(?:" + "|".join(branches) + ")"


@cache
def json_object(name: str) -> dict[str, Any]:
    """The object in the JSON file `timeline/data/<name>`."""
    try:
        loaded = json.loads(_text(name))
    except json.JSONDecodeError as error:
        raise DataFileError(f"timeline/data/{name}: not JSON ({error})") from None
    if not isinstance(loaded, dict):
        raise DataFileError(f"timeline/data/{name}: expected one JSON object")
    return loaded


def letters_ahead(words: Iterable[str]) -> str:
    """A lookahead for the first letters of `words` (as written), to put right before an
    alternation of them: a search then tries the alternatives only where a text has one of
    those letters, not at every position (Python's engine skips ahead by itself only when the
    pattern opens with the alternation). The same matches: each alternative opens with its
    first letter, and the pattern's flags (a case-insensitive scope) hold for the lookahead
    where it stands. No lookahead when a word is empty (the alternation matches anywhere).

    >>> letters_ahead(["Bank", "Foods", "bureau"])
    '(?=[BFb])'
    >>> re.findall(rf"(?i)\\b{letters_ahead(['mayor'])}(?:mayor)\\b", "The Mayor, the mayor")
    ['Mayor', 'mayor']
    >>> letters_ahead(["", "Bank"])
    ''
    """
    listed = list(words)
    if not listed or any(not word for word in listed):
        return ""
    return "(?=[" + "".join(re.escape(first) for first in sorted({w[0] for w in listed})) + "])"
