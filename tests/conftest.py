"""Shared fixtures: paths to the bundled data and the reference article."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

from timeline.events import Event, event_id

from .local_site import serving

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
REFERENCE_ARTICLE = DATA / "blinken-iraq-2023.txt"

# `make test` (and so CI) draws the same hypothesis examples on every run: a run that passes
# here passes on a fresh machine. `make explore` (TIMELINE_HYPOTHESIS=explore) draws new ones
# each run, to hunt for inputs the fixed draw never tries. Neither has hypothesis's deadline
# (200 ms an example): a time limit is a measurement, which a loaded machine fails; the tests
# check what the code does, and benchmarks/ how fast.
settings.register_profile("fixed", derandomize=True, database=None, deadline=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("TIMELINE_HYPOTHESIS", "fixed"))


def free_port() -> int:
    """A port of this machine no one listens on, for a server a test starts."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def streamlit_options(port: int) -> list[str]:
    """Streamlit's options for a dashboard a test starts: headless, on `port` of this machine
    only, no usage statistics."""
    return [
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
    ]


@pytest.fixture(autouse=True)
def _own_choices(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dashboard's date choices go to a file of the test's own, never ~/.cache."""
    folder = tmp_path_factory.mktemp("choices")
    monkeypatch.setenv("TIMELINE_CHOICES", str(folder / "choices.json"))


@pytest.fixture(scope="session")
def site() -> Iterator[str]:
    """A local web site of saved news pages and failing links (tests/local_site.py)."""
    with serving() as address:
        yield address


@pytest.fixture(scope="session")
def reference_text() -> str:
    return REFERENCE_ARTICLE.read_text(encoding="utf-8")


def make_event(
    doc: str,
    start: int,
    day: date | None,
    granularity: str | None,
    actors: tuple[str, ...],
    sentence: str,
    end_day: date | None = None,
) -> Event:
    """An event of `doc` at offset `start`, dated `day` (None: vague), for table-level tests."""
    return Event(
        event_id=event_id(doc, start, start + len(sentence), start),
        doc_id=doc,
        sentence=sentence,
        sentence_start=start,
        sentence_end=start + len(sentence),
        paragraph=1,
        anchor="explicit" if day else "vague",
        date_start=day,
        date_end=end_day or day,
        granularity=granularity,
        date_text="on Monday" if day else "recently",
        date_value=day.isoformat() if day else "PAST_REF",
        date_text_start=start,
        date_text_end=start + 9,
        actors=actors,
        actor_types=tuple("person" for _ in actors),
    )
