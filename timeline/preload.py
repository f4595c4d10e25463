"""Imported in the server the worker processes of `timeline extract` fork from
(`timeline.workers.start_forkserver`): loads the default spaCy models there, once, while the
command reads the documents, so that every worker forked from it starts with them.

The patterns of the model's tokenizer are built from the code the last run kept
(`timeline.pattern_cache`). A model that cannot load is left to the workers, which report
why (`WorkerStartError`). What the server has loaded is then frozen out of the garbage
collector's sight (`gc.freeze`): the workers' collections neither walk it nor copy its
pages. The workers then collect their youngest objects every `WORKER_YOUNG_OBJECTS` new ones,
not every 700 (Python's default): a worker's objects are the documents it reads, nearly all
freed by their counts (8,000 objects found in cycles over the 255 texts of `bench_command.py`),
and its collections took 3% of its time (0.22 to 0.30 s of CPU for those texts; 0.08 to 0.12 s
at 50,000).
"""

from __future__ import annotations

import contextlib
import gc

from timeline.actors import load_model
from timeline.errors import TimelineError
from timeline.pattern_cache import cached_patterns
from timeline.syntax import load_tagger

#: How many new objects a worker allocates (less those freed) between its collections of the
#: youngest generation; the older generations keep their ratios to it.
WORKER_YOUNG_OBJECTS = 50_000

with contextlib.suppress(TimelineError), cached_patterns("model"):  # the tokenizer's
    load_model(None)
    load_tagger(None)
gc.freeze()
gc.set_threshold(WORKER_YOUNG_OBJECTS, *gc.get_threshold()[1:])
