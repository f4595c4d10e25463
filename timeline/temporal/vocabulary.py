"""The temporal vocabulary: every word the engine knows, loaded once from
``timeline/data/temporal_words.json``, validated, and kept in one typed, frozen home.

    >>> VOCABULARY.months["sept"], VOCABULARY.relations["preceding"].shift
    (9, -1)
    >>> VOCABULARY.relation_words("month")
    ('coming', 'following', 'last', 'next', 'preceding', 'previous', 'same', 'that')

Patterns, trigger words and prefilters are built from these lists, never typed again; the
module-level names below (``MONTHS``, ``SEASONS`` ...) are the same objects, for short imports.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal, TypeVar

from timeline.wordlists import DataFileError, json_object

_SPACES_RE = re.compile(r"\s+")
_FILE = "temporal_words.json"
#: what a relation word may stand before: the expressions whose patterns take it
RELATION_PLACES = frozenset({"unit", "weekday", "season", "month", "fiscal", "quarter", "duration"})
_Value = TypeVar("_Value")


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation word as HeidelTime normalises it ("last", "previous", "past" are all -1).

    >>> Relation(-1, "running", frozenset({"unit"})).shift
    -1
    """

    shift: int
    #: "reference": deictic, counts from the reference date ("last week"); "running":
    #: anaphoric, counts from the last date mentioned ("the previous week")
    counts_from: Literal["reference", "running"]
    before: frozenset[str]

    def __post_init__(self) -> None:
        if self.shift not in (-1, 0, 1):
            raise ValueError(f"shift {self.shift} is not -1, 0 or 1")
        if self.counts_from not in ("reference", "running"):
            raise ValueError(f"counts_from {self.counts_from!r} is not 'reference' or 'running'")
        if not self.before <= RELATION_PLACES:
            raise ValueError(f"before {sorted(self.before - RELATION_PLACES)}: not a place")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Every word list of the temporal engine, each defined once (dateutil's ``parserinfo``).

    >>> VOCABULARY.weekdays["friday"], VOCABULARY.units["decade"]
    (5, 'DE')
    """

    months: Mapping[str, int]
    month_names_needing_context: frozenset[str]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, str]
    relations: Mapping[str, Relation]
    number_words: Mapping[str, float]
    vague_quantities: tuple[str, ...]
    ordinals: Mapping[str, int]
    decade_words: Mapping[str, int]
    units: Mapping[str, str]
    day_parts: Mapping[str, str]
    #: the day parts a day can take: "Monday morning", "last night", "tomorrow evening"
    parts_of_a_day: tuple[str, ...]
    vague_news: Mapping[str, str]
    vague_narrative_only: Mapping[str, str]
    set_words: Mapping[str, str]
    fixed_holidays: Mapping[str, str]
    floating_holidays: Mapping[str, tuple[int, ...]]
    easter_holidays: Mapping[str, int]
    #: holidays whose day differs by country ("independence day"): no day of their own
    country_holidays: frozenset[str]
    historic_days: Mapping[str, str]
    blocked_names: tuple[str, ...]
    count_nouns: frozenset[str]
    future_cues: frozenset[str]
    past_cues: frozenset[str]
    present_cues: frozenset[str]
    #: present-tense verbs of a timetable ("leaves in January", "opens on Friday"): ahead
    schedule_verbs: frozenset[str]
    arranged_participles: frozenset[str]
    #: past forms of foreseeing ("said it expected a cut in the third quarter"): what they
    #: foresee is still ahead of the news
    foreseeing_verbs: frozenset[str]
    ed_words_not_past: frozenset[str]
    duration_blockers_after: tuple[str, ...]
    year_blockers_before: tuple[str, ...]
    ordinal_day_blockers: tuple[str, ...]
    #: "ult." -> -1: the month, from the reference's, of a day written in letter style
    letter_months: Mapping[str, int]
    dateline_words: frozenset[str]
    sentence_openers: frozenset[str]
    #: zone -> its TIMEX3 offset ("UTC": "Z", "EST": "-05:00"); "" for a zone whose offset
    #: depends on the date ("ET": EST or EDT), written with no offset
    time_zones: Mapping[str, str]
    #: the zones of the Americas written with no offset ("6:12 PM ET"): a stamp beside one is
    #: American, month first; the offsets of the others tell their side of the Atlantic
    zones_of_the_americas: frozenset[str]

    def __post_init__(self) -> None:
        if sorted(set(self.months.values())) != list(range(1, 13)):
            raise ValueError("months: every month 1-12, and only those")
        if sorted(self.weekdays.values()) != list(range(1, 8)):
            raise ValueError("weekdays: the ISO weekdays 1-7, once each")
        if not set(self.parts_of_a_day) <= set(self.day_parts):
            raise ValueError("parts_of_a_day: each must be one of day_parts")

    def unit_words(self, *, counted: bool = False) -> tuple[str, ...]:
        """Every unit word, singular and plural; ``counted``: only those a duration counts
        ("three weeks"; a weekend is not counted).

        >>> VOCABULARY.unit_words(counted=True)[-4:]
        ('century', 'centuries', 'millennium', 'millennia')
        >>> "millennia" in VOCABULARY.unit_words(), "weekends" in VOCABULARY.unit_words()
        (True, True)
        """
        return tuple(
            form
            for unit in self.units
            if not (counted and unit == "weekend")
            for form in (unit, plural(unit))
        )

    def relation_words(self, before: str) -> tuple[str, ...]:
        """The relation words that may stand before ``before`` (a place of RELATION_PLACES).

        >>> VOCABULARY.relation_words("fiscal")
        ('coming', 'current', 'last', 'next', 'previous', 'this')
        """
        if before not in RELATION_PLACES:
            raise ValueError(f"{before!r} is not one of {sorted(RELATION_PLACES)}")
        return tuple(sorted(w for w, r in self.relations.items() if before in r.before))

    def shift(self, word: str) -> int:
        """-1, 0 or 1 for a relation word; 0 for any other word ("final", "first").

        >>> VOCABULARY.shift("previous"), VOCABULARY.shift("coming"), VOCABULARY.shift("first")
        (-1, 1, 0)
        """
        relation = self.relations.get(word)
        return relation.shift if relation is not None else 0

    def counts_from_running(self, word: str) -> bool:
        """Whether a relation word is anaphoric ("previous", "that"), not deictic ("last").

        >>> VOCABULARY.counts_from_running("following"), VOCABULARY.counts_from_running("next")
        (True, False)
        """
        relation = self.relations.get(word)
        return relation is not None and relation.counts_from == "running"


def plural(word: str) -> str:
    """The plural of a unit or day-part word.

    >>> plural("century"), plural("millennium"), plural("day"), plural("morning")
    ('centuries', 'millennia', 'days', 'mornings')
    """
    if word.endswith("um"):
        return word[:-2] + "a"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _field(raw: dict[str, Any], key: str, kind: type) -> Any:
    value = raw.get(key)
    if not isinstance(value, kind):
        raise DataFileError(f"timeline/data/{_FILE}: {key!r} must be a JSON {kind.__name__}")
    return value


def _table(raw: dict[str, Any], key: str, value_type: type[_Value]) -> Mapping[str, _Value]:
    table = {w: v for w, v in _field(raw, key, dict).items() if not w.startswith("_")}
    for word, value in table.items():
        if not isinstance(value, value_type) or isinstance(value, bool):
            raise DataFileError(f"timeline/data/{_FILE}: {key}[{word!r}] is not {value_type}")
    return MappingProxyType(table)


def _words(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    words = _field(raw, key, list)
    if not all(isinstance(word, str) and word for word in words):
        raise DataFileError(f"timeline/data/{_FILE}: {key} must list non-empty strings")
    return tuple(words)


def _relations(raw: dict[str, Any]) -> Mapping[str, Relation]:
    relations: dict[str, Relation] = {}
    for word, entry in _table(raw, "relations", dict).items():
        try:
            relations[word] = Relation(
                entry["shift"], entry["counts_from"], frozenset(entry["before"])
            )
        except (KeyError, TypeError, ValueError) as error:
            raise DataFileError(f"timeline/data/{_FILE}: relations[{word!r}]: {error}") from None
    return MappingProxyType(relations)


def load_vocabulary() -> Vocabulary:
    """Read and validate ``temporal_words.json`` (a bad entry fails here, naming the file).

    >>> load_vocabulary() == VOCABULARY
    True
    """
    raw = json_object(_FILE)
    floating = _table(raw, "floating_holidays", list)
    try:
        return Vocabulary(
            months=_table(raw, "months", int),
            month_names_needing_context=frozenset(_words(raw, "month_names_needing_context")),
            weekdays=_table(raw, "weekdays", int),
            seasons=_table(raw, "seasons", str),
            relations=_relations(raw),
            number_words=_table(raw, "number_words", (int, float)),  # type: ignore[arg-type]
            vague_quantities=_words(raw, "vague_quantities"),
            ordinals=_table(raw, "ordinals", int),
            decade_words=_table(raw, "decade_words", int),
            units=_table(raw, "units", str),
            day_parts=_table(raw, "day_parts", str),
            parts_of_a_day=_words(raw, "parts_of_a_day"),
            vague_news=_table(raw, "vague_news", str),
            vague_narrative_only=_table(raw, "vague_narrative_only", str),
            set_words=_table(raw, "set_words", str),
            fixed_holidays=_table(raw, "fixed_holidays", str),
            floating_holidays=MappingProxyType({k: tuple(v) for k, v in floating.items()}),
            easter_holidays=_table(raw, "easter_holidays", int),
            country_holidays=frozenset(_table(raw, "country_holidays", str)),
            historic_days=_table(raw, "historic_days", str),
            blocked_names=_words(raw, "blocked_names"),
            count_nouns=frozenset(_words(raw, "count_nouns")),
            future_cues=frozenset(_words(raw, "future_cues")),
            past_cues=frozenset(_words(raw, "past_cues")),
            present_cues=frozenset(_words(raw, "present_cues")),
            schedule_verbs=frozenset(_words(raw, "schedule_verbs")),
            arranged_participles=frozenset(_words(raw, "arranged_participles")),
            foreseeing_verbs=frozenset(_words(raw, "foreseeing_verbs")),
            ed_words_not_past=frozenset(_words(raw, "ed_words_not_past")),
            duration_blockers_after=_words(raw, "duration_blockers_after"),
            year_blockers_before=_words(raw, "year_blockers_before"),
            ordinal_day_blockers=_words(raw, "ordinal_day_blockers"),
            letter_months=_table(raw, "letter_months", int),
            dateline_words=frozenset(_words(raw, "dateline_words")),
            sentence_openers=frozenset(_words(raw, "sentence_openers")),
            time_zones=_table(raw, "time_zones", str),
            zones_of_the_americas=frozenset(_words(raw, "zones_of_the_americas")),
        )
    except DataFileError:
        raise
    except ValueError as error:
        raise DataFileError(f"timeline/data/{_FILE}: {error}") from None


VOCABULARY = load_vocabulary()

MONTHS = VOCABULARY.months
WEEKDAYS = VOCABULARY.weekdays
SEASONS = VOCABULARY.seasons
NUMBER_WORDS = VOCABULARY.number_words
VAGUE_QUANTITIES = VOCABULARY.vague_quantities
ORDINALS = VOCABULARY.ordinals
DECADE_WORDS = VOCABULARY.decade_words
UNITS = VOCABULARY.units
DAY_PARTS = VOCABULARY.day_parts
VAGUE_NEWS = VOCABULARY.vague_news
VAGUE_NARRATIVE = VOCABULARY.vague_narrative_only
SET_WORDS = VOCABULARY.set_words
TIME_ZONES = VOCABULARY.time_zones
FIXED_HOLIDAYS = VOCABULARY.fixed_holidays
FLOATING_HOLIDAYS = VOCABULARY.floating_holidays
EASTER_HOLIDAYS = VOCABULARY.easter_holidays
COUNTRY_HOLIDAYS = VOCABULARY.country_holidays
#: every yearly holiday's name: fixed, floating, moveable (Easter's) and differing by country
YEARLY_HOLIDAYS = (*FIXED_HOLIDAYS, *FLOATING_HOLIDAYS, *EASTER_HOLIDAYS, *sorted(COUNTRY_HOLIDAYS))
#: the same names as a set, case-folded, to look a written name up in ("easter", "whit monday")
HOLIDAY_NAMES = frozenset(name.casefold() for name in YEARLY_HOLIDAYS)
HISTORIC_DAYS = VOCABULARY.historic_days
BLOCKED_NAMES = VOCABULARY.blocked_names
COUNT_NOUNS = VOCABULARY.count_nouns
FUTURE_CUES = VOCABULARY.future_cues
PAST_CUES = VOCABULARY.past_cues
ED_NOT_PAST = VOCABULARY.ed_words_not_past
CONTEXT_MONTHS = VOCABULARY.month_names_needing_context


def _day_ordinals() -> dict[str, int]:
    """The days of a month as ordinal words, 1 to 31: the single ordinals of the vocabulary
    ("first" ... "twentieth") and the compounds of "twenty" and "thirty" with their units, with a
    hyphen or a space ("twenty-sixth", "thirty first").

    >>> days = _day_ordinals()
    >>> days["third"], days["twenty-sixth"], days["thirty first"], days["thirtieth"], len(days)
    (3, 26, 31, 30, 41)
    """
    singles = {w: n for w, n in ORDINALS.items() if w.isalpha() and 1 <= n <= 20}
    days = dict(singles)
    days["thirtieth"] = 30
    for tens, base in (("twenty", 20), ("thirty", 30)):
        for word, unit in singles.items():
            if unit <= 9 and base + unit <= 31:
                days[f"{tens}-{word}"] = days[f"{tens} {word}"] = base + unit
    return days


#: a day of a month in ordinal words ("the twenty-sixth of March"), lower case, to its number
DAY_ORDINALS: Mapping[str, int] = MappingProxyType(_day_ordinals())


def single_spaced(text: str) -> str:
    """Runs of white space as one space, the form the vocabulary's phrases are looked up in.

    >>> single_spaced("more  than"), single_spaced("the\\n end of")
    ('more than', 'the end of')
    """
    return _SPACES_RE.sub(" ", text)


def number_value(word: str | None) -> float | None:
    """A count in words or digits; None for vague quantities ("a few").

    >>> number_value("twenty-one"), number_value("several")
    (21.0, None)
    """
    if word is None:
        return 1.0
    word = single_spaced(word.lower())
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if "-" in word:
        tens, _, ones = word.partition("-")
        if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
            return float(NUMBER_WORDS[tens] + NUMBER_WORDS[ones])
    try:
        return float(word)
    except ValueError:
        return None


def unit_code(word: str) -> str:
    """The TIMEX3 code of a unit word, singular or plural; "D" for any other word.

    >>> unit_code("centuries"), unit_code("millennia"), unit_code("weekends")
    ('CE', 'ML', 'W')
    """
    word = word.lower()
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("a") and word.startswith("millenni"):
        word = "millennium"
    elif word.endswith("s"):
        word = word[:-1]
    return UNITS.get(word, "D")


#: A number's modifier ("more than", "nearly", "about") -> its TIMEX3 mod (None: no mod).
MOD_BY_APPROX = {
    "over": "MORE_THAN", "more than": "MORE_THAN", "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "barely": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "just": None, "only": None,
}  # fmt: skip
#: One-word modifiers of a number ("About 40 operations", "Nearly 300 ships"): no brand of a
#: model, whatever the NER model took "About 40" for.
APPROX_WORDS = frozenset(word for word in MOD_BY_APPROX if " " not in word)
#: A part of a period ("the beginning of", "mid", "the latter part of") -> its TIMEX3 mod.
POSITION_MOD = {
    "beginning": "START", "start": "START", "dawn": "START", "early": "START", "early part": "START",  # noqa: E501
    "first part": "START", "first months": "START", "opening months": "START",
    "closing months": "END", "middle": "MID", "mid": "MID", "end": "END",
    "close": "END", "late": "END", "latter part": "END", "later part": "END", "last part": "END",
    "final months": "END",
}  # fmt: skip
