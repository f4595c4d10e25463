"""The place a settlement's noun stands for: "The village, home to about 4,000 people, had
been cut off" right after "... the convoy reached Aït Imour", "the city said" in a story set
in one town (`described.described_anaphora` asks, when nothing the story described fits).

    >>> def at(start, name, kind):
    ...     return ActorMention(start, start + len(name), name, name, kind)
    >>> text = "The convoy reached Aït Imour. The village had been cut off."
    >>> settlement_referent("village", text, 29, [at(19, "Aït Imour", "location")]).name
    'Aït Imour'
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.actors.anaphor_context import sentence_start
from timeline.actors.mention import ActorMention, named_most
from timeline.kinds import ActorType
from timeline.wordlists import word_set


def settlement_nouns() -> frozenset[str]:
    """Nouns of a settlement (`data/settlement_nouns.txt`).

    >>> {"village", "town"} <= settlement_nouns(), "country" in settlement_nouns()
    (True, False)
    """
    return word_set("settlement_nouns.txt")


def settlement_referent(
    noun: str, text: str, start: int, before: Sequence[ActorMention]
) -> ActorMention | None:
    """The place "the <noun>" at `start` stands for, a settlement's noun a clause's subject:
    the one place the sentence right before names ("Relief reached Aït Imour on Monday. The
    village had been cut off": the golds name the place), else the place the story is set in
    (`main_place`: "Schools will reopen on Monday, the city said"); none for another noun,
    nor where the sentence before names two places and the story is set in none. `before`
    are the mentions before it, sorted by start."""
    if noun not in settlement_nouns():
        return None
    previous = sentence_start(text, start)
    near = [m for m in before if m.start >= previous and m.type == ActorType.LOCATION]
    if len({m.name for m in near}) == 1:
        return near[-1]
    return main_place(before)


def main_place(mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The place the story before is set in: the name the model once read as a place
    (a location) that `mentions` write most often, twice or more, under any type; none on a
    tie.

    >>> def at(start, name, kind):
    ...     return ActorMention(start, start + len(name), name, name, kind)
    >>> places = [at(0, "Vell", "location"), at(9, "Vell", "organisation"),
    ...           at(30, "Tarsk", "location")]
    >>> main_place(places).name
    'Vell'
    >>> main_place(places[:1]) is None
    True
    """
    places = {m.name for m in mentions if m.type == ActorType.LOCATION}
    name = named_most(m.name for m in mentions if m.name in places)
    if name is None:
        return None
    return next(m for m in reversed(mentions) if m.name == name and m.type == ActorType.LOCATION)
