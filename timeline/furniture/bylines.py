"""The shapes of bylines, the lines that say who wrote a story: "By Jane Doe, Staff Writer",
"Special to the Valley Record", the signature of a media
statement, "The Honourable Jo Lee MP" over "Minister for Health", a wire's slug line and the
shapes of a dateline, "WASHINGTON, Oct 23 (Reuters) - " (the stamps, when a story was published
or updated, are in `timeline.furniture.stamp_lines`). Read by
`timeline.furniture`, which holds the rules and their examples; none names an outlet, an agency
or a person.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.vocabulary import name_particles
from timeline.furniture.dateline_shapes import DATELINE_PATTERNS
from timeline.furniture.stamp_lines import TOKEN, stamp_word
from timeline.sentences import sentence_openers
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import word_set

__all__ = [
    "DATELINE_PATTERNS",
    "TOKEN",
    "is_by_line",
    "is_for_paper_line",
    "is_name_alone",
    "is_name_with_outlet",
    "is_named_byline",
    "is_story_sentence",
    "is_wire_slug",
    "name_token",
    "names_above",
    "names_its_writer",
    "standfirst",
    "wire_slug_date",
]

_FUNCTION_WORDS = frozenset({"and", "for", "of", "the", "at", "in", "with", "from", "on", "to"})


@cache
def _byline_roles() -> frozenset[str]:
    return word_set("byline_roles.txt")


def name_token(token: str) -> bool:
    """A word of a byline: a name, a number or stamp word, an address, a handle, a role."""
    return (
        token[0].isupper()
        or token[0].isdigit()
        or token[0] == "@"
        or "@" in token
        or token.lower() in _byline_roles()
        or token.lower() in _FUNCTION_WORDS
        or stamp_word(token)
        or re.fullmatch(r"[\w-]+\.(?:com|org|net|co\.uk|[a-z]{2})", token) is not None
        or (_particle(token.split("-", 1)[0]) and token.split("-", 1)[-1][:1].isupper())
    )


#: Words before "by" that open a byline or its photographer's credit: "Posted by", "Written
#: by", "Words by", "Portraits by".
_BY_OPENINGS = frozenset(
    {"Posted", "Written", "Words", "Text", "Story", "Photographs", "Photos"}
    | {"Pictures", "Portraits"}
)
#: The labels of a field that names the writer: "Author: Jo Lee", "Author Jo Lee".
_AUTHOR_LABELS = frozenset({"Author", "Authors", "AUTHOR", "AUTHORS"})
#: The agencies a writer's story draws on, in brackets after the name: "(with dpa)", "(with
#: agencies)".
_WITH_AGENCY = re.compile(r"\s*\((?:with|and|additional reporting by)\s+[^()\n]{1,40}\)\s*$")
#: The most words of a writer's role before the name: "By chief political correspondent Jo Lee".
BY_ROLE_WORDS = 4
#: The words before a desk or a role that a byline names instead of a writer: "By our
#: correspondent", "By a Staff Reporter", "By the Consumer Desk".
_BY_DESK = frozenset({"our", "a", "an", "the", "Our", "A", "An", "The"})


#: A byline's label in two languages, the outlet's and English: "Por / By:", "By / Par:".
_TWO_LANGUAGE_BY = re.compile(r"\s*(?:[A-Z][a-z]{1,5}\s*/\s*By|By\s*/\s*[A-Z][a-z]{1,5})\s*:\s*")
#: The agencies a desk's story draws on, after a comma and in the outlet's language: ", con
#: información de agencias", ", avec agences", ", con agenzie".
_AGENCY_TAIL = re.compile(
    r",\s+(?:[a-zà-ÿ]+\s+){1,3}(?:agencias|agences|agenzie|agências|agenturen|agencies)\s*$"
)


def is_by_line(line: str) -> bool:
    """A line that starts "By" and a name, and holds nothing but names, roles, addresses and
    a stamp: "BY KIERAN MOSS - 03/05/25 6:12 PM ET", "By Ana Ruiz | NJ Media for NJ.com",
    "Posted by Tom Ashworth · 3 min read", "Words by Jo Lee · Photographs by Ann Roe", "By our
    correspondent", "Author Jo Lee (with agencies)", "By political reporter Jo Lee", "Por / By:
    Redacción Lima, con información de agencias" (its label in two languages).

    >>> is_by_line("By our correspondent"), is_by_line("By the time the talks ended, ...")
    (True, False)
    """
    two_languages = _TWO_LANGUAGE_BY.match(line)
    if two_languages is not None:  # "Por / By: Redacción Lima, con información de agencias"
        line = "By " + _AGENCY_TAIL.sub("", line[two_languages.end() :])
    tokens = TOKEN.findall(_WITH_AGENCY.sub("", line) if line.endswith(")") else line)
    if len(tokens) > 2 and tokens[0] in _BY_OPENINGS and tokens[1] in ("by", "By"):
        tokens = tokens[1:]  # "Posted by Tom Ashworth · 3 min read"
    if tokens and tokens[0] in _AUTHOR_LABELS:
        tokens = ["By", *tokens[1:]]  # "Author: Jo Lee (with agencies)"
    if len(line) > 160 or len(tokens) < 2 or tokens[0] not in ("By", "BY", "by"):
        return False
    roles = [
        n for n, token in enumerate(tokens[1 : BY_ROLE_WORDS + 1], 1) if token in _byline_roles()
    ]
    if roles and roles[-1] + 1 < len(tokens) and all(t.islower() for t in tokens[1 : roles[-1]]):
        tokens = ["By", *tokens[roles[-1] + 1 :]]  # "By political reporter Jo Lee"
    if tokens[1] in _BY_DESK and len(tokens) > 2:
        tokens = tokens[1:]  # "By our correspondent", "By the Consumer Desk"
        if not (tokens[1][0].isupper() or tokens[1].lower() in _byline_roles()):
            return False
    first = tokens[1].lower().rstrip(".")
    # a month's name is a writer's ("By Jan de Vries", "By May Lee") only before a name
    named_after = len(tokens) > 2 and (tokens[2][0].isupper() or _particle(tokens[2]))
    if not (tokens[1][0].isupper() or first in _byline_roles()) or (
        first in MONTHS and not named_after
    ):
        return False  # "By Monday the talks had collapsed", "By March the talks ..."
    if first in WEEKDAYS:
        return False
    # a photographer's credit after the writer's: "Words by Jo Lee · Photographs by Ann Roe";
    # a name's particles in small letters between its words: "By Pieter van der Berg", or a
    # place's: "By Jo Lee in Dar es Salaam"
    names = tokens[1:]
    return all(
        name_token(token)
        or token in ("by", "By")
        or (
            (_particle(token) or (token.isalpha() and token.islower() and len(token) <= 3))
            and 0 < index < len(names) - 1
            and (names[index + 1][0].isupper() or _particle(names[index + 1]))
        )
        or (_particle(token.split("-", 1)[0]) and token.split("-", 1)[-1][:1].isupper())
        for index, token in enumerate(names)
    )


def _particle(word: str) -> bool:
    """A particle of a name in small letters: "de", "van", "bin" (`data/name_particles.txt`)."""
    return word in name_particles()


def is_named_byline(line: str) -> bool:
    """A writer's name with a role, a handle or an address and nothing else:
    "Larissa Holt Economics correspondent", "Jordan Kessler @jkessler", "@jkessler"."""
    tokens = line.split()
    if not 1 <= len(tokens) <= 8 or line.endswith("."):
        return False
    marked = any(t.lower() in _byline_roles() or t.startswith("@") or "@" in t[1:] for t in tokens)
    return marked and all(
        t[0].isupper() or t.lower() in _byline_roles() or "@" in t or t in ("and", "&")
        for t in tokens
    )


#: The most words of a writer's name alone on its line: "Kenneth Tay Jun Wei".
NAME_WORDS = 4


#: A word of a personal name in any Latin script, two letters at least: "Ciarán", "Łukasz",
#: "Þórhallsdóttir", "O'Brien", "Jean-Luc".
_UPPER = r"(?=[^\W\d_])[^\W\d_a-zß-öø-ÿ]"
_LOWER = r"[^\W\d_A-ZÀ-ÖØ-Þ]"
_NAME_WORD = re.compile(rf"{_UPPER}(?:{_LOWER}+|['’]{_UPPER}{_LOWER}+)(?:['’-][^\W\d_]+)*")


def is_name_alone(line: str) -> bool:
    """A personal name alone on its line, two to four words from a capital, none a full month
    or weekday name, none a sentence's opener: the byline without its "By" that a page sets
    under its headline (`timeline.furniture` takes it there only, before the story).

    >>> [is_name_alone(n) for n in ("Kenneth Tay Jun Wei", "Ciarán Whelan", "Ana da Costa")]
    [True, True, True]
    >>> is_name_alone("LOCAL NEWS"), is_name_alone("The Long Read"), is_name_alone("Friday June")
    (False, False, False)
    """
    words = [w for w in line.split() if not _particle(w)]
    return (
        line[:1].isupper()
        and line.rsplit(maxsplit=1)[-1] in words  # a particle between the name's words only
        and 2 <= len(words) <= NAME_WORDS
        and all(_NAME_WORD.fullmatch(word) for word in words)
        and not any(word in sentence_openers() for word in words)
        and not any(
            word.lower() in WEEKDAYS or (len(word) > 3 and word.lower() in MONTHS) for word in words
        )
    )


#: An initial inside a name: "Ana K. Ruiz".
_INITIAL = re.compile(r"(?<=\s)[A-Z]\.\s+")
#: The most words of the paper or agency after a writer's name: "The Valley Courier".
OUTLET_WORDS = 5


def is_name_with_outlet(line: str) -> bool:
    """A writer's name and their paper or agency after a comma, the byline without its "By"
    under a headline (`timeline.furniture` takes it there only): "Ana K. Ruiz, Associated
    Press", "ANA RUIZ, The Valley Courier".

    >>> is_name_with_outlet("Ana K. Ruiz, Associated Press")
    True
    >>> is_name_with_outlet("Ana Ruiz, who led the talks"), is_name_with_outlet("Lima, Peru")
    (False, False)
    """
    name, comma, outlet = line.partition(", ")
    name = _INITIAL.sub("", name)
    words = outlet.split()
    return (
        bool(comma)
        and is_name_alone(name.title() if name.isupper() else name)
        and 0 < len(words) <= OUTLET_WORDS
        and all(word[0].isupper() or word in _FUNCTION_WORDS for word in words)
        and words[-1][0].isupper()
        and not outlet.endswith(".")
        and not any(stamp_word(word) for word in words)
    )


# -- the head of an article ------------------------------------------------------------------

#: The fewest words of a sentence of the story; a standfirst without its stop is none.
SENTENCE_WORDS = 8
#: The most lines a standfirst takes between the headline and the byline, and its longest line.
STANDFIRST_LINES = 2
STANDFIRST_CHARS = 300


def is_story_sentence(line: str) -> bool:
    """A line that is a sentence of the story, its full stop and eight words or more: below
    it, a name alone is the story's, not a byline.

    >>> is_story_sentence("The council met on Monday to vote on the plan.")
    True
    >>> is_story_sentence("Jo Lee"), is_story_sentence("Rates were cut after a close vote")
    (False, False)
    """
    return len(line.split()) >= SENTENCE_WORDS and line.rstrip("\"”’'")[-1:] in ".!?"


def names_its_writer(line: str) -> bool:
    """A byline that names its writer: "By Jo Lee", "Jo Lee", "Jo Lee Sports reporter"."""
    return is_by_line(line) or is_name_alone(line) or is_named_byline(line)


def standfirst(
    lines: list[tuple[int, int]], taken: list[tuple[int, int]], byline: int
) -> list[tuple[int, int]]:
    """The standfirst: the lines between the headline (the first of `lines`, each its [start,
    end)) and the byline starting at `byline`, at most two and none of them furniture (`taken`),
    with a line of the story under the byline. It sums up the story the byline opens.

    >>> standfirst([(0, 8), (10, 40), (42, 50), (52, 90)], [(42, 50)], 42)
    [(10, 40)]
    >>> standfirst([(0, 8), (10, 40), (42, 50)], [(42, 50)], 42)  # no story under the byline
    []
    """

    def free(start: int) -> bool:
        return not any(taken_start <= start < taken_end for taken_start, taken_end in taken)

    if not lines or not free(lines[0][0]):
        return []  # the first line is no headline
    between = [(start, end) for start, end in lines[1:] if end <= byline and free(start)]
    story_after = any(start > byline and free(start) for start, _ in lines)
    if not story_after or len(between) > STANDFIRST_LINES:
        return []
    return [(start, end) for start, end in between if end - start <= STANDFIRST_CHARS]


#: "For Coastline News": the paper a writer wrote for, right under the writer's name.
_FOR_PAPER = re.compile(r"For\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}")


def is_for_paper_line(line: str) -> bool:
    """ "For Coastline News": the paper a writer wrote for, when it stands right under the
    writer's name (`names_above`); alone, it may be a heading.

    >>> is_for_paper_line("For Coastline News"), is_for_paper_line("For years it was shut.")
    (True, False)
    """
    return _FOR_PAPER.fullmatch(line) is not None


def names_above(text: str, lines: list[tuple[int, int]], number: int) -> bool:
    """The line right above line `number` (its [start, end) in `lines`), in its block, is of
    names only, and not the headline (the text's first line): the byline of a stamp ("Jo Lee at
    Riverside Park" over "Sat 3 Aug 2019 18.10 BST") or of a paper ("Jo Lee" over "For
    Coastline News").

    >>> text = "Headline\\n\\nJo Lee\\nFor Coastline News"
    >>> names_above(text, [(0, 8), (10, 16), (17, 35)], 2)
    True
    """
    if number < 2:
        return False
    above_start, above_end = lines[number - 1]
    line = text[above_start:above_end]
    if text[above_end : lines[number][0]].strip(" \t") != "\n" or line.endswith("."):
        return False
    tokens = TOKEN.findall(line)
    return 0 < len(tokens) <= 8 and all(name_token(token) for token in tokens)


#: A wire's slug line: its priority and category letters, "r a", its codes and keywords joined
#: by hyphens, "BC-Fraud-Trial", "PM-Fraud Trial", a version and a take's number, ", 1st
#: Ld-Writethru,0412", and its date month first with its clock and zone, "AW-DS-12-03-87
#: 1432EST", or its day and length, "12-03 0412".
_WIRE_SLUG = re.compile(
    r"(?P<letters>(?:[a-z]\s+){1,3})?"
    r"(?P<codes>[A-Z]{2,4}(?:-{1,2}[A-Za-z0-9&/]+)+)(?:\s[A-Z][A-Za-z]+)?"
    r"(?P<tail>(?:,\s?[0-9A-Z][\w-]*(?:\s[0-9A-Z][\w-]*){0,2}){0,2}"
    r"(?:\s+\d\d-\d\d)?(?:\s+\d{3,4}\s?(?:[A-Z]{2,4})?)?)"
)
_SLUG_DATE = re.compile(r"-(?P<month>\d\d)-(?P<day>\d\d)-(?P<year>\d\d)(?=\s|$)")


def is_wire_slug(line: str) -> bool:
    """A wire's slug line: "BC-Fraud-Trial", "AW-DS-12-03-87 1432EST", "r a PM-FraudTrial
    12-03 0412", "PM-Fraud Trial,0423": three codes, or two with the wire's letters or a
    number after them ("US-China talks", "US-China Summit" and "COVID-19" are none).

    >>> is_wire_slug("BC-Fraud-Trial,0412"), is_wire_slug("US-China talks resumed.")
    (True, False)
    >>> is_wire_slug("PM-Fraud Trial,0423"), is_wire_slug("US-China Summit")
    (True, False)
    """
    match = _WIRE_SLUG.fullmatch(line)
    return match is not None and (
        match["codes"].count("-") - match["codes"].count("--") >= 2
        or bool(match["letters"])
        or bool(match["tail"])
    )


def wire_slug_date(line: str) -> tuple[int, int, int] | None:
    """The month, day and two-digit year a slug line ends its codes with, as the American wires
    write them: "AW-DS-12-03-87 1432EST" is (12, 3, 87), the 3rd of December 1987.

    >>> wire_slug_date("AW-DS-12-03-87 1432EST"), wire_slug_date("BC-Fraud-Trial")
    ((12, 3, 87), None)
    """
    if not is_wire_slug(line):
        return None
    found = _SLUG_DATE.search(line)
    if found is None or not 1 <= int(found["month"]) <= 12 or not 1 <= int(found["day"]) <= 31:
        return None
    return int(found["month"]), int(found["day"]), int(found["year"])
