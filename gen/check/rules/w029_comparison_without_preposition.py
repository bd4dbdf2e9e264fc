"""W029: a change against an earlier year written without 较 or 比 ("收入6821万元，2020年度增加1276万元").

决算 notes state each figure against the year before: "2021年收入6821万元，较2020年度增加1276万元".
When the 较 (比, 与……相比) is lost, the earlier year reads as the subject of the change, as if the
increase had happened in 2020. The sign is structural and needs no word list: within one sentence a
quantity of a later year is stated, and right after it, opening the next clause, comes an earlier year
run straight into 增加 / 减少 / 增长 / 下降 and a figure. A sentence that walks through the years in order
("2019年投入300万元，2020年增加500万元") names the later year after the earlier one and is left alone,
and so is a clause whose year is the sentence's own or later.

A budget adjustment loses its 为 the same way: "由年初32886万元调整39518万元" reads as if 39518万元 were
the adjustment, not the new figure; "由 A 调整为（至、到）B" is the fixed form of every adjustment report.

A comparison can lose its other half, the result: "9月降雨量331.7mm，比去年同期254mm，比历年同期多233.5mm" sets
the month against last year's figure and says neither 多 nor 少 (增加, 减少 …) — the clause stops on the earlier
figure and the next one opens another comparison (比, 较, 与). Read only 比/较 + an earlier period (去年, 上年, 历年,
同期) + a figure closing its clause and a next clause opening on 比/较/与: a next clause that states the
difference (……较历年同期1236.8毫米，偏多227.4毫米) is the result, written apart.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import may_match
from ..breakdowns import sentence_start
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W029",
    name="comparison-without-preposition",
    severity="warning",
    summary="与往年比较漏写“较”“比”（“2021年收入6821万元，2020年度增加……”），或漏了比较结果（“比去年同期254mm，”）",
    doc=(
        "检查什么：同一句先说某年的数额，紧接着下一分句以更早的年份开头，直接接“增加、减少、增长、下降”和数字，"
        "如“2021年收入6821.10万元，2020年度增加1276.13万元”，漏了“较”“比”。\n"
        "为什么：少了“较”，更早的年份读成了变化发生的时间，意思变成“2020年度增加了……”。\n"
        "不报的情形：写了“较”“比”“与……相比”的；按年份先后叙述的（“2019年投入300万元，2020年增加500万元”）；"
        "分句的年份不早于句中前面的年份。\n"
        "预算调整写成“由年初32886万元调整39518万元”、漏了“为”的，也报告。\n"
        "“比去年同期254mm，比历年同期多……”：与往期的数相比，没说多还是少（比较结果漏了），下一分句又是另一个比较的，也报告。\n"
        "示例：“2021年收入6821.10万元，2020年度增加1276.13万元”应为“较2020年度增加1276.13万元”。"
    ),
    flag=(
        "2022年度本年收入合计356.20万元，2021年度增加12.50万元，主要是人员经费增加。",
        "2023年支出合计1,204.5万元，2022年减少88.4万元，下降6.8%。",
        "教育支出由年初2,886万元调整3,518万元，调增632万元。",
        "9月降雨量331.7mm，比去年同期254mm，比历年同期多233.5mm。",
    ),
    keep=(
        "2022年度本年收入合计356.20万元，较2021年度增加12.50万元，主要是人员经费增加。",
        "2019年投入资金300万元，2020年增加500万元，2021年又增加200万元。",
        "2023年支出合计1,204.5万元，比2022年减少88.4万元。2022年减少88.4万元的原因另述。",
        "教育支出由年初2,886万元调整为3,518万元，社保支出由1,200万元调整至1,260万元，预算调整761.54万元。",
        # the result in a clause of its own; a comparison stating its result
        "累积降雨量1464.2毫米，较历年同期1236.8毫米，偏多227.4毫米；受理446件，比去年同期512件下降了12.9%。",
    ),
)

# A year's 年 run straight into a change and its figure (2020年度增加1276): found from 年, which opens the
# pattern so that the search skips ahead by it; the year and the clause mark before it are read by _OPENING.
_CHANGE = regex_cache.compile(r"年度?(?:增加|减少|增长|下降|上升)(?=\d)")
# What stands before that 年: a quantity, a clause mark (a blank may follow), the year's four digits.
_OPENING = regex_cache.compile(r"(?<=[元%％人个])[，,；;]\s?((?:19|20)\d\d)$")
_YEAR = regex_cache.compile(r"(?<!\d)((?:19|20)\d\d)年")
_OPENING_CHARS = 8


# 由年初32886万元调整39518万元: opened on its literal 由, both figures carry a money unit, no 为/至/到 between.
_ADJUST = regex_cache.compile(
    r"由[^，。；,;：:\n]{0,8}?\d[\d,.]{0,14}(?:万元|亿元|元)(调整)(?=\d[\d,.]{0,14}(?:万元|亿元|元))")


# 比/较 + an earlier period + a figure (and its unit) closing the clause, the next clause opening another comparison.
_RESULT_LOST = regex_cache.compile(
    r"[比较](?:去年|上年|上一年|前一年|历年|上月)(?:同期)?(\d[\d.,]{0,12}[^\d\s，。；,;（(]{0,3})[，,](?=[比较与])")


def check(ctx):
    text = ctx.text
    if "同期" in text or "上年" in text or "去年" in text:
        for m in _RESULT_LOST.finditer(text):
            yield Finding(m.start(), m.end(1), RULE.code, RULE.severity,
                          f"“{text[m.start():m.end(1)]}”没有说比较的结果（多、少、增加、减少……），比较结果漏写了。", None)
    if "元调整" in text:  # the pattern needs its unit right before 调整
        for m in _ADJUST.finditer(text):
            yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                          "“由……调整……”漏了“为”：调整后的数额前应写“调整为”。", "调整为")
    if not may_match(_CHANGE, text):
        return
    for m in _CHANGE.finditer(text):
        opening = _OPENING.search(text, max(0, m.start() - _OPENING_CHARS), m.start())
        if not opening:
            continue
        earlier, s = int(opening.group(1)), opening.start(1)
        years = [int(y.group(1)) for y in _YEAR.finditer(text, sentence_start(text, s), opening.start())]
        if not years or years[-1] <= earlier:
            continue
        phrase = text[s:m.end()]
        yield Finding(s, m.end(), RULE.code, RULE.severity,
                      f"“{phrase}”前缺“较”或“比”：同一句说的是{years[-1]}年的数，与{earlier}年相比应写“较{phrase}”。",
                      f"较{phrase}")
