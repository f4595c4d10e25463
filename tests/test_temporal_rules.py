"""Every example of every temporal rule (timeline/temporal/rules_calendar.py and
rules_relative.py): its rule finds the expression, and tag gives the value the rule says."""

from __future__ import annotations

import pytest

from timeline.temporal import tag
from timeline.temporal.detect import candidates_in
from timeline.temporal.rules import RULES, Example, Rule
from timeline.temporal.triggers import RULE_WINDOWS

EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.name}: {example.text}")
    for rule in RULES
    for example in rule.examples
]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_example(rule: Rule, example: Example) -> None:
    narrative = example.reference is None
    kinds = {candidate.kind for candidate in candidates_in(example.text, narrative)}
    assert rule.name in kinds, f"{rule.name} did not find its example (found {sorted(kinds)})"
    values = [timex.value for timex in tag(example.text, example.reference)]
    assert example.value in values


def test_every_rule_has_a_unique_name_and_a_window() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert set(names) <= set(RULE_WINDOWS)
