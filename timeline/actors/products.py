"""Products and their model numbers: a brand written like "iPod", a brand with a model number
("iPhone 4", "the 3G iPhone") or a model word ("iPod touch"), and their plurals ("iPods").

    >>> written_models("The iPhone 4 and the iPad 2 sold well.")
    [('iPhone', '4'), ('iPad', '2')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from timeline.actors.mention import ActorMention
from timeline.actors.modifiers import VERB_AFTER
from timeline.actors.occurrences import apart_edges, occurrences
from timeline.actors.openings import capital_sweep
from timeline.actors.vocabulary import corporate_suffix, model_words, organisation_words, titles
from timeline.kinds import ActorType
from timeline.sentences import sentence_openers
from timeline.temporal.vocabulary import APPROX_WORDS, MONTHS

_MODEL = re.compile(r"\s(\d[\w.]*|[A-Z]{1,3}S?)\b(?!['’]?\w)(?!,\d)")
#: A share after a number, which makes it no model number: "Kim 47.6 percent", "Lee 12 per cent".
_SHARE_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|pc\b|points?\b)")
#: A match's score going on after a number, which makes it no model number: the "-1" of
#: "beat Kelso Rovers 3-1", the "–5" of "the rink of Ana Berg 7–5".
_SCORE_AFTER = re.compile(r"[-–]\d")
#: A model number after a name, possessive allowed: "iPhone 3GS's price".
_NUMBER = r"\d\w*(?:\.\d+)*"  # "4", "3GS", "1.1.1"
_MODEL_AFTER = re.compile(rf"\s(?:{_NUMBER}|[A-Z]{{1,3}}S?)(?![\w-]|['’](?!s\b)|,\d)")
#: A brand written like "iPod" or "eBay": a lower-case letter, then a capital.
_BRAND_CASE = re.compile(r"[a-z]+[A-Z]")
#: A brand with a model number: "iPhone 4", "iPad 2".
_BRAND_MODEL = re.compile(rf"(?<![\w-])([a-z]{{1,2}}[A-Z][A-Za-z]+)\s({_NUMBER})(?![\w-])")
_MODEL_NAME = re.compile(r"^(?:(?:an?|the)\s+)?([A-Za-z]*[A-Z][\w-]*\s\d[\w.]*)$")
#: A sum written with a currency's letter and its thousands spaced or marked: "R412 000",
#: "K9 000 000", "K186,000" (stop 47).
_SPACED_AMOUNT = re.compile(r"[A-Z]{1,2}\d{1,3}(?:[ ,]\d{3})+")
#: A model number written before its brand: "the 3G iPhone".
_NUMBER_BEFORE = re.compile(rf"(?<![\w-])({_NUMBER})\s$")
#: After a model word, what makes it a plain noun: "the iPhone touch screen", "touch-based".
_NOT_A_MODEL = re.compile(r"-|\s+(?:screens?|displays?|sensitive|pads?|controls?|id)\b")


def is_brand_case(name: str) -> bool:
    """Whether `name` starts like a brand written "iPod" or "eBay".

    >>> is_brand_case("iTunes Store"), is_brand_case("Apple")
    (True, False)
    """
    return _BRAND_CASE.match(name) is not None


def is_model_name(name: str) -> bool:
    """Whether `name` is a name with a model number: "iPhone 4", "the Galaxy 3".

    >>> is_model_name("iPhone 4"), is_model_name("iPhone")
    (True, False)
    """
    return _MODEL_NAME.match(name) is not None


def model_number_at(text: str, position: int) -> bool:
    """Whether a model number follows `position`: "iPhone| 3GS", "iPhone| 4's".

    >>> model_number_at("the iPhone 3GS", 10), model_number_at("the iPhone 3-way", 10)
    (True, False)
    """
    return _MODEL_AFTER.match(text, position) is not None


def written_models(text: str) -> list[tuple[str, str]]:
    """(brand, number) of every brand with a model number written in `text`, in order."""
    return _BRAND_MODEL.findall(text)


def model_span(text: str, start: int, end: int, label: str) -> tuple[int, int, str] | None:
    """The entity `text[start:end]` with a model number after a name taken in as a "PRODUCT";
    a "CARDINAL" is kept only when it is a model name the model took for a number, and a sum
    written with a currency's letter and spaced thousands is none ("R412 000").

    >>> model_span("Apple sold the iPhone 4 today", 15, 21, "PRODUCT")
    (15, 23, 'PRODUCT')
    >>> model_span("Apple CEO Tim Cook", 0, 5, "ORG")
    (0, 5, 'ORG')
    >>> model_span("and Kamau 47.6 percent", 4, 9, "ORG")  # a share of the vote, no model
    (4, 9, 'ORG')
    >>> model_span("beat Kelso Rovers 3-1 on", 5, 17, "ORG")  # a match's score, no model
    (5, 17, 'ORG')
    >>> model_span("sold 4 units", 5, 6, "CARDINAL") is None
    True
    >>> model_span("Nearly 300 ships sail", 0, 10, "CARDINAL") is None  # a number's modifier
    True
    >>> model_span("a loss of R412 000 in 1972", 10, 18, "CARDINAL") is None  # a sum
    True
    >>> model_span("built at a cost of K186,000 in 1959", 19, 27, "MONEY") is None
    True

    Nor is a number with its thousands after a name (stop 47): "fined Kelso 5,000 pesos".

    >>> model_span("fined Kelso 5,000 pesos", 6, 11, "ORG")
    (6, 11, 'ORG')
    """
    if _SPACED_AMOUNT.fullmatch(text[start:end]):
        return None  # "a loss of R412 000": a sum in a currency's letter, whatever the label
    if label == "CARDINAL":  # the model tags "iPhone 4" as a number at times
        model = _MODEL_NAME.match(text[start:end])
        if model is None or model.group(1).split()[0].casefold() in APPROX_WORDS:
            return None  # "About 40 planned operations": a number, no model
        start, label = start + model.start(1), "PRODUCT"
    if label == "ORG" and _ends_in_model_number(text, start, end):
        return start, end, "PRODUCT"  # "iPhone 4" taken whole for an organisation
    if label in ("ORG", "PRODUCT"):  # a model number after a name makes a product
        number = _MODEL.match(text, end)
        if (
            number is not None
            and _SHARE_AFTER.match(text, number.end()) is None  # "Langat 47.6 percent"
            and _SCORE_AFTER.match(text, number.end()) is None  # "Kelso Rovers 3-1"
            and text[start].isalpha()
            and number.group(1).casefold() not in titles()  # "Apple CEO"
            and corporate_suffix().match(" " + number.group(1)) is None  # "Chrysler LLC"
        ):
            end, label = number.end(), "PRODUCT"
    return start, end, label


def _ends_in_model_number(text: str, start: int, end: int) -> bool:
    """Whether the organisation `text[start:end]` is a name and a model number that
    `model_span` makes a product when the model stops before the number: the same words
    read the same whether the model's span holds the number or not (a model tuned on names
    with numbers takes "iPhone 4" whole for an organisation, the package's `ner` "iPhone").

    >>> _ends_in_model_number("unveiled iPhone 4 today", 9, 17)
    True
    >>> _ends_in_model_number("Langat 47.6 percent", 0, 11)  # a share, no model
    False
    >>> _ends_in_model_number("Apple CEO Tim", 0, 9)  # a title
    False
    >>> _ends_in_model_number("the New GM will", 4, 10)  # letters: the name of a company
    False
    >>> _ends_in_model_number("the Union Army on July 26 was", 4, 25)  # a date, no model
    False
    """
    last = text.rfind(" ", start, end)
    if last <= start or not text[last + 1 : last + 2].isdigit():
        return False  # "New GM", "Sony BMG": letters after a name may be an organisation's
    if text[start:last].rsplit(maxsplit=1)[-1].rstrip(".").casefold() in MONTHS:
        return False  # "... on July 26": a day run into the name, which `time_edges` cuts
    return model_span(text, start, last, "ORG") == (start, end, "PRODUCT")


def brand_plurals(organisations: Iterable[str]) -> dict[str, str]:
    """Plural -> brand of the names written like brands: "iPods" are iPods.

    >>> brand_plurals(["iPod", "Apple"])
    {'iPods': 'iPod'}
    """
    return {f"{name}s": name for name in organisations if is_brand_case(name)}


def model_plurals(products: Iterable[str]) -> dict[str, str]:
    """Plural -> model of the products named with a model number: "other iPhone 4s" are
    iPhone 4 units (a capital "S" is a model of its own: "iPhone 4S").

    >>> model_plurals(["iPhone 4", "Harlow Juniper", "iPhone 4S"])
    {'iPhone 4s': 'iPhone 4'}
    """
    return {f"{name}s": name for name in products if is_model_name(name) and name[-1].isdigit()}


def makers_things(text: str, organisations: Iterable[str]) -> frozenset[str]:
    """Names the model took for organisations that are a maker's thing: the maker's name,
    written alone as an organisation and without "the" somewhere, then one word that is no
    organisation's, with "the" before it wherever it is written ("the Harlow Juniper" of the
    carmaker "Harlow"): no longer name of the maker. "The Dow" is no maker of "the Dow Jones
    Industrial Average".

    >>> text = "Harlow cut jobs. Harlow will stop making the Harlow Juniper."
    >>> sorted(makers_things(text, ["Harlow", "Harlow Juniper"]))
    ['Harlow Juniper']
    >>> text = "Harlow said so. The Harlow Group said so."
    >>> sorted(makers_things(text, ["Harlow", "Harlow Group"]))
    []
    """
    alone = set(organisations)
    things: set[str] = set()
    for name in alone:
        words = name.split()
        if (
            len(words) != 2
            or words[0] not in alone
            or words[-1].casefold() in organisation_words()
            or all(_after_the(text, at) for at in _written(text, words[0]))
        ):
            continue
        written = _written(text, name)
        if written and all(_after_the(text, at) for at in written):
            things.add(name)
    return frozenset(things)


def _written(text: str, name: str) -> list[int]:
    """Where `text` writes `name` as whole words."""
    return occurrences(text, name, edges=apart_edges, overlapping=False)


def _after_the(text: str, at: int) -> bool:
    return re.search(r"\b[Tt]he\s+$", text[max(0, at - 5) : at]) is not None


def numbered_model(text: str, mention: ActorMention, models: set[str]) -> ActorMention | None:
    """The model a brand mention is part of, number and all: "iPhone 3G" where the NER model
    saw "iPhone", or "3G iPhone" when the text names the "iPhone 3G" (in `models`).

    >>> brand = ActorMention(8, 14, "iPhone", "iPhone", "product")
    >>> numbered_model("the new iPhone 3G", brand, set()).name
    'iPhone 3G'
    """
    if " " in mention.text or not is_brand_case(mention.text):
        return None
    number = _BRAND_MODEL.match(text, mention.start)
    if number is not None and number.end(1) == mention.end:
        end = number.end()
        text_of = text[mention.start : end]
        unit = f"{mention.text} {number.group(2)[:-1]}"  # "other iPhone 4s": iPhone 4 units
        name = unit if text_of.endswith("s") and unit in models else text_of
        return ActorMention(mention.start, end, text_of, name, ActorType.PRODUCT)
    before = _NUMBER_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if before is not None and f"{mention.text} {before.group(1)}" in models:
        # "the 3G iPhone" in an article about the "iPhone 3G"
        start = before.start(1)
        name = f"{mention.text} {before.group(1)}"
        surface = text[start : mention.end]
        return ActorMention(start, mention.end, surface, name, ActorType.PRODUCT)
    return None


def model_word_after(text: str, mention: ActorMention, word: str, end: int) -> bool:
    """Whether `word`, ending at `end` after a brand mention, names its model ("iPod touch"),
    not a plain noun ("the iPhone touch screen").

    >>> brand = ActorMention(4, 8, "iPod", "iPod", "product")
    >>> model_word_after("the iPod touch sold", brand, "touch", 14)
    True
    >>> model_word_after("the iPod touch screen", brand, "touch", 14)
    False
    """
    brand = " " not in mention.text and is_brand_case(mention.text)
    return word in model_words() and brand and not _NOT_A_MODEL.match(text, end)


def model_candidates(
    text: str, mentions: list[ActorMention], written: list[tuple[str, str]]
) -> Iterator[ActorMention]:
    """Other models of the product lines named in the text ("the iPhone 3G" beside
    "iPhone 4"), and known models written number first ("the 3G iPhone"), in that order; the
    caller keeps those that overlap no mention.

    >>> iphone = ActorMention(0, 8, "iPhone 4", "iPhone 4", "product")
    >>> [m.name for m in model_candidates("iPhone 4 beat the iPhone 3G.", [iphone], [])]
    ['iPhone 4', 'iPhone 3G']
    """
    lines: set[str] = set()  # "iPhone" of "iPhone 4": a product line with model numbers
    for mention in mentions:
        if mention.type == ActorType.PRODUCT and is_model_name(mention.name):
            lines.add(mention.name.split()[0])
    # A brand written like "iPhone" with a model number after it is a product whether the
    # model saw it or not: "the recently announced iPhone 4".
    lines.update(brand for brand, _ in written)
    if not lines:
        return
    models = {m.name for m in mentions if m.type == ActorType.PRODUCT}
    models.update(f"{brand} {number}" for brand, number in written)
    bases = "|".join(re.escape(line) for line in sorted(lines, key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w-])(?:{bases}){_MODEL_AFTER.pattern}", text):
        start, end = match.span()
        name = match.group()
        plural = name[-1] == "s" and name[-2].isdigit() and name[:-1] in models
        # "other iPhone 4s" are iPhone 4 units
        yield ActorMention(start, end, name, name[:-1] if plural else name, ActorType.PRODUCT)
    # the number first: "the 3G iPhone" in an article about the "iPhone 3G"
    for match in re.finditer(rf"(?<![\w-])({_NUMBER})\s({bases})(?![\w-])", text):
        name = f"{match.group(2)} {match.group(1)}"
        if name in models:
            start, end = match.span()
            yield ActorMention(start, end, match.group(), name, ActorType.PRODUCT)


#: A name joined by a hyphen to a number: a craft, a launcher or a plant variety ("Wadjet-1",
#: "Sentinel-6B", "Tana-7"); not a year ("Sep-2024"), which has four figures.
_NUMBERED_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]+)-(\d{1,3}[A-Z]?)(?![\w-])")
#: A lower-case word after it: the noun it names a kind of ("the Cal-24 contract", "the
#: Covid-19 pandemic"), unless a verb or a function word.
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def numbered_names(text: str, mentions: Iterable[ActorMention]) -> list[ActorMention]:
    """Products the model missed, named by a word and a number joined by a hyphen ("Wadjet-1
    separated from the upper stage", "Its predecessor, Ikaze-1, was deployed"), where no
    mention stands; not before a noun it describes ("the Cal-24 contract", "the Covid-19
    pandemic"), nor a month's abbreviation.

    >>> text = "Its predecessor, Ikaze-1, was deployed in 2019. The Cal-24 contract fell."
    >>> [(m.text, m.type) for m in numbered_names(text, [])]
    [('Ikaze-1', 'product')]
    """
    taken = [(m.start, m.end) for m in mentions]
    found: list[ActorMention] = []
    for match in capital_sweep(_NUMBERED_NAME, text):
        start, end = match.span()
        if match.group(1).casefold() in MONTHS or any(a < end and start < b for a, b in taken):
            continue
        after = _WORD_AFTER.match(text, end)
        if after is not None and not _verb_or_function_word(after.group(1)):
            continue
        found.append(ActorMention(start, end, match.group(), match.group(), ActorType.PRODUCT))
    return found


def _verb_or_function_word(word: str) -> bool:
    """Whether a lower-case `word` after a name is a verb or a function word ("was", "is",
    "separated", "and"), not a noun the name describes."""
    return bool(VERB_AFTER.fullmatch(word)) or word in sentence_openers()
