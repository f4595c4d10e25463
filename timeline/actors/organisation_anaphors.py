"""Anaphors of "the" and an organisation's noun: "the company", "the firm", "the automaker"
stand for the organisation named last (`organisation_anaphora`); "the museum", "the centre",
"The Government" for the one organisation whose name that word heads
(`head_anaphors.head_anaphora`).
`anaphora.thing_anaphora` runs them after its "It" and "the store".

    >>> gm = ActorMention(0, 2, "GM", "General Motors", "organisation")
    >>> [(m.text, m.name) for m in organisation_anaphora("GM cut jobs. The firm grew.", [gm])]
    [('The firm', 'General Motors')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from timeline.actors.anaphor_chains import TOPIC_REACH, alone_in_reach, topic
from timeline.actors.anaphor_context import (
    OPENING,
    RESTRICTIVE,
    THING_REACH,
    after_a_preposition,
    after_place_preposition,
    object_of_a_verb,
    owner_of_a_thing,
    sentence_start,
    subject_of_named,
    subject_of_previous,
)
from timeline.actors.mention import ActorMention, named_most
from timeline.actors.openings import the_sweep
from timeline.actors.referent_kinds import described_bodies, is_body, kept_referent, still_held
from timeline.actors.referents import placed_names
from timeline.actors.tickers import lists_a_company
from timeline.actors.vocabulary import body_words, may_end_in_corporate_suffix
from timeline.determiners import ARTICLES, POSSESSIVES, THIS_OR_THAT
from timeline.kinds import ActorType
from timeline.wordlists import word_list, word_set

_PLACES = (ActorType.LOCATION, ActorType.COUNTRY)

_SENTENCE_OPENING = re.compile(OPENING)
#: A word that opens a noun phrase, no modifier of the noun after "the".
_DETERMINER = f"(?:{ARTICLES}|{POSSESSIVES}|{THIS_OR_THAT})"
#: "the company", "the automaker", "the auto company", "the Denver-based carrier" (a place of
#: up to three words, maybe with its state: "the Can Tho-based operator", "the Orley,
#: Vermont-based firm") anywhere in a sentence; not "the Italian
#: company" (a description that picks one of several), "the company's" chief (a title), nor a
#: descriptor before an acronym or a name in brand case ("the statistics agency IBGE", "the
#: chipmaker ArmTek").
_ORGANISATION_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?:(?P<modifier>(?:(?!" + _DETERMINER + r"\s)[a-z][a-z-]*\s+){1,2})"
    r"|(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*(?:,\s+(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)?-(?:based|headquartered)\s+)?(?P<noun>"
    + "|".join(re.escape(noun) for noun in word_list("organisation_anaphors.txt"))
    + r")(?P<possessive>['’]s)?\b(?!['’-])(?!\s*,\s*[A-Z])(?!\s+[A-Z][a-z]*[A-Z])"
)


def lone_word(
    mention: ActorMention, mentions: list[ActorMention], held: frozenset[str] | None = None
) -> bool:
    """Whether `mention` is one word the model took for a person that no person's longer name
    holds ("Shahna", "Tessera"): a company or a craft that "It" goes on with, as no surname
    of a person named in full is. `held` is `words_of_persons(mentions)` when read already.

    >>> ana = ActorMention(0, 8, "Ana Roe", "Ana Roe", "person")
    >>> roe, tessera = (ActorMention(10, 13, "Roe", "Roe", "person"),
    ...                 ActorMention(20, 27, "Tessera", "Tessera", "person"))
    >>> lone_word(roe, [ana, roe, tessera]), lone_word(tessera, [ana, roe, tessera])
    (False, True)
    """
    if mention.type != ActorType.PERSON or mention.name != mention.text or " " in mention.name:
        return False
    return mention.name not in (held if held is not None else words_of_persons(mentions))


def words_of_persons(mentions: Sequence[ActorMention]) -> frozenset[str]:
    """The words of the persons' names of `mentions` that are no person's whole name alone:
    read once per text for `lone_word`, not every mention again for each (stop 35).

    >>> sorted(words_of_persons([ActorMention(0, 8, "Ana Roe", "Ana Roe", "person")]))
    ['Ana', 'Roe']
    """
    names = {m.name for m in mentions if m.type == ActorType.PERSON}
    return frozenset(word for name in names for word in name.split() if word != name)


#: One or two lower-case words after a name, the last maybe a plural: "rural municipality",
#: "districts".
_UNIT_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?([a-z]+)\b")


def before_a_unit(text: str, end: int) -> bool:
    """Whether an administrative unit's noun (`data/administrative_units.txt`), maybe after
    a word and maybe a plural, follows a name ending at `end`: "Tarka rural municipality",
    "Myagdi and Tarka districts" name places, not a company.

    >>> before_a_unit("in Tarka rural municipality", 8), before_a_unit("Tarka said", 5)
    (True, False)
    """
    after = _UNIT_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    units = word_set("administrative_units.txt")
    return word in units or (word.endswith("s") and word[:-1] in units)


#: Nouns of a line of trade when a word stands before them ("the music business", "the
#: pizza business"), of an organisation when alone ("The business said").
_TRADE_NOUNS = frozenset({"business"})


def organisation_anaphora(
    text: str, mentions: list[ActorMention], earlier: Sequence[ActorMention] = ()
) -> list[ActorMention]:
    """Mentions of the organisations that "the company", "the firm" or "the automaker" stand
    for: the organisation named last before it, within `THING_REACH` characters. Not when a
    name follows in apposition ("the carmaker, Fiat,"), nor where a name already stands.
    Where no organisation is named that near, the story goes on with the one the last
    anaphor stood for (one of these or of `earlier`, the "It" and "The company" opening
    sentences), when no other organisation was named since and it is within `TOPIC_REACH`.

    >>> gm = ActorMention(0, 2, "GM", "General Motors", "organisation")
    >>> text = "GM cut jobs. In a filing, the auto company said it needs cash."
    >>> [(m.text, m.name) for m in organisation_anaphora(text, [gm])]
    [('the auto company', 'General Motors')]
    """
    # one word the model took for an organisation, only ever written where a place stands,
    # is a place ("The board, which met in Chennai, ... The company")
    places = placed_names(text, tuple(mentions), ActorType.ORGANISATION)
    persons_placed = placed_names(text, tuple(mentions), ActorType.PERSON)
    place_ends = {m.end for m in mentions if m.type in _PLACES}
    held = words_of_persons(mentions)
    organisations = [
        m
        for m in mentions
        if (
            m.type == ActorType.ORGANISATION
            and not (" " not in m.name and m.name in places)
            and not lists_a_company(text, m.start, m.end)  # "Orlo Inc. (NYSE: ORL)": the market
        )
        or (
            lone_word(m, mentions, held)
            and not after_place_preposition(text, m.start)
            and m.name not in persons_placed  # "in the forest above Geeveston"
            and not before_a_unit(text, m.end)  # "the villages of Tarka rural municipality"
            and not _after_a_place(text, m, place_ends)  # "at Kelby Park, Dunmore"
        )
    ]
    if not organisations:
        return []
    bodies = described_bodies(text, organisations)  # "Calvo Ratings, a rating agency"
    ends = [m.end for m in organisations]
    starts = [m.start for m in mentions]
    found: list[ActorMention] = []
    referents: dict[str, ActorMention] = {}  # noun -> the organisation it stood for
    chain = sorted((m for m in earlier if m.type == ActorType.ORGANISATION), key=lambda m: m.start)
    for match in the_sweep(_ORGANISATION_ANAPHOR, text):
        start, end = match.span()
        index = bisect_right(starts, start)
        if (index and mentions[index - 1].end > start) or (
            index < len(mentions) and mentions[index].start < end
        ):
            continue  # part of a name ("the Ford Motor Company")
        if index < len(mentions) and not text[end : mentions[index].start].strip():
            continue  # "the rival chain Hollins Stores": a noun describing the name after it
        if match.group("possessive") and not (
            _SENTENCE_OPENING.match(text, start) and owner_of_a_thing(text, start, end)
        ):
            continue  # "the company's chief", or a possessive inside a sentence
        if object_of_a_verb(text, start, end) or after_a_preposition(text, start, end):
            continue  # "Fahmy started the company", "a stake in the company": no actor
        if RESTRICTIVE.match(text, end):
            continue  # "the company that pays least wins": any company, no anaphor
        if match.group("modifier") and match.group("noun") in _TRADE_NOUNS:
            continue  # "out of the music business": a line of trade, no organisation
        before = bisect_right(ends, start)
        named = _last_of_kind(match.group("noun"), organisations[:before], bodies)
        antecedent: ActorMention | None = None
        words = {match.group("noun"), *(match.group("modifier") or "").split()}
        own = _named_with_noun(words, organisations[:before], start)
        subject = subject_of_previous(text, start, mentions, organisations[:before])
        if own is not None:
            antecedent = own
        elif len(words) > 2:
            continue  # "the state news agency": two words describe one the story never named
        elif (
            subject is not None
            and _of_kind(match.group("noun"), subject, bodies)
            and (
                match.group("noun") not in referents
                or not (
                    kept_referent(
                        referents[match.group("noun")], organisations, chain, subject, start
                    )
                    # "The regulator approved the bank's purchase": the story is still its
                    or _ORGANISATION_ANAPHOR.search(text, subject.end, start) is not None
                )
            )
        ):
            antecedent = subject
        elif named is not None and start - named.end <= THING_REACH:
            # the subject of the sentence naming the organisation named last, over it ("Orlo
            # agreed to buy studio Vell. The deal closes in June. Its chief said the company")
            named = _subject_over(
                match.group("noun"), text, start, named, mentions, organisations[:before], bodies
            )
            # the noun keeps the organisation it stood for before ("the company" after "the
            # brokerage" named another), else the organisation named last
            antecedent = still_held(
                referents.get(match.group("noun")), named, organisations[:before]
            ) or _suffixed_company(match.group("noun"), named, organisations[:before], start)
        else:
            # the anaphor before of the noun's kind: "the union ... the company" is no union
            kind = [m for m in chain if _of_kind(match.group("noun"), m, bodies)]
            antecedent = (
                topic(kind, named, start)
                or alone_in_reach(named, organisations[:before], start)
                or (
                    _subject(text, start)  # not "would require the operator to": no object
                    and (
                        _most_named(
                            match.group("noun"), organisations[:before], chain, start, bodies
                        )
                        or (
                            # the sentence's own subject, not a reported clause's ("said that
                            # the bank had room to act"), which the golds part on
                            not _REPORTED_BEFORE.search(text, max(0, start - 12), start)
                            and sole_of_kind(match.group("noun"), organisations[:before], bodies)
                        )
                    )
                )
                or None
            )
        if antecedent is None:
            continue
        referents[match.group("noun")] = antecedent
        # a company's noun says what a one-word name the model took for a person is: "It"
        # after "The company" goes on with it (`anaphor_chains.it_after_anaphor`)
        mention = ActorMention(start, end, text[start:end], antecedent.name, ActorType.ORGANISATION)
        found.append(mention)
        chain.insert(bisect_right([m.start for m in chain], start), mention)
    return found


#: A comma and a space between a place and a word: "Kelby Park, Dunmore".
_COMMA = re.compile(r",\s+")


def _after_a_place(text: str, mention: ActorMention, place_ends: set[int]) -> bool:
    """Whether `mention` follows a place's name and a comma ("at Kelby Park, Dunmore,"): the
    place it lies in, though the model took its one word for a person; no organisation.

    >>> park = ActorMention(3, 13, "Kelby Park", "Kelby Park", "location")
    >>> town = ActorMention(15, 22, "Dunmore", "Dunmore", "person")
    >>> _after_a_place("at Kelby Park, Dunmore, on", town, {park.end})
    True
    """
    comma = _COMMA.search(text, max(0, mention.start - 4), mention.start)
    return comma is not None and comma.end() == mention.start and comma.start() in place_ends


#: What stands before a subject inside a sentence: a comma, "that", a verb of saying.
_SUBJECT_BEFORE = re.compile(r"(?:,|\b(?:that|said|says))\s+$")
#: What stands before a reported clause's subject: "that", a verb of saying.
_REPORTED_BEFORE = re.compile(r"\b(?:that|said|says)\s+$")


def _subject(text: str, start: int) -> bool:
    """Whether an anaphor at `start` opens its sentence or a clause after a comma, "that" or
    a verb of saying: a subject, not an object ("would require the operator to").

    >>> _subject("Sales fell. The company said", 12), _subject("to require the firm", 11)
    (True, False)
    """
    return bool(
        _SENTENCE_OPENING.match(text, start)
        or _SUBJECT_BEFORE.search(text, max(0, start - 12), start)
    )


def _most_named(
    noun: str,
    organisations: list[ActorMention],
    chain: list[ActorMention],
    start: int,
    bodies: frozenset[str] = frozenset(),
) -> ActorMention | None:
    """The organisation the story before `start` is about, for a noun with no organisation
    named near it: of those of its kind (`_of_kind`), the one the text names most often
    before it, twice or more and more often than any other, when it was named or pointed to
    (`chain`) within `TOPIC_REACH` ("Orlo Ltd ... Orlo ... The company said ... [a paragraph
    naming a market once] ... The company repaid its loan"). One named once, as often as
    another named since, is no topic ("Tarnow ... Krol ... the company").

    >>> def at(start, name):
    ...     return ActorMention(start, start + 4, name, name, "organisation")
    >>> named = [at(0, "Orlo Ltd"), at(300, "Orlo Ltd"), at(700, "Vell Partners")]
    >>> _most_named("company", named, [], 1400).name
    'Orlo Ltd'
    >>> _most_named("company", named[1:], [], 1400) is None
    True
    """
    kind = [o for o in organisations if o.end <= start and _of_kind(noun, o, bodies)]
    name = named_most(o.name for o in kind)
    if name is None:
        return None
    last = max(
        (o for o in [*kind, *chain] if o.name == name and o.end <= start), key=lambda o: o.end
    )
    return last if start - last.end <= TOPIC_REACH else None


def _subject_over(
    noun: str,
    text: str,
    start: int,
    named: ActorMention,
    mentions: list[ActorMention],
    organisations: list[ActorMention],
    bodies: frozenset[str],
) -> ActorMention:
    """The organisation a noun at `start` stands for in place of `named`, the one of its kind
    named last, when `named` stands after the subject of an earlier sentence: that subject,
    of the noun's kind (`anaphor_context.subject_of_named`; stop 47, helper `referents`).

    >>> orlo = ActorMention(0, 4, "Orlo", "Orlo", "organisation")
    >>> vell = ActorMention(24, 28, "Vell", "Vell", "organisation")
    >>> text = "Orlo agreed to buy studio Vell. The deal closes. The company grew."
    >>> _subject_over("company", text, 49, vell, [orlo, vell], [orlo, vell], frozenset()).name
    'Orlo'
    """
    own = start if _SENTENCE_OPENING.match(text, start) else sentence_start(text, start)
    if named.end > own:
        return named  # "Orlo sold Vell to Bex, the company said": its own sentence's
    subject = subject_of_named(text, named, mentions, organisations)
    return subject if subject is not None and _of_kind(noun, subject, bodies) else named


def sole_of_kind(
    noun: str, organisations: list[ActorMention], bodies: frozenset[str] = frozenset()
) -> ActorMention | None:
    """The organisation a subject's noun with none named near it stands for (opening its
    sentence or after a comma: not a reported clause's, "said that the company") when the text
    before has named one organisation of its kind only, however far back (stop 47, helper
    `referents`): the story's company, named in its opening and by its noun since, past a
    union's or a ministry's paragraph ("Orlo Ltd cut jobs. ... the union said. ... The
    company expects ..."). None when two of its kind were named: which is not read here.

    >>> orlo = ActorMention(0, 8, "Orlo Ltd", "Orlo Ltd", "organisation")
    >>> union = ActorMention(90, 99, "Tex Union", "Tex Union", "organisation")
    >>> vell = ActorMention(200, 204, "Vell", "Vell", "organisation")
    >>> sole_of_kind("company", [orlo, union]).name
    'Orlo Ltd'
    >>> print(sole_of_kind("company", [orlo, union, vell]))
    None
    """
    kind = [o for o in organisations if _of_kind(noun, o, bodies)]
    return kind[-1] if kind and len({o.name for o in kind}) == 1 else None


def _last_of_kind(
    noun: str, organisations: list[ActorMention], bodies: frozenset[str] = frozenset()
) -> ActorMention | None:
    """The last of `organisations` that the anaphor's noun can stand for: a company's noun
    ("the company", "the carrier") passes over a public body, a market or a union named since
    (`body_words` in its name: "the Sydney Stock Exchange", "the Port Authority"); a body's
    noun ("the agency", "the regulator") takes the last one.

    >>> miner = ActorMention(0, 6, "Kestra", "Kestra", "organisation")
    >>> market = ActorMention(20, 34, "Stock Exchange", "Stock Exchange", "organisation")
    >>> [_last_of_kind(noun, [miner, market]).name for noun in ("company", "agency")]
    ['Kestra', 'Stock Exchange']
    """
    if noun in body_words():
        return organisations[-1] if organisations else None
    for organisation in reversed(organisations):
        if not is_body(organisation, bodies):
            return organisation
    return None


def _suffixed_company(
    noun: str, named: ActorMention, organisations: list[ActorMention], start: int
) -> ActorMention:
    """The organisation a company's noun ("the company", "the firm") at `start` stands for
    when the one named last (`named`) has no corporate suffix: the one organisation named
    within `TOPIC_REACH` under a name with a suffix ("Veltro S.A."), and more often than
    `named`: a company by its name, which the story is about, where the one named last is a
    fund or a buyer it spoke of ("Veltro S.A. ... Veltro ... a slate Punta Partners opposed.
    Most votes backed it, the company said"). Else `named`; a body's noun ("the agency")
    keeps `named` too.

    >>> veltro = [ActorMention(at, at + 6, "Veltro", "Veltro S.A.", "organisation")
    ...           for at in (0, 20)]
    >>> punta = ActorMention(34, 44, "Punta Partners", "Punta Partners", "organisation")
    >>> _suffixed_company("company", punta, [*veltro, punta], 60).name
    'Veltro S.A.'
    >>> _suffixed_company("agency", punta, [*veltro, punta], 60).name
    'Punta Partners'
    >>> _suffixed_company("company", punta, [veltro[0], punta], 60).name
    'Punta Partners'
    """
    if noun in body_words() or may_end_in_corporate_suffix(named.name):
        return named
    times = Counter(organisation.name for organisation in organisations)
    suffixed = {
        organisation.name: organisation
        for organisation in organisations
        if start - organisation.end <= TOPIC_REACH
        and may_end_in_corporate_suffix(organisation.name)
        and not is_body(organisation)
    }
    if len(suffixed) != 1:
        return named
    name, organisation = next(iter(suffixed.items()))
    return organisation if times[name] > times[named.name] else named


def _of_kind(noun: str, organisation: ActorMention, bodies: frozenset[str] = frozenset()) -> bool:
    """Whether the anaphor's noun can stand for `organisation`: a company's noun ("the
    company", "the carrier") for no public body, market or union (`body_words` in its name),
    a body's noun ("the agency") for such a body only.

    >>> board = ActorMention(0, 11, "Water Board", "Water Board", "organisation")
    >>> _of_kind("company", board), _of_kind("agency", board)
    (False, True)
    """
    return is_body(organisation, bodies) == (noun in body_words())


def _named_with_noun(
    words: set[str], organisations: list[ActorMention], start: int
) -> ActorMention | None:
    """The last organisation named before `start`, within `TOPIC_REACH`, whose name has the
    anaphor's noun or the word before it ("the agency" of the "Egyptian Space Agency", another
    body named since; "the computer company" of "Apple Computer", "Apple Corps" its subject).

    >>> computer = ActorMention(0, 14, "Apple Computer", "Apple Computer", "organisation")
    >>> corps = ActorMention(20, 31, "Apple Corps", "Apple Corps", "organisation")
    >>> _named_with_noun({"computer", "company"}, [computer, corps], 60).name
    'Apple Computer'
    """
    for organisation in reversed(organisations):
        if start - organisation.end > TOPIC_REACH:
            return None
        written = f"{organisation.name} {organisation.text}".casefold().split()
        if words.intersection(written):
            return organisation
    return None
