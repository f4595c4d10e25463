"""Two people sharing a surname written once ("Jean and Tom Ashburner"): both are actors with
the surname (`timeline.actors.shared_surnames`; invented names)."""

from __future__ import annotations

from datetime import date

from tests.events.helpers import news_events


def test_two_given_names_share_the_surname_written_after_the_second() -> None:
    (row,) = news_events(
        "His parents, Dana and Mark Whitlow, sued the ski resort in March 2018.",
        date(2019, 10, 3),
    )
    assert set(row.actors) == {"Dana Whitlow", "Mark Whitlow"}


def test_a_surname_the_article_writes_in_full_elsewhere_is_not_a_given_name() -> None:
    rows = news_events(
        "Teodor Brandl spoke on Monday. On Tuesday, Brandl and Ilse Vogt met in Linz.",
        date(2019, 10, 3),
    )
    assert "Brandl Vogt" not in {actor for row in rows for actor in row.actors}
