"""The user's alias file (`data/actors.csv`: alias, canonical, type): the last word on names.

>>> load_aliases(None).lookup("Biden") is None
True
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from timeline.actors.mention import ACTOR_TYPES
from timeline.kinds import ActorType


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Alias (any case) -> (canonical name, type), from the user's alias file.

    >>> AliasTable({"biden": ("Joe Biden", "person")}).lookup("Biden")
    ('Joe Biden', 'person')
    """

    entries: dict[str, tuple[str, str]] = field(default_factory=dict)

    def lookup(self, name: str) -> tuple[str, str] | None:
        """The (canonical name, type) of `name` in any case, or None."""
        return self.entries.get(name.casefold())

    def __len__(self) -> int:
        return len(self.entries)


def load_aliases(path: str | Path | None) -> AliasTable:
    """Read an alias file (CSV: alias,canonical,type); None or a missing file: no aliases.

    A row without a type names a person; a header row `alias,canonical,...` and `#` lines
    are skipped; a bad row fails with its file and line.

    >>> len(load_aliases(None))
    0
    """
    if path is None or not Path(path).is_file():
        return AliasTable()
    text = Path(path).read_text(encoding="utf-8-sig")
    entries: dict[str, tuple[str, str]] = {}
    reader = csv.reader(io.StringIO(text))
    for number, row in enumerate(reader, start=1):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if number == 1 and [cell.strip().lower() for cell in row[:2]] == ["alias", "canonical"]:
            continue
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise ValueError(f"{path}:{number}: expected 'alias,canonical,type', got {row!r}")
        kind = row[2].strip().lower() if len(row) > 2 and row[2].strip() else ActorType.PERSON.value
        if kind not in ACTOR_TYPES:
            raise ValueError(
                f"{path}:{number}: type {kind!r} is not one of {', '.join(ACTOR_TYPES)}"
            )
        entries[row[0].strip().casefold()] = (row[1].strip(), kind)
    return AliasTable(entries)
