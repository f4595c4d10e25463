"""Work done more cheaply must give what the plain reading gave: each shortcut against the
reading it replaces, on every input."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors.anaphor_chains import _IT_OPENING
from timeline.actors.anaphor_context import IT_OR_THE_AHEAD
from timeline.actors.anaphora import _THING_OPENING
from timeline.furniture.line_rule import SENTENCE_BREAK, first_rule, sentence_by_sentence

#: Words and marks that make sentences open with "It", "The", "In 2007 it" and the like.
_PIECES = st.sampled_from(
    [
        "It",
        "it",
        "Its",
        "The",
        "the",
        "new",
        "store",
        "company's",
        "In",
        "2007",
        "At",
        "Last",
        "month",
        "This",
        "week",
        "Earlier",
        "Since",
        "During",
        "After",
        "On",
        "By",
        "Later",
        "said",
        "is",
        "was",
        "Apple",
        "Inc",
        ".",
        "!",
        "?",
        ",",
        '"',
        "”",
        "\n",
        " ",
        "  ",
        "Read more:",
        "Share this story: Email | X",
        "Photo: Ana Ruiz",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map(" ".join) | st.text(max_size=60)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [
        tuple(match.span(group) for group in range(pattern.groups + 1))
        for match in pattern.finditer(text)
    ]


@settings(max_examples=300)
@given(_TEXTS)
def test_the_first_letters_ahead_of_an_opening_change_no_match(text: str) -> None:
    for pattern in (_IT_OPENING, _THING_OPENING):
        plain = re.compile(pattern.pattern.removeprefix(IT_OR_THE_AHEAD))
        assert plain.pattern != pattern.pattern
        assert _spans(pattern, text) == _spans(plain, text)


def test_the_opening_patterns_still_find_their_sentences() -> None:
    text = "Talks ended. It left. In 2007 it grew. The store shut."
    assert [m.group() for m in _IT_OPENING.finditer(text)] == ["It", "In 2007 it"]
    assert [m.group() for m in _THING_OPENING.finditer(text)] == [
        "It",
        "In 2007 it",
        "The store",
    ]


@settings(max_examples=300)
@given(_TEXTS)
def test_a_line_read_sentence_by_sentence_stops_at_a_sentence_of_the_story(line: str) -> None:
    sentences = SENTENCE_BREAK.split(line)
    rules = [first_rule(sentence) for sentence in sentences]
    expected = None if len(sentences) < 2 or not all(rules) else rules[0]
    assert sentence_by_sentence(line) == expected


def test_the_lemmatizer_reads_its_known_lemmas_as_sets_and_lemmatises_as_before() -> None:
    from timeline.syntax import load_tagger, predicates

    tagger = load_tagger()
    index = tagger.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(known, frozenset) for known in index.values())
    sentences = ["The firm has completed a tour, sold its mills and ran out of cash."]
    lemmas = [p.lemma for p in predicates(tagger, sentences)[0]]
    assert lemmas == ["complete", "sell", "run"]


def test_known_lemmas_as_sets_keeps_every_lemma_and_leaves_other_tables() -> None:
    from spacy.lookups import Lookups

    from timeline.syntax import known_lemmas_as_sets

    lookups = Lookups()
    lookups.add_table("lemma_index", {"verb": ["sell", "run"], "noun": ["mill"]})
    lookups.add_table("lemma_exc", {"verb": {"ran": ["run"]}})

    class Lemmatizer:
        pass

    lemmatizer = Lemmatizer()
    lemmatizer.lookups = lookups  # type: ignore[attr-defined]
    known_lemmas_as_sets(lemmatizer)
    assert lookups.get_table("lemma_index")["verb"] == frozenset({"sell", "run"})
    assert lookups.get_table("lemma_index")["noun"] == frozenset({"mill"})
    assert lookups.get_table("lemma_exc")["verb"] == {"ran": ["run"]}
    known_lemmas_as_sets(object())  # no lookups: nothing to do


#: Quotations, titles and the words before them: what the work-title pattern reads.
_QUOTED = st.lists(
    st.sampled_from(['"', "“", "”", "the ", "The ", "athe ", "Dancing", "Past", "Midnight", "of"])
    | st.sampled_from([" ", ",", "Winter", "2009", "a", "x"]),
    max_size=24,
).map("".join) | st.text(alphabet='"“”theTh aDPM,2', max_size=40)


@settings(max_examples=400)
@given(_QUOTED)
def test_the_work_title_pattern_reads_its_look_behinds_after_the_quotation_mark(text: str) -> None:
    from timeline.temporal.patterns import _TITLE_WORD, WORK_TITLE_RE

    plain = re.compile(
        rf"(?<!\bthe )(?<!\bThe )[\"“](?=[A-Z0-9]){_TITLE_WORD}(?:[ ]+{_TITLE_WORD}){{1,7}},?[\"”]"
    )
    assert _spans(WORK_TITLE_RE, text) == _spans(plain, text)


#: Names with and without corporate suffixes, commas, spaces and line breaks.
_NAMES = st.lists(
    st.sampled_from(["Kestrel", "Pump", "Co.", "Ltd", "Ltd.", "Inc", "Inc.", "AG", "plc", "S.A."])
    | st.sampled_from([" ", ", ", ",", "\n", "  ", "x", "Incx"]),
    max_size=10,
).map("".join) | st.text(max_size=20)


@settings(max_examples=400)
@given(_NAMES)
def test_a_name_without_a_suffix_at_its_end_is_not_searched(name: str) -> None:
    from timeline.actors.spans import strip_corporate_suffix
    from timeline.actors.vocabulary import corporate_suffix, may_end_in_corporate_suffix

    if not may_end_in_corporate_suffix(name):
        assert corporate_suffix().search(name) is None
    assert strip_corporate_suffix(name) == corporate_suffix().sub("", name)


@settings(max_examples=300)
@given(st.text(alphabet="^<=ab \n", max_size=12) | _TEXTS)
def test_a_line_without_teletype_signs_is_not_searched(line: str) -> None:
    from timeline.furniture import _TELETYPE_MARKS, _without_teletype_marks

    assert _without_teletype_marks(line) == _TELETYPE_MARKS.sub("", line)


@settings(max_examples=100)
@given(
    st.lists(st.sampled_from(["Chile", "Peru", "Brazil", "France", "Chilean", "in", " ", "."])).map(
        " ".join
    )
)
def test_the_hemisphere_read_when_first_asked_is_the_one_read_at_once(text: str) -> None:
    from timeline.temporal.hemisphere import writes_from_south
    from timeline.temporal.reference import RunningReference

    running = RunningReference(text, None, False, hemisphere=None)
    assert running.southern == writes_from_south(text)
    assert running.hemisphere == writes_from_south(text)  # read once, then kept


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(["last", "next", "the", "of", "a", "two", "years", "year", "ago", "Last"])
        | st.sampled_from(["spring", "decade", "3", "12", " ", "  ", ",", "athe", "\n", "ofa"]),
        max_size=30,
    ).map(" ".join)
    | _TEXTS
)
def test_the_year_of_writing_pattern_tests_the_word_edge_first(text: str) -> None:
    from timeline.temporal.genre import _YEAR_OF_WRITING

    assert _YEAR_OF_WRITING.pattern.startswith("(?i)\\b(?=[")
    edge_last = _YEAR_OF_WRITING.pattern.replace("(?i)\\b(?=[", "(?i)(?=[", 1).replace(
        "(?<!\\bof )(?:", "(?<!\\bof )\\b(?:", 1
    )
    plain = re.compile(edge_last)
    assert plain.pattern != _YEAR_OF_WRITING.pattern
    assert _spans(_YEAR_OF_WRITING, text) == _spans(plain, text)


#: The figures, marks and words of stamps' spellings and of a story's sentences, for lines in
#: which the spellings match often (stop 43, helper `perf3`).
_SPELLING_PIECES = st.sampled_from(
    [
        *"0123456789 .-/,:'’\t\u00a0IVXivx年月日년월일",
        *["г.", "Mar", "SEPT", "May", "th", "nd", "19", "2019", "said", "Posted "],
    ]
)
_SPELLING_LINES = st.lists(_SPELLING_PIECES, min_size=1, max_size=24).map("".join) | _TEXTS


def _respelled_everywhere(line: str) -> str:
    """`stamp_spellings.respelled` as stop 42 wrote it: every spelling searched, in its order,
    on every line with a figure."""
    from timeline.published import stamp_spellings as spellings

    if not any(character.isdigit() for character in line):
        return line
    line = spellings._YEAR_MARK_RE.sub("", line)
    line = spellings._ROMAN_RE.sub(spellings._roman_day, line)
    for pattern in (
        spellings._SPACED_POINTS_RE,
        spellings._YEAR_FIRST_POINTS_RE,
        spellings._EAST_ASIAN_RE,
    ):
        line = pattern.sub(
            lambda found: spellings._written(
                int(found["year"]), int(found["month"]), int(found["day"]), found.group()
            ),
            line,
        )
    for pattern in (
        spellings._HYPHENED_RE,
        spellings._SHORT_YEAR_NAME_RE,
        spellings._APOSTROPHE_YEAR_RE,
    ):
        line = pattern.sub(spellings._named_day, line)
    return line


@settings(max_examples=500)
@given(_SPELLING_LINES)
def test_a_spelling_is_searched_only_where_its_cue_is_and_respells_as_before(line: str) -> None:
    from timeline.published.stamp_spellings import _SPELLINGS, respelled

    for spelling in _SPELLINGS:
        if spelling.pattern.search(line) is not None:
            assert spelling.cue.search(line) is not None, (spelling.pattern.pattern, line)
    assert respelled(line) == _respelled_everywhere(line)


def test_the_spellings_still_respell_their_dates() -> None:
    from timeline.published.stamp_spellings import respelled

    assert respelled("Filed 4.III.2019 · 2019年3月4日 · 04-Mar-19") == (
        "Filed 4 March 2019 · 4 March 2019 · 4 March 2019"
    )
    story = "The council met 3 times in 2019 and 4 in 2020, the mayor's office said."
    assert respelled(story) == story


#: Sentences naming years in clauses of the past and of the future.
_YEAR_STORIES = st.lists(
    st.sampled_from(["It", "flew", "opened", "will", "open", "is", "planned", "for", "in"])
    | st.sampled_from(["2019", "2020", "2022", "1999", ".", ",", "and", "by", "next", "year"]),
    max_size=30,
).map(" ".join)


@settings(max_examples=300)
@given(_YEAR_STORIES)
def test_a_year_named_outside_the_future_is_read_once_and_the_years_ahead_are_as_before(
    story: str,
) -> None:
    from timeline.published.past_floor import YEAR_RE, future_years
    from timeline.temporal.tense import clause_tense

    future: set[int] = set()
    other: set[int] = set()
    for match in YEAR_RE.finditer(story):
        tense = clause_tense(story, match.start(), match.end())
        (future if tense == "future" else other).add(int(match.group(0)))
    assert future_years(story) == future - other


@settings(max_examples=200)
@given(_TEXTS)
def test_a_line_s_trailing_furniture_and_sentence_reading_are_as_read_anew(line: str) -> None:
    from timeline.furniture.line_rules import LINE_RULES
    from timeline.furniture.line_shape import reads_as_sentence
    from timeline.furniture.trailing import paragraph_end_furniture, trailing_furniture

    assert paragraph_end_furniture(line) == trailing_furniture(line, LINE_RULES)
    assert reads_as_sentence(line) == reads_as_sentence.__wrapped__(line)
