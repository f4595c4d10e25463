"""The user's alias file: read, checked line by line, and applied last."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.actors import AliasTable, find_actors, load_aliases

from .conftest import DATA


def _names(text: str, aliases: AliasTable | None = None) -> list[str]:
    return [m.name for m in find_actors([text], aliases=aliases)[0]]


def test_shipped_alias_file_names_biden(reference_text: str) -> None:
    aliases = load_aliases(DATA / "actors.csv")
    names = set(_names(reference_text, aliases))
    assert "Joe Biden" in names
    assert "Biden" not in names


def test_alias_file_merges_and_renames(tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(
        "alias,canonical,type\nU.N.,United Nations,organisation\nTim Cook,Timothy Cook,person\n"
    )
    aliases = load_aliases(path)
    assert len(aliases) == 2
    mentions = find_actors(["Tim Cook spoke at the U.N. on Monday."], aliases=aliases)[0]
    assert {(m.name, m.type) for m in mentions} >= {
        ("Timothy Cook", "person"),
        ("United Nations", "organisation"),
    }


def test_bad_alias_rows_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text("alias,canonical,type\nfoo,Foo,planet\n")
    with pytest.raises(ValueError, match=r"actors.csv:2: type 'planet'"):
        load_aliases(path)
    assert len(load_aliases(tmp_path / "missing.csv")) == 0
