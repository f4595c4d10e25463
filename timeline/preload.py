"""Imported in the server the worker processes of `timeline extract` fork from
(`timeline.workers.start_forkserver`): loads the default spaCy models there, once, while the
command reads the documents, so that every worker forked from it starts with them.

The patterns of the model's tokenizer are built from the code the last run kept
(`timeline.pattern_cache`). A model that cannot load is left to the workers, which report
why (`WorkerStartError`). What the server has loaded is then frozen out of the garbage
collector's sight (`gc.freeze`): the workers' collections neither walk it nor copy its
pages.
"""

from __future__ import annotations

import contextlib
import gc

from timeline.actors import load_model
from timeline.errors import TimelineError
from timeline.pattern_cache import cached_patterns
from timeline.syntax import load_tagger

with contextlib.suppress(TimelineError), cached_patterns("model"):  # the tokenizer's
    load_model(None)
    load_tagger(None)
gc.freeze()
