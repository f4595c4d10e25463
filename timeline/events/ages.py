"""A decade or a year that tells what kind of thing something was, not when the clause
happened: "rid the city of the boxy cars of the 70s and 80s", "the songs of the 1960s", "paid
$21.5 million for the 2013-built bulk carrier" (a year joined to the word after it).

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "She still sings the ballads of the 1960s."
    >>> decade = Timex(31, 40, "the 1960s", "DATE", "196", granularity="decade")
    >>> ages_a_thing(Sentence(0, 41, text, 0), decade)
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.kinds import Granularity
from timeline.syntax import event_nouns

if TYPE_CHECKING:
    from timeline.sentences import Sentence
    from timeline.temporal import Timex

#: A decade's spelling, bare: "70s", "'80s", "1990s", "the 1960s".
_DECADE = r"(?:the\s+)?(?:early\s+|late\s+|mid-?)?['’]?\d{2,4}['’]?s"
#: A plural noun and "of" before the decade, with a decade it is joined to between them:
#: "cars of the 70s and" before "80s".
_THINGS_OF = re.compile(
    r"(?i)\b([a-z]{3,}s)\s+of\s+(?:" + _DECADE + r"\s+(?:and|or|to)\s+)?(?:the\s+)?$"
)


#: A hyphen and a word of letters right after a year: "2013-built", "1998-vintage".
_JOINED_AFTER = re.compile(r"-[a-z]{3,}\b")


def ages_a_thing(sentence: Sentence, timex: Timex) -> bool:
    """Whether a decade follows "of" after a plural noun of things ("the cars of the 70s"),
    which it describes (after an event noun, "the strikes of the 1980s", it dates events), or
    a year is joined by a hyphen to the word after it ("the 2013-built carrier", "a
    1998-vintage port"): a compound that describes a thing.

    >>> from timeline.sentences import Sentence
    >>> from timeline.temporal import Timex
    >>> text = "Buyers paid $21.5 million for the 2013-built carrier."
    >>> year = Timex(34, 38, "2013", "DATE", "2013", granularity="year")
    >>> ages_a_thing(Sentence(0, len(text), text, 0), year)
    True
    """
    if timex.granularity == Granularity.YEAR and timex.text.isdigit():
        return _JOINED_AFTER.match(sentence.text, timex.end - sentence.start) is not None
    if timex.granularity != Granularity.DECADE or not re.fullmatch(_DECADE, timex.text.strip()):
        return False
    start = timex.start - sentence.start
    things = _THINGS_OF.search(sentence.text[max(0, start - 60) : start])
    if things is None:
        return False
    noun = things.group(1).lower()
    return noun not in event_nouns() and noun[:-1] not in event_nouns()
