"""Boilerplate: the parts of a press release or a page that every release or page of its kind
has, not the story. Read by `timeline.furniture`, which holds the rules and their examples;
none names an outlet, a company or a person.

- the legal paragraph of a release and its heading ("Forward-Looking Statements", "This press
  release contains forward-looking statements within the meaning of ..."): a paragraph that
  holds a phrase of `data/boilerplate_phrases.txt`;
- the heading over a release's company profile ("About Hollin Tools") and the wire's
  "SOURCE Hollin Tools Inc." line at its foot;
- a page's call to its reader or its note on the edition ("Subscribe to ...", "Download the
  ... app ...", "A version of this article appears in print ...", "This article appears in
  the March 2011 issue of ...", "Listen to this article"): `data/promo_openings.txt`;
- a section label in capitals ("OPINION | CITY & STATE");
- a pull quote: a line that is only a quotation, with no one named as saying it.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.wordlists import word_list

__all__ = [
    "boilerplate_paragraphs",
    "is_about_heading",
    "is_promo_opening",
    "is_pull_quote",
    "is_section_label",
    "is_source_line",
]

#: A capital letter, with the accented capitals.
_UP = "A-ZÀ-ÖØ-Þ"
#: The most words a heading, a label or a source line may have.
HEADING_WORDS = 8
#: The longest paragraph of boilerplate: the legal paragraph of a release is a few sentences.
BOILERPLATE_CHARS = 1500


def _first_sentence_end(paragraph: str) -> int:
    """Where the paragraph's first sentence ends: the boilerplate names its subject there
    ("This press release contains forward-looking statements ...")."""
    end = re.search(r"[.!?](?:\s|$)", paragraph)
    return end.start() if end is not None else len(paragraph)


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


@cache
def _boilerplate_phrase() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_alternatives(word_list('boilerplate_phrases.txt'))})\b")


@cache
def _promo_opening() -> re.Pattern[str]:
    # a mark of emphasis or a bracket may stand before it: "*This story first appeared ...*"
    return re.compile(rf"[*_(\[]?(?i:{_alternatives(word_list('promo_openings.txt'))})\b")


def boilerplate_paragraphs(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each paragraph (a block between blank lines) that holds a phrase of
    a release's legal boilerplate.

    >>> text = "Sales rose.\\n\\nThis release contains forward-looking statements. Risks vary."
    >>> [text[s:e] for s, e in boilerplate_paragraphs(text)]
    ['This release contains forward-looking statements. Risks vary.']
    """
    found = []
    for match in re.finditer(r"\S(?:[^\n]|\n(?![ \t]*\n))*", text):
        paragraph = match.group()
        if len(paragraph) > BOILERPLATE_CHARS:
            continue  # a story's paragraph that mentions the law in passing
        phrase = _boilerplate_phrase().search(paragraph)
        if phrase is not None and _first_sentence_end(paragraph) >= phrase.start():
            found.append((match.start(), match.start() + len(match.group().rstrip())))
    return found


def _short_name(words: str) -> bool:
    tokens = words.split()
    return 0 < len(tokens) <= HEADING_WORDS and all(
        token[0].isupper() or token[0].isdigit() or token in ("&", "and", "of", "the")
        for token in tokens
    )


def is_about_heading(line: str) -> bool:
    """The heading over a company's profile: "About Hollin Tools", "About Brenner Bau GmbH"."""
    match = re.fullmatch(r"About\s+(?P<name>[^\n]{2,80})", line)
    return match is not None and not line.endswith(".") and _short_name(match["name"])


def is_source_line(line: str) -> bool:
    """A release wire's line naming who issued it: "SOURCE Hollin Tools Inc."."""
    match = re.fullmatch(r"SOURCE\s+(?P<name>[^\n:]{2,80})", line)
    return match is not None and _short_name(match["name"])


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


_SECTION_PART = rf"[{_UP}&][{_UP}&'’]*(?:\s+[{_UP}&][{_UP}&'’]*){{0,3}}"
_SECTION_LABEL = re.compile(rf"{_SECTION_PART}(?:\s*[|•/]\s*{_SECTION_PART})+")


def is_section_label(line: str) -> bool:
    """A section label in capitals, its parts set apart by bars: "OPINION | CITY & STATE"."""
    return _SECTION_LABEL.fullmatch(line) is not None


_PULL_QUOTE = re.compile(r"[\"“](?P<quote>[^\"“”\n]{12,250})[\"”]")


def is_pull_quote(line: str) -> bool:
    """A line that is only a quotation, no one named as saying it: a pull quote repeated in
    large type ('"A loaf is the cheapest gift there is."'); '"We will appeal," she said.' is
    the story's."""
    match = _PULL_QUOTE.fullmatch(line)
    return match is not None and match["quote"].rstrip()[-1:] in ".!?"
