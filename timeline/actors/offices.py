"""Offices written beside their holders and styles of address: "the Town Clerk of Ndola, Mr.
John Banda," and "Peter Keane, Bishop of Ossory" name one person, the holder, who is found on
his own; "His Lordship" addresses someone and names no one. Neither is an organisation.

    >>> text = "The Town Clerk of Ndola, Mr. John Banda, said so."
    >>> names_an_office_beside_its_holder(text, 4, 23)
    True
    >>> text = "Mass was said by Peter Keane, Bishop of Ossory, and the Church of Ireland."
    >>> names_an_office_beside_its_holder(text, 30, 46)
    True
    >>> addresses_someone("His Lordship will bless it.", 4, 12)
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.vocabulary import body_words, organisation_words, titles
from timeline.sentences import abbreviations
from timeline.wordlists import word_list, word_set

__all__ = [
    "HOLDER_HONORIFICS",
    "addresses_someone",
    "an_office",
    "names_an_office_beside_its_holder",
]

#: The honorifics that open an office's holder written after it, ", Miss Edith Hebden":
#: `_HOLDER_AFTER` here, and `spans`'s own for an office the model ran into the name.
HOLDER_HONORIFICS = r"Mr|Mrs|Ms|Miss|Dr|Sir|Dame"

#: A possessive's ending: "the Town Clerk's office".
_POSSESSIVE = re.compile(r"['’]s?$")
#: What a span that names an office may still leave of it: " of Ndola" after "Bishop".
_OF_PLACE_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
#: The holder's name right after the office, a bracketed word between at times (" (East)
#: Rakesh Menon"), and after a comma and an honorific (", Mr. John").
_NAME_RIGHT_AFTER = r"(?:[ \t]+\([A-Z][\w ]*\))?[ \t]+[A-Z][a-z][\w'’-]*[ \t]+[A-Z][a-z]"
_HONORIFIC_AFTER = rf"(?:{HOLDER_HONORIFICS}|Prof)\.?[ \t]+[A-Z]"
#: The holder written after the office: ", Mr. John" (an honorific and a name), ", Mele Taufa"
#: (two capitalised words), or a name right after it.
_HOLDER_AFTER = re.compile(
    rf",[ \t]+(?:{_HONORIFIC_AFTER}|[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)|{_NAME_RIGHT_AFTER}"
)
#: A qualified title's holder after it: after a comma and an honorific (", Mr. Tom Hale") or
#: right after it ("Rear Admiral Ana Roe"); not two capitalised words after a comma alone,
#: which may be a list's next name ("Burger King, Pizza Hut and ...", "King" a title's word).
_QUALIFIED_HOLDER_AFTER = re.compile(rf",[ \t]+{_HONORIFIC_AFTER}|{_NAME_RIGHT_AFTER}")
#: The holder written before it: a capitalised name's last two words and a comma, "the" between
#: at times ("Peter Keane, Bishop of Ossory", "Ana Ruiz, the Town Clerk").
_HOLDER_BEFORE = re.compile(r"\b([A-Z][\w'’.-]*)[ \t]+[A-Z][a-z][\w'’-]*,[ \t]+(?:the[ \t]+)?$")
#: His, Her, Your or Their right before a style of address, capitalised as a style is written:
#: any person's style, spoken to or of ("Your Honour", "Their Majesties"), is no name. Not
#: `styles._style`'s "his" or "her": a style that stands for one person told of before.
_ADDRESSING = re.compile(r"\b(?:His|Her|Your|Their)[ \t]+$")


def names_an_office_beside_its_holder(text: str, start: int, end: int) -> bool:
    """Whether the name `text[start:end]` is an office (a title of `data/titles.txt`, alone or
    with "of" and what it serves) written beside the name of its holder: in apposition after
    or before, or right before the holder's name.

    >>> text = "Voting closed, though the Supervisor of Elections, Mele Taufa, said so."
    >>> names_an_office_beside_its_holder(text, 26, 49)
    True
    >>> text = "Arrests were made, Deputy Commissioner of Police (East) Rakesh Menon said."
    >>> names_an_office_beside_its_holder(text, 19, 48)
    True

    A title after words that only qualify it is an office too (stop 52), its holder after an
    honorific or right after it:

    >>> text = "Work will begin soon, the Borough Engineer, Mr. Tom Hale, said."
    >>> names_an_office_beside_its_holder(text, 26, 42)
    True
    >>> text = "Oil reached the beach, said Rear Admiral Ana Roe, the commander."
    >>> names_an_office_beside_its_holder(text, 28, 40)
    True

    But not a qualified title before a list's next name, where the title's word ends a
    company's name:

    >>> text = "It sells to Burger King, Pizza Hut and Taco Bell."
    >>> names_an_office_beside_its_holder(text, 12, 23)
    False

    Not an office with no holder beside it, nor a body whose head is no title:

    >>> text = "The Town Clerk of Ndola said so. The Ministry of Health, Ana Ruiz said, agreed."
    >>> names_an_office_beside_its_holder(text, 4, 22)
    False
    >>> names_an_office_beside_its_holder(text, 36, 54)
    False
    """
    surface = _POSSESSIVE.sub("", text[start:end])
    head = surface.split(" of ", 1)[0].rstrip(".").casefold()
    titled = head in titles() or surface.rstrip(".").casefold() in titles()
    if not titled and not an_office(head):
        return False
    if " of " not in surface:
        rest = _OF_PLACE_AFTER.match(text, end)
        if rest is not None:
            end = rest.end()
    if not titled:  # a qualified title: no list's next name for its holder
        return _QUALIFIED_HOLDER_AFTER.match(text, end) is not None
    if _HOLDER_AFTER.match(text, end) is not None:
        return True
    before = _HOLDER_BEFORE.search(text, max(0, start - 40), start)
    # "In Nairobi, the Minister of Finance": a preposition opens no name
    return before is not None and before.group(1).casefold() not in word_set("prepositions.txt")


#: One or two words before a title that only say which office it is: "Borough " of "Borough
#: Engineer", "Regional Labour " of "Regional Labour Inspector" (in lower case, as `head` is).
_QUALIFIERS = re.compile(r"(?:[\w'’-]+ ){1,2}")


def an_office(head: str) -> bool:
    """Whether `head` (an office's words before "of", in lower case) is a title of
    `data/titles.txt`, alone or after one or two words that qualify it, none of them a
    body's or an organisation's word: "city engineer", "provincial commissioner", "health
    inspector" are offices; "city council treasurer" names its council (stop 52, helper
    `orgs`: on the dev sets the golds name the holder written beside such an office and
    never the office, 4 times of 4).

    >>> an_office("provincial commissioner"), an_office("city engineer"), an_office("engineer")
    (True, True, True)
    >>> an_office("city council treasurer"), an_office("city council")
    (False, False)
    """
    if head in titles():
        return True
    qualifiers = _QUALIFIERS.match(head)
    if qualifiers is None or head[qualifiers.end() :] not in titles():
        return False
    bodies = body_words() | organisation_words()
    return not any(word in bodies for word in qualifiers.group().split())


@cache
def _styles() -> frozenset[str]:
    """The styles of address, in lower case."""
    return frozenset(style.casefold() for style in word_list("styles.txt"))


def addresses_someone(text: str, start: int, end: int) -> bool:
    """Whether the name is a style of address (`data/styles.txt`, which `actors.styles` reads
    too) after "His", "Her", "Your" or "Their": a way of writing of someone, no name.

    >>> addresses_someone("Her Excellency opened it.", 4, 14)
    True
    >>> addresses_someone("The Lordship estate was sold.", 4, 12)
    False
    """
    return (
        text[start:end].casefold() in _styles()
        and _ADDRESSING.search(text, max(0, start - 8), start) is not None
    )


#: A capitalised word after a title's stop: the name the title is written before.
_NAME_AFTER_STOP = re.compile(r"\.[^\S\n]+([^\W\d_])")


def abbreviates_a_title(text: str, start: int, end: int) -> bool:
    """Whether the name is one abbreviation the sentence splitter knows
    (`sentences.abbreviations`, `data/abbreviations.txt`: "Fr.", "Ing.", "Msgr.", "Gen.")
    written with its stop before a capitalised word: a title the model took alone for a
    name, its holder found on their own (stop 41).

    >>> text = "a Mass said by the parish priest, Fr. Tomasz Wilk, and by Ing. Rota."
    >>> abbreviates_a_title(text, 34, 36), abbreviates_a_title(text, 58, 61)
    (True, True)
    >>> abbreviates_a_title("the Fr. at the end.", 4, 6)  # no name after it
    False
    >>> abbreviates_a_title("Fr Tomasz Wilk said", 0, 2)  # no stop
    False
    """
    if text[start:end].casefold() not in abbreviations():
        return False
    after = _NAME_AFTER_STOP.match(text, end)
    return after is not None and after.group(1).isupper()
