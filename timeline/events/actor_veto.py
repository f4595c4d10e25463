"""A learned veto over the actors a row keeps: after every rule has chosen a row's actors, a
logistic regression over how the sentence writes each of them (`timeline.events.actor_features`:
closed-class words, shapes, clause, counts; never a word of a name) gives the chance that the
row's reader counts it; one below `THRESHOLD` is dropped (0.0, off, as shipped: see there;
`CHOSEN_THRESHOLD` is the one writer order chose). It only drops: a name no rule kept is
never added. Trained on the train sets' gold rows (`benchmarks/train_actor_model.py`,
scikit-learn, training only), shipped as plain JSON (`timeline/data/actor_model.json`) and
scored here by a dot product.

    >>> from timeline.actors import ActorMention
    >>> from timeline.events.event import Event
    >>> from timeline.sentences import Sentence
    >>> text = "Ana Roe opened a plant on May 2."
    >>> roe = ActorMention(0, 7, "Ana Roe", "Ana Roe", "person")
    >>> row = Event("ev", "d", text, 0, 32, 0, "explicit", None, None, None, "May 2", "",
    ...             26, 31, actors=("Ana Roe",), actor_types=("person",))
    >>> sentence = Sentence(0, 32, text, 0)
    >>> [r.actors for r in veto_actors([row], DocumentNames(text, (roe,)), sentence, [])]
    [('Ana Roe',)]
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from timeline.events.actor_features import DocumentNames, actor_features
from timeline.wordlists import json_object

if TYPE_CHECKING:
    from timeline.events.event import Event
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate

__all__ = [
    "CHOSEN_THRESHOLD",
    "MODEL_FILE",
    "THRESHOLD",
    "DocumentNames",
    "keep_probability",
    "veto_actors",
]

#: The model's file in `timeline/data/`.
MODEL_FILE = "actor_model.json"
#: The chance below which a kept actor is dropped, chosen by writer order (trained on the sets
#: up to one writer, chosen on the next ten writers' sets: `benchmarks/actor_veto_order.py`).
CHOSEN_THRESHOLD = 0.5
#: The threshold the product applies; 0.0 weighs nothing. Off: at `CHOSEN_THRESHOLD` the veto
#: gains 11 rows of 1,491 on the writers it never saw (fresh67..78) but costs tl-gm an entity's
#: row (F1 0.515 -> 0.513), and no dev corpus may drop (docs/actors.md, stop 40).
THRESHOLD = 0.0


@cache
def _model() -> tuple[dict[str, float], float]:
    """The shipped model: the features' weights and the intercept."""
    loaded = json_object(MODEL_FILE)
    weights = {str(key): float(value) for key, value in loaded["weights"].items()}
    return weights, float(loaded["intercept"])


def keep_probability(
    found: dict[str, float], model: tuple[dict[str, float], float] | None = None
) -> float:
    """The chance that an actor with the features `found` is one of its row's actors; `model`
    (weights, intercept) defaults to the shipped one.

    >>> keep_probability({"a": 1.0}, ({"a": 2.0}, -2.0))
    0.5
    """
    weights, intercept = model if model is not None else _model()
    score = intercept + sum(value * weights.get(key, 0.0) for key, value in found.items())
    if score < -30:  # math.exp overflows far below any threshold
        return 0.0
    return 1.0 / (1.0 + math.exp(-score))


def veto_actors(
    rows: Sequence[Event],
    context: DocumentNames,
    sentence: Sentence,
    verbs: Sequence[Predicate],
) -> list[Event]:
    """`rows` of `sentence` without the actors the model drops: one the sentence writes as a
    name that it gives less than `THRESHOLD` in every row that keeps it (a description's or a
    pronoun's referent stays; the rows of a sentence that share a name keep sharing it)."""
    if THRESHOLD <= 0.0:
        return list(rows)
    kept_names = {
        name
        for row in rows
        for index, name in enumerate(row.actors)
        if (found := actor_features(context, sentence, verbs, row, index)) is None
        or keep_probability(found) >= THRESHOLD
    }
    kept_rows: list[Event] = []
    for row in rows:
        keep = [name in kept_names for name in row.actors]
        if all(keep):
            kept_rows.append(row)
            continue
        kept_rows.append(
            replace(
                row,
                actors=tuple(a for a, k in zip(row.actors, keep, strict=True) if k),
                actor_types=tuple(t for t, k in zip(row.actor_types, keep, strict=True) if k),
                actor_roles=tuple(r for r, k in zip(row.actor_roles, keep, strict=True) if k)
                if row.actor_roles
                else (),
            )
        )
    return kept_rows
