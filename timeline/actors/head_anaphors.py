"""Anaphors of "the" and an organisation's head word: "the museum", "the centre", "The
Government" stand for the one organisation named before whose name that word heads
(`head_word`, `head_anaphora`); `organisation_anaphors` has "the company", "the firm".

    >>> museum = ActorMention(0, 11, "Holm Museum", "Holm Museum", "organisation")
    >>> text = "Holm Museum bought it. In 1931 the museum showed it."
    >>> [(m.text, m.name) for m in head_anaphora(text, [museum])]
    [('the museum', 'Holm Museum')]
"""

from __future__ import annotations

import re
from bisect import bisect_right

from timeline.actors.anaphor_context import (
    OPENING,
    WORDS_AFTER,
    acting,
    after_a_preposition,
    object_of_a_verb,
    owner_of_a_thing,
)
from timeline.actors.appositives import person_noun
from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import organisation_words
from timeline.kinds import ActorType

_SENTENCE_OPENING = re.compile(OPENING)


def head_word(name: str) -> str | None:
    """The organisation word that heads a name of two words or more: its last word, or the
    one before its "of" ("Museum" of "Holm Museum of World Cultures"), else the last
    ("Authority" of "Port of Tarn Authority"); not a plural, which names many ("Airlines").

    >>> head_word("Holm Museum of World Cultures"), head_word("Queensland Government")
    ('Museum', 'Government')
    >>> head_word("Port of Tarn Authority")
    'Authority'
    >>> head_word("Skyward Regional Airlines"), head_word("Government")
    (None, None)
    """
    before_of, of, _ = name.partition(" of ")
    words = before_of.split()
    if len(words) < (1 if of else 2):
        return None
    for head in (words[-1], name.rsplit(maxsplit=1)[-1]) if of else (words[-1],):
        folded = head.casefold()
        if folded in organisation_words() and not (
            folded.endswith("s") and not folded.endswith("ss")
        ):
            return head
    return None


#: "the" and a word, not followed by a name ("the Court of Appeal", "the centre, Kaveri ..."),
#: maybe after a count of its members ("The 10-member council")
_THE_AND_A_WORD = (
    r"\b[Tt]he\s+(?:\d+-member\s+)?(?P<words>(?:[a-z][a-z-]*\s+){{1,2}})?(?P<head>{heads})"
    r"(?P<possessive>['’]s)?\b(?!['’-])"
)
_NO_NAME_AFTER = r"(?!\s*,\s*[A-Z])(?!\s+(?:of\s+)?[A-Z])"


def head_anaphora(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions of the organisations that "the museum", "the centre" or "The Government"
    stand for: the head word of one organisation's name (`head_word`), lower-cased or not,
    after "the" anywhere after that name, when no other organisation named before it has that
    head word (one named only later is not the one it points back to). Not where a name
    stands or follows ("the Court of Appeal"), and a possessive only as
    `organisation_anaphora` takes it.

    >>> museum = ActorMention(0, 11, "Holm Museum", "Holm Museum", "organisation")
    >>> text = "Holm Museum bought it. In 1931 the museum showed it."
    >>> [(m.text, m.name) for m in head_anaphora(text, [museum])]
    [('the museum', 'Holm Museum')]
    """
    owners: dict[str, set[str]] = {}
    first_end: dict[str, int] = {}
    for mention in mentions:
        head = head_word(mention.name) if mention.type == ActorType.ORGANISATION else None
        if head is not None:
            owners.setdefault(head.casefold(), set()).add(mention.name)
            first_end.setdefault(mention.name, mention.end)
    if not owners:
        return []
    written = "|".join(f"{re.escape(head)}|{re.escape(head.capitalize())}" for head in owners)
    pattern = re.compile(_THE_AND_A_WORD.format(heads=written) + _NO_NAME_AFTER)
    starts = [m.start for m in mentions]
    found: list[ActorMention] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        # the one organisation with that head named before it ("the ministry" of the "Health
        # Ministry", an "Education Ministry" named only later)
        before = [n for n in owners[match.group("head").casefold()] if first_end[n] <= start]
        if match.group("words"):  # "the port authority" of the "Kestrel Port Authority"
            before = [n for n in before if _has_words(n, match.group("words"))]
        if len(before) != 1:
            continue
        name = before[0]
        index = bisect_right(starts, start)
        if (index and mentions[index - 1].end > start) or (
            index < len(mentions) and mentions[index].start < end
        ):
            continue  # before the name, or a word of a name
        if match.group("possessive") and not (
            _SENTENCE_OPENING.match(text, start) and owner_of_a_thing(text, start, end)
        ):
            continue  # "the museum's director", or a possessive inside a sentence
        if object_of_a_verb(text, start, end) or after_a_preposition(text, start, end):
            continue  # "Region Ostmark runs the hospital and pays its nurses"
        after = WORDS_AFTER.match(text, end)
        if not match.group("possessive") and after is not None and person_noun(after.group(1)):
            continue  # "The colliery manager said": a person of it, who acts
        if not (_SENTENCE_OPENING.match(text, start) or acting(text, start, end)):
            continue  # "outside the court", "the council chamber"; not "The museum first put"
        found.append(ActorMention(start, end, text[start:end], name, ActorType.ORGANISATION))
    return found


def _has_words(name: str, words: str) -> bool:
    """Whether every one of the lower-case `words` is a word of `name` ("fire" and "rescue"
    of the "Harlow Fire and Rescue Service")."""
    own = set(name.casefold().split())
    return all(word in own for word in words.split())
