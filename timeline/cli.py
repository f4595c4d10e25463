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
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from timeline.blas import start_numpy_on_one_thread
from timeline.cli_options import build_parser, parse_published
from timeline.errors import ExportError, TimelineError
from timeline.heap import arrays_on_the_heap
from timeline.launch import split_app_arguments, start_dashboard
from timeline.pattern_cache import cached_patterns
from timeline.progress import Progress
from timeline.workers import start_forkserver

if TYPE_CHECKING:
    from timeline.pipeline import Found
    from timeline.temporal import Timex

__all__ = ["main", "parse_published", "run", "tag_record", "timex_record"]

# The stages, pandas, spaCy and the store are imported by the command that needs them:
# `extract` starts the server its worker processes fork from before it loads anything heavy
# of its own, so that the server imports the stages and spaCy while this process reads the
# documents.
#: What the worker processes of `extract` import, once, in that server (`timeline.preload`
#: loads the default models there too; another model each worker loads for itself). spaCy
#: comes without its command line, the stages' patterns from the last run's
#: (`timeline.worker_stages`).
WORKER_MODULES = ("timeline.worker_stages",)
PRELOAD_MODELS = "timeline.preload"


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
    start_numpy_on_one_thread()  # here (pandas, for a format but CSV) and in the workers' server
    arrays_on_the_heap()  # in the processes started from here: the workers' server, its workers
    start_method = None
    if not args.cluster:
        preload = [*WORKER_MODULES, *([PRELOAD_MODELS] if args.model is None else [])]
        start_method = start_forkserver(preload)
    # a local run's CSV is written from plain rows, without pandas (`timeline.rows`): its
    # import (0.25 s of CPU) and the table's frames are then no work of this process's
    from timeline.rows import csv_bytes, format_for, table_rows, write_file  # noqa: PLC0415

    plain = format_for(args.output) == "csv" and not args.cluster  # fail before the work
    with cached_patterns("command"):  # the stages' patterns: from the last run's code
        from timeline.documents import read_documents  # noqa: PLC0415
        from timeline.pipeline import Extraction, extract, find_events  # noqa: PLC0415

        if not plain:
            from timeline.export import write_table  # noqa: PLC0415

    # What these imported (the stages, pandas when it writes with it: 70,000 objects) lives as
    # long as the process: out of the collector's sight, its collections (two full ones a run)
    # need not walk it.
    gc.freeze()
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
    result: Extraction | Found
    if args.cluster:
        from timeline.cluster import extract_on_cluster  # noqa: PLC0415  (Dask: only here)

        result = extract_on_cluster(documents, address=args.cluster, parts=args.parts, **options)
    else:
        with Progress("extract", len(documents), quiet=args.quiet) as progress:
            if plain:
                result = find_events(
                    documents, **options, start_method=start_method, progress=progress.update
                )
            else:
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
        if isinstance(result, Extraction):
            write_table(result.table, args.output)
            count = len(result.table)
        else:
            rows = table_rows(result.documents, result.events)
            write_file(args.output, csv_bytes(rows))
            count = len(rows)
    except ExportError as error:
        print(f"timeline: {error}", file=sys.stderr)
        return 1
    if not args.quiet:
        elapsed = time.perf_counter() - started
        skipped = f" ({len(result.skipped)} skipped)" if result.skipped else ""
        print(
            f"{count} events from {len(result.documents)} documents{skipped} "
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
