"""N039: a target or indicator whose deadline lies in a year before the one the report evaluates.

A year's 绩效目标 and its 时效指标 speak of that year: a 2023 form's 年度目标 "在2023年12月31日前
发放补贴", a 2022 project's "2022年11月30日前完成资金支付". Written with an earlier year
(在2022年12月31日前 on the 2023 form, 2022年计划使用资金 as the 年度目标), the target was copied
from last year's form and its year not changed. Only a deadline (年+月 or 年底, then 前/之前/以前) or a
plan (年……计划/拟 and its verb: 计划使用, 拟安排) is read, only just after the words 目标 or 指标, and only where the report's
year is known (``--year``, else its title: gen.check.identity). History passes: a clause that
says the work is done (已, 了), compares (较, 比, 同期), or tells where something started
(以来, 开始, 结转); so does a year inside a period the text names (2020-2022年: a project of
several years has deadlines in each).
"""

from __future__ import annotations

from typing import Iterable

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..context import CheckContext
from ..finding import Finding
from ..identity import identity
from ..registry import Rule

RULE = Rule(
    code="N039",
    name="target-deadline-before-year",
    severity="warning",
    summary="年度目标或指标中的完成期限早于评价年度",
    doc=(
        "检查什么：紧跟在“目标”“指标”之后的年度目标、绩效指标中，完成期限（“××××年×月×日前”“××××年×月底前”“××××年底前”）"
        "或计划（“××××年……计划”“××××年……拟”）的年份早于报告评价的年度（--year，或标题中的年度），"
        "如2023年度自评表的年度目标写“在2022年12月31日前完成发放”。\n"
        "为什么：年度目标和时效指标说的是评价年度内要完成的事；期限写成往年，多半是套用上年的表没有改年份。\n"
        "不报的情形：看不出报告年度的；前文没有“目标”“指标”的（叙述往年情况）；同一分句写已完成（已、了）、"
        "作比较（较、比、同期）或说起始（以来、开始、结转）的；文中写明的起止年度（2020-2022年）包含该年份的"
        "（跨年度项目）；只写年份没有月份的（2000年前建成的小区）。\n"
        "示例：2023年度项目自评表年度目标“在2022年12月31日前完成补贴发放”应为“2023年12月31日前”。"
    ),
    flag=(
        "某县统计局2023年度项目支出绩效自评表\n年度总体目标\n在2022年12月31日前至少为100户发放记账补贴。\n",
        "某县农业农村局2022年度项目支出绩效自评表\n时效指标 指标1 2021年11月底前完成资金支付 100%\n",
        "某县医疗保障局2023年度项目支出绩效自评表\n项目年度目标 | 年度目标完成情况\n2022年本局计划使用财政资金20万元聘用协管员。\n",
    ),
    keep=(
        "某县统计局2023年度项目支出绩效自评表\n年度总体目标\n在2023年12月31日前至少为100户发放记账补贴。\n",
        # history: done, compared, begun
        "某县农业农村局2022年度项目支出绩效自评表\n年度目标完成情况：2021年12月前已完成一期建设。\n",
        "某县农业农村局2022年度项目支出绩效自评表\n绩效目标：较2021年6月底前的进度提高10个百分点。\n",
        # a project of several years
        "某县2020-2022年度高标准农田建设项目绩效评价报告\n绩效目标：2021年10月底前完成一期工程。\n",
        # no target or indicator before it: narrative of earlier years
        "某县住建局2020年度项目支出绩效自评报告\n按照实施方案，在确保完成2000年前建成小区改造基础上，2019年12月前完成摸底。\n",
        # no year of the report's own
        "年度总体目标\n在2022年12月31日前完成补贴发放。\n",
    ),
)

_Y = r"((?:19|20)\d\d)[ \u3000]{0,2}年"
_MONTH = r"[ \u3000]{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]{0,2}月(?:[ \u3000]{0,2}\d{1,2}[ \u3000]{0,2}[日号])?(?:底|末)?"
# A deadline (年+月, then 前) or a plan (年, then 计划/拟 within a short clause): the year is group 1.
# A deadline (年+月 or 年底, then 前) or a plan (年, then 计划/拟 and its verb within a short clause), in one
# pattern so that the text's years are scanned once: the year is group 1. The plan's verb right after
# 计划/拟 keeps out a programme's name ("营养改善计划受益学生").
_DATED = regex_cache.compile(
    _Y + r"(?:(?:" + _MONTH + r"|度?(?:底|末))[ \u3000]{0,2}(?:之前|以前|前)"
    r"|度?[^。，,；;：:\n|]{0,12}?(?:计划|拟)[ \u3000]{0,2}(?:使用|安排|投入|完成|实施|开展|新建|建设|发放|采购|支付|用于|下达))")
_CONTEXT = regex_cache.compile(r"目标|指标")
LOOKBACK = 120  # a cell's header (年度目标, 时效指标) stands just before its text
_HISTORY = regex_cache.compile(r"已|了|较|比|同期|以来|开始|结转")
_CLAUSE_END = regex_cache.compile(r"[。，,；;！？!?\n|]")
CLAUSE_MAX = 40
_RANGE = regex_cache.compile(r"((?:19|20)\d\d)[ \u3000]{0,2}年?度?[ \u3000]{0,2}[-—–~～至到][ \u3000]{0,2}((?:19|20)\d\d)[ \u3000]{0,2}年")


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a match: from the last clause mark before it to the next after it."""
    lo = max(text.rfind(c, max(0, start - CLAUSE_MAX), start) for c in "。，,；;\n|") + 1
    hi = _CLAUSE_END.search(text, end, end + CLAUSE_MAX)
    return text[max(lo, start - CLAUSE_MAX):hi.start() if hi else end + CLAUSE_MAX]


def check(ctx: CheckContext) -> Iterable[Finding]:
    year = identity(ctx).year
    if year is None:
        return
    text = ctx.text
    hits = [m for m in near_needles(_DATED, text) if int(m.group(1)) < year]
    if not hits:
        return
    periods = [(int(r.group(1)), int(r.group(2))) for r in _RANGE.finditer(text)]
    for m in hits:
        written = int(m.group(1))
        if any(lo <= written <= hi for lo, hi in periods):
            continue
        if not _CONTEXT.search(text, max(0, m.start() - LOOKBACK), m.start()):
            continue
        if _HISTORY.search(_clause(text, m.start(), m.end())):
            continue
        yield Finding(
            m.start(1), m.end(1), RULE.code, RULE.severity,
            f"本报告评价的是{year}年度，目标或指标中的“{m.group().strip()}”却写成{written}年，"
            f"早于评价年度，多半是沿用往年的表没有改年份。",
            str(year),
        )
