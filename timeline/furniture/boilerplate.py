"""Boilerplate: the parts of a press release or a page that every release or page of its kind
has, not the story. Read by `timeline.furniture`, which holds the rules and their examples;
none names an outlet, a company or a person.

- the legal paragraph of a release and its heading ("Forward-Looking Statements", "This press
  release contains forward-looking statements within the meaning of ..."): a paragraph that
  holds a phrase of `data/boilerplate_phrases.txt`;
- the heading over a release's company profile ("About Hollin Tools") and the wire's
  "SOURCE Hollin Tools Inc." line at its foot;
- a section label in capitals ("OPINION | CITY & STATE");
- a pull quote: a line that is only a quotation, in double or single quotes, with no one
  named as saying it.

A release's contact block is `timeline.furniture.contact_lines`; a page's calls to its reader
and its pointers to other content are `timeline.furniture.promo_lines`.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.vocabulary import corporate_suffix
from timeline.wordlists import letters_ahead, word_list

__all__ = [
    "alternatives",
    "boilerplate_paragraphs",
    "is_about_heading",
    "is_archive_field",
    "is_other_items_heading",
    "is_promo_heading",
    "is_pull_quote",
    "is_section_label",
    "is_share_row",
    "is_source_line",
    "is_summary_heading",
    "is_tag_line",
    "is_undated",
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


def alternatives(words: tuple[str, ...]) -> str:
    """A regular expression's alternatives for the phrases of a word list, longest first, any
    run of spaces between their words.

    >>> print(alternatives(("the hon.", "the honourable")))
    the\\s+honourable|the\\s+hon\\.
    """
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


@cache
def phrase_search(name: str) -> re.Pattern[str]:
    """The phrases of `data/<name>` as whole words, in any case (`alternatives`), tried only
    where a text has one of their first letters (`wordlists.letters_ahead`).

    >>> phrase_search("boilerplate_phrases.txt").search("Forward-looking  statements") is None
    False
    """
    phrases = word_list(name)
    return re.compile(rf"(?i)\b{letters_ahead(phrases)}(?:{alternatives(phrases)})\b")


def _boilerplate_phrase() -> re.Pattern[str]:
    return phrase_search("boilerplate_phrases.txt")


#: A paragraph: from a word on, its lines up to a blank line (a line at a time, not a
#: character at a time: the same paragraphs, found several times faster).
_PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")


def boilerplate_paragraphs(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each paragraph (a block between blank lines) that holds a phrase of
    a release's legal boilerplate.

    >>> text = "Sales rose.\\n\\nThis release contains forward-looking statements. Risks vary."
    >>> [text[s:e] for s, e in boilerplate_paragraphs(text)]
    ['This release contains forward-looking statements. Risks vary.']
    """
    found = []
    for match in _PARAGRAPH.finditer(text):
        paragraph = match.group()
        if len(paragraph) > BOILERPLATE_CHARS:
            continue  # a story's paragraph that mentions the law in passing
        phrase = _boilerplate_phrase().search(paragraph)
        if (
            phrase is not None and _first_sentence_end(paragraph) >= phrase.start()
        ) or is_inline_profile(paragraph.strip()):
            found.append((match.start(), match.start() + len(match.group().rstrip())))
    return found


#: A company's profile run on after its heading and a colon: "About Quay Energi ASA: an
#: independent oil and gas company ..." (stop 37).
_INLINE_PROFILE = re.compile(r"About\s+(?P<name>[^\n:]{2,80}):\s+\S[^\n]*")


def is_inline_profile(paragraph: str) -> bool:
    """A company's profile with its "About ..." heading on its line, before a colon, stating no
    date of its own (`is_undated`: a profile that dates an event is read as the story is).

    >>> is_inline_profile("About Quay Energi ASA: an oil company listed in Tarrow.")
    True
    >>> is_inline_profile("About Quay Energi ASA: founded in 1990, it listed in 2004.")
    False
    >>> is_inline_profile("About half of the staff: they will leave in May.")
    False
    """
    found = _INLINE_PROFILE.fullmatch(paragraph)
    return found is not None and _short_name(found["name"]) and is_undated(paragraph)


def _short_name(words: str) -> bool:
    tokens = words.split()
    return 0 < len(tokens) <= HEADING_WORDS and all(
        token[0].isupper() or token[0].isdigit() or token in ("&", "and", "of", "the")
        for token in tokens
    )


def is_about_heading(line: str) -> bool:
    """The heading over a company's profile: "About Hollin Tools", "About Brenner Bau GmbH"; its
    stop only the one of the name's corporate suffix, "About Hollin Tools Co." (stop 33).

    >>> is_about_heading("About Hollin Tools Co."), is_about_heading("About Hollin Tools Inc.")
    (True, True)
    >>> is_about_heading("About Hollin Tools."), is_about_heading("About Ten Percent.")
    (False, False)
    """
    match = re.fullmatch(r"About\s+(?P<name>[^\n]{2,80})", line)
    if match is None or not _short_name(match["name"]):
        return False
    return not line.endswith(".") or corporate_suffix().search(match["name"]) is not None


#: A sentence's own date: a year, or a month's name before or after a day's number.
_DATED = re.compile(
    r"\b(?:1[5-9]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b"
)


def is_undated(line: str) -> bool:
    """Whether `line` states no date of its own: a company's profile that tells only how it is
    ("Tarrow Tools is a maker of drills.") is furniture; one that dates an event ("It was
    founded in 1990.") is read as the story is.

    >>> is_undated("Hollin Tools makes drills. Visit hollin.example.")
    True
    >>> is_undated("Hollin Tools makes drills. It was founded in 1990.")
    False
    """
    return _DATED.search(line) is None


def is_source_line(line: str) -> bool:
    """A release wire's line naming who issued it: "SOURCE Hollin Tools Inc.", "Source: Harbour
    Newswire"."""
    match = re.fullmatch(r"(?:SOURCE|Source:)\s+(?P<name>[^\n:]{2,80})", line)
    return match is not None and _short_name(match["name"])


@cache
def _share_words() -> re.Pattern[str]:
    # a button, its count after it: "Comments (14)"
    return re.compile(rf"(?i:{alternatives(word_list('share_words.txt'))})(?:\s*\(\d+\))?")


@cache
def _share_on_site() -> re.Pattern[str]:
    # a button that ends in a preposition and the one site it names: "Share on X"
    prepositions = alternatives(word_list("prepositions.txt"))
    return re.compile(rf"(?P<button>.+\s(?i:{prepositions}))\s+[A-Z][\w.+-]{{0,14}}")


#: The most buttons of a share row.
SHARE_FIELDS = 10


def is_share_row(line: str) -> bool:
    """A page's share row: its buttons (`data/share_words.txt`) and the names of the sites to
    share on, one word each, set apart by bars, slashes, dots or a colon, or buttons alone set
    apart by spaces.

    >>> is_share_row("Copy link | Email | Forum | X"), is_share_row("Share / Save")
    (True, True)
    >>> is_share_row("Bookmark"), is_share_row("Save Our Harbour")
    (True, False)
    >>> is_share_row("Share on WhatsApp"), is_share_row("Share prices fell on Monday")
    (True, False)
    """
    buttons = _share_words()
    line = line.rstrip(":").rstrip()  # "Kindly share this story:"
    site = _share_on_site().fullmatch(line)
    if site is not None and buttons.fullmatch(site["button"]):
        return True  # "Share on WhatsApp", "Share via Email"
    fields = [field for field in re.split(r"\s*[|/·•:]\s*", line) if field]
    if len(fields) == 1:
        fields = line.split()
        if len(fields) > 1 and not all(buttons.fullmatch(field) for field in fields):
            fields = [line]  # "Copy link" is one button, "Save Our Harbour" a heading
    return (
        0 < len(fields) <= SHARE_FIELDS
        and any(buttons.fullmatch(field) for field in fields)
        and all(
            buttons.fullmatch(field) or re.fullmatch(r"[A-Z][\w.+-]{0,14}", field)
            for field in fields
        )
        and (len(fields) > 1 or buttons.fullmatch(line) is not None)
    )


@cache
def _tag_line() -> re.Pattern[str]:
    labels = alternatives(word_list("tag_labels.txt"))
    # a digest's subject lines: "Re: ANNOUNCE: Harbour Sans"
    subject = r"(?:(?:Re|Fwd?|[A-Z]{2,12})\s*:\s*)*"
    item = rf"{subject}[^\s,/·•|:;.!?][^\n,/·•|:;.!?]{{0,40}}"
    return re.compile(rf"(?i:{labels})\s*:\s*{item}(?:\s*[,/·•|;]\s*{item})*")


def is_tag_line(line: str) -> bool:
    """A page's line of tags: a label of `data/tag_labels.txt`, a colon, and short items set
    apart by commas, semicolons, slashes, bars or dots, no sentence.

    >>> is_tag_line("Related topics: Interest rates, Inflation, Housing")
    True
    >>> is_tag_line("Related Topics: Tarrow / local elections"), is_tag_line("Tags: wool")
    (True, True)
    >>> is_tag_line("Today's Topics: ANNOUNCE: Quay Sans / Re: ANNOUNCE: Quay Sans")
    True
    >>> is_tag_line("Tags: the council debated the budget for two hours on Monday.")
    False
    """
    match = _tag_line().fullmatch(line)
    return match is not None and all(
        len(item.split()) <= TAG_WORDS
        for item in re.split(r"[,/·•|;]", line.partition(":")[2])
        if item.strip()
    )


#: The most words of one tag: "local elections", "Tarrow County Council".
TAG_WORDS = 4


@cache
def _promo_heading() -> re.Pattern[str]:
    headings = alternatives(word_list("promo_headings.txt") + word_list("summary_headings.txt"))
    sites = alternatives(word_list("site_headings.txt"))
    return re.compile(
        rf"(?:(?i:{headings})(?:\s+from\s+[^\n]{{1,40}})?"
        # a section's other stories: "MORE IN POLITICS", "More in Business"
        r"|(?i:more\s+in)\s+[A-Z][^\n:.!?]{0,40}"
        # "ALSO ON WAVE:", "Elsewhere on Harbour Post": a site's name in capitals
        rf"|(?i:{sites})\s+[{_UP}0-9][\w&'’.-]*(?:\s+[{_UP}0-9][\w&'’.-]*){{0,3}})\s*:?"
    )


def is_promo_heading(line: str) -> bool:
    """A heading over a block of lines that are not the story: other stories
    (`data/promo_headings.txt`) or a summary (`data/summary_headings.txt`).

    >>> is_promo_heading("KEY POINTS"), is_promo_heading("Most read from the Courier")
    (True, True)
    >>> is_promo_heading("ALSO ON HARBOUR FM:"), is_promo_heading("Also on the ballot:")
    (True, False)
    >>> is_promo_heading("MORE IN POLITICS"), is_promo_heading("More in hope than expectation")
    (True, False)
    """
    return _promo_heading().fullmatch(line) is not None


@cache
def _summary_heading() -> re.Pattern[str]:
    headings = alternatives(word_list("summary_headings.txt"))
    return re.compile(rf"(?i:{headings})(?:\s+from\s+[^\n]{{1,40}})?\s*:?")


def is_summary_heading(line: str) -> bool:
    """A heading over a summary of the story itself (`data/summary_headings.txt`), whose block
    names no other story's day (stop 35).

    >>> is_summary_heading("KEY POINTS"), is_summary_heading("Related stories")
    (True, False)
    """
    return _summary_heading().fullmatch(line) is not None


@cache
def _other_items_heading() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternatives(word_list('other_items_headings.txt'))})\s*:?")


def is_other_items_heading(line: str) -> bool:
    """A heading over a newsletter's other items (`data/other_items_headings.txt`).

    >>> is_other_items_heading("ALSO THIS WEEK"), is_other_items_heading("Also this week, rain.")
    (True, False)
    """
    return _other_items_heading().fullmatch(line) is not None


@cache
def _archive_field() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternatives(word_list('archive_fields.txt'))}):[^\n]{{0,120}}")


def is_archive_field(line: str) -> bool:
    """A field of a story as an archive exports it: "LENGTH: 398 words"."""
    return _archive_field().fullmatch(line) is not None


_SECTION_PART = rf"[{_UP}&][{_UP}&'’]*(?:\s+[{_UP}&][{_UP}&'’]*){{0,3}}"
_SECTION_LABEL = re.compile(rf"{_SECTION_PART}(?:\s*[|•/]\s*{_SECTION_PART})+")


def is_section_label(line: str) -> bool:
    """A section label in capitals, its parts set apart by bars: "OPINION | CITY & STATE";
    or a site's trail of sections, names set apart by arrows or dots, "News › Highlands ›
    Courts", "The Crossroads · Moncton · Dieppe".

    >>> is_section_label("News › Highlands › Courts"), is_section_label("Prices rose · again.")
    (True, False)
    >>> is_section_label("Archive › The Harbour Gazette › 1962 › May")
    True
    >>> is_section_label("Press Office · Harbour Ferries Co., Ltd.")
    True
    """
    return (
        _SECTION_LABEL.fullmatch(line) is not None
        or _TRAIL.fullmatch(line) is not None
        or _ARROW_TRAIL.fullmatch(line) is not None
    )


#: A part of a row of links: a few words from a capital or a digit, no sentence's stop, or a
#: country's phone number ("France: +33 1 55 50 01 00").
_LINK = r"(?:[A-Z0-9][^\n|.!?:;,]{0,40}|[A-Z][\w .'’-]{0,30}:\s*\+\d[\d ()-]{5,20})"
_LINK_ROW = re.compile(rf"{_LINK}(?:\s+\|\s+{_LINK})+")
#: The most words of one link of a row.
LINK_WORDS = 7


def is_link_row(line: str) -> bool:
    """A page's row of links set apart by bars, each a few words and no sentence: "Letters to
    the Editor | Send Us a Photo", "Ireland: +353 1 555 0100 | France: +33 1 55 50 01 00".

    >>> is_link_row("Corrections | Submit a Tip | Report an Error")
    True
    >>> is_link_row("Prices rose on Monday | the index fell."), is_link_row("News | Sport")
    (False, True)
    """
    return _LINK_ROW.fullmatch(line) is not None and all(
        len(part.split()) <= LINK_WORDS for part in line.split("|")
    )


#: A part of a site's trail: a few capitalised words ("Highlands", "The Crossroads").
_TRAIL_PART = r"[A-Z][\w&'’-]*\.?,?(?:\s+(?:[A-Z&][\w&'’-]*\.?,?|of|and|the|de|la|le|du)){0,4}"
_TRAIL = re.compile(rf"{_TRAIL_PART}(?:\s*[–-]\s*{_TRAIL_PART})?(?:\s*[›»>·]\s*{_TRAIL_PART})+")
#: A trail of three parts or more set apart by angle quotes, a year or a lower-case word in a
#: part: "Archive › The Harbour Gazette › 1962 › May", "Home › Owners › Recall notices".
_ARROW_TRAIL = re.compile(r"[A-Z0-9][^\n›».!?|]{0,40}(?:\s+[›»]\s+[A-Z0-9][^\n›».!?|]{0,40}){2,}")


#: A quotation alone on its line, in double or single quotes (an apostrophe inside a word, as in
#: "can't", is no quote mark), with or without its final stop, and its speaker after a dash.
_PULL_QUOTE = re.compile(
    # set between dashes too, as a magazine sets it: '-- "..." -- Name --' (stop 37)
    r"(?:[-–—]{1,2}\s*)?"
    r"(?:[\"“](?P<double>[^\"“”\n]{12,250})[\"”]"
    r"|['‘](?P<single>(?:[^'‘’\n]|(?<=\w)['’](?=\w)){12,250})['’])[.!?]?"
    # whose words they are, after a dash: "— Dana Price", "- Dana Price, chief executive"
    r"(?:\s*[-–—]{1,2}\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,(?:\s+[\w'’-]+){1,5})?)?"
    r"(?:\s*[-–—]{1,2})?"
)
#: The fewest words of a pull quote: '"Yes, we can"' may be a title.
PULL_QUOTE_WORDS = 4


def is_pull_quote(line: str) -> bool:
    """A line that is only a quotation, no one named as saying it but after a dash: a pull
    quote repeated in large type between the paragraphs, in double or single quotes, its final
    stop or none.

    >>> is_pull_quote('"A loaf is the cheapest gift there is."')
    True
    >>> is_pull_quote("\u2018We had no choice but to close the mill\u2019")
    True
    >>> is_pull_quote('"We will appeal," she said.'), is_pull_quote("'We lost,' she said, 'twice.'")
    (False, False)
    >>> is_pull_quote('"War of the Cities"')
    False
    >>> is_pull_quote("'We had no choice but to close the mill' - Dana Price, chief executive")
    True
    >>> is_pull_quote('-- "Nobody works without a signed deal" -- the union’s Jo Lee --')
    False
    >>> is_pull_quote('-- "Nobody works without a signed deal" -- TWU’s Jo Lee --')
    True
    """
    match = _PULL_QUOTE.fullmatch(line)
    if match is None:
        return False
    words = (match["double"] or match["single"]).split()
    # without its stop, a quotation in title case is a name or a heading: "War of the Cities"
    spoken = line.rstrip("\"”'’")[-1:] in ".!?" or any(w[0].islower() for w in words if len(w) > 3)
    return len(words) >= PULL_QUOTE_WORDS and spoken
