"""A printed paper's lines that are not the story: a masthead's price, an official paper's
number and the line telling when it was laid before its house, a pointer to another page. Read
by `timeline.furniture` in its table of rules (`PRINT_RULES`), by `bylines` (a masthead's
fields) and by `timeline.published` (a laying line's day is the paper's); none names a paper, a
house or a person.

    >>> is_laying_line("Laid on the Table of the House on Thursday, 24th November, 1966")
    True
    >>> is_page_pointer("Other sport: Rovers v. City, page 19.")
    True
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.kinds import SAID, FurnitureKind, LineRule
from timeline.furniture.kinds import matches as _matches
from timeline.temporal.vocabulary import MONTHS
from timeline.wordlists import word_list

__all__ = [
    "HOUSES",
    "PRICE_UNITS",
    "PRINT_RULES",
    "capitals_only",
    "in_capitals",
    "is_laying_line",
    "is_page_pointer",
    "is_paper_number",
    "is_price_field",
    "without_price",
]

#: The minor units a masthead prices a copy in: "PRICE 2d.", "15c", "50p", "10 centavos".
PRICE_UNITS = (
    "d", "p", "c", "s", "cent", "cents", "centavo", "centavos", "centime", "centimes", "pence",
    "penny", "paise", "pfennig", "kopeks", "annas", "fils", "sen",
)  # fmt: skip
_UNITS = "|".join(sorted(PRICE_UNITS, key=len, reverse=True))
#: A masthead's price field: a price label, an amount and its unit, or its amount in words.
_PRICE_RE = re.compile(
    rf"(?i)(?:\bprice\s*:?\s*)?(?:(?:\brs\.?|[$£€])\s*\d+(?:[.,]\d+)?"
    rf"|\b\d+(?:[.,]\d+)?[½¼¾]?\s*(?:{_UNITS})\b\.?"
    rf"|\b(?:one|two|three|four|five|six|ten|twenty)\s+(?:{_UNITS})\b\.?"
    r"|\b(?:two|three|four|six)pence\b|\b(?:half)?penny\b)"
    r"|\bprice\b\s*:?"
)


def without_price(part: str) -> str:
    """`part` of a masthead's line without its price field, which is no running text around a
    dateline's day ("No. 21,447 ... PRICE 2d.", "15c", "Price 10 cents", "ONE PENNY").

    >>> without_price("      PRICE 2½d."), without_price(" · Vol. 7 · 15c")
    ('      ', ' · Vol. 7 · ')
    >>> without_price(", when prices rose")
    ', when prices rose'
    """
    return _PRICE_RE.sub("", part)


#: A price field's most words: "PRICE ONE PENNY".
PRICE_WORDS = 3


def is_price_field(field: str) -> bool:
    """A field of a masthead that is its price and nothing else.

    >>> is_price_field("PRICE ONE PENNY"), is_price_field("15c"), is_price_field("Page 3")
    (True, True, False)
    """
    return 0 < len(field.split()) <= PRICE_WORDS and not without_price(field).strip()


#: A small letter; a masthead in capitals has a few, in "No." and its price ("Price Sixpence").
_SMALL_LETTER = re.compile(r"[a-zß-öø-ÿ]")
CAPITALS_LINE_SMALL_LETTERS = 16
#: An issue's number, its abbreviation in small letters: "No. 2,301".
_ISSUE_NUMBER = re.compile(r"\bNo\.\s*(?=\d)")


def in_capitals(line: str) -> bool:
    """Whether a line with full stops between its parts is all in capitals but for its issue's
    number and its price, as a masthead ("THE ADVERTISER, No. 2,301. FRIDAY, APRIL 6, 1923.
    PRICE ONE PENNY."); a line with many small letters is not read further.

    >>> in_capitals("THE ADVERTISER, No. 2,301. FRIDAY, APRIL 6, 1923. Price Sixpence.")
    True
    >>> in_capitals("Talks end. Monday, May 5, 2019. Police said.")
    False
    """
    return ". " in line and capitals_only(line)


def capitals_only(line: str) -> bool:
    """Whether a line is written in capitals but for its issue's number and its price.

    >>> capitals_only("THE TARROW SENTINEL, TUESDAY, FEBRUARY 3, 1948."), capitals_only("Talks end")
    (True, False)
    """
    return len(
        _SMALL_LETTER.findall(line)
    ) <= CAPITALS_LINE_SMALL_LETTERS and not _SMALL_LETTER.search(
        _ISSUE_NUMBER.sub("", without_price(line))
    )


#: The houses an official paper is laid before ("Laid on the Table of the House on ...",
#: "Presented to Parliament ...", "Ordered by the House of Commons to be printed ...").
HOUSES = (
    "table|houses?|parliament|assembly|council|senate|legislature|congress|chamber|commons|lords"
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A day with its year, its weekday before it: "Thursday, 24th November, 1966", "12 March 1998".
_DAY_WITH_YEAR = (
    r"(?:[A-Za-z]+day,?\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?:{_MONTH})\.?|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+\d{{4}}\.?"
)
_LAYING_RE = re.compile(
    rf"(?i)(?:(?:laid|presented|tabled)\b[^\n]{{0,60}}?\b(?:{HOUSES})\b[^\n]{{0,40}}?"
    rf"(?:\s+on|,)?|ordered\s+by\s+the\s+(?:{HOUSES})\b[^\n]{{0,40}}?\bto\s+be\s+printed"
    rf"(?:\s+on)?)\s+{_DAY_WITH_YEAR}"
)


def is_laying_line(line: str) -> bool:
    """The line of an official paper telling when it was laid before the house that publishes
    it, its day and nothing after it: the paper's stamp.

    >>> is_laying_line("Ordered by the House of Commons to be printed 12 March 1998")
    True
    >>> is_laying_line("Laid before Parliament on 21 July 2004, the report was debated.")
    False
    """
    return _LAYING_RE.fullmatch(line) is not None


#: An official paper's number, its house or series before it: "SESSIONAL PAPER No. 11 of 1966",
#: "NATIONAL ASSEMBLY — SESSIONAL PAPER No. 4 of 1966", "Command Paper No. 4312 of 1971".
_PAPER_NUMBER_RE = re.compile(
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+[—–-]\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?i:paper|document)\s+(?i:no\.?|number)\s*\d+(?:\s+(?i:of)\s+\d{4})?"
)


def is_paper_number(line: str) -> bool:
    """An official paper's number alone on its line.

    >>> is_paper_number("PARLIAMENTARY PAPER No. 28 of 1984")
    True
    >>> is_paper_number("The Assembly passed Sessional Paper No. 4 of 1966 on Thursday.")
    False
    """
    return _PAPER_NUMBER_RE.fullmatch(line) is not None


#: A pointer to another page of the paper: a label of a few words, a colon, what stands there
#: and its page, "Other sport: Rovers v. City, page 19.", "Weather: page 2", "Racing: full
#: cards on page 30.", "Television: pages 14 and 15", "... back page".
_PAGE = r"(?:(?i:back\s+page)|(?i:pages?)\s+\d{1,3}(?:\s*(?:-|–|and|&)\s*\d{1,3})?|p\.\s*\d{1,3})"
#: A section that goes on on another page, "Trade Notes continue on page 9", or several
#: pointers set apart by semicolons, "...; Export Returns for May, page 14."
_PAGE_POINTER_RE = re.compile(
    # the label's pointer may tell the reader to look: "Subscriptions: see page 4."
    rf"(?:(?:[A-Z][\w'’-]*(?:\s+[a-z]+){{0,4}}\s*:\s+"
    rf"(?:[^\n:\d;]{{1,80}}?(?:,\s*|\s+on\s+)|(?i:see)\s+(?:also\s+)?)?"
    # or the pointer alone: "See page 4.", "See also pages 6 and 7"
    rf"|(?i:see)\s+(?:also\s+)?"
    rf"|[A-Z][^\n:\d;.]{{1,60}}?(?:,\s*|\s+(?:continues?|continued)\s+on\s+"
    # where a list or a notice stands, in the present: "Court lists for Monday appear on page
    # 12.", "Readers for next Sunday are listed on the back page."
    r"|\s+(?:(?:is|are)\s+(?:listed|printed|given|set\s+out|published)|appears?|"
    rf"(?:can|will)\s+be\s+found)\s+(?:on|in)\s+(?:the\s+)?)){_PAGE}"
    r"(?:;\s+|\.?$)){1,4}"
)


def is_page_pointer(line: str) -> bool:
    """A pointer to another page of the paper, no sentence of the story.

    >>> is_page_pointer("Weather: page 2."), is_page_pointer("Inside: Letters, page 12")
    (True, True)
    >>> is_page_pointer("Subscriptions: see page 4."), is_page_pointer("See also pages 6 and 7")
    (True, True)
    >>> is_page_pointer("The full report was printed on page 19 of the newsletter.")
    False
    >>> is_page_pointer("Market Notes continue on page 9; Export Returns for May, page 14.")
    True
    >>> is_page_pointer("Shipping returns for the week: page 6"), is_page_pointer("He read page 6.")
    (True, False)
    >>> is_page_pointer("Sailing times for Friday appear on page 8.")
    True
    >>> is_page_pointer("The fixtures are listed on the back page.")
    True
    >>> is_page_pointer("The ban was announced on page 3 of the gazette on Monday.")
    False
    """
    return _PAGE_POINTER_RE.fullmatch(line) is not None


@cache
def _almanac_item() -> re.Pattern[str]:
    labels = alternatives(word_list("almanac_labels.txt"))
    clock = r"\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?"
    # a table's heading before its first item, "Tide table: High water 7.42 a.m., 8.05 p.m.";
    # a label's several clocks set apart by commas or "and"
    heading = r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s*)?"
    return re.compile(
        rf"{heading}(?i:{labels})\s*:?\s*(?:(?:at|is)\s+)?{clock}"
        rf"(?:(?:,|\s+and)\s+{clock})*[.;,]?"
    )


@cache
def _almanac_break() -> re.Pattern[str]:
    """Where an almanac's items part: after a stop or a semicolon, or after a comma before the
    next item's label ("Sunrise 6.42 a.m., sunset 7.15 p.m.")."""
    labels = alternatives(word_list("almanac_labels.txt"))
    return re.compile(rf"(?<=[.;])\s+(?=[A-Za-z])|,\s+(?=(?i:{labels})\b)")


#: A paper's weather note: its label and a forecast of a few words, "Weather: Rain, clearing
#: later." (a sentence of a dozen words or a verb of saying is the story's).
_WEATHER_NOTE_RE = re.compile(r"(?i:weather)\s*:\s*[A-Z][^\n.!?:]{0,60}[.;]?")
#: What a forecast does not say.
_WEATHER_SAID_RE = re.compile(rf"\b(?:{SAID}|warned|reported)\b")
#: A place's forecast after the weather's label, a few words and its top or bottom temperature:
#: "Sydney showers clearing, top 74.", "Inland frost, min 2." (stop 36).
_FORECAST_RE = re.compile(
    r"[A-Z][^\n.!?:]{0,50}\b(?i:top|max(?:imum)?|min(?:imum)?|high|low)\s+-?\d{1,3}"
    r"(?:\s*°\s*[CF]?|[CF])?[.;]?"
)


def is_almanac_line(line: str) -> bool:
    """A paper's almanac of the day, each of its items a weather note or a time of the day under
    its label (`data/almanac_labels.txt`): "Weather: Rain, clearing later. Lighting-up time
    5.34 p.m.", "Sunrise 7.02 a.m.; sunset 4.51 p.m."

    >>> is_almanac_line("Weather: Rain, clearing later. Lighting-up time 5.34 p.m.")
    True
    >>> is_almanac_line("Sunrise 7.02 a.m.; sunset 4.51 p.m.")
    True
    >>> is_almanac_line("Sunrise 6.42 a.m., sunset 7.15 p.m.")
    True
    >>> is_almanac_line("WEATHER: Tarrow coast — fine and cold, light wind. Sunrise 7.51.")
    True
    >>> is_almanac_line("High water at 3.41 p.m. flooded the quay, the harbour master said.")
    False
    >>> is_almanac_line("Tides: High water 6.12 a.m., 6.40 p.m. Low water 12.05 a.m., 12.31 p.m.")
    True
    >>> is_almanac_line("WEATHER: Tarrow fine and mild, top 79. Leith showers clearing, top 74.")
    True
    >>> is_almanac_line("Weather: Heavy rain is expected across the state on Sunday.")
    False
    """
    items = [item for item in _almanac_break().split(line.strip()) if item]
    # a bulletin's weather: its label's note, then each place's forecast with its temperature,
    # "WEATHER: Tarrow fine and mild, top 79. Leith showers clearing, top 74." (stop 36)
    forecasts = [_FORECAST_RE.fullmatch(item) is not None for item in items[1:]]
    return (
        bool(items)
        and _WEATHER_SAID_RE.search(line) is None
        and (
            any(_almanac_item().fullmatch(item) for item in items)
            or (_WEATHER_NOTE_RE.fullmatch(items[0]) is not None and any(forecasts))
        )
        and all(
            _almanac_item().fullmatch(item)
            or _WEATHER_NOTE_RE.fullmatch(item)
            or _FORECAST_RE.fullmatch(item)
            for item in items
        )
    )


PRINT_RULES: tuple[LineRule, ...] = (
    LineRule(
        "laying line",
        FurnitureKind.BYLINE,  # a stamp: the day the paper was published
        is_laying_line,
        (
            "Laid on the Table of the House on Thursday, 24th November, 1966",
            "Presented to Parliament by the Minister of Works, 3rd March 1971",
            "Tabled in the Legislative Assembly on 5 June 1984",
        ),
    ),
    LineRule(
        "paper number",
        FurnitureKind.PROMO,
        is_paper_number,
        ("SESSIONAL PAPER No. 11 of 1966", "Command Paper No. 4312 of 1971"),
    ),
    LineRule(
        "page pointer",
        FurnitureKind.PROMO,
        is_page_pointer,
        (
            "Other sport: Rovers v. City, page 19.",
            "Also in sport: Cricket round-up, p. 18.",
            "Shipping returns for the week: page 6",
            "Subscriptions: see page 4.",
            "Market Notes continue on page 9; Export Returns for May, page 14.",
            "Sailing times for Friday appear on page 8.",
            "Hymns and readers for Easter Sunday are listed on the back page.",
        ),
    ),
    LineRule(
        "slogan",
        FurnitureKind.PROMO,
        # a bulletin's or a leaflet's rallying cry, alone on its line in capitals: a headline in
        # capitals makes no exclamation
        _matches(r"[A-Z][A-Z'’,-]*(?:\s+[A-Z][A-Z'’,-]*){1,7}\s*!{1,3}"),
        ("FORWARD WITH THE UNION!", "LONG LIVE THE TARROW DOCKERS!"),
    ),
    LineRule(
        "almanac",
        FurnitureKind.PROMO,
        is_almanac_line,
        (
            "Weather: Rain, clearing later. Lighting-up time 5.34 p.m.",
            "WEATHER: Tarrow coast — fine and cold, light wind. Sunrise 7.51, sunset 5.45.",
            "High water 3.41 p.m.",
            "Tide table: High water 5.10 a.m., 5.36 p.m. Low water 11.20 a.m., 11.48 p.m.",
        ),
    ),
)
