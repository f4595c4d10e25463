"""A past form of foreseeing with its object looks ahead: "said they expected a first cut in
the third quarter", written in March, is this year's third quarter; what was foreseen is still
to come at the news day. Not a past perfect or a passive ("had expected", "was forecast"), a
comparison ("than analysts expected", "as predicted") nor a noun ("the agency's forecast",
"its forecast for"). The word reader (`word_tense.word_tense`) asks it of each word.

    >>> from timeline.temporal.tense import clause_tense
    >>> text = "Brokers said they expected a cut in March."
    >>> clause_tense(text, 35, 40)
    'future'
"""

from __future__ import annotations

from timeline.temporal.vocabulary import VOCABULARY

__all__ = ["foresees"]

_FORESEEING = frozenset(VOCABULARY.foreseeing_verbs)
#: Words right before the form that make it no verb of its own foreseeing what is ahead: a past
#: perfect or a passive ("had expected", "was forecast"), a comparison ("than expected", "as
#: predicted").
_AUXILIARIES = frozenset({"had", "was", "were", "is", "are", "be", "been", "being", "did"})
_COMPARISONS = frozenset({"than", "as"})
#: Words after the form that make it a noun or a passive's agent: "the forecast for",
#: "predicted by"; or nothing after it.
_NOUN_AFTER = frozenset({"for", "of", "by", "in", "on", "at", ""})


def foresees(words: list[str], index: int, adjective_openers: frozenset[str]) -> bool:
    """Whether the word at `index` of `words` (lower case) is a past form of foreseeing whose
    object is ahead; `adjective_openers` are the determiners after which a past form is an
    adjective ("the expected cut").

    >>> openers = frozenset({"the", "its", "a"})
    >>> foresees(["they", "now", "expected", "a", "cut"], 2, openers)
    True
    >>> foresees(["had", "expected", "a", "cut"], 1, openers)
    False
    >>> foresees(["than", "analysts", "expected", "a"], 2, openers)
    False
    >>> foresees(["its", "forecast", "for"], 1, openers)
    False
    >>> foresees(["the", "widely", "expected", "cut"], 2, openers)
    False
    """
    if words[index] not in _FORESEEING:
        return False
    following = words[index + 1] if index + 1 < len(words) else ""
    if following in _NOUN_AFTER:
        return False
    before = [w for w in words[max(0, index - 3) : index] if w not in ("not", "never", "n't")]
    before = [w for w in before if not w.endswith("ly")]  # "widely expected"
    if before and (
        before[-1] in _AUXILIARIES
        or before[-1] in _COMPARISONS
        or before[-1] in adjective_openers
        or before[-1].endswith(("'s", "’s", "s'", "s’"))  # "the agency's forecast offers"
    ):
        return False
    return not _COMPARISONS & set(before)
