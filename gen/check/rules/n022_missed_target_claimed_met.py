"""N022: an actual value that misses its own stated target, in a text that claims every target met."""

from __future__ import annotations

from typing import Iterable

from ..context import CheckContext
from ..finding import Finding
from ..met_claims import admitted, claimed_here, completion_claims, target_pairs
from ..registry import Rule

RULE = Rule(
    code="N022",
    name="missed-target-claimed-met",
    severity="warning",
    summary="文中写明某指标实际完成值未达到指标值，却又称目标已全部完成",
    doc=(
        "检查什么：正文逐项写“……年初指标值为不低于180人，全年实际完成值164人”，实际完成值未达到"
        "同一指标、同一单位的指标值（≥、不低于、以上时低于它；≤、不高于、以内时高于它），而文中又称"
        "“已按照计划完成目标”“各项指标均已完成”“全面完成年度绩效目标”“各项指标均得满分”；或未达到的同一句紧接着写“达到目标”“已达标”。\n"
        "为什么：结论与文中自己的数字矛盾：要么实际完成值写错，要么结论言过其实、未说明偏差原因。\n"
        "不报的情形：指标值没有写明比较方向（只写“180人”）、单位不同或不是数字的；结论有“基本”“除……外”"
        "“部分”“确保”“力争”等限定的；未完成之处同一句或下一句已说明“未达到”“偏差”“原因”的。"
        "用词是数据（glossary/met_claims.yaml，每条带示例）。\n"
        "示例：燃油补贴人次数年初指标值为不低于180人，全年实际完成值164人；总体上却写“已按照计划完成目标”。"
    ),
    flag=(
        "该项目已按照计划完成目标。\n发放助学补贴人数年初指标值为不低于300人，全年实际完成值276人。",
        "年度绩效目标全部完成。\n培训人次指标值≥500人次，实际完成值480人次。\n人均补助标准指标值≤600元，实际完成值650元。",
        "抽检合格率目标值为95%以上，实际完成值93.5%。\n各项绩效指标均已完成。",
        # the indicator's own sentence claims it met, no conclusion needed
        "服务对象满意度目标值为≥90%，实际值为84%，达到目标。",
        "疫苗接种率年度指标值为不低于95%，实际完成值为93.2%，已达到年度目标值。",
    ),
    keep=(
        "该项目已按照计划完成目标。\n发放助学补贴人数年初指标值为不低于300人，全年实际完成值316人。",
        # the text owns the miss
        "该项目已按照计划完成目标。\n发放助学补贴人数年初指标值为不低于300人，全年实际完成值276人，"
        "未达到指标值，原因是部分学生转学。",
        # no claim that every target was met
        "发放助学补贴人数年初指标值为不低于300人，全年实际完成值276人。\n年度目标基本完成。",
        # no comparator stated: 180人 may be a plan, not a floor
        "该项目已按照计划完成目标。\n发放助学补贴人数年初指标值为300人，全年实际完成值276人。",
        # different units
        "各项绩效指标均已完成。\n培训覆盖率指标值≥95%，实际完成值480人次。",
        "服务对象满意度目标值为≥90%，实际值为84%，未达到目标，主要原因是回访样本偏少。",
        "服务对象满意度目标值为≥90%，实际值为94%，达到目标。",
        "服务对象满意度目标值为≥90%，实际值为88%，虽未完全达到目标，但较上年提高3个百分点。",
        "服务对象满意度目标值为≥90%，实际值为88%，基本达到目标。",
        # no comparator: 40场 may be a plan or a ceiling
        "开展讲座目标值为40场，实际完成36场，达到目标。",
    ),
)


def _shortfall(p) -> str:
    return '超出指标值的上限' if p.target.comparator in ('≤', '<') else '未达到指标值'


def check(ctx: CheckContext) -> Iterable[Finding]:
    missed = [p for p in target_pairs(ctx) if p.missed()]
    if not missed:
        return
    here = {id(p): c for p in missed if (c := claimed_here(ctx, p)) is not None}
    for p in missed:
        if id(p) in here:  # the indicator's own sentence says it was met
            yield Finding(p.actual_start, p.actual_end, RULE.code, RULE.severity,
                          f"{p.name}指标值{p.target.text}，实际完成值{p.actual.text}，{_shortfall(p)}；"
                          f"同一句却称“{here[id(p)].text}”，请核对实际完成值或改写为未达到并说明原因")
    claim = next(iter(completion_claims(ctx)), None)
    if claim is None:
        return
    line = ctx.line_col(claim.start)[0]
    for p in missed:
        if admitted(ctx, p) or id(p) in here:
            continue
        yield Finding(
            p.actual_start, p.actual_end, RULE.code, RULE.severity,
            f"{p.name}指标值{p.target.text}，实际完成值{p.actual.text}，"
            f"{_shortfall(p)}；"
            f"文中却称“{claim.text}”（第{line}行），结论与数字矛盾，请核对实际完成值或改写结论并说明偏差原因",
        )
