"""The boxes under a sports report, results and line-ups set out as a list, not told as the
story: a ranked list ("Standings: 1. Harbor FC 41 pts; 2. ..."), a team's line-up and the
match's fields ("Attendance: 41,203"). Each rule is one unit with its examples
(`SCORECARD_RULES`, read by `timeline.furniture`); none names a player, a team or an event.
"""

from __future__ import annotations

from timeline.boilerplate import is_match_box
from timeline.furniture_kinds import FurnitureKind, LineRule, matches

__all__ = ["SCORECARD_RULES"]

SCORECARD_RULES: tuple[LineRule, ...] = (
    LineRule(
        "results box",
        FurnitureKind.PROMO,
        # a sports report's box of results, a ranked list after its label
        matches(
            r"(?:[\w'’-]+\s+){0,3}(?i:results|standings|line-?ups|teams|scorers|leaderboard|"
            r"classification|table)\s*:\s*1[.)]\s[^\n]*"
        ),
        (
            "STAGE 4 RESULTS: 1. Ana Ruiz (Team Sol) 4hr 51min 07sec; 2. Jo Lee +38sec.",
            "Standings: 1. Harbor FC 41 pts; 2. Rovers 38.",
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
)
