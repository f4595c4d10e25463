"""The one training harness of the learned linear models (the furniture lines, a sentence's extra
rows and its non-events, the actor veto): the sets in writer order and split by it, each set's
gold-aligned examples (collected by the model's script, kept per set in a cache folder), the fit
(scikit-learn's logistic regression, training only: `pip install -e '.[train]'`), the choice of
a threshold on a split, and the model's JSON in the one format `timeline.linear_models` reads. A
script gives its `Trainer` (what a set's examples are, which pairs of features and label they
fit, by the script's own labelling options when it has any) and calls `main`:

    python benchmarks/train_row_model.py SETS... [--cache DIR] [--C 1.0] [--out FILE]
    python benchmarks/train_row_model.py --again

`--again` trains again on the sets, with the parameters and by the labelling the shipped file
lists and fails (exit 1, the file left as it is) unless the text it makes is that file byte for
byte.

Set-grouped cross-validation (`folds`, `cross_validated`, `cv_report`; each script's `--cv K`)
chooses a model's parameters and threshold on held-out sets: whole sets left out, each fold's
examples judged by the model fitted on the other folds' sets alone, what the product needs
(rows dropped right and wrong, rows made exact) summed over the folds.

    >>> writer_order(["outlets_fresh12", "outlets", "outlets_fresh2", "outlets_fresh"])
    ['outlets', 'outlets_fresh', 'outlets_fresh2', 'outlets_fresh12']
    >>> split(["outlets", "outlets_fresh", "outlets_fresh2", "outlets_fresh3"], "outlets_fresh")
    [['outlets', 'outlets_fresh'], ['outlets_fresh2', 'outlets_fresh3']]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timeline.linear_models import Model

if TYPE_CHECKING:
    from bench_outlets import Gold, GoldEvent

    from timeline.documents import Document
    from timeline.events.event import Event
    from timeline.pipeline import Found

HERE = Path(__file__).resolve().parent
#: Where the shipped models live.
MODELS = HERE.parent / "timeline" / "data"
#: An example as a script collects it (JSON-able: it is kept in the cache folder).
Example = dict[str, Any]
#: How a script labels its examples beyond their gold, as its model file lists it (JSON-able):
#: the non-event model's `{"near": 31, "misdated": "keep"}`; empty for the models whose label is
#: the gold's alone.
Labels = dict[str, Any]
Candidate = TypeVar("Candidate")

_SET = re.compile(r"outlets(?:_fresh(\d*))?")


def set_number(name: str) -> int:
    """A set's place in writer order: "outlets" 0, "outlets_fresh" 1, "outlets_freshN" N.

    >>> set_number("outlets"), set_number("outlets_fresh"), set_number("outlets_fresh41")
    (0, 1, 41)
    """
    found = _SET.fullmatch(name)
    if found is None:
        raise ValueError(f"{name!r} is not a set's name: outlets, outlets_fresh, outlets_freshN")
    if found.group(1) is None:
        return 0
    return int(found.group(1) or 1)


def writer_order(names: Iterable[str]) -> list[str]:
    """The sets `names` in the order their writers wrote them (by set number)."""
    return sorted(names, key=set_number)


def split(names: Iterable[str], *lasts: str) -> list[list[str]]:
    """The sets in writer order, parted after each of `lasts` (each part up to and including
    one of them, in order), and the rest: fit / choose / test for `split(sets, a, b)`.

    >>> split(["outlets_fresh3", "outlets", "outlets_fresh2"], "outlets", "outlets_fresh2")
    [['outlets'], ['outlets_fresh2'], ['outlets_fresh3']]
    """
    parts: list[list[str]] = []
    rest = writer_order(names)
    for last in lasts:
        bound = set_number(last)
        parts.append([name for name in rest if set_number(name) <= bound])
        rest = [name for name in rest if set_number(name) > bound]
    return [*parts, rest]


def golds(folder: Path) -> list[Gold]:
    """The gold files of a set's folder, read (`bench_outlets.load_gold`), in name order: one
    an article of `folder / "articles"`."""
    from bench_outlets import load_gold  # the pipeline: only when collecting

    return [load_gold(path) for path in sorted((folder / "gold").glob("*.json"))]


def set_folder(name: str | Path) -> Path:
    """A set's folder: a path as given when it exists, else the set of that name here."""
    path = Path(name)
    return path if path.is_dir() else HERE / path.name


def set_documents(folder: Path) -> tuple[list[Document], dict[str, Gold]]:
    """A set's articles read as documents, in gold order, each with its gold's publication day
    given, and each document's gold by its id; exits when an article cannot be read."""
    from timeline.documents import read_documents  # the pipeline: only when collecting

    gold_list = golds(folder)
    documents, problems = read_documents([folder / "articles" / gold.article for gold in gold_list])
    if problems:
        raise SystemExit(f"cannot read the articles: {problems}")
    by_source = {Path(doc.source).name: doc for doc in documents}
    docs = [
        replace(by_source[gold.article], published_given=gold.published.isoformat())
        for gold in gold_list
    ]
    return docs, {doc.id: gold for doc, gold in zip(docs, gold_list, strict=True)}


def found_with(stage: str, recording: Callable[..., Any], docs: Sequence[Document]) -> Found:
    """The events the pipeline finds in `docs` (one worker, the shipped aliases) with the stage
    `stage` of `timeline.events.build` replaced by `recording` for the run (a script records
    its features there, calling the stage it replaced)."""
    from bench_outlets import ALIASES

    import timeline.events.build as build_module  # the pipeline: only when collecting
    from timeline.pipeline import find_events

    shipped_stage = getattr(build_module, stage)
    setattr(build_module, stage, recording)
    try:
        return find_events(docs, aliases=ALIASES if ALIASES.is_file() else None, workers=1)
    finally:
        setattr(build_module, stage, shipped_stage)


def gold_aligned(
    events: Iterable[Event], recorded: Container[str], gold_of: dict[str, Gold]
) -> Iterator[tuple[Event, Gold, str, list[GoldEvent]]]:
    """The rows a script recorded (`recorded` holds their event ids) that its gold can judge:
    each with its article's gold, its sentence (whitespace collapsed) and the gold events whose
    start the sentence holds; a row from the gold's furniture, or a sentence no gold event
    starts in, is left out."""
    from bench_outlets import _collapse, _from_furniture  # the pipeline: only when collecting

    for event in events:
        if event.event_id not in recorded:
            continue
        gold = gold_of[event.doc_id]
        sentence = _collapse(event.sentence)
        if _from_furniture(sentence, gold.furniture):
            continue
        candidates = [e for e in gold.events if e.starts in sentence]
        if candidates:
            yield event, gold, sentence, candidates


@dataclass(frozen=True, slots=True)
class Params:
    """How a model is fitted: the inverse regularisation strength `C`, classes weighed to
    balance (`balanced`), the rows a feature needs (`least`, 0: any), the largest weights
    kept (`keep`, 0: all) and the sets a feature needs (`spread`, 0: any; a feature only a
    set or two write is a word of their stories, which no later set repeats)."""

    C: float
    balanced: bool = False
    least: int = 0
    keep: int = 0
    spread: int = 0

    @classmethod
    def of(cls, written: dict[str, Any]) -> Params:
        """The parameters a model file lists (`model_text`'s "params"; no "spread": 0)."""
        return cls(
            float(written["C"]),
            bool(written["balanced"]),
            int(written["least"]),
            int(written["keep"]),
            int(written.get("spread", 0)),
        )

    def written(self) -> dict[str, Any]:
        """The parameters as a model file lists them ("spread" only when one is needed).

        >>> Params(1.0).written(), Params(1.0, spread=3).written()["spread"]
        ({'C': 1.0, 'balanced': False, 'least': 0, 'keep': 0}, 3)
        """
        found = asdict(self)
        if not self.spread:
            del found["spread"]
        return found


def fit(features: Sequence[dict[str, float]], labels: Sequence[int], params: Params) -> Model:
    """A logistic regression of `labels` on `features` (deterministic: the features sorted by
    name, the solver seeded): its weights rounded to four places, without the zero ones and
    sorted by name, and its intercept. The features fewer than `params.least` rows have (a
    non-zero value) are left out, and only the `params.keep` largest weights kept."""
    from sklearn.feature_extraction import DictVectorizer  # training only
    from sklearn.linear_model import LogisticRegression

    if params.least:
        seen = Counter(key for found in features for key, value in found.items() if value)
        features = [{k: v for k, v in f.items() if seen[k] >= params.least} for f in features]
    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform(features)
    model = LogisticRegression(
        C=params.C,
        max_iter=5000,
        class_weight="balanced" if params.balanced else None,
        random_state=0,
    )
    model.fit(matrix, list(labels))
    names = vectoriser.get_feature_names_out()
    weights = list(zip(names, model.coef_[0], strict=True))
    if params.keep:
        weights = sorted(weights, key=lambda name_weight: -abs(name_weight[1]))[: params.keep]
    kept = {str(name): round(float(w), 4) for name, w in weights if round(float(w), 4)}
    print(
        f"{len(labels)} examples ({sum(labels)} labelled 1), {len(names)} features, "
        f"{len(kept)} weights kept",
        file=sys.stderr,
    )
    return dict(sorted(kept.items())), round(float(model.intercept_[0]), 4)


def choose(
    candidates: Iterable[Candidate], gain: Callable[[Candidate], float]
) -> tuple[Candidate, float]:
    """The candidate (a threshold, or a pair of regularisation and threshold) of the greatest
    gain on a split, and its gain; of equal gains the first (order the candidates from the
    one that changes least).

    >>> choose([0.5, 0.6, 0.7, 0.8], lambda t: {0.5: 3, 0.6: 5, 0.7: 5, 0.8: 1}[t])
    (0.6, 5)
    """
    best: tuple[Candidate, float] | None = None
    for candidate in candidates:
        found = gain(candidate)
        if best is None or found > best[1]:
            best = (candidate, found)
    if best is None:
        raise ValueError("no candidate to choose from")
    return best


def model_text(
    about: str, sets: Sequence[str], params: Params, model: Model, labels: Labels | None = None
) -> str:
    """A model as its file holds it: one line of JSON (what it is, the sets, parameters and
    labelling it was trained on, with and by, its intercept and its weights by name), which
    `timeline.linear_models.model_of` reads.

    >>> text = model_text("m", ["outlets"], Params(1.0), ({"a": 0.5}, -1.0))
    >>> list(json.loads(text))
    ['about', 'sets', 'params', 'labels', 'intercept', 'weights']
    >>> json.loads(text)["params"], json.loads(text)["labels"]
    ({'C': 1.0, 'balanced': False, 'least': 0, 'keep': 0}, {})
    """
    written = {
        "about": about,
        "sets": list(sets),
        "params": params.written(),
        "labels": dict(labels or {}),
        "intercept": model[1],
        "weights": model[0],
    }
    return json.dumps(written, ensure_ascii=False, separators=(",", ":")) + "\n"


def shipped(path: Path) -> tuple[list[str], Params, Labels]:
    """The sets, the parameters and the labelling a model file lists."""
    written = json.loads(path.read_text(encoding="utf-8"))
    sets = [str(name) for name in written["sets"]]
    return sets, Params.of(written["params"]), dict(written["labels"])


def finish(path: Path, text: str, *, again: bool) -> int:
    """Write `text` to `path`; with `again`, write nothing and tell whether `path` already holds
    it byte for byte (0) or not (1)."""
    if again:
        same = path.read_text(encoding="utf-8") == text
        print(f"{path}: {'the same' if same else 'DIFFERENT'}", file=sys.stderr)
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {len(text)} bytes", file=sys.stderr)
    return 0


def examples(
    names: Sequence[str], collect: Callable[[Path], list[Example]], cache: Path | None
) -> dict[str, list[Example]]:
    """Each set's examples (`collect` on its folder), read from `cache/SET.jsonl` when it holds
    them, else collected and kept there."""
    found: dict[str, list[Example]] = {}
    for name in names:
        folder = set_folder(name)
        kept = cache / f"{folder.name}.jsonl" if cache is not None else None
        if kept is not None and kept.is_file():
            lines = kept.read_text(encoding="utf-8").splitlines()
            found[folder.name] = [json.loads(line) for line in lines]
            continue
        collected = collect(folder)
        found[folder.name] = collected
        if kept is not None:
            kept.parent.mkdir(parents=True, exist_ok=True)
            text = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in collected)
            kept.write_text(text, encoding="utf-8")
        print(f"{folder.name}: {len(collected)} examples", file=sys.stderr)
    return found


#: Which pairs of features and label a script's examples fit, labelled as `Labels` say.
Pairs = Callable[[Sequence[Example], Labels], tuple[list[dict[str, float]], list[int]]]


@dataclass(frozen=True, slots=True)
class Trainer:
    """A learned model as the harness trains it: what it is (`about`), its file, its default
    parameters, how a set's folder gives its examples (`collect`) and which pairs of features
    and label the examples fit (`pairs`, by a script's labelling: none, the gold's label
    alone, unless it says)."""

    about: str
    out: Path
    params: Params
    collect: Callable[[Path], list[Example]]
    pairs: Pairs

    def train(
        self,
        by_set: dict[str, list[Example]],
        sets: Sequence[str],
        params: Params,
        labels: Labels | None = None,
    ) -> Model:
        """The model fitted on the examples of `sets`, labelled as `labels` say (without the
        features fewer than `params.spread` of the sets have, when it asks)."""
        chosen = labels or {}
        features, found = self.pairs([e for name in sets for e in by_set[name]], chosen)
        if params.spread:
            kept = spread_features(self.pairs, by_set, sets, chosen, params.spread)
            features = [{k: v for k, v in f.items() if k in kept} for f in features]
        return fit(features, found, params)


def spread_features(
    pairs: Pairs,
    by_set: dict[str, list[Example]],
    sets: Sequence[str],
    labels: Labels,
    spread: int,
) -> set[str]:
    """The features (a non-zero value) that at least `spread` of `sets` have in their pairs."""
    seen: Counter[str] = Counter()
    for name in sets:
        features, _ = pairs(by_set[name], labels)
        seen.update({key for found in features for key, value in found.items() if value})
    return {key for key, count in seen.items() if count >= spread}


def arguments(description: str, trainer: Trainer) -> argparse.ArgumentParser:
    """The options every training script takes."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("sets", nargs="*", help="set folders or names under benchmarks/")
    parser.add_argument(
        "--again", action="store_true", help="train on the sets --out lists; fail if different"
    )
    parser.add_argument("--out", type=Path, default=trainer.out)
    parser.add_argument("--cache", type=Path, help="a folder keeping each set's examples")
    parser.add_argument("--C", type=float, default=trainer.params.C, help="regularisation")
    parser.add_argument(
        "--least", type=int, default=trainer.params.least, help="rows a feature needs"
    )
    parser.add_argument(
        "--keep", type=int, default=trainer.params.keep, help="weights kept (0: all)"
    )
    parser.add_argument(
        "--spread", type=int, default=trainer.params.spread, help="sets a feature needs"
    )
    parser.add_argument(
        "--cv-spreads", type=int, nargs="+", default=[0], help="with --cv: sets a feature needs"
    )
    return parser


def main(trainer: Trainer, args: argparse.Namespace, labels: Labels | None = None) -> int:
    """Train `trainer`'s model as `args` (`arguments`) and `labels` (the script's labelling
    options; none by default) say, and write it or check it (`--again`, by the sets,
    parameters and labelling the file lists)."""
    given = [str(name) for name in args.sets]
    params = Params(args.C, trainer.params.balanced, args.least, args.keep, args.spread)
    chosen = labels or {}
    if args.again:
        listed, params, chosen = shipped(args.out)
        given += listed
    if not given:
        raise SystemExit("give set folders, or --again")
    names = [set_folder(name).name for name in given]
    by_set = examples(given, trainer.collect, args.cache)
    model = trainer.train(by_set, names, params, chosen)
    text = model_text(trainer.about, names, params, model, chosen)
    return finish(args.out, text, again=args.again)


def folds(names: Iterable[str], k: int) -> list[list[str]]:
    """The sets parted into `k` folds for set-grouped cross-validation: in writer order, the
    n-th set in fold n mod k (a whole set in one fold only: no sentence of a set is ever both
    fitted and judged; each fold spans the writers from the first to the last).

    >>> folds(["outlets_fresh3", "outlets", "outlets_fresh", "outlets_fresh2"], 2)
    [['outlets', 'outlets_fresh2'], ['outlets_fresh', 'outlets_fresh3']]
    """
    ordered = writer_order(names)
    return [ordered[n::k] for n in range(k)]


#: What a script counts on the held-out examples of a fold with a model fitted on the other
#: folds (its sets given): for each threshold, the examples made right and made wrong.
Judge = Callable[[Sequence[str], Sequence[Example], Model], list[tuple[int, int]]]


def cross_validated(
    trainer: Trainer,
    by_set: dict[str, list[Example]],
    grid: Sequence[Params],
    k: int,
    judge: Judge,
    labels: Labels | None = None,
    spreads: Sequence[int] = (0,),
) -> dict[Params, list[tuple[int, int]]]:
    """For each parameters of `grid` (each with every sets a feature needs of `spreads`),
    what `judge` counts (made right, made wrong by threshold) summed over the `k` folds of the
    sets (`folds`), each judged by the model fitted on the other folds' sets alone (a
    feature's sets counted among those)."""
    summed: dict[Params, list[tuple[int, int]]] = {}
    parts = folds(by_set, k)
    for params in [replace(each, spread=spread) for spread in spreads for each in grid]:
        for test in parts:
            fitted = [name for part in parts if part is not test for name in part]
            model = trainer.train(by_set, fitted, params, labels)
            counts = judge(fitted, [e for name in test for e in by_set[name]], model)
            before = summed.get(params, [(0, 0)] * len(counts))
            summed[params] = [(a + c, b + d) for (a, b), (c, d) in zip(before, counts, strict=True)]
    return summed


def cv_report(
    summed: dict[Params, list[tuple[int, int]]], thresholds: Sequence[float]
) -> tuple[Params, float]:
    """Print each parameters' held-out figures (made right - made wrong at each threshold) and
    return the parameters and threshold of the greatest net (of equal nets the first)."""
    best: tuple[Params, float, int] | None = None
    for params, counts in summed.items():
        cells = []
        for threshold, (right, wrong) in zip(thresholds, counts, strict=True):
            cells.append(f"{threshold:.2f} +{right}-{wrong}")
            if best is None or right - wrong > best[2]:
                best = (params, threshold, right - wrong)
        spread = f" spread {params.spread}" if params.spread else ""
        print(
            f"  C {params.C} balanced {params.balanced} least {params.least}{spread}: "
            + ", ".join(cells)
        )
    if best is None:
        raise ValueError("no parameters to choose from")
    print(f"best held out: {best[0]} at {best[1]} (net {best[2]})")
    return best[0], best[1]
