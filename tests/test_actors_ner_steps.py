"""spaCy's NER run step by step with the interpreter's lock held (`actors.ner_steps`) must
find what `nlp.pipe` finds, entity for entity, on every text and every batch."""

from __future__ import annotations

from typing import Any

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors import load_model, ner_steps

#: Words that make names of people, companies, places and dates, and the words between them.
_WORDS = st.sampled_from(
    [
        "Maria",
        "Okafor",
        "Dr.",
        "Chen",
        "Wei",
        "Nordvik",
        "Shipping",
        "Ltd",
        "Inc.",
        "the",
        "The",
        "Ministry",
        "of",
        "Fisheries",
        "Lagos",
        "Peru",
        "said",
        "met",
        "on",
        "Tuesday",
        "March",
        "4",
        ",",
        ".",
        "\n\n",
        "   ",
        "U.S.",
        "Senate",
        "and",
        "in",
        "$",
        "5",
        "million",
        "'s",
        "-",
        "New",
        "York",
        "Harbour",
        "Authority",
    ]
)
_TEXTS = st.lists(st.lists(_WORDS, max_size=40).map(" ".join), min_size=1, max_size=12)

#: Sentences written for these tests: names of each kind, blanks the focused text leaves,
#: an empty text and one of blanks alone.
_FIXTURES = [
    "Maria Okafor, the chief executive of Nordvik Shipping Ltd, met Chen Wei in Lagos.",
    "The Ministry of Fisheries said on Tuesday that the U.S. Senate would vote in March.",
    "",
    "      ",
    "Dr. Chen   ;   New York Harbour Authority\n\nPeru and the Netherlands signed it.",
    "Shares of Acme Robotics Inc. rose 5 per cent after Jean-Paul Moreau resigned.",
]


def _entities(docs: Any) -> list[list[tuple[int, int, str]]]:
    return [[(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents] for doc in docs]


def test_the_stepwise_loop_fits_the_default_pipeline() -> None:
    assert ner_steps.stepwise(load_model())


def test_the_fixtures_get_the_entities_nlp_pipe_gives() -> None:
    nlp = load_model()
    found = _entities(ner_steps.pipe(nlp, _FIXTURES))
    assert found == _entities(nlp.pipe(_FIXTURES))
    assert ("Maria Okafor", "PERSON") in {
        (_FIXTURES[0][start:end], label) for start, end, label in found[0]
    }
    assert found[2] == [] and found[3] == []


def test_batches_of_any_size_get_the_same_entities() -> None:
    nlp = load_model()
    texts = _FIXTURES * 5
    expected = _entities(nlp.pipe(texts))
    for batch_size in (1, 2, 3, 8, 32):
        assert _entities(ner_steps.pipe(nlp, texts, batch_size=batch_size)) == expected


@settings(max_examples=60, deadline=None)
@given(_TEXTS)
def test_any_texts_get_the_entities_nlp_pipe_gives(texts: list[str]) -> None:
    nlp = load_model()
    assert _entities(ner_steps.pipe(nlp, texts, batch_size=4)) == _entities(
        nlp.pipe(texts, batch_size=4)
    )


def test_a_pipeline_without_ner_last_is_read_by_nlp_pipe() -> None:
    blank = spacy.blank("en")
    assert not ner_steps.stepwise(blank)
    assert [doc.text for doc in ner_steps.pipe(blank, ["One.", "Two."])] == ["One.", "Two."]


def test_the_components_before_the_ner_run_as_nlp_pipe_runs_them() -> None:
    package = f"{load_model().lang}_{load_model().meta['name']}"  # "en_core_web_sm"
    full = spacy.load(package, exclude=["parser", "senter"])
    assert full.pipe_names[-1] == "ner" and len(full.pipe_names) > 1
    assert ner_steps.stepwise(full)
    stepped = list(ner_steps.pipe(full, _FIXTURES))
    piped = list(full.pipe(_FIXTURES))
    assert _entities(stepped) == _entities(piped)
    assert [[token.tag_ for token in doc] for doc in stepped] == [
        [token.tag_ for token in doc] for doc in piped
    ]


def _annotations(docs: Any) -> list[list[str]]:
    return [[f"{token.ent_iob_}-{token.ent_type_}" for token in doc] for doc in docs]


#: Long texts of names and the words between them, as a focused text gives the model.
_LONG_TEXTS = st.lists(st.lists(_WORDS, min_size=20, max_size=160).map(" ".join), max_size=6)


def test_a_long_text_read_in_stretches_gets_the_entities_of_one_run() -> None:
    nlp = load_model()
    text = " ".join(_FIXTURES) * 6
    assert len(ner_steps._cuts(nlp.make_doc(text), ner_steps.SEGMENT_TOKENS)) > 4
    for segment in (None, 1, 2, 3, 5, ner_steps.SEGMENT_TOKENS):
        docs = list(ner_steps.pipe(nlp, [text, _FIXTURES[0]], segment=segment))
        expected = list(nlp.pipe([text, _FIXTURES[0]]))
        assert _entities(docs) == _entities(expected)
        assert _annotations(docs) == _annotations(expected)


@settings(max_examples=60, deadline=None)
@given(_LONG_TEXTS, st.sampled_from([1, 2, 3, 4, 7, ner_steps.SEGMENT_TOKENS]))
def test_any_long_texts_read_in_stretches_get_the_entities_nlp_pipe_gives(
    texts: list[str], segment: int
) -> None:
    nlp = load_model()
    docs = list(ner_steps.pipe(nlp, texts, batch_size=8, segment=segment))
    expected = list(nlp.pipe(texts, batch_size=8))
    assert _entities(docs) == _entities(expected)
    assert _annotations(docs) == _annotations(expected)


def test_a_runner_reads_on_past_a_cut_inside_an_entity() -> None:
    nlp = load_model()
    text = (
        "She studied at the University of the Northern Marches and then the Bank of the South "
        "of the country paid the Museum of the City of Port Aldous, and the Duke of the Isles "
        "of the north said so. "
    ) * 3
    cuts = ner_steps._cuts(nlp.make_doc(text), 2)
    docs = list(ner_steps.pipe(nlp, [text], segment=2))
    expected = list(nlp.pipe([text]))
    assert any(ent.start < cut < ent.end for ent in expected[0].ents for cut in cuts)
    assert _entities(docs) == _entities(expected)
    assert _annotations(docs) == _annotations(expected)
