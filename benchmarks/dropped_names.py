"""Where the product loses a name the recogniser found: for each gold actor written in its
sentence and missing from the row (`verdict_kinds.py`'s `missing:in-sentence`) whose exact
extent the model labels where the article is read, the first rule or model that no longer
holds it.

    python benchmarks/dropped_names.py VERDICTS SET... [--show STAGE] [--n 20] [--out FILE]

VERDICTS is a folder of `bench_outlets.py --verdicts` files (`SET.jsonl`) of the same code.
Each set named runs again through `bench_outlets.run` (its publication dates given, as the
verdicts were written) with every stage of `actors/ner.find_actors` (the span loop's checks,
each list step) and of `events/build.build_events` (the sentence's actors, the quotations,
the clause rows, the shared actors, the row and fallback models, the possessive owners, the
learned veto) wrapped to record what it holds; a stage drops a name when its input holds it
and its output does not. Nothing of this runs in the product: the wrappers are installed
only inside `traced()`.

A name "renamed" by a stage is still there, under another name (`canonical`: "Wanaka" ->
"Lake Wanaka"). "other row" is a name the sentence's rows keep that the scored row does not
(a sentence of two dated clauses, or a merge across articles).

    >>> from timeline.actors.spans import RawSpan
    >>> tracer = Tracer()
    >>> tracer.holds([RawSpan(4, 9, "Dáil", "ORG")], 0, 20, {"dáil"})
    True
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import bench_outlets
from benchmarks.verdict_kinds import actor_kinds, normal_name
from timeline import pipeline
from timeline.actors import ner, spans
from timeline.actors.mention import ActorMention
from timeline.events import build

#: The span loop's checks of `ner.find_actors` that drop a span when they answer True.
LOOP_CHECKS = ("common_word_opening", "common_noun_opening", "portfolio_before_title")
#: The checks `spans.clean_span` drops a span by (True; `model_span`: None).
CLEAN_CHECKS = (
    "in_a_compound",
    "model_span",
    "describes_a_thing",
    "describes_someone",
    "describes_a_person",
    "names_a_portfolio",
    "names_no_actor",
    "opens_a_sum",
    "coded_sum",
    "priced",
)
#: The list steps of `ner.find_actors`, in their order (each takes the text and a list).
LIST_STEPS = (
    "featured_places",
    "_outermost",
    "joined_neighbours",
    "coordinated_joined",
    "organs_apart",
    "suffixed_as_companies",
    "possessive_names",
    "split_names",
    "owners_apart",
    "canonical",
    "outside_titles",
    "outside_portfolios",
    "outside_place_titles",
    "birth_names",
    "places_taken_for_persons",
    "shared_surnames",
    "without_homes",
    "with_lone_names",
    "with_unknown_names",
)
#: The steps of `build.build_events` over a sentence's names or rows, in their order.
ROW_STEPS = (
    "sentence_actors",
    "outside_quotations",
    "_sentence_events",
    "with_counted_clause",
    "with_shared_actors",
    "distinct_rows",
    "judged_rows",
    "judged_fallback",
    "without_possessive_owners",
    "veto_actors",
)


def _normal(text: str) -> str:
    return normal_name(" ".join(text.split()))


@dataclass
class Tracer:
    """What each wrapped stage held, by text (`find_actors`) and by sentence (`build_events`)."""

    #: (focused text id, start, end, label) of each entity the model labels, in the loop
    entities: list[tuple[int, int, int, str]] = field(default_factory=list)
    #: the first check of the span loop that dropped or cut an entity, by (text id, start, end)
    loop: dict[tuple[int, int, int], str] = field(default_factory=dict)
    #: (step, text id, before, after) of each list step
    steps: list[tuple[str, int, list[Any], list[Any]]] = field(default_factory=list)
    #: focused text id -> its whole story text
    contexts: dict[int, str] = field(default_factory=dict)
    #: every focused text and context seen, held so that no id above is reused by a later one
    texts: list[str] = field(default_factory=list)
    #: (sentence text, step) -> the normal names the step's output holds for the sentence
    rows: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    current: tuple[int, int, int] | None = None
    #: the name a stage last gave a name it renamed (`_where`)
    renamed_to: str = ""

    def holds(self, items: Sequence[Any], low: int, high: int, names: set[str]) -> bool:
        """Whether a span or mention within `low`..`high` is one of `names` (normal)."""
        return any(
            low <= item.start
            and item.end <= high
            and _normal(item.name if isinstance(item, ActorMention) else item.text) in names
            for item in items
        )

    def written(self, items: Sequence[Any], low: int, high: int, names: set[str]) -> str | None:
        """The name of a mention within `low`..`high` written as one of `names`, whatever its
        name, or None."""
        return next(
            (
                str(getattr(item, "name", item.text))
                for item in items
                if low <= item.start and item.end <= high and _normal(item.text) in names
            ),
            None,
        )


def _row_names(rows: Any) -> dict[str, set[str]]:
    by_sentence: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        by_sentence[" ".join(row.sentence.split())].update(_normal(a) for a in row.actors)
    return by_sentence


@contextmanager
def traced(tracer: Tracer) -> Iterator[None]:
    """The stages of `find_actors` and `build_events` wrapped to record into `tracer`."""
    saved: list[tuple[Any, str, Any]] = []

    def patch(module: Any, name: str, wrapper: Callable[..., Any]) -> None:
        saved.append((module, name, getattr(module, name)))
        setattr(module, name, wrapper)

    original_find = pipeline.find_actors

    def find_actors(texts: Sequence[str], **kwargs: Any) -> Any:
        for text, context in zip(texts, kwargs.get("contexts") or texts, strict=True):
            tracer.texts.extend((text, context))
            tracer.contexts[id(text)] = context
        return original_find(texts, **kwargs)

    patch(pipeline, "find_actors", find_actors)

    read_as_work = ner.read_as_work

    def entity(text: str, start: int, end: int, label: str) -> str:
        tracer.current = (id(text), start, end)
        tracer.entities.append((id(text), start, end, label))
        return str(read_as_work(text, start, end, label))

    patch(ner, "read_as_work", entity)

    def note(reason: str) -> None:
        if tracer.current is not None:
            tracer.loop.setdefault(tracer.current, reason)

    def loop_check(check: str) -> Callable[..., Any]:
        original = getattr(ner, check)

        def checked(*args: Any) -> Any:
            answer = original(*args)
            if answer:
                note(check)
            return answer

        return checked

    for check in LOOP_CHECKS:
        patch(ner, check, loop_check(check))

    pieces = ner.pieces

    def in_pieces(text: str, start: int, end: int, *rest: Any) -> Any:
        found = list(pieces(text, start, end, *rest))
        if not any((s, e) == (start, end) for s, e, _ in found):
            note("pieces (cut)")
        return found

    patch(ner, "pieces", in_pieces)

    def span_step(name: str) -> Callable[..., Any]:
        original = getattr(ner, name)

        def wrapped(text: str, start: int, end: int, *rest: Any) -> Any:
            answer = original(text, start, end, *rest)
            if answer != (start, end) and tracer.current is not None:
                _, low, high = tracer.current
                if (low, high) == (start, end):
                    note(f"{name} (cut)")
            return answer

        return wrapped

    for name in ("outside_times", "widened"):
        patch(ner, name, span_step(name))

    clean_span = ner.clean_span
    said: list[str] = []  # the checks of `clean_span` that answered "no name" in this call

    def clean_check(check: str) -> Callable[..., Any]:
        original = getattr(spans, check)

        def inner(*args: Any) -> Any:
            answer = original(*args)
            if (answer is None) if check == "model_span" else bool(answer):
                said.append(check)
            return answer

        return inner

    for check in CLEAN_CHECKS:
        patch(spans, check, clean_check(check))

    def cleaned(text: str, start: int, end: int, label: str) -> Any:
        said.clear()
        answer = clean_span(text, start, end, label)
        if answer is None:
            why = "label" if label not in spans.LABEL_TYPES else (said[-1] if said else "other")
            note(f"clean_span: {why}")
        elif (answer.start, answer.end) != (start, end):
            note("clean_span (cut)")
        return answer

    patch(ner, "clean_span", cleaned)
    names_a_storm = ner.names_a_storm

    def storm(name: str, storms: Any) -> bool:
        answer = bool(names_a_storm(name, storms))
        if answer:
            note("names_a_storm")
        return answer

    patch(ner, "names_a_storm", storm)

    for name in LIST_STEPS:
        original = getattr(ner, name, None)
        if original is None:
            continue

        def listed(*args: Any, _name: str = name, _original: Any = original, **kw: Any) -> Any:
            text = next((a for a in args if isinstance(a, str)), "")
            before = next((list(a) for a in args if isinstance(a, list)), [])
            answer = _original(*args, **kw)
            after = list(answer)
            if _name == "featured_places":  # it returns the features; the loop's spans in them go
                after = [
                    *(
                        s
                        for s in before
                        if not any(f.start <= s.start and s.end <= f.end for f in after)
                    ),
                    *after,
                ]
            tracer.steps.append((_name, id(text), before, after))
            return answer

        patch(ner, name, listed)

    original_build = pipeline.build_events

    def build_events(doc: Any, sentences: Any, timexes: Any, mentions: Any, *rest: Any) -> Any:
        for sentence in sentences:
            held = {
                _normal(m.name)
                for m in mentions
                if sentence.start <= m.start and m.end <= sentence.end
            }
            tracer.rows[(" ".join(sentence.text.split()), "find_actors")] = held
        return original_build(doc, sentences, timexes, mentions, *rest)

    patch(pipeline, "build_events", build_events)

    def names_step(name: str, sentence_of: Callable[..., Any]) -> Callable[..., Any]:
        original = getattr(build, name)

        def wrapped(*args: Any, **kw: Any) -> Any:
            answer = original(*args, **kw)
            key = " ".join(sentence_of(*args).text.split())
            tracer.rows[(key, name)] = {_normal(n) for n in answer[0]}
            return answer

        return wrapped

    patch(build, "sentence_actors", names_step("sentence_actors", lambda _t, s, n, *r: s[n]))
    patch(build, "outside_quotations", names_step("outside_quotations", lambda s, *r: s))

    def rows_step(name: str) -> Callable[..., Any]:
        original = getattr(build, name)

        def wrapped(*args: Any, **kw: Any) -> Any:
            answer = original(*args, **kw)
            rows = answer[0] if name == "_sentence_events" else answer
            for sentence, names in _row_names(rows).items():
                tracer.rows.setdefault((sentence, name), set()).update(names)
            return answer

        return wrapped

    for name in ROW_STEPS[2:]:
        patch(build, name, rows_step(name))
    try:
        yield
    finally:
        for module, name, value in reversed(saved):
            setattr(module, name, value)


def _where(tracer: Tracer, verdict: dict[str, Any], spellings: list[str]) -> str | None:
    """The stage that lost the name, or None when the model never labels its exact extent."""
    names = {normal_name(s) for s in spellings}
    sentence = " ".join(verdict["sentence"].split())
    for text_id, context in tracer.contexts.items():
        low = context.find(verdict["sentence"])
        if low < 0:
            continue
        high = low + len(verdict["sentence"])
        exact = [
            (t, s, e)
            for t, s, e, _ in tracer.entities
            if t == text_id and low <= s and e <= high and _normal(context[s:e]) in names
        ]
        if not exact:
            continue
        reasons = [tracer.loop[key] for key in exact if key in tracer.loop]
        dropped = [reason for reason in reasons if not reason.endswith("(cut)")]
        if dropped:
            return "loop: " + dropped[0]
        first = True
        for step, step_text, before, after in tracer.steps:
            if step_text != text_id:
                continue
            if first and not tracer.holds(before, low, high, names):
                return "loop: " + (reasons[0] if reasons else "not kept")
            first = False
            if tracer.holds(before, low, high, names) and not tracer.holds(after, low, high, names):
                renamed = tracer.written(after, low, high, names)
                tracer.renamed_to = renamed or ""
                return f"{step}: {'renamed' if renamed else 'dropped'}"
        last = "find_actors"
        if names & tracer.rows.get((sentence, last), set()):
            for step in ROW_STEPS:
                held = tracer.rows.get((sentence, step))
                if held is None:
                    continue
                if not names & held:
                    return f"rows: {step}"
            kept = {normal_name(actor) for actor in verdict["actors"]}
            return "kept" if names & kept else "other row"
        return "loop or list: not found"
    return None


#: One record per (row, name) of `--every`, for `--out`.
every_records: list[dict[str, Any]] = []


def _every(
    tracer: Tracer, verdicts: list[dict[str, Any]], tally: Counter[tuple[str, bool]]
) -> None:
    """Each name the model labels in each scored row's sentence, into `tally` by (the stage
    that lost it, or "kept"; whether the row's gold counts it)."""
    for verdict in verdicts:
        wanted = {normal_name(s) for spellings in verdict["gold_actors"] for s in spellings}
        seen: set[str] = set()
        for text_id, context in tracer.contexts.items():
            low = context.find(verdict["sentence"])
            if low < 0:
                continue
            high = low + len(verdict["sentence"])
            for t, s, e, _ in tracer.entities:
                name = _normal(context[s:e])
                if t != text_id or not low <= s < e <= high or name in seen or not name:
                    continue
                seen.add(name)
                tracer.renamed_to = ""
                stage = _where(tracer, verdict, [name]) or "?"
                counted = name in wanted
                tally[(stage, counted)] += 1
                every_records.append(
                    {
                        "name": name,
                        "stage": stage,
                        "counted": counted,
                        "renamed_to": tracer.renamed_to,
                        "sentence": verdict["sentence"],
                        "actors": verdict["actors"],
                        "gold": verdict["gold_actors"],
                    }
                )
            break


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("verdicts", type=Path)
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--show", default=None, help="a stage whose names to list")
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--out", type=Path, default=None, help="JSON Lines of every name")
    parser.add_argument(
        "--every",
        action="store_true",
        help="every name the model labels in a scored sentence: where it is lost, by whether "
        "the gold counts it (what a rule drops rightly and wrongly)",
    )
    args = parser.parse_args(argv)
    every: Counter[tuple[str, bool]] = Counter()
    tally: Counter[str] = Counter()
    records: list[dict[str, Any]] = []
    for set_name in args.sets:
        path = args.verdicts / f"{set_name}.jsonl"
        verdicts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        lost = [
            (v, spellings)
            for v in verdicts
            for spellings in v["gold_actors"]
            if any(
                kind == "missing:in-sentence" and name == spellings[0]
                for kind, name in actor_kinds(v)
            )
        ]
        if not lost and not args.every:
            continue
        folder = Path("benchmarks") / set_name
        golds = [bench_outlets.load_gold(p) for p in sorted((folder / "gold").glob("*.json"))]
        tracer = Tracer()
        with traced(tracer):
            bench_outlets.run(golds, given=True, folder=folder)
        if args.every:
            _every(tracer, verdicts, every)
            print(f"{set_name}: {len(verdicts)} rows", file=sys.stderr, flush=True)
            continue
        for verdict, spellings in lost:
            tracer.renamed_to = ""
            stage = _where(tracer, verdict, spellings) or "not labelled exactly"
            tally[stage] += 1
            records.append(
                {
                    "set": set_name,
                    "article": verdict["article"],
                    "name": spellings[0],
                    "stage": stage,
                    "renamed_to": tracer.renamed_to,
                    "sentence": verdict["sentence"],
                    "actors": verdict["actors"],
                }
            )
        print(f"{set_name}: {len(lost)} names", file=sys.stderr, flush=True)
    if args.every:
        stages = sorted({stage for stage, _ in every}, key=lambda st: -every[(st, True)])
        print("counted dropped-right stage")
        for stage in stages:
            print(f"{every[(stage, True)]:7d} {every[(stage, False)]:13d} {stage}")
        records = every_records
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    for stage, number in tally.most_common():
        print(f"{number:5d} {stage}")
    if args.show:
        for record in [r for r in records if r["stage"] == args.show][: args.n]:
            to = f" -> {record['renamed_to']}" if record["renamed_to"] else ""
            print(f"\n[{record['set']}/{record['article']}] {record['name']}{to}")
            print(f"  {record['sentence']}\n  row {record['actors']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
