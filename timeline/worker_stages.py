"""Imported first in the server the worker processes of `timeline extract` fork from
(`timeline.workers.start_forkserver`): spaCy without its command line (`timeline.lean_spacy`)
and the stages, their patterns built from the code the last run kept
(`timeline.pattern_cache`); and the builders of the tables those stages make on first use
(`tables_built_once`), which `timeline.preload` calls before the workers fork.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from typing import Any

from timeline.pattern_cache import cached_patterns

with cached_patterns("workers"):
    import timeline.lean_spacy
    import timeline.pipeline  # noqa: F401


def tables_built_once() -> list[Callable[[], Any]]:
    """The builders of the stages' tables and patterns not built yet: the functions of the
    `timeline` modules imported so far that `functools.cache` (or `lru_cache`) keeps and
    that take no argument, so that each has one answer, whoever asks first.

    >>> import timeline.actors.patronyms
    >>> timeline.actors.patronyms._patronymic_name in tables_built_once()  # doctest: +SKIP
    True
    """
    builders: list[Callable[[], Any]] = []
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "timeline" or name.startswith("timeline.")):
            continue
        for value in list(vars(module).values()):
            if (
                callable(value)
                and hasattr(value, "cache_info")
                and getattr(value, "__module__", None) == name
                and value.cache_info().currsize == 0
                and _takes_nothing(value)
            ):
                builders.append(value)
    return builders


def _takes_nothing(function: Callable[..., Any]) -> bool:
    try:
        return not inspect.signature(function).parameters
    except (TypeError, ValueError):  # no signature to read: left to the workers
        return False
