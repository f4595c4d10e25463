"""The temporal rules, one declarative unit each as HeidelTime keeps them: a name, examples of
what it finds, the pattern built from the named vocabularies of ``patterns``, how far around a
trigger word it may reach, and the words without which it cannot match.

    >>> example = RULES_BY_NAME["relunit"].examples[0]
    >>> example.text, example.value, example.reference
    ('Sales rose in the preceding month.', '2023-09', datetime.date(2023, 10, 25))

Earlier rules win ties between candidates of equal length. Every example is run by
``tests/test_temporal_rules.py``: its rule must find the expression and ``tag`` must give the
value. Which candidate becomes which value is ``normalise_*``'s job, not the rule's.
"""

from __future__ import annotations

import re

from timeline.temporal.rule_unit import EXAMPLE_REFERENCE, Example, Rule
from timeline.temporal.rules_calendar import CALENDAR_RULES
from timeline.temporal.rules_relative import RELATIVE_RULES

__all__ = ["EXAMPLE_REFERENCE", "RULES", "RULES_BY_NAME", "Example", "Rule"]

#: every rule, the calendar's first: earlier rules win ties between candidates of equal length
RULES: tuple[Rule, ...] = CALENDAR_RULES + RELATIVE_RULES


RULES_BY_NAME = {rule.name: rule for rule in RULES}
#: each rule's rank: earlier kinds win ties between candidates of equal length
RULE_PRIORITY = {rule.name: rank for rank, rule in enumerate(RULES)}
#: each rule's pattern compiled; every expression starts at the start of a word: anchoring
#: there makes a failed attempt in the middle of a word cost one character test instead of a
#: pass over every alternative
COMPILED_RULES: dict[str, re.Pattern[str]] = {
    rule.name: re.compile(rf"(?<![\w'’])(?=[\w'’])(?:{rule.pattern})") for rule in RULES
}
#: words without which a pattern cannot match: a window without them is skipped cheaply
RULE_PREFILTERS: dict[str, re.Pattern[str]] = {
    rule.name: re.compile(rf"(?i)(?:{rule.prefilter})") for rule in RULES if rule.prefilter
}
