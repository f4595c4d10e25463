"""Statements in news: "Jobs said that Apple sold 13.7 million Macs last year" is the reported
sale last year, with the speaker among its actors; the saying, which has no day of its own, is
no row beside it (`sources_only`), except in the story's lead, where it is the news of the day.
A quotation's words are the speaker's.

    >>> "say" in reporting_verbs()
    True
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from timeline.events.dates import news_date
from timeline.events.event import Event, actors_in, dated_event, news_day_event
from timeline.events.quotations import quoted_spans
from timeline.kinds import Anchor
from timeline.syntax import reporting_verbs  # no model is loaded
from timeline.wordlists import alternation, pronouns

if TYPE_CHECKING:
    from timeline.actors import ActorMention
    from timeline.documents import Document
    from timeline.events.selection import EventSentence
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate
    from timeline.temporal import Timex


#: How long a statement stays news: one said in the past tense with no date of its own is the
#: speaker's word of the week of the news. Within it, it takes the day the story is telling
#: ("Ford cut prices on Monday. It said ..."); a day the story tells from further back is
#: background, and the statement was made by the news day.
STATEMENT_WEEK = 7

#: What was said opens with a pronoun for the speaker: "GM said (that) it lost", "Roe said he
#: would resign".
_SPEAKER_GOES_ON = re.compile(
    rf"\s+(?:that\s+)?{alternation(pronouns('subject', person='third'))}\b(?!['’])", re.IGNORECASE
)


_THAT = re.compile(r"\s+(?:that\s+)?")


def _body_goes_on(text: str, position: int, mentions: Sequence[ActorMention]) -> bool:
    """Whether what was said, from `position`, opens with "the board", "the company" standing
    for an organisation named before ("Mr Osei said the board would meet"): the speaker
    speaks for it, and is who the report is about too."""
    gap = _THAT.match(text, position)
    if gap is None:
        return False
    at = gap.end()
    index = bisect_left(mentions, at, key=lambda mention: mention.start)
    if index == len(mentions) or mentions[index].start != at:
        return False
    mention = mentions[index]
    words = mention.text.split()
    return (
        mention.type == "organisation"
        and len(words) == 2  # "the board"; not "the combined company", a new one
        and words[0].casefold() == "the"
        and words[1].islower()
        and mention.name.casefold() != mention.text.casefold()
    )


@dataclass(frozen=True, slots=True)
class Report:
    """A statement and who the events it reports are about; `sources_only` when the statement
    is no row beside them (`sources_only`)."""

    statement: Event
    reported_names: tuple[str, ...]
    reported_types: tuple[str, ...]
    sources_only: bool = False


def sources_only(*, lead: bool = False, said_then: bool = False) -> bool:
    """Whether a statement with no date of its own, beside the dated events it reports, only
    sources them and is no row of its own (stop 37). "Korvane said the plant would close in
    May" is one row, the closing in May, with the speaker among its actors: the saying has no
    day the text gives, and a row for it would take only the day the sentence falls back on
    (the news day, or a day told sentences before), a guess beside a date the sentence states.
    A statement with a date of its own ("said on Monday that ...") is not asked (it is no
    `Report`), nor one with nothing dated in what was said ("said it sold two vessels": the
    statement stays the row). In the story's `lead` the statement is the news of the day and
    keeps its row ("The head of the agency has told members that repairs will cost more next
    year"), in any tense; a statement `said_then` ("Varga said then that it would open a plant
    in 2023", `statement_days.said_at_that_time`) has its day from the text and keeps it.

    >>> sources_only()
    True
    >>> sources_only(lead=True), sources_only(said_then=True)
    (False, False)
    """
    return not (lead or said_then)


def said_in_the_week(
    doc: Document, day: Timex, verb: Predicate | None, *, said_on_its_day: bool = False
) -> bool:
    """Whether a statement with no date of its own ("The operator said it had stopped calling
    at the port") may take `day`, the day the story is telling. Any clause that is not a
    past-tense reporting verb may. A statement after a day before the news was made to the
    reporter, on the news day ("Kettlebrook said on Thursday it is recalling kettles. The
    safety office said it had received 23 reports"), unless the story told of a gathering on
    that day or the sentence names one (`said_on_its_day`: "The council approved the budget on
    Thursday. The mayor said ..."): then it was made there, within `STATEMENT_WEEK` days of
    the news. A present perfect ("Rival lines have also cut calls") tells of the time up to
    the news: it takes a day of the week of the news only.

    >>> from timeline.documents import Document
    >>> from timeline.syntax import Predicate
    >>> from timeline.temporal import Timex
    >>> doc = Document("a", "", published=date(2007, 11, 13), published_source="user")
    >>> def on(d: date) -> Timex:
    ...     return Timex(0, 6, "Oct 29", "DATE", d.isoformat(), granularity="day",
    ...                  date_start=d, date_end=d)
    >>> said = Predicate(0, 4, "say", tense="past")
    >>> said_in_the_week(doc, on(date(2007, 11, 12)), said)
    False
    >>> said_in_the_week(doc, on(date(2007, 11, 12)), said, said_on_its_day=True)
    True
    >>> said_in_the_week(doc, on(date(2007, 10, 29)), said, said_on_its_day=True)
    False
    >>> said_in_the_week(doc, on(date(2007, 11, 13)), said)
    True
    >>> said_in_the_week(doc, on(date(2007, 10, 29)), Predicate(0, 4, "cut", tense="past"))
    True
    >>> said_in_the_week(doc, on(date(2007, 10, 29)), Predicate(0, 4, "cut", tense="perfect"))
    False
    """
    published = news_date(doc)
    statement = verb is not None and verb.lemma in reporting_verbs() and verb.tense != "present"
    up_to_now = verb is not None and verb.tense == "perfect"  # "have also cut calls"
    if published is None or not (statement or up_to_now) or day.date_end is None:
        return True
    if statement and not said_on_its_day and day.date_end < published:
        return False
    return (published - day.date_end).days <= STATEMENT_WEEK


#: "added 15 points", "added a second try", "added 40,000 jobs": "add" with an amount for its
#: object counts, it does not speak.
_ADDS_AN_AMOUNT = re.compile(r"\s+(?:a|an|another|\d[\d,.]*|one|two|three|four|five)\b", re.I)


def speaking(sentence: Sentence, verb: Predicate | None) -> Predicate | None:
    """`verb`, unless it is "add" with an amount after it, which counts rather than speaks.

    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> text = "Centre Ana Ruiz added a second try on 52 minutes."
    >>> speaking(Sentence(0, len(text), text, 0), Predicate(16, 21, "add", tense="past"))
    >>> text = "He added that the club would appeal."
    >>> speaking(Sentence(0, len(text), text, 0), Predicate(3, 8, "add", tense="past")).lemma
    'add'
    """
    if verb is not None and verb.lemma == "add" and _ADDS_AN_AMOUNT.match(sentence.text, verb.end):
        return None
    return verb


def _speech(
    sentence: Sentence, verbs: Sequence[Predicate], quoted: Sequence[tuple[int, int]]
) -> Predicate | None:
    """The reporting verb of a statement: the first verb ("Jobs said that ..."), or, after a
    quotation, the first verb outside it ('"...," said Roe').

    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> text = '"It was a good year," said Roe.'
    >>> be, say = Predicate(4, 7, "be"), Predicate(22, 26, "say")
    >>> _speech(Sentence(0, len(text), text, 0), [be, say], [(1, 19)]).lemma
    'say'
    """
    if verbs[0].lemma in reporting_verbs():
        return verbs[0]
    if not quoted:
        return None
    for verb in verbs:
        start = sentence.start + verb.start
        if not any(a <= start < b for a, b in quoted):
            return verb if verb.lemma in reporting_verbs() and start >= quoted[0][1] else None
    return None


def said_now(
    groups: Mapping[Predicate, Sequence[Timex]],
    verbs: Sequence[Predicate],
    published: date | None,
) -> dict[Predicate, list[Timex]]:
    """News: a statement in the present tense ("For the final quarter of 2009, Ford says it made
    a profit", "GM says it could be profitable in two years' time") is made on the news day; a
    past or coming period attached to it dates what was said. Moves such dates to the next
    verb, the one that reports.

    >>> from timeline.syntax import Predicate
    >>> from timeline.temporal import Timex
    >>> says, made = Predicate(10, 14, "say", tense="present"), Predicate(18, 22, "make")
    >>> q4 = Timex(0, 7, "Q4 2009", "DATE", "2009-Q4", granularity="quarter",
    ...            date_start=date(2009, 10, 1), date_end=date(2009, 12, 31))
    >>> moved = said_now({says: [q4]}, [says, made], date(2010, 1, 28))
    >>> [(p.lemma, [t.value for t in ts]) for p, ts in moved.items()]
    [('make', ['2009-Q4'])]
    """
    moved = {predicate: list(timexes) for predicate, timexes in groups.items()}
    if published is None:
        return moved
    for verb, following in itertools.pairwise(verbs):
        own = moved.get(verb, [])
        if (
            verb.tense == "present"
            and verb.lemma in reporting_verbs()
            and own
            and all(
                t.date_start is not None
                and t.date_end is not None
                and not t.date_start <= published <= t.date_end
                for t in own
            )
        ):
            moved.setdefault(following, []).extend(moved.pop(verb))
    return moved


def dated_statement(
    doc: Document,
    sentence: Sentence,
    verbs: Sequence[Predicate],
    groups: Mapping[Predicate, Sequence[Timex]],
) -> Predicate | None:
    """News: the reporting verb of a statement with a date of its own, outside quotations
    ("Roe said on Monday that sales would double this year"); None for any other sentence.
    The statement is its speaker's event on that day; a clause of what was said with a date
    of its own is an event too, about who is named in it (see `said_about`).

    >>> from timeline.documents import Document
    >>> from timeline.syntax import Predicate
    >>> from timeline.temporal import Timex
    >>> text = "Roe said on Monday that sales would double this year."
    >>> say, double = Predicate(4, 8, "say", tense="past"), Predicate(36, 42, "double")
    >>> monday = Timex(12, 18, "Monday", "DATE", "2023-10-23", granularity="day",
    ...                date_start=date(2023, 10, 23), date_end=date(2023, 10, 23))
    >>> doc = Document("a", text, published=date(2023, 10, 24), published_source="user")
    >>> from timeline.sentences import Sentence
    >>> dated_statement(doc, Sentence(0, len(text), text, 0), [say, double],
    ...                 {say: [monday]}).lemma
    'say'
    """
    if news_date(doc) is None or not verbs:
        return None
    quoted = quoted_spans(sentence)
    speech = _speech(sentence, verbs, quoted)
    if speech is None or speech.tense == "present":
        return None  # "Ford says it made a profit": the period dates what was said
    own = [t for t in groups.get(speech, ()) if not any(a <= t.start < b for a, b in quoted)]
    return speech if own else None


def said_about(
    doc: Document,
    sentence: Sentence,
    speech: Predicate,
    names: Sequence[str],
    types: Sequence[str],
    mentions: Sequence[ActorMention],
    said_from: int | None = None,
) -> tuple[list[str], list[str]]:
    """Who what was said after the reporting verb is about: the actors named in it, and the
    speaker when it opens with "it", "he", "she" or "they" ("GM said that it lost $6 billion").
    What was said starts at `said_from` (after the statement's own date), else right after the
    verb.

    >>> from timeline.actors import ActorMention
    >>> from timeline.documents import Document
    >>> from timeline.sentences import Sentence
    >>> from timeline.syntax import Predicate
    >>> text = "Ford said on Monday that it sold more cars in Mexico."
    >>> ford, mexico = (ActorMention(0, 4, "Ford", "Ford", "organisation"),
    ...                 ActorMention(46, 52, "Mexico", "Mexico", "country"))
    >>> said_about(Document("a", text), Sentence(0, len(text), text, 0),
    ...            Predicate(5, 9, "say"), ["Ford", "Mexico"], ["organisation", "country"],
    ...            [ford, mexico], said_from=19)
    (['Ford', 'Mexico'], ['organisation', 'country'])
    """
    speech_end = sentence.start + speech.end
    reported_names, reported_types = actors_in(mentions, speech_end, sentence.end)
    said_at = said_from if said_from is not None else speech_end
    # "said it would on Monday", "said on Monday that it would", "said they now expected"
    goes_on = any(_SPEAKER_GOES_ON.match(doc.text, at) for at in {said_at, speech_end})
    if goes_on or (speech.lemma != "tell" and _body_goes_on(doc.text, said_at, mentions)):
        speakers = [(n, t) for n, t in zip(names, types, strict=True) if n not in reported_names]
        reported_names = [*(n for n, _ in speakers), *reported_names]
        reported_types = [*(t for _, t in speakers), *reported_types]
    return list(reported_names), list(reported_types)


def report_of(
    doc: Document,
    candidate: EventSentence,
    verbs: Sequence[Predicate],
    groups: Mapping[Predicate, Sequence[Timex]],
    names: Sequence[str],
    types: Sequence[str],
    mentions: Sequence[ActorMention],
) -> Report | None:
    """News: a statement whose only dates are inside what was said ("Jobs said that the
    company sold 13.7 million Macs last year"). The speaker's event is the statement, made on
    the day the sentence would have without those dates (the news day, or the recent day it
    inherits); the dated, reported events keep the actors named in what was said, and the
    speaker's when what was said opens with "it", "he", "she" or "they" ("GM said it lost").

    `groups` holds the dates attached to each clause (see `clauses.attach_dates`). Returns
    None when the sentence is not such a report: the statement has a date of its own ("said
    on Monday that ..."), or names no one it does not also report on."""
    if news_date(doc) is None or not verbs:
        return None
    sentence = candidate.sentence
    quoted = quoted_spans(sentence)
    speech = _speech(sentence, verbs, quoted)
    if speech is None:
        return None
    speech_end = sentence.start + speech.end
    inside = [t for ts in groups.values() for t in ts if any(a <= t.start < b for a, b in quoted)]
    if speech in groups and not all(t in inside for t in groups[speech]):
        return None  # "said on Monday that ...": the statement has a date of its own
    if any(
        t.start < speech_end and t not in inside
        for predicate, ts in groups.items()
        if predicate.start <= speech.start  # not a date moved to what was said (`said_now`)
        for t in ts
    ):
        return None
    speech_start = sentence.start + speech.start
    before = [(a, b) for a, b in quoted if b <= speech_start]
    if not before:
        reported_names, reported_types = actors_in(mentions, speech_end, sentence.end)
    else:  # '"2009 was a pivotal year," said Roe': what was said is the quotation
        quoted = before
        reported = [actors_in(mentions, a, b) for a, b in quoted]
        reported_names = [name for names, _ in reported for name in names]
        reported_types = [kind for _, kinds in reported for kind in kinds]
    speakers = [(n, t) for n, t in zip(names, types, strict=True) if n not in reported_names]
    if not speakers:
        return None  # the statement names no one it does not also report on
    speaker_names, speaker_types = [n for n, _ in speakers], [t for _, t in speakers]
    # "told the committee that": the one told, not what was said
    body = not before and speech.lemma != "tell" and _body_goes_on(doc.text, speech_end, mentions)
    if not before and (_SPEAKER_GOES_ON.match(doc.text, speech_end) or body):
        # "GM announced it has lost $6 billion": the speaker is who the report is about
        reported_names = [*speaker_names, *reported_names]
        reported_types = [*speaker_types, *reported_types]
    if body:
        speaker_names, speaker_types = list(reported_names), list(reported_types)
    inherited = candidate.reachable
    if (
        inherited is not None
        and speech.tense != "present"  # "Apple Corps claims": news day
        and (
            candidate.said_then  # "He said then that ...": made at the time told before
            or said_in_the_week(doc, inherited, speech, said_on_its_day=candidate.said_on_its_day)
        )
    ):
        statement = dated_event(
            doc,
            sentence,
            inherited,
            Anchor.INHERITED,
            speaker_names,
            speaker_types,
            speech.lemma,
        )
    else:
        statement = news_day_event(
            doc, sentence, speaker_names, speaker_types, speech.lemma, day=candidate.news_day
        )
    return Report(
        statement,
        tuple(reported_names),
        tuple(reported_types),
        sources_only(lead=candidate.lead, said_then=candidate.said_then),
    )
