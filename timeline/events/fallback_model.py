"""A learned choice between a fallback day and no day: a sentence that writes no date of its own
is dated by the day an earlier sentence told (`inherited`) or by the news day (`published`),
and the outlet golds give many such sentences no day ("The depot is one of the oldest in the
county": a description; background, a state of things, a scene, a quotation's claim). A
logistic regression over the row's features (`fallback_features`: tenses, closed-class words,
the sentence's place, quotation, the last date written before it; no word of a name, no
open-class word) leaves the only row of such a sentence without a day at `THRESHOLD` of "no
day" or more, saying why in its `date_reason`. It is off as shipped (`THRESHOLD` None): the
entity timelines date what the outlet golds leave undated.

It is trained on the train sets' gold by `benchmarks/train_fallback_model.py` (scikit-learn,
training only) and shipped as plain JSON (`timeline/data/fallback_model.json`), scored here by
a dot product through `timeline.linear_models`.

    >>> from datetime import date
    >>> from timeline.documents import Document
    >>> from timeline.events.event import news_day_event
    >>> from timeline.sentences import split_sentences
    >>> text = "Ada Roe quit on Monday. The depot is among the oldest."
    >>> doc = Document("a", text, published=date(2024, 5, 7), published_source="user")
    >>> sentences = split_sentences(text)
    >>> row = news_day_event(doc, sentences[1], ["Ada Roe"], ["person"], "be")
    >>> context = FallbackContext(doc, sentences, ())
    >>> sure = ({"anchor=published": 3.0}, 0.0)  # a model that calls every news-day row "no day"
    >>> (kept,) = judged_fallback(context, 1, [row], [], threshold=0.8, model=sure)
    >>> kept.date_start, kept.anchor, kept.date_reason  # doctest: +ELLIPSIS
    (None, 'vague', 'no date in the sentence, and it reads as ... no day')
    >>> judged_fallback(context, 1, [row], [], threshold=0.8, model=({}, -3.0))[0].date_start
    datetime.date(2024, 5, 7)
    >>> judged_fallback(context, 1, [row], [], threshold=None, model=sure)[0].date_start
    datetime.date(2024, 5, 7)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline.events.dates import news_date
from timeline.events.fallback_features import FallbackContext, fallback_features, told_of
from timeline.kinds import Anchor
from timeline.linear_models import Model, probability, shipped_model
from timeline.syntax import reporting_verbs

if TYPE_CHECKING:
    from timeline.events.event import Event
    from timeline.syntax import Predicate

__all__ = [
    "MODEL_FILE",
    "THRESHOLD",
    "FallbackContext",
    "is_fallback",
    "judged",
    "judged_fallback",
    "no_day_probability",
    "told_of",
]

#: The probability of "no day" from which a fallback row is left without a day; None: the model
#: is off. Chosen by writer order (fitted on the sets up to one writer, chosen on the next
#: writers'), the model gained a few rows of the outlet golds but cost the entity timelines
#: (tl-gm 0.515 -> 0.496 at 0.8), whose gold dates what the outlet golds leave without a day
#: (docs/events.md, stop 43): it stays off until the conventions agree.
THRESHOLD: float | None = None
#: The model's file in `timeline/data/`.
MODEL_FILE = "fallback_model.json"
#: What the row says of a day the model took away.
NO_DAY_REASON = (
    "no date in the sentence, and it reads as background, a description or a state of "
    "things rather than news of a day: no day"
)
#: The fallback anchors the model judges.
_FALLBACKS = frozenset({Anchor.INHERITED.value, Anchor.PUBLISHED.value})


def is_fallback(row: Event) -> bool:
    """Whether a row is dated by a fallback: a day inherited from an earlier sentence, or the
    news day, with no expression of its own sentence."""
    if row.anchor not in _FALLBACKS or row.date_start is None:
        return False
    written = row.date_text_start
    if row.anchor == Anchor.PUBLISHED.value:
        return written is None
    return written is None or not row.sentence_start <= written < row.sentence_end


def judged(rows: Sequence[Event], predicates: Sequence[Predicate]) -> bool:
    """Whether the model judges a sentence's rows: one row, dated by a fallback (`is_fallback`),
    its sentence reporting no statement (no reporting verb among its clauses): the entity
    timelines date a statement made at the story's event by that event's day ("He stated
    that the plan had the union's support", after a press conference told of), where the
    outlet golds often give the claim no day, and the model cannot tell the two apart.

    >>> from timeline.syntax import Predicate
    >>> judged([], [])
    False
    """
    if len(rows) != 1 or not is_fallback(rows[0]):
        return False
    reporting = reporting_verbs()
    return not any(p.lemma in reporting and not p.nominal for p in predicates)


def no_day_probability(found: dict[str, float], model: Model | None = None) -> float:
    """The model's probability that the gold gives a fallback row of features `found` no day;
    `model` (weights, intercept) defaults to the shipped one.

    >>> no_day_probability({"anchor=published": 1.0}, ({"anchor=published": 2.0}, -2.0))
    0.5
    """
    return probability(found, model if model is not None else shipped_model(MODEL_FILE))


def judged_fallback(
    context: FallbackContext,
    number: int,
    rows: Sequence[Event],
    predicates: Sequence[Predicate],
    told: Sequence[str] = (),
    threshold: float | None = THRESHOLD,
    model: Model | None = None,
) -> list[Event]:
    """`rows` of sentence `number` of `context`, its only row left without a day when it is
    dated by a fallback (`is_fallback`) and the model gives "no day" `threshold` or more
    (`no_day_probability` of `fallback_features`; None: never, the model off): only in news
    (an article with its publication day), never a sentence of two rows, one with a date of
    its own or one that reports a statement (`judged`)."""
    if threshold is None or not judged(rows, predicates) or news_date(context.doc) is None:
        return list(rows)
    row = rows[0]
    found = fallback_features(context, number, row, predicates, told)
    if no_day_probability(found, model) < threshold:
        return list(rows)
    undated = replace(
        row,
        anchor=Anchor.VAGUE.value,
        date_start=None,
        date_end=None,
        granularity=None,
        date_text="",
        date_value="XXXX-XX-XX",
        date_text_start=None,
        date_text_end=None,
        date_reason=NO_DAY_REASON,
    )
    return [undated]
