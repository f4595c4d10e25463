"""Sources: the inputs a list of paths and links names, each read on its own, so a large
folder can be processed one file at a time (`timeline ingest`) instead of all at once.

    >>> sources, errors = document_sources(["data/"])
    >>> docs, errors = read_source(sources[0])
    >>> docs[0].id
    'blinken-iraq-2023'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from timeline.documents import (
    FEED_SUFFIXES,
    MAX_BYTES,
    SKIPPED_IN_FOLDERS,
    SUPPORTED_SUFFIXES,
    Document,
    is_link,
    parse_bytes,
    too_large,
)
from timeline.errors import DocumentError, DocumentTooLargeError


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read: a file (with the prefix of its documents' ids) or a web address.

    >>> Source("https://news.example/a").is_link
    True
    """

    location: Path | str  # a str is a web address
    prefix: str = ""

    @property
    def is_link(self) -> bool:
        return isinstance(self.location, str)


def document_sources(
    paths: Iterable[str | Path],
) -> tuple[list[Source], list[DocumentError]]:
    """The inputs `paths` name, in reading order (folders' article files, sorted), and one
    error per path that cannot be read; nothing is read yet, so a caller can read the sources
    one at a time (`read_source`) and never hold them all.

    >>> sources, errors = document_sources(["data/"])
    >>> sources[0].prefix
    'blinken-iraq-2023'
    """
    sources: list[Source] = []
    errors: list[DocumentError] = []
    for given in paths:
        if isinstance(given, str) and is_link(given):
            sources.append(Source(given))
            continue
        path = Path(given)
        if path.is_dir():
            for file in _files_in(path, errors):
                sources.append(Source(file, file.relative_to(path).with_suffix("").as_posix()))
        elif path.is_file():
            sources.append(Source(path, path.stem))
        else:
            errors.append(DocumentError(str(path), _why_not_a_file(path)))
    return sources, errors


def read_source(
    source: Source, *, max_bytes: int = MAX_BYTES, follow: bool = False
) -> tuple[list[Document], list[DocumentError]]:
    """The documents of one input and its errors (ids as the input gives them: a caller
    reading several makes them unique with `unique_ids`)."""
    if isinstance(source.location, str):
        from timeline.web import read_links  # noqa: PLC0415  (web imports this module)

        return read_links([source.location], follow=follow)
    return _read_one(source.location, source.prefix, max_bytes, follow)


def fetches(source: Source, *, follow: bool = False) -> bool:
    """Whether reading `source` goes to the web (a link, a file of links, a feed followed).

    >>> fetches(Source(Path("a.urls"))), fetches(Source(Path("a.txt")))
    (True, False)
    """
    if isinstance(source.location, str):
        return True
    suffix = source.location.suffix.lower()
    return suffix == ".urls" or (follow and suffix in FEED_SUFFIXES)


def _files_in(folder: Path, errors: list[DocumentError]) -> list[Path]:
    """The article files under `folder`, sorted; an error for each one that cannot be a file
    (a broken link, a link loop, a pipe). Hidden files, notes and other types are passed over;
    a link to a folder is not followed, so a folder that links to itself is read once."""
    files: list[Path] = []
    for entry in folder.rglob("*"):
        relative = entry.relative_to(folder)
        if (
            entry.suffix.lower() not in SUPPORTED_SUFFIXES
            or entry.name.lower().startswith(SKIPPED_IN_FOLDERS)
            or any(part.startswith(".") for part in relative.parts)
        ):
            continue
        if entry.is_file():
            files.append(entry)
        elif not entry.is_dir():
            errors.append(DocumentError(str(entry), _why_not_a_file(entry)))
    return sorted(files)


def _why_not_a_file(path: Path) -> str:
    """Why `path` cannot be read as a file, in the user's words."""
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except FileNotFoundError:
            return "a broken link (its target does not exist)"
        except (OSError, RuntimeError):
            return "a link that leads back to itself (a link loop)"
        return "a link to something that is not a file"
    if path.exists():
        return "not a regular file (a pipe, socket or device); save it as a file first"
    return "no such file or directory"


def _read_one(
    path: Path, doc_prefix: str, max_bytes: int, follow: bool = False
) -> tuple[list[Document], list[DocumentError]]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentTooLargeError(str(path), too_large(size, max_bytes))
        data = path.read_bytes()
    except DocumentError as error:
        return [], [error]
    except OSError as error:
        return [], [DocumentError(str(path), f"cannot be read ({error.strerror})")]
    return parse_bytes(str(path), data, doc_prefix=doc_prefix, max_bytes=max_bytes, follow=follow)
