"""A title and a family name the model took for an organisation, the family name written
elsewhere after a given name (`timeline/actors/titled_names.py`): invented sentences through
the real model and the rule alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.roles import titled_person
from timeline.actors.titled_names import titled_family_name


def _names(text: str) -> list[str]:
    return [m.name for m in find_actors([text])[0]]


def test_a_title_and_a_family_name_is_the_person_named_in_full_before() -> None:
    text = (
        "A Mosta man was fined by Magistrate Clara Vella Zammit on Monday. "
        "Two men were remanded in custody by Magistrate Vella Zammit yesterday."
    )
    assert _names(text) == ["Clara Vella Zammit", "Clara Vella Zammit"]


def test_the_rest_of_the_family_name_written_in_full_is_taken() -> None:
    text = "Magistrate Tessa Grech Sant heard it. Magistrate Grech Sant adjourned it."
    start = text.index("Magistrate Grech")
    assert text[start : titled_family_name(text, start, start + len("Magistrate Grech"))] == (
        "Magistrate Grech Sant"
    )
    surface = "Magistrate Grech"
    assert titled_person(text, start, surface)


def test_a_body_with_a_title_word_is_no_person() -> None:
    text = "General Motors cut jobs. General Motors said so. General Dynamics fell."
    for name in ("General Motors", "General Dynamics"):
        start = text.index(name)
        assert titled_family_name(text, start, start + len(name)) is None
    text = "Rosa Lake visited the Judge Lake School. Judge Lake School opened on Monday."
    start = text.rindex("Judge")
    assert titled_family_name(text, start, start + len("Judge Lake School")) is None


def test_a_family_name_written_nowhere_after_a_given_name_is_left_alone() -> None:
    text = "Justice Tamsin Orr ruled. Justice Brack said the fees were unlawful."
    start = text.index("Justice Brack")
    assert titled_family_name(text, start, start + len("Justice Brack")) is None


@given(
    st.sampled_from(["Magistrate", "Justice", "Judge", "Governor"]),
    st.sampled_from(["Ellul", "Marwick", "Okonjo", "Tarrant"]),
    st.sampled_from(["Ana", "Helen", "Kofi", "Mireille"]),
)
def test_the_span_only_grows_over_the_name_written_elsewhere(
    title: str, family: str, given_name: str
) -> None:
    text = f"{title} {given_name} {family} spoke. Later {title} {family} left."
    start = text.rindex(title)
    end = start + len(f"{title} {family}")
    assert titled_family_name(text, start, end) == end


def test_a_company_named_like_a_title_and_a_word_stays_a_company() -> None:
    text = "Ford Motor fell on Monday. General Motor's chief executive left on Sunday."
    start = text.index("General")
    assert titled_family_name(text, start, start + len("General Motor")) is None
    assert not titled_person(text, start, "General Motor")
