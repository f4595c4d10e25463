"""Worker processes under supervision: every task has a time budget, and a task over it (or one
whose process dies) never holds the batch.

    >>> results = supervise(square, [[2], [3]], timeout=10, workers=2)  # doctest: +SKIP
    >>> sorted(r.value for r in results if r.value is not None)  # doctest: +SKIP
    [[4], [9]]

`concurrent.futures` cannot stop a task that runs too long: its pool waits for it. Here each
worker is a process with its own pipe. A task of several items that goes over the budget, or
fails, is split and its items are run again one by one (each with the whole budget), so only
the item at fault is lost; an item that alone goes over the budget is reported with the reason
and its process is killed and replaced. When `supervise` returns or raises, no worker is left.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

from timeline.errors import WorkerStartError

Item = TypeVar("Item")
Value = TypeVar("Value")

#: How long a worker asked to stop may take before it is killed.
STOP_GRACE_SECONDS = 2.0
#: How long a worker may take to start (to load its model) before the run is given up.
START_SECONDS = 300.0
#: How long this process's threads hold the interpreter's lock in turn while workers start
#: beside other work of its own (Python's default: 0.005).
START_SWITCH_SECONDS = 0.0005


@dataclass(frozen=True, slots=True)
class Outcome(Generic[Item, Value]):
    """What became of a task: its value, or why its one item was given up (`value` None)."""

    items: tuple[Item, ...]
    value: Value | None
    failure: str | None = None


def _describe_error(error: BaseException) -> str:
    last = traceback.extract_tb(error.__traceback__)[-1:]
    where = f" at {last[0].filename}:{last[0].lineno}" if last else ""
    return f"{type(error).__name__}: {error}{where}"


def _serve(
    connection: Connection,
    work: Callable[[list[Any]], Any],
    initializer: Callable[..., None] | None,
    initargs: tuple[Any, ...],
) -> None:
    """A worker's loop: say ("ready", None) once set up (or ("failed", reason)), then take a
    task and send back ("ok", value) or ("error", reason) until told to stop."""
    try:
        if initializer is not None:
            initializer(*initargs)
    except Exception as error:  # the supervisor raises it with its reason
        connection.send(("failed", str(error) or _describe_error(error)))
        return
    connection.send(("ready", None))
    while True:
        try:
            task = connection.recv()
        except EOFError:  # the supervisor is gone
            return
        if task is None:
            return
        try:
            message: tuple[str, Any] = ("ok", work(task))
        except Exception as error:  # any failure of one task is reported, not fatal
            message = ("error", _describe_error(error))
        connection.send(message)


class _Worker:
    """One worker process, its pipe, and the task it holds (None while idle or starting)."""

    def __init__(self, context: BaseContext, target_args: tuple[Any, ...]) -> None:
        self.connection, child = context.Pipe()
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(child, *target_args), daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False
        self.task: tuple[Any, ...] | None = None
        self.deadline = time.monotonic() + START_SECONDS

    def give(self, task: tuple[Any, ...], timeout: float | None) -> None:
        self.task = task
        self.deadline = math.inf if timeout is None else time.monotonic() + timeout
        self.connection.send(list(task))

    def started(self) -> None:
        """Read the start-up message; raise `WorkerStartError` if the worker could not start."""
        try:
            status, reason = self.connection.recv()
        except (EOFError, OSError):
            status, reason = "failed", _death(self.process)
        if status != "ready":
            raise WorkerStartError(f"a worker process could not start: {reason}")
        self.ready = True

    def ask_to_stop(self) -> None:
        """Tell the worker to end once it is idle (it ends when it reads this)."""
        if self.process.is_alive():
            with contextlib.suppress(OSError):
                self.connection.send(None)

    def stop(self, *, kill: bool = False, asked: bool = False) -> None:
        """End the worker: ask it to (unless `asked` already), wait for it a grace period,
        then kill it; with `kill`, at once."""
        if not kill and self.process.is_alive():
            if not asked:
                self.ask_to_stop()
            self.process.join(STOP_GRACE_SECONDS)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()


def supervise(
    work: Callable[[list[Item]], Value],
    tasks: Sequence[Sequence[Item]],
    *,
    timeout: float | None,
    workers: int,
    context: BaseContext | None = None,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    describe: Callable[[Item], str] = str,
    while_starting: Callable[[], bool] | None = None,
) -> Iterator[Outcome[Item, Value]]:
    """Run `work` on every task in `workers` processes, yielding an `Outcome` per task as it
    ends. `timeout` is each task's budget in seconds (None: no limit), counted from when a
    started worker takes it; `describe` names an item in a failure.

    `while_starting`, when given, is work of this process's own, called once, then again
    while the workers start (a worker forked from a "forkserver" starts once the server has
    loaded what it preloads) until it returns False: it may replace items of `tasks`, which
    are read once the workers have started. Not with "fork": the workers start from another
    thread.
    """
    context = context or multiprocessing.get_context()
    target_args = (work, initializer, initargs)
    pool: list[_Worker] = []
    try:
        count = max(1, min(workers, sum(1 for task in tasks if task)))
        _start(pool, count, context, target_args, while_starting)
        queue: deque[tuple[Item, ...]] = deque(tuple(task) for task in tasks if task)
        while queue or any(worker.task is not None for worker in pool):
            for worker in pool:
                if worker.ready and worker.task is None and queue:
                    worker.give(queue.popleft(), timeout)
            waiting = [worker for worker in pool if worker.task is not None or not worker.ready]
            first_deadline = min(worker.deadline for worker in waiting)
            wait_for = None  # no deadline: wait for a message however long it takes
            if first_deadline != math.inf:
                wait_for = max(0.0, first_deadline - time.monotonic())
            ready = set(wait([worker.connection for worker in waiting], wait_for))
            for position, worker in enumerate(pool):
                if not worker.ready:
                    if worker.connection in ready:
                        worker.started()
                    elif time.monotonic() >= worker.deadline:
                        raise WorkerStartError(
                            f"a worker process did not start in {START_SECONDS:g} s"
                        )
                    continue
                if worker.task is None:
                    continue
                task = worker.task
                if worker.connection in ready:
                    try:
                        status, payload = worker.connection.recv()
                    except (EOFError, OSError):
                        status, payload = "died", _death(worker.process)
                elif time.monotonic() >= worker.deadline:
                    status, payload = "timeout", f"took longer than the {timeout:g} s budget"
                else:
                    continue
                worker.task = None
                if status == "ok":
                    yield Outcome(task, payload)
                    continue
                if status != "error":  # its process is stuck or gone: replace it
                    worker.stop(kill=True)
                    pool[position] = _Worker(context, target_args)
                if len(task) > 1:  # find the item at fault: each runs alone with the budget
                    queue.extend((item,) for item in task)
                else:
                    yield Outcome(task, None, f"{describe(task[0])}: {payload}; skipped")
    finally:
        _stop_all(pool)


def _stop_all(pool: list[_Worker]) -> None:
    """Stop every worker: the idle ones are all asked first, so that they end side by side
    (each takes 20 to 30 ms to end, a model's memory to give back) rather than one after the
    other; a busy or unstarted one is killed."""
    kills = [worker.task is not None or not worker.ready for worker in pool]
    for worker, kill in zip(pool, kills, strict=True):
        if not kill:
            worker.ask_to_stop()
    for worker, kill in zip(pool, kills, strict=True):
        worker.stop(kill=kill, asked=True)


def _start(
    pool: list[_Worker],
    count: int,
    context: BaseContext,
    target_args: tuple[Any, ...],
    while_starting: Callable[[], bool] | None,
) -> None:
    """Start `count` workers into `pool`; with `while_starting`, from another thread, while
    this one calls it. A worker's start waits in the system for the server it forks from, not
    for this process's lock, so the two threads run side by side."""
    if while_starting is None:
        pool.extend(_Worker(context, target_args) for _ in range(count))
        return
    failures: list[BaseException] = []

    def start() -> None:
        try:
            for _ in range(count):
                pool.append(_Worker(context, target_args))
        except BaseException as error:  # raised again in the calling thread
            failures.append(error)

    thread = threading.Thread(target=start, name="timeline-start-workers", daemon=True)
    # The starting thread waits for the lock at every step of a start while this one works:
    # it gets it sooner (two workers then start in 10 ms, not 40).
    switch = sys.getswitchinterval()
    sys.setswitchinterval(min(switch, START_SWITCH_SECONDS))
    thread.start()
    try:
        while while_starting() and thread.is_alive():
            pass
    finally:
        thread.join()  # no worker is added to `pool` after this
        sys.setswitchinterval(switch)
    if failures:
        raise failures[0]


def start_forkserver(preload: Sequence[str]) -> str | None:
    """Start now the server "forkserver" workers are forked from, with the modules `preload`
    imported in it, so that it imports them while this process goes on. Returns the start
    method to use ("forkserver"), or None on a platform without one.

    >>> start_forkserver(["timeline.pipeline", "spacy"])  # doctest: +SKIP
    'forkserver'
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    multiprocessing.set_forkserver_preload(list(preload))
    from multiprocessing import forkserver  # noqa: PLC0415  (POSIX only)

    forkserver.ensure_running()
    return "forkserver"


def _death(process: BaseProcess) -> str:
    process.join(1)
    code = process.exitcode
    if code is not None and code < 0:
        return f"its worker process was killed by signal {-code} (out of memory?)"
    return f"its worker process ended unexpectedly (exit status {code})"
