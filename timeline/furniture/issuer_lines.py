"""A listed issuer's lines around its announcement, not the story: the codes of its securities
("JSE share code: ABC   ISIN: ZA0000000000"), where it is listed ("Listed on the Tarrow Stock
Exchange."), its registration number and where it is incorporated. Each rule is one unit with
its examples (`ISSUER_RULES`, read by `timeline.furniture.line_rules`); the labels are in
`timeline/data/listing_labels.txt`, and none names an exchange or an issuer.

    >>> is_security_codes("Share code: HFC   ISIN: ZAE000123456")
    True
    >>> is_security_codes("Shares: up 4% on Monday after the results.")
    False
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.kinds import FurnitureKind, LineRule
from timeline.furniture.kinds import matches as _matches
from timeline.wordlists import word_list

__all__ = ["ISSUER_RULES", "is_security_codes"]

#: One field of a line of codes: a label of one to three words, a colon, a value of one or two
#: words with no sentence in it ("ISIN: ZAE000123456", "PDF: Download").
_FIELD = (
    r"(?P<label>[A-Z][\w()'’.-]*(?:\s[\w()'’.-]+){0,2})\s*:\s*"
    r"[A-Z0-9][\w./-]*(?:\s[A-Z0-9][\w./-]*)?"
)
#: What sets the fields apart: two spaces or more, a bar, a dot or a semicolon.
_BETWEEN = r"(?:\s{2,}|\s*[|·•;]\s*)"


@cache
def _label() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:^|\s)(?:{alternatives(word_list('listing_labels.txt'))})$")


def is_security_codes(line: str) -> bool:
    """A line of a listed issuer's codes: fields "Label: CODE" set apart by two spaces or more,
    a bar or a dot, at least one a security's label (`data/listing_labels.txt`).

    >>> is_security_codes("Code(s): HFC     PDF: Download"), is_security_codes("ISIN: ZAE000123456")
    (True, True)
    >>> is_security_codes("Note: Prices rose")
    False
    """
    fields = re.split(_BETWEEN, line.strip())
    labels = []
    for field in fields:
        match = re.fullmatch(_FIELD, field)
        if match is None:
            return False
        labels.append(match["label"])
    return any(_label().search(label) for label in labels)


#: Where the issuer is listed: "Listed on the Tarrow Stock Exchange.", "Quoted on the Tarrow
#: Exchange and the Leith Bourse."
_MARKET = r"(?:the\s+)?[A-Z][^\n.;,]{0,60}?\b(?:Exchange|Bourse|Market|Board)"
_LISTED = rf"(?:Listed|Quoted)\s+on\s+{_MARKET}(?:\s+(?:and|&)\s+{_MARKET})?\.?"
#: Its registration number: "Registration number 1997/0412.", "(Company registration no. 123)"
_REGISTRATION = (
    r"\(?(?:(?:Company|Companies)\s+)?(?i:registration|reg\.)\s+(?i:number|no\.?)\s*:?\s*"
    r"[A-Z0-9][\w/.-]*\)?\.?"
)

#: The issuer's name alone on its line with its exchange and ticker in brackets, under an
#: announcement's heading: "Hollin Tools Limited (TSX: HOL)", "Hollin Tools plc (LSE: HOL;
#: OTCQX: HOLTF)" (stop 33); a sentence goes on after the brackets.
_TICKER = r"(?:[A-Z]{2,8}|Nasdaq)\s*:\s*[A-Z0-9][A-Z0-9.]{0,7}"
_NAMED_ISSUER = rf"[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){{0,6}}\s+\({_TICKER}(?:[;,]\s*{_TICKER})*\)"

ISSUER_RULES: tuple[LineRule, ...] = (
    LineRule(
        "security codes",
        FurnitureKind.CREDIT,
        is_security_codes,
        (
            "JSE share code: HFC   ISIN: ZAE000123456",
            "Code(s): HFC     PDF: Download",
            "Ticker: HFC | ISIN: GB0000000001",
        ),
    ),
    LineRule(
        "listing",
        FurnitureKind.CREDIT,
        _matches(rf"{_LISTED}|{_REGISTRATION}"),
        (
            "Listed on the Tarrow Stock Exchange.",
            "Registration number 2001/0042.",
            "(Company registration no. 04412/06)",
        ),
    ),
    LineRule(
        "issuer and ticker",
        FurnitureKind.CREDIT,
        _matches(_NAMED_ISSUER),
        ("Hollin Tools Limited (TSX: HOL)", "Hollin Tools plc (LSE: HOL; OTCQX: HOLTF)"),
    ),
)
