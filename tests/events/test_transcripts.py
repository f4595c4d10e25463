"""Transcripts: a speaker's label opens a turn that runs over its lines to the next label; "I"
in it is its speaker, "we" the organisation her label names (else her), "you" the one who
answers."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.events import build_events
from timeline.events.speakers import (
    KnownPersons,
    WrittenNames,
    label_organisation,
    label_speaker,
    label_words,
)
from timeline.events.transcripts import Transcript, speaker_actors, transcript
from timeline.sentences import split_sentences

from ..mentions import placer
from .helpers import timex

_BROADCAST = (
    "Ferry fares: the minister and the islanders\n"
    "Transcript of broadcast, Sunday 4th May 1969\n"
    "PRESENTER (Orla Finnerty):\n"
    "Good evening. With me are Mr. Cathal Brennock and Mrs. Siobhan Merrow of the Inishvar "
    "Island Council. Mr. Brennock, why raise the fares?\n"
    "MR. CATHAL BRENNOCK, T.D. (Minister for Transport, Department of Transport):\n"
    "The boats lost money last year. I visited Inishvar on Friday, and we will meet the "
    "council in June.\n"
    "INTERVIEWER:\n"
    "Mrs. Merrow, the Department of Transport wrote to you in March.\n"
    "MRS. MERROW (Chairman, Inishvar Island Council):\n"
    "It did. We answered in April, and I have heard nothing since.\n"
    "MINISTER:\n"
    "I will answer her this week.\n"
    "[END OF RECORDING]\n"
    "Producer: Dara Quill. I checked this transcript against the tape.\n"
)


def _broadcast() -> Transcript:
    at = placer(_BROADCAST)
    mentions = [
        at("Cathal Brennock", "person"),
        at("Siobhan Merrow", "person"),
        at("Inishvar Island Council", "organisation"),
        at("Department of Transport", "organisation", 1),
    ]
    talk = transcript(_BROADCAST, sorted(mentions, key=lambda m: m.start))
    assert talk is not None
    return talk


def _actors(sentence: str) -> list[tuple[str, str]]:
    start = _BROADCAST.index(sentence)
    return speaker_actors(_BROADCAST, start, sentence, _broadcast())


def test_a_label_on_its_own_line_opens_a_turn_over_the_lines_under_it() -> None:
    assert _actors("I visited Inishvar on Friday, and we will meet the council in June.") == [
        ("Cathal Brennock", "person"),
        ("Department of Transport", "organisation"),  # "we": his label's department
    ]


def test_a_label_with_a_title_and_a_surname_is_the_person_named_in_full() -> None:
    assert _actors("We answered in April, and I have heard nothing since.") == [
        ("Siobhan Merrow", "person"),
        ("Inishvar Island Council", "organisation"),
    ]


def test_a_bare_label_is_the_speaker_whose_note_held_its_word() -> None:
    assert _actors("I will answer her this week.") == [("Cathal Brennock", "person")]


def test_a_note_that_is_a_name_names_the_speaker_and_me_is_no_actor() -> None:
    talk = _broadcast()
    assert talk.turns[0].speaker == "Orla Finnerty"
    assert _actors("Good evening.") == []
    sentence = "With me are Mr. Cathal Brennock and Mrs. Siobhan Merrow of the Inishvar"
    assert _actors(sentence) == []


def test_you_after_a_preposition_is_no_one_acting() -> None:
    assert _actors("Mrs. Merrow, the Department of Transport wrote to you in March.") == []


def test_a_line_in_square_brackets_ends_the_turn() -> None:
    assert _actors("I checked this transcript against the tape.") == []


def test_a_heading_and_an_interviewer_name_no_speaker() -> None:
    text = (
        "Storm Kaia: transcript of the evening briefing\n"
        "Storm Kaia reached the coast at noon.\n"
        "DIRECTOR (Rowan Ashby):\n"
        "I will speak first.\n"
        "Q (Harbour Gazette):\n"
        "Will you brief again tomorrow?\n"
        "DIRECTOR:\n"
        "I will brief you at 8 am.\n"
    )
    talk = transcript(text, [])
    assert talk is not None
    assert [(turn.label, turn.speaker) for turn in talk.turns] == [
        ("director", "Rowan Ashby"),
        ("q", None),
        ("director", "Rowan Ashby"),
    ]
    asked = "Will you brief again tomorrow?"
    assert speaker_actors(text, text.index(asked), asked, talk) == [("Rowan Ashby", "person")]


def test_a_time_stamp_before_the_label_and_a_first_name_alone() -> None:
    text = (
        "Episode 4\n"
        "[00:00:05] TAMSIN:\n"
        "I'm Tamsin Rhee, and with me is Idris Vane of the lifeboat crew.\n"
        "[00:00:12] IDRIS:\n"
        "We launched at six. I steered.\n"
    )
    at = placer(text)
    talk = transcript(text, [at("Tamsin Rhee", "person"), at("Idris Vane", "person")])
    assert talk is not None
    assert speaker_actors(text, text.index("I steered"), "I steered.", talk) == [
        ("Idris Vane", "person")
    ]


def test_a_text_with_one_named_label_is_no_transcript() -> None:
    text = "Kestrel Mills: results\nDate: 4 May\nTOMAS REY: I left in May.\n"
    at = placer(text)
    assert transcript(text, [at("TOMAS REY", "person", name="Tomas Rey")]) is None


def test_the_speaker_of_a_label_named_only_in_a_heading() -> None:
    heading = WrittenNames("Press briefing of Mayor Ines Carvalho, Town Hall")
    nobody = KnownPersons([])
    assert label_speaker(heading, label_words("MAYOR CARVALHO"), None, nobody) == "Ines Carvalho"
    assert label_speaker(heading, label_words("MAYOR"), None, nobody) is None
    written = WrittenNames("Nils-Arne Vik, who is 70, keeps bees.")
    words = label_words("NILS-ARNE VIK")
    assert label_speaker(written, words, None, KnownPersons(["Arne Vik"])) == "Nils-Arne Vik"
    assert label_speaker(written, words, None, KnownPersons(["Ola Berg"])) is None


def test_a_note_names_the_organisation_the_speaker_speaks_for() -> None:
    assert label_organisation("Minister of State", ["Vell Rail"]) is None
    assert label_organisation("Chief Executive, Vell Rail", ["Vell Rail"]) == "Vell Rail"


def test_build_events_reads_the_labels_the_furniture_blanked() -> None:
    written = "BRIEFING\nMAYOR CARVALHO:\nI will sign it on Monday.\nQ:\nWhen?\nMAYOR:\nSoon.\n"
    blanked = "BRIEFING\n" + " " * len("MAYOR CARVALHO:") + written[len("BRIEFING\n") + 15 :]
    text = "Mayor Ines Carvalho spoke.\n" + blanked
    written = "Mayor Ines Carvalho spoke.\n" + written
    doc = Document("a", text, published=date(2024, 5, 1), published_source="user")
    monday = timex("Monday", text, "2024-05-06", date(2024, 5, 6))
    at = placer(text)
    mentions = [at("Ines Carvalho", "person")]
    events = build_events(doc, split_sentences(text), [monday], mentions, written=written)
    signing = next(e for e in events if e.sentence.startswith("I will sign"))
    assert signing.actors == ("Ines Carvalho",)


@given(st.text(max_size=200))
def test_no_text_raises(text: str) -> None:
    talk = transcript(text, [])
    if talk is not None:
        speaker_actors(text, 0, text, talk)


def test_a_long_text_of_labels_is_read_in_linear_time() -> None:
    """20,000 labels, each naming another speaker in its note (1.6 MB): once over the text,
    not once per label (a quadratic reading took minutes)."""
    import time

    def surname(n: int) -> str:
        return "Vel" + "".join(chr(ord("a") + int(digit)) for digit in str(n))

    lines = [f"SPEAKER{n % 50} (Ana {surname(n)}): I said {n} things." for n in range(20000)]
    text = "\n".join(lines)
    began = time.process_time()  # the process's own time: a loaded machine does not count
    talk = transcript(text, [])
    assert talk is not None and len(talk.turns) == 20000
    assert time.process_time() - began < 30


def test_we_is_the_organisation_written_after_the_speakers_name_with_of() -> None:
    text = (
        "Episode 9\n"
        "[00:00:05] NOOR:\n"
        "I'm Noor Haddad, and with me is Tobias Lind of the Harrowgate Fire Service.\n"
        "[00:00:12] TOBIAS:\n"
        "We got the first call at noon. I drove the first engine.\n"
    )
    at = placer(text)
    talk = transcript(
        text, [at("Noor Haddad", "person"), at("Harrowgate Fire Service", "organisation")]
    )
    assert talk is not None
    sentence = "We got the first call at noon."
    assert speaker_actors(text, text.index(sentence), sentence, talk) == [
        ("Harrowgate Fire Service", "organisation")
    ]
    assert speaker_actors(text, text.index("I drove"), "I drove the first engine.", talk) == [
        ("Tobias Lind", "person")
    ]


def test_a_label_known_nowhere_else_still_speaks_for_the_organisation_of_its_note() -> None:
    text = (
        "Ana Roe of Vell Rail briefs the press\n"
        "ANA ROE (Chief Executive, Vell Rail):\n"
        "I will take questions.\n"
        "ROE:\n"
        "The Tarn Safety Board is on site.\n"
        "IDA MOSS (Chief Inspector, Tarn Safety Board):\n"
        "We will report in May.\n"
    )
    at = placer(text)
    mentions = [
        at("Ana Roe", "person"),
        at("Vell Rail", "organisation"),
        at("Tarn Safety Board", "organisation"),
    ]
    talk = transcript(text, mentions)
    assert talk is not None
    assert talk.turns[-1].speaker is None  # named only in her label
    sentence = "We will report in May."
    assert speaker_actors(text, text.index(sentence), sentence, talk) == [
        ("Tarn Safety Board", "organisation")
    ]
