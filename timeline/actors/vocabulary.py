"""The word lists the actor rules read (titles, countries, stop list ...), each read once
through `timeline.wordlists` and kept in the form the rules look words up in.

    >>> countries()["iraqi"], "secretary of state" in titles()
    ('Iraq', True)
"""

from __future__ import annotations

import re
from functools import cache

from timeline.sentences import abbreviations
from timeline.temporal.vocabulary import VOCABULARY
from timeline.wordlists import longest_first, prefix_tree, table, word_list, word_set

#: A capital letter of a Latin alphabet, in a regular expression: "A", "Ö", "Š", "Ł" (a name
#: word of any European language opens with one: "Häkkinen", "Šamac", "Łódź").
CAPITAL = "(?:[A-Z]|[À-ÖØ-Þ]|[ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ])"
#: A name word's letter after its capital: any letter but a capital of A to Z ("Ibáñez").
SMALL = r"[^\W\d_A-Z]"
#: A word written as a name: a capital, then small letters (accents too, of any Latin
#: alphabet: "Cēsis", "Kędzior", stop 39), one apostrophe or hyphen inside at most ("Banská",
#: "Ka'ili", "Ter-Petrosyan"; not a possessive's): `extents`, `remits`.
NAME_WORD = rf"{CAPITAL}{SMALL}+(?:['’-](?!s\b)(?:[A-Z]|{SMALL})+)?"

#: "the" and the space after it, right before a name: "the Senate", "to the Town Engineer".
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def after_the(text: str, start: int) -> bool:
    """Whether the word "the" ends right before `start`, with a space between: "the Senate",
    "The Clerk" (not "bathe Senate", nor a name with no "the").

    >>> after_the("to the Senate", 7), after_the("bathe Senate", 6), after_the("Senate", 0)
    (True, False, False)
    """
    return _THE_BEFORE.search(text, max(0, start - 5), start) is not None


@cache
def countries() -> dict[str, str]:
    """Demonym or short form, case-folded -> country, from `data/demonyms.csv`."""
    return {alias.casefold(): country for alias, country in table("demonyms.csv")}


@cache
def country_names() -> frozenset[str]:
    """Countries' names and short forms, case-folded: the demonyms and short forms of
    `countries` and the countries they name.

    >>> {"bosnia and herzegovina", "iraqi", "iraq"} <= country_names()
    True
    """
    return frozenset(countries()) | frozenset(name.casefold() for name in countries().values())


def nationality(word: str) -> bool:
    """Whether a capitalised `word` is a nationality ("Eritrean", "Kenyan"): a word of
    `countries` that names a country other than as the country's own name ("Kenya").

    >>> nationality("Kenyan"), nationality("Kenya"), nationality("Kestrel")
    (True, False, False)
    """
    return countries().get(word.casefold(), "") not in ("", word)


@cache
def currency_codes() -> frozenset[str]:
    """The codes of currencies written before a sum ("DKK", "MAD"), from
    `data/currency_codes.txt`."""
    return word_set("currency_codes.txt")


@cache
def storm_pattern() -> re.Pattern[str]:
    """A storm word and the name after it: "Hurricane Delphine", "Tropical Storm Ana"."""
    storm_words = longest_first("storm_words.txt")
    words = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in storm_words)
    # a match opens with a storm word's first letter: the search skips to those
    first = "".join(sorted({re.escape(word[0]) for word in storm_words}))
    return re.compile(rf"(?=[{first}])\b(?:{words})\s+([A-Z][a-z]+)\b")


@cache
def state_nouns() -> frozenset[str]:
    """Nouns of a state's people and offices ("officials", "police"): after a place, its state
    acting ("a Bergen official"); after a demonym, the state's people (`government_nouns`)."""
    return word_set("state_nouns.txt")


@cache
def government_nouns() -> frozenset[str]:
    """Nouns after which a demonym or a country's letters are the country itself ("the
    Peruvian government"), from `data/government_nouns.txt`; before the other nouns of
    `state_nouns` ("Danish police") they name the state's people, no actor."""
    return word_set("government_nouns.txt")


@cache
def name_particles() -> frozenset[str]:
    """Lower-case words inside a name ("van", "de", "bin"): `data/name_particles.txt` and the
    patronymic words of `data/patronymic_words.txt`."""
    return frozenset(name_particles_longest_first())


@cache
def name_particles_longest_first() -> tuple[str, ...]:
    """The words of `name_particles`, longest first (of equal length, in file order), as an
    alternation of them wants them ("binti" before "bin").

    >>> words = name_particles_longest_first()
    >>> words.index("binti") < words.index("bin"), "van" in words
    (True, True)
    """
    words = (*word_list("name_particles.txt"), *word_list("patronymic_words.txt"))
    return tuple(sorted(words, key=len, reverse=True))


@cache
def titles() -> frozenset[str]:
    """Titles and roles written before names ("Prime Minister"), case-folded."""
    return frozenset(title.casefold() for title in word_list("titles.txt"))


@cache
def title_pattern() -> re.Pattern[str]:
    """A title at the end of a text, with up to two capitalised words before it and an "of ..."
    after: "U.S. Secretary of State ", "Defense Secretary", "U.S. District Judge ". The titles
    are one tree of their beginnings (`prefix_tree`), in lower case as the search ignores case:
    the same matches as their alternation longest first, in an eighth of the time (stop 44)."""
    words = prefix_tree(title.lower() for title in word_list("titles.txt"))
    # Optional words before the title ("U.S. Secretary of State", "U.S. District Judge"),
    # kept from a nationality or an acronym on by `roles.role_before`.
    before = r"[A-Z][\w.'’-]*"
    return re.compile(
        rf"(?:({before}(?:\s+{before})?)\s+)?(?i:{words})(?:\s+(?:of|for)\s+[A-Z][\w.-]*)?\s*$"
    )


def title_at_end(window: str) -> re.Match[str] | None:
    """`title_pattern()`'s match in `window` (a few words before a name), found sooner: in a
    window of ASCII letters, the match ends in a title's last word (the window's last word
    ends so) or in "of"/"for" and a word, so without either there is none to search for.

    >>> title_at_end("talks with U.S. Secretary of State ").group()
    'U.S. Secretary of State '
    >>> title_at_end("talks with ") is None
    True
    """
    words = window.split()
    if window.isascii() and words and not (len(words) > 1 and words[-2] in ("of", "for")):
        last = words[-1].lower()
        endings = _title_endings()
        if not any(last[cut:] in endings for cut in range(len(last))):
            return None
    return title_pattern().search(window)


@cache
def _title_endings() -> frozenset[str]:
    """The last word of each title, in lower case (the titles are ASCII)."""
    return frozenset(title.split(" ")[-1].lower() for title in word_list("titles.txt"))


@cache
def corporate_suffix() -> re.Pattern[str]:
    """A corporate suffix ending a name, with the space or ", " before it: " Inc.", ", Ltd";
    or two of them (" Co., Ltd.").

    >>> corporate_suffix().sub("", "Kestrel Pump Co., Ltd.")
    'Kestrel Pump'
    """
    suffixes = "|".join(re.escape(suffix) for suffix in _corporate_suffixes())
    return re.compile(rf"(?:,?\s+(?:{suffixes}))+$")


@cache
def _corporate_suffixes() -> tuple[str, ...]:
    return tuple(word_list("corporate_suffixes.txt"))


def may_end_in_corporate_suffix(name: str) -> bool:
    """Whether `name` ends in a corporate suffix (before a last line break, as `$` reads): a
    string test, where `corporate_suffix()` tries every position of `name`; without it, that
    pattern finds nothing.

    >>> may_end_in_corporate_suffix("Kestrel Pump Co., Ltd.")
    True
    >>> may_end_in_corporate_suffix("Kestrel Pump")
    False
    """
    return name.removesuffix("\n").endswith(_corporate_suffixes())


@cache
def document_words() -> frozenset[str]:
    """Last words that make a name a document or a law ("Agreement", "Act"), case-folded."""
    return frozenset(word.casefold() for word in word_list("document_words.txt"))


@cache
def event_words() -> frozenset[str]:
    """Last words that make a name an event ("Festival", "Cup", "Prize"), case-folded."""
    return frozenset(word.casefold() for word in word_list("event_words.txt"))


@cache
def organisation_words() -> frozenset[str]:
    """Last words that make a name an organisation ("Store", "Court", a sector such as
    "Shipping": `industry_words`), case-folded."""
    return frozenset(word.casefold() for word in word_list("organisation_words.txt")) | (
        industry_words()
    )


@cache
def name_heads() -> frozenset[str]:
    """First words of organisations' names in other languages ("Club", "Movimento", "Banque"),
    case-folded: `data/name_heads.txt`."""
    return frozenset(word.casefold() for word in word_list("name_heads.txt"))


@cache
def industry_words() -> frozenset[str]:
    """Sectors a company's name ends in ("Kestrel Shipping"), which also name a minister's
    portfolio ("Minister of Mining and Energy"), case-folded."""
    return frozenset(word.casefold() for word in word_list("industry_words.txt"))


@cache
def place_prepositions() -> frozenset[str]:
    """Prepositions after which "the court", a lone name or a list's members are places
    (`data/place_prepositions.txt`: "outside the court", "in Laharum and Wartook")."""
    return word_set("place_prepositions.txt")


@cache
def finite_verbs() -> frozenset[str]:
    """Words that read as a finite verb wherever they stand (`data/finite_verbs.txt`:
    auxiliaries and the irregular pasts and presents of news, "fell", "won", "says").

    >>> {"fell", "won", "has"} <= finite_verbs(), "district" in finite_verbs()
    (True, False)
    """
    return word_set("finite_verbs.txt")


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names and the months' short forms, case-folded.

    >>> {"march", "sept", "wednesday"} <= calendar_words()
    True
    """
    return frozenset(word.casefold() for word in (*VOCABULARY.months, *VOCABULARY.weekdays))


@cache
def prepositions() -> frozenset[str]:
    """Prepositions (`data/prepositions.txt`): a name after one is no sentence's subject
    ("Production of Kazenon-S was halted")."""
    return word_set("prepositions.txt")


@cache
def body_words() -> frozenset[str]:
    """Words of a name that make an organisation a public body, a market, a union or another
    body of members, not a company ("Commission", "Exchange", "Association"), case-folded.

    >>> {"exchange", "ministry", "union"} <= body_words(), "company" in body_words()
    (True, False)
    """
    return frozenset(word.casefold() for word in word_list("body_words.txt"))


@cache
def place_words() -> frozenset[str]:
    """Last words of a place's name the model may leave out ("Plaza"), case-folded.

    >>> "plaza" in place_words()
    True
    """
    return frozenset(word.casefold() for word in word_list("place_words.txt"))


@cache
def personal_titles() -> frozenset[str]:
    """Titles written as abbreviations, with or without a full stop ("Cllr", "Dr.", "Ms"),
    case-folded: only a person's name follows one ("Dr Pepper" aside).

    >>> {"cllr", "dr.", "ms"} <= personal_titles(), "president" in personal_titles()
    (True, False)
    """
    return frozenset(title for title in titles() if title.rstrip(".") in abbreviations())


@cache
def described_nouns() -> frozenset[str]:
    """Nouns of a kind of company or a person, which a place before them describes ("a
    Townsville firm", "a Brisbane man"): `data/organisation_anaphors.txt` and the nouns of
    `data/gendered_words.csv`.

    >>> {"firm", "man", "mother"} <= described_nouns(), "court" in described_nouns()
    (True, False)
    """
    people = {row[0] for row in table("gendered_words.csv") if row[2] != "pronoun"}
    return word_set("organisation_anaphors.txt") | people


@cache
def stoplist() -> frozenset[str]:
    """Capitalised words the model tags that are never actors, case-folded."""
    return frozenset(word.casefold() for word in word_list("actors_stoplist.txt"))


@cache
def post_nominals() -> frozenset[str]:
    """Letters written after a member's name ("MP", "TD"), from `data/post_nominals.txt`."""
    return word_set("post_nominals.txt")


@cache
def portfolio_pattern() -> re.Pattern[str]:
    """A title that takes a portfolio, then "of" or "for" and the portfolio's words so far, at
    the end of a text: "the Minister of Water, Forests and ", "Secretary for "."""
    words = "|".join(re.escape(word) for word in word_list("portfolio_titles.txt"))
    return re.compile(
        rf"\b(?:{words})\s+(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|and|&),?\s+)*$"
    )


@cache
def portfolio_titles() -> frozenset[str]:
    """Titles that take a portfolio ("Minister"), case-folded."""
    return frozenset(word.casefold() for word in word_list("portfolio_titles.txt"))


@cache
def model_words() -> frozenset[str]:
    """Words that name a model after its brand, as their maker writes them ("touch")."""
    return word_set("model_words.txt")
