"""Actors: people, organisations, countries, places, groups and products, one canonical name
each; this module only wires the parts and re-exports them.

spaCy's NER finds the mentions in the focused text (`ner`); rules make each actor appear
under one name:
- titles split off into `role` ("U.S. Secretary of State Antony Blinken" -> Antony Blinken,
  role "U.S. Secretary of State"); possessives and a leading "the" stripped (`spans`);
- later mentions by surname join the full name ("Blinken" -> Antony Blinken), also when the
  model tagged the surname as a place ("Austin"); demonyms and short forms map to their
  country from `data/demonyms.csv` ("Iraqi" -> Iraq, "U.S." -> United States); names in a
  title-case headline keep only the words the body confirms ("Blinken Pressures" -> Blinken
  -> Antony Blinken); short names and acronyms join the organisation (`names`);
- brands, model numbers and model words make products ("iPhone 4", "iPod touch") (`products`);
- "It", "the store", "The new iPhone" take the name of the thing they point back to
  (`anaphora`); a birth name is the person born ("was born Jane Mae Smith": `birth_names`);
- the sex of each person and the main person of a profile, for "he" and "she" in events
  (`referents`);
- the user's alias file (`data/actors.csv`: alias, canonical, type) merges and renames last
  (`aliases`).

    >>> mentions = find_actors(["Blinken met Austin. Antony Blinken left."])[0]
    >>> sorted({m.name for m in mentions})
    ['Antony Blinken', 'Austin']
"""

from __future__ import annotations

from timeline.actors.acronyms import initials, is_acronym
from timeline.actors.aliases import AliasTable, load_aliases
from timeline.actors.anaphor_context import SUBJECT_REACH, THING_REACH
from timeline.actors.focus import FOCUS_REACH, NER_PIECE_CHARS, ner_pieces
from timeline.actors.mention import ACTOR_TYPES, ActorMention
from timeline.actors.ner import find_actors, load_model
from timeline.actors.persons import DOMINANCE, WordCounts
from timeline.models import DEFAULT_MODELS

__all__ = [
    "ACTOR_TYPES",
    "DEFAULT_MODELS",
    "DOMINANCE",
    "FOCUS_REACH",
    "NER_PIECE_CHARS",
    "SUBJECT_REACH",
    "THING_REACH",
    "ActorMention",
    "AliasTable",
    "WordCounts",
    "find_actors",
    "initials",
    "is_acronym",
    "load_aliases",
    "load_model",
    "ner_pieces",
]
