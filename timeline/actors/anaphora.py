"""Words that point back to a thing just named: "It", "the store", "the phone", "The new
iPhone", "the company" take the name of the organisation or product they stand for.

    >>> apple = ActorMention(0, 5, "Apple", "Apple", "organisation")
    >>> [(m.text, m.name) for m in thing_anaphora("Apple sold more. It grew.", [apple])]
    [('It', 'Apple')]
    >>> [(m.text, m.name) for m in thing_anaphora("Apple sold more. Then the firm grew.", [apple])]
    [('the firm', 'Apple')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from timeline.actors.anaphor_chains import (
    TOPIC_REACH,
    alone_in_reach,
    it_after_anaphor,
    named_organisations,
    topic,
)
from timeline.actors.anaphor_context import (
    EXPLETIVE_IT,
    FRONTED_IT,
    IT_OR_THE_AHEAD,
    OPENING,
    RESTRICTIVE,
    SUBJECT_REACH,
    THING_REACH,
    WORDS_AFTER,
    acting,
    after_a_preposition,
    after_place_preposition,
    members_after,
    object_of_a_verb,
    owner_of_a_thing,
    sentence_start,
    subject_of_previous,
    verb_before,
)
from timeline.actors.appositives import person_noun
from timeline.actors.described import described_anaphora
from timeline.actors.descriptors import place_bodies
from timeline.actors.mention import ActorMention
from timeline.actors.name_rests import with_lower_case_rest
from timeline.actors.nicknames import nickname_anaphora
from timeline.actors.products import model_number_at
from timeline.actors.short_forms import typed_short_forms
from timeline.actors.vocabulary import body_words, organisation_words
from timeline.kinds import ActorType
from timeline.wordlists import word_list

#: "It", "Its", "The (new) store" or "The union's" opening a sentence: a thing the sentences
#: before have named (a possessive: the thing whose shares or contract the sentence tells of).
_THING_OPENING = re.compile(
    IT_OR_THE_AHEAD
    + OPENING
    + rf"(?:{FRONTED_IT}|"
    + r"It(?P<its>s)?|The\s+(?:(?P<new>new|latest|newest)\s+)?"
    r"(?P<word>[A-Za-z][\w-]*)(?P<possessive>['’]s)?)\b(?!['’-])"
)
_SENTENCE_OPENING = re.compile(OPENING)
_THINGS = (ActorType.ORGANISATION, ActorType.PRODUCT)
#: "the company", "the automaker", "the auto company", "the Denver-based carrier" anywhere in
#: a sentence; not "the Italian company" (a description that picks one of several), "the
#: company's" chief (a title), nor a descriptor before an acronym or a name in brand case
#: ("the statistics agency IBGE", "the chipmaker ArmTek").
_ORGANISATION_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?:(?P<modifier>(?:(?!(?:the|a|an|its|their|this|that)\s)[a-z][a-z-]*\s+){1,2})|[A-Z][\w.]*-(?:based|headquartered)\s+)?(?P<noun>"
    + "|".join(re.escape(noun) for noun in word_list("organisation_anaphors.txt"))
    + r")(?P<possessive>['’]s)?\b(?!['’-])(?!\s*,\s*[A-Z])(?!\s+[A-Z][a-z]*[A-Z])"
)


def _latest_model(
    things: list[ActorMention], line: ActorMention, before: int
) -> ActorMention | None:
    """The model of a product line ("iPhone 4" of "iPhone") named last before `before`, within
    `THING_REACH` characters."""
    for thing in reversed(things):
        if thing.end > before:
            continue
        if before - thing.end > THING_REACH:
            break
        if thing.type == ActorType.PRODUCT and thing.name.startswith(line.text + " "):
            return thing
    return None


def _subject_before(
    text: str,
    start: int,
    mentions: list[ActorMention],
    starts: list[int],
    index: int,
    it: int | None = None,
) -> ActorMention | None:
    """The thing an "It" opening the sentence at `start` (or an "it" at `it` after a phrase
    set in front) stands for: the organisation or product opening the sentence before; none
    for an empty "It is expected that"."""
    at = start if it is None else it
    if EXPLETIVE_IT.match("It" + text[at + 2 : at + 80]):
        return None
    previous = sentence_start(text, start)
    first = bisect_left(starts, previous)
    if first < index and mentions[first].start - previous <= SUBJECT_REACH:
        opening = mentions[first]
        if verb_before(text, previous, opening.start):
            return None  # "The committee has asked the OPW to ... It will": not the OPW
        if opening.type in _THINGS or _lone_word(opening, mentions):
            return opening
    return None


def _it_before(text: str, start: int, found: list[ActorMention]) -> ActorMention | None:
    """The thing an "It" at `start` stands for when the sentence before opens with an "It" of
    its own, already resolved (`found`, in the order of the text): the same thing ("Velmar
    was sold in 2010. It remains the largest. It makes nine brands.").

    >>> velmar = ActorMention(0, 6, "Velmar", "Velmar", "organisation")
    >>> text = "Velmar was sold. It remains big. It makes vans."
    >>> first_it = ActorMention(17, 19, "It", "Velmar", "organisation")
    >>> _it_before(text, 33, [first_it]).name
    'Velmar'
    """
    if not found or EXPLETIVE_IT.match(text, start):
        return None
    previous = sentence_start(text, start)
    last = found[-1]
    if (
        previous <= last.start < start
        and last.start - previous <= SUBJECT_REACH
        and last.text in ("It", "Its")
        and last.type in _THINGS
    ):
        return last
    return None


def _lone_word(mention: ActorMention, mentions: list[ActorMention]) -> bool:
    """Whether `mention` is one word the model took for a person that no person's longer name
    holds ("Shahna", "Tessera"): a company or a craft that "It" goes on with, as no surname
    of a person named in full is."""
    if mention.type != ActorType.PERSON or mention.name != mention.text or " " in mention.name:
        return False
    return not any(
        m.type == ActorType.PERSON and mention.name in m.name.split() and m.name != mention.name
        for m in mentions
    )


def _named_before(
    word: str, start: int, things: list[ActorMention], thing_ends: list[int]
) -> ActorMention | None:
    """The thing "the <word>" at `start` shortens: the last one within `THING_REACH` with
    `word` in its name ("the store" of the "iTunes Store") or ending one of its words ("the
    phone" of the "iPhone 4")."""
    # mentions do not overlap: sorted by start, they are sorted by end too
    for thing in reversed(things[: bisect_right(thing_ends, start)]):
        if start - thing.end > THING_REACH:
            break
        words = thing.name.casefold().split()
        if word in words or (len(word) >= 4 and any(w.endswith(word) for w in words)):
            return thing
    return None


def thing_anaphora(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions of the things that "It", "the store" or "The new iPhone" opening a sentence
    refer to; `mentions` are sorted and do not overlap.

    "It" refers to the organisation or product opening the sentence before ("iPhone 4 has a
    steel frame. It also has a new screen."); "the store", "the phone" to a thing named in
    the sentences just before with that word in its name; "The new iPhone" to the latest
    model of the line. An empty "it" ("It is expected that ...") refers to nothing. The
    first words of an organisation's name the model took for a person or a place come back
    renamed to it first (`typed_short_forms`), and "Council" to the "Regina city council"
    written before (`place_bodies`): "It" after them stands for it too.
    """
    retyped = typed_short_forms(text, mentions)  # "Harbour Crest" taken for a person
    retyped.extend(place_bodies(text, mentions))  # "Council" of "Regina city council"
    retyped.extend(with_lower_case_rest(text, mentions))  # "the Lyceum rankings"
    spans = {(m.start, m.end) for m in retyped}
    retyped.extend(  # "Brindle Kids" taken for a person here, an organisation there
        m for m in named_organisations(mentions) if (m.start, m.end) not in spans
    )
    if retyped:
        at = {(m.start, m.end) for m in retyped}
        mentions = sorted(
            [*(m for m in mentions if (m.start, m.end) not in at), *retyped], key=_start
        )
    found = _thing_anaphora(text, mentions)
    taken = [(m.start, m.end) for m in found]
    return sorted([*found, *(m for m in retyped if (m.start, m.end) not in taken)], key=_start)


def _thing_anaphora(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    things = [m for m in mentions if m.type in _THINGS]
    if not things:  # a team the model took for a person or a place may still have a nickname
        return nickname_anaphora(text, mentions)
    starts = [m.start for m in mentions]
    thing_ends = [m.end for m in things]
    found: list[ActorMention] = []
    for match in _THING_OPENING.finditer(text):
        opens = match.start()  # the sentence's, before a phrase set in front ("In 2007 it")
        start, end = match.span("low") if match.group("low") else match.span()
        index = bisect_right(starts, start)
        if (index and mentions[index - 1].end > opens) or bisect_right(starts, opens) != index:
            continue  # the model named it already, or a name in the phrase in front
        if match.group("its") and members_after(text, end):
            continue  # "Its seamen will be paid": the organisation's people act
        after = WORDS_AFTER.match(text, end)
        if (
            match.group("word")
            and not match.group("possessive")
            and after is not None
            and person_noun(after.group(1))
        ):
            continue  # "The colliery manager told reporters": a person of it acts
        if match.group("possessive") and not owner_of_a_thing(text, start, end):
            # "The company's chief executive": a title; "Its chief executive" is the
            # organisation's own word (fresh outlets 117 -> 118/167, the rest unchanged)
            continue
        if index < len(mentions) and mentions[index].start < end:
            named = mentions[index]
            if match.group("new") and named.start == match.start("word") and named.end == end:
                # "The new iPhone" where the model saw "iPhone": the line's latest model named
                newest = _latest_model(things, named, start)
                if newest is not None:
                    found.append(replace(named, name=newest.name, type=newest.type))
            continue
        antecedent: ActorMention | None = None
        if match.group("word") is None:  # "It", "Its", "In 2007 it"
            antecedent = _subject_before(text, opens, mentions, starts, index, start)
            if antecedent is None:
                antecedent = _it_before(text, opens, found)
        elif not model_number_at(text, end):  # "The iPhone 3GS": a name of its own
            word = match.group("word").casefold()
            antecedent = _named_before(word, start, things, thing_ends)
        if antecedent is not None:
            found.append(
                ActorMention(start, end, text[start:end], antecedent.name, antecedent.type)
            )
    # "the company" is the organisation named last (`organisation_anaphora`), even where one
    # name ends in "Company": tried the other way round, entity timelines GM 0.471 -> 0.470
    described = described_anaphora(text, mentions)  # "The satellite" of "X, the satellite"
    for more in (
        described,
        organisation_anaphora(text, mentions, [*found, *described]),
        head_anaphora(text, mentions),
        nickname_anaphora(text, mentions),
    ):
        taken = [(m.start, m.end) for m in found]
        found.extend(m for m in more if not any(_overlaps(m, t) for t in taken))
    found.sort(key=lambda m: m.start)
    found.extend(it_after_anaphor(text, mentions, found))  # "The company ... It will"
    return sorted(found, key=lambda m: m.start)


def head_word(name: str) -> str | None:
    """The organisation word that heads a name of two words or more: its last word, or the
    one before its "of" ("Museum" of "Holm Museum of World Cultures"), else the last
    ("Authority" of "Port of Tarn Authority"); not a plural, which names many ("Airlines").

    >>> head_word("Holm Museum of World Cultures"), head_word("Queensland Government")
    ('Museum', 'Government')
    >>> head_word("Port of Tarn Authority")
    'Authority'
    >>> head_word("Skyward Regional Airlines"), head_word("Government")
    (None, None)
    """
    before_of, of, _ = name.partition(" of ")
    words = before_of.split()
    if len(words) < (1 if of else 2):
        return None
    for head in (words[-1], name.rsplit(maxsplit=1)[-1]) if of else (words[-1],):
        folded = head.casefold()
        if folded in organisation_words() and not (
            folded.endswith("s") and not folded.endswith("ss")
        ):
            return head
    return None


#: "the" and a word, not followed by a name ("the Court of Appeal", "the centre, Kaveri ...")
_THE_AND_A_WORD = (
    r"\b[Tt]he\s+(?P<words>(?:[a-z][a-z-]*\s+){{1,2}})?(?P<head>{heads})(?P<possessive>['’]s)?"
    r"\b(?!['’-])"
)
_NO_NAME_AFTER = r"(?!\s*,\s*[A-Z])(?!\s+(?:of\s+)?[A-Z])"


def head_anaphora(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions of the organisations that "the museum", "the centre" or "The Government"
    stand for: the head word of one organisation's name (`head_word`), lower-cased or not,
    after "the" anywhere after that name, when no other organisation named before it has that
    head word (one named only later is not the one it points back to). Not where a name
    stands or follows ("the Court of Appeal"), and a possessive only as
    `organisation_anaphora` takes it.

    >>> museum = ActorMention(0, 11, "Holm Museum", "Holm Museum", "organisation")
    >>> text = "Holm Museum bought it. In 1931 the museum showed it."
    >>> [(m.text, m.name) for m in head_anaphora(text, [museum])]
    [('the museum', 'Holm Museum')]
    """
    owners: dict[str, set[str]] = {}
    first_end: dict[str, int] = {}
    for mention in mentions:
        head = head_word(mention.name) if mention.type == ActorType.ORGANISATION else None
        if head is not None:
            owners.setdefault(head.casefold(), set()).add(mention.name)
            first_end.setdefault(mention.name, mention.end)
    if not owners:
        return []
    written = "|".join(f"{re.escape(head)}|{re.escape(head.capitalize())}" for head in owners)
    pattern = re.compile(_THE_AND_A_WORD.format(heads=written) + _NO_NAME_AFTER)
    starts = [m.start for m in mentions]
    found: list[ActorMention] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        # the one organisation with that head named before it ("the ministry" of the "Health
        # Ministry", an "Education Ministry" named only later)
        before = [n for n in owners[match.group("head").casefold()] if first_end[n] <= start]
        if match.group("words"):  # "the port authority" of the "Kestrel Port Authority"
            before = [n for n in before if _has_words(n, match.group("words"))]
        if len(before) != 1:
            continue
        name = before[0]
        index = bisect_right(starts, start)
        if (index and mentions[index - 1].end > start) or (
            index < len(mentions) and mentions[index].start < end
        ):
            continue  # before the name, or a word of a name
        if match.group("possessive") and not (
            _SENTENCE_OPENING.match(text, start) and owner_of_a_thing(text, start, end)
        ):
            continue  # "the museum's director", or a possessive inside a sentence
        if object_of_a_verb(text, start, end) or after_a_preposition(text, start, end):
            continue  # "Region Ostmark runs the hospital and pays its nurses"
        after = WORDS_AFTER.match(text, end)
        if not match.group("possessive") and after is not None and person_noun(after.group(1)):
            continue  # "The colliery manager said": a person of it, who acts
        if not (_SENTENCE_OPENING.match(text, start) or acting(text, start, end)):
            continue  # "outside the court", "the council chamber"; not "The museum first put"
        found.append(ActorMention(start, end, text[start:end], name, ActorType.ORGANISATION))
    return found


def _has_words(name: str, words: str) -> bool:
    """Whether every one of the lower-case `words` is a word of `name` ("fire" and "rescue"
    of the "Harlow Fire and Rescue Service")."""
    own = set(name.casefold().split())
    return all(word in own for word in words.split())


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
    organisations = [
        m
        for m in mentions
        if m.type == ActorType.ORGANISATION
        or (_lone_word(m, mentions) and not after_place_preposition(text, m.start))
    ]
    if not organisations:
        return []
    ends = [m.end for m in organisations]
    starts = [m.start for m in mentions]
    found: list[ActorMention] = []
    referents: dict[str, ActorMention] = {}  # noun -> the organisation it stood for
    chain = sorted((m for m in earlier if m.type == ActorType.ORGANISATION), key=_start)
    for match in _ORGANISATION_ANAPHOR.finditer(text):
        start, end = match.span()
        index = bisect_right(starts, start)
        if (index and mentions[index - 1].end > start) or (
            index < len(mentions) and mentions[index].start < end
        ):
            continue  # part of a name ("the Ford Motor Company")
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
        named = _last_of_kind(match.group("noun"), organisations[:before])
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
            and _of_kind(match.group("noun"), subject)
            and match.group("noun") not in referents
        ):
            antecedent = subject
        elif named is not None and start - named.end <= THING_REACH:
            # the noun keeps the organisation it stood for before ("the company" after "the
            # brokerage" named another), else the organisation named last
            antecedent = referents.get(match.group("noun")) or named
        else:
            antecedent = topic(chain, named, start) or alone_in_reach(
                named, organisations[:before], start
            )
        if antecedent is None:
            continue
        referents[match.group("noun")] = antecedent
        mention = ActorMention(start, end, text[start:end], antecedent.name, antecedent.type)
        found.append(mention)
        chain.insert(bisect_right([m.start for m in chain], start), mention)
    return found


def _last_of_kind(noun: str, organisations: list[ActorMention]) -> ActorMention | None:
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
        if not body_words().intersection(organisation.name.casefold().split()):
            return organisation
    return None


def _of_kind(noun: str, organisation: ActorMention) -> bool:
    """Whether the anaphor's noun can stand for `organisation`: a company's noun ("the
    company", "the carrier") for no public body, market or union (`body_words` in its name),
    a body's noun ("the agency") for such a body only.

    >>> board = ActorMention(0, 11, "Water Board", "Water Board", "organisation")
    >>> _of_kind("company", board), _of_kind("agency", board)
    (False, True)
    """
    bodies = body_words().intersection(organisation.name.casefold().split())
    return bool(bodies) == (noun in body_words())


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


def _start(mention: ActorMention) -> int:
    return mention.start


def _overlaps(mention: ActorMention, span: tuple[int, int]) -> bool:
    return mention.start < span[1] and span[0] < mention.end
