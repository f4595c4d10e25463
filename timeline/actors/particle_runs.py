"""Names of another language that the model reads as nothing, or in part: capitalised words
joined by lower-case particles (`data/name_particles.txt`), "the Casa de la Cultura", "its
operator, Terminal Atlântico do Sul,", "in the Palais des Nations", "the Grupo Ecológico del
Valle" (stop 50, helper `unfound`). Where the model found both sides of a particle
`particles.joined_by_particles` joins them, and where it found one side
`particle_ends.with_particle_ends` takes in the other; here it found neither, or only a word
inside the run ("Norte" of "Los Vientos del Norte"), and the run itself is the name.

    >>> text = "An exhibition opens at the Casa de la Cultura next week."
    >>> [(r.text, r.label) for r in with_particle_runs(text, [], [], frozenset({"exhibition"}))]
    [('Casa de la Cultura', 'FAC')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.common_nouns import singulars
from timeline.actors.headlines import Headlines
from timeline.actors.not_actors import names_no_actor
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import (
    NAME_WORD,
    calendar_words,
    name_particles,
    name_particles_longest_first,
    place_prepositions,
    titles,
)
from timeline.sentences import sentence_openers

__all__ = ["before_calendar_words", "particle_runs", "with_particle_runs"]

#: A capitalised word of a name, of any alphabet, one hyphened or apostrophed piece too
#: ("Atlântico", "Moçambique-Matola"), no possessive ("Guanajuato's Teatro del Refugio").
_WORD = NAME_WORD
#: The model's labels of no actor: a run over one of them is a date, an event, a work.
_NOT_ACTOR_LABELS = frozenset(
    {
        "DATE",
        "TIME",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "MONEY",
        "QUANTITY",
        "CARDINAL",
        "ORDINAL",
        "PERCENT",
        "PRODUCT",
        "LANGUAGE",
    }
)
#: The word right before a run on its line ("at the ", "of ").
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+(?:the[ \t]+)?$")
#: A sentence's or a line's start right before a position.
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’]? {1,2})$", re.MULTILINE)
#: A quotation mark right before a run: a title of a work ("“Les Pirogues de Joal”").
_QUOTED = re.compile(r"[\"“‘']$")


@cache
def _run() -> re.Pattern[str]:
    """One to four capitalised words, then once or more particles and one to four capitalised
    words, all on one line: "Terminal Atlântico do Sul", "Casa de la Cultura"."""
    particles = "|".join(re.escape(word) for word in name_particles_longest_first())
    words = rf"{_WORD}(?: {_WORD}){{0,3}}"
    return re.compile(rf"(?<![\w'’.-]){words}(?:(?: (?:{particles}))+ {words})+(?![\w'’-])")


def particle_runs(
    text: str, entities: Sequence[tuple[int, int, str]], words: frozenset[str]
) -> list[tuple[int, int]]:
    """The (start, end) of each run of capitalised words joined by particles that names
    something: past any sentence opener or title it opens with ("The", "President"), at
    least one capitalised word before its first particle and after its last, a calendar
    word at its end left out ("Monday"); one of its capitalised words no word of English
    (`words`, the model's lemma index: "Portage la Prairie" is all English and stays out,
    as "Tour de France" would with an event's label); no model entity of no actor's label
    over it (`entities`: (start, end, label)), no quotation mark before it (a title of a
    work), not on a headline's line.

    >>> english = frozenset({"president", "visit", "portage", "prairie"})
    >>> text = "President de Gaulle met the Palais des Nations staff. Portage la Prairie won."
    >>> [text[s:e] for s, e in particle_runs(text, [], english)]
    ['Palais des Nations']
    >>> particle_runs("He read “Les Pirogues de Joal” today.", [], frozenset())
    []
    """
    openers = sentence_openers()
    particles = name_particles()
    headlines = Headlines(text)
    found: list[tuple[int, int]] = []
    for match in _run().finditer(text):
        start, end = match.span()
        start = _past_openers(text, start, end, openers, words)
        end = before_calendar_words(text, start, end)
        run = text[start:end]
        pieces = run.split(" ")
        if not pieces or pieces[0] in particles or pieces[-1] in particles:
            continue
        capitalised = [piece for piece in pieces if piece not in particles]
        if all(_english(piece, words) for piece in capitalised):
            continue
        if _QUOTED.search(text, max(0, start - 1), start) or headlines(start):
            continue
        if any(s < end and start < e and label in _NOT_ACTOR_LABELS for s, e, label in entities):
            continue
        found.append((start, end))
    return found


def _past_openers(
    text: str, start: int, end: int, openers: frozenset[str], words: frozenset[str]
) -> int:
    """Where a run opens past the sentence openers and titles it starts with: "The Palais"
    opens at "Palais", "President de Gaulle" at "de" (then no name before its particle),
    "Deputy President Ana de Sousa" at "Ana", and
    past a word of English opening a sentence ("Headliners Los Vientos del Norte").

    >>> _past_openers("The Palais des Nations", 0, 22, frozenset({"The"}), frozenset())
    4
    >>> english = frozenset({"headliner"})
    >>> _past_openers("Headliners Los Vientos del Norte", 0, 32, frozenset(), english)
    11
    """
    while start < end:
        first = text[start:end].split(" ", 1)[0]
        opening = _SENTENCE_START.search(text, max(0, start - 4), start) is not None
        title = _title_words(text[start:end], words)
        if title:
            start += len(title) + 1
            continue
        if not (first in openers or (opening and _english_noun(first, words))):
            break
        start += len(first) + 1
    return start


def _title_words(run: str, words: frozenset[str]) -> str:
    """The title of one to three words a run opens with ("Judge", "Chief Executive"), with a
    word of English before it ("Deputy President"), or "".

    >>> english = frozenset({"deputy"})
    >>> _title_words("Deputy President Ana de Sousa", english)
    'Deputy President'
    >>> _title_words("Chief Executive Ana de Sousa", english)
    'Chief Executive'
    >>> _title_words("Casa de la Cultura", english)
    ''
    """
    pieces = run.split(" ")
    for skipped in (0, 1):
        if skipped and not _english_noun(pieces[0], words):
            break
        for count in (3, 2, 1):
            title = " ".join(pieces[skipped : skipped + count])
            if len(pieces) > skipped + count and title.casefold() in titles():
                return " ".join(pieces[: skipped + count])
    return ""


def before_calendar_words(text: str, start: int, end: int) -> int:
    """Where capitalised words from `start` end before the calendar words they end with
    ("... del Valle Monday", "eThekwini Metro Monday").

    >>> before_calendar_words("Teatro del Refugio Monday", 0, 25)
    18
    """
    while end > start:
        last = text[start:end].rsplit(" ", 1)[-1]
        if last.casefold() not in calendar_words():
            break
        end -= len(last) + 1
    return max(start, end)


def _english_noun(word: str, words: frozenset[str]) -> bool:
    """Whether a word is a word of English or a plural of one ("Headliners").

    >>> _english_noun("Headliners", frozenset({"headliner"}))
    True
    """
    folded = word.casefold()
    return folded in words or bool(singulars(folded) & words)


def _english(word: str, words: frozenset[str]) -> bool:
    """Whether every hyphened piece of a capitalised word is a word of English (`words`).

    >>> _english("Prairie", frozenset({"prairie"})), _english("Cultura", frozenset({"culture"}))
    (True, False)
    """
    return all(piece.casefold() in words for piece in word.split("-"))


def _label(text: str, start: int, inside: Sequence[RawSpan]) -> str:
    """A run's label: an organisation's span inside makes it an organisation, else a
    person's a person, else another span's label; with none, a place after a preposition of
    place ("at the Casa de la Cultura", a building or a quarter), else an organisation
    ("its operator, Terminal Atlântico do Sul").

    >>> _label("at the Casa de la Cultura", 7, []), _label("by Grupo del Valle", 3, [])
    ('FAC', 'ORG')
    """
    labels = [span.label for span in inside]
    for label in ("ORG", "PERSON"):
        if label in labels:
            return label
    if labels:
        return labels[0]
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    located = before is not None and before.group(1).casefold() in place_prepositions()
    return "FAC" if located else "ORG"


def with_particle_runs(
    text: str,
    raw: Sequence[RawSpan],
    entities: Sequence[tuple[int, int, str]],
    words: frozenset[str],
) -> list[RawSpan]:
    """`raw` (sorted by start) with each `particle_runs` run that no span reaches across
    added, the spans inside it ("Norte" of "Los Vientos del Norte") taken into it; a run
    with no span inside that `not_actors.names_no_actor` finds no actor is left ("at the
    Copa del Sur in June", a contest).

    >>> text = "Headliners Los Vientos del Norte walked off stage."
    >>> spans = [RawSpan(27, 32, "Norte", "GPE")]
    >>> english = frozenset({"headliner", "walk", "stage"})
    >>> [(r.text, r.label) for r in with_particle_runs(text, spans, [], english)]
    [('Los Vientos del Norte', 'GPE')]
    """
    runs = particle_runs(text, entities, words)
    if not runs:
        return list(raw)
    result = list(raw)
    for start, end in runs:
        inside = [span for span in result if start <= span.start and span.end <= end]
        if any(span.start < end and start < span.end for span in result if span not in inside):
            continue  # a span reaches across the run's edge: the model's own longer reading
        if any((span.start, span.end) == (start, end) for span in inside):
            continue
        label = _label(text, start, inside)
        if not inside and names_no_actor(text, start, end, label):
            continue  # "scored at the Copa del Sur": an occasion, a holiday, an office
        result = [span for span in result if span not in inside]
        result.append(RawSpan(start, end, text[start:end], label))
    return sorted(result, key=lambda r: (r.start, r.end))
