""" "His Lordship", "Her Excellency": a style of address standing for the person it styles
(invented texts; `timeline.actors.styles`, stop 37)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.styles import knights_by_given_name, style_anaphora
from timeline.wordlists import word_list

from .mentions import placer


def _styled(text: str, *names: str) -> list[tuple[str, str, str]]:
    at = placer(text)
    mentions = sorted((replace(at(n, "person"), role="Dr.") for n in names), key=lambda m: m.start)
    return [(m.text, m.name, m.type) for m in style_anaphora(text, mentions)]


def test_a_style_alone_as_a_subject_is_the_person_it_styled_before() -> None:
    text = (
        "His Lordship the Most Rev. Dr. Tomas Vell, Bishop of Orlo, will bless the new church "
        "on Sunday. His Lordship will administer Confirmation on the following Sunday."
    )
    assert _styled(text, "Tomas Vell") == [
        ("Tomas Vell", "Tomas Vell", "person"),
        ("His Lordship", "Tomas Vell", "person"),
    ]


def test_the_style_before_a_name_is_no_name_of_its_own() -> None:
    text = "Her Excellency Ana Roe presented her credentials on Monday."
    at = placer(text)
    model = [at("Excellency", "organisation"), replace(at("Ana Roe", "person"))]
    assert [m.text for m in style_anaphora(text, model)] == ["Ana Roe"]


def test_a_style_no_name_followed_or_two_persons_share_is_left() -> None:
    nobody = "Present: His Worship the Mayor (in the chair). His Worship thanked the council."
    assert _styled(nobody) == []
    two = (
        "His Excellency Ana Roe and His Excellency Tom Bell met on Monday. "
        "His Excellency left on Tuesday."
    )
    assert [name for _, name, _ in _styled(two, "Ana Roe", "Tom Bell")] == ["Ana Roe", "Tom Bell"]


def test_his_lordship_is_found_by_the_whole_actor_pipeline() -> None:
    text = (
        "His Lordship the Most Rev. Dr. Tomas Keverin, Bishop of Kessel, will open the new "
        "school at Ardmore on Sunday. His Lordship will also bless the new hall."
    )
    mentions = find_actors([text])[0]
    assert [m.name for m in mentions if m.text == "His Lordship"] == ["Tomas Keverin"]
    assert not any(m.name in {"Lordship", "His Lordship"} for m in mentions)


@given(st.sampled_from(word_list("styles.txt")), st.sampled_from(["His", "Her", "his"]))
def test_every_style_names_the_person_it_introduced(style: str, owner: str) -> None:
    text = f"{owner} {style} Dr. Ana Roe arrived on Monday. {owner.title()} {style} will speak."
    found = _styled(text, "Ana Roe")
    assert found[-1] == (f"{owner.title()} {style}", "Ana Roe", "person")


def test_sir_and_a_given_name_alone_is_the_knight_named_in_full_before() -> None:
    text = (
        "The inquiry, chaired by retired judge Sir Emrys Tallon, began on Monday. "
        "Sir Emrys has said he hopes to report next spring."
    )
    at = placer(text)
    knight = replace(at("Emrys Tallon", "person"), role="Sir")
    assert [(m.text, m.name) for m in knights_by_given_name(text, [knight])] == [
        ("Sir Emrys", "Emrys Tallon")
    ]


def test_a_given_name_two_knights_share_or_a_full_name_is_left() -> None:
    text = "Sir Emrys Tallon and Sir Emrys Pugh met. Sir Emrys spoke. Sir Emrys Tallon left."
    at = placer(text)
    knights = [
        replace(at("Emrys Tallon", "person"), role="Sir"),
        replace(at("Emrys Pugh", "person"), role="Sir"),
    ]
    assert knights_by_given_name(text, knights) == []


def test_sir_and_a_given_name_is_found_by_the_whole_actor_pipeline() -> None:
    text = (
        "The inquiry, chaired by retired judge Sir Emrys Tallon, began hearing evidence in "
        "Swansea last month. Sir Emrys has said he hopes to publish a report next spring."
    )
    later = text.index("Sir Emrys has")
    found = [m for m in find_actors([text])[0] if later <= m.start < later + len("Sir Emrys")]
    assert [m.name for m in found] == ["Emrys Tallon"]  # the model's "Emrys", or "Sir Emrys"
