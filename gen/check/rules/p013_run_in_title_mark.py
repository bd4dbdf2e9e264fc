"""P013: a numbered item whose run-in title lost the mark its siblings carry ("4.成本指标国家规定……").

Indicator and analysis sections often open each numbered item with a short
title and a full stop, then the text: "1.数量指标。……" "2.质量指标。……"
"3.时效指标。……". When one item is typed without that mark, its title runs
into the sentence ("4.成本指标国家规定标准……") and reads as one phrase. The
rule speaks only when the siblings show the pattern: at least two other
items of the same list (same level, same parent) open with a title of at
most ten characters ended by 。 or ：, all those titles end with the same
word (指标, 情况, 分析 …), and the item in question has that word within its
first characters followed straight by more text. A list whose items are
sentences, or whose titles share no word, says nothing about where a title
would end, and is left alone.
"""

from __future__ import annotations

import os
import re

from ...core import regex_cache
from ..finding import Finding
from ..headings import headings
from ..registry import Rule

RULE = Rule(
    code="P013",
    name="run-in-title-mark",
    severity="warning",
    summary="编号小标题后漏了同级各项都有的标点",
    doc=(
        "检查什么：同一组编号条目都以“小标题+句号（或冒号）”开头（“1.数量指标。”“2.质量指标。”“3.时效指标。”），"
        "其中一项的小标题后面却直接接正文（“4.成本指标国家规定标准……”）。\n"
        "为什么：小标题与正文连在一起，读者分不清标题到哪里结束；同级各项写法应当一致。\n"
        "不报的情形：同级写了句号的小标题不足两项，或这些小标题没有共同的结尾词（各项本是句子而非标题）；"
        "小标题后已有任何标点的。\n"
        "示例：“4.成本指标国家规定标准发放”应为“4.成本指标。国家规定标准发放”。"
    ),
    flag=(
        "（三）绩效指标完成情况\n1.数量指标。全年发放补助三百人次。\n2.质量指标。发放准确率100%。\n"
        "3.时效指标。每月按时发放。\n4.成本指标按标准足额发放，未超支。\n",
        "二、存在问题\n（一）预算编制情况：部分项目测算不细。\n（二）执行进度情况：下半年支出集中。\n"
        "（三）绩效管理情况指标设置不够细化。\n",
    ),
    keep=(
        "（三）绩效指标完成情况\n1.数量指标。全年发放补助三百人次。\n2.质量指标。发放准确率100%。\n"
        "3.时效指标。每月按时发放。\n4.成本指标。按标准足额发放，未超支。\n",
        "（三）主要做法\n1.加强组织领导。成立工作专班。\n2.完善制度建设。修订管理办法。\n"
        "3.强化监督检查各项资金使用情况，确保合规。\n",
        "（三）绩效指标完成情况\n1.数量指标。全年发放补助三百人次。\n2.质量指标完成较好，发放准确率100%。\n",
    ),
)

TITLE_MAX = 10
SUFFIX_MIN = 2
_RUN_IN = regex_cache.compile(r"([\u4e00-\u9fff]{2,%d})[。：:]" % TITLE_MAX)


def _siblings(ctx):
    """Lists of headings of one level under one parent, in order."""
    groups: list = []
    open_: dict = {}
    for h in headings(ctx):
        if h.form == "bare":
            continue
        for level in [lv for lv in open_ if lv > h.level]:
            groups.append(open_.pop(level))
        open_.setdefault(h.level, []).append(h)
    return groups + list(open_.values())


def check(ctx):
    for group in _siblings(ctx):
        if len(group) < 3:
            continue
        titled = {h.start: m.group() for h in group if (m := _RUN_IN.match(h.title))}
        if len(titled) < 2:
            continue
        suffix = os.path.commonprefix([t[:-1][::-1] for t in titled.values()])[::-1]
        if len(suffix) < SUFFIX_MIN:
            continue
        for h in group:
            if h.start in titled:
                continue
            at = h.title.find(suffix, 0, TITLE_MAX + len(suffix))
            end = at + len(suffix)
            if at < 0 or end + 4 > len(h.title) or not re.match(r"[\u4e00-\u9fff\d]", h.title[end]):
                continue
            offset = ctx.text.find(h.title, h.mark_end) + end
            example = next(iter(titled.values()))
            mark = example[-1]
            yield Finding(
                offset - 1, offset, RULE.code, RULE.severity,
                f"小标题“{h.title[:end]}”之后缺少“{mark}”：同级其他各项都写作“{example}……”。",
                h.title[end - 1] + mark,
            )
