"""Word alternations searched only where a text has one of their first letters
(`wordlists.letters_ahead`, stop 36): each pattern given the lookahead finds what it found
without it, at every position, on texts made of its own words, their case changed, and
invented filler."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors.name_rests import _organisation_word_after_space
from timeline.actors.portfolios import portfolio_opening
from timeline.actors.title_places import _title_before
from timeline.actors.vessels import _before_a_name, vessel_nouns
from timeline.actors.vocabulary import organisation_words, portfolio_titles
from timeline.events.leads import past_forms
from timeline.events.statement_days import _gathering, _said_at_that_time
from timeline.furniture.boilerplate import phrase_search
from timeline.syntax import reporting_verbs
from timeline.temporal.detect import _BLOCKED_RE
from timeline.temporal.vocabulary import BLOCKED_NAMES
from timeline.wordlists import letters_ahead, longest_first, word_list

#: The lookahead `letters_ahead` writes.
_AHEAD = re.compile(r"\(\?=\[[^\]]*\]\)")

_PATTERNS: dict[str, tuple[Callable[[], re.Pattern[str]], tuple[str, ...]]] = {
    "organisation word": (
        _organisation_word_after_space,
        tuple(w.capitalize() for w in organisation_words()),
    ),
    "vessel": (_before_a_name, (*vessel_nouns(), *word_list("vessel_prefixes.txt"))),
    "place title": (_title_before, longest_first("place_titles.txt")),
    "portfolio": (portfolio_opening, tuple(portfolio_titles())),
    "gathering": (_gathering, longest_first("gathering_nouns.txt")),
    "blocked name": (lambda: _BLOCKED_RE, BLOCKED_NAMES),
    "said then": (
        _said_at_that_time,
        (*{form for verb in reporting_verbs() for form in past_forms(verb)}, "then", "at the time"),
    ),
    **{
        f"phrase of {name}": (lambda name=name: phrase_search(name), word_list(name))  # type: ignore[misc]
        for name in (
            "boilerplate_phrases.txt",
            "mail_footer_phrases.txt",
            "disclosure_phrases.txt",
            "brand_words.txt",
        )
    },
}
_FILLER = [" ", "  ", "\n", ", ", ". ", "the ", "of ", "for ", "Ana Lobo ", "Kelvale ", "s ", "-"]


def _without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    plain = _AHEAD.sub("", pattern.pattern, count=1)
    assert plain != pattern.pattern  # the lookahead is there
    return re.compile(plain, pattern.flags)


def _found(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    found += [
        (m.span(), m.groups())
        for start in range(0, len(text), 7)
        if (m := pattern.search(text, start, len(text) - start % 5)) is not None
    ]
    return found


@pytest.mark.parametrize("name", sorted(_PATTERNS))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_the_lookahead_finds_what_the_alternation_found(name: str, data: st.DataObject) -> None:
    build, words = _PATTERNS[name]
    pattern = build()
    plain = _without_lookahead(pattern)
    pieces = data.draw(
        st.lists(
            st.one_of(
                st.sampled_from(sorted(words)),
                st.sampled_from(sorted(words)).map(str.lower),
                st.sampled_from(sorted(words)).map(str.upper),
                st.sampled_from(_FILLER),
            ),
            max_size=12,
        )
    )
    text = "".join(pieces)
    assert _found(pattern, text) == _found(plain, text)


def test_a_lookahead_holds_every_first_letter_and_none_for_an_empty_word() -> None:
    assert letters_ahead(["Bank", "bureau", "-x", "]y"]) == r"(?=[\-B\]b])"
    assert letters_ahead([]) == ""
    assert letters_ahead(["", "Bank"]) == ""
