"""The heap's thresholds the command gives the processes it starts (`timeline.heap`)."""

from __future__ import annotations

from timeline.heap import (
    MMAP_THRESHOLD,
    MMAP_VARIABLE,
    TRIM_THRESHOLD,
    TRIM_VARIABLE,
    arrays_on_the_heap,
)


def test_both_thresholds_are_set_when_the_environment_sets_neither() -> None:
    environment = arrays_on_the_heap({"PATH": "/usr/bin"})
    assert environment[MMAP_VARIABLE] == str(MMAP_THRESHOLD) == "33554432"
    assert environment[TRIM_VARIABLE] == str(TRIM_THRESHOLD) == str(2 * MMAP_THRESHOLD)
    assert environment["PATH"] == "/usr/bin"


def test_a_threshold_the_user_set_is_kept_and_the_other_not_added() -> None:
    assert arrays_on_the_heap({MMAP_VARIABLE: "65536"}) == {MMAP_VARIABLE: "65536"}
    assert arrays_on_the_heap({TRIM_VARIABLE: "0"}) == {TRIM_VARIABLE: "0"}
