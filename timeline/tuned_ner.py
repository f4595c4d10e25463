"""The fine-tuned `ner` of the default pipeline, on request: `en_core_web_sm` 3.8's entity
recogniser trained further on the names the sets' golds write (`benchmarks/train_ner.py`),
shipped as its weights (`data/ner_weights.bin.gz`) beside their description
(`data/ner_model.json`). Only the `ner` changes (it has its own tok2vec): the tagger and the
tokenizer are the package's. `TIMELINE_NER=tuned` reads them; `TIMELINE_NER=PATH` reads the
weights of another training (a `.bin.gz` the script wrote); unset (or `base`), the package's
own `ner` runs. Not the default: on unseen writers it finds more of the gold's actors, and
with stop 47's product rules it keeps tl-apple, but it lowers tl-gm's entity timeline
(docs/actors.md, stops 46 and 47).

    >>> tuned_weights_file({"TIMELINE_NER": "base"}) is None
    True
    >>> tuned_weights_file({}) is None
    True
    >>> tuned_weights_file({"TIMELINE_NER": "tuned"}).name
    'ner_weights.bin.gz'
    >>> tuned_weights_file({"TIMELINE_NER": "/no/such/weights.bin.gz"})
    Traceback (most recent call last):
    ...
    timeline.errors.ModelError: TIMELINE_NER names /no/such/weights.bin.gz, which is not a file: ...
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from timeline.errors import ModelError

DATA = Path(__file__).resolve().parent / "data"
#: The tuned weights (`EntityRecognizer.to_bytes` without the vocabulary, gzipped).
WEIGHTS_FILE = DATA / "ner_weights.bin.gz"
#: What they were trained on and how (`benchmarks/train_ner.py --again` reads it).
MODEL_FILE = DATA / "ner_model.json"
#: The environment variable that chooses the weights: "tuned", a weights file, or "base".
CHOICE = "TIMELINE_NER"
#: The pipeline versions the weights fit (the same labels, architecture and hashing).
VERSION_PREFIX = "3.8."


def tuned_weights_file(environ: Mapping[str, str] | None = None) -> Path | None:
    """The weights file to read (None: the package's own `ner`), by `TIMELINE_NER`; a
    choice that names no file is an error, never a silent fall back to the package's."""
    choice = (os.environ if environ is None else environ).get(CHOICE, "").strip()
    if choice in ("", "base"):
        return None
    path = WEIGHTS_FILE if choice == "tuned" else Path(choice)
    if not path.is_file():
        raise ModelError(
            f"{CHOICE} names {choice}, which is not a file: use 'tuned', 'base' or a weights"
            " file of benchmarks/train_ner.py"
        )
    return path


def with_tuned_ner(pipeline: Any) -> Any:
    """`pipeline` (a default `en_core_web_sm` 3.8.x) with its `ner` given the tuned weights,
    in place; any other pipeline, or no weights to read, as it is."""
    weights = tuned_weights_file()
    version = str(pipeline.meta.get("version", ""))
    if weights is None or not version.startswith(VERSION_PREFIX):
        return pipeline
    if "ner" not in pipeline.component_names:
        return pipeline
    try:
        data = gzip.decompress(weights.read_bytes())
        pipeline.get_pipe("ner").from_bytes(data, exclude=["vocab"])
    except (OSError, EOFError, ValueError) as error:
        raise ModelError(f"{CHOICE}: cannot read the ner weights {weights}: {error}") from error
    return pipeline
