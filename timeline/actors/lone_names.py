"""A name of one word the article writes again where the model missed it (a mononym, a first
name used alone, a club's or a firm's one word read as a person's: the "Ondrava" of three
sentences, missed in "Ondrava have signed a bowler"). The model reads each occurrence on its
own; the article writes its names the same way each time, so one it found is found again,
with the name and type the rules gave it (`lone_names`, after every rule has typed them).

    >>> from timeline.actors.mention import ActorMention
    >>> found = ActorMention(0, 7, "Ondrava", "Ondrava", "organisation")
    >>> text = "Ondrava raised $14m. Ondrava said so. Ondrava Logistics left."
    >>> [(m.start, m.name, m.type) for m in lone_names(text, [found])]
    [(21, 'Ondrava', 'organisation')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.headlines import Headlines
from timeline.actors.literals import LINE_WORD_AFTER, literal_matches, lower_case_words
from timeline.actors.mention import ActorMention
from timeline.actors.not_actors import names_no_actor
from timeline.actors.occurrences import apart
from timeline.actors.place_lists import ends_its_phrase
from timeline.actors.sweeps import free_position
from timeline.actors.vocabulary import finite_verbs, name_particles, place_prepositions
from timeline.kinds import ActorType
from timeline.sentences import sentence_openers

__all__ = ["lone_names", "with_lone_names"]

#: A name of one word: a capital, then two letters or more ("Ondrava", "Ilsa"; not "X3").
_ONE_WORD_NAME = re.compile(r"[A-Z][^\W\d_]{2,}")
#: The types found again so, and the model's label `not_actors.names_no_actor` is asked with:
#: places have their own sweep (`place_lists.place_sweep`), which keeps "the Garden" a body's.
_LABELS: dict[str, str] = {
    ActorType.PERSON: "PERSON",
    ActorType.ORGANISATION: "ORG",
    ActorType.GROUP: "NORP",
    ActorType.PRODUCT: "PRODUCT",
}
#: The word right before a position on its line, and the spaces after it.
_WORD_BEFORE = re.compile(r"(?<![\w'’&.-])([\w'’&.-]+)[ \t]+$")
#: A capitalised word and a comma right before a position: "Mill Street, " of an address.
_NAME_AND_COMMA_BEFORE = re.compile(r"[A-Z][\w'’.-]*,[ \t]+$")
#: Words before a name of one word that make it a place's or a thing's, not the actor's own:
#: a place's ("of Kelso", "for Tarnholm", "from Tarnholm"), an article before a noun it qualifies
#: ("a Tarnholm maker"); and the prepositions of `data/place_prepositions.txt`.
_PLACE_OR_KIND_WORDS = frozenset({"of", "for", "from", "to", "a", "an"})
#: A capitalised word right after, across spaces or tabs on its line: the name runs on.
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z0-9]")


def with_lone_names(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """`mentions` (sorted by position) with `lone_names` among them, in their places."""
    found = lone_names(text, mentions)
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))


def lone_names(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The occurrences of the names of one word in `mentions` that no mention holds, where
    the name stands alone: a name the text never writes in lower case (no common word
    capitalised: "Rose", "prices rose"), no word of another mention's longer name ("Ana" of
    "Ana Roe": the surname sweep's), not on a headline's title-case line, no capitalised word
    nor hyphen joined to it ("Ondrava Logistics", "Ondrava-based"; a sentence's opening word
    before it is none: "The Ondrava said"), not in brackets (a name's definition: "Civic Renewal
    party (CRP)", which the acronym rules read), no particle of a longer name before it ("the
    Société Société du Varn"), and where it names an actor (`not_actors.names_no_actor`).

    >>> text = "Rose spoke. Rose left. Prices rose."
    >>> lone_names(text, [ActorMention(0, 4, "Rose", "Rose", "person")])
    []
    >>> text = "Ana spoke. Ana Roe left. Ana stayed."
    >>> lone_names(text, [ActorMention(0, 3, "Ana", "Ana", "person"),
    ...                   ActorMention(11, 18, "Ana Roe", "Ana Roe", "person")])
    []
    """
    in_longer = {word for m in mentions if " " in m.text for word in m.text.split()}
    lower = lower_case_words(text)
    surfaces: dict[str, ActorMention] = {}
    for mention in mentions:
        surface = mention.text
        if (
            mention.type in _LABELS
            and mention.name == surface
            and _ONE_WORD_NAME.fullmatch(surface)
            and surface not in in_longer
            and surface.casefold() not in lower
        ):
            surfaces.setdefault(surface, mention)
    if not surfaces:
        return []
    headlines = Headlines(text)

    def end_of(start: int, end: int) -> int | None:
        if not (apart(text, start - 1) and apart(text, end)) or _CAPITALISED_AFTER.match(text, end):
            return None  # "Ondrava-based", "Ondrava Logistics"
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            return None  # "Civic Renewal party (CRP)": a definition, the acronym rules' own
        if not _ends_its_clause(text, end):
            return None  # "the Tarnholm find", "Tarnholm heifers": a word that qualifies
        if _NAME_AND_COMMA_BEFORE.search(text, max(0, start - 40), start):
            return None  # "of Mill Street, Kelso,": an address's or a list's place
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is not None and _stands_apart_from(text, before.start(1), before.group(1)):
            return None
        return None if headlines(start) else end

    names = sorted(surfaces, key=len, reverse=True)
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[ActorMention] = []
    for start, end, number in literal_matches(text, names, end_of):
        source = surfaces[names[number]]
        position = free_position(taken, start, end)
        if position is None or names_no_actor(text, start, end, _LABELS[source.type]):
            continue
        found.append(ActorMention(start, end, text[start:end], source.name, source.type))
        taken.insert(position, (start, end))
    return found


def _stands_apart_from(text: str, start: int, word: str) -> bool:
    """Whether the word `word` at `start`, right before a name, makes the name no actor's of
    its own there: a capitalised word other than a function word opening the sentence ("Tarnholm
    Ondrava", "Lord Ondrava"; not "The Ondrava said"), a particle after a capitalised word
    ("Société du Varn"), a preposition of place or "of", "for", "from", "to" ("in Tarnholm",
    "of Kelso": places the model took for a person elsewhere), an article ("a Tarnholm").

    >>> _stands_apart_from("It rose. The Ana", 9, "The")
    False
    >>> _stands_apart_from("met Varn Ana", 4, "Varn"), _stands_apart_from("Fans of Ana", 5, "of")
    (True, True)
    >>> _stands_apart_from("a Bank du Ana", 7, "du"), _stands_apart_from("a bank du Ana", 7, "du")
    (True, False)
    """
    folded = word.casefold()
    if word[:1].isupper() and not (word in sentence_openers() and _opens_a_sentence(text, start)):
        return True
    if folded in _PLACE_OR_KIND_WORDS or folded in place_prepositions():
        return True
    if folded not in name_particles():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].isupper()


def _ends_its_clause(text: str, end: int) -> bool:
    """Whether what follows a name ending at `end` ends its phrase (punctuation, a preposition,
    an auxiliary, a past: `place_lists.ends_its_phrase`) or is its finite verb
    (`data/finite_verbs.txt`: "Ondrava left"), not a noun it qualifies ("the Tarnholm find").

    >>> _ends_its_clause("Ondrava left.", 7), _ends_its_clause("the Tarnholm find", 12)
    (True, False)
    """
    if ends_its_phrase(text, end):
        return True
    after = LINE_WORD_AFTER.match(text, end)
    return after is not None and after.group(1) in finite_verbs()


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens its sentence or line: a stop, a colon, a bullet or a
    line's start before it (quotation marks between)."""
    before = text[max(0, start - 40) : start].rstrip(" \t\"“‘'’")
    return not before or before[-1] in ".!?:\n•*-–—"
