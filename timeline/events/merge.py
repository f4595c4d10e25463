"""One name and one type per actor across articles: "iPod Nano" and "iPod nano", "GM" and
"General Motors", "Cisco" as a place and as an organisation.

    >>> [e.actors for e in merge_names([])]
    []
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.actors import initials, is_acronym  # name rules: no model is loaded
from timeline.actors.spans import strip_corporate_suffix
from timeline.events.event import Event
from timeline.kinds import ActorType


def merge_names(events: Sequence[Event]) -> list[Event]:
    """One name and one type per actor across articles:
    - spellings that differ only in case, points or a corporate suffix are one name, the one
      written most ("iPod nano" in one article, "iPod Nano" in another; "Apple Inc." and
      "Apple");
    - an organisation named by its acronym ("GM") is the one organisation of those initials
      the articles name in full ("General Motors"); with two candidates the acronym stays;
    - each actor has the type most of its mentions have (see `_one_type_each`).

    >>> from timeline.events.event import Event
    >>> def row(*names: str) -> Event:
    ...     return Event("ev", "d", "s", 0, 1, 0, "vague", None, None, None, "", "", None, None,
    ...                  actors=names, actor_types=("organisation",) * len(names))
    >>> [e.actors for e in merge_names([row("General Motors"), row("GM", "Toyota")])]
    [('General Motors',), ('General Motors', 'Toyota')]
    """
    renamed = _one_spelling_each(events)
    candidates: dict[str, set[str]] = {}
    for event in events:
        for name, kind in zip(event.actors, event.actor_types, strict=True):
            acronym = initials(name) if kind == ActorType.ORGANISATION else None
            if acronym is not None:
                candidates.setdefault(acronym, set()).add(renamed.get(name, name))
    renamed.update(
        (acronym, next(iter(names)))
        for acronym, names in candidates.items()
        if len(names) == 1 and acronym not in renamed
    )
    merged: list[Event] = []
    for event in events:
        names: list[str] = []
        types: list[str] = []
        roles: list[str] = []
        given = event.actor_roles or ("",) * len(event.actors)
        for actor, kind, role in zip(event.actors, event.actor_types, given, strict=True):
            if actor in candidates and not (kind == ActorType.ORGANISATION and is_acronym(actor)):
                name = actor  # a name that is spelt like some initials but is no acronym
            else:
                name = renamed.get(actor, actor)
            if name not in names:
                names.append(name)
                types.append(kind)
                roles.append(role)
            elif role and not roles[names.index(name)]:
                roles[names.index(name)] = role
        actors, kinds = tuple(names), tuple(types)
        kept_roles = tuple(roles) if event.actor_roles else ()
        if (actors, kinds, kept_roles) == (event.actors, event.actor_types, event.actor_roles):
            merged.append(event)  # no name of it changed: the row as it is, not a copy
        else:
            merged.append(replace(event, actors=actors, actor_types=kinds, actor_roles=kept_roles))
    return _one_type_each(merged)


_INITIAL_POINT = re.compile(r"(?<=\b[A-Za-z])\.")


def spelling_key(name: str) -> str:
    """What two spellings of one name share: case, the points of initials and a corporate
    suffix aside (an article names "Apple Inc." in full, another "Apple").

    >>> spelling_key("U.S. Geological Survey") == spelling_key("US Geological Survey")
    True
    >>> spelling_key("Veldmann AG") == spelling_key("Veldmann")
    True
    >>> spelling_key("St. Louis") == spelling_key("St Louis")
    False
    """
    return _INITIAL_POINT.sub("", strip_corporate_suffix(name) or name).casefold()


def _one_spelling_each(events: Sequence[Event]) -> dict[str, str]:
    """The spelling to use for each name written in several ways (case, points of initials):
    the one written most (a tie goes to the first in code-point order)."""
    written: dict[str, dict[str, int]] = {}
    for event in events:
        for name in event.actors:
            spellings = written.setdefault(spelling_key(name), {})
            spellings[name] = spellings.get(name, 0) + 1
    renamed: dict[str, str] = {}
    for spellings in written.values():
        if len(spellings) > 1:
            chosen = min(spellings, key=lambda name: (-spellings[name], name))
            renamed.update((name, chosen) for name in spellings if name != chosen)
    return renamed


def _one_type_each(events: Sequence[Event]) -> list[Event]:
    """Each actor with the type most of its mentions have ("Cisco" read as a place in one
    article and an organisation in three is an organisation everywhere); a tie goes to the
    type first in alphabetical order, so the result does not depend on the order of rows."""
    counts: dict[str, dict[str, int]] = {}
    for event in events:
        for name, kind in zip(event.actors, event.actor_types, strict=True):
            kinds = counts.setdefault(name, {})
            kinds[kind] = kinds.get(kind, 0) + 1
    chosen = {
        name: min(kinds, key=lambda kind: (-kinds[kind], kind))
        for name, kinds in counts.items()
        if len(kinds) > 1
    }
    if not chosen:
        return list(events)
    return [
        replace(
            event,
            actor_types=tuple(
                chosen.get(n, k) for n, k in zip(event.actors, event.actor_types, strict=True)
            ),
        )
        if any(name in chosen for name in event.actors)
        else event
        for event in events
    ]
