"""Names of one word English does not know that the model left unlabelled: after "the" (an
assembly, a river, a region, a hall, a vessel the copy of its country writes with its article:
"told the Folketing", "The Løgting will vote", "boats sank in the Vrbas"), or opening a
sentence where the article writes the word inside one too ("Rowlands joined the club", "We
met Rowlands"; stop 48, helper `lost`). English's words are the model's own lemma index
(`common_nouns.english_words`): "the Government", "the Fellowship", "the Bluff" stay out.

    >>> text = "The minister told the Folketing on Monday that the plan would pass."
    >>> [(m.name, m.type) for m in unknown_names(text, [], frozenset({"minister", "plan"}))]
    [('Folketing', 'organisation')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.common_nouns import singulars
from timeline.actors.headlines import Headlines
from timeline.actors.literals import LINE_WORD_AFTER, lower_case_words
from timeline.actors.mention import ActorMention
from timeline.actors.not_actors import names_no_actor
from timeline.actors.place_lists import ends_its_phrase
from timeline.actors.storms import storm_names
from timeline.actors.sweeps import free_position
from timeline.actors.vocabulary import (
    calendar_words,
    finite_verbs,
    nationality,
    place_prepositions,
    stoplist,
    titles,
)
from timeline.kinds import ActorType
from timeline.sentences import abbreviations, sentence_openers

__all__ = ["unknown_names", "with_unknown_names"]

#: "the" and the word after it on its line, hyphened pieces included ("the Saale-Sinfonie").
_AFTER_THE = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+([^\W\d_]{3,}(?:-[^\W\d_]+)*)(?![\w-])")
#: The word before "the" on its line ("in the", "told the").
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
#: A capitalised word, then "of", right before "the": "Prefect of ", "Bank of ".
_CAPITALISED_OF = re.compile(r"\b[A-Z][\w'’-]* of[ \t]+$")
#: A capitalised word or a figure right after, across spaces or tabs: the name runs on.
_RUNS_ON = re.compile(r"[ \t]+[^\W_a-z]")
#: A word opening a sentence or a line (a quotation mark before it or not): after a stop, a
#: question or an exclamation mark and a space, or a line's start.
_OPENING = re.compile(
    r"(?:(?<=[.!?] )|(?<=[.!?][\"”’] )|(?<=[.!?]  )|^)"
    r"[\"“‘]?([^\W\d_]{3,}(?:-[^\W\d_]+)*)(?![\w-])",
    re.MULTILINE,
)
#: The word before a stop right before a position: an abbreviation's ("Mr. Vold") or an
#: initial's ("J. Vold") stop ends no sentence.
_WORD_AND_STOP = re.compile(r"([\w]+)\.[\"”’]?[ ]{1,2}$")


def with_unknown_names(
    text: str, mentions: list[ActorMention], words: frozenset[str]
) -> list[ActorMention]:
    """`mentions` (sorted by position) with `unknown_names` among them, in their places."""
    found = unknown_names(text, mentions, words)
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))


def unknown_names(
    text: str, mentions: Sequence[ActorMention], words: frozenset[str]
) -> list[ActorMention]:
    """The words after "the" (or opening a sentence, `_openings`) that no mention holds and
    that name something of their own: a capital and lower-case letters (no acronym: the
    acronym rules' own), no word of English (`words`: the lemma index; a plural of one is
    one), no piece of a hyphened word all English, no month, title, nationality or stoplisted
    word, never written in lower case in the text, no storm's name (`storms.storm_names`: a
    storm is an event), no capitalised word after it (the model's longer names), what follows
    ends its phrase or is its verb (not a noun it qualifies: "the Karoo lamb"), not on a
    headline line, and where `not_actors.names_no_actor` finds it an actor. A place after a
    preposition of place ("in the Jura") or "from" (where `names_no_actor` reads people's
    origins: "growers from the Vardmark"), else an organisation ("told the Storting"); none
    after a capitalised word's "of" ("the Prefect of the Vardmark": a title's place, a
    longer name's end); after "and" or "or" a list's place is asked of `names_no_actor` as a
    place too. No words, no names: without the lemma index the rule is off.

    >>> unknown_names("Boats sank in the Vrbas.", [], frozenset({"boat", "sink"}))[0].type
    'location'
    >>> unknown_names("Sheep from the Karoo farms sold.", [], frozenset({"sheep", "farm"}))
    []
    >>> unknown_names("The Government said so.", [], frozenset({"government"}))
    []
    >>> unknown_names("The Prefect of the Vardmark left.", [], frozenset({"prefect"}))
    []
    >>> unknown_names("The Folketing voted.", [], frozenset())
    []
    """
    if not words:
        return []
    lower = lower_case_words(text)
    storms = storm_names(text)  # "Hurricane Delphine": "Delphine is expected" is no actor
    headlines = Headlines(text)
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[ActorMention] = []
    candidates = [(match.start(), *match.span(1)) for match in _AFTER_THE.finditer(text)]
    candidates += [
        (start, start, end)
        for start, end in _openings(text)
        if text[end : end + 1] in " '’"
        and _an_unknown_name(text[start:end], words, lower)  # the cheap test first
        and _written_inside_a_sentence(text, text[start:end])
    ]
    for the_start, start, end in sorted(candidates):
        word = text[start:end]
        if not _an_unknown_name(word, words, lower) or word in storms:
            continue
        if _RUNS_ON.match(text, end):
            continue
        if not _ends_its_clause(text, end) or headlines(start):
            continue
        before = _WORD_BEFORE.search(text, max(0, the_start - 30), the_start)
        word_before = before.group(1).casefold() if before is not None else ""
        if word_before == "of" and _CAPITALISED_OF.search(text, max(0, the_start - 40), the_start):
            continue  # "the Prefect of the Vardmark": a title's or a longer name's own place
        located = word_before == "from" or word_before in place_prepositions()
        label, kind = ("LOC", ActorType.LOCATION) if located else ("ORG", ActorType.ORGANISATION)
        position = free_position(taken, start, end)
        if position is None or names_no_actor(text, start, end, label):
            continue
        if word_before in ("and", "or") and names_no_actor(text, start, end, "LOC"):
            continue  # "growers from the Vardmark and the Oskdal": a list's places
        found.append(ActorMention(start, end, word, word, kind))
        taken.insert(position, (start, end))
    return found


def _openings(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each word opening a sentence or a line, not after an
    abbreviation's or an initial's stop (`sentences.abbreviations`).

    >>> text = "Vold died. Mr. Halse left. J. Orme came.\\nKestor won."
    >>> [text[start:end] for start, end in _openings(text)]
    ['Vold', 'Kestor']
    """
    found: list[tuple[int, int]] = []
    for match in _OPENING.finditer(text):
        stop = _WORD_AND_STOP.search(text, max(0, match.start() - 30), match.start())
        if stop is not None and (
            len(stop.group(1)) == 1 or stop.group(1).casefold() in abbreviations()
        ):
            continue
        found.append(match.span(1))
    return found


def _written_inside_a_sentence(text: str, word: str) -> bool:
    """Whether the text writes `word`, capitalised, after a lower-case word or a comma: the
    article's evidence that a word opening a sentence is a name ("Founded in 1981," and
    "During the war" are never written so).

    >>> _written_inside_a_sentence("Vold died. We met Vold.", "Vold")
    True
    >>> _written_inside_a_sentence("Founded in 1981, it grew.", "Founded")
    False
    """
    return re.search(rf"(?<=[a-z,] ){re.escape(word)}(?![\w-])", text) is not None


def _an_unknown_name(word: str, words: frozenset[str], lower: frozenset[str]) -> bool:
    """Whether `word` is written as a name English does not know: a capital, then lower case
    in each hyphened piece; not a word of `words` nor a plural of one, not all its pieces
    English, not a month or weekday, a title, a nationality, a stoplisted word, nor a word
    the text writes in lower case.

    >>> _an_unknown_name("Dáil", frozenset(), frozenset())
    True
    >>> _an_unknown_name("Ironmen", frozenset({"ironman"}), frozenset())
    False
    >>> _an_unknown_name("Post-War", frozenset({"post", "war"}), frozenset())
    False
    >>> _an_unknown_name("RTÉ", frozenset(), frozenset())
    False
    """
    pieces = word.split("-")
    if not word[0].isupper() or any(piece[1:] != piece[1:].lower() for piece in pieces):
        return False
    folded = word.casefold()
    if folded in words or singulars(folded) & words or folded in lower:
        return False
    if all(piece.casefold() in words for piece in pieces):
        return False
    return not (
        word in sentence_openers()
        or folded in calendar_words()
        or folded in titles()
        or folded in stoplist()
        or nationality(word)
    )


def _ends_its_clause(text: str, end: int) -> bool:
    """Whether what follows a name ending at `end` ends its phrase (`place_lists.
    ends_its_phrase`) or is its finite verb (`data/finite_verbs.txt`).

    >>> _ends_its_clause("the Storting voted", 12), _ends_its_clause("the Karoo lamb", 9)
    (True, False)
    """
    if ends_its_phrase(text, end):
        return True
    after = LINE_WORD_AFTER.match(text, end)
    return after is not None and after.group(1) in finite_verbs()
