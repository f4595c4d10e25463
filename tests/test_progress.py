"""Progress: plain lines when stderr is not a terminal (a log), a bar when it is; nothing when
quiet."""

from __future__ import annotations

import io

from timeline.progress import Progress, plain_line


def test_plain_lines_in_a_log() -> None:
    log = io.StringIO()
    with Progress("ingest", 4, stream=log, interval=0) as progress:
        progress.update(1, events=7)
        progress.update(3, total=6, events=20)
        progress.update(6, events=41)
    lines = log.getvalue().splitlines()
    assert lines[0].startswith("ingest: 1/4 articles (25%), 7 events, ")
    assert "about" in lines[0] and lines[0].endswith(" left")
    assert lines[1].startswith("ingest: 3/6 articles (50%), 20 events, ")
    assert lines[-1].startswith("ingest: 6/6 articles, 41 events in ")  # the totals, once
    assert len(lines) == 3  # the last step is told by the totals line


def test_a_log_gets_a_line_per_interval_not_per_step() -> None:
    log = io.StringIO()
    with Progress("extract", 1000, stream=log, interval=3600) as progress:
        for done in range(1, 1001):
            progress.update(done)
    assert log.getvalue().splitlines() == [log.getvalue().splitlines()[-1]]
    assert log.getvalue().startswith("extract: 1,000/1,000 articles in ")


def test_quiet_prints_nothing_and_a_terminal_gets_a_bar() -> None:
    log = io.StringIO()
    with Progress("ingest", 3, stream=log, interval=0, quiet=True) as progress:
        progress.update(3, events=5)
    assert log.getvalue() == ""
    terminal = io.StringIO()
    with Progress("ingest", 3, stream=terminal, terminal=True) as progress:
        progress.update(2, events=5)
    bar = terminal.getvalue()
    assert "ingest" in bar and "2/3" in bar and "events=5" in bar


def test_the_time_left_follows_the_rate() -> None:
    assert (
        plain_line("x", 10, 20, None, 10.0)
        == "x: 10/20 articles (50%), 1.0 articles/s, about 10 s left"
    )
