"""Persons a description or "They" opening a sentence stands for: "The Samoan-born lawyer",
"The Mexican", "The former midfielder", "The 24-year-old" (who a person named before is),
and "They" after persons joined by "and" as a subject ("Ana Roe, 23, and Tom Bell, 27, are
charged. They appeared in court").

    >>> described_person("The Samoan-born lawyer told reporters.").group(1)
    'The Samoan-born lawyer'
    >>> print(described_person("The lawyer told reporters."))
    None
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from timeline.actors.anaphor_context import irregular_pasts
from timeline.actors.appositives import person_noun
from timeline.actors.modifiers import VERB_AFTER
from timeline.actors.vocabulary import finite_verbs, nationality
from timeline.kinds import ActorType
from timeline.wordlists import word_set

if TYPE_CHECKING:
    from timeline.actors import ActorMention
    from timeline.sentences import Sentence

__all__ = ["coordinated_persons", "described_person", "plural_they"]

#: "The" and the words after it opening a sentence: a description's words are among them.
_OPENING_WORDS = re.compile(r"^[\"“(]?The((?:\s+[\w’'-]+){1,5})")
#: A description opening a sentence, read up to where `described_person` found it ends.
_DESCRIPTION = re.compile(r"[\"“(]?(The(?:\s+[\w’'-]+)+)")
#: What follows a subject: a comma, a lower-case word (a verb, "who", "from", "of") or its end.
_SUBJECT_END = re.compile(r"\s*(?P<comma>,)|\s+(?P<next>[a-z]+)\b|\s*$")
#: An age written as a person's adjective or noun: "24-year-old", "nine-year-old".
_AGE = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old")
#: A compound that tells where a person was born: "Samoan-born", "Dutch-born".
_BORN = re.compile(r"[A-Z][\w’']*-born")
#: The "-man" or "-woman" of a nationality's noun: "Englishman", "Frenchwoman".
_MAN = re.compile(r"(?:wo)?man$")
#: What may follow a subject: the words of `_AFTER_A_SUBJECT` and verbs.
_AFTER_A_SUBJECT = frozenset({"from", "of", "who"})


@cache
def _past_roles() -> frozenset[str]:
    """Words that make a person's noun a past role, which names no role she holds now ("The
    former midfielder"): `data/past_role_words.txt`."""
    return word_set("past_role_words.txt")


def _identity(words: Sequence[str]) -> bool:
    """Whether a description's `words` (after "The") say who a person is rather than a role
    a new person may hold: an age, a birthplace's "-born", a nationality, or a past role,
    before or as a noun of a person.

    >>> _identity(["24-year-old"]), _identity(["Samoan-born", "lawyer"])
    (True, True)
    >>> _identity(["Mexican"]), _identity(["former", "midfielder"]), _identity(["lawyer"])
    (True, True, False)
    >>> _identity(["Englishman"]), _identity(["chairman"])
    (True, False)
    >>> _identity(["40-year-old", "bridge"]), _identity(["Kenyan", "government"])
    (False, False)
    >>> _identity(["US", "car", "manufacturer", "General", "Motors"])
    False
    """
    *modifiers, last = words
    if _AGE.fullmatch(last):
        return not modifiers
    if not modifiers:  # "The Mexican", "The Englishman"; "The lawyer" may be someone new
        return nationality(last) or nationality(_MAN.sub("", last))
    if not (last.islower() and person_noun(last)):
        return False  # "The American auto company Chrysler": a name, no person's noun
    return any(
        _AGE.fullmatch(word) or _BORN.fullmatch(word) or nationality(word) or word in _past_roles()
        for word in modifiers
    )


def _verb(word: str) -> bool:
    """Whether a lower-case word right after a subject reads as its verb.

    >>> _verb("passed"), _verb("told"), _verb("wants"), _verb("bridge")
    (True, True, True, False)
    """
    return bool(
        VERB_AFTER.fullmatch(word)
        or word in finite_verbs()
        or word in irregular_pasts()
        or (word.endswith("s") and not word.endswith("ss"))
    )


def described_person(text: str) -> re.Match[str] | None:
    """A description opening `text` that stands for a person named before: "The
    24-year-old" (as a subject: a comma, a verb, a noun of a person or "from", "of", "who"
    after it), and a noun of a person described by who she is (`_identity`: "The Samoan-born
    lawyer", "The Mexican,", "The former midfielder played"). Not "The 40-year-old bridge",
    nor a role alone ("The lawyer", "The driver": someone new, maybe).

    >>> described_person("The 24-year-old signed a contract.").group(1)
    'The 24-year-old'
    >>> described_person("The 24-year-old Bombay bank clerk finished first.").group(1)
    'The 24-year-old Bombay bank clerk'
    >>> described_person("The 31-year-old winger, who joined in May, left.").group(1)
    'The 31-year-old winger'
    >>> print(described_person("The 40-year-old bridge was closed."))
    None
    """
    opening = _OPENING_WORDS.match(text)
    if opening is None:
        return None
    for word in re.finditer(r"[\w’'-]+", opening.group(1)):
        end = opening.start(1) + word.end()
        after = _SUBJECT_END.match(text, end)
        if after is None or text[end : end + 1] in "’'-":
            continue
        following = after.group("next")
        if following is not None and not (_verb(following) or following in _AFTER_A_SUBJECT):
            continue  # "The 40-year-old bridge": a thing; "The Mexican government"
        if _identity(text[opening.start(1) : end].split()):
            return _DESCRIPTION.match(text, 0, end)  # its words, up to `end`
        return None
    return None


#: "They" opening a sentence before a lower-case word (its verb): "They appeared in court".
_THEY = re.compile(r"^[\"“(]?(They)\s+[a-z]")
#: What may stand between two persons joined as one subject: their appositions (an age, a
#: home, a trade: ", 23, of Brampton,") and "and".
_JOINED = re.compile(r"(?:,[^.;:!?\"“”()\n]{0,60})?,?\s+and\s+")
#: After the last of them: an apposition, then the verb.
_VERB_AFTER_THEM = re.compile(r"(?:,[^.;:!?\"“”()\n]{0,60},|,)?\s+(?:each\s+|both\s+)?([a-z]+)\b")


def plural_they(text: str) -> re.Match[str] | None:
    """ "They" opening `text` as its subject.

    >>> plural_they("They appeared in court.").group(1)
    'They'
    >>> print(plural_they("Police said they had left."))
    None
    """
    return _THEY.match(text)


def coordinated_persons(sentence: Sentence, mentions: Sequence[ActorMention]) -> list[str]:
    """The persons `sentence` names as one subject, two or more joined by "and", each maybe
    with an apposition, and the verb after the last: "Ana Roe, 23, of Kelso, and Tom Bell,
    27, are charged", "two divers, Nils Brodén and Karin Alm, dropped". None when another
    person is named in the sentence, or the persons are objects ("Police arrested Ana Roe
    and Tom Bell.": "They" may be the police).

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import split_sentences
    >>> text = "Ana Roe, 23, and Tom Bell, 27, are charged."
    >>> found = [ActorMention(0, 7, "Ana Roe", "Ana Roe", "person"),
    ...          ActorMention(17, 25, "Tom Bell", "Tom Bell", "person")]
    >>> coordinated_persons(split_sentences(text)[0], found)
    ['Ana Roe', 'Tom Bell']
    >>> text = "Police arrested Ana Roe and Tom Bell."
    >>> found = [ActorMention(16, 23, "Ana Roe", "Ana Roe", "person"),
    ...          ActorMention(28, 36, "Tom Bell", "Tom Bell", "person")]
    >>> coordinated_persons(split_sentences(text)[0], found)
    []
    """
    persons = [
        m
        for m in mentions
        if sentence.start <= m.start < sentence.end and m.type == ActorType.PERSON
    ]
    names = list(dict.fromkeys(m.name for m in persons))
    if len(names) < 2 or len(names) != len(persons):
        return []
    start = sentence.start
    for before, after in pairwise(persons):
        if _JOINED.fullmatch(sentence.text, before.end - start, after.start - start) is None:
            return []
    verb = _VERB_AFTER_THEM.match(sentence.text, persons[-1].end - start)
    if verb is None or not _verb(verb.group(1)):
        return []
    return names
