"""S026: one 第X部分 heading whose mark after 部分 differs from its siblings' (第二部分2024年度决算表 among 第一部分:…).

A report's part headings set their titles off one way: "第一部分:单位概况", "第二部分:部门决算报表",
"第三部分:决算情况说明". Contents lists and body headings often differ from each other (spaces in the one,
colons in the other), so each run of part headings (from a 第一部分 to the next) is read on its own: a
heading is reported when its mark occurs once in its run, at least three others of the run share one mark,
and it follows at least one of those (the run's form is set before it).

How sure the slip is depends on what stands in place of the mark. Nothing at all (第二部分2024年度部门决算表
among colons: the title runs into the number) readers mark as a defect: a warning. A blank instead of the
colon (第四部分 名词解释 after 第一至第三部分:…) is a style of its own, the one the national templates print,
and readers split on it (one round marked it, the next marked the same heading of the same template correct):
a hint, as is a colon among blanks. A blank and nothing among blanks are one way (a PDF's copy drops blanks):
not reported.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S026",
    name="part-heading-mark",
    severity="warning",
    summary="“第X部分”标题后的符号与其他部分不一致",
    doc=(
        "检查什么：“第一部分:单位概况”“第二部分:决算报表”“第三部分:情况说明”之间，"
        "有一个部分标题写法不同（“第二部分2024年度决算表”什么都没有，标题直接连着序号，为警告；"
        "“第四部分 名词解释”以空格代替冒号、或其他都是空格时一处用了冒号，是模板本身的写法之一，读者看法不一，作为提示）。\n"
        "为什么：同一组部分标题应写法统一；只有一处不同，多是漏打或另行粘贴的。\n"
        "不报的情形：目录与正文各自统一、彼此不同的（从“第一部分”起各算一组）；同一组中不同写法不止一处的；"
        "同一写法不足三处的；不同写法的标题在该组第一个的。\n"
        "示例：第一、三、四部分后都有冒号，“第二部分2024年度部门决算表”应写作“第二部分:2024年度部门决算表”。"
    ),
    flag=(
        "第一部分：单位概况\n一、职责\n第二部分：部门决算表\n一、收支总表\n第三部分 决算情况说明\n一、收支\n"
        "第四部分：名词解释\n",
        # the contents' run read on its own: the body's blanks do not hide the title run into its number
        "第一部分:单位概况\n第二部分2024年度部门决算表\n第三部分:决算情况说明\n第四部分:名词解释\n"
        "第一部分 单位概况\n一、职责\n",
    ),
    keep=(
        # a blank and no mark are one way (layout): 第三部分部门决算 among 第一部分 部门概况
        "第一部分 单位概况\n一、职责\n第二部分 部门决算表\n第三部分决算情况说明\n第四部分 名词解释\n",
        "第一部分：单位概况\n第二部分：部门决算表\n第三部分：决算情况说明\n第四部分：名词解释\n",
        # the contents list with blanks, the body with colons: each uniform in itself
        "目录\n第一部分 单位概况\n第二部分 部门决算表\n第三部分 决算情况说明\n"
        "第一部分：单位概况\n一、职责\n第二部分：部门决算表\n第三部分：决算情况说明\n",
        # the odd heading opens its run: the form is not yet set
        "第一部分 单位概况\n第二部分：部门决算表\n第三部分：决算情况说明\n第四部分：名词解释\n",
    ),
)

_PART = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,4}(第[一二三四五六七八九十]{1,2}部分)([:：][ \u3000]{0,2}|[ \u3000]{1,4}|、|[.．]|)"
    r"(?=[\u4e00-\u9fff\d（(])")
_KINDS = {":": "冒号", "：": "冒号", "、": "顿号", ".": "点", "．": "点"}


def _kind(mark: str) -> str:
    """The mark's kind; a blank and nothing are one (spacing is layout, readers do not mark it)."""
    return _KINDS.get(mark[:1].strip(), "无")


def _runs(parts: list) -> list[list]:
    """The part headings in runs, each from a 第一部分 to the next (the contents list, then the body)."""
    runs: list[list] = []
    for m in parts:
        if not runs or m.group(1) == "第一部分":
            runs.append([])
        runs[-1].append(m)
    return runs


def check(ctx: CheckContext) -> Iterable[Finding]:
    parts = list(near_needles(_PART, ctx.text))
    if len(parts) < 4:
        return
    for run in _runs(parts):
        yield from _odd_in_run(run)


def _odd_in_run(run: list) -> Iterable[Finding]:
    kinds = [_kind(m.group(2)) for m in run]
    counts = Counter(kinds)
    main, count = counts.most_common(1)[0]
    if len(run) < 4 or count < 3:
        return
    for i, (m, kind) in enumerate(zip(run, kinds)):
        if kind == main or counts[kind] != 1 or main not in kinds[:i]:
            continue
        # nothing at all among marks: the title runs into its number (a slip); a blank for the others' mark, or a
        # mark among blanks, is a style readers split on (a hint)
        severity = RULE.severity if not m.group(2) and main != "无" else "info"
        shown = next(p for p, k in zip(run, kinds) if k == main)
        yield Finding(m.start(1), m.end(2) if m.group(2) else m.end(1), RULE.code, severity,
                      f"“{m.group(1)}{m.group(2).strip()}”后的写法与其他部分标题（如“{shown.group(1)}{shown.group(2).strip()}”）不一致，应统一。",
                      None)
