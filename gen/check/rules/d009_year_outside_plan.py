"""D009: a year said to be a stage of a five-year plan it does not belong to.

"2021年是十三五规划全面实施的关键之年" was copied from a report of 2017-2019 with only the year changed:
the 十三五 plan ran 2016-2020, so 2021 is the first year of 十四五. The plans' years are fixed by the
National People's Congress (十一五 2006-2010, 十二五 2011-2015, 十三五 2016-2020, 十四五 2021-2025,
十五五 2026-2030), so the sentence proves itself wrong without the report's own year.

Only the shape that puts the year inside the plan is read: 某年是(为)…… then the plan's name and a stage of
it (关键之年, 攻坚之年, 开局之年, 收官之年, 决胜之年, 起步之年, 冲刺之年). A year that plans the next one
("2020年是十三五收官之年，也是谋划十四五的关键之年", "2020年是十四五规划编制的关键之年") names no stage of the
next plan it lies in; 谋划/谋篇/编制 before the plan's name, or 编制/前期/研究 between it and the stage, is left alone. A stage that names one year of
the plan is read against it: 开局/起步 is its first year, 收官 its last ("2018年是十三五开局之年" is wrong).
A year told as 今年 or 本年 (明年: the one after) is the report's own year (gen.check.identity): "今年是“十一五”的开局之年"
in a summary of 2009 (十一五 opened in 2006); a report whose year is not read leaves it alone.

It reads the shared Simplified view (gen.check.unspaced).
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from .. import unspaced
from ..identity import identity
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="D009",
    name="year-outside-plan",
    severity="warning",
    summary="年份不在所说的五年规划期内或不是所说的开局、收官之年（“2021年是十三五规划全面实施的关键之年”）",
    doc=(
        "检查什么：“某年是……某五年规划……关键之年（开局之年、收官之年、攻坚之年等）”中，年份不在该规划期内"
        "（十一五2006—2010年，十二五2011—2015年，十三五2016—2020年，十四五2021—2025年，十五五2026—2030年）。\n"
        "为什么：这是照抄往年报告只改了年份，过时的表述让评审人员怀疑报告的真实性。\n"
        "不报的情形：年份在规划期内的；“谋划”“编制”下一个规划之年（“2020年是谋划十四五的关键之年”）。\n"
        "示例：“2021年是十三五规划全面实施的关键之年”应为“2021年是十四五规划开局之年”。"
    ),
    flag=(
        "2022年是“十三五”规划全面实施的关键之年，全局上下齐心协力。",
        "2026年是十四五规划的开局之年。",
        "2019年是“十三五”开局之年。",  # inside the plan, but its first year was 2016
        "2009年工作总结\n一、概况\n今年是“十一五”的开局之年，工作事关今后几年的发展。",  # 今年 is the title's year
    ),
    keep=(
        "2018年是“十三五”规划全面实施的关键之年，全局上下齐心协力。",
        "2020年是十三五收官之年，也是谋划十四五的关键之年；2025年是十五五谋篇布局之年。",
        "2021年是“十四五”开局之年。",
        # the year that drafts the next plan: the stage is of its drafting
        "2020年是“十四五”规划编制的关键之年，2024年是十五五规划前期研究的关键之年。",
        "2020年工作总结\n一、概况\n今年是“十三五”收官之年，明年是“十四五”开局之年。",
        "今年是“十一五”的开局之年。",  # no year of the report read: nothing to judge 今年 by
    ),
)

_PLANS = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
_STAGE = regex_cache.compile(
    r"((?:19|20)\d{2}|(?<![去前])[今本明])[ \u3000]?年(?:既)?(?:是|为)[^，。；,;\n]{0,8}?(?<!谋划)(?<!谋篇)(?<!编制)(?<!规划)[“\"]?"
    r"(十[一二三四五]五)[”\"]?(?:规划|时期)?[^，。；,;\n]{0,8}?(关键|攻坚|开局|收官|决胜|起步|冲刺)之年")
# The stages that name one year of the plan: its first (开局, 起步) and its last (收官).
_FIRST, _LAST = ("开局", "起步"), ("收官",)
# Words between the plan's name and its stage that make the stage one of drafting the plan, not of carrying it out.
_DRAFTING = regex_cache.compile(r"编制|谋划|谋篇|起草|前期|研究|布局|制定")


def check(ctx):
    view = unspaced.of(ctx)
    text = view.text
    for m in near_needles(_STAGE, text):
        plan, stage = m.group(2), m.group(3)
        first = _PLANS.get(plan)
        if first is None or _DRAFTING.search(text, m.end(2), m.start(3)):
            continue
        year = _year(ctx, m.group(1))
        if year is None:
            continue
        s, e = view.span(*m.span())
        if not first <= year <= first + 4:
            said = f"{year}年不在其中"
        elif stage in _FIRST and year != first or stage in _LAST and year != first + 4:
            said = f"{stage}之年是{first if stage in _FIRST else first + 4}年，不是{year}年"
        else:
            continue
        yield Finding(s, e, RULE.code, RULE.severity,
                      f"“{plan}”规划期为{first}—{first + 4}年，{said}，“{ctx.text[s:e]}”是照抄往年的表述，请改为当年所处的规划阶段。",
                      None)


# A year told relative to the report's own: 今年 and 本年 are it, 明年 the one after.
_RELATIVE = {"今": 0, "本": 0, "明": 1}


def _year(ctx, said: str):
    """The year a match's year word stands for: its figures, or the report's year (gen.check.identity) moved by
    _RELATIVE; None when the report's year is not read."""
    if said not in _RELATIVE:
        return int(said)
    own = identity(ctx).year
    return None if own is None else own + _RELATIVE[said]
