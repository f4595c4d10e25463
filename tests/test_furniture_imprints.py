"""A printer's imprint at the foot is furniture with its "Ltd." and its street address ("Printed
and published by Harbour Press Ltd., 22 Quay Street, Tarrow."); a sentence opened by the same
words is not.

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
        "Printed and published by Harbour Press Ltd., 22 Quay Street, Tarrow.",
        "Printed by Kestrel Print Co., 4 Mill Lane, Ashby, for the Ashby Society.",
        "Printed and published by the proprietors, Harbour News Ltd., 9 Dock Road, Tarrow.",
        "Typeset and printed by Lomond Printers Ltd., 118 High Street, Dunvale",
        "Printed by Harbour Press, Tarrow",
    ],
)
def test_a_printer_s_imprint_is_furniture(line: str) -> None:
    assert _furnished(line)


@pytest.mark.parametrize(
    "line",
    [
        "Printed by hand. The leaflets were handed out on Monday, 3 May.",
        "Printed by the council, the leaflets were handed out on Monday.",
        "Printed by a firm in Leeds, 40,000 ballot papers were found to be faulty.",
    ],
)
def test_a_sentence_opened_by_the_same_words_is_not(line: str) -> None:
    assert not _furnished(line)
