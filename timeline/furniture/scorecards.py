"""The boxes under a sports report, results, line-ups and statistics set out as a list, not
told as the story: a ranked list ("Standings: 1. Harbor FC 41 pts; 2. ..."), a team's line-up
and the match's fields ("Attendance: 41,203"), results with their scores ("Women's singles
final: A Lee (Arg) bt B Roe [3] 7-5 6-4"), a match's statistics ("Match stats (Lee first): Aces
9-4; Double faults 3-6"), the scorers of each side ("Scorers - Harbor: T Lee 2, Roe; C Lee
2"); and a club's thanks to its sponsors under its report ("Thanks as always to our kit
sponsors, Name Ltd."). Each rule is one unit with its examples (`SCORECARD_RULES`, read by
`timeline.furniture`); none names a player, a team, a sponsor or an event.

    >>> is_results_line("Doubles final: A Berg/T Ruiz bt C Lee/D Kim [1] 6-2 3-6 10-7")
    True
    >>> is_results_line("Berg beat Ruiz 6-4 6-3 on Sunday to win her first title.")
    False
"""

from __future__ import annotations

import re
from functools import cache

from timeline.furniture.boilerplate import alternatives
from timeline.furniture.kinds import SAID, FurnitureKind, LineRule, matches
from timeline.wordlists import word_list

__all__ = [
    "SCORECARD_RULES",
    "is_cricket_score",
    "is_innings_card",
    "is_rates_row",
    "is_results_line",
    "is_scorers_line",
    "is_sponsor_line",
    "is_stats_line",
]

#: A player as a results box writes them: "L Vasquez", "A. Berg", "Berg", "van Dijk".
_PLAYER = r"(?:[A-Z]\.?\s)?(?:[a-z]{1,3}\s)?[A-Z][\w'’.-]+(?:\s[A-Z][\w'’-]+)?"
#: A side: one player or a pair, the country in brackets, the seed in square ones.
_SIDE = rf"{_PLAYER}(?:\s?/\s?{_PLAYER})?(?:\s\([A-Z][A-Za-z]{{1,3}}\))?(?:\s\[\d{{1,2}}\])?"
#: A set's score with its tie-break: "6-4", "7-6 (7-5)"; a match's: "4-6 7-6 (7-5) 6-3".
_SET = r"\d{1,2}[-–]\d{1,2}(?:\s?\(\d{1,2}[-–]\d{1,2}\))?"
_SCORE = rf"{_SET}(?:,?\s{_SET}){{0,4}}(?:\s(?:ret|retd|w/o)\.?)?"
#: A label before its colon: "RESULTS – Women's singles final", "Doubles final".
_LABEL = r"[A-Z][\w'’]*(?:[ -][\w'’]+){0,4}(?:\s[-–—]\s[A-Z][\w'’]*(?:[ -][\w'’]+){0,4})?:\s"
_RESULT = rf"{_SIDE}\s(?:(?P<short>bt|def\.?|d\.)|beat)\s{_SIDE}\s{_SCORE}"
_ITEM = re.compile(rf"(?P<label>{_LABEL})?{_RESULT}")
#: The items of a results line are set apart by a full stop, a semicolon or a comma.
_SEPARATOR = re.compile(r"(?<=[\d)\]])\s*[.;,]\s+(?=[A-Z])")


def is_results_line(line: str) -> bool:
    """A line of results, each a side, "bt" (or "beat" after a label), the other side and the
    score; the first with its label or in the box's short form.

    >>> is_results_line("RESULTS – Men's singles final: J Berg (Swe) bt T Kahale (USA) [2] 6-4 7-5")
    True
    >>> is_results_line("Final: Berg beat Ruiz 6-4 6-3."), is_results_line("Berg beat Ruiz 6-4.")
    (True, False)
    """
    items = _SEPARATOR.split(line.rstrip(".").strip())
    found = [_ITEM.fullmatch(item) for item in items]
    return bool(found) and all(
        match is not None and (match["label"] or match["short"]) for match in found
    )


#: A statistic and both sides' figures: "Aces 9-4", "Break points won 4/11-3/8", "First serve
#: % 61-58".
_STAT = r"[A-Z][\w'’%]*(?:\s[\w'’%]+){0,4}\s\d+%?(?:/\d+)?[-–]\d+%?(?:/\d+)?"
_STATS = re.compile(
    rf"[A-Z][\w'’]*(?:\s[\w'’]+){{0,3}}(?:\s\([^()\n]{{1,40}}\))?:\s{_STAT}(?:;\s{_STAT})+\.?"
)


def is_stats_line(line: str) -> bool:
    """A box of a match's statistics: a label, a colon, and two or more statistics set apart
    by semicolons, each with both sides' figures.

    >>> is_stats_line("Match stats (Berg first): Aces 12-7; Double faults 2-5; Break pts 3/9-2/6")
    True
    >>> is_stats_line("Stats: she served 12 aces; her rival served 7.")
    False
    """
    return _STATS.fullmatch(line) is not None


@cache
def _field_label() -> re.Pattern[str]:
    labels = alternatives(word_list("match_fields.txt"))
    return re.compile(rf"(?i:{labels})\s*(?:[-–—:]\s*)+(?P<value>\S[^\n]*)")


#: A word of a box's field: a name or its initial, a number, a minute, "(pen)", "and".
_BOX_WORD = re.compile(r"[A-Z][\w'’-]*|\d{1,3}'?|\(\w{1,4}\)|and|pen|og")
#: The most words of a box's field: the scorers of both sides.
BOX_WORDS = 40


def is_scorers_line(line: str) -> bool:
    """A match's field after its label and a dash or a colon (`data/match_fields.txt`), set out
    side by side, each side's name and its scorers, initials and numbers only: "Scorers -
    Harbor: T Lee 2, Roe; C Lee 2. Rovers: T Ames; P Ford 3."

    >>> is_scorers_line("Scorers - Harbor: T Lee 2, Roe; C Lee 2. Rovers: T Ames; P Ford 3.")
    True
    >>> is_scorers_line("Goals: Ruiz 23, 67 (pen); Lee 45"), is_scorers_line("Tries - Lee, Roe")
    (True, True)
    >>> is_scorers_line("Scorers were hard to find as the rain fell on Saturday.")
    False
    """
    match = _field_label().fullmatch(line)
    if match is None:
        return False
    words = [word for word in re.split(r"[\s,;:.–—-]+", match["value"]) if word]
    return 0 < len(words) <= BOX_WORDS and all(_BOX_WORD.fullmatch(word) for word in words)


#: A club's thanks to its sponsors, or the sponsor of its match or its page: "Thanks as always
#: to our kit sponsors, Name Ltd.", "Match sponsor: Name", "Today's match was sponsored by Name".
_SPONSOR = re.compile(
    r"(?:(?:Many|Huge|Big|Special|Our|With)\s+)?[Tt]hanks(?:\s+(?:as\s+always|again|once\s+again|"
    r"also))?(?:\s+go(?:es)?)?\s+to\s+(?:all\s+)?(?:our|the\s+club'?s?)\s+(?:[\w-]+\s+){0,3}?"
    r"sponsors?\b[^\n]{0,150}"
    r"|(?:(?:Match|Kit|Ball|Shirt|Main|Club|Headline|Official|Team)\s+)?[Ss]ponsors?\s*:\s*"
    r"[A-Z][^\n]{0,100}"
    r"|(?:(?:This|Today's|Today’s|Saturday's|Saturday’s|The)\s+(?:match|game|fixture|report|"
    r"page)\s+(?:is|was)\s+)?[Ss]ponsored\s+by\s+[A-Z][^\n]{0,100}"
    # a newsletter's or a programme's sponsor, its tagline after it (stop 37): "This issue is
    # presented by Roe & Co LLP. Counsel to the quay since 1987."
    r"|(?:This|Today's|Today’s|This\s+week's|This\s+week’s)\s+(?:issue|edition|newsletter|"
    r"briefing|bulletin|digest|episode|podcast|programme|program|show)\s+(?:is|was)\s+"
    r"(?:sponsored|presented|brought\s+to\s+you|supported|underwritten|powered)\s+by\s+"
    r"[A-Z][^\n]{0,100}"
    # the sponsor alone, its tagline or offer after a spaced dash or a bar (stop 38): "Presented
    # by Quay Outfitters - new season's kit, 20% off with code QUAY"
    r"|(?:Presented|Brought\s+to\s+you|Supported|Powered|Underwritten)\s+by\s+"
    r"[A-Z][^\n,;.!?]{0,60}?\s[-–—|·]\s+[^\n]{3,120}"
)
_SAID = re.compile(rf"\b(?:{SAID}|added)\b")


def is_sponsor_line(line: str) -> bool:
    """A club's thanks to its sponsors, or the sponsor of a match or a page, in the club's own
    voice ("our"), no one reported as saying it.

    >>> is_sponsor_line("Thanks as always to our kit sponsors, Harbor Timber Ltd.")
    True
    >>> is_sponsor_line("Match sponsor: Harbor Timber"), is_sponsor_line("Sponsored by Roe & Co")
    (True, True)
    >>> is_sponsor_line("This issue is presented by Roe & Co LLP. Counsel to the quay since 1987.")
    True
    >>> is_sponsor_line("Presented by Quay Outfitters - new season's kit, 20% off with code QUAY")
    True
    >>> is_sponsor_line("Presented by the mayor, the award went to Jo Lee on Monday.")
    False
    >>> is_sponsor_line("Thanks to our sponsors, the festival ran again, its director said.")
    False
    >>> is_sponsor_line("The sponsors pulled out on Monday after the club's losses grew.")
    False
    """
    return _SPONSOR.fullmatch(line) is not None and _SAID.search(line) is None


#: A cricket side's innings: "241", "88 for 3", "437 for 9 dec", "310 all out".
_INNINGS = r"\d{1,3}(?:\s(?:for|-)\s?\d{1,2}|/\d{1,2})?(?:\s(?:dec|decl?\.|all out))?"
_SIDE_INNINGS = rf"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,2}}\s{_INNINGS}(?:\s(?:and|&)\s{_INNINGS})?"
_CRICKET_SCORE = re.compile(
    rf"{_SIDE_INNINGS}\s(?:trail|trails|lead|leads|v|vs\.?|beat|lost\sto|drew\swith)\s"
    rf"{_SIDE_INNINGS}(?:\s(?:by|with)\s\d{{1,3}}\s(?:runs?|wickets?))?\.?"
)


def is_cricket_score(line: str) -> bool:
    """A cricket match's score line: both sides' innings and the lead in runs or wickets.

    >>> is_cricket_score("Tarrow 310 and 92 for 4 lead Leith 288 by 114 runs")
    True
    >>> is_cricket_score("Tarrow 310 all out v Leith 120 for 2")
    True
    >>> is_cricket_score("Tarrow beat Leith by 114 runs on Monday to win the series.")
    False
    """
    return _CRICKET_SCORE.fullmatch(line) is not None


#: A figure of an innings' card: a batter's runs, not out starred, "K. Pala 42", "R. Dai 31*";
#: a bowler's wickets and runs, "A. Gebo 3-38".
_CARD_FIGURE = rf"{_PLAYER}\s\d{{1,3}}(?:\*|[-/]\d{{1,3}})?"
#: A side's innings card: its total and its overs, a colon, then its batters' runs and the
#: other side's bowlers' figures, set apart by commas and a semicolon.
_INNINGS_CARD = re.compile(
    rf"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,3}}\s(?:\d{{1,3}}[-/]\d{{1,2}}|{_INNINGS})\s?"
    r"\(\d{1,2}(?:\.\d)?\s?(?:ov|overs?)\)\s?:\s"
    rf"{_CARD_FIGURE}(?:\s?[,;]\s{_CARD_FIGURE})*\.?"
)


def is_innings_card(line: str) -> bool:
    """A cricket side's innings card in a scorecard box: its total, its overs in brackets, its
    batters' runs and the bowlers' figures.

    >>> is_innings_card("Leith Lions 188-6 (40 ov): J. Roe 71, T. Kim 40*; A. Lee 3-29")
    True
    >>> is_innings_card("Leith Lions made 188 in 40 overs: Roe hit 71 and Kim 40.")
    False
    """
    return _INNINGS_CARD.fullmatch(line) is not None


# -- a match report's box -----------------------------------------------------------------

#: A player as a line-up names them: "Okafor", "van Dijk", "Jo Lee", and in brackets after
#: them who came on and when or the captain's mark, "Lee (Roe 71)", "Lee (c)".
_LINE_UP_PLAYER = (
    r"(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]*){0,2}"
    r"(?:\s*\([^()\n]{1,30}\))?"
)
_LINE_UP_PLAYERS = rf"{_LINE_UP_PLAYER}(?:\s*,\s*{_LINE_UP_PLAYER})*"
#: A team's line-up: its name, then its players, keeper, defenders, midfield and forwards set
#: apart by semicolons, its substitutes after it.
_LINE_UP = re.compile(
    rf"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,3}}(?:\s*\([\d-]{{3,9}}\))?\s*:\s*"
    rf"{_LINE_UP_PLAYERS}(?:\s*;\s*{_LINE_UP_PLAYERS}){{2,}}\.?(?:\s+(?i:subs?|substitutes)\b[^\n:]{{0,20}}:[^\n]+)?"
)


@cache
def _match_box_field() -> re.Pattern[str]:
    labels = alternatives(word_list("match_fields.txt"))
    value = r"(?:[A-Z0-9(][\w'’.,()-]*|and|of|the|de|van|von|da|di|le|la)"
    return re.compile(rf"(?i:{labels})\s*:\s*{value}(?:[\s,;]+{value}){{0,12}}\.?")


def is_match_box(line: str) -> bool:
    """A line of a match report's box: a team's line-up, or a field of names or a number
    after its label (`data/match_fields.txt`).

    >>> is_match_box("Harbor: Quist; Lee, Roe, Doe, Kim; Park, Moss; Ruiz (Vale 78), Ortiz.")
    True
    >>> is_match_box("Attendance: 41,203"), is_match_box("Referee: Ann Roe (Kent)")
    (True, True)
    >>> is_match_box("Attendance: the crowd was the smallest since 1998.")
    False
    """
    return _LINE_UP.fullmatch(line) is not None or _match_box_field().fullmatch(line) is not None


#: A row of a market's box of closing rates: what is priced and its unit, a colon, the price
#: after its currency and its change in brackets: "Yarn 20s carded, per bundle: Rs 238 (+4)",
#: "Cotton, spot, per maund (37.32 kg): Rs 1,410 (unchanged)", "Wheat, per tonne: $212 (-3.5)".
_RATES_ROW = re.compile(
    r"[A-Z][^\n:.!?]{1,60}(?:\([^()\n]{1,20}\))?:\s+"
    r"(?:Rs\.?|Rp\.?|Sh|[$£€¥₹₦]|[A-Z]{3})\s?\d[\d,]*(?:\.\d+)?"
    r"\s*\((?:[+\-−–]\s?\d[\d,.]*|(?i:unchanged|steady|unch\.?|nc|n/c))\)"
)


def is_rates_row(line: str) -> bool:
    """A row of a market's closing rates, its price's change in brackets after it.

    >>> is_rates_row("Yarn 20s carded, per bundle: Rs 238 (+4)")
    True
    >>> is_rates_row("The mill said: Rs 238 (+4) was too low for a bundle of yarn.")
    False
    """
    return _RATES_ROW.fullmatch(line.strip()) is not None


SCORECARD_RULES: tuple[LineRule, ...] = (
    LineRule(
        "rates row",
        FurnitureKind.PROMO,
        is_rates_row,
        ("Cotton, spot, per maund (37.32 kg): Rs 1,410 (unchanged)", "Wheat, per tonne: $212 (-3)"),
    ),
    LineRule(
        "cricket score",
        FurnitureKind.PROMO,
        lambda line: is_cricket_score(line) or is_innings_card(line),
        (
            "Leith 288 and 140 trail Tarrow 437 for 9 dec by 9 runs",
            "Tarrow Tigers 201 (46.2 ov): L. Roe 66, P. Kim 30; J. Abel 4-31, T. Ng 2-40",
        ),
    ),
    LineRule(
        "results box",
        FurnitureKind.PROMO,
        # a sports report's box of results, a ranked list after its label, the label's round or
        # race after it ("Results of stage 4 (Butare–Kibuye, 142 km): 1. ...")
        matches(
            r"(?:[\w'’-]+\s+){0,3}(?i:results|standings|line-?ups|teams|scorers|leaderboard|"
            r"classification|table)(?:\s+(?i:of|for|after|in)\s+[^:\n\dA-Z]{0,30}[\dA-Z][^:\n]{0,40}?)?"
            r"(?:\s*\([^()\n]{1,60}\))?\s*:\s*1[.)]\s[^\n]*"
        ),
        (
            "STAGE 4 RESULTS: 1. Ana Ruiz (Team Sol) 4hr 51min 07sec; 2. Jo Lee +38sec.",
            "Standings: 1. Harbor FC 41 pts; 2. Rovers 38.",
            'Results of stage 2 (Leith–Tarrow, 96 km): 1. Ana Ruiz (Sol) 2h31\'07"; 2. Jo Lee 8".',
        ),
    ),
    LineRule(
        "match box",
        FurnitureKind.PROMO,
        is_match_box,
        (
            "Harbor: Quist; Lee, Roe, Doe, Kim; Park, Moss; Ruiz (Vale 78), Ortiz, Dunn; Abel.",
            "Rovers (4-3-3): Vale; Ames, Holt, Cruz; Bell, Ford. Subs not used: Tait, Oduya.",
            "Man of the match: Ana Ruiz",
            "Attendance: 41,203",
            "Referee: Ann Roe (Kent)",
        ),
    ),
    LineRule(
        "results with scores",
        FurnitureKind.PROMO,
        lambda line: is_results_line(line) or is_stats_line(line),
        (
            "RESULTS – Men's singles final: J Berg (Swe) bt T Kahale (USA) [2] 6-4 3-6 7-5",
            "Doubles final: A Berg/T Ruiz bt C Lee/D Kim [1] 6-2 3-6 10-7",
            "Quarter-finals: A Berg bt C Lee 6-1 6-2; T Ruiz bt D Kim [4] 7-6 (7-3) 6-4.",
            "Match stats (Berg first): Aces 12-7; Double faults 2-5; Break points won 3/9-2/6.",
        ),
    ),
    LineRule(
        "scorers",
        FurnitureKind.PROMO,
        is_scorers_line,
        (
            "Scorers - Harbor: T Lee 2, Roe; C Lee 2. Rovers: T Ames; P Ford 3.",
            "Goals: Ruiz 23, 67 (pen); Lee 45",
        ),
    ),
    LineRule(
        "sponsor",
        FurnitureKind.PROMO,
        is_sponsor_line,
        (
            "Thanks as always to our kit sponsors, Harbor Timber Ltd.",
            "Many thanks to our match ball sponsor, Roe Motors.",
            "Today's match was sponsored by Harbor Timber.",
        ),
    ),
)
