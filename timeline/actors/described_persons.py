"""Persons the model took for organisations or things: a name described as someone who does
something (", a Chilean poet who ...", ", 58,"), written right after a title ("chief
executive Aino Rautio", "Police spokesperson Esther Adhiambo"), as the subject of its
sentence taken up by "He" or "She" opening the next ("Nadia Romano has led Kestrel Foods
since 2015. She said ..."), or whose last word the model reads later as a person alone
("Nadia Romano founded Kestrel Foods. Romano said ...") is a person wherever the article
writes it, so that "Vargas" after "Elena Vargas Rojo" and "she" find her.

    >>> text = "Ana Vell Rojo, a poet who ran a press, died. Vell was 91."
    >>> raw = [RawSpan(0, 13, "Ana Vell Rojo", "ORG"), RawSpan(45, 49, "Vell", "PERSON")]
    >>> [r.label for r in described_persons(text, raw)]
    ['PERSON', 'PERSON']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.actors.occurrences import each_occurrence
from timeline.actors.openings import capital_sweep
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import (
    CAPITAL,
    SMALL,
    corporate_suffix,
    countries,
    organisation_words,
    personal_titles,
    title_at_end,
    titles,
)
from timeline.sentences import OPENS_BEFORE, sentence_openers
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import alternation, pronouns

__all__ = ["described_missed_persons", "described_persons"]

#: The labels of the model's that a person's name is given by mistake.
_RETYPED = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})
#: An apposition only a person takes: ", a Chilean poet who", ", the coach who", ", 58,".
_PERSON_AFTER = re.compile(
    r",\s+(?:\d{1,3},|(?:(?:a|an|the)\s+)?(?P<words>(?:[\w'’-]+\s+){1,6}?)who\b)"
)
#: A title of `data/titles.txt` after the comma and before "of", "at" or "for" a name: ",
#: chief executive of Kestrel Foods", ", the chairman of", ", spokeswoman for".
_TITLE_OF = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:(?:former|acting|deputy|interim)\s+)?"
    r"(?P<title>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?:of|at|for)\s+(?:the\s+)?[A-Z]"
)
#: Words that join clauses or list names, not describe one: "Tarn, and others who".
_JOINING = frozenset({"and", "or", "but", "nor", "as", "than", "with", "said", "says"})
#: A name's word: capitalised, or a particle of a name in lower case ("Vargas de la Rosa").
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|da|del|la|van|von|der|y|e")
#: A sentence's end, then "He" or "She" as the next sentence's subject (a verb in lower case
#: after it): "... since 2015. She said".
_PRONOUN_NEXT = re.compile(
    r"[^.!?\n]*[.!?][\"”’']?\s+"
    + alternation(
        pronouns("subject", person="third", number="singular", personal=True), "capitalised"
    )
    + r"\s+[a-z]"
)
#: How far back (characters) a title before a name is looked for.
_TITLE_REACH = 60


def described_persons(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` with every span of a name the model took for an organisation or a thing labelled
    a person, wherever the name is written, when the text describes it as a person: an
    apposition with "who" or an age after it, or a title right before it (`data/titles.txt`,
    in any case). The name is one to four words shaped like a person's (no organisation
    word, no corporate suffix, no acronym, no country). "Marlow Foods, which ..." and "Kestrel
    Pump Co., 58, ..." stay what they were.

    >>> text = "chief executive Ines Marr said so. Marlow Foods, which grew, and Ines Marr agreed."
    >>> raw = [RawSpan(16, 25, "Ines Marr", "ORG"), RawSpan(35, 47, "Marlow Foods", "ORG"),
    ...        RawSpan(65, 74, "Ines Marr", "ORG")]
    >>> [r.label for r in described_persons(text, raw)]
    ['PERSON', 'ORG', 'PERSON']
    """
    persons: set[str] = set()
    last_persons = _last_persons(raw)
    for item in raw:
        if item.label not in _RETYPED or not _shaped_like_a_person(item.text):
            continue
        if (
            _described(text, item.end)
            or _titled(text, item.start)
            or _apposed_to_a_title(text, item.start, item.end)
            or _surname_titled(text, item.text)
            or _taken_up_by_a_pronoun(text, item, raw)
            or _surname_written_alone(item, last_persons)
        ):
            persons.add(item.text)
    if not persons:
        return list(raw)
    return [
        replace(item, label="PERSON") if item.text in persons and item.label in _RETYPED else item
        for item in raw
    ]


#: Two or three name words before a comma, nothing capitalised or joined before them: "Iain
#: Macrae" of "Iain Macrae, 58, of Dingwall".
_NAME_BEFORE_COMMA = re.compile(
    rf"(?<![\w'’.&-])(?P<name>{CAPITAL}{SMALL}[\w'’-]*(?:[ ]{CAPITAL}{SMALL}[\w'’-]*){{1,2}})(?=,)"
)
#: A capitalised word right before a name: the name is then the end of a longer one.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*)[ ]$")


def described_missed_persons(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Persons the model missed that an apposition only a person takes describes (an age,
    ", a poet who": `_described`): two or three name words before it, shaped like a person's
    name, none a sentence opener, a title, a month or a weekday, where no span of `raw` lies:
    "Iain Macrae, 58, of Dingwall, faced a petition".

    >>> text = "Iain Macrae, 58, of Dingwall, faced a petition. In March, 58, left."
    >>> [r.text for r in described_missed_persons(text, [])]
    ['Iain Macrae']
    """
    found: list[RawSpan] = []
    for match in capital_sweep(_NAME_BEFORE_COMMA, text):
        start, end = match.span("name")
        words = match["name"].split()
        if any(_not_a_name_word(word) for word in words) or not _shaped_like_a_person(
            match["name"]
        ):
            continue
        if not _described(text, end) or any(r.start < end and start < r.end for r in raw):
            continue
        before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and not _not_a_name_word(before.group(1)):
            continue  # "Port Elizabeth Iain Macrae": a longer run of names
        found.append(RawSpan(start, end, match["name"], "PERSON"))
    return found


def _not_a_name_word(word: str) -> bool:
    """A sentence opener, a title, a month or a weekday: "In", "Minister", "March"."""
    folded = word.casefold()
    return (
        word in sentence_openers()
        or folded in titles()
        or folded in MONTHS
        or folded in WEEKDAYS
        or folded in countries()
    )


def _taken_up_by_a_pronoun(text: str, item: RawSpan, raw: Sequence[RawSpan]) -> bool:
    """Whether the name `item` opens its sentence as its subject and the next sentence opens
    with "He" or "She", with no person named between: only a person is "he" or "she".

    >>> text = "Nadia Romano has led Kestrel Foods since 2015. She said so."
    >>> span = RawSpan(0, 12, "Nadia Romano", "ORG")
    >>> _taken_up_by_a_pronoun(text, span, [span])
    True
    >>> _taken_up_by_a_pronoun("Tarn Vale grew. It said so.", RawSpan(0, 9, "Tarn Vale", "ORG"), [])
    False
    """
    if OPENS_BEFORE.search(text, max(0, item.start - 3), item.start) is None:
        return False
    after = _PRONOUN_NEXT.match(text, item.end)
    if after is None:
        return False
    pronoun_at = after.end() - 5
    return not any(
        other.label == "PERSON" and item.end <= other.start < pronoun_at for other in raw
    )


def _surname_written_alone(item: RawSpan, last_persons: dict[str, int]) -> bool:
    """Whether the last word of the two- or three-word name `item`, which the model took for
    an organisation, is written alone later and read as a person there: the surname of a
    person named in full before. `last_persons` is `_last_persons` of the spans.

    >>> full = RawSpan(0, 11, "Nadia Varga", "ORG")
    >>> _surname_written_alone(full, _last_persons([full, RawSpan(40, 45, "Varga", "PERSON")]))
    True
    >>> _surname_written_alone(full, _last_persons([full, RawSpan(40, 45, "Varga", "ORG")]))
    False
    """
    words = item.text.split()
    if item.label != "ORG":
        return False  # a product's model is its last word: "Quorvex Pilot", "Pilot units"
    return 2 <= len(words) <= 3 and last_persons.get(words[-1], -1) >= item.end


def _last_persons(raw: Sequence[RawSpan]) -> dict[str, int]:
    """Where the model last read each text as a person: read once per text, not all spans
    again for each name (stop 35).

    >>> _last_persons([RawSpan(0, 5, "Varga", "PERSON"), RawSpan(9, 14, "Varga", "PERSON")])
    {'Varga': 9}
    """
    last: dict[str, int] = {}
    for span in raw:
        if span.label == "PERSON":
            last[span.text] = max(span.start, last.get(span.text, span.start))
    return last


def _shaped_like_a_person(name: str) -> bool:
    """Whether `name` could be a person's: one to four name words, the first and last
    capitalised, none an organisation word, no corporate suffix, acronym or country.

    >>> _shaped_like_a_person("Elena Vargas Rojo"), _shaped_like_a_person("Tarn Holdings")
    (True, False)
    >>> _shaped_like_a_person("Lisbon's Ondulo")
    False
    """
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(word) for word in words):
        return False
    if any(word.endswith(("'s", "’s")) for word in words):
        return False  # "Lisbon's Ondulo": an owner and its thing, no one's name
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    if any(word.casefold().strip(".") in organisation_words() for word in words):
        return False
    return (
        corporate_suffix().search(name) is None
        and not any(len(word.strip(".")) > 1 and word.replace(".", "").isupper() for word in words)
        and name.casefold() not in countries()
    )


def _described(text: str, end: int) -> bool:
    """Whether an apposition only a person takes follows the name ending at `end`: an age,
    a description with "who", or a title of `data/titles.txt` before "of", "at" or "for" a
    name (", chief executive of Kestrel Foods,").

    >>> _described("Ines Marr, Chilean poet who wrote", 9), _described("Tarn, and all who", 4)
    (True, False)
    >>> _described("Ines Marr, chairman of Lumen Foods", 9), _described("Tarn, capital of Vire", 4)
    (True, False)
    """
    title = _TITLE_OF.match(text, end)
    if title is not None and title["title"].casefold() in titles():
        return True
    match = _PERSON_AFTER.match(text, end)
    if match is None:
        return False
    words = (match.group("words") or "").split()
    return not any(word.casefold() in _JOINING for word in words)


#: A title owned by a name after an apposition's comma, closed by a comma or a stop: ",
#: Varro's chief executive,", ", the ministry's architect.".
_OWNED_TITLE_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,3}(?:[A-Z][\w'’.&-]*|[a-z]+)['’]s\s+"
    r"(?:(?:former|acting|deputy|interim|new)\s+)?"
    r"(?P<title>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*[,.;]"
)


def _apposed_to_a_title(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` is set off by commas after a title ("Bangladesh's
    coach, Iain Pretorius, said", "The company's managing director, Klaus-Dieter Wendt,") or
    is followed by a title its owner's possessive holds ("Klaus Reinholt, Varro's chief
    executive, said"): only a person holds a post so (stop 50).

    >>> _apposed_to_a_title("The club's coach, Ivo Marr, said", 18, 26)
    True
    >>> _apposed_to_a_title("Ivo Marr, Tarn's chief executive, said", 0, 8)
    True
    >>> _apposed_to_a_title("Its rivals, Tarn Vale, said", 12, 21)
    False
    """
    if text.startswith(", ", start - 2) and text.startswith(",", end) and _titled(text, start - 2):
        return True
    title = _OWNED_TITLE_AFTER.match(text, end)
    return title is not None and title["title"].casefold() in titles()


def _surname_titled(text: str, name: str) -> bool:
    """Whether the last word of a name of two words or more is written somewhere after a
    title only a person carries ("Lucien Verhaegen ... Mr. Verhaegen said": stop 50).

    >>> _surname_titled("Ivo Marr spoke. Mr. Marr left.", "Ivo Marr")
    True
    >>> _surname_titled("Ivo Marr spoke. Marr left.", "Ivo Marr")
    False
    """
    words = name.split()
    if len(words) < 2:
        return False
    surname = words[-1]
    for at in each_occurrence(text, surname, overlapping=False):
        before = _WORD_BEFORE_NAME.search(text, max(0, at - 6), at)
        if (
            before is not None
            and before.group(1).casefold() in personal_titles()
            and not text[at + len(surname) : at + len(surname) + 1].isalnum()
        ):
            return True
    return False


#: The word right before a name, with its full stop: "Mr." of "Mr. Marr".
_WORD_BEFORE_NAME = re.compile(r"\b([A-Z][a-z]*\.?)\s$")


def _titled(text: str, start: int) -> bool:
    """Whether a title ends right before `start`, on its line: "chief executive ", "President "."""
    window = text[max(0, start - _TITLE_REACH) : start]
    window = window[window.rfind("\n") + 1 :]
    match = title_at_end(window)
    return match is not None and match.group().strip() != ""
