"""The pools the generated stories draw their names from (invented people and companies, real
places with their country and demonym), the `Story` value and the small drawing helpers that
tests/actor_forms.py and tests/actor_forms_more.py share.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

WOMEN = (
    "Amara", "Lucia", "Ingrid", "Mei", "Fatima", "Siobhan", "Nadia", "Leilani", "Oksana",
    "Grace", "Aisha", "Elena", "Priya",
)  # fmt: skip
MEN = (
    "Tomasz", "Kwame", "Rajesh", "Olusegun", "Henrik", "Diego", "Arjun", "Pieter", "Mateus",
    "Hamid", "Stefan", "Miguel", "Thomas",
)  # fmt: skip
FIRST_NAMES = WOMEN + MEN
SURNAMES = (
    "Okafor", "Lindqvist", "Moreau", "Castellanos", "Nakamura", "Brennan", "Haddad",
    "Kowalczyk", "Mensah", "Varga", "Ferreira", "Iyer", "Novak", "Achterberg", "Mwangi",
    "Delacroix", "Quispe", "Adeyemi", "Whitfield", "Romano", "Petrov", "Olsen", "Carvalho",
)  # fmt: skip
#: invented company names: a stem and an industry word
COMPANY_STEMS = (
    "Harrowgate", "Meridian", "Kestrel", "Solano", "Northway", "Coralline", "Ashby", "Vantor",
    "Bellweather", "Tamarind", "Ostrava", "Greyfield", "Lumen", "Calloway", "Redstone",
)  # fmt: skip
COMPANY_KINDS = (
    "Holdings", "Airlines", "Bank", "Mining", "Foods", "Shipping", "Energy", "Telecom",
    "Motors", "Insurance", "Logistics", "Pharmaceuticals", "Steel", "Textiles",
)  # fmt: skip
#: real places with their country and demonym
PLACES = (
    ("Nairobi", "Kenya", "Kenyan"), ("Lima", "Peru", "Peruvian"), ("Gdansk", "Poland", "Polish"),
    ("Osaka", "Japan", "Japanese"), ("Toronto", "Canada", "Canadian"),
    ("Lyon", "France", "French"), ("Perth", "Australia", "Australian"),
    ("Accra", "Ghana", "Ghanaian"), ("Bergen", "Norway", "Norwegian"),
    ("Porto", "Portugal", "Portuguese"), ("Cebu", "Philippines", "Philippine"),
    ("Tbilisi", "Georgia", "Georgian"), ("Rotterdam", "Netherlands", "Dutch"),
    ("Monterrey", "Mexico", "Mexican"), ("Casablanca", "Morocco", "Moroccan"),
    ("Hamburg", "Germany", "German"), ("Chennai", "India", "Indian"),
)  # fmt: skip
TITLES = ("chief executive", "chairman", "chief financial officer", "president", "spokeswoman")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
COUNTRY_TITLES = ("Prime Minister", "President", "Foreign Minister", "Trade Minister")


@dataclass(frozen=True)
class Story:
    """A story of a kind: its text, publication day, the first words of the sentence whose row
    is checked, and the actors that row must name (each a set of accepted spellings)."""

    kind: str
    text: str
    published: date
    target: str
    actors: tuple[frozenset[str], ...]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def company(rng: random.Random) -> str:
    return f"{rng.choice(COMPANY_STEMS)} {rng.choice(COMPANY_KINDS)}"


def two(rng: random.Random, make: Callable[[random.Random], str]) -> tuple[str, str]:
    first = make(rng)
    second = make(rng)
    while second.split()[0] == first.split()[0] or second.split()[-1] == first.split()[-1]:
        second = make(rng)
    return first, second


def published_day(rng: random.Random) -> date:
    return date(1990, 1, 1) + timedelta(days=rng.randrange(36 * 365))


def weekday_before(published: date, rng: random.Random) -> str:
    """A weekday name in the six days before the publication day (a past "on Monday")."""
    return WEEKDAYS[(published - timedelta(days=rng.randrange(1, 7))).weekday()]


def only(*names: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset({name}) for name in names)
