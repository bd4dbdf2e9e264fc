"""N009: a whole (基本支出, 本年支出) that its stated parts do not make."""

from __future__ import annotations

from typing import Iterable, Optional

from ...core.numbers import format_amount
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import closes, items_between, money_slack, num
from ..registry import Rule
from ..remainders import ADVICE, remainder
from ..unit_slips import slipped
from ..sums import identity_checks
from ..identity_lists import identity_lists

RULE = Rule(
    code="N009",
    name="sum-identity",
    severity="error",
    summary="总额与其构成之和不符（基本支出＝人员经费＋日常公用经费等）",
    doc=(
        "按 glossary/sums.yaml 中的恒等关系核对：基本支出＝人员经费＋日常公用经费；本年支出＝基本支出＋项目支出"
        "（文中写了上缴上级支出、经营支出等时一并计入）。总额和各构成项分布在不同句子、不同段落时也核对，"
        "多了、少了都报告；容差按各数打印的小数位数累计。同一年度才比较，上年数不与本年数相加。"
        "各数都印到两位小数（为零的分项和一位小数的分项按两位读）、差额不超过0.02万元的，是分项各自四舍五入的尾差，作为提示报告（公开时宜调整尾差）。"
        "例：基本支出592.78万元，人员经费550.11万元，日常公用经费40.67万元（合590.78万元）。"
        "总数不叫这些名称时（财政拨款支出、年初预算支出），“其中”在同一句里恰好列出某一恒等关系的全部构成（基本支出和项目支出；"
        "人员经费和公用经费）、别无他项的，也是列全了，各项之和须等于这个总数（少了报告；多了见 N004）。"
        "列表里还有其他名称的分项、或恰好凑成前面另一个总数的，不判断。"
        "例：财政拨款支出1386.33万元，其中：基本支出1006.67万元；项目支出379.53万元（合1386.20万元）。"
    ),
    flag=(
        "2022年基本支出592.78万元。人员经费550.11万元，日常公用经费40.67万元。",
        "本年支出1000.00万元。基本支出600.00万元，项目支出300.00万元。",
        # a whole of another name, its 其中 naming exactly the two kinds every spending is made of
        "2021年财政拨款支出520.40万元，其中：基本支出400.10万元；项目支出118.30万元。",
        "年初预算支出86.00万元，其中基本支出60.00万元，项目支出20.00万元。",
    ),
    keep=(
        "2022年基本支出592.78万元。人员经费550.11万元，日常公用经费42.67万元。",
        # the economic classes listed under 本年支出合计 make that total, not the 基本支出 named before
        "本年支出合计4054.93万元，基本支出938.62万元，其中人员支出818.89万元，日常公用支出79.64万元，对个人和家庭补助40.09万元。\n"
        "本年支出合计4054.93万元，其中工资福利支出818.89万元，商品和服务支出2936.23万元，对个人和家庭的补助40.09万元，"
        "其他资本性支出259.72万元。",
        "本年支出1000.00万元。基本支出600.00万元，项目支出300.00万元，经营支出100.00万元。",
        "2021年基本支出640.58万元。2022年人员经费550.11万元，日常公用经费42.67万元。",
        "2021年财政拨款支出520.40万元，其中：基本支出400.10万元；项目支出120.30万元。",
        # a third part of another name: the two named kinds are not all the list holds
        "2021年财政拨款支出520.40万元，其中基本支出400.10万元，项目支出100.30万元，经营支出10.00万元。",
        # a whole of another kind (收入) than the identity's (支出)
        "收入合计86.00万元，其中基本支出60.00万元，项目支出20.00万元。",
    ),
)


def _another_whole(ctx: CheckContext, chk) -> bool:
    """The parts make, to the printed precision, another total the text states in their own sentence
    (本年支出合计4054.93万元，其中工资福利支出818.89万元，商品和服务支出2936.23万元……): they are that total's
    economic classification, read far from the whole named like this identity's (基本支出938.62万元 above)."""
    first = min(chk.parts, key=lambda p: p.q.start)
    total = chk.parts_sum()
    # Only figures between the first part's clause start and the first part can qualify (a figure's clause
    # starts at or before it): found by bisection, not a pass over every figure of the text per identity.
    return any(it is not chk.whole and it.money is not None and it.seg_start == first.seg_start
               and closes(total, it.money, money_slack([it, *chk.parts]))
               for it in items_between(ctx, first.seg_start, first.q.start))


def _parts_shown(chk) -> str:
    return "＋".join(f"{p.label}{num(p.q)}" for p in chk.parts)


def _remainder(chk) -> Optional[Finding]:
    """An info finding where the parts make the whole only within their rounding (874.20 for 874.21): the
    figures are right, but a published table adjusts the 尾差 so that its parts add up."""
    found = None if chk.stated_optional else remainder(chk.whole, chk.parts)
    if found is None:
        return None
    gap, made = found
    w, unit = chk.whole, chk.whole.q.unit
    shown = _parts_shown(chk)
    return Finding(w.q.start, w.q.end, RULE.code, "info",
                   f"{w.label}{w.q.raw}与其构成之和差{gap}{unit}：{shown}＝{made}{unit}。{ADVICE}", None)


def check(ctx: CheckContext) -> Iterable[Finding]:
    for chk in identity_checks(ctx):
        if chk.closes:
            remainder = _remainder(chk)
            if remainder is not None:
                yield remainder
            continue
        if any(f.q.start in slipped(ctx) for f in (chk.whole, *chk.parts)):
            continue  # a figure's unit typed wrong (N042's finding)
        if _another_whole(ctx, chk):
            continue
        w = chk.whole
        shown = _parts_shown(chk)
        more = "（及文中所列其他构成）" if chk.stated_optional else ""
        yield Finding(
            w.q.start, w.q.end, RULE.code, RULE.severity,
            f"{w.label}{w.q.raw}与其构成之和不符：{shown}{more}＝{format_amount(chk.parts_sum())}万元",
            None,  # which figure is wrong the text does not say: no automatic fix
        )
    yield from _lists(ctx)


def _lists(ctx: CheckContext) -> Iterable[Finding]:
    """A 其中 list naming exactly one identity's parts under a whole of another name (identity_lists), short of it."""
    own = {chk.whole.q.start for chk in identity_checks(ctx)}
    for lst in identity_lists(ctx):
        w, total = lst.whole, lst.total()
        if w.q.start in own or (lst.same_sentence and total > w.money):  # type: ignore[operator]
            continue  # the identity's own whole (read above); parts over a whole of their sentence (N004's)
        shown = "＋".join(f"{p.label}{num(p.q)}" for p in lst.parts)
        yield Finding(
            w.q.start, w.q.end, RULE.code, RULE.severity,
            f"“其中”所列{'、'.join(p.label for p in lst.parts)}已是{w.label}的全部构成，"
            f"其和{shown}＝{format_amount(total)}万元，与{w.label}{w.q.raw}不符",
            None,
        )
