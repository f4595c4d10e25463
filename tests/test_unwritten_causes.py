"""Missing unwritten gold actors by form and by the step that lost them
(`benchmarks/unwritten_causes.py`): invented verdicts and invented traces."""

from __future__ import annotations

import doctest
from collections import defaultdict

from hypothesis import given
from hypothesis import strategies as st

from benchmarks import unwritten_causes
from benchmarks.unwritten_causes import Missing, Trace, cause, form_of, missing, report
from timeline.actors import ActorMention

from .verdicts import verdict

TEXT = "Tarn Mills cut jobs. The company expects sales to rise. It said so. Prices rose."


def _trace(**steps: dict[str, set[str]]) -> Trace:
    """The invented article's trace: "Tarn Mills" an organisation, each sentence's start,
    and the names each step gave a sentence (`told`, `before_veto`, `after_veto`)."""
    record = Trace(
        [ActorMention(0, 10, "Tarn Mills", "Tarn Mills", "organisation")],
        TEXT,
        {"The company expects sales to rise.": 21, "It said so.": 56, "Prices rose.": 68},
    )
    for step, names in steps.items():
        table: defaultdict[str, set[str]] = defaultdict(set)
        for sentence in record.sentence_start:
            table[sentence] = set(names.get(sentence, set()))
        setattr(record, step, table)
    return record


def test_each_step_that_loses_the_referent_is_its_cause() -> None:
    company, names = "The company expects sales to rise.", {"tarn mills"}
    assert cause(_trace(), company, names, "the+company") == "unresolved"
    told = {company: names}
    assert cause(_trace(told=told), company, names, "the+company") == "dropped:rows"
    rows = _trace(told=told, before_veto=told)
    assert cause(rows, company, names, "the+company") == "dropped:veto"
    kept = _trace(told=told, before_veto=told, after_veto=told)
    assert cause(kept, company, names, "the+company") == "dropped:other"


def test_a_referent_never_named_before_has_no_candidate() -> None:
    record = _trace()
    assert cause(record, "It said so.", {"vell"}, "it") == "no-candidate:never-found"
    # named before, of a type "it" stands for: a candidate no rule took
    assert cause(record, "It said so.", {"tarn mills"}, "it") == "unresolved"
    # named only after the sentence
    record.mentions.append(ActorMention(69, 75, "Vell", "Vell", "organisation"))
    assert cause(record, "It said so.", {"vell"}, "it") == "no-candidate:after"
    # "he" for a name the product typed an organisation
    assert cause(record, "It said so.", {"tarn mills"}, "he/she") == "no-candidate:typed"
    # a sentence not read again
    assert cause(record, "Another sentence.", {"tarn mills"}, "it") == "untraced"


def test_the_forms_of_the_brief() -> None:
    assert form_of("He died last Thursday.", "person") == ("pronoun@open", "he/she")
    assert form_of("Sales fell, and it cut jobs.", "organisation")[0] == "pronoun@inside"
    assert form_of("Their plant closed.", "organisation")[0] == "possessive"
    assert form_of("The Group also said so.", "organisation")[0] == "the+company"
    assert form_of("The brewery was founded in 1672.", "organisation")[0] == "the+descriptor"
    assert form_of("The committee heard that costs rose.", "organisation")[0] == ("the+descriptor")
    assert form_of('"Costs rose last year."', "person")[0] == "quotation-speaker"
    assert form_of("Two bridges were opened in 1932.", "organisation")[0] == "implicit"


def test_only_missing_unwritten_actors_and_the_table_counts_them() -> None:
    rows = [
        # written: no referent
        verdict("Tarn Mills cut jobs.", [("Tarn Mills", "organisation")], [["tarn mills"]]),
        # unwritten and held by the row: not missing
        verdict("It said so.", [("Tarn Mills", "organisation")], [["tarn mills"]]),
        # unwritten and missing
        verdict("The company expects sales to rise.", [], [["tarn mills"]]),
        # a capitalised word of the name: a short form, not a referent
        verdict("Tarn expects sales to rise.", [], [["tarn mills"]]),
    ]
    found = list(missing({"outlets_invented": rows}))
    assert [item.verdict["sentence"] for item in found] == ["The company expects sales to rise."]
    found[0].form, found[0].cause = "the+company", "unresolved:nothing"
    extra = Missing("outlets_invented", rows[1], {"vell"}, "pronoun@open", "unresolved:another")
    lines = report([found[0], extra, extra])
    assert lines[1].split()[:2] == ["pronoun@open", "2"]
    assert lines[-1].split()[:2] == ["all", "3"]


@given(st.text(max_size=80), st.sampled_from(["", "person", "organisation", "location"]))
def test_every_sentence_has_one_form_of_the_brief(text: str, kind: str) -> None:
    form, raw = form_of(text, kind)
    assert form in {
        "pronoun@open",
        "pronoun@inside",
        "possessive",
        "the+company",
        "the+descriptor",
        "quotation-speaker",
        "I/we",
        "implicit",
    }
    assert (raw == "") == (form == "implicit" or (form == "quotation-speaker" and raw != "I/we"))


def test_doctests() -> None:
    assert doctest.testmod(unwritten_causes).failed == 0
