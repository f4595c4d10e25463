"""How documents are shared among worker processes: how many workers (`default_workers`),
from how many documents they pay (`PARALLEL_THRESHOLD`), and the chunks each worker is
given (`chunks_of`: at most `CHUNK_SIZE` documents and `CHUNK_CHARS` characters).

    >>> from timeline.documents import Document
    >>> [len(chunk) for chunk in chunks_of([Document(id=str(n), text="x") for n in range(10)])]
    [8, 2]
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from timeline.documents import Document

#: Below this many documents, worker processes cost more to start than they save.
PARALLEL_THRESHOLD = 24
#: A chunk holds at most this many documents. Each chunk is one call of each model, and a
#: call pays the layers' fixed costs: a worker's CPU over the 255 texts of
#: `bench_command.py` was 8.75 s in chunks of four, 8.41 s in chunks of eight and 8.52 s in
#: chunks of sixteen (stop 38, `perf9`); the same events either way.
CHUNK_SIZE = 8
#: A chunk holds at most this many characters: a long document is a chunk of its own.
CHUNK_CHARS = 40_000


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def chunks_of(documents: Sequence[Document]) -> list[list[Document]]:
    """The documents in chunks of at most `CHUNK_SIZE` documents and `CHUNK_CHARS` characters
    (a longer document is a chunk of its own), longest first, so no worker is left with a
    long one at the end and a document's time budget is not shared with long neighbours."""
    chunks: list[list[Document]] = []
    size = 0
    for doc in documents:
        if not chunks or len(chunks[-1]) == CHUNK_SIZE or size + len(doc.text) > CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(doc)
        size += len(doc.text)
    return sorted(chunks, key=lambda chunk: -sum(len(doc.text) for doc in chunk))
