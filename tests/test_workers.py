"""Supervised workers: a task over its budget, a failing task and a dying process never hold
the batch, cost only the item at fault, and leave no process behind."""

from __future__ import annotations

import multiprocessing
import os
import time

import pytest

from timeline.errors import WorkerStartError
from timeline.workers import _stop_all, supervise

FORK = multiprocessing.get_context("fork")
SPAWN = multiprocessing.get_context("spawn")


def _work(items: list[str]) -> list[str]:
    """Each item says what to do: 'sleep' hangs, 'fail' raises, 'die' ends the process."""
    for item in items:
        if item == "sleep":
            time.sleep(60)
        elif item == "fail":
            raise ValueError("cannot read this one")
        elif item == "die":
            os._exit(3)
    return [item.upper() for item in items]


def _run(tasks: list[list[str]], timeout: float | None = 5) -> tuple[list[str], list[str]]:
    values: list[str] = []
    failures: list[str] = []
    for outcome in supervise(_work, tasks, timeout=timeout, workers=2, context=FORK):
        if outcome.value is None:
            failures.append(outcome.failure or "")
        else:
            values.extend(outcome.value)
    return sorted(values), failures


def test_every_task_runs() -> None:
    values, failures = _run([["a", "b"], ["c"], ["d", "e", "f"]], timeout=None)
    assert values == ["A", "B", "C", "D", "E", "F"]
    assert failures == []
    assert multiprocessing.active_children() == []


def test_a_task_over_its_budget_is_skipped_and_the_batch_goes_on() -> None:
    values, failures = _run([["a", "sleep", "b"], ["c"], ["d"]], timeout=1)
    # no "SLEEP": the stuck item was stopped at its budget, not waited for (its 60 s); how
    # soon a budget acts is measured in benchmarks/bench_budgets.py
    assert values == ["A", "B", "C", "D"]  # its neighbours ran again, alone
    assert failures == ["sleep: took longer than the 1 s budget; skipped"]
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("fail", "ValueError: cannot read this one"),
        ("die", "ended unexpectedly (exit status 3)"),
    ],
)
def test_a_failing_item_costs_only_itself(bad: str, reason: str) -> None:
    values, failures = _run([["a", bad], ["b"], [bad], ["c"]])
    assert values == ["A", "B", "C"]
    assert len(failures) == 2
    assert all(f.startswith(f"{bad}: ") and reason in f and f.endswith("skipped") for f in failures)
    assert multiprocessing.active_children() == []


def test_no_worker_is_left_when_the_caller_stops_early() -> None:
    outcomes = supervise(_work, [["a"], ["sleep"], ["b"]], timeout=30, workers=2, context=FORK)
    next(outcomes)
    outcomes.close()  # the caller gives up (an exception, Ctrl-C): the workers go with it
    assert multiprocessing.active_children() == []


def _cannot_start() -> None:
    raise RuntimeError("no model named 'xx_missing'")


def test_a_worker_that_cannot_start_says_why() -> None:
    outcomes = supervise(
        _work, [["a"]], timeout=5, workers=1, context=FORK, initializer=_cannot_start
    )
    with pytest.raises(WorkerStartError, match="could not start: no model named 'xx_missing'"):
        list(outcomes)
    assert multiprocessing.active_children() == []


def _slow_start() -> None:
    time.sleep(1.5)


def test_the_budget_starts_when_the_worker_is_ready() -> None:
    outcomes = supervise(
        _work, [["a"]], timeout=1, workers=1, context=FORK, initializer=_slow_start
    )
    assert [outcome.value for outcome in outcomes] == [["A"]]


def test_this_process_works_while_the_workers_start() -> None:
    tasks = [["a"], ["b"], ["c"]]
    calls: list[int] = []

    def meanwhile() -> bool:
        calls.append(len(calls))
        tasks[-1] = ["z"]  # read once the workers have started
        return False

    outcomes = supervise(
        _work, tasks, timeout=30, workers=2, context=SPAWN, while_starting=meanwhile
    )
    assert sorted(value for outcome in outcomes for value in outcome.value or []) == [
        "A",
        "B",
        "Z",
    ]
    assert calls == [0]
    assert multiprocessing.active_children() == []


def _broken_meanwhile() -> bool:
    raise RuntimeError("broken")


def test_no_worker_is_left_when_the_work_meanwhile_fails() -> None:
    outcomes = supervise(
        _work, [["a"]], timeout=30, workers=2, context=SPAWN, while_starting=_broken_meanwhile
    )
    with pytest.raises(RuntimeError, match="broken"):
        list(outcomes)
    assert multiprocessing.active_children() == []


def test_idle_workers_are_all_asked_to_stop_before_any_is_waited_for() -> None:
    calls: list[tuple[str, int]] = []

    class Recorded:
        def __init__(self, number: int, *, busy: bool = False) -> None:
            self.number, self.ready = number, True
            self.task = ("item",) if busy else None

        def ask_to_stop(self) -> None:
            calls.append(("ask", self.number))

        def stop(self, *, kill: bool = False, asked: bool = False) -> None:
            calls.append(("kill" if kill else "wait" if asked else "ask and wait", self.number))

    pool = [Recorded(0), Recorded(1, busy=True), Recorded(2)]
    _stop_all(pool)  # type: ignore[arg-type]
    # the idle ones end side by side; the busy one is killed
    assert calls == [("ask", 0), ("ask", 2), ("wait", 0), ("kill", 1), ("wait", 2)]
