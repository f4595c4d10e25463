"""The matrix products of the spaCy models: NumPy's OpenBLAS on one thread where it can be
set so, else thinc's BLIS.

thinc multiplies matrices with BLIS, and the BLIS this platform installs is its generic
build (`BLIS_ARCH_DEBUG=1` prints "selecting sub-configuration 'generic'"): a third as fast
as NumPy's OpenBLAS on one core (40 against 120 GFLOP/s for the tagger's and the NER
model's products), which are a third of the models' time. OpenBLAS runs a thread per core
by default, and with a worker process per core their threads fight (the command takes
twice as long): it is set to one thread in every process that loads a model. Where no
OpenBLAS is found whose threads can be set (NumPy built on another BLAS, a system without
`/proc`), the models keep BLIS.

Better still, OpenBLAS starts on one thread (`start_numpy_on_one_thread`) in the processes
of `timeline extract` (the command's own, the server its workers fork from, a worker that
imports NumPy itself): then it starts no thread at all, none spins while the process
imports, and a worker forked from a process that never had a second thread takes the GIL
far more cheaply (spaCy's NER takes and releases it at every step of every token: with a
thread started before the fork, a sixth of a worker's time went to the GIL's locks).

    >>> use_blis() in (True, False)
    True
"""

from __future__ import annotations

import ctypes
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

#: OpenBLAS's names for its thread count, as NumPy's wheels (scipy-openblas, 64-bit
#: integers) and as a system OpenBLAS export them: (set, get).
_THREAD_FUNCTIONS = (
    ("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
    ("scipy_openblas_set_num_threads", "scipy_openblas_get_num_threads"),
    ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
    ("openblas_set_num_threads", "openblas_get_num_threads"),
)
_MAPS = Path("/proc/self/maps")


#: The variable OpenBLAS reads, once, when NumPy is imported.
THREADS_VARIABLE = "OPENBLAS_NUM_THREADS"


def start_numpy_on_one_thread() -> None:
    """Have OpenBLAS start on one thread in this process, unless NumPy is imported already
    (too late) or the environment says otherwise, and in the processes it starts (they
    inherit the environment)."""
    if "numpy" not in sys.modules:
        os.environ.setdefault(THREADS_VARIABLE, "1")


@cache
def use_blis() -> bool:
    """Whether the models should multiply with BLIS: False once NumPy's OpenBLAS is set to
    one thread in this process (a process forked from it keeps the setting)."""
    try:
        return not _one_openblas_thread()
    except (OSError, AttributeError, KeyError, TypeError, ValueError):
        return True


def _one_openblas_thread() -> bool:
    """Set NumPy's OpenBLAS to one thread; whether NumPy's BLAS is OpenBLAS and now runs on
    one."""
    import numpy  # noqa: PLC0415  (spaCy imports it anyway)

    blas = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]
    if "openblas" not in str(blas.get("name", "")).lower():
        return False
    libraries = _openblas_libraries()
    for set_threads, _ in libraries:
        set_threads(ctypes.c_int(1))
    return bool(libraries) and openblas_threads() == [1] * len(libraries)


def openblas_threads() -> list[int]:
    """How many threads each OpenBLAS library loaded in this process runs."""
    return [int(get_threads()) for _, get_threads in _openblas_libraries()]


def _openblas_libraries() -> list[tuple[Any, Any]]:
    """(set, get) of the thread count of each OpenBLAS library loaded in this process."""
    paths: set[str] = set()
    for line in _MAPS.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = line.split(maxsplit=5)  # address, mode, offset, device, inode, path
        if len(fields) == 6 and "openblas" in Path(fields[5]).name:
            paths.add(fields[5])
    found = []
    for path in sorted(paths):
        library = ctypes.CDLL(path)  # loaded already: the same library
        for set_name, get_name in _THREAD_FUNCTIONS:
            if hasattr(library, set_name) and hasattr(library, get_name):
                found.append((getattr(library, set_name), getattr(library, get_name)))
                break
    return found
