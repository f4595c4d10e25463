"""Which day a relative date counts from when a text carries more than one date line: an
item's own (a digest's paper, a monitor's broadcast, a message's header, a letter's date), not
the issue's publication date, which stays the issue's. Invented texts of each shape."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.documents import Document
from timeline.furniture import without_furniture
from timeline.pipeline import events_of
from timeline.reading import prepare
from timeline.temporal import Timex, tag
from timeline.temporal.section_days import line_day, section_days
from timeline.temporal.section_lines import EXAMPLE_ISSUE, SECTION_LINES

ISSUE = date(2033, 3, 11)  # a Friday

DIGEST = (
    "Nordic press review: a mill closes, dockers strike\n"
    "NORDIC PRESS REVIEW · Issue 412 · Friday, 11 March 2033\n\n"
    "Aamuposti, 7.3.2033: The Karhula paper mill closed yesterday after ninety years, the "
    "paper reports. Its owner said on Friday that the site would be sold.\n\n"
    "Vartija, 9.3.2033: Dock workers at Rauma walked out on Monday over overtime pay. The "
    "port's owners met the union's leaders this morning.\n\n"
    "Kaupunkisanomat, 10.3.2033: The city council voted last night to build a new tram line "
    "along the harbour front.\n"
)
MONITOR = (
    "Tarrow: curfew eased, students held\n"
    "MONITORING SUMMARY · PART 4 · WEST · No. 1407\n\n"
    "Radio Tarrow in English 2200 GMT 14 Nov 66\n"
    "The governor said today that the curfew would be lifted on Friday. Shops in the old "
    "town opened yesterday for the first time in a week.\n\n"
    "Tarrow home service in Vernese 0630 GMT 17 Nov 66\n"
    "Police arrested twelve students this morning outside the university gates.\n"
)
MAIL = (
    "Fwd: Kiln relining finished early\n"
    "From: Ana Ruiz <ana@quaywork.example>\n"
    "Sent: 14.03.2008 09:12\n"
    "To: Works council\n"
    "Subject: Fwd: Kiln relining finished early\n\n"
    "Colleagues, see below. The new shift rota for the kiln crews starts on Monday.\n\n"
    "-----Original Message-----\n"
    "From: Jo Lee <jo@quaywork.example>\n"
    "Sent: 10.03.2008 17:40\n"
    "Subject: Kiln relining finished early\n\n"
    "The relining of kiln 2 was finished yesterday, two days ahead of plan. The crew will "
    "fire it up again on Thursday.\n"
)
LETTERS = (
    "Letters to the Editor\n\n"
    "Tuesday, 3 March 1953\n"
    "Sir, — The council decided yesterday to close the Ash Street baths for good. Many of us "
    "learned to swim there.\n"
    "J. BRANDT, Tarrow.\n\n"
    "Thursday, 5 March 1953\n"
    "Sir, — At last night's meeting of the ratepayers' association, the baths were not even "
    "mentioned.\n"
    "M. OKAFOR, Eastmoor.\n"
)
CUTTING = (
    "HARBOUR PRESS CUTTINGS — FOLDER 1986/14\n"
    "Source: The Tarrow Echo, Thursday, 20 November 1986, p. 12\n\n"
    "The council spent yesterday afternoon discussing the harbour tunnel and its tolls.\n\n"
    "The new toll takes effect on Monday, the clerk said.\n"
)


SIGNED_LETTERS = (
    "Letters to the Editor\n\n"
    "Sir, — The council decided yesterday to close the Ash Street baths for good. Many of us "
    "learned to swim there.\n"
    "J. BRANDT, Tarrow, March 3.\n\n"
    "Sir, — At last night's meeting of the ratepayers' association, the baths were not even "
    "mentioned.\n"
    "M. OKAFOR, Eastmoor, March 5.\n"
)
REPLY = (
    "Re: Kiln relining\n\n"
    "Thanks, Jo. The crews will be told at the meeting this afternoon, after the shift change.\n\n"
    "On 10 March 2008, at 17:40, Jo Lee <jo@quaywork.example> wrote:\n"
    "The relining of kiln 2 was finished yesterday, two days ahead of the plan we set.\n"
)
REPRINT = (
    "From our archive: the baths close\n\n"
    "The council decided yesterday to close the Ash Street baths, the town clerk announced.\n\n"
    "This article first appeared in The Tarrow Echo on 3 March 1953.\n"
)
BRACKETED_MONITOR = (
    "Tarrow: curfew eased\n\n"
    "(Radio Tarrow, 14 November 1966, 2200 gmt)\n"
    "The governor said today that the curfew in the old town would be lifted at last.\n\n"
    "(Tarrow home service, 17 November 1966, 0630 gmt)\n"
    "Police arrested twelve students this morning outside the university gates.\n"
)


CAPITALS_DIGEST = (
    "Press review\n\n"
    "AAMUPOSTI (7 March): The Karhula paper mill closed yesterday after ninety years of work.\n\n"
    "VARTIJA (9 March): Dock workers at Rauma walked out on Monday over overtime pay.\n"
)


REVIEW = (
    "What the papers said this week\n\n"
    "The Karhula paper mill closed yesterday after ninety years, the paper reported. "
    "(Aamuposti, 6.3.2033)\n\n"
    "Dock workers at Rauma walked out on Monday over overtime pay, the paper said. "
    "(Vartija, 9.3.2033)\n"
)
MONITOR_FEET = (
    "Tarrow: curfew eased\n\n"
    "The governor said today that the curfew in the old town would be lifted at last.\n"
    "Source: Radio Tarrow, in English 2200 gmt 14 Nov 66\n\n"
    "Police arrested twelve students this morning outside the university gates.\n"
    "Source: Tarrow home service, in Vernese 0630 gmt 17 Nov 66\n"
)


def _found(text: str, published: date) -> dict[str, Timex]:
    """The expressions the stages read in `text`, by their words (`prepare`, no models)."""
    read = prepare(Document("d", text, published=published, published_source="user"))
    return {t.text: t for t in read.timexes}


def _day(timex: Timex) -> date | None:
    return timex.date_start if timex.date_start == timex.date_end else None


def test_every_shape_finds_its_examples() -> None:
    for shape in SECTION_LINES:
        for example in shape.examples:
            assert shape.date_words(example) is not None, (shape.name, example)
            assert line_day(example, EXAMPLE_ISSUE) is not None, (shape.name, example)


def test_a_digests_items_count_from_their_papers_dates() -> None:
    assert [day for _, day in section_days(DIGEST, ISSUE, without_furniture(DIGEST))] == [
        date(2033, 3, 7),
        date(2033, 3, 9),
        date(2033, 3, 10),
    ]
    found = _found(DIGEST, ISSUE)
    assert _day(found["yesterday"]) == date(2033, 3, 6)
    assert _day(found["Friday"]) == date(2033, 3, 4)  # the Friday before the 7th
    assert _day(found["Monday"]) == date(2033, 3, 7)
    assert _day(found["this morning"]) == date(2033, 3, 9)
    assert _day(found["last night"]) == date(2033, 3, 9)


def test_a_monitors_items_count_from_their_broadcasts() -> None:
    found = _found(MONITOR, date(1966, 11, 18))
    assert _day(found["today"]) == date(1966, 11, 14)
    assert _day(found["yesterday"]) == date(1966, 11, 13)
    assert _day(found["this morning"]) == date(1966, 11, 17)


def test_a_forwarded_message_counts_from_its_own_header() -> None:
    found = _found(MAIL, date(2008, 3, 14))
    assert _day(found["yesterday"]) == date(2008, 3, 9)
    assert _day(found["on Monday"] if "on Monday" in found else found["Monday"]) == date(
        2008, 3, 17
    )  # the forwarding message's own Monday, ahead of the 14th
    assert _day(found["Thursday"]) == date(2008, 3, 13)  # ahead of the 10th


def test_each_letter_counts_from_its_date() -> None:
    found = _found(LETTERS, date(1953, 3, 7))
    assert _day(found["yesterday"]) == date(1953, 3, 2)
    assert _day(found["last night"]) == date(1953, 3, 4)


def test_a_cutting_counts_from_its_source_line() -> None:
    found = _found(CUTTING, date(1986, 11, 21))  # filed the day after
    assert _day(found["yesterday afternoon"]) == date(1986, 11, 19)
    assert _day(found["Monday"]) == date(1986, 11, 24)


def test_letters_dated_at_their_foot_count_from_their_dates() -> None:
    found = _found(SIGNED_LETTERS, date(1953, 3, 7))
    assert _day(found["yesterday"]) == date(1953, 3, 2)
    assert _day(found["last night"]) == date(1953, 3, 4)


def test_a_quoted_message_counts_from_its_reply_head() -> None:
    found = _found(REPLY, date(2008, 3, 14))
    assert _day(found["this afternoon"]) == date(2008, 3, 14)  # the reply's own day
    assert _day(found["yesterday"]) == date(2008, 3, 9)


def test_a_reprint_counts_from_the_day_it_first_ran() -> None:
    assert _day(_found(REPRINT, date(2003, 3, 3))["yesterday"]) == date(1953, 3, 2)


def test_a_monitors_bracketed_source_lines() -> None:
    found = _found(BRACKETED_MONITOR, date(1966, 11, 18))
    assert _day(found["today"]) == date(1966, 11, 14)
    assert _day(found["this morning"]) == date(1966, 11, 17)


def test_papers_in_capitals_with_bracketed_days() -> None:
    """A paper's name in capitals is read as a dateline is: an item's only beside a second."""
    found = _found(CAPITALS_DIGEST, ISSUE)
    assert _day(found["yesterday"]) == date(2033, 3, 6)
    assert _day(found["Monday"]) == date(2033, 3, 7)
    one = CAPITALS_DIGEST[: CAPITALS_DIGEST.index("VARTIJA")]
    assert section_days(one, ISSUE, without_furniture(one)) == []


def test_a_reviews_items_closed_by_their_sources_in_brackets() -> None:
    found = _found(REVIEW, ISSUE)
    assert _day(found["yesterday"]) == date(2033, 3, 5)
    assert _day(found["Monday"]) == date(2033, 3, 7)


def test_a_monitors_items_over_their_source_lines() -> None:
    found = _found(MONITOR_FEET, date(1966, 11, 18))
    assert _day(found["today"]) == date(1966, 11, 14)
    assert _day(found["this morning"]) == date(1966, 11, 17)


HEADED_MONITOR = (
    "Tarrow: curfew eased in the old town\n"
    "Text of report by Radio Tarrow on 9 March\n\n"
    "The governor said today that the curfew in the old town would end at midnight.\n\n"
    "Shops in the market quarter opened yesterday for the first time in a week.\n\n"
    "Police patrols will stay on the main roads until the end of the month.\n"
    "Source: Radio Tarrow, Tarrow, in English 2200 GMT 8 Mar 33\n"
    "(c) Quay Monitoring 2033. Translated from Vernese; headings added by the monitor.\n"
)


def test_a_head_note_dates_its_item_and_the_closing_line_none() -> None:
    """A head note heads its item; the monitor's closing source line under it heads nothing
    (only where every date line is a foot are they read as feet)."""
    assert [day for _, day in section_days(HEADED_MONITOR, ISSUE)] == [date(2033, 3, 9)]
    assert _day(_found(HEADED_MONITOR, ISSUE)["yesterday"]) == date(2033, 3, 8)


def test_an_items_undated_sentence_is_reported_on_its_day() -> None:
    read = prepare(Document("d", DIGEST, published=ISSUE, published_source="user"))
    by_start = {c.sentence.text[:20]: c for c in read.candidates}
    assert by_start["The port's owners me"].news_day == date(2033, 3, 9)


def test_the_publication_date_stays_the_issues() -> None:
    read = prepare(Document("d", DIGEST, published=ISSUE, published_source="user"))
    assert read.story.published == ISSUE


def test_rows_say_which_date_line_they_count_from() -> None:
    doc = Document("d", MAIL, published=date(2008, 3, 14), published_source="user")
    row = next(e for e in events_of([doc]) if "finished yesterday" in e.sentence)
    assert row.date_start == date(2008, 3, 9)
    assert "the date line it stands under, Monday 10 March 2008" in (row.date_reason or "")


# What is no section: each alone counts from the publication date as before.
NOT_SECTIONS = (
    # a story's own dateline, a day before the metadata's date (the writing day's rule's)
    "TARROW, March 9 (Quay Wire) - The council voted yesterday to close the baths.\n",
    # a day heading alone: the page's stamp
    "Wednesday, 9 March 2033\nThe council voted yesterday to close the Ash Street baths.\n",
    # a masthead in capitals over the story
    "THE TARROW ECHO, WEDNESDAY, MARCH 9, 2033\nThe council voted yesterday to close the baths.\n",
    # a live page's clocks alone: its own rule's (`live_entries`)
    "22:05\nThe council voted yesterday to close the baths.\n\n"
    "21:30\nThe mayor said the baths would stay shut for good.\n",
    # an item dated after its issue is no item's line
    "Aamuposti, 14.3.2033: The council voted yesterday to close the baths for good.\n",
    # a paper and its date with no colon: a release's place and date
    "Basel, 9 March 2033\nThe council voted yesterday to close the Ash Street baths.\n",
    # weekdays alone over a week's items: a review's days are back, a programme's ahead
    "MONDAY\nThe council voted to close the Ash Street baths for the winter months.\n\n"
    "TUESDAY\nThe ratepayers' association met to protest against the closure of the baths.\n",
)


def test_what_is_no_section() -> None:
    for text in NOT_SECTIONS:
        assert section_days(text, ISSUE, without_furniture(text)) == [], text


_ITEM = (
    "{line}\nThe Karhula mill closed yesterday after ninety years of paper making.\n"
    "Dock workers at Rauma walked out on Monday over overtime pay.\n"
    "The union said its members last struck on 3 February, over the same pay claim.\n"
    "The port's owners expect a ruling next week, a spokeswoman for the owners said.\n"
)
_LINES = (
    lambda day: f"Aamuposti, {day.day}.{day.month}.{day.year}:",
    lambda day: f"Sent: {day:%d.%m.%Y} 09:12",
    lambda day: f"Radio Tarrow in English 2200 GMT {day.day} {day:%b %y}",
    lambda day: f"Date: {day:%a, %d %b %Y} 09:14:55 -0400",
)


@settings(max_examples=40, deadline=None)
@given(
    issue=st.dates(date(1955, 1, 1), date(2045, 12, 31)),
    back=st.tuples(st.integers(0, 400), st.integers(0, 400)),
    shapes=st.tuples(st.integers(0, len(_LINES) - 1), st.integers(0, len(_LINES) - 1)),
)
def test_an_item_counts_from_its_own_date_line(
    issue: date, back: tuple[int, int], shapes: tuple[int, int]
) -> None:
    """For any issue and any two item days on or before it, each item's "yesterday", "on
    Monday", yearless day and "next week" are what they are in a text written on its day."""
    days = [issue - timedelta(days=n) for n in back]
    items = [_ITEM.format(line=_LINES[shape](day)) for shape, day in zip(shapes, days, strict=True)]
    text = "PRESS REVIEW · ISSUE 412\n\n" + "\n".join(items)
    read = prepare(Document("d", text, published=issue, published_source="user"))
    offset = 0
    for item, day in zip(items, days, strict=True):
        start = text.index(item, offset)
        offset = start + len(item)
        body = item[item.index("\n") + 1 :]
        alone = {t.text: (t.value, t.date_start, t.date_end) for t in tag(body, day)}
        base = start + item.index("\n") + 1
        here = {
            t.text: (t.value, t.date_start, t.date_end)
            for t in read.timexes
            if base <= t.start < offset
        }
        for words in ("yesterday", "Monday", "3 February", "next week"):
            assert here.get(words) == alone.get(words), (words, day, issue)
