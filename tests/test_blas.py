"""The models' matrix products: NumPy's OpenBLAS on one thread where it can be set so."""

from __future__ import annotations

import ast
import subprocess
import sys

from timeline.blas import use_blis
from timeline.models import load_pipeline

SCRIPT = """
from timeline.blas import openblas_threads
from timeline.models import load_pipeline
load_pipeline(None)
print(openblas_threads())
"""


def test_the_models_multiply_with_the_chosen_library() -> None:
    blis = use_blis()
    layers = [
        node
        for _, component in load_pipeline(None).pipeline
        if hasattr(getattr(component, "model", None), "walk")
        for node in component.model.walk()
    ]
    # the NER model's output layer is made with ops of its own; it runs in spaCy's C loop
    assert sum(getattr(layer.ops, "use_blis", None) is blis for layer in layers) > len(layers) / 2


def test_openblas_runs_one_thread_once_a_model_is_loaded() -> None:
    if use_blis():  # no OpenBLAS whose threads can be set: nothing is changed
        return
    # a process of its own, where nothing but loading the model sets it
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    threads = ast.literal_eval(done.stdout.strip())
    assert threads and set(threads) == {1}
