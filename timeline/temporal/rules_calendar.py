"""The temporal rules of the calendar, in priority order: dates written out ("2023-10-20",
"October 20, 2023", "20/10/2023"), months, years, decades, centuries, quarters and fiscal years.
``rules`` puts them before the relative ones (``rules_relative``)."""

from __future__ import annotations

from timeline.temporal.patterns import (
    DAY_WORD_AFTER,
    DAY_WORD_OF,
    DAYNUM,
    ERA,
    FISCAL_RELATIONS,
    MON,
    MON2,
    MON_CAPS,
    MON_FULL,
    MONTH_RELATIONS,
    OF_YEAR_RELATIONS,
    QUARTER_RELATIONS,
    WD,
    YEAR,
    ignoring_case,
)
from timeline.temporal.rule_unit import Example, Rule
from timeline.temporal.vocabulary import DECADE_WORDS, MONTHS, ORDINALS, VOCABULARY, WEEKDAYS
from timeline.wordlists import longest_alternation

#: the words after which a yearless "14/10" is a day, not a score, a fraction ("by 3/4",
#: "from 1/3") or a name
#: ("24/7", "9/11"); capitalised or not
_BEFORE_A_DAY = (
    "on", "On", "until", "Until", "till", "since", "Since", "before", "Before", "after", "After",
    "dated",
)  # fmt: skip

#: a month's name in any case, full or short: "the second half of March" is no half-year
_MONTH_NAMES = r"(?:" + longest_alternation(list(MONTHS)) + r")\b"

CALENDAR_RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        examples=(
            Example("The filing is dated 2023-10-20.", "2023-10-20"),
            Example("Posted 2023/10/20 14:52 KST", "2023-10-20T14:52+09:00"),
        ),
        window=(1, 30),
        pattern=r"\b(?P<y>\d{4})(?P<sep>[-/.])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::\d\d(?:\.\d+)?)?)?(?![\d-]|\.\d)",
    ),
    Rule(
        "dmy_caps",
        examples=(Example("NEWS RELEASE 20-OCT-2023", "2023-10-20"),),
        window=(4, 12),
        pattern=rf"(?<![\d-])(?P<day>3[01]|[12]\d|0?[1-9])[- ]{MON_CAPS}[- ]"
        r"(?P<year>[12]\d{3})(?!\d)",
    ),
    Rule(
        "dmy_short",
        examples=(
            # a day with its year in two figures, as registers and tables write it (stop 37)
            Example("The lease was signed on 12-Feb-78.", "1978-02-12"),
            Example("The lease was signed on 28 Dec '16.", "2016-12-28"),
        ),
        window=(4, 10),
        pattern=rf"(?<![\d-])(?P<day>3[01]|[12]\d|0?[1-9])(?:-{MON}-|\s+{MON2}\s*['’])"
        r"(?P<yy>\d\d)(?![\w'’-])",
    ),
    Rule(
        "numeric",
        examples=(
            Example("The letter was signed on 10/20/2023.", "2023-10-20"),
            # points are the day-first order's: a report due by 05.09.2016 is due in September
            Example("The court wants a report by 05.09.2016.", "2016-09-05"),
            # hyphens, with a year of four figures (not a score, "3-1", or a range, "10-12")
            Example("Published: 14-03-2019", "2019-03-14"),
        ),
        window=(7, 12),
        pattern=r"(?<![\d/.])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?!\d|\.\d)"
        r"|(?<![\d-])\d{1,2}-\d{1,2}-\d{4}(?![\d-])",
    ),
    Rule(
        "mdy",
        examples=(
            Example("Talks began on Oct. 3, 2022.", "2022-10-03"),
            Example("He spoke on Monday, October 23rd.", "2023-10-23"),
            Example("The vote was on March the third.", "2023-03-03"),
        ),
        window=(22, 26),
        pattern=rf"(?:{WD},?\s+)?{MON}\s+(?:{DAYNUM}|{DAY_WORD_AFTER})"
        rf"(?:,?\s+(?:{ignoring_case('of')}\s+)?{YEAR}(?:\s*{ERA})?)?",
    ),
    Rule(
        "numeric_dm",
        examples=(
            # a yearless all-number day after a preposition (stop 37), in the order the text
            # writes its dates (`date_order`): day first here, as "3 October" shows
            Example("The board met on 3 October. A hearing on 14/10 was adjourned.", "2023-10-14"),
            Example("The board met on October 3. A hearing on 10/14 was adjourned.", "2023-10-14"),
        ),
        window=(0, 6),
        pattern=r"(?:"
        + "|".join(rf"(?<=\b{w[0]}(?i:{w[1:]})\s)" for w in _BEFORE_A_DAY)
        + r")(?!24/7\b|9/11\b)(?P<d1>[0-3]?\d)/(?P<d2>[0-3]?\d)(?![\d/]|\s+of\b|\s*%)",
    ),
    Rule(
        "dmy",
        examples=(
            Example("Talks began on 3 October 2022.", "2022-10-03"),
            Example("The deal closed on the twenty-sixth of March.", "2023-03-26"),
            Example("Crowds gathered on the Fourth of July in 1939.", "1939-07-04"),
            Example("Dated at Harwich this 23rd day of September 2019.", "2019-09-23"),
            Example("The deed was sealed on the third day of May, 1921.", "1921-05-03"),
        ),
        window=(34, 16),
        pattern=rf"(?:{WD},?\s+)?(?:{ignoring_case('the')}\s+)?(?:{DAYNUM}|{DAY_WORD_OF})\s+(?:{ignoring_case('day')}\s+(?={ignoring_case('of')}\s))?(?:{ignoring_case('of')}\s+)?{MON}"
        rf"(?:,?\s+(?:{ignoring_case('of|in')}\s+)?{YEAR}(?:\s*{ERA})?)?",
    ),
    Rule(
        "my",
        examples=(Example("The plant opened in March 2021.", "2021-03"),),
        window=(2, 22),
        pattern=rf"{MON}(?:\s+{ignoring_case('of')})?,?\s+(?:{YEAR}(?:\s*{ERA})?"
        rf"|(?P<eyear>\d{{1,4}})\s?{ERA.replace('?P<era>', '?P<era2>')})",
    ),
    Rule(
        "range_day",
        examples=(Example("The summit ran 12-14 July 2022.", "2022-07-12"),),
        window=(2, 24),
        pattern=rf"(?<![\d/.,-])(?P<day>3[01]|[12]\d|0?[1-9])(?=\s*(?:[-–]|and|or|to)\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{MON_FULL})",
    ),
    Rule(
        "month",
        examples=(Example("Sales fell in September.", "2023-09"),),
        window=(2, 2),
        pattern=rf"{MON}",
    ),
    Rule(
        "week_of_month",
        examples=(
            Example("Shipments resume in the first week of November.", "2023-W44"),
            Example("The fair is held on the last Saturday of July.", "2023-07-29"),
            # a weekend of a month: the week that holds it, as "the first week of" is
            Example("The bonspiel on the last weekend of January drew 32 teams.", "2023-W04"),
        ),
        window=(40, 12),
        pattern=rf"(?:{ignoring_case('the')}\s+)?(?P<nth>{ignoring_case('first|second|third|fourth|last|final')})\s+"
        rf"(?:{ignoring_case('week')}(?P<wend>{ignoring_case('end')})?"
        rf"|(?P<wday>{longest_alternation([w.capitalize() for w in WEEKDAYS])}))"
        rf"\s+{ignoring_case('of|in')}\s+{MON}(?:,?\s+{YEAR})?",
    ),
    Rule(
        "month_rel",
        examples=(Example("Sales fell in the previous April.", "2023-04"),),
        window=(22, 44),
        prefilter=r"\bof\b|" + MONTH_RELATIONS,
        pattern=rf"{MON}(?:\s+{DAYNUM})?,?\s+{ignoring_case('of')}\s+(?P<ofrel>{ignoring_case(OF_YEAR_RELATIONS)})"
        rf"\s+{ignoring_case('year')}\b"
        rf"|(?:{ignoring_case('the')}\s+)?(?P<mrel>{ignoring_case(MONTH_RELATIONS)})\s+{MON.replace('?P<mon>', '?P<mon2>')}(?!\s+\d)",  # noqa: E501 - one regex reads better whole
    ),
    Rule(
        "ordinal_day",
        examples=(
            Example("The vote was held on the 20th.", "2023-10-20"),
            Example("The vote is set for the 3rd of next month.", "2023-11-03"),
            Example("The member died on the 4th ult., after a long illness.", "2023-09-04"),
        ),
        window=(6, 44),
        pattern=rf"{ignoring_case('the')}\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s*[-–]?\s*[A-Z])"
        rf"(?:\s+{ignoring_case('of')}\s+(?:{ignoring_case('the')}\s+)?(?P<odrel>{ignoring_case('next|last|this|coming')})\s+{ignoring_case('month')}\b"
        rf"|\s+(?P<letter>{ignoring_case('|'.join(VOCABULARY.letter_months))})\b\.?)?",
    ),
    Rule(
        "era_year",
        examples=(Example("Rome fell in 476 AD.", "0476"),),
        window=(16, 10),
        pattern=rf"(?<![\w.,])(?P<n>\d{{1,4}})\s?{ERA}|(?<![\w.,])(?P<ad>AD|A\.D\.)\s?(?P<n2>\d{{1,4}})(?!\d)"
        r"|(?<![\w.,-])(?P<n3>\d{1,4})(?=\s*[-–]\s*\d{1,4}\s?(?:BCE|BC|B\.C\.))",
    ),
    Rule(
        "year",
        examples=(Example("The firm was founded in 1998.", "1998"),),
        window=(2, 8),
        pattern=rf"(?<![\w$£€#.,/:]){YEAR}(?![%\w]|[.,]\d|:\d)",
    ),
    Rule(
        "apos_year",
        examples=(
            Example("Sales peaked in '98.", "1998"),
            # two digits alone are a year only after "in", "since", "until", before a stop
            Example("The mill has been shut since 82, when the mine closed.", "1982"),
        ),
        window=(2, 4),
        pattern=r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’])"
        r"|(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s))(?P<yy2>\d\d)(?=[.,;)]|\s+when\b)",
    ),
    Rule(
        "decade",
        examples=(
            Example("Prices rose in the 1990s.", "199"),
            Example("Prices rose in the 70s and 80s.", "197"),
        ),
        window=(10, 8),
        pattern=ignoring_case(
            r"(?:the\s+)?(?P<dec>(?:1\d|20)\d0)['’]?s\b|(?:the\s+)?['’](?P<dec2>\d0)s\b|the\s+(?P<dec3>\d0)s\b"
            r"|(?:(?<=the \d0s and )|(?<=\d\d\d0s and )|(?<=the \d0s or )|(?<=\d\d\d0s or ))"
            r"(?P<dec4>\d0)s\b|the\s+(?P<decw>" + longest_alternation(DECADE_WORDS) + r")\b"
        ),
    ),
    Rule(
        "century",
        examples=(Example("The bridge was built in the 19th century.", "18"),),
        window=(34, 10),
        pattern=ignoring_case(
            r"(?:the\s+)?(?:(?P<cn>\d{1,2})(?:st|nd|rd|th)|(?P<cw>"
            + longest_alternation(ORDINALS)
            + r"))[\s-]+century(?:\s*(?P<cera>BC|B\.C\.|BCE|AD|A\.D\.))?"
        ),
    ),
    Rule(
        "quarter",
        examples=(
            Example("Profit rose in the third quarter of 2022.", "2022-Q3"),
            Example("Profit rose in the final quarter of 2022.", "2022-Q4"),
            Example("Profit rose in Q3'22 and fell in 1H23.", "2022-Q3"),
        ),
        window=(48, 48),
        pattern=ignoring_case(
            r"(?:the\s+|(?P<year3>[12]\d{3})['’]s\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|"
            + QUARTER_RELATIONS
            + r")[\s-]+(?:(?:fiscal|financial|calendar)[\s-]+)?(?P<qh>quarter|half(?!\s+of\s+"
            + _MONTH_NAMES
            + r"))(?:\s+of\s+(?:(?:the\s+)?(?:fiscal|financial|calendar)\s+(?:year\s+)?)?(?P<year>[12]\d{3})(?!\d)|\s+of\s+(?P<qy>this|last|next|the|the\s+current|the\s+previous|the\s+same)\s+(?:(?:fiscal|financial|calendar)\s+)?year)?|\b(?P<qn>q[1-4]|h[12])(?:(?:\s+|-|\s+of\s+|\s+fy\s*)?(?P<year2>[12]\d{3})(?!\d)|['’](?P<yy>\d\d)\b)?|\b(?P<nq>[1-4]q|[12]h)(?P<yy2>\d\d)\b)"  # noqa: E501 - one regex reads better whole
        ),
    ),
    Rule(
        "month_quarter",
        examples=(
            Example("Profit rose in the July-September quarter.", "2023-Q3"),
            Example("Sales fell in the April-June period.", "2023-Q2"),
            Example("It earned more in the October-to-December quarter.", "2023-Q4"),
            Example("Sales fell in the January to March quarter.", "2023-Q1"),
        ),
        window=(2, 40),
        pattern=rf"{MON}(?:\s*[-–]\s*|[\s-]+{ignoring_case('to')}[\s-]+){MON2}"
        rf"(?=\s+{ignoring_case('quarter|period|three months')}\b)",
    ),
    Rule(
        "fiscal",
        examples=(Example("Revenue for fiscal 2022 fell.", "FY2022"),),
        window=(30, 16),
        pattern=ignoring_case(
            r"(?:fiscal|financial)\s+(?:year\s+)?(?P<year>[12]\d{3})(?!\d)|\bFY\s?(?P<fy>[12]\d{3}|\d{2})\b|(?:the\s+)?(?:(?P<fmod>"
            + FISCAL_RELATIONS
            + r")\s+)?(?:fiscal|financial)\s+year\b"
        ),
    ),
)
