"""Command line: `timeline extract` (the event table) and `timeline tag` (temporal expressions).

$ timeline extract data/ -o events.csv
$ timeline tag docs.jsonl -o timexes.jsonl
$ timeline app            # the dashboard
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from timeline.errors import ExportError, PublishedDateError, TimelineError
from timeline.workers import start_forkserver

if TYPE_CHECKING:
    from timeline.temporal import Timex

# The stages, pandas and spaCy are imported by the command that needs them: `extract` starts
# the server its worker processes fork from before it loads anything heavy of its own, so
# that the server imports the stages and spaCy while this process reads the documents.
#: What the worker processes of `extract` import, once, in that server (`timeline.preload`
#: loads the default models there too; another model each worker loads for itself).
WORKER_MODULES = ("timeline.pipeline", "spacy")
PRELOAD_MODELS = "timeline.preload"


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
    extract.add_argument(
        "paths",
        nargs="+",
        metavar="PATH_OR_LINK",
        help="articles: files or folders (txt, md, html, json, jsonl, csv; rss, atom or xml "
        "feeds; .urls files of links, one a line) and web addresses of pages or feeds",
    )
    extract.add_argument(
        "--follow",
        action="store_true",
        help="read each feed item from the page it links to (default: the item's summary)",
    )
    extract.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        help="the table: .csv, .jsonl, .parquet or .json (TimelineJS)",
    )
    extract.add_argument(
        "--published", type=_published_arg, help="publication date of every input (YYYY-MM-DD)"
    )
    extract.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm)")
    extract.add_argument(
        "--aliases",
        type=Path,
        help="actor alias file (alias,canonical,type); default data/actors.csv if present",
    )
    extract.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    extract.add_argument(
        "--timeout",
        type=_seconds_arg,
        default=DEFAULT_TIMEOUT,
        help="seconds a document may take before it is skipped (default: %(default)g; "
        "5 MB of prose takes about a minute)",
    )
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
    extract.add_argument("-q", "--quiet", action="store_true", help="print errors only")

    tagger = commands.add_parser("tag", help="the temporal expressions of JSONL documents")
    tagger.add_argument("input", type=Path, help='JSON Lines: {"id", "text", "published"?}')
    tagger.add_argument("-o", "--output", required=True, type=Path, help="JSON Lines output")

    app = commands.add_parser("app", help="open the dashboard in a browser")
    app.add_argument(
        "--table", type=Path, help="open a saved event table (.parquet, .jsonl, .csv) instead"
    )
    app.add_argument("streamlit_args", nargs=argparse.REMAINDER, help="passed to streamlit run")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the return value is the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "extract" and args.parts and not args.cluster:
        parser.error("--parts needs --cluster: only a cluster's workers write parts")
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "tag":
            return _tag(args.input, args.output)
        return _app(args.streamlit_args, args.table)
    except TimelineError as error:
        print(f"timeline: {error}", file=sys.stderr)
        return 2


def _extract(args: argparse.Namespace) -> int:
    start_method = None
    if not args.cluster:
        preload = [*WORKER_MODULES, *([PRELOAD_MODELS] if args.model is None else [])]
        start_method = start_forkserver(preload)
    from timeline.documents import read_documents  # noqa: PLC0415
    from timeline.export import format_for, write_table  # noqa: PLC0415
    from timeline.pipeline import extract  # noqa: PLC0415

    format_for(args.output)  # fail before the work, not after
    aliases = args.aliases
    if aliases is None and Path("data/actors.csv").is_file():
        aliases = Path("data/actors.csv")
    started = time.perf_counter()
    documents, errors = read_documents(args.paths, follow=args.follow)
    for error in errors:
        print(f"timeline: {error}", file=sys.stderr)
    if not documents:
        print("timeline: no documents could be read; nothing written", file=sys.stderr)
        return 1
    options = {
        "model": args.model,
        "aliases": aliases,
        "published": args.published,
        "workers": args.workers,
        "timeout": args.timeout,
    }
    if args.cluster:
        from timeline.cluster import extract_on_cluster  # noqa: PLC0415  (Dask: only here)

        result = extract_on_cluster(documents, address=args.cluster, parts=args.parts, **options)
    else:
        result = extract(documents, **options, start_method=start_method)
    for warning in result.warnings:
        print(f"timeline: warning: {warning}", file=sys.stderr)
    for message in result.skipped:
        print(f"timeline: {message}", file=sys.stderr)
    if result.skipped:
        print("timeline: a larger --timeout gives long documents more time", file=sys.stderr)
    try:
        write_table(result.table, args.output)
    except ExportError as error:
        print(f"timeline: {error}", file=sys.stderr)
        return 1
    if not args.quiet:
        elapsed = time.perf_counter() - started
        skipped = f" ({len(result.skipped)} skipped)" if result.skipped else ""
        print(
            f"{len(result.table)} events from {len(result.documents)} documents{skipped} "
            f"in {elapsed:.1f} s -> {args.output}",
            file=sys.stderr,
        )
    return 1 if errors or result.skipped else 0


def timex_record(timex: Timex) -> dict[str, Any]:
    """A temporal expression as `timeline tag` writes it."""
    return {
        "start": timex.start,
        "end": timex.end,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
        "granularity": timex.granularity,
        "date_start": timex.date_start.isoformat() if timex.date_start else None,
        "date_end": timex.date_end.isoformat() if timex.date_end else None,
    }


def tag_record(record: dict[str, Any]) -> dict[str, Any]:
    """Tag one `{"id", "text", "published"?}` record."""
    from timeline.documents import published_given  # noqa: PLC0415
    from timeline.published import resolve_published  # noqa: PLC0415
    from timeline.temporal import tag  # noqa: PLC0415

    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("no 'text' string")
    published = resolve_published(text, published_given(record))
    timexes = tag(text, published.date)
    return {
        "id": record.get("id"),
        "published": published.date.isoformat() if published.date else None,
        "published_source": published.source,
        "timexes": [timex_record(timex) for timex in timexes],
    }


def _tag(input_path: Path, output_path: Path) -> int:
    failed = 0
    try:
        source = input_path.open(encoding="utf-8")
    except OSError as error:
        print(f"timeline: {input_path}: cannot be read ({error.strerror})", file=sys.stderr)
        return 1
    with source, output_path.open("w", encoding="utf-8") as out:
        failed = _tag_lines(input_path, source, out)
    return 1 if failed else 0


def _tag_lines(input_path: Path, source: TextIO, out: TextIO) -> int:
    failed = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            result = tag_record(record)
        except (ValueError, TimelineError) as error:
            print(f"timeline: {input_path}:{number}: {error}", file=sys.stderr)
            failed += 1
            continue
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return failed


def _app(streamlit_args: Sequence[str], table: Path | None) -> int:
    app = Path(__file__).resolve().parent.parent / "app.py"
    if not app.is_file():
        print(
            "timeline: app.py not found next to the package; run from a checkout", file=sys.stderr
        )
        return 1
    environment = dict(os.environ)
    if table is not None:
        if not table.is_file():
            print(f"timeline: {table}: no such file", file=sys.stderr)
            return 1
        environment["TIMELINE_TABLE"] = str(table.resolve())
    command = [sys.executable, "-m", "streamlit", "run", str(app), *streamlit_args]
    return subprocess.call(command, env=environment)


if __name__ == "__main__":
    raise SystemExit(main())
