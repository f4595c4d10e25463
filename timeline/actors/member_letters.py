"""A member's letters, which name no actor: written after a person's name and a comma
("Mr P. R. Henwood, S.M.", "Canon Ana Lee, P.P., Kilrush"), they qualify that person; after
"the" and a word of the seat ("in place of the local T.D."), they name the office, no holder.
An abbreviated state after its town ("Fort Wayne, Ind.") qualifies its town the same way.

    >>> text = "Canon Ana Lee, P.P., met the local T.D. in Lima, Ohio."
    >>> qualifies_a_name(text, 15, 19), letters_of_an_office(text, 35, 39)
    (True, True)
"""

from __future__ import annotations

import re

from timeline.actors.vocabulary import countries, post_nominals

__all__ = ["letters_of_an_office", "qualifies_a_name"]

#: A word and a comma right before a span: "Henwood, " of "Mr P. R. Henwood, S.M.".
_WORD_AND_COMMA = re.compile(r"[A-Za-z][\w'’.]*,[ \t]+$")
#: One abbreviated capitalised word and its point, the way a US state or a province is
#: written after its town: "Ky." of "Lexington, Ky.", "Calif." of "Oakland, Calif.".
_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}")
#: An abbreviation's point inside the sentence, not its full stop: "Ky., in", "Calif.;".
_POINT_WITHIN = re.compile(r"\.(?:[,;)]|\s+[a-z])")


def qualifies_a_name(text: str, start: int, end: int) -> bool:
    """Whether the span is written after a name and a comma as that name's qualifier: a
    member's letters after a person ("Mr P. R. Henwood, S.M.", "Mr Olumide Akintoye, SAN,",
    `data/post_nominals.txt`, with or without points), or one abbreviated word and its point
    after a town, its state or province ("Fort Wayne, Ind., and Lexington, Ky."). Neither
    acts: the person or the town is the name.

    >>> text = "Ann Lee, T.D., met Tom Rix, SAN, in Fort Wayne, Ind., and Lexington, Ky., in May."
    >>> qualifies_a_name(text, 9, 13), qualifies_a_name(text, 28, 31)
    (True, True)
    >>> qualifies_a_name(text, 48, 51), qualifies_a_name(text, 69, 71)
    (True, True)

    So are any initials with their points set off after a person's name, the letters of an
    office or an order ("Canon Ana Lee, P.P., Kilrush", "Rev. Tom Rix, C.C., spoke"; stop 33):

    >>> text = "Canon Ana Lee, P.P., Kilrush, met Rev. Tom Rix, C.C., and Ben Orr, U.S., envoy."
    >>> qualifies_a_name(text, 15, 19), qualifies_a_name(text, 48, 52)
    (True, True)
    >>> qualifies_a_name(text, 67, 71)  # a country's initials
    False

    Not a place or a body named on its own after a comma, nor a word without its point:

    >>> text = "They met in Oslo, Bergen, and Ky, and the MP, TD and Kent, Ohio."
    >>> qualifies_a_name(text, 18, 24), qualifies_a_name(text, 30, 32)
    (False, False)
    >>> qualifies_a_name("a plant in Dalian, China. It", 19, 24)  # a full stop
    False
    >>> qualifies_a_name(text, 46, 48)
    False
    """
    if not _after_comma_and_blanks(text, start) or (
        _WORD_AND_COMMA.search(text, max(0, start - 40), start) is None
    ):
        return False
    surface = text[start:end]
    if surface.replace(".", "") in post_nominals() or _set_off_initials(text, start, end):
        before = text[max(0, start - 40) : start].rstrip(", \t").rsplit(None, 1)[-1:]
        # after a name's word ("Henwood, S.M."), not after letters ("the MP, TD")
        return bool(before) and before[0][:1].isupper() and not before[0].isupper()
    return (
        _ABBREVIATION.fullmatch(surface) is not None
        and _POINT_WITHIN.match(text, end) is not None
        and surface.casefold() not in countries()
    )


def _after_comma_and_blanks(text: str, start: int) -> bool:
    """Whether a comma and blanks (spaces or tabs) end right before `start`, or right before
    a line break there: what `_WORD_AND_COMMA` needs at its end, tested without searching its
    window (`$` matches before a string's last line break too).

    >>> _after_comma_and_blanks("Lee, T.D.", 5), _after_comma_and_blanks("Lee T.D.", 4)
    (True, False)
    >>> _after_comma_and_blanks("Lee, \\nT.D.", 6), _after_comma_and_blanks("Lee,T.D.", 4)
    (True, False)
    """
    ends = (start, start - 1) if text.endswith("\n", 0, start) else (start,)
    for end in ends:
        position = end
        while position > 0 and text[position - 1] in " \t":
            position -= 1
        if position < end and text.endswith(",", 0, position):
            return True
    return False


#: Two or three capitals, each with its point: "P.P.", "C.C.", "T.D.".
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
#: What closes a qualifier set off after a name: a comma, a semicolon, a bracket.
_SET_OFF_AFTER = re.compile(r"[,;)]")


def _set_off_initials(text: str, start: int, end: int) -> bool:
    """Whether the span is initials with their points set off by a comma after it, no
    country's ("Canon Ana Lee, P.P., Kilrush": a priest's letters; stop 33)."""
    surface = text[start:end]
    return (
        _DOTTED_INITIALS.fullmatch(surface) is not None
        and _SET_OFF_AFTER.match(text, end) is not None
        and surface.casefold() not in countries()
        and surface.replace(".", "").casefold() not in countries()
    )


#: "the" and, at times, one lower-case word right before a name: "the ", "the local ".
_THE_AND_WORD = re.compile(r"\b[Tt]he\s+(?:([a-z]+)\s+)?$")


def letters_of_an_office(text: str, start: int, end: int) -> bool:
    """Whether the span is a member's letters after "the" and a lower-case word, or written
    with points after "the": the seat, no one named (`not_actors.names_an_office` asks it).

    >>> text = "in place of the local T.D. and the SC"
    >>> letters_of_an_office(text, 22, 26), letters_of_an_office(text, 35, 37)
    (True, False)
    """
    surface = text[start:end]
    if surface.replace(".", "") not in post_nominals():
        return False
    the = _THE_AND_WORD.search(text, max(0, start - 24), start)
    return the is not None and (the.group(1) is not None or "." in surface)
