"""A service's notes on itself and the credits for making its copy (issue 13, stop 43): who
prepared, checked, monitored or covered it, with a role and terms after; its team and its times,
a call for tips, what it is for, how often it is issued, whom it is circulated to, a charity's
registration, a forwarded mailing's call, a circled copyright sign; a file photo's caption by
what it is of; a small ad; a travel page's practical box; a broadcast's "Air date" stamp. The
story's sentences in the same words keep their rows. Every line here is invented
(`tests/furniture_service_forms.py` draws more of them)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from timeline.furniture.service_notes import SERVICE_RULES

from .furniture_forms import FORMS, article, covered, sentence_days
from .furniture_service_forms import maker_credit, service_note

_KINDS = ("maker credit", "service note", "file photo", "small ad", "page stamp", "practical box")


@pytest.mark.parametrize(
    "line",
    [
        "Prepared by: K. Mensah, Forecaster. Checked by: A. Nair, Deputy Director.",
        "Air date: Friday, May 3, 1996. Monitored and transcribed by Quay Monitoring Ltd. Not "
        "for resale.",
        "Transcribed by Tarrow Captioning Services. This transcript may not be in its final form.",
        "Coverage by the Quay Post politics team in Tarrow and Leith. Times are local time.",
        "Our reporters in Tarrow are following the strike. Send tips via the form below.",
        "This summary is for information only. Warnings are updated every three hours.",
        "Circulated to members and friends. Please pass it on when read.",
        "Tarrow Mission — Registered Charity. Gifts to the Treasurer, 4 Mill Lane, Leith 6.",
        "Forwarded this? Sign up at quay.example/letter. © 2025 The Quay Institute, Tarrow.",
        "ⓒ Harbour News Agency.",
        "A 2021 file photo of the ferry terminal at Leith. (Quay Post)",
        "WANTED, strong boy for the bakery, early starts. Apply Mr. Ruiz, 12 Quay Street.",
        "Getting there: Coastal Airways flies daily to Tarrow from Leith and Kestrel Bay.",
    ],
)
def test_a_service_s_own_line_is_furniture_and_gives_no_row(line: str) -> None:
    for place in ("head", "foot"):
        text, _ = article(line, place)
        assert covered(line, place), (line, place)
        assert not any(line[:30] in sentence for sentence, _ in sentence_days(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Checked by customs officers on Monday, the lorry was found to carry stolen cars.",
        "Our team won the harbour cup on Monday.",
        "Forecasts were issued on Monday for the whole of the coast.",
        "Times are hard for the ferry company, its chief said on Monday.",
        "Circulated among ministers on Monday, the memo warned of cuts.",
        "Wanted posters for the two men went up on Monday.",
        "Send in the troops, the mayor urged the minister on Monday.",
        "A photo of the mayor at the quay was shared widely on Monday.",
        "Getting there on Monday took the climbers nine hours.",
    ],
)
def test_a_story_sentence_in_those_words_keeps_its_row(sentence: str) -> None:
    text, _ = article(sentence, "between")
    assert (sentence, "2025-03-03") in sentence_days(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The next edition of the festival will be held on Monday, the organisers said.",
        "The next situation report will be issued on Monday.",
    ],
)
def test_a_story_s_next_issue_keeps_its_row(sentence: str) -> None:
    text, _ = article(sentence, "between")
    assert sentence in {said for said, _ in sentence_days(text)}


def test_each_rule_takes_its_examples() -> None:
    for rule in SERVICE_RULES:
        assert all(rule.test(example) for example in rule.examples), rule.name


@given(line=maker_credit())
@settings(max_examples=30, deadline=None)
def test_every_drawn_maker_credit_is_covered(line: str) -> None:
    assert covered(line, "head") and covered(line, "foot"), line


@given(line=service_note())
@settings(max_examples=30, deadline=None)
def test_every_drawn_service_note_is_covered(line: str) -> None:
    assert covered(line, "foot"), line


@pytest.mark.parametrize("kind", _KINDS)
def test_the_kinds_are_drawn(kind: str) -> None:
    assert kind in FORMS
