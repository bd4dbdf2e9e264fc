"""L017: a copy whose digits were all stripped (累计完成投入亿元市政万元村镇万元, 面积达平方米).

A content farm or a broken extraction may drop every Arabic digit of a page: the units stay
where their figures stood (投入亿元, 绿地率为%，面积达平方米), the dates lose their figures
(年月日). One such gap may be a drafter's blank (S010 reads those); a page where the units
without a figure are many and the digits are fewer than they are has lost its figures as a
whole, and no figure of it can be read. The rule speaks once a text: the first unit left
without its figure is a warning that gives the count, the rest are info, so each spot can be
found. A unit after a Chinese numeral (三百万元), an approximate word (数亿元, 上万元, 近亿元),
a unit's label (单位：万元, （万元）) or a table's header is no gap.

A square kilometre that lost its figure and its 平 with it (…文化中心方公里，辖8个村) is the same loss in one place:
方公里 and 方千米 are no unit without 平 (立方 is a volume), so one is reported wherever it stands after a Chinese
character.
"""

from __future__ import annotations

from typing import Iterable

from ...core.regex_needles import finditer as near_needles
from ...core import regex_cache
from ..context import CheckContext
from ..finding import Finding, first_of_many
from ..registry import Rule

RULE = Rule(
    code="L017",
    name="digits-stripped",
    severity="warning",
    summary="全文阿拉伯数字缺失，计量单位前没有数字",
    doc=(
        "检查什么：文中许多计量单位（亿元、万元、平方米、公里、%）前面没有数字（“累计完成投入亿元市政万元”“面积达平方米”），"
        "而全文的阿拉伯数字比这样的单位还少。\n"
        "为什么：这是转载或提取时丢掉了全部数字的副本，金额、面积、日期都已无法读出，应按原文件补回。"
        "全文第一处报警告并给出总数，其余各处为提示。\n"
        "不报的情形：中文数字（三百万元）、约数（数亿元、上万元）、单位说明（单位：万元、（万元））之后的单位；"
        "文中数字正常、只有个别空缺的（由 S010 报告）。\n"
        "“文化中心方公里”（面积数字和“平”字一起丢了）也报告。\n"
        "示例：“累计完成投入亿元，其中市政万元、村镇万元”应按原文件补上金额。"
    ),
    flag=(
        "某县建设局年工作总结及工作计划年月日\n累计完成投入亿元，其中市政万元、村镇万元。城市绿地率为%，人均住房面积达平方米，"
        "新建道路公里。\n",
        "某镇地处县城，是全县政治、经济、文化中心方公里，辖8个村委会。\n",  # 平方公里 lost its figure and 平
    ),
    keep=(
        "累计完成投入12亿元，其中市政3万元、村镇5万元。城市绿地率为40%，人均住房面积达35平方米，新建道路8公里。\n",
        "单位：万元\n全年投入三百万元，带动上亿元投资，数万元补助。\n",
        # one blank in a text whose figures are written: a drafter's gap, S010's
        "全年投入12亿元，其中市政3万元、村镇万元，新建道路8公里，绿地率为40%。\n",
        "全镇面积120平方公里，水库库容0.5立方千米，辖区面积约百平方公里。\n",
    ),
)

# A unit a figure stands before, where a Chinese character (not a numeral, an approximate word or a label) does.
_BARE_UNIT = regex_cache.compile(
    r"(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十百千万亿两零〇几数多上近余整位])"
    r"(?:亿元|万元|平方米|平方公里|公里|公顷|万亩|[%％])")
# A date whose figures went with the rest (工作计划年月日): read only in a text that lost its figures.
_LOST_DATE = regex_cache.compile(r"(?<=[\u4e00-\u9fff])年月日")
_DIGITS = regex_cache.compile(r"[0-9０-９]")
# 平方公里 without its figure and its 平 (文化中心方公里): no unit is 方公里 alone; 立方千米 is a volume.
_LOST_SQUARE = regex_cache.compile(r"方(?:公里|千米)(?<=[\u4e00-\u9fff](?<![平立])方(?:公里|千米))")
MIN_GAPS = 4  # units without a figure a text must hold before its figures count as lost


def check(ctx: CheckContext) -> Iterable[Finding]:
    text = ctx.text
    if "方公里" in text or "方千米" in text:
        for m in _LOST_SQUARE.finditer(text):
            yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                          f"“{text[max(0, m.start() - 4):m.end()]}”中“{m.group()}”前丢了数字和“平”字，应为“××平{m.group()}”，"
                          "请按原文件补回面积。", None)
    gaps = [m for m in near_needles(_BARE_UNIT, text) if not _labelled(text, m.start())]
    if len(gaps) < MIN_GAPS or len(_DIGITS.findall(text)) >= len(gaps):
        return
    gaps = sorted(gaps + list(_LOST_DATE.finditer(text)), key=lambda m: m.start())
    yield from first_of_many(
        gaps, RULE.code, RULE.severity,
        lambda m, n: f"“{m.group()}”前没有数字：全文有{n}处计量单位或日期前缺数字，阿拉伯数字几乎全部丢失，"
                     f"像是转载或提取时去掉了数字，金额、面积、日期都应按原文件补回。",
        lambda m: f"“{m.group()}”前缺数字，应按原文件补回。")


def _labelled(text: str, at: int) -> bool:
    """A unit named as a label (单位：万元, 金额（万元）), not a figure's: a colon or a bracket just before it."""
    before = text[max(0, at - 3):at]
    return "：" in before or ":" in before or "（" in before or "(" in before or "单位" in before
