"""W024: an autonomous area's name that lost or doubled its level (彭水苗族土家族自治公安局, 围场县满族蒙古族自治县).

The name of an autonomous county, prefecture or banner is place + peoples +
自治 + level (彭水苗族土家族自治县, 恩施土家族苗族自治州); its bodies follow the
level (…自治县公安局). Two slips recur where the long name is typed or
shortened by hand: the level is lost, so 自治 runs into the body
(…土家族自治公安局; in the short form 受自治人民政府委托), or the short form's level is kept before the peoples
(围场县满族蒙古族自治县, a county inside a county). Both are read from the
name's own shape, for every autonomous area, without a list of them.

Not flagged: 民族自治地方, 自治机关, 自治权, 自治条例 and the like (what follows
自治 is not a body), 民族区域自治, and a city before an autonomous county
(承德市围场满族蒙古族自治县) and 贵州 before an autonomous prefecture.
"""

from __future__ import annotations

from ...core import regex_cache
from ...core.regex_needles import finditer as near_needles
from ..finding import Finding
from ..registry import Rule

RULE = Rule(
    code="W024",
    name="autonomous-area-name",
    severity="warning",
    summary="自治县（州、旗）名称漏了或重复了“县”“州”“旗”",
    doc=(
        "检查什么：自治地方的名称由地名、民族名称、“自治”和层级（县、州、旗）组成，机关名称接在层级之后。"
        "漏了层级，“自治”直接接机关名称（“彭水苗族土家族自治公安局”应为“彭水苗族土家族自治县公安局”；简称“受自治人民政府委托”应为“受自治县人民政府委托”）；"
        "或简称的层级又写在民族名称之前（“围场县满族蒙古族自治县”应为“围场满族蒙古族自治县”）。\n"
        "为什么：单位名称是报告的主体，写错了名称，公开的文件就不规范。\n"
        "不报的情形：“民族自治地方”“自治机关”“自治权”“自治条例”等不是机关名称的说法；“民族区域自治”；"
        "市名在自治县名称之前（“承德市围场满族蒙古族自治县”）。\n"
        "示例：“某某苗族自治人民法院”应为“某某苗族自治县人民法院”。"
    ),
    flag=(
        "重庆市彭水苗族土家族自治公安局2021年度部门决算。",
        "松桃苗族自治人民法院整体支出绩效自评报告",
        "围场县满族蒙古族自治县人民法院",
        "恩施州土家族苗族自治州财政局",
        # the short form (自治县) that lost its level in the opening of a report to the congress
        "受自治人民政府委托，我向人大常委会报告代表建议办理情况。",
    ),
    keep=(
        "重庆市彭水苗族土家族自治县公安局2021年度部门决算。",
        "承德市围场满族蒙古族自治县人民法院",
        "贯彻民族区域自治制度，保障民族自治地方的自治权。",
        "依照自治条例，自治机关行使职权。",
        "恩施土家族苗族自治州财政局",
        "内蒙古自治区财政厅；莫力达瓦达斡尔族自治旗教育局。",
        "贵州黔南布依族苗族自治州财政局",
        "受自治县人民政府委托，我向自治区人民政府和自治州人大常委会报告；推进村民自治。",
    ),
)

# The level lost: peoples + 自治 + a body (a 局/院/委员会/政府/中心/办公室 within a few characters, or 人民…).
# The short form lost its level too (受自治人民政府委托 for 受自治县人民政府委托): 自治 straight before the people's
# government, court, procuratorate or congress is never a word of its own, whatever stands before it.
_LEVEL_LOST = regex_cache.compile(
    r"(?<=族)自治(?![县州旗区乡镇地机权条制])(?=人民|[\u4e00-\u9fff]{1,6}?(?:局|委员会|中心|办公室|医院))"
    r"|自治(?=人民(?:政府|法院|检察院|代表大会)|人大常委会)"
)
# The level doubled: 县 (州, 旗) + peoples + 自治 + the same level.
# The level (县, 州, 旗) is matched before the lookbehind that tests the character in front of it (which then reads
# both): the same matches, but re skips to those characters by itself instead of trying the lookbehind at every character.
_LEVEL_DOUBLED = regex_cache.compile(r"([县州旗])(?<!贵[县州旗])((?:[\u4e00-\u9fff]{1,4}族){1,3})自治\1")


def check(ctx):
    text = ctx.text
    for m in near_needles(_LEVEL_LOST, text):
        yield Finding(m.start(), m.end(), RULE.code, RULE.severity,
                      "“自治”之后漏了层级（县、州或旗），应为“自治县”等，机关名称接在层级之后。", "自治县")
    for m in near_needles(_LEVEL_DOUBLED, text):
        level, peoples = m.group(1), m.group(2)
        yield Finding(m.start(1), m.end(1), RULE.code, RULE.severity,
                      f"自治地方名称中“{level}”写了两次：民族名称前不再写“{level}”，应为“…{peoples}自治{level}”。", "")
