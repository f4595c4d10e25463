"""The server the workers fork from (`timeline.preload`): it reads its invented story before
they fork, and a document read after that gives the very rows it gives in a fresh process;
the workers' collector runs less often."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import gc, sys
if sys.argv[1] == "preloaded":
    import timeline.preload
from timeline.documents import Document
from timeline.pipeline import extract
text = (
    "Port council backs new bridge\\n\\nBy Ines Garo\\n\\nTARROW, June 8, 2020 - The Tarrow "
    "Port Council voted on Friday to build a bridge, mayor Jon Vale said. Work starts in "
    "August and ends in 2022, he told the Tarrow Gazette last week."
)
table = extract([Document(id="b", text=text)], workers=1).table
print(gc.get_threshold()[0])
print(table.to_csv(index=False))
"""


def _rows(mode: str) -> tuple[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, check=True
    )
    threshold, csv = done.stdout.split("\n", 1)
    return threshold, csv


def test_a_document_read_after_the_warm_up_gives_the_rows_of_a_fresh_process() -> None:
    preloaded_threshold, preloaded = _rows("preloaded")
    fresh_threshold, fresh = _rows("fresh")
    assert preloaded == fresh
    assert "Jon Vale" in fresh and "2020-06-05" in fresh
    assert int(preloaded_threshold) == 50_000 and int(fresh_threshold) == 700
