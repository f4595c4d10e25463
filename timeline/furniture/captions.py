"""The shapes of photo captions and credits: "FILE - ...", "Photo: ...", "... (Jo Lee via
Wire)", "... Photograph: Name/Agency", "Photo by Name / Site", "... Credit: via the family",
"... (Photo: Name/Paper)", "Name/Agency handout via Wire", "Handout photo", "PHOTO: NAME",
"Image caption: ... Image source: Agency", "... | Photo Credit: NAME", "... PHOTO BY NAME /
PAPER", "PHOTO | FILE | PAPER", "... (Paper photograph)", "... Photo courtesy of Name", "NAME
(Photo courtesy of the family)", a video's title with its running time, "VIDEO: ... (1:42)".
Read by `timeline.furniture`, which holds the other rules (`CAPTION_RULE` is the caption's, with
its examples); none names an outlet, an agency or a person.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.kinds import SAID_OR_ACCORDING, FurnitureKind, LineRule
from timeline.furniture.line_shape import date_alone, shape_cues
from timeline.wordlists import word_list

__all__ = ["CAPTION_RULE", "is_caption", "is_credit_only", "is_placed_caption", "sourced"]

#: The label of a credit, in any case: "Photo", "PHOTO", "Pictures", "Image", "Credit".
_LABEL = r"(?i:photo(?:graph)?|picture|pic|image|illustration|video|credit)s?"
#: A word of a name: "Reyna", "O'Neill", "U.S.", "AT&T".
_NAME_WORD = r"[A-Z][\w.'’&-]*"
#: A person's name: one to four words from a capital.
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
#: An agency's or a paper's name: words from a capital, with "of", "for", "and" between.
_ORGANISATION = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|for|and|&)){{0,5}}"
_HANDOUT = r"(?i:handout)"
#: A credit with no label, as agencies write them, the slash between name and agency unspaced
#: (a heading "Doctrine / Policy" is none): "Jo Lee/The Courier", "WIRE/Jo Lee/File Photo",
#: "Jo Lee/Coast Guard handout via Wire", "Jo Lee via Wire", "Handout photo".
_BARE_CREDIT = (
    rf"{_NAME}(?:/{_ORGANISATION}){{1,3}}(?:\s+{_HANDOUT})?(?:\s+via\s+{_ORGANISATION})?"
    rf"|{_NAME}(?:\s+{_HANDOUT})?\s+via\s+{_ORGANISATION}"
    rf"|{_HANDOUT}(?:\s+{_LABEL})?"
)
#: A labelled credit of a few words, no sentence: "PHOTO: JANE DOE", "Picture: Supplied",
#: "Image: Agency archive", "Photo: Jo Lee/Wire".
_LABELLED_CREDIT = (
    rf"{_LABEL}\s*:\s*(?:{_NAME}\s*/\s*[^\n/]{{1,40}}|\S+(?:\s+\S+){{0,3}}(?<![.!?]))"
)
#: A credit whose label a spaced slash parts from the name, as some papers write it (stop 34):
#: "Photo / Jo Lee", "Picture / Jo Lee / The Courier", "Photo / Supplied".
_SLASH_CREDIT = rf"{_LABEL}\s+/\s+{_NAME}(?:\s+/\s+{_ORGANISATION})?"

#: A credit in capitals, its fields set apart by bars: "PHOTO | FILE | THE COURIER".
_BAR_CREDIT = r"(?:PHOTO|PICTURE|IMAGE)S?(?:\s*\|\s*[A-Z][^\n|]{0,40}){1,3}"

#: A credit that thanks who gave the picture: "Courtesy of the Varn family".
_COURTESY = r"(?i:courtesy)(?:\s+of)?\s+\S[^\n()]{0,60}(?<![.!?])"

#: A photographer's credit after the caption's sentence: "PHOTO BY NAME / PAPER".
_PHOTO_BY_NAME = r"(?i:photo(?:graph)?|picture|pic)s?\s+(?i:by)\s+[A-Z][^\n]{0,80}(?<![.!?])"
#: A credit after a dash, with its slash or its "photo by": "— Jo Lee/Wire", "— Courier photo by
#: JO LEE", "– Jo Lee via Wire".
_DASH_CREDIT = (
    rf"[-–—]{{1,2}}\s*(?:(?:{_NAME}/{_ORGANISATION}|{_NAME}\s+via\s+{_ORGANISATION})"
    rf"|(?:{_NAME}\s+)?{_PHOTO_BY_NAME})"
)

#: A line that is only a credit ("Image credit: ...", "PHOTO: NAME", "Name/Agency handout via
#: Wire"): the line right above it, in the same block, is its caption.
_CREDIT_ONLY = re.compile(
    r"(?:(?:Photo|Image|Picture)\s+)?[Cc]redits?\s*:[^\n]{1,80}"
    r"|(?:Photo|Image|Picture)\s+[Ss]ources?\s*:[^\n]{1,80}"
    rf"|{_BAR_CREDIT}"
    r"|(?:Photo(?:graph)?|Picture|Image)s?\s+(?:(?:supplied|provided)\s+by|courtesy\s+of)"
    r"\s+(?:the\s+)?[A-Z][^\n]{0,60}"
    rf"|{_LABELLED_CREDIT}|{_SLASH_CREDIT}|{_BARE_CREDIT}|{_COURTESY}|{_DASH_CREDIT}"
    # a picture that shows no scene of the story: "Representative image", "File photo"
    r"|(?i:representative|file|stock|archive)\s+(?i:image|photo(?:graph)?|picture)s?"
    r"|(?i:image|photo|picture)\s+(?i:for|used\s+for)\s+representation(?:al\s+purposes?)?(?:\s+only)?"
    r"|\(?(?i:pic|pix)s?(?:\s+by|\s*:)\s+[A-Z][^\n()]{0,60}(?<![.!?])\)?"
)

#: A credit line of its own, no full stop: "Photo by Name / Site", "Pictures courtesy of ...",
#: "Photo courtesy of the Lee family" (stop 34: its giver may open with "the").
_PHOTO_BY = (
    r"(?i:photo(?:graph)?|picture|pic|image|illustration)s?\s+"
    r"(?i:by|courtesy\s+of|(?:supplied|provided)\s+by)\s+(?:the\s+)?[A-Z]"
    r"[^\n]{0,80}(?<![.!?])"
)
#: A caption's opening: "FILE - ...", "FILE PHOTO: ...", "Photo: ...", "PHOTO: ...",
#: "Image credit: ...".
_CAPTION_START = re.compile(
    # in square brackets too, as an archive notes a picture: "[Photograph: The quay, 1938.]"
    r"(?:FILE(?:\s+PHOTO)?\s*(?:-|–|—|:)|\[?(?i:photo|image|picture|pictured|pic|caption|credit|"
    # a screen reader's label takes a comma too: "Image source, Wire Pictures"
    r"photograph|illustration|foto)(?:\s+(?i:credits?|captions?|sources?)\s*[:,]|\s*:)"
    # the credit before the caption: "PHOTO THE COURIER, Jo Lee — The quay at dawn.", "Courier
    # photo by Jo Lee: Crowds wait outside the hall."
    r"|(?:PHOTO|PICTURE|IMAGE)S?\s+[A-Z][^\n—–:]{1,60}\s[—–]\s"
    # the credit's fields set apart by bars, then the caption (stop 34): "PHOTO | FILE: The
    # quay at dawn.", "PICTURE | COURIER STAFF: Crowds at the hall."
    r"|(?:PHOTO|PICTURE|IMAGE)S?(?:\s*\|\s*[A-Z][A-Z'’&. ]{0,30}?){1,2}\s*:\s"
    r"|(?:[A-Z][\w'’-]*\s+){1,3}(?i:photo(?:graph)?|picture)s?\s+by\s+[A-Z][^\n:.!?]{1,40}:\s"
    # the paper's own picture, its name before the label: "Courier photo: Crowds wait outside
    # the hall.", "Staff picture: ..." (stop 36; a story's "The photo: ..." opens in small words)
    r"|(?!(?:The|A|An|This|That|Our|His|Her|Their)\s)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
    r"(?i:photo(?:graph)?|picture)s?\s*:\s+(?=[A-Z])"
    # an earlier picture and when it was taken (stop 37): "Archive picture from November 2014:
    # an empty platform at ...", "File photo, 2009: ..."
    r"|(?i:archive|file|stock|library)\s+(?i:photo(?:graph)?|picture|image)s?"
    r"(?:,?\s+(?:from\s+|taken\s+(?:in|on)\s+)?[^\n:.!?]{1,40})?\s*:\s"
    # an earlier picture named as what it is of, its year before it (stop 43): "A 2019 file
    # photo of the mill at Tarrow.", "File picture of the quay." ("A photo of the mayor was
    # shared on Monday" names no file's picture)
    r"|(?:An?\s+)?(?:(?:19|20)\d\d\s+)?(?i:file|archive|stock)\s+(?i:photo(?:graph)?|picture|image)"
    r"\s+(?:of|shows|showing)\s"
    # the paper's own picture and what it shows (stop 37): "Our photograph, taken at the
    # opening on May 2, shows ...", "The accompanying picture shows ..."
    r"|(?:Our|The\s+accompanying|The\s+above)\s+(?i:photo(?:graph)?|picture)s?\b"
    r"[^\n.!?]{0,160}?\bshows?\s"
    # a picture's mark in square brackets before its caption (stop 38): "[Picture] Milking at
    # Tarrow in a photograph from our files.", "[Photo caption] The quay at dawn."
    r"|\[(?i:photo(?:graph)?|picture|pic|image|illustration|map|chart)s?(?:\s+(?i:caption))?\]\s"
    # the credit in brackets, then a dash and the caption, as the wires set their pictures (stop
    # 38): "(Wire Wirephoto) -- Jo Lee greets photographers ...", "(Courier photo) — The quay."
    r"|\((?:[A-Z][\w.'’&-]*\s+){0,3}[A-Za-z]*(?i:photo(?:graph)?|picture)s?\)\s*[-–—]{1,2}\s"
    # an archive's copy without its picture, then the caption (stop 42): "Photograph not
    # reproduced in this copy: Members of the committee at the stone-laying, 1951."
    r"|(?i:photo(?:graph)?|picture|illustration|image)s?\s+not\s+reproduced"
    r"(?:\s+(?:in|here)\b[^\n:]{0,30})?\s*:\s"
    # a graphic's title: "Chart of the week: ...", "Graphic: ...", "Map: Flooded districts"
    r"|(?i:chart|graph|graphic|infographic|map)(?:\s+of\s+the\s+(?i:day|week|month))?\s*:"
    # where the picture stands on the page: "ABOVE: ...", "Left to right: ...", "INSET: ..."
    r"|(?:(?:FROM\s+)?LEFT\s+TO\s+RIGHT|FROM\s+LEFT|ABOVE|BELOW|TOP|BOTTOM|INSET|LEFT|RIGHT"
    r"|(?:From\s+l|L)eft\s+to\s+right|From\s+left|Above|Below|Inset)"
    r"(?:\s+(?:LEFT|RIGHT|left|right))?\s*:\s)"
)
#: A caption's credit at the end of its line: "(Jo Lee via AP)", "(AP Photo/Jo Lee)",
#: "Photograph: Name/Agency", "Photo: © Agency/Name", "(Photo by Name/Agency)", "AGENCY PHOTO /
#: Name", "(Photo: Name/Paper)", "(Handout)", "(Jo Lee/Paper via Wire)", "Post Photo: Name",
#: "(Courtesy of ...)", and after its sentence "Name/Agency handout via Wire", "Handout photo",
#: "PHOTO: NAME".
_CAPTION_END = re.compile(
    r"\((?:[A-Z][\w.'’-]*\s+){1,4}via\s+[A-Z][\w.&' -]{0,30}\)$"
    # the paper's own photo in small letters too: "(Ledger photo/Jo Lee)"
    r"|\((?:[A-Z][\w.'’-]*\s+)*[Pp]hoto(?:graph)?\s*/\s*[A-Z][^)\n]{0,40}\)$"
    # the credit after a dash, as print-era and some papers set it (stop 35): "... in the
    # square.—Photo: Name", "... at the quay. — File photo: Name"
    rf"|(?:[.!?]\s+|[.!?][ \t]?[–—][ \t]?|\s+\|\s+)(?:[A-Z][\w'’-]*\s+)?{_LABEL}"
    rf"(?:\s+(?i:by|credits?|sources?))?\s*:\s*(?:©\s*)?[A-Z][^\n]{{0,60}}$"
    # the paper's picture by its photographer: "(Courier picture by Jo Lee)" (stop 35)
    r"|\([^()\n]{0,60}\b(?:[Pp]hoto(?:graph)?|PHOTO(?:GRAPH)?|[Pp]ic(?:ture)?|PIC(?:TURE)?)"
    r"\s+by\s+[A-Z][^()\n]{0,60}\)$"
    r"|[.!?]\s+[A-Z]{2,}\s+PHOTO\s*/\s*[A-Z][^\n]{0,40}$"
    rf"|\(\s*(?:(?:(?i:file|stock|archive)\s+)?{_LABEL}\s*:\s*[^()\n]{{1,80}}|{_HANDOUT}[^()\n]{{0,40}}"
    rf"|{_BARE_CREDIT}|{_COURTESY}|{_LABEL}\s+{_COURTESY})\)$"
    rf"|[.!?]\s+(?:{_BARE_CREDIT}|{_BAR_CREDIT}|{_SLASH_CREDIT}|{_PHOTO_BY_NAME}|{_PHOTO_BY})$"
    # after a dash: "— Jo Lee/Wire", "— Courier photo by JO LEE"
    rf"|[.!?]\s+{_DASH_CREDIT}$"
    # after a bar, a credit with its slash: "... on Thursday. | Jo Lee/Quay Pictures"
    rf"|[.!?]\s+\|\s+(?:{_NAME}/{_ORGANISATION}|{_NAME}\s+via\s+{_ORGANISATION})$"
    # a credit of a few words in lower case: "Photo: family collection", "Image: supplied"
    rf"|[.!?]\s+{_LABEL}\s*:\s*[a-z][\w'’-]*(?:\s+[\w'’-]+){{0,3}}$"
    # the paper's own photo, in brackets: "(Courier photograph)", "(Journal photograph.)", an
    # earlier one from its files too, "(Courier file photo)", "(NP archive picture)" (stop 36)
    r"|\((?:[A-Z][\w'’-]*\s+){1,3}(?:(?i:file|archive|stock)\s+)?"
    r"(?i:photo(?:graph)?|picture)s?\.?\)$"
    # the paper's own or its file picture after the caption's stop, no label's colon (stop 42):
    # "... in March 1971. — Courier file picture.", "... in 2005. File photo, The Journal"
    # (a spaced long dash alone parts it too: "... in 1985 — Courier file picture.")
    r"|(?:[.!?][ \t]*(?:[–—-]{1,2}[ \t]*)?|[ \t]+[–—]{1,2}[ \t]*)"
    r"(?:(?!(?:The|A|An|This|That|His|Her|Their)\s)"
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:(?i:file|archive|staff)\s+)?"
    r"|(?i:file|archive|staff)\s+)(?i:photo(?:graph)?|picture)s?"
    r"(?:,\s+(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})?\.?$"
    # the reader's cue on a picture or a graphic: "... (click to enlarge)"
    r"|\((?i:click|tap)\s+(?:here\s+|the\s+\w+\s+)?to\s+(?i:enlarge|expand|zoom(?:\s+in)?|"
    r"view\s+(?:larger|full[- ]size))\)$"
)


#: A caption's credit after its sentence: "... on Monday. Credit: via the family", "... on
#: Monday. (Newsroom: Jo Lee)" (a source or a note in brackets is the story's).
_CREDIT_END = re.compile(
    r"[.!?]\s+(?:(?:Photo|Image|Picture)\s+)?[Cc]redits?\s*:\s*\S[^\n]{0,60}$"
    r"|[.!?]\s+\((?!(?:Sources?|Notes?)\s*:)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?:\s+"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\)$"
)


#: A caption closed by its credit alone in brackets after its stop, no label (stop 51): "Children
#: at the shrine festival in November 2018. (Tarrow Shimbun)", "A 2019 file photo of the mill.
#: (The Quay Post)". On dev such a line is the gold's furniture 21 times in 21; a story's
#: sentence puts a source's name in brackets inside it, not after its stop.
_BRACKETED_CREDIT_END = re.compile(
    r"[.!?][\"”’]?\s+\((?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|of|the|de|del|da|and|&|/))"
    r"{0,5}\)\s*$"
)


def is_bracketed_credit_caption(line: str) -> bool:
    """A caption of one or two sentences closed by its credit in brackets (`_BRACKETED_CREDIT_END`),
    no one's words reported.

    >>> is_bracketed_credit_caption("Divers at the quay in May 2019. (Tarrow Shimbun)")
    True
    >>> is_bracketed_credit_caption("Fares rose on Monday, the board said. (Quay Wire)")
    False
    >>> is_bracketed_credit_caption("Fares rose on Monday. (Reporting by Jo Lee)")
    False
    """
    return (
        len(line) <= PICTURE_CAPTION_CHARS
        and _BRACKETED_CREDIT_END.search(line) is not None
        and SAID_OR_ACCORDING.search(line) is None
        and len(re.findall(r"[.!?]\s+[A-Z]", line)) <= 2
    )


#: An embedded video's or recording's title with its running time: "VIDEO: Riders react to the
#: fare rise (1:42)", "Watch: The flood at the quay [02:15]"; a clock in brackets after a
#: year closes a stamp, "Publication date: 4 March 1999 (09:12)", no running time (stop 42).
_RUNNING_TIME = re.compile(
    r"(?:[A-Z][\w'’]*(?:\s+[\w'’]+){0,2}\s*:\s+)[^\n]{3,150}?"
    r"(?<!(?:1[89]|20)\d\d)(?<!(?:1[89]|20)\d\d\s)\s*"
    r"[(\[]\d{1,2}:\d\d(?::\d\d)?(?:\s*(?i:min|mins))?[)\]]"
)

#: A caption that says it describes a picture, at its end: "..., in a photo provided by the
#: company", "A car seat is shown in this handout image.", "... in this undated file photo".
_PICTURE_SAID = re.compile(
    r"(?:(?:,\s+|\s+(?:is|are)\s+(?:seen|shown|pictured|displayed)\s+)in\s+(?:this|an?|the)"
    r"|\s+in\s+this)\s+"
    r"(?:(?:undated|handout|file|company|official|aerial|archive|stock)\s+)*"
    r"(?:photo(?:graph)?|image|picture|handout|video\s+(?:still|grab)|screenshot)"
    r"(?:\s+(?:provided|released|supplied|issued|distributed|obtained|taken|made|shared)\b"
    # its credit in brackets after it: "... in this handout image. (Brindle Toys)"
    r"[^\n.!?]{0,80})?\.?(?:\s*\([^()\n]{1,60}\))?$"
)
#: The longest caption that says it describes a picture.
PICTURE_CAPTION_CHARS = 300


#: The day a picture was taken, after its credit and a comma: ", March 14, 2019", ", 14 Mar.
#: 2019", ", 2019-03-14", ", 14/03/2019".
_CREDIT_DAY = re.compile(
    r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
    r"|\d{4}-\d\d-\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*$"
)


def is_credit_only(line: str) -> bool:
    """A line that is only a photo's credit, whose caption is the line above it; a credit
    that names a picture, with the day it was taken after it, is one too ("Jo Lee/Wire Photo,
    March 14, 2019": the picture's day, not the page's; "Jo Lee/Wire, March 14, 2019" may be a
    byline):

    >>> [is_credit_only(line) for line in ("Image credit: Lunar Works", "PHOTO: JANE DOE",
    ...  "Jo Lee/Coast Guard handout via Wire", "Handout photo", "Picture: Supplied")]
    [True, True, True, True, True]
    >>> is_credit_only("Photo: Firefighters at the scene on Tuesday.")
    False
    >>> is_credit_only("Jo Lee/Wire Photo, March 14, 2019")
    True
    >>> is_credit_only("Jo Lee/Wire, 2019-03-14")
    False
    """
    if _CREDIT_ONLY.fullmatch(line) is not None:
        return True
    dated = _CREDIT_DAY.search(line)
    if dated is None:
        return False
    credit = line[: dated.start()]
    return (
        re.search(rf"\b{_LABEL}\b", credit) is not None
        and _CREDIT_ONLY.fullmatch(credit) is not None
    )


@cache
def _position_cue() -> re.Pattern[str]:
    """A name and where its person stands in the picture, in brackets after it: "Jo Lee
    (left)", "Ana Ruiz (second from right)" (`data/caption_positions.txt`)."""
    positions = alternatives(word_list("caption_positions.txt"))
    return re.compile(rf"\b[A-Z][\w.'’-]*\s+\((?:{positions})\)(?=[\s,.;]|$)")


#: The longest caption read by the place of its people.
PLACED_CAPTION_CHARS = 300


def is_placed_caption(line: str) -> bool:
    """A photo's caption that tells where its people stand, in brackets after a name, as no
    sentence of a story does (stop 35): "Jo Lee (left) and Al Roy leaving the court on Monday.",
    "Ana Ruiz (centre) with her parents at their home." Whatever its credit, or none.

    >>> is_placed_caption("Jo Lee (left) and Al Roy leaving the court on Monday.")
    True
    >>> is_placed_caption("The chart (left) shows fares.") , is_placed_caption("It fell (left).")
    (False, False)
    >>> is_placed_caption("Jo Lee left the court on Monday, her lawyer said.")
    False
    """
    return (
        "(" in line
        and len(line) <= PLACED_CAPTION_CHARS
        and _position_cue().search(line) is not None
    )


#: A picture's subject, then the participle of its taking: "The No. 3 headgear at Tarrow,
#: photographed when it was commissioned in March, 1951." (stop 37).
_PARTICIPLE_CAPTION = re.compile(
    r"(?P<subject>[A-Z][^\n,]{3,120}),\s+(?:photographed|pictured|seen|shown|taken|filmed)\s+"
    r"(?:when|in|on|at|during|after|before|from|by|with|as|while|shortly|soon|last|this)\b"
    r"(?P<rest>[^\n]{0,200})"
)


def is_participle_caption(line: str) -> bool:
    """A picture's caption that names its subject, no verb of its own, and when or where it was
    photographed, with only a date after a further comma (`_PARTICIPLE_CAPTION`).

    >>> is_participle_caption("The No. 3 headgear at Tarrow, photographed when it was "
    ...     "commissioned in March, 1951.")
    True
    >>> is_participle_caption("The minister, pictured at the court on Monday, will appeal.")
    False
    >>> is_participle_caption("Jo Lee told the court, pictured on Monday, that she left.")
    False
    """
    found = _PARTICIPLE_CAPTION.fullmatch(line)
    if found is None or "no verb" not in shape_cues(found["subject"]):
        return False
    return all(date_alone(part) for part in found["rest"].rstrip(".").split(",")[1:])


def is_caption(line: str) -> bool:
    """A photo's caption or credit line: "FILE - ...", "... (Jo Lee via Wire)", "Photo by Name /
    Site", "... Credit: via the family", "... (Photo: Jo Lee/The Courier)", "... Handout photo".

    >>> is_caption("Sandbags line the quay on Monday. (Photo: Jo Lee/The Courier)")
    True
    >>> is_caption("A crew searches the bay on Sunday. Jo Lee/Coast Guard handout via Wire")
    True
    >>> is_caption("The agency released a handout photo on Monday showing the damage.")
    False
    >>> is_caption("A pier at Leith. (File photo: Harbour Board)")
    True
    >>> is_caption("JO A. LEE (Photo courtesy of the family)")
    True
    >>> is_caption("ABOVE: THE NEW FOOTBRIDGE AT TARROW.")
    True
    >>> is_caption("Left to right: Jo Lee, Li Wei"), is_caption("Above all, fares must fall.")
    (True, False)
    >>> is_caption("Archive picture from May 2014: an empty platform at Tarrow station.")
    True
    >>> is_caption("Our photograph, taken at the opening on May 2, shows Jo Lee at the quay.")
    True
    >>> is_caption("The archive picture from May 2014 was shown to the court on Monday.")
    False
    >>> is_caption("[Picture] Milking at Tarrow, in a photograph from our files taken in 1979.")
    True
    >>> is_caption("(Quay Wirephoto) -- Jo Lee greets photographers before Friday's opening.")
    True
    >>> is_caption("(The photo was taken on Monday.) The quay reopened.")
    False
    """
    return (
        _CAPTION_START.match(line) is not None
        or _CAPTION_END.search(line) is not None
        or re.fullmatch(_PHOTO_BY, line) is not None
        or _CREDIT_END.search(line) is not None
        or _RUNNING_TIME.fullmatch(line) is not None
        or is_credit_only(line)
        or is_placed_caption(line)
        or (len(line) <= PICTURE_CAPTION_CHARS and _PICTURE_SAID.search(line) is not None)
        or is_participle_caption(line)
        or is_bracketed_credit_caption(line)
    )


#: A dateline's source in brackets: "SEOUL, Nov. 6 (Wire) -- " is the wire's.
_DATELINE_SOURCE = re.compile(r"\((?P<source>[A-Z][\w&.' -]{0,30})\)")
#: The label a caption may give the dateline's source: "(Source: Wire)", "(Photo: Wire)".
_SOURCE_LABEL = r"(?:Source|Photo|Image|Credit|Video)"
#: The longest caption over its source.
SOURCED_CAPTION_CHARS = 300


def sourced(text: str, dateline: re.Match[str]) -> list[tuple[int, int]]:
    """The [start, end) of the lines after the dateline that are one sentence and the dateline's
    source in brackets: the wire's photo, its caption and its credit.

    >>> text = "LIMA (Wire) -- Floods hit.\\n\\nA man wades through a street. (Wire)\\n\\nOk."
    >>> [text[s:e] for s, e in sourced(text, re.match(r"LIMA \\(Wire\\) -- ", text))]
    ['A man wades through a street. (Wire)']
    >>> text = "LIMA (Wire) -- Floods hit.\\n\\nA man wades through a street. (Source: Wire)"
    >>> [text[s:e] for s, e in sourced(text, re.match(r"LIMA \\(Wire\\) -- ", text))]
    ['A man wades through a street. (Source: Wire)']
    """
    source = _DATELINE_SOURCE.search(dateline.group())
    if source is None:
        return []
    # the source may be labelled: "... Monday night. (Source: Wire)" (stop 33)
    caption = re.compile(
        rf"^[ \t]*(?P<caption>[A-Z][^\n.!?]{{10,{SOURCED_CAPTION_CHARS}}}[.!?]\s+"
        rf"\((?:{_SOURCE_LABEL}\s*:\s*)?{re.escape(source['source'])}\))[ \t]*$",
        re.MULTILINE,
    )
    return [match.span("caption") for match in caption.finditer(text, dateline.end())]


CAPTION_RULE = LineRule(
    "caption",
    FurnitureKind.CAPTION,
    is_caption,
    (
        "FILE - Residents wade through a street in Lima on September 15, 2020.",
        "FILE PHOTO: A trader works on the floor on Monday.",
        "Photo: Firefighters at the scene on Tuesday.",
        "Image credit: Lunar Works",
        "Firefighters at the scene on Tuesday. (Carlos Mendoza via Wire)",
        "The mayor speaks at a rally. (AP Photo/Jo Lee)",
        "The bank in the City of London. Photograph: Jonas Reed/Wire",
        "A car plant in Wolfsburg. Photo: Jens Albrecht/agency",
        "A tanker takes off on Aug. 12, 2021. (U.S. Air Force photo by Staff Sgt. Lena Ortiz)",
        "People gather outside a hospital. (Photo by Adi Wirawan/Picture Agency)",
        "The leader waves to supporters on December 20, 2009. AGENCY PHOTO / Pedro Lins",
        "Photo by Mara Quist / The Daily Widget",
        "Elsa Varn at her studio in 1990. Credit: via the Varn family",
        "Ministers leave the chamber on Friday night. (Newsroom: Pia Roth)",
        "Image caption: Ferries at the quay on Monday. Image source: Wire Pictures",
        "Image source, Wire Pictures",
        "Image caption, Rescuers in a boat at Tarrow on Monday",
        "Crowds outside the town hall on Friday. | Photo Credit: R. NAIDU",
        "VOLUNTEERS fill sandbags on Sunday. PHOTO BY ANA RUIZ / THE COURIER",
        "A pier at Leith. (File photo: Harbour Board)",
        "A press line at the Tarrow plant, in a photo provided by the company",
        "A folding pram is shown in this handout image. (Tarrow Toys)",
        "Divers search the harbour in this undated photo taken by the coast guard.",
        "Ana Ruiz conducting a choir in 1988. Photo: family collection",
        "Chart of the week: Fares against wages, 1990-2020",
        "[Photograph: The old mill at the weir, 1938.]",
        "Ferry fares against wages since 1990 (click to enlarge)",
        "PHOTO THE TARROW POST, Ana Ruiz — The old ferry terminal on Quay Street.",
        "Post photo by Jo Lee: Residents queue outside the hall before the vote.",
        "Foto: Lorries at the quarry near Tarrow in 2015 (Divulgação)",
        "Strikers gather at the gate of Quay Mills on Monday. (Courier photo/Ana Ruiz)",
        "Jo Lee speaks to reporters outside the hall on Friday. | Ana Ruiz/Quay Pictures",
        "Photograph not reproduced in this copy: The committee at the stone-laying, 1951.",
        "The first cranes at the quay under construction in March 1971. — Courier file picture.",
        "Children at the shrine festival in November 2018 — Courier picture.",
        "Pipe sections stacked at a yard south of Tarrow in the summer of 2005. File photo, The "
        "Ledger",
        "Map: Roads closed by the flood (source: County Roads Office)",
        "ANA M. RUIZ (Photo courtesy of the family)",
        "Jo Lee (left) and Al Roy leaving the court in a police van on Monday.",
        "Ana Ruiz (centre) with her parents at their home in Tarrow.—Photo: Courier",
        "Jo Lee after the auction at a hotel in Tarrow. — Photo: Al Roy",
        "The council hall in Tarrow. — File photo: Al Roy",
        "(Courier picture by Jo Lee)",
        "The old quay at Tarrow during the storm of 1998. (Courier file photo)",
        "(Harbour News file photo)",
        "Courier photo: A ferry waits at the quay on Monday morning.",
        "A 2019 file photo of the old mill at Tarrow. (The Quay Post)",
        "Workers brace the old hall's front in November 2022. (Tarrow Broadcasting)",
    ),
)
