"""Tests of `timeline.actors.title_owners`: the organisation before a person's title is an
actor; a party's tag in brackets after a name is not."""

from __future__ import annotations

from timeline.actors import find_actors


def test_an_organisation_before_a_title_is_an_actor_beside_the_person() -> None:
    text = (
        "Morvale Foods Inc. agreed to buy Tesk Snacks. Morvale Chief Executive Nina Osei told "
        "analysts the deal would help. The Amalgamated Dock Workers' Union (Adwu) called a "
        "strike. Adwu regional secretary Tom Baker said it would go on."
    )
    mentions = find_actors([text])[0]
    at = {m.start: m for m in mentions}
    morvale = at.get(text.index("Morvale Chief"))
    assert morvale is not None and morvale.name == "Morvale Foods Inc."
    adwu = at.get(text.index("Adwu regional"))
    assert adwu is not None and adwu.name == "Amalgamated Dock Workers' Union"
    persons = {m.name: m.role for m in mentions if m.type == "person"}
    assert persons["Nina Osei"] == "Chief Executive"
    assert persons["Tom Baker"] == "secretary"


def test_a_place_or_an_office_before_a_title_stays_no_organisation() -> None:
    text = "Culture Minister Ana Ruiz met Florida Governor Tim Reyes on Monday."
    names = {m.name: m.type for m in find_actors([text])[0]}
    assert "Culture" not in names
    assert names.get("Florida", "location") != "organisation"
    assert names["Ana Ruiz"] == "person"


def test_a_managing_director_is_a_role() -> None:
    text = "Fares will rise, Hollis Transit managing director Ann Lee said on Tuesday."
    mentions = find_actors([text])[0]
    assert {m.name: m.role for m in mentions}.get("Ann Lee") == "managing director"
    assert any(m.name == "Hollis Transit" and m.type == "organisation" for m in mentions)


def test_a_party_tag_after_a_councillor_is_no_actor() -> None:
    text = "Cllr Mary Byrne (FF) proposed the motion. Cllr Sean Daly (Lab) seconded it."
    names = {m.name for m in find_actors([text])[0]}
    assert {"Mary Byrne", "Sean Daly"} <= names
    assert not {"FF", "Lab"} & names


def test_a_known_acronym_the_model_ran_into_a_title_is_the_organisation_alone() -> None:
    from timeline.actors.spans import RawSpan
    from timeline.actors.title_owners import organisations_in_titles

    text = (
        "The Lok Janata Morcha (LJM) won 40 wards. LJM District president R.K. Shetty "
        "called the result a verdict."
    )
    long_span = RawSpan(text.index("LJM District"), text.index(" president"), "LJM District", "ORG")
    person = text.index("R.K.")
    raw = [
        RawSpan(4, 21, "Lok Janata Morcha", "ORG"),
        RawSpan(text.index("LJM)"), text.index("LJM)") + 3, "LJM", "ORG"),
        long_span,
        RawSpan(person, person + len("R.K. Shetty"), "R.K. Shetty", "PERSON"),
    ]
    owners = organisations_in_titles(text, raw)
    assert [(r.start, r.text) for r in owners] == [(long_span.start, "LJM")]
    # words left that are an organisation's own ("LJM Youth Council president") stay its name
    text = "The Lok Janata Morcha (LJM) won. LJM Youth Council president Asha Rao spoke."
    wing = RawSpan(text.index("LJM Youth"), text.index(" president"), "LJM Youth Council", "ORG")
    person = text.index("Asha")
    raw = [
        RawSpan(4, 21, "Lok Janata Morcha", "ORG"),
        RawSpan(text.index("LJM)"), text.index("LJM)") + 3, "LJM", "ORG"),
        wing,
        RawSpan(person, person + 8, "Asha Rao", "PERSON"),
    ]
    assert organisations_in_titles(text, raw) == []


def test_a_time_before_a_persons_title_owns_no_title() -> None:
    text = (
        "The vote was called after the death in March of Councillor Ruth Abney, who had held "
        "the seat since 2004. The new ward at Holm Hospital was opened on Wednesday afternoon "
        "by Sir Neil Fenwick."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert {"Ruth Abney", "Neil Fenwick", "Holm Hospital"} <= names
    assert not names & {"March", "Wednesday"}


def test_a_portfolio_before_a_title_in_lower_case_is_no_organisation() -> None:
    text = (
        "The accord was signed in Dodoma by Trade and Industry minister Mr Juma Mrisho after "
        "two days of talks. Mr Alan Prowse, the Home Office minister, moved the bill."
    )
    names = {m.name for m in find_actors([text])[0]}
    assert {"Juma Mrisho", "Alan Prowse", "Home Office"} <= names
    assert not names & {"Trade and Industry", "Industry", "Trade"}
