"""Titles of reports: a document a body publishes under a title of its own ("its quarterly
Hogs and Pigs report", "the bank's Tankan business survey", "the Monetary Policy Report
(IPoM)") is no actor, though the model reads its title as an organisation's name; the body
that publishes it is the actor. Nor is the place a treaty or a law is named after ("the
Treaty of Lima"). `not_actors.names_no_actor` asks `names_a_report` and
`names_a_documents_place`.

    >>> names_a_report("It cited its quarterly Hogs and Pigs report.", 23, 36)
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.vocabulary import document_words
from timeline.determiners import Determiner, determiners
from timeline.kinds import PLACE_LABELS
from timeline.wordlists import word_list

__all__ = ["names_a_documents_place", "names_a_report"]


@cache
def _report_nouns() -> str:
    """The nouns of a published document (`data/report_nouns.txt`) as one alternation."""
    return "|".join(re.escape(noun) for noun in word_list("report_nouns.txt"))


#: An owner before a report's title, up to two words describing the report between: "its
#: quarterly ", "the bank's monthly ".
_REPORT_OWNER = re.compile(
    rf"(?:['’]s|\b{determiners(Determiner.POSSESSIVE, case='capitalised')})"
    r"(?:\s+[a-z][\w-]*){0,2}\s+$"
)


@cache
def _report_noun_after() -> re.Pattern[str]:
    """A noun of a report after its title, one lower-case word between at times: " report",
    " business survey"."""
    return re.compile(rf"\s+(?:[a-z][\w-]*\s+)?(?:{_report_nouns()})\b")


@cache
def _report_title_before() -> re.Pattern[str]:
    """A report's title and an opening bracket before its short name: "Policy Report ("."""
    nouns = "|".join(noun.capitalize() for noun in word_list("report_nouns.txt"))
    return re.compile(rf"[A-Z][\w'’-]*\s+(?:{nouns})\s+\(\s*$")


def names_a_report(text: str, start: int, end: int) -> bool:
    """Whether the name at `text[start:end]` is the title of a document a body publishes,
    no actor: written between its owner and a noun of a report ("its quarterly Hogs and
    Pigs report", "the bank's Tankan business survey"), or in brackets after a title ending
    in one ("the Monetary Policy Report (IPoM)"). A maker's survey without an owner
    written ("a Gallup survey") keeps its maker.

    >>> text = "It cited its quarterly Hogs and Pigs report and a Gallup survey."
    >>> names_a_report(text, 23, 36), names_a_report(text, 50, 56)
    (True, False)
    >>> text = "The bank will publish its Monetary Policy Report (MPR) on May 2."
    >>> names_a_report(text, 50, 53)
    True
    """
    closing = text.startswith(")", end)
    noun_after = _report_noun_after().match(text, end)
    if not closing and noun_after is None:
        return False  # what follows the name fits neither reading: no window searched
    if _report_title_before().search(text, max(0, start - 40), start):
        return closing
    return bool(noun_after and _REPORT_OWNER.search(text, max(0, start - 40), start))


#: A document's capitalised word and "of" right before a name: "Treaty of ", "Protocol of the ".
_DOCUMENT_OF = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")


def names_a_documents_place(text: str, start: int, end: int, label: str) -> bool:
    """Whether the place at `text[start:end]` (labelled `label`) is a word of the name of a
    treaty, a convention or a law it follows after "of" (`data/document_words.txt`: "the
    Treaty of Lima", "the Convention of Accra"): the document's name, no place where anything
    happens (stop 42). Not after a lower-case word ("an act of Lima's council"), nor a body.

    >>> text = "Peru ratified the Treaty of Lima; an act of Lima's mayor; the Bank of Lima."
    >>> names_a_documents_place(text, 28, 32, "GPE"), names_a_documents_place(text, 44, 48, "GPE")
    (True, False)
    >>> names_a_documents_place(text, 70, 74, "GPE")
    False
    """
    if label not in PLACE_LABELS:
        return False
    document = _DOCUMENT_OF.search(text, max(0, start - 24), start)
    return document is not None and document.group(1).casefold() in document_words()
