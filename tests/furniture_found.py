"""The furniture `timeline.furniture.furniture` finds in a text, as (kind, line) pairs."""

from __future__ import annotations

from timeline.furniture import furniture


def found_furniture(text: str) -> list[tuple[str, str]]:
    """Each piece of furniture in `text` as its kind's value and the text it covers, in order."""
    return [(piece.kind.value, text[piece.start : piece.end]) for piece in furniture(text)]
