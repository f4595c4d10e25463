"""Imported first in the server the worker processes of `timeline extract` fork from
(`timeline.workers.start_forkserver`): spaCy without its command line (`timeline.lean_spacy`)
and the stages, their patterns built from the code the last run kept
(`timeline.pattern_cache`).
"""

from __future__ import annotations

from timeline.pattern_cache import cached_patterns

with cached_patterns("workers"):
    import timeline.lean_spacy
    import timeline.pipeline  # noqa: F401
