"""Analysis of an event table for the dashboard's views: conflicting dates and the reader's
choices, story threads, who acts with whom, an actor's page. Pure functions over DataFrames.

    >>> from timeline.analysis import find_threads, find_conflicts, actor_network
"""

from __future__ import annotations

from timeline.analysis.choices import (
    ChoiceStore,
    DateChoice,
    DateChoices,
    JsonChoiceStore,
    apply_choices,
    stale_choices,
)
from timeline.analysis.conflicts import (
    CONFLICT_COLUMNS,
    conflicts_only,
    find_conflicts,
    mark_conflicts,
)
from timeline.analysis.network import ActorNetwork, actor_network, network_figure
from timeline.analysis.profiles import ActorProfile, actor_profile, profile_figure
from timeline.analysis.threads import Threads, find_threads, mark_threads, thread_lanes

__all__ = [
    "CONFLICT_COLUMNS",
    "ActorNetwork",
    "ActorProfile",
    "ChoiceStore",
    "DateChoice",
    "DateChoices",
    "JsonChoiceStore",
    "Threads",
    "actor_network",
    "actor_profile",
    "apply_choices",
    "conflicts_only",
    "find_conflicts",
    "find_threads",
    "mark_conflicts",
    "mark_threads",
    "network_figure",
    "profile_figure",
    "stale_choices",
    "thread_lanes",
]
