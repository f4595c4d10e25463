"""A programme's lines that are not the story: a podcast's or a broadcast's header of fields,
its hosts, its list of chapters, its calls to support the show or to listen live, and a
station's call to stay with it. Read by `timeline.furniture` in its table of rules
(`PROGRAMME_RULES`); each rule is one unit with its examples, none names a programme, a
station or a person.

    >>> is_chapter_line("(12:40) Why the ferry fares went up")
    True
    >>> is_chapter_line("(12:40) The minister arrived at the harbour.")
    False
"""

from __future__ import annotations

import re

from timeline.furniture.kinds import FurnitureKind, LineRule
from timeline.furniture.line_shape import shape_cues

__all__ = [
    "PROGRAMME_RULES",
    "is_bulletin_slug",
    "is_chapter_line",
    "is_distribution_line",
    "is_host_line",
    "is_listing_line",
    "is_next_programme",
    "is_programme_header",
    "is_show_appeal",
    "is_station_call",
]

#: A chapter's clock in brackets: "(02:15)", "[1:04:30]".
_CHAPTER = re.compile(r"[(\[]\d{1,2}:\d\d(?::\d\d)?[)\]]\s*[-–—:]?\s*\S[^\n]{0,200}")


def is_chapter_line(line: str) -> bool:
    """A line of a programme's list of chapters: its clock in brackets, then the chapter's title,
    no sentence (a live page's entry under its clock ends with its stop).

    >>> is_chapter_line("[1:04:30] Listener questions")
    True
    >>> is_chapter_line("09:40 The minister arrived at the harbour")
    False
    """
    return _CHAPTER.fullmatch(line) is not None and line[-1] not in ".!?"


#: The names of a programme's hosts, readers or producers: "Hosted by Jo Lee and Ann Roe".
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|al|bin|el|la|le)){0,4}"
_HOST_LINE = re.compile(
    r"(?:(?:Hosted|Presented|Narrated|Read|Produced|Mixed|Edited)(?:\s+and\s+[a-z]+)?\s+by"
    r"|(?:Hosts?|Presenters?|With)\s*:)"
    rf"\s+{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*\.?"
)


def is_host_line(line: str) -> bool:
    """A line naming a programme's hosts or makers, and nothing else.

    >>> is_host_line("Hosted by Jo Lee and Ann Roe"), is_host_line("Hosts: Jo Lee, Ann Roe")
    (True, True)
    >>> is_host_line("Hosted by the city, the summit opened on Monday.")
    False
    """
    return _HOST_LINE.fullmatch(line) is not None


#: The rest of one sentence: no stop but a decimal point's ("£3.50"), its own stop at its end.
_ONE_SENTENCE = r"(?:[^\n.!?]|\.\d){0,160}[.!]?"
#: A call to pay for the programme: "Support the show: join our Patreon from £3 a month".
_SHOW_APPEAL = re.compile(
    r"(?:Support|Back|Fund)\s+(?:the|this|our)\s+(?:show|podcast|programme|program|channel|"
    rf"station)\b\s*[:–—-]?\s*{_ONE_SENTENCE}"
    rf"|(?:Become|Join)\s+(?:a|our)\s+(?:patron|member|supporter)s?\b{_ONE_SENTENCE}"
)


def is_show_appeal(line: str) -> bool:
    """A programme's call to its listeners to pay for it.

    >>> is_show_appeal("Support the show: become a member from $5 a month.")
    True
    >>> is_show_appeal("Support the plan, the mayor said.")
    False
    """
    return _SHOW_APPEAL.fullmatch(line) is not None


#: A station's call to stay with it or to listen: "Stay with Harbour FM for live updates all
#: night.", "Listen live: Harbour FM 101.4".
_STATION_CALL = re.compile(
    r"(?:Stay|Keep\s+it)\s+(?:with|tuned\s+to)\s+[A-Z][^\n]{0,40}?\s+for\s+(?:live\s+|more\s+|"
    r"the\s+latest\s+|further\s+|all\s+the\s+)?(?:updates|coverage|news|results|reaction)\b"
    rf"{_ONE_SENTENCE}"
    r"|(?:Listen|Watch)\s+(?:live|again|back)\s*[:|]\s*[^\n]{1,80}"
    rf"|Follow\s+along\s+(?:for|with|as|here)\b{_ONE_SENTENCE}"
    # where to hear the station's programmes: "Listen to our bulletins at 7am on 98.1 FM."
    # or a named station's: "Listen to Harbour FM's phone-in from 18:00 on 98.1 FM."
    r"|(?:Listen|Tune\s+in)\s+to\s+(?:our|the\s+station's|[A-Z][^\n.]{0,40}?['’]s)\s+"
    r"[^\n.]{0,80}?\bon\s+\d{2,4}(?:\.\d)?\s*"
    r"(?:FM|AM|MHz|kHz)\b[^\n.]{0,60}\.?"
    # where and when to see or hear the full story: "Watch the full report on Harbour 7 News at
    # 7 p.m.", "Hear more on Harbour FM Drive tonight."
    r"|(?:Watch|Listen\s+to|Hear|Catch|See)\s+(?:the|our|more|it|this)\b[^\n.:]{0,60}?"
    r"\s+on\s+[A-Z][^\n.:]{0,40}?\s+(?:at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.m\.|[ap]m)?"
    r"|tonight|this\s+evening|from\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.m\.|[ap]m)?)\.?"
)


def is_station_call(line: str) -> bool:
    """A station's call to its listeners to stay with it or to listen live.

    >>> is_station_call("Stay with Harbour FM for live updates from the count all night.")
    True
    >>> is_station_call("Stay with relatives for now, the police told residents.")
    False
    >>> is_station_call("Listen to our bulletins at 7am and 6pm on 101.4 FM and online.")
    True
    >>> is_station_call("Listen to Harbour FM's count special from 20:00 on 98.1 FM.")
    True
    >>> is_station_call("Listen to the minister's speech, she told reporters on Monday.")
    False
    >>> is_station_call("Watch the full report on Quay 4 News at 6.30 p.m.")
    True
    """
    return _STATION_CALL.fullmatch(line) is not None


#: A field of a programme's header: its season, its episode or its length.
_HEADER_FIELD = re.compile(
    r"(?i:season|series|episode|ep\.?)\s+\d{1,4}|\d{1,3}\s*(?:min|mins|minutes|hr|hrs)\.?"
    r"|\d{1,2}:\d\d(?::\d\d)?"
)


def is_programme_header(line: str) -> bool:
    """A programme's header: fields set apart by dots or bars, one its season, episode or
    length, the others a few words each ("The Harbour Hour · Season 3 · 42 min").

    >>> is_programme_header("The Harbour Hour · Season 3 · 42 min")
    True
    >>> is_programme_header("The final lasted 42 min · the crowd left early")
    False
    """
    fields = [field.strip() for field in re.split(r"\s[·•|]\s", line)]
    return (
        len(fields) >= 2
        and any(_HEADER_FIELD.fullmatch(field) for field in fields)
        and all(
            _HEADER_FIELD.fullmatch(field)
            or (len(field.split()) <= HEADER_WORDS and field[:1].isupper())
            for field in fields
        )
    )


#: A broadcast's clock: "9 P.M.", "7.15 p.m.", "18:00", "SIX O'CLOCK".
_CLOCK = (
    r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?i:[ap]\.?\s?m\.?)|\d{1,2}[.:]\d\d"
    r"|(?:[A-Z]+|\d{1,2})\s+O['’]CLOCK)"
)
#: A bulletin's slug: words in capitals (its service, its name), then its clock after a comma or
#: a dash, "NEWS BULLETIN, 9 P.M.", "HOME SERVICE — EVENING NEWS, 7 P.M."
_BULLETIN_SLUG = re.compile(
    rf"[A-Z][A-Z0-9'’&.]*(?:\s+(?:[—–-]\s+)?[A-Z0-9][A-Z0-9'’&.]*){{0,9}}\s*(?:,|[—–-])\s*"
    rf"{_CLOCK}"
)


def is_bulletin_slug(line: str) -> bool:
    """A broadcast bulletin's slug: its name in capitals, then its clock, no sentence.

    >>> is_bulletin_slug("HOME SERVICE — EVENING NEWS BULLETIN, 7 P.M.")
    True
    >>> is_bulletin_slug("Evening news bulletin, 7 p.m.")
    False
    >>> is_bulletin_slug("FIRE AT DOCKS AT 9 P.M.")
    False
    """
    return _BULLETIN_SLUG.fullmatch(line.strip()) is not None


#: The next programme and its clock: "NEXT: The Farm Hour, with Jo Lee, 7.15 P.M.", "Coming up
#: at 8 p.m.: Tarrow Tonight".
_NEXT_PROGRAMME = re.compile(
    r"(?i:next|up\s+next|coming\s+up|following|later)(?:\s+(?:at|on)\s+[^\n:]{1,30})?\s*:"
    r"\s+[\"“‘A-Z0-9][^\n]{0,100}"
)


def is_next_programme(line: str) -> bool:
    """A broadcast's pointer to the programme after it, under its label, and its clock.

    >>> is_next_programme("NEXT: The Farm Hour, with Jo Lee, 7.15 P.M.")
    True
    >>> is_next_programme("Coming up at 8 p.m.: Tarrow Tonight with Ann Roe")
    True
    >>> is_next_programme("Next: the council will vote on the plan.")
    False
    """
    return (
        _NEXT_PROGRAMME.fullmatch(line.strip()) is not None
        and re.search(_CLOCK, line) is not None
        and not line.rstrip().endswith(("!", "?"))
    )


#: A broadcast's listing under its medium's label (stop 38): "TV: Highlights of the final,
#: Channel 2, 11.15pm tonight.", "Radio: Full commentary on Quay FM from 2.30pm."
_LISTING = re.compile(
    r"(?:TV|Radio|Television|On\s+(?:TV|air|radio)|Live\s+on\s+(?:TV|radio))\s*:\s+[^\n]{3,160}"
)


def is_listing_line(line: str) -> bool:
    """A broadcast's listing: its medium's label, a clock, no verb (the programme's own time,
    no event of the story).

    >>> is_listing_line("TV: Highlights of the quarter-finals, Channel 2, 11.15pm tonight.")
    True
    >>> is_listing_line("TV: The station cut its late bulletin at 10pm on Monday.")
    False
    """
    return (
        _LISTING.fullmatch(line.strip()) is not None
        and re.search(_CLOCK, line) is not None
        and "no verb" in shape_cues(line)
    )


#: Which stations carry a script: "For all National stations.", "For broadcast on all regional
#: transmitters."
_DISTRIBUTION = re.compile(
    r"For\s+(?:(?:broadcast|transmission|use)\s+(?:on|by|in|over)\s+)?(?:all|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}(?:and\s+(?:[\w'’-]+\s+){0,2})?"
    r"(?:stations|networks|channels|transmitters|services|regions)\.?"
)


def is_distribution_line(line: str) -> bool:
    """A script's note of the stations that carry it, no sentence.

    >>> is_distribution_line("For all National stations.")
    True
    >>> is_distribution_line("For all stations the change means a later start.")
    False
    """
    return _DISTRIBUTION.fullmatch(line.strip()) is not None


#: The most words of a header's field: a programme's name.
HEADER_WORDS = 6


# -- the rules ---------------------------------------------------------------------------------

PROGRAMME_RULES: tuple[LineRule, ...] = (
    LineRule(
        "chapter",
        FurnitureKind.PROMO,
        is_chapter_line,
        ("(00:00) Intro", "(14:05) Why the ferry fares went up", "[1:02:10] Your questions"),
    ),
    LineRule(
        "hosts",
        FurnitureKind.CREDIT,
        is_host_line,
        (
            "Hosted by Jo Lee and Ann Roe",
            "Presented by Kofi Mensah-Bonsu",
            "Hosts: Jo Lee, Ann Roe",
        ),
    ),
    LineRule(
        "show appeal",
        FurnitureKind.PROMO,
        is_show_appeal,
        (
            "Support the show: join our members' club from £4 a month.",
            "Become a patron and hear every episode a day early.",
        ),
    ),
    LineRule(
        "station call",
        FurnitureKind.PROMO,
        is_station_call,
        (
            "Stay with Harbour FM for live updates from the count all night.",
            "Listen live: Harbour FM 101.4 Tarrow",
            "Follow along for results and reaction.",
            "Listen to Harbour FM's count special from 20:00 on 98.1 FM.",
            "Watch the full report on Quay 4 News at 6.30 p.m.",
            "Hear more on Harbour FM Drive tonight.",
        ),
    ),
    LineRule(
        "programme header",
        FurnitureKind.PROMO,
        is_programme_header,
        ("The Harbour Hour · Season 3 · 42 min", "Tarrow Talks | Episode 118 | 31 min"),
    ),
    LineRule(
        "bulletin slug",
        FurnitureKind.PROMO,
        is_bulletin_slug,
        ("HOME SERVICE — EVENING NEWS BULLETIN, 7 P.M.", "WORLD NEWS, 6 O'CLOCK"),
    ),
    LineRule(
        "next programme",
        FurnitureKind.PROMO,
        is_next_programme,
        ("NEXT: The Farm Hour, with Jo Lee, 7.15 P.M.", "Up next: Quay Talk at 8 p.m."),
    ),
    LineRule(
        "listing",
        FurnitureKind.PROMO,
        is_listing_line,
        ("TV: Highlights of the quarter-finals, Channel 2, 11.15pm tonight.",),
    ),
    LineRule(
        "distribution",
        FurnitureKind.PROMO,
        is_distribution_line,
        ("For all National stations.", "For broadcast on all regional transmitters."),
    ),
)
