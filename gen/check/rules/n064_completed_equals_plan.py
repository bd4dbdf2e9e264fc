"""N064: an amount told as completed that is the whole plan, beside a completion rate far below 100 %.

"2022年度中央水利投资计划完成32.9亿元、完成率20.4%" where the report states elsewhere
"2022年全省中央水利投资计划32.9亿元": the 32.9亿元 is the plan itself (6.7亿元 is what was
done, 20.4 % of it). An amount completed equal to its plan makes 100 %, so one of the two figures
was copied from the wrong place. The plan must be the same subject's: the labels before the two
figures share a run of four Chinese characters (中央水利) besides the years, else two plans of one
size (省级资金5亿元 and 市级资金5亿元) would meet by chance.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N064",
    name="completed-equals-plan",
    severity="warning",
    summary="完成额等于计划总额，却写完成率远低于100%",
    doc=(
        "检查什么：“完成X亿元、完成率R%”中的完成额X，恰好等于文中同一事项的计划额（“计划X亿元”），"
        "而完成率R远低于100%。\n"
        "为什么：完成额等于计划额，完成率应为100%；多是把计划额当成了完成额填写。\n"
        "不报的情形：完成率约为100%的；计划与完成说的不是同一事项（两处名称没有四个字以上相同）的。\n"
        "示例：上文“全省中央水利投资计划32.9亿元”，此处“中央水利投资计划完成32.9亿元、完成率20.4%”，"
        "32.9亿元是计划总额。"
    ),
    flag=(
        "全省农田水利投资计划15.6亿元。截至6月底，农田水利投资计划完成15.6亿元、完成率42.3%。",
    ),
    keep=(
        "全省农田水利投资计划15.6亿元。截至6月底，农田水利投资计划完成6.6亿元、完成率42.3%。",
        "全省农田水利投资计划15.6亿元。截至年底，农田水利投资完成15.6亿元、完成率100%。",
        "省级道路养护资金计划15.6亿元。截至6月底，农田水利投资完成15.6亿元、完成率42.3%。",
    ),
)

_NUM = r"(\d+(?:\.\d+)?)\s{0,2}(亿元|万元)"
_DONE = regex_cache.compile(r"完成(?:投资|资金|支出)?(?:为|了)?\s{0,2}" + _NUM
                            + r"\s{0,2}[、，,]\s{0,2}(?:完成率|完成比例|占计划的?)(?:为|达到?)?\s{0,2}(\d+(?:\.\d+)?)\s{0,2}[%％]")
_PLAN = regex_cache.compile(r"计划(?:投资|资金|总额|下达)?(?:为|是|共)?\s{0,2}" + _NUM)
_HAN_RUN = regex_cache.compile(r"[\u4e00-\u9fff]+")
_CLAUSE_STOP = regex_cache.compile(r"[。；;，,、:：\n]")
LABEL = 30  # characters before a figure read for its subject
SHARED = 4  # characters of a subject both labels must share
FULL = Decimal(99)  # a rate at or above this is "about 100 %"


def _label(text: str, start: int) -> str:
    """The Chinese characters of the clause before ``start`` (up to LABEL of them), without years."""
    lo = max(0, start - LABEL)
    stops = [m.end() for m in _CLAUSE_STOP.finditer(text, lo, start)]
    return "".join(_HAN_RUN.findall(text[stops[-1] if stops else lo:start]))


def _grams(label: str) -> set[str]:
    return {label[i:i + SHARED] for i in range(len(label) - SHARED + 1)}


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "完成" not in text or "计划" not in text:
        return
    plans: dict[tuple[str, str], list[int]] = {}
    for p in _PLAN.finditer(text):
        plans.setdefault((p.group(1), p.group(2)), []).append(p.start())
    if not plans:
        return
    for d in _DONE.finditer(text):
        if Decimal(d.group(3)) >= FULL:
            continue
        key = (d.group(1), d.group(2))
        done_label = _grams(_label(text, d.start()))
        for at in plans.get(key, ()):
            if at <= d.start() < at + len("计划") + 12:
                continue  # the plan's own figure is this one (计划完成X: no second statement)
            if done_label & _grams(_label(text, at)):
                yield Finding(d.start(1), d.end(2), RULE.code, RULE.severity,
                              f"完成额{d.group(1)}{d.group(2)}与文中同一事项的计划额相同，完成率却为{d.group(3)}%，"
                              f"两者矛盾，疑为把计划额写成了完成额。", None)
                break
