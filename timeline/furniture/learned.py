"""A learned furniture-line model behind the furniture rules: a logistic regression over each
line's layout (its length, case, punctuation, digits, place in the article, the blank lines and
lines around it) and its character 2-4-grams and words, trained on the train sets' gold
furniture (`benchmarks/train_furniture_model.py`, scikit-learn, training only) and shipped as
plain JSON (`timeline/data/furniture_model.json`: the features' weights and the intercept),
scored here by a dot product. It backs the rules: a line the rules did not touch that the model
calls furniture at `THRESHOLD` or more is furniture of kind `learned`
(`timeline.furniture.story.story_furniture`); the publication date reads the rules' furniture only.

    >>> text = "Talks resumed on Monday, officials said.\\n\\nSign up for our daily newsletter"
    >>> [text[f.start : f.end] for f in learned_furniture(text, [])]
    ['Sign up for our daily newsletter']

A line longer than `SCORED_CHARS` is a paragraph of the story: it is never scored.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from timeline.furniture.bylines import is_story_sentence
from timeline.furniture.kinds import Furniture, FurnitureKind, line_spans
from timeline.wordlists import json_object, word_set

__all__ = [
    "LINE_CHARS",
    "SCORED_CHARS",
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
#: The probability from which a line the rules left is furniture: chosen by writer order
#: (trained up to one writer, chosen through the pipeline on the next ten writers' sets).
THRESHOLD = 0.8
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
    grams: list[str] = []
    for word in line.split():
        padded = f" {word} "
        size = len(padded)
        grams += [padded[i : i + 2] for i in range(size - 1)]
        grams += [padded[i : i + 3] for i in range(size - 2)]
        grams += [padded[i : i + 4] for i in range(size - 3)]
    return Counter(grams)


def _layout(text: str, lines: Sequence[tuple[int, int]], number: int) -> dict[str, float]:
    """The features of line `number` of `lines` (its layout, case, marks, neighbours)."""
    start, end = lines[number]
    line = text[start:end]
    tokens = line.split()
    low = [t.strip(_STRIP).lower() for t in tokens]
    letters = [c for c in line if c.isalpha()]
    count = len(lines)
    found: dict[str, float] = {
        "len=" + _bucket(len(line)): 1.0,
        "words=" + _bucket(len(tokens)): 1.0,
    }
    upper = sum(c.isupper() for c in letters) / max(1, len(letters))
    found["upper"] = upper
    found["allcaps"] = float(upper > 0.9 and len(letters) > 2)
    found["titlewords"] = sum(t[:1].isupper() for t in tokens) / max(1, len(tokens))
    found["lowerwords"] = sum(t[:1].islower() for t in tokens) / max(1, len(tokens))
    found["digits"] = sum(c.isdigit() for c in line) / max(1, len(line))
    found["hasdigit"] = float(any(c.isdigit() for c in line))
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
    found["ln=" + str(min(number, 6))] = 1.0
    found["lnend=" + str(min(count - 1 - number, 6))] = 1.0
    found["relpos"] = number / max(1, count - 1)
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


@cache
def _model() -> tuple[dict[str, float], float]:
    """The shipped model: the features' weights and the intercept."""
    loaded = json_object(MODEL_FILE)
    weights = {str(key): float(value) for key, value in loaded["weights"].items()}
    return weights, float(loaded["intercept"])


@cache
def _weights() -> _Weights:
    """`_model` split by block (`_Weights`)."""
    weights, intercept = _model()
    blocks: dict[str, dict[str, float]] = {"c:": {}, "w:": {}, "": {}}
    for key, value in weights.items():
        prefix = key[:2] if key[:2] in ("c:", "w:") else ""
        blocks[prefix][key[len(prefix) :]] = value
    return _Weights(blocks[""], blocks["c:"], blocks["w:"], intercept)


def _logistic(score: float) -> float:
    return 0.0 if score < -30 else 1.0 / (1.0 + math.exp(-score))


def probability(
    found: dict[str, float], model: tuple[dict[str, float], float] | None = None
) -> float:
    """The model's probability that a line of features `found` is furniture (a dot product
    through the logistic function); `model` (weights, intercept) defaults to the shipped one."""
    weights, intercept = model if model is not None else _model()
    return _logistic(intercept + sum(value * weights.get(key, 0.0) for key, value in found.items()))


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
    return _logistic(score)


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


def learned_furniture(
    text: str, taken: Sequence[Furniture], threshold: float = THRESHOLD
) -> list[Furniture]:
    """The lines of `text` the model calls furniture (probability `threshold` or more) among
    those overlapping none of `taken` (the rules' furniture, sorted) and no longer than
    `SCORED_CHARS`, stating no date (`_states_a_date`) and no sentence of the story (its stop
    and eight words or more, `is_story_sentence`: the model, reading a short text's last line by
    its place, would take it): each of kind `learned`. The rules' own pieces are never scored."""
    lines = line_units(text)
    found: list[Furniture] = []
    spans = sorted((piece.start, piece.end) for piece in taken)
    at = 0
    for number, (start, end) in enumerate(lines):
        while at < len(spans) and spans[at][1] <= start:
            at += 1
        if at < len(spans) and spans[at][0] < end:
            continue  # the rules took part of the line
        line = text[start:end]
        if end - start > SCORED_CHARS or _states_a_date(line) or is_story_sentence(line):
            continue
        if line_probability(text, lines, number) >= threshold:
            found.append(Furniture(start, end, FurnitureKind.LEARNED))
    return found
