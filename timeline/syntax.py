"""Syntax: the predicates of event sentences (finite verbs and event nouns), with their lemmas.

spaCy's part-of-speech tagger runs on the event sentences only (the parser would cost more
than the rest of the pipeline together); clauses are then found by rule:
- every finite verb (VBD, VBZ, VBP, or a modal) starts a predicate; an auxiliary ("has",
  "had", "will") gives way to the participle or verb it governs ("has completed" -> complete);
- an event noun from `data/event_nouns.txt` directly before a temporal expression is a
  predicate of its own ("Saddam Hussein's ouster over a decade ago" -> ouster).

    >>> tagger = load_tagger()
    >>> [p.lemma for p in predicates(tagger, ["Blinken has recently completed a tour."])[0]]
    ['complete']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from timeline.models import load_pipeline
from timeline.wordlists import word_list, word_set

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_VERBAL = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
#: The auxiliaries and modals a verb group opens with ("has", "will", "would"): closed-class
#: words (`data/auxiliaries.txt`), read by the predicates here and by the learned row model's
#: features (`timeline.events.row_features`).
AUXILIARIES = word_set("auxiliaries.txt")


@dataclass(frozen=True, slots=True)
class Predicate:
    """A clause's head word: offsets relative to the sentence, its lemma, verb or noun."""

    start: int
    end: int
    lemma: str
    nominal: bool = False
    #: "present" ("claims", "is selling", "is branded"), "past" ("claimed"), "perfect" ("has
    #: claimed"), "future" ("will claim", "shall claim"), "modal" ("would claim", "must
    #: claim"); None for event nouns
    tense: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad predicate offsets {self.start}..{self.end}")


def _lemmas(name: str) -> frozenset[str]:
    """The lower-case words of a word list in `timeline/data/` (one a line, `#` comments)."""
    return frozenset(word.lower() for word in word_list(name))


@cache
def event_nouns() -> frozenset[str]:
    """Nouns that name an event ("ouster", "election"), from `data/event_nouns.txt`."""
    return _lemmas("event_nouns.txt")


@cache
def reporting_verbs() -> frozenset[str]:
    """Lemmas of verbs that report a statement ("say", "announce"), from
    `data/reporting_verbs.txt`."""
    return _lemmas("reporting_verbs.txt")


#: The reporting verbs whose past and present are not made with "-ed" and "-s".
_IRREGULAR_REPORTING = {
    "say": ("said", "says"),
    "tell": ("told", "tells"),
    "write": ("wrote", "writes"),
}


@cache
def reporting_forms() -> frozenset[str]:
    """The past and present forms of the reporting verbs ("said", "says", "announced").

    >>> {"said", "told", "announced", "adds"} <= reporting_forms()
    True
    """
    forms: set[str] = set()
    for lemma in reporting_verbs():
        if lemma in _IRREGULAR_REPORTING:
            forms.update(_IRREGULAR_REPORTING[lemma])
        else:
            forms.update((lemma + ("d" if lemma.endswith("e") else "ed"), lemma + "s"))
    return frozenset(forms)


def load_tagger(name: str | None = None) -> Any:
    """The tagger and lemmatizer of a spaCy pipeline (no parser, no NER), once per process."""
    return _load_tagger(name)


@cache
def _load_tagger(name: str | None) -> Any:
    pipeline = load_pipeline(name)  # the NER view shares it; its NER does not run here
    if "ner" in pipeline.pipe_names:
        pipeline.select_pipes(disable=["ner"])
    if "lemmatizer" in pipeline.pipe_names:
        known_lemmas_as_sets(pipeline.get_pipe("lemmatizer"))
    return pipeline


def known_lemmas_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer's lists of known lemmas (its "lemma_index", one list a part of
    speech) made sets: it only asks whether a form is among them, which a list answers by
    reading it through (8,700 verbs: a tenth of a millisecond for each word it has not
    lemmatised before), a set at once. Every lemma stays the same."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for key in list(index.keys()):
        if isinstance(index[key], list):
            index[key] = frozenset(index[key])


def predicates(tagger: Any, sentences: Sequence[str]) -> list[list[Predicate]]:
    """The predicates of each sentence, in text order."""
    lemmatizer = tagger.get_pipe("lemmatizer") if "lemmatizer" in tagger.pipe_names else None
    nouns = event_nouns()
    found: list[list[Predicate]] = []
    unquoted = [QUOTATION.sub(_blank, sentence) for sentence in sentences]
    with tagger.select_pipes(enable=[p for p in tagger.pipe_names if p != "lemmatizer"]):
        for doc in tagger.pipe(unquoted, batch_size=256):
            found.append(_predicates(doc, lemmatizer, nouns))
    return found


#: Words of an undated sentence the tagger reads first: its action is its main verb, and a
#: sentence's first finite verb comes early (the whole sentence is read when it does not).
OPENING_WORDS = 20
#: A token's tag in en_core_web_sm depends on the four tokens either side of it (its CNN's
#: reach): a predicate this many words before the cut is tagged as in the whole sentence.
_TAGGER_REACH = 5
_WORD = re.compile(r"\S+")


def opening_predicates(tagger: Any, sentences: Sequence[str]) -> list[list[Predicate]]:
    """The predicates of each sentence's opening, up to and including its first verb: all an
    undated sentence needs (its action), for a third less tagging. Predicates are those
    `predicates` gives for the whole sentence, only fewer."""
    return whole_and_opening_predicates(tagger, (), sentences)[1]


def whole_and_opening_predicates(
    tagger: Any, whole: Sequence[str], openings: Sequence[str]
) -> tuple[list[list[Predicate]], list[list[Predicate]]]:
    """`predicates` of the sentences `whole` and `opening_predicates` of the sentences
    `openings`, the tagger reading both in one pass (each pass costs what four more sentences
    do)."""
    cut: list[str] = []
    trusted: list[int] = []
    for sentence in openings:
        blanked = QUOTATION.sub(_blank, sentence)
        words = list(_WORD.finditer(blanked))
        if len(words) <= OPENING_WORDS:
            cut.append(blanked)
            trusted.append(len(blanked))
            continue
        cut.append(blanked[: words[OPENING_WORDS - 1].end()])
        trusted.append(words[OPENING_WORDS - 1 - _TAGGER_REACH].start())
    read = predicates(tagger, [*whole, *cut])
    found = read[len(whole) :]
    again: list[int] = []
    for number, (opening, limit) in enumerate(zip(found, trusted, strict=True)):
        kept = [p for p in opening if p.end <= limit]
        found[number] = kept
        if not any(not p.nominal for p in kept) and limit < len(openings[number]):
            again.append(number)  # no verb early on: read the whole sentence
    if again:
        for number, predicates_of in zip(
            again, predicates(tagger, [openings[n] for n in again]), strict=True
        ):
            found[number] = predicates_of
    return read[: len(whole)], found


# A quotation of four words or more: its verbs are the speaker's words, not the event's
# predicates ("Jobs said, “we will ship it next year”" -> say), and the tagger need not read it.
QUOTATION = re.compile(r"([“\"])([^“”\"\n]{1,600})([”\"])")


def _blank(match: re.Match[str]) -> str:
    opening, quoted, closing = match.groups()
    if len(quoted.split()) < 4:
        return match.group()
    return opening + " " * len(quoted) + closing


def _lemma(token: Any, lemmatizer: Any, pos: str) -> str:
    if lemmatizer is None:
        return str(token.lower_)
    token.pos_ = pos
    lemmas = lemmatizer.rule_lemmatize(token)
    return str(lemmas[0]).lower() if lemmas else str(token.lower_)


def _tense(finite: Any, chain: Sequence[Any]) -> str:
    """The tense of a verb group from its finite word: "claims" present, "has claimed"
    perfect, "claimed" past, "will claim" future, "would claim" modal."""
    if finite.tag_ == "MD":
        return "future" if finite.lower_ in _FUTURE else "modal"
    if finite.tag_ == "VBD":
        return "past"
    if finite.lower_ in ("has", "have", "'ve") and any(t.tag_ == "VBN" for t in chain[1:]):
        return "perfect"
    return "present"


#: Modals of what is to come ("wo" is the first half of "won't").
_FUTURE = frozenset({"will", "shall", "'ll", "’ll", "wo"})
#: Tags that may stand between an auxiliary and its verb: "has recently completed", "will not".
_BETWEEN_AUXILIARY = frozenset({"RB", "RBR", "RBS", "PRP", "NNP", "DT", "PDT"})
_DO = frozenset({"do", "does", "did"})
_BE = frozenset({"be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re"})
#: Words between "be" and "to" that make the infinitive the clause's action: "was able to
#: throw back", "was the first to sign", "were willing to give up".
_BEFORE_TO = frozenset({"RB", "DT", "JJ", "JJS", "RBS"})


def _infinitive_after(tokens: Sequence[Any], index: int) -> Any | None:
    """The verb of "be (the first | able | willing ...) to <verb>", if that follows."""
    position = index + 1
    while position < len(tokens) and position - index <= 3 and tokens[position].tag_ in _BEFORE_TO:
        position += 1
    if position == index + 1 or position + 1 >= len(tokens):
        return None
    if tokens[position].tag_ == "TO" and tokens[position + 1].tag_ == "VB":
        return tokens[position + 1]
    return None


#: A subject right before a participle, and an object right after it: "the chipmaker forecast
#: revenue", "the board cut its dividend" (verbs whose past is their participle, which the
#: tagger reads as one); not "the plan announced Tuesday" or "cars made in Japan".
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_OBJECT_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "CD", "PRP$"})


#: What follows a verb, not an adjective, after "and": "settled in", "host Brimley".
_AFTER_COORDINATED = frozenset({"IN", "DT", "NNP", "NNPS", "PRP", "PRP$", "CD", "RB", "TO", "RP"})


def _coordinated_verb(tokens: Sequence[Any], index: int) -> bool:
    """Whether a participle or a base form right after "and" or "but" is a verb coordinated
    with the clause before it ("returned in 1990 and settled in Lima", "travel to Leeds on
    Tuesday and host Hull on Saturday"); not an adjective before its noun ("and armed
    forces")."""
    token = tokens[index]
    return (
        token.tag_ in ("VBN", "VB")
        and 0 < index < len(tokens) - 1
        and tokens[index - 1].lower_ in ("and", "but")
        and tokens[index + 1].tag_ in _AFTER_COORDINATED
    )


def _past_read_as_participle(tokens: Sequence[Any], index: int) -> bool:
    """Whether a participle between a subject and an object is the clause's past-tense verb."""
    token = tokens[index]
    return (
        token.tag_ == "VBN"
        and 0 < index < len(tokens) - 1
        and tokens[index - 1].tag_ in _SUBJECT_TAGS
        and tokens[index + 1].tag_ in _OBJECT_TAGS
    )


#: Participles that say how a thing stands, not what happened: ", compared with $371 million,",
#: ", based in Lyon,".
_NOT_EVENTS = frozenset({"compared", "based"})


#: What follows such a participle: "elected in", "signed last April", "founded 1921".
_AFTER_ASIDE_PARTICIPLE = frozenset({"IN", "RB", "JJ", "CD", "NNP"})


def _aside(tokens: Sequence[Any], index: int) -> bool:
    """Whether a participle opens a clause set off by commas after a noun ("The mayor,
    elected in 2019, resigned on Tuesday": elected in 2019, resigned on Tuesday)."""
    token = tokens[index]
    return (
        token.tag_ == "VBN"
        and token.lower_ not in _NOT_EVENTS
        and 1 < index < len(tokens) - 2
        and tokens[index - 1].text == ","
        and tokens[index - 2].tag_ in _SUBJECT_TAGS
        and tokens[index + 1].tag_ in _AFTER_ASIDE_PARTICIPLE
        and any(t.text == "," for t in tokens[index + 2 : index + 12])
    )


def _fronted(tokens: Sequence[Any], index: int) -> bool:
    """Whether a participle opens the sentence as a clause of its own ("Founded in 1981, the
    firm installed its first turbine in 2009": founded in 1981, installed in 2009)."""
    return (
        index == 0
        and tokens[0].tag_ == "VBN"
        and len(tokens) > 2
        and tokens[1].tag_ in ("IN", "RB")
        and any(t.text == "," for t in tokens[2:12])
    )


def _predicates(doc: Any, lemmatizer: Any, nouns: frozenset[str]) -> list[Predicate]:
    result: list[Predicate] = []
    index = 0
    tokens = list(doc)
    while index < len(tokens):
        token = tokens[index]
        tag = token.tag_  # read once: each read looks the tag's name up
        if tag in _FINITE or (
            tag == "VBN"  # what the three tests below need first
            and (
                _past_read_as_participle(tokens, index)
                or _fronted(tokens, index)
                or _aside(tokens, index)
            )
        ):
            head = token
            if token.lower_ in AUXILIARIES:
                # the verb an auxiliary governs: "has recently completed", "will not meet"
                for follower in tokens[index + 1 : index + 5]:
                    if follower.tag_ in _VERBAL:
                        head = follower
                        if follower.lower_ not in AUXILIARIES:
                            break
                    elif follower.tag_ not in _BETWEEN_AUXILIARY and follower.lower_ != "before":
                        break  # "has twice before sued": an adverb of time may come between
                if token.lower_ in _DO and head.tag_ in ("VBD", "VBZ"):
                    index += 1  # "Vale do Norte said": a word of a name, not "do" before a verb
                    continue
            if head.lower_ in _BE:
                head = _infinitive_after(tokens, head.i) or head
            if head.lower_ not in AUXILIARIES or (head is token and token.tag_ != "MD"):
                lemma = _lemma(head, lemmatizer, "VERB")
                tense = (
                    "past" if token.tag_ == "VBN" else _tense(token, tokens[token.i : head.i + 1])
                )
                result.append(Predicate(head.idx, head.idx + len(head.text), lemma, tense=tense))
            index = max(index, head.i) + 1
            continue
        verbs = [p for p in result if not p.nominal] if tag in ("VBN", "VB") else []
        if verbs and _coordinated_verb(tokens, index):
            # "returned in 1990 and settled there the following year": the tagger reads the
            # second verb as a participle or a base form; it is the first one's tense
            lemma = _lemma(token, lemmatizer, "VERB")
            end = token.idx + len(token.text)
            result.append(Predicate(token.idx, end, lemma, tense=verbs[-1].tense))
            index += 1
            continue
        if tag in ("NN", "NNS") and token.lower_ in nouns:
            result.append(
                Predicate(
                    token.idx, token.idx + len(token.text), _lemma(token, lemmatizer, "NOUN"), True
                )
            )
        index += 1
    return result
