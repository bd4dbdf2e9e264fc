"""F014: a self-evaluation score told in prose that is not the sum of the scores listed under it.

A 自评报告 states its total and then breaks it down by first-level indicator in one 其中 list: "自评得分为
92.5分。其中：预算执行率指标分值10分，得分9.5分；产出指标分值50分，得分46分；……". When every listed part
states its points and the points make the full score (100, or the 满分 the sentence states), the list is
complete, and its scores must make the total. A part's points and score may stand as "分值10分，得分9.5分",
"（10分）得9.5分" or "得9.5分（满分10分）". A list whose points fall short of the full score may have left
parts out: no judgement. The table of the same form is F004's.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ...core.numbers import format_score, written_tolerance
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule
from ..score_pairs import number, points, points_then_score, score, score_then_points

RULE = Rule(
    code="F014",
    name="prose-score-total",
    severity="error",
    summary="文字中写明的自评总分与其后“其中”列出的各项得分之和不符",
    doc=(
        "检查什么：正文写“自评得分为92.5分。其中：预算执行率指标分值10分，得分9.5分；产出指标分值50分，得分46分；……”，"
        "所列各项都写明分值且分值之和等于满分（100分，或句中写明的满分），说明已列全，各项得分之和就应等于总分。\n"
        "为什么：总分由各项得分相加而来；对不上时，要么某项得分写错，要么总分写错，等级也可能随之错判。\n"
        "不报的情形：所列分值之和不足满分（可能未列全）；有一项未写分值或得分；差额在总分所印精度的舍入范围内（96.6写作97）。"
        "表格中的总分见 F004。\n"
        "示例：自评得分为93.5分，其中四项分值10＋50＋30＋10＝100分，得分9.5＋46＋28＋9＝92.5分。"
    ),
    flag=(
        "本项目自评得分为93.5分。其中：预算执行率指标分值10分，得分9.5分；产出指标分值50分，得分46分；"
        "效益指标分值30分，得分28分；满意度指标分值10分，得分9分。",
        "部门整体支出绩效自评总分88分，其中：预算执行（20分）得18分，产出（40分）得36分，效益（30分）得27分，满意度（10分）得9分。",
        "综合得分为90分，其中产出指标得45分（满分50分），效益指标得26分（满分30分），满意度指标得8分（满分10分），预算执行率得9分（满分10分）。",
    ),
    keep=(
        "本项目自评得分为92.5分。其中：预算执行率指标分值10分，得分9.5分；产出指标分值50分，得分46分；"
        "效益指标分值30分，得分28分；满意度指标分值10分，得分9分。",
        # points short of the full score: parts may be missing
        "本项目自评得分为92.5分。其中：产出指标分值50分，得分46分；效益指标分值30分，得分28分。",
        # one part without its points
        "自评得分为92分，其中：产出指标得分46分，效益指标分值30分，得分28分，满意度指标分值10分，得分9分，预算执行率分值10分，得分9分。",
        "综合得分为88分，其中产出指标得45分（满分50分），效益指标得26分（满分30分），满意度指标得8分（满分10分），预算执行率得9分（满分10分）。",
    ),
)

_NUM = number(3)
# The total: a score of the report (自评得分为92.5分), its full score when the sentence states one.
_TOTAL = regex_cache.compile(
    r"(?:自评|评价|综合|最终|总)(?:总)?(?:得分|分)(?:为|是|：|:)?\s{0,2}" + _NUM + r"\s{0,2}分(?!值)")
_FULL = regex_cache.compile(points(_NUM, "(?:满分|总分值|分值)", "为"))
_BRACKET_POINTS = r"[（(]\s{0,2}(?:分值)?" + number(3, "p2") + r"\s{0,2}分\s{0,2}[）)]"
_JOIN = r"[，,、]?\s{0,2}(?:自评)?"
# A part's points and its score, in the three orders reports write them.
_PART = regex_cache.compile(
    "(?:" + points_then_score(points(number(3, "p1"), "分值", "为"), score(number(3, "s1"), "为"), _JOIN)
    + "|" + points_then_score(_BRACKET_POINTS, score(number(3, "s2"), "为"), _JOIN)
    + "|" + score_then_points(score(number(3, "s3"), "为"), points(number(3, "p3"), "(?:满分|分值)", "为")) + ")")
# A score in the list that is no part's pairing of points and score (a bare 得分46分): the list is not read.
_SCORE = regex_cache.compile(score(number(3, capture=False), "为"))
_SENTENCE_END = "。！？!?\n"
MAX_LIST = 400  # characters from 其中 to the end of its list
MIN_PARTS = 3
DEFAULT_FULL = Decimal(100)


def _end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(c, pos, pos + MAX_LIST) for c in _SENTENCE_END) if i != -1]
    return min(ends) if ends else min(len(text), pos + MAX_LIST)


def _start(text: str, pos: int, reach: int = 120) -> int:
    return max([text.rfind(c, max(0, pos - reach), pos) + 1 for c in _SENTENCE_END] + [max(0, pos - reach)])


def _parts(text: str, lo: int, hi: int) -> Optional[list[tuple[Decimal, Decimal, str]]]:
    """(points, score, score as written) of every part in text[lo:hi]; None when a score stands alone."""
    parts, scores = [], 0
    for m in _PART.finditer(text, lo, hi):
        p = m.group("p1") or m.group("p2") or m.group("p3")
        s = m.group("s1") or m.group("s2") or m.group("s3")
        parts.append((Decimal(p), Decimal(s), s))
    for _ in _SCORE.finditer(text, lo, hi):
        scores += 1
    return parts if scores == len(parts) else None


def _judge(text: str, total: re.Match, at: int) -> Optional[Finding]:
    lo = at + 2
    hi = _end(text, lo)
    parts = _parts(text, lo, hi)
    if parts is None or len(parts) < MIN_PARTS:
        return None
    full_m = _FULL.search(text, _start(text, total.start()), total.start())
    full = Decimal(full_m.group(1)) if full_m else DEFAULT_FULL
    points = sum((p for p, _, _ in parts), Decimal(0))
    if points != full:
        return None
    earned = sum((s for _, s, _ in parts), Decimal(0))
    slack = written_tolerance(total.group(1))  # parts' scores are given exactly; the total may be rounded (96.6 written 97)
    if abs(earned - Decimal(total.group(1))) <= slack:
        return None
    shown = "＋".join(raw for _, _, raw in parts)
    return Finding(
        total.start(1), total.end(1) + 1, RULE.code, RULE.severity,
        f"总分写作{total.group(1)}分，而“其中”所列各项（分值之和{format_score(points)}分，已列全）得分之和为"
        f"{shown}＝{format_score(earned)}分，二者不符",
    )


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    pos = text.find("其中")
    while pos != -1:
        lo = _start(text, pos)
        if pos > 0 and text[pos - 1] in "。\n":
            lo = _start(text, pos - 1)  # 。其中: the total stands in the sentence before
        totals = list(_TOTAL.finditer(text, lo, pos))
        if totals:
            finding = _judge(text, totals[-1], pos)
            if finding is not None:
                yield finding
        pos = text.find("其中", pos + 2)
