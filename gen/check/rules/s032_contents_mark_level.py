"""S032: the contents number a part's sections 1. 2. 3., the body numbers the same sections 一、二、三、.

A 目录 lists each 第X部分 and under it the part's sections ("第一部分 部门概况 / 1.主要职责 / 2.部门预算构成"); the
body then opens the same sections as "一、主要职责", "二、部门预算构成". The two lists are one outline: the same
section carries two marks of two levels, and the reader who looks a section up in the contents finds it under
another number. Readers mark it on the body's first such heading (a budget template copies it into every
report of its province, so one finding per text, on the first, names the run); the contents' entry, which other
readers mark, gets a hint pointing at the body's heading.

Read only where the contents are sure: a 目录 line opens them (text_contents_start), the body starts where the
contents' first line comes again, and the heading's title is the entry's title word for word, its number the
entry's number. A body that numbers the section 1. too, or titles that differ, say nothing here (S017 reads
titles).
"""

from __future__ import annotations

import re

from ...core import regex_cache
from ...core.chinese_numerals import chinese_ordinal
from ..contents import text_contents_start
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="S032",
    name="contents-mark-level",
    severity="warning",
    summary="目录中的“1.主要职责”在正文中编为“一、主要职责”，同一标题两处序号层级不一致",
    doc=(
        "检查什么：目录在“第一部分”之下把各节编为“1.主要职责”“2.部门预算构成”，正文同一部分的同一标题却编为"
        "“一、主要职责”“二、部门预算构成”。\n"
        "为什么：目录与正文是同一套提纲，同一节的序号应当一致；读者按目录查找时对不上号。\n"
        "不报的情形：没有“目录”的文本；标题文字不完全相同的（另由 S017 核对）；正文也编为“1.”的。每篇只报第一处。\n"
        "示例：目录“1.主要职责”，正文“一、主要职责”，应统一为同一种序号。"
    ),
    flag=(
        "目 录\n第一部分 部门概况\n1.主要职责\n2.部门预算构成\n第二部分 部门预算情况说明\n"
        "第一部分 部门概况\n一、主要职责\n负责全县生态环境工作。\n二、部门预算构成\n本部门预算仅含本级。\n",
    ),
    keep=(
        "目 录\n第一部分 部门概况\n一、主要职责\n二、部门预算构成\n第二部分 部门预算情况说明\n"
        "第一部分 部门概况\n一、主要职责\n负责全县生态环境工作。\n二、部门预算构成\n本部门预算仅含本级。\n",
        "目 录\n第一部分 部门概况\n1.主要职责\n2.部门预算构成\n第二部分 部门预算情况说明\n"
        "第一部分 部门概况\n1.主要职责\n负责全县生态环境工作。\n2.部门预算构成\n本部门预算仅含本级。\n",
        # no 目录 line: the first lines may be the body's own list
        "第一部分 部门概况\n1.主要职责\n2.部门预算构成\n一、主要职责\n负责全县生态环境工作。\n",
    ),
)

_ENTRY = regex_cache.compile(r"[ \t\u3000]{0,4}(\d{1,2})[.．、][ \t\u3000]{0,2}([\u4e00-\u9fff“”（）()]{2,24})[ \t\u3000.…·\d]{0,40}")
CONTENTS_LINES = 80  # a contents longer than this is no contents


def check(ctx):
    got = text_contents_start(ctx)
    if got is None or not got[1]:
        return
    paras = [p for p in ctx.paragraphs[got[0]:] if p.text.strip()]
    if not paras:
        return
    first = paras[0].text.strip()
    body_at = next((i for i, p in enumerate(paras[1:CONTENTS_LINES], 1) if p.text.strip() == first), None)
    if body_at is None:
        return
    body = paras[body_at:]
    for p in paras[1:body_at]:
        m = _ENTRY.fullmatch(p.text)
        if m is None or not 1 <= int(m.group(1)) <= 10:
            continue
        number, title = int(m.group(1)), m.group(2)
        heading = re.compile(r"[ \t\u3000]{0,4}" + chinese_ordinal(number) + r"、[ \t\u3000]{0,2}" + re.escape(title) + r"[ \t\u3000]{0,4}")
        hit = next((b for b in body if heading.fullmatch(b.text)), None)
        if hit is None:
            continue
        at = hit.start + len(hit.text) - len(hit.text.lstrip(" \t\u3000"))
        yield Finding(at, at + len(hit.text.strip()), RULE.code, RULE.severity,
                      f"目录中此节编为“{m.group(1)}{p.text.strip()[len(m.group(1)):len(m.group(1)) + 1]}{title}”，"
                      f"正文编为“{hit.text.strip()}”：同一标题两处序号层级不一致，应统一。")
        # the contents' entry is the other end of the same slip (some readers mark it there): told as a hint
        lead = p.start + len(p.text) - len(p.text.lstrip(" \t\u3000"))
        yield Finding(lead, lead + len(p.text.strip()), RULE.code, "info",
                      f"正文中此节编为“{hit.text.strip()}”，与目录的“{p.text.strip()}”序号层级不一致。")
        return
