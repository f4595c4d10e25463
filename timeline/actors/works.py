"""Titles of works: a film, an album or a novel a story names is a product among the actors.
The model tags few of them; a title is one where a noun of a work ("album", "drama") says
so: in quotation marks and title case with the noun near it ("The Salt Keepers", "Late
Light,"); in quotation marks and sentence case, as many languages write titles, with the noun
beside it ('the drama "Neiges tardives,"', 'her first feature, "Les Pirogues de Joal,"'); in
title case without quotation marks right after the noun and its owner ("Rita Bezzina's novel
Salt on the Bastions", "her first book, The Hungry Cloud.").

    >>> text = 'Her last album, "Late Light," came out in 2011.'
    >>> [(r.text, r.label) for r in titles_of_works(text, [])]
    [('Late Light', 'PRODUCT')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.anaphor_chains import reporting_verb_after
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import calendar_words
from timeline.determiners import ARTICLES, POSSESSIVES, Determiner, determiners
from timeline.wordlists import alternation, pronouns, table, word_list

#: An article or an owner's possessive opening a noun phrase: "a", "the", "her", "our".
_ARTICLE_OR_OWNER = f"(?:{ARTICLES}|{POSSESSIVES})"

#: Small words a title keeps in lower case: "Salt on the Bastions", "Harbor Lights at Dawn".
_SMALL = r"(?:a|an|the|of|on|in|at|to|for|and|or|by|with|from)"
_WORD = r"[A-Z][\w'’-]*"
#: A title in title case: capitalised words, small words only between them.
_TITLE = rf"{_WORD}(?:\s+(?:{_SMALL}\s+)*{_WORD}){{0,6}}"
#: A title in quotation marks, its own comma or stop inside them: "Late Light," "Dawn."
_QUOTED = re.compile(rf"[\"“](?P<title>{_TITLE})[,.]?[\"”]")
#: Most words a title in quotation marks may have: more is a quoted sentence.
MAX_TITLE_WORDS = 7


@cache
def work_kinds() -> dict[str, frozenset[str]]:
    """Each noun of a work (`data/work_nouns.csv`) -> the kinds of work it names.

    >>> sorted(work_kinds()["comedy"]), sorted(work_kinds()["feature"])
    (['film', 'stage'], ['film'])
    """
    return {noun: frozenset(kinds.split()) for noun, kinds in table("work_nouns.csv")}


def same_kind_of_work(noun: str, described: set[str]) -> bool:
    """Whether "the <noun>" may stand for a work described by `described`: a noun of a work
    naming a kind one of them names ("the film" of a feature, "the play" of a comedy).

    >>> same_kind_of_work("film", {"feature"}), same_kind_of_work("play", {"feature"})
    (True, False)
    """
    kinds = work_kinds().get(noun)
    return kinds is not None and any(
        kinds & work_kinds().get(word, frozenset()) for word in described
    )


@cache
def _work_noun() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_nouns()})s?\b")


#: How far from a quoted title (characters) the noun of its work may be written.
WORK_NOUN_REACH = 60


def _work_noun_near(text: str, start: int, end: int) -> bool:
    """Whether a noun of a work stands within `WORK_NOUN_REACH` of a quoted title, in its
    sentence: "her album, "Late Light,"", ""The Salt Keepers", Nino Abashidze's drama"."""
    return bool(work_nouns_near(text, start, end))


def work_nouns_near(text: str, start: int, end: int) -> set[str]:
    """The nouns of a work written within `WORK_NOUN_REACH` of a title at `text[start:end]`,
    in its sentence, singular: what the title is described as ("the film" may stand for it).

    >>> text = '"Copper Rain," a new comedy by Ana Roe, opened.'
    >>> work_nouns_near(text, 1, 12)
    {'comedy'}
    """
    before = text[max(0, start - WORK_NOUN_REACH) : start]
    after = text[end : end + WORK_NOUN_REACH]
    before = re.split(r"[.!?]\s", before)[-1]
    after = re.split(r"[.!?]\s", after)[0]
    found = [*_work_noun().finditer(before), *_work_noun().finditer(after)]
    return {
        word if word in work_kinds() else word.removesuffix("s")
        for word in (match.group() for match in found)
    }


#: A title in quotation marks in any case after its capital: "Les Pirogues de Joal,",
#: "Tierra de nadie" (two to six words).
_QUOTED_ANY_CASE = re.compile(r"[\"“](?P<title>[^\W\d_][\w'’-]*(?:[ ][\w'’-]+){1,5})[,.]?[\"”]")
#: How far before a quoted title its noun's words are read (characters).
NOUN_BESIDE_REACH = 40


@cache
def _nouns() -> str:
    """The nouns of a work as one alternation of a pattern."""
    return "|".join(re.escape(noun) for noun in work_kinds())


@cache
def _noun_right_before() -> re.Pattern[str]:
    """A noun of a work right before a title, its comma between at times: "drama ",
    "first feature, "."""
    return re.compile(rf"\b(?:{_nouns()})s?,?\s+$")


@cache
def _noun_apposed_after() -> re.Pattern[str]:
    """An apposition after a title that a noun of a work ends: ", a film by", ", her second
    feature"."""
    return re.compile(rf"\s*,\s+{_ARTICLE_OR_OWNER}\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_nouns()})\b")


def _sentence_case_title(text: str, match: re.Match[str]) -> bool:
    """Whether a quotation in sentence case is a title: a noun of a work stands right beside
    it ('the Quebec drama "Neiges tardives,"', '"Kaldt lys", a film by'), it opens with no
    word that opens an English sentence ("It", "We", "The": speech), and no reporting verb
    follows it.

    >>> text = 'Her first feature, "Sal de invierno," won. A play, "We are done," he said.'
    >>> [_sentence_case_title(text, m) for m in _QUOTED_ANY_CASE.finditer(text)]
    [True, False]
    """
    title = match.group("title")
    if not title[0].isupper() or title.split()[0].casefold() in _opening_words():
        return False
    if _SPOKEN_AFTER.match(text, match.end()) or reporting_verb_after(text, match.end()):
        return False
    before = text[max(0, match.start() - NOUN_BESIDE_REACH) : match.start()]
    return bool(
        _noun_right_before().search(before) or _noun_apposed_after().match(text, match.end())
    )


@cache
def _opening_words() -> frozenset[str]:
    """Words that open an English sentence and no title in sentence case, case-folded."""
    return frozenset(word.casefold() for word in word_list("function_words.txt"))


#: The owner or article before a noun of a work, up to two words describing it between:
#: "Rita Bezzina's novel", "her first book,", "the drama".
_OWNER = (
    rf"(?:['’]s|\b{determiners(Determiner.ARTICLE, Determiner.POSSESSIVE, case='capitalised')})"
    r"(?:\s+[a-z][\w-]*){0,2}?"
)


@cache
def _title_after_noun() -> re.Pattern[str]:
    """A title in title case right after a noun of a work and its owner or article: "Rita
    Bezzina's novel Salt on the Bastions", "the drama Lowland Hymn", "her first book, The
    Hungry Cloud."."""
    return re.compile(rf"{_OWNER}\s+(?:{_nouns()})(?P<comma>,)?\s+(?P<title>(?:The\s+)?{_TITLE})")


#: What closes a title set off by a comma after its noun: a comma, a stop, a bracket.
_APPOSITION_CLOSES = re.compile(r"\s*(?:[,.;:)]|$)")


def _unquoted_titles(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Titles in title case without quotation marks right after a noun of a work and its
    owner or article (`_title_after_noun`), set off by a comma only when one closes it too
    ("her first book, The Hungry Cloud."); not a name the model read whole or longer ("the
    film Cuba" nor "his album, Ana Roe said"), and cut before a small word and a name the
    model read ("the novel Dry Season in Valletta").

    >>> text = "Her novel Salt on the Bastions won in Malta. A record, Page said."
    >>> malta = RawSpan(38, 43, "Malta", "GPE")
    >>> [r.text for r in _unquoted_titles(text, [malta])]
    ['Salt on the Bastions']
    """
    found: list[RawSpan] = []
    starts = {r.start for r in raw}
    for match in _title_after_noun().finditer(text):
        if "\n" in match.group():
            continue  # a headline's last word and the byline under it ("fossil record\nBy ...")
        start, end = match.span("title")
        end = _before_small_word_and_name(text[start:end], starts, start)
        if match.group("comma") and not _APPOSITION_CLOSES.match(text, end):
            continue  # "a record, Page said": no apposition
        if len(text[start:end].split()) > MAX_TITLE_WORDS:
            continue
        if any(r.start <= start and end <= r.end for r in raw):
            continue  # a name the model read whole ("the film Cuba", "a live album, Nuit Rouge")
        found.append(RawSpan(start, end, text[start:end], "PRODUCT"))
    return found


#: The small words of a title as a set: "of", "on", "the".
_SMALL_WORDS = frozenset(_SMALL.strip("(?:)").split("|"))


def _before_small_word_and_name(title: str, starts: set[int], offset: int) -> int:
    """The end of a title in title case found at `offset`, cut before a small word and a name
    the model read (`starts`: "the novel Dry Season in Valletta") or a month or a weekday,
    the date of the sentence and no word of the title ("released the album Glass Rivers on
    Monday", "the play A Winter Crossing in March": stop 42).

    >>> _before_small_word_and_name("Glass Rivers on Monday", set(), 10)
    22
    >>> _before_small_word_and_name("Dry Season in Valletta", {24}, 10)
    20
    >>> _before_small_word_and_name("Salt on the Bastions", set(), 10)
    30

    Not at "and" or "or", which join a title's own words (stop 42):

    >>> _before_small_word_and_name("Bread and Thunder on Monday", {20}, 10)
    27
    """
    words = list(re.finditer(r"\S+", title))
    for index in range(1, len(words) - 1):
        word, following = words[index].group(), words[index + 1]
        if word in _SMALL_WORDS and (
            (word not in _JOINING and offset + following.start() in starts)
            or following.group().casefold() in calendar_words()
        ):
            return offset + words[index - 1].end()
    return offset + len(title)


#: The small words that join a title's own words ("the memoir Bread and Thunder", where the
#: model read "Bread" and "Thunder" as two names): no cut before a name the model read.
_JOINING = frozenset({"and", "or"})


def titles_of_works(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """The titles of works in `text` in quotation marks, in title case, with a noun of a work
    near them in their sentence ("the film "Dust"", ""Winter Ferry", a co-production"), that
    no span of `raw` holds whole or runs across. A quotation followed by a pronoun and a
    reporting verb is speech ("“Thank You,” she said").

    >>> text = 'The film "The Salt Keepers" won. "Big Deal," she said of the "Way Forward" plan.'
    >>> [r.text for r in titles_of_works(text, [])]
    ['The Salt Keepers']
    """
    found: list[RawSpan] = []
    for match in _QUOTED.finditer(text):
        title = match.group("title")
        words = title.split()
        if len(words) > MAX_TITLE_WORDS or not _work_noun_near(text, match.start(), match.end()):
            continue  # no work named near it: a slogan, a nickname ("the "Big Three"")
        if _SPOKEN_AFTER.match(text, match.end()):
            continue  # "“Thank You,” she said": speech, not a title
        found.append(RawSpan(match.start("title"), match.end("title"), title, "PRODUCT"))
    quoted = {(f.start, f.end) for f in found}
    for match in _QUOTED_ANY_CASE.finditer(text):
        if match.span("title") not in quoted and _sentence_case_title(text, match):
            found.append(
                RawSpan(match.start("title"), match.end("title"), match.group("title"), "PRODUCT")
            )
    found.extend(
        title
        for title in _unquoted_titles(text, raw)
        if not any(f.start < title.end and title.start < f.end for f in found)
    )
    # a span of the model that holds the title whole, or runs across its quotation mark (a
    # name it read with it: 'a "New GM'), keeps it
    found.sort(key=lambda f: f.start)
    return [f for f in found if not any(_crosses(r, f) for r in raw)]


def _crosses(span: RawSpan, title: RawSpan) -> bool:
    """Whether `span` holds `title` whole or overlaps it past one of its ends."""
    overlaps = span.start < title.end and title.start < span.end
    inside = title.start <= span.start and span.end <= title.end
    return overlaps and not inside


#: A reporting clause right after a quotation: " she said", " he told"; its subject a person's
#: pronoun, first or third person (no "it", nor "you").
_SPOKEN_AFTER = re.compile(
    r"\s*"
    + alternation(pronouns("subject", person="first third", personal=True))
    + r"\s+(?:said|says|told|tells|added|asked|wrote|replied)\b"
)


def with_titles_of_works(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted) with the titles of works added, and the model's pieces inside a title
    ("Salt" of "Salt on the Bastions") dropped for it."""
    works = titles_of_works(text, raw)
    if not works:
        return list(raw)
    kept = [r for r in raw if not any(w.start <= r.start and r.end <= w.end for w in works)]
    return sorted([*kept, *works], key=lambda r: (r.start, r.end))
