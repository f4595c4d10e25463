"""A page's words on itself (issue 13, stop 42): a newsletter's or a programme's sentences on
what it is and when it comes, a live page's and a paywall's own lines, a broadcaster's pointers
to its other programmes, an archive's note on its copy, an agency's filing codes, a weather box;
and a correction's day, which heads no section of the story under it. The story's sentences in
the same words keep their rows.

A caption credited to the paper's file picture after its stop, an archive's copy without its
picture, a publisher's imprint, terms and offers of interviews (`timeline.furniture.imprint_lines`)
are furniture too. Every line here is invented (`tests/furniture_page_forms.py` draws more of
them)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from timeline.furniture.own_voice import OWN_VOICE_RULES

from .furniture_forms import FORMS, article, covered, sentence_days
from .furniture_page_forms import self_reference

_KINDS = ("live entry", "listen", "paywall", "agency code", "scan note", "contents", "self")
_KINDS += ("file picture", "imprint")


@pytest.mark.parametrize(
    "line",
    [
        "Good morning from Tarrow. This week: the pier vote, and who pays for it.",
        "In today's brief: fares, the quay, and what the board wants from the port.",
        "You're reading the Quay Letter, our Friday guide to the harbour. Forwarded this email? "
        "Sign up at the link below.",
        "Good morning. This is the last full briefing of the year; a short edition follows on "
        "4 January.",
        "Good morning. Here is what the coast papers are saying on this Thursday.",
        "What the Tarrow business pages say this morning.",
        "That was the press review. Next: the news in English at 08:00.",
        "ALSO ON QUAY RADIO: Fares to fall from March 16, regulator says",
        "Also watch: Our reporter rides the first ferry from Tarrow at 6 a.m.",
        "Scanned from microfilm, reel 88. Some words are illegible.",
        "09.12 GMT Key events",
        "You have 2 free articles left this month.",
        "The old pier at Tarrow under repair in May 1971. — Courier file picture.",
        "Photograph not reproduced in this copy: The Tarrow choir at the opening, 1951.",
        "Authorised and published by the Tarrow Council, 4 Quay Street, Tarrow.",
        "Subscription rates: $3.00 a year at home; $5.00 abroad.",
        "Reproduction permitted with credit to the bulletin.",
        "The harbour master is available for interviews at the quay until 16.00.",
        "Got a question? Write to Quay Desk, P.O. Box 40, Tarrow. Letters cannot be answered.",
    ],
)
def test_a_page_s_own_line_is_furniture_and_gives_no_row(line: str) -> None:
    text, _ = article(line, "head")
    assert covered(line, "head"), line
    assert not any(line[:30] in sentence for sentence, _ in sentence_days(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "This week: we sail to Leith on Monday, and the crew is ready.",
        "This is the last ferry of the year, the captain said on Monday.",
        "You have three days left to register, the council said on Monday.",
        "Also on the ballot on Monday: a tax on ferries for the harbour fund.",
        "Scanned by the coastguard on Monday, the wreck lay in forty metres of water.",
        "Listeners to the station heard the mayor resign on Monday.",
        "Printed by the Quay Press on Monday, the pamphlet sold out within hours.",
        "Reproduction of the mural was halted on Monday after a complaint.",
        "The minister was not available for comment on Monday.",
    ],
)
def test_a_story_sentence_in_those_words_keeps_its_row(sentence: str) -> None:
    text, _ = article(sentence, "between")
    assert (sentence, "2025-03-03") in sentence_days(text)


def test_a_correction_s_day_heads_no_section() -> None:
    line = "Correction (June 5): An earlier version of this article gave the wrong ward."
    text, _ = article(line, "head")
    days = sentence_days(text)
    assert (
        "The council approved the harbour plan on Monday after a long debate.",
        "2025-03-03",
    ) in (days)


def test_each_rule_takes_its_examples() -> None:
    for rule in OWN_VOICE_RULES:
        assert all(rule.test(example) for example in rule.examples), rule.name


@given(line=self_reference())
@settings(max_examples=30, deadline=None)
def test_every_drawn_self_reference_is_covered(line: str) -> None:
    assert covered(line, "head") and covered(line, "foot"), line


@pytest.mark.parametrize("kind", _KINDS)
def test_the_kinds_are_drawn(kind: str) -> None:
    assert kind in FORMS
