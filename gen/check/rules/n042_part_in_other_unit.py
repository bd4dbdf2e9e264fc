"""N042: one part of a breakdown written in another unit of money than its siblings and its total.

"共34.80万元。其中，甲县16.60万元；乙县8.40万元；丙县9.80元" lists three parts of one sum in
万元 and one in 元. Read as written the parts do not make the total; read in the siblings' unit
(9.80万元) they make it exactly. The unit of that one part was typed wrong (元 for 万元), the
reverse of W026's 万 without 元. Read only where it is plain: a breakdown (breakdowns.py: a whole,
then 其中/包括 and its parts) of at least three money parts, all but one in one unit, a whole in
that same unit, the parts as written not making any whole, and the odd part read in the others'
unit making one. When every part is in 元 under a whole in 万元, the same holds for all of them: the
parts read in the whole's unit make it exactly (two parts suffice, the sum to the last digit being the
proof); when the parts are all in 万元 and the whole alone in 元, it is the whole that lost its 万,
and the finding names the whole. A part that truly is small (39万元 and 2696元 of 39.2696万元) makes its total as
written and is left alone.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Iterable, Optional

from ...core.numbers import tolerance
from ..breakdowns import Measure, breakdowns
from ..context import CheckContext
from ..finding import Finding
from ..numbers_text import Item, closes, money_slack
from ..registry import Rule

RULE = Rule(
    code="N042",
    name="part-in-other-unit",
    severity="warning",
    summary="分项中有一项金额单位与其他分项和总数不同，按同一单位才合得上总数",
    doc=(
        "检查什么：一个总数之后用“其中”“包括”列出的各项金额，只有一项的单位与其他各项及总数不同"
        "（其他都是“万元”，这一项写成“元”），按所写单位相加合不上总数，把这一项换成其他各项的单位后正好等于总数。\n"
        "为什么：这一项的单位写错了（“万元”误作“元”），金额相差一万倍。\n"
        "各分项都写成“元”而总数是“万元”、按“万元”计各项之和正好等于总数的，同样报告；"
        "反过来各分项都是“万元”而总数写成“元”的，是总数漏了“万”，报告在总数上。\n"
        "不报的情形：按所写单位相加已等于总数的（“39万元、2696元”合计39.2696万元）；分项少于三项的；"
        "总数的单位与其他各项不同的。\n"
        "示例：“补助资金共34.80万元。其中，甲县16.60万元；乙县8.40万元；丙县9.80元。”中的“9.80元”应为“9.80万元”。"
    ),
    flag=(
        "按每人每年2000元标准发放补助资金共34.80万元。其中，甲县16.60万元；乙县8.40万元；丙县9.80元。",
        # every part in 元 under a whole in 万元 that they make exactly when read in 万元
        "全年支出合计356.20万元。其中：基本支出200.10元，项目支出156.10元。",
        # the whole lost its 万: its parts, both in 万元, make it in 万元
        "村卫生室补助共计52.30元，其中省级补助30.20万元，县级补助22.10万元。",
    ),
    keep=(
        "按每人每年2000元标准发放补助资金共34.80万元。其中，甲县16.60万元；乙县8.40万元；丙县9.80万元。",
        "下达资金39.2696万元，其中省级资金39万元、县级配套2696元。",
        "发放补助共50.00万元。其中，甲县20.00万元；乙县20.00万元；丙县9.80元。",
        "全年支出合计356.20万元。其中：基本支出200.10元，项目支出150.10元。",
        "下达资金3.5万元，其中：甲单位20000元，乙单位15000元。",
    ),
)


def _odd_part(parts: tuple[Item, ...]) -> Optional[tuple[Item, str, Decimal]]:
    """The one part whose unit of money differs from all the others', the others' unit, and what one
    unit of it is in 万元; None unless every other part shares one unit."""
    units = Counter(p.q.unit for p in parts)
    if len(units) != 2 or len(parts) < 3:
        return None
    (unit, n), (odd_unit, n_odd) = units.most_common()
    if n_odd != 1:
        return None
    odd = next(p for p in parts if p.q.unit == odd_unit)
    sibling = next((p for p in parts if p.q.unit == unit and p.q.value != 0), None)
    if sibling is None or sibling.money is None or odd.money is None:
        return None
    return odd, unit, sibling.money / sibling.q.value


def _judge(m: Measure) -> Optional[Finding]:
    if m.key != "money" or any(p.money is None for p in m.parts):
        return None
    found = _odd_part(m.parts)
    if found is None:
        return None
    odd, unit, per_unit = found
    wholes = [w for w in m.wholes if w.money is not None]
    written = sum((p.money for p in m.parts), Decimal(0))  # type: ignore[misc]
    slack = money_slack(m.parts)
    if any(closes(written, w.money, slack + money_slack([w])) for w in wholes):  # type: ignore[arg-type]
        return None
    reread = written - odd.money + odd.q.value * per_unit  # type: ignore[operator]
    reread_slack = slack + tolerance(odd.q.decimals) * per_unit
    whole = next((w for w in reversed(wholes) if w.q.unit == unit
                  and closes(reread, w.money, reread_slack + money_slack([w]))), None)  # type: ignore[arg-type]
    if whole is None:
        return None
    fixed = odd.q.raw[: len(odd.q.raw) - len(odd.q.unit)] + unit
    return Finding(odd.q.start, odd.q.end, RULE.code, RULE.severity,
                   f"各分项中只有“{odd.q.raw}”以“{odd.q.unit}”为单位，按所写单位相加合不上总数{whole.q.raw}，"
                   f"按“{unit}”计正好相符，应为“{fixed}”。", fixed)


def _judge_all(m: Measure) -> Optional[Finding]:
    """Every part in one unit (元) and the whole in another (万元): the parts as written make no whole,
    read in the whole's unit they make it exactly. Reported on the first part, naming them all."""
    if m.key != "money" or len(m.parts) < 2 or any(p.money is None for p in m.parts):
        return None
    units = {p.q.unit for p in m.parts}
    wholes = [w for w in m.wholes if w.money is not None and w.q.value != 0]
    if len(units) != 1 or not wholes:
        return None
    written = sum((p.money for p in m.parts), Decimal(0))  # type: ignore[misc]
    slack = money_slack(m.parts)
    if any(closes(written, w.money, slack + money_slack([w])) for w in wholes):  # type: ignore[arg-type]
        return None
    listed = sum((p.q.value for p in m.parts), Decimal(0))
    for w in reversed(wholes):
        if w.q.unit in units:
            continue
        per_unit = w.money / w.q.value  # type: ignore[operator]
        if closes(listed * per_unit, w.money, slack + money_slack([w]) + sum(  # type: ignore[arg-type]
                (tolerance(p.q.decimals) * per_unit for p in m.parts), Decimal(0))):
            first, unit = m.parts[0], next(iter(units))
            shown = "、".join(f"“{p.q.raw}”" for p in m.parts)
            if first.q.value and per_unit < first.money / first.q.value:  # type: ignore[operator]
                # the whole in 元 under parts in 万元: the slip (万 dropped) is the whole's, once
                fixed = w.q.raw[: len(w.q.raw) - len(w.q.unit)] + unit
                return Finding(w.q.start, w.q.end, RULE.code, RULE.severity,
                               f"总数“{w.q.raw}”以“{w.q.unit}”为单位，其各分项{shown}都以“{unit}”为单位，"
                               f"按“{unit}”计正好相符，总数应为“{fixed}”。", fixed)
            return Finding(first.q.start, first.q.end, RULE.code, RULE.severity,
                           f"各分项{shown}都以“{unit}”为单位，合不上总数{w.q.raw}，按“{w.q.unit}”计正好相符，"
                           f"分项的单位应为“{w.q.unit}”。")
    return None


def check(ctx: CheckContext) -> Iterable[Finding]:
    for b in breakdowns(ctx):
        for m in b.measures:
            finding = _judge(m) or _judge_all(m)
            if finding is not None:
                yield finding
