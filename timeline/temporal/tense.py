"""The tense of the clause around an expression: which way a bare weekday or a year-less
date points from the reference date."""

from __future__ import annotations

import re

from timeline.determiners import ARTICLES, POSSESSIVES, Determiner, determiners
from timeline.temporal.arranged import RESCHEDULED_TO_RE, arranged_for, set_up_in_a_perfect
from timeline.temporal.deadline import DEADLINE_RE
from timeline.temporal.own_clause import (
    after_a_dash,
    coordinated_verb,
    dash_before,
    in_relative_clause,
    own_right_side,
    past_after,
    relative_present,
    until_at_least,
)
from timeline.temporal.patterns import SENTENCE_END_RE, WORD_RE, sentence_start
from timeline.temporal.vocabulary import WEEKDAYS
from timeline.temporal.word_tense import (
    SCHEDULE_VERBS,
    foretells,
    past_form,
    shares_future_passive,
    word_tense,
)
from timeline.wordlists import longest_alternation

#: "a.m." or "am" after a clock's figures: no verb ("hit at 3:14 am" is no present tense)
_CLOCK_MARK_RE = re.compile(r"(?<=\d)\s*[AaPp]\.?[Mm]\b\.?")


#: A capitalised word inside a name, after another and before a word in lower case: "the
#: Lakeview Open bonspiel", "the Grand Opened fund" (no verb). Not after a determiner opening a
#: sentence: "The Kestrels host Dunmore" keeps its subject, so "host" is still the verb.
#: An article or a possessive opening a sentence: "The", "Its", "Our".
_OPENING_DETERMINER = determiners(Determiner.ARTICLE, Determiner.POSSESSIVE, case="capitalised")
_INSIDE_A_NAME_RE = re.compile(
    rf"\b(?!{_OPENING_DETERMINER} )([A-Z][A-Za-z]+ )[A-Z][a-z]+(?= [a-z])"
)


#: A figure counting a plural a timetable's verb may be written as ("by 43 runs", "12 starts"),
#: not after a capitalised word ("Season 2 premieres on Friday": the number is the name's).
_COUNTED_RE = re.compile(
    r"(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})(?<![A-Z][a-z]{4})(?<![A-Z][a-z]{5}) "
    r"\d[\d,.]*\s+(?=(?:"
    + "|".join(sorted(verb for verb in SCHEDULE_VERBS if verb.endswith("s")))
    + r")\b)"
)


#: A past form joined by a hyphen to the word before it: a compound adjective ("drought-damaged
#: corn", "state-owned", "long-awaited"), never a clause's verb.
_HYPHENED_PARTICIPLE_RE = re.compile(r"(?<=[A-Za-z])-[a-z]+ed\b")


#: What an acronym is read as: a name, no word of any list ("IS", "US", "AM" are no verbs).
_NAME = "<name>"


def _words(text: str) -> list[str]:
    """The words of `text` in lower case, without acronyms, clock marks and the words inside a
    name: "IS on Saturday claimed" is no present tense ("IS", "US" and "AM" written in capitals
    are names, not verbs), nor is "at 3:14 am", nor "the Lakeview Open bonspiel on".

    >>> _words("IS on Saturday claimed"), _words("hit at 3:14 am local time")
    (['<name>', 'on', 'saturday', 'claimed'], ['hit', 'at', 'local', 'time'])
    >>> _words("the Lakeview Open bonspiel on")
    ['the', 'lakeview', 'bonspiel', 'on']
    >>> _words("Roe may apply in"), _words("closed in May and")
    (['roe', 'might', 'apply', 'in'], ['closed', 'in', 'may', 'and'])
    """
    text = _INSIDE_A_NAME_RE.sub(r"\1", _CLOCK_MARK_RE.sub("", text))
    text = _HYPHENED_PARTICIPLE_RE.sub("", text)
    text = _COUNTED_RE.sub(" two ", text)
    # the modal "may" is written in lower case, the month with its capital: "may apply in the
    # spring" looks ahead as "might apply" does
    found = ["might" if w == "may" else w for w in WORD_RE.findall(text)]
    if _in_capitals(found):
        return [w.lower() for w in found]
    # an acronym stays a name in its place: "The KFCS plans a rally" keeps a subject before
    # its verb, which would otherwise follow "the" as a noun does
    return [_NAME if len(w) > 1 and w.isupper() else w.lower() for w in found]


def _in_capitals(words: list[str]) -> bool:
    """Whether words are a clause written wholly in capitals, as a teletype writes ("THE
    CHURCH WILL HOLD A SERVICE ON"): its words are words, not acronyms.

    >>> _in_capitals(["THE", "CHURCH", "WILL", "HOLD"]), _in_capitals(["IS", "on", "Saturday"])
    (True, False)
    >>> _in_capitals(["US"])
    False
    """
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    return len(lettered) >= 3 and all(not any(c.islower() for c in w) for w in lettered)


#: A limit a state is set to last to by a present perfect: "has closed all schools until
#: Friday", "have shut the road till at least June 10": the day is still ahead.
_UNTIL_RE = re.compile(r"(?i)\b(?:until|till)\s+(?:at\s+least\s+)?$")


def _lasts_until(text: str, left_limit: int, start: int, words: list[str], index: int) -> bool:
    """Whether the tense cue at `index` of `words` is a present perfect ("has closed", "has"
    before an irregular form: "has shut") whose state lasts until the expression at `start`.

    >>> text = "The ministry has closed all schools until Friday."
    >>> words = ["the", "ministry", "has", "closed", "all", "schools", "until"]
    >>> _lasts_until(text, 0, 42, words, 3), _lasts_until(text, 0, 42, ["had", "closed"], 1)
    (True, False)
    """
    perfect = words[index] in ("has", "have") or (index > 0 and words[index - 1] in ("has", "have"))
    return perfect and _UNTIL_RE.search(text, left_limit, start) is not None


#: A present tense in a clause of "once", "when", "until", "after", "before" or "as soon as"
#: tells of what is to come: "stay indoors once the wind picks up on Tuesday night", "when
#: parliament returns in September". Its verb is the second word after a determiner's noun,
#: a few words of its object before the expression at most.
_WHEN_PRESENT_RE = re.compile(
    r"(?i)\b(?:once|when|until|till|after|before|as\s+soon\s+as)\s+"
    rf"(?:(?:{ARTICLES}|{POSSESSIVES})\s+)?[a-z]+\s+(?!(?:was|has|is|does)\b)[a-z]+[^\Ws]s"
    r"(?:\s+(?!(?:and|but|or|was|were|had|did)\b)[a-z]+){0,4}?\s+(?:on|in|at|by|from)?\s*$"
)


#: A time something is asked for by: the request is made before it, so the time is still
#: ahead ("sought time until the end of the monsoon in December", "have asked for a cut
#: before the Budget in October", written in May: this year's); a few words may name what
#: falls then ("before the start of the new season in"). Not across a verb of the past: "asked
#: for a loan, which was repaid before".
_REQUESTED_BY_RE = re.compile(
    r"(?i)\b(?:(?:asked|called|pressed|appealed|applied|pleaded)\s+for|sought|requested|"
    r"demanded)\b(?:(?!\b(?:was|were|had|did|is|are)\b)[^.;:!?]){0,100}?"
    r"\b(?:before|until|till)\s+(?:the\s+)?"
    r"(?:(?:end|middle|start|beginning|close)\s+of\s+(?:the\s+)?|(?:early|mid|late)[\s-]+)?"
    r"(?:[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4}\s+in\s+)?$"
)

#: When something set takes effect: "approved a toll, starting Jan. 1", "effective March 1",
#: "with effect from 1 October";
#: when a sum falls due: "a dividend of 5 cents, payable on August 16".
_STARTING_RE = re.compile(
    r"(?i)\b(?:starting|beginning|effective|payable)\s+(?:on\s+(?:or\s+(?:about\s+)?)?|from\s+)?$"
    # "has appointed him managing director with effect from 1st October"
    r"|\bwith\s+(?:immediate\s+)?effect\s+(?:from|on)\s+$"
    # a period declared or ordered to start on a day: "declared three days of mourning from
    # Thursday", "ordered a two-week closure from Monday"
    r"|\b(?:declar|announc|call|order|impos|approv|grant)\w*\b[^.;:!?]{0,60}?"
    r"\b(?:days?|weeks?|months?)\b[^.;:!?]{0,40}?\bfrom\s+$"
    # what is offered, proposed or threatened from a day: "had offered a 2.5 per cent bonus
    # for night shifts from 1 January", "threatened a 48-hour stoppage from Thursday"
    r"|\b(?:offer|propos|threaten)\w*\b(?:[^.;:!?]|\.(?=\d)){0,60}?\bfrom\s+$"
    # who is appointed to a post from a day: "named Ann Lee, 51, as its chairman from 1
    # January", "has appointed him as director from 1 May" (not "was named": told back)
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)\b(?:appoint(?:s|ed)?|names?|named|elect(?:s|ed)?)"
    r"\b[^.;:!?]{0,100}?\bas\b[^.;:!?]{0,60}?\bfrom\s+$"
    # "rates, which take effect Jan. 1"
    r"|\b(?:take|takes|taking)\s+effect\s+(?:on\s+|from\s+)?$"
    # what is due then: "two carriers due in September"; a day fixed for something: "fixed
    # January 31 as the record date"; who holds a share then: "to shareholders on the
    # register on July 12"
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\bdue\s+(?:in|on|by|from)\s+$|\b(?:fixed|set)\s+$"
    r"|\bon\s+the\s+(?:share\s+)?register\s+(?:on|at|as\s+(?:at|of))\s+$"
    # what a plan or rule does from a day, in the present: "a plan that lifts rates from July 1"
    r"|\b(?:that|which)\s+(?!(?:has|is|was|does)\b)[a-z]+s\b(?:[^.;:!?,]|\.(?=\d)){0,80}?"
    r"\bfrom\s+$"
)


#: An update's stamp opening a line: "Update, March 11:", "Updated March 11".
_UPDATE_RE = re.compile(
    r"(?im)^[ \t*]*(?:update|updated|correction)\b[ \t]*[,:\-–—]?[ \t]*(?:on[ \t]+)?$"
)


#: A weekday opening an entry of a week's diary, before its colon ("Monday: China publishes its
#: refinery figures.", "Wednesday, 15:30 BST: US crude stocks."): a day of the week ahead.
_DIARY_DAY_RE = re.compile(rf"(?i)(?:{longest_alternation(WEEKDAYS)})\b")
_DIARY_COLON_RE = re.compile(r"(?:,[ \t]*\d\d?[:.]\d\d(?:[ \t]*[A-Z]{2,5})?)?[ \t]*:")
#: What may stand before a diary's entry on its line: a bullet, a dash.
_ENTRY_MARKS = " \t*•·-–—"


def _diary_entry(text: str, clause_limit: int, start: int, end: int) -> bool:
    """Whether the expression text[start:end] is a weekday opening its clause and followed by
    a colon: an entry of a diary of days to come, when no word of the entry tells a tense.

    >>> text = "Monday: China publishes its refinery throughput."
    >>> _diary_entry(text, 0, 0, 6), _diary_entry("On Monday: talks.", 0, 3, 9)
    (True, False)
    """
    return (
        not text[clause_limit:start].strip(_ENTRY_MARKS)
        and _DIARY_DAY_RE.match(text, start) is not None
        and _DIARY_COLON_RE.match(text, end) is not None
    )


#: A condition or a time the expression stands in, of a clause that looks ahead: its past tense
#: is no past ("he would appeal if nothing was done by the end of September", "the batch would
#: be released once a second test was complete on Friday": a future told back, stop 53). Not
#: "when", "after": "will earn more, after the board voted on Thursday" tells a past.
_CONDITION_AHEAD_RE = re.compile(r"(?i)\b(?:would|will)\b.*\b(?:if|unless)\b[^,;:—–]*$", re.DOTALL)
#: ... and so is a past in a clause of time under them, whose own verb is that past: one of its
#: first words (a subject of up to four, then the verb).
_SUBJECT_AND_VERB = 5
_TIME_AHEAD_RE = re.compile(
    r"(?i)\b(?:would|will)\b.*\b(?:once|until|till|before)\b(?P<clause>[^,;:—–]*)$", re.DOTALL
)


def _condition_ahead(before: str) -> bool:
    """Whether the text `before` an expression leaves it in a condition ("if", "unless", with
    no comma since) of a clause with "would" or "will".

    >>> _condition_ahead("he would appeal if nothing was done by ")
    True
    >>> _condition_ahead("will walk off unless a deal is reached, the union said ")
    False
    >>> _condition_ahead("she asked if anything was done in ")
    False
    >>> _condition_ahead("said the stock would be held once a test was done on ")
    True
    >>> _condition_ahead("would stay out until the company pays the rise it promised in ")
    False
    """
    if _CONDITION_AHEAD_RE.search(before) is not None:
        return True
    # a clause of time is a future told back only when its own verb, after a subject of a few
    # words, is a past ("once a second test was done"), not a past further on, of a clause of
    # its own ("until the company pays the rise it promised in March")
    clause = _TIME_AHEAD_RE.search(before)
    if clause is None:
        return False
    words = _words(clause["clause"])[:_SUBJECT_AND_VERB]
    return any(word_tense(words, index) == "past" for index in range(len(words)))


#: A relative clause set off by commas after the expression: its verb is not the clause's
#: ("the second quarter of its fiscal year, which runs from April to March, fell").
_RELATIVE_ASIDE_RE = re.compile(r",\s+(?:which|who)\b[^,;:.!?]*,")
#: Before the expression, such a clause or a participle's set off by commas: "Its outlook,
#: published on Friday, gives little hope of relief before November" is not told in the past.
#: "whose" opens such a clause too: "The mill, whose plant is the largest in town, put its
#: shift back to work on Thursday" is no present (stop 53).
_LEFT_ASIDE_RE = re.compile(
    r",\s+(?:which|who|whose|[a-z]{3,}ed)\b(?:[^,;:.!?]|[,.](?=\d))*,(?!\d)"
)


#: A clock written just before a day ("until noon Wednesday", "by 6 p.m. Friday"): the two are
#: one time, and what stands before the clock tells the day's tense.
_CLOCK_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:noon|midday|midnight)|\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}[:.]\d\d)"
    r"\s+(?:on\s+)?$"
)


def clock_start(text: str, left_limit: int, start: int) -> int:
    """Where the time of the day at `start` begins: at a clock written just before it ("until
    noon Wednesday": the clock), else `start`.

    >>> text = "The warning stays in effect until noon Wednesday."
    >>> clock_start(text, 0, text.index("Wednesday")) == text.index("noon")
    True
    >>> text = "It ends on Wednesday."
    >>> clock_start(text, 0, 11)
    11
    """
    clock = _CLOCK_BEFORE_RE.search(text, max(left_limit, start - 16), start)
    return clock.start() if clock is not None else start


def tense_around(text: str, start: int, end: int, default: str | None = "past") -> str | None:
    """'past' or 'future': the tense of the clause around text[start:end] (else ``default``).

    >>> tense_around("He will meet them on Sunday.", 21, 27)
    'future'
    >>> text = "A frost warning remains in effect until noon Wednesday."
    >>> tense_around(text, text.index("Wednesday"), len(text) - 1)
    'future'
    """
    left_limit = sentence_start(text, start, 120)
    start = clock_start(text, left_limit, start)
    if DEADLINE_RE.search(text, left_limit, start) or _STARTING_RE.search(text, left_limit, start):
        return "future"
    if _REQUESTED_BY_RE.search(text, left_limit, start):
        return "future"
    if arranged_for(text, left_limit, start, end) or RESCHEDULED_TO_RE.search(
        text, left_limit, start
    ):
        return "future"
    if set_up_in_a_perfect(text, left_limit, start):
        return "future"  # "have announced protests against the bills on Friday"
    when_present = _WHEN_PRESENT_RE.search(text, left_limit, start)
    if when_present and not past_after(
        _words(when_present[0]), past_form, _words(text[end : end + 40])
    ):
        return "future"
    if until_at_least(text, left_limit, start):
        return "future"
    if _UPDATE_RE.search(text, left_limit, start):
        return "present"  # "Update, March 11:": a note added to the story, the nearest day
    # a semicolon closes a clause: "recorded an album last month; it comes out on April 14"
    clause_limit = max(left_limit, text.rfind(";", left_limit, start) + 1)
    # so does a lone dash: "where you are going — on Sunday a man walked"
    if dash_before(text, clause_limit, start):
        sentence_end = SENTENCE_END_RE.search(text, end, end + 300)
        dash = after_a_dash(
            text[clause_limit : sentence_end.start() if sentence_end else end + 300],
            start - clause_limit,
        )
        clause_limit += dash or 0
    left_words = _words(_LEFT_ASIDE_RE.sub(" ", text[clause_limit:start]))
    for index in range(len(left_words) - 1, -1, -1):
        tense = word_tense(left_words, index)
        if tense == "past" and shares_future_passive(left_words, index):
            return "future"
        if tense == "past" and _condition_ahead(text[clause_limit:start]):
            return "future"
        if tense in ("past", "present") and _lasts_until(
            text, clause_limit, start, left_words, index
        ):
            return "future"
        if tense:
            return tense
    right = text[end : end + 120]
    stop_match = SENTENCE_END_RE.search(right)
    if stop_match:
        right = right[: stop_match.start()]
    if relative_present(text[clause_limit:start]):
        return "present"  # "Tollbar, which reports on Tuesday, has warned": its own verb
    right = own_right_side(text[clause_limit:start], right)
    right_words = _words(_RELATIVE_ASIDE_RE.sub(" ", right))
    for index in range(len(right_words)):
        if coordinated_verb(right_words, index, word_tense):
            return "past"  # "cut 300 jobs in January and plans to ...": told before a plan
        tense = word_tense(right_words, index)
        if tense == "future" and len(left_words) <= 1 and foretells(right_words, index):
            return "past"  # "In May, the company forecast a profit": when it was foreseen
        if tense:
            return tense
    if _diary_entry(text, clause_limit, start, end):
        return "future"  # "Monday: China publishes its refinery figures": the week ahead
    return "past" if in_relative_clause(text[clause_limit:start]) else default


def clause_tense(text: str, start: int, end: int) -> str | None:
    """'past', 'future' or 'present': the tense cue nearest the expression text[start:end],
    or None when the clause gives none (what `timeline.events.reasons` tells a reader).

    >>> clause_tense("Blinken spoke on Sunday.", 17, 23)
    'past'
    """
    return tense_around(text, start, end, default=None)


#: A year, then the clause that tells what happened then, up to a month or season: "in 2016,
#: when spring frosts hit the valley in ".
_WHEN_CLAUSE_RE = re.compile(r"\b((?:1[5-9]|20)\d\d),\s+when\s[^;:.!?]*$")


def when_clause_year(text: str, start: int) -> int | None:
    """The year whose "when" clause the month or season at `start` stands in ("The last short
    vintage was in 2016, when spring frosts hit the valley in October": 2016, whatever the
    news day); None elsewhere.

    >>> when_clause_year("It was in 2016, when frosts hit in October.", 33)
    2016
    >>> when_clause_year("It grew in 2016, and fell in October.", 29) is None
    True
    """
    match = _WHEN_CLAUSE_RE.search(text, max(0, start - 160), start)
    return int(match[1]) if match is not None else None
