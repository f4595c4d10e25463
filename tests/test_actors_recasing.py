"""Text written in capitals recased for the stages that read names (stop 45, helper `caps`):
a teletype story, a telex letter, a release with one paragraph in capitals; the recasing keeps
every offset and every letter. Stories invented."""

from __future__ import annotations

from functools import cache

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.ner import _lookups, load_model
from timeline.actors.recasing import capital_stretches, recased, recased_texts
from timeline.actors.recasing_words import RecasingWords, recasing_words

TELETYPE = """\
FERRY AGROUND OFF SKERVANE
B204
URGENT

TROMSVIK, NORWAY, MARCH 3 (BALTPRESS)--A COASTAL FERRY RAN AGROUND EARLY TODAY ON ROCKS \
NEAR SKERVANE ISLAND WITH 86 PASSENGERS ABOARD, THE OPERATOR, HALVEDAL SHIPPING AB, SAID.

A COMPANY SPOKESWOMAN, INGRID VASSBOTN, SAID ALL THE PASSENGERS HAD BEEN TAKEN OFF BY NOON.

THE COASTGUARD SAID THE FERRY HAD LOST ITS STEERING IN HEAVY SEAS. THE MINISTER OF \
TRANSPORT WILL VISIT TROMSVIK ON FRIDAY.

END
"""

TELEX = """\
GRAIN LETTER -- TELEX EDITION -- NO. 4/78
LINDFORS 14 FEBRUARY 1978

DOCKERS AT THE PORT OF LINDFORS STOPPED WORK ON MONDAY, THE HARBOUR WORKERS' FEDERATION \
(HWF) SAID.

HWF SECRETARY JARL OKSANEN TOLD THE PRESS THAT HIS MEMBERS WANTED A NEW PAY SCALE.

THE SHIPPERS, BRENHOLM GRAIN AND THE DUTCH GROUP VELTMARK, WILL MEET IN ROTTERDAM NEXT WEEK.
"""

RELEASE = """\
Marrow Valley Water announces winter works

Marrow Valley Water said on Tuesday that it would replace 12 miles of main in Dunmere this \
winter. The works start in January.

CUSTOMERS IN DUNMERE AND ASHCOMBE SHOULD EXPECT LOW PRESSURE BETWEEN 9 A.M. AND 4 P.M. ON \
WEEKDAYS. THE COMPANY WILL WRITE TO EVERY HOUSEHOLD BEFORE THE WORKS REACH ITS STREET.

For more information, call the works line.
"""


@cache
def _words() -> RecasingWords:
    return recasing_words(_lookups[id(load_model())])


def _names(text: str) -> set[str]:
    return {mention.name for mention in find_actors([text])[0]}


def test_a_teletype_story_reads_as_prose() -> None:
    text = recased(TELETYPE, _words())
    assert "A company spokeswoman, Ingrid Vassbotn, said all the passengers" in text
    assert "the operator, Halvedal Shipping AB, said." in text
    assert "The coastguard said the ferry had lost its steering in heavy seas." in text
    assert "will visit Tromsvik on Friday." in text
    assert text.startswith("FERRY AGROUND OFF SKERVANE\nB204")  # a headline, a take number


def test_a_teletype_story_names_its_actors() -> None:
    names = _names(TELETYPE)
    assert {"Ingrid Vassbotn", "Halvedal Shipping AB"} <= names
    assert not names & {"CONVEYOR", "Coastguard", "Seas", "Noon", "Passengers"}


def test_a_telex_letter_keeps_its_acronyms_and_spells_its_bodies() -> None:
    text = recased(TELEX, _words())
    assert "the Harbour Workers' Federation (HWF) said." in text
    assert "HWF secretary Jarl Oksanen told the press" in text
    assert "Brenholm Grain and the Dutch group Veltmark, will meet in Rotterdam next week." in text
    assert "Jarl Oksanen" in _names(TELEX)


def test_a_paragraph_in_capitals_is_read_by_the_release_s_own_words() -> None:
    text = recased(RELEASE, _words())
    assert (
        "Customers in Dunmere and Ashcombe should expect low pressure between 9 a.m. and 4 p.m. "
        "on weekdays. The company will write" in text
    )
    start, end = RELEASE.index("CUSTOMERS"), RELEASE.index("STREET.") + len("STREET.")
    assert text[:start] + text[end:] == RELEASE[:start] + RELEASE[end:]  # as written


def test_ordinary_text_is_left_as_it_is() -> None:
    text = "The NATO and EU ministers met in Oslo on Monday.\nFIRE TRAPS 41 MINERS\nIt spread."
    assert capital_stretches(text) == []
    assert recased(text, _words()) is text


def test_the_month_words_stay_months_and_may_stays_a_verb() -> None:
    text = "THE TALKS MAY RESUME ON MAY 11 OR IN MARCH; ON THE 9TH THE UNION WILL MARCH TO TOWN."
    assert recased(text, _words()) == (
        "The talks may resume on May 11 or in March; on the 9th the union will march to town."
    )


def test_a_dateline_s_place_keeps_its_capitals() -> None:
    text = "KELDSUND--THE YARD'S LAST LAUNCH WAS IN THE SPRING OF 1961, THE OWNERS SAID."
    assert recased(text, _words()).startswith("KELDSUND--The yard's last launch was")


def test_the_texts_the_model_reads_are_recased_as_their_context() -> None:
    whole = "THE MILL AT HARSVIK CLOSED ON MONDAY, THE OWNER, ELSA NORDGREN, SAID."
    part = " " * 21 + whole[21:]
    texts, contexts = recased_texts(_lookups[id(load_model())], [part], [whole])
    assert contexts is not None
    assert texts[0] == " " * 21 + contexts[0][21:]
    assert texts[0].endswith("on Monday, the owner, Elsa Nordgren, said.")


_CAPITAL_TEXT = st.lists(
    st.sampled_from(
        [
            "THE",
            "MINE",
            "KIRUNA",
            "AB",
            "SAID",
            "MCNALLY",
            "O'BRIEN",
            "STATE-OWNED",
            "MAY",
            "9TH",
            "A.M.",
            "(OSWU)",
            "--",
            ",",
            ".",
            "\n",
            "Straße",
            "ĺ",
            "İ",
            "ß",
            "ǅ",
        ]
    ),
    min_size=6,
    max_size=40,
).map(" ".join)


@given(st.one_of(st.text(max_size=300), _CAPITAL_TEXT))
def test_recasing_keeps_the_length_and_the_letters(text: str) -> None:
    new = recased(text, _words())
    assert len(new) == len(text)
    assert all(
        old == char or old.lower() == char.lower() or old.upper() == char.upper()
        for old, char in zip(text, new, strict=True)
    )


def test_a_town_the_lexicon_holds_is_a_place_after_a_preposition_of_place() -> None:
    text = "TALKS AT THE MEDIATION OFFICE IN OSLO ARE DUE TO RESUME, THE UNION SAID IN PARIS."
    assert recased(text, _words()) == (
        "Talks at the mediation office in Oslo are due to resume, the union said in Paris."
    )
    assert recased("THE MEN WERE STILL AT WORK AT NOON, THE UNION SAID.", _words()) == (
        "The men were still at work at noon, the union said."
    )
