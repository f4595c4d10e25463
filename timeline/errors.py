"""The exceptions Timeline raises, written out first so the contract is visible.

    TimelineError                  base of everything below
    ├── DocumentError              one input cannot be read (the others still are)
    │   ├── EmptyDocumentError     the file holds no text
    │   ├── BinaryDocumentError    the file is not text (NUL bytes, an image, an archive)
    │   ├── EncodingError          the bytes are not UTF-8, UTF-16 or Windows-1252 text
    │   └── DocumentTooLargeError  the file is over the size limit
    ├── PublishedDateError         a publication date given by the user is not a date
    ├── ModelError                 the spaCy model cannot be loaded
    ├── WorkerStartError           a worker process cannot start (its model will not load)
    ├── ClusterError               a Dask cluster cannot be reached, or cannot do the work
    ├── ExportError                the event table cannot be written in the asked format
    ├── ChoicesError               the reader's saved date choices cannot be read or written
    └── StoreError                 the store cannot be opened: not a store, an unknown schema
                                   version, or locked by another process

Messages say what went wrong and what to do, and name the file when there is one.
"""

from __future__ import annotations


class TimelineError(Exception):
    """Base class: catch this to handle every Timeline failure."""


class DocumentError(TimelineError):
    """One input cannot be read; ``source`` names it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyDocumentError(DocumentError):
    """The input holds no text."""


class BinaryDocumentError(DocumentError):
    """The input is binary data, not text."""


class EncodingError(DocumentError):
    """The input's bytes are in no encoding Timeline can read."""


class DocumentTooLargeError(DocumentError):
    """The input is larger than the size limit."""


class PublishedDateError(TimelineError, ValueError):
    """A publication date given by the user is not a calendar date."""


class ModelError(TimelineError):
    """The spaCy pipeline cannot be loaded."""


class WorkerStartError(TimelineError):
    """A worker process could not start: its initializer failed (the model would not load)."""


class ClusterError(TimelineError):
    """A Dask cluster cannot be used: its scheduler is unreachable, its workers cannot load
    the model, or the parts they write cannot be read here."""


class ExportError(TimelineError):
    """The event table cannot be written in the requested format."""


class ChoicesError(TimelineError):
    """The reader's saved date choices (`timeline.analysis.choices`) cannot be read or written."""


class StoreError(TimelineError):
    """The store (a DuckDB file) cannot be opened or written; the message names the file."""
