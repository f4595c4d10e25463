"""Events from sentences, expressions and actors: anchors, inheritance, evidence, ids."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.actors import ActorMention
from timeline.documents import Document
from timeline.events import Event, build_events, event_id, is_boilerplate, merge_names
from timeline.sentences import split_sentences
from timeline.temporal import Timex


def _timex(
    text: str,
    full: str,
    value: str,
    day: date | None,
    granularity: str | None = "day",
    type_: str = "DATE",
) -> Timex:
    start = full.index(text)
    return Timex(
        start=start,
        end=start + len(text),
        text=text,
        type=type_,
        value=value,
        granularity=granularity,
        date_start=day,
        date_end=day,
    )


def _mention(
    name: str, full: str, surface: str | None = None, type_: str = "person"
) -> ActorMention:
    surface = surface or name
    start = full.index(surface)
    return ActorMention(start=start, end=start + len(surface), text=surface, name=name, type=type_)


TEXT = (
    "Blinken met Sudani on Monday. The pair renewed a pact.\n\n"
    "Austin spoke recently. He left.\n\n"
    "Copyright 2023 Example News."
)
DOC = Document(id="doc", text=TEXT)


def _events() -> list[Event]:
    timexes = [
        _timex("Monday", TEXT, "2023-10-23", date(2023, 10, 23)),
        _timex("recently", TEXT, "PAST_REF", None, None),
        _timex("2023", TEXT, "2023", date(2023, 1, 1), "year"),
    ]
    mentions = [
        _mention("Antony Blinken", TEXT, "Blinken"),
        _mention("Mohammed Shia Al-Sudani", TEXT, "Sudani"),
        _mention("Lloyd Austin", TEXT, "Austin"),
    ]
    return build_events(DOC, split_sentences(TEXT), timexes, mentions)


def test_explicit_inherited_and_vague_anchors() -> None:
    events = _events()
    assert [(e.sentence, e.anchor) for e in events] == [
        ("Blinken met Sudani on Monday.", "explicit"),
        ("The pair renewed a pact.", "inherited"),
        ("Austin spoke recently.", "vague"),
    ]
    met, renewed, spoke = events
    assert met.actors == ("Antony Blinken", "Mohammed Shia Al-Sudani")
    assert met.date_start == met.date_end == date(2023, 10, 23)
    assert renewed.date_start == date(2023, 10, 23)
    assert renewed.date_text == "Monday"
    assert spoke.date_start is None and spoke.granularity is None
    assert spoke.date_value == "PAST_REF"


def test_evidence_offsets_slice_the_text() -> None:
    for event in _events():
        assert TEXT[event.sentence_start : event.sentence_end] == event.sentence
        assert event.date_text_start is not None and event.date_text_end is not None
        assert TEXT[event.date_text_start : event.date_text_end] == event.date_text


def test_copyright_line_is_never_an_event() -> None:
    assert is_boilerplate("Copyright 2023 Example News.")
    assert is_boilerplate("© 2023 Reuters")
    assert not is_boilerplate("The copyright case was filed in 2023.")
    assert all("Copyright" not in e.sentence for e in _events())


def test_event_ids_are_stable_and_distinct() -> None:
    first = [e.event_id for e in _events()]
    assert first == [e.event_id for e in _events()]
    assert len(set(first)) == len(first)
    assert event_id("a", 1, 2, 3) != event_id("a", 1, 2, 4)


def test_event_validation() -> None:
    with pytest.raises(ValueError, match="anchor"):
        Event(
            event_id="x",
            doc_id="d",
            sentence="s",
            sentence_start=0,
            sentence_end=1,
            paragraph=0,
            anchor="guessed",
            date_start=None,
            date_end=None,
            granularity=None,
            date_text="",
            date_value="",
            date_text_start=None,
            date_text_end=None,
        )


# The rules with the real components: the temporal engine, the NER model and the tagger.


def _news_events(text: str, published: date, title: str = "") -> list[Event]:
    from timeline.actors import find_actors
    from timeline.syntax import load_tagger, predicates
    from timeline.temporal import tag

    doc = Document(id="n", text=text, title=title, published=published, published_source="metadata")
    tagger = load_tagger()
    return build_events(
        doc,
        split_sentences(text),
        tag(text, published),
        find_actors([text])[0],
        lambda texts: predicates(tagger, texts),
    )


def test_two_clauses_with_their_own_dates_give_two_events() -> None:
    events = _news_events(
        "Steve Jobs, who founded Apple in 1976, died on Wednesday.", date(2011, 10, 6)
    )
    assert [(e.action, e.date_start, e.granularity) for e in events] == [
        ("found", date(1976, 1, 1), "year"),
        ("die", date(2011, 10, 5), "day"),
    ]


def test_undated_news_reports_on_the_publication_day_unless_anterior() -> None:
    published = date(2010, 7, 17)
    events = _news_events(
        "Apple CEO Steve Jobs spoke to reporters.\n\nJobs had previously dismissed the reports.",
        published,
    )
    spoke, dismissed = events
    assert (spoke.anchor, spoke.date_start, spoke.action) == ("published", published, "speak")
    assert (dismissed.anchor, dismissed.date_start) == ("vague", None)
    events = _news_events("Apple Corps has twice before sued Apple Computer.", published)
    assert [(e.action, e.anchor, e.date_start) for e in events] == [("sue", "vague", None)]


def test_durations_never_date_an_event_and_this_year_is_the_news_day() -> None:
    published = date(2005, 6, 6)
    events = _news_events(
        "Jobs said Apple sold two million copies in six weeks.\n\n"
        "Apple will hold this year's conference in San Francisco.",
        published,
    )
    assert [(e.anchor, e.date_start) for e in events] == [
        ("published", published),
        ("published", published),
    ]


def test_announced_deadlines_are_not_inherited() -> None:
    published = date(2010, 7, 17)
    events = _news_events(
        "Apple will give free cases to buyers until September 30. Jobs also apologised.",
        published,
    )
    deadline, apology = events
    assert deadline.date_start == date(2010, 9, 30)
    assert (apology.anchor, apology.date_start) == ("published", published)


def test_he_points_to_the_one_person_before() -> None:
    events = _news_events(
        "Steve Jobs returned to Apple on Monday. He announced the iPod.", date(2005, 6, 8)
    )
    assert [e.actors[:1] for e in events] == [("Steve Jobs",), ("Steve Jobs",)]
    assert events[1].anchor == "inherited"


def test_the_headline_restates_the_lead_and_is_not_an_event() -> None:
    headline = "Microsoft Unveils New Tablet"
    text = f"{headline}\n\nMicrosoft unveiled a tablet on Tuesday in New York."
    events = _news_events(text, date(2012, 6, 20), title=headline)
    assert [e.sentence for e in events] == ["Microsoft unveiled a tablet on Tuesday in New York."]
    # A first line that reads as prose is the lead, even when a reader took it for the title.
    lead = "Microsoft unveiled a tablet on Tuesday."
    events = _news_events(lead + "\n\nIt runs Windows.", date(2012, 6, 20), title=lead)
    assert [e.sentence for e in events][:1] == [lead]


def test_the_finest_date_of_a_clause_dates_it() -> None:
    events = _news_events(
        "Yesterday, at this year's developer conference, Steve Jobs unveiled a new phone.",
        date(2010, 6, 8),
    )
    assert [(e.date_text, e.date_start) for e in events] == [("Yesterday", date(2010, 6, 7))]


def test_a_statement_is_dated_apart_from_what_it_reports() -> None:
    published = date(2010, 10, 21)
    events = _news_events(
        "Steve Jobs said that Microsoft sold 13 million copies of Windows last year.", published
    )
    statement, reported = events
    assert (statement.action, statement.anchor, statement.date_start) == (
        "say",
        "published",
        published,
    )
    assert statement.actors == ("Steve Jobs",)
    assert (reported.date_text, reported.date_start) == ("last year", date(2009, 1, 1))
    assert "Steve Jobs" not in reported.actors
    # A statement with a date of its own is one event.
    events = _news_events("Steve Jobs said on Monday that sales rose.", published)
    assert [(e.action, e.date_start) for e in events] == [("say", date(2010, 10, 18))]


def test_a_year_describing_a_thing_does_not_date_the_clause() -> None:
    published = date(2007, 2, 6)
    events = _news_events("Steve Jobs said the settlement replaces the 1991 agreement.", published)
    assert [(e.anchor, e.date_start) for e in events] == [("published", published)]
    events = _news_events("Steve Jobs spoke during the 2005 conference.", published)
    assert [(e.date_text, e.date_start) for e in events] == [("2005", date(2005, 1, 1))]
    events = _news_events("Steve Jobs praised the plan known as Vision 2030.", published)
    assert [(e.anchor, e.date_start) for e in events] == [("published", published)]


def test_a_vague_past_in_a_subordinate_clause_leaves_the_main_clause_news() -> None:
    published = date(2008, 3, 6)
    events = _news_events(
        "The update will be sold to users for what Steve Jobs described as a small charge, "
        "as Apple have done in the past.",
        published,
    )
    assert [(e.anchor, e.date_start) for e in events] == [("published", published)]
    events = _news_events("Steve Jobs has recently completed a tour.", published)
    assert [(e.anchor, e.date_start) for e in events] == [("vague", None)]


def test_the_present_tense_is_the_state_on_the_news_day_not_an_inherited_one() -> None:
    published = date(2010, 6, 8)
    events = _news_events(
        "Steve Jobs unveiled the Droid phone yesterday. The Droid phone has a new frame. "
        "Steve Jobs also showed its camera.",
        published,
    )
    assert [(e.action, e.anchor, e.date_start) for e in events] == [
        ("unveil", "explicit", date(2010, 6, 7)),
        ("have", "published", published),
        ("show", "inherited", date(2010, 6, 7)),
    ]


def test_an_acronym_is_the_one_organisation_of_its_initials_across_articles() -> None:
    def event(doc: str, *actors: str) -> Event:
        return Event(
            event_id=event_id(doc, 0, 1, None),
            doc_id=doc,
            sentence="s",
            sentence_start=0,
            sentence_end=1,
            paragraph=0,
            anchor="published",
            date_start=date(2009, 6, 1),
            date_end=date(2009, 6, 1),
            granularity="day",
            date_text="",
            date_value="2009-06-01",
            date_text_start=None,
            date_text_end=None,
            actors=actors,
            actor_types=("organisation",) * len(actors),
        )

    merged = merge_names(
        [
            event("a", "General Motors"),
            event("b", "GM", "Toyota"),
            event("c", "GM", "General Motors"),
        ]
    )
    assert [e.actors for e in merged] == [
        ("General Motors",),
        ("General Motors", "Toyota"),
        ("General Motors",),
    ]
    # two organisations of the same initials: the acronym stays
    ambiguous = [event("a", "Bank of America"), event("b", "British Airways"), event("c", "BA")]
    assert [e.actors for e in merge_names(ambiguous)][-1] == ("BA",)
    # spellings that differ only in case are one actor, the one written most
    spelt = merge_names(
        [event("a", "iPod nano"), event("b", "iPod Nano"), event("c", "iPod nano", "Apple")]
    )
    assert [e.actors for e in spelt] == [("iPod nano",), ("iPod nano",), ("iPod nano", "Apple")]
    # one type per actor: the one most of its rows give
    typed = [
        event("a", "Cisco"),
        event("b", "Cisco"),
        replace(event("c", "Cisco"), actor_types=("location",)),
    ]
    assert {e.actor_types for e in merge_names(typed)} == {("organisation",)}


def test_now_is_a_state_and_does_not_move_the_story_day() -> None:
    published = date(2010, 10, 23)
    events = _news_events(
        "In his keynote address on Wednesday, Steve Jobs unveiled a new iPod.\n\n"
        "Steve Jobs announced an updated MacBook Air, on sale now.\n\n"
        "Steve Jobs said that Apple sold more Macs.",
        published,
    )
    wednesday = date(2010, 10, 20)
    assert [(e.action, e.date_start) for e in events] == [
        ("unveil", wednesday),
        ("announce", wednesday),
        ("say", wednesday),
    ]
    # "now" still dates a sentence in the present tense to the news day.
    events = _news_events("Steve Jobs now owns a stake in Disney.", published)
    assert [(e.anchor, e.date_start) for e in events] == [("published", published)]


def test_a_date_dates_the_nearest_verb_unless_a_finer_one_lies_within_it() -> None:
    events = _news_events(
        "Apple Computer's iTunes in February passed Wal-Mart, according to figures "
        "released April 3 by NPD Group.",
        date(2008, 4, 5),
    )
    assert [(e.date_text, e.date_start) for e in events] == [("February", date(2008, 2, 1))]


def test_a_fronted_date_opens_the_next_clause() -> None:
    events = _news_events(
        "The firm said songs had been downloaded from iTunes since 2003 and that as of "
        "February, the iTunes store accounts for 70% of all digital music sales.",
        date(2008, 4, 5),
    )
    by_action = {e.action: e.date_text for e in events}
    assert by_action["account"] == "February"
    assert by_action["download"] == "2003"


def test_coordinated_dates_each_date_the_clause() -> None:
    published = date(2011, 8, 25)
    events = _news_events("Steve Jobs made an appearance in March and June.", published)
    assert [(e.date_text, e.date_start) for e in events] == [
        ("March", date(2011, 3, 1)),
        ("June", date(2011, 6, 1)),
    ]
    events = _news_events("Steve Jobs was on leave between March and June.", published)
    assert len(events) == 1


def test_an_undated_description_is_no_event() -> None:
    published = date(2010, 7, 17)
    events = _news_events(
        "Steve Jobs spoke on Friday. The return rate of Apple phones is about a third of "
        "the rate of Nokia phones. Nokia is now the biggest phone maker.",
        published,
    )
    assert [e.sentence for e in events] == ["Steve Jobs spoke on Friday."]
    events = _news_events("Steve Jobs was in Paris on Monday.", published)
    assert [(e.action, e.date_start) for e in events] == [("be", date(2010, 7, 12))]


def test_each_dated_clause_has_its_own_actors() -> None:
    published = date(2011, 10, 6)
    events = _news_events(
        "Apple Computer was started by Steve Jobs and Steve Wozniak in 1976, and launched "
        "the iTunes Music Store in 2003.",
        published,
    )
    by_year = {e.date_start.year: set(e.actors) for e in events if e.date_start is not None}
    assert {"Steve Jobs", "Steve Wozniak", "Apple Computer"} <= by_year[1976]
    assert "iTunes Music Store" not in by_year[1976]
    assert "Apple Computer" in by_year[2003] and "Steve Jobs" not in by_year[2003]
    # a clause with a subject of its own does not share the first one's
    events = _news_events(
        "Steve Jobs resigned on Monday, and Tim Cook took over on Tuesday.", date(2011, 8, 25)
    )
    assert [e.actors for e in events] == [("Steve Jobs",), ("Tim Cook",)]
    # a relative clause is its antecedent's, not the sentence subject's
    events = _news_events(
        "Steve Jobs met reporters on Monday. In 1986 he bought Pixar which was acquired by "
        "the Walt Disney Company in 2005.",
        published,
    )
    by_year = {e.date_start.year: set(e.actors) for e in events if e.date_start is not None}
    assert {"Steve Jobs", "Pixar"} <= by_year[1986]
    assert "Pixar" in by_year[2005] and "Steve Jobs" not in by_year[2005]


def test_a_vague_word_inside_a_quotation_does_not_undate_the_statement() -> None:
    published = date(2010, 10, 23)
    events = _news_events(
        "Steve Jobs unveiled the MacBook Air on Wednesday.\n\n"
        '" We think it\'s the future of notebooks, " said Steve Jobs.\n\n'
        "Steve Jobs said that Apple sold more Macs.",
        published,
    )
    wednesday = date(2010, 10, 20)
    assert [(e.action, e.anchor, e.date_start) for e in events] == [
        ("unveil", "explicit", wednesday),
        ("say", "inherited", wednesday),
        ("say", "inherited", wednesday),
    ]


def test_a_statement_in_the_present_tense_is_made_on_the_news_day() -> None:
    published = date(2006, 3, 28)
    events = _news_events(
        "Apple Corps sued Apple Computer this week.\n\n"
        "Apple Corps claims that Apple Computer violates an agreement made in 1991.",
        published,
    )
    claim = next(e for e in events if e.action == "claim")
    assert (claim.anchor, claim.date_start) == ("published", published)


def test_he_goes_on_meaning_the_person_an_earlier_he_stood_for() -> None:
    events = _news_events(
        "Tim Cook became chief executive on Monday. He also stood in Steve Jobs' place in "
        "2009. He received $59 million.",
        date(2011, 8, 25),
    )
    received = next(e for e in events if e.action == "receive")
    assert received.actors == ("Tim Cook",)


def test_a_signature_is_no_event() -> None:
    events = _news_events("Steve Jobs wrote to staff on Monday.\n\nSteve", date(2011, 1, 18))
    assert [e.sentence for e in events] == ["Steve Jobs wrote to staff on Monday."]
