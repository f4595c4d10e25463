"""Places named in a list with a place the model found (timeline.actors.place_lists)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.place_lists import place_list_sweep

from .mentions import placer


def test_the_other_members_of_a_list_with_a_place_are_places() -> None:
    text = "Crews cleared drains in Orvik, Tallby and Holm Bay on Tuesday."
    at = placer(text)
    found = [(m.text, m.type) for m in place_list_sweep(text, [at("Orvik", "location")])]
    assert found == [("Tallby", "location"), ("Holm Bay", "location")]


def test_a_list_after_a_place_preposition_needs_only_a_member_found() -> None:
    text = "Sheds at Orvik, Tallby and Brennock were idle."
    at = placer(text)
    found = [m.text for m in place_list_sweep(text, [at("Brennock", "person")])]
    assert found == ["Orvik", "Tallby"]


def test_no_list_without_and_nor_a_comma_before_a_title() -> None:
    text = "In Orvik, Police Chief Ana Soto said the road was shut."
    at = placer(text)
    assert place_list_sweep(text, [at("Orvik", "location"), at("Ana Soto", "person")]) == []


def test_weekdays_months_and_demonyms_are_no_members() -> None:
    text = "Rain hit Orvik and Tallby on Monday and Tuesday; Orvik and Canadian crews came."
    at = placer(text)
    found = [
        m.text
        for m in place_list_sweep(text, [at("Orvik", "location"), at("Orvik", "location", 1)])
    ]
    assert found == ["Tallby"]


def test_a_list_with_no_place_and_no_place_preposition_is_left() -> None:
    text = "Orvik Foods and Tallby Mills agreed to merge."
    at = placer(text)
    assert place_list_sweep(text, [at("Orvik Foods", "organisation")]) == []


_NAMES = st.from_regex(r"[QXZ][aeiou][rlnv][aeiou][kt]", fullmatch=True)


@given(st.lists(_NAMES, min_size=2, max_size=5, unique=True), st.data())
def test_every_other_member_of_a_list_with_a_place_is_found(
    names: list[str], data: st.DataObject
) -> None:
    text = "Floods hit " + ", ".join(names[:-1]) + " and " + names[-1] + " overnight."
    found_at = data.draw(st.integers(0, len(names) - 1))
    place = placer(text)(names[found_at], "location")
    found = [m.text for m in place_list_sweep(text, [place])]
    assert found == [name for n, name in enumerate(names) if n != found_at]


def test_a_place_of_two_words_found_once_is_found_again() -> None:
    from timeline.actors.place_lists import place_sweep

    text = (
        "ORVIK BAY, 3 May – Floods hit Orvik Bay. The Orvik Bay coach said the club will "
        "play on. Orvik Bay-based firms shut, and Orvik Bay Council met. North Orvik Bay "
        "was spared. Orvik Bay Harbour Police said so."
    )
    at = placer(text)
    mentions = [at("Orvik Bay", "location"), at("Orvik Bay Harbour Police", "organisation")]
    found = [(m.start, m.name) for m in place_sweep(text, mentions)]
    assert found == [(text.index("Orvik Bay coach"), "Orvik Bay")]


def test_a_place_telling_a_clocks_zone_is_not_swept() -> None:
    """Stop 32: "(4 p.m. Orvik Bay time)" tells the zone a clock is given in, where the model
    missed the place; the place found elsewhere is not found again there."""
    from timeline.actors.place_lists import place_sweep

    text = (
        "The liner put into Orvik Bay on Monday. She reported her position at 0800 GMT "
        "(4 p.m. Orvik Bay time) off the cape, and left Orvik Bay at noon."
    )
    mentions = [placer(text)("Orvik Bay", "location")]
    found = [m.start for m in place_sweep(text, mentions)]
    assert found == [text.rindex("Orvik Bay")]


def test_a_place_of_one_word_before_a_noun_is_not_swept() -> None:
    from timeline.actors.place_lists import place_sweep

    text = "Rain hit Hay. Hay prices rose."
    assert place_sweep(text, [placer(text)("Hay", "location")]) == []


@given(
    place=st.sampled_from(["Tarnholm", "Ushkel", "Brevnia", "Kolvik"]),
    kind=st.sampled_from(["location", "country"]),
    written=st.sampled_from(
        [
            "The minister will visit {} on Thursday.",
            "A storm struck {} in early January.",
            "Floods destroyed much of old {}.",
            "{} has promised to open the dam in April.",
            "Trucks have served {} since May.",
            "Roads between {} and the coast were shut.",
        ]
    ),
)
def test_a_place_of_one_word_found_once_is_found_again_where_its_phrase_ends(
    place: str, kind: str, written: str
) -> None:
    from timeline.actors.place_lists import place_sweep

    text = f"Rain fell in {place} overnight. " + written.format(place)
    found = place_sweep(text, [placer(text)(place, kind)])
    assert [(m.start, m.name, m.type) for m in found] == [(text.rindex(place), place, kind)]


def test_a_place_of_one_word_that_describes_or_names_a_person_is_not_swept() -> None:
    from timeline.actors.place_lists import place_sweep

    text = (
        "Rain fell in Tarnholm. Ana Roe, a nurse in Tarnholm, said so. The Tarnholm writer "
        "left. It went to the Tarnholm by noon. Tarnholm-based firms shut."
    )
    assert place_sweep(text, [placer(text)("Tarnholm", "location")]) == []
    text = "Rain fell in Kolvik. Dana Kolvik said the roads to Kolvik were shut."
    at = placer(text)
    assert place_sweep(text, [at("Kolvik", "location"), at("Dana Kolvik", "person")]) == []


def test_a_place_found_again_through_the_model() -> None:
    from timeline.actors import find_actors

    text = (
        "A magnitude 6.1 earthquake struck southern Kyrgyzstan on Wednesday, damaging houses "
        "in Ushkel and Jalal-Abad regions. President Almaz Torobek will visit Ushkel on "
        "Thursday. In the 19th century, earthquakes destroyed much of old Ushkel."
    )
    found = {m.start for m in find_actors([text])[0] if m.text == "Ushkel"}
    assert text.rindex("Ushkel") in found  # "much of old Ushkel", which the model misses


def test_the_other_end_of_a_route_from_a_place_is_a_place() -> None:
    text = "The stage runs from Orvik to Tallby Cross, and buses run from Holm to Monday Fair."
    at = placer(text)
    mentions = [at("Tallby Cross", "location"), at("Holm", "organisation")]
    found = [(m.text, m.type) for m in place_list_sweep(text, mentions)]
    assert found == [("Orvik", "location")]  # "Holm" is no place the model found
