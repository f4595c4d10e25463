"""Conflicting dates: one event reported by several articles with dates that disagree.

    >>> conflicts = find_conflicts(table)  # doctest: +SKIP
    >>> marked = mark_conflicts(table, conflicts)  # doctest: +SKIP
    >>> review = conflicts_only(marked)  # the filter "conflicts only"  # doctest: +SKIP

The rule (docs/analysis.md): two dated rows report **the same event** when they come from
different documents, share an actor and their sentences share at least `SIMILARITY` of their
content words: the test of `timeline.table.merge_duplicates`, without its "same dates". Rows
are grouped in the table's order, each joining the group of the first earlier row it reports
the same event as, unless that group already holds a row of its document (a group never holds
two rows of one document). A group is a **conflict** when two of its rows' date intervals
differ and neither contains the other: "Monday 23 October" inside "the week of 23 October" or
"October 2023" is one date said more or less precisely, not a conflict; "Sunday 22 October"
against "Monday 23 October" is. A news-day row (the article's own "today") conflicts with an
explicit date of another article the same way.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter

import numpy as np
import pandas as pd

from timeline.table import ORDER, SIMILARITY, content_words, similar

#: The columns of the conflicts frame: one row per reported date of a conflict.
CONFLICT_COLUMNS = (
    "conflict_id",
    "event_id",
    "doc_id",
    "title",
    "date_start",
    "date_end",
    "granularity",
    "anchor",
    "date_text",
    "date_reason",
    "sentence",
    "sources",
    "source_events",
)


def conflict_id(event_ids: list[str]) -> str:
    """A stable id for the conflict between these rows: the same rows give the same id in
    every run, whatever their order.

    >>> conflict_id(["ev-2", "ev-1"]) == conflict_id(["ev-1", "ev-2"])
    True
    >>> conflict_id(["ev-1", "ev-2"])
    'cf-331b985813ab'
    """
    key = "\x1f".join(sorted(event_ids))
    return "cf-" + hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest()


#: Candidate pairs made at once, at most (about): past it the self-join runs in parts, so a
#: pile repeating one text in many articles (wire copy) does not hold them all in memory.
PAIRS_AT_ONCE = 4_000_000


def _candidate_pairs(
    words: list[frozenset[str]],
    actors: list[list[str]],
    similarity: float,
    documents: list[str] | None = None,
) -> pd.DataFrame:
    """Pairs (first, second) of positions, first < second, that share an actor and one of
    the rarest words of each: prefix filtering, so no pair with a Jaccard of at least
    `similarity` is missed and rows sharing only common words are never compared. Given the
    rows' `documents`, pairs of one document are left out (they never join: a group never
    holds two rows of one document)."""
    frequency: Counter[str] = Counter()
    for row_words in words:
        frequency.update(row_words)
    # words numbered rarest first, actors numbered: a (actor, word) key is one integer
    rank = {word: n for n, (word, _) in enumerate(sorted(frequency.items(), key=_rarest))}
    actor_number: dict[str, int] = {}
    positions: list[int] = []
    keys: list[int] = []
    for position, (row_words, row_actors) in enumerate(zip(words, actors, strict=True)):
        if not row_words:
            continue
        ranked = sorted(rank[word] for word in row_words)
        # (less a hair: 0.7 * 10 is 7.000000000000001 in floating point, and ceil would say 8)
        prefix = ranked[: len(ranked) - math.ceil(similarity * len(ranked) - 1e-9) + 1]
        for actor in dict.fromkeys(row_actors):
            base = actor_number.setdefault(actor, len(actor_number)) * len(rank)
            positions.extend([position] * len(prefix))
            keys.extend(base + word for word in prefix)
    position_array = np.asarray(positions, dtype="int64")
    number_of = {document: n for n, document in enumerate(dict.fromkeys(documents or []))}
    postings = pd.DataFrame(
        {
            "position": position_array,
            "key": np.asarray(keys, dtype="int64"),
            "document": (
                np.asarray([number_of[d] for d in documents], dtype="int64")[position_array]
                if documents is not None
                else np.zeros(len(position_array), dtype="int64")
            ),
        }
    )
    sizes = postings["key"].value_counts().to_numpy(dtype="float64")
    parts = max(1, int((sizes * sizes).sum() // PAIRS_AT_ONCE))
    found = []
    for part in range(parts):
        some = postings.loc[postings["key"] % parts == part] if parts > 1 else postings
        pairs = some.merge(some, on="key", suffixes=("_first", "_second"))
        keep = pairs["position_first"] < pairs["position_second"]
        if documents is not None:
            keep &= pairs["document_first"] != pairs["document_second"]
        found.append(pairs.loc[keep, ["position_first", "position_second"]])
    pairs = pd.concat(found, ignore_index=True)
    return (
        pairs[["position_first", "position_second"]]
        .drop_duplicates()
        .rename(columns={"position_first": "first", "position_second": "second"})
        .sort_values(["second", "first"])
    )


def _rarest(item: tuple[str, int]) -> tuple[int, str]:
    word, count = item
    return count, word


def _nested(starts: np.ndarray, ends: np.ndarray, i: int, j: int) -> bool:
    """Whether one of the two intervals contains the other (equal ones included)."""
    return bool(
        (starts[i] <= starts[j] and ends[j] <= ends[i])
        or (starts[j] <= starts[i] and ends[i] <= ends[j])
    )


def find_conflicts(table: pd.DataFrame, *, similarity: float = SIMILARITY) -> pd.DataFrame:
    """The conflicts of `table`: one row per reported date (`CONFLICT_COLUMNS`), conflicts in
    the order of their first date, each conflict's rows by date. The input is not changed.

    >>> find_conflicts(table)[["conflict_id", "doc_id", "date_start"]]  # doctest: +SKIP
         conflict_id doc_id date_start
    0  cf-0a1b2c3d4e5f      a 2023-10-22
    1  cf-0a1b2c3d4e5f      b 2023-10-23
    """
    ordered = table.sort_values(ORDER, na_position="last", kind="stable")
    eligible = ordered.loc[
        ordered["date_start"].notna() & ordered["actors"].map(len).gt(0).astype(bool)
    ]
    words = [content_words(str(sentence)) for sentence in eligible["sentence"]]
    actors = [list(names) for names in eligible["actors"]]
    documents = eligible["doc_id"].astype(str).tolist()
    pairs = _candidate_pairs(words, actors, similarity, documents) if len(eligible) else None
    group = list(range(len(eligible)))  # each row its own group until it joins one
    group_documents: dict[int, set[str]] = {}
    if pairs is not None:
        # by row, then by the earlier rows it may join (the pair shares an actor already)
        for row, first in zip(pairs["second"].tolist(), pairs["first"].tolist(), strict=True):
            if group[row] != row:
                continue  # it joined a group through an earlier row
            target = group[first]
            joined = group_documents.setdefault(target, {documents[target]})
            if documents[row] not in joined and similar(words[row], words[first], similarity):
                group[row] = target
                joined.add(documents[row])
    starts = eligible["date_start"].to_numpy()
    ends = eligible["date_end"].to_numpy()
    members_of: dict[int, list[int]] = {}
    for position, target in enumerate(group):
        members_of.setdefault(target, []).append(position)
    event_ids = eligible["event_id"].astype(str).to_numpy()
    ids: dict[int, str] = {}
    for members in members_of.values():
        if len(members) > 1 and any(
            not _nested(starts, ends, i, j) for i in members for j in members if i < j
        ):
            shared = conflict_id([str(event_ids[member]) for member in members])
            ids.update(dict.fromkeys(members, shared))
    if not ids:
        return _empty_conflicts(table)
    positions = sorted(ids)
    rows = eligible.iloc[positions]
    conflicts = rows.assign(
        conflict_id=pd.Series([ids[p] for p in positions], index=rows.index, dtype="string")
    )
    first_day = conflicts.groupby("conflict_id")["date_start"].transform("min")
    return (
        conflicts.assign(first_day=first_day)
        .sort_values(["first_day", "conflict_id", "date_start", "date_end", "doc_id"])
        .loc[:, list(CONFLICT_COLUMNS)]
        .reset_index(drop=True)
    )


def _empty_conflicts(table: pd.DataFrame) -> pd.DataFrame:
    empty = table.iloc[0:0].assign(conflict_id=pd.Series([], dtype="string"))
    return empty.loc[:, list(CONFLICT_COLUMNS)].reset_index(drop=True)


def mark_conflicts(table: pd.DataFrame, conflicts: pd.DataFrame) -> pd.DataFrame:
    """The table with a `conflict_id` column: the conflict each row is part of, or <NA>.

    A merged row counts as part of a conflict when any of its `source_events` is.

    >>> mark_conflicts(table, find_conflicts(table))["conflict_id"].notna().sum()  # doctest: +SKIP
    2
    """
    of_event = dict(
        zip(conflicts["event_id"].astype(str), conflicts["conflict_id"].astype(str), strict=True)
    )
    marks = [
        next((of_event[str(e)] for e in [event, *merged] if str(e) in of_event), None)
        for event, merged in zip(table["event_id"], table["source_events"], strict=True)
    ]
    return table.assign(conflict_id=pd.Series(marks, index=table.index, dtype="string"))


def conflicts_only(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a marked table (`mark_conflicts`) that are part of a conflict.

    >>> len(conflicts_only(mark_conflicts(table, find_conflicts(table))))  # doctest: +SKIP
    2
    """
    return table.loc[table["conflict_id"].notna().astype(bool)].reset_index(drop=True)
