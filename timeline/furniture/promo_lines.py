"""Promotional lines: a page's call to its reader or its note on the edition ("Subscribe to
...", "Download the ... app ...", "A version of this article appears in print ...", "Listen to
this article": `data/promo_openings.txt`), and a line pointing to other content under its label
("Read more: ...", "Related: Fares rise — 2 March 2019"), a page's own marker ("ADVERTISEMENT"),
a sign-up line. None names an outlet; their words are in `timeline/data/`.

    >>> is_promo_line("Read more: Oil prices climb"), is_promo_line("Oil prices climb.")
    (True, False)
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import (
    HEADING_WORDS,
    alternatives,
    is_pull_quote,
    is_section_label,
)
from timeline.wordlists import word_list

__all__ = ["is_labelled_pointer", "is_promo_line", "is_promo_opening"]


@cache
def _promo_opening() -> re.Pattern[str]:
    # a mark of emphasis, a bracket or a dash may stand before it: "*This story first ...*";
    # or a short call of its own and a colon or a stop, "Support local journalism: subscribe
    # to ...", "Support local journalism. Subscribe to ..." (not a sentence's subject: "The
    # message was clear: subscribe ...")
    openings = alternatives(word_list("promo_openings.txt"))
    openers = alternatives(word_list("function_words.txt"))
    call = rf"(?!(?:{openers})\b)[A-Z][\w'’-]*(?:\s+[\w'’&-]+){{0,{HEADING_WORDS - 3}}}[:.]\s+"
    # a footnote's mark and a space too, "* This article was updated ..." (stop 36)
    return re.compile(rf"(?:[*_(\[]|\*[ \t]|[-–—]\s*)?(?:{call})?(?i:{openings})\b")


def is_promo_opening(line: str) -> bool:
    """A page's call to its reader or its note on the edition: "Subscribe to ...", "Download
    the ... app ...", "A version of this article appears in print ...", "This article appears
    in the March 2011 issue of ...", "Listen to this article".

    >>> is_promo_opening("A version of this story first appeared in the Gazette on 3 May.")
    True
    >>> is_promo_opening("A version of the bill passed the Senate on Tuesday.")
    False
    """
    return _promo_opening().match(line) is not None


@cache
def _promo_patterns() -> tuple[re.Pattern[str], ...]:
    """A labelled pointer ("Read more: ..."), a page's own marker ("ADVERTISEMENT"), a
    newsletter's sign-up line."""
    labels = alternatives(word_list("promo_labels.txt"))
    markers = alternatives(word_list("promo_lines.txt"))
    kinds = alternatives(word_list("content_kinds.txt"))
    pointers = alternatives(word_list("language_pointers.txt"))
    return (
        # after its label a colon or a bar, the label's subject between: "More on this story:",
        # "More from Health:", "READ | ..."
        # or a kind of content: "RELATED NEWS:", "More long reads:"
        re.compile(
            # the label in the page's own language before it too: "LEIA TAMBÉM / READ MORE: ..."
            rf"(?:[^\W\d_][^\n:/|]{{0,30}}\s/\s)?"
            rf"(?i:{labels})(?:\s+(?:on|from)\s+[^\n:|]{{1,40}}|\s+(?i:{kinds}))?"
            # its day in brackets or after a comma: "Correction (June 14): ...", "Correction,
            # March 5, 2019: ..."
            r"(?:\s*\([^()\n]{1,24}\)|(?:,\s*[^\W\d_]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?"
            r"|,\s*\d{1,2}\s+[^\W\d_]{3,9}\.?(?:,?\s*\d{4})?)"
            # and its clock (stop 41): "Correction, 22 September 2023, 4.10pm: ..."
            r"(?:,?\s*\d{1,2}[.:]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?)?"
            # or a middle dot, as a mail's advertisement sets its label: "SPONSORED · ..."
            r"(?:\s*[:|]|\s+·)\s*\S[^\n]*"
        ),
        # a pointer to the story in another language: "Lire en français : ...", "Read this in
        # Spanish: ..." (`data/language_pointers.txt`, then the language's name)
        re.compile(rf"(?i:{pointers})\s+[^\W\d_]+\s*:\s*\S[^\n]*"),
        re.compile(rf"(?i:{markers})"),
        re.compile(r"(?:Sign up|Subscribe)\b[^\n]*\b(?:newsletter|inbox)\b[^\n]*"),
        # "Follow The Daily Meridian on WhatsApp for the latest news": a call to follow a page;
        # "Like us on Facebook: Tarrow Post Readers"; "Connect with us on LinkedIn", "Join the
        # conversation on Facebook" (stop 34)
        re.compile(
            r"(?:Follow\s+(?:us|[A-Z][^\n:]{0,60}?)|(?:Like|Find|Join|Connect\s+with|Chat\s+with)"
            r"\s+us|Join\s+the\s+(?:conversation|discussion))\s+on\s+[A-Z][\w.]*\b"
            r"[^\n]{0,80}"
        ),
        # "Get the morning news on WhatsApp: text JOIN to 555 0100": a call to take the news
        # on a channel
        re.compile(
            r"(?:Get|Receive)\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,4}(?:news|headlines|updates|alerts)"
            r"\s+(?:on|via|by)\s+[A-Z][\w.]*\b(?:\s*[:.]\s*[^\n]{0,80}|\s+(?:for|to|and|every)\b[^\n]{0,80})?"
        ),
        # "Next week in Harbour Notes: ...", "Tomorrow on Evening Report: ...": the column's or
        # the programme's next subject; without the programme's name, any subject but the
        # writers' own plan ("Next week: the pilots who ...", "Tomorrow: The Courier visits
        # the mill." are the page's; "Next week: we sail to ..." is the story's; stop 47)
        re.compile(
            # or the day it comes, "Next Sunday: what the harvest means for prices" (stop 36)
            r"(?:Coming\s+)?(?:(?i:next)\s+(?:week|time|episode|issue|month|"
            r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|Tomorrow|Coming\s+up|Upcoming)"
            r"(?:\s+(?:in|on)\s+[^\n:|]{1,40}:\s*\S[^\n]*"
            r"|\s*:\s*(?!(?i:we|I|you)\b)[\"“‘A-Za-z0-9][^\n]*)"
        ),
        # "More cricket: Final moved to the park": more of a topic, a headline after it (no stop)
        re.compile(
            r"More\s+[A-Za-z][\w&'’-]*(?:\s+[a-z][\w'’-]*)?\s*:\s+[\"“‘A-Z0-9][^\n]*(?<![.!?])"
        ),
        # "Letters to the Editor may be left at the office.": where the reader's letters go
        re.compile(
            r"(?:Letters|Contributions)(?:\s+to\s+the\s+(?i:editor))?\s+(?:may|should|can)\s+be\s+"
            r"(?:left|sent|addressed|posted|handed\s+in|e-?mailed)\b[^\n]{0,120}"
        ),
        # "Subscription £4 4s. per annum, post free. Apply to ...": the price of the paper
        re.compile(
            r"(?i:annual\s+)?(?i:subscriptions?)\b[^\n]{0,40}?\d[^\n]{0,30}?"
            r"\bper\s+(?:annum|year|month|quarter|week|issue|copy)\b[^\n]{0,160}"
        ),
        # "» Ferry fares to rise in June": a pointer to another story
        re.compile(r"[»›→▶►▸←◀]\s*[\"“‘'A-Z0-9][^\n]{0,120}"),
        # "Full results: Tarrow 10K 2014 (PDF)": a link to a document
        re.compile(r"[^\n]{1,120}[(\[](?:PDF|DOCX?|XLSX?|CSV|PPTX?)(?:,\s*[\d.]+\s*[KMG]B)?[)\]]"),
        # "How to check: Enter your ticket number on ...": the reader's instructions
        re.compile(r"How\s+to\s+[a-z]+(?:\s+[\w'’-]+){0,3}\s*:\s+[A-Z][^\n]*"),
        # "Get the Courier Sports app for live scores.": a call to take the page's app
        re.compile(
            r"(?:Get|Download|Install|Try)\s+(?:the|our)\s+(?:[A-Z][\w&'’.-]*\s+){1,5}app\b"
            r"(?:\s+(?:for|to|on|and|with|from)\b[^\n]{0,100})?"
            # "Watch every match on the Tarrow Post app.": a call to watch or hear it there
            r"|(?:Watch|Listen\s+to|Stream|Catch|Follow|Read)\s[^\n]{0,80}?\s(?:on|in|via|with)\s+"
            r"(?:the|our)\s+(?:[A-Z][\w&'’.-]*\s+){1,5}app\b[^\n]{0,60}"
        ),
    )


def is_labelled_pointer(line: str) -> bool:
    """A line pointing to other content under its label ("Related: Fares rise — 2 March 2019",
    "Correction (June 14): ..."): a day on it is the other story's or the correction's, never
    the day this page was published.

    >>> is_labelled_pointer("Related: Fares rise — March 2, 2019")
    True
    >>> is_labelled_pointer("Correction, March 5, 2019: An earlier version misstated the vote.")
    True
    >>> is_labelled_pointer("Correction, 5 March 2019, 4.10pm: An earlier version erred.")
    True
    >>> is_labelled_pointer("Published: March 2, 2019"), is_labelled_pointer("BUSINESS | March 2")
    (False, False)
    """
    return _promo_patterns()[0].fullmatch(line.strip()) is not None


def is_promo_line(line: str) -> bool:
    """A line pointing to other content or calling to the reader: "Read more: ...",
    "ADVERTISEMENT", a sign-up line, a section label, a pull quote.

    >>> is_promo_line("Read more: Oil prices climb"), is_promo_line("Read the report.")
    (True, False)
    """
    return (
        any(pattern.fullmatch(line) for pattern in _promo_patterns())
        or is_promo_opening(line)
        or is_section_label(line)
        or is_pull_quote(line)
    )
