"""The events of one document: each event sentence, by what dates it, into rows with their
clauses, dates, actors and action.

    >>> from datetime import date
    >>> from timeline.documents import Document
    >>> from timeline.sentences import split_sentences
    >>> doc = Document("a", "Blinken spoke.", published=date(2023, 10, 23),
    ...                published_source="user")
    >>> build_events(doc, split_sentences(doc.text), [], [])  # no actor: no event
    []
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline.actors.mention import MentionTuple
from timeline.events.actor_veto import DocumentNames, veto_actors
from timeline.events.anaphora import has_anaphor, sentence_actors
from timeline.events.asides import outside_asides
from timeline.events.asserted import dated_by_its_condition
from timeline.events.clause_actors import actors_before, clause_actors
from timeline.events.clauses import (
    at_times,
    attach_dates,
    clause_date,
    joined_dated_clauses,
    written_before,
)
from timeline.events.counted import with_counted_clause
from timeline.events.dates import (
    PRESENT_VALUES,
    counts_from_the_news_day,
    dated_expressions,
    news_date,
    on_an_unknown_day,
    precision,
    undated_news,
)
from timeline.events.distinct import distinct_rows
from timeline.events.event import Event, actors_in, dated_event, news_day_event
from timeline.events.fallback_model import FallbackContext, judged_fallback, told_of
from timeline.events.figures import result_periods
from timeline.events.interviews import interview, turn_actors
from timeline.events.possessive_owners import without_possessive_owners
from timeline.events.quotations import (
    open_quotation_speakers,
    outside_quotations,
    said_after_quotation,
)
from timeline.events.reasons import date_reason
from timeline.events.reports import (
    dated_statement,
    report_of,
    said_about,
    said_now,
)
from timeline.events.row_model import judged_rows
from timeline.events.selection import EventSentence, document_event_sentences
from timeline.events.sharing import one_statement, shared_actors, with_shared_actors
from timeline.events.spans import adjoining, coordinated, range_of
from timeline.events.standing_states import a_standing_state, is_description
from timeline.events.undated_rows import inheriting_rows, news_day_rows, vague_row
from timeline.kinds import Anchor

if TYPE_CHECKING:
    from timeline.actors import ActorMention
    from timeline.documents import Document
    from timeline.sentences import Sentence
    from timeline.syntax import Predicate
    from timeline.temporal import Timex

#: What gives the predicates of sentences: `timeline.syntax.predicates` with a tagger.
Analyse = Callable[[list[str]], list[list["Predicate"]]]


def build_events(
    doc: Document,
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    mentions: Sequence[ActorMention],
    analyse: Analyse | None = None,
    candidates: Sequence[EventSentence] | None = None,
    written: str | None = None,
) -> list[Event]:
    """The events of one document, in text order.

    `timexes` and `mentions` are sorted by start offset, as `timeline.temporal.tag` and
    `timeline.actors.find_actors` return them. `analyse` gives the predicates of sentences
    (`timeline.syntax.predicates` with a tagger); without it each sentence is one event and
    `action` stays empty. `candidates` are the document's event sentences when the caller has
    chosen them already (`selection.document_event_sentences` of the same arguments).
    `written` is the text as written, before its furniture was blanked in `doc` (a
    transcript's speaker labels: `interviews.interview`).

    >>> from datetime import date
    >>> from timeline.actors import ActorMention
    >>> from timeline.documents import Document
    >>> from timeline.sentences import split_sentences
    >>> from timeline.temporal import Timex
    >>> text = "Blinken spoke on Monday. He left."
    >>> monday = Timex(17, 23, "Monday", "DATE", "2023-10-23", granularity="day",
    ...                date_start=date(2023, 10, 23), date_end=date(2023, 10, 23))
    >>> blinken = ActorMention(0, 7, "Blinken", "Antony Blinken", "person")
    >>> events = build_events(Document("a", text), split_sentences(text), [monday], [blinken])
    >>> [(e.anchor, e.date_start, e.actors) for e in events]  # doctest: +NORMALIZE_WHITESPACE
    [('explicit', datetime.date(2023, 10, 23), ('Antony Blinken',)),
     ('inherited', datetime.date(2023, 10, 23), ('Antony Blinken',))]
    """
    if candidates is None:  # the pipeline chose them already, to know what the tagger reads
        candidates = document_event_sentences(doc, sentences, timexes)
    analysed = analyse([c.sentence.text for c in candidates]) if analyse and candidates else None
    events: list[Event] = []
    position = {s.start: n for n, s in enumerate(sentences)}
    pointed: dict[int, list[str]] = {}  # sentence start -> the persons its "he" stands for
    # "I" and "we" in its answers are the interviewee
    talk = interview(doc.text, mentions, written)
    told: dict[int, list[str]] = {}  # sentence start -> its actors
    frozen = MentionTuple(mentions)  # hashed once for the caches each sentence asks
    fallbacks = FallbackContext(doc, sentences, timexes)
    names_of = DocumentNames(doc.text, frozen, written)  # what the actor veto counts once
    for number_in_list, candidate in enumerate(candidates):
        sentence = candidate.sentence
        predicates = analysed[number_in_list] if analysed is not None else []
        verbs = [p for p in predicates if not p.nominal]
        names, types = sentence_actors(
            doc.text, sentences, position[sentence.start], verbs, mentions, pointed, frozen
        )
        names, types = outside_quotations(sentence, names, types, mentions)
        if not names and candidate.inherited is None:
            # '"Rates rose in May. We are wary," Roe said.': Roe's words
            names, types = open_quotation_speakers(doc.text, sentence, mentions)
        if talk is not None:
            spoken = turn_actors(doc.text, sentence.start, sentence.text, talk)
            added = [(name, kind) for name, kind in spoken if name not in names]
            names = [*(name for name, _ in added), *names]
            types = [*(kind for _, kind in added), *types]
        if analysed is not None and not predicates and len(sentence.text.split()) <= 3:
            continue  # a signature or a caption ("Steve"), no clause at all
        told[sentence.start] = names
        # "GM cut 2,000 jobs on Monday. GM said ...": its speaker goes on, on that day
        day_told_in = told.get(-1 if candidate.day_told_at is None else candidate.day_told_at, [])
        goes_on = bool(names) and names[0] in day_told_in
        reading = replace(candidate, said_on_its_day=True) if goes_on else candidate
        rows, source = _sentence_events(doc, reading, predicates, names, types, mentions)
        # the clause counted from a row's day ("two days after talks ended in Lima") is a row
        # of the sentence too: it shares the sentence's places like the others
        clauses = len(rows)  # a clause counted from a row's day keeps its own actors
        rows = with_counted_clause(doc, sentence, timexes, predicates, rows, mentions)
        shared = shared_actors(doc.text, sentence, verbs, names, mentions)
        lemmas = {verb.lemma for verb in verbs}
        whole = len(rows) == clauses and one_statement(sentence.text, verbs)
        # a statement that only sources its rows shares with them as a row would, then goes
        sourcing = [] if source is None else [source]
        shared_rows = with_shared_actors([*sourcing, *rows], names, types, shared, lemmas, whole)
        # the model drops an extra row that is no event ("from next year" of a plan)
        distinct = distinct_rows(shared_rows[len(sourcing) :])
        kept = judged_rows(sentence, distinct, predicates, news_date(doc))
        # the only row of a sentence with no date of its own: its fallback day, or no day
        kept = judged_fallback(
            fallbacks, position[sentence.start], kept, predicates, told_of(reading)
        )
        # "The company's shares rose": the thing is the subject, its owner no actor
        kept = without_possessive_owners(kept, frozen, sentence)
        # the actors every rule kept, each weighed by the learned veto (drops only), which
        # reads the clause's verbs: not without the tagger
        events.extend(kept if analysed is None else veto_actors(kept, names_of, sentence, verbs))
    starts = [s.start for s in sentences]  # once: a long article has many events
    # the day of the date line each sentence stands under, when it is not the news day
    section_day = {c.sentence.start: c.news_day for c in candidates if c.news_day is not None}
    return [
        replace(
            e,
            date_reason=e.date_reason
            or date_reason(e, doc, starts, section_day.get(e.sentence_start)),
        )
        for e in events
    ]


def _sentence_events(
    doc: Document,
    candidate: EventSentence,
    predicates: Sequence[Predicate],
    names: list[str],
    types: list[str],
    mentions: Sequence[ActorMention],
) -> tuple[list[Event], Event | None]:
    """The events of one event sentence, by what dates it: a date it inherits, the news day,
    a vague expression, or dates of its own, one event per dated clause; and the statement
    that only sources them (`reports.sources_only`: no row, None when there is none)."""
    verbs = outside_asides(candidate.sentence.text, [p for p in predicates if not p.nominal])
    main = verbs[0].lemma if verbs else None
    if (
        is_description(candidate, main)
        or a_standing_state(candidate, verbs[0] if verbs else None, predicates)
    ) and not said_after_quotation(candidate.sentence, mentions):
        return [], None  # "The network is key," said Ruiz: a saying, whatever it describes
    if candidate.inherited is not None:
        return inheriting_rows(doc, candidate, candidate.inherited, verbs, names, types), None
    if candidate.on_published:
        return news_day_rows(doc, candidate, verbs, names, types), None
    sentence = candidate.sentence
    starts = [t.start - sentence.start for t in candidate.expressions]
    if dated_by_its_condition(sentence.text, starts, verbs):
        # "If no deal is reached by Friday, the union will strike": no day, no event
        return [], None
    dated = dated_expressions(candidate.expressions)
    if undated_news(doc):
        # "said on Monday", with no publication date: the clause is still an event, on no
        # known day, like the other dated clauses of its sentence
        # "next year", "in May": counted from the day the story was written, which is not
        # known, not from a date the text gave before
        dated = [
            on_an_unknown_day(t)
            if counts_from_the_news_day(candidate.sentence, t, candidate.expressions)
            else t
            for t in dated
        ]
        dated = sorted([*dated, *_unknown_days(candidate.expressions)], key=_start)
    if not dated:
        return [vague_row(doc, candidate, verbs, names, types)], None
    kept = _read_by_clause(doc, candidate, dated, predicates, mentions) if predicates else set()
    if kept is not None and not kept:
        timex = min(at_times(candidate.sentence, dated), key=lambda t: (precision(t), t.start))
        if timex.date_start is None:
            return [vague_row(doc, candidate, verbs, names, types)], None
        anchor = _anchor_of(timex, candidate)
        # no clause read (the sentence names no one): a range is still one period
        span = range_of(doc.text, timex, dated) or adjoining(
            doc.text, timex, coordinated(doc.text, timex, dated)
        )
        dating = span or timex
        return [dated_event(doc, candidate.sentence, dating, anchor, names, types, main)], None
    rows, source = _clause_events(doc, candidate, dated, predicates, names, types, mentions)
    if kept is None:
        return rows, source
    return [r for r in rows if r.date_text_start is None or r.date_text_start in kept], source


def _read_by_clause(
    doc: Document,
    candidate: EventSentence,
    dated: Sequence[Timex],
    predicates: Sequence[Predicate],
    mentions: Sequence[ActorMention],
) -> set[int] | None:
    """Which dates of a sentence are read clause by clause: all of them (None) when it names
    someone or points back to someone; when it names no one, those of clauses it joins that
    each have a date of their own (`clauses.joined_dated_clauses`: "The fair opens on May 2
    and closes on May 9"), where each date starts; none (the sentence is one row, dated by
    its most precise date) when it joins no two: dates within one clause ("from May 2 to
    May 9", "Friday, May 2") or in a dependent one ("rose on Monday after it fell on
    Friday")."""
    sentence = candidate.sentence
    if actors_in(mentions, sentence.start, sentence.end)[0] or has_anaphor(sentence.text):
        return None
    groups = attach_dates(doc.text, sentence, dated, predicates)
    return {t.start for verb in joined_dated_clauses(sentence, groups) for t in groups[verb]}


def _clause_events(
    doc: Document,
    candidate: EventSentence,
    dated: Sequence[Timex],
    predicates: Sequence[Predicate],
    names: list[str],
    types: list[str],
    mentions: Sequence[ActorMention],
) -> tuple[list[Event], Event | None]:
    """A sentence with dates of its own: one event per dated clause (and per coordinated
    date), a statement apart from what it reports, and an undated main clause that takes
    the day the story is telling; and a statement that only sources what it reports
    (`reports.sources_only`: "said it would close in May"), which `build_events` shares the
    sentence's actors with, then drops."""
    verbs = [p for p in predicates if not p.nominal]
    groups = said_now(
        attach_dates(doc.text, candidate.sentence, dated, predicates), verbs, news_date(doc)
    )
    events = _dated_clauses(doc, candidate, groups, names, types, mentions)
    speech = dated_statement(doc, candidate.sentence, verbs, groups)
    if speech is not None:  # "said on Monday that ...": what was said is about its own names
        said_from = max(t.end for t in groups[speech])
        about = said_about(doc, candidate.sentence, speech, names, types, mentions, said_from)
        if not about[0]:  # what was said names no one: the speaker's word, as in `report_of`
            about = (list(names), list(types))
        events = [
            replace(event, actors=tuple(about[0]), actor_types=tuple(about[1]))
            if event.date_text_start is not None and event.date_text_start >= said_from
            else event
            for event in events
        ]
    report = report_of(doc, candidate, verbs, groups, names, types, mentions)
    if report is not None:
        # what was said names no one ("Roe said prices had recovered in May"): it is the
        # speaker's word, and a reader filtering by the speaker finds it
        said = (report.reported_names, report.reported_types)
        if not said[0]:
            said = (report.statement.actors, report.statement.actor_types)
        reported = [replace(event, actors=said[0], actor_types=said[1]) for event in events]
        if reported and report.sources_only:  # "said it would close in May": no day of its own
            return reported, report.statement
        return [report.statement, *reported], None
    main_undated = verbs and verbs[0] not in groups and all(p.nominal for p in groups)
    if main_undated and candidate.reachable is not None:
        events.insert(
            0, _main_clause(doc, candidate, candidate.reachable, verbs[0], events, names, types)
        )
    return events, None


def _dated_clauses(
    doc: Document,
    candidate: EventSentence,
    groups: dict[Predicate, list[Timex]],
    names: list[str],
    types: list[str],
    mentions: Sequence[ActorMention],
) -> list[Event]:
    """One event per clause with dates attached, in text order, dated by `clause_date` and
    again by each date coordinated with it ("in March and June")."""
    sentence = candidate.sentence
    actors = clause_actors(doc.text, sentence, list(groups), names, types, mentions)
    events: list[Event] = []
    for predicate, attached in sorted(groups.items(), key=lambda item: item[0].start):
        covered, reported = result_periods(sentence, attached)
        timex = clause_date(sentence, predicate, reported or attached)
        clause_names, clause_types = actors.get(predicate, (names, types))
        for period in covered:  # "a loss for the third quarter" beside "on Oct. 27"
            events.append(
                dated_event(
                    doc,
                    sentence,
                    period,
                    _anchor_of(period, candidate),
                    clause_names,
                    clause_types,
                    predicate.lemma,
                )
            )
        if (
            predicate.tense == "past"
            and timex.value in PRESENT_VALUES
            and candidate.reachable is not None
        ):
            # "Jobs announced a new MacBook Air, on sale now": "now" is the laptop's state;
            # the announcing happened on the day the story is about.
            events.append(
                dated_event(
                    doc,
                    sentence,
                    candidate.reachable,
                    Anchor.INHERITED,
                    clause_names,
                    clause_types,
                    predicate.lemma,
                )
            )
            continue
        if predicate.nominal and written_before(doc.text, sentence, predicate, attached):
            own = actors_before(mentions, sentence, predicate)
            noun = sentence.text[predicate.start : predicate.end]
            if own[0] or not noun.islower():
                # "at a special meeting tomorrow": a common noun that names no one is the
                # clause's act, with its names; a named one ("Worldwide Developers
                # Conference") is not
                clause_names, clause_types = own
        span = range_of(doc.text, timex, attached, predicate.lemma)
        if span is None:
            others = coordinated(doc.text, timex, attached)
            span = adjoining(doc.text, timex, others)
        sides = [span] if span is not None else [timex, *others]
        for each in sorted(sides, key=_start):
            if each.date_start is None:  # news without its date: the clause has no day
                anchor, known = Anchor.VAGUE, False
            else:
                anchor, known = _anchor_of(each, candidate), True
            events.append(
                dated_event(
                    doc,
                    sentence,
                    each,
                    anchor,
                    clause_names,
                    clause_types,
                    predicate.lemma,
                    dated=known,
                )
            )
    return events


def _main_clause(
    doc: Document,
    candidate: EventSentence,
    reachable: Timex,
    main: Predicate,
    clause_events: Sequence[Event],
    names: list[str],
    types: list[str],
) -> Event:
    """The main clause has no date of its own (only event nouns do): it inherits one, as a
    sentence would, and in news the present tense is the state on the news day. Its actors
    are those the nouns' events do not have."""
    nominal_actors = {a for e in clause_events for a in e.actors}
    kept = [(n, t) for n, t in zip(names, types, strict=True) if n not in nominal_actors]
    kept_names, kept_types = [n for n, _ in kept], [t for _, t in kept]
    sentence = candidate.sentence
    if news_date(doc) is not None and main.tense == "present":
        return news_day_event(
            doc, sentence, kept_names, kept_types, main.lemma, day=candidate.news_day
        )
    return dated_event(
        doc, sentence, reachable, Anchor.INHERITED, kept_names, kept_types, main.lemma
    )


def _unknown_days(timexes: Sequence[Timex]) -> list[Timex]:
    """The expressions that would date their clause if the publication date were known
    ("Monday", "last week" as `XXXX-WXX-1`, `XXXX-WXX`)."""
    return [
        t
        for t in timexes
        if t.date_start is None and t.value.startswith("XXXX") and t.type in ("DATE", "TIME")
    ]


def _anchor_of(timex: Timex, candidate: EventSentence) -> Anchor:
    """`published` for an expression that means the news day ("now"), else `explicit`."""
    published = timex.value in PRESENT_VALUES or timex.start in candidate.published_dates
    return Anchor.PUBLISHED if published else Anchor.EXPLICIT


def _start(timex: Timex) -> int:
    return timex.start
