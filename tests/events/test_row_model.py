"""The learned keep/drop of a sentence's extra rows (`timeline.events.row_model`, its features
in `timeline.events.row_features`): invented sentences through the real components, and the
rules it holds for all rows (never a sentence's only row, never all its rows, no open-class
word among its features)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.bench_outlets import GoldEvent, parse_gold_date
from benchmarks.train_row_model import gold_gap, labelled, misdated_row
from tests.events.helpers import news_events
from timeline.events import row_model
from timeline.events.event import Event
from timeline.events.row_features import closed_words, row_features
from timeline.events.row_model import (
    MODEL_FILE,
    NONEVENT_FILE,
    NONEVENT_THRESHOLD,
    THRESHOLD,
    judged_rows,
    no_event_probability,
)
from timeline.linear_models import shipped_model
from timeline.sentences import Sentence
from timeline.syntax import Predicate

PUBLISHED = date(2019, 6, 5)  # a Wednesday


def rows(text: str) -> list[tuple[str | None, str]]:
    return [(e.action, e.date_value) for e in news_events(text, PUBLISHED)]


def test_a_background_clause_beside_a_plan_gives_no_row() -> None:
    """ "as it has since 1996" tells how long a thing has stood, not what happened: its row
    goes; the statement and the plan it reports keep theirs."""
    text = (
        "Tom Vale said on Friday that the Lorvale ferry would keep running through the "
        "summer, as it has since 1996."
    )
    found = rows(text)
    assert ("say", "2019-05-31") in found
    assert ("keep", "2019-SU") in found
    assert all(value != "1996" for _, value in found)


def test_a_quoted_season_in_what_was_told_gives_no_row() -> None:
    """A season in the speaker's quoted words ("another winter") is no time anything happened."""
    text = (
        'Tom Vale told the Harbour Board on Tuesday that the quay could not wait "another '
        'winter" for repairs.'
    )
    assert rows(text) == [("tell", "2019-06-04")]


def test_two_events_of_one_sentence_both_keep_their_rows() -> None:
    assert rows(
        "The Harbour Board fined Velgrove Shipping on Monday and suspended its licence on "
        "Wednesday."
    ) == [("fin", "2019-06-03"), ("suspend", "2019-06-05")]
    assert rows(
        "Velgrove Shipping was fined in March, and the Harbour Board suspended its licence in May."
    ) == [("fin", "2019-03"), ("suspend", "2019-05")]


def test_a_founding_year_of_a_relative_clause_stays_below_the_threshold() -> None:
    """The model drops a row only at a high probability: "who founded ... in 1998" is history
    the golds often keep."""
    found = rows("Mia Cole, who founded Velgrove Shipping in 1998, stepped down on Monday.")
    assert ("found", "1998") in found and ("step", "2019-06-03") in found


# --- for all rows ----------------------------------------------------------------------------

TEXT = "Ada Roe said on Monday that the depot would close next year, as planned since 2009."


def _row(written: str, day: date, span: int, action: str, number: int) -> Event:
    start = TEXT.index(written)
    return Event(
        f"e{number}", "d", TEXT, 0, len(TEXT), 0, "explicit", day, day + timedelta(days=span),
        "day" if span == 0 else "year", written, day.isoformat(), start, start + len(written),
        ("Ada Roe",), ("person",), action,
    )  # fmt: skip


_WRITTEN = ("Monday", "next year", "2009")
_ROWS = st.lists(
    st.tuples(
        st.sampled_from(_WRITTEN),
        st.dates(date(1990, 1, 1), date(2030, 1, 1)),
        st.sampled_from((0, 364)),
        st.sampled_from(("say", "close", "plan", None)),
    ),
    min_size=1,
    max_size=4,
)


@given(_ROWS, st.floats(0.0, 1.0), st.booleans(), st.booleans())
@settings(max_examples=60, deadline=None)
def test_a_sentence_keeps_one_written_row_at_least(
    drawn: list[tuple[str, date, int, str | None]],
    threshold: float,
    undated: bool,
    news_day: bool,
) -> None:
    """Whatever the threshold: a sentence's only written date is never judged, its undated
    rows and those dated by the news day are kept, and of its written rows one at least
    stays."""
    made = [_row(*each, number) for number, each in enumerate(drawn)]
    if undated:
        made.append(Event("u", "d", TEXT, 0, len(TEXT), 0, "vague", None, None, None, "", "",
                          None, None, (), (), None))  # fmt: skip
    if news_day:
        made.append(Event("p", "d", TEXT, 0, len(TEXT), 0, "published", PUBLISHED, PUBLISHED,
                          "day", "", PUBLISHED.isoformat(), None, None, (), (), "say"))  # fmt: skip
    sentence = Sentence(0, len(TEXT), TEXT, 0)
    verbs = [Predicate(8, 12, "say", tense="past"), Predicate(41, 46, "close", tense="modal")]
    kept = judged_rows(sentence, made, verbs, PUBLISHED, threshold)
    written = [row for row in made if row.date_text_start is not None]
    assert [row for row in kept if row.date_text_start is not None]
    assert all(row in kept for row in made if row.date_text_start is None)
    if len(written) == 1:
        assert kept == made


#: The parts of a feature's name that are words of the sentence: after "before1=", "gap:" ...
_WORDS_NAMED = re.compile(r"(?:before[12]=|after1=|gap:|preverb:|opener=|dateopener=)([^|]+)")
#: What a word of the sentence that is no closed-class word is named as: its shape, or none.
_CLASSES = frozenset({"w", "C", "D", ".", "^", "$", "main"})
_WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=9)


@given(st.lists(_WORD, min_size=3, max_size=12), st.booleans())
@settings(max_examples=60, deadline=None)
def test_no_feature_names_an_open_class_word(words: list[str], capital: bool) -> None:
    """Whatever words a sentence writes, a feature names only closed-class words, marks, the
    shapes of the other words, tenses, kinds of dates and orders: it cannot learn a story."""
    opened = [word.capitalize() if capital and n % 2 else word for n, word in enumerate(words)]
    text = f"{' '.join(opened)} on Monday and in 2009."
    sentence = Sentence(0, len(text), text, 0)
    monday = text.index("Monday")
    year = text.index("2009")
    made = [
        Event("a", "d", text, 0, len(text), 0, "explicit", date(2019, 6, 3), date(2019, 6, 3),
              "day", "Monday", "2019-06-03", monday, monday + 6, (), (), words[0]),
        Event("b", "d", text, 0, len(text), 0, "explicit", date(2009, 1, 1), date(2009, 12, 31),
              "year", "2009", "2009", year, year + 4, (), (), words[-1]),
    ]  # fmt: skip
    verbs = [Predicate(0, len(opened[0]), words[0], tense="past")]
    for row in made:
        found = row_features(sentence, row, made, verbs, PUBLISHED)
        for key in found:
            for named in _WORDS_NAMED.findall(key):
                for word in named.split(" "):
                    assert word in closed_words() or word in _CLASSES or not word.isalnum(), key
        assert 0.0 <= no_event_probability(found) <= 1.0


def test_the_threshold_is_high() -> None:
    """A row goes only when the model is sure: far above the share of extra rows that are no
    event (about one in six on the train sets)."""
    assert THRESHOLD >= 0.5


# --- the non-event model: trained on rows no gold date is near --------------------------------


def test_how_long_a_figure_has_grown_beside_a_statement_gives_no_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "had tripled since 1990" tells the span a figure grew over, no event of 1990: the first
    model is unsure of it (it also learnt events dated wrongly), the non-event model drops it;
    the statement keeps its day."""
    text = "Ada Roe said yesterday that ticket sales had tripled since 1990."
    assert rows(text) == [("say", "2019-06-04")]
    monkeypatch.setattr(row_model, "NONEVENT_THRESHOLD", 1.01)
    assert any(value == "1990" for _, value in rows(text))


def test_the_non_event_model_drops_only_what_it_finds_likelier_no_event() -> None:
    """The second model drops beside the first only a row it finds more likely a non-event
    than an event (stop 47: 0.6, chosen by writer order once it was trained on 115 sets; the
    first model, which also learnt events dated wrongly, still needs to be surer)."""
    assert 0.5 <= NONEVENT_THRESHOLD <= THRESHOLD


def test_how_long_a_plan_was_held_up_beside_its_new_day_gives_no_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "delayed since 2016" tells how long a thing waited, no event of 2016: the non-event
    model, trained on 115 sets, drops it at stop 47's threshold (0.6; it scored 0.699 on the
    helper's branch, 0.70 to 0.75 once trained again on the merged pipeline); the statement and
    the day the quay opens keep their rows, and the row is the non-event model's to drop."""
    text = (
        "The Harbour Board said on Monday that the new quay, delayed since 2016, will open "
        "on March 2."
    )
    assert rows(text) == [("say", "2019-06-03"), ("open", "2020-03-02")]
    monkeypatch.setattr(row_model, "NONEVENT_THRESHOLD", 1.01)  # the model drops nothing
    assert any(value == "2016" for _, value in rows(text))


@pytest.mark.parametrize("name", [MODEL_FILE, NONEVENT_FILE])
def test_a_shipped_model_names_no_open_class_word(name: str) -> None:
    """Every weight of a shipped model names closed-class words, marks, shapes, tenses, date
    kinds or orders: neither model can have learnt a company, a person or a place."""
    weights, _ = shipped_model(name)
    assert weights
    for key in weights:
        for named in _WORDS_NAMED.findall(key):
            for word in named.split(" "):
                assert word in closed_words() or word in _CLASSES or not word.isalnum(), key


def _gold(*dates: str | None) -> GoldEvent:
    return GoldEvent("Ada Roe", tuple(parse_gold_date(d) for d in dates), (), False, False, ())


def test_a_row_near_a_gold_date_of_its_sentence_is_a_misdated_event() -> None:
    """How far a row lies from its sentence's gold dates, at any precision: a day a week after
    the gold's is a misdated event, a year that holds the gold's day overlaps it, a founding
    year decades before is no event; a sentence whose events have no day gives no distance."""
    events = [_gold("2019-06-03"), _gold("2019-W23")]
    monday, week_later = date(2019, 6, 3), date(2019, 6, 17)
    assert gold_gap(week_later, week_later, events) == 8  # the week ends on 9 June
    assert gold_gap(date(2019, 1, 1), date(2019, 12, 31), events) == 0
    assert gold_gap(date(1996, 1, 1), date(1996, 12, 31), events) > 31 * 12 * 20
    assert gold_gap(monday, monday, [_gold(None)]) is None


def test_only_a_row_no_gold_date_is_near_is_labelled_no_event() -> None:
    """The labels: a row that fits keeps 0; a row far from every gold date is no event (1); a
    misdated event is kept (0), dropped (1) or left out, as asked; without `near` the stop 40
    label (any row that fits no gold event) stands."""
    fits = {"no_event": 0, "gap": None}
    far = {"no_event": 1, "gap": 4000}
    misdated = {"no_event": 1, "gap": 7}
    rows = [fits, far, misdated]
    assert [row["no_event"] for row in labelled(rows, 31, "keep")] == [0, 1, 0]
    assert [row["no_event"] for row in labelled(rows, 31, "drop")] == [0, 1, 1]
    assert labelled(rows, 31, "skip") == [fits, far]
    assert labelled(rows, None, "keep") == rows
    assert misdated_row(misdated, 31) and not misdated_row(far, 31)
