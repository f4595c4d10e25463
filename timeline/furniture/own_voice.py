"""A page's words on itself, not the story (stop 42): a newsletter's or a programme's sentences
on what it is and when it comes ("You're reading the Quay Letter, our Monday guide to the
harbour.", "This week: the timetable, and who pays.", "Here is what the papers are saying this
morning.", "This is the last briefing of the year; we return in January.") beside its greeting
and its footer on one line; a live page's and a paywall's own lines ("Key events", "3 new
updates", "You have 2 free articles left this month."); a broadcaster's pointer to its other
programmes ("ALSO ON QUAY FM: ...", "Video duration 2 minutes 14 seconds"); an archive's note
on the copy it scanned; an agency's filing codes; a weather box. `OWN_VOICE_RULES` is read by
`timeline.furniture.line_rules`; none names an outlet, and the newsletter's words are
`data/newsletter_words.txt`.

    >>> is_own_voice_line("Good morning from Tarrow. This week: the timetable, and who pays.")
    True
    >>> is_own_voice_line("Good morning. The ferry sailed on Monday, the captain said.")
    False
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives, phrase_search
from timeline.furniture.issue_lines import is_archive_copy_note, is_greeting_line
from timeline.furniture.kinds import SAID_OR_ACCORDING, FurnitureKind, LineRule, unsaid_whole
from timeline.furniture.line_shape import shape_cues
from timeline.furniture.newsletter_lines import is_sign_off
from timeline.furniture.transcript_lines import is_programme_cue, is_welcome
from timeline.temporal import tag
from timeline.wordlists import pronouns, word_list

__all__ = [
    "OWN_VOICE_RULES",
    "is_broadcast_pointer",
    "is_filing_code",
    "is_letters_address",
    "is_live_page_line",
    "is_own_voice_line",
    "is_paywall_line",
    "is_scan_note",
    "is_weather_box",
]

#: Where the sentences of a line part (a clock's or a figure's points do not part them).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")
#: The subject pronouns, lower case: a list after a label opening with one is a clause.
_SUBJECT_PRONOUNS = frozenset(word.lower() for word in pronouns("subject"))


@cache
def _words() -> str:
    """The words a newsletter or a programme calls itself by, "brief" and "review" beside
    `data/newsletter_words.txt`."""
    return alternatives((*word_list("newsletter_words.txt"), "brief", "review", "round-up"))


@cache
def _self_sentences() -> tuple[re.Pattern[str], ...]:
    words = _words()
    name = r"[A-Z][\w'’&.-]*(?:\s+(?:&\s+)?[A-Z][\w'’&.-]*){0,4}"
    return (
        # "You're reading the Court List, our Monday guide to ...", "You are reading Quay Daily."
        re.compile(rf"(?:You['’]re|You\s+are)\s+reading\s+(?:the\s+)?{name}[^\n\d]{{0,140}}[.!]"),
        # "Here is what the papers are saying this morning.", "What the Tarrow papers say
        # today.": a press review's own opening
        re.compile(
            r"(?:Here\s+is\s+|Here['’]s\s+)?(?i:what)\s+(?:the\s+|today['’]s\s+)?"
            r"(?:[\w'’-]+\s+){0,3}(?:papers|newspapers|press|pages|editorials|columnists|headlines)"
            r"\s+(?:are\s+saying|say|report)\b[^\n\d.!?]{0,60}[.!:]?"
        ),
        # "This is the last briefing of the year; we return in January.", "This is our final
        # issue before the holidays."
        re.compile(
            rf"This\s+is\s+(?:the|our)\s+(?:last|final|first)\s+(?:[a-z]+\s+)?(?i:{words})\b"
            r"[^\n;.!?]{0,60}(?:;\s+[^\n]{3,100})?[.!]"
        ),
        # "We're off next Friday; the next issue arrives the week after.", "The next issue
        # arrives on Monday.", "A short edition follows on 4 January."
        re.compile(
            r"(?:We['’]re|We\s+are|We\s+will\s+be|We['’]ll\s+be)\s+(?:off|away|back|taking\s+a\s+"
            r"break)\b[^\n;.!?]{0,40}(?:;\s+[^\n]{3,100})?[.!]"
        ),
        re.compile(
            rf"(?:The|Our|A)\s+(?:next|short(?:er)?|special|holiday)\s+(?i:{words})\s+"
            r"(?:arrives|follows|comes|returns|is\s+out|will\s+(?:arrive|follow|come|be\s+out))"
            r"\b[^\n.!?]{0,60}[.!]"
        ),
        # the desk's own credit beside it, "Translations by our desk; headlines in our own words."
        re.compile(
            r"(?:Summaries\s+and\s+)?[Tt]ranslations?(?:\s+and\s+summaries)?\s+by\s+(?:our|the)\s+"
            r"(?:[a-z]+\s+)?(?:desk|office|service|staff|bureau)(?:;\s+[^\n]{3,80})?[.]"
        ),
        # "NEXT LETTER 14 MARCH.": the next issue's day alone after its word, a telex's way
        re.compile(
            rf"(?i:next\s+(?:{words}))\s+(?:\d{{1,2}}\s+[A-Za-z]{{3,9}}\.?|[A-Za-z]{{3,9}}\.?\s+\d{{1,2}})"
            r"(?:,?\s+\d{2,4})?[.]?"
        ),
        # where the reader reaches the desk by telex or fax: "TELEX ENQUIRIES 33 445 QPS N"
        re.compile(
            r"(?i:telex|telefax|fax|cables?|telegrams?)(?:\s+(?i:enquiries|inquiries|no\.?|number))?"
            r"\s*:?\s*\d[\d /-]{2,20}(?:\s+[A-Z]{1,5}){0,3}\.?"
        ),
        # "Thanks for reading." "Thanks for listening. See you on Friday."
        re.compile(
            r"(?:Thanks|Thank\s+you)\s+for\s+(?:reading|listening|watching)[^\n.!?]{0,30}[.!]"
        ),
        # a live page's word on who follows the story for it (stop 49): "Our markets team in
        # Tarrow follows the day's developments.", "We will be bringing you updates throughout
        # the day from our reporters across the city."
        re.compile(
            r"(?:Our\s+(?:[a-z]+\s+){0,2}(?:team|desk|reporters|correspondents)"
            r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:follows?|(?:is|are)\s+following"
            r"|will\s+follow|brings?\s+you|will\s+bring\s+you)"
            r"|We(?:\s+will|['’]ll)\s+be\s+bringing\s+you|We\s+(?:are\s+bringing|bring)\s+you)"
            r"\s+(?:all\s+)?(?:the\s+)?(?:day['’]s\s+|latest\s+|live\s+)?(?:updates|developments"
            r"|news|events)\b[^\n.!?\d]{0,80}[.!]"
        ),
        # a letter's writer greeting the readers by name, and the issue's word on itself and
        # its start (stop 51): "Hi all — Dana here.", "Short issue this week, because I'm
        # writing from a train.", "Let's go."
        re.compile(
            r"(?:Hi|Hello|Hey|Morning|Good\s+(?:morning|afternoon|evening))(?:,?\s+(?:all|everyone"
            r"|folks|there|readers|friends))?\s*(?:[—–-]+|,)\s*"
            r"(?:it['’]s\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+here)[.!]"
        ),
        re.compile(
            rf"(?:A\s+)?(?i:short(?:er)?|quick|brief|slim|long(?:er)?|bumper)\s+(?i:{words}|one)\s+"
            r"(?:this\s+(?:week|time|month)|today)\b[^\n.!?\d]{0,80}[.!]"
        ),
        re.compile(r"Let['’]s\s+(?:go|dive\s+in|begin|start|get\s+(?:to\s+it|started|going))[.!]"),
        # "That was the press review.", "That was the news."
        re.compile(
            rf"That\s+was\s+(?:the|our|today['’]s|this\s+week['’]s)\s+(?:[a-z]+\s+)?"
            rf"(?i:{words}|news|programme|press\s+review)[.!]"
        ),
    )


#: What the issue holds under its own label, a list of subjects: "This week: the timetable, and
#: who pays." (a day in it, or a clause with its subject first, is the story's).
_LISTED = re.compile(
    # its greeting before it on the line (stop 49): "Hi all — this week: a merger, ..."
    r"(?:(?:Hi|Hello|Hey|Morning|Good\s+morning)(?:\s+(?:all|everyone|folks|there))?\s*[—–-]+\s*"
    r"(?=[Tt]his\s))?"
    r"(?:[Tt]his\s+(?:week|morning|evening|issue|edition)|Today|Tonight|Inside)\s*:\s+"
    r"(?P<list>[^\n:]{3,160})"
)
#: The contents' label with a newsletter's own word: "In today's brief: ...".
_CONTENTS_WORD = re.compile(
    r"In\s+(?:this|today['’]s|this\s+week['’]s|tonight['’]s)\s+(?i:brief|round-?up|review)"
    r"\s*:\s+[^\n]{3,200}"
)


def _is_listed_contents(sentence: str) -> bool:
    """ "This week: the timetable, and who pays.": a list of subjects under the issue's label."""
    found = _LISTED.fullmatch(sentence)
    if found is None:
        return _CONTENTS_WORD.fullmatch(sentence) is not None
    listed = found["list"]
    first = re.split(r"['’\s]", listed.lower(), maxsplit=1)[0]
    return (
        ("," in listed or " and " in listed)
        and first not in _SUBJECT_PRONOUNS
        and not any(timex.type in ("DATE", "TIME") for timex in tag(listed, None))
    )


def _is_own_sentence(sentence: str) -> bool:
    return (
        any(pattern.fullmatch(sentence) for pattern in _self_sentences())
        or _is_listed_contents(sentence)
        or is_greeting_line(sentence)
        or is_welcome(sentence)
        or is_sign_off(sentence)
        or is_programme_cue(sentence)
        or phrase_search("mail_footer_phrases.txt").search(sentence) is not None
    )


def is_own_voice_line(line: str) -> bool:
    """A line each sentence of which is the page's own voice (`_self_sentences`, its greeting,
    its contents, its footer, its sign-off, its cue), one at least of the kinds of stop 42.

    >>> is_own_voice_line("You're reading the Quay Letter, our Monday guide. Forwarded this "
    ...     "email? Sign up at the link below.")
    True
    >>> is_own_voice_line("That was the press review. Next: the news in English at 08:00.")
    True
    >>> is_own_voice_line("What the Tarrow pages say today. Translations by our desk.")
    True
    >>> is_own_voice_line("NEXT LETTER 14 MARCH."), is_own_voice_line("Next issue 3 June 2022.")
    (True, True)
    >>> is_own_voice_line("NEXT LETTER 14 MARCH. TELEX ENQUIRIES 33 445 QPS N")
    True
    >>> is_own_voice_line("This week: we sail to Leith, and the crew is ready.")
    False
    >>> is_own_voice_line("Hi all — this week: a merger, a fare row, and the fair calendar.")
    True
    >>> is_own_voice_line("Good morning and welcome to our live coverage. We will be bringing "
    ...                   "you updates throughout the day from our reporters across the city.")
    True
    >>> is_own_voice_line("Our markets team in Tarrow follows the day's developments.")
    True
    >>> is_own_voice_line("Our team in Tarrow follows the rules the board set in May.")
    False
    >>> is_own_voice_line("This is the last ferry of the year, the captain said.")
    False
    >>> is_own_voice_line("Hi all — Dana here. Short issue this week, because I'm writing from "
    ...                   "a train. Let's go.")
    True
    >>> is_own_voice_line("Hi all — Dana here. The ferry sailed late on Monday.")
    False
    """
    line = line.strip()
    if SAID_OR_ACCORDING.search(line) is not None:
        return False
    sentences = _SENTENCE_BREAK.split(line)
    return all(_is_own_sentence(sentence) for sentence in sentences) and any(
        any(pattern.fullmatch(sentence) for pattern in _self_sentences())
        or _is_listed_contents(sentence)
        for sentence in sentences
    )


#: A reader's address for letters, a short call before it and the rules for letters after it:
#: "Got a complaint? Write to Consumer Desk, P.O. Box 118, Tarrow. Letters cannot be
#: answered individually.", "Write to: The Editor, Box 40, Tarrow."
_LETTERS_ADDRESS = re.compile(
    r"(?:[A-Z][^\n.?!]{0,40}\?\s+)?Write\s+(?:to|us\s+at)\s*:?\s+[A-Z][^\n]{0,80}?"
    r"\b(?:P\.?\s?O\.?\s+)?Box\s+\d{1,6}\b[^\n]{0,60}?\."
    r"(?:\s+(?:Letters|All\s+letters|Contributions|Please)\b[^\n]{0,200})?"
)


def is_letters_address(line: str) -> bool:
    """Where the reader's letters go, with their rules: no event, its place no actor.

    >>> is_letters_address("Got a complaint? Write to Consumer Desk, P.O. Box 118, Tarrow, Md. "
    ...     "20850. Letters cannot be answered individually.")
    True
    >>> is_letters_address("Write to: The Editor, Box 40, Tarrow.")
    True
    >>> is_letters_address("Write to the council, Box 4, by Monday, the mayor said.")
    False
    """
    return unsaid_whole(_LETTERS_ADDRESS, line.strip())


#: A live page's own lines: "3 new updates", "10.44 BST Key events" (a clock, its zone and
#: the page's own heading).
_LIVE_PAGE = re.compile(
    r"(?:\d{1,3}\s+new\s+(?:updates?|posts?|entries)"
    r"|\d{1,2}[.:]\d\d\s*(?:[ap]m)?(?:\s+[A-Z]{2,4})?\s*[—–-]?\s*(?i:key\s+events|pinned(?:\s+post)?)"
    r"|(?i:pinned(?:\s+post)?)\s*:\s+[^\n]{3,120})"
)


def is_live_page_line(line: str) -> bool:
    """A live page's count of new posts, or its key events and pinned post under an entry's
    clock.

    >>> is_live_page_line("4 new updates"), is_live_page_line("10.44 BST Key events")
    (True, True)
    >>> is_live_page_line("4 new ferries were ordered on Monday.")
    False
    """
    return _LIVE_PAGE.fullmatch(line.strip()) is not None


#: A paywall's count of free articles: "You have 3 free articles left this month."
_PAYWALL = re.compile(
    r"You\s+have\s+(?:\d{1,2}|one|two|three|four|five|no)\s+(?:free\s+)?(?:articles?|stories|"
    r"reads|pages)\s+(?:left|remaining)\b[^\n.!?]{0,40}[.!]?"
    # "To read the full story, subscribe or log in.", "Register for free to read this article."
    r"|To\s+(?:read|continue\s+reading|keep\s+reading)\s+(?:the\s+full\s+|this\s+)?"
    r"(?:story|article|piece)?,?\s+(?:subscribe|sign\s+in|log\s+in|register)\b[^\n]{0,60}"
    r"|(?:Register|Sign\s+up)\s+(?:for\s+free\s+)?to\s+(?:read|continue\s+reading|unlock)\s+"
    r"(?:this|the\s+full)\s+(?:article|story|piece)[.!]?"
    r"|(?:Continue\s+reading|Read\s+on)\s+with\s+(?:a|your)\s+(?:subscription|membership)[.!]?"
    r"|Subscribe\s+(?:from|for)\s+[$€£]?\d[^\n]{0,60}"
)


def is_paywall_line(line: str) -> bool:
    """A paywall's line to the reader.

    >>> is_paywall_line("You have 3 free articles left this month.")
    True
    >>> is_paywall_line("To read the full story, subscribe or log in.")
    True
    >>> is_paywall_line("You have three days left to register, the council said.")
    False
    """
    return _PAYWALL.fullmatch(line.strip()) is not None


#: A broadcaster's pointer to another of its programmes or a video: "ALSO ON QUAY FM: ...",
#: "Video duration 2 minutes 14 seconds", "Play video, "...", duration 2:14".
_BROADCAST_POINTER = re.compile(
    r"(?i:also\s+(?:on|in))\s+[A-Z][A-Z0-9&'’. -]{1,40}\s*:\s+\S[^\n]*"
    r"|(?i:video|audio)\s+duration\s+[^\n]{1,40}"
    r"|(?i:play\s+(?:video|audio))\s*,\s*[^\n]{1,160}?,\s*duration\s+[\d:]{3,8}"
    r"|(?:Listen|Watch)\s+to\s+the\s+(?:full|whole)\s+(?:interview|report|programme|episode)\s+"
    r"on\s+[^\n]{3,60}"
    r"|Hear\s+more\s+on\s+[^\n]{3,80}"
    # a clip under its label with its running time in minutes and seconds: "Audio: ... (2'14")"
    r"|(?i:audio|video|clip)\s*:\s*[^\n]{3,150}?\s*[(\[]\d{1,2}['’]\s?\d\d(?:[\"”]|['’]{2})?[)\]]"
)


def is_broadcast_pointer(line: str) -> bool:
    """A broadcaster's pointer to its other programmes, its site's name in capitals.

    >>> is_broadcast_pointer("ALSO ON QUAY FM: Fares to fall from March 16, regulator says")
    True
    >>> is_broadcast_pointer("Also on the ballot: a tax on ferries.")
    False
    """
    return _BROADCAST_POINTER.fullmatch(line.strip()) is not None


#: An archive's note on the copy it scanned or filmed: "Scanned from microfilm, reel 132.",
#: "Source: Tarrow Library microfilm collection, reel 213.", "OCR text, uncorrected.",
#: "Some words are illegible.", "Page torn; the rest of this column is missing."
_SCAN_SENTENCE = re.compile(
    r"(?:(?:Scanned|Filmed|Digiti[sz]ed|Photographed|Copied)\s+(?:from|by)\s+[^\n.,;]{2,60}"
    r"(?:,\s*(?i:reel|frame|roll|page|box|folio|file)\b[^\n.]{0,40})?"
    r"|(?:Source|From)\s*:\s*[^\n.]{2,80}?\b(?i:microfilm|microfiche|archive|collection)\b[^\n.]{0,40}"
    r"|OCR\s+text(?:,\s*(?:uncorrected|unchecked|not\s+proofread))?"
    # "Teleprinter copy, unedited.", "Carbon copy, incomplete."
    r"|(?:Teleprinter|Telex|Carbon|Fax|Wire|Microfilm|Photostat)\s+copy"
    r"(?:,\s*(?:unedited|uncorrected|incomplete|faded|partly\s+illegible))?"
    r"|(?:Some|Several|A\s+few)\s+(?:words|lines)\s+(?:are|were)\s+illegible"
    r"|(?:Page|Column|Copy)\s+(?:torn|damaged|faded|cut)(?:;\s+[^\n.]{3,80})?)[.]?"
)
#: The participles a note on a copy opens with.
_PARTICIPLE = re.compile(r"(?:Scanned|Filmed|Digiti[sz]ed|Photographed|Copied)\b")
#: The media and places of a copy, one at least in a scan's note.
_COPY_WORDS = re.compile(
    r"(?i)\b(?:microfilm|microfiche|reel|frame|OCR|scan(?:ned)?|digiti[sz]ed|torn|illegible"
    r"|library|archive)\b"
)


def is_scan_note(line: str) -> bool:
    """An archive's note on its copy, each sentence one (`_SCAN_SENTENCE`).

    >>> is_scan_note("Scanned from microfilm, reel 132. Some words are illegible.")
    True
    >>> is_scan_note("Archive: wire file, Tarrow office, folder M/3. Teleprinter copy, unedited.")
    True
    >>> is_scan_note("Scanned by the coastguard, the wreck lay in 40 metres of water.")
    False
    """
    sentences = _SENTENCE_BREAK.split(line.strip())
    return (
        all(
            (_SCAN_SENTENCE.fullmatch(sentence) or is_archive_copy_note(sentence))
            # "Scanned by the library, the letters were found ...": a clause after it is a story's
            and (_PARTICIPLE.match(sentence) is None or "no verb" in shape_cues(sentence))
            for sentence in sentences
        )
        and _COPY_WORDS.search(line) is not None
        and SAID_OR_ACCORDING.search(line) is None
    )


#: An agency's filing codes alone on their line: "Slug: QUAY-VOTE", "PRIORITY: FLASH", "Filed
#: at 14:32 GMT", a desk's initials "dp/jlr".
_FILING_CODE = re.compile(
    r"(?:(?i:slug|priority|ref)\s*:\s*[A-Z][A-Z0-9/-]*(?:\s+[A-Z][A-Z0-9/-]*){0,2}\s*)+"
    r"|Filed\s+(?:at\s+)?\d{1,2}[.:]?\d\d\s*(?:[A-Z]{2,4})?"
    # a telex's end with its desk's code and its time group: "ENDS /QPS/ 071430 MAR 74"
    r"|END(?:S|IT)?(?:\s+(?=[/\d])[A-Z0-9/][A-Z0-9/ .]{0,40})?"
    r"|[a-z]{1,4}(?:/[a-z]{1,4}){1,3}"
)


def is_filing_code(line: str) -> bool:
    """An agency's slug, priority, filing time or desk initials.

    >>> is_filing_code("Slug: QUAY-VOTE"), is_filing_code("dp/jlr"), is_filing_code("and/or")
    (True, True, False)
    >>> is_filing_code("SLUG: QUAY-VOTE PRIORITY: URGENT")
    True
    >>> is_filing_code("ENDS /QPS/ 071430 MAR 74"), is_filing_code("END OF THE ROAD FOR FERRIES")
    (True, False)
    """
    line = line.strip()
    return _FILING_CODE.fullmatch(line) is not None and line.lower() not in ("and/or", "or/and")


#: A weather box: a place's or a day's label, a temperature and a few words, no verb:
#: "Tarrow: 18°C, light rain", "Today: High 20, Low 11. Partly cloudy."
_TEMPERATURE = re.compile(
    r"-?\d{1,3}\s?°\s?[CF]?|\b(?i:high|max(?:imum)?|top|low|min(?:imum)?)\s+-?\d{1,3}\b"
)


def is_weather_box(line: str) -> bool:
    """A weather box's line: a label, a temperature, no verb.

    >>> is_weather_box("Tarrow: 18°C, light rain"), is_weather_box("Today: High 20, Low 11.")
    (True, True)
    >>> is_weather_box("Temperatures reached 41°C on Monday in Tarrow.")
    False
    """
    line = line.strip()
    return (
        len(line) <= 100
        and re.match(r"[A-Z][\w'’ .-]{0,30}:\s", line) is not None
        and _TEMPERATURE.search(line) is not None
        and "no verb" in shape_cues(line)
    )


OWN_VOICE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "own voice",
        FurnitureKind.PROMO,
        lambda line: (
            is_own_voice_line(line)
            or is_live_page_line(line)
            or is_paywall_line(line)
            or is_broadcast_pointer(line)
            or is_letters_address(line)
        ),
        (
            "Good morning from Tarrow. This week: the timetable, and who pays.",
            "You're reading the Quay Letter, our Monday guide to the harbour.",
            "In today's brief: fares, the quay, and what the board wants.",
            "This is the last briefing of the year; we return in January.",
            "4 new updates",
            "You have 3 free articles left this month.",
            "ALSO ON QUAY FM: Fares to fall from March 16, regulator says",
            "Write to: The Editor, Box 40, Tarrow. Letters must carry the writer's name.",
        ),
    ),
    LineRule(
        "desk codes",
        FurnitureKind.CREDIT,
        lambda line: is_scan_note(line) or is_filing_code(line) or is_weather_box(line),
        (
            "Scanned from microfilm, reel 132. Some words are illegible.",
            "Slug: QUAY-VOTE",
            "Tarrow: 18°C, light rain",
        ),
    ),
)
