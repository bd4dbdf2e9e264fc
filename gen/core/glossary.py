"""The glossary: terminology and wording data shared by the checker and the segmenter.

The data lives in ``glossary/*.yaml`` so that a finance officer can read and
edit it. Like a prh dictionary, every entry carries its own examples: texts it
must flag and near-misses it must leave alone. Loading runs those examples, so
an entry whose pattern is broken fails loudly (file, entry, example) instead of
silently matching nothing. Patterns may only use bounded repetition
(``{0,12}``), which keeps every match linear in the length of the text.

Files (``rates.yaml`` belongs to the number rules and is not read here):

- ``terms.yaml``: obsolete or non-standard terms -> preferred term (rule T001)
- ``typos.yaml``: misspellings and missing characters in fixed phrases (W001)
- ``acronyms.yaml``: English acronyms allowed in Chinese text (L001)
- ``bodies.yaml``: self-references (我局, 我委...) and the bodies they fit (T002)
- ``places.yaml``: place short names that are also everyday words (T003)
- ``formulations.yaml``: the exact forms of standard political formulations (D001)
- ``outdated.yaml``: formulations spoken of as current after their time (D002)
- ``wording.yaml``: grammar slips made of right words in a wrong combination (W013)
- ``wording_hints.yaml``: combinations most reviewers would change but some accept (W015, info)
- ``spun.yaml``: a content farm's synonym swaps that no report writes (教化 for 教育, L008)

Entries may be dated: ``from_year`` (flag only in reports of that year or
later), ``until_year`` (only up to that year) and ``needs_year`` (leave the
text alone when the report's year is unknown: a reform name in a 2018 report
is right, so precision comes before recall). ``when_text_has`` flags a loose
form only in a text that writes the standard one elsewhere (地方法规 beside
地方性法规): alone, the loose form may be meant loosely.

A user's folder (``glossary`` in jixiao.toml) is laid over these by
:mod:`gen.core.glossary_user`. Reading and proving the files is
:mod:`gen.core.glossary_files`; matching an entry against text is
:mod:`gen.core.glossary_match`. This module holds what a caller asks for: the
loaded :class:`Glossary` (cached per folder) and the word lists drawn from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .glossary_files import load_acronyms, load_bodies, load_entries, load_generic_refs, load_places
from .glossary_match import BodyRef, Entry, Hit, body_type, budget_level_of, scan
from .glossary_user import per_glossary
from .resources import data_dir

# The glossary's public face: callers of load() get Entries and BodyRefs and
# match them with scan(); these names have their home in glossary_match.
__all__ = ["BodyRef", "Entry", "Glossary", "Hit", "load", "scan", "segmenter_words", "self_ref_names"]


@dataclass(frozen=True)
class Glossary:
    """Everything loaded from one glossary folder, built-in or the user's laid over it."""

    terms: tuple[Entry, ...]
    typos: tuple[Entry, ...]
    acronyms: dict[str, str]  # acronym -> meaning
    bodies: tuple[BodyRef, ...]
    common_place_words: frozenset[str] = frozenset()  # place short names that are everyday words
    formulations: tuple[Entry, ...] = ()  # exact forms of political formulations (D001)
    outdated: tuple[Entry, ...] = ()  # formulations out of their time (D002)
    wording: tuple[Entry, ...] = ()  # doubled connectives, blended patterns, bad collocations (W013)
    wording_hints: tuple[Entry, ...] = ()  # combinations a reader should look at again (W015)
    generic_refs: tuple[str, ...] = ()  # self-references that fit any body (我部门, 我单位)
    spun: tuple[Entry, ...] = ()  # a content farm's synonym swaps (L008)

    def body_type(self, name: str) -> Optional[BodyRef]:
        """The self-reference that fits an organisation ``name`` (longest ending wins)."""
        return body_type(self.bodies, name)

    def body_ref(self, ref: str) -> Optional[BodyRef]:
        for body in self.bodies:
            if body.ref == ref:
                return body
        return None


@per_glossary(maxsize=4)
def load(directory: Optional[str] = None) -> Glossary:
    """Load and validate the glossary (cached per folder). Raises UserError when broken.

    Without ``directory``: the built-in glossary (the same cached load as :func:`builtin`)
    with the active user folder from jixiao.toml laid over it.
    """
    if not directory:
        from .glossary_user import layer

        return layer(builtin())
    base = Path(directory)
    return Glossary(
        terms=load_entries(base / "terms.yaml"),
        typos=load_entries(base / "typos.yaml"),
        acronyms=load_acronyms(base / "acronyms.yaml"),
        bodies=load_bodies(base / "bodies.yaml"),
        common_place_words=load_places(base / "places.yaml"),
        formulations=load_entries(base / "formulations.yaml"),
        outdated=load_entries(base / "outdated.yaml"),
        wording=load_entries(base / "wording.yaml"),
        wording_hints=load_entries(base / "wording_hints.yaml"),
        generic_refs=load_generic_refs(base / "bodies.yaml"),
        spun=load_entries(base / "spun.yaml"),
    )


def builtin() -> Glossary:
    """The built-in glossary alone, whatever user folder is active."""
    return load(str(data_dir("glossary")))


def segmenter_words(g: Optional[Glossary] = None) -> list[str]:
    """Every word the segmenter should keep whole (for jieba.add_word), sorted: of ``g``, or of :func:`load`."""
    g = g or load()
    words: set[str] = set()
    for entry in g.terms + g.typos + g.formulations + g.outdated:
        words.update(entry.words)
    words.update(g.acronyms)
    words.update(b.ref for b in g.bodies)
    words.update(g.generic_refs)
    return sorted(w for w in words if w.strip())


@lru_cache(maxsize=256)
def default_self_ref(name: str) -> str:
    """The self-reference a body of this name uses when the data file names none: the kind of body
    its name ends with (委员会 → 我委, 厅 → 我厅, 图书馆 → 我馆, 学校 → 我校; bodies.yaml), else 我单位,
    which fits every body. A 政协 committee's or a library's report must not call itself 我局 because
    a cell was left blank. (``strict`` in bodies.yaml is the checker's: whether T002 reports a
    mismatch; a 院 may quote its 所, but a 馆 still calls itself 我馆.)"""
    found = body_type(_builtin_bodies(), name)
    return found.ref if found is not None else "我单位"


@lru_cache(maxsize=256)
def own_budget_level(name: str, self_ref: str = "") -> Optional[str]:
    """The level of a body's own 本级 when it is not its county's (镇, 乡, 街道; bodies.yaml's
    ``budget_level``), else None: a 镇人民政府 in 英德市 spends 镇本级 funds, and 市本级 would name
    another government's budget."""
    return budget_level_of(_builtin_bodies(), name, self_ref)


@lru_cache(maxsize=1)
def self_ref_names() -> tuple[str, ...]:
    """The self-references a data file may choose (bureau.self_ref), from bodies.yaml:
    those of a kind of body and the generic ones (我部门, 我单位) that fit any body.

    Read without compiling the rest of the glossary: the data model needs only
    this list, and every process that loads a data file imports the model.
    """
    return tuple(b.ref for b in _builtin_bodies()) + load_generic_refs(data_dir("glossary") / "bodies.yaml")


@lru_cache(maxsize=1)
def _builtin_bodies() -> tuple[BodyRef, ...]:
    """bodies.yaml's self-references, read and proved once per process: a batch asks for each bureau's default
    self-reference and 本级 level, and parsing the file for every new name cost a YAML load and its specs' proof."""
    return load_bodies(data_dir("glossary") / "bodies.yaml")
