"""A place a person's title governs is a word of the title, not an actor beside the person:
"the mayor of Lyon", "a former governor of Kisumu", "the MP for Bury", written after the
name as an apposition or before it, as "Florida Governor Ana Ruiz" is before the name
(`title_words.outside_titles`). The titles are those of a place's office
(`data/place_titles.txt`: mayor, governor, premier ...); a title of an organisation or of a
country's office ("president of Harrowgate Foods", "president of Ghana") is left alone: the
company acts, and a president acts for the country.

    >>> text = "Ana Ruiz, the mayor of Lyon, said so."
    >>> ana = ActorMention(0, 8, "Ana Ruiz", "Ana Ruiz", "person")
    >>> lyon = ActorMention(23, 27, "Lyon", "Lyon", "organisation")
    >>> [m.name for m in outside_place_titles(text, [ana, lyon])]
    ['Ana Ruiz']
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import organisation_words
from timeline.kinds import ActorType
from timeline.wordlists import letters_ahead, longest_first

__all__ = ["outside_place_titles"]

#: The types a place's name may have been given (the model reads a lone city as anything).
_PLACE_LIKE = frozenset(
    {ActorType.LOCATION, ActorType.COUNTRY, ActorType.ORGANISATION, ActorType.PERSON}
)


@cache
def _title_before() -> re.Pattern[str]:
    """A place's title and "of" or "for" right before a name: "mayor of ", "MP for the "."""
    titles = longest_first("place_titles.txt")
    alternation = "|".join(re.escape(title) for title in titles)
    ahead = letters_ahead(titles)  # inside the case-insensitive scope, as the titles are
    return re.compile(rf"\b(?i:{ahead}(?:{alternation}))\s+(?:of|for)\s+(?:the\s+)?$")


def outside_place_titles(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions that are not the place of a place's office: a name right after "mayor
    of", "governor of", "MP for" that is a place, or a lone name with no organisation word
    (the model reads a city as an organisation or a person at times); "the governor of the
    Bank of Tarsk" keeps the bank.

    >>> text = "Jo Kim, governor of the Bank of Tarsk, and Ed Li, governor of Tarsk, met."
    >>> bank = ActorMention(24, 37, "Bank of Tarsk", "Bank of Tarsk", "organisation")
    >>> tarsk = ActorMention(62, 67, "Tarsk", "Tarsk", "location")
    >>> [m.name for m in outside_place_titles(text, [bank, tarsk])]
    ['Bank of Tarsk']
    """
    pattern = _title_before()
    places = {m.name for m in mentions if m.type in (ActorType.LOCATION, ActorType.COUNTRY)}
    kept: list[ActorMention] = []
    for mention in mentions:
        window = text[max(0, mention.start - 40) : mention.start]
        if mention.type in _PLACE_LIKE and pattern.search(window) and _a_place(mention):
            continue
        if _place_before_its_title(text, mention, places):
            continue
        kept.append(mention)
    return kept


@cache
def _title_and_holder_after() -> re.Pattern[str]:
    """A place's title and the capital of its holder's name right after a name: " Governor
    Ana", " MP Claire", " mayor Mr. Jo"."""
    titles = longest_first("place_titles.txt")
    alternation = "|".join(re.escape(title) for title in titles)
    ahead = letters_ahead(titles)
    return re.compile(
        rf"[ \t]+(?i:{ahead}(?:{alternation}))[ \t]+(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?[A-Z]"
    )


def _place_before_its_title(text: str, mention: ActorMention, places: set[str]) -> bool:
    """Whether `mention`, which the model took for a body or a person here, is the place of
    the office written right after it ("Iloilo Governor Ana Ruiz", "Redditch MP Jo Kim"),
    a name with no organisation word that the model found as a place elsewhere in the text:
    a word of the title, as a place the model tagged so is (`title_words.outside_titles`; stop 39,
    helper `actors10x`). "Harwell Governor Jo Kim" of a body the text never names as a place
    stays.

    >>> text = "Floods hit Iloilo. Iloilo Governor Ana Ruiz said so."
    >>> iloilo = ActorMention(19, 25, "Iloilo", "Iloilo", "organisation")
    >>> _place_before_its_title(text, iloilo, {"Iloilo"})
    True
    >>> fed = ActorMention(0, 3, "Fed", "Fed", "organisation")
    >>> _place_before_its_title("Fed Governor Jo Kim said so.", fed, set())
    False
    """
    if mention.type not in (ActorType.ORGANISATION, ActorType.PERSON) or not _a_place(mention):
        return False
    if _title_and_holder_after().match(text, mention.end) is None:
        return False
    return mention.name in places


def _a_place(mention: ActorMention) -> bool:
    """Whether `mention` may be a place's name: typed a place, or a name none of whose words
    is an organisation word ("Lyon", "Port Moresby"; not "Lumen Foods", "City Council")."""
    if mention.type in (ActorType.LOCATION, ActorType.COUNTRY):
        return True
    return not any(word.casefold() in organisation_words() for word in mention.name.split())
