"""Gold names the rows hold in another form: the short forms not joined and the spans cut or
run on, each miss given one kind, and the other side of the largest kinds.

    python benchmarks/join_kinds.py VERDICTS [--show KIND] [--n 20]

For each row with wrong actors, a gold actor none of whose spellings the row holds is counted
when the sentence writes a spelling and the row holds a part or a superset of it (`span:`), or
when the sentence writes no spelling and the row holds a part of one or the sentence writes a
capitalised word of one (`short:`). Each takes the first kind that applies:

- `span:cut/BOUNDARY` the row's name is a piece of the written spelling: the words lost are a
  possessive ("Hartigan" of "Hartigan's"), a bracket, a title ("Lady"), a legal form ("LLC"),
  a lower-case connector ("Baths and Recreation Committee" -> "Recreation Committee"), a
  hyphenated piece, or other capitalised words (`capital`).
- `span:run-on/WHAT` the row's name holds the spelling and more written around it: an opening
  word of the sentence before it (`opening`: "Seller Aino March", "Meanwhile Grantham Games"),
  a title ("Don Luis Ferrando"), a place after "of", "at", "in", "on" (`place`), a legal form,
  or other words (`other`).
- `span:renamed` the row's longer name is not written in the sentence: a short form taken for
  a longer name ("Busan" -> "Busan Apartment Residents' Association").
- `short:not-joined/WHY` the row holds a capitalised piece of the gold's name: the full name
  written earlier in the article (`full-before`), only later (`full-after`), never (`never`).
- `short:not-found/WHY` the row holds nothing of it, the sentence writes a capitalised word of
  it, the full name is written in the article (`full-written`) or not (`never`).
- `short:common-noun` only lower-case words of it are written ("the council"): a referent.

`--other` counts the other side of the join rules: rows that hold a one- or two-word name
which begins a longer name written earlier in the same article, and whether the gold lists the
short form (the row is right as it is) or the longer name (`other_side`); a site's lower-case
noun after a gold name, in the gold's name or not (`head_noun_side`); a short form the rows
renamed into a longer organisation, by where it stands and the gold's side (`renamed_side`).

    >>> lost_kind("Hartigan's", "Hartigan")
    'possessive'
    >>> lost_kind("Fox Valley Bulk Haulers LLC", "Fox Valley Bulk Haulers")
    'legal-form'
    >>> lost_kind("Baths and Recreation Committee", "Recreation Committee")
    'connector'
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

from benchmarks.verdict_kinds import Verdict, load, normal_name
from timeline.wordlists import word_set

SETS = Path(__file__).parent

_WORD = re.compile(r"[\w&'’.-]+")


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(s.lower().rstrip(".") for s in word_set("corporate_suffixes.txt")) | {
        "sp",
        "z",
        "o.o",
        "oo",
        "sa",
        "oy",
    }


@cache
def _titles() -> frozenset[str]:
    return frozenset(t.lower().rstrip(".") for t in word_set("titles.txt") if " " not in t) | {
        "mr",
        "mrs",
        "ms",
        "dr",
        "don",
        "dona",
        "lady",
        "lord",
        "sir",
        "messrs",
        "sr",
        "sra",
        "capt",
    }


def lost_kind(whole: str, piece: str) -> str:
    """What the words of `whole` that `piece` lacks are."""
    at = whole.lower().find(piece.lower())
    lost = (whole[:at] + " " + whole[at + len(piece) :]).strip() if at >= 0 else whole
    if at >= 0 and whole[at + len(piece) :].startswith(("'s", "’s", "'", "’")):
        return "possessive"
    if "(" in lost or ")" in lost:
        return "bracket"
    words = [w.strip(".,") for w in lost.split()]
    if not words:
        return "other"
    if all(w.lower() in _suffixes() for w in words):
        return "legal-form"
    if all(w.lower() in _titles() for w in words):
        return "title"
    if any(w and w[0].islower() for w in words) or any(
        w.lower() in {"and", "of", "&"} for w in words
    ):
        return "connector"
    if "-" in whole and "-" not in piece:
        return "hyphen"
    return "capital"


def cut_kind(whole: str, piece: str, sentence: str) -> str:
    """Where `piece` of the written `whole` was cut, and what it lost."""
    kind = lost_kind(whole, piece)
    at = whole.find(piece)
    if kind not in ("capital", "connector") or at < 0:
        return kind
    before, after = whole[:at].strip(), whole[at + len(piece) :].strip()
    if before and not after:
        if re.search(r"\b(and|of|&|op|at|de|des|du|del|sa|ng)$", before, re.I):
            return "connector"
        opening = sentence.lstrip("\"'‘“ ").startswith(whole)
        return "first-words/" + ("opening" if opening else "inside")
    if after and not before:
        if re.match(r"^(and|of|&|op|at|de|des|du|del)\b", after, re.I):
            return "connector"
        return "last-words/" + ("lower" if after[:1].islower() else "capital")
    return kind


def run_on_kind(longer: str, name: str, sentence: str) -> str:
    """What `longer` holds beyond `name`, as the sentence writes them."""
    at = longer.lower().find(name.lower())
    before, after = longer[:at].strip(), longer[at + len(name) :].strip()
    if re.match(r"^(of|at|in|on|to|from|near|and)\b", after):
        return "place" if after.split()[0] in {"of", "at", "in", "on", "near"} else "connector"
    if after and all(w.strip(".,").lower() in _suffixes() for w in after.split()):
        return "legal-form"
    if before and all(w.strip(".,").lower() in _titles() for w in before.split()):
        return "title"
    if before and sentence.startswith(before):
        return "opening"
    if after and all(w.strip(".").lower() in _titles() for w in after.split()):
        return "title-after"
    return "other"


def _article(set_name: str, article: str) -> str:
    path = SETS / set_name / "articles" / article
    return path.read_text() if path.exists() else ""


def kinds(set_name: str, verdict: Verdict) -> list[tuple[str, str, str]]:
    """(kind, gold name, row name) for each miss of this task in one row."""
    if "actors" not in verdict["wrong"]:
        return []
    got = {normal_name(a): a for a in verdict["actors"]}
    sentence = verdict["sentence"]
    plain = normal_name(sentence)
    found: list[tuple[str, str, str]] = []
    for spellings in verdict["gold_actors"]:
        names = {normal_name(s) for s in spellings}
        if names & got.keys():
            continue
        written = [n for n in names if n in plain]
        if written:
            name = max(written, key=len)
            pieces = [g for g in got if g != name and g in name]
            longer = [g for g in got if g != name and name in g]
            if pieces:
                row = got[max(pieces, key=len)]
                whole = _exact(name, sentence)
                found.append(
                    (f"span:cut/{cut_kind(whole, _exact(row, whole), sentence)}", name, row)
                )
            elif longer:
                row = got[longer[0]]
                if normal_name(row) not in plain:
                    found.append(("span:renamed", name, row))
                else:
                    exact = _exact(row, sentence)
                    found.append(
                        (
                            f"span:run-on/{run_on_kind(exact, _exact(name, exact), sentence)}",
                            name,
                            row,
                        )
                    )
            continue
        full = max(names, key=len)
        pieces = [g for g in got if any(g in n and len(g) < len(n) for n in names)]
        text = _article(set_name, verdict["article"])
        at = text.find(sentence[:60])
        head = normal_name(text[: max(at, 0)])
        where = (
            "full-before"
            if any(n in head for n in names if len(n) > len(min(pieces or [""], key=len)))
            else "full-after"
            if any(n in normal_name(text) for n in names)
            else "never"
        )
        if pieces:
            found.append((f"short:not-joined/{where}", full, got[pieces[0]]))
            continue
        gold_words = {w for s in spellings for w in re.findall(r"[\w'’-]+", s) if len(w) > 2}
        cased = {w for w in re.findall(r"[\w'’-]+", sentence) if w.lower() in gold_words}
        if any(w[:1].isupper() and not sentence.startswith(w) for w in cased):
            written_in = "full-written" if where != "never" else "never"
            found.append((f"short:not-found/{written_in}", full, ""))
        elif cased:
            found.append(("short:common-noun", full, ""))
    return found


def _exact(name: str, text: str) -> str:
    """`name` as `text` writes it (case apart), or `name`."""
    at = text.lower().find(name.lower())
    return text[at : at + len(name)] if at >= 0 else name


def other_side(sets: dict[str, list[Verdict]]) -> Counter[str]:
    """Rows holding a short name that begins a longer name the article's rows hold earlier:
    whether the gold lists the short form only, the longer name only, both, or neither."""
    tally: Counter[str] = Counter()
    for verdicts in sets.values():
        seen: dict[str, list[str]] = defaultdict(list)
        for verdict in verdicts:
            article = verdict["article"]
            golds = [{normal_name(s) for s in spellings} for spellings in verdict["gold_actors"]]
            for actor in verdict["actors"]:
                short = normal_name(actor)
                longer = [n for n in seen[article] if n.startswith(short + " ") and len(short) > 2]
                if not longer:
                    continue
                full = longer[-1]
                short_listed = any(short in g for g in golds)
                full_listed = any(full in g for g in golds)
                side = (
                    "both-listed"
                    if short_listed and full_listed
                    else "short-listed"
                    if short_listed
                    else "full-listed"
                    if full_listed
                    else "neither"
                )
                tally[side] += 1
            seen[article].extend(normal_name(a) for a in verdict["actors"] if " " in a)
    return tally


#: A preposition of place before a word: "in " of "In Edinburgh,".
_PLACE_BEFORE = frozenset({"in", "at", "from", "to", "near", "of", "around", "across"})


def renamed_side(sets: dict[str, list[Verdict]]) -> Counter[tuple[str, str]]:
    """Rows holding an organisation's longer name the sentence does not write, its first word
    written alone there (the short form renamed, "Edinburgh" -> "Edinburgh Corporation"), by
    where the word stands (after a preposition of place, opening the sentence, elsewhere) and
    whether the gold lists the longer name (`full`), the word (`short`) or neither."""
    tally: Counter[tuple[str, str]] = Counter()
    for verdicts in sets.values():
        for verdict in verdicts:
            golds = [{normal_name(s) for s in spellings} for spellings in verdict["gold_actors"]]
            sentence = verdict["sentence"]
            types = verdict["actor_types"] or [""] * len(verdict["actors"])
            for actor, kind in zip(verdict["actors"], types, strict=True):
                words = actor.split()
                if kind != "organisation" or len(words) < 2:
                    continue
                if normal_name(actor) in normal_name(sentence) or not words[0][:1].isupper():
                    continue
                first, second = re.escape(words[0]), re.escape(words[1])
                alone = re.search(rf"(\w+\s+)?\b{first}\b(?!\s+{second})", sentence)
                if alone is None:
                    continue
                before = (alone.group(1) or "").strip().lower()
                shape = (
                    "after-preposition"
                    if before in _PLACE_BEFORE
                    else "opening"
                    if alone.start() == 0
                    else "other"
                )
                full, short = normal_name(actor), normal_name(words[0])
                side = (
                    "full"
                    if any(full in g for g in golds)
                    else "short"
                    if any(short in g for g in golds)
                    else "neither"
                )
                tally[shape, side] += 1
    return tally


@cache
def _head_nouns() -> frozenset[str]:
    """Lower-case nouns of a site or venue that may end a name: "station", "street"."""
    return frozenset(
        w.casefold()
        for name in ("site_nouns.txt", "venue_nouns.txt", "street_words.txt")
        for w in word_set(name)
    )


def head_noun_side(sets: dict[str, list[Verdict]]) -> Counter[str]:
    """Gold names written before a lower-case noun of a site ("Tennoji station"): whether the
    gold's name holds the noun (`with-noun`) or stops before it (`bare`)."""
    tally: Counter[str] = Counter()
    for verdicts in sets.values():
        for verdict in verdicts:
            sentence = verdict["sentence"]
            for spellings in verdict["gold_actors"]:
                for spelling in sorted(spellings, key=len, reverse=True):
                    words = spelling.split()
                    last = words[-1]
                    at = sentence.lower().find(spelling.lower())
                    if at < 0:
                        continue
                    written = sentence[at : at + len(spelling)]
                    after = re.match(r" ([a-z]+)\b", sentence[at + len(spelling) :])
                    if len(words) > 1 and last in _head_nouns() and written.endswith(last):
                        tally["with-noun"] += 1
                    elif after and after.group(1) in _head_nouns():
                        tally["bare"] += 1
                    break
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show")
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--other", action="store_true")
    args = parser.parse_args()
    sets = load(args.folder)
    tally: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, Verdict, str, str]]] = defaultdict(list)
    for set_name, verdicts in sets.items():
        for verdict in verdicts:
            for kind, gold, row in kinds(set_name, verdict):
                tally[kind] += 1
                examples[kind].append((set_name, verdict, gold, row))
    for kind, total in sorted(tally.items()):
        print(f"{total:6} {kind}")
    print(f"{sum(v for k, v in tally.items() if k.startswith('span')):6} span")
    print(f"{sum(v for k, v in tally.items() if k.startswith('short')):6} short")
    if args.other:
        print("other side (short name after a longer one in the article):", dict(other_side(sets)))
        print("a site's lower-case noun after a gold name:", dict(head_noun_side(sets)))
        renamed = sorted(renamed_side(sets).items())
        print("a short form renamed into a longer organisation:", renamed)
    if args.show:
        shown = [e for k, items in examples.items() if k.startswith(args.show) for e in items]
        random.Random(1).shuffle(shown)
        for set_name, verdict, gold, row in shown[: args.n]:
            print(f"\n[{set_name}/{verdict['article'][:40]}] gold {gold!r} row {row!r}")
            print(f"  {verdict['sentence'][:240]}")


if __name__ == "__main__":
    main()
