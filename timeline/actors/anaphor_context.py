"""The words around an anaphor ("the company", "the museum", "It") that tell whether it is
the organisation acting: the object of a verb, a place after a preposition, the owner of a
thing or of its people, a word describing a noun after it; where a sentence opens, an empty
"It is expected that", and the start of the sentence before it and the organisation that is
its subject.

    >>> acting("the museum acquired it", 0, 10), object_of_a_verb("fined the firm", 6, 14)
    (True, True)
"""

from __future__ import annotations

import re
from functools import cache

from timeline.actors.mention import ActorMention
from timeline.actors.modifiers import VERB_AFTER
from timeline.actors.vocabulary import (
    finite_verbs,
    organisation_words,
    place_prepositions,
    prepositions,
    titles,
)
from timeline.sentences import abbreviations, sentence_openers
from timeline.wordlists import longest_alternation, word_list, word_set

#: Where a sentence opens.
OPENING = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=[.!?]\s[\"”]\s)|(?<=\n))"
#: A short phrase of time set in front of a subject "it" ("In 2007 it carried", "Last month
#: it raised", "At 7:15 a.m. it told"): the "it" is the sentence's subject as an "It" opening
#: it would be. No full stop and a space inside, no quotation mark or comma but at its end.
#: So is a participle's phrase of what the subject is ("Founded in 2011 and headquartered in
#: Basel, it has 86 employees"; up to 80 characters, closed by a comma) and an adverb of time
#: alone ("Now it is fighting").
_FRONTING_WORDS = "In|At|On|By|Last|This|Earlier|Later|Since|During|After"
_FRONTING_PARTICIPLES = "Founded|Headquartered|Established|Incorporated|Formed|Listed|Based"
_FRONTING_ADVERBS = "Now|Today|Meanwhile|Instead"
FRONTED_IT = (
    rf"(?P<fronted>(?:{_FRONTING_WORDS})\s+"
    r"(?:(?!\.\s)[^,;:!?\"“”\n]){1,30}?\.?,?\s+"
    rf"|(?:{_FRONTING_PARTICIPLES})\s+(?:(?!\.\s)[^,;:!?\"“”\n]){{1,80}}?,\s+"
    rf"|(?:{_FRONTING_ADVERBS}),?\s+)(?P<low>it)"
)
#: Set before `OPENING` in a pattern of a sentence that opens with "It", "The" or a phrase of
#: `FRONTED_IT`: one of their first letters stands where such a match starts, a test a search
#: makes at every position far more cheaply than `OPENING`'s look-behinds (the same matches,
#: in a third of the time).
_FIRST_LETTERS = {
    word[0]
    for words in (_FRONTING_WORDS, _FRONTING_PARTICIPLES, _FRONTING_ADVERBS, "It|The")
    for word in words.split("|")
}
IT_OR_THE_AHEAD = "(?=[" + "".join(sorted(_FIRST_LETTERS)) + "])"
#: "It is expected that ...", "It was announced that ...": an empty "it", no antecedent (not
#: "It is fighting to stay": a verb in -ing has a subject). So
#: is the "it" that counts the event just told: "It is the second recall this month", "It
#: was the worst accident since 1989" (not "It is the second-largest lender").
EXPLETIVE_IT = re.compile(
    r"It\s+(?:(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|appears|"
    r"appeared)\s+(?:not\s+)?(?:(?!\w+ing\s)\w+\s+)?(?:that|to|whether|if|how|why|when)\b|"
    r"(?:is|was)\s+(?:also\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|worst|deadliest)\b(?!-))"
)
#: A restrictive relative clause after an anaphor's noun: "the company that pays least", a
#: company in general (or one the clause picks), not the one just named.
RESTRICTIVE = re.compile(r"\s+(?:that|who)\s+[a-z]")
#: How far back (characters) "the store" looks for the name it shortens.
THING_REACH = 400
#: An "it" antecedent is its sentence's subject: named within this many characters of its start.
SUBJECT_REACH = 40
#: The words after a possessive anaphor: a title makes it a person's ("The company's chief
#: executive said"), whose name the sentence gives or the person anaphora resolves.
WORDS_AFTER = re.compile(r"\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")


#: A verb in -ed or -s right before an anaphor: "fined", "started", "runs" (not "across").
_PAST_VERB_BEFORE = re.compile(r"\b[a-z]+(?:ed|[^s]s)\s+$")


def object_of_a_verb(text: str, start: int, end: int) -> bool:
    """Whether the anaphor `text[start:end]` is the object of a verb in -ed or -s before it,
    with no verb of its own after it: "Regulators fined the company 2 million", "Ostmark runs
    the hospital and", not "announced the company would close".

    >>> text = "Regulators fined the company in May; Ana announced the company would close."
    >>> object_of_a_verb(text, 17, 28), object_of_a_verb(text, 51, 62)
    (True, False)

    So is one after a verb's bare form after a modal or "to": "the growers would urge the
    company to wait".

    >>> object_of_a_verb("the growers would urge the company to wait", 23, 34)
    True
    """
    if (
        _PAST_VERB_BEFORE.search(text, max(0, start - 20), start) is None
        and _BARE_VERB_BEFORE.search(text, max(0, start - 30), start) is None
    ):
        word = _PREPOSITION_BEFORE.search(text, max(0, start - 20), start)
        if word is None or word.group(1) not in _object_verbs():
            return False  # "told the committee that": an irregular past takes it too
    after = _LOWER_CASE_AFTER.match(text, end)
    return after is None or not VERB_AFTER.fullmatch(after.group(1))


@cache
def _object_verbs() -> frozenset[str]:
    """Irregular verbs that take an object (`data/finite_verbs.txt`, "told", "sold", "met"),
    not an auxiliary or a verb of saying, which a clause follows ("said the company would")."""
    return frozenset(
        word
        for word in word_list("finite_verbs.txt")
        if not VERB_AFTER.fullmatch(word) and word not in {"am", "shall"}
    )


#: A verb's bare form after a modal or "to", right before an anaphor: "would ask", "to
#: urge" (not "would be").
_BARE_VERB_BEFORE = re.compile(
    r"\b(?:would|will|could|should|must|may|might|can|cannot|to)\s+(?!be\s)[a-z]{2,}\s+$"
)
#: The word before and the word after "the museum".
_PREPOSITION_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_LOWER_CASE_AFTER = re.compile(r"\s+([a-z]+)\b")


def after_place_preposition(text: str, start: int) -> bool:
    """Whether a preposition of place (`data/place_prepositions.txt`) stands right before
    `start`: "in Cartagena", a place, though the model took the name for a person.

    >>> after_place_preposition("spoke in Cartagena", 9), after_place_preposition("Ana said", 0)
    (True, False)
    """
    before = _PREPOSITION_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1) in place_prepositions()


def acting(text: str, start: int, end: int) -> bool:
    """Whether "the museum" at `text[start:end]` is the organisation acting, not a place after
    a preposition of place ("outside the court"; `data/place_prepositions.txt`) nor a word
    describing the lower-case noun after it ("the council chamber"); a verb, an adverb or a
    function word may follow ("the centre, which", "the museum said", "the court ruled"; an
    irregular verb, "the museum bought", is not told from a noun).

    >>> acting("said the centre, which", 5, 15), acting("the museum acquired it", 0, 10)
    (True, True)
    >>> acting("outside the court today", 8, 17), acting("the council chamber", 0, 11)
    (False, False)

    An adverb of time may stand before the verb (`data/verb_adverbs.txt`): "The river last
    flooded the town", not "the council last year".

    >>> acting("The river last flooded the town", 0, 9), acting("the council last year", 0, 11)
    (True, False)

    An irregular past of `data/finite_verbs.txt` is a verb there too ("Last season the
    co-operative paid", "the judge told him"), unless it is also its verb's base, which may
    be a noun ("the budget cut", "the film set": `irregular_pasts`).

    >>> acting("the co-operative paid $3", 0, 16), acting("the budget cut", 0, 10)
    (True, False)
    """
    before = _PREPOSITION_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1) in place_prepositions():
        return False
    after = _LOWER_CASE_AFTER.match(text, end)
    if after is None:
        return True
    word = after.group(1)
    if word in word_set("verb_adverbs.txt"):  # "The river last flooded the town"
        verb = _LOWER_CASE_AFTER.match(text, after.end())
        return verb is not None and VERB_AFTER.fullmatch(verb.group(1)) is not None
    return bool(
        VERB_AFTER.fullmatch(word)
        or word.endswith(("s", "ly"))
        or word in _function_words()
        or word in irregular_pasts()
    )


@cache
def irregular_pasts() -> frozenset[str]:
    """The irregular pasts of `data/finite_verbs.txt` ("paid", "sold", "told"; with the odd
    modal, "shall"): its words not in "-s", not read by `VERB_AFTER` already, whose "-s"
    form it does not list as well ("cut" and "cuts": a base, which may be a noun, "the
    budget cut").

    >>> "paid" in irregular_pasts(), "cut" in irregular_pasts(), "says" in irregular_pasts()
    (True, False, False)
    """
    verbs = finite_verbs()
    return frozenset(
        word
        for word in verbs
        if not word.endswith("s") and word + "s" not in verbs and not VERB_AFTER.fullmatch(word)
    )


@cache
def _function_words() -> frozenset[str]:
    """Function words in lower case ("which", "and"): no noun a head word describes."""
    return frozenset(word.casefold() for word in sentence_openers())


@cache
def _member_nouns() -> frozenset[str]:
    """Nouns of an organisation's people ("directors", "staff"): `data/member_nouns.txt`."""
    return word_set("member_nouns.txt")


def members_after(text: str, end: int) -> bool:
    """Whether the organisation's people follow a possessive: "Its seamen", "Its own staff".

    >>> members_after("Its seamen will be paid.", 3), members_after("Its shares fell.", 3)
    (True, False)
    """
    after = WORDS_AFTER.match(text, end)
    if after is None:
        return False
    return after.group(1).casefold() in _member_nouns() or (
        after.group(1).islower() and (after.group(2) or "").casefold() in _member_nouns()
    )


#: A possessive's noun set off by a name in apposition: " founder, Mara Quist,", " largest
#: shareholder, Tarsk's Vella Capital,", " predecessor, Kite-1,".
_APPOSED_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+[A-Z]")


def apposed_name_after(text: str, end: int) -> bool:
    """Whether the noun after a possessive ("Its") is set off by a name in apposition: the
    person or thing so named is the sentence's subject, not the owner ("Its founder, Mara
    Quist, began ...", "Its predecessor, Kite-1, was launched ..."); "Its latest outlook,
    published on Friday," names none.

    >>> apposed_name_after("Its founder, Mara Quist, began collecting.", 3)
    True
    >>> apposed_name_after("Its latest outlook, published on Friday, gives hope.", 3)
    False
    >>> apposed_name_after("Its shares fell.", 3)
    False
    """
    return _APPOSED_NAME.match(text, end) is not None


def owner_of_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the possessive `text[start:end]` ("Its", "The company's") owns a thing, not a
    title: "Its shares fell", not "The company's chief executive said".

    >>> owner_of_a_thing("Its shares fell.", 0, 3)
    True
    >>> owner_of_a_thing("The company's chief executive said so.", 0, 13)
    False
    >>> owner_of_a_thing("The bank's directors were not reached.", 0, 10)
    False
    >>> owner_of_a_thing("The firm's works council said so.", 0, 10)
    False
    """
    after = WORDS_AFTER.match(text, end)
    if after is None:
        return False
    first, second = after.group(1).casefold(), (after.group(2) or "").casefold()
    if first in titles() or f"{first} {second}" in titles() or first == "chief":
        return False
    # "The bank's directors", "The company's works council", "The board's acting director
    # general": the organisation's people act, not the organisation
    people = _member_nouns() | organisation_words() | titles()
    return not (first in _member_nouns() or second in people)


#: A sentence's end: a stop and a space before no lower-case word ("Mesabi Data Systems
#: Inc. could sell" goes on; a brand in its own case, "iPhone 4 will ship", opens one), or a
#: line break. The one of the four near-twins (with `not_actors`, `acting_letters`,
#: `parties`) that reads the word after the stop; no closing quote after the stop.
_SENTENCE_END = re.compile(r"[.!?]\s(?!\s*[a-z]+\b)|\n")


def sentence_start(text: str, position: int) -> int:
    """Start of the sentence that ends just before `position`, looking back at most
    `THING_REACH` characters: after the last ". ", "! ", "? " before no lower-case word, or
    the last line break.

    A plain rule, not `timeline.sentences.split_sentences`: the two disagree on five "It"s
    of the bundled corpora (the regex cuts after the initials of "P. G. T. Beauregard." and
    inside a spaced quote `limit. " It`; the splitter takes "the Year I." for an initial), and
    with the splitter the event tables change (`benchmarks/snapshot.py`).

    >>> sentence_start("One. Two grew. It fell.", 15)
    5
    >>> sentence_start("One. Orlo Inc. grew. It fell.", 21)
    5
    >>> sentence_start("One. iPhone 4 grew. It fell.", 20)
    5
    >>> sentence_start("One. Orlo paid on Oct. 20. It fell.", 27)
    5
    """
    window_start = max(0, position - THING_REACH)
    window = text[window_start : max(window_start, position - 2)]
    stops = {m.end() for m in _abbreviation_stops().finditer(window)}
    found = [m for m in _SENTENCE_END.finditer(window) if m.start() not in stops]
    return window_start + found[-1].end() if found else window_start


@cache
def _abbreviation_stops() -> re.Pattern[str]:
    """An abbreviation whose stop comes before a figure (`sentences.abbreviations`): the stop
    ends no sentence ("paid on Oct. 20 the", "the No. 4 seed"; stop 38).

    >>> [m.group() for m in _abbreviation_stops().finditer("On Oct. 20. Then Sept. 3 and No. 4.")]
    ['Oct', 'Sept', 'No']
    """
    return re.compile(
        r"\b(?:" + longest_alternation(abbreviations()) + r")(?=\.\s\d)", re.IGNORECASE
    )


#: Where a sentence opens, tested at a position.
_SENTENCE_OPENING = re.compile(OPENING)


#: A passive verb after a subject: " was announced", " has been sold", " were quickly bought".
_PASSIVE_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+(?:ed|en|wn|ght|ld|lt)\b"
)


def subject_of_previous(
    text: str, start: int, mentions: list[ActorMention], organisations: list[ActorMention]
) -> ActorMention | None:
    """The organisation opening (within `SUBJECT_REACH` characters) the sentence before the
    anaphor's at `start`, when the anaphor's own sentence names no organisation before it:
    the subject the story goes on with, over an organisation named after it ("Corvane bought
    Delmar Flow. The company expects ...": Corvane).

    >>> corvane = ActorMention(0, 7, "Corvane", "Corvane", "organisation")
    >>> delmar = ActorMention(15, 21, "Delmar", "Delmar", "organisation")
    >>> text = "Corvane bought Delmar. The company grew."
    >>> subject_of_previous(text, 23, [corvane, delmar], [corvane, delmar]).name
    'Corvane'
    """
    own = start if _SENTENCE_OPENING.match(text, start) else sentence_start(text, start)
    if organisations and organisations[-1].end > own:
        return None  # "Ana sold Orlo to Bex, the company said": named in its own sentence
    return _opening_subject(text, sentence_start(text, own), own, mentions, organisations)


def subject_of_named(
    text: str, named: ActorMention, mentions: list[ActorMention], organisations: list[ActorMention]
) -> ActorMention | None:
    """The organisation opening the sentence in which `named` stands after it, as its
    subject (`subject_of_previous`'s rules): the buyer the story goes on with, not the one
    bought, when a sentence naming neither stands between ("Orlo agreed to buy studio Vell.
    The deal closes in June. Its chief said the company ...": Orlo; stop 47, helper
    `referents`). None when `named` opens its sentence itself.

    >>> orlo = ActorMention(0, 4, "Orlo", "Orlo", "organisation")
    >>> vell = ActorMention(24, 28, "Vell", "Vell", "organisation")
    >>> text = "Orlo agreed to buy studio Vell. The deal closes in June."
    >>> subject_of_named(text, vell, [orlo, vell], [orlo, vell]).name
    'Orlo'
    """
    subject = _opening_subject(
        text, sentence_start(text, named.start + 2), named.start, mentions, organisations
    )
    return subject if subject is not None and subject.name != named.name else None


def _opening_subject(
    text: str,
    previous: int,
    own: int,
    mentions: list[ActorMention],
    organisations: list[ActorMention],
) -> ActorMention | None:
    """The organisation opening the sentence starting at `previous`, before `own`, as its
    subject: not after a preposition or a verb, nor before a passive."""
    cut = next((m for m in mentions if m.start < previous <= m.end + 1), None)
    if cut is not None:  # "Hanazono Co. said ...": a name's point ends no sentence
        previous = sentence_start(text, cut.start + 2)  # the sentence the name opens or is in
    opening = next((m for m in mentions if previous <= m.start < own), None)
    dateline = _dateline_end(text, previous, opening)
    if dateline is not None:  # "Bangalore: Kaveri Softech Ltd reported ...": the company
        previous = dateline
        opening = next((m for m in mentions if previous <= m.start < own), None)
    if opening is None or opening.start - previous > SUBJECT_REACH:
        return None
    # after the phrase set off by a comma ("In August, Corvane bought ...")
    words = text[previous : opening.start].rsplit(",", 1)[-1].split()
    if prepositions().intersection(w.casefold() for w in words):
        return None  # "Production of Kazenon-S was halted", "In a speech at ...": no subject
    if verb_before(text, previous, opening.start):
        return None  # "The board has asked the OPW to ...": the name is its object
    if _PASSIVE_AFTER.match(text, opening.end):
        return None  # "Mac OS X Lion was announced": the thing done, not the one doing it
    return opening if any(o is opening for o in organisations) else None


#: A dateline's end after its place: "Bangalore: ", "QUITO, Ecuador (CPS) -- " (stop 32).
_DATELINE_AFTER = re.compile(r"(?:,\s+[A-Z][\w.]*)?(?:\s+\([^()\n]{1,30}\))?(?::|\s+[-–—]{1,2})\s+")


def _dateline_end(text: str, start: int, opening: ActorMention | None) -> int | None:
    """Where the words after a dateline begin, when `opening`, the first name of the
    paragraph starting at `start`, is a dateline's place: a place is no subject.

    >>> text = "Bangalore: Kaveri Ltd reported a profit."
    >>> _dateline_end(text, 0, ActorMention(0, 9, "Bangalore", "Bangalore", "person"))
    11
    >>> kaveri = ActorMention(11, 21, "Kaveri Ltd", "Kaveri Ltd", "organisation")
    >>> print(_dateline_end(text, 0, kaveri))
    None
    """
    if opening is None or opening.start != start or (start and text[start - 1] != "\n"):
        return None
    after = _DATELINE_AFTER.match(text, opening.end)
    return after.end() if after is not None else None


def verb_before(text: str, start: int, end: int) -> bool:
    """Whether a verb (`modifiers.VERB_AFTER`: an auxiliary, a verb in -ed, "said") stands
    in `text[start:end]`, before a name opening a sentence: the name is no subject then.

    >>> text = "The committee has asked the OPW to act."
    >>> verb_before(text, 0, 28), verb_before("Osaka-based drugmaker Acme said", 0, 22)
    (True, False)
    """
    return any(VERB_AFTER.fullmatch(word.strip(",;:")) for word in text[start:end].split())


#: Prepositions after which an anaphor is still who acts: "by the company" (a passive's agent),
#: "according to the company" (the source).
_AGENT_PREPOSITIONS = frozenset({"by"})
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$")
#: A relative clause whose subject the anaphor is: ", which will pay".
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|who)\b")


def after_a_preposition(text: str, start: int, end: int) -> bool:
    """Whether the anaphor `text[start:end]` stands after a preposition, the thing a verb is
    done to or with, no actor: "a stake in the company", "11 years with the company"; not
    "by the company" nor "according to the company", nor before a verb ("Shares in the
    company fell", "since the company listed") or a relative clause ("to the company, which
    will pay").

    >>> text = "He took a stake in the company. It was run by the company."
    >>> after_a_preposition(text, 19, 30), after_a_preposition(text, 46, 57)
    (True, False)
    >>> after_a_preposition("since the company listed", 6, 17)
    False
    """
    before = _PREPOSITION_BEFORE.search(text, max(0, start - 20), start)
    if before is None or before.group(1) not in prepositions():
        return False
    if before.group(1) in _AGENT_PREPOSITIONS:
        return False
    if _ACCORDING_TO.search(text, max(0, start - 20), start) is not None:
        return False
    if _RELATIVE_AFTER.match(text, end):
        return False
    after = _LOWER_CASE_AFTER.match(text, end)
    # a verb of its own after it: "Shares in the company fell", "after the airline withdrew a
    # freighter"; not a noun it describes nor a time ("at the company dormitory", "from the
    # company next week": stop 38)
    return after is None or not _reads_as_a_verb(after.group(1))


def _reads_as_a_verb(word: str) -> bool:
    """Whether a lower-case word after an anaphor may be its verb: an auxiliary or a past in
    "-ed" (`VERB_AFTER`), a verb of `data/finite_verbs.txt`, a present in "-s", a past in
    "-ew" ("withdrew", "grew"), or a participle ("with the young company paying $80,000").

    >>> [_reads_as_a_verb(w) for w in ("fell", "listed", "plans", "withdrew", "paying")]
    [True, True, True, True, True]
    >>> [_reads_as_a_verb(w) for w in ("dormitory", "next", "which", "in")]
    [False, False, False, False]
    """
    if word in prepositions() or word in _function_words():
        return False
    return (
        VERB_AFTER.fullmatch(word) is not None
        or word in finite_verbs()
        or word.endswith(("s", "ew", "ing"))
    )
