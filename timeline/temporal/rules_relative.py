"""The temporal rules of relative and vague time, in priority order: weekdays, "yesterday",
"last month", "the day after", parts of a day, durations, clock times, sets, seasons and
holidays. ``rules`` puts them after the calendar's (``rules_calendar``)."""

from __future__ import annotations

from datetime import date

from timeline.temporal.patterns import (
    APPROX,
    DAY_PART,
    DIRECTIONS,
    DURATION_DETERMINERS,
    NUM,
    PARTS_OF_A_DAY,
    SEASON,
    SEASON_RELATIONS,
    UNIT_RELATIONS,
    UNIT_WORD,
    WD,
    WEEKDAY_RELATIONS,
    YEAR,
    ignoring_case,
)
from timeline.temporal.rule_unit import Example, Rule
from timeline.temporal.vocabulary import (
    DAY_PARTS,
    HISTORIC_DAYS,
    MONTHS,
    SEASONS,
    SET_WORDS,
    TIME_ZONES,
    VAGUE_NARRATIVE,
    VAGUE_NEWS,
    VOCABULARY,
    WEEKDAYS,
    YEARLY_HOLIDAYS,
)
from timeline.wordlists import longest_alternation

#: the time zones a clock time may name, longest first ("CEST" before "CET")
_ZONES = "|".join(sorted(TIME_ZONES, key=len, reverse=True))


def _offset(name: str) -> str:
    """An offset written right after UTC or GMT ("UTC+1", "GMT-05:00"), as group `name`."""
    return rf"(?:(?<=UTC|GMT)(?P<{name}>[+\-−]\d{{1,2}}(?::?[0-5]\d)?))?"


#: "last" that names a time of its own ("the week before last year's vote", "before last
#: Monday"): then "before last" is no "the week before last"
_NOT_A_NAMED_LAST = (
    r"(?![\s-]+(?i:"
    + longest_alternation(
        [*VOCABULARY.unit_words(), *WEEKDAYS, *MONTHS, *SEASONS, *DAY_PARTS, "night", "time"]
    )
    + r")\b|['’])"
)

#: "of" and a period a day may end ("the last day of the quarter", "of next month", "of
#: September", "of 2019")
_OF_A_PERIOD = (
    r"(?=\s+of\s+(?:(?:the|this|next|last|that)\s+)?(?:week|month|quarter|half|season|year|"
    + longest_alternation(MONTHS)
    + r"|\d{4})\b)"
)

RELATIVE_RULES: tuple[Rule, ...] = (
    Rule(
        "weekday",
        examples=(
            Example("The minister resigned on Friday.", "2023-10-20"),
            Example("The minister will resign on Friday.", "2023-10-27"),
            Example("The council meets on Thursday week.", "2023-11-02"),
            # a week or fortnight counted on from the coming weekday (stop 37)
            Example("The council meets a week on Tuesday.", "2023-10-31"),
            Example("The council meets a fortnight on Friday.", "2023-11-10"),
        ),
        window=(18, 16),
        pattern=rf"(?:{ignoring_case('a|one')}\s+(?P<wkon>{ignoring_case('week|fortnight')})\s+{ignoring_case('on')}\s+)?"
        rf"(?:(?P<wmod>{ignoring_case(WEEKDAY_RELATIONS)})\s+)?{WD}(?!['’]?s?\s+(?:Times|Telegraph))"
        rf"(?:\s+(?P<wk>week|fortnight)\b(?![\s-]*(?:['’]s|of|ago|earlier|later|before|after|end)\b))?"
        rf"(?:\s+{ignoring_case(DAY_PART)})?",
    ),
    Rule(
        "weekday_set",
        examples=(Example("The market opens on Sundays.", "XXXX-WXX-7"),),
        window=(10, 4),
        pattern=rf"(?:{ignoring_case('every|each')}\s+{WD}|(?P<wdp>"
        + longest_alternation([w.capitalize() for w in WEEKDAYS])
        + r")s\b)",
    ),
    Rule(
        "relday",
        examples=(
            Example("Talks ended yesterday.", "2023-10-22"),
            # a week on from today or tomorrow, back from yesterday (stop 37)
            Example("The council meets tomorrow week.", "2023-10-31"),
            Example("The council meets this day week.", "2023-10-30"),
        ),
        window=(24, 22),
        pattern=ignoring_case(
            r"(?:(?:the\s+)?day\s+(?P<dba>before\s+yesterday|after\s+tomorrow))"
            r"|(?:(?P<rdw>today|yesterday|tomorrow)|this\s+day)\s+(?P<rdwk>week|fortnight)\b"
            r"(?![\s-]*(?:['’]s|of|ago|earlier|later|before|after|end|long|old)\b)"
            r"|(?P<rd>today|yesterday|tomorrow|tonight|overnight)(?:\s+(?P<part>"
            + PARTS_OF_A_DAY
            # "the last evening" is the final one, not yesterday's (stop 49)
            + r"))?|(?<!\bthe\s)(?P<rm>this|last|tomorrow|yesterday)\s+(?P<part2>"
            + PARTS_OF_A_DAY
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
        window=(40, 28),  # room for the period its "the last day of" lookahead reads
        prefilter=UNIT_RELATIONS,
        pattern=ignoring_case(
            r"(?:(?P<el>earlier|later)\s+)?(?P<det>the\s+|this\s+(?=past\b))?(?P<rel>"
            + UNIT_RELATIONS
            + r")\s+(?:very\s+|same\s+)?"
            r"(?P<unit>week|weekend|month|year|quarter|decade|century|"
            # "the last day", "the last evening": the final ones of a thing, not yesterday's
            # ("It is the last day of the transfer window", stop 49); "the last day of the
            # quarter" is found, for `joins` to join it to its period
            r"(?<!the\slast\s)(?:day|morning|afternoon|evening|night)|day"
            + _OF_A_PERIOD
            + "|"
            + longest_alternation(SEASONS)
            + r"|(?<!the\slast\s)season)\b"
        ),
    ),
    Rule(
        "before_last",
        examples=(
            # the one before the last one: two back from the day of writing (stop 37)
            Example("Prices rose the week before last.", "2023-W41"),
            Example("Fans rioted the weekend before last.", "2023-W41-WE"),
            Example("Sales fell the month before last.", "2023-08"),
        ),
        window=(4, 32),  # room for the word after "last" its lookahead reads
        prefilter=r"before\s+last",
        pattern=ignoring_case(r"the\s+(?P<unit>week|weekend|month|year)\s+before\s+last\b")
        + _NOT_A_NAMED_LAST,
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
        pattern=ignoring_case(
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
        pattern=ignoring_case(
            r"(?P<unit>month|year)(?:['’]s\s+|-)end\b(?!-|\s+(?:of|for|(?:19|20)\d\d)\b)|the\s+turn\s+of\s+the\s+(?P<unit2>century|year|decade)|(?:the\s+)?(?:very\s+)?(?P<pos>beginning|start|end|middle|close|rest|remainder|latter\s+part|early\s+part|later\s+part|first\s+half|second\s+half|latter\s+half|first\s+part|last\s+part|final\s+months|closing\s+months|opening\s+months)\s+of\s+(?P<det>the|this|that|last|next)\s+(?P<unit3>year|quarter|month|week|decade|century|day)\b"
        ),
    ),
    Rule(
        "night",
        examples=(Example("The attack came at night.", "XXXX-XX-XXTNI"),),
        window=(14, 12),
        pattern=ignoring_case(
            r"(?:at|by|during\s+the|in\s+the)\s+(?P<x>night(?:-?time)?|daytime|day-?time)\b"
        ),
    ),
    Rule(
        "day_part",
        examples=(
            Example("Shares rose on Tuesday, then fell in afternoon trading.", "2023-10-17TAF"),
        ),
        window=(22, 24),
        pattern=ignoring_case(
            r"(?:in|during|through)\s+(?P<x>(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
            r"(?P<part>morning|afternoon|evening))"
            r"(?=\s+(?:trading|trade|dealings|deals|session)\b|\s*[,.;:)]|\s+(?:on|in|at|as|when|and|before|after)\b)"
        ),
    ),
    Rule(
        "the_unit",
        examples=(
            Example("Sales grew in the quarter.", "2023-Q4"),
            Example("The mill reopened later in the year in the north.", "2023"),
            # a relative clause of the thing before it, not of the period (stop 43)
            Example("A recall during the month that led to a stoppage hit sales.", "2023-10"),
        ),
        window=(24, 24),
        pattern=ignoring_case(
            r"(?P<prep>in|for|during|over|through|throughout|(?P<el>earlier|later)\s+in|of|since|at)\s+"
            r"(?P<x>the\s+(?P<unit>year|quarter|month|week|weekend|day))\b"
            r"(?!['’]s|-|\s+(?:of|before|after|to|when|ended|ending|earlier|later|ago)\b)"
            # "the year in which": which year, unless "later in the year in the north" says it
            r"(?(el)|(?!\s+in\b))"
        ),
    ),
    Rule(
        "to_date",
        examples=(Example("It is the largest deal to date.", "PRESENT_REF"),),
        window=(5, 20),
        pattern=ignoring_case(r"\bto\s+(?P<x>date)\b(?!\s+(?:of|with|from)\b)"),
    ),
    Rule(
        "that_time",
        examples=(
            Example(
                "The offer ends on October 30. If no deal is struck by that time, talks stop.",
                "2023-10-30",
            ),
        ),
        window=(14, 2),
        pattern=ignoring_case(r"(?:by|at|until|till|before|after)\s+(?P<x>that\s+(?:time|date))\b"),
    ),
    Rule(
        "vague",
        examples=(Example("Prices have risen recently.", "PAST_REF"),),
        window=(14, 12),
        pattern=ignoring_case(
            r"(?<![\w-])(?:"
            + longest_alternation(list(VAGUE_NEWS) + list(VAGUE_NARRATIVE))
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
        pattern=ignoring_case(
            rf"(?:{APPROX}\s+(?!the\s))?(?:the\s+(?P<dmod>{DURATION_DETERMINERS})\s+)?"
            rf"(?:{NUM}(?:\s+|-))?(?:more\s+|full\s+|consecutive\s+|straight\s+|long\s+)?{UNIT_WORD}"
            rf"(?:(?P<long>-long)|\s+(?P<dir>{DIRECTIONS})|(?P<age>[\s-]old\b|\s+of\s+age\b))?"
        ),
    ),
    Rule(
        "bare_units",
        examples=(Example("Talks went on for days.", "PXD"),),
        window=(12, 14),
        pattern=ignoring_case(
            r"(?P<prep>for|within|in|after|over|lasted|last|took|spent)\s+(?P<x>(?P<unit>days|weeks|months|years|decades|centuries|hours))\b(?!\s+(?:of|ago|later|earlier)\b)"
        ),
    ),
    Rule(
        "decades_long",
        examples=(Example("The decades-long feud ended.", "PXY"),),
        window=(2, 8),
        pattern=ignoring_case(r"(?P<unit>decades|years|months|weeks|centuries)-long"),
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
        pattern=ignoring_case(
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
        prefilter=r"every|each|once|twice|times|per|" + longest_alternation(SET_WORDS),
        pattern=ignoring_case(
            r"(?:every|each)\s+(?:other\s+)?(?:(?P<num>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few)\s+)?(?P<unit>days?|weeks?|months?|years?|decades?|hours?|minutes?|mornings?|afternoons?|evenings?|nights?|weekends?|summers?|winters?|springs?|autumns?)\b|(?:(?P<times>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|every|each)|(?<=\s)per)\s+(?P<unit2>day|week|month|year|decade|hour)\b|\b(?P<sw>"
            + longest_alternation(SET_WORDS)
            + r")\b"
        ),
    ),
    Rule(
        "season",
        examples=(Example("The plant opened in the spring of 2021.", "2021-SP"),),
        window=(34, 14),
        pattern=ignoring_case(
            rf"(?:(?P<sdet>the)\s+)?(?:(?P<srel>{SEASON_RELATIONS})\s+)?{SEASON}(?:\s+(?:of\s+)?(?:{YEAR}|(?P<syear>\d{{1,4}})\s?(?P<sera>bce|bc|b\.c\.)))?|(?P<year2>[12]\d{{3}})\s+(?P<season2>"
            + longest_alternation(SEASONS)
            + r")\b"
        ),
    ),
    Rule(
        "holiday",
        examples=(
            Example("Stores closed on Christmas Day.", "2022-12-25"),
            # a year written after "of" or "in" is the holiday's (stop 37)
            Example("Stores closed on Boxing Day of 1987.", "1987-12-26"),
            Example("Crowds gathered on St Andrew’s Day.", "2022-11-30"),
        ),
        window=(24, 18),
        prefilter=longest_alternation(
            {w for name in [*YEARLY_HOLIDAYS, *HISTORIC_DAYS] for w in name.split()[:1]}
        ).replace("'", "['’]"),
        pattern=ignoring_case(
            r"(?P<hol>"
            + longest_alternation([*YEARLY_HOLIDAYS, *HISTORIC_DAYS]).replace("'", "['’]")
            + r")(?![\w-])(?:,?\s+(?:(?:of|in)\s+)?(?P<year>[12]\d{3})(?!\d))?"
        ),
    ),
)
