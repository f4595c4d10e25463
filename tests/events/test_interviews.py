"""Q&A interviews: "I", "we" and "you" in the turns are the interviewee and her organisation."""

from __future__ import annotations

from datetime import date

from timeline.actors import ActorMention
from timeline.events.interviews import interview, turn_actors

from ..mentions import placer
from .helpers import news_events

_TEXT = (
    "Talking shop with Ines Marr of Velgrove Tea\n\n"
    "Ines Marr founded Velgrove Tea in Leeds. Velgrove Tea now has nine shops. "
    "We met her in Leeds.\n\n"
    "Q: When did you open the second shop?\n"
    "A: We opened it in 2011. I still remember my first customer.\n"
    "Q: What next?\n"
    "A: Not much. Our bakery opens in May.\n"
)


def _mentions(text: str) -> list[ActorMention]:
    found: list[ActorMention] = []
    for surface, kind in (("Ines Marr", "person"), ("Velgrove Tea", "organisation")):
        start = text.find(surface)
        while start >= 0:
            found.append(ActorMention(start, start + len(surface), surface, surface, kind))
            start = text.find(surface, start + 1)
    return sorted(found, key=lambda m: m.start)


def _actors(sentence: str) -> list[tuple[str, str]]:
    talk = interview(_TEXT, _mentions(_TEXT))
    assert talk is not None
    return turn_actors(_TEXT, _TEXT.index(sentence), sentence, talk)


def test_the_introduction_names_the_interviewee_and_her_organisation() -> None:
    talk = interview(_TEXT, _mentions(_TEXT))
    assert talk is not None
    assert (talk.person, talk.organisation) == ("Ines Marr", "Velgrove Tea")


def test_i_and_my_are_her_we_and_our_her_organisation_you_in_a_question_too() -> None:
    assert _actors("We opened it in 2011.") == [("Velgrove Tea", "organisation")]
    assert _actors("I still remember my first customer.") == [("Ines Marr", "person")]
    assert _actors("Our bakery opens in May.") == [("Velgrove Tea", "organisation")]
    assert _actors("When did you open the second shop?") == [("Velgrove Tea", "organisation")]
    assert _actors("Not much.") == []


def test_the_introduction_and_a_text_quoting_one_question_are_no_turns() -> None:
    assert _actors("We met her in Leeds.") == []  # the interviewer, before the turns
    quoted = "Ines Marr said so.\nQ: Why?\nA: We wanted to.\n"
    assert interview(quoted, _mentions(quoted)) is None


def test_without_an_organisation_we_is_the_interviewee() -> None:
    text = _TEXT.replace("Velgrove Tea", "it")
    talk = interview(text, _mentions(text))
    assert talk is not None and talk.organisation is None
    sentence = "We opened it in 2011."
    assert turn_actors(text, text.index(sentence), sentence, talk) == [("Ines Marr", "person")]


def test_without_an_interviewee_we_is_still_the_organisation_not_a_place_in_the_title() -> None:
    """An interviewee the model missed leaves "we" to the organisation the introduction
    names; one written after a place's preposition ("in the Holm Fells") is a place, no
    rival to it; "I" then stands for no one."""
    text = (
        "A hard season in the Holm Fells\n\n"
        "Holm Fell Rescue teams were called out 23 times.\n\n"
        "Q: How bad was it?\nA: We had eleven call-outs. I slept little.\n"
        "Q: And now?\nA: Quieter.\n"
    )
    at = placer(text)
    mentions = [at("Holm Fells", "organisation"), at("Holm Fell Rescue", "organisation")]
    talk = interview(text, mentions)
    assert talk is not None and (talk.person, talk.organisation) == (None, "Holm Fell Rescue")
    for sentence, actors in (
        ("We had eleven call-outs.", [("Holm Fell Rescue", "organisation")]),
        ("I slept little.", []),
    ):
        assert turn_actors(text, text.index(sentence), sentence, talk) == actors


def test_in_a_transcript_i_is_the_speaker_of_the_turn() -> None:
    text = (
        "Host Maya Ortiz talks to the historian Tomas Berg.\n\n"
        "MAYA ORTIZ: You wrote a book about the ferry.\n\n"
        "TOMAS BERG: I published the book in March.\n\n"
        "MAYA ORTIZ: I read it last week."
    )
    events = news_events(text, date(2023, 5, 10))
    publish = next(e for e in events if e.action == "publish")
    read = next(e for e in events if e.action == "read")
    assert "Tomas Berg" in publish.actors and "Maya Ortiz" not in publish.actors
    assert "Maya Ortiz" in read.actors and "Tomas Berg" not in read.actors


def test_we_in_an_organisation_s_own_post_is_the_organisation() -> None:
    text = (
        "Velgrove Systems incident report\n\n"
        "On March 9 we saw errors in the storage service of Velgrove Systems. "
        "We restored service at 16:40 on March 9.\n\n"
        "Our engineers will publish a full review next week."
    )
    events = news_events(text, date(2024, 3, 11))
    restored = next(e for e in events if e.action == "restore")
    assert restored.actors[0] == "Velgrove Systems"


def test_we_is_the_name_whose_web_address_the_post_writes() -> None:
    from timeline.events.interviews import own_voice

    text = (
        "Today we launch Pemba Two, our lightest pump. Our team in Tarnby built it. "
        "We ship it from Monday, and orders open on pemba.com. Tarnby gave us a grant."
    )

    at = placer(text)

    # the model took the place for an organisation and the writer's name for a person
    mentions = [
        at("Pemba", "person"),
        at("Tarnby", "organisation"),
        at("Tarnby", "organisation", 1),
    ]
    voice = own_voice(text, mentions)
    assert voice is not None
    assert turn_actors(text, text.index("We ship"), "We ship it from Monday.", voice) == [
        ("Pemba", "organisation")
    ]


def test_our_and_us_in_an_organisation_s_own_post_are_no_actor_but_our_school_is() -> None:
    from timeline.events.interviews import own_voice

    text = (
        "Harrow Lane School notice. We reopen on Monday. We thank parents. We will write "
        "again. Our head teacher met the committee. The council told us on Friday. As you "
        "know, our school was closed in April."
    )
    school = [ActorMention(0, 17, "Harrow Lane School", "Harrow Lane School", "organisation")]
    voice = own_voice(text, school)
    assert voice is not None
    for sentence, expected in [
        ("We reopen on Monday.", [("Harrow Lane School", "organisation")]),
        ("Our head teacher met the committee.", []),
        ("The council told us on Friday.", []),
        ("As you know, our school was closed in April.", [("Harrow Lane School", "organisation")]),
    ]:
        assert turn_actors(text, text.index(sentence), sentence, voice) == expected, sentence


_PRESS_TALK = (
    "Fisheries Minister Lotta Virkkunen met Baltic Wire in her office in Turku on Monday.\n\n"
    "QUESTION: You are flying to Brussels next week.\n\n"
    "VIRKKUNEN: We agreed the quotas in March, and I will sign them on Thursday.\n\n"
    "QUESTION: Why did the talks stall?\n\n"
    "VIRKKUNEN: In 2019 we had no survey of the herring."
)


def test_in_a_transcript_we_is_the_speaker_and_you_the_one_who_answers() -> None:
    events = news_events(_PRESS_TALK, date(2023, 9, 12))
    by_date = {str(e.date_start): e for e in events}
    assert "Lotta Virkkunen" in by_date["2023-03-01"].actors  # "We agreed ... in March"
    assert "Lotta Virkkunen" in by_date["2019-01-01"].actors  # "In 2019 we had"
    flying = next(e for e in events if e.action == "fly")
    assert flying.actors == ("Lotta Virkkunen", "Brussels")  # "You": the one who answers


def test_a_turn_label_is_no_actor() -> None:
    events = news_events(_PRESS_TALK, date(2023, 9, 12))
    assert not any("QUESTION" in e.actors for e in events)


def test_we_in_an_organisations_own_text_is_one_word_the_model_took_for_a_person() -> None:
    from timeline.actors import ActorMention
    from timeline.events.interviews import own_voice, turn_actors

    text = (
        "On Monday, Brevlo users could not log in for an hour. We are sorry. We traced it to "
        "a change in Oslo. We have fixed it, and Ana Ruiz, our chief engineer, wrote the fix."
    )

    def at(name: str, kind: str) -> ActorMention:
        start = text.index(name)
        return ActorMention(start, start + len(name), name, name, kind)

    voice = own_voice(
        text, [at("Brevlo", "person"), at("Oslo", "location"), at("Ana Ruiz", "person")]
    )
    assert voice is not None
    sentence = "We traced it to a change in Oslo."
    assert turn_actors(text, text.index(sentence), sentence, voice) == [("Brevlo", "organisation")]
