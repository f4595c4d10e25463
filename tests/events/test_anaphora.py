""" "He" and "the pair" taking earlier persons (`timeline.events.anaphora`)."""

from __future__ import annotations

from datetime import date

from timeline.actors.referents import placed_persons
from timeline.events import has_anaphor
from timeline.events.anaphora import resolve_anaphora
from timeline.sentences import split_sentences

from .helpers import mention, news_events


def test_has_anaphor_reads_the_words_of_the_anaphors_table() -> None:
    assert has_anaphor("One year later he was fired.")
    assert has_anaphor("The pair renewed a pact.")
    assert has_anaphor('"Both signed," she said.')
    assert not has_anaphor("The helicopter landed.")  # "he" inside a word


def test_he_points_to_the_one_person_before() -> None:
    events = news_events(
        "Steve Jobs returned to Apple on Monday. He announced the iPod.", date(2005, 6, 8)
    )
    assert [e.actors[:1] for e in events] == [("Steve Jobs",), ("Steve Jobs",)]
    assert events[1].anchor == "inherited"


def test_he_goes_on_meaning_the_person_an_earlier_he_stood_for() -> None:
    events = news_events(
        "Tim Cook became chief executive on Monday. He also stood in Steve Jobs' place in "
        "2009. He received $59 million.",
        date(2011, 8, 25),
    )
    received = next(e for e in events if e.action == "receive")
    assert received.actors == ("Tim Cook",)


def test_he_after_a_fronted_clause_is_the_person_before() -> None:
    events = news_events(
        "Mara Quill, the chief executive of Kestrel Air, spoke to reporters on Monday. In "
        "answer to questions of whether the airline would sell its cargo arm, she said the "
        "board had not decided.",
        date(2012, 3, 6),
    )
    answered = [e for e in events if "In answer" in e.sentence]
    assert answered and all("Mara Quill" in e.actors for e in answered)


def test_both_after_the_verb_is_no_pair_of_persons() -> None:
    text = "Anna Berg and John Miller met. The firm said sales of both models fell."
    sentences = split_sentences(text)
    people = [mention("Anna Berg", text), mention("John Miller", text)]
    second = text[sentences[1].start : sentences[1].end]
    verb_at = second.index("said")
    pair = resolve_anaphora(second, [], [], sentences[:1], people)
    assert pair[0] == ["Anna Berg", "John Miller"]  # "both" read anywhere would be the pair
    assert resolve_anaphora(second, [], [], sentences[:1], people, plural_within=verb_at) == (
        [],
        [],
    )


def test_i_in_a_letter_is_its_writer_whoever_else_it_names() -> None:
    events = news_events(
        "Mara Quill wrote to the staff of Kestrel Air on Monday. "
        "I have decided to stay on as chair. I have asked Ivo Brandt to run the airline. "
        "I love this company.",
        date(2012, 3, 6),
    )
    for opening in ("I have decided", "I have asked", "I love"):
        rows = [e for e in events if e.sentence.startswith(opening)]
        assert rows and all("Mara Quill" in e.actors for e in rows), opening


def test_a_roman_one_or_a_named_speaker_is_no_first_person() -> None:
    assert not has_anaphor("World War I began in 1914.")
    events = news_events(
        'Ivo Brandt met Kestrel staff on Monday. "I am honoured," said Mara Quill.',
        date(2012, 3, 6),
    )
    honoured = [e for e in events if "honoured" in e.sentence]
    assert honoured and all("Ivo Brandt" not in e.actors for e in honoured)


def test_a_kind_of_organisation_after_the_stands_for_the_one_just_named() -> None:
    events = news_events(
        "Kestrel Power raised prices on Monday. The utility said costs had risen.",
        date(2023, 5, 2),
    )
    said = [e for e in events if e.action == "say"]
    assert [e.actors for e in said] == [("Kestrel Power",)]


def test_she_passes_over_a_man_the_document_calls_mr_in_another_sentence() -> None:
    events = news_events(
        "Alma Voss founded Tern Books in 1971. Mr Peter Grant joined her in 1975 as an editor. "
        "In 1979 Peter Grant bought a printing press. In 1980 she sold her shares.",
        date(2020, 5, 4),
    )
    sold = [e for e in events if e.action == "sell"]
    assert [e.actors for e in sold] == [("Alma Voss",)]


def test_a_he_that_stood_for_a_person_makes_him_a_man_for_a_later_she() -> None:
    events = news_events(
        "Robin Hale founded Tern Books in 1971. He moved the firm to Leeds in 1975. Kim Moss "
        "joined the firm in 1976 and married Robin Hale in 1978. In 1979 she left the firm.",
        date(2020, 5, 4),
    )
    left = [e for e in events if e.action == "leave"]
    assert left and all("Kim Moss" in e.actors and "Robin Hale" not in e.actors for e in left)


def test_a_subject_pronoun_is_never_a_person_its_own_sentence_names() -> None:
    events = news_events(
        "Vera Lind sang in Oslo in 1970. Dan Rook joined her band in 1975. "
        "In 1978 she married Dan Rook.",
        date(2020, 5, 4),
    )
    married = [e for e in events if e.action == "marry"]
    assert [e.actors for e in married] == [("Vera Lind", "Dan Rook")]


OBITUARY = (
    "Mary Walsh, a jazz singer who toured Europe for three decades, died on Sunday at her "
    "home in Boston. Walsh was 81. Her first album was released in 1962. Critics praised its "
    "arrangements in 1963. Its sales doubled in 1964. In 1978 she married the saxophonist "
    "Daniel Brooks, who died in 2009. She stopped performing in 1984. Mary Walsh recorded "
    "again in 1996."
)


def test_she_in_an_obituary_is_its_subject_not_the_man_she_married() -> None:
    events = news_events(OBITUARY, date(2020, 5, 4))
    married = next(e for e in events if e.action == "marry")
    stopped = next(e for e in events if e.action == "stop")
    assert married.actors == ("Mary Walsh", "Daniel Brooks")  # no one nearer: the main person
    assert stopped.actors == ("Mary Walsh",)  # her "she" before Daniel Brooks passes him over


def test_she_far_from_anyone_in_a_story_of_several_persons_stays_unresolved() -> None:
    events = news_events(
        "Mary Walsh met Daniel Brooks in Boston on Monday. The talks lasted four hours. "
        "Officials said little afterwards. A statement followed on Tuesday. "
        "On Wednesday she flew to Chicago.",
        date(2020, 5, 8),
    )
    flew = next(e for e in events if e.action == "fly")
    assert "Mary Walsh" not in flew.actors and "Daniel Brooks" not in flew.actors


def test_he_after_a_sentence_of_several_persons_is_the_one_opening_it() -> None:
    events = news_events(
        "Marek Halas, now 58, took over the bakery in 1999, a year after Pavel Halas's death "
        "and a month after Olga Brandt left. He still bakes the rye bread on Mondays.",
        date(2024, 5, 2),
    )
    bakes = next(e for e in events if e.action == "bake")
    assert bakes.actors[:1] == ("Marek Halas",)


def test_a_person_written_only_as_a_possessive_is_not_the_one_he_stands_for() -> None:
    events = news_events(
        "Maria Lopez's patience won over Richard Vance in May. He said on Monday that "
        "talks would resume in June.",
        date(2024, 5, 2),
    )
    said = next(e for e in events if e.action == "say")
    assert "Richard Vance" in said.actors and "Maria Lopez" not in said.actors


def test_she_among_several_persons_is_the_one_the_story_is_about() -> None:
    events = news_events(
        "Former bookkeeper Dana Kovac has been jailed for fraud at her firm. Kovac took "
        "$2 million over six years. Judge Paul Rennick sentenced Kovac on Friday to seven "
        "years. She will be eligible for parole in May 2029.",
        date(2024, 5, 2),
    )
    parole = next(e for e in events if str(e.date_start) == "2029-05-01")
    assert parole.actors[:1] == ("Dana Kovac",)


def test_her_and_a_person_opening_a_sentence_with_a_later_she_take_the_woman_before() -> None:
    """ "Her lawyer, Tom Reyes, said she had repaid ...": the lawyer speaks of the woman named
    before; "Her husband, Tom Reyes, died in 2015" tells of him alone."""
    events = news_events(
        "Maria Lopez, a nurse from Tacna, was sentenced on Monday. Her lawyer, Tom Reyes, "
        "said on Tuesday that she would appeal. Her husband, Leo Marsh, died in 2015.",
        date(2021, 3, 9),
    )
    said = [e for e in events if "Her lawyer" in e.sentence]
    assert said and all({"Maria Lopez", "Tom Reyes"} <= set(e.actors) for e in said)
    died = [e for e in events if "Her husband" in e.sentence]
    assert died and all("Maria Lopez" not in e.actors for e in died)


def test_she_after_a_quotation_is_its_speaker_not_a_name_she_spoke() -> None:
    text = (
        '"Tom Hale built the brands young drinkers want," said Ana Lugo, chief executive of '
        "Brewco. She said the deal would close in May."
    )
    sentences = split_sentences(text)
    people = [mention("Tom Hale", text), mention("Ana Lugo", text)]
    second = text[sentences[1].start : sentences[1].end]
    names, _ = resolve_anaphora(second, [], [], sentences[:1], people, genders={})
    assert names == ["Ana Lugo"]


def test_an_age_opening_a_sentence_is_the_person_named_before() -> None:
    events = news_events(
        "Winger Daniel Mensah left Harlow Town FC on Monday. "
        "The 27-year-old agreed a three-year contract in Portsmouth on Tuesday.",
        date(2021, 7, 14),
    )
    agreed = [e for e in events if e.sentence.startswith("The 27-year-old")]
    assert agreed and all("Daniel Mensah" in e.actors for e in agreed)


def test_an_age_before_a_noun_of_a_thing_is_no_person() -> None:
    assert has_anaphor("The 31-year-old striker scored twice.")
    assert has_anaphor("The 31-year-old, who joined in May, scored twice.")
    assert not has_anaphor("The 40-year-old bridge was closed on Friday.")
    assert not has_anaphor("Lena Moss bought the 40-year-old mill in 2019.")


def test_an_age_after_two_persons_is_the_main_person_or_no_guess() -> None:
    text = "Judge Ines Marlow sentenced Carl Brisk on Monday. The 29-year-old had admitted theft."
    sentences = split_sentences(text)
    people = [mention("Ines Marlow", text), mention("Carl Brisk", text)]
    second = text[sentences[1].start : sentences[1].end]
    # "she" would go on with the subject; an age does not guess between the two
    assert resolve_anaphora(second, [], [], sentences[:1], people, genders={}) == ([], [])
    names, _ = resolve_anaphora(
        second, [], [], sentences[:1], people, genders={}, main="Carl Brisk"
    )
    assert names == ["Carl Brisk"]  # the person the story is about


def test_he_passes_over_a_place_the_model_took_for_a_person() -> None:
    """ "the north coast of Tavua": a place, though the model found a person; "he" is the man
    named before it."""
    text = (
        "Semi Vatu, the singer, died on Sunday. Born on the north coast of Tavua, he sailed "
        "for Suva in 1951. He came home in 1962."
    )
    sentences = split_sentences(text)
    people = [mention("Semi Vatu", text), mention("Tavua", text)]
    places = placed_persons(text, tuple(people))
    assert places == {"Tavua"}
    born = text[sentences[1].start : sentences[1].end]
    names, _ = resolve_anaphora(
        born, ["Tavua"], ["person"], sentences[:1], people, genders={}, places=places
    )
    assert names == ["Semi Vatu", "Tavua"]
    came = text[sentences[2].start : sentences[2].end]
    names, _ = resolve_anaphora(came, [], [], sentences[:2], people, genders={}, places=places)
    assert names == ["Semi Vatu"]  # not "Tavua", the one person of the sentence before


def test_a_pronoun_speaking_after_a_quotation_is_not_a_person_the_quotation_names() -> None:
    # the quotation speaks of Peter Lanz; "she" is the judge named before
    events = news_events(
        'Judge Maria Okonjo sentenced the driver on Friday. "Peter Lanz will never drive '
        'again," she said.',
        date(2021, 6, 10),
    )
    said = next(e for e in events if e.sentence.startswith('"Peter Lanz'))
    assert set(said.actors) == {"Maria Okonjo", "Peter Lanz"}


def test_i_of_the_writer_is_no_person_named_before_it() -> None:
    events = news_events(
        "The board appointed Tamsin Orrell as finance director on Monday. "
        "I want to thank the crews of our eleven vessels for their work in March.",
        date(2020, 4, 2),
    )
    thanked = [e for e in events if e.sentence.startswith("I want")]
    assert all("Tamsin Orrell" not in e.actors for e in thanked)


def test_i_after_a_colon_is_the_person_who_leads_into_it() -> None:
    events = news_events(
        "Hollin Vey's note to staff, sent on Monday, reads: Team, my doctors have asked me to "
        "rest. I will stay on the board from Tuesday.",
        date(2020, 4, 2),
    )
    asked = [e for e in events if e.sentence.startswith("I will stay")]
    assert asked and all("Hollin Vey" in e.actors for e in asked)
