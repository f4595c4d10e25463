"""The day an undated statement was made on: the news day, or the day the story tells when the
speaker was there (`timeline.events.statement_days`, `reports.said_in_the_week`)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.events.statement_days import (
    dates_a_statement,
    names_gathering,
    pronoun_speaks,
    quoted_today_of_the_story,
    quotes_its_day,
    said_at_that_time,
    said_at_the_gathering,
)
from timeline.sentences import Sentence
from timeline.temporal import Timex

from .helpers import news_events

PUBLISHED = date(2021, 4, 16)  # a Friday
THURSDAY = date(2021, 4, 15)


def _statement(text: str) -> tuple[str, date | None]:
    """The anchor and day of the row of `text`'s last sentence."""
    last = text.rsplit("\n\n", 1)[-1][:20]
    rows = [e for e in news_events(text, PUBLISHED) if e.sentence.startswith(last)]
    return rows[0].anchor, rows[0].date_start


def test_another_speaker_after_a_day_before_the_news_speaks_on_the_news_day() -> None:
    text = (
        "Brindle Appliances said on Thursday it was recalling 30,000 toasters.\n\n"
        "The Consumer Safety Office said it had received 12 reports of fires."
    )
    assert _statement(text) == ("published", PUBLISHED)
    text = (
        "A fire destroyed the Harrow Street depot on Thursday.\n\n"
        '"We lost everything we had built," said Tomas Orlov, the depot manager.'
    )
    assert _statement(text) == ("published", PUBLISHED)


def test_a_statement_at_a_gathering_the_story_told_of_is_made_that_day() -> None:
    text = (
        "The Lindale town council approved a new parking charge on Thursday.\n\n"
        "Mayor Petra Holm said the charge would pay for road repairs."
    )
    assert _statement(text) == ("inherited", THURSDAY)
    text = (
        "The Greywater school board voted to close Alder Primary on Thursday.\n\n"
        "Superintendent Rosa Vance told the board that enrolment had fallen."
    )
    assert _statement(text) == ("inherited", THURSDAY)


def test_the_speaker_of_the_day_goes_on_on_that_day() -> None:
    text = (
        "Brindle Appliances cut 400 jobs at its Leeds plant on Thursday.\n\n"
        "Brindle Appliances said the plant had lost money for three years."
    )
    assert _statement(text) == ("inherited", THURSDAY)
    text = (
        "Marta Keane resigned as chair of Harrow Rail on Thursday.\n\n"
        "She said the board had lost confidence in the plan."
    )
    assert _statement(text)[1] == THURSDAY


def test_a_noun_before_a_background_day_dates_no_statement() -> None:
    # "station" before a day of background is no "stated": the statement after it is news
    text = (
        "Harlow magistrates fined the delivery driver Tom Reyes $400 this morning.\n\n"
        "Reyes was stopped outside the Harlow bus station on April 12.\n\n"
        "Reyes told the court he had been working a double shift."
    )
    assert _statement(text) == ("published", PUBLISHED)
    text = (
        "Harlow magistrates fined the delivery driver Tom Reyes $400 this morning.\n\n"
        "Harlow police confirmed on April 12 that Reyes had been arrested.\n\n"
        "The police said Reyes had been driving at 50 mph."
    )
    assert _statement(text) == ("inherited", date(2021, 4, 12))


@given(
    st.sampled_from(["station", "Denmark", "Santiago", "notice", "Nottingham", "statistics"]),
    st.sampled_from(["on ", "last ", ""]),
)
def test_only_a_reporting_verb_dates_a_statement(word: str, joint: str) -> None:
    for before, expected in ((f"He was seen in {word} ", False), ("Ms Lund stated ", True)):
        text = f"{before}{joint}Friday that the plant would close."
        at = text.index("Friday")
        friday = Timex(at, at + 6, "Friday", "DATE", "2021-04-16")
        assert dates_a_statement(Sentence(0, len(text), text, 0), friday) is expected, text


def test_a_statement_whose_quotation_says_today_is_made_on_the_story_day() -> None:
    text = (
        "The Selwyn ferry sank off Port Amber on Thursday.\n\n"
        '"What happened today must never happen again," said Minister Ana Ruiz.'
    )
    assert _statement(text)[1] == THURSDAY


def test_a_quotation_s_today_is_the_story_s_day_before_the_news() -> None:
    text = (
        "The Harbour Line lost power for six hours on Thursday.\n\n"
        "The regulator said on Thursday night it would open an inquiry.\n\n"
        "The operator must refund its customers within a month.\n\n"
        '"What happened today is a disgrace," the regulator\'s chair, Ines Varga, said.'
    )
    assert _statement(text)[1] == THURSDAY
    # a period beside it that names no day leaves the speaker's day the story's
    text = (
        "Carn Vale beat Redmoor 24-10 on Thursday.\n\n"
        'Coach Ellis Rowe said afterwards: "We fought hard today after a poor first quarter."'
    )
    assert _statement(text)[1] == THURSDAY


def test_a_today_outside_a_quotation_or_beside_another_day_stays_the_news_day() -> None:
    text = (
        "The Harbour Line lost power for six hours on Thursday.\n\n"
        "The regulator said today it would open an inquiry."
    )
    assert _statement(text)[1] == PUBLISHED
    text = '"Today we start the inquiry," the regulator said on Friday.'
    sentence = Sentence(0, len(text), text, 0)
    today, friday = (_day(text, word, PUBLISHED) for word in ("Today", "Friday"))
    assert quoted_today_of_the_story(sentence, [today, friday], THURSDAY, PUBLISHED) == [
        today,
        friday,
    ]
    # nor when the story's day is the news day, or long before it
    for story in (PUBLISHED, date(2021, 4, 9)):
        assert quoted_today_of_the_story(sentence, [today], story, PUBLISHED) == [today]


def _day(text: str, word: str, day: date) -> Timex:
    start = text.index(word)
    return Timex(
        start,
        start + len(word),
        word,
        "DATE",
        day.isoformat(),
        granularity="day",
        date_start=day,
        date_end=day,
    )


def test_a_statement_under_a_day_heading_is_made_that_day() -> None:
    text = (
        "Business news this week.\n\nTHURSDAY\n\n"
        "Oakridge Credit Union said it will merge with Fenwick Savings next year."
    )
    assert _statement(text) == ("inherited", THURSDAY)


def test_add_with_an_amount_counts_rather_than_speaks() -> None:
    text = (
        "Carn Vale beat Redmoor 24-10 on Thursday.\n\n"
        "Winger Joel Tamsin added a second try after the break."
    )
    assert _statement(text) == ("inherited", THURSDAY)


def test_the_cues_read_whole_sentences() -> None:
    assert names_gathering("The minister told the committee that costs had doubled.")
    assert names_gathering("She spoke after the ceremony.")
    assert not names_gathering("The company said sales fell.")
    assert quotes_its_day('"This morning we found the bridge gone," Ruiz said.')
    assert not quotes_its_day("Ruiz said today that the bridge was gone.")
    assert pronoun_speaks("He said the plan would fail.")
    assert pronoun_speaks('"It will fail," she added.')
    assert not pronoun_speaks("Ruiz said he would resign.")


def _rows(text: str, published: date = PUBLISHED) -> list[tuple[str, date | None, str | None]]:
    """The anchor, day and precision of each row of `text`, in order."""
    return [(e.anchor, e.date_start, e.granularity) for e in news_events(text, published)]


def test_a_statement_made_then_takes_the_day_told_before_it() -> None:
    # stop 31: "then" after the reporting verb is the day of the sentence before, even a day
    # told after the lead's and before it (background), and whoever speaks
    text = (
        "Pellworth Foods cut its forecast on Thursday.\n\n"
        "Its chief executive, Ines Varga, had told investors on a call on Tuesday that sales "
        "were steady. Varga said then that the company would hire 300 people."
    )
    assert _rows(text)[-1] == ("inherited", date(2021, 4, 13), "day")


def test_a_statement_made_then_of_a_year_to_come_is_made_on_the_day_told_before() -> None:
    text = (
        "Pellworth Foods cut its forecast on Thursday.\n\n"
        "Its chief executive, Ines Varga, had told investors on a call on Tuesday that sales "
        "were steady. Varga said then that Pellworth Foods would open a plant in 2023."
    )
    statement, plan = _rows(text)[-2:]
    assert statement == ("inherited", date(2021, 4, 13), "day")
    assert plan == ("explicit", date(2023, 1, 1), "year")


def test_a_statement_made_at_the_time_takes_a_year_told_before_it() -> None:
    text = (
        "Lotte Brandis gave up the cello in 1979.\n\n"
        "She came back to the concert hall in 1994 with a run of six recitals.\n\n"
        '"I thought they had forgotten me," she told the Dunmore Herald at the time.'
    )
    assert _rows(text)[-1] == ("inherited", date(1994, 1, 1), "year")


def test_then_that_goes_on_or_counts_leaves_the_statement_on_the_news_day() -> None:
    for then in ("and then said", "said that since then"):
        text = (
            "Pellworth Foods cut its forecast on Thursday.\n\n"
            "Its chief executive, Ines Varga, had told investors on a call on Tuesday that "
            f"sales were steady. Varga {then} the company had hired 300 people."
        )
        assert _rows(text)[-1] == ("published", PUBLISHED, "day"), then


def test_then_after_a_sentence_with_no_date_borrows_no_older_one() -> None:
    text = (
        "Pellworth Foods cut its forecast on Tuesday.\n\n"
        "Ines Varga, its chief executive, spoke to investors on a call. Varga said then that "
        "sales were steady."
    )
    assert _rows(text)[-1][:2] != ("inherited", PUBLISHED)
    assert not said_at_that_time("Varga then said that sales were steady.")
    assert not said_at_that_time("Varga said that sales had risen until then.")
    assert said_at_that_time("Varga told Kestrel Radio then that sales were steady.")


@given(st.text(max_size=200))
def test_the_cues_never_raise(text: str) -> None:
    for cue in (
        names_gathering,
        quotes_its_day,
        pronoun_speaks,
        said_at_that_time,
        said_at_the_gathering,
    ):
        assert isinstance(cue(text), bool)


def test_a_statement_after_the_event_the_story_told_of_is_made_that_day() -> None:
    # "after the match", "afterwards": said at the event told of on Thursday, not to the
    # reporter on the news day
    for after in ("said after the match that", "told the Herald afterwards that"):
        text = (
            "Corran Rovers beat Dunmore Athletic 3-1 at Hallow Park on Thursday.\n\n"
            f"Coach Ilse Marek {after} the forwards had won it late."
        )
        assert _statement(text) == ("inherited", THURSDAY), after


def test_words_after_what_was_said_name_no_event_it_was_said_at() -> None:
    assert not said_at_the_gathering("Ilse Marek said pay rose after the strike ended.")
    assert not said_at_the_gathering("Ilse Marek said the board had chosen the quietest weeks.")
    assert not said_at_the_gathering("The Harbour Committee said it would meet again.")
    assert not said_at_the_gathering("Ilse Marek said that after the match the team ate.")
    assert said_at_the_gathering("Ilse Marek told reporters at a news conference that it rose.")
    assert said_at_the_gathering('"We held on," Ilse Marek told the Herald after the final.')
