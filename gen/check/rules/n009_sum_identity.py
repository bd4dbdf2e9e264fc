"""N009: a whole (基本支出, 本年支出) that its stated parts do not make."""

from __future__ import annotations

from typing import Iterable

from ...core.numbers import format_amount
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import num
from ..registry import Rule
from ..unit_slips import slipped
from ..sums import identity_checks

RULE = Rule(
    code="N009",
    name="sum-identity",
    severity="error",
    summary="总额与其构成之和不符（基本支出＝人员经费＋日常公用经费等）",
    doc=(
        "按 glossary/sums.yaml 中的恒等关系核对：基本支出＝人员经费＋日常公用经费；本年支出＝基本支出＋项目支出"
        "（文中写了上缴上级支出、经营支出等时一并计入）。总额和各构成项分布在不同句子、不同段落时也核对，"
        "多了、少了都报告；容差按各数打印的小数位数累计。同一年度才比较，上年数不与本年数相加。"
        "例：基本支出592.78万元，人员经费550.11万元，日常公用经费40.67万元（合590.78万元）。"
    ),
    flag=(
        "2022年基本支出592.78万元。人员经费550.11万元，日常公用经费40.67万元。",
        "本年支出1000.00万元。基本支出600.00万元，项目支出300.00万元。",
    ),
    keep=(
        "2022年基本支出592.78万元。人员经费550.11万元，日常公用经费42.67万元。",
        "本年支出1000.00万元。基本支出600.00万元，项目支出300.00万元，经营支出100.00万元。",
        "2021年基本支出640.58万元。2022年人员经费550.11万元，日常公用经费42.67万元。",
    ),
)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for chk in identity_checks(ctx):
        if chk.closes or any(f.q.start in slipped(ctx) for f in (chk.whole, *chk.parts)):
            continue  # closes, or a figure's unit typed wrong (N042's finding)
        w = chk.whole
        shown = "＋".join(f"{p.label}{num(p.q)}" for p in chk.parts)
        more = "（及文中所列其他构成）" if chk.stated_optional else ""
        yield Finding(
            w.q.start, w.q.end, RULE.code, RULE.severity,
            f"{w.label}{w.q.raw}与其构成之和不符：{shown}{more}＝{format_amount(chk.parts_sum())}万元",
            None,  # which figure is wrong the text does not say: no automatic fix
        )
