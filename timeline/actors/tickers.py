"""A share's ticker and the exchange in its brackets name no actor: "(NYSE: KLV)", "under
the symbol KLV" (moved out of `not_actors`, which asks it).

    >>> text = "Kelvane Corp. (NYSE: KLV) rose."
    >>> names_a_ticker(text, 21, 24), names_a_ticker(text, 0, 7)
    (True, False)
"""

from __future__ import annotations

import re

__all__ = ["lists_a_company", "names_a_ticker"]

#: Before a share's ticker: an exchange and a colon in brackets ("(NYSE: "), or "symbol".
_TICKER_BEFORE = re.compile(r"(?:\(\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?:\s*|\b(?:symbol|ticker)\s+)$")


#: After an exchange in brackets: a colon and its ticker, "code" before the colon at times
#: (" code: KLV)" of "(ASX code: KLV)").
_TICKER_AFTER = re.compile(r"(?:\s+code)?\s*:\s*[A-Z][A-Z0-9.]{0,9}\s*[);,]")
#: An exchange, a colon and a ticker as one span: "NASDAQ: CRVN", "TSX: KLV.B".
_TICKER_SPAN = re.compile(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)?:\s*[A-Z][A-Z0-9.]*")


def names_a_ticker(text: str, start: int, end: int) -> bool:
    """Whether the name is the ticker a share trades under: after an exchange and a colon in
    brackets, or after "symbol" or "ticker" ("under the symbol KLV").

    >>> text = "Kelvane Corp. (NYSE: KLV) listed under the symbol KLV. NYSE rose."
    >>> names_a_ticker(text, 21, 24), names_a_ticker(text, 50, 53), names_a_ticker(text, 55, 59)
    (True, True, False)
    >>> names_a_ticker(text, 15, 24)  # "NYSE: KLV" as one span
    True

    So is the exchange in the ticker's brackets, which only lists the company (stop 33): "(NYSE:
    KLV)", "(ASX code: KLV)"; not an exchange that acts ("told the ASX", "NYSE rose").

    >>> names_a_ticker(text, 15, 19), names_a_ticker("Ulla Ltd (ASX code: UL) said", 10, 13)
    (True, True)
    """
    if _TICKER_SPAN.fullmatch(text, start, end):
        return True  # "NASDAQ: CRVN", the model's one span for the exchange and the ticker
    if lists_a_company(text, start, end):
        return True  # "(NZX: KWS)": the market that lists the company
    return _TICKER_BEFORE.search(text, max(0, start - 24), start) is not None


def lists_a_company(text: str, start: int, end: int) -> bool:
    """Whether the name is the market in a ticker's brackets, which lists the company before
    it ("Orlo Inc. (NYSE: ORL)", "(ASX code: UL)"): neither an actor nor what "the company"
    after it stands for (the ticker itself may be the company's other name).

    >>> text = "Orlo Inc. (NYSE: ORL) rose. NYSE fell."
    >>> lists_a_company(text, 11, 15), lists_a_company(text, 28, 32)
    (True, False)
    """
    return text[max(0, start - 8) : start].rstrip().endswith("(") and bool(
        _TICKER_AFTER.match(text, end)
    )
