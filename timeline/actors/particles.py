"""Names the model cuts or misses. It often cuts "Vale do Norte" into "Vale" and "Norte", or
"Ursula von der Leyen" into "Ursula von der" and "Leyen": two spans with only lower-case
particles between them (`data/name_particles.txt`) are one name. It misses some persons right
after a title ("US Secretary of State Jan Novak"): those are swept in. It leaves out a family
name written first ("Nguyễn" of "Nguyễn Văn Thịnh") that another person's name begins with.

    >>> from timeline.actors.spans import RawSpan
    >>> text = "Vale do Norte halted output."
    >>> joined = joined_by_particles(text, [RawSpan(0, 4, "Vale", "PERSON"),
    ...                                     RawSpan(8, 13, "Norte", "ORG")])
    >>> [(r.text, r.label) for r in joined]
    [('Vale do Norte', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.field_names import (
    after_the_and_a_word,
    fields_before_and,
    reads_as_organisation,
)
from timeline.actors.roles import portfolio_word, role_nouns
from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import (
    CAPITAL,
    SMALL,
    after_the,
    countries,
    name_particles_longest_first,
    organisation_words,
    place_words,
    titles,
)
from timeline.kinds import PLACE_LABELS
from timeline.wordlists import longest_first, word_set


def _particle_words() -> str:
    """The particles as an alternation, longest first."""
    return "|".join(name_particles_longest_first())


@cache
def _particles() -> re.Pattern[str]:
    """Whitespace and particles only: the gap between two pieces of one name."""
    return re.compile(rf"(?:\s+(?:{_particle_words()}))*\s+")


@cache
def _trailing() -> re.Pattern[str]:
    """Particles a piece ends with ("Ursula von der"): the name goes on in the next piece."""
    return re.compile(rf"\s(?:{_particle_words()})$")


def _label(first: str, second: str) -> str:
    """An organisation's piece makes the whole an organisation ("Banco do Brasil"), else a
    person's a person ("Ursula von der Leyen")."""
    for label in ("ORG", "PERSON"):
        if label in (first, second):
            return label
    return first


def joined_by_particles(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted by start) with each two pieces of a name that particles join made one."""
    pattern = _particles()
    result: list[RawSpan] = []
    for span in raw:
        last = result[-1] if result else None
        if last is not None and last.end <= span.start:
            gap = text[last.end : span.start]
            if (
                "\n" not in gap
                and pattern.fullmatch(gap) is not None
                and (gap.strip() or _trailing().search(last.text))
            ):
                joined = text[last.start : span.end]
                label = _label(last.label, span.label)
                result[-1] = RawSpan(last.start, span.end, joined, label, last.role)
                continue
        result.append(span)
    return result


#: "and" or "&" between two pieces of one organisation's name: "Sandhu and Lavallée".
_AND_GAP = re.compile(r"\s+(?:and|&)\s+")
#: "of" between an organisation and its country: "Law Society of Kenya".
_OF_GAP = re.compile(r"\s+of\s+")
#: "for the" or "of the" between an organisation and its field: "Office for the Coordination".
_FOR_THE_GAP = re.compile(r"\s+(?:for|of)\s+the\s+")


def _last_word(span: RawSpan) -> str:
    return span.text.rsplit(None, 1)[-1].casefold()


def _one_organisation(text: str, first: RawSpan, second: RawSpan) -> bool:
    """Whether two pieces the model cut apart are one organisation's name: "the Sandhu and
    Lavallée Family Foundation" (one "the" before a first piece that is no organisation of its
    own, a second that ends in an organisation word), "the Law Society of Kenya" (an
    organisation and its country), "the United Nations Office for the Coordination of
    Humanitarian Affairs" (an organisation and its field, itself no organisation's name)."""
    gap = text[first.end : second.start]
    if "\n" in gap or (not reads_as_organisation(second) and not _OF_GAP.fullmatch(gap)):
        return False
    if _AND_GAP.fullmatch(gap):
        return (
            _last_word(second) in organisation_words()
            and _last_word(first) not in organisation_words()
            and first.text.casefold() not in countries()
            and (
                after_the(text, first.start)
                or _no_name_of_its_own(second)
                or after_the_and_a_word(text, first.start)
            )
        )
    if first.label != "ORG" or _last_word(first) not in organisation_words():
        return False
    if _OF_GAP.fullmatch(gap):
        return second.label == "GPE" and " " not in second.text.strip()
    return bool(_FOR_THE_GAP.fullmatch(gap)) and _last_word(second) not in organisation_words()


def _no_name_of_its_own(span: RawSpan) -> bool:
    """Whether every word of `span` is a kind of unit or of organisation ("County Council" of
    "Waterford City and County Council"): no name of its own, the end of the name before "and".

    >>> _no_name_of_its_own(RawSpan(0, 14, "County Council", "ORG"))
    True
    >>> _no_name_of_its_own(RawSpan(0, 15, "Ridley Council", "ORG"))
    False
    """
    return all(word.casefold() in _unit_words() for word in span.text.split())


@cache
def _unit_words() -> frozenset[str]:
    """Words of kinds of units and organisations: `data/administrative_units.txt`,
    `data/organisation_words.txt`."""
    return word_set("administrative_units.txt") | organisation_words()


def joined_organisations(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted by start) with each two pieces of one organisation's name made one.

    >>> text = "a campaign led by the Sandhu and Lavallée Family Foundation."
    >>> foundation = RawSpan(33, 59, "Lavallée Family Foundation", "ORG")
    >>> spans = [RawSpan(22, 28, "Sandhu", "ORG"), foundation]
    >>> [(r.text, r.label) for r in joined_organisations(text, spans)]
    [('Sandhu and Lavallée Family Foundation', 'ORG')]
    """
    result: list[RawSpan] = []
    for span in raw:
        last = result[-1] if result else None
        if last is not None and last.end <= span.start and _one_organisation(text, last, span):
            result[-1] = RawSpan(last.start, span.end, text[last.start : span.end], "ORG")
            continue
        result.append(span)
    return result


#: A capitalised word and one space right before a name: "Nguyễn " of "Nguyễn Văn Thịnh".
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][^\W\d_]+) $")


def with_family_names(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted by start) with each person's name taking in the capitalised word the
    model left out right before it, when that word begins another person's name of two words
    or more: a family name written first ("Nguyễn Văn Thịnh" beside "Nguyễn Văn Lực").

    >>> text = "Nguyễn Văn Thịnh fires the kiln. His father, Nguyễn Văn Lực, built it."
    >>> spans = [RawSpan(7, 16, "Văn Thịnh", "PERSON"), RawSpan(45, 59, "Nguyễn Văn Lực", "PERSON")]
    >>> [r.text for r in with_family_names(text, spans)]
    ['Nguyễn Văn Thịnh', 'Nguyễn Văn Lực']
    """
    family = {
        span.text.split()[0]
        for span in raw
        if span.label == "PERSON" and len(span.text.split()) >= 2
    }
    result: list[RawSpan] = []
    for span in raw:
        before = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
        if (
            span.label == "PERSON"
            and before is not None
            and before.group(1) in family
            and not (result and result[-1].end > before.start())
        ):
            start = before.start(1)
            result.append(RawSpan(start, span.end, text[start : span.end], span.label, span.role))
        else:
            result.append(span)
    return result


@cache
def _titled() -> re.Pattern[str]:
    """A title and the two or three capitalised words after it: "Secretary of State Jan
    Novak", "Dr. Li Wen"."""
    title_words = longest_first("titles.txt")
    words = _title_alternation()
    # a name word's letters may be any alphabet's ("Riikka Häkkinen", "Ólafur"); initials may
    # open the name ("Sergeant D. M. Rowe")
    name = rf"{CAPITAL}{SMALL}[\w'’-]*"
    initials = r"(?:[A-Z]\.\s*){1,3}"
    portfolio = r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w.-]*){0,2}?)?"
    # a match opens with a title's first letter: the search skips to those (the same matches)
    first = "".join(sorted({re.escape(title[0]) for title in title_words}))
    return re.compile(
        rf"(?=[{first}])(?<![\w.])(?:{words}){portfolio}\s+"
        rf"(?P<name>{initials}{name}|{name}(?:\s+{name}){{1,2}})\b(?![ \t]+[A-Z])"
    )


def _title_alternation() -> str:
    """The titles of `data/titles.txt` as one alternation, the longest first."""
    return "|".join(re.escape(title) for title in longest_first("titles.txt"))


@cache
def _titled_apposition() -> re.Pattern[str]:
    """A title, a comma and two or three capitalised words closed by a comma: the name in
    apposition to the title ("The company's chief executive, Ana Ruiz, said", "its chairman,
    Jan Novak, told"), in any case of the title.

    >>> text = "The company's chief executive, Ana Ruiz, said so."
    >>> _titled_apposition().search(text)["name"]
    'Ana Ruiz'
    """
    words = _title_alternation()
    name = r"[A-Z][a-z][\w'’-]*"
    return re.compile(rf"(?<![\w.])(?i:{words}),[ \t]+(?P<name>{name}(?:[ \t]+{name}){{1,2}}),")


#: A comma and the opening of a name after it: where a title in apposition ends.
_COMMA_BEFORE_NAME = re.compile(r",[ \t]+[A-Z][a-z]")


def _titled_appositions(text: str) -> list[re.Match[str]]:
    """`_titled_apposition().finditer(text)`, found sooner: no title has a comma in it, and
    a case-insensitive title is as long as the words that match it, so a match starts a
    title's length before a comma that a name follows; only there is the pattern tried (in
    order, a match starting inside the previous one skipped, as `finditer` does).

    >>> text = "Its chairman, Jan Novak, and its chief executive, Ana Ruiz, spoke."
    >>> [m["name"] for m in _titled_appositions(text)]
    ['Jan Novak', 'Ana Ruiz']
    """
    lengths = _title_lengths()
    starts = sorted(
        {
            comma.start() - length
            for comma in _COMMA_BEFORE_NAME.finditer(text)
            for length in lengths
            if comma.start() >= length
        }
    )
    pattern = _titled_apposition()
    found: list[re.Match[str]] = []
    last_end = 0
    for start in starts:
        if start >= last_end and (match := pattern.match(text, start)) is not None:
            found.append(match)
            last_end = match.end()
    return found


@cache
def _title_lengths() -> frozenset[int]:
    """The lengths of the titles of `data/titles.txt` (none has a comma)."""
    titles = longest_first("titles.txt")
    if any("," in title for title in titles):
        raise ValueError("data/titles.txt: a title with a comma breaks `_titled_appositions`")
    return frozenset(len(title) for title in titles)


@cache
def _role_led() -> re.Pattern[str]:
    """A position in a contest opening a sentence or a line, and the two or three capitalised
    words after it: "Referee Aiko Sato" (`roles.role_nouns`)."""
    roles = "|".join(re.escape(role.capitalize()) for role in sorted(role_nouns()))
    name = r"[A-Z][a-z][\w'’-]*"
    return re.compile(
        rf"(?:^|(?<=\n)|(?<=[.!?] ))[ \t]*(?:{roles})[ \t]+"
        rf"(?P<name>{name}(?:[ \t]+{name}){{1,2}})\b(?![ \t]+[A-Z])"
    )


def _stacked_title(words: list[str], after: str) -> bool:
    """Whether the words taken for a name after a title are more titles: "General Dr" of
    "Director General Dr. Clarisse Uwamahoro" (the last word with the point after it).

    >>> _stacked_title(["General", "Dr"], "."), _stacked_title(["Jan", "Novak"], " ")
    (True, False)
    """
    inner = any(word.casefold() in titles() for word in words[:-1])
    return inner or (after == "." and f"{words[-1]}.".casefold() in titles())


def _leading_titles(words: list[str]) -> int:
    """How many of the words taken for a name after a title are titles themselves, from the
    first: "Superintendent" of "Detective Superintendent George Pardoe".

    >>> _leading_titles(["Superintendent", "George", "Pardoe"]), _leading_titles(["Jan", "Novak"])
    (1, 0)
    """
    count = 0
    while count < len(words) and words[count].casefold() in titles():
        count += 1
    return count


def titled_persons(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """Persons the model missed after a title ("met US Secretary of State Jan Novak in Suva"):
    two or three capitalised words right after one, where no span of `raw` lies, and none of
    them an organisation's word ("Queen Mary University" is no person).

    >>> titled_persons("He met US Secretary of State Jan Novak in Suva.", [])
    [RawSpan(start=29, end=38, text='Jan Novak', label='PERSON', role=None)]
    >>> [r.text for r in titled_persons("Chief Executive Riikka Häkkinen told us.", [])]
    ['Riikka Häkkinen']
    >>> [r.text for r in titled_persons("Sergeant D. M. Rowe said so.", [])]
    ['D. M. Rowe']

    So are persons after a position in a contest opening a sentence (`_role_led`), and a
    name in apposition to a title (`_titled_apposition`: "its chairman, Jan Novak, said"):

    >>> titled_persons("It ended. Referee Aiko Sato waved it off.", [])
    [RawSpan(start=18, end=27, text='Aiko Sato', label='PERSON', role=None)]

    Not the opening of the next sentence after an office's place and its full stop (stop 37):

    >>> titled_persons("It went to the Coroner of Kells. The Coroner, Dr. Amos, spoke.", [])
    []
    """
    found: list[RawSpan] = []
    matches = (*_titled().finditer(text), *_role_led().finditer(text))
    for match in (*matches, *_titled_appositions(text)):
        start, end = match.span("name")
        if any(span.start < end and start < span.end for span in raw):
            continue
        words = match["name"].split()
        if any(word.casefold() in organisation_words() for word in words):
            continue
        if words[0] in word_set("function_words.txt"):
            continue  # "the Coroner of Western District. The Coroner,": a sentence's opening
        if match.re is _role_led() and words[-1].casefold() in place_words():
            continue  # "Striker Lake Stadium": a place after the word, no person
        lead = _leading_titles(words)
        if lead and len(words) - lead >= 2:  # "Detective Superintendent George Pardoe"
            start += len(" ".join(words[:lead])) + 1
            start += len(text[start:end]) - len(text[start:end].lstrip())
            words = words[lead:]
        if _stacked_title(words, text[end : end + 1]):
            continue  # "Director General Dr. Clarisse Uwamahoro": titles, the name after them
        if len(words) == 3 and portfolio_word(words[0]):  # "Development Carlo Maria"
            start = match.start("name") + len(words[0]) + 1
            start += len(text[start:end]) - len(text[start:end].lstrip())
        found.append(RawSpan(start, end, text[start:end], "PERSON"))
    return found


#: "the", one to three capitalised words and "of" or "and" right before a name: "the Port of "
#: of "the Port of Spain City Council", "the Trinidad and " of "the Trinidad and Tobago
#: Vendors' Association".
_CUT_OPENING = re.compile(r"(?<![\w'’-])[Tt]he((?: [A-Z][\w'’-]*){1,3}) (of|and) $")

#: Labels of the model's spans an organisation's opening words may be: a place ("Trinidad").
_PLACE_LABELS = PLACE_LABELS | {"NORP"}


def _opening_words(words: list[str]) -> bool:
    """Whether capitalised words can open an organisation's name: no title ("Minister of"),
    no organisation of their own ("the Treasury and"), no country's short form alone.

    >>> _opening_words(["Port"]), _opening_words(["Minister"]), _opening_words(["Bank"])
    (True, False, False)
    """
    folded = [word.casefold() for word in words]
    return (
        not any(word in titles() or word in organisation_words() for word in folded)
        and " ".join(folded) not in titles()
    )


def _country_with_and(opening: str, name: str) -> bool:
    """Whether the words before "and" and the first words of `name` are a country's name
    written with "and" (`data/demonyms.csv`: "Trinidad and Tobago").

    >>> _country_with_and(" Trinidad", "Tobago Vendors' Association")
    True
    >>> _country_with_and(" Treasury", "Federal Reserve Board")
    False
    """
    words = name.split()
    return any(
        f"{opening.strip()} and {' '.join(words[:count])}".casefold() in countries()
        for count in range(1, min(3, len(words)))
    )


def with_cut_openings(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted by start) with each organisation's name the model cut after the "of" or
    "and" inside it whole again: its words from the "the" before it, when the name ends in an
    organisation word and the words cut off are no title nor organisation of their own ("the
    Port of Spain City Council", found as "Spain City Council"); after "and" only when they
    and the name's first words are a country's name ("Trinidad and Tobago").

    >>> text = "The Trinidad and Tobago Vendors' Association met."
    >>> spans = [RawSpan(17, 44, "Tobago Vendors' Association", "ORG")]
    >>> [r.text for r in with_cut_openings(text, spans)]
    ["Trinidad and Tobago Vendors' Association"]
    """
    result: list[RawSpan] = []
    for span in raw:
        match = None
        if span.label == "ORG" and _last_word(span) in organisation_words():
            match = _CUT_OPENING.search(text, max(0, span.start - 60), span.start)
        if match is None or not _opening_words(match.group(1).split()):
            result.append(span)
            continue
        if match.group(2) == "and" and not (
            _country_with_and(match.group(1), span.text)
            or fields_before_and(text, match.start(1) + 1, match.end(1), result)
        ):
            result.append(span)  # "the Treasury and Federal Reserve Board": two
            continue
        start = match.start(1) + 1
        inside = [r for r in result if r.end > start]
        if any(r.start < start or r.label not in _PLACE_LABELS for r in inside):
            result.append(span)  # the words are another name's
            continue
        result = [r for r in result if r.end <= start]
        result.append(RawSpan(start, span.end, text[start : span.end], "ORG", span.role))
    return result
