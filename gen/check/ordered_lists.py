"""Fixed ordered lists of names copied with a member left out (指导思想 without 马克思列宁主义).

Some lists are always written whole and in one order: the guiding thought of the Party's
constitution, 马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、
习近平新时代中国特色社会主义思想. A report that copies it from memory drops a member at its
head (以毛泽东思想、邓小平理论……为指导) or in the middle (邓小平理论、科学发展观). Members
may legitimately be left off at either end in other set phrases (邓小平理论、“三个代表”重要
思想、科学发展观 is the 中国特色社会主义理论体系; a list of an older year ends early), so only
two slips are told: a run that begins with a member that never begins the list (``not_first``),
and a run of three or more in which one member between two others is missing.

Data: the ``sequences`` of glossary/closed_lists.yaml (members, other written forms of a member,
the members that never begin a run), proved by the file's ``sequence_flag`` / ``sequence_keep``.
Rule T009 reports what this module finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core import regex_cache
from ..core.datafile import DataFileError, read_yaml_file, string_list
from ..core.glossary_user import per_glossary
from ..core.regex_trie import alternation
from ..core.regex_needles import contains
from ..core.regex_needles import finditer as near_needles
from ..core.resources import data_dir
from .word_examples import prove_file

FILE = "closed_lists.yaml"
_GAP = regex_cache.compile(r"[ \u3000]{0,2}(?:[、，,和及与；;]|以及)[ \u3000]{0,2}")
_AFTER = ("概论",)  # a course name (毛泽东思想、邓小平理论……概论), not the list


@dataclass(frozen=True)
class Sequence:
    members: tuple[str, ...]
    index: dict  # written form -> member index
    pattern: re.Pattern
    not_first: frozenset  # member indexes that never begin a run
    cues: tuple[str, ...]  # the forms' first three characters: a text without any has no run


@dataclass(frozen=True)
class Gap:
    start: int  # of the item after the missing member
    end: int
    written: str
    missing: str


def _build(doc: dict) -> tuple[Sequence, ...]:
    out = []
    for n, entry in enumerate(doc.get("sequences") or [], 1):
        where = f"名单文件 {FILE} 的 sequences 第 {n} 项"
        members = string_list(entry, "members", where)
        if len(members) < 3 or not entry.get("source"):
            raise DataFileError(f"{where}：members 至少三项，并须写 source（出处）")
        forms = entry.get("forms") or {}
        if not isinstance(forms, dict) or any(k not in members for k in forms):
            raise DataFileError(f"{where}：forms 的键须为 members 中的名称")
        index = {m: i for i, m in enumerate(members)}
        for member, written in forms.items():
            index.update({w: members.index(member) for w in string_list(forms, member, where)})
        not_first = string_list(entry, "not_first", where)
        if any(m not in members for m in not_first):
            raise DataFileError(f"{where}：not_first 须为 members 中的名称")
        out.append(Sequence(members, index, regex_cache.compile(alternation(index)),
                            frozenset(members.index(m) for m in not_first), tuple({w[:3] for w in index})))
    return tuple(out)


@per_glossary()
def sequences() -> tuple[Sequence, ...]:
    """The ordered lists, read once per glossary and proved by the file's examples."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    built = _build(doc)
    label = f"名单文件 {FILE}"
    prove_file(doc, label, lambda t: gaps(t, built), lambda g: g.written, flag="sequence_flag", keep="sequence_keep")
    return built


def _runs(text: str, seq: Sequence) -> list[list[re.Match]]:
    """Members written one after another, only a separator between them."""
    runs: list[list[re.Match]] = []
    for m in near_needles(seq.pattern, text):  # the same matches, found near the members' needles
        last = runs[-1][-1] if runs else None
        if last is not None and _GAP.fullmatch(text, last.end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _run_gaps(text: str, run: list[re.Match], seq: Sequence) -> list[Gap]:
    at = [seq.index[m.group()] for m in run]
    if len(run) < 2 or any(b <= a for a, b in zip(at, at[1:])) or text.startswith(_AFTER, run[-1].end()):
        return []
    out = []
    if at[0] in seq.not_first and at[0] > 0 and not _spaced_before(text, run[0].start(), seq, at[0] - 1):
        out.append(Gap(run[0].start(), run[0].end(), run[0].group(), seq.members[at[0] - 1]))
    if len(run) >= 3:
        out += [Gap(m.start(), m.end(), m.group(), seq.members[a + 1])
                for (a, b), m in zip(zip(at, at[1:]), run[1:]) if b == a + 2]
    return out


_BLANKS = regex_cache.compile(r"[ \u3000]")
MAX_SPACED = 24  # characters before a run read for the member before it, blanks and all


def _spaced_before(text: str, start: int, seq: Sequence, member: int) -> bool:
    """The member before the run stands right before it with blanks inside ("马克思列 宁主义、毛泽东思想", a PDF's
    layer breaking a line): the pattern did not read it, but nothing was left out."""
    before = _BLANKS.sub("", text[max(0, start - MAX_SPACED):start]).rstrip("、，,和及与；;")
    return any(before.endswith(w) for w, i in seq.index.items() if i == member)


def gaps(text: str, built: tuple[Sequence, ...] | None = None) -> list[Gap]:
    """The members missing at the head or in the middle of the text's runs of an ordered list."""
    out = []
    for seq in built if built is not None else sequences():
        if not any(contains(text, cue) for cue in seq.cues):
            continue
        for run in _runs(text, seq):
            out += _run_gaps(text, run, seq)
    return out
