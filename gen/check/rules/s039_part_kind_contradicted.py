"""S039: a part titled 预算情况说明 whose sections are all about the 决算 (or the other way round).

A 决算 report copied from the year's 预算 report (or its template) keeps the part's old title: "第三部分
2022年度单位预算情况说明", then "一、收入支出决算总体情况说明", "二、收入决算情况说明" …. The sections under a
part say what it is; when two or more of its first sections name the other kind and none names the part's own,
the part's title is the slip.

Read only a part title that names one kind with 情况说明 (or 说明) right after it and not the other, and the
first few headings under it (read in Simplified, without a mirror's pinyin readings). 预算执行 (a 决算's account of how the
budget went) is no 预算 here.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..headings import headings
from ..parts import part_starts
from ..registry import Rule
from ..unspaced import READING, simplified

RULE = Rule(
    code="S039",
    name="part-kind-contradicted",
    severity="warning",
    summary="部分标题写“预算情况说明”，其下各节却都是决算（或相反）",
    doc=(
        "检查什么：“第三部分 2022年度单位预算情况说明”之下的各节是“收入支出决算总体情况说明”“收入决算情况说明”等决算内容"
        "（或“决算情况说明”之下都是预算内容），部分标题与其内容不符。\n"
        "为什么：照搬上一份报告或模板时，部分标题没有随内容改过来，读者会误以为这一部分说的是预算。\n"
        "不报的情形：其下的前几节中不到两节写明另一类、或有一节写明本类的；“预算执行情况”。"
    ),
    flag=(
        "第二部分 2022年度单位决算表\n一、收入支出决算总表\n二、收入决算表\n"
        "第三部分 2022年度单位预算情况说明\n一、收入支出决算总体情况说明\n二、收入决算情况说明\n三、支出决算情况说明\n",
    ),
    keep=(
        "第三部分 2022年度单位决算情况说明\n一、收入支出决算总体情况说明\n二、收入决算情况说明\n",
        "第三部分 2023年度单位预算情况说明\n一、收支预算总体情况说明\n二、收入预算情况说明\n",
        # one section of the other kind only
        "第三部分 2023年度预算情况说明\n一、收支预算总体情况说明\n二、上年决算情况说明\n三、支出预算情况说明\n",
        "第三部分 2022年度预算执行情况说明\n一、收入支出决算总体情况说明\n二、收入决算情况说明\n",
    ),
)

_PART_KIND = regex_cache.compile(r"(?<!执行)(?<![决预])(预算|决算)(?:情况)?说明")
FIRST_SECTIONS = 3


def _read(line: str) -> str:
    """The line as its words read: a mirror's pinyin readings dropped (預(yù)算), in Simplified characters."""
    return simplified(READING.sub("", line)) if not line.isascii() else line


MIN_OTHER = 2
_OTHER = {"预算": "决算", "决算": "预算"}


def check(ctx: CheckContext) -> Iterable[Finding]:
    parts = part_starts(ctx)
    if not parts:
        return
    text = ctx.text
    heads = headings(ctx)
    bounds = parts + [len(text)]
    for i, start in enumerate(parts):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        line = _read(text[start:line_end])
        m = _PART_KIND.search(line)
        if m is None or "执行" in line:
            continue
        own = m.group(1)
        other = _OTHER[own]
        if other in line:
            continue
        under = [h for h in heads if line_end <= h.start < bounds[i + 1]][:FIRST_SECTIONS]
        titles = [_read(text[h.start:h.end]) for h in under]
        if sum(other in t for t in titles) >= MIN_OTHER and not any(own in t.replace("一般公共预算", "")
                                                                  .replace("政府性基金预算", "").replace("国有资本经营预算", "")
                                                                  for t in titles):
            yield Finding(start, start + len(text[start:line_end].rstrip()), RULE.code, RULE.severity,
                          f"部分标题写“{own}”，其下各节却都是{other}内容（如“{titles[0].strip()}”），标题应为“{other}”。")
