"""Proof that a change of structure changed no behaviour: snapshot every output, then compare.

    python benchmarks/snapshot.py write /tmp/before     # on the code before the change
    python benchmarks/snapshot.py compare /tmp/before   # on the code after it

A snapshot holds, for the corpora in ../shared/corpora:

- the event table of the throughput benchmark's 255 texts, of `tl-apple` and of `tl-gm`
  (Parquet, compared row for row and cell for cell);
- the temporal expressions `timeline tag` writes for every document of `meantime-apple`,
  `meantime-gm` and `wikiwars-train` (JSON Lines, compared record for record).

`compare` prints each difference (the first few of each kind) and exits 1 when there is one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.articles import CORPORA, load_articles
from timeline.cli import tag_record
from timeline.documents import read_documents
from timeline.pipeline import extract

TAGGED = ("meantime-apple", "meantime-gm", "wikiwars-train")
SHOWN = 5


def _tables() -> dict[str, pd.DataFrame]:
    tables = {"benchmark": extract(load_articles(), workers=2).table}
    for name in ("tl-apple", "tl-gm"):
        documents, _ = read_documents([CORPORA / f"{name}.docs.jsonl"])
        tables[name] = extract(documents, workers=2).table
    return tables


def _tagged(name: str) -> list[str]:
    lines = (CORPORA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    records = []
    for line in lines:
        record = json.loads(line)
        record["published"] = record.get("dct")
        records.append(json.dumps(tag_record(record), ensure_ascii=False, sort_keys=True))
    return records


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in _tables().items():
        table.to_parquet(folder / f"{name}.parquet")
        print(f"{name}: {len(table)} rows")
    for name in TAGGED:
        records = _tagged(name)
        (folder / f"{name}.tags.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
        print(f"{name}: {len(records)} documents tagged")


def _cells(table: pd.DataFrame) -> list[tuple[str, ...]]:
    """Each row as the text of its cells: dates as days, lists as lists, missing as ''."""
    columns = []
    for column in table.columns:
        values = table[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            columns.append([str(v)[:10] if not pd.isna(v) else "" for v in values])
        else:
            columns.append(
                [
                    str(list(v))
                    if hasattr(v, "__len__") and not isinstance(v, str)
                    else (
                        ""
                        if v is None or v is pd.NA or (isinstance(v, float) and pd.isna(v))
                        else str(v)
                    )
                    for v in values
                ]
            )
    return list(zip(*columns, strict=True))


def compare(folder: Path) -> int:
    differences = 0
    for name, table in _tables().items():
        before = pd.read_parquet(folder / f"{name}.parquet")
        now = table.reset_index(drop=True)
        if before.shape != now.shape or list(before.columns) != list(now.columns):
            print(f"{name}: shape {before.shape} -> {now.shape}")
            differences += 1
            continue
        before_rows, now_rows = _cells(before), _cells(now)
        changed = [n for n in range(len(now_rows)) if before_rows[n] != now_rows[n]]
        if changed:
            print(f"{name}: {len(changed)} of {len(now)} rows differ")
            for n in changed[:SHOWN]:
                print(f"  before {before_rows[n]}\n  now    {now_rows[n]}")
            differences += 1
        else:
            print(f"{name}: {len(now)} rows, identical")
    for name in TAGGED:
        before_lines = (folder / f"{name}.tags.jsonl").read_text(encoding="utf-8").splitlines()
        now_lines = _tagged(name)
        changed = [
            n
            for n, pair in enumerate(zip(before_lines, now_lines, strict=False))
            if pair[0] != pair[1]
        ]
        if changed or len(before_lines) != len(now_lines):
            print(f"{name}: {len(changed)} of {len(now_lines)} documents tag differently")
            for n in changed[:SHOWN]:
                print(f"  before {before_lines[n][:600]}\n  now    {now_lines[n][:600]}")
            differences += 1
        else:
            print(f"{name}: {len(now_lines)} documents, identical tags")
    return 1 if differences else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["write", "compare"])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.action == "write":
        write(args.folder)
    else:
        raise SystemExit(compare(args.folder))


if __name__ == "__main__":
    main()
