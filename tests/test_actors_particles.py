"""Names with lower-case particles are one name (`timeline.actors.particles`)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.particles import (
    _titled_apposition,
    _titled_appositions,
    joined_by_particles,
    joined_organisations,
    titled_persons,
)
from timeline.actors.products import model_span
from timeline.actors.spans import RawSpan, clean_span

from .events.helpers import news_events


def test_names_cut_at_their_particles_are_joined() -> None:
    for text, name in [
        ("The miner Vale do Norte halted output.", "Vale do Norte"),
        ("Banco do Brasil raised its rates.", "Banco do Brasil"),
        ("The director Wim van der Berg resigned.", "Wim van der Berg"),
    ]:
        assert name in [m.name for m in find_actors([text])[0]], text


def test_a_name_before_do_keeps_its_verb_and_tense() -> None:
    events = news_events(
        "The miner Vale do Norte said on Tuesday it had halted output.", date(2023, 10, 25)
    )
    assert [(e.action, e.date_start, e.actors) for e in events] == [
        ("say", date(2023, 10, 24), ("Vale do Norte",))
    ]


def test_names_with_other_words_between_stay_apart() -> None:
    text = "Harwick and the Apex board met."
    raw = [RawSpan(0, 7, "Harwick", "ORG"), RawSpan(16, 20, "Apex", "ORG")]
    assert joined_by_particles(text, raw) == raw


@given(st.lists(st.sampled_from(["da", "de", "the", "and", "x", "Y"]), max_size=4))
def test_spans_are_only_joined_across_particles(between: list[str]) -> None:
    gap = " " + " ".join(between) + " " if between else " "
    text = "Alpha" + gap + "Beta"
    raw = [RawSpan(0, 5, "Alpha", "ORG"), RawSpan(len(text) - 4, len(text), "Beta", "ORG")]
    joined = joined_by_particles(text, raw)
    particles_only = all(word in ("da", "de") for word in between) and bool(between)
    assert len(joined) == (1 if particles_only else 2)
    assert joined[0].start == 0 and joined[-1].end == len(text)


def test_a_person_the_model_missed_after_a_title_is_found() -> None:
    text = "Prime Minister Sitiveni Lomu met US Secretary of State Jan Novak in Suva on Tuesday."
    names = [m.name for m in find_actors([text])[0]]
    assert "Jan Novak" in names
    assert "United States" not in names  # a word of his title, not an actor
    text = "She studied at Queen Mary University in London."
    assert "Mary University" not in [m.name for m in find_actors([text])[0]]


def test_a_time_zone_is_never_an_actor() -> None:
    text = "We restored service at 16:40 UTC. The UTC outage hit Frankfurt."
    assert [m.name for m in find_actors([text])[0]] == ["Frankfurt"]


def test_a_city_after_a_four_figure_clock_and_a_zone_s_own_name_are_no_actors() -> None:
    from timeline.actors.clock_places import names_a_time_zone

    text = "The bank acted at about 0845 Tbilisi time, before trading opened in Tbilisi."
    start = text.index("Tbilisi")
    assert names_a_time_zone(text, start, start + 7)
    last = text.rindex("Tbilisi")
    assert not names_a_time_zone(text, last, last + 7)
    text = "The probe launched at 09:30 Australian Eastern Standard Time on Friday."
    start = text.index("09:30")
    assert names_a_time_zone(text, start, text.index(" on Friday"))


def test_a_family_name_written_first_joins_the_name_it_begins() -> None:
    from timeline.actors.particles import with_family_names

    def spans(text: str, *names: str) -> list[RawSpan]:
        found = [(text.index(name), name) for name in names]
        return [RawSpan(at, at + len(name), name, "PERSON") for at, name in found]

    text = "Trần Minh Quân opened it. His uncle, Trần Văn Bảo, taught him."
    joined = with_family_names(text, spans(text, "Minh Quân", "Trần Văn Bảo"))
    assert [r.text for r in joined] == ["Trần Minh Quân", "Trần Văn Bảo"]
    # a capitalised word no other person's name begins with stays out ("Yesterday")
    text = "Yesterday Minh Quân opened it. His uncle, Trần Văn Bảo, taught him."
    joined = with_family_names(text, spans(text, "Minh Quân", "Trần Văn Bảo"))
    assert [r.text for r in joined] == ["Minh Quân", "Trần Văn Bảo"]


def test_particles_of_other_languages_join_the_pieces_of_one_name() -> None:
    # Kalenjin "arap", Italian and Portuguese "e", Spanish "y", Hungarian "és"
    spans = [RawSpan(8, 15, "Kiprono", "PERSON"), RawSpan(21, 26, "Mutai", "ORG")]
    joined = joined_by_particles("Senator Kiprono arap Mutai spoke.", spans)
    assert [(r.text, r.label) for r in joined] == [("Kiprono arap Mutai", "ORG")]
    for text, first, second in [
        ("Supplier Ferri Liguri e Meridionali stopped deliveries.", "Ferri Liguri", "Meridionali"),
        ("The chamber Aceites y Granos met.", "Aceites", "Granos"),
        ("The practice Kovács és Társa won.", "Kovács", "Társa"),
    ]:
        one, two = text.index(first), text.index(second)
        pieces = [
            RawSpan(one, one + len(first), first, "ORG"),
            RawSpan(two, two + len(second), second, "ORG"),
        ]
        assert [r.text for r in joined_by_particles(text, pieces)] == [
            text[one : two + len(second)]
        ]


def test_a_share_of_the_vote_after_a_surname_is_no_model_number() -> None:
    text = "Wanjiru had 51.2 percent and Kiprono arap Mutai 47.6 per cent, Otieno 1.2%."
    for surname in ("Mutai", "Otieno"):
        start = text.index(surname)
        assert model_span(text, start, start + len(surname), "ORG") == (
            start,
            start + len(surname),
            "ORG",
        )
    names = [m.name for m in find_actors([text])[0]]
    assert not any(any(c.isdigit() for c in name) for name in names), names


def test_pieces_of_one_organisation_the_model_cut_apart_are_joined() -> None:
    for text, first, second, label in [
        (
            "The Tana Fisheries and Wetlands Research Organisation will stock the lake.",
            "Tana Fisheries",
            "Wetlands Research Organisation",
            "ORG",
        ),
        (
            "It was paid for by the Okafor and Lindqvist Family Foundation last year.",
            "Okafor",
            "Lindqvist Family Foundation",
            "ORG",
        ),
        ("The Bar Association of Malawi called for calm.", "Bar Association", "Malawi", "GPE"),
        (
            "said the Regional Office for the Protection of Lakes on Friday.",
            "Regional Office",
            "Protection of Lakes",
            "ORG",
        ),
    ]:
        one, two = text.index(first), text.index(second)
        spans = [
            RawSpan(one, one + len(first), first, "ORG"),
            RawSpan(two, two + len(second), second, label),
        ]
        assert [(r.text, r.label) for r in joined_organisations(text, spans)] == [
            (text[one : two + len(second)], "ORG")
        ]


def test_two_organisations_joined_by_and_stay_two() -> None:
    text = "Harlow Foods and the Kestrel Dairy Company signed the deal. Harlow Foods rose."
    first, second = text.index("Harlow"), text.index("Kestrel")
    spans = [
        RawSpan(first, first + 12, "Harlow Foods", "ORG"),
        RawSpan(second, second + 21, "Kestrel Dairy Company", "ORG"),
    ]
    assert joined_organisations(text, spans) == spans
    # a country and an organisation after one "the" stay two as well
    text = "the Kenya and Uganda Railways Corporation"
    spans = [RawSpan(4, 9, "Kenya", "GPE"), RawSpan(14, 41, "Uganda Railways Corporation", "ORG")]
    assert joined_organisations(text, spans) == spans


def test_a_minister_and_portfolio_before_a_name_are_a_role_not_a_body_nor_a_name() -> None:
    text = (
        "The order was signed by Minister of Rural Development Ana Sofia Ferreira on Friday. "
        "Minister for Regional Education Jonas Eriksen said the schools would reopen."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert "Ana Sofia Ferreira" in names or "Sofia Ferreira" in names, names
    assert "Jonas Eriksen" in names, names
    assert not any(
        word in name for name in names for word in ("Minister", "Development", "Education")
    ), names
    found = titled_persons("signed by Minister of Economic Development Carlo Maria Rossi today", [])
    assert [span.text for span in found] == ["Carlo Maria Rossi"]
    ruiz = clean_span("Minister for Regional Development Ana Ruiz said", 0, 42, "PERSON")
    assert ruiz is not None
    assert (ruiz.text, ruiz.role) == ("Ana Ruiz", "Minister for Regional Development")
    assert clean_span("by Minister of Economic Development Carlo Rossi", 3, 41, "ORG") is None


def test_a_piece_of_kind_words_after_and_ends_the_name_before_it() -> None:
    text = "Carrow City and County Council voted on Monday. Carrow and Ridley Council met."
    spans = [
        RawSpan(0, 11, "Carrow City", "GPE"),
        RawSpan(16, 30, "County Council", "ORG"),
        RawSpan(48, 54, "Carrow", "GPE"),
        RawSpan(59, 73, "Ridley Council", "ORG"),
    ]
    joined = [(r.text, r.label) for r in joined_organisations(text, spans)]
    assert joined[0] == ("Carrow City and County Council", "ORG")
    # "Ridley Council" has a name of its own: two bodies, no "the" before them
    assert ("Ridley Council", "ORG") in joined and ("Carrow", "GPE") in joined


def test_titles_stacked_before_a_name_are_no_person() -> None:
    # "Director General Dr." are three titles: the name is the words after the last one
    for text, name in [
        ("Director General Dr. Amara Okoye opened the plant on Friday.", "Amara Okoye"),
        ("Managing Director Prof. Lena Brandt left the board.", "Lena Brandt"),
    ]:
        names = [m.name for m in find_actors([text])[0]]
        assert name in names, text
        assert not any(word in n for n in names for word in ("General", "Dr", "Prof")), names
    assert titled_persons("Director General Dr. Amara Okoye spoke.", []) == []
    found = titled_persons("He met Director Jan Novak in Suva.", [])
    assert [span.text for span in found] == ["Jan Novak"]


_APPOSITION_PIECES = [
    "chairman",
    "Chief Executive",
    "PRIME MINISTER",
    "secretary of state",
    "Dr.",
    "its",
    "Jan",
    "Novak",
    "O'Neil",
    "Éva",
    "said",
    "x",
    ".",
    "\n",
]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_APPOSITION_PIECES), st.sampled_from(["", " ", ", ", ",\t", ","])
        ),
        max_size=14,
    )
)
def test_titles_in_apposition_are_found_where_the_whole_pattern_finds_them(
    pieces: list[tuple[str, str]],
) -> None:
    # `_titled_appositions` tries the pattern only a title's length before a comma: it must
    # find every match `finditer` finds, and no other
    text = "".join(word + gap for word, gap in pieces)
    expected = [(m.span(), m["name"]) for m in _titled_apposition().finditer(text)]
    assert [(m.span(), m["name"]) for m in _titled_appositions(text)] == expected
