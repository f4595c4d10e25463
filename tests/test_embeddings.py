"""Each distinct token embedded once (`timeline.embeddings`): the very vectors, tags and
entities the models give without it."""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import models
from timeline.actors import load_model
from timeline.embeddings import FEWEST_ROWS, cache_embeddings
from timeline.models import load_pipeline
from timeline.syntax import load_tagger

#: Invented sentences: words met again and again, and new ones.
SENTENCES = [
    "The Kelvale Harbour Board said on Monday that it had approved a new ferry terminal.",
    "Mira Sand, its chief executive, told reporters the plant would close in May.",
    "He said the board would meet again next week.",
    "Tarrow Foods Ltd. didn't comment; shares fell 4% to $12.30 in New York.",
    "Ok.",
    "Ben Ortiz of the Kelvale Harbour Board said the ferry would sail in spring.",
]


@cache
def _plain() -> Any:
    """The default pipeline loaded as `load_pipeline` loads it, without the cache."""
    return models._load(None)


def _vectors(pipeline: Any, texts: list[str]) -> list[Any]:
    docs = [pipeline.make_doc(text) for text in texts]
    return [*pipeline.get_pipe("tok2vec").model.predict(docs)]


def _same(ours: numpy.ndarray, theirs: numpy.ndarray) -> bool:
    """The very vectors. On the machines measured they are bit for bit the plain pipeline's
    (`FEWEST_ROWS`); a BLAS whose kernel for a product depends on its number of rows in
    other ways may differ in the last bits, which no tag or entity below may feel. A BLAS
    that splits a product across threads by the machine's load sums in another order too: a
    few float32 steps apart (1.5e-6 measured, and one draw past 1e-6 on a loaded machine at
    stop 51), so the tolerance is ten times that, far below any score a tag turns on."""
    return bool(numpy.allclose(ours, theirs, rtol=1e-4, atol=1e-5))


def test_the_default_pipeline_caches_both_models_embeddings_once() -> None:
    pipeline = load_pipeline(None)
    assert cache_embeddings(pipeline) == 0  # the tagger's and the NER's, cached at loading
    assert cache_embeddings(models._load(None)) == 2


def test_the_vectors_are_the_very_ones_of_the_plain_pipeline() -> None:
    cached = load_pipeline(None)
    for batch in (SENTENCES, SENTENCES[:2], SENTENCES[4:5], SENTENCES, list(reversed(SENTENCES))):
        for ours, theirs in zip(_vectors(cached, batch), _vectors(_plain(), batch), strict=True):
            assert ours.dtype == theirs.dtype
            assert _same(ours, theirs)


def test_a_batch_of_a_few_tokens_is_embedded_by_the_layer_itself() -> None:
    # "Ok." is two tokens: fewer than FEWEST_ROWS, read as the plain layer reads it
    assert len(load_pipeline(None).make_doc("Ok.")) < FEWEST_ROWS
    assert numpy.array_equal(  # the very layer: the very bits, on any machine
        _vectors(load_pipeline(None), ["Ok."])[0], _vectors(_plain(), ["Ok."])[0]
    )


def test_tags_and_entities_are_those_of_the_plain_pipeline() -> None:
    tagger = load_tagger(None)
    for _ in range(2):  # the second time, every token's embedding is remembered
        with tagger.select_pipes(disable=["lemmatizer"]):
            tagged = list(tagger.pipe(SENTENCES))
        found = list(load_model(None).pipe(SENTENCES))
        with _plain().select_pipes(disable=["lemmatizer"]):
            theirs = list(_plain().pipe(SENTENCES))
        assert [[t.tag_ for t in doc] for doc in tagged] == [
            [t.tag_ for t in doc] for doc in theirs
        ]
        assert [[(e.text, e.label_) for e in doc.ents] for doc in found] == [
            [(e.text, e.label_) for e in doc.ents] for doc in theirs
        ]
    assert any(doc.ents for doc in found)


_WORDS = st.sampled_from(
    ["the", "board", "said", "Kelvale", "on", "Monday", "ferry", "Ortiz", ",", ".", "4%", "new"]
)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=30), min_size=1, max_size=6))
def test_any_batch_gives_the_plain_vectors(batch: list[list[str]]) -> None:
    texts = [" ".join(words) for words in batch]
    for ours, theirs in zip(
        _vectors(load_pipeline(None), texts), _vectors(_plain(), texts), strict=True
    ):
        assert _same(ours, theirs)


class _RowTail:
    """A stand-in for an embedding layer's tail: each row's embedding is a function of that
    row alone; it remembers the matrices it was asked for."""

    def __init__(self) -> None:
        self.asked: list[numpy.ndarray] = []

    def predict(self, features: list[numpy.ndarray]) -> list[numpy.ndarray]:
        self.asked.extend(features)
        return [numpy.stack([part[:, 0] % 1000, part[:, 1] % 7]).T.astype("f") for part in features]


def _features(rows: list[tuple[int, int]]) -> numpy.ndarray:
    return numpy.array(rows, dtype=numpy.uint64).reshape(len(rows), 2)


def test_the_store_gives_each_row_its_own_embedding_and_asks_for_new_rows_once(
    monkeypatch: Any,
) -> None:
    from timeline import embeddings

    tail = _RowTail()
    store = embeddings._Store()
    first = [_features([(n, n + 1) for n in range(20)]), _features([(3, 4), (900, 2)])]
    second = [_features([(900, 2), (5, 6), (2**63 + 5, 1), (7, 8)] * 5)]
    for batch in (first, second, first):
        expected = tail.predict(batch)
        tail.asked.clear()
        got = store.embed(batch, tail)
        assert all(numpy.array_equal(a, b) for a, b in zip(got, expected, strict=True))
        asked = tail.asked
        # each new row once, in the order of its features' bytes, at least FEWEST_ROWS rows
        for matrix in asked:
            new = [row.tobytes() for row in matrix]
            distinct = list(dict.fromkeys(new))
            assert distinct == sorted(distinct)
            assert len(matrix) >= FEWEST_ROWS
    assert tail.asked == []  # the third batch: every row remembered
    # past `CACHED_TOKENS`, new rows are embedded all the same, and not kept
    monkeypatch.setattr(embeddings, "CACHED_TOKENS", 23)
    small = embeddings._Store()
    later = [_features([(3, 4), *((1000 + n, n) for n in range(5)), (900, 2)]), second[0]]
    for batch in (first, later, later, second):  # 21 rows kept, then 2 of 5 new, then none
        expected = tail.predict(batch)
        got = small.embed(batch, tail)
        assert all(numpy.array_equal(a, b) for a, b in zip(got, expected, strict=True))
    assert len(small.rows) == 23
