"""Anaphora: "He ..." or "The pair ..." opening a sentence that names no person takes the
persons of the nearest earlier sentence that names any.

    >>> has_anaphor("One year later he was fired."), has_anaphor("The helicopter landed.")
    (True, False)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from timeline.actors.anaphor_chains import reporting_verb_after
from timeline.actors.referents import (
    gendered_words,
    main_person,
    person_genders,
    placed_persons,
)
from timeline.actors.vessels import vessel_types, vessels_in
from timeline.events.event import actors_in
from timeline.events.first_person import FIRST_PERSON, first_person_points
from timeline.events.person_anaphors import coordinated_persons, described_person, plural_they
from timeline.events.reported_pronouns import unreported_end
from timeline.events.survivors import survivors_follow
from timeline.kinds import ActorType
from timeline.syntax import QUOTATION, reporting_verbs  # no model is loaded
from timeline.wordlists import alternation, pronouns, table

if TYPE_CHECKING:
    from timeline.actors import ActorMention
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate

#: Sentences back that "he" or "the pair" may point to.
ANAPHORA_WINDOW = 3
#: Each word that points back, and how many persons it stands for ("the pair": two).
_ANAPHORS = {anaphor: int(persons) for anaphor, persons in table("anaphors.csv")}
# A subject pronoun before the main verb: "He started Apple", "One year later he was fired".
_ANAPHOR = re.compile(
    r"(?:^|[\s“\"(,])(" + "|".join(re.escape(anaphor) for anaphor in _ANAPHORS) + r")\b",
    re.IGNORECASE,
)


def has_anaphor(text: str) -> bool:
    """Whether a sentence says "he", "she", "the pair", "The 24-year-old", "They" and the
    like, which point back.

    >>> has_anaphor("One year later he was fired."), has_anaphor("The 24-year-old signed.")
    (True, True)
    """
    return (
        _ANAPHOR.search(text) is not None
        or FIRST_PERSON.search(text) is not None
        or described_person(text) is not None
        or plural_they(text) is not None
    )


def sentence_actors(
    text: str,
    sentences: Sequence[Sentence],
    number: int,
    verbs: Sequence[Predicate],
    mentions: Sequence[ActorMention],
    pointed: dict[int, list[str]],
    frozen: tuple[ActorMention, ...] | None = None,
) -> tuple[list[str], list[str]]:
    """The actors (names and types) of sentence `number` of the document `text`: those it
    names, and, when no person is named before its main verb (the first of `verbs`), the
    persons its "he" or "the pair" stands for. `pointed` maps the start of each earlier
    sentence to the persons its own "he" stood for; this sentence's are added to it.
    `frozen`, when given, is `mentions` as a tuple (made once for all the document's
    sentences: `actors.mention.MentionTuple`).

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import split_sentences
    >>> text = "Blinken landed. He spoke."
    >>> blinken = ActorMention(0, 7, "Blinken", "Antony Blinken", "person")
    >>> pointed: dict[int, list[str]] = {}
    >>> sentence_actors(text, split_sentences(text), 1, [], [blinken], pointed), pointed
    ((['Antony Blinken'], ['person']), {16: ['Antony Blinken']})
    """
    sentence = sentences[number]
    # a description opening the sentence says who its person is: its words ("The Mexican",
    # "The Englishman" the model took for a person) name no actor of their own
    description = described_person(sentence.text)
    opening = sentence.start + (description.end(1) if description is not None else 0)
    names, types = actors_in(mentions, opening, sentence.end)
    # Persons named before the main verb are the subject: no anaphora to resolve then.
    subject_end = sentence.start + (verbs[0].start if verbs else len(sentence.text))
    frozen = tuple(mentions) if frozen is None else frozen
    places = placed_persons(text, frozen)
    subject = _persons(*actors_in(mentions, opening, subject_end), places)
    speaker = _speaker_after_quotation(sentence.text, verbs)
    if speaker is not None:
        # '"Eric has waited two years for this," he said.': Eric is spoken of; he speaks
        named = set(names)
        names, types = resolve_anaphora(
            speaker,
            names,
            types,
            sentences[max(0, number - ANAPHORA_WINDOW) : number],
            mentions,
            pointed,
            genders=_genders(text, sentences, number, frozen, pointed),
            main=main_person(frozen),
            places=places,
        )
        if set(names) - named:
            pointed[sentence.start] = [n for n in names if n not in named]
    elif not subject:
        earlier = sentences[max(0, number - ANAPHORA_WINDOW) : number]
        if survivors_follow(sentence.text) and main_person(frozen) is not None:
            earlier = []  # "He is survived by": the obituary's person (`survivors`)
        # a sentence that names no person: its "he" anywhere is someone of the story ("In
        # response to questions of whether ..., he stated"; the first verb was the question's)
        named_person = bool(_persons(names, types, places))
        end = unreported_end(sentence, mentions)  # not "The Board said he had accepted"
        subject_text = text[sentence.start : subject_end if named_person else end]
        named = set(names)
        names, types = resolve_anaphora(
            subject_text,
            names,
            types,
            earlier,
            mentions,
            pointed,
            plural_within=subject_end - sentence.start,
            first_person=first_person_points(text, sentence, earlier, pointed, named_person),
            genders=_genders(text, sentences, number, frozen, pointed),
            main=main_person(frozen),
            places=places,
            vessels=vessel_types(text, frozen),
        )
        if set(names) - named:
            pointed[sentence.start] = [n for n in names if n not in named]
    elif (owner := _OWNER_OPENING.match(sentence.text)) is not None and re.search(
        rf"\b{_OWNER_PRONOUNS[owner.group(1)]}\b", sentence.text[subject_end - sentence.start :]
    ):
        # "Her son, Tomás Ibáñez, said she died": the son speaks, of the woman named before
        # ("Her husband, Tom Reyes, died in 2015" tells of him alone)
        earlier = sentences[max(0, number - ANAPHORA_WINDOW) : number]
        names, types = resolve_anaphora(
            _OWNER_PRONOUNS[owner.group(1)],
            names,
            types,
            earlier,
            mentions,
            pointed,
            genders=_genders(text, sentences, number, frozen, pointed),
            main=main_person(frozen),
            places=places,
        )
    return names, types


def _persons(names: list[str], types: list[str], places: frozenset[str]) -> list[str]:
    """The persons among `names`, but for the `places` the model took for persons.

    >>> _persons(["Ana Roe", "Tavua"], ["person", "person"], frozenset({"Tavua"}))
    ['Ana Roe']
    """
    return [
        n for n, t in zip(names, types, strict=True) if t == ActorType.PERSON and n not in places
    ]


#: "His" or "Her" and a lower-case noun opening a sentence ("Her son, Tomás Ibáñez, said"),
#: not "Her Majesty's Government"; the pronoun of the person it points back to.
_OWNER_OPENING = re.compile(r"^[\"“(]?(His|Her)\s+[a-z]")
_OWNER_PRONOUNS = {"His": "he", "Her": "she"}


def _genders(
    text: str,
    sentences: Sequence[Sentence],
    number: int,
    mentions: tuple[ActorMention, ...],
    pointed: dict[int, list[str]],
) -> dict[str, str]:
    """The sex of each person of the document `text`: the words written with their mentions
    say it ("Mrs Voss", "her son, Tom"), else the "he" or "she" of the sentences before the
    `number`th that stood for them alone, when all of those agree."""
    said = _said_before(sentences, number, pointed)
    genders = {name: next(iter(found)) for name, found in said.items() if len(found) == 1}
    return genders | person_genders(text, mentions)


#: The document last read by `_said_before`: its `pointed`, its sentences, how many of them
#: were read and what their "he" and "she" said of whom. A document's sentences are asked in
#: text order, so each is read once, not once per later sentence (stop 34).
_READ: list[tuple[dict[int, list[str]], Sequence[Sentence], int, dict[str, set[str]]]] = []


def _said_before(
    sentences: Sequence[Sentence], number: int, pointed: dict[int, list[str]]
) -> dict[str, set[str]]:
    """For each person, the sexes the "he" or "she" of the sentences before the `number`th
    said, where the sentence's pronoun stood for that person alone (`pointed`)."""
    last = _READ[0] if _READ else None
    if last is not None and last[0] is pointed and last[1] is sentences and last[2] <= number:
        upto, said = last[2], last[3]
    else:
        upto, said = 0, {}
    for sentence in sentences[upto:number]:
        persons = pointed.get(sentence.start, [])
        match = _ANAPHOR.search(sentence.text) if len(persons) == 1 else None
        gender = gendered_words().get(match.group(1).lower()) if match is not None else None
        if gender is not None:
            said.setdefault(persons[0], set()).add(gender)
    _READ[:] = [(pointed, sentences, number, said)]
    return said


#: "he" or "she" right after a quotation closes: '...," he said', '..." she added'
_PRONOUN_AFTER_QUOTATION = re.compile(
    r"[,.!?][\"”]\s+("
    + alternation(pronouns("subject", person="third", number="singular", personal=True), "either")
    + r")\s+(?=[a-z])"
)


def _speaker_after_quotation(text: str, verbs: Sequence[Predicate]) -> str | None:
    """The pronoun that speaks right after a quotation closes, the subject of a reporting
    verb: '"Eric has waited two years for this," he said.' speaks of Eric, and "he" is
    someone named before (`resolve_anaphora`), never a person the quotation names.

    >>> from timeline.syntax import Predicate
    >>> text = '"Eric has waited two years," he said.'
    >>> _speaker_after_quotation(text, [Predicate(32, 36, "say")])
    'he'
    >>> _speaker_after_quotation(text, [Predicate(32, 36, "wait")]) is None
    True
    """
    for match in _PRONOUN_AFTER_QUOTATION.finditer(text):
        if any(v.start == match.end() and v.lemma in reporting_verbs() for v in verbs):
            return match.group(1).lower()
    return None


def resolve_anaphora(
    text: str,
    names: list[str],
    types: list[str],
    earlier: Sequence[Sentence],
    mentions: Sequence[ActorMention],
    pointed: dict[int, list[str]] | None = None,
    plural_within: int | None = None,
    first_person: bool = False,
    genders: Mapping[str, str] | None = None,
    main: str | None = None,
    places: frozenset[str] = frozenset(),
    vessels: Mapping[str, str] | None = None,
) -> tuple[list[str], list[str]]:
    """ "He ..." or "The pair ..." opening a sentence that names no person: the persons of the
    nearest earlier sentence that names any, when exactly that many are there to point to
    (no guess when it is ambiguous). An earlier "he" counts as the person it stands for: in
    "He stood in Steve Jobs' place. He received $59 million", both are Tim Cook. A word for
    two persons ("both") past `plural_within` (an offset into `text`) points to no one. With
    `first_person` (a sentence that names no person), "I" where a clause opens points back
    too: the writer of the letter or the speaker the story just named. With `genders` (the sex
    of each person whose sex the document tells), "she" passes over a man and "he" over a
    woman. `main`, the person a profile is about, is the one "she" stands for among several
    persons of a sentence, or when no sentence of the window names one of her sex. "He" and
    "she" pass over `places`, the persons the model found that are places ("the coast of
    Upolu"; `referents.placed_persons`). "She" that no person of an earlier sentence stands for
    may be one of the `vessels` (each name's type) it names, not before a verb of saying: "The
    Kaiwhata was built in 1921. She came to New Zealand" (`actors.vessels`)."""
    pronoun = _ANAPHOR.search(text)
    described = described_person(text) if pronoun is None else None
    match = pronoun or described or (FIRST_PERSON.search(text) if first_person else None)
    if match is None:
        return _they(text, names, types, earlier, mentions, pointed)
    anaphor = match.group(1).lower()
    wanted = _ANAPHORS.get(anaphor, 1)
    age = described is not None  # "The 24-year-old", "The Samoan-born lawyer"
    one_of_several = gendered_words().get(anaphor) is not None or age
    gender = gendered_words().get(anaphor) if genders is not None else None
    if wanted > 1 and plural_within is not None and match.start(1) >= plural_within:
        return names, types  # "sales of both models" after the verb: no pair of persons
    # a ship is "She" opening a sentence, not one before a verb of saying ("She said")
    opens = not text[: match.start(1)].strip(' "“(')
    ship = opens and not reporting_verb_after(text, match.end(1))
    # a person the sentence names after its "she" is never her: "In 1978 she married Dan Rook"
    own = {n for n, t in zip(names, types, strict=True) if t == ActorType.PERSON}
    for sentence in reversed(earlier):
        if pointed and sentence.start in pointed:
            persons = pointed[sentence.start]  # the topic goes on
        else:
            if gender is not None and _opening_pronoun(sentence, mentions) == gender:
                continue  # "She married Dan Rook", her "she" not resolved: Dan Rook is not her
            previous_names, previous_types = actors_in(mentions, sentence.start, sentence.end)
            persons = [
                n
                for n, t in zip(previous_names, previous_types, strict=True)
                if t == ActorType.PERSON
            ]
            speakers = _unquoted_persons(sentence, mentions)
            if speakers:  # '"... Sierra Madre has the brands," Ana Lugo said. She said ...'
                persons = [p for p in persons if p in speakers]
        persons = [p for p in persons if p not in own]
        if not persons and vessels and gender == "female" and ship:
            persons = vessels_in(sentence.start, sentence.end, mentions, vessels, own)
        if persons and gender is not None and set(persons) <= places:
            continue  # "Born on the coast of Upolu, he ...": he is named before
        if gender is not None:
            persons = [p for p in persons if p not in places]
        if persons and gender is not None and genders is not None:
            persons = [p for p in persons if genders.get(p, gender) == gender]
            if not persons:
                continue  # only persons of the other sex: the one meant is named before
        if persons:
            if len(persons) > wanted == 1 and one_of_several:
                # "he", "she" or "the 24-year-old" (not "I", the speaker) goes on with one of
                # several persons
                # (an age, "The 29-year-old", not the subject: "Judge Ines Marlow sentenced
                # Carl Brisk. The 29-year-old had admitted theft" is no guess)
                persons = _likely_subject(sentence, mentions, persons, main, subject=not age)
            if len(persons) != wanted:
                return names, types  # ambiguous: no guess
            kinds = [(vessels or {}).get(p, ActorType.PERSON.value) for p in persons]
            return [*persons, *names], kinds + types
    agrees = genders is None or genders.get(str(main), gender) == gender
    if gender is not None and main is not None and main not in own and wanted == 1 and agrees:
        # no one nearer: "she" in an obituary is the person it is about
        return [main, *names], [ActorType.PERSON.value, *types]
    return names, types


def _they(
    text: str,
    names: list[str],
    types: list[str],
    earlier: Sequence[Sentence],
    mentions: Sequence[ActorMention],
    pointed: dict[int, list[str]] | None,
) -> tuple[list[str], list[str]]:
    """ "They" opening `text`: the persons the sentence right before names as its subject,
    two or more joined by "and" (`person_anaphors.coordinated_persons`), or those its own
    "They" stood for ("... are charged. They appeared in court. They are due back on
    Monday"); no one else ("They" may be a body, a team or people no name is given)."""
    if not earlier or plural_they(text) is None:
        return names, types
    last = earlier[-1]
    persons = (pointed or {}).get(last.start) or coordinated_persons(last, mentions)
    if len(persons) < 2 or set(persons) & set(names):
        return names, types
    return [*persons, *names], [ActorType.PERSON.value] * len(persons) + types


def _unquoted_persons(sentence: Sentence, mentions: Sequence[ActorMention]) -> set[str]:
    """The persons `sentence` names outside its quotations: the speaker of '"Sierra Madre has
    the brands," Ana Lugo said', whom a "she" after it stands for, not a name she spoke.

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import split_sentences
    >>> text = '"Tom Hale was right," Ana Lugo said.'
    >>> found = [ActorMention(1, 9, "Tom Hale", "Tom Hale", "person"),
    ...          ActorMention(22, 30, "Ana Lugo", "Ana Lugo", "person")]
    >>> _unquoted_persons(split_sentences(text)[0], found)
    {'Ana Lugo'}
    """
    quoted = [
        (sentence.start + q.start(), sentence.start + q.end())
        for q in QUOTATION.finditer(sentence.text)
    ]
    first = bisect_left(mentions, sentence.start, key=lambda m: m.start)  # sorted, as actors_in
    last = bisect_left(mentions, sentence.end, lo=first, key=lambda m: m.start)
    return {
        m.name
        for m in mentions[first:last]
        if m.type == ActorType.PERSON and not any(start <= m.start < end for start, end in quoted)
    }


#: A sentence's subject is named within this many characters of its start.
SUBJECT_REACH = 40
#: A possessive right after a name: "Steve Jobs' success", "Georges's death".
_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|(?=\s))")


def _likely_subject(
    sentence: Sentence,
    mentions: Sequence[ActorMention],
    persons: list[str],
    main: str | None,
    *,
    subject: bool = True,
) -> list[str]:
    """Of several `persons` of the earlier `sentence`, the one a "he" or "she" goes on with:
    none written only as a possessive ("Richard Doherty praised Steve Jobs' success. He
    ..."), then the person the story is about, else the one opening the sentence, its
    subject ("Nadim, now 67, joined his father. He ..."; not without `subject`); all of them
    when none of these decides.

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import split_sentences
    >>> text = "Ana Ruiz thanked Leo Diaz' sister."
    >>> both = [ActorMention(0, 8, "Ana Ruiz", "Ana Ruiz", "person"),
    ...         ActorMention(17, 25, "Leo Diaz", "Leo Diaz", "person")]
    >>> _likely_subject(split_sentences(text)[0], both, ["Ana Ruiz", "Leo Diaz"], None)
    ['Ana Ruiz']
    """
    own = [m for m in mentions if sentence.start <= m.start < sentence.end]
    written: dict[str, set[bool]] = {}
    for mention in own:
        after = _POSSESSIVE_AFTER.match(sentence.text, mention.end - sentence.start)
        written.setdefault(mention.name, set()).add(after is not None)
    kept = [p for p in persons if written.get(p) != {True}]
    if len(kept) == 1:
        return kept
    if main is not None and main in kept:
        return [main]
    first = _titled_after_its_body(own) if subject else None
    if first is None and own and subject:
        first = own[0]
    if (
        first is not None
        and first.type == ActorType.PERSON
        and first.name in kept
        and first.start - sentence.start <= SUBJECT_REACH
    ):
        return [first.name]
    return persons


def _titled_after_its_body(own: Sequence[ActorMention]) -> ActorMention | None:
    """The person a sentence opens with after the organisation whose title the person holds,
    the title read before the name (`ActorMention.role`): "Umoya chief executive Johan
    Pretorius apologised", "Orlo president Ana Roe said"; the subject a "he" goes on with,
    not a person the sentence names later (stop 49, helper `referents`).

    >>> from timeline.actors import ActorMention
    >>> orlo = ActorMention(0, 4, "Orlo", "Orlo", "organisation")
    >>> roe = ActorMention(15, 22, "Ana Roe", "Ana Roe", "person", role="president")
    >>> _titled_after_its_body([orlo, roe]).name
    'Ana Roe'
    >>> print(_titled_after_its_body([orlo, ActorMention(15, 22, "Ana Roe", "Ana Roe", "person")]))
    None
    """
    if len(own) < 2 or own[0].type != ActorType.ORGANISATION:
        return None
    second = own[1]
    return second if second.type == ActorType.PERSON and second.role else None


def _opening_pronoun(sentence: Sentence, mentions: Sequence[ActorMention]) -> str | None:
    """The sex of a "he" or "she" in `sentence` before any person it names, if one: the
    persons named after it are not the one it stands for.

    >>> from timeline.actors import ActorMention
    >>> from timeline.sentences import split_sentences
    >>> text = "In 1978 she married Dan Rook."
    >>> rook = ActorMention(20, 28, "Dan Rook", "Dan Rook", "person")
    >>> _opening_pronoun(split_sentences(text)[0], [rook])
    'female'
    """
    match = _ANAPHOR.search(sentence.text)
    if match is None:
        return None
    first_person = next(
        (
            m.start
            for m in mentions
            if sentence.start <= m.start < sentence.end and m.type == ActorType.PERSON
        ),
        sentence.end,
    )
    if sentence.start + match.start(1) > first_person:
        return None
    return gendered_words().get(match.group(1).lower())
