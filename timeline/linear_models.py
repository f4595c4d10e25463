"""The shipped linear models, scored in plain Python: each is a JSON file of `timeline/data/`
in one format (what it is, the sets and parameters it was trained on and with, its intercept,
its features' weights by name), written by the one training harness
(`benchmarks/linear_training.py`, scikit-learn, training only; the product never imports
scikit-learn). A model's probability for a set of features is their dot product with the
weights, through the logistic function. The learned furniture lines
(`timeline.furniture.learned`), the keep/drop of a sentence's extra rows
(`timeline.events.row_model`) and the actor veto (`timeline.events.actor_veto`) are scored here.

    >>> model = model_of({"about": "m", "sets": [], "params": {}, "intercept": -2.0,
    ...                   "weights": {"rank=1": 2.0}})
    >>> probability({"rank=1": 1.0}, model)
    0.5
    >>> logistic(-40.0)
    0.0
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from timeline.wordlists import json_object

__all__ = ["Model", "logistic", "model_of", "probability", "shipped_model"]

#: A model: its features' weights and its intercept.
Model = tuple[dict[str, float], float]


def model_of(written: dict[str, Any]) -> Model:
    """The model a model file's object holds: its features' weights and its intercept."""
    weights = {str(key): float(value) for key, value in written["weights"].items()}
    return weights, float(written["intercept"])


@cache
def shipped_model(name: str) -> Model:
    """The model of file `name` in `timeline/data/`: its features' weights and its intercept."""
    return model_of(json_object(name))


def logistic(score: float) -> float:
    """A score's probability (the logistic function; 0 below -30, where it underflows)."""
    return 0.0 if score < -30 else 1.0 / (1.0 + math.exp(-score))


def probability(found: dict[str, float], model: Model) -> float:
    """`model`'s probability for the features `found` (name to value)."""
    weights, intercept = model
    return logistic(intercept + sum(value * weights.get(key, 0.0) for key, value in found.items()))
