"""spaCy for the workers, without its command line: what it leaves out, and what it keeps."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
import timeline.lean_spacy
from timeline.actors import load_model
assert load_model().pipe_names == ["ner"]
left_out = sorted(n for n in ("typer", "weasel", "requests", "spacy.cli") if n in sys.modules)
import spacy
import spacy.cli
print(left_out, callable(spacy.cli.download), callable(spacy.info))
"""


def test_spacy_loads_models_without_its_command_line_and_can_still_import_it() -> None:
    # a process of its own: spaCy is imported here already
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    assert done.stdout.split("\n")[0] == "[] True True"
