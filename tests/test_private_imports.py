"""No module of `timeline/` imports a private name (`_x`) of another: a name two modules share
is public in the module that owns its job, with its docstring and example, or it moves to the
one module that reads it (stop 46, helper `tidy`; `docs/architecture.md`)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "timeline"


def private_imports(source: str) -> list[str]:
    """The private names `source` imports from a module of the package, as "module.name".

    >>> private_imports("from timeline.temporal.calendar import _interval, add_months")
    ['timeline.temporal.calendar._interval']
    >>> private_imports("from dateparser.parser import _parser\\nfrom timeline.kinds import X")
    []
    """
    return [
        f"{node.module}.{alias.name}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom)
        and node.module is not None
        and node.module.split(".")[0] == "timeline"
        for alias in node.names
        if alias.name.startswith("_")
    ]


def test_no_module_imports_a_private_name_of_another() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}: {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name in private_imports(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "make the name public where its job is, or move it: " + "; ".join(found)


def test_a_private_import_is_found() -> None:
    assert private_imports("from timeline.actors.focus import (\n    _compact,\n    ner_pieces,\n)")
