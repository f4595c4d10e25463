"""The temporal rules, one declarative unit each as HeidelTime keeps them: a name, examples of
what it finds, the pattern built from the named vocabularies of ``patterns``, how far around a
trigger word it may reach, and the words without which it cannot match.

    >>> example = RULES_BY_NAME["relunit"].examples[0]
    >>> example.text, example.value, example.reference
    ('Sales rose in the preceding month.', '2023-09', datetime.date(2023, 10, 25))

Earlier rules win ties between candidates of equal length. Every example is run by
``tests/test_temporal_rules.py``: its rule must find the expression and ``tag`` must give the
value. Which candidate becomes which value is ``normalise_*``'s job, not the rule's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from timeline.temporal.patterns import (
    _DIRECTIONS,
    _DURATION_DETERMINERS,
    _FISCAL_RELATIONS,
    _MON_FULL,
    _MONTH_RELATIONS,
    _OF_YEAR_RELATIONS,
    _PARTS_OF_A_DAY,
    _QUARTER_RELATIONS,
    _SEASON_RELATIONS,
    _UNIT_RELATIONS,
    _WEEKDAY_RELATIONS,
    APPROX,
    DAY_PART,
    DAYNUM,
    ERA,
    MON,
    MON2,
    MON_CAPS,
    NUM,
    SEASON,
    UNIT_WORD,
    WD,
    YEAR,
    _ci,
)
from timeline.temporal.vocabulary import (
    DECADE_WORDS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    FLOATING_HOLIDAYS,
    HISTORIC_DAYS,
    ORDINALS,
    SEASONS,
    SET_WORDS,
    TIME_ZONES,
    VAGUE_NARRATIVE,
    VAGUE_NEWS,
    WEEKDAYS,
    _alternation,
)

#: the time zones a clock time may name, longest first ("CEST" before "CET")
_ZONES = "|".join(sorted(TIME_ZONES, key=len, reverse=True))


def _offset(name: str) -> str:
    """An offset written right after UTC or GMT ("UTC+1", "GMT-05:00"), as group `name`."""
    return rf"(?:(?<=UTC|GMT)(?P<{name}>[+\-−]\d{{1,2}}(?::?[0-5]\d)?))?"


#: the reference date of an example unless it names one: a Monday
EXAMPLE_REFERENCE = date(2023, 10, 23)


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence a rule finds, and the TIMEX3 value ``tag`` gives its expression.

    >>> Example("Talks ended yesterday.", "2023-10-22").reference
    datetime.date(2023, 10, 23)
    """

    text: str
    value: str
    reference: date | None = EXAMPLE_REFERENCE


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: ``pattern`` is run only in windows of ``window`` (characters left of a
    trigger word's start, right of its end), and only where ``prefilter`` (if any) matches.

    >>> Rule("x", (Example("in 1998", "1998"),), (2, 8), r"\\d{4}").name
    'x'
    """

    name: str
    examples: tuple[Example, ...]
    window: tuple[int, int]
    pattern: str
    prefilter: str | None = None

    def __post_init__(self) -> None:
        if not self.name.isidentifier():
            raise ValueError(f"rule name {self.name!r}: use a Python identifier")
        if not self.examples:
            raise ValueError(f"rule {self.name!r}: give at least one example")
        if min(self.window) < 0:
            raise ValueError(f"rule {self.name!r}: window {self.window} must not be negative")


RULES: tuple[Rule, ...] = (
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
        "numeric",
        examples=(
            Example("The letter was signed on 10/20/2023.", "2023-10-20"),
            # points are the day-first order's: a report due by 05.09.2016 is due in September
            Example("The court wants a report by 05.09.2016.", "2016-09-05"),
        ),
        window=(7, 12),
        pattern=r"(?<![\d/.])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?!\d|\.\d)",
    ),
    Rule(
        "mdy",
        examples=(
            Example("Talks began on Oct. 3, 2022.", "2022-10-03"),
            Example("He spoke on Monday, October 23rd.", "2023-10-23"),
        ),
        window=(22, 26),
        pattern=rf"(?:{WD},?\s+)?{MON}\s+{DAYNUM}"
        rf"(?:,?\s+(?:{_ci('of')}\s+)?{YEAR}(?:\s*{ERA})?)?",
    ),
    Rule(
        "dmy",
        examples=(Example("Talks began on 3 October 2022.", "2022-10-03"),),
        window=(34, 16),
        pattern=rf"(?:{WD},?\s+)?(?:{_ci('the')}\s+)?{DAYNUM}\s+(?:{_ci('of')}\s+)?{MON}(?:,?\s+{YEAR}(?:\s*{ERA})?)?",
    ),
    Rule(
        "my",
        examples=(Example("The plant opened in March 2021.", "2021-03"),),
        window=(2, 22),
        pattern=rf"{MON}(?:\s+{_ci('of')})?,?\s+(?:{YEAR}(?:\s*{ERA})?"
        rf"|(?P<eyear>\d{{1,4}})\s?{ERA.replace('?P<era>', '?P<era2>')})",
    ),
    Rule(
        "range_day",
        examples=(Example("The summit ran 12-14 July 2022.", "2022-07-12"),),
        window=(2, 24),
        pattern=rf"(?<![\d/.,-])(?P<day>3[01]|[12]\d|0?[1-9])(?=\s*(?:[-–]|and|or|to)\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON_FULL})",
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
        ),
        window=(40, 12),
        pattern=rf"(?:{_ci('the')}\s+)?(?P<nth>{_ci('first|second|third|fourth|last|final')})\s+"
        rf"(?:{_ci('week')}|(?P<wday>{_alternation([w.capitalize() for w in WEEKDAYS])}))"
        rf"\s+{_ci('of|in')}\s+{MON}(?:,?\s+{YEAR})?",
    ),
    Rule(
        "month_rel",
        examples=(Example("Sales fell in the previous April.", "2023-04"),),
        window=(22, 44),
        prefilter=r"\bof\b|" + _MONTH_RELATIONS,
        pattern=rf"{MON}(?:\s+{DAYNUM})?,?\s+{_ci('of')}\s+(?P<ofrel>{_ci(_OF_YEAR_RELATIONS)})"
        rf"\s+{_ci('year')}\b"
        rf"|(?:{_ci('the')}\s+)?(?P<mrel>{_ci(_MONTH_RELATIONS)})\s+{MON.replace('?P<mon>', '?P<mon2>')}(?!\s+\d)",  # noqa: E501 - one regex reads better whole
    ),
    Rule(
        "ordinal_day",
        examples=(
            Example("The vote was held on the 20th.", "2023-10-20"),
            Example("The vote is set for the 3rd of next month.", "2023-11-03"),
        ),
        window=(6, 44),
        pattern=rf"{_ci('the')}\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s*[-–]?\s*[A-Z])"
        rf"(?:\s+{_ci('of')}\s+(?:{_ci('the')}\s+)?(?P<odrel>{_ci('next|last|this|coming')})\s+{_ci('month')}\b)?",
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
        pattern=_ci(
            r"(?:the\s+)?(?P<dec>(?:1\d|20)\d0)['’]?s\b|(?:the\s+)?['’](?P<dec2>\d0)s\b|the\s+(?P<dec3>\d0)s\b"
            r"|(?:(?<=the \d0s and )|(?<=\d\d\d0s and )|(?<=the \d0s or )|(?<=\d\d\d0s or ))"
            r"(?P<dec4>\d0)s\b|the\s+(?P<decw>" + _alternation(DECADE_WORDS) + r")\b"
        ),
    ),
    Rule(
        "century",
        examples=(Example("The bridge was built in the 19th century.", "18"),),
        window=(34, 10),
        pattern=_ci(
            r"(?:the\s+)?(?:(?P<cn>\d{1,2})(?:st|nd|rd|th)|(?P<cw>"
            + _alternation(ORDINALS)
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
        pattern=_ci(
            r"(?:the\s+|(?P<year3>[12]\d{3})['’]s\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|"
            + _QUARTER_RELATIONS
            + r")[\s-]+(?:(?:fiscal|financial|calendar)[\s-]+)?(?P<qh>quarter|half)(?:\s+of\s+(?:(?:the\s+)?(?:fiscal|financial|calendar)\s+(?:year\s+)?)?(?P<year>[12]\d{3})(?!\d)|\s+of\s+(?P<qy>this|last|next|the|the\s+current|the\s+previous|the\s+same)\s+(?:(?:fiscal|financial|calendar)\s+)?year)?|\b(?P<qn>q[1-4]|h[12])(?:(?:\s+|-|\s+of\s+|\s+fy\s*)?(?P<year2>[12]\d{3})(?!\d)|['’](?P<yy>\d\d)\b)?|\b(?P<nq>[1-4]q|[12]h)(?P<yy2>\d\d)\b)"  # noqa: E501 - one regex reads better whole
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
        pattern=rf"{MON}(?:\s*[-–]\s*|[\s-]+{_ci('to')}[\s-]+){MON2}"
        rf"(?=\s+{_ci('quarter|period|three months')}\b)",
    ),
    Rule(
        "fiscal",
        examples=(Example("Revenue for fiscal 2022 fell.", "FY2022"),),
        window=(30, 16),
        pattern=_ci(
            r"(?:fiscal|financial)\s+(?:year\s+)?(?P<year>[12]\d{3})(?!\d)|\bFY\s?(?P<fy>[12]\d{3}|\d{2})\b|(?:the\s+)?(?:(?P<fmod>"
            + _FISCAL_RELATIONS
            + r")\s+)?(?:fiscal|financial)\s+year\b"
        ),
    ),
    Rule(
        "weekday",
        examples=(
            Example("The minister resigned on Friday.", "2023-10-20"),
            Example("The minister will resign on Friday.", "2023-10-27"),
            Example("The council meets on Thursday week.", "2023-11-02"),
        ),
        window=(14, 16),
        pattern=rf"(?:(?P<wmod>{_ci(_WEEKDAY_RELATIONS)})\s+)?{WD}(?!['’]?s?\s+(?:Times|Telegraph))"
        rf"(?:\s+(?P<wk>week|fortnight)\b(?![\s-]*(?:['’]s|of|ago|earlier|later|before|after|end)\b))?"
        rf"(?:\s+{_ci(DAY_PART)})?",
    ),
    Rule(
        "weekday_set",
        examples=(Example("The market opens on Sundays.", "XXXX-WXX-7"),),
        window=(10, 4),
        pattern=rf"(?:{_ci('every|each')}\s+{WD}|(?P<wdp>"
        + _alternation([w.capitalize() for w in WEEKDAYS])
        + r")s\b)",
    ),
    Rule(
        "relday",
        examples=(Example("Talks ended yesterday.", "2023-10-22"),),
        window=(24, 14),
        pattern=_ci(
            r"(?:(?:the\s+)?day\s+(?P<dba>before\s+yesterday|after\s+tomorrow))|(?P<rd>today|yesterday|tomorrow|tonight|overnight)(?:\s+(?P<part>"
            + _PARTS_OF_A_DAY
            + r"))?|(?P<rm>this|last|tomorrow|yesterday)\s+(?P<part2>"
            + _PARTS_OF_A_DAY
            + r")"
        ),
    ),
    Rule(
        "relunit",
        examples=(
            Example("Sales rose in the preceding month.", "2023-09", date(2023, 10, 25)),
            Example("Sales rose last year.", "2022"),
            Example("It lost $2 million in March 2021 and $9 million for the entire year.", "2021"),
            Example("The club finished fifth last season.", "2022"),
        ),
        window=(40, 4),
        prefilter=_UNIT_RELATIONS,
        pattern=_ci(
            r"(?:(?P<el>earlier|later)\s+)?(?P<det>the\s+|this\s+(?=past\b))?(?P<rel>"
            + _UNIT_RELATIONS
            + r")\s+(?:very\s+|same\s+)?"
            r"(?P<unit>week|weekend|month|year|quarter|decade|century|day|morning|afternoon|evening|night|"
            + _alternation(SEASONS)
            + r"|(?<!the\slast\s)season)\b"
        ),
    ),
    Rule(
        "the_day_after",
        examples=(
            Example(
                "The fire started on 3 March 2020. The day after, the mill closed.", "2020-03-04"
            ),
            Example("Costs fell in 2009 from the year previous.", "2008"),
        ),
        window=(8, 28),
        prefilter=r"before|after|earlier|later|previous|prior|following",
        pattern=_ci(
            r"the\s+(?P<unit>day|week|month|year)\s+(?P<ba>before|after|earlier|later|previous|prior|following)(?=\s*[,.;)]|\s+(?:that|this|when)\b)"
        ),
    ),
    Rule(
        "unit_end",
        examples=(
            Example("The plant closes at the end of the year.", "2023"),
            Example("Profit will be flat by year-end.", "2023"),
        ),
        window=(60, 10),
        prefilter=r"\bof\b|['’]s\s+end|-end\b",
        pattern=_ci(
            r"(?P<unit>month|year)(?:['’]s\s+|-)end\b(?!-|\s+(?:of|for|(?:19|20)\d\d)\b)|the\s+turn\s+of\s+the\s+(?P<unit2>century|year|decade)|(?:the\s+)?(?:very\s+)?(?P<pos>beginning|start|end|middle|close|rest|remainder|latter\s+part|early\s+part|later\s+part|first\s+half|second\s+half|latter\s+half|first\s+part|last\s+part|final\s+months|closing\s+months|opening\s+months)\s+of\s+(?P<det>the|this|that|last|next)\s+(?P<unit3>year|month|week|decade|century|day)\b"
        ),
    ),
    Rule(
        "night",
        examples=(Example("The attack came at night.", "XXXX-XX-XXTNI"),),
        window=(14, 12),
        pattern=_ci(
            r"(?:at|by|during\s+the|in\s+the)\s+(?P<x>night(?:-?time)?|daytime|day-?time)\b"
        ),
    ),
    Rule(
        "day_part",
        examples=(
            Example("Shares rose on Tuesday, then fell in afternoon trading.", "2023-10-17TAF"),
        ),
        window=(22, 24),
        pattern=_ci(
            r"(?:in|during|through)\s+(?P<x>(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
            r"(?P<part>morning|afternoon|evening))"
            r"(?=\s+(?:trading|trade|dealings|deals|session)\b|\s*[,.;:)]|\s+(?:on|in|at|as|when|and|before|after)\b)"
        ),
    ),
    Rule(
        "the_unit",
        examples=(Example("Sales grew in the quarter.", "2023-Q4"),),
        window=(24, 24),
        pattern=_ci(
            r"(?P<prep>in|for|during|over|through|throughout|earlier\s+in|later\s+in|of|since|at)\s+"
            r"(?P<x>the\s+(?P<unit>year|quarter|month|week|weekend|day))\b"
            r"(?!['’]s|-|\s+(?:of|before|after|to|that|when|in|ended|ending|earlier|later|ago)\b)"
        ),
    ),
    Rule(
        "to_date",
        examples=(Example("It is the largest deal to date.", "PRESENT_REF"),),
        window=(5, 20),
        pattern=_ci(r"\bto\s+(?P<x>date)\b(?!\s+(?:of|with|from)\b)"),
    ),
    Rule(
        "vague",
        examples=(Example("Prices have risen recently.", "PAST_REF"),),
        window=(14, 12),
        pattern=_ci(
            r"(?<![\w-])(?:"
            + _alternation(list(VAGUE_NEWS) + list(VAGUE_NARRATIVE))
            + r")(?![\w])(?!-(?:old|year|day|month|week)\b)"
        ),
    ),
    Rule(
        "duration",
        examples=(
            Example("The strike lasted three weeks.", "P3W"),
            Example("The plant shut two years ago.", "2021"),
        ),
        window=(44, 18),
        pattern=_ci(
            rf"(?:{APPROX}\s+(?!the\s))?(?:the\s+(?P<dmod>{_DURATION_DETERMINERS})\s+)?"
            rf"(?:{NUM}(?:\s+|-))?(?:more\s+|full\s+|consecutive\s+|straight\s+|long\s+)?{UNIT_WORD}"
            rf"(?:(?P<long>-long)|\s+(?P<dir>{_DIRECTIONS})|(?P<age>[\s-]old\b|\s+of\s+age\b))?"
        ),
    ),
    Rule(
        "bare_units",
        examples=(Example("Talks went on for days.", "PXD"),),
        window=(12, 14),
        pattern=_ci(
            r"(?P<prep>for|within|in|after|over|lasted|last|took|spent)\s+(?P<x>(?P<unit>days|weeks|months|years|decades|centuries|hours))\b(?!\s+(?:of|ago|later|earlier)\b)"
        ),
    ),
    Rule(
        "decades_long",
        examples=(Example("The decades-long feud ended.", "PXY"),),
        window=(2, 8),
        pattern=_ci(r"(?P<unit>decades|years|months|weeks|centuries)-long"),
    ),
    Rule(
        "time",
        examples=(
            Example("The polls opened at 9 a.m.", "2023-10-23T09:00"),
            Example("The storm made landfall at 12:00 UTC.", "2023-10-23T12:00Z"),
            Example("Trading closed at 4 p.m. EST.", "2023-10-23T16:00-05:00"),
            Example("The quake hit at 2014 GMT.", "2023-10-23T20:14Z"),
            Example("The quake hit at 11.02 GMT.", "2023-10-23T11:02Z"),
            Example("The road shut at 0900 local time.", "2023-10-23T09:00"),
            Example("The warning came at 14:30 UTC+1.", "2023-10-23T14:30+01:00"),
            Example("The service will issue its next bulletin at 22h10.", "2023-10-23T22:10"),
            Example("Polls opened at 07:00 CAT.", "2023-10-23T07:00+02:00"),
        ),
        window=(6, 22),
        pattern=_ci(
            r"(?<![\w:.])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b)"
            rf"(?:\s+(?P<tz>(?-i:{_ZONES}))\b{_offset('off')})?"
            r"|(?<![\w:.])(?P<h24>[01]?\d|2[0-3])(?::?|(?<=\d\d)h)(?P<mi24>[0-5]\d)(?:\s*(?:hrs|hours|h)\b)?(?![:\d])"
            rf"(?:\s+(?P<tz2>(?-i:{_ZONES})|local\s+time)\b{_offset('off2')})?"
            # a clock with a point and its zone: "11.02 GMT" (never a bare "11.02", a number)
            rf"|(?<![\w:.,$])(?P<hd>[01]?\d|2[0-3])\.(?P<mid>[0-5]\d)\s+(?P<tz4>(?-i:{_ZONES}))\b"
            # a wire's clock in four figures, with its zone in capitals: "2014 GMT", or "0900
            # local time"
            rf"|(?<![\w:.,$])(?P<hm>(?:[01]\d|2[0-3])[0-5]\d)\s+(?P<tz3>(?-i:{_ZONES})|local\s+time)\b"
            r"|\b(?P<noon>noon|midday|midnight)\b|(?P<oc>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock"
        ),
    ),
    Rule(
        "set",
        examples=(Example("The board meets every month.", "P1M"),),
        window=(30, 30),
        prefilter=r"every|each|once|twice|times|per|" + _alternation(SET_WORDS),
        pattern=_ci(
            r"(?:every|each)\s+(?:other\s+)?(?:(?P<num>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few)\s+)?(?P<unit>days?|weeks?|months?|years?|decades?|hours?|minutes?|mornings?|afternoons?|evenings?|nights?|weekends?|summers?|winters?|springs?|autumns?)\b|(?:(?P<times>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|every|each)|(?<=\s)per)\s+(?P<unit2>day|week|month|year|decade|hour)\b|\b(?P<sw>"
            + _alternation(SET_WORDS)
            + r")\b"
        ),
    ),
    Rule(
        "season",
        examples=(Example("The plant opened in the spring of 2021.", "2021-SP"),),
        window=(34, 14),
        pattern=_ci(
            rf"(?:(?P<sdet>the)\s+)?(?:(?P<srel>{_SEASON_RELATIONS})\s+)?{SEASON}(?:\s+(?:of\s+)?(?:{YEAR}|(?P<syear>\d{{1,4}})\s?(?P<sera>bce|bc|b\.c\.)))?|(?P<year2>[12]\d{{3}})\s+(?P<season2>"
            + _alternation(SEASONS)
            + r")\b"
        ),
    ),
    Rule(
        "holiday",
        examples=(Example("Stores closed on Christmas Day.", "2022-12-25"),),
        window=(24, 14),
        prefilter=_alternation(
            {
                w
                for name in [*FIXED_HOLIDAYS, *FLOATING_HOLIDAYS, *EASTER_HOLIDAYS, *HISTORIC_DAYS]
                for w in name.split()[:1]
            }
        ),
        pattern=_ci(
            r"(?P<hol>"
            + _alternation(
                list(FIXED_HOLIDAYS)
                + list(FLOATING_HOLIDAYS)
                + list(EASTER_HOLIDAYS)
                + list(HISTORIC_DAYS)
            )
            + r")(?![\w-])(?:,?\s+(?P<year>[12]\d{3})(?!\d))?"
        ),
    ),
)


RULES_BY_NAME = {rule.name: rule for rule in RULES}
# earlier kinds win ties between candidates of equal length
_PRIORITY = {rule.name: rank for rank, rule in enumerate(RULES)}
# every expression starts at the start of a word: anchoring there makes a failed attempt in the
# middle of a word cost one character test instead of a pass over every alternative
_COMPILED: dict[str, re.Pattern[str]] = {
    rule.name: re.compile(rf"(?<![\w'’])(?=[\w'’])(?:{rule.pattern})") for rule in RULES
}
# words without which a pattern cannot match: a window without them is skipped cheaply
_PREFILTER: dict[str, re.Pattern[str]] = {
    rule.name: re.compile(rf"(?i)(?:{rule.prefilter})") for rule in RULES if rule.prefilter
}
