"""S026: one 第X部分 heading whose mark after 部分 differs from its siblings' (第四部分 名词解释 among 第一部分:…).

A report's part headings set their titles off one way: "第一部分:单位概况", "第二部分:部门决算报表",
"第三部分:决算情况说明", then "第四部分 名词解释" without its colon. Contents lists and body headings
often differ from each other (spaces in the one, colons in the other), so a heading is reported
only when its mark occurs once among the part headings, at least three others share one mark,
and the odd heading stands between two of those: inside their run, not in a list of its own.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

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
        "有一个部分标题写法不同（“第四部分 名词解释”缺冒号，或“第二部分2024年度决算表”什么都没有）。\n"
        "为什么：同一组部分标题应写法统一；只有一处不同，多是漏打或另行粘贴的。\n"
        "不报的情形：目录与正文各自统一、彼此不同的；不同写法不止一处的；同一写法不足三处的。\n"
        "示例：第一至第三部分后都有冒号，“第四部分 名词解释”也应写作“第四部分:名词解释”。"
    ),
    flag=(
        "第一部分：单位概况\n一、职责\n第二部分：部门决算表\n一、收支总表\n第三部分 决算情况说明\n一、收支\n"
        "第四部分：名词解释\n",
    ),
    keep=(
        # a blank and no mark are one way (layout): 第三部分部门决算 among 第一部分 部门概况
        "第一部分 单位概况\n一、职责\n第二部分 部门决算表\n第三部分决算情况说明\n第四部分 名词解释\n",
        "第一部分：单位概况\n第二部分：部门决算表\n第三部分：决算情况说明\n第四部分：名词解释\n",
        # the contents list with blanks, the body with colons: each uniform in itself
        "目录\n第一部分 单位概况\n第二部分 部门决算表\n第三部分 决算情况说明\n"
        "第一部分：单位概况\n一、职责\n第二部分：部门决算表\n第三部分：决算情况说明\n",
    ),
)

_PART = regex_cache.compile(
    r"(?m)^[ \t\u3000]{0,4}(第[一二三四五六七八九十]{1,2}部分)([:：][ \u3000]{0,2}|[ \u3000]{1,4}|、|[.．]|)"
    r"(?=[\u4e00-\u9fff\d（(])")
_KINDS = {":": "冒号", "：": "冒号", "、": "顿号", ".": "点", "．": "点"}


def _kind(mark: str) -> str:
    """The mark's kind; a blank and nothing are one (spacing is layout, readers do not mark it)."""
    return _KINDS.get(mark[:1].strip(), "无")


def check(ctx: CheckContext) -> Iterable[Finding]:
    parts = list(_PART.finditer(ctx.text))
    if len(parts) < 4:
        return
    kinds = [_kind(m.group(2)) for m in parts]
    counts = Counter(kinds)
    main, count = counts.most_common(1)[0]
    if count < 3:
        return
    for i, (m, kind) in enumerate(zip(parts, kinds)):
        if kind == main or counts[kind] != 1:
            continue
        if main in kinds[:i] and main in kinds[i + 1:]:
            shown = next(p for p, k in zip(parts, kinds) if k == main)
            yield Finding(m.start(1), m.end(2) if m.group(2) else m.end(1), RULE.code, RULE.severity,
                          f"“{m.group(1)}{m.group(2).strip()}”后的写法与其他部分标题（如“{shown.group(1)}{shown.group(2).strip()}”）不一致，应统一。",
                          None)
