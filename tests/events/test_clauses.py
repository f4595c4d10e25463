"""Which date and which actors go with which clause (`timeline.events.clauses`)."""

from __future__ import annotations

from datetime import date

from .helpers import news_events


def test_two_clauses_with_their_own_dates_give_two_events() -> None:
    events = news_events(
        "Steve Jobs, who founded Apple in 1976, died on Wednesday.", date(2011, 10, 6)
    )
    assert [(e.action, e.date_start, e.granularity) for e in events] == [
        ("found", date(1976, 1, 1), "year"),
        ("die", date(2011, 10, 5), "day"),
    ]


def test_the_finest_date_of_a_clause_dates_it() -> None:
    events = news_events(
        "Yesterday, at this year's developer conference, Steve Jobs unveiled a new phone.",
        date(2010, 6, 8),
    )
    assert [(e.date_text, e.date_start) for e in events] == [("Yesterday", date(2010, 6, 7))]


def test_a_date_dates_the_nearest_verb_unless_a_finer_one_lies_within_it() -> None:
    events = news_events(
        "Apple Computer's iTunes in February passed Wal-Mart, according to figures "
        "released April 3 by NPD Group.",
        date(2008, 4, 5),
    )
    assert [(e.date_text, e.date_start) for e in events] == [("February", date(2008, 2, 1))]


def test_a_fronted_date_opens_the_next_clause() -> None:
    events = news_events(
        "The firm said songs had been downloaded from iTunes since 2003 and that as of "
        "February, the iTunes store accounts for 70% of all digital music sales.",
        date(2008, 4, 5),
    )
    by_action = {e.action: e.date_text for e in events}
    assert by_action["account"] == "February"
    assert by_action["download"] == "2003"


def test_coordinated_dates_each_date_the_clause() -> None:
    published = date(2011, 8, 25)
    events = news_events("Steve Jobs made an appearance in March and June.", published)
    assert [(e.date_text, e.date_start) for e in events] == [
        ("March", date(2011, 3, 1)),
        ("June", date(2011, 6, 1)),
    ]
    events = news_events("Steve Jobs was on leave between March and June.", published)
    assert len(events) == 1


def test_each_dated_clause_has_its_own_actors() -> None:
    published = date(2011, 10, 6)
    events = news_events(
        "Apple Computer was started by Steve Jobs and Steve Wozniak in 1976, and launched "
        "the iTunes Music Store in 2003.",
        published,
    )
    by_year = {e.date_start.year: set(e.actors) for e in events if e.date_start is not None}
    assert {"Steve Jobs", "Steve Wozniak", "Apple Computer"} <= by_year[1976]
    assert "iTunes Music Store" not in by_year[1976]
    assert "Apple Computer" in by_year[2003] and "Steve Jobs" not in by_year[2003]
    # a clause with a subject of its own does not share the first one's
    events = news_events(
        "Steve Jobs resigned on Monday, and Tim Cook took over on Tuesday.", date(2011, 8, 25)
    )
    assert [e.actors for e in events] == [("Steve Jobs",), ("Tim Cook",)]
    # a relative clause is its antecedent's, not the sentence subject's
    events = news_events(
        "Steve Jobs met reporters on Monday. In 1986 he bought Pixar which was acquired by "
        "the Walt Disney Company in 2005.",
        published,
    )
    by_year = {e.date_start.year: set(e.actors) for e in events if e.date_start is not None}
    assert {"Steve Jobs", "Pixar"} <= by_year[1986]
    assert "Pixar" in by_year[2005] and "Steve Jobs" not in by_year[2005]


def test_a_bare_weekday_after_an_event_noun_dates_the_verb() -> None:
    """News drops the "on" of a weekday after the verb's object: "is expected to attend the
    launch Friday" is one event, the attending on Friday, with everyone named in it."""
    events = news_events(
        "Space Agency Administrator Carla Jimenez is expected to attend the launch Friday.",
        date(2023, 8, 9),
    )
    assert [(e.date_start, e.date_text) for e in events] == [(date(2023, 8, 11), "Friday")]
    assert "Carla Jimenez" in events[0].actors


def test_a_range_is_one_event_over_the_whole_period() -> None:
    published = date(2019, 5, 16)  # a Thursday
    cases = {
        "Sales at Harwick Mills rose 4% between January and April.": (
            date(2019, 1, 1),
            date(2019, 4, 30),
            "2019-01/2019-04",
        ),
        "The strike at Harwick Mills lasted from Monday to Wednesday.": (
            date(2019, 5, 13),
            date(2019, 5, 15),
            "2019-05-13/2019-05-15",
        ),
        "Ada Brennan led Harwick Mills from 2001 until 2009.": (
            date(2001, 1, 1),
            date(2009, 12, 31),
            "2001/2009",
        ),
        "Harwick Mills ran the plant January through March.": (
            date(2019, 1, 1),
            date(2019, 3, 31),
            "2019-01/2019-03",
        ),
        "Harwick Mills' profit rose in the July-September quarter.": (
            date(2018, 7, 1),
            date(2018, 9, 30),
            "2018-Q3",
        ),
    }
    for text, (start, end, value) in cases.items():
        events = news_events(text, published)
        assert [(e.date_start, e.date_end, e.date_value) for e in events] == [(start, end, value)]


def test_two_times_a_thing_moves_between_or_a_list_are_no_range() -> None:
    published = date(2019, 5, 16)
    moved = news_events("Harwick Mills moved its vote from Monday to Wednesday.", published)
    assert [(e.date_start, e.date_end) for e in moved] == [(date(2019, 5, 13), date(2019, 5, 13))]
    listed = news_events("Harwick Mills cut prices in March and June.", published)
    assert [e.date_value for e in listed] == ["2019-03", "2019-06"]


def test_a_fronted_participle_is_a_clause_of_its_own_with_the_main_subject() -> None:
    events = news_events(
        "Founded in 1981, Sturm Werke opened its first wind farm in 2009.", date(2017, 3, 7)
    )
    assert [(e.action, e.date_value, e.actors) for e in events] == [
        ("found", "1981", ("Sturm Werke",)),
        ("open", "2009", ("Sturm Werke",)),
    ]


def test_a_participle_set_off_by_commas_is_a_clause_of_its_own() -> None:
    published = date(2023, 10, 25)
    events = news_events("Mayor Ana Costa, elected in 2019, resigned on Tuesday.", published)
    assert [(e.action, e.date_start, e.granularity) for e in events] == [
        ("elect", date(2019, 1, 1), "year"),
        ("resign", date(2023, 10, 24), "day"),
    ]
    events = news_events("The Harwick Mills deal, signed last April, runs through 2027.", published)
    assert next((e.action, e.date_start) for e in events) == ("sign", date(2023, 4, 1))
    # a figure compared with is no event of its own
    events = news_events(
        "Harwick Mills earned $41 million, compared with $35 million, in the quarter.", published
    )
    assert [e.action for e in events] == ["earn"]


def test_a_split_year_is_one_period_over_both_years() -> None:
    published = date(2024, 2, 11)
    # one year of twelve months whose months are not told: the calendar year it begins in, not
    # two calendar years (stop 34, see spans._split_year)
    (event,) = news_events("Harwick Mills expects a record 2011/12 soybean crop.", published)
    assert (event.date_text, event.date_start, event.date_end) == (
        "2011/12",
        date(2011, 1, 1),
        date(2011, 12, 31),
    )
    # named as a fiscal year, it is the twelve months from July to June (see spans._split_year)
    sentence = "Harwick Mills posted a profit in the 2022-23 financial year."
    (event,) = news_events(sentence, published)
    assert (event.date_text, event.date_start, event.date_end) == (
        "2022-23",
        date(2022, 7, 1),
        date(2023, 6, 30),
    )
    # an ISO date with slashes is a day, and years far apart are no split year
    (event,) = news_events("Harwick Mills quoted prices on 2011/12/05.", published)
    assert event.date_start == date(2011, 12, 5)


def test_a_clause_that_leaves_out_its_verb_keeps_its_own_date() -> None:
    events = news_events(
        "Harwick Mills opened a plant in 2019 and a second one the following year.",
        date(2024, 2, 13),
    )
    assert [(e.action, e.date_start) for e in events] == [
        ("open", date(2019, 1, 1)),
        ("open", date(2020, 1, 1)),
    ]


def test_a_date_in_a_description_set_off_by_commas_dates_nothing() -> None:
    events = news_events("Jan Novak, a minister in 2019, resigned on Tuesday.", date(2019, 10, 11))
    assert [(e.action, e.date_start) for e in events] == [("resign", date(2019, 10, 8))]


def test_the_places_of_a_sentence_are_actors_of_each_of_its_rows() -> None:
    published = date(2024, 3, 14)
    said, opening = news_events(
        "Ferrant Logistics said on Monday that it would open a depot in Lorient in May.",
        published,
    )
    assert (said.date_value, opening.date_value) == ("2024-03-11", "2024-05")
    assert said.actors == opening.actors == ("Ferrant Logistics", "Lorient")
    statement, strike = news_events(
        "The Harbour Workers Union said on Wednesday that dockers in Quimper would strike "
        "next Monday.",
        published,
    )
    assert "Quimper" in strike.actors and "Quimper" in statement.actors
    # a statement's rows share its actors, its speaker named first or last (sharing.py)
    assert strike.actors == statement.actors
    # coordinated clauses, each with its own verb, share the sentence's places but keep
    # their own persons and organisations
    brief, survey = news_events(
        "The Norvale Trust will brief the Ministry of Climate tomorrow and will repeat the "
        "survey in Latvia next year.",
        published,
    )
    assert "Latvia" in brief.actors and "Latvia" in survey.actors
    assert "Ministry of Climate" in brief.actors and "Ministry of Climate" not in survey.actors


def test_coordinated_clauses_share_the_places_of_their_sentence() -> None:
    published = date(2022, 2, 11)
    fly, visit = news_events(
        "The Premier, Dora Quennell, will fly to Port Avelin this afternoon and visit the "
        "relief centre at Carrowmere on Saturday morning.",
        published,
    )
    assert fly.date_value != visit.date_value
    assert set(fly.actors) == set(visit.actors) == {"Dora Quennell", "Port Avelin", "Carrowmere"}
    went, settled = news_events(
        "She returned to Moldavia in 1990 and settled in Tirvenna the following year.",
        published,
    )
    assert (went.date_value, settled.date_value) == ("1990", "1991")
    assert {"Moldavia", "Tirvenna"} <= set(went.actors) & set(settled.actors)


def test_a_speaker_named_after_what_was_said_is_an_actor_of_each_row() -> None:
    published = date(2024, 10, 3)
    fall, said = news_events(
        "Waiting times for ships at Quimper fell to two days in August, the Brest Harbour "
        "Authority said on Wednesday.",
        published,
    )
    assert (fall.date_value, said.date_value) == ("2024-08", "2024-10-02")
    assert fall.actors == said.actors == ("Quimper", "Brest Harbour Authority")
    rise, said = news_events(
        "Consumer prices rose 3.1 percent in the 12 months to May, the Ostmark Statistical "
        "Office said on Monday.",
        published,
    )
    assert rise.actors == said.actors == ("Ostmark Statistical Office",)


def test_a_noun_that_dates_the_sentence_only_for_want_of_a_verb_keeps_its_names() -> None:
    # old-fashioned word order ("approved on Tuesday last the ...") hides the verb from the
    # tagger; the meeting noun at the sentence's end takes the date, not the names
    events = news_events(
        "Members of Harlan Pike & Sons, Ltd., the Leeds table-knife makers, approved on "
        "Tuesday last the proposed merger with Ormond Forge Cutlery Co., Ltd., at an "
        "extraordinary general meeting held at the Guild Hall.",
        date(1961, 5, 12),
    )
    assert [e.date_start for e in events] == [date(1961, 5, 9)]
    assert {"Harlan Pike & Sons, Ltd.", "Ormond Forge Cutlery Co., Ltd."} <= set(events[0].actors)
