"""A staff member's credit under the label of their role, alone on its line, is furniture
("Duty forecaster: K. Marshall-Best"); a sentence with such a label, or a label over no name,
is not.

The fixtures are written here."""

from __future__ import annotations

import pytest

from timeline.furniture import furniture


def _furnished(line: str) -> bool:
    text = f"Headline\n\nThe council met on Monday and approved the plan.\n\n{line}\n"
    return any(text[f.start : f.end].strip() == line for f in furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "Duty forecaster: K. Marshall-Best",
        "Officer on duty: Jo Lee",
        "Sub-editor: Ana Ruiz",
        "Duty meteorologist: Dr. Tomas Reyes",
        "Night editor: J. P. Okafor",
        "Compiler: Ines Varga",
    ],
)
def test_a_role_credit_is_furniture(line: str) -> None:
    assert _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "Forecaster: rain will clear by the afternoon.",
        "Officer on duty: none was at the desk when the fire started, the report found.",
        "Sub-editor: a job that is disappearing from newsrooms across the country.",
    ],
)
def test_a_sentence_is_not(line: str) -> None:
    assert not _furnished(line)
