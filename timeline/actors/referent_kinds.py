"""What kind of organisation a noun after "the" may stand for, beyond its name: a body the
text describes as one ("Calvo Ratings, a Lima-based rating agency": no company for "the
company"), and whether the organisation a noun stood for before still holds it over the
subject of the sentence before (stop 36, helper `referents6`) or the organisation named last
(stop 44, helper `anaphora`).

    >>> text = "Orlo, a rating agency, cut Vell. The company fell."
    >>> orlo, vell = (ActorMention(0, 4, "Orlo", "Orlo", "organisation"),
    ...               ActorMention(27, 31, "Vell", "Vell", "organisation"))
    >>> sorted(described_bodies(text, [orlo, vell]))
    ['Orlo']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from timeline.actors.anaphor_context import THING_REACH
from timeline.actors.described import apposed_noun, noun_before
from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import body_words

__all__ = ["described_bodies", "is_body", "kept_referent", "still_held"]

#: An apposition a comma closes: ", a Lima-based rating agency,".
_CLOSED = re.compile(r",[^,.;:!?()\n]{1,110},")
#: A market named where shares trade or list: "their first day of trading on the Neuer
#: Markt", "listed on the Bolsa de Kessel" (stop 37, helper `referents7`).
_TRADED_ON = re.compile(
    r"\b(?:trading|traded|trades|trade|listed|listing|lists|debuted|floated)\s+on\s+the\s+$"
)


def is_body(organisation: ActorMention, bodies: frozenset[str] = frozenset()) -> bool:
    """Whether `organisation` is a public body, a market, a union or a members' body: a word
    of `data/body_words.txt` in its name, or its name among `bodies` (`described_bodies`).

    >>> board = ActorMention(0, 11, "Water Board", "Water Board", "organisation")
    >>> orlo = ActorMention(0, 4, "Orlo", "Orlo", "organisation")
    >>> is_body(board), is_body(orlo), is_body(orlo, frozenset({"Orlo"}))
    (True, False, True)
    >>> kenya = "Central Bank of Kenya"
    >>> is_body(ActorMention(0, 21, kenya, kenya, "organisation"))
    True
    """
    name = organisation.name.casefold()
    return (
        organisation.name in bodies
        or bool(body_words().intersection(name.split()))
        or any(phrase in name for phrase in _body_phrases())
    )


@cache
def _body_phrases() -> tuple[str, ...]:
    """The entries of `data/body_words.txt` of two words or more ("central bank")."""
    return tuple(words for words in body_words() if " " in words)


def described_bodies(text: str, organisations: Sequence[ActorMention]) -> frozenset[str]:
    """The names of `organisations` that `text` describes as a body, whose name says it not:
    the noun of an apposition after the name or the noun right before it is a word of
    `data/body_words.txt` ("Calvo Ratings, a Lima-based rating agency,", "the national
    statistics agency Tarvostat": `described.apposed_noun`, `described.noun_before`); not a noun
    after it ("the Orlo board" is the company's), nor an apposition its comma does not close
    ("dismissed by Orlo Logistics, an employment tribunal has ruled": a clause of its own).
    So is a market named where shares trade or list ("trading on the Neuer Markt"). A
    company's noun ("the company", "the bank") passes over them.

    >>> text = "Kell Soft shares rose on their first day of trading on the Neuer Markt."
    >>> markt = ActorMention(59, 70, "Neuer Markt", "Neuer Markt", "organisation")
    >>> sorted(described_bodies(text, [markt]))
    ['Neuer Markt']
    """
    return frozenset(
        m.name
        for m in organisations
        if body_words().intersection(
            {
                apposed_noun(text, m.end) if _CLOSED.match(text, m.end) else None,
                noun_before(text, m),
            }
        )
        or _TRADED_ON.search(text, max(0, m.start - 30), m.start) is not None
    )


def kept_referent(
    referent: ActorMention,
    organisations: list[ActorMention],
    chain: list[ActorMention],
    subject: ActorMention,
    start: int,
) -> bool:
    """Whether the organisation a noun stood for before (`referent`) still holds it at
    `start` over `subject`, the organisation opening the sentence before: unless the story
    left it (not named nor pointed to within `THING_REACH`) and the subject is a new one,
    named there for the first time ("Orlo Ltd ... the company listed in 1996. [a paragraph]
    Vell Shipping said it bought two vessels. The company will pay $70 million": Vell). One named
    before as another's buyer keeps no noun ("Tirra Air ... bids from Luftex. Luftex declined
    to comment. The airline's bookings slipped": Tirra Air).

    >>> orlo, vell = (ActorMention(0, 4, "Orlo", "Orlo", "organisation"),
    ...               ActorMention(600, 604, "Vell", "Vell", "organisation"))
    >>> [kept_referent(orlo, [orlo, vell], [], vell, at) for at in (700, 300)]
    [False, True]
    >>> again = ActorMention(650, 654, "Vell", "Vell", "organisation")
    >>> kept_referent(orlo, [orlo, vell, again], [], again, 700)
    True
    """
    first = next((m for m in organisations if m.name == subject.name), subject)
    if first.start != subject.start:
        return True  # named before: no new topic
    return any(
        m.name == referent.name and 0 <= start - m.end <= THING_REACH
        for m in (*organisations, *chain)
    )


def still_held(
    kept: ActorMention | None, named: ActorMention, organisations: list[ActorMention]
) -> ActorMention | None:
    """The organisation a noun stood for before (`kept`), when it still holds the noun over
    `named`, the organisation named last: unless `named` was named more often before it and
    `kept` is not the text's first organisation (a story's own company, back after a passing
    name: "Velpay cut jobs ... Velpay's users ... The company said" after "the company" stood
    for the investor of a roundup's item before). A name written once since ("Analysts at Vell
    said ... Iyengar said the company had signed") or the lead's company ("Tirra Air asked a
    court ... Luftex ... Luftex declined. The company said") keeps it.

    >>> def at(start, name):
    ...     return ActorMention(start, start + 4, name, name, "organisation")
    >>> kaveri, vell = at(0, "Kaveri"), at(300, "Vell")
    >>> still_held(kaveri, vell, [kaveri, vell]).name
    'Kaveri'
    >>> velpay = [at(500, "Velpay"), at(600, "Velpay")]
    >>> still_held(vell, velpay[1], [kaveri, vell, *velpay]) is None
    True
    >>> still_held(kaveri, velpay[1], [kaveri, *velpay]).name
    'Kaveri'
    """
    if kept is None or kept.name == organisations[0].name:
        return kept
    times = Counter(organisation.name for organisation in organisations)
    return None if times[named.name] > times[kept.name] else kept
