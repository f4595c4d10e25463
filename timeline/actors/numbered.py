"""Names that end in a number written after a space (stop 42, helper `actors3`): a launcher,
a craft or a model ("an Ariane 6 from Kourou", "The rocket, Kestrel 3, was fired", "the Saga
1, two years later"), a union's local, a pier or a site ("Members of Local 1170 will meet",
"berthed at Pier 21 at 7.15"). The small model reads the number as a count or a date and
leaves the name, or finds the name and stops before its number ("Metro Line" of "Metro Line
15"); the golds name the whole.

    >>> text = "The rocket, Kestrel 3, was fired at dawn."
    >>> [(m.text, m.type) for m in numbered_names_spaced(text, [])]
    [('Kestrel 3', 'product')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from timeline.actors.mention import ActorMention
from timeline.actors.modifiers import VERB_AFTER
from timeline.actors.not_actors import names_no_actor
from timeline.actors.openings import capital_sweep
from timeline.actors.vocabulary import currency_codes, organisation_words, prepositions, titles
from timeline.kinds import ActorType
from timeline.sentences import sentence_openers
from timeline.temporal.vocabulary import APPROX_WORDS, MONTHS, WEEKDAYS
from timeline.wordlists import word_set

__all__ = ["numbered_names_spaced"]

#: One to three capitalised words, a space and a number of one to four figures, a letter after
#: it at times ("Kestrel 3", "Metro Line 15", "Highway 2A"): not a decimal, a time, a score, a
#: range or a date's figures ("Rennick 74-69", "June 12/13", "Term 2.5").
_NAME_AND_NUMBER = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][\w'’-]*[^\W\d_](?:[ ][A-Z][\w'’-]*[^\W\d_]){0,2})"
    r"[ ](?P<number>\d{1,4}[A-Za-z]?)(?![\w'’]|[.,:/–-]\d|[-–])"
)
#: "of" and a capitalised name after the number: the body the numbered part belongs to,
#: which the golds name instead ("Members of Local 88 of the Allied Foundry Workers").
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
#: A year, which a name's number never is here: "Christmas 2019", "the Companies Act 1985".
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
#: What may follow the number: the end of a clause or a bracket, a word read below.
_AFTER = re.compile(r"(?P<mark>[,.;:)!?]|\s*$)|\s+(?P<word>[A-Za-z][\w'’-]*)")


@cache
def _not_named_by_number() -> frozenset[str]:
    """Words a number follows that name no actor: a month, a weekday, a period's, a stage's or
    a document's noun (`data/period_nouns.txt`, `data/stage_nouns.txt`,
    `data/document_words.txt`), a part of a text or of a contest (`data/numbered_parts.txt`:
    "Article 5", "Room 214", "Round 2")."""
    calendar = {word.casefold() for word in (*MONTHS, *WEEKDAYS)}
    lists = ("period_nouns.txt", "stage_nouns.txt", "document_words.txt", "numbered_parts.txt")
    return frozenset(calendar).union(*(word_set(name) for name in lists))


@cache
def _openers() -> frozenset[str]:
    """Words that open a sentence or a noun phrase, folded: "the", "in", "about"."""
    return frozenset(word.casefold() for word in sentence_openers())


@cache
def _craft_nouns() -> frozenset[str]:
    """Nouns of a craft a numbered name is the kind of ("a Kestrel-2 rocket", "E-Swift 190
    jets"), singular and plural (`data/craft_nouns.txt`)."""
    nouns = word_set("craft_nouns.txt")
    return nouns | {f"{noun}s" for noun in nouns}


def _ends_the_name(text: str, end: int) -> bool:
    """Whether what follows a number at `end` lets it end a name: a mark, a verb, a function
    word or a preposition, a title ("Local 1170 president"), or a craft's noun ("an Ariane 6
    rocket"); not a noun the number counts ("Calgary 10 years ago", "fined Team Akagera 200
    Swiss francs", "a net 1.9 billion").

    >>> _ends_the_name("the Saga 1, two years later", 10), _ends_the_name("Calgary 10 years", 10)
    (True, False)
    """
    after = _AFTER.match(text, end)
    if after is None:
        return False
    word = after.group("word")
    if word is None:
        return True
    folded = word.casefold()
    return bool(
        VERB_AFTER.fullmatch(word)
        or folded in prepositions()
        or folded in titles()
        or folded in _craft_nouns()
        or (word[:1].islower() and folded in _openers())
    )


def numbered_names_spaced(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The names ending in a number that no mention holds: a mention that stops right before
    its number (and names no person) is replaced by the longer name with its type; a name no
    mention holds is a product, or a place when the name is one word of
    `data/numbered_places.txt` ("Pier 21", "Site 52"), a union's local when it ends in
    "Local" ("Local 1170"; a group of members). Not a local of a body named after it
    ("Local 88 of the Allied Foundry Workers"), nor an organisation's noun's count ("the
    Crofters' Party 9"). The name's words exclude an opener ("The", "In"), a month, a
    period's, stage's or document's noun, a part ("Room 214"), a year; the number is no
    count of a noun after it, and no test of `not_actors.names_no_actor` holds.

    >>> text = "Members of Local 1170 will meet. The Saga 1, launched in 2019, sold well."
    >>> [(m.text, m.type) for m in numbered_names_spaced(text, [])]
    [('Local 1170', 'group'), ('Saga 1', 'product')]
    >>> text = "Output rose in Phase 2 and by 12 in March 4 trading; Calgary 10 years ago."
    >>> numbered_names_spaced(text, [])
    []
    """
    found: list[ActorMention] = []
    for match in capital_sweep(_NAME_AND_NUMBER, text):
        start, end = match.span()
        name = match["name"]
        while name and name.split()[0].casefold() in _openers():
            cut = name.find(" ")
            if cut < 0:
                name = ""
                break
            name, start = name[cut + 1 :], start + cut + 1
        words = [word.casefold() for word in name.split()]
        if (
            not words
            or _a_sum_or_a_count(name)
            or any(word in _not_named_by_number() for word in words)
            or words[-1] in organisation_words()  # "the Crofters' Party 9": its seats
            or _OF_A_NAME.match(text, end) is not None  # "Local 88 of the Foundry Workers"
            or _YEAR.fullmatch(match["number"])
            or not _ends_the_name(text, end)
            or names_no_actor(text, start, end, "PRODUCT")
        ):
            continue
        inside = [m for m in mentions if m.start < end and start < m.end]
        if not inside:
            found.append(ActorMention(start, end, text[start:end], text[start:end], _kind(words)))
        elif (
            len(inside) == 1
            and inside[0].start == start
            and inside[0].end == match.end("name")
            and inside[0].type != ActorType.PERSON
        ):
            longer = text[start:end]
            found.append(replace(inside[0], end=end, text=longer, name=longer))
    return found


def _a_sum_or_a_count(name: str) -> bool:
    """Whether a name before a number makes it a sum or a count: a currency's code or letters
    ("DKK 97m", "Rs 870", `data/currency_codes.txt`, `data/currency_letters.txt`), a word of
    about or a preposition ("About 40", "Between 0842"), a word in -ing ("Chasing 242").

    >>> _a_sum_or_a_count("Rs"), _a_sum_or_a_count("About"), _a_sum_or_a_count("Kestrel")
    (True, True, False)
    """
    first = name.split(maxsplit=1)[0]
    folded = first.casefold()
    return (
        first in currency_codes()
        or first in word_set("currency_letters.txt")
        or folded in APPROX_WORDS
        or folded in prepositions()
        or (" " not in name and folded.endswith("ing"))
    )


def _kind(words: Sequence[str]) -> str:
    """The type of a numbered name no mention held, by its words: a union's local is a group
    of members (no "the company" of the story stands for it), a pier or a site a place, else
    a product (a craft, a model)."""
    if words[-1] == "local":
        return ActorType.GROUP
    if len(words) == 1 and words[0] in word_set("numbered_places.txt"):
        return ActorType.LOCATION
    return ActorType.PRODUCT
