"""A definite description standing for a thing the story named and described with its noun:
"The satellite" after "Twiga-2, the country's second Earth-observation nanosatellite", "The
museum" after "the Hof ter Wolven museum", "The mountain" after "the Cerro Rico, the mountain
above the city", "The union" after "the union Havenbond", "The port" after "Port Klang".

A name is described by a noun (`descriptions`):

- a word of its own name ("port" of "Port Klang", "agency" of "Rwanda Space Agency");
- the lower-case noun written right after it, when "the" or a possessive stands before it
  ("the Hof ter Wolven museum in", "Rwanda's Ikaze-2 satellite", "the Transit Authority's
  board voted");
- the noun that ends an apposition after it ("Twiga-2, the country's second nanosatellite,",
  "Cerro Rico, the mountain above ...", "Klamp Mini, the smallest lock we have made");
- the noun right before it after an article or a possessive ("the union Havenbond", "Rita
  Bezzina's novel Salt on the Bastions", "a sounding rocket, the Agnishikha-2"), maybe
  before a participle of naming ("The satellite, called Ozra,").

"The <noun>" as a clause's subject (opening a sentence, or after a comma, "that", "and" and the
like, before a verb or a stop) is the one name described so before it (`described_anaphora`);
where two are, it says not which. A body's noun capitalised as its short name ("The Ministry
foresees", "the Board had been asked") is read so too, as the noun of a kind of organisation
(`_capital_body`). Not a plural, not inside a quotation (a speaker's "the company" may be
any company), not before a name ("the union Havenbond") or a noun it describes ("the museum
shop").

    >>> from timeline.actors.mention import ActorMention
    >>> text = "Rivo-2, the country's first nanosatellite, is ready. The satellite flies in May."
    >>> rivo = ActorMention(0, 6, "Rivo-2", "Rivo-2", "product")
    >>> [(m.text, m.name) for m in described_anaphora(text, [rivo])]
    [('The satellite', 'Rivo-2')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache

from timeline.actors.anaphor_chains import reporting_verb_after
from timeline.actors.anaphor_context import OPENING, acting, members_after, object_of_a_verb
from timeline.actors.appositives import person_noun
from timeline.actors.bare_descriptors import bare_noun_before
from timeline.actors.descriptors import descriptor_nouns
from timeline.actors.literals import word_bounded
from timeline.actors.mention import ActorMention
from timeline.actors.modifiers import VERB_AFTER
from timeline.actors.openings import the_sweep
from timeline.actors.settlements import settlement_referent
from timeline.actors.spans import strip_corporate_suffix
from timeline.actors.vocabulary import organisation_words, prepositions
from timeline.actors.works import same_kind_of_work, work_nouns_near
from timeline.kinds import ActorType
from timeline.sentences import sentence_openers
from timeline.wordlists import word_set

__all__ = ["described_anaphora", "descriptions"]

#: A lower-case noun: letters and inner hyphens ("nanosatellite", "co-operative").
_NOUN = r"[a-z][a-z-]*[a-z]"
#: The word written right after a name, or after the name's possessive ("the Transit
#: Authority's board"), and the one after it.
_WORDS_AFTER = re.compile(
    r"(?:['’]s)?[ ](?P<first>[\w-]+)\b(?!['’-])(?:[ ](?P<second>[\w-]+)\b(?!['’-]))?"
)
#: "the" or a possessive before a name: a noun written after it describes it.
_ARTICLE_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)\s+$")
#: An apposition after a name: ", the country's second Earth-observation nanosatellite,".
#: A title in quotation marks keeps its comma inside them: '"The Winter Lodger," a new comedy'.
_APPOSITION = re.compile(r",[\"”]?\s+(?:the|an?)\s+(?P<words>[^,.;:!?()\"“”\n]{1,100})")
#: The noun right before a name after an article or a possessive: "the union Havenbond",
#: "Bezzina's novel Salt", "an Indian-built sounding rocket, the Agnishikha-2", "the port
#: employers' association, the Union Maritime" (a plural's possessive between), and before the
#: name's own "The" ("the weekly The Island Voice", where the model left "The" out), or
#: after a participle of naming ("The satellite, called Ozra,", "a ferry named Tern").
_NOUN_BEFORE = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?)\s+|['’]s\s+)(?:[\w-]+['’]?\s+){{0,3}}?(?P<noun>{_NOUN})"
    r"(?:(?P<comma>,\s+the)|,?\s+(?:called|named|dubbed))?\s+(?:The\s+)?$"
)
#: Places, which no noun before them describes ("the women's race Slovenia's Lea Vidmar").
_PLACES = frozenset({ActorType.COUNTRY, ActorType.LOCATION})
#: "The <noun>" or "the <noun>", not a possessive, not a word of a hyphenated one; the noun
#: may be capitalised ("The Ministry foresees", "the Board had been asked"): `_capital_body`.
_DEFINITE = re.compile(r"\b[Tt]he\s+(?P<noun>[A-Za-z][a-z-]*[a-z])\b(?!['’-])")
#: What may stand before a subject inside a sentence: a comma, "and", "but", "that", a verb of
#: saying (not a subordinating word: "a year after the river changed course" is no event of
#: the river).
_CLAUSE_BEFORE = re.compile(r"(?:,|\b(?:that|and|but|said|says))\s+$")
_SENTENCE_OPENING = re.compile(OPENING)
#: A capitalised word right after a noun: the name it describes ("the club Ribeira").
_NAME_RIGHT_AFTER = re.compile(r"\s+(?:of\s+)?[A-Z]")
#: A capitalised word after the noun: a name that the noun describes ("the union Havenbond").
_NAME_AFTER = re.compile(r"\s*,?\s+(?:of\s+)?[A-Z]")


@cache
def _stop_words() -> frozenset[str]:
    """Words that end a description's noun phrase: prepositions, pronouns, relative words
    ("the mountain above the city", "the lock we made", "the maker whose bonds"); not "and",
    which joins its adjectives ("the smallest and lightest lock")."""
    words = {word.casefold() for word in sentence_openers()} | set(prepositions())
    return frozenset(words - {"and", "or", "the", "a", "an"}) | {"whose", "where", "to"}


@cache
def _noun(word: str) -> bool:
    """Whether a lower-case word may be the noun of a description: not a function word, a
    verb or a plural."""
    return (
        re.fullmatch(_NOUN, word) is not None
        and len(word) > 2
        and word not in _stop_words()
        and word not in ("the", "and", "or")
        and not VERB_AFTER.fullmatch(word)
        and not (word.endswith("s") and not word.endswith("ss"))
    )


def _organisation_noun(word: str) -> bool:
    """Whether a noun names a kind of organisation ("club", "company", "council"): after a
    place, an organisation of the place, not the place."""
    return word in organisation_words() or word in descriptor_nouns()


def _capital_body(word: str) -> bool:
    """Whether a capitalised word after "the" is the noun of a body written as its own
    short name ("The Ministry foresees", "the Board had been asked", "the Government would
    meet"): a kind of organisation's noun, capitalised, not a name's word ("The Ferryman").

    >>> _capital_body("Ministry"), _capital_body("Ferryman"), _capital_body("ministry")
    (True, False, False)
    """
    return word[:1].isupper() and word[1:].islower() and _organisation_noun(word.casefold())


def _modifier(word: str) -> bool:
    """Whether a word between a name and its noun describes the noun ("reservoir" of "the
    Lyubash reservoir dam"): not a function word or a verb ("sent the Assembly a bill")."""
    return word.casefold() not in _stop_words() | {"a", "an", "the"} and not VERB_AFTER.fullmatch(
        word
    )


def _nouns_after(text: str, end: int) -> set[str]:
    """The noun written right after a name that ends at `end` ("colliery" of "the Bzie Górne
    colliery near Rybnik", "board" of "the School District board voted"), and the one after a
    word describing it ("dam" of "the Lyubash reservoir dam").

    >>> sorted(_nouns_after("the Lyubash reservoir dam, in", 11))
    ['dam', 'reservoir']
    >>> sorted(_nouns_after("the Bzie colliery near Rybnik", 8))
    ['colliery']
    >>> sorted(_nouns_after("the Lisbon club Ribeira", 10))
    []
    """
    after = _WORDS_AFTER.match(text, end)
    if after is None:
        return set()
    first, second = after.group("first"), after.group("second")
    nouns: set[str] = set()
    if _noun(first) and not _NAME_RIGHT_AFTER.match(text, after.end("first")):
        nouns.add(first)  # not "the Lisbon club Ribeira": the club is Ribeira
    if (
        second is not None
        and _modifier(first)
        and _noun(second)
        and not _NAME_RIGHT_AFTER.match(text, after.end("second"))
    ):
        nouns.add(second)
    return nouns


def _apposition_noun(words: str) -> str | None:
    """The noun ending the noun phrase of an apposition's words: the word before the first
    preposition, pronoun, relative word or verb in -ed.

    >>> _apposition_noun("country's largest savings bank")
    'bank'
    >>> _apposition_noun("mountain above this Andean city")
    'mountain'
    >>> _apposition_noun("Earth observation microsatellite designed by students")
    'microsatellite'
    """
    last: str | None = None
    for word in words.split():
        folded = word.casefold()
        if folded in _stop_words() or (last is not None and VERB_AFTER.fullmatch(word)):
            break
        last = word
    return last if last is not None and _noun(last) else None


def _reports(words: str, noun: str) -> bool:
    """Whether the noun of an apposition's `words` is the subject of a reporting verb right
    after it: "under central Tarka, the university announced today" tells who reported, and
    no university is Tarka (stop 31).

    >>> _reports("university announced today", "university")
    True
    >>> _reports("university founded in 1907", "university")
    False
    """
    at = word_bounded(noun).search(words)
    return at is not None and reporting_verb_after(words, at.end())


def _head_words(name: str) -> list[str]:
    """The words of a name that say what it is: its last word (before a corporate suffix),
    the one before its first "of" ("port" and "authority" of the "Port of Rotterdam
    Authority", "group" of "Island Provisions Group Ltd") and its first when a feature of the
    land opens it (`data/feature_nouns.txt`: "river" of "River Rheidol"), lower case.

    >>> _head_words("Port of Rotterdam Authority"), _head_words("Lefkara Higher School")
    (['authority', 'port'], ['school'])
    >>> _head_words("River Tarn")
    ['tarn', 'river']
    """
    words = strip_corporate_suffix(name).casefold().split()
    heads = [words[-1]] if len(words) > 1 else []
    if "of" in words[1:]:
        heads.append(words[words.index("of", 1) - 1])
    if len(words) > 1 and words[0] in word_set("feature_nouns.txt"):
        heads.append(words[0])  # "River Rheidol", "Lake Tana": a river, a lake
    return heads


def descriptions(text: str, mention: ActorMention) -> set[str]:
    """The nouns that describe the thing `mention` names: the words of its name, the noun
    written after it (after "the" or a possessive), the noun ending an apposition after it,
    and the noun right before it.

    >>> dam = ActorMention(4, 11, "Lyubash", "Lyubash", "location")
    >>> sorted(descriptions("the Lyubash reservoir dam, in which", dam))
    ['dam', 'reservoir']
    >>> union = ActorMention(10, 19, "Havenbond", "Havenbond", "organisation")
    >>> sorted(descriptions("the union Havenbond said", union))
    ['union']
    >>> ozra = ActorMention(22, 26, "Ozra", "Ozra", "organisation")
    >>> sorted(descriptions("The satellite, called Ozra, flew", ozra))
    ['satellite']
    """
    return {word for word in _head_words(mention.name) if _noun(word)} | _written(text, mention)


def _written(text: str, mention: ActorMention) -> set[str]:
    """The nouns the text writes around `mention` to describe it, not words of its name."""
    nouns: set[str] = set()
    if mention.type == ActorType.PRODUCT:  # a title: '"Dust," a new comedy by'
        nouns.update(work_nouns_near(text, mention.start, mention.end))
    if _ARTICLE_BEFORE.search(text, max(0, mention.start - 6), mention.start):
        after = _nouns_after(text, mention.end)
        if mention.type in _PLACES:  # "the Lisbon club announced": the club of Lisbon
            after = {noun for noun in after if not _organisation_noun(noun)}
            if text.startswith(("'s", "’s"), mention.end):
                after = set()  # "Slovenia's race" is no Slovenia
        nouns.update(after)
    noun = apposed_noun(text, mention.end)
    if noun is not None:
        nouns.add(noun)
    before = noun_before(text, mention)
    if before is not None:
        nouns.add(before)
    return nouns


def noun_before(text: str, mention: ActorMention) -> str | None:
    """The noun right before `mention` after an article or a possessive that describes the
    thing it names ("the union Havenbond", "the national statistics agency Dane"); none
    before a place or a possessive.

    >>> dane = ActorMention(22, 26, "Dane", "Dane", "organisation")
    >>> noun_before("the statistics agency Dane said", dane)
    'agency'
    """
    before = _NOUN_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    if (
        before is not None
        and _noun(before.group("noun"))
        and mention.type not in _PLACES
        and not text.startswith(("'s", "’s"), mention.end)
        # "a sounding rocket, the Agnishikha-2, was launched": the apposition closes
        and (before.group("comma") is None or text.startswith(",", mention.end))
    ):
        return before.group("noun")
    if (
        before is None
        and mention.type not in _PLACES
        and not text.startswith(("'s", "’s"), mention.end)
    ):
        return bare_noun_before(text, mention.start)  # "Supermarket chain HomeBasket"
    return None


def apposed_noun(text: str, end: int) -> str | None:
    """The noun ending an apposition right after a name ending at `end` ("Orlo, a Lima-based
    rating agency," -> "agency"), not one that reports ("X, the agency said").

    >>> apposed_noun("Orlo, a Lima-based rating agency, cut it.", 4)
    'agency'
    """
    apposition = _APPOSITION.match(text, end)
    if apposition is None:
        return None
    noun = _apposition_noun(apposition.group("words"))
    if noun is None or _reports(apposition.group("words"), noun):
        return None
    return noun


def _fits(noun: str, described: set[str]) -> bool:
    """Whether "the <noun>" fits a thing described by `described`: the noun itself, a
    longer noun ending in it ("satellite" of "nanosatellite"), or a noun of the same kind of
    work ("the film" of a feature, "the play" of a comedy: `works.same_kind_of_work`)."""
    return (
        noun in described
        or (len(noun) > 4 and any(word.endswith(noun) for word in described))
        or same_kind_of_work(noun, described)
    )


def _in_quotation(text: str, start: int) -> bool:
    """Whether `start` stands inside a quotation its sentence opens: an odd number of
    quotation marks on its line before it."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1


def _subject(text: str, start: int, end: int) -> bool:
    """Whether "the <noun>" at `text[start:end]` is a clause's subject: it opens a sentence
    or stands after a comma, a conjunction or a verb of saying, and a verb, a comma or a stop
    follows it, not a name or a noun it describes."""
    if _NAME_AFTER.match(text, end) or members_after(text, end):
        return False  # "the union Havenbond", "the union members voted"
    opens = _SENTENCE_OPENING.match(text, start) is not None
    if not opens and _CLAUSE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    return acting(text, start, end) and not object_of_a_verb(text, start, end)


_THINGS = frozenset(ActorType) - {ActorType.PERSON}


def _surnamed(mentions: Sequence[ActorMention]) -> set[str]:
    """Names of persons the text also writes by their last word alone ("Castle" of "Maria
    Castle"): a person's, whose last word names no kind of thing.

    >>> maria = ActorMention(0, 12, "Maria Castle", "Maria Castle", "person")
    >>> again = ActorMention(20, 26, "Castle", "Maria Castle", "person")
    >>> _surnamed([maria, again])
    {'Maria Castle'}
    """
    return {
        m.name
        for m in mentions
        if m.type == ActorType.PERSON and m.text != m.name and m.name.endswith(" " + m.text)
    }


def _kinds(noun: str) -> frozenset[ActorType]:
    """The types of mention "the <noun>" may stand for: any but a person; a person's too for
    a noun of no person ("index", "castle": a thing the model took for a person), as the
    noun of a person ("the striker", "the agency" read as one) is left to the title rules.

    >>> ActorType.PERSON in _kinds("castle"), ActorType.PERSON in _kinds("striker")
    (True, False)
    """
    return _THINGS if person_noun(noun) else frozenset(ActorType)


class _Described:
    """The things named before the anaphors, each with the nouns that describe it (its name's
    and the text's) and the text's own, read once at the first anaphor; and, for each noun
    asked, where the things it fits stand, so that the things before any anaphor are counted
    by bisection, not read again for each (stop 35).

    >>> rivo = ActorMention(0, 6, "Rivo-2", "Rivo-2", "product")
    >>> told = _Described("Rivo-2, the country's first nanosatellite, is ready.", [rivo], [rivo])
    >>> count, last = told.fitting("satellite", 1, own=True)
    >>> count, last.name
    (1, 'Rivo-2')
    >>> told.fitting("satellite", 0, own=False)
    (0, None)
    """

    def __init__(
        self, text: str, things: Sequence[ActorMention], mentions: Sequence[ActorMention]
    ) -> None:
        surnamed = _surnamed(mentions)
        self.things = list(things)
        #: for the nouns of each thing (own=False) and the text's own (own=True): word -> the
        #: indexes of the things it describes, in order
        self._indexes: dict[bool, dict[str, list[int]]] = {False: {}, True: {}}
        for index, thing in enumerate(things):
            own = _written(text, thing)
            heads = {word for word in _head_words(thing.name) if _noun(word)}
            if thing.name in surnamed:
                heads = set()  # "Maria Castle ... Castle said": no castle
            for word in heads | own:
                self._indexes[False].setdefault(word, []).append(index)
            for word in own:
                self._indexes[True].setdefault(word, []).append(index)
        self._read: dict[tuple[str, bool], tuple[list[int], list[int]]] = {}

    def fitting(self, noun: str, before: int, *, own: bool) -> tuple[int, ActorMention | None]:
        """How many names (0, 1, or 2 for two or more) the things among the first `before`
        that "the <noun>" fits (`_fits`, of the kinds `_kinds` allows) are written with, and the
        last of those things."""
        positions, names = self._positions(noun, own)
        count = bisect_left(positions, before)
        if not count:
            return 0, None
        return names[count - 1], self.things[positions[count - 1]]

    def _positions(self, noun: str, own: bool) -> tuple[list[int], list[int]]:
        """The indexes of the things "the <noun>" fits, in order, and for each the number of
        names the things up to it are written with (at most 2)."""
        key = (noun, own)
        if key not in self._read:
            kinds = _kinds(noun)
            described = self._indexes[own]
            fit: set[int] = set()
            for word, indexes in described.items():
                if _fits(noun, {word}):
                    fit.update(indexes)
            positions = [index for index in sorted(fit) if self.things[index].type in kinds]
            names: list[int] = []
            seen: set[str] = set()
            for index in positions:
                if len(seen) < 2:
                    seen.add(self.things[index].name)
                names.append(len(seen))
            self._read[key] = (positions, names)
        return self._read[key]


def described_anaphora(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Mentions of the things that "The satellite", "the museum" or "the union" stand for:
    the one name described by the noun (`descriptions`) before it; none where two are.
    `mentions` are sorted by start."""
    # not a headline's words in capitals ("WAGES VAN TRIAL"); a name the model took for a
    # person stands for a thing's noun only ("The Ibovespa, the benchmark index ... The
    # index fell", "Carrow Castle ... the castle"), never a person's ("the striker")
    things = [m for m in mentions if not m.text.isupper()]
    if not things:
        return []
    described: _Described | None = None  # read at the first anaphor
    ends = [m.end for m in things]
    starts = [m.start for m in mentions]
    found: list[ActorMention] = []
    for match in the_sweep(_DEFINITE, text):
        start, end = match.span()
        noun = match.group("noun")
        if noun[0].isupper():
            if not _capital_body(noun):
                continue
            noun = noun.casefold()
        if not _noun(noun):
            continue
        index = bisect_right(starts, start)
        if (index and mentions[index - 1].end > start) or (
            index < len(mentions) and mentions[index].start < end
        ):
            continue  # a word of a name
        if index < len(mentions) and text[end : mentions[index].start].isspace():
            continue  # "The new Quorvex was praised": the word describes the name after it
        if _in_quotation(text, start) or not _subject(text, start, end):
            continue
        if described is None:
            described = _Described(text, things, mentions)
        before = bisect_right(ends, start)
        fitting, last_fitting = described.fitting(noun, before, own=False)
        # one described so in the text's own words wins over names that only hold the noun
        # ("the Banco de Ahorro, the country's largest savings bank" over a "Central Bank")
        written, last_written = described.fitting(noun, before, own=True)
        antecedent = last_written if written == 1 else last_fitting if fitting == 1 else None
        if antecedent is not None:  # two museums: "the museum" says not which
            found.append(
                ActorMention(start, end, text[start:end], antecedent.name, antecedent.type)
            )
        elif not fitting:
            place = settlement_referent(noun, text, start, mentions[:index])
            if place is not None:  # "Schools will reopen on Monday, the city said"
                found.append(ActorMention(start, end, text[start:end], place.name, place.type))
    return found
