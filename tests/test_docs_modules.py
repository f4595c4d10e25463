"""docs/modules.md, the map of the package, lists every module of `timeline/` with the first
paragraph of its docstring, so that a newcomer finds where a rule lives. The page is written
from the docstrings; this test fails when a module is added, removed or re-described without
writing it again:

    python tests/test_docs_modules.py      # writes docs/modules.md
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "modules.md"
#: Characters of a docstring's first paragraph shown in the map.
SUMMARY_CHARACTERS = 240


def summary(path: Path) -> str:
    """The first paragraph of the module's docstring on one line, cut at a word, pipes
    escaped for a markdown table."""
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    paragraph = " ".join(docstring.split("\n\n")[0].split())
    if len(paragraph) > SUMMARY_CHARACTERS:
        paragraph = paragraph[:SUMMARY_CHARACTERS].rsplit(" ", 1)[0] + " …"
    return paragraph.replace("|", "\\|")


def render() -> str:
    """The page: one table per package, its modules in name order."""
    lines = [
        "# The modules of `timeline/`",
        "",
        "Every module with the first paragraph of its docstring: where to look for a rule, a",
        "stage or a view. [architecture.md](architecture.md) tells how the stages fit together;",
        "the catalogues of rules are [temporal.md](temporal.md), [events.md](events.md) and",
        "[actors.md](actors.md). Written from the docstrings by `python",
        "tests/test_docs_modules.py`; `tests/test_docs_modules.py` fails when it is out of date.",
    ]
    package = ROOT / "timeline"
    folders = sorted({p.parent for p in package.rglob("*.py")}, key=lambda p: p.parts)
    for folder in folders:
        modules = sorted(folder.glob("*.py"))
        dotted = ".".join(folder.relative_to(ROOT).parts)
        lines += ["", f"## `{dotted}`", "", "| module | what it is |", "|---|---|"]
        for module in modules:
            lines.append(f"| `{module.name}` | {summary(module)} |")
    return "\n".join(lines) + "\n"


def test_the_map_of_modules_is_up_to_date() -> None:
    assert PAGE.is_file(), "docs/modules.md is missing: run `python tests/test_docs_modules.py`"
    written = PAGE.read_text(encoding="utf-8")
    assert written == render(), "docs/modules.md is stale: run `python tests/test_docs_modules.py`"


def test_every_module_says_what_it_is() -> None:
    undescribed = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "timeline").rglob("*.py")
        if not summary(path)
    ]
    assert undescribed == []


if __name__ == "__main__":
    PAGE.write_text(render(), encoding="utf-8")
    sys.exit(0)
