"""The first layer of the models' token-to-vector networks, each token's embedding, computed
once per distinct token in a process, not once per occurrence.

A spaCy `tok2vec` starts with an embedding of each token by its own features alone (its
norm, prefix, suffix and shape, and for the tagger's whether a space follows it): hash
tables, then a maxout layer over them (a fifth of the network's products). The layers after
it read the token's neighbours; this one does not, so a token's embedding is the same in
every doc, and a worker meets "the", "said" or a company's name thousands of times. Here
each of the NER's and the tagger's embedding layers keeps the embeddings of the tokens it
has computed (by their features, up to `CACHED_TOKENS`) and computes only the new ones.

Every embedding is the very one the layer gives: its rows are independent (hash lookups, a
matrix product, a normalisation of each row), and the product of a matrix of a few rows
only is computed by another kernel of the BLAS (four rows and fewer on this machine's
OpenBLAS: their last bits differ), so a batch of fewer than `FEWEST_ROWS` tokens is
embedded by the layer itself, and new tokens are computed at least `FEWEST_ROWS` at a time.

    >>> from timeline.models import load_pipeline
    >>> cache_embeddings(load_pipeline(None))  # doctest: +SKIP
    2
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

#: The most distinct tokens an embedding layer keeps (96 floats each: 12 MB at most).
CACHED_TOKENS = 32_768
#: Fewer rows than this are embedded by the layer itself (see above).
FEWEST_ROWS = 16
#: The name every spaCy embedding layer (`MultiHashEmbed`) starts and ends with.
_EMBED_START = "extract_features>>"
_EMBED_END = ">>ragged2list"
_CACHED = "cached_embed"


def cache_embeddings(pipeline: Any) -> int:
    """Give every embedding layer of `pipeline`'s components a cache of the embeddings it
    computed (once per layer: a second call changes nothing); how many layers it found."""
    from thinc.api import Model  # noqa: PLC0415  (spaCy's own dependency, loaded with it)

    found = 0
    for _, component in pipeline.components:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for parent, position, layer in _embedding_layers(model):
            parent.layers[position] = _cached(Model, layer)
            found += 1
    return found


def _embedding_layers(model: Any) -> Iterator[tuple[Any, int, Any]]:
    """(parent, position, layer) of each embedding layer under `model` not yet cached."""
    seen: set[int] = set()
    stack = [model]
    while stack:
        parent = stack.pop()
        if id(parent) in seen:
            continue
        seen.add(id(parent))
        for position, layer in enumerate(parent.layers):
            if layer.name == _CACHED:
                continue
            if layer.name.startswith(_EMBED_START) and layer.name.endswith(_EMBED_END):
                yield parent, position, layer
            else:
                stack.append(layer)


def _cached(model_class: Callable[..., Any], embed: Any) -> Any:
    """A layer that gives what `embed` gives, each distinct token's row computed once."""
    from thinc.api import chain  # noqa: PLC0415

    extract, *rest = embed.layers
    tail: Any = chain(*rest)  # the same layers and weights, from the features on
    store = _Store()

    def forward(model: Any, docs: Any, is_train: bool) -> tuple[Any, Callable[..., Any]]:
        if is_train:
            embedded: tuple[Any, Callable[..., Any]] = embed(docs, is_train)
            return embedded
        features = extract.predict(docs)
        return store.embed(features, tail), _no_backprop

    dims = {"nO": embed.get_dim("nO") if embed.has_dim("nO") else None}
    return model_class(_CACHED, forward, layers=[embed], dims=dims)


def _no_backprop(_: Any) -> Any:
    raise NotImplementedError("a cached embedding layer only predicts")


class _Store:
    """The embeddings one layer computed: a row of `table` for each token's features, found
    by their bytes (`rows`).

    A call's tokens are looked up one by one in a dict: the layer's features are a few
    64-bit numbers a token (its norm, prefix, suffix and shape), and their bytes, read
    straight from the array, are the key. Sorting the call's rows to find the distinct ones
    (`numpy.unique` of rows viewed as bytes) and stacking a table of them for each call cost
    three times as much (0.3 s of CPU for the 105,000 tokens of `bench_command.py`'s texts, the
    new embeddings themselves as much again). The new tokens are computed in the order of
    their bytes, as that sort gave them, so that the layer is asked for the very same rows.
    """

    def __init__(self) -> None:
        #: the row of `table` of each token's features (their bytes), `CACHED_TOKENS` at most
        self.rows: dict[bytes, int] = {}
        #: the embeddings, a row a token of `rows` (allocated at the first new token)
        self.table: Any = None

    def embed(self, features: list[Any], tail: Any) -> list[Any]:
        """Each doc's embeddings (as `tail` gives them from `features`, a uint64 array of
        each doc's tokens' features)."""
        import numpy  # noqa: PLC0415

        lengths = [len(part) for part in features]
        if sum(lengths) < FEWEST_ROWS:
            return list(tail.predict(features))
        every = numpy.ascontiguousarray(numpy.concatenate(features))
        width = every.dtype.itemsize * every.shape[1]
        raw = every.tobytes()
        keys = [raw[at : at + width] for at in range(0, len(raw), width)]
        rows = self.rows
        numbers = [rows.get(key, -1) for key in keys]
        new_at: dict[bytes, int] = {}  # each new token's first row, by its features' bytes
        for at, (key, number) in enumerate(zip(keys, numbers, strict=True)):
            if number < 0 and key not in new_at:
                new_at[key] = at
        spare: Any = None  # the new tokens past `CACHED_TOKENS`: read from here, this call only
        if new_at:
            new_keys = sorted(new_at)
            new = every[[new_at[key] for key in new_keys]]
            padding = FEWEST_ROWS - len(new_keys)
            if padding > 0:  # a product of so few rows is computed otherwise: add copies
                new = numpy.concatenate([new, numpy.repeat(new[:1], padding, axis=0)])
            computed = tail.predict([new])[0][: len(new_keys)]
            if self.table is None:
                self.table = numpy.empty((CACHED_TOKENS, computed.shape[1]), computed.dtype)
            first = len(rows)
            kept = min(len(new_keys), CACHED_TOKENS - first)
            self.table[first : first + kept] = computed[:kept]
            rows.update(zip(new_keys[:kept], range(first, first + kept), strict=True))
            # the tokens past a full table (`first + kept` is then `CACHED_TOKENS`) numbered on
            # after it, read from `spare`
            placed = dict(zip(new_keys, range(first, first + len(new_keys)), strict=True))
            if kept < len(new_keys):
                spare = computed[kept:]
            numbers = [
                number if number >= 0 else placed[key]
                for key, number in zip(keys, numbers, strict=True)
            ]
        found = numpy.array(numbers)
        if spare is None:
            embedded = self.table[found]
        else:  # a full table is not copied: each row taken from where it is
            kept_rows = found < CACHED_TOKENS
            embedded = numpy.empty((len(found), spare.shape[1]), spare.dtype)
            embedded[kept_rows] = self.table[found[kept_rows]]
            embedded[~kept_rows] = spare[found[~kept_rows] - CACHED_TOKENS]
        return numpy.split(embedded, numpy.cumsum(lengths)[:-1])
