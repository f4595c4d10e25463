"""spaCy's NER over the focused text: the model, and what reading only the focused text finds."""

from __future__ import annotations

import pytest

from timeline.actors import AliasTable, find_actors, load_model
from timeline.errors import ModelError


def _names(text: str, aliases: AliasTable | None = None) -> list[str]:
    return [m.name for m in find_actors([text], aliases=aliases)[0]]


def test_model_is_loaded_once_and_runs_only_ner() -> None:
    nlp = load_model()
    assert load_model() is nlp
    assert nlp.pipe_names == ["ner"]
    with pytest.raises(ModelError, match="install"):
        load_model("no_such_pipeline_xyz")


def test_focused_reading_finds_the_same_names(reference_text: str) -> None:
    focused = {(m.start, m.name) for m in find_actors([reference_text])[0]}
    whole = {(m.start, m.name) for m in find_actors([reference_text], focus=False)[0]}
    assert focused == whole
