"""A standfirst (a one-sentence summary under the headline) repeats the lead: it is no second
row for the story's event, with or without its full stop; a lead is never taken for one."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import news_events


def _sentences(text: str, published: date) -> list[str]:
    title = text.split("\n", 1)[0]
    return [event.sentence for event in news_events(text, published, title=title)]


@pytest.mark.parametrize(
    ("text", "standfirst"),
    [
        (
            "Jury convicts two in bank fraud case\n\n"
            "Two former managers of Fenwick Savings face up to 20 years in prison after a jury "
            "found them guilty of fraud.\n\n"
            "A jury in Marlow on Thursday convicted two former managers of Fenwick Savings of "
            "fraud after a three-week trial.\n\n"
            "Sentencing is set for June 3.",
            "Two former managers",
        ),
        (
            "Tomas Brandt, engineer of rural bridges, dies at 91\n\n"
            "His timber bridges changed how a generation of engineers thought about country "
            "rivers.\n\n"
            "Tomas Brandt, an engineer whose timber bridges changed how country towns thought "
            "about their rivers, died on Sunday at his home in Keswick. He was 91.\n\n"
            "He was born in Aalborg in 1932.",
            "His timber bridges",
        ),
        (
            "Ferry firm cuts evening sailings\n\n"
            "May 07, 2009\n\n"
            "Kestrel Ferry Company blames a shortage of crew for the cuts to Dunmore sailings\n\n"
            "The Kestrel Ferry Company said on Tuesday it would cut its evening sailings to "
            "Dunmore because of a shortage of crew.\n\n"
            "Mayor Ellen Vask said she would meet the company on Friday.",
            "Kestrel Ferry Company blames",
        ),
    ],
)
def test_a_standfirst_that_repeats_the_lead_is_no_second_row(text: str, standfirst: str) -> None:
    sentences = _sentences(text, date(2009, 5, 7))
    assert not [s for s in sentences if s.startswith(standfirst)], sentences
    lead = text.split("\n\n")[-2] if "May 07" in text else text.split("\n\n")[2]
    assert any(s.startswith(lead[:25]) for s in sentences), (lead, sentences)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Ferry firm cuts evening sailings\n\n"
            "The Kestrel Ferry Company said on Tuesday it would cut its evening sailings to "
            "Dunmore.\n\n"
            "The Kestrel Ferry Company will cut four evening sailings a week from May, a "
            "spokesman said.",
            "The Kestrel Ferry Company said on Tuesday",
        ),
        (
            "Regional airline to cut jobs\n\n"
            "Skyward Regional Airlines cut about 300 jobs and retired 12 of its oldest "
            "planes.\n\n"
            "Skyward Regional Airlines said on Monday most of the jobs had been at its "
            "maintenance base in Denver.",
            "Skyward Regional Airlines cut",
        ),
        (
            "Council approves budget\n\n"
            "The Millbrook City Council approved a $48 million budget.\n\n"
            "Mayor Linda Park said on Thursday the budget would fund street repairs.",
            "The Millbrook City Council approved",
        ),
    ],
)
def test_a_lead_is_never_taken_for_a_standfirst(text: str, lead: str) -> None:
    sentences = _sentences(text, date(2009, 5, 7))
    assert any(s.startswith(lead) for s in sentences), sentences
