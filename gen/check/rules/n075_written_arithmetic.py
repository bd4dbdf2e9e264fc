"""N075: an arithmetic expression written out in the text (a × b = c, a ÷ b = c) whose result is wrong.

Budget notes and project descriptions show how an amount was reached: "保洁面积1804㎡×7元/㎡＝1.26万元",
"20人×150元/人·天×3天＝0.9万元". The reader can redo the product, so a wrong result (1.27万元 for
12,628元) is a defect of its own whatever the rest of the report says. The result is judged at its own
printed precision: the exact value, rounded to the result's decimals, must give the printed figure; the
operands' own rounding widens the tolerance (a factor printed 6.2 may be 6.24; an integer is
taken as exact: a count or a set price), so only a result no
rounding of the printed operands explains is reported.

Scale words are read from the units: a result in 万元 of factors in 元 is the product ÷ 10,000 (and 亿
likewise); a factor in % counts as its hundredth. A slash followed by a digit divides, any other slash
belongs to a unit (元/㎡). Sums (a + b = c), and products inside a sum (100 + 20 × 3 = 160), are left
to the sums rules.
"""

from __future__ import annotations

from typing import Iterable, Optional

from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N075",
    name="written-arithmetic",
    severity="error",
    summary="文中写出的乘除算式（a×b＝c）结果算错",
    doc=(
        "检查什么：文中列出的乘除算式，如“1804㎡×7元/㎡＝1.27万元”“20人×150元/人×3天＝0.9万元”，"
        "按各数和单位（万、亿、%）重算，结果按其打印的小数位四舍五入后与所写结果不符的。\n"
        "为什么：算式写在文中，读者可以复核；结果算错是明显的数字错误。\n"
        "不报的情形：各因数本身四舍五入（如6.2可能是6.24）就能解释的差额；加减算式（见合计类规则）；"
        "单位无法换算的（结果单位带“万”“亿”而因数的不能对应的，照样换算；看不懂的单位不判断）。\n"
        "示例：“1804㎡×7元/㎡＝1.27万元”，1804×7＝12628元＝1.26万元。"
    ),
    flag=(
        "道路清扫保洁（2150㎡*8元/㎡=1.73万元），确保路面整洁。",
        "培训费按30人×200元/人×2天＝1.3万元测算。",
        "绿化养护面积5000平方米，按6元/平方米计算，5000平方米×6元/平方米＝3.2万元。",
        "慰问困难职工40户÷8个支部＝6户。",
    ),
    keep=(
        "道路清扫保洁（2150㎡*8元/㎡=1.72万元），确保路面整洁。",
        "培训费按30人×200元/人×2天＝1.2万元测算。",
        # the factor's own rounding explains the result: 6.2万元 may be 6.24万元
        "公厕维护34座×6.2万元/座＝211.9万元。",
        "护栏更换44米*300元/米=1.32万元。",
        "按人均补助0.25万元，共120人，120人×0.25万元/人＝30万元。",
        # a sum is another rule's
        "项目资金200万元+50万元=250万元。",
        # a product inside a sum (100 + 20×3 = 160) or going on into one: not this rule's
        "按100元+20元×3=160元计算。",
        "按20元×3=60元+100元计算。",
        # a date or a code, not a product
        "文号为2023*12=5的说明。",
    ),
)

# A number and the unit written after it (up to the next operator or mark); a slash followed by a
# non-digit stays in the unit (元/㎡), a slash followed by a digit is a division.
_NUM = r"(\d{1,12}(?:\.\d{1,6})?)"
_UNIT = r"((?:[^\d×*÷/=＝＋+，,。；;：:（）()\s]|/(?=[^\d\s]))" + r"{0,8})"
# The result's unit: a scale word and one unit, not the words after it (1.26万元测算).
_RESULT_UNIT = (r"((?:[万亿千]?(?:元|平方米|平方公里|㎡|公里|千米|米|人次|人|天|次|户|个|座|株|亩|吨|台|辆|月|年|套|件|项|批|"
                r"册|间|处|所|名|课时|小时|日|分|km|m)|%|％)?)")
_OP = r"\s{0,2}([×*÷/xX])\s{0,2}"
_EXPR = regex_cache.compile(
    r"(?<![\d.+＋\-－−])(?<![+＋\-－−]\s)" + _NUM + _UNIT + r"((?:\s{0,2}[×*÷/xX]\s{0,2}\d{1,12}(?:\.\d{1,6})?"
    + r"(?:[^\d×*÷/=＝＋+，,。；;：:（）()\s]|/(?=[^\d\s])){0,8}){1,4})\s{0,2}[=＝]\s{0,2}" + _NUM + _RESULT_UNIT
    + r"(?!\s{0,2}[×*÷/xX+＋\-－−]\s{0,2}\d)"  # a product inside a sum, or a chain going on: another reading
)
RESULT, RESULT_UNIT = 4, 5
_OPERAND = regex_cache.compile(_OP + _NUM + _UNIT)
# A factor whose unit is a scale word's: 万元, 万人, 亿元 (not 万元/座's per-unit reading: it scales too).
_SCALES = (("亿", 1e8), ("万", 1e4), ("千元", 1e3))
_KNOWN_UNIT = regex_cache.compile(r"元|㎡|平方米|米|公里|千米|人|天|次|户|个|座|株|亩|吨|台|辆|月|年|套|件|项|批|%|％|册|间|处|所|名|课时|小时|日|km|m")


def _scale(unit: str) -> float:
    if unit.startswith(("%", "％")):
        return 0.01
    for word, factor in _SCALES:
        if unit.startswith(word):
            return factor
    return 1.0


def _decimals(number: str) -> int:
    return len(number.split(".")[1]) if "." in number else 0


def _evaluate(m) -> Optional[tuple[float, float]]:
    """The exact value of the left side in the result's unit, and the tolerance its operands' rounding allows."""
    first, first_unit, rest = m.group(1), m.group(2), m.group(3)
    terms = [("×", first, first_unit)]
    for o in _OPERAND.finditer(rest):
        terms.append((o.group(1), o.group(2), o.group(3)))
    if len(terms) < 2 or not any(u for _, _, u in terms) or not m.group(RESULT_UNIT):
        return None
    if any(u and not _KNOWN_UNIT.search(u) for _, _, u in terms):
        return None
    value, low, high = 1.0, 1.0, 1.0
    for op, digits, unit in terms:
        x = float(digits) * _scale(unit)
        # an integer operand is a count or a set price, taken as exact; a decimal one may be rounded
        half = 0.5 * 10 ** -_decimals(digits) * _scale(unit) if "." in digits else 0.0
        if op in "×*xX":
            value, low, high = value * x, low * (x - half), high * (x + half)
        else:
            if x == 0 or x - half <= 0:
                return None
            value, low, high = value / x, low / (x + half), high / (x - half)
    scale = _scale(m.group(RESULT_UNIT))
    return value / scale, max(value - low, high - value) / scale


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "=" not in text and "＝" not in text:
        return
    for m in _EXPR.finditer(text):
        got = _evaluate(m)
        if got is None:
            continue
        exact, spread = got
        printed = float(m.group(RESULT))
        places = _decimals(m.group(RESULT))
        tolerance = 0.5 * 10 ** -places + spread + 1e-9
        if abs(exact - printed) <= tolerance:
            continue
        shown = f"{exact:.{max(places, 2)}f}".rstrip("0").rstrip(".")
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      f"算式“{m.group(0)}”结果有误：按所列各数计算得{shown}{m.group(RESULT_UNIT)}，与所写{m.group(RESULT)}{m.group(RESULT_UNIT)}不符。",
                      None)
