"""The reader's date choices: which reported date of a conflict to keep, saved beside the table
so that a re-run of `timeline extract` keeps them.

    >>> choices = DateChoices().choose(DateChoice("ev-1", date(2023, 10, 22), date(2023, 10, 22)))
    >>> [choice.event_id for choice in choices.choices]
    ['ev-1']
    >>> store = JsonChoiceStore.beside("events.parquet")  # events.choices.json
    >>> store.path.name
    'events.choices.json'
    >>> store.save(choices); resolved = apply_choices(table, store.load())  # doctest: +SKIP

A choice is keyed by the `event_id` of the row whose date the reader keeps: event ids are
stable across runs (`timeline.events.event_id`), so the same articles give the same keys. It
applies to the conflict that row is part of in the table it is applied to, even when a re-run
added another article's report to that conflict; it is *stale* (listed by `stale_choices`,
never applied) when that row is gone, is in no conflict, or now reports another date.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

from timeline.analysis.conflicts import find_conflicts, mark_conflicts
from timeline.errors import ChoicesError

#: What a choices file says it is, so that another JSON file is not read as one.
FORMAT = "timeline date choices"
VERSION = 1


@dataclass(frozen=True, slots=True)
class DateChoice:
    """Keep the date `date_start`..`date_end` that the row `event_id` reports; `conflict_id`
    records the conflict it was chosen in (for the record: matching is by `event_id`).

    >>> DateChoice("ev-1", date(2023, 10, 23), date(2023, 10, 22))
    Traceback (most recent call last):
    ValueError: date_start 2023-10-23 is after date_end 2023-10-22
    """

    event_id: str
    date_start: date
    date_end: date
    conflict_id: str = ""

    def __post_init__(self) -> None:
        if not self.event_id:
            raise ValueError("a date choice needs the event_id of the row whose date is kept")
        if self.date_start > self.date_end:
            raise ValueError(f"date_start {self.date_start} is after date_end {self.date_end}")


@dataclass(frozen=True, slots=True)
class DateChoices:
    """Every choice the reader made, oldest first; in one conflict the latest choice wins."""

    choices: tuple[DateChoice, ...] = field(default_factory=tuple)

    def choose(self, choice: DateChoice) -> DateChoices:
        """These choices with `choice` last, replacing an earlier one of its conflict or row.

        >>> monday = DateChoice("ev-2", date(2023, 10, 23), date(2023, 10, 23), "cf-1")
        >>> sunday = DateChoice("ev-1", date(2023, 10, 22), date(2023, 10, 22), "cf-1")
        >>> [c.event_id for c in DateChoices().choose(monday).choose(sunday).choices]
        ['ev-1']
        """
        kept = tuple(
            earlier
            for earlier in self.choices
            if earlier.event_id != choice.event_id
            and not (choice.conflict_id and earlier.conflict_id == choice.conflict_id)
        )
        return DateChoices((*kept, choice))

    def to_json(self) -> dict[str, Any]:
        """The choices as the JSON sidecar holds them (dates as YYYY-MM-DD)."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "choices": [
                {
                    "event_id": choice.event_id,
                    "date_start": choice.date_start.isoformat(),
                    "date_end": choice.date_end.isoformat(),
                    "conflict_id": choice.conflict_id,
                }
                for choice in self.choices
            ],
        }

    @classmethod
    def from_json(cls, data: Any, source: str) -> DateChoices:
        """Choices read back from `to_json`'s shape; `source` names the file in errors."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ChoicesError(
                f'{source}: not a date choices file (no "format": {FORMAT!r}); '
                "move it away or name another file"
            )
        if data.get("version") != VERSION:
            raise ChoicesError(
                f"{source}: date choices version {data.get('version')!r}, this Timeline reads "
                f"version {VERSION}; upgrade Timeline or move the file away"
            )
        choices: list[DateChoice] = []
        for number, item in enumerate(data.get("choices", []), start=1):
            try:
                choices.append(
                    DateChoice(
                        event_id=str(item["event_id"]),
                        date_start=date.fromisoformat(item["date_start"]),
                        date_end=date.fromisoformat(item["date_end"]),
                        conflict_id=str(item.get("conflict_id", "")),
                    )
                )
            except (KeyError, TypeError, ValueError) as error:
                raise ChoicesError(
                    f"{source}: choice {number} is malformed ({error}); each needs event_id, "
                    "date_start and date_end as YYYY-MM-DD: fix or delete that entry"
                ) from None
        return cls(tuple(choices))


class ChoiceStore(Protocol):
    """Where the choices live: a JSON file beside the table (`JsonChoiceStore`), or a table
    in a database store that implements these two methods."""

    def load(self) -> DateChoices:
        """Every saved choice (none when nothing was saved yet)."""
        ...

    def save(self, choices: DateChoices) -> None:
        """Replace the saved choices with `choices`, all or nothing."""
        ...


@dataclass(frozen=True, slots=True)
class JsonChoiceStore:
    """The choices in a JSON file, written atomically (a failed write keeps the old file)."""

    path: Path

    @classmethod
    def beside(cls, table_path: str | Path) -> JsonChoiceStore:
        """The sidecar of a table file: `events.parquet` -> `events.choices.json` (shared by
        `events.csv` and `events.jsonl` beside it: they are the same table)."""
        table_path = Path(table_path)
        return cls(table_path.with_name(table_path.stem + ".choices.json"))

    def load(self) -> DateChoices:
        """The saved choices; none when the file does not exist yet."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return DateChoices()
        except (OSError, UnicodeDecodeError) as error:
            raise ChoicesError(f"{self.path}: cannot read the date choices ({error})") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ChoicesError(
                f"{self.path}: the date choices are not valid JSON ({error}); fix the file or "
                "move it away (the table itself is not affected)"
            ) from None
        return DateChoices.from_json(data, str(self.path))

    def save(self, choices: DateChoices) -> None:
        """Write the choices: to a temporary file first, then renamed over the old one."""
        text = json.dumps(choices.to_json(), ensure_ascii=False, indent=1) + "\n"
        try:
            handle, temporary = tempfile.mkstemp(
                dir=self.path.parent, prefix=self.path.name, suffix=".tmp"
            )
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            Path(temporary).replace(self.path)
        except OSError as error:
            raise ChoicesError(
                f"{self.path}: cannot save the date choices ({error.strerror}); "
                "check the folder exists and is writable"
            ) from None


def _day(value: Any) -> date:
    return pd.Timestamp(value).date()


def _dates_said(start: Any, end: Any) -> str:
    first, last = _day(start), _day(end)
    if first == last:
        return f"{first.day} {first:%B %Y}"
    return f"{first.day} {first:%B %Y} to {last.day} {last:%B %Y}"


@dataclass(frozen=True, slots=True)
class _Rows:
    """What matching a choice needs of a marked table, read once."""

    position_of: dict[str, int]  # every event id (merged ones too) -> its row's position
    conflicts: list[str | None]
    days: list[tuple[date, date] | None]

    @classmethod
    def of(cls, marked: pd.DataFrame) -> _Rows:
        position_of: dict[str, int] = {}
        for position, (event, merged) in enumerate(
            zip(marked["event_id"], marked["source_events"], strict=True)
        ):
            for member in [event, *list(merged)]:
                position_of.setdefault(str(member), position)
        dated = marked["date_start"].notna().tolist()
        days = [
            (_day(start), _day(end)) if has_day else None
            for start, end, has_day in zip(
                marked["date_start"], marked["date_end"], dated, strict=True
            )
        ]
        conflicts = [
            str(value) if known else None
            for value, known in zip(
                marked["conflict_id"], marked["conflict_id"].notna().tolist(), strict=True
            )
        ]
        return cls(position_of, conflicts, days)

    def kept_by(self, choice: DateChoice) -> int:
        """The position of the row `choice` keeps, or -1 when the choice is stale."""
        position = self.position_of.get(choice.event_id, -1)
        if position < 0 or self.conflicts[position] is None:
            return -1
        if self.days[position] != (choice.date_start, choice.date_end):
            return -1
        return position


def _decisions(marked: pd.DataFrame, choices: DateChoices) -> dict[str, int]:
    """conflict_id -> position of the row whose date the latest applicable choice keeps."""
    rows = _Rows.of(marked)
    decided: dict[str, int] = {}
    for choice in choices.choices:
        position = rows.kept_by(choice)
        if position >= 0:
            decided[str(rows.conflicts[position])] = position
    return decided


def _marked(table: pd.DataFrame) -> pd.DataFrame:
    if "conflict_id" in table.columns:
        return table
    return mark_conflicts(table, find_conflicts(table))


def apply_choices(table: pd.DataFrame, choices: DateChoices) -> pd.DataFrame:
    """The table with each decided conflict as one row: the chosen row, whose date is the
    reader's, with the other rows of its conflict merged into it (`sources` adds them up,
    `source_events` lists them) and their dates named in its `date_reason`. The row keeps its
    `conflict_id`, so the conflicts frame still lists every reported date. Rows stay in the
    input's order; the input is not changed. A table without a `conflict_id` column is
    marked first (`mark_conflicts`). Applying the same choices again changes nothing.

    >>> resolved = apply_choices(table, JsonChoiceStore.beside(path).load())  # doctest: +SKIP
    """
    marked = _marked(table)
    decided = _decisions(marked, choices)
    if not decided:
        return marked
    members = marked.reset_index(drop=True).groupby("conflict_id").indices
    sources = marked["sources"].astype("int64").tolist()
    merged = [list(ids) for ids in marked["source_events"]]
    reasons = marked["date_reason"].fillna("").astype(str).tolist()
    titles = marked["title"].fillna("").astype(str).tolist()
    starts, ends = marked["date_start"].tolist(), marked["date_end"].tolist()
    dropped: set[int] = set()
    for conflict, kept in decided.items():
        others = [int(p) for p in members[conflict] if int(p) != kept]
        if not others:
            continue  # already applied
        sources[kept] += sum(sources[p] for p in others)
        merged[kept] = list(dict.fromkeys(merged[kept] + [e for p in others for e in merged[p]]))
        said = "; ".join(f"{_dates_said(starts[p], ends[p])} in '{titles[p]}'" for p in others)
        reasons[kept] = f"{reasons[kept]}; chosen by the reader over {said}".lstrip("; ")
        dropped.update(others)
    resolved = marked.assign(
        sources=pd.Series(sources, index=marked.index, dtype="int64"),
        source_events=pd.Series(merged, index=marked.index, dtype="object"),
        date_reason=pd.Series(reasons, index=marked.index, dtype="string"),
    )
    keep = [position not in dropped for position in range(len(resolved))]
    return resolved.loc[keep].reset_index(drop=True)


def stale_choices(table: pd.DataFrame, choices: DateChoices) -> tuple[DateChoice, ...]:
    """The choices that do not apply to `table` (the whole table, not a filtered view): their
    row is gone, is in no conflict, or now reports another date. They are kept in the store
    and listed for the reader, never applied.

    >>> stale_choices(table, store.load())  # doctest: +SKIP
    ()
    """
    rows = _Rows.of(_marked(table))
    return tuple(choice for choice in choices.choices if rows.kept_by(choice) < 0)
