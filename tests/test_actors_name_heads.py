"""Names in other languages and the later short forms of a name (`timeline.actors.extents`,
`timeline.actors.short_forms`, `timeline.actors.split_names`): the first word of a body's
name in another language opening a sentence, "the Board" and "the Senate" after the body's
whole name, a company and the town it is "of"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors.extents import opening_head_before, widened
from timeline.actors.short_forms import ShortForms
from timeline.actors.vocabulary import name_heads

from .mentions import actor_names as _names


def test_the_first_word_of_a_name_in_another_language_opening_a_sentence_is_the_names() -> None:
    assert "Movimento Ardesio" in _names(
        "Movimento Ardesio, which won two seats, trails in the count."
    )
    text = (
        "Club Atlético Huarina came back to beat Deportivo Tarija Sur on Sunday. "
        "Huarina, founded in 1981, play at home next Sunday."
    )
    names = _names(text)
    assert names.count("Club Atlético Huarina") == 2
    assert "Atlético Huarina" not in names
    assert "Sporting Club Lombardo" in _names(
        "Sporting Club Lombardo of Milan agreed terms on Monday."
    )


def test_an_english_word_opening_a_sentence_stays_out_of_the_name() -> None:
    assert opening_head_before("Rival Kelso Ltd said", 6, [(6, 15)]) is None
    assert opening_head_before("the Club Arenal said", 9, [(9, 15)]) is None


_WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)


@given(head=st.sampled_from(sorted(name_heads())), first=_WORD, second=_WORD)
def test_a_head_opening_a_sentence_opens_the_name_inside_a_text_too(
    head: str, first: str, second: str
) -> None:
    opener = head.capitalize()
    text = f"It rained. {opener} {first} {second} won."
    start = text.index(first)
    end = start + len(first) + 1 + len(second)
    assert opening_head_before(text, start, [(start, end)]) == text.index(opener)
    inside = f"the {opener} {first} {second} won"
    start = inside.index(first)
    assert opening_head_before(inside, start, [(start, start + len(first))]) is None


@given(word=_WORD, first=_WORD)
def test_a_word_of_no_name_head_never_opens_a_name(word: str, first: str) -> None:
    text = f"{word} {first} said"
    start = len(word) + 1
    found = opening_head_before(text, start, [(start, start + len(first))])
    assert found is None or word.casefold() in name_heads()


def test_a_body_named_later_by_its_word_is_the_body_named_in_full() -> None:
    text = (
        "The Narmada Board of Secondary Education set the paper. "
        "The Board said on Monday that results would come in May."
    )
    assert _names(text).count("Narmada Board of Secondary Education") == 2
    text = "The Tarnow Senate met in May. The Senate said on Monday it would pay."
    assert _names(text).count("Tarnow Senate") == 2
    text = (
        "Tenders were issued by the Andean Trade Community in May. "
        "The Community said on Monday it would pay."
    )
    assert _names(text).count("Andean Trade Community") == 2


def test_a_company_of_its_town_is_the_company_alone() -> None:
    """The town after "of" only places the company (`actors/homes`, stop 38: most golds leave
    it out), and is no word of its name."""
    text = (
        "The probe was built by Vantor Industries of Lyon at a cost of 90 million euros. "
        "Vantor Industries said on Wednesday it had won a second contract."
    )
    names = _names(text)
    assert names.count("Vantor Industries") == 2
    assert "Lyon" not in names
    assert "Vantor Industries of Lyon" not in names
    kept = _names("The Electricity Board of Malta said on Monday that the Electricity Board met.")
    assert "Malta" not in kept  # a public body of its country stays whole


def test_a_national_body_of_its_country_stays_whole() -> None:
    text = (
        "The government and the Central Bank of Chile said on Monday the peso would float. "
        "The Central Bank said so again on Tuesday."
    )
    names = _names(text)
    assert "Chile" not in names
    assert "Central Bank of Chile" in names


def test_a_lone_last_word_is_the_one_name_of_two_words_ending_in_it() -> None:
    forms = ShortForms.of({"Sunil Gokhale", "Gokhale", "White House", "House", "Kelso Foods"})
    assert forms.lasts["Gokhale"] == "Sunil Gokhale"
    assert "Foods" not in forms.lasts  # an organisation's word makes another body
    assert "Foods" not in forms.lasts
    assert "Gokhale" not in ShortForms.of({"Sunil Gokhale", "Mira Gokhale"}).lasts
    names = _names("The White House said on Monday that the House would vote in May.")
    assert "White House" in names and "House" in names  # "the House" is not read so


def test_a_given_name_before_a_surname_the_model_took_for_a_body_is_the_names() -> None:
    text = "The league hired Rohit Kashyap in May."
    start = text.index("Kashyap")
    found = widened(text, start, start + 7, "ORG", [(start, start + 7)])
    assert text[slice(*found)] == "Rohit Kashyap"
    text = "Vintner Kashyap said on Monday."  # a sentence's opener may describe the name
    assert widened(text, 8, 15, "ORG", [(8, 15)]) == (8, 15)
