"""N069: "收入完成A万元，完成年初预算B万元的R%" where A ÷ B is not R.

A budget execution report (to a people's congress, a township's, a department's) states how far an
amount went against its budget by naming the budget inside the phrase: "完成年初预算1750万元的104.9%",
"为调整预算3780万元的94.2%". The amount done is the figure just before, in the clause before the
comma. Both figures and the rate stand in one sentence, so the rate can be recomputed; a rate typed
with two digits swapped (109.4 for 104.9) or copied from another line is a defect a reviewer marks.

The rate glossary's numerators (支出, 执行) miss this shape: a revenue's label (收入完成) reads as a
budget there, and the budget's name is split by its own figure. Only the tight shape is read: the done
amount followed at once by a comma and the phrase, so a breakdown between (其中税收…) never becomes
the numerator.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Optional

from ...core.text_heads import matches_at
from ...core import regex_cache
from ...core.numbers import percent_agrees, truncate
from ...core.quantities import MONEY_FACTORS
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N069",
    name="budget-completion-rate",
    severity="error",
    summary="“完成A万元，完成预算B万元的R%”中，A÷B与R不符",
    doc=(
        "检查什么：“收入完成A万元，完成年初预算B万元的R%”“支出完成A万元，为调整预算B万元的R%”这样，"
        "完成数紧接着逗号写出、预算数写在“完成……预算……的R%”之中的句子，按A÷B重新计算百分比。\n"
        "为什么：两个金额和比率都在同一句里，比率按所印小数位数四舍五入（或截断）仍与A÷B不符的，"
        "是比率写错（数字颠倒、抄自别的行）或金额写错。\n"
        "不报的情形：完成数与短语之间还有别的内容（“其中”分项、增幅）的，或完成数本身是“其中”所列分项的，"
        "不确定完成数是哪一个，不判断；"
        "金额单位不是元、万元、亿元的。\n"
        "示例：“一般公共预算收入完成1836万元，完成年初预算1750万元的109.4%”，1836÷1750＝104.9%。"
    ),
    flag=(
        "全镇一般公共预算收入完成1836万元，完成年初预算1750万元的109.4%，同比增长3.8%。",
        "全县一般公共预算支出完成61.85亿元，为调整预算63.90亿元的98.6%。",
        # the budget in 亿元, the amount done in 万元
        "基金收入完成9800万元，完成年初预算1.2亿元的86.7%。",
        # the budget named 预算计划: 512 ÷ 1186 = 43.2%
        "5.城乡社区支出512万元，完成年初预算计划1186万元的46%。",
    ),
    keep=(
        "全镇一般公共预算收入完成1836万元，完成年初预算1750万元的104.9%，同比增长3.8%。",
        "全县一般公共预算支出完成61.85亿元，为调整预算63.90亿元的96.8%。",
        "基金收入完成9800万元，完成年初预算1.2亿元的81.7%。",
        "5.城乡社区支出512万元，完成年初预算计划1186万元的43%。",
        # truncated rather than rounded: 1836 ÷ 1750 = 104.914…
        "收入完成1836万元，完成年初预算1750万元的104.91%。",
        # a breakdown between: which amount the rate is of is not sure
        "收入完成1836万元，其中税收1425万元，完成年初预算1750万元的104.9%。",
        "其中，税收收入1425万元，完成年初预算1400万元的101.8%。",
    ),
)

# An amount opens where no digit stands before it, and its parts are bounded: tried at each digit of a long
# run of digits, an open \d+ would read to the run's end and back again (quadratic; tests/test_regex_safety.py).
_AMOUNT = r"(?<![\d.,])(\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?)\s{0,2}(亿元|万元|元)"
_RATE = regex_cache.compile(
    _AMOUNT + r"\s{0,2}[，,]\s{0,2}(?:完成|为|达到?|占)(?:了)?"
    r"(?:年初|调整后?|全年|年度|上级下达的?|人代会批准的?|本级)?的?预算(?:计划|安排)?(?:数|额|金额)?(?:为)?\s{0,2}"
    + _AMOUNT + r"\s{0,2}的\s{0,2}(\d+(?:\.\d+)?)\s{0,2}[%％]"
)


# Where the first amount's 元 is followed by the verb: every match holds one. The amount and its unit before it
# span at most 33 characters (30 of figure, 2 blanks, 亿/万), so a match starts within 33 of that 元. The rate
# pattern opens with a look-behind and a digit, tried at every character of the text (5 ms on 200,000 of them);
# tried only before these, it finds the same matches.
_RATE_AT = regex_cache.compile(r"元\s{0,2}[，,]\s{0,2}(?:完成|为|达|占)")
AMOUNT_REACH = 33
# Where an amount can open: a digit with no digit, point or comma before it (as _AMOUNT's look-behind).
_OPENS = regex_cache.compile(r"(?<![\d.,])\d")


def _rates(text: str):
    """``_RATE.finditer(text)``'s matches, tried only where one can start."""
    places = {o.start() for m in _RATE_AT.finditer(text)
              for o in _OPENS.finditer(text, max(0, m.start() - AMOUNT_REACH), m.start())}
    return matches_at(_RATE, text, sorted(places))


def _wan(raw: str, unit: str) -> Optional[Decimal]:
    factor = MONEY_FACTORS.get(unit)
    return None if factor is None else Decimal(raw.replace(",", "")) * factor


def _agrees(stated: Decimal, decimals: int, done: Decimal, budget: Decimal) -> bool:
    if percent_agrees(stated, decimals, done, budget):
        return True
    return truncate(done * 100 / budget, decimals) == stated


_SENTENCE_STOP = regex_cache.compile(r"[。；;\n]")
LOOKBACK = 40  # characters before the amount done read for a breakdown's 其中


def _in_breakdown(text: str, start: int) -> bool:
    """True when the amount done is a part (其中、包括 earlier in its sentence), not the whole."""
    lo = max(0, start - LOOKBACK)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, lo, start)]
    before = text[stops[-1] if stops else lo:start]
    return "其中" in before or "包括" in before


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "预算" not in text:
        return
    for m in _rates(text):
        if _in_breakdown(text, m.start(1)):
            continue
        done, budget = _wan(m.group(1), m.group(2)), _wan(m.group(3), m.group(4))
        if done is None or budget is None or budget <= 0:
            continue
        raw = m.group(5)
        stated, decimals = Decimal(raw), len(raw.partition(".")[2])
        if _agrees(stated, decimals, done, budget):
            continue
        shown = (done * 100 / budget).quantize(Decimal(1).scaleb(-max(decimals, 1)))
        yield Finding(m.start(5), m.end(5) + 1, RULE.code, RULE.severity,
                      f"所述完成预算的比例{raw}%与文中数字不符：{m.group(1)}{m.group(2)}÷"
                      f"{m.group(3)}{m.group(4)}＝{shown}%。", None)
