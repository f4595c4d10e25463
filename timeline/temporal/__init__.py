"""Temporal expressions: find them in English text and normalise them to TIMEX3 values.

    >>> from datetime import date
    >>> [(t.text, t.value) for t in tag("Talks ended yesterday.", date(2023, 10, 23))]
    [('yesterday', '2023-10-22')]

The package is wired as a pipeline, one module per job (see ``tag`` for the whole story):
``vocabulary`` (the words) -> ``patterns`` (named pieces built from them) -> ``rules`` (one
unit per rule, with examples) and ``triggers`` (where each rule runs) ->
``detect`` (candidates) -> ``normalise_*`` (absolute values, and ``partial`` values for
relative expressions) -> ``resolve``, ``resolve_periods`` and ``resolve_named_periods`` with
``reference``, ``tense`` and ``calendar`` (TIMEX3 values and intervals) -> ``emit`` ->
``modifiers`` -> ``tag``, whose last pass is ``recurring`` (what looks like a date but names
none) with ``timex2``.
"""

from __future__ import annotations

from timeline.temporal.tag import tag
from timeline.temporal.timex import Timex
from timeline.temporal.vocabulary import MONTHS, VOCABULARY, WEEKDAYS, Relation, Vocabulary

__all__ = ["MONTHS", "VOCABULARY", "WEEKDAYS", "Relation", "Timex", "Vocabulary", "tag"]
