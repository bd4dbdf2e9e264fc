"""N082: a count of published items smaller than the kinds it is said to cover (信息4条，涵盖……五类).

A disclosure report that counts its published items and then says what they cover ("全年共主动公开政务信息4条，内容涵盖
机构职能、行政许可、政策法规、业务工作、水法宣传等各类信息") claims an item at least of every kind it names: four items
cannot cover five kinds. The count lost a digit (40条, 14条), or the sentence was copied from another year's report.

Read only where the kinds follow the count in its own sentence after 涵盖/包括/包含/涉及 (内容 before it allowed), are
set off by 、 and are short names (no figure among them: a list of kinds with their own counts is N076's), and the
count is of items (条) of published information.
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N082",
    name="fewer-items-than-kinds",
    severity="warning",
    summary="公开信息的条数少于其所涵盖的类别数",
    doc=(
        "检查什么：“全年共主动公开政务信息4条，内容涵盖机构职能、行政许可、政策法规、业务工作、水法宣传等各类信息”"
        "这样说公开信息若干条、随后列出所涵盖的类别，而类别比条数还多的。\n"
        "为什么：所列每一类至少要有一条信息，4条信息涵盖不了5类；多是条数漏了一位数字，或照抄了别年的句子。\n"
        "不报的情形：类别后带各自条数的（由 N076 核对合计）；类别不是紧接在条数之后、用“涵盖”“包括”等引出的。"
    ),
    flag=(
        "全年共主动公开政务信息4条，内容涵盖机构职能、行政许可、政策法规、业务工作、水法宣传等各类信息。",
        "本年度发布信息2条，包括工作动态、通知公告、人事信息。",
    ),
    keep=(
        "全年共主动公开政务信息40条，内容涵盖机构职能、行政许可、政策法规、业务工作、水法宣传等各类信息。",
        "本年度发布信息3条，包括工作动态、通知公告、人事信息。",
        # kinds with their own counts: N076's
        "本年度发布信息4条，包括工作动态1条、通知公告1条、人事信息1条、政策文件1条、财政信息1条。",
    ),
)

_CLAIM = regex_cache.compile(
    r"(?:公开|发布|公布)[\u4e00-\u9fff]{0,8}?信息(?<![\d.])(\d{1,2})\s{0,1}条[，,]\s{0,1}(?:内容|主要)?(?:涵盖|包括|包含|涉及)了?[：:]?"
    r"([^。；;！？\n]{4,160}?)(?:等(?:各类|方面|多个|多类|[一二三四五六七八九十\d]{1,2}[类个项方])?|各类|[。；;，,\n]|$)")
_KIND = regex_cache.compile(r"[\u4e00-\u9fff“”（）()]{2,16}")


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "条" not in text:
        return
    for m in near_needles(_CLAIM, text):
        count = int(m.group(1))
        kinds = m.group(2).split("、")
        if not all(_KIND.fullmatch(k.strip()) for k in kinds) or len(kinds) <= count:
            continue
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"公开信息{count}条，随后却列出{len(kinds)}类内容，每类至少一条，条数少于类别数，请核对条数。", None)
