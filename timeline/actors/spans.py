"""Entity spans cleaned into names: possessives, a leading "the", corporate suffixes and
trailing dates cut off, and a title or role before a person's name split into its role.

`clean_span` reads the other modules' rules on one span: the date, share, rank, score or
reporting period after a name (`trailing_figures`), the rest of a word the model cut at its
hyphen or apostrophe (`mark_rests`), a place joined into a compound word (`place_compounds`),
the preposition a span ends on (`span_ends`).

    >>> span = clean_span("said Prime Minister Mohammed Shia Al-Sudani's aide", 5, 45, "PERSON")
    >>> span.text, span.role
    ('Mohammed Shia Al-Sudani', 'Prime Minister')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.actors.appositives import describes_a_person, describes_someone
from timeline.actors.letter_honorifics import letter_honorific
from timeline.actors.mark_rests import hyphenated_word_end, person_word_rest
from timeline.actors.modifiers import VERB_AFTER, describes_a_thing
from timeline.actors.not_actors import names_no_actor
from timeline.actors.offices import HOLDER_HONORIFICS
from timeline.actors.person_nouns import trade_before_name
from timeline.actors.place_compounds import compound_country, in_a_compound
from timeline.actors.portfolios import (
    coded_sum,
    names_a_portfolio,
    opens_a_sum,
    portfolio_opening,
    priced,
)
from timeline.actors.products import model_span
from timeline.actors.roles import leading_title, portfolio_word, role_nouns, titled_person
from timeline.actors.saints import saints_house
from timeline.actors.span_ends import NEXT_LOWER_WORD, dangling_end, name_after_of
from timeline.actors.storms import names_a_storm, storm_names
from timeline.actors.trailing_figures import TRAILING_PERIOD, trailing_figure
from timeline.actors.vocabulary import (
    after_the,
    corporate_suffix,
    countries,
    document_words,
    event_words,
    may_end_in_corporate_suffix,
    nationality,
    organisation_words,
    place_words,
    post_nominals,
    stoplist,
    titles,
)
from timeline.kinds import ActorType
from timeline.sentences import abbreviations
from timeline.temporal.vocabulary import NUMBER_WORDS
from timeline.wordlists import word_set

__all__ = [
    "EDGE_PUNCTUATION",
    "LABEL_TYPES",
    "VERB_AFTER",
    "RawSpan",
    "clean_span",
    "describes_a_thing",
    "names_a_portfolio",
    "names_a_storm",  # from `storms`, where it moved
    "storm_names",
    "strip_corporate_suffix",
]

#: The spaCy labels read as actors, and the type each gives.
LABEL_TYPES: dict[str, ActorType] = {
    "PERSON": ActorType.PERSON,
    "ORG": ActorType.ORGANISATION,
    "GPE": ActorType.LOCATION,
    "LOC": ActorType.LOCATION,
    "FAC": ActorType.LOCATION,
    "NORP": ActorType.GROUP,
    "PRODUCT": ActorType.PRODUCT,
    "CARDINAL": ActorType.PRODUCT,  # only when it names a model: "iPhone 4" (see `model_span`)
}

_POSSESSIVE = re.compile(r"(?:['’]s?|['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
#: Lower-case words before a capitalised name: "first" of "the first Crumb & Co." (a shop of
#: the chain), an owner's possessive ("university's" of "the university's Department of
#: Physics"); not a particle ("de Gaulle", "van der Berg"), nor a brand ("iPhone"); an
#: article stays where the model put it (cut from "a United Auto Workers" member, entity
#: timelines GM 0.474 -> 0.471: that event is not in its gold timeline).
_LEADING_LOWER_WORDS = re.compile(
    r"^(?:(?!(?:an?|de|da|del|der|van|von|le|la|al|el|di|du|ter|ten|bin|ibn)\s)[a-z]+(?:['’]s)?\s+)+"
    r"(?=[A-Z])"
)
#: An article and the quotation mark of a coined name: 'a "New Harlow"' is the "New Harlow".
_LEADING_ARTICLE_QUOTE = re.compile(r"^an?\s+[\"“‘']")
#: A participle and "the" opening a span that opens its sentence: "Briefing the " of
#: "Briefing the Council before the vote, ...".
_LEADING_PARTICIPLE = re.compile(r"^[A-Z][a-z]+ing\s+the\s+(?=[A-Z])")
#: A sentence's opening word, its comma and "the" before a name: "Meanwhile, the " of
#: "Meanwhile, the Ministry of Trade said" (stop 43); a firm's names joined by a comma take no
#: "the" ("Hallam, Dyce and Company").
_LEADING_CONNECTIVE = re.compile(r"^[A-Z][a-z]+,\s+the\s+(?=[A-Z])")


#: A first word and the space after it, before a capitalised word.
_FIRST_WORD = re.compile(r"^([A-Z][a-z]+)\s+(?=[A-Z])")


def _opens_line_or_sentence(text: str, start: int) -> bool:
    """Whether `start` opens the text, a line or a sentence."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"“'‘")
    return not before or before[-1] in ".!?\n"


#: Punctuation trimmed off the edges of a span (and of a word, by `ner`).
EDGE_PUNCTUATION = ' \t\n,.;:!?"“”‘’()[]{}–—-'


@dataclass(slots=True)
class RawSpan:
    """An entity span after cleaning, before it gets its canonical name."""

    start: int
    end: int
    text: str
    label: str
    role: str | None = None


def strip_corporate_suffix(name: str) -> str:
    """`name` without a corporate suffix ("" when it is nothing else).

    >>> strip_corporate_suffix("Apple Inc."), strip_corporate_suffix("General Motors Corp")
    ('Apple', 'General Motors')
    """
    return corporate_suffix().sub("", name) if may_end_in_corporate_suffix(name) else name


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n\s*")
_UNCLOSED_BRACKET = re.compile(r"\s*[(\[][^)\]]*$")
#: The capitalised word right after an entity ("Harvest Table" + " Foods").
_NEXT_CAPITALISED = re.compile(r" ([A-Z][a-z]+)\b")
#: Lower-case words that end a name after a capitalised one ("... Workers union").
_TRAILING_COMMON_NOUN = re.compile(r"(?<=[A-Za-z0-9.)])(?:\s+[a-z]+)+$")


#: Labels of places and peoples, which a hyphen can join into a compound word.
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})


def _first_piece(text: str, start: int, end: int, breaks: list[re.Match[str]]) -> tuple[int, int]:
    """The first piece of a span cut at paragraph breaks that holds a capital.

    >>> text = "Hollin Tools\\n\\nFounded in 1990"
    >>> _first_piece(text, 0, 21, list(_PARAGRAPH_BREAK.finditer(text, 0, 21)))
    (0, 12)
    """
    piece_start = start
    for brk in breaks:
        if any(c.isupper() for c in text[piece_start : brk.start()]):
            return piece_start, brk.start()
        piece_start = brk.end()
    return piece_start, end


#: A lower-case word after a name of two words the model took for a person, with "the" before
#: it: no one is written "the Ada Quell speaker", a product is.
_NOUN_AFTER_NAME = re.compile(r" [a-z]{3,}\b")
#: A capitalised name right after a span: "Martha Shilongo" after "Adv".
_NAME_AFTER = re.compile(r"\.?[ \t]+[A-Z][a-z]")
#: The holder of an office named after it with an honorific: ", Miss Edith" of "The Matron,
#: Miss Edith Hebden, said".
_HOLDER_AFTER = re.compile(rf",[ \t]+(?:{HOLDER_HONORIFICS})\.?[ \t]+[A-Z]")
#: An event's last word that is also a family name ("Brian Masters said"): a person's span
#: ending in it is the event only after "the" ("the Tarn Masters", stop 38).
_FAMILY_NAMES = frozenset({"masters"})
#: A capitalised word right before a span, a word of its name: "General " of "General Meeting".
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")


def clean_span(text: str, start: int, end: int, label: str) -> RawSpan | None:
    """The name in the entity `text[start:end]` labelled `label`, or None when it names no
    actor (a label we do not read, a lower-case word, a treaty, a word of the stop list).

    >>> clean_span("the Union Army of the Potomac on July 26 was", 0, 40, "ORG")
    RawSpan(start=4, end=29, text='Union Army of the Potomac', label='ORG', role=None)
    >>> clean_span("the National Hurricane Center (NHC) said", 4, 34, "ORG").text
    'National Hurricane Center'
    >>> clean_span("the Northeast of the country", 4, 16, "LOC").text
    'Northeast'
    >>> clean_span("leader Sione Ka'ilahi said", 7, 12, "PERSON").text
    "Sione Ka'ilahi"
    >>> clean_span("TWELVE people were hurt", 0, 6, "ORG") is None
    True
    >>> clean_span("member Ann Lee TD asked", 7, 17, "PERSON").text
    'Ann Lee'
    >>> clean_span("The Matron, Miss Ada Hebden, said", 4, 10, "ORG") is None
    True
    >>> clean_span("Meanwhile, the Ministry of Trade said", 0, 32, "ORG").text
    'Ministry of Trade'
    >>> clean_span("chairman Jang Min-seok said", 9, 17, "PERSON").text
    'Jang Min-seok'
    >>> clean_span("a deal with Union Lamego for Chilean winger Tomás Rivas", 12, 36, "ORG").text
    'Union Lamego'
    >>> clean_span('she said: "Today Kelvale is changing"', 11, 24, "GPE").text
    'Kelvale'

    No name crosses a paragraph: a span that does keeps its last paragraph's words when they
    are a country, which is then a place ("Tax Increases" of a headline, then "Germany's lower
    house"), and otherwise its first piece that holds a capital ("Hollin Tools" of "Hollin
    Tools\n\nFounded in 1990").

    >>> clean_span("Tax Rises\\n\\nGermany's parliament", 0, 18, "ORG")
    RawSpan(start=11, end=18, text='Germany', label='GPE', role=None)

    A span that holds no word, or is left with none, is no name:

    >>> clean_span("TD(\\n", 3, 4, "PERSON") is None
    True
    """
    if label not in LABEL_TYPES:
        return None
    if label in _PLACE_LABELS and in_a_compound(text, start, end):
        # "Saudi-Bangladeshi venture", "the Tignish-Palmer Road", "a Near East–Baltic service":
        # part of a compound word, unless the whole compound is a country ("Guinea-Bissau")
        country = compound_country(text, start, end)
        if country is None:
            return None
        (start, end), label = country, "GPE"
    breaks = list(_PARAGRAPH_BREAK.finditer(text, start, end))
    if breaks:
        last = breaks[-1].end()
        name = re.split(r"['’]", text[last:end], maxsplit=1)[0].strip()
        if name.casefold() in countries():
            start = last
            label = label if label in ("GPE", "NORP") else "GPE"
        else:  # "Hollin Tools\n\nFounded in 1990": the first piece that holds a capital
            start, end = _first_piece(text, start, end, breaks)
    if label == "PERSON":
        # "Rural Development\nPriya Ramaswamy": a heading's word before a full name (a name
        # wrapped across two lines keeps one word after the break: "Priya\nRamaswamy")
        line_break = text.rfind("\n", start, end)
        if line_break >= 0 and len(text[line_break + 1 : end].split()) >= 2:
            start = line_break + 1
        end = person_word_rest(text, start, end)  # "Sione" + " Taufa'ahau", "Jang Min" + "-seok"
    if not text[start:end].strip():
        return None  # a span left blank by the cuts above ("TD(\n" cut at its line break)
    if label == "PERSON" and text[start:end].rsplit(None, 1)[-1] in post_nominals():
        end = start + len(text[start:end].rsplit(None, 1)[0])  # "Ann Lee TD": his seat's letters
    product = model_span(text, start, end, label)
    if product is None:
        return None
    start, end, label = product
    if label == "ORG":
        end = hyphenated_word_end(text, start, end)  # "Kolossi Co" + "-operative"
        # the organisation word the model left out: "Harvest Table" of "Harvest Table Foods"
        following = _NEXT_CAPITALISED.match(text, end)
        if following is not None and following.group(1).casefold() in organisation_words():
            end = following.end()
    elif label in _PLACE_LABELS or label == "FAC":
        # the place word the model left out: "Monongahela" of "Monongahela Plaza"
        following = _NEXT_CAPITALISED.match(text, end)
        if following is not None and following.group(1).casefold() in place_words():
            end, label = following.end(), "FAC"
    elif label == "PERSON":
        # a name before a place word in lower case names the place: "the Mohács bridge",
        # "the Kettering road" (no person, whom a later "he" could stand for)
        following = NEXT_LOWER_WORD.match(text, end)
        if following is not None and following.group(1) in place_words():
            label = "FAC"
    wire = _WIRE_DATELINE.search(text, start, end)
    if wire is not None and wire.end() < end:
        start = wire.end()  # "Japan--(NEWSLINE)--" of a wire's dateline, then the name
    surface = text[start:end]
    # a date, a share, a rank, a score or a reporting period after the name: "Union Army of the
    # Potomac on July 26", "Mutai 47.6 per cent", "beat Kelstone 3-0" (a team, read as "ORG")
    cut, label = trailing_figure(surface, label)
    if cut is not None:
        end -= len(surface) - cut
        surface = surface[:cut]
    # a bracket the span opens and does not close belongs to what follows it:
    # "National Hurricane Center (NHC" is the centre; "(NHC)" is its acronym, read apart
    unclosed = _UNCLOSED_BRACKET.search(surface)
    if unclosed is not None:
        end -= len(surface) - unclosed.start()
        surface = surface[: unclosed.start()]
    # a preposition the span ends on is the start of what follows: "Northeast of"; so is one
    # before a nationality that describes a noun after it: "Sporting Viseu for Uruguayan
    # striker Matías Ferreyra"
    dangling = dangling_end(text, surface, end)
    named_after = name_after_of(text, surface, end, label) if dangling is not None else None
    if named_after is not None:  # "Friends of" + "Kauri Park": the name the model cut
        end, surface, dangling = named_after, text[start:named_after], None
    if dangling is not None:
        end -= len(surface) - dangling.start()
        surface = surface[: dangling.start()]
    # trim punctuation, possessives and a leading "the"
    while surface and surface[-1] in EDGE_PUNCTUATION and not surface.endswith("."):
        surface, end = surface[:-1], end - 1
    possessive = _POSSESSIVE.search(surface)
    if possessive and saints_house(text, surface, end):
        possessive = None  # "at St Oswin's": the church or school named for the saint
        label = "FAC" if label == "PERSON" else label
    if possessive and len(surface) > 3 and label != "NORP":
        end -= len(possessive.group())
        surface = surface[: -len(possessive.group())]
    while surface and surface[0] in EDGE_PUNCTUATION:
        surface, start = surface[1:], start + 1
    day = _FIRST_WORD.match(surface)
    if day is not None and day.group(1).casefold() in word_set("time_adverbs.txt"):
        start += day.end()  # '"Today Portwell is changing"': a word of time, then the name
        surface = surface[day.end() :]
    for pattern in (_LEADING_PARTICIPLE, _LEADING_CONNECTIVE):
        opening = pattern.match(surface)
        if opening is not None and _opens_line_or_sentence(text, start):
            start += opening.end()  # "Briefing the Council", "Meanwhile, the Council": no name
            surface = surface[opening.end() :]
    for pattern in (_LEADING_ARTICLE_QUOTE, _LEADING_THE, _LEADING_LOWER_WORDS):
        leading = pattern.match(surface)
        if leading:
            start += leading.end()
            surface = surface[leading.end() :]
    last_word = surface.rsplit(" ", 1)[-1].rstrip(".").lower()
    if (
        label in ("GPE", "ORG")
        and surface.endswith(".")
        and "." not in surface[:-1]
        and last_word not in abbreviations()  # "Apple Inc." keeps its period
    ):
        surface, end = surface[:-1], end - 1  # a sentence's full stop, not "U.S."
    # a common noun after an organisation's name is no word of it: "the United Auto Workers
    # union" is the union "United Auto Workers"
    trailing = _TRAILING_COMMON_NOUN.search(surface) if label == "ORG" else None
    if trailing is None:
        trailing = TRAILING_PERIOD.search(surface)  # "Tarrow Foods Q3 profit rises"
    if trailing is not None:
        end -= len(surface) - trailing.start()
        surface = surface[: trailing.start()]
    if not surface or not any(c.isupper() for c in surface):
        return None
    if _SECTION_PATH.search(surface):
        return None  # "Stratoline Engineering / Reliability": a page's section path, no name
    if corporate_suffix().match(" " + surface):
        return None  # "LLC" alone, cut from "Chrysler LLC" by the model, names no one
    if describes_a_thing(text, surface, end, label) or describes_someone(text, start, end, label):
        return None
    if describes_a_person(text, start, end, label):
        return None  # "Iain Ross, 58, of Dingwall,", "Nomsa Dube, a cleaner from KwaMashu,"
    if label != "PERSON" and (
        names_a_portfolio(text, start, end) or portfolio_opening().match(surface)
    ):
        return None  # "Minister of Water and Forests Ana Ruiz", "Transport Minister Ana Ruiz"
    if opens_a_sum(text, start) or coded_sum(text, start) or priced(surface):
        return None  # "HK$7.12", "A$30m", "NPR 10,000", "KES 4.5 billion": a sum of money
    if label == "ORG" and _CODE.fullmatch(surface) and not after_the(text, start):
        return None  # "C1 cash costs", "B2 level": a grade or a code, no organisation
    if names_no_actor(text, start, end, label):
        return None  # "Valentine's Day", "5 p.m. Lisbon time", "Brent crude", "based in Oulu"
    if surface.casefold() in stoplist() or surface.casefold() in NUMBER_WORDS:
        return None  # a word of the stop list; "ELEVEN miners were killed": a number
    office = surface.rstrip(".").casefold()
    if (office in titles() or office in role_nouns()) and (
        _NAME_AFTER.match(text, end)
        or _HOLDER_AFTER.match(text, end)  # "The Matron, Miss Edith Hebden, said"
        or surface.isupper()
        or (label == "ORG" and " " in surface)
    ):  # a position too: "Fly-half" cut from "Fly-half Ana Ruiz" (stop 32)
        # "Adv" of "chairperson Adv Martha Shilongo": her title, no body; "Mei Sakaguchi —
        # CFO": a title written in initials, no organisation; "the Special Representative"
        return None
    if _LAWS_YEAR.sub("", surface).rsplit(" ", 1)[-1].casefold() in document_words() and (
        " " in surface or label != "PERSON"  # "Patriot Act", "Farm Bill"; not "Bill" alone
    ):  # "the Health and Safety at Work Act 1974": a law, its year after it
        return None
    if label != "PERSON" and _law_after_brackets(text, end):
        return None  # "the Public Examinations (Offences) Act": the model cut a law's name
    last_word = surface.rsplit(" ", 1)[-1].casefold()
    if (
        last_word in event_words()
        and (" " in surface or _NAME_WORD_BEFORE.search(text, max(0, start - 30), start))
        and (label != "PERSON" or last_word not in _FAMILY_NAMES or after_the(text, start))
    ):  # "Meeting" of "the Annual General Meeting" too, the model's cut (stop 32)
        return None  # "Cornwall Cup", "Baltic Horizons Film Festival": an event, no actor
    if label == "PERSON":
        demonym = _DEMONYM_FIRST.match(surface)
        if demonym is not None and nationality(demonym.group(1)):
            start += demonym.end()  # "Kenyan Joseph Kiprop": his nationality, then his name
            surface = surface[demonym.end() :]
    if (
        label == "PERSON"
        and " " in surface
        and after_the(text, start)
        and _NOUN_AFTER_NAME.match(text, end)
    ):
        label = "PRODUCT"  # "the Quorvex Pilot robot vacuum": a thing, not a person
    if label != "PERSON" and surface.rsplit(" ", 1)[-1].casefold() in _named_after_words():
        title = _TITLE_AFTER_THE.search(text, max(0, start - 16), start)
        if title is not None and title.group(1).casefold() in titles():
            # "the Sir Seretse Khama International Airport": the title is a word of its name
            start, surface = title.start(1), text[title.start(1) : end]
    if label != "PERSON" and (
        titled_person(text, start, surface, label) or trade_before_name(text, start, surface)
    ):
        label = "PERSON"  # "Cllr Declan Mulroy", "Ms Ramaswamy", "Accountant Mira Solano"
    role = None
    if label == "PERSON":
        title_at_start = (
            leading_title(surface)
            or letter_honorific(text, surface)
            or trade_before_name(text, start, surface)
        )
        if title_at_start:
            role = surface[: len(title_at_start)].strip()
            start += len(title_at_start)
            surface = surface[len(title_at_start) :]
            # "Minister for Regional" + "Development Priya Ramaswamy": the portfolio goes on
            while _PORTFOLIO_ROLE.search(role) and len(surface.split()) >= 3:
                word = surface.split()[0]
                if not portfolio_word(word):
                    break
                role = f"{role} {word}"
                cut = surface.index(word) + len(word)
                cut += len(surface[cut:]) - len(surface[cut:].lstrip())
                start, surface = start + cut, surface[cut:]
    return RawSpan(start, end, surface, label, role)


#: "the " and a one-word title right before a span: "the Sir " of "the Sir Seretse Khama
#: International Airport".
_TITLE_AFTER_THE = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+\.?)\s+$")


@cache
def _named_after_words() -> frozenset[str]:
    """The last words of a place or a body that may be named after a titled person: the
    organisation and place words ("Hospital", "Airport")."""
    return organisation_words() | place_words()


#: A role that takes a portfolio after "of" or "for": "Minister for Regional".
_PORTFOLIO_ROLE = re.compile(r"\b(?:of|for)\b")
#: The end of a wire service's dateline before the story's first name: "--(NEWSLINE)--" of
#: "OSAKA, Japan--(NEWSLINE)--Hoshimi Life".
_WIRE_DATELINE = re.compile(r"(?:--|—)\([^()\n]{2,40}\)(?:--|—)\s*")
#: A year after a law's name: " 1974" of "the Health and Safety at Work Act 1974".
_LAWS_YEAR = re.compile(r",? (?:1[6-9]|20)\d\d$")
#: The first word of a person's span and the space after it, when two words follow.
_DEMONYM_FIRST = re.compile(r"([A-Z][a-z]+) (?=\S+ \S)")
#: A capital letter and a number alone: "C1", "B12".
_CODE = re.compile(r"[A-Z]\d{1,2}")
#: A spaced slash between words, as a page's section path writes them: "News / Business".
_SECTION_PATH = re.compile(r"\w \/ \w")


#: Words in brackets and a capitalised word after a name: " (Offences) Act".
_BRACKETS_THEN_WORD = re.compile(r" \([^()\n]{1,40}\) ([A-Z][a-z]+)\b")


def _law_after_brackets(text: str, end: int) -> bool:
    """Whether brackets and a law's last word follow the name ending at `end`: "Public
    Examinations" of "the Public Examinations (Offences) Act" (`data/document_words.txt`).

    >>> text = "filed under the Public Examinations (Offences) Act, 1980"
    >>> _law_after_brackets(text, 35), _law_after_brackets("the Ministry (MoH) said", 12)
    (True, False)
    """
    match = _BRACKETS_THEN_WORD.match(text, end)
    return match is not None and match.group(1).casefold() in document_words()
