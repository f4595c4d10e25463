"""Sentence forms of unfamiliar themes for the generated stories of tests/actor_forms.py (stop
42): people's names of many languages and orders (initials, single names, particles, the
honorifics of other countries), organisations of many shapes (ministries, courts, agencies,
co-operatives, unions, shipping lines, universities, funds, "X & Y", "X-Y", short forms in
capitals, a country's company suffix) and things written in capitals that are no actors (laws,
treaties, programmes, events, prizes, products named by their kind; a work's title is a
product among the actors, as docs/actors.md has it).

Every name is invented here, varied in origin and shape, so that the small NER model has not
seen it; places are real. The expected actors follow the outlet benchmarks' rule
(benchmarks/outlets/README.md): a body's full name, never a place that is a word of it ("the
University of Lima" is no Lima), nor the name of a law, treaty, event or prize.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from tests.actor_pools import PLACES, Story, company, only

#: full names in the order their language writes them (given first, or family first)
WORLD_NAMES = (
    "Tran Thi Ngoc Lan", "Pham Van Duc", "Liang Weiqiang", "Zhou Minhui", "Park Seo-yeon",
    "Tanabe Kaori", "Sigrún Ólafsdóttir", "Einar Hallvarðsson", "Ayşe Karataş",
    "Mehmet Yıldızoğlu", "Oluwaseun Adeyinka", "Chukwuemeka Nwosu", "Tesfaye Gebremedhin",
    "Nino Gelashvili", "Wojciech Grzybowski", "Dimitrios Papakonstantinou", "Aino Kettunen",
    "Somchai Wongsuwan", "Dewi Kartikasari", "Wayra Mamani", "Andry Rakotonirina",
    "Selvakumar Ramasamy", "Zsófia Baranyi", "Bogdan Ciobanu", "Gulnara Tokhtarova",
    "Thandiwe Mahlangu", "Kalani Kealoha", "Ilse Vandenbroucke", "Radek Dvořáček",
    "Jean-Baptiste Nkurunziza",
)  # fmt: skip
#: initials and a surname, as lists of officials and sportspeople write them
INITIALS_NAMES = (
    "A.K. Mensah-Bonsu", "J.R. Oduya", "M.S. Dhanapala", "P.V. Narasimhalu", "T.J. Hakala",
    "R.N. Ferreira-Lopes", "K.C. Wanjiru", "S.A. Ogunleye", "D.M. Kruger", "H.L. Tsang",
)  # fmt: skip
#: people known by one name
SINGLE_NAMES = (
    "Wirananda", "Sulistyowati", "Pradnyawati", "Thiaguinho", "Kyawzin", "Mulyono",
    "Zezito", "Harsanto", "Nandarwati", "Rubinho",
)  # fmt: skip
#: honorifics of other countries, each with names it goes before
COUNTRY_HONORIFICS = (
    ("Alhaji", ("Musa Danladi", "Sani Gwarzo")),
    ("Chief", ("Emeka Obiora", "Adewale Olanrewaju")),
    ("Tan Sri", ("Rahim Kassim", "Lim Chee Keong")),
    ("Pak", ("Budi Harsono", "Agus Setiadi")),
    ("Ibu", ("Ratna Sari", "Wulan Pratiwi")),
    ("Sheikh", ("Hamad Al-Rumaihi", "Saud bin Khalifa")),
    ("Mzee", ("Juma Mwakyusa", "Hamisi Mrisho")),
    ("Nana", ("Kwadwo Boateng", "Akosua Asantewaa")),
    ("Haji", ("Anwar Zulkifli", "Roslan Hamdan")),
    ("Doña", ("Carmen Villalobos", "Remedios Huaylla")),
)
#: given names and the particle their language writes before a family name
MORE_PARTICLES = (
    ("Luis", "de los", ("Santos", "Ríos", "Reyes")),
    ("Bram", "ter", ("Horst", "Haar", "Beek")),
    ("Moritz", "zu", ("Salm", "Leiningen", "Ortenburg")),
    ("Aoife", "Ní", ("Bhriain", "Chonaill", "Mhurchú")),
    ("Mohamed", "Ould", ("Abdallahi", "Cheikh", "Baba")),
    ("Youssef", "ben", ("Ali", "Slimane", "Amor")),
    ("Luísa", "d'", ("Almeida", "Ávila", "Oliveira")),
    ("Tui", "Te", ("Rangi", "Whare", "Kani")),
    ("Anneke", "van den", ("Broek", "Bosch", "Heuvel")),
    ("Dorcas", "wa", ("Njeri", "Kamau", "Mutua")),
)
#: invented stems of organisations' names, of many origins
STEMS = (
    "Kivuli", "Tarakona", "Solvik", "Ombara", "Quillor", "Sinaru", "Tohmak", "Ekwena",
    "Malindra", "Bregna", "Yaxuna", "Vardelis", "Hakuro", "Nerivo", "Baltrun", "Ossenfeld",
)  # fmt: skip
#: invented short forms written in capitals, no full name given
CAPITAL_NAMES = (
    "ZESKO", "NORVAL", "SONAMIR", "PETRAX", "KAMTEL", "SODEPAL", "ENATRA", "TRANSKAR",
    "BELMIX", "COMINTA",
)  # fmt: skip
#: company suffixes of other countries' law
SUFFIXES = ("AG", "SA", "Ltd", "Pty Ltd", "GmbH", "NV", "AB", "Oy", "KK", "Bhd", "SpA")
FIELDS = ("Fisheries", "Water Resources", "Mines", "Labour", "Health", "Rural Development")


def _particle_name(rng: random.Random) -> str:
    given, particle, names = rng.choice(MORE_PARTICLES)
    name = rng.choice(names)
    return f"{given} {particle}{name}" if particle.endswith("'") else f"{given} {particle} {name}"


def _many_languages(rng: random.Random, published: date, day: str) -> Story:
    name, org = rng.choice(WORLD_NAMES), company(rng)
    target = f"{name} was appointed head of {org} on {day}"
    text = f"{target}, succeeding a founder who retired. Staff were told by email."
    return Story("names-of-many-languages", text, published, target, only(name, org))


def _initials(rng: random.Random, published: date, day: str) -> Story:
    name, org = rng.choice(INITIALS_NAMES), company(rng)
    target = f"{org} chairman {name} said on {day}"
    text = f"{target} that exports had fallen. The board meets again in June."
    return Story("initials-and-surname", text, published, target, only(org, name))


def _single_name(rng: random.Random, published: date, day: str) -> Story:
    name = rng.choice(SINGLE_NAMES)
    target = f"{name}, who heads the village water committee, said on {day}"
    text = f"{target} that the well had run dry. Relief trucks were expected."
    return Story("single-name", text, published, target, only(name))


def _country_honorific(rng: random.Random, published: date, day: str) -> Story:
    honorific, names = rng.choice(COUNTRY_HONORIFICS)
    name, org = rng.choice(names), company(rng)
    target = f"{honorific} {name} bought a stake in {org} on {day}"
    text = f"{target}, filings showed. The shares rose."
    spellings = frozenset({name, f"{honorific} {name}"})
    return Story("honorific-of-country", text, published, target, (spellings, frozenset({org})))


def _more_particles(rng: random.Random, published: date, day: str) -> Story:
    name, org = _particle_name(rng), company(rng)
    target = f"{name} resigned from the board of {org} on {day}"
    text = f"{target}, citing health reasons. A successor was not named."
    return Story("particles-of-other-languages", text, published, target, only(name, org))


def _ministry(rng: random.Random, published: date, day: str) -> Story:
    ministry = f"Ministry of {rng.choice(FIELDS)}"
    target = f"The {ministry} said on {day}"
    text = f"{target} that it would audit every licence. Operators objected."
    return Story("ministry", text, published, target, only(ministry))


def _court(rng: random.Random, published: date, day: str) -> Story:
    city = rng.choice(PLACES)[0]
    court = rng.choice(
        (f"{city} High Court", f"{city} District Court", "Labour Appeals Tribunal",
         "Competition Tribunal", "Constitutional Court")
    )  # fmt: skip
    org = company(rng)
    target = f"The {court} ordered {org} to pay damages on {day}"
    text = f"{target}. The company said it would appeal."
    return Story("court-or-tribunal", text, published, target, only(court, org))


def _agency(rng: random.Random, published: date, day: str) -> Story:
    _, country, _ = rng.choice(PLACES)
    agency = rng.choice(
        (f"{country} Revenue Authority", f"National {rng.choice(FIELDS)} Agency",
         f"{rng.choice(STEMS)} Port Authority", f"{country} Standards Bureau")
    )  # fmt: skip
    org = f"{rng.choice(STEMS)} Traders"
    target = f"The {agency} fined {org} on {day}"
    text = f"{target} for late filings. The fine was not disclosed."
    return Story("agency", text, published, target, only(agency, org))


def _cooperative(rng: random.Random, published: date, day: str) -> Story:
    stem = rng.choice(STEMS)
    body = rng.choice(
        (f"{stem} Dairy Co-operative", f"{stem} Growers' Cooperative Society",
         f"{stem} Fishermen's Co-op", f"{stem} Coffee Farmers Cooperative Union")
    )  # fmt: skip
    target = f"The {body} cut its milk price on {day}"
    text = f"{target}, blaming a glut. Members met to protest."
    return Story("co-operative", text, published, target, only(body))


def _union(rng: random.Random, published: date, day: str) -> Story:
    stem, field = rng.choice(STEMS), rng.choice(("Mine", "Transport", "Textile", "Port"))
    union = rng.choice(
        (f"{stem} Dockworkers' Union", f"National Union of {field} Workers",
         f"{field} Workers' Federation", f"{stem} Nurses Union")
    )  # fmt: skip
    org = company(rng)
    target = f"The {union} called a strike at {org} on {day}"
    text = f"{target} after pay talks failed. Managers urged a return to work."
    return Story("union", text, published, target, only(union, org))


def _shipping_line(rng: random.Random, published: date, day: str) -> Story:
    stem = rng.choice(STEMS)
    line = f"{stem} {rng.choice(('Line', 'Lines', 'Shipping Line', 'Ferries', 'Container Line'))}"
    city = rng.choice(PLACES)[0]
    target = f"{line} suspended sailings to {city} on {day}"
    text = f"{target} because of a storm. Passengers were offered refunds."
    return Story("shipping-line", text, published, target, only(line, city))


def _university(rng: random.Random, published: date, day: str) -> Story:
    city, stem = rng.choice(PLACES)[0], rng.choice(STEMS)
    university = rng.choice(
        (f"University of {city}", f"{stem} University", f"{stem} Institute of Technology",
         f"{city} Polytechnic")
    )  # fmt: skip
    org = company(rng)
    target = f"The {university} signed a research deal with {org} on {day}"
    text = f"{target}. The deal runs for five years."
    return Story("university", text, published, target, only(university, org))


def _fund(rng: random.Random, published: date, day: str) -> Story:
    _, country, _ = rng.choice(PLACES)
    stem = rng.choice(STEMS)
    fund = rng.choice(
        (f"{stem} Pension Fund", f"{country} Sovereign Wealth Fund", f"{stem} Endowment Fund",
         f"{stem} Infrastructure Fund")
    )  # fmt: skip
    org = company(rng)
    target = f"The {fund} sold its shares in {org} on {day}"
    text = f"{target}, a filing showed. The price was not disclosed."
    return Story("fund", text, published, target, only(fund, org))


def _ampersand(rng: random.Random, published: date, day: str) -> Story:
    first, second = rng.sample(STEMS, 2)
    name = rng.choice((f"{first} & {second}", f"{first} & Sons", f"{first} & Daughters"))
    target = f"{name} raised its prices on {day}"
    text = f"{target}, citing the cost of grain. Bakers complained."
    return Story("ampersand-name", text, published, target, only(name))


def _hyphenated(rng: random.Random, published: date, day: str) -> Story:
    first, second = rng.sample(STEMS, 2)
    name = rng.choice((f"{first}-{second}", f"{first}-{second} Foods"))
    city = rng.choice(PLACES)[0]
    target = f"{name} opened a plant near {city} on {day}"
    text = f"{target}. It will employ 400 people."
    return Story("hyphenated-name", text, published, target, only(name, city))


def _capitals(rng: random.Random, published: date, day: str) -> Story:
    name = rng.choice(CAPITAL_NAMES)
    target = f"The state utility {name} raised its tariffs on {day}"
    text = f"{target}, the second rise this year. Households protested."
    return Story("capitals-short-form", text, published, target, only(name))


def _suffixed(rng: random.Random, published: date, day: str) -> Story:
    stem, suffix = rng.choice(STEMS), rng.choice(SUFFIXES)
    name = f"{stem} {suffix}"
    target = f"{name} won a contract to build a bridge on {day}"
    text = f"{target}. Work starts next year."
    # the stories are read as one batch, where one stem with two suffixes is one actor across
    # articles (docs/actors.md, Across articles): any suffix's spelling of the stem is its name
    spellings = frozenset({stem, *(f"{stem} {other}" for other in SUFFIXES)})
    return Story("company-suffix", text, published, target, (spellings,))


def _law(rng: random.Random, published: date, day: str) -> Story:
    law = rng.choice(
        ("Coastal Fisheries Act", "Data Protection Act", "Mining Code", "Land Reform Bill",
         "Water Services Amendment Act", "Seed Certification Regulations")
    )  # fmt: skip
    org = company(rng)
    target = f"{org} challenged the {law} in court on {day}"
    text = f"{target}, arguing that it breached the constitution. A ruling is due in May."
    return Story("law-not-actor", text, published, target, only(org))


def _treaty(rng: random.Random, published: date, day: str) -> Story:
    (city, _, _), (_, country, _) = rng.sample(PLACES, 2)
    treaty = rng.choice(
        (f"Treaty of {city}", f"{city} Convention", f"{city} Accord", f"{city} Protocol")
    )
    target = f"{country} ratified the {treaty} on {day}"
    text = f"{target}, joining 40 other states. Parliament approved it without a vote."
    return Story("treaty-not-actor", text, published, target, only(country))


def _programme(rng: random.Random, published: date, day: str) -> Story:
    programme = rng.choice(
        ("Clean Harbours Programme", "Green Corridors Initiative", "Rural Broadband Plan",
         "Safe Harbour Campaign", "Blue Skies Scheme", "Young Farmers Fund Drive")
    )  # fmt: skip
    org = company(rng)
    target = f"{org} put two million dollars into the {programme} on {day}"
    text = f"{target}, pledging more next year. Critics were unimpressed."
    return Story("programme-not-actor", text, published, target, only(org))


def _event(rng: random.Random, published: date, day: str) -> Story:
    name = rng.choice(WORLD_NAMES)
    event = rng.choice(
        ("Autumn Trade Fair", "World Rice Congress", "Harvest Festival", "Coastal Relay",
         "Summer Games", "Spring Book Fair")
    )  # fmt: skip
    target = f"{name} won a gold medal at the {event} on {day}"
    text = f"{target}. It was a first for the club."
    return Story("event-not-actor", text, published, target, only(name))


def _prize(rng: random.Random, published: date, day: str) -> Story:
    name = rng.choice(WORLD_NAMES)
    prize = rng.choice(
        ("Golden Quill Award", "Order of Merit", "Silver Compass Prize",
         "Prize for Young Architects", "Lifetime Achievement Award")
    )  # fmt: skip
    target = f"{name} received the {prize} on {day}"
    text = f"{target} at a ceremony in the capital. The jury praised her work."
    return Story("prize-not-actor", text, published, target, only(name))


def _work(rng: random.Random, published: date, day: str) -> Story:
    name = rng.choice(WORLD_NAMES)
    kind, title = rng.choice(
        (("novel", "The Salt Orchard"), ("film", "Red Harbour"), ("album", "Glass Rivers"),
         ("play", "A Winter Crossing"), ("memoir", "Bread and Thunder"))
    )  # fmt: skip
    target = f"{name} released the {kind} {title} on {day}"
    text = f"{target}. Critics were divided."
    # a work is a product among the actors (docs/actors.md, Titles of works): its title, never
    # the words after it
    return Story("title-of-work", text, published, target, only(name, title))


def _generic_product(rng: random.Random, published: date, day: str) -> Story:
    org = company(rng)
    product = rng.choice(
        ("Solar Water Heater", "Premium Savings Account", "Fibre Broadband", "Electric Scooter",
         "Gold Credit Card", "Home Loan Plus")
    )  # fmt: skip
    target = f"{org} withdrew its {product} on {day}"
    text = f"{target} after complaints. Customers will be refunded."
    return Story("kind-of-product-not-actor", text, published, target, only(org))


THEME_MAKERS: dict[str, Callable[[random.Random, date, str], Story]] = {
    "names-of-many-languages": _many_languages,
    "initials-and-surname": _initials,
    "single-name": _single_name,
    "honorific-of-country": _country_honorific,
    "particles-of-other-languages": _more_particles,
    "ministry": _ministry,
    "court-or-tribunal": _court,
    "agency": _agency,
    "co-operative": _cooperative,
    "union": _union,
    "shipping-line": _shipping_line,
    "university": _university,
    "fund": _fund,
    "ampersand-name": _ampersand,
    "hyphenated-name": _hyphenated,
    "capitals-short-form": _capitals,
    "company-suffix": _suffixed,
    "law-not-actor": _law,
    "treaty-not-actor": _treaty,
    "programme-not-actor": _programme,
    "event-not-actor": _event,
    "prize-not-actor": _prize,
    "title-of-work": _work,
    "kind-of-product-not-actor": _generic_product,
}
