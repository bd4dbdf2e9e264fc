"""T009: one item of a fixed list of names written wrong where the list is copied whole (科学范畴原则).

Reports copy the principles a national document lists (财预〔2011〕285号: 科学规范原则,
公正公开原则, 分级分类原则, 绩效相关原则) and slip on one or two characters of an
item (科学范畴原则, 分区公开原则). A same-sound or look-alike list cannot foresee a
slip that replaces a word, but the list itself is the evidence: where a sentence runs
items together that map one to one onto the whole of a listed set, each item the same
length and ending as its member, at most two characters apart, and at least one item
exact, the items that differ are slips. Lists that are shorter or longer, items that
could be two members, and lists of a document's own principles pass. Data:
glossary/closed_lists.yaml, proved by its examples at load.

The same file's ordered lists (the 指导思想 of the Party's constitution) are copied whole and in
order; a run of them that begins with a member that never begins the list, or skips one member
between two others, has lost that member (gen/check/ordered_lists.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import permutations

from ...core import regex_cache
from ...core.datafile import DataFileError, read_yaml_file, string_list
from ...core.glossary_user import per_glossary
from ...core.resources import data_dir
from ..body_names import Miss  # written at start..end where ``meant`` was intended
from ..finding import Finding
from ..ordered_lists import gaps
from ..registry import Rule
from ..word_examples import prove_file

FILE = "closed_lists.yaml"
MAX_DIFF = 2  # characters an item may differ from its member
_SEP = r"[ \t、，,；;和及与]{0,2}"


@dataclass(frozen=True)
class ClosedList:
    members: tuple[str, ...]
    item: re.Pattern  # one item of the members' length and ending
    run: re.Pattern  # as many items as members, run together


RULE = Rule(
    code="T009",
    name="closed-list-member",
    severity="warning",
    summary="照抄一组固定名称（如绩效评价的四项原则、指导思想）时写错或漏掉其中一项",
    doc=(
        "检查什么：文件列出的一组固定名称（名单见 glossary/closed_lists.yaml，如财预〔2011〕285号的"
        "科学规范原则、公正公开原则、分级分类原则、绩效相关原则）在文中连着列出时，某一项写错一两个字，"
        "如“科学范畴原则”“分区公开原则”；按次序整组照录的名称（如指导思想“马克思列宁主义、毛泽东思想、邓小平理论、"
        "“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想”）漏了开头或中间的一项，"
        "如“以毛泽东思想、邓小平理论……为指导”漏了“马克思列宁主义”。\n"
        "为什么：照抄的固定名称应与原文一致，写错就成了另一个说法。\n"
        "不报的情形：列出的项数与这组名称不同；某一项可对应两个名称；各项都写对；分开在不同句子里讲的各项；"
        "指导思想从邓小平理论开始（中国特色社会主义理论体系）或提前结束的；课程名称（……概论）。\n"
        "示例：“按照科学范畴原则、公正公开原则、分级分类原则、绩效相关原则”中“科学范畴原则”应为“科学规范原则”。"
    ),
    flag=("绩效评价遵循科学规范原则、公正公开原则、分级分类原则和线效相关原则。",
          "培训坚持以毛泽东思想、邓小平理论、“三个代表”重要思想为指导。"),
    keep=("绩效评价遵循科学规范原则、公正公开原则、分级分类原则和绩效相关原则。",
          "坚持科学规范原则、公正公开原则、绩效导向原则。",
          "培训坚持以邓小平理论、“三个代表”重要思想、科学发展观为指导。"),
)


def _build(doc: dict) -> tuple[ClosedList, ...]:
    out = []
    lists = doc.get("lists") if isinstance(doc, dict) else None
    if not isinstance(lists, list) or not lists:
        raise DataFileError(f"名单文件 {FILE}：顶层应包含 lists（非空列表）、flag、keep")
    for n, entry in enumerate(lists, 1):
        where = f"名单文件 {FILE} 的 lists 第 {n} 项"
        members = string_list(entry, "members", where)
        if not isinstance(entry.get("source"), str) or not entry["source"]:
            raise DataFileError(f"{where}：须写 source（出处）")
        size, tail = len(members[0]), members[0][-2:]
        if len(members) < 3 or any(len(m) != size or m[-2:] != tail for m in members):
            raise DataFileError(f"{where}：members 至少三项，且字数相同、结尾相同")
        item = rf"[\u4e00-\u9fff]{{{size - 2}}}{re.escape(tail)}"
        run = regex_cache.compile(rf"{item}(?:{_SEP}{item}){{{len(members) - 1}}}")
        out.append(ClosedList(members, regex_cache.compile(item), run))
    return tuple(out)


@per_glossary()
def closed_lists() -> tuple[ClosedList, ...]:
    """The lists, read once per glossary and proved by the file's examples."""
    doc = read_yaml_file(data_dir("glossary") / FILE)
    built = _build(doc)
    label = f"名单文件 {FILE}"
    prove_file(doc, label, lambda t: find(t, built), lambda slip: slip.written)
    return built


def _diff(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b))


def _slips(items: list[tuple[int, str]], members: tuple[str, ...]) -> list[Miss]:
    """The items that differ from their members when the items map one to one onto the members."""
    if len(items) != len(members) or not any(text in members for _, text in items):
        return []
    fits = [order for order in permutations(members)
            if all(_diff(text, m) <= MAX_DIFF for (_, text), m in zip(items, order))]
    if len(fits) != 1:
        return []
    return [Miss(at, at + len(text), text, m) for (at, text), m in zip(items, fits[0]) if text != m]


def find(text: str, lists: tuple[ClosedList, ...] | None = None) -> list[Miss]:
    out = []
    for closed in lists if lists is not None else closed_lists():
        if closed.members[0][-2:] not in text:
            continue
        for m in closed.run.finditer(text):
            items = [(m.start() + x.start(), x.group()) for x in closed.item.finditer(m.group())]
            out.extend(_slips(items, closed.members))
    return out


def check(ctx):
    for slip in find(ctx.text):
        yield Finding(slip.start, slip.end, RULE.code, RULE.severity,
                      f"“{slip.written}”与同列各项所照抄的固定名称不合，应为“{slip.meant}”。", slip.meant)
    for gap in gaps(ctx.text):
        yield Finding(gap.start, gap.end, RULE.code, RULE.severity,
                      f"这组按次序照录的名称在“{gap.written}”前漏了“{gap.missing}”。", f"{gap.missing}、{gap.written}")
