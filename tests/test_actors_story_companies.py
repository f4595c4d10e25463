"""Which organisation "the company" stands for when the story comes back to its own company
after "the company" stood for another, and a name the model took for a person that opens a
"which" clause (stop 44, helper `anaphora`). Invented texts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.anaphor_chains import named_organisations, takes_which
from timeline.actors.organisation_anaphors import organisation_anaphora

from .mentions import placer


def test_the_company_goes_back_to_the_company_named_more_often() -> None:
    """A roundup: "The company" first stood for the investor named last; in the next item
    the story's company is named twice before "the company", so it takes that one."""
    text = (
        "Tarvik Systems closed a funding round on Monday. Jakarta's Orlo Capital led the round. "
        "The company was founded in 2019. "
        "Hanoi-based Velpay laid off 120 people on Tuesday. Velpay's wallet has 3 million "
        "users. The company said it would focus on bill payments."
    )
    at = placer(text)
    mentions = [
        at("Tarvik Systems", "organisation"),
        at("Orlo Capital", "organisation"),
        at("Velpay", "organisation"),
        at("Velpay", "organisation", 1),
    ]
    named = {m.start: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get(text.index("The company said")) == "Velpay"


def test_the_company_keeps_its_company_over_a_name_written_once() -> None:
    """The negative case: an analyst's firm named once since does not take "the company"
    from the company it stood for."""
    text = (
        "Kestra Mills Ltd said on Monday it would build a plant. The plant will open in 2027, "
        "the company said. Analysts at Vell Partners said the plan was sound. "
        "Okoro said the company had signed two contracts."
    )
    at = placer(text)
    mentions = [
        at("Kestra Mills Ltd", "organisation"),
        at("Vell Partners", "organisation"),
        at("Okoro", "person"),
    ]
    named = {m.start: m.name for m in organisation_anaphora(text, mentions)}
    assert named.get(text.rindex("the company")) == "Kestra Mills Ltd"


def test_a_name_opening_a_which_clause_is_a_company_the_company_stands_for() -> None:
    text = (
        "Tarvo Media, which is owned by the publisher Hessel Gruppe, said the rights would be "
        "paid from its budget. The company reported a loss last year."
    )
    at = placer(text)
    mentions = [
        at("Tarvo Media", "person"),
        at("Hessel Gruppe", "organisation"),
    ]
    retyped = named_organisations(mentions, text)
    assert [(m.text, m.type) for m in retyped] == [("Tarvo Media", "organisation")]
    named = {
        m.start: m.name
        for m in organisation_anaphora(
            text, sorted([retyped[0], mentions[1]], key=lambda m: m.start)
        )
    }
    assert named.get(text.index("The company")) == "Tarvo Media"


def test_a_person_opening_a_who_clause_stays_a_person() -> None:
    text = "Ana Roe, who chairs the board, said the rights would be paid from its budget."
    mentions = [placer(text)("Ana Roe", "person")]
    assert named_organisations(mentions, text) == []


@given(st.sampled_from(["is", "was", "has", "owns", "employs", "runs"]))
def test_takes_which_holds_before_any_verb(verb: str) -> None:
    text = f"Tarvo Media, which {verb} two plants, said so."
    mention = placer(text)("Tarvo Media", "person")
    assert takes_which(text, mention)
    assert not takes_which(text.replace("which", "who"), mention)


def test_a_deutsche_mark_sum_is_no_company_for_the_company() -> None:
    """A sum in Deutsche Marks ("DM 49.9m", which the model takes for an organisation) is no
    actor, nor anything "The company" after it could stand for (the whole actor pipeline)."""
    from timeline.actors import find_actors

    text = (
        "Harnau Logistik AG said on Monday its first-half profit rose to DM 49.9m. "
        "The company handled 200,000 containers in September."
    )
    mentions = find_actors([text])[0]
    assert all(not m.name.startswith("DM") for m in mentions)
    named = {m.text: m.name for m in mentions}
    assert named.get("The company") == "Harnau Logistik AG"
