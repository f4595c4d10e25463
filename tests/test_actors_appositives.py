"""A place in an apposition that describes a person is no actor (`timeline.actors.appositives`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.appositives import describes_a_person, describes_someone


def _names(text: str) -> set[str]:
    return {m.name for m in find_actors([text])[0]}


def test_a_place_describing_a_person_in_an_apposition_is_no_actor() -> None:
    for text, place in [
        ("Mwansa Phiri, 61, of Kabwe, appeared at the magistrates' court on Monday.", "Kabwe"),
        ('"We wait all day," said Lindiwe Moyo, a vendor from Mbare.', "Mbare"),
        ("Aroha Ngata, the 19-year-old striker from Rotorua, scored twice.", "Rotorua"),
        ("Jonas Berg, a former governor of Telemark, will stand again.", "Telemark"),
        ("Talks led by the former mayor of Tilburg, Eva Maas, broke down.", "Tilburg"),
        ("Families of the crew, most of them from Chimbote, waited at the port.", "Chimbote"),
    ]:
        start = text.index(place)
        names = _names(text)
        assert place not in names, (text, names)
        assert describes_a_person(text, start, start + len(place), "GPE"), text


def test_a_place_after_a_trade_describes_the_person() -> None:
    """Trades that end in no doer's ending ("architect", "mechanic", "nurse") name a person too."""
    for text, place in [
        ("His son Karim, 41, an architect in Sidon, runs the shop now.", "Sidon"),
        ("Minh, then a mechanic in Haiphong, came home in 2011.", "Haiphong"),
        ("Ruth Okello, a nurse from Jinja, gave evidence on Monday.", "Jinja"),
    ]:
        start = text.index(place)
        assert describes_a_person(text, start, start + len(place), "GPE"), text


def test_a_place_after_a_persons_name_or_age_and_of_is_where_the_person_lives() -> None:
    """ "Tom Rennie (41), of Partick,", "Grace Tisdall, of Caversham,", "(25), all of Govan":
    the person's home, no actor; a company's seat after its name stays."""
    for text, place in [
        ("Tom Rennie (41), of Partick, said he had been robbed.", "Partick"),
        ("Grace Tisdall, of Caversham, pleaded guilty on Monday.", "Caversham"),
        ("Ian Bell (23) and Ali Khan (25), all of Govan, were charged.", "Govan"),
    ]:
        start = text.index(place)
        assert describes_a_person(text, start, start + len(place), "GPE"), text
        assert place not in _names(text), text
    for text, place in [
        ("Harwell Pumps Ltd, of Billingham, was fined on Monday.", "Billingham"),
        ("The Tarsk Mining Company, of Olvey, cut 90 jobs.", "Olvey"),
        ("Mr. E. Roe, of the Department of Mines, will speak.", "Department of Mines"),
        ("Ana Kell, of Vella Harbour Board, will speak.", "Vella Harbour Board"),
    ]:
        start = text.index(place)
        assert not describes_a_person(text, start, start + len(place), "GPE"), text


def test_a_place_where_something_happens_or_is_stays_an_actor() -> None:
    for text, place in [
        ("Kadoma Mills, a textile plant in Kadoma, closed on Monday.", "Kadoma"),
        ("The firm employs 90 people, 70 of them in Lusaka.", "Lusaka"),
        ("She flew home, which took investigators from Lima a week.", "Lima"),
        ("Acme, a unit of Siemens, said on Monday it would cut jobs.", "Siemens"),
        ("The minister met the mayor in Tilburg on Monday.", "Tilburg"),
    ]:
        start = text.index(place)
        assert not describes_a_person(text, start, start + len(place), "GPE"), text


@given(st.text(max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_never_raises_on_any_text(text: str, start: int, length: int) -> None:
    end = min(len(text), start + length)
    assert describes_a_person(text, min(start, end), end, "GPE") in (True, False)


def test_a_place_after_the_before_a_kind_of_company_describes_it() -> None:
    names = _names("Ardo Kaffee sold its lot to Kell & Voss, the Hamburg importer, on Monday.")
    assert "Hamburg" not in names
    names = _names("Vila Nova signed Tom Aru for a fee, the Geneva club announced on Monday.")
    assert "Geneva" not in names


def test_a_place_before_a_doer_and_the_doer_s_name_describes_the_doer() -> None:
    names = _names("The novel, by the Dublin writer Aoife Dunne, sold out on Friday.")
    assert "Dublin" not in names and "Aoife Dunne" in names


def test_a_place_opening_a_kind_of_company_or_people_describes_them() -> None:
    """Stop 32: a place before up to two lower-case words and a noun of a kind of company or
    of people, or its plural, says where they are from: after a determiner or a number
    ("the Tarvik importers", "two Tarvik men", "a mid-sized Tarvik miner") or alone before a
    plural ("Tarvik motorists")."""
    for text, place in [
        ("Kell & Voss, the Tarvik importers, said the ships had not berthed.", "Tarvik"),
        ("The price would depend on what the Tarvik butter merchants offered.", "Tarvik"),
        ("Holm & Sons, the Tarvik table-knife makers, approved the merger on Tuesday.", "Tarvik"),
        ("The court set a trial date for two Tarvik men charged after the fight.", "Tarvik"),
        ("Ostra Coal, a mid-sized Tarvik miner, signed the deal on Monday.", "Tarvik"),
        ("Roads had been promised to Tarvik motorists for a decade, he said.", "Tarvik"),
        ("Navira S.A., a Tarvik City feeder operator, sold two ships.", "Tarvik City"),
    ]:
        start = text.index(place)
        assert describes_someone(text, start, start + len(place), "GPE"), text


def test_a_place_opening_a_thing_or_a_clause_stays() -> None:
    """Not before a thing, a works, a verb or a plural thing ("the Tarvik borders"), nor a
    singular kind without a determiner ("Tarvik firm Kell", where the name follows)."""
    for text, place in [
        ("Ships waited in Tarvik waters on Monday.", "Tarvik"),
        ("Troops closed the Tarvik borders on Monday.", "Tarvik"),
        ("Workers struck at the Tarvik plant on Monday.", "Tarvik"),
        ("Prices in Tarvik rose, the firm said.", "Tarvik"),
        ("Trade in Tarvik said the importers had waited.", "Tarvik"),
        ("A list of Tarvik list prices was published.", "Tarvik"),
        ("Two Tarvik officials said the port would close.", "Tarvik"),  # its state acting
    ]:
        start = text.index(place)
        assert not describes_someone(text, start, start + len(place), "GPE"), text


@given(st.text(max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_describes_someone_never_raises_on_any_text(text: str, start: int, length: int) -> None:
    end = min(len(text), start + length)
    assert describes_someone(text, min(start, end), end, "GPE") in (True, False)


def test_a_place_before_a_preposition_title_or_position_stays() -> None:
    assert "Lyon" in _names("The union has called a meeting in Lyon for Saturday week.")
    assert "Galway" in _names("The Galway coach Tom Aru said the club was happy.")
