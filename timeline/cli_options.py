"""The command line's options: the parser of every command (`build_parser`), and the readers
of a publication date (`parse_published`) and of a number of seconds; ``cli`` runs the
commands.

    >>> build_parser().parse_args(["tag", "docs.jsonl", "-o", "out.jsonl"]).command
    'tag'
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from timeline.defaults import BATCH_SIZE, DEFAULT_STORE
from timeline.errors import PublishedDateError
from timeline.kinds import Anchor, Granularity


def parse_published(value: str) -> date:
    """The --published option: a calendar date written YYYY-MM-DD.

    >>> parse_published("2023-10-23")
    datetime.date(2023, 10, 23)
    """
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PublishedDateError(
            f"published date {value!r} is not a date: use YYYY-MM-DD, e.g. 2023-10-23"
        ) from None


def _published_arg(value: str) -> date:
    try:
        return parse_published(value)
    except PublishedDateError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


#: The default time budget of one document, in seconds: news takes a fraction of a second.
DEFAULT_TIMEOUT = 120.0


def _seconds_arg(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds > 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds above 0")
    return seconds


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline", description="Who did what, when: timelines from news articles."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser(
        "extract", help="build the event table of articles (files or folders)"
    )
    _add_inputs(extract)
    extract.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        help="the table: .csv, .jsonl, .parquet or .json (TimelineJS)",
    )
    _add_extraction_options(extract)
    extract.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="run the work on a Dask cluster: a scheduler's address (tcp://host:8786), or "
        "'local' for one on this machine with --workers processes",
    )
    extract.add_argument(
        "--parts",
        type=Path,
        metavar="DIR",
        help="with --cluster: the empty folder the workers write their Parquet parts to "
        "(shared with this machine; default: a temporary folder)",
    )

    ingest = commands.add_parser(
        "ingest", help="add articles to the store (new and changed ones; resumes if stopped)"
    )
    _add_inputs(ingest, tables=True)
    _add_store(ingest)
    ingest.add_argument(
        "--batch",
        type=int,
        default=BATCH_SIZE,
        help="documents stored per transaction (default: %(default)s); a stopped ingest "
        "loses at most one batch of work",
    )
    _add_extraction_options(ingest)

    export = commands.add_parser("export", help="write a filtered view of the store")
    _add_store(export)
    export.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        help="the view: .csv, .jsonl, .parquet or .json (TimelineJS)",
    )
    export.add_argument(
        "--actor", action="append", default=[], help="events naming this actor (repeatable)"
    )
    export.add_argument(
        "--all-actors",
        action="store_true",
        help="with several --actor, events naming all of them (default: any)",
    )
    export.add_argument("--from", dest="start", type=_published_arg, help="from this day on")
    export.add_argument("--to", dest="end", type=_published_arg, help="up to this day")
    export.add_argument("--text", default="", help="text in the sentence, title or an actor")
    export.add_argument(
        "--document", action="append", default=[], help="events of this article id (repeatable)"
    )
    export.add_argument(
        "--granularity",
        action="append",
        default=[],
        choices=list(Granularity),
        help="date precision (repeatable)",
    )
    export.add_argument(
        "--anchor",
        action="append",
        default=[],
        choices=list(Anchor),
        help="how the date was found (repeatable)",
    )
    export.add_argument("-q", "--quiet", action="store_true", help="print errors only")

    tagger = commands.add_parser("tag", help="the temporal expressions of JSONL documents")
    tagger.add_argument("input", type=Path, help='JSON Lines: {"id", "text", "published"?}')
    tagger.add_argument("-o", "--output", required=True, type=Path, help="JSON Lines output")

    app = commands.add_parser(
        "app",
        help="open the dashboard in a browser",
        description=f"Open the dashboard in a browser. Given neither --store nor --table, it "
        f"opens the store {DEFAULT_STORE} when the working folder holds one; else it reads the "
        "articles you upload, paste or pick (the bundled sample) in its sidebar.",
    )
    opened = app.add_mutually_exclusive_group()
    opened.add_argument(
        "--table", type=Path, help="open a saved event table (.parquet, .jsonl, .csv) instead"
    )
    opened.add_argument(
        "--store",
        type=Path,
        help=f"open a store made by `timeline ingest` (default: {DEFAULT_STORE}, when this "
        "folder holds one)",
    )
    app.add_argument(
        "streamlit_args",
        nargs=argparse.REMAINDER,
        help="Streamlit's options, passed to streamlit run (e.g. --server.port 8502)",
    )
    return parser


def _add_inputs(command: argparse.ArgumentParser, *, tables: bool = False) -> None:
    stored = (
        "; a Parquet event table (from `timeline extract -o FILE.parquet` or `timeline "
        "export`) is stored as it is, without extracting again"
        if tables
        else ""
    )
    command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH_OR_LINK",
        help="articles: files or folders (txt, md, html, json, jsonl, csv; rss, atom or xml "
        "feeds; .urls files of links, one a line), web addresses of pages or feeds, and "
        f"Parquet files named on their own (a 'text' column: one article a row){stored}",
    )
    command.add_argument(
        "--follow",
        action="store_true",
        help="read each feed item from the page it links to (default: the item's summary)",
    )


def _add_store(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--store",
        type=Path,
        default=DEFAULT_STORE,
        help="the store, a DuckDB file (default: %(default)s)",
    )


def _add_extraction_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--published", type=_published_arg, help="publication date of every input (YYYY-MM-DD)"
    )
    command.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm)")
    command.add_argument(
        "--aliases",
        type=Path,
        help="actor alias file (alias,canonical,type); default data/actors.csv if present",
    )
    command.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    command.add_argument(
        "--timeout",
        type=_seconds_arg,
        default=DEFAULT_TIMEOUT,
        help="seconds a document may take before it is skipped (default: %(default)g; "
        "5 MB of prose takes about a minute)",
    )
    command.add_argument(
        "-q", "--quiet", action="store_true", help="print errors only (no progress)"
    )
