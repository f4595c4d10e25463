"""The tense one word of a clause signals, for the tense reader (`tense.tense_around`): "will",
"plans to", "is scheduled for" look ahead; "said", "closed" look back; a present passive ("is
expected") says nothing. A timetable's verb looks ahead ("the chief leaves in January",
"Nominations close at noon") unless it is a noun ("by two runs", "the votes") or a state it was
found in ("had been found open").

    >>> word_tense(["the", "council", "will", "vote"], 2), word_tense(["shares", "fell"], 1)
    ('future', 'past')
    >>> word_tense(["nominations", "close", "at", "noon"], 1), word_tense(["the", "votes"], 1)
    ('future', None)
"""

from __future__ import annotations

from timeline.determiners import Determiner, determiner_words
from timeline.temporal.foreseeing import foresees
from timeline.temporal.vocabulary import (
    ED_NOT_PAST,
    FUTURE_CUES,
    NUMBER_WORDS,
    PAST_CUES,
    VOCABULARY,
)
from timeline.wordlists import pronouns, word_set

__all__ = ["SCHEDULE_VERBS", "past_form", "shares_future_passive", "word_tense"]

_FUTURE_WORDS = frozenset(c for c in FUTURE_CUES if " " not in c)
# "plans to", "is set to": the word before "to"
_FUTURE_BEFORE_TO = frozenset(
    c.split()[0] for c in FUTURE_CUES if len(c.split()) == 2 and c.endswith(" to")
) | {"set", "scheduled", "expected", "due"}
_ARRANGED = frozenset(VOCABULARY.arranged_participles)
_PRESENT_CUES = frozenset(VOCABULARY.present_cues)
SCHEDULE_VERBS = frozenset(VOCABULARY.schedule_verbs)
#: "can" too: "forms can be collected from Monday" is ahead, as "will be collected" is.
_MODALS = frozenset(
    {"to", "will", "would", "shall", "may", "might", "can", "could", "should", "must"}
)
#: Modals that put a bare verb ahead of the news ("the council should vote on Wednesday", "the
#: vote could take place in the first week of December"); not "may" (the month), and not
#: before "not" or "have" ("could not reach him on Monday" is a past inability).
_AHEAD_MODALS = frozenset({"should", "must", "might", "ought", "could"})
#: The numbers written in words that count a plural noun ("two runs", "three starts").
_CARDINALS = frozenset(word for word in NUMBER_WORDS if " " not in word) - {"a", "an"}


#: Words that open a noun phrase: after "to" they make it a preposition ("presented the plan to
#: the council"), not the infinitive of an intention ("plans to close").
_DETERMINERS = frozenset(
    determiner_words(Determiner.ARTICLE | Determiner.POSSESSIVE | Determiner.DEMONSTRATIVE)
)
#: ... and so do the object pronouns ("it had been promised to them in July").
_NOT_AN_INFINITIVE = _DETERMINERS | frozenset(pronouns("object"))


#: Verbs after which a past form is a state, not a past: "stay closed", "remain shut".
_LINKING = frozenset({"stay", "stays", "remain", "remains", "keep", "keeps", "get", "gets"})


#: Words after which a verb form is a noun ("the votes", "its launches"); not "that" or "this",
#: which also open a relative clause ("a ceasefire that takes effect on Sunday").
_ARTICLES_AND_POSSESSIVES = frozenset(determiner_words(Determiner.ARTICLE | Determiner.POSSESSIVE))
#: Words after which a past form is an adjective, not a verb: "any agreed plan", "the revised
#: budget", "each injured worker" ("that", "this" also open a relative clause: "the ship that
#: sailed on Monday" keeps its verb).
_ADJECTIVE_OPENERS = _ARTICLES_AND_POSSESSIVES | {"any", "every", "each", "no", "some"}
_PREPOSITIONS = word_set("prepositions.txt")


#: Words before which a past form opens a noun phrase, an adjective and no verb: a
#: preposition ("its list of protected flights", "for revised figures"), not "to" ("agreed to
#: proceed"); or a determiner (`_ADJECTIVE_OPENERS`), an adverb or adjective in "-ly" between
#: ("a daily refrigerated service", "the newly elected council").
_PARTICIPLE_OPENERS = _ADJECTIVE_OPENERS | (_PREPOSITIONS - {"to"})


#: Words that stand only before a noun, after a determiner or a count or on their own ("the
#: same", "four such", "several other"): a verb form after them is that noun.
_ONLY_BEFORE_A_NOUN = frozenset({"same", "such", "other", "several", "many", "few"})


#: Present verbs of wanting or asking whose object is told to do a thing: what is wanted of it
#: is still to come ("urges the council to vote in May").
_WANTING = frozenset({"want", "wants", "urge", "urges", "ask", "asks", "need", "needs"})


def _to_after_its_object(words: list[str], index: int) -> bool:
    """Whether an infinitive follows the object (one to three words) of the verb at `index`:
    "wants lawmakers to debate", "urges the agency to keep" (not "wants money to the region").

    >>> _to_after_its_object(["wants", "lawmakers", "to", "debate"], 0)
    True
    >>> _to_after_its_object(["want", "the", "agency", "to", "keep"], 0)
    True
    >>> _to_after_its_object(["wants", "money", "sent", "to", "the", "region"], 0)
    False
    """
    for to in range(index + 2, min(index + 5, len(words) - 1)):
        if words[to] == "to":
            return words[to + 1] not in _NOT_AN_INFINITIVE and words[to + 1].isalpha()
    return False


#: Words in "-s" that are no present with an object: a statement's verbs (what was said tells
#: its own tense), and the endings of nouns and closed-class words ("business", "bonus", "this").
_NOT_A_PRESENT = frozenset({"says", "tells"})
_POSSESSIVES = frozenset(determiner_words(Determiner.POSSESSIVE))
_SUBJECT_PRONOUNS = frozenset(pronouns("subject")) | {"that", "this"}
_NOT_A_PRESENT_ENDINGS = ("ss", "us", "is", "'s", "’s")


def _present_with_an_object(words: list[str], index: int) -> bool:
    """Whether the word at `index` is a present in "-s" with its object right after it, opened
    by a possessive ("Tarn reports its results on Thursday"), or by "the" after a subject
    pronoun ("That puts the deadline on Friday"): a thing done on a day told in the present is
    timetabled, ahead (stop 42). A plural noun is seldom followed by a possessive; it is by
    "a" ("euros a tonne"), by "the" ("sent members the figures", an appositive after a comma),
    and by "to" ("talks to end the strike"). Not after an article or a count ("the reports").

    >>> _present_with_an_object(["that", "puts", "the", "deadline"], 1)
    True
    >>> _present_with_an_object(["members", "the", "figures"], 0)
    False
    >>> _present_with_an_object(["euros", "a", "tonne"], 0)
    False
    >>> _present_with_an_object(["talks", "to", "end"], 0)
    False
    >>> _present_with_an_object(["the", "reports", "its"], 1)
    False
    >>> _present_with_an_object(["sales", "in"], 0), _present_with_an_object(["says", "the"], 0)
    (False, False)
    """
    word = words[index]
    if len(word) < 4 or not word.endswith("s") or word.endswith(_NOT_A_PRESENT_ENDINGS):
        return False
    if word in _NOT_A_PRESENT or index + 1 >= len(words) or _singular_noun(words, index):
        return False
    following = words[index + 1]
    if following == "the":
        return index > 0 and words[index - 1] in _SUBJECT_PRONOUNS
    return following in _POSSESSIVES


def _singular_noun(words: list[str], index: int) -> bool:
    """Whether the verb form at `index` is a noun: a bare form after "a" or "an" ("a coal
    face", "an open": no verb agrees with "a" in its bare form), or a plural after a count
    ("by 43 runs", "two starts": `tense._words` writes a figure before it as "two").

    >>> _singular_noun(["through", "a", "coal", "face"], 3), _singular_noun(["sides", "meet"], 1)
    (True, False)
    >>> _singular_noun(["by", "two", "runs"], 2), _singular_noun(["the", "show", "runs"], 2)
    (True, False)

    A form right after a determiner is a noun too: no verb follows "the" or "its" ("the votes
    on Tuesday were counted", "its launches in May").

    >>> _singular_noun(["the", "votes"], 1), _singular_noun(["council", "votes"], 1)
    (True, False)

    So is a form after a word that stands only before a noun ("the same face", "four such
    runs", "several other plays"; stop 42).

    >>> _singular_noun(["on", "the", "same", "face"], 3), _singular_noun(["such", "runs"], 1)
    (True, True)
    """
    if index > 0 and words[index - 1] in _ARTICLES_AND_POSSESSIVES | _ONLY_BEFORE_A_NOUN:
        return True
    if words[index].endswith("s"):
        return index > 0 and words[index - 1] in _CARDINALS
    return bool({"a", "an"} & set(words[max(0, index - 2) : index]))


#: Plural timetable verbs that are also nouns or adjectives ("a close race", "the play"): a
#: verb only right before when it happens ("Entries close at noon", "they play away on").
_BARE_TIMETABLE = frozenset({"close", "play", "start", "finish", "go"})
_WHEN_WORDS = frozenset(
    {"at", "on", "in", "for", "from", "early", "late", "away", "today", "tomorrow"}
)


def _bare_timetable(words: list[str], index: int) -> bool:
    """Whether the word at `index` is a plural timetable verb: one of `_BARE_TIMETABLE` after a
    subject (no determiner, "to" or modal right before it) and right before a word of when or
    where it happens, or the expression itself.

    >>> _bare_timetable(["nominations", "close", "at", "noon"], 1)
    True
    >>> _bare_timetable(["in", "close", "contact"], 1), _bare_timetable(["the", "play"], 1)
    (False, False)
    >>> _bare_timetable(["did", "not", "start", "on"], 2)
    False
    """
    if words[index] not in _BARE_TIMETABLE or index == 0:
        return False
    previous = words[index - 1]
    if previous in _ADJECTIVE_OPENERS or previous in _MODALS or previous in ("in", "not", "a"):
        return False
    if _complement(words, index):
        return False
    following = words[index + 1] if index + 1 < len(words) else ""
    return following == "" or following in _WHEN_WORDS


#: A passive's auxiliary: a bare form two words after it completes its participle ("were let
#: go"), no verb with a subject of its own.
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "be", "been", "being", "is", "are"})


def _complement(words: list[str], index: int) -> bool:
    """Whether the bare form at `index` has no subject of its own: it completes a passive's
    participle ("85 staff were let go on Friday"), or ends a noun phrase after a preposition,
    the noun before it singular ("after the market close on Monday": a plural verb agrees with
    no singular noun).

    >>> _complement(["staff", "were", "let", "go"], 3), _complement(["unions", "go"], 1)
    (True, False)
    >>> _complement(["after", "the", "market", "close"], 3)
    True
    >>> _complement(["on", "sunday", "the", "hawks", "play"], 4)
    False
    """
    if index >= 2 and words[index - 2] in _PASSIVE_AUXILIARIES:
        return True
    return (
        index >= 3
        and words[index - 2] in _ARTICLES_AND_POSSESSIVES
        and words[index - 3] in _PREPOSITIONS
        and not words[index - 1].endswith("s")
    )


def past_form(word: str) -> bool:
    """Whether `word` is a past form: "fell", "found", "closed" (not "last", "since").

    >>> past_form("fell"), past_form("closed"), past_form("since"), past_form("need")
    (True, True, False, False)
    """
    return word in _PAST_FORMS or (
        len(word) > 3 and word.endswith("ed") and word not in ED_NOT_PAST
    )


_PAST_FORMS = PAST_CUES - {"last", "since", "ago", "earlier", "has", "have", "had"}


def _after_a_past_form(words: list[str], index: int) -> bool:
    """Whether the timetable form at `index` follows a past form, as a state it was found or
    left in ("had been found open", "was left open"): no timetable.

    >>> _after_a_past_form(["found", "open"], 1), _after_a_past_form(["shop", "opens"], 1)
    (True, False)
    """
    return index > 0 and past_form(words[index - 1])


def _after_did(words: list[str], index: int) -> bool:
    """Whether the bare form at `index` follows "did" ("did not arrive", "didn't open", "did
    arrive"): a past, not a timetable.

    >>> _after_did(["did", "not", "arrive"], 2), _after_did(["will", "not", "arrive"], 2)
    (True, False)
    """
    before = words[max(0, index - 2) : index]
    if before and before[-1] in ("not", "never"):
        before = before[:-1]
    return bool(before) and before[-1] in ("did", "didn't", "didn’t")


#: Words after which "last" says which one, not when: "his last term", "the third and last
#: stage", "its last match".
_LAST_AS_ADJECTIVE = _ADJECTIVE_OPENERS | {"and", "or", "the"}


#: Verbs whose past is their bare form ("forecast", "cut", "set", "put", "let"), of which a past
#: is told by a singular subject pronoun right before it: its present would end in "-s".
UNMARKED_PASTS = frozenset({"forecast", "cut", "set", "put", "let", "hit", "cost", "quit"})
_SINGULAR_SUBJECTS = frozenset(pronouns("subject", person="third", number="singular"))


def _unmarked_past(words: list[str], index: int) -> bool:
    """Whether the word at `index` is the past of a verb whose past is its bare form, after
    "he", "she" or "it" (the present would be "forecasts", "cuts"): "down from the ¥10,200
    million it forecast in May" is May before the news day.

    >>> _unmarked_past(["it", "forecast", "in"], 1), _unmarked_past(["they", "forecast"], 1)
    (True, False)
    >>> _unmarked_past(["he", "cuts"], 1)
    False
    """
    return words[index] in UNMARKED_PASTS and index > 0 and words[index - 1] in _SINGULAR_SUBJECTS


def foretells(words: list[str], index: int) -> bool:
    """Whether the word at `index` is a past form of foreseeing with its object after it
    (`foreseeing.foresees`): a time told after it is still ahead, but a time told before its
    subject, opening the sentence, is when the foreseeing was done ("In May, the company
    forecast a profit": May before the news day; `tense.tense_around`).

    >>> foretells(["the", "company", "forecast", "a", "profit"], 2)
    True
    >>> foretells(["its", "forecast", "for"], 1)
    False
    """
    return foresees(words, index, _ADJECTIVE_OPENERS)


#: Words that cannot be the noun an adjective opens: a preposition, a determiner, a pronoun,
#: a word that joins clauses ("for 1972-73 appeared in": the figure is dropped from the words,
#: and "appeared" stays a verb).
_NO_NOUN = (
    _PREPOSITIONS
    | _DETERMINERS
    | frozenset(pronouns("subject"))
    | frozenset(pronouns("object"))
    | {"and", "or", "but", "that", "which", "who", "as", "than", "not"}
)


def _noun_after(words: list[str], index: int) -> bool:
    """Whether a word that may be a noun follows the word at `index`: "of protected flights",
    not "for appeared in" nor a past form right before the expression.

    >>> _noun_after(["of", "protected", "flights"], 1), _noun_after(["for", "appeared", "in"], 1)
    (True, False)
    >>> _noun_after(["for", "revised"], 1)
    False
    """
    following = words[index + 1] if index + 1 < len(words) else ""
    return following.isalpha() and following not in _NO_NOUN


def word_tense(words: list[str], index: int) -> str | None:
    """The tense a word signals: "will", "plans to", "to be held" -> future; "said",
    "confirmed" -> past; a present passive ("is expected") or anything else -> None."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else ""
    if word in _FUTURE_WORDS or word.endswith(("'ll", "’ll")):
        return "future"
    if word in _AHEAD_MODALS and following not in ("have", "not", "n't", "never"):
        return "future"  # "should vote", "might resign"; not "should have voted"
    after_to = words[index + 2] if index + 2 < len(words) else ""
    if following == "to" and word in _FUTURE_BEFORE_TO and after_to not in _NOT_AN_INFINITIVE:
        return "future"  # "plans to close"; not "presented the plan to the council", "to them"
    if _present_with_an_object(words, index):
        return "future"  # "Rival Tarn reports its results on Thursday": a timetable's present
    if word in _WANTING and _to_after_its_object(words, index):
        return "future"  # "wants lawmakers to debate it in the spring": what is wanted, ahead
    if word in ("plans", "plan") and following in _DETERMINERS and not _singular_noun(words, index):
        return "future"  # "the alliance plans a second flight on Friday": arranged
    if word in _ARRANGED and index > 0 and words[index - 1] in ("is", "are", "am"):
        return "future"  # "is scheduled for", "are planned for": arranged, so ahead
    if word in SCHEDULE_VERBS and _after_did(words, index):
        return "past"  # "the approval did not arrive until August": the past's bare form
    if word in SCHEDULE_VERBS and _after_a_past_form(words, index):
        return None  # "had been found open after hours": a state, the verb before tells
    if word in SCHEDULE_VERBS and not _singular_noun(words, index):
        return "future"  # a timetable: "which ends on June 26", "the chief leaves in January"
    if _bare_timetable(words, index):
        return "future"  # "Nominations close at noon on Monday", "the Hawks play on Sunday"
    if word in _PRESENT_CUES:
        return "present"  # "the vote is on Friday", "sales in January are up"
    if word == "last" and index > 0 and words[index - 1] in _MODALS:
        return "future"  # "a heatwave that will last until Friday": the verb, not "last week"
    if word == "last" and index > 0 and words[index - 1] in _LAST_AS_ADJECTIVE:
        return None  # "will begin his third and last term on June 30": which one, not when
    if foresees(words, index, _ADJECTIVE_OPENERS):
        return "future"  # "said they expected a cut in the third quarter": still ahead
    if _unmarked_past(words, index):
        return "past"  # "the profit it forecast in May": "it forecasts" were the present
    if word in PAST_CUES or (len(word) > 3 and word.endswith("ed") and word not in ED_NOT_PAST):
        back = 1
        if index > 1 and words[index - 1].endswith("ly"):
            back = 2  # "is officially reported": the adverb stands between
        previous = words[index - back] if index >= back else ""
        if previous == "be":
            before = words[index - back - 1] if index > back else ""
            if before == "to" and index > back + 1 and words[index - back - 2] == "had":
                return "past"  # "had to be received by Monday": a past obligation
            return "future" if before in _MODALS else None  # "to be held", "will be released"
        if previous == "been":
            earlier = words[max(0, index - back - 3) : index - back]
            return "future" if _FUTURE_WORDS.intersection(earlier) else "past"  # "will have been"
        if previous in ("is", "are", "am", "being"):
            return None  # a present passive says nothing about when
        if previous in _LINKING:
            return None  # "will stay closed on Thursday": a state, the verb before tells
        if previous in _PARTICIPLE_OPENERS and word not in PAST_CUES and _noun_after(words, index):
            # "would put any agreed plan to a meeting in the autumn", "will publish its list
            # of protected flights on Monday", "will start a daily refrigerated service on
            # Monday": an adjective, no verb
            return None
        return "past"
    return None


def shares_future_passive(words: list[str], index: int) -> bool:
    """Whether the participle at `index` is coordinated, with no subject of its own, after a
    passive that looks ahead, and so shares its auxiliary: "Mail will be sorted overnight and
    delivered on Monday" (will be delivered), "the ballots are to be counted and published on".

    >>> shares_future_passive(["will", "be", "sorted", "overnight", "and", "delivered"], 5)
    True
    >>> shares_future_passive(["was", "sorted", "and", "delivered"], 3)
    False
    >>> shares_future_passive(["will", "be", "sorted", "and", "they", "delivered"], 5)
    False

    A first participle with no ending of its own ("cut", "built", "sold") is no cue; the modal
    before its "be" is (stop 35): "The core would be cut and shipped north in April".

    >>> shares_future_passive(["would", "be", "cut", "and", "shipped"], 4)
    True
    >>> shares_future_passive(["had", "to", "be", "cut", "and", "shipped"], 5)
    False
    """
    if index < 2 or words[index - 1] not in ("and", "or") or not words[index].endswith("ed"):
        return False
    if index >= 4 and words[index - 3] == "be" and words[index - 4] in _MODALS:
        # "would be cut and shipped", "is to be sold and delivered"; not "had to be cut and"
        return not (words[index - 4] == "to" and index >= 5 and words[index - 5] == "had")
    for earlier in range(index - 2, -1, -1):
        tense = word_tense(words, earlier)
        if tense is not None:
            return tense == "future" and earlier > 0 and words[earlier - 1] == "be"
    return False
