"""A broadcast transcript's lines that are not the story: a presenter's pointer to what comes
next ("After the break: ...", "Coming up: ...") and a presenter's thanks that hands the word on
("Thank you, Joel."). Read by `timeline.furniture` in its table of rules (`TRANSCRIPT_RULES`);
each rule is one unit with its examples, none names a programme, a station or a person.

    >>> is_programme_cue("Coming up: the harbour's new ferry timetable.")
    True
    >>> is_programme_cue("After the break, the ferry sank in ten minutes.")
    False
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.bylines import is_name_alone
from timeline.furniture.kinds import FurnitureKind, LineRule
from timeline.wordlists import word_list, word_set

__all__ = [
    "TRANSCRIPT_RULES",
    "bracket_labels",
    "inline_cue",
    "is_hand_over",
    "is_operator_formula",
    "is_programme_cue",
    "is_script_fields",
    "is_speaker_cue",
    "is_speaker_label",
    "is_transcript_title",
    "is_welcome",
    "opening_courtesy",
]

#: A pointer to a later part of the programme, then a colon and what it holds, no sentence of its
#: own: "After the break: ...", "Still to come: ...", "Later in the programme: ...".
_CUE = re.compile(
    r"(?:(?:After|Before)\s+(?:the|this)\s+(?:break|news|headlines|bulletin|weather)"
    r"|Coming\s+up(?:\s+next|\s+after\s+the\s+(?:break|news|headlines))?|Still\s+(?:to\s+come|ahead)|Up\s+next|Next(?:\s+hour)?"
    r"|Later\s+(?:in\s+(?:the|this)\s+(?:programme|program|show|hour|bulletin)|on)"
    r"|When\s+we\s+come\s+back|Tomorrow\s+on\s+the\s+programme"
    # a bulletin's round-up of its other items (stop 36): "In other news this hour: ..."; a
    # newsletter's, "In other news this week: ..." (stop 38)
    r"|(?:In\s+other|Also\s+in\s+the)\s+news"
    r"(?:\s+(?:this\s+(?:hour|morning|week|weekend|month)|today|tonight))?)"
    # a clock's colon is no label's: "Next: the news in English at 08:00." (stop 42)
    r"\s*:\s+(?:[^\n:]|(?<=\d):(?=\d\d\b)){1,160}"
)


def is_programme_cue(line: str) -> bool:
    """A presenter's pointer to what the programme brings later.

    >>> is_programme_cue("Still to come: the weather, and the cup final.")
    True
    >>> is_programme_cue("Next: the council voted 7-2 to raise fares.")
    False
    >>> is_programme_cue("In other news this hour: bus fares, the quay inquest, and the weather.")
    True
    >>> is_programme_cue("In other news: the council voted on Monday to raise fares.")
    False
    >>> is_programme_cue("In other news this week: Quay TV cuts its late bulletin (see item 2)")
    True
    >>> is_programme_cue("Next: the news in English at 08:00.")
    True
    """
    return _CUE.fullmatch(line) is not None and not _FINITE.search(line)


#: A clause's verb after the cue's colon ("Next: the council voted ..."): the line is a story's.
#: Any finite verb, of which "said" and "says" are two, not a reported statement (`kinds.SAID`).
_FINITE = re.compile(r":.*\b(?:is|are|was|were|has|have|had|will|said|says|[a-z]{3,}ed)\b")

#: A call operator's closing formula: "Operator: This concludes today's call. Thank you for
#: participating." (the welcome names the company the speakers' "we" is, and what the call's
#: speakers say is the story's: both stay).
_OPERATOR = re.compile(
    r"Operator\s*:\s*[^\n]{0,80}?\b(?:concludes|disconnect|for\s+(?:participating|joining))\b"
    r"[^\n]{0,300}"
)


def is_operator_formula(line: str) -> bool:
    """A call operator's closing formula.

    >>> is_operator_formula("Operator: This concludes today's call. You may now disconnect.")
    True
    >>> is_operator_formula("Operator: Our next question comes from Jo Lee of Harbour Bank.")
    False
    """
    return _OPERATOR.fullmatch(line) is not None


#: Whom a speaker addresses by name, with a title: "Joel", "Mr. Speaker", "Mrs. Ana Ruiz".
_ADDRESSED = r"(?:(?:Mr|Mrs|Ms|Dr|Madam|Madame|Mister)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
#: Where a presenter's link places the piece, and who reports it: "From Tarrow, ", "Jo Lee".
_LINK_PLACE = r"(?:(?:And\s+)?(?:From|In|At)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+)"
_LINK_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[a-z]{1,3}\s+){0,2}(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w'’.-]*){0,2}"
#: A presenter's thanks to the one who spoke before, or to the listeners, alone in its sentence:
#: "Thank you, Joel.", "Thanks very much, Ana.", "Thanks for joining us.", "Thank you, Mr.
#: Speaker.", "Jo Lee, thank you.", and a guest's "Thank you for having me."
_HAND_OVER = re.compile(
    r"(?:Thank\s+you|Thanks)(?:\s+(?:very|so)\s+much)?(?:\s+(?:for\s+that|both))?"
    rf"(?:,\s+{_ADDRESSED})?[.!]"
    r"|(?:Thank\s+you|Thanks)\s+for\s+(?:joining|listening|watching|being\s+with|having)"
    r"\s+(?:us|me)(?:\s+[^\n.!?]{1,40})?[.!]"
    # the one thanked named first: "Jo Lee, thank you.", "Mrs. Roe, Mr. Lee, thank you both."
    rf"|(?:{_ADDRESSED},\s+){{1,3}}(?:and\s+)?thank\s+you(?:\s+(?:both|all|very\s+much))?[.!]"
    # a presenter's link to a reporter's piece, a colon after it (stop 37): "From Tarrow, our
    # reporter:", "Our correspondent Jo Lee reports:", "In Tarrow, Jo Lee reports:"
    rf"|{_LINK_PLACE}?(?:[Oo]ur|[Tt]he)\s+(?:[a-z]+\s+){{0,2}}(?:reporter|correspondent)"
    rf"(?:,?\s+{_LINK_NAME})?(?:,?\s+reports)?:"
    rf"|{_LINK_PLACE}{_LINK_NAME}\s+reports:"
)


def is_hand_over(line: str) -> bool:
    """A presenter's thanks that hands the word on, or a link to a reporter's piece, and
    nothing else.

    >>> is_hand_over("Thank you, Joel."), is_hand_over("Thanks for joining us this evening.")
    (True, True)
    >>> is_hand_over("Thank you, the minister told the crowd.")
    False
    >>> is_hand_over("Thank you, Mr. Speaker."), is_hand_over("Mrs. Roe, Mr. Lee, thank you both.")
    (True, True)
    >>> is_hand_over("From Tarrow, our reporter:"), is_hand_over("In Tarrow, Jo Lee reports:")
    (True, True)
    >>> is_hand_over("From Tarrow, our reporter said the pier had shut.")
    False
    """
    return _HAND_OVER.fullmatch(line) is not None


#: A live page's or a letter's welcome, its greeting before it (stop 46): "Good afternoon and
#: welcome to our live coverage of the council's budget session.", "Good morning, and welcome to
#: this week's edition.", "Hello, and welcome back." (the page's own coverage, its subject after
#: "of" without a clause: "..., where the jury sits" runs on; a call's "welcome to the results
#: call of Quay Ltd." names whom its "we" is, and stays).
_WELCOME = re.compile(
    r"(?:(?:Good\s+(?:morning|afternoon|evening)|Hello|Hi)(?:\s+again)?(?:,?\s+(?:everyone|all))?"
    r",?\s+and\s+)?[Ww]elcome\s+(?:back|to\s+(?:our|this|the)\s+(?:(?:week|day|month)['’]s\s+)?"
    r"(?:[a-z'’-]+\s+){0,2}(?:coverage|blog|updates|page|edition|issue|newsletter|briefing|digest"
    r"|letter)(?:\s+(?:of|on|from)\s+[^\n.!?,;]{1,60})?)[.!]"
)
#: A turn's greeting alone, to whom it hands the word: "Good morning, Anne.", "Good evening."
_GREETING = re.compile(rf"(?:Good\s+(?:morning|afternoon|evening)|Hello)(?:,?\s+{_ADDRESSED})?[.!]")


def is_welcome(line: str) -> bool:
    """A live page's or a letter's welcome to its readers, and nothing else (`_WELCOME`).

    >>> is_welcome("Good afternoon and welcome to our live coverage of the budget debate.")
    True
    >>> is_welcome("Hello, and welcome back."), is_welcome("Welcome to the new normal.")
    (True, False)
    >>> is_welcome("Good morning and welcome to the third-quarter results call of Quay Ltd.")
    False
    """
    return _WELCOME.fullmatch(line) is not None


#: A turn's opening: its clock and its speaker's cue in capitals, "[00:01:49] JO LEE: ",
#: "MR. SPEAKER: ", "PRESENTER: ".
_TURN_OPENING = re.compile(r"(?:\[[\d:.]{4,12}\]\s*)?(?:[A-Z][A-Z.'’ -]{0,60}[A-Z.]:\s+)?")
#: Where a turn's sentences part: after a stop and a space, before a capital (not after a title's
#: point, "Mr. Speaker").
_TURN_BREAK = re.compile(r"(?<=[.!?])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)\s+(?=[A-Z])")


def opening_courtesy(line: str, *, greeting: bool = False) -> tuple[int, int] | None:
    """Where the courtesies opening a speaker's turn start and end (a thanks that hands the
    word on, each its own sentence, after the turn's clock and cue, which stay to name the
    speaker): "Thank you, Joel. The minister will visit ..." has its thanks, no event; the turn
    goes on with the story. Under a cue, only a turn of courtesies alone ("MR. SPEAKER: Thank
    you, Mr. Lee."): blanked before a sentence, its cue would run on into that sentence.

    >>> line = "Thank you, Joel. Ferries stay in port until Friday."
    >>> start, end = opening_courtesy(line)
    >>> line[start:end]
    'Thank you, Joel.'
    >>> line = "MR. SPEAKER: Thank you, Mr. Lee."
    >>> start, end = opening_courtesy(line)
    >>> line[start:end]
    'Thank you, Mr. Lee.'
    >>> opening_courtesy("Ferries stay in port until Friday. Thank you, Joel.") is None
    True
    >>> line = "Good morning, Anne. The ferries stay in port."  # after a speaker's cue
    >>> opening_courtesy(line) is None, opening_courtesy(line, greeting=True)
    (True, (0, 19))
    >>> line = "Good morning and welcome to our live coverage of the count. Polls shut at 10pm."
    >>> start, end = opening_courtesy(line)
    >>> line[start:end]
    'Good morning and welcome to our live coverage of the count.'
    """
    opening = _TURN_OPENING.match(line)
    start = opening.end() if opening is not None else 0
    end = start
    for sentence in _TURN_BREAK.split(line[start:]):
        said = sentence.strip()
        if not (
            is_hand_over(said)
            or is_welcome(said)
            or (greeting and _GREETING.fullmatch(said) is not None)
        ):
            break
        end = line.index(sentence, end) + len(sentence)
    if end == start or (start and line[end:].strip()):
        return (
            None  # the cue stays its turn's sentence's: "JO LEE: Thank you. We ..." is read whole
        )
    return start, end


#: A bracketed label before a sentence of the story, at the line's start or after a sentence's
#: stop: a speaker's role and name, "[Presenter] ...", "[Correspondent Jo Lee] ...", or a note of
#: an omission, "... on Monday. (Passage omitted) He told ..." (a label of up to five words, the
#: sentence after it from a capital or a quote).
_BRACKET_LABEL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s))[\[(](?P<label>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4})"
    r"[\])](?=\s+[\"“‘A-Z]\S*\s+\S)"
)


def bracket_labels(line: str) -> list[tuple[int, int]]:
    """Where a transcript's bracketed labels before the sentences of its line start and end: a
    speaker's role (`data/byline_roles.txt`, `data/script_labels.txt`) and the speaker's name in
    capitals, or a monitor's note of an omission (its last word one of `data/archive_notes.txt`).
    The sentence after it is the story's; the label is no actor of it, and no bracket of the
    story ("(Reuters) ...", "[The minister] said ...") is one.

    >>> line = "[Correspondent Jo Lee] At Tarrow this morning, crews stayed in port."
    >>> [line[start:end] for start, end in bracket_labels(line)]
    ['[Correspondent Jo Lee]']
    >>> bracket_labels("It sat on Monday. (Passage omitted) He told the House the vote was won.")
    [(18, 35)]
    >>> bracket_labels("[The minister] said the port would reopen on Monday.")
    []
    """
    if "[" not in line and "(" not in line:
        return []
    found = []
    for label in _BRACKET_LABEL.finditer(line):
        words = label["label"].split()
        role = words[0].lower() in _speaker_roles() and all(word[0].isupper() for word in words)
        if role or words[-1].lower() in word_set("archive_notes.txt"):
            found.append(label.span())
    return found


@cache
def _speaker_roles() -> frozenset[str]:
    return word_set("byline_roles.txt") | word_set("script_labels.txt")


#: A word of a speaker's role after the name: "Chief Financial Officer", "Harbour Securities".
_ROLE_WORD = re.compile(r"[A-Z][\w&'’.-]*|and|of|for|the|&")
#: The most words of a speaker's role.
ROLE_WORDS = 6


def is_speaker_label(line: str) -> bool:
    """A transcript's speaker label alone on its line, the speaker's name, a dash and their role
    or firm, no stop: the turn is on the lines under it.

    >>> is_speaker_label("Ana Ruiz — Chief Financial Officer"), is_speaker_label("Jo Lee - CEO")
    (True, True)
    >>> is_speaker_label("Ana Ruiz — who ran the port — resigned on Monday.")
    False
    """
    parts = re.split(r"\s+[-–—]\s+", line, maxsplit=1)
    if len(parts) != 2:
        return False
    name, role = parts
    words = role.replace(",", " ").split()
    return (
        is_name_alone(name)
        and 0 < len(words) <= ROLE_WORDS
        and all(_ROLE_WORD.fullmatch(word) for word in words)
        and words[0][0].isupper()
    )


#: A speaker's cue in capitals alone on its line, before the colon that opens the turn under it:
#: "PRESENTER:", "Q:", "MR. JON TARR, M.P.:" (its words of capitals, initials and stops).
_CUE_NAME = re.compile(r"[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_]*)*\.?,?")
#: The most words of a speaker's cue, and of what it says in brackets after it.
CUE_WORDS = 6
CUE_BRACKET_WORDS = 12


def is_speaker_cue(line: str) -> bool:
    """A transcript's speaker cue alone on its line: the speaker in capitals, who they are in
    brackets after it ("(Minister of State, Ministry of Works)", "(Harbour FM)"), a colon at the
    end: the turn is on the lines under it, and whom the brackets name said nothing there.

    >>> is_speaker_cue("MRS. ANA RUIZ (Chairman, Tarrow Ferry Users' Association):")
    True
    >>> is_speaker_cue("Q (Harbour FM):"), is_speaker_cue("PRESENTER (Jo Lee):")
    (True, True)
    >>> is_speaker_cue("The council gave three reasons (see below):")
    False
    >>> is_speaker_cue("THE MINISTER SAID (in a statement): the port stays shut.")
    False
    """
    found = re.fullmatch(r"(?P<name>[^()\n:]{1,60}?)\s*(?:\((?P<who>[^()\n]{1,120})\))?\s*:", line)
    if found is None:
        return False
    words = found["name"].split()
    who = found["who"] or ""
    return (
        0 < len(words) <= CUE_WORDS
        and found["name"].upper() == found["name"]
        and all(_CUE_NAME.fullmatch(word) for word in words)
        and len(who.split()) <= CUE_BRACKET_WORDS
        and who.rstrip()[-1:] not in tuple(".!?")
    )


#: A speaker's cue opening a turn on its line, before the turn's first sentence: "MAARTEN
#: VOS: The ruling came at three.", "PRESENTER (JO LEE): Good evening.", "ANA RUIZ, RESIDENT:
#: We built the wall." (a name of two letters at least: an interview's "Q:" and "A:" are read
#: in the story by `events.interviews`).
_INLINE_CUE = re.compile(r"(?P<cue>[^\W\d_a-z][^:\n]{2,120}?:)[ \t]+(?=[\"“‘A-Z][^\n]*[a-z])")


def inline_cue(line: str) -> int | None:
    """Where a speaker's cue opening `line` ends, its blanks after it (`is_speaker_cue` reads
    the cue; the speaker is read from the text as written, `events.transcripts`), or None.

    >>> line = "MAARTEN VOS: Anneke, the ruling came at three."
    >>> line[: inline_cue(line)]
    'MAARTEN VOS: '
    >>> inline_cue("Q: Why now?"), inline_cue("The port: it shut on Monday.")
    (None, None)
    """
    found = _INLINE_CUE.match(line)
    if found is None or not is_speaker_cue(found["cue"]):
        return None
    return found.end()


#: A transcript's title line, what was said and the document's kind after a dash or a colon:
#: "Q4 results conference call — edited transcript", "Budget speech: full transcript",
#: "Transcript: Annual general meeting of shareholders".
_TRANSCRIPT_TITLE = re.compile(
    r"[^\n.!?:—–|]{3,100}\s*(?:\s[-–—|]\s*|:\s*)"
    r"(?i:(?:(?:edited|full|official|partial|unedited|corrected|verbatim|complete)\s+)?"
    r"transcript)"
    r"|(?i:(?:(?:edited|full|official|verbatim)\s+)?transcript)\s*[:—–-]\s*[^\n.!?]{3,100}"
)


def is_transcript_title(line: str) -> bool:
    """A transcript's title line naming the document's kind, no sentence.

    >>> is_transcript_title("Q4 results conference call — edited transcript")
    True
    >>> is_transcript_title("The company released an edited transcript of the call on Monday.")
    False
    """
    return _TRANSCRIPT_TITLE.fullmatch(line.strip()) is not None


#: A quotation inside a script's line: the words of a clip's cues, in small letters.
_QUOTED_WORDS = re.compile(r"[\"“][^\"”\n]*[\"”]")
#: The most fields a script's line needs: two of its labels, no sentence in small letters.
SCRIPT_FIELDS = 2


@cache
def _script_labels() -> str:
    """The labels of `data/script_labels.txt` in capitals, as one alternation."""
    return alternatives(tuple(word.upper() for word in word_list("script_labels.txt")))


@cache
def _script_label() -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=[\s(/-]))(?:{_script_labels()}):")


def is_script_fields(line: str) -> bool:
    """A broadcast script's line of production fields in capitals, two labels of
    `data/script_labels.txt` or more with their colons, no run of small letters outside its
    quoted cues (stop 37): the writer, the reader, the item's length, a clip's cues.

    >>> is_script_fields("WRITER: J. LEE   EDITOR: A. McROE")
    True
    >>> is_script_fields('(INSERT CLIP: LEE, 20 SECS -- IN: "The men..." OUT: "...home.")')
    True
    >>> is_script_fields("READER: THE COUNCIL VOTED ON MONDAY TO CLOSE THE PIER.")
    False
    >>> is_script_fields("Writer: Jo Lee. Editor: Ana Roe said the pier would shut.")
    False
    >>> is_script_fields("TAPE INSERT -- LEE -- 1'40\\" -- OUTCUE: \\"...and wait for it.\\"")
    True
    >>> is_script_fields("TAPE -- LEE -- THE PIER SHUT ON MONDAY")
    False
    """
    bare = _QUOTED_WORDS.sub(" ", _DURATION.sub(" ", line))
    if _LOWER_RUN.search(bare) is not None:
        return False
    if len(_script_label().findall(bare)) >= SCRIPT_FIELDS:
        return True
    # a tape's or a cart's cue, its fields set apart by spaced dashes, a label opening each of
    # two at least, with or without its colon (stop 38): "TAPE INSERT -- LEE -- 1'40\" --
    # OUTCUE: \"...\"", "CART 114 -- ROE -- RUNS :14 -- OUTCUE: \"...\""
    fields = _FIELD_DASH.split(bare)
    return len(fields) > SCRIPT_FIELDS and (
        sum(_field_label().match(field.strip(" -—–")) is not None for field in fields)
        >= SCRIPT_FIELDS
    )


#: A clip's length in minutes and seconds, "1'40\"": its seconds' mark opens no quotation.
_DURATION = re.compile(r"\b\d{1,2}['’]\d\d[\"”]")
#: A spaced dash between a script's fields: " -- ", " — ".
_FIELD_DASH = re.compile(r"\s+(?:--|[—–])\s+")


@cache
def _field_label() -> re.Pattern[str]:
    return re.compile(rf"(?:{_script_labels()})\b")


#: Two small letters together: a word written in small letters ("McROE" has one alone).
_LOWER_RUN = re.compile(r"[a-z]{2}")


TRANSCRIPT_RULES: tuple[LineRule, ...] = (
    LineRule(
        "programme cue",
        FurnitureKind.PROMO,
        is_programme_cue,
        (
            "After the break: rice prices in the northern provinces.",
            "Coming up: the harbour's new ferry timetable",
            "In other news this hour: bus fares, the quay inquest, and rain on the coast.",
            "Still to come: the weather, and the cup final.",
            "Later in the programme: your letters.",
        ),
    ),
    LineRule(
        "hand-over",
        FurnitureKind.PROMO,
        lambda line: is_hand_over(line) or is_welcome(line) or is_operator_formula(line),
        (
            "Thank you, Joel.",
            "Good evening, and welcome to this week's edition.",
            "Thanks very much, Ana Ruiz.",
            "Thanks for joining us.",
            "Operator: This concludes today's call. Thank you for participating.",
            "From Tarrow, our reporter:",
        ),
    ),
    LineRule(
        "speaker label",
        FurnitureKind.CREDIT,  # not a byline: the line above it is the story's
        is_speaker_label,
        (
            "Ana Ruiz — Chief Financial Officer",
            "Jo Lee – Analyst, Tarrow Securities",
        ),
    ),
    LineRule(
        "speaker cue",
        FurnitureKind.CREDIT,  # not a byline: the line above it is the story's
        is_speaker_cue,
        (
            "MR. JON TARR, M.P. (Minister of State, Ministry of Works):",
            "Q (Harbour FM):",
            "ANA RUIZ (Tarrow Ferry Users' Association):",
            "PRESENTER:",
        ),
    ),
    LineRule(
        "script fields",
        FurnitureKind.CREDIT,
        is_script_fields,
        ("WRITER: J. LEE   EDITOR: A. McROE", "ITEM 3 OF 9 -- READER: JO LEE -- SUB: A.R."),
    ),
    LineRule(
        "transcript title",
        FurnitureKind.PROMO,
        is_transcript_title,
        (
            "Q4 results conference call — edited transcript",
            "Budget speech: full transcript",
            "Transcript: Annual general meeting of shareholders",
        ),
    ),
)
