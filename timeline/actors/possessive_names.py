"""Names the model cut at the possessive inside them: a body or a house named for its members
or its patron ("the Footballers' Guild", "the Deri Valley Miners' Lodge", "St. Nicholas'
Cathedral"), where the model took only the head word or only the words before "'s" or "'".

    >>> text = "The Harrow Dockers' Guild said on Monday."
    >>> [(r.text, r.label) for r in possessive_names(text, [RawSpan(20, 25, "Guild", "PERSON")])]
    [("Harrow Dockers' Guild", 'ORG')]

A saint's or a people's name and its possessive before two or more capitalised words that end
in such a word are one name too, when the model cut it in two spans at the mark ("St. Ita's
Parish Guild", "the Women's Relief Service", stop 34): `_owners_body`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.actors.spans import RawSpan
from timeline.actors.vocabulary import countries, organisation_words, place_words

__all__ = ["naming_owner", "possessive_names"]

#: A possessive's mark and the capitalised word after it: "' Guild" of "Footballers' Guild".
_MARK_THEN_HEAD = re.compile(r"(?:['’]s|(?<=s)['’]) ([A-Z][a-z]+)\b(?! of\b)")
#: One to four capitalised words before a possessive's mark, and the mark: "Deri Valley
#: Miners'", "St. Nicholas'", "Queen's".
_OWNER_THEN_MARK = re.compile(
    r"(?<![\w'’.-])((?:St\.? )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})(?:['’]s|(?<=s)['’]) $"
)
#: A possessive's mark alone between two spans: "'s " of "St. Ita's Parish Guild", "' " of
#: "the Dockers' Welfare Committee".
_MARK_BETWEEN = re.compile(r"(?:['’]s|(?<=s)['’]) ")
#: An owner that makes a body's or a house's name of the words after its mark: a saint's name
#: ("St. Ita", "Saint Ita") or a plural of people, one word ("Women", "Seamen", "Children" before
#: "'s"; "Dockers", "Growers" before "'"), never a company's or a person's name.
_NAMING_OWNER = re.compile(r"(?:St\.?|Saint) [A-Z][\w-]+|[A-Z][a-z]*(?:men|ren|ers|ors)")
#: A plural of people after one to three capitalised words that say which ("Kansai Consumers",
#: "Upper Vale Growers"): the owner of a body's name when the model cut it at the mark too.
_QUALIFIED_PEOPLE = re.compile(r"(?:[A-Z][\w-]+ ){1,3}[A-Z][a-z]*(?:men|ren|ers|ors)")
#: What may not follow a body's last word for the name to end there: "of" or a capitalised
#: word.
_GOES_ON = re.compile(r" (?:of\b|[A-Z])")
#: Words that open a sentence or a clause, no word of a name: "The", "A".
_ARTICLES = frozenset({"the", "a", "an"})


def possessive_names(text: str, raw: Sequence[RawSpan]) -> list[RawSpan]:
    """`raw` (in text order) with each name cut at its possessive made whole: a span that ends
    at "'s" or "'" before a capitalised organisation's or place's word
    (`data/organisation_words.txt`, `data/place_words.txt`: Guild, Lodge, Union, Cathedral,
    Church) takes that word in, with the model's span of the word alone; a span that is such a
    word alone after one to four capitalised words and the mark takes them in. The owner is no
    country nor a place the model found ("Spain's Ministry", "Kenya's Police" stay two), nor
    is the head followed by "of" ("Laos's Ministry of Information").

    >>> text = "the Deri Vale Miners' Lodge said"
    >>> [r.text for r in possessive_names(text, [RawSpan(4, 20, "Deri Vale Miners", "ORG"),
    ...                                           RawSpan(22, 27, "Lodge", "PERSON")])]
    ["Deri Vale Miners' Lodge"]
    >>> text = "Zambia's Police said"
    >>> [r.text for r in possessive_names(text, [RawSpan(0, 6, "Zambia", "GPE")])]
    ['Zambia']
    """
    result: list[RawSpan] = []
    skip_to = -1
    reached = -1  # the furthest end of the spans before this one: a running maximum, not a scan
    for index, span in enumerate(raw):
        before, reached = reached, max(reached, span.end)
        if span.start < skip_to:
            continue
        after = raw[index + 1] if index + 1 < len(raw) else None
        if after is not None and _owners_body(text, span, after):
            result.append(
                RawSpan(
                    span.start,
                    after.end,
                    text[span.start : after.end],
                    _label(after.text.split()[-1]),
                )
            )
            skip_to = after.end
            continue
        head = _MARK_THEN_HEAD.match(text, span.end)
        if head is not None and _head(head.group(1)) and _owner(span.text, span.label):
            end = head.end(1)
            label = _label(head.group(1))
            result.append(RawSpan(span.start, end, text[span.start : end], label))
            skip_to = end
            continue
        if _head(span.text.rsplit(None, 1)[-1]) and not span.role:
            start = _owner_start(text, span.start)
            if (
                start is not None
                and before <= start
                and (" " not in span.text or _people_before(text, start, span.start))
            ):
                result.append(RawSpan(start, span.end, text[start : span.end], _label(span.text)))
                continue
        result.append(span)
    return result


def naming_owner(words: str) -> bool:
    """Whether the words before a possessive's mark name what comes after it rather than own
    it: a saint's name or a plural of people (`_NAMING_OWNER`: "St. Ita's Parish Guild", "the
    Women's Relief Service"), not a company's, a body's or a person's ("Tesco's Retail
    Group", "the Senate's Armed Services Committee").

    >>> [naming_owner(w) for w in ("St. Ita", "Women", "Dockers", "Tesco", "Senate")]
    [True, True, True, False, False]
    """
    return _NAMING_OWNER.fullmatch(words) is not None


def _owners_body(text: str, owner: RawSpan, body: RawSpan) -> bool:
    """Whether `owner`, its possessive's mark and `body` right after it are one name: the
    owner is a saint's name or a plural of people (`_NAMING_OWNER`), also after words that say
    which people ("the Kansai Consumers' Liaison Council", `_QUALIFIED_PEOPLE`: stop 38), the
    body two to four
    capitalised words whose last is an organisation's or a place's word, not followed by
    "of" ("St. Ita's Parish Council of ..." opens a name of its own) nor by another
    capitalised word.

    >>> text = "the St. Ita's Parish Guild met; the Women's Relief Service and Tesco's Retail Group"
    >>> spans = [RawSpan(4, 11, "St. Ita", "ORG"), RawSpan(14, 26, "Parish Guild", "PERSON"),
    ...          RawSpan(36, 41, "Women", "ORG"), RawSpan(44, 58, "Relief Service", "ORG"),
    ...          RawSpan(63, 68, "Tesco", "ORG"), RawSpan(71, 83, "Retail Group", "ORG")]
    >>> [_owners_body(text, spans[n], spans[n + 1]) for n in (0, 2, 4)]
    [True, True, False]
    """
    words = body.text.split()
    return (
        _MARK_BETWEEN.fullmatch(text, owner.end, body.start) is not None
        and _names_people(owner.text)
        and owner.label not in ("GPE", "NORP")
        and 2 <= len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and _head(words[-1])
        and _GOES_ON.match(text, body.end) is None
    )


def _people_before(text: str, start: int, head_start: int) -> bool:
    """Whether the owner's words from `start` to the mark before `head_start` name a kind of
    people (`_NAMING_OWNER`, `_QUALIFIED_PEOPLE`): then a body's name of several words after
    the mark is one name with them ("Kansai Consumers'" + "Liaison Council"), where a
    company's or a person's words own it ("Tesco's" + "Retail Group").

    >>> text = "The Kansai Consumers' Liaison Council; Tesco's Retail Group"
    >>> _people_before(text, 4, 22), _people_before(text, 39, 47)
    (True, False)
    """
    return _names_people(re.sub(r"(?:['’]s|(?<=s)['’]) $", "", text[start:head_start]))


def _names_people(owner: str) -> bool:
    """Whether an owner's words name a saint or a kind of people (`naming_owner`), also after
    words that say which (`_QUALIFIED_PEOPLE`: "Kansai Consumers"), not a company's
    organisation word that ends as a plural of people does ("Kelso Motors").

    >>> [_names_people(w) for w in ("Women", "Kansai Consumers", "Kelso Motors", "Tesco")]
    [True, True, False, False]
    """
    if naming_owner(owner):
        return True
    qualified = _QUALIFIED_PEOPLE.fullmatch(owner)
    return qualified is not None and owner.rsplit(None, 1)[-1].casefold() not in (
        organisation_words()
    )


def _owner_start(text: str, head_start: int) -> int | None:
    """Where the owner's words before the mark that ends at `head_start` begin, after an
    article ("Footballers'" of "The Footballers' Guild"), or None when there are none or they
    are a country's.

    >>> text = "The Footballers' Guild said"
    >>> _owner_start(text, 17), _owner_start("Spain's Guild", 8)
    (4, None)
    """
    owner = _OWNER_THEN_MARK.search(text, max(0, head_start - 80), head_start)
    if owner is None:
        return None
    start = owner.start(1)
    words = owner.group(1).split()
    while words and words[0].casefold() in _ARTICLES:
        start = text.index(words[1], start) if len(words) > 1 else head_start
        words = words[1:]
    return start if words and _owner(" ".join(words), "") else None


def _head(word: str) -> bool:
    """Whether a capitalised word is a body's or a place's last word ("Guild", "Cathedral")."""
    return word.casefold() in organisation_words() or word.casefold() in place_words()


def _label(head: str) -> str:
    """An organisation's label for a body's word, a facility's for a place's."""
    return "ORG" if head.casefold() in organisation_words() else "FAC"


def _owner(words: str, label: str) -> bool:
    """Whether the words before the mark may be a name's own words: no place the model found,
    no country ("Spain's Ministry" is Spain's ministry)."""
    return label not in ("GPE", "NORP") and words.removeprefix("the ").casefold() not in (
        countries()
    )
