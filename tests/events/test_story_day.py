"""The day a news story tells of: the lead's day, and days told after it from before it
(invented sentences, the real components)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tests.events.helpers import news_events, timex
from timeline.events.clock import on_the_story_day
from timeline.events.leads import STORY_DAYS, Lead
from timeline.sentences import Sentence

PUBLISHED = date(2025, 6, 18)  # a Wednesday; "Monday" is 16 June


def rows(text: str) -> list[tuple[str | None, str]]:
    return [(e.action, e.date_value) for e in news_events(text, PUBLISHED)]


def test_a_day_before_an_undated_lead_is_background_once_the_story_moves_on() -> None:
    text = (
        "Harlow Mills has closed its paper plant in Dunmore. "
        "Its board approved the closure at a meeting on Monday. "
        "Output at the plant fell 12% in 2024. "
        "Harlow Mills said the site would be sold."
    )
    said = [value for action, value in rows(text) if action == "say"]
    assert said == ["2025-06-18"]


def test_a_day_before_the_lead_dates_no_undated_sentence_after_it() -> None:
    text = (
        "Harlow Mills has closed its paper plant in Dunmore. "
        "Its board approved the closure at a meeting on Monday. "
        "Tom Reyes, its chief executive, said the site would be sold."
    )
    said = [value for action, value in rows(text) if action == "say"]
    assert said == ["2025-06-18"]


def test_a_statement_after_one_told_on_a_day_before_the_lead_goes_on_that_day() -> None:
    text = (
        "Harlow Mills has closed its paper plant in Dunmore. "
        "Tom Reyes confirmed on Monday that the site would be sold. "
        "Tom Reyes said the workers would be paid in full."
    )
    said = [value for action, value in rows(text) if action == "say"]
    assert said == ["2025-06-16"]


def test_a_statement_right_after_a_day_before_the_lead_is_news_of_the_day() -> None:
    """What a dated statement reports has its own date; the saying, like an undated one, is
    not dated by a background day told just before it: it is news of the day."""
    text = (
        "Harlow Mills has closed its paper plant in Dunmore. "
        "Its board approved the closure at a meeting on Monday. "
        "Tom Reyes, its chief executive, said output had fallen 12%."
    )
    assert rows(text)[-1:] == [("say", "2025-06-18")]
    # beside what it reports with a date of its own, the saying is no row (stop 37)
    dated = text.replace("12%.", "12% in 2024.")
    assert rows(dated)[-1:] == [("fall", "2024")] and "say" not in dict(rows(dated))


def test_the_lead_s_own_day_carries_on_past_a_year() -> None:
    text = (
        "Harlow Mills closed its paper plant in Dunmore on Monday. "
        "Output at the plant fell 12% in 2024. "
        "Harlow Mills said the site would be sold."
    )
    said = [value for action, value in rows(text) if action == "say"]
    assert said == ["2025-06-16"]


def test_a_date_line_before_the_lead_is_not_the_lead() -> None:
    """A stamp ("18 June 2025") is no lead: the lead is the first sentence of prose, and a day
    the lead inherits from the stamp is the lead's day."""
    text = (
        "18 June 2025\n\n"
        "Harlow Mills has closed its paper plant in Dunmore. "
        "Its board approved the closure at a meeting on Monday. "
        "Output at the plant fell 12% in 2024. "
        "Harlow Mills said the site would be sold."
    )
    said = [value for action, value in rows(text) if action == "say"]
    assert said == ["2025-06-18"]


def clocks(text: str) -> list[str]:
    return [e.date_value for e in news_events(text, PUBLISHED) if "T" in e.date_value]


def test_a_bare_clock_time_is_on_the_day_the_story_tells() -> None:
    text = (
        "Voters in Dunmore chose Tom Reyes as mayor on Monday. "
        "Polls opened at 7am and closed at 9pm."
    )
    assert clocks(text) == ["2025-06-16T07:00", "2025-06-16T21:00"]
    (opened, *_) = [e for e in news_events(text, PUBLISHED) if "T" in e.date_value]
    reason = "'7am' on the day the text told of before it -> Monday 16 June 2025"
    assert opened.date_reason == reason


def test_a_clock_that_says_its_day_or_describes_a_thing_stays() -> None:
    story = "Voters in Dunmore chose Tom Reyes as mayor on Monday. "
    assert clocks(story + "Tom Reyes will speak at 6pm today.") == ["2025-06-18T18:00"]
    said = "The council said in its 8 a.m. bulletin that Tom Reyes had won."
    assert clocks(story + said) == ["2025-06-18T08:00"]


def test_a_clock_after_a_present_perfect_stays_on_the_news_day() -> None:
    text = "Police have released images of a van at 3.27am."
    sentence = Sentence(0, len(text), text, 0)
    clock = timex("3.27am", text, "2025-06-18T03:27", PUBLISHED, "time", "TIME")
    monday = timex("Police", text, "2025-06-16", date(2025, 6, 16))
    assert on_the_story_day(sentence, clock, monday, PUBLISHED) is clock
    opened = "Police opened the road at 3.27am."
    clock = timex("3.27am", opened, "2025-06-18T03:27", PUBLISHED, "time", "TIME")
    moved = on_the_story_day(Sentence(0, len(opened), opened, 0), clock, monday, PUBLISHED)
    assert (moved.value, moved.date_start) == ("2025-06-16T03:27", date(2025, 6, 16))


def undated_rows(text: str) -> list[tuple[str | None, str, object]]:
    """The rows of a news story given without its publication date."""
    from timeline.actors import find_actors
    from timeline.documents import Document
    from timeline.events import build_events
    from timeline.sentences import split_sentences
    from timeline.syntax import load_tagger, predicates
    from timeline.temporal import tag

    doc = Document(id="n", text=text)
    tagger = load_tagger()
    events = build_events(
        doc,
        split_sentences(text),
        tag(text, None, narrative=False),
        find_actors([text])[0],
        lambda texts: predicates(tagger, texts),
    )
    return [(e.action, e.date_value, e.date_start) for e in events]


def test_without_the_publication_date_next_year_counts_from_an_unknown_day() -> None:
    text = (
        "Harlow Mills opened its plant in Dunmore in 2009, its chief said on Monday. "
        "Tom Reyes said last week the plant would close by the end of the summer."
    )
    found = undated_rows(text)
    assert ("open", "2009", date(2009, 1, 1)) in found
    assert ("close", "XXXX-SU", None) in found


def test_without_the_publication_date_that_winter_counts_from_the_text() -> None:
    text = (
        "Harlow Mills opened its plant in Dunmore in 2009, its chief said on Monday. "
        "That summer, Tom Reyes left it."
    )
    found = undated_rows(text)
    assert ("leave", "2009-SU", date(2009, 6, 1)) in found


def test_a_clock_before_a_part_of_the_day_stays_on_that_day() -> None:
    """ "reopened at 0600 this morning": the part of the day after the clock says its day."""
    for written in ("0600 this morning", "6am today", "06:00 this morning"):
        text = f"The bridge reopened at {written}."
        sentence = Sentence(0, len(text), text, 0)
        clock_text = written.split()[0]
        clock = timex(clock_text, text, "2025-06-18T06:00", PUBLISHED, "time", "TIME")
        monday = timex("The", text, "2025-06-16", date(2025, 6, 16))
        assert on_the_story_day(sentence, clock, monday, PUBLISHED) is clock


def test_a_clock_of_a_plan_is_on_the_day_ahead_the_sentence_before_told() -> None:
    text = (
        "Dunmore Primary will reopen on Monday 30 June after repairs. Classes will begin at 8.30am."
    )
    assert clocks(text) == ["2025-06-30T08:30"]


def test_a_clock_stays_on_the_news_day_after_a_day_that_describes_a_thing() -> None:
    text = (
        "Dunmore Air said it would decide on Friday's flights later. Tom Reyes will speak at 6pm."
    )
    assert clocks(text) == ["2025-06-18T18:00"]


def test_a_day_before_the_lead_does_not_date_a_statement_with_a_date_of_its_own() -> None:
    """A statement whose sentence has a date of its own for what was said ("would close next
    month") only sources it (stop 37): after a background day, as anywhere, it is no row, and
    what was said keeps its own date and the speaker."""
    text = (
        "Harlow Mills has closed its paper plant in Dunmore. "
        "Its board approved the closure at a meeting on Monday. "
        "Tom Reyes, its chief executive, said a second plant would close next month."
    )
    assert rows(text)[-1] == ("close", "2025-07")
    assert [value for action, value in rows(text) if action == "say"] == []


def test_a_statement_beside_now_after_a_background_day_is_news_of_the_day() -> None:
    text = (
        "Harlow Mills has closed its paper plant in Dunmore. "
        "Its board approved the closure at a meeting on Monday. "
        "Tom Reyes told reporters that the town could now attract other employers."
    )
    # "now" dates what was said: the news day; the telling only sources it (stop 37)
    assert rows(text)[-1] == ("attract", "PRESENT_REF")
    assert [value for action, value in rows(text) if action == "tell"] == []


def test_a_statement_after_one_told_on_a_background_day_keeps_that_day_with_a_date() -> None:
    text = (
        "Harlow Mills has closed its paper plant in Dunmore. "
        "Tom Reyes confirmed on Monday that the site would be sold. "
        "Tom Reyes said a buyer had been found."
    )
    said = [value for action, value in rows(text) if action == "say"]
    assert said == ["2025-06-16"]


def test_an_issue_stamp_that_ends_in_a_point_is_not_the_lead() -> None:
    """An archive's stamp ("Issue: Wednesday, June 18, 2025 — p. 3") is a date with a label, no
    lead: the lead is the first sentence of prose after it, and its "yesterday" the story's day
    (not a background day told after a lead of the 18th)."""
    text = (
        "Issue: Wednesday, June 18, 2025 — p. 3\n\n"
        "Tom Reyes told the council yesterday that Harlow Mills would close its plant. "
        "Tom Reyes said the workers had been told."
    )
    said = [value for action, value in rows(text) if action == "say"]
    assert said == ["2025-06-17"]


def _on(text: str, action: str) -> list[str]:
    return [value for verb, value in rows(text) if verb == action]


def test_after_a_background_day_what_happens_goes_on_on_the_lead_s_day() -> None:
    # the lead tells of yesterday; a day before it is background; the undated sentence after
    # it goes on on the story's day, not the publication day
    text = (
        "Corran Rovers beat Dunmore Athletic 3-1 yesterday at Hallow Park. "
        "The kick-off was delayed after heavy rain on Monday night. "
        "Striker Tomas Vey scored twice in the first half."
    )
    assert _on(text, "score") == ["2025-06-17"]


def test_a_lead_on_the_news_day_leaves_undated_news_on_it() -> None:
    text = (
        "Corran Rovers beat Dunmore Athletic 3-1 at Hallow Park. "
        "The kick-off was delayed after heavy rain on Monday night. "
        "Striker Tomas Vey scored twice in the first half."
    )
    assert _on(text, "score") == ["2025-06-18"]


def test_a_lead_long_before_the_news_is_no_story_day_for_what_follows() -> None:
    text = (
        "Corran Rovers beat Dunmore Athletic 3-1 on June 9 at Hallow Park. "
        "The kick-off was delayed after heavy rain on June 8. "
        "Striker Tomas Vey scored twice in the first half."
    )
    assert _on(text, "score") == ["2025-06-18"]


def test_how_things_stand_by_the_news_stays_on_the_news_day() -> None:
    # a present perfect, and what had happened before: not the lead's day
    text = (
        "Thieves took six clocks from the Orsay Museum yesterday. "
        "The alarm had failed during a storm on Sunday night. "
        "The Clockmakers' Guild has offered a reward of 5,000 francs."
    )
    assert _on(text, "offer") == ["2025-06-18"]


def test_a_statement_after_the_background_day_is_still_made_on_the_news_day() -> None:
    # another speaker's past statement, at no gathering: made to the reporter on the news day
    text = (
        "Thieves took six clocks from the Orsay Museum yesterday. "
        "The alarm had failed during a storm on Sunday night. "
        "The Clockmakers' Guild said the clocks were insured."
    )
    assert _on(text, "say") == ["2025-06-18"]


def test_a_statement_after_the_match_after_a_background_day_is_on_the_lead_s_day() -> None:
    # said at the story's event, right after it: on its day, not the publication day
    text = (
        "Corran Rovers beat Dunmore Athletic 3-1 yesterday at Hallow Park. "
        "The kick-off was delayed after heavy rain on Monday night. "
        "Coach Ilse Marek said after the match that the forwards had won it late."
    )
    assert _on(text, "say") == ["2025-06-17"]
    text = text.replace("yesterday", "on Saturday").replace("Monday", "Friday")
    assert _on(text, "say") == ["2025-06-14"]


def test_a_statement_after_the_match_under_a_lead_of_the_news_day_stays_on_it() -> None:
    text = (
        "Corran Rovers beat Dunmore Athletic 3-1 at Hallow Park. "
        "The kick-off was delayed after heavy rain on Monday night. "
        "Coach Ilse Marek said after the match that the forwards had won it late."
    )
    assert _on(text, "say") == ["2025-06-18"]


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(-10, 10),
    st.integers(0, 5),
)
def test_the_story_day_is_the_lead_s_day_only_just_before_the_news(
    published: date, back: int, after: int
) -> None:
    text = "Corran Rovers won the cup yesterday."
    day = published - timedelta(days=back)
    told = timex("yesterday", text, day.isoformat(), day)
    lead = Lead()
    lead.read(2, Sentence(0, len(text), text, 0), day, [told], told)
    got = lead.story_day(2 + after, published)
    assert (got is told) == (0 < back <= STORY_DAYS and after > 0)
