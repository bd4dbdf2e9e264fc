"""N073: one clause written twice in a row with different figures (新识别贫困户19户67人，新识别贫困户1户3人).

A drafter updating last year's text adds the new figure and leaves the old clause beside it, or pastes a
clause twice and edits one: "2023年新识别贫困户19户67人，2023年新识别贫困户1户3人". The same words, in
the same sentence, right after each other, cannot both be true of one subject; the reader cannot tell which
figure stands. Only the same words word for word (four characters or more, a year with them kept), each with
a figure in one unit, parted by nothing but a comma and the first clause's own few words, are read: clauses
of two years, places or kinds differ in their words and are not.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N073",
    name="clause-restated",
    severity="warning",
    summary="同一分句紧接着重复，数字却不同",
    doc=(
        "检查什么：同一句中，同样的词语（四个字以上，连同年份）紧接着写了两次，各带一个同单位的数字，而两个数字不同，"
        "如“2023年新识别贫困户19户67人，2023年新识别贫困户1户3人”。\n"
        "为什么：对同一对象同一说法给出两个数，不可能都对，多是修改时留下了旧句或粘贴重复后只改了一处，读者无法判断哪个为准。\n"
        "不报的情形：两个分句的词语有任何不同（年份、地区、类别不同）的；数字相同的（那是重复，由其他规则报告）；"
        "两句之间隔着其他内容的。\n"
        "示例：“2023年新增就业岗位120个，2023年新增就业岗位85个”应核实后保留一处。"
    ),
    flag=(
        "2023年新增城镇就业岗位120个，2023年新增城镇就业岗位85个，城镇登记失业率控制在3%以内。",
        "截至年底，全镇新识别监测对象12户35人，全镇新识别监测对象3户8人。",
    ),
    keep=(
        "2022年新增城镇就业岗位120个，2023年新增城镇就业岗位85个。",  # two years
        "城关镇新增就业岗位120个，河口镇新增就业岗位85个。",  # two places
        "2023年新增城镇就业岗位120个；全年新增城镇就业岗位120个。",
    ),
)

_UNITS = frozenset("户 人 个 项 件 家 所 次 万元 亿元 元 亩 吨 公里 万人 处 条 座".split())
_LABEL = regex_cache.compile(r"(?:\d{4}年)?[\u4e00-\u9fff]{4,16}")
_REST = regex_cache.compile(r"[^，,。；;\n]{0,12}")
_REACH = 17  # characters of a clause's words before its figure: a year and sixteen characters


def check(ctx: CheckContext) -> Iterable[Finding]:
    """Read from each figure back to the comma before it: its clause's words, looked for right before a figure
    of the same unit that ends the clause before (one look per figure, no search of the text for repeats)."""
    text = ctx.text
    qs = [q for q in ctx.quantities if q.unit in _UNITS]
    by_start = {q.start: q for q in qs}
    for b in qs:
        comma = max(text.rfind("，", max(0, b.start - _REACH - 4), b.start), text.rfind(",", max(0, b.start - _REACH - 4), b.start))
        if comma < 0 or not _LABEL.fullmatch(text, comma + 1, b.start):
            continue
        label = text[comma + 1:b.start]
        at = text.rfind(label, max(0, comma - len(label) - 40), comma)
        a = by_start.get(at + len(label)) if at >= 0 else None
        if a is None or a.unit != b.unit or a.value == b.value or _REST.fullmatch(text, a.end, comma) is None:
            continue
        if at > 0 and "\u4e00" <= text[at - 1] <= "\u9fff" and not label[0].isdigit():
            continue  # the words before are longer (某镇新识别… then 新识别…): another subject
        yield Finding(
            b.start, b.end, RULE.code, RULE.severity,
            f"“{label}”紧接着写了两次，一处为{a.raw}，一处为{b.raw}：同一说法不能有两个数，应核实后保留一处。",
        )
