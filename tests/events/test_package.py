"""The package `timeline.events`: its public names, and every example in its docstrings."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import timeline.events

MODULES = sorted(
    f"timeline.events.{info.name}" for info in pkgutil.iter_modules(timeline.events.__path__)
)


def test_public_names_are_pinned() -> None:
    assert timeline.events.__all__ == [
        "ANAPHORA_WINDOW",
        "ANCHORS",
        "INHERIT_WINDOW",
        "NEWS_INHERIT_DAYS",
        "Analyse",
        "Event",
        "EventSentence",
        "build_events",
        "event_id",
        "event_sentences",
        "has_anaphor",
        "is_boilerplate",
        "merge_names",
        "modifies_noun",
        "news_date",
    ]
    for name in timeline.events.__all__:
        assert getattr(timeline.events, name) is not None


@pytest.mark.parametrize("name", ["timeline.events", *MODULES])
def test_every_docstring_example_runs(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0, f"{name} shows no example"
