"""An invented article around one line of furniture, and what the line costs its event table:
where a generated line (`tests/furniture_forms.py`) stands in a short story, whether the
furniture readers cover it, the rows and actors it gives and the story's sentences it loses.
Split from `tests/furniture_forms.py` (stop 43), which re-exports it.

    >>> text, start = article("Share this article", "foot")
    >>> covered("Share this article", "foot")
    True
"""

from __future__ import annotations

import pandas as pd

from timeline.documents import Document
from timeline.furniture import furniture
from timeline.pipeline import extract

__all__ = ["HEADLINE", "PUBLISHED", "STORY", "article", "covered", "leaks", "sentence_days"]

HEADLINE = "Council backs harbour plan"
#: the story's own sentences and the day each names (published Tuesday 4 March 2025)
STORY = (
    ("The council approved the harbour plan on Monday after a long debate.", "2025-03-03"),
    ("Mayor Ellen Vask opened the new ferry terminal on March 1.", "2025-03-01"),
    ("The ferry company will close the old pier on June 30, officials said.", "2025-06-30"),
)
PUBLISHED = "2025-03-04"


def article(line: str, place: str) -> tuple[str, int]:
    """The story with `line` set at `place`, and where the line starts in it.

    >>> text, start = article("Share this article", "foot")
    >>> text[start:]
    'Share this article\\n'
    """
    paragraphs = [sentence for sentence, _ in STORY]
    if place == "lead":
        text = f"{HEADLINE}\n\n{line}{paragraphs[0]}\n\n" + "\n\n".join(paragraphs[1:]) + "\n"
        return text, len(HEADLINE) + 2
    line = line.strip()
    at = {"head": 0, "between": 1 + len(line) % 2, "foot": len(paragraphs)}[place]
    paragraphs.insert(at, line)
    text = f"{HEADLINE}\n\n" + "\n\n".join(paragraphs) + "\n"
    return text, text.index(line, len(HEADLINE))


def covered(line: str, place: str) -> bool:
    """Whether the furniture readers cover the whole of `line` set at `place` in the story."""
    text, start = article(line, place)
    return any(f.start <= start and f.end >= start + len(line.strip()) for f in furniture(text))


def sentence_days(text: str) -> set[tuple[str, str]]:
    """Each row's sentence and day, for one invented document of `text` published `PUBLISHED`."""
    document = Document(id="a", text=text, title="Harbour news", published_given=PUBLISHED)
    rows = extract([document], workers=1, merge=False).table
    return {(row.sentence, str(row.date_start)[:10]) for row in rows.itertuples()}


def leaks(text: str, start: int, end: int, rows: pd.DataFrame | None) -> list[str]:
    """What the line at [start, end) of `text` costs the event table `rows` of that text:
    "row" if a row's date or (for a line of its own) a row's sentence comes from it, "actor"
    if an actor is named only in it, "story" if a story sentence lost its row or its day."""
    costs = []
    own_line = text[end : end + 1] in ("\n", "")
    rows = rows if rows is not None else pd.DataFrame(columns=_COLUMNS)
    for row in rows.itertuples():
        dated_here = pd.notna(row.date_text_start) and start <= row.date_text_start < end
        said_here = own_line and row.sentence_start < end and row.sentence_end > start
        if dated_here or said_here:
            costs.append("row")
            break
    line, rest = text[start:end].lower(), (text[:start] + text[end:]).lower()
    actors = {actor for row in rows.itertuples() for actor in row.actors}
    if any(actor.lower() in line and actor.lower() not in rest for actor in actors):
        costs.append("actor")
    for sentence, day in STORY:
        if not any(
            str(row.sentence).startswith(sentence[:30]) and str(row.date_start)[:10] == day
            for row in rows.itertuples()
        ):
            costs.append("story")
            break
    return costs


_COLUMNS = ["sentence", "sentence_start", "sentence_end", "date_text_start", "date_start"]
_COLUMNS += ["actors"]
