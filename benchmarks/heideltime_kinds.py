"""Kinds of temporal expression, to group what HeidelTime gets and Timeline does not (and back).

Used by ``bench_heideltime.py --kinds``. The kinds are read from the gold expression's words, its
value and the text around it; they are a first sort for a person to read, not a scorer.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

Record = dict[str, Any]
#: (file, document, gold, HeidelTime's match, Timeline's match, HeidelTime's, Timeline's spans)
Difference = tuple[str, Record, Record, Record | None, Record | None, list[Record], list[Record]]


def value_right(gold: Record, system: Record | None) -> bool:
    """Whether the system span gives the gold value (as score_timex.py compares them)."""
    return (
        system is not None
        and (system.get("value") or "").strip().upper() == (gold.get("value") or "").strip().upper()
    )


MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
NUMBER = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|fifty|hundred|several|few|a few|some|many)"
)

#: (kind, pattern over the text (any case), pattern over "VALUE|TYPE"): the first entry whose
#: given patterns both match names the kind
KINDS: tuple[tuple[str, str, str], ...] = (
    ("age ('N years old', 'aged N')", r"\b(years? old|aged?|age of)\b", ""),
    ("set: a frequency ('per day', 'annually', 'every week')", "", r"\|SET$"),
    (
        "set: a frequency ('per day', 'annually', 'every week')",
        r"\b(per|every|each|annual(ly)?|daily|weekly|monthly|yearly)\b",
        "",
    ),
    ("fiscal year or fiscal quarter", r"\b(fiscal|financial)\b|\bFY", ""),
    ("fiscal year or fiscal quarter", "", r"^FY"),
    ("quarter or half of a year ('the first quarter')", r"\bquarter\b|\bhalf\b", ""),
    ("quarter or half of a year ('the first quarter')", "", r"-(Q\d|H\d|QX)\|"),
    ("time of day (a clock time, 'morning', 'tonight')", "", r"^[^P|][^|]*T(MO|AF|EV|NI|\d)"),
    ("season", r"\b(spring|summer|autumn|fall|winter)\b", ""),
    ("season", "", r"-(SP|SU|FA|WI)\|"),
    ("decade ('the 1990s', 'the '90s')", r"\d0'?s\b", ""),
    ("decade ('the 1990s', 'the '90s')", "", r"^\d{3}\|"),
    ("century", r"\bcentur", ""),
    ("century", "", r"^\d{2}\|"),
    ("weekday name (with or without 'next', 'last', 'on')", WEEKDAY, ""),
    ("month + day + year", rf"{MONTH}\W+\d{{1,2}}\w*,? \d{{4}}|\d{{1,2}}\w* {MONTH},? \d{{4}}", ""),
    (
        "month + day, no year (the year from context)",
        rf"\b{MONTH}\W+\d{{1,2}}\b|\b\d{{1,2}}(st|nd|rd|th)? (of )?{MONTH}",
        "",
    ),
    ("month + year", rf"\b{MONTH},? (of )?\d{{4}}", ""),
    ("month name alone or with early/mid/late/end of (the year from context)", rf"\b{MONTH}", ""),
    ("numeric date (2008-03-06, 3/6/08)", r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}", ""),
    ("two-digit or abbreviated year ('99, '16 after 1915-)", r"^'?\d{2}$", r"^\d{4}\|"),
    ("day of month alone ('the 20th', 'the 28')", r"^(the )?\d{1,2}(st|nd|rd|th)?$", ""),
    ("bare year ('1917')", r"^\d{4}$", ""),
    ("year with a modifier ('early 2008', 'the end of 2008', 'mid-1990')", r"\d{4}", ""),
    ("today / yesterday / tomorrow / tonight", r"\b(today|yesterday|tomorrow|tonight)\b", ""),
    ("now / currently / recently / former / future (a _REF value)", "", r"_REF\|"),
    (
        "that / the same / the following / the previous + unit (anaphoric date)",
        r"\b(that|same|following|previous|preceding|next|last|this|coming|past|current|prior|"
        r"latter)\b",
        r"^[^P]",
    ),
    ("N units later / earlier / ago (an offset date)", r"\b(later|earlier|ago|after|before)\b", ""),
    ("duration with a number ('three years', 'about a week')", rf"\b{NUMBER}\b", r"^P"),
    ("duration, no number ('months', 'the past decades', 'Hundred Days')", "", r"^P"),
    ("beginning / end / rest of a period", r"\b(beginning|start|end|rest|remainder|part)\b", ""),
)


RANGE_PART = r"^(the )?'?(\d{1,4}(st|nd|rd|th|s)?|ten|twenty)( B\.?C\.?)?$"
RANGE_AFTER = r"^\s*(to|and|or|-|–|through)\s*\S"
RANGE_BEFORE = r"\w\s*(to|and|or|-|–)\s*(the\s+)?$"
RANGE = "one side of a range or pair, bare ('15 to 22 February', '1915-17', '499 to 493 BC')"
JOINED = "joined to a neighbouring expression TimeML keeps apart (the span covers two golds)"


def kind(gold: Record, text: str = "") -> str:
    """The kind of a gold expression, by its words, its value and (given) the text around it.

    >>> kind({"text": "the 1990s", "value": "199", "type": "DATE"})
    "decade ('the 1990s', 'the '90s')"
    >>> kind({"text": "next Monday", "value": "2008-03-10", "type": "DATE"})
    "weekday name (with or without 'next', 'last', 'on')"
    >>> kind({"text": "15", "value": "1984-02-15", "start": 5, "end": 7}, "From 15 to 22 February")
    "one side of a range or pair, bare ('15 to 22 February', '1915-17', '499 to 493 BC')"
    """
    words = gold["text"]
    if text and re.match(RANGE_PART, words, re.IGNORECASE):
        after = text[gold["end"] : gold["end"] + 12]
        before = text[max(0, gold["start"] - 12) : gold["start"]]
        if re.match(RANGE_AFTER, after) or re.search(RANGE_BEFORE, before):
            return RANGE
    if (gold.get("value") or "").startswith("BC"):
        return "a year Before Christ ('BC', 'B.C')"
    value = f"{gold.get('value') or ''}|{gold.get('type') or ''}"
    for name, text_pattern, value_pattern in KINDS:
        if text_pattern and not re.search(text_pattern, words, re.IGNORECASE):
            continue
        if value_pattern and not re.search(value_pattern, value):
            continue
        return name
    return "other"


def joined(document: Record, gold: Record, spans: list[Record]) -> bool:
    """Whether a system span over this gold expression covers another gold one as well."""
    return any(
        other is not gold and other["start"] < span["end"] and span["start"] < other["end"]
        for span in spans
        if span["start"] < gold["end"] and gold["start"] < span["end"]
        for other in document["timexes"]
    )


def print_kinds(differences: list[Difference]) -> None:
    """Grouped by kind: gold values HeidelTime gets and Timeline does not, then the reverse."""
    stems = sorted({stem for stem, *_ in differences})
    sides = (
        ("H", "T", "HeidelTime right, Timeline wrong or missed"),
        ("T", "H", "Timeline right, HeidelTime wrong or missed"),
    )
    for winner, loser, label in sides:
        groups: dict[str, list[Difference]] = defaultdict(list)
        for item in differences:
            stem, document, gold, h, _, h_spans, t_spans = item
            if value_right(gold, h) == (winner == "H"):
                loser_spans = t_spans if winner == "H" else h_spans
                name = (
                    JOINED if joined(document, gold, loser_spans) else kind(gold, document["text"])
                )
                groups[name].append(item)
        total = sum(len(items) for items in groups.values())
        print(f"\n## {label}: {total}")
        for name, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            counts = Counter(stem for stem, *_ in items)
            missed = sum(1 for *_, h, t, _, _ in items if (t if winner == "H" else h) is None)
            per_file = ", ".join(f"{stem} {counts[stem]}" for stem in stems if counts[stem])
            print(f"\n### {name}: {len(items)} ({per_file}; {loser} found none in {missed})")
            for stem, document, gold, h, t, _, _ in items:
                print(
                    f"  {stem[:14]:14} {document['id'][:34]:34} {gold['text']!r:32} "
                    f"gold {gold.get('value')}  H {h and h.get('value')}  T {t and t.get('value')}"
                )
