"""A learned veto over the actors a row keeps: after every rule has chosen a row's actors, a
logistic regression over how the sentence writes each of them (`timeline.events.actor_features`:
closed-class words, shapes, clause, counts; never a word of a name) gives the chance that the
row's reader counts it; one below `THRESHOLD` is dropped. It only drops: a name no rule kept is
never added. Trained on the train sets' gold rows (`benchmarks/train_actor_model.py`,
scikit-learn, training only), shipped as plain JSON (`timeline/data/actor_model.json`) and
scored by `timeline.linear_models`.

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

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline.actors.dwellers import after_dwellers
from timeline.events.actor_features import DocumentNames, actor_features
from timeline.linear_models import Model, probability, shipped_model

if TYPE_CHECKING:
    from timeline.events.event import Event
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate

__all__ = [
    "MODEL_FILE",
    "THRESHOLD",
    "DocumentNames",
    "keep_probability",
    "veto_actors",
    "without_actors",
]

#: The model's file in `timeline/data/`.
MODEL_FILE = "actor_model.json"
#: The chance below which a kept actor is dropped, chosen by writer order (trained on the sets
#: up to one writer, chosen on the next ten writers' sets: `benchmarks/actor_veto_order.py`);
#: 0.0 weighs nothing.
THRESHOLD = 0.5


def _model() -> Model:
    """The shipped model (`MODEL_FILE`): the features' weights and the intercept."""
    return shipped_model(MODEL_FILE)


def keep_probability(found: dict[str, float], model: Model | None = None) -> float:
    """The chance that an actor with the features `found` is one of its row's actors; `model`
    (weights, intercept) defaults to the shipped one.

    >>> keep_probability({"a": 1.0}, ({"a": 2.0}, -2.0))
    0.5
    """
    return probability(found, model if model is not None else _model())


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
        or _a_dwellers_place(context, sentence, name, row.actor_types[index])
    }
    dropped = {name for row in rows for name in row.actors if name not in kept_names}
    return without_actors(rows, dropped)


def _a_dwellers_place(context: DocumentNames, sentence: Sentence, name: str, kind: str) -> bool:
    """Whether the sentence writes the actor as a place after a dwellers' noun and "of"
    ("Residents of Norlane", "the people of Gdansk": `actors.dwellers`), which the golds
    list 44 times of 44 on the dev sets and the veto, reading no word of a name, dropped in 4
    rows of the 9 that missed one at the start (stop 52): it is kept."""
    part = context.written_parts.get((sentence.start, name, kind))
    return part is not None and after_dwellers(context.text, part[0].start)


def without_actors(rows: Sequence[Event], dropped: set[str]) -> list[Event]:
    """`rows`, each without the actors named in `dropped` (their types and roles with them);
    a row that keeps all of its actors is the same object.

    >>> from timeline.events.event import Event
    >>> row = Event("ev", "d", "A and B met.", 0, 12, 0, "explicit", None, None, None, "", "",
    ...             0, 0, actors=("A", "B"), actor_types=("person", "person"))
    >>> [(r.actors, r.actor_types) for r in without_actors([row], {"A"})]
    [(('B',), ('person',))]
    """
    kept_rows: list[Event] = []
    for row in rows:
        keep = [name not in dropped for name in row.actors]
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
