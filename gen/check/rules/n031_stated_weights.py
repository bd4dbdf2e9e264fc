"""N031: the weights of the first-level indicators, stated as the whole weighting, that do not make 100.

A report (or the note under its 自评表) often states the weighting of the whole
evaluation in one list: "指标权重统一设置为：产出指标50%、效益指标30%、满意度指标10%、
预算执行率10%". Such a list is the whole: the parts of a hundred-point
evaluation make 100, so a list of three that makes 90 lost an item (or one
weight is a typo). And where the text says the weights are set 统一 (uniformly),
a form whose first-level label prints another weight (产出指标（70分） against
产出指标50分) contradicts the rule the report itself states.

Read only where it is plain: 权重 or 分值 followed (within a few characters) by
为 and a list of at least three first-level names (产出指标, 效益指标,
满意度指标, 预算执行率), each with its weight in one unit (% or 分), each named
once, the list ending the clause (not "…等" or more words of the same list).
Second-level names (数量指标, 质量指标) are the parts of 产出指标, not of the
whole, and a list of them is not read.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Iterator, NamedTuple

from ...core import regex_cache
from ...core.numbers import format_score
from ...core.regex_needles import contains
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N031",
    name="stated-weights",
    severity="warning",
    summary="写明的一级指标权重（分值）合计不是100，或与自评表中的一级指标分值不一致",
    doc=(
        "检查什么：“指标权重设置为：产出指标50%、效益指标30%、满意度指标10%、预算执行率10%”这样写明整个评价权重的"
        "一句，所列一级指标（产出、效益、满意度、预算执行率）的权重之和应为100（%或分）；写明“统一设置”的，"
        "自评表中“产出指标（N分）”等一级指标的分值也应与之相同。\n"
        "为什么：百分制的各一级指标合起来就是全部，合计不是100说明漏了一项或写错了数；"
        "报告自己写明统一的权重，表中却是另一套分值，二者必有一处不对。\n"
        "不报的情形：所列少于三项；列的是二级指标（数量、质量、时效、成本指标）；列表以“等”结尾或后面还有别的项；"
        "单位不一（有%也有分）；同一指标列了两次。\n"
        "示例：“权重统一设置为：产出指标50%、效益指标30%、满意度指标10%”，合计90%，缺预算执行率10%。"
    ),
    flag=(
        "评价指标权重统一设置为：产出指标50%、效益指标30%、服务对象满意度指标10%。",
        "一级指标分值分别为：产出指标60分、效益指标30分、满意度指标10分、预算执行率10分。",
        # the form's label against the weighting the note says is uniform
        "产出指标（70分） 数量指标 培训人数 10 ≥100人 120人 10 效益指标（20分） 满意度指标（10分） 总分 100 "
        "注：一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算执行率10分。",
    ),
    keep=(
        "评价指标权重统一设置为：产出指标50%、效益指标30%、服务对象满意度指标10%、预算执行率10%。",
        "一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分。"
        "产出指标（50分） 数量指标 效益指标（30分） 满意度指标（10分）",
        # second-level names: the parts of 产出指标, not of the whole
        "产出指标权重为：数量指标20分、质量指标15分、时效指标15分。",
        # fewer than three named, or the list goes on
        "权重为：产出指标50%、效益指标30%。",
        "权重设置为：产出指标50%、效益指标30%、满意度指标10%等。",
        # one name twice: two lists in one
        "权重为：产出指标50%、效益指标30%、产出指标40%。",
        # without 统一 a form may weigh its own project otherwise
        "一级指标分值设置为：产出指标50分、效益指标30分、满意度指标10分、预算执行率10分。产出指标（60分） 效益指标（20分）",
    ),
)

_STATED = regex_cache.compile(r"(?:权重|分值)(?P<how>[^。；;，,：:\n]{0,8}?)为[ \u3000]{0,2}[：:]?[ \u3000]{0,2}")
_ITEM = regex_cache.compile(
    r"(?P<name>(?:服务对象)?满意度指标|产出指标|效益指标|(?:预算)?(?:资金)?执行率(?:指标)?)"
    r"[ \u3000]{0,2}(?:为|占)?[ \u3000]{0,2}(?P<n>\d{1,3}(?:\.\d{1,2})?)[ \u3000]{0,2}(?P<unit>%|分)"
)
_SEP = regex_cache.compile(r"[ \u3000]{0,2}[、，,；;][ \u3000]{0,2}")
# A first-level label of a form with its points: 产出指标（50分）; 服务对象满意度指标 is second-level
_LABEL = regex_cache.compile(
    r"(?<!对象)(产\s{0,2}出|效\s{0,2}益|满\s{0,2}意\s{0,2}度)\s{0,2}指\s{0,2}标\s{0,2}[（(]\s{0,2}(\d{1,3})\s{0,2}分\s{0,2}[)）]"
)
MIN_ITEMS = 3
_KINDS = (("满意度", "满意度"), ("产出", "产出"), ("效益", "效益"), ("执行率", "执行率"))


class Weights(NamedTuple):
    start: int
    end: int
    uniform: bool  # 统一 stated
    unit: str
    parts: tuple[tuple[str, Decimal], ...]  # (kind, weight)


def _kind(name: str) -> str:
    return next(kind for key, kind in _KINDS if key in name)


def _weights(text: str, m: re.Match) -> Weights | None:
    pos, found = m.end(), []
    while (it := _ITEM.match(text, pos)) is not None:
        found.append(it)
        pos = it.end()
        sep = _SEP.match(text, pos)
        if sep is None or not _ITEM.match(text, sep.end()):
            break
        pos = sep.end()
    if len(found) < MIN_ITEMS or text[pos:pos + 1] == "等" or len({it.group("unit") for it in found}) != 1:
        return None
    kinds = [_kind(it.group("name")) for it in found]
    if len(set(kinds)) != len(kinds):
        return None
    parts = tuple((k, Decimal(it.group("n"))) for k, it in zip(kinds, found))
    return Weights(found[0].start(), found[-1].end(), "统一" in m.group("how"), found[0].group("unit"), parts)


def _stated(text: str) -> Iterator[Weights]:
    for m in _STATED.finditer(text):
        w = _weights(text, m)
        if w is not None:
            yield w


def _labels_against(text: str, w: Weights) -> Iterator[Finding]:
    """The form's first-level labels whose points differ from the weighting stated as uniform."""
    stated = dict(w.parts)
    for m in _LABEL.finditer(text):
        kind = re.sub(r"\s", "", m.group(1))
        if kind in stated and Decimal(m.group(2)) != stated[kind]:
            yield Finding(
                m.start(), m.end(), RULE.code, RULE.severity,
                f"报告写明一级指标分值统一设置为{kind}指标{format_score(stated[kind])}分，"
                f"此处{kind}指标为{m.group(2)}分，与之不符，请核对自评表的分值设置",
            )


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if not contains(text, "权重") and not contains(text, "分值"):
        return
    for w in _stated(text):
        total = sum((v for _, v in w.parts), Decimal(0))
        if total != 100:
            shown = "＋".join(f"{format_score(v)}" for _, v in w.parts)
            yield Finding(
                w.start, w.end, RULE.code, RULE.severity,
                f"所列一级指标权重合计{shown}＝{format_score(total)}{w.unit}，不是100{w.unit}："
                f"百分制的各一级指标合起来应为全部，请核对是否漏列一项或数字有误",
            )
        elif w.uniform and w.unit == "分":
            yield from _labels_against(text, w)
