"""Short stories whose actors are known by construction: the sentence forms news uses to name
who acts (a title before a name, an apposition, a possessive title, coordination, a place
where it happens, a pronoun or "the company" going on from a name), each filled with names
drawn from pools of invented people and organisations and of real places.

The expected actors follow the outlet benchmarks' rule (benchmarks/outlets/README.md): every
person, organisation, country and place the sentence names as taking part or as where it
happens, by its full name; the referent of a subject "he", "she", "the company"; never a
demonym or a place that only describes a thing ("Kenyan officials", "Lyon-based"), nor a
place that is a word of a person's title ("Peruvian Prime Minister ...").

`draw(kind, random)` makes one story of a kind; `KINDS` names them. The tests
(test_actors_any_form.py) and `benchmarks/bench_actor_forms.py` (miss counts per kind) share
these generators. All names are made up here; no sentence is taken from a corpus.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from tests.actor_forms_more import MORE_MAKERS
from tests.actor_forms_themes import THEME_MAKERS
from tests.actor_pools import (
    COMPANY_KINDS,
    COMPANY_STEMS,
    COUNTRY_TITLES,
    FIRST_NAMES,
    PLACES,
    SURNAMES,
    TITLES,
    WOMEN,
    Story,
)
from tests.actor_pools import company as _company
from tests.actor_pools import only as _only
from tests.actor_pools import person as _person
from tests.actor_pools import published_day as _published
from tests.actor_pools import two as _two
from tests.actor_pools import weekday_before as _weekday_before

__all__ = ["COMPANY_KINDS", "COMPANY_STEMS", "KINDS", "Story", "draw"]


_OPENING = "The results were published after markets closed."


def _title_before_name(rng: random.Random, published: date, day: str) -> Story:
    org, person = _company(rng), _person(rng)
    target = f"{org} {rng.choice(TITLES)} {person} said on {day}"
    text = f"{target} that sales had risen by a fifth. {_OPENING}"
    return Story("title-before-name", text, published, target, _only(org, person))


def _apposition_of(rng: random.Random, published: date, day: str) -> Story:
    org, person = _company(rng), _person(rng)
    target = f"{person}, the {rng.choice(TITLES)} of {org}, said on {day}"
    text = f"{target} that the plan would cost more than expected. {_OPENING}"
    return Story("apposition-of-organisation", text, published, target, _only(person, org))


def _possessive_title(rng: random.Random, published: date, day: str) -> Story:
    org, person = _company(rng), _person(rng)
    target = f"{org}'s {rng.choice(TITLES)}, {person}, told shareholders on {day}"
    text = f"{target} that the dividend would be kept. {_OPENING}"
    return Story("possessive-title", text, published, target, _only(org, person))


def _meeting_in_place(rng: random.Random, published: date, day: str) -> Story:
    first, second = _two(rng, _person)
    city = rng.choice(PLACES)[0]
    target = f"{first} met {second} in {city} on {day}"
    text = f"{target} to discuss the proposal. Both declined to comment afterwards."
    return Story("meeting-in-place", text, published, target, _only(first, second, city))


def _coordinated(rng: random.Random, published: date, day: str) -> Story:
    first, second = _two(rng, _company)
    target = f"{first} and {second} signed a supply agreement on {day}"
    text = f"{target}, ending months of talks. The terms were not disclosed."
    return Story("coordinated-organisations", text, published, target, _only(first, second))


def _demonym_modifier(rng: random.Random, published: date, day: str) -> Story:
    org = _company(rng)
    demonym = rng.choice(PLACES)[2]
    target = f"{demonym} {rng.choice(('investors', 'farmers', 'carmakers'))} sued {org} on {day}"
    text = f"{target} over late payments. The company said it would defend itself."
    return Story("demonym-not-actor", text, published, target, _only(org))


def _based_modifier(rng: random.Random, published: date, day: str) -> Story:
    org = _company(rng)
    city = rng.choice(PLACES)[0]
    target = f"{city}-based {org} said on {day}"
    text = f"{target} it would cut 200 jobs. Its shares fell sharply."
    return Story("based-not-actor", text, published, target, _only(org))


def _title_place(rng: random.Random, published: date, day: str) -> Story:
    person = _person(rng)
    (_, _, demonym), (city, _, _) = rng.sample(PLACES, 2)
    target = f"{demonym} {rng.choice(COUNTRY_TITLES)} {person} visited {city} on {day}"
    text = f"{target}, the first such visit in a decade. Talks focused on trade."
    return Story("place-of-title", text, published, target, _only(person, city))


def _company_anaphor(rng: random.Random, published: date, day: str) -> Story:
    org = _company(rng)
    city = rng.choice(PLACES)[0]
    target = f"The company said on {day}"
    text = (
        f"{org} runs three factories near {city}. "
        f"{target} that it had hired 300 workers. Analysts welcomed the news."
    )
    return Story("the-company", text, published, target, _only(org))


def _pronoun_person(rng: random.Random, published: date, day: str) -> Story:
    first = rng.choice(FIRST_NAMES)
    person, org = f"{first} {rng.choice(SURNAMES)}", _company(rng)
    target = f"{'She' if first in WOMEN else 'He'} said on {day}"
    text = (
        f"{person} has led {org} since 2015. "
        f"{target} that profits had doubled. Analysts had expected less."
    )
    return Story("pronoun-subject", text, published, target, _only(person))


def _acronym_again(rng: random.Random, published: date, day: str) -> Story:
    stem = rng.choice(COMPANY_STEMS)
    words = (stem, rng.choice(("National", "United", "Regional")), "Workers", "Union")
    full = " ".join(words)
    acronym = "".join(word[0] for word in words)
    target = f"The {acronym} called a strike on {day}"
    text = (
        f"The {full} ({acronym}) represents dock workers. "
        f"{target} after talks on pay broke down. Ports were quiet."
    )
    return Story("acronym-after-full-name", text, published, target, (frozenset({full, acronym}),))


def _country_acts(rng: random.Random, published: date, day: str) -> Story:
    (_, first, _), (_, second, _) = rng.sample(PLACES, 2)
    target = f"{first} recalled its ambassador to {second} on {day}"
    text = f"{target} after a dispute over fishing rights. Officials gave no further detail."
    return Story("countries-act", text, published, target, _only(first, second))


def _surname_later(rng: random.Random, published: date, day: str) -> Story:
    person, org = _person(rng), _company(rng)
    surname = person.split()[-1]
    target = f"{surname} said on {day}"
    text = (
        f"{person} founded {org} in 1998. "
        f"{target} that orders had doubled. Talks had lasted months."
    )
    return Story("surname-later", text, published, target, _only(person))


def _honorific_surname(rng: random.Random, published: date, day: str) -> Story:
    first = rng.choice(FIRST_NAMES)
    person, org = f"{first} {rng.choice(SURNAMES)}", _company(rng)
    honorific = "Ms." if first in WOMEN else "Mr."
    target = f"{honorific} {person.rsplit(maxsplit=1)[-1]} told reporters on {day}"
    text = (
        f"{person} runs the export arm of {org}. "
        f"{target} that orders had slowed. No figures were given."
    )
    return Story("honorific-surname", text, published, target, _only(person))


def _short_form(rng: random.Random, published: date, day: str) -> Story:
    stem = rng.choice(COMPANY_STEMS)
    full = f"{stem} {rng.choice(COMPANY_KINDS)} Group"
    target = f"{stem} said on {day}"
    text = (
        f"{full} employs 4,000 people. "
        f"{target} that it would open two new offices. Its shares rose."
    )
    return Story("short-form-of-company", text, published, target, (frozenset({full, stem}),))


def _spokesperson_for(rng: random.Random, published: date, day: str) -> Story:
    org = _company(rng)
    target = f"A spokesman for {org} said on {day}"
    text = f"{target} that the plant would reopen soon. Workers were told to wait."
    return Story("spokesperson-for", text, published, target, _only(org))


def _person_of_place(rng: random.Random, published: date, day: str) -> Story:
    person = _person(rng)
    city = rng.choice(PLACES)[0]
    target = f"{person}, 58, of {city}, was rescued on {day}"
    text = f"{target} after two days at sea. The coastguard praised the crew."
    return Story("person-of-place", text, published, target, _only(person))


def _joined(rng: random.Random, published: date, day: str) -> Story:
    person, org = _person(rng), _company(rng)
    target = f"{person} joined {org} on {day}"
    text = f"{target} as head of research. The post had been vacant for a year."
    return Story("joined-organisation", text, published, target, _only(person, org))


def _acquired_by(rng: random.Random, published: date, day: str) -> Story:
    first, second = _two(rng, _company)
    target = f"{first} was acquired by {second} on {day}"
    text = f"{target} for an undisclosed sum. Staff were told by email."
    return Story("passive-agent", text, published, target, _only(first, second))


def _three_persons(rng: random.Random, published: date, day: str) -> Story:
    people = [_person(rng)]
    while len(people) < 3:
        person = _person(rng)
        if all(
            person.split()[-1] != p.split()[-1] and person.split()[0] != p.split()[0]
            for p in people
        ):
            people.append(person)
    target = f"{people[0]}, {people[1]} and {people[2]} were elected to the board on {day}"
    text = f"{target}. Their terms run for three years."
    return Story("three-persons", text, published, target, _only(*people))


#: public bodies a country's name opens ("the Kenya Air Force"), later written without it
BODIES = ("Air Force", "Coast Guard", "Red Cross", "Meteorological Department", "Navy", "Army")


def _body_short_form(rng: random.Random, published: date, day: str) -> Story:
    _, country, demonym = rng.choice(PLACES)
    body = rng.choice(BODIES)
    full = f"{country if body in ('Red Cross', 'Coast Guard') else demonym} {body}"
    target = f"The {body} said on {day}"
    text = (
        f"The {full} sent two ships to the area. "
        f"{target} that the search would go on. Relatives waited at the port."
    )
    return Story("body-short-form", text, published, target, _only(full))


def _said_after_quote(rng: random.Random, published: date, day: str) -> Story:
    person = _person(rng)
    city = rng.choice(PLACES)[0]
    target = f'"We will rebuild," said {person}, the mayor of {city}, on {day}'
    text = f"{target}. Crews worked through the night."
    return Story("said-after-quotation", text, published, target, _only(person))


def _city_council(rng: random.Random, published: date, day: str) -> Story:
    city = rng.choice(PLACES)[0]
    council = f"{city} City Council"
    target = f"The {council} voted on {day}"
    text = f"{target} to raise parking fees. The increase takes effect in spring."
    return Story("body-named-by-place", text, published, target, _only(council))


def _residents_of(rng: random.Random, published: date, day: str) -> Story:
    city = rng.choice(PLACES)[0]
    target = f"Thousands of residents of {city} were evacuated on {day}"
    text = f"{target} as the river rose. Schools were closed."
    return Story("people-of-place", text, published, target, _only(city))


def _acronym_in_brackets(rng: random.Random, published: date, day: str) -> Story:
    (_, country, _) = rng.choice(PLACES)
    body = rng.choice(("Meteorological Agency", "Ports Authority", "Football Federation"))
    full = f"{country} {body}"
    acronym = "".join(word[0] for word in full.split())
    target = f"The {full} ({acronym}) said on {day}"
    text = f"{target} that it would review its plans. A report is due next year."
    return Story("acronym-in-brackets", text, published, target, (frozenset({full, acronym}),))


def _direction_of_place(rng: random.Random, published: date, day: str) -> Story:
    city = rng.choice(PLACES)[0]
    direction = rng.choice(("northeast", "south", "west", "northwest"))
    target = f"The tremor struck 40 kilometres {direction} of {city} on {day}"
    text = f"{target}, shaking buildings. No damage was reported."
    return Story("direction-of-place", text, published, target, _only(city))


def _middle_initial(rng: random.Random, published: date, day: str) -> Story:
    first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
    person = f"{first} {rng.choice('ABDEJKLMRST')}. {last}"
    org = _company(rng)
    target = f"{person} resigned from {org} on {day}"
    text = f"{target} after eleven years. A successor will be named soon."
    return Story(
        "middle-initial",
        text,
        published,
        target,
        (frozenset({person, f"{first} {last}"}), frozenset({org})),
    )


def _based_maker(rng: random.Random, published: date, day: str) -> Story:
    org = _company(rng)
    city = rng.choice(PLACES)[0]
    target = f"{org}, the {city}-based maker of industrial pumps, said on {day}"
    text = f"{target} that it would hire 150 engineers. Its order book is full."
    return Story("apposition-based-maker", text, published, target, _only(org))


def _spoke_at(rng: random.Random, published: date, day: str) -> Story:
    person, org = _person(rng), _company(rng)
    city = rng.choice(PLACES)[0]
    target = f"{person} spoke at a conference organised by {org} in {city} on {day}"
    text = f"{target}. The talk was well attended."
    return Story("organiser-and-place", text, published, target, _only(person, org, city))


def _country_letters(rng: random.Random, published: date, day: str) -> Story:
    org = _company(rng)
    letters = rng.choice(("US", "U.S.", "UK", "U.K."))
    noun = rng.choice(("investment funds", "energy companies", "pension funds", "carriers"))
    target = f"Two {letters} {noun} bought stakes in {org} on {day}"
    text = f"{target}, filings showed. The shares rose."
    return Story("country-letters-describe", text, published, target, _only(org))


_MAKERS: dict[str, Callable[[random.Random, date, str], Story]] = {
    "title-before-name": _title_before_name,
    "apposition-of-organisation": _apposition_of,
    "possessive-title": _possessive_title,
    "meeting-in-place": _meeting_in_place,
    "coordinated-organisations": _coordinated,
    "demonym-not-actor": _demonym_modifier,
    "based-not-actor": _based_modifier,
    "place-of-title": _title_place,
    "the-company": _company_anaphor,
    "pronoun-subject": _pronoun_person,
    "acronym-after-full-name": _acronym_again,
    "countries-act": _country_acts,
    "surname-later": _surname_later,
    "honorific-surname": _honorific_surname,
    "short-form-of-company": _short_form,
    "spokesperson-for": _spokesperson_for,
    "person-of-place": _person_of_place,
    "joined-organisation": _joined,
    "passive-agent": _acquired_by,
    "three-persons": _three_persons,
    "body-short-form": _body_short_form,
    "said-after-quotation": _said_after_quote,
    "body-named-by-place": _city_council,
    "people-of-place": _residents_of,
    "acronym-in-brackets": _acronym_in_brackets,
    "direction-of-place": _direction_of_place,
    "middle-initial": _middle_initial,
    "apposition-based-maker": _based_maker,
    "organiser-and-place": _spoke_at,
    "country-letters-describe": _country_letters,
}
_MAKERS |= MORE_MAKERS | THEME_MAKERS
KINDS = tuple(_MAKERS)


def draw(kind: str, rng: random.Random) -> Story:
    """One story of `kind`, its names and publication day drawn with `rng`."""
    published = _published(rng)
    return _MAKERS[kind](rng, published, _weekday_before(published, rng))
