"""N020: the changes of several totals stated "respectively" (各/分别) and their rates.

The 决算 template says "收、支总计各是A1、A2万元。与上年相比，收、支总计各减少
D1、D2万元，各下降R1%、R2%". N005 reads one figure and its change; this
rule reads the three parallel lists of one paragraph and recomputes each rate
from its own pair: the previous year's figure is A − D after an increase and
A + D after a decrease, the rate D ÷ previous. A rate that neither rounds nor
truncates to the printed value is an error; one that is truncated where the
same list rounds another (23.51% rounded, 38.28% truncated from 38.2877%) is
a rounding slip, reported as a warning.

Precision first: the lists must have the same length, the values must be this
year's (a sentence that speaks of 上年/去年 figures is skipped) and a rate that
would agree if the stated figures were read as the previous year's is not
reported, since the text may mean that. The figures may also be stated apart, each under its own
name ("收入总计A1万元，支出总计A2万元……收入、支出总计各增加D1、D2万元": respective_subjects).

Counts are listed so too ("事故558起、死亡599人，同比减少139起、156人，分别下降19.9%、20.6%":
respective_counts), several times in one paragraph; the rounding a paragraph's rates show is one writer's
habit, so a rate cut where another rate of the same paragraph is plainly rounded (10 of 87 written 11.5%)
is the warning's slip (156 of 755 is 20.66%, written 20.6%).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ...core import regex_cache
from ...core.numbers import round_half_up, truncate
from ...core.quantities import parse_number
from ..finding import Finding
from ..registry import Rule
from ..respective_counts import count_lists
from ..respective_lists import ITEM, MONEY, NUM, SEP
from ..respective_subjects import stated_apart
from ..textspans import last_mark

RULE = Rule(
    code="N020",
    name="respective-change",
    severity="error",
    summary="“各/分别增减……，各/分别增长（下降）……%”中的幅度与数字不符",
    doc=(
        "检查什么：“收、支总计各是A1、A2万元……各减少D1、D2万元，各下降R1%、R2%”这类并列表述"
        "（两个总计也可各自写出：“收入总计A1万元，支出总计A2万元……收入、支出总计各增加D1、D2万元”），"
        "逐项用上年数（增加时为A−D，减少时为A＋D）重算幅度R＝D÷上年数。"
        "按所印小数位既不是四舍五入也不是截断所得的，报错误；同一列举中别的幅度四舍五入、这一项却是截断的，报警告。\n"
        "为什么：并列的几个幅度往往是手工计算后填入的，错一项不易察觉。\n"
        "不报的情形：几组数字个数不一致；所给数字是上年数的；把所给数字当作上年数也能对上的。\n"
        "示例：收、支总计各是4000.00、5000.00万元，各减少1200.00、1750.00万元，"
        "则各下降23.08%、25.93%；写成“各下降23.08%、25.92%”（截断）应改为25.93%。"
    ),
    flag=(
        "2022年度收、支总计各是4000.00、5000.00万元。与2021年相比，收、支总计各减少1200.00、1750.00万元，各下降23.08%、25.92%。",
        "本年收、支总计分别为600.00万元、800.00万元，比上年分别增加100.00万元、200.00万元，分别增长25.00%、30.00%。",
        # the totals stated apart, each under its own name; the rates taken on this year's figure plus the change
        "本年收入总计1200.00万元，支出总计900.00万元，与上年相比，收入、支出总计各增加200.00万元、300.00万元，"
        "增长14.29%、25.00%。",
        # counts and their changes; 13 of 51 (25.49%) cut where the next list of the paragraph rounds (2 of 7: 28.57%)
        "全年发生交通事故412起、死亡38人，同比减少88起、13人，分别下降17.6%、25.4%；"
        "发生火灾31起，受伤5人，同比减少3起、2人，分别下降8.8%、28.6%。",
        "全年发生交通事故412起、死亡38人，同比减少88起、13人，分别下降17.6%、27.0%。",
    ),
    keep=(
        "2022年度收、支总计各是4000.00、5000.00万元。与2021年相比，收、支总计各减少1200.00、1750.00万元，各下降23.08%、25.93%。",
        "本年收、支总计分别为600.00万元、800.00万元，比上年分别增加100.00万元、200.00万元，分别增长20.00%、33.33%。",
        "上年收、支总计分别为500.00万元、600.00万元，本年分别增加100.00万元、200.00万元，分别增长20.00%、33.33%。",
        "本年收入总计1200.00万元，支出总计900.00万元，与上年相比，收入、支出总计各增加200.00万元、300.00万元，"
        "增长20.00%、50.00%。",
        # cut, but nothing in the paragraph shows the writer rounds
        "全年发生交通事故412起、死亡38人，同比减少88起、13人，分别下降17.6%、25.4%。",
        "全年发生交通事故412起、死亡38人，同比减少88起、13人，分别下降17.6%、25.5%；"
        "发生火灾31起，受伤5人，同比减少3起、2人，分别下降8.8%、28.6%。",
        # the measure words do not pair up: the changes are of other counts
        "全年发生交通事故412起、死亡38人，同比减少13人、88起，分别下降17.6%、27.0%。",
    ),
)

_LIST = rf"{ITEM}(?:{SEP}{ITEM}){{0,5}}"
_VALUES = regex_cache.compile(rf"(?:各|分别)(?:是|为|达到|达)?\s{{0,2}}(?P<list>{_LIST})")
_CHANGES = regex_cache.compile(
    rf"(?:各|分别)(?:比上年|较上年|同比|比去年|较去年)?(?:分别|各)?(?P<verb>增加|减少|增长|下降|降低|提高)(?:了)?\s{{0,2}}(?P<list>{_LIST})"
)
_RATES = regex_cache.compile(
    rf"(?:各|分别)?(?P<verb>增长|下降|增加|减少|提高|降低|上升)(?:了)?\s{{0,2}}(?P<list>{NUM}\s{{0,2}}[%％](?:{SEP}{NUM}\s{{0,2}}[%％]){{0,5}})"
)
_UP = frozenset(("增加", "增长", "提高", "上升"))
_PREVIOUS_YEAR = regex_cache.compile(r"上年|去年|上一年|同期")
_NUMBER = regex_cache.compile(NUM)
_HUNDRED = Decimal(100)


def _numbers(match: re.Match) -> list[tuple[Decimal, int, int, int]]:
    """(value, decimals, start, end) of each figure in the list group of ``match``."""
    base = match.start("list")
    out = []
    for m in _NUMBER.finditer(match.group("list")):
        parsed = parse_number(m.group())
        if parsed:
            out.append((parsed[0], parsed[1], base + m.start(), base + m.end()))
    return out


def _money_list(match: re.Match) -> bool:
    return re.search(MONEY, match.group("list")) is not None and "%" not in match.group("list")


def _sentence_start(text: str, at: int) -> int:
    return last_mark(text, "。；;\n", at) + 1


def _lists(text: str):
    """(values, changes, change verb, rates, rate verb) read in order from one paragraph, or None."""
    changes = next((m for m in _CHANGES.finditer(text) if _money_list(m)), None)
    if changes is None:
        return None
    values = [m for m in _VALUES.finditer(text, 0, changes.start()) if _money_list(m)]
    rates = next((m for m in _RATES.finditer(text, changes.end())), None)
    if rates is None or rates.group("verb") in ("增加", "减少") and "%" not in rates.group("list"):
        return None
    if values:
        figures, first = _numbers(values[-1]), values[-1].start()
    else:  # 收入总计A，支出总计B，……收入、支出总计各增加: the figures stated apart, each under its name
        figures = stated_apart(text, changes.start())
        if not figures:
            return None
        first = figures[0][2]
    if _PREVIOUS_YEAR.search(text, _sentence_start(text, first), first):
        return None
    return figures, _numbers(changes), changes.group("verb"), _numbers(rates), rates.group("verb")


def _rate(value: Decimal, change: Decimal, up: bool) -> Decimal | None:
    previous = value - change if up else value + change
    return change / previous * _HUNDRED if previous > 0 else None


def _verdicts(values, changes, up, rates):
    """(rate item, exact rate, 'wrong' | 'truncated' | 'ok') for each item of the lists."""
    out = []
    for (a, _, _, _), (d, _, _, _), rate in zip(values, changes, rates):
        exact = _rate(a, d, up)
        alt = d / a * _HUNDRED if a > 0 else None  # the stated figure read as the previous year's
        stated, places = rate[0], rate[1]
        if exact is None:
            return []
        rounded, cut = round_half_up(exact, places), truncate(exact, places)
        if rounded == stated:
            out.append((rate, exact, "ok"))
        elif cut == stated:
            out.append((rate, exact, "truncated"))
        elif alt is not None and stated in (round_half_up(alt, places), truncate(alt, places)):
            out.append((rate, exact, "ok"))
        else:
            out.append((rate, exact, "wrong"))
    return out


def _paragraph_lists(text: str):
    """Every respective list of one paragraph: the amounts' (at most one) and the counts'."""
    found = _lists(text)
    if found:
        yield found
    yield from count_lists(text)


def check(ctx):
    for para in ctx.paragraphs:
        if "%" not in para.text and "％" not in para.text:
            continue
        verdicts = []
        for values, changes, verb, rates, rate_verb in _paragraph_lists(para.text):
            up = verb in _UP
            if not (len(values) == len(changes) == len(rates)) or up != (rate_verb in _UP):
                continue
            verdicts += _verdicts(values, changes, up, rates)
        rounds_elsewhere = any(v == "ok" and truncate(e, r[1]) != r[0] for r, e, v in verdicts)
        for rate, exact, verdict in verdicts:
            if verdict == "ok" or verdict == "truncated" and not rounds_elsewhere:
                continue
            right = f"{round_half_up(exact, rate[1])}%"
            severity = RULE.severity if verdict == "wrong" else "warning"
            how = "按所列数字算得" if verdict == "wrong" else "是截断所得，同段其他幅度按四舍五入，按所列数字算得"
            yield Finding(
                para.start + rate[2], para.start + rate[3], RULE.code, severity,
                f"幅度“{rate[0]}%”{how}{exact.quantize(Decimal('0.0001'))}%，应为“{right}”。", right,
            )
