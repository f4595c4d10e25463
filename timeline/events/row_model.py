"""A learned keep/drop for the extra rows of a sentence: a sentence with two or more date
expressions judged events gives a row for each, and some are no event ("Tom Vale said on
Friday that the ferry would keep running through the summer, as it has since 1996": 1996
tells how long, not when). A logistic regression over each row's features (`row_features`:
closed-class words, tenses, date kinds, how the rows' values stand; no word of a name, no
open-class word) drops one at `THRESHOLD` of "no event" or more: only a row whose date the
sentence writes, never the only one, nor all of them.

It is trained on the train sets' gold by `benchmarks/train_row_model.py` (scikit-learn, training
only) and shipped as plain JSON (`timeline/data/row_model.json`), scored here by a dot product.
It learns two kinds at once, a row that is no event and a row of an event dated wrongly ("a
week later" read from the wrong day), both of which fit no gold event. A second model over the
same features (`timeline/data/nonevent_model.json`) is trained on the first kind only: a row
is no event when no gold date of its sentence lies within a month of it at any precision (a
misdated event is kept in its training); it drops a row at `NONEVENT_THRESHOLD` beside the
first's drops.

    >>> judged_rows(None, [], [], None)  # nothing to judge
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from timeline.events.row_features import row_features, written_in
from timeline.linear_models import Model, probability, shipped_model

if TYPE_CHECKING:
    from timeline.events.event import Event
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate

__all__ = [
    "MODEL_FILE",
    "NONEVENT_FILE",
    "NONEVENT_THRESHOLD",
    "THRESHOLD",
    "judged_rows",
    "no_event_probability",
    "nonevent_probability",
]

#: The probability of "no event" from which an extra row is dropped: chosen by writer order
#: (trained on the sets up to one writer, chosen through the pipeline on the next writers').
THRESHOLD = 0.7
#: The model's file in `timeline/data/`.
MODEL_FILE = "row_model.json"
#: The probability of a non-event (no gold date near the row) from which an extra row is
#: dropped too: chosen by writer order, as `THRESHOLD` was (0.7 on 85 sets; 0.6 once trained on
#: 115, better than 0.7 on every later block; 0.5 drops a target in what was said, "expected
#: the rate to reach 5 percent by March", which the golds keep).
NONEVENT_THRESHOLD = 0.6
#: The non-event model's file in `timeline/data/`.
NONEVENT_FILE = "nonevent_model.json"


def no_event_probability(found: dict[str, float], model: Model | None = None) -> float:
    """The model's probability that a row of features `found` is no event of its sentence (a
    dot product through the logistic function); `model` (weights, intercept) defaults to the
    shipped one.

    >>> no_event_probability({"rank=1": 1.0}, ({"rank=1": 2.0}, -2.0))
    0.5
    """
    return probability(found, model if model is not None else shipped_model(MODEL_FILE))


def nonevent_probability(found: dict[str, float], model: Model | None = None) -> float:
    """The probability that a row of features `found` is no event at all (no date of its
    sentence's events near it), not an event dated wrongly; `model` defaults to the shipped
    non-event model.

    >>> nonevent_probability({"rank=1": 1.0}, ({"rank=1": 2.0}, -2.0))
    0.5
    """
    return probability(found, model if model is not None else shipped_model(NONEVENT_FILE))


def judged_rows(
    sentence: Sentence | None,
    rows: Sequence[Event],
    predicates: Sequence[Predicate],
    published: date | None,
    threshold: float = THRESHOLD,
) -> list[Event]:
    """`rows` (one sentence's, in order) without those the model calls no event at `threshold`
    or more (`no_event_probability` of `row_features`, read among the sentence's dated rows),
    or a non-event at `NONEVENT_THRESHOLD` or more (`nonevent_probability`): only rows whose
    date the sentence writes are judged, when it writes two or more, and of them the likeliest
    event (by `no_event_probability`) always stays. A row dated by the news day or by an earlier
    sentence is never dropped: "Harwick Mills warned that the deficit for last year is larger"
    keeps "last year", its only written date."""
    if sentence is None:
        return list(rows)
    dated = [row for row in rows if row.date_start is not None]
    judged = [row for row in dated if written_in(row, sentence)]
    if len(judged) < 2:
        return list(rows)
    features = [row_features(sentence, row, dated, predicates, published) for row in judged]
    scores = [no_event_probability(found) for found in features]
    kept = min(range(len(judged)), key=lambda n: (scores[n], n))
    dropped = {
        id(row)
        for n, row in enumerate(judged)
        if n != kept
        and (scores[n] >= threshold or nonevent_probability(features[n]) >= NONEVENT_THRESHOLD)
    }
    return [row for row in rows if id(row) not in dropped]
