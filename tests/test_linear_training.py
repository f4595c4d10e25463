"""The one training harness of the learned models (`benchmarks/linear_training.py`): the sets
split by writer order, the threshold chosen on a split, and `--again`, which rebuilds a model
file byte for byte and fails when it differs. Invented examples, the real fit (scikit-learn,
the train extra)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks import linear_training
from benchmarks.linear_training import Example, Labels, Params, Trainer
from timeline.linear_models import model_of, probability

_ROOT = Path(__file__).resolve().parent.parent
_SETS = st.lists(st.integers(min_value=0, max_value=99), unique=True, min_size=1).map(
    lambda numbers: [
        "outlets" if n == 0 else "outlets_fresh" if n == 1 else f"outlets_fresh{n}" for n in numbers
    ]
)


def test_sets_go_in_writer_order_by_their_number_not_as_text() -> None:
    names = ["outlets_fresh10", "outlets_fresh9", "outlets", "outlets_fresh", "outlets_fresh2"]
    assert linear_training.writer_order(names) == [
        "outlets",
        "outlets_fresh",
        "outlets_fresh2",
        "outlets_fresh9",
        "outlets_fresh10",
    ]


def test_a_split_parts_fit_choose_and_test_after_their_last_sets() -> None:
    names = [f"outlets_fresh{n}" for n in range(2, 12)]
    fit, choose, test = linear_training.split(names, "outlets_fresh5", "outlets_fresh8")
    assert fit == ["outlets_fresh2", "outlets_fresh3", "outlets_fresh4", "outlets_fresh5"]
    assert choose == ["outlets_fresh6", "outlets_fresh7", "outlets_fresh8"]
    assert test == ["outlets_fresh9", "outlets_fresh10", "outlets_fresh11"]


def test_a_name_that_is_no_set_is_refused() -> None:
    with pytest.raises(ValueError, match="not a set's name"):
        linear_training.set_number("outlets_old")


@given(names=_SETS, bound=st.integers(min_value=0, max_value=99))
def test_a_split_keeps_every_set_once_and_no_later_writer_before_an_earlier(
    names: list[str], bound: int
) -> None:
    last = "outlets" if bound == 0 else "outlets_fresh" if bound == 1 else f"outlets_fresh{bound}"
    before, after = linear_training.split(names, last)
    assert sorted(before + after) == sorted(names)
    assert all(linear_training.set_number(name) <= bound for name in before)
    assert all(linear_training.set_number(name) > bound for name in after)


def test_the_threshold_of_the_greatest_gain_is_chosen_and_of_equal_gains_the_first() -> None:
    gains = {0.9: 2, 0.8: 6, 0.7: 6, 0.6: -1}
    assert linear_training.choose([0.9, 0.8, 0.7, 0.6], gains.__getitem__) == (0.8, 6)
    with pytest.raises(ValueError, match="no candidate"):
        linear_training.choose([], gains.__getitem__)


def _examples(folder: Path) -> list[Example]:
    """Invented lines of a set: "sign up" lines are furniture, "said on" lines are not; the
    later writers also write a line of both."""
    number = linear_training.set_number(folder.name)
    found: list[Example] = []
    for n in range(6):
        found.append({"features": {"w:sign": 1.0, "w:up": 1.0, f"n{n % 3}": 1.0}, "label": 1})
        found.append({"features": {"w:said": 1.0, "w:on": 1.0, f"n{n % 3}": 1.0}, "label": 0})
    if number >= 3:
        found.append({"features": {"w:sign": 1.0, "w:said": 1.0}, "label": 0})
    return found


def _pairs(found: Sequence[Example], labels: Labels) -> tuple[list[dict[str, float]], list[int]]:
    """The lines' features and labels; a labelling {"mixed": "skip"} leaves out the lines of
    both kinds."""
    skip = labels.get("mixed") == "skip"
    chosen = [e for e in found if not (skip and {"w:sign", "w:said"} <= set(e["features"]))]
    return [e["features"] for e in chosen], [e["label"] for e in chosen]


def _trainer(out: Path) -> Trainer:
    return Trainer("invented", out, Params(1.0, balanced=True), _examples, _pairs)


def test_a_threshold_chosen_on_a_later_split_drops_only_what_it_should(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    trainer = _trainer(tmp_path / "model.json")
    names = ["outlets", "outlets_fresh", "outlets_fresh2", "outlets_fresh3", "outlets_fresh4"]
    fit, choose, _ = linear_training.split(names, "outlets_fresh2", "outlets_fresh4")
    by_set = linear_training.examples(names, _examples, None)
    model = trainer.train(by_set, fit, Params(1.0, balanced=True))
    later = [e for name in choose for e in by_set[name]]

    def gain(threshold: float) -> int:
        taken = [e for e in later if probability(e["features"], model) >= threshold]
        return sum(e["label"] for e in taken) - sum(1 - e["label"] for e in taken)

    threshold, best = linear_training.choose((0.95, 0.9, 0.8, 0.7, 0.5, 0.3), gain)
    assert best == 12  # every "sign up" line of the two later sets, and nothing else
    assert threshold == 0.9  # of the thresholds as good, the one that drops least
    mixed = {"w:sign": 1.0, "w:said": 1.0}
    assert probability(mixed, model) < threshold <= probability({"w:sign": 1.0, "w:up": 1.0}, model)


@given(_SETS, st.integers(min_value=2, max_value=7))
def test_cross_validation_folds_hold_each_set_once_and_span_the_writers(
    names: list[str], k: int
) -> None:
    parts = linear_training.folds(names, k)
    assert len(parts) == k
    assert sorted(name for part in parts for name in part) == sorted(names)
    assert all(part == linear_training.writer_order(part) for part in parts)
    sizes = [len(part) for part in parts]
    assert max(sizes) - min(sizes) <= 1


def test_each_fold_is_judged_by_a_model_that_never_saw_its_sets(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    trainer = _trainer(tmp_path / "model.json")
    names = ["outlets", "outlets_fresh", "outlets_fresh2", "outlets_fresh3"]
    by_set = linear_training.examples(names, _examples, None)
    seen: list[tuple[list[str], int]] = []

    def judge(
        fitted: Sequence[str], test: Sequence[Example], model: tuple[dict[str, float], float]
    ) -> list[tuple[int, int]]:
        seen.append((list(fitted), len(test)))
        taken = [e for e in test if probability(e["features"], model) >= 0.5]
        return [(sum(e["label"] for e in taken), sum(1 - e["label"] for e in taken))]

    grid = [Params(1.0, balanced=True), Params(0.1, balanced=True)]
    summed = linear_training.cross_validated(trainer, by_set, grid, 2, judge)
    assert seen[0] == (["outlets_fresh", "outlets_fresh3"], 12 + 12)
    assert seen[1] == (["outlets", "outlets_fresh2"], 12 + 13)
    # every "sign up" line of the held-out sets; and fresh3's line of both kinds, which the model
    # of its fold (fitted on the writers before fresh3, who never wrote one) cannot tell
    right, wrong = summed[grid[0]][0]
    assert (right, wrong) == (24, 1)
    assert linear_training.cv_report(summed, [0.5])[1] == 0.5


def test_again_rebuilds_the_file_byte_for_byte_and_fails_when_it_differs(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    out = tmp_path / "model.json"
    trainer = _trainer(out)
    parser = linear_training.arguments("train", trainer)
    sets = ["outlets", "outlets_fresh", "outlets_fresh3"]
    assert linear_training.main(trainer, parser.parse_args([*sets, "--keep", "4"])) == 0
    written = out.read_text(encoding="utf-8")
    shipped = json.loads(written)
    assert shipped["sets"] == sets
    assert shipped["params"] == {"C": 1.0, "balanced": True, "least": 0, "keep": 4}
    assert shipped["labels"] == {}
    assert len(shipped["weights"]) == 4
    weights, _ = model_of(shipped)  # the runtime loader reads the harness's format
    assert weights["w:sign"] > 0 > weights["w:said"]

    assert linear_training.main(trainer, parser.parse_args(["--again"])) == 0
    assert out.read_text(encoding="utf-8") == written

    changed = written.replace('"C":1.0', '"C":2.0')
    out.write_text(changed, encoding="utf-8")
    assert linear_training.main(trainer, parser.parse_args(["--again"])) == 1
    assert out.read_text(encoding="utf-8") == changed  # --again never writes


def test_again_labels_the_examples_as_the_file_lists(tmp_path: Path) -> None:
    """A script's labelling is written in the file beside the parameters, and `--again`
    trains by it, whatever the script's default."""
    pytest.importorskip("sklearn")
    out, plain = tmp_path / "model.json", tmp_path / "plain.json"
    trainer = _trainer(out)
    parser = linear_training.arguments("train", trainer)
    sets = ["outlets_fresh3", "outlets_fresh4"]
    assert linear_training.main(trainer, parser.parse_args(sets), {"mixed": "skip"}) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["labels"] == {"mixed": "skip"}
    assert linear_training.main(trainer, parser.parse_args(["--again"])) == 0

    assert linear_training.main(trainer, parser.parse_args([*sets, "--out", str(plain)])) == 0
    unlabelled = json.loads(plain.read_text(encoding="utf-8"))
    assert unlabelled["labels"] == {}
    assert unlabelled["weights"] != written["weights"]  # the mixed lines were learnt from


def test_examples_are_kept_per_set_in_the_cache_and_read_back(tmp_path: Path) -> None:
    calls: list[str] = []

    def counted(folder: Path) -> list[Example]:
        calls.append(folder.name)
        return _examples(folder)

    first = linear_training.examples(["outlets_fresh3"], counted, tmp_path)
    again = linear_training.examples(["outlets_fresh3"], counted, tmp_path)
    assert first == again
    assert calls == ["outlets_fresh3"]
    assert (tmp_path / "outlets_fresh3.jsonl").is_file()


def test_scikit_learn_is_for_training_only() -> None:
    """The product scores the three models without importing scikit-learn, and lists it in
    the `train` extra only."""
    script = (
        "import sys\n"
        "from timeline.furniture.learned import learned_furniture\n"
        "from timeline.events.row_model import no_event_probability\n"
        "from timeline.events.actor_veto import keep_probability\n"
        "learned_furniture('Sign up for our daily newsletter', [])\n"
        "no_event_probability({'rank=1': 1.0}), keep_probability({'bias': 1.0})\n"
        "assert 'sklearn' not in sys.modules, 'the product imported scikit-learn'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=_ROOT)
    project = tomllib.loads((_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(d.startswith("scikit-learn") for d in project["dependencies"])
    extras = project["optional-dependencies"]
    assert [
        name for name, listed in extras.items() if any("scikit-learn" in d for d in listed)
    ] == ["train"]


@pytest.mark.parametrize(
    "name",
    [
        "furniture_model.json",
        "row_model.json",
        "nonevent_model.json",
        "actor_model.json",
        "fallback_model.json",
    ],
)
def test_a_shipped_model_lists_the_sets_it_was_fitted_on_each_once_in_writer_order(
    name: str,
) -> None:
    """What `--again` trains on is the file's list: every listed set is a set of
    `benchmarks/` with its gold, none twice, in the order its writers wrote them (a model
    trained on more writers lists them after the older ones, so writer order can tell which
    later sets it never saw)."""
    sets, params, labels = linear_training.shipped(linear_training.MODELS / name)
    assert sets == linear_training.writer_order(sets)
    assert len(set(sets)) == len(sets)
    assert all((linear_training.set_folder(set_name) / "gold").is_dir() for set_name in sets)
    assert params.C > 0
    assert set(labels) <= {"near", "misdated"}


def test_the_two_row_models_are_fitted_on_the_same_writers_with_the_same_parameters() -> None:
    """The non-event model drops beside the first over the same features: both are fitted on
    the same writers, with the same regularisation and the same rows a feature needs; the
    non-event model may have read later writers too (stop 47: trained on 115 sets, where the
    first, trained on them, would drop a quarter told in a statement that the golds keep,
    `tests/events/test_kinds.py`), never fewer."""
    first = linear_training.shipped(linear_training.MODELS / "row_model.json")
    second = linear_training.shipped(linear_training.MODELS / "nonevent_model.json")
    assert second[0][: len(first[0])] == first[0]
    assert first[1] == second[1]
    assert first[2] == {}
    assert second[2] == {"near": 31, "misdated": "keep"}


def _spread_examples(folder: Path) -> list[Example]:
    """Invented lines: every set writes "sign up" furniture and "said on" story lines; each
    set also writes a word of its own story ("w:only<number>") on one of its furniture lines."""
    number = linear_training.set_number(folder.name)
    found = _examples(folder)
    found.append({"features": {"w:sign": 1.0, f"w:only{number}": 1.0}, "label": 1})
    return found


def test_a_feature_fewer_sets_write_than_the_spread_asks_gets_no_weight(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    trainer = Trainer(
        "invented", tmp_path / "m.json", Params(1.0, balanced=True), _spread_examples, _pairs
    )
    names = ["outlets", "outlets_fresh", "outlets_fresh2", "outlets_fresh3"]
    by_set = linear_training.examples(names, _spread_examples, None)
    every, _ = trainer.train(by_set, names, Params(1.0, balanced=True))
    spread, _ = trainer.train(by_set, names, Params(1.0, balanced=True, spread=2))
    assert {"w:only0", "w:only3"} <= set(every)
    assert not any(key.startswith("w:only") for key in spread)
    assert {"w:sign", "w:said"} <= set(spread)  # every set writes them
    kept = linear_training.spread_features(_pairs, by_set, names, {}, 4)
    assert "w:sign" in kept and "w:only2" not in kept


def test_a_spread_is_written_in_the_file_only_when_asked_and_again_reads_it(
    tmp_path: Path,
) -> None:
    pytest.importorskip("sklearn")
    out = tmp_path / "model.json"
    trainer = Trainer("invented", out, Params(1.0, balanced=True), _spread_examples, _pairs)
    parser = linear_training.arguments("train", trainer)
    sets = ["outlets", "outlets_fresh", "outlets_fresh3"]
    assert linear_training.main(trainer, parser.parse_args(sets)) == 0
    assert "spread" not in json.loads(out.read_text(encoding="utf-8"))["params"]
    assert linear_training.main(trainer, parser.parse_args([*sets, "--spread", "2"])) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["params"]["spread"] == 2
    assert not any(key.startswith("w:only") for key in written["weights"])
    assert linear_training.shipped(out)[1] == Params(1.0, True, 0, 0, 2)
    assert linear_training.main(trainer, parser.parse_args(["--again"])) == 0
