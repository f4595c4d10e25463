"""Names the model missed where they open a sentence right before its verb ("Conab had cut the
estimate in May.", "Rand Water said last week ...", "The Blue Lagoon has been closed ...").

A sentence's first word is capitalised whatever it is, so the model reads a name there with
less confidence than inside a sentence, and misses it or takes it for something else it then
drops. The verb right after ("said", "has", "expects", a past in "-ed") says the words before
it are the sentence's subject; what English writes in lower case (the article's own words, the
model's noun index) says whether that subject is a name.

    >>> text = "Conab had cut the estimate in May."
    >>> [(r.text, r.label) for r in opening_names(text, [], frozenset({"estimate"}))]
    [('Conab', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from timeline.actors.common_nouns import singulars
from timeline.actors.descriptors import without_descriptor
from timeline.actors.headlines import Headlines
from timeline.actors.literals import lower_case_words
from timeline.actors.not_actors import names_no_actor
from timeline.actors.occurrences import apart_edges, occurrences
from timeline.actors.openings import capital_sweep
from timeline.actors.overlapping import Overlapping
from timeline.actors.person_nouns import trade_before_name
from timeline.actors.roles import role_nouns
from timeline.actors.spans import RawSpan
from timeline.actors.storms import names_a_storm, storm_names
from timeline.actors.vocabulary import event_words, finite_verbs, organisation_words, titles
from timeline.sentences import OPENS_BEFORE
from timeline.stop_words import stop_words
from timeline.temporal.vocabulary import MONTHS, WEEKDAYS
from timeline.wordlists import word_set

__all__ = ["opening_names"]

#: One to four capitalised words (with "of", "and" or "&" between them) after an optional
#: "The", an optional adverb of a verb's own ("Copper Canyon also said") and the lower-case
#: word after them, or a comma and the relative pronoun of a clause on the subject ("Prairie
#: Air, which has its hub ...", stop 34), all on one line.
_OPENING = re.compile(
    r"(?<![\w'’&.-])(?:The )?"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?: (?:(?:of|and|&) )?[A-Z][\w'’-]*){0,3})"
    r"(?: (?:(?:also|now|still|then|later) )?(?P<verb>[a-z]+)|, (?P<relative>which|who))\b"
)
#: The label of a name before a relative pronoun, by the pronoun and whether the name is one
#: word: "which" follows a body ("Prairie Air, which"), "who" a first name ("Rosaleen, who").
_RELATIVE_LABELS = {("which", True): "ORG", ("which", False): "ORG", ("who", True): "PERSON"}
#: A capitalised word right before a word, on its line: "Iain " of "Iain Macrae".
_CAPITAL_BESIDE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")
#: A capitalised word right after a word: " Scotland" of "Police Scotland".
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
#: A sentence's end before the end of a line.
_ENDS_A_SENTENCE = re.compile(r"[.!?][\"”’']?\s*$|[.!?][\"”’']?\s")
#: The labels a name may take from the model's own reading of the same words elsewhere.
_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "PERSON"})


def opening_names(
    text: str, raw: Sequence[RawSpan], nouns: frozenset[str], context: str | None = None
) -> list[RawSpan]:
    """The names opening a sentence before its verb (`data/finite_verbs.txt`, or a past in
    "-ed") that no span of `raw` touches: as the model labels the same words elsewhere, else as
    an organisation. One word is a name when the text writes it in no lower case, it is no
    small word, and no common noun capitalised by its place ("Officials said" is no name,
    "Paris" written inside another sentence is); of two words or more, the last is
    capitalised and one word at least the text never writes in lower case, none a title
    ("Prime Minister said"), a month or a day. Not on a headline's line nor a word of a
    person the model found ("Darwish said" after "Omar Darwish": the surname sweep's), nor a
    name the model found and more words ("Calder State Kestrels": a team and its nickname),
    nor what names no actor (`not_actors.names_no_actor`: "Hari Raya falls on Friday").
    `context` is the whole text when `text` is a part of it.

    >>> text = "The Blue Lagoon has been closed. Officials said the blue lagoon was dry."
    >>> opening_names(text, [], frozenset({"lagoon", "official"}))
    []
    >>> text = "Officials said so. Aeroline expects a rise. The Mill Road site was sold."
    >>> [r.text for r in opening_names(text, [], frozenset({"official", "site"}))]
    ['Aeroline']

    A comma and "which" or "who" after the words stand for the verb: the clause is the
    subject's (stop 34).

    >>> text = "Tarn Air, which flies to Osh, said so. Officials, who met, agreed."
    >>> [(r.text, r.label) for r in opening_names(text, [], frozenset({"official"}))]
    [('Tarn Air', 'ORG')]

    A trade before a full name is the person's role (`person_nouns.trade_before_name`).

    >>> text = "Auctioneer Ivo Lind Berg closed the sale."
    >>> [(r.text, r.label, r.role) for r in opening_names(text, [], frozenset({"sale"}))]
    [('Ivo Lind Berg', 'PERSON', 'Auctioneer')]
    """
    whole = context if context is not None else text
    lower = lower_case_words(whole)
    labels = {r.text: r.label for r in raw if r.label in _LABELS}
    known = {r.text for r in raw}
    in_headline = Headlines(text)
    touched = Overlapping(raw)  # the spans a name may touch, not all read for each name
    storms: frozenset[str] | None = None  # read once, when a name first needs them
    places = _Places(whole)
    one_word: dict[str, bool] = {}  # a word's answer, the same wherever it opens a sentence
    found: list[RawSpan] = []
    for match in capital_sweep(_OPENING, text):
        start, end = match.span("name")
        if OPENS_BEFORE.search(text, max(0, match.start() - 6), match.start()) is None:
            continue  # not a sentence's first words
        words = match.group("name").split(" ")
        verb = match.group("verb")
        if verb is not None and not (
            verb in finite_verbs() or (len(verb) > 4 and verb.endswith("ed"))
        ):
            continue  # "Tri-County directors", "Holy Redeemer parish": a noun, no verb
        if touched.any(start, end) or in_headline(start):
            continue
        if not _ENDS_A_SENTENCE.search(text, end, _line_end(text, end)):
            continue  # a headline in sentence case: "Uruguay takes over savings bank"
        name = match.group("name")
        if len(words) == 1:
            if name not in one_word:
                one_word[name] = _one_word_name(whole, name, lower, nouns, places)
            if not one_word[name]:
                continue
        elif not _run_name(words, lower, nouns):
            continue
        storms = storm_names(whole) if storms is None else storms
        if names_a_storm(name, storms) or names_no_actor(text, start, end, "ORG"):
            continue  # "Delphine is expected to ...": a storm; "Hari Raya falls on": a feast
        if len(words) > 1 and words[-1].casefold() in event_words():
            continue  # "The Tarvik Masters was first played": an event, as `spans` reads it
        if any(" ".join(words[:n]) in known for n in range(1, len(words))):
            continue  # "The Calder State Kestrels trailed": a team's name and its nickname
        trade = trade_before_name(text, start, name)
        if trade is not None:  # "Auctioneer Ivo Lind closed": a person and the trade, a role
            role = trade.strip()
            found.append(RawSpan(start + len(trade), end, name[len(trade) :], "PERSON", role))
            continue
        label = labels.get(name) or _RELATIVE_LABELS.get(
            (match.group("relative"), len(words) == 1), _label(words, nouns)
        )
        # "Rival Tarnow, which ...": a word of how it stands to another is no word of the name
        found.append(without_descriptor(text, RawSpan(start, end, name, label)))
    return found


class _Places:
    """Where a text writes each word: the starts of its runs of letters, digits and hyphens,
    indexed once, so that each word opening a sentence is looked up rather than searched for
    through the whole text (a search a word costs a long text's length squared)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: dict[str, list[int]] | None = None

    def of(self, word: str) -> list[int]:
        """The starts of `word` written whole, no letter, digit or hyphen beside it.

        >>> _Places("Conab cut; Conab-Sul and the Conab board.").of("Conab")
        [0, 29]
        """
        if "'" in word or "’" in word:  # not one run: searched for
            return occurrences(self.text, word, edges=apart_edges, overlapping=False)
        if self._starts is None:
            self._starts = {}
            for match in _RUN.finditer(self.text):
                self._starts.setdefault(match.group(), []).append(match.start())
        return self._starts.get(word, [])


#: A run of letters, digits and hyphens: a word as `_Places` indexes it.
_RUN = re.compile(r"[\w-]+")


def _one_word_name(
    text: str,
    word: str,
    lower: frozenset[str],
    nouns: frozenset[str],
    places: _Places | None = None,
) -> bool:
    """Whether one word opening a sentence is a name: written in lower case nowhere in the
    text, no small word, month or day, and no English noun unless the text capitalises it
    inside a sentence too ("Officials said" is no name; "Mysore had resumed" is, where the
    text writes "against Mysore").

    >>> _one_word_name("Conab had cut it.", "Conab", frozenset(), frozenset())
    True
    >>> _one_word_name("Officials said so.", "Officials", frozenset(), frozenset({"official"}))
    False
    >>> text = "Mysore had resumed. We beat Mysore."
    >>> _one_word_name(text, "Mysore", frozenset(), frozenset({"mysore"}))
    True
    """
    folded = word.casefold()
    if folded in lower or _not_a_name_word(folded) or folded.endswith("ing"):
        return False  # "Polling was held", "Surviving are two sons"
    if "-" in word and not all(part[:1].isupper() for part in word.split("-")):
        return False  # "Auto-refresh is on"
    forms = {folded, *singulars(folded)}
    if forms & lower:
        return False
    in_longer = False
    alone_inside = False
    for other in (places or _Places(text)).of(word):
        beside = _CAPITAL_BESIDE.search(text, max(0, other - 40), other)
        if (beside is not None and beside.group(1).casefold() not in _small_words()) or (
            _NAME_AFTER.match(text, other + len(word))
        ):
            in_longer = True  # "Iain Macrae", "Police Scotland": a word of a longer name
        elif OPENS_BEFORE.search(text, max(0, other - 6), other) is None:
            alone_inside = True
    if in_longer:
        return False
    plural = folded.endswith("s") and not folded.endswith("ss")
    return alone_inside or not (forms & nouns or plural)  # "Charterers were reluctant"


def _label(words: list[str], nouns: frozenset[str]) -> str:
    """A person's two or three name words when English has a noun for none of them ("Marek
    Gąsienica has led"), else an organisation ("Rand Water", "Knox County Schools", "Conab").

    >>> _label(["Ana", "Velk"], frozenset()), _label(["Rand", "Water"], frozenset({"water"}))
    ('PERSON', 'ORG')
    """
    if len(words) in (2, 3) and not any(
        {w.casefold(), *singulars(w.casefold())} & nouns for w in words
    ):
        return "PERSON"
    return "ORG"


def _run_name(words: list[str], lower: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether a run of capitalised words opening a sentence is a name: its last word
    capitalised, one word at least never written in lower case, no title, month or day.

    >>> _run_name(["Rand", "Water"], frozenset({"water"}), frozenset())
    True
    >>> _run_name(["Prime", "Minister"], frozenset(), frozenset())
    False
    >>> _run_name(["Heavy", "Rain"], frozenset({"heavy", "rain"}), frozenset())
    False
    """
    capitalised = [w for w in words if w[:1].isupper()]
    folded = [w.casefold() for w in capitalised]
    first = {folded[0], *singulars(folded[0])}
    if not words[-1][:1].isupper() or first & lower or (first & nouns and len(first) > 1):
        return False  # "Shares of Lanka Link fell", "Residents of Usora": a noun and its owner
    parts = [part for word in folded for part in word.split("-")]
    if parts[0] in _title_openings() or any(
        " ".join(parts[:n]) in titles() for n in range(1, len(parts) + 1)
    ):
        return False  # "Chief Executive Ana Roe said", "The Deputy Bailiff said": an office
    if any(w.endswith(("'s", "’s")) for w in folded) or any(
        _not_a_name_word(w) and not (at == len(folded) - 1 and w in organisation_words())
        for at, w in enumerate(folded)
    ):  # an organisation's word may end the name ("Bradford Corporation has asked")
        return False  # "Hanwol's Fold Air X3": two names; "Chief Executive Ana Roe": a title
    if folded[-1] in organisation_words() and folded[0].endswith("al"):
        return False  # "Local Government said", "Federal Court ruled": a kind of body (stop 34)
    return any(w not in lower for w in folded)


def _not_a_name_word(folded: str) -> bool:
    """A word no name opening a sentence is made of: a small word, a month's or a weekday's
    name ("March saw"), a title or a role ("Mayor reported", "Referee Ana Roe waved"), an
    organisation's word alone ("Council agreed": the council named before, a short form)."""
    if "-" in folded:  # "Vice-Chancellor said"
        return any(_not_a_name_word(part) for part in folded.split("-") if part)
    return (
        folded in _small_words()
        or folded in MONTHS
        or folded in WEEKDAYS
        or folded in titles()
        or folded in role_nouns()
        or folded in organisation_words()
    )


@cache
def _title_openings() -> frozenset[str]:
    """The first words of the titles of two words or more ("chief" of "Chief Executive",
    "deputy" of "Deputy Prime Minister"): a run opening with one is an office."""
    return frozenset(title.split()[0] for title in titles() if " " in title)


def _line_end(text: str, start: int) -> int:
    """Where the line holding `start` ends."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


@cache
def _small_words() -> frozenset[str]:
    """English's small words (spaCy's stop words: "Many", "Everyone", "Both") and the words
    capitalised only because they open a sentence (`data/function_words.txt`), case-folded."""
    return stop_words() | {w.casefold() for w in word_set("function_words.txt")}
