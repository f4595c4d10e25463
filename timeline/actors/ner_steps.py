"""spaCy's NER run step by step from Python, holding the interpreter's lock: the same
transitions, scores and entities as `nlp.pipe`, in about 60% of the time.

spaCy's wheels for Python below 3.12 are built with Cython's profiling hooks, and its parser
runs its loop (`Parser.greedy_parse`) without the interpreter's lock: every hook in it (each
state query of each move's validity test, hundreds per token) takes the lock and gives it
back, about 40% of the loop. Here the loop is the parser's own pieces, called with the lock
held, where a hook only counts: the model's step (`ParserStepModel`: the features of each
state, their precomputed hidden vectors, their maxout, as the C loop computes them), the
output layer's product on the very BLAS routine the C loop calls (BLIS's `sgemm`, the same
arguments), then `Parser.transition_states`, which tests the moves and takes the best valid
one. The batches
are the parser's own (`Parser.pipe`): docs in batches of `batch_size`, sorted by length, in
sub-batches of a quarter of it.

    >>> docs = pipe(load_model(), ["Antony Blinken met Lloyd Austin."])  # doctest: +SKIP
    >>> [ent.text for doc in docs for ent in doc.ents]  # doctest: +SKIP
    ['Antony Blinken', 'Lloyd Austin']

A pipeline this loop does not fit (a beam search, a parser without the step model's parts,
several processes) is read by `nlp.pipe` itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

#: The model parts the loop reads of a parser's step model (spaCy 3's `ParserStepModel`).
_STEP_PARTS = ("state2vec", "vec2scores", "get_token_ids", "_class_mask", "clear_memory")


def pipe(nlp: Any, texts: Sequence[str], *, batch_size: int = 32, n_process: int = 1) -> Any:
    """The docs of `texts` through `nlp`, its NER run by `_greedy` (as `nlp.pipe` would give
    them, in order) where `stepwise` says the loop fits; else `nlp.pipe`'s."""
    if n_process != 1 or not stepwise(nlp):
        return nlp.pipe(texts, n_process=n_process, batch_size=batch_size)
    return _pipe(nlp, texts, batch_size)


def stepwise(nlp: Any) -> bool:
    """Whether `nlp`'s NER can run step by step here: a greedy transition parser (beam width
    1) with `transition_states`, last in the pipeline, and BLIS installed (its `sgemm` is
    the one the parser's loop multiplies with)."""
    if not nlp.pipe_names or nlp.pipe_names[-1] != "ner":
        return False
    ner = nlp.get_pipe("ner")
    try:
        import blis.py  # noqa: F401, PLC0415  (thinc's own dependency)
    except ImportError:
        return False
    return (
        getattr(ner, "cfg", {}).get("beam_width") == 1
        and hasattr(ner, "transition_states")
        and hasattr(ner, "moves")
        and hasattr(ner, "_ensure_labels_are_added")
    )


def _pipe(nlp: Any, texts: Sequence[str], batch_size: int) -> Iterator[Any]:
    *before, (_, ner) = nlp.pipeline
    docs: Any = (nlp.make_doc(text) for text in texts)
    for _, component in before:  # as `Language.pipe` runs them
        if hasattr(component, "pipe"):
            docs = component.pipe(docs, batch_size=batch_size)
        else:
            docs = map(component, docs)
    for in_order in _batches(docs, batch_size):
        by_length = sorted(in_order, key=len)
        for part in _batches(by_length, max(batch_size // 4, 2)):
            ner.set_annotations(part, _greedy(ner, part))
        yield from in_order


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """`items` in consecutive lists of `size` (the last one shorter), as spaCy's `minibatch`.

    >>> list(_batches(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _greedy(ner: Any, docs: list[Any]) -> Any:
    """The parse states of `docs` (`Parser.greedy_parse`'s, move for move), or those of the
    parser's own `predict` where its step model is not the one this loop reads."""
    import numpy  # noqa: PLC0415
    from blis.py import gemm  # noqa: PLC0415

    if not any(len(doc) for doc in docs):
        return ner.moves.init_batch(docs)
    ner._ensure_labels_are_added(docs)  # what `greedy_parse` does first
    model = ner.model.predict(docs)
    if not all(hasattr(model, part) for part in _STEP_PARTS) or model.state2vec.nP < 2:
        return ner.predict(docs)  # not the step model read here, or no maxout in it
    batch = ner.moves.init_batch(docs)
    upper = model.vec2scores
    weights, bias = (upper.get_param("W"), upper.get_param("b")) if upper else (None, None)
    unseen = model._class_mask == 0  # classes the model never saw
    any_unseen = bool(unseen.any())
    states = [state for state in batch if not state.is_final()]
    while states:
        hidden = model.state2vec.predict(model.get_token_ids(states))
        if upper is None:
            scores = numpy.ascontiguousarray(hidden, dtype="f")
        else:
            scores = gemm(hidden, weights, trans2=True, beta=0.0)
            scores += bias
        if any_unseen:  # an unseen class scores the lowest score of the step
            scores[:, unseen] = scores.min()
        states = ner.transition_states(states, scores)
    model.clear_memory()
    return batch
