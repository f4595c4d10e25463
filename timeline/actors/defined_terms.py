"""The company a company's own text calls "the Company" (a defined term, capitalised: "Power
cuts cost 24,000 ounces, the Company said") or "your company" (a letter to its
shareholders): the organisation the text names most, which writes it. Not "The Company's
Kroondal West concentrator", where the thing has a name of its own and is what the sentence
tells of.

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

__all__ = ["company_terms", "with_company_terms"]

#: "the Company" (capitalised: a defined term) or "your company", not before a named thing
#: ("The Company's Kroondal West concentrator").
_TERM = re.compile(r"\b(?:[Tt]he Company|[Yy]our [Cc]ompany)\b(?!['’]s\s+[A-Z])(?!['’-])")


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
    terms = company_terms(text, mentions)
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
