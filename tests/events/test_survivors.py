""" "She is survived by her son": an obituary's closing formula is about the person the
obituary is about, not the last person a sentence before quoted
(`timeline.events.survivors`, read by `timeline.events.anaphora`; stop 38, helper
`referents8`). Invented names and sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.survivors import survivors_follow

from .helpers import news_events

_OBITUARY = (
    "Margaret Ellison, who taught mathematics at Harrow County School for 31 years, died at "
    "her home in Pinner on Saturday. She was 88.\n\n"
    "Ellison was born in Leeds in 1936 and studied at Girton College, Cambridge.\n\n"
    "She joined the school in 1961 and became head of mathematics in 1975. Ellison retired "
    "in 1992.\n\n"
    "The present head teacher, Helen Crossley, said on Monday that the school had lost "
    '"a great teacher".\n\n'
    "She is survived by her son, Peter, and three grandchildren."
)


def test_the_survivors_formula_is_the_obituary_s_person() -> None:
    events = news_events(_OBITUARY, date(2021, 6, 10))
    rows = [e.actors for e in events if e.sentence.startswith("She is survived")]
    assert rows
    assert all("Margaret Ellison" in actors for actors in rows)
    assert all("Helen Crossley" not in actors for actors in rows)


def test_a_pronoun_elsewhere_still_goes_on_with_the_person_named_before() -> None:
    """Only the formula skips the sentences before: "She joined the school" is Ellison as it
    was, through the sentence that names her."""
    events = news_events(_OBITUARY, date(2021, 6, 10))
    rows = [e.actors for e in events if e.sentence.startswith("She joined")]
    assert rows
    assert all("Margaret Ellison" in actors for actors in rows)


@given(
    pronoun=st.sampled_from(["He", "She", '"He', "“She"]),
    verb=st.sampled_from(["is", "was", "is also", "was also"]),
    rest=st.sampled_from([" his wife, Ana.", " a son and two daughters.", " three sisters."]),
)
def test_every_form_of_the_formula_is_read(pronoun: str, verb: str, rest: str) -> None:
    assert survivors_follow(f"{pronoun} {verb} survived by{rest}")
    assert not survivors_follow(f"{pronoun} {verb} driven by{rest}")
    assert not survivors_follow(f"Tom Bell {verb} survived by{rest}")
