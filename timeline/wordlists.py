"""The word lists of `timeline/data/`: one entry a line, `#` starts a comment line.

>>> "mr" in word_list("abbreviations.txt")
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of `timeline/data/<name>`, stripped, in file order."""
    text = resources.files("timeline").joinpath(f"data/{name}").read_text("utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
