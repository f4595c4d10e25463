"""The one reader of timeline/data/: every list, table and JSON file loads and is well formed."""

from __future__ import annotations

import gzip
import hashlib
from importlib import resources

import pytest

from timeline.wordlists import DataFileError, json_object, table, word_list

DATA = resources.files("timeline").joinpath("data")
FILES = sorted(entry.name for entry in DATA.iterdir() if entry.is_file())


@pytest.mark.parametrize("name", FILES)
def test_every_data_file_loads(name: str) -> None:
    if name.endswith(".txt"):
        entries = word_list(name)
        assert entries and all(entry == entry.strip() for entry in entries)
        assert len(set(entries)) == len(entries), "an entry is listed twice"
    elif name.endswith(".csv"):
        keys = [row[0] for row in table(name)]
        assert keys and len(set(keys)) == len(keys), "a key is listed twice"
    elif name.endswith(".json"):
        assert json_object(name)
    elif name.endswith(".bin.gz"):
        # the tuned ner's weights: they unpack, and are the ones their description names
        packed = DATA.joinpath(name).read_bytes()
        assert gzip.decompress(packed)
        assert hashlib.sha256(packed).hexdigest() == json_object("ner_model.json")["sha256"]
    else:
        pytest.fail(f"timeline/data/{name}: no reader for this kind of file")


def test_a_missing_file_is_named() -> None:
    with pytest.raises(DataFileError, match=r"timeline/data/nowhere\.txt"):
        word_list("nowhere.txt")
