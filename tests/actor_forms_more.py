"""More sentence forms for the generated stories of tests/actor_forms.py (stop 36): names with
particles, patronymics and double surnames, honorifics of other languages, a firm of partners
joined by "&", a role after the name without "the", "as well as" lists, an acronym introduced
after "or", a body's plural officials, a name broken across the lines of a pasted PDF, and a
verb-initial attribution naming the speaker's organisation.

Each form is written from how news names its actors, never from a corpus article; the
expected actors follow the outlet benchmarks' rule (benchmarks/outlets/README.md).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from tests.actor_pools import (
    COMPANY_KINDS,
    COMPANY_STEMS,
    FIRST_NAMES,
    SURNAMES,
    TITLES,
    WOMEN,
    Story,
    company,
    only,
    person,
    two,
)

#: given names and the particle or patronymic word their language writes before a surname
PARTICLE_NAMES = (
    ("Jan", "van der", ("Berg", "Meulen", "Linden", "Veen")),
    ("Sanne", "van", ("Dijk", "Leeuwen", "Houten")),
    ("Ahmad", "bin", ("Salleh", "Ismail", "Othman", "Hashim")),
    ("Siti", "binti", ("Abdullah", "Rahman", "Yusof")),
    ("Karl", "von", ("Arnim", "Stetten", "Hohenau")),
    ("Maria", "da", ("Silva", "Costa", "Cunha")),
    ("Joao", "dos", ("Santos", "Reis", "Anjos")),
    ("Ana", "de la", ("Fuente", "Torre", "Cruz")),
    ("Khalid", "al-", ("Mansouri", "Harbi", "Qasimi")),
    ("Pierre", "de", ("Villiers", "Montfort", "Beaulieu")),
)
#: honorifics of other languages, each with the given names it goes with
HONORIFICS = (
    ("Herr", ("Stefan", "Henrik", "Thomas")),
    ("Frau", ("Ingrid", "Elena", "Lucia")),
    ("Señora", ("Lucia", "Elena", "Amara")),
    ("Señor", ("Diego", "Miguel", "Mateus")),
    ("Shri", ("Rajesh", "Arjun")),
    ("Smt.", ("Priya", "Aisha")),
    ("Dato'", ("Hamid", "Arjun", "Kwame")),
    ("Datuk", ("Hamid", "Rajesh")),
    ("Monsieur", ("Pieter", "Tomasz", "Stefan")),
    ("Madame", ("Nadia", "Grace", "Siobhan")),
)
#: a firm of partners' closing word
FIRM_ENDINGS = ("", " LLP", " Partners", " Associates", " & Co.")


def _particle_name(rng: random.Random) -> str:
    given, particle, surnames = rng.choice(PARTICLE_NAMES)
    surname = rng.choice(surnames)
    return (
        f"{given} {particle}{surname}"
        if particle.endswith("-")
        else f"{given} {particle} {surname}"
    )


def _name_with_particle(rng: random.Random, published: date, day: str) -> Story:
    name, org = _particle_name(rng), company(rng)
    target = f"{name} was named chief executive of {org} on {day}"
    text = f"{target}, replacing a founder who retired. The board voted unanimously."
    return Story("name-with-particle", text, published, target, only(name, org))


def _double_surname(rng: random.Random, published: date, day: str) -> Story:
    first, second = rng.sample(SURNAMES, 2)
    name = f"{rng.choice(FIRST_NAMES)} {first}-{second}"
    org = company(rng)
    target = f"{name} told shareholders of {org} on {day}"
    text = f"{target} that the merger would go ahead. The vote is due in spring."
    return Story("double-surname", text, published, target, only(name, org))


def _foreign_honorific(rng: random.Random, published: date, day: str) -> Story:
    honorific, given_names = rng.choice(HONORIFICS)
    name = f"{rng.choice(given_names)} {rng.choice(SURNAMES)}"
    org = company(rng)
    target = f"{honorific} {name} said on {day}"
    text = f"{target} that {org} would appeal the ruling. The court gave no date."
    return Story("foreign-honorific", text, published, target, only(name, org))


def _partners_firm(rng: random.Random, published: date, day: str) -> Story:
    first, second = rng.sample(SURNAMES, 2)
    firm = f"{first} & {second}{rng.choice(FIRM_ENDINGS)}"
    target = f"The law firm {firm} filed the claim on {day}"
    text = f"{target} on behalf of 40 growers. A hearing is expected within months."
    return Story("firm-of-partners", text, published, target, only(firm))


def _role_after_name(rng: random.Random, published: date, day: str) -> Story:
    name, org = person(rng), company(rng)
    target = f"{name}, {rng.choice(TITLES)} of {org}, said on {day}"
    text = f"{target} that the cuts were unavoidable. Unions called a meeting."
    return Story("role-after-name", text, published, target, only(name, org))


def _as_well_as(rng: random.Random, published: date, day: str) -> Story:
    first, second = two(rng, company)
    target = f"{first}, as well as {second}, raised prices on {day}"
    text = f"{target}, citing higher fuel costs. Customers complained."
    return Story("as-well-as", text, published, target, only(first, second))


def _acronym_after_or(rng: random.Random, published: date, day: str) -> Story:
    stem = rng.choice(COMPANY_STEMS)
    words = (stem, rng.choice(("Maritime", "Aviation", "Energy", "Water")), "Authority")
    full = " ".join(words)
    acronym = "".join(word[0] for word in words)
    target = f"The {acronym} said on {day}"
    text = (
        f"The {full}, or {acronym}, oversees the region's ports. "
        f"{target} that it would inspect every vessel. Owners objected."
    )
    return Story("acronym-after-or", text, published, target, (frozenset({full, acronym}),))


def _officials_of_body(rng: random.Random, published: date, day: str) -> Story:
    org = company(rng)
    staff = rng.choice(("officials", "executives", "managers", "engineers"))
    target = f"{org} {staff} told reporters on {day}"
    text = f"{target} that the line would reopen within a week. Passengers waited."
    return Story("officials-of-body", text, published, target, only(org))


def _line_broken_name(rng: random.Random, published: date, day: str) -> Story:
    given, surname = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
    org = company(rng)
    target = f"{given} {surname}, the chairman of {org}, said on {day}"
    text = (
        "The annual meeting was held in the company's head office and lasted\n"
        f"two hours. {given}\n{surname}, the chairman of {org}, said on {day} that the\n"
        "dividend would be raised. Shareholders approved the accounts."
    )
    return Story("line-broken-name", text, published, target, only(f"{given} {surname}", org))


def _said_name_spokesperson_for(rng: random.Random, published: date, day: str) -> Story:
    first = rng.choice(FIRST_NAMES)
    name = f"{first} {rng.choice(SURNAMES)}"
    org = f"{rng.choice(COMPANY_STEMS)} {rng.choice(COMPANY_KINDS)}"
    role = "spokeswoman" if first in WOMEN else "spokesman"
    target = f'"We are reviewing the decision," said {name}, a {role} for {org}, on {day}'
    text = f"{target}. The regulator declined to comment."
    return Story("said-name-spokesperson-for", text, published, target, only(name, org))


MORE_MAKERS: dict[str, Callable[[random.Random, date, str], Story]] = {
    "name-with-particle": _name_with_particle,
    "double-surname": _double_surname,
    "foreign-honorific": _foreign_honorific,
    "firm-of-partners": _partners_firm,
    "role-after-name": _role_after_name,
    "as-well-as": _as_well_as,
    "acronym-after-or": _acronym_after_or,
    "officials-of-body": _officials_of_body,
    "line-broken-name": _line_broken_name,
    "said-name-spokesperson-for": _said_name_spokesperson_for,
}
