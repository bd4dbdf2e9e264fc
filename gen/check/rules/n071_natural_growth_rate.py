"""N071: a 人口自然增长率 that is not its 出生率 less its 死亡率.

A statistical bulletin's population paragraph states three per-mille rates of one population in one
sentence or two: "人口出生率为6.59‰；……人口死亡率为7.55‰；人口自然增长率为-0.96‰". The natural growth
rate is by definition the birth rate less the death rate (国家统计局 指标解释: 人口自然增长率＝人口出生率－
人口死亡率), so the three printed to two decimals agree within 0.01. A digit typed wrongly in any of
the three breaks it. Only the three stated within one paragraph are compared, each read once.

A 计生 report states the counts instead (全镇共出生人口82人……全镇共死亡58人) and says what they make: "人口呈现负
增长" where the births outnumber the deaths is the word of another year's text. Read only where the text states
one count of births and one of deaths, says nothing of people moving (迁入, 迁出, 流出 …), and calls the growth
negative in so many words (a warning: the two counts must be of the same period).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import search as near_search
from ..context import CheckContext
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="N071",
    name="natural-growth-rate",
    severity="error",
    summary="人口自然增长率不等于出生率减死亡率",
    doc=(
        "检查什么：同一段中写出人口出生率、死亡率和自然增长率（‰）的，自然增长率应等于出生率减死亡率"
        "（按所印小数位数，容差为各数末位半个单位之和）。\n"
        "为什么：人口自然增长率按定义为出生率与死亡率之差（国家统计局指标解释），不相等时必有一个数写错。\n"
        "不报的情形：三个比率不在同一段、某一个不是千分数、或同一段写了两组（城镇、乡村分列）的。\n"
        "示例：“人口出生率为6.59‰，死亡率为7.55‰，自然增长率为-0.86‰”，6.59－7.55＝－0.96。"
    ),
    flag=(
        "全年出生人口3862人，人口出生率为6.59‰；死亡人口4425人，人口死亡率为7.55‰；人口自然增长率为-0.86‰。",
        "全年人口出生率8.12‰，死亡率6.35‰，自然增长率2.77‰。",
        "上半年全镇共出生人口82人，共死亡58人。\n全镇各项指标运行平稳，人口呈现负增长的趋势。",
    ),
    keep=(
        "全年出生人口3862人，人口出生率为6.59‰；死亡人口4425人，人口死亡率为7.55‰；人口自然增长率为-0.96‰。",
        "全年人口出生率8.12‰，死亡率6.35‰，自然增长率1.77‰。",
        "全年人口出生率6.12‰，死亡率7.35‰，自然增长率为负1.23‰。",
        # two populations in one paragraph: which rates pair is not read
        "城镇人口出生率8.12‰，死亡率6.35‰，自然增长率1.77‰；乡村人口出生率7.10‰，死亡率8.00‰，自然增长率-0.90‰。",
        "上半年全镇共出生人口52人，共死亡58人。\n全镇各项指标运行平稳，人口呈现负增长的趋势。",
        # people moving away: the population may fall while births outnumber deaths
        "全年全镇共出生人口82人，死亡58人，迁出312人。\n人口呈现负增长。",
    ),
)

_RATE = r"(?:为|是|达到?)?\s{0,2}(负|-|−|－)?\s{0,1}(\d{1,2}(?:\.\d{1,3})?)\s{0,1}‰"
_BIRTH = regex_cache.compile(r"出生率" + _RATE)
_DEATH = regex_cache.compile(r"死亡率" + _RATE)
_NATURAL = regex_cache.compile(r"自然增长率" + _RATE)
_PARAGRAPH = regex_cache.compile(r"[^\n]{1,2000}")


def _value(m) -> Decimal:
    v = Decimal(m.group(2))
    return -v if m.group(1) else v


def _half(m) -> Decimal:
    return Decimal(5).scaleb(-len(m.group(2).partition(".")[2]) - 1)


_BIRTHS = regex_cache.compile(r"出生(?:人口|婴儿)?(?:共|为)?\s{0,2}(\d{1,6})\s{0,2}人(?!次)")
_DEATHS = regex_cache.compile(r"死亡(?:人口)?(?:共|为)?\s{0,2}(\d{1,6})\s{0,2}人(?!次)")
_NEGATIVE = regex_cache.compile(r"人口(?:继续)?(?:呈现|呈|出现|保持|为)?(?:了)?负(?:缓慢)?增长|人口自然负增长|自然增长率?为负")
_MOVING = regex_cache.compile(r"迁入|迁出|迁移|流出|流入|外出|外流|常住|户籍")


def _negative_against_counts(text: str) -> Iterable[Finding]:
    claim = near_search(_NEGATIVE, text)
    if claim is None or _MOVING.search(text):
        return
    births, deaths = list(_BIRTHS.finditer(text)), list(_DEATHS.finditer(text))
    if len(births) != 1 or len(deaths) != 1:
        return
    born, died = int(births[0].group(1)), int(deaths[0].group(1))
    if born > died:
        yield Finding(claim.start(), claim.end(), RULE.code, "warning",
                      f"文中出生{born}人、死亡{died}人，出生多于死亡，人口自然增长为正，与“{claim.group()}”矛盾。", None)


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "负" in text:
        yield from _negative_against_counts(text)
    if "自然增长率" not in text:
        return
    for p in _PARAGRAPH.finditer(text):
        found = [list(r.finditer(text, p.start(), p.end())) for r in (_BIRTH, _DEATH, _NATURAL)]
        if any(len(f) != 1 for f in found):
            continue
        birth, death, natural = (f[0] for f in found)
        diff = _value(birth) - _value(death)
        if abs(_value(natural) - diff) <= _half(birth) + _half(death) + _half(natural):
            continue
        at = natural.start(1) if natural.group(1) else natural.start(2)
        yield Finding(at, natural.end(2) + 1, RULE.code, RULE.severity,
                      f"人口自然增长率{text[at:natural.end(2)]}‰与出生率、死亡率不符："
                      f"{birth.group(2)}‰－{death.group(2)}‰＝{diff}‰。", None)
