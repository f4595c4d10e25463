"""Where the clause of a date ends, for the tense reader (`tense.tense_around`): the words after a
date tell its tense only inside its own clause. A date in a relative clause set off by a comma
("Kestrel, which shut two depots in March, plans to ...") takes nothing past the comma that
closes it, and its tense is past unless its verb tells the present ("Kestrel, which reports on
Tuesday, ..."); a verb that looks ahead coordinated after a date ("cut 300 jobs in January and
plans to ...") is the next clause's, and the date's clause, told before the plan, is past. A
limit said with "at least" ("until at least Saturday") is still ahead of the writer. A lone
dash before a date closes the clause before it ("... where you are going — on Sunday a man
walked ...": the date is the next clause's).

    >>> from timeline.temporal.tense import clause_tense
    >>> text = "Kestrel, which shut two depots in March, plans to hire again."
    >>> clause_tense(text, 34, 39)
    'past'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = [
    "after_a_dash",
    "coordinated_verb",
    "dash_before",
    "in_relative_clause",
    "own_right_side",
    "past_after",
    "relative_present",
    "until_at_least",
]

#: A relative clause opened before the date and not closed by a comma since: ", which shut two
#: depots in", ", who joined the board in".
_OPEN_RELATIVE_RE = re.compile(r",\s+(?:which|who)\b(?:[^,;:.!?]|[,.](?=\d))*$")
#: A comma that closes a clause, not one inside a figure ("1,100").
_CLAUSE_COMMA_RE = re.compile(r",(?!\d)")
#: The same clause told in the present, its verb right after the pronoun: ", which reports on",
#: ", who turns 80 in" (not "was", "has", "is", "does": they tell no timetable).
_RELATIVE_PRESENT_RE = re.compile(
    r",\s+(?:which|who)\s+(?!(?:was|has|is|does|this|its|his|hers|us)\b)[a-z]+[^\Ws]s\b"
    r"(?:[^,;:.!?]|[,.](?=\d))*$"
)

#: A limit said with "at least": the writer does not know it is over, so it is ahead ("rain
#: is expected until at least Saturday", "the road stays shut through at least Friday").
_UNTIL_AT_LEAST_RE = re.compile(r"(?i)\b(?:until|till|through)\s+at\s+least\s+$")


#: A dash between clauses: an em dash, or an en dash or a double hyphen set off by spaces.
_DASH_RE = re.compile(r"—|\s(?:–|--)\s")


def dash_before(text: str, start: int, end: int) -> bool:
    """Whether a dash stands whole in `text[start:end]`: only one before a date can close its
    clause (`after_a_dash`), so a clause with none needs no look for the sentence's end.

    >>> dash_before("going — on Sunday", 0, 9), dash_before("Monday – Friday", 0, 7)
    (True, False)
    """
    return _DASH_RE.search(text, start, end) is not None


def after_a_dash(sentence: str, start: int) -> int | None:
    """Where the clause of the date at `start` of `sentence` (its text from the clause's
    start to the sentence's end) opens, when a dash closes the clause before it ("tell
    someone where you are going — on Sunday a man walked ...": after the dash); None when
    the sentence has no dash before the date, or when its dashes set off an aside, a pair
    of them ("The firm — founded in 1990 — reopened on Monday", "said — as expected — on
    Monday"), whose clause goes on around it.

    >>> text = "Tell someone where you are going — on Sunday a man walked for hours."
    >>> after_a_dash(text, text.index("Sunday"))
    34
    >>> text = "The firm — founded in 1990 — reopened on Monday."
    >>> after_a_dash(text, text.index("Monday")) is None
    True
    >>> text = "The desk is open Monday – Friday."
    >>> after_a_dash(text, text.index("Friday")) is None
    True
    """
    dashes = list(_DASH_RE.finditer(sentence))
    # a dash right before the date joins two times ("Monday – Friday", "9 a.m. – 5 p.m.")
    if len(dashes) != 1 or dashes[0].end() > start or not sentence[dashes[0].end() : start].strip():
        return None
    return dashes[0].end()


def in_relative_clause(before: str) -> bool:
    """Whether the text `before` a date (from its clause's start) leaves it inside a relative
    clause opened by ", which" or ", who" and not yet closed by a comma.

    >>> in_relative_clause("Kestrel, which shut two depots in ")
    True
    >>> in_relative_clause("Orvane, which cut 1,100 jobs in ")
    True
    >>> in_relative_clause("Kestrel, which shut two depots, plans to hire in ")
    False
    >>> in_relative_clause("The firm said which depots would shut in ")
    False
    """
    return _OPEN_RELATIVE_RE.search(before) is not None


def relative_present(before: str) -> bool:
    """Whether the text `before` a date leaves it in a relative clause whose verb, right after
    "which" or "who", is a present ("Tollbar, which reports on Tuesday, has warned": a
    timetable, ahead; "Ruiz, who turns 80 in May").

    >>> relative_present("Tollbar, which reports on ")
    True
    >>> relative_present("Tollbar, which cut jobs in ")
    False
    """
    return _RELATIVE_PRESENT_RE.search(before) is not None


def own_right_side(before: str, right: str) -> str:
    """The text `right` after a date cut where its own clause ends: at the comma that closes a
    relative clause the date stands in ("..., which shut two depots in March, plans to hire":
    nothing of "plans").

    >>> own_right_side("Kestrel, which shut two depots in ", ", plans to hire again")
    ''
    >>> own_right_side("Kestrel, which in ", " 2,100 cut jobs, plans to hire")
    ' 2,100 cut jobs'
    >>> own_right_side("Kestrel shut two depots in ", ", and plans to hire")
    ', and plans to hire'
    """
    if in_relative_clause(before):
        comma = _CLAUSE_COMMA_RE.search(right)
        if comma is not None:
            return right[: comma.start()]
    return right


def coordinated_verb(
    words: list[str], index: int, word_tense: Callable[[list[str], int], str | None]
) -> bool:
    """Whether the word at `index` of the words after a date is "and", "but" or "or" before a
    verb that looks ahead or tells the present (`word_tense`): a coordinated clause, whose
    tense is not the date's ("put 300 stitchers on short time in January and plans to return
    ..."). A past after it is the date's clause's too ("received 212 proposals in this year's
    call and funded 47").

    >>> def tense(words: list[str], index: int) -> str | None:
    ...     return {"will": "future", "funded": "past"}.get(words[index])
    >>> coordinated_verb(["and", "will", "hire"], 0, tense)
    True
    >>> coordinated_verb(["and", "funded", "them"], 0, tense)
    False
    >>> coordinated_verb(["and", "april", "will"], 0, tense)
    False
    """
    if words[index] not in ("and", "but", "or") or index + 1 >= len(words):
        return False
    return word_tense(words, index + 1) in ("future", "present")


def until_at_least(text: str, left_limit: int, start: int) -> bool:
    """Whether the date at `start` is a limit said with "at least" ("until at least Saturday"):
    still ahead of the writer, whatever the verb before it.

    >>> text = "More rain was expected until at least Saturday."
    >>> until_at_least(text, 0, 38), until_at_least(text, 0, 22)
    (True, False)
    """
    return _UNTIL_AT_LEAST_RE.search(text, left_limit, start) is not None


def past_after(
    words: list[str], past_form: Callable[[str], bool], following: Sequence[str] = ()
) -> bool:
    """Whether a past form (`past_form`) follows the third of the words of a "when" clause
    ("after retail sales fell less than expected in"): its word in "-s" was a plural noun, not
    a present that tells what is to come ("once the wind picks up on").

    >>> def past(word: str) -> bool:
    ...     return word in ("fell", "diluted")
    >>> past_after(["after", "retail", "sales", "fell", "in"], past)
    True
    >>> past_after(["once", "the", "wind", "picks", "up", "on"], past)
    False

    So does a past form right after the date (`following`, the words after the expression):
    the clause's verb comes after its date, and its word in "-s" was its subject's plural
    ("after heavy rains in December diluted the lake", stop 42).

    >>> past_after(["after", "heavy", "rains", "in"], past, ["diluted", "the", "lake"])
    True
    >>> past_after(["once", "the", "rains", "return", "in"], past, ["farmers", "will"])
    False
    """
    return any(past_form(word) for word in words[3:]) or bool(following and past_form(following[0]))
