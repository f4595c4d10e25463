"""A person's title standing for her: "the judge", "the governor" as a clause's subject is the
one person the text named with that title before ("Justice Hélène Simard granted it ... the
judge wrote", "Governor Rosario Abelgas said ... the governor said").

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Governor Ana Roe spoke. Later the governor said it was done."
    >>> roe = ActorMention(9, 16, "Ana Roe", "Ana Roe", "person", role="Governor")
    >>> [(m.text, m.name) for m in title_anaphora(text, [roe])]
    [('the governor', 'Ana Roe')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from timeline.actors.anaphor_chains import reporting_verb_after
from timeline.actors.anaphor_context import OPENING, acting
from timeline.actors.mention import ActorMention
from timeline.actors.openings import the_sweep
from timeline.actors.vocabulary import finite_verbs
from timeline.kinds import ActorType
from timeline.wordlists import table, word_list

__all__ = ["title_anaphora"]

_SENTENCE_OPENING = re.compile(OPENING)
#: "the" and a word, not a possessive nor a word of a longer name or noun; the word may be
#: capitalised as a title is ("The Treasurer said", "The Minister replied").
_THE_WORD = re.compile(r"\b[Tt]he\s+(?P<noun>[A-Za-z][a-z]+)\b(?!['’-])")
#: A noun in apposition after a person's name: "Arthur Penhallow, the Home Office minister,";
#: capitalised and with its office's portfolio or place, maybe without "the" (stop 44): ",
#: the Minister for Finance,", ", chairman of the company,", ", Bishop of Tarbes."
_APPOSED_NOUN = re.compile(
    r",\s+(?:the\s+(?:[A-Z][\w-]*\s+){0,3}(?P<noun>[a-z]+)\s*,"
    r"|(?:the\s+)?(?P<office>[A-Za-z][a-z]+)\s+(?:of|for)\s+[^,;:.()\n]{1,80}[,.])"
)
#: A title in apposition before a person's name, with its office's place or portfolio and the
#: honorifics before the name: "The Minister of Local Government and Housing, Mr. " (before
#: "Jonathan K. Mwale"), "the chairman of the Trust, " (before "Malcolm Ashby").
_TITLE_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}(?P<noun>[A-Za-z][a-z]+)"
    r"(?:\s+(?:of|for)\s+[^,;:.()\n]{1,80})?,\s+(?:the\s+)?(?:[A-Z][A-Za-z]*\.?\s+){0,3}$"
)
#: How far before a name `_TITLE_BEFORE` looks.
_TITLE_BEFORE_REACH = 140
#: After the title: a name in apposition ("the judge, Ana Roe,"; "the governor Ana Roe") or
#: the office's place or portfolio ("the governor of Bukidnon", "the minister for health"): a
#: description of its own, not the person named before.
_MORE_AFTER = re.compile(r"\s*,?\s+(?:[A-Z]|of\b|for\b)")


@cache
def _nouns() -> dict[str, str]:
    """Each title's last word, case-folded, -> the noun that stands for its holder: the word
    itself ("governor"), or the noun of `data/title_nouns.csv` ("justice" -> "judge")."""
    own = {
        title.split()[-1].casefold(): title.split()[-1].casefold()
        for title in word_list("titles.txt")
    }
    for title, noun in table("title_nouns.csv"):
        own[title] = noun
    return own


def _holder_noun(role: str | None) -> str | None:
    """The noun that stands for the holder of `role` ("Chief Justice" -> "judge").

    >>> _holder_noun("Chief Justice"), _holder_noun("Governor"), _holder_noun(None)
    ('judge', 'governor', None)
    """
    if not role:
        return None
    return _nouns().get(role.split()[-1].casefold().rstrip("."))


#: A capitalised word opening a sentence right before a position: "Did the Minister".
_OPENING_WORD = re.compile(r"(?:^|(?<=[.!?\"“\n])\s*)([A-Z][a-z]+)\s+$")


def _asked_of(text: str, start: int) -> bool:
    """Whether "the <title>" at `start` follows a verb opening a question: "Did the Minister
    propose to abolish the sea?" asks of him, who does not act.

    >>> _asked_of("Did the Minister propose it?", 4), _asked_of("So the Minister said", 3)
    (True, False)
    """
    opening = _OPENING_WORD.search(text, max(0, start - 12), start)
    return opening is not None and opening.group(1).casefold() in finite_verbs()


def _apposed_holder(text: str, end: int) -> str | None:
    """The noun of a title in apposition after a person's name ending at `end`, that stands
    for its holder: "Arthur Penhallow, the Home Office minister, moved ..." -> "minister".

    >>> _apposed_holder("Ana Roe, the Home Office minister, moved it.", 7)
    'minister'
    >>> print(_apposed_holder("Ana Roe, the chef, cooked.", 7))
    None
    >>> [_apposed_holder(text, 7) for text in ("Ana Roe, the Minister for Finance, said",
    ...                                         "Ana Roe, chairman of the Orlo Trust, said",
    ...                                         "Ana Roe, Bishop of Kessel. The bishop")]
    ['minister', 'chairman', 'bishop']
    >>> print(_apposed_holder("Ana Roe, wife of the Minister, said", 7))
    None
    """
    apposed = _APPOSED_NOUN.match(text, end)
    if apposed is None:
        return None
    noun = apposed.group("noun") or apposed.group("office")
    if apposed.group("office") and _longer_title(text, apposed.start("office")):
        return None  # "Ana Roe, Minister of State for Works,": no "the Minister"
    return _nouns().get(noun.casefold())


def _title_before(text: str, start: int, end: int) -> str | None:
    """The noun of a title in apposition before a person's name from `start` to `end`, that
    stands for its holder: "The Minister of Works, Mr. Ana Roe, said ..." -> "minister". The
    name's comma closes the apposition: "To the Minister of Works, Ana Roe wrote" is no
    title of hers.

    >>> text = "The Minister of Works and Housing, Mr. Ana Roe, spoke."
    >>> _title_before(text, text.index("Ana"), text.index(", spoke"))
    'minister'
    >>> text = "The Minister of Justice, the Hon. Ana Roe, spoke."
    >>> _title_before(text, text.index("Ana"), text.index(", spoke"))
    'minister'
    >>> text = "The chairman of the Trust, Ana Roe, spoke."
    >>> _title_before(text, text.index("Ana"), text.index(", spoke"))
    'chairman'
    >>> text = "The Minister of State for Works, Mr. Ana Roe, spoke."
    >>> print(_title_before(text, text.index("Ana"), text.index(", spoke")))
    None
    >>> text = "To the Minister of Works, Ana Roe wrote."
    >>> print(_title_before(text, text.index("Ana"), text.index(" wrote")))
    None
    >>> print(_title_before("The chef, Ana Roe, cooked.", 10, 17))
    None
    """
    if not text.startswith(",", end):
        return None
    window = max(0, start - _TITLE_BEFORE_REACH)
    for before in _TITLE_BEFORE.finditer(text, window, start):
        if before.end() != start:
            continue
        noun = before.group("noun")
        if _longer_title(text, before.start("noun")):
            return None  # "the Minister of State at the Ministry, Mr. Bowen": no "minister"
        return _nouns().get(noun.casefold())
    return None


def _longer_title(text: str, start: int) -> bool:
    """Whether a title of `data/titles.txt` longer than one word opens `text` at `start`: a
    title of its own, whose holder its first word does not name ("Minister of State" is no
    "the Minister").

    >>> _longer_title("the Minister of State at", 4), _longer_title("the Minister of Works", 4)
    (True, False)
    """
    written = text[start : start + 60].casefold()
    return any(
        " " in title and written.startswith(title.casefold()) for title in word_list("titles.txt")
    )


def title_anaphora(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Mentions of the persons "the <noun of a title>" stands for: the one person named before
    it with a title whose holder that noun names (`_holder_noun`), where the noun is a
    subject (opening a sentence, or acting: "..., the judge wrote"), no name, place or
    portfolio follows it, and no mention covers it. Two persons named with that title: no
    guess.

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Justice Ana Roe and Justice Tom Bell sat. The judge said no."
    >>> judges = [ActorMention(8, 15, "Ana Roe", "Ana Roe", "person", role="Justice"),
    ...           ActorMention(28, 36, "Tom Bell", "Tom Bell", "person", role="Justice")]
    >>> title_anaphora(text, judges)
    []
    """
    holders: dict[str, list[ActorMention]] = {}
    for mention in mentions:
        if mention.type != ActorType.PERSON:
            continue
        nouns = {
            _holder_noun(mention.role),
            _apposed_holder(text, mention.end),
            _title_before(text, mention.start, mention.end),
        }
        for noun in nouns - {None}:
            holders.setdefault(str(noun), []).append(mention)
    if not holders:
        return []
    starts = [m.start for m in mentions]
    found: list[ActorMention] = []
    for match in the_sweep(_THE_WORD, text):
        named = holders.get(match.group("noun").casefold())
        if named is None:
            continue
        start, end = match.span()
        index = bisect_right(starts, start)
        if (index and mentions[index - 1].end > start) or (
            index < len(mentions) and mentions[index].start < end
        ):
            continue  # a word of a name
        if _MORE_AFTER.match(text, end) or _asked_of(text, start):
            continue
        if not (
            _SENTENCE_OPENING.match(text, start)
            or acting(text, start, end)
            or reporting_verb_after(text, end)  # "the judge wrote": an irregular verb
        ):
            continue
        before = {m.name for m in named if m.end <= start}
        if len(before) != 1:
            continue
        name = before.pop()
        found.append(ActorMention(start, end, text[start:end], name, ActorType.PERSON))
    return found
