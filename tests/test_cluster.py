"""The Dask cluster: the same table as the local worker processes, row for row, on a real
LocalCluster; a document over its budget named and skipped; a bad address refused quickly;
no process left behind."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import psutil
import pytest

from timeline.chunks import chunks_of
from timeline.cli import main
from timeline.cluster import connect, extract_on_cluster, extract_with
from timeline.documents import Document, read_documents
from timeline.errors import ClusterError
from timeline.parts import parts_in, read_parts
from timeline.pipeline import extract

from .conftest import DATA, REFERENCE_ARTICLE

pytestmark = pytest.mark.cluster


def _children() -> set[int]:
    """This process's children, but multiprocessing's resource tracker (one per process, for
    its lifetime: the spawned workers start it)."""
    return {
        child.pid
        for child in psutil.Process().children(recursive=True)
        if "resource_tracker" not in " ".join(child.cmdline())
    }


@pytest.fixture(scope="module")
def articles() -> list[Document]:
    documents, errors = read_documents([DATA / "wikinews-apple.jsonl", REFERENCE_ARTICLE])
    assert not errors
    return documents


def test_the_cluster_gives_the_local_pool_s_table_row_for_row(
    articles: list[Document], tmp_path: Path
) -> None:
    before = _children()
    local = extract(articles, workers=2, timeout=60)
    parts = tmp_path / "parts"
    clustered = extract_on_cluster(articles, address="local", workers=2, parts=parts, timeout=60)
    assert len(local.table) > 50
    pd.testing.assert_frame_equal(clustered.table, local.table)
    assert clustered.documents == local.documents
    assert clustered.warnings == local.warnings
    assert clustered.skipped == local.skipped == ()
    # the workers' parts stay for a store to ingest: every row of the batch, before merging,
    # one part a chunk
    assert len(parts_in(parts)) == len(chunks_of(articles)) >= 2
    assert set(read_parts(parts)["doc_id"]) == {doc.id for doc in articles}
    assert _children() - before == set()  # the cluster's processes are gone


def test_a_document_over_its_budget_is_named_and_skipped(articles: list[Document]) -> None:
    """A budget an article meets however loaded the machine is (a few hundredths of it
    unloaded), and 1.2 MB of news that no worker reads within it (about twenty seconds of
    work unloaded); how soon a budget acts is measured in benchmarks/bench_budgets.py."""
    before = _children()
    long_one = Document(
        id="long", text="\n\n".join(doc.text for doc in articles * 60), source="long.txt"
    )
    with connect("local", workers=1) as client:
        result = extract_with(client, [long_one, articles[-1]], timeout=8)
        # the worker that held it was restarted, and works
        again = extract_with(client, articles[:2], timeout=60)
    assert len(again.table) and not again.skipped
    assert result.skipped == ("long.txt: took longer than the 8 s budget; skipped",)
    assert set(result.table["doc_id"]) <= {articles[-1].id}
    assert [doc.id for doc in result.documents] == [articles[-1].id]
    assert _children() - before == set()


def test_a_cluster_without_workers_skips_what_is_left_instead_of_waiting_forever(
    articles: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every worker gone (or none ever joined): after `NO_WORKER_SECONDS` the documents left
    are named and skipped, and the call returns."""
    from distributed import Client, LocalCluster

    import timeline.cluster

    monkeypatch.setattr(timeline.cluster, "NO_WORKER_SECONDS", 1.0)
    with (
        LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        result = extract_with(client, articles[:2], timeout=30)  # returns: gives up waiting
    assert len(result.table) == 0 and result.documents == ()
    assert result.skipped == tuple(
        sorted(
            f"{doc.source or doc.id}: the cluster has had no worker for 1 s; skipped"
            for doc in articles[:2]
        )
    )


def test_an_unreachable_scheduler_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.csv"
    status = main(
        ["extract", str(REFERENCE_ARTICLE), "--cluster", "tcp://127.0.0.1:9", "-o", str(out)]
    )
    assert status == 2  # how soon: benchmarks/bench_budgets.py
    error = capsys.readouterr().err
    assert "cannot reach a Dask scheduler at 'tcp://127.0.0.1:9'" in error
    assert "dask scheduler" in error and "--cluster local" in error
    assert not out.exists()


def test_parts_need_a_cluster_and_an_empty_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(REFERENCE_ARTICLE), "--parts", str(tmp_path), "-o", "x.csv"])
    assert exit_info.value.code == 2
    assert "--parts needs --cluster" in capsys.readouterr().err
    (tmp_path / "part-000000.parquet").write_bytes(b"old")
    with pytest.raises(ClusterError, match="already holds parts of another run"):
        extract_on_cluster([], address="local", parts=tmp_path)
