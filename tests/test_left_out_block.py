"""`benchmarks/left_out_block.py`: the block's sets and the totals it reads of
`bench_outlets.py` outputs (invented outputs, no pipeline run)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.left_out_block import Totals, block_sets, totals


def _output(dated: tuple[int, int], exact: tuple[int, int], missed: int) -> str:
    given = (
        "\n== publication date given ==\n"
        f"dated rows right: {dated[0]}/{dated[1]} 50.0% (and 0 rows without a day)\n"
        f"rows with exactly the right actors: {exact[0]}/{exact[1]} 50.0%\n"
        "rows from furniture: 2; actors from furniture: 1\n"
        f"gold events missed: {missed}/40; other rows: 3\n"
    )
    # the part without the date repeats the lines with other figures, which are not summed
    not_given = (
        "== publication date not given ==\ndated rows right: 1/9 11.1%\n"
        "rows with exactly the right actors: 1/9 11.1%\n"
        "rows from furniture: 9; actors from furniture: 9\n"
        "gold events missed: 9/40; other rows: 9\n"
    )
    return given + not_given


def test_a_block_runs_from_its_first_set_to_its_last_in_writer_order() -> None:
    assert block_sets("outlets", "outlets_fresh3") == [
        "outlets",
        "outlets_fresh",
        "outlets_fresh2",
        "outlets_fresh3",
    ]
    assert block_sets("outlets_fresh99", "outlets_fresh101") == [
        "outlets_fresh99",
        "outlets_fresh100",
        "outlets_fresh101",
    ]


def test_the_totals_sum_the_part_with_the_date_given_and_show_the_change(tmp_path: Path) -> None:
    (tmp_path / "outlets_fresh5.txt").write_text(_output((8, 10), (6, 10), 4), encoding="utf-8")
    (tmp_path / "outlets_fresh6.txt").write_text(_output((9, 10), (7, 10), 1), encoding="utf-8")
    found = totals(tmp_path, ["outlets_fresh5", "outlets_fresh6"])
    assert (found.dated, found.dated_of, found.exact, found.exact_of) == (17, 20, 13, 20)
    assert (found.furniture_rows, found.furniture_actors, found.missed, found.other) == (4, 2, 5, 6)
    base = Totals(dated=18, dated_of=20, exact=13, exact_of=20, missed=5, other=6)
    line = found.line(base)
    assert "dated 17/20 85.00%" in line
    assert "change: dated -5.00 (-1 rows), exact +0.00 (+0)" in line
