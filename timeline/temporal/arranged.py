"""A day something is arranged for, or put off to: "fixed a hearing for 14 November", "has
called both sides to talks on Monday", "have postponed the vote until March". Such a day is
still to come when the arrangement is told, whatever the tense of the verb (`tense` reads
these first)."""

from __future__ import annotations

import re
from functools import cache

from timeline.determiners import ARTICLES, POSSESSIVES
from timeline.temporal.patterns import WORD_RE
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import alternation, longest_first

#: A day a thing is arranged for, after a noun or a verb of arranging: "fixed a hearing for 14
#: November", "announced protests for Friday", "has been listed for 3 May". Not a possessive
#: ("jailed for Friday's attack") nor a period ("results for 2024", "for the year").
#: A clock before the day it is on: "10 a.m. (on) Wednesday".
_CLOCK_FIRST = r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+(?:on\s+)?)?"
_ARRANGED_FOR_RE = re.compile(
    # the end of a range of days too: "fixed the ship for 11-13 April"
    r"(?i)\b[a-z]{3,}\s+for\s+(?:next\s+|the\s+week\s+of\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*)?$"
    # a hearing put off to a day: "adjourned the matter to March 19", "postponed until Friday"
    r"|\b(?:adjourn|postpon|defer|reschedul)\w*\b[^.;:!?]{0,50}?\b(?:to|until|till)\s+$"
    # an order or a warning made to last to a day: "extended the warning until 10 a.m.
    # Wednesday", "remains in effect until Friday"
    rf"|\b(?:extend|prolong)\w*\b[^.;:!?]{{0,60}}?\b(?:until|till|through)\s+{_CLOCK_FIRST}$"
    rf"|\bin\s+(?:effect|force|place)\s+(?:until|till|through)\s+{_CLOCK_FIRST}$"
    # a time granted to do something: "gave the council until November 30 to file"
    r"|\b(?:gave|given|gives|give|giving|granted|grants|grant|allowed|allows)\b[^.;:!?]{0,50}?"
    r"\buntil\s+$"
    # a case listed for what comes next: "listed the matter for hearing on 9th April"
    r"|\b(?:list|adjourn|post|schedul|reserv)\w*\b[^.;:!?]{0,60}?\bfor\s+(?:[a-z]+\s+){1,2}?on\s+$"
)
#: The new time of a thing just put off, in the present perfect: "has pushed back the release
#: of its game to the last week of November", "have postponed the vote until March": still to
#: come, whatever the day or period ("had moved it to May" tells a past plan; not this). So is
#: the thing's own passive, which names no one who moved it and tells only where it now stands
#: ("the launch has been moved to Saturday", "the taping had been moved to January": stop 42).
RESCHEDULED_TO_RE = re.compile(
    r"(?i)\b(?:(?:has|have)\s+(?:(?:again|now|already|also)\s+)?"
    r"|(?:has|have|had)\s+(?:(?:again|now|already|also)\s+)?been\s+)"
    r"(?:(?:postponed|deferred|rescheduled|adjourned|delayed)\b|(?:pushed|put|moved)\s+back\b|"
    r"put\s+off\b|(?:pushed|put|moved)\s+[^.;:!?]{1,60}?\bback\b|(?<=been\s)moved\b)"
    r"[^.;:!?]{0,100}?\b(?:to|until|till)\s+(?:the\s+)?"
    r"(?:(?:end|middle|start|beginning|close)\s+of\s+(?:the\s+)?|(?:early|mid|late)[\s-]+)?$"
)
#: What someone was ordered or told to do on a day ("ordered schools to close on Wednesday",
#: "told residents to leave their homes on Friday"): the order's day is still to come when it
#: is given; "to" and a verb, a few words, then "on".
_ORDERED_TO_RE = re.compile(
    r"(?i)\b(?:ordered|instructed|directed|told)\b[^.;:!?]{0,60}?\bto\s+"
    # a verb: in lower case and no determiner ("were ordered to Manchester on", "to the port")
    rf"(?!(?:{ARTICLES}|{POSSESSIVES})\b)(?-i:[a-z]+)\b"
    r"(?:\s+[a-z]+){0,4}?\s+on\s+$"
)
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s\b")
#: A meeting someone has been called or invited to ("has called both sides to talks on
#: Monday", "invites residents to a hearing on Friday"): arranged, still to come.
_CALLED_TO_RE = re.compile(
    r"(?i)\b(?:(?:has|have)\s+(?:called|invited|summoned|asked)|calls|invites|summons)\b"
    rf"[^.;:!?]{{0,60}}?\bto\s+(?:(?:{ARTICLES}|{POSSESSIVES})\s+)?(?:[a-z]+\s+){{1,3}}(?:on\s+)?$"
)


@cache
def _set_up_in_a_perfect() -> re.Pattern[str]:
    """A thing set up in a present perfect, then the day (or holiday) told after it: "have
    announced protests against the bills on", "has authorised a street collection in Tarbes on",
    "has promised the brotherhood a second kitchen \"before", "has cancelled all leave from
    Carnival Monday to", "has promised a report on it by" (stop 41). Its object is a few words
    with no comma and no clause of its own ("that", "which", "was"); the perfect takes no day of
    its own, so the day is the thing's, still to come (stop 39)."""
    participles = alternation(longest_first("setting_up_participles.txt"))
    return re.compile(
        rf"(?i)\b(?:has|have)\s+(?:(?:now|already|also|formally|officially)\s+)?{participles}"
        r"\s+(?!(?:that|on|for|from|before|to)\b)"
        r"(?:(?!\b(?:that|which|who|was|were|had|did|is|are)\b)[^.;:!?,\"“”]){1,80}?"
        r"[\"“]?\b(?:on|before|from|for|by)\s+[\"“]?(?:the\s+)?"
        # the closing side of a range: "from Carnival Monday to"
        r"(?:[^.;:!?,]{1,40}?\s+(?:to|until|till)\s+(?:the\s+)?)?$"
    )


def set_up_in_a_perfect(text: str, left_limit: int, start: int) -> bool:
    """Whether the expression at `start` is the day of a thing set up in a present perfect
    before it (`_set_up_in_a_perfect`): ahead, whatever the past form says.

    >>> text = "Traders have announced protests against the bills on Friday."
    >>> set_up_in_a_perfect(text, 0, text.index("Friday"))
    True
    >>> text = "The company announced job cuts on Friday."
    >>> set_up_in_a_perfect(text, 0, text.index("Friday"))
    False
    >>> text = "The board has approved the plan, the mayor said on Friday."
    >>> set_up_in_a_perfect(text, 0, text.index("Friday"))
    False
    """
    return _set_up_in_a_perfect().search(text, left_limit, start) is not None


def _a_day(written: str) -> bool:
    """Whether an expression names a day: a weekday, or a month with its day."""
    words = WORD_RE.findall(written.lower())
    named_month = any(w.rstrip(".") in MONTHS for w in words)
    return any(w in WEEKDAYS for w in words) or (
        named_month and re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", written) is not None
    )


def arranged_for(text: str, left_limit: int, start: int, end: int) -> bool:
    """ "set the hearing for 14 November", "has called them to a meeting on Monday": the day
    it is arranged for, still to come.

    >>> text = "They announced protests for Friday."
    >>> arranged_for(text, 0, 28, 34), arranged_for("jailed for Friday's attack", 0, 11, 17)
    (True, False)
    """
    return (
        _a_day(text[start:end])  # the cheap tests first: this runs for every weekday and day
        and _POSSESSIVE_AFTER_RE.match(text, end) is None
        and (
            _ARRANGED_FOR_RE.search(text, left_limit, start) is not None
            or _CALLED_TO_RE.search(text, left_limit, start) is not None
            or _ORDERED_TO_RE.search(text, left_limit, start) is not None
        )
    )


#: A plan or hope told as one of the past, before the expression in its clause: "had hoped
#: that the album would lift sales in", "had been planned for", "was due to sail on", "were
#: scheduled to open in". What was planned then lies near the news day on either side, not
#: always ahead of it (stop 44).
_PLANNED_IN_THE_PAST_RE = re.compile(
    r"(?i)\b(?:had\s+(?:hoped|planned|intended|expected|wanted|aimed|meant|been\s+(?:planned"
    r"|scheduled|set|due|expected|hoped|meant|intended|slated|billed))|(?:was|were)\s+(?:due"
    r"|scheduled|set|slated|meant|supposed)\s+to)\b[^.;:!?]*$"
)


def planned_in_the_past(text: str, left_limit: int, start: int) -> bool:
    """Whether the expression at `start` is the time of a plan or hope its clause tells as
    one of the past (`_PLANNED_IN_THE_PAST_RE`), between `left_limit` (its sentence's start)
    and `start`: the time of that name nearest the news day is meant, behind it as often as
    ahead ("The premiere had been planned for Wednesday but was pushed back", written on a
    Friday, is two days before).

    >>> text = "The label had hoped that the album would lift sales in February."
    >>> planned_in_the_past(text, 0, text.index("February"))
    True
    >>> text = "The label hopes that the album will lift sales in February."
    >>> planned_in_the_past(text, 0, text.index("February"))
    False
    """
    return _PLANNED_IN_THE_PAST_RE.search(text, left_limit, start) is not None
