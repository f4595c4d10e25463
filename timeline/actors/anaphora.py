"""Words that point back to a thing just named: "It", "the store", "the phone", "The new
iPhone" take the name of the organisation or product they stand for; "the company" and "the
museum" are `organisation_anaphors`, which `thing_anaphora` runs too.

    >>> apple = ActorMention(0, 5, "Apple", "Apple", "organisation")
    >>> [(m.text, m.name) for m in thing_anaphora("Apple sold more. It grew.", [apple])]
    [('It', 'Apple')]
    >>> [(m.text, m.name) for m in thing_anaphora("Apple sold more. Then the firm grew.", [apple])]
    [('the firm', 'Apple')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from timeline.actors.anaphor_chains import it_after_anaphor, named_organisations
from timeline.actors.anaphor_context import (
    EXPLETIVE_IT,
    FRONTED_IT,
    IT_OR_THE_AHEAD,
    OPENING,
    SUBJECT_REACH,
    THING_REACH,
    WORDS_AFTER,
    after_place_preposition,
    apposed_name_after,
    members_after,
    owner_of_a_thing,
    sentence_start,
    verb_before,
)
from timeline.actors.appositives import person_noun
from timeline.actors.described import described_anaphora
from timeline.actors.first_words import typed_short_forms
from timeline.actors.head_anaphors import head_anaphora
from timeline.actors.mention import ActorMention
from timeline.actors.name_rests import with_lower_case_rest
from timeline.actors.nicknames import nickname_anaphora
from timeline.actors.openings import capital_sweep
from timeline.actors.organisation_anaphors import lone_word, organisation_anaphora
from timeline.actors.place_bodies import place_bodies
from timeline.actors.products import model_number_at
from timeline.actors.vocabulary import organisation_words, titles
from timeline.kinds import ActorType
from timeline.wordlists import word_set

#: "It", "Its", "The (new) store" or "The union's" opening a sentence: a thing the sentences
#: before have named (a possessive: the thing whose shares or contract the sentence tells of).
_THING_OPENING = re.compile(
    IT_OR_THE_AHEAD
    + OPENING
    + rf"(?:{FRONTED_IT}|"
    + r"It(?P<its>s)?|The\s+(?:(?P<new>new|latest|newest)\s+)?"
    r"(?P<word>[A-Za-z][\w-]*)(?P<possessive>['’]s)?)\b(?!['’-])"
)
_THINGS = (ActorType.ORGANISATION, ActorType.PRODUCT)
#: A comma setting a name in apposition right after another: "The newest iPhone, iPhone 4".
_APPOSITION_COMMA = re.compile(r",\s{1,2}")
_PLACES = (ActorType.LOCATION, ActorType.COUNTRY)


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


def _apposed_model(
    text: str, things: list[ActorMention], line: ActorMention
) -> ActorMention | None:
    """The model of a product line set right after it in apposition: "iPhone 4" of "The
    newest iPhone, iPhone 4, was introduced", where no model of the line was named before.

    >>> text = "The newest Quorvex, Quorvex 3, sold well."
    >>> line = ActorMention(11, 18, "Quorvex", "Quorvex", "organisation")
    >>> model = ActorMention(20, 29, "Quorvex 3", "Quorvex 3", "product")
    >>> _apposed_model(text, [line, model], line).name
    'Quorvex 3'
    """
    after = [thing for thing in things if thing.start >= line.end]
    if not after:
        return None
    thing = min(after, key=_start)
    if (
        thing.type == ActorType.PRODUCT
        and thing.name.startswith(line.text + " ")
        and _APPOSITION_COMMA.fullmatch(text, line.end, thing.start) is not None
    ):
        return thing
    return None


def _renamed(mention: ActorMention, found: list[ActorMention]) -> ActorMention:
    """`mention` as `found` renamed it ("iPhone" of "The new iPhone" as "iPhone 4"), else
    itself."""
    same = (m for m in found if (m.start, m.end) == (mention.start, mention.end))
    return next(same, mention)


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
        if opening.type in _THINGS or (
            lone_word(opening, mentions) and not after_place_preposition(text, opening.start)
        ):  # "A skipper in Peniche used to ... It expects": no company, a place
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
        if _describes_head(word, words):
            continue  # "The stock" is no "National Stock Exchange"
        if word in words or (len(word) >= 4 and any(w.endswith(word) for w in words)):
            return thing
    return None


def _describes_head(word: str, words: list[str]) -> bool:
    """Whether `word` is a word of a name (`words`, lower case) that only describes the
    organisation's word ending it: "stock" of the "National Stock Exchange", "port" of the
    "Kelso Port Authority" ("The stock rose" is a company's shares); not its head ("store"
    of the "iTunes Store"), nor the word before an "of" ("bank" of the "Bank of Tarn").

    >>> _describes_head("stock", ["national", "stock", "exchange"])
    True
    >>> _describes_head("store", ["itunes", "store"]), _describes_head("bank", ["bank", "of", "x"])
    (False, False)
    """
    if word not in words[:-1] or words[-1] not in organisation_words():
        return False
    return all(words[i + 1] != "of" for i, w in enumerate(words[:-1]) if w == word)


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
        m for m in named_organisations(mentions, text) if (m.start, m.end) not in spans
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
    for match in capital_sweep(_THING_OPENING, text):
        opens = match.start()  # the sentence's, before a phrase set in front ("In 2007 it")
        start, end = match.span("low") if match.group("low") else match.span()
        index = bisect_right(starts, start)
        if (index and mentions[index - 1].end > start) or any(
            m.type not in _PLACES for m in mentions[bisect_right(starts, opens) : index]
        ):
            continue  # the model named it already, or a name in the phrase in front (but a
            # place: "Founded in 2011 and headquartered in Basel, it has 86 employees")
        if match.group("its") and (members_after(text, end) or apposed_name_after(text, end)):
            # "Its seamen will be paid": the organisation's people act; "Its founder, Mara
            # Quist, began ...": the person named in apposition does
            continue
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
                newest = _latest_model(things, named, start) or _apposed_model(text, things, named)
                if newest is not None:
                    found.append(replace(named, name=newest.name, type=newest.type))
            continue
        antecedent: ActorMention | None = None
        if match.group("word") is None:  # "It", "Its", "In 2007 it"
            antecedent = _subject_before(text, opens, mentions, starts, index, start)
            if antecedent is not None:  # "The new iPhone ... It": the line renamed above
                antecedent = _renamed(antecedent, found)
            if antecedent is None:
                antecedent = _it_before(text, opens, found)
        elif not model_number_at(text, end):  # "The iPhone 3GS": a name of its own
            word = match.group("word").casefold()
            if word not in word_set("commodity_words.txt"):  # "The gold price": no miner
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
    # "Its shares fell", "Its night boat will not sail": the thing is the subject, not its
    # owner, who stays a referent for the anaphors after it (stop 32)
    return sorted((m for m in found if not _owned_thing(text, m)), key=lambda m: m.start)


#: The lower-case words of a noun phrase after "Its", up to a comma or a name: "Its next
#: meeting", "Its chief executive Dan Koh".
_NOUN_PHRASE = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")


def _owned_thing(text: str, mention: ActorMention) -> bool:
    """Whether `mention` is an "Its" opening a sentence whose subject is a thing of the
    organisation, no person of it: "Its shares fell", "Its next meeting is on Monday", not
    "Its chief executive Dan Koh said" (a person of it speaks for it).

    >>> text = "Its shares fell. Its chief executive Dan Koh said so."
    >>> owner = ActorMention(0, 3, "Its", "Orlo", "organisation")
    >>> chief = ActorMention(17, 20, "Its", "Orlo", "organisation")
    >>> _owned_thing(text, owner), _owned_thing(text, chief)
    (True, False)
    """
    if mention.text != "Its":
        return False
    phrase = _NOUN_PHRASE.match(text, mention.end)
    words = phrase.group().split() if phrase is not None else []
    spans = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return bool(words) and not any(person_noun(word) for word in words) and not spans & titles()


def _start(mention: ActorMention) -> int:
    return mention.start


def _overlaps(mention: ActorMention, span: tuple[int, int]) -> bool:
    return mention.start < span[1] and span[0] < mention.end
