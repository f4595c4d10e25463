"""A body written only in capitals, never spelled out, that the model never tagged, where it
acts (stop 34): "FICORA plans to publish", "asked PAGASA to brief", "submit the bid to
FIDE", "AADE, which began flying". Not the letters of a thing (`data/thing_letters.txt`:
"GDP", "IPO", "CEO"), a technology, a currency, a time zone, a Roman numeral, nor a word of a
line written in capitals (a headline, a wire's slug).

    >>> [m.text for m in acting_letters("Later FICORA plans to publish it.", [])]
    ['FICORA']
"""

from __future__ import annotations

import re
from bisect import bisect_left

from timeline.actors.mention import ActorMention
from timeline.actors.noun_words import a_noun_word
from timeline.actors.openings import capital_sweep
from timeline.actors.sweeps import free_position
from timeline.actors.vocabulary import countries, finite_verbs
from timeline.kinds import ActorType
from timeline.temporal.vocabulary import TIME_ZONES
from timeline.wordlists import word_set

__all__ = ["acting_letters"]

#: Two to seven capitals (an ampersand inside), alone: no word character, point, hyphen,
#: apostrophe-joined letters, slash or sign on either side ("U.S.", "COVID-19", "HK$7").
_LETTERS = re.compile(r"(?<![\w&./'’$-])[A-Z][A-Z&]{1,6}(?![\w&/$-])(?!\.\w)")
#: A capitalised word right before or after the letters, on their line: a name they are a
#: word of ("Elections PEI said", "Kelso Mills AG", "Judge Ann Roe QC", "the NU Hospital").
_NAME_WORD_BEFORE = re.compile(r"(?:^|(?<=[^.!?:\n] ))[A-Z][\w'’-]* $")
_NAME_WORD_AFTER = re.compile(r" [A-Z]")
#: The words opening a sentence's name: "The", "A", "An".
_ARTICLES = frozenset({"The", "A", "An"})
#: A Roman numeral: "II", "XIV".
_ROMAN = re.compile(r"[IVXLCDM]+")
#: A word in capitals: "SAID", "NOW".
_CAPITALS = re.compile(r"[A-Z]{2,}")
#: A word of letters: "Kelmar", "ORVA".
_WORD = re.compile(r"[^\W\d_]+")
#: The word after the letters, and a comma and "which" after them ("AADE, which began").
_WORD_AFTER = re.compile(r"[ ]+([a-z]+)\b(?![-'’])")
_WHICH_AFTER = re.compile(r",[ ]+which\b")
#: What comes before the letters when they are acted on or act with a preposition of
#: agency: "asked", "by", "with", "to", each with or without "the" ("from" leaves a thing as
#: often: "exempted from the FCA").
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ ]+(?:the[ ]+)?$")
_AGENCY = frozenset({"by", "with", "to"})
#: Verbs of asking and telling before the body they ask: "asked PAGASA to", "urged".
_ASKING = frozenset({"asked", "urged", "told", "called", "invited", "ordered", "requested"})
#: The nouns of a body's head or voice after its letters: "OBN leader Ana Roe", "an AADE
#: spokesman said".
_HEAD_NOUNS = frozenset(
    {"leader", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "president"}
)
#: "on the" before the letters: a market, where the sentence speaks of its shares.
_ON_THE = re.compile(r"\bon the $")
#: A sentence's end, to find where the letters' sentence begins: a stop, maybe a closing quote
#: (a straight "'" too), then a space; unlike `parties`' no stop right before the letters, and
#: unlike `not_actors`' no line break alone.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
#: A past in "-ed" after the letters: "TNPA approved".
_ED = re.compile(r"[a-z]{3,}ed")
#: A line break.
_BREAK = re.compile("\n")


def acting_letters(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """The words in capitals no mention holds that act as a body: before a finite verb, an
    "-ed" past or ", which" ("TNPA plans", "the JSE closed", "AADE, which began"), after a
    preposition of agency ("by", "with", "from", "to", "the" between or not: "submit the bid
    to FIDE") or after a verb of asking before "to" ("asked PAGASA to brief").

    >>> text = "Kelmar asked ORVA to help. The GDP rose. ORVA said so. In 2004 ORVA, which began"
    >>> [(m.start, m.text) for m in acting_letters(text, [])]
    [(13, 'ORVA'), (41, 'ORVA'), (63, 'ORVA')]

    Not the letters of a thing, a country, a numeral, a zone, a currency, nor a line in
    capitals, nor a word in brackets:

    >>> text = "The IPO raised cash. The UK said no. Henry VIII said so. Prices in EUR fell. "
    >>> text += "Trading in GMT began.\\nPORT SHUT AS STORM HITS\\nThe Quorva Board (QB) said."
    >>> acting_letters(text, [])
    []
    """
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[ActorMention] = []
    lines = _Lines(text)
    for match in capital_sweep(_LETTERS, text):
        start, end = match.span()
        letters = match.group()
        if _no_body(letters) or free_position(taken, start, end) is None:
            continue
        if text[start - 1 : start] == "(" or _in_a_name(text, start, end):
            continue
        if _acts(text, start, end) and not _shouted(text, start, end, lines):
            found.append(ActorMention(start, end, letters, letters, ActorType.ORGANISATION))
    return found


def _no_body(letters: str) -> bool:
    """Letters that name no body: a thing's, a technology's, a currency's, a time zone's, a
    country's, a Roman numeral."""
    return (
        letters in word_set("thing_letters.txt")
        or letters in TIME_ZONES
        or letters in word_set("technology_letters.txt")
        or letters in word_set("currency_codes.txt")
        or letters.casefold() in countries()
        or _ROMAN.fullmatch(letters) is not None
    )


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the letters are a word of a longer capitalised name: a capitalised word (no
    article, not opening the sentence) right before them, or one right after."""
    if _NAME_WORD_AFTER.match(text, end):
        return True
    before = _NAME_WORD_BEFORE.search(text[max(0, start - 40) : start])
    return (
        before is not None
        and before.start() > 0  # a sentence's first word: "Later FICORA plans"
        and before.group().strip() not in _ARTICLES
    )


def _shouted(text: str, start: int, end: int, lines: _Lines) -> bool:
    """Whether the letters are written in a line in capitals: a word in capitals beside them,
    half the line's words in capitals, or a line ending on a colon (a headline, a heading, a
    wire's slug: "PORT SHUT AS STORM HITS", "WATCH NOW: ORVA")."""
    line_start = lines.start_of(start)
    around = (
        text[max(line_start, start - 20) : start].split()[-1:] + text[end : end + 20].split()[:1]
    )
    return any(_CAPITALS.match(word) for word in around) or lines.in_capitals(start)


class _Lines:
    """The lines of a text, found once, and whether each is a line in capitals, read once
    (stop 34: a text of one long line is read once, not once per word in capitals).

    >>> lines = _Lines("Port news\\nPORT SHUT AS STORM HITS\\nWATCH NOW: ORVA")
    >>> lines.start_of(12), lines.in_capitals(12), lines.in_capitals(2), lines.in_capitals(40)
    (10, True, False, True)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [match.start() for match in _BREAK.finditer(text)]
        self.read: dict[int, bool] = {}

    def start_of(self, position: int) -> int:
        """Where the line holding `position` starts."""
        index = bisect_left(self.breaks, position)
        return self.breaks[index - 1] + 1 if index else 0

    def in_capitals(self, position: int) -> bool:
        """Whether the line holding `position` has half its words in capitals or ends on a
        colon."""
        index = bisect_left(self.breaks, position)
        line_start = self.breaks[index - 1] + 1 if index else 0
        found = self.read.get(line_start)
        if found is None:
            line_end = self.breaks[index] if index < len(self.breaks) else len(self.text)
            line = self.text[line_start:line_end]
            words = _WORD.findall(line)
            capitals = sum(1 for word in words if _CAPITALS.fullmatch(word))
            found = self.read[line_start] = 2 * capitals >= len(words) or line.rstrip().endswith(
                ":"
            )
        return found


def _acts(text: str, start: int, end: int) -> bool:
    """Whether the letters stand where a body acts: before its verb, after a preposition of
    agency or a verb of asking."""
    if _WHICH_AFTER.match(text, end):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is not None:
        word = after.group(1)
        if word in finite_verbs() or _ED.fullmatch(word) or word in _HEAD_NOUNS:
            return True
    if _ON_THE.search(text, max(0, start - 7), start) and _of_shares(text, start):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if word in _AGENCY:
        return not _before_a_noun(text, end)  # "from EU partners", "with AA grades"
    return word in _ASKING and text.startswith(" to ", end)


def _of_shares(text: str, start: int) -> bool:
    """Whether the sentence before the letters speaks of shares or stocks
    (`data/market_nouns.txt`): "Shares of Kelp Mills fell 2% on the OKSE"."""
    opening = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)),
        default=max(0, start - 300),
    )
    words = {word.casefold() for word in _WORD.findall(text[opening:start])}
    return not words.isdisjoint(word_set("market_nouns.txt"))


def _before_a_noun(text: str, end: int) -> bool:
    """Whether the letters describe the lower-case noun after them ("EU partners") or point
    to a page ("Turn to BUDGET, Page 6"): a word after them that is no verb, preposition or
    joining word (`noun_words.a_noun_word`)."""
    if re.match(r", [Pp]age\b", text[end : end + 7]):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    return a_noun_word(after.group(1))
