"""The lines a desk sets around a story it translated, rewrote or reviewed, not the story: who
translated or rewrote it ("Translation of a report by Jo Lee (Lima desk)", "This article was
rewritten in English from Spanish-language reports by the Wire's English service."), the
translator's note in brackets, the desk that signs the page ("Harbour Wire international news
desk"), a review's box line with its venue and its run ("At the Quay Theatre, Tarrow, until 14
September."). Read by `timeline.furniture` in its table of rules (`DESK_RULES`); each rule is
one unit with its examples, none names an outlet (stop 34).

    >>> is_translation_credit("Translation of a report by Jo Lee (Lima desk)")
    True
    >>> is_translation_credit("The translation of the treaty was published on Monday.")
    False
"""

from __future__ import annotations

import re

from timeline.furniture.kinds import FurnitureKind, LineRule
from timeline.furniture.line_shape import shape_cues

__all__ = [
    "DESK_RULES",
    "is_desk_signature",
    "is_review_box",
    "is_translation_credit",
    "is_translator_note",
    "translator_notes",
]

#: A language as a credit names it: "French", "the German", "Japanese-language".
_LANGUAGE = r"(?:the\s+)?[A-Z][a-z]+(?:-language)?"
#: What a desk rewrites or translates from: "reports", "copy", "dispatches".
_SOURCE_WORDS = r"(?:reports?|copy|dispatch(?:es)?|stories|story|articles?|wires?|material|text)"
#: A verb of the desk's rewriting.
_REWRITTEN = r"(?:rewritten|adapted|translated|condensed|abridged|summari[sz]ed)"
#: Who did it: a name, a desk, a service, after "by" ("our Riga office", stop 41).
_DOER = r"(?:the\s+|our\s+)?[A-Z][^\n]{1,160}"

_TRANSLATION_CREDIT = re.compile(
    # "Translation of a report by Jo Lee (Lima desk)", "English translation: Jo Lee",
    # "Translation by the London desk"; several, beside the desk's other work (stop 41):
    # "Translations by the Bonn desk.", "Summaries and translations by our Riga office."
    r"(?:(?:English\s+|(?:Summar(?:y|ies)|Notes)\s+and\s+)?[Tt]ranslations?(?:\s+of\s+(?:an?|the)\s+[a-z]+(?:\s+[a-z]+)?)?"
    rf"\s+by\s+{_DOER}|(?:English\s+)?[Tt]ranslation\s*:\s*[A-Z][^\n.!?]{{1,80}}"
    # "Adapted from Spanish-language reports by the Lima bureau", "Rewritten in English from
    # Japanese-language copy of the Wire"
    rf"|(?:Adapted|Rewritten|Translated|Condensed|Abridged)(?:\s+in\s+English)?\s+from\s+"
    rf"(?:{_LANGUAGE}\s+)?{_SOURCE_WORDS}\s+(?:by|of|from)\s+{_DOER}"
    # "This article was rewritten in English from Japanese-language reports by the Wire's
    # English service." (the page on its own making; "This plant was rebuilt by ..." is none)
    rf"|This\s+(?:article|story|report|dispatch|item|piece)\s+(?:has\s+been|was|is)\s+"
    rf"{_REWRITTEN}\b[^\n]{{0,120}}?\s+by\s+{_DOER})"
    # the editor's credit may follow it on its line: "... service. Editing by Jo Lee"
    r"(?:\.\s+(?:[Ee]dit(?:ing|ed)\s+by|[Ee]ditor\s*:)\s+[A-Z][^\n]{0,80})?\.?"
)


#: A credit opened by its participle, who or whence after it (stop 41): "Translated from the
#: German.", "Translated by the Information Section.", "Translated for this column by Jo Lee from
#: El Faro (Tarrow), issue of 9 VI 2004.", 'Translated from "El Faro" (Tarrow), 18 March, p. 1.'
#: (a source in quotes, or a language alone).
_TRANSLATED_FROM = re.compile(
    r"Translated(?:\s+for\s+(?:this|the|our)\s+[a-z]+)?\s+"
    rf"(?P<whence>(?:by|from)\s+(?:{_LANGUAGE}\b|[\"“][^\"”\n]{{1,60}}[\"”]|(?:the\s+|our\s+)?[A-Z])"
    r"[^\n]{0,160})"
)


def is_translation_credit(line: str) -> bool:
    """A credit naming who translated or rewrote the story, and from what.

    >>> is_translation_credit("Adapted from Spanish-language reports by the Lima bureau")
    True
    >>> is_translation_credit("This story was translated from Portuguese by Ana Ruiz.")
    True
    >>> is_translation_credit("This bridge was adapted by the council for buses in 1990.")
    False
    >>> is_translation_credit("Translated from the German.")
    True
    >>> is_translation_credit("Translated by Jo Lee in 1920, the novel sold a million copies.")
    False
    """
    if _TRANSLATION_CREDIT.fullmatch(line) is not None:
        return True
    # "Translated by Jo Lee in 1920, the novel sold a million copies." is the story's: the
    # participle's credit has no finite verb after it
    found = _TRANSLATED_FROM.fullmatch(line)
    return found is not None and "no verb" in shape_cues(found["whence"])


#: A translator's note, bracketed or not: "(Translator's note: ...)", "[Note from the
#: translator: ...]", "(Trans. note: ...)"; or a note in brackets that opens with the story's
#: translation, whatever notes follow it inside: "(Translated from German. Amounts in DM.)".
_TRANSLATOR_NOTE = re.compile(
    r"(?P<open>[(\[])?\s*(?:(?:[Tt]ranslator['’]?s?|[Tt]rans\.|[Tt]r\.)\s+[Nn]ote|[Nn]ote\s+from\s+the\s+"
    r"translator|T\.\s?N\.)\s*:\s*[^\n]{2,400}"
    r"|(?P<bracket>[(\[])\s*(?:Translated|Adapted|Rewritten)\s+from\s+(?:the\s+)?[A-Z][a-z]+"
    r"(?:-language)?\b[^\n()\[\]]{0,300}[)\]]"
)


def is_translator_note(line: str) -> bool:
    """A translator's note on the words of the story, or a bracketed note on its translation;
    a bracket opened is closed at the line's end.

    >>> is_translator_note('(Translator\\'s note: "quay" renders the Dutch "kade".)')
    True
    >>> is_translator_note("(Translated from Portuguese. Figures in reais.)")
    True
    >>> is_translator_note("[Tr. note: the fee was cut from 180 to 120 lire on 2 January.]")
    True
    >>> is_translator_note("The translator noted on Monday that the deal was signed.")
    False
    """
    found = _TRANSLATOR_NOTE.fullmatch(line)
    if found is None:
        return False
    opened = found["open"]
    return opened is None or line.rstrip(".").endswith(")" if opened == "(" else "]")


#: A note in brackets after a sentence's stop, to the line's end or before the next sentence.
_NOTE_AFTER_A_SENTENCE = re.compile(r"(?<=[.!?]\s)[(\[][^()\[\]\n]{2,400}[)\]](?=\s*$|\s+[A-Z])")


def translator_notes(line: str) -> list[tuple[int, int]]:
    """Where the translator's notes inside a paragraph of the story start and end: a note
    (`is_translator_note`) in brackets after one of its sentences (stop 41). Its day is the
    note's, no event of the story.

    >>> line = "The bonus was cut in January. [Tr. note: from 180 to 120 lire on 2 January.]"
    >>> [line[start:end] for start, end in translator_notes(line)]
    ['[Tr. note: from 180 to 120 lire on 2 January.]']
    >>> translator_notes("The bonus was cut. [The union] said it would strike.")
    []
    """
    if "note" not in line.lower():
        return []
    return [
        note.span()
        for note in _NOTE_AFTER_A_SENTENCE.finditer(line)
        if is_translator_note(note.group())
    ]


#: The desk that signs a page, a few names and its kind: "Harbour Wire international news desk",
#: "The Tarrow Post City Desk", "Quay Times newsroom" (no verb, no stop).
_DESK_SIGNATURE = re.compile(
    r"(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}"
    r"(?:\s+(?i:news|foreign|international|world|national|city|metro|business|financial|sports?"
    r"|night|online|digital|web|overseas|picture|English|regional))?"
    r"\s+(?i:desk|news\s*desk|newsroom)"
)


def is_desk_signature(line: str) -> bool:
    """A line that is only the name of the desk that put the page out.

    >>> is_desk_signature("Harbour Wire international news desk")
    True
    >>> is_desk_signature("Tarrow Post City Desk"), is_desk_signature("He cleared his desk")
    (True, False)
    """
    return _DESK_SIGNATURE.fullmatch(line) is not None


#: A date of a review's run: "14 September", "Sept. 14", "14 Sept 2019".
_RUN_DAY = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]{2,8})\.?|(?:[A-Z][a-z]{2,8})\.?\s+"
    r"\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?"
)
#: A venue and its place: "the Quay Theatre, Tarrow", "the Lyric, north Leith".
_VENUE = r"(?:the\s+)?[A-Z][^\n,.;:!?]{1,50}(?:,\s+[^\n,.;:!?]{1,40}){0,2}"
#: The practical fields a box line may end with: "Box office: 020 ...", "Tickets: £20".
_BOX_FIELDS = (
    r"(?:[.;]\s+(?i:box\s+office|tickets|booking|bookings|information|running\s+time)\s*:?\s+"
    r"[^\n]{1,100})?"
)
#: A review's box line, no verb: "At the Quay Theatre, Tarrow, until 14 September.", "Until 3
#: June at the Lyric, Leith. Box office: 0131 555 0100", "At the Quay Gallery to Sept. 14.".
_REVIEW_BOX = re.compile(
    rf"(?:At\s+{_VENUE},?\s+(?:until|till|to|through|thru)\s+{_RUN_DAY}"
    rf"|(?:Until|Till|Through|Thru)\s+{_RUN_DAY},?\s+at\s+{_VENUE})\.?{_BOX_FIELDS}\.?"
)


def is_review_box(line: str) -> bool:
    """A review's box line: where the show is on and until when, no sentence (the run's end is
    the show's, not the story's event).

    >>> is_review_box("At the Quay Theatre, Tarrow, until 14 September.")
    True
    >>> is_review_box("At the Quay Theatre, the cast rehearsed until 14 September.")
    False
    """
    found = _REVIEW_BOX.fullmatch(line)
    if found is None:
        return False
    box = re.split(r"[.;]\s+(?=[A-Z])", line, maxsplit=1)[0]
    return "no verb" in shape_cues(box)


DESK_RULES: tuple[LineRule, ...] = (
    LineRule(
        "translation credit",
        FurnitureKind.CREDIT,
        is_translation_credit,
        (
            "Translation of a report by Dr. Ana Ruiz (Lima desk)",
            "English translation: Jo Lee",
            "Adapted from Spanish-language reports by the Tarrow Wire's Lima bureau",
            "This article was rewritten in English from Dutch-language reports by the Quay "
            "Press English service. Editing by Jo Lee",
            "This dispatch has been condensed from Portuguese copy by the Harbour desk.",
        ),
    ),
    LineRule(
        "translator's note",
        FurnitureKind.CREDIT,
        is_translator_note,
        (
            '(Translator\'s note: "quay" renders the Dutch "kade", the inner harbour.)',
            '[Note from the translator: the minister used the word "plicht".]',
            "(Translated from Portuguese. Figures in reais; 1 real = 0.20 euros today.)",
        ),
    ),
    LineRule(
        "desk signature",
        FurnitureKind.BYLINE,
        is_desk_signature,
        ("Harbour Wire international news desk", "The Tarrow Post City Desk", "Quay newsroom"),
    ),
    LineRule(
        "review box",
        FurnitureKind.PROMO,
        is_review_box,
        (
            "At the Quay Theatre, north Tarrow, until 14 September.",
            "Until 3 June at the Lyric, Leith. Box office: 0131 555 0100",
            "At the Harbour Gallery, Tarrow, to Sept. 14, 2019; tickets £12.",
        ),
    ),
)
