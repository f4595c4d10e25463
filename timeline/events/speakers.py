"""Who a transcript's speaker label names: a person of the text whose name it holds ("MR.
IDRIS BOWEN, M.P.", "MRS. PRICE", "TAUROA", a podcast's "STELIOS"), the name in its note
("PRESENTER (Gwen Lloyd-Morgan)"), or the person the text writes in full with the label's
one name ("MAYOR SALVAÑA" of a "Mayor Ricardo Salvaña" the heading names); and the
organisation its note names ("(Chief Executive, Tasman Rail)").

    >>> heading = WrittenNames("Mayor Ricardo Salvaña spoke.")
    >>> label_speaker(heading, ("mayor", "salvaña"), None, KnownPersons([]))
    'Ricardo Salvaña'
    >>> label_speaker(heading, ("presenter",), "Gwen Lloyd-Morgan", KnownPersons([]))
    'Gwen Lloyd-Morgan'
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from timeline.actors.referents import honorifics
from timeline.actors.vocabulary import organisation_words, titles

__all__ = [
    "KnownPersons",
    "WrittenNames",
    "label_organisation",
    "label_speaker",
    "label_words",
    "name_before_of",
]

#: A written name's word: capitalised, maybe hyphenated ("Lloyd-Morgan", "Nils-Erik",
#: "Åström"), not in capitals ("SALVAÑA", a label's).
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ]+)?"
#: Words of a name written in a note or a heading: two to five.
_MOST_WORDS = 5


def label_words(label: str) -> tuple[str, ...]:
    """A label's words, case folded, without the points and commas around them.

    >>> label_words("MR. IDRIS BOWEN, M.P.")
    ('mr', 'idris', 'bowen', 'm.p')
    """
    return tuple(word.strip(".,").casefold() for word in label.split() if word.strip(".,"))


def _titled(word: str) -> bool:
    """Whether a folded word is a title or an honorific ("mayor", "shri", "mrs") or initials
    after a name ("m.p")."""
    return word in titles() or word in honorifics() or "." in word


def _untitled(words: Sequence[str]) -> list[str]:
    """`words` without the titles opening them, of one word or more ("Mayor", "Chief
    Executive", "Shri").

    >>> _untitled(["Chief", "Executive"]), _untitled(["Mayor", "Ricardo", "Salvaña"])
    ([], ['Ricardo', 'Salvaña'])
    """
    rest = list(words)
    while rest:
        lengths = [n for n in range(len(rest), 0, -1) if _title(rest[:n])]
        if not lengths:
            break
        rest = rest[lengths[0] :]
    return rest


def _title(words: Sequence[str]) -> bool:
    folded = " ".join(words).strip(".").casefold()
    return _titled(folded) if len(words) == 1 else folded in titles()


def _one(found: Sequence[str]) -> str | None:
    return found[0] if len(set(found)) == 1 else None


def _note_name(note: str) -> str | None:
    """The person a label's note names, written as a name: "Gwen Lloyd-Morgan", "Shri Bishnu
    Prasad Nayak" (without its title), "Ana Whitlock, Tasman Rail communications" (before the
    comma); not a role ("Minister of State", "HOST") nor an organisation ("Kalinga Express").

    >>> _note_name("Shri Bishnu Prasad Nayak"), _note_name("Chief Executive, Tasman Rail")
    ('Bishnu Prasad Nayak', None)
    """
    words = _untitled(note.split(",", maxsplit=1)[0].split())
    if not 2 <= len(words) <= _MOST_WORDS:
        return None
    if not all(re.fullmatch(_NAME_WORD, word) for word in words):
        return None
    if any(word.casefold() in organisation_words() for word in words):
        return None
    return " ".join(words)


class WrittenNames:
    """The runs of two capitalised words or more a text writes ("Mayor Ricardo Salvaña",
    "Nils-Erik Kuhmunen"), read once, each without the titles before its name, found by its
    last word, its first or any (an index: a label asks without reading the text again).

    >>> names = WrittenNames("Yesterday Mayor Ricardo Salvaña spoke to Stelios Charalambous.")
    >>> names.ending("salvaña"), names.opening("stelios")
    ('Ricardo Salvaña', 'Stelios Charalambous')
    """

    def __init__(self, text: str) -> None:
        self.runs: list[tuple[str, ...]] = []
        self._ending: dict[str, list[str]] = {}
        self._opening: dict[str, list[str]] = {}
        self._holding: dict[str, list[int]] = {}
        for match in _RUN.finditer(text):
            words = match.group().split()
            titled = [n for n, word in enumerate(words) if _titled(word.casefold())]
            name = tuple(words[titled[-1] + 1 :] if titled else words)
            if not 2 <= len(name) <= _MOST_WORDS:
                continue
            joined = " ".join(name)
            self._ending.setdefault(name[-1].casefold(), []).append(joined)
            self._opening.setdefault(name[0].casefold(), []).append(joined)
            for word in dict.fromkeys(word.casefold() for word in name):
                self._holding.setdefault(word, []).append(len(self.runs))
            self.runs.append(name)

    def ending(self, word: str) -> str | None:
        """The one name written with `word` (folded) as its last word."""
        return _one(self._ending.get(word, []))

    def opening(self, word: str) -> str | None:
        """The one name written with `word` (folded) as its first word."""
        return _one(self._opening.get(word, []))

    def holding(self, words: Sequence[str]) -> str | None:
        """The first name written whose words are `words` (folded) in a row: "NILS-ERIK
        KUHMUNEN" as the text writes it, "Nils-Erik Kuhmunen"."""
        wanted = tuple(words)
        for number in self._holding.get(wanted[0], []) if wanted else []:
            run = self.runs[number]
            folded = [word.casefold() for word in run]
            for n in range(len(folded) - len(wanted) + 1):
                if tuple(folded[n : n + len(wanted)]) == wanted:
                    return " ".join(run[n : n + len(wanted)])
        return None


#: Two capitalised words or more, one space apart.
_RUN = re.compile(rf"(?<![\w'’-]){_NAME_WORD}(?:[ ]{_NAME_WORD})+(?![\w'’-])")


class KnownPersons:
    """The persons a label may name, found by their words (folded), their last word and
    their first; a speaker a label named is added for the labels after it.

    >>> known = KnownPersons(["Idris Bowen"])
    >>> known.held(("mr", "idris", "bowen", "m.p")), known.last["bowen"]
    ({'Idris Bowen'}, {'Idris Bowen'})
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.whole: dict[tuple[str, ...], set[str]] = {}
        self.last: dict[str, set[str]] = {}
        self.first: dict[str, set[str]] = {}
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        """Know one more person."""
        words = tuple(name.casefold().split())
        if words:
            self.whole.setdefault(words, set()).add(name)
            self.last.setdefault(words[-1], set()).add(name)
            self.first.setdefault(words[0], set()).add(name)

    def held(self, words: Sequence[str]) -> set[str]:
        """The persons whose words `words` hold in a row ("MR. IDRIS BOWEN" holds "Idris
        Bowen")."""
        found: set[str] = set()
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                found |= self.whole.get(tuple(words[start:end]), set())
        return found


def label_speaker(
    written: WrittenNames,
    words: Sequence[str],
    note: str | None,
    persons: KnownPersons,
    organisations: Collection[str] = (),
) -> str | None:
    """The person a label names (its `words`, `label_words`; its `note` in brackets): one of
    `persons` whose name its words or its note hold, the one whose last word (or first,
    alone: "STELIOS") the label writes after its titles; a name of several words with the
    last word of one of `persons`, as the text writes it ("NILS-ERIK KUHMUNEN" of an "Erik
    Kuhmunen" the model cut); the name its note writes (not one of `organisations`); or the
    one name the text writes in full with the label's one word.

    >>> nobody = WrittenNames("")
    >>> label_speaker(nobody, ("berg",), "Vell Press", KnownPersons(["Tomas Berg"]), ["Vell Press"])
    'Tomas Berg'
    """
    noted = label_words(note or "")
    held = persons.held(words) or (persons.held(noted) if noted else set())
    if held:
        return _one(sorted(held))
    own = [word for word in words if not _titled(word)]
    if len(own) == 1:
        surname = persons.last.get(own[0], set())
        forename = persons.first.get(own[0], set())
        if surname or (forename and len(words) == 1):
            return _one(sorted(surname or forename))
    if len(own) > 1:  # "KATE ELLWOOD (Chief Investigator, ...)": the label is her name
        return written.holding(own) if own[-1] in persons.last else None
    if note is not None and (name := _note_name(note)) is not None:
        return None if name in organisations else name
    if len(own) != 1:
        return None
    return written.ending(own[0]) or (written.opening(own[0]) if len(words) == 1 else None)


#: A name of two words or more ending where the text is cut, and "of" or "of the" after it.
_NAME_THEN_OF = re.compile(
    rf"(?<![\w'’-])((?:{_NAME_WORD}[ ]){{1,{_MOST_WORDS - 1}}}{_NAME_WORD})\s+of\s+(?:the\s+)?$"
)


def name_before_of(text: str, position: int) -> str | None:
    """The name written right before "of" (or "of the") and `position`, without its titles:
    the person of "Stelios Charalambous of the Cyprus Fire Service".

    >>> text = "with me is Stelios Charalambous of the Cyprus Fire Service"
    >>> name_before_of(text, text.index("Cyprus"))
    'Stelios Charalambous'
    """
    match = _NAME_THEN_OF.search(text, max(0, position - 80), position)
    if match is None:
        return None
    words = _untitled(match.group(1).split())
    return " ".join(words) if len(words) >= 2 else None


def label_organisation(note: str | None, organisations: Sequence[str]) -> str | None:
    """The one of `organisations` that a label's note names: "(Chief Executive, Tasman Rail)"
    speaks for Tasman Rail.

    >>> label_organisation("Chief Executive, Tasman Rail", ["Tasman Rail", "Vell Press"])
    'Tasman Rail'
    """
    if note is None:
        return None
    folded = note.casefold()
    return _one([name for name in organisations if name.casefold() in folded])
