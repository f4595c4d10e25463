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

Before that, the server reads one invented story (`WARM_UP`) as a worker would, under its own
pattern cache: the patterns, word lists and tables the stages build on first use (some 340
patterns, compiled in every worker's first chunk until now) are then built once, from the last
run's code, and every worker starts with them. Whatever that reading leaves behind is what the
stages keep between documents anyway (answers of pure functions, the model's vocabulary).
"""

from __future__ import annotations

import contextlib
import gc

from timeline.actors import load_model
from timeline.documents import Document
from timeline.errors import TimelineError
from timeline.pattern_cache import cached_patterns
from timeline.pipeline import date_documents, events_of
from timeline.syntax import load_tagger

#: How many new objects a worker allocates (less those freed) between its collections of the
#: youngest generation; the older generations keep their ratios to it.
WORKER_YOUNG_OBJECTS = 50_000

#: The story the server reads before its workers fork (invented: its names, places and days).
WARM_UP = Document(
    id="timeline-warm-up",
    text=(
        "Harbour board approves new ferry terminal\n\n"
        "By Ana Lobo, Staff Writer\n\n"
        "KELVALE, May 3, 2021 — The Kelvale Harbour Board said on Monday that it had approved "
        "a new ferry terminal, two years after talks began in March 2019.\n\n"
        "\u201cWe will open it next spring,\u201d chairman Ben Ortiz told reporters at the "
        "council meeting. He said the work would cost $12 million and last 18 months.\n\n"
        "Tarrow Foods Ltd, which ships grain from the port, welcomed the decision last week. "
        "The company plans to hire 40 workers by the end of the year, its chief executive, "
        "Mira Sand, said in a statement on Tuesday.\n\n"
        "Updated: 4 May 2021 09:12"
    ),
)

with contextlib.suppress(TimelineError), cached_patterns("model"):  # the tokenizer's
    load_model(None)
    load_tagger(None)
with contextlib.suppress(Exception), cached_patterns("warm-up"):  # a worker reads it again
    events_of(date_documents([WARM_UP], None)[0])
gc.freeze()
gc.set_threshold(WORKER_YOUNG_OBJECTS, *gc.get_threshold()[1:])
