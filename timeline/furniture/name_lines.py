"""Lines that are names, not sentences: a name standing as a line in the headline's block
("Son de la Costa", "Kestrel Mining Blog"), and a line of labelled items ("Arrived: Cape Rose
from Durban; sailed: Lindi Star for Lagos.").
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.vocabulary import name_particles
from timeline.furniture.line_shape import date_alone, shape_cues
from timeline.wordlists import word_set

__all__ = [
    "LABELLED_VALUE_WORDS",
    "TITLE_NAME_LINE",
    "TITLE_NAME_WORDS",
    "is_labelled_items",
    "is_title_name",
]

#: The last line a name may stand on in the headline's block: a story in capitals (a teletype's)
#: shows no sentence of the story to end the block, and its later slugs are no names.
TITLE_NAME_LINE = 5
#: The most words of a name standing as a line under the headline.
TITLE_NAME_WORDS = 10
#: A word of a name's line, and a name's label before a colon: "Son de la Costa: stories from".
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_NAME_LABEL = re.compile(r"(?P<name>[^:\n]{2,60}):\s+(?P<rest>[a-z][^:\n]*)")


#: The joining words of a name in small letters, besides its particles and prepositions.
_NAME_JOINS = frozenset({"and", "the"})


@cache
def _small_name_words() -> frozenset[str]:
    """The small words a name's line may hold in lower case: a name's particles ("de", "van"),
    prepositions ("for", "of") and its joins ("and", "the")."""
    return name_particles() | word_set("prepositions.txt") | _NAME_JOINS


def _all_named(part: str) -> bool:
    """Whether each word of `part` starts with a capital, or is a small word of a name."""
    words = _NAME_WORD.findall(part)
    small = _small_name_words()
    return bool(words) and all(
        word[0].isupper() or word.lower() in small or _particle_joined(word) for word in words
    )


def _particle_joined(word: str) -> bool:
    """A name's particle joined to it by a hyphen: "al-Rashid", "bin-Salem"."""
    particle, _, rest = word.partition("-")
    return particle.lower() in name_particles() and rest[:1].isupper()


@cache
def _title_words() -> frozenset[str]:
    """The words that make a line of capitalised words a title, not a headline in title case:
    an organisation's ("Trust", "Council": `data/organisation_words.txt`, a sector), a kind of
    content's ("News", "Blog": `data/content_kinds.txt`), a newsletter's ("Bulletin")."""
    words = word_set("organisation_words.txt") | word_set("industry_words.txt")
    return frozenset(
        word.casefold()
        for word in words | word_set("content_kinds.txt") | word_set("newsletter_words.txt")
    )


def _titled(part: str) -> bool:
    """Whether `part` holds a word of a title (`_title_words`)."""
    return any(word.casefold() in _title_words() for word in _NAME_WORD.findall(part))


def is_title_name(line: str, number: int = 1) -> bool:
    """A name standing as a line of its own in the headline's block: the outlet's, the
    organisation's, the blog's or the show's title, in capitalised words with a word of a title
    among them (`_title_words`: a headline in title case, "Jury Convicts Two", has none), or
    with what it is in small letters after a colon; no figure, no finite verb, no stop (a
    standfirst is written in small letters, a headline under a kicker in capitals has a verb
    in small letters or is no event either); `number` is the line's, the headline's 0.

    >>> is_title_name("Tarrow Valley Community Health Trust")
    True
    >>> is_title_name("Ana Ruiz for Harbour Ward — Blog")
    True
    >>> is_title_name("Quay Voices: stories from the northern coast")
    True
    >>> is_title_name("A decade of drought on the coast"), is_title_name("Talks end: what next")
    (False, False)
    >>> is_title_name("Acme Corp said on Monday"), is_title_name("Issue 58 · Destinations")
    (False, False)
    >>> is_title_name("MONDAY"), is_title_name("Scoreline here")
    (False, False)
    >>> is_title_name("Jury Convicts Two in Fraud Case"), is_title_name("US-China Summit")
    (False, False)
    """
    if not 0 < number <= TITLE_NAME_LINE or any(char.isdigit() or char == "/" for char in line):
        return False  # a path of sections, or a heading "Doctrine / Policy", is read elsewhere
    if len(line.split()) > TITLE_NAME_WORDS:
        return False
    if date_alone(line):
        return False  # "MONDAY" heads a digest's items of that day: the reading of dates
    cues = shape_cues(line)
    if "no verb" not in cues or "no stop" not in cues:
        return False
    labelled = _NAME_LABEL.fullmatch(line)
    if labelled is not None:
        return len(labelled["name"].split()) > 1 and _all_named(labelled["name"])
    return _all_named(line) and _titled(line)


#: An item of a list of labelled items: a label of one or two words, a colon, its value.
_LABELLED_ITEM_RE = re.compile(
    r"(?P<label>[A-Za-z][\w'’-]*(?:\s+[\w'’-]+)?)\s*:\s+(?P<value>\S[^:]*)"
)
#: The fewest items of such a list.
LABELLED_ITEMS = 2


def is_labelled_items(line: str) -> bool:
    """A box's line of labelled items set apart by semicolons, each value a few words without
    a finite verb: a paper's shipping movements, a match's scorers, a weather box
    ("Arrived: Tarrow Star from Durban; sailed: Quay Queen for Lagos."); a sentence quoting
    what someone said after a colon has one label at most.

    >>> is_labelled_items("Arrived: Tarrow Star from Durban; sailed: Quay Queen for Lagos.")
    True
    >>> is_labelled_items("Today: sunny spells; tonight: clear; tomorrow: showers")
    True
    >>> is_labelled_items("He said: we will appeal; the board: it has not decided.")
    False
    """
    items = [item.strip() for item in line.rstrip(".").split(";")]
    if len(items) < LABELLED_ITEMS:
        return False
    for item in items:
        found = _LABELLED_ITEM_RE.fullmatch(item)
        if found is None or "no verb" not in shape_cues(found["value"]):
            return False
        if len(found["value"].split()) > LABELLED_VALUE_WORDS:
            return False
    return True


#: The most words of a labelled item's value.
LABELLED_VALUE_WORDS = 8
