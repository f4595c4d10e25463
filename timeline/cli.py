"""Command line: `timeline extract` (the event table), `timeline ingest` and `timeline export`
(the store), `timeline tag` (temporal expressions) and `timeline app` (the dashboard).

$ timeline extract data/ -o events.csv
$ timeline ingest data/ --store timeline.duckdb
$ timeline export --store timeline.duckdb --actor "Antony Blinken" -o blinken.parquet
$ timeline tag docs.jsonl -o timexes.jsonl
$ timeline app --store timeline.duckdb   # the dashboard
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from timeline.blas import start_numpy_on_one_thread
from timeline.defaults import BATCH_SIZE, DEFAULT_STORE
from timeline.errors import ExportError, PublishedDateError, TimelineError
from timeline.heap import arrays_on_the_heap
from timeline.kinds import Anchor, Granularity
from timeline.launch import split_app_arguments, start_dashboard
from timeline.progress import Progress
from timeline.workers import start_forkserver

if TYPE_CHECKING:
    from timeline.temporal import Timex

# The stages, pandas, spaCy and the store are imported by the command that needs them:
# `extract` starts the server its worker processes fork from before it loads anything heavy
# of its own, so that the server imports the stages and spaCy while this process reads the
# documents.
#: What the worker processes of `extract` import, once, in that server (`timeline.preload`
#: loads the default models there too; another model each worker loads for itself). spaCy
#: comes without its command line (`timeline.lean_spacy`).
WORKER_MODULES = ("timeline.lean_spacy", "timeline.pipeline")
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the return value is the exit status."""
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    streamlit_options: list[str] = []
    if arguments[:1] == ["app"]:  # Streamlit's options go to it, wherever they stand
        ours, streamlit_options = split_app_arguments(arguments[1:])
        arguments = ["app", *ours]
    args = parser.parse_args(arguments)
    if args.command == "app":
        args.streamlit_args = streamlit_options
    if args.command == "extract" and args.parts and not args.cluster:
        parser.error("--parts needs --cluster: only a cluster's workers write parts")
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "ingest":
            return _ingest(args)
        if args.command == "export":
            return _export(args)
        if args.command == "tag":
            return _tag(args.input, args.output)
        return start_dashboard(args.streamlit_args, args.table, args.store)
    except TimelineError as error:
        print(f"timeline: {error}", file=sys.stderr)
        return 2


def run() -> NoReturn:
    """The `timeline` program: `main`, then the process ends. Its last collection need not
    walk every object it holds (pandas, the documents, the events: 0.1 s of CPU after
    `extract`): they are frozen out of its sight (`gc.freeze`), and freed all the same."""
    status = main()
    gc.freeze()
    raise SystemExit(status)


def _extract(args: argparse.Namespace) -> int:
    start_numpy_on_one_thread()  # here (pandas) and in the workers' server, before NumPy
    arrays_on_the_heap()  # in the processes started from here: the workers' server, its workers
    start_method = None
    if not args.cluster:
        preload = [*WORKER_MODULES, *([PRELOAD_MODELS] if args.model is None else [])]
        start_method = start_forkserver(preload)
    from timeline.documents import read_documents  # noqa: PLC0415
    from timeline.export import format_for, write_table  # noqa: PLC0415
    from timeline.pipeline import extract  # noqa: PLC0415

    # What these imported (pandas, the stages: 70,000 objects) lives as long as the process:
    # out of the collector's sight, its collections (two full ones a run) need not walk it.
    gc.freeze()
    format_for(args.output)  # fail before the work, not after
    aliases = _aliases(args.aliases)
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
        with Progress("extract", len(documents), quiet=args.quiet) as progress:
            result = extract(
                documents, **options, start_method=start_method, progress=progress.update
            )
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


def _aliases(given: Path | None) -> Path | None:
    """The alias file: the one given, else data/actors.csv when there is one."""
    if given is None and Path("data/actors.csv").is_file():
        return Path("data/actors.csv")
    return given


def _ingest(args: argparse.Namespace) -> int:
    from timeline.store import ingest  # noqa: PLC0415  (DuckDB and pandas: only here)

    store = args.store
    progress = Progress("ingest", 0, quiet=args.quiet)
    try:
        with progress:
            report = ingest(
                args.paths,
                store,
                batch_size=args.batch,
                follow=args.follow,
                published=args.published,
                model=args.model,
                aliases=_aliases(args.aliases),
                workers=args.workers,
                timeout=args.timeout,
                progress=progress.update,
                notify=lambda message: print(f"timeline: {message}", file=sys.stderr),
            )
    except KeyboardInterrupt:
        print(
            f"timeline: interrupted; the documents stored so far are kept in {store}: run the "
            "same command again to go on",
            file=sys.stderr,
        )
        return 130
    if report.skipped:
        print("timeline: a larger --timeout gives long documents more time", file=sys.stderr)
    if not args.quiet:
        print(
            f"{report.read} documents read: {report.added} added, {report.replaced} replaced, "
            f"{report.unchanged} unchanged, {len(report.skipped)} skipped; "
            f"{report.events} events written -> {store}",
            file=sys.stderr,
        )
    if not report.read and not report.errors:
        print("timeline: no documents found; nothing stored", file=sys.stderr)
    return 1 if report.errors or report.skipped or not report.read else 0


def _export(args: argparse.Namespace) -> int:
    from timeline.export import format_for  # noqa: PLC0415
    from timeline.filters import Filters  # noqa: PLC0415
    from timeline.store import connect_read_only  # noqa: PLC0415
    from timeline.store.export import export_view  # noqa: PLC0415

    format_for(args.output)  # fail before opening the store
    filters = Filters(
        actors=tuple(args.actor),
        start=args.start,
        end=args.end,
        query=args.text,
        documents=tuple(args.document),
        granularities=tuple(args.granularity),
        anchors=tuple(args.anchor),
        match_all=args.all_actors,
    )
    connection = connect_read_only(args.store)
    try:
        written = export_view(connection, filters, args.output)
    except ExportError as error:
        print(f"timeline: {error}", file=sys.stderr)
        return 1
    finally:
        connection.close()
    if not args.quiet:
        print(f"{written} events -> {args.output}", file=sys.stderr)
    return 0


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


if __name__ == "__main__":
    raise SystemExit(main())
