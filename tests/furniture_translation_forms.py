"""Furniture lines of the kinds stop 41 added (`tests/furniture_forms.py` holds them in `FORMS`):
a translation's credit in its participle or its plural ("Translated from the German.",
"Translations by the Tarrow desk.") with the desk's notes on the text after it on its line.
Composed from their parts (`tests/furniture_parts.py`); every part invented (a correction's note
with its clock, a foot's line, is among the own variants of `tests/test_furniture_desk_notes.py`).

    >>> from hypothesis import find
    >>> find(translation_line(), lambda line: line.startswith("Transl")).startswith("Transl")
    True
"""

from __future__ import annotations

from hypothesis import strategies as st

from .furniture_parts import _MONTHS, _PLACE_WORDS, _first, _last, _year

__all__ = ["translation_line"]

_LANGUAGES = ["the German", "the Spanish", "Portuguese", "the Greek", "Finnish"]
_PAPERS = ["El Faro", "Quay Bote", "Il Molo", "Kaiblatt", "Gazeta Portowa"]
_EDITIONS = ["evening", "morning", "independent", "weekly"]
_DESK_NOTES = [
    "Headings are the desk's own.",
    "Dates are given as the papers print them.",
    "Abridged; words in square brackets are the translator's.",
    "Unofficial translations, for internal use only.",
    "Summary translation; passages left out are marked by dots.",
    "The paper dates its reports by the day of writing; the translator has kept its usage.",
]


@st.composite
def translation_line(draw: st.DrawFn) -> str:
    """A translation's credit, with a desk's note after it on its line or without."""
    place, paper = draw(st.sampled_from(_PLACE_WORDS)), draw(st.sampled_from(_PAPERS))
    day, month, year = draw(st.integers(10, 28)), draw(st.sampled_from(_MONTHS)), draw(_year)
    note = draw(st.sampled_from(_DESK_NOTES))
    name = f"{draw(_first)[0]}. {draw(_last)}"
    forms = [
        f"Translated from {draw(st.sampled_from(_LANGUAGES))}. {note}",
        f"Translations by the {place} desk. {note}",
        f"Summaries and translations by our {place} office.",
        f"Translated by {name}. {note}",
        f'Translated from "{paper}" ({place}, {draw(st.sampled_from(_EDITIONS))}), {day} '
        f"{month}, front page. {note}",
        f"Translated for this column by {name} from {paper} ({place}), issue of {day} {month} "
        f"{year}.",
    ]
    return draw(st.sampled_from(forms))
