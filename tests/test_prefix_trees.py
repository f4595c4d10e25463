"""Stop 44's speed pass (helper `perf`): each faster reading against the one it replaces, on
generated words and texts; the matches must be the same, not merely as many."""

from __future__ import annotations

import random
import re

from timeline.actors import first_words, literals, streets
from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import title_at_end, title_pattern
from timeline.kinds import ActorType
from timeline.wordlists import longest_first, prefix_tree, word_list

_LETTERS = "abAB. '"


def _words(draw: random.Random, count: int) -> list[str]:
    """Short words of a few letters, many of them beginnings of others ("ab", "aba")."""
    return ["".join(draw.choice(_LETTERS) for _ in range(draw.randint(1, 4))) for _ in range(count)]


def test_a_prefix_tree_matches_what_the_alternation_longest_first_matches() -> None:
    draw = random.Random(44)
    for _ in range(300):
        drawn = _words(draw, draw.randint(1, 12))
        for flags in (0, re.IGNORECASE):
            # a search that ignores case is given the words in one case (as `title_pattern`)
            cased = drawn if not flags else [word.lower() for word in drawn]
            words = sorted(set(cased), key=len, reverse=True)
            listed = "(?:" + "|".join(re.escape(word) for word in words) + ")"
            tree = prefix_tree(words)
            for tail in ("", r"\.", r"(?![ab])", r" ?$", r"(?:b|a )?\s*$"):
                before, after = re.compile(listed + tail, flags), re.compile(tree + tail, flags)
                for _ in range(20):
                    text = "".join(draw.choice(_LETTERS) for _ in range(draw.randint(0, 12)))
                    assert [m.span() for m in before.finditer(text)] == [
                        m.span() for m in after.finditer(text)
                    ], (words, tail, text)


def test_a_prefix_tree_of_no_words_matches_nothing() -> None:
    assert re.search(prefix_tree([]), "anything") is None


def _longest_first_titles() -> re.Pattern[str]:
    """`title_pattern` as stop 43 wrote it: the titles' alternation, longest first."""
    words = "|".join(re.escape(title) for title in longest_first("titles.txt"))
    before = r"[A-Z][\w.'’-]*"
    return re.compile(
        rf"(?:({before}(?:\s+{before})?)\s+)?(?i:{words})(?:\s+(?:of|for)\s+[A-Z][\w.-]*)?\s*$"
    )


_WINDOWS = (
    "talks with U.S. Secretary of State ",
    "a statement from Deputy Prime Minister ",
    "said the company's chief executive ",
    "the Finance Minister ",
    "MINISTER ",
    "remarks by Vice President ",
    "said Acting Chief Constable ",
    "the village of Ely ",
    "led by Dr ",
    "according to Fr. ",
    "Senior Vice President of Sales ",
    "the Kelvale Harbour Board chairman ",
    "",
)


def test_the_titles_tree_finds_what_the_titles_longest_first_find() -> None:
    listed = _longest_first_titles()
    titles = list(word_list("titles.txt"))
    draw = random.Random(7)
    windows = list(_WINDOWS)
    for _ in range(400):  # a few words, then a title as written, in capitals or lower case
        title = draw.choice(titles)
        title = draw.choice((title, title.upper(), title.lower()))
        opening = draw.choice(("", "said ", "with U.S. ", "Kelvale ", "the Board's "))
        closing = draw.choice(("", " ", " of Kelvale ", " for Trade", "s "))
        windows.append(opening + title + closing)
    for window in windows:
        old, new = listed.search(window), title_pattern().search(window)
        assert (old and (old.span(), old.span(1))) == (new and (new.span(), new.span(1))), window
        old_whole, new_whole = listed.fullmatch(window), title_pattern().fullmatch(window)
        assert (old_whole and old_whole.span(1)) == (new_whole and new_whole.span(1)), window
        found = title_at_end(window)
        assert (found and found.span()) == (old and old.span()), window


def test_a_first_word_alone_is_found_where_every_word_alone_was_read() -> None:
    draw = random.Random(3)
    pieces = ("Orchard", "Orchards", "Orchard-Lee", "orchard", "Tarn", "Tarn Bank", " ", ", ")
    for _ in range(300):
        text = "".join(
            draw.choice(pieces) + draw.choice((" ", ". ", "-", "", " 4 ")) for _ in range(8)
        )
        expected = [
            m.span()
            for m in first_words._ALONE_WORD.finditer(text)
            if m.group() in ("Orchard", "Tarn")
        ]
        assert first_words._alone_words(text, ["Orchard", "Tarn"]) == expected, text


def test_the_first_word_sweep_reads_as_before() -> None:
    text = (
        "Orchard Labs grew. Orchard will hire. Orchard Bank did not. Tarn Foods said Tarn gained."
    )
    found = first_words.first_word_sweep(
        text,
        [
            ActorMention(0, 12, "Orchard Labs", "Orchard Labs", ActorType.ORGANISATION),
            ActorMention(60, 70, "Tarn Foods", "Tarn Foods", ActorType.ORGANISATION),
        ],
    )
    assert [(m.start, m.name) for m in found] == [(19, "Orchard Labs"), (76, "Tarn Foods")]


def test_a_texts_lower_case_words_are_read_once() -> None:
    literals.lower_case_words.cache_clear()
    text = "The crew of the Kestrel left port on a calm day."
    first = literals.lower_case_words(text)
    assert literals.lower_case_words(text) is first
    assert literals.lower_case_words.cache_info().hits == 1
    assert first == frozenset(literals._LOWER_WORD.findall(text))


def test_streets_are_searched_only_in_a_text_that_writes_a_kinds_word() -> None:
    draw = random.Random(5)
    pieces = ("Pellam", "Road", "Roads", "River", "Highway", "61", "US", "Route", "the", ".")
    searches = (
        (streets._street_pattern(), streets._street_kinds()),
        (streets._waterway_pattern(), streets._waterway_kinds()),
        (streets._NUMBERED, ("Highway", "Route", "Interstate")),
    )
    for _ in range(500):
        text = " ".join(draw.choice(pieces) for _ in range(draw.randint(0, 9)))
        for pattern, kinds in searches:
            if not any(kind in text for kind in kinds):  # what the prefilter skips
                assert pattern.search(text) is None, text
        assert streets._NUMBERED_KINDS.search(text) or not streets._NUMBERED.search(text)
    text = "Traders on Corrick Street and the Tarka River met off Highway 61."
    assert [r.text for r in streets.named_streets(text, [])] == [
        "Corrick Street",
        "Tarka River",
        "Highway 61",
    ]
