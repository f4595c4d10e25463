"""A portfolio of a title is no organisation, though the text names a body it looks like the
short form of (`timeline.actors.portfolios.outside_portfolios`, stop 39): invented
sentences, the rule alone, for every title that takes a portfolio, and through the real
model."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.mention import ActorMention
from timeline.actors.portfolios import outside_portfolios
from timeline.wordlists import word_list


def _last(text: str, surface: str, name: str) -> ActorMention:
    start = text.rindex(surface)
    return ActorMention(start, start + len(surface), surface, name, "organisation")


@pytest.mark.parametrize(
    ("text", "surface", "body"),
    [
        (
            "The Trade Ministry agreed. Trade Minister Ana Ruiz will sign it on Monday.",
            "Trade",
            "Trade Ministry",
        ),
        (
            "An inspector from the Tourism Department came. Tourism Secretary Jo Kim left.",
            "Tourism",
            "Tourism Department",
        ),
        (
            "The Lands Office wrote. Lands Commissioner Dr. Ed Li replied on Friday.",
            "Lands",
            "Lands Office",
        ),
    ],
)
def test_a_portfolio_read_as_a_bodys_short_form_is_no_actor(
    text: str, surface: str, body: str
) -> None:
    at = text.index(body)
    body_mention = ActorMention(at, at + len(body), body, body, "organisation")
    at = text.rindex(surface + " ")
    short = ActorMention(at, at + len(surface), surface, body, "organisation")
    assert outside_portfolios(text, [body_mention, short]) == [body_mention]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a body acting before its officer's title stays ("UAW President Ron Gettelfinger")
        ("The Harwell Union met. Harwell Union President Jo Kim said so.", "Harwell Union"),
        # a body's own word before a spokesman, no portfolio's title
        ("The Trade Ministry agreed. Trade Ministry spokesman Jo Kim said so.", "Trade Ministry"),
    ],
)
def test_a_body_before_its_officers_title_stays(text: str, surface: str) -> None:
    mention = _last(text, surface, surface)
    assert outside_portfolios(text, [mention]) == [mention]


@given(st.sampled_from(word_list("portfolio_titles.txt")))
def test_every_title_that_takes_a_portfolio(title: str) -> None:
    text = f"The Trade Ministry agreed. Trade {title} Ana Ruiz will sign it."
    short = ActorMention(27, 32, "Trade", "Trade Ministry", "organisation")
    assert outside_portfolios(text, [short]) == []


def test_the_minister_is_named_without_the_ministry_end_to_end() -> None:
    text = (
        "An administrator from the Finance Ministry took over the bank's offices overnight. "
        "Finance Minister Ana Ruiz will meet a mission of the International Monetary Fund "
        "next week."
    )
    mentions = find_actors([text])[0]
    second = text.rindex("Finance")
    assert not [m for m in mentions if m.start == second], mentions
    assert "Ana Ruiz" in {m.name for m in mentions}
