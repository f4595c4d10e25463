"""Acronyms and the names they abbreviate: "GM" of "General Motors", "EADS" spelled out
before "(EADS)", "USGS" of "U.S. Geological Survey", and the full names the model missed.

    >>> initials("General Motors"), is_acronym("GM")
    ('GM', True)
"""

from __future__ import annotations

import re

from timeline.actors.mention import ActorMention
from timeline.actors.openings import capital_sweep
from timeline.actors.overlapping import Overlapping
from timeline.actors.spans import RawSpan, strip_corporate_suffix
from timeline.actors.sweeps import free_position
from timeline.actors.vocabulary import (
    corporate_suffix,
    countries,
    name_particles,
    organisation_words,
    titles,
)
from timeline.kinds import ActorType
from timeline.sentences import abbreviations, sentence_openers

__all__ = [
    "acronym_sweep",
    "acronyms",
    "defined_acronyms",
    "initials",
    "is_acronym",
    "spelled_out",
    "with_defined_names",
]

_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_PARENTHESISED = re.compile(r"\s*\(([A-Z][A-Z&]{1,6})\)")
#: A word written in initials: "U.S.", "U.K."
_INITIALS_WORD = re.compile(r"(?:[A-Z]\.){2,}")


def is_acronym(name: str) -> bool:
    """ "GM", "EADS", "AT&T": capitals only, two to seven of them.

    >>> is_acronym("AT&T"), is_acronym("Gm")
    (True, False)
    """
    return _ACRONYM.fullmatch(name) is not None


def initials(name: str) -> str | None:
    """The acronym a name of two or more capitalised words makes ("General Motors" -> "GM";
    "Bank of America" -> "BA"), or None. An ampersand stays ("Standard & Poor's" -> "S&P"),
    a word written in initials gives them all ("U.S. Geological Survey" -> "USGS"), and so does
    a country written in capitals without points ("US Geological Survey" -> "USGS"); a number
    is no word of it ("Standard & Poor's 500" -> "S&P").

    >>> initials("European Aeronautic Defence and Space Company")
    'EADSC'
    >>> initials("Standard & Poor's 500"), initials("U.S. Geological Survey")
    ('S&P', 'USGS')
    >>> initials("UK Hydrographic Office")
    'UKHO'
    """
    letters: list[str] = []
    words = 0
    for word in name.split():
        if word == "&":
            letters.append("&")
        elif _INITIALS_WORD.fullmatch(word) or (word.isupper() and word.casefold() in countries()):
            letters.append(word.replace(".", ""))
            words += 1
        elif word[:1].isupper():
            letters.append(word[0])
            words += 1
    return "".join(letters) if words >= 2 else None


def acronyms(text: str, raw: list[RawSpan], organisations: set[str]) -> dict[str, str]:
    """Acronyms of the organisations named in full: "GM" is General Motors when the text
    names General Motors, and "EADS" the European Aeronautic Defence and Space Company written
    just before "(EADS)". An acronym two names could stand for stands for neither (two
    spellings of one name that differ by a final "s" are one).

    >>> acronyms("General Motors said so.", [], {"General Motors", "GM"})
    {'GM': 'General Motors'}
    """
    found: dict[str, set[str]] = {}
    for name in organisations:
        acronym = initials(name)
        if acronym is not None:
            found.setdefault(acronym, set()).add(name)
    for item in raw:
        if item.label == "ORG" and " " in item.text:
            parenthesised = _PARENTHESISED.match(text, item.end)
            if parenthesised is not None:
                full = strip_corporate_suffix(item.text) or item.text
                found.setdefault(parenthesised.group(1), set()).add(full)
    result: dict[str, str] = {}
    for acronym, names in found.items():
        if acronym not in organisations or not is_acronym(acronym):
            continue
        # "General Motor's" (a slip) and "General Motors" are one name, not two it could be
        if len({name.rstrip("s").casefold() for name in names}) == 1:
            result[acronym] = max(names, key=len)
    return result


#: A run of capitalised words, with the small words and ampersands names are written with
#: ("Standard & Poor's 500", "Bank of England"), and a number at its end.
_CAPITALISED_RUN = re.compile(
    r"(?<![\w&'’.-])[A-Z][\w'’.-]*(?: (?:(?:of|and|for|the|de|&) )*[A-Z][\w'’.-]*)+(?: \d+\b)?"
)


def spelled_out(text: str, raw: list[RawSpan]) -> list[RawSpan]:
    """The full names the model missed of the acronyms it found: "Standard & Poor's 500" for
    "S&P" when the text spells it out somewhere (the one capitalised run of the text whose
    initials the acronym is), each occurrence free of other spans.

    >>> text = "The Standard & Poor's 500 index rose. The S&P fell."
    >>> [(r.text, r.label) for r in spelled_out(text, [RawSpan(42, 45, "S&P", "ORG")])]
    [("Standard & Poor's 500", 'ORG')]
    """
    wanted = {r.text for r in raw if r.label == "ORG" and is_acronym(r.text)}
    if not wanted:
        return []
    runs: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for match in capital_sweep(_CAPITALISED_RUN, text):
        run, start = match.group(), match.start()
        while " " in run:  # "The", "On", "President": no word of the name
            first, rest = run.split(" ", 1)
            folded = first.casefold()
            if not (first in sentence_openers() or folded == "the" or folded in titles()):
                break
            run, start = rest, start + len(first) + 1
        acronym = initials(run)
        if acronym in wanted:
            runs.setdefault(acronym, {}).setdefault(run, []).append((start, start + len(run)))
    taken = sorted((r.start, r.end) for r in raw)
    found: list[RawSpan] = []
    for spellings in runs.values():
        if len(spellings) != 1:
            continue  # two names it could stand for: neither
        for start, end in next(iter(spellings.values())):
            if free_position(taken, start, end) is not None:
                found.append(RawSpan(start, end, text[start:end], "ORG"))
    return found


#: An acronym in brackets, in capitals or with only its first letter capitalised: "(CCMA)",
#: "(Pagasa)".
_BRACKETED = re.compile(r"\(([A-Z][A-Z&]{1,6}|[A-Z][a-z]{2,6})\)")
#: The last word before a position, with a comma after it: "Conciliation," of "Commission for
#: Conciliation, Mediation".
_LAST_WORD = re.compile(r"([\w'’.&-]+),?[^\S\n]+$")
#: A capitalised word right after a bracket: " Department" of "(HRCE) Department".
_ORGANISATION_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
#: Small words a name is written with, which give it no letter: English's and the particles
#: of other languages' names (`data/name_particles.txt`: "Cámara de Aceites, Harinas y
#: Exportación (CAHE)").
_ENGLISH_JOINERS = frozenset({"of", "for", "and", "the", "on", "&"})


def defined_acronyms(text: str) -> list[tuple[int, int, str]]:
    """(start, end, acronym) of each name written right before its acronym in brackets: the
    capitalised words whose initials are the acronym's letters, across commas and the small
    words names are written with ("and", "of"); an acronym in mixed case counts its letters
    ("Pagasa" is P-A-G-A-S-A).

    >>> text = "the Board for Roads, Rail and Ports (BRRP) met; the Vale Bay Weather Office (Vbwo)"
    >>> [(text[s:e], a) for s, e, a in defined_acronyms(text)]
    [('Board for Roads, Rail and Ports', 'BRRP'), ('Vale Bay Weather Office', 'Vbwo')]
    >>> defined_acronyms("Cllr Ann Hale (Lab) said so.")
    []
    >>> text = "the Rivers and Wetlands Trust (RWT) Board met"
    >>> [(text[s:e], a) for s, e, a in defined_acronyms(text)]
    [('Rivers and Wetlands Trust (RWT) Board', 'RWT')]
    >>> text = "Kestrel Pump Co., Ltd. (KP) said so."
    >>> [(text[s:e], a) for s, e, a in defined_acronyms(text)]
    [('Kestrel Pump Co., Ltd.', 'KP')]
    """
    found: list[tuple[int, int, str]] = []
    for match in _BRACKETED.finditer(text):
        needed = match.group(1).upper().replace("&", "")
        spelled = _spelled(text, match.start(), needed, and_letter=False) or _spelled(
            text, match.start(), needed, and_letter=True
        )
        if spelled is not None:
            # "... Endowments (HRCE) Department": an organisation word after the bracket ends it
            after = _ORGANISATION_WORD_AFTER.match(text, match.end())
            if after is not None and after.group(1).casefold() in organisation_words():
                spelled = (spelled[0], after.end(1))
            found.append((*spelled, match.group(1)))
        elif (named := _name_before(text, match.start())) is not None and match.group(1).isupper():
            found.append((*named, match.group(1)))
    return found


def _spelled(text: str, bracket: int, letters: str, *, and_letter: bool) -> tuple[int, int] | None:
    """(start, end) of the capitalised words before `bracket` whose initials are `letters`,
    across commas and small words; with `and_letter`, an "and" may give its "A" ("Tarn and
    Vire Growers' Union (TAVGU)").

    >>> text = "the Tarn and Vire Growers' Union (TAVGU) met"
    >>> _spelled(text, 33, "TAVGU", and_letter=False) is None
    True
    >>> start, end = _spelled(text, 33, "TAVGU", and_letter=True)
    >>> text[start:end]
    "Tarn and Vire Growers' Union"

    Each capitalised part of a hyphenated word gives its letter ("Cimentos de
    Moçambique-Matola (CMM)").

    >>> text = "Cimentos de Moçambique-Matola (CMM) said"
    >>> start, end = _spelled(text, 30, "CMM", and_letter=False)
    >>> text[start:end]
    'Cimentos de Moçambique-Matola'
    """
    needed = list(letters)
    position, start, end = bracket, -1, -1
    before = text[max(0, position - 40) : position].rstrip()
    suffix = corporate_suffix().search(before)
    if suffix is not None:  # "Kestrel Pump Co., Ltd. (KP)": the suffix gives no letter
        end = position - (len(text[max(0, position - 40) : position]) - len(before))
        position = end - len(suffix.group().lstrip(", \t"))
    while needed:
        word = _LAST_WORD.search(text, max(0, position - 40), position)
        if word is None:
            break
        written = word.group(1)
        if (written in _ENGLISH_JOINERS or written in name_particles()) and start >= 0:
            position = word.start()
            if and_letter and written == "and" and needed[-1] == "A":
                needed.pop()
            continue
        parts = [part[:1] for part in written.split("-")]
        if len(parts) > 1 and needed[-len(parts) :] == parts and "".join(parts).isupper():
            del needed[-len(parts) :]  # "Moçambique-Matola" gives "MM"
        elif not written[:1].isupper() or written[0] != needed[-1]:
            break
        else:
            needed.pop()
        start, position = word.start(1), word.start()
        if end < 0:
            end = word.end(1)
    if not needed and end > start >= 0 and " " in text[start:end]:
        return start, end
    return None


#: A word in lower case ending a sentence: "Matriz.", "October."; not initials ("U.S.").
_WORD_ENDING_A_SENTENCE = re.compile(r"[a-zß-öø-ÿ]{2}[.!?][\"”’']?$")
#: The capitalised words and small words written right before a position (a bracket):
#: "Supervisory Agency for Private Investment in Telecommunications ".
_WORDS_BEFORE = re.compile(r"(?:[\w'’.-]+ )+$")
#: Small words inside a name whose acronym is in its own language, not the name's: no "and",
#: which may join two names ("Tesla and General Motors (GM)").
_INNER_JOINERS = frozenset({"of", "for", "in", "on", "the", "de"})


def _name_before(text: str, bracket: int) -> tuple[int, int] | None:
    """(start, end) of the organisation's name written before an acronym in brackets whose
    letters are not its initials (an acronym of its name in another language): three
    capitalised words or more with the small words names are written with, one of them an
    organisation word, without "The", a sentence opener or a title before them.

    >>> text = "The Board for Fair Trade in Grain (OCCG) said so."
    >>> start, end = _name_before(text, text.index("("))
    >>> text[start:end]
    'Board for Fair Trade in Grain'
    >>> _name_before("Mayor Ann Hale (ABC) said so.", 15) is None
    True
    >>> text = "Trading on the Kharkiv Grain Exchange (KhGE) was halted."
    >>> start, end = _name_before(text, text.index("("))
    >>> text[start:end]
    'Kharkiv Grain Exchange'
    >>> text = "Saxony's State Police Office (LKP) said so."
    >>> start, end = _name_before(text, text.index("("))
    >>> text[start:end]
    'State Police Office'

    A sentence's full stop ends the words read back (stop 53, helper `names`); an
    abbreviation's point does not ("Mt. Kenya Tea Growers Association (KTDA)").

    >>> text = "Mass is at the Church of La Loma. The Vell Port Workers Union (SITRAP) met."
    >>> start, end = _name_before(text, text.index("("))
    >>> text[start:end]
    'Vell Port Workers Union'
    """
    words = _WORDS_BEFORE.search(text, max(0, bracket - 120), bracket)
    if words is None:
        return None
    kept: list[str] = []
    for word in reversed(words.group().split()):
        if not (word[:1].isupper() or word in _INNER_JOINERS) or word.endswith(("'s", "’s")):
            break  # nor its owner: "Saxony's" of "Saxony's State Police Office (LKP)"
        if (
            _WORD_ENDING_A_SENTENCE.search(word)
            and word.rstrip(".!?\"”’'").casefold() not in abbreviations()
        ):
            break  # nor the sentence before: "... the Church of La Matriz. The ... (CVAC)"
        kept.insert(0, word)
    while kept and (kept[0] in _INNER_JOINERS or _no_first_word(kept[0])):
        kept.pop(0)
    if len(kept) > 1 and kept[0].endswith("ing") and kept[1] in ("on", "in", "at"):
        kept = kept[2:]  # "Trading on the Moscow ... Exchange (MICEX)": a verb and its place
        while kept and kept[0] in _INNER_JOINERS:
            kept.pop(0)
    capitalised = [w for w in kept if w[:1].isupper()]
    if len(capitalised) < 3 or not any(w.casefold() in organisation_words() for w in kept):
        return None
    end = bracket - (len(text[:bracket]) - len(text[:bracket].rstrip()))
    return end - len(" ".join(kept)), end


#: One word in brackets right after a name, capitalised, with a lower-case letter: "(EgSA)",
#: "(SiNusa)", "(Cominor)" (one in capitals only is an acronym, `defined_acronyms`).
_BRACKETED_WORD = re.compile(r" \(([A-Z](?=[\w-]*[a-z])[\w-]{2,15})\)")


def bracketed_short_names(text: str, raw: list[RawSpan]) -> list[tuple[str, str]]:
    """(short name, name) of each name of two words or more the model found right before a
    word in brackets that shortens it: its capitals are the name's first initials ("Egyptian
    Space Agency (EgSA)", "Sinar Nusa Seluler (SiNusa)"), or it opens with the name's first
    two letters ("Compañía Minera del Sur (Cominor)"). Not a word of the name, a country or a
    corporate suffix, nor another word ("The Harlow Herald (Ramsey)": the paper's town).

    >>> text = "the Egyptian Space Agency (EgSA) and The Harlow Herald (Ramsey) said"
    >>> raw = [RawSpan(4, 25, "Egyptian Space Agency", "ORG"),
    ...        RawSpan(37, 54, "The Harlow Herald", "ORG")]
    >>> bracketed_short_names(text, raw)
    [('EgSA', 'Egyptian Space Agency')]
    """
    found: list[tuple[str, str]] = []
    for item in raw:
        words = item.text.split()
        while words and _no_first_word(words[0]):
            words = words[1:]  # "The Harlow Herald": no "The" in the name
        bracketed = _BRACKETED_WORD.match(text, item.end)
        if len(words) < 2 or bracketed is None:
            continue
        short = bracketed.group(1)
        if (
            short in words
            or short.casefold() in countries()
            or corporate_suffix().match(" " + short) is not None
        ):
            continue
        capitals = [c for c in short if c.isupper()]
        initials = [w[0] for w in words if w[:1].isupper()]
        if (len(capitals) >= 2 and capitals == initials[: len(capitals)]) or (
            short[:2].casefold() == words[0][:2].casefold()
        ):
            found.append((short, " ".join(words)))
    return found


def _no_first_word(word: str) -> bool:
    """ "The", a sentence opener or a title: no first word of a name."""
    return word in sentence_openers() or word.casefold() == "the" or word.casefold() in titles()


def with_defined_names(text: str, raw: list[RawSpan]) -> list[RawSpan]:
    """`raw` (sorted) with each name written before its acronym in brackets made one
    organisation (`defined_acronyms`), in place of the pieces the model cut it into at its
    commas ("Commission for Conciliation" and "Mediation and Arbitration"); not where a span
    reaches across the name's edge.

    >>> text = "the Board for Roads, Rail and Ports (BRRP) met"
    >>> pieces = [RawSpan(4, 19, "Board for Roads", "ORG"),
    ...           RawSpan(21, 35, "Rail and Ports", "ORG")]
    >>> [(r.text, r.label) for r in with_defined_names(text, pieces)]
    [('Board for Roads, Rail and Ports', 'ORG')]
    """
    # the spans near each name found by bisection, those taken into a name marked, and the
    # list sorted once at the end, not all spans read and sorted again for each name (stop 35)
    near = Overlapping(raw)
    made: list[RawSpan] = []
    taken: set[int] = set()  # the ids of the spans a name took in
    for start, end, _ in defined_acronyms(text):
        around = [r for r in (*near.near(start, end), *made) if id(r) not in taken]
        inside = [r for r in around if start <= r.start and r.end <= end]
        if any(r.start < end and start < r.end for r in around if r not in inside):
            continue  # a span across the name's edge: the model read it otherwise
        taken.update(id(r) for r in inside)
        made.append(RawSpan(start, end, text[start:end], "ORG"))
    if not made:
        return list(raw)
    return sorted((r for r in (*raw, *made) if id(r) not in taken), key=_position)


def _position(span: RawSpan) -> tuple[int, int]:
    return span.start, span.end


def acronym_sweep(
    text: str, mentions: list[ActorMention], defined: dict[str, str] | None = None
) -> list[ActorMention]:
    """The initials of one organisation the article names in full, written as a word after the
    name where the model missed them ("IS on Saturday claimed ..." after "the Islamic State
    group"): not a country's ("US"), not beside another word in capitals (a heading such as
    "WATCH NOW"), not after a number ("3 AM"), nor in brackets (the name's definition: "General
    Motors (GM)").

    >>> state = ActorMention(4, 17, "Islamic State", "Islamic State", "organisation")
    >>> text = "The Islamic State group struck. IS claimed it. WATCH IS NOW."
    >>> [(m.start, m.name) for m in acronym_sweep(text, [state])]
    [(32, 'Islamic State')]

    A number or a word in capitals ending the sentence before is no neighbour: "The port was
    last shut in 2008. TPA plans ..." (stop 34).

    >>> port = ActorMention(0, 21, "Tarvik Port Authority", "Tarvik Port Authority", "organisation")
    >>> text = "Tarvik Port Authority said so. It shut in 2008. TPA plans a dredge. At 3 TPA left."
    >>> [m.start for m in acronym_sweep(text, [port])]
    [48]

    `defined` adds the acronyms the text defines in brackets, in any case ("Pagasa" after "...
    Services Administration (Pagasa)"), and the names they stand for.
    """
    owners: dict[str, set[str]] = {acronym: {name} for acronym, name in (defined or {}).items()}
    first_seen: dict[str, int] = {}
    for mention in mentions:
        acronym = initials(mention.name) if mention.type == ActorType.ORGANISATION else None
        if acronym is None or not is_acronym(acronym) or acronym.casefold() in countries():
            continue
        owners.setdefault(acronym, set()).add(mention.name)
        first_seen.setdefault(mention.name, mention.start)
    wanted = {acronym: next(iter(names)) for acronym, names in owners.items() if len(names) == 1}
    if not wanted:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[ActorMention] = []
    # every run of capitals and ampersands alone (no word character nor "&" on either
    # side), then the acronyms among them: one pattern for every text, rather than one of
    # each text's acronyms
    for match in _ALONE_RUN.finditer(text):
        if match.group() not in wanted:
            continue
        start, end = match.span()
        name = wanted[match.group()]
        if start < first_seen.get(name, len(text)) or free_position(taken, start, end) is None:
            continue
        before = text[max(0, start - 20) : start].split()[-1:]
        if before and _ENDS_A_SENTENCE.search(before[0]):
            before = []  # "... in 2008. TNPA plans": the sentence before ends on its number
        around = before + text[end : end + 20].split()[:1]
        if any(_CAPITALS_WORD.fullmatch(w) or w[:1].isdigit() for w in around):
            continue  # a heading in capitals, or a clock time
        if text[start - 1 : start] == "(":
            continue  # "General Motors (GM)": the name's definition, not another mention
        found.append(ActorMention(start, end, match.group(), name, ActorType.ORGANISATION))
    return found


#: Word characters and ampersands with none on either side, nor a point or hyphen before,
#: nor a hyphen after: where an acronym (`is_acronym`) is written alone.
_ALONE_RUN = re.compile(r"(?<![\w&.-])[\w&]+(?![\w&-])")
#: A word in capitals: "WATCH", "NOW:".
_CAPITALS_WORD = re.compile(r"[A-Z]{2,}\W*")
#: A word ending a sentence: "2008.", "AGM!", "1998.\"".
_ENDS_A_SENTENCE = re.compile(r"[.!?][\"”’']?$")
