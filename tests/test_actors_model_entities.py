"""A product line and its models as a recogniser that reads more names gives them: a name with
its model number taken whole for an organisation, the line written alone before its model
(`products.model_span`, `products.model_plurals`, `anaphora`, `described`; stop 47)."""

from __future__ import annotations

from timeline.actors.anaphora import thing_anaphora
from timeline.actors.described import described_anaphora
from timeline.actors.mention import ActorMention
from timeline.actors.products import model_plurals, model_span
from timeline.kinds import ActorType


def _mention(text: str, surface: str, kind: str, after: int = 0) -> ActorMention:
    start = text.index(surface, after)
    return ActorMention(start, start + len(surface), surface, surface, kind)


def test_a_name_and_its_number_read_whole_as_an_organisation_is_the_product() -> None:
    text = "Velquist unveiled the Tarnlight 7 at its show on Monday."
    start = text.index("Tarnlight")
    # the package's ner stops before the number, a tuned one takes it in: the same product
    assert model_span(text, start, start + 9, "ORG") == (start, start + 11, "PRODUCT")
    assert model_span(text, start, start + 11, "ORG") == (start, start + 11, "PRODUCT")


def test_a_share_a_score_a_title_or_letters_after_a_name_stay_an_organisation() -> None:
    for text, surface in (
        ("Votes: Ondara Hale 47.6 percent, the rest 52.4.", "Ondara Hale 47.6"),
        ("Kelso Rovers 3-1 was the score.", "Kelso Rovers 3"),
        ("the New BRX will open its plant", "New BRX"),
    ):
        start = text.index(surface)
        end = start + len(surface)
        assert model_span(text, start, end, "ORG") == (start, end, "ORG"), surface


def test_a_model_written_with_a_plural_s_is_the_model() -> None:
    assert model_plurals(["Tarnlight 7", "Tarnlight", "Tarnlight 7S"]) == {
        "Tarnlight 7s": "Tarnlight 7"
    }


def test_an_adjective_before_a_name_is_no_anaphor_of_a_thing_described_so() -> None:
    text = (
        "Velquist showed the new Orvane 2 operating system. The launch was quiet. "
        "The new Tarnlight was praised by reviewers."
    )
    mentions = [
        _mention(text, "Velquist", ActorType.ORGANISATION),
        _mention(text, "Orvane 2", ActorType.PRODUCT),
        _mention(text, "Tarnlight", ActorType.ORGANISATION),
    ]
    assert described_anaphora(text, mentions) == []


def test_the_new_line_takes_its_model_written_before_or_set_after_it() -> None:
    text = "Velquist unveiled Tarnlight 7 on Monday. The new Tarnlight was praised by reviewers."
    mentions = [
        _mention(text, "Velquist", ActorType.ORGANISATION),
        _mention(text, "Tarnlight 7", ActorType.PRODUCT),
        _mention(text, "Tarnlight", ActorType.ORGANISATION, text.index("new")),
    ]
    renamed = [(m.text, m.name) for m in thing_anaphora(text, mentions)]
    assert renamed == [("Tarnlight", "Tarnlight 7")]
    text = (
        "Velquist held its show on Monday. The newest Tarnlight, Tarnlight 7 was shown by its "
        "designer. It goes on sale on June 24."
    )
    line = _mention(text, "Tarnlight", ActorType.ORGANISATION)
    model = _mention(text, "Tarnlight 7", ActorType.PRODUCT, line.end)
    mentions = [_mention(text, "Velquist", ActorType.ORGANISATION), line, model]
    renamed = [(m.text, m.name) for m in thing_anaphora(text, mentions)]
    assert renamed == [("Tarnlight", "Tarnlight 7"), ("It", "Tarnlight 7")]
