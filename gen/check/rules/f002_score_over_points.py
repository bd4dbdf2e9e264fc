"""F002: a 得分 in a 自评表 larger than the row's 分值, and the same told in prose.

Reports tell the form in prose as often as they attach it: "（一）预算执行率（10分）：……得12分", "得分11分
（分值10分）". An indicator's score above the points its own heading or bracket gives is the same slip as a
cell's, so it is read there too: only the first score after a run-in heading's points (later ones may be
sub-items', all smaller anyway), and only a 得…分 figure, never a total (自评得分) told elsewhere.
"""

from __future__ import annotations

import re

from decimal import Decimal
from typing import Iterable

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ...core.quantities import parse_number
from ...core.numbers import format_score
from ..context import CheckContext
from ..finding import Finding
from ..forms_eval import form_checks
from ..registry import Rule
from ..score_pairs import number, points, points_then_score, score, score_then_points
from ._form_examples import form

RULE = Rule(
    code="F002",
    name="score-over-points",
    severity="error",
    summary="自评表中的得分超过分值",
    doc=(
        "自评表每一行的得分不能超过该行的分值（超额完成的指标也只得满分）。"
        "例：分值50的指标填写得分55。正文中按指标小标题写明的分值（“（一）预算执行率（10分）：……得12分”）"
        "、得分后括号中的分值（“得分11分（分值10分）”）或同一分句中得分前的分值（“该项分值10分，得11分”）同样核对。"
    ),
    flag=(form(training="≥500人 | 600人 | 50 | 55", total="100 | 104.5"),
          "（一）预算执行率（10分）：全年预算数4,820.00万元，执行数4,579.00万元，预算执行率为95.00%，得12分。",
          "（一）预算执行率（10分）\n全年预算数985.19万元，执行数914.97万元，预算执行率为92.87%，得分11分。",
          "项目预算3,750.00万元，实际支出3,375.00万元，预算执行率90.00%，得分11分（分值10分）。",
          "预算执行率95.00%，该项分值10分，得11分。"),
    keep=(form(), form(training="≥500人 | 600人 | 50 | 50"),
          "（一）预算执行率（10分）：全年预算数4,820.00万元，执行数4,579.00万元，预算执行率为95.00%，得9.50分。",
          "（五）产出指标（50分）：数量指标得20分，质量指标得15分，时效指标得10分，成本指标得5分。",
          # a heading's points, then the report's total on a later line: not that indicator's score
          "（六）群众满意度（10分）\n抽样调查满意度96%。\n经自评，项目绩效自评得分95分。",
          "预算执行率90.00%，得分9分（分值10分）。", "预算执行率95.00%，该项分值10分，得9.5分。",
          # a clause between the points and a score: the score may be another's (the total's)
          "该项分值10分，全年预算执行到位。绩效自评得分95分。"),
)

# A run-in heading giving an indicator's points at a line's start: （一）预算执行率（10分）：
_HEADING_POINTS = regex_cache.compile(
    r"^[ \u3000]{0,4}(?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)"
    r"[^\n（()）]{2,24}[（(](\d{1,3}(?:\.\d{1,2})?)分[）)][：:]?", re.M)
# The first score after it: 得12分, 得分11分, 得分为11分 (not 得分率, not 扣…分)
_SCORE_TEXT = score(number(2), "为|是")
_SCORE = regex_cache.compile(_SCORE_TEXT)
_POINTS_TEXT = points(number(2), "(?:分值|满分)", "为|是|：|:")  # 分值10分, 满分为10分, 分值：10分
# A score with its points in brackets right after it: 得分11分（分值10分）
_SCORE_POINTS = regex_cache.compile(score_then_points(_SCORE_TEXT, _POINTS_TEXT))
# The points told first in the same clause: 该项分值10分，得11分 / 分值为10分，实际得分11分
_POINTS_SCORE = regex_cache.compile(
    points_then_score(_POINTS_TEXT, _SCORE_TEXT, r"\s{0,2}[，,]?\s{0,2}(?:该项|本项|实际)?"))
_HEADING_LINE = 40  # a heading alone on its line: its score is on the next line


def _prose_findings(text: str) -> Iterable[Finding]:
    seen = set()
    for m in near_needles(_SCORE_POINTS, text):
        seen.add(m.start(1))
        yield from _over(m.start(1), m.end(1), m.group(1), m.group(2))
    for m in near_needles(_POINTS_SCORE, text):
        seen.add(m.start(2))
        yield from _over(m.start(2), m.end(2), m.group(2), m.group(1))
    for h in near_needles(_HEADING_POINTS, text):
        end = text.find("\n", h.end())
        end = len(text) if end < 0 else end
        if not text[h.end():end].strip() and end - h.start() <= _HEADING_LINE and end < len(text):
            nxt = text.find("\n", end + 1)
            end = len(text) if nxt < 0 else nxt  # the heading stands alone: its text is the next line
        s = _SCORE.search(text, h.end(), end)
        if s is not None and s.start(1) not in seen:
            yield from _over(s.start(1), s.end(1), s.group(1), h.group(1))


def _over(start: int, end: int, given: str, points: str) -> Iterable[Finding]:
    g, p = parse_number(given), parse_number(points)
    if g and p and g[0] > p[0] > Decimal(0):
        yield Finding(start, end, RULE.code, RULE.severity,
                      f"得分{given}分超过该指标的分值{points}分（超额完成的指标也只得满分）", format_score(p[0]))


def check(ctx: CheckContext) -> Iterable[Finding]:
    yield from _prose_findings(ctx.text)
    for fc in form_checks(ctx):
        for row in fc.rows:
            given, points = row.score, row.points
            if given is None or points is None or given.value <= points.value:
                continue
            yield Finding(
                given.cell.start, given.cell.end, RULE.code, RULE.severity,
                f"{fc.form.grid.where(given.cell)}：“{row.label}”得分{given.cell.text}超过分值{points.cell.text}",
                format_score(points.value),
            )
