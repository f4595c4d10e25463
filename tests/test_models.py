"""The spaCy pipeline, loaded once per process (`timeline.models`)."""

from __future__ import annotations

import pytest
import spacy

from timeline import models
from timeline.errors import ModelError
from timeline.models import DEFAULT_MODELS, UNREAD_COMPONENTS, load_pipeline


def test_the_default_pipeline_has_the_very_tokenizer_a_plain_load_gives() -> None:
    loaded = load_pipeline(None)
    package = f"{loaded.lang}_{loaded.meta['name']}"  # "en_core_web_sm"
    assert package in DEFAULT_MODELS
    plain = spacy.load(package, exclude=list(UNREAD_COMPONENTS))
    assert len(loaded.tokenizer.rules) > 1000  # the language's special cases, read once
    assert loaded.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(
        exclude=["vocab"]
    )
    text = "Dr. Ruiz didn't say it's U.S.-made; e-mail jo@news.example or see https://x.example/a."
    assert [(t.text, t.norm_, t.shape_, t.is_stop) for t in loaded.make_doc(text)] == [
        (t.text, t.norm_, t.shape_, t.is_stop) for t in plain.make_doc(text)
    ]


def test_a_default_model_that_cannot_load_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(models, "DEFAULT_MODELS", ("en_no_such_pipeline_sm",))
    with pytest.raises(ModelError, match=r"en_no_such_pipeline_sm.*pip install"):
        models.load_pipeline.__wrapped__(None)  # the loader itself, not the process's cache
