"""A learned furniture-line model behind the furniture rules: a logistic regression over each
line's layout (its length, case, punctuation, digits, the blank lines and lines around it; not
its place in the article, bar having no line above or below), its shape on the page (set twice,
a name or a clock alone, a label and its colon, the story's sentences above, below and beside
it: `_shape`) and its character 2-4-grams and words, trained on the dev sets' gold furniture
(`benchmarks/train_furniture_model.py`, scikit-learn, training only) and shipped as plain JSON
(`timeline/data/furniture_model.json`: the features' weights and the intercept), scored here by
a dot product. It backs the rules: a
line the rules did not touch that the model calls furniture at `THRESHOLD` or more is furniture
of kind `learned` (`timeline.furniture.story.story_furniture`); the publication date reads the
rules' furniture only.

    >>> text = "Talks resumed on Monday, officials said.\\n\\nSign up for our daily newsletter"
    >>> [text[f.start : f.end] for f in learned_furniture(text, [])]
    ['Sign up for our daily newsletter']

A line longer than `SCORED_CHARS` is a paragraph of the story: it is never scored.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain

from timeline.furniture.bylines import is_name_alone, is_story_sentence
from timeline.furniture.kinds import Furniture, FurnitureKind, line_spans
from timeline.linear_models import Model, logistic, shipped_model
from timeline.linear_models import probability as linear_probability
from timeline.temporal.vocabulary import DAY_PARTS, MONTHS, SEASONS, WEEKDAYS
from timeline.wordlists import word_set

__all__ = [
    "LINE_CHARS",
    "SCORED_CHARS",
    "STORY_THRESHOLD",
    "THRESHOLD",
    "features",
    "learned_furniture",
    "line_probability",
    "line_units",
    "probability",
]

#: The longest line the model is trained on: a longer one is a paragraph of the story.
LINE_CHARS = 400
#: The longest line the model scores in an article: furniture lines are short (of the train sets'
#: 1,600 furniture lines one is longer), the story's paragraphs mostly longer.
SCORED_CHARS = 160
#: The probability from which a line the rules left is furniture: chosen by set-grouped
#: cross-validation on the dev sets (`benchmarks/furniture_cv.py`: furniture lines caught against
#: story lines lost, a lost line three times the cost, one holding an event's start ten times).
THRESHOLD = 0.9
#: The probability from which a sentence of the story (`is_story_sentence`) the rules left is
#: furniture: a notice written as a sentence scores near 1, a story's sentence well below (chosen
#: by writer order, as `THRESHOLD`).
STORY_THRESHOLD = 0.98
#: How many words' character grams are kept (`_word_grams`).
WORD_CACHE = 8192
#: The model's file in `timeline/data/`.
MODEL_FILE = "furniture_model.json"

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_CLOCK = re.compile(r"\d[:.]\d\d\b")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.I)
_URL = re.compile(r"https?:|www\.|\.com\b|\.org\b")
_WORD = re.compile(r"\b\w\w+\b")
_MARKS = '|•/@©:()—–-,;"“_*#[]+=<>·'
_STRIP = ".,;:!?\"'()“”‘’"
_EDGES = (0, 1, 2, 3, 5, 8, 12, 20, 30, 50, 80, 120, 200, 400)
#: A line that is only a clock or a time ("10:47pm", "11.30 GMT", "0930 GMT").
_CLOCK_ALONE = re.compile(r"\W*\d{1,2}[:.h]?\d\d\s*(?:[ap]\.?m\.?|[A-Z]{2,4})?\W*", re.I)
#: A short label before a colon opening the line ("Note:", "Source:", "IN BRIEF:").
_LABEL = re.compile(r"[^\W\d][\w'’&/-]*(?:\s+[\w'’&/-]+){0,2}\s*:(?:\s|$)")


def _bucket(value: int) -> str:
    """The lower edge of `value`'s bucket (`_EDGES`).

    >>> _bucket(0), _bucket(7), _bucket(1000)
    ('0', '5', '400')
    """
    for edge in reversed(_EDGES):
        if value >= edge:
            return str(edge)
    return "0"


def _end_mark(line: str) -> str:
    """A line's last character as a class: itself when no letter or digit, else "a"."""
    return line[-1] if not line[-1].isalnum() else "a"


def _char_class(char: str) -> str:
    """A character as a class: itself when no letter or digit, "d" a digit, "A"/"a" a letter."""
    if not char.isalnum():
        return char
    if char.isdigit():
        return "d"
    return "A" if char.isupper() else "a"


def _normalised(counts: Counter[str], prefix: str) -> dict[str, float]:
    """Counts as sublinear weights (1 + log n), scaled to unit length, keys prefixed."""
    weights = {key: 1.0 + math.log(n) for key, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {prefix + key: w / norm for key, w in weights.items()}


def _char_grams(line: str) -> Counter[str]:
    """The character 2-4-grams of each word of `line`, padded by a space each side.

    >>> sorted(_char_grams("Ab"))
    [' A', ' Ab', ' Ab ', 'Ab', 'Ab ', 'b ']
    """
    return Counter(chain.from_iterable(map(_word_grams, line.split())))


@lru_cache(maxsize=WORD_CACHE)
def _word_grams(word: str) -> tuple[str, ...]:
    """The character 2-4-grams of `word` padded by a space each side, found once for each of
    the last words read (a story repeats its words)."""
    padded = f" {word} "
    size = len(padded)
    return tuple(padded[i : i + n] for n in (2, 3, 4) for i in range(size - n + 1))


@lru_cache(maxsize=64)
def _page_shape(text: str) -> tuple[Counter[str], frozenset[int], int, int]:
    """Of the lines of `text` (`line_units`): each line's text by how often the page sets it,
    the numbers of the lines that are sentences of the story (`is_story_sentence`), the first
    and the last of them (-1: none); found once a text."""
    lines = line_units(text)
    written = [" ".join(text[start:end].split()).lower() for start, end in lines]
    story = [n for n, (start, end) in enumerate(lines) if is_story_sentence(text[start:end])]
    return Counter(written), frozenset(story), story[0] if story else -1, story[-1] if story else -1


def _shape(text: str, lines: Sequence[tuple[int, int]], number: int) -> dict[str, float]:
    """A line's shape beyond its layout, each feature `shape:`: set twice or more on the page,
    a name alone, a clock alone, a short label and a colon first, wholly in brackets, the share
    of marks, no story sentence above or below it, a neighbour a story sentence or in capitals.

    >>> text = "Jo Lee\\n\\nThe council met on Monday to vote on the plan.\\n\\nJo Lee\\n10:47pm"
    >>> found = _shape(text, line_spans(text), 0)
    >>> found["shape:name"], found["shape:repeated"], found["shape:nextstory"]
    (1.0, 1.0, 1.0)
    >>> found = _shape(text, line_spans(text), 3)
    >>> found["shape:clock"], found["shape:storyabove"], found["shape:storybelow"]
    (1.0, 1.0, 0.0)
    """
    start, end = lines[number]
    line = text[start:end].strip()
    counts, story, first, last = _page_shape(text)
    marks = sum(not c.isalnum() and not c.isspace() for c in line)
    found = {
        "shape:repeated": float(counts[" ".join(line.split()).lower()] > 1),
        "shape:name": float(is_name_alone(line)),
        "shape:clock": float(_CLOCK_ALONE.fullmatch(line) is not None),
        "shape:label": float(_LABEL.match(line) is not None),
        "shape:bracketed": float(line[:1] in "([" and line[-1:] in ")]"),
        "shape:marks": marks / max(1, len(line)),
        "shape:storyabove": float(0 <= first < number),
        "shape:storybelow": float(last > number),
        "shape:prevstory": float(number - 1 in story),
        "shape:nextstory": float(number + 1 in story),
    }
    for side, near in (("prev", number - 1), ("next", number + 1)):
        if 0 <= near < len(lines):
            neighbour = text[lines[near][0] : lines[near][1]]
            letters = sum(map(str.isalpha, neighbour))
            capitals = sum(map(str.isupper, neighbour))
            found[f"shape:{side}caps"] = float(letters > 2 and capitals > 0.9 * letters)
    return found


def _layout(text: str, lines: Sequence[tuple[int, int]], number: int) -> dict[str, float]:
    """The features of line `number` of `lines` (its layout, case, marks, neighbours)."""
    start, end = lines[number]
    line = text[start:end]
    tokens = line.split()
    low = [t.strip(_STRIP).lower() for t in tokens]
    letters = sum(map(str.isalpha, line))
    digits = sum(map(str.isdigit, line))
    count = len(lines)
    found: dict[str, float] = {
        "len=" + _bucket(len(line)): 1.0,
        "words=" + _bucket(len(tokens)): 1.0,
    }
    upper = sum(map(str.isupper, line)) / max(1, letters)
    found["upper"] = upper
    found["allcaps"] = float(upper > 0.9 and letters > 2)
    found["titlewords"] = sum(t[:1].isupper() for t in tokens) / max(1, len(tokens))
    found["lowerwords"] = sum(t[:1].islower() for t in tokens) / max(1, len(tokens))
    found["digits"] = digits / max(1, len(line))
    found["hasdigit"] = float(digits > 0)
    found["year"] = float(_YEAR.search(line) is not None)
    found["month"] = float(_MONTH.search(line) is not None)
    found["clock"] = float(_CLOCK.search(line) is not None)
    found["url"] = float(_URL.search(line) is not None)
    found["end=" + _char_class(line[-1])] = 1.0
    found["start=" + _char_class(line[0])] = 1.0
    for mark in _MARKS:
        if n := line.count(mark):
            found["p" + mark] = min(n, 4) / 4
    verbs = word_set("finite_verbs.txt")
    found["verb"] = float(any(t in verbs for t in low))
    found["ed"] = float(any(t.endswith("ed") and len(t) > 4 for t in low[1:]))
    if low:
        found["w1=" + low[0]] = 1.0
        found["wl=" + low[-1]] = 1.0
    if len(low) > 1:
        found["w2=" + " ".join(low[:2])] = 1.0
    found["blankbefore"] = float(number == 0 or text.count("\n", lines[number - 1][1], start) > 1)
    found["blankafter"] = float(
        number + 1 < count and text.count("\n", end, lines[number + 1][0]) > 1
    )
    found["linenostop"] = float(line[-1] not in '.!?"”:')
    if number > 0:
        above = text[lines[number - 1][0] : lines[number - 1][1]]
        found["prevlen=" + _bucket(len(above))] = 1.0
        found["prevend=" + _end_mark(above)] = 1.0
        found["prevnostop"] = float(above[-1] not in '.!?"”:')
    else:
        found["prevnone"] = 1.0
    if number + 1 < count:
        below = text[lines[number + 1][0] : lines[number + 1][1]]
        found["nextlen=" + _bucket(len(below))] = 1.0
        found["nextend=" + _end_mark(below)] = 1.0
        found["nextlower"] = float(below[:1].islower())
    else:
        found["nextnone"] = 1.0
    found.update(_shape(text, lines, number))
    return found


def features(text: str, lines: Sequence[tuple[int, int]], number: int) -> dict[str, float]:
    """The features of line `number` of `lines` (`line_spans(text)`): its layout, its
    character 2-4-grams ("c:") and its words in lower case ("w:"), each block of unit length.
    The training script builds its rows with this very function.

    >>> text = "By Jo Lee\\n\\nIt shut."
    >>> found = features(text, line_spans(text), 0)
    >>> found["w1=by"], found["blankafter"], "c: By" in found, "w:lee" in found
    (1.0, 1.0, True, True)
    """
    start, end = lines[number]
    line = text[start:end]
    found = _layout(text, lines, number)
    found.update(_normalised(_char_grams(line), "c:"))
    found.update(_normalised(Counter(_WORD.findall(line.lower())), "w:"))
    return found


def line_units(text: str) -> list[tuple[int, int]]:
    """The lines the model reads: `line_spans`; those longer than `LINE_CHARS` are never scored."""
    return line_spans(text)


@dataclass(frozen=True, slots=True)
class _Weights:
    """The shipped model split by block, so that a line is scored without building its
    features' names: layout features, character grams and words by their own keys."""

    layout: dict[str, float]
    grams: dict[str, float]
    words: dict[str, float]
    intercept: float


def _model() -> Model:
    """The shipped model (`MODEL_FILE`): the features' weights and the intercept."""
    return shipped_model(MODEL_FILE)


@cache
def _weights() -> _Weights:
    """`_model` split by block (`_Weights`)."""
    weights, intercept = _model()
    blocks: dict[str, dict[str, float]] = {"c:": {}, "w:": {}, "": {}}
    for key, value in weights.items():
        prefix = key[:2] if key[:2] in ("c:", "w:") else ""
        blocks[prefix][key[len(prefix) :]] = value
    return _Weights(blocks[""], blocks["c:"], blocks["w:"], intercept)


def probability(found: dict[str, float], model: Model | None = None) -> float:
    """The model's probability that a line of features `found` is furniture (a dot product
    through the logistic function); `model` (weights, intercept) defaults to the shipped one."""
    return linear_probability(found, model if model is not None else _model())


def _block_score(counts: Counter[str], weights: dict[str, float]) -> float:
    """The dot product of a block's normalised weights (`_normalised`) with the model's."""
    total = 0.0
    norm = 0.0
    for key, n in counts.items():
        value = 1.0 + math.log(n) if n > 1 else 1.0
        norm += value * value
        if (weight := weights.get(key)) is not None:
            total += weight * value
    return total / math.sqrt(norm) if norm else 0.0


def line_probability(text: str, lines: Sequence[tuple[int, int]], number: int) -> float:
    """`probability(features(text, lines, number))`, computed without naming the grams.

    >>> text = "Talks resumed on Monday.\\n\\nShare this article"
    >>> lines = line_spans(text)
    >>> fast, named = line_probability(text, lines, 1), probability(features(text, lines, 1))
    >>> abs(fast - named) < 1e-9
    True
    """
    model = _weights()
    start, end = lines[number]
    line = text[start:end]
    score = model.intercept
    for key, value in _layout(text, lines, number).items():
        score += value * model.layout.get(key, 0.0)
    score += _block_score(_char_grams(line), model.grams)
    score += _block_score(Counter(_WORD.findall(line.lower())), model.words)
    return logistic(score)


def _states_a_date(line: str) -> bool:
    """Whether a line states a date (a year, or a month's name beside a figure): the rules alone
    judge it, for its date may be the story's day, which the sentences below it inherit
    ("May 07, 2009" over the first paragraph), and the model, seeing such lines blanked among
    the train sets' stamps, would blank them all.

    >>> _states_a_date("May 07, 2009"), _states_a_date("Sign up for our newsletter")
    (True, False)
    """
    if _YEAR.search(line) is not None:
        return True
    return any(c.isdigit() for c in line) and _MONTH.search(line) is not None


@cache
def _when_words() -> frozenset[str]:
    """The words that say when: the weekdays, the months' full names, the seasons, the parts of
    the day (`timeline.temporal.vocabulary`) and the time adverbs ("yesterday", "tonight",
    "later": data/time_adverbs.txt)."""
    months = (name for name in MONTHS if len(name) > 3)  # "may" and "mar" are words too
    return frozenset((*WEEKDAYS, *months, *SEASONS, *DAY_PARTS, *word_set("time_adverbs.txt")))


def _says_when(line: str) -> bool:
    """Whether a sentence says when (`_when_words`, a possessive's too): a sentence of the story
    that does gives a dated row, which the model must never blank.

    >>> _says_when("Police held twelve students outside the gates on Monday.")
    True
    >>> _says_when("This page is sponsored by the Main Street traders.")
    False
    """
    words = _when_words()
    for token in line.split():
        word = token.strip(_STRIP).lower()
        if word in words or word.removesuffix("'s").removesuffix("’s") in words:
            return True
    return False


def _story_sentences(text: str, lines: Sequence[tuple[int, int]], free: list[bool]) -> list[int]:
    """The numbers of the lines the rules left (`free`) that are sentences of the story (their
    stop and eight words or more, `is_story_sentence`).

    >>> text = "Rates rise\\n\\nThe bank raised its rate by half a point on Monday.\\n\\nOk."
    >>> _story_sentences(text, line_spans(text), [True, True, True])
    [1]
    """
    return [
        number
        for number, (start, end) in enumerate(lines)
        if free[number] and is_story_sentence(text[start:end])
    ]


def _inside_the_story(number: int, sentences: list[int]) -> bool:
    """Whether the story sentence on line `number` is the story's own: the first of the
    article's story sentences (`sentences`, its opening) or one between two of them (the lines
    just above and below it). Furniture written as a sentence stands apart: at the top or foot,
    or among lines that are no sentences of the story.

    >>> _inside_the_story(2, [2, 5]), _inside_the_story(4, [2, 3, 4, 5])
    (True, True)
    >>> _inside_the_story(5, [2, 5])
    False
    """
    if number == sentences[0]:
        return True
    at = bisect_left(sentences, number)
    return (
        0 < at < len(sentences) - 1
        and sentences[at - 1] == number - 1
        and sentences[at + 1] == number + 1
    )


def learned_furniture(
    text: str, taken: Sequence[Furniture], threshold: float = THRESHOLD
) -> list[Furniture]:
    """The lines of `text` the model calls furniture (probability `threshold` or more) among
    those overlapping none of `taken` (the rules' furniture, sorted) and no longer than
    `SCORED_CHARS`, stating no date (`_states_a_date`): each of kind `learned`. A sentence of
    the story (its stop and eight words or more, `is_story_sentence`) needs `STORY_THRESHOLD`
    (a notice written as a sentence, "This special page is sponsored by the Main Street
    traders."), and one inside the story (its opening, or between two such sentences,
    `_inside_the_story`) or saying when (`_says_when`: its row has a date) is never taken.
    The rules' own pieces are never scored."""
    lines = line_units(text)
    spans = sorted((piece.start, piece.end) for piece in taken)
    free: list[bool] = []
    at = 0
    for start, end in lines:
        while at < len(spans) and spans[at][1] <= start:
            at += 1
        free.append(not (at < len(spans) and spans[at][0] < end))  # the rules took part of it
    sentences = _story_sentences(text, lines, free)
    found: list[Furniture] = []
    for number, (start, end) in enumerate(lines):
        line = text[start:end]
        if not free[number] or end - start > SCORED_CHARS or _states_a_date(line):
            continue
        needed = threshold
        if is_story_sentence(line):
            if _inside_the_story(number, sentences) or _says_when(line):
                continue
            needed = max(threshold, STORY_THRESHOLD)
        if line_probability(text, lines, number) >= needed:
            found.append(Furniture(start, end, FurnitureKind.LEARNED))
    return found
