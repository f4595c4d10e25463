"""Scale-out on a Dask cluster: the same per-document work as the local worker processes, run
by a scheduler's workers, each chunk's rows written by its worker as a Parquet part.

    >>> result = extract_on_cluster(docs, address="local", workers=2)  # doctest: +SKIP
    >>> result = extract_on_cluster(docs, address="tcp://10.0.0.5:8786")  # doctest: +SKIP

"local" starts a `LocalCluster` on this machine (processes, one thread each); any other address
names a running scheduler (`dask scheduler`, `dask worker ADDRESS`). Each worker process loads
the spaCy models once (`ModelLoader`, a worker plugin; the models stay cached in the process).
The client reads the parts back and makes the table as the local pool does, row for row.

The time budget of a document is kept as Dask allows: no more tasks are in flight than the
cluster has threads, and a task's budget counts from when the scheduler has given it to a
worker (asked every `POLL_SECONDS`). A chunk over the budget is tried again document by
document; a document over it alone is named and skipped, and the worker holding it is
restarted (its nanny starts a fresh one). A worker without a nanny cannot be restarted: its
task is abandoned and runs on, unused. When the cluster has had no worker at all for
`NO_WORKER_SECONDS` (every worker gone, or none ever joined), the documents not yet done are
named and skipped rather than waited for without end; what was done is kept.
"""

from __future__ import annotations

import logging
import math
import socket
import tempfile
import time
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from itertools import count
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin
from distributed.comm.addressing import parse_address, parse_host_port

from timeline.actors import AliasTable, load_aliases, load_model
from timeline.chunks import chunks_of, default_workers
from timeline.documents import Document
from timeline.errors import ClusterError
from timeline.parts import events_in, merge_across_articles, parts_in, read_parts, write_part
from timeline.pipeline import Extraction, date_documents, events_of
from timeline.syntax import load_tagger
from timeline.table import event_table

#: How long connecting to a scheduler may take before the address is reported as unreachable.
CONNECT_SECONDS = 5.0
#: What `--cluster` takes to start a cluster on this machine.
LOCAL = "local"


@dataclass(frozen=True, slots=True)
class Settings:
    """What every task needs besides its documents: the options of `timeline extract` and
    the folder its part goes to."""

    model: str | None
    aliases: AliasTable | None
    published: date | None
    parts: str


@dataclass(frozen=True, slots=True)
class PartReport:
    """What a task sends back: where its part is, each document's publication date and how it
    was found (doc id, date, source), and the warnings of dating them."""

    path: str
    dates: tuple[tuple[str, date | None, str], ...]
    warnings: tuple[str, ...]


class ModelLoader(WorkerPlugin):
    """Loads the spaCy models once in each worker process, as it joins the cluster."""

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        load_model(self.model)
        load_tagger(self.model)


def part_of_chunk(documents: list[Document], settings: Settings, number: int) -> PartReport:
    """Date a chunk of documents, find their events and write their rows as part `number`
    (run by a cluster's worker)."""
    dated, warnings = date_documents(documents, settings.published)
    events = events_of(dated, model=settings.model, aliases=settings.aliases)
    path = write_part(event_table(dated, events), Path(settings.parts), number)
    dates = tuple((doc.id, doc.published, doc.published_source) for doc in dated)
    return PartReport(str(path), dates, tuple(warnings))


def _reachable(address: str, timeout: float) -> None:
    """Open and close a TCP connection to a `tcp://` (or bare) scheduler address, raising
    `OSError` when nothing listens there, before Dask's client is made: a client's own timeout
    sits in a wait on its event loop that does not always end when the address is dead.

    >>> _reachable("tcp://127.0.0.1:9", 1.0)
    Traceback (most recent call last):
    ...
    ConnectionRefusedError: [Errno 111] Connection refused
    >>> _reachable("inproc://10.0.0.1/1/2", 1.0)  # not TCP: left to Dask
    """
    scheme, location = parse_address(address)  # Dask's own reading: "tcp" when none is written
    if scheme != "tcp":
        return
    try:
        host, port = parse_host_port(location)
    except ValueError:
        return  # no port: left to Dask, which names the fault
    with socket.create_connection((host, port), timeout=timeout):
        pass


@contextmanager
def connect(
    address: str, *, workers: int | None = None, timeout: float = CONNECT_SECONDS
) -> Iterator[Client]:
    """A client of the scheduler at `address`, or of a new `LocalCluster` ("local": processes
    with one thread each, `workers` of them, default one per core); closed on leaving."""
    if address == LOCAL:
        with (
            LocalCluster(
                n_workers=workers or default_workers(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        _reachable(address, timeout)
        client = Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(
            f"cannot reach a Dask scheduler at {address!r} within {timeout:g} s ({error}); "
            "start one with `dask scheduler` and workers with `dask worker ADDRESS`, "
            f"or use --cluster {LOCAL}"
        ) from None
    with client:
        yield client


def extract_on_cluster(
    documents: Sequence[Document],
    *,
    address: str,
    workers: int | None = None,
    parts: Path | None = None,
    model: str | None = None,
    aliases: AliasTable | str | Path | None = None,
    published: date | None = None,
    timeout: float | None = None,
    connect_timeout: float = CONNECT_SECONDS,
) -> Extraction:
    """`timeline.extract` on the Dask cluster at `address` ("local": a new one on this
    machine, `workers` processes): the same table, row for row. Parts go to `parts` (a folder
    every worker and this machine can reach, holding no parts yet), or to a temporary folder
    removed afterwards."""
    _check_parts_folder(parts)  # before a cluster starts, not after
    with connect(address, workers=workers, timeout=connect_timeout) as client:
        return extract_with(
            client,
            documents,
            parts=parts,
            model=model,
            aliases=aliases,
            published=published,
            timeout=timeout,
        )


def extract_with(
    client: Client,
    documents: Sequence[Document],
    *,
    parts: Path | None = None,
    model: str | None = None,
    aliases: AliasTable | str | Path | None = None,
    published: date | None = None,
    timeout: float | None = None,
) -> Extraction:
    """`extract_on_cluster` with a client already connected (several batches, one cluster)."""
    alias_table = aliases if isinstance(aliases, AliasTable) else load_aliases(aliases)
    with _parts_folder(parts) as folder:
        try:
            client.register_plugin(ModelLoader(model), name=f"timeline-models-{model}")
        except Exception as error:  # a worker's own error, whatever its type
            raise ClusterError(f"a Dask worker cannot load the spaCy models: {error}") from None
        settings = Settings(model, alias_table, published, str(folder))
        reports, skipped = _run(client, chunks_of(documents), settings, timeout)
        paths = [Path(report.path) for report in reports]
        missing = [path for path in paths if not path.is_file()]
        if missing:
            raise ClusterError(
                f"{missing[0]}: a worker wrote this part where this machine cannot read it; "
                "give --parts a folder the workers and this machine share"
            )
        events = events_in(read_parts(paths))
    dates = {doc_id: (day, source) for report in reports for doc_id, day, source in report.dates}
    dated = [
        replace(doc, published=dates[doc.id][0], published_source=dates[doc.id][1])
        for doc in documents
        if doc.id in dates
    ]
    warnings = sorted(warning for report in reports for warning in report.warnings)
    table = merge_across_articles(dated, events)
    return Extraction(table, tuple(dated), tuple(warnings), tuple(sorted(skipped)))


@contextmanager
def _parts_folder(parts: Path | None) -> Iterator[Path]:
    if parts is None:
        with tempfile.TemporaryDirectory(prefix="timeline-parts-") as folder:
            yield Path(folder)
        return
    _check_parts_folder(parts)
    parts.mkdir(parents=True, exist_ok=True)
    yield parts


def _check_parts_folder(parts: Path | None) -> None:
    """Raise `ClusterError` unless `parts` can take this run's parts (None: a temporary one)."""
    if parts is None:
        return
    if parts.exists() and not parts.is_dir():
        raise ClusterError(f"{parts}: not a folder; give --parts a folder for the parts")
    if parts.is_dir() and parts_in(parts):
        raise ClusterError(
            f"{parts}: already holds parts of another run; give --parts an empty or new folder"
        )


_Task = tuple[Document, ...]


@dataclass(frozen=True, slots=True)
class _Running:
    """A task sent to the cluster: its documents, its key in the scheduler, and its deadline
    (infinite until a worker has taken it, or without a budget)."""

    task: _Task
    key: str
    deadline: float = math.inf


#: How often the scheduler is asked which tasks its workers have taken, while some wait.
POLL_SECONDS = 0.25
#: How long the documents left wait for a cluster that has no worker before they are skipped.
NO_WORKER_SECONDS = 120.0
#: How long a worker restarted after a task over its budget has to stop and come back.
RESTART_SECONDS = 120.0


def _run(
    client: Client, chunks: Sequence[Sequence[Document]], settings: Settings, timeout: float | None
) -> tuple[list[PartReport], list[str]]:
    """Run every chunk, no more at once than the cluster has threads; a chunk that fails or
    goes over the budget runs again document by document, and a document that does alone is
    skipped with a message."""
    queue: deque[_Task] = deque(tuple(chunk) for chunk in chunks if chunk)
    running: dict[Future[PartReport], _Running] = {}
    reports: list[PartReport] = []
    skipped: list[str] = []
    numbers = count()
    run_id = uuid.uuid4().hex[:12]
    executor = client.get_executor(pure=False)
    workerless_since: float | None = None
    try:
        while queue or running:
            threads = sum(client.nthreads().values())
            workerless_since = None if threads else workerless_since or time.monotonic()
            if workerless_since is not None and time.monotonic() - workerless_since > (
                NO_WORKER_SECONDS
            ):
                left = [doc for sent in running.values() for doc in sent.task]
                left += [doc for task in queue for doc in task]
                for future in running:
                    future.cancel()
                skipped += [
                    f"{doc.source or doc.id}: the cluster has had no worker for "
                    f"{NO_WORKER_SECONDS:g} s; skipped"
                    for doc in left
                ]
                break
            capacity = max(1, threads)
            while queue and len(running) < capacity:
                task, number = queue.popleft(), next(numbers)
                key = f"timeline-part-{run_id}-{number}"
                future = executor.submit(part_of_chunk, list(task), settings, number, key=key)
                running[future] = _Running(task, key)
            waiting = timeout is not None and _start_clocks(client, running, timeout)
            first = min(sent.deadline for sent in running.values())
            wait_for = None if first == math.inf else max(0.05, first - time.monotonic())
            if waiting:
                wait_for = min(wait_for or POLL_SECONDS, POLL_SECONDS)
            wait(running, timeout=wait_for, return_when=FIRST_COMPLETED)
            for future, sent in list(running.items()):
                if future.done() and future.exception() is None:
                    reports.append(future.result())
                    del running[future]
                    continue
                if future.done():
                    error = future.exception()
                    failure = f"{type(error).__name__}: {error}"
                elif time.monotonic() >= sent.deadline:
                    failure = f"took longer than the {timeout:g} s budget"
                    _abandon(client, future, sent.key)
                else:
                    continue
                del running[future]
                if len(sent.task) > 1:
                    queue.extend((doc,) for doc in sent.task)
                else:
                    doc = sent.task[0]
                    skipped.append(f"{doc.source or doc.id}: {failure}; skipped")
    finally:
        executor.shutdown(wait=False)
    return reports, skipped


def _start_clocks(
    client: Client, running: dict[Future[PartReport], _Running], timeout: float
) -> bool:
    """Start the budget of each task a worker has taken (a task may wait for a worker that is
    starting or restarting); True while some task still waits for one."""
    waiting = [future for future, sent in running.items() if sent.deadline == math.inf]
    if not waiting:
        return False
    taken = {key for keys in client.processing().values() for key in keys}
    now = time.monotonic()
    for future in waiting:
        sent = running[future]
        if sent.key in taken:
            running[future] = replace(sent, deadline=now + timeout)
    return any(sent.deadline == math.inf for sent in running.values())


def _abandon(client: Client, future: Future[PartReport], key: str) -> None:
    """Stop waiting for `future`; restart the worker running it, where that can be done."""
    holders = [worker for worker, keys in client.processing().items() if key in set(keys)]
    future.cancel()
    client.cancel([key], force=True)
    if holders:
        try:
            client.restart_workers(holders, timeout=RESTART_SECONDS)
        except Exception:  # no nanny (or it failed): the task runs on, its result unused
            logging.getLogger(__name__).warning(
                "could not restart Dask worker %s; its task over the budget runs on", holders
            )
