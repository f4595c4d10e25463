"""Reading articles: formats, titles, ids, and a clear error for each bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import Document, decode_text, parse_bytes, read_documents
from timeline.errors import (
    BinaryDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncodingError,
)
from timeline.html_text import html_to_text
from timeline.pipeline import date_documents

from .conftest import DATA, REFERENCE_ARTICLE


def test_txt_title_is_first_non_empty_line() -> None:
    docs, errors = read_documents([REFERENCE_ARTICLE])
    assert errors == []
    assert len(docs) == 1
    assert docs[0].id == "blinken-iraq-2023"
    assert docs[0].title == "Blinken Pressures Iraqi Leader Over Attacks On US Military"
    assert docs[0].published_given is None
    assert "Antony Blinken" in docs[0].text


def test_markdown_title_loses_its_hashes() -> None:
    docs, _ = parse_bytes("a.md", b"\n# A headline\n\nBody.")
    assert docs[0].title == "A headline"


def test_folder_is_read_recursively_and_skips_notes(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("One\n\nText on Monday.")
    (tmp_path / "two.md").write_text("# Two\n\nText.")
    (tmp_path / "README.md").write_text("# Notes about this folder")
    (tmp_path / "actors.csv").write_text("alias,canonical,type\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    docs, errors = read_documents([tmp_path])
    assert errors == []
    assert sorted(d.id for d in docs) == ["sub/one", "two"]


def test_bundled_data_reads_without_errors() -> None:
    docs, errors = read_documents([DATA])
    assert errors == []
    assert len(docs) == 13  # the reference article, 8 WikiNews, 4 of the Veldhaven story
    assert all(d.text.strip() for d in docs)
    with_metadata = [d for d in docs if d.url]
    assert len(with_metadata) == 12
    assert all(d.published_given for d in with_metadata)


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a",
                "title": "A",
                "text": "Alpha.",
                "published": "2023-10-23",
                "url": "https://example.org/a",
            }
        ),
        "{not json",
        json.dumps({"id": "b", "text": ""}),
        json.dumps({"text": "No id here."}),
    ]
    path.write_text("\n".join(lines))
    docs, errors = read_documents([path])
    assert [d.id for d in docs] == ["a", "docs-4"]
    assert docs[0].published_given == "2023-10-23"
    assert docs[0].url == "https://example.org/a"
    assert len(errors) == 2
    assert "docs.jsonl:2" in str(errors[0]) and "not JSON" in str(errors[0])
    assert "line 3" in str(errors[1]) and "empty" in str(errors[1])


def test_json_list_and_csv(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps([{"id": "x", "text": "X."}, {"text": "Y."}]))
    (tmp_path / "b.csv").write_text('id,title,text,published\nc1,T,"Hello, world.",2020-01-02\n')
    docs, errors = read_documents([tmp_path / "a.json", tmp_path / "b.csv"])
    assert errors == []
    assert [d.id for d in docs] == ["x", "a-2", "c1"]
    assert docs[2].title == "T"
    assert docs[2].published_given == "2020-01-02"


@pytest.mark.parametrize("key", ["published", "date", "pubDate", "datePublished", "published_at"])
def test_publication_date_keys_of_feeds_and_apis(tmp_path: Path, key: str) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "Talks ended.", key: "Oct 11, 2011"}))
    (tmp_path / "b.csv").write_text(f'text,{key}\n"Talks ended.","Tue, 11 Oct 2011 10:44:00 GMT"\n')
    docs, errors = read_documents([tmp_path])
    assert errors == []
    dated, warnings = date_documents(docs)
    assert warnings == []
    assert [(d.published, d.published_source) for d in dated] == [
        (date(2011, 10, 11), "metadata")
    ] * 2


def test_ambiguous_publication_date_is_read_with_a_warning_naming_the_file(
    tmp_path: Path,
) -> None:
    (tmp_path / "feed.csv").write_text('text,date\n"Talks ended.",03-02-2009\n')
    dated, warnings = date_documents(read_documents([tmp_path])[0])
    assert dated[0].published == date(2009, 3, 2)
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{tmp_path / 'feed.csv'}: ") and "ambiguous" in warnings[0]


def test_csv_without_text_column(tmp_path: Path) -> None:
    (tmp_path / "b.csv").write_text("id,body\n1,hello\n")
    docs, errors = read_documents([tmp_path / "b.csv"])
    assert docs == []
    assert "needs a 'text' column" in str(errors[0])


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n{"id": "a", "text": "Two."}\n')
    docs, _ = read_documents([path])
    assert [d.id for d in docs] == ["a", "a~2"]


def test_html_text_and_title() -> None:
    page = (
        "<html><head><title>Site | Story</title><script>var x = '<p>no</p>';</script></head>"
        "<body><h1>Big &amp; News</h1><p>First <b>para</b>.</p><p>Second.</p></body></html>"
    )
    title, text = html_to_text(page)
    assert title == "Big & News"
    assert text == "Big & News\n\nFirst para.\n\nSecond."
    docs, _ = parse_bytes("story.html", page.encode())
    assert docs[0].title == "Big & News"


def test_missing_empty_binary_large_and_broken_inputs_each_get_one_error(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Good\n\nBlinken spoke on Monday.")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50)
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"caf\xc3\x28 \x81\x8d\x8f\x90\x9d")
    large = tmp_path / "large.txt"
    large.write_bytes(b"a" * 2048)
    docs, errors = read_documents(
        [good, tmp_path / "missing.txt", empty, binary, broken, large], max_bytes=1024
    )
    assert [d.id for d in docs] == ["good"]
    messages = [str(e) for e in errors]
    assert len(messages) == 5
    assert "missing.txt: no such file or directory" in messages[0]
    assert isinstance(errors[1], EmptyDocumentError)
    assert isinstance(errors[2], BinaryDocumentError)
    assert isinstance(errors[3], EncodingError)
    assert "save it as UTF-8" in messages[3]
    assert isinstance(errors[4], DocumentTooLargeError)
    assert "limit" in messages[4]


def test_fifty_megabytes_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    docs, errors = read_documents([big])
    assert docs == []
    assert isinstance(errors[0], DocumentTooLargeError)
    assert "50.0 MB is over the 20 MB limit" in str(errors[0])


def test_encodings() -> None:
    assert decode_text("a", "naïve “quotes”".encode("utf-16")) == "naïve “quotes”"
    assert decode_text("a", "\ufeffBOM".encode()) == "BOM"
    assert decode_text("a", "Café – 2023".encode("cp1252")) == "Café – 2023"
    with pytest.raises(
        EncodingError, match=r"broken UTF-8 text \(invalid byte 0xff at offset 11\)"
    ):
        decode_text("a", "naïve – ".encode() + b"\xff truncated")
    with pytest.raises(EmptyDocumentError):
        decode_text("a", b"")


def test_document_validation() -> None:
    with pytest.raises(ValueError, match="non-empty id"):
        Document(id="", text="x")
    with pytest.raises(ValueError, match="published_source"):
        Document(id="a", text="x", published_source="guess")


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=600),
    st.sampled_from(["a.txt", "a.md", "a.json", "a.jsonl", "a.csv", "a.html"]),
)
def test_arbitrary_bytes_never_raise(data: bytes, name: str) -> None:
    docs, errors = parse_bytes(name, data)
    assert all(d.text.strip() for d in docs)
    assert all(str(e).startswith(name) for e in errors)
