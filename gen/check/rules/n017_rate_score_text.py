"""N017: a budget-execution score in the text that is not 执行率 × 分值."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.numbers import agrees, format_score, round_half_up
from ...core.quantities import parse_number
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N017",
    name="rate-score-text",
    severity="error",
    summary="正文中预算执行率的得分不等于执行率×分值",
    doc=(
        "自评报告正文常写“预算执行率（10分）：……执行率为92.87%，得10分”。各地评分规则（glossary/scoring/）"
        "都按“执行率×分值”给预算执行率计分（执行率达到100%及以上得满分），分值也可写在得分之后的括号里（得9分（分值10分））；所以执行率不到100%却得满分，"
        "或得分与执行率×分值按所填小数位不符，都是错的。只在同一句（或紧邻的小标题）写明了该指标的分值、"
        "得分紧跟在执行率之后时判断；“自评总分”“综合得分”等别的分数，以及超过分值的得分（不是这一项的）不在此判断。"
        "表格中的同类错误见 B004、F001。例：分值10分，执行率92.87%，应得9.29分，写成得10分。"
    ),
    flag=(
        "（一）预算执行率（10分）\n全年预算数985.19万元，执行数914.97万元，预算执行率为92.87%，得10分。",
        "预算执行率指标分值10分，本年资金执行率92.9%，该项得满分10分。",
        "预算执行率分值为20分，执行率为85.00%，得分18分。",
        # the 分值 stated in brackets after the score
        "项目预算3,750.00万元，实际支出3,375.00万元，预算执行率90.00%，得分10分（分值10分）。",
        "预算执行率为92.87%，得10分（满分10分）。",
    ),
    keep=(
        "（一）预算执行率（10分）\n全年预算数985.19万元，执行数914.97万元，预算执行率为92.87%，得9.29分。",
        "预算执行率指标分值10分，本年资金执行率100%，该项得满分10分。",
        "预算执行率分值为20分，执行率为85.00%，得分17分。",
        # the self-evaluation total, not the execution score
        "全年预算执行率为92.87%，绩效自评得分95分，等级为优。",
        # no 分值 stated: the score cannot be judged
        "全年预算执行率为92.87%，得10分。",
        "项目预算3,750.00万元，实际支出3,375.00万元，预算执行率90.00%，得分9分（分值10分）。",
        # 政府采购执行率 is scored by each form's own rule (full marks from a threshold), not by rate × points
        "（三）政府采购执行率（5分）：政府采购预算500.00万元，实际采购480.00万元，政府采购执行率96.00%，得5分。",
    ),
)

_RATE_BEFORE = regex_cache.compile(r"执行率(?:为|是|达到|达|：|:)?\s{0,2}$")
_SCORE = regex_cache.compile(r"得(?:分)?(?:满分)?(?:为|是)?\s{0,2}(\d{1,3}(?:\.\d{1,3})?)\s{0,2}分")
_WEIGHT = regex_cache.compile(
    r"(?:分值|满分|权重)(?:为|是|：|:)?\s{0,2}(\d{1,3}(?:\.\d{1,2})?)\s{0,2}分|执行率\s{0,2}[（(]\s{0,2}(\d{1,3})\s{0,2}分\s{0,2}[）)]"
)
# The 分值 in brackets right after the score (得分10分（分值10分）): the indicator's weight, told last.
_WEIGHT_AFTER = regex_cache.compile(
    r"\s{0,2}[（(]\s{0,2}(?:分值|满分|权重)(?:为|是|：|:)?\s{0,2}\d{1,3}(?:\.\d{1,2})?\s{0,2}分\s{0,2}[）)]")
# Rates of other indicators ending in 执行率 that forms score by their own thresholds, not by rate × points.
_OTHER_RATE = regex_cache.compile(r"采购执行率(?:为|是|达到|达|：|:)?\s{0,2}$")
_OTHER = regex_cache.compile(r"[%％]|总|综合|自评|评价|绩效|合计|最终|等级")
_SENTENCE_END = "。！？；\n"
MAX_GAP = 30
MAX_HEADING = 40
MAX_LINE = 300


def _line_start(text: str, pos: int) -> int:
    """Start of the line holding ``pos``, or of the line above when it is a short heading naming
    the 执行率 (（一）预算执行率（10分）)."""
    lo = max(0, pos - MAX_LINE)  # bounded, so a text without line breaks stays linear
    start = max(text.rfind("\n", lo, pos) + 1, lo)
    if start > 0 and text[start - 1] == "\n":
        above = max(text.rfind("\n", max(0, start - 1 - MAX_LINE), start - 1) + 1, 0)
        heading = text[above:start - 1]
        if len(heading.strip()) <= MAX_HEADING and "执行率" in heading:
            return above
    return start


def _weight(text: str, lo: int, hi: int) -> Optional[Decimal]:
    values = {parse_number(m.group(1) or m.group(2))[0] for m in _WEIGHT.finditer(text, lo, hi)}
    return values.pop() if len(values) == 1 else None


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    for q in ctx.quantities:
        if q.unit != "%" or q.comparator or not _RATE_BEFORE.search(text[max(0, q.start - 8):q.start]) \
                or _OTHER_RATE.search(text[max(0, q.start - 10):q.start]):
            continue
        end = q.end
        while end < len(text) and end < q.end + MAX_GAP + 12 and text[end] not in _SENTENCE_END:
            end += 1
        m = _SCORE.search(text, q.end, end)
        if m is None or m.start() - q.end > MAX_GAP or _OTHER.search(text, q.end, m.start()):
            continue
        after = _WEIGHT_AFTER.match(text, m.end())
        weight = _weight(text, _line_start(text, q.start), after.end() if after else m.end())
        parsed = parse_number(m.group(1))
        if weight is None or parsed is None:
            continue
        score, decimals = parsed
        if score > weight:
            continue  # not this indicator's score
        expected = min(q.value, Decimal(100)) / Decimal(100) * weight
        if agrees(score, decimals or 2, expected):
            continue
        shown = format_score(round_half_up(expected, 2))
        yield Finding(
            m.start(1), m.end(1), RULE.code, RULE.severity,
            f"预算执行率{format_score(q.value)}%×分值{format_score(weight)}应得{shown}分，文中为{m.group(1)}分",
            shown,
        )
