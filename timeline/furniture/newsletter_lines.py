"""A newsletter's lines around its stories, not the story: the issue line under its masthead,
its footer (who writes it, why the reader receives it, when it was sent, the calls to forward
it or to unsubscribe), and a box on how a story's data was made. Each rule is one unit with its
examples (`NEWSLETTER_RULES`, read by `timeline.furniture` after `timeline.furniture.page_notes`'
rules); their words are in `timeline/data/`, and none names a newsletter or a person.

    >>> is_mail_footer("Know someone who would like the digest? Forward this email.")
    True

The footer's sending line ("This issue was sent on Friday 10 June 2022.") states the day the
newsletter was published: `timeline.published.closing_notes.sending_day` reads it.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives, phrase_search
from timeline.furniture.kinds import SAID_OR_ACCORDING, FurnitureKind, LineRule, line_sentences
from timeline.temporal import tag
from timeline.wordlists import pronouns, word_list

__all__ = [
    "NEWSLETTER_RULES",
    "is_issue_line",
    "is_mail_footer",
    "is_method_note",
    "is_next_issue",
    "is_quoted_mail",
    "is_sign_off",
    "is_title_line",
    "newsletter_word",
    "sending_sentence",
]


# -- a note on the method ---------------------------------------------------------------------


@cache
def _method_note() -> re.Pattern[str]:
    labels = alternatives(word_list("method_labels.txt"))
    return re.compile(rf"(?i:{labels})\s*:\s+[A-Z0-9][^\n]{{10,400}}")


def is_method_note(line: str) -> bool:
    """A box on how the story's data, poll or ranking was made, under its label
    (`data/method_labels.txt`).

    >>> is_method_note("Methodology: The index uses 12 measures. Full notes at tarrow.example.")
    True
    >>> is_method_note("The method was approved by the board on Monday.")
    False
    """
    return _method_note().fullmatch(line) is not None


# -- a newsletter's lines ------------------------------------------------------------------------


@cache
def newsletter_word() -> str:
    """A letter's names for itself as one alternation (`data/newsletter_words.txt`), read
    here and by `service_notes` ("This newsletter is written by ...").

    >>> import re
    >>> re.fullmatch(newsletter_word(), "newsletter") is not None
    True
    """
    return alternatives(word_list("newsletter_words.txt"))


@cache
def sending_sentence() -> re.Pattern[str]:
    """A newsletter's line on when it was sent, its day after "on" (`data/newsletter_words.txt`;
    read here as furniture and by `closing_notes.sending_day` for the day it was published).

    >>> sending_sentence().search("This issue was sent on Friday 10 June 2022.")["when"]
    'Friday 10 June 2022'
    """
    return re.compile(
        rf"(?i:this\s+(?:{newsletter_word()})\s+(?:was|has\s+been)\s+(?:first\s+)?sent)"
        r"(?:\s+to\s+[^\n.!?]{1,60}?)?\s+on\s+(?P<when>[^\n]{4,60}?)(?:[.!](?=\s|$)|\s*$)"
    )


def _footer_phrase() -> re.Pattern[str]:
    return phrase_search("mail_footer_phrases.txt")


def is_mail_footer(line: str) -> bool:
    """A newsletter's footer line: its sentences on the mailing itself, one at least a footer's
    own phrase (`data/mail_footer_phrases.txt`) or its sending line, each of the others naming
    the newsletter (`data/newsletter_words.txt`).

    >>> is_mail_footer("Know someone who would like the digest? Forward this email.")
    True
    >>> is_mail_footer("This bulletin is edited by Jo Lee. This issue was sent on 3 May 2021.")
    True
    >>> is_mail_footer("The email was sent on Monday. Staff were told to unsubscribe, he said.")
    False
    """
    if SAID_OR_ACCORDING.search(line) is not None:
        return False
    sentences = line_sentences(line)
    footers = [
        s
        for s in sentences
        if _footer_phrase().search(s) is not None or sending_sentence().search(s) is not None
    ]
    named = re.compile(rf"(?i)\b(?:{newsletter_word()})s?\b")
    return bool(footers) and all(s in footers or named.search(s) is not None for s in sentences)


@cache
def _issue_line() -> re.Pattern[str]:
    return re.compile(
        # the masthead's name before it: "HARBOUR WEEK · No. 88"
        r"(?:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}\s+[·•|]\s+)?"
        rf"(?i:{newsletter_word()}|no\.|vol\.|volume|number)\s+\d{{1,5}}"
        r"(?:\s+[·•|]\s+[^\n.!?|·•]{1,100})*"
    )


@cache
def _title_line() -> re.Pattern[str]:
    return re.compile(
        # the masthead's name, then what it is and whose: "HEARTH & HOME — the members' magazine
        # of the Pennine Building Society", "Tarrow Notes | the newsletter of Tarrow parish"
        r"[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,5}\s+[—–|·-]\s+(?:the|an?)\s+"
        r"(?:[\w'’-]+\s+){0,3}"
        rf"(?i:magazine|journal|newspaper|paper|organ|{newsletter_word()})\s+(?:of|for)\s+"
        r"(?:the\s+)?[A-Z][^\n.!?]{1,80}"
    )


def is_title_line(line: str) -> bool:
    """A masthead's line naming the publication and what it is, no sentence.

    >>> is_title_line("HEARTH & HOME — the members' magazine of the Quay Building Society")
    True
    >>> is_title_line("Jo Lee — the editor of the magazine — resigned on Monday.")
    False
    """
    return _title_line().fullmatch(line) is not None


def is_issue_line(line: str) -> bool:
    """A newsletter's issue line under its masthead: its number, and what it is after a dot or
    a bar, no sentence.

    >>> is_issue_line("Issue 88 · Your weekly digest of harbour news"), is_issue_line("No. 12")
    (True, True)
    >>> is_issue_line("Issue 88 of the report found that rents rose.")
    False
    >>> is_issue_line("HARBOUR WEEK · No. 88"), is_issue_line("Harbour Week · Issue 88")
    (True, True)
    """
    return _issue_line().fullmatch(line) is not None


@cache
def _next_issue() -> re.Pattern[str]:
    words = newsletter_word()
    # its label may be given in two languages first ("Prochain communiqué / Next release:"), and
    # its day written with points ("19.11.2009")
    # a service's next statement, advisory or forecast is an issue too ("Next statement:
    # Wednesday 1st June at 6:00 a.m., or sooner if conditions warrant."), and its time may
    # follow "at" ("Next bulletin at 0700 local time."); with a verb of its own, "The next
    # advisory will be issued at 5 p.m.", it is the story's sentence
    # a label may name the report's or the issue's kind first ("Next market report: Wednesday
    # 14 November.", stop 33; not an update's: "Next scheduled update: 6:00 AM" is a stamp), a
    # note with a verb not
    issue = (
        rf"(?:{words}|updates?|release|communiqu[eé]|statement|advisory|forecast|outlook|report"
        r"|broadcast)"
    )
    # its owner may open it, a column's writer or the station ("The Field Editor's next report
    # will appear Thursday, Sept. 26.", "Our next bulletin is at two o'clock.": stop 37), and a
    # clock in words follows "is at"
    owner = r"(?:(?i:the|our)\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+)?"
    return re.compile(
        r"(?:[^\n/:.]{1,30}/\s*)?"
        rf"(?:(?i:(?:the\s+)?next\s+(?:{issue}|[a-z]+\s+(?:{words}|report)))\s*:\s*"
        rf"|{owner}(?i:next\s+{issue})"
        r"(?:\s+(?:is\s+out|will\s+be\s+(?:out|sent|published)|appears|will\s+appear"
        # a mailing's own verbs of arriving (stop 46): "Next issue lands Thursday, Dec. 3.",
        # "Our next issue goes out on Friday." (a bond's "next issue of notes" has "of" between)
        r"|lands|will\s+land|goes\s+out|will\s+go\s+out|arrives|will\s+arrive"
        r"|hits\s+(?:your\s+)?inbox(?:es)?|will\s+hit\s+(?:your\s+)?inbox(?:es)?)\s+"
        r"(?:on\s+)?|\s+(?:is\s+)?at\s+(?=\d|[a-z]+\s+o['’]clock\b|noon\b|midnight\b)))"
        r"(?:[^\n.!?]|\b[ap]\.m\.|(?<=\d)\.(?=\d)|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
        r"{2,60}"
        r"(?:,?\s+or\s+(?:sooner|earlier)(?:\s+if\s+[^\n.!?]{1,40})?)?[.!]?"
    )


def is_next_issue(line: str) -> bool:
    """A newsletter's note on when its next issue comes, not the story's future: the day after
    a label or after "will be out" (the day is the next issue's, no event).

    >>> is_next_issue("Next issue: 3 June 2022."), is_next_issue("The next digest is out Friday.")
    (True, True)
    >>> is_next_issue("Prochain communiqué / Next release: 19.11.2009, arrivée / finish Kigali.")
    True
    >>> is_next_issue("The next issue of bonds will be sold on Monday, the Treasury said.")
    False
    >>> is_next_issue("Next statement: Friday 3 June at 6 a.m., or sooner if conditions warrant.")
    True
    >>> is_next_issue("Next bulletin at 0700 local time."), is_next_issue("Next report at the AGM.")
    (True, False)
    >>> is_next_issue("Next freight report: Monday 3 June.")
    True
    >>> is_next_issue("The next freight report will be sent on 3 June.")
    False
    >>> is_next_issue("The Farm Editor's next report will appear Thursday, Sept. 26.")
    True
    >>> is_next_issue("Our next bulletin is at two o'clock."), is_next_issue("Our next is at 2.")
    (True, False)
    >>> is_next_issue("The next report is at the heart of the talks.")
    False
    >>> is_next_issue("Next issue lands Thursday, Dec. 3, after the long weekend.")
    True
    >>> is_next_issue("Our next issue goes out on Friday."), is_next_issue("Next issue lands.")
    (True, False)
    >>> is_next_issue("The next issue of notes goes out on Friday, the Treasury said.")
    False
    """
    return _next_issue().fullmatch(line) is not None


#: A paper's note of what its next issue will carry, under a label of its own: "Next week: full
#: report of the council's estimates meeting.", "In our next issue: the harbour's new crane."
#: (stop 37; a headline's words after it, no day: the day is the next issue's, no event).
_NEXT_ISSUE_PROMO = re.compile(
    r"(?i:next\s+(?:week|issue|edition|month)|coming\s+next\s+(?:week|issue)"
    r"|in\s+(?:our|the)\s+next\s+(?:issue|edition)|in\s+next\s+week['’]s\s+(?:issue|edition))"
    r"\s*:\s+[^\n\d]{3,120}"
)

#: The subject pronouns, lower case, as the first word after a promo's colon is read.
_SUBJECT_PRONOUNS = frozenset(word.lower() for word in pronouns("subject"))


def is_next_issue_promo(line: str) -> bool:
    """A paper's note of what its next issue will carry (`_NEXT_ISSUE_PROMO`).

    >>> is_next_issue_promo("Next week: full report of the Tarrow council's estimates meeting.")
    True
    >>> is_next_issue_promo("Next week: talks resume on the 14th, the union said.")
    False
    >>> is_next_issue_promo("Next week: we're live at the Tarrow food fair on Saturday.")
    False
    >>> is_next_issue_promo("Next week: we sail from Tarrow to Leith on the new ferry.")
    False
    """
    if _NEXT_ISSUE_PROMO.fullmatch(line) is None:
        return False
    carried = line[line.index(":") + 1 :].split()
    # a clause with its subject ("we sail to Leith") is the story's; a day in it is an event's
    # the page announces ("... live at the fair on Saturday"), no issue's
    if carried and re.split(r"['’]", carried[0].lower())[0] in _SUBJECT_PRONOUNS:
        return False
    return not any(timex.type in ("DATE", "TIME") for timex in tag(" ".join(carried), None))


#: A broadcast's station identification: "You're listening to the Island News Hour.", "This is
#: Radio Tarrow." (a name in capitals and nothing after it).
_STATION_ID = re.compile(
    r"(?:You['’]re|You\s+are)\s+listening\s+to\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,5}"
    r"(?:\s+(?:on|from)\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})?[.!]"
    r"|This\s+is\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4}\s+"
    r"(?:News|Radio|Bulletin|Service|FM|AM)[.!]"
)


def is_broadcast_note(line: str) -> bool:
    """A broadcast's own note, each of its sentences a station identification or the time of
    the next bulletin: "You're listening to the Island News Hour. Next bulletin at 0700."

    >>> is_broadcast_note("You're listening to the Island News Hour. Next bulletin at 0700.")
    True
    >>> is_broadcast_note("You're listening to the Island News Hour, the minister told us.")
    False
    """
    sentences = re.split(r"(?<=[.!])\s+(?=[A-Z])", line.strip())
    return all(
        _STATION_ID.fullmatch(sentence) is not None or is_next_issue(sentence)
        for sentence in sentences
    )


# -- the rules ---------------------------------------------------------------------------------

#: A newsletter's sign-off, no event: "That's all for this week.", "See you next Wednesday.",
#: "Until next time!", "That's it for today. See you on Monday." (the coming issue's day); a
#: bulletin's, "That is the end of the news." (stop 38).
_SIGN_OFF = re.compile(
    r"(?i:that['’]?s\s+(?:all|it|everything)|that\s+is\s+all)\s+(?:from\s+(?:me|us)\s+)?"
    r"(?:for\s+)?(?:this\s+(?:week|month|issue|edition|time)|today|now|the\s+(?:week|month))[.!]?"
    r"|(?i:see\s+you|until|talk\s+to\s+you)\s+(?:(?:again\s+)?next\s+\w+|on\s+\w+|then|soon"
    r"|in\s+(?:two|three|a)\s+weeks?|in\s+\w+)"
    # signed with the writer's name (stop 49): "Until next week, Jo L."
    r"(?:,\s+[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,2})?[.!]?"
    r"|(?i:that\s+is|that['’]s|this\s+is)\s+the\s+end\s+of\s+(?:the|this|our|today['’]s)\s+"
    r"(?:[a-z]+\s+)?(?i:news|bulletin|programme|program|broadcast|report|newsletter|briefing)[.!]?"
    # a live page's close (stop 46): "That is where we will leave our live coverage for today.",
    # "This live blog has now ended." (the page's own coverage, no event of the story)
    r"|(?i:that\s+is|that['’]s)\s+where\s+we(?:\s+will|['’]ll)\s+(?:leave|end|close|stop|pause)\s+"
    r"(?:our|this|the)\s+(?:live\s+)?(?:coverage|blog|updates|page)(?:\s+(?:for\s+)?(?:today|now"
    r"|tonight|this\s+(?:morning|afternoon|evening|week)))?[.!]?"
    r"|(?i:this|our)\s+live\s+(?:blog|page|coverage|updates)\s+(?:has|have|is|are)\s+(?:now\s+)?"
    r"(?:ended|closed|finished|over)[.!]?"
)
#: The writer's wish to the readers at a sign-off (stop 38): "Happy Thanksgiving to our
#: readers in the States.", "Merry Christmas, everyone!", "Have a good weekend." (a holiday's
#: name in capitals after "Happy" or "Merry", nothing of the story after it).
_READER_WISH = re.compile(
    r"(?:Happy|Merry)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:,?\s+(?:everyone|all)|\s+to\s+(?:all\s+)?(?:our|my|you)\b[^\n.!?,;]{0,40})?[.!]"
    r"|(?:Have|Enjoy)\s+(?:a|the)\s+(?:good|great|lovely|happy|safe|restful|peaceful|long)\s+"
    r"(?:weekend|week|holiday|holidays|break|summer|Easter|Christmas)(?:,?\s+(?:everyone|all))?[.!]"
    # the thanks closing a live page or a letter (stop 46): "Thanks for following.", "Thank you
    # for following along.", "Thank you for reading this week."
    r"|(?:Thank\s+you|Thanks)(?:\s+(?:so|very)\s+much)?\s+for\s+(?:following|reading|joining\s+us"
    r"|being\s+with\s+us)(?:\s+along)?(?:\s+(?:today|tonight|this\s+week))?[.!]"
)


#: What a letter's or a live page's sign-off says beside it of its return and its full report
#: (stop 49): "Mediebrevet returns next Friday.", "Our reporters will be back from 7am
#: tomorrow.", "We will be back on Friday, 4 December.", "Our full report is here.", "Our full
#: report will be on the site this evening." Only beside a sign-off: alone, "Parliament returns
#: next Tuesday." is the story's.
_BESIDE_SIGN_OFF = re.compile(
    r"(?:We|I|Our\s+(?:[a-z]+\s+)?(?:reporters|team|desk|correspondents|coverage)"
    r"|(?:The\s+(?:next\s+)?)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})"
    r"\s+(?:will\s+be\s+back|(?:is|are)\s+back|(?:will\s+)?return(?:s)?|(?:will\s+)?resumes?)"
    # with what the page brings back (stop 51): "Dara Kelly will be back with our markets live
    # blog at 8am tomorrow."
    r"(?:\s+with\s+(?:our|the|more|a)\s+(?:[a-z]+\s+){0,3}?(?:live\s+)?(?:blog|coverage|updates"
    r"|newsletter|bulletin|briefing))?"
    r"(?:\s+(?:on\s+[A-Z][a-z]+(?:,?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?"
    r"|,?\s+[A-Z][a-z]+\.?\s+\d{1,2})?|next\s+[A-Za-z]+|tomorrow(?:\s+(?:morning|at\s+[\w:.]+))?"
    r"|from\s+[\w:.]+\s+(?:tomorrow|on\s+[A-Z][a-z]+)|at\s+[\w:.]+\s+tomorrow|in\s+[A-Z][a-z]+"
    r"|after\s+the\s+[a-z]+(?:\s+[a-z]+)?))[.!]"
    r"|(?:Our|The)\s+full\s+(?:report|story|coverage)\b[^\n.!?]{0,100}?\s+(?:is\s+here"
    r"|will\s+be\s+(?:on|at)\s+(?:the|our)\s+(?:site|website|page|app)\b[^\n.!?]{0,30})[.!]"
    # where the full story is, without its verb (stop 51): "Full story at our homepage."
    r"|(?:(?:Our|The)\s+)?(?i:full)\s+(?:report|story|coverage)\s+(?:is\s+)?(?:at|on)\s+(?:the|our)\s+"
    r"(?:homepage|home\s+page|front\s+page|site|website|app)[.!]"
    # an issue the letter skips, and when it is back (stop 51): "No issue on Easter Monday — see
    # you April 9.", "No newsletter next week."
    r"|No\s+(?:issue|newsletter|letter|edition|bulletin|briefing)\s+(?:next\s+[a-z]+|this\s+[a-z]+"
    r"|on\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})"
    r"(?:\s*(?:[—–-]+|[,;])\s*(?i:see\s+you)\s+(?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|next\s+[a-z]+|[A-Z][a-z]+))?[.!]"
)


def is_sign_off(line: str) -> bool:
    """A newsletter's sign-off line, each of its sentences one, a wish to the readers
    (`_READER_WISH`) or a sentence of its footer (`is_mail_footer`: "Reply to this email ...")
    beside one at least.

    >>> is_sign_off("That's all for this week. See you next Wednesday.")
    True
    >>> is_sign_off("See you next Wednesday, the coach told the players after the loss.")
    False
    >>> is_sign_off("That's it for this week. Happy Thanksgiving to our readers in the States.")
    True
    >>> is_sign_off("That's it for today. Reply to this email with your picks for the final.")
    True
    >>> is_sign_off("Happy Thanksgiving to our readers.")
    False
    >>> is_sign_off("That is the end of the news.")
    True
    >>> is_sign_off("That's it for today. Prices rose 4% on Monday at the Tarrow auction.")
    False
    >>> is_sign_off("That is where we will leave our live coverage tonight. Thanks for following.")
    True
    >>> is_sign_off("That is all from us today. Thank you for following along.")
    True
    >>> is_sign_off("This live blog has now ended."), is_sign_off("Thanks for following.")
    (True, False)
    >>> is_sign_off("That's where we will leave it. The vote is on Thursday, and we will be back.")
    False
    >>> is_sign_off("That's all for this week. The Quay Letter returns next Friday.")
    True
    >>> is_sign_off("That's where we'll leave our live coverage. Our reporters will be back "
    ...             "from 7am tomorrow."), is_sign_off("Until next week, Jo L.")
    (True, True)
    >>> is_sign_off("That's all from us today. Our full report on the vote is here.")
    True
    >>> is_sign_off("That's all from us today. Dara Kelly will be back with our markets live "
    ...             "blog at 8am tomorrow. Thanks for following.")
    True
    >>> is_sign_off("That's where we'll leave our live coverage for today. Thanks for following. "
    ...             "Full story at our homepage."), is_sign_off("That's it for this week. No "
    ...             "issue on Easter Monday — see you April 9.")
    (True, True)
    >>> is_sign_off("That's all for today. No ferry on Easter Monday, the harbour board said.")
    False
    >>> is_sign_off("Parliament returns next Tuesday."), is_sign_off("Until next week, the quay "
    ...             "stays shut.")
    (False, False)
    """
    sentences = re.split(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+", line.strip())
    signed = [s for s in sentences if _SIGN_OFF.fullmatch(s) is not None]
    return bool(signed) and all(
        s in signed
        or _READER_WISH.fullmatch(s) is not None
        or _BESIDE_SIGN_OFF.fullmatch(s) is not None
        or _is_footer_sentence(s)
        for s in sentences
    )


def _is_footer_sentence(sentence: str) -> bool:
    """A sentence with a footer's own phrase, no one reported as saying it."""
    return (
        _footer_phrase().search(sentence) is not None and SAID_OR_ACCORDING.search(sentence) is None
    )


#: A line of an earlier message quoted in a reply, behind its quotation marks: "> we ship on
#: Monday", ">> as I said".
_QUOTED_MAIL = re.compile(r">+(?:\s[^\n]*)?")


def is_quoted_mail(line: str) -> bool:
    """A line of an earlier message quoted in a mail's reply, behind its ">": the message it
    quotes told its news (a digest holds both).

    >>> is_quoted_mail("> we shipped the new type this morning"), is_quoted_mail(">> Agreed.")
    (True, True)
    >>> is_quoted_mail("->3 trains a day"), is_quoted_mail("The ratio was > 3 on Monday.")
    (False, False)
    """
    return _QUOTED_MAIL.fullmatch(line) is not None


NEWSLETTER_RULES: tuple[LineRule, ...] = (
    LineRule(
        "quoted mail",
        FurnitureKind.PROMO,
        is_quoted_mail,
        ("> we shipped the new type this morning in both formats", ">> Agreed."),
    ),
    LineRule(
        "sign-off",
        FurnitureKind.PROMO,
        is_sign_off,
        ("That's all for this week.", "See you next Wednesday.", "Until next time!"),
    ),
    LineRule(
        "newsletter",
        FurnitureKind.PROMO,  # no stamp: `closing_notes.sending_day` reads its sending line
        lambda line: (
            is_mail_footer(line)
            or is_issue_line(line)
            or is_title_line(line)
            or is_method_note(line)
            or is_next_issue(line)
            or is_next_issue_promo(line)
            or is_broadcast_note(line)
        ),
        (
            "Know someone who would like the briefing? Forward this email.",
            "This digest is written by Jo Lee. You are receiving this email because you "
            "subscribed at harbourweek.example. This issue was sent on Monday 3 May 2021.",
            "Issue 88 · Your weekly digest of harbour news",
            "Get stories like this in your inbox. Sign up for the Tarrow newsletter.",
            "About the poll: 1,012 adults were asked online. The margin of error is 3 points.",
            "Next issue: 3 June 2022.",
            "Next update: Tuesday, 9 a.m.",
            "Next statement: Friday 3 June at 6 a.m., or sooner if conditions warrant.",
            "You're listening to the Island News Hour. Next bulletin at 0700 local time.",
            "The Farm Editor's next report will appear Thursday, Sept. 26.",
            "Next week: full report of the Tarrow council's estimates meeting.",
        ),
    ),
)
