"""A dated document read as far as the models: its story, expressions, sentences, event
sentences, and the text the NER model must read. None of it needs spaCy, so the command's
own process can read documents this far while its workers start (`timeline.pipeline`), and
a worker takes them from there.

    >>> read = prepare(Document(id="a", text="Blinken spoke on Monday, October 23rd, 2023."))
    >>> [timex.text for timex in read.timexes], len(read.candidates)
    (['Monday, October 23rd, 2023'], 1)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.documents import Document
from timeline.events import ANAPHORA_WINDOW, EventSentence, has_anaphor
from timeline.events.dates import news_date
from timeline.events.selection import document_event_sentences
from timeline.furniture import blank
from timeline.furniture.story import without_story_furniture
from timeline.sentences import Sentence, split_sentences
from timeline.temporal import Timex, tag
from timeline.temporal.live_entries import entry_days
from timeline.temporal.section_days import section_days

#: The opening sentences the NER model always reads, for the full names articles give there
#: (a text written as one long paragraph is not read whole for them).
OPENING_SENTENCES = 6


@dataclass(frozen=True, slots=True)
class Prepared:
    """A dated document read up to the models (`prepare`)."""

    #: the document as dated
    document: Document
    #: the document's story: datelines, bylines, credits and captions blanked (offsets kept)
    story: Document
    timexes: list[Timex]
    sentences: list[Sentence]
    candidates: list[EventSentence]
    #: the story with everything but the sentences the NER model must read blanked
    focused: str
    #: the dating's warnings, when the document was dated with its reading
    warnings: tuple[str, ...] = ()


def prepare(document: Document) -> Prepared:
    """Read a dated document up to the models. The stages read the story: datelines,
    bylines, credits and captions are blanked (offsets kept), so they give no event, no actor
    and no date to inherit."""
    story = replace(document, text=without_story_furniture(document.text))
    # a live page's entries, each under its stamp (blanked as furniture, its day still read),
    # and the sections of a text with more than one date line, each under its own
    published = news_date(story)
    entries = sorted(
        {*entry_days(document.text, published), *section_days(document.text, published, story.text)}
    )
    timexes = tag(story.text, story.published, entries=entries)
    sentences = split_sentences(story.text)
    candidates = document_event_sentences(story, sentences, timexes, entries)
    position = {s.start: n for n, s in enumerate(sentences)}
    numbers = [position[c.sentence.start] for c in candidates]
    focused = masked(story.text, ner_regions(sentences, numbers, timexes))
    return Prepared(document, story, timexes, sentences, candidates, focused)


def ner_regions(
    sentences: Sequence[Sentence], candidates: Sequence[int], timexes: Sequence[Timex] = ()
) -> list[Sentence]:
    """The sentences the NER model must read: the event sentences, the sentences before one
    that says "he" or "the pair" (where they find their antecedents), and the opening (the
    paragraphs of the first three sentences, at most `OPENING_SENTENCES`: where articles give
    full names). The others cannot change an event's actors. A line that is only a date
    ("April 29, 2024" over the first paragraph) names no one, and the model, reading it
    before the lead, takes the lead's first name into the date: it is left out.

    >>> sentences = split_sentences("May 07, 2009\\n\\nPortland Harbor FC won.")
    >>> [s.text for s in ner_regions(sentences, [1], tag("May 07, 2009", None))]
    ['Portland Harbor FC won.']
    """
    keep = set()
    for number in candidates:
        keep.add(number)
        if number and has_anaphor(sentences[number].text):
            keep.update(range(max(0, number - ANAPHORA_WINDOW), number))
    first_paragraphs = {s.paragraph for s in sentences[:3]}
    keep.update(
        n for n, s in enumerate(sentences[:OPENING_SENTENCES]) if s.paragraph in first_paragraphs
    )
    dates = {(timex.start, timex.end) for timex in timexes}
    return [
        sentences[n]
        for n in sorted(keep)
        if (sentences[n].start, sentences[n].start + len(sentences[n].text.rstrip(" .")))
        not in dates
    ]


def masked(text: str, regions: Sequence[Sentence]) -> str:
    """`text` with everything outside `regions` blanked out, offsets unchanged.

    >>> masked("One. Two. Three.", [Sentence(5, 9, "Two.", 0)])
    '     Two.       '
    """
    pieces: list[str] = []
    position = 0
    for region in regions:
        pieces.append(blank(text[position : region.start]))
        pieces.append(text[region.start : region.end])
        position = region.end
    pieces.append(blank(text[position:]))
    return "".join(pieces)
