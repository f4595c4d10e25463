"""The features of a row of a sentence with two or more dated rows, for the learned keep/drop
of its extra rows (`timeline.events.row_model`): read from what the stages already made (the
sentence's words, the tagger's predicates with their tense, the rows' dates), never a word of
a name nor any open-class word: only closed-class words (prepositions, function words,
auxiliaries), the shapes of the other words, tenses, date kinds and the order of the rows'
values, so that the model learns how a sentence is written, not what a story is about.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> text = "Ada Roe said on Monday that the depot would close next year."
    >>> monday = _row(text, "Monday", "2024-05-06", "day", date(2024, 5, 6), "say")
    >>> year = _row(text, "next year", "2025", "year", date(2025, 1, 1), "close")
    >>> sentence = Sentence(0, len(text), text, 0)
    >>> found = row_features(sentence, year, [monday, year], [], date(2024, 5, 7))
    >>> sorted(key for key in found if key.startswith(("rank", "kind", "before1", "vs")))
    ['before1=w', 'kind=relative', 'kind=unit', 'rank=1', 'vs=after']
    >>> found["pub=after"], found["pub=after|tense=none"]
    (1.0, 1.0)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from timeline.syntax import AUXILIARIES, QUOTATION, reporting_verbs
from timeline.temporal.vocabulary import (
    DAY_PARTS,
    MONTHS,
    ORDINALS,
    SEASONS,
    UNITS,
    WEEKDAYS,
    plural,
)
from timeline.wordlists import word_set

if TYPE_CHECKING:
    from timeline.events.event import Event
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate

__all__ = [
    "closed_words",
    "inside",
    "nearest_predicate",
    "row_features",
    "word_class",
    "written_in",
]

#: A word (with its apostrophe's rest: "it's", "won't") or a mark, as the features read them.
_TOKEN = re.compile(r"\w+(?:['’]\w+)?|[^\w\s]")
_DIGITS = re.compile(r"\d")
#: The marks a feature names (the others are one class, "."): clause and quotation marks.
_MARKS = frozenset(",;:()[]—–-\"“”'‘’")
#: The words of a date's expression that make it relative to the day it is counted from.
_RELATIVE = frozenset(
    {"next", "last", "this", "ago", "coming", "previous", "following", "past", "later", "earlier"}
)
#: How many closed-class words between a row's verb and its date are named.
_GAP_WORDS = 8
#: The days between a row's date and the publication day, as buckets (lower edges).
_DAY_EDGES = (0, 1, 8, 32, 93, 366, 3660)


@cache
def closed_words() -> frozenset[str]:
    """The closed-class words a feature may name: the prepositions (`data/prepositions.txt`),
    the function words (`data/function_words.txt`, lower case) and the auxiliaries and modals
    (`timeline.syntax.AUXILIARIES`); any other word is named by its shape only.

    >>> {"until", "which", "would", "to"} <= closed_words(), "strike" in closed_words()
    (True, False)
    """
    functions = {word.lower() for word in word_set("function_words.txt")}
    return frozenset(word_set("prepositions.txt") | functions | AUXILIARIES)


@cache
def clause_openers() -> frozenset[str]:
    """The closed-class words that open a dependent clause ("which", "who", "after", "if"):
    those of `data/clause_words.txt` that are prepositions or function words (not its
    auxiliaries, "was", "had").

    >>> {"which", "after", "since"} <= clause_openers(), "said" in clause_openers()
    (True, False)
    """
    return frozenset(word_set("clause_words.txt") & (closed_words() - AUXILIARIES))


@cache
def _date_words() -> dict[str, str]:
    """The words of a date's expression by kind: a weekday, a month, a season, a part of the
    day, a unit ("quarter", "weeks"), an ordinal (`timeline.temporal.vocabulary`), a relative
    word (`_RELATIVE` and `data/time_adverbs.txt`: "yesterday", "tonight")."""
    kinds: dict[str, str] = {}
    for words, kind in (
        (ORDINALS, "ordinal"),
        ((plural(unit) for unit in UNITS), "unit"),
        (UNITS, "unit"),
        (word_set("time_adverbs.txt"), "relative"),
        (_RELATIVE, "relative"),
        (DAY_PARTS, "daypart"),
        (SEASONS, "season"),
        ((name for name in MONTHS if len(name) > 2), "month"),
        (WEEKDAYS, "weekday"),
    ):
        for word in words:
            kinds[word.lower()] = kind
    return kinds


def word_class(word: str) -> str:
    """A word as a feature may name it: a closed-class word itself, a mark itself, else its
    shape ("D" figures, "C" capitalised, "w" lower case).

    >>> [word_class(w) for w in ("Until", "strike", "Leeds", "1998", ",")]
    ['until', 'w', 'C', 'D', ',']
    """
    lower = word.lower()
    if lower in closed_words():
        return lower
    if not word[0].isalnum():
        return word if word in _MARKS else "."
    if word[0].isdigit():
        return "D"
    return "C" if word[0].isupper() else "w"


def _value_shape(value: str) -> str:
    """A row's value with its figures as "d": its kind of date ("dddd-dd-dd", "dddd-Wdd",
    "dddd-WI", "dddd-dd-ddTEV", "dddd-dd/dddd-dd" a range).

    >>> _value_shape("2024-05-06"), _value_shape("1957-WI")
    ('dddd-dd-dd', 'dddd-WI')
    """
    return _DIGITS.sub("d", value)


def _bucket(days: int) -> str:
    """The lower edge of the bucket of a number of days (`_DAY_EDGES`)."""
    found = 0
    for edge in _DAY_EDGES:
        if days >= edge:
            found = edge
    return str(found)


def _order(first: tuple[date, date], second: tuple[date, date]) -> str:
    """How one interval stands to another: before, after, equal, inside, contains, overlaps.

    >>> may, year = (date(2024, 5, 1), date(2024, 5, 31)), (date(2024, 1, 1), date(2024, 12, 31))
    >>> _order(may, year), _order(year, may), _order(may, may)
    ('inside', 'contains', 'equal')
    """
    if first == second:
        return "equal"
    if first[1] < second[0]:
        return "before"
    if first[0] > second[1]:
        return "after"
    if second[0] <= first[0] and first[1] <= second[1]:
        return "inside"
    if first[0] <= second[0] and second[1] <= first[1]:
        return "contains"
    return "overlaps"


def _interval(row: Event) -> tuple[date, date] | None:
    if row.date_start is None or row.date_end is None:
        return None
    return row.date_start, row.date_end


def nearest_predicate(
    row: Event, sentence: Sentence, predicates: Sequence[Predicate]
) -> Predicate | None:
    """Of `predicates` (offsets in `sentence`), the one nearest the date the row writes (the
    first when it writes none); None of none. The row's own clause head is the nearest of
    those of its action; the actor veto reads it too (`actor_features`)."""
    if not predicates:
        return None
    if row.date_text_start is None:
        return predicates[0]
    at = row.date_text_start - sentence.start
    return min(predicates, key=lambda predicate: abs(predicate.start - at))


def inside(text: str, at: int, opening: str, closing: str) -> bool:
    """Whether offset `at` of `text` is inside a pair of `opening` and `closing` marks.

    >>> inside("Roe (of Lyon) said", 8, "(", ")"), inside("Roe (of Lyon) said", 15, "(", ")")
    (True, False)
    """
    before = text[:at]
    return before.count(opening) > before.count(closing)


#: The last sentences whose words `_tokens` read: the rows of one sentence are judged together.
RECENT_SENTENCES = 8


@lru_cache(maxsize=RECENT_SENTENCES)
def _tokens(text: str) -> tuple[tuple[int, str], ...]:
    """The words and marks of a sentence (`_TOKEN`) with their offsets, read once for all its
    rows.

    >>> _tokens("Roe's plant, in 1998")
    ((0, "Roe's"), (6, 'plant'), (11, ','), (13, 'in'), (16, '1998'))
    """
    return tuple((match.start(), match.group()) for match in _TOKEN.finditer(text))


def _in_quotation(text: str, at: int) -> bool:
    """Whether offset `at` of `text` is inside a quotation (`timeline.syntax.QUOTATION`)."""
    return any(match.start() < at < match.end() for match in QUOTATION.finditer(text))


def _date_kinds(row: Event) -> list[str]:
    """The kinds of a row's expression: its words' kinds (`_date_words`), a figure of a year
    or of a day, a range; "none" when the sentence writes no date for it."""
    if row.date_text_start is None:
        return [f"anchor={row.anchor}"]
    kinds = _date_words()
    found = {kinds[word] for word in re.findall(r"[a-z]+", row.date_text.lower()) if word in kinds}
    for figure in re.findall(r"\d+", row.date_text):
        found.add("year" if len(figure) == 4 else "dayfigure" if len(figure) <= 2 else "figure")
    if "/" in row.date_value:
        found.add("range")
    return sorted(found) or ["other"]


def _words_around(
    tokens: Sequence[tuple[int, str]], start: int, end: int
) -> tuple[list[str], list[str]]:
    """The classes (`word_class`) of the words before offset `start`, nearest first, and of
    those from offset `end` on."""
    before = [word_class(word) for at, word in reversed(tokens) if at < start]
    after = [word_class(word) for at, word in tokens if at >= end]
    return before, after


def _clause_opener(classes_before: list[str]) -> str:
    """The nearest clause opener (`clause_openers`) before a word, up to a mark that ends a
    clause (";", ":", a dash) or the sentence's start; "," when a comma comes first, "main"
    when none."""
    openers = clause_openers()
    for word in classes_before:
        if word in openers:
            return word
        if word in (";", ":", "—", "–"):
            return "main"
    return "main"


def row_features(
    sentence: Sentence,
    row: Event,
    rows: Sequence[Event],
    predicates: Sequence[Predicate],
    published: date | None,
) -> dict[str, float]:
    """The features of `row`, one of the dated `rows` of `sentence` (in order), with the
    sentence's `predicates` (offsets in the sentence) and the publication day: its place among
    the rows, its date's kind and the closed-class words before it, its clause (tense, verb
    or noun, first verb, reporting, the opener and the closed-class words between the verb and
    the date), quotation and brackets, and how its value stands to the other rows' and to the
    publication day. The training script builds its rows with this very function."""
    text = sentence.text
    found: dict[str, float] = {}
    rank = rows.index(row)
    found[f"rank={min(rank, 2)}"] = 1.0
    found[f"rows={min(len(rows), 4)}"] = 1.0
    found[f"gran={row.granularity}"] = 1.0
    found[f"shape={_value_shape(row.date_value)}"] = 1.0
    kinds = _date_kinds(row)
    for kind in kinds:
        found[f"kind={kind}"] = 1.0
    tokens = _tokens(text)
    date_at = None if row.date_text_start is None else row.date_text_start - sentence.start
    if date_at is not None and not 0 <= date_at < len(text):
        found["written_elsewhere"] = 1.0  # a date the row takes from another sentence
        date_at = None
    if date_at is not None and row.date_text_end is not None:
        date_end = row.date_text_end - sentence.start
        before, after = _words_around(tokens, date_at, date_end)
        found["before1=" + (before[0] if before else "^")] = 1.0
        found["before2=" + " ".join(before[:2]) if len(before) > 1 else "before2=^"] = 1.0
        found["after1=" + (after[0] if after else "$")] = 1.0
        found[f"place={min(4, 5 * date_at // max(1, len(text)))}"] = 1.0
        found["quoted"] = float(_in_quotation(text, date_at))
        found["bracketed"] = float(inside(text, date_at, "(", ")"))
        found["dateopener=" + _clause_opener(before)] = 1.0
        first_date = min(
            (r.date_text_start for r in rows if r.date_text_start is not None), default=None
        )
        found["firstwritten"] = float(row.date_text_start == first_date)
    predicate = nearest_predicate(row, sentence, [p for p in predicates if p.lemma == row.action])
    verbs = [p for p in predicates if not p.nominal]
    reporting = reporting_verbs()
    found["sentence_reports"] = float(bool(verbs) and verbs[0].lemma in reporting)
    tense = "none"
    if predicate is None:
        found["clause=none"] = 1.0
    else:
        tense = predicate.tense or "noun"
        found[f"tense={tense}"] = 1.0
        found["reporting"] = float(predicate.lemma in reporting and not predicate.nominal)
        found["firstverb"] = float(bool(verbs) and verbs[0] is predicate)
        verb_rank = verbs.index(predicate) if predicate in verbs else -1
        found[f"verbrank={min(verb_rank, 2)}"] = 1.0
        before_verb, _ = _words_around(tokens, predicate.start, predicate.end)
        opener = _clause_opener(before_verb)
        found["opener=" + opener] = 1.0
        found[f"opener={opener}|tense={tense}"] = 1.0
        for word in before_verb[:2]:
            found["preverb:" + word] = 1.0
        if date_at is not None:
            found["verbfirst"] = float(predicate.start < date_at)
            found[f"verbfirst={predicate.start < date_at}|opener={opener}"] = 1.0
            low, high = sorted((predicate.end, date_at))
            gap = [word_class(word) for at, word in tokens if low <= at < high]
            found[f"gapwords={min(len(gap), 12) // 3}"] = 1.0
            for word in gap[:_GAP_WORDS]:
                if word not in ("w", "C", "D", "."):
                    found["gap:" + word] = 1.0
            found["verb_between"] = float(any(low < p.start < high for p in verbs))
    _value_features(found, row, rows, published, tense)
    return found


def _value_features(
    found: dict[str, float],
    row: Event,
    rows: Sequence[Event],
    published: date | None,
    tense: str,
) -> None:
    """How the row's value stands to the other rows' and to the publication day, into
    `found`: "vs=" each order (`_order`), "pub=" its order to the day and "pubdays=" how far,
    "finer"/"coarser" than the finest other row, and the order to the day by tense."""
    interval = _interval(row)
    if interval is None:
        found["undated"] = 1.0
        return
    span = (interval[1] - interval[0]).days
    others = [i for r in rows if r is not row and (i := _interval(r)) is not None]
    for other in others:
        found["vs=" + _order(interval, other)] = 1.0
    if others:
        finest = min((o[1] - o[0]).days for o in others)
        found["finer" if span < finest else "coarser" if span > finest else "as_fine"] = 1.0
        found["same_action"] = float(
            any(r is not row and r.action == row.action and r.action for r in rows)
        )
    if published is None:
        found["pub=none"] = 1.0
        return
    order = _order(interval, (published, published))
    found["pub=" + order] = 1.0
    found[f"pub={order}|tense={tense}"] = 1.0
    distance = max((interval[0] - published).days, (published - interval[1]).days, 0)
    found["pubdays=" + _bucket(distance)] = 1.0


def written_in(row: Event, sentence: Sentence) -> bool:
    """Whether the row's date is an expression `sentence` writes (not the news day's, nor one an
    earlier sentence wrote): the rows the model judges."""
    start = row.date_text_start
    return start is not None and sentence.start <= start < sentence.end


def _row(text: str, written: str, value: str, granularity: str, day: date, action: str) -> Event:
    """A row of `text` dated by the expression `written` (for the examples)."""
    from timeline.events.event import Event  # noqa: PLC0415  (examples only)

    start = text.index(written)
    end_day = date(day.year, 12, 31) if granularity == "year" else day
    return Event(
        "e",
        "d",
        text,
        0,
        len(text),
        0,
        "explicit",
        day,
        end_day,
        granularity,
        written,
        value,
        start,
        start + len(written),
        (),
        (),
        action,
    )
