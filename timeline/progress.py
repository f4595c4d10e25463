"""Progress of a long command on stderr: a bar on a terminal (tqdm), plain lines in a log.

    >>> with Progress("ingest", total=3, stream=sys.stdout, terminal=False) as progress:
    ...     progress.update(3, events=12)  # doctest: +ELLIPSIS
    ingest: 3/3 articles, 12 events in ... s (... articles/s)

On a terminal the bar shows articles done of all, events, the rate and the time left; when
stderr is a file or a pipe (a log, a CI job) a plain line says the same every `interval`
seconds, and a last line the totals.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any, TextIO


def plain_line(label: str, done: int, total: int, events: int | None, seconds: float) -> str:
    """One line of progress, as a log shows it.

    >>> plain_line("ingest", 250, 1000, 1800, 50.0)
    'ingest: 250/1,000 articles (25%), 1,800 events, 5.0 articles/s, about 2 min 30 s left'
    """
    rate = done / seconds if seconds > 0 else 0.0
    parts = [f"{label}: {done:,}/{total:,} articles ({done / max(total, 1):.0%})"]
    if events is not None:
        parts.append(f"{events:,} events")
    parts.append(f"{rate:.1f} articles/s")
    if rate > 0 and done < total:
        parts.append(f"about {_duration((total - done) / rate)} left")
    return ", ".join(parts)


def _duration(seconds: float) -> str:
    """`seconds` in the words a person reads at a glance.

    >>> _duration(42.4), _duration(150), _duration(3 * 3600 + 60)
    ('42 s', '2 min 30 s', '3 h 1 min')
    """
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        return f"{whole // 60} min {whole % 60} s"
    return f"{whole // 3600} h {whole % 3600 // 60} min"


class Progress:
    """Progress of `total` articles: `update` after each step, `close` (or a `with` block)
    at the end. `terminal` (default: whether `stream` is one) picks the bar or the lines;
    `quiet` shows nothing."""

    def __init__(
        self,
        label: str,
        total: int,
        *,
        stream: TextIO | None = None,
        terminal: bool | None = None,
        interval: float = 10.0,
        quiet: bool = False,
    ) -> None:
        self.label = label
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self.quiet = quiet
        self.done = 0
        self.events: int | None = None
        self._started = time.monotonic()
        self._printed = self._started
        self._bar: Any = None
        if not quiet and (self.stream.isatty() if terminal is None else terminal):
            from tqdm import tqdm  # noqa: PLC0415  (only a terminal shows the bar)

            self._bar = tqdm(total=total, desc=label, unit="article", file=self.stream)

    def update(self, done: int, total: int | None = None, events: int | None = None) -> None:
        """`done` articles of `total` (when it changed), `events` found so far."""
        if total is not None:
            self.total = total
        self.events = events if events is not None else self.events
        if self._bar is not None:
            self._bar.total = self.total
            if self.events is not None:
                self._bar.set_postfix(events=f"{self.events:,}", refresh=False)
            self._bar.update(done - self.done)
            self.done = done
            return
        self.done = done
        now = time.monotonic()
        if not self.quiet and now - self._printed >= self.interval and done < self.total:
            self._printed = now
            line = plain_line(self.label, done, self.total, self.events, now - self._started)
            print(line, file=self.stream, flush=True)

    def close(self) -> None:
        """Close the bar, or print the last line."""
        if self._bar is not None:
            self._bar.close()
            return
        if self.quiet:
            return
        seconds = time.monotonic() - self._started
        events = f", {self.events:,} events" if self.events is not None else ""
        rate = self.done / seconds if seconds > 0 else 0.0
        print(
            f"{self.label}: {self.done:,}/{self.total:,} articles{events} in {seconds:.1f} s "
            f"({rate:.1f} articles/s)",
            file=self.stream,
            flush=True,
        )

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
