"""B021: an indicator row whose actual value misses its own target, its verdict cell saying 已完成.

A 绩效目标完成情况表 gives each indicator its target (≥200户, ≤1.8万元, 2025年11月30日前), the value
reached, and a verdict column (完成情况, 是否完成, 是否达标). A row reading "≥200户 | 188户 | 已完成"
contradicts itself: either the actual was typed wrongly or the verdict was filled in for every row
without reading it. Read only pipe rows under a header that names the three columns; the target must
state its direction (≥, 不低于, 以上 / ≤, 不高于, 以内, or a deadline 前) and share the actual's unit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="B021",
    name="missed-target-marked-done",
    severity="warning",
    summary="指标实际完成值未达到指标值，完成情况栏却写“已完成”“达标”",
    doc=(
        "检查什么：绩效目标完成情况表（表头有指标值、实际完成值和“完成情况”“是否完成”“是否达标”栏）中，"
        "指标值写明方向（≥、不低于、以上；≤、不高于、以内；“某年某月某日前”），实际完成值与它单位相同却未达到"
        "（低于下限、高于上限、晚于期限），而该行完成情况栏写“已完成”“完成”“是”“达标”“已达到”。\n"
        "为什么：同一行的数字和结论相互矛盾：要么实际值写错，要么结论是照抄的，未如实评价。\n"
        "不报的情形：指标值没有方向或不是数字的；两栏单位不同的；完成情况写“未完成”“部分完成”“基本完成”的。\n"
        "示例：“改造农村户厕数量 | ≥200户 | 188户 | 已完成”。"
    ),
    flag=(
        "| 三级指标 | 年度指标值 | 实际完成值 | 完成情况 |\n| 改造农村户厕数量 | ≥200户 | 188户 | 已完成 |\n",
        "| 三级指标 | 指标值 | 实际完成值 | 是否达标 |\n| 人均补助标准 | ≤600元 | 650元 | 是 |\n",
        "| 三级指标 | 年度指标值 | 实际完成值 | 完成情况 |\n| 项目完工时间 | 2025年11月30日前 | 2025年12月20日 | 已完成 |\n",
        "| 三级指标 | 年度指标值 | 实际完成值 | 完成情况 |\n| 农户满意度 | 不低于90% | 86% | 达标 |\n",
    ),
    keep=(
        "| 三级指标 | 年度指标值 | 实际完成值 | 完成情况 |\n| 改造农村户厕数量 | ≥200户 | 212户 | 已完成 |\n",
        "| 三级指标 | 年度指标值 | 实际完成值 | 完成情况 |\n| 改造农村户厕数量 | ≥200户 | 188户 | 未完成 |\n",
        "| 三级指标 | 年度指标值 | 实际完成值 | 完成情况 |\n| 项目完工时间 | 2025年11月30日前 | 2025年11月20日 | 已完成 |\n",
        # no direction: 200户 may be the plan, reached or not, the row does not say how it is judged
        "| 三级指标 | 年度指标值 | 实际完成值 | 完成情况 |\n| 改造农村户厕数量 | 200户 | 188户 | 已完成 |\n",
        # units differ
        "| 三级指标 | 年度指标值 | 实际完成值 | 完成情况 |\n| 培训规模 | ≥20期 | 1500人次 | 已完成 |\n",
    ),
)

_TARGET_HEAD = regex_cache.compile(r"^(?:年度|全年)?(?:绩效)?(?:指标值|目标值)(?:[（(][^）)]{0,8}[）)])?$")
_ACTUAL_HEAD = regex_cache.compile(r"^(?:全年|年度)?实际(?:完成)?(?:值|数|情况)?(?:[（(][^）)]{0,8}[）)])?$")
_VERDICT_HEAD = regex_cache.compile(r"^(?:目标)?(?:完成情况|是否完成|是否达标|是否达到|达标情况|达成情况|完成结果)$")
_DONE = frozenset(("已完成", "完成", "是", "达标", "已达标", "达到", "已达到", "全部完成", "√", "完成目标"))
_LOW = r"(?:≥|>=|＞=|不低于|不少于|大于等于|至少)"
_HIGH = r"(?:≤|<=|＜=|不高于|不超过|不多于|小于等于|控制在)"
_NUM = r"(\d+(?:\.\d+)?)\s{0,2}([^\d\s|]{0,6})"
_TARGET = regex_cache.compile(r"^(" + _LOW + "|" + _HIGH + r")?\s{0,2}" + _NUM + r"$")
_SUFFIX = regex_cache.compile(r"^(.*?)(以上|以内|及以上|及以内|以下)$")
_ACTUAL = regex_cache.compile(r"^" + _NUM + r"$")
_DATE = regex_cache.compile(r"^(\d{4})\s{0,1}年\s{0,1}(\d{1,2})\s{0,1}月(?:\s{0,1}(\d{1,2})\s{0,1}日|底)?(前|之前|以前)?$")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _column(header: list[str], pattern) -> Optional[int]:
    found = [i for i, c in enumerate(header) if pattern.match(c.replace(" ", ""))]
    return found[0] if len(found) == 1 else None


def _date_key(m) -> tuple[int, int, int]:
    day = int(m.group(3)) if m.group(3) else 31
    return int(m.group(1)), int(m.group(2)), day


def _missed(target: str, actual: str) -> bool:
    """True when the actual value falls short of a target that states its direction, in the same unit."""
    target, actual = target.replace(" ", ""), actual.replace(" ", "")
    deadline, done = _DATE.match(target), _DATE.match(actual)
    if deadline and done:
        return bool(deadline.group(4)) and done.group(3) is not None and _date_key(done) > _date_key(deadline)
    direction = ""
    suffix = _SUFFIX.match(target)
    if suffix:
        target, direction = suffix.group(1), ("low" if suffix.group(2) in ("以上", "及以上") else "high")
    t, a = _TARGET.match(target), _ACTUAL.match(actual)
    if not t or not a:
        return False
    if t.group(1):
        direction = "low" if regex_cache.compile(_LOW).match(t.group(1)) else "high"
    if not direction or t.group(3) != a.group(2) or not t.group(3):
        return False
    goal, got = Decimal(t.group(2)), Decimal(a.group(1))
    return got < goal if direction == "low" else got > goal


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "|" not in text or "实际" not in text:
        return
    cols: Optional[tuple[int, int, int]] = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "|" not in line:
            cols = None
            continue
        cells = _cells(line)
        target, actual, verdict = (_column(cells, p) for p in (_TARGET_HEAD, _ACTUAL_HEAD, _VERDICT_HEAD))
        if target is not None and actual is not None and verdict is not None:
            cols = (target, actual, verdict)
            continue
        if cols is None or len(cells) <= max(cols):
            continue
        t, a, v = (cells[i] for i in cols)
        if v.replace(" ", "") in _DONE and _missed(t, a):
            at = line.find(v, line.find(a) + len(a)) if a else -1
            at = start + (at if at >= 0 else 0)
            yield Finding(at, at + len(v), RULE.code, RULE.severity,
                          f"实际完成值“{a}”未达到指标值“{t}”，完成情况却写“{v}”：请核对实际完成值，"
                          f"或如实填写完成情况并说明偏差原因。", None)
