"""What the learned actor veto (`timeline.events.actor_veto`) reads of an actor a row kept: its
type, how the sentence writes it (the closed-class words and the shapes around it, brackets and
quotes, its place before or after the clause's verb and date), how often and where the article
names it, and the row's other actors. No feature is a word of a name or an open-class word
(only closed-class words, word lists' memberships, shapes and counts), so the model learns the
kind of mention, never a story.

    >>> from timeline.actors import ActorMention
    >>> from timeline.events.event import Event
    >>> from timeline.sentences import Sentence
    >>> text = "Ana Roe opened a plant in Lyon on May 2."
    >>> roe = ActorMention(0, 7, "Ana Roe", "Ana Roe", "person")
    >>> lyon = ActorMention(26, 30, "Lyon", "Lyon", "location")
    >>> row = Event("ev", "d", text, 0, 40, 0, "explicit", None, None, None, "May 2", "",
    ...             34, 39, actors=("Ana Roe", "Lyon"), actor_types=("person", "location"))
    >>> context = DocumentNames(text, (roe, lyon))
    >>> found = actor_features(context, Sentence(0, 40, text, 0), [], row, 1)
    >>> found["prev=in"], found["type=location|prep=in"], found["before_date"]
    (1.0, 1.0, 1.0)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from timeline.actors.modifiers import place_nouns
from timeline.actors.vocabulary import countries, organisation_words, personal_titles
from timeline.determiners import Determiner, determiner_words
from timeline.events.row_features import inside, nearest_predicate
from timeline.syntax import reporting_verbs
from timeline.wordlists import pronouns, word_list, word_set

if TYPE_CHECKING:
    from timeline.actors import ActorMention
    from timeline.events.event import Event
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate

__all__ = [
    "DocumentNames",
    "actor_features",
    "closed_class_words",
    "sentence_mentions",
    "written_as_name",
]

#: How far around a mention its neighbouring words are read (characters).
_WINDOW = 48
_TOKEN = re.compile(r"[’']s\b|\w+(?:[-’'.]\w+)*|[^\w\s]")
_QUOTES = ('"', "“", "”")


@cache
def closed_class_words() -> frozenset[str]:
    """The closed-class words a feature may name (lower case): prepositions, determiners,
    pronouns and the function words that open sentences (`data/prepositions.txt`,
    `data/determiners.csv`, `data/pronouns.csv`, `data/function_words.txt`), and "'s".

    >>> {"of", "the", "its", "he", "and"} <= closed_class_words()
    True
    >>> "plant" in closed_class_words()
    False
    """
    words = set(word_set("prepositions.txt"))
    words |= set(determiner_words(Determiner.ARTICLE | Determiner.POSSESSIVE))
    words |= set(determiner_words(Determiner.DEMONSTRATIVE))
    words |= {w.casefold() for w in (*pronouns("subject"), *pronouns("object"))}
    words |= {w.casefold() for w in word_list("function_words.txt")}
    return frozenset({*words, "'s"})


#: The classes of nouns the word lists name, each a feature's value for a neighbouring word of
#: its list (never the word itself): a title, a body's members, a site, a body, an event.
_NOUN_CLASSES = (
    ("title", ("titles.txt",)),
    ("members", ("member_nouns.txt", "state_nouns.txt", "role_nouns.txt")),
    (
        "site",
        (
            "site_nouns.txt",
            "venue_nouns.txt",
            "feature_nouns.txt",
            "administrative_units.txt",
            "place_body_nouns.txt",
            "place_words.txt",
        ),
    ),
    ("body", ("organisation_words.txt", "body_words.txt", "unit_nouns.txt")),
    ("event", ("event_nouns.txt",)),
)


@cache
def _noun_classes() -> dict[str, str]:
    """Each listed noun (case-folded) -> the first class of `_NOUN_CLASSES` that lists it."""
    classes: dict[str, str] = {}
    for label, files in _NOUN_CLASSES:
        for name in files:
            for word in word_list(name):
                classes.setdefault(word.casefold(), label)
    return classes


def _word_class(word: str | None) -> str:
    """A neighbouring word as a feature may name it: a closed-class word itself, the class of a
    listed noun, else its shape.

    >>> [_word_class(w) for w in ("Of", "plant", "Lyon", "NATO", "1990", ",", "ran", None)]
    ['of', 'x:site', 'Xx', 'X', 'd', ',', 'x', '<>']
    """
    if word is None:
        return "<>"
    folded = word.casefold().replace("’", "'")
    if folded in closed_class_words():
        return folded
    if word[0].isdigit():
        return "d"
    if not word[0].isalnum():
        return word[0]
    shape = "X" if word.isupper() and len(word) > 1 else "Xx" if word[0].isupper() else "x"
    listed = _noun_classes().get(folded)
    return shape if listed is None else f"{shape}:{listed}"


@dataclass(slots=True)
class DocumentNames:
    """What one document says about its names, counted once: each name's mentions (how many,
    where the first is) and how often its furniture (in `written`, blanked in `text`) writes it.
    """

    text: str
    mentions: Sequence[ActorMention]
    written: str | None = None
    _counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    _ranks: dict[str, int] = field(default_factory=dict)
    _furniture: dict[str, bool] = field(default_factory=dict)
    #: (sentence start, name, type) -> the mention and the features no row changes, or None
    written_parts: dict[tuple[int, str, str], tuple[ActorMention, dict[str, float]] | None] = field(
        default_factory=dict
    )

    def __post_init__(self) -> None:
        for mention in self.mentions:
            count, first = self._counts.get(mention.name, (0, mention.start))
            self._counts[mention.name] = (count + 1, min(first, mention.start))
        ranked = sorted({count for count, _ in self._counts.values()}, reverse=True)
        self._ranks = {name: ranked.index(count) for name, (count, _) in self._counts.items()}

    def rank(self, name: str) -> int:
        """How many counts of mentions are above `name`'s (0: the name written most)."""
        return self._ranks.get(name, len(self._ranks))

    def named(self, name: str) -> tuple[int, int]:
        """How many mentions `name` has, and where the first starts (-1: none)."""
        return self._counts.get(name, (0, -1))

    def in_furniture(self, written_as: str) -> bool:
        """Whether the furniture blanked from the text writes `written_as`."""
        if self.written is None or self.written == self.text:
            return False
        known = self._furniture.get(written_as)
        if known is None:
            known = self.written.count(written_as) > self.text.count(written_as)
            self._furniture[written_as] = known
        return known


def _bucket(count: int) -> str:
    return (
        "0"
        if count <= 0
        else "1"
        if count == 1
        else "2"
        if count == 2
        else "3-5"
        if count < 6
        else "6+"
    )


def sentence_mentions(
    mentions: Sequence[ActorMention], sentence: Sentence, name: str
) -> list[ActorMention]:
    """The mentions of `name` inside `sentence`, by bisection (`mentions` in order of their
    starts)."""
    first = bisect_left(mentions, sentence.start, key=lambda mention: mention.start)
    found: list[ActorMention] = []
    for index in range(first, len(mentions)):
        mention = mentions[index]
        if mention.start >= sentence.end:
            break
        if mention.name == name and mention.end <= sentence.end:
            found.append(mention)
    return found


def _event_verb(sentence: Sentence, verbs: Sequence[Predicate], row: Event) -> Predicate | None:
    """The clause's verb: the row's action nearest its date (the first of it without one),
    else the sentence's verb nearest it."""
    return nearest_predicate(row, sentence, [v for v in verbs if v.lemma == row.action] or verbs)


def written_as_name(written: str) -> bool:
    """Whether a mention is written as a name, not as a description or a pronoun: a capital
    or a figure after its leading closed-class words.

    >>> [written_as_name(w) for w in ("the Senate", "Lyon", "The company", "It", "its board")]
    [True, True, False, False, False]
    """
    words = written.split()
    while words and words[0].casefold() in closed_class_words():
        words.pop(0)
    return bool(words) and (words[0][:1].isupper() or words[0][:1].isdigit())


def actor_features(
    context: DocumentNames,
    sentence: Sentence,
    verbs: Sequence[Predicate],
    row: Event,
    index: int,
) -> dict[str, float] | None:
    """The features of the actor `row.actors[index]` of a row of `sentence` (`verbs`: the
    sentence's verbs, offsets in the sentence), every value 1.0; None when the sentence does not
    write the actor as a name (a description's or a pronoun's referent, a speaker named in
    another sentence: the anaphora rules' choice, which the veto leaves)."""
    name, kind = row.actors[index], row.actor_types[index]
    key = (sentence.start, name, kind)
    if key not in context.written_parts:  # once for all the rows of a sentence
        context.written_parts[key] = _written_part(context, sentence, verbs, name, kind)
    part = context.written_parts[key]
    if part is None:
        return None
    mention, written = part
    found = dict(written)
    others = [t for n, t in enumerate(row.actor_types) if n != index]
    found[f"others={_bucket(len(others))}"] = 1.0
    found[f"same_type_others={_bucket(others.count(kind))}"] = 1.0
    found[f"type={kind}|position={'first' if index == 0 else 'later'}"] = 1.0
    if row.action is not None and row.action in reporting_verbs():
        found["reported"] = 1.0
    _clause(found, kind, sentence, verbs, row, mention)
    _listed(found, context, sentence, verbs, row, mention)
    return found


def _written_part(
    context: DocumentNames,
    sentence: Sentence,
    verbs: Sequence[Predicate],
    name: str,
    kind: str,
) -> tuple[ActorMention, dict[str, float]] | None:
    """The first mention of `name` the sentence writes as a name, and the features of it and
    of the article's names that no row changes; None when the sentence writes none."""
    own = [
        m for m in sentence_mentions(context.mentions, sentence, name) if written_as_name(m.text)
    ]
    if not own:
        return None
    found: dict[str, float] = {f"type={kind}": 1.0, "bias": 1.0}
    count, first = context.named(name)
    found[f"named={_bucket(count)}"] = 1.0
    found[f"type={kind}|named={_bucket(count)}"] = 1.0
    found[f"rank={min(context.rank(name), 3)}"] = 1.0
    found[f"type={kind}|rank={min(context.rank(name), 3)}"] = 1.0
    if 0 <= first < sentence.start:
        found["named_before"] = 1.0
    mention = own[0]
    found[f"in_sentence={_bucket(len(own))}"] = 1.0
    written = mention.text
    words = written.split()
    found[f"words={min(len(words), 4)}"] = 1.0
    if written != name:
        found["written_otherwise"] = 1.0
    if written.isupper() and len(written) > 1:
        found["capitals"] = 1.0
    if mention.role:
        found["role"] = 1.0
    folded = [w.casefold().strip(".,") for w in words]
    if any(w in place_nouns() for w in folded):
        found["place_noun"] = 1.0
    if folded and folded[-1] in organisation_words():
        found["organisation_word"] = 1.0
    if folded and (listed := _noun_classes().get(folded[-1])) is not None:
        found[f"type={kind}|name_ends={listed}"] = 1.0  # "the Dock Workers", "Tarka Council"
    if written.casefold() in countries():
        found["country_word"] = 1.0
    if context.in_furniture(written):
        found["in_furniture"] = 1.0
    _surroundings(found, kind, sentence, verbs, mention)
    return mention, found


#: How far apart two names of a list may be (characters between them).
_LIST_GAP = 40
_LIST_MARK = re.compile(r",|\band\b|\bor\b|&")


def _listed(
    found: dict[str, float],
    context: DocumentNames,
    sentence: Sentence,
    verbs: Sequence[Predicate],
    row: Event,
    mention: ActorMention,
) -> None:
    """Whether the mention is an item of a list with another of the row's actors: a comma, an
    "and" or an "or" and no verb between them ("Punjab, Haryana and Bihar", "the Lyon union
    and the Tarka union"); and of what type the other is."""
    first = bisect_left(context.mentions, sentence.start, key=lambda m: m.start)
    others = set(row.actors) - {mention.name}
    verb_starts = [verb.start + sentence.start for verb in verbs]
    for index in range(first, len(context.mentions)):
        other = context.mentions[index]
        if other.start >= sentence.end:
            break
        if other.name not in others:
            continue
        low, high = (
            (other.end, mention.start) if other.end <= mention.start else (mention.end, other.start)
        )
        if not 0 <= high - low <= _LIST_GAP or any(low <= v < high for v in verb_starts):
            continue
        if _LIST_MARK.search(context.text, low, high) is not None:
            found["listed"] = 1.0
            same = "same" if other.type == mention.type else "other"
            found[f"listed|{same}_type"] = 1.0
            return


def _surroundings(
    found: dict[str, float],
    kind: str,
    sentence: Sentence,
    verbs: Sequence[Predicate],
    mention: ActorMention,
) -> None:
    """The words either side of the mention (closed-class, a verb of the sentence, or shape),
    brackets and quotes."""
    start, end = mention.start - sentence.start, mention.end - sentence.start
    low = max(0, start - _WINDOW)
    before = list(_TOKEN.finditer(sentence.text, low, start))
    after = list(_TOKEN.finditer(sentence.text, end, end + _WINDOW))
    verb_starts = {verb.start for verb in verbs}

    def word_class(found_word: re.Match[str] | None) -> str:
        if found_word is not None and found_word.start() in verb_starts:
            return "V"  # "Rheinsalz said", not "the Ludwigshafen group"
        return _word_class(found_word.group() if found_word is not None else None)

    previous = word_class(before[-1] if before else None)
    previous2 = word_class(before[-2] if len(before) > 1 else None)
    following = word_class(after[0] if after else None)
    following2 = word_class(after[1] if len(after) > 1 else None)
    found[f"prev={previous}"] = 1.0
    found[f"prev2={previous2}"] = 1.0
    found[f"next={following}"] = 1.0
    found[f"next2={following2}"] = 1.0
    found[f"prev={previous}|next={following}"] = 1.0
    found[f"type={kind}|prev={previous}"] = 1.0
    found[f"type={kind}|next={following}"] = 1.0
    preposition = previous2 if previous in ("the", "a", "an") else previous
    if preposition in word_set("prepositions.txt"):
        found[f"type={kind}|prep={preposition}"] = 1.0
    else:
        found[f"type={kind}|prep=none"] = 1.0
    if previous in ("the", "a", "an", "its", "their", "his", "her") and following.startswith("x"):
        found[f"type={kind}|modifier"] = 1.0  # "the Lyon plant", "its Tarka office"
    if before and before[-1].group().casefold().strip(".") in personal_titles():
        found["title_before"] = 1.0
    head = sentence.text[:start]
    if inside(sentence.text, start, "(", ")"):
        found["brackets"] = 1.0
    if sum(head.count(q) for q in _QUOTES) % 2 == 1:
        found["quoted"] = 1.0
    if not head.strip() or (len(before) == 1 and previous in ("the", "a", "an")):
        found["opens_sentence"] = 1.0
    found[f"position={min(4, 5 * start // max(1, len(sentence.text)))}"] = 1.0


def _clause(
    found: dict[str, float],
    kind: str,
    sentence: Sentence,
    verbs: Sequence[Predicate],
    row: Event,
    mention: ActorMention,
) -> None:
    """Where the mention stands to the row's verb and date: before or after, and how many other
    verbs (clauses) lie between."""
    start, end = mention.start - sentence.start, mention.end - sentence.start
    verb = _event_verb(sentence, verbs, row)
    if verb is None:
        found["no_verb"] = 1.0
    else:
        side = "before_verb" if end <= verb.start else "after_verb"
        low, high = (end, verb.start) if side == "before_verb" else (verb.end, start)
        between = sum(1 for v in verbs if v is not verb and low <= v.start < high)
        found[side] = 1.0
        found[f"type={kind}|{side}"] = 1.0
        found[f"{side}|clauses_between={min(between, 2)}"] = 1.0
        gap = sentence.text[low:high]
        if side == "before_verb" and len(gap.split()) <= 1 and "," not in gap:
            found[f"type={kind}|right_before_verb"] = 1.0  # the subject: "Roe opened"
        if side == "after_verb" and len(gap.split()) <= 1:
            found[f"type={kind}|right_after_verb"] = 1.0  # the object: "opened Lyon's"
        found[f"{side}|words_between={_bucket(len(gap.split()) // 3)}"] = 1.0
        if side == "before_verb" and "," in gap:
            found[f"type={kind}|comma_before_verb"] = 1.0
    if not verbs or start < verbs[0].start:
        found["before_first_verb"] = 1.0
    if row.date_text_start is not None:
        at = row.date_text_start - sentence.start
        date_side = "before_date" if end <= at else "after_date"
        found[date_side] = 1.0
        gap = sentence.text[end:at] if end <= at else sentence.text[at:start]
        found[f"{date_side}|words_between={_bucket(len(gap.split()) // 3)}"] = 1.0
