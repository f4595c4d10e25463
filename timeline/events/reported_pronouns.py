"""A "he" or "she" an organisation reports of someone takes no person named before: "The
Cricket Board said he had accepted the ban" (stop 36, helper `referents6`).

The organisation (or one of its people: "One of Orlo's investors said he would back the
deal") opening the sentence says it and is the row's actor; the pronoun opens the reported
clause and stands for someone the story named, whom the golds do not list. A speaker who may
be the person itself ("The magistrate said he would rule", "Okafor said he would rest") keeps
the person named before: the row of the statement is the speaker's.

    >>> reported_pronoun("The Cricket Board said he had accepted the ban.")
    23
    >>> print(reported_pronoun("He said the society would present a brief."))
    None
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from timeline.events.event import actors_in
from timeline.kinds import ActorType
from timeline.syntax import reporting_forms
from timeline.wordlists import alternation, longest_alternation, pronouns

if TYPE_CHECKING:
    from timeline.actors import ActorMention
    from timeline.sentences import Sentence

__all__ = ["reported_pronoun", "unreported_end"]

#: Words that open no subject of their own: a pronoun that points back itself ("He said he
#: would"), and a possessive whose owner the reported "he" is ("His lawyer said he would
#: appeal": the client, whom the golds list). Lower case. The possessives are the third
#: person's only (not "our", "my", "your" of `determiners.POSSESSIVES`), and "both".
_NOT_A_SUBJECT = frozenset(word.lower() for word in pronouns("subject")) | frozenset(
    {"his", "her", "their", "its", "both"}
)
#: "he" or "she": the pronouns a person named before is reported as.
_HE_OR_SHE = alternation(pronouns("subject", person="third", number="singular", personal=True))


@cache
def _subject_reports() -> re.Pattern[str]:
    """A subject of up to eight words opening a sentence (no comma, no quotation), a reporting
    verb in the past or present (`syntax.reporting_forms`), up to four words ("told
    reporters", "last week") and maybe "that", then "he" or "she"."""
    forms = longest_alternation(reporting_forms(), escape=False)
    return re.compile(
        r"[\"“(]?(?P<subject>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,7}?)\s+(?:" + forms + r")\b"
        rf"(?:\s+(?!{_HE_OR_SHE}\b)[\w’'-]+){{0,4}}?\s+(?:that\s+)?(?P<pronoun>{_HE_OR_SHE})\b"
    )


def reported_pronoun(text: str) -> int | None:
    """Where a "he" or "she" starts in `text`, a sentence, when it opens the clause its own
    subject reports: the subject written before a verb of saying, no pronoun nor a
    possessive ("The opposition leader said last week that he would", "One of the fund's
    investors told reporters he would back the deal"). None else: "He said she would",
    "His lawyer said he would appeal", "In response to questions, he stated".

    >>> reported_pronoun("The aides said he hoped to finish before he went.")
    15
    >>> [reported_pronoun(s) for s in ("His lawyer said he would appeal.", "She said he left.")]
    [None, None]
    """
    match = _subject_reports().match(text)
    if match is None:
        return None
    if match.group("subject").split()[0].casefold() in _NOT_A_SUBJECT:
        return None
    return match.start("pronoun")


def unreported_end(sentence: Sentence, mentions: Sequence[ActorMention]) -> int:
    """Where the words of `sentence` that a "he" or "she" may point back from end: before the
    pronoun its subject reports when that subject names an organisation ("The Board said he
    ...", "One of Orlo's investors said he ..."); else the sentence's end.

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import split_sentences
    >>> sentence = split_sentences("The Board said he had accepted the ban.")[0]
    >>> board = ActorMention(4, 9, "Board", "Board", "organisation")
    >>> unreported_end(sentence, [board]), unreported_end(sentence, [])
    (15, 39)
    """
    reported = reported_pronoun(sentence.text)
    if reported is None:
        return sentence.end
    end = sentence.start + reported
    if ActorType.ORGANISATION not in actors_in(mentions, sentence.start, end)[1]:
        return sentence.end  # "The magistrate said he": the speaker may be the person
    return end
