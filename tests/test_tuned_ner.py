"""The fine-tuned `ner` of the default pipeline (`timeline.tuned_ner`, `timeline.models`)."""

from __future__ import annotations

import gzip
import importlib
import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest
import spacy

from timeline import tuned_ner
from timeline.actors.ner import find_actors
from timeline.errors import ModelError
from timeline.models import DEFAULT_MODELS, UNREAD_COMPONENTS, _load, view
from timeline.tuned_ner import WEIGHTS_FILE, tuned_weights_file, with_tuned_ner

#: Invented sentences naming an invented place and an invented person the base model misses
#: or cuts short (it reads no entity in the first, "Whitcombe-Tane" alone in the second), and
#: the actor the product finds in each with the tuned model.
NAMES_IT_MISSES = [
    ("Residents of Kilbrannagh were told to boil their water.", "Kilbrannagh"),
    ("Ngaire Whitcombe-Tane, the chief executive, resigned on Friday.", "Ngaire Whitcombe-Tane"),
]


def _package_folder() -> Path:
    """The folder of the installed default package's pipeline (a path names it plainly).

    Found without `load_pipeline`, which caches the pipeline of the first call: called while a
    test sets `TIMELINE_NER=tuned`, it would hand the tuned `ner` to every later test."""
    name = next(m for m in DEFAULT_MODELS if importlib.util.find_spec(m) is not None)
    package = importlib.import_module(name)
    return next(p for p in Path(package.__file__).parent.iterdir() if (p / "config.cfg").is_file())


def _ner_bytes(pipeline: object) -> bytes:
    return pipeline.get_pipe("ner").to_bytes(exclude=["vocab"])  # type: ignore[attr-defined]


def test_the_choice_of_weights_reads_the_environment(tmp_path: Path) -> None:
    other = tmp_path / "other.bin.gz"
    other.write_bytes(b"")
    assert tuned_weights_file({"TIMELINE_NER": "base"}) is None
    assert tuned_weights_file({"TIMELINE_NER": str(other)}) == other
    with pytest.raises(ModelError, match="not a file"):
        tuned_weights_file({"TIMELINE_NER": str(tmp_path / "none.bin.gz")})
    assert tuned_weights_file({}) is None
    assert tuned_weights_file({"TIMELINE_NER": "tuned"}) == (
        WEIGHTS_FILE if WEIGHTS_FILE.is_file() else None
    )


def test_a_pipeline_of_another_version_is_left_as_it_is() -> None:
    other = SimpleNamespace(meta={"version": "3.7.1"}, component_names=["ner"])
    assert with_tuned_ner(other) is other


@pytest.mark.skipif(not WEIGHTS_FILE.is_file(), reason="no tuned weights shipped")
def test_the_default_pipeline_reads_the_tuned_weights_and_a_named_one_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(tuned_ner.CHOICE, "tuned")
    # `_load`: the pipeline as `load_pipeline` loads it, before its embedding layers are
    # wrapped in their caches (which `to_bytes` would write otherwise)
    shipped = gzip.decompress(WEIGHTS_FILE.read_bytes())
    assert _ner_bytes(_load(None)) == shipped
    folder = _package_folder()
    named = _load(str(folder))
    plain = spacy.load(folder, exclude=list(UNREAD_COMPONENTS))
    assert _ner_bytes(named) == _ner_bytes(plain) != shipped


@pytest.mark.skipif(not WEIGHTS_FILE.is_file(), reason="no tuned weights shipped")
@pytest.mark.parametrize("choice", ["base", ""])
def test_by_default_and_with_base_the_package_ner_runs(
    monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    monkeypatch.setenv(tuned_ner.CHOICE, choice)
    base = _load(None)
    plain = spacy.load(_package_folder(), exclude=list(UNREAD_COMPONENTS))
    assert _ner_bytes(base) == _ner_bytes(plain)


@pytest.mark.skipif(not WEIGHTS_FILE.is_file(), reason="no tuned weights shipped")
@pytest.mark.parametrize(("sentence", "name"), NAMES_IT_MISSES)
def test_the_tuned_model_finds_names_the_base_one_misses(
    monkeypatch: pytest.MonkeyPatch, sentence: str, name: str
) -> None:
    base = spacy.load(_package_folder(), exclude=list(UNREAD_COMPONENTS))
    assert name not in {entity.text for entity in base(sentence).ents}
    monkeypatch.setenv(tuned_ner.CHOICE, "tuned")
    tuned = _load(None)
    assert name in {entity.text for entity in tuned(sentence).ents}
    assert name in {
        mention.name for mention in find_actors([sentence], nlp=view(tuned, {"ner"}))[0]
    }


def test_unreadable_weights_are_a_clear_error_not_the_base_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Weights that are not the script's (a broken download, another file) name the variable
    and the file; the package's own `ner` is not run in their place without a word."""
    broken = tmp_path / "broken.bin.gz"
    broken.write_bytes(b"not gzip at all")
    monkeypatch.setenv("TIMELINE_NER", str(broken))
    pipeline = SimpleNamespace(
        meta={"version": "3.8.0"}, component_names=["ner"], get_pipe=lambda name: None
    )
    with pytest.raises(ModelError, match="TIMELINE_NER: cannot read the ner weights"):
        with_tuned_ner(pipeline)
