"""What the temporal tests share: the reference day (a Monday), the reference article, and
the one expression a sentence must give."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import strategies as st

from timeline.temporal import Timex, tag

REF = date(2023, 10, 23)  # a Monday
ARTICLE = Path(__file__).resolve().parents[1] / "data" / "blinken-iraq-2023.txt"
if not ARTICLE.exists():
    ARTICLE = Path("/work/shared/articles/blinken-iraq-2023.txt")


def one(text: str, reference: date | None = REF, **kwargs: bool) -> Timex:
    found = tag(text, reference, **kwargs)
    assert len(found) == 1, found
    return found[0]


def by_text(found: list[Timex]) -> dict[str, Timex]:
    return {t.text: t for t in found}


#: Pieces of news text, dates and distractors, that the properties join at random.
PIECES = st.sampled_from(
    [
        "On",
        " Monday",
        ", October 23rd",
        " 2023",
        " may",
        " May",
        " last week",
        " the 1990s",
        " two days later",
        " over a decade ago",
        " 9 a.m.",
        " every",
        " year",
        " 12-14 July 1950",
        " BC",
        " the 13th",
        " Q3",
        " fiscal",
        " early",
        " mid-",
        "\n",
        ".",
        " ",
        "'",
        "Copyright",
        " three",
        " years",
        " ago",
        " recently",
        " the following",
        " Sunday Times",
    ]
)
