"""The models' matrix products: NumPy's OpenBLAS on one thread where it can be set so."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

from timeline.blas import THREADS_VARIABLE, use_blis
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


STARTED = """
import os
import timeline.lean_spacy
from timeline.blas import openblas_threads
print(openblas_threads(), len(os.listdir("/proc/self/task")))
"""


def test_the_workers_server_starts_openblas_without_a_thread_of_its_own() -> None:
    if use_blis():
        return
    environment = {k: v for k, v in os.environ.items() if k != THREADS_VARIABLE}
    done = subprocess.run(
        [sys.executable, "-c", STARTED], capture_output=True, text=True, check=True, env=environment
    )
    threads, tasks = done.stdout.rsplit(maxsplit=1)
    assert ast.literal_eval(threads) == [1]
    assert tasks == "1"  # no thread beside the main one: a process forked from it is single
