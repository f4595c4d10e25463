"""Finding: the candidates of every pattern in a text, filtered by their context, longest
first and non-overlapping."""

from __future__ import annotations

import re

from timeline.temporal.detect_context import TWO_DIGIT_YEAR_BEFORE_RE, Candidate, context_keeps
from timeline.temporal.patterns import WORK_TITLE_RE
from timeline.temporal.rules import COMPILED_RULES, RULE_PREFILTERS, RULE_PRIORITY
from timeline.temporal.triggers import (
    CASED_TRIGGERS,
    RULE_WINDOWS,
    TIME_AFTER_DIGITS_RE,
    TOKEN_RE,
)
from timeline.temporal.vocabulary import BLOCKED_NAMES
from timeline.temporal.wire_clock import four_figure_clock
from timeline.wordlists import letters_ahead, longest_alternation

_BLOCKED_RE = re.compile(
    r"\b" + letters_ahead(BLOCKED_NAMES) + "(?:" + longest_alternation(BLOCKED_NAMES) + r")\b"
)
# a copyright line is boilerplate: its year hints at the publication date but is no event
_BOILERPLATE_RE = re.compile(
    r"(?im)^[^\n]{0,80}?(?:copyright(?!\s+(?-i:[a-z]))|©|\(c\)\s*\d{4}|all rights reserved)[^\n]*$"
)


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each pattern can match: merged windows around its trigger words.

    Every pattern needs at least one trigger token (a month name, a unit word, a year...);
    scanning only around those keeps the cost per document near one pass of a simple
    tokeniser instead of one pass per pattern.
    """
    length = len(text)
    spans: dict[str, list[tuple[int, int]]] = {}
    triggers = CASED_TRIGGERS
    for token in TOKEN_RE.finditer(text):
        word = token.group()
        if word[0] <= "9":
            start, end = token.span()
            kinds: tuple[str, ...] = _digit_kinds(text, start, end)
            if not kinds:
                continue
        else:
            found_kinds = triggers.get(word)
            if found_kinds is None:
                continue
            kinds = found_kinds
            start, end = token.span()
        for kind in kinds:
            left, right = RULE_WINDOWS[kind]
            window = (max(0, start - left), min(length, end + right))
            found = spans.setdefault(kind, [])
            if found and window[0] <= found[-1][1]:
                found[-1] = (found[-1][0], max(found[-1][1], window[1]))
            else:
                found.append(window)
    return spans


#: a time zone in capitals after four figures: a wire's clock ("2014 GMT")
_ZONE_AFTER_RE = re.compile(r"\s[A-Z]{1,4}\b")
#: The rest of an all-number date written with hyphens after its first number: "14-03-2019".
_DASHED_DATE_AFTER_RE = re.compile(r"-\d{1,2}-\d")


def _digit_kinds(text: str, start: int, end: int) -> tuple[str, ...]:
    width = end - start
    following = text[end : end + 6]
    previous = text[start - 1] if start else ""
    kinds: list[str] = []
    if width == 4:
        kinds.append("year")
        if _ZONE_AFTER_RE.match(following) or four_figure_clock(text, start, end):
            kinds.append("time")  # "2014 GMT", "at 1600 today"
        if following[:1] in ("-", "/", ".") and following[1:3].isdigit():
            kinds.append("iso")  # "2023-10-20", "2023/10/20", "2023.10.20"
        if following[:1] in ("s", "'", "’"):
            kinds.append("decade")
    if width <= 2:
        if following[:1] in ("/", ".") or _DASHED_DATE_AFTER_RE.match(following):
            kinds.append("numeric")
        if following[:1] == "/":
            kinds.append("numeric_dm")  # "on 14/10"
        if TIME_AFTER_DIGITS_RE.match(following):
            kinds.append("time")
        if following[:2] in ("st", "nd", "rd", "th"):
            kinds.append("ordinal_day")
        if following.lstrip()[:1] in ("-", "–"):
            kinds.append("range_day")
        if previous in ("'", "’"):
            kinds.extend(("apos_year", "decade"))
        elif previous == " " and TWO_DIGIT_YEAR_BEFORE_RE.search(text, max(0, start - 7), start):
            kinds.append("apos_year")  # "in 82."
        elif following[:1] == "s":
            kinds.append("decade")
    return tuple(kinds)


def candidates_in(text: str, narrative: bool) -> list[Candidate]:
    """Every rule's candidates in `text` its context keeps (`narrative`: a story, not news),
    longest first and non-overlapping, in the order of the text.

    >>> [(c.kind, c.match.group()) for c in candidates_in("Talks ended yesterday.", False)]
    [('relday', 'yesterday')]
    """
    windows_by_kind = _windows(text)
    blocked = [
        (m.start(), m.end())
        for window_start, window_end in windows_by_kind.pop("blocked", [])
        for m in _BLOCKED_RE.finditer(text, window_start, window_end)
    ]
    blocked += [(m.start(), m.end()) for m in _BOILERPLATE_RE.finditer(text)]
    blocked += [(m.start(), m.end()) for m in WORK_TITLE_RE.finditer(text)]
    blocked_mask = bytearray(len(text) + 1)
    for block_start, block_end in blocked:
        blocked_mask[block_start:block_end] = b"\x01" * (block_end - block_start)
    found: list[Candidate] = []
    seen: set[tuple[int, int, str]] = set()
    for kind, windows in windows_by_kind.items():
        pattern = COMPILED_RULES[kind]
        prefilter = RULE_PREFILTERS.get(kind)
        for window_start, window_end in windows:
            if prefilter is not None and not prefilter.search(text, window_start, window_end):
                continue
            for match in pattern.finditer(text, window_start, window_end):
                if kind in ("bare_units", "night", "to_date", "the_unit", "day_part", "that_time"):
                    start, end = match.span("x")
                else:
                    start, end = match.span()
                if start == end or (start, end, kind) in seen:
                    continue
                seen.add((start, end, kind))
                cand = Candidate(start, end, kind, match)
                if blocked and any(blocked_mask[start:end]):
                    continue
                if context_keeps(text, cand, narrative):
                    found.append(cand)
    found = _stated_days_over_weekdays(found)
    # longest first, then pattern priority; keep those that do not overlap a kept one
    found.sort(key=lambda c: (-(c.end - c.start), RULE_PRIORITY[c.kind], c.start))
    kept: list[Candidate] = []
    taken = bytearray(len(text) + 1)
    for cand in found:
        if any(taken[cand.start : cand.end]):
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept


#: The kinds of a date written out, which may open with its weekday ("Sunday, June 1").
_WRITTEN_DATES = frozenset({"mdy", "dmy"})


def _stated_days_over_weekdays(found: list[Candidate]) -> list[Candidate]:
    """The candidates less a weekday after a relation word that a written date opening with
    that weekday runs past: "on the following Sunday, June 1" is June 1, not the Sunday after
    the news day and a month alone, though "following Sunday" is the longer match.

    >>> text = "They meet on the following Sunday, June 1, in the hall."
    >>> [text[c.start : c.end] for c in candidates_in(text, False)]
    ['Sunday, June 1']
    """
    dates = [(c.start, c.end) for c in found if c.kind in _WRITTEN_DATES]
    if not dates:
        return found
    return [
        c
        for c in found
        if c.kind != "weekday" or not any(c.start < start < c.end < end for start, end in dates)
    ]
