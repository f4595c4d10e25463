"""The sweeps: names the NER model found once, found again where it missed them (a longer
name, a product's other models, a surname written alone), each at a free position."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from timeline.actors.literals import literal_matches
from timeline.actors.mention import ActorMention
from timeline.actors.modifiers import VERB_AFTER
from timeline.actors.not_actors import names_no_actor
from timeline.actors.occurrences import boundary, is_word
from timeline.actors.openings import the_sweep
from timeline.actors.owned_sites import site_after_an_owner
from timeline.actors.products import (
    is_brand_case,
    model_candidates,
    model_number_at,
    model_word_after,
    numbered_model,
)
from timeline.actors.vocabulary import name_particles
from timeline.kinds import ActorType

#: A lone "Steve" is the Steve of the article when his other names are written this many
#: times as often as every other Steve's together (an obituary of Jobs quoting Ballmer).

#: The kinds of actor a sweep looks for again: things, named the same way each time.
THINGS = (ActorType.ORGANISATION, ActorType.PRODUCT)
_NEXT_WORD = re.compile(r" ([A-Za-z][\w-]*)")
#: A capitalised word and one space right before a position: "Police " of "Police Scotland".
_WORD_BEFORE = re.compile(r"(?<![\w'’&.-])([A-Z][\w'’-]*) $")
#: The types a name the model cut short may have in full: things and places ("Prairie Crown",
#: "Police Scotland"), not persons, whose first names the person rules join.
_CUT_SHORT = (*THINGS, ActorType.LOCATION, ActorType.COUNTRY)
#: The model's label `not_actors.names_no_actor` is asked with for a name found again.
_LABELS: dict[str, str] = {ActorType.PRODUCT: "PRODUCT", ActorType.GROUP: "NORP"}


def longer_names(
    text: str, mentions: list[ActorMention], written: list[tuple[str, str]]
) -> list[ActorMention]:
    """A name followed by a word that makes it a longer name found elsewhere in the text is
    that longer name: "iPod nano" is the "iPod Nano" of the next sentence, not the "iPod".
    A brand with a model number ("iPhone 3G") or followed by a model word in its maker's
    lower case ("the iPod touch") is that model even when the NER model saw the brand only.
    A capitalised word before a name that makes it a longer organisation or place found
    elsewhere makes it that one too: "Police Scotland also confirmed", which the model read as
    "Scotland", is the "Police Scotland" of another sentence.

    >>> text = "Police Scotland said so on Monday. Then Police Scotland added more."
    >>> police = ActorMention(0, 15, "Police Scotland", "Police Scotland", "location")
    >>> cut = ActorMention(47, 55, "Scotland", "Scotland", "country")
    >>> [(m.start, m.name) for m in longer_names(text, [police, cut], [])]
    [(0, 'Police Scotland'), (40, 'Police Scotland')]
    """
    longer = {m.text.casefold(): m for m in mentions if " " in m.text}
    models = {f"{brand} {number}" for brand, number in written}
    result: list[ActorMention] = []
    for mention in mentions:
        before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        known = longer.get(f"{before.group(1)} {mention.text}".casefold()) if before else None
        if before is not None and known is not None and known.type in _CUT_SHORT:
            # "Police Scotland also confirmed" read as "Scotland": the name found elsewhere
            start = before.start(1)
            text_of = text[start : mention.end]
            result.append(ActorMention(start, mention.end, text_of, known.name, known.type))
            continue
        # the product rules ask again; asked here once, most names skip them
        brand = " " not in mention.text and is_brand_case(mention.text)
        model = numbered_model(text, mention, models) if brand else None
        if model is not None:
            result.append(model)
            continue
        following = _NEXT_WORD.match(text, mention.end)
        if following is not None:
            word = following.group(1)
            known = longer.get(f"{mention.text} {word}".casefold())
            end = following.end()
            if known is not None and known.type in THINGS:
                text_of = text[mention.start : end]
                result.append(ActorMention(mention.start, end, text_of, known.name, known.type))
                continue
            if brand and model_word_after(text, mention, word, end):
                text_of = text[mention.start : end]
                result.append(ActorMention(mention.start, end, text_of, text_of, ActorType.PRODUCT))
                continue
        result.append(mention)
    return result


def free_position(taken: list[tuple[int, int]], start: int, end: int) -> int | None:
    """Where [start, end) goes in the sorted spans `taken`, or None when it overlaps one."""
    position = bisect_right(taken, (start, 1 << 62))
    if (position > 0 and taken[position - 1][1] > start) or (
        position < len(taken) and taken[position][0] < end
    ):
        return None
    return position


def _sweep(candidates: Iterable[ActorMention], taken: list[tuple[int, int]]) -> list[ActorMention]:
    """The candidates that overlap nothing taken, each taken in turn."""
    found: list[ActorMention] = []
    for candidate in candidates:
        position = free_position(taken, candidate.start, candidate.end)
        if position is not None:
            found.append(candidate)
            taken.insert(position, (candidate.start, candidate.end))
    return found


def name_sweep(
    text: str, mentions: list[ActorMention], written: list[tuple[str, str]]
) -> list[ActorMention]:
    """Other occurrences of the organisations and products the model found once ("iPhone 4"
    tagged in one sentence and missed in the next), written exactly as found, and the other
    models of their product lines (see `products.model_candidates`)."""
    taken = sorted((m.start, m.end) for m in mentions)
    found = _sweep(model_candidates(text, mentions, written), taken)
    surfaces: dict[str, ActorMention] = {}
    for mention in mentions:
        if mention.type in (*THINGS, ActorType.GROUP) and len(mention.text) >= 3:
            surfaces.setdefault(mention.text, mention)
    if not surfaces:
        return found
    found.extend(_sweep(_surface_candidates(text, surfaces), taken))
    return found


def _surface_candidates(text: str, surfaces: dict[str, ActorMention]) -> Iterable[ActorMention]:
    """Every occurrence of the surfaces in `text`, and a product's plural: "iPods sold"; not
    where the name is an occasion's ("the Harvest Bumper draw": `occasions`)."""
    names = sorted(surfaces, key=len, reverse=True)

    def free(index: int) -> bool:  # no word character nor hyphen at `index`
        return index < 0 or index >= len(text) or not _wordish(text[index])

    def end_of(start: int, end: int) -> int | None:  # (?<![\w-])(names)(s?)(?![\w-])
        if not free(start - 1):
            return None
        if text[end : end + 1] == "s":
            return end + 1 if free(end + 1) else None
        return end if free(end) else None

    for start, end, number in literal_matches(text, names, end_of):
        source = surfaces[names[number]]
        plural = end > start + len(names[number])
        if plural and not (source.type == ActorType.PRODUCT or is_brand_case(source.text)):
            continue  # only things have units: "iPods", not "Apples"
        if model_number_at(text, end) and source.type != ActorType.PRODUCT:
            continue  # "iPhone" inside an unrecognised "iPhone 3GS"
        if names_no_actor(text, start, end, _LABELS.get(source.type, "ORG")):
            continue  # a headline's "Harvest Bumper" is no actor in "the Harvest Bumper draw",
            # nor its "Carnival" in "from Carnival Monday" (stop 33), nor "NYSE" in "Orlo Inc.
            # (NYSE: ORL)" when the NYSE acts elsewhere, nor "its Tarvik service", "the Tarvik
            # taxi driver": where it stands it names no one (stop 34)
        if site_after_an_owner(text, text[start:end], end, "ORG"):
            continue  # "its Rockford works" beside "Rockford would offer tax relief": the
            # town the rules left there, where the works is (stop 47)
        yield ActorMention(start, end, text[start:end], source.name, source.type)


def _wordish(character: str) -> bool:
    """A word character or a hyphen: `[\\w-]`."""
    return is_word(character) or character == "-"


def surname_sweep(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Surnames of the document's people that the model missed ("Jobs, born in ...").

    >>> jobs = ActorMention(0, 10, "Steve Jobs", "Steve Jobs", "person")
    >>> [(m.start, m.name) for m in surname_sweep("Steve Jobs spoke. Jobs left.", [jobs])]
    [(18, 'Steve Jobs')]
    """
    fulls = {m.name for m in mentions if m.type == ActorType.PERSON and " " in m.name}
    owners: dict[str, set[str]] = {}
    for full in fulls:
        for surname in _surnames(full):
            owners.setdefault(surname, set()).add(full)
    surnames = {surname: next(iter(names)) for surname, names in owners.items() if len(names) == 1}
    if not surnames:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[ActorMention] = []

    def end_of(start: int, end: int) -> int | None:  # \b(surnames)\b(?!-)
        ok = boundary(text, start) and boundary(text, end) and text[end : end + 1] != "-"
        return end if ok else None

    for start, end, _ in literal_matches(text, list(surnames), end_of):
        if free_position(taken, start, end) is not None:
            surname = text[start:end]
            found.append(ActorMention(start, end, surname, surnames[surname], ActorType.PERSON))
    return found


def _surnames(full: str) -> list[str]:
    """The ways a person's full name is shortened to the surname: its last word, and with the
    particle before it ("Van Roey" of "Jens Van Roey", also "Van Roey" opening a sentence
    for "Jens van Roey"; `data/name_particles.txt`).

    >>> _surnames("Jens van Roey"), _surnames("Ana Soto")
    (['Roey', 'van Roey', 'Van Roey'], ['Soto'])
    """
    words = full.split()
    found = [words[-1]]
    if len(words) > 2 and words[-2].casefold() in name_particles():
        particle = words[-2]
        forms = (f"{particle} {words[-1]}", f"{particle[0].upper()}{particle[1:]} {words[-1]}")
        found.extend(dict.fromkeys(forms))
    return found


#: "the" and a model number alone, then a verb or a stop: "The 727 was built", "the A320,".
_THE_NUMBER = re.compile(
    r"\b[Tt]he\s+(?P<number>[A-Z]{0,3}\d\w*)(?=[,;)]|[.:](?!\d)|\s+(?:"
    + VERB_AFTER.pattern
    + r")\b)"
)


def model_number_sweep(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A product's model number written alone after "the", before a verb or a stop, where one
    product of the text has that number: "The 727 was built in 1968" after "the Boeing 727".

    >>> boeing = ActorMention(4, 14, "Boeing 727", "Boeing 727", "product")
    >>> text = "The Boeing 727 left. The 727 was built in 1968; the 727 passengers left."
    >>> [(m.text, m.name) for m in model_number_sweep(text, [boeing])]
    [('727', 'Boeing 727')]
    >>> saga = ActorMention(0, 6, "Saga 1", "Saga 1", "product")
    >>> model_number_sweep("Saga 1 folds. It passed at the 1:30 mark.", [saga])
    []
    """
    owners: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.name.split()
        if (
            mention.type == ActorType.PRODUCT
            and len(words) > 1
            and any(c.isdigit() for c in words[-1])
        ):
            owners.setdefault(words[-1], set()).add(mention.name)
    if not owners:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[ActorMention] = []
    for match in the_sweep(_THE_NUMBER, text):
        names = owners.get(match["number"], set())
        start, end = match.span("number")
        if len(names) == 1 and free_position(taken, start, end) is not None:
            found.append(
                ActorMention(start, end, match["number"], next(iter(names)), ActorType.PRODUCT)
            )
    return found
