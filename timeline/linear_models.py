"""The shipped linear models, scored in plain Python: each is a JSON file of `timeline/data/`
holding its features' weights and an intercept, trained by scikit-learn in a
`benchmarks/train_*.py` script (training only; the product never imports scikit-learn). A
model's probability for a set of features is their dot product with the weights, through the
logistic function. The learned furniture lines (`timeline.furniture.learned`) and the keep/drop
of a sentence's extra rows (`timeline.events.row_model`) are scored here.

    >>> probability({"rank=1": 1.0}, ({"rank=1": 2.0}, -2.0))
    0.5
    >>> logistic(-40.0)
    0.0
"""

from __future__ import annotations

import math
from functools import cache

from timeline.wordlists import json_object

__all__ = ["Model", "logistic", "probability", "shipped_model"]

#: A model: its features' weights and its intercept.
Model = tuple[dict[str, float], float]


@cache
def shipped_model(name: str) -> Model:
    """The model of file `name` in `timeline/data/`: its features' weights and its intercept."""
    loaded = json_object(name)
    weights = {str(key): float(value) for key, value in loaded["weights"].items()}
    return weights, float(loaded["intercept"])


def logistic(score: float) -> float:
    """A score's probability (the logistic function; 0 below -30, where it underflows)."""
    return 0.0 if score < -30 else 1.0 / (1.0 + math.exp(-score))


def probability(found: dict[str, float], model: Model) -> float:
    """`model`'s probability for the features `found` (name to value)."""
    weights, intercept = model
    return logistic(intercept + sum(value * weights.get(key, 0.0) for key, value in found.items()))
