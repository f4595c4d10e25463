"""Words around a span that make it no organisation: a portfolio of a title ("the Minister
of Water, Forests and Fisheries", "Transport" of "Transport Minister") and a sum of money after
a currency's code ("MAD 412", "NPR 10,000"), read by `spans.clean_span`.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.mention import ActorMention
from timeline.actors.vocabulary import (
    currency_codes,
    industry_words,
    organisation_words,
    portfolio_pattern,
    portfolio_titles,
)
from timeline.kinds import ActorType
from timeline.wordlists import letters_ahead

__all__ = [
    "coded_sum",
    "names_a_portfolio",
    "opens_a_sum",
    "outside_portfolios",
    "portfolio_opening",
    "priced",
]

#: "the " opening a span.
_THE_OPENING = re.compile(r"^[Tt]he\s+")

#: A sum of money after a currency's code, in thousands or a word of magnitude: "NPR 10,000",
#: "KES 4.5 billion" (an index's number is plain: "MSM 30", "BIST 100").
_CODED_SUM = re.compile(
    r"[A-Z]{3}\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:bn|m)?\b"
    r"|[A-Z]{3}\s?\d+(?:\.\d+)?\s?(?:million|billion|trillion|bn|m)\b"
)
#: Two or three capitals and a number after them: "MAD 412", "MSM 30", "DM 14".
_CODE_AND_NUMBER = re.compile(r"([A-Z]{2,3})\s?\d")


#: A sum of money with a currency's letters before its sign: "HK$7.12", "NZ$ 40", "R$40m";
#: rupees: "Rs 4", "Rs. 1.6".
_AMOUNT = re.compile(r"(?:[A-Z]{0,3}[$€£¥]|Rs\.?)\s?\d")


def opens_a_sum(text: str, start: int) -> bool:
    """Whether `text` at `start` opens a sum of money with a currency's letters and sign: the
    "R" of "R$40m" and the "Rs" of "Rs. 1.6 billion" are a currency, no name.

    >>> opens_a_sum("lent R$40m", 5), opens_a_sum("cost Rs. 1.6 billion", 5)
    (True, True)
    >>> opens_a_sum("HK$7.12", 0), opens_a_sum("Rs Kumar", 0)
    (True, False)
    """
    return _AMOUNT.match(text, start, start + 8) is not None


def coded_sum(text: str, start: int) -> bool:
    """Whether `text` at `start` is a sum after a currency's code, in thousands or with a
    word of magnitude ("NPR 10,000", "KES 4.5 billion"); an index's number is plain.

    >>> coded_sum("NPR 10,000", 0), coded_sum("KES 4.5 billion", 0), coded_sum("MSM 30", 0)
    (True, True, False)
    >>> coded_sum("DKK 1,862m", 0)  # thousands and a magnitude (stop 47)
    True
    """
    return _CODED_SUM.match(text, start) is not None


def priced(surface: str) -> bool:
    """Whether a span opens with a sum of money: a currency's code and a number ("MAD 412",
    "NOK 96.20", "DKK 9"; `data/currency_codes.txt`), not an index's name and number ("MSM
    30") nor a code written alone.

    >>> priced("MAD 412"), priced("NOK 96.20"), priced("MSM 30"), priced("DKK")
    (True, True, False, False)
    >>> priced("DM 98.2m"), priced("DM 14"), priced("FC 14")
    (True, True, False)
    """
    code = _CODE_AND_NUMBER.match(surface)
    return code is not None and code.group(1) in currency_codes()


#: A title that takes a portfolio right after a span: " Minister" of "Transport Minister",
#: " minister" of "Trade and Industry minister".
_TITLE_AFTER = re.compile(r"\s+([A-Za-z][a-z]+)\b")


@cache
def portfolio_opening() -> re.Pattern[str]:
    """A title that takes a portfolio and "of" or "for" opening a span: "Minister of Economic
    Development Carlo" is a title and the start of a name, no organisation."""
    ordered = sorted(portfolio_titles(), key=len, reverse=True)
    words = "|".join(re.escape(word) for word in ordered)
    return re.compile(rf"{letters_ahead(ordered)}(?:{words})\s+(?:of|for)\s", re.IGNORECASE)


@cache
def _bodies_not_industries() -> frozenset[str]:
    """The organisation words that are no industry's: a body's first word, not a portfolio's
    ("Ministry", not "Transport")."""
    return organisation_words() - industry_words()


def names_a_portfolio(text: str, start: int, end: int) -> bool:
    """Whether the span `text[start:end]` is the portfolio of a title: after "Minister of"
    ("the Minister of Water, Forests and Fisheries", across its commas and "and") or right
    before "Minister" ("Deputy Transport Minister Ana Ruiz"); the titles are in
    `data/portfolio_titles.txt`. An organisation before another title stays ("Harwell
    President Jo Kim"; "Governor of the Bank of Tarsk").

    >>> text = "the Minister of Water, Forests and Fisheries, Jo Kim, said"
    >>> names_a_portfolio(text, 35, 44)
    True
    >>> names_a_portfolio("Deputy Transport Minister Jo Kim said", 7, 16)
    True
    >>> names_a_portfolio("by Trade and Industry minister Mr Jo Kim", 3, 21)
    True
    >>> names_a_portfolio("Jo Kim, the Home Office minister, said", 12, 23)
    False
    >>> names_a_portfolio("Harwell President Jo Kim said", 0, 7)
    False
    >>> names_a_portfolio("the Secretary of the Ministry of Lakes, Jo Kim, said", 17, 38)
    False
    >>> names_a_portfolio("the Minister of Mining and Energy, Jo Kim, said", 16, 33)
    True
    """
    first = _THE_OPENING.sub("", text[start:end]).split(" ", 1)[0]
    if first.casefold() in _bodies_not_industries():
        return False  # "the Permanent Secretary of the Ministry of Public Service": a body
    if portfolio_pattern().search(text, max(0, start - 120), start):
        return True
    after = _TITLE_AFTER.match(text, end)
    if after is None or after.group(1).casefold() not in portfolio_titles():
        return False
    # a title in lower case after a body's name is the body's own: "the Home Office minister"
    return after.group(1)[:1].isupper() or not any(
        word.casefold() in organisation_words() for word in text[start:end].split()
    )


def outside_portfolios(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions that are not the portfolio of a title (`names_a_portfolio`): the
    "Economy" of "Economy Minister Ana Ruiz" is a word of her title, though the text names
    an "Economy Ministry" whose short form it looks like (stop 39, helper `actors10x`); the
    model's spans were cleaned so (`spans.clean_span`), the names found again after them
    were not.

    >>> text = "The Economy Ministry agreed. Economy Minister Ana Ruiz said so."
    >>> body = ActorMention(4, 20, "Economy Ministry", "Economy Ministry", "organisation")
    >>> short = ActorMention(29, 36, "Economy", "Economy Ministry", "organisation")
    >>> [m.start for m in outside_portfolios(text, [body, short])]
    [4]
    """
    return [
        mention
        for mention in mentions
        if mention.type != ActorType.ORGANISATION
        or not names_a_portfolio(text, mention.start, mention.end)
    ]
