"""Dates in a sentence that date no event of it: a year that describes a thing ("the 1991
agreement"), the point a figure is compared with ("up from 41% in 2008"), the bounds of a
period named before ("the fiscal year that begins July 1"), the period a forecast is for, the
occasion a state lasts until, and a period made an adjective ("third-quarter results").

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It replaced the 1991 agreement."
    >>> modifies_noun(Sentence(0, 31, text, 0), Timex(16, 20, "1991", "DATE", "1991"))
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.actors.vocabulary import document_words
from timeline.determiners import ARTICLES, DEMONSTRATIVES, POSSESSIVES, THE
from timeline.stop_words import stop_words
from timeline.temporal.vocabulary import HOLIDAY_NAMES, NUMBER_WORDS, VOCABULARY
from timeline.wordlists import word_list, word_set

if TYPE_CHECKING:
    from collections.abc import Sequence

    from timeline.sentences import Sentence
    from timeline.temporal import Timex

_DETERMINER_BEFORE = re.compile(
    rf"(?i)\b(?:{ARTICLES}|{POSSESSIVES}|{DEMONSTRATIVES}|[a-z]+['’]s)\s+$"
)
_WORDS = re.compile(r"[A-Za-z]+")
_WORD_AFTER = re.compile(r"[ -]?[A-Za-z]")
#: A century made an adjective, in figures or in words: "a 15th-century town house", "a
#: fifteenth-century cog", "twelfth-century frescoes"; the tagger may take the article with it
#: ("The eighteenth-century craftsman").
_CENTURY_ADJECTIVE = re.compile(
    r"(?i)(?:(?:the|an?)\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|[a-z]+(?:th|st|nd|rd))-century"
)
_NAME_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<!^)\b([A-Z][A-Za-z]+)\s+$")
#: The last word of a law's or a document's name and its year after it, with a comma or "of"
#: between or none: "the Health and Safety at Work Act 1974", "the (Offences) Act, 1980".
_LAW_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:,|\s+of)?\s+$")
#: Prepositions that make "the 2008 season" a time of the clause ("during the 2008 season").
_TIME_PREPOSITIONS = word_set("time_prepositions.txt")
#: Prepositions of time that, right before "the" and a year naming a thing, tell what it is
#: about, not when: "a fresh decision on the 2020 allocation", "a hearing on the 1985 plan".
_ABOUT = frozenset({"on", "about"})
#: Capitalised words before a year that make it no name: "In 2008", "Between 2001 and 2005".
_NOT_NAMES = _TIME_PREPOSITIONS | word_set("year_name_exceptions.txt")


#: A year right after "due" and a noun, with no verb or preposition between: a debt's
#: maturity ("bonds due 2019", "notes due 2031"), not "is due in 2019" nor "due by 2019".
_MATURITY_BEFORE = re.compile(r"(?i)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)\s+due\s+$")


def modifies_noun(sentence: Sentence, timex: Timex) -> bool:
    """A bare year that describes a thing rather than dating the clause: "replaces the 1991
    agreement", "a breach of the 1991 settlement". After a preposition of time it dates the
    clause ("during the 2008 season"). So does a century made an adjective ("a 15th-century
    town house").

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> modifies_noun(Sentence(0, 31, "It replaced the 1991 agreement.", 0),
    ...               Timex(16, 20, "1991", "DATE", "1991", granularity="year"))
    True
    >>> modifies_noun(Sentence(0, 32, "It spoke during the 2008 season.", 0),
    ...               Timex(20, 24, "2008", "DATE", "2008", granularity="year"))
    False

    A year after "due" and a noun is when a debt matures: "its bonds due 2019 fell"; "the
    report is due 2019" keeps it.

    >>> modifies_noun(Sentence(0, 25, "Its bonds due 2019 fell.", 0),
    ...               Timex(14, 18, "2019", "DATE", "2019", granularity="year"))
    True
    >>> modifies_noun(Sentence(0, 26, "The report is due 2019.", 0),
    ...               Timex(18, 22, "2019", "DATE", "2019", granularity="year"))
    False
    """
    if _CENTURY_ADJECTIVE.fullmatch(timex.text):
        # "a 15th-century town house", "The eighteenth-century craftsman": the thing's age
        return _NOUN_AFTER.match(sentence.text, timex.end - sentence.start) is not None
    if not timex.text.isdigit() or len(timex.text) != 4:
        return False
    start = timex.start - sentence.start
    end = timex.end - sentence.start
    window = sentence.text[max(0, start - 40) : start]
    if _MATURITY_BEFORE.search(window):
        return True  # "its 7.25 percent bonds due 2019 fell": when the debt falls due
    preceding = [word.lower() for word in _WORDS.findall(window)[-4:-1]]
    if preceding and preceding[-1] in _ABOUT:
        preceding = preceding[:-1]  # "a decision on the 2020 allocation": what it is about
    after_time_preposition = any(word in _TIME_PREPOSITIONS for word in preceding)
    law = _LAW_BEFORE.search(sentence.text, max(0, start - 40), start)
    if law is not None and law.group(1).casefold() in document_words():
        # "under the Health and Safety at Work Act 1974", "the Act, 1980", "the Act of 1995":
        # the year is the law's name, whatever preposition stands before it
        return True
    name = _NAME_BEFORE.search(sentence.text, 0, start)
    if name is not None and name.group(1).lower() not in _NOT_NAMES:
        # "known as Vision 2030": the year is part of a name; "at WWDC 2005" is a time
        return not after_time_preposition
    if not _WORD_AFTER.match(sentence.text, end):
        return False
    if _DETERMINER_BEFORE.search(window) is None:
        return False
    return not after_time_preposition


#: Words before an expression that make it the point a figure is compared with, not the time of
#: the clause: "up 43% compared with the same period last year", "more than in 2008", "down
#: from a year earlier", "its first annual loss since 1992", "the most for an IPO since 2018",
#: "the lowest level since March", "his first goals since he returned from injury in March" (a
#: clause after "since").
#: A figure between the comparison and the expression: "compared with $35.9 million a year
#: earlier", "from 14 cents a share a year ago", "up from 41% in 2008".
_FIGURE = (
    rf"(?:\s+(?:(?:{ARTICLES}|{POSSESSIVES})\s+(?:peak|high|low|record|level)\s+of\s+)?"
    # an amount in any currency: "$35.9 million", "Sh665 million", "Rs4.34", "HK$7.12", "₹12"
    r"(?:(?:[A-Z][A-Za-z]{0,2}\$?|[$€£¥₹₦₱₩₪])?\d[\d.,]*%?|"
    + "|".join(
        sorted(
            (w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an")),
            key=len,
            reverse=True,
        )
    )
    + r")"
    # what the figure was, and where or when: "down from seven at the last election in"
    r"(?:\s+(?:[a-z]+|per\s+cent)){0,6}?)?"
)
_COMPARED_WITH = re.compile(
    r"(?i)(?:(?:\bcompared\s+(?:to|with)|\bversus|\bvs\.?|"
    r"\b(?:up|down|rose|risen|fell|fallen|increased|decreased|declined|dropped|climbed|"
    r"slipped|eased|jumped|slid|grew|grown|shrank|gained|lost)\s+"
    # up to three words between, a hedge on a figure not counted: "fallen to about two days from"
    r"(?:(?:(?:about|around|nearly|almost|roughly|some|just)\s+)?\S+\s+){0,3}?from)"
    + _FIGURE
    # a thing of another year the figure is compared with: "up 7.9 percent from the 2007 census"
    + rf"(?:\s+(?:{ARTICLES}|{POSSESSIVES}))?|"
    r"\bthan(?:\s+(?:\w+\s+){0,2}?(?:did|was|were|had|does|do|is|are))?(?:\s+(?:in|on|at|during))?|"
    # a figure of another time named after "than the": "than the 2.6 per cent rise in the"
    rf"\bthan\s+(?:{ARTICLES}|{POSSESSIVES})\s(?:[^.;:!?,]|(?<=\d)[.,](?=\d)){{0,40}}?"
    r"\b(?:in|on|at|during)(?:\s+the)?|"
    # when someone else foresaw it: "faster than we expected in the summer" (not "more than
    # expected in March", when the thing itself happened)
    r"\bthan\s+(?:\w+\s+){1,2}?(?:had\s+)?(?:expected|forecast|predicted|thought|estimated|"
    r"anticipated|feared|planned|hoped)\s+(?:in|on|at|during)(?:\s+the)?|"
    # the time a thing last went as far: "not even in 1958"
    r"\bnot\s+even(?:\s+(?:in|on|at|during))?|"
    r"\b(?:first|last|only|most|fewest|\w{3,}est)\b[^.;:!?]{0,60}?\bsince"
    # the subject pronouns but "I" and "you": a set of its own, not `wordlists.pronouns`'s
    rf"(?:\s+(?:he|she|it|they|we|{THE}|{POSSESSIVES})\b[^.;:!?,]{{0,50}}?)?)\s+$"
)
#: "a year earlier", "a year ago", "the year before": after a plain "from", a baseline.
_EARLIER = re.compile(
    r"(?i)\b(?:earlier|ago|before|previous(?:ly)?|prior)$"
    # "last year", "last season", "the previous year": the time before, said deictically
    r"|^(?:last|the\s+previous)\s+(?:year|season|month|quarter|week)$"
)
#: A figure ranked or counted ("from 227th", "against 14 lakh"), then the baseline: "fell to
#: 261st from 227th last year", "sold 18,000 tickets, against 14,000 last year".
_RANKED = r"(?:\s+\d[\d.,]*(?:st|nd|rd|th)\b)"
_FROM = re.compile(
    r"(?i)\b(?:from(?:" + _RANKED + r"|" + _FIGURE + r")|against" + _FIGURE + r")\s+$"
)
#: A figure ahead of or behind a baseline: "bookings were 6 percent ahead of last year".
#: Or above, below or "on" it, and a fraction as the figure: "orders were running 8 percent above
#: a year earlier", "ticket sales were up by a fifth on last year".
_AHEAD_OF = re.compile(
    r"(?i)(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)|\b(?:a|one)\s+(?:half|third|quarter|fifth|tenth))"
    r"\s+(?:ahead\s+of|behind|above|below|on)\s+$"
)
#: A hyphenated period written before a noun: "third-quarter results", "first-half profit".
_PERIOD_ADJECTIVE = re.compile(r"(?i)\w+-(?:quarter|half|year|month|week|day)$")
_NOUN_AFTER = re.compile(r"\s+[A-Za-z]")


def compared_with(sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression is what a figure is compared with, or the last time something
    happened before now ("the first loss since 1992"): no time of the clause.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Sales rose 9% compared with March."
    >>> compared_with(Sentence(0, 34, text, 0), Timex(28, 33, "March", "DATE", "2009-03"))
    True
    >>> text = "Net income was $41 million, compared with $35.9 million a year earlier."
    >>> compared_with(Sentence(0, 71, text, 0), Timex(56, 70, "a year earlier", "DATE", "2015"))
    True
    >>> text = "It fell to 261st from 227th last year."
    >>> compared_with(Sentence(0, 38, text, 0), Timex(28, 37, "last year", "DATE", "2018"))
    True
    >>> text = "Bookings were 6 percent ahead of last year."
    >>> compared_with(Sentence(0, 43, text, 0), Timex(33, 42, "last year", "DATE", "2018"))
    True
    >>> text = "Sales rose 9% in March."
    >>> compared_with(Sentence(0, 23, text, 0), Timex(17, 22, "March", "DATE", "2009-03"))
    False
    """
    before = _before(sentence, timex, 90)
    if _COMPARED_WITH.search(before):
        return True
    if _EARLIER.search(timex.text) is None:
        return False
    return _FROM.search(before) is not None or _AHEAD_OF.search(before) is not None


#: A period named before a relative clause that gives its bounds: "the fiscal year that begins
#: July 1", "fiscal 2026, which ends in May", "the season, which runs until Nov. 30".
_PERIOD_BOUND = re.compile(
    r"(?i)\b(?:"
    + "|".join([*VOCABULARY.units, *VOCABULARY.seasons, "half", "term", "period", "season"])
    + r"|(?:19|20)\d\d)(?:,?\s+(?:which|that)\s+(?:"
    + "|".join(word_list("period_bounds.txt"))
    + r")\s+(?:[a-z]+\s+){0,2}|,\s+(?:ending|beginning|starting)\s+(?:on\s+)?)$"
)


def bounds_a_period(sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression gives where a period named before it begins or ends, in a
    relative clause ("a budget for the fiscal year that begins July 1"): it describes the
    period and dates no event.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It passed a budget for the year that begins July 1."
    >>> bounds_a_period(Sentence(0, 51, text, 0), Timex(44, 50, "July 1", "DATE", "2025-07-01"))
    True
    >>> text = "Its first quarter of fiscal 2026, ending Sept. 27, 2025, was strong."
    >>> end = Timex(41, 55, "Sept. 27, 2025", "DATE", "2025-09-27")
    >>> bounds_a_period(Sentence(0, 68, text, 0), end)
    True
    >>> text = "The strike, which began on June 1, goes on."
    >>> bounds_a_period(Sentence(0, 43, text, 0), Timex(27, 33, "June 1", "DATE", "2025-06-01"))
    False
    """
    return _PERIOD_BOUND.search(_before(sentence, timex, 80)) is not None


#: A figure foreseen for a period: "its forecast for fiscal 2026", "the budget for the year".
_FORESEEN_FOR = re.compile(
    r"(?i)\b(?:" + "|".join(word_list("outlook_nouns.txt")) + r")s?\s+for\s+(?:the\s+)?$"
)


def foreseen_for(sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression is the period a forecast, an outlook or a budget is for ("raised
    its forecast for fiscal 2026"): what the figure covers, not when the clause happened.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "It raised its forecast for 2026."
    >>> foreseen_for(Sentence(0, 32, text, 0), Timex(27, 31, "2026", "DATE", "2026"))
    True
    """
    return _FORESEEN_FOR.search(_before(sentence, timex, 40)) is not None


#: "postponed the vote until their July 10 meeting", "until the June 30 deadline".
_UNTIL = re.compile(rf"(?i)\b(?:until|till)\s+(?:{ARTICLES}|{POSSESSIVES})\s+$")


def until_then(sentence: Sentence, timex: Timex) -> bool:
    """Whether the expression names, after "until", the occasion a state lasts to: in news,
    not when the clause happened ("voted to postpone a decision until their July 10 meeting"
    is a vote of the day). A bare "until September 30" is an announced deadline, and dates
    its clause; so does a narrative's "held the city until 1945".

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "They postponed it until their July 10 meeting."
    >>> until_then(Sentence(0, 46, text, 0), Timex(30, 37, "July 10", "DATE", "2025-07-10"))
    True
    """
    return _UNTIL.search(_before(sentence, timex, 20)) is not None


#: Adjectives the tagger marks as times ("the recent downturn"): they only describe a thing.
_TIME_ADJECTIVES = frozenset({"recent", "current"})


#: A month with no year before a noun of a market's contracts ("crude for August delivery",
#: "palm oil for March-April shipment"), past the second month of a range.
_CONTRACT_AFTER = re.compile(r"(?:\s*[-–/]\s*[A-Z][a-z]+\.?)?\s+([a-z]+)\b")


def _contract_nouns() -> frozenset[str]:
    """Nouns of a market's contracts: "delivery", "shipment" (`data/contract_nouns.txt`)."""
    return word_set("contract_nouns.txt")


def describes_noun(sentence: Sentence, timex: Timex) -> bool:
    """A hyphenated period before a noun describes the thing, not when the clause happened:
    "Our third-quarter results show progress" is said on the news day. So does a month with no
    year before a noun of a market's contracts: "Crude for August delivery fell 2% yesterday"
    fell yesterday, and the month names the contract.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Its third-quarter results show progress."
    >>> describes_noun(Sentence(0, 40, text, 0), Timex(4, 17, "third-quarter", "DATE", "2009-Q3"))
    True
    >>> text = "The current board met."
    >>> describes_noun(Sentence(0, 22, text, 0), Timex(4, 11, "current", "DATE", "PRESENT_REF"))
    True
    >>> text = "Palm oil for March-April shipment fell."
    >>> [describes_noun(Sentence(0, 39, text, 0), Timex(s, s + 5, text[s : s + 5], "DATE",
    ...                 "2020-0" + m, granularity="month")) for s, m in ((13, "3"), (19, "4"))]
    [True, True]
    """
    if timex.text.lower() in _TIME_ADJECTIVES:
        return True  # "the recent downturn", "the current government": the thing, not the event
    if timex.granularity == "month" and not any(c.isdigit() for c in timex.text):
        contract = _CONTRACT_AFTER.match(sentence.text, timex.end - sentence.start)
        if contract is not None and contract.group(1) in _contract_nouns():
            return True
    if _PERIOD_ADJECTIVE.search(timex.text) is None:
        return False
    return _NOUN_AFTER.match(sentence.text, timex.end - sentence.start) is not None


#: Words after a holiday's name that are its own time ("the Easter weekend", "Christmas
#: morning", "the New Year period"), not a thing it describes.
_HOLIDAY_TIMES = frozenset(
    {*VOCABULARY.units, *VOCABULARY.parts_of_a_day, "eve", "period", "season", "break"}
)
#: A lower-case word right after an expression: the noun a holiday's name may describe.
_WORD_AFTER_HOLIDAY = re.compile(r"[ -]([a-z]+)\b")
_ARTICLE = re.compile(r"(?i)^(?:the|an?)\s+")


def holiday_names_a_kind(sentence: Sentence, timex: Timex, found: Sequence[Timex]) -> bool:
    """Whether a holiday's name describes a thing ("a Christmas television special", "the
    Lunar New Year holiday") in a sentence that writes another date: that date, not the
    holiday's day, is when the clause happens ("due to record a Christmas special later this
    month" is this month; "list before the Lunar New Year holiday in early February" is
    February). A holiday's own time ("the Christmas weekend", "Easter morning") and a holiday
    alone in its sentence ("overtime over the Christmas holidays") keep its day.

    >>> from datetime import date
    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "They record a Christmas special later this month."
    >>> christmas = Timex(14, 23, "Christmas", "DATE", "2019-12-25")
    >>> later = Timex(32, 48, "later this month", "DATE", "2019-11", granularity="month",
    ...               date_start=date(2019, 11, 1), date_end=date(2019, 11, 30))
    >>> sentence = Sentence(0, len(text), text, 0)
    >>> holiday_names_a_kind(sentence, christmas, [christmas, later])
    True
    >>> holiday_names_a_kind(sentence, christmas, [christmas])
    False
    >>> text = "Shops shut on Christmas and in late November."
    >>> christmas = Timex(14, 23, "Christmas", "DATE", "2019-12-25")
    >>> holiday_names_a_kind(Sentence(0, len(text), text, 0), christmas, [christmas, later])
    False
    """
    if _ARTICLE.sub("", timex.text).casefold() not in HOLIDAY_NAMES:
        return False
    noun = _WORD_AFTER_HOLIDAY.match(sentence.text, timex.end - sentence.start)
    if noun is None or noun.group(1) in _HOLIDAY_TIMES or noun.group(1) in stop_words():
        return False  # "on Carnival Monday and Tuesday": no noun after it
    return any(
        other is not timex
        and other.date_start is not None
        and (other.end <= timex.start or other.start >= timex.end)
        for other in found
    )


def _before(sentence: Sentence, timex: Timex, chars: int) -> str:
    """The sentence's last `chars` characters before the expression."""
    start = timex.start - sentence.start
    return sentence.text[max(0, start - chars) : start]
