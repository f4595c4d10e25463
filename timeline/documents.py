"""Documents: read articles from files (txt, md, html, json, jsonl, csv) into `Document` values.

Each bad input becomes one `DocumentError` naming the file and the reason; the other inputs
are still read.

    >>> docs, errors = read_documents(["data/"])
    >>> docs[0].title
    'Blinken Pressures Iraqi Leader Over Attacks On US Military'
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from timeline.errors import (
    BinaryDocumentError,
    DocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncodingError,
)
from timeline.kinds import PublishedSource

#: Larger inputs are refused: a news article is a few kB, an archive of thousands a few MB.
MAX_BYTES = 20 * 1024 * 1024
SUPPORTED_SUFFIXES = (
    ".txt",
    ".md",
    ".html",
    ".htm",
    ".json",
    ".jsonl",
    ".csv",
    ".xml",
    ".rss",
    ".atom",
    ".urls",
)
#: Feeds: one document per item (`timeline.web.feed_documents`).
FEED_SUFFIXES = (".xml", ".rss", ".atom")
PUBLISHED_SOURCES = tuple(PublishedSource)
#: Files in a folder that are not articles: its notes and the actor alias file.
SKIPPED_IN_FOLDERS = ("readme", "license", "licence", "actors.csv")


@dataclass(frozen=True, slots=True)
class Document:
    """One article. `published` is filled by the publication-date stage (`timeline.published`).

    >>> Document(id="a", text="Blinken spoke on Monday.").title
    ''
    """

    id: str
    text: str
    title: str = ""
    url: str | None = None
    published_given: str | None = None  # the publication date as the metadata spells it
    published: date | None = None
    published_source: str = "none"
    source: str = ""  # the file it came from

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("a document needs a non-empty id")
        if self.published_source not in PUBLISHED_SOURCES:
            raise ValueError(
                f"published_source {self.published_source!r} is not one of {PUBLISHED_SOURCES}"
            )


def read_documents(
    paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES, follow: bool = False
) -> tuple[list[Document], list[DocumentError]]:
    """Read every path (directories recursively) and every web address (`http(s)://`); return
    the documents and one error per bad input. With `follow`, a feed's items are read from the
    pages they link to.

    >>> docs, errors = read_documents(["missing.txt"])
    >>> str(errors[0])
    'missing.txt: no such file or directory'
    """
    from timeline.sources import document_sources, read_source  # noqa: PLC0415  (it imports this)

    documents: list[Document] = []
    errors: list[DocumentError] = []
    for given in paths:
        sources, given_errors = document_sources([given])
        for source in sources:
            docs, errs = read_source(source, max_bytes=max_bytes, follow=follow)
            documents.extend(docs)
            given_errors.extend(errs)
        if not is_link(str(given)) and Path(given).is_dir():
            given_errors.sort(key=lambda error: error.source)
        errors.extend(given_errors)
    return unique_ids(documents), errors


def parse_bytes(
    name: str,
    data: bytes,
    *,
    doc_prefix: str | None = None,
    max_bytes: int = MAX_BYTES,
    follow: bool = False,
) -> tuple[list[Document], list[DocumentError]]:
    """Parse one file's bytes (an upload, say); the format follows the name's extension.

    >>> docs, _ = parse_bytes("note.txt", b"Title\\n\\nBody text on Monday.")
    >>> docs[0].title, docs[0].id
    ('Title', 'note')
    """
    prefix = doc_prefix or Path(name).stem or "document"
    suffix = Path(name).suffix.lower()
    try:
        if len(data) > max_bytes:
            raise DocumentTooLargeError(name, too_large(len(data), max_bytes))
        if suffix == ".parquet":  # named, not found in folders: it may be an event table
            from timeline.parquet import parquet_records  # noqa: PLC0415  (pyarrow)

            rows = enumerate(parquet_records(name, data), start=1)
            return _record_documents(name, prefix, ((f"row {n}", row) for n, row in rows), [])
        if suffix in FEED_SUFFIXES or suffix in (".html", ".htm", ".urls"):
            from timeline import web  # noqa: PLC0415  (web imports this module)

            if suffix in FEED_SUFFIXES:
                return web.feed_documents(name, prefix, data, follow=follow)
            if suffix in (".html", ".htm"):
                return [web.page_document(name, prefix, data, None)], []
            return web.read_links(_links(name, decode_text(name, data)), follow=follow)
        text = decode_text(name, data)
        if suffix in (".json", ".jsonl", ".csv"):
            return _parse_records(name, text, suffix, prefix)
        if suffix not in (".txt", ".md", ""):
            raise DocumentError(
                name,
                f"unsupported file type {suffix!r}; use one of {', '.join(SUPPORTED_SUFFIXES)}",
            )
        return [_plain_document(name, prefix, text, None, markdown=suffix == ".md")], []
    except DocumentError as error:
        return [], [error]


def too_large(size: int, max_bytes: int) -> str:
    return (
        f"{size / 2**20:.1f} MB is over the {max_bytes / 2**20:.0f} MB limit; "
        "split it into smaller files"
    )


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is a NUL (Latin text in UTF-16
    written without a byte order mark), else None.

    >>> _utf16_without_bom("Talks".encode("utf-16-le"))
    'utf-16-le'
    """
    even, odd = head[0::2], head[1::2]
    if not even or not odd:
        return None
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.6 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.6 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode_text(name: str, data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252.

    >>> decode_text("a.txt", "café".encode("cp1252"))
    'café'
    """
    if not data.strip():
        raise EmptyDocumentError(
            name, "the file holds only whitespace" if data else "the file is empty"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise EncodingError(name, f"broken UTF-16 text ({error.reason})") from None
        return _check_text(name, text)
    head = data[:8192]
    if b"\x00" in head:
        encoding = _utf16_without_bom(head[: len(head) // 2 * 2])
        if encoding is None:
            raise BinaryDocumentError(name, "binary data, not text (it contains NUL bytes)")
        try:
            return _check_text(name, data.decode(encoding))
        except UnicodeDecodeError as error:
            raise EncodingError(name, f"broken UTF-16 text ({error.reason})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        broken = (
            f"broken UTF-8 text (invalid byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); save it as UTF-8"
        )
        # Text that is UTF-8 elsewhere (it has valid multi-byte characters) is broken UTF-8,
        # not Windows-1252: reading it as the latter would silently garble it.
        if any(ord(c) > 0x7F and c != "\ufffd" for c in data.decode("utf-8", "replace")):
            raise EncodingError(name, broken) from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise EncodingError(name, broken + " (it is not Windows-1252 either)") from None
    return _check_text(name, text)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _check_text(name: str, text: str) -> str:
    if not text.strip():
        raise EmptyDocumentError(name, "the file holds only whitespace")
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(8, len(text[:65536]) // 100):
        raise BinaryDocumentError(name, "binary data, not text (too many control characters)")
    return text


def _plain_document(
    name: str, doc_id: str, text: str, title: str | None, *, markdown: bool = False
) -> Document:
    if title is None:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        title = first.lstrip("#").strip() if markdown else first
    return Document(id=doc_id, text=text, title=title, source=name)


def _parse_records(
    name: str, text: str, suffix: str, prefix: str
) -> tuple[list[Document], list[DocumentError]]:
    errors: list[DocumentError] = []
    return _record_documents(name, prefix, _records(name, text, suffix, errors), errors)


def _record_documents(
    name: str,
    prefix: str,
    records: Iterable[tuple[str, Mapping[str, Any]]],
    errors: list[DocumentError],
) -> tuple[list[Document], list[DocumentError]]:
    """The documents of `records` (position, fields), and the errors of those that are not."""
    documents: list[Document] = []
    for position, record in records:
        try:
            documents.append(_record_document(name, prefix, position, record))
        except DocumentError as error:
            errors.append(error)
    if not documents and not errors:
        errors.append(EmptyDocumentError(name, "no documents in the file"))
    return documents, errors


def _records(
    name: str, text: str, suffix: str, errors: list[DocumentError]
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                errors.append(DocumentError(f"{name}:{number}", f"not JSON ({error.msg})"))
                continue
            yield f"line {number}", record
    elif suffix == ".json":
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError as error:
            raise DocumentError(name, f"not JSON ({error.msg} at line {error.lineno})") from None
        items = loaded if isinstance(loaded, list) else [loaded]
        for number, record in enumerate(items, start=1):
            yield f"item {number}", record
    else:
        # strict: an unclosed quote is an error, not a field running to the end of the file
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        try:
            if reader.fieldnames is None or "text" not in reader.fieldnames:
                raise DocumentError(name, "a CSV file needs a 'text' column")
            for number, row in enumerate(reader, start=2):
                yield f"row {number}", row
        except csv.Error as error:
            errors.append(
                DocumentError(
                    f"{name}:{reader.line_num}",
                    f"malformed CSV ({error}); the rows after it are not read",
                )
            )


def _record_document(name: str, prefix: str, position: str, record: Mapping[str, Any]) -> Document:
    where = f"{name} ({position})"
    if not isinstance(record, Mapping):
        raise DocumentError(where, "expected an object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise EmptyDocumentError(where, "no 'text' (or it is empty)")
    raw_id = record.get("id")
    number = re.sub(r"\D", "", position)
    doc_id = str(raw_id) if raw_id not in (None, "") else f"{prefix}-{number}"
    title = record.get("title")
    if not isinstance(title, str) or not title.strip():
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    published = published_given(record)
    url = record.get("url")
    return Document(
        id=doc_id,
        text=text,
        title=title.strip(),
        url=str(url) if url else None,
        published_given=str(published) if published not in (None, "") else None,
        source=name,
    )


#: Keys a record may give its publication date under, the first present wins: ours, then
#: those of feeds, schema.org, news APIs and TimeML corpora. Matched regardless of case.
PUBLISHED_KEYS = ("published", "published_at", "datepublished", "pubdate", "date", "dct")


def published_given(record: Mapping[str, Any]) -> str | None:
    """The publication date a record gives, as it spells it.

    >>> published_given({"text": "...", "pubDate": "Tue, 11 Oct 2011 10:44:00 GMT"})
    'Tue, 11 Oct 2011 10:44:00 GMT'
    """
    by_key = {str(key).casefold(): value for key, value in record.items()}
    for key in PUBLISHED_KEYS:
        value = by_key.get(key)
        if value not in (None, "") and str(value).strip():
            return str(value).strip()
    return None


def is_link(text: str) -> bool:
    """Whether an input names a web address rather than a file.

    >>> is_link("https://news.example/a"), is_link("data/article.txt")
    (True, False)
    """
    return text.startswith(("http://", "https://"))


def _links(name: str, text: str) -> list[str]:
    """The web addresses of a `.urls` file, one a line (`#` starts a comment line)."""
    links = [line.strip() for line in text.splitlines() if line.strip()]
    links = [link for link in links if not link.startswith("#")]
    bad = [link for link in links if not is_link(link)]
    if bad:
        raise DocumentError(name, f"{bad[0]!r} is not a web address: one http(s):// link a line")
    if not links:
        raise EmptyDocumentError(name, "no links in the file")
    return links


def unique_ids(documents: list[Document], seen: dict[str, int] | None = None) -> list[Document]:
    """Make ids unique by suffixing repeats, so event ids never collide. `seen` (ids met so
    far, with their counts) carries the rule across the batches of a stream; it is updated.

    >>> [d.id for d in unique_ids([Document(id="a", text="x"), Document(id="a", text="y")])]
    ['a', 'a~2']
    """
    seen = {} if seen is None else seen
    unique: list[Document] = []
    for doc in documents:
        count = seen.get(doc.id, 0)
        seen[doc.id] = count + 1
        unique.append(replace(doc, id=f"{doc.id}~{count + 1}") if count else doc)
    return unique
