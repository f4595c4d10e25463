"""The company a company's own text calls "the Company" (a defined term, capitalised: "Power
cuts cost 24,000 ounces, the Company said") or "your company" (a letter to its
shareholders): the organisation the text names most, which writes it. Not "The Company's
Kroondal West concentrator", where the thing has a name of its own and is what the sentence
tells of. A term the text defines in brackets after an organisation's name ("Rimba Leisure
Berhad ("Rimba" or "the Group")", "Kell Holdings plc (the "Trust")") is that organisation
wherever it is written after, capitalised as defined ("The Group expects", "the Trust
said"), whatever its noun (`defined_terms`; stop 54, helper `referents`).

    >>> from timeline.actors.mention import ActorMention, named_most
    >>> text = "Tarko Mining cut output. Tarko sold ore. Costs rose, the Company said."
    >>> tarko = [ActorMention(0, 12, "Tarko Mining", "Tarko Mining", "organisation"),
    ...          ActorMention(25, 30, "Tarko", "Tarko Mining", "organisation")]
    >>> [(m.text, m.name) for m in company_terms(text, tarko)]
    [('the Company', 'Tarko Mining')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.mention import ActorMention, named_most
from timeline.actors.vocabulary import body_words
from timeline.kinds import ActorType

__all__ = ["company_terms", "defined_terms", "with_company_terms"]

#: "the Company" (capitalised: a defined term) or "your company", not before a named thing
#: ("The Company's Kroondal West concentrator").
_TERM = re.compile(r"\b(?:[Tt]he Company|[Yy]our [Cc]ompany)\b(?!['’]s\s+[A-Z])(?!['’-])")


#: A term defined in brackets right after a name: ("Rimba" or "the Group"), (the "Group"),
#: ("the Group"), (the Group); one capitalised word, no initials.
_DEFINITION = re.compile(
    r"\s*\((?:[“\"][^”\"()]{1,40}[”\"],?\s+or\s+)?"
    r"(?:the\s+[“\"]?|[“\"]the\s+)(?P<term>[A-Z][a-z]+)[”\"]?\)"
)


def _definitions(text: str, mentions: Sequence[ActorMention]) -> list[tuple[str, ActorMention]]:
    """Each term defined right after an organisation's name, and that organisation."""
    if "(" not in text:
        return []
    found = []
    for mention in mentions:
        if mention.type == ActorType.ORGANISATION:
            definition = _DEFINITION.match(text, mention.end)
            if definition is not None:
                found.append((definition.group("term"), mention))
    return found


def defined_terms(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Mentions of the organisation a term defined right after its name stands for, at each
    "the" and the term written from the definition on, capitalised as defined; not its
    possessive ("The Group's revenue": the thing is the subject, as of "the Company's"), nor
    where the term begins a longer name ("the Group Treasurer", "the Group of Seven").

    >>> text = 'Kell Holdings plc (the "Group") sold a mill. The Group expects more.'
    >>> kell = ActorMention(0, 17, "Kell Holdings plc", "Kell Holdings plc", "organisation")
    >>> [(m.text, m.name) for m in defined_terms(text, [kell])]
    [('The Group', 'Kell Holdings plc')]
    >>> defined_terms("Kell Holdings plc sold a mill. The Group expects more.", [kell])
    []
    """
    found: list[ActorMention] = []
    for word, organisation in _definitions(text, mentions):
        term = re.compile(rf"\b[Tt]he {word}\b(?!['’-])(?!\s+(?:of\b|[A-Z]))")
        found.extend(
            ActorMention(
                match.start(), match.end(), match.group(), organisation.name, "organisation"
            )
            for match in term.finditer(text, organisation.end)
        )
    return found


def _writer(mentions: Sequence[ActorMention]) -> str | None:
    """The organisation named most, twice or more, when no other is named as often: no
    public body, market or union (`body_words` in its name)."""
    return named_most(
        m.name
        for m in mentions
        if m.type == ActorType.ORGANISATION
        and m.text.casefold() != "company"
        and not body_words().intersection(m.name.casefold().split())
    )


def company_terms(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Mentions of the organisation each "the Company" or "your company" of `text` stands
    for (`_writer`), none where no organisation leads."""
    if "ompany" not in text:
        return []
    writer = _writer(mentions)
    if writer is None:
        return []
    return [
        ActorMention(match.start(), match.end(), match.group(), writer, ActorType.ORGANISATION)
        for match in _TERM.finditer(text)
    ]


def with_company_terms(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """`mentions` with the terms of `company_terms` in place of the "Company" the model took
    for a name, and without such a "Company" (nor an anaphor that stood for it) where no
    organisation leads to stand for.

    >>> text = "The Company's Kroondal West plant shut."
    >>> word = ActorMention(4, 11, "Company", "Company", "organisation")
    >>> with_company_terms(text, [word])
    []
    """
    terms = defined_terms(text, mentions)
    spans = [(t.start, t.end) for t in terms]
    terms.extend(  # a defined "the Company" is its organisation, not the one named most
        t for t in company_terms(text, mentions) if (t.start, t.end) not in spans
    )
    # the word itself, and the anaphora that took it for an organisation ("the utility")
    words = [m for m in mentions if m.name == "Company"]
    if not terms and not words:
        return mentions
    kept = [
        m
        for m in mentions
        if m not in words and not any(t.start < m.end and m.start < t.end for t in terms)
    ]
    return sorted([*kept, *terms], key=lambda m: (m.start, m.end))
