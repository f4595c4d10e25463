"""A name the model cut at a particle and found one side of takes in the other side
(`timeline/actors/particle_ends.py`): invented sentences through the real model and the rule
alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.particle_ends import with_particle_ends
from timeline.actors.spans import RawSpan

_PARTICLES = ["do", "da", "de", "del", "dos", "das", "di", "du", "van", "von"]


@given(st.sampled_from(_PARTICLES), st.sampled_from(["Norte", "Sur", "Ribeira", "Lago"]))
def test_a_span_before_a_particle_takes_in_the_word_after_it(particle: str, word: str) -> None:
    text = f"They beat Clube Vale {particle} {word} 2-1 on Sunday."
    span = RawSpan(10, 20, "Clube Vale", "ORG")
    assert [r.text for r in with_particle_ends(text, [span])] == [f"Clube Vale {particle} {word}"]


@given(st.sampled_from(_PARTICLES), st.sampled_from(["Vale", "Porto Novo", "Casa"]))
def test_a_span_after_a_particle_takes_in_the_words_before_it(particle: str, words: str) -> None:
    text = f"{words} {particle} Norte had led since the 31st minute."
    start = text.index("Norte")
    found = with_particle_ends(text, [RawSpan(start, start + 5, "Norte", "ORG")])
    assert [r.text for r in found] == [f"{words} {particle} Norte"]


def test_a_chain_of_particles_is_taken_in_to_its_end() -> None:
    text = "a filing sent to the Superintendencia del Mercado de Valores (SMV)."
    start = text.index("Super")
    found = with_particle_ends(text, [RawSpan(start, start + 16, "Superintendencia", "ORG")])
    assert [r.text for r in found] == ["Superintendencia del Mercado de Valores"]


def test_an_opener_or_another_span_is_not_taken_in() -> None:
    text = "Why do Britons care? The Vale do Norte met Banco do Brasil."
    raw = [
        RawSpan(text.index(word), text.index(word) + len(word), word, label)
        for word, label in [
            ("Britons", "NORP"),
            ("Norte", "ORG"),
            ("Banco", "ORG"),
            ("Brasil", "GPE"),
        ]
    ]
    assert [r.text for r in with_particle_ends(text, raw)] == [
        "Britons",
        "Vale do Norte",
        "Banco",
        "Brasil",
    ]


def test_a_persons_span_widened_takes_the_label_of_the_name_written_whole() -> None:
    text = "Desportivo Vale do Norte won. Vale do Norte led."
    raw = [RawSpan(0, 15, "Desportivo Vale", "ORG"), RawSpan(38, 43, "Norte", "PERSON")]
    found = with_particle_ends(text, raw)
    assert [(r.text, r.label) for r in found] == [
        ("Desportivo Vale do Norte", "ORG"),
        ("Vale do Norte", "ORG"),
    ]


def test_nothing_raises_on_any_text() -> None:
    @given(st.text(max_size=80))
    def check(text: str) -> None:
        raw = [RawSpan(0, len(text), text, "ORG")] if text else []
        assert len(with_particle_ends(text, raw)) == len(raw)

    check()


def test_a_persons_span_widened_stays_a_person_unless_another_span_holds_its_words() -> None:
    text = "Clube Vale do Norte FC won. Vale do Norte led. Ana do Rio spoke."
    raw = [
        RawSpan(0, 22, "Clube Vale do Norte FC", "ORG"),
        RawSpan(36, 41, "Norte", "PERSON"),
        RawSpan(54, 57, "Rio", "PERSON"),
    ]
    assert [(r.text, r.label) for r in with_particle_ends(text, raw)] == [
        ("Clube Vale do Norte FC", "ORG"),
        ("Vale do Norte", "ORG"),
        ("Ana do Rio", "PERSON"),
    ]
