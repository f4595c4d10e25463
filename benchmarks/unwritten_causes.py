"""Gold actors a row misses that its sentence does not write, by the form standing in their
place and by where the product lost them, traced through the real pipeline.

    python benchmarks/unwritten_causes.py VERDICTS [--sets outlets_fresh121 ...] [--show CAUSE]

For every row of a `bench_outlets.py --verdicts` file whose gold lists an actor the sentence
does not write (`unwritten_kinds._unwritten`: no spelling of it in the sentence, nor a
capitalised word of it or its initials, `short_form`) and the row does not hold, the article
runs again through `pipeline.extract` (the publication date given, `data/actors.csv`) with
`events.build`'s steps recorded: the mentions `actors.find_actors` gives the article (its
anaphor rules' answers are mentions carrying the antecedent's name at the anaphor), the names
`sentence_actors` gives the sentence ("he" by `events.anaphora`), the rows' actors before and
after the learned veto.

The form (`form`) is the brief's, read from `unwritten_kinds.forms` with the referent's type:
a subject pronoun opening the sentence ("It", "He", "They"), a pronoun inside it, a
possessive only ("Its", "their"), "the" and a company's noun ("the company", "the firm",
"The Group"), "the" and another descriptor ("the brewery", "the yard", "the committee", "the
minister"), "I"/"we" or no form in a quotation (its speaker), or none at all (the actor is
implicit: an agentless passive, a row of the lead).

The cause (`cause`), the first step that fails:

- `no-candidate:never-found` no mention of the article carries the name anywhere (the name is
  written in the article and the model missed it, or it is written nowhere);
- `no-candidate:after` mentions carry it only after the sentence;
- `no-candidate:typed` mentions before carry it with a type the form does not stand for (a
  company taken for a person, "It" after a "person");
- `unresolved:nothing` a mention before carries it with a fitting type and no anaphor rule
  gave the sentence its name, nor any other name in its place;
- `unresolved:another` the same, and the row holds a name the gold does not list (the wrong
  antecedent, or a written name the gold does not count);
- `dropped:rows` `sentence_actors` has it and the rows before the veto do not (quotations,
  clause split, the row model, possessive owners);
- `dropped:veto` the rows before the learned veto hold it, after it not;
- `dropped:other` neither (the row matched is another clause's, or a later step).

`--show CAUSE` prints examples of the causes starting with CAUSE.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import bench_outlets
from benchmarks.unwritten_kinds import _KIND, _unwritten, forms, short_form
from benchmarks.verdict_kinds import Verdict, load, normal_name

QUOTE = re.compile('["“”]')


def form_of(sentence: str, kind: str) -> tuple[str, str]:
    """The brief's form standing for a referent of type `kind` in `sentence`, and the form
    of `unwritten_kinds.forms` it is read from ("" for none).

    >>> form_of("It finished fourth last year.", "organisation")
    ('pronoun@open', 'it')
    >>> form_of("Its shares fell.", "organisation")[0], form_of("The firm paid.", "")[0]
    ('possessive', 'the+company')
    >>> form_of("The yard delivered a ship.", "organisation")
    ('the+descriptor', 'the+noun')
    >>> form_of('"We may not meet every order."', "person")
    ('quotation-speaker', 'I/we')
    >>> form_of("A fire was reported.", "person"), form_of('"Sales rose," Roe said.', "")
    (('implicit', ''), ('quotation-speaker', ''))
    """
    found = forms(sentence)
    fitting = [f for f in found if not kind or kind in _KIND[f[0]]]
    chosen = fitting[0] if fitting else found[0] if found else None
    quoted = QUOTE.search(sentence) is not None
    if chosen is None:
        return ("quotation-speaker" if quoted else "implicit"), ""
    name, start = chosen
    if name == "I/we":
        return ("quotation-speaker" if quoted else "I/we"), name
    if name in ("he/she", "it", "they"):
        head = sentence[:start].strip(" \"“‘'(")
        opens = not head or head.lower() in ("but", "and")
        return ("pronoun@open" if opens else "pronoun@inside"), name
    if name in ("his/her", "its", "their"):
        return "possessive", name
    return ("the+company" if name == "the+company" else "the+descriptor"), name


@dataclass
class Trace:
    """What `events.build` saw of one document, by sentence text."""

    mentions: list[Any] = field(default_factory=list)
    text: str = ""
    sentence_start: dict[str, int] = field(default_factory=dict)
    told: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    before_veto: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    after_veto: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def trace(folder: Path, articles: Sequence[str]) -> dict[str, Trace]:
    """Run `articles` of the set `folder` through the pipeline as `bench_outlets.run` does
    (publication dates given), `events.build`'s steps recorded, by article file name."""
    from timeline import pipeline
    from timeline.events import build

    traces: dict[str, Trace] = {}
    current: list[Trace] = []
    owners = {"build_events": pipeline, "sentence_actors": build, "veto_actors": build}
    real: dict[str, Any] = {name: getattr(owner, name) for name, owner in owners.items()}

    def build_events(doc: Any, sentences: Any, timexes: Any, mentions: Any, *rest: Any) -> Any:
        record = Trace(mentions=list(mentions), text=doc.text)
        for sentence in sentences:
            record.sentence_start.setdefault(sentence.text, sentence.start)
        traces[Path(doc.source).name] = record
        current[:] = [record]
        return real["build_events"](doc, sentences, timexes, mentions, *rest)

    def sentence_actors(text: str, sentences: Any, number: int, *rest: Any) -> Any:
        names, types = real["sentence_actors"](text, sentences, number, *rest)
        current[0].told[sentences[number].text].update(normal_name(n) for n in names)
        return names, types

    def veto_actors(kept: Any, names_of: Any, sentence: Any, verbs: Any) -> Any:
        out = real["veto_actors"](kept, names_of, sentence, verbs)
        for event in kept:
            current[0].before_veto[sentence.text].update(normal_name(a) for a in event.actors)
        for event in out:
            current[0].after_veto[sentence.text].update(normal_name(a) for a in event.actors)
        return out

    wrappers = {
        "build_events": build_events,
        "sentence_actors": sentence_actors,
        "veto_actors": veto_actors,
    }
    for name, wrapper in wrappers.items():
        setattr(owners[name], name, wrapper)
    try:
        golds = [bench_outlets.load_gold(path) for path in sorted((folder / "gold").glob("*.json"))]
        wanted = set(articles)
        bench_outlets.run([g for g in golds if g.article in wanted], given=True, folder=folder)
    finally:
        for name, function in real.items():
            setattr(owners[name], name, function)
    return traces


def cause(record: Trace, sentence: str, names: set[str], raw: str) -> str:
    """Where the product lost the referent `names` of `sentence`, whose place the form `raw`
    of `unwritten_kinds.forms` holds (the module's list of causes; "untraced" where the
    sentence was not read again). A pronoun, a possessive or a company's noun whose referent
    no mention before gave a type it stands for ("It" after a company taken for a person)
    has no candidate; a description ("the yard", "the minister") may stand for any type.

    >>> from timeline.actors import ActorMention
    >>> orlo = ActorMention(0, 8, "Orlo Ltd", "Orlo Ltd", "person")
    >>> it = "It said so."
    >>> record = Trace([orlo], "Orlo Ltd cut jobs. It said so.", {it: 19})
    >>> cause(record, it, {"orlo ltd"}, "it"), cause(record, it, {"vell"}, "it")
    ('no-candidate:typed', 'no-candidate:never-found')
    >>> cause(record, it, {"orlo ltd"}, "he/she")
    'unresolved'
    """
    start = record.sentence_start.get(sentence, -1)
    if start < 0:
        return "untraced"
    typed = [m.type for m in record.mentions if normal_name(m.name) in names and m.start < start]
    if not typed:
        later = any(normal_name(m.name) in names for m in record.mentions)
        return "no-candidate:after" if later else "no-candidate:never-found"
    wanted = _KIND[raw] if raw in _TYPED_FORMS else set()
    if wanted and not wanted.intersection(typed):
        return "no-candidate:typed"
    if not names & record.told.get(sentence, set()):
        return "unresolved"
    if not names & record.before_veto.get(sentence, set()):
        return "dropped:rows"
    if not names & record.after_veto.get(sentence, set()):
        return "dropped:veto"
    return "dropped:other"


#: The forms that stand for names of given types only (`unwritten_kinds._KIND`).
_TYPED_FORMS = frozenset({"he/she", "his/her", "it", "its", "they", "their", "the+company", "I/we"})


@dataclass
class Missing:
    """One gold actor a row misses and its sentence does not write."""

    set_name: str
    verdict: Verdict
    names: set[str]
    form: str = ""
    cause: str = ""


def missing(verdicts: dict[str, list[Verdict]]) -> Iterator[Missing]:
    """Every missing unwritten gold actor of the verdicts."""
    for set_name, rows in verdicts.items():
        for verdict in rows:
            got = {normal_name(name) for name in verdict["actors"]}
            for names in _unwritten(verdict):
                if names & got or short_form(verdict["sentence"], names):
                    continue
                yield Missing(set_name, verdict, names)


def classify(folder: Path, root: Path, sets: set[str] | None) -> list[Missing]:
    """The missing unwritten actors of `folder`'s verdicts, each with its form and cause."""
    verdicts = {k: v for k, v in load(folder).items() if sets is None or k in sets}
    found = list(missing(verdicts))
    by_set: dict[str, set[str]] = defaultdict(set)
    for item in found:
        by_set[item.set_name].add(item.verdict["article"])
    for set_name, articles in by_set.items():
        traces = trace(root / set_name, sorted(articles))
        for item in (i for i in found if i.set_name == set_name):
            record = traces.get(item.verdict["article"])
            sentence = item.verdict["sentence"]
            if record is None:
                item.form, item.cause = form_of(sentence, "")[0], "untraced"
                continue
            typed = [m.type for m in record.mentions if normal_name(m.name) in item.names]
            item.form, raw = form_of(sentence, typed[0] if typed else "")
            item.cause = cause(record, sentence, item.names, raw)
            if item.cause == "unresolved":
                got = {normal_name(n) for n in item.verdict["actors"]}
                golds = {normal_name(s) for ss in item.verdict["gold_actors"] for s in ss}
                item.cause += ":another" if got - golds else ":nothing"
    return found


def report(found: list[Missing]) -> list[str]:
    """The table: forms down, causes across."""
    causes = sorted({item.cause for item in found})
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for item in found:
        table[item.form][item.cause] += 1
    short = [c.replace("no-candidate", "nocand").replace("unresolved", "unres") for c in causes]
    lines = [f"{'form':18} {'all':>5} " + " ".join(f"{c:>14}" for c in short)]
    for form, row in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        lines.append(f"{form:18} {sum(row.values()):5} " + " ".join(f"{row[c]:14}" for c in causes))
    total = Counter(item.cause for item in found)
    lines.append(f"{'all':18} {len(found):5} " + " ".join(f"{total[c]:14}" for c in causes))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of --verdicts files, one per set")
    parser.add_argument("--root", type=Path, default=Path(__file__).parent, help="the sets")
    parser.add_argument("--sets", nargs="*", help="only these sets")
    parser.add_argument("--show", help="print examples of the causes that start with this")
    parser.add_argument("--form", help="and of this form")
    parser.add_argument("--n", type=int, default=30, help="how many examples")
    args = parser.parse_args(argv)
    found = classify(args.folder, args.root, set(args.sets) if args.sets else None)
    print("\n".join(report(found)))
    shown = [
        i
        for i in found
        if args.show
        and i.cause.startswith(args.show)
        and (not args.form or i.form.startswith(args.form))
    ]
    random.Random(1).shuffle(shown)
    for item in shown[: args.n]:
        verdict = item.verdict
        print(f"\n[{item.set_name}/{verdict['article']}] {item.form} {item.cause}")
        print(f"  {verdict['sentence'][:300]}")
        print(f"  row {verdict['actors']}\n  gold {[s[0] for s in verdict['gold_actors']]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
