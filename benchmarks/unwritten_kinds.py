"""Gold actors a sentence does not write, by what it writes in their place, both sides: how
often the gold names a referent for a form ("he", "its", "the company", "the minister", a
quotation's unnamed speaker) and how often a sentence of the same form names none, and what the
product's row does there, on `bench_outlets.py --verdicts` files.

    python benchmarks/unwritten_kinds.py runs/a [--show 'the+company'] [--n 30]

Each row is given the first referring form its sentence writes (`forms`, in the order they
stand): a pronoun, a possessive, "the" and a kind of company (`data/organisation_anaphors.txt`
less `data/body_words.txt`: "the firm"), "the" and a kind of body (the rest of those and
`data/organisation_words.txt`: "the ministry", "the board"), "the" and a title
(`data/titles.txt`), "The" and another lower-case noun opening the sentence, or nothing (a
quotation, the lead, the rest). A form is `@open` when it opens its sentence (after a
quotation mark, "But" or "And"), else `@inside`.

A gold actor the sentence does not write (`verdict_kinds.actor_kinds`' own test) is a
referent; the row is on the `named` side of its form when the gold has one, on the `none`
side when it has none. A referent written by a capitalised word of its name or by its
initials ("Hanbit" for "Hanbit Cosmetics", `short_form`) is a `short-form`, whatever else
the sentence writes: a matter of linking names, not of referents, so it has no `none` side.
Otherwise a referent of a type the product gave it takes the first form that may stand for
that type (`_KIND`). The product's answer on the `named` side: `right` the row holds it,
`another` the row holds a name the gold does not, `nothing` neither. `nearest` counts the
named rows whose referent is the name of the form's type that the article's rows carried
last before the sentence: what a rule "the nearest earlier mention of the right type" would
give; `adds` counts the rows of the `none` side where that rule would add a name the gold
does not list.

    >>> [form for form, _ in forms("He said the company would appeal to the Ministry.")]
    ['he/she', 'the+company', 'the+body']
    >>> forms("Its shares fell 3%.")[0][0]
    'its'
    >>> forms("The minister said on Monday that talks would resume.")[0][0]
    'the+title'
    >>> forms("The storm hit at dawn.")[0][0]
    'the+noun'
    >>> forms("Prices rose.")
    []
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

from benchmarks.verdict_kinds import Verdict, load, normal_name
from timeline.actors import vocabulary
from timeline.wordlists import word_set

# The type of name each form stands for: a rule resolving the form looks back for these.
_KIND = {
    "he/she": {"person"},
    "his/her": {"person"},
    "the+title": {"person"},
    "I/we": {"person", "organisation", "group"},
    "the+company": {"organisation", "group"},
    "the+body": {"organisation", "group"},
    "it": {"organisation", "product", "country", "location", "group"},
    "its": {"organisation", "product", "country", "location", "group"},
    "they": {"organisation", "group", "person", "country"},
    "their": {"organisation", "group", "person", "country"},
    "the+noun": {"organisation", "product", "group", "location", "person"},
}
_PRONOUNS = {
    "he": "he/she",
    "she": "he/she",
    "his": "his/her",
    "her": "his/her",
    "it": "it",
    "its": "its",
    "they": "they",
    "their": "their",
    "we": "I/we",
    "our": "I/we",
    "i": "I/we",
}


@cache
def _organisation_nouns() -> frozenset[str]:
    return (
        word_set("organisation_anaphors.txt")
        | vocabulary.organisation_words()
        | vocabulary.body_words()
    )


@cache
def _company_nouns() -> frozenset[str]:
    """The nouns of a kind of company, not of a public body ("the firm", not "the board")."""
    return word_set("organisation_anaphors.txt") - vocabulary.body_words()


@cache
def _title_words() -> frozenset[str]:
    return frozenset(title.split()[-1] for title in vocabulary.titles() if " of " not in title)


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _noun_form(words: list[re.Match[str]], index: int) -> str | None:
    """The form of "the" at `index`: its noun, maybe after one lower-case word, and no name
    after it ("the auto company", "the Ministry"; not "the Ministry of Health")."""
    for offset in (1, 2):
        if index + offset >= len(words):
            return None
        noun = words[index + offset].group()
        after = words[index + offset + 1].group() if index + offset + 1 < len(words) else ""
        if after[:1].isupper() or after == "of":
            return None
        if noun.casefold() in _organisation_nouns() and (noun.islower() or noun.istitle()):
            company = noun.casefold() in _company_nouns()
            return "the+company" if company else "the+body"
        if noun.islower() and noun in _title_words():
            return "the+title"
        if not noun.islower():
            return None
    return None


def forms(sentence: str) -> list[tuple[str, int]]:
    """Each referring form of `sentence` and where it stands, in order."""
    found: list[tuple[str, int]] = []
    words = list(_WORD.finditer(sentence))
    for index, match in enumerate(words):
        word = match.group().casefold()
        if word in _PRONOUNS and not (word == "i" and match.group() != "I"):
            found.append((_PRONOUNS[word], match.start()))
        elif word == "the":
            form = _noun_form(words, index)
            if form is None and index == 0 and len(words) > 1 and words[1].group().islower():
                form = "the+noun"
            if form:
                found.append((form, match.start()))
    return found


def _where(sentence: str, start: int) -> str:
    """ "@open" for a form opening its sentence (after a quotation mark, "But", "And"), else
    "@inside".

    >>> _where("But it fell.", 4), _where("Sales fell, it said.", 12)
    ('@open', '@inside')
    """
    head = re.sub(r"^(?:[\"“'‘(]|\s|but\b|and\b|so\b|however,?)*", "", sentence[:start], flags=re.I)
    return "@open" if not head.strip() else "@inside"


def _nothing(sentence: str, first: bool) -> str:
    if re.search('["“”]', sentence):
        return "nothing:quotation"
    return "nothing:lead" if first else "nothing:other"


def _unwritten(verdict: Verdict) -> list[set[str]]:
    """The gold's actors, as sets of normal spellings, that the sentence does not write."""
    sentence = normal_name(verdict["sentence"])
    out = []
    for spellings in verdict["gold_actors"]:
        names = {normal_name(spelling) for spelling in spellings}
        if not any(name in sentence for name in names):
            out.append(names)
    return out


Example = tuple[str, str, Verdict]


def _typed(verdicts: list[Verdict]) -> dict[str, dict[str, str]]:
    """For each article, the type the product gave each name any of its rows carries."""
    kinds: dict[str, dict[str, str]] = defaultdict(dict)
    for verdict in verdicts:
        types = verdict["actor_types"] or [""] * len(verdict["actors"])
        for name, kind in zip(verdict["actors"], types, strict=True):
            kinds[verdict["article"]][normal_name(name)] = kind
    return kinds


def short_form(sentence: str, names: set[str]) -> bool:
    """Whether `sentence` writes one of `names` (normal spellings) by a capitalised word of it
    or by its initials: "Hanbit" for "hanbit cosmetics", "AMWC" for "african mine workers'
    congress".

    >>> short_form("Hanbit will open a store.", {"hanbit cosmetics"})
    True
    >>> short_form("The AMWC struck.", {"african mine workers' congress"})
    True
    >>> short_form("The company will open a store.", {"hanbit cosmetics"})
    False
    """
    written = {w.casefold() for w in re.findall(r"\b[A-Z][\w'-]{2,}", sentence)}
    for name in names:
        words = [w for w in name.split() if w not in _FUNCTION_WORDS]
        if written & set(words):
            return True
        if len(words) > 1 and "".join(w[0] for w in words) in written:
            return True
    return False


_FUNCTION_WORDS = frozenset({"the", "of", "and", "for", "de", "la", "du", "der"})


def _form_of(sentence: str, found: list[tuple[str, int]], kind: str, first: bool) -> str:
    """The form standing for a referent of type `kind` ("" when the product never typed it):
    the first form of the sentence that may stand for that type, else its first form."""
    fitting = [(form, start) for form, start in found if not kind or kind in _KIND[form]]
    chosen = fitting[0] if fitting else found[0] if found else None
    if chosen is None:
        return _nothing(sentence, first)
    return chosen[0] + _where(sentence, chosen[1])


def count(folder: Path) -> tuple[dict[str, Counter[str]], list[Example]]:
    """The table of forms (`named`, `none`, the product's answers, `nearest`, `adds`) of the
    verdicts in `folder`, and the wrong rows of each form as examples."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    examples: list[Example] = []
    for set_name, verdicts in load(folder).items():
        typed = _typed(verdicts)
        before: dict[str, list[str]] = defaultdict(list)  # the names of the article so far
        for verdict in verdicts:
            article, sentence = verdict["article"], verdict["sentence"]
            first = article not in before
            found = forms(sentence)
            got = {normal_name(name) for name in verdict["actors"]}
            golds = {normal_name(s) for spellings in verdict["gold_actors"] for s in spellings}
            referents = _unwritten(verdict)
            for names in referents:
                kind = next((typed[article][n] for n in names if n in typed[article]), "")
                form = (
                    "short-form"
                    if short_form(sentence, names)
                    else _form_of(sentence, found, kind, first)
                )
                answer = "right" if names & got else "another" if got - golds else "nothing"
                row = table[form]
                row["named"] += 1
                row[answer] += 1
                row["nearest"] += _nearest(before[article], typed[article], form) in names
                if answer != "right":
                    examples.append((set_name, f"{form} {answer} {sorted(names)[0]}", verdict))
            if not referents:
                form = _form_of(sentence, found, "", first)
                table[form]["none"] += 1
                last = _nearest(before[article], typed[article], form)
                table[form]["adds"] += last is not None and last not in golds
                if "actors" in verdict["wrong"]:
                    examples.append((set_name, f"{form} none, the row wrong", verdict))
            before[article].extend(normal_name(name) for name in verdict["actors"])
    return table, examples


def _nearest(names: list[str], typed: dict[str, str], form: str) -> str | None:
    """The name of a type `form` stands for that the article's rows carried last."""
    wanted = _KIND.get(form.split("@", maxsplit=1)[0], set())
    return next((name for name in reversed(names) if typed.get(name) in wanted), None)


def report(table: dict[str, Counter[str]]) -> list[str]:
    """The table's lines, the forms with most named referents first."""
    columns = ("named", "none", "right", "another", "nothing", "nearest", "adds")
    lines = [
        f"{'form':26} {'named':>6} {'none':>6} {'named%':>7} "
        + " ".join(f"{c:>7}" for c in columns[2:])
    ]
    for form, row in sorted(table.items(), key=lambda item: (-item[1]["named"], item[0])):
        share = 100 * row["named"] / max(1, row["named"] + row["none"])
        lines.append(
            f"{form:26} {row['named']:6} {row['none']:6} {share:6.1f}% "
            + " ".join(f"{row[c]:7}" for c in columns[2:])
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of --verdicts files, one per set")
    parser.add_argument("--show", help="print examples of the forms that start with this")
    parser.add_argument("--n", type=int, default=30, help="how many examples")
    args = parser.parse_args(argv)
    table, examples = count(args.folder)
    print("\n".join(report(table)))
    shown = [e for e in examples if args.show and e[1].startswith(args.show)]
    random.Random(1).shuffle(shown)
    for set_name, what, verdict in shown[: args.n]:
        print(f"\n[{set_name}/{verdict['article']}] {what}\n  {verdict['sentence'][:300]}")
        print(f"  row {verdict['actors']}\n  gold {[s[0] for s in verdict['gold_actors']]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
