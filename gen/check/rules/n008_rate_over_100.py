"""N008: a rate that cannot exceed 100% (覆盖率, 满意度, 签约率…) but does."""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import items
from ..rates import rate_glossary
from ..registry import Rule

RULE = Rule(
    code="N008",
    name="rate-over-100",
    severity="error",
    summary="按定义不能超过100%的比率超过了100%",
    doc=(
        "覆盖率、满意度、知晓率、签约率、合格率、达标率等是“部分占全体”的比例，按定义不超过100%；"
        "超过100%多为笔误或分子分母颠倒。名单见 glossary/rates.yaml 的 caps。"
        "完成率、完成比例、增长率可以超过100%，不在此列。"
        "例：重点人群签约率104%。"
    ),
    flag=("全人群签约率43.6%，重点人群签约率104%。", "质量指标设备验收合格率达到105%，全年实际值超过目标。"),
    keep=(
        # an indicator row flattened without blanks: the score 10 glued to the target 100%, then the actual
        "三级指标分值年度指标值全年实际值得分质量指标设备验收合格率10100%100%10",
        "三级指标分值年度指标值全年实际值得分质量指标设备验收合格率20≥95%100%20",
        "全人群签约率43.6%，重点人群签约率84%，计生特殊家庭签约率100%。",
        "农村和城镇低保适龄妇女“两癌”免费检查2030人，完成率135.33%。",
    ),
)

_TAIL_OK = regex_cache.compile(r"^(?:调查|指标|情况|水平)?$")


def cap_name(label: str) -> Optional[str]:
    """The capped rate a percentage's label names, if any."""
    best = None
    for cap in rate_glossary().caps:
        pos = label.rfind(cap.name)
        if pos != -1 and _TAIL_OK.match(label[pos + len(cap.name):]):
            if best is None or len(cap.name) > len(best):
                best = cap.name
    return best


# A table row run together: "合格率10100%100%10" is the score 10, the target 100%, the actual 100%.
_NEXT_PERCENT = regex_cache.compile(r"[≥≤>＞<＜=＝]?\d{1,6}(?:\.\d{1,4})?[%％]")  # bounded: linear in any search


def _glued_score(text: str, q) -> bool:
    """The figure's digits are a score (1-100) glued to a percentage of at most 100, and another
    percentage (the actual value) follows at once: cells of an indicator row, not one rate."""
    digits = re.match(r"\d+", q.raw)
    if digits is None or "." in q.raw or not _NEXT_PERCENT.match(text, q.end):
        return False
    d = digits.group()
    return any(d[k] != "0" and 1 <= int(d[:k]) <= 100 and int(d[k:]) <= 100 for k in range(1, len(d)))


def check(ctx: CheckContext) -> Iterable[Finding]:
    for it in items(ctx):
        q = it.q
        if q.unit != "%" or q.value <= 100 or q.comparator in ("≤", "<"):
            continue
        name = cap_name(it.label)
        if name is None or _glued_score(ctx.text, q):
            continue
        yield Finding(
            q.start, q.end, RULE.code, RULE.severity,
            f"{it.label}为{q.raw}：{name}按定义不能超过100%",
            None,
        )
