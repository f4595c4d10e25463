"""Places the model misses or takes for a people (`timeline/actors/geography.py`), and the
names the guards took for descriptions: invented sentences through the real model."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

import timeline.actors.geography
from timeline.actors import find_actors
from timeline.actors.geography import featured_places, people_as_place
from timeline.actors.spans import RawSpan


def _names(text: str) -> set[str]:
    return {m.name for m in find_actors([text])[0]}


def test_a_place_named_with_its_feature_noun_is_one_place() -> None:
    assert "Orvane valley" in _names("Farmers in the Orvane valley lost a third of their crop.")
    assert "Tesso delta" in _names("The flooding destroyed crops in the Tesso delta in May.")
    assert "Kambwe mine" in _names("Torvel Copper lifted output at its Kambwe mine by 12%.")


def test_a_feature_noun_before_another_noun_or_after_a_company_names_no_new_place() -> None:
    text = "Staff gathered outside the Orvane district headquarters on Friday."
    assert not any("district" in name for name in _names(text))
    assert featured_places("Halmor Mining said its Halmor mine shut.", [], frozenset(), frozenset())


def test_a_work_built_on_the_land_is_named_with_its_noun() -> None:
    assert "Tolvik airport" in _names("Planes were diverted to Tolvik airport on Sunday.")
    assert "Marrin bridge" in _names("Work on the Marrin bridge will start next year.")
    assert "Lorren reservoir" in _names("The Lorren reservoir held 18 million cubic metres.")


def test_a_name_the_model_took_for_a_company_is_a_place_only_before_a_place_word() -> None:
    raw = [RawSpan(4, 9, "Ardel", "ORG")]
    assert featured_places("The Ardel colliery shut.", raw, frozenset(), frozenset()) == []
    found = featured_places("The Ardel airport shut.", raw, frozenset(), frozenset())
    assert [r.text for r in found] == ["Ardel airport"]


def test_a_name_the_model_took_for_a_company_before_land_no_company_owns_is_the_place() -> None:
    # stop 42: a river, a peninsula, a pier or a prison is no company's works
    text = "Lava crossed the road on the Hollin peninsula overnight."
    at = text.index("Hollin")
    found = featured_places(text, [RawSpan(at, at + 6, "Hollin", "ORG")], frozenset(), frozenset())
    assert [r.text for r in found] == ["Hollin peninsula"]
    text = "The ferry docked at Vessby pier at 6 a.m. with 300 evacuees."
    at = text.index("Vessby")
    found = featured_places(text, [RawSpan(at, at + 6, "Vessby", "ORG")], frozenset(), frozenset())
    assert [r.text for r in found] == ["Vessby pier"]
    text = "The reporter has been held in Varnek prison since March."
    assert [r.text for r in featured_places(text, [], frozenset(), frozenset())] == [
        "Varnek prison"
    ]
    text = "Police closed the B14 motorway after the crash."
    at = text.index("B14")
    found = featured_places(text, [RawSpan(at, at + 3, "B14", "ORG")], frozenset(), frozenset())
    assert [r.text for r in found] == ["B14 motorway"]


def test_a_name_the_model_took_for_a_product_before_a_works_is_the_place() -> None:
    text = "Output at the Cerro Alto mine fell by a fifth."
    at = text.index("Cerro")
    raw = [RawSpan(at, at + 10, "Cerro Alto", "PRODUCT")]
    assert [r.text for r in featured_places(text, raw, frozenset(), frozenset())] == [
        "Cerro Alto mine"
    ]


def test_a_name_the_model_took_for_a_company_and_wrote_alone_stays_as_read() -> None:
    # stop 42: the sweeps find "Hollin" again where the model read it once as a body
    text = "Lava reached the Hollin peninsula overnight. Hollin residents left."
    raw = [RawSpan(17, 23, "Hollin", "ORG")]
    assert featured_places(text, raw, frozenset(), frozenset()) == []


def test_before_a_plural_or_where_written_alone_the_name_alone_is_the_place() -> None:
    text = "Rain swelled the Kesso and Tarvi rivers on Sunday."
    assert [r.text for r in featured_places(text, [], frozenset(), frozenset())] == ["Tarvi"]
    text = "Jobless rates in the Dravska region rose. A rally in Dravska drew 400."
    assert "Dravska" in [r.text for r in featured_places(text, [], frozenset(), frozenset())]


def test_a_people_no_list_knows_after_a_preposition_of_place_is_a_place() -> None:
    text = "The company hopes to build a pilot line in Ostrelange once the trial ends."
    at = text.index("Ostrelange")
    assert people_as_place(text, at, at + 10, "NORP", frozenset()) == "GPE"
    text = "He speaks in Danish to his staff."
    at = text.index("Danish")
    assert people_as_place(text, at, at + 6, "NORP", frozenset()) == "NORP"


def test_the_guards_keep_a_sea_a_country_an_employer_and_a_place_a_flight_leaves() -> None:
    assert "Kolar Sea" in _names("Rates in the Kolar Sea fell for a third week.")
    assert "Ridgevale Capital" in _names(
        "Growth will slow this year, said Mara Ostin, an economist at Ridgevale Capital."
    )
    assert "Tarvik" in _names("A charter flight from Tarvik brought 112 tourists on Saturday.")


@given(st.text(max_size=200))
def test_featured_places_never_raise_and_slice_the_text(text: str) -> None:
    for span in featured_places(text, [], frozenset(), frozenset()):
        assert text[span.start : span.end] == span.text


def test_doctests() -> None:
    assert doctest.testmod(timeline.actors.geography).failed == 0
