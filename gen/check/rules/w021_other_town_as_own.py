"""W021: the report names another township as its own body ("包家镇人民政府（本级）" in 裴兴镇's report).

Townships and street offices write their 决算 notes from a neighbour's file,
and the neighbour's name survives where the body speaks of itself: the
"（本级）" entry of its list of units. The sign that it is a slip and not a
second body: the place before "（本级）" is named nowhere else in the text,
while another place of the same kind is named, as a government or office, at
least twice. The rule reports the stray name with the place the text
otherwise speaks of.
"""

from __future__ import annotations

from collections import Counter

from ...core import regex_cache
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W021",
    name="other-town-as-own",
    severity="warning",
    summary="“（本级）”前写的是另一个乡镇（街道）的名称",
    doc=(
        "检查什么：单位构成中标明“（本级）”的本单位名称，其乡镇（街道）名在全文别处从未出现，"
        "而全文另有一个同类乡镇（街道）的人民政府（办事处）至少出现两次，如裴兴镇的决算说明写“包家镇人民政府（本级）”。\n"
        "为什么：套用其他乡镇的文本时漏改了名称，本单位的名称写错是硬伤。\n"
        "不报的情形：“（本级）”前的地名在别处也出现；全文没有另一个反复出现的同类地名。\n"
        "示例：“行政部门1个：包家镇人民政府（本级）”应为“裴兴镇人民政府（本级）”。"
    ),
    flag=(
        "某县裴兴镇人民政府2022年度部门决算\n裴兴镇人民政府是一级地方政府。\n"
        "单位构成：行政部门1个：包家镇人民政府（本级）；事业单位5个。\n裴兴镇人民政府负责全镇各项事务。\n",
    ),
    keep=(
        "某县裴兴镇人民政府2022年度部门决算\n裴兴镇人民政府是一级地方政府。\n"
        "单位构成：行政部门1个：裴兴镇人民政府（本级）；事业单位5个。\n裴兴镇人民政府负责全镇各项事务。\n",
        # the place is named elsewhere too: a second body, not a slip
        "某县裴兴镇人民政府2022年度部门决算\n裴兴镇人民政府与包家镇共建园区。\n"
        "单位构成：包家镇人民政府（本级）。\n裴兴镇人民政府负责全镇各项事务。\n",
    ),
)

_SELF = regex_cache.compile(r"([\u4e00-\u9fff]{2,3}?)(镇|乡|街道)([\u4e00-\u9fff]{0,8})[（(]本级[）)]")
_BODY = regex_cache.compile(r"([\u4e00-\u9fff]{2,3}?)(镇|乡|街道)(?=人民政府|政府|党委|办事处|工作委员会|党工委)")
MIN_OTHER = 2  # times the other place is named as a government or office


def check(ctx):
    text = ctx.text
    if "本级" not in text:
        return
    bodies = Counter((m.group(1)[-2:], m.group(2)) for m in _BODY.finditer(text))
    for m in _SELF.finditer(text):
        place, kind = m.group(1)[-2:], m.group(2)
        if text.count(place + kind) > 1:
            continue
        others = [(n, p) for (p, k), n in bodies.items() if k == kind and p != place and n >= MIN_OTHER]
        if len(others) != 1:
            continue
        other = others[0][1] + kind
        start = m.start(1) + len(m.group(1)) - 2
        yield Finding(start, start + len(place + kind), RULE.code, RULE.severity,
                      f"“{place}{kind}”在全文别处没有出现，而本文反复提到的是“{other}”：疑为套用其他单位文本时漏改的名称，"
                      f"请核对，应为“{other}”。", other)
