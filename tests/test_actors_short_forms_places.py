"""A short form or a place: the first word of a body named after its place, after a preposition of
place or in a list, is the place; a company's short name stays the company; a council, a
chamber or an association alone is no short form of the body."""

from __future__ import annotations

from timeline.actors import ActorMention, AliasTable
from timeline.actors.names import canonical
from timeline.actors.spans import RawSpan

from .mentions import placer


def test_the_first_word_of_a_body_after_a_place_preposition_is_the_place() -> None:
    # the body is named after its place: "in Dorvale" is the town, not the council
    text = (
        "The Dorvale City Council said on Monday that it would close two markets. "
        "Bus fares in Dorvale would double by the weekend."
    )
    at_place = text.rindex("Dorvale")
    mentions = canonical(
        text,
        [
            RawSpan(4, 24, "Dorvale City Council", "ORG"),
            RawSpan(at_place, at_place + 7, "Dorvale", "ORG"),
        ],
        AliasTable(),
    )
    assert [(m.name, m.type) for m in mentions][-1] == ("Dorvale", "location")
    # taken for a person, the same
    mentions = canonical(
        text,
        [
            RawSpan(4, 24, "Dorvale City Council", "ORG"),
            RawSpan(at_place, at_place + 7, "Dorvale", "PERSON"),
        ],
        AliasTable(),
    )
    assert [(m.name, m.type) for m in mentions][-1] == ("Dorvale", "location")
    # "Shares in" and "in Tarnvik shares" name the company; no preposition, the short form
    text = "Tarnvik Mining Ltd cut jobs. Shares in Tarnvik fell. Tarnvik said so."
    trading = "Tarnvik Mining Ltd cut jobs. Trading in Tarnvik shares stopped."
    at = trading.rindex("Tarnvik")
    mentions = canonical(
        trading,
        [RawSpan(0, 18, "Tarnvik Mining Ltd", "ORG"), RawSpan(at, at + 7, "Tarnvik", "ORG")],
        AliasTable(),
    )
    assert [m.name for m in mentions][-1] == "Tarnvik Mining Ltd"
    first, second = text.index("Tarnvik", 5), text.rindex("Tarnvik")
    mentions = canonical(
        text,
        [
            RawSpan(0, 18, "Tarnvik Mining Ltd", "ORG"),
            RawSpan(first, first + 7, "Tarnvik", "ORG"),
            RawSpan(second, second + 7, "Tarnvik", "ORG"),
        ],
        AliasTable(),
    )
    assert [m.name for m in mentions][1:] == ["Tarnvik Mining Ltd", "Tarnvik Mining Ltd"]


def test_a_companys_short_name_after_a_place_preposition_stays_the_company() -> None:
    # a name of two words is a company's, not a body named after a place: "at Kelvane"
    text = "Kelvane Motors cut jobs. The move is a much-needed one at Kelvane, analysts said."
    at = text.rindex("Kelvane")
    mentions = canonical(
        text,
        [RawSpan(0, 14, "Kelvane Motors", "ORG"), RawSpan(at, at + 7, "Kelvane", "ORG")],
        AliasTable(),
    )
    assert [(m.name, m.type) for m in mentions][-1] == ("Kelvane Motors", "organisation")


def test_first_words_taken_for_a_place_are_a_company_with_a_suffix() -> None:
    """A company with a corporate suffix is named after no place written alone so: "Tellor"
    the model read as a place is "Tellor Biosciences NV"; a body without a suffix ("Tellor
    University") may be named after its town, which stays a place."""
    from timeline.actors.first_words import typed_short_forms

    text = "Tellor Biosciences NV reported results. Tellor expects approval in 2031."
    at = placer(text)
    mentions = [
        at("Tellor Biosciences NV", "organisation"),
        at("Tellor", "location", nth=1),
    ]
    found = [(m.text, m.name, m.type) for m in typed_short_forms(text, mentions)]
    assert found == [("Tellor", "Tellor Biosciences NV", "organisation")]
    text = "Tellor University grew. Tellor expects more students in 2031."
    at = placer(text)
    mentions = [at("Tellor University", "organisation"), at("Tellor", "location", nth=1)]
    assert typed_short_forms(text, mentions) == []


def test_a_place_the_article_names_is_no_short_form_of_a_body_named_after_it() -> None:
    """The model took the town for a person where the text writes it before a possessive or
    in a list of places; the article names it a place elsewhere, so it is that place, not the
    "Varzelo City Council" (`article_names.written_places`)."""
    text = (
        "The Varzelo City Council approved the budget on Monday. Traffic in Varzelo was "
        "light. Varzelo's metro will run a Sunday timetable, and a warning covers the Varzelo "
        "and Ostrava districts."
    )
    council = RawSpan(4, 24, "Varzelo City Council", "ORG")
    place = text.index("Varzelo", 30)
    metro, listed = text.index("Varzelo's"), text.index("Varzelo and")
    found = [
        council,
        RawSpan(place, place + 7, "Varzelo", "GPE"),
        RawSpan(metro, metro + 7, "Varzelo", "PERSON"),
        RawSpan(listed, listed + 7, "Varzelo", "PERSON"),
    ]
    named = [(m.name, m.type) for m in canonical(text, found, AliasTable())]
    assert named[0] == ("Varzelo City Council", "organisation")
    assert [n for n in named[1:] if n[0].startswith("Varzelo")] == [("Varzelo", "location")] * 3
    # the first word of a place named with its unit is a place too ("Madang Province")
    text = "Kerema Province was flooded. The Kerema Disaster Office said flights to Kerema stopped."
    office, town = text.index("Kerema Disaster"), text.rindex("Kerema")
    found = [
        RawSpan(0, 15, "Kerema Province", "GPE"),
        RawSpan(office, office + 20, "Kerema Disaster Office", "ORG"),
        RawSpan(town, town + 6, "Kerema", "PERSON"),
    ]
    assert [m.type for m in canonical(text, found, AliasTable())][-1] == "location"
    # a company's short name the model took for a person stays the company where the article
    # names no such place
    text = "Skelby Freight Lines cut routes. Skelby's trucks stopped on Monday."
    short = text.index("Skelby's")
    found = [
        RawSpan(0, 20, "Skelby Freight Lines", "ORG"),
        RawSpan(short, short + 6, "Skelby", "PERSON"),
    ]
    assert [m.name for m in canonical(text, found, AliasTable())][-1] == "Skelby Freight Lines"


def test_a_body_named_after_its_place_leaves_the_place_even_when_written_nowhere_else() -> None:
    """Stop 32: the article writes the town as a place nowhere (its "in Varzelo" a byline's,
    which is furniture), the model took it for a person before a possessive and in a list of
    districts: the "Varzelo City Council" is a body named after its place, so the word alone is
    the place (`short_forms.named_after_its_place`)."""
    text = (
        "The Varzelo City Council approved the budget on Monday. Varzelo's metro will run a "
        "Sunday timetable, and a warning covers the Varzelo and Ostrava districts."
    )
    metro, listed = text.index("Varzelo's"), text.index("Varzelo and")
    found = [
        RawSpan(4, 24, "Varzelo City Council", "ORG"),
        RawSpan(metro, metro + 7, "Varzelo", "PERSON"),
        RawSpan(listed, listed + 7, "Varzelo", "PERSON"),
    ]
    named = [(m.name, m.type) for m in canonical(text, found, AliasTable())]
    assert named[0] == ("Varzelo City Council", "organisation")
    assert [n for n in named[1:] if n[0].startswith("Varzelo")] == [("Varzelo", "location")] * 2
    # a company named after its town, no city's word between, keeps its short form
    text = "Varzelo Freight Lines cut routes. Varzelo's trucks stopped on Monday."
    short = text.index("Varzelo's")
    found = [
        RawSpan(0, 21, "Varzelo Freight Lines", "ORG"),
        RawSpan(short, short + 7, "Varzelo", "PERSON"),
    ]
    assert [m.name for m in canonical(text, found, AliasTable())][-1] == "Varzelo Freight Lines"


def test_a_place_before_an_urban_district_council_is_the_place() -> None:
    """Stop 36: a word of the unit's kind may stand between the place and its unit ("the
    Tarvik Urban District Council"): the word alone, which the model took for an
    organisation, is still the place."""
    text = (
        "Clinics will be held at Kelso and Tarvik next week. Dr Roe will address the Tarvik "
        "Urban District Council on Tuesday. Tarvik's second clinic opens in May."
    )
    listed, owner = text.index("Tarvik"), text.index("Tarvik's")
    council = text.index("Tarvik Urban")
    found = [
        RawSpan(listed, listed + 6, "Tarvik", "ORG"),
        RawSpan(council, council + 29, "Tarvik Urban District Council", "ORG"),
        RawSpan(owner, owner + 6, "Tarvik", "ORG"),
    ]
    named = [(m.name, m.type) for m in canonical(text, found, AliasTable())]
    assert named.count(("Tarvik", "location")) == 2, named
    assert ("Tarvik Urban District Council", "organisation") in named


def test_a_bodys_council_or_association_is_no_full_name_of_the_body() -> None:
    """ "Tarrow College" names a whole body (it ends in an organisation's word); the "Tarrow
    College Council" and the "Tarrow College Students' Association" are bodies of it, not its
    full name. A company's short name still takes its full name."""
    text = (
        "Tarrow College raised its fees. The Tarrow College Council met on Friday, and the "
        "Tarrow College Students' Association objected. Tarrow College's exams begin in May."
    )
    at = placer(text)
    found = [
        RawSpan(m.start, m.end, m.text, "ORG")
        for m in (
            at("Tarrow College", "organisation"),
            at("Tarrow College Council", "organisation"),
            at("Tarrow College Students' Association", "organisation"),
            at("Tarrow College", "organisation", nth=3),
        )
    ]
    named = [m.name for m in canonical(text, found, AliasTable())]
    assert named[0] == named[-1] == "Tarrow College"
    text = "Harlan Pump Works Company cut jobs. Harlan Pump Works said so on Monday."
    second = text.rindex("Harlan")
    found = [
        RawSpan(0, 25, "Harlan Pump Works Company", "ORG"),
        RawSpan(second, second + 17, "Harlan Pump Works", "ORG"),
    ]
    assert [m.name for m in canonical(text, found, AliasTable())][-1] == (
        "Harlan Pump Works Company"
    )


def test_a_place_a_body_is_named_after_stays_the_place() -> None:
    """Stop 31: "Tarka" beside the "Tarka City Water Bureau" (a city's or a unit's word, then
    a body's) is the city, wherever the model took it for an organisation."""
    for body in ("Tarka City Water Bureau", "Tarka District Council", "Tarka County Board"):
        text = (
            f"Floods hit central Tarka on Monday. The {body} said on Tuesday that "
            "Tarka's mains held."
        )
        at = placer(text)
        found = [
            RawSpan(*_span(at("Tarka", "organisation")), "ORG"),
            RawSpan(*_span(at(body, "organisation")), "ORG"),
            RawSpan(*_span(at("Tarka", "organisation", 2)), "ORG"),
        ]
        named = [(m.text, m.name, m.type) for m in canonical(text, found, AliasTable())]
        assert named[0] == ("Tarka", "Tarka", "location"), body
        assert named[2] == ("Tarka", "Tarka", "location"), body
    # a company named after its town is still shortened to its first word
    text = "Tarka Engineering cut jobs. Tarka said sales fell."
    at = placer(text)
    found = [
        RawSpan(*_span(at("Tarka Engineering", "organisation")), "ORG"),
        RawSpan(*_span(at("Tarka", "organisation", 1)), "ORG"),
    ]
    assert canonical(text, found, AliasTable())[1].name == "Tarka Engineering"


def test_a_chamber_alone_is_not_one_of_its_committees() -> None:
    """Stop 31: "the Senate" beside the "Senate Finance Committee" is the Senate; "the Court"
    may still shorten the "Court of Appeal"."""
    text = "The Senate Finance Committee approved the bill. The Senate passed it on Friday."
    at = placer(text)
    found = [
        RawSpan(*_span(at("Senate Finance Committee", "organisation")), "ORG"),
        RawSpan(*_span(at("Senate", "organisation", 1)), "ORG"),
    ]
    assert canonical(text, found, AliasTable())[1].name == "Senate"
    text = "The Court of Appeal sat in Tarka. The Court ruled on Friday."
    at = placer(text)
    found = [
        RawSpan(*_span(at("Court of Appeal", "organisation")), "ORG"),
        RawSpan(*_span(at("Court", "organisation", 1)), "ORG"),
    ]
    assert canonical(text, found, AliasTable())[1].name == "Court of Appeal"


def _span(mention: ActorMention) -> tuple[int, int, str]:
    return mention.start, mention.end, mention.text


def test_a_place_of_two_words_a_body_is_named_after_stays_the_place() -> None:
    # "came to Ashford Vale" beside the "Ashford Vale Chamber of Commerce": the town (stop 44)
    text = "He joined the Ashford Vale Chamber of Commerce. In 1911 he came to Ashford Vale."
    at = text.rindex("Ashford Vale")
    mentions = canonical(
        text,
        [
            RawSpan(14, 46, "Ashford Vale Chamber of Commerce", "ORG"),
            RawSpan(at, at + 12, "Ashford Vale", "ORG"),
        ],
        AliasTable(),
    )
    assert [(m.name, m.type) for m in mentions][-1] == ("Ashford Vale", "location")


def test_a_place_in_a_list_after_a_preposition_stays_the_place() -> None:
    # "in Brenhall and Dorvale" beside the "Dorvale Parents' Association" (stop 44)
    text = (
        "The Dorvale Parents' Association met on Monday. "
        "Parents in Brenhall and Dorvale complained on Wednesday."
    )
    at = text.rindex("Dorvale")
    mentions = canonical(
        text,
        [
            RawSpan(4, 32, "Dorvale Parents' Association", "ORG"),
            RawSpan(at, at + 7, "Dorvale", "PERSON"),
        ],
        AliasTable(),
    )
    assert [(m.name, m.type) for m in mentions][-1] == ("Dorvale", "location")


def test_a_place_after_a_preposition_is_not_the_body_named_after_it() -> None:
    # the first-word sweep finds the place's word alone; written after a place preposition
    # (or in a list after one) beside a body two words longer, it is the place (stop 47)
    text = (
        "Harrowby Borough Council closed the baths on Monday. The ministry will keep two "
        "inspectors at Harrowby and Penmor until Friday."
    )
    found = [RawSpan(0, 24, "Harrowby Borough Council", "ORG")]
    mentions = canonical(text, found, AliasTable())
    at = text.index("Harrowby and")
    assert not [m for m in mentions if m.start == at and m.name == "Harrowby Borough Council"]
    # a company's short name after "at" stays the company's
    text = "Orrindale Labs hired twenty chemists. Staff at Orrindale said the pay was good."
    found = [RawSpan(0, 14, "Orrindale Labs", "ORG")]
    mentions = canonical(text, found, AliasTable())
    at = text.index("Orrindale said")
    assert [m.name for m in mentions if m.start == at] == ["Orrindale Labs"]
