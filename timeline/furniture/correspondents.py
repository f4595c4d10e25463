"""The bylines of a correspondent that name no "By": "From Jo Lee, Lima" (the writer and where
the story was filed), "Jo Lee, tennis writer" (the writer and their beat), the paper a writer
wrote for, "Special to the Valley Record", and the signature of a media statement, "The
Honourable Jo Lee MP". Read by `timeline.furniture`'s byline rule; none names an outlet or a
person.

    >>> is_correspondent_line("From Ama Mensah, Kumasi")
    True
    >>> is_correspondent_line("Jo Lee, golf writer")
    True
    >>> is_correspondent_line("From Monday, March 3, fares will rise.")
    False
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.bylines import is_name_alone, name_token
from timeline.furniture.kinds import FurnitureKind
from timeline.furniture.stamp_lines import STAMP_RULE, TOKEN, stamp_word
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import word_list, word_set

__all__ = [
    "SECTION_WORDS",
    "beside_stamp",
    "is_beat_byline",
    "is_correspondent_line",
    "is_dateline_line",
    "is_life_line",
    "is_paper_line",
    "is_place_and_date",
    "is_signature",
    "is_writer_credit",
    "is_writer_in_place",
]

#: A personal name: two to four words from a capital ("Ama Mensah", "Nguyễn Thu Hà").
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}"
#: Where the story was filed: one to three words from a capital, a short particle in small
#: letters between two of them ("Rio de Janeiro", "Newcastle upon Tyne").
_PLACE = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:[a-zà-ÿ]{1,4}\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2}"
#: A desk that names no writer: "From Our Own Correspondent", "From Our Tarrow Office".
_FROM_DESK = re.compile(
    r"From\s+(?:[Oo]ur|[Aa]n?)\s+(?:[Oo]wn\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:[Oo]ffice|[Bb]ureau|[Cc]orrespondent|[Rr]eporter|[Ss]taff|[Dd]esk)s?"
    # the writer's name and the place after the desk: "From our Arts Correspondent, Jo Lee,
    # in Tarrow"
    rf"(?:,\s+{_NAME})?(?:,?\s+in\s+{_PLACE}|,\s+{_PLACE})?"
)
_FROM = re.compile(rf"From\s+(?P<name>{_NAME})(?:,\s+|\s+in\s+)(?P<place>{_PLACE})")
#: A name, a comma and a beat: a few words and a role of `data/byline_roles.txt`.
_BEAT = re.compile(rf"(?P<name>{_NAME}),\s+(?P<beat>(?:[\w'’&-]+\s+){{0,3}}(?P<role>[a-z]+))")


@cache
def _roles() -> frozenset[str]:
    return word_set("byline_roles.txt")


@cache
def _openers() -> frozenset[str]:
    return frozenset(word.lower() for word in word_list("function_words.txt"))


def _calendar_word(words: str) -> bool:
    return any(
        word.lower().rstrip(".,") in MONTHS or word.lower() in WEEKDAYS for word in words.split()
    )


def is_correspondent_line(line: str) -> bool:
    """A correspondent's byline alone on its line: "From <name>, <place>", "From <name> in
    <place>", or "<name>, <beat> <role>" ("tennis writer", "health correspondent"), or a desk
    that names no writer, "From Our Own Correspondent".

    >>> is_correspondent_line("Ines Varga, health correspondent")
    True
    >>> is_correspondent_line("From Our Tarrow Office")
    True
    >>> is_correspondent_line("From our Music Correspondent, Ana Ruiz, in Tarrow")
    True
    >>> is_correspondent_line("Ines Varga, a former reporter")
    False
    """
    if _FROM_DESK.fullmatch(line) is not None:
        return True
    match = _FROM.fullmatch(line)
    if match is not None:
        return not _calendar_word(line)
    match = _BEAT.fullmatch(line)
    if match is None or _calendar_word(match["name"]):
        return _name_and_fields(line)
    return _is_beat(match["beat"])


def is_beat_byline(line: str) -> bool:
    """A byline that names its writer and their beat: "<name>, <beat> <role>" (a standfirst
    over it is the story's summary, as over "By <name>").

    >>> is_beat_byline("Ines Varga, health correspondent"), is_beat_byline("From Our Tarrow Office")
    (True, False)
    """
    match = _BEAT.fullmatch(line)
    return match is not None and not _calendar_word(match["name"]) and _is_beat(match["beat"])


def _is_beat(beat: str) -> bool:
    """A writer's beat: a few words, its last a role ("health correspondent", "Political
    Editor"), not a clause ("a former reporter")."""
    words = beat.split()
    first = words[0].lower()
    return (
        len(words) <= _BEAT_WORDS
        and words[-1].lower() in _roles()
        and first not in _openers()
        and first not in ("a", "an", "the", "former", "who", "whose", "our")
    )


#: The most words of a beat: "Senior Africa Correspondent".
_BEAT_WORDS = 4
#: A name with a particle in small letters: "Kwame al-Rashid", "Tomasz van der Berg".
_PARTICLE_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:[a-zà-ÿ]{1,4}\s+){0,2}(?:[a-z]{1,3}-)?[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3}"
)


def _name_and_fields(line: str) -> bool:
    """A writer's name, then their beat, the paper they wrote for or its name, set apart by
    commas: "Ana Ruiz, Business Reporter, Valley Courier", "Kwame al-Rashid, Contributor",
    "Jo Lee, Special to the Courier, Valley Courier".

    >>> _name_and_fields("Ana Ruiz, Business Reporter, Valley Courier")
    True
    >>> _name_and_fields("Ana Ruiz, a reporter, Valley Courier")
    False
    """
    name, *fields = line.split(", ")
    if not 1 <= len(fields) <= 2 or _PARTICLE_NAME.fullmatch(name) is None:
        return False
    if _calendar_word(line) or line.endswith("."):
        return False
    marked = [field for field in fields if _is_beat(field) or is_paper_line(field)]
    return bool(marked) and all(
        field in marked or (field[0].isupper() and _names_only(field)) for field in fields
    )


#: The most words of a signature or of the line naming a writer's paper.
SIGNATURE_WORDS = 14


def _names_only(rest: str) -> bool:
    tokens = TOKEN.findall(rest)
    return 0 < len(tokens) <= SIGNATURE_WORDS and all(name_token(token) for token in tokens)


@cache
def _honorific() -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternatives(word_list('signature_honorifics.txt'))})\s+(?=[A-Z])")


def is_signature(line: str) -> bool:
    """The signature of a minister's or a member's media statement: an honorific, a name, its
    post-nominals and titles (`data/signature_honorifics.txt`), or a name and its post-nominal
    letters (`data/post_nominals.txt`); its lines of titles under it ("Minister for Health")
    are the byline's.

    >>> is_signature("The Honourable Jo Lee MP"), is_signature("Hon Jo Lee MLA / Treasurer")
    (True, True)
    >>> is_signature("Jo Lee MP"), is_signature("Updated 9:14 AM")
    (True, False)
    >>> is_signature("The Honourable Jo Lee MP said the clinic would open.")
    False
    """
    match = _honorific().match(line)
    if match is not None:
        return not line.endswith(".") and _names_only(line[match.end() :])
    words = line.split()  # "Jo Lee MP": a name and its post-nominal letters
    return (
        3 <= len(words) <= SIGNATURE_WORDS // 2
        and words[-1] in _post_nominals()
        and all(re.fullmatch(r"[A-Z][a-z][\w'’.-]*", word) for word in words[:-1])
        and not any(stamp_word(word) for word in words[:-1])
    )


@cache
def _post_nominals() -> frozenset[str]:
    return word_set("post_nominals.txt")


@cache
def _paper_opening() -> re.Pattern[str]:
    openings = alternatives(word_list("byline_openings.txt"))
    return re.compile(rf"(?i:{openings})\s+(?=(?:the\s+)?[A-Z])")


def is_paper_line(line: str) -> bool:
    """The line under a byline that names the paper the writer wrote for: "Special to the
    Valley Record" (`data/byline_openings.txt`).

    >>> is_paper_line("Special to the Valley Record"), is_paper_line("Special forces left.")
    (True, False)
    """
    match = _paper_opening().match(line)
    return match is not None and not line.endswith(".") and _names_only(line[match.end() :])


def is_writer_in_place(line: str) -> bool:
    """A writer's name and the place they write from, alone on their line under the headline:
    "Kofi Mensah in Kumasi" (`timeline.furniture` takes it over the story's stamp only).

    >>> is_writer_in_place("Kofi Mensah in Kumasi"), is_writer_in_place("Ana Ruiz in New Delhi")
    (True, True)
    >>> is_writer_in_place("Floods in Kumasi"), is_writer_in_place("Talks in Kumasi stall")
    (False, False)
    >>> is_writer_in_place("Ana Ruiz da Costa, São Paulo")
    True
    """
    name, found, place = line.partition(" in ")
    if not found:  # "Name, Place"
        name, found, place = line.rpartition(", ")
    return bool(found) and is_name_alone(name) and re.fullmatch(_PLACE, place) is not None


#: A writer's or a photographer's name in a credit: "Ana Ruiz", "Sanne de Vries".
_CREDITED = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}"
#: Who wrote the story, and who took its pictures: "Written by Ana Ruiz, Head of Product",
#: "Text: Ana Ruiz, photos: Jo Lee", "Words: Ana Ruiz | Pictures: Jo Lee".
_WRITER_CREDIT = re.compile(
    rf"Written\s+by\s+{_CREDITED}(?:,\s+[^\n.!?]{{1,60}})?"
    rf"|(?i:text|words)\s*:\s*{_CREDITED}(?:\s*[,;|/]\s*(?i:photos?|pictures?|images?|"
    rf"photography|video|graphics?)\s*:\s*{_CREDITED})?"
)


def is_writer_credit(line: str) -> bool:
    """A line crediting the story's writer, and its photographer: a byline without "By".

    >>> is_writer_credit("Written by Sanne de Vries, Head of Design")
    True
    >>> is_writer_credit("Text: Ana Ruiz, photos: Jo Lee"), is_writer_credit("Words: Ana Ruiz")
    (True, True)
    >>> is_writer_credit("Written by Jo Lee in 1990, the book sold 3,000 copies.")
    False
    """
    return _WRITER_CREDIT.fullmatch(line) is not None


def beside_stamp(line: str, above: str | None, below: str) -> FurnitureKind | None:
    """A line over the story's head beside its stamp: a writer and their place over or under it
    ("Kofi Mensah in Kumasi" over "March 9, 2004 · 6.47pm", a byline; a headline in title
    case, "Jury Convicts Two in Fraud Case", is none), or a section's label between a line of
    furniture (`above`, None when the line above is no furniture) and the stamp (a promo).

    >>> beside_stamp("Ana Ruiz in Lima", "Updated 4 May 2011 10.02 BST", "Talks ended.").value
    'byline'
    >>> beside_stamp("Rail & road", "Harbour Weekly", "Wed 4 May 2011 10.02 BST").value
    'promo'
    >>> beside_stamp("Rail & road", None, "Wed 4 May 2011 10.02 BST") is None
    True

    A writer named after "From" alone, under a line of furniture over the story (a column's
    label), is its byline too:

    >>> beside_stamp("From Jo van Dam", "MARKET REPORT", "Spot prices rose.").value
    'byline'
    >>> beside_stamp("From Tarrow", "MARKET REPORT", "Spot prices rose.") is None
    True
    """
    stamp_above = above is not None and STAMP_RULE.test(above)
    if is_writer_in_place(line) and (STAMP_RULE.test(below) or stamp_above):
        return FurnitureKind.BYLINE
    if above is not None and _from_writer(line):
        return FurnitureKind.BYLINE  # "From Jo van Dam" under a column's label
    if (
        above is not None
        and len(line.split()) <= SECTION_WORDS
        and line[-1] not in ".!?:"
        and STAMP_RULE.test(below)
    ):
        return FurnitureKind.PROMO
    return None


#: The most words of a section's label over the stamp: "Rankings & league tables".
SECTION_WORDS = 5


def _from_writer(line: str) -> bool:
    """A writer's name alone after "From": "From Jo van Dam" (no place: "From Tarrow")."""
    opening, _, name = line.partition(" ")
    return opening == "From" and is_name_alone(name.strip())


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
#: Where and when a story was filed, alone on its line and closed by a dash: "Kumasi, May 4 -",
#: "Tarrow, Kent; 8 March 2021, 07:30 GMT -".
_DATELINE_LINE = re.compile(
    rf"{_PLACE}(?:,\s+{_PLACE})?[,;]\s+(?:{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)(?:,?\s+\d{{1,2}}[:.]\d\d(?:\s+[A-Z]{{2,4}})?)?"
    r"\s*(?:-{1,2}|[–—])"
    # the place alone: "Ponta Verde, Azores —" over the story's first paragraph
    rf"|{_PLACE}(?:,\s+{_PLACE})?\s+(?:--|[–—])"
)


#: A letter's or a release's place and date alone on their line, no dash: "Tarrow, 6 May 2019",
#: "Leith, Fife, March 3, 2021" (the day the text was written), the office it was issued from
#: before it; its day in any written form,
#: "Lisbon, 3rd of August of 1961", "Quito, March 3rd 1999", "Kibuye, 18.11.2009", its
#: weekday before it, its clock, zone and a note in brackets after it, "Kibuye, 18.11.2009 —
#: 17h20 (heure locale / local time, UTC+2)".
_PLACE_AND_DATE = re.compile(
    # the office it was issued from before it: "Issued from the Growers' office, Quay Road, ..."
    r"(?:(?:Issued|Published|Printed|Dated|Given)\s+(?:from|at|in)\s+(?:the\s+)?[^\n,]{2,60},\s+)?"
    rf"{_PLACE}(?:,\s+{_PLACE})?,\s+(?:[A-Z][a-z]{{2,8}}day,?\s+)?(?:the\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?(?:\s+of)?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}([./])\d{1,2}\1\d{4})"
    r"(?:,?\s*(?:[-–—]\s*)?(?:at\s+)?\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
    r"(?:\s*\([^()\n]{1,60}\))?\.?"
)


def is_place_and_date(line: str) -> bool:
    """A letter's or a release's line of its place and its date with the year, alone.

    >>> is_place_and_date("Tarrow, 6 May 2019"), is_place_and_date("Leith, Fife, March 3, 2021")
    (True, True)
    >>> is_place_and_date("Rio de Janeiro, 3rd of August of 1961")
    True
    >>> is_place_and_date("Kibuye, 18.11.2009 — 17h20 (heure locale / local time, UTC+2)")
    True
    >>> is_place_and_date("Tarrow, 6 May 2019 was the day the mill closed.")
    False
    >>> is_place_and_date("Issued from the Growers' office, Quay Road, Tarrow, 9 May 1974.")
    True
    """
    return _PLACE_AND_DATE.fullmatch(line) is not None


def is_dateline_line(line: str) -> bool:
    """A dateline alone on its line, its dash closing it: the story starts on the next line.

    >>> is_dateline_line("Kumasi, May 4 -"), is_dateline_line("Tarrow, Kent; 8 March 2021 -")
    (True, True)
    >>> is_dateline_line("Tarrow, Kent; 8 March 2021, 07:30 GMT -")
    True
    >>> is_dateline_line("Kumasi, May 4 - The council met.")
    False
    >>> is_dateline_line("Tarrow, Kent —"), is_dateline_line("Tarrow, Kent — the council met.")
    (True, False)
    """
    return _DATELINE_LINE.fullmatch(line) is not None


_LIFE_DAY = rf"(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\d{{4}})"
#: An obituary's closing line: the name, a role, born and died with their days and places.
_LIFE_LINE = re.compile(
    rf"{_NAME},(?:\s+[^\n,;]{{1,40}},)?\s+born\s+(?:in\s+[^\n,;]{{1,40}},?\s+)?{_LIFE_DAY}"
    rf"(?:,?\s+[^\n;]{{1,40}})?;\s+died\s+{_LIFE_DAY}(?:,?\s+[^\n]{{1,40}})?\.?"
)


def is_life_line(line: str) -> bool:
    """An obituary's line of a life under its story: "Name, role, born ...; died ...".

    >>> is_life_line("Edda Marn, potter, born 4 May 1931; died 2 June 2016")
    True
    >>> is_life_line("Edda Marn, who was born in 1931, died on 2 June 2016 in Tarrow.")
    False
    """
    return _LIFE_LINE.fullmatch(line) is not None
