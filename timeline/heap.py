"""The models' arrays kept on the C library's heap in the processes `timeline extract` starts
(the server its workers fork from, and so the workers): glibc's malloc otherwise gives each
large array pages of its own and hands them back when it is freed.

The models' layers allocate and free arrays of a few megabytes for every batch they read (a
long document's tokens by the width of a layer). glibc maps an array over its threshold
(128 KiB at first, raised to the size of the last one freed) on fresh pages, which the
process then faults in one by one and unmaps again: on the 255 bench texts one worker of two
took 150,000 to 200,000 page faults and 0.2 to 0.4 s of system time doing so, in most runs
(the other about 18,000 faults, 0.05 s). With the threshold set to glibc's own ceiling for it
(32 MiB on 64-bit systems) and the heap kept up to twice that before it is trimmed (glibc's
own ratio), the arrays reuse the heap's pages: about 18,000 faults in each worker, every run.
glibc reads the settings from the environment when a process starts; other C libraries
ignore them. What the models compute does not change (the event tables are byte-identical).

    >>> variables = arrays_on_the_heap({})
    >>> variables["MALLOC_MMAP_THRESHOLD_"], variables["MALLOC_TRIM_THRESHOLD_"]
    ('33554432', '67108864')
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

#: glibc's largest threshold for mapping an allocation on pages of its own (64-bit systems).
MMAP_THRESHOLD = 32 * 1024 * 1024
#: The free memory at the top of the heap kept before it is given back: twice the threshold,
#: as glibc keeps it when it raises the threshold itself.
TRIM_THRESHOLD = 2 * MMAP_THRESHOLD
#: The variables glibc's malloc reads when a process starts.
MMAP_VARIABLE = "MALLOC_MMAP_THRESHOLD_"
TRIM_VARIABLE = "MALLOC_TRIM_THRESHOLD_"


def arrays_on_the_heap(
    environment: MutableMapping[str, str] = os.environ,
) -> MutableMapping[str, str]:
    """Set the heap's thresholds in `environment` (this process's: the processes it starts
    inherit them), unless it sets either already; returns it."""
    if MMAP_VARIABLE not in environment and TRIM_VARIABLE not in environment:
        environment[MMAP_VARIABLE] = str(MMAP_THRESHOLD)
        environment[TRIM_VARIABLE] = str(TRIM_THRESHOLD)
    return environment
