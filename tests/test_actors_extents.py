"""Where an entity starts and ends: name words the model left beside it, names it ran together."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.actors import find_actors
from timeline.actors.extents import widened
from timeline.actors.joined_halves import joined_neighbours
from timeline.actors.ner import _outermost
from timeline.actors.pieces import pieces, without_opening_words
from timeline.actors.remits import remit_after_and
from timeline.actors.spans import RawSpan


def _widen(text: str, entity: str, label: str, lower: frozenset[str] = frozenset()) -> str:
    start = text.index(entity)
    end = start + len(entity)
    new_start, new_end = widened(text, start, end, label, [(start, end)], lower)
    return text[new_start:new_end]


def test_a_family_name_after_given_names_joins_the_person() -> None:
    text = "Health Minister Rosa Elena Mamani toured the clinic on Monday."
    assert _widen(text, "Rosa Elena", "PERSON") == "Rosa Elena Mamani"
    text = "Coach Tevita Lolo's side lost again."
    assert _widen(text, "Tevita", "PERSON") == "Tevita Lolo"


def test_the_first_word_of_a_place_joins_it() -> None:
    text = "Prices in the Nová Dubnica district rose."
    assert _widen(text, "Dubnica", "LOC") == "Nová Dubnica"
    text = "Upper Carinthia's council met."
    assert _widen(text, "Carinthia", "GPE") == "Upper Carinthia"


def test_a_particle_and_a_name_word_go_on_a_place() -> None:
    assert _widen("a rally in Costa del Lago on Monday", "Costa", "GPE") == "Costa del Lago"
    assert _widen("trees along the river in La Vereda today", "La", "GPE") == "La Vereda"
    assert "La Vereda" in {m.name for m in find_actors(["Pupils planted trees in La Vereda."])[0]}


def test_a_name_word_a_particle_and_a_name_word_go_on_a_place() -> None:
    """Stop 32: the model cut "Vila" of "Vila Nova de Gaia"; a title, a month or a word
    written in lower case elsewhere is no word of the place."""
    text = "the shipper based in Vila Nova de Gaia, said"
    assert _widen(text, "Vila", "GPE") == "Vila Nova de Gaia"
    assert _widen("talks in Tarvo Mayor de Souza opened", "Tarvo", "GPE") == "Tarvo"
    text = "fell in Tarvo Nova de Lago; the lago was full"
    assert _widen(text, "Tarvo", "GPE", frozenset({"lago"})) == "Tarvo"


@given(st.sampled_from(["del", "de", "la", "do"]))
def test_a_particle_before_a_word_written_in_lower_case_elsewhere_stays_out(word: str) -> None:
    text = f"a rally in Costa {word} Lago; the lago was full"
    assert _widen(text, "Costa", "GPE", frozenset({"lago", "the", "was", "full"})) == "Costa"


def test_no_word_joins_that_is_no_part_of_the_name() -> None:
    # an opener, a title, a month, a participle, a word written in lower case elsewhere
    assert _widen("In Tarnów the rain stopped.", "Tarnów", "GPE") == "Tarnów"
    assert _widen("Mayor Kowalczyk Tuesday said", "Kowalczyk", "PERSON") == "Kowalczyk"
    assert _widen("Visiting Tarnów, she spoke.", "Tarnów", "GPE") == "Tarnów"
    lower = frozenset({"even"})
    assert _widen("Even Tarnów flooded.", "Tarnów", "GPE", lower) == "Tarnów"


def test_a_preposition_opening_the_sentence_is_no_word_of_the_place() -> None:
    # a preposition is capitalised only because it opens the sentence
    assert _widen("Under Manitoba's mining act, claims lapse.", "Manitoba", "GPE") == "Manitoba"
    assert _widen("Despite Tonga's objections, talks went on.", "Tonga", "GPE") == "Tonga"
    assert _widen("Across Northern Savo, roads froze.", "Northern Savo", "LOC") == "Northern Savo"
    # a word of another entity stays with it
    text = "Ana Ruiz Kestrel said."
    start, end = 0, 8
    assert widened(text, start, end, "PERSON", [(0, 8), (9, 16)]) == (0, 8)


def test_a_headline_line_is_left_alone() -> None:
    text = "Ana Ruiz Wins Tarnów Seat Again\n\nAna Ruiz won."
    assert _widen(text, "Ana Ruiz", "PERSON") == "Ana Ruiz"


def test_two_places_joined_by_and_are_two() -> None:
    text = "Ferries to Skarvø and Lunde were cancelled."
    start = text.index("Skarvø")
    found = pieces(text, start, start + len("Skarvø and Lunde"), "GPE")
    assert [text[s:e] for s, e, _ in found] == ["Skarvø", "Lunde"]
    text = "the bridges at Orsk and Vell"
    start = text.index("Orsk")
    assert [text[s:e] for s, e, _ in pieces(text, start, len(text), "ORG")] == ["Orsk", "Vell"]


def test_a_firm_or_a_country_joined_by_and_stays_whole() -> None:
    text = "She works at Harwell and Pike Holdings."
    start = text.index("Harwell")
    end = text.index(".")
    assert pieces(text, start, end, "ORG") == [(start, end, "ORG")]
    text = "flights to Trinidad and Tobago"
    start = text.index("Trinidad")
    assert pieces(text, start, len(text), "GPE") == [(start, len(text), "GPE")]


def test_a_country_owning_an_organisation_is_cut_off() -> None:
    text = "Peru's Fisheries Council banned trawling."
    end = text.index(" banned")
    found = pieces(text, 0, end, "ORG")
    assert [(text[s:e], label) for s, e, label in found] == [
        ("Peru", "GPE"),
        ("Fisheries Council", "ORG"),
    ]


_NAME = st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True)


@given(st.lists(_NAME, min_size=1, max_size=6), st.sampled_from(["PERSON", "GPE", "LOC", "ORG"]))
def test_a_span_only_grows_and_stays_in_the_text(words: list[str], label: str) -> None:
    text = " ".join(words) + " said."
    start = text.index(words[len(words) // 2])
    end = start + len(words[len(words) // 2])
    new_start, new_end = widened(text, start, end, label, [(start, end)])
    assert 0 <= new_start <= start < end <= new_end <= len(text)
    for piece_start, piece_end, _ in pieces(text, new_start, new_end, label):
        assert new_start <= piece_start < piece_end <= new_end


def test_an_organisation_cut_at_its_first_comma_is_made_whole() -> None:
    text = "The panels were tested at the Assembly, Test and Launch Centre near Riga."
    start = text.index("Test and")
    end = text.index(" near")
    assert text[slice(*widened(text, start, end, "ORG", [(start, end)]))] == (
        "Assembly, Test and Launch Centre"
    )
    text = "Harwell, Pike & Co. led the offering."
    start = text.index("Pike")
    end = text.index(" led")
    assert widened(text, start, end, "ORG", [(0, 7), (start, end)]) == (0, end)
    # a list of two names is left alone: no "and" inside the second
    text = "Harwell, Pike Holdings and Vane Group led it."
    start = text.index("Pike")
    end = start + len("Pike Holdings")
    assert widened(text, start, end, "ORG", [(start, end)]) == (start, end)


def test_a_word_tagged_apart_inside_a_longer_span_goes() -> None:
    spans = [
        RawSpan(0, 7, "Harwell", "GPE"),
        RawSpan(0, 18, "Harwell, Pike & Co", "ORG"),
        RawSpan(30, 35, "Riga", "GPE"),
        RawSpan(30, 35, "Riga", "GPE"),
    ]
    assert [span.text for span in _outermost(spans)] == ["Harwell, Pike & Co", "Riga", "Riga"]


def test_two_names_joined_by_at_are_who_and_where() -> None:
    text = "Ashby drew with Kelmscott at Riverside Oval on Sunday."
    start = text.index("Kelmscott")
    end = text.index(" on Sunday")
    assert pieces(text, start, end, "PERSON") == [
        (start, start + len("Kelmscott"), "PERSON"),
        (text.index("Riverside"), end, "FAC"),
    ]
    # a common noun opening the sentence is no name; an organisation stays one
    text = "Nurses at Harbourside Health Ltd walked out on Monday."
    end = text.index(" walked")
    assert pieces(text, 0, end, "ORG") == [(text.index("Harbourside"), end, "ORG")]
    # a title in quotation marks stays whole
    text = 'her hit "Moonrise at Harlow" topped the chart'
    start = text.index("Moonrise")
    end = text.index('" topped')
    assert pieces(text, start, end, "WORK_OF_ART") == [(start, end, "WORK_OF_ART")]


def test_a_name_word_between_a_place_and_its_administrative_unit_is_part_of_it() -> None:
    text = "Floods reached Quang Tri province and Lam Dong district on Monday."
    quang = text.index("Quang")
    assert widened(text, quang, quang + 5, "GPE", [(quang, quang + 5)]) == (quang, quang + 9)
    lam = text.index("Lam")
    assert widened(text, lam, lam + 3, "LOC", [(lam, lam + 3)]) == (lam, lam + 8)
    # a word before another noun stays out: "Hanoi Metro trains"
    text = "Hanoi Metro trains ran late."
    assert widened(text, 0, 5, "GPE", [(0, 5)]) == (0, 5)


def test_a_verb_opening_a_headline_is_no_word_of_the_name_after_it() -> None:
    text = (
        "Meet Tarrow Glide: the scooter that folds into a backpack\n\n"
        "Today we are launching Tarrow Glide, our lightest scooter yet."
    )
    raw = [
        RawSpan(0, 17, "Meet Tarrow Glide", "PERSON"),
        RawSpan(82, 94, "Tarrow Glide", "PRODUCT"),
    ]
    assert [(r.start, r.text) for r in without_opening_words(text, raw)] == [
        (5, "Tarrow Glide"),
        (82, "Tarrow Glide"),
    ]
    # a given name before a surname the text writes alone is a word of the name
    text = "Elena Vargas Rojo died on Sunday.\n\nVargas Rojo opened the first reading room."
    raw = [RawSpan(0, 17, "Elena Vargas Rojo", "PERSON"), RawSpan(35, 46, "Vargas Rojo", "PERSON")]
    assert without_opening_words(text, raw) == raw
    # a first word the text writes capitalised inside a sentence is a word of the name
    text = "Meet Tarrow Glide sold out. We met Meet staff and sold Tarrow Glide kits."
    raw = [RawSpan(0, 17, "Meet Tarrow Glide", "ORG"), RawSpan(55, 67, "Tarrow Glide", "ORG")]
    assert without_opening_words(text, raw) == raw


def test_a_name_written_whole_twice_keeps_its_first_word() -> None:
    text = "Banco Rural del Sur buys a rival\n\nBanco Rural del Sur said on Monday it had agreed."
    raw = [
        RawSpan(0, 19, "Banco Rural del Sur", "ORG"),
        RawSpan(39, 58, "Banco Rural del Sur", "ORG"),
        RawSpan(6, 19, "Rural del Sur", "ORG"),
    ]
    assert [r.text for r in without_opening_words(text, raw)][:2] == [
        "Banco Rural del Sur",
        "Banco Rural del Sur",
    ]


def test_a_countrys_name_with_and_ends_the_organisation_it_names() -> None:
    text = "The Central Bank of Trinidad and Tobago raised its rate on Friday."
    names = {m.name for m in find_actors([text])[0]}
    assert not {"Tobago", "Trinidad"} & names, names
    text = "the Armed Forces of Bosnia and Herzegovina sent troops"
    assert text[slice(*widened(text, 4, 26, "ORG", [(4, 26), (31, 42)]))] == (
        "Armed Forces of Bosnia and Herzegovina"
    )


def test_a_body_and_a_persons_name_after_its_comma_are_two_actors() -> None:
    text = "the Ministry of Works, Ivan Petrov and"
    assert pieces(text, 4, 34, "ORG") == [(4, 21, "ORG"), (23, 34, "PERSON")]
    # a company's name with a comma stays whole
    assert pieces("Harwell Bank, Pike & Co. said", 0, 24, "ORG") == [(0, 24, "ORG")]


_FIELDS = frozenset({"forestry", "water", "science", "human", "service", "marine", "resource"})


def test_the_second_field_of_a_bodys_remit_after_and_is_part_of_its_name() -> None:
    text = "Last week the Department of Forestry and Water Services closed two reserves."
    start = text.index("the Department")
    end = start + len("the Department of Forestry")
    new_start, new_end = widened(text, start, end, "ORG", [(start, end)], frozenset(), _FIELDS)
    assert text[new_start:new_end] == "the Department of Forestry and Water Services"
    # a word no noun of the index ("Affairs" here) is no field: the name stays as found
    text = "Last week the Department of Forestry and Water Affairs closed two reserves."
    new_start, new_end = widened(text, start, end, "ORG", [(start, end)], frozenset(), _FIELDS)
    assert text[new_start:new_end] == "the Department of Forestry"
    # with no noun index (a model without a lemmatizer) the rule is off
    assert widened(text, start, end, "ORG", [(start, end)]) == (start, end)
    text = "The Office of Science and Human Services said on Monday it would hire."
    end = len("The Office of Science")
    assert text[: remit_after_and(text, 0, end, _FIELDS)] == (
        "The Office of Science and Human Services"
    )


def test_a_name_after_and_stays_its_own_actor() -> None:
    # a company after "and" is no field of the body's remit
    text = "The Ministry of Marine Affairs and Orvantis Shipping signed a deal."
    assert remit_after_and(text, 0, len("The Ministry of Marine Affairs"), _FIELDS) is None
    # a field written alone elsewhere is a name of its own
    text = "The Ministry of Science and Water met. Water was short all week."
    assert remit_after_and(text, 0, len("The Ministry of Science"), _FIELDS) is None
    # a company named after a remit is no body: its first word is no organisation word
    text = "Shares of Harbour Science and Water fell."
    assert remit_after_and(text, 10, len("Shares of Harbour Science"), _FIELDS) is None


def test_a_ministry_with_two_fields_is_one_actor() -> None:
    text = "Quotas were cut by the Ministry of Fisheries and Marine Resources on Friday."
    names = {m.name for m in find_actors([text])[0]}
    assert "Marine Resources" not in names, names
    assert "Ministry of Fisheries" not in names, names


@given(st.text(alphabet="abc ADMOW", max_size=40))
def test_the_remit_end_is_never_inside_the_name_it_widens(tail: str) -> None:
    text = "the Ministry of Water" + tail
    found = remit_after_and(text, 4, 21, _FIELDS)
    assert found is None or 21 < found <= len(text)


def test_two_entities_parted_by_a_space_only_are_one_name() -> None:
    text = "The watchdog Tutela Viaggiatori Liguria has advised ticket holders to wait."
    start = text.index("Tutela")
    spans = [
        RawSpan(start, start + 6, "Tutela", "LOC"),
        RawSpan(start + 7, start + 26, "Viaggiatori Liguria", "PERSON"),
    ]
    joined = joined_neighbours(text, spans)
    assert [(s.text, s.label) for s in joined] == [("Tutela Viaggiatori Liguria", "ORG")]
    text = "Police met Marisol Quenta at home."
    spans = [RawSpan(11, 18, "Marisol", "PERSON"), RawSpan(19, 25, "Quenta", "PERSON")]
    assert [(s.text, s.label) for s in joined_neighbours(text, spans)] == [
        ("Marisol Quenta", "PERSON")
    ]


def test_a_maker_a_place_or_a_comma_keeps_two_names_apart() -> None:
    def kept(text: str, first: str, first_label: str, second: str, label: str) -> int:
        a, b = text.index(first), text.index(second)
        spans = [
            RawSpan(a, a + len(first), first, first_label),
            RawSpan(b, b + len(second), second, label),
        ]
        return len(joined_neighbours(text, spans))

    # a product after its maker
    assert (
        kept(
            "aboard an Orvik Aerospace Tern 4 rocket", "Orvik Aerospace", "ORG", "Tern 4", "PRODUCT"
        )
        == 2
    )
    # a name after a country or a city
    text = "the Prime Minister of Peru Ana Quispe spoke"
    assert kept(text, "Peru", "GPE", "Ana Quispe", "PERSON") == 2
    assert kept("in Lisbon, Marta Reis said", "Lisbon", "GPE", "Marta Reis", "PERSON") == 2
    # a descriptor in lower case before the name
    assert (
        kept("by the survey firm Corvel Data", "the survey firm", "ORG", "Corvel Data", "ORG") == 2
    )
    # a company's suffix ends the first name
    assert (
        kept(
            "Tarvo Holdings Ltd. Sami Kettu said",
            "Tarvo Holdings Ltd.",
            "ORG",
            "Sami Kettu",
            "PERSON",
        )
        == 2
    )


def test_the_first_word_of_a_body_after_the_joins_it() -> None:
    # the model left out the first word of a body's name after "the"
    text = "On Friday the Varnholm Brass Players will open the season."
    assert _widen(text, "Brass Players", "ORG") == "Varnholm Brass Players"
    text = "He toured with the Juniper Creek Ramblers in the 1950s."
    assert _widen(text, "Creek Ramblers", "PERSON") == "Juniper Creek Ramblers"
    # a demonym, a title or a month after "the" is no word of the name
    text = "the Moldovan Rail Authority said"
    assert _widen(text, "Rail Authority", "ORG") == "Rail Authority"
    text = "the President Kelso Tiwari said"
    assert _widen(text, "Kelso Tiwari", "PERSON") == "Kelso Tiwari"


def test_a_word_opening_a_sentence_before_a_body_is_left_alone() -> None:
    # an adverb or a description may stand there: "Recently Kelso Ltd", "Guard Tomas Vilk"
    for text, entity in (
        ("Recently Tarnvik Mining has been buying rights.", "Tarnvik Mining"),
        ("Guard Tomas Vilk scored 14 points.", "Tomas Vilk"),
    ):
        assert _widen(text, entity, "ORG") == entity
    # but for the first word of a body's name in another language (stop 35, `name_heads`)
    text = "Partito Verdaccio, which won one seat in 2019, trails."
    assert _widen(text, "Verdaccio", "ORG") == "Partito Verdaccio"


def test_the_word_after_and_in_a_bodys_name_joins_it_unless_a_noun() -> None:
    text = "The Oruna and Vai'ala Taro Growers' Association gathered on Tuesday."
    assert _widen(text, "Taro Growers' Association", "ORG").startswith("Vai'ala Taro")
    # English has the noun: two bodies, "Tarn Bank and Union Freight"
    text = "Tarn Bank and Union Freight Lines signed a deal on Monday."
    start = text.index("Freight")
    end = start + len("Freight Lines")
    nouns = frozenset({"union"})
    assert widened(text, start, end, "ORG", [(start, end)], frozenset(), nouns) == (start, end)


def test_a_given_name_left_out_before_a_persons_other_names_joins_them() -> None:
    text = "The decision was welcomed by Mr Ysbrand van Aswegen on Sunday."
    assert _widen(text, "van Aswegen", "PERSON") == "Ysbrand van Aswegen"
    text = '"It was a fair price," said Đặng Thu Hà, an analyst.'
    assert _widen(text, "Thu Hà", "PERSON") == "Đặng Thu Hà"


def test_a_word_opening_a_sentence_or_written_in_lower_case_is_no_given_name() -> None:
    text = "Ferrywoman Ilse Brandt said so."
    assert _widen(text, "Ilse Brandt", "PERSON") == "Ilse Brandt"
    text = "The shipper, Tarn-based Ilse Brandt, said so."
    assert _widen(text, "Ilse Brandt", "PERSON") == "Ilse Brandt"
    text = "It was signed by Kenyan Joseph Kiprop on Monday."
    assert _widen(text, "Joseph Kiprop", "PERSON") == "Joseph Kiprop"
    text = "The ferry was held up by Storm Tamsin Orr on Monday; the storm passed."
    assert _widen(text, "Tamsin Orr", "PERSON", frozenset({"storm"})) == "Tamsin Orr"


@given(st.sampled_from(["as he said, ", "the report by ", "told by his aunt, "]))
def test_a_given_name_before_a_person_is_taken_whatever_stands_before_it(before: str) -> None:
    text = f"It rained, {before}Ysolde Kervella Marsh told us."
    assert _widen(text, "Kervella Marsh", "PERSON") == "Ysolde Kervella Marsh"


def _widen_with_words(text: str, entity: str, label: str, words: frozenset[str]) -> str:
    start = text.index(entity)
    end = start + len(entity)
    taken = [(start, end)]
    new_start, new_end = widened(text, start, end, label, taken, frozenset(), frozenset(), words)
    return text[new_start:new_end]


#: English words of every part of speech, as the model's lemma index holds them (a few).
_ENGLISH = frozenset({"rival", "insurer", "troubled", "meanwhile", "bus", "store", "valley"})


def test_a_companys_first_word_english_does_not_know_joins_its_name() -> None:
    # the model leaves a sentence's first word out of a company's name; a word English has in
    # no part of speech is the company's own (stop 47, helper `spans`)
    text = "Tovekko Ferry Co. cancelled its evening sailings on Friday."
    assert _widen_with_words(text, "Ferry Co.", "ORG", _ENGLISH) == "Tovekko Ferry Co."
    text = "Its landlord, Brannholt Estates Ltd, has promised repairs."
    assert _widen_with_words(text, "Estates Ltd", "ORG", _ENGLISH) == "Brannholt Estates Ltd"
    # an English word opening a sentence describes the company, and stays out of its name
    text = "Rival Quenby Motors Ltd said it would match the offer."
    assert _widen_with_words(text, "Quenby Motors Ltd", "ORG", _ENGLISH) == "Quenby Motors Ltd"
    text = "Troubled Quenby Motors Ltd asked its banks for time."
    assert _widen_with_words(text, "Quenby Motors Ltd", "ORG", _ENGLISH) == "Quenby Motors Ltd"
    # inside a sentence the model's reading stands; nor a name without a company's word
    text = "Shoppers at Hallowfen Grain Store were told to leave."
    assert _widen_with_words(text, "Grain Store", "ORG", _ENGLISH) == "Grain Store"
    text = "Odvarsen Karl Lind said the talks had failed."
    assert _widen_with_words(text, "Karl Lind", "PERSON", _ENGLISH) == "Karl Lind"
    # without the lemma index the rule is off
    text = "Tovekko Ferry Co. cancelled its evening sailings on Friday."
    assert _widen_with_words(text, "Ferry Co.", "ORG", frozenset()) == "Ferry Co."
