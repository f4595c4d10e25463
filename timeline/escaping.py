"""Article text made safe to show: escaped for Plotly's hover and labels (HTML, `escaped`),
made inert for Streamlit's markdown (`safe_text`), and an event's paragraph as safe HTML with
its sentence, date and actors marked (`source_paragraph`). Article text is untrusted:
everything is escaped, only our own tags are added.

    >>> safe_text("<b>GM</b> [x](y)")
    '&#60;b&#62;GM&#60;/b&#62; &#91;x&#93;&#40;y&#41;'
"""

from __future__ import annotations

import html

import pandas as pd

__all__ = ["escaped", "safe_text", "source_paragraph"]


def escaped(series: pd.Series) -> pd.Series:
    """Each text made safe in Plotly's hover and labels (they are HTML), escaped once per
    distinct value; missing values become "".

    >>> escaped(pd.Series(["<b>GM</b>", None])).tolist()
    ['&lt;b&gt;GM&lt;/b&gt;', '']
    """
    text = series.fillna("").astype(str)
    return text.map({value: html.escape(value) for value in text.unique()})  # once per value


#: Every character HTML or markdown (or LaTeX) would read as markup, as a character reference.
#: One table, applied in one pass: escaping HTML first and markdown after would escape the
#: "#" of "&#x27;" again, and a reader would see "Jobs&#x27; death".
_INERT = str.maketrans(
    {"&": "&amp;", '"': "&quot;", "'": "&#39;"} | {c: f"&#{ord(c)};" for c in "[]()*_`~#$<>|\\!{}"}
)


def safe_text(text: str) -> str:
    """Untrusted text made inert for `st.markdown` (with or without HTML): every character
    HTML or markdown would read as markup written as a character reference.

    >>> safe_text("[x](javascript:alert(1)) <b>")
    '&#91;x&#93;&#40;javascript:alert&#40;1&#41;&#41; &#60;b&#62;'
    >>> safe_text("Jobs' death & <i>")
    'Jobs&#39; death &amp; &#60;i&#62;'
    """
    return text.translate(_INERT)


def _marks(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Escape `text` and wrap the non-overlapping `spans` (start, end, css class) in <mark>."""
    pieces: list[str] = []
    position = 0
    for start, end, css in sorted(spans):
        if start < position or end <= start:
            continue
        pieces.append(safe_text(text[position:start]))
        pieces.append(f'<mark class="{css}">{safe_text(text[start:end])}</mark>')
        position = end
    pieces.append(safe_text(text[position:]))
    return "".join(pieces)


def source_paragraph(text: str, event: pd.Series) -> str:
    """The event's paragraph as safe HTML: the sentence in bold, its date and actors marked.

    Article text is untrusted: everything is escaped, only our own tags are added.

    >>> source_paragraph("A <b>x</b>. Blinken spoke on Monday.", row)  # doctest: +SKIP
    'A &lt;b&gt;x&lt;/b&gt;. <strong>...'
    """
    sentence_start = int(event["sentence_start"])
    sentence_end = int(event["sentence_end"])
    start = text.rfind("\n\n", 0, sentence_start)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", sentence_end)
    end = len(text) if end < 0 else end
    paragraph = text[start:end]
    spans: list[tuple[int, int, str]] = []
    date_start = event.get("date_text_start")
    date_end = event.get("date_text_end")
    if (
        date_start is not None
        and date_end is not None
        and not pd.isna(date_start)
        and start <= int(date_start) < end
    ):
        spans.append((int(date_start) - start, int(date_end) - start, "timeline-date"))
    for name in event["actors"]:
        for word in dict.fromkeys([name, name.split()[-1]]):
            if len(word) < 3:
                continue
            found = paragraph.find(word)
            while found >= 0:
                spans.append((found, found + len(word), "timeline-actor"))
                found = paragraph.find(word, found + len(word))
    first = sentence_start - start
    last = sentence_end - start
    kept = _drop_overlaps(spans)
    parts = []
    for lo, hi in ((0, first), (first, last), (last, len(paragraph))):
        inside = [(a - lo, b - lo, c) for a, b, c in kept if lo <= a and b <= hi]
        parts.append(_marks(paragraph[lo:hi], inside))
    return f"{parts[0]}<strong>{parts[1]}</strong>{parts[2]}"


def _drop_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept
