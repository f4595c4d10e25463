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

A long doc is read in stretches side by side (`_Runner`), not token after token: the loop's
cost is per step, and a step of one state costs about what a step of fifty does. Outside an
entity, the NER's next move depends only on the token at the head of its buffer (its
features are that token, the open entity's first token and the one before the head, both
absent then; its moves are tested against the tokens alone), so a state that reads from a
token with no entity open makes the moves the doc's own run makes from there. A runner
starts at each cut (`_cuts`: about every `SEGMENT_TOKENS` tokens, between two words in
lower case) as if the run before had reached it with no entity open; the runner before it
stops where it reaches that cut with no entity open (the one after it is then its very
continuation), and reads on past a cut where an entity is open. The doc's entities are
those of the runners linked so from its start. Each state's scores are its own row of the
step's products, whatever the other rows (BLIS computes each row alike), so the moves are
the same; where the model has unseen classes (their score is the step's lowest) the doc is
read in one stretch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

#: The model parts the loop reads of a parser's step model (spaCy 3's `ParserStepModel`).
_STEP_PARTS = ("state2vec", "vec2scores", "get_token_ids", "_class_mask", "clear_memory")
#: Tokens between the cuts where a long doc's runners start (`_cuts`); None: no cuts.
SEGMENT_TOKENS = 16


def pipe(
    nlp: Any,
    texts: Sequence[str],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    segment: int | None = SEGMENT_TOKENS,
) -> Any:
    """The docs of `texts` through `nlp`, its NER run by `_greedy` (as `nlp.pipe` would give
    them, in order) where `stepwise` says the loop fits; else `nlp.pipe`'s. A doc longer than
    two `segment`s is read in stretches side by side (see above)."""
    if n_process != 1 or not stepwise(nlp):
        return nlp.pipe(texts, n_process=n_process, batch_size=batch_size)
    return _pipe(nlp, texts, batch_size, segment)


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


def _pipe(nlp: Any, texts: Sequence[str], batch_size: int, segment: int | None) -> Iterator[Any]:
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
            for doc, chain in zip(part, _greedy(ner, part, segment), strict=True):
                for state in chain:  # each runner's entities: its own stretch of the doc
                    ner.set_annotations([doc], [state])
        yield from in_order


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """`items` in consecutive lists of `size` (the last one shorter), as spaCy's `minibatch`.

    >>> list(_batches(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _cuts(doc: Any, segment: int | None) -> list[int]:
    """Where runners start in `doc` (see above): about every `segment` tokens, at a token in
    lower case after another (a run is seldom inside an entity there), none in the last half
    segment; none in a doc of two segments or less.

    >>> from spacy.lang.en import English
    >>> doc = English().make_doc("Ana Lobo met them and then the two of them spoke at length")
    >>> _cuts(doc, 3)
    [3, 6, 9]
    >>> _cuts(doc, None), _cuts(doc, 8)
    ([], [])
    """
    from spacy.attrs import IS_ALPHA, IS_LOWER  # noqa: PLC0415

    length = len(doc)
    if segment is None or length <= 2 * segment:
        return []
    flags = doc.to_array([IS_LOWER, IS_ALPHA])
    word = (flags[:, 0] == 1) & (flags[:, 1] == 1)
    after_word = word[1:] & word[:-1]  # after_word[q - 1]: tokens q - 1 and q are such words
    cuts: list[int] = []
    position = segment
    while position < length - segment // 2:
        while position < length - 1 and not after_word[position - 1]:
            position += 1
        if position >= length - 1:
            break
        cuts.append(position)
        position += segment
    return cuts


@dataclass(slots=True, eq=False)
class _Runner:
    """One stretch of a doc's run: its parse state, the doc's cuts and runners (one at its
    start, one at each cut), the next cut ahead of it, and the runner it handed over to (that
    cut's, reached with no entity open)."""

    state: Any
    cuts: list[int]
    runners: list[_Runner]
    ahead: int
    then: _Runner | None = None

    def goes_on(self) -> bool:
        """After a move: whether this runner reads on (not at its doc's end, nor handed over
        at a cut)."""
        if self.state.is_final():
            return False
        if self.ahead < len(self.cuts) and self.state.B(0) == self.cuts[self.ahead]:
            if not self.state.entity_is_open():
                self.then = self.runners[self.ahead + 1]
                return False
            self.ahead += 1  # inside an entity: read on to the next cut
        return True

    def chain(self) -> list[Any]:
        """The states of this runner and of those it handed over to, in text order."""
        states = [self.state]
        runner = self.then
        while runner is not None:
            states.append(runner.state)
            runner = runner.then
        return states


def _runners(ner: Any, docs: list[Any], segment: int | None) -> list[list[_Runner]]:
    """Each doc's runners: one at its start (its state of `init_batch`), one at each cut."""
    runners: list[list[_Runner]] = []
    for doc, state in zip(docs, ner.moves.init_batch(docs), strict=True):
        cuts = _cuts(doc, segment)
        own: list[_Runner] = []
        own.append(_Runner(state, cuts, own, 0))
        cursor = state.copy()
        position = 0
        for number, cut in enumerate(cuts, start=1):
            while position < cut:  # the moves of "O": the head moves on, no entity open
                cursor.push()
                cursor.pop()
                position += 1
            own.append(_Runner(cursor.copy(), cuts, own, number))
        runners.append(own)
    return runners


def _greedy(ner: Any, docs: list[Any], segment: int | None = SEGMENT_TOKENS) -> list[list[Any]]:
    """Each doc's parse states, their entities in text order (`Parser.greedy_parse`'s, move
    for move; more than one where the doc is read in stretches), or those of the parser's own
    `predict` where its step model is not the one this loop reads."""
    import numpy  # noqa: PLC0415
    from blis.py import gemm  # noqa: PLC0415

    if not any(len(doc) for doc in docs):
        return [[state] for state in ner.moves.init_batch(docs)]
    ner._ensure_labels_are_added(docs)  # what `greedy_parse` does first
    model = ner.model.predict(docs)
    if not all(hasattr(model, part) for part in _STEP_PARTS) or model.state2vec.nP < 2:
        return [[state] for state in ner.predict(docs)]  # not the step model read here
    upper = model.vec2scores
    weights, bias = (upper.get_param("W"), upper.get_param("b")) if upper else (None, None)
    unseen = model._class_mask == 0  # classes the model never saw
    any_unseen = bool(unseen.any())
    if any_unseen or model.state2vec.nF != 3:  # a score of the step's, or other features
        segment = None
    runners = _runners(ner, docs, segment)
    active = [runner for own in runners for runner in own if not runner.state.is_final()]
    while active:
        states = [runner.state for runner in active]
        hidden = model.state2vec.predict(model.get_token_ids(states))
        if upper is None:
            scores = numpy.ascontiguousarray(hidden, dtype="f")
        else:
            scores = gemm(hidden, weights, trans2=True, beta=0.0)
            scores += bias
        if any_unseen:  # an unseen class scores the lowest score of the step
            scores[:, unseen] = scores.min()
        ner.transition_states(states, scores)
        active = [runner for runner in active if runner.goes_on()]
    model.clear_memory()
    return [own[0].chain() for own in runners]
