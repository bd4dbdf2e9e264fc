"""Template text left in a report: fill-in instructions, unresolved choices, placeholder names.

Department 决算 notes, 决算公开 texts and 自评报告 are filled in from a template
that a finance office hands down, and get published with the template's own
words still in them: "（注：请单位根据实际注明页码）", "增加（减少）0万元，增长（下降）0%",
"第一部分 部门名称概况", "××年度××部门/单位". What counts as template text is
policy, so it is data (glossary/template_text.yaml): each entry is a pattern, or
pairs of words of which the filler keeps one, with the sentences it must flag and
the correct brackets, headers and labels it must leave alone, proved when the
file loads. W019 reports the spans; S010 leaves them to W019, so one defect gets
one finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..core.datafile import DataFileError, read_yaml_file
from ..core import placeholders, regex_cache
from ..core.regex_pruned import finditer as near_needles  # regex_needles' search, with only the alternatives a text can hold
from ..core.resources import data_dir
from .registry import runs_in
from .textspans import merged_spans
from .unspaced import plain
from .word_examples import prove_file

_FILE = "glossary/template_text.yaml"
RULE_CODE = "W019"


@dataclass(frozen=True)
class Entry:
    id: str
    pattern: re.Pattern
    message: str


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    message: str


def _compile(source: str, where: str) -> re.Pattern:
    try:
        return regex_cache.compile(source)
    except re.error as exc:
        raise DataFileError(f"{_FILE} {where}：正则有误（{exc}）") from None


def _choice_pattern(raw: dict, where: str) -> re.Pattern:
    """"甲（乙）" or "甲/乙" for each pair, either order, followed by what ``after`` says."""
    pairs = raw.get("pairs")
    if not isinstance(pairs, list) or not pairs or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) and w for w in p) for p in pairs):
        raise DataFileError(f"{_FILE} {where}：pairs 须为非空的词对列表（每对两个词）")
    after = raw.get("after")
    if not isinstance(after, str) or not after:
        raise DataFileError(f"{_FILE} {where}：缺少 after")
    _compile(after, where)
    forms = []
    for a, b in pairs:
        for x, y in ((a, b), (b, a)):
            x, y = re.escape(x), re.escape(y)
            forms += [f"{x}[（(]{y}[）)]", f"{x}[ \\t　]?[/／][ \\t　]?{y}"]
    firsts = "".join(sorted({w[0] for p in pairs for w in p}))
    # Longest forms first, so 增加（减少） is read whole rather than as 增 … .
    forms.sort(key=len, reverse=True)
    return _compile(f"(?=[{re.escape(firsts)}])(?:{'|'.join(forms)})(?={after})", where)


def _entry(raw: object, i: int) -> Entry:
    where = f"第{i + 1}项"
    if not isinstance(raw, dict):
        raise DataFileError(f"{_FILE} {where}：须为键值表")
    where = f"第{i + 1}项（{raw.get('id', '')}）"
    message = raw.get("message")
    if not isinstance(message, str) or not message.strip():
        raise DataFileError(f"{_FILE} {where}：缺少 message")
    if raw.get("kind") == "choice":
        pattern = _choice_pattern(raw, where)
    elif isinstance(raw.get("pattern"), str):
        pattern = _compile(raw["pattern"], where)
    else:
        raise DataFileError(f"{_FILE} {where}：缺少 pattern（或 kind: choice 与 pairs）")
    entry = Entry(str(raw.get("id", i + 1)), pattern, message.strip())
    prove_file(raw, f"{_FILE} {where}", lambda text: find((entry,), text), lambda hit: hit.text)
    return entry


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """Load glossary/template_text.yaml; an entry whose examples fail stops the load."""
    raw = read_yaml_file(data_dir("glossary") / "template_text.yaml") or {}
    items = raw.get("entries") if isinstance(raw, dict) else None
    if not isinstance(items, list) or not items:
        raise DataFileError(f"{_FILE}：entries 不能为空")
    return tuple(_entry(item, i) for i, item in enumerate(items))


def find(found_by: tuple[Entry, ...], text: str) -> list[Hit]:
    """Template text in ``text``; touching or overlapping spans merge (××年度××部门 is one leftover)."""
    # near_needles: the same matches, tried only near the text a match must hold (注：, 单位名称…)
    spans = [(m.start(), m.end(), e.message) for e in found_by for m in near_needles(e.pattern, text)
             if m.end() > m.start()]
    return [Hit(s, e, text[s:e], message) for s, e, message in merged_spans(spans)]


def hits(ctx) -> list[Hit]:
    """The template text of the file under check, found once per file (W019 and S010 both ask).

    Nothing inside the generator's own 【待补充：…】 counts: a draft's marker is S010's alone,
    whatever words the officer or the outline put in it.
    """
    return ctx.memo("template_text", _outside_markers)


def _outside_markers(ctx) -> list[Hit]:
    found = _found(ctx.text)
    if not found or placeholders.OPEN not in ctx.text:
        return found
    markers = [(m.start(), m.end()) for m in near_needles(placeholders.OURS, ctx.text)]
    return [h for h in found if not any(s < h.end and h.start < e for s, e in markers)]


def _found(text: str) -> list[Hit]:
    """The template text, read through a mirror site's copy: its pinyin readings (監(jiān)督) dropped and a page
    in Traditional read in Simplified (簡要說明部門本部…), as the template wrote it; spans are the text's own."""
    view = plain(text)
    if view.text == text:
        return find(entries(), text)
    found = []
    for hit in find(entries(), view.text):
        s, e = view.span(hit.start, hit.end)
        found.append(Hit(s, e, text[s:e], hit.message))
    return found


def reported(ctx) -> bool:
    """Whether W019 runs under this check's --select/--ignore, so S010 may leave these spans to it."""
    return runs_in(ctx, RULE_CODE)
